"""Lists a sentence announces ('… the Council will:'): a plan's commitments only on a plan's evidence.

A plan announces its commitments list after list, under its theme headings, with who and when, in a
document that calls itself a plan. A fact sheet, a press release, terms of reference or a guide
announce once what a body will do ('The new committee will:' over its remit): no actions, the
items kept aside, the warning saying why (minutes.weigh_announced)."""
from __future__ import annotations

import csv
from pathlib import Path

import planx
from planx.extract import extract
from planx.normalise import normalise
from planx.normalise.minutes import ANNOUNCED_ACCEPT, Announced, weigh_announced

REAL = Path(__file__).parent / "fixtures" / "real_prose"


def _evidence(**given: object) -> Announced:
    fields: dict[str, object] = dict(items=4, dated=0, lists=1, themed=0, plan_title=False, other_kind="",
                                     other_actions=False)
    fields.update(given)
    return Announced(**fields)  # type: ignore[arg-type]


def test_a_remit_announced_once_is_no_plan():
    confidence, why = weigh_announced(_evidence(items=2))
    assert confidence < ANNOUNCED_ACCEPT and "does not call itself a plan" in why
    # terms of reference: a work statement's lists, however many, are its remit
    confidence, why = weigh_announced(_evidence(items=14, lists=3, other_kind="statement"))
    assert confidence < ANNOUNCED_ACCEPT and "calls itself statement" in why


def test_each_kind_of_plan_evidence_carries_an_announced_list():
    # 'Delivery Plan' beside a second list, or over a list under a theme heading
    assert weigh_announced(_evidence(plan_title=True, lists=2))[0] >= ANNOUNCED_ACCEPT
    assert weigh_announced(_evidence(plan_title=True, themed=1))[0] >= ANNOUNCED_ACCEPT
    assert weigh_announced(_evidence(dated=2))[0] >= ANNOUNCED_ACCEPT  # half the items say who or when
    assert weigh_announced(_evidence(other_actions=True, themed=2))[0] >= ANNOUNCED_ACCEPT
    assert weigh_announced(_evidence(lists=3, themed=4))[0] >= ANNOUNCED_ACCEPT  # list after list, by theme
    assert weigh_announced(_evidence(lists=3))[0] < ANNOUNCED_ACCEPT  # several lists alone: not enough
    # a plan that calls itself a report too ('Action plan progress report') keeps its title's weight
    assert weigh_announced(_evidence(plan_title=True, other_kind="report", lists=2))[0] >= ANNOUNCED_ACCEPT


def test_a_plan_title_alone_carries_no_announced_list():
    # 'Project Plan' over one list naming no one, no date, under no theme ('The Git repository for this
    # project will: Contain the meeting minutes …', a configuration plan's prose): the title says what
    # the document is, nothing says the list is its work
    confidence, why = weigh_announced(_evidence(plan_title=True, items=3))
    assert confidence < ANNOUNCED_ACCEPT and "its title alone: no evidence" in why
    # one dated item of three is the lists' own evidence: the title counts beside it
    assert weigh_announced(_evidence(plan_title=True, items=3, dated=1))[0] >= ANNOUNCED_ACCEPT


PROSE_PLAN = """\
# Project Plan

## 1. Configuration Management

### 1.1 Policies

The shared repository for this project will:

- Contain the minutes of all client meetings
- Contain the minutes of all team meetings.
- Be readable by the project advisor

### 1.2 Reviews

Configuration audits will be handled as needed and any issues will be handled at such time.
"""


def test_a_prose_project_plan_announcing_one_list_gives_no_actions(tmp_path: Path):
    actions, leftovers, warnings = _convert(tmp_path, "project-plan.md", PROSE_PLAN)
    assert actions == []
    assert any(lo["text"].startswith("Contain the minutes of all client") for lo in leftovers)
    # the same list with a date in one item: the plan's evidence, its items are actions
    dated = PROSE_PLAN.replace("client meetings", "client meetings by March 2026")
    (tmp_path / "dated").mkdir()
    actions, _, _ = _convert(tmp_path / "dated", "project-plan.md", dated)
    assert len(actions) == 3 and actions[0]["due_raw"] == "March 2026"


def _convert(tmp_path: Path, name: str, text: str) -> tuple[list[dict[str, str]], list[dict[str, str]], str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([path], out=out, jobs=1, report=False)
    with open(out / "actions.csv", encoding="utf-8") as f:
        actions = list(csv.DictReader(f))
    with open(out / "leftovers.csv", encoding="utf-8") as f:
        leftovers = list(csv.DictReader(f))
    with open(out / "documents.csv", encoding="utf-8") as f:
        warnings = next(csv.DictReader(f))["warnings"]
    return actions, leftovers, warnings


# the shape of a W3C task force's work statement (w3c/wai-about-wai): terms of reference
WORK_STATEMENT = """\
# Accessibility Task Force Work Statement

## Scope of Work

The Task Force will:

- Catalog known accessibility problems that can happen when styles are used;
- Develop techniques and best practices to guide authors;
- Create concrete guidance about how user agents should expose accessibility information.

## Communication

The Task Force will:

- Use the procedures of the Working Group Decision Policy to make decisions;
- Provide updates and feedback to the Working Group teleconferences, as appropriate.
"""


def test_terms_of_reference_give_no_actions_and_keep_their_items(tmp_path: Path):
    actions, leftovers, warnings = _convert(tmp_path, "work-statement.md", WORK_STATEMENT)
    assert actions == []
    kept = [lo["text"] for lo in leftovers if "announced" in lo["reason"]]
    assert len(kept) == 5 and kept[0].startswith("Catalog known accessibility problems")
    assert "5 item(s) of 2 list(s)" in warnings and "kept aside" in warnings and "confidence 0.00" in warnings


def test_the_same_lists_in_a_plan_with_dates_are_its_actions(tmp_path: Path):
    plan = (WORK_STATEMENT.replace("Accessibility Task Force Work Statement", "Accessibility Delivery Plan 2025")
            .replace("are used;", "are used by March 2026;"))
    actions, _, warnings = _convert(tmp_path, "plan.md", plan)
    assert len(actions) == 5 and actions[0]["due_raw"] == "March 2026"
    assert "read as the plan's actions" in warnings and "calls itself a plan" in warnings


def test_a_real_fact_sheet_announcing_a_committee_gives_no_actions():
    result = normalise(extract(REAL / "us_og_fac_fact_sheet_2024.pdf"))
    assert not result.actions
    kept = [lo.text for lo in result.leftovers if "announced" in lo.reason]
    assert len(kept) == 2 and kept[0].startswith("Advise the General Services Administration")
    assert any("what a body will do" in w for w in result.warnings)


# ---- a template's placeholders where the action goes -------------------------------------------------

def test_placeholders_and_the_labels_they_follow_are_no_action_text():
    from planx.normalise.columns import fills_in
    # a school's weekly agenda template (DfE workload toolkit): its only filled action cell
    assert fills_in("Any items for LM agenda to be put here: • [Item] LM agenda to be discussed on Tuesday "
                    "morning meeting: • [Item]")
    assert fills_in("[Item]") and fills_in("- [Agenda item e.g. staff cover]")
    assert not fills_in("Review [Name]'s report by May")  # text of its own around the placeholder
    assert not fills_in("Review the [policy](https://example.org) by May: see annex")  # a link, no placeholder
    assert not fills_in("Agree the budget [see annex 2]") and not fills_in("Publish the minutes [1]")
    assert not fills_in("Actions agreed:")  # no placeholder: a label is for the readers of lists


AGENDA = """\
# Leadership agenda - week commencing [DATE]

| Agenda Item | Date Added | Priority | Actions/communication | Who/when? |
|---|---|---|---|---|
| Attendance | Every Monday | [Priority level] | | |
| Line management agenda | Every Tuesday | [Priority level] | Any items for LM agenda to be put here: • [Item] | |
| [Agenda item e.g. staff cover] | [Date added] | [Priority level] | | |
"""


def test_an_agenda_template_gives_no_action_and_keeps_its_cells(tmp_path: Path):
    actions, leftovers, _ = _convert(tmp_path, "agenda.md", AGENDA)
    assert actions == []
    assert any(lo["text"].startswith("Any items for LM agenda") and "placeholder" in lo["reason"] for lo in leftovers)
