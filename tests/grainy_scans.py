"""A born-digital test PDF scanned as an office scanner at 150 dpi prints it (slightly tilted, grainy,
JPEG-compressed, softened), converted by planx: the rows of actions.csv. Shared by the scan tests
that check a shape reads from its scan as from the PDF (needs cv2 and tesseract; the callers skip
without them)."""
from __future__ import annotations

import csv
from pathlib import Path


def grainy_scan_actions(src: Path, tmp_path: Path, skew: float, seed: int) -> list[dict[str, str]]:
    """actions.csv's rows for a scan of `src` (scans/<stem>_scan.pdf, out/ under tmp_path)."""
    import cv2

    from planx import convert
    from samples.make_scan_samples import Look, scan_pdf
    scans = tmp_path / "scans"
    scans.mkdir()
    scan_pdf(src, scans / f"{src.stem}_scan.pdf", Look(dpi=150, skew=skew, noise=6.0, jpeg=80), seed=seed,
             prepare=lambda bgr: cv2.GaussianBlur(bgr, (0, 0), 0.7))
    convert(scans, tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))
