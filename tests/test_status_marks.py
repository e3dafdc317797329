"""Statuses given by a footnote-style mark after each action's text, explained by a key of marks
(normalise/statusmarks.py), and the count of actions a 'No.' column starts under lettered section
headings (walker_new_drafts.counts_on).

Shape, rebuilt as synthetic documents: a progress report with no status column, each action's text
closed by a mark ('… tenant portal *', superscript in Word) and a line 'Key to symbols: * completed;
† on track; ‡ slipped – revised date agreed; § not yet started' after the tables; 'Section A: …'
headings over tables numbered 1, 2 … straight through the plan.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document

import planx
from planx.extract.model import Paragraph, RawDocument
from planx.normalise.records import Action
from planx.normalise.statusmarks import mark_key, read_status_marks

KEY = "Key to symbols: * completed; † on track; ‡ slipped – revised date agreed; § not yet started"


def test_a_key_of_marks_reads_each_mark_as_its_meaning() -> None:
    assert mark_key(KEY) == {"*": "completed", "†": "on track", "‡": "slipped – revised date agreed",
                             "§": "not yet started"}
    assert mark_key("Key: ** done | †† in hand") == {"**": "done", "††": "in hand"}
    # a scan's text prints a mark as a letter or sign: the key of true marks explains those too
    assert mark_key("Key to marks: * completed; t on track; + delayed; § not yet started")["t"] == "on track"


def test_a_key_whose_meanings_are_no_statuses_or_without_marks_gives_none() -> None:
    assert mark_key("Key: * funded by the grant; † jointly commissioned") == {}
    assert mark_key("* completed; † on track") == {}  # not labelled as a key
    assert mark_key("Key: C completed; OT on track") == {}  # letters, not marks
    assert mark_key("Key: * completed") == {}  # one mark


def _raw(lines: list[str]) -> RawDocument:
    blocks = [Paragraph(text=t, page=1, line=n) for n, t in enumerate(lines)]
    return RawDocument(path="x.md", name="x.md", format="md", blocks=blocks)


def test_the_mark_leaves_the_text_for_status_raw_and_gives_the_status() -> None:
    actions = [Action(action="Publish the repair timescales †"), Action(action="Train the operatives‡"),
               Action(action="Reduce the backlog by 10 *", status="delayed", status_raw="Late"),
               Action(action="Audit the contracts"), Action(action="Rate the grade A")]
    warnings: list[str] = []
    read_status_marks(actions, _raw(["Plan", KEY]), warnings)
    assert [(a.action, a.status, a.status_raw) for a in actions] == [
        ("Publish the repair timescales", "in_progress", "†"), ("Train the operatives", "delayed", "‡"),
        ("Reduce the backlog by 10 *", "delayed", "Late"), ("Audit the contracts", "", ""),
        ("Rate the grade A", "", "")]
    assert len(warnings) == 1 and warnings[0].startswith("2 status(es) read from the mark")
    # without a key, a closing sign is the text's own
    plain = [Action(action="Publish the repair timescales †")]
    read_status_marks(plain, _raw(["Plan"]), [])
    assert plain[0].action.endswith("†") and not plain[0].status


def _marked_docx(path: Path, restart: bool) -> Path:
    doc = Document()
    doc.add_heading("Estate Services Improvement Plan – Autumn Position", 0)
    doc.add_paragraph("The symbol after each action shows how it stands; the key follows the tables.")
    sections = [("A", "Responsive repairs", [("Cut the backlog of routine repairs to under 500 jobs", "Repairs Manager",
                                               "31/03/2026", "On course.", "†"),
                                              ("Publish repair timescales on the tenant portal", "Digital Lead",
                                               "Dec 2025", "Done in October.", "*")]),
                ("B", "Damp and mould", [("Inspect every damp report within ten working days", "Surveying Lead",
                                          "30/06/2026", "Staff shortage.", "‡"),
                                         ("Train all operatives in mould risk assessment", "Learning Officer",
                                          "Jan 2026", "Booked for spring.", "§")])]
    n = 0
    for ref, title, rows in sections:
        doc.add_heading(f"Section {ref}: {title}", 1)
        table = doc.add_table(rows=1 + len(rows), cols=5)
        for c, h in zip(table.rows[0].cells, ["No.", "Action", "Responsible officer", "Timescale", "Comments"],
                        strict=True):
            c.text = h
        for i, (action, lead, due, note, mark) in enumerate(rows, 1):
            n += 1
            cells = table.rows[i].cells
            cells[0].text = str(i if restart else n)
            para = cells[1].paragraphs[0]
            para.add_run(action + " ")
            para.add_run(mark).font.superscript = True
            cells[2].text, cells[3].text, cells[4].text = lead, due, note
    doc.add_paragraph(KEY)
    doc.save(path)
    return path


def test_a_plan_with_marks_and_a_key_reads_statuses_and_its_sections(tmp_path: Path) -> None:
    for restart in (False, True):
        result = planx.convert_file(str(_marked_docx(tmp_path / f"marks{int(restart)}.docx", restart)))
        got = [(a.area_ref, a.area, a.action, a.status) for a in result.actions]
        assert got == [
            ("A", "Responsive repairs", "Cut the backlog of routine repairs to under 500 jobs", "in_progress"),
            ("A", "Responsive repairs", "Publish repair timescales on the tenant portal", "complete"),
            ("B", "Damp and mould", "Inspect every damp report within ten working days", "delayed"),
            ("B", "Damp and mould", "Train all operatives in mould risk assessment", "not_started")], restart
        assert result.status == "ok"
        assert any(KEY in lo.text for lo in result.leftovers)  # the key itself is kept
