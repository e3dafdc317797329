"""Word plans whose action table is an embedded object (OLE): a worksheet pasted as an Excel object,
shown as a preview picture, its cells only in word/embeddings/*.xlsx (extract/docxembed.py)."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import openpyxl

from planx.extract.docx import parse_docx
from planx.extract.docxembed import MAX_OBJECT_BYTES
from planx.extract.model import Paragraph, Table
from planx.pipeline import convert_file

HEADINGS = ["Ref", "Action", "Lead officer", "Target date", "Status"]
ROWS = [["A1", "Refresh the pledge with the children in care council", "Head of Service", "30/06/2024", "Complete"],
        ["A2", "Offer every care leaver a named personal adviser", "Service Manager", "30/09/2024", "In progress"],
        ["A3", "Ring-fence ten apprenticeships for care leavers", "Head of HR", "31/03/2025", "Not started"]]
PKG_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/package"
OLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/oleObject"
IMG_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# a 1×1 PNG: the object's preview picture (what Word prints; its pixels are not read here)
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def workbook(*sheets: tuple[str, list[list[str]]], active: int = 0) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.active = active
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def vml_object(rid: str, prog_id: str = "Excel.Sheet.12") -> str:
    """The paragraph Word writes for an embedded worksheet: a VML picture and the o:OLEObject naming its part."""
    return ('<w:p><w:r><w:object w:dxaOrig="9400" w:dyaOrig="2800"><v:shape id="_x0000_i1025" type="#_x0000_t75" '
            'style="width:470pt;height:140pt" o:ole=""><v:imagedata r:id="rIdPreview" o:title=""/></v:shape>'
            f'<o:OLEObject Type="Embed" ProgID="{prog_id}" ShapeID="_x0000_i1025" DrawAspect="Content" '
            f'ObjectID="_1790012345" r:id="{rid}"/></w:object></w:r></w:p>')


def word_with_object(path: Path, part: bytes, part_name: str = "embeddings/Microsoft_Excel_Worksheet.xlsx",
                     rel_type: str = PKG_REL, heading: str = "Priority 2: Care leavers",
                     external: bool = False, prog_id: str = "Excel.Sheet.12") -> Path:
    """A python-docx document (title, intro, a heading, the object, a closing line) with the part
    embedded as Word embeds it: the object's paragraph, its relationship and its content type."""
    d = docx.Document()
    d.add_paragraph("Corporate Parenting Action Plan 2024/25", style="Title")
    d.add_paragraph("The action table below is maintained in Excel and embedded in this report.")
    d.add_paragraph(heading, style="Heading 2")
    d.add_paragraph("OBJECT_HERE")
    d.add_paragraph("Progress against these actions is reported to the Board at each meeting.")
    base = io.BytesIO()
    d.save(base)
    target = ('TargetMode="External" Target="file:///C:/plans/tracker.xlsx"' if external
              else f'Target="{part_name}"')
    with zipfile.ZipFile(base) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if not item.filename.endswith((".xml", ".rels")):
                zout.writestr(item, zin.read(item.filename))
                continue
            data = zin.read(item.filename).decode("utf-8")
            if item.filename == "word/document.xml":
                data = re.sub(r"<w:p>(?:(?!<w:p>).)*?OBJECT_HERE.*?</w:p>", vml_object("rIdObject", prog_id), data,
                              flags=re.S)
                data = data.replace("<w:document ", '<w:document xmlns:v="urn:schemas-microsoft-com:vml" '
                                    'xmlns:o="urn:schemas-microsoft-com:office:office" ', 1) \
                    if 'xmlns:o="' not in data else data
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace("</Relationships>",
                                    f'<Relationship Id="rIdPreview" Type="{IMG_REL}" Target="media/preview.png"/>'
                                    f'<Relationship Id="rIdObject" Type="{rel_type}" {target}/></Relationships>')
            elif item.filename == "[Content_Types].xml":
                png = "" if 'Extension="png"' in data else '<Default Extension="png" ContentType="image/png"/>'
                xlsx = f'<Default Extension="xlsx" ContentType="{XLSX_TYPE}"/>'
                data = data.replace("<Default ", f"{png}{xlsx}<Default ", 1)
            zout.writestr(item, data)
        zout.writestr("word/media/preview.png", PNG)
        if not external:
            zout.writestr("word/" + part_name, part)
    return path


def test_an_embedded_worksheet_is_a_table_where_the_object_stands(tmp_path: Path):
    path = word_with_object(tmp_path / "plan.docx", workbook(("Sheet1", [HEADINGS, *ROWS])))
    doc = parse_docx(path)
    kinds = [type(b).__name__ if isinstance(b, Table) else b.text for b in doc.blocks]
    # between the heading above the object and the paragraph after it
    assert kinds[kinds.index("Priority 2: Care leavers") + 1] == "Table"
    assert kinds[kinds.index("Table") + 1].startswith("Progress against")
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert table.rows[1].texts() == ROWS[0] and table.index == 1
    # provenance: the part and sheet, and the rows numbered as the sheet's own
    assert table.source == "word/embeddings/Microsoft_Excel_Worksheet.xlsx, sheet 'Sheet1'"
    assert [r.line for r in table.rows] == [1, 2, 3, 4]
    result = convert_file(path)
    got = [(a.area_ref, a.area, a.action, a.lead, a.due_raw, a.status, a.line) for a in result.actions]
    assert got == [("2", "Care leavers", r[1], r[2], r[3], s, k)
                   for k, (r, s) in enumerate(zip(ROWS, ["complete", "in_progress", "not_started"], strict=True), 2)]
    assert result.status == "ok" and "embedded as 'word/embeddings/Microsoft_Excel_Worksheet.xlsx'" in \
        " ".join(result.warnings)


def test_the_sheet_the_object_shows_is_the_workbooks_active_one(tmp_path: Path):
    lists = ("Lists", [["Status"], ["Complete"], ["In progress"], ["Not started"], ["Delayed"], ["Ongoing"]])
    part = workbook(lists, ("Actions", [HEADINGS, *ROWS]), active=1)
    doc = parse_docx(word_with_object(tmp_path / "plan.docx", part))
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].source.endswith("sheet 'Actions'")
    assert tables[0].rows[0].texts() == HEADINGS


def test_an_object_before_a_word_table_takes_its_place_in_the_numbering(tmp_path: Path):
    path = word_with_object(tmp_path / "plan.docx", workbook(("Sheet1", [HEADINGS, *ROWS])))
    d = docx.Document(str(path))
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Indicator", "Target"
    table.cell(1, 0).text, table.cell(1, 1).text = "Care leavers in work", "60%"
    d.save(str(path))  # python-docx keeps the embedded part and its relationship
    tables = [b for b in parse_docx(path).blocks if isinstance(b, Table)]
    assert [(t.index, bool(t.source)) for t in tables] == [(1, True), (2, False)]


def test_an_embedded_word_document_is_read_one_level_deep(tmp_path: Path):
    inner = docx.Document()
    t = inner.add_table(rows=len(ROWS) + 1, cols=len(HEADINGS))
    for r, row in enumerate([HEADINGS, *ROWS]):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    data = io.BytesIO()
    inner.save(data)
    path = word_with_object(tmp_path / "plan.docx", data.getvalue(),
                            part_name="embeddings/Microsoft_Word_Document.docx")
    tables = [b for b in parse_docx(path).blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].rows[3].texts() == ROWS[2]
    assert tables[0].source == "word/embeddings/Microsoft_Word_Document.docx"
    # the document holding the object is itself an object's content: its objects are not opened again
    outer = path.read_bytes()
    twice = word_with_object(tmp_path / "twice.docx", outer, part_name="embeddings/Microsoft_Word_Document.docx")
    assert [b for b in parse_docx(twice).blocks if isinstance(b, Table)] == []


def test_an_embedded_csv_file_is_a_table(tmp_path: Path):
    text = "\r\n".join(",".join(f'"{c}"' for c in row) for row in [HEADINGS, *ROWS]).encode()
    path = word_with_object(tmp_path / "plan.docx", text, part_name="embeddings/actions.csv", rel_type=OLE_REL)
    tables = [b for b in parse_docx(path).blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].rows[2].texts() == ROWS[1]


def test_a_legacy_binary_object_is_left_with_a_warning(tmp_path: Path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1024
    path = word_with_object(tmp_path / "plan.docx", ole, part_name="embeddings/oleObject1.bin", rel_type=OLE_REL)
    doc = parse_docx(path)
    assert not any(isinstance(b, Table) for b in doc.blocks)
    assert any("legacy binary OLE object" in w and "oleObject1.bin" in w for w in doc.warnings)
    # an equation or a drawing holds no plan table: left unread without a word
    path = word_with_object(tmp_path / "eq.docx", ole, part_name="embeddings/oleObject1.bin", rel_type=OLE_REL,
                            prog_id="Equation.3")
    assert not parse_docx(path).warnings


def test_a_bomb_inside_the_package_is_refused_before_it_is_read(tmp_path: Path):
    # 4 MB of zeros: compresses about 1000:1, beyond the outer file's own limit for an entry
    path = word_with_object(tmp_path / "plan.docx", b"\0" * (4 * 2 ** 20))
    doc = parse_docx(path)
    assert not any(isinstance(b, Table) for b in doc.blocks)
    assert any("zip bomb" in w and "Microsoft_Excel_Worksheet.xlsx" in w for w in doc.warnings)
    assert MAX_OBJECT_BYTES < 2 ** 30  # (and the part is never inflated beyond this)


def test_a_bomb_in_the_embedded_workbook_is_refused_by_the_workbook_reader(tmp_path: Path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", " " * (8 * 2 ** 20))  # a sheet that inflates 1000:1
    path = word_with_object(tmp_path / "plan.docx", inner.getvalue())
    doc = parse_docx(path)
    assert not any(isinstance(b, Table) for b in doc.blocks)
    assert any("not read" in w and "zip bomb" in w for w in doc.warnings)


def test_a_linked_object_is_never_followed(tmp_path: Path):
    path = word_with_object(tmp_path / "plan.docx", b"", external=True)
    doc = parse_docx(path)
    assert not any(isinstance(b, Table) for b in doc.blocks)
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)][-1].startswith("Progress against")


def test_a_priority_column_printed_on_each_groups_first_row_numbers_its_area(tmp_path: Path):
    # the area cell printed once over its rows; a group's title may be an initialism alone ('3. SEND')
    rows = [["Priority", "Action", "Responsible", "By when", "RAG"],
            ["1. Early reading", "Train all staff in the new phonics scheme", "English lead", "Oct 2024", "G"],
            ["", "Daily catch-up phonics for pupils below the standard", "Phonics lead", "Dec 2024", "A"],
            ["2. Attendance", "Introduce weekly persistent-absence reviews", "Deputy head", "Sept 2024", "G"],
            ["3. SEND", "Update the SEND register and share pupil passports", "SENCo", "Nov 2024", "G"],
            ["", "Train two assistants in speech and language support", "SENCo", "Mar 2025", "A"]]
    path = word_with_object(tmp_path / "plan.docx", workbook(("Sheet1", rows)), heading="Our action plan")
    got = [(a.area_ref, a.area, a.lead) for a in convert_file(path).actions]
    assert got == [("1", "Early reading", "English lead"), ("1", "Early reading", "Phonics lead"),
                   ("2", "Attendance", "Deputy head"), ("3", "SEND", "SENCo"), ("3", "SEND", "SENCo")]
