"""`planx tables`: the raw tables a PDF holds, after stitching and span detection, before normalise/."""
from __future__ import annotations

import json
from pathlib import Path

from planx.extract.model import ExtractError


def write_tables(paths: list[Path], out: Path, debug: bool = False) -> tuple[int, int]:
    """DIR/NAME.tables.json for each PDF (see ../shared/score_tables.py for the format; each entry
    also says its table's number, whether it goes on from the page before, whether it is ruled,
    its confidence and the evidence for its rows and columns); with `debug`, DIR/NAME.pageN.png
    too (extract.pdfdebug); (done, failed)."""
    from planx.extract.pdf import pdf_tables
    from planx.pipeline import iter_files
    out.mkdir(parents=True, exist_ok=True)
    done = failed = 0
    for path in iter_files(paths):
        if path.suffix.lower() != ".pdf":
            continue
        try:
            tables = pdf_tables(path)
        except ExtractError as e:
            print(f"failed  {path.name}: {e}")
            failed += 1
            continue
        (out / f"{path.stem}.tables.json").write_text(json.dumps(tables, ensure_ascii=False, indent=1),
                                                     encoding="utf-8")
        if debug:
            from planx.extract.pdfdebug import debug_pages
            debug_pages(path, out)
        done += 1
    return done, failed
