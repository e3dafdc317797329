"""Layout text (`pdftotext -layout`) of a table set with gutters a few points wide: the tool
prints such a gap as one space, so a cell's last word touches the next column's first
('1. Timeliness and quality Publish a sufficiency plan'). A single space is a gutter where the
word after it starts at a column that starts after two spaces or more on other lines of the page
(layouttext._narrow_gutters); a line printed across the page in one run (a banner) is left whole."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import SHARED, needs_shared

from planx.extract.layouttext import _narrow_gutters, parse_layout
from planx.extract.model import Table

# a reportlab table with 1.5 pt cell padding (the pparity dev generator's), as pdftotext -layout prints it
SQUEEZED = [
    ' Written Statement of Action - Special Educational Needs and Disabilities: Progress Tracker',
    ' Area of weakness          Action                                   Intended outcome           Lead              Q1    Q2    Q3    Q4   Target date   RAG',  # noqa: E501
    ' identified at',
    ' inspection',
    '',
    ' 1. Timeliness and quality Publish a sufficiency plan for specialist Costs reduced and         Martin                        ✓     ✓    Jul-23        A',  # noqa: E501
    ' of EHC plans              places covering the next five years       savings reinvested        Featherstone',
    '',
    '                           Create a joint commissioning strategy Partners report better        Tomasz Nowak            Jun   ✗     ✓    Mar-23        Blue',  # noqa: E501
    '                           between the council and the integrated joint working at the                                 23',  # noqa: E501
    '                           care board                             annual review',
    '',
    '                           Improve attendance of children with      Fewer complaints and       Gareth            ✗           ✓     ✗    Apr-23        R',  # noqa: E501
    '                           SEND through targeted support from       faster response times      Llewellyn,',
    '                           the inclusion team                                                  Assistant',
    '                                                                                               Director,',
    '                                                                                               Commissioning',
    '',
    '                           Reduce the time taken to issue an        Residents see a             Owen Pritchard         Jun   ✗     ✗    Aug-23        Amber',  # noqa: E501
    '                           education, health and care plan to       measurable improvement                             23               (revised to',  # noqa: E501
    '                           within twenty weeks                      in the service they receive                                         Oct-23)',  # noqa: E501
    '',
    ' 2. Joint commissioning   Refresh the local offer website so that   Fewer complaints and       Tomasz Nowak      Mar   Jun   Sep   ✓    Oct-23        Blue',  # noqa: E501
    ' across education, health parents can find short breaks,            faster response times                        23    23    23',  # noqa: E501
    ' and care                 therapies and support in one place',
    '',
    '                           Ensure annual reviews are held on time Fewer complaints and         Helen Okafor,     ✗     ✓           ✓    Mar-24        Red',  # noqa: E501
    '                           and amendments issued within four      faster response times        Assistant                                (revised to',  # noqa: E501
    '                           weeks                                                               Director,                                Jun-24)',  # noqa: E501
    '                                                                                               Commissioning',
    '',
    '                           Develop a graduated response toolkit     Fewer complaints and       Priya Chaudhry    ✓     ✓           ✓    Ongoing       AMBER',  # noqa: E501
    '                           for mainstream schools and train         faster response times',
    '                           SENCOs in its use',
    '',
    '                           Co-produce a preparing for adulthood     Targets in the corporate   Priya Chaudhry, ✓             ✗          Jun-23        GREEN',  # noqa: E501
    '                           pathway with young people and the        plan are met               Principal',
    '                           parent carer forum                                                  Educational',
    '                                                                                               Psychologist',
    '',
    ' 3. Preparing for          Commission additional speech and       Fewer complaints and         Joseph Adeyemi,         Jun         ✓    Dec-23        A',  # noqa: E501
    ' adulthood and             language therapy capacity for children faster response times        Head of Housing         23',  # noqa: E501
    ' co-production with        on the waiting list                                                 Options',
    ' families',
    '',
    'OFFICIAL                                                                                                                                                  Page 1',  # noqa: E501
]


def _cells(doc):
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert tables
    return [[c.text for c in row.cells] for t in tables for row in t.rows]


def test_one_space_before_a_column_start_parts_the_cells():
    rows = _cells(parse_layout(SQUEEZED))
    flat = [" ".join(t.split()) for row in rows for t in row]
    assert "Publish a sufficiency plan for specialist places covering the next five years" in flat
    assert "Costs reduced and savings reinvested" in flat
    assert "Create a joint commissioning strategy between the council and the integrated care board" in flat
    assert "Partners report better joint working at the annual review" in flat
    assert "1. Timeliness and quality of EHC plans" in flat


def test_a_line_in_one_run_and_words_off_the_columns_are_left_whole():
    # a banner whose word 'and' starts on the Action column's start (character 27)
    banner_line = " Priority 1: Effectiveness and quality of plans across education health and care services"
    assert banner_line.index(" and ") + 1 == next(t for t in SQUEEZED if "Publish" in t).index("Publish")
    parts = _narrow_gutters([*SQUEEZED, banner_line])
    assert parts[-1] == {}  # no gap of two spaces: a banner, whatever lines up with it
    row = next(i for i, t in enumerate(SQUEEZED) if "Publish a sufficiency" in t)
    assert set(parts[row]) >= {SQUEEZED[row].index("Publish"), SQUEEZED[row].index("Costs")}
    # 'Tomasz Nowak': one space, but 'Nowak' starts at no column
    nowak = next(i for i, t in enumerate(SQUEEZED) if "Tomasz Nowak" in t)
    assert SQUEEZED[nowak].index("Nowak") not in parts[nowak]


@needs_shared
@pytest.mark.skipif(not shutil.which("pdftotext"), reason="pdftotext is not installed")
def test_banners_with_their_lead_stay_whole_in_a_monitoring_framework_printed_as_text():
    """train076 (a monitoring framework, banners 'Area for improvement 2: Build a stable and
    skilled social work workforce' with the area's lead at the right) printed by pdftotext
    -layout: the banners' spaces fall near the columns' starts, but each banner is one run of
    words and a name, so it is not cut."""
    text = subprocess.run(["pdftotext", "-layout", str(SHARED / "train" / "train076.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    banners = 0
    for page in text.split("\f"):
        lines = page.split("\n")
        for line, parts in zip(lines, _narrow_gutters(lines), strict=True):
            if line.lower().startswith("area for improvement"):
                banners += 1
                assert parts == {}, line
    assert banners >= 4


# a diagnostic plan's row whose first line pdftotext squeezed: its cells run together and the
# Outcome column's text ('Drift and delay …') starts three characters left of the column (76)
SQUEEZED_ROW = [
    "    Area for                Action                                          Outcome                                 Lead               By when",  # noqa: E501
    "A   Quality of children's   Review every child in need plan open for more   Actions in plans are SMART and          Stuart Iqbal       Sep 14",  # noqa: E501
    "    plans                   than nine months with the team manager          reviewed at every core group",
    "                            2. Implement the plan quality audit so that     Plans are specific and timely           Rachel Hartley     Apr 15",  # noqa: E501
    "                            families understand what must change            and checked by managers",
    "B   Management oversight    1. Revise reflective group supervision plans Drift and delay are identified and         Team Manager,      end of",  # noqa: E501
    "    and supervision         so that supervision records show the impact     challenged at an early stage            Leaving Care       May 2015",  # noqa: E501
    "                            3. Audit a programme of supervision audits to   Case records show clear                 Victor Carrick     July 14",  # noqa: E501
]


def test_a_squeezed_lines_cell_a_few_characters_left_of_its_column_parts() -> None:
    """'Drift' stands at 73, the Outcome column starts at 76: the run of words runs over the
    column's start, so the cells ran together; the space before 'Drift' (three characters left
    of the column, the nearest to it) parts them."""
    row = 5
    parts = _narrow_gutters(SQUEEZED_ROW)
    drift = SQUEEZED_ROW[row].index("Drift")
    assert parts[row].get(drift) == SQUEEZED_ROW[0].index("Outcome")
    flat = [" ".join(t.split()) for r in _cells(parse_layout(SQUEEZED_ROW)) for t in r]
    assert "Drift and delay are identified and challenged at an early stage" in flat


def test_a_space_a_few_characters_left_of_a_column_its_run_does_not_cross_stays() -> None:
    """A space three characters left of a column, in a run of words that ends before the
    column ('… with the team manager' ending short of 'Outcome'): no cells ran together there."""
    parts = _narrow_gutters(SQUEEZED_ROW)
    assert parts[2] == {}


def _tables(lines: list[str]) -> list[list[list[str]]]:
    doc = parse_layout(lines, path="cards.txt", name="cards.txt")
    return [[[c.text for c in r.cells] for r in b.rows] for b in doc.blocks if isinstance(b, Table)]


def test_a_row_of_label_value_boxes_keeps_its_columns_over_a_list_across_the_box() -> None:
    """'Owner | name | Deadline | date' boxes, the only line that parts there, keep their gutters
    though the steps below run across them; the steps stay in the table, in their label's box."""
    card = ["Action card 1: Reduce the use of unregistered placements", "",
            f"{'Owner':<18}{'Obinna Adeyemi':<33}{'Deadline':<20}Sep 2027", "",
            f"{'Key steps':<71}Current rating: GREEN",
            "1. Open two new local children's homes", "2. Weekly senior review of each placement", ""]
    tables = _tables(["Action cards", "", *card, "", *card])
    assert len(tables) == 2
    rows = tables[0]
    assert rows[0] == ["Owner", "Obinna Adeyemi", "Deadline", "Sep 2027"]
    assert rows[1][0].splitlines() == ["Key steps", "1. Open two new local children's homes",
                                       "2. Weekly senior review of each placement"]
    assert rows[1][-1] == "Current rating: GREEN"


def test_a_line_of_sentences_in_four_runs_is_no_row_of_boxes() -> None:
    """Runs that end sentences are prose set apart, not label | value boxes."""
    from planx.extract.pdfborderless import boxes_line
    doc_lines = ["Owner             Obinna Adeyemi                   Deadline            Sep 2027",
                 "It was done.      We met twice.                    All agreed.         Closed."]
    from planx.extract.layouttext import _line
    boxes, prose = (_line(t, k) for k, t in enumerate(doc_lines))
    assert boxes is not None and prose is not None
    gap = (boxes.segments[0][-1].x1, boxes.segments[1][0].x0)
    assert boxes_line(boxes, gap)
    assert not boxes_line(prose, (prose.segments[0][-1].x1, prose.segments[1][0].x0))


def test_a_charts_axis_labels_wide_apart_are_no_row_of_boxes() -> None:
    """Short runs set wide apart whose labels name no field (a bar chart's axis: ICDAR eu-017) are no
    label | value boxes: the line keeps the columns the rest of the page shows."""
    from planx.extract.layouttext import _line
    from planx.extract.pdfborderless import boxes_line
    axis = _line("300          Czech Republic        Germany        Hungary        Sweden        United Kingdom", 0)
    assert axis is not None
    assert not boxes_line(axis, (axis.segments[0][-1].x1, axis.segments[1][0].x0))


@pytest.mark.parametrize("text, want", [
    ("Action card 2: Strengthen the voice of children in child protection conferences", True),
    ("Priority 3 – Make sure every care leaver has a suitable place to live by 2027", True),
    ("Strengthen the voice of children in child protection conferences and reviews", False),  # >8 words, no label
])
def test_a_title_numbered_by_its_label_heads_however_long(text, want) -> None:
    from planx.extract.layouttext import heading_line
    assert heading_line(text) is want


def test_a_banner_over_a_bulleted_list_is_no_row_of_the_table_below(tmp_path) -> None:
    """A priority sheet drawn with no rules: 'Key priority 2   Raise attendance …' (across the
    table's gutters), then 'Success criteria:' and its bullets, then the Actions | Led by | … table:
    the banner and the list are text above the table (the banner the area of its actions), the table
    starts at its headings, not at the banner."""
    import re

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    import planx
    sheets = [(1, "Develop leadership capacity at all levels", "All middle leaders complete an NPQ",
               [("Run a coaching programme for phase leaders", "Deputy Headteacher", "Jul 2027"),
                ("Enrol three middle leaders on qualifications", "Headteacher", "25/10/2026")]),
              (2, "Raise attendance and reduce persistent absence", "Persistent absence below 12%",
               [("Appoint an attendance lead with weekly monitoring", "Attendance officer", "Mar 2027"),
                ("Hold attendance panels for pupils below 90%", "Deputy Headteacher", "Nov 2026")])]
    path = tmp_path / "priorities.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawString(50, A4[1] - 50, "Larkfield Primary School - School Improvement Plan")
    for n, title, crit, rows in sheets:
        c.showPage()
        lines = [f"{'Key priority ' + str(n):<35}{title}", "", "Success criteria:", f"•  {crit}",
                 f"{'Actions':<57}{'Led by':<26}{'Monitoring':<20}Completed by"]
        for action, lead, due in rows:
            lines += ["", f"{action:<57}{lead:<26}{'Governors - termly':<20}{due}"]
        y = A4[1] - 60
        for line in lines:
            for m in re.finditer(r"\S+(?: \S+)*", line):
                c.setFont("Helvetica", 8)
                c.drawString(40 + m.start() * 4.6, y, m.group(0))
            y -= 14
    c.save()
    got = [(a.area_ref, a.action) for a in planx.convert_file(str(path)).actions]
    assert got == [(str(n), action) for n, _, _, rows in sheets for action, _, _ in rows]


def _sheets_on_one_page(path, bullet: str) -> list[tuple[str, str]]:
    """Priority sheets one under another on a page, as a word processor sets them: each sheet's
    'Key priority N | title' box (a row of two cells, its title running across the table's gutters
    below), 'Success criteria:' over its items set in (with `bullet` before each, or none: a scan's
    text may lose it), then the Actions | Led by | Monitoring | Cost | Completed by table."""
    import re

    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    sheets = [
        (1, "Strengthen the curriculum in foundation subjects across the school",
         ["Every subject has a sequenced progression map"],
         [("Subject leaders write progression maps", "Headteacher", "Governors - termly", "£3,000", "Jul 2027"),
          ("Release subject leaders for monitoring days", "Attendance officer", "Governors - termly", "Nil",
           "24 Mar 2026")]),
        (2, "Improve outcomes in reading at Key Stage 2 for disadvantaged pupils",
         ["Reading attainment rises to 80%", "Disadvantaged pupils close the gap"],
         [("Buy decodable readers for the lowest 20%", "English lead", "Headteacher - half-termly", "£450", "Jan-27"),
          ("Introduce a daily whole-class reading session", "Phase leader KS2", "Governors - termly", "Nil",
           "3 May 2026")]),
        (3, "Raise attendance and reduce persistent absence in all year groups", ["Persistent absence below 12%"],
         [("Hold attendance panels for pupils below 90%", "English lead", "Governors - termly", "Nil", "7.7.26")])]
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    y = landscape(A4)[1] - 40

    def line(text: str, bold: bool = False, gap: float = 12.0) -> None:
        nonlocal y
        for m in re.finditer(r"\S+(?: \S+)*", text):
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 8)
            c.drawString(34 + m.start() * 4.3, y, m.group(0))
        y -= gap

    line("St Bede's Academy: Key Priorities 2026/27", bold=True, gap=24)
    for n, title, criteria, rows in sheets:
        line(f"{'Key priority ' + str(n):<90}{title}", gap=40)  # (the box's padding parts it from the rest)
        line("Success criteria:", bold=True, gap=16)
        for crit in criteria:
            line(f"    {bullet}{crit}" if bullet else f"    {crit}", gap=13)
        line(f"{'Actions':<64}{'Led by':<30}{'Monitoring (who / when)':<40}{'Cost':<20}Completed by", bold=True)
        for action, lead, monitor, cost, due in rows:
            line(f"{action:<64}{lead:<30}{monitor:<40}{cost:<20}{due}")
        y -= 30
    c.save()
    return [(str(n), action) for n, _, _, rows in sheets for action, *_ in rows]


@pytest.mark.parametrize("bullet", ["•  ", ""])
def test_priority_sheets_one_under_another(tmp_path, bullet) -> None:
    """Each sheet's 'Key priority N | title' box is no row of the table below it, though the two
    cells keep to two of its columns' gutters (its title runs across the others); items set in
    under 'Success criteria:', their bullets lost, are the criteria, not the table's first row or
    heading. Each table's actions have their sheet's number and title as their area."""
    import planx
    path = tmp_path / "sheets.pdf"
    want = _sheets_on_one_page(path, bullet)
    got = [(a.area_ref, a.action) for a in planx.convert_file(str(path)).actions]
    assert got == want
