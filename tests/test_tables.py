"""`planx tables`: DIR/NAME.tables.json in the format ../shared/score_tables.py reads."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("reportlab")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="module")
def tables_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from samples.make_pdf_samples import main
    folder = tmp_path_factory.mktemp("pdfs")
    main(folder)
    out = tmp_path_factory.mktemp("tables")
    done = subprocess.run([sys.executable, "-m", "planx", "tables", str(folder / "ruled_tracker.pdf"),
                           str(folder / "borderless_plan.pdf"), str(folder / "locked.pdf"), "-o", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1, done.stderr  # a PDF could not be read (planx tables --help)
    assert "failed  locked.pdf: encrypted" in done.stdout and "2 PDF(s) written" in done.stdout
    return out


def test_format(tables_dir: Path) -> None:
    """One entry per table and page, as printed (a heading row repeated on the next page and a
    row cut by the break kept there: the plan rules get the row joined again); the entries of a
    table that goes on over a page share its number."""
    tables = json.loads((tables_dir / "ruled_tracker.tables.json").read_text(encoding="utf-8"))
    assert [(t["page"], t["table"], t["continued"]) for t in tables] == [(1, 1, False), (2, 1, True), (2, 2, False)]
    first = tables[0]["rows"]
    assert first[0] == ["Ref", "Action", "Lead", "Target date", "Status", "RAG"]
    assert len(first) == 5  # heading + 1.1 … 1.4
    assert first[4][1] == "Train every case worker in restorative"  # the rest of the row is on page 2
    second = tables[1]["rows"]
    assert second[0] == first[0]  # the heading repeated
    assert second[1][:2] == ["", "approaches and record the outcomes"] and second[2][0] == "1.5"
    assert all(len(r) == 6 for t in tables for r in t["rows"])
    assert all(t["ruled"] and 0.0 <= t["confidence"] <= 1.0 and t["evidence"]["rows"] == "rulings" for t in tables)


def test_borderless(tables_dir: Path) -> None:
    tables = json.loads((tables_dir / "borderless_plan.tables.json").read_text(encoding="utf-8"))
    assert len(tables) == 1
    rows = tables[0]["rows"]
    assert rows[0] == ["Action", "Lead", "Due date", "Status"] and len(rows) == 4


def test_spanning_cells() -> None:
    from planx.extract.pdf import Stitched, table_json
    from planx.extract.pdftables import GridCell
    t = Stitched(1, [(1, [GridCell(0, 0, 1, 2, "Both"), GridCell(0, 2, 2, 1, "Down")], False),
                     (1, [GridCell(1, 0, 1, 1, "a"), GridCell(1, 1, 1, 1, "b")], False)], 3, [], True)
    [entry] = table_json(t)
    assert entry["rows"] == [[{"text": "Both", "rowspan": 1, "colspan": 2}, None,
                              {"text": "Down", "rowspan": 2, "colspan": 1}], ["a", "b", None]]


def test_big_ruled_spans_written_as_pdfplumber_writes_them() -> None:
    """A ruled banner across four columns: its text in its first place, the others empty (as
    pdfplumber and tabula give merged cells); a heading over two columns keeps its span."""
    from planx.extract.pdf import Stitched, table_json
    from planx.extract.pdftables import GridCell
    rows = [(1, [GridCell(0, 0, 1, 4, "Area 1: Early help")], False),
            (1, [GridCell(1, 0, 1, 2, "Action"), GridCell(1, 2, 1, 1, "Lead"), GridCell(1, 3, 1, 1, "Due")], False)]
    [entry] = table_json(Stitched(1, rows, 4, [], True))
    assert entry["rows"] == [["Area 1: Early help", "", "", ""],
                             [{"text": "Action", "rowspan": 1, "colspan": 2}, None, "Lead", "Due"]]
    [borderless] = table_json(Stitched(1, rows, 4, [], False))  # a borderless table's spans are its own reading
    assert borderless["rows"][0] == [{"text": "Area 1: Early help", "rowspan": 1, "colspan": 4}, None, None, None]


@pytest.mark.skipif(not (SHARED / "icdar2013").is_dir(), reason="../shared/icdar2013 is not beside the repo")
def test_icdar2013_score(tmp_path: Path) -> None:
    from planx.tables import write_tables
    write_tables([SHARED / "icdar2013"], tmp_path)
    done = subprocess.run([sys.executable, str(SHARED / "score_tables.py"), str(tmp_path), str(SHARED / "icdar2013")],
                          capture_output=True, text=True)
    score = float(done.stdout.strip().splitlines()[-1].split()[-1])
    assert score >= 85.0


def test_debug_pictures(tmp_path: Path) -> None:
    """--debug: a PNG per page with the engine's findings drawn (a ruled table: its cells in orange)."""
    from PIL import Image

    from planx.tables import write_tables
    from samples.make_pdf_samples import main
    folder = tmp_path / "pdfs"
    main(folder)
    out = tmp_path / "out"
    assert write_tables([folder / "ruled_tracker.pdf"], out, debug=True) == (1, 0)
    pictures = sorted(out.glob("ruled_tracker.page*.png"))
    assert [p.name for p in pictures] == ["ruled_tracker.page1.png", "ruled_tracker.page2.png"]
    with Image.open(pictures[0]) as im:
        colours = {c for _, c in im.convert("RGB").getcolors(1 << 20) or []}
    assert (240, 140, 20) in colours and (30, 90, 220) in colours  # cells and the table's box
