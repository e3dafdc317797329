"""Plan tables in layouts the PDF engine was not tuned on (samples/make_stress_plans.py, issue 15): a
prose column of long actions and their bullets with Who | When | RAG set far right, a group row in
larger type under a three-line heading, a date a narrow column cut inside its year, a group row opening
the next page of a long table. Unit checks place words as a renderer does; the end-to-end checks draw
the generator's documents and convert them (one of them scanned, read by OCR)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import read

from planx.extract.pdfgeom import broken_date, join_lines
from planx.extract.pdftables import FoundTable, tables_from_words
from samples import make_stress_plans as stress

SIZE = 8.0


def words_at(text: str, x: float, top: float, size: float = SIZE) -> list[dict[str, Any]]:
    out = []
    for w in text.split():
        width = 0.5 * size * len(w)
        out.append({"text": w, "x0": x, "x1": x + width, "top": top, "bottom": top + size, "size": size})
        x += width + 0.25 * size
    return out


def lines_at(rows: list[tuple[float, list[tuple[float, str]], float]]) -> list[dict[str, Any]]:
    """(top, [(x, text) …], size) per line."""
    return [w for top, pieces, size in rows for x, text in pieces for w in words_at(text, x, top, size)]


def grid(t: FoundTable) -> list[list[str]]:
    rows = [["" for _ in range(t.ncols)] for _ in range(t.nrows)]
    for c in t.cells:
        rows[c.r][c.c] = c.text.replace("\n", " / ")
    return rows


# ---- unit checks ------------------------------------------------------------------------------------

def test_a_date_cut_inside_its_year_is_joined_again() -> None:
    assert join_lines(["30/11/202", "6"]) == "30/11/2026"
    assert join_lines(["30/11/", "2026"]) == "30/11/2026"
    assert join_lines(["Due 1/2/20", "26"]) == "Due 1/2/2026"
    # a complete date, or lines that do not finish a year, stay apart
    assert join_lines(["30/06/25", "2026"]) == "30/06/25\n2026"
    assert join_lines(["30/11/2026", "5 items"]) == "30/11/2026\n5 items"
    assert join_lines(["see 3.2.", "4 of plan"]) == "see 3.2.\n4 of plan"
    assert not broken_date("30/11/202", "65")


def test_a_prose_column_keyed_by_who_when_rag_far_right_is_one_table() -> None:
    """The actions run on into bulleted steps on lines of their own; Who, When and RAG stand on the
    first line of each action, far to the right (a gutter many times wider than theirs): one table of
    four columns, each action a row with its steps (pdfborderless.keyed_rows)."""
    rows = [[(40, "What we will do"), (440, "Who"), (490, "When"), (540, "RAG")],
            [(40, "Review the pathway with partners"), (440, "Ann Lee"), (490, "May-21"), (540, "G")],
            [(40, "• Agree the scope")], [(40, "• Train the staff")],
            [(40, "Publish the offer online"), (440, "Tom Bran"), (490, "Jun-21"), (540, "A")],
            [(40, "• Draft the guidance")], [(40, "• Consult families")],
            [(40, "Audit case files"), (440, "Cy Dunn"), (490, "Jul-21"), (540, "R")],
            [(40, "• Report to the board")], [(40, "• Share findings")]]
    tops, y = [], 100.0
    for pieces in rows:  # rows set apart by the cells' padding, as a renderer sets them
        y += 6.0 if len(pieces) > 1 else 0.0
        tops.append(y)
        y += 10.0
    words = lines_at([(top, pieces, SIZE) for top, pieces in zip(tops, rows, strict=True)])
    tables = tables_from_words(words, [], (0, 0, 600, 800))
    assert len(tables) == 1, [grid(t) for t in tables]
    g = grid(tables[0])
    assert g[0] == ["What we will do", "Who", "When", "RAG"]
    assert g[1] == ["Review the pathway with partners / • Agree the scope / • Train the staff", "Ann Lee", "May-21",
                    "G"]
    assert [r[1] for r in g[1:]] == ["Ann Lee", "Tom Bran", "Cy Dunn"]


def test_two_tables_side_by_side_stay_apart() -> None:
    """A table of three columns beside a list with lines of its own (not on the table's baselines):
    two things, not one table keyed by the other."""
    rows = [(100, [(40, "Area"), (120, "Score"), (440, "Notes"), (520, "Owner")], SIZE),
            (110, [(40, "North"), (120, "12")], SIZE), (115, [(440, "Check data"), (520, "Ann")], SIZE),
            (120, [(40, "South"), (120, "15")], SIZE), (126, [(440, "Re-run"), (520, "Bo")], SIZE),
            (130, [(40, "East"), (120, "9")], SIZE), (137, [(440, "Audit"), (520, "Cy")], SIZE),
            (140, [(40, "West"), (120, "11")], SIZE)]
    tables = tables_from_words(lines_at(rows), [], (0, 0, 600, 800))
    assert not any(t.ncols == 4 and any("North" in r[0] and "Check" in " ".join(r) for r in grid(t)) for t in tables)


def test_a_group_row_in_larger_type_under_a_stacked_heading_stays_in_the_table() -> None:
    """A heading over three lines, then 'Priority 1: …' in type a point larger than the body, then the
    rows: one table whose heading cells hold their stacked lines (pdfborderless.banner_row)."""
    body = [(40, "1.1"), (70, "Map the offer"), (200, "Ann Lee"), (290, "Mar 2026"), (360, "G")]
    rows = [(100, [(40, "Ref"), (70, "Action"), (200, "Lead"), (290, "Target"), (360, "RAG")], SIZE),
            (110, [(290, "completion")], SIZE), (120, [(290, "date")], SIZE),
            (133, [(40, "Priority 1: Transitions into adulthood")], 9.5),
            (148, body, SIZE), (158, [(70, "with partners")], SIZE),
            (172, [(40, "1.2"), (70, "Train the staff"), (200, "Bo Chan"), (290, "Jun 2026"), (360, "A")], SIZE)]
    tables = tables_from_words(lines_at(rows), [], (0, 0, 600, 800))
    assert len(tables) == 1, [grid(t) for t in tables]
    g = grid(tables[0])
    assert g[0] == ["Ref", "Action", "Lead", "Target / completion / date", "RAG"]
    assert any("Priority 1" in " ".join(r) for r in g[1:3])
    assert ["1.1", "Map the offer / with partners", "Ann Lee", "Mar 2026", "G"] in g


# ---- end to end ---------------------------------------------------------------------------------------

def convert(tmp_path: Path, docs: list[Path]) -> Path:
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "planx", "convert", *map(str, docs), "-o", str(out), "-q", "--no-progress"],
                   capture_output=True, text=True, check=False)
    return out


def drawn(tmp_path: Path, name: str, seed: int) -> tuple[Path, stress.Plan]:
    plan, _ = stress.plan_for(name, seed)
    pdf = tmp_path / f"{name}_{seed}.pdf"
    stress.write_pdf(plan, pdf)
    return pdf, plan


def actions_of(out: Path, pdf: Path) -> list[dict[str, str]]:
    return [r for r in read(out, "actions") if r["doc"] == pdf.name]


def test_the_generators_plans_convert_field_for_field(tmp_path: Path) -> None:
    """A prose plan with no rules (Who | When | RAG far right of bulleted actions), a wide landscape
    plan of nine columns under three-line headings with group rows in larger type, long trackers whose
    narrow due column cuts dates inside their year and whose next page opens with a group row: every
    action, with its lead, due date, RAG and area, as the generator wrote them."""
    cases = [("prose", 1), ("wide", 0), ("long", 3), ("long", 6)]
    pdfs = [drawn(tmp_path, name, seed) for name, seed in cases]
    out = convert(tmp_path, [p for p, _ in pdfs])
    for pdf, plan in pdfs:
        got = actions_of(out, pdf)
        assert len(got) == len(plan.actions), pdf.name
        for row, truth in zip(got, plan.actions, strict=True):
            for key in ("lead", "due_raw", "due_date", "rag", "area", "responsible"):
                if key in truth:
                    assert " ".join(row[key].split()) == truth[key], (pdf.name, key, row[key], truth[key])


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_the_prose_plan_scanned_reads_as_drawn(tmp_path: Path) -> None:
    """The prose plan rendered to a tilted, grainy image-only page and read by OCR: every action with
    its due date and RAG."""
    from samples.make_scan_samples import Look, scan_pdf
    pdf, plan = drawn(tmp_path, "prose", 1)
    scan = tmp_path / "prose_scan.pdf"
    scan_pdf(pdf, scan, Look(dpi=200, skew=1.2, noise=5.0, jpeg=70), seed=1)
    got = actions_of(convert(tmp_path, [scan]), scan)
    assert len(got) == len(plan.actions)
    assert [r["due_date"] for r in got] == [a["due_date"] for a in plan.actions]
    assert [r["rag"] for r in got] == [a["rag"] for a in plan.actions]


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_a_line_the_first_reading_left_out_is_read_again() -> None:
    """Two lines of print on a page; the words of the second taken out of the first reading (as
    Tesseract's layout analysis drops a line now and then): pdfocr.missed_lines finds its ink that no
    word covers and reads it; with every line read, it reads nothing."""
    cv2 = pytest.importorskip("cv2")
    import numpy as np

    from planx.extract import pdfocr
    exe = pdfocr.tesseract()
    assert exe is not None
    img = np.full((500, 1400, 3), 255, np.uint8)
    cv2.putText(img, "Review the pathway with partners", (60, 150), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (0, 0, 0), 2)
    cv2.putText(img, "Assistant Director, Safeguarding", (60, 300), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (0, 0, 0), 2)
    scan, pieces = pdfocr.prepare(img, 200.0)
    pdfocr.read_pieces(scan, pieces, exe)
    assert not pdfocr.missed_lines(scan, exe, 1.5)
    scan.words = [w for w in scan.words if w.top < 220]
    again = pdfocr.missed_lines(scan, exe, 1.5)
    assert "Director," in [w.text for w in again] and all(w.top > 220 for w in again)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract is not installed")
def test_a_capital_alone_the_first_reading_left_out_is_read_again() -> None:
    """A rating's letter alone at a line's end, far from the words ('K' read as nothing, as a
    montage's layout analysis drops a lone letter): pdfocr.missed_lines reads it as a letter alone,
    not as sparse text (which leaves a single letter out); a speck of its width but not a capital's
    height is not read."""
    cv2 = pytest.importorskip("cv2")
    import numpy as np

    from planx.extract import pdfocr
    exe = pdfocr.tesseract()
    assert exe is not None
    img = np.full((500, 1400, 3), 255, np.uint8)
    cv2.putText(img, "Review the pathway", (60, 150), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (0, 0, 0), 2)
    cv2.putText(img, "K", (900, 150), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (0, 0, 0), 2)
    cv2.rectangle(img, (900, 300), (912, 304), (0, 0, 0), -1)
    scan, pieces = pdfocr.prepare(img, 200.0)
    pdfocr.read_pieces(scan, pieces, exe)
    scan.words = [w for w in scan.words if w.left < 800]
    again = pdfocr.missed_lines(scan, exe, 1.5)
    assert [w.text for w in again] == ["K"] and again[0].left > 850


def test_a_scan_read_at_its_own_resolution_gets_a_second_look(monkeypatch: pytest.MonkeyPatch) -> None:
    """At 300 dpi the words are not enlarged, and the unsure ones are still read again alone
    ('c' for a lone '7' in a narrow column, read in a block, comes back '7')."""
    pytest.importorskip("cv2")
    import numpy as np

    from planx.extract import pdfocr
    looked: list[float] = []
    monkeypatch.setattr(pdfocr, "second_look", lambda scan, exe: looked.append(scan.dpi) or scan.words)
    monkeypatch.setattr(pdfocr, "missed_lines", lambda scan, exe, zoom: [])
    monkeypatch.setattr(pdfocr, "read_words", lambda image, exe, dpi, zoom, psm=6: [])
    img = np.full((300, 600, 3), 255, np.uint8)
    scan, pieces = pdfocr.prepare(img, 300.0)
    pdfocr.read_pieces(scan, pieces, "tesseract")
    assert looked == [300.0]
