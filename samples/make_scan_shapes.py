"""Scans of the shape generators' plans: the layouts the OCR reader was not tuned on, as a scanner
makes them, with the source's truth (issue: scanned plans in new layouts).

    python samples/make_scan_shapes.py --out /tmp/scan_shapes [--seeds 1] [--measure]

The generators of headed sections (make_section_shapes), lists under headings (make_list_shapes),
stacked and missing headings (make_header_shapes), forms per action and performance reports
(make_form_samples), period grids (make_period_shapes) and text plans (make_text_shapes) write their
documents into OUT/digital/; each PDF among them, and each plain-text rendering set in a typewriter
face on a page of its own ('_typed': the pdftotext-like pages laid out by spaces, numbered blocks),
is scanned into OUT/scans/ as an image-only PDF: rendered at 150–300 dpi, grey (a page that
prints colour, in colour half the time: a RAG shown only as a cell's colour is lost in grey), tilted 0.3–1.5°
either way, a little blurred, grainy, JPEG-compressed and, on some pages, a darker edge where the
lid did not close. The variations are drawn per document from a seeded generator and written to
OUT/scans/scans.json. The truth file of the source applies unchanged.

--measure converts the digital PDFs and the scans with planx, scores both against the truth and
prints, per shape, the digital score, the scan's score and the CPU seconds OCR took per page.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.make_scan_samples import Look, scan_pdf  # noqa: E402
from samples.seeded import write_truth_json  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GENERATORS = ("section_shapes", "list_shapes", "header_shapes", "form_samples", "period_shapes", "text_shapes")
# plain-text renderings typed onto a page (their text is laid out by spaces, as pdftotext prints)
TYPED = ("_layout.txt", "blocks_", "narrative_")
SCORER = ROOT.parent / "shared" / "score.py"  # ../shared/score.py from the repo (--scorer to name another)


@dataclass
class ScanLook:
    """How one page set is scanned: the shared Look plus blur and a shaded edge."""
    look: Look
    blur: float = 0.0  # Gaussian sigma in pixels at the scan's resolution
    edge: str = ""  # '', 'left', 'right', 'top', 'bottom': the side a shadow darkens


def scan_look_for(rng: random.Random) -> ScanLook:
    skew = rng.uniform(0.3, 1.5) * rng.choice((-1, 1))
    look = Look(dpi=rng.choice((150, 200, 300)), skew=round(skew, 2), noise=rng.choice((0.0, 4.0, 8.0)),
                jpeg=rng.choice((60, 75, 90)), colour=False)
    edge = rng.choice(("left", "right", "top", "bottom")) if rng.random() < 0.35 else ""
    return ScanLook(look, blur=rng.choice((0.0, 0.5, 0.8)), edge=edge)


def blurred(img: Any, sigma: float) -> Any:
    import cv2
    return cv2.GaussianBlur(img, (0, 0), sigma) if sigma else img


def shaded_edge(img: Any, side: str) -> Any:
    """A shadow along one side: grey fading to the page over a twentieth of its size."""
    import numpy as np
    if not side:
        return img
    h, w = img.shape[:2]
    n = max(h, w) // 20
    fade = np.linspace(0.45, 1.0, n)  # how much of the page's brightness is left
    light = np.ones((h, w))
    if side == "left":
        light[:, :n] = fade[None, :]
    elif side == "right":
        light[:, w - n:] = fade[::-1][None, :]
    elif side == "top":
        light[:n, :] = fade[:, None]
    else:
        light[h - n:, :] = fade[::-1][:, None]
    out = img * (light[..., None] if img.ndim == 3 else light)
    return out.clip(0, 255).astype(np.uint8)


def holds_colour(src: Path) -> bool:
    """Whether the document's first page prints colour (a coloured fill, not a pale tint)."""
    import pypdfium2 as pdfium

    from planx.extract.raster import is_colour
    doc = pdfium.PdfDocument(str(src))
    try:
        page = doc[0]
        bgr = page.render(scale=50 / 72.0).to_numpy()[:, :, :3]
        page.close()
    finally:
        doc.close()
    return is_colour(bgr)


def scan_shape(src: Path, dst: Path, how: ScanLook, seed: int) -> int:
    """`src` scanned into the image-only PDF `dst`; returns its number of pages."""
    return scan_pdf(src, dst, how.look, seed, prepare=lambda bgr: shaded_edge(blurred(bgr, how.blur), how.edge))


def typed_pdf(text: Path, dst: Path) -> None:
    """A plain-text file set in Courier, as printed from a text editor: the page landscape when its
    longest line would not fit an A4 page's width at 9 points."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas
    lines = text.read_text(encoding="utf-8").expandtabs(8).splitlines()
    longest = max((len(ln) for ln in lines), default=1)
    width, height = A4 if longest * 0.6 * 9 < A4[0] - 60 else landscape(A4)
    size = min(9.0, (width - 60) / (0.6 * max(longest, 1)))
    c = canvas.Canvas(str(dst), pagesize=(width, height))
    y = height - 40
    for ln in lines:
        if y < 40:
            c.showPage()
            y = height - 40
        c.setFont("Courier", size)
        c.drawString(30, y, ln)
        y -= size * 1.25
    c.showPage()
    c.save()


def generate(folder: Path, seeds: list[int]) -> list[Path]:
    """The generators' documents in `folder`: each PDF with truth, and the typed pages of the text ones."""
    import importlib
    out: list[Path] = []
    for name in GENERATORS:
        module = importlib.import_module(f"samples.make_{name}")
        made = [Path(p) for p in module.main(folder / name, seeds)]
        for p in made:
            if not Path(f"{p}.truth.json").exists():
                continue
            if p.suffix == ".pdf":
                out.append(p)
            elif p.suffix == ".txt" and any(t in p.name for t in TYPED):
                typed = p.with_name(f"{p.stem.removesuffix('_layout')}_typed.pdf")
                typed_pdf(p, typed)
                shutil.copyfile(f"{p}.truth.json", f"{typed}.truth.json")
                truth = json.loads(Path(f"{typed}.truth.json").read_text(encoding="utf-8"))
                truth["doc"] = typed.name
                write_truth_json(Path(f"{typed}.truth.json"), truth)
                out.append(typed)
    return sorted(out)


def shape_of(name: str) -> str:
    """A document's shape: its name without the seed ('sections_actions_1.pdf' → 'sections_actions')."""
    return re.sub(r"_\d+(?=(_|\.))", "", name).removesuffix(".pdf")


def make(out: Path, seeds: list[int], seed: int = 7) -> tuple[list[Path], list[Path]]:
    """OUT/digital and OUT/scans written; returns (digital PDFs, their scans)."""
    digital = generate(out / "digital", seeds)
    scans_dir = out / "scans"
    scans_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    record: dict[str, Any] = {}
    scans = []
    for src in digital:
        how = scan_look_for(rng)
        # a page printed in colour is scanned in colour half the time (a RAG shown only as a
        # cell's colour is lost in grey)
        how.look.colour = rng.random() < 0.5 and holds_colour(src)
        dst = scans_dir / src.name
        pages = scan_shape(src, dst, how, rng.randrange(2 ** 31))
        truth = json.loads(Path(f"{src}.truth.json").read_text(encoding="utf-8"))
        truth["doc"] = dst.name
        write_truth_json(Path(f"{dst}.truth.json"), truth)
        record[dst.name] = {**asdict(how.look), "blur": how.blur, "edge": how.edge, "pages": pages}
        scans.append(dst)
    (scans_dir / "scans.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    return digital, scans


def convert_and_score(docs: list[Path], out: Path, scorer: Path = SCORER) -> tuple[dict[str, float | None], float]:
    """planx on `docs` into `out`, scored per document; and the CPU seconds the conversion took."""
    import resource
    shutil.rmtree(out, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "planx", "convert", *map(str, docs), "-o", str(out), "--no-progress", "-q",
                    "-j", "1"], capture_output=True, text=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    with tempfile.TemporaryDirectory() as tmp:
        truth = Path(tmp)
        for d in docs:
            (truth / f"{d.name}.truth.json").symlink_to(Path(f"{d}.truth.json").resolve())
        proc = subprocess.run([sys.executable, str(scorer), str(out), str(truth), "--json"],
                              capture_output=True, text=True)
    report = json.loads(proc.stdout[: proc.stdout.rfind("score:")])
    # a document that is no plan has no accuracy (nothing to find): its row shows '-'
    return {d["doc"]: d["accuracy"] for d in report["documents"]}, cpu


def shown(score: float | None) -> str:
    return "-" if score is None else f"{score:.1f}"


def mean(scores: dict[str, float | None]) -> float | None:
    """The mean over the documents that have a score (plans)."""
    known = [v for v in scores.values() if v is not None]
    return sum(known) / len(known) if known else None


def measure(digital: list[Path], scans: list[Path], out: Path, scorer: Path = SCORER) -> None:
    """Per shape: the digital PDF's score, its scan's score; then the means and OCR CPU-s per page."""
    dig, _ = convert_and_score(digital, out / "out_digital", scorer)
    scn, cpu = convert_and_score(scans, out / "out_scans", scorer)
    pages = sum(v["pages"] for v in json.loads((out / "scans" / "scans.json").read_text()).values())
    print(f"{'shape':36} {'digital':>8} {'scan':>8}")
    for d in digital:
        print(f"{shape_of(d.name):36} {shown(dig.get(d.name)):>8} {shown(scn.get(d.name)):>8}")
    print(f"{'mean':36} {shown(mean(dig)):>8} {shown(mean(scn)):>8}")
    print(f"scans: {len(scans)} documents, {pages} pages, {cpu:.0f} CPU-s, {cpu / max(pages, 1):.2f} CPU-s per page")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seeds", type=int, nargs="*", default=[1])
    ap.add_argument("--seed", type=int, default=7, help="the seed of the scan variations")
    ap.add_argument("--measure", action="store_true", help="convert and score the digital PDFs and the scans")
    ap.add_argument("--reuse", action="store_true", help="measure the documents already in OUT")
    ap.add_argument("--scorer", type=Path, default=SCORER, help="the contract's score.py (default ../shared/score.py)")
    args = ap.parse_args(argv)
    if args.reuse:
        digital = sorted(p for p in (args.out / "digital").glob("*/*.pdf") if Path(f"{p}.truth.json").exists())
        scans = [args.out / "scans" / p.name for p in digital]
    else:
        digital, scans = make(args.out, args.seeds, args.seed)
    if args.measure:
        measure(digital, scans, args.out, args.scorer)
    else:
        for p in scans:
            print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
