"""Excel workbooks (.xlsx, .xlsm) → RawDocument: each worksheet one Table, page = sheet number.

Read with openpyxl (a well-kept reader of SpreadsheetML; with defusedxml installed it refuses
DTDs and entity declarations), after the same zip checks as a Word file (extract/ooxml.py:
zip bombs, entry counts, encryption). Nothing in the workbook is run or fetched: formulas are
read as the values Excel cached when it last saved (data_only), macros of an .xlsm are never
loaded (keep_vba off), links to other workbooks are not followed (keep_links off).

What each cell shows is what is kept: a date in the cell's own number format ('Mar-25' is a
month, '31/03/2025' a day), numbers as formatted ('85%', '1,200'), merged ranges as one cell
with spans, a solid fill as Cell.fill (RAG by colour; theme colours and tints resolved). Rows
frozen at the top of the sheet (freeze panes) or printed on every page (print titles) are
marked as headings. Hidden sheets, rows and columns are read too (a filter or an outline hides
rows that are still part of the plan), and noted in the document's warnings.
"""
from __future__ import annotations

import colorsys
import datetime as dt
import re
from pathlib import Path
from typing import Any

from lxml import etree

from planx.extract.grid import Grid, GridCell, block_chars, grid_blocks
from planx.extract.model import ExtractError, RawDocument, Table
from planx.extract.ooxml import Package, out_of_memory, sniff_package
from planx.normalise.severity import Note

MAX_ROWS, MAX_COLUMNS = 20_000, 200  # a plan is far smaller; a sheet formatted to row 1,048,576 is not read so far
MAX_SHEET_XML = 96 * 1024 * 1024  # inflated worksheet XML for the whole workbook
ENCRYPTED = ("password-protected (encrypted) Excel workbook: planx cannot read it; remove the password in Excel "
             "(File → Info → Protect Workbook) and save again")


def _sniff(path: Path) -> None:
    """ExtractError for a file that is not a zip, naming what it is instead."""
    sniff_package(path, "an Excel workbook", ENCRYPTED, "excel",
                  f"this is an old binary Excel .xls named {path.suffix.lower()} (rename it to .xls so planx "
                  "converts it with LibreOffice)")


def _check_package(path: Path) -> None:
    with Package(path, kind="Excel") as pkg:
        if "xl/workbook.xml" not in pkg.names:
            if "word/document.xml" in pkg.names:
                raise ExtractError("not an Excel workbook: it is a Word document named "
                                   f"{path.suffix.lower()} (rename it to .docx)")
            if "content.xml" in pkg.names and "mimetype" in pkg.names:
                raise ExtractError("not an Excel workbook: it is an OpenDocument file (rename it to .ods)")
            raise ExtractError("not an Excel workbook: the zip holds no xl/workbook.xml")
        for name in sorted(pkg.names):
            if name.lower().endswith((".xml", ".rels")):
                head = pkg.read(name, 64 * 1024, truncate=True)
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:  # both must come before the root element
                    raise ExtractError(f"refused: part {name!r} declares a DOCTYPE/ENTITY (external entities are "
                                       "a known attack; Excel never writes them)")
        sheets = sum(i.file_size for i in pkg.zip.infolist() if i.filename.startswith("xl/worksheets/"))
        if sheets > MAX_SHEET_XML:
            raise ExtractError(f"refused: the workbook's sheets would inflate to {sheets // 2**20} MB "
                               f"(limit {MAX_SHEET_XML // 2**20} MB)")


def load_workbook(path: Path) -> Any:
    import openpyxl
    from defusedxml import DefusedXmlException
    try:
        return openpyxl.load_workbook(path, read_only=False, data_only=True, keep_vba=False, keep_links=False,
                                      rich_text=False)
    except DefusedXmlException as e:
        raise ExtractError("refused: the workbook declares a DOCTYPE/ENTITY (external entities are a known attack "
                           "and Excel never writes them)", detail=f"{type(e).__name__}: {e}") from None
    except MemoryError:
        raise
    except Exception as e:  # whatever the reader trips on, the file is one it cannot read
        if isinstance(e, etree.XMLSyntaxError) and out_of_memory(e):  # under --max-memory: not the file's fault
            raise MemoryError("parsing the workbook") from None
        raise ExtractError("corrupt Excel workbook: its content cannot be read",
                           detail=f"{type(e).__name__}: {e}"[:400]) from None


def parse_xlsx(path: Path) -> RawDocument:
    _sniff(path)
    _check_package(path)
    wb = load_workbook(path)
    suffix = path.suffix.lower().lstrip(".")
    doc = RawDocument(path=str(path), name=path.name, format=suffix if suffix in ("xlsm", "xltx") else "xlsx")
    theme = theme_colours(getattr(wb, "loaded_theme", None))
    hidden: list[str] = []
    lists = list_sources(path, wb)
    dates: dict[str, set[str]] = {}
    for number, ws in enumerate(wb.worksheets, 1):
        doc.sheet_names[number] = str(ws.title)
        instructions: list[tuple[str, str, int]] = []
        grid, notes = read_sheet(ws, theme, dates, instructions)
        doc.aside += [(text, why, number, line) for text, why, line in instructions]
        if instructions:
            doc.warnings.append(Note(f"sheet {ws.title!r}: {len(instructions)} cell(s) of the template's instructions "
                                     f"for the sheet ({instructions[0][1].rsplit('(', 1)[-1].rstrip(')')}) read as "
                                     f"no part of its table, kept in leftovers"))
        hidden += notes
        tables = sum(isinstance(b, Table) for b in doc.blocks)
        blocks = grid_blocks(grid, page=number, index=tables + 1)
        lists_sheet = len(set(lists.get(ws.title, []))) >= MIN_LISTS_OF_A_LISTS_SHEET
        for block in blocks:
            if isinstance(block, Table) and lists.get(ws.title):
                block.lookup = lists_sheet or mostly_inside(block, lists[ws.title])
        doc.blocks += blocks
    doc.pages = max(1, len(wb.worksheets))
    doc.cell_dates = {text: next(iter(isos)) for text, isos in dates.items() if len(isos) == 1}
    doc.chars = block_chars(doc.blocks)
    if hidden:
        doc.warnings.append("read hidden parts of the workbook too: " + "; ".join(hidden[:5])
                            + (f" (and {len(hidden) - 5} more)" if len(hidden) > 5 else ""))
    wb.close()
    return doc


# ---- lists the workbook's dropdowns take their values from -----------------------------------

Box = tuple[int, int, int, int]  # min_row, min_col, max_row, max_col (1-based, as Excel counts)
# a sheet that several different dropdown lists take their values from ('Dropdown Values', 'Lists')
# holds the workbook's reference data: all of it, including the tables between its lists
MIN_LISTS_OF_A_LISTS_SHEET = 3
_SHEET_REF = re.compile(r"(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)")
_LOCAL_REF = re.compile(r"^=?\s*(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)\s*$")
_NAME = re.compile(r"^=?\s*([A-Za-z_][\w.]*)\s*$")
_TABLE_USE = re.compile(r"([A-Za-z_][\w.]*)\[")
_X14_LIST = re.compile(rb"<x14:dataValidation\b[^>]*>.*?<xm:f>([^<]*)</xm:f>", re.S)
# a list named in quotes and looked up when the dropdown opens ('INDIRECT("IssueStatus")'): the
# quoted text is itself a reference, a defined name or an Excel table's name
_INDIRECT = re.compile(r"INDIRECT\(\s*\"([^\"]+)\"", re.I)


def list_sources(path: Path, wb: Any) -> dict[str, list[Box]]:
    """{sheet title: cell ranges} the workbook uses as the values of its dropdown lists (data
    validation lists, by address or by defined name, including Excel 2010's x14 validations that
    openpyxl leaves out) and the Excel tables its defined names compute from. Such cells are
    lookup data (lists of councils, statuses, projects), not a plan the workbook tracks."""
    from openpyxl.utils.cell import range_boundaries
    out: dict[str, list[Box]] = {}
    names: dict[str, str] = {name: dn.attr_text for name, dn in wb.defined_names.items()}
    for ws in wb.worksheets:
        names.update({name: dn.attr_text for name, dn in ws.defined_names.items()})
    tables = {table.name: (ws.title, table.ref) for ws in wb.worksheets for table in ws.tables.values()}

    def add(sheet: str, ref: str) -> None:
        try:
            min_col, min_row, max_col, max_row = range_boundaries(ref.replace("$", ""))
        except (ValueError, TypeError):
            return
        if None not in (min_col, min_row, max_col, max_row):
            out.setdefault(sheet, []).append((int(min_row), int(min_col), int(max_row), int(max_col)))

    def resolve(formula: str, own_sheet: str) -> None:
        for m in _SHEET_REF.finditer(formula):
            add((m.group(1) or m.group(2) or "").replace("''", "'"), m.group(3))
        local = _LOCAL_REF.match(formula)
        if local:
            add(own_sheet, local.group(1))
        name = _NAME.match(formula)
        if name and name.group(1) in names:
            resolve(names[name.group(1)], own_sheet)
        elif name and name.group(1) in tables:  # a table named alone: its cells are the list
            add(*tables[name.group(1)])
        for quoted in _INDIRECT.findall(formula):
            resolve(quoted, own_sheet)
        for used in _TABLE_USE.findall(formula):
            if used in tables:
                add(*tables[used])

    for ws in wb.worksheets:
        for dv in ws.data_validations.dataValidation:
            if dv.type == "list" and dv.formula1:
                resolve(str(dv.formula1), ws.title)
    for formula in names.values():  # named data: what names compute from ('FILTER(Ref_table[…], …)')
        for used in _TABLE_USE.findall(formula or ""):
            if used in tables:
                add(*tables[used])
    with Package(path, kind="Excel") as pkg:
        for part in sorted(n for n in pkg.names if n.startswith("xl/worksheets/") and n.endswith(".xml")):
            data = pkg.read(part, truncate=True)
            if b"x14:dataValidation" not in data:
                continue
            for m in _X14_LIST.finditer(data):
                resolve(m.group(1).decode("utf-8", "replace").replace("&apos;", "'").replace("&amp;", "&"), "")
    return out


def mostly_inside(table: Table, boxes: list[Box]) -> bool:
    """Do most of the table's filled cells (three in five) lie in the given ranges?"""
    filled = [(row.line, c.col + 1) for row in table.rows for c in row.cells if c.text.strip() and not c.merged_above]
    if not filled:
        return False
    inside = sum(1 for r, c in filled if any(r0 <= r <= r1 and c0 <= c <= c1 for r0, c0, r1, c1 in boxes))
    return inside >= 0.6 * len(filled)


def read_sheet(ws: Any, theme: list[str], dates: dict[str, set[str]] | None = None,
               aside: list[tuple[str, str, int]] | None = None) -> tuple[Grid, list[str]]:
    """A worksheet's used cells as a Grid, and notes on what of it is hidden; each date cell whose
    format hides its year is added to dates (printed text → the dates it stands for, held_date), and
    a column of the template's instructions (instruction_columns) is set apart in aside as
    (text, reason, row)."""
    from openpyxl.cell.cell import MergedCell
    cells: dict[tuple[int, int], GridCell] = {}
    text_rows: set[int] = set()
    conditional = conditional_fills(ws, theme)
    # the cells the file holds (openpyxl's own map): iter_rows would make a cell for every empty
    # position up to the last formatted row and column, millions in some exports
    for (row, col), cell in sorted(_stored_cells(ws).items()):
        if row > MAX_ROWS or col > MAX_COLUMNS or isinstance(cell, MergedCell):
            continue
        text = cell_text(cell.value, cell.number_format)
        if dates is not None and text and (held := held_date(cell.value, cell.number_format)):
            dates.setdefault(text, set()).add(held)
        fill = cell_fill(cell.fill, theme)
        if conditional and cell.value is not None:
            fill = conditional_fill(conditional, row, col, cell.value) or fill  # what Excel shows over it
        if text or fill:
            font = cell.font
            cells[(row - 1, col - 1)] = GridCell(text=text, fill=fill, bold=bool(text and font and font.b),
                                                 size=float(font.sz or 0.0) if text and font else 0.0)
            if text:
                text_rows.add(row)
    max_row = max(text_rows, default=0)
    max_col = min(MAX_COLUMNS, max((c + 1 for (_, c), g in cells.items() if g.text), default=0))
    cells = {k: v for k, v in cells.items() if k[0] < max_row and k[1] < max_col}
    for col in instruction_columns(cells):
        if aside is not None:
            why = f"a template's instructions for the sheet (column {_column_letter(col)})"
            aside += [(cells[(r, c)].text, why, r + 1) for (r, c) in sorted(cells) if c == col and cells[(r, c)].text]
        cells = {k: v for k, v in cells.items() if k[1] != col}
    hidden_rows = sum(1 for r in text_rows if (dims := ws.row_dimensions.get(r)) is not None and dims.hidden)
    for merged in ws.merged_cells.ranges:
        r0, c0 = merged.min_row - 1, merged.min_col - 1
        if r0 >= max_row or c0 >= max_col:
            continue
        first = cells.setdefault((r0, c0), GridCell())
        first.rowspan = min(merged.max_row, max_row) - r0
        first.colspan = min(merged.max_col, max_col) - c0
    notes = []
    if ws.sheet_state != "visible":
        notes.append(f"sheet {ws.title!r} is hidden")
    if hidden_rows:
        notes.append(f"{hidden_rows} hidden row(s) in sheet {ws.title!r}")
    hidden_cols = [k for k, d in ws.column_dimensions.items() if d.hidden]
    if hidden_cols and any(_column_letter(c) in hidden_cols for (_, c) in cells):
        notes.append(f"hidden column(s) {', '.join(hidden_cols[:5])} in sheet {ws.title!r}")
    return Grid(cells=cells, lines=list(range(1, max_row + 1)), header_rows=heading_rows(ws)), notes


# a template's instruction names the sheet's own cells: 'Enter the title in cell B1', 'Cells I5 through
# BL5 contain …', 'This row contains headers …', 'Navigate from B7 through BL7'
_SHEET_ADDRESS = re.compile(r"\b(?:cells?|columns?|rows?|from|through)\s+[A-Z]{1,3}\d+\b"
                            r"|\bthis (?:row|column|worksheet|sheet|cell)\b", re.I)
INSTRUCTION_CHARS = 40  # an instruction is a sentence or more, never a label
MIN_INSTRUCTIONS = 3


def instruction_columns(cells: dict[tuple[int, int], GridCell]) -> list[int]:
    """Columns that hold a template's instructions about the sheet itself rather than a column of
    its table: Office's templates write, down column A (hidden, or in white for screen readers),
    what each row's cells are for ('Enter Project information starting in cell B9 …', 'This row
    contains headers …'). A column is one when at least three of its cells, and two in three of
    its text (by characters: a short marker beside them, 'This is an empty row', goes with them), are
    such sentences (long, and naming the sheet's own cells or rows); an action that mentions a cell
    once is not."""
    by_col: dict[int, list[str]] = {}
    for (_, c), cell in cells.items():
        if cell.text:
            by_col.setdefault(c, []).append(cell.text)
    out = []
    for c, texts in sorted(by_col.items()):
        told = [t for t in texts if len(t) >= INSTRUCTION_CHARS and _SHEET_ADDRESS.search(t)]
        if len(told) >= MIN_INSTRUCTIONS and 3 * sum(map(len, told)) >= 2 * sum(map(len, texts)):
            out.append(c)
    return out


# ---- conditional formatting: the fill Excel paints when a rule holds ---------------------------

Rule = tuple[list[Box], str, str, list[str], str]  # (ranges, type, operator, formulas or text, colour)
_COMPARE: dict[str, Any] = {
    "equal": lambda v, a, b: v == a, "notEqual": lambda v, a, b: v != a, "greaterThan": lambda v, a, b: v > a,
    "lessThan": lambda v, a, b: v < a, "greaterThanOrEqual": lambda v, a, b: v >= a,
    "lessThanOrEqual": lambda v, a, b: v <= a, "between": lambda v, a, b: min(a, b) <= v <= max(a, b),
    "notBetween": lambda v, a, b: not min(a, b) <= v <= max(a, b),
}


def conditional_fills(ws: Any, theme: list[str]) -> list[Rule]:
    """The sheet's conditional formats that paint a fill and that can be read without running a
    formula: 'cell value is' comparisons with constants, and 'text contains / begins / ends with'
    rules, in the order Excel applies them (priority). A RAG shown as scores 1–5 coloured by such
    rules is read by its colour."""
    from openpyxl.utils.cell import range_boundaries
    rules: list[tuple[int, Rule]] = []
    for cf in ws.conditional_formatting:
        boxes: list[Box] = []
        for rng in str(cf.sqref).split():
            try:
                c0, r0, c1, r1 = range_boundaries(rng)
            except ValueError:
                continue
            if None not in (c0, r0, c1, r1):
                boxes.append((int(r0), int(c0), int(r1), int(c1)))
        for rule in cf.rules:
            fill = getattr(getattr(rule, "dxf", None), "fill", None)
            colour = None
            if fill is not None:  # a dxf's solid fill keeps its colour in bgColor (fgColor when patterned)
                colour = colour_hex(fill.bgColor, theme) if fill.bgColor is not None else None
                if colour in (None, "#000000") and fill.fgColor is not None:
                    colour = colour_hex(fill.fgColor, theme)
            if not boxes or colour in (None, "#000000"):
                continue
            if rule.type == "cellIs" and rule.operator in _COMPARE and rule.formula:
                rules.append((rule.priority or 0, (boxes, "cellIs", rule.operator, list(rule.formula), colour)))
            elif rule.type in ("containsText", "beginsWith", "endsWith", "notContainsText") and rule.text:
                rules.append((rule.priority or 0, (boxes, rule.type, "", [str(rule.text)], colour)))
    return [r for _, r in sorted(rules, key=lambda pr: pr[0])]


def conditional_fill(rules: list[Rule], row: int, col: int, value: Any) -> str | None:
    """The fill the first rule holding for the cell paints, or None."""
    for boxes, kind, operator, args, colour in rules:
        if not any(r0 <= row <= r1 and c0 <= col <= c1 for r0, c0, r1, c1 in boxes):
            continue
        if kind == "cellIs":
            numbers = [_number(a) for a in args[:2]]
            if isinstance(value, int | float) and not isinstance(value, bool) and numbers[0] is not None:
                a = numbers[0]
                b = numbers[1] if len(numbers) > 1 and numbers[1] is not None else a
                if _COMPARE[operator](float(value), a, b):
                    return colour
            elif isinstance(value, str) and operator in ("equal", "notEqual"):
                wanted = args[0].strip().strip('"')
                if (value.strip().casefold() == wanted.casefold()) == (operator == "equal"):
                    return colour
            continue
        text, wanted = str(value).casefold(), args[0].casefold()
        hit = {"containsText": wanted in text, "notContainsText": wanted not in text,
               "beginsWith": text.startswith(wanted), "endsWith": text.endswith(wanted)}[kind]
        if hit:
            return colour
    return None


def _number(text: str) -> float | None:
    try:
        return float(text.strip().lstrip("="))
    except ValueError:
        return None


def _stored_cells(ws: Any) -> dict[tuple[int, int], Any]:
    """{(row, column): cell} of the cells stored in the sheet, 1-based (openpyxl keeps them in
    Worksheet._cells; iter_rows is the fallback should that ever change)."""
    stored = getattr(ws, "_cells", None)
    if isinstance(stored, dict):
        return stored
    return {(c.row, c.column): c for row in ws.iter_rows(max_row=min(ws.max_row, MAX_ROWS),
                                                         max_col=min(ws.max_column, MAX_COLUMNS)) for c in row}


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter
    return str(get_column_letter(index + 1))


MAX_HEADING_ROWS = 5


def heading_rows(ws: Any) -> int:
    """How many rows at the top the sheet itself marks as headings: frozen panes, or the rows
    printed at the top of every page (print titles); 0 when more than a heading would take."""
    frozen = 0
    pane = ws.freeze_panes
    if pane:
        m = re.match(r"[A-Z]+(\d+)$", str(pane))
        frozen = int(m.group(1)) - 1 if m else 0
    titles = 0
    m = re.match(r"\$?(\d+):\$?(\d+)$", str(ws.print_title_rows or ""))
    if m and int(m.group(1)) == 1:
        titles = int(m.group(2))
    rows = max(frozen, titles)
    return rows if rows <= MAX_HEADING_ROWS else 0


# ---- what a cell shows -------------------------------------------------------------------

_QUOTED = re.compile(r'"[^"]*"|\\.|_.|\*.|\[[^\]]*\]')
_DATE_TOKENS = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM/PM", re.I)
# a date format's parts: a quoted literal, an escaped character, a padding, a fill, a bracket, a token
_DATE_PARTS = re.compile(r'"(?P<quoted>[^"]*)"|\\(?P<escaped>.)|_.|\*.|\[[^\]]*\]'
                         r"|(?P<token>" + _DATE_TOKENS.pattern + ")", re.I)


# the built-in short date format (number format 14), which openpyxl names 'mm-dd-yy': Excel shows it
# in the locale's own order and with the full year ('19/02/2018' in the UK), never as '02-19-18'
LOCALE_SHORT_DATES = {"mm-dd-yy"}


def cell_text(value: Any, number_format: str | None) -> str:
    """A cell's value as Excel shows it (the common formats; General otherwise)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.replace("\r\n", "\n").replace("_x000D_", "").strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    fmt = (number_format or "General").split(";")[0]
    if isinstance(value, dt.datetime | dt.date):
        return format_date(value, fmt)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, int | float):
        return format_number(float(value), fmt)
    return str(value).strip()


def held_date(value: Any, number_format: str | None) -> str:
    """The date a date cell holds, at the precision its format prints ('d-mmm' → day, 'mmm' → month),
    when the format leaves the year out ('28-Feb' holds 2017-02-28): the year is the cell's, whatever
    it shows. '' for any other cell (a value that is no date, a format that prints the year or no
    day or month: the printed text says all there is)."""
    if not isinstance(value, dt.datetime | dt.date):
        return ""
    fmt = (number_format or "General").split(";")[0]
    if fmt.strip().lower() in LOCALE_SHORT_DATES:
        return ""  # shown with its year
    tokens = {t.lower()[0] for t in _DATE_TOKENS.findall(_QUOTED.sub("", fmt))}
    if "y" in tokens or "m" not in tokens or ("h" in tokens and "d" not in tokens):
        return ""  # the year printed (the text reads in full), or no month: a weekday, a time ('h:mm')
    if "d" in tokens:
        return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
    return f"{value.year:04d}-{value.month:02d}"


def format_date(value: dt.date, fmt: str) -> str:
    """A date in its cell's format ('mmm-yy' → 'Mar-25'); day-first when the format says nothing.
    A character the format escapes is shown ('mmm\\-yy' → 'Mar-25'), never read as a date token; a
    quoted word is left out (the date is what the cell gives: '"Due "mmm yyyy' → 'Mar 2025'), and a
    locale or colour in brackets, a fill and a padding show nothing."""
    if not isinstance(value, dt.datetime):
        value = dt.datetime(value.year, value.month, value.day)
    if fmt.strip().lower() in LOCALE_SHORT_DATES:
        fmt = "dd/mm/yyyy"  # Excel's built-in short date: shown in the reader's locale, not month first
    plain = _QUOTED.sub("", fmt)
    if not re.search(r"[dmy]", plain, re.I):
        fmt = plain = "dd/mm/yyyy"
    has_time = bool(re.search(r"h", plain, re.I))
    out, pos, after_hour = [], 0, False
    for m in _DATE_PARTS.finditer(fmt):
        out.append(fmt[pos:m.start()])
        pos = m.end()
        if m.group("escaped") is not None:
            out.append(m.group("escaped"))  # 'mmm\\-yy': the separator shows
            continue
        token = (m.group("token") or "").lower()
        if not token:
            continue  # '[$-409]', '_)', '*-': shows nothing of the date
        minute = token in ("m", "mm") and (after_hour or fmt[m.end():m.end() + 1] == ":")
        out.append(_date_token(value, token, minute))
        after_hour = token in ("h", "hh")
    out.append(fmt[pos:])
    text = "".join(out).strip()
    if not has_time and (value.hour or value.minute):
        text += value.strftime(" %H:%M")
    return text


def _date_token(value: dt.datetime, token: str, minute: bool) -> str:
    if minute:
        return f"{value.minute:02d}" if token == "mm" else str(value.minute)
    return {"yyyy": f"{value.year:04d}", "yy": f"{value.year % 100:02d}", "mmmm": value.strftime("%B"),
            "mmm": value.strftime("%b"), "mm": f"{value.month:02d}", "m": str(value.month),
            "dddd": value.strftime("%A"), "ddd": value.strftime("%a"), "dd": f"{value.day:02d}",
            "d": str(value.day), "hh": f"{value.hour:02d}", "h": str(value.hour), "ss": f"{value.second:02d}",
            "s": str(value.second), "am/pm": value.strftime("%p")}.get(token, "")


def format_number(value: float, fmt: str) -> str:
    """A number in its cell's format: percentages, fixed decimals, thousands, a currency sign."""
    plain = _QUOTED.sub("", fmt)
    if fmt.lower() == "general" or not re.search(r"[0#?]", plain):
        return f"{value:.10g}" if not value.is_integer() else str(int(value))
    percent = "%" in plain
    if percent:
        value *= 100
    decimals = len(m.group(1)) if (m := re.search(r"\.([0#?]+)", plain)) else 0
    text = f"{value:,.{decimals}f}" if "," in plain else f"{value:.{decimals}f}"
    prefix = "".join(ch for ch in plain.split("0")[0].split("#")[0] if ch in "£$€¥")
    return prefix + text + ("%" if percent else "")


# ---- fills and theme colours ---------------------------------------------------------

def cell_fill(fill: Any, theme: list[str]) -> str | None:
    """A solid fill's colour as '#rrggbb' (rgb, theme with tint, or the legacy palette), else None."""
    if fill is None or getattr(fill, "patternType", None) != "solid":
        return None
    return colour_hex(fill.fgColor, theme)


def colour_hex(colour: Any, theme: list[str]) -> str | None:
    from openpyxl.styles.colors import COLOR_INDEX
    kind = getattr(colour, "type", None)
    rgb: str | None = None
    if kind == "rgb" and isinstance(colour.rgb, str) and re.fullmatch(r"[0-9A-Fa-f]{6,8}", colour.rgb):
        rgb = colour.rgb[-6:]
    elif kind == "indexed" and isinstance(colour.indexed, int) and 0 <= colour.indexed < len(COLOR_INDEX) - 2:
        rgb = COLOR_INDEX[colour.indexed][-6:]
    elif kind == "theme" and isinstance(colour.theme, int) and 0 <= colour.theme < len(theme):
        rgb = theme[colour.theme]
    if rgb is None:
        return None
    tint = float(getattr(colour, "tint", 0.0) or 0.0)
    return "#" + (apply_tint(rgb, tint) if tint else rgb).lower()


def apply_tint(rgb: str, tint: float) -> str:
    """Excel's tint: lighten (tint > 0) or darken (tint < 0) the colour's HLS lightness."""
    r, g, b = (int(rgb[i:i + 2], 16) / 255 for i in (0, 2, 4))
    h, lum, s = colorsys.rgb_to_hls(r, g, b)
    lum = lum * (1 + tint) if tint < 0 else lum * (1 - tint) + tint
    r, g, b = colorsys.hls_to_rgb(h, max(0.0, min(1.0, lum)), s)
    return "".join(f"{round(x * 255):02x}" for x in (r, g, b))


_THEME_ORDER = ("lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6",
                "hlink", "folHlink")  # a cell's theme index counts these (light before dark, unlike the scheme)


def theme_colours(theme_xml: bytes | None) -> list[str]:
    """The workbook theme's colours in the order a cell's theme index counts them ('rrggbb')."""
    if not theme_xml:
        return []
    from planx.extract.ooxml import Package
    try:
        root = Package.parse(theme_xml if isinstance(theme_xml, bytes) else str(theme_xml).encode(), "theme")
    except ExtractError:
        return []
    scheme = {}
    for el in root.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}clrScheme"):
        for slot in el:
            name = etree_local(slot.tag)
            value = next((c.get("val") or c.get("lastClr") for c in slot), None)
            if value and re.fullmatch(r"[0-9A-Fa-f]{6}", value):
                scheme[name] = value
        break
    return [scheme.get(name, "000000") for name in _THEME_ORDER]


def etree_local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]


__all__ = ["parse_xlsx", "cell_text", "format_date", "held_date", "format_number", "theme_colours"]
