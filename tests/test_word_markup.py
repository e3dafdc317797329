"""Word markup as Word reads it: prefixes a part uses without declaring them (Word 2010+
extensions listed in mc:Ignorable), mc:AlternateContent, content controls (w:sdt) in the
body, rows and cells, nested tables, text boxes, tracked changes and fields; and parts that
are truly broken, which are still refused. Each case is a small .docx written here."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

import planx
from planx.extract.docx import parse_docx
from planx.extract.model import ExtractError, Paragraph, Table
from planx.extract.ooxml import Package

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
         'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/></Relationships>')


def document(body: str, *, declare: str = f' xmlns:mc="{MC}" xmlns:w14="{W14}"', ignorable: str = "w14") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"{declare}'
            f' mc:Ignorable="{ignorable}"><w:body>{body}</w:body></w:document>')


def docx(path: Path, body: str, *, styles: str | None = None, **kw: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", TYPES)
        z.writestr("word/document.xml", document(body, **kw))
        if styles is not None:
            z.writestr("word/styles.xml", styles)
            z.writestr("word/_rels/document.xml.rels", RELS)
    return path


def p(text: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def tc(*paragraphs: str) -> str:
    return "<w:tc>" + "".join(paragraphs or ("<w:p/>",)) + "</w:tc>"


def table(*rows: list[str]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"


def cells(doc_path: Path) -> list[list[str]]:
    doc = parse_docx(doc_path)
    return [[c.text for c in r.cells] for b in doc.blocks if isinstance(b, Table) for r in b.rows]


HEADINGS = [tc(p("Action")), tc(p("Lead")), tc(p("Target date"))]
PLAN_ROW = [tc(p("Audit every open case")), tc(p("Ann Lee")), tc(p("31/03/2025"))]

# a styles part as DfE templates carry it: w14 used on a style, never declared
STYLES_UNDECLARED = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}" '
                     f'xmlns:mc="{MC}" mc:Ignorable="w14 w15">'
                     '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
                     '<w:rPr><w14:ligatures w14:val="standardContextual"/></w:rPr></w:style>'
                     '<w:style w:type="paragraph" w:styleId="Heading1" w14:paraId="1A2B3C4D">'
                     '<w:name w:val="heading 1"/>'
                     '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>')


def test_a_styles_part_with_undeclared_w14_prefixes_is_read(tmp_path: Path):
    body = p("Improvement priorities", '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>') + table(HEADINGS, PLAN_ROW)
    doc = parse_docx(docx(tmp_path / "template.docx", body, styles=STYLES_UNDECLARED))
    first = doc.blocks[0]
    assert isinstance(first, Paragraph) and first.text == "Improvement priorities" and first.heading
    assert not doc.warnings
    planx.convert([tmp_path / "template.docx"], out=tmp_path / "out")
    assert "Audit every open case" in (tmp_path / "out" / "actions.csv").read_text(encoding="utf-8")


def test_a_document_part_with_undeclared_prefixes_on_its_paragraphs_is_read(tmp_path: Path):
    body = table(HEADINGS, [tc('<w:p w14:paraId="0F1E2D3C" w14:textId="77777777"><w:r><w:t>Audit every open case'
                               '</w:t></w:r></w:p>'), tc(p("Ann Lee")), tc(p("31/03/2025"))])
    path = docx(tmp_path / "paraids.docx", body, declare=f' xmlns:mc="{MC}"')
    assert cells(path)[1] == ["Audit every open case", "Ann Lee", "31/03/2025"]


@pytest.mark.parametrize("broken, why", [
    # an undeclared prefix and a tag left open: broken beyond a missing declaration
    (f'<w:styles xmlns:w="{W}"><w:style w14:paraId="1"><w:name w:val="x"></w:style></w:styles>', "not well-formed"),
    # the main prefix itself undeclared and the root never closed
    ("<w:styles><w:style/>", "not well-formed"),
    # an undeclared prefix beside an entity reference (the XXE vector stays refused)
    (f'<!DOCTYPE w [<!ENTITY x "y">]><w:styles xmlns:w="{W}"><w14:a>&x;</w14:a></w:styles>', "DOCTYPE/ENTITY"),
])
def test_parts_broken_beyond_a_missing_declaration_are_still_refused(tmp_path: Path, broken: str, why: str):
    body = p("Text", '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>')
    path = docx(tmp_path / "broken.docx", body, styles=broken)
    with pytest.raises(ExtractError, match=why):
        parse_docx(path)


def test_a_declaration_is_added_only_for_the_prefixes_missing():
    root = Package.parse(f'<w:a xmlns:w="{W}"><w14:b>t</w14:b><x9:c/></w:a>'.encode(), "part")
    assert root.nsmap["w14"] == W14  # Office's own namespace for a prefix Office writes
    assert root.nsmap["x9"] == "urn:planx:undeclared:x9"
    assert [el.text for el in root.iter(f"{{{W14}}}b")] == ["t"]


def test_alternate_content_shows_the_choice_word_takes(tmp_path: Path):
    chosen = (f'<mc:AlternateContent><mc:Choice Requires="w14">{table(HEADINGS, PLAN_ROW)}</mc:Choice>'
              f'<mc:Fallback>{table(HEADINGS, [tc(p("Fallback copy")), tc(p("x")), tc(p("y"))])}</mc:Fallback>'
              "</mc:AlternateContent>")
    fallback_only = (f'<mc:AlternateContent><mc:Fallback>{p("Only the fallback")}</mc:Fallback>'
                     "</mc:AlternateContent>")
    inline = ('<w:p><w:r><w:t xml:space="preserve">Due </w:t></w:r><mc:AlternateContent><mc:Choice Requires="w14">'
              '<w:r><w:t>March</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>Mar</w:t></w:r></mc:Fallback>'
              "</mc:AlternateContent><w:r><w:t xml:space=\"preserve\"> 2025</w:t></w:r></w:p>")
    doc = parse_docx(docx(tmp_path / "alt.docx", chosen + fallback_only + inline))
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert [[c.text for c in r.cells] for r in tables[0].rows][1] == ["Audit every open case", "Ann Lee",
                                                                       "31/03/2025"]
    assert len(tables) == 1
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == ["Only the fallback", "Due March 2025"]


def sdt(inner: str, placeholder: bool = False) -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return f'<w:sdt><w:sdtPr><w:alias w:val="Field"/>{shown}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'


def test_content_controls_in_the_body_rows_cells_and_runs_are_read(tmp_path: Path):
    inline = ('<w:p><w:r><w:t xml:space="preserve">Lead: </w:t></w:r>'
              + sdt('<w:r><w:t>Ann Lee</w:t></w:r>') + "</w:p>")
    body = sdt(table(HEADINGS,
                     [sdt(tc(p("Audit every open case"))), tc(inline), tc(sdt(p("31/03/2025")))])[:-len("</w:tbl>")]
               + sdt("<w:tr>" + tc(p("Train the managers")) + tc(p("Bo Chan")) + tc(p("June 2025")) + "</w:tr>")
               + "</w:tbl>")
    assert cells(docx(tmp_path / "sdt.docx", body))[1:] == [["Audit every open case", "Lead: Ann Lee", "31/03/2025"],
                                                             ["Train the managers", "Bo Chan", "June 2025"]]


def test_a_content_control_still_showing_its_prompt_is_no_text(tmp_path: Path):
    prompt = sdt('<w:r><w:t>Click or tap here to enter text.</w:t></w:r>', placeholder=True)
    body = table(HEADINGS, [tc(p("Audit every open case")), tc("<w:p>" + prompt + "</w:p>"),
                            tc(sdt(p("Click or tap to enter a date."), placeholder=True))])
    assert cells(docx(tmp_path / "prompt.docx", body))[1] == ["Audit every open case", "", ""]


def test_nested_tables_text_boxes_tracked_changes_and_fields(tmp_path: Path):
    nested = table([tc(p("Step 1")), tc(p("Jan 2025"))], [tc(p("Step 2")), tc(p("Mar 2025"))])
    textbox = (f'<w:p><w:r><w:t xml:space="preserve">See note </w:t></w:r><w:r><w:drawing><wp:inline '
               'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic '
               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData>'
               f'<wps:wsp xmlns:wps="{WPS}"><wps:txbx><w:txbxContent>{p("Boxed note")}</w:txbxContent></wps:txbx>'
               "</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>")
    tracked = ('<w:p><w:r><w:t xml:space="preserve">Audit </w:t></w:r><w:ins w:id="1" w:author="A"><w:r>'
               '<w:t xml:space="preserve">every </w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r>'
               '<w:delText xml:space="preserve">some </w:delText></w:r></w:del><w:r><w:t>open case</w:t></w:r></w:p>')
    field = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE '
             '\\@ "dd/MM/yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>'
             '31/03/2025</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
             '<w:p><w:fldSimple w:instr=" AUTHOR "><w:r><w:t>Ann Lee</w:t></w:r></w:fldSimple></w:p>')
    body = table(HEADINGS, [tc(tracked, nested), tc(textbox), tc(field)])
    row = cells(docx(tmp_path / "mixed.docx", body))[1]
    assert row == ["Audit every open case\nStep 1; Jan 2025\nStep 2; Mar 2025", "See note\nBoxed note",
                   "31/03/2025\nAnn Lee"]


def test_a_cell_whose_every_run_is_bold_is_marked_bold(tmp_path: Path):
    bold = '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Theme 1: Attendance</w:t></w:r></w:p>'
    mixed = ('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Autumn term </w:t></w:r>'
             '<w:r><w:t>Update the policy</w:t></w:r></w:p>')
    off = '<w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Ann Lee</w:t></w:r></w:p>'
    doc = parse_docx(docx(tmp_path / "bold.docx", table(HEADINGS, [tc(bold), tc(mixed), tc(off)])))
    [t] = [b for b in doc.blocks if isinstance(b, Table)]
    assert [c.bold for c in t.rows[1].cells] == [True, False, False]


# ---- text boxes and tables nested in a layout table, read as the page sets them out ----------------

VML = "urn:schemas-microsoft-com:vml"


def boxed(*blocks: str) -> str:
    """A paragraph anchoring a text box as Word writes one: the DrawingML shape in mc:Choice and the
    same box again as VML in mc:Fallback, for older readers."""
    inner = "".join(blocks)
    return ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData>'
            f'<wps:wsp xmlns:wps="{WPS}"><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shape xmlns:v="{VML}"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape>'
            "</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>")


def vml_boxed(*blocks: str) -> str:
    """A text box written as VML alone (w:pict), as older writers and generators do."""
    return (f'<w:p><w:r><w:pict><v:shape xmlns:v="{VML}"><v:textbox><w:txbxContent>{"".join(blocks)}'
            "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")


def test_text_boxes_in_the_body_are_read_once_as_paragraphs_and_tables_in_order(tmp_path: Path):
    first = boxed(p("Recommendation 1: Improve risk assessment"), table(HEADINGS, PLAN_ROW))
    second = vml_boxed(p("Recommendation 2: Meet education needs"),
                       table(HEADINGS, [tc(p("Second an education officer")), tc(p("Head of Service")),
                                        tc(p("October 2025"))]))
    doc = parse_docx(docx(tmp_path / "boxes.docx", p("Youth Justice Action Plan") + first + second + p("Ends.")))
    kinds = [(type(b).__name__, b.text if isinstance(b, Paragraph) else b.rows[1].cells[0].text)
             for b in doc.blocks]
    assert kinds == [("Paragraph", "Youth Justice Action Plan"),
                     ("Paragraph", "Recommendation 1: Improve risk assessment"),
                     ("Table", "Audit every open case"),
                     ("Paragraph", "Recommendation 2: Meet education needs"),
                     ("Table", "Second an education officer"),
                     ("Paragraph", "Ends.")]
    # a text box in a table cell stays a line of its cell
    assert cells(docx(tmp_path / "cellbox.docx", table(HEADINGS, [tc(boxed(p("Boxed"))), tc(p("x")), tc(p("y"))])))[1] \
        == ["Boxed", "x", "y"]


def banner_row(n: int, title: str, rows: list[list[str]]) -> list[str]:
    return [tc(p(f"Priority {n}"), p(title)), tc(table(HEADINGS, *rows), p(""))]


def test_plan_tables_nested_in_the_cells_of_a_layout_table_are_the_plan_under_their_banners(tmp_path: Path):
    outer = table([tc(p("Priority")), tc(p("What we will do"))],
                  banner_row(1, "Start for Life for every family", [PLAN_ROW, [tc(p("Open two hub spokes")),
                             tc(p("Hub Manager")), tc(p("31/10/2025"))]]),
                  banner_row(2, "Support for fathers", [[tc(p("Run a dads' group")), tc(p("Early Help Lead")),
                                                         tc(p("28/02/2026"))]]))
    doc = parse_docx(docx(tmp_path / "nested.docx", p("Family Hubs Delivery Plan 2025/26") + outer))
    seen = [(b.text, b.heading) if isinstance(b, Paragraph) else len(b.rows) for b in doc.blocks]
    assert seen == [("Family Hubs Delivery Plan 2025/26", False), ("Priority", False), ("What we will do", False),
                    ("Priority 1", True), ("Start for Life for every family", True), 3,
                    ("Priority 2", True), ("Support for fathers", True), 2]
    planx.convert([tmp_path / "nested.docx"], out=tmp_path / "out")
    import csv
    with open(tmp_path / "out" / "actions.csv", encoding="utf-8") as f:
        got = [(r["area_ref"], r["area"], r["action"], r["lead"]) for r in csv.DictReader(f)]
    assert got == [("1", "Start for Life for every family", "Audit every open case", "Ann Lee"),
                   ("1", "Start for Life for every family", "Open two hub spokes", "Hub Manager"),
                   ("2", "Support for fathers", "Run a dads' group", "Early Help Lead")]


def test_a_nested_table_heading_no_actions_stays_in_its_cell(tmp_path: Path):
    steps = table([tc(p("Milestone")), tc(p("By"))], [tc(p("Pilot in one team")), tc(p("May 2025"))])
    body = table(HEADINGS, [tc(p("Audit every open case"), steps), tc(p("Ann Lee")), tc(p("31/03/2025"))])
    assert cells(docx(tmp_path / "steps.docx", body))[1] == [
        "Audit every open case\nMilestone; By\nPilot in one team; May 2025", "Ann Lee", "31/03/2025"]
