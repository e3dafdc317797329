"""Limits and messages (issue 16): running out of memory is named as the memory limit, in every
format; the time limit is CPU time, so a busy machine does not fail a good file; what libraries
say about a file lands in that file's warnings, not on stderr; failures are said in a reader's
words, with the details behind -v."""
from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import planx.pipeline
from planx.batch import Limits, Task, run_workers
from planx.pipeline import convert_file
from samples.make_malformed import tiny_pdf

ROOT = Path(__file__).resolve().parents[1]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PLAN = "Action\tLead\tTimescale\nReview the policy\tAnn Lee\tMay 2016\n"


def big_docx(path: Path, megabytes: int) -> Path:
    """A valid .docx whose document.xml is `megabytes` of paragraphs (compressing ~2.5:1, no bomb)."""
    rnd = random.Random(7)
    paras = "".join("<w:p><w:r><w:t>" + " ".join("".join(rnd.choice("abcdefghij") for _ in range(6))
                                                 for _ in range(12)) + "</w:t></w:r></w:p>" for _ in range(2000))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        with z.open("word/document.xml", "w") as fh:
            fh.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'.encode())
            for _ in range(megabytes * 2 ** 20 // len(paras) + 1):
                fh.write(paras.encode())
            fh.write(b"</w:body></w:document>")
    return path


def no_mediabox_pdf(path: Path) -> Path:
    """A PDF whose page has no MediaBox: pdfminer logs a warning, then pdfplumber trips over it."""
    path.write_bytes(tiny_pdf().replace(b"/MediaBox [0 0 612 792] ", b""))
    return path


# ---------------------------------------------------------------- 4. memory

def test_a_word_file_too_big_for_the_memory_limit_names_the_limit(tmp_path):
    doc = big_docx(tmp_path / "big.docx", 20)
    # a forkserver's worker: its baseline is a fresh interpreter's, not this test process's heap
    [r] = run_workers([Task(doc, "")], 1, Limits(timeout=60, max_memory=100), start_method="forkserver")
    assert r.status == "failed" and r.error == "memory limit exceeded: needed more than 100 MB (--max-memory)", r.error


@pytest.mark.parametrize("where", ["open", "page"])
def test_a_pdf_that_runs_out_of_memory_is_not_called_damaged(tmp_path, monkeypatch, where):
    import planx.extract.pdf as pdf

    def no_memory(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise MemoryError
    if where == "open":
        import pdfplumber
        monkeypatch.setattr(pdfplumber, "open", no_memory)
    else:
        monkeypatch.setattr(pdf, "read_page", no_memory)
    path = tmp_path / "plan.pdf"
    path.write_bytes(tiny_pdf())
    r = convert_file(path)
    assert r.status == "failed" and r.error == "ran out of memory while reading this file"


def test_a_real_xml_syntax_error_is_not_taken_for_memory():
    from lxml import etree

    from planx.extract.ooxml import out_of_memory
    with pytest.raises(etree.XMLSyntaxError) as caught:
        etree.fromstring(b"<a><b></a>")
    assert not out_of_memory(caught.value)


# ---------------------------------------------------------------- 10. CPU time, not the clock

def test_a_good_file_on_a_busy_machine_is_not_failed(tmp_path, monkeypatch):
    """A file that takes 3 s by the clock but little processor time (what a loaded machine does
    to a file) stays within a 1 CPU-second limit; the wall-clock backstop is far above."""
    real = planx.pipeline.extract

    def slow_clock(path: Path):  # type: ignore[no-untyped-def]
        time.sleep(3)
        return real(path)
    monkeypatch.setattr(planx.pipeline, "extract", slow_clock)
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    [r] = run_workers([Task(tmp_path / "plan.txt", "")], 1, Limits(timeout=1, max_memory=None), start_method="fork")
    assert r.status == "ok", r.error
    assert Limits(timeout=1).wall == 10  # the backstop: 10 times the CPU limit


def test_the_help_says_the_time_limit_is_cpu_time():
    from planx.cli import build_parser
    text = build_parser()._subparsers._group_actions[0].choices["convert"].format_help()  # type: ignore[union-attr]
    assert "CPU time" in text


# ---------------------------------------------------------------- 8. library noise, words for users

def test_pdf_library_warnings_go_to_the_files_row_not_stderr(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    no_mediabox_pdf(folder / "no_mediabox.pdf")
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "planx", "convert", str(folder), "-o", str(out), "--jobs", "2",
                           "--no-progress"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert "MediaBox" not in proc.stderr  # nothing from pdfminer, with no file name, on stderr
    con = sqlite3.connect(out / "plans.sqlite")
    status, error, warnings = con.execute(
        "SELECT status, error, warnings FROM documents WHERE doc = 'no_mediabox.pdf'").fetchone()
    con.close()
    assert "MediaBox missing" in warnings  # … but in that file's own row
    assert status == "failed" and "TypeError" not in error and "NoneType" not in error
    assert "PDF" in error and "damaged" in error
    verbose = subprocess.run([sys.executable, "-m", "planx", "convert", str(folder / "no_mediabox.pdf"), "-o",
                              str(tmp_path / "v"), "--no-progress", "-v"], cwd=ROOT, capture_output=True, text=True,
                             timeout=300)
    assert "detail: TypeError" in verbose.stderr  # the details, for whoever asks


def test_exception_class_names_stay_out_of_pdf_errors():
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psparser import PSEOF

    from planx.extract.pdferrors import damaged_pdf
    cut = damaged_pdf(PSEOF("Unexpected EOF"))
    assert "cut short" in str(cut) and cut.detail == "PSEOF: Unexpected EOF"
    wrapped = damaged_pdf(Exception(PDFSyntaxError("No /Root object!")))  # as pdfplumber wraps pdfminer's
    assert "structure is damaged" in str(wrapped) and "PDFSyntaxError" in wrapped.detail
    for e in (cut, wrapped, damaged_pdf(TypeError("'NoneType' object is not iterable"))):
        assert "Error" not in str(e) and "Exception" not in str(e) and "NoneType" not in str(e)


def test_a_library_failing_on_a_file_is_not_called_an_internal_error(tmp_path, monkeypatch):
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    monkeypatch.setattr(planx.pipeline, "extract", lambda path: json.loads(None))  # raises inside json
    r = convert_file(tmp_path / "plan.txt")
    assert r.status == "failed" and "looks damaged" in r.error and "internal" not in r.error
    assert r.detail.startswith("TypeError")
    monkeypatch.setattr(planx.pipeline, "extract", lambda path: None)  # normalise(None): a fault of planx's own
    r = convert_file(tmp_path / "plan.txt")
    assert r.status == "failed" and r.error.startswith("internal error") and "AttributeError" in r.detail


def test_a_workbook_its_reader_fails_on_is_said_in_plain_words(tmp_path):
    path = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.'
                   'openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<workbook><sheets><sheet name="a" r:id="rId9"/></sheets></workbook>')
    r = convert_file(path)
    assert r.status == "failed" and r.error == "corrupt Excel workbook: its content cannot be read"
    assert r.detail.startswith("XMLSyntaxError")  # the reader's own words, for -v
