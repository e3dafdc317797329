"""How far to trust a table the engine read: a confidence in 0..1 and the evidence behind it.

Parts (each 0..1, kept in FoundTable.evidence):
- `grid`: how well the rows fit the column grid: the share of cells that sit in one column
  (text spanning columns is a heading or a banner, or columns read wrong);
- `types`: whether each column's body is of one kind (figures or words), weighted by how
  much the column holds: a column mixing both is usually two columns read as one, or a row
  split wrong;
- `rows`: the share of rows with text in two columns or more (a 'table' of one-cell rows is
  running text);
- `fill`: the share of grid places with text, shading or a span (sparse tables are fine,
  a grid almost all empty is not).
The confidence is their product, with `fill` softened (tables sparse by design exist). A ruled
table's grid is drawn by its rulings: only its types and fill count.
"""
from __future__ import annotations

from collections import Counter

from planx.extract.pdftables import FoundTable

DOUBTFUL = 0.5  # below this a table is reported as doubtful (the document becomes partial)


def kind(text: str) -> str:
    from planx.extract.pdfborderless import is_figure
    return "figure" if is_figure(text) else "words"


def rate(t: FoundTable) -> float:
    cells = [c for c in t.cells if c.text.strip()]
    if not cells:
        t.confidence = 0.0
        return 0.0
    grid = sum(1 for c in cells if c.colspan == 1) / len(cells)
    body = [c for c in cells if c.r > 0 and c.colspan == 1]
    weights = 0
    consistent = 0.0
    for col in {c.c for c in body}:
        kinds = Counter(kind(c.text) for c in body if c.c == col)
        n = sum(kinds.values())
        if n >= 3:
            weights += n
            consistent += kinds.most_common(1)[0][1]
    types = consistent / weights if weights else 1.0
    rows = Counter(c.r for c in cells)
    multi = sum(1 for n in rows.values() if n >= 2) / max(1, t.nrows)
    places = t.nrows * t.ncols
    covered = sum(c.rowspan * c.colspan for c in t.cells if c.text.strip() or c.fill)
    fill = min(1.0, covered / places) if places else 0.0
    if t.ruled:
        score = types * (0.6 + 0.4 * min(1.0, 2 * fill))
    else:
        score = grid * types * (0.4 + 0.6 * multi) * (0.6 + 0.4 * min(1.0, 2 * fill))
    t.evidence.update({"grid": round(grid, 3), "types": round(types, 3), "rows_multi": round(multi, 3),
                       "fill": round(fill, 3)})
    t.confidence = round(score, 3)
    return t.confidence


PART_NAMES = {"grid": "text spans columns", "types": "columns mix figures and words",
              "rows_multi": "rows with one cell only", "fill": "mostly empty"}


def weakest(t: FoundTable) -> str:
    """What lowered the table's confidence most, in words."""
    parts = {k: t.evidence[k] for k in PART_NAMES if isinstance(t.evidence.get(k), (int, float))}
    if not parts:
        return "structure unclear"
    return PART_NAMES[min(parts, key=parts.__getitem__)]
