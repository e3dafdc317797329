"""A corrective action plan answering audit findings, one form per finding, each label on a line of its
own over its value ('Views of Responsible Officials:' / 'Name of Responsible Person:' / 'Implementation
Date:', a US district's single-audit response; 'Management Response:' / 'Contact Person:' / 'Expected
Completion:' here), after a cover letter whose own labels ('Email:', 'Phone:') come back twice
(normalise/labelforms.py):
- the records open at the label printed in every record, not at a cover's label printed twice: the
  labels that recur are weighed by the lines they label;
- a label alone over a sentence takes it as its value, even a short field's ('Expected Completion:'
  over 'The Town started monthly reconciliations in July 2023 and will complete …');
- a value opening with a phrase and a colon that names no field ('Several offices: Ann Lee, …') is
  the value, colon and all, not a label of its own;
- a short value a plain text's reader takes for a heading ('Bob Stone, Controller') stays the value of
  the label standing alone above it."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from conftest import read

import planx

COVER = ["Dear Finance Director:", "Please find our response to the findings of the 2023 audit enclosed.",
         "Audit Office", "Email: audits@example.gov", "Phone: 555 0100",
         "If you need anything further, please contact the Audit Office.", "Audit Office",
         "Email: audits@example.gov", "Phone: 555 0100", "Corrective Action Plan", "Year ended June 30, 2023"]
FINDINGS = [
    ("2023-001 Late bank reconciliations",
     "The Town will reconcile every bank account within 30 days of month end and the Treasurer will review "
     "each reconciliation.", "Several offices: Ann Lee, Treasurer; Bob Stone, Controller",
     "The Town started monthly reconciliations in July 2023 and will complete the backlog by December 2023."),
    ("2023-002 Capital asset records not updated",
     "Finance staff will update the capital asset register after each purchase and reconcile it to the "
     "ledger yearly.", "Bob Stone, Controller", "June 30, 2024"),
    ("2023-003 Payroll approvals missing",
     "Department heads will approve all timesheets in the payroll system before each pay run is processed.",
     "Carla Diaz, Human Resources Director", "March 2024"),
]


def _lines() -> list[str]:
    lines = list(COVER)
    for title, response, person, when in FINDINGS:
        lines += [title, "Management Response:", response, "Contact Person:", person, "Expected Completion:", when]
    return lines


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cap")
    (folder / "town_cap.txt").write_text("\n\n".join(_lines()) + "\n", encoding="utf-8")
    d = docx.Document()
    for line in _lines():
        d.add_paragraph(line)
    d.save(str(folder / "town_cap.docx"))
    result = tmp_path_factory.mktemp("cap_out")
    planx.convert([folder], out=result, jobs=1)
    return result


@pytest.mark.parametrize("doc", ["town_cap.txt", "town_cap.docx"])
def test_each_finding_s_response_is_an_action_with_its_person_and_date(out, doc):
    got = [(a["action"], a["lead"], a["due_raw"], a["due_date"]) for a in read(out, "actions") if a["doc"] == doc]
    assert got == [(response, person, when, date) for (_, response, person, when), date
                   in zip(FINDINGS, ["2023-12", "2024-06-30", "2024-03"], strict=True)]


@pytest.mark.parametrize("text", ["2022-007", "2023-001 Late bank reconciliations", "Finding 2021-012"])
def test_an_audit_finding_s_number_is_no_date(text):
    from planx.normalise.dates import find_dates
    assert find_dates(text) == []


@pytest.mark.parametrize("text, year", [("2022-23", 2023), ("2022-2023", 2023), ("by 2030", 2030)])
def test_years_and_pairs_of_years_stay_dates(text, year):
    from planx.normalise.dates import find_dates
    assert find_dates(text)[-1].year == year
