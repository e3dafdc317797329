"""Plans answering a regulator, grouped by regulation or standard: a 'Reg' column merged down, a
'Requirement' column whose numbered titles ('Regulation 31: Staff training') stand once over their
rows, a 'Standard N: …' heading over each standard's table with item codes that say nothing of
its number. End to end on samples/make_regulated_plans.py, and rule by rule."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_actions_as_truth

import planx
from planx.normalise.banners import read_banner
from planx.normalise.headers import read_heading
from planx.normalise.itemlists import numbered_group_titles

FIELDS = ("area_ref", "area", "lead", "due_raw", "due_date", "status", "rag")


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_regulated_plans import main
    folder = tmp_path_factory.mktemp("regulated")
    main(folder, [3])
    out = tmp_path_factory.mktemp("regulated_out")
    planx.convert([folder], out=out, jobs=1)
    return folder, out


@pytest.mark.parametrize("kind", ["inspection.docx", "inspection.txt", "standards.docx"])
def test_each_regulated_plan_gives_its_actions_under_their_regulation_or_standard(plans, kind):
    folder, out = plans
    assert_actions_as_truth(folder, out, f"regulated_plan_3_{kind}", FIELDS)


def test_a_regulation_column_groups_the_findings_beside_it():
    assert read_heading("Reg")[0].field == "area"
    assert read_heading("Regulation")[0].score > read_heading("Finding")[0].score


def test_a_standard_names_the_area_of_its_table():
    assert read_banner("Standard 2: Tenancy Standard") == ("2", "Tenancy Standard")


def test_titles_numbered_under_a_word_name_groups():
    titles = ["Regulation 13: The leadership and management standard", "Regulation 31: Staff training"]
    assert numbered_group_titles(titles, 3)
    assert not numbered_group_titles(titles, 2)  # one title a row: nothing says they group rows
    assert not numbered_group_titles(["Review the policy", "Regulation 31: Staff training"], 3)


def themed_plan(path: Path, group_heading: str) -> None:
    """A CQC-style plan: service rows across the table, a group column beside the actions ('Reg'
    holding 'Regulation 12 (…)' or 'N/A' for a should-do)."""
    import docx
    d = docx.Document()
    d.add_paragraph("Inspection action plan")
    rows = [("Maternity", None), ("Regulation 12 (Safe care and treatment)", "Audit the resuscitation trolleys weekly"),
            ("N/A", "Display the midwife staffing levels on each ward"),
            ("Surgery", None), ("Regulation 17 (Good governance)", "Review the theatre safety checklist audit")]
    table = d.add_table(rows=1 + len(rows), cols=4)
    for c, text in enumerate([group_heading, "Action", "Lead", "Target date"]):
        table.cell(0, c).text = text
    for r, (group, action) in enumerate(rows, start=1):
        if action is None:  # a row merged across the table: the service
            table.cell(r, 0).merge(table.cell(r, 3)).text = group
            continue
        for c, text in enumerate([group, action, "Director of Nursing", "31/03/2026"]):
            table.cell(r, c).text = text
    d.save(str(path))


def test_a_row_across_the_table_names_the_area_over_a_regulation_column(tmp_path: Path):
    path = tmp_path / "cqc_plan.docx"
    themed_plan(path, "Reg")
    result = planx.convert_file(str(path))
    assert [a.area for a in result.actions] == ["Maternity", "Maternity", "Surgery"]
    # the regulations are kept, each with its heading
    aside = {(lo.text, lo.heading) for lo in result.leftovers}
    assert ("Regulation 12 (Safe care and treatment)", "Reg") in aside


def test_a_column_headed_by_the_areas_own_word_keeps_its_values(tmp_path: Path):
    path = tmp_path / "themed_plan.docx"
    themed_plan(path, "Workstream")
    result = planx.convert_file(str(path))
    # a numbered regulation is a banner's shape: its number the reference, its title (in brackets) the area
    assert [(a.area_ref, a.area) for a in result.actions][0] == ("12", "Safe care and treatment")
