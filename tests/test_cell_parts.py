"""Labelled parts inside one cell read as the action's fields (normalise/cellparts.py): the shapes of an
open-government plan's commitments appendix (the action, then 'Update:' paragraphs; 'Status:' in the
cell beside it) and of the federal corrective-action-plan form (run-in 'Implementation date(s):' /
'Responsible persons:' labels; a finding's labelled parts before 'Management Response and Corrective
Action Plan:'; a lead-in over numbered steps), and a column headed '… Reference Number' whose codes look
like dates."""
from __future__ import annotations

import pytest
from conftest import convert_text

import planx
from planx.normalise.cellparts import names_a_reference, own_label_line, read_cell_parts
from planx.normalise.milestones import item_date, lead_in_items


def test_run_in_labels_after_the_action_label_give_due_and_responsible():
    parts = read_cell_parts("Corrective action plan: TDA maintains an internal policy that requires SOC reports "
                            "to be reviewed annually. Implementation date(s): June 2023 Responsible persons: "
                            "Chief Information Officer and Director of Financial Services")
    assert parts is not None
    assert parts.action == "TDA maintains an internal policy that requires SOC reports to be reviewed annually."
    # 'Responsible persons' names the responsibility itself: `responsible` (CONTRACT, two owner columns)
    assert parts.values == {"due": "June 2023",
                            "responsible": "Chief Information Officer and Director of Financial Services"}
    assert parts.aside == []


def test_the_action_after_a_findings_labelled_parts_is_the_text_after_the_last_action_label():
    cell = ("Finding 2022-004 – Significant Deficiency \nAssistance Listing:  21.027 – Recovery Funds\n"
            "\tFederal Grantor:  Department of the Treasury \nCondition:  The District used a sole source "
            "authorization for the procurement.\nRecommendation:  We recommend the District work with FEMA to "
            "obtain written approval.\nManagement Response and Corrective Action Plan: The District shall revise "
            "policies and procedures.")
    parts = read_cell_parts(cell)
    assert parts is not None
    assert parts.action == "The District shall revise policies and procedures."
    # the recommendation reads like an action: it is the finding's, kept aside with the rest
    assert "Recommendation: We recommend the District work with FEMA to obtain written approval." in parts.aside
    assert parts.aside[0] == "Finding 2022-004 – Significant Deficiency"
    assert parts.values == {}


def test_who_and_when_labels_run_onto_the_text_before_them_give_lead_and_due():
    # a form whose line breaks were lost: each long label glued to the value before it
    parts = read_cell_parts("Parks Grant No. 10.555Recommendation: We suggest the Town reconcile grant "
                            "ledgers monthly.Response: Finance staff will reconcile the ledgers each month."
                            "Name of the person responsible for the corrective action: Dana ReyesExpected "
                            "completion date for the corrective action: March 31, 2024")
    assert parts is not None
    assert parts.values == {"lead": "Dana Reyes", "due": "March 31, 2024"}
    assert parts.action.endswith("Finance staff will reconcile the ledgers each month.")
    assert "Dana" not in parts.action


@pytest.mark.parametrize("cell", [
    "Staff use the PowerPoint template.McKinsey Review: a report of the year",  # no field's label
    "Train the team on the new ledger.Next steps: the team meets in June 2024",  # a label of no field
])
def test_a_glued_capital_that_is_no_field_label_is_read_as_printed(cell):
    parts = read_cell_parts(cell)
    assert parts is None or not parts.values


def test_update_and_status_labels_give_progress_and_status():
    parts = read_cell_parts("NARA is working to build a national framework.\nUpdate: Research Services "
                            "standardized days of operation.\nQuarterly, our newsletter goes on.")
    assert parts is not None and parts.action == "NARA is working to build a national framework."
    assert parts.values == {"progress": "Research Services standardized days of operation.\n"
                                        "Quarterly, our newsletter goes on."}
    # a cell beside the action (a column no field takes): its labelled part is the row's, the rest aside
    beside = read_cell_parts("2.2\nStatus:\nImplemented and ongoing", "")
    assert beside is not None and beside.action == ""
    assert beside.values == {"status": "Implemented and ongoing"} and beside.aside == ["2.2"]


@pytest.mark.parametrize("cell, own", [
    ("Improve the pass rate. Target: 95% of pupils", "action"),  # 'Target' names no date here
    # two plans run together, each with its own date and owner: no one of them is the cell's action
    ("Determination\nCorrective action plan: DFPS will train staff. Implementation date(s): April 1, 2023. "
     "Responsible persons: Jerome Green\nPEAF Corrective action plan: DFPS will recoup overpayments. "
     "Implementation date(s): January 13, 2023 Responsible persons: Debbie Bouldin", "action"),
    ("PeopleSoft Reimbursement Process: Work with contractors to develop a template.", "action"),  # a title
    ("Deliver the training programme to all staff", "action"),  # no label at all
    ("Status: Complete", "action"),  # labels only, no action before them (a form's cell, read elsewhere)
    ("Note: see the appendix for the full list", ""),  # a label that names no field the row takes
])
def test_a_cell_without_a_label_its_row_takes_is_read_as_printed(cell, own):
    assert read_cell_parts(cell, own) is None


def test_a_capitals_line_naming_the_column_and_a_lead_in_over_numbered_steps():
    assert own_label_line("CORRECTIVE ACTION PLAN\nManagement will adopt a process.") == (
        "CORRECTIVE ACTION PLAN", "Management will adopt a process.")
    assert own_label_line("Management will adopt a process.\nIt will alert staff.")[0] == ""
    assert own_label_line("RISK REGISTER\nManagement will adopt a process.")[0] == ""  # names no action
    lead, items = lead_in_items("Management has developed the following for consistent adjustments:\n1. Work "
                                "with the contractors.\n2. Audit a sample monthly.\n3. Separate the duties.") or \
        ("", [])
    assert lead == "Management has developed the following for consistent adjustments:"
    assert [t for _, t in items] == ["Work with the contractors.", "Audit a sample monthly.",
                                     "Separate the duties."]
    assert lead_in_items("1. Work with the contractors.\n2. Audit a sample monthly.") is None
    text, printed, date = item_date("Separate the duties. Anticipated completion date is June 30, 2023.")
    assert (text, printed, date.iso() if date else "") == ("Separate the duties.", "June 30, 2023", "2023-06-30")
    # a date inside a sentence that names no date's label stays in the text
    assert item_date("Separate the duties. This process began February 28, 2023.")[0] == \
        "Separate the duties. This process began February 28, 2023."


@pytest.mark.parametrize("label, expected", [
    ("Audit Finding Reference Number", True), ("Ref", True), ("Finding ref no.", True), ("Action ID", True),
    ("Due date", False), ("Number of staff trained", False), ("Target", False),
])
def test_a_heading_naming_a_reference(label, expected):
    assert names_a_reference(label) is expected


COMMITMENTS = """---
title: "Open Government Plan | Appendix C: Updates to Commitments"
---

### Appendix C: Updates to Commitments

<table border="1">
  <tbody>
    <tr><th><p>#</p></th><th><p>Proposed Action for 2014-2016</p></th><th><p>2014 Plan Section</p></th>
      <th><p>Topic</p></th></tr>
    <tr><td><p>1</p></td>
      <td><p>We will build a national framework for public programs that will improve access to our holdings.</p>
      <p>&nbsp;</p>
      <p><strong>Update: </strong>Research Services standardized days of operation at our facilities.</p>
      <p>&nbsp;</p>
      <p>By April 2016 Research Services had placed 42 videos on our YouTube channel.</p></td>
      <td><p>2.2</p><p>&nbsp;</p><p><strong>Status: </strong></p><p>Implemented and ongoing</p></td>
      <td><p>Public Engagement</p></td></tr>
    <tr><td><p>2</p></td>
      <td><p>We will move our public website to a cloud-based solution and implement an open source CMS.</p>
      <p><strong>Update: </strong>A new Drupal-based version has been designed, developed and tested.</p></td>
      <td><p>3.2</p><p><strong>Status: </strong>Forthcoming</p></td>
      <td><p>Online Access</p></td></tr>
    <tr><td><p>3</p></td>
      <td><p>We will publish the Privacy Act Issuances compilation on Data.gov.</p>
      <p><strong>Update: </strong>The 2011, 2013, and 2015 compilations are now available as XML.</p></td>
      <td><p>4.1</p><p><strong>Status: </strong>Implemented</p></td>
      <td><p>Federal Register</p></td></tr>
  </tbody>
</table>
"""


def test_a_commitments_table_whose_cells_hold_update_and_status(tmp_path):
    result = convert_text(tmp_path, "appendix_c.md", COMMITMENTS)
    got = [(a.action, a.progress, a.status_raw, a.status, a.area) for a in result.actions]
    assert got == [
        ("We will build a national framework for public programs that will improve access to our holdings.",
         "Research Services standardized days of operation at our facilities. By April 2016 Research Services "
         "had placed 42 videos on our YouTube channel.", "Implemented and ongoing", "complete", "Public Engagement"),
        ("We will move our public website to a cloud-based solution and implement an open source CMS.",
         "A new Drupal-based version has been designed, developed and tested.", "Forthcoming", "",
         "Online Access"),
        ("We will publish the Privacy Act Issuances compilation on Data.gov.",
         "The 2011, 2013, and 2015 compilations are now available as XML.", "Implemented", "complete",
         "Federal Register")]
    assert any("labelled parts inside its cells" in w for w in result.warnings)
    # the section numbers stay aside under their column; no labelled text is lost nor left unread
    aside = [lo.text for lo in result.leftovers]
    assert "2.2" in aside and "3.2" in aside
    assert not any(lo.reason == "no reading took this text" for lo in result.leftovers)


def _form(path, rows):
    import openpyxl
    import openpyxl.styles
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Coversheet"
    cover.append(["Federal Audit Clearinghouse", "This workbook contains two worksheets."])
    cover.append(["Section", "CorrectiveActionPlan"])
    cover.append(["Auditee UEI:", "AB12CD34EF56"])
    form = wb.create_sheet("Form")
    form.append(["Audit Finding Reference Number", "Planned Corrective Action", "Did Text Contain a Chart or Table?"])
    for cell in form[1]:  # the form's heading row, white on blue as the template prints it
        cell.font = openpyxl.styles.Font(bold=True, color="FFFFFF")
        cell.fill = openpyxl.styles.PatternFill("solid", fgColor="0066CC")
    for row in rows:
        form.append(row)
    wb.save(path)


def test_a_corrective_action_plan_form(tmp_path):
    _form(tmp_path / "cap.xlsx", [
        ["2022-020", "Corrective action plan: The agency will review SOC reports annually and document user "
                     "entity controls. Implementation date(s): June 2023 Responsible persons: Chief Information "
                     "Officer", "N"],
        ["2022-021", "Corrective Action Plan: The agency will reconcile the grant ledger to the drawdowns each "
                     "month.\nImplementation Date: September 30, 2023\nResponsible Person: Grants Accounting "
                     "Manager", "N"],
        ["2022-004", "Finding 2022-004 – Significant Deficiency\nCondition: The District used a sole source "
                     "authorization.\nRecommendation: We recommend the District obtain written approval.\n"
                     "Management Response and Corrective Action Plan: The District shall revise its procurement "
                     "procedures.", "N"],
        ["2022-002", "CORRECTIVE ACTION PLAN\nManagement has developed the following to correct the adjustments:\n"
                     "1. Management will update the system parameters. This process began February 28, 2023.\n"
                     "2. Management will audit a sample each month.\n3. Management will separate the review "
                     "duties. Anticipated completion date is June 30, 2023.", "N"],
    ])
    result = planx.convert_file(str(tmp_path / "cap.xlsx"))
    got = [(a.action, a.due_raw, a.due_date, a.responsible, a.lead) for a in result.actions]
    assert got == [
        ("The agency will review SOC reports annually and document user entity controls.", "June 2023", "2023-06",
         "Chief Information Officer", ""),
        ("The agency will reconcile the grant ledger to the drawdowns each month.", "September 30, 2023",
         "2023-09-30", "Grants Accounting Manager", ""),
        ("The District shall revise its procurement procedures.", "", "", "", ""),
        ("Management has developed the following to correct the adjustments:", "June 30, 2023", "2023-06-30",
         "", "")]
    steps = result.actions[3].milestones
    assert [(m.milestone, m.due_date) for m in steps][1:] == [
        ("Management will audit a sample each month.", ""),
        ("Management will separate the review duties.", "2023-06-30")]
    assert steps[0].milestone.startswith("Management will update the system parameters.")
    # the finding numbers ('2022-020') are codes, not due dates (dates.py reads no year in 'YYYY-NNN', so
    # the due dates above come from the cells' own labels); the finding's parts are kept aside
    assert not any(a.due_raw.startswith("2022-") for a in result.actions)
    aside = [lo.text for lo in result.leftovers]
    assert "Recommendation: We recommend the District obtain written approval." in aside
    assert not any(a.action == "AB12CD34EF56" for a in result.actions)  # the coversheet's key/value


def test_a_comma_after_the_month_of_a_us_date():
    # 'Implementation date(s): August, 31, 2023' in a corrective action plan
    from planx.normalise.dates import due_date
    assert due_date("August, 31, 2023") == "2023-08-31"
    assert due_date("In August, 31 staff were trained") == ""


# a council's progress report on a recommendation (Birmingham City Council, Section 24 report, p 59): the
# 'Proposed Actions' cell holds three paragraphs beside one date and one officer, the progress cell three
# updates each opening 'November 2018:'; a PDF's cell keeps no blank line, a paragraph ends on a short line
PROPOSED = ("The shareholder role is discharged\nthrough the CC-GCG, with attendance\nby subsidiaries either "
            "on a cyclical\ntimeframe or where there are concerns\nwith a Council-owned company, on a\nmore regular "
            "basis.\nThe Intelligent Client Function is more\nrobustly developed for some subsidiary\nbodies than "
            "others. This will form part of the work\nprogramme for CC-GCG in 2018.\nRisks within subsidiary "
            "bodies are\nformally reported to Audit Committee\nannually. The Council will extend this\nmechanism "
            "to capture in-year risks.")
PROGRESS = ("November 2018: The workplan and\ntimetable for the CC-GCG is being\ndeveloped.\nThe CC-GCG has been "
            "timetabled into\nthe Committee calendar.\nNovember 2018: The role of client\nfunctions will be "
            "developed.\nNovember 2018: CC-GCG will consider\na regular report on the risks.")


def test_paragraphs_of_one_cell_beside_as_many_dated_updates_are_an_action_each():
    from planx.normalise.cellparts import split_paired_paragraphs
    from planx.normalise.draft import Draft
    row = Draft(pieces={"action": [PROPOSED], "progress": [PROGRESS], "due": ["Ongoing"],
                        "lead": ["Clive Heaphy"]}, context={"area": "Rec 6"})
    warnings: list[str] = []
    out = split_paired_paragraphs([row], warnings)
    assert [(d.text("action")[:40], d.text("progress")[:40], d.text("lead"), d.text("due")) for d in out] == [
        ("The shareholder role is discharged throu", "November 2018: The workplan and timetabl", "Clive Heaphy",
         "Ongoing"),
        ("The Intelligent Client Function is more ", "November 2018: The role of client functi", "Clive Heaphy",
         "Ongoing"),
        ("Risks within subsidiary bodies are forma", "November 2018: CC-GCG will consider a re", "Clive Heaphy",
         "Ongoing")]
    assert out[0].text("progress").endswith("The CC-GCG has been timetabled into the Committee calendar.")
    assert warnings
    # an action's history of updates (different dates) is one action's; so is one update beside paragraphs
    history = PROGRESS.replace("November 2018: The role", "January 2019: The role").replace(
        "November 2018: CC-GCG", "March 2019: CC-GCG")
    for progress in (history, "November 2018: The workplan is being developed."):
        one = Draft(pieces={"action": [PROPOSED], "progress": [progress], "lead": ["Clive Heaphy"]})
        assert split_paired_paragraphs([one], []) == [one]
