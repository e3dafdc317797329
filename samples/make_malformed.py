"""Write the malformed-input suite: files that must give a clear `failed` or `partial` row.

Run: python samples/make_malformed.py FOLDER (tests/test_malformed.py writes them into a
temp folder). Nothing here is a real document; every hostile file is built from scratch:
Word files from hand-written XML in a zip, PDFs with reportlab (encrypted, many pages) or
by hand (truncated, HTML, noise).

Expectations (CASES): "failed" must fail; "bad" must fail or be partial with an error;
"stress" is a valid but extreme document that must convert (ok or partial) within the
time limit, its text kept; "legacy" is a valid file in an old encoding that must convert, ok with
the encoding as a note (its characters all sit as in real text).
"""
from __future__ import annotations

import importlib.util
import random
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>')
HEADER = ("Action", "Lead", "Timescale")
GOOD_ROW = ("Review the placement policy with partners", "Ann Lee", "May 2016")

# name → (expectation, format the case needs a parser for)
CASES: dict[str, tuple[str, str]] = {
    **{f"empty.{s}": ("failed", "none") for s in ("txt", "docx", "pdf", "doc", "odt", "rtf")},
    "truncated.pdf": ("bad", "pdf"),
    "encrypted.pdf": ("failed", "pdf"),
    "noise.pdf": ("failed", "pdf"),
    "noise.docx": ("failed", "docx"),
    "html_named.pdf": ("failed", "pdf"),
    "png_named.docx": ("failed", "docx"),
    "invalid_utf8.txt": ("bad", "txt"),
    "cp1252.txt": ("legacy", "txt"),
    "big_cell.txt": ("stress", "txt"),
    "many_pages.txt": ("stress", "txt"),
    "many_pages.pdf": ("bad", "pdf"),
    "nested_200.docx": ("bad", "docx"),
    "zip_bomb.docx": ("failed", "docx"),
    "xxe_file.docx": ("bad", "docx"),
    "xxe_http.docx": ("bad", "docx"),
    "billion_laughs.docx": ("bad", "docx"),
    "zip_without_document.docx": ("failed", "docx"),
    "not_xml.docx": ("failed", "docx"),
    "no_pages.pdf": ("failed", "pdf"),
    "wide_row.txt": ("bad", "txt"),
    "one_long_line.txt": ("failed", "txt"),
}
SECRET = "TOP-SECRET-7f3a9c"  # the content of the local file the XXE case points at
BIG_CELL_BYTES = 10 * 1024 * 1024
PAGES = 3000


# ---- Word files from hand-written XML ---------------------------------------------------

def _cell(inner: str) -> str:
    return f"<w:tc>{inner}</w:tc>"


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(_cell(c) for c in cells) + "</w:tr>"


def _table(*rows: str) -> str:
    return "<w:tbl>" + "".join(rows) + "</w:tbl>"


def _document(body: str, doctype: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
            f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')


def _write_docx(path: Path, document: str | Callable[[zipfile.ZipFile], None]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        if callable(document):
            document(z)
        else:
            z.writestr("word/document.xml", document)


def _plan_table(action: str) -> str:
    return _table(_row(*map(_para, HEADER)), _row(_para(action), _para(GOOD_ROW[1]), _para(GOOD_ROW[2])))


def nested_docx(path: Path, depth: int = 200) -> None:
    """A plan table whose first action cell holds a table, holding a table ... depth deep."""
    inner = _para("innermost text")
    for _ in range(depth):
        inner = _table(_row(inner + _para("")))
    outer = _table(_row(*map(_para, HEADER)),
                   _row(_para("Review the nested tables") + inner + _para(""), _para("Ann Lee"), _para("May 2016")))
    _write_docx(path, _document(outer + "<w:p/>"))


def zip_bomb_docx(path: Path, inflated: int = 400 * 1024 * 1024) -> None:
    """document.xml inflating to `inflated` bytes of one text run (about 1000:1)."""
    def write(z: zipfile.ZipFile) -> None:
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            head = _document("<w:p><w:r><w:t>").split("</w:t>")[0].encode()
            fh.write(head)
            chunk = b"A" * (1 << 20)
            for _ in range(inflated // len(chunk)):
                fh.write(chunk)
            fh.write(b"</w:t></w:r></w:p></w:body></w:document>")
    _write_docx(path, write)


def xxe_docx(path: Path, system_id: str) -> None:
    """An external entity (and external DTD) in a plan cell: its content must never show up."""
    doctype = (f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{system_id}">'
               f'<!ENTITY % ext SYSTEM "{system_id}.dtd"> %ext;]>')
    _write_docx(path, _document(_plan_table("Review the policy &xxe; with partners") + "<w:p/>", doctype))


def billion_laughs_docx(path: Path) -> None:
    ents = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">'
                                       for i in range(1, 10)]
    doctype = "<!DOCTYPE w:document [" + "".join(ents) + "]>"
    _write_docx(path, _document(_plan_table("Review &lol9; the policy") + "<w:p/>", doctype))


# ---- PDFs -----------------------------------------------------------------------------

def _reportlab_pdf(path: Path, pages: int, encrypt: str | None = None) -> None:
    from reportlab.pdfgen import canvas
    kw = {}
    if encrypt:
        from reportlab.lib import pdfencrypt
        kw["encrypt"] = pdfencrypt.StandardEncryption(encrypt, ownerPassword=encrypt + "-owner")
    c = canvas.Canvas(str(path), pageCompression=1, **kw)
    for n in range(1, pages + 1):
        c.drawString(72, 720, "Action\tLead\tTimescale" if n == 1 else f"Page {n}")
        if n == 1:
            c.drawString(72, 700, "  ".join(GOOD_ROW))
        c.showPage()
    c.save()


def tiny_pdf(pages: bool = True) -> bytes:
    """A one-page PDF written by hand (objects and xref), to truncate; or one with no pages."""
    stream = b"BT /F1 12 Tf 72 720 Td (Action Lead Timescale) Tj ET"
    kids = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>" if pages else b"<< /Type /Pages /Kids [] /Count 0 >>"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", kids,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# ---- text -----------------------------------------------------------------------------

def _tsv(*rows: tuple[str, ...]) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


def big_cell_txt(path: Path) -> None:
    words = "improve " * (BIG_CELL_BYTES // 8)
    path.write_text(_tsv(HEADER, (f"Review {words}end", "Ann Lee", "May 2016")), encoding="utf-8")


def many_pages_txt(path: Path) -> None:
    pages = [_tsv(HEADER, (f"Action number {n} reviewed", "Ann Lee", "May 2016")) for n in range(1, PAGES + 1)]
    path.write_text("Improvement plan\n" + "\f".join(pages), encoding="utf-8")


# ---- all of them ----------------------------------------------------------------------

def good_txt(path: Path) -> None:
    path.write_text("Improvement plan\n" + _tsv(HEADER, GOOD_ROW), encoding="utf-8")


def main(folder: Path, *, secret_file: Path | None = None, url: str = "http://127.0.0.1:9/xxe",
         only: set[str] | None = None) -> dict[str, Path]:
    """Write every case (or those named in `only`) into folder; return name → path."""
    folder.mkdir(parents=True, exist_ok=True)
    secret_file = secret_file or folder / "secret.txt.keep"
    secret_file.write_text(SECRET, encoding="utf-8")
    rnd = random.Random(8)
    noise = bytes(rnd.getrandbits(8) for _ in range(64 * 1024))
    html = b"<!DOCTYPE html><html><body><table><tr><td>Action</td><td>Lead</td></tr></table></body></html>"
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f"
           b"\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND"
           b"\xaeB`\x82")
    writers: dict[str, Callable[[Path], object]] = {
        **{f"empty.{s}": (lambda p: p.write_bytes(b"")) for s in ("txt", "docx", "pdf", "doc", "odt", "rtf")},
        "truncated.pdf": lambda p: p.write_bytes(tiny_pdf()[: len(tiny_pdf()) // 2]),
        "encrypted.pdf": lambda p: _reportlab_pdf(p, 1, encrypt="secret"),
        "noise.pdf": lambda p: p.write_bytes(noise),
        "noise.docx": lambda p: p.write_bytes(noise),
        "html_named.pdf": lambda p: p.write_bytes(html),
        "png_named.docx": lambda p: p.write_bytes(png),
        "invalid_utf8.txt": lambda p: p.write_bytes(
            _tsv(HEADER).encode() + b"Review the \xc3\x28 policy \xff\xfe now\tAnn Lee\tMay 2016\n"),
        "cp1252.txt": lambda p: p.write_bytes(
            _tsv(HEADER, ("Fund the \u00a3200 respite \u2013 short breaks", "Ann Lee", "May 2016")).encode("cp1252")),
        "big_cell.txt": big_cell_txt,
        "many_pages.txt": many_pages_txt,
        "many_pages.pdf": lambda p: _reportlab_pdf(p, PAGES),
        "nested_200.docx": nested_docx,
        "zip_bomb.docx": zip_bomb_docx,
        "xxe_file.docx": lambda p: xxe_docx(p, secret_file.resolve().as_uri()),
        "xxe_http.docx": lambda p: xxe_docx(p, url),
        "billion_laughs.docx": billion_laughs_docx,
        "zip_without_document.docx": lambda p: zipfile.ZipFile(p, "w").writestr("readme.txt", "hello"),
        "not_xml.docx": lambda p: _write_docx(p, "this is not XML <w:document"),
        "no_pages.pdf": lambda p: p.write_bytes(tiny_pdf(pages=False)),
        # 5,000 columns beside the three headings: not a plan table, and no quadratic blow-up
        "wide_row.txt": lambda p: p.write_text(_tsv(HEADER + tuple(f"Col {i}" for i in range(5000)),
                                                    GOOD_ROW + tuple(f"v{i}" for i in range(5000))),
                                               encoding="utf-8"),
        "one_long_line.txt": lambda p: p.write_text("plan " * 1_000_000, encoding="utf-8"),  # 5 MB, no table
    }
    paths = {}
    for name, write in writers.items():
        if name in ("encrypted.pdf", "many_pages.pdf") and importlib.util.find_spec("reportlab") is None:
            continue  # reportlab is a dev dependency; without it these two cases are not written
        if only is None or name in only:
            paths[name] = folder / name
            write(paths[name])
    good_txt(folder / "good.txt")
    return paths


if __name__ == "__main__":
    for p in main(Path(sys.argv[1] if len(sys.argv) > 1 else "malformed")).values():
        print(p)
