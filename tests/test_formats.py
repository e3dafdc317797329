"""Spreadsheets, CSV and HTML plans end to end: each file is written here (openpyxl for Excel,
text for CSV and HTML), read by its parser and converted; and the bad ones fail clearly."""
from __future__ import annotations

import csv
import datetime as dt
import shutil
import socket
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from conftest import read
from openpyxl.styles import PatternFill
from openpyxl.styles.colors import Color

import planx
from planx.extract import extract
from planx.extract.model import ExtractError, Paragraph, Table
from planx.extract.xlsx import apply_tint, cell_text, format_date, format_number


def tables(doc) -> list[Table]:
    return [b for b in doc.blocks if isinstance(b, Table)]


def texts(table: Table) -> list[list[str]]:
    return [[c.text for c in r.cells] for r in table.rows]


# ---- Excel ---------------------------------------------------------------------------------

GREEN, AMBER = "00B050", "FFC000"


def wide_tracker(path: Path) -> Path:
    """A tracker as councils export them: a title, a two-row heading frozen at the top (a group
    heading merged over its columns), one row per action, dated RAG columns, a RAG shown only
    by colour, dates in the cells' own formats, a formula with its cached value."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Children's Services Improvement Plan - Tracker (June 2024)"
    headings = ["Ref", "Priority", "Objective", "Outcome", "Action", "Lead", "Responsible Officer", "Target date",
                "Status", "RAG 01/24", "RAG 04/24", "RAG 07/24", "Progress update", "Success measure", "% complete",
                "Dependencies", "Last reviewed", "Next review", "Budget", "Risk"]
    ws.append([])
    ws.append(headings)
    rows = [
        ["1.1", "Attendance", "Fewer children miss school", "Attendance above 95%", "Audit every open case",
         "Ann Lee", "Bo Chan", dt.datetime(2025, 3, 31), "On track", "A", "G", None, "Audit 60% done",
         "Audit log complete", 0.6, "", dt.datetime(2024, 5, 1), dt.datetime(2024, 7, 1), 1200, "Low"],
        ["1.2", "Attendance", "Fewer children miss school", "Persistent absence halved", "Train the managers",
         "Ann Lee", "Cy Dee", dt.datetime(2025, 6, 1), "Some slippage", "G", None, None, "Trainer booked",
         "All managers trained", 0.25, "1.1", dt.datetime(2024, 5, 1), dt.datetime(2024, 7, 1), 800, "Medium"],
    ]
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=4):
        for cell in row:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "dd/mm/yyyy"
    ws["H5"].number_format = "mmm-yy"
    ws["O4"].number_format = ws["O5"].number_format = "0%"
    ws["S4"].number_format = ws["S5"].number_format = "£#,##0"
    ws["K5"].fill = PatternFill("solid", fgColor=AMBER)  # the April reading given only as a colour
    ws.freeze_panes = "A4"
    wb.save(path)
    return path


def test_a_wide_tracker_gives_one_table_with_its_heading_rows_marked(tmp_path: Path):
    doc = extract(wide_tracker(tmp_path / "tracker.xlsx"))
    assert isinstance(doc.blocks[0], Paragraph) and doc.blocks[0].text.startswith("Children's Services")
    [table] = tables(doc)
    assert table.page == 1 and table.rows[0].repeated_header and not table.rows[1].repeated_header
    assert len(table.rows[0].cells) == 20
    first, second = texts(table)[1:]
    assert first[7:9] == ["31/03/2025", "On track"]  # each date in its cell's format
    assert second[7] == "Jun-25"
    assert (first[14], first[18]) == ("60%", "£1,200")
    assert table.rows[2].cells[10].fill == "#ffc000"


def test_a_wide_tracker_end_to_end(tmp_path: Path):
    planx.convert([wide_tracker(tmp_path / "tracker.xlsx")], out=tmp_path / "out")
    [doc] = read(tmp_path / "out", "documents")
    assert doc["status"] in ("ok", "partial") and doc["format"] == "xlsx"
    actions = read(tmp_path / "out", "actions")
    assert [(a["action"], a["lead"], a["due_date"], a["status"]) for a in actions] == [
        ("Audit every open case", "Ann Lee", "2025-03-31", "in_progress"),
        ("Train the managers", "Ann Lee", "2025-06", "delayed")]
    ratings = read(tmp_path / "out", "ratings")
    assert [(r["action_seq"], r["label"], r["rag"], r["rag_raw"]) for r in ratings] == [
        ("1", "RAG 01/24", "amber", "A"), ("1", "RAG 04/24", "green", "G"),
        ("2", "RAG 01/24", "green", "G"), ("2", "RAG 04/24", "amber", "#ffc000")]


def test_merged_ranges_are_one_cell_with_spans(tmp_path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Area", "Action", "Q1 2024/25", None])
    ws.append([None, None, "RAG", "Commentary"])
    ws.append(["Attendance", "Audit cases", "G", "Done"])
    ws.append([None, "Train staff", "A", "Booked"])
    ws.merge_cells("C1:D1")
    ws.merge_cells("A1:A2")
    ws.merge_cells("A3:A4")
    wb.save(tmp_path / "merged.xlsx")
    [table] = tables(extract(tmp_path / "merged.xlsx"))
    cells = [[(c.col, c.colspan, c.rowspan, c.merged_above, c.text) for c in r.cells] for r in table.rows]
    assert cells[0] == [(0, 1, 2, False, "Area"), (1, 1, 1, False, "Action"), (2, 2, 1, False, "Q1 2024/25")]
    assert cells[1][0] == (0, 1, 1, True, "Area")
    assert cells[3] == [(0, 1, 1, True, "Attendance"), (1, 1, 1, False, "Train staff"), (2, 1, 1, False, "A"),
                        (3, 1, 1, False, "Booked")]


def test_bold_cells_are_marked(tmp_path: Path):
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Action", "Lead"])
    ws.append(["Theme 1: Attendance", None])
    ws.append(["Audit cases", "Ann Lee"])
    ws["A2"].font = Font(bold=True)
    ws["B2"].font = Font(bold=True)  # bold but empty: nothing to mark
    wb.save(tmp_path / "bold.xlsx")
    [table] = tables(extract(tmp_path / "bold.xlsx"))
    assert [[c.bold for c in r.cells] for r in table.rows] == [[False, False], [True, False], [False, False]]


def test_formulas_are_read_as_their_cached_values(tmp_path: Path):
    wb = openpyxl.Workbook()
    wb.active.append(["Indicator", "Target", "Actual"])
    wb.active.append(["Visits on time", 0.85, 0.9])
    wb.save(tmp_path / "plain.xlsx")
    # Excel stores a formula with the value it last computed: write one in by hand
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as src, \
            zipfile.ZipFile(tmp_path / "formula.xlsx", "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<v>0.9</v>", b"<f>B2+0.05</f><v>0.9</v>")
                assert b"<f>" in data
            dst.writestr(item, data)
    [table] = tables(extract(tmp_path / "formula.xlsx"))
    assert texts(table)[1] == ["Visits on time", "0.85", "0.9"]


def test_theme_fills_and_tints_are_resolved(tmp_path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Action", "RAG"])
    ws.append(["Audit", None])
    ws.append(["Train", None])
    # openpyxl writes Office 2007's theme: accent6 'F79646' (orange), accent3 '9BBB59' (green)
    ws["B2"].fill = PatternFill("solid", fgColor=Color(theme=9))
    ws["B3"].fill = PatternFill("solid", fgColor=Color(theme=6, tint=0.3999))  # accent3 lightened
    wb.save(tmp_path / "theme.xlsx")
    [table] = tables(extract(tmp_path / "theme.xlsx"))
    assert table.rows[1].cells[1].fill == "#f79646"
    assert table.rows[2].cells[1].fill == "#" + apply_tint("9bbb59", 0.3999) == "#c3d69b"  # Excel's own swatch


def test_hidden_sheets_and_rows_are_read_and_noted(tmp_path: Path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Action", "Lead", "Due"])
    ws.append(["Audit cases", "Ann Lee", "May 2025"])
    ws.append(["Closed action", "Bo Chan", "Jan 2024"])
    ws.row_dimensions[3].hidden = True  # filtered out of view, still part of the plan
    lists = wb.create_sheet("Lists")
    lists.append(["Red"])
    lists.sheet_state = "hidden"
    wb.save(tmp_path / "hidden.xlsx")
    doc = extract(tmp_path / "hidden.xlsx")
    assert texts(tables(doc)[0])[2] == ["Closed action", "Bo Chan", "Jan 2024"]
    assert any("Red" == b.text and b.page == 2 for b in doc.blocks if isinstance(b, Paragraph))
    [note] = doc.warnings
    assert "1 hidden row(s) in sheet 'Sheet'" in note and "sheet 'Lists' is hidden" in note


def test_an_xlsm_is_read_and_its_macros_never_loaded(tmp_path: Path):
    wb = openpyxl.Workbook()
    wb.active.append(["Action", "Lead", "Due"])
    wb.active.append(["Audit cases", "Ann Lee", "May 2025"])
    wb.save(tmp_path / "plain.xlsx")
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as src, \
            zipfile.ZipFile(tmp_path / "macro.xlsm", "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 not run")
    doc = extract(tmp_path / "macro.xlsm")
    assert doc.format == "xlsm" and texts(tables(doc)[0])[1] == ["Audit cases", "Ann Lee", "May 2025"]


@pytest.mark.parametrize("value, fmt, shown", [
    (dt.datetime(2025, 3, 31), "mmm-yy", "Mar-25"),
    (dt.datetime(2025, 3, 31), "d-mmm-yy", "31-Mar-25"),
    (dt.datetime(2025, 3, 31), "dd/mm/yyyy", "31/03/2025"),
    (dt.datetime(2025, 3, 31), "mmmm yyyy", "March 2025"),
    (dt.datetime(2025, 3, 31), "General", "31/03/2025"),  # day-first when the format says nothing
    (dt.datetime(2025, 3, 31, 14, 5), "dd/mm/yyyy hh:mm", "31/03/2025 14:05"),
    (0.875, "0.0%", "87.5%"), (1234.5, "#,##0.00", "1,234.50"), (1200, "£#,##0", "£1,200"),
    (3, "General", "3"), (0.1 + 0.2, "General", "0.3"), (True, "General", "TRUE"),
    ("  Amber\r\n(on track) ", "General", "Amber\n(on track)"),
])
def test_a_cell_shows_what_excel_shows(value, fmt, shown):
    assert cell_text(value, fmt) == shown


def test_number_and_date_formats_with_literals():
    assert format_date(dt.datetime(2025, 3, 31), '"Due "mmm yyyy') == "Mar 2025"
    assert format_number(0.5, '0%;[Red]-0%') == "50%"


def bomb_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet9.xml", b"<a>" + b" " * (8 * 1024 * 1024) + b"</a>")
    return path


def xxe_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    wb.active.append(["Action"])
    wb.save(path.with_suffix(".tmp"))
    with zipfile.ZipFile(path.with_suffix(".tmp")) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + data.split(b"?>", 1)[-1]
            dst.writestr(item, data)
    return path


@pytest.mark.parametrize("make, message", [
    (bomb_xlsx, "zip bomb"),
    (xxe_xlsx, "DOCTYPE/ENTITY"),
    (lambda p: (p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100), p)[1], "not an Excel workbook: the file is a PNG"),
    (lambda p: (p.write_bytes(b"PK\x03\x04broken"), p)[1], "corrupt Excel workbook"),
])
def test_bad_workbooks_fail_clearly(tmp_path: Path, make, message):
    path = make(tmp_path / "bad.xlsx")
    with pytest.raises(ExtractError, match=message):
        extract(path)


def test_a_word_file_named_xlsx_says_so(tmp_path: Path):
    path = tmp_path / "plan.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ExtractError, match="it is a Word document"):
        extract(path)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("fmt", ["ods", "xls"])
def test_legacy_spreadsheets_convert_like_the_xlsx(tmp_path: Path, fmt: str):
    source = wide_tracker(tmp_path / "tracker.xlsx")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--convert-to",
                    fmt, "--outdir", str(tmp_path / fmt), str(source)], check=True, capture_output=True, timeout=180)
    legacy = tmp_path / fmt / f"tracker.{fmt}"
    before = legacy.read_bytes()
    planx.convert([legacy], out=tmp_path / "out")
    actions = read(tmp_path / "out", "actions")
    assert [(a["action"], a["due_date"]) for a in actions] == [("Audit every open case", "2025-03-31"),
                                                               ("Train the managers", "2025-06")]
    assert legacy.read_bytes() == before
    assert read(tmp_path / "out", "documents")[0]["format"] == fmt


# ---- CSV -----------------------------------------------------------------------------------

def test_a_csv_export_with_semicolons_in_windows_1252(tmp_path: Path):
    text = ("Improvement plan export – June 2024\r\n"
            "Ref;Action;Lead;Due date;RAG\r\n"
            '1;"Audit every open case;\r\nreport to the board";Ann Lee;31/03/2025;Green\r\n'
            "2;Train the managers;Siân Rees;Q1 2025/26;Amber\r\n"
            "3;=HYPERLINK(\"http://x\");Bo Chan;TBC;\r\n")
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("cp1252"))
    doc = extract(path)
    assert doc.blocks[0] == Paragraph(text="Improvement plan export – June 2024", page=1, line=1)
    rows = texts(tables(doc)[0])
    assert rows[1] == ["1", "Audit every open case;\nreport to the board", "Ann Lee", "31/03/2025", "Green"]
    assert rows[2][2] == "Siân Rees"
    assert doc.warnings == ["read as cp1252 (not UTF-8)"]
    planx.convert([path], out=tmp_path / "out")
    actions = read(tmp_path / "out", "actions")
    assert [(a["lead"], a["due_date"], a["rag"]) for a in actions] == [
        ("Ann Lee", "2025-03-31", "green"), ("Siân Rees", "2025-06", "amber"), ("Bo Chan", "", "")]
    # a cell that a spreadsheet would run is written with a leading apostrophe
    assert actions[2]["action"].startswith("'=HYPERLINK")


@pytest.mark.parametrize("delimiter", [",", "\t", "|"])
def test_the_delimiter_is_sniffed(tmp_path: Path, delimiter: str):
    path = tmp_path / "plan.csv"
    rows = [["Action", "Lead", "Due"], ["Audit, then report", "Ann Lee", "May 2025"], ["Train", "Bo Chan", "June 2025"]]
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=delimiter).writerows(rows)
    assert texts(tables(extract(path))[0]) == rows


# ---- HTML ----------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Riverside School Improvement Plan 2024-25</title>
<script>document.write('<table><tr><td>Injected</td></tr></table>')</script>
<link rel="stylesheet" href="http://example.invalid/site.css"><style>td {color: red}</style></head>
<body><img src="http://example.invalid/logo.png"><h1>School Improvement Plan</h1>
<p>Our priorities for 2024&ndash;25, agreed by governors.</p>
<table><tr><td><!-- layout table around the plan -->
<h2>Priority 1: Attendance</h2>
<table border="1">
<thead><tr><th>Action</th><th>Lead</th><th>When</th><th>RAG</th></tr></thead>
<tbody>
<tr><td><ol type="a"><li>Audit open cases</li><li>Train the managers</li></ol></td><td>Ann Lee</td>
<td>Sept 2024<br>Dec 2024</td><td style="background-color: #00B050">G</td></tr>
<tr><td rowspan="2">Review the attendance policy</td><td>Bo Chan</td><td>Spring term 2025</td>
<td bgcolor="#FFC000">A</td></tr>
<tr><td>Cy Dee</td><td colspan="2">Summer term 2025</td></tr>
</tbody></table>
<div style="display:none">Hidden text</div>
</td></tr></table></body></html>"""


def test_an_html_page_reads_its_tables_and_text_and_fetches_nothing(tmp_path: Path, monkeypatch):
    path = tmp_path / "plan.html"
    path.write_text(PAGE, encoding="utf-8")

    def no_network(*args, **kwargs):
        raise AssertionError("the HTML reader tried to open a connection")
    monkeypatch.setattr(socket.socket, "connect", no_network)
    doc = extract(path)
    paragraphs = [(b.text, b.heading) for b in doc.blocks if isinstance(b, Paragraph)]
    assert paragraphs == [("Riverside School Improvement Plan 2024-25", True), ("School Improvement Plan", True),
                          ("Our priorities for 2024–25, agreed by governors.", False),
                          ("Priority 1: Attendance", True)]
    [table] = tables(doc)
    assert table.rows[0].repeated_header and not table.rows[1].repeated_header
    rows = [[(c.col, c.colspan, c.rowspan, c.merged_above, c.fill, c.text) for c in r.cells] for r in table.rows]
    assert rows[1] == [(0, 1, 1, False, None, "a. Audit open cases\nb. Train the managers"),
                       (1, 1, 1, False, None, "Ann Lee"), (2, 1, 1, False, None, "Sept 2024\nDec 2024"),
                       (3, 1, 1, False, "#00b050", "G")]
    assert rows[3] == [(0, 1, 1, True, None, "Review the attendance policy"), (1, 1, 1, False, None, "Cy Dee"),
                       (2, 2, 1, False, None, "Summer term 2025")]
    assert "Injected" not in str(doc.blocks) and "Hidden text" not in str(doc.blocks)


def test_bold_html_cells_are_marked(tmp_path: Path):
    path = tmp_path / "bold.html"
    path.write_text("<table><tr><th>Action</th><th>Lead</th><th>Due</th></tr>"
                    "<tr><td><b>Theme 1:</b> <strong>Attendance</strong></td><td>Mixed <b>bold</b></td>"
                    '<td><span style="font-weight: 700">May 2025</span></td></tr></table>', encoding="utf-8")
    [table] = tables(extract(path))
    assert [c.bold for c in table.rows[1].cells] == [True, False, True]


def test_an_html_plan_end_to_end(tmp_path: Path):
    path = tmp_path / "plan.htm"
    path.write_text(PAGE, encoding="utf-8")
    planx.convert([path], out=tmp_path / "out")
    [doc] = read(tmp_path / "out", "documents")
    assert doc["format"] == "html" and doc["title"] == "Riverside School Improvement Plan 2024-25"
    actions = read(tmp_path / "out", "actions")
    assert [(a["area"], a["due_date"], a["rag"]) for a in actions] == [
        ("Attendance", "2024-12", "green"), ("Attendance", "2025-07", "amber")]
    milestones = read(tmp_path / "out", "milestones")
    assert [(m["milestone"], m["due_date"]) for m in milestones] == [("Audit open cases", "2024-09"),
                                                                     ("Train the managers", "2024-12")]


@pytest.mark.parametrize("content, kind", [
    (b"Action\tLead\tDue\r\nAudit open cases\tAnn Lee\tMay 2025\r\n", "text"),
    (b"<html><body><table><tr><td>Action</td><td>Lead</td><td>Due</td></tr>"
     b"<tr><td>Audit open cases</td><td>Ann Lee</td><td>May 2025</td></tr></table></body></html>", "html"),
])
def test_an_xls_that_a_web_system_wrote_as_text_or_html(tmp_path: Path, content: bytes, kind: str):
    path = tmp_path / f"export_{kind}.xls"
    path.write_bytes(content)
    planx.convert([path], out=tmp_path / "out")
    [doc] = read(tmp_path / "out", "documents")
    assert doc["format"] == "xls" and doc["status"] == "ok"
    assert [(a["action"], a["lead"], a["due_date"]) for a in read(tmp_path / "out", "actions")] == [
        ("Audit open cases", "Ann Lee", "2025-05")]


def test_a_folder_converted_twice_skips_planx_s_own_output_inside_it(tmp_path: Path):
    """CSV and HTML are plan formats now: the output folder's documents.csv and report.html must
    not be taken for plans when the output is written inside the folder converted."""
    (tmp_path / "plan.csv").write_text("Action,Lead,Due\nAudit open cases,Ann Lee,May 2025\n", encoding="utf-8")
    first = planx.convert([tmp_path], out=tmp_path / "out")
    again = planx.convert([tmp_path], out=tmp_path / "out")
    assert (first.files, again.files, again.skipped) == (1, 0, 1)  # the plan already converted, nothing else
    assert [d["doc"] for d in read(tmp_path / "out", "documents")] == ["plan.csv"]
