"""A form per area under a numbered banner (a school improvement plan's 'Priority #N' across a
two-column 'label | value' form, whose 'Priority Area' row names the area, over a grid of actions):
the banner numbers the area, the form's label naming the banner's kind of area gives its title;
and a banner printed at the top of a page, under a form row the page before ended, is a row of its
own, not the rest of that row (the shape of LWSD's 2025-26 school improvement plans, holdout81;
wording invented here)."""
from __future__ import annotations

import pytest

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.extract.pdf import Stitched, banner_on_top, join
from planx.extract.pdftables import GridCell
from planx.normalise import normalise
from planx.normalise.banners import read_banner
from planx.normalise.walker_banner_rows import BannerRows


def _table(rows: list[list[str | Cell]], page: int, index: int) -> Table:
    out = [Row([t if isinstance(t, Cell) else Cell(t, k) for k, t in enumerate(texts)], page=page, line=r + 1)
           for r, texts in enumerate(rows)]
    return Table(out, page=page, index=index)


def _goal(banner: str, label: str, subject: str, page: int, first: int) -> list[Table]:
    season = "Autumn" if first % 4 == 1 else "Spring"  # a field's values differ form by form
    form = _table([[Cell(banner, 0, colspan=2)],
                   [label, f"{subject} for all learners"],
                   ["Focus Year Level(s) and/or Learner Group(s)", f"Learners below the {subject.lower()} benchmark"],
                   ["Focus Area", f"Closing the {subject.lower()} gap in years 7 and 8"],
                   ["Expected Result", f"Nine in ten learners meet the {subject.lower()} benchmark."],
                   ["Current Evidence Supporting Focus Area", f"Last year two in three met the {subject.lower()} "
                    "benchmark; the gap has not closed since the new timetable."],
                   ["Strategy for the Goal", "Action Evidence of Implementation"]],
                  page, first)
    grid = _table([["Action", "Evidence of Implementation"],
                   [f"Run weekly {subject.lower()} clinics after school", "Clinic registers"],
                   [f"Share {subject.lower()} progress reports with families", "Reports sent home"]],
                  page, first + 1)
    rest = _table([["Family Engagement", f"Evenings for families on {subject.lower()}"],
                   ["Review Schedule", f"{season} term, {subject.lower()} team"],
                   ["Monitoring Method(s)", f"Termly {subject.lower()} tests compared with last year"]],
                  page + 1, first + 2)
    return [form, grid, rest]


def _plan(banners: list[str], label: str = "Goal Area") -> RawDocument:
    blocks: list = []
    for n, (banner, subject) in enumerate(zip(banners, ["Writing", "Numeracy", "Wellbeing"], strict=False)):
        blocks += _goal(banner, label, subject, 2 * n + 1, 3 * n + 1)
    return RawDocument(path="", name="plan.pdf", format="pdf", blocks=blocks)


def test_a_forms_banner_numbers_the_area_and_its_own_label_names_it():
    r = normalise(_plan(["Goal #1", "Goal #2", "Goal #3"]))
    got = {(a.area_ref, a.area) for a in r.actions}
    assert got == {("1", "Writing for all learners"), ("2", "Numeracy for all learners"),
                   ("3", "Wellbeing for all learners")}, [(a.area_ref, a.area, a.action) for a in r.actions]
    assert len(r.actions) == 6
    # the banner and the label are read, not kept aside; the form's other rows stay in leftovers
    assert not any(left.text.startswith(("Goal #", "Goal Area")) for left in r.leftovers)
    assert any("Closing the writing gap" in left.text for left in r.leftovers)
    assert any("numbers the area" in w for w in r.warnings)


def test_a_sub_numbered_banner_keeps_its_letter_and_its_own_title():
    r = normalise(_plan(["Goal #1", "Goal #2a – Mental arithmetic", "Goal #2b"]))
    got = [(a.area_ref, a.area) for a in r.actions]
    assert got[2:] == [("2a", "Mental arithmetic")] * 2 + [("2b", "Wellbeing for all learners")] * 2, got


def test_a_banner_over_a_label_of_another_kind_names_no_area_from_the_form():
    # 'Focus Area' reads as an area's heading but names no 'Goal': the form's value is no area
    r = normalise(_plan(["Goal #1", "Goal #2", "Goal #3"], label="Focus Area"))
    assert not any((a.area or "").startswith(("Writing for", "Numeracy for")) for a in r.actions), \
        [(a.area_ref, a.area) for a in r.actions]


@pytest.mark.parametrize("banner, label, want", [
    ("Goal #2", "Goal Area", True),
    ("Priority 3", "Priority", True),
    ("Goal #2", "Focus Area", False),  # an area's heading, of another kind than the banner's
    ("Goal #2", "Goal Owner", False),  # the banner's word, but no area's heading
])
def test_the_label_must_name_the_banners_kind_of_area(banner, label, want):
    assert BannerRows.names_banner_kind(banner, label) is want


@pytest.mark.parametrize("text, want", [
    ("Priority #2", ("2", "")),
    ("Goal #3a – Attendance", ("3a", "Attendance")),
    ("Goal 4: Reading", ("4", "Reading")),
])
def test_a_number_sign_and_a_sub_letter_read_as_a_banners_number(text, want):
    assert read_banner(text) == want


def _gc(r: int, c: int, text: str) -> GridCell:
    return GridCell(r, c, 1, 1, text)


def test_a_banner_on_top_of_a_page_is_no_rest_of_the_row_above():
    last = [_gc(4, 0, "Review Schedule"), _gc(4, 1, "Each term the team compares the figures.")]
    t = Stitched(1, [(1, [_gc(0, 0, "Expected Result"), _gc(0, 1, "More learners pass.")], False),
                     (1, last, False)], 2, [], False)
    # the title centred across the table sits in the second column; the first is empty
    join(t, [[_gc(0, 0, ""), _gc(0, 1, "Goal #2")], [_gc(1, 0, "Goal Area"), _gc(1, 1, "Numeracy")]], 2)
    texts = [[c.text for c in cells if c.text] for _, cells, _ in t.rows]
    assert texts[1] == ["Review Schedule", "Each term the team compares the figures."]
    assert texts[2:] == [["Goal #2"], ["Goal Area", "Numeracy"]]


def test_text_going_on_from_the_row_above_is_still_joined():
    above = [_gc(4, 0, "Review Schedule"), _gc(4, 1, "Each term the team compares the figures of")]
    assert not banner_on_top(above, [_gc(0, 0, ""), _gc(0, 1, "Priority 2 schools.")])  # goes on mid-phrase
    assert not banner_on_top(above, [_gc(0, 0, ""), _gc(0, 1, "the reading tests.")])  # no banner
    assert banner_on_top(above[:1] + [_gc(4, 1, "Figures compared.")], [_gc(0, 0, ""), _gc(0, 1, "Goal #2")])
