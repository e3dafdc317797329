"""Outcomes-based report cards: each card's numbered heading ('Outcome 2: …', 'Report card 1: …'),
then sub-headings over an indicator table, the story behind it, and 'What we will do' over the
actions table. The card's title is the area of its actions, its number their area_ref; the
indicator table's 'Latest (2021/22)' heading gives the latest figure's period."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read

import planx
from planx.normalise.indicator_rows import heading_period

CARDS = [
    ("Older people live independently", ["Start a falls clinic in each town", "Fit key safes on request"]),
    ("Residents feel safe at home", ["Run a doorstep crime campaign", "Train wardens in fire checks"]),
]


def cards_doc(path: Path, label: str, cue: str) -> Path:
    import docx
    d = docx.Document()
    d.add_heading("Riverton Partnership – Report Cards", 0)
    for n, (title, actions) in enumerate(CARDS, 1):
        d.add_heading(f"{label} {n}: {title}", 1)
        d.add_heading("How are we doing?", 2)
        t = d.add_table(rows=1, cols=4)
        for c, h in zip(t.rows[0].cells, ["Indicator", "Baseline (2019/20)", "Latest (2021/22)", "Target"],
                        strict=True):
            c.text = h
        for k in range(2):
            for c, v in zip(t.add_row().cells, [f"Measure {n}.{k + 1} of the card", "41%", "45%", "50%"],
                            strict=True):
                c.text = v
        d.add_heading("The story behind the baseline", 2)
        d.add_paragraph("Demand rose after the pandemic and has not fallen back since then.")
        d.add_heading(cue, 2)
        t = d.add_table(rows=1, cols=3)
        for c, h in zip(t.rows[0].cells, ["Action", "Who", "When"], strict=True):
            c.text = h
        for a in actions:
            for c, v in zip(t.add_row().cells, [a, "Ann Cole", "June 2026"], strict=True):
                c.text = v
    d.save(str(path))
    return path


@pytest.mark.parametrize("label,cue", [("Outcome", "What we propose to do"), ("Report card", "What we will do")])
def test_the_card_title_is_the_area_of_its_actions(tmp_path: Path, label: str, cue: str):
    out = tmp_path / "out"
    planx.convert([cards_doc(tmp_path / "cards.docx", label, cue)], out=out)
    got = [(a["area_ref"], a["area"], a["action"]) for a in read(out, "actions")]
    assert got == [(str(n), title, a) for n, (title, actions) in enumerate(CARDS, 1) for a in actions]
    assert {i["period"] for i in read(out, "indicators")} == {"2021/22"}


def test_a_heading_of_figures_prints_its_period_in_brackets():
    assert heading_period("Latest (2021/22)") == "2021/22"
    assert heading_period("Latest (March\n2022)") == "March 2022"
    assert heading_period("Latest (%)") == ""
    assert heading_period("Latest") == ""


def cards_sheet(path: Path) -> Path:
    """The cards down one sheet: bold section lines, a bold heading row over each table."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active

    def line(text: str, size: float = 10, bold: bool = False) -> None:
        ws.append([text])
        ws.cell(ws.max_row, 1).font = Font(bold=bold, size=size)

    def heading_row(labels: list[str]) -> None:
        ws.append(labels)
        for k in range(len(labels)):
            ws.cell(ws.max_row, k + 1).font = Font(bold=True, size=10)

    line("Riverton Partnership – Report Cards", 16, True)
    for n, (title, actions) in enumerate(CARDS, 1):
        line(f"Report card {n}: {title}", 13, True)
        line("How are we doing?", 11, True)
        heading_row(["Indicator", "Baseline (2019/20)", "Latest (2021/22)", "Target"])
        for k in range(2):
            ws.append([f"Measure {n}.{k + 1} of the card", "41%", "45%", "50%"])
        line("The story behind the baseline", 11, True)
        line("Demand rose after the pandemic and has not fallen back since then.")
        line("What we will do", 11, True)
        heading_row(["Action", "Who", "When"])
        for a in actions:
            ws.append([a, "Ann Cole", "June 2026"])
        ws.append([])
    wb.save(path)
    return path


def test_cards_down_a_sheet_split_at_their_heading_rows(tmp_path: Path):
    out = tmp_path / "out"
    planx.convert([cards_sheet(tmp_path / "cards.xlsx")], out=out)
    got = [(a["area_ref"], a["area"], a["action"]) for a in read(out, "actions")]
    assert got == [(str(n), title, a) for n, (title, actions) in enumerate(CARDS, 1) for a in actions]
    assert len(read(out, "indicators")) == 4
