"""A site's Markdown page holding its tracker as an HTML table (a citizen group's extract of a council's
priority matrix: Number | Item | Completion Date | Comments), links written as Markdown inside the
cells, some of them broken, and a page heading that names the page better than its front matter's
title; and the same links in a pipe table's cells."""
from __future__ import annotations

from pathlib import Path

import planx
from planx.extract.markdown import link_texts

_PAGE = """---
layout: topic
permalink: "/topic/2025-03-HarbourItems/"
title: "2025-03- Harbour Items"

---

##Harbour Items on the Riverton Council Priority Matrix March 2025
Posted from the [council's matrix](http://example.org/m.pdf](March 2025 Council), this extract keeps the rows.

**Summary:** 3 of 40 items concern the harbour.

<table class="bordertable">
	<tr>
		<th>Number<br>of total</th>
		<th>Item</th>
		<th>Completion<br>Date</th>
		<th>Comments</th>
	</tr>
	<tr>
		<td>12</td>
		<td>Feasibility of a [Harbour Walk](http://example.org/walk) along the east quay</td>
		<td>2026</td>
		<td>Study tendered. See [the brief](http://example.org/brief](tender brief).</td>
	</tr>
	<tr>
		<td>19</td>
		<td>Dredging of the inner basin</td>
		<td>2025 Q4</td>
		<td>Licence granted; the <code>[draft](x)</code> syntax kept as code</td>
	</tr>
	<tr>
		<td>27</td>
		<td>Replacement of the ferry pontoon</td>
		<td>Unknown</td>
		<td></td>
	</tr>
</table>

{% include routes.html %}
"""


def test_markdown_links_in_an_html_table_print_their_text(tmp_path: Path) -> None:
    page = tmp_path / "2025-03-HarbourItems.md"
    page.write_text(_PAGE, encoding="utf-8")
    result = planx.convert_file(page)
    assert [a.action for a in result.actions] == ["Feasibility of a Harbour Walk along the east quay",
                                                  "Dredging of the inner basin", "Replacement of the ferry pontoon"]
    assert result.actions[0].progress == "Study tendered. See the brief."  # a broken link: its text too
    assert "[draft](x)" in result.actions[1].progress  # code shows the syntax itself


def test_a_pages_lone_opening_heading_beats_its_front_matter_title(tmp_path: Path) -> None:
    page = tmp_path / "2025-03-HarbourItems.md"
    page.write_text(_PAGE, encoding="utf-8")
    assert planx.convert_file(page).title == "Harbour Items on the Riverton Council Priority Matrix March 2025"
    # a second heading of its rank makes it a section's name: the front matter names the page
    page.write_text(_PAGE.replace("{% include", "## Other items\n\nNone this quarter.\n\n{% include"), encoding="utf-8")
    assert planx.convert_file(page).title == "2025-03- Harbour Items"
    # a heading set straight over the table captions it
    lone = _PAGE.split("##Harbour Items on the Riverton Council Priority Matrix March 2025\n")
    page.write_text(lone[0] + "## Items\n" + lone[1].split("\n\n", 2)[2], encoding="utf-8")
    assert planx.convert_file(page).title == "2025-03- Harbour Items"


_PIPE_PLAN = """# Harbour Action Plan 2025

| Ref | Action | Lead | Due |
|-----|--------|------|-----|
| 1 | Repair the [north pier](http://example.org/pier) railings | Harbour Master | March 2025 |
| 2 | Publish the [tide tables](http://x.org/t](Tides) online | <a href="mailto:p@y.org">Port Officer</a> | 30/09/2025 |
| 3 | Survey the slipway<br>- measure the ramp<br>- photograph cracks | <b>Engineer</b> | June 2025 |
| 4 | Fund the [lifeboat station]( http://example.org/rnli "RNLI" ) upgrade | Finance Lead | Ongoing |
"""


def test_links_and_html_in_pipe_cells_print_their_text(tmp_path: Path) -> None:
    plan = tmp_path / "harbour.md"
    plan.write_text(_PIPE_PLAN, encoding="utf-8")
    actions = planx.convert_file(plan).actions
    assert [a.action for a in actions] == ["Repair the north pier railings", "Publish the tide tables online",
                                           "Survey the slipway; measure the ramp; photograph cracks",
                                           "Fund the lifeboat station upgrade"]
    assert [a.lead for a in actions] == ["Harbour Master", "Port Officer", "Engineer", "Finance Lead"]
    assert [a.due_date for a in actions][:3] == ["2025-03", "2025-09-30", "2025-06"]


def test_link_texts() -> None:
    assert link_texts("a [Trail](http://x/y) b") == "a Trail b"
    assert link_texts("[![build](badge.svg)](ci) passes") == "build passes"
    assert link_texts("[matrix](http://x.pdf](July Council Meeting), this") == "matrix, this"
    assert link_texts("no link [closed] here") == "no link [closed] here"
