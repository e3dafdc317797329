"""A question asked as a line's label names its field however long ('What will be different for
pupils and their carers: …' under an area's heading: the area's outcome); a page's one <h1>
outranks its <title>; a slide's title printed as a sentence with its full stop is still the title."""
from __future__ import annotations

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.tableforms import labelled_line
from planx.normalise.title import pick_title


def test_a_long_question_label_names_its_field() -> None:
    assert labelled_line("What will be different for pupils and their carers: Pupils attend more often") == (
        "outcome", "Pupils attend more often")
    assert labelled_line("How will we know that we have got there: Attendance data each term") == (
        "measure", "Attendance data each term")
    # near miss: a long label that asks nothing is a sentence's opening, no field's label
    assert labelled_line("The difference it will make for pupils and their carers: more attend") is None


def _area(ref: int, title: str, outcome: str, actions: list[str], line: int) -> list[Paragraph | Table]:
    rows = [Row([Cell("What we will do", 0), Cell("Who", 1), Cell("By when", 2)], 1, line + 2)]
    rows += [Row([Cell(a, 0), Cell("Head of Service", 1), Cell("March 2026", 2)], 1, line + 3 + k)
             for k, a in enumerate(actions)]
    return [Paragraph(f"Area for improvement {ref}: {title}", 1, line, heading=True, bold=True),
            Paragraph(f"What will be different for pupils and their carers: {outcome}", 1, line + 1),
            Table(rows, page=1, index=ref)]


def test_an_asked_outcome_under_an_area_heading_is_the_outcome_of_its_actions() -> None:
    blocks = _area(1, "Timely assessments", "Assessments are finished within the statutory time",
                   ["Recruit two assessment officers", "Review the assessment panel's terms"], 10)
    blocks += _area(2, "Transition to adulthood", "Young people move to adult services with a plan",
                    ["Publish a transition protocol"], 40)
    result = normalise(RawDocument(path="", name="wsoa.pdf", format="pdf", blocks=blocks))
    assert [(a.area_ref, a.outcome) for a in result.actions] == [
        ("1", "Assessments are finished within the statutory time"),
        ("1", "Assessments are finished within the statutory time"),
        ("2", "Young people move to adult services with a plan")]


def test_a_pages_one_h1_outranks_its_tab_title() -> None:
    lines = [Paragraph("Short breaks – support for families", 1, 0, heading=True),
             Paragraph("Short Breaks Offer: providers list", 1, 1, heading=True, rank=1),
             Paragraph("This page lists the providers of short breaks.", 1, 2)]
    assert pick_title(lines)[0] == "Short Breaks Offer: providers list"
    # near miss: an <h1> of a word or two ('Minutes') does not outrank a <title> that names the page
    lines = [Paragraph("Parish council minutes for March", 1, 0, heading=True),
             Paragraph("Minutes", 1, 1, heading=True, rank=1)]
    assert pick_title(lines)[0] == "Parish council minutes for March"


def test_a_slide_title_printed_as_a_sentence_is_the_title() -> None:
    lines = [Paragraph("Making discharge letters safer - what the audit found.", 1, 130, size=32.0, bold=True),
             Paragraph("A talk by the regional pharmacy team", 1, 320, size=24.0),
             Paragraph("Why it matters", 2, 80, size=24.0), Paragraph("Errors at transfer of care", 2, 120, size=24.0),
             Paragraph("Letters lack the dose", 2, 160, size=24.0)]
    assert pick_title(lines)[0] == "Making discharge letters safer - what the audit found."
    # near miss: a sentence in the text's own size is no title, nor are two sentences in large type
    lines[0] = Paragraph("Making discharge letters safer. The audit found gaps.", 1, 130, size=32.0, bold=True)
    assert pick_title(lines)[0] != lines[0].text
    lines[0] = Paragraph("Making discharge letters safer - what the audit found.", 1, 130, size=24.0)
    assert pick_title(lines)[0] != lines[0].text


def _update_rows(last_update: bool) -> list[Paragraph | Table]:
    rows = [Row([Cell("Ref", 0), Cell("Action", 1), Cell("Lead", 2), Cell("Target date", 3), Cell("Status", 4)], 1, 1)]
    plan = [("K1", "Map the referral routes into the hub", "Dana Okoro", "May 2025", "Sort the routes by need"),
            ("K2", "Train reception staff in triage", "Ivo Marsh", "June 2025", "Two sessions held"),
            ("K3", "Publish the hub's opening hours", "Rui Dias", "July 2025", "Hours agreed with partners")]
    line = 2
    for k, (ref, action, lead, due, update) in enumerate(plan):
        rows.append(Row([Cell(ref, 0), Cell(action, 1), Cell(lead, 2), Cell(due, 3), Cell("In progress", 4)], 1, line))
        if k < len(plan) - 1:
            rows.append(Row([Cell(f"Update: {update}", 0, colspan=5)], 1, line + 1))
        line += 2
    blocks: list[Paragraph | Table] = [Paragraph("Family Hub Plan – progress update", 1, 0, heading=True),
                                       Table(rows, page=1, index=1)]
    if last_update:
        blocks.append(Paragraph(f"Update: {plan[-1][4]}", 1, line))
    return blocks + [Paragraph("Status key: in progress, complete, not started", 1, line + 1)]


def test_the_last_actions_labelled_row_left_under_its_table_is_its_own() -> None:
    result = normalise(RawDocument(path="", name="hub.pdf", format="pdf", blocks=_update_rows(True)))
    assert [a.progress for a in result.actions] == [
        "Sort the routes by need", "Two sessions held", "Hours agreed with partners"]
    # near miss: a table whose rows carry no such line leaves a labelled line under it alone
    plain = _update_rows(True)
    table = plain[1]
    assert isinstance(table, Table)
    plain[1] = Table([r for r in table.rows if len(r.cells) > 1], page=1, index=1)
    result = normalise(RawDocument(path="", name="hub.pdf", format="pdf", blocks=plain))
    assert [a.progress for a in result.actions] == ["", "", ""]
    assert any("Hours agreed with partners" in lo.text for lo in result.leftovers)
