"""The command line every seeded sample generator shares: `python -m samples.make_X FOLDER [SEED ...]`.

A generator's main(folder, seeds) writes its documents (and truth) and returns their paths; this
reads the folder and seeds from the command line, runs it and prints each path written."""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

Generator = Callable[[Path, list[int]], list[Path]]


def run_generator(main: Generator, usage: str | None, default_seeds: list[int],
                  default_folder: str | None = None) -> None:
    """Run main with sys.argv's FOLDER and SEEDs (default_seeds when none are given). With no
    FOLDER: default_folder, or the usage text and exit status 2 when there is none."""
    if len(sys.argv) < 2 and default_folder is None:
        print(usage)
        sys.exit(2)
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(str(default_folder))
    seeds = [int(s) for s in sys.argv[2:]] or default_seeds
    for made in main(target, seeds):
        print(made)


def write_truth_json(path: Path | str, truth: dict[str, Any]) -> Path:
    """Write a truth record (../shared/CONTRACT.md's truth format) as the JSON every generator
    writes: UTF-8, letters as printed (not \\u escapes), one-space indent, a final newline."""
    target = Path(path)
    target.write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


# writes one document at the path with the seed's random source and returns its truth's actions
DocumentWriter = Callable[[Path, random.Random], list[dict[str, Any]]]


def write_seeded(folder: Path, seeds: list[int], stem: str,
                 writers: Sequence[tuple[str, DocumentWriter]]) -> list[Path]:
    """Each writer's document for each seed as FOLDER/STEM_SEED_SUFFIX, with its truth beside it
    (the document's name and the actions the writer returns); a seed's writers share one
    random.Random(seed), in order, so a seed always gives the same documents."""
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for seed in seeds:
        rng = random.Random(seed)
        for suffix, write in writers:
            path = folder / f"{stem}_{seed}_{suffix}"
            write_truth_json(path.with_name(path.name + ".truth.json"), {"doc": path.name, "actions": write(path, rng)})
            made.append(path)
    return made


def seed_range(text: str) -> list[int]:
    """Seeds from the command line: '0-3' (a range, both ends) or '1,5,9'."""
    if "-" in text:
        lo, hi = text.split("-")
        return list(range(int(lo), int(hi) + 1))
    return [int(s) for s in text.split(",")]


def measuring_parser(renderings: tuple[str, ...], only_help: str = "renderings to measure") -> argparse.ArgumentParser:
    """The options of a generator that also measures planx on what it made: --out FOLDER, --seeds
    ('0-3' or '1,5,9'), --measure, --only (renderings, comma-separated) and --no-make (measure
    what is already in --out)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--seeds", default="0-3", help="'0-3' or '1,5,9' (default 0-3)")
    ap.add_argument("--measure", action="store_true")
    ap.add_argument("--only", default=",".join(renderings), help=only_help)
    ap.add_argument("--no-make", action="store_true", help="measure what is already in --out")
    return ap
