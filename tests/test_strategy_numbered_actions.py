"""A strategy that numbers its actions 1–20 through its theme sections, with lists of its own between.

The Ministry of Justice Digital Strategy (PDF, 2012, OGL) prints under each theme heading ('6.1
TRANSFORMING OUR SERVICES' … '6.4 …') a numbered box of actions that runs on from the theme before
(1–5, 6–11, 12–16, 17–20), in the verb's -ing form ('Delivering four exemplar digital services …');
between them a section numbers its own short list ('1. Prisoner visits booking: …' – '4. …'), footnotes
in small type are numbered 5, 6, 7, and short items ('13. Prioritising use of open source technologies')
look like section lines. The run through the sections is the actions (normalise/recommendations.py):
a number carries on the run it follows, a short list inside one section is that section's own, a
footnote is no item, and a short numbered line right under the item before it is the next item.
Synthetic paragraphs of the same shape.
"""
from __future__ import annotations

from planx.extract.model import Paragraph, RawDocument
from planx.normalise.recommendations import opens_instruction, read_recommendations

ACTIONS = {
    "6.1 TRANSFORMING OUR SERVICES": ["Delivering four exemplar digital services by March 2015.",
                                      "Digitally redesigning all other services to meet the service standard.",
                                      "Establishing service managers who oversee each service.",
                                      "Completing the transition to GOV.UK for all our services.",
                                      "Applying user insight to continuously improve our services."],
    "6.2 TRANSFORMING THE WAY WE WORK": ["Bringing digital skills in-house to establish our division by April 2013.",
                                         "Supporting flexible-working through more effective use of technology."],
    "6.3 BREAKING BARRIERS TO DIGITAL TRANSFORMATION": ["Accessing a wider range of suppliers, with an emphasis "
                                                        "on small and medium enterprises.",
                                                        "Prioritising use of open source technologies",
                                                        "Identifying and removing legislative barriers"],
}


def _strategy() -> RawDocument:
    blocks: list[Paragraph] = [Paragraph("Ministry of Justice Digital Strategy", 1, 1, heading=True, size=30.0)]
    n = 0
    footnote = 5
    for theme, items in ACTIONS.items():
        blocks.append(Paragraph(theme, 1, len(blocks) + 1, heading=True, size=22.0))
        blocks.append(Paragraph("Delivering services that meet user needs, through:", 1, len(blocks) + 1, size=11.0))
        for text in items:
            n += 1
            blocks.append(Paragraph(f"{n}. {text}", 1, len(blocks) + 1, size=11.0))
        blocks.append(Paragraph(f"{theme[:3]}1 EXEMPLAR SERVICES", 1, len(blocks) + 1, heading=True, size=14.0))
        blocks.append(Paragraph("We have identified four exemplar services for digital transformation.", 1,
                                len(blocks) + 1, size=11.0))
        if theme.startswith("6.1"):
            for k, text in enumerate(["Prisoner visits booking: our single biggest transactional service.",
                                      "Civil claims: existing digital applications which we will redesign.",
                                      "Fee payment: this will be introduced in July 2013.",
                                      "Public Guardian: applications for Lasting Powers of Attorney."], 1):
                blocks.append(Paragraph(f"{k}. {text}", 1, len(blocks) + 1, size=11.0))
        blocks.append(Paragraph(f"{footnote} HM Government, Civil Service Reform Programme, June 2012", 1,
                                len(blocks) + 1, size=8.0))
        footnote += 1
    return RawDocument(path="digital-strategy.pdf", name="digital-strategy.pdf", format="pdf", blocks=blocks)


def test_the_run_through_the_themes_is_the_actions_beside_a_sections_own_list():
    reading = read_recommendations(_strategy())
    assert reading is not None
    assert [a.fields["ref"] for a in reading.actions] == [str(n) for n in range(1, 11)]
    assert reading.actions[8].fields["action"] == "Prioritising use of open source technologies"
    assert [a.context.get("area") for a in reading.actions] == \
        ["TRANSFORMING OUR SERVICES"] * 5 + ["TRANSFORMING THE WAY WE WORK"] * 2 + \
        ["BREAKING BARRIERS TO DIGITAL TRANSFORMATION"] * 3


def test_a_verbs_ing_form_opens_an_instruction():
    assert opens_instruction("Delivering four exemplar digital services by March 2015")
    assert opens_instruction("Digitally redesigning all other services")
    assert not opens_instruction("Prisoner visits booking: our single biggest service")


def test_a_second_run_as_long_across_the_sections_still_says_each_part_numbers_its_own():
    raw = _strategy()
    # the section's own list grows to half the run or more: no longer one list inside a section
    extra = [Paragraph(f"{k}. Office of the Public Guardian service number {k}.", 1, 0, size=11.0) for k in (5, 6)]
    at = next(i for i, b in enumerate(raw.blocks) if b.text.startswith("4. Public Guardian")) + 1
    raw.blocks[at:at] = extra
    assert read_recommendations(raw) is None


def test_items_saying_who_and_when_are_left_to_the_list_readers():
    # 'Recruit two more educational psychologists … in spring 2026 (Principal Educational Psychologist)':
    # the list readers read their leads, dates and milestones; the run through the sections would lose them
    raw = _strategy()
    for b in raw.blocks:
        if b.text[:2] in ("1.", "2.", "3.", "4.", "5.", "6.") and b.size == 11.0 and "Prisoner" not in b.text \
                and "Civil" not in b.text and "Fee" not in b.text and "Public Guardian" not in b.text:
            b.text = b.text.rstrip(".") + " by March 2026 (Head of Digital)."
    assert read_recommendations(raw) is None
