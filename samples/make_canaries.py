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


def linked_ods(path: Path, url: str) -> None:
    """An OpenDocument spreadsheet with a sheet linked from the URL, a cell that calls
    WEBSERVICE on it, and an image linked from it."""
    ns = ODF_NS + (' xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
                   'xmlns:office2="urn:oasis:names:tc:opendocument:xmlns:office:1.0"')
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="Plan">'
               f'<table:shapes><draw:frame svg:width="2cm" svg:height="2cm" svg:x="0cm" svg:y="0cm">'
               f'<draw:image xlink:href="{url}/ods-image.png" xlink:type="simple" xlink:show="embed" '
               'xlink:actuate="onLoad"/></draw:frame></table:shapes>'
               '<table:table-column table:number-columns-repeated="3"/>'
               "<table:table-row>" + cell.format("Action") + cell.format("Lead") + cell.format("Source")
               + "</table:table-row>"
               "<table:table-row>" + cell.format("Review the policy") + cell.format("Ann Lee")
               + f'<table:table-cell table:formula="of:=WEBSERVICE(&quot;{url}/ods-webservice&quot;)" '
               'office:value-type="string"><text:p>cached</text:p></table:table-cell></table:table-row>'
               "</table:table>"
               '<table:table table:name="Linked"><table:table-source xlink:type="simple" '
               f'xlink:href="{url}/ods-sheet.ods" table:table-name="Sheet1" table:mode="copy-results-only"/>'
               "<table:table-row>" + cell.format("x") + "</table:table-row></table:table>"
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
                'opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
                'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


def linked_xlsx(path: Path, url: str) -> None:
    """An .xlsx with an external workbook link to the URL, a WEBSERVICE formula and a linked image."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.'
             'org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats'
             '-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
             'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
             'sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.'
             'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/externalLinks/'
             'externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
             'externalLink+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>")
    workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{main}" xmlns:r="{R}">'
                '<sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets>'
                '<externalReferences><externalReference r:id="rId2"/></externalReferences></workbook>')
    workbook_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
                     f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{R}/worksheet" '
                     f'Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{R}/externalLink" '
                     'Target="externalLinks/externalLink1.xml"/></Relationships>')
    external = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><externalLink xmlns="{main}" '
                f'xmlns:r="{R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames>'
                "</externalBook></externalLink>")
    external_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
                     f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{R}/'
                     f'externalLinkPath" Target="{url}/xlsx-external.xlsx" TargetMode="External"/></Relationships>')

    def cell(ref: str, text: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
    sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{main}"><sheetData>'
             f'<row r="1">{cell("A1", "Action")}{cell("B1", "Lead")}{cell("C1", "Source")}</row>'
             f'<row r="2">{cell("A2", "Review the policy")}{cell("B2", "Ann Lee")}'
             f'<c r="C2" t="str"><f>WEBSERVICE("{url}/xlsx-webservice")&amp;[1]Sheet1!A1</f><v>cached</v></c>'
             "</row></sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", rels)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", workbook_rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/externalLinks/externalLink1.xml", external)
        z.writestr("xl/externalLinks/_rels/externalLink1.xml.rels", external_rels)


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


def saved_by_libreoffice(path: Path, url: str) -> bool:
    """A Word 97 .doc (from linked_odt) or an Excel 97 .xls (from linked_ods), saved by LibreOffice
    with planx's profile (so making it fetches nothing), links kept. False without LibreOffice."""
    import shutil
    import subprocess
    import tempfile

    from planx.extract.legacy import find_soffice, isolation, profile_dir
    soffice = find_soffice()
    if soffice is None:
        return False
    word = path.suffix == ".doc"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / ("linked.odt" if word else "linked.ods")
        (linked_odt if word else linked_ods)(source, url)
        subprocess.run([*isolation().prefix, soffice, "--headless", "--norestore", "--nolockcheck",
                        f"-env:UserInstallation={profile_dir().as_uri()}", "--convert-to",
                        "doc:MS Word 97" if word else "xls:MS Excel 97", "--outdir", tmp, str(source)],
                       capture_output=True, timeout=300, check=False)
        made = source.with_suffix(path.suffix)
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
    "linked.ods": linked_ods,
    "linked.xlsx": linked_xlsx,
    "webpage.html": html_page,
    "webpage.xls": html_page,
}


def main(folder: Path, url: str) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for name, write in CANARIES.items():
        write(folder / name, url.rstrip("/"))
        written[name] = folder / name
    for name in ("word97.doc", "excel97.xls"):
        if saved_by_libreoffice(folder / name, url.rstrip("/")):
            written[name] = folder / name
    (folder / "links.txt").write_text(f"Action\tLead\tSource\nReview the policy\tAnn Lee\t{url}/txt-link\n",
                                      encoding="utf-8")
    written["links.txt"] = folder / "links.txt"
    return written


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
