"""Word plans end to end (samples/make_word_samples.py and its truth), the parser's reading of
the real grid, and bad Word input: each a clear `failed` row while the batch goes on."""
from __future__ import annotations

import io
import json
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
from conftest import read

import planx
from planx.extract.docx import Numbering, format_number, parse_docx
from planx.extract.model import ExtractError, Table

TEXT_FIELDS = ("area_ref", "area", "area_lead", "timeframe", "objective", "outcome", "action", "measure", "lead",
               "due_date", "status", "rag", "rag_raw", "progress")


@pytest.fixture(scope="module")
def word_samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from samples.make_word_samples import main
    folder = tmp_path_factory.mktemp("word")
    main(folder)
    return folder


@pytest.fixture(scope="module")
def word_out(word_samples: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("word_out")
    summary = planx.convert(sorted(word_samples.glob("*.docx")), out=out)
    assert summary.failed == 0
    return out


def mismatches(out: Path, truth: dict) -> list[str]:
    """Every truth field the output gets wrong (null = must be empty), strictly."""
    doc = truth["doc"]
    actions = [r for r in read(out, "actions") if r["doc"] == doc]
    milestones = [r for r in read(out, "milestones") if r["doc"] == doc]
    ratings = [r for r in read(out, "ratings") if r["doc"] == doc]
    wrong = []
    if len(actions) != len(truth["actions"]):
        wrong.append(f"{len(actions)} actions, expected {len(truth['actions'])}")
    for want in truth["actions"]:
        got = next((a for a in actions if a["action"] == want["action"]), None)
        if got is None:
            wrong.append(f"missing action {want['action']!r}")
            continue
        for name in TEXT_FIELDS:
            if name in want and got[name] != (want[name] or ""):
                wrong.append(f"{want['action'][:30]}: {name} {got[name]!r} != {want[name]!r}")
        ms = [m for m in milestones if m["action_seq"] == got["seq"]]
        for key, rows in (("milestones", ms), ("ratings", [r for r in ratings if r["action_seq"] == got["seq"]])):
            for i, w in enumerate(want.get(key, [])):
                g = rows[i] if i < len(rows) else {}
                for name, value in w.items():
                    if g.get(name) != (value or ""):
                        wrong.append(f"{want['action'][:30]}: {key}[{i}].{name} {g.get(name)!r} != {value!r}")
    indicators = [r for r in read(out, "indicators") if r["doc"] == doc]
    for want in truth.get("indicators", []):
        got = next((i for i in indicators if i["indicator"] == want["indicator"]), None)
        if got is None or any(got[k] != v for k, v in want.items()):
            wrong.append(f"indicator {want} != {got}")
    title = next(r["title"] for r in read(out, "documents") if r["doc"] == doc)
    if title != truth["title"]:
        wrong.append(f"title {title!r}")
    return wrong


@pytest.mark.parametrize("name", ["word_monitoring_framework_2018.docx", "word_brag_tracker_2018.docx",
                                  "word_inspection_plan_2018.docx", "word_indicator_form_2018.docx",
                                  "word_action_forms_2019.docx", "word_milestone_rows_2018.docx"])
def test_word_samples_match_their_truth(word_samples: Path, word_out: Path, name: str):
    truth = json.loads((word_samples / f"{name}.truth.json").read_text(encoding="utf-8"))
    assert mismatches(word_out, truth) == []
    status = next(r for r in read(word_out, "documents") if r["doc"] == name)
    assert (status["status"], status["format"]) == ("ok", "docx")


def test_grid_read_from_the_xml(word_samples: Path):
    doc = parse_docx(word_samples / "word_monitoring_framework_2018.docx")
    first = next(b for b in doc.blocks if isinstance(b, Table))
    banner, heading, row1, row2 = first.rows
    assert [(c.col, c.colspan) for c in banner.cells] == [(0, 7), (7, 1)]  # one merged cell, not seven copies
    assert banner.cells[0].fill == "#d9d9d9" and banner.repeated_header and heading.repeated_header
    assert not row1.repeated_header
    objective = row1.cells[0]
    assert (objective.rowspan, objective.merged_above) == (2, False)
    assert (row2.cells[0].text, row2.cells[0].merged_above) == (objective.text, True)
    assert row1.cells[3].text == "1. Tracker built\n2. Tracker reviewed at every panel"  # Word's own numbers
    assert row2.cells[3].text == "1. Reminder letter agreed"  # each cell counts from 1


def test_tracked_changes_nested_tables_and_headings(word_samples: Path):
    doc = parse_docx(word_samples / "word_monitoring_framework_2018.docx")
    texts = [c.text for b in doc.blocks if isinstance(b, Table) for r in b.rows for c in r.cells]
    assert "Hold a monthly multi-agency audit of supervision records" in texts  # w:ins kept, w:del dropped
    inspection = parse_docx(word_samples / "word_inspection_plan_2018.docx")
    cells = [c.text for b in inspection.blocks if isinstance(b, Table) for r in b.rows for c in r.cells]
    assert "Figures at the end of May:\nReviews overdue; 14\nReviews booked; 9" in cells
    assert "• Check every carer's file\n• Write missing plans with the carers" in cells
    tracker = parse_docx(word_samples / "word_brag_tracker_2018.docx")
    headings = [b.text for b in tracker.blocks if not isinstance(b, Table) and b.heading]
    assert headings[1:] == ["Priority 1: Strengthen the front door",
                            "Priority 2: Reduce drift in child protection plans"]


def test_number_formats():
    assert [format_number(n, "lowerRoman") for n in (1, 4, 9, 14)] == ["i", "iv", "ix", "xiv"]
    assert [format_number(n, "upperLetter") for n in (1, 26, 27)] == ["A", "Z", "AA"]
    assert format_number(3, "decimalZero") == "03"


def test_numbering_levels_and_formats():
    from lxml import etree
    xml = b"""<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:styleLink w:val="PlanList"/>
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="3"><w:numStyleLink w:val="PlanList"/></w:abstractNum>
      <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="8"><w:abstractNumId w:val="3"/></w:num>
      <w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>
    </w:numbering>"""
    n = Numbering(etree.fromstring(xml))
    got = [n.label("5", 0), n.label("5", 1), n.label("5", 1), n.label("5", 0), n.label("5", 1), n.label("6", 0)]
    assert got == ["1. ", "a) ", "b) ", "2. ", "a) ", "• "]
    assert [n.label("8", 0), n.label("8", 0)] == ["I. ", "II. "]  # levels borrowed through a list style


# ---- bad input ----------------------------------------------------------------------

DOC_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{}'
           '</w:body></w:document>')
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                 '2006/content-types"><Default Extension="xml" ContentType="application/xml"/>{}</Types>')


def tiny_docx(path: Path, body: str = "<w:p><w:r><w:t>Hello</w:t></w:r></w:p>", *, prolog: str = "",
              extra: dict[str, bytes] | None = None, types: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(types))
        xml = DOC_XML.format(body)
        if prolog:
            xml = xml.replace("\n", "\n" + prolog, 1)
        z.writestr("word/document.xml", xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def make_bad_word_files(folder: Path, good: Path) -> None:
    shutil.copy(good, folder / "good.docx")
    data = good.read_bytes()
    (folder / "corrupt.docx").write_bytes(data[: len(data) // 2])  # cut short: the zip directory is gone
    with zipfile.ZipFile(folder / "bomb.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(""))
        z.writestr("word/document.xml", b" " * (50 * 1024 * 1024))  # 50 MB of blanks in ~50 KB
    tiny_docx(folder / "xxe.docx", "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>",
              prolog='<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    for name in ("macros.docx", "macros.docm"):  # different bodies: the same bytes would be one document
        tiny_docx(folder / name, f"<w:p><w:r><w:t>{name}</w:t></w:r></w:p>",
                  extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 Attribute VB_Name"},
                  types='<Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.'
                        'macroEnabled.main+xml"/>')
    # what Office writes for a password-protected file: an OLE compound file holding EncryptedPackage
    ole = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    ole += "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le")
    (folder / "locked.docx").write_bytes(bytes(ole) + b"\x00" * 2048)
    # a zip whose entries are marked encrypted (zip-level password), as `zip -P` writes them
    central = bytearray(data)
    at = central.find(b"PK\x01\x02")
    while at != -1:
        central[at + 8] |= 0x01
        at = central.find(b"PK\x01\x02", at + 4)
    (folder / "zip_password.docx").write_bytes(bytes(central))
    png = io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64)
    (folder / "picture.docx").write_bytes(png.getvalue())
    with zipfile.ZipFile(folder / "workbook.docx", "w") as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(""))
        z.writestr("xl/workbook.xml", "<workbook/>")


def test_bad_word_files_fail_clearly_and_the_batch_goes_on(word_samples: Path, tmp_path: Path):
    make_bad_word_files(tmp_path, word_samples / "word_brag_tracker_2018.docx")
    out = tmp_path / "out"
    summary = planx.convert(sorted(tmp_path.glob("*.doc[xm]")), out=out)
    rows = {r["doc"]: r for r in read(out, "documents")}
    got = {name: (r["status"], r["error"]) for name, r in rows.items()}
    assert got["good.docx"][0] == "ok"
    expected = {"corrupt.docx": "corrupt Word document", "bomb.docx": "zip bomb", "xxe.docx": "DOCTYPE",
                "locked.docx": "password-protected",
                "picture.docx": "not a Word document: the file is a PNG image",
                "workbook.docx": "Excel workbook", "zip_password.docx": "password-protected"}
    for name, words in expected.items():
        status, error = got[name]
        assert status == "failed" and words in error, (name, error)
        assert "internal error" not in error and "Traceback" not in error
    # macros are never loaded or run: the document's text is read, and the row says the macros were left alone
    # (these two hold one paragraph each: read, then 'no plan table found')
    for name in ("macros.docx", "macros.docm"):
        assert "no plan table found" in rows[name]["error"], rows[name]
        assert "macros were neither loaded nor run" in rows[name]["warnings"], rows[name]
    assert summary.failed == len(expected) + 2 and summary.ok == 1


def test_xxe_entity_is_never_resolved(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET", encoding="utf-8")
    path = tiny_docx(tmp_path / "x.docx", "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>",
                     prolog=f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>')
    with pytest.raises(ExtractError) as e:
        parse_docx(path)
    assert "TOP-SECRET" not in str(e.value)


# ---- legacy formats through LibreOffice ------------------------------------------------

def test_legacy_without_libreoffice_says_how_to_install(word_samples: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("PLANX_SOFFICE", str(tmp_path / "no-such-soffice"))
    rtf = tmp_path / "plan.rtf"
    rtf.write_text(r"{\rtf1\ansi Action plan\par}", encoding="ascii")
    shutil.copy(word_samples / "word_brag_tracker_2018.docx", tmp_path / "good.docx")
    planx.convert([rtf, tmp_path / "good.docx"], out=tmp_path / "out")
    got = {r["doc"]: (r["status"], r["error"]) for r in read(tmp_path / "out", "documents")}
    assert got["plan.rtf"][0] == "failed" and "make setup-office" in got["plan.rtf"][1]
    assert got["good.docx"][0] == "ok"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
@pytest.mark.parametrize("fmt", ["odt", "doc"])
def test_legacy_formats_convert_like_the_docx(word_samples: Path, tmp_path: Path, fmt: str):
    source = word_samples / "word_brag_tracker_2018.docx"
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--convert-to",
                    fmt, "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    legacy = tmp_path / f"word_brag_tracker_2018.{fmt}"
    before = legacy.read_bytes()
    planx.convert([legacy], out=tmp_path / "out")
    truth = json.loads((word_samples / "word_brag_tracker_2018.docx.truth.json").read_text(encoding="utf-8"))
    truth["doc"] = legacy.name
    assert mismatches(tmp_path / "out", truth) == []
    assert legacy.read_bytes() == before  # the original is never touched
    assert next(r for r in read(tmp_path / "out", "documents"))["format"] == fmt


# ---- the grid and the text as Word prints them, from hand-written WordprocessingML ------

def tc(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


VMERGE_START, SPAN2 = '<w:vMerge w:val="restart"/>', '<w:gridSpan w:val="2"/>'
GREEN, AUTO = '<w:shd w:val="clear" w:fill="00B050"/>', '<w:shd w:fill="auto"/>'
GRID_BODY = (
    "<w:tbl>"
    "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + tc("Ref") + tc("Action") + tc("Lead") + tc("RAG") + "</w:tr>"
    "<w:tr>" + tc("1", VMERGE_START) + tc("Open the hub", SPAN2) + tc("", GREEN) + "</w:tr>"
    "<w:tr>" + tc("", "<w:vMerge/>") + tc("Hire staff") + tc("Ann") + tc("", AUTO) + "</w:tr>"
    "<w:tr>" + tc("2") + tc("Solid", '<w:shd w:val="solid" w:color="FFC000" w:fill="auto"/>') +
    '<w:tc><w:p><w:pPr><w:shd w:val="clear" w:fill="FF0000"/></w:pPr><w:r><w:t>Shaded</w:t></w:r></w:p></w:tc>'
    "</w:tr>"
    '<w:tr><w:trPr><w:del w:id="9" w:author="x"/></w:trPr>' + tc("Removed row") + "</w:tr>"
    '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc("Shifted") +
    '<w:tc><w:p><w:r><w:t>Seen</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> hidden</w:t></w:r>'
    '<w:moveFrom w:id="3" w:author="x"><w:r><w:t> moved away</w:t></w:r></w:moveFrom>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
    '<w:r><w:t xml:space="preserve"> text</w:t></w:r></w:p></w:tc></w:tr>'
    "</w:tbl><w:p/>")


def test_hand_written_grid_spans_merges_and_hidden_text(tmp_path: Path):
    doc = parse_docx(tiny_docx(tmp_path / "grid.docx", GRID_BODY))
    [table] = [b for b in doc.blocks if isinstance(b, Table)]
    rows = [[(c.col, c.colspan, c.rowspan, c.merged_above, c.fill, c.text) for c in r.cells] for r in table.rows]
    assert rows[1] == [(0, 1, 2, False, None, "1"), (1, 2, 1, False, None, "Open the hub"),
                       (3, 1, 1, False, "#00b050", "")]
    assert rows[2] == [(0, 1, 1, True, None, "1"), (1, 1, 1, False, None, "Hire staff"),
                       (2, 1, 1, False, None, "Ann"), (3, 1, 1, False, None, "")]
    assert rows[3] == [(0, 1, 1, False, None, "2"), (1, 1, 1, False, "#ffc000", "Solid"),
                       (2, 1, 1, False, "#ff0000", "Shaded")]
    assert rows[4] == [(1, 1, 1, False, None, "Shifted"), (2, 1, 1, False, None, "Seen text")]  # deleted row gone
    assert table.rows[0].repeated_header and not table.rows[1].repeated_header


def test_strict_ooxml_and_title_in_the_page_header(tmp_path: Path):
    strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/header" Target="header1.xml"/></Relationships>')
    header = (f'<w:hdr xmlns:w="{strict}"><w:p><w:r><w:t>Northfield Early Help Action Plan 2019</w:t></w:r>'
              '</w:p></w:hdr>')
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships"/></w:sectPr>')
    document = DOC_XML.format(GRID_BODY + sect).replace("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                                        strict)
    path = tmp_path / "strict.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.format(""))
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", rels)
        z.writestr("word/header1.xml", header)
    doc = parse_docx(path)
    assert doc.blocks[0].text == "Northfield Early Help Action Plan 2019"
    assert isinstance(doc.blocks[1], Table) and doc.blocks[1].rows[1].cells[1].colspan == 2


def test_a_hanging_libreoffice_is_stopped_by_the_timeout(tmp_path: Path, monkeypatch):
    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nsleep 60 &\nsleep 60\n", encoding="ascii")  # a child too: the group is killed
    fake.chmod(0o755)
    monkeypatch.setenv("PLANX_SOFFICE", str(fake))
    monkeypatch.setenv("PLANX_SOFFICE_TIMEOUT", "1")
    odt = tmp_path / "plan.odt"
    odt.write_bytes(b"PK\x03\x04 not really an odt")
    start = time.monotonic()
    planx.convert([odt], out=tmp_path / "out")
    status, error = next((r["status"], r["error"]) for r in read(tmp_path / "out", "documents"))
    assert status == "failed" and "took longer than 1 s" in error
    assert time.monotonic() - start < 20


def test_a_one_column_layout_table_around_the_plan_is_looked_through(tmp_path: Path):
    inner = GRID_BODY.replace("<w:p/>", "")
    wrapped = ("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Riverside Action Plan</w:t></w:r></w:p>" + inner +
               "<w:p/></w:tc></w:tr></w:tbl><w:p/>")
    doc = parse_docx(tiny_docx(tmp_path / "wrapped.docx", wrapped))
    assert doc.blocks[0].text == "Riverside Action Plan"
    assert isinstance(doc.blocks[1], Table) and doc.blocks[1].rows[1].cells[1].text == "Open the hub"


def test_the_fast_text_path_reads_what_the_full_walk_reads(word_samples: Path):
    from planx.extract import docx as d
    from planx.extract.ooxml import Package
    for name in ("word_monitoring_framework_2018.docx", "word_inspection_plan_2018.docx"):
        with Package(word_samples / name) as pkg:
            root = pkg.xml("word/document.xml")
            styles, numbering = d.Styles(pkg.xml("word/styles.xml")), pkg.xml("word/numbering.xml")
        body = d.first_child(root, d.w("body"))
        docs = [d.read_body(body, d.Reader(styles, d.Numbering(numbering), plain), Path(name))
                for plain in (True, False)]
        assert docs[0].blocks == docs[1].blocks


def test_crafted_numbers_are_clamped_not_obeyed(tmp_path: Path):
    numbering = ('<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                 '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="99999999999"><w:start w:val="99999999999"/>'
                 '<w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'numbering" Target="numbering.xml"/></Relationships>')
    body = ('<w:tbl><w:tr>' + tc("wide", '<w:gridSpan w:val="99999999999"/>') + "</w:tr></w:tbl>"
            '<w:p><w:pPr><w:numPr><w:ilvl w:val="99999999999"/><w:numId w:val="7"/></w:numPr></w:pPr>'
            "<w:r><w:t>Item</w:t></w:r></w:p>")
    start = time.monotonic()
    doc = parse_docx(tiny_docx(tmp_path / "huge.docx", body, extra={"word/numbering.xml": numbering.encode(),
                                                                    "word/_rels/document.xml.rels": rels.encode()}))
    assert time.monotonic() - start < 5
    assert doc.blocks[0].rows[0].cells[0].colspan == 64
    assert doc.blocks[1].text.endswith(". Item")


def test_only_the_styles_in_use_are_read_and_they_read_the_same(word_samples: Path):
    from planx.extract import docx as d
    from planx.extract.ooxml import Package
    with Package(word_samples / "word_monitoring_framework_2018.docx") as pkg:
        data = pkg.checked("word/styles.xml")
    full, cut = d.Styles(Package.parse(data, "styles")), d.Styles.used(data, {"ListNumber", "Heading1"}, "styles")
    for sid in ("ListNumber", "Heading1", None):  # None: the default paragraph style
        assert [vars(s) for s in cut.chain(sid)] == [vars(s) for s in full.chain(sid)]
    assert cut.is_heading("Heading1") and cut.numbering("ListNumber") == full.numbering("ListNumber")
    assert len(cut.by_id) < len(full.by_id) / 5
