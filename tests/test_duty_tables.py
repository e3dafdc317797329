"""Tables of standing duties ('Task Area/Skillset | Responsibilities', 'Role | Responsibilities'): who
does what in general, not the plan's actions.

Shape from a public document, rebuilt as a synthetic file of the same shape: the US National Archives'
Social Media Strategy FY2017-2020 (draft for comment; public domain, holdout19's
nara_social_media_strategy_fy17-20_draft_for_comment.pdf). Under 'Goal 4: Cultivate a Social Media
Community' its actions are 'Action:' paragraphs; between two of them a 'Task Area/Skillset |
Responsibilities' table lists fifteen task areas, each with its duties ('Strategic Planning | Identify
long- and short-term goals and tactics to achieve success and growth.'), and more 'Action:' paragraphs
of goal 4 follow. Read as a plan table, the task areas became actions with sentences for leads, and
goal 4 was lost for the actions after the table. The table's rows are no actions and stay in leftovers
with the reason; the goal runs on after it. A plan table whose lead column names people stays a plan.
"""
from __future__ import annotations

from pathlib import Path

import docx

import planx
from planx.normalise.dutytables import duties_table

DUTIES = [["Strategic Planning", "Identify long- and short-term goals and tactics to achieve success and growth."],
          ["Content Creation", "Research and write content, including choosing images."],
          ["Editorial Services", "Offer services to improve written copy and provide training to improve staff "
                                 "storytelling skills."],
          ["Community Management", "Regularly communicate and facilitate collaboration with social media "
                                   "practitioners across the agency."],
          ["Communications", "Connect with influencers and increase visibility of social media."]]


def _table(d: docx.document.Document, rows: list[list[str]]) -> None:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text


def test_a_table_of_duties_is_told_from_a_plan_table() -> None:
    why = duties_table(["Task Area/Skillset", "Responsibilities"], ["area", "lead"], DUTIES)
    assert "'Responsibilities' describes duties" in why and "'Task Area/Skillset' names who" in why
    assert duties_table(["Role", "Responsibilities"], ["", "lead"],
                        [["Chair", "Chairs the board and agrees the agenda with the clerk before each meeting"],
                         ["Clerk", "Takes the minutes and circulates them to all members within ten days"],
                         ["Treasurer", "Reports on the accounts to every meeting and prepares the annual budget"]])
    # 'Who | What they do' (the duties read as the action) and 'Partner | Contribution'
    assert duties_table(["Who", "What they do"], ["lead", "action"],
                        [["Library staff", "Run the weekly reading groups and keep the lending stock up to date."],
                         ["Volunteers", "Help visitors use the computers and book rooms for community groups."],
                         ["Friends group", "Raise funds for events and promote the library across the town."]])
    assert duties_table(["Partner", "Contribution"], ["", ""],
                        [["County Council", "Provides the building, the staff and the core book fund each year."],
                         ["Health Trust", "Funds two outreach workers who visit people in their own homes."],
                         ["University", "Offers student placements and evaluates the outreach programme."]])
    # a lead column of names, not duties: a plan table
    assert not duties_table(["Action", "Responsibilities"], ["action", "lead"],
                            [["Review the recruitment policy", "Head of HR"],
                             ["Publish the training calendar", "Learning Manager"],
                             ["Refresh the staff handbook", "HR Officer"]])
    # a column saying when: dated work, not standing duties
    assert not duties_table(["Task Area", "Responsibilities", "Target date"], ["area", "lead", "due"],
                            [r + ["March 2025"] for r in DUTIES])
    # a heading that does not say the column describes duties ('Action | Lead' with long leads)
    assert not duties_table(["Task", "Lead"], ["action", "lead"], DUTIES)
    assert not duties_table(["Task Area", "Responsibilities"], ["area", "lead"], DUTIES[:2])  # too few rows


def _strategy(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Social Media Strategy", 0)
    d.add_heading("Goal 3: Grow Our Audience", 1)
    d.add_paragraph("Action: We add and prune platforms and tactics based on our research of external trends.")
    d.add_paragraph("Action: We budget for, plan, use, and analyze regular paid posting on our platforms.")
    d.add_heading("Goal 4: Cultivate a Social Media Community", 1)
    d.add_paragraph("Action: We assemble a team that can focus, provide direction for, and support the agency's "
                    "social media needs.")
    d.add_paragraph("Action: We define and refine task areas that support the professional development of staff "
                    "in social media management.")
    _table(d, [["Task Area/Skillset", "Responsibilities"], *DUTIES])
    d.add_paragraph("Action: The team creates guidelines that are easy to use, meaningful, and address real-life "
                    "issues that social media managers are experiencing.")
    d.add_paragraph("Action: The team organizes lightning sessions and field trips for content creators to discuss "
                    "and explore new ideas.")
    d.save(str(path))
    return path


def test_duties_are_kept_aside_and_the_goal_runs_on(tmp_path: Path) -> None:
    result = planx.convert_file(_strategy(tmp_path / "social_media_strategy.docx"))
    texts = [a.action for a in result.actions]
    assert not any(t in texts for t, _ in DUTIES)
    assert not any(a.lead for a in result.actions)  # no duty read as who leads
    assert any("lists standing duties" in w for w in result.warnings)
    kept = {lo.text: lo.reason for lo in result.leftovers}
    for name, duty in DUTIES:  # nothing lost, each with the reason
        assert "a table of duties" in kept[name] and "a table of duties" in kept[duty]
    after = [a for a in result.actions if a.action.startswith("The team")]
    assert len(after) == 2 and all(a.area == "Cultivate a Social Media Community" for a in after)


def test_a_plan_table_with_a_responsibility_column_stays_a_plan(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Workforce action plan", 1)
    _table(d, [["Action", "Responsibilities"],
               ["Review the recruitment policy with staff", "Head of HR"],
               ["Publish the training calendar on the intranet", "Learning Manager"],
               ["Refresh the staff handbook for new starters", "HR Officer"]])
    path = tmp_path / "workforce.docx"
    d.save(str(path))
    result = planx.convert_file(path)
    assert [a.lead for a in result.actions] == ["Head of HR", "Learning Manager", "HR Officer"]
