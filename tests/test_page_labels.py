"""Page furniture read in one place (normalise/vocab_pages.py): a page's label printed in a text
file's body is no heading (so no area), and a Markdown export's escaped list number ('11\\. ')
reads as the agenda item's number."""
from __future__ import annotations

import pytest

from planx.extract.text import escaped_numbers_read, parse_lines, standalone_heading
from planx.normalise import normalise
from planx.normalise.vocab_pages import PAGE_LABEL, PAGE_NUMBER, PAGE_NUMBER_OR_ROMAN


@pytest.mark.parametrize("text", ["Page 018 (2017)", "Page 3", "Page 3 of 9", "page 3/9", "3 of 12", "- 4 -",
                                  "Pg. 7", "Page 12 (2023-24)", "PAGE 5 OF 20"])
def test_page_labels(text: str) -> None:
    assert PAGE_LABEL.match(text) and PAGE_NUMBER.match(text)
    assert not standalone_heading(text)


@pytest.mark.parametrize("text", ["Page Turner Project", "Pages 3 and 4 of the Plan", "Page 3 Objectives",
                                  "Year 2017 (Review)", "Phase 2 (2017)"])
def test_near_misses_are_no_page_labels(text: str) -> None:
    assert not PAGE_LABEL.match(text) and not PAGE_NUMBER.match(text)


def test_bare_and_roman_numbers() -> None:
    assert PAGE_NUMBER.match("12") and not PAGE_LABEL.match("12")
    assert PAGE_NUMBER_OR_ROMAN.match("iv") and not PAGE_NUMBER.match("iv")


def test_escaped_list_numbers() -> None:
    lines, n = escaped_numbers_read(["11\\. Update on the Website", "2.1\\) Audit", "A \\. stays", "11\\.5 kg",
                                     "12. Plain"])
    assert n == 2
    assert lines == ["11. Update on the Website", "2.1) Audit", "A \\. stays", "11\\.5 kg", "12. Plain"]


def _minutes(page_label: str, escape: str) -> list[str]:
    return ["PARISH COUNCIL", "", "Minutes of the meeting held on 3rd May 2017", "",
            f"6{escape}. To agree Minutes", "", "All in favour", "", page_label, "",
            f"7{escape}. Update on the Website", "",
            "It was agreed that the Clerk would arrange a meeting with the web designer.", "",
            f"8{escape}. Parish Council Training", "",
            "It was agreed that members would attend training with the county association.", ""]


@pytest.mark.parametrize("label", ["Page 018 (2017)", "Page 2 of 4", "- 2 -"])
@pytest.mark.parametrize("escape", ["\\", ""])
def test_page_label_is_no_area(label: str, escape: str) -> None:
    raw = parse_lines(_minutes(label, escape), path="m.txt", name="m.txt")
    assert not any(getattr(b, "heading", False) and b.text == label for b in raw.blocks)
    result = normalise(raw)
    areas = {a.area for a in result.actions}
    assert result.actions and not any("Page" in (x or "") or "2 -" in (x or "") for x in areas)
    assert any("Website" in (x or "") for x in areas)
    if escape:
        assert any("Markdown export" in w for w in raw.warnings)
