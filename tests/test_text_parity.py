"""Text renderings read as their Word twins: the same plan written as tab-separated text, with its
area rows, spanning heading cells and merged cells as text writes them, gives the records the Word
table gives (extract/text.py's tables; normalise/structure.py's theme rows over a sparse column)."""
from __future__ import annotations

import csv
from pathlib import Path

import planx
from planx.extract import extract
from planx.extract.model import Table

AREA_ROWS_TSV = """\
Quality Improvement Plan
Key: B = Complete; G = On track; A = At risk; R = Off track
Ref\tReg\tMust do / Should do\tImprovement action\tOwner\tCompletion date\tRAG
Surgery
MD1.1\tRegulation 11\tStaffing is safe.\tDevelop a quality dashboard\tChief Executive\t25.07.26\tAmber
MD1.2\t\t\tBuild assessment prompts into the patient record\tDirector of Governance\tQuarterly\tG
MD2.1\tRegulation 12\tAssessments are timely.\tAppoint a practice educator\tHR Director\tEnd of July 2026\tGreen
Critical care
MD3.1\tRegulation 11\tRisks are acted on.\tIntroduce a daily safety huddle\tDirector of Nursing\tend of April 2026\tA
MD3.2\t\t\tCarry out weekly spot checks of medicines storage\tMedical Director\tOngoing\tBLUE
MD3.3\t\t\tReview every risk on the register older than six months\tDirector of Governance\tMonthly\tG
End of life care
SD4.1\tN/A\tLearning is shared.\tInstall fridge monitoring\tDirector of Workforce\tTBC\tAmber
SD4.2\t\t\tPublish a mandatory training compliance dashboard\tChief Executive\tend of May 2026\tGREEN
"""


def _convert(tmp_path: Path, name: str, text: str) -> list[dict[str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([path], out=out, jobs=1, report=False)
    with open(out / "actions.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_a_line_between_tab_rows_is_a_row_across_the_table(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(AREA_ROWS_TSV, encoding="utf-8")
    tables = [b for b in extract(path).blocks if isinstance(b, Table)]
    assert len(tables) == 1  # the area lines no longer cut the table into headless pieces
    rows = tables[0].rows
    across = [r for r in rows if len(r.cells) == 1]
    assert [r.cells[0].text for r in across] == ["Surgery", "Critical care", "End of life care"]
    assert all(r.cells[0].colspan == 7 for r in across)


def test_a_line_set_apart_by_a_blank_line_or_a_sentence_still_ends_the_table(tmp_path: Path):
    text = ("Ref\tAction\tLead\n1\tAudit the offer\tAnn Lee\n2\tPublish the plan\tBo Ng\n\nSurgery\n"
            "1\tRecruit staff\tCy Oh\n2\tTrain staff\tDi Po\nThese are the actions we agreed with partners.\n"
            "3\tReview the plan\tEd Qi\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    tables = [b for b in extract(path).blocks if isinstance(b, Table)]
    assert [len(t.rows) for t in tables] == [3, 2, 1]
    assert not any(len(r.cells) == 1 for t in tables for r in t.rows)


def test_area_rows_in_tab_text_give_the_areas_not_a_sparse_column(tmp_path: Path):
    rows = _convert(tmp_path, "plan.txt", AREA_ROWS_TSV)
    assert [r["area"] for r in rows] == ["Surgery"] * 3 + ["Critical care"] * 3 + ["End of life care"] * 2
    assert [r["rag"] for r in rows] == ["amber", "green", "green", "amber", "blue", "green", "amber", "green"]


SPANNED_HEADING_TSV = """\
Partnership Business Plan 2025-2027
No.\tObjective\tWhat we will do\tWho\tWhen\tRAG status by quarter
\t\t\t\t\tApr-Jun\tJul-Sep\tOct-Dec\tJan-Mar
1.1\tPartners share information promptly\tConsult on a new threshold document\tSub-group chair\tMay 2025\tAMBER\tGreen
1.2\tSigns are seen earlier\tReview the referral pathway\tSafeguarding Lead\tAugust 2025\tGreen\tAmber
1.3\tAudits change practice\tHold joint training with the police\tSub-group chair\tApril 2026\tRed\tRed
"""


def test_a_heading_cell_over_the_columns_of_a_second_heading_row_spans_them(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(SPANNED_HEADING_TSV, encoding="utf-8")
    table = next(b for b in extract(path).blocks if isinstance(b, Table))
    top, sub = table.rows[0].cells, table.rows[1].cells
    assert (top[-1].text, top[-1].col, top[-1].colspan) == ("RAG status by quarter", 5, 4)
    assert [c.text for c in sub] == ["No.", "Objective", "What we will do", "Who", "When",
                                     "Apr-Jun", "Jul-Sep", "Oct-Dec", "Jan-Mar"]
    assert all(c.merged_above for c in sub[:5])


def test_a_second_row_that_fills_a_column_before_the_last_heading_is_no_sub_heading(tmp_path: Path):
    text = SPANNED_HEADING_TSV.replace("\t\t\t\t\tApr-Jun", "\t\t\t\tx\tApr-Jun")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    table = next(b for b in extract(path).blocks if isinstance(b, Table))
    assert table.rows[0].cells[-1].colspan == 1


def test_quarterly_ratings_under_a_spanning_text_heading(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(SPANNED_HEADING_TSV, encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([path], out=out, jobs=1, report=False)
    with open(out / "ratings.csv", encoding="utf-8") as fh:
        ratings = list(csv.DictReader(fh))
    assert [(r["label"], r["rag"]) for r in ratings][:2] == [("Apr-Jun", "amber"), ("Jul-Sep", "green")]
    with open(out / "actions.csv", encoding="utf-8") as fh:
        assert [r["rag"] for r in csv.DictReader(fh)] == ["green", "amber", "red"]


STATUS_COLOURS_TSV = """\
Homelessness Strategy Action Plan
Ref\tStrategic priority\tAction\tLead officer\tMeasure of success\tStatus
1.1\tObjective 1 - Supporting care leavers\tOffer a tenancy course\tHead of Housing\tFewer evictions\tAmber
1.2\tObjective 1 - Supporting care leavers\tAgree a joint housing protocol\tHousing Manager\tRepeat homelessness\tGreen
2.1\tObjective 2 - Preventing homelessness\tWork with the hospital discharge team\tPartners\tTenancy sustainment\tRed
2.2\tObjective 2 - Preventing homelessness\tProvide tenancy support\tHead of Housing\tFewer evictions\tOn track
"""


def test_a_status_column_of_colours_gives_the_rag_and_a_numbered_area_cell_its_title(tmp_path: Path):
    rows = _convert(tmp_path, "plan.txt", STATUS_COLOURS_TSV)
    assert [(r["area_ref"], r["area"]) for r in rows] == [("1", "Supporting care leavers")] * 2 + \
        [("2", "Preventing homelessness")] * 2
    assert [(r["rag"], r["rag_raw"], r["status_raw"]) for r in rows] == [
        ("amber", "Amber", "Amber"), ("green", "Green", "Green"), ("red", "Red", "Red"), ("", "", "On track")]
    assert rows[3]["status"] == "in_progress"  # a state stays the status, no RAG


SECTIONS_LAYOUT = """\
Joint Forward Plan - deliverables


1. Mental health

Senior responsible officer: Helen Ashworth

Ref     What we will deliver           Lead              Completion    RAG
1.1     Extend mental health support   Director of       March 2027    Red
        teams to cover 70% of schools  Population Health
1.2     Open a 24/7 crisis cafe in     Director of       Q4 2026/27    Amber
        each locality                  Urgent Care


2. Prevention and health inequalities

Senior responsible officer: Kwame Brennan

Ref     What we will deliver           Lead              Completion    RAG
2.1     Roll out tobacco dependency    Chief Nurse       June 2026     Green
        treatment in every trust
2.2     Deliver targeted lung health   Chief Nurse       Q4 2026/27    Amber
        checks in three localities
"""


def test_a_numbered_heading_over_a_labelled_line_over_a_layout_table_heads_it(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(SECTIONS_LAYOUT, encoding="utf-8")
    heads = [b.text for b in extract(path).blocks if not isinstance(b, Table) and b.heading]
    assert heads == ["1. Mental health", "2. Prevention and health inequalities"]
    rows = _convert(tmp_path, "plan.txt", SECTIONS_LAYOUT)
    assert [(r["area"], r["area_lead"]) for r in rows] == [("Mental health", "Helen Ashworth")] * 2 + \
        [("Prevention and health inequalities", "Kwame Brennan")] * 2


BANNER_ROWS_MD = """\
# Practice Review: Action Plan

| Agency | What will be done | Who | When | Rating |
|---|---|---|---|---|
| **Rec 1: Partners seek assurance that the child's voice is recorded** | | | | |
| Social Care | Amend the conference templates | Owen Lloyd | By November 2025 | Green |
| Health | Remind practitioners to see children alone | Head of Inclusion | Jan-26 | Amber |
| **Rec 2: Professionals use the escalation policy with confidence** | | | | |
| All agencies | Nominate an escalation champion | Leanne Ashworth | By July 2026 | Red |
| Social Care | Refresh the escalation policy | Head of Inclusion | May 2026 | Green |
| Police | see above | | | |
"""


def test_a_bold_first_cell_alone_in_a_markdown_row_spans_the_table(tmp_path: Path):
    path = tmp_path / "plan.md"
    path.write_text(BANNER_ROWS_MD, encoding="utf-8")
    table = next(b for b in extract(path).blocks if isinstance(b, Table))
    across = [r.cells[0] for r in table.rows if len(r.cells) == 1]
    assert [(c.text[:5], c.colspan, c.bold) for c in across] == [("Rec 1", 5, True), ("Rec 2", 5, True)]
    assert len(table.rows[-1].cells) == 5  # a first cell alone, not in bold, stays a cell of its row
    rows = _convert(tmp_path, "plan.md", BANNER_ROWS_MD)
    assert ["Partners seek" in r["area"] for r in rows[:4]] == [True, True, False, False]
    assert ["escalation policy" in r["area"] for r in rows[:4]] == [False, False, True, True]


def test_the_first_line_of_a_tab_plan_is_its_title_though_set_apart_as_a_heading(tmp_path: Path):
    text = ("Written Statement of Action – Westmoor Council\n\nThis statement sets out our actions.\n\n"
            "Area of weakness 1: Support in mainstream schools\n\nNo.\tWhat we will do\tLead officer\tBy when\n"
            "1.1\tRecruit case officers\tHead of SEND\tMarch 2026\n1.2\tTrain case officers\tHead of SEND\tMay 2026\n\n"
            "Area of weakness 2: Co-production with parents\n\nNo.\tWhat we will do\tLead officer\tBy when\n"
            "2.1\tAgree a single point of access\tClinical Officer\tJune 2026\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([path], out=out, jobs=1, report=False)
    with open(out / "documents.csv", encoding="utf-8") as fh:
        assert next(csv.DictReader(fh))["title"] == "Written Statement of Action – Westmoor Council"


def test_a_long_banner_line_between_rows_is_a_row_across_and_a_lower_case_line_is_not(tmp_path: Path):
    banner = "Recommendation 1: Agencies should improve their understanding of neglect and the cumulative harm " \
        "caused by chronic low-level concerns"
    text = (f"Agency\tAction to be taken\tLead officer\n{banner}\nEducation\tInclude neglect in the audit\tDavid Osei\n"
            "Health\tUse chronologies to record missed\n"
            "appointments and escalate concerns\nHealth\tTrain school nurses\tColin Okafor\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    tables = [b for b in extract(path).blocks if isinstance(b, Table)]
    assert [r.cells[0].text for r in tables[0].rows if len(r.cells) == 1] == [banner]
    assert len(tables) == 2  # the line in lower case goes on from a cell: it is no row across


def test_a_recommendation_banner_across_the_table_gives_its_number_and_title(tmp_path: Path):
    rows = _convert(tmp_path, "plan.md", BANNER_ROWS_MD)
    assert [(r["area_ref"], r["area"]) for r in rows[:4]] == \
        [("1", "Partners seek assurance that the child's voice is recorded")] * 2 + \
        [("2", "Professionals use the escalation policy with confidence")] * 2


FORMS_TXT = """\
Community Safety Partnership - Prevent Delivery Plan 2025-2027

Each action below sets out what we will do and who leads it.


Strand 1 - Training and awareness

1.1
Action: Deliver Prevent awareness training to all new council staff
Lead agency / officer: Designated Safeguarding Lead
Target date: 31/10/2026
RAG / status: Delayed

1.2
Action: Publish a modern slavery transparency statement
Lead agency / officer: Head of Procurement
Target date: By June 2025
Current status: On target


Strand 2 - Support for people at risk

2.1
Action: Review the Channel panel process against the national guidance
Lead agency / officer: Mark Okafor
Target date: By September 2025
RAG / status: Amber
"""


def test_numbered_part_headings_over_forms_give_areas_and_end_the_status_above(tmp_path: Path):
    from planx.extract.text import standalone_heading
    assert standalone_heading("Strand 2 - Support for people at risk")
    assert standalone_heading("Priority 3: Safe homes for everyone")
    assert not standalone_heading("Version 2 - draft for consultation.")
    assert not standalone_heading("Figure 2 - the number of referrals by month")
    rows = _convert(tmp_path, "plan.txt", FORMS_TXT)
    assert [(r["area_ref"], r["area"]) for r in rows] == [("1", "Training and awareness")] * 2 + \
        [("2", "Support for people at risk")]
    assert [(r["status_raw"], r["status"]) for r in rows][:2] == [("Delayed", "delayed"), ("On target", "in_progress")]
    assert (rows[0]["rag"], rows[2]["rag"], rows[2]["status_raw"]) == ("", "amber", "")


def test_what_good_looks_like_beside_how_it_is_evidenced_is_the_outcome():
    from planx.normalise.headers import read_header
    both = read_header([(0, 1, "Ref"), (1, 1, "What we will do"), (2, 1, "What good will look like"),
                        (3, 1, "How we will evidence impact"), (4, 1, "Lead")], first=True)
    assert both is not None
    assert [c.field for c in both.columns] == ["area_ref", "action", "outcome", "measure", "lead"]
    alone = read_header([(0, 1, "Ref"), (1, 1, "What we will do"), (2, 1, "What good looks like"),
                         (3, 1, "Lead")], first=True)
    # alone too, the state sought: an outcome (the ILACS plans' own reading of it)
    assert alone is not None and [c.field for c in alone.columns][2] == "outcome"


def test_a_text_files_first_line_outranks_a_section_heading_as_its_title(tmp_path: Path):
    text = ("Our Local Account: how we did in 2024-25 (Brindley Council Adult Social Care)\n\n\nWelcome\n\n"
            "This is our Local Account. It tells you how adult social care has performed.\n\n\nSafeguarding\n\n"
            "What we will do next: Deliver multi-agency training on self-neglect to 400 frontline staff.\n\n"
            "Who: Head of Adult Social Care. By: Q1 2025/26\n")
    path = tmp_path / "account.txt"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([path], out=out, jobs=1, report=False)
    with open(out / "documents.csv", encoding="utf-8") as fh:
        assert next(csv.DictReader(fh))["title"].startswith("Our Local Account: how we did in 2024-25")


EQUALITY_TSV = """\
Equality Objectives and Actions

The council publishes equality objectives every four years.


EO1. Make our services accessible to everyone

Why this matters: Residents told us this was a priority.

You said\tWhat we will do\tLead\tBy when\tStatus
Buildings are hard to get into with a wheelchair.\tOffer digital support\tLucy Carr\tOngoing\tOn track
It is hard to get through by phone if you are deaf.\tMake all web pages accessible\tBeth Mistry\t01/01/2026\tComplete
It is hard to get through by phone if you are deaf.\tProvide video calls\tPriya Fenwick\t28/12/2026\tDelayed


EO2. Be an inclusive employer

You said\tWhat we will do\tLead\tBy when\tStatus
Information is not available in my language.\tIntroduce anonymised shortlisting\tClaire Khan\t01/07/2026\tAchieved

1. Numbered lines set apart over no table

2. Stay as they are
"""


def test_a_numbered_title_over_a_tab_table_heads_it_and_sentences_beside_are_no_area(tmp_path: Path):
    path = tmp_path / "plan.txt"
    path.write_text(EQUALITY_TSV, encoding="utf-8")
    heads = [b.text for b in extract(path).blocks if not isinstance(b, Table) and b.heading]
    assert heads[-2:] == ["EO1. Make our services accessible to everyone", "EO2. Be an inclusive employer"]
    assert "1. Numbered lines set apart over no table" not in heads
    rows = _convert(tmp_path, "plan.txt", EQUALITY_TSV)
    assert [r["area"].endswith("Make our services accessible to everyone") for r in rows] == [True] * 3 + [False]
    assert rows[3]["area"].endswith("Be an inclusive employer")


def test_labels_ended_by_dashes_run_into_an_item_give_its_lead_and_date():
    from planx.normalise.lists import read_labels
    head, values, _ = read_labels("Retrofit 400 council homes to EPC band C Lead - Finance; Timescale - 2027")
    assert (head, values) == ("Retrofit 400 council homes to EPC band C", {"lead": "Finance", "due": "2027"})
    head, values, _ = read_labels("Install LED lighting in all offices\nLead - Waste Services; Timescale - 2026")
    assert values == {"lead": "Waste Services", "due": "2026"}
    # a lone dash inside an item is punctuation; so is a dash after a word that is no label
    assert read_labels("Review the policy - Lead officers to agree it")[1] == {}
    assert read_labels("Improving outcomes - a review; Summary - the year")[1] == {}


SAVINGS_LAYOUT = """\
Savings monitoring - Period 6 2025/26

Savings approved as part of the budget are tracked monthly by the Corporate Leadership Team. RAG: Green -
on track; Amber - at risk; Red - will not be delivered this year.

Ref     Directorate  Savings proposal          Budget        2025/26  2026/27  Forecast  Delivery  RAG     Commentary
                                             holder        £000    £000    £000    date
PH-1    Adults     Re-procure the substance  Chief         800     0       560     30/09/2026  A       Business case
        and        misuse treatment service  Digital                                                 approved.
        Health                               Officer
ASC-1   Adults     Expand reablement         Head of       200     100     50      May 2026  R       Saving at risk.
        and        capacity                  Highways
        Health
RES-1   Resources  Automate accounts         Chloe         150     100     150     Oct 2026  G       On track.
                   payable processing        Ashworth
RES-2   Resources  Consolidate office        Director of   150     0       37      31/01/2027  R       Saving at risk.
                   accommodation             Resources
RES-3   Resources  Renegotiate the ICT       Sarah         75      100     52      31/03/2027  G       Consultation.
                   contract                  Whitfield
"""


def test_a_heading_set_out_apart_from_its_rows_gives_one_label_per_column(tmp_path: Path):
    path = tmp_path / "savings.txt"
    path.write_text(SAVINGS_LAYOUT, encoding="utf-8")
    table = next(b for b in extract(path).blocks if isinstance(b, Table))
    assert [c.text for c in table.rows[0].cells] == [
        "Ref", "Directorate", "Savings proposal", "Budget\nholder", "2025/26\n£000", "2026/27\n£000",
        "Forecast\n£000", "Delivery\ndate", "RAG", "Commentary"]
    assert [(r.cells[7].text, r.cells[8].text) for r in table.rows[1:]] == [
        ("30/09/2026", "A"), ("May 2026", "R"), ("Oct 2026", "G"), ("31/01/2027", "R"), ("31/03/2027", "G")]
    rows = _convert(tmp_path, "savings.txt", SAVINGS_LAYOUT)
    assert [(r["lead"], r["due_raw"], r["rag"]) for r in rows] == [
        ("Chief Digital Officer", "30/09/2026", "amber"), ("Head of Highways", "May 2026", "red"),
        ("Chloe Ashworth", "Oct 2026", "green"), ("Director of Resources", "31/01/2027", "red"),
        ("Sarah Whitfield", "31/03/2027", "green")]


def test_an_accountable_lead_line_under_an_area_heading_is_its_lead():
    from planx.normalise.headers import area_lead_of
    assert area_lead_of("Accountable lead: Hugh Fairclough") == "Hugh Fairclough"
    assert area_lead_of("Accountable: the board") == ""  # a bare word of the kind names no lead


def test_a_numbered_title_over_items_extending_its_number_is_a_heading(tmp_path: Path):
    text = ("Children's Plan 2025-2028\n\nThis plan sets out our priorities.\n\n2. A stable children's workforce\n\n"
            "What we know: the workforce is an area for development.\n2.1 We will launch our framework.\n"
            "    Lead officer: Head of Workforce\n\n3. Lists set apart\n\n4. With no items of their own\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    heads = [b.text for b in extract(path).blocks if not isinstance(b, Table) and b.heading]
    assert "2. A stable children's workforce" in heads
    assert "3. Lists set apart" not in heads


def test_a_by_label_on_its_own_line_takes_a_timescale_with_no_date():
    from planx.normalise.lists import read_labels
    head, values, _ = read_labels("We will review the family hubs network.\nLead officer: Virtual School Head\n"
                                  "By: TBC\nStatus: Not Started")
    assert (values.get("due"), values.get("status")) == ("TBC", "Not Started")
    _, values, _ = read_labels("We will strengthen the offer.\nLead officer: Head of Leaving Care\nBy: Monthly")
    assert values.get("due") == "Monthly"
    _, values, _ = read_labels("Lead officer: Jo Smith\nBy: Jo Smith and partners")
    assert "due" not in values  # 'By:' before no date or timescale names who


NESTED_MILESTONES_TXT = """\
Education and Skills Delivery Plan 2025/26

Priority 1 – Raising attainment

1.1 We will redesign our quality assurance framework.
    Lead officer: Head of Workforce Development
    By: Autumn term 2025
    Milestones:
        1. Service launched – February 2026 (on track)
        2. Consultation with families completed – 15 October 2025 (underway)
        3. Draft proposals agreed by the leadership team – 28 February 2026 (overdue)
1.2 We will review the family hubs network.
    Lead officer: Virtual School Head
    By: TBC

Priority 2 – A stable workforce

2.1 We will strengthen the apprenticeship offer.
    Lead officer: Head of Leaving Care
    By: Monthly
"""


def test_numbered_lines_set_in_under_an_item_head_nothing(tmp_path: Path):
    rows = _convert(tmp_path, "plan.txt", NESTED_MILESTONES_TXT)
    assert [(r["area"], r["due_raw"]) for r in rows] == [
        ("Raising attainment", "Autumn term 2025"), ("Raising attainment", "TBC"), ("A stable workforce", "Monthly")]


QI_TSV = """\
Community Health Trust: Quality Improvement Plan 2025/26

1. Reduce inpatient falls with harm by 25%

What change are we testing?\tPDSA cycle(s)\tClinical lead\tBy when\tStatus
Introduce a falls safety huddle at every handover\t"PDSA 1: Test huddle script on Ward 7 - Nov-25 - Complete
PDSA 2: Adapt script after staff feedback - Jan-26 - Underway"\tWard Manager\tMay-26\tComplete
Provide non-slip socks for high-risk patients\t"PDSA 1: Trial socks on the frailty unit - Oct-25 - Completed
PDSA 2: Agree stock levels with procurement - Nov-25 - Not started"\tSteve Brennan\tNov-25\tUnderway
"""


def test_a_qi_plans_change_ideas_are_the_actions_and_its_pdsa_cycles_the_milestones(tmp_path: Path):
    from planx.normalise.headers import read_heading
    assert read_heading("What change are we testing?")[0].field == "action"
    assert read_heading("PDSA cycle(s)")[0].field == "milestones"
    rows = _convert(tmp_path, "qi.txt", QI_TSV)
    assert [(r["action"], r["status"]) for r in rows] == [
        ("Introduce a falls safety huddle at every handover", "complete"),
        ("Provide non-slip socks for high-risk patients", "in_progress")]
    with open(tmp_path / "out" / "milestones.csv", encoding="utf-8") as fh:
        got = [(m["milestone"], m["due_date"], m["status"]) for m in csv.DictReader(fh)]
    assert got == [("Test huddle script on Ward 7", "2025-11", "complete"),
                   ("Adapt script after staff feedback", "2026-01", "in_progress"),
                   ("Trial socks on the frailty unit", "2025-10", "complete"),
                   ("Agree stock levels with procurement", "2025-11", "not_started")]


def test_a_capitalised_word_and_number_before_a_colon_numbers_a_milestone_list():
    from planx.normalise.milestones import split_numbered
    assert split_numbered("Cycle 1: Test a checklist (Sep 2025) Complete\nCycle 2: Add sign-off (Oct 2025) Done") == [
        (1, "Test a checklist (Sep 2025) Complete"), (2, "Add sign-off (Oct 2025) Done")]
    assert split_numbered("PDSA 1: Test the script - Nov-25\nPDSA 2: Spread it - Jan-26") == [
        (1, "Test the script - Nov-25"), (2, "Spread it - Jan-26")]
    assert split_numbered("Phase 2: roll out to the other wards") is None  # no list that starts at 1
    assert split_numbered("Q1 2025/26 review") is None


FIELD_LIST_TXT = """\
Council Plan Delivery Plan 2026/27
Our delivery plan turns the Council Plan into actions.

1. Homes for local people
1.1
What we will do: Bring 60 long-term empty homes back into use
Accountable officer: Director of Place
Delivery date: Sep-27
1.2
What we will do: Review the housing allocations policy with tenants
Accountable officer: Democratic Services Manager

2. Safer roads
2.1
What we will do: Introduce 20mph limits outside all primary schools
Accountable officer: Head of Highways

3. Numbered lines over no items
4. Stay as they are
"""


def test_a_numbered_title_right_over_its_first_item_number_heads_it(tmp_path: Path):
    # set apart above only: '1.1' alone on the line under it extends its number
    path = tmp_path / "plan.txt"
    path.write_text(FIELD_LIST_TXT, encoding="utf-8")
    heads = [b.text for b in extract(path).blocks if not isinstance(b, Table) and b.heading]
    assert "1. Homes for local people" in heads and "2. Safer roads" in heads
    assert "3. Numbered lines over no items" not in heads
