"""Objectives written as Word's two-level bulleted forms, printed to PDF.

Shape (synthetic, after real public team reports of this shape): an objective's title line in italics,
then '• Why:' / '• How:' / '• Success looks like:' in bold after a Symbol bullet, each over nested items
whose bullet is Word's second-level 'o' set in Courier New; an update label may lose its colon
('• Autumn Update'); one label ('Objectives:') stands once over all the records. Three causes:
- a lone Courier 'o' is the bullet it draws ('◦'), not a word 'o' (else the layout reads as a table
  whose first column holds the bullets);
- a bold bulleted label under a regular title line changes weight at the line break, the bullet aside:
  a paragraph of its own, not the end of the title;
- a bulleted phrase that names a field by meaning and heads nested items is a label, colon or not; a
  label printed once above all the records does not take the first record's title as its value.
"""
from __future__ import annotations

import csv
from pathlib import Path

from planx.extract.model import Paragraph
from planx.extract.pdfgeom import Line, Word, courier_bullets
from planx.extract.pdfpage import paragraphs_of
from planx.normalise.headers import classify
from planx.normalise.labelforms import read_label_forms

_RECORDS = [
    ("Grow attendance at the weekly community workshops",
     ["Residents asked for more evening sessions"],
     ["Run two extra sessions each month", "Advertise the sessions through local libraries"],
     ["Attendance up by a fifth on last year", "Feedback forms rate the sessions well"],
     ["Two extra sessions were run in October"]),
    ("Refresh the volunteer induction pack",
     ["New volunteers found the current pack out of date"],
     ["Review each section with the volunteer leads", "Publish the revised pack online"],
     ["A revised pack in use by all new volunteers"],
     ["The review of the first three sections is complete"]),
    ("Move the booking system to the shared platform",
     ["The old booking tool is no longer supported"],
     ["Map the current booking workflow", "Train staff on the shared platform"],
     ["All bookings taken through the shared platform"],
     ["The workflow has been mapped and agreed"]),
]


def _pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=letter)
    y = [740.0]

    def line(x: float, font: str, text: str, bullet: tuple[float, str, str] | None = None) -> None:
        if y[0] < 72:
            c.showPage()
            y[0] = 740.0
        if bullet is not None:
            c.setFont(bullet[1], 11)
            c.drawString(bullet[0], y[0], bullet[2])
        c.setFont(font, 11)
        c.drawString(x, y[0], text)
        y[0] -= 15

    line(72, "Helvetica-Bold", "Community Services Team 2025 Overview")
    y[0] -= 12
    line(72, "Helvetica-Bold", "Objectives:")
    y[0] -= 12
    for title, why, how, success, update in _RECORDS:
        line(90, "Helvetica-Oblique", title)
        for label, items in (("Why:", why), ("How:", how), ("Success looks like:", success),
                             ("Autumn Update", update)):
            line(108, "Helvetica-Bold", label, (90, "Helvetica", "\u2022"))
            for item in items:
                line(144, "Helvetica", item, (126, "Courier", "o"))
        y[0] -= 10
    c.save()
    return path


def test_a_lone_courier_o_is_a_bullet_a_letter_in_a_word_is_not():
    def ch(text: str, x0: float, font: str = "Courier") -> dict[str, object]:
        return {"text": text, "x0": x0, "x1": x0 + 6.6, "top": 100.0, "bottom": 111.0, "size": 11.0, "fontname": font}
    chars = [ch("o", 126.0), ch("T", 144.0, "Arial"), ch("f", 200.0), ch("o", 206.6), ch("o", 213.2),
             ch("o", 300.0, "Arial")]
    courier_bullets(chars)  # type: ignore[arg-type]
    assert [c["text"] for c in chars] == ["\u25e6", "T", "f", "o", "o", "o"]


def _line(words: list[tuple[str, float, bool]], top: float) -> Line:
    ws = [Word(t, x, x + 6.0 * len(t), top, top + 11.0, 11.0, bold=b) for t, x, b in words]
    return Line(ws, top, top + 11.0, 11.0, [ws])


def test_a_bold_bulleted_label_under_a_regular_title_is_a_paragraph_of_its_own():
    title = _line([("Refresh", 90.0, False), ("the", 140.0, False), ("pack", 165.0, False)], 100.0)
    label = _line([("\u2022", 90.0, False), ("Why:", 108.0, True)], 115.0)
    assert [p[1] for p in paragraphs_of([title, label], 792.0)] == ["Refresh the pack", "\u2022 Why:"]


def test_a_bulleted_phrase_over_nested_items_is_a_label_without_its_colon():
    blocks: list[Paragraph] = [Paragraph("Objectives:", 1, 1)]
    for n, (title, why, how, success, update) in enumerate(_RECORDS):
        blocks.append(Paragraph(title, 1, 10 * n + 2))
        for label, items in (("Why:", why), ("How:", how), ("Success looks like:", success), ("Autumn Update", update)):
            blocks.append(Paragraph(f"\u2022 {label}", 1, 10 * n + 3))
            blocks += [Paragraph(f"\u25e6 {item}", 1, 10 * n + 4, level=1) for item in items]
    forms = read_label_forms(blocks, classify)
    assert forms is not None
    assert forms.fields.get("autumn update") == "progress" and forms.fields.get("success looks like") == "measure"
    assert "a title over each record names its action" in forms.why
    assert sum(len(rs) for rs in forms.records.values()) == 3


def test_word_bulleted_objectives_in_a_pdf_read_as_actions_with_their_measures(tmp_path: Path):
    import planx
    src = tmp_path / "in"
    src.mkdir()
    _pdf(src / "community_services_team_report_2025.pdf")
    planx.convert([str(src)], out=str(tmp_path / "out"))
    with open(tmp_path / "out" / "actions.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [r["action"] for r in rows] == [r[0] for r in _RECORDS]
    assert rows[0]["measure"] == "Attendance up by a fifth on last year; Feedback forms rate the sessions well"
    assert rows[1]["progress"].startswith("The review of the first three sections")
