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


def test_next_steps_sit_under_the_priority_not_the_question_or_the_review(tmp_path: Path):
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
    for n, (priority, made, improved, steps) in enumerate(PRIORITIES, 1):
        story.append(RLParagraph(f"SBC priority {n}: {priority}", bold))
        for question, items in (("What improvements have you made this year?", made),
                                ("What has improved for learners? How do you know?", improved),
                                ("Next Steps?", steps)):
            story.append(RLParagraph(question, asks))
            story += [RLParagraph(item, body, bulletText="•") for item in items]
    path = tmp_path / "school_report.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    result = planx.convert_file(str(path))
    want = [(str(n), p, s) for n, (p, _, _, steps) in enumerate(PRIORITIES, 1) for s in steps]
    assert [(a.area_ref, a.area, a.action) for a in result.actions] == want
