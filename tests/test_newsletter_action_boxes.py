"""Newsletters whose articles each end with an action box ('ACTION' / the sentence / 'Who: …' /
'By when: …'), and review logs in laid-out text whose column headings stand apart from their rows
above a rule and the banners that group them. Synthetic documents of the real shapes:

- a heading per article over its prose and its box (normalise/headplans.py): the sentence under the
  'ACTION' word is the action, not the article's title;
- the box as a one-cell table (a Word newsletter: normalise/minutes.py labelled_tail): the lines
  labelling who and by when under the sentence are its lead and due date, not words of the action;
- a scan whose speck before a label reads as a dash ('-By when: …', normalise/labelforms.py);
- a laid-out review log (extract/layouttext.py heading_set_apart)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import planx
from planx.extract.layouttext import parse_layout
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.minutes import actions_of_value, labelled_tail

STORIES = [
    ("Faster hospital discharge", "Wards told us that people wait too long for a care package.",
     "Agree a seven day discharge rota with the hospital trust and publish weekly waiting figures",
     "Head of Hospital Social Work", "March 2026"),
    ("Carers' voices", "The carers' forum met four times and asked for clearer information on respite.",
     "Rewrite the respite guide with the carers' forum and share it through GP surgeries",
     "Carers Lead", "end of May 2026"),
    ("Safeguarding training", "Attendance at refresher courses fell over the summer.",
     "Run monthly refresher sessions and report attendance to the safeguarding board each quarter",
     "Principal Social Worker", "30/09/2026"),
]
EXPECTED = [(action, lead, due) for _, _, action, lead, due in STORIES]


def _convert(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(str(path))


def test_the_sentence_under_an_action_box_s_word_is_the_action_not_the_article_s_title(tmp_path):
    body = "".join(f"<h2>{title}</h2><p>{prose}</p><p>ACTION</p><p>{action}</p><p>Who: {lead}</p>"
                   f"<p>By when: {due}</p>" for title, prose, action, lead, due in STORIES)
    page = (f"<html><body><h1>Team Update</h1><p>Adult services newsletter, Autumn 2025</p>{body}"
            "<h2>Dates for your diary</h2><p>Staff conference – 4 February 2026, Civic Centre</p>"
            "<p>Awards evening – 19 March 2026</p></body></html>")
    result = _convert(tmp_path, "update.html", page)
    assert [(a.action, a.lead, a.due_raw) for a in result.actions] == EXPECTED


def test_lines_labelling_who_and_by_when_under_the_sentence_are_its_fields():
    value = "\nRun monthly refresher sessions\nWho: Principal Social Worker\nBy when: 30/09/2026"
    assert labelled_tail(value) == ("\nRun monthly refresher sessions",
                                    {"lead": "Principal Social Worker", "due": "30/09/2026"})
    [point] = actions_of_value("ACTION", value)
    assert (point.action, point.lead, point.due) == (
        "Run monthly refresher sessions", "Principal Social Worker", "30/09/2026")


def test_a_value_whose_last_line_labels_no_owner_or_date_keeps_its_lines():
    value = "Review the policy\nNotes: discussed at length"
    assert labelled_tail(value) == (value, {})
    assert labelled_tail("Who: Carers Lead") == ("Who: Carers Lead", {})  # (nothing above the label)


def test_one_cell_action_boxes_between_articles_give_their_fields():
    blocks: list[Paragraph | Table] = [Paragraph("Team Update", 1, 1)]
    for title, prose, action, lead, due in STORIES:
        blocks += [Paragraph(title, 1, len(blocks) + 1), Paragraph(prose, 1, len(blocks) + 2),
                   Table(rows=[Row([Cell(f"ACTION\n{action}\nWho: {lead}\nBy when: {due}", 0)], 1, 0)],
                         page=1, index=len(blocks))]
    result = normalise(RawDocument(path="", name="update.docx", format="docx", blocks=blocks))
    assert [(a.action, a.lead, a.due_raw) for a in result.actions] == EXPECTED


def test_a_speck_glued_before_a_label_the_document_prints_elsewhere_is_read_past():
    # (a scan: the titles headings of no rank, the box's word in bold, as OCR sets them out)
    blocks = [Paragraph("Team Update", 1, 1, heading=True, bold=True)]
    for k, (title, prose, action, lead, due) in enumerate(STORIES):
        blocks += [Paragraph(title, 1, 0, heading=True, bold=True), Paragraph(prose, 1, 0),
                   Paragraph("ACTION", 1, 0, bold=True), Paragraph(action, 1, 0), Paragraph(f"Who: {lead}", 1, 0),
                   Paragraph(f"{'-' if k == 1 else ''}By when: {due}", 1, 0)]
    result = normalise(RawDocument(path="", name="update.pdf", format="pdf", blocks=blocks))
    assert [(a.action, a.lead, a.due_raw) for a in result.actions] == EXPECTED


LOG = [
    "YOUTH SERVICE IMPROVEMENT PLAN: BOARD REVIEW LOG",
    "",
    "Ref  Action                                        Owner                 Due date     Status      Board note             RAG",  # noqa: E501
    "===========================================================================================================================",  # noqa: E501
    "",
    ">> Reviewed at Youth Board 12/03/2026",
    "",
    "1    Open two evening drop-in sessions for young   Youth Service         end of       Complete    Agreed and closed.     G",  # noqa: E501
    "     people in the northern wards                  Manager               June 2026",
    "",
    "2    Recruit four detached youth workers and       Head of Youth         Sep-26       Delayed     Recruitment paused.    A",  # noqa: E501
    "     train them in contextual safeguarding         Services",
    "",
    "4    Map the youth clubs run by voluntary groups   Partnerships          Oct-26       On track    On schedule.           G",  # noqa: E501
    "     and publish the map on the council website    Officer",
    "",
    "",
    ">> Reviewed at Youth Board 10/12/2025",
    "",
    "3    Publish a youth offer directory online with   Communications        end of       On track    On schedule.           G",  # noqa: E501
    "     the youth council's help                      Manager               May 2026",
    "",
    "5    Survey young people about opening hours and   Youth Service         Jul-26       Complete    Agreed and closed.     G",  # noqa: E501
    "     report the results to the board               Manager",
]


def test_a_heading_line_set_apart_by_a_rule_and_banners_heads_the_rows_below():
    doc = parse_layout(LOG)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    rows = [[c.text for c in r.cells] for r in tables[0].rows]
    assert rows[0] == ["Ref", "Action", "Owner", "Due date", "Status", "Board note", "RAG"]
    banners = [r[0] for r in rows if len(r) == 1]
    assert banners == ["Reviewed at Youth Board 12/03/2026", "Reviewed at Youth Board 10/12/2025"]
    assert not any(isinstance(b, Paragraph) and b.text.startswith("Ref ") for b in doc.blocks)


def test_a_review_log_s_board_notes_and_ratings_are_read_under_their_headings(tmp_path):
    result = _convert(tmp_path, "log.txt", "\n".join(LOG) + "\n")
    got = [(a.ref, a.status_raw, a.progress, a.rag_raw, a.area) for a in result.actions]
    assert got == [("1", "Complete", "Agreed and closed.", "G", "Reviewed at Youth Board 12/03/2026"),
                   ("2", "Delayed", "Recruitment paused.", "A", "Reviewed at Youth Board 12/03/2026"),
                   ("4", "On track", "On schedule.", "G", "Reviewed at Youth Board 12/03/2026"),
                   ("3", "On track", "On schedule.", "G", "Reviewed at Youth Board 10/12/2025"),
                   ("5", "Complete", "Agreed and closed.", "G", "Reviewed at Youth Board 10/12/2025")]


def test_a_line_of_words_whose_parts_stand_off_the_columns_heads_nothing():
    shifted = list(LOG)
    shifted[2] = "Ref   Action   Owner   Due date   Status   Board note   RAG"
    doc = parse_layout(shifted)
    assert any(isinstance(b, Paragraph) and b.text.startswith("Ref ") for b in doc.blocks)
