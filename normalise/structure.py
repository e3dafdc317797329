"""Plan structure: raw tables and paragraphs → actions, areas, milestones, ratings, indicators.

The walker reads blocks in document order and keeps the context a reader keeps: the
current column headings, the area (banner, area row or grouping column), the timeframe,
and the action being read, so that continuation rows after a page break, repeated
headings and grouping cells left blank are resolved the way a person would.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.codes import rag_of, status_words
from planx.normalise.dates import find_dates
from planx.normalise.headers import Header, classify, read_header
from planx.normalise.milestones import split_numbered
from planx.normalise.records import Indicator, Leftover
from planx.normalise.text import clean, fix_lookalikes, fold, is_clipped_copy, join_fragments, squash
from planx.normalise.vocab import AREA_WORDS, FORM_LABELS, INDICATOR_HEADERS, TIMEFRAME_PATTERNS

_AREA_WORD = "|".join(sorted(AREA_WORDS, key=len, reverse=True))
_BANNER = re.compile(rf"^\s*(?:{_AREA_WORD})\s*(?:no\.?\s*)?([0-9IlО]{{1,2}}|[A-Za-z])\b\s*[:.\-–]?\s*(.*)$",
                     re.I | re.S)
# a clipped or split banner start: 'EA FOR IMPROVEMENT 16:', 'AREA FOR IMPROVE MENT 4:', 'AREA FOR IMPROVE …'
_LOOSE_BANNER = re.compile(r"^\W*(?:a?r?ea\s+)?(?:for|of)\s+improv\w*(?:\s?ment)?\s*"
                           r"(?:([0-9IlО]{1,2})\b\s*[:.\-–]?)?\s*(.*)$"
                           r"|^\W*e?ment\s+([0-9IlО]{1,2})\s*[:.\-–]\s*(.*)$", re.I | re.S)
_BANNER_START = re.compile(rf"^\W*(?:{_AREA_WORD}|a?r?ea\b|for\s+improv|e?ment\s+\d)", re.I)
_TIMEFRAME = re.compile(rf"^\s*({'|'.join(TIMEFRAME_PATTERNS)})\s*[:\-–.;]*\s*(.*)$", re.I | re.S)
_LEAD_PREFIX = re.compile(r"^\s*(?:area\s+)?lead(?:\s+officer)?\s*[:\-–]\s*(.+)$", re.I | re.S)
_REF = re.compile(r"^\s*([A-Za-z]|\d{1,3})(?:[.\-]?\d{1,3}|[a-z])*\s*[.)]?\s*$")
# fields whose value belongs to the rows below it until the next printed value
GROUP_FIELDS = ("area_ref", "area")
MILESTONE_FIELDS = ("milestones", "due", "status")
# fields that hold one value per action: a continuation row does not add a second one
SCALAR_FIELDS = ("lead", "responsible", "due", "status", "rag")


_AREA_PART = re.compile(r"^(\d+|[A-Za-z])")


@lru_cache(maxsize=4096)  # the same few references, row after row
def area_ref_of(ref: str) -> str:
    """The area part of a reference: '2.3' → '2', '2a' → '2', 'В' (Cyrillic) → 'B', 'I' (OCR) → '1'."""
    ref = fix_lookalikes(ref.strip()).strip(" .)")
    if ref in ("I", "l", "О"):  # OCR or Cyrillic for 1
        return "1"
    m = _AREA_PART.match(ref)
    return m.group(1).upper() if m else ref


def split_timeframe(text: str) -> tuple[str, str]:
    """('Immediately', rest) for 'Immediately: Ensure that …'; ('', text) otherwise."""
    m = _TIMEFRAME.match(text)
    if not m:
        return "", text
    rest = m.group(2).strip(" ;:")
    return m.group(1)[0].upper() + m.group(1)[1:], rest


def read_banner(text: str) -> tuple[str, str] | None:
    """(ref, title) of an area banner such as 'AREA FOR IMPROVEMENT 3: Improve …'."""
    text = fix_lookalikes(text)
    m = _BANNER.match(text) or _LOOSE_BANNER.match(text)
    if not m:
        return None
    groups = [g for g in m.groups()]
    if len(groups) == 4 and groups[2] is not None:  # the 'EMENT 5:' alternative
        groups = groups[2:]
    ref, title = groups[0] or "", (groups[1] or "").strip(" :-–")
    if not ref:
        return "", title  # the walker numbers it after the previous area
    if len(ref) == 1 and ref.isalpha() and ref.islower():
        return None
    return area_ref_of(ref), title


@dataclass
class Draft:
    """An action being read: raw text pieces per field, joined and cleaned when it closes."""
    pieces: dict[str, list[str]] = field(default_factory=dict)
    ratings: list[tuple[str, str, str | None]] = field(default_factory=list)  # (label, raw, fill)
    fills: dict[str, str] = field(default_factory=dict)  # field → cell fill colour
    context: dict[str, str] = field(default_factory=dict)  # area_ref, area, area_lead, timeframe
    page: int = 0
    line: int = 0
    table: int = 0
    # milestone/date/status cells row by row, when the action's cell is merged down over several
    # rows (each row one milestone, not one wrapped text)
    sub_rows: list[dict[str, str]] = field(default_factory=list)

    def add(self, name: str, text: str) -> None:
        if text.strip():
            self.pieces.setdefault(name, []).append(text)

    def text(self, name: str) -> str:
        pieces = self.pieces.get(name)
        return " ".join(pieces) if pieces else ""


class Walker:
    def __init__(self, raw: RawDocument):
        self.raw = raw
        self.header: Header | None = None
        self.header_table = 0
        self.after_break = False
        self.kpi: list[tuple[int, str, str]] | None = None  # (col, role, label) of an indicator table
        self.form: Indicator | None = None
        self.in_form_table = False
        self.context = {"area_ref": "", "area": "", "area_lead": "", "timeframe": ""}
        self.drafts: list[Draft] = []
        self.indicators: list[Indicator] = []
        self.leftovers: list[Leftover] = []
        self.paragraphs: list[Paragraph] = []
        self.structure: list[str] = []  # text read as structure (headings, banners, labels), for accounting
        self.tables_seen = 0
        self.header_row = (0, -1)  # (table, line) of the last heading row, to join a sub-heading row below
        # this table's rows with clipped copies blanked, and each one's reading as headings
        self._cells: list[list[Cell]] = []
        self._filled: list[list[Cell]] = []  # the cells of each that hold text
        self._headings: list[Header | None | bool] = []  # False: not read yet

    # ---- blocks ----------------------------------------------------------------
    def walk(self) -> None:
        area_headings = heading_areas(self.raw.blocks)
        for i, block in enumerate(self.raw.blocks):
            if isinstance(block, Table):
                self.tables_seen += 1
                self.table(block)
            elif i in area_headings:  # an unnumbered heading has no area_ref: none is invented
                ref, title = area_headings[i]
                self.context.update(area_ref=area_ref_of(ref) if ref else "", area=title, area_lead="")
            else:
                self.paragraph(block)

    def keep_aside(self, text: str, reason: str, page: int = 0, table: int = 0, line: int = 0,
                   col: int = 0) -> None:
        text = squash(text)
        if text:
            self.leftovers.append(Leftover(text=text, page=page, table=table, line=line, col=col, reason=reason))

    def paragraph(self, p: Paragraph) -> None:
        text = p.text.strip()
        self.structure.append(text)  # a paragraph is either structure here or kept (title/leftover) later
        banner = read_banner(text)
        if banner and banner[1]:
            self.set_area(*banner, lead="")
            return
        tf, rest = split_timeframe(text)
        if tf and not rest:
            self.context["timeframe"] = tf
            return
        m = _LEAD_PREFIX.match(text)
        if m and self.context["area"]:
            self.context["area_lead"] = clean(m.group(1))
            return
        self.paragraphs.append(p)

    def set_area(self, ref: str, title: str, lead: str) -> None:
        if not ref:  # a banner whose number was lost: the one after the previous area's
            prev = self.context["area_ref"]
            ref = str(int(prev) + 1) if prev.isdigit() else ""
        self.context.update(area_ref=ref, area=clean(title), area_lead=clean(lead))

    def table(self, table: Table) -> None:
        self.in_form_table = False
        rows = vertical_form_rows(table) or table.rows
        self._cells = [dedupe_clipped(row.cells) for row in rows]
        self._filled = [[c for c in cells if c.text.strip()] for cells in self._cells]
        self._headings = [False] * len(rows)
        for i, row in enumerate(rows):
            if i + 1 < len(rows) and self.unlabelled_banner(i, row):
                continue
            self.row(i, row, table)
        self.after_break = False

    def headings_of(self, i: int) -> Header | None:
        """read_header of row i's cells, once per row: a row is also read as the row below a
        banner."""
        header = self._headings[i]
        if header is False:
            header = self._headings[i] = read_header([(c.col, c.colspan, c.text) for c in self._cells[i]])
        return header  # type: ignore[return-value]  # False was replaced

    def unlabelled_banner(self, i: int, row: Row) -> bool:
        """A banner whose 'AREA FOR IMPROVEMENT n' was lost: text ending in a lead's name, right
        above a heading row (row i + 1), while the plan's areas come from banners."""
        # the row below is read as headings anyway, when its turn comes: the cheapest test first
        if not self.context["area_ref"] or self.headings_of(i + 1) is None:
            return False
        filled = [c for c in row.cells if c.text.strip()]
        if len(filled) < 2 or not looks_like_name(filled[-1].text) or self.headings_of(i) is not None:
            return False
        title = join_fragments([c.text for c in filled[:-1] if c.text.strip(" -")])
        if read_banner(title) is not None:
            return False  # a banner that says what it is: banner_row reads it
        self.structure.extend(c.text for c in filled)
        self.set_area("", title, filled[-1].text)
        return True

    # ---- rows ------------------------------------------------------------------
    def row(self, i: int, row: Row, table: Table) -> None:
        cells, filled = self._cells[i], self._filled[i]
        if not filled:
            return
        header = self.headings_of(i)
        kpi = read_kpi_header(filled) if header is None else None
        if header is not None or kpi is not None:
            self.structure.extend(c.text for c in filled)
        if header is not None:
            self.set_header(header, table)
            self.header_row = (table.index, row.line)
            return
        sub = self.sub_header(filled, row, table)
        if sub is not None:
            self.set_header(sub, table)
            return
        if kpi is not None:
            self.kpi = kpi
            self.header = None
            for name in squashed_indicators(kpi[0][2]):
                self.indicators.append(Indicator(indicator=name, page=row.page, line=row.line))
            return
        if self.form_row(filled, row, table):
            return
        if self.banner_row(filled, row, table):
            return
        if row.repeated_header:  # marked by the source as a heading row (Word's "repeat as header row")
            for c in filled:
                self.keep_aside(c.text, "heading row", row.page, table.index, row.line, c.col)
            return
        if self.kpi is not None:
            self.kpi_row(cells, row, table)
            return
        if self.header is None:
            for c in filled:
                self.keep_aside(c.text, "text in a table before any column headings", row.page, table.index,
                                row.line, c.col)
            return
        self.data_row(cells, filled, row, table)

    def sub_header(self, filled: list[Cell], row: Row, table: Table) -> Header | None:
        """A second heading row under grouped headings ('RAG rating' over '03/18 | 06/18'): the
        headings with each group's label joined to its sub-labels, or None."""
        head = self.header
        if head is None or self.header_row != (table.index, row.line - 1) or not filled:
            return None
        groups: dict[int, list[Cell]] = {}
        for c in filled:
            column = head.column_for(c.col)
            if column is None or column.span < 2 or len(c.text) > 40:
                return None
            groups.setdefault(column.col, []).append(c)
        cells: list[tuple[int, int, str]] = []
        for column in head.columns:
            subs = groups.get(column.col)
            if subs:
                cells.extend((c.col, c.colspan, f"{column.label} {squash(c.text)}") for c in subs)
            else:
                cells.append((column.col, column.span, column.label))
        return read_header(cells)

    def set_header(self, header: Header, table: Table) -> None:
        # an empty heading over the first column holds the area reference ('A', 'В', '1')
        if self.header is not None:
            inherit_unlabelled(self.header, header)
        first = header.columns[0] if header.columns else None
        if first is not None and not first.label and not first.field and "area_ref" not in header.fields():
            first.field = "area_ref"
            first.value = "?"  # provisional: only short reference-like values are taken as refs
        if self.header is not None and same_layout(self.header, header):
            self.after_break = True  # a heading repeated after a page break
            if header.columns == self.header.columns:
                header = self.header  # the very same headings: keep what was worked out from them
        else:
            self.after_break = False
        self.header = header
        self.header_table = table.index
        self.kpi = None
        for c in header.columns:
            if c.field == "area_ref" and c.value and c.value != "?":
                self.context["area_ref"] = area_ref_of(c.value)

    def banner_row(self, filled: list[Cell], row: Row, table: Table) -> bool:
        """'AREA FOR IMPROV | EMENT 3: Improve … | … | Kevin Brooks' → area 3, its title and lead."""
        if not _BANNER_START.match(fix_lookalikes(filled[0].text)):
            return False  # cheap test first: most rows are not banners
        texts = [c.text for c in filled]
        lead = ""
        if len(filled) >= 2:
            gap = filled[-1].col - (filled[-2].col + filled[-2].colspan)
            # the lead sits apart from the title: after empty cells (text renderings), after a title
            # cell merged across the columns (Word), prefixed 'Lead:', or a person's name
            if gap >= 1 or filled[-2].colspan > 1 or _LEAD_PREFIX.match(texts[-1]) or looks_like_name(texts[-1]):
                lead = texts[-1]
                texts = texts[:-1]
        banner = read_banner(join_fragments(texts))
        if not banner or not banner[1]:
            return False
        self.structure.extend(c.text for c in filled)
        if filled[0].col > 1:
            return False
        m = _LEAD_PREFIX.match(lead)
        self.set_area(banner[0], banner[1], m.group(1) if m else lead)
        return True

    def form_row(self, filled: list[Cell], row: Row, table: Table) -> bool:
        """Key-value form rows ('Indicator Title | …', 'Target | 547.0 (June 2014)'); filled: the
        row's cells that hold text."""
        label = fold(filled[0].text) if filled else ""
        known = label in FORM_LABELS and filled[0].col == 0
        if not known and not self.in_form_table:
            return False
        if self.header is not None and not self.in_form_table and label not in ("indicator title",):
            return False
        rest = [c for c in filled[1:]]
        if known:
            self.in_form_table = True
            self.structure.append(filled[0].text)
            role = FORM_LABELS[label]
            value = clean(rest[0].text) if rest else ""
            if role == "indicator":
                self.form = Indicator(indicator=value, page=row.page, line=row.line)
                self.indicators.append(self.form)
                others = rest[1:]
            elif role in ("target", "value", "period") and self.form is not None:
                figure, period = split_figure(value)
                setattr(self.form, role, figure)
                if period and role == "value" and not self.form.period:
                    self.form.period = period
                others = rest[1:]
                if period and role == "target":
                    self.keep_aside(period, f"form field '{filled[0].text.strip()}' (period)", row.page,
                                    table.index, row.line, rest[0].col)
            else:
                others = rest
            for c in others:
                self.keep_aside(c.text, f"form field '{filled[0].text.strip()}'", row.page, table.index,
                                row.line, c.col)
            return True
        if self.header is None:
            for c in filled:
                self.keep_aside(c.text, "form text", row.page, table.index, row.line, c.col)
            return True
        return False

    def kpi_row(self, cells: list[Cell], row: Row, table: Table) -> None:
        assert self.kpi is not None
        by_role: dict[str, str] = {}
        latest: tuple[str, str] = ("", "")
        for c in cells:
            text = squash(c.text)
            col = next((k for k in self.kpi if k[0] == c.col), None)
            if not text:
                continue
            if col is None:
                self.keep_aside(text, "indicator table cell outside the headings", row.page, table.index,
                                row.line, c.col)
                continue
            if col[1] == "period":
                if latest[0]:  # an earlier period's figure: kept aside, the latest is the value
                    self.keep_aside(latest[0], f"indicator value for {latest[1]}", row.page, table.index, row.line)
                latest = (text, col[2])
            else:
                by_role[col[1]] = text
        if not by_role.get("indicator"):
            for c in cells:
                self.keep_aside(c.text, "indicator table row without a name", row.page, table.index, row.line,
                                c.col)
            return
        ind = Indicator(indicator=clean(by_role["indicator"]), target=split_figure(by_role.get("target", ""))[0],
                        value=latest[0], period=latest[1], page=row.page, line=row.line)
        self.indicators.append(ind)
        for role in ("polarity", "notes"):
            if by_role.get(role):
                self.keep_aside(by_role[role], f"indicator {role}", row.page, table.index, row.line)

    def data_row(self, cells: list[Cell], filled: list[Cell], row: Row, table: Table) -> None:
        assert self.header is not None
        cells = realign(cells, self.header, filled)
        values: dict[str, list[str]] = {}
        ratings: list[tuple[str, str, str | None]] = []
        fills: dict[str, str] = {}
        merged: set[str] = set()  # fields whose cell continues a vertical merge from the row above
        by_col = self.header.by_col()
        for c in cells:
            column = by_col.get(c.col)
            text = c.text
            has_text = bool(text) and not text.isspace()
            if column is None or not column.field or column.field == "resolution":
                if has_text:
                    label = column.label if column else ""
                    self.keep_aside(text, f"column '{label}'" if label else "cell outside the column headings",
                                    row.page, table.index, row.line, c.col)
                continue
            name = column.field
            if name == "area_ref" and has_text and column.value == "?" and not _REF.match(fix_lookalikes(text)):
                self.keep_aside(text, "unlabelled column", row.page, table.index, row.line, c.col)
                continue
            if name == "rating":
                if has_text or c.fill:
                    ratings.append((column.label, text, c.fill))
                continue
            if c.merged_above:
                merged.add(name)
            if has_text:
                values.setdefault(name, []).append(text)
            if c.fill:
                fills[name] = c.fill
        if not values and not ratings and not fills:
            return
        texts = {k: " ".join(v) for k, v in values.items()}
        # a row with only a timeframe ("Within three months") sets the grouping heading
        if len(texts) == 1 and not ratings:
            only = next(iter(texts.values()))
            tf, rest = split_timeframe(clean(only))
            if tf and not rest:
                self.context["timeframe"] = tf
                return
        if self.area_row(texts, ratings, row, table):
            return
        key = self.key_field()
        prev = self.drafts[-1] if self.drafts else None
        starts = bool(texts.get(key, "").strip()) and key not in merged
        if starts and prev is not None and self.after_break and not texts.get("area_ref") and \
                ((starts_lower(texts[key]) and not own_date_or_rag(texts)) or self.sparse_continuation(texts, prev)):
            starts = False
        if texts.get("area_ref") and key not in texts and prev is None:
            starts = True
        if not starts and prev is None:
            starts = True  # the first row of a plan cannot continue anything
        self.after_break = False
        if starts:
            self.new_draft(texts, ratings, fills, row, table)
        else:
            assert prev is not None
            for name, text in texts.items():
                if name in merged:
                    continue  # the merged cell's text is already in the action it started with
                if name in SCALAR_FIELDS and prev.pieces.get(name) and \
                        (name not in ("due", "status") or "milestones" not in texts):
                    # a second lead/date/RAG is not a continuation of the first: keep it aside
                    self.keep_aside(text, f"second '{name}' value in a continuation row", row.page, table.index,
                                    row.line)
                    continue
                prev.add(name, text)
                if name in GROUP_FIELDS:
                    self.context[name] = (self.context[name] + " " + text).strip() if name == "area" else \
                        self.context[name]
            prev.ratings.extend(ratings)
            if "area" in texts:
                prev.context["area"] = self.context["area"]
            if key in merged:  # a row under the action's merged cell: its own milestone
                prev.sub_rows.append({k: texts[k] for k in MILESTONE_FIELDS if k in texts})

    @staticmethod
    def sparse_continuation(texts: dict[str, str], prev: Draft) -> bool:
        """After a page break: a row with far fewer cells than the action before it, whose
        text stopped mid-sentence, is the rest of that action."""
        last = prev.text("action") or prev.text(next(iter(prev.pieces), ""))
        unfinished = bool(last) and not last.rstrip().endswith((".", "!", "?", ")"))
        return unfinished and len(texts) * 2 <= len(prev.pieces)

    def key_field(self) -> str:
        assert self.header is not None
        return self.header.derived("key_field", key_field_of)

    def area_row(self, texts: dict[str, str], ratings: list, row: Row, table: Table) -> bool:
        """'1 | Early help and thresholds | … | Lead: Marcus Fairbairn' → a new area, not an action."""
        ref = texts.get("area_ref", "").strip()
        if not ref or ratings:
            return False
        if not re.fullmatch(r"(?:\d{1,2}|[A-Za-zА-Яа-я])\.?", fix_lookalikes(ref)):
            return False
        others = {k: v for k, v in texts.items() if k != "area_ref"}
        lead = ""
        for k, v in list(others.items()):
            m = _LEAD_PREFIX.match(v)
            if m:
                lead = m.group(1)
                self.structure.append(v)
                del others[k]
        if len(others) != 1:
            return False
        (name, title), = others.items()
        if name not in ("action", "area", "objective", "outcome") or (name == "area" and not lead):
            return False
        if name == "area" and self.header is not None and "action" in self.header.fields():
            return False  # an area column beside an action column: the row is an action's, not an area's
        self.set_area(area_ref_of(ref), title, lead)
        return True

    def new_draft(self, texts: dict[str, str], ratings: list, fills: dict[str, str], row: Row,
                  table: Table) -> None:
        if texts.get("area_ref"):
            ref = area_ref_of(texts["area_ref"])
            if ref != self.context["area_ref"]:
                self.context.update(area_ref=ref, area="", area_lead="")
        if texts.get("area"):
            tf, area = split_timeframe(clean(texts["area"]))
            if tf:
                self.context["timeframe"] = tf
                texts["area"] = area
            self.context["area"] = texts["area"]
        pieces = {name: [text] for name, text in texts.items() if name not in GROUP_FIELDS and text.strip()}
        draft = Draft(pieces=pieces, page=row.page, line=row.line, table=table.index, fills=fills,
                      sub_rows=[{k: texts[k] for k in MILESTONE_FIELDS if k in texts}])
        if texts.get("area_ref"):
            draft.add("ref", texts["area_ref"])  # the action's own reference ('2a', '1.1')
        draft.ratings.extend(ratings)
        draft.context = dict(self.context)
        self.drafts.append(draft)


def key_field_of(header: Header) -> str:
    """The field whose cell starts an action (an empty one continues the action above)."""
    fields = header.fields()
    for name in ("action", "milestones", "measure", "outcome", "objective", "area", "progress"):
        if name in fields:
            return name
    return fields[0]


_ONE_NAME = r"(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-ZÀ-ÖØ-Þ][a-zA-Zß-öø-ÿ'’\-]*(?:\s+[A-ZÀ-ÖØ-Þ][a-zA-Zß-öø-ÿ'’\-]*){1,2}"
# one or more names ('Janet Ó Briain', 'Kieran Pickering/Janet Ó Briain', 'A Smith and B Jones')
_NAME = re.compile(rf"^{_ONE_NAME}(?:\s*(?:/|,|&|\band\b)\s*{_ONE_NAME})*$")


def looks_like_name(text: str) -> bool:
    """'Kevin Brooks', 'Dr Anne O'Neil': two or three capitalised words."""
    return bool(_NAME.match(squash(text)))


@lru_cache(maxsize=4096)
def _fits(field: str, text: str) -> bool:
    """Does a cell's text look like what a typed column holds? (Cached: realign asks it of the
    same cell under each shift it tries.)"""
    t = squash(text)
    if field == "due":
        return bool(find_dates(t)) or fold(t) in ("ongoing", "tbc", "quarterly", "monthly")
    if field == "status":
        return bool(status_words(t)) and len(t) < 200
    if field == "rag":
        return bool(rag_of(t)) or t.isdigit()
    if field == "milestones":
        return split_numbered(t) is not None
    return False


TYPED_FIELDS = ("milestones", "due", "status", "rag")


def _alignment(cells: list[Cell], typed: dict[int, str], shift: int) -> int:
    score = 0
    for c in cells:
        field = typed.get(c.col + shift)
        if field is not None:
            score += 1 if _fits(field, c.text) else -1
    return score


@dataclass
class _TypedColumns:
    """What realign needs of a heading row, worked out once per heading row."""
    count: int  # headings of a typed field
    by_col: dict[int, str]  # grid column → typed field
    width: int  # grid columns the headings cover


def _typed_columns(header: Header) -> _TypedColumns:
    return _TypedColumns(count=sum(1 for c in header.columns if c.field in TYPED_FIELDS),
                         by_col={i: c.field for i, c in header.by_col().items() if c.field in TYPED_FIELDS},
                         width=max(c.col + c.span for c in header.columns))


def realign(cells: list[Cell], header: Header, filled: list[Cell] | None = None) -> list[Cell]:
    """Shift a row whose cells slid left (two cells merged in conversion, an empty cell lost)
    back under its headings, when the dates, statuses and RAG codes clearly fit better.
    filled: the cells that hold text, when the caller has them."""
    typed = header.derived("typed", _typed_columns)
    if typed.count < 2:
        return cells
    if filled is None:
        filled = [c for c in cells if c.text.strip()]
    if not filled:
        return cells
    base = _alignment(filled, typed.by_col, 0)
    if base >= sum(1 for c in filled if c.col in typed.by_col):
        return cells  # every typed cell already fits its column
    last = max(c.col + c.colspan for c in filled)
    best, best_score = 0, base
    for shift in (1, 2):
        if last + shift > typed.width:
            break
        score = _alignment(filled, typed.by_col, shift)
        if score >= best_score + 2:
            best, best_score = shift, score
    if best == 0:
        return cells
    return [Cell(text=c.text, col=c.col + best, colspan=c.colspan, rowspan=c.rowspan, fill=c.fill,
                 merged_above=c.merged_above) for c in cells]


def inherit_unlabelled(old: Header, new: Header) -> None:
    """A heading left blank in a repeated heading row means what it meant in the row before,
    when its neighbours agree ('OBJECTIVE | OUTCOMES | (blank) | PROGRESS MILESTONES')."""
    by_col = {c.col: c for c in old.columns}
    for i, c in enumerate(new.columns):
        if c.field or c.label or c.col not in by_col or not by_col[c.col].field:
            continue
        left = new.columns[i - 1] if i else None
        right = new.columns[i + 1] if i + 1 < len(new.columns) else None
        agree = [n for n in (left, right) if n is not None and n.field]
        if agree and all(by_col.get(n.col) is not None and by_col[n.col].field == n.field for n in agree):
            c.field, c.label = by_col[c.col].field, by_col[c.col].label


def same_layout(a: Header, b: Header) -> bool:
    """Is b the heading row a repeated on a new page (a leading empty column may be lost)?"""
    def named(h: Header) -> list[str]:
        return [c.field for c in h.columns if c.field and c.field != "area_ref"]
    return named(a) == named(b)


_NUMBERED_HEADING = re.compile(r"^\s*(\d{1,2}|[A-Z])\s*[.):]\s+(\S.*)$", re.S)
# headings above a table that name the table's kind, not an area of the plan
_NOT_AREA = {"plan", "framework", "tracker", "template", "appendix", "contents", "summary", "indicators",
             "kpis", "kpi", "scorecard", "key", "glossary", "introduction", "background", "strategy", "programme",
             "monitoring", "diagnostic", "report"}


def heading_areas(blocks: list) -> dict[int, tuple[str, str]]:
    """{block index: (area_ref, title)} for headings written directly above tables ('2. Early help',
    'Reducing drift'): the area of that table's actions. Only when two or more tables have one (a
    single heading above a table is as likely the plan's title), never a heading that names a
    plan or a kind of table; banners ('Priority 2: …') are read elsewhere."""
    found = {}
    for i, b in enumerate(blocks[:-1]):
        if not (isinstance(b, Paragraph) and b.heading and isinstance(blocks[i + 1], Table)):
            continue
        text = clean(b.text)
        if read_banner(text) or split_timeframe(text)[0] or _NOT_AREA & set(fold(text).split()) \
                or not 1 <= len(text.split()) <= 20:
            continue
        m = _NUMBERED_HEADING.match(text)
        found[i] = (m.group(1), m.group(2).strip()) if m else ("", text)
    # one heading over one table is as likely the plan's title: only a run of them marks areas
    return found if len(found) >= 2 else {}


def vertical_form_rows(table: Table) -> list[Row] | None:
    """An action form written downwards ('Action | …' / 'Lead officer | …' / 'Target date | …', one
    label and its value per row) as a heading row and one row per action, so it reads like any
    plan table. A label seen again starts the next action; one-cell rows (area banners) stay where
    they are. None when the table is not such a form."""
    sequence: list[Row | list[tuple[str, Row, Cell | None]]] = []  # passed-through rows and actions
    labels: dict[str, str] = {}  # field → label as printed, in order of first appearance
    current: list[tuple[str, Row, Cell | None]] | None = None
    for row in table.rows:
        filled = [c for c in row.cells if c.text.strip()]
        if not filled:
            continue
        name, score, _ = classify(filled[0].text) if filled[0].col == 0 else ("", 0.0, "")
        if len(filled) == 1 and (not name or read_banner(filled[0].text)):
            sequence.append(row)  # a banner or note between the actions
            current = None
            continue
        if not name or score < 92 or name == "rating" or len(filled) > 2:
            return None
        if current is None or any(f == name for f, _, _ in current):
            current = []
            sequence.append(current)
        current.append((name, row, filled[1] if len(filled) > 1 else None))
        labels.setdefault(name, squash(filled[0].text))
    if "action" not in labels or len(labels) < 3:
        return None
    order = list(labels)
    out: list[Row] = []
    for item in sequence:
        if isinstance(item, Row):
            out.append(item)
            continue
        first = item[0][1]
        if not any(len(r.cells) == len(order) and r.texts() == [labels[f] for f in order] for r in out):
            out.append(Row([Cell(text=labels[f], col=i) for i, f in enumerate(order)], first.page, first.line))
        cells = [Cell(text=v.text, col=order.index(f), fill=v.fill) for f, _, v in item if v is not None]
        out.append(Row(cells, first.page, first.line))
    return out


def own_date_or_rag(texts: dict[str, str]) -> bool:
    """Does a row carry its own due date or RAG? Then it is an action, whatever its first letter."""
    from planx.normalise.milestones import leading_number
    due = texts.get("due", "")
    number = leading_number(due)[0]
    own_due = bool(find_dates(due)) and number in ("", "1")  # '3.28/01/2016' goes on a list above
    return own_due or bool(texts.get("rag", "").strip())


def starts_lower(text: str) -> bool:
    t = re.sub(r"^[\s\-–•*·]+", "", text)
    return bool(t) and (t[0].islower() or t[0] in ",;.)")


def dedupe_clipped(cells: list[Cell]) -> list[Cell]:
    """Blank a cell that is a clipped copy of the start of the next cell (legacy text conversions)."""
    out = cells
    for i in range(len(cells) - 1):
        text = cells[i].text
        # a clipped copy has 12 characters or more, and starts as the next cell does: tests
        # that spare most cells the call
        if len(text) >= 12 and text.lstrip()[:1] == cells[i + 1].text.lstrip()[:1] and text.strip() \
                and is_clipped_copy(text, cells[i + 1].text):
            if out is cells:
                out = list(cells)  # copied only when a cell is blanked: most rows have none
            out[i] = Cell(text="", col=cells[i].col, colspan=cells[i].colspan)
    return out


_FIGURE = re.compile(r"^\s*([<>≤≥~+\-]?\s*[\d.,]+\s*%?|[\w.%]+)\s*(?:\((.*?)\))?")


def split_figure(text: str) -> tuple[str, str]:
    """('547.0', 'June 2014') for '547.0 (June 2014) / 547.0 (March 2015)'."""
    text = squash(text)
    m = _FIGURE.match(text)
    if not m or not re.search(r"\d", m.group(1)):
        return text, ""
    return m.group(1).replace(" ", ""), (m.group(2) or "").strip()


def squashed_indicators(heading: str) -> list[str]:
    """Indicator names that a conversion squashed into the 'Indicator' heading cell
    ('Indicator % Assessments in 45 days Plans graded good at audit %' → two names)."""
    rest = re.sub(r"^\s*indicators?\b[:\s]*", "", squash(heading), flags=re.I)
    if not rest:
        return []
    names, current = [], []  # type: list[str], list[str]
    for token in rest.split(" "):
        if current and len(current) >= 2 and token[:1].isupper() and token[1:2].islower() \
                and (current[-1][-1:].islower() or current[-1][-1:].isdigit()):
            names.append(" ".join(current))
            current = []
        current.append(token)
    names.append(" ".join(current))
    return names


def read_kpi_header(filled: list[Cell]) -> list[tuple[int, str, str]] | None:
    """Columns of an indicator table ('Indicator | Polarity | Target | Feb-18 | Mar-18 | Notes'),
    from the cells of a row that hold text."""
    if len(filled) < 3:
        return None
    first = fold(filled[0].text)
    word = first.split(" ", 1)[0]
    if first not in INDICATOR_HEADERS["indicator"] and word not in ("indicator", "indicators"):
        return None
    roles: list[tuple[int, str, str]] = [(filled[0].col, "indicator", filled[0].text.strip())]
    periods = 0
    for c in filled[1:]:
        key, label = fold(c.text), squash(c.text)
        role = next((r for r, syns in INDICATOR_HEADERS.items() if key in syns), "")
        if not role and find_dates(label):
            role, periods = "period", periods + 1
        roles.append((c.col, role or "notes", label))
    if periods == 0 and not any(r == "target" for _, r, _ in roles):
        return None
    return roles


__all__ = ["Walker", "Draft", "area_ref_of", "split_timeframe", "read_banner", "split_figure"]
