"""Render one abstract document (headings, paragraphs, grids of cells) the ways real plans reach us.

make_layout_samples.py writes its documents as `Doc`s; this module turns a Doc into
  - Word (python-docx): vertical and horizontal merges, fills, bold cells, heading styles, a
    repeated heading row, landscape sections;
  - PDF drawn with reportlab (ruled or borderless): a merged cell's text printed once at its top,
    the heading row repeated on each page or not;
  - PDF printed by LibreOffice from the Word file (as a council officer's "Save as PDF" does);
  - text as `pdftotext -layout` prints a PDF (columns by spaces, a form feed per page);
  - Excel (openpyxl): a title block above the table, merges, fills, several sheets.
Nothing here knows what a plan is: the content and its truth are the caller's.
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class C:
    """A cell: colspan `span`, rowspan `down` (the positions it covers are None in the grid)."""
    text: str = ""
    span: int = 1
    down: int = 1
    bold: bool = False
    fill: str | None = None


@dataclass
class Grid:
    rows: list[list[C | None]]  # every row as wide as the grid; None where a merged cell covers
    widths: Sequence[float] = ()  # relative column widths
    head: int = 1  # heading rows at the top
    repeat: bool = True  # the heading rows repeated on each page
    ruled: bool = True
    font: float = 8.5


@dataclass
class Text:
    text: str
    style: str = "body"  # title (Word's Title style), h1, h2, big (large bold, no style), bold, body


@dataclass
class Break:
    """A page break."""


@dataclass
class Sheet:
    """A worksheet: lines of title/guidance above (one cell each), then the grid (xlsx only)."""
    name: str
    title: list[str] = field(default_factory=list)
    grid: Grid | None = None
    state: str = "visible"
    lists: dict[str, str] = field(default_factory=dict)  # column letter → sheet!range its dropdown takes
    score_colours: dict[int, str] = field(default_factory=dict)  # conditional fill of a score column
    score_column: str = ""  # the column letter the scores are in
    names: dict[str, str] = field(default_factory=dict)  # defined name → column heading of this sheet's grid
    table_name: str = ""  # the grid as an Excel table (ListObject) of this name, which the defined names use


@dataclass
class Doc:
    blocks: list[Text | Grid | Break] = field(default_factory=list)
    landscape: bool = False
    sheets: list[Sheet] = field(default_factory=list)  # for xlsx


# ---- Word -----------------------------------------------------------------------------------

def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill.lstrip("#").upper())
    cell._tc.get_or_add_tcPr().append(shd)


def _write_cell(cell: Any, c: C, size: float) -> None:
    from docx.shared import Pt
    lines = c.text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    for k, line in enumerate(lines):
        p = first if k == 0 else cell.add_paragraph()
        run = p.add_run(line)
        run.bold = c.bold
        run.font.size = Pt(size)
    if c.fill:
        _shade(cell, c.fill)


def write_docx(doc: Doc, path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.oxml import OxmlElement
    from docx.shared import Cm, Pt
    d = Document()
    section = d.sections[0]
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    if doc.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    usable = section.page_width - section.left_margin - section.right_margin
    for block in doc.blocks:
        if isinstance(block, Break):
            d.add_page_break()
        elif isinstance(block, Text):
            if block.style == "title":
                d.add_heading(block.text, level=0)
            elif block.style in ("h1", "h2"):
                d.add_heading(block.text, level=int(block.style[1]))
            else:
                run = d.add_paragraph().add_run(block.text)
                run.bold = block.style in ("big", "bold")
                if block.style == "big":
                    run.font.size = Pt(18)
        else:
            ncols = len(block.rows[0])
            table = d.add_table(rows=len(block.rows), cols=ncols)
            if block.ruled:
                table.style = "Table Grid"
            widths = list(block.widths) or [1.0] * ncols
            for i, w in enumerate(widths):
                for cell in table.columns[i].cells:
                    cell.width = int(usable * w / sum(widths))
            for r, row in enumerate(block.rows):
                for k, c in enumerate(row):
                    if c is None:
                        continue
                    cell = table.cell(r, k)
                    if c.span > 1 or c.down > 1:
                        cell = cell.merge(table.cell(r + c.down - 1, k + c.span - 1))
                    _write_cell(cell, c, block.font + 1)
            if block.repeat:
                for r in range(block.head):
                    table.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
            d.add_paragraph()
    d.save(str(path))


# ---- PDF with reportlab ----------------------------------------------------------------------

def write_reportlab(doc: Doc, path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    size = landscape(A4) if doc.landscape else A4
    pdf = SimpleDocTemplate(str(path), pagesize=size, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm)
    styles = getSampleStyleSheet()
    looks = {"title": styles["Title"], "h1": styles["Heading1"], "h2": styles["Heading2"],
             "big": ParagraphStyle("big", parent=styles["Normal"], fontName="Helvetica-Bold", fontSize=17,
                                   leading=21, spaceAfter=8),
             "bold": ParagraphStyle("b", parent=styles["Normal"], fontName="Helvetica-Bold"),
             "body": styles["Normal"]}
    story: list[Any] = []
    usable = size[0] - 3 * cm
    for block in doc.blocks:
        if isinstance(block, Break):
            story.append(PageBreak())
        elif isinstance(block, Text):
            story.append(Paragraph(_escape(block.text), looks[block.style]))
        else:
            story += [_rl_table(block, usable, colors, ParagraphStyle, Table, TableStyle, Paragraph), Spacer(1, 10)]
    pdf.build(story)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def _rl_table(grid: Grid, usable: float, colors: Any, ParagraphStyle: Any, Table: Any, TableStyle: Any,
              Paragraph: Any) -> Any:
    ncols = len(grid.rows[0])
    widths = list(grid.widths) or [1.0] * ncols
    col_w = [usable * w / sum(widths) for w in widths]
    plain = ParagraphStyle("cell", fontName="Helvetica", fontSize=grid.font, leading=grid.font + 2)
    bold = ParagraphStyle("cellb", parent=plain, fontName="Helvetica-Bold")
    data: list[list[Any]] = []
    style: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    for r, row in enumerate(grid.rows):
        out: list[Any] = []
        for k, c in enumerate(row):
            if c is None:
                out.append("")
                continue
            out.append(Paragraph(_escape(c.text), bold if c.bold else plain) if c.text else "")
            last = (k + c.span - 1, r + c.down - 1)
            if c.span > 1:  # across: one cell (a row is never split); down: text once at the top
                style.append(("SPAN", (k, r), (k + c.span - 1, r)))
            if c.fill:
                style.append(("BACKGROUND", (k, r), last, colors.HexColor(c.fill)))
            if grid.ruled:
                style.append(("BOX", (k, r), last, 0.5, colors.black))
        data.append(out)
    table = Table(data, colWidths=col_w, repeatRows=grid.head if grid.repeat else 0, splitByRow=1)
    table.setStyle(TableStyle(style))
    return table


# ---- LibreOffice and pdftotext ----------------------------------------------------------------

def libreoffice_pdfs(sources: list[Path], outdir: Path) -> list[Path]:
    """The Word files printed to PDF by LibreOffice (one run for all); [] without LibreOffice."""
    soffice = shutil.which("soffice")
    if soffice is None or not sources:
        return []
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation={Path(profile).as_uri()}", "--convert-to",
                        "pdf", "--outdir", str(outdir), *map(str, sources)], check=True, capture_output=True,
                       timeout=600)
    return [outdir / (s.stem + ".pdf") for s in sources if (outdir / (s.stem + ".pdf")).exists()]


def layout_text(pdf: Path, path: Path) -> bool:
    """The PDF as `pdftotext -layout` prints it; False without pdftotext."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return False
    subprocess.run([tool, "-layout", str(pdf), str(path)], check=True, capture_output=True, timeout=120)
    return True


# ---- Excel ------------------------------------------------------------------------------------

def write_xlsx(doc: Doc, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in doc.sheets:
        ws = wb.create_sheet(sheet.name)
        ws.sheet_state = sheet.state
        for i, line in enumerate(sheet.title, 1):
            ws.cell(row=i, column=1, value=line).font = Font(bold=i == 1, size=14 if i == 1 else 11)
        grid = sheet.grid
        if grid is None:
            continue
        top = len(sheet.title) + (1 if sheet.title else 0)
        widths = list(grid.widths) or [1.0] * len(grid.rows[0])
        for k, w in enumerate(widths):
            ws.column_dimensions[get_column_letter(k + 1)].width = max(8, 90 * w / sum(widths))
        for r, row in enumerate(grid.rows):
            for k, c in enumerate(row):
                if c is None:
                    continue
                cell = ws.cell(row=top + r + 1, column=k + 1, value=_xl_value(c.text))
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                if c.bold or r < grid.head:
                    cell.font = Font(bold=True)
                if c.fill:
                    cell.fill = PatternFill("solid", fgColor=c.fill.lstrip("#").upper())
                if c.span > 1 or c.down > 1:
                    ws.merge_cells(start_row=top + r + 1, start_column=k + 1, end_row=top + r + c.down,
                                   end_column=k + c.span)
        if grid.head:
            ws.freeze_panes = ws.cell(row=top + grid.head + 1, column=1)
        last = top + len(grid.rows)
        if sheet.table_name:
            from openpyxl.workbook.defined_name import DefinedName
            from openpyxl.worksheet.table import Table as ListObject
            width = get_column_letter(len(grid.rows[0]))
            ws.add_table(ListObject(displayName=sheet.table_name, ref=f"A{top + 1}:{width}{last}"))
            for name, heading in sheet.names.items():  # 'ProjectList' = Projects[Project name]
                wb.defined_names[name] = DefinedName(name, attr_text=f"{sheet.table_name}[{heading}]")
        for letter, source in sheet.lists.items():
            dv = DataValidation(type="list", formula1=source, allow_blank=True)
            dv.add(f"{letter}{top + grid.head + 1}:{letter}{last}")
            ws.add_data_validation(dv)
        for score, colour in sheet.score_colours.items():
            fill = PatternFill(bgColor=colour.lstrip("#").upper(), fill_type="solid")
            rng = f"{sheet.score_column}{top + grid.head + 1}:{sheet.score_column}{last}"
            ws.conditional_formatting.add(rng, CellIsRule(operator="equal", formula=[str(score)], fill=fill))
    wb.save(str(path))


def _xl_value(text: str) -> Any:
    return int(text) if text.isdigit() and len(text) < 6 else text


__all__ = ["C", "Grid", "Text", "Break", "Sheet", "Doc", "write_docx", "write_reportlab", "libreoffice_pdfs",
           "layout_text", "write_xlsx"]
