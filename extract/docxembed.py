"""Objects embedded in a Word document (OLE): a worksheet pasted with Paste Special → Excel object.

Word shows such an object as a picture (its preview, v:imagedata or a DrawingML graphic) and keeps
the object itself as a package part (word/embeddings/Microsoft_Excel_Worksheet.xlsx, named by the
o:OLEObject's relationship): the plan table is in that part, not in the document's text. The part
is read as a table of the document where the object stands, between the paragraphs around it, so
the headings above it name its area and the title above it the plan's, as for a Word table.

What is read, by the part's own content (not its name or ProgID): an Excel workbook (its sheet the
object shows, the workbook's active tab, through extract/xlsx.py), a Word document (its body,
through extract/docx.py, one level deep: an object inside an object is not opened) or a CSV file.
A legacy binary object (an OLE compound file, .bin) is not read: a warning says so when its
program could hold a table (Excel, Word; not an equation or a drawing).

Untrusted input: the part is a zip inside a zip. It gets the outer file's limits: its directory
entry must not declare more than MAX_OBJECT_BYTES or compress beyond ooxml.MAX_RATIO, its bytes
are capped again while inflating, and the reader it goes to checks it as it checks a file of its
own (entry counts, sizes and ratios, DOCTYPE/ENTITY, no macros). A linked object (its data in
another file, TargetMode External) is never followed.
"""
from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from planx.extract.grid import block_chars
from planx.extract.model import Block, ExtractError, Paragraph, RawDocument, Table
from planx.extract.ooxml import MAX_RATIO, OLE_MAGIC, RATIO_FLOOR, Package
from planx.extract.scratch import scratch_dir
from planx.normalise.severity import Note

R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# the elements that name an embedded object's part by r:id: VML's o:OLEObject (what Word writes
# inside w:object) and DrawingML's oleObj (an object shown through a graphic frame)
OBJECT_TAGS = ("{urn:schemas-microsoft-com:office:office}OLEObject",
               "{http://schemas.openxmlformats.org/presentationml/2006/main}oleObj")
MAX_OBJECT_BYTES = 64 * 2 ** 20  # one embedded part, inflated (a plan's worksheet is kilobytes)
MAX_OBJECTS = 16  # objects of one document read at most
# an object's part → the reader of its kind, told by the files its package holds: (kind, the
# part that marks it, suffix the scratch copy gets); a CSV file is told by its name, having no marks
PACKAGE_KINDS = (("Excel workbook", "xl/workbook.xml", ".xlsx"), ("Word document", "word/document.xml", ".docx"))
TEXT_KINDS = {".csv": "CSV file"}
SPREADSHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
# the programs (ProgID's first part) whose objects can hold a plan's table: an object of one that is
# not read is worth a warning; an equation, a Visio drawing or a chart left unread is not
TABLE_PROGRAMS = {"excel", "word", "package", "opendocument", ""}


@dataclass
class Placed:
    """An embedded object noted where it stands: its relationship id, the block it goes before, its
    page, and the program that made it as the object names it (ProgID 'Excel.Sheet.12'; '' if none)."""
    rid: str
    at: int
    page: int
    prog_id: str = ""


def placed_objects(p: etree._Element, at: int, page: int) -> list[Placed]:
    """The embedded objects a paragraph shows, in order, each once (an object in both branches of
    an mc:AlternateContent names the same part)."""
    out: list[Placed] = []
    for el in p.iter(*OBJECT_TAGS):
        rid = el.get(R_ID)
        if rid and all(o.rid != rid for o in out):
            out.append(Placed(rid=rid, at=at, page=page, prog_id=el.get("ProgID") or el.get("progId") or ""))
    return out


def insert_objects(doc: RawDocument, pkg: Package, rels: dict[str, tuple[str, str]], placed: list[Placed],
                   read_docx: Callable[[Path], RawDocument]) -> None:
    """Each noted object's blocks put into the document where the object stands (last first, so the
    places noted stay right), the tables then numbered again in order, and what was read noted."""
    for obj in reversed(placed[:MAX_OBJECTS]):
        kind, name = rels.get(obj.rid, ("", ""))
        if kind not in ("package", "oleObject") or name not in pkg.names:
            continue  # a linked object (external target) is never followed; a missing part holds nothing
        blocks = object_blocks(doc, pkg, name, obj, read_docx)
        doc.blocks[obj.at:obj.at] = blocks
        doc.pictures = [replace(pic, at=pic.at + len(blocks)) if pic.at >= obj.at else pic for pic in doc.pictures]
    if len(placed) > MAX_OBJECTS:
        doc.warnings.append(f"{len(placed)} embedded objects: only the first {MAX_OBJECTS} were read")
    number_tables(doc.blocks)


def number_tables(blocks: list[Block]) -> None:
    """Tables numbered 1, 2, … in document order (an object's table may stand before a Word table)."""
    for index, table in enumerate((b for b in blocks if isinstance(b, Table)), 1):
        table.index = index


def object_blocks(doc: RawDocument, pkg: Package, name: str, obj: Placed,
                  read_docx: Callable[[Path], RawDocument]) -> list[Block]:
    """The blocks an embedded part holds, set on the page of the paragraph showing it; [] when it is
    not read (and a warning saying why, for an object that could hold a table)."""
    try:
        data = checked_bytes(pkg, name)
    except ExtractError as e:
        doc.warnings.append(f"embedded object {name!r} not read: {e}")
        return []
    kind, suffix = object_kind(data, name)
    if not suffix:
        if obj.prog_id.split(".")[0].lower() not in TABLE_PROGRAMS:
            return []  # an equation, a drawing, a chart: no plan table is lost
        what = "a legacy binary OLE object" if data.startswith(OLE_MAGIC) else "an object of a kind planx does not read"
        doc.warnings.append(f"embedded object {name!r} not read: it is {what} (open it in Word and save "
                            "its contents as a file of their own to convert them)")
        return []
    try:
        inner, sheet = read_object(data, suffix, read_docx)
    except ExtractError as e:
        doc.warnings.append(f"embedded {kind} {name!r} not read: {e}")
        return []
    blocks = shown_blocks(inner, sheet)
    for table in (b for b in blocks if isinstance(b, Table)):
        table.source = f"{name}" + (f", sheet {inner.sheet_names[sheet]!r}" if sheet else "")
    doc.warnings += inner.warnings
    doc.cell_dates.update(inner.cell_dates)
    doc.chars += block_chars(blocks)
    if any(isinstance(b, Table) for b in blocks):
        where = f", sheet {inner.sheet_names[sheet]!r}" if sheet else ""
        doc.warnings.append(Note(f"read the {kind} embedded as {name!r}{where} as a table where the document "
                                 f"shows it (its rows are numbered as the {kind}'s own)"))
    return [on_page(b, obj.page) for b in blocks]


def checked_bytes(pkg: Package, name: str) -> bytes:
    """The part's bytes under the outer file's limits: its declared size and ratio first (the
    directory), then its size again while inflating (the directory can lie)."""
    info = pkg.zip.getinfo(name)
    if info.file_size > MAX_OBJECT_BYTES:
        raise ExtractError(f"it would inflate to {info.file_size // 2 ** 20} MB "
                           f"(limit {MAX_OBJECT_BYTES // 2 ** 20} MB)")
    ratio = info.file_size // max(info.compress_size, 1)
    if info.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
        raise ExtractError(f"it compresses {ratio}:1 (limit {MAX_RATIO}:1); it looks like a zip bomb")
    return pkg.read(name, MAX_OBJECT_BYTES)


def object_kind(data: bytes, name: str) -> tuple[str, str]:
    """(what the part is, the suffix its reader takes), by its content; ('', '') when none reads it."""
    if data.startswith(b"PK"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError):
            return "", ""
        for kind, mark, suffix in PACKAGE_KINDS:
            if mark in names:
                return kind, suffix
        return "", ""
    suffix = Path(name).suffix.lower()
    return (TEXT_KINDS[suffix], suffix) if suffix in TEXT_KINDS and not data.startswith(OLE_MAGIC) else ("", "")


def read_object(data: bytes, suffix: str, read_docx: Callable[[Path], RawDocument]) -> tuple[RawDocument, int]:
    """The object read by its kind's own reader from a scratch copy, and the sheet it shows (0: no sheets)."""
    from planx.extract.csvfile import parse_csv
    from planx.extract.xlsx import parse_xlsx
    readers: dict[str, Callable[[Path], RawDocument]] = {".xlsx": parse_xlsx, ".docx": read_docx, ".csv": parse_csv}
    with scratch_dir("embedded") as tmp:
        path = Path(tmp) / f"object{suffix}"
        path.write_bytes(data)
        inner = readers[suffix](path)
        sheet = shown_sheet(path, inner) if suffix == ".xlsx" else 0
    return inner, sheet


def shown_sheet(path: Path, inner: RawDocument) -> int:
    """The sheet (page number) an embedded workbook shows: its active tab, as Excel saved it (the
    object's picture is that sheet), or the first sheet when the workbook does not say."""
    with Package(path, kind="Excel") as pkg:
        root = pkg.xml("xl/workbook.xml")
    ns = {"s": SPREADSHEET_NS}
    view = root.find("s:bookViews/s:workbookView", ns)
    tab = view.get("activeTab", "0") if view is not None else "0"
    titles = [s.get("name", "") for s in root.findall("s:sheets/s:sheet", ns)]
    active = titles[int(tab)] if tab.isdigit() and int(tab) < len(titles) else ""
    return next((number for number, title in inner.sheet_names.items() if title == active), min(inner.sheet_names,
                                                                                                 default=0))


def shown_blocks(inner: RawDocument, sheet: int) -> list[Block]:
    """The blocks the object shows: those of its shown sheet for a workbook, else all of them."""
    return [b for b in inner.blocks if not sheet or b.page == sheet]


def on_page(block: Block, page: int) -> Block:
    """A block of the object set on the page of the paragraph showing it (its rows keep their own numbers)."""
    if isinstance(block, Paragraph):
        return replace(block, page=page)
    for row in block.rows:
        row.page = page
    block.page = page
    return block


__all__ = ["placed_objects", "insert_objects", "Placed"]
