"""A strategy's Markdown page: a theme's title printed twice by the page's markup is one title, and a
list whose lead-in says it was done already holds no actions.

The Ministry of Justice Digital Strategy's Markdown source (2012, OGL) sets each theme heading as raw
HTML: '<span class="title-index">Theme 02<span class="title-text"> Transforming the way we work</span>
</span>' then the title again in a second span for the sticky header, so the heading reads 'Theme 02
Transforming the way we work Transforming the way we work'. The area is the title once
(area_titles.said_twice), and a heading element cut by blank lines is one heading (extract/markdown.
html_block_end). Under its themes the page lists past successes ('We have already had some
success, notably in:' over 'opening up access to data …'): items that open as actions do, but the
lead-in says they were done (commitments._reports_done). Synthetic pages of the same shape.
"""
from __future__ import annotations

from dataclasses import replace

from conftest import convert_text

from planx.normalise.area_titles import area_title, said_twice

PAGE = """##06 Themes and actions

Our strategy highlights actions grouped under two themes:

1. [Transforming our services](#theme-01)

2. [Transforming the way we work](#theme-02)

<h4 id="theme-01" class="section-title">

<span class="title-index">Theme 01<span class="title-text"> Transforming our services</span></span>

<span class="title-text">Transforming our services</span>

</h4>

Delivering services that meet user needs, through:

1. Delivering four exemplar digital services by March 2015.
2. Digitally redesigning all other services to meet the new service standard.
3. Completing the transition to GOV.UK for all our services.

<h4 id="theme-02" class="section-title">
<span class="title-index">Theme 02<span class="title-text"> Transforming the way we work</span></span>
<span class="title-text">Transforming the way we work</span></h4>

Transforming the way we work, through:

4. Bringing digital skills in-house to establish our Digital Services Division by April 2013.
5. Supporting flexible working through more effective use of digital technology.
6. Adopting agile development to design and deliver digital services at pace.

###Digital capability and leadership
The Digital Services Division will:

- own and be accountable for the user experience across all of our digital services
- be a centre of digital expertise, providing strategic advice and specialist design
- act as a mandatory gateway for all of our digital projects
"""


def test_a_title_said_twice_is_said_once():
    assert said_twice("Transforming the way we work Transforming the way we work") == "Transforming the way we work"
    assert area_title("Transforming our services Transforming our services") == "Transforming our services"
    assert said_twice("Bora Bora") == "Bora Bora"  # one word a half: a name
    assert said_twice("Housing and housing and") == "Housing and housing and"  # halves that differ
    assert said_twice("Early help for families") == "Early help for families"


def test_theme_headings_doubled_by_the_markup_give_the_area_once(tmp_path):
    r = convert_text(tmp_path, "06-themes-and-actions.md", PAGE)
    areas = {a.area for a in r.actions if a.action.startswith(("Bringing", "Supporting", "Adopting"))}
    assert areas == {"Transforming the way we work"}
    # the first theme's heading, its element cut by blank lines, is still a heading and its items' area
    # (not the contents' line '2. [Transforming the way we work](#theme-02)' above it)
    assert {a.area for a in r.actions if a.action.startswith(("Delivering", "Digitally", "Completing"))} == \
        {"Transforming our services"}


def test_a_will_list_beside_actions_numbered_through_the_themes_is_their_narrative(tmp_path):
    # 'The Digital Services Division will:' says what a body will do; the strategy numbers its actions
    r = convert_text(tmp_path, "06-themes-and-actions.md", PAGE)
    assert [a.ref for a in r.actions] == ["1", "2", "3", "4", "5", "6"]
    assert any("mandatory gateway" in lo.text for lo in r.leftovers)
    from planx.normalise.minutes import Announced, weigh_announced
    told = Announced(items=3, dated=0, lists=1, themed=0, plan_title=True, other_kind="", other_actions=True)
    assert weigh_announced(told)[0] >= 0.5 > weigh_announced(replace(told, numbered=20))[0]


def test_a_heading_element_left_open_over_blank_lines_is_one_heading():
    from planx.extract.markdown import parse_markdown_lines
    from planx.extract.model import Paragraph
    doc = parse_markdown_lines(PAGE.splitlines(), name="p.md")
    headings = [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.heading]
    assert "Theme 01 Transforming our services Transforming our services" in headings


DONE = """# Digital Strategy

## Theme 01 Transforming our services

Delivering services that meet user needs, through:

1. Delivering four exemplar digital services by March 2015.
2. Digitally redesigning all other services to meet the new service standard.
3. Completing the transition to GOV.UK for all our services.

We have already had some success, notably in:

- opening up access to data through police.uk and open.justice.gov.uk
- writing user-focused online content for GOV.UK
- introducing digital working in the criminal justice system

We are already exploring better use of digital technologies including:

- replacing intranets and collaboration tools with a single workspace for staff
- sharing data to allow more effective work with partners and suppliers
"""


def test_a_list_whose_lead_in_says_it_was_done_already_gives_no_actions(tmp_path):
    # main read the successes as actions (items opening with a verb's -ing form under a theme)
    r = convert_text(tmp_path, "strategy.md", DONE)
    assert [a.action[:12] for a in r.actions] == ["Delivering f", "Digitally re", "Completing t"]
    assert any("opening up access to data" in lo.text for lo in r.leftovers)  # kept, not lost


def test_a_lead_in_that_commits_is_no_report_of_work_done():
    from planx.normalise.commitments import _reports_done
    from planx.normalise.lists import _Unit
    def unit(text: str) -> _Unit:
        return _Unit(text=text, block=0, page=1, line=1, heading=False, marker="")
    assert _reports_done(unit("We have already had some success, notably in:"))
    assert _reports_done(unit("What we have achieved so far:"))
    assert not _reports_done(unit("Where we already work with partners, we will:"))
    assert not _reports_done(unit("Delivering services that meet user needs, through:"))
