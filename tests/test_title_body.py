"""A document that opens with running text (a photo cover page read as nothing, then 'It is
important that your grant is used effectively … The Education Inspection Framework …') has no
title in that text: its words ('Inspection') do not name what the document is."""
from __future__ import annotations

from pathlib import Path

from planx.extract import extract
from planx.normalise.commitments import title_lines
from planx.normalise.kinds import declared_kind


def test_opening_paragraph_of_sentences_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "premium.md"
    path.write_text("It is important that your grant is used effectively and based on school need. The Education "
                    "Inspection Framework makes clear there will be a focus on whether leaders and those responsible "
                    "for governors understand their roles.\n\n"
                    "## Key indicator 1\n\nIntent and implementation of the funding.\n", encoding="utf-8")
    raw = extract(path)
    assert all("Inspection" not in line for line in title_lines(raw))
    assert declared_kind(raw).other != "inspection"


def test_short_opening_line_is_still_the_title(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text("Ofsted Inspection Action Plan 2024\n\nThe plan answers the recommendations.\n", encoding="utf-8")
    assert title_lines(extract(path))[0] == "Ofsted Inspection Action Plan 2024"


def test_a_period_below_the_title_is_a_year_or_a_range_not_a_month_or_a_day():
    from planx.normalise.title import _PERIOD_LINE
    assert all(_PERIOD_LINE.match(t) for t in ("2024", "2017 - 2020", "April 2024 – March 2027", "2025-26"))
    # when a page was posted ('November 2008') or a meeting's day ('2019-03-13') covers no period
    assert not any(_PERIOD_LINE.match(t) for t in ("November 2008", "March 2024", "2019-03-13"))
