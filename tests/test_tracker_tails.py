"""Item tails that carry fields: a task list's '(@Owner, due …)' bracket and '— status' tail
(normalise/commitments.py, normalise/numberedoutline.py, normalise/lists.py status_tail); a minute's
closing '[status for whom]' bracket (normalise/minute_marks.py status_for_whom); and priority-tagged
titles under a heading naming work outstanding (normalise/taggedtitles.py). Synthetic documents."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest

from planx.extract import extract
from planx.normalise import normalise
from planx.normalise.lists import status_tail
from planx.normalise.minute_marks import status_for_whom
from planx.normalise.numberedoutline import trailing_who_when
from planx.normalise.taggedtitles import names_outstanding_work, read_tagged_titles, tagged_title

TRACKER = """# Parks Service – Improvement Tracker 2025-26

_Kept by the parks team. Tick an item when it is done._

## 1. Play areas

- [x] Resurface the riverside playground (@Harriet Quill, due 12/05/2025)
- [ ] Install accessible swings at the north park (@Omar Delacroix, due September 2025) — in progress

## 2. Trees and woodland

- [ ] Survey the avenue trees for ash dieback (@Petra Novak, due 2025-11-30) — not started
- [x] Plant the community orchard (@Liam Ferris, due March 2025)
- [ ] Write the woodland management plan (@Petra Novak, due Q4 2025/26)

## Notes

- Next team meeting: see the calendar
"""


@pytest.mark.parametrize("text, expected", [
    ("Resurface the playground (@Harriet Quill, due 12/05/2025)", ("Resurface the playground", "Harriet Quill",
                                                                    "12/05/2025")),
    ("Plant the orchard (@Liam Ferris; by March 2025)", ("Plant the orchard", "Liam Ferris", "March 2025")),
    ("Plant the orchard (due March 2025, Liam Ferris)", ("Plant the orchard", "Liam Ferris", "March 2025")),
])
def test_a_handle_and_a_due_word_are_no_part_of_who_and_when(text, expected):
    assert trailing_who_when(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Survey the avenue trees (Petra Novak, due May 2026) — not started",
     ("Survey the avenue trees (Petra Novak, due May 2026)", "not started")),
    ("Write the woodland plan – in progress", ("Write the woodland plan", "in progress")),
    ("Write the woodland plan – Parks Manager", ("Write the woodland plan – Parks Manager", "")),
    ("Done – in progress", ("Done – in progress", "")),  # too short a head: no action before it
])
def test_a_status_after_a_closing_dash_is_the_items_status(text, expected):
    assert status_tail(text) == expected


def test_a_task_list_tracker_gives_lead_due_and_status_apart_from_the_action(tmp_path: Path):
    path = tmp_path / "parks_tracker.md"
    path.write_text(TRACKER, encoding="utf-8")
    result = normalise(extract(path))
    got = [(a.action, a.lead, a.due_raw, a.status, a.status_raw) for a in result.actions]
    assert [g[:3] for g in got] == [
        ("Resurface the riverside playground", "Harriet Quill", "12/05/2025"),
        ("Install accessible swings at the north park", "Omar Delacroix", "September 2025"),
        ("Survey the avenue trees for ash dieback", "Petra Novak", "2025-11-30"),
        ("Plant the community orchard", "Liam Ferris", "March 2025"),
        ("Write the woodland management plan", "Petra Novak", "Q4 2025/26"),
    ]
    assert [g[3] for g in got] == ["complete", "in_progress", "not_started", "complete", ""]
    assert got[1][4] == "in progress" and got[2][4] == "not started"
    assert [a.area_ref for a in result.actions] == ["1", "1", "2", "2", "2"]


@pytest.mark.parametrize("text, expected", [
    ("Practices to share their audit results [ongoing for members]",
     ("Practices to share their audit results", "ongoing", "members")),
    # 'new' says the point was raised at this meeting, not how it stands: the bracket stays
    ("Draft the referral pathway (new for practice managers)",
     ("Draft the referral pathway (new for practice managers)", "", "")),
    ("Draft the referral pathway [planned for 2026]", ("Draft the referral pathway [planned for 2026]", "", "")),
    ("Draft the referral pathway [ready for the next meeting]",
     ("Draft the referral pathway [ready for the next meeting]", "", "")),
])
def test_a_closing_bracket_names_the_status_and_who_it_now_sits_with(text, expected):
    assert status_for_whom(text) == expected


MINUTES = """# Regional Diabetes Network – Meeting Minutes

Date: 3 March 2025

## Actions

  1. Circulate the revised terms of reference [**closed**]
  2. Practices to share their foot-check audit results [**ongoing for members**]
  3. To draft a shared insulin passport template [**ongoing for leads**]
  4. To scope a joint patient education day [**new for leads**]
"""


def test_minute_actions_closed_by_a_status_for_whom(tmp_path: Path):
    path = tmp_path / "network_minutes.md"
    path.write_text(MINUTES, encoding="utf-8")
    result = normalise(extract(path))
    got = [(a.action, a.lead, a.status) for a in result.actions]
    assert got[1:] == [
        ("Practices to share their foot-check audit results", "members", "ongoing"),
        ("To draft a shared insulin passport template", "leads", "ongoing"),
        ("To scope a joint patient education day [new for leads]", "leads", ""),
    ]
    assert got[0][0] == "Circulate the revised terms of reference" and got[0][2] == "complete"


@pytest.mark.parametrize("text, ok", [
    ("4. Outstanding work", True), ("Remaining tasks", True), ("Still to do", True), ("Next steps", True),
    ("Issues resolved", False), ("Decisions made", False), ("Work completed this quarter", False),
])
def test_a_heading_naming_work_outstanding(text, ok):
    assert names_outstanding_work(text) is ok


def _summary(path: Path, heading: str) -> Path:
    d = docx.Document()
    d.add_paragraph("Library Website Refresh — Sprint Summary").runs[0].bold = True
    d.add_paragraph("This note summarises the work finished during the sprint and what is left.")
    d.add_paragraph("1. Work completed").runs[0].bold = True
    for t in ["✓ Search results page rebuilt — results now load in pages of twenty.",
              "✓ Opening hours banner fixed — the banner showed the wrong times on holidays."]:
        d.add_paragraph(t, style="List Bullet")
    d.add_paragraph(heading).runs[0].bold = True
    d.add_paragraph("Each item is tagged with its priority. High items come before the next release.")
    for tag, ref, title, desc in [
        ("High", "TASK-11", "Catalogue filter review", "Check every filter on the catalogue page on phones and "
         "tablets, and list any that overflow."),
        ("Medium", "TASK-12", "Event listings tidy-up", "Old events still show on the listings page; archive "
         "them and confirm the feed drops past dates."),
        ("Low", "TASK-13", "Icon set refresh", "The icons date from the old site. Agree a new set with the "
         "design team before replacing them."),
    ]:
        d.add_paragraph(f"[{tag}]  {ref}  {title}").runs[0].bold = True
        d.add_paragraph(desc)
    d.add_paragraph("3. Technical notes").runs[0].bold = True
    d.add_paragraph("The site is static and needs no build step; files can be edited directly.")
    d.save(str(path))
    return path


def test_priority_tagged_titles_under_outstanding_work_are_actions(tmp_path: Path):
    raw = extract(_summary(tmp_path / "sprint_summary.docx", "2. Outstanding work"))
    reading = read_tagged_titles(raw)
    assert reading is not None and "work outstanding" in reading.why
    result = normalise(raw)
    assert [a.action for a in result.actions] == ["Catalogue filter review", "Event listings tidy-up",
                                                  "Icon set refresh"]
    assert [a.ref for a in result.actions] == ["TASK-11", "TASK-12", "TASK-13"]
    kept = " ".join(x.text for x in result.leftovers)
    assert "[High]" in kept and "list any that overflow" in kept  # the tag and the description aside
    assert not any("Search results" in a.action for a in result.actions)


def test_tagged_titles_under_another_heading_are_not_read(tmp_path: Path):
    raw = extract(_summary(tmp_path / "sprint_summary.docx", "2. Ideas discussed"))
    assert read_tagged_titles(raw) is None


@pytest.mark.parametrize("text, expected", [
    ("[High]  TODO-01  Review the mobile layout", ("High", "TODO-01", "Review the mobile layout")),
    ("(Low priority) Refresh the icon set", ("Low priority", "", "Refresh the icon set")),
    ("[P2] Tidy the event listings", ("P2", "", "Tidy the event listings")),
    ("[Draft] Tidy the event listings", None),
    ("[High] The listings page shows old events and should be tidied before launch.", None),
])
def test_a_priority_tagged_title(text, expected):
    from planx.extract.model import Paragraph
    assert tagged_title(Paragraph(text=text, page=1, line=1, bold=True)) == expected
