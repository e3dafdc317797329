"""A questionnaire that answers its questions line by line ('Answer: Yes', 'Answer: No'), with a table of
who staffs each programme task: a compliance return, not a plan; its rows are kept aside
(normalise/kinds.answered_form)."""
from __future__ import annotations

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.kinds import answered_form
from planx.normalise.records import Action

TASKS = [("Handling requests for adjustments", "Jo Smith, Programme Manager"),
         ("Reviewing building access", "Sam Patel, Estates Officer"),
         ("Answering enquiries about the scheme", "Lee Wong, Adviser")]


def _form(answers: int) -> RawDocument:
    blocks: list = [Paragraph("Workforce Inclusion Return FY 2027", 1, 1, heading=True)]
    line = 2
    for k in range(answers):
        blocks.append(Paragraph(f"{k + 1}. Has the agency met requirement {k + 1} during the reporting period?\n"
                                f"Answer: {'Yes' if k % 2 else 'No'}", 1 + k // 6, line))
        line += 2
    rows = [["Programme task", "Full time", "Part time", "Responsible official"]]
    rows += [[task, "1", "0", who] for task, who in TASKS]
    blocks.append(Table(rows=[Row([Cell(t, c) for c, t in enumerate(r)], 1, n + 1) for n, r in enumerate(rows)],
                        page=1, index=1))
    return RawDocument(path="", name="return.pdf", format="pdf", blocks=blocks, pages=4)


def test_a_form_answering_many_questions_holds_no_plan():
    result = normalise(_form(12))
    assert result.actions == []
    assert "Handling requests for adjustments" in " ".join(lo.text for lo in result.leftovers)


def test_a_few_answers_say_nothing():
    assert answered_form(_form(3), [Action(action="Handling requests for adjustments")]) == ""
    assert answered_form(_form(12), [Action(action="Handling requests for adjustments")]) != ""
