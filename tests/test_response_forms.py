"""A response form: a row per finding, under it one wide cell that opens with the form's question and
holds the answer's points (normalise/responses.py). Shapes: an inspectorate's compliance plan (the
provider's paragraphs each closed by a 'Completed: date' / 'To be completed: date' label, a lead-in over
two lines, the last point carried onto the next page), and an audit's management-response table in
Word with other wording ('What action will you take …?', bullets). Synthetic documents of those shapes."""
from __future__ import annotations

from pathlib import Path

from docx import Document

from planx.extract.docx import parse_docx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.responses import lift_responses, prompt_end

_ANSWER = ("Outline how you are going to come into compliance with Regulation 27: Protection\nagainst infection:\n"
           "To ensure compliance with regulation 27 the following action\nhas been undertaken:\n"
           "All staff have completed their refresher training in hand hygiene. Isolation plans will include the\n"
           "relevant location for donning and doffing of PPE.\nCompleted: 07/04/2022\n"
           "All signage within the centre has been reviewed and now reflects the most up\n"
           "to date guidance. Completed: 07/04/2022\n"
           "A colour coded flat mop system has been ordered within the Centre. The system will\n"
           "have a designated storage area\nTo be completed:12th May 2022\n"
           "The vacancy has been referred to the Human Resources Department. This will be\ncompleted by 31/03/2023.")


def _inspection_plan() -> RawDocument:
    table = Table([Row([Cell("Regulation Heading", 0), Cell("Judgment", 1)], 11, 0),
                   Row([Cell("Regulation 27: Protection against\ninfection", 0), Cell("Substantially Compliant", 1)],
                       11, 1),
                   Row([Cell(_ANSWER, 0, colspan=2)], 11, 2)], 11, 3)
    blocks: list[Paragraph | Table] = [
        Paragraph("Compliance Plan for Riverside House", 10, 1, heading=True),
        Paragraph("Compliance plan provider’s response:", 11, 1), table,
        Paragraph("A Biological Risk Assessment has been completed on the procedure for laundering of "
                  "contaminated bedding. Completed 07/04/2022", 12, 2),
        Paragraph("Section 2:", 13, 1, heading=True),
        Paragraph("Regulations to be complied with", 13, 2)]
    return RawDocument(name="plan.pdf", format="pdf", path="plan.pdf", pages=13, blocks=blocks)


def test_an_inspection_compliance_plan_reads_each_paragraph_of_the_answer_as_an_action():
    result = normalise(_inspection_plan())
    got = [(a.area_ref, a.area, a.action[:40], a.status, a.due_date) for a in result.actions]
    assert got == [
        ("27", "Protection against infection", "All staff have completed their refresher", "complete", ""),
        ("27", "Protection against infection", "All signage within the centre has been r", "complete", ""),
        ("27", "Protection against infection", "A colour coded flat mop system has been ", "", "2022-05-12"),
        ("27", "Protection against infection", "The vacancy has been referred to the Hum", "", "2023-03-31"),
        ("27", "Protection against infection", "A Biological Risk Assessment has been co", "complete", ""),
    ]
    # the label stands apart from the text; the writer's own sentence stays in it
    assert "Completed" not in result.actions[0].action
    assert result.actions[3].action.endswith("This will be completed by 31/03/2023.")
    # the question and the lead-in are kept aside, not lost
    kept = " ".join(x.text for x in result.leftovers)
    assert "Outline how you are going to come into compliance" in kept
    assert "the following action has been undertaken:" in kept


def _audit_response(path: Path) -> None:
    doc = Document()
    doc.add_heading("Internal audit of the parks depot: management responses", 0)
    table = doc.add_table(rows=0, cols=2)
    for finding, rating, points in (
            ("Finding 1: Health and safety at the depot", "Partly met",
             ["Replace the damaged fencing around the depot yard by 30 June 2025",
              "Train all depot staff in manual handling. Completed 12/05/2025"]),
            ("Finding 2: Stock control", "Not met",
             ["Introduce a monthly stock count signed off by the depot manager",
              "Move the fuel records to the asset system. Due: 31/10/2025"])):
        head = table.add_row().cells
        head[0].text, head[1].text = finding, rating
        answer = table.add_row().cells
        merged = answer[0].merge(answer[1])
        merged.text = "What action will you take to address this finding?\nWe will take the following steps:\n" + \
            "\n".join(f"• {p}" for p in points)
    doc.save(str(path))


def test_an_audit_management_response_in_word_reads_the_same_way(tmp_path):
    _audit_response(tmp_path / "audit.docx")
    result = normalise(parse_docx(tmp_path / "audit.docx"))
    got = [(a.area_ref, a.area, a.action, a.status, a.due_date) for a in result.actions]
    assert got == [
        ("1", "Health and safety at the depot", "Replace the damaged fencing around the depot yard by 30 June 2025",
         "", "2025-06-30"),
        ("1", "Health and safety at the depot", "Train all depot staff in manual handling.", "complete", ""),
        ("2", "Stock control", "Introduce a monthly stock count signed off by the depot manager", "", ""),
        ("2", "Stock control", "Move the fuel records to the asset system.", "", "2025-10-31"),
    ]


def test_a_table_asking_nothing_or_answered_with_nothing_is_left_alone():
    assert prompt_end("Outline how you are going to come into compliance with Regulation 5:\nWe did.") > 0
    assert prompt_end("Summary of findings:\nThe centre was clean.") == -1
    plain = Table([Row([Cell("Regulation 5: Health care", 0), Cell("Compliant", 1)], 1, 0),
                   Row([Cell("Residents had good access to their GP and to allied health services.", 0, colspan=2)],
                       1, 1)], 1, 1)
    assert lift_responses(plain) is None
    blank = Table([Row([Cell("Regulation 5: Health care", 0), Cell("Not compliant", 1)], 1, 0),
                   Row([Cell("Outline how you are going to come into compliance with Regulation 5:", 0, colspan=2)],
                       1, 1)], 1, 1)
    assert lift_responses(blank) is None
