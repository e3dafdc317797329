"""Plans laid out with tab stops instead of a table (extract/tabstops.py), and tab-separated text
whose wrapped lines go on in a row of their own under a cell left mid-phrase."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from conftest import convert_text
from docx.enum.text import WD_BREAK
from docx.shared import Cm

import planx
from planx.extract.docx import parse_docx
from planx.extract.model import Table
from planx.extract.tabstops import TabParagraph, column_texts, table_spans

STOPS_CM = [1.5, 11.0, 16.0, 20.0]


def _entry(d: docx.Document, lines: list[list[str]], stops: list[float], bold: bool = False) -> None:
    """One paragraph: each line's cells joined by tabs, the lines parted by manual line breaks."""
    p = d.add_paragraph()
    for pos in stops:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos))
    for k, cells in enumerate(lines):
        run = p.add_run("\t".join(cells))
        run.bold = bold
        if k < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)


def _tab_plan(path: Path, heading: str = "Priority {n}: {name}") -> Path:
    d = docx.Document()
    d.add_paragraph("Youth Support Improvement Plan 2025")
    d.add_paragraph("Agreed by the board in May 2025.")
    _entry(d, [["Ref", "What we will do", "Lead", "By when", "Progress"]], STOPS_CM, bold=True)
    rows = [
        ("Early support", [["1.1", "Rewrite the referral form", "Service Manager", "June 2025", "Complete"],
                           ["", "with partner agencies"]]),
        ("Early support", [["1.2", "Train every duty worker in", "Head of Service /", "Aug 2025", "On track"],
                           ["", "the new screening tool", "Practice Lead"]]),
        ("Workforce", [["2.1", "Open a practice academy", "Principal Social Worker", "Jan 2026", "Not started"]]),
    ]
    seen: list[str] = []
    for name, lines in rows:
        if name not in seen:
            seen.append(name)
            d.add_paragraph().add_run(heading.format(n=len(seen), L="AB"[len(seen) - 1], name=name)).bold = True
        _entry(d, lines, STOPS_CM)
    d.add_paragraph("Key: progress is reported by each lead.")
    d.save(path)
    return path


def test_paragraphs_on_shared_stops_read_as_one_table(tmp_path: Path) -> None:
    raw = parse_docx(_tab_plan(tmp_path / "tabs.docx"))
    tables = [b for b in raw.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    rows = [{c.col: c.text for c in r.cells} for r in tables[0].rows]
    assert rows[0] == {0: "Ref", 1: "What we will do", 2: "Lead", 3: "By when", 4: "Progress"}
    assert rows[1] == {0: "Priority 1: Early support"}  # a paragraph between rows: a row across the table
    # a manual line break goes on in the same cell, in the column its tab lands in
    assert rows[2][1] == "Rewrite the referral form\nwith partner agencies"
    assert rows[3][2] == "Head of Service /\nPractice Lead"
    # the prose before and after stays prose
    texts = [b.text for b in raw.blocks if not isinstance(b, Table)]
    assert "Agreed by the board in May 2025." in texts and "Key: progress is reported by each lead." in texts


@pytest.mark.parametrize("heading,refs", [("Priority {n}: {name}", ["1", "1", "2"]),
                                          ("{L}.  {name}", ["A", "A", "B"])])
def test_tab_stop_plan_gives_its_actions(tmp_path: Path, heading: str, refs: list[str]) -> None:
    result = planx.convert_file(str(_tab_plan(tmp_path / "plan.docx", heading)))
    acts = result.actions
    assert [a.action for a in acts] == ["Rewrite the referral form with partner agencies",
                                        "Train every duty worker in the new screening tool",
                                        "Open a practice academy"]
    assert [a.lead for a in acts] == ["Service Manager", "Head of Service / Practice Lead", "Principal Social Worker"]
    assert [a.due_raw for a in acts] == ["June 2025", "Aug 2025", "Jan 2026"]
    assert [a.area for a in acts] == ["Early support", "Early support", "Workforce"]
    assert [a.area_ref for a in acts] == refs


def test_tab_past_an_overrun_stop_goes_to_the_next_column() -> None:
    # twips: stops at 1 cm, 2 cm, 8 cm; a long first cell reaches past the 2 cm stop
    stops = (567, 1134, 4536)
    assert column_texts("a\tb\tc", stops, 11) == {0: ["a"], 1: ["b"], 2: ["c"]}
    assert column_texts("\ta very long text that runs on\tc", stops, 11) == {1: ["a very long text that runs on"],
                                                                            3: ["c"]}


def test_one_stop_or_too_few_rows_is_no_table() -> None:
    label = [TabParagraph("Lead:\tJo Bloggs", (2000,)), TabParagraph("Date:\tMay", (2000,)),
             TabParagraph("RAG:\tGreen", (2000,))]
    assert table_spans(label) == []  # one stop: a label and its value, a form's lines
    two = [TabParagraph("a\tb\tc", (1000, 3000)), TabParagraph("d\te\tf", (1000, 3000))]
    assert table_spans(two) == []
    other = [TabParagraph("a\tb\tc", (1000, 3000)), TabParagraph("d\te\tf", (1000, 3000)),
             TabParagraph("g\th\ti", (1000, 4000))]
    assert table_spans(other) == []  # a paragraph on other stops ends the run
    assert table_spans(two + [TabParagraph("g\th\ti", (1000, 3000))]) == [(0, 2)]


def test_tab_led_line_under_a_cell_left_mid_phrase_continues_it(tmp_path: Path) -> None:
    text = "\r\n".join([
        "Youth Justice Plan 2025", "",
        "No.\tAction\tOwner\tTarget\tStatus",
        "1\tComplete assessments within 20 days\tOperational Manager\t31/03/2025\tIn progress",
        "2\tAgree a joint protocol with the\tHead of Service\t30/04/2025\tNot started",
        "\tVirtual School and Inclusion Service",
        "3\tAudit decisions each quarter\tPartnership Manager\tQuarterly\tOngoing",
        "4\tRecruit two volunteer panel members\tVolunteer Coordinator\t30/09/2025\tOn track", ""])
    result = convert_text(tmp_path, "plan.txt", text)
    acts = result.actions
    assert [a.action for a in acts] == ["Complete assessments within 20 days",
                                        "Agree a joint protocol with the Virtual School and Inclusion Service",
                                        "Audit decisions each quarter", "Recruit two volunteer panel members"]
    assert all(a.area == "" for a in acts)


# a table of contents laid out with tab stops: its number, title and page number are no table's row
TOC_LINES = [("1.", "Purpose", "3"), ("2.", "Summary", "3"), ("3.", "Governance", "4"),
             ("3.1.", "Architecture", "5"), ("3.2.", "Acquisition", "6")]
HEADINGS = ["Purpose", "Summary", "Governance"]


def _numbered(p, num_id: str) -> None:
    """Number a paragraph directly (w:numPr on the paragraph, as Word and Google Docs write headings)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    num_pr = OxmlElement("w:numPr")
    for tag, val in (("w:ilvl", "0"), ("w:numId", num_id)):
        child = OxmlElement(tag)
        child.set(qn("w:val"), val)
        num_pr.append(child)
    p._p.get_or_add_pPr().insert(0, num_pr)


def _field_char(p, kind: str, code: str = "") -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = p.add_run()._r
    ch = OxmlElement("w:fldChar")
    ch.set(qn("w:fldCharType"), kind)
    run.append(ch)
    for part in (code[:3], code[3:]) if code else ():  # Word often splits a field code over runs
        instr = OxmlElement("w:instrText")
        instr.text = part
        p.add_run()._r.append(instr)


def _toc_document(path: Path, shape: str) -> Path:
    """A contents page whose lines sit on two tab stops, then the numbered headings it lists. shape:
    'style' (Word's 'toc 1' style), 'field' (inside a TOC field, the stops left-aligned) or 'page'
    (no style, no field: the line ends in a right-aligned tab and the page number)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_TAB_ALIGNMENT
    d = docx.Document()
    d.add_paragraph("Identity Gap Analysis Template")
    d.add_paragraph("Table of Contents")
    style = d.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH) if shape == "style" else None
    num_id = d.styles["List Number"].element.pPr.numPr.numId.val
    for k, (num, title, page) in enumerate(TOC_LINES):
        p = d.add_paragraph(style=style)
        if shape == "field" and k == 0:
            _field_char(p, "begin", ' TOC \\o "1-3" \\h \\z \\u ')
            _field_char(p, "separate")
        right = WD_TAB_ALIGNMENT.RIGHT if shape == "page" else WD_TAB_ALIGNMENT.LEFT
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), right)
        p.add_run(f"{num}\t{title}\t{page}")
        if shape == "field" and k == len(TOC_LINES) - 1:
            _field_char(p, "end")
    for title in HEADINGS:
        _numbered(d.add_paragraph(title, style="Heading 1"), str(num_id))
        d.add_paragraph(f"What the plan says about {title.lower()}.")
    d.save(path)
    return path


@pytest.mark.parametrize("shape", ["style", "field", "page"])
def test_a_table_of_contents_on_tab_stops_is_no_table(tmp_path: Path, shape: str) -> None:
    from test_nothing_lost import lost_texts
    path = _toc_document(tmp_path / f"toc_{shape}.docx", shape)
    raw = parse_docx(path)
    assert not [b for b in raw.blocks if isinstance(b, Table)]
    texts = [b.text for b in raw.blocks]
    assert "3.2. Acquisition 6" in texts
    # the numbered headings after it keep Word's numbers: reading ahead for tab-stop tables counts none
    assert [t for t in texts if t.split(" ", 1)[-1] in HEADINGS and t[0].isdigit()] == \
        ["1. Purpose", "2. Summary", "3. Governance"]
    assert lost_texts(path) == []


def test_a_numbered_banner_inside_a_tab_stop_table_keeps_its_count(tmp_path: Path) -> None:
    """A numbered paragraph between a tab-stop table's rows is a banner row, and still takes its
    number: the numbered paragraph after the table prints the next one, and no text is lost."""
    from test_nothing_lost import lost_texts
    d = docx.Document()
    num_id = str(d.styles["List Number"].element.pPr.numPr.numId.val)
    d.add_paragraph("Youth Support Improvement Plan 2025")
    _numbered(d.add_paragraph("Early support"), num_id)
    _entry(d, [["Ref", "What we will do", "Lead", "By when"]], STOPS_CM, bold=True)
    _entry(d, [["1.1", "Rewrite the referral form", "Service Manager", "June 2025"]], STOPS_CM)
    _numbered(d.add_paragraph("Workforce"), num_id)
    _entry(d, [["2.1", "Open a practice academy", "Principal Social Worker", "Jan 2026"]], STOPS_CM)
    _entry(d, [["2.2", "Recruit ten new social workers", "Head of Service", "Mar 2026"]], STOPS_CM)
    _numbered(d.add_paragraph("Governance"), num_id)
    d.add_paragraph("The board reviews the plan each quarter.")
    path = tmp_path / "numbered_banner.docx"
    d.save(path)
    raw = parse_docx(path)
    tables = [b for b in raw.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    assert {0: "2. Workforce"} in [{c.col: c.text for c in r.cells} for r in tables[0].rows]
    assert "3. Governance" in [b.text for b in raw.blocks if not isinstance(b, Table)]
    assert lost_texts(path) == []
