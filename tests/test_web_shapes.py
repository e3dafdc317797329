"""Plans published as web text: plans grouped by time horizon or state (normalise/horizons.py, read by
the list readers), and Markdown carrying raw HTML (extract/markdown.py handing HTML blocks to
extract/html.py). End to end on samples/make_web_shapes.py's documents (Markdown, HTML, Word, PDF)
and on real roadmap pages (tests/fixtures/real_web, SOURCES.md there)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import convert_text

import planx
from planx.extract.markdown import html_block_end, parse_markdown_lines
from planx.extract.model import Paragraph, Table
from planx.normalise.horizons import HorizonTrack, read_horizon

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real_web"


# ---- the headings ----------------------------------------------------------------------------------

@pytest.mark.parametrize("heading, dated", [
    ("Q1 2025", True), ("2025/26", True), ("By March 2026", True), ("Autumn term 2025", True),
    ("April to June 2020", True), ("February – March 2018", True), ("End of March 2026", True),
    ("Now", False), ("Next", False), ("Later", False), ("Short term (0–6 months)", False),
    ("Medium term (6-18 months)", False), ("Year 2", False), ("Autumn term", False), ("Coming up next", False),
    ("Things we’ll do later", False), ("What’s next", False), ("By 31 March 2026", True),
])
def test_a_period_heading_says_when_and_whether_it_names_a_date(heading, dated):
    h = read_horizon(heading)
    assert h is not None and h.kind == "period" and h.dated is dated


@pytest.mark.parametrize("heading, status", [
    ("Done", "complete"), ("✅ Done (12)", "complete"), ("Things we’ve done", "complete"),
    ("Recently shipped", "complete"), ("Completed actions", "complete"), ("In progress", "in_progress"),
    ("Doing", "in_progress"), ("Things we’re working on now", "in_progress"), ("Planned", "not_started"),
    ("Backlog", "not_started"), ("Not started", "not_started"), ("On hold", "delayed"),
])
def test_a_state_heading_names_the_contract_status(heading, status):
    h = read_horizon(heading)
    assert h is not None and h.kind == "state" and h.status == status


@pytest.mark.parametrize("heading", [
    "v1.2 (March 2025)", "[1.2.0] - 2025-03-01", "3.0.0 (2016-11-14)", "Unreleased", "Added", "New",
    "Meeting on 3 April 2025", "Release 3 – June 2025", "Priority 1: Early help", "Next steps", "Planning",
    "Our vision", "March 2025: budget agreed", "1 March 2010", "25th February 2010",
    "Date: 10th December 2013",  # a strategy's dateline (DWP's Open Data Strategy Refresh): no period its lists fall in
])
def test_a_version_a_meeting_or_a_topic_is_no_horizon(heading):
    assert read_horizon(heading) is None


def test_a_lone_relative_heading_is_no_horizon_but_a_dated_one_is():
    lone = HorizonTrack(["Early help", "Now", "Workforce"])
    assert not lone.run and lone.heading("Now") is None
    dated = HorizonTrack(["Early help", "By March 2026"])
    assert dated.heading("By March 2026") is not None
    assert dated.context() == {"horizon": "By March 2026", "timeframe": "By March 2026"}


# ---- plans grouped by horizon, end to end ------------------------------------------------------------

def test_quarters_give_due_and_timeframe_and_an_item_keeps_its_own_date(tmp_path):
    result = convert_text(tmp_path, "roadmap.md", "# Digital roadmap 2025\n\n## Q1 2025\n\n"
                      "- Launch the online admissions form (Lead: Digital Team)\n"
                      "- Replace the council tax e-billing system by February 2025\n\n## Q2 2025\n\n"
                      "- Train 40 staff in user-centred design\n- Review the web analytics contract\n")
    got = [(a.timeframe, a.due_raw, a.due_date, a.lead) for a in result.actions]
    assert got == [("Q1 2025", "Q1 2025", "2025-03", "Digital Team"), ("Q1 2025", "February 2025", "2025-02", ""),
                   ("Q2 2025", "Q2 2025", "2025-06", ""), ("Q2 2025", "Q2 2025", "2025-06", "")]
    assert any("period or state headings" in w for w in result.warnings)


def test_now_next_later_give_a_timeframe_and_no_date(tmp_path):
    result = convert_text(tmp_path, "plan.md",
                          "# Early help delivery plan\n\n## Now\n\n- Agree a single referral form\n"
                          "- Map referral routes into the MASH\n\n## Next\n\n- Commission a review of thresholds\n\n"
                          "## Later\n\n- Launch a practice academy for social workers\n")
    assert [(a.timeframe, a.due_raw, a.due_date) for a in result.actions] == \
        [("Now", "", "")] * 2 + [("Next", "", ""), ("Later", "", "")]


def test_state_headings_give_status_and_past_tense_items_under_done_are_actions(tmp_path):
    result = convert_text(tmp_path, "board.md", "# SEND improvement programme\n\n## Done\n\n"
                      "- Appointed a new Head of SEND\n- Published the refreshed local offer\n\n## In progress\n\n"
                      "- Review the EHCP quality assurance framework\n- Recruit two more educational psychologists\n\n"
                      "## Backlog\n\n- Refresh the SEND sufficiency strategy\n")
    assert [(a.status_raw, a.status) for a in result.actions] == \
        [("Done", "complete")] * 2 + [("In progress", "in_progress")] * 2 + [("Backlog", "not_started")]


def test_topics_over_horizons_and_horizons_over_topics(tmp_path):
    inner = convert_text(tmp_path, "inner.md", "# Early help improvement plan\n\n## Front door\n\n### Now\n\n"
                     "- Agree a single referral form with partners\n\n### Later\n\n"
                     "- Commission a review of thresholds\n\n## Workforce\n\n### Now\n\n"
                     "- Recruit six family support workers\n")
    assert [(a.area, a.timeframe) for a in inner.actions] == [("Front door", "Now"), ("Front door", "Later"),
                                                              ("Workforce", "Now")]
    outer = convert_text(tmp_path, "outer.md", "# Early help improvement plan\n\n## 2025/26\n\n### Front door\n\n"
                     "- Agree a single referral form with partners\n\n### Workforce\n\n"
                     "- Recruit six family support workers\n\n## 2026/27\n\n### Front door\n\n"
                     "- Commission a review of thresholds\n")
    assert [(a.area, a.timeframe, a.due_date) for a in outer.actions] == [
        # an early-help plan's year pairs: the council's financial years, ending in March (CONTRACT 'Dates')
        ("Front door", "2025/26", "2026-03"), ("Workforce", "2025/26", "2026-03"), ("Front door", "2026/27", "2027-03")]


@pytest.mark.parametrize("text", [
    # a changelog headed by versions (dated): its items are imperative, but no plan's
    "# Changelog\n\n## v1.2 (March 2025)\n\n- Add support for dark mode in the dashboard\n"
    "- Fix the export of reports to CSV files\n- Update the dependency on the charting library\n\n"
    "## v1.1 (January 2025)\n\n- Add a filter for dates in the search page\n- Remove the legacy API endpoints\n"
    "- Improve the speed of page loading on mobile\n",
    # a news page headed by months: what happened
    "# Council news\n\n## March 2025\n\n- New family hub opened its doors in Eastfield\n"
    "- Residents invited to have their say on the leisure centre\n- Cabinet approved the budget\n\n"
    "## February 2025\n\n- Libraries extended their opening hours\n- Council tax bills were sent to households\n",
])
def test_pages_headed_by_versions_or_months_are_no_plan(tmp_path, text):
    assert not convert_text(tmp_path, "page.md", text).actions


# ---- HTML inside Markdown ----------------------------------------------------------------------------

_HTML_MD = """# Youth justice action plan 2025

Some intro text &amp; more.

<!-- a comment
over two lines -->

## Priority 1: Prevention

<table>
  <thead>
    <tr><th>Ref</th><th>Action</th><th>Lead</th><th>Due</th><th>Status</th></tr>
  </thead>
  <tbody>
    <tr><td>1.1</td><td><strong>Expand</strong> the offer<br>- map referrals</td><td>Head of YJS</td>{ROW1}

    <tr><td>1.2</td><td>Train staff<ul><li>Book trainer</li></ul></td><td rowspan="2">Practice Lead</td>{ROW2}
    <tr><td>1.3</td><td>Publish a <a href="http://example.org">protocol</a></td><td>Q3 2025</td>{ROW3}
  </tbody>
</table>

## Priority 2: Education

| Ref | Action | Lead | Due |
|-----|--------|------|-----|
| 2.1 | Agree a protocol<br>with schools | Education Lead | Dec 2025 |

<details>
<summary>Notes</summary>
Agreed by the board &ndash; May 2025.
</details>
""".format(ROW1="<td>March&nbsp;2026</td><td>In progress</td></tr>", ROW2="<td>June 2025</td><td>Complete</td></tr>",
           ROW3="<td>Not started</td></tr>")


def test_an_html_table_in_markdown_keeps_its_grid_and_the_md_line_numbers():
    raw = parse_markdown_lines(_HTML_MD.splitlines(), path="p.md", name="p.md")
    tables = [b for b in raw.blocks if isinstance(b, Table)]
    assert [t.index for t in tables] == [1, 2]
    html = tables[0]
    assert [r.line for r in html.rows] == [12, 15, 17, 18]  # the <tr> lines of the file (a blank line inside)
    assert [c.text for c in html.rows[1].cells] == ["1.1", "Expand the offer\n- map referrals", "Head of YJS",
                                                    "March 2026", "In progress"]
    assert html.rows[2].cells[1].text == "Train staff\n• Book trainer"
    assert html.rows[3].cells[2].merged_above  # the rowspan
    assert tables[1].rows[1].cells[1].text == "Agree a protocol\nwith schools"  # <br> in a pipe cell
    texts = [(b.text, b.heading) for b in raw.blocks if isinstance(b, Paragraph)]
    assert ("Priority 1: Prevention", True) in texts and ("Priority 2: Education", True) in texts
    assert ("Some intro text & more.", False) in texts and ("Agreed by the board – May 2025.", False) in texts
    assert not any("comment" in t for t, _ in texts)


def test_an_html_table_in_markdown_is_read_as_a_plan(tmp_path):
    result = convert_text(tmp_path, "yj.md", _HTML_MD)
    got = [(a.area_ref, a.ref, a.lead, a.due_date, a.status) for a in result.actions]
    assert got == [("1", "1.1", "Head of YJS", "2026-03", "in_progress"),
                   ("1", "1.2", "Practice Lead", "2025-06", "complete"),
                   ("1", "1.3", "Practice Lead", "2025-09", "not_started"),
                   ("2", "2.1", "Education Lead", "2025-12", "")]


def test_an_html_block_ends_at_a_blank_line_unless_a_table_is_open():
    lines = ["<div>", "<p>Intro</p>", "", "## Heading", "<table>", "<tr><td>a</td></tr>", "", "<tr><td>b</td></tr>",
             "</table>", "", "after"]
    assert html_block_end(lines, 0) == 2
    assert html_block_end(lines, 4) == 9  # past the blank line inside, to the one after it closes
    assert html_block_end(["<!-- x", "y -->", "z"], 0) == 2


def test_html_in_markdown_is_read_safely():
    text = ("<table><tr><td colspan=\"100000\">a</td><td>b</td></tr></table>\n\n"
            "<div><script>alert(1)</script><p style=\"display:none\">hidden</p><p>shown</p></div>\n")
    raw = parse_markdown_lines(text.splitlines())
    table = next(b for b in raw.blocks if isinstance(b, Table))
    assert len(table.rows[0].cells) <= 65  # spans are capped (extract/html.py MAX_SPAN)
    texts = [b.text for b in raw.blocks if isinstance(b, Paragraph)]
    assert texts == ["shown"]


# ---- the generator's documents, every format ---------------------------------------------------------

def _check(result: Any, truth: dict[str, Any]) -> list[str]:
    """The truth fields the output gets wrong ('' for null), each as 'action: field'."""
    wrong = []
    by_text = {a.action: a for a in result.actions}
    if len(result.actions) != len(truth["actions"]):
        wrong.append(f"{len(result.actions)} actions for {len(truth['actions'])}")
    for t in truth["actions"]:
        a = by_text.get(t["action"])
        if a is None:
            wrong.append(f"{t['action']}: missing")
            continue
        wrong += [f"{t['action']}: {k}" for k, v in t.items() if (getattr(a, k) or "") != (v or "")]
    return wrong


@pytest.fixture(scope="module")
def web_shapes(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    pytest.importorskip("reportlab")
    from samples import make_web_shapes
    return make_web_shapes.main(tmp_path_factory.mktemp("web"), [1, 2, 4, 5, 6])


@pytest.mark.parametrize("kind", ["horizon", "horizontables", "horizondetails", "htmltable", "notplan_web"])
def test_generated_web_shapes_read_as_their_truth(web_shapes, kind):
    docs = [p for p in web_shapes if p.name.startswith(kind + "_")]
    assert docs
    for path in docs:
        truth = json.loads(path.with_name(path.name + ".truth.json").read_text(encoding="utf-8"))
        assert _check(planx.convert_file(str(path)), truth) == [], path.name


# ---- real roadmap pages --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["notify_roadmap_2024-05.html", "notify_roadmap_2022-01.html",
                                  "notify_roadmap_2020-06.html", "notify_python_client_CHANGELOG.md"])
def test_real_roadmaps_read_as_their_truth_and_a_changelog_gives_none(name):
    truth = json.loads((REAL / f"{name}.truth.json").read_text(encoding="utf-8"))
    assert _check(planx.convert_file(str(REAL / name)), truth) == []


# ---- small tables under period or state headings --------------------------------------------------------

_TABLES_MD = """# Delivery plan 2025

## Priority 1: Early help

### Q1 2025

| Action | Lead |
|---|---|
| Agree a single referral form with partners | Head of Early Help |

### Q2 2025

| Action | Lead | Due |
|---|---|---|
| Commission a review of thresholds | Service Manager | May 2025 |

### Done

| Action | Lead |
|---|---|
| Appoint a new Head of SEND | Director |

## Priority 2: Schools

| Action | Lead |
|---|---|
| Train SENCOs in writing advice | SEND Manager |
"""


def _as_html(md: str) -> str:
    """The same page as HTML: headings and tables as a site generator writes them."""
    out, rows = ["<html><body><main>"], []
    for line in md.splitlines() + [""]:
        if line.startswith("|---"):
            continue  # the delimiter row
        if line.startswith("|"):
            rows.append("<tr>" + "".join(f"<td>{c.strip()}</td>" for c in line.strip("|").split("|")) + "</tr>")
            continue
        if rows:
            out.append("<table>" + "".join(rows) + "</table>")
            rows = []
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            out.append(f"<h{level}>{line.lstrip('# ')}</h{level}>")
    return "\n".join(out + ["</main></body></html>"])


@pytest.mark.parametrize("name", ["tables.md", "tables.html"])
def test_tables_under_period_or_state_headings_take_them_and_a_new_area_ends_them(tmp_path, name):
    result = convert_text(tmp_path, name, _TABLES_MD if name.endswith(".md") else _as_html(_TABLES_MD))
    got = [(a.area_ref, a.timeframe, a.due_raw, a.due_date, a.status) for a in result.actions]
    assert got == [("1", "Q1 2025", "Q1 2025", "2025-03", ""), ("1", "Q2 2025", "May 2025", "2025-05", ""),
                   ("1", "", "", "", "complete"), ("2", "", "", "", "")]


def test_under_a_period_an_item_naming_work_in_its_ing_form_is_an_action():
    from planx.normalise.commitments import item_evidence
    for text in ["Sending pre-compiled letters to residents", "Retiring the old API for partners"]:
        assert item_evidence(text, in_period=True).action and not item_evidence(text).action
    assert not item_evidence("Morning coffee with the mayor", in_period=True).action
    assert not item_evidence("Opened three new family hubs", in_period=True).action  # done, not planned


def test_a_roadmap_of_details_blocks_takes_each_summary_as_its_period(tmp_path):
    text = ("# Customer services roadmap\n\n<details>\n<summary>Q1 2025</summary>\n\n"
            "- Launch the new online complaints form\n- Train all contact centre staff in the new system\n\n"
            "</details>\n\n<details><summary>Q2 2025</summary><ul><li>Retire the old customer database</li>"
            "<li>Introduce webchat for council tax queries</li></ul></details>\n")
    result = convert_text(tmp_path, "roadmap.md", text)
    assert [(a.timeframe, a.due_date) for a in result.actions] == [("Q1 2025", "2025-03")] * 2 + \
        [("Q2 2025", "2025-06")] * 2
