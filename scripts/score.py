"""`make score`: convert ../shared with planx, score each input family, fail below the floors.

Families: the five seeds, the corpus documents per format (txt, docx, pdf), the training set per
rendering (train-txt, train-docx, train-pdf-rl …, train-pdf-scan: image-only PDFs read by OCR, a
couple of minutes), the corpus PDFs without rulings, `planx tables` on ICDAR-2013 and on the
tablebench (table structure) and against pdfplumber's own reading of the training set's ruled PDFs,
and the audit of version pairs. The floors live in floors.json beside this folder; raise them when
the score rises, never lower them.

Not run unless asked for (`--only scan-unseen`, a few minutes of OCR): scan-unseen, scanned copies
of one ruled and one borderless born-digital train PDF per layout family, made afresh by
samples/make_scan_samples.py at other resolutions, tilted, turned, grainy (no floor: a check of
what the OCR reader was not tuned on).
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "floors.json"


def families(shared: Path) -> dict[str, list[Path]]:
    """Family name → the documents to convert (each has a NAME.truth.json beside it)."""
    corpus = shared / "corpus"
    fams = {"seeds": sorted((shared / "seeds").glob("*.txt"))}
    for fmt in ("txt", "docx", "pdf"):
        fams[f"corpus-{fmt}"] = sorted(p for p in corpus.glob(f"*.{fmt}") if Path(f"{p}.truth.json").exists())
    fams.update(train_families(shared / "train"))
    return fams


def train_families(train: Path) -> dict[str, list[Path]]:
    """'train-<rendering>' → the training set's documents in that rendering (train/manifest.json)."""
    manifest = train / "manifest.json"
    if not manifest.exists():
        return {}
    fams: dict[str, list[Path]] = {}
    for d in json.loads(manifest.read_text())["documents"]:
        path = train / d["doc"]
        if Path(f"{path}.truth.json").exists():
            fams.setdefault(f"train-{d['rendering']}", []).append(path)
    return {name: sorted(docs) for name, docs in sorted(fams.items())}


def score_unseen_scans(shared: Path) -> tuple[float, str]:
    """Scanned copies of born-digital train PDFs (samples/make_scan_samples.py), converted and scored."""
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "scans", Path(tmp) / "out"
        subprocess.run([sys.executable, str(ROOT / "samples" / "make_scan_samples.py"), "--src",
                        str(shared / "train"), "--out", str(folder), "--pick", "families"],
                       capture_output=True, text=True, check=True)
        docs = sorted(folder.glob("*.pdf"))
        subprocess.run([sys.executable, "-m", "planx", "convert", *map(str, docs), "-o", str(out), "--no-progress",
                        "-q"], capture_output=True, text=True)
        score, report = run_score(out, docs, Path(tmp))
    per_doc = " ".join(f"{d['doc'].split('.')[0]} {d['accuracy']}" for d in report["documents"])
    return score, per_doc


def run_score(out: Path, docs: list[Path], scratch: Path) -> tuple[float, dict]:
    truth_dir = scratch / "truth"
    truth_dir.mkdir()
    for d in docs:
        (truth_dir / f"{d.name}.truth.json").symlink_to(Path(f"{d}.truth.json").resolve())
    proc = subprocess.run([sys.executable, str(SCORER), str(out), str(truth_dir), "--json"],
                          capture_output=True, text=True)
    last = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    m = re.match(r"score: ([\d.]+)", last)
    if not m:
        raise SystemExit(f"score.py failed: {proc.stderr.strip() or proc.stdout[-500:]}")
    report = json.loads(proc.stdout[: proc.stdout.rfind("score:")])
    return float(m.group(1)), report


def score_borderless(shared: Path) -> tuple[float, str]:
    """The corpus PDFs with their rulings stripped (scripts/make_borderless.py), converted and scored."""
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "borderless", Path(tmp) / "out"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_borderless.py"), "--src", str(shared / "corpus"),
                        "--out", str(folder)], capture_output=True, text=True, check=True)
        docs = sorted(folder.glob("*.pdf"))
        subprocess.run([sys.executable, "-m", "planx", "convert", *map(str, docs), "-o", str(out), "--no-progress",
                        "-q"], capture_output=True, text=True)
        score, report = run_score(out, docs, Path(tmp))
    worst = min(report["documents"], key=lambda d: d["accuracy"] or 0)
    return score, f"{worst['doc']} {worst['accuracy']}"


def score_icdar(shared: Path, folder: str = "icdar2013") -> tuple[float, float]:
    """Mean F1 of `planx tables` on a folder of table-structure truth (ICDAR-2013, the tablebench;
    shared/score_tables.py), and seconds taken."""
    data = shared / folder
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "planx", "tables", *map(str, sorted(data.glob("*.pdf"))), "-o", tmp],
                       capture_output=True, text=True)
        seconds = time.perf_counter() - start
        proc = subprocess.run([sys.executable, str(shared / "score_tables.py"), tmp, str(data)],
                              capture_output=True, text=True)
    m = re.search(r"score: ([\d.]+)\s*$", proc.stdout)
    if not m:
        raise SystemExit(f"score_tables.py failed: {proc.stderr.strip()[-800:]}")
    return float(m.group(1)), seconds


def score_ruled_agreement(shared: Path) -> tuple[float, int]:
    """`planx tables` against bare pdfplumber `extract_tables()` on the training set's ruled PDFs
    (LibreOffice's, and the drawn ones with rulings): pdfplumber's tables as grid truth, so that a
    ruled table is never read worse than pdfplumber reads it; and how many PDFs."""
    import pdfplumber
    train = shared / "train"
    manifest = train / "manifest.json"
    if not manifest.exists():
        return 0.0, 0
    docs = [d["doc"] for d in json.loads(manifest.read_text(encoding="utf-8"))["documents"]
            if d["rendering"] == "pdf-lo" or (d["rendering"] == "pdf-rl" and d["options"].get("ruled"))]
    with tempfile.TemporaryDirectory() as tmp:
        data, out = Path(tmp) / "data", Path(tmp) / "out"
        data.mkdir()
        for name in docs:
            grid = []
            with pdfplumber.open(train / name) as pdf:
                for number, page in enumerate(pdf.pages, 1):
                    for t in page.extract_tables():
                        if len(t) >= 2 and len(t[0]) >= 2:
                            grid.append({"page": number, "rows": [[c or "" for c in r] for r in t]})
            if grid:
                (data / name).symlink_to((train / name).resolve())
                (data / f"{Path(name).stem}.grid.json").write_text(json.dumps(grid), encoding="utf-8")
        pdfs = sorted(data.glob("*.pdf"))
        subprocess.run([sys.executable, "-m", "planx", "tables", *map(str, pdfs), "-o", str(out)],
                       capture_output=True, text=True)
        proc = subprocess.run([sys.executable, str(shared / "score_tables.py"), str(out), str(data)],
                              capture_output=True, text=True)
    m = re.search(r"score: ([\d.]+)\s*$", proc.stdout)
    if not m:
        raise SystemExit(f"score_tables.py failed: {proc.stderr.strip()[-800:]}")
    return float(m.group(1)), len(pdfs)


def score_changes(shared: Path) -> float:
    """F1 of `planx audit` on the corpus's version pairs (scripts/score_changes.py)."""
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "score_changes.py"), "--shared", str(shared),
                               "--out", str(Path(tmp) / "audit")], capture_output=True, text=True)
    m = re.search(r"score: ([\d.]+)\s*$", proc.stdout)
    if not m:
        raise SystemExit(f"score_changes.py failed: {proc.stderr.strip()[-800:]}")
    return float(m.group(1))


def read_accounted(out: Path) -> dict[str, float | None]:
    """{doc: text_accounted %} from the run's documents.csv."""
    import csv
    path = out / "documents.csv"
    if not path.exists():
        return {}
    with open(path, newline="", encoding="utf-8") as fh:
        return {r["doc"]: float(r["text_accounted"]) if r.get("text_accounted") else None
                for r in csv.DictReader(fh)}


def main() -> int:
    global SCORER
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--only", nargs="*", help="families to score (default: all)")
    args = ap.parse_args()
    shared = args.shared
    SCORER = shared / "score.py"
    if not SCORER.exists():
        print(f"make score: {shared} not found (no ../shared beside the repo): nothing to score")
        return 0
    floors = json.loads(FLOORS.read_text())
    failed = []
    for name, docs in families(shared).items():
        if args.only and name not in args.only or not docs:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            scratch = Path(tmp)
            out = scratch / "out"
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "planx", "convert", *map(str, docs), "-o", str(out),
                            "--no-progress", "-q"], check=False, capture_output=True, text=True)
            seconds = time.perf_counter() - start
            score, report = run_score(out, docs, scratch)
            accounted = read_accounted(out)
        floor = floors.get(name)
        acc_floor = floors.get("text_accounted", {}).get(name)
        lowest = min((v for v in accounted.values() if v is not None), default=None)
        worst = min(report["documents"], key=lambda d: d["accuracy"] or 0)
        verdict = "ok" if floor is None or score >= floor else "BELOW FLOOR"
        mean = sum(d["accuracy"] or 0 for d in report["documents"]) / max(1, len(report["documents"]))
        print(f"{name:<14} score {score:5.1f}  floor {floor if floor is not None else '-':>5}  "
              f"{len(docs)} docs in {seconds:.1f}s  (mean per document {mean:.1f})  "
              f"worst {worst['doc']} {worst['accuracy']}  {verdict}")
        for d in report["documents"]:
            print(f"    {d['doc']:<44} {d['accuracy']!s:>6}  actions {d['paired']}/{d['truth_actions']}"
                  f" (out {d['output_actions']})  text accounted {accounted.get(d['doc'])}%")
        if acc_floor is not None and (lowest is None or lowest < acc_floor):
            print(f"    text accounted: lowest {lowest}% is below the floor {acc_floor}%")
            verdict = "BELOW FLOOR"
        if verdict != "ok":
            failed.append(name)
    def verdict(name: str, score: float, what: str) -> None:
        """Print one family's line and note it when it is below its floor."""
        floor = floors.get(name)
        ok = floor is None or score >= floor
        print(f"{name:<14} score {score:5.1f}  floor {floor if floor is not None else '-':>5}  {what}  "
              f"{'ok' if ok else 'BELOW FLOOR'}")
        if not ok:
            failed.append(name)

    if not args.only or "corpus-pdf-borderless" in args.only:
        score, worst = score_borderless(shared)
        verdict("corpus-pdf-borderless", score, f"(the corpus PDFs with their rulings removed)  worst {worst}")
    if (not args.only or "icdar" in args.only) and (shared / "icdar2013").is_dir():
        score, seconds = score_icdar(shared)
        verdict("icdar", score, f"(planx tables on ICDAR-2013, adjacency F1) in {seconds:.1f}s")
    if (not args.only or "tablebench" in args.only) and (shared / "tablebench").is_dir():
        score, seconds = score_icdar(shared, "tablebench")
        verdict("tablebench", score, f"(planx tables on the tablebench, grid truth F1) in {seconds:.1f}s")
    if (not args.only or "ruled-vs-pdfplumber" in args.only) and (shared / "train").is_dir():
        score, n = score_ruled_agreement(shared)
        verdict("ruled-vs-pdfplumber", score, f"(planx tables against pdfplumber's extract_tables, {n} ruled PDFs)")
    if args.only and "scan-unseen" in args.only and (shared / "train" / "manifest.json").exists():
        score, per_doc = score_unseen_scans(shared)
        verdict("scan-unseen", score, f"(scans of born-digital train PDFs, not tuned on)  {per_doc}")
    if not args.only or "changes" in args.only:
        verdict("changes", score_changes(shared), "(planx audit on the corpus version pairs, F1)")
    if failed:
        print(f"make score: below the floor in {', '.join(failed)}")
        return 1
    print("make score: every family at or above its floor")
    return 0


SCORER = Path()
if __name__ == "__main__":
    sys.exit(main())
