"""Plans that print each action in a drawn box: the box is the record (normalise/boxrecords.py), in a
Word file's text boxes and shapes (extract/docx.py) and a PDF's framed rectangles (extract/pdfframes.py)."""
from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from planx.extract.docx import parse_docx
from planx.extract.model import Paragraph, RawDocument, Table
from planx.extract.pdfframes import frame_of, page_frames
from planx.normalise.boxrecords import read_box_records, read_card
from planx.pipeline import convert_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
VML = "urn:schemas-microsoft-com:vml"
TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
         'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')

# (area heading, [(ref, action, lead, due, status)]) as a plan prints them
PLAN = [("Priority 1 – Health and joint commissioning",
         [("1.1", "Appoint a designated clinical officer with protected time", "Head of SEND", "30/04/2026",
           "In progress"),
          ("1.2", "Publish a shared dashboard of performance data for the board", "Data Manager", "Ongoing",
           "Not started")]),
        ("Priority 2 – Identification and assessment",
         [("2.1", "Quality assure every new care plan before it is issued", "Principal Psychologist",
           "31/01/2026", "Complete"),
          ("2.2", "Introduce a graduated response toolkit for mainstream schools", "Inclusion Lead",
           "October 2025", "Delayed")])]


def p(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def box_lines(ref: str, action: str, lead: str, due: str, status: str) -> list[str]:
    return [p(ref, bold=True), p(action), p(f"Who: {lead}"), p(f"When: {due}"), p(f"Status: {status}")]


def wps_box(inner: str) -> str:
    """A DrawingML shape with its text box, VML again in the mc:Fallback (as Word writes it)."""
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData>'
            f'<wps:wsp xmlns:wps="{WPS}"><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:rect xmlns:v="{VML}"><v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:rect>'
            "</w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def vml_box(inner: str) -> str:
    """A rounded drawn shape holding text, VML alone (w:pict/v:roundrect/v:textbox)."""
    return (f'<w:r><w:pict><v:roundrect xmlns:v="{VML}" arcsize="8000f"><v:textbox><w:txbxContent>{inner}'
            "</w:txbxContent></v:textbox></v:roundrect></w:pict></w:r>")


def word_plan(path: Path, box: Callable[[str], str], plan: list = PLAN) -> Path:
    body = p("Eastholme Partnership") + p("Local Area Priority Action Plan", bold=True)
    for heading, actions in plan:
        body += p(heading, bold=True)
        for a in actions:
            body += f"<w:p>{box(''.join(box_lines(*a)))}</w:p>"  # one box per anchoring paragraph
    body += p("Progress is reported to the board each term.")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", TYPES)
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                   f'<w:document xmlns:w="{W}" xmlns:mc="{MC}"><w:body>{body}</w:body></w:document>')
    return path


def expected(plan: list = PLAN) -> list[tuple[str, ...]]:
    return [(str(k), area.split("– ")[1], action, lead, due, status)
            for k, (area, actions) in enumerate(plan, 1) for _, action, lead, due, status in actions]


def got(path: Path) -> list[tuple[str, ...]]:
    result = convert_file(path)
    return [(a.area_ref, a.area, a.action, a.lead, a.due_raw, a.status_raw) for a in result.actions]


def test_word_text_boxes_and_drawn_shapes_are_one_action_each(tmp_path: Path):
    for name, box in (("wps.docx", wps_box), ("vml.docx", vml_box)):
        path = word_plan(tmp_path / name, box)
        doc = parse_docx(path)
        # each box's paragraphs carry its number, once (the VML fallback copy is not read again)
        numbers = [b.box for b in doc.blocks if isinstance(b, Paragraph)]
        assert sorted(set(numbers) - {0}) == [1, 2, 3, 4] and numbers.count(1) == 5
        assert got(path) == expected(), name


def test_a_box_is_a_record_even_when_its_reference_names_no_action(tmp_path: Path):
    # a bare '1.1' over the action, labels the prose readers would not take for an action's
    path = word_plan(tmp_path / "bare.docx", vml_box)
    result = convert_file(path)
    assert [a.due_date for a in result.actions] == ["2026-04-30", "", "2026-01-31", "2025-10"]
    assert [a.status for a in result.actions] == ["in_progress", "not_started", "complete", "delayed"]


def test_read_card_parts_a_box_into_reference_action_and_labelled_fields():
    card = read_card(["Action 1.2", "Improve the timeliness of plans for children placed out of area Owner: Head of",
                      "Early Help", "Deadline: 27 February 2025", "Progress status: Not started"])
    assert card is not None
    assert card[0] == {"Ref": "1.2", "Action": "Improve the timeliness of plans for children placed out of area",
                       "Owner": "Head of Early Help", "Deadline": "27 February 2025",
                       "Progress status": "Not started"}
    assert card[1] == {"lead", "due", "status"}
    # a call-out naming one field is no card; nor is a box listing two records (a field named twice)
    assert read_card(["Note", "Contact: the SEND team for more information"]) is None
    assert read_card(["Review the policy", "Lead: Ann Lee", "Due: May 2025", "Lead: Bo Chan", "Due: June 2025"]) \
        is None


def paragraphs(*boxes: tuple[int, list[str]]) -> RawDocument:
    blocks = [Paragraph(text=t, page=1, line=k, box=box) for k, (box, lines) in enumerate(boxes) for t in lines]
    return RawDocument(path="x", name="x", format="docx", blocks=list(blocks))


def test_boxes_become_a_table_only_when_two_read_as_cards():
    card = ["1.1", "Review the admissions policy", "Lead: Ann Lee", "Due: May 2025"]
    one = paragraphs((0, ["Plan"]), (1, card), (0, ["Ends."]))
    assert read_box_records(one) is one  # one box of labelled lines may be a call-out
    two = read_box_records(paragraphs((0, ["Priority 1"]), (1, card), (2, ["1.2", "Train staff", "Lead: Bo Chan",
                                                                               "Due: June 2025"]), (0, ["Priority 2"]),
                                      (3, ["2.1", "Audit files", "Lead: Cy Dee", "Due: July 2025"])))
    kinds = [type(b).__name__ for b in two.blocks]
    assert kinds == ["Paragraph", "Table", "Paragraph", "Table"]  # a table per run of boxes, under its heading
    first = two.blocks[1]
    assert isinstance(first, Table)
    assert [c.text for c in first.rows[0].cells] == ["Ref", "Action", "Lead", "Due"]
    assert [c.text for c in first.rows[2].cells] == ["1.2", "Train staff", "Bo Chan", "June 2025"]


def pdf_plan(path: Path, framed: bool = True, rounded: bool = False) -> Path:
    """The plan as a word processor prints its boxes: numbered area headings in the body, each action's
    lines set close inside its box (the action's line and the owner's under it run on as one line of
    text), its opening line 'Action n.m'."""
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    y = height - 60
    c.setFont("Helvetica-Bold", 16)
    c.drawString(60, y, "Focused Visit Action Plan")
    y -= 40
    for n, (heading, actions) in enumerate(PLAN, 1):
        c.setFont("Helvetica-Bold", 12)
        c.drawString(60, y, f"{n}. {heading.split('– ')[1]}")
        y -= 26
        for ref, action, lead, due, status in actions:
            lines = [f"Action {ref}", action, f"Owner: {lead}", f"Deadline: {due}", f"Progress status: {status}"]
            top = y + 12
            bottom = y - 12 * (len(lines) - 1) - 8
            if framed:
                if rounded:
                    c.roundRect(54, bottom, width - 108, top - bottom, 6, stroke=1, fill=0)
                else:
                    c.rect(54, bottom, width - 108, top - bottom, stroke=1, fill=0)
            for k, line in enumerate(lines):
                c.setFont("Helvetica-Bold" if k == 0 else "Helvetica", 10)
                c.drawString(62, y, line)
                y -= 12
            y -= 30
    c.save()
    return path


def test_pdf_lines_inside_drawn_boxes_read_one_action_per_box(tmp_path: Path):
    for rounded in (False, True):
        assert got(pdf_plan(tmp_path / f"boxes{rounded}.pdf", rounded=rounded)) == expected(), rounded


def test_page_frames_keep_boxes_around_text_not_marks_or_a_page_border():
    page = (595.0, 842.0)
    box = {"object_type": "rect", "x0": 54, "top": 100, "x1": 540, "bottom": 180, "fill": True, "stroke": False}
    outline = {**box, "fill": False, "stroke": True}  # the same box drawn again: one frame
    dot = {**box, "x1": 70, "bottom": 116}  # a RAG dot: too narrow
    border = {**box, "top": 20, "bottom": 820}  # a border round the page sets nothing apart
    open_path = {"object_type": "curve", "x0": 54, "top": 200, "x1": 540, "bottom": 260, "fill": False,
                 "stroke": True, "pts": [(54, 200), (540, 200), (540, 260)]}  # a bracket, not a box
    frames = page_frames([box, outline, dot, border], [open_path], *page)
    assert frames == [(54.0, 100.0, 540.0, 180.0)]
    assert frame_of(frames, 62, 110) == 0 and frame_of(frames, 62, 190) == -1
