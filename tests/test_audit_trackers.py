"""Internal audit recommendation trackers and CQC must-do / should-do action plans.

A council's audit tracker prints, under a banner row per audit ('Payroll 2025/26 (Limited
assurance)'), one recommendation a row: its number, the finding, the recommendation (an
instruction), its priority, the management response ('Agreed.'), the officer, the date (often
revised) and the status. A trust's CQC plan prints, under a banner per core service ('Core service:
Surgery', 'SERVICE - Maternity'), the requirement and the actions it will take. Rule by rule:
choose.action_among_prose (a column read as the area by its heading that changes row by row is
the action when the weakly headed action commits to nothing), area_titles.area_title (the label
naming the kind of unit before its name), structure.Walker.theme_row_cut_off (a theme row a page
break left outside its table), and pdfborderless.split_at_edges (a sentence over a table of
layout text is not cut at the columns its words meet by chance)."""
from __future__ import annotations

from pathlib import Path

from conftest import convert_text

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.area_titles import area_title
from planx.normalise.choose import action_among_prose
from planx.normalise.columns import columns_of
from planx.normalise.headers import Column

HEAD = ["Rec no", "Finding", "Recommendation", "Priority", "Management response", "Officer", "Date", "Status"]
AUDITS = {
    "Payroll 2025/26 (Limited assurance)": [
        ("1.1", "Starters were paid before contracts were signed.",
         "Ensure no starter is set up on payroll until a signed contract is received", "High", "Agreed.",
         "Head of HR", "31/03/2026", "Overdue"),
        ("1.2", "Overtime claims were not always authorised.",
         "Introduce electronic authorisation of all overtime claims", "Medium",
         "Partly agreed: resources limited this year.", "Payroll Manager", "June 2026", "In progress")],
    "Fleet management (Reasonable assurance)": [
        ("2.1", "Vehicle checks were not recorded.", "Introduce a daily vehicle check app for all drivers", "Low",
         "Agreed - procedure notes will be updated.", "Fleet Manager", "Q2 2026/27", "Not started"),
        ("2.2", "Fuel card use was not monitored.", "Review fuel card transactions against mileage each quarter",
         "Low", "Agreed.", "Fleet Manager", "30/09/2026", "Complete")]}


def _columns(*cols: tuple[str, str, float]) -> list[Column]:
    return [Column(k, 1, field, label, score=score, basis="heading") for k, (label, field, score) in enumerate(cols)]


def _choose(rows: list[list[str]], cols: list[Column]):  # type: ignore[no-untyped-def]
    profiles = columns_of([[(k, t, None) for k, t in enumerate(row)] for row in rows])
    texts = {k: [row[k] for row in rows] for k in range(len(cols))}
    return action_among_prose(cols, profiles, texts)


TRACKER_COLUMNS = (("Rec no", "area_ref", 100.0), ("Finding", "", 0.0), ("Recommendation", "area", 100.0),
                   ("Management response", "action", 60.0), ("Officer", "lead", 70.0), ("Date", "due", 95.0))


def test_a_recommendation_a_row_beside_responses_that_commit_to_nothing_is_the_action():
    rows = [[r[0], r[1], r[2], r[4], r[5], r[6]] for recs in AUDITS.values() for r in recs]
    choice, _ = _choose(rows, _columns(*TRACKER_COLUMNS))
    assert choice is not None and choice.fields == {2: "action", 3: ""}
    assert "'Recommendation' taken as the action" in choice.why


def test_a_recommendation_printed_once_over_its_actions_stays_their_area():
    """An inspection plan's 'Recommendation' groups the rows answering it (printed again on each, as an
    export does): the area, however its response column reads."""
    rec = "Improve the consistency of the quality of teaching across the school"
    rows = [["1", "Teaching was inconsistent.", rec, "Agreed.", "Head teacher", "July 2026"],
            ["2", "Marking varied.", rec, "Agreed.", "Deputy head", "July 2026"],
            ["3", "Planning was weak.", rec, "Agreed.", "Phase leads", "May 2026"]]
    assert _choose(rows, _columns(*TRACKER_COLUMNS))[0] is None


def test_a_management_response_that_commits_stays_the_action():
    rows = [["1.1", "Contracts were not signed.", "Ensure every contract is signed before work starts",
             "Agreed. We will scan all signed contracts into the register", "Head of Legal", "30/09/2026"],
            ["1.2", "Budgets were not reviewed.", "Confirm the monthly review of every budget",
             "Agreed. Finance will introduce a monthly sign-off", "Finance Manager", "31/10/2026"],
            ["1.3", "Leavers kept access.", "Remove leavers' access on their last day",
             "Agreed. HR will send ICT a weekly leavers list", "Head of HR", "31/12/2026"]]
    assert _choose(rows, _columns(*TRACKER_COLUMNS))[0] is None


def _tracker_table() -> Table:
    rows = [Row([Cell(t, k) for k, t in enumerate(HEAD)], page=1, line=1)]
    for banner, recs in AUDITS.items():
        rows.append(Row([Cell(banner, 0, colspan=len(HEAD))], page=1, line=len(rows) + 1))
        rows += [Row([Cell(t, k) for k, t in enumerate(r)], page=1, line=len(rows) + 1) for r in recs]
    return Table(rows, page=1, index=1)


def test_an_audit_tracker_under_audit_banners_gives_its_recommendations_as_actions():
    result = normalise(RawDocument(path="", name="tracker.docx", format="docx", blocks=[_tracker_table()]))
    want = [(banner, r[2], r[5], r[6]) for banner, recs in AUDITS.items() for r in recs]
    assert [(a.area, a.action, a.lead, a.due_raw) for a in result.actions] == want


def test_the_label_naming_the_kind_of_unit_is_no_part_of_the_area():
    assert area_title("Core service: Surgery") == "Surgery"
    assert area_title("SERVICE - Maternity") == "Maternity"
    assert area_title("SERVICE – Urgent and emergency care") == "Urgent and emergency care"
    assert area_title("Directorate: Resources") == "Resources"
    # the word inside a title, or run into another word, is the title's own
    assert area_title("Service improvement and redesign") == "Service improvement and redesign"
    assert area_title("Service-user engagement") == "Service-user engagement"
    assert area_title("Services for children") == "Services for children"
    # the label of what a banner's rows answer ('Ofsted recommendation: …' over a post-inspection plan's
    # actions): the recommendation's words are the area
    assert area_title("Ofsted recommendation: Pathway plans for care leavers") == "Pathway plans for care leavers"
    assert area_title("Recommendation: Improve the quality of plans") == "Improve the quality of plans"
    assert area_title("Recommendations made by Ofsted") == "Recommendations made by Ofsted"


def test_a_service_banner_row_across_the_table_names_the_area_without_its_label():
    head = ["Ref", "Requirement", "Action(s) we will take", "Executive lead", "Completion date", "Status"]
    body = [("SERVICE - Surgery", [("MD1", "The trust must ensure the WHO checklist is completed",
                                    "Observe ten checklist briefings per theatre each month", "Medical Director",
                                    "June 2026", "On track")]),
            ("SERVICE - Maternity", [("MD2", "The trust must ensure CTG reviews are hourly",
                                      "Roll out the hourly CTG review sticker", "Director of Midwifery",
                                      "July 2026", "In progress")])]
    rows = [Row([Cell(t, k) for k, t in enumerate(head)], page=1, line=1)]
    for banner, recs in body:
        rows.append(Row([Cell(banner, 0, colspan=len(head))], page=1, line=len(rows) + 1))
        rows += [Row([Cell(t, k) for k, t in enumerate(r)], page=1, line=len(rows) + 1) for r in recs]
    result = normalise(RawDocument(path="", name="cqc.docx", format="docx", blocks=[Table(rows, page=1, index=1)]))
    assert [(a.area, a.action) for a in result.actions] == [("Surgery", body[0][1][0][2]),
                                                            ("Maternity", body[1][1][0][2])]


# ---- layout text (pdftotext -layout) -------------------------------------------------------------

WIDTHS = [8, 31, 46, 22, 16, 14]  # characters each column takes, its gutter included
CQC_HEAD = ["Ref", "Must do / should do", "Action(s) we will take", "Executive lead", "Completion", "Status"]


def _laid(cells: list[str]) -> str:
    return "".join(t.ljust(w) for t, w in zip(cells, WIDTHS, strict=True)).rstrip()


def _cqc_rows() -> list[tuple[str, list[tuple[str, ...]]]]:
    return [
        ("Core service: Medical care", [
            ("MD1", "Medicines must be stored", "Install remote fridge monitoring", "Chief Nurse", "May 2026",
             "On track"),
            ("SD1", "Capacity assessments", "Launch a capacity assessment template", "Medical Director",
             "June 2026", "Underway"),
            ("SD2", "Discharge summaries", "Set up a daily discharge backlog report", "Chief Nurse", "July 2026",
             "Complete")]),
        ("Core service: Surgery", [
            ("MD2", "Checklist completion", "Observe ten checklist briefings a month", "Medical Director",
             "March 2027", "Not started"),
            ("SD3", "Cancelled operations", "Introduce a pre-operative call", "Chief Nurse", "April 2027",
             "On track")])]


def test_a_sentence_over_a_table_of_layout_text_stays_out_of_its_headings(tmp_path: Path):
    """The plan's opening sentence, printed right over the heading row, whose words happen to start
    where two of the table's columns start: running text (one space between its words), not cells run
    together: it stays a paragraph and the headings stay the table's own."""
    starts = [sum(WIDTHS[:k]) for k in range(len(WIDTHS))]
    line = ("Following the inspection the trust was told it must take the actions below to comply with its "
            "legal duties and should take further actions to improve the care it gives.")
    assert all(line[q - 1] == " " and line[q] != " " for q in starts[2:])  # a word at each later column's start
    text = ["Riverside NHS Trust: Response to the CQC report", line, _laid(CQC_HEAD), ""]
    for banner, recs in _cqc_rows():
        text += [banner, ""]
        for r in recs:
            text += [_laid(list(r)), ""]
    result = convert_text(tmp_path, "plan.txt", "\n".join(text) + "\n")
    assert [a.action for a in result.actions] == [r[2] for _, recs in _cqc_rows() for r in recs]
    assert [a.lead for a in result.actions] == [r[3] for _, recs in _cqc_rows() for r in recs]
    assert not any("Following" in w for w in result.warnings)
    assert [(lo.text, lo.table) for lo in result.leftovers if "Following" in lo.text] == [(line, 0)]


def test_a_theme_row_left_at_the_foot_of_a_page_names_the_area_of_the_rows_over_the_page(tmp_path: Path):
    """A borderless table broken by the page: its last theme row printed at the page's foot, the
    heading row printed again at the top of the next. The line is the theme row of the rows below."""
    (first, recs1), (second, recs2) = _cqc_rows()
    text = ["Riverside NHS Trust: CQC action plan", "The actions below answer the inspection report.",
            _laid(CQC_HEAD), "", first, ""]
    for r in recs1:
        text += [_laid(list(r)), ""]
    text += [second, "\f" + _laid(CQC_HEAD), ""]
    for r in recs2:
        text += [_laid(list(r)), ""]
    result = convert_text(tmp_path, "plan.txt", "\n".join(text) + "\n")
    assert [(a.area, a.action) for a in result.actions] == \
        [("Medical care", r[2]) for r in recs1] + [("Surgery", r[2]) for r in recs2]
    assert any("a theme row of the table, printed outside it at a page break" in w for w in result.warnings)
