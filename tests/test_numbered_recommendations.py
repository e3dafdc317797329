"""A user-testing report set in one type size (realdocs holdout37): each task is a numbered section set a
point larger ('2. Create a tenants portal account and log in') over numbered parts in the body size ('2.1
Description', '2.3 Findings', '2.4 Recommendations'), each part's bullets set close under its title, the
first bullet's line right under it.

The shapes, and those they must leave alone:
- a PDF line that is a numbered section's title alone ('1.4 Recommendations') is a paragraph of its own
  above the bullets set close under it (a line of prose ending in a label, '… Actions:', still joins them);
- a numbered part's title naming recommendations heads its section by its number, in whatever type;
  the section ends at the next numbered title set larger (the next task), not at its own numbered items;
- an item saying the section makes none ('No specific recommendations …') is no recommendation.
The real document's licence is not stated; the tests build its shape."""
from __future__ import annotations

from planx.extract.model import Paragraph, RawDocument
from planx.normalise.report_recs import read_report_recommendations


def _line(text: str, top: float, size: float = 12.0):  # type: ignore[no-untyped-def]
    from planx.extract.pdfgeom import Line, Word
    words, x = [], 72.0
    for w in text.split():
        words.append(Word(text=w, x0=x, x1=x + 6.0 * len(w), top=top, bottom=top + size, size=size))
        x += 6.0 * len(w) + 4.0
    return Line(words=words, top=top, bottom=top + size, size=size)


def test_a_numbered_sections_title_is_apart_from_the_bullets_under_it():
    from planx.extract.pdfpage import paragraphs_of
    lines = [_line("1.4 Recommendations", 100), _line("• Improve the metadata for the landing page", 114),
             _line("• Look to create a prominent link on the home page", 140)]
    texts = [t for _, t, *_ in paragraphs_of(lines, 842.0, 12)]
    assert texts == ["1.4 Recommendations", "• Improve the metadata for the landing page",
                     "• Look to create a prominent link on the home page"]
    # a label ending a line of prose keeps the bullets set close under it, as before
    lines = [_line("The group agreed these Actions:", 100), _line("• Circulate the minutes", 114)]
    assert [t for _, t, *_ in paragraphs_of(lines, 842.0, 12)] == \
        ["The group agreed these Actions: • Circulate the minutes"]


def _para(text: str, line: int, size: float = 12.0) -> Paragraph:
    return Paragraph(text, page=1 + line // 20, line=line, size=size)


def _report() -> RawDocument:
    blocks = [_para("Summary", 0, 16.0), _para("We tested the portal with six tenants.", 1),
              _para("1. Finding the repairs form on the website", 2, 13.0),
              _para("1.1 Description", 3), _para("You want to report a repair.", 4),
              _para("1.3 Findings", 5), _para("• Participants all used search to find the page.", 6),
              _para("1.4 Recommendations", 7),
              _para("• Improve the metadata and descriptions for the landing page", 8),
              _para("• Promote an alias on publications to make the form easier to find", 9),
              _para("2. Create a tenants portal account and log in", 10, 13.0),
              _para("2.1 Description", 11), _para("Register an account before you report a repair.", 12),
              _para("2.4 Recommendations", 13),
              _para("• Hide the manual address fields unless the lookup fails", 14),
              _para("• Remove Country as a required field", 15),
              _para("3. Find an old repair", 16, 13.0),
              _para("3.4 Recommendations", 17),
              _para("• No specific recommendations from a participant perspective", 18),
              _para("• Carry out further user testing of this task", 19)]
    return RawDocument(name="user_testing.pdf", path="user_testing.pdf", format="pdf", blocks=blocks, pages=1)


def test_numbered_recommendation_sections_end_at_the_next_task():
    recs, _ = read_report_recommendations(_report())
    assert [r.text for r in recs] == [
        "Improve the metadata and descriptions for the landing page",
        "Promote an alias on publications to make the form easier to find",
        "Hide the manual address fields unless the lookup fails",
        "Remove Country as a required field",
        "Carry out further user testing of this task"]
    assert {r.heading for r in recs} == {"Recommendations"}
