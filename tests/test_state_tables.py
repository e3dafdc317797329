"""Tables of a project's initiatives set under state headings, and owners written as Markdown
reference links (normalise/horizons.py, normalise/structure.py, extract/markdown.py).

The shape is that of a real open-source steering committee's list of its initiatives (held-out
set, not copied here: the texts below are written for the tests): '# Current Initiatives' /
'# Need volunteers for' / '# Completed', each over a Markdown table 'Initiative | Champion | Links',
the champions written '[Ada Lovelace][ada]' with the link targets defined at the foot of the page.
main read no status from the headings ('Current initiatives' was no state; the table walker read the
headings as areas only) and kept the reference links' brackets and labels in the lead.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import convert_text

from planx.extract.markdown import inline_text
from planx.normalise.horizons import read_horizon

INITIATIVES = """# Working groups and initiatives

The steering group reviews these at every meeting.

# Current Initiatives

| Initiative       | Champion                        | Links                          |
|------------------|---------------------------------|--------------------------------|
| Release tooling  | [Ada Lovelace][ada]             | https://example.org/issues/1   |
| Test matrix      | [Grace Hopper][grace] + [Alan Turing][alan] |                    |
| Docs overhaul    | [Edsger Dijkstra][ed]           | [tracker#12][]                 |

# Need volunteers for

| Initiative       | Champion | Links |
|------------------|----------|-------|
| Mentoring        | ?        |       |
| Triage rota      | ?        |       |

# Completed

| Initiative       | Champion        | Links                        |
|------------------|-----------------|------------------------------|
| Licence audit    | Barbara Liskov  | https://example.org/issues/9 |
| Logo refresh     | Ada Lovelace    |                              |

[ada]: https://example.org/ada
[grace]: https://example.org/grace
[alan]: https://example.org/alan
[ed]: https://example.org/ed
[tracker#12]: https://example.org/issues/12
"""


@pytest.mark.parametrize("heading, status", [
    ("Current Initiatives", "in_progress"),
    ("Current road safety projects", "in_progress"),
    ("Active projects", "in_progress"),
    ("Completed", "complete"),
])
def test_a_state_word_before_the_items_noun(heading: str, status: str) -> None:
    h = read_horizon(heading)
    assert h is not None and h.kind == "state" and h.status == status


@pytest.mark.parametrize("heading", ["Current", "Current position", "Active members", "Current situation"])
def test_current_alone_or_before_another_noun_is_no_state(heading: str) -> None:
    assert read_horizon(heading) is None


@pytest.mark.parametrize("text, seen", [
    ("[Ada Lovelace][ada]", "Ada Lovelace"),
    ("[Grace Hopper][grace] + [Alan Turing][alan]", "Grace Hopper + Alan Turing"),
    ("[tracker#12][], [tracker#13][]", "tracker#12, tracker#13"),  # collapsed references
    ("![logo][l] **Team**", "logo Team"),
    ("see [closed]", "see [closed]"),  # a shortcut reference is left as printed
    ("rows[0][1]", "rows[0][1]"),  # an index after a word, no link
    ("`a[0][b]` runs", "a[0][b] runs"),  # inside a code span, no link
    ("\\[a][b]", "[a][b]"),  # an escaped bracket, no link
])
def test_reference_links_print_their_text(text: str, seen: str) -> None:
    assert inline_text(text) == seen


def test_initiatives_under_state_headings(tmp_path: Path) -> None:
    result = convert_text(tmp_path, "initiatives.md", INITIATIVES)
    got = {a.action: a for a in result.actions}
    assert got["Release tooling"].status == "in_progress"
    assert got["Release tooling"].lead == "Ada Lovelace"
    assert got["Test matrix"].lead == "Grace Hopper + Alan Turing"
    assert got["Licence audit"].status == "complete"
    assert got["Logo refresh"].lead == "Ada Lovelace"
    assert got["Mentoring"].status == ""  # a topic heading: no state
    # a state heading of the topic heading's rank closes the topic: its table is not under it
    assert got["Licence audit"].area == "Completed"
    assert got["Mentoring"].area == "Need volunteers for"


def test_a_state_heading_inside_a_topic_keeps_the_topic(tmp_path: Path) -> None:
    text = """# Road safety

## Current projects

| Project | Lead |
|---|---|
| School streets pilot | Transport team |

## Completed projects

| Project | Lead |
|---|---|
| Crossing upgrades | Highways team |

# Air quality

## Current projects

| Project | Lead |
|---|---|
| Idling campaign | Public health |

## Completed projects

| Project | Lead |
|---|---|
| Monitor network | Environmental health |
"""
    result = convert_text(tmp_path, "topic.md", text)
    got = {a.action: a for a in result.actions}
    assert got["School streets pilot"].status == "in_progress"
    assert got["Crossing upgrades"].status == "complete"
    assert got["Crossing upgrades"].area == "Road safety"
    assert got["Monitor network"].area == "Air quality"
