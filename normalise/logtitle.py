"""Does the document's title name it a log of actions ('ODUG Action Log – 12 September 2012')?

A group's action log is often kept as a short table per topic, under the topic's heading, with no
heading row and no column of who or when: 'Circulate minutes and actions from fifth meeting |
Carried forward'. Read alone, by content (columns.plan_columns), such a table says only that its
cells are instructions, which a list of aims or a glossary's definitions can say too, so it is not
read as a plan. The title settles it as a person reads it: a document that calls itself an action
log lists actions, one a row. The words are data (vocab.LOG_TITLE_ITEM_WORDS, LOG_TITLE_NOUNS).
"""
from __future__ import annotations

from planx.extract.model import Cell, Paragraph, RawDocument
from planx.normalise.commitments import title_lines
from planx.normalise.text import fold, squash
from planx.normalise.vocab import LOG_TITLE_ITEM_WORDS, LOG_TITLE_NOUNS

TITLE_LINES = 2  # the document's first title lines (or first lines) that may name it
OPENING_BLOCKS = 8  # the blocks a title is looked for in


def names_action_log(text: str) -> bool:
    """'Action Log – 14th August 2012', 'Actions tracker': an item word right before a log's noun."""
    words = fold(text).split()
    return any(a in LOG_TITLE_ITEM_WORDS and b in LOG_TITLE_NOUNS for a, b in zip(words, words[1:], strict=False))


def action_log_title(raw: RawDocument) -> str:
    """The title line that names the document an action log ('' when none does): one of its title
    lines, or of its first lines before any table ('Open Data User Group' over 'Action Log – 14th
    August 2012', a line under the body's name that need not look like a subtitle)."""
    opening: list[str] = []
    for block in raw.blocks[:OPENING_BLOCKS]:
        if not isinstance(block, Paragraph):
            break
        if block.text.strip():
            opening.append(block.text)
    lines = [*title_lines(raw)[:TITLE_LINES], *opening[:TITLE_LINES]]
    return next((squash(t) for t in lines if names_action_log(t)), "")


def filled_rows(rows: list[list[Cell]]) -> list[list[tuple[int, str, str | None]]]:
    """(col, text, fill) of each row with a cell of text: in a log, a row of one cell is an action
    whose other cells are not filled in yet ('Produce .csv file |'), evidence of what column 1 holds."""
    cells = [[(c.col, c.text, c.fill) for c in row if not c.merged_above] for row in rows]
    return [r for r in cells if any(t.strip() for _, t, _ in r)]


__all__ = ["action_log_title", "filled_rows", "names_action_log"]
