"""A plan kept as data in a Markdown page's YAML front matter (a Jekyll or Netlify CMS site whose
layout renders the records as the page's timetable): each objective a record with its description,
dates, a 'complete' flag and its own list of milestone records. The records are the plan's actions
(the description what is done, the objective its name), the nested records their milestones with
their own dates and statuses. Synthetic documents in the shape of a UK civil service staff
network's published business plans (devsets/rreal6: the real ones, whose repository states no
licence): a CMS-written block of 60 lines or fewer, and a hand-kept block of several hundred lines
whose comments are set off by tabs and whose dates carry the time of day."""
from __future__ import annotations

from pathlib import Path

import planx
from planx.extract.markdown import parse_markdown_lines
from planx.extract.model import Table
from planx.normalise.dates import date_spans, due_date
from planx.normalise.headers import Column, Header
from planx.normalise.heading_rows import milestones_only

_CMS = """---
layout: business-plan
title: "Staff Network Business Plan: 2018 to 2020"
date: 2018-06-01T00:00:00.000Z
objectives:
  - objective: Heads of Networks forum
    description: Form a Heads of Networks Forum to guide our work and share best practice
    start-date: 2018-06-01T00:00:00.000Z
    end-date: 2020-03-31T00:00:00.000Z
    complete: false
    milestones:
      - milestone: Hold first Leaders of Networks Forum
        date: 2019-01-31T00:00:00.000Z
        complete: true
      - milestone: Hold Leaders of Networks Forum each quarter
        date: 2020-03-31T00:00:00.000Z
        complete: false
  - objective: Policy advice and guidance
    description: Develop and share best practice policies and guidance that can be
      used across departments so that networks can influence their stakeholders
    start-date: 2018-06-01T00:00:00.000Z
    end-date: 2019-12-31T00:00:00.000Z
    complete: true
    milestones:
      - milestone: Establish a policy team
        date: 2018-09-30T00:00:00.000Z
        complete: true
      - milestone: Publish guidance documents
        date: 2019-12-31T00:00:00.000Z
        complete: true
  - objective: Civil Service Pride
    description: Take part in at least 3 Pride events each year and monitor the
      diversity of those taking part
    start-date: 2018-06-01T00:00:00.000Z
    end-date: 2020-03-31T00:00:00.000Z
    complete: false
    milestones:
      - milestone: Take part in Edinburgh Pride 2018
        date: 2018-06-16T00:00:00.000Z
        complete: true
      - milestone: Take part in London Pride 2018
        date: 2018-07-07T00:00:00.000Z
        complete: true
---

## Introduction

This is our business plan for 2018 to 2020.
"""

_WANT_CMS = [
    ("Heads of Networks forum", "Form a Heads of Networks Forum to guide our work and share best practice",
     "2020-03-31", [("Hold first Leaders of Networks Forum", "2019-01-31", "complete"),
                    ("Hold Leaders of Networks Forum each quarter", "2020-03-31", "not_started")]),
    ("Policy advice and guidance", "Develop and share best practice policies and guidance that can be used across "
     "departments so that networks can influence their stakeholders", "2019-12-31",
     [("Establish a policy team", "2018-09-30", "complete"), ("Publish guidance documents", "2019-12-31", "complete")]),
    ("Civil Service Pride", "Take part in at least 3 Pride events each year and monitor the diversity of those taking "
     "part", "2020-03-31", [("Take part in Edinburgh Pride 2018", "2018-06-16", "complete"),
                            ("Take part in London Pride 2018", "2018-07-07", "complete")])]


_WORK = [("Mentoring programme", "Run the mentoring programme for LGBT+ civil servants again in 2022 and 2023."),
         ("Annual conference", "Hold an annual conference focused on workplace inclusion and career development."),
         ("Face-to-face socials", "Put in place social and networking opportunities across the country."),
         ("Digital socials", "Put in place a range of social and networking opportunities online."),
         ("Bi+ inclusion", "Continue to run our programme of events for bi+ civil servants."),
         ("Women's inclusion", "Investigate the needs of LGBT+ women in the Civil Service and act on them."),
         ("Trans inclusion", "Investigate the needs of trans and non-binary staff and publish guidance."),
         ("Pride", "Plan and deliver Pride activities across the UK and online."),
         ("Data", "Provide insights into the demographics and experiences of LGBT+ civil servants."),
         ("Local delivery", "Support local organisers with toolkits to set up events in their area."),
         ("Volunteer deal", "Improve the support and recognition that volunteers receive."),
         ("Networks", "Create regular ways for leaders of departmental networks to meet and share practice.")]


def _hand_kept(objectives: int = 12) -> str:
    """A hand-kept block: quoted values, tab-separated comments, a team list, an impossible date."""
    lines = ["---", "layout: business-plan", "date: 2022-10-26T00:00:00.00Z # YYYY-MM-DD",
             'title: "Our work and programmes"', "", "objectives:", ""]
    for n, (name, work) in enumerate(_WORK[:objectives], 1):
        lines += ["#########################", f"## {name.upper()} ##", "#########################",
                  f'- objective: "{name}"\t# Name of objective',
                  f'  description: "{work}"',
                  "  complete: false", "  team:", '  - name: "A Volunteer"', "  milestones:",
                  f'  - milestone: "Recruit a lead for workstream {n}"',
                  "    date: 2021-12-31T00:00:00.00Z\t\t# YYYY-MM-DD – target date for achieving milestone",
                  "    complete: true",
                  f'  - milestone: "Publish the plan of workstream {n}"',
                  "    date: 2022-06-31T00:00:00.00Z \t\t# YYYY-MM-DD – target date for achieving milestone",
                  "    complete: false", ""]
    return "\n".join(lines + ["---", "", "## About this publication", "", "This document explains our work.", ""])


def test_a_cms_block_of_records_is_a_table_of_actions_with_their_milestones(tmp_path: Path) -> None:
    path = tmp_path / "business_plan_2018-20.md"
    path.write_text(_CMS, encoding="utf-8")
    result = planx.convert_file(str(path))
    got = [(a.objective, a.action, a.due_date, [(m.milestone, m.due_date, m.status) for m in a.milestones])
           for a in result.actions]
    assert got == _WANT_CMS
    assert [a.status for a in result.actions] == ["not_started", "complete", "not_started"]


def test_a_long_hand_kept_block_is_read_too(tmp_path: Path) -> None:
    text = _hand_kept()
    assert len(text.splitlines()) > 100  # past the 60 lines a site's usual front matter takes
    path = tmp_path / "our_plan.md"
    path.write_text(text, encoding="utf-8")
    result = planx.convert_file(str(path))
    # with no date or owner column the records' headings read as one field (the milestones); the
    # description then is the action, and the record's name under 'objective' its objective
    assert [a.action for a in result.actions] == [work for _name, work in _WORK]
    assert [a.objective for a in result.actions] == [name for name, _work in _WORK]
    assert not any(a.area for a in result.actions)
    first = result.actions[0].milestones
    # the impossible date stays with its milestone's words kept apart from them; no date is made of it
    assert [(m.milestone, m.due_date, m.status) for m in first][0] == ("Recruit a lead for workstream 1",
                                                                        "2021-12-31", "complete")
    assert first[1].milestone.startswith("Publish the plan of workstream 1") and first[1].status == "not_started"


def test_the_reader_keeps_the_records_as_written() -> None:
    doc = parse_markdown_lines(_hand_kept(3).splitlines(), name="p.md")
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1
    rows = tables[0].rows
    assert rows[0].texts() == ["objective", "description", "complete", "team", "milestones"]
    assert rows[1].texts()[:4] == [*_WORK[0], "false", "A Volunteer"]
    assert rows[1].texts()[4].splitlines() == [
        "1. Recruit a lead for workstream 1 – 2021-12-31T00:00:00.00Z – true",
        "2. Publish the plan of workstream 1 – 2022-06-31T00:00:00.00Z – false"]
    assert [r.line for r in rows[1:]] == [11, 27, 43]  # each record's own line in the file


def test_a_long_block_that_is_no_yaml_stays_text() -> None:
    lines = ["---"] + [f"key {n}: value" if n % 2 else f"  - item: [unclosed {n}" for n in range(80)] + ["---", "Body"]
    doc = parse_markdown_lines(lines, name="p.md")
    assert not any(isinstance(b, Table) for b in doc.blocks)
    assert doc.blocks and doc.blocks[-1].text == "Body"
    # a page's short link list ('title', 'url') is navigation, not records of a plan
    nav = ["---", "title: Plan", "breadcrumbs:", "  - title: Home", "    link: /", "  - title: Plans",
           "    link: /plans", "---", "Body"]
    assert not any(isinstance(b, Table) for b in parse_markdown_lines(nav, name="n.md").blocks)


def test_an_iso_date_with_its_time_of_day_is_one_date() -> None:
    assert due_date("2020-03-31T00:00:00.000Z") == "2020-03-31"
    assert [(s, e) for s, e, _ in date_spans("Hold the forum – 2019-01-31T00:00:00.000Z – true")] == [(17, 41)]
    assert [(s, e) for s, e, _ in date_spans("2024-05-01T09:30+01:00")] == [(0, 22)]
    assert [(s, e) for s, e, _ in date_spans("2024-05-01 Tuesday")] == [(0, 10)]


def _header(*labels_fields: tuple[str, str]) -> Header:
    return Header(columns=[Column(col=n, span=1, label=label, field=field)
                           for n, (label, field) in enumerate(labels_fields)])


def test_a_description_before_the_milestones_is_the_action() -> None:
    records = _header(("objective", "objective"), ("description", ""), ("end-date", "due"),
                      ("milestones", "milestones"))
    milestones_only(records)
    assert [c.field for c in records.columns] == ["objective", "action", "due", "milestones"]
    # a Gantt chart's list: the description describes each milestone, which is the action
    # a records list read by its milestones heading alone: the name left of the description takes
    # the field its heading names, once, and only left of the description
    named = _header(("Workstream", ""), ("objective", ""), ("description", ""), ("complete", "status"),
                    ("milestones", "milestones"), ("theme", ""))
    milestones_only(named)
    assert [c.field for c in named.columns] == ["area", "objective", "action", "status", "milestones", ""]
    held = _header(("objective", "objective"), ("aim", ""), ("description", ""), ("milestones", "milestones"))
    milestones_only(held)
    assert [c.field for c in held.columns] == ["objective", "", "action", "milestones"]
    gantt = _header(("Milestone", "milestones"), ("Description", ""), ("Due", "due"))
    milestones_only(gantt)
    assert [c.field for c in gantt.columns] == ["action", "", "due"]


# A meeting page whose body lives in the front matter: a CMS (Eleventy + Netlify CMS) writes the
# Markdown of the agenda and the minutes as folded block scalars, and nothing follows the block.
# Synthetic, in the shape of a regional imaging network's published minutes (holdout27: yic_*).
_MINUTES_IN_FRONT_MATTER = """---
title: Autumn Imaging Group Meeting
start: 2021-09-28T13:00:19.304Z
groups:
  - Imaging
location: MS Teams
agenda: >-
  This is what will be discussed in the meeting:


  * Actions from Previous Meeting (19 May 21)

  * Reporting Training
minutes: >-
  ### Attendance


  *Ann Able, Ben Baker, Cara Cole*


  ### [](https://example.org/meetings/2021-09-28.md#actions)Actions


  1. Trusts to provide radiographer competencies \\[closed]

  2. To set up a December meeting to agree minimum data sets for scanning \\[new for Helen Jeffrey]

  3. Publish the referral pathway on the website \\[SIG PMs]

  4. F\ufeffinalise the spine protocols


  ### Key Discussion Points


  * Some competencies had been received. It was agreed to form a small group.
---
"""


def test_a_body_kept_in_the_front_matter_is_read_as_the_page(tmp_path: Path) -> None:
    path = tmp_path / "imaging_group_minutes_2021-09-28.md"
    path.write_text(_MINUTES_IN_FRONT_MATTER, encoding="utf-8")
    result = planx.convert_file(str(path))
    got = [(a.action, a.lead, a.status_raw, a.area) for a in result.actions]
    assert got == [
        ("Trusts to provide radiographer competencies", "Trusts", "closed", "Actions"),
        ("To set up a December meeting to agree minimum data sets for scanning [new for Helen Jeffrey]",
         "Helen Jeffrey", "", "Actions"),
        ("Publish the referral pathway on the website [SIG PMs]", "SIG PMs", "", "Actions"),
        ("Finalise the spine protocols", "", "", "Actions")]
    assert result.actions[0].status == "complete"
    # nothing of the body is lost: what is no action stays in leftovers, numbered by the file's lines
    kept = {lo.text: lo.line for lo in result.leftovers}
    point = "Some competencies had been received. It was agreed to form a small group."
    assert any(point in text for text in kept)
    assert any("Reporting Training" in text for text in kept)  # the agenda, read too, no action
    assert next(line for text, line in kept.items() if point in text) == 36


def test_the_reader_numbers_a_front_matter_body_by_the_file_lines() -> None:
    doc = parse_markdown_lines(_MINUTES_IN_FRONT_MATTER.splitlines(), name="m.md")
    texts = [(b.text, b.line, b.heading) for b in doc.blocks]
    assert texts[0] == ("Autumn Imaging Group Meeting", 2, True)
    assert ("Actions", 21, True) in texts
    assert ("1. Trusts to provide radiographer competencies [closed]", 24, False) in texts
    # a block of YAML text that holds no body ('location: MS Teams') is still the site's metadata
    assert not any("MS Teams" in t for t, _, _ in texts)


def test_an_escape_is_read_before_emphasis_and_not_inside_a_code_span() -> None:
    """CommonMark reads code spans and backslash escapes left to right, before emphasis: '\\*' is an
    asterisk that opens no emphasis, and a code span prints its backslashes as written."""
    from planx.extract.markdown import inline_text
    assert inline_text(r"Rate the site \*essential\* \[closed]") == "Rate the site *essential* [closed]"
    assert inline_text(r"Set `max\_rows` in `config\*.yml` and **ship** it") == \
        r"Set max\_rows in config\*.yml and ship it"
    assert inline_text(r"Print \`no code\` *here*") == "Print `no code` here"
    assert inline_text(r"Keep a literal \\") == "Keep a literal \\"
