"""Audit every version pair of the corpus into one output and score changes.csv against the pairs' truth.

usage: python scripts/score_changes.py [--shared ../shared] [--out out/audit-score] [--min-score N]

Reads SHARED/corpus/manifest.json ("pairs": old_doc, new_doc), runs `planx.audit` on each
pair into the same folder (changes.csv holds all pairs' rows), then runs
SHARED/score.py OUT SHARED/corpus --changes --verbose. Exit status: score.py's.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "audit-score")
    ap.add_argument("--min-score", type=float, default=None)
    args = ap.parse_args()
    corpus = args.shared / "corpus"
    manifest = corpus / "manifest.json"
    if not manifest.exists():
        print(f"no corpus manifest at {manifest}", file=sys.stderr)
        return 2
    import planx
    for pair in json.loads(manifest.read_text(encoding="utf-8")).get("pairs", []):
        try:
            res = planx.audit(corpus / pair["old_doc"], corpus / pair["new_doc"], out=args.out)
        except planx.AuditError as e:
            print(f"{pair.get('name', '?')}: {e}", file=sys.stderr)
            continue
        for w in res.warnings:
            print(f"{pair.get('name', '?')}: warning: {w}", file=sys.stderr)
        print(f"{pair.get('name', '?')}: {res.line()}")
    cmd = [sys.executable, str(args.shared / "score.py"), str(args.out), str(corpus), "--changes", "--verbose"]
    if args.min_score is not None:
        cmd += ["--min-score", str(args.min_score)]
    return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
