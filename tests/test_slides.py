"""Plans drawn as slides (normalise/slides.py and the walker's use of it): a deck's page titles are the
areas of its rows, a slide with a new title does not go on under the table of the slide before, tables
that are no plan's stay aside. The rules piece by piece with the shapes they handle, then end to end
on generated highlight reports (samples/make_slide_samples.py)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import SHARED, needs_shared

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.extract.pdfgeom import Line, Word, split_by_size
from planx.normalise import normalise
from planx.normalise.block_headings import heading_areas
from planx.normalise.slides import continued_title, goal_statement, read_slides, running_size

ROOT = Path(__file__).resolve().parents[1]
WIDE = (960.0, 540.0)
PORTRAIT = (595.0, 842.0)

MILESTONE_HEAD = ["Milestone", "Due date", "Status", "Owner", "Comments"]


def table(rows: list[list[str]], page: int, index: int) -> Table:
    return Table(rows=[Row(cells=[Cell(text=t, col=k) for k, t in enumerate(r)], page=page, line=i + 1)
                       for i, r in enumerate(rows)], page=page, index=index)


def title(text: str, page: int, size: float = 26.0) -> Paragraph:
    return Paragraph(text=text, page=page, line=40, heading=True, size=size)


def body(text: str, page: int, line: int = 80, size: float = 12.0) -> Paragraph:
    return Paragraph(text=text, page=page, line=line, size=size)


def deck(blocks: list, pages: int, size: tuple[float, float] = WIDE) -> RawDocument:
    tables = [b for b in blocks if isinstance(b, Table)]
    for k, t in enumerate(tables, 1):
        t.index = k
    return RawDocument(path="deck.pdf", name="deck.pdf", format="pdf", blocks=blocks, pages=pages,
                       page_sizes={p: size for p in range(1, pages + 1)})


def two_workstreams(size: tuple[float, float] = WIDE) -> RawDocument:
    return deck([
        body("Northmoor Council improvement programme: highlight report", 1, 40, 28.0),
        body("Quarter 2, 2025/26", 1, 80, 14.0),
        title("Workstream 1: Early help", 2),
        body("Goal: Families get help at the first sign of need.", 2, 78, 14.0),
        body("Progress this period: the north hub opened on time and saw 340 families in its first quarter; "
             "partners signed the shared assessment.", 2, 100, 11.0),
        table([MILESTONE_HEAD,
               ["Open the second family hub", "June 2025", "Complete", "Amina Patel", "Opened on time."],
               ["Train 120 practitioners in the assessment", "Dec 2025", "On track", "Joe Whitfield", ""]], 2, 0),
        title("Workstream 2: Workforce stability", 3),
        table([MILESTONE_HEAD,
               ["Launch the recruitment campaign", "April 2025", "Delayed", "Rob Kessler",
                "Fourteen offers made so far; the campaign restarts in May."]], 3, 0),
        table([["Contributing programme", "Lead", "Budget"],
               ["Social work academy", "Principal Social Worker", "£450k"]], 3, 0),
        title("Glossary", 4),
        table([["Acronym", "Meaning"], ["EHCP", "Education, health and care plan"]], 4, 0),
    ], 4, size)


# ---- the evidence ------------------------------------------------------------------------------------

def test_a_title_says_when_the_slide_goes_on_from_the_one_before():
    assert continued_title("Early help (continued)") == ("Early help", True)
    assert continued_title("Early help – milestones continued") == ("Early help", True)
    assert continued_title("Early help cont'd") == ("Early help", True)
    assert continued_title("Early help cont.") == ("Early help", True)
    assert continued_title("Continued support for carers") == ("Continued support for carers", False)
    assert continued_title("Workstream 2: Early help") == ("Workstream 2: Early help", False)


def test_a_goal_statement_is_read_by_its_label():
    assert goal_statement("Goal: Families get help early.") == "Families get help early."
    assert goal_statement("Our aim: a stable workforce") == "a stable workforce"
    assert goal_statement("Objective: Every child's plan is up to date") == "Every child's plan is up to date"
    assert goal_statement("Goals for the year are set out below") == ""
    assert goal_statement("Progress this period: the hub opened") == ""


def test_running_size_counts_characters_and_is_unknown_where_the_source_says_no_size():
    doc = deck([title("Early help", 1), body("word " * 40, 1), body("another paragraph " * 10, 2, size=11.0)], 2)
    assert running_size(doc) == 12.0
    word = RawDocument(path="p.docx", name="p.docx", format="docx", blocks=[
        Paragraph(text="Early help", page=0, line=1, size=18.0), Paragraph(text="words " * 30, page=0, line=2)])
    assert running_size(word) == 0.0


def _line(segments: list[list[tuple[str, float, float]]]) -> Line:
    words = [[Word(text=t, x0=x, x1=x + 8 * len(t), top=10.0, bottom=10.0 + s, size=s) for t, x, s in seg]
             for seg in segments]
    flat = [w for seg in words for w in seg]
    return Line(flat, 10.0, max(w.bottom for w in flat), sorted(w.size for w in flat)[len(flat) // 2], words)


def test_a_title_and_the_rating_box_beside_it_are_two_lines():
    line = _line([[("Early", 40, 26.0), ("help", 110, 26.0)], [("Overall:", 700, 11.0), ("Amber", 780, 11.0)]])
    parts = split_by_size(line)
    assert parts is not None and [p.text for p in parts] == ["Early help", "Overall: Amber"]
    assert [p.size for p in parts] == [26.0, 11.0]
    # a table's heading row: its segments in one size
    row = _line([[("Milestone", 40, 9.0)], [("Due", 300, 9.0)], [("Status", 400, 9.0)]])
    assert split_by_size(row) is None


def test_a_landscape_deck_of_titled_pages_reads_as_slides():
    doc = two_workstreams()
    reading = read_slides(doc)
    assert reading is not None and reading.confidence >= 0.9
    titles = {i: (t.ref, t.title, t.continued) for i, t in reading.titles.items()}
    assert sorted(titles.values()) == [("", "Glossary", False), ("1", "Early help", False),
                                       ("2", "Workforce stability", False)]
    assert 0 not in reading.titles  # the cover's title is the plan's, no area
    assert list(reading.goals.values()) == ["Families get help at the first sign of need."]


def test_portrait_pages_or_pages_full_of_tables_are_no_slides():
    assert read_slides(two_workstreams(PORTRAIT)) is None
    crowded = deck([title("Early help", 1), *[table([["A", "B"], ["1", "2"]], 1, 0) for _ in range(5)],
                    title("Workforce", 2), *[table([["A", "B"], ["1", "2"]], 2, 0) for _ in range(5)]], 2)
    assert read_slides(crowded) is None


# ---- the walker on slides ------------------------------------------------------------------------------

def test_each_slide_title_is_the_area_of_its_rows_and_other_tables_are_no_actions():
    result = normalise(two_workstreams())
    got = [(a.area_ref, a.area, a.action, a.status, a.lead) for a in result.actions]
    assert got == [("1", "Early help", "Open the second family hub", "complete", "Amina Patel"),
                   ("1", "Early help", "Train 120 practitioners in the assessment", "in_progress", "Joe Whitfield"),
                   ("2", "Workforce stability", "Launch the recruitment campaign", "delayed", "Rob Kessler")]
    assert result.actions[0].objective == "Families get help at the first sign of need."
    assert result.actions[2].progress == "Fourteen offers made so far; the campaign restarts in May."
    kept = " ".join(lo.text for lo in result.leftovers)
    for aside in ("Social work academy", "EHCP", "the north hub opened on time"):
        assert aside in kept  # kept aside, not lost
    assert any("read as slides" in w for w in result.warnings)


def test_a_milestone_table_continued_on_the_next_slide_is_one_table_without_duplicates():
    doc = deck([
        title("Early help", 1),
        table([MILESTONE_HEAD, ["Open the second family hub", "June 2025", "Complete", "Amina Patel", ""],
               ["Agree the shared assessment", "July 2025", "Complete", "Joe Whitfield", ""]], 1, 0),
        title("Early help (continued)", 2),
        table([MILESTONE_HEAD, ["Publish the early help offer", "March 2026", "Not started", "Nadia Osei", ""]], 2, 0),
        title("Workforce stability", 3),
        table([MILESTONE_HEAD, ["Launch the recruitment campaign", "April 2025", "Missed", "Rob Kessler", ""]], 3, 0),
    ], 3)
    result = normalise(doc)
    assert [(a.area, a.action, a.status) for a in result.actions] == [
        ("Early help", "Open the second family hub", "complete"),
        ("Early help", "Agree the shared assessment", "complete"),
        ("Early help", "Publish the early help offer", "not_started"),
        ("Workforce stability", "Launch the recruitment campaign", "delayed")]


def test_an_indicator_table_on_a_slide_gives_indicators_and_the_next_slide_starts_afresh():
    doc = deck([
        title("Early help – indicators", 1),
        table([["Indicator", "Baseline", "Target", "Actual"], ["Re-referrals within 12 months", "24%", "18%", "21%"]],
              1, 0),
        title("Risks and issues", 2),
        table([["Risk", "Impact", "Likelihood", "Mitigation"],
               ["Recruitment market remains tight", "High", "Medium", "Retention offer"]], 2, 0),
    ], 2)
    result = normalise(doc)
    assert [(i.indicator, i.target, i.value) for i in result.indicators] == [
        ("Re-referrals within 12 months", "18%", "21%")]
    assert not result.actions


def test_a_table_that_names_columns_of_its_own_does_not_go_on_under_the_headings_before():
    """The rule holds outside slides too: a portrait report with a milestone table and, under it, a
    narrower table with headings of its own."""
    doc = deck([
        table([MILESTONE_HEAD, ["Open the second family hub", "June 2025", "Complete", "Amina Patel", ""]], 1, 0),
        body("Programmes that contribute to this workstream:", 1),
        table([["Contributing programme", "Lead"], ["Social work academy", "Principal Social Worker"]], 1, 0),
    ], 1, PORTRAIT)
    result = normalise(doc)
    assert [a.action for a in result.actions] == ["Open the second family hub"]
    assert any("names columns of its own" in w for w in result.warnings)


def test_a_heading_set_in_large_type_without_a_heading_style_marks_an_area():
    """A Word user's 18pt bold line over each table (no heading style, running text in the style's size)."""
    blocks = [Paragraph(text="Early help (continued)", page=0, line=1, size=18.0, bold=True),
              Paragraph(text="Goal: Families get help early.", page=0, line=2),
              table([MILESTONE_HEAD, ["Open the hub", "June 2025", "Complete", "Amina Patel", ""]], 0, 1),
              Paragraph(text="Workforce stability", page=0, line=5, size=18.0, bold=True),
              *[Paragraph(text=f"• item {k}", page=0, line=6 + k) for k in range(8)],
              table([MILESTONE_HEAD, ["Launch the campaign", "April 2025", "Delayed", "Rob Kessler", ""]], 0, 2)]
    assert heading_areas(blocks, 0.0) == {0: ("", "Early help"), 3: ("", "Workforce stability")}
    # the same lines in running text's size are no headings
    plain = [Paragraph(text=b.text, page=0, line=b.line) if isinstance(b, Paragraph) else b for b in blocks]
    assert heading_areas(plain, 0.0) == {}


# ---- end to end on generated highlight reports ------------------------------------------------------------

def _score(docs: Path, out: Path) -> dict:
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(out), str(docs), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(proc.stdout[: proc.stdout.rfind("score:")])


@needs_shared
def test_generated_highlight_reports_end_to_end(tmp_path):
    """Slides drawn as a presentation program exports them and the same report as a landscape Word
    document (and its LibreOffice PDF where LibreOffice is installed): every milestone an action with
    its area, nothing else an action."""
    from samples.make_slide_samples import main
    docs = tmp_path / "docs"
    written = main(docs, [1, 4, 8], printed=shutil.which("soffice") is not None)
    assert {p.suffix for p in written} >= {".pdf", ".docx"}
    import planx
    out = tmp_path / "out"
    planx.convert([docs], out=out, jobs=1, report=False)
    report = _score(docs, out)
    worst = min(report["documents"], key=lambda d: d["accuracy"] or 0.0)
    assert report["score"] >= 99.0, worst
    assert report["overall"]["precision"] == 100.0 and report["overall"]["recall"] == 100.0


# ---- the rules slides called for, outside slides too ----------------------------------------------------

def test_a_large_title_repeated_at_the_top_of_each_page_is_no_page_furniture():
    from planx.extract.pdf import PageResult, page_furniture
    pages = [PageResult(n, height=595.0, width=842.0,
                        paragraphs=[(38.0, "Early help and prevention", True, 26.0, True),
                                    (30.0, "OFFICIAL", False, 7.0, False)])
             for n in (1, 2)]
    assert page_furniture(pages) == {"official"}
    # a mark in large type across the top of every page is furniture all the same
    marked = [PageResult(n, height=595.0, width=842.0, paragraphs=[(20.0, "DRAFT", True, 18.0, True)])
              for n in range(1, 5)]
    assert page_furniture(marked) == {"draft"}


def test_two_lists_side_by_side_under_a_statement_keep_the_statement_whole():
    """A goal across the slide above two bulleted lists set side by side: the lists are parted at
    their wide gutter, the statement above them is not cut at it."""
    from planx.extract.pdfborderless import borderless_tables
    def words(text: str, x: float, top: float, size: float = 11.0) -> list[Word]:
        out, at = [], x
        for t in text.split():
            out.append(Word(text=t, x0=at, x1=at + 6 * len(t), top=top, bottom=top + size, size=size))
            at += 6 * len(t) + 4
        return out
    from planx.extract.pdfgeom import text_lines
    ws = words("Goal: partners hold each other to account for the difference the plan makes to families", 36, 80)
    lists = [("Progress to date", "Looking ahead"), ("• Agreed the data set", "• Appoint the chair"),
             ("• Ran two listening events", "• Draft the quarterly report")]
    for k, (left, right) in enumerate(lists):
        ws += words(left, 36, 100 + 16 * k) + words(right, 520, 100 + 16 * k)
    _, free = borderless_tables(text_lines(ws), [], [], (0.0, 0.0, 960.0, 540.0))
    assert any(ln.text.startswith("Goal: partners") and ln.text.endswith("families") for ln in free)


def test_a_rag_status_column_of_status_words_shaded_in_one_colour_gives_status_and_rag():
    """'Milestone RAG status' holding 'On track' / 'Complete', every cell shaded green: the words are
    the status, the shading the RAG (its heading names a RAG, so one colour is enough)."""
    green = "#00b050"
    rows = [Row(cells=[Cell("Milestone", 0), Cell("Due date", 1), Cell("Milestone RAG status", 2), Cell("Owner", 3)],
                page=1, line=1)]
    for k, (text, status) in enumerate([("Open the hub", "On track"), ("Agree the assessment", "Complete")]):
        rows.append(Row(cells=[Cell(text, 0), Cell("June 2025", 1), Cell(status, 2, fill=green), Cell("Ann Lee", 3)],
                        page=1, line=k + 2))
    doc = RawDocument(path="t.pdf", name="t.pdf", format="pdf", blocks=[Table(rows=rows, page=1, index=1)])
    result = normalise(doc)
    assert [(a.status, a.rag, a.rag_raw) for a in result.actions] == [("in_progress", "green", green),
                                                                     ("complete", "green", green)]


def test_a_heading_row_printed_again_keeps_what_the_first_table_showed():
    """A table of one row on the next page under the same headings: too little to read 'Milestone
    RAG status' as a status by its cells, so the reading of the first table stands."""
    head = ["Milestone", "Due date", "Milestone RAG status", "Owner"]
    first = table([head, ["Open the hub", "June 2025", "On track", "Ann Lee"],
                   ["Agree the assessment", "July 2025", "Complete", "Joe Bloggs"]], 1, 1)
    second = table([head, ["Publish the offer", "March 2026", "Complete", "Ann Lee"]], 2, 2)
    doc = RawDocument(path="t.pdf", name="t.pdf", format="pdf", blocks=[first, second])
    assert [a.status for a in normalise(doc).actions] == ["in_progress", "complete", "complete"]


def test_the_first_reference_under_an_unnumbered_heading_numbers_that_area():
    blocks = [Paragraph(text="Early help", page=0, line=1, heading=True),
              table([["Ref", "Action", "Lead", "Due"], ["2.1", "Open the hub", "Ann Lee", "June 2025"],
                     ["2.2", "Agree the assessment", "Joe Bloggs", "July 2025"]], 0, 1),
              Paragraph(text="Workforce", page=0, line=9, heading=True),
              table([["Ref", "Action", "Lead", "Due"], ["3.1", "Launch the campaign", "Rob Kessler", "May 2025"]],
                    0, 2)]
    doc = RawDocument(path="t.docx", name="t.docx", format="docx", blocks=blocks)
    assert [(a.area_ref, a.area) for a in normalise(doc).actions] == [("2", "Early help"), ("2", "Early help"),
                                                                     ("3", "Workforce")]


def test_two_short_labels_over_lists_are_a_heading_row_of_their_own():
    from planx.normalise.headers import read_heading
    assert read_heading("What we have done")[0].field == "progress"
    assert read_heading("Key accomplishments")[0].field == "progress"
    assert read_heading("What we will do")[0].field == "action"
    doc = RawDocument(path="t.docx", name="t.docx", format="docx", blocks=[
        table([["Achievements this period", "Planned for next period"],
               ["• Signed off the communications plan\n• Recruited the programme manager",
                "• Start the consultation with parents\n• Confirm the budget for next year"]], 0, 1)])
    result = normalise(doc)
    assert not result.actions and "Start the consultation" in " ".join(lo.text for lo in result.leftovers)


def test_a_box_of_done_and_next_lists_with_no_who_or_when_is_a_summary_not_actions():
    """'Achievements this period | Next steps' reads as progress and action headings, but its one row
    holds bulleted lists and no column says who, when or how far: a highlight report's summary."""
    doc = RawDocument(path="t.docx", name="t.docx", format="docx", blocks=[
        table([["Achievements this period", "Next steps"],
               ["• Completed the baseline audit\n• Recruited the programme manager",
                "• Appoint the independent chair\n• Start the consultation with parents"]], 0, 1),
        table([["Issue", "Progress", "Next steps", "Owner", "Due"],
               ["Recruitment", "• Campaign launched\n• Offers made", "• Restart the campaign\n• Review pay",
                "Rob Kessler", "May 2025"]], 0, 2)])
    result = normalise(doc)
    # the tracker beside it has an owner and a date: its next steps are the action
    assert [a.lead for a in result.actions] == ["Rob Kessler"]
    assert any("summary" in w for w in result.warnings)


def test_a_status_column_shaded_in_rag_colours_elsewhere_rates_in_an_all_green_table_too():
    green, red = "#00b050", "#ff0000"
    def rated(rows: list[tuple[str, str, str]], page: int, index: int) -> Table:
        out = [Row(cells=[Cell("Milestone", 0), Cell("Due date", 1), Cell("Status", 2), Cell("Owner", 3)],
                   page=page, line=1)]
        out += [Row(cells=[Cell(t, 0), Cell("June 2025", 1), Cell(s, 2, fill=f), Cell("Ann Lee", 3)], page=page,
                    line=k + 2) for k, (t, s, f) in enumerate(rows)]
        return Table(rows=out, page=page, index=index)
    doc = RawDocument(path="t.pdf", name="t.pdf", format="pdf", blocks=[
        rated([("Open the hub", "Complete", green), ("Agree the assessment", "On track", green)], 1, 1),
        rated([("Launch the campaign", "Delayed", red), ("Pay the retention bonus", "On track", green)], 2, 2)])
    assert [a.rag for a in normalise(doc).actions] == ["green", "green", "red", "green"]


def test_a_row_above_the_headings_repeated_after_a_page_break_is_data_not_a_banner():
    """Under 'Theme 1: …' (an area with a number), a row ending in a person's name right above the
    heading row that a page break repeated is the last action of the page, not a lost banner."""
    head = ["Milestone", "Due date", "Status", "Owner"]
    rows = [Row(cells=[Cell(t, k) for k, t in enumerate(r)], page=1 if n < 3 else 2, line=n + 1,
                repeated_header=n == 3)
            for n, r in enumerate([head, ["Launch the campaign", "Apr-24", "Delayed", "Rob Kessler"],
                                   ["Open the academy", "Sep-24", "Completed", "Claire Dunmore"], head,
                                   ["Reduce agency staff", "Nov 2024", "Planned", "Nadia Osei"]])]
    doc = RawDocument(path="t.pdf", name="t.pdf", format="pdf", pages=2, blocks=[
        Paragraph(text="Theme 1: Workforce stability", page=1, line=1, heading=True),
        Table(rows=rows, page=1, index=1)])
    result = normalise(doc)
    assert [(a.area, a.action) for a in result.actions] == [
        ("Workforce stability", "Launch the campaign"), ("Workforce stability", "Open the academy"),
        ("Workforce stability", "Reduce agency staff")]


def test_a_banner_that_lost_its_label_above_repeated_headings_is_still_a_banner():
    """The same place in a plan of banners: a title and its lead's name (no date under 'Due date',
    no status under 'Status') above the repeated heading row is the next area."""
    head = ["Action", "Due date", "Status", "Lead"]
    rows = [Row(cells=[Cell(t, k) for k, t in enumerate(r) if t], page=1 if n < 2 else 2, line=n + 1,
                repeated_header=n == 3)
            for n, r in enumerate([head, ["Launch the campaign", "Apr-24", "Delayed", "Rob Kessler"],
                                   ["Improve the quality of assessments", "", "", "Joy Howick"], head,
                                   ["Agree the audit framework", "Nov 2024", "Planned", "Nadia Osei"]])]
    doc = RawDocument(path="t.pdf", name="t.pdf", format="pdf", pages=2, blocks=[
        Paragraph(text="Area for improvement 1: Workforce stability", page=1, line=1),
        Table(rows=rows, page=1, index=1)])
    result = normalise(doc)
    assert [(a.area_ref, a.area, a.area_lead, a.action) for a in result.actions] == [
        ("1", "Workforce stability", "", "Launch the campaign"),
        ("2", "Improve the quality of assessments", "Joy Howick", "Agree the audit framework")]


def test_rows_shaded_across_in_bands_rate_nothing():
    """Alternate rows shaded grey (a grey that is nearest Office blue) over the whole row, under a
    'RAG status' of status words (one colour would do there): no RAG is read from banding."""
    band = "#ccd2d8"
    rows = [Row(cells=[Cell("Action", 0), Cell("RAG status", 1), Cell("Lead", 2)], page=1, line=1)]
    rows += [Row(cells=[Cell(f"Review the policy on item {k}", 0, fill=band if k % 2 else None),
                        Cell("On track", 1, fill=band if k % 2 else None),
                        Cell("Ann Lee", 2, fill=band if k % 2 else None)], page=1, line=k + 2) for k in range(4)]
    doc = RawDocument(path="t.pdf", name="t.pdf", format="pdf", blocks=[Table(rows=rows, page=1, index=1)])
    result = normalise(doc)
    assert result.actions and not any(a.rag for a in result.actions)
    assert not any("RAG ratings by their colour" in w for w in result.warnings)


def test_a_large_title_cut_at_its_own_word_spaces_and_the_note_beside_it_are_two_lines():
    # the line's segments were cut at gaps measured in the note's small type: the title's own word
    # spaces (wide in 44pt) cut it into words; the words in one size a word space apart join again
    line = _line([[("Shared", 40, 44.0)], [("Services", 40 + 8 * 6 + 12, 44.0)],
                  [("Initiatives", 40 + 8 * 14 + 24, 44.0)], [("therefore", 760, 12.0), ("not", 840, 12.0)]])
    parts = split_by_size(line)
    assert parts is not None and [p.text for p in parts] == ["Shared Services Initiatives", "therefore not"]
    assert [p.size for p in parts] == [44.0, 12.0]
    # words of one size set far apart (a table's heading cells) are no title: no split
    row = _line([[("Initiative", 40, 14.0)], [("Milestones", 400, 14.0)], [("Spend", 800, 14.0)]])
    assert split_by_size(row) is None


def test_a_second_numbered_table_under_a_slide_title_keeps_its_area():
    # each initiative a small table of its own, numbered through the deck, its milestones a row each
    def initiative(no: str, text: str, page: int) -> Table:
        head = Row([Cell("No.", 0), Cell("Initiative Description", 1), Cell("Key Milestones", 2, colspan=2),
                    Cell("Targeted Spend", 4)], page=page, line=1)
        # the number printed again on each of its milestones' rows (so the column numbers the group)
        rows = [Row([Cell(no, 0), Cell(text, 1), Cell("Q1", 2),
                     Cell("Draft the approach and agree it with partners.", 3), Cell("", 4)], page=page, line=2),
                Row([Cell(no, 0), Cell("", 1), Cell("Q2", 2),
                     Cell("Report progress to the board.", 3), Cell("", 4)], page=page, line=3)]
        return Table(rows=[head, *rows], page=page, index=0)
    doc = deck([
        body("Category plan 2026", 1, 40, 28.0),
        title("Shared Services Initiatives", 2),
        initiative("1", "Agree the shared contract with partners", 2),
        title("Contract Initiatives", 3),
        initiative("2", "Refine the method for counting savings", 3),
        initiative("3", "Promote the shared contract to other teams", 3),
        title("Contract Initiatives", 4),  # the slide goes on under the same title
        initiative("4", "Report the savings of the shared contract", 4),
        title("Small Business Initiatives", 5),
        initiative("5", "Hold a webinar series for small suppliers", 5),
    ], 5)
    got = [a.area for a in normalise(doc).actions]
    assert got == ["Shared Services Initiatives"] + ["Contract Initiatives"] * 3 + ["Small Business Initiatives"]
