"""A school improvement report as Scottish councils' template lays it out (issue 14; the real one in
dev_schooldocs is a Berwickshire primary's): under a styled 'Review of Progress' heading, each
priority is a long bold banner line ('SBC priority 1: Develop … settings.'), then the template's
questions in plain type ('What improvements have you made this year?', 'What has improved for
learners? How do you know?', 'Next Steps?'), each over its bullets. The next steps are the actions;
their area is the priority (normalise/commitments.py: a numbered banner is a theme of its own, however
long and plainly set; a question the writer answers is a prompt inside the theme)."""
from __future__ import annotations

from pathlib import Path

import pytest

import planx
from planx.normalise.commitments import prompt_question
from planx.normalise.ligatures import mend_text

PRIORITIES = [
    ("Develop high quality learning, teaching and assessment that leads to improved levels of attainment "
     "and achievement for all in our schools and settings.",
     ["The reading framework was embedded and staff were consistent in their approach to planning.",
      "Parents and carers were consulted about the curriculum rationale in the spring."],
     ["Most pupils at Early Level used their tablets confidently across literacy and numeracy."],
     ["To increase attainment in reading and writing for all children through targeted support sessions.",
      "To use the digital platform consistently across the school as part of our practice."]),
    ("Develop inclusive practice with a focus on universal and targeted provision in all schools and "
     "settings.",
     ["Staff applied nurturing approaches in their interactions with children."],
     ["Almost all pupils are more confident in talking about their feelings, as surveys show."],
     ["To embed nurturing practices in all classes and review each timetable for pupils needing support.",
      "To implement the wellbeing tool in every class as part of our equity and inclusion agenda."]),
]


@pytest.mark.parametrize("text, asks", [
    ("What improvements have you made this year?", True),
    ("What has improved for learners? How do you know?", True),
    ("To what extent have we met our aims?", True),
    ("Next Steps?", False),  # names its list as actions, asks nothing
    ("What we will do", False),  # no question mark: a heading naming actions
    ("Priority 1: Reading", False),
])
def test_a_question_the_writer_answers_is_a_prompt(text, asks):
    assert prompt_question(text) == asks


def _report(path: Path, priorities: list) -> Path:
    """The report as a PDF: each priority a bold banner, each question plain, each answer bullets."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph as RLParagraph
    from reportlab.platypus import SimpleDocTemplate

    styles = getSampleStyleSheet()
    body = styles["Normal"]
    bold = body.clone("bold", fontName="Helvetica-Bold", spaceBefore=8)
    asks = body.clone("asks", spaceBefore=6)
    story = [RLParagraph("School Improvement Report", styles["Title"]),
             RLParagraph("Review of Progress 2023-24", styles["Heading1"]),
             RLParagraph("Our school is a small rural primary school with four classes.", body)]
    for n, (priority, made, improved, steps) in enumerate(priorities, 1):
        story.append(RLParagraph(f"SBC priority {n}: {priority}", bold))
        for question, items in (("What improvements have you made this year?", made),
                                ("What has improved for learners? How do you know?", improved),
                                ("Next Steps?", steps)):
            story.append(RLParagraph(question, asks))
            story += [RLParagraph(item, body, bulletText="•") for item in items]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_next_steps_sit_under_the_priority_not_the_question_or_the_review(tmp_path: Path):
    result = planx.convert_file(str(_report(tmp_path / "school_report.pdf", PRIORITIES)))
    want = [(str(n), p, s) for n, (p, _, _, steps) in enumerate(PRIORITIES, 1) for s in steps]
    assert [(a.area_ref, a.area, a.action) for a in result.actions] == want


@pytest.mark.parametrize("read, mended", [
    # as a Mac Word PDF's Calibri subset maps its ligatures (the real report: ti → 'C' or 'J', tt → 'T',
    # tf → '^', tti → '?'); the character differs from one subset to the next, the word tells
    ("To conCnue to implement the wellbeing tool", "To continue to implement the wellbeing tool"),
    ("To increase aTainment in reading and wriCng", "To increase attainment in reading and writing"),
    ("the digital pla^orm", "the digital platform"),
    ("Context of the se?ng", "Context of the setting"),
    ("AcCng Head Teacher", "Acting Head Teacher"),
    ("nurturing pracJces", "nurturing practices"),
    # words that are words already, or that no ligature makes one, stay as read
    ("iPad, PowerPoint, McDonald, eBay and JavaScript", "iPad, PowerPoint, McDonald, eBay and JavaScript"),
    ("the NHS and SEND", "the NHS and SEND"),
    ("their metables", "their metables"),
])
def test_ligatures_a_pdf_font_maps_to_other_characters_are_written_back(read, mended):
    assert mend_text(read)[0] == mended


def test_a_report_whose_pdf_breaks_its_ligatures_is_read_whole(tmp_path: Path):
    """The text layer holds 'conCnue' (as the real report's does): the next steps are still actions,
    written back, and a warning says so."""
    broken = {"continue": "conCnue", "practices": "pracJces", "attainment": "aTainment"}
    def mangle(text: str) -> str:
        for word, read in broken.items():
            text = text.replace(word, read)
        return text
    priorities = [(p, made, improved, [mangle(s) for s in steps]) for p, made, improved, steps in PRIORITIES]
    priorities[1][3][:] = ["To continue to implement the wellbeing tool as part of our equity and inclusion agenda.",
                           "To embed nurturing practices in all classes."]
    priorities[1][3][:] = [mangle(s) for s in priorities[1][3]]
    result = planx.convert_file(str(_report(tmp_path / "broken_ligatures.pdf", priorities)))
    assert [a.action for a in result.actions][-2:] == [
        "To continue to implement the wellbeing tool as part of our equity and inclusion agenda.",
        "To embed nurturing practices in all classes."]
    assert "aTainment" not in " ".join(a.action for a in result.actions)
    assert any("ligatures" in w for w in result.warnings)
