"""A form's title set in the type of its numbered section headings ('Template 3: Internal review' over
'1. Organisational information', '2. Narrative' on later pages): the sections are numbered and it is
not, so it is no section of them and titles the document (title._section_types, numbered)."""
from __future__ import annotations

from planx.extract.model import Paragraph
from planx.normalise.title import pick_title


def paragraphs(sections: list[str]) -> list[Paragraph]:
    out = [Paragraph("FORM 2: ANNUAL SELF-REVIEW", 1, 60, heading=True, size=14.0, bold=True),
           Paragraph("Name of body under review: Northfield Institute of Technology", 1, 100, size=11.0),
           Paragraph("Contact details: Office of Research, 12 Harbour Road", 1, 115, size=11.0),
           Paragraph(sections[0], 1, 160, heading=True, size=14.0, bold=True),
           Paragraph("Please give the key figures for the institution.", 1, 180, size=10.0)]
    for page, heading in enumerate(sections[1:], 2):
        out += [Paragraph(heading, page, 60, heading=True, size=14.0, bold=True),
                Paragraph("Describe the progress made since the last review in two pages at most.", page, 90,
                          size=10.0)]
    return out


def test_an_unnumbered_heading_over_numbered_sections_is_the_title():
    title, _ = pick_title(paragraphs(["1. ORGANISATIONAL INFORMATION", "2. NARRATIVE", "3. ACTIONS",
                                      "4. IMPLEMENTATION"]))
    assert title == "FORM 2: ANNUAL SELF-REVIEW"


def test_a_heading_in_the_type_of_unnumbered_sections_still_opens_a_section():
    # the same type on later pages for unnumbered headings: the first page's line in it weighs as a
    # section's heading, as before (the labelled line naming the body under review wins)
    title, _ = pick_title(paragraphs(["ORGANISATIONAL INFORMATION", "NARRATIVE", "ACTIONS", "IMPLEMENTATION"]))
    assert title != "FORM 2: ANNUAL SELF-REVIEW"
