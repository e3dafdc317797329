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
