"""A site generator's front matter that holds the plan itself: lists of records as tables.

A Jekyll or Netlify CMS page may keep its plan as data in the YAML front matter atop a Markdown
file, and a layout renders it as the page's timetable:

    ---
    layout: business-plan
    objectives:
      - objective: Heads of Networks forum
        description: Form a Heads of Networks Forum to guide our work
        end-date: 2020-03-31T00:00:00.000Z
        complete: false
        milestones:
          - milestone: Hold first Leaders of Networks Forum
            date: 2019-01-31T00:00:00.000Z
            complete: true
    ---

What the data shows is kept, nothing is interpreted: a list of records (mappings) is a Table,
its heading row the records' keys as written, a row per record, carrying the record's line in
the file. A record's own list of records (an objective's milestones) is one cell, a line per
item, numbered as a Word cell's list is ('1. Hold first … – 2019-01-31T00:00:00.000Z – true'),
so normalise/ reads the items, their dates and statuses as it reads any cell's list; a list of
one-key records (a team's names) or of plain values is a cell of '; '-separated values.
Every value is read as the text written (yaml.BaseLoader: no dates or booleans made of it, so
an impossible date such as '2022-06-31' stays text); a tab setting off a comment, which YAML
forbids but Jekyll's reader takes, is read as spaces. A block that is no YAML stays text.

A page may keep its whole body in the front matter too: a CMS writes the Markdown of a meeting's
minutes as a block scalar ('minutes: >-' over the indented '### Actions' / '1. Trusts to provide …').
Such a value is the page's text, not metadata: text_scalars gives the lines it spans, and the
Markdown reader reads them as it reads a body (extract/markdown.py), in the file's order.
"""
from __future__ import annotations

import re

import yaml

from planx.extract.model import Cell, Row, Table

# a line a YAML block may hold: a comment, a key, a list item, or a line indented under one
_YAML_LINE = re.compile(r"^\s*(?:$|#|-(?:\s|$)|[\w'\"][\w\s'\"-]{0,60}:(?:\s|$)|\s)|^\s+\S")
# a record list is a table when its records name this many different keys, or nest a list (an
# objective's milestones): a site's link lists ('title', 'url') are navigation, not a plan's records
MIN_RECORD_KEYS = 3


def yaml_block_end(lines: list[str]) -> int:
    """The index of the line closing a front matter block ('---' or '...') when every line above
    it reads as YAML, 0 when there is no such block."""
    if not lines or lines[0].strip() != "---":
        return 0
    for n in range(1, len(lines)):
        if lines[n].strip() in ("---", "..."):
            return n
        if not _YAML_LINE.match(lines[n]):
            return 0
    return 0


def record_tables(lines: list[str], end: int, page: int, first_index: int) -> list[Table] | None:
    """The front matter lines[1:end] read as YAML, each list of records in it a Table (numbered from
    first_index + 1); None when the block is not YAML."""
    text = "\n".join(line.replace("\t", "    ") for line in lines[1:end])
    loader = yaml.BaseLoader(text)
    try:
        node = loader.get_single_node()
        if not isinstance(node, yaml.MappingNode):
            return None
        tables: list[Table] = []
        for _key, value in node.value:
            table = _records_table(loader, value, page, first_index + len(tables) + 1)
            if table is not None:
                tables.append(table)
        return tables
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()


def text_scalars(lines: list[str], end: int) -> list[tuple[int, int]]:
    """The front matter lines[1:end]'s top-level values written as block scalars ('minutes: >-',
    'body: |'), as (first, stop) indexes of the lines holding their text (the indicator's line
    excluded); [] when the block is not YAML. Which of them are text to read is the reader's call."""
    text = "\n".join(line.replace("\t", "    ") for line in lines[1:end])
    loader = yaml.BaseLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError:
        return []
    finally:
        loader.dispose()
    if not isinstance(node, yaml.MappingNode):
        return []
    spans: list[tuple[int, int]] = []
    starts = [k.start_mark.line + 1 for k, _v in node.value] + [end]  # the block opens on lines[1]
    for n, (_key, value) in enumerate(node.value):
        if isinstance(value, yaml.ScalarNode) and value.style in ("|", ">"):
            first, stop = value.start_mark.line + 2, starts[n + 1]
            while stop > first and not lines[stop - 1].strip():
                stop -= 1
            if stop > first:
                spans.append((first, stop))
    return spans


def _records_table(loader: yaml.BaseLoader, node: yaml.Node, page: int, index: int) -> Table | None:
    if not isinstance(node, yaml.SequenceNode) or not node.value \
            or not all(isinstance(item, yaml.MappingNode) for item in node.value):
        return None
    keys: list[str] = []
    nested = False
    for item in node.value:
        for k, v in item.value:
            name = str(loader.construct_object(k, deep=True))
            if name not in keys:
                keys.append(name)
            nested = nested or isinstance(v, yaml.SequenceNode)
    if len(keys) < MIN_RECORD_KEYS and not nested:
        return None
    # the records' lines in the file: the block starts on the file's second line (line 2)
    rows = [Row([Cell(k, col) for col, k in enumerate(keys)], page, node.start_mark.line + 2, repeated_header=True)]
    for item in node.value:
        values = {str(loader.construct_object(k, deep=True)): v for k, v in item.value}
        cells = [Cell(_cell_text(loader, values[k]), col) for col, k in enumerate(keys) if k in values]
        rows.append(Row(cells, page, item.start_mark.line + 2))
    return Table(rows=rows, page=page, index=index)


def _cell_text(loader: yaml.BaseLoader, node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return " ".join(str(node.value).split())
    if isinstance(node, yaml.MappingNode):
        return "; ".join(f"{loader.construct_object(k, deep=True)}: {_cell_text(loader, v)}" for k, v in node.value)
    items = node.value if isinstance(node, yaml.SequenceNode) else []
    if all(isinstance(i, yaml.MappingNode) and len(i.value) == 1 for i in items) \
            or not any(isinstance(i, yaml.MappingNode) for i in items):
        return "; ".join(t for i in items if (t := _values_text(loader, i)))
    # a list of records in a record: a line per record, numbered, its values set off by dashes
    return "\n".join(f"{n}. {_values_text(loader, i, ' – ')}" for n, i in enumerate(items, 1))


def _values_text(loader: yaml.BaseLoader, node: yaml.Node, sep: str = "; ") -> str:
    if isinstance(node, yaml.MappingNode):
        return sep.join(t for _k, v in node.value if (t := _cell_text(loader, v)))
    return _cell_text(loader, node)
