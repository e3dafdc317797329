"""Band rows across a plan's grid whose text is a period ('2012 Action Items', '2024/25', 'Year 2
(2025/26)'): the rows below them fall in that period, until the next band, also when the band is the
last row of a page and its rows go on under the headings printed again on the next (issue 14; the
shape of an Ontario AODA multi-year accessibility plan). A band naming a topic stays an area.
The PDF is drawn here with reportlab in the same shape."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import wrap_words
from reportlab.lib.pagesizes import letter
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

from planx.normalise.horizons import read_horizon

HEAD = ["Compliance Area", "Action Item", "Status"]
PAGES = [
    [("2012 Action Items", [("Accessibility Policy", "Develop and maintain policies governing how we will "
                                                     "achieve accessibility", "Completed"),
                            ("Emergency Information", "Provide individualised emergency response information "
                                                      "to staff with disabilities", "Completed")]),
     ("2014 Action Items", [])],  # the band at the page's foot, its rows on the next page
    [("", [("Multi-Year Plan", "Establish and maintain a multi-year accessibility plan", "Completed"),
           ("Websites", "Ensure the website conforms to WCAG 2.0 Level A", "In progress")]),
     ("2016 Action Items", [("Built Environment", "Comply with the built environment standards when "
                                                  "redeveloping public spaces", "Not started")])],
]


def band_plan(path: Path, names: dict[str, str] | None = None) -> Path:
    """The plan on two pages; names: other texts for the bands ('2012 Action Items' → 'Year 1')."""
    names = names or {}
    story: list = []
    for k, page in enumerate(PAGES):
        rows: list[list[str]] = [HEAD]
        style = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        for band, items in page:
            if band:
                at = len(rows)
                style += [("SPAN", (0, at), (-1, at)), ("ALIGN", (0, at), (-1, at), "CENTER")]
                rows.append([names.get(band, band), "", ""])
            rows += [["\n".join(wrap_words(area, 18)), "\n".join(wrap_words(action, 38)), status]
                     for area, action, status in items]
        story += [Table(rows, colWidths=[120, 250, 90], style=TableStyle(style))]
        if k < len(PAGES) - 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=letter, title="Multi-Year Accessibility Plan").build(story)
    return path


BANDS = ("2012 Action Items", "2014 Action Items", "2016 Action Items")


@pytest.mark.parametrize("bands", [BANDS, ("Year 1", "Year 2", "Year 3"),
                                   ("Phase 1 (2024/25)", "Phase 2 (2025/26)", "Phase 3 (2027)")])
def test_period_band_rows_give_the_timeframe_of_the_rows_below(tmp_path: Path, bands: tuple[str, ...]):
    import planx
    pdf = band_plan(tmp_path / "accessibility_plan.pdf", dict(zip(BANDS, bands, strict=True)))
    result = planx.convert_file(str(pdf))
    got = [(a.area, a.action.split()[0], a.timeframe, a.status) for a in result.actions]
    assert got == [("Accessibility Policy", "Develop", bands[0], "complete"),
                   ("Emergency Information", "Provide", bands[0], "complete"),
                   ("Multi-Year Plan", "Establish", bands[1], "complete"),
                   ("Websites", "Ensure", bands[1], "in_progress"),
                   ("Built Environment", "Comply", bands[2], "not_started")], got


def test_topic_band_rows_stay_areas(tmp_path: Path):
    """The same grid with topics in the bands and no area column: the bands are the rows' areas, no
    timeframe."""
    import planx
    topics = ("Customer Service", "Information and Communications", "Built Environment")
    pdf = band_plan(tmp_path / "accessibility_plan.pdf", dict(zip(BANDS, topics, strict=True)))
    result = planx.convert_file(str(pdf))
    assert [a.timeframe for a in result.actions] == [""] * 5
    assert all(a.area for a in result.actions)


def test_a_dated_period_may_name_its_items_in_two_words():
    """'2012 Action Items' is a dated period as '2012 Actions' is; 'action' alone is no period word:
    'Action Plan 2025' names the document."""
    for text in ("2012 Action Items", "2024/25 action points", "2012 Actions"):
        h = read_horizon(text, day_alone=True)
        assert h is not None and h.kind == "period" and h.dated, text
    assert read_horizon("Action Plan 2025", day_alone=True) is None
    assert read_horizon("2025 Action Plan", day_alone=True) is None
    assert read_horizon("2030 Climate Strategy", day_alone=True) is None
