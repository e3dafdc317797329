"""Plans as text and HTML in layouts nobody tuned to (samples/make_text_plans.py): an outline plan
with priority banners, 1.1 actions and 1.1.a milestone rows (or milestone bullets in a cell), two
person columns, RAG readings under a spanning heading and an indicator table, as pdftotext -layout
text, tab-separated text, a fixed-width report, Markdown and CMS HTML. And the rules they needed,
each on its own shapes."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from conftest import SHARED, convert_text, needs_shared, norm_words, read, truths

import planx
from planx.extract.html import is_wrapper, read_table
from planx.extract.layouttext import _furniture, _positions, parse_layout
from planx.extract.model import Paragraph, Table
from planx.normalise.draft import Draft
from planx.normalise.headers import read_heading
from planx.normalise.outline import Family, weigh
from samples import make_text_plans as gen

SEEDS = [0, 2]  # seeds whose milestones all fall before their action (the rest print one slipped past it)
TEXT_RENDERINGS = ("tsv", "fixed", "md", "html")


@pytest.fixture(scope="module")
def text_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    """Two seeds in each text rendering (and the pdftotext print of the Word file when LibreOffice
    and pdftotext are installed), each rendering converted into its own folder."""
    folder = tmp_path_factory.mktemp("textplans")
    renderings = TEXT_RENDERINGS + (("layout",) if shutil.which("soffice") and shutil.which("pdftotext") else ())
    files = gen.make(folder, SEEDS, renderings)
    outs = {}
    for r in renderings:
        out = tmp_path_factory.mktemp(f"textplans_{r}")
        planx.convert([f for f in files if f.parent.name == r], out=out)
        outs[r] = out
    return folder, outs


@pytest.mark.parametrize("rendering", TEXT_RENDERINGS + ("layout",))
def test_actions_owners_and_milestones_are_read_in_every_text_rendering(text_run, rendering):
    folder, outs = text_run
    if rendering not in outs:
        pytest.skip("LibreOffice or pdftotext is not installed")
    out = outs[rendering]
    got = {(a["doc"], norm_words(a["action"])): a for a in read(out, "actions")}
    milestones = read(out, "milestones")
    for t in truths(folder / rendering):
        want = [norm_words(a["action"]) for a in t["actions"]]
        docs = [a for (d, _), a in got.items() if d == t["doc"]]
        # one row per action: the 1.1.a rows are milestones, not actions of their own
        assert sorted(norm_words(a["action"]) for a in docs) == sorted(want), t["doc"]
        for a in t["actions"]:
            row = got[(t["doc"], norm_words(a["action"]))]
            assert (row["lead"], row["responsible"]) == (a["lead"], a["responsible"])
            assert row["area_ref"] == a["area_ref"]
            mine = [m for m in milestones if m["doc"] == t["doc"] and m["action_seq"] == row["seq"]]
            assert len(mine) == len(a["milestones"]) or rendering == "layout"
        indicators = [i["indicator"] for i in read(out, "indicators") if i["doc"] == t["doc"]]
        assert indicators == [i["indicator"] for i in t["indicators"]]


@needs_shared
@pytest.mark.parametrize("rendering,floor", [("tsv", 90), ("fixed", 85), ("md", 90), ("html", 90), ("layout", 80)])
def test_text_renderings_score_near_the_word_file(text_run, rendering, floor):
    folder, outs = text_run
    if rendering not in outs:
        pytest.skip("LibreOffice or pdftotext is not installed")
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(outs[rendering]), str(folder / rendering)],
                          capture_output=True, text=True, check=True)
    assert float(proc.stdout.strip().splitlines()[-1].split()[-1]) >= floor


# ---- layout text: page furniture and heading rows ------------------------------------------------

def _pages(*pages: list[str]) -> list[list[tuple[int, str]]]:
    out, k = [], 0
    for lines in pages:
        out.append([(k + i, t) for i, t in enumerate(lines)])
        k += len(lines)
    return out


HEAD = "Ref   Action                 Lead            Due"
ROW = "1.1   Train the managers     Ann Lee         May 2025"


def test_a_running_title_with_its_page_number_is_furniture_on_every_page():
    pages = _pages(["Plan title                           Page 1 of 2", "", HEAD, ROW],
                   ["Plan title                           Page 2 of 2", "", HEAD, ROW])
    assert sorted(_furniture(pages)) == [(1, 0), (2, 4)]


def test_a_heading_row_repeated_on_each_page_is_no_furniture():
    # it sits on its table, no blank line between: the table's heading, stitched as a PDF's is
    pages = _pages(["OFFICIAL", "", HEAD, ROW], ["OFFICIAL", "", HEAD, ROW])
    assert sorted(_furniture(pages)) == [(1, 0), (2, 4)]


def test_a_single_page_title_line_loses_its_page_mark_and_stays_the_title():
    lines = ["Youth Justice Action Plan                         Page 1 of 1", "", HEAD, ROW,
             "1.2   Publish the guidance   Sam Patel       June 2025"]
    doc = parse_layout(lines)
    first = doc.blocks[0]
    assert isinstance(first, Paragraph) and first.text == "Youth Justice Action Plan"
    assert any("Page 1 of 1" in w for w in doc.warnings)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert [c.text for c in table.rows[0].cells][:2] == ["Ref", "Action"]


def test_a_page_number_alone_at_the_foot_is_furniture_but_a_year_line_of_one_page_is_not():
    pages = _pages([HEAD, ROW, "", "3"], [HEAD, ROW, "", "4"])
    assert sorted(_furniture(pages)) == [(1, 3), (2, 7)]
    assert _furniture(_pages(["2025", "", HEAD, ROW])) == {}


def test_blank_lines_under_a_tall_heading_row_take_no_room():
    lines = ["Ref    Action     Lead officer   RAG 2025/26   Update",
             "                                                ", "", "",
             "                                Q1    Q2",
             "1.1    Train      Ann Lee        G     A       Started"]
    at = _positions(lines)
    assert at[4] == at[0] + 1  # the sub-headings right under the headings
    # prose over a table keeps its blank line: a sentence is no heading
    prose = ["The plan is reviewed by the board each month.", "", HEAD, ROW]
    assert _positions(prose) == [0, 1, 2, 3]
    # a body row set apart from the next by a blank line keeps it: the row below starts in the first
    # column, as sub-headings under a spanning heading do not
    rows = ["1.1.a   Train team managers        end of     Not started", "                                   October",
            "", "1.1.b   Agree funding              end of     Complete"]
    assert _positions(rows) == [0, 1, 2, 3]
    # the first row of a page whose first cell is empty (an area merged down from the page before)
    # under the repeated headings: a body row, whose cells say more than a heading's label
    page = ["Priority    Action                          Lead agency and   Due          RAG    RAG",
            "                                            officer                        Jun    Sep",
            "",
            "            Extend the domestic abuse perpetrator   Claire Dunmore    31/12/2024   GREEN  Amber"]
    assert _positions(page) == [0, 1, 2, 3]


def test_pdftotext_headings_parted_by_blank_lines_head_their_table():
    lines = ["Ref        Action            Lead officer    Supporting    Due          RAG 2025/26",
             "                                            officer",
             "", "",
             "                                                                       Q1    Q2    Q3",
             "1.1        Train the         Ann Lee         Sam Patel     May 2025     G     A     G",
             "           managers",
             "1.2        Publish the       Priya Shah      Jo Evans      June 2025    A     A     R",
             "           guidance"]
    r = convert_text(Path(pytest.importorskip("tempfile").mkdtemp()), "plan.txt", "\n".join(lines) + "\n")
    got = [(a.action, a.lead, a.responsible) for a in r.actions]
    assert got == [("Train the managers", "Ann Lee", "Sam Patel"), ("Publish the guidance", "Priya Shah", "Jo Evans")]
    assert [(g.label, g.rag) for g in r.actions[0].ratings] == [("Q1", "green"), ("Q2", "amber"), ("Q3", "green")]


# ---- HTML: CMS layout tables, banners under a thead -------------------------------------------

def _table(markup: str):
    return lxml.html.fragment_fromstring(markup)


def test_a_layout_table_holding_the_pages_headings_is_looked_through():
    page = _table('<table><tr><td><ul><li><a href="/">Home</a></li></ul></td><td><h1>Action plan</h1>'
                  '<table><tr><th>Action</th><th>Lead</th></tr><tr><td>Train</td><td>Ann</td></tr></table>'
                  '</td></tr></table>')
    assert is_wrapper(page)
    plan = _table("<table><tr><th>Action</th><th>Lead</th></tr><tr><td>Train</td><td>Ann</td></tr></table>")
    assert not is_wrapper(plan)


def test_a_row_of_th_under_a_thead_is_a_banner_not_a_heading_row():
    t = _table('<table><thead><tr><th rowspan="2">Action</th><th colspan="2">RAG</th></tr>'
               '<tr><th>Q1</th><th>Q2</th></tr></thead><tbody>'
               '<tr><th colspan="3">Priority 1: Early help</th></tr>'
               '<tr><td>Train</td><td>G</td><td>A</td></tr></tbody></table>')
    assert read_table(t).header_rows == 2
    bare = _table("<table><tr><th>Action</th><th>Lead</th></tr><tr><td>Train</td><td>Ann</td></tr></table>")
    assert read_table(bare).header_rows == 1


def test_a_cms_page_with_rowspan_owners_over_milestone_rows_reads_one_action():
    page = ('<html><body><table class="layout"><tr><td class="nav"><a href="/">Home</a></td><td>'
            '<h1>Improvement plan</h1><table><thead><tr><th rowspan="2">Ref</th><th rowspan="2">Action / milestone'
            '</th><th rowspan="2">Lead officer</th><th rowspan="2">Due</th><th rowspan="2">Status</th>'
            '<th colspan="2">RAG 2025/26</th></tr><tr><th>Q1</th><th>Q2</th></tr></thead><tbody>'
            '<tr><th colspan="7">Priority 1: Early help reaches families sooner</th></tr>'
            '<tr><th>1.1</th><td>Open a single front door</td><td rowspan="3">Ann Lee</td><td>March 2026</td>'
            '<td>In progress</td><td>A</td><td>G</td></tr>'
            '<tr><td>1.1.a</td><td>Agree the terms of reference</td><td>May 2025</td><td>Complete</td><td></td>'
            '<td></td></tr><tr><td>1.1.b</td><td>Launch the service</td><td>Jan 2026</td><td>Not started</td>'
            '<td></td><td></td></tr></tbody></table></td></tr></table></body></html>')
    r = convert_text(Path(pytest.importorskip("tempfile").mkdtemp()), "plan.html", page)
    assert [(a.action, a.lead, a.area_ref, a.area) for a in r.actions] == [
        ("Open a single front door", "Ann Lee", "1", "Early help reaches families sooner")]
    assert [(m.milestone, m.due_date, m.status) for m in r.actions[0].milestones] == [
        ("Agree the terms of reference", "2025-05", "complete"), ("Launch the service", "2026-01", "not_started")]


# ---- headings and outline numbering ---------------------------------------------------------------

@pytest.mark.parametrize("heading", ["Supporting officer", "Supported by", "Support officer"])
def test_a_supporting_officer_is_the_second_owner(heading):
    assert read_heading(heading)[0].field == "responsible"


def _draft(**fields: str) -> Draft:
    d = Draft()
    for k, v in fields.items():
        d.add(k, v)
    return d


def test_an_owner_merged_down_over_the_steps_is_the_actions_not_theirs():
    parent = _draft(ref="1.1", action="Open a front door", lead="Ann Lee", due="March 2026")
    kids = [_draft(ref="1.1.a", action="Agree terms", lead="Ann Lee", due="May 2025", status="Complete")]
    fam = Family(parent, kids)
    weigh(fam, False, 2025)
    assert not fam.owned and fam.score >= 0.6
    other = Family(parent, [_draft(ref="1.1.a", action="Agree terms", lead="Sam Patel", due="May 2025")])
    weigh(other, False, 2025)
    assert other.owned


def test_an_indicator_tables_caption_row_is_no_indicator_form():
    text = "\n".join([
        "Ref   Action                 Lead            Due",
        "1.1   Train the managers     Ann Lee         May 2025",
        "1.2   Publish the guidance   Sam Patel       June 2025",
        "", "",
        "PERFORMANCE INDICATORS",
        "",
        "Indicator                                  Baseline (2024/25)   Target   Latest   RAG",
        "Return interviews within 72 hours          61%                  75%      70%      A",
        "Care leavers in suitable accommodation     88%                  92%      93%      G"]) + "\n"
    r = convert_text(Path(pytest.importorskip("tempfile").mkdtemp()), "plan.txt", text)
    assert [(i.indicator, i.target, i.value) for i in r.indicators] == [
        ("Return interviews within 72 hours", "75%", "70%"), ("Care leavers in suitable accommodation", "92%", "93%")]
    assert [a.action for a in r.actions] == ["Train the managers", "Publish the guidance"]


def test_a_parish_portfolio_plan_in_layout_text_reads_its_headings():
    # the shape of a parish council's portfolio action plan as pdftotext -layout prints it
    # (dev_textplans/shenington_portfolio_action_plan.txt): 'Portfolio' is the area, 'Year to Action'
    # when the action falls
    assert read_heading("Portfolio")[0].field == "area"
    assert read_heading("Year to Action")[0].field == "due"
    lines = ["Portfolio Action Plan", "",
             "Portfolio            Who           Actions                                              Year to",
             "                     (lead in                                                           Action",
             "                     red)",
             "Footpaths            Sarah",
             "                               1   Survey the stiles on the three circular walks        On-going",
             "                               2   Report broken signs to the county council            1"]
    r = convert_text(Path(pytest.importorskip("tempfile").mkdtemp()), "portfolio.txt", "\n".join(lines) + "\n")
    assert [(a.area, a.action) for a in r.actions] == [
        ("Footpaths", "Survey the stiles on the three circular walks"),
        ("Footpaths", "Report broken signs to the county council")]
    assert r.actions[1].due_raw == "1"  # (the first row's 'On-going' still joins the heading cell above it)


def test_a_milestone_list_beside_a_wrapped_action_stays_in_its_row():
    # pdftotext -layout of a LibreOffice print: the milestones cell a list, the action wrapping
    # beside it; the second bullet starts on a line where the action goes on in lower case
    lines = ["Ref       Action            Lead            Milestones          Due           Status",
             "1.1       Publish the       Principal       • Pilot in the      Q1 2026/27    In progress",
             "          early help        Social          north",
             "          assessment        Worker          locality –",
             "          form with                         08/01/2025",
             "          the                               • Publish",
             "          designated                        the",
             "          nurse                             guidance on",
             "                                            the website",
             "1.2       Train the duty    Ann Lee         • Book the dates    May 2026      Not started",
             "          team                              – 02/03/2026"]
    doc = parse_layout(lines)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    refs = [r.cells[0].text for r in table.rows]
    assert refs == ["Ref", "1.1", "1.2"]
    action = "Publish the early help assessment form with the designated nurse"
    assert table.rows[1].cells[1].text.split() == action.split()


def test_a_fixed_width_report_with_aligned_bars_reads_its_wrapped_cells_by_column():
    from planx.extract.text import aligned_bars_as_spaces
    lines = ["Ref    | Action                         | Lead officer     | Due",
             "-------------------------------------------------------------------",
             "1.1    | Publish the practice standards | Director of      | March 2026",
             "       | for supervision                | Children's       |",
             "       |                                | Services         |",
             "1.2    | Train the duty team            | Ann Lee          | May 2026",
             "1.3    | Audit the strategy discussions | Sam Patel        | June 2026"]
    spaced = aligned_bars_as_spaces(lines)
    assert "|" not in "".join(spaced)
    r = convert_text(Path(pytest.importorskip("tempfile").mkdtemp()), "report.txt", "\n".join(lines) + "\n")
    assert [(a.action, a.lead) for a in r.actions] == [
        ("Publish the practice standards for supervision", "Director of Children's Services"),
        ("Train the duty team", "Ann Lee"), ("Audit the strategy discussions", "Sam Patel")]
    # bars that do not line up (typed per line) stay bars: each line a row, as before
    ragged = ["Action | Lead | Due", "Train staff | Ann Lee | May 2026", "Audit the files | Sam Patel | June 2026",
              "Publish the offer | Jo Evans | July 2026", "Review the panel | Priya Shah | Sep 2026",
              "Agree the protocol | Tom Hale | Oct 2026", "Launch the pilot | Kim Lowe | Nov 2026"]
    assert aligned_bars_as_spaces(ragged) == ragged


def test_a_quoted_cell_over_several_lines_stays_in_its_row():
    from planx.extract.text import quoted_cells_joined
    lines = ["Ref\tAction\tLead\tMilestones\tDue",
             '1.1\tAudit the local offer\tSarah Mbeki\t"• Consult young people – end of December 2025',
             "• Go live on the case system – end of April 2026",
             '• Publish the guidance on the website – end of April 2026"\tend of April 2026',
             '1.2\tLaunch the ""front door"" tracker\tGareth Lloyd-Evans\t"• Report to the board – May 2025"'
             '\tJune 2025']
    joined, within = quoted_cells_joined(lines)
    assert within == {3, 4} and joined[1].count("\n") == 2
    r = convert_text(Path(pytest.importorskip("tempfile").mkdtemp()), "export.txt", "\n".join(lines) + "\n")
    assert [(a.action, a.lead, a.due_raw) for a in r.actions] == [
        ("Audit the local offer", "Sarah Mbeki", "end of April 2026"),
        ('Launch the ""front door"" tracker', "Gareth Lloyd-Evans", "June 2025")]
    assert [m.milestone for m in r.actions[0].milestones] == [
        "Consult young people", "Go live on the case system", "Publish the guidance on the website"]
    # a quote that never closes joins nothing
    stray = ["Ref\tAction", '1.1\t"Think Family approach', "1.2\tTrain staff"]
    assert quoted_cells_joined(stray) == (stray, set())
