"""A plan written as a form per action under a heading that only numbers it ('ACTION 1.1'), in every
rendering: the form's wording varies ('Description:' / 'What we will do:' / 'Action:'), some forms are
lines and others small label | value tables, the number may print a colon ('Action 1.1:'), and a scan
ranks no heading. (Synthetic documents in the shape of a local area SEND priority action plan.)"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from docx import Document

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.extract.pdfocr import probe_strips
from planx.normalise import normalise
from planx.normalise.headers import classify
from planx.normalise.headplans import described_action, form_table, ranked_by_shape
from planx.normalise.lists import read_labels
from planx.normalise.sections import _a_form

_PLAN = [("1", "Timely, high-quality EHC plans",
          [("Clear the backlog of overdue EHC needs assessments", "Jonah Chaudhry (ICB)", "Spring 2027", "R"),
           ("Introduce a monthly quality audit of new EHC plans", "Designated Clinical Officer", "22/01/2027", "G")]),
         ("2", "Sufficiency of specialist places",
          [("Open two new resourced provision bases in secondary schools", "Head of SEND", "28/07/2026", "A"),
           ("Reduce reliance on independent special school placements", "Priya Harrington", "Q1 2026/27", "B")])]
_WANT = [(ref, area, action, lead, due) for ref, area, actions in _PLAN for action, lead, due, _ in actions]
_MEASURE = "Audit grades good or better in 80% of plans"


def _forms(action_label: str, measure_label: str) -> list[tuple[str, list[tuple[str, str, str, str, str]]]]:
    """[(area heading, [(number, the form's lines …)])] of the plan."""
    out = []
    for ref, area, actions in _PLAN:
        forms = []
        for k, (action, lead, due, rag) in enumerate(actions, 1):
            forms.append((f"ACTION {ref}.{k}", f"{action_label}: {action}", f"Lead: {lead}",
                          "Partners: Adult social care; colleges", f"Deadline: {due}",
                          f"{measure_label}: {_MEASURE}", f"Rating: {rag}"))
        out.append((f"PRIORITY {ref} - {area}", forms))
    return out  # type: ignore[return-value]


def _read(result) -> list[tuple[str, str, str, str, str]]:
    return [(a.area_ref, a.area, a.action, a.lead, a.due_raw) for a in result.actions]


def test_a_loosely_labelled_line_is_the_action_under_a_heading_that_only_numbers_the_form(tmp_path):
    # plain text: 'ACTION 1.1' over 'Description: …' (a label too weak to name the action anywhere else)
    lines = ["Local Area SEND Improvement Plan - Severnleigh", ""]
    for area, forms in _forms("Description", "Success looks like"):
        lines += [area]
        for form in forms:
            lines += [*form, ""]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = planx.convert_file(str(path))
    assert _read(result) == _WANT
    assert {a.measure for a in result.actions} == {_MEASURE}  # 'Success looks like' names the measure
    assert [a.rag for a in result.actions] == ["red", "green", "amber", "blue"]
    # the web page of the same plan (<h2> priorities over <h3> numbers): read alike
    page = ["<html><body><h1>Local Area SEND Priority Action Plan</h1>"]
    for area, forms in _forms("Description", "Success looks like"):
        page.append(f"<h2>{area}</h2>")
        for number, *rest in forms:
            page.append(f"<h3>{number}</h3>" + "".join(f"<p><strong>{line.split(':')[0]}:</strong>"
                                                        f"{line.split(':', 1)[1]}</p>" for line in rest))
    html = tmp_path / "plan.html"
    html.write_text("".join(page) + "</body></html>", encoding="utf-8")
    result = planx.convert_file(str(html))
    assert _read(result) == _WANT
    assert {a.measure for a in result.actions} == {_MEASURE}


def test_a_described_line_is_the_action_only_by_a_label_naming_the_work():
    assert described_action("Description: Clear the backlog of overdue assessments") \
        == "Clear the backlog of overdue assessments"
    assert described_action("Partners: Adult social care; colleges") == ""  # no field's label
    assert described_action("Description: Backlog") == ""  # a word, no work described
    assert classify("Success looks like")[0] == "measure"
    assert classify("What success looks like")[0] == "measure"


def test_a_label_of_five_or_six_words_opens_a_line_only():
    assert read_labels("How we will measure impact: Audit grades good")[1] == {"measure": "Audit grades good"}
    assert read_labels("Lead: J Smith\nHow we will measure impact: Audit grades")[1] == \
        {"lead": "J Smith", "measure": "Audit grades"}
    # inside a sentence, a phrase that long before a colon is no label
    assert read_labels("The plan says how we will measure impact: audits")[1] == {}


def _word(path: Path) -> None:
    """Heading 1 priorities (each over its lead's line) over Heading 2 numbers; the first action of each
    priority a form of lines, the second a table of label | value rows, one of them listing milestones
    in one cell."""
    doc = Document()
    doc.add_heading("Severnleigh SEND Partnership: Priority Action Plan", 0)
    for ref, area, actions in _PLAN:
        doc.add_heading(f"PRIORITY {ref} - {area}", 1)
        doc.add_paragraph(f"Priority lead: Lead {ref}")
        for k, (action, lead, due, rag) in enumerate(actions, 1):
            doc.add_heading(f"ACTION {ref}.{k}", 2)
            rows = [("Action", action), ("Lead contact", lead), ("Working with", "Schools, ICB, parent carer forum"),
                    ("Completion date", due), ("How we will measure impact", _MEASURE)]
            if k == 2:  # (the cell wraps a step over two lines, as a PDF's reader gives it)
                rows.append(("Milestones", "a) Scope agreed with partners (Jun-26) - Complete\n"
                                           "b) Guidance published\n(Dec-26) - In progress"))
            rows.append(("RAG rating", rag))
            if k == 1:
                for label, value in rows:
                    doc.add_paragraph(f"{label}: {value}")
                continue
            table = doc.add_table(rows=len(rows), cols=2)
            for row, (label, value) in zip(table.rows, rows, strict=True):
                row.cells[0].text, row.cells[1].text = label, value
    doc.save(str(path))


def test_forms_as_lines_and_as_small_tables_under_numbered_headings_read_alike(tmp_path):
    _word(tmp_path / "plan.docx")
    result = planx.convert_file(str(tmp_path / "plan.docx"))
    assert _read(result) == _WANT
    assert {a.measure for a in result.actions} == {_MEASURE}
    tabled = result.actions[1]
    assert [(m.milestone, m.due_raw, m.status) for m in tabled.milestones] == [
        ("Scope agreed with partners", "Jun-26", "complete"), ("Guidance published", "Dec-26", "in_progress")]
    assert [a.area_lead for a in result.actions] == ["Lead 1", "Lead 1", "Lead 2", "Lead 2"]
    # the organisations an action is worked with are its responsible partners ('Working with', as
    # 'Partners involved' in a partnership plan), nothing lost
    assert {a.responsible for a in result.actions} == {"Schools, ICB, parent carer forum"}


def _table(*rows: tuple[str, str]) -> Table:
    return Table(rows=[Row([Cell(text=a, col=0), Cell(text=b, col=1)], page=1, line=k)
                       for k, (a, b) in enumerate(rows, 1)], page=1, index=1)


def test_a_label_value_table_is_an_actions_form_not_a_sections_parts():
    form = _table(("Action", "Create supported internship places"), ("Lead contact", "Owen Garside"),
                  ("Completion date", "January 2027"), ("RAG rating", "R"))
    assert form_table(form) and _a_form(form)
    steps = _table(("Milestone", "Due"), ("Draft the guidance", "May 2025"), ("Consult the forum", "June 2025"))
    assert not form_table(steps)


def _raw(*lines: tuple[str, bool]) -> RawDocument:
    return RawDocument(path="", name="plan.pdf", format="pdf",
                       blocks=[Paragraph(text, 1, k, heading=heading) for k, (text, heading) in enumerate(lines, 1)])


def test_a_number_label_over_each_form_is_its_reference_not_its_action():
    # a PDF's lines: 'Action 1.1:' alone (a label by its colon, its value empty) over 'What we will do: …'
    lines: list[tuple[str, bool]] = [("Severnleigh Local Area SEND Priority Action Plan", True)]
    for ref, area, actions in _PLAN:
        lines.append((f"Priority {ref}: {area}", False))
        for k, (action, lead, due, rag) in enumerate(actions, 1):
            lines += [(f"Action {ref}.{k}:", False), (f"What we will do: {action}", False),
                      (f"Lead officer: {lead}", False), ("Partners involved: Schools; colleges", False),
                      (f"Timescale: {due}", False), (f"Impact measure: {_MEASURE}", False), (f"RAG: {rag}", False)]
    result = normalise(_raw(*lines))
    assert [(a.action, a.lead, a.due_raw) for a in result.actions] == \
        [(action, lead, due) for _, _, actions in _PLAN for action, lead, due, _ in actions]
    assert [a.ref for a in result.actions] == ["1.1", "1.2", "2.1", "2.2"]


def test_a_scans_unranked_headings_that_number_forms_rank_under_the_others():
    lines: list[tuple[str, bool]] = [("Eastwick SEND Partnership: Priority Action Plan", True)]
    for ref, area, actions in _PLAN:
        lines.append((f"Priority {ref}: {area}", True))
        for k, (action, lead, due, rag) in enumerate(actions, 1):
            lines += [(f"ACTION {ref}.{k}", True), (f"Action: {action}", False), (f"Lead contact: {lead}", False),
                      (f"Completion date: {due}", False), (f"RAG rating: {rag}", False)]
    raw = _raw(*lines)
    ranked = ranked_by_shape(raw)
    assert [b.rank for b in ranked.blocks if b.heading][:4] == [1, 1, 2, 2]  # type: ignore[union-attr]
    result = normalise(raw)
    assert _read(result) == _WANT
    two = _raw(("Plan", True), ("ACTION 1.1", True), ("ACTION 1.2", True))
    assert ranked_by_shape(two) is two  # two numbered headings are no run


def test_a_probe_strip_starts_at_text_and_is_cut_between_lines():
    page = np.full((400, 300), 255, dtype=np.uint8)
    rng = np.random.default_rng(1)
    ys, xs = rng.integers(0, 400, 120), rng.integers(0, 300, 120)
    page[ys, xs] = 0  # specks over the whole page: no row is blank
    for top in (50, 110, 170, 230, 290):  # five lines of large type, 40 rows tall, 20 apart
        page[top:top + 40, 20:280:3] = 0
    strips = probe_strips(page, 100)
    assert len(strips) >= 2
    spans = [((strip.ctypes.data - page.ctypes.data) // page.strides[0], len(strip)) for strip in strips]
    assert spans[0][0] == 50  # the first starts at the first row of text, not at the specks above it
    lines = [range(top, top + 40) for top in (50, 110, 170, 230, 290)]
    # each strip ends between two lines of text, none through one
    assert all(not any(start + height in rows and start + height - 1 in rows for rows in lines)
               for start, height in spans[:-1])
    assert len(probe_strips(page[:90], 100)) == 1  # a piece no taller than a strip stays whole


def test_a_number_alone_before_a_grouping_headings_title_is_its_ref():
    from planx.normalise.banners import grouping_heading
    assert grouping_heading("1. Identifying needs early") == ("1", "Identifying needs early")
    assert grouping_heading("1.2 Train health visitors") is None  # an item within a part, no part
    assert grouping_heading("3. Plan") is None  # a title of one word names no part


def test_markdown_milestones_under_a_label_alone_and_on_one_line(tmp_path):
    # '**Milestones:**' alone over its lettered steps (hard line breaks): a paragraph of its own, not more
    # of the measure above it; a web page's steps joined on one line with the label: the steps all the same
    form = ["### Action 1.{n}", "", "**Action:** {action}  ", "**Lead contact:** Head of SEND  ",
            "**Timescale:** w/c 11 January 2027  ", f"**How we will measure impact:** {_MEASURE} in the Local Offer  ",
            "**Milestones:**  ", "a) Scope agreed with partners (Jun-26) - Complete  ",
            "b) Guidance published (Dec-26) - In progress  ", "**RAG rating:** G", ""]
    actions = ["Clear the backlog of overdue EHC needs assessments", "Introduce a monthly quality audit of plans",
               "Reduce reliance on independent special school placements"]
    text = ["# SEND Priority Action Plan", "", "## Priority 1: Timely plans", ""]
    for n, action in enumerate(actions, 1):
        text += [line.format(n=n, action=action) for line in form]
    path = tmp_path / "plan.md"
    path.write_text("\n".join(text), encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [a.action for a in result.actions] == actions
    assert {a.measure for a in result.actions} == {f"{_MEASURE} in the Local Offer"}
    assert {a.due_raw for a in result.actions} == {"w/c 11 January 2027"}  # 'Timescale:' names the date, no steps
    assert [[(m.milestone, m.status) for m in a.milestones] for a in result.actions] == \
        [[("Scope agreed with partners", "complete"), ("Guidance published", "in_progress")]] * 3
    page = tmp_path / "plan.html"
    page.write_text("<html><body><h1>SEND Priority Action Plan</h1><h2>Priority 1: Timely plans</h2>" + "".join(
        f"<h3>Action 1.{n}</h3><p><b>What we will do:</b> {action}</p><p><b>Lead officer:</b> Head of SEND</p>"
        f"<p><b>Timescale:</b> March 2027</p><p><b>Milestones:</b> a) Scope agreed with partners (Jun-26) - "
        f"Complete<br>b) Guidance published (Dec-26) - In progress</p><p><b>RAG:</b> G</p>"
        for n, action in enumerate(actions, 1)) + "</body></html>", encoding="utf-8")
    result = planx.convert_file(str(page))
    assert [a.action for a in result.actions] == actions
    assert {a.due_raw for a in result.actions} == {"March 2027"}
    assert [[m.milestone for m in a.milestones] for a in result.actions] == \
        [["Scope agreed with partners", "Guidance published"]] * 3


def test_bold_lines_numbering_forms_join_the_headings_that_number_the_others():
    # a PDF ranks some 'Action 1.1:' lines as headings by their size, and sets others in bold at body size
    blocks = [Paragraph("Eastwick SEND Partnership: Priority Action Plan", 1, 1, heading=True, rank=1),
              Paragraph("Priority 1: Timely plans", 1, 2, heading=True, rank=2)]
    for k in range(1, 5):
        blocks.append(Paragraph(f"Action 1.{k}:", 1, 10 * k, heading=k == 1, rank=3 if k == 1 else 0, bold=True))
        blocks.append(Paragraph("Lead contact: Head of SEND", 1, 10 * k + 1))
    raw = RawDocument(path="", name="plan.pdf", format="pdf", blocks=blocks)
    ranked = ranked_by_shape(raw)
    assert [(b.heading, b.rank) for b in ranked.blocks[2::2]] == [(True, 3)] * 4  # type: ignore[union-attr]
    alone = RawDocument(path="", name="plan.pdf", format="pdf", blocks=[
        Paragraph(f"Action 1.{k}:", 1, k, bold=True) for k in range(1, 5)])
    assert ranked_by_shape(alone) is alone  # bold lines with no heading among them: the label forms' records
