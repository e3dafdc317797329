"""Section headings that all open with the same running heading before a tilde or spaced dash
('Priorities to improve services ~ Housing', 'Priorities to improve services ~ Youth work'): the running heading
names no section, each area is the name after it, and the running heading is kept aside once
(normalise/__init__.py running_areas, area_titles.running_prefix)."""
from __future__ import annotations

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.area_titles import running_prefix, without_running_prefix

ACTIONS = ["Open a second drop-in centre", "Train staff in trauma-informed practice",
           "Publish the youth offer online", "Recruit six youth workers"]


def test_a_prefix_shared_by_every_area_before_a_tilde_or_dash():
    assert running_prefix(["Our commitments ~ Housing", "Our commitments~ Youth work"]) == "Our commitments"
    assert running_prefix(["Delivery plan – Housing", "Delivery plan – Youth work"]) == "Delivery plan"
    assert without_running_prefix("Our commitments~ Youth work") == "Youth work"


def test_no_prefix_when_areas_differ_or_only_one_is_named():
    assert running_prefix(["Our commitments ~ Housing"]) == ""  # one area: nothing shows it runs
    assert running_prefix(["Our commitments ~ Housing", "Youth work"]) == ""  # one area lacks it
    assert running_prefix(["Housing ~ phase one", "Youth work ~ phase one"]) == ""  # the names differ first
    assert running_prefix(["Health and well-being", "Health and safety"]) == ""  # hyphens in a title
    assert running_prefix(["Goal 1: Housing", "Goal 1: Youth work"]) == ""  # a colon is a label's


def _plan(separator: str) -> RawDocument:
    blocks: list = [Paragraph("Council Delivery Plan 2025-26", 1, 1, heading=True)]
    for k, area in enumerate(["Housing", "Youth work"], 1):
        blocks.append(Paragraph(f"Priorities to improve services{separator}{area}", 1, 10 * k, heading=True, rank=2))
        rows = [["Action", "Lead", "Due"]]
        for act in ACTIONS[2 * k - 2:2 * k]:
            rows.append([act, "Head of Service", "31/03/2026"])
        blocks.append(Table(rows=[Row([Cell(t, c) for c, t in enumerate(r)], 1, n + 1) for n, r in enumerate(rows)],
                            page=1, index=k))
    return RawDocument(path="", name="plan.docx", format="docx", blocks=blocks)


def test_areas_read_by_the_name_after_the_running_heading():
    for separator in (" ~ ", "~ ", " – "):
        result = normalise(_plan(separator))
        assert [a.area for a in result.actions] == ["Housing"] * 2 + ["Youth work"] * 2, separator
        assert "Priorities to improve services" in [lo.text for lo in result.leftovers]
        assert result.status == "ok", result.warnings
