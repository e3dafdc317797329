"""Scanned copies of born-digital PDF plans, as a scanner or a phone would make them, for a check
the OCR reader was not tuned on.

Each page is rendered to an image (PDFium) at a chosen resolution, tilted a little, maybe turned
a quarter or upside down, given noise and JPEG compression, in grey or colour, and saved in a PDF
holding that image only (no text layer). The plan's truth file, when there is one beside it,
applies to its scan unchanged (it says what the page prints).

    python samples/make_scan_samples.py --src ../shared/train --out /tmp/scans [--pick families]
    python samples/make_scan_samples.py --out /tmp/scans     (no --src: the small plan below, scanned
                                                            level, sideways and upside down)

`--pick families` takes, for each layout family of the train set's manifest, its first ruled and
its first borderless born-digital PDF; without it every PDF of --src is scanned. The variations
are drawn from a seeded random generator, one set per document, and written to scans.json.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: the repository root makes `samples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import write_truth_json  # noqa: E402

DPIS = (100, 150, 200, 300)


@dataclass
class Look:
    """How one document is scanned."""
    dpi: int = 200
    skew: float = 0.0  # degrees, anticlockwise
    quarter_turns: int = 0  # the page turned clockwise by this many quarters on the glass
    noise: float = 0.0  # standard deviation of Gaussian grain, in grey levels
    jpeg: int = 85  # JPEG quality of the stored image
    colour: bool = False


def look_for(rng: random.Random, turn: int = 0) -> Look:
    return Look(dpi=rng.choice(DPIS), skew=round(rng.uniform(-1.5, 1.5), 2), quarter_turns=turn,
                noise=rng.choice((0.0, 6.0, 12.0)), jpeg=rng.choice((60, 75, 90)), colour=rng.random() < 0.4)


def scan_image(page_image: Any, look: Look, rng: random.Random) -> Any:
    """A rendered page (BGR array) as the scan of it: tilted, turned, grainy, compressed."""
    import cv2
    import numpy as np
    img = page_image if look.colour else cv2.cvtColor(page_image, cv2.COLOR_BGR2GRAY)
    h, w = img.shape[:2]
    if look.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), look.skew, 1.0)
        white = (255, 255, 255) if img.ndim == 3 else 255
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=white)
    codes = {1: cv2.ROTATE_90_CLOCKWISE, 2: cv2.ROTATE_180, 3: cv2.ROTATE_90_COUNTERCLOCKWISE}
    if look.quarter_turns % 4:
        img = cv2.rotate(img, codes[look.quarter_turns % 4])
    if look.noise:
        grain = np.random.default_rng(rng.randrange(2 ** 32)).normal(0.0, look.noise, img.shape)
        img = np.clip(img.astype(np.float64) + grain, 0, 255).astype(np.uint8)
    ok, jpg = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, look.jpeg])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return cv2.imdecode(jpg, cv2.IMREAD_UNCHANGED)


def scan_pdf(src: Path, dst: Path, look: Look, seed: int = 0,
             prepare: Callable[[Any], Any] | None = None) -> int:
    """`src` scanned page by page into an image-only PDF at `dst`; its number of pages. `prepare`:
    what happens to each rendered page (BGR array) before the scanner's own marks (blur, a shadow)."""
    import cv2
    import pypdfium2 as pdfium
    from PIL import Image
    rng = random.Random(seed)
    pages = []
    doc = pdfium.PdfDocument(str(src))
    try:
        for i in range(len(doc)):
            page = doc[i]
            bgr = page.render(scale=look.dpi / 72.0).to_numpy()[:, :, :3]
            page.close()
            img = scan_image(prepare(bgr) if prepare is not None else bgr, look, rng)
            rgb = cv2.cvtColor(img, cv2.COLOR_BGR2RGB) if img.ndim == 3 else img
            pages.append(Image.fromarray(rgb))
    finally:
        doc.close()
    pages[0].save(dst, "PDF", resolution=float(look.dpi), save_all=True, append_images=pages[1:])
    return len(pages)


# ---- a small ruled plan of our own (one short page: quick to OCR in tests) ----------------------
SMALL_TITLE = "Short Breaks Action Plan (May 2019)"
SMALL_HEADER = ["Ref", "Action", "Lead", "Due date", "RAG"]
# (ref, action lines, lead, due, RAG text, RAG fill)
SMALL_ROWS = [
    ("1", ["Open a single front door for", "short break requests"], "Sofia Russo", "May 2019", "", "#00b050"),
    ("2", ["Publish the local offer on the", "council website"], "Tariq Hussain", "30/06/2019", "Amber", None),
    ("3", ["Audit twenty case files every", "quarter with partners"], "Nadia Osei", "Sep-19", "Red", None),
]
SMALL_WIDTHS = [30, 170, 90, 70, 50]


def make_small_plan(path: Path, ruled: bool = True) -> None:
    """A five-column plan on a small page, ruled or not: a heading row, wrapped actions, one RAG
    shown only as a green fill (the others as words)."""
    from reportlab.lib.colors import HexColor, black
    from reportlab.pdfgen import canvas
    width, height = 450.0, 230.0
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(20, height - 30, SMALL_TITLE)
    y = height - 50
    rows = [([[h] for h in SMALL_HEADER], [None] * 5, True)]
    rows += [([[ref], lines, [lead], [due], [rag] if rag else []], [None] * 4 + [fill], False)
             for ref, lines, lead, due, rag, fill in SMALL_ROWS]
    for cells, fills, bold in rows:
        row_h = 12.0 * max(len(cell) for cell in cells) + 8
        x = 20.0
        for cell, w, fill in zip(cells, SMALL_WIDTHS, fills, strict=True):
            if fill:
                c.setFillColor(HexColor(fill))
                c.rect(x, y - row_h, w, row_h, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
            for k, line in enumerate(cell):
                c.drawString(x + 4, y - 13 - 12 * k, line)
            if ruled:
                c.rect(x, y - row_h, w, row_h, stroke=1, fill=0)
            x += w
        y -= row_h
    c.showPage()
    c.save()


def truth_small(name: str) -> dict[str, Any]:
    """What the small plan's scan prints. The green fill is left out: a grey scan loses it, and a
    colour scan prints a colour near the drawn one, not its code (tests check its RAG)."""
    acts: list[dict[str, Any]] = []
    for _ref, lines, lead, due, rag, _fill in SMALL_ROWS:
        act = {"action": " ".join(lines), "lead": lead, "due_raw": due}
        if rag:
            act["rag_raw"] = rag
        acts.append(act)
    return {"doc": name, "title": SMALL_TITLE, "actions": acts}


def small_scans(folder: Path) -> list[Path]:
    """The small plan scanned four ways: ruled, level-ish in colour, sideways, upside down (grey);
    without its rulings, slightly tilted (grey)."""
    folder.mkdir(parents=True, exist_ok=True)
    ruled, borderless = folder / "small_plan_digital.pdf", folder / "small_plan_borderless.pdf"
    make_small_plan(ruled)
    make_small_plan(borderless, ruled=False)
    looks = {"small_scan.pdf": (ruled, Look(dpi=150, skew=1.1, noise=6.0, jpeg=75, colour=True)),
             "small_scan_sideways.pdf": (ruled, Look(dpi=200, skew=-0.6, quarter_turns=3, jpeg=85)),
             "small_scan_upside_down.pdf": (ruled, Look(dpi=200, skew=0.4, quarter_turns=2, jpeg=85)),
             "small_scan_borderless.pdf": (borderless, Look(dpi=200, skew=-0.8, jpeg=85))}
    out = []
    for name, (src, look) in looks.items():
        scan_pdf(src, folder / name, look, seed=15)
        truth = truth_small(name)
        write_truth_json((folder / f"{name}.truth.json"), truth)
        out.append(folder / name)
    ruled.unlink()
    borderless.unlink()
    return out


def colour_only_rag(truth: Path) -> bool:
    """Whether the plan shows a RAG as a cell's colour only (its truth gives the fill as '#rrggbb')."""
    return '"rag_raw": "#' in truth.read_text(encoding="utf-8")


def family_picks(src: Path) -> list[Path]:
    """For each layout family of the manifest, its first ruled and first borderless born-digital PDF."""
    manifest = json.loads((src / "manifest.json").read_text(encoding="utf-8"))
    picks: dict[tuple[str, bool], str] = {}
    for d in manifest["documents"]:
        if d["rendering"] not in ("pdf-rl", "pdf-lo") or not d["doc"].endswith(".pdf"):
            continue
        ruled = d["rendering"] == "pdf-lo" or bool(d["options"].get("ruled"))
        picks.setdefault((d["family"], ruled), d["doc"])
    return [src / name for _, name in sorted(picks.items())]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", type=Path, help="a folder of born-digital PDFs (default: the small plan)")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--pick", choices=("all", "families"), default="all")
    ap.add_argument("--seed", type=int, default=15)
    args = ap.parse_args(argv)
    if args.src is None:
        for path in small_scans(args.out):
            print(path)
        return 0
    docs = family_picks(args.src) if args.pick == "families" else sorted(args.src.glob("*.pdf"))
    args.out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    # a few pages turned on the glass: one a quarter each way, one upside down
    turns = {len(docs) // 4: 1, len(docs) // 2: 2, (3 * len(docs)) // 4: 3}
    record = {}
    for i, src in enumerate(docs):
        look = look_for(rng, turns.get(i, 0))
        truth = Path(f"{src}.truth.json")
        if truth.exists() and colour_only_rag(truth):
            look.colour = True  # a RAG shown only as colour is scanned in colour, or it is not there at all
        dst = args.out / src.name
        scan_pdf(src, dst, look, seed=rng.randrange(2 ** 31))
        if truth.exists():
            shutil.copyfile(truth, args.out / truth.name)
        record[src.name] = asdict(look)
        print(f"{src.name}: {look}")
    (args.out / "scans.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
