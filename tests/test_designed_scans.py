"""Designed plans (tests/designed_plans.py) read from a scan of them as from the PDF: the OCR path lays
the page out as pdf.page_layout does.

- raster.shaded_areas clears the scanner's grain before closing the text away: a row's pale tint
  (~232 of 255, a designed table's light blue) stays under SHADED_BELOW, so the fill-only table set in
  one text column is found as that column's (pdfcolumns._filled_spans);
- pdfocr.page_layout hands the page's shading to read_in_columns and falls back on
  pdfpanels.read_in_blocks, as the born-digital reader does: read across the page instead, the
  table's action and lead columns, wrapped in the narrow column, run into one another.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("cv2")
import designed_plans  # noqa: E402
from grainy_scans import grainy_scan_actions  # noqa: E402

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")


@needs_tesseract
def test_a_fill_only_table_in_one_column_of_a_grainy_scan_keeps_its_lead_column(tmp_path: Path) -> None:
    src = tmp_path / "columns.pdf"
    acts = designed_plans.columns_mixed(src)
    got = {r["action"]: r["lead"] for r in grainy_scan_actions(src, tmp_path, skew=0.7, seed=1)}
    for _, act in acts:
        assert got.get(act.action) == act.lead, (act.action, got)
