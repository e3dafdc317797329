"""Roadmaps kept as Markdown/HTML lists (normalise/roadmaps.py): items naming deliverables under stage
headings, task-list boxes and status marks, list-naming sub-headings, 'DRI:' lines; and the documents
that must give nothing (minutes' checklists under headings that do not name them actions, a change log,
a docs page, a README's one section); minutes' '## Action' checklist whose items name who acts is read.

The real shapes come from tests/fixtures/real_roadmaps (sources and licences in its SOURCES.md).
Main at d151212 read none of the three real plans (0 actions: "no plan table found").
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import convert_text

import planx
from planx.extract.markdown import inline_text, links_of, parse_markdown_lines
from planx.extract.model import Link
from planx.normalise.roadmaps import (
    heading_status,
    item_marks,
    names_items,
    names_other,
    names_stage,
    read_heading_status,
    read_marks,
    trailing_labels,
)

REAL = Path(__file__).parent / "fixtures" / "real_roadmaps"
PLANS = ("civicpress_roadmap.md", "tbd_roadmap_2022-03.md", "simpler_grants_milestone_plan_march_2024.md",
         "intersect_minutes_2024-05-28.md")
NON_PLANS = ("simpler_grants_changelog.md", "esdc_quarterly_delivery.md")


# ---- marks, headings ---------------------------------------------------------------------------------

@pytest.mark.parametrize("item, text, marked, status", [
    ("[x] ✅ legal-register — Bylaws + civic records", "legal-register — Bylaws + civic records", True, "complete"),
    ("[ ] 🔲 serve — Minimal PWA to browse civic records", "serve — Minimal PWA to browse civic records", True, ""),
    ("[ ] votes module for formal decisions", "votes module for formal decisions", True, ""),
    ("[/] Search UI", "Search UI", True, "in_progress"),
    ("M2: Context service and hybrid memory. [IN PROGRESS]", "M2: Context service and hybrid memory.", True,
     "in_progress"),
    ("M3: Roles and agents. [PLANNED]", "M3: Roles and agents.", True, "not_started"),
    ("🚧 Search API", "Search API", True, "in_progress"),
    ("Voting module with signatures", "Voting module with signatures", False, ""),
    ("Inter-town workflows (e.g., MRC approval flows)", "Inter-town workflows (e.g., MRC approval flows)", False, ""),
])
def test_an_items_box_sign_or_bracketed_status_is_its_mark(item, text, marked, status):
    assert item_marks(item) == (text, marked, status)


@pytest.mark.parametrize("heading", ["Summer 2017 Work Cycle (I)", "🚀 Phase 2 — Alpha Launch", "Stretch & Long-Term",
                                     "🧪 MVP — Local Demo with Shadow Town (Richmond)", "Q3 2025",
                                     "Current: Milestone 1", "Backend-related north star milestones", "Sprint 4",
                                     "Release 1.2"])
def test_a_heading_naming_a_phase_cycle_milestone_or_period_is_a_stage(heading):
    assert names_stage(heading)


@pytest.mark.parametrize("heading", ["Branching Model", "Contributor Readiness", "Local Development", "VC Service",
                                     "Overview", "Identity Hubs"])
def test_a_topic_heading_is_no_stage(heading):
    assert not names_stage(heading)


@pytest.mark.parametrize("heading, named", [("Modules & Features", True), ("Planned", True), ("Deliverables", True),
                                            ("Goals", True), ("Team Goals", True), ("VC Service", False),
                                            ("Phase 3 — Federation & Scale", False)])
def test_a_heading_that_only_names_its_list_leaves_the_area_to_the_one_above(heading, named):
    assert names_items(heading) is named


@pytest.mark.parametrize("heading, other", [("Non-Goals", True), ("Future Milestone Ideas", True), ("Summary", True),
                                            ("Dependencies", True), ("Deliverables", False),
                                            ("Backend-related north star milestones", False)])
def test_a_heading_over_another_kind_of_list(heading, other):
    assert names_other(heading) is other


@pytest.mark.parametrize("heading, out", [
    ("Phase 1: Core Foundation ✅ COMPLETE", ("Phase 1: Core Foundation", "complete")),
    ("Limitation 2: Kind Priority Sorting ⏳ PENDING", ("Limitation 2: Kind Priority Sorting", "not_started")),
    ("🚀 Phase 2 — Alpha Launch", ("Phase 2 — Alpha Launch", "")),
    ("Summer 2017 Work Cycle (I)", ("Summer 2017 Work Cycle (I)", "")),
    ("Phase 3 — Federation & Scale", ("Phase 3 — Federation & Scale", "")),
])
def test_a_stage_headings_closing_status_goes_to_its_items(heading, out):
    assert heading_status(heading) == out


def test_markdown_headings_keep_their_rank():
    raw = parse_markdown_lines(["# Roadmap", "", "## Phase 2", "", "### Planned", "", "- [ ] votes", "",
                                "Phase 3", "-------", "", "Title", "====="], name="r.md")
    assert [(b.text, b.rank) for b in raw.blocks if b.heading] == \
        [("Roadmap", 1), ("Phase 2", 2), ("Planned", 3), ("Phase 3", 2), ("Title", 1)]
    assert [b.rank for b in raw.blocks if not b.heading] == [0]


def test_html_headings_keep_their_rank(tmp_path):
    from planx.extract.html import parse_html
    page = tmp_path / "roadmap.html"
    page.write_text("<html><body><h1>Roadmap</h1><h2>Phase 1</h2><ul><li>[x] Search API</li></ul>"
                    "<h3>Planned</h3></body></html>", encoding="utf-8")
    assert [(b.text, b.rank) for b in parse_html(page).blocks if b.heading] == \
        [("Roadmap", 1), ("Phase 1", 2), ("Planned", 3)]


# ---- whole documents ---------------------------------------------------------------------------------

def test_a_roadmap_of_task_lists_under_phases(tmp_path):
    result = convert_text(tmp_path, "roadmap.md", "# Portal roadmap\n\n## 🧪 MVP — Pilot with one school\n\n"
                      "### Features\n\n- [x] ✅ `auth` — single sign-on\n- [x] ✅ `search` — find a record\n"
                      "- [ ] 🔲 `serve` — a PWA to browse records\n\n## 🚀 Phase 2 — Alpha\n\n### Planned\n\n"
                      "- [ ] `votes` module for decisions\n- [ ] notifications (email or UI)\n")
    got = [(a.area, a.action, a.status) for a in result.actions]
    assert got == [("MVP — Pilot with one school", "auth — single sign-on", "complete"),
                   ("MVP — Pilot with one school", "search — find a record", "complete"),
                   ("MVP — Pilot with one school", "serve — a PWA to browse records", ""),
                   # a sub-heading 'Planned' says how its items stand
                   ("Phase 2 — Alpha", "votes module for decisions", "not_started"),
                   ("Phase 2 — Alpha", "notifications (email or UI)", "not_started")]
    assert any("roadmap's lists" in w for w in result.warnings)


def test_a_dri_line_under_a_project_heading_leads_its_goals_and_nested_items_are_milestones(tmp_path):
    result = convert_text(tmp_path, "ROADMAP.md", "# Development roadmap\n\n## Milestone 1\n\n### Project goals\n\n"
                      "#### Search service\nDRI: @alice  \nRepo: search-api\n\n"
                      "1. Index every published record\n   - Records from 2020 onwards\n   - Older records\n"
                      "2. Serve results within a second\n3. Publish the API's terms\n\n"
                      "#### Non-Goals\n\n- No authentication\n- No uptime promise\n")
    got = [(a.area, a.lead, a.action, [m.milestone for m in a.milestones]) for a in result.actions]
    assert got == [("Search service", "@alice", "Index every published record",
                    ["Records from 2020 onwards", "Older records"]),
                   ("Search service", "@alice", "Serve results within a second", []),
                   ("Search service", "@alice", "Publish the API's terms", [])]


def test_numbered_goals_under_work_cycles_and_their_italic_description(tmp_path):
    result = convert_text(tmp_path, "roadmap.md", "# Roadmap\n\n## Spring 2018 Work Cycle (I)\n\n"
                      "1. Archive of the agency pages complete with known coverage\n"
                      "  _Archiving moves on to the partner model_\n"
                      "1. Monitoring tool in production and used by analysts\n"
                      "1. Process improvements implemented\n\n## Autumn 2018 Work Cycle (II)\n\n"
                      "1. Reflection on the partner model\n")
    got = [(a.area, a.action, a.outcome) for a in result.actions]
    assert got == [("Spring 2018 Work Cycle (I)", "Archive of the agency pages complete with known coverage",
                    "Archiving moves on to the partner model"),
                   ("Spring 2018 Work Cycle (I)", "Monitoring tool in production and used by analysts", ""),
                   ("Spring 2018 Work Cycle (I)", "Process improvements implemented", ""),
                   ("Autumn 2018 Work Cycle (II)", "Reflection on the partner model", "")]


def test_a_readmes_single_roadmap_section_of_checkboxes_is_no_plan(tmp_path):
    text = ("# quicklib\n\nA small library.\n\n## Install\n\n- pip install quicklib\n\n## Roadmap\n\n"
            "- [x] Parse dates\n- [ ] Parse times\n- [ ] Time zones\n")
    assert convert_text(tmp_path, "quicklib.md", text).actions == []  # one stage heading only
    assert convert_text(tmp_path, "README.md", text.replace("## Install", "## Phase 1")).actions == []  # a README


def test_an_unnamed_document_with_tracked_items_under_two_phases_is_read(tmp_path):
    result = convert_text(tmp_path, "STATUS.md", "# Portal\n\n## Phase 1: Foundation ✅ COMPLETE\n\n"
                      "- ✅ Build the record store\n- ✅ Add role-aware commits\n\n## Phase 2: Experience\n\n"
                      "- [x] Ship the command line\n- [ ] Ship the web interface\n")
    assert [(a.area, a.status) for a in result.actions] == [("Phase 1: Foundation", "complete")] * 2 + \
        [("Phase 2: Experience", "complete"), ("Phase 2: Experience", "")]


def test_untracked_lists_of_an_unnamed_document_are_no_plan(tmp_path):
    result = convert_text(tmp_path, "guide.md", "# Working here\n\n## Phase 1: Induction\n\n- Meet the team leads\n"
                      "- Set up the laptop and accounts\n\n## Phase 2: First month\n\n- Shadow two support calls\n"
                      "- Read the service manual\n")
    assert all("roadmap's lists" not in w for w in result.warnings)


def test_minutes_with_a_checklist_give_nothing(tmp_path):
    result = convert_text(tmp_path, "minutes.md", "# Meeting Minutes 3 June\n\n## Phase 1 review\n\n"
                      "- [ ] Ana: draft the glossary\n- [ ] Group: review readiness\n\n## Phase 2 review\n\n"
                      "- [x] Ben: share the inventory\n")
    assert result.actions == []


# ---- real documents ------------------------------------------------------------------------------------

def _truth(name: str) -> dict[str, Any]:
    return json.loads((REAL / f"{name}.truth.json").read_text(encoding="utf-8"))


def _wrong(result: Any, truth: dict[str, Any]) -> list[str]:
    """The truth fields the output gets wrong, each as 'action: field' (actions paired by their text)."""
    by_text = {a.action: a for a in result.actions}
    wrong = []
    for t in truth["actions"]:
        a = by_text.get(t["action"])
        if a is None:
            wrong.append(f"{t['action']}: missing")
            continue
        wrong += [f"{t['action']}: {k}" for k, v in t.items() if (getattr(a, k) or "") != (v or "")]
    return wrong


@pytest.mark.parametrize("name, extra", [("civicpress_roadmap.md", 0), ("tbd_roadmap_2022-03.md", 0),
                                         # its three 'subgraphs' (groups of milestones to finish) are read too
                                         ("simpler_grants_milestone_plan_march_2024.md", 3),
                                         # minutes whose '## Action' checklist names who does each item
                                         # ('Hwang/Douglas: …', 'Group: …', 'Hwang - to set up …')
                                         ("intersect_minutes_2024-05-28.md", 0)])
def test_real_roadmaps_read_as_their_truth(name, extra):
    truth = _truth(name)
    result = planx.convert_file(str(REAL / name))
    assert _wrong(result, truth) == []
    assert len(result.actions) == len(truth["actions"]) + extra


@pytest.mark.parametrize("name", NON_PLANS)
def test_real_changelog_and_docs_page_give_no_actions(name):
    assert _truth(name)["actions"] == []
    assert planx.convert_file(str(REAL / name)).actions == []


def test_the_fixtures_have_truth_and_sources():
    sources = (REAL / "SOURCES.md").read_text(encoding="utf-8")
    for name in PLANS + NON_PLANS:
        assert (REAL / f"{name}.truth.json").exists() and f"`{name}`" in sources


def test_the_guard_lets_a_roadmaps_items_stand_but_not_an_unlabelled_note():
    from planx.normalise.guard import SURE_HEADING, ActionSource, _judge_prose
    from planx.normalise.records import Action
    items = [Action(action="metrics module"), Action(action="themes + branding")]
    assert not _judge_prose(items).plan
    assert _judge_prose(items, ActionSource("a roadmap's lists", SURE_HEADING)).plan


def test_a_plain_text_roadmap_takes_short_lines_over_items_as_stage_headings(tmp_path):
    result = convert_text(tmp_path, "plan.txt", "PROJECT ROADMAP 2025\n\nPhase 1 - Discovery\n"
                      "  - User research with 20 families [DONE]\n  - Map the current referral journey [DONE]\n\n"
                      "Phase 2 - Alpha\n  - Prototype the online referral form [IN PROGRESS]\n"
                      "  - Test the form with social workers\n")
    assert [(a.area, a.action, a.status) for a in result.actions] == [
        ("Phase 1 - Discovery", "User research with 20 families", "complete"),
        ("Phase 1 - Discovery", "Map the current referral journey", "complete"),
        ("Phase 2 - Alpha", "Prototype the online referral form", "in_progress"),
        ("Phase 2 - Alpha", "Test the form with social workers", "")]


def test_an_html_roadmap_reads_its_phases_and_their_status(tmp_path):
    result = convert_text(tmp_path, "roadmap.html", "<html><head><title>Service roadmap</title></head><body><main>"
                      "<h1>Service roadmap</h1><h2>Phase 1: Discovery (complete)</h2><ul><li>User research with 20 "
                      "families</li><li>Map the current referral journey</li></ul><h2>Phase 2: Alpha</h2><ul>"
                      "<li>&#x2705; Prototype the online referral form</li><li>Test the form with social workers</li>"
                      "</ul></main></body></html>")
    assert [(a.area, a.status) for a in result.actions] == [("Phase 1: Discovery", "complete")] * 2 + \
        [("Phase 2: Alpha", "complete"), ("Phase 2: Alpha", "")]


def test_headings_saying_their_items_are_done_give_them_that_status(tmp_path):
    result = convert_text(tmp_path, "priorities.md", "# Development Priorities\n\n## Completed Milestones ✅\n\n"
                      "### User Management System (COMPLETED)\n\n- Complete CRUD: create, edit, delete users\n"
                      "- Role-based access with granular permissions\n\n## Future Milestones 🔮\n\n"
                      "### Public Portal\n\n- Public records browser\n- Public search with filters\n")
    assert [(a.area, a.status) for a in result.actions] == [("User Management System", "complete")] * 2 + \
        [("Public Portal", "")] * 2


def test_items_written_as_keys_and_values_read_each_key_as_its_field(tmp_path):
    result = convert_text(tmp_path, "actions.md", "# Data platform action plan\n\n## Governance\n\n"
                      "- action: Publish the data sharing agreement\n  owner: Head of Data\n  due: 2025-03-31\n"
                      "  status: done\n- action: Appoint a data protection lead\n  owner: HR\n  due: 2025-05-30\n"
                      "  status: in progress\n\n## Infrastructure\n\n- action: Migrate the warehouse to the cloud\n"
                      "  owner: Platform team\n  due: Q3 2025\n")
    assert [(a.area, a.action, a.lead, a.due_date, a.status) for a in result.actions] == [
        ("Governance", "Publish the data sharing agreement", "Head of Data", "2025-03-31", "complete"),
        ("Governance", "Appoint a data protection lead", "HR", "2025-05-30", "in_progress"),
        ("Infrastructure", "Migrate the warehouse to the cloud", "Platform team", "2025-09", "")]


def test_a_markdown_items_key_lines_are_set_off_but_a_prose_items_lines_run_on():
    raw = parse_markdown_lines(["- action: Publish the agreement", "  owner: Head of Data", "",
                                "- Publish the agreement with", "  partners: all of them"], name="a.md")
    assert [b.text for b in raw.blocks] == ["- action: Publish the agreement; owner: Head of Data",
                                            "- Publish the agreement with partners: all of them"]


def test_a_boxed_item_with_labels_takes_its_box_as_status_and_a_period_heading_as_timeframe(tmp_path):
    result = convert_text(tmp_path, "roadmap.md", "---\ntitle: Roadmap 2025\n---\n\n## Q1 2025\n"
                      "- [x] Launch the beta (owner: Sam, due: 2025-02-14)\n"
                      "- [ ] Accessibility audit — Owner: Priya — Due: 31 March 2025\n\n"
                      "## Q2 2025\n- [ ] Public launch\n")
    assert [(a.timeframe, a.action, a.lead, a.due_date, a.status) for a in result.actions] == [
        ("Q1 2025", "Launch the beta", "Sam", "2025-02-14", "complete"),
        ("Q1 2025", "Accessibility audit", "Priya", "2025-03-31", ""),
        ("Q2 2025", "Public launch", "", "2025-06", "")]


# ---- status_raw: the mark as printed (docs/CONTRACT.md: '*_raw' holds what the document prints) --------

@pytest.mark.parametrize("item, status, printed", [
    ("[x] ✅ `legal-register` — Bylaws + civic records", "complete", "[x] ✅"),
    ("[ ] 🔲 `serve` — Minimal PWA to browse civic records", "", "[ ] 🔲"),
    ("[/] Search UI", "in_progress", "[/]"),
    ("M2: Intelligent context; Redis/Neo4j hybrid memory. [IN PROGRESS]", "in_progress", "[IN PROGRESS]"),
    ("M1: Cluster-from-YAML e2e demo. [DONE].", "complete", "[DONE]"),
    ("(Planned) Public search with filters", "not_started", "(Planned)"),
    ("🚧 Search API", "in_progress", "🚧"),
    ("Voting module with signatures", "", ""),
])
def test_an_items_marks_are_kept_as_printed(item, status, printed):
    assert read_marks(item)[2:] == (status, printed)


@pytest.mark.parametrize("heading, printed", [
    ("Phase 1: Core Foundation ✅ COMPLETE", "✅ COMPLETE"),
    ("User Management System (COMPLETED)", "(COMPLETED)"),
    ("Phase 2 — Alpha Launch", ""),
])
def test_a_headings_status_is_kept_as_printed(heading, printed):
    assert read_heading_status(heading)[2] == printed


def test_a_roadmaps_status_raw_is_the_mark_or_heading_as_printed_and_status_its_word(tmp_path):
    result = convert_text(tmp_path, "roadmap.md", "# Portal roadmap\n\n## 🧪 MVP — Pilot with one school\n\n"
                      "### Features\n\n- [x] ✅ `auth` — single sign-on\n- [ ] 🔲 `serve` — a PWA to browse records\n"
                      "- 🚧 `search` — find a record\n\n## 🚀 Phase 2 — Alpha\n\n### Planned\n\n"
                      "- [ ] `votes` module for decisions\n- notifications (email or UI) [IN PROGRESS]\n\n"
                      "## Phase 0: Discovery ✅ COMPLETE\n\n- User research with 20 families\n"
                      "- Map the current referral journey\n")
    assert [(a.status_raw, a.status) for a in result.actions] == [
        ("[x] ✅", "complete"), ("[ ] 🔲", ""), ("🚧", "in_progress"),
        ("Planned", "not_started"),  # the box says nothing: the heading above says how it stands
        ("[IN PROGRESS]", "in_progress"),
        ("✅ COMPLETE", "complete"), ("✅ COMPLETE", "complete")]


def test_a_labelled_list_items_box_is_its_status_raw(tmp_path):
    # read by normalise/lists.py (lead and date labels inside the items), which takes the box too
    result = convert_text(tmp_path, "plan.md", "# Data platform action plan\n\n## Governance\n\n"
                      "- [x] Publish the data sharing agreement (lead: Head of Data, due: 31 March 2025)\n"
                      "- [ ] Appoint a data protection lead (lead: HR, due: 30 May 2025)\n"
                      "- [x] Migrate the warehouse to the cloud (lead: Platform team, due: Q3 2025, "
                      "status: done in July)\n")
    assert any("lead/date labels inside the items" in w for w in result.warnings)
    assert [(a.status_raw, a.status) for a in result.actions] == [
        ("[x]", "complete"), ("[ ]", ""),
        ("done in July", "complete")]  # a printed status beats the box


# ---- links: their text in the item, their targets and an item's label tags kept aside --------------------

@pytest.mark.parametrize("source, shown, links", [
    # GitHub's issue labels written as code inside links (the EDGI roadmap's items)
    ("1. EPA archiving complete [`archiving`](https://github.com/o/r/labels/archiving)",
     "1. EPA archiving complete archiving", [("archiving", "https://github.com/o/r/labels/archiving", False, True)]),
    ("## [Summer 2017 Work Cycle (I)](https://github.com/o/r/milestone/1)", "## Summer 2017 Work Cycle (I)",
     [("Summer 2017 Work Cycle (I)", "https://github.com/o/r/milestone/1", False, False)]),
    # a badge: an image inside a link, one of each; the reader sees the image's alt text
    ("[![build](https://ci.example/badge.svg)](https://ci.example) passing", "build passing",
     [("build", "https://ci.example/badge.svg", True, False), ("build", "https://ci.example", False, False)]),
    ('see [the guide](<https://example.org/a guide> "Guide") and ![map](./img/map.png)', "see the guide and map",
     [("the guide", "https://example.org/a guide", False, False), ("map", "./img/map.png", True, False)]),
    ("[TBD] no target [x]", "[TBD] no target [x]", []),
])
def test_markdown_links_print_their_text_and_keep_their_targets(source, shown, links):
    assert inline_text(source) == shown
    assert [(k.text, k.target, k.image, k.code) for k in links_of(source)] == links


_LABELS = [Link("data-together", "https://x/labels/data-together", code=True),
           Link("community", "https://x/labels/community", code=True),
           Link("infrastructure", "https://x/labels/infrastructure", code=True)]


@pytest.mark.parametrize("text, links, out", [
    ("Strategy rolled out with an understanding of how we support it data-together", _LABELS[:1],
     ("Strategy rolled out with an understanding of how we support it", ["data-together"])),
    ("Future projects identified that tech team can assist with community infrastructure", _LABELS[1:],
     ("Future projects identified that tech team can assist with", ["community", "infrastructure"])),
    # a label inside the sentence is a word of it: only a closing run is cut
    ("Grow the data-together partnership", _LABELS[:1], ("Grow the data-together partnership", [])),
    # a plain link closing the item is its words ('… the project template')
    ("All other static files from the project template",
     [Link("project template", "https://github.com/o/tbd-project-template")],
     ("All other static files from the project template", [])),
    ("data-together", _LABELS[:1], ("data-together", [])),  # a label alone: the item keeps it
])
def test_a_closing_run_of_label_links_tags_the_item(text, links, out):
    assert trailing_labels(text, links) == out


def test_a_roadmap_items_label_links_go_to_leftovers_with_their_targets(tmp_path):
    result = convert_text(tmp_path, "ROADMAP.md", "# Roadmap\n\n"
                      "## [Spring 2018 Work Cycle (I)](https://github.com/o/r/milestone/1)\n\n"
                      "1. Archive of the agency pages complete [`archiving`](https://github.com/o/r/labels/archiving)\n"
                      "  _Archiving moves on to the partner model_\n"
                      "1. Monitoring tool in production and used by analysts "
                      "[`web-monitoring`](https://github.com/o/r/labels/web-monitoring) "
                      "[`community`](https://github.com/o/r/labels/community)\n"
                      "1. Process improvements implemented, see the [notes](https://github.com/o/r/wiki/notes)\n\n"
                      "## Autumn 2018 Work Cycle (II)\n\n1. Reflection on the partner model\n")
    assert [(a.area, a.action, a.outcome) for a in result.actions] == [
        ("Spring 2018 Work Cycle (I)", "Archive of the agency pages complete",
         "Archiving moves on to the partner model"),
        ("Spring 2018 Work Cycle (I)", "Monitoring tool in production and used by analysts", ""),
        ("Spring 2018 Work Cycle (I)", "Process improvements implemented, see the notes", ""),
        ("Autumn 2018 Work Cycle (II)", "Reflection on the partner model", "")]
    kept = {(x.line, x.text) for x in result.leftovers}
    assert {(5, "archiving"), (7, "web-monitoring"), (7, "community")} <= kept  # the tags, on their lines
    assert {(3, "https://github.com/o/r/milestone/1"), (5, "https://github.com/o/r/labels/archiving"),
            (7, "https://github.com/o/r/labels/community"), (8, "https://github.com/o/r/wiki/notes")} <= kept


def test_a_labelled_list_items_label_links_go_to_leftovers(tmp_path):
    result = convert_text(tmp_path, "plan.md", "# Data platform action plan\n\n## Governance\n\n"
                      "- Publish the data sharing agreement (lead: Head of Data, due: 31 March 2025) "
                      "[`governance`](https://github.com/o/r/labels/governance)\n"
                      "- Appoint a data protection lead (lead: HR, due: 30 May 2025)\n"
                      "- Migrate the warehouse to the cloud (lead: Platform team, due: Q3 2025)\n")
    assert [(a.action, a.lead) for a in result.actions][0] == ("Publish the data sharing agreement", "Head of Data")
    assert {(5, "governance"), (5, "https://github.com/o/r/labels/governance")} <= \
        {(x.line, x.text) for x in result.leftovers}


def test_an_html_roadmaps_label_links_and_link_targets_are_kept_aside(tmp_path):
    result = convert_text(tmp_path, "roadmap.html", "<html><body><h1>Roadmap</h1>"
                      '<h2><a href="https://github.com/o/r/milestone/1">Spring 2018 Work Cycle (I)</a></h2><ol>'
                      '<li>Strong community of archivists and volunteers '
                      '<a href="https://github.com/o/r/labels/archiving"><code>archiving</code></a></li>'
                      "<li>Monitoring tool in production and used by analysts "
                      '<a href="https://github.com/o/r/labels/web-monitoring"><code>web-monitoring</code></a> '
                      '<a href="https://github.com/o/r/labels/community"><code>community</code></a></li>'
                      '<li>Process improvements implemented, see the <a href="https://github.com/o/r/wiki">notes</a>'
                      '</li></ol><h2>Autumn 2018 Work Cycle (II)</h2><ol><li>Reflection on the partner model</li>'
                      "</ol></body></html>")
    assert [a.action for a in result.actions] == [
        "Strong community of archivists and volunteers", "Monitoring tool in production and used by analysts",
        "Process improvements implemented, see the notes", "Reflection on the partner model"]
    kept = {(x.text, x.reason) for x in result.leftovers}
    assert {t for t, r in kept if r.startswith("a label")} == {"archiving", "web-monitoring", "community"}
    assert {t for t, r in kept if r.startswith("where the link")} == {
        "https://github.com/o/r/milestone/1", "https://github.com/o/r/labels/archiving",
        "https://github.com/o/r/labels/web-monitoring", "https://github.com/o/r/labels/community",
        "https://github.com/o/r/wiki"}
