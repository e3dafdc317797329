"""Plans written as a form per action, read alike whatever the rendering: Word headings ranked by their
style as a web page's are ('Heading 1' over 'Heading 2'), a web page's bold label before its
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
from planx.extract.model import Paragraph, RawDocument
from planx.normalise import normalise
from planx.normalise.banners import grouping_heading
from planx.normalise.sections import rank_by_size
from planx.normalise.tableforms import plain_line_labels

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
    # (the Title above every rank: 0; Heading N: N, as Markdown's '#'s)
    assert ranks[:3] == [("Corporate ", 0), ("Section A.", 1), ("Action 1: ", 2)]
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


# ---- the same plans as PDFs print them: headings told apart by their type, no rank ----------------------

def _pdf(*lines: tuple[str, float, bool, bool]) -> RawDocument:
    """A PDF's paragraphs: (text, size, bold, heading)."""
    return RawDocument(path="", name="plan.pdf", format="pdf", blocks=[
        Paragraph(text, 1, k, heading=heading, size=size, bold=bold) for k, (text, size, bold, heading) in
        enumerate(lines, 1)])


def test_a_pdfs_headings_rank_by_their_size():
    raw = rank_by_size(_pdf(("Corporate Parenting Delivery Plan", 26, False, True),
                            ("Section A. Develop a stable and skilled workforce", 14, True, True),
                            ("Action 1: Publish a local offer for care leavers", 13, True, True),
                            ("Owner Head of Safeguarding", 11, False, False)))
    assert [b.rank for b in raw.blocks] == [1, 2, 3, 0]
    one_size = _pdf(("Plan", 14, True, True), ("Introduction", 14, True, True))
    assert rank_by_size(one_size) is one_size  # nothing tells the headings apart


def _numbered_items_pdf() -> RawDocument:
    lines: list[tuple[str, float, bool, bool]] = [("Safeguarding Partnership Business Plan 2025/26", 26, False, True)]
    plan = [("1", "Improve outcomes for care leavers",
             [("1.1 Commission an independent audit of child protection plans", "Jane Whitfield", "Comments: Delayed.",
               ["i. First quarterly report – Oct-25", "ii. Pilot in two teams – 15/12/2025"]),
              ("1.2 Introduce direct work tools so that wishes are recorded", "Tom Okafor", "Comments:",
               ["i. Training delivered – 31 August 2025"])]),
            ("2", "Ensure children in care live in stable homes",
             [("2.1 Extend the edge of care service to weekends", "Priya Raman", "Comments:", [])])]
    for ref, title, actions in plan:
        lines += [(f"Priority {ref}", 14, True, True), (title, 11, False, False)]
        for action, lead, comments, steps in actions:
            lines += [(action, 11, True, False), ("RAG: Amber", 11, False, False), (f"Lead: {lead}", 11, False, False),
                      ("Target completion: March 2026", 11, False, False), (comments, 11, False, False)]
            if steps:
                lines += [("Key milestones:", 11, False, False)] + [(s, 11, False, False) for s in steps]
    return _pdf(*lines)


def test_numbered_items_with_an_empty_label_and_milestones_listed_under_a_label():
    # (a Word plan's '1.1 …' paragraphs in bold under 'Priority 1' and its title on the next line, as a
    # PDF prints them: the items' labelled lines, one left blank, then 'Key milestones:' over its steps)
    result = normalise(_numbered_items_pdf())
    got = [(a.area_ref, a.area, a.ref, a.lead, [(m.milestone, m.due_date) for m in a.milestones])
           for a in result.actions]
    assert got == [
        ("1", "Improve outcomes for care leavers", "1.1", "Jane Whitfield",
         [("First quarterly report", "2025-10"), ("Pilot in two teams", "2025-12-15")]),
        ("1", "Improve outcomes for care leavers", "1.2", "Tom Okafor", [("Training delivered", "2025-08-31")]),
        ("2", "Ensure children in care live in stable homes", "2.1", "Priya Raman", [])]
    assert {a.due_date for a in result.actions} == {"2026-03"}


# ---- the same plan as text a PDF-to-text tool writes: labels that lost their bold and have no colon ------

PLAIN_FORMS = """                  Corporate Parenting Delivery Plan

Action 1: Publish a local offer for care leavers on the council website
Owner Head of Safeguarding
Deadline 31/03/2025
How we will know Agency staff below 15% of the workforce
Milestones:
    a) Training delivered (by 30/04/2025) – Not started
Update Protocol signed by all partners and in use.
RAG status Blue

Action 2: Introduce a revised practice framework and train all social workers
Owner Director of Children's Services
Deadline Ongoing
How we will know Initial health assessments completed within 20 working days
Milestones:
    a) Policy published (by 31 August 2025) – Complete
    b) Audit tool agreed (by 31 August 2025) – Not started
Update Framework drafted and consulted on with practitioners.
RAG status A

Action 3: Review caseloads in every team and rebalance allocation
Owner Priya Raman
Deadline September 2025
How we will know Every child seen alone at each visit
Milestones:
    a) Evaluation reported to the board (by 15/12/2025) – Complete
Update Work has not yet started because the lead officer post was vacant.
RAG status R
"""


def test_plain_text_labels_with_no_colon_recurring_at_lines_starts_and_lettered_steps(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_text(PLAIN_FORMS, encoding="utf-8")
    result = planx.convert_file(str(path))
    got = [(a.action[:24], a.lead, a.due_raw, a.measure[:20], a.rag) for a in result.actions]
    assert got == [("Publish a local offer fo", "Head of Safeguarding", "31/03/2025", "Agency staff below 1", "blue"),
                   ("Introduce a revised prac", "Director of Children's Services", "Ongoing", "Initial health asses",
                    "amber"),
                   ("Review caseloads in ever", "Priya Raman", "September 2025", "Every child seen alo", "red")]
    # the lettered steps under 'Milestones:' are no actions of their own
    assert not any(a.action.startswith(("Training", "Policy", "Audit", "Evaluation")) for a in result.actions)


def test_a_run_of_sentences_opening_alike_is_no_form():
    lines = ["The council will publish its offer.", "The council will review caseloads.",
             "The council will audit plans.", "Update the policy on missing children"]
    assert plain_line_labels([Paragraph(t, 1, k) for k, t in enumerate(lines)]) == {}
