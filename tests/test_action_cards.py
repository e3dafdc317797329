"""Action cards: one boxed card per action, its title band naming the action ('Action card 2: Reduce
…'), an owner and a date box, a box that holds its own label over the numbered steps to the action
('Key steps' / 'What needs to happen' over '1. … 2. …') and a box that holds its label and value
both ('RAG status: Amber'). The title is the action, its number the reference, the steps its
milestones, whatever the rendering: a Word table per card, one table holding every card, a web page
whose reader lifts the title band above its table, Markdown headings over labelled lines.
(Synthetic documents in the shape of a children's services improvement board's action cards.)"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

import planx
from planx.extract.model import Cell
from planx.normalise.headers import read_heading
from planx.normalise.tableforms import labelled_cell, numbered_title

_CARDS = [("Reduce repeat missing episodes for children in care", "Head of Service, Quality", "21/07/2026", "Amber",
           ["Agree return interview standard", "Review top ten repeat cases monthly"]),
          ("Increase the number of in-house foster carers", "Principal Social Worker", "March 2027", "Green",
           ["Hold monthly information evenings", "Launch recruitment campaign", "Speed up assessments"]),
          ("Improve the quality of supervision for social workers", "Maud Fairweather", "30/09/2026", "Red",
           ["Publish supervision policy", "Audit twenty supervision records"])]
_WANT = [(str(n), action, lead, due, rag.lower(), steps)
         for n, (action, lead, due, rag, steps) in enumerate(_CARDS, 1)]


def _card_rows(steps_label: str) -> list[list[str]]:
    rows = []
    for n, (action, lead, due, rag, steps) in enumerate(_CARDS, 1):
        listed = "\n".join(f"{k}. {s}" for k, s in enumerate(steps, 1))
        rows += [[f"Action card {n}: {action}"] * 4, ["Responsible manager", lead, "Complete by", due],
                 [f"{steps_label}\n{listed}"] * 3 + [f"RAG status: {rag}"]]
    return rows


def _word(path: Path, one_table: bool, steps_label: str) -> None:
    doc = Document()
    doc.add_heading("Children's Improvement Board: Action Cards", 0)
    doc.add_paragraph("Each card below describes one action from the improvement programme.")
    rows = _card_rows(steps_label)
    for part in ([rows] if one_table else [rows[k:k + 3] for k in range(0, len(rows), 3)]):
        table = doc.add_table(rows=len(part), cols=4)
        for r, texts in enumerate(part):
            if texts[0] == texts[-1]:  # the title band across the card
                table.cell(r, 0).merge(table.cell(r, 3)).text = texts[0]
            elif texts[0] == texts[2]:  # the steps box across three columns, the RAG box beside it
                table.cell(r, 0).merge(table.cell(r, 2)).text = texts[0]
                table.cell(r, 3).text = texts[3]
            else:
                for c, text in enumerate(texts):
                    table.cell(r, c).text = text
        doc.add_paragraph("")
    doc.save(str(path))


def _page(path: Path, steps_label: str = "Key steps") -> None:
    out = ["<html><body><h1>Children's Improvement Board: Action Cards</h1>"]
    for n, (action, lead, due, rag, steps) in enumerate(_CARDS, 1):
        items = "".join(f"<li>{s}</li>" for s in steps)
        out.append(f"<table><tr><th colspan='4'>Action card {n}: {action}</th></tr>"
                   f"<tr><td>Owner</td><td>{lead}</td><td>Deadline</td><td>{due}</td></tr>"
                   f"<tr><td colspan='3'>{steps_label}<ol>{items}</ol></td><td>Current rating: {rag}</td></tr></table>")
    path.write_text("".join(out) + "</body></html>", encoding="utf-8")


def _markdown(path: Path, steps_label: str = "Steps") -> None:
    out = ["# Children's Improvement Board: Action Cards", ""]
    for n, (action, lead, due, rag, steps) in enumerate(_CARDS, 1):
        out += [f"### Action card {n}: {action}", "", f"- **Action owner:** {lead}", f"- **Target date:** {due}",
                f"- **RAG:** {rag}", "", f"**{steps_label}:**", ""]
        out += [f"{k}. {s}" for k, s in enumerate(steps, 1)] + [""]
    path.write_text("\n".join(out), encoding="utf-8")


def _layout_lines() -> list[str]:
    """The cards as `pdftotext -layout` prints a PDF of them: the title band a line of its own, the
    Owner | name | Deadline | date boxes apart by spaces, the steps running across the card under
    their label, the rating box beside the label."""
    out = ["Children's Improvement Board: Action Cards", "",
           "Each card below describes one action from the improvement programme.", ""]
    for n, (action, lead, due, rag, steps) in enumerate(_CARDS, 1):
        out += [f"Action card {n}: {action}", "",
                f"{'Owner':<18}{lead:<33}{'Deadline':<20}{due}", "",
                f"{'Key steps':<71}Current rating: {rag}"]
        out += [f"{k}. {s}" for k, s in enumerate(steps, 1)] + ["", ""]
    return out


def _layout(path: Path) -> None:
    path.write_text("\n".join(_layout_lines()) + "\n", encoding="utf-8")


def _borderless(path: Path) -> None:
    """The same cards drawn as a PDF with no rules: the text where the layout text puts it, each
    card's title in bold."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 60
    for line in _layout_lines():
        for m in re.finditer(r"\S+(?: \S+)*", line):
            c.setFont("Helvetica-Bold" if line.startswith("Action card") else "Helvetica", 9)  # the title band
            c.drawString(50 + m.start() * 5.4, y, m.group(0))
        y -= 13
    c.save()


@pytest.mark.parametrize("name, write", [
    # (text laid out by spaces and a PDF with no rules: the boxes of a row part by their wide gutters,
    # the steps run across the card under their label; the title line over each card heads it)
    ("cards.txt", _layout),
    ("cards.pdf", _borderless),
    ("cards.docx", lambda p: _word(p, one_table=False, steps_label="What needs to happen")),
    ("one_table.docx", lambda p: _word(p, one_table=True, steps_label="Steps")),
    ("cards.html", _page),
    # (read without its title, the table is a form whose action is the list: the title band still names it)
    ("needs.html", lambda p: _page(p, steps_label="What needs to happen")),
    ("cards.md", _markdown),
    # (a label alone that names the action, under a heading that is the action's title: the steps to it)
    ("needs.md", lambda p: _markdown(p, steps_label="What needs to happen")),
])
def test_each_card_is_one_action_its_steps_the_milestones(tmp_path, name, write):
    write(tmp_path / name)
    result = planx.convert_file(str(tmp_path / name))
    got = [(a.ref, a.action, a.lead or a.responsible, a.due_raw, a.rag, [m.milestone for m in a.milestones])
           for a in result.actions]
    assert got == _WANT


@pytest.mark.parametrize("text, want", [
    ("RAG status: Amber", ("rag", "RAG status", "Amber")),
    ("Current rating: G", ("rag", "Current rating", "G")),
    # (the label on a line of its own over the value its field checks: a rating box wrapped)
    ("Current rating:\nAMBER", ("rag", "Current rating", "AMBER")),
    ("Target completion:\ndate", None),  # a label wrapped over two lines: no value under it
    ("Key steps\n1. Publish the policy\n2. Audit the records", ("milestones", "Key steps",
                                                                "1. Publish the policy\n2. Audit the records")),
    ("What needs to happen\n1. Publish the policy\n2. Audit", ("action", "What needs to happen",
                                                              "1. Publish the policy\n2. Audit")),
    ("Note: the board meets monthly", None),  # a note's label names no field
    ("RAG status", None),  # a label alone: its value is in the next box
    ("Key steps\nPublish the policy and audit the records", None),  # a paragraph under it, no list
])
def test_a_box_holding_its_label_and_its_value(text, want):
    got = labelled_cell(Cell(text=text, col=3))
    assert (got[0], got[1], got[2].text if got[2] else None) == want if want else got is None


@pytest.mark.parametrize("text, want", [
    ("Action card 3: Reduce the use of unregistered placements", ("3", "Reduce the use of unregistered placements")),
    ("Action 2.1 – Publish the local offer", ("2.1", "Publish the local offer")),
    ("Priority 2: Housing", ("", "Priority 2: Housing")),  # a banner numbers an area, not the action
    ("Reduce the use of unregistered placements", ("", "Reduce the use of unregistered placements")),
])
def test_a_cards_title_numbered_under_a_label_naming_the_action(text, want):
    assert numbered_title(text) == want


@pytest.mark.parametrize("heading", ["Completed by", "To be completed by", "Complete by"])
def test_completed_by_names_when_the_work_is_due(heading):
    assert read_heading(heading)[0].field == "due"
    assert read_heading("Completed")[0].field != "due"  # 'Completed' alone says how it stands


def test_a_regulation_breached_is_an_area_its_number_the_reference():
    from planx.normalise.banners import read_banner
    assert read_banner("Regulation 12: Safe care and treatment") == ("12", "Safe care and treatment")


def test_a_breach_plan_prints_each_regulation_once_over_its_actions(tmp_path):
    rows = [("Regulation breached", "Action taken / planned", "Responsible", "Completion date"),
            ("Regulation 12: Safe care and treatment", "Replace paper sepsis screening with the electronic tool",
             "Deputy Chief Nurse", "31/03/2027"),
            ("", "Provide face-to-face deteriorating patient training for all ward staff", "Head of Education",
             "June 2027"),
            ("Regulation 18: Staffing", "Complete the establishment review for the medical wards",
             "Director of Nursing", "30/09/2026")]
    doc = Document()
    doc.add_heading("Warning notice response: action plan", 0)
    table = doc.add_table(rows=len(rows), cols=4)
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            table.cell(r, c).text = text
    doc.save(str(tmp_path / "breach.docx"))
    result = planx.convert_file(str(tmp_path / "breach.docx"))
    assert [(a.area_ref, a.area, a.lead) for a in result.actions] == [
        ("12", "Safe care and treatment", "Deputy Chief Nurse"), ("12", "Safe care and treatment", "Head of Education"),
        ("18", "Staffing", "Director of Nursing")]


def test_an_area_for_improvement_by_its_initials_heads_a_csv_plans_rows(tmp_path):
    path = tmp_path / "afi.csv"
    path.write_text("Ref,What we will do,Accountable,Target,Progress status,Rating\n"
                    "AFI 1: The service should improve how it evaluates its response standards,,,,,\n"
                    "1.1,Report turnout times by station to the performance board,Head of Response,31/03/2027,"
                    "In progress,AMBER\n"
                    "AFI 2: The service should make sure its values are understood by all staff,,,,,\n"
                    "2.1,Run values workshops for every watch,Head of People,Q1 26/27,On track,GREEN\n",
                    encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [(a.area_ref, a.area[:40]) for a in result.actions] == [
        ("1", "The service should improve how it evalua"), ("2", "The service should make sure its values ")]


# four cards, as a page of them holds: enough rows for the layout text's columns to line up
_TIGHT = [_CARDS[0],
          ("Increase the number of in-house foster carers", "Principal Social Worker", "March 2027", "Green",
           ["Hold monthly information evenings", "Launch recruitment campaign", "Speed up assessments to 16 weeks"]),
          _CARDS[2],
          ("Make sure care leavers have a suitable place to live", "Principal Social Worker", "30/04/2027", "Blue",
           ["Commission ten new supported lodgings", "Map current accommodation"])]


def _tight_lines() -> list[str]:
    """The cards as `pdftotext -layout` prints them when each title band is set tight on its card
    (no blank line between), the first right under the introduction, the rating box under the date:
    the numbered steps run past the name box's start under their label."""
    out = ["Children's Improvement Board: Action Cards", "",
           "Each card below describes one action from the improvement programme."]
    for n, (action, lead, due, rag, steps) in enumerate(_TIGHT, 1):
        out += [f"Action card {n}: {action}", f"{'Owner':<25}{lead:<46}{'Deadline':<22}{due}",
                f"{'Key steps':<93}Current rating: {rag}"]
        out += [f"{k}. {s}" for k, s in enumerate(steps, 1)] + ["", ""]
    return out


def _tight_layout(path: Path) -> None:
    path.write_text("\n".join(_tight_lines()) + "\n", encoding="utf-8")


def _tight_borderless(path: Path) -> None:
    """The cards drawn as a PDF with no rules, each title band tight on its card, the rating box's
    label over its value ('Current rating:' over 'AMBER', beside the first step)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 60

    def line(*parts: tuple[int, str], bold: bool = False) -> None:
        nonlocal y
        for col, text in parts:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
            c.drawString(50 + col * 5.4, y, text)
        y -= 13

    line((0, "Children's Improvement Board: Action Cards"), bold=True)
    y -= 13
    line((0, "Each card below describes one action from the improvement programme."))
    y -= 13
    for n, (action, lead, due, rag, steps) in enumerate(_TIGHT, 1):
        line((0, f"Action card {n}: {action}"), bold=True)
        line((0, "Owner"), (18, lead), (51, "Deadline"), (66, due))
        line((0, "Key steps"), (66, "Current rating:"))
        for k, step in enumerate(steps, 1):
            line((0, f"{k}. {step}"), *([(66, rag.upper())] if k == 1 else []))
        y -= 26
    c.save()


@pytest.mark.parametrize("name, write", [("tight.txt", _tight_layout), ("tight.pdf", _tight_borderless)])
def test_cards_whose_title_bands_are_set_tight_on_them(tmp_path, name, write):
    """Each title band heads its card though no blank line parts them; the steps under 'Key steps'
    are a list the label's box holds (no numbered banners of sections, and in the PDF the list
    crossing the name box's gutter hides no column); cards one under another are tables of their own."""
    write(tmp_path / name)
    result = planx.convert_file(str(tmp_path / name))
    got = [(a.ref, a.action, a.lead or a.responsible, a.due_raw, a.rag, [m.milestone for m in a.milestones])
           for a in result.actions]
    assert got == [(str(n), action, lead, due, rag.lower(), steps)
                   for n, (action, lead, due, rag, steps) in enumerate(_TIGHT, 1)]


def _wide_label_lines() -> list[str]:
    """The cards as `pdftotext -layout` prints them when the owner's label wraps ('Responsible' over
    'manager') and the steps' label is wider than the label column ('What needs to happen' runs
    across the gap where the owner's name starts), a blank line under each title band."""
    out = ["Children's Improvement Board", "Action Cards (December 2026)",
           "Each card below describes one action from the improvement programme.", ""]
    for n, (action, lead, due, rag, steps) in enumerate(_TIGHT, 1):
        out += [f"Action card {n}: {action}", "", f"{'Responsible':<18}{lead:<33}{'Complete by':<22}{due}",
                "manager", "", f"{'What needs to happen':<73}RAG status: {rag}"]
        out += [f"{k}. {s}" for k, s in enumerate(steps, 1)] + ["", ""]
    return out


def _wide_label_layout(path: Path) -> None:
    path.write_text("\n".join(_wide_label_lines()) + "\n", encoding="utf-8")


def _wide_label_borderless(path: Path) -> None:
    """The same cards drawn as a PDF with no rules, two cards a page (as a scan's page holds them),
    set where the scan of such cards sets them: the wide label crosses the label | value gap on
    half the lines that show text beside it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 60

    def line(*parts: tuple[float, str], bold: bool = False) -> None:
        nonlocal y
        for x, text in parts:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(x, y, text)
        y -= 13

    for n, (action, lead, due, rag, steps) in enumerate(_TIGHT, 1):
        if n == 1:
            line((63, "Children's Improvement Board: Action Cards"), bold=True)
            y -= 13
            line((63, "Each card below describes one action from the improvement programme."))
            y -= 13
        line((63, f"Action card {n}: {action}"), bold=True)
        y -= 13
        line((63, "Responsible"), (159, lead), (328, "Complete by"), (425, due))
        line((63, "manager"))
        y -= 6
        line((63, "What needs to happen"), (425, f"RAG status: {rag}"))
        for k, step in enumerate(steps, 1):
            line((63, f"{k}. {step}"))
        y -= 26
        if n % 2 == 0:
            c.showPage()
            y = A4[1] - 60
    c.save()


@pytest.mark.parametrize("name, write", [("wide.txt", _wide_label_layout), ("wide.pdf", _wide_label_borderless)])
def test_cards_whose_labels_wrap_or_run_past_the_label_column(tmp_path, name, write):
    """A label column's cells are short phrases that may wrap ('Responsible' over 'manager') or run
    past the column ('What needs to happen' across the gap where the names start): the gap stays a
    gutter, since the other rows' values start right after it, so the owner is the name alone and
    the steps go on under the wide label in its box."""
    write(tmp_path / name)
    result = planx.convert_file(str(tmp_path / name))
    got = [(a.ref, a.action, a.lead or a.responsible, a.due_raw, a.rag, [m.milestone for m in a.milestones])
           for a in result.actions]
    assert got == [(str(n), action, lead, due, rag.lower(), steps)
                   for n, (action, lead, due, rag, steps) in enumerate(_TIGHT, 1)]
