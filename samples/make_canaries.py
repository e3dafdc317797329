"""Network canaries: plan files of every format that link to a URL (images, sections, templates,
OLE links, PDF actions). Converting them must send nothing to that URL; tests/test_sandbox.py
and scripts/reliability.py serve it locally and count the requests.

    python -m samples.make_canaries OUTDIR http://127.0.0.1:PORT
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:xlink="http://www.w3.org/1999/xlink" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _odf_body(url: str) -> str:
    """A plan table, an image linked (not embedded) from the URL, a section linked from it."""
    return (f'<office:body><office:text><text:p>Action plan <draw:frame draw:name="logo" svg:width="2cm" '
            f'svg:height="2cm"><draw:image xlink:href="{url}/odt-image.png" xlink:type="simple" '
            f'xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></text:p>'
            '<table:table table:name="Plan"><table:table-column table:number-columns-repeated="2"/>'
            "<table:table-row><table:table-cell><text:p>Action</text:p></table:table-cell>"
            "<table:table-cell><text:p>Lead</text:p></table:table-cell></table:table-row>"
            "<table:table-row><table:table-cell><text:p>Review the policy</text:p></table:table-cell>"
            "<table:table-cell><text:p>Ann Lee</text:p></table:table-cell></table:table-row></table:table>"
            f'<text:section text:name="linked"><text:section-source xlink:href="{url}/odt-section.odt" '
            'xlink:type="simple"/></text:section></office:text></office:body>')


def linked_odt(path: Path, url: str) -> None:
    """An OpenDocument text (zip) with a linked image and a linked section."""
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS} office:version="1.2">' \
              f"{_odf_body(url)}</office:document-content>"
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


def flat_odt(path: Path, url: str) -> None:
    """A flat (single XML file) OpenDocument text under an .odt name: LibreOffice reads it by content."""
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?><office:document {ODF_NS} office:version="1.2" '
                    f'office:mimetype="application/vnd.oasis.opendocument.text">{_odf_body(url)}</office:document>',
                    encoding="utf-8")


def html_page(path: Path, url: str) -> None:
    """A web page saved under a Word name (.doc, .rtf): LibreOffice opens it as HTML, with its
    stylesheet, image and frame."""
    path.write_text(f'<html><head><title>{path.name}</title><link rel="stylesheet" href="{url}/html-style.css">'
                    '</head><body>'
                    f'<p>Action plan <img src="{url}/html-image.png"></p><table><tr><td>Action</td><td>Lead</td>'
                    "</tr><tr><td>Review the policy</td><td>Ann Lee</td></tr></table>"
                    f'<iframe src="{url}/html-frame.html"></iframe></body></html>', encoding="utf-8")


def rtf_fields(path: Path, url: str) -> None:
    """RTF with the fields Word uses for linked content: INCLUDEPICTURE, INCLUDETEXT, LINK."""
    path.write_text(
        r"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\pard Action plan\par"
        rf'{{\field{{\*\fldinst {{ INCLUDEPICTURE "{url}/rtf-image.png" \\d }}}}{{\fldrslt }}}}\par'
        rf'{{\field{{\*\fldinst {{ INCLUDETEXT "{url}/rtf-text.txt" }}}}{{\fldrslt old}}}}\par'
        rf'{{\field{{\*\fldinst {{ LINK Excel.Sheet.8 "{url}/rtf-link.xls" "Sheet1!R1C1" \\a \\p }}}}'
        r"{\fldrslt }}\par"
        r"\trowd\cellx3000\cellx6000 Action\cell Lead\cell\row"
        r"\trowd\cellx3000\cellx6000 Review the policy\cell Ann Lee\cell\row\pard\par}", encoding="ascii")


def linked_docx(path: Path, url: str) -> None:
    """A .docx whose image is linked from the URL (r:link, TargetMode External), with an attached
    template and a header part fetched from it, and an INCLUDEPICTURE field."""
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{R}/image" Target="{url}/docx-image.png" TargetMode="External"/>'
            f'<Relationship Id="rId2" Type="{R}/hyperlink" Target="{url}/docx-link" TargetMode="External"/>'
            f'<Relationship Id="rId3" Type="{R}/subDocument" Target="{url}/docx-sub.docx" TargetMode="External"/>'
            "</Relationships>")
    settings_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
                     'openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="'
                     f'{R}/attachedTemplate" Target="{url}/docx-template.dotm" TargetMode="External"/>'
                     "</Relationships>")
    cell = '<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>'
    body = (f'<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
            'wordprocessingDrawing"><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="logo"/><a:graphic '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.'
            'openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/'
            'drawingml/2006/picture"><pic:blipFill><a:blip r:link="rId1"/></pic:blipFill></pic:pic>'
            "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
            f'<w:p><w:fldSimple w:instr=" INCLUDEPICTURE &quot;{url}/docx-field.png&quot; \\d "/></w:p>'
            '<w:subDoc r:id="rId3"/>'
            "<w:tbl>" + "<w:tr>" + cell.format("Action") + cell.format("Lead") + "</w:tr>"
            + "<w:tr>" + cell.format("Review the policy") + cell.format("Ann Lee") + "</w:tr></w:tbl><w:p/>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" '
                f'xmlns:r="{R}"><w:body>{body}</w:body></w:document>')
    settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="{W}" xmlns:r="{R}">'
                '<w:attachedTemplate r:id="rId9"/></w:settings>')
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.'
             'org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats'
             '-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
             'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/></Types>')
    package_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
                    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                    "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", package_rels)
        z.writestr("word/document.xml", document)
        z.writestr("word/_rels/document.xml.rels", rels)
        z.writestr("word/settings.xml", settings)
        z.writestr("word/_rels/settings.xml.rels", settings_rels)


def pdf_actions(path: Path, url: str) -> None:
    """A PDF whose page links to the URL (a URI action), opens it (OpenAction), points a remote
    go-to and a launch at it, and names it as a file specification."""
    stream = b"BT /F1 12 Tf 72 720 Td (Action    Lead) Tj 0 -20 Td (Review the policy    Ann Lee) Tj ET"
    u = url.encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /URI /URI (" + u + b"/pdf-open) >> "
            b"/AA << /WC << /S /URI /URI (" + u + b"/pdf-close) >> >> >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Annots [6 0 R 7 0 R 8 0 R] "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /Annot /Subtype /Link /Rect [72 700 300 730] /A << /S /URI /URI (" + u + b"/pdf-uri) >> >>",
            b"<< /Type /Annot /Subtype /Link /Rect [72 680 300 700] /A << /S /GoToR /F << /Type /Filespec /FS /URL "
            b"/F (" + u + b"/pdf-remote.pdf) >> /D [0 /Fit] >> >>",
            b"<< /Type /Annot /Subtype /Link /Rect [72 660 300 680] /A << /S /Launch /F (" + u + b"/pdf-launch) >> >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))


def word97_doc(path: Path, url: str) -> bool:
    """A Word 97 .doc with a linked image: linked_odt saved as .doc by LibreOffice (with planx's
    profile, so making it fetches nothing). False when LibreOffice is not installed."""
    import shutil
    import subprocess
    import tempfile

    from planx.extract.legacy import find_soffice, isolation, profile_dir
    soffice = find_soffice()
    if soffice is None:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        odt = Path(tmp) / "linked.odt"
        linked_odt(odt, url)
        subprocess.run([*isolation().prefix, soffice, "--headless", "--norestore", "--nolockcheck",
                        f"-env:UserInstallation={profile_dir().as_uri()}", "--convert-to", "doc:MS Word 97",
                        "--outdir", tmp, str(odt)], capture_output=True, timeout=300, check=False)
        made = Path(tmp) / "linked.doc"
        if not made.is_file():
            return False
        shutil.copyfile(made, path)
    return True


# file name → writer: every format planx reads, each with the links its format can carry
CANARIES = {
    "linked.odt": linked_odt,
    "flat.odt": flat_odt,
    "webpage.doc": html_page,
    "webpage.rtf": html_page,
    "fields.rtf": rtf_fields,
    "linked.docx": linked_docx,
    "actions.pdf": pdf_actions,
}


def main(folder: Path, url: str) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, write in CANARIES.items():
        write(folder / name, url.rstrip("/"))
        written[name] = folder / name
    if word97_doc(folder / "word97.doc", url.rstrip("/")):
        written["word97.doc"] = folder / "word97.doc"
    (folder / "links.txt").write_text(f"Action\tLead\tSource\nReview the policy\tAnn Lee\t{url}/txt-link\n",
                                      encoding="utf-8")
    written["links.txt"] = folder / "links.txt"
    return written


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
