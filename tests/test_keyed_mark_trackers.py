"""Trackers whose status is a mark the document's own key defines, and their titles.

Shapes, rebuilt as synthetic files (the real ones are held out):

- a project plan in Markdown of phase/week sections, each a table '✅ | Task | Full Description |
  Result / Deliverable' whose first column prints the status mark (✅/🟨/❌) under a heading that is
  itself a mark, a 'Key: ❌ Not started 🟨 Underway ✅ Completed' line over each table; the first
  section ('Phase 0 – …') carries a labelled 'Dates:' line the week sections do not;
- a process tracker 'SUGGESTED CHANGE | RATIONALE | HOW WILL WE HELP | RESOURCE | …' whose
  RESOURCE cell opens with the key's mark over a link, its changes in bold, one broken by '<br/>';
- a report whose cover title is set in display type at more than MAX_WORDS words, and a PDF
  briefing whose title is boxed as a banner row across the top of its first page.
"""
from __future__ import annotations

from pathlib import Path

from conftest import convert_text

from planx.extract.model import Cell, Paragraph, Row, Table
from planx.normalise.doccodes import glyph_by_key, keyed_status_column
from planx.normalise.title import is_title_like, opening_banner, pick_title

KEY = "**Key:**  ❌ Not started 🟨 Underway ✅ Completed"


def _section(heading: str, lines: list[str], tasks: list[tuple[str, str]]) -> str:
    rows = "\n".join(f"| {mark} | {task} | Do {task.lower()} in full. | {task} done. |" for mark, task in tasks)
    return (f"## {heading}\n" + "".join(f"{line}  \n" for line in lines) + f"{KEY}\n\n"
            "| ✅ | Task | Full Description | Result / Deliverable |\n|----|----|----|----|\n" + rows + "\n\n")


def _workplan() -> str:
    phase = _section("Phase 0 – Dataset Preparation", ["**Dates:** June - October 2025"],
                     [("✅", "Append the 2021 data"), ("🟨", "Review the ineligible cases"),
                      ("❌", "Merge the death records")])
    weeks = "".join(_section(f"Week {n} – {d} October 2025", ["**Focus:** Project reset"],
                             [("❌", f"Confirm structure {n}"), ("✅", f"Draft agreement {n}")])
                    for n, d in ((1, "6 to 12"), (2, "13 to 19"), (3, "20 to 26")))
    return "# Refit Project Plan\n\nA living tracker of the refit's tasks.\n\n" + phase + weeks


def test_a_section_shaped_like_unnamed_ones_lists_pieces_of_work(tmp_path: Path) -> None:
    r = convert_text(tmp_path, "plan.md", _workplan())
    got = {a.action: a.status for a in r.actions}
    # the first section's rows are tasks of their own, as the week sections' are, not one action's steps
    assert got["Append the 2021 data"] == "complete"
    assert got["Review the ineligible cases"] == "in_progress"
    assert got["Merge the death records"] == "not_started"
    assert got["Confirm structure 2"] == "not_started" and len(r.actions) == 9
    assert not any("read as one action each" in w for w in r.warnings)


def test_a_section_alone_with_its_dates_line_is_still_one_action(tmp_path: Path) -> None:
    # no other table of its shape under unnamed headings: the evidence for one action stands
    phase = _section("Phase 0 – Dataset Preparation", ["**Dates:** June - October 2025"],
                     [("✅", "Append the 2021 data"), ("🟨", "Review the ineligible cases")])
    other = _section("Phase 1 – Analysis", ["**Dates:** November 2025"],
                     [("❌", "Run the models"), ("❌", "Write the report")])
    r = convert_text(tmp_path, "plan.md", "# Refit Project Plan\n\n" + phase + other)
    assert any("read as one action each" in w for w in r.warnings)


CHANGES = """# Process Improvements

### The Process Improvements

**Key:**  ❌ Not started 🟨 Underway ✅ Completed

| SUGGESTED CHANGE | RATIONALE | HOW WILL WE HELP | RESOURCE | LINKED RECOMMENDATIONS |
|----|----|----|----|----|
| **Audit the database** | ➤ It changed.<br>➤ An audit finds gaps. | ⓘ Advise | ✅ <br>[See audit](a.md) | Rec 2 |
| **Dataset<br/>alignment** | ➤ Harmonisation is required. | 🗹 Lead | ✅ <br>[See dictionary](b.md) | Rec 1 |
| **Develop a sign-off process** | ➤ Fields verified. | ⚙ Contribute | 🟨 <br>[See release](c.md) | Rec 1 |
| **Automate monthly extractions** | ➤ Each extraction is clean. | 🗹 Lead | ❌ | Rec 6 |
"""


def test_a_column_of_the_keys_marks_is_the_status_and_a_suggested_change_the_action(tmp_path: Path) -> None:
    r = convert_text(tmp_path, "changes.md", CHANGES)
    got = {a.action: a.status for a in r.actions}
    assert got == {"Audit the database": "complete", "Dataset alignment": "complete",
                   "Develop a sign-off process": "in_progress", "Automate monthly extractions": "not_started"}
    assert not any(a.lead for a in r.actions)  # 'How will we help' is the team's part, no lead
    assert any("'RESOURCE' holds the marks the document's key gives statuses" in w for w in r.warnings)


def test_without_the_key_the_marks_column_is_no_status(tmp_path: Path) -> None:
    r = convert_text(tmp_path, "changes.md", CHANGES.replace("**Key:**  ❌ Not started 🟨 Underway ✅ Completed", ""))
    assert not any("holds the marks the document's key" in w for w in r.warnings)


def test_keyed_status_column_needs_the_key_and_most_rows() -> None:
    codes = {"❌": "Not started", "🟨": "Underway", "✅": "Completed"}
    cells = {0: ["Audit", "Align", "Sign off"], 3: ["✅\nSee the audit", "🟨", "❌"]}
    assert keyed_status_column([(0, "action"), (3, "")], cells, 3, codes) == 3
    assert keyed_status_column([(0, "action"), (3, "")], cells, 3, {}) is None
    assert keyed_status_column([(0, "action"), (3, "link")], cells, 3, codes) is None  # a field of its own
    # a mark on one row of four: a note, not the column's kind
    assert keyed_status_column([(3, "")], {3: ["✅", "", "", ""]}, 4, codes) is None
    # a key whose marks mean no status ('★ funded by the grant') gives none
    assert keyed_status_column([(3, "")], cells, 3, {"✅": "funded", "🟨": "matched"}) is None


def test_the_keys_mark_opening_a_cell_before_a_note_is_read() -> None:
    codes = {"🟨": "Underway", "✅": "Completed"}
    assert glyph_by_key("🟨 See dataset release process", codes) == ("in_progress", "Underway")
    assert glyph_by_key("🟨", codes) == ("in_progress", "Underway")
    assert glyph_by_key("★ See dataset release process", codes) == ("", "")


def test_a_long_cover_title_in_display_type_is_the_title() -> None:
    long = ("The Networked Data Lab: Analysis plan for Topic 3 on the inequalities in the patterns of needs for "
            "carers and cared for people at a local authority level in Wales")
    assert not is_title_like(long) and is_title_like(long, display=True)
    paragraphs = [Paragraph(text=long, page=1, line=1, size=26.0), Paragraph(text="", page=1, line=2),
                  Paragraph(text="Analysis for NDL Wales", page=1, line=3, size=26.0),
                  Paragraph(text="A. Author, B. Author", page=1, line=4, size=14.0),
                  *[Paragraph(text=f"Body text line {k} says what the study does.", page=1, line=5 + k, size=11.0)
                    for k in range(6)]]
    assert pick_title([p for p in paragraphs if p.text])[0] == long


def _banner(first: list[str]) -> Table:
    return Table(rows=[Row(cells=[Cell(text=t, col=i) for i, t in enumerate(first)], page=1, line=1),
                       Row(cells=[Cell(text="Briefing by the Registry,", col=0),
                                  Cell(text="The University.", col=1)], page=1, line=2)], page=1, index=1)


def test_a_banner_row_atop_the_first_page_titles_the_document() -> None:
    assert opening_banner([_banner(["Hospital Cardiovascular Cases in Barbados"])]) == \
        "Hospital Cardiovascular Cases in Barbados"
    assert opening_banner([_banner(["Priority 1: Early help"])]) == ""  # a part's banner
    assert opening_banner([_banner(["Action", "Lead"])]) == ""  # a heading row
    assert opening_banner([Paragraph(text="Intro", page=1, line=1), _banner(["Hospital Cases"])]) == ""
