"""Plans written as a form per action, read alike whatever the rendering: Word headings ranked by their
style as a web page's are ('Title' over 'Heading 1' over 'Heading 3'), a web page's bold label before its
value ('<p><strong>Owner</strong> …</p>') a label as Word's and Markdown's are, and a heading that names
a part by a word and a letter ('Section B. …') over the actions' headings the area they come under.
(Synthetic documents in the shapes of council improvement and corporate-parenting plans.)"""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

import planx
from planx.extract.docx import parse_docx
from planx.extract.html import parse_html
from planx.normalise.banners import grouping_heading

_ACTIONS = [("A", "Develop a stable and skilled workforce",
             [("Publish a local offer for care leavers on the council website", "Head of Safeguarding", "31/03/2025"),
              ("Introduce a revised practice framework for social workers", "Priya Raman", "September 2025")]),
            ("B", "Reduce the number of children missing education",
             [("Establish a weekly placement panel chaired by the head of service", "Tom Okafor", "Dec-25"),
              ("Set up a missing children panel with police and education", "Lucy Ashdown", "March 2026")])]
_WANT = [(ref, area, action, lead, due) for ref, area, actions in _ACTIONS for action, lead, due in actions]


def _word(path: Path) -> None:
    doc = Document()
    doc.add_heading("Corporate Parenting Delivery Plan", 0)
    n = 0
    for ref, area, actions in _ACTIONS:
        doc.add_heading(f"Section {ref}. {area}", 1)
        for action, lead, due in actions:
            n += 1
            doc.add_heading(f"Action {n}: {action}", 2)
            for label, value in (("Owner", lead), ("Deadline", due), ("RAG status", "Amber")):
                p = doc.add_paragraph()
                p.add_run(label).bold = True
                p.add_run(" " + value)
    doc.save(str(path))


def _page(path: Path) -> None:
    out = ["<html><body><h1>Corporate Parenting Delivery Plan</h1>"]
    n = 0
    for ref, area, actions in _ACTIONS:
        out.append(f"<h2>Section {ref}. {area}</h2>")
        for action, lead, due in actions:
            n += 1
            out.append(f"<h3>Action {n}: {action}</h3>")
            out += [f"<p><strong>{label}</strong> {value}</p>"
                    for label, value in (("Owner", lead), ("Deadline", due), ("RAG status", "Amber"))]
    path.write_text("".join(out) + "</body></html>", encoding="utf-8")


def test_word_headings_rank_by_their_style_as_a_web_pages_do(tmp_path):
    _word(tmp_path / "plan.docx")
    doc = parse_docx(tmp_path / "plan.docx")
    ranks = [(b.text[:10], b.rank) for b in doc.blocks if b.heading]
    assert ranks[:3] == [("Corporate ", 1), ("Section A.", 2), ("Action 1: ", 3)]
    assert all(b.rank == 0 for b in doc.blocks if not b.heading)


def test_a_web_pages_bold_words_before_a_value_are_its_label(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p><strong>Owner</strong> Head of Safeguarding</p><p><b>All bold</b></p>"
                    "<p>Plain <strong>later</strong> bold</p></body></html>", encoding="utf-8")
    doc = parse_html(page)
    assert [(b.text, b.lead_bold) for b in doc.blocks] == [
        ("Owner Head of Safeguarding", "Owner"), ("All bold", ""), ("Plain later bold", "")]


@pytest.mark.parametrize("name, write", [("plan.docx", _word), ("plan.html", _page)])
def test_action_headings_with_bold_labels_under_lettered_sections(tmp_path, name, write):
    write(tmp_path / name)
    result = planx.convert_file(str(tmp_path / name))
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_raw) for a in result.actions]
    assert got == _WANT
    assert {a.rag for a in result.actions} == {"amber"}


@pytest.mark.parametrize("text, want", [
    ("Section B. Reduce the number of children missing education",
     ("B", "Reduce the number of children missing education")),
    ("Workstream 2 – Early help and prevention", ("2", "Early help and prevention")),
    ("Priority 3: Improve attendance", ("3", "Improve attendance")),
    ("Figure 2: Referrals by month", None),  # a figure's caption groups nothing
    ("Annex B. Terms of reference", None),
    ("Introduction", None),
])
def test_a_heading_grouping_actions_gives_its_number_or_letter_and_title(text, want):
    assert grouping_heading(text) == want
