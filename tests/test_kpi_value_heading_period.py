"""A scorecard's column of latest figures often prints the period they are for beside the word that
names them, without brackets: 'Q2 Actual', 'Actual Q2', 'Outturn 2023/24', '2023/24 Outturn',
'Sep-24 Actual' (council and NHS quarterly performance reports). That period is the indicators'
period (docs/CONTRACT.md indicators.csv: the period the value is for, if printed); a heading that
names no period ('Actual', 'YTD actual', 'Actual to date', 'Latest (%)') gives none."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read

import planx
from planx.normalise.indicator_rows import heading_period


@pytest.mark.parametrize("heading,period", [
    ("Q2 Actual", "Q2"), ("Actual Q3", "Q3"), ("Outturn 2023/24", "2023/24"), ("2023/24 Outturn", "2023/24"),
    ("Sep-24 Actual", "Sep-24"), ("Q1 2025/26 Actual", "Q1 2025/26"), ("Latest data 2022", "2022"),
    ("Latest (2021/22)", "2021/22"),
    ("Actual", ""), ("YTD actual", ""), ("Actual to date", ""), ("Latest (%)", ""), ("Current performance", ""),
    ("Actual spend", ""), ("Target 2024/25", ""),
])
def test_the_period_a_heading_of_latest_figures_prints(heading: str, period: str):
    assert heading_period(heading) == period


def scorecard(path: Path, value_heading: str) -> Path:
    import docx
    d = docx.Document()
    d.add_heading("Thornbury Borough Council – Performance Scorecard", 0)
    d.add_paragraph("Performance against the corporate plan measures for the quarter.")
    t = d.add_table(rows=1, cols=5)
    for c, h in zip(t.rows[0].cells, ["Measure", "Polarity", "Target", value_heading, "RAG"], strict=True):
        c.text = h
    for row in [("Rent collected as a share of rent due", "Higher is better", "97%", "95.2%", "Amber"),
                ("Average days to relet a council home", "Lower is better", "28", "41", "Red")]:
        for c, v in zip(t.add_row().cells, row, strict=True):
            c.text = v
    d.add_heading("Improvement actions", 1)
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, ["Action", "Lead", "Due date"], strict=True):
        c.text = h
    for c, v in zip(t.add_row().cells, ["Introduce a void inspection checklist", "Head of Housing", "March 2026"],
                    strict=True):
        c.text = v
    d.save(str(path))
    return path


@pytest.mark.parametrize("value_heading,period", [("Q3 Actual", "Q3"), ("Outturn 2024/25", "2024/25"),
                                                  ("Actual", "")])
def test_a_scorecard_gives_its_indicators_the_period_the_value_heading_prints(tmp_path: Path, value_heading: str,
                                                                               period: str):
    out = tmp_path / "out"
    planx.convert([scorecard(tmp_path / "card.docx", value_heading)], out=out)
    got = [(i["indicator"], i["target"], i["value"], i["period"], i["rag"]) for i in read(out, "indicators")]
    assert got == [("Rent collected as a share of rent due", "97%", "95.2%", period, "amber"),
                   ("Average days to relet a council home", "28", "41", period, "red")]
    # the KPI rows are indicators, not actions; the action table beside them still reads
    assert [a["action"] for a in read(out, "actions")] == ["Introduce a void inspection checklist"]
