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
    tables = json.loads((tables_dir / "ruled_tracker.tables.json").read_text(encoding="utf-8"))
    assert [t["page"] for t in tables] == [1, 2]
    first = tables[0]["rows"]
    assert first[0] == ["Ref", "Action", "Lead", "Target date", "Status", "RAG"]
    assert len(first) == 6  # heading + 1.1 … 1.5, the repeated heading dropped
    assert first[4][1] == "Train every case worker in restorative\napproaches and record the outcomes"
    assert all(len(r) == 6 for t in tables for r in t["rows"])


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
    assert table_json(t)["rows"] == [[{"text": "Both", "rowspan": 1, "colspan": 2}, None,
                                      {"text": "Down", "rowspan": 2, "colspan": 1}], ["a", "b", None]]


@pytest.mark.skipif(not (SHARED / "icdar2013").is_dir(), reason="../shared/icdar2013 is not beside the repo")
def test_icdar2013_score(tmp_path: Path) -> None:
    from planx.tables import write_tables
    write_tables([SHARED / "icdar2013"], tmp_path)
    done = subprocess.run([sys.executable, str(SHARED / "score_tables.py"), str(tmp_path), str(SHARED / "icdar2013")],
                          capture_output=True, text=True)
    score = float(done.stdout.strip().splitlines()[-1].split()[-1])
    assert score >= 85.0
