"""PDF plans end to end, on PDFs drawn by samples/make_pdf_samples.py, and bad PDF inputs."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

pytest.importorskip("reportlab")

import planx  # noqa: E402
from planx.extract import extract  # noqa: E402
from planx.extract.model import ExtractError, Table  # noqa: E402


@pytest.fixture(scope="module")
def pdf_samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from samples.make_pdf_samples import main
    folder = tmp_path_factory.mktemp("pdf-samples")
    main(folder)
    return folder


@pytest.fixture(scope="module")
def pdf_out(pdf_samples: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("pdf-out")
    good = [pdf_samples / n for n in ("ruled_tracker.pdf", "borderless_plan.pdf")]
    planx.convert(good, out=out)
    return out


def rows(out: Path, name: str) -> list[dict[str, str]]:
    with open(out / name, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def by_action(out: Path, doc: str) -> dict[str, dict[str, str]]:
    return {r["action"]: r for r in rows(out, "actions.csv") if r["doc"] == doc}


def test_ruled_table_over_two_pages_is_one_plan(pdf_out: Path) -> None:
    acts = by_action(pdf_out, "ruled_tracker.pdf")
    assert len(acts) == 7  # the repeated heading row is not an action
    broken = "Train every case worker in restorative approaches and record the outcomes"
    assert broken in acts  # the row broken by the page break, joined again
    assert acts[broken]["page"] == "1"
    assert acts["Report first-time entrant figures to the board every quarter"]["page"] == "2"


def test_colour_only_rag_and_areas_between_tables(pdf_out: Path) -> None:
    acts = by_action(pdf_out, "ruled_tracker.pdf")
    first = acts["Set up a triage panel with the police to divert first-time offenders"]
    assert (first["rag_raw"], first["rag"]) == ("#00b050", "green")
    late = acts["Track attendance weekly for every young person on an order"]
    assert (late["rag_raw"], late["rag"], late["area_ref"]) == ("#ff0000", "red", "2")
    assert first["area_ref"] == "1" and first["lead"] == "Amira Khan" and first["due_date"] == "2017-06"
    docs = {r["doc"]: r for r in rows(pdf_out, "documents.csv")}
    assert docs["ruled_tracker.pdf"]["title"] == "Youth Justice Improvement Plan (March 2017)"
    assert docs["ruled_tracker.pdf"]["status"] == "ok"


def test_borderless_table_with_wrapped_cells(pdf_out: Path) -> None:
    acts = by_action(pdf_out, "borderless_plan.pdf")  # wrapped lines joined, lower or upper case
    assert set(acts) == {
        "Open a single front door for early help requests from schools and health visitors",
        "Publish the early help offer on the Council website",
        "Run quarterly audits of early help assessments with partner agencies"}
    assert acts["Publish the early help offer on the Council website"]["lead"] == "Tariq Hussain"
    assert acts["Run quarterly audits of early help assessments with partner agencies"]["due_date"] == "2018-09"


def test_borderless_framework_banners_and_merged_objective(pdf_samples: Path, tmp_path: Path) -> None:
    """No rulings: area banners crossing the column gutters keep the columns, the lead at their right
    is the area's lead, wrapped cells are joined by their column's leading, and an objective merged
    over two actions (running on past the next row's first line) belongs to both."""
    planx.convert([pdf_samples / "borderless_framework.pdf"], out=tmp_path)
    acts = by_action(tmp_path, "borderless_framework.pdf")
    assert list(acts) == ["Introduce a weekly assessment tracker for every team", "Audit ten assessments a month",
                          "Train conference chairs in direct work with children"]
    first, second, third = acts.values()
    objective = "Children in need are assessed on time and their plans say who does what by when"
    assert first["objective"] == second["objective"] == objective
    assert (first["area_ref"], first["area_lead"], first["due_raw"], first["measure"]) == (
        "1", "Nadia Osei", "June 2019", "Assessments within 45 days")
    assert (second["due_raw"], second["status_raw"]) == ("Sep-19", "Not started")
    assert (third["area_ref"], third["area_lead"], third["objective"]) == (
        "2", "Owen Castillo", "Children's views are recorded in every plan")


def test_raw_rows_mark_the_repeated_heading(pdf_samples: Path) -> None:
    raw = extract(pdf_samples / "ruled_tracker.pdf")
    tables = [b for b in raw.blocks if isinstance(b, Table)]
    assert len(tables) == 2 and raw.pages == 2
    assert [r.repeated_header for r in tables[0].rows].count(True) == 1
    assert {r.page for r in tables[0].rows} == {1, 2}


@pytest.mark.parametrize("name, words", [
    ("locked.pdf", "encrypted"),
    ("truncated.pdf", "the PDF is cut short"),
    ("webpage.pdf", "web page (HTML)"),
])
def test_bad_pdfs_fail_clearly(pdf_samples: Path, name: str, words: str) -> None:
    with pytest.raises(ExtractError, match=words.replace("(", r"\(").replace(")", r"\)")):
        extract(pdf_samples / name)


def test_bad_pdfs_in_a_batch(pdf_samples: Path, tmp_path: Path) -> None:
    files = [pdf_samples / n for n in ("locked.pdf", "truncated.pdf", "webpage.pdf", "borderless_plan.pdf")]
    summary = planx.convert(files, out=tmp_path)
    assert summary.failed == 3 and summary.ok == 1


def test_scanned_page_ocr_or_install_hint(pdf_samples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import planx.extract.pdfocr as ocr
    monkeypatch.setattr(ocr, "tesseract", lambda: None)
    with pytest.raises(ExtractError, match="apt-get install tesseract-ocr"):
        extract(pdf_samples / "scanned_plan.pdf")  # nothing readable: failed, with the how-to
    from planx.extract.pdf import PageResult, to_document
    pages = [PageResult(1), ocr.ocr_page(_FakeScan(), 2)]  # a text page and a scanned one
    raw = to_document(pdf_samples / "x.pdf", pages, 2)
    assert raw.warnings and "page 2 is scanned" in raw.warnings[0] and "tesseract-ocr" in raw.warnings[0]


def test_pages_with_a_text_layer_are_not_ocrd(pdf_samples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """OCR only where there is no text to read: a born-digital plan never reaches Tesseract."""
    import planx.extract.pdfocr as ocr

    def no_ocr(*args: object, **kw: object) -> None:
        raise AssertionError("a page with a text layer was OCR'd")
    monkeypatch.setattr(ocr, "ocr_page", no_ocr)
    monkeypatch.setattr(ocr, "run_tesseract", no_ocr)
    assert extract(pdf_samples / "borderless_plan.pdf").blocks


def test_the_scanned_page_reader_does_not_import_the_pdf_reader() -> None:
    """Imports go one way: pdf.py calls pdfocr for a page without text; pdfocr imports pdf.py
    nowhere, not even inside a function, nor anything that imports it (the page result and
    paragraphs live in pdfpage)."""
    import ast
    import subprocess
    import sys

    import planx.extract.pdfocr as ocr
    tree = ast.parse(Path(ocr.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert "planx.extract.pdf" not in imported
    code = "import sys; import planx.extract.pdfocr; sys.exit('planx.extract.pdf' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


class _FakeScan:
    height = 842.0


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")
def test_scanned_page_read_by_ocr(pdf_samples: Path, tmp_path: Path) -> None:
    summary = planx.convert([pdf_samples / "scanned_plan.pdf"], out=tmp_path)
    # a clean 200 dpi scan: Tesseract sure of its words, so nothing to check (tests/test_scan.py: unsure text)
    assert summary.ok == 1
    acts = by_action(tmp_path, "scanned_plan.pdf")
    assert len(acts) == 3  # OCR may misread a letter ('offer an the'), not the table's structure
    from rapidfuzz import fuzz  # a letter may be misread ('Tarig' for 'Tariq'), a lead not lost or moved
    leads = sorted(a["lead"] for a in acts.values())
    assert all(fuzz.ratio(got, want) >= 90 for got, want in
               zip(leads, ["Sofia Russo", "Sofia Russo", "Tariq Hussain"], strict=True)), leads


def test_page_time_limit(pdf_samples: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    import planx.extract.pdf as pdf
    real = pdf.read_page

    def spin(page, number, hints=()):  # type: ignore[no-untyped-def]
        end = time.process_time() + 5
        while time.process_time() < end:  # computes: CPU time
            pass
        raise AssertionError("not reached")
    monkeypatch.setattr(pdf, "read_page", spin)
    pages, total = pdf.read_pages(pdf_samples / "borderless_plan.pdf", limit=1)
    assert total == 1 and "gave up after 1 CPU-seconds" in pages[0].error

    def wait(page, number, hints=()):  # type: ignore[no-untyped-def]
        time.sleep(1.5)  # waits (a busy machine): the clock runs, the page's CPU time does not
        return real(page, number, hints)
    monkeypatch.setattr(pdf, "read_page", wait)
    pages, total = pdf.read_pages(pdf_samples / "borderless_plan.pdf", limit=1)
    assert pages[0].error == "" and pages[0].tables


def test_sideways_page_read_upright(pdf_samples: Path, tmp_path: Path) -> None:
    planx.convert([pdf_samples / "sideways_plan.pdf"], out=tmp_path)
    acts = by_action(tmp_path, "sideways_plan.pdf")
    first = acts["Name a virtual school link worker for the team"]
    assert (first["lead"], first["due_date"], first["rag_raw"]) == ("Grace Mbeki", "2017-04", "#00b050")
    assert len(acts) == 2


def test_characters_drawn_twice_and_ligatures() -> None:
    from planx.extract.pdfgeom import dedupe, text_of

    def ch(text: str, x: float, top: float = 10.0) -> dict:
        return {"text": text, "x0": x, "x1": x + 5, "top": top, "bottom": top + 10, "size": 10.0}
    chars = [ch("o", 0), ch("o", 0.4), ch("\ufb01", 5), ch("x", 10.5), ch("x", 10.9, 10.3)]
    assert text_of(dedupe(chars)) == "ofix"
    # the same letter over a cell away stays: 'll' in 'will' at a tight size, drawn 0.9 pt apart
    assert text_of(dedupe([ch("l", 0), ch("l", 1.6)])) == "ll"
    assert text_of(dedupe([ch("o", 0), ch("o", 0.6, 10.6)])) == "o"  # one cell off in both directions


@pytest.mark.parametrize("name", ["borderless_groups.pdf", "borderless_tight.pdf"])
def test_borderless_merged_cells_ending_early(pdf_samples: Path, tmp_path: Path, name: str) -> None:
    """No rulings: an objective and a measure merged over three actions but printed once, ending
    within the first row, still belong to every action of the group (the column shows merged cells
    elsewhere: an objective running on past a row start). In the tight copy rows are set no further
    apart than lines: each action still starts its own row (a capital on the new row's baseline),
    and the objective running on in lower case across the row start stays one merged cell."""
    planx.convert([pdf_samples / name], out=tmp_path)
    acts = by_action(tmp_path, name)
    assert list(acts) == ["Update the visit template to record who the child saw",
                          "Audit twenty visits a month across the locality teams",
                          "Report the audit findings to the practice board",
                          "Book each review when the plan starts", "Train chairs in direct work with children"]
    first, second, third, fourth, fifth = acts.values()
    for a in (first, second, third):
        assert (a["objective"], a["measure"]) == ("Children are seen alone at every visit",
                                                  "Visits with the child seen alone")
    for a in (fourth, fifth):
        assert (a["objective"], a["measure"]) == (
            "Plans are reviewed on time and every review hears the views of the child", "Reviews within timescale")
    assert (second["lead"], second["due_raw"], second["status_raw"]) == ("Nadia Osei", "Sep-19", "In progress")
    assert (fifth["lead"], fifth["due_raw"]) == ("Priya Shah", "Oct-19")


def test_page_objects_match_pdfplumber(pdf_samples: Path) -> None:
    """extract.pdfobjects reads characters and shapes itself (the fields the parser uses), images
    through pdfplumber: all must be pdfplumber's own values, in its order, on every sample page."""
    import pdfplumber

    from planx.extract.pdfobjects import page_objects
    checked = 0
    for path in sorted(pdf_samples.glob("*.pdf")):
        try:
            pdf = pdfplumber.open(path)
            pages = pdf.pages
        except Exception:  # the malformed samples: open_pdf's business, not this test's
            continue
        with pdf:
            for page in pages:
                objs = page_objects(page)
                for mine, theirs in ((objs.chars, page.chars), (objs.rects, page.rects), (objs.lines, page.lines),
                                     (objs.curves, page.curves)):
                    fields = list(mine[0]) if mine else []
                    assert mine == [{k: o[k] for k in fields} for o in theirs]
                assert objs.images == page.images
                checked += len(objs.chars) + len(objs.rects) + len(objs.lines) + len(objs.curves)
    assert checked > 1000


def test_grouping_is_text_of_and_make_lines() -> None:
    """pdfgeom.Grouping memoises group_lines/words_of per list: the same text and lines."""
    from planx.extract.pdfgeom import Grouping, make_lines, text_of

    def ch(t: str, x: float, top: float, size: float = 10.0) -> dict[str, object]:
        return {"text": t, "x0": x, "x1": x + 5, "top": top, "bottom": top + size, "size": size}
    chars = [ch(t, 6 * i + (40 if i > 3 else 0), 100 + 12 * (i % 2)) for i, t in enumerate("abcdefgh")]
    g = Grouping()
    for _ in range(2):  # the second time from the memo
        assert g.text(chars) == text_of(chars)
        assert g.make_lines(chars, 0.5) == make_lines(chars, 0.5)
        assert g.lines(chars) == [sorted(ln, key=lambda c: c["x0"]) for ln in g.lines(chars)]


# ---- stitching a table over pages ----------------------------------------------------------
def stitched_rows(first: list[list[str]], second: list[list[str]]) -> list[list[str]]:
    """A ruled table of `first` rows on one page and `second` on the next, stitched: its rows' texts."""
    from planx.extract.pdf import Stitched, join
    from planx.extract.pdftables import GridCell

    def grid(rows: list[list[str]]) -> list[list[GridCell]]:
        return [[GridCell(r, c, 1, 1, text) for c, text in enumerate(row)] for r, row in enumerate(rows)]
    t = Stitched(1, [(1, r, False) for r in grid(first)], len(first[0]), [], True)
    join(t, grid(second), 2)
    return [[c.text for c in cells] for _, cells, _ in t.rows]


def test_a_form_label_printed_again_in_another_case_starts_a_new_row() -> None:
    """A form repeated page after page, its label read 'indicator Title' from a scan: the label
    is the form's again (case and spacing aside), not the rest of the last row of the page before
    (whose text it would go on with, starting in lower case)."""
    page1 = [["INDICATOR OVERVIEW", ""], ["Indicator Title", "Plans completed on time"],
             ["Target", "95%"], ["When (will results be realised)", "improvement expected by May"]]
    page2 = [["INDICATOR  OVERVIEW", ""], ["indicator Title", "Care leavers in education"], ["Target", "55%"]]
    rows = stitched_rows(page1, page2)
    assert ["indicator Title", "Care leavers in education"] in rows
    assert rows[3] == ["When (will results be realised)", "improvement expected by May"]


def test_the_next_numbered_banner_on_a_new_page_starts_a_new_row() -> None:
    """DfE's PE and sport premium template (a school's 2020/21 report): a banner row per key
    indicator over its own heading rows and one row of items. The page breaks after indicator 1's
    row, whose intent cell stops on a comma; 'Key indicator 2: …' on the next page is the next
    banner, not the rest of that cell."""
    page1 = [["Key indicator 1: The engagement of all pupils", "", "Percentage of total allocation:"],
             ["Intent", "Implementation", "Impact"],
             ["Ensure progression of skills across the school,", "Purchase Rising Stars scheme", "Planning"]]
    page2 = [["Key indicator 2: The profile of PESSPA", "", "Percentage of total allocation:"],
             ["Intent", "Implementation", "Impact"]]
    rows = stitched_rows(page1, page2)
    assert rows[2] == ["Ensure progression of skills across the school,", "Purchase Rising Stars scheme", "Planning"]
    assert rows[3][0] == "Key indicator 2: The profile of PESSPA"


def test_a_row_cut_by_the_page_break_still_goes_on() -> None:
    """The rest of a row on the next page (its first cell empty, the others going on in lower case)
    joins the row above."""
    rows = stitched_rows([["Area", "Action", "Lead"], ["Early help", "Open a front door for", "Ann Lee"]],
                         [["", "short break requests", ""]])
    assert rows[-1] == ["Early help", "Open a front door for\nshort break requests", "Ann Lee"]


def test_a_row_whose_cells_begin_anew_is_a_new_row_under_an_empty_first_cell() -> None:
    """A new action under the same objective on the next page (its objective cell empty): its
    cells begin with capitals and its milestones with '(1)', so it is a row of its own."""
    page1 = [["Objective", "Actions", "Progress milestones", "RAG"],
             ["Care proceedings conclude", "Commission letters to improve statements at court",
              "(1) Guidance issued", "Amber"]]
    page2 = [["", "Agree with the family court a protocol", "(1) Project plan signed off", "Green"]]
    rows = stitched_rows(page1, page2)
    assert len(rows) == 3 and rows[2][1] == "Agree with the family court a protocol"
