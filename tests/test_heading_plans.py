"""Plans that give each action a heading of its own (normalise/headplans.py): titles under a
hierarchical reference ('2.1 Support Open311 …'), as in the GSA Open Government Plan pages (US
Government work, public domain: GSA/GSAOpenSourceImplementation, pages/*.md), or a word naming one
action and its number ('Action 4 – …'); and sibling headings each over 'Owner:' / 'Due:' / 'Status:'
lines. And the documents that must give nothing from such headings: a report's numbered findings, a
guide's numbered sections, headings with a label under one of them only.

Main at d9d4543 read none of the GSA plan pages (0 actions: "no plan table found").
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import planx
from planx.normalise.headplans import heading_ref, in_sequence


def _convert(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(str(path))


def test_a_heading_ref_is_a_hierarchical_number_or_a_word_naming_one_action_and_its_number():
    assert heading_ref("2.1  Support Open311 to Enhance Transparency") == \
        ((2, 1), "Support Open311 to Enhance Transparency")
    assert heading_ref("3.2.1 Agree the terms of reference") == ((3, 2, 1), "Agree the terms of reference")
    assert heading_ref("Action 4 – Improve the referral pathway") == ((4,), "Improve the referral pathway")
    assert heading_ref("Recommendation 2: Publish the data") == ((2,), "Publish the data")
    assert heading_ref("Priority 2 – Early help") is None  # a grouping, not an action
    assert heading_ref("2014 Plan") is None and heading_ref("Improve the pathway") is None


def test_references_rise_within_their_parent_number_gaps_allowed():
    assert in_sequence([(1, 1), (2, 1), (2, 2), (2, 4), (3, 1)])  # 2.3 left out: a gap
    assert not in_sequence([(2, 1), (2, 3), (2, 2)])


# the shape of GSA's Open Government Plan 2014-2016 'new commitments' page (abridged)
GSA_PLAN = """---
layout: page
title: "Open Government Plan | Title of the page"
---

# Summary of New GSA Open Government Commitments 2014-2016

## Section 2: Open Data

### 2.1  Make it Easier for Individuals to Access Their Own Information
In addition to providing protections for Federal information, agencies will explore new approaches
that can digitally authenticate individuals requesting information about themselves.

### 2.2  Support Open311 to Enhance Transparency and Participation
Open311 is a transparent, participatory way for governments to deliver services to citizens, and the
GSA will support its adoption across agencies.

### 2.4  Promote Public Feedback Tools to Facilitate the Release of Open Data.
The U.S. Open Data Policy directs agencies to engage with data users to prioritize release of data.

## Section 3: Open Innovation Methods

### 3.1  Redesign Challenge.gov as a Platform.
Challenge.gov is the government's website that catalogues opportunities for the public to provide
solutions to issues that government is working to address.
- claim existing pages or launch new pages
"""


def test_referenced_titles_under_sections_are_the_actions_and_their_prose_is_kept_aside(tmp_path):
    result = _convert(tmp_path, "newcommitments.md", GSA_PLAN)
    got = [(a.area, a.action) for a in result.actions]
    assert got == [
        ("Section 2: Open Data", "Make it Easier for Individuals to Access Their Own Information"),
        ("Section 2: Open Data", "Support Open311 to Enhance Transparency and Participation"),
        ("Section 2: Open Data", "Promote Public Feedback Tools to Facilitate the Release of Open Data."),
        ("Section 3: Open Innovation Methods", "Redesign Challenge.gov as a Platform.")]
    assert any("number each title" in w for w in result.warnings)
    # the description is no action, and is not lost
    assert not any("Open311 is a transparent" in a.action for a in result.actions)
    kept = " ".join(str(v) for row in result.leftovers for v in vars(row).values())
    assert "Open311 is a transparent" in kept and "claim existing pages" in kept


def test_a_report_with_numbered_findings_gives_no_actions(tmp_path):
    text = GSA_PLAN.replace('"Open Government Plan | Title of the page"', '"Inspection report"') \
        .replace("Summary of New GSA Open Government Commitments 2014-2016", "Findings of the review")
    result = _convert(tmp_path, "findings.md", text)
    assert result.actions == []


def test_numbered_sections_of_a_plan_that_name_no_action_give_none(tmp_path):
    text = ("# Delivery plan\n\n## 1.1 Background\n\nThis plan sets out the context of the service and the "
            "reasons for the change.\n\n## 1.2 Scope and purpose\n\nThe scope covers the whole county and "
            "each of its schools and settings.\n\n## 1.3 Governance\n\nThe board meets each quarter to "
            "review the progress of the work.\n")
    assert _convert(tmp_path, "plan.md", text).actions == []


LABELLED = """# Early help improvements

Some context on the service and why it must change, written as a paragraph of prose.

## Improve the referral pathway
Owner: Head of Early Help
Due: 31 March 2025
Status: In progress

The pathway will be mapped with partners.

## Recruit two family practitioners
Owner: Service Manager
Due: June 2025
Status: Complete

## Publish the local offer
Owner: Communications Lead
Due: September 2025
Status: Not started

## Background
The service was inspected in 2023.
"""


def test_sibling_headings_over_owner_due_and_status_lines_are_the_actions(tmp_path):
    result = _convert(tmp_path, "improvements.md", LABELLED)
    got = [(a.action, a.lead, a.due_date, a.status) for a in result.actions]
    assert got == [("Improve the referral pathway", "Head of Early Help", "2025-03-31", "in_progress"),
                   ("Recruit two family practitioners", "Service Manager", "2025-06", "complete"),
                   ("Publish the local offer", "Communications Lead", "2025-09", "not_started")]
    assert any("owner, due date or status" in w for w in result.warnings)
    kept = " ".join(str(v) for row in result.leftovers for v in vars(row).values())
    assert "mapped with partners" in kept and "inspected in 2023" in kept


def test_headings_with_a_label_under_one_of_them_only_give_no_actions(tmp_path):
    text = ("# Team page\n\n## Who we are\nOwner: Head of Early Help\n\n## What we do\nWe support families "
            "across the county.\n\n## Contact us\nWrite to the team at the council offices.\n")
    assert _convert(tmp_path, "team.md", text).actions == []
