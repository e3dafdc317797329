"""Plans that are not a grid with one action per row (issue 14): transposed tables (headings down
the first column, an action per column), plans written as headings and lists with their lead and
date inline, and PDF pages set in two text columns.

Unit tests give each rule the shapes it handles and the ones it must leave alone (narrative
bullets, forms, ordinary tables, two-column tables); the end-to-end tests convert
samples/make_shape_samples.py's documents in every rendering and compare them with their truth."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared, read, words_of
from conftest import norm_words as _norm

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.extract.pdfcolumns import find_gutter, looks_like_prose_columns, read_in_columns, ruled_across
from planx.extract.pdfgeom import Word, text_lines
from planx.extract.pdftables import PageLayout
from planx.normalise import normalise
from planx.normalise.lists import read_labels, read_lists, units_of
from planx.normalise.transposed import transposed_rows


def table(*rows: list[str], index: int = 1) -> Table:
    return Table([Row([Cell(t, k) for k, t in enumerate(texts)], page=1, line=r + 1)
                  for r, texts in enumerate(rows)], page=1, index=index)


def doc(*blocks: Table | Paragraph | str, fmt: str = "docx") -> RawDocument:
    made = [Paragraph(b, 1, i + 1) if isinstance(b, str) else b for i, b in enumerate(blocks)]
    return RawDocument(path="", name=f"d.{fmt}", format=fmt, blocks=made)


def heading(text: str, line: int = 0) -> Paragraph:
    return Paragraph(text, 1, line, heading=True)


# ---- transposed tables -------------------------------------------------------------------------------

TRANSPOSED = table(
    ["Ref", "2.1", "2.2", "2.3"],
    ["What we will do", "Recruit two more psychologists", "Set up a weekly tracking panel", "Publish a parents' guide"],
    ["Owner", "Head of SEND", "J. Okafor", "Participation Lead"],
    ["Resources", "Within existing budget", "Two days of officer time", "£2,000 print budget"],
    ["By when", "March 2026", "Q2 2025/26", "Autumn term 2025"],
    ["RAG", "Green", "Amber", "Red"],
)


def test_a_transposed_table_is_turned_round():
    turned = transposed_rows(TRANSPOSED)
    assert turned is not None and "3 actions across" in turned.why
    assert turned.rows[0].texts() == ["Ref", "What we will do", "Owner", "Resources", "By when", "RAG"]
    assert turned.rows[2].texts() == ["2.2", "Set up a weekly tracking panel", "J. Okafor", "Two days of officer time",
                                      "Q2 2025/26", "Amber"]


def test_a_transposed_plan_reads_an_action_per_column_and_keeps_unknown_headings():
    result = normalise(doc(heading("2. Improve the timeliness of plans"), TRANSPOSED))
    assert [a.action for a in result.actions] == ["Recruit two more psychologists", "Set up a weekly tracking panel",
                                                  "Publish a parents' guide"]
    second = result.actions[1]
    assert (second.lead, second.due_date, second.rag) == ("J. Okafor", "2025-09", "amber")
    assert any(lo.text == "Two days of officer time" and lo.heading == "Resources" for lo in result.leftovers)
    assert any("transposed" in w for w in result.warnings)


def test_a_transposed_table_broken_by_a_page_reads_its_repeated_heading_row_once():
    # the 'Action no.' row printed again at the top of the next page, between the table's rows
    broken = table(["Action no.", "3.1", "3.2", "3.3"],
                   ["Action", "Clear the backlog of inspections", "Recruit two officers", "Introduce desk-top checks"],
                   ["Lead officer", "Head of Internal Audit", "Parking Services Manager", "Waste Manager"],
                   ["Action no.", "3.1", "3.2", "3.3"],
                   ["Target date", "18/04/2027", "Ongoing", "07/01/2027"],
                   ["RAG", "A", "B", "G"])
    turned = transposed_rows(broken)
    assert turned is not None and "printed again" in turned.why
    assert turned.rows[0].texts() == ["Action no.", "Action", "Lead officer", "Target date", "RAG"]
    assert turned.rows[3].texts() == ["3.3", "Introduce desk-top checks", "Waste Manager", "07/01/2027", "G"]


@pytest.mark.parametrize("rows", [
    # an ordinary plan table: its first row reads as headings
    [["Action", "Lead", "Target date", "RAG"], ["Review the policy", "Head of SEND", "March 2026", "Green"],
     ["Train staff", "J. Okafor", "June 2026", "Amber"]],
    # two label | value pairs a row (a form): the values' columns hold labels too
    [["Action", "Review the policy", "Lead", "Head of SEND"], ["Target date", "March 2026", "RAG", "Green"],
     ["Status", "On track", "Progress", "Draft written"]],
    # a table of themes, not of field headings
    [["Early help", "Good", "Improving"], ["Assessment", "Requires improvement", "Stable"],
     ["Care leavers", "Good", "Improving"]],
])
def test_tables_that_are_not_transposed_are_left_alone(rows):
    assert transposed_rows(table(*rows)) is None


def test_one_value_column_is_a_form_not_a_transposed_table():
    assert transposed_rows(table(["Action", "Review the policy"], ["Lead", "Head of SEND"],
                                 ["Target date", "March 2026"])) is None


# ---- labels inside list items ------------------------------------------------------------------------

@pytest.mark.parametrize("text, action, fields", [
    ("Recruit two psychologists (Lead: Head of SEND; by March 2026)", "Recruit two psychologists",
     {"lead": "Head of SEND", "due": "March 2026"}),
    ("Hold weekly tracking meetings – Owner: J Smith – Due: Q2 2025/26", "Hold weekly tracking meetings",
     {"lead": "J Smith", "due": "Q2 2025/26"}),
    ("Publish a guide. Responsible officer: M. Patel, Commissioning Manager. Timescale: July 2026. Status: On track",
     "Publish a guide", {"lead": "M. Patel, Commissioning Manager", "due": "July 2026", "status": "On track"}),
    # a label's word at the end of the value before it ('… Participation Lead   Target date: …')
    ("Run a forum Accountable: Participation Lead   Target date: Q4 2025/26", "Run a forum",
     {"lead": "Participation Lead", "due": "Q4 2025/26"}),
    ("Map the options – Led by: Head of Inclusion – Progress: Complete", "Map the options",
     {"lead": "Head of Inclusion", "status": "Complete"}),
])
def test_labels_inside_an_item_are_read_by_meaning(text, action, fields):
    head, values, _ = read_labels(text)
    assert head == action and values == fields


@pytest.mark.parametrize("text, fields", [
    # a preposition printed as a label before a date is the due; each label keeps its own value
    ("Lead: Head of SEND. By: September 2024", {"lead": "Head of SEND", "due": "September 2024"}),
    ("Owner: J Smith; Due: March 2026", {"lead": "J Smith", "due": "March 2026"}),
    ("Lead: Bob Jones; Until: end of May 2025", {"lead": "Bob Jones", "due": "end of May 2025"}),
    ("Lead: Attendance Officer. By when: December 2024", {"lead": "Attendance Officer", "due": "December 2024"}),
    ("Owner: J Smith. Deadline: 31/03/2026", {"lead": "J Smith", "due": "31/03/2026"}),
])
def test_labels_run_together_on_one_line_each_keep_their_value(text, fields):
    assert read_labels(text)[1] == fields


def test_a_preposition_before_a_name_is_no_date_label():
    assert read_labels("By: J Smith")[1] == {}
    assert read_labels("Lead: Head of SEND. By: the end of the project team's review")[1] == \
        {"lead": "Head of SEND. By: the end of the project team's review"}


def test_prose_with_a_colon_has_no_labels():
    assert read_labels("Our priorities were shaped by: feedback from families")[1] == {}
    assert read_labels("The meeting starts at 10:30 in the council chamber")[1] == {}


LIST_PLAN = [
    heading("Our SEND Action Plan 2025/26"),
    "This plan sets out what we will do. Our priorities were shaped by:",
    "• feedback from more than 400 families",
    "• the findings of the area inspection in March 2024",
    heading("Priority 1: Identify needs early"),
    "• Train every early years setting to use the screening tool (Lead: Head of SEND; by March 2026)",
    "• Agree one referral form for all partners",
    "Responsible: Designated Clinical Officer   Timescale: Sept 2025",
    heading("2. Prepare young people for adult life"),
    "2.1 Start transition planning at every Year 9 review – Owner: J Smith – Due: Q2 2025/26 – Status: On track",
    "The board will review this plan every term.",
]


def test_a_plan_of_headings_and_lists():
    result = normalise(doc(*LIST_PLAN))
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_date, a.status) for a in result.actions]
    assert got == [
        ("1", "Identify needs early", "Train every early years setting to use the screening tool", "Head of SEND",
         "2026-03", ""),
        ("1", "Identify needs early", "Agree one referral form for all partners", "Designated Clinical Officer",
         "2025-09", ""),
        ("2", "Prepare young people for adult life", "Start transition planning at every Year 9 review", "J Smith",
         "2025-09", "in_progress"),
    ]
    assert any("lists" in w and "confidence" in w for w in result.warnings)
    assert any("feedback from more than 400 families" in lo.text for lo in result.leftovers)


NARRATIVE = [
    heading("Inspection of local area SEND arrangements"),
    heading("1. What needs to improve"),
    "Leaders should make sure that:",
    "• plans are reviewed on time and reflect children's current needs",
    "• waiting times for assessments fall below 20 weeks by December 2025",
    heading("2. Next steps"),
    "• The local area should update its strategic plan. Date of next visit: July 2026",
    "• Contact: Jo Bloggs, Senior HMI",
]


def test_narrative_bullets_are_no_actions():
    result = normalise(doc(*NARRATIVE))
    assert result.actions == [] and read_lists(doc(*NARRATIVE)) is None


def test_one_labelled_bullet_is_not_a_plan():
    assert read_lists(doc(heading("News"), "• Summer fair raised £900 (Lead: PTA; by July 2025)",
                          "• New climbing frame arrives in the autumn")) is None


def test_list_lines_a_pdf_joined_are_split_at_bullets_and_numbers():
    units = units_of(doc("• Review the policy (Lead: A Lee) • Train staff (Lead: B Khan)",
                         "4. Recruit psychologists. Lead: J Okafor. 5. Audit plans. Lead: Head of SEND.",
                         "There were 3. Then 4. Nothing else."))
    assert [u.text for u in units][:4] == ["Review the policy (Lead: A Lee)", "Train staff (Lead: B Khan)",
                                           "4. Recruit psychologists. Lead: J Okafor.",
                                           "5. Audit plans. Lead: Head of SEND."]
    assert units[4].text == "There were 3. Then 4. Nothing else." and not units[4].marker


def test_a_hanging_indent_list_read_as_a_table_is_a_list():
    markers = Table([Row([Cell("\uf0b7", 0), Cell("Review the policy (Lead: A Lee; by March 2026)", 1)], 1, 1),
                     Row([Cell("\uf0b7", 0), Cell("Train all staff (Owner: B Khan – Due: June 2026)", 1)], 1, 2)],
                    page=1, index=1)
    result = normalise(doc(heading("1. Safer recruitment"), markers))
    assert [(a.action, a.lead, a.due_date) for a in result.actions] == [
        ("Review the policy", "A Lee", "2026-03"), ("Train all staff", "B Khan", "2026-06")]


# ---- two text columns in a PDF ---------------------------------------------------------------------------

LEFT = [(50.0, 100 + 12 * i, f"left column line {i} of running text here") for i in range(12)]
RIGHT = [(320.0, 106 + 12 * i + (8 if i > 4 else 0), f"right column line {i} goes on reading") for i in range(10)]
TITLE = [(50.0, 60.0, "A title set right across the whole page of the report here and on")]


def test_a_gutter_between_two_text_columns_is_found_below_a_title():
    words = words_of(TITLE + LEFT + RIGHT)
    cols = find_gutter(text_lines(words), 595.0)
    assert cols is not None and 250 <= cols.gutter[0] and cols.gutter[1] <= 320 and cols.top >= 99
    assert not ruled_across([], cols)
    assert ruled_across([{"x0": 40.0, "x1": 560.0, "top": 150.0, "bottom": 150.0}], cols)  # a table's ruling


def test_columns_are_read_left_then_right():
    words = words_of(TITLE + LEFT + RIGHT)

    def read(ws: list[Word]) -> PageLayout:
        return PageLayout([], text_lines(ws))
    layout = read_in_columns(words, 595.0, 842.0, 0.07, read, [])
    assert layout is not None
    _, paragraphs = layout.in_reading_order(lambda lines: [(ln.top, ln.text) for ln in lines])
    texts = [text for _, text in paragraphs]
    assert texts[0].startswith("A title") and texts[1].startswith("left column line 0")
    assert texts[12].startswith("left column line 11") and texts[13].startswith("right column line 0")
    assert texts[-1].startswith("right column line 9")


def test_a_two_column_table_is_not_text_columns():
    """Rows of a table start side by side: each block on the left has one beside it on the right."""
    left, right = [], []
    for r in range(6):
        top = 100 + 40 * r
        left += [(50.0, top, "a strength of the service"), (50.0, top + 12, "seen at the visit today")]
        right += [(320.0, top, "an area to develop further"), (320.0, top + 12, "agreed with the leaders")]
    assert not looks_like_prose_columns(text_lines(words_of(left)), text_lines(words_of(right)))


# ---- end to end: the generated shapes in every rendering -----------------------------------------------

@pytest.fixture(scope="module")
def shapes_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_shape_samples import main
    folder = tmp_path_factory.mktemp("shapes")
    docs = main(folder, [1, 3], office=shutil.which("soffice") is not None)
    out = tmp_path_factory.mktemp("shapes_out")
    planx.convert(docs, out=out)
    return folder, out


def test_the_samples_are_written_in_every_rendering(shapes_run):
    folder, _ = shapes_run
    names = {p.name for p in folder.iterdir()}
    assert {"transposed_1.docx", "transposed_1_rl.pdf", "lists_1.docx", "lists_1.txt", "lists_1_rl.pdf",
            "lists_1_2col.pdf", "narrative_1.docx", "narrative_1_2col.pdf"} <= names
    if shutil.which("soffice"):
        assert {"transposed_1.odt", "transposed_1.doc", "transposed_1.rtf", "lists_1_lo.pdf"} <= names


@pytest.mark.parametrize("suffix", [".docx", ".txt", ".odt", ".rtf", ".doc"])
def test_word_and_text_renderings_match_their_truth(shapes_run, suffix):
    """Word, its legacy formats and plain text keep every paragraph and cell as written: their output
    must match the truth field for field."""
    folder, out = shapes_run
    actions = read(out, "actions")
    checked = 0
    for truth_file in sorted(folder.glob(f"*{suffix}.truth.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        got = [a for a in actions if a["doc"] == truth["doc"]]
        assert len(got) == len(truth["actions"]), truth["doc"]
        for want in truth["actions"]:
            row = next(a for a in got if _norm(a["action"]) == _norm(want["action"]))
            for name, value in want.items():
                assert _norm(row[name]) == _norm(value or ""), (truth["doc"], want["action"], name)
        checked += 1
    if suffix in (".docx", ".txt") or shutil.which("soffice"):
        assert checked >= 2


def test_narrative_documents_give_no_actions(shapes_run):
    _, out = shapes_run
    assert not [a for a in read(out, "actions") if a["doc"].startswith("narrative")]


@needs_shared
def test_every_rendering_scores_well(shapes_run):
    """PDFs (LibreOffice, reportlab, two text columns) scored as ../shared scores the training set;
    floors under today's figures (98+ overall on these seeds)."""
    folder, out = shapes_run
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(out), str(folder), "--json"],
                          capture_output=True, text=True, timeout=300)
    report = json.loads(proc.stdout[:proc.stdout.rindex("score:")])
    assert report["score"] >= 95.0, report["score"]
    by_doc = {d["doc"]: d["accuracy"] for d in report["documents"] if d["accuracy"] is not None}
    assert all(acc >= 85.0 for name, acc in by_doc.items() if name.endswith("_2col.pdf")), by_doc
    assert all(acc >= 99.0 for name, acc in by_doc.items() if name.endswith((".docx", ".txt", "_rl.pdf"))), by_doc
