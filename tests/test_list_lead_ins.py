"""The heading or lead-in right above a list says what its items are, nearer than what the whole
document calls itself (issue 14; notes/real_failure_causes.md cause 7, proposal 2), both ways:

- a list named as actions by its own heading or lead-in ('Recommendations for Next Steps', 'Key
  actions include:') is read in a report or a summary, and though it is a small share of its lists;
- a list whose lead-in names its items as something else ('Examples of improvements … include:',
  '… at the following:') or a role's duties under the role's heading ('Facilitator' / • Provides …)
  gives no actions, though the title says 'Plan'.

The shapes are those of real documents in holdout23/24/25 (a close-out report's next steps, an
executive summary's key actions, a city energy plan's school and measure lists, a usability test
plan's roles); the documents below are written here in other words.
"""
from __future__ import annotations

from conftest import convert_text

_THEMES = ["## Background", "",
           "The group met monthly through the year and looked at these themes:", "",
           "1. Identity of persons and organisations", "2. Trusted digital credentials",
           "3. Privacy and consent", "4. Notice and recording", "5. Assurance levels",
           "6. Governance of the framework", "7. Interoperability of services", "",
           "## Thematic issues", "",
           "- The scope of the framework", "- The way assessments are run",
           "- The bodies that certify", "- The governance of change",
           "- The federation between provinces", ""]


def test_a_reports_next_steps_list_named_by_its_heading_is_read(tmp_path):
    result = convert_text(tmp_path, "working_group_close_out_report.md", "\n".join([
        "# Working Group Close-Out Report", "", *_THEMES,
        "## Recommendations for Next Steps", "",
        "1. Continue the development of the framework based on the thematic issues identified above.",
        "2. Continue the application of the framework through the assessment process with the regions.",
        "3. Support the changes in digital identity governance to ensure the framework serves the public.",
        "4. Establish working groups or task groups as required for the upkeep of the framework.",
        "5. Facilitate broader engagement using the framework with industry and the regions.", ""]))
    # named by its heading, the list is read; a report's recommendations to others are no actions but
    # the recommendations table's (CONTRACT.md, "Recommendations", session 40)
    assert result.actions == []
    recs = [r.text for r in result.recommendations]
    assert len(recs) == 5, result.warnings
    assert recs[0].startswith("Continue the development of the framework")


def test_a_summarys_key_actions_lead_in_names_its_list(tmp_path):
    result = convert_text(tmp_path, "skills_summary.md", "\n".join([
        "# Executive summary", "",
        "This summary sets out why skills matter and how the government is meeting the board's advice.", "",
        "The four themes of our work are:", "",
        "- Providing more flexible learning routes for adults in work.",
        "- Making the system clearer for employers and learners.",
        "- Building stronger links between colleges and employers.", "",
        "Key actions include:", "",
        "- Increasing our investment in workforce development to £20m a year from 2020.",
        "- Addressing skills gaps and shortages as a central part of our response to new trade rules.",
        "- Continuing to support employer-led groups for the young workforce.",
        "- Identifying ways to widen access to upskilling and retraining with our partners.",
        "- Building on work to deliver skills investment plans in each region.", "",
        "We will also set out how the next phase will be taken forward with partners.", ""]))
    actions = [a.action for a in result.actions]
    assert len(actions) == 5, result.warnings
    assert actions[0].startswith("Increasing our investment")
    assert not any(a.startswith("Providing more flexible") for a in actions)  # the themes' list is no actions


def test_lists_a_lead_in_names_as_places_and_measures_give_no_actions(tmp_path):
    result = convert_text(tmp_path, "town_energy_action_plan.md", "\n".join([
        "# Town Energy Action Plan", "",
        "## On-going initiatives", "",
        "Ten schools have been evaluated and measures are being put in place at the following:", "",
        "- North Hill School", "- Riverside Academy", "- Kings Park School", "- Elm Street School", "",
        "Examples of improvements that are applicable under this program include:", "",
        "- Air sealing and insulation repair", "- Heating controls improvements", "- Occupancy sensors",
        "- Motors and pumps", "- New equipment upgrades to more efficient models", ""]))
    assert [a.action for a in result.actions] == [], [a.action for a in result.actions]


def test_a_roles_duties_under_its_heading_give_no_actions(tmp_path):
    result = convert_text(tmp_path, "usability_test_plan.md", "\n".join([
        "# Usability Test Plan", "",
        "## Roles", "",
        "### Facilitator", "",
        "- Provides an overview of the study to participants",
        "- Defines usability and the purpose of the test to participants",
        "- Assists in the debriefing sessions with participants and observers",
        "- Responds to requests for assistance", "",
        "### Note taker", "",
        "- Records what participants say and do",
        "- Notes the time each task takes",
        "- Collects the forms after each session", ""]))
    assert not any(a.action.startswith(("Provides", "Records")) for a in result.actions), \
        [a.action for a in result.actions]


# The kind gate (normalise/kinds.refuse) holds against lists named only by their headings: a charter's
# 'Wellbeing Team Commitments', a guide's 'Step by step process …' (tests/test_nonplan_kinds.py holds the
# real ones). Only a lead-in line naming its list as actions outright ('Next steps:'), over items that are
# the writer's commitments, speaks over what the document calls itself.
_GUIDE = ["# Guide to the community grants fund", "",
          "This guide explains how the fund works and what changes after this year's review.", "",
          "## Who can apply", "",
          "Community groups based in the district can apply for up to £5,000.", "",
          "## After the review", "",
          "Next steps:", ""]


def test_a_guides_explicit_lead_in_over_commitments_speaks_over_its_kind(tmp_path):
    result = convert_text(tmp_path, "grants_guide.md", "\n".join([*_GUIDE,
        "- We will publish revised eligibility criteria for the fund by March 2026.",
        "- We will open a second funding round for youth groups in the autumn.",
        "- We will report on how the grants were spent to the council's scrutiny committee.", ""]))
    actions = [a.action for a in result.actions]
    assert len(actions) == 3 and actions[0].startswith("We will publish"), result.warnings
    assert any("lead-in names its items as actions" in w and "guide" in w for w in result.warnings), result.warnings


def test_a_guides_explicit_lead_in_over_the_readers_steps_is_still_a_guide(tmp_path):
    result = convert_text(tmp_path, "grants_guide.md", "\n".join([*_GUIDE,
        "- Submit your bank details through the online portal within ten days.",
        "- Send a copy of your group's constitution to the grants team.",
        "- Tell the grants team if your contact details change.", ""]))
    assert [a.action for a in result.actions] == [], result.warnings


def test_a_guides_heading_naming_its_list_leaves_the_kind_gate_standing(tmp_path):
    # no lead-in line: the heading alone ('Next steps') does not speak over the title's 'guide'
    text = "\n".join([*_GUIDE[:-2],
                      "## Next steps", "",
                      "- We will publish revised eligibility criteria for the fund by March 2026.",
                      "- We will open a second funding round for youth groups in the autumn.",
                      "- We will report on how the grants were spent to the council's scrutiny committee.", ""])
    assert [a.action for a in convert_text(tmp_path, "grants_guide.md", text).actions] == []
