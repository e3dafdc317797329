"""Borderless copies of the corpus PDFs: rulings removed, cell shading kept (a test set).

Each page's content stream (and its form XObjects) is rewritten: a path that is stroked is
dropped, and so is a thin filled one (a rule drawn as a filled rectangle, as LibreOffice does);
a filled area of some size (cell shading, so colour RAG survives) stays, without its stroke.
Truth files are copied beside each PDF under the same name.

    .venv/bin/python scripts/make_borderless.py [--src /work/shared/corpus] [--out /tmp/borderless]

Needs pikepdf (`pip install pikepdf`); writes only into --out (never into the repo).
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import Any

PATH_OPS = {"m", "l", "c", "v", "y", "h", "re"}
STROKE = {"S", "s"}
FILL = {"f", "F", "f*"}
BOTH = {"B", "B*", "b", "b*"}
THIN = 2.5  # points: a filled path narrower than this in one direction is a rule


def path_box(ops: list[tuple[list[Any], str]]) -> tuple[float, float]:
    """Width and height of the points a path visits (user space; rules are thin in any scale)."""
    xs: list[float] = []
    ys: list[float] = []
    for operands, op in ops:
        nums = [float(v) for v in operands]
        if op == "re":
            x, y, w, h = nums
            xs += [x, x + w]
            ys += [y, y + h]
        else:
            xs += nums[0::2]
            ys += nums[1::2]
    if not xs:
        return 0.0, 0.0
    return max(xs) - min(xs), max(ys) - min(ys)


def strip_stream(instructions: list[Any]) -> list[Any]:
    import pikepdf
    out: list[Any] = []
    path: list[tuple[list[Any], str]] = []
    for operands, operator in instructions:
        op = str(operator)
        if op in PATH_OPS:
            path.append((list(operands), op))
            continue
        if op in STROKE or op in FILL or op in BOTH or op == "n":
            w, h = path_box(path)
            if (op in FILL or op in BOTH) and min(w, h) >= THIN:
                out.extend(pikepdf.ContentStreamInstruction(o, pikepdf.Operator(p)) for o, p in path)
                fill = "f*" if op in {"B*", "b*", "f*"} else "f"
                out.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator(fill)))
            elif op == "n":  # a clipping path: keep it as it is
                out.extend(pikepdf.ContentStreamInstruction(o, pikepdf.Operator(p)) for o, p in path)
                out.append(pikepdf.ContentStreamInstruction(operands, operator))
            path = []
            continue
        if path and op in {"W", "W*"}:
            out.extend(pikepdf.ContentStreamInstruction(o, pikepdf.Operator(p)) for o, p in path)
            path = []
        out.append(pikepdf.ContentStreamInstruction(operands, operator))
    return out


def strip_pdf(src: Path, dst: Path) -> None:
    import pikepdf
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            page.contents_coalesce()
            new = strip_stream(pikepdf.parse_content_stream(page))
            page.Contents.write(pikepdf.unparse_content_stream(new))
            for _, xobj in (page.Resources.get("/XObject") or {}).items():
                if xobj.get("/Subtype") == "/Form":
                    xobj.write(pikepdf.unparse_content_stream(strip_stream(pikepdf.parse_content_stream(xobj))))
        pdf.save(dst)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared" / "corpus")
    ap.add_argument("--out", type=Path, default=Path("/tmp/borderless"))
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    pdfs = sorted(args.src.glob("*.pdf"))
    if not pdfs:
        print(f"no PDFs in {args.src}", file=sys.stderr)
        return 1
    for src in pdfs:
        strip_pdf(src, args.out / src.name)
        truth = src.with_name(src.name + ".truth.json")
        if truth.exists():
            shutil.copy(truth, args.out / truth.name)
        print(args.out / src.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
