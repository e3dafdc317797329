"""A Word binary (.doc) whose table LibreOffice's importer runs together: the table read from the
file's own cell marks (extract/wordbin.py, extract/legacy.py).

The fixture is synthetic: a python-docx plan (title, a ruled five-column table, the first column
merged down over two actions) saved as .doc by LibreOffice, which opens it again with the table's
cells run together in two paragraphs ('Quality issueWhat we are doingLeadToBRAG1. Falls prevention').
The second is made the same way: a three-column table whose RAG is shown only as each cell's fill.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from planx.extract.model import Paragraph, Table
from planx.extract.wordbin import compound_streams, word_layout

DOC = Path(__file__).parent / "fixtures" / "legacy" / "lo_saved_merged_table.doc"


def test_compound_file_streams() -> None:
    streams = compound_streams(DOC.read_bytes())
    assert {"WordDocument", "1Table"} <= set(streams)
    assert compound_streams(b"PK\x03\x04 not a compound file") == {}


def test_layout_rebuilds_rows_and_vertical_merge() -> None:
    layout = word_layout(DOC.read_bytes())
    assert layout is not None
    assert layout[0] == ("p", "Quality Improvement Plan - Test Trust")
    kinds = [kind for kind, _ in layout]
    assert kinds.count("t") == 1
    rows = next(body for kind, body in layout if kind == "t")
    assert [c[0] for c in rows[0]] == ["Quality issue", "What we are doing", "Lead", "To", "BRAG"]  # type: ignore[index]
    assert [c[0] for c in rows[2]][1:] == ["Audit bed rails monthly", "Medical Director", "Nov 2026", "A"]  # type: ignore[index]
    # the merged-down issue cell: its continuation is empty and says so
    assert rows[2][0] == ("", 0, 1, True, None)  # type: ignore[index]
    assert rows[3][0][:2] == ("2. Sepsis", 0)  # type: ignore[index]


def test_no_cell_marks_no_layout() -> None:
    assert word_layout(b"") is None
    assert word_layout(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600) is None


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_parse_legacy_restores_the_table() -> None:
    from planx.extract.legacy import parse_legacy
    doc = parse_legacy(DOC)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(tables) == 1 and len(tables[0].rows) == 4
    assert tables[0].rows[1].cells[1].text == "Add falls risk prompts to the admission record"
    assert tables[0].rows[2].cells[0].merged_above
    paragraphs = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    assert paragraphs == ["Quality Improvement Plan - Test Trust"]  # run-together text gone, kept in the table
    assert any("cell marks" in w for w in doc.warnings)


FILLED = Path(__file__).parent / "fixtures" / "legacy" / "lo_saved_filled_rag.doc"  # RAG shown as fills only


def test_cell_fills_come_from_the_rows_shading() -> None:
    layout = word_layout(FILLED.read_bytes())
    assert layout is not None
    rows = next(body for kind, body in layout if kind == "t")
    assert [[c[4] for c in row] for row in rows] == [  # type: ignore[index,union-attr]
        [None, None, None], [None, None, "#ff0000"], [None, None, "#00b050"]]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_a_rag_shown_as_fills_survives_the_restored_table() -> None:
    from planx.extract.legacy import parse_legacy
    from planx.normalise import normalise
    result = normalise(parse_legacy(FILLED))
    assert [(a.action, a.lead, a.rag) for a in result.actions] == [
        ("Do a thing", "Ann Lee", "red"), ("Do another", "Bob Roy", "green")]
