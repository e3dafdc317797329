"""Status and owners from what the document itself declares (history42):

- an update history in a progress cell, no status column: the LATEST entry's status word is the status
  (normalise/histories.py; an earlier entry's 'closed' never wins; a status column still wins);
- an action log's word codes explained by a key printed in the document ('Key: C = Complete, CF =
  Carried forward, O = Open, S = Superseded', 'Closed – action complete'): normalise/doccodes.py;
- owners stacked in one cell of a minutes tracker beside as many action lines: normalise/parallel_lists.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

import planx
from planx.extract.model import Paragraph, RawDocument
from planx.normalise.doccodes import printed_codes, status_by_key, words_key
from planx.normalise.histories import entry_status, history_entries, history_status
from planx.normalise.parallel_lists import parallel_items

# ---- update histories ---------------------------------------------------------------------------

HISTORIES = [
    ("12/01/24: letter sent. 03/03/24: reply received – Action closed.", "complete", "Action closed"),
    ("Update Feb: draft circulated to managers. Update Apr: complete", "complete", "complete"),
    ("05/02/24: advert closed, 14 applicants. 20/03/24: interviews held, one appointment – ongoing.",
     "ongoing", "ongoing"),
    ("Jan 24: consultation closed. Mar 24: drafting under way – carried forward to 2024/25.",
     "ongoing", "carried forward to 2024/25"),
    ("May 2024: first draft. June 2024: approved by Board. July 2024: published – Done.", "complete", "Done"),
    ("Feb 2024: audit scheduled.\nApril 2024: audit completed, report to follow – Completed.", "complete",
     "Completed"),
    ("Update Feb:\nIn progress – draft with legal.\nUpdate Apr:\nClosed", "complete", "Closed"),
    ("3rd March 2024: Complete - delayed by a week. 10 May 2024: In progress: reopened after audit",
     "in_progress", "In progress"),
]


@pytest.mark.parametrize(("text", "status", "phrase"), HISTORIES)
def test_the_latest_entry_of_an_update_history_gives_the_status(text: str, status: str, phrase: str) -> None:
    found = history_status(text)
    assert found is not None and found[:2] == (status, phrase)


@pytest.mark.parametrize("text", [
    # 'closed' about something else in an earlier entry; the latest declares no status
    "10/01/24: consultation closed with 300 responses. 15/02/24: options being drafted for Cabinet.",
    "Update Feb: previous action closed. Update Apr: officers meeting tenants in May.",
    "Jan 2024: Complete. March 2024: new concerns raised by the regulator, review reopened.",
])
def test_an_earlier_entrys_status_word_never_speaks_for_the_latest(text: str) -> None:
    found = history_status(text)
    assert found is not None and found[0] == ""


@pytest.mark.parametrize("text", [
    "Work closed in March after the review. The board agreed the report.",  # no dated entries
    "12/01/24: letter sent – Action closed.",  # one entry: no history (update_status reads it as before)
    "The letter was sent. 03/03/24: reply received – Action closed.",  # the cell does not open with an entry
])
def test_a_cell_that_is_no_history_is_not_read_as_one(text: str) -> None:
    assert history_status(text) is None


def test_entries_and_closing_phrases() -> None:
    assert [label for label, _ in history_entries("Q1 24/25: scoped. Q2 24/25: on hold - funding")] == \
        ["Q1 24/25", "Q2 24/25"]
    assert entry_status("reply received – Action closed.") == ("complete", "Action closed")
    # a long closing clause is a sentence, no status
    assert entry_status("reply received – the team has closed the old office in town") is None


def _docx(path: Path, header: list[str], rows: list[list[str]], before: list[str] = (), after: list[str] = ()) -> Path:
    d = Document()
    d.add_heading("Improvement Action Plan 2024", 1)
    for p in before:
        d.add_paragraph(p)
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    for p in after:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def _pdf(path: Path, header: list[str], rows: list[list[str]], before: list[str] = ()) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph as P
    from reportlab.platypus import SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as T
    ss = getSampleStyleSheet()
    data = [[P(h, ss["BodyText"]) for h in header]] + \
        [[P(v.replace("\n", "<br/>"), ss["BodyText"]) for v in r] for r in rows]
    width = landscape(A4)[0] - 140
    t = T(data, colWidths=[60] + [width / (len(header) - 1)] * (len(header) - 1))
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [P("Improvement Action Plan 2024", ss["Heading1"])] + [P(p, ss["BodyText"]) for p in before]
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([*story, Spacer(1, 8), t])
    return path


PLAN_HEAD = ["Ref", "Action", "Lead", "Due", "Progress"]
PLAN_ROWS = [
    ["1", "Write to the Trust about discharge delays", "Chief Officer", "March 2024",
     "12/01/24: letter sent. 03/03/24: reply received – Action closed."],
    ["2", "Review the complaints procedure", "Head of Quality", "June 2024",
     "Update Feb: draft circulated to managers. Update Apr: complete"],
    ["3", "Refresh the carers strategy", "Strategy Lead", "December 2024",
     "Jan 24: consultation closed. Mar 24: drafting under way – carried forward to 2024/25."],
    ["4", "Consult on library opening hours", "Libraries Manager", "March 2024",
     "10/01/24: consultation closed with 300 responses. 15/02/24: options being drafted for Cabinet."],
]
PLAN_STATUSES = ["complete", "complete", "ongoing", ""]


def _plan_txt(path: Path) -> Path:
    path.write_text("Improvement Action Plan 2024\n\n" + "\n".join("\t".join(r) for r in [PLAN_HEAD, *PLAN_ROWS])
                    + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("make", [
    lambda p: _docx(p / "plan.docx", PLAN_HEAD, PLAN_ROWS),
    lambda p: _pdf(p / "plan.pdf", PLAN_HEAD, PLAN_ROWS),
    lambda p: _plan_txt(p / "plan.txt"),
])
def test_a_plan_without_a_status_column_takes_each_historys_latest_status(tmp_path: Path, make) -> None:
    result = planx.convert_file(str(make(tmp_path)))
    assert [a.status for a in result.actions] == PLAN_STATUSES
    assert all(a.status_raw == "" for a in result.actions)
    # the whole history stays the progress: the later entry is not cut off as a labelled part
    assert result.actions[1].progress.endswith("Update Apr: complete")
    assert any("latest ('03/03/24') of the 2 entries of its update history" in w for w in result.warnings)


def test_a_status_column_wins_over_the_history(tmp_path: Path) -> None:
    rows = [["1", "Close the old day centre", "Service Manager", "March 2024",
             "Jan 24: consultation closed. Mar 24: moves complete.", "In progress"]]
    result = planx.convert_file(str(_docx(tmp_path / "plan.docx", [*PLAN_HEAD, "Status"], rows)))
    assert [(a.status_raw, a.status) for a in result.actions] == [("In progress", "in_progress")]


# ---- keys of word codes -------------------------------------------------------------------------

LOG_HEAD = ["No.", "Action", "Owner", "Target date", "Status"]
LOG_ROWS = [
    ["1", "Update the risk register", "JS", "31/03/2024", "C"],
    ["2", "Train staff on the new system", "AB", "30/06/2024", "CF"],
    ["3", "Agree the budget monitoring timetable", "KL", "30/04/2024", "O"],
    ["4", "Replace the legacy IT policy", "JS", "31/05/2024", "S"],
]
# 'Open' is no status planx's vocabulary reads: the code keeps its raw text, no status
LOG_STATUSES = [("C", "complete", ""), ("CF", "ongoing", ""), ("O", "", ""), ("S", "cancelled", "")]


@pytest.mark.parametrize(("key", "where"), [
    ("Key: C = Complete, CF = Carried forward, O = Open, S = Superseded", "before"),
    ("Status key: C – Complete; CF – Carried forward; O – Open; S – Superseded", "after"),
])
def test_an_action_logs_word_codes_take_the_meaning_its_key_prints(tmp_path: Path, key: str, where: str) -> None:
    path = _docx(tmp_path / "log.docx", LOG_HEAD, LOG_ROWS, **{where: [key]})
    result = planx.convert_file(str(path))
    # 'C' is a RAG letter too (BRAG 'complete'), but the key calls it a status: no colour
    assert [(a.status_raw, a.status, a.rag) for a in result.actions] == LOG_STATUSES
    assert any("status code(s) read by the document's own key" in w for w in result.warnings)


def test_word_codes_keyed_in_a_pdf(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "log.pdf", LOG_HEAD, LOG_ROWS,
                ["Key: C = Complete, CF = Carried forward, O = Open, S = Superseded"])
    result = planx.convert_file(str(path))
    assert [(a.status_raw, a.status, a.rag) for a in result.actions] == LOG_STATUSES


def test_a_key_of_word_codes_listed_a_line_under_its_title(tmp_path: Path) -> None:
    d = Document()
    d.add_heading("Board Action Log", 1)
    for line in ("Status key", "Closed – action complete", "Carried forward – to be reported at the next meeting",
                 "Open – action not yet started", "Superseded – replaced by a later action"):
        d.add_paragraph(line)
    t = d.add_table(rows=1, cols=3)
    for i, h in enumerate(["Action", "Owner", "Status"]):
        t.rows[0].cells[i].text = h
    for r in (["Report on sickness absence", "HR", "Closed"], ["Review the fees and charges", "Finance", "Open"],
              ["Bring the estates strategy to the Board", "Estates", "Carried forward"]):
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    d.save(str(tmp_path / "log.docx"))
    result = planx.convert_file(str(tmp_path / "log.docx"))
    assert [a.status for a in result.actions] == ["complete", "not_started", "ongoing"]
    assert any("'Open' = 'action not yet started'" in w for w in result.warnings)


def _lines(*texts: str) -> RawDocument:
    return RawDocument(path="x.md", name="x.md", format="md",
                       blocks=[Paragraph(text=t, page=1, line=k) for k, t in enumerate(texts)])


def test_word_code_pairs_a_line() -> None:
    codes = printed_codes(_lines("Carried forward = to be reported at the next meeting",
                                 "Closed = action complete"))
    assert codes == {"carried forward": "to be reported at the next meeting", "closed": "action complete"}
    # plain sentences with a dash, under no key's title, are no key
    assert printed_codes(_lines("Housing – we will build 100 homes", "Transport – new bus routes")) == {}


def test_a_key_of_rag_letters_is_no_key_of_word_codes(tmp_path: Path) -> None:
    words = {"c": "Complete", "cf": "Carried forward", "o": "Open", "s": "Superseded"}
    brag = {"b": "Complete", "g": "On track", "a": "Some risk", "r": "Off track"}
    colours = {"g": "Green (on track)", "a": "Amber", "r": "Red", "c": "Complete"}
    assert words_key(words) and not words_key(brag) and not words_key(colours)
    assert status_by_key("C", words, rated=False) == ("complete", "Complete")
    assert status_by_key("G", brag, rated=False) == ("", "")  # the status column's colour is the RAG
    # end to end: a key of RAG colours beside a status column of G / A / R gives RAG ratings, no status
    rows = [["1", "Update the risk register", "JS", "31/03/2024", "G"], ["2", "Train staff", "AB", "30/06/2024", "A"],
            ["3", "Agree the timetable", "KL", "30/04/2024", "R"]]
    for key in ("Key: G = Green (on track), A = Amber (some risk), R = Red (off track)",
                "Key: B = Complete, G = On track, A = Some risk, R = Off track"):
        result = planx.convert_file(str(_docx(tmp_path / "rag.docx", LOG_HEAD, rows, before=[key])))
        assert [(a.status, a.rag) for a in result.actions] == [("", "green"), ("", "amber"), ("", "red")]


# ---- owners stacked in a minutes tracker ----------------------------------------------------------

MINUTES_HEAD = ["Item", "Action", "Who", "By when"]
MINUTES_ROWS = [
    ["4.1", "Circulate the revised terms of reference\nArrange a workshop on the budget", "JS\nAB", "March 2024"],
    ["4.2", "Draft the newsletter", "KL", "April 2024"],
    ["5.1", "Invite the auditor to the next meeting\nUpdate the risk register\nReport back on staffing",
     "CD\nEF\nGH", "May 2024"],
]
MINUTES_READ = [("Circulate the revised terms of reference", "JS", "2024-03"),
                ("Arrange a workshop on the budget", "AB", "2024-03"), ("Draft the newsletter", "KL", "2024-04"),
                ("Invite the auditor to the next meeting", "CD", "2024-05"),
                ("Update the risk register", "EF", "2024-05"),
                ("Report back on staffing", "GH", "2024-05")]


@pytest.mark.parametrize("suffix", ["docx", "pdf"])
def test_owners_stacked_beside_as_many_actions_own_one_each(tmp_path: Path, suffix: str) -> None:
    make = _docx if suffix == "docx" else _pdf
    result = planx.convert_file(str(make(tmp_path / f"minutes.{suffix}", MINUTES_HEAD, MINUTES_ROWS)))
    assert [(a.action, a.lead) for a in result.actions] == [(act, who) for act, who, _ in MINUTES_READ]
    if suffix == "docx":  # (a PDF's lines may come apart as rows of their own, the date on the first only)
        assert [a.due_date[:7] for a in result.actions] == [due for _, _, due in MINUTES_READ]


def test_stacked_owners_split_only_when_the_counts_agree() -> None:
    assert parallel_items({"action": ["Circulate the terms of reference\nArrange a workshop"],
                           "lead": ["JS\nAB"], "due": ["March 2024"]}) == [
        {"action": "Circulate the terms of reference", "lead": "JS"},
        {"action": "Arrange a workshop", "lead": "AB"}]
    # three action lines, two owners: one action, both owners
    assert parallel_items({"action": ["Circulate the terms\nArrange a workshop\nBook the venue"],
                           "lead": ["JS\nAB"], "due": ["March 2024"]}) is None
    # a name wrapped over two lines is no pair of owners
    assert parallel_items({"action": ["Circulate the terms of reference\nArrange a workshop"],
                           "lead": ["Head of\nFinance"], "due": ["March 2024"]}) is None
    # the same initials twice: one owner, no list of owners
    assert parallel_items({"action": ["Circulate the terms of reference\nArrange a workshop"],
                           "lead": ["JS\nJS"], "due": ["March 2024"]}) is None
    # two dates beside one: no one date over both
    assert parallel_items({"action": ["Circulate the terms of reference\nArrange a workshop"],
                           "lead": ["JS\nAB"], "due": ["March 2024\nApril 2024\nMay 2024"]}) is None
