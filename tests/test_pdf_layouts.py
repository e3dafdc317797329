"""Plan PDFs drawn the ways other tools draw them (samples/make_pdf_layouts.py): coloured marks
for a RAG, several small tables under priority headings, a text layer without spaces, one text
object per word, two heading levels, landscape trackers. End to end against the truth each file
is drawn with; and the graphics rules that read marks (extract/pdfrules.py)."""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

import planx
from planx.extract.pdfrules import is_mark, page_fills, page_rulings
from samples.make_pdf_layouts import main as make_layouts

FIELDS = ("area_ref", "area", "lead", "due_raw", "due_date", "status_raw", "rag_raw", "rag", "progress")


def circle(x: float, top: float, r: float, colour: tuple[float, ...], stroke: bool = False) -> dict[str, Any]:
    """A curve as pdfplumber gives a dot: four Bézier arcs, their control points in `pts`."""
    k = 0.552 * r
    cx, cy = x + r, top + r
    pts = [(cx + r, cy), (cx + r, cy + k), (cx + k, cy + r), (cx, cy + r), (cx - k, cy + r), (cx - r, cy + k),
           (cx - r, cy), (cx - r, cy - k), (cx - k, cy - r), (cx, cy - r), (cx + k, cy - r), (cx + r, cy - k),
           (cx + r, cy)]
    return {"object_type": "curve", "x0": x, "x1": x + 2 * r, "top": top, "bottom": top + 2 * r, "pts": pts,
            "fill": True, "stroke": stroke, "non_stroking_color": colour}


def test_a_filled_dot_is_a_mark_not_a_ruling() -> None:
    dot = circle(100, 200, 4, (0.0, 0.69, 0.31))
    assert is_mark(dot)
    assert page_rulings([], [], [dot]) == []
    fills = page_fills([], [dot])
    assert fills == [{"x0": 100, "top": 200, "x1": 108, "bottom": 208, "colour": "#00b04f", "mark": True}]


def test_stroked_or_square_paths_are_not_marks() -> None:
    """A stroked outline is drawn lines; a filled path of axis-aligned pieces only is how some
    producers draw a grid's borders: both stay rulings."""
    assert not is_mark(circle(100, 200, 4, (1.0, 0.0, 0.0), stroke=True))
    border = {"object_type": "curve", "x0": 50, "x1": 300, "top": 100, "bottom": 100.5, "fill": True, "stroke": False,
              "pts": [(50, 100), (300, 100), (300, 100.5), (50, 100.5), (50, 100)], "non_stroking_color": (0,)}
    assert not is_mark(border)
    assert page_fills([], [border]) == []
    assert page_rulings([], [], [border])


def _capsule(c: Any, x: float, y: float, length: float, thick: float, down: bool = False) -> None:
    """A filled rule with rounded ends as a diagram tool draws an arrow's shaft: two long straight
    sides and each end a half circle flattened into pieces a fraction of a point long."""
    r = thick / 2
    ends = [(length - r, 0.0, -90.0), (r, 0.0, 90.0)]  # (centre along, across, start angle), each a half turn
    pts = []
    for along, _, start in ends:
        for k in range(5):
            a = math.radians(start + 45 * k)
            pts.append((along + r * math.cos(a), r + r * math.sin(a)))
    path = c.beginPath()
    for k, (u, v) in enumerate([*pts, pts[0]]):
        px, py = (x + v, y + u) if down else (x + u, y + v)
        (path.moveTo if k == 0 else path.lineTo)(px, py)
    c.drawPath(path, stroke=0, fill=1)


def _dot(c: Any, x: float, y: float, d: float = 3.75, pieces: int = 16) -> None:
    path = c.beginPath()
    for k in range(pieces + 1):
        a = 2 * math.pi * k / pieces
        (path.moveTo if k == 0 else path.lineTo)(x + d / 2 * (1 + math.cos(a)), y + d / 2 * (1 + math.sin(a)))
    c.drawPath(path, stroke=0, fill=1)


def test_a_thin_rule_with_rounded_ends_is_a_ruling_not_a_mark(tmp_path: Path) -> None:
    """A capsule 0.7 pt thick (an arrow's shaft, across or down) is a rule, however small its round
    caps' pieces; a bullet dot of the same tiny pieces, as wide as tall, is a mark."""
    pytest.importorskip("reportlab")
    import pdfplumber
    from reportlab.pdfgen import canvas
    pdf = tmp_path / "diagram.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(300, 300))
    _capsule(c, 50, 200, 17.0, 0.72)
    _capsule(c, 150, 100, 23.0, 0.72, down=True)
    _dot(c, 200, 200)
    c.save()
    with pdfplumber.open(pdf) as doc:
        curves = doc.pages[0].curves
    shafts = [s for s in curves if s["x1"] - s["x0"] > 10 or s["bottom"] - s["top"] > 10]
    dots = [s for s in curves if s not in shafts]
    assert len(shafts) == 2 and len(dots) == 1
    assert not any(is_mark(s) for s in shafts)
    # each shaft's two long sides are rules (merged into one by the table finder's snap)
    assert sorted(e["orientation"] for e in page_rulings([], [], shafts)) == ["h", "h", "v", "v"]
    assert is_mark(dots[0])
    assert page_rulings([], [], dots) == []


@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("layouts")
    make_layouts(folder, per_style=1, seed=5, styles=["shapes", "multi", "chars", "words", "stacked", "tracker"])
    return folder


def wrong_fields(pdf: Path) -> list[str]:
    """The truth's fields the conversion gets wrong, as 'action | field: want != got'."""
    truth = json.loads(Path(f"{pdf}.truth.json").read_text(encoding="utf-8"))["actions"]
    result = planx.convert_file(pdf)
    got = {" ".join(a.action.split()): a for a in result.actions}
    wrong = []
    for t in truth:
        a = got.get(" ".join(t["action"].split()))
        if a is None:
            wrong.append(f"{t['action']} | missing")
            continue
        for f in FIELDS:
            if f in t:
                value = getattr(a, f) or None
                value = getattr(value, "value", value)
                want = t[f]
                if value != want and not (isinstance(value, str) and isinstance(want, str)
                                          and " ".join(value.split()).casefold() == " ".join(want.split()).casefold()):
                    wrong.append(f"{t['action'][:40]} | {f}: {want!r} != {value!r}")
    assert len(result.actions) == len(truth)
    return wrong


@pytest.mark.parametrize("style", ["shapes", "multi", "chars", "words", "stacked", "tracker"])
def test_plan_pdfs_drawn_other_ways(drawn: Path, style: str) -> None:
    pdf = next(drawn.glob(f"{style}_*.pdf"))
    assert wrong_fields(pdf) == []
