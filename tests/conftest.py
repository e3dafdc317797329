from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.extract.pdfgeom import Word

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def text_samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The text samples, written fresh by their generator."""
    from samples.make_text_samples import main
    folder = tmp_path_factory.mktemp("samples")
    main(folder)
    return folder


@pytest.fixture(scope="session")
def converted(text_samples: Path, tmp_path_factory: pytest.TempPathFactory):
    import planx
    out = tmp_path_factory.mktemp("out")
    summary = planx.convert(text_samples, out=out)
    return out, summary


def convert_text(folder: Path, name: str, text: str) -> Any:
    """Write text as the file NAME in folder (Markdown, HTML, a text plan: its suffix says which) and
    convert it in this process: planx.convert_file's result (actions, leftovers, warnings …)."""
    import planx
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(str(path))


needs_shared = pytest.mark.skipif(not (SHARED / "score.py").exists(), reason="../shared is not beside the repo")


def run_child(code: str, *args: str) -> dict:
    """Run code in a fresh interpreter (what it imports is then its own); it prints JSON last."""
    import json
    import subprocess
    import sys
    import tempfile
    script = Path(tempfile.mkdtemp()) / "child.py"
    script.write_text(code, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def read(out: Path, table: str) -> list[dict[str, str]]:
    """One table of a planx output folder (OUT/TABLE.csv) as a list of rows."""
    with open(out / f"{table}.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def truths(folder: Path, pattern: str = "*.truth.json") -> list[dict]:
    """The truth files a samples generator wrote into folder, parsed, in name order."""
    return [json.loads(f.read_text(encoding="utf-8")) for f in sorted(folder.glob(pattern))]


def norm_words(text: str) -> str:
    """Text compared as the scorer does: punctuation and case ignored, whitespace folded."""
    return " ".join(re.sub(r"[^\w\s]", " ", text or "").casefold().split())


def assert_actions_as_truth(folder: Path, out: Path, doc: str, fields: tuple[str, ...]) -> None:
    """A generated document's actions in `out` are its truth's, one for one (matched by their action
    text as the scorer compares it), each with the truth's value in every field of `fields` it gives."""
    truth = json.loads((folder / f"{doc}.truth.json").read_text(encoding="utf-8"))
    got = {norm_words(a["action"]): a for a in read(out, "actions") if a["doc"] == doc}
    assert len(got) == len(truth["actions"]), doc
    for want in truth["actions"]:
        action = got[norm_words(want["action"])]
        for name in fields:
            if name in want:
                assert norm_words(action[name]) == norm_words(want[name] or ""), (doc, want["action"], name)


def assert_small_plan_read(scan: Path, out: Path) -> None:
    """A scan of make_scan_samples' small plan converts cleanly and reads as the plan: every action
    its truth lists and no other, each with its lead and due date as printed."""
    import planx
    from samples.make_scan_samples import truth_small
    assert planx.convert([scan], out=out).failed == 0
    acts = {r["action"]: r for r in read(out, "actions")}
    truth = truth_small(scan.name)
    assert set(acts) == {a["action"] for a in truth["actions"]}
    for a in truth["actions"]:
        assert (acts[a["action"]]["lead"], acts[a["action"]]["due_raw"]) == (a["lead"], a["due_raw"])


def grid(*rows: list[str | Cell]) -> Table:
    """A table of page 1 from rows of texts (or Cells, to give one a fill or a span): the walker's input
    without a file."""
    out = []
    for r, texts in enumerate(rows):
        cells = [t if isinstance(t, Cell) else Cell(t, k) for k, t in enumerate(texts)]
        out.append(Row(cells, page=1, line=r + 1))
    return Table(out, page=1, index=1)


def words_of(lines: list[tuple[float, float, str]], size: float = 10.0) -> list[Word]:
    """(x, top, text) lines as words 5 points a character apart."""
    out: list[Word] = []
    for x, top, text in lines:
        for m in re.finditer(r"\S+", text):
            out.append(Word(m.group(), x + 5 * m.start(), x + 5 * m.end(), top, top + size, size))
    return out


def wrap_words(text: str, width: int) -> list[str]:
    """Text broken into lines of at most width characters at spaces (a longer word a line of its own):
    how a drawn test document sets a paragraph on its page."""
    lines, line = [], ""
    for w in text.split():
        if line and len(line) + len(w) + 1 > width:
            lines.append(line)
            line = ""
        line = f"{line} {w}".strip()
    return lines + [line] if line else lines


def draw_lines(c: Any, x: float, y: float, text: str, width: int, pitch: float = 13, font: str = "Helvetica",
               size: float = 10) -> float:
    """Text wrapped at width characters, drawn on a reportlab canvas a line every pitch points down from
    y; the y under its last line."""
    c.setFont(font, size)
    for ln in wrap_words(text, width):
        c.drawString(x, y, ln)
        y -= pitch
    return y


def add_word_table(d: Any, head: list[str], rows: Sequence[Sequence[str] | str], merged: bool = True) -> Any:
    """A table added to a python-docx document: the head's labels over the rows, each row its cells'
    texts, or a string, a band row (merged across the table, or else typed in its first cell)."""
    t = d.add_table(rows=1, cols=len(head))
    for c, h in zip(t.rows[0].cells, head, strict=True):
        c.text = h
    for r in rows:
        cells = t.add_row().cells
        if isinstance(r, str):
            (cells[0].merge(cells[-1]) if merged else cells[0]).text = r
        else:
            for c, v in zip(cells, r, strict=True):
                c.text = v
    return t


def word_table_plan(path: Path, title: str, head: list[str], rows: Sequence[Sequence[str] | str],
                    merged: bool = True) -> Path:
    """A Word plan: its title (Heading 1) over one table (add_word_table)."""
    import docx
    d = docx.Document()
    d.add_heading(title, 1)
    add_word_table(d, head, rows, merged)
    d.save(str(path))
    return path


def sheet_table_plan(path: Path, title: str, head: list[str], rows: Sequence[Sequence[str] | str],
                     merged: bool = True, sheet: str | None = None) -> Path:
    """A workbook plan: its title, an empty row, the head's labels, then the rows (a string a band in
    the first column, merged across the table's columns when merged); sheet names the sheet."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    if sheet is not None:
        ws.title = sheet
    ws.append([title])
    ws.append([])
    ws.append(head)
    for r in rows:
        if isinstance(r, str):
            ws.append([r])
            if merged:
                ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(head))
        else:
            ws.append(list(r))
    wb.save(path)
    return path


def pdf_of_blocks(blocks: list) -> RawDocument:
    """A PDF's raw document holding these blocks, each paragraph on the line of its place (the readers
    of headings over tables take order from the line)."""
    raw = RawDocument(path="p.pdf", name="p.pdf", format="pdf")
    for i, b in enumerate(blocks):
        if isinstance(b, Paragraph):
            b.line = i
    raw.blocks = blocks
    return raw
