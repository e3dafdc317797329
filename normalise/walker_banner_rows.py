"""Rows that name what the rows below belong to: a title row, a row spanning the table (a numbered
heading, a topic, a title under a reference), a part's title, an area banner or a spanning banner,
an area's lead, and grouping cells over the rows under them.
"""
from __future__ import annotations

import re

from planx.extract.model import Cell, Row, Table
from planx.normalise.area_titles import area_title, figure_note, split_timeframe
from planx.normalise.banners import (
    _AREA_WORD,
    _SPANNING_BANNER,
    NUMBERED_TITLE,
    area_heading,
    area_ref_of,
    banner_outline,
    bare_code_over,
    grouping_heading,
    read_banner,
)
from planx.normalise.codes import status_of
from planx.normalise.columns import (
    looks_like_action,
    looks_like_name,
    looks_like_person,
    looks_like_ref,
    looks_like_when,
    sets_infinitive_task,
)
from planx.normalise.draft import Draft
from planx.normalise.headers import area_lead_of, classify, lead_banner, read_indicator_header
from planx.normalise.horizons import read_horizon
from planx.normalise.minutes import topic_and_lead
from planx.normalise.row_cells import sentence_left_open, starts_lower
from planx.normalise.severity import Note
from planx.normalise.tableforms import labelled_line
from planx.normalise.taskheads import schedule_labels
from planx.normalise.text import clean, fix_lookalikes, fold, join_fragments, squash, words_over
from planx.normalise.tiers import outline_title
from planx.normalise.trackers import outline_child
from planx.normalise.vocab import (
    EXISTING_WORK_BAND_WORDS,
    HORIZON_ITEM_NOUNS,
    PROPOSED_WORK_BAND_WORDS,
    WORK_BAND_NOUNS,
)
from planx.normalise.walker_state import _LEAD_PREFIX, UNPAGED_FORMATS, WalkerState

# the same in a row that spans the table, where the layout already says it is a banner: the area word
# in any case ('Board priority 2: Prevention and diversion')
_BANNER_START = re.compile(rf"^\W*(?:(?-i:[A-Z]{{2,5}})\s+)?(?:{_AREA_WORD}|a?r?ea\b|for\s+improv|e?ment\s+\d)", re.I)

# a cell that opens with a figure ('25%', '£6,372', '4% - …'): a sum or a share, never who leads
_FIGURE_FIRST = re.compile(r"^\s*[£$€]?\s*\d[\d,.]*\s*(?:%|[kKmM]\b|$|\s*[-–(])")


# a number and a title with no stop between them ('2  Carers'): an area's number only where the rows
# under it say so (spanning_row)
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]\S*(?:\s+\S+)*)$")
# a word or two and a number before the title ('Target 1: To strengthen safeguarding culture'): a label
# of the plan's own, which its rows numbered under it ('1.1', '1.2') show to be the area's number
_LABELLED_NUMBER = re.compile(r"^\s*[A-Za-z]+(?:\s+[A-Za-z]+)?\s+(\d{1,2})\s*[:.–—-]\s*([A-Za-z].*)$")


# a title under a lower-case letter ('a. Air Quality & Climate Protection'), and its most words
_LETTERED_TITLE = re.compile(r"^\s*([a-z])[.)]\s+([A-Z][^.:;]*)$")
_LETTERED_TITLE_WORDS = 12

# a form's banner ('Priority #2', 'Goal 3 – Attendance'): its words at most, the words before its
# number (the kind of area it numbers), the most words of the label naming that kind ('Priority Area'),
# and how surely the heading reader must take that label for an area's
_FORM_BANNER_WORDS = 12
_FORM_BANNER_KIND = re.compile(r"^\s*([A-Za-z][A-Za-z ]{1,40}?)\s*(?:no\.?\s*|#\s*)?\d")
_FORM_LABEL_WORDS = 5
_FORM_AREA_SCORE = 80.0

# the fewest words of a paragraph of sentences merged across a table (an introduction, no title)
_INTRODUCTION_WORDS = 15


def _introduction(cell: Cell) -> bool:
    """A cell merged across the table holding a paragraph of sentences ('We find and choose stories
    that resonate … so that we can improve.'): an introduction to the rows, not their title."""
    text = clean(cell.text)
    return cell.colspan >= 2 and words_over(text, _INTRODUCTION_WORDS - 1) and text.endswith((".", "!"))


def work_band(text: str) -> str:
    """'existing' for a band naming work in place ('Current Efforts', 'Existing initiatives'),
    'proposed' for one naming work proposed ('Proposed Efforts', 'New initiatives'), else ''."""
    words = fold(text).split()
    if len(words) != 2 or words[1] not in HORIZON_ITEM_NOUNS | WORK_BAND_NOUNS:
        return ""
    return "existing" if words[0] in EXISTING_WORK_BAND_WORDS else "proposed" \
        if words[0] in PROPOSED_WORK_BAND_WORDS else ""


# a bulleted item's line (a glyph, not a number: '1. Identify needs early' is a numbered title)
_BULLET_ITEM = re.compile(r"^\s*[•·▪●◦○■\uf0b7\uf0a7\uf0d8\uf076\uf0fc]\s*\S")

class BannerRows(WalkerState):
    """Rows that name what the rows below them belong to (titles, banners, topics, groups)."""

    def title_row(self, i: int, filled: list[Cell]) -> bool:
        """One cell merged across the table right above its heading row: the table's title, the
        area of its rows ('Teaching' over '− High-quality teaching for all …'). A banner says so
        itself and is read as one."""
        if len(filled) != 1 or filled[0].colspan < 2 and not figure_note(filled[0].text):
            return False
        # a label and a figure between the title and the headings ('Budgeted cost: £23,400') is a note
        # on the table: it is neither the title nor does it part the title from the headings
        # so is a paragraph introducing the table's rows under its title ('1. Tell Great Stories' /
        # 'We find and choose stories that …' / the headings): kept aside, the title still heads it
        following = next((j for j in range(i + 1, len(self._filled)) if self._filled[j]
                          and not (len(self._filled[j]) == 1 and (figure_note(self._filled[j][0].text)
                                                                  or _introduction(self._filled[j][0])))), None)
        if following is None or self.headings_of(following) is None:
            return False
        if _introduction(filled[0]):
            self.keep_aside(clean(filled[0].text), "an introduction above the table's headings", self._rows[i].page,
                            self.table_index, self._rows[i].line, filled[0].col)
            return True
        if figure_note(filled[0].text):
            self.keep_aside(filled[0].text, "a note on the table (a label and a figure)", self._rows[i].page,
                            self.table_index, self._rows[i].line, filled[0].col)
            return True
        width = max(c.col + c.colspan for c in self._cells[following])
        if filled[0].colspan < 0.75 * width:
            return False
        lines = [ln.strip() for ln in filled[0].text.split("\n") if ln.strip()]
        title = lines[0] if lines else ""
        if not title or words_over(title, 12) or read_banner(title) or title.endswith((".", ":")):
            return False
        if _BULLET_ITEM.match(title):
            # an item of the list printed over the table ('Success criteria:' / '• Pupil passports in
            # place …'), which a PDF's reading took into the table's first row: a list's item, no title
            for line in lines:
                self.keep_aside(line, "a list item above the table's headings", self._rows[i].page,
                                self.table_index, self._rows[i].line, filled[0].col)
            return True
        if self.period_band(filled[0], i):
            return True
        last_table, last_title = self.last_title
        whole = fold(" ".join(lines))
        if last_title and last_title in whole and len(whole.split()) <= 2 * len(last_title.split()) + 6 \
                and (last_table != self.table_index or self._rows[i].page > self.last_page) and self.context["area"]:
            # the title printed again over the next page's headings ('PROGRESS REPORT' over each page of a
            # ruled tracker): the table going on, not a new area; the rows left blank at the top of the
            # page belong to the group in hand (a goal printed once, on the page where it starts)
            for line in lines:
                self.keep_aside(line, "the table's title, printed again over its headings on the next page",
                                self._rows[i].page, self.table_index, self._rows[i].line, filled[0].col)
            return True
        self.last_title = (self.table_index, fold(title))
        self.structure.append(title)
        for rest in lines[1:]:
            self.keep_aside(rest, "table title", self._rows[i].page, self.table_index, self._rows[i].line,
                            filled[0].col)
        found = area_heading(title)  # a numbered title ('1. Identify needs early', 'Board priority 4: …')
        if found is not None:
            self.set_area(*found, "")
            return True
        self.set_area("", title, "")
        self.context["area_ref"] = ""  # an unnumbered title: no reference is invented
        return True

    def period_band(self, cell: Cell, i: int) -> bool:
        """A band across the table naming a period ('2014 Action Items', 'Year 2'), the last row of its
        page, right above the headings printed again on the next: not the title of a new table but
        the period of the rows that go on under those headings, as a band between rows is — where
        rows of this table were read above it or a band before it in the table named a period.
        Over a table's first rows it may be the document's own date, and is left to title_row."""
        h = read_horizon(clean(cell.text), day_alone=True)
        if h is None or h.kind != "period":
            return False
        # ('Year 2' names no date: a period only beside a sibling band of the table that named one)
        if self.horizon_table != self.table_index and not (
                h.dated and self.drafts and self.drafts[-1].table == self.table_index):
            return False
        self.structure.append(cell.text)
        self.context.update(horizon=h.text, timeframe=h.text)
        self.horizon_table = self.table_index
        return True

    def horizon_row(self, text: str, cell: Cell, row: Row, table: Table) -> bool:
        """A row across the table that names a date ('By June 2026', '30 September 2026', 'Deliver by
        end of March 2027 (Spring 2027)'): the rows below are due by then, as under a period heading
        (normalise/horizons.py); not an area. After such a row in the table, a sibling row naming a
        horizon with no date ('Ongoing throughout the plan') ends the date, as a period heading
        does. The area in hand stays."""
        h = read_horizon(text, day_alone=True)
        if h is None and self.horizon_table == table.index:
            # a sibling of the dated rows that names no date: its rows are due by none of them
            self.end_horizon()
            if status_of(text) == "ongoing":  # 'Continuous - no end date': when, not an area
                self.structure.append(cell.text)
                self.context["timeframe"] = text
                return True
            return False
        if h is None or not (h.dated or h.kind == "period" or self.horizon_table == table.index):
            return False  # ('Year 1', 'Phase 2', 'Next': a period with no date is when too)
        self.structure.append(cell.text)
        self.context.update(horizon=h.text, timeframe=h.text if h.kind == "period" else "")
        self.horizon_table = table.index
        return True

    def spanning_row(self, filled: list[Cell], row: Row, table: Table) -> bool:
        """A row of one cell merged across the table under its headings: a theme ('Early help',
        '2. School readiness') gives the area of the rows below it; longer text (an introduction
        ending 'Key priorities include:-') is kept aside. Neither is an action."""
        assert self.header is not None
        chart = {i for c in self.header.columns if c.basis == "chart" for i in range(c.col, c.col + c.span)}
        bars = [c for c in filled if c.col in chart]
        if bars and len(filled) - len(bars) == 1:
            # a phase's name beside the label of its bar on a Gantt chart ('Requirement Analysis' …
            # 'Submission'): the label is the chart's, kept aside
            filled = [c for c in filled if c.col not in chart]
            if self.spanning_row(filled, row, table):
                for c in bars:
                    self.keep_aside(c.text, "a label on a Gantt chart's bar", row.page, table.index, row.line, c.col)
                return True
            return False
        if len(filled) != 1:
            return False
        cell = filled[0]
        if (cell.colspan < 2 or cell.colspan < 0.75 * max(self.header.width(), row.width())) \
                and not self.numbered_heading_row(cell, row) and not self.title_under_reference(cell, row) \
                and not self.topic_row(cell, row):
            return False
        text = clean(cell.text)
        if self.update_row(text, table):
            return True
        if self.running_title(text, row):
            self.keep_aside(cell.text, "the table's title, printed again over its headings on the next page",
                            row.page, table.index, row.line, cell.col)
            return True
        timeframe, rest = split_timeframe(text)
        if timeframe and not rest:
            return False  # a timeframe row: data_row reads it
        if self.horizon_row(text, cell, row, table):
            return True
        # '1. …', 'Strategic Objective 2: Tackling …', 'Recommendation 1: …', 'T - Transport and travel'
        ref, title = area_heading(text) or ("", text)
        bare = _BARE_NUMBER.match(text)
        labelled = _LABELLED_NUMBER.match(text) if not ref and bare is None else None
        if labelled is not None:
            k = next((j for j, r in enumerate(self._rows) if r is row), -1)
            below = self._filled[k + 1] if 0 <= k < len(self._rows) - 1 else []
            if len(below) >= 2 and below[0].col <= cell.col and outline_child(squash(below[0].text),
                                                                              labelled.group(1)):
                ref, title = labelled.group(1), labelled.group(2).strip()
        if not ref and bare is not None:
            # '2  Carers': a number before the title with no stop, over rows numbered under it ('2.1',
            # '2.2'): the area's number, as the rows' own references say (a reference the row's first
            # cell opens with, where a scan ran the reference column into the next: '2.1 The rear …')
            k = next((j for j, r in enumerate(self._rows) if r is row), -1)
            below = self._filled[k + 1] if 0 <= k < len(self._rows) - 1 else []
            opening = squash(below[0].text).split()[:1] if below else []
            if len(below) >= 2 and below[0].col <= cell.col and opening and outline_child(opening[0], bare.group(1)):
                ref, title = bare.group(1), bare.group(2).strip()
        lettered = _LETTERED_TITLE.match(text) if not ref else None
        if lettered is not None and not words_over(lettered.group(2), _LETTERED_TITLE_WORDS):
            # 'a. Air Quality & Climate Protection' across the table, a short title under its letter: the
            # area it letters (a sub-area of a numbered part, as the plan's contents list it), no sentence
            ref, title = area_ref_of(lettered.group(1)), lettered.group(2).strip()
        if not ref:
            # 'A Thriving local economy' over rows 'A.1', 'A.2' (up to the next row of one cell): a
            # letter code before the title, as the rows' own references say (banners.bare_code_over)
            k = next((j for j, r in enumerate(self._rows) if r is row), -1)
            group = []
            for cells in self._filled[k + 1:] if k >= 0 else []:
                if len(cells) < 2:
                    break
                group.append(squash(cells[0].text) if cells[0].col <= cell.col else "")
            coded = bare_code_over(text, group) if group else None
            if coded is not None:
                ref, title = coded
        if not words_over(title, 25) and not title.endswith((".", ":", ":-", ";")) and ". " not in title:
            self.structure.append(cell.text)
            # (not after a numbered banner row of this table: an unnumbered row like it is the next area)
            code, sub = (ref, title) if ref else outline_title(text) or ("", title)
            if self.context.get("area_source") == "theme" and "objective" not in self.header.fields() \
                    and self.tiers.sub_tier(self.context["area_ref"], self.context["area"], code,
                                            self.right_under_area(row)):
                # 'A. Renewable supply' (or 'Renewable supply', uncoded) right under '1. Energy', or a
                # sibling of it later in the section; or '2.3 Active travel' within '2. Transport': a tier
                # below the area, its objective; the section stays the area (normalise/tiers.py)
                self.context.update(objective=sub, work_band="")
            elif self.context["area"] and not ref and "objective" not in self.header.fields() \
                    and topic_and_lead(title) is None and (
                        self.context.get("area_source") not in ("theme", "topic") and self.banner_table != table.index
                        or self.band_again(text, row)):
                # a theme within the area a heading named; or a band printed again under area after area
                # ('Current Efforts' / 'Proposed Efforts' under each): a part of each area, never one. Under
                # a sub-section a tier below the area ('a. Air Quality' under '1. ENVIRONMENT'), that stays
                # the objective and the band is the kind of work under it (existing_work_aside)
                if self.tiers.area == (self.context["area_ref"], self.context["area"]) and self.context["objective"]:
                    self.context["work_band"] = title
                else:
                    self.context["objective"] = title
            else:
                topic = topic_and_lead(title) or (title, "")  # 'Open data – Lead GS': the topic, who leads it
                self.context.update(area_ref=ref, area=area_title(topic[0]), area_lead=topic[1], objective="",
                                    work_band="", area_source="theme")
                self.theme_header = self.header
        else:
            self.keep_aside(cell.text, "text across the table", row.page, table.index, row.line, cell.col)
        return True

    def right_under_area(self, row: Row) -> bool:
        """Does the row stand right under the row of one cell that titled the area in hand (no action
        between)?"""
        k = next((j for j, r in enumerate(self._rows) if r is row), -1)
        if k < 1 or len(self._filled[k - 1]) != 1:
            return False
        above = clean(self._filled[k - 1][0].text)
        ref, title = area_heading(above) or ("", above)
        return ref == self.context.get("area_ref", "") and area_title(title) == self.context.get("area", "")

    def bands(self) -> list[str]:
        """The texts (folded) of the document's tables' rows of one cell, in order."""
        if self._bands is None:
            self._bands = [fold(clean(filled[0].text)) for block in self.raw.blocks if isinstance(block, Table)
                           for r in block.rows if len(filled := [c for c in r.cells if c.text.strip()]) == 1]
        return self._bands

    def existing_work_aside(self) -> None:
        """Rows under a band of work already in place ('Current Efforts'), in a document whose tables
        also print a band of proposed work ('Proposed Efforts'): what is being done now, described
        ('The city has joined the … Coalition', 'See 2.c. Transportation'), not what the plan commits
        to. Kept aside, with a warning."""
        kinds = {work_band(b) for b in self.bands()}
        if not {"existing", "proposed"} <= kinds:
            return
        def band(d: Draft) -> str:  # the band over a draft: the kind of work, or its objective
            return str(d.context.get("work_band") or d.context.get("objective", ""))
        mine = [d for d in self.drafts if d.table and work_band(band(d)) == "existing"]
        for d in mine:
            self.keep_aside(" ".join(d.text(n) for n in ("action", "lead", "due") if d.text(n)),
                            f"work already in place, under '{band(d)}' (beside a band of proposed "
                            "work): no commitment of the plan", d.page, d.table, d.line)
        if mine:
            ids = {id(d) for d in mine}
            self.drafts = [d for d in self.drafts if id(d) not in ids]
            self.warnings.append(f"{len(mine)} row(s) under a band of work already in place kept aside: the "
                                 "tables part it from the work they propose")

    def band_again(self, text: str, row: Row) -> bool:
        """Is the text of a row across the table printed again on another row of one cell in the
        document's tables (the same table going on under its headings, or the next), with other bands
        between them (areas' titles)? Each area is named once; a band that comes back under area
        after area names a part of each."""
        bands = self.bands()
        return bands.count(fold(text)) >= 2 and len(set(bands)) > 2

    def running_title(self, text: str, row: Row) -> bool:
        """Is a row across the table, first on a new page, the title printed over the table's headings
        on its first page ('Office of Management & Budget PROGRESS REPORT' at the top of each page of a
        tracker)? The table goes on: it names no new area, and the group in hand holds."""
        title = self.last_title[1]
        return bool(title) and bool(self.drafts) and row.page > self.last_page and title in fold(text) \
            and len(fold(text).split()) <= 2 * len(title.split()) + 6

    def update_row(self, text: str, table: Table) -> bool:
        """A row across the table under an action's row that a label names as its progress ('Latest
        position - Pilot running in two wards.', 'Progress update: …', 'Commentary: …'): a tracker
        that gives each action a full-width update row below it. The update is that action's progress,
        its label gone; True when it was. Not when the action above has its progress already, or no
        action of this table is above it (an introduction's 'Update: …' over the rows)."""
        found = labelled_line(text)
        if found is None or found[0] != "progress" or not found[1] or not self.drafts:
            return False
        above = self.drafts[-1]
        if above.table != table.index or above.text("progress").strip():
            return False
        above.add("progress", found[1])
        return True

    def numbered_heading_row(self, cell: Cell, row: Row) -> bool:
        """A numbered heading alone in the first column of a table that spans nothing (text laid out
        by spaces, a borderless PDF): '2. Prepare young people for adult life' over unnumbered
        rows that fill their other columns. It is a theme, as a row merged across the table is."""
        m = NUMBERED_TITLE.match(squash(cell.text))
        if m is None or not m.group(1).isdigit() or len(row.cells) < 2 or words_over(m.group(2), 15) \
                or m.group(2).rstrip().endswith("."):
            return False
        k = next((j for j, r in enumerate(self._rows) if r is row), -1)
        below = self._filled[k + 1] if 0 <= k < len(self._rows) - 1 else []
        if cell.col != min(c.col for c in row.cells):
            # in a later column (the action's), its reference cell left empty: a theme only when the
            # row below opens with a reference under its number ('1. Serious violence' over '1.1 | …')
            # or, a name and no instruction, over a row numbered on its own ('1. Procurement' over
            # '1 | Switch the catering contract …', a plan that numbers its actions straight through)
            return len(below) >= 2 and below[0].col < cell.col and (
                outline_child(squash(below[0].text), m.group(1))
                or self.over_numbered_row(cell, below) and not looks_like_action(m.group(2)))
        return len(below) >= 2 and NUMBERED_TITLE.match(squash(below[0].text)) is None

    def topic_row(self, cell: Cell, row: Row) -> bool:
        """A short topic alone in the first column of a table whose other rows fill their other
        columns (a borderless PDF's action log, 'Historic Weather Observations – Lead JC' over
        'Meeting of working group … | New'): the topic of the rows below, as a row merged across
        the table is. Not an instruction ('Review the policy' with its status still blank), and
        only where nearly every row fills a second cell, so that a blank status is unusual."""
        text = squash(cell.text)
        # the first column: of the row, or the first one headed (a sheet's column A left empty)
        headed = min((c.col for c in self.header.columns if c.label), default=0) if self.header else 0
        k = next((j for j, r in enumerate(self._rows) if r is row), -1)
        below = self._filled[k + 1] if 0 <= k < len(self._rows) - 1 else []
        # (or in the actions' column, its reference cell empty, over a row that fills its reference: a
        # borderless PDF that set the theme's name where the actions' text starts)
        if (cell.col not in (min(c.col for c in row.cells), headed)
                and not (self.over_numbered_row(cell, below) and labelled_line(text) is None)) \
                or not text or words_over(text, 15) or text.endswith((".", ":", ";")):
            return False  # (a labelled line there, 'Owner – Communications Manager', fills the action above)
        over_banner = False
        if len(below) == 1 and k + 2 < len(self._rows) and len(self._filled[k + 2]) >= 2 \
                and (banner := read_banner(squash(below[0].text))) and banner[1] \
                and not read_banner(text) and not looks_like_action(text):
            # a name over a numbered banner over the rows ('Beaver Activity' / 'Strategy 1: On-going
            # Management' / '1a. Identify …'): the theme the banners below number within
            below, over_banner = self._filled[k + 2], True
        if len(below) < 2:
            return False
        if topic_and_lead(text) is not None:
            return True  # it says so itself: a topic and who leads it
        if words_over(text, 8) or looks_like_action(text) or starts_lower(text) or sets_infinitive_task(text):
            # a topic is a name, no clause setting a task ('Action expired members to remove …'); ('and writing
            # across the school' is a title's line wrapped onto a row)
            return False
        if k > 0 and self.continues_cell_above(cell, k):
            return False  # the rest of the text above ('… protocol with the' / 'Virtual School and …'), wrapped
        # over instructions; or, in a sheet, set in bold over rows that are not ('Proposal' over
        # 'Prepare Project Idea | Low Risk | 100%': a Gantt chart's group of tasks)
        bold_group = self.raw.format in UNPAGED_FORMATS and cell.bold and not words_over(text, 6) \
            and not any(c.bold for c in below if c.col == cell.col)
        # or a schedule's phase: a name alone in a task table (start, finish, duration … headed:
        # taskheads.schedule_labels) over tasks that fill their dates, a summary task
        bold_group = bold_group or (self.header is not None and not words_over(text, 6)
                                    and schedule_labels([c.label for c in self.header.columns]))
        # (the numbered banner under it says the name is a heading: what the rows hold need not)
        if not bold_group and not over_banner and not looks_like_action(self.action_text(below)):
            return False
        rows = [f for f in self._filled if f]
        full = sum(1 for f in rows if len(f) >= 2)
        return full >= max(2, 0.5 * len(rows))

    def continues_cell_above(self, cell: Cell, k: int) -> bool:
        """Does the row above leave its text in this cell's column mid-phrase ('… with the'), so that
        the lone cell below is its wrapped rest, whatever case it opens in?"""
        above = next((c.text for c in self._filled[k - 1] if c.col == cell.col), "")
        return sentence_left_open(squash(above)) == 2

    def over_numbered_row(self, cell: Cell, below: list[Cell]) -> bool:
        """Is a lone cell in the column of the actions, over a row whose reference column (before it)
        holds a reference?"""
        if self.header is None or len(below) < 2 or below[0].col >= cell.col:
            return False
        column, ref = self.header.column_for(cell.col), self.header.column_for(below[0].col)
        return column is not None and column.field == self.key_field() and ref is not None \
            and ref.field == "area_ref" and looks_like_ref(squash(below[0].text))

    def action_text(self, filled: list[Cell]) -> str:
        """The text of a row's action cell: under the column headed as the actions when the table
        has one ('Issue | Action | …': the issue is no instruction), else its first filled cell."""
        columns = [c for c in self.header.columns if c.field == "action"] if self.header is not None else []
        texts = [cell.text for cell in filled for c in columns if c.col <= cell.col < c.col + c.span]
        return " ".join(texts) if columns else filled[0].text

    def title_under_reference(self, cell: Cell, row: Row) -> bool:
        """A short title alone in the first column, under a heading that reads as the rows'
        references ('Ref' over 'Events', then '1.1', '1.2' …): no reference, but the theme of the rows
        below, as a sheet sets its sections apart without merging cells. The rows around it fill
        their other columns."""
        assert self.header is not None
        column = self.header.column_for(cell.col)
        text = squash(cell.text)
        if column is None or column.field != "area_ref" or cell.col != min(c.col for c in self.header.columns) \
                or looks_like_ref(text) or not 1 <= len(text.split()) <= 8 or text.endswith((".", ":")) \
                or not any(ch.isalpha() for ch in text) or looks_like_when(text) or looks_like_person(text):
            return False
        k = next((j for j, r in enumerate(self._rows) if r is row), -1)
        below = self._filled[k + 1] if 0 <= k < len(self._rows) - 1 else []
        return len(below) >= 2 and any(looks_like_ref(c.text) for c in below if c.col == cell.col)

    def part_title(self, i: int, table: Table) -> bool:
        """Lines alone in a row right above the table's headings printed again ('Targeted academic
        support (for example, …)' / 'Budgeted cost: £59,901' / 'Activity | Evidence …' in a text
        layout that runs a document's tables together): the title of the part below, its area; a
        label and a figure among them is a note on the part, kept aside."""
        assert self.header is not None
        lines: list[int] = []
        j = i
        while j < len(self._filled) and len(self._filled[j]) == 1 and len(lines) < 4:
            lines.append(j)
            j += 1
        if j >= len(self._filled) or not lines or not self.reprints_headings(self._filled[j]):
            return False
        parts = [(k, line) for k in lines for line in self._filled[k][0].text.split("\n") if line.strip()]
        if not parts or read_banner(parts[0][1]) or any(area_lead_of(squash(line)) for _, line in parts):
            return False  # a banner and its lead ('Priority 2: …' / 'Executive sponsor: …'): read as such
        notes = [(k, line) for k, line in parts if figure_note(line)]
        title = join_fragments([squash(line) for k, line in parts if (k, line) not in notes])
        if not title or words_over(title, 24) or title.endswith("."):
            return False
        if self.running_title(title, self._rows[lines[0]]):
            for k, line in parts:  # the table going on over a page: the group in hand holds
                self.keep_aside(line, "the table's title, printed again over its headings on the next page",
                                self._rows[k].page, table.index, self._rows[k].line, self._filled[k][0].col)
            self._taken_rows.update((table.index, k) for k in lines)
            return True
        for k, line in parts:
            cell, row = self._filled[k][0], self._rows[k]
            if (k, line) in notes:
                self.keep_aside(line, "a note on the table (a label and a figure)", row.page, table.index,
                                row.line, cell.col)
            else:
                self.structure.append(line)
        self._taken_rows.update((table.index, k) for k in lines)
        found = area_heading(title)
        if found is not None:
            self.set_area(*found, "")
        else:
            self.set_area("", title, "")
            self.context["area_ref"] = ""
        return True

    def banner_row(self, filled: list[Cell], row: Row, table: Table) -> bool:
        """'AREA FOR IMPROV | EMENT 3: Improve … | … | Kevin Brooks' → area 3, its title and lead.
        Not a row of the table whose first cell is its area ('Priority 1 Raise attainment …' under
        'Priority', beside its actions): that is a data row."""
        if not _BANNER_START.match(fix_lookalikes(filled[0].text)):
            return False  # cheap test first: most rows are not banners
        if self.header is not None and len(filled) >= 4 and (whole := read_banner(filled[0].text)):
            column = self.header.column_for(filled[0].col)
            key = self.key_field()
            # the area's title in the cell itself, or what is done in the row's own column with the
            # row's own cells between ('Pillar 1 | P1.F2.A1 | 07/01/25 | In Progress | Implement the …'
            # under 'Pillar | Action ID | … | Action'): the row's area value, not a banner over the
            # rows below. A banner's title follows its label straight ('Priority 3 | Improve attendance')
            acts = any((c2 := self.header.column_for(c.col)) is not None and c2.field == key
                       for c in filled[2:])
            # (or under the goal it serves: 'Goal 1: Early literacy' under 'Goal', beside its strategy
            # and its action, a state education plan's export)
            # ('AREA FOR IMPROVEMENT 2: …' under 'Objective' stays a banner: its label is not the column's)
            own = column is not None and (column.field in ("area", "area_ref") or column.field == "objective"
                                          and fold(filled[0].text).split()[:1] == fold(column.label).split()[:1])
            if filled[0].col == 0 and column is not None and own and (whole[1] or (acts and whole[0])):
                return False
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
        if m is None and lead and (squash(lead).endswith(":") or figure_note(lead) or _FIGURE_FIRST.match(lead)):
            # a label left to fill in or a figure beside the banner ('Percentage of total allocation:',
            # and under it '25%' or '4% - …' beside the banner's merged cell), not who leads the area
            self.keep_aside(lead, "a label or figure beside an area's banner, not its lead", row.page, table.index,
                            row.line, filled[-1].col)
            lead = ""
        if len(filled) == 1 and self.within_theme(row, table):
            # a numbered banner under a theme's row ('Beaver Activity' / 'Strategy 1: …'), or its sibling
            # later under the same theme: a part of the theme (its objective), the theme stays the area
            self.context["objective"] = clean(banner[1])
            self.theme_banners = table.index
            return True
        self.set_area(banner[0], banner[1], m.group(1) if m else lead)
        self.banner_table = table.index  # the rows of one cell after it in this table: its siblings
        return True

    def form_banner(self, i: int, filled: list[Cell]) -> bool:
        """A form's banner and the form's own label naming its area, one form per area ('Priority
        #2' across the form, then 'Priority Area | Mathematics', 'Focus Area | …', 'Desired Outcome
        | …'): the banner numbers the area (area_ref '2') and the label that names the banner's kind
        of area ('Priority Area' under 'Priority #2', the heading reader taking it for an area's)
        gives its title where the banner prints none. Only where that label is the form's next row:
        a banner over anything else is read as banners are. Both are read, not kept aside."""
        if self.form_area_row == (self.table_index, i) and len(filled) == 2:
            if not self.context.get("area"):
                self.context["area"] = area_title(squash(filled[1].text))
            self.structure.extend(c.text for c in filled)
            self.read_labels([filled[0].text])
            return True
        if len(filled) != 1 or i + 1 >= len(self._filled) or len(self._filled[i + 1]) != 2:
            return False
        text = squash(filled[0].text)
        banner = read_banner(text) if _BANNER_START.match(fix_lookalikes(text)) else None
        if banner is None or not banner[0] or words_over(text, _FORM_BANNER_WORDS):
            return False
        label = squash(self._filled[i + 1][0].text)
        if not self.names_banner_kind(text, label):
            return False
        self.structure.append(filled[0].text)
        self.set_area(banner[0], banner[1], "")
        first, self.form_area_row = self.form_area_row == (-1, -1), (self.table_index, i + 1)
        if first:  # said once: the forms of a document read alike
                self.warnings.append(Note(f"table {self.table_index}: the banner '{text[:40]}' numbers the area, "
                                          f"the form's '{label[:40]}' names it (and so in each such form)"))
        return True

    @staticmethod
    def names_banner_kind(banner: str, label: str) -> bool:
        """Does a form's label name the kind of area its banner numbers, as an area's heading
        ('Priority Area' under 'Priority #2', 'Goal' under 'Goal 3')? The banner's words before its
        number are among the label's, and the heading reader takes the label for an area's."""
        m = _FORM_BANNER_KIND.match(fix_lookalikes(banner))
        if m is None or words_over(label, _FORM_LABEL_WORDS):
            return False
        kind = fold(m.group(1)).split()
        if not kind or not set(kind) <= set(fold(label).split()):
            return False
        field, score, _ = classify(label)
        return field == "area" and score >= _FORM_AREA_SCORE

    def within_theme(self, row: Row, table: Table) -> bool:
        """Does a banner of one cell stand inside the theme in hand: right under the theme's row of its
        own (a name alone in the first column, read as the area), or after a banner read so in this
        table while a theme row still gives the area?"""
        if self.context.get("area_source") != "theme" or not self.context.get("area"):
            return False
        if self.theme_banners == table.index:
            return True
        k = next((j for j, r in enumerate(self._rows) if r is row), -1)
        if k < 1 or len(self._filled[k - 1]) != 1:
            return False
        return squash(self._filled[k - 1][0].text) == squash(self.context["area"])

    def spanning_banner(self, i: int, filled: list[Cell], row: Row) -> bool:
        """'Recommendation 3: Improve …' (vocab.SPANNING_BANNER_WORDS) or a numbered area's banner
        ('Strategic Objective 1: …', read_banner) alone in a row merged across the table, over the
        table's own heading row: the area of the actions under it."""
        if len(filled) != 1:
            return False
        # a row of one cell across the table; or one cell in the first column and nothing else on the
        # row, where the source merges no cells (a CSV export) or the row is one of the table's bands
        alone = filled[0].col == 0 and (self.raw.format == "csv" or self.bands_over_headings(i))
        if 2 * filled[0].colspan < max(row.width(), 2) and not alone:
            return False
        m = _SPANNING_BANNER.match(squash(fix_lookalikes(filled[0].text)))
        # or a numbered area's banner ('Strategic Objective 1: In Wales to increase …', 'Priority 2 – …')
        banner = (area_ref_of(m.group(1)), m.group(2)) if m else read_banner(squash(filled[0].text))
        if (not banner or not banner[0]) and filled[0].text.lstrip()[:1].isalpha() and self.bands_over_headings(i):
            # any word numbering a part ('Phase 2 – Our workforce', 'Stage 3: …'), where the table prints
            # its heading row again under each such band: the band groups the rows below it (a number
            # alone, '6. Establish auditing methods …', may as well number an objective within an area)
            banner = grouping_heading(squash(filled[0].text))
        if not banner or not banner[0]:
            return False
        if i + 1 >= len(self._filled) or self.headings_of(i + 1) is None:
            return False  # not over a heading row: another kind of row
        self.structure.append(filled[0].text)
        whole = banner_outline(squash(filled[0].text))
        if whole and self.objective_within_area(filled[0].text, whole, banner[1]):
            return True  # 'Objective 1.2: …' under 'Area 1: …': an objective within the area
        self.set_area(banner[0], banner[1], "")
        return True

    def bands_over_headings(self, i: int) -> bool:
        """Is row i a one-cell row over a heading row that the table prints again further on (or
        printed before), each time under another one-cell row: a band over each group's headings?"""
        if i + 1 >= len(self._filled):
            return False
        head = [fold(c.text) for c in self._filled[i + 1]]
        if len(head) < 2:
            return False
        return sum(1 for k in range(1, len(self._filled)) if [fold(c.text) for c in self._filled[k]] == head
                   and len(self._filled[k - 1]) == 1) >= 2

    def area_lead_row(self, filled: list[Cell]) -> bool:
        """A row of one cell naming the lead of the area in hand, before any of its actions
        ('Executive sponsor: Sam Okafor' under 'Priority 2: …', a text layout's lines read as a
        table): the area's lead, no action."""
        if len(filled) != 1 or not self.context["area"]:
            return False
        if self.drafts and self.drafts[-1].context.get("area") == self.context["area"]:
            return False  # under an action of the area: the row says more of that action
        lead = area_lead_of(squash(filled[0].text))
        if not lead:
            return False
        self.structure.append(filled[0].text)
        self.context["area_lead"] = lead
        return True

    def owner_row(self, filled: list[Cell], row: Row, table: Table) -> bool:
        """A row of one cell across a table with no owner column, naming only who leads ('Lead
        officer: Amira Khan, Head of Service', 'Executive lead: Medical Director (Dr Sanjay Mehta)'),
        over actions or right under the headings (not under a title row of an area, whose lead it
        would be: area_lead_row): the table groups its rows by owner, and the person is the lead of
        each row below it (context 'group_lead', up to the next such row); the rows' area is read
        from their own column. headers.lead_banner reads the row."""
        if len(filled) != 1 or self.header is None:
            return False
        cell = filled[0]
        if cell.colspan < 2 or cell.colspan < 0.75 * max(self.header.width(), row.width()):
            return False
        lead = lead_banner(cell.text, self.header.fields())
        if not lead:
            return False
        k = next((j for j, r in enumerate(self._rows) if r is row), -1)
        if k > 0 and len(self._filled[k - 1]) == 1 and lead_banner(self._filled[k - 1][0].text) == "":
            return False  # right under a one-cell row (an area's title): that area's lead
        if self.group_lead_table != table.index:
            self.warnings.append(f"table {table.index}: rows across the table naming only a lead "
                                 f"({squash(cell.text)[:60]!r}) group its rows by owner: each is the lead of "
                                 f"the rows under it")
        self.structure.append(cell.text)
        self.context["group_lead"], self.group_lead_table = lead, table.index
        return True

    def area_outcome_row(self, filled: list[Cell]) -> bool:
        """A row of one cell labelled as the outcome sought ('Outcome: Needs are identified and met
        early') under an area's banner, before any of its actions: the area's outcome (area_outcome)."""
        return len(filled) == 1 and self.area_outcome(filled[0].text)

    def under_groups(self, kpi: list[tuple[int, str, str]], above: list[tuple[int, str, str]],
                     table: Table) -> list[tuple[int, str, str]]:
        """The headings of an indicator table printed on two rows: a period over the figures it
        groups ('2022/23 | Q2 2023/24' over 'Outturn | Target | Actual | RAG', the upper cell merged
        across its columns). Each lower heading is read with the period over it ('Q2 2023/24
        Actual'); the lower row alone when the upper names no period."""
        groups = [(col, label) for col, role, label in above if role == "period"]
        if not groups:
            return kpi
        labels = []
        for col, _, label in kpi:
            # the upper heading whose (merged) cell starts at or before this column
            over = max(((c, role, text) for c, role, text in above if c <= col), default=None)
            group = over[2] if over is not None and over[1] == "period" else ""
            labels.append((col, f"{group} {label}" if group and fold(group) != fold(label) else label))
        combined = read_indicator_header(labels)
        if combined is None:
            return kpi
        self.warnings.append(f"table {table.index}: headings on two rows, each period over the figures it groups "
                             f"({', '.join(label for _, label in groups)})")
        return combined
