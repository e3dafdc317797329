"""Audit speed: pairing two versions of N actions (default 500) on one core, and the full comparison.

Prints one line per figure and exits 1 when pairing takes more than --max-seconds
(issue 6: 500 x 500 in at most 1 s). Texts are generated in the phrasing of real plans
(shared verbs, subjects and aims), so unrelated actions are 40-70 alike, as in the corpus.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

VERBS = "Introduce Review Audit Develop Embed Implement Evaluate Revise Commission Strengthen Relaunch".split()
THINGS = ["the pathway plan template", "core group guidance", "the performance scorecard", "court skills training",
          "information sharing with the CCG", "placement stability meetings", "the return home interview service"]
AIMS = ["so that every care leaver knows their entitlements", "to improve the accuracy of recording",
        "so that conferences are held within 15 working days", "to reduce duplicate recording",
        "so that plans are updated after significant events"]


def versions(n: int, seed: int = 1):
    from planx.audit.versions import ActionView, MilestoneView, Version
    rnd = random.Random(seed)

    def text() -> str:
        return f"{rnd.choice(VERBS)} {rnd.choice(THINGS)} {rnd.choice(AIMS)} in locality {rnd.randint(1, 9000)}"

    def action(seq: int, t: str) -> ActionView:
        ms = [MilestoneView(f"Milestone {k} of {t[:30]}", due_date=f"2017-{rnd.randint(1, 12):02d}",
                            status=rnd.choice(["complete", "in_progress"]), seq=k) for k in range(1, 4)]
        return ActionView(action=t, seq=seq, area_ref=str(seq // 50 + 1), lead=rnd.choice(["A B", "C D"]),
                          due_date=f"2017-{rnd.randint(1, 12):02d}", status=rnd.choice(["complete", "in_progress"]),
                          rag=rnd.choice(["red", "amber", "green"]), milestones=ms)
    old = [action(i, text()) for i in range(1, n + 1)]
    texts = [a.action if rnd.random() < 0.9 else text() for a in old]
    rnd.shuffle(texts)
    new = [action(i, t) for i, t in enumerate(texts, 1)]
    return Version("old.txt", "2017-01", actions=old), Version("new.txt", "2017-04", actions=new)


def best_of(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-n", type=int, default=500, help="actions per version (default 500)")
    ap.add_argument("--max-seconds", type=float, default=1.0)
    ap.add_argument("--shared", help="ignored: this bench makes its own versions (make bench passes it to all)")
    args = ap.parse_args()
    start = time.perf_counter()
    from planx.audit.diff import compare
    from planx.audit.pairing import pair_texts
    imports = time.perf_counter() - start
    old, new = versions(args.n)
    a, b = [x.action for x in old.actions], [x.action for x in new.actions]
    ra, rb = [x.area_ref for x in old.actions], [x.area_ref for x in new.actions]
    start = time.perf_counter()
    pairs = pair_texts(a, b, ra, rb)  # the first call also loads scipy.optimize
    cold = time.perf_counter() - start
    warm = best_of(lambda: pair_texts(a, b, ra, rb))
    full = best_of(lambda: compare(old, new), runs=1)
    print(f"audit pairing {args.n}x{args.n}: {warm:.3f} s warm (best of 3), {cold:.3f} s first call "
          f"(loads scipy); {len(pairs)} pairs; planx imports {imports:.3f} s")
    print(f"audit compare {args.n}x{args.n} with 3 milestones each (pairing + change rows): {full:.3f} s")
    ok = warm <= args.max_seconds
    print(f"audit pairing within {args.max_seconds:.1f} s: {'yes' if ok else 'NO'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
