"""PowerPoint decks (extract/pptx.py): a plan table a slide, carried on over the next slide under its
heading row, RAG only as the cells' fill; a titled slide of bulleted actions with '(Lead: …, by …)';
a deck of charts and prose that is no plan; bad files. Decks built here with python-pptx (our own
sentences), converted end to end."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

pptx = pytest.importorskip("pptx")

from pptx import Presentation  # noqa: E402
from pptx.chart.data import CategoryChartData  # noqa: E402
from pptx.dml.color import RGBColor  # noqa: E402
from pptx.enum.chart import XL_CHART_TYPE  # noqa: E402
from pptx.util import Emu, Inches, Pt  # noqa: E402

import planx  # noqa: E402
from planx.extract import extract  # noqa: E402
from planx.extract.model import ExtractError, Paragraph, Table  # noqa: E402
from planx.extract.pptx import Placed, reading_order  # noqa: E402

RED, AMBER, GREEN = RGBColor(0xFF, 0x00, 0x00), RGBColor(0xFF, 0xC0, 0x00), RGBColor(0x00, 0xB0, 0x50)
HEAD = ["Action", "Lead", "Due date", "RAG"]
ROWS = [
    ("Publish a single referral form for partner agencies", "Ana Morris", "March 2025", GREEN),
    ("Train front-door staff in the new threshold guidance", "Ben Okafor", "June 2025", AMBER),
    ("Audit fifty early help assessments each quarter", "Cara Singh", "September 2025", RED),
    ("Recruit two family support workers for the east locality", "Dev Patel", "December 2025", GREEN),
]


def _wide() -> Presentation:
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    return deck


def _table_slide(deck: Presentation, title: str, rows: list[tuple[str, str, str, RGBColor]]) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[5])  # 'Title Only'
    slide.shapes.title.text = title
    shape = slide.shapes.add_table(len(rows) + 1, len(HEAD), Inches(0.5), Inches(1.6), Inches(12), Inches(4))
    table = shape.table
    for col, text in enumerate(HEAD):
        table.cell(0, col).text = text
    for r, (action, lead, due, rag) in enumerate(rows, 1):
        for col, text in enumerate((action, lead, due, "")):
            table.cell(r, col).text = text
        cell = table.cell(r, 3)
        cell.fill.solid()
        cell.fill.fore_color.rgb = rag


def table_deck(path: Path) -> Path:
    """A plan table over two slides, its heading row printed again on the second; RAG only by fill."""
    deck = _wide()
    cover = deck.slides.add_slide(deck.slide_layouts[0])
    cover.shapes.title.text = "Early Help Improvement Plan 2025"
    cover.placeholders[1].text = "Progress report to the partnership board"
    _table_slide(deck, "1. Strengthen the front door", ROWS[:2])
    _table_slide(deck, "1. Strengthen the front door (continued)", ROWS[2:])
    deck.save(str(path))
    return path


BULLETS = {
    "Priority 2: Quality of practice": [
        ("Review the quality assurance framework with partners", "Lead: Erin Walsh, by March 2025"),
        ("Launch a practice week for all social workers", "Lead: Femi Adeyemi, by May 2025"),
        ("Report audit findings to the safeguarding board quarterly", "Lead: Gail Hart, by July 2025")],
    "Priority 3: Learning culture": [
        ("Hold monthly reflective sessions in every team", "Lead: Hana Ito, by April 2025"),
        ("Publish a learning briefing after each case review", "Lead: Ivan Rossi, by June 2025"),
        ("Offer every new manager a mentor from another service", "Lead: Jo Bell, by October 2025")],
}


def bullet_deck(path: Path) -> Path:
    """Titled slides of bulleted actions, each closing with '(Lead: X, by Month Year)'."""
    deck = _wide()
    for title, bullets in BULLETS.items():
        slide = deck.slides.add_slide(deck.slide_layouts[1])  # 'Title and Content': a bulleted body
        slide.shapes.title.text = title
        frame = slide.placeholders[1].text_frame
        frame.text = "Actions"
        for action, lead in bullets:
            para = frame.add_paragraph()
            para.text = f"{action} ({lead})"
            para.level = 1
    deck.save(str(path))
    return path


def chart_deck(path: Path) -> Path:
    """A deck that is no plan: a chart of figures and slides of prose."""
    deck = _wide()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Referrals this year"
    data = CategoryChartData()
    data.categories = ["Q1", "Q2", "Q3", "Q4"]
    data.add_series("Referrals", (120, 135, 128, 142))
    slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, Inches(1), Inches(1.5), Inches(8), Inches(5), data)
    for title, text in (("About the service", "The service supports families across the borough. It was "
                         "founded in 2012 and has grown every year since."),
                        ("Our team", "Twelve practitioners work from three family hubs, with a duty line "
                         "open on weekdays.")):
        prose = deck.slides.add_slide(deck.slide_layouts[5])
        prose.shapes.title.text = title
        box = prose.shapes.add_textbox(Inches(1), Inches(2), Inches(10), Inches(3))
        box.text_frame.text = text
    deck.save(str(path))
    return path


# ---- extract: the raw document -------------------------------------------------------------------

def test_tables_give_cells_fills_and_slide_pages(tmp_path: Path) -> None:
    raw = extract(table_deck(tmp_path / "plan.pptx"))
    tables = [b for b in raw.blocks if isinstance(b, Table)]
    assert [t.page for t in tables] == [2, 3]
    assert tables[0].rows[0].texts() == HEAD
    assert tables[0].rows[1].cells[3].fill == "#00b050"
    assert tables[1].rows[1].cells[3].fill == "#ff0000"
    titles = [b for b in raw.blocks if isinstance(b, Paragraph) and b.heading]
    assert [t.text for t in titles][:2] == ["Early Help Improvement Plan 2025", "1. Strengthen the front door"]
    assert all(t.rank == 1 and t.size >= 30 for t in titles)  # the master's title size (44pt by default)
    assert raw.pages == 3 and raw.page_sizes[2][0] > raw.page_sizes[2][1]  # landscape, in points
    # the title slide's layout sets its subtitle no bullet (a:buNone in the layout placeholder's list
    # style), over the master's bulleted body style
    subtitle = next(b for b in raw.blocks if isinstance(b, Paragraph) and b.page == 1 and not b.heading)
    assert subtitle.text == "Progress report to the partnership board"


def test_body_placeholder_paragraphs_are_bulleted_with_levels(tmp_path: Path) -> None:
    raw = extract(bullet_deck(tmp_path / "bullets.pptx"))
    items = [b for b in raw.blocks if isinstance(b, Paragraph) and b.page == 1 and not b.heading]
    assert items[0].text == "• Actions" and items[0].level == 0
    assert items[1].text.startswith("• Review the quality") and items[1].level == 1


def test_merged_cells_read_as_spans(tmp_path: Path) -> None:
    deck = _wide()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    table = slide.shapes.add_table(3, 3, Inches(1), Inches(1), Inches(8), Inches(3)).table
    table.cell(0, 0).merge(table.cell(0, 1))  # a banner over two columns
    table.cell(1, 2).merge(table.cell(2, 2))  # a cell merged down over two rows
    for r in range(3):
        for c in range(3):
            if not table.cell(r, c).is_spanned:
                table.cell(r, c).text = f"r{r}c{c}"
    deck.save(str(tmp_path / "merged.pptx"))
    rows = next(b for b in extract(tmp_path / "merged.pptx").blocks if isinstance(b, Table)).rows
    assert [(c.text, c.col, c.colspan) for c in rows[0].cells] == [("r0c0", 0, 2), ("r0c2", 2, 1)]
    below = rows[2].cells[2]
    assert rows[1].cells[2].rowspan == 2 and below.merged_above and below.text == "r1c2"


def test_shapes_read_top_to_bottom_then_left_to_right() -> None:
    el = None  # (the order looks at places and kinds only)
    inch = 914400
    right_top, left_top = Placed(el, 7 * inch, inch, ""), Placed(el, inch, inch + 20000, "")  # type: ignore[arg-type]
    below, title = Placed(el, 0, 4 * inch, ""), Placed(el, 0, 3 * inch, "title")  # type: ignore[arg-type]
    # two boxes whose tops are a hair apart sit side by side: the left one first, though a hair lower
    assert reading_order([below, right_top, title, left_top], 7 * inch) == [title, left_top, right_top, below]


def test_text_boxes_read_in_slide_order_notes_and_footers_set_apart(tmp_path: Path) -> None:
    deck = _wide()
    slide = deck.slides.add_slide(deck.slide_layouts[6])  # blank
    for x, y, text in ((Inches(7), Inches(1), "Next steps"), (Inches(1), Inches(4), "Risks"),
                       (Inches(1), Inches(1), "Key accomplishments")):
        slide.shapes.add_textbox(x, y, Inches(4), Inches(1)).text_frame.text = text
    slide.notes_slide.notes_text_frame.text = "Presenter: mention the funding bid"
    deck.save(str(tmp_path / "boxes.pptx"))
    raw = extract(tmp_path / "boxes.pptx")
    assert [b.text for b in raw.blocks if isinstance(b, Paragraph)] == ["Key accomplishments", "Next steps", "Risks"]
    assert ("Presenter: mention the funding bid", "speaker notes", 1, 0) in raw.aside


# ---- end to end -------------------------------------------------------------------------------------

def test_plan_table_across_two_slides(tmp_path: Path) -> None:
    result = planx.convert_file(str(table_deck(tmp_path / "plan.pptx")))
    assert result.status in ("ok", "partial"), result.error
    got = [(a.action, a.lead, a.due_date, a.rag) for a in result.actions]
    assert got == [(action, lead, due, rag) for (action, lead, _, _), due, rag in zip(
        ROWS, ["2025-03", "2025-06", "2025-09", "2025-12"], ["green", "amber", "red", "green"], strict=True)]
    assert all(a.page in (2, 3) for a in result.actions)


def test_bulleted_actions_under_slide_titles(tmp_path: Path) -> None:
    result = planx.convert_file(str(bullet_deck(tmp_path / "bullets.pptx")))
    assert result.status in ("ok", "partial"), result.error
    assert len(result.actions) == 6
    first = result.actions[0]
    assert first.action.startswith("Review the quality assurance framework")
    assert result.actions[4].lead == "Ivan Rossi" and result.actions[4].due_date == "2025-06"
    assert first.lead == "Erin Walsh" and first.due_date == "2025-03"
    assert "Quality of practice" in first.area and result.actions[3].area.endswith("Learning culture")


def test_a_deck_of_charts_and_prose_gives_no_actions(tmp_path: Path) -> None:
    result = planx.convert_file(str(chart_deck(tmp_path / "charts.pptx")))
    assert result.actions == []


def test_bad_decks_get_clear_errors(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.pptx"
    corrupt.write_bytes(table_deck(tmp_path / "good.pptx").read_bytes()[:2000])
    with pytest.raises(ExtractError, match="corrupt PowerPoint presentation"):
        extract(corrupt)
    result = planx.convert_file(str(corrupt))
    assert result.status == "failed" and "corrupt PowerPoint presentation" in result.error
    encrypted = tmp_path / "locked.pptx"  # what Office writes for a password: an OLE file, EncryptedPackage
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 200 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(ExtractError, match="password-protected"):
        extract(encrypted)
    word = tmp_path / "word.pptx"
    with zipfile.ZipFile(word, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ExtractError, match="Word document named .pptx"):
        extract(word)


def test_slide_part_with_a_doctype_is_refused(tmp_path: Path) -> None:
    good = table_deck(tmp_path / "good.pptx")
    bad = tmp_path / "xxe.pptx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "ppt/slides/slide2.xml":
                data = data.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', 1)
            dst.writestr(info, data)
    with pytest.raises(ExtractError, match="DOCTYPE"):
        extract(bad)


def test_emu_sizes_are_points() -> None:
    assert Emu(Pt(10)) == 127000  # the unit the reader divides by (EMU_PER_POINT)


def test_odp_reads_through_libreoffice(tmp_path: Path) -> None:
    """An OpenDocument deck (.odp, and so .ppt) goes to .pptx with LibreOffice and reads the same."""
    from planx.extract.legacy import convert_to_docx, find_soffice
    soffice = find_soffice()
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    work = tmp_path / "work"
    work.mkdir()
    odp = convert_to_docx(table_deck(tmp_path / "plan.pptx"), work, soffice, to="odp:impress8")
    result = planx.convert_file(str(odp))
    assert result.format == "odp" and result.status in ("ok", "partial"), result.error
    assert [(a.lead, a.rag) for a in result.actions] == [("Ana Morris", "green"), ("Ben Okafor", "amber"),
                                                         ("Cara Singh", "red"), ("Dev Patel", "green")]


def test_the_sample_deck_matches_its_truth() -> None:
    """samples/pptx_progress_deck_2025.pptx (samples/make_pptx_samples.py), field by field."""
    import json
    sample = Path(__file__).resolve().parents[1] / "samples" / "pptx_progress_deck_2025.pptx"
    truth = json.loads(sample.with_name(sample.name + ".truth.json").read_text(encoding="utf-8"))
    result = planx.convert_file(str(sample))
    assert result.title == truth["title"] and result.format == "pptx"
    got = [{k: getattr(a, k) for k in want} for a, want in zip(result.actions, truth["actions"], strict=False)]
    assert got == truth["actions"] and len(result.actions) == len(truth["actions"])


def test_impress_is_looked_for_beside_soffice(tmp_path: Path) -> None:
    from planx.extract.legacy import impress_installed
    program = tmp_path / "program"
    program.mkdir()
    (program / "soffice").write_text("")
    assert not impress_installed(str(program / "soffice"))  # Debian's soffice without Impress loads no deck
    (program / "libsdfiltlo.so").write_text("")
    assert impress_installed(str(program / "soffice"))


def test_numbered_paragraphs_print_their_numbers(tmp_path: Path) -> None:
    """a:buAutoNum: the numbers PowerPoint prints ('1. ', 'a) '), counted per level, afresh under each item."""
    from lxml import etree
    deck = _wide()
    frame = deck.slides.add_slide(deck.slide_layouts[6]).shapes.add_textbox(
        Inches(1), Inches(1), Inches(8), Inches(4)).text_frame
    for k, (text, level, scheme) in enumerate([("Plan", 0, "arabicPeriod"), ("Step", 1, "alphaLcParenR"),
                                               ("Step", 1, "alphaLcParenR"), ("Do", 0, "arabicPeriod"),
                                               ("Step", 1, "alphaLcParenR")]):
        para = frame.paragraphs[0] if k == 0 else frame.add_paragraph()
        para.text, para.level = text, level
        ppr = para._p.get_or_add_pPr()
        etree.SubElement(ppr, "{http://schemas.openxmlformats.org/drawingml/2006/main}buAutoNum", type=scheme)
    deck.save(str(tmp_path / "numbered.pptx"))
    texts = [b.text for b in extract(tmp_path / "numbered.pptx").blocks if isinstance(b, Paragraph)]
    assert texts == ["1. Plan", "a) Step", "b) Step", "2. Do", "a) Step"]


def test_a_group_lays_its_shapes_out_where_the_slide_shows_them(tmp_path: Path) -> None:
    """A group's children are placed through its transform: a group low on the slide reads after a box
    above it, though its children's own offsets are small."""
    deck = _wide()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    group = slide.shapes.add_group_shape()
    group.shapes.add_textbox(Inches(0), Inches(0), Inches(3), Inches(1)).text_frame.text = "Grouped left"
    group.shapes.add_textbox(Inches(4), Inches(0), Inches(3), Inches(1)).text_frame.text = "Grouped right"
    slide.shapes.add_textbox(Inches(1), Inches(1), Inches(3), Inches(1)).text_frame.text = "Above"
    xfrm = group._element.grpSpPr.get_or_add_xfrm()
    xfrm.get_or_add_off().y = Inches(5)  # the group moved down; its child space stays at the top
    deck.save(str(tmp_path / "group.pptx"))
    texts = [b.text for b in extract(tmp_path / "group.pptx").blocks if isinstance(b, Paragraph)]
    assert texts == ["Above", "Grouped left", "Grouped right"]


def shape_grid_deck(path: Path) -> Path:
    """A plan table drawn with shapes: a text box per cell, rows of them side by side, the RAG a dot
    (an ellipse filled red, amber or green); a goal line above it stays a paragraph."""
    from pptx.enum.shapes import MSO_SHAPE
    deck = _wide()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Workstream 1: Strengthen the front door"
    slide.shapes.add_textbox(Inches(0.5), Inches(1.3), Inches(12), Inches(0.4)).text_frame.text = \
        "Goal: every family gets the right help first time"
    lefts = [Inches(0.5), Inches(7.0), Inches(9.4), Inches(11.8)]
    widths = [Inches(6.3), Inches(2.2), Inches(2.2), Inches(0.4)]
    for r, row in enumerate([(*HEAD[:3], "RAG"), *[(a, lead, due, rag) for a, lead, due, rag in ROWS]]):
        top = Inches(2.0 + 0.8 * r)
        for c, value in enumerate(row):
            if c == 3 and r > 0:
                dot = slide.shapes.add_shape(MSO_SHAPE.OVAL, lefts[c], top + Inches(0.1), Inches(0.3), Inches(0.3))
                dot.fill.solid()
                dot.fill.fore_color.rgb = value
                continue
            slide.shapes.add_textbox(lefts[c], top, widths[c], Inches(0.5)).text_frame.text = str(value)
    deck.save(str(path))
    return path


def test_a_table_drawn_with_shapes_reads_as_a_table_with_its_dots_as_fills(tmp_path: Path) -> None:
    raw = extract(shape_grid_deck(tmp_path / "grid.pptx"))
    kinds = [type(b).__name__ for b in raw.blocks]
    assert kinds == ["Paragraph", "Paragraph", "Table"]  # the title, the goal line above the grid, the grid
    rows = raw.blocks[2].rows  # type: ignore[union-attr]
    assert rows[0].texts() == ["Action", "Lead", "Due date", "RAG"]
    assert [(c.col, c.text, c.fill) for c in rows[3].cells][2:] == [(2, "September 2025", None), (3, "", "#ff0000")]
    result = planx.convert_file(str(tmp_path / "grid.pptx"))
    assert [(a.lead, a.due_date, a.rag) for a in result.actions] == [
        ("Ana Morris", "2025-03", "green"), ("Ben Okafor", "2025-06", "amber"), ("Cara Singh", "2025-09", "red"),
        ("Dev Patel", "2025-12", "green")]


def test_boxes_that_do_not_line_up_as_a_table_stay_paragraphs(tmp_path: Path) -> None:
    """Two rows of boxes side by side (accomplishments | next steps) are no table: a grid needs three."""
    deck = _wide()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    for r, (left, right) in enumerate([("Key accomplishments", "Next steps"), ("Hub opened", "Recruit staff")]):
        for c, text in enumerate((left, right)):
            slide.shapes.add_textbox(Inches(1 + 6 * c), Inches(1 + r), Inches(5), Inches(0.6)).text_frame.text = text
    deck.save(str(tmp_path / "two.pptx"))
    raw = extract(tmp_path / "two.pptx")
    assert all(isinstance(b, Paragraph) for b in raw.blocks) and len(raw.blocks) == 4
