"""A key of RAG symbols whose meanings run on after a spaced dash ('RAG key: ● on track  ▲ some
slippage, being managed  ■ off track – escalated to the Board'): the meaning is the part before the
dash (doccodes.glyph_key), so the key is read and a symbol with no usual sense ('▲') takes the
colour its meaning names. Before, one long meaning made the whole key unread. Drawn with python-docx."""
from __future__ import annotations

from pathlib import Path

from docx import Document

from planx.normalise.doccodes import glyph_key

KEY = ("RAG key: ● on track or done   ▲ some slippage, being managed   ■ off track – escalated to the "
       "Corporate Parenting Panel for a decision")


def test_a_meaning_glossed_after_a_dash_is_the_part_before_it():
    assert glyph_key(KEY, True) == {"●": "on track or done", "▲": "some slippage, being managed", "■": "off track"}
    # (a meaning too long with no dash to cut it at leaves the key unread, as before)
    assert glyph_key("Key: ● on track ▲ slipping because the contractor could not start work in time", True) == {}


def test_symbols_read_by_a_key_with_a_glossed_meaning(tmp_path: Path):
    import planx
    d = Document()
    d.add_paragraph().add_run("County Council Corporate Parenting Action Plan").bold = True
    d.add_paragraph(KEY)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ["Action", "Lead", "By when", "RAG"], strict=True):
        cell.text = h
    rows = [("Recruit twenty new foster carers for teenagers", "Fostering Manager", "31/03/2026", "▲"),
            ("Open a children's home within the county", "Head of Commissioning", "2027", "■"),
            ("Offer every care leaver a Staying Close arrangement", "Leaving Care Manager", "Sept 2025", "●")]
    for row in rows:
        for cell, v in zip(t.add_row().cells, row, strict=True):
            cell.text = v
    path = tmp_path / "plan.docx"
    d.save(str(path))
    result = planx.convert_file(str(path))
    assert [(a.rag_raw, a.rag) for a in result.actions] == [("▲", "amber"), ("■", "red"), ("●", "green")]
