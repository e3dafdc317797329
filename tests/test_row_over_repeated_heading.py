"""A plan row printed last on a page, right above the heading row the next page repeats, whose RAG
word a narrow column broke ('GREE' / 'N', which reads like a name): a row of data, not an area's
banner whose label was lost (walker_table_layouts.fills_typed_columns: a date under the due
heading and a RAG under the RAG heading, as no banner holds)."""
from __future__ import annotations

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise

HEADING = ["Ref", "Action", "Responsible officer", "Target date", "Progress to date", "RAG"]


def _row(texts: list[str], line: int, page: int, repeated: bool = False) -> Row:
    return Row(cells=[Cell(text=t, col=k, colspan=6 if len(texts) == 1 else 1) for k, t in enumerate(texts)],
               page=page, line=line, repeated_header=repeated)


def test_a_row_over_a_repeated_heading_with_a_broken_rag_word_is_an_action():
    rows = [
        (HEADING, 1, False),
        (["Priority 1: Children in care"], 1, False),
        (["1.1", "Review every placement plan with the child", "Ann Lee", "May 2025", "Started", "Amber"], 1, False),
        (["Priority 2: Exploitation"], 1, False),
        (["2.1", "Map exploitation hotspots with partners", "Service Manager,\nMASH", "End of\nMarch\n2026",
          "Not started yet", "GREE\nN"], 1, False),
        (HEADING, 2, True),
        (["2.2", "Train staff in contextual safeguarding", "Tom Birch", "June 2026", "Booked", "Red"], 2, False),
    ]
    table = Table(rows=[_row(t, n, p, r) for n, (t, p, r) in enumerate(rows)], page=1, index=1)
    raw = RawDocument(path="x.pdf", name="x.pdf", format="pdf", blocks=[table], pages=2)
    result = normalise(raw)
    got = [(a.area_ref, a.action, a.rag) for a in result.actions]
    assert got == [("1", "Review every placement plan with the child", "amber"),
                   ("2", "Map exploitation hotspots with partners", "green"),
                   ("2", "Train staff in contextual safeguarding", "red")]
