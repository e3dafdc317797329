"""A performance system's export (Pentana / InPhase style): icon legends first ('Icon | Meaning'), then per
service an indicator table whose headings name two quarters' values ('Q2 2026/27 Value | Q3 2026/27 Value'),
a target and a status icon. Each quarter's column is a period (the latest is the value); the icon is the
RAG the document's own legend names; and a data row whose words happen to read as headings ('PI 02 |
… | Above target for the third quarter.') is a row of the table, not a new heading row."""
from __future__ import annotations

from pathlib import Path

from conftest import convert_text

import planx
from planx.normalise.headers import read_indicator_header


def test_headings_naming_periods_and_a_value_are_period_columns():
    roles = read_indicator_header(list(enumerate(
        ["PI Code", "Indicator", "Q2 2026/27 Value", "Q3 2026/27 Value", "Target (current)", "Status"])))
    assert roles is not None
    by_col = {col: (role, label) for col, role, label in roles}
    assert by_col[2] == ("period", "Q2 2026/27") and by_col[3] == ("period", "Q3 2026/27")
    assert by_col[4][0] == "target" and by_col[5][0] == "rag"
    # other words for the figure, other periods
    roles = read_indicator_header(list(enumerate(["Measure", "2024/25 Actual", "2025/26 Actual", "Target"])))
    assert roles is not None and [r for _, r, _ in roles[1:3]] == ["period", "period"]
    # headings of different figures stay apart: last year's outturn beside this quarter's actual
    roles = read_indicator_header(list(enumerate(["Measure", "2022/23 Outturn", "2023/24 Target", "Q2 Actual"])))
    assert roles is not None and roles[3][1] == "value"
    # one period's value alone stays the latest figure
    roles = read_indicator_header(list(enumerate(["Indicator", "Q3 2026/27 Value", "Target", "RAG"])))
    assert roles is not None and roles[1][1] == "value"


LEGEND = [("✖", "Alert (red)"), ("⚠", "Warning (amber)"), ("✔", "OK (green)")]
HEAD = ["PI Code", "Indicator", "Q2 2026/27 Value", "Q3 2026/27 Value", "Target", "Status", "Latest Note"]
ROWS = [
    ["HR PI 01", "Average days to process new benefit claims", "18.8", "16.1", "20.6", "⚠", "Staffing pressures."],
    ["HR PI 02", "Empty homes brought back into use", "32", "20", "50", "✖", "Above target for the third quarter."],
    ["HR PI 03", "Staff sickness days per FTE", "10.35", "10.30", "9.58", "✔", "New system went live in August."],
]
EXPECTED = [
    ("Average days to process new benefit claims", "16.1", "Q3 2026/27", "20.6", "amber", "⚠"),
    ("Empty homes brought back into use", "20", "Q3 2026/27", "50", "red", "✖"),
    ("Staff sickness days per FTE", "10.30", "Q3 2026/27", "9.58", "green", "✔"),
]
TITLE = "Hallam Bridge District Council – Service Plan Monitoring Report Q3 2026/27"


def _word(path: Path) -> Path:
    import docx
    d = docx.Document()
    d.add_heading(TITLE, 1)
    d.add_paragraph("PI Status")
    for head, rows in ((["Icon", "Meaning"], LEGEND), (HEAD, ROWS)):
        if head is HEAD:
            d.add_heading("Housing and Regeneration", 2)
        t = d.add_table(rows=1, cols=len(head))
        for c, h in zip(t.rows[0].cells, head, strict=True):
            c.text = h
        for r in rows:
            for c, v in zip(t.add_row().cells, r, strict=True):
                c.text = v
    d.save(str(path))
    return path


def _markdown() -> str:
    def table(head, rows):
        return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join([f"# {TITLE}", "", "## PI Status", "", *table(["Symbol", "Meaning"], LEGEND), "",
                      "## Housing and Regeneration", "", *table(HEAD, ROWS)]) + "\n"


def _read(result) -> list[tuple[str, ...]]:
    return [(i.indicator, i.value, i.period, i.target, i.rag, i.rag_raw) for i in result.indicators]


def test_a_word_export_reads_every_indicator_row(tmp_path: Path):
    assert _read(planx.convert_file(str(_word(tmp_path / "pi.docx")))) == EXPECTED


def test_a_markdown_export_with_a_symbol_legend_reads_alike(tmp_path: Path):
    result = convert_text(tmp_path, "pi.md", _markdown())
    assert _read(result) == EXPECTED
    # the quarter before is the indicator's history
    assert [(h.period, h.value) for h in result.indicators[0].history] == [("Q2 2026/27", "18.8"),
                                                                          ("Q3 2026/27", "16.1")]


def test_an_icon_no_legend_explains_rates_nothing(tmp_path: Path):
    text = _markdown()
    text = text[:text.index("## PI Status")] + text[text.index("## Housing"):]
    result = convert_text(tmp_path, "pi.md", text)
    assert [(i.indicator, i.value, i.rag) for i in result.indicators] == [(e[0], e[1], "") for e in EXPECTED]
