"""Owners and dates written inside an action's text (normalise/inlinewho.py), the area column beside
actions merged down under it, and priority headings over SMART objective sub-headings
(normalise/lists.py): the shapes of a complaints-learning plan ('Learning point | Action we are
taking', each action a paragraph closing '(Lead: X; by D)') and of a workforce delivery plan."""
from __future__ import annotations

import pytest
from conftest import convert_text

from planx.normalise.draft import Draft
from planx.normalise.inlinewho import inline_who_when, split_inline_owners


@pytest.mark.parametrize("text, expected", [
    ("Audit 30 care package decisions (Lead: Head of Children in Care; by by end of March 27)",
     ("Audit 30 care package decisions", "Head of Children in Care", "by end of March 27")),
    ("Recruit two investigators (Owner: Service Manager, Front Door, due by end of Dec 26)",
     ("Recruit two investigators", "Service Manager, Front Door", "by end of Dec 26")),
    ("Deliver recording workshops - Assistant Director, Safeguarding, 31 Dec 2026",
     ("Deliver recording workshops", "Assistant Director, Safeguarding", "31 Dec 2026")),
    ("Brief all investigating officers [Head of Legal Services | 01/09/2026]",
     ("Brief all investigating officers", "Head of Legal Services", "01/09/2026")),
])
def test_an_owner_and_date_closing_an_action_are_its_lead_and_due(text, expected):
    assert inline_who_when(text) == expected


@pytest.mark.parametrize("text", [
    "Review the policy (see appendix: 3; by design)",  # a bracket that names no owner
    "Meet the families - parents, carers",  # a dash and a comma, no date after it
    "Publish the protocol on the intranet",
])
def test_text_without_an_owner_and_a_date_is_read_as_printed(text):
    assert inline_who_when(text) is None


def test_a_cell_of_paragraphs_each_closing_with_who_and_when_is_one_action_each():
    cell = ("Add a reasonable adjustments question to the complaints form\n[Head of Adult Social Care"
            " Operations | by end of Oct 26]\nTrain complaints staff in accessible communication [Head of\n"
            "Commissioning | 28/03/2028]")
    warnings: list[str] = []
    out = split_inline_owners([Draft(pieces={"action": [cell]}, context={"area": "Adjustments"})], warnings)
    assert [(d.text("action"), d.text("lead"), d.text("due"), d.context["area"]) for d in out] == [
        ("Add a reasonable adjustments question to the complaints form", "Head of Adult Social Care Operations",
         "by end of Oct 26", "Adjustments"),
        ("Train complaints staff in accessible communication", "Head of Commissioning", "28/03/2028", "Adjustments")]
    assert warnings
    # a paragraph that does not close so keeps the cell as printed; so does a row with its own lead
    mixed = Draft(pieces={"action": ["Do the first thing (Lead: Head of HR; by May 2027)\nThen a second thing"]})
    assert split_inline_owners([mixed], []) == [mixed]
    led = Draft(pieces={"action": ["Do a thing (Lead: Head of HR; by May 2027)"], "lead": ["Someone"]})
    assert split_inline_owners([led], []) == [led]


LEARNING_PLAN = """# Learning from Complaints: Improvement Plan

| Learning point | Action we are taking |
|---|---|
| 1. Records were incomplete | Audit 30 decisions (Lead: Head of Care; by May 2027)<br>Add a rationale field (Lead: \
Principal Social Worker; by 31 Dec 2026) |
| 2. Complaints were not acknowledged | Refresh the protocol (Lead: Practice Lead; by February 2027) |
|  | Report acknowledgement times each month (Lead: Practice Lead; by 15 Oct 2026) |
| 3. Families were not told | Add the Ombudsman's details to every letter (Lead: Complaints Manager; by August 2027) |
|  | Brief all investigating officers (Lead: Business Intelligence Manager; by 30 Mar 2028) |
"""


def test_a_learning_plan_reads_each_paragraph_as_an_action_under_its_learning_point(tmp_path):
    r = convert_text(tmp_path, "learning.md", LEARNING_PLAN)
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_date) for a in r.actions]
    assert got == [
        ("1", "Records were incomplete", "Audit 30 decisions", "Head of Care", "2027-05"),
        ("1", "Records were incomplete", "Add a rationale field", "Principal Social Worker", "2026-12-31"),
        ("2", "Complaints were not acknowledged", "Refresh the protocol", "Practice Lead", "2027-02"),
        ("2", "Complaints were not acknowledged", "Report acknowledgement times each month", "Practice Lead",
         "2026-10-15"),
        ("3", "Families were not told", "Add the Ombudsman's details to every letter", "Complaints Manager",
         "2027-08"),
        ("3", "Families were not told", "Brief all investigating officers", "Business Intelligence Manager",
         "2028-03-30"),
    ]


WORKFORCE_PLAN = """# Workforce Strategy: Delivery Plan 2026-2028

This delivery plan sets out the actions under each priority of our workforce strategy.

## Strategic aim 1 - Learning and development

**Give every practitioner a personal development plan**

* Link appraisals to the post-qualifying standards (Owner: Head of Commissioning, Due: Oct 27)
* Fund ten practitioners a year on the educator course (Owner: Assistant Director, Safeguarding, Due: 31/08/2027)

**Grow our own managers**

* Run an aspiring managers programme (Owner: Head of Commissioning, Due: 28/09/2026)

## Strategic aim 2 - Retention

**Keep annual turnover below 12%**

* Hold stay interviews with staff in their second year (Owner: Head of Legal Services, Due: May 2027)
* Publish exit interview themes twice a year (Owner: Head of Children in Care, Due: Ongoing)
"""


def test_priority_headings_over_objective_sub_headings_and_labelled_bullets(tmp_path):
    r = convert_text(tmp_path, "workforce.md", WORKFORCE_PLAN)
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_raw) for a in r.actions]
    assert got == [
        ("1", "Learning and development", "Link appraisals to the post-qualifying standards",
         "Head of Commissioning", "Oct 27"),
        ("1", "Learning and development", "Fund ten practitioners a year on the educator course",
         "Assistant Director, Safeguarding", "31/08/2027"),
        ("1", "Learning and development", "Run an aspiring managers programme", "Head of Commissioning", "28/09/2026"),
        ("2", "Retention", "Hold stay interviews with staff in their second year", "Head of Legal Services",
         "May 2027"),
        ("2", "Retention", "Publish exit interview themes twice a year", "Head of Children in Care", "Ongoing"),
    ]


RESPONSE_TABLE = """# Ombudsman Decisions: Improvement Plan

| Issue identified | What will change |
|---|---|
| Records were incomplete | Audit 30 decisions (Lead: Head of Care; by May 2027)<br>Add a rationale field (Lead: \
Principal Social Worker; by 31 Dec 2026) |
| Complaints were late | Refresh the protocol (Lead: Practice Lead; by February 2027) |
| Families were not told | Add the Ombudsman's details to every letter (Lead: Complaints Manager; by August 2027) |
"""


def test_cells_closing_with_owner_and_date_are_the_actions_whatever_the_heading(tmp_path):
    # 'What will change' reads as an outcome: the owners and dates inside its cells say it holds the actions
    r = convert_text(tmp_path, "response.md", RESPONSE_TABLE)
    assert [(a.area, a.action, a.lead, a.due_date) for a in r.actions] == [
        ("Records were incomplete", "Audit 30 decisions", "Head of Care", "2027-05"),
        ("Records were incomplete", "Add a rationale field", "Principal Social Worker", "2026-12-31"),
        ("Complaints were late", "Refresh the protocol", "Practice Lead", "2027-02"),
        ("Families were not told", "Add the Ombudsman's details to every letter", "Complaints Manager", "2027-08"),
    ]
