"""A workbook with a sheet per pillar: each sheet's title row names the pillar by a code set off by a
dash ('P1 — Safer streets'), a 'Steward: …' line under it names the pillar's lead, and the rows are
grouped under bands of short financial years ('FY26', 'FY27'). The title gives area and area_ref (the
code as printed: banners.dashed_code), the steward the area_lead (vocab.AREA_LEAD_ALONE), and a year
band is the rows' timeframe (horizons._SHORT_FY_ALONE), never their area. Near-misses: a quarter or
a financial year before a dash is no area's code; a steward of something no area is no area lead."""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.extract import extract
from planx.normalise import normalise
from planx.normalise.banners import area_heading, dashed_code
from planx.normalise.headers import area_lead_of
from planx.normalise.horizons import read_horizon


@pytest.mark.parametrize("text", ["FY27", "FY 26", "fy29"])
def test_a_short_financial_year_alone_is_a_dated_period(text):
    h = read_horizon(text, day_alone=True)
    assert h is not None and h.kind == "period" and h.dated


@pytest.mark.parametrize("text", ["FY2", "FYI", "FY27 budget review"])
def test_no_short_financial_year_alone_is_no_period(text):
    assert read_horizon(text, day_alone=True) is None


@pytest.mark.parametrize(("text", "want"), [
    ("P1 — Safer streets", ("P1", "Safer streets")),
    ("SO2 - Thriving economy", ("SO2", "Thriving economy")),
    ("T - Transport and travel", ("T", "Transport and travel")),
])
def test_a_code_set_off_by_a_dash_is_the_areas_own(text, want):
    assert dashed_code(text) == want
    assert area_heading(text) == want


@pytest.mark.parametrize("text", ["Q1 – Early actions", "FY26 – Goals", "H2 - Delivery"])
def test_a_period_before_a_dash_is_no_areas_code(text):
    assert dashed_code(text) is None


def test_a_steward_line_names_the_areas_lead():
    assert area_lead_of("Steward: Ann Example") == "Ann Example"
    assert area_lead_of("Data steward: Ann Example") == ""


def _sheet(wb, name: str, title: str, steward: str, goals: dict[str, list[str]]) -> None:
    from openpyxl.styles import Font
    ws = wb.create_sheet(name)
    ws.cell(row=2, column=2, value=title).font = Font(bold=True, size=14)
    ws.cell(row=3, column=2, value=f"Steward: {steward}").font = Font(size=9)
    for k, head in enumerate(["Goal ID", "Year", "Status", "Goal Statement", "Owner"]):
        ws.cell(row=4, column=2 + k, value=head).font = Font(bold=True)
    r = 5
    for year, statements in goals.items():
        ws.cell(row=r, column=2, value=year)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        r += 1
        for n, statement in enumerate(statements, 1):
            for k, value in enumerate([f"{title[:2]}.{year[2:]}.G{n}", year, "Not Started", statement, "TBD"]):
                ws.cell(row=r, column=2 + k, value=value)
            r += 1
        r += 1


def test_pillar_sheets_give_area_ref_and_lead_from_their_title_and_steward(tmp_path: Path):
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    wb.active.title = "Cover"
    wb.active["B2"] = "Borough Services Plan"
    _sheet(wb, "P1 Streets", "P1 — Safer streets", "Ann Example", {
        "FY26": ["Install lighting on every underpass identified in the street audit.",
                 "Train wardens in conflict resolution across all patrol teams."],
        "FY27": ["Open two community safety hubs in the town centre wards."]})
    _sheet(wb, "P2 Parks", "P2 — Greener parks", "Bo Sample", {
        "FY26": ["Plant three hundred street trees along the main corridors."],
        "FY27": ["Restore the lake margins and reopen the boating jetty to visitors.",
                 "Publish a biodiversity action plan for every park over five hectares."]})
    path = tmp_path / "pillars.xlsx"
    wb.save(str(path))
    doc = normalise(extract(path))
    got = {a.action[:20]: (a.area_ref, a.area, a.area_lead, a.timeframe) for a in doc.actions}
    assert got["Install lighting on "] == ("P1", "Safer streets", "Ann Example", "FY26")
    assert got["Open two community s"] == ("P1", "Safer streets", "Ann Example", "FY27")
    assert got["Plant three hundred "] == ("P2", "Greener parks", "Bo Sample", "FY26")
    assert got["Publish a biodiversi"] == ("P2", "Greener parks", "Bo Sample", "FY27")
