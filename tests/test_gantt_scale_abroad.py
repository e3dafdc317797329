"""A project tool's Gantt print whose chart scale is dated in another language, and whose summary tasks
are set apart by bold type and indentation alone.

MS Project prints its task list beside the chart; the chart's headings are its dates ('10 Şub 20 |
17 Şub 20 | …' in Turkish), which a PDF whose standard font has no glyph for 'Ş' or 'ğ' prints without
them ('10 ub 20', '3 Au 20'), and narrow week columns run together ('17 ub 20 24 ub 20 2 Mar 20').
Read as the chart's scale (taskheads.run_of_scale, month names of many languages as data:
vocab.MONTH_ABBREVIATIONS_ABROAD, read also as text.winansi_printed prints them), the heading row is the
task list's. Its summary tasks, bold and with their tasks indented under them, are the tasks' area
(tasktables._summaries_by_type; extract.pdftables.cell_styles gives a PDF cell its weight and indent).
A task of no duration ('0 days') is the schedule's milestone, a point in time: kept aside
(tasktables._without_markers).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read

import planx
from planx.extract.pdfborderless import fills_near
from planx.extract.pdftables import GridCell
from planx.normalise.taskheads import SCALE_MONTHS, run_of_scale, scale_month
from planx.normalise.tasktables import _NO_DURATION
from planx.normalise.text import accentless, winansi_printed
from planx.normalise.vocab import MONTH_ABBREVIATIONS_ABROAD, MONTHS

HEAD = ["Ad", "Süre", "Balat", "Bitirme", "Önceki", "Kaynak Adlar"]


@pytest.mark.parametrize("scale", [
    ["10 ub 20", "17 ub 20", "24 ub 20", "2 Mar 20", "9 Mar 20"],  # Turkish, 'Şub' with its letter lost
    ["10 Şub 20", "", "17 Şub 20 24 Şub 20 2 Mar 20", "9 Mar 20", "16 Mar 20"],  # run together, a blank
    ["27 Tem 20", "3 Au 20", "10 Au 20", "17 Au 20"],  # 'Ağu' printed 'Au'
    ["28 Ara 20", "4 Oca 21", "11 Oca 21", "18 Oca 21"],  # over a year's end
    ["2 févr. 21", "9 févr. 21", "16 févr. 21", "23 févr. 21", "2 mars 21"],  # French
    ["5 Okt 20", "12 Okt 20", "19 Okt 20", "26 Okt 20", "2 Nov 20"],  # German, Dutch
    ["28 paź 20", "4 lis 20", "11 lis 20", "18 lis 20"],  # Polish
])
def test_a_chart_dated_abroad_is_read_as_its_scale(scale: list[str]):
    labels = HEAD + scale
    assert run_of_scale(labels) == list(range(len(HEAD), len(labels)))


@pytest.mark.parametrize("labels", [
    ["Ad", "Süre", "10 ub 20", "3 Mar 20", "17 ub 20", "24 ub 20"],  # dates going back: no scale
    ["Task", "Owner", "10 xq 20", "17 xq 20", "24 xq 20", "31 xq 20"],  # no month of any language
    ["Task", "Owner", "17 ub 20 note", "24 ub 20", "2 Mar 20", "9 Mar 20"],  # a word beside the dates
])
def test_what_is_no_chart_scale_stays_so(labels: list[str]):
    assert run_of_scale(labels) == []


def test_no_month_word_names_two_months():
    seen: dict[str, int] = {k: v for k, v in MONTHS.items()}
    for names in MONTH_ABBREVIATIONS_ABROAD.values():
        for printed, number in names.items():
            for key in (accentless(printed), accentless(winansi_printed(printed))):
                assert seen.setdefault(key, number) == number, (printed, key)
    assert SCALE_MONTHS["ub"] == 2 and SCALE_MONTHS["au"] == 8 and scale_month("Şub") == 2


def test_a_pdf_loses_the_letters_its_standard_font_lacks():
    assert winansi_printed("Kaynak Adları") == "Kaynak Adlar"
    assert winansi_printed("10 Şub 20") == "10 ub 20"
    assert winansi_printed("5 déc. 20") == "5 déc. 20"  # é is in WinAnsi


def test_a_cell_looks_only_at_the_fills_in_its_band():
    cells = [GridCell(0, 0, 1, 1, "a", bbox=(0, 100, 50, 110)), GridCell(1, 0, 1, 1, "", bbox=(0, 300, 50, 310))]
    near = {"x0": 0, "x1": 50, "top": 95, "bottom": 108, "colour": "#ff0000"}
    far = {"x0": 0, "x1": 50, "top": 500, "bottom": 510, "colour": "#00ff00"}
    got = fills_near(cells, [near, far])
    assert got[id(cells[0])] == [near] and got[id(cells[1])] == []


# (name, bold, indent level, duration, start, finish, who)
ROWS = [
    ("Site Launch", True, 0, "8 gün", "01.02.2021 08:00", "10.02.2021 17:00", ""),
    ("Hosting contract", False, 1, "3 gün", "01.02.2021 08:00", "03.02.2021 17:00", "Selin Aksoy"),
    ("Landing page", False, 1, "5 gün", "04.02.2021 08:00", "10.02.2021 17:00", "Emre Kaya"),
    ("Content", True, 0, "9 gün", "11.02.2021 08:00", "23.02.2021 17:00", ""),
    ("Copy for the shop", True, 1, "4 gün", "11.02.2021 08:00", "16.02.2021 17:00", ""),
    ("Product texts", False, 2, "4 gün", "11.02.2021 08:00", "16.02.2021 17:00", "Deniz Yilmaz"),
    ("Photo shoot", False, 1, "5 gün", "17.02.2021 08:00", "23.02.2021 17:00", "Emre Kaya"),
    ("Team retrospective", False, 0, "1 gün", "24.02.2021 08:00", "24.02.2021 17:00", "Everyone"),
    ("Go-live", False, 0, "0 gün", "25.02.2021 08:00", "25.02.2021 08:00", ""),  # a milestone: no task
]
SCALE = ["1 ub 21", "8 ub 21 15 ub 21", "22 ub 21", "1 Mar 21", "8 Mar 21", "15 Mar 21"]


def gantt_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas
    width, height = 1500, 400
    c = canvas.Canvas(str(path), pagesize=(width, height))
    xs = [60, 300, 350, 450, 560, 620]
    top = height - 40
    c.setFont("Helvetica", 8)
    for x, label in zip(xs, HEAD, strict=True):
        c.drawString(x, top, label)
    scale_x = [800, 900, 1060, 1160, 1260, 1360]
    for x, label in zip(scale_x, SCALE, strict=True):
        c.drawString(x, top, label)
    for k, (name, bold, level, duration, start, finish, who) in enumerate(ROWS, 1):
        y = top - 18 * k
        c.setFont("Helvetica", 8)
        c.drawString(30, y, str(k))
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 8)
        c.drawString(xs[0] + 8 * level, y, name)
        for x, text in zip(xs[1:], [duration, start, finish, "", who], strict=True):
            if text:
                c.drawString(x, y, text)
        c.setFillColorRGB(0.3, 0.5, 0.9)
        c.rect(800 + 30 * k, y - 1, 90, 7, stroke=0, fill=1)  # the task's bar
        c.setFillColorRGB(0, 0, 0)
    c.save()
    return path


def test_a_gantt_print_dated_abroad_reads_as_a_plan_with_its_summary_tasks_as_areas(tmp_path: Path):
    out = tmp_path / "out"
    planx.convert([gantt_pdf(tmp_path / "gantt.pdf")], out=out, report=False)
    got = [(a["action"], a["area"], a["lead"], a["due_date"]) for a in read(out, "actions")]
    assert got == [
        ("Hosting contract", "Site Launch", "Selin Aksoy", "2021-02-03"),
        ("Landing page", "Site Launch", "Emre Kaya", "2021-02-10"),
        ("Product texts", "Copy for the shop", "Deniz Yilmaz", "2021-02-16"),  # the innermost summary
        ("Photo shoot", "Content", "Emre Kaya", "2021-02-23"),  # back at the outer group's level
        ("Team retrospective", "", "Everyone", "2021-02-24"),  # set as far left as a summary: no group's
    ]


@pytest.mark.parametrize("text, none", [("0 days", True), ("0d", True), ("0 günler", True), ("0 jours", True),
                                        ("0.0 wks", True), ("10 days", False), ("0.5 days", False),
                                        ("1 day", False)])
def test_a_duration_of_none_marks_a_milestone(text: str, none: bool):
    assert bool(_NO_DURATION.match(text)) is none
