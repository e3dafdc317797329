"""A letter (or a prose plan) that sets out its actions as numbered paragraphs, each a commitment
followed by a sentence pointing back at it to say who leads it and by when ('1. We will … . This work
will be led by Karen Doyle and completed by February 2025.'): the closing sentence gives the lead and
the due date and is no part of the action (normalise/inlinewho.py follow_up_who_when); a sentence's
date is after its last 'by' (sentence_when); a text file wrapped at a fixed width has its paragraphs
joined again where a line was broken mid-sentence for want of room (extract/text.py prose_wraps_joined),
so that its items read as the same letter in Word or PDF does."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import planx
from planx.extract.text import prose_wraps_joined, wrap_width
from planx.normalise.inlinewho import follow_up_who_when, sentence_when

COMMITMENTS = [
    ("review every child in need plan open for more than two years", "Amira Haddad", "March 2026", "2026-03"),
    ("introduce a single front door for early help referrals from schools", "Owen Pritchard", "30 June 2026",
     "2026-06-30"),
    ("recruit twelve new foster carers through a targeted local campaign", "Sian Morgan", "December 2026",
     "2026-12"),
    ("publish a revised threshold document agreed with the safeguarding partnership", "Li Wei",
     "31 October 2026", "2026-10-31"),
]
INTRO = ("Thank you for your letter following the recent review of our services. We accept the findings in "
         "full and set out below the actions we will take, who will lead each one and when it will be done.")
CLOSE = ("Progress against each of these commitments will be reported to our Improvement Board, and I will "
         "write to you again in six months with an update.")


def _paragraphs(kind: str = "plan") -> list[str]:
    if kind == "findings":  # the same paragraphs reporting what was found: nothing to be done
        items = [f"{n}. The review found that staff did not {what}. This was discussed with {who} in {when}."
                 for n, (what, who, when, _) in enumerate(COMMITMENTS, 1)]
    else:
        items = [f"{n}. We will {what}. This work will be led by {who} and completed by {when}."
                 for n, (what, who, when, _) in enumerate(COMMITMENTS, 1)]
    return ["Westmoor Borough Council", "12 March 2025", "Dear Ms Carter,", INTRO, *items, CLOSE,
            "Yours sincerely,", "Helen Ashby", "Director of Children's Services"]


def _txt(tmp_path: Path, kind: str = "plan") -> Path:
    path = tmp_path / f"letter_{kind}.txt"
    path.write_text("\n\n".join(textwrap.fill(p, 78) for p in _paragraphs(kind)) + "\n", encoding="utf-8")
    return path


def _docx(tmp_path: Path) -> Path:
    import docx
    d = docx.Document()
    for p in _paragraphs():
        d.add_paragraph(p)
    path = tmp_path / "letter.docx"
    d.save(str(path))
    return path


def _pdf(tmp_path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    style = getSampleStyleSheet()["BodyText"]
    path = tmp_path / "letter.pdf"
    story = []
    for p in _paragraphs():
        story += [Paragraph(p, style), Spacer(1, 8)]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


@pytest.mark.parametrize("make", [_txt, _docx, _pdf])
def test_each_commitment_takes_its_lead_and_date_from_the_sentence_after_it(tmp_path: Path, make):
    result = planx.convert_file(str(make(tmp_path)))
    got = [(a.action, a.lead, a.due_raw, a.due_date) for a in result.actions]
    assert got == [(f"We will {what}.", who, when, iso) for what, who, when, iso in COMMITMENTS]


def test_the_same_letter_reporting_findings_gives_no_actions(tmp_path: Path):
    assert planx.convert_file(str(_txt(tmp_path, "findings"))).actions == []


@pytest.mark.parametrize("text, want", [
    ("We will launch an academy. This work will be led by Nicola Brierley and completed by 31 August 2025.",
     ("We will launch an academy.", "Nicola Brierley", "31 August 2025")),
    # a date alone, in a sentence pointing back with 'It'
    ("We will open two family hubs. It will be completed by March 2026.",
     ("We will open two family hubs.", "", "March 2026")),
    # a sentence in between that says neither stays the action's
    ("We will open two hubs. This will reduce waiting times. This work will be owned by the Head of Early Help.",
     ("We will open two hubs. This will reduce waiting times.", "Head of Early Help", "")),
    # 'delivered by' a date names no one
    ("We will open two family hubs. This will be delivered by March 2026.",
     ("We will open two family hubs.", "", "March 2026")),
])
def test_a_closing_sentence_pointing_back_gives_who_and_when(text, want):
    assert follow_up_who_when(text) == want


@pytest.mark.parametrize("text", [
    "We will open two family hubs by March 2026.",  # one sentence: its own date is read elsewhere
    "We will open two family hubs. The Board met Karen Doyle by 3 March 2025.",  # a new subject, not 'this'
    "We will open two family hubs. This will reduce waiting times.",  # neither who nor when
])
def test_sentences_that_do_not_point_back_or_say_neither_are_kept(text):
    assert follow_up_who_when(text) is None


def test_a_sentences_date_is_after_its_last_by():
    assert sentence_when("This work will be led by Tom Adeyemi and completed by August 2025.") == "August 2025"


def test_wrapped_prose_is_joined_where_a_line_broke_mid_sentence():
    lines = textwrap.fill(INTRO, 78).split("\n") + [""] + \
        textwrap.fill(f"1. We will {COMMITMENTS[0][0]}. This work will be led by {COMMITMENTS[0][1]} and "
                      f"completed by {COMMITMENTS[0][2]}.", 78).split("\n")
    assert wrap_width(lines) > 70
    out, within = prose_wraps_joined(lines, set())
    kept = [line for n, line in enumerate(out, 1) if n not in within and line]
    assert kept == [INTRO, f"1. We will {COMMITMENTS[0][0]}. This work will be led by {COMMITMENTS[0][1]} "
                           f"and completed by {COMMITMENTS[0][2]}."]


def test_lines_ended_where_the_writer_ended_them_stay_apart():
    # full-width lines, each a whole item ending on a noun, the next opening with a capital: no wrap
    lines = ["Review every child in need plan open for more than two years across the county",
             "Introduce a single front door for early help referrals made by schools and GPs",
             "Recruit twelve new foster carers through a targeted local campaign this winter",
             "Publish a revised threshold document agreed with the safeguarding partnership"]
    assert prose_wraps_joined(lines, set()) == (lines, set())
    # short lines: no text wrapped at a width, nothing joined
    short = ["Actions for the term", "review the plan and", "agree the budget"]
    assert wrap_width(short) == 0 and prose_wraps_joined(short, set()) == (short, set())
