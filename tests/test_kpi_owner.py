"""A KPI scorecard with a column naming who answers for each indicator ('Metric | Lead director |
Standard | Jul-26 | Jun-26 | … | Rating', an NHS trust's integrated performance report; 'Performance
indicator | Target | Responsible officer | Q1 25/26 | …', a council's quarterly scorecard). The
column is the indicator's owner (kept aside, no contract field), never its name; the figures are
read as in any indicator table: value = the latest period's figure, period = its heading; band rows
('Use of resources') group the indicators.

Main at 83b63d4: the owner heading read as a lead, so the row was no indicator table's headings
(headers.read_indicator_header refused it): the whole table was read as a form (one indicator named
'Lead director', no figures, no warning) — unseen23 ipr 001, 018, 024, 050. The variants below have
the owner in other places, quarters instead of months, other wordings and renderings."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import planx
from planx.normalise.headers import read_indicator_header


def _labels(texts: list[str]) -> list[tuple[int, str]]:
    return list(enumerate(texts))


def _convert(tmp_path: Path, name: str, text: str) -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(str(path))


def _read(result: Any) -> list[tuple[str, str, str, str, str]]:
    return [(i.indicator, i.target, i.value, i.period, i.rag) for i in result.indicators]


def test_an_owner_heading_beside_a_target_and_periods_is_the_owner_column():
    roles = read_indicator_header(_labels(["Metric", "Lead director", "Standard", "Jul-26", "Jun-26", "Rating"]))
    assert roles is not None
    assert [r for _, r, _ in roles] == ["indicator", "owner", "target", "period", "period", "rag"]
    roles = read_indicator_header(_labels(["KPI", "Target", "Accountable officer", "Actual", "RAG"]))
    assert roles is not None and [r for _, r, _ in roles] == ["indicator", "target", "owner", "value", "rag"]


def test_a_lead_beside_no_target_and_latest_figure_is_still_an_action_plans_heading():
    # a measure with its lead and progress is a plan's row, not an indicator table's
    assert read_indicator_header(_labels(["Measure", "Lead", "Target", "Progress"])) is None
    assert read_indicator_header(_labels(["Measure", "Lead officer", "Q1", "Q2", "Q3"])) is None
    assert read_indicator_header(_labels(["Action", "Lead", "Target", "Q1", "Q2"])) is None


CSV = """Council Performance Scorecard 2025/26
Performance indicator,Target,Responsible officer,Q1 25/26,Q2 25/26,Q3 25/26,RAG
Housing,,,,,,
Homeless households in temporary accommodation,< 120,Head of Housing,131,125,118,Green
Affordable homes delivered,200,Housing Delivery Manager,41,96,150,Amber
Customer services,,,,,,
Calls answered within 60 seconds,85%,Customer Services Manager,79%,82%,77%,Red
"""


def test_owner_after_the_target_quarters_oldest_first(tmp_path: Path) -> None:
    result = _convert(tmp_path, "scorecard.csv", CSV)
    assert _read(result) == [
        ("Homeless households in temporary accommodation", "< 120", "118", "Q3 25/26", "green"),
        ("Affordable homes delivered", "200", "150", "Q3 25/26", "amber"),
        ("Calls answered within 60 seconds", "85%", "77%", "Q3 25/26", "red")]
    owners = [(k.text, k.heading) for k in result.leftovers if k.reason == "indicator owner"]
    assert owners == [("Head of Housing", "Responsible officer"), ("Housing Delivery Manager", "Responsible officer"),
                      ("Customer Services Manager", "Responsible officer")]
    assert {k.text for k in result.leftovers if k.reason == "section row in an indicator table"} == \
        {"Housing", "Customer services"}


MD = """# Corporate KPI report – quarter 3 2025/26

| KPI | Owner | Standard | Q3 2025/26 | Q2 2025/26 | Q1 2025/26 | Status |
|---|---|---|---|---|---|---|
| **Use of resources** | | | | | | |
| Invoices paid within 30 days | Finance Director | ≥ 95% | 96.2% | 94.0% | 93.1% | G |
| Council tax collected | Head of Revenues | 97% | 81% | 55% | 28% | A |
| **People** | | | | | | |
| Staff turnover | HR Business Partner | ≤ 12% | 14% | 13% | 12.5% | R |
"""


def test_owner_beside_the_name_quarters_newest_first(tmp_path: Path) -> None:
    result = _convert(tmp_path, "kpis.md", MD)
    assert _read(result) == [
        ("Invoices paid within 30 days", "≥ 95%", "96.2%", "Q3 2025/26", "green"),
        ("Council tax collected", "97%", "81%", "Q3 2025/26", "amber"),
        ("Staff turnover", "≤ 12%", "14%", "Q3 2025/26", "red")]
    assert "Finance Director" in {k.text for k in result.leftovers if k.reason == "indicator owner"}
    assert not any(i.indicator in ("Owner", "KPI", "Finance Director") for i in result.indicators)


def test_an_nhs_scorecard_with_a_lead_director_column_in_a_word_table(tmp_path: Path) -> None:
    import docx

    doc = docx.Document()
    doc.add_heading("Integrated Performance Report – September 2026", 1)
    rows = [["Metric", "Lead director", "Threshold", "Sep-26", "Aug-26", "Jul-26", "Rating"],
            ["Safe"] * 7,
            ["MRSA bacteraemia (hospital onset)", "Medical Director", "0", "1", "0", "0", "Red"],
            ["Pressure ulcers category 3+", "Chief Nurse", "≤ 4", "2", "5", "3", "Green"],
            ["Responsive"] * 7,
            ["A&E 4-hour performance", "Chief Operating Officer", "≥ 78%", "74.2%", "76.0%", "71.9%", "Amber"]]
    table = doc.add_table(rows=len(rows), cols=7)
    for r, cells in enumerate(rows):
        if len(set(cells)) == 1:  # a domain band: one cell across the table
            table.rows[r].cells[0].merge(table.rows[r].cells[6]).text = cells[0]
            continue
        for c, text in enumerate(cells):
            table.rows[r].cells[c].text = text
    path = tmp_path / "ipr.docx"
    doc.save(str(path))
    result = planx.convert_file(str(path))
    assert _read(result) == [
        ("MRSA bacteraemia (hospital onset)", "0", "1", "Sep-26", "red"),
        ("Pressure ulcers category 3+", "≤ 4", "2", "Sep-26", "green"),
        ("A&E 4-hour performance", "≥ 78%", "74.2%", "Sep-26", "amber")]
    assert {k.text for k in result.leftovers if k.reason == "indicator owner"} == \
        {"Medical Director", "Chief Nurse", "Chief Operating Officer"}


# ---- last year's outturn beside this year's period -------------------------------------------
#
# A quarterly report prints last year's outturn ('2025/26 outturn', 'Outturn 2024/25') before the
# quarter it reports ('Q2 2026/27'). 'Outturn' names a latest figure, but the year says it is
# older than the period beside it: the quarter's figure is the value, its heading the period.
# Main at 83b63d4 took the outturn as the value, no period (unseen23 qpr 055).

def test_an_outturn_of_a_year_before_the_period_column_is_no_latest_value():
    roles = read_indicator_header(_labels(["Indicator", "2025/26 outturn", "Q2 2026/27", "Annual target", "RAG"]))
    assert roles is not None
    assert [r for _, r, _ in roles] == ["indicator", "notes", "period", "target", "rag"]
    # an actual of the period's own year stays the latest figure
    roles = read_indicator_header(_labels(["Indicator", "Q1 2026/27", "2026/27 actual", "Target"]))
    assert roles is not None and [r for _, r, _ in roles] == ["indicator", "period", "value", "target"]


QPR_MD = """# Quarterly performance report – Q3 2025/26

| Ref | Indicator | Annual target | Outturn 2024/25 | Q3 2025/26 | RAG | Commentary |
|---|---|---|---|---|---|---|
| P1 | Household waste recycled | 50% | 46.1% | 48.3% | Amber | Garden waste dip in winter. |
| P2 | Major planning applications decided in time | 90% | 93% | 95% | Green | On track. |
"""

QPR_CSV = """Indicator,2024/25 actual,Q1 2025/26,Target,RAG
Households in temporary accommodation,244,239,≤ 195,Red
Invoices paid within 30 days,93.7%,96.1%,94%,Green
"""


def test_the_quarters_figure_is_the_value_not_last_years_outturn(tmp_path: Path) -> None:
    result = _convert(tmp_path, "qpr.md", QPR_MD)
    assert _read(result) == [("Household waste recycled", "50%", "48.3%", "Q3 2025/26", "amber"),
                             ("Major planning applications decided in time", "90%", "95%", "Q3 2025/26", "green")]
    assert "46.1%" in {k.text for k in result.leftovers}  # nothing lost
    result = _convert(tmp_path, "qpr.csv", QPR_CSV)
    assert _read(result) == [("Households in temporary accommodation", "≤ 195", "239", "Q1 2025/26", "red"),
                             ("Invoices paid within 30 days", "94%", "96.1%", "Q1 2025/26", "green")]


NO_TARGET = """# Board scorecard – July 2026

| Metric | Lead director | Jul-26 | Jun-26 | May-26 | RAG |
|---|---|---|---|---|---|
| MRSA bacteraemia (hospital onset) | Medical Director | 1 | 0 | 0 | R |
| Pressure ulcers category 3+ | Chief Nurse | 2 | 5 | 3 | G |
"""


def test_an_indicator_table_that_cannot_be_read_says_why_and_names_no_indicator_after_a_heading(
        tmp_path: Path) -> None:
    # no target beside the months: an owner column is not read there (a plan's 'Measure | Lead |
    # Q1 | Q2' is no indicator table); main at 83b63d4 read one indicator 'Lead director', silently
    result = _convert(tmp_path, "no_target.md", NO_TARGET)
    assert [i.indicator for i in result.indicators] == []
    assert any("'Metric | Lead director | Jul-26 | Jun-26 | May-26 | RAG' heads an indicator table that could "
               "not be read" in w for w in result.warnings)
    kept = {k.text for k in result.leftovers}
    assert {"Lead director", "Medical Director", "MRSA bacteraemia (hospital onset)"} <= kept  # nothing lost


def test_owner_column_before_the_names_in_a_spreadsheet(tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Scorecard"
    for row in (["Executive lead", "Metric", "Standard", "Q4 2025/26", "Q1 2026/27", "Rating"],
                ["Chief Operating Officer", "Patients waiting over 52 weeks", "0", 312, 262, "Red"],
                ["Chief People Officer", "Staff sickness absence rate", "≤ 4.0%", "4.6%", "4.2%", "Amber"]):
        ws.append(row)
    path = tmp_path / "scorecard.xlsx"
    wb.save(str(path))
    result = planx.convert_file(str(path))
    assert _read(result) == [("Patients waiting over 52 weeks", "0", "262", "Q1 2026/27", "red"),
                             ("Staff sickness absence rate", "≤ 4.0%", "4.2%", "Q1 2026/27", "amber")]
    assert {(k.text, k.heading) for k in result.leftovers if k.reason == "indicator owner"} == \
        {("Chief Operating Officer", "Executive lead"), ("Chief People Officer", "Executive lead")}
    roles = read_indicator_header(_labels(["Owner", "KPI", "Actual", "RAG"]))
    assert roles is None  # an owner before the names needs a target beside the latest figure
