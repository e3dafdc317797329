"""A network's plan in Markdown: priority-area headings, project sub-headings, and each project's
commitments set apart as blockquotes ('> We will …').

Shape (synthetic, after a real public consultation plan of this shape): an overview list names the
priority areas, each with what it is about ('1. **stronger local groups:** helping …'); then a '##'
heading per area, a '###' heading per project with a paragraph of background, and the commitments
quoted under it. Two causes:
- a blockquote is kept as such (Paragraph.quoted) and read as an item set apart, which the list
  readers weigh by what it says (a quoted voice is no action: it commits to nothing);
- a ranked heading that prints a theme an overview list announced heads that theme: the finer
  headings inside it are its projects (the objective), not areas of their own.
"""
from __future__ import annotations

import csv
from pathlib import Path

from planx.extract.markdown import parse_markdown_lines

_PLAN = """# Our plan for local volunteer groups 2025

## Our plan

This plan covers 3 priority areas. These priorities have been developed through discussions with members.

### Priority areas

We think our 3 priority areas should be:

1. **stronger local groups:** helping every local group find volunteers and share what works
2. **a welcoming community:** reaching people who have not joined a group before, wherever they live
3. **better evidence:** making sure our work rests on what members tell us and on wider evidence

## Stronger local groups

Local groups have changed a great deal over the last ten years, and so have the people who run them.

### Organisers forum

Running a local group can feel isolated, and organisers have asked for a place to share ideas.

> We will create an organisers forum where the leaders of local groups can share experiences and resources.

### Shared guidance

Groups spend a lot of time writing the same guidance again and again.

> We will create a library of model guidance that local groups can adapt for their own use.

> We will also review the library each year with the organisers forum.

## A welcoming community

> "Joining a group was the best thing I did last year." A member from the north east

### Newcomer welcome

People who have never joined a group tell us they do not know where to start.

> We will establish a welcome scheme pairing each newcomer with an experienced volunteer.

## Better evidence

### Member survey

> We will run an annual survey asking members what they would like us to focus on.

> We will publish the survey's findings each spring, with what we will change as a result.
"""


def test_a_blockquote_is_kept_as_a_quoted_paragraph():
    raw = parse_markdown_lines(["Some background.", "", "> We will create a forum.", "", "After it."], name="x.md")
    assert [(p.text, p.quoted) for p in raw.blocks] == [  # type: ignore[union-attr]
        ("Some background.", False), ("We will create a forum.", True), ("After it.", False)]


def test_quoted_commitments_under_projects_are_actions_of_their_priority_area(tmp_path: Path):
    import planx
    src = tmp_path / "in"
    src.mkdir()
    (src / "volunteer_groups_plan_2025.md").write_text(_PLAN, encoding="utf-8")
    planx.convert([str(src)], out=str(tmp_path / "out"))
    with open(tmp_path / "out" / "actions.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["action"][:40] for r in rows] == [
        "We will create an organisers forum where", "We will create a library of model guidan",
        "We will also review the library each yea", "We will establish a welcome scheme pairi",
        "We will run an annual survey asking memb", "We will publish the survey's findings ea"]
    assert [r["area"] for r in rows] == ["Stronger local groups"] * 3 + ["A welcoming community"] \
        + ["Better evidence"] * 2
    assert [r["objective"] for r in rows][:3] == ["Organisers forum", "Shared guidance", "Shared guidance"]
