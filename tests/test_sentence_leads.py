"""Plans that write who leads and by when inside each action's sentence ('By 31 July 2026, the Head
of Commissioning will …', '… will audit the files by October 2026.'), with no lead or date of their
own: the sentence's subject is the lead, its date the due date (normalise/inlinewho.py
sentence_lead, sentence_when); a numbered goal heading naming its theme ('Priority 1: Attendance')
heads its list's actions (commitments.names_other_list); a borderless 'Ref | commitment' table of
numbered rows is a table, not numbered paragraphs (pdfborderless.headed_numbers)."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from planx.normalise import normalise
from planx.normalise.commitments import names_other_list
from planx.normalise.inlinewho import sentence_lead, sentence_when

THEMES = ["Attendance", "Early help", "Care leavers"]
SENTENCES = [
    ("By 30 June 2026, the Head of Early Help will publish a revised threshold document.",
     "Head of Early Help", "2026-06-30"),
    ("The Looked After Children Nurse will review every health assessment by November 2025.",
     "Looked After Children Nurse", "2025-11"),
    ("Amira Haddad and Tom Price will deliver training on contextual safeguarding by January 2027.",
     "Amira Haddad and Tom Price", "2027-01"),
    ("By March 2026, the Family Support Hub will extend its opening hours to evenings.",
     "Family Support Hub", "2026-03"),
    ("By 15 September 2026, Priya Nair will launch a parent carer forum for the east of the county.",
     "Priya Nair", "2026-09-15"),
    ("The Service Manager, Fostering will recruit twelve new foster carers by April 2027.",
     "Service Manager, Fostering", "2027-04"),
]


@pytest.mark.parametrize(("sentence", "lead", "_due"), SENTENCES)
def test_the_subject_of_the_sentence_is_its_lead(sentence, lead, _due):
    assert sentence_lead(sentence) == lead


@pytest.mark.parametrize("sentence", [
    "We will publish a revised threshold document by June 2026.",
    "This work will continue into next year.",
    "The new guidance will be shared with all schools by May 2026.",
    "Schools will report attendance weekly.",
    "The 2026 Review will consider the findings.",
])
def test_a_subject_that_names_no_one_is_no_lead(sentence):
    assert sentence_lead(sentence) == ""


def test_the_date_opening_or_closing_the_sentence_is_its_due():
    assert sentence_when("By 30 June 2026, the Head of Early Help will publish it.") == "30 June 2026"
    assert sentence_when("The Nurse Lead will review assessments by November 2025.") == "November 2025"
    assert sentence_when("The Nurse Lead will review assessments with partners.") == ""


def test_a_numbered_goal_naming_its_theme_heads_actions():
    assert not names_other_list("Priority 1: Attendance")
    assert not names_other_list("Theme 2 - Feedback")
    assert names_other_list("Attendance")
    assert names_other_list("Our principles")


def _txt(tmp_path: Path) -> Path:
    lines = ["Children's Services Commitments 2025/26", "",
             "This plan sets out our commitments for the year.", ""]
    for k, theme in enumerate(THEMES, 1):
        lines += [f"Priority {k}: {theme}", "Partners told us the offer is not always clear.", ""]
        lines += [f"  * {s}" for s, _, _ in SENTENCES[2 * k - 2:2 * k]] + [""]
    path = tmp_path / "commitments.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_list_of_sentences_naming_who_and_when(tmp_path):
    from planx.extract import extract
    result = normalise(extract(_txt(tmp_path)))
    assert len(result.actions) == 6
    assert [a.area for a in result.actions[:2]] == ["Attendance", "Attendance"]
    by_text = {a.action: a for a in result.actions}
    for sentence, lead, due in SENTENCES:
        assert by_text[sentence].lead == lead and by_text[sentence].due_date == due


def _pdf(tmp_path: Path) -> Path:
    style = ParagraphStyle("p", fontName="Helvetica", fontSize=9.5, leading=11.5)
    story: list = [Paragraph("Service Plan 2025/26 - Key Priorities", style), Spacer(1, 12)]
    for k, theme in enumerate(THEMES, 1):
        story += [Paragraph(f"Priority {k}: {theme}", style),
                  Paragraph("Partners told us the offer is not always clear to families.", style)]
        rows = [["Ref", "Our commitment"]] + [[f"{k}.{j}", Paragraph(s, style)]
                                              for j, (s, _, _) in enumerate(SENTENCES[2 * k - 2:2 * k], 1)]
        table = Table(rows, colWidths=[36, 410], hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 9.5)]))
        story += [Spacer(1, 6), table, Spacer(1, 40)]
    path = tmp_path / "priorities.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_a_borderless_ref_and_commitment_table_of_numbered_rows(tmp_path):
    from planx.extract import extract
    result = normalise(extract(_pdf(tmp_path)))
    assert len(result.actions) == 6, [a.action for a in result.actions]
    by_text = {a.action: a for a in result.actions}
    for sentence, lead, due in SENTENCES:
        assert by_text[sentence].lead == lead and by_text[sentence].due_date == due
    assert [a.area_ref for a in result.actions] == ["1", "1", "2", "2", "3", "3"]
