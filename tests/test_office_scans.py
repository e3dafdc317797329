"""Scans as offices make them (issue 15, samples/make_office_scans.py): end to end on the small plan
fed through a scanner whose glass is dusty (a streak down the whole page through the table's
cells, the page thresholded to black and white) and printed with a shaded heading row, bold,
scanned grainy: the streaks rule no column and no letter of a shaded heading is taken for a rule;
and the office set's generator's truth leaves out what a bilevel scan blacked out."""
from __future__ import annotations

import json
import random
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import assert_small_plan_read

cv2 = pytest.importorskip("cv2")
pytest.importorskip("reportlab")

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


def streaked(bgr: Any) -> Any:
    """The page as a dusty feeder scans it: streaks from top to bottom, down the action column and
    the lead column beside their words (a rule there would part each column in two) and in the
    margin; black and white."""
    out = bgr.copy()
    for x in (20, 420, 625):
        out[:, x:x + 2] = 60
    grey = cv2.cvtColor(out, cv2.COLOR_BGR2GRAY)
    return cv2.cvtColor(np.where(grey < 170, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)


@needs_tesseract
def test_a_streaked_black_and_white_scan_reads_as_the_plan(tmp_path: Path) -> None:
    from samples.make_scan_samples import Look, make_small_plan, scan_pdf
    src, scan = tmp_path / "small.pdf", tmp_path / "small_streaked.pdf"
    make_small_plan(src)
    scan_pdf(src, scan, Look(dpi=150, skew=0.0, jpeg=90), seed=3, prepare=streaked)
    from planx.extract.pdf import pdf_tables
    tables = pdf_tables(scan)
    assert len(tables) == 1 and all(len(row) == 5 for row in tables[0]["rows"])  # no column split by a streak
    assert tables[0]["evidence"]["streaks_painted"] == 3  # and why
    assert_small_plan_read(scan, tmp_path / "out")


def test_a_bilevel_scans_truth_leaves_out_a_blacked_out_rag() -> None:
    from samples.make_office_scans import blacked_out, make_plan, truth
    plan = make_plan("grid", 0)
    look = {"bilevel": True, "threshold": 170}
    got = truth(plan, "x.pdf", look)["actions"]
    for row, rec in zip(plan.rows, got, strict=True):
        assert ("rag" in rec) == (not blacked_out(row["fill"], look))
    assert blacked_out("00B050", look) and not blacked_out("FFC000", look)  # green turns black, amber white
    assert all("rag" in rec for rec in truth(plan, "x.pdf", {"bilevel": False})["actions"])


def test_the_office_looks_are_seeded() -> None:
    from samples.make_office_scans import DEGRADATIONS, look_for
    for d in DEGRADATIONS:
        a, b = look_for(d, random.Random(4)), look_for(d, random.Random(4))
        assert a == b and a["degradation"] == d and 100 <= a["dpi"] <= 200
    assert json.dumps(look_for("fax", random.Random(1)))  # recorded in scans.json
