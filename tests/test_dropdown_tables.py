"""Lists a workbook's dropdowns take their values from, named as Excel tables and looked up by
INDIRECT("TableName") (a RAID log template's 'Definition' sheet: statuses, categories, priorities,
each an Excel table, the priorities with a sentence of meaning beside them): lookup data, never
actions (extract/xlsx.list_sources). And a task tracker's 'Target Sprint' column: when the work is
due, named by the team's own calendar (normalise/vocab.HEADING_WORDS)."""
from __future__ import annotations

from pathlib import Path

import pytest

import planx
from planx.normalise.headers import classify

_LISTS = {"IssueStatus": ("B", ["Issue Status", "Open", "Work in Progress", "Closed", "Late", "On Hold"]),
          "IssueCategory": ("D", ["Issue Category", "Information", "Process", "System", "Resource"]),
          "IssuePriority": ("F", ["Issue Priority", "Critical", "High", "Medium", "Low"])}
_MEANINGS = ["Critical: the issue will stop project progress if it is not resolved",
             "High: the issue will likely move the project back in budget or timeline",
             "Medium: the issue will likely affect the quality or the scope of the work",
             "Low: the issue is expected to have a moderate effect but will need resources"]
_ISSUES = [("1", "Agree the data migration plan with the supplier", "Ann Lee", "31/03/2026"),
           ("2", "Recruit two testers for the acceptance phase", "Bo Chan", "30/04/2026"),
           ("3", "Publish the go-live communications to all staff", "Cy Dunn", "31/05/2026")]


def _raid_log(path: Path, filled: bool, by_indirect: bool) -> None:
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.table import Table

    wb = Workbook()
    register = wb.active
    register.title = "Issue Register"
    register.append(["ID", "Description", "Owner", "Target Date", "Status", "Category", "Priority"])
    for ref, action, owner, due in _ISSUES:
        register.append([int(ref), action if filled else None, owner if filled else None, due if filled else None])
    lists = wb.create_sheet("Definition")
    for name, (col, values) in _LISTS.items():
        for k, value in enumerate(values, 2):
            lists[f"{col}{k}"] = value
        lists.add_table(Table(displayName=name, ref=f"{col}2:{col}{len(values) + 1}"))
    for k, meaning in enumerate(_MEANINGS, 3):  # the priorities' meanings beside them, in no table
        lists[f"H{k}"] = meaning
    for col, name in zip("EFG", _LISTS, strict=True):
        source = f'INDIRECT("{name}")' if by_indirect else f"Definition!${_LISTS[name][0]}$3:${_LISTS[name][0]}$7"
        dv = DataValidation(type="list", formula1=source, allow_blank=True)
        dv.add(f"{col}2:{col}{len(_ISSUES) + 1}")
        register.add_data_validation(dv)
    wb.save(path)


@pytest.mark.parametrize("by_indirect", [True, False])
def test_lists_named_as_tables_for_the_dropdowns_give_no_actions(tmp_path: Path, by_indirect: bool) -> None:
    path = tmp_path / "raid_log.xlsx"
    _raid_log(path, filled=True, by_indirect=by_indirect)
    result = planx.convert_file(str(path))
    assert [(a.action, a.lead) for a in result.actions] == [(action, owner) for _, action, owner, _ in _ISSUES]


def test_an_empty_template_with_lists_named_as_tables_gives_no_actions(tmp_path: Path) -> None:
    path = tmp_path / "raid_log.xlsx"
    _raid_log(path, filled=False, by_indirect=True)
    assert planx.convert_file(str(path)).actions == []


def _retro(path: Path) -> None:
    path.write_text("# Sprint Retrospective Action Items\n\n**Sprint:** 4  \n\n## Action Items\n\n"
                    "| # | Action | Owner | Target Sprint | Status |\n|---|---|---|---|---|\n"
                    "| 1 | Document the build cache setup in SETUP.md | DevOps | Sprint 5 | Open |\n"
                    "| 2 | Add the browser image pre-pull to the setup script | Frontend Lead | Sprint 5 | Open |\n"
                    "| 3 | Publish a Definition of Done checklist | Scrum Master | Sprint 6 | Open |\n",
                    encoding="utf-8")


def test_a_target_sprint_column_is_when_the_action_is_due(tmp_path: Path) -> None:
    _retro(tmp_path / "retro.md")
    result = planx.convert_file(str(tmp_path / "retro.md"))
    # (no date in it: due_date stays empty)
    assert [(a.lead, a.due_raw, a.due_date) for a in result.actions] == [
        ("DevOps", "Sprint 5", ""), ("Frontend Lead", "Sprint 5", ""), ("Scrum Master", "Sprint 6", "")]


def test_sprint_headings_by_their_head_word() -> None:
    assert classify("Target Sprint")[0] == "due" and classify("Iteration")[0] == "due"
    # (a sprint's goal or its review notes are named by their own head words)
    assert classify("Sprint goal")[0] == "objective" and classify("Sprint review notes")[0] == "progress"
