"""A seeded scan stress set: the layouts of make_newlayout_plans, make_stress_plans,
make_borderless_shapes and make_labelform_samples (forms of labelled lines) printed as text PDFs
and then scanned, each under one distortion a real scanner or photocopier makes (issue 15:
scanned plans in layouts nobody tuned to).

    python samples/make_scan_stress.py --out /tmp/scan_stress [--seeds 31 32] [--measure]

Seeds and the scan's own generator are this script's ('scanstress-…'): none of the documents is any
other set's. Distortions (one per document, drawn in turn so each layout meets several; every scan
is also JPEG-compressed and tilted a little unless said otherwise, in colour when the page prints
colour, grey otherwise):

- skew:     tilted 1.2–2° either way at 200 dpi;
- turned:   the page on the glass a quarter turn either way (and tilted ≤0.8°);
- blur:     150 dpi, Gaussian blur of 1–1.3 pixels;
- grain:    heavy grain (σ 12–16 grey levels) and JPEG quality 45;
- faint:    the ruling printed faint: every long straight line lightened to 190–215 of 255;
- partial:  the vertical rules left out (a table ruled across only), or every other row's rule;
- shadow:   a photocopy (grey): a grey cast over the page, a dark band along the binding edge, specks.

Each scan is written to OUT/scans/ with its source's truth; OUT/scans/scans.json records the look.
--measure converts the text PDFs and the scans, prints per document the digital score, the scan's
score and the distortion, the mean per distortion and per layout, and the CPU seconds per page.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.make_scan_samples import Look, scan_pdf  # noqa: E402
from samples.make_scan_shapes import SCORER, convert_and_score, holds_colour, shown  # noqa: E402
from samples.seeded import write_truth_json  # noqa: E402

DISTORTIONS = ("skew", "turned", "blur", "grain", "faint", "partial", "shadow")
RULED_DISTORTIONS = ("faint", "partial", "shadow", "skew")
OTHER_DISTORTIONS = ("skew", "turned", "blur", "grain", "shadow")


def line_mask(grey: Any, dpi: float) -> Any:
    """The long straight lines of a rendered page (its ruling), as a 0/255 mask."""
    import cv2
    ink = (grey < 160).astype("uint8") * 255
    n = max(int(dpi * 0.4), 10)
    h = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (n, 1)))
    v = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, n)))
    return h, v


def faint_rules(bgr: Any, dpi: float, level: int) -> Any:
    """Every ruling line lightened to `level` (of 255): a table printed with hairlines in pale grey."""
    import cv2
    import numpy as np
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    h, v = line_mask(grey, dpi)
    mask = cv2.dilate(cv2.bitwise_or(h, v), np.ones((3, 3), np.uint8)) > 0
    out = bgr.copy()
    out[mask] = np.maximum(out[mask], level)
    return out


def partial_rules(bgr: Any, dpi: float, rng: random.Random) -> Any:
    """Ruling left out: the vertical rules (ruled across only), or every other horizontal rule."""
    import cv2
    import numpy as np
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    h, v = line_mask(grey, dpi)
    out = bgr.copy()
    if rng.random() < 0.6:
        drop = cv2.dilate(v, np.ones((3, 3), np.uint8)) > 0
        drop &= cv2.dilate(h, np.ones((3, 3), np.uint8)) == 0  # crossings stay with the horizontal rule
    else:
        n, labels = cv2.connectedComponents(cv2.dilate(h, np.ones((3, 1), np.uint8)))
        ys = sorted((float(np.mean(np.nonzero(labels == i)[0])), i) for i in range(1, n))
        drop = np.zeros(grey.shape, bool)
        for k, (_y, i) in enumerate(ys):
            if k % 2 and 0 < k < len(ys) - 1:
                drop |= labels == i
        drop &= cv2.dilate(v, np.ones((3, 3), np.uint8)) == 0
    out[drop] = 255
    return out


def photocopy(bgr: Any, rng: random.Random, side: str = "") -> Any:
    """A photocopy: the paper greyed, a dark band along one edge fading in (`side`, or one drawn),
    black specks."""
    import numpy as np
    h, w = bgr.shape[:2]
    cast = rng.uniform(0.82, 0.9)
    light = np.full((h, w), cast)
    side = side or rng.choice(("left", "right", "top"))
    n = max(h, w) // 14
    fade = np.linspace(0.25, cast, n)
    if side == "left":
        light[:, :n] = fade[None, :]
    elif side == "right":
        light[:, w - n:] = fade[::-1][None, :]
    else:
        light[:n, :] = fade[:, None]
    out = bgr.astype(np.float64) * light[..., None]
    g = np.random.default_rng(rng.randrange(2 ** 32))
    for _ in range(int(h * w / 40000)):
        y, x = int(g.integers(0, h - 3)), int(g.integers(0, w - 3))
        out[y:y + int(g.integers(1, 3)), x:x + int(g.integers(1, 3))] = 30
    return out.clip(0, 255).astype(np.uint8)


def look_for(distortion: str, rng: random.Random) -> tuple[Look, dict[str, Any]]:
    """The scanner's settings and the page's treatment for one distortion."""
    tilt = round(rng.uniform(0.2, 0.8) * rng.choice((-1, 1)), 2)
    look = Look(dpi=rng.choice((200, 300)), skew=tilt, noise=4.0, jpeg=75, colour=False)
    extra: dict[str, Any] = {}
    if distortion == "skew":
        look.dpi, look.skew = 200, round(rng.uniform(1.2, 2.0) * rng.choice((-1, 1)), 2)
    elif distortion == "turned":
        look.quarter_turns = rng.choice((1, 3))
    elif distortion == "blur":
        look.dpi, extra["blur"] = 150, rng.choice((1.0, 1.3))
    elif distortion == "grain":
        look.noise, look.jpeg = rng.choice((12.0, 16.0)), 45
    elif distortion == "faint":
        extra["faint"] = rng.choice((190, 200, 215))
    elif distortion == "partial":
        extra["partial"] = True
    elif distortion == "shadow":
        extra["shadow"] = True
    return look, extra


def scan_with(src: Path, dst: Path, look: Look, extra: dict[str, Any], seed: int) -> int:
    import cv2
    rng = random.Random(seed)

    def prepare(bgr: Any) -> Any:
        if extra.get("faint"):
            bgr = faint_rules(bgr, look.dpi, extra["faint"])
        if extra.get("partial"):
            bgr = partial_rules(bgr, look.dpi, rng)
        if extra.get("shadow"):
            bgr = photocopy(bgr, rng)
        if extra.get("blur"):
            bgr = cv2.GaussianBlur(bgr, (0, 0), extra["blur"])
        return bgr

    return scan_pdf(src, dst, look, seed, prepare=prepare)


def sources(folder: Path, seeds: list[int]) -> list[Path]:
    """The text PDFs of the three generators (the reportlab prints: ruled, borderless, styled)."""
    from samples import make_borderless_shapes, make_newlayout_plans, make_stress_plans
    out = [p for p in make_newlayout_plans.make(folder / "newlayout", seeds, ("ruled", "bless"))
           if p.suffix == ".pdf"]
    out += [p for p in make_stress_plans.make(folder / "stress", seeds) if p.parent.name == "rl"]
    bl = make_borderless_shapes
    for seed in seeds:
        for i, layout in enumerate(bl.LAYOUTS):
            style = bl.STYLES[(seed + i) % len(bl.STYLES)]
            plan = bl.make_plan(layout, style, seed)
            pdf = folder / "borderless" / f"bl_{layout}_{style}_{seed}_rl.pdf"
            pdf.parent.mkdir(parents=True, exist_ok=True)
            bl.write_reportlab(plan, pdf)
            write_truth_json(Path(f"{pdf}.truth.json"), bl.truth(plan, pdf.name))
            out.append(pdf)
    # forms of labelled lines ('Ref: 4 Owner: J Smith Due date: 30/06/2025'), after the others (so
    # that adding them left the others' distortions as they were)
    from samples import make_labelform_samples
    forms = [p for p in make_labelform_samples.main(folder / "labelform", seeds) if p.name.endswith("_rl.pdf")
             and p.name.startswith("labelform")]
    return sorted(out) + sorted(forms)


def layout_of(name: str) -> str:
    """'nl_spanned_31_ruled.pdf' → 'nl_spanned_ruled'; 'bl_cards_zebra_31_rl.pdf' → 'bl_cards_zebra'."""
    return re.sub(r"_\d+(?=_)", "", name).removesuffix(".pdf").removesuffix("_rl")


def make(out: Path, seeds: list[int], seed: int = 1531) -> tuple[list[Path], list[Path]]:
    digital = sources(out / "digital", seeds)
    scans_dir = out / "scans"
    scans_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"scanstress-{seed}")
    record: dict[str, Any] = {}
    scans: list[Path] = []
    ruled = [d for d in digital if d.name.endswith("_ruled.pdf")]
    for k, src in enumerate(digital):
        # ruled tables meet the distortions of their ruling; the others every other distortion
        if src in ruled:
            distortion = RULED_DISTORTIONS[(ruled.index(src) + seed) % len(RULED_DISTORTIONS)]
        else:
            distortion = OTHER_DISTORTIONS[(k + seed) % len(OTHER_DISTORTIONS)]
        look, extra = look_for(distortion, rng)
        # a page that prints colour is scanned in colour (a RAG shown only as a cell's colour is
        # lost in grey: no reader can find it), but a photocopy is grey
        look.colour = distortion != "shadow" and holds_colour(src)
        dst = scans_dir / src.name
        pages = scan_with(src, dst, look, extra, rng.randrange(2 ** 31))
        truth = json.loads(Path(f"{src}.truth.json").read_text(encoding="utf-8"))
        truth["doc"] = dst.name
        write_truth_json(Path(f"{dst}.truth.json"), truth)
        record[dst.name] = {"distortion": distortion, "dpi": look.dpi, "skew": look.skew,
                            "turns": look.quarter_turns, "noise": look.noise, "jpeg": look.jpeg, **extra,
                            "pages": pages}
        scans.append(dst)
    (scans_dir / "scans.json").write_text(json.dumps(record, indent=1), encoding="utf-8")
    return digital, scans


def convert_with(root: Path | None, docs: list[Path], out: Path) -> tuple[dict[str, float | None], float]:
    """convert_and_score with the planx of another checkout (`root`: its code, run from there, to
    measure a branch against main on the same documents); this checkout's when None."""
    import os
    if root is None:
        return convert_and_score(docs, out, SCORER)
    saved = dict(os.environ)
    os.environ["PYTHONPATH"], os.environ["PYTHONDONTWRITEBYTECODE"] = str(root), "1"
    try:
        import samples.make_scan_shapes as shapes
        where, shapes.ROOT = shapes.ROOT, Path(tempfile.mkdtemp())  # run from outside both checkouts
        try:
            return convert_and_score(docs, out, SCORER)
        finally:
            shapes.ROOT = where
    finally:
        os.environ.clear()
        os.environ.update(saved)


def measure(digital: list[Path], scans: list[Path], out: Path, root: Path | None = None) -> None:
    record = json.loads((out / "scans" / "scans.json").read_text())
    tag = "" if root is None else "_" + root.name
    dig, _ = convert_with(root, digital, out / f"out_digital{tag}") if digital else ({}, 0.0)
    scn, cpu = convert_with(root, scans, out / f"out_scans{tag}")
    print(f"{'document':40} {'distortion':>10} {'digital':>8} {'scan':>8}")
    by: dict[str, list[tuple[float, float]]] = {}
    for s in scans:
        d, v = dig.get(s.name), scn.get(s.name)
        print(f"{s.name:40} {record[s.name]['distortion']:>10} {shown(d):>8} {shown(v):>8}")
        if v is not None:
            for key in (f"distortion {record[s.name]['distortion']}", f"layout {layout_of(s.name)}"):
                by.setdefault(key, []).append((d if d is not None else float("nan"), v))
    for key in sorted(by):
        pairs = by[key]
        print(f"{key:51} {sum(p[0] for p in pairs) / len(pairs):8.1f} {sum(p[1] for p in pairs) / len(pairs):8.1f}")
    known = [(dig.get(s.name), scn.get(s.name)) for s in scans if scn.get(s.name) is not None]
    print(f"{'mean':51} {sum(d or 0 for d, _ in known) / max(len(known), 1):8.1f} "
          f"{sum(v or 0 for _, v in known) / max(len(known), 1):8.1f}")
    pages = sum(record[s.name]["pages"] for s in scans)
    print(f"scans: {len(scans)} documents, {pages} pages, {cpu:.0f} CPU-s, {cpu / max(pages, 1):.2f} CPU-s per page")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seeds", type=int, nargs="*", default=[31, 32])
    ap.add_argument("--seed", type=int, default=1531, help="the seed of the scan variations")
    ap.add_argument("--measure", action="store_true")
    ap.add_argument("--reuse", action="store_true", help="measure the documents already in OUT")
    ap.add_argument("--only", default="", help="measure only scans whose name holds this")
    ap.add_argument("--scans-only", action="store_true", help="do not convert the text PDFs")
    ap.add_argument("--planx", type=Path, default=None,
                    help="measure the planx of this checkout (e.g. /work/main) instead of this one's")
    args = ap.parse_args(argv)
    if args.reuse:
        record = json.loads((args.out / "scans" / "scans.json").read_text())
        scans = [args.out / "scans" / n for n in sorted(record)]
        digital = sorted(p for p in (args.out / "digital").rglob("*.pdf") if Path(f"{p}.truth.json").exists())
    else:
        digital, scans = make(args.out, args.seeds, args.seed)
    scans = [s for s in scans if args.only in s.name]
    digital = [] if args.scans_only else [d for d in digital if args.only in d.name]
    if args.measure:
        measure(digital, scans, args.out, args.planx)
    else:
        for p in scans:
            print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
