"""extract/text.py's line loop was rewritten for speed: it must build the same RawDocument
as the straightforward version kept here (cells, rows, tables, paragraphs, pages, chars)."""
from __future__ import annotations

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from planx.extract.layouttext import is_layout_text
from planx.extract.markdown import has_markdown_headings, has_pipe_table
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.extract.text import (
    _open_bracket,
    bar_rows_as_tabs,
    numbered_headings_over_tables,
    parse_lines,
    spanned_heading,
    standalone_heading,
)


def reference_parse_lines(lines: list[str], *, path: str = "", name: str = "") -> RawDocument:
    """parse_lines as it was before the rewrite, plus a list item's level: a level per two leading
    spaces (paragraph lines hold no tab: a tab makes a table row), at most 8; a short line with no
    closing mark between two rows is a row across the table; a two-row heading's spanning cell
    (spanned_heading)."""
    doc = RawDocument(path=path, name=name, format="txt")
    page, rows = 1, []  # type: int, list[Row]

    def close_table() -> None:
        if rows:
            doc.blocks.append(Table(rows=spanned_heading(list(rows)), page=rows[0].page, index=sum(
                isinstance(b, Table) for b in doc.blocks) + 1))
            rows.clear()

    for number, line in enumerate(lines, 1):
        if "\f" in line:
            page += line.count("\f")
            line = line.replace("\f", "")
        if "\t" in line:
            texts = line.split("\t")
            doc.chars += len("".join(texts).strip())
            rows.append(Row([Cell(t, i) for i, t in enumerate(texts)], page, number))
            continue
        doc.chars += len(line.strip())
        text = line.strip()
        if rows and text and len(text.split()) <= 40 and text[-1] not in ".:;,!?" and not text[0].islower() \
                and number < len(lines) and "\t" in lines[number]:
            rows.append(Row([Cell(text, 0, colspan=max(len(r.cells) for r in rows))], page, number))
            continue
        close_table()
        if line.strip():
            above = lines[number - 2] if number >= 2 else ""
            below = lines[number] if number < len(lines) else "x"
            apart = all("\t" not in ln and not ln.strip() for ln in (above, below))
            doc.blocks.append(Paragraph(text=line.strip(), page=page, line=number,
                                        heading=apart and standalone_heading(line.strip()),
                                        level=min((len(line) - len(line.lstrip(" "))) // 2, 8)))
    close_table()
    numbered_headings_over_tables(doc.blocks, lines)  # (a pass over the blocks, tested on its own)
    doc.pages = page
    return doc


pieces = st.text(alphabet="ab \t\f\u00a0\u3000", max_size=8)
lines = st.lists(st.one_of(pieces, st.text(max_size=10), st.just(""), st.just("Action\tLead\tDue"),
                           st.just("Early Help"), st.just("ATTENDANCE")), max_size=30)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines)
@example(["Plan", "A\tB", "\f", "c\td", "", "e\t", "\t", " x \f\f", "f\tg"])
def test_parse_lines_builds_what_the_reference_builds(doc_lines):
    # the loop under test reads tab-parted text; text of other kinds goes to its own reader first
    # (columns by spaces: three 'a  a' lines are a layout of two columns, read by extract/layouttext)
    assume(not is_layout_text(doc_lines) and not has_pipe_table(doc_lines) and not has_markdown_headings(doc_lines))
    assume(any("\t" in line for line in doc_lines) or not bar_rows_as_tabs(doc_lines)[1])
    # lines wrapped inside a bracket or a quoted cell are joined before the loop, by readers tested on their
    # own (bracket_wraps_joined, quoted_cells_joined): the reference reads the loop alone (['(', ')'] is one line)
    assume(not any(_open_bracket(line) for line in doc_lines) and not any('"' in line for line in doc_lines))
    assert parse_lines(doc_lines, path="p", name="n") == reference_parse_lines(doc_lines, path="p", name="n")
