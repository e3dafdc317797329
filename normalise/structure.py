"""Plan structure: raw tables and paragraphs → actions, areas, milestones, ratings, indicators.

The walker reads blocks in document order and keeps the context a reader keeps: the
current column headings, the area (banner, area row or grouping column), the timeframe,
and the action being read, so that continuation rows after a page break, repeated
headings and grouping cells left blank are resolved the way a person would.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.area_titles import (
    about_the_document,
    area_title,
    figure_note,
    item_identifier,
    split_timeframe,
    when_title,
)
from planx.normalise.banners import (
    _AREA_WORD,
    _SPANNING_BANNER,
    NUMBERED_TITLE,
    area_heading,
    area_ref_of,
    outline_item,
    read_banner,
)
from planx.normalise.bilingual import regroup_label_lines
from planx.normalise.block_headings import (
    _DOCUMENT_PARTS,
    _NOT_AREA,
    areas_over_horizons,
    heading_areas,
    horizon_headings,
    looks_like_heading,
    minute_heading,
    review_heading,
    slide_areas,
    starts_document_part,
)
from planx.normalise.choose import (
    PART_NAMES_STATUS,
    action_among_prose,
    better_action_column,
    list_share,
    milestone_items,
    parent_and_steps,
    rag_not_progress,
    rag_not_status,
    status_by_share,
    status_not_progress,
    status_not_rag,
    steps_beside_action,
)
from planx.normalise.codes import rag_of, rag_of_colour, status_of, status_words
from planx.normalise.columns import (
    ColumnProfile,
    columns_of,
    contradicts,
    field_by_content,
    holds_prose,
    is_prompt,
    looks_like_action,
    looks_like_figure,
    looks_like_marker,
    looks_like_name,
    looks_like_person,
    looks_like_ref,
    looks_like_status,
    looks_like_when,
    marks_who_acts,
    names_groups,
    opens_with_verb,
    plan_columns,
    profile,
    says_nothing,
    sentinel_row,
    totals_label,
)
from planx.normalise.dates import find_dates, has_month
from planx.normalise.draft import Draft, date_goes_on
from planx.normalise.formgrid import FormOverGrid, form_grid_over_pages, read_form_over_grid
from planx.normalise.formlines import headings_over_forms, labels_over_values
from planx.normalise.formtables import (
    banner_over_forms,
    box_over_pages,
    form_tables,
    grid_over_pages,
    split_forms,
)
from planx.normalise.groupcols import action_not_labels, grouped_by_labels, tier_above
from planx.normalise.guard import SURE_HEADING, ActionSource, instruction_share
from planx.normalise.headers import (
    DECENT,
    Column,
    Header,
    action_candidacy,
    area_lead_of,
    beyond_doubt,
    classify,
    form_label_role,
    group_extents,
    issue_log,
    milestones_alone_are_actions,
    one_field_each,
    rating_label,
    ratings_of_joined_group,
    read_header,
    read_heading,
    read_indicator_header,
    read_under_group,
    risk_register,
    split_area_lead,
    unjoin,
)
from planx.normalise.heading_rows import (
    _end_of_date_pair,
    _ends_in_colon,
    heads_columns_of_figures,
    inherit_unlabelled,
    key_field_of,
    labels_only_row,
    milestones_only,
    names_its_columns,
    names_not_refs,
    prompt_row,
    review_headings,
    same_labels,
    same_layout,
    spanned_profile,
    split_repeated_heading,
)
from planx.normalise.horizons import AHEAD_KEY, PENDING_KEY
from planx.normalise.indicator_rows import (
    kpi_role_fits,
    names_a_period,
    rag_mark,
    read_kpi_header,
    roles_label,
    section_label,
    split_figure,
    squashed_indicators,
)
from planx.normalise.issuecells import names_area_and_action, title_then_action
from planx.normalise.itemlists import (
    POOL_ROWS,
    changes_row_by_row,
    item_code,
    numbered_group_titles,
    runs_change_row_by_row,
    runs_under_headings,
)
from planx.normalise.kpi_content import card_rows as kpi_card_rows
from planx.normalise.kpi_content import header_by_content as kpi_header_by_content
from planx.normalise.labelforms import (
    LabelForms,
    Record,
    form_table_labels,
    label_number,
    read_label_forms,
    record_fields,
    title_ref,
)
from planx.normalise.logtitle import action_log_title, filled_rows
from planx.normalise.milestones import dated_steps, split_numbered
from planx.normalise.minute_grid import (
    GridLayout,
    layout_by_headings,
    layout_by_margin,
    layout_by_marks,
    read_row,
    split_item,
)
from planx.normalise.minutes import (
    ANNOUNCED_ACCEPT,
    ANNOUNCED_ITEM,
    Announced,
    ProseReader,
    recommends,
    topic_and_lead,
    topic_headings,
    weigh_announced,
)
from planx.normalise.periods import PERIOD_FIELD, block_kind, latest_heading, read_period, year_basis
from planx.normalise.records import Indicator, IndicatorValue, Leftover
from planx.normalise.row_cells import (
    _distinct_cells,
    content_rows,
    dedupe_clipped,
    groups_within_themes,
    items_paired_by_number,
    own_date_or_rag,
    realign,
    regrid,
    sentence_left_open,
    shaded_whole,
    starts_lower,
)
from planx.normalise.sections import WORK_WORDS, Section, read_sections, section_heading
from planx.normalise.slides import SlideTitle, continued_title, running_size
from planx.normalise.statuscols import status_and_progress_swapped
from planx.normalise.tableforms import (
    _BRACKETED,
    _BULLET_LINE,
    _CHECKED_VALUES,
    _MAX_BANNER_WORDS,
    _line_field,
    _reads_as_label,
    cell_form_lines,
    form_field,
    form_label,
    form_over_pages,
    form_row_cut_off,
    forms_in_cells,
    labelled_line,
    labelled_lines_table,
    loose_label,
    other_labelled_line,
    read_vertical_form,
    run_together_labels,
)
from planx.normalise.taskheads import schedule_labels
from planx.normalise.text import clean, fix_lookalikes, fold, join_fragments, printed, squash
from planx.normalise.trackers import groups_rows, heading_names_no_field, outline_child, quantities
from planx.normalise.transposed import transposed_rows
from planx.normalise.vocab import (
    AREA_WORDS,
    DOCUMENT_NOUNS,
    RATIONALE_LABELS,
    REFERENCE_LIST_LABELS,
    SHEET_KIND_WORDS,
    STATUS_WORDS,
)

# the same in a row that spans the table, where the layout already says it is a banner: the area word
# in any case ('Board priority 2: Prevention and diversion')
_BANNER_START = re.compile(rf"^\W*(?:(?-i:[A-Z]{{2,5}})\s+)?(?:{_AREA_WORD}|a?r?ea\b|for\s+improv|e?ment\s+\d)", re.I)
_LEAD_PREFIX = re.compile(r"^\s*(?:area\s+)?lead(?:\s+officer)?\s*[:\-–]\s*(.+)$", re.I | re.S)
# a row's own reference: "A", "3b", "1.2a" (a capitalised word such as "Lead" is none)
_REF = re.compile(r"^\s*([A-Za-z]|\d{1,3})(?:[.\-]?\d{1,3})*[a-z]?\s*[.)]?\s*$")
_BARE_REF = re.compile(r"\d{1,3}|[A-Za-z]")  # a reference with no sub-part: '2', 'B', not '2.1'
# an action log holds about as many actions as the minute text notes: more than this many notes per
# logged action and the notes are the actions (minute_notes_aside)
_NOTES_PER_LOGGED = 3
# labelled 'Action:' paragraphs, at least this many and this many times the list items read by their
# wording, make those items no actions (Walker.lists_beside_labels)
_LABELLED_MANY = 10
_LABELLED_OVER_LISTS = 2
# letters before a row's number ('R1', 'IA-21-01', 'REC 4'): the letters, then what follows them
_LETTERED_REF = re.compile(r"([A-Za-z]{1,5})[\s\-_]*(\d[\d\-/]*)")
# letters before a group's number alone ('P1', 'Pr 2', 'SO-3'): the number an area's id, when the letters
# are shared down the column and the id repeats row after row (prefixed_area_number)
_PREFIXED_AREA = re.compile(r"([A-Za-z]{1,5})[\s\-_]*(\d{1,2})")
# a lower-case letter then a capital: where a field name joins its words ('PillarID', 'focusArea')
_CASE_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")
# rows under a candidate heading row read for a weakly headed column's cells (the first rows below are
# often a sub-heading row and a group row: too few to tell sentences from labels)
EVIDENCE_ROWS = 8
# the names a spreadsheet program gives a new sheet ('Sheet1', 'Feuil1', 'Tabelle1', 'Hoja1')
_DEFAULT_SHEET = re.compile(r"(?:sheet|feuil|tabelle|hoja|foglio|planilha|blad|arkusz)\s*\d*", re.I)
# a reference column counting this many rows one by one numbers the rows (actions), not areas
MIN_COUNTED_ROWS = 5
# formats whose tables no page breaks (a sheet, a web page): a table never goes on under the
# headings of the one before it
UNPAGED_FORMATS = {"xlsx", "xlsm", "xls", "ods", "csv", "html"}
# formats whose cells are each a value typed in (a spreadsheet, a CSV), never text a conversion clipped
TYPED_CELL_FORMATS = {"xlsx", "xlsm", "xls", "ods", "csv"}
# word-processor files: each table is one its author made, not one found by how text lines up (a
# PDF's or a text rendering's tables break and change width at page breaks)
AUTHORED_TABLE_FORMATS = {"docx", "dotx", "docm", "doc", "odt", "rtf"}
# how surely a column's heading must name the area (0-100) to take it from a theme row across the table
AREA_COLUMN_SURE = 95.0
# formats whose cells hold what their author typed: no clipped copies of a neighbour there
OWN_CELL_FORMATS = TYPED_CELL_FORMATS | AUTHORED_TABLE_FORMATS | {"html", "htm", "md"}
# fields whose value belongs to the rows below it until the next printed value
GROUP_FIELDS = ("area_ref", "area")
MILESTONE_FIELDS = ("milestones", "due", "status")
# fields that hold one value per action: a continuation row does not add a second one
SCALAR_FIELDS = ("lead", "responsible", "due", "status", "rag")
# words that open mid-sentence: a small letter that is no list marker ('a)', 'ii.'), or a comma
_MID_SENTENCE = re.compile(r"^(?:[a-z](?![a-z]{0,3}[.)]\s)|[,;])")
# fields that name an action or what it serves: a labelled line of one opens a record, fills none
_NAMING_FIELDS = ("action", "objective", "outcome")


_RATIONALE = re.compile(rf"^\s*(?:{'|'.join(sorted(map(re.escape, RATIONALE_LABELS), key=len, reverse=True))})"
                        r"(?:\s*[?:]|\s*\.?\s*$)", re.I)


def status_alone(text: str) -> bool:
    """A cell that is a status word or two and no date, nor a timescale that reads as a status
    ('Ongoing' under a date's heading says when, not how): 'CANCELLED', 'Completed', 'On hold'."""
    t = squash(text)
    return len(t.split()) <= 3 and looks_like_status(t) and not find_dates(t) and status_of(t) != "ongoing"


# a section's title in a row of its own between blank rows: this many words at most
SECTION_WORDS = 4


def split_rationale(text: str) -> tuple[str, str]:
    """(what, why) of a cell of what will be done that gives its reason under a label of its own
    ('What we are going to do? Provide … Why we need to do it? To ensure …'): the text before the
    reason's label (vocab.RATIONALE_LABELS, a line of its own or opening one), without the lines
    that only name the column ('What we are going to do?'); and the reason, label and all ('' when
    no line opens with such a label)."""
    lines = text.split("\n")
    # a label opens its line with a capital ('Why we need to do it?'); 'why.' goes on a sentence
    cut = next((k for k, line in enumerate(lines) if k and line.lstrip()[:1].isupper() and _RATIONALE.match(line)),
               None)
    what, why = ("\n".join(lines[:cut]), "\n".join(lines[cut:])) if cut is not None else (text, "")
    kept = [line for line in what.split("\n") if not _names_action(line)]
    return ("\n".join(kept).strip() if any(line.strip() for line in kept) else what.strip()), why.strip()


def _names_action(line: str) -> bool:
    """Is a line of a cell only a label naming what will be done ('What we are going to do?')?"""
    text = squash(line)
    if not text.endswith(("?", ":", ".")) or not 2 <= len(text.split()) <= 8 or not text[:1].isupper():
        return False
    reading = form_label(text.rstrip("?:. "))
    # a label with a full stop must read as one beyond doubt ('What we are going to do.'), not a
    # sentence about what ('What they plan to release going forward.')
    sure = 90.0 if text.endswith(".") else 80.0
    return reading is not None and reading[0] == "action" and reading[1] >= sure


# a cell that opens with a figure ('25%', '£6,372', '4% - …'): a sum or a share, never who leads
_FIGURE_FIRST = re.compile(r"^\s*[£$€]?\s*\d[\d,.]*\s*(?:%|[kKmM]\b|$|\s*[-–(])")


# a grouping's number before its title ('1 – Leadership and governance', 'B. Early help', '2: Voice')
_AREA_NUMBER = re.compile(r"^\s*(\d{1,2}|[A-Z])\s*[.:)\-–—]\s*(\S.*)$")


def _reads_as_update(text: str) -> bool:
    """Does a note say how something stands: a status word ('Done', 'In progress'), or a thing and what
    became of it, a past participle after it ('PR submitted, need to close …'; 'Compounded
    dependencies' opens with its participle: a thing's name)?"""
    words = [w.strip(",.;:()").lower() for w in text.split()]
    return bool(status_words(text)) or any(len(w) > 3 and w.endswith("ed") for w in words[1:4])


# the fields whose cells show what they hold, and the share of a column's cells that must show it
_FITS: dict[str, Callable[[ColumnProfile], bool]] = {
    "due": lambda p: p.when >= 0.5, "lead": lambda p: max(p.who, p.person) >= 0.5,
    "responsible": lambda p: max(p.who, p.person) >= 0.5, "rag": lambda p: p.rag >= 0.5,
    "status": lambda p: p.status >= 0.5}


# the least share of instructions in a risk register's treatment column for the register to be a plan:
# under a heading that names the actions beyond doubt; under one read as the response or mitigation;
# and the factor on the latter when the register tracks when or how far each is done (due, status)
REGISTER_SURE_SHARE = 0.5
REGISTER_TREATMENT_SHARE = 0.5
REGISTER_TRACKED_FACTOR = 0.6
# the most words an item of a list printed a row an item under an action can hold (Reader.list_item_row)
LIST_ITEM_MAX_WORDS = 10
# how surely a template's prompt under a spanning heading must name a field to give its column that
# field (Reader.split_by_prompts)
PROMPT_SURE = 80.0
# a cell of codes only ('SO2, SO3', 'SO1,SO2,SO 3', 'KPI 4'): letters and a number each, listed
_CODE = r"[A-Za-z]{1,5}\s?-?\s?\d{1,3}[a-z]?"
_CODE_LIST = re.compile(rf"{_CODE}(?:\s*[,;/&+]\s*{_CODE})*(?:\s*(?:and|&)\s*{_CODE})?")


class Walker:
    def __init__(self, raw: RawDocument):
        self.raw = raw
        self.header: Header | None = None
        self.header_table = 0
        self.period_basis: tuple[int, str] | None = None  # the year a block of period columns counts from
        self._flow_shift: dict[int, int] = {}  # table → columns its cells move right (placed_by_sentence_flow)
        self.section_area: dict[int, str] = {}  # table → the area its last section row named (section_row)
        self._last_cells: tuple[int, dict[int, str]] = (0, {})  # table, col → text of the last data row
        self.after_break = False
        self.stack_before: Header | None = None  # the headings in use before the current table's own
        self.carried_into = -1  # the table whose first row went on with an action of the table before
        self.carried_draft: Draft | None = None  # that action
        self.kpi: list[tuple[int, str, str]] | None = None  # (col, role, label) of an indicator table
        self.kpi_block: Indicator | None = None  # the indicator whose block of rows is being read
        self.kpi_at: tuple[int, int] = (0, -1)  # (table, row index) of the indicator table's heading row
        self.before_table: Paragraph | None = None  # the paragraph right above the table being read
        self.register_table = 0  # the table read as a risk register (its rows are no actions)
        self.review_section: Paragraph | None = None  # the heading of a section reviewing a past period
        self.reason_over = False  # the table being read sits under a 'Why …?' label
        self.review_rows, self.review_label = 0, ""  # a table whose rows from a review heading on are a review
        self._taken_rows: set[tuple[int, int]] = set()  # rows already read with a row above them
        self._plain: bool | None = None  # the document sets no line apart by style (plain text)
        self.register_reason = ""  # why: a risk register, a summary of lists
        self.form: Indicator | None = None
        self.in_form_table = False
        # the last heading names one piece of work ('Commitment 1: Open contracting data') and no table
        # came after it yet; heading_over_table: so for the table being read
        self.work_heading = False
        self.heading_over_table = False
        # the groupings the rows below belong to; 'objective' is a theme row's under an area
        self.recommends = False  # its actions are recommendations a sentence announced (weigh_announced)
        self.list_trusted = False  # the list reading (list_actions) was trusted by evidence beyond wording
        self.context = {"area_ref": "", "area": "", "area_lead": "", "timeframe": "", "objective": "",
                        "area_source": ""}
        self.drafts: list[Draft] = []
        self.indicators: list[Indicator] = []
        self.leftovers: list[Leftover] = []
        self.paragraphs: list[Paragraph] = []
        self.structure: list[str] = []  # text read as structure (headings, banners, labels), for accounting
        # the part of it that names fields (column headings, form labels): the output's columns say
        # what it said. Any other structure (a banner, a minute's item) must reach a field or the
        # leftovers (normalise/unread.py)
        self.labels: list[str] = []
        self.tables_seen = 0
        self.lead_in_rows: set[int] = set()  # rows of the table being read above its first row of cells
        self.header_row = (0, -1)  # (table, line) of the last heading row, to join a sub-heading row below
        self.heading_cells: dict[int, str] = {}  # that row's cells as printed ({column: text}), notes and all
        # this table's rows with clipped copies blanked, and each one's reading as headings
        self._cells: list[list[Cell]] = []
        self._filled: list[list[Cell]] = []  # the cells of each that hold text
        self._headings: list[Header | None | bool] = []  # False: not read yet
        self._rows: list[Row] = []
        self._area_numbered: dict[tuple[int, int], bool] = {}  # refs_number_areas, per table and heading row
        self._kind_prefix: dict[tuple[int, int], str] = {}  # refs_kind_prefix, per table and heading row
        self._prefixed_areas: dict[tuple[int, int], bool] = {}  # prefixed_area_number, per table and heading row
        self._rows_counted: dict[tuple[int, int], bool] = {}  # refs_count_rows, per table and heading row
        self._areas_by_row: dict[tuple[int, int], bool] = {}  # areas_row_by_row, per table and heading row
        self._last_data_line = (0, 0)  # (table, line) of the last row read as data
        self._sheet = -1  # the workbook sheet (page) the blocks being read are on
        self._sheet_areas: dict[int, str] = {}  # sheet → its name, read as the area of its rows
        self.table_index = 0  # the table being read
        self.banner_table = -1  # the table whose row of one cell named the area in hand as a numbered banner
        # the heading row of the table whose row across it named the area in hand as a theme ('End of life
        # care' across a CQC plan): a column under a weaker heading does not take that area from its rows
        self.theme_header: Header | None = None
        self.warnings: list[str] = []  # what was read by content rather than by heading, and why
        self.last_page = self.last_table = 0  # the page and table of the last data row read
        self.pending_form: list[tuple[str, str, Paragraph]] = []  # 'Action: …' / 'Lead: …' lines read so far
        # actions written in prose: minutes' 'Action: …' lines, numbered action headings (normalise/minutes.py)
        self.prose = ProseReader(emit=self.prose_action, keep=self.keep_prose, take_last=self.take_last_paragraph,
                                 classify_label=form_field, heading_back=self.prose_heading_back)
        self.last_plain: Paragraph | None = None  # the paragraph read just before, if plain text
        self.minute_drafts: list[Draft] = []  # actions read from 'Action:' labels in minute text
        # the items of lists a sentence announced ('The Council will:'), each with its list's number
        self.announced_drafts: list[tuple[int, Draft]] = []
        # how each table's action column was chosen, and the table whose headings a table's rows
        # came under (normalise/guard.py judges them together)
        self.action_sources: dict[int, ActionSource] = {}
        self.action_group: dict[int, int] = {}
        self.rated_labels = self.fill_rated_labels()
        self.minutes_grid: GridLayout | None = None  # the minutes grid being read (normalise/minute_grid.py)
        self.minute_item: tuple[str, str] | None = None  # (number, title) of the minute a heading opened
        self.minute_rank = 0  # the rank the source gives that minute's heading (0: none given)
        self.numbered_actions = 0  # actions the document numbers through its sections (list_actions)

    # ---- blocks ----------------------------------------------------------------
    def walk(self) -> None:
        self.link_targets()
        from planx.normalise.slides import read_slides
        slides = read_slides(self.raw)  # a deck of slides: each page's title is the area of its rows
        if slides is not None:
            self.warnings.append(f"{slides.why} (confidence {slides.confidence:.2f})")
        # a sheet's cells keep their fonts but are no flowing text: only styled headings count there
        running = running_size(self.raw) if self.raw.format not in UNPAGED_FORMATS else -1.0
        area_headings = heading_areas(self.raw.blocks, running) if slides is None else {}
        # periods or states over tables ('Q1 2025', 'Done'): the rows' timeframe, due or status, no area
        horizons = horizon_headings(self.raw.blocks, running) if slides is None else {}
        area_headings = {i: a for i, a in area_headings.items() if i not in horizons}
        area_headings.update(areas_over_horizons(self.raw.blocks, horizons, running))
        sections = read_sections(self.raw, running) if slides is None else None  # an action per headed section
        if sections is not None:
            self.warnings.append(sections.why)
            area_headings = {i: a for i, a in area_headings.items() if i not in sections.blocks}
            area_headings.update(sections.areas)
        marks = (len(self.warnings), len(self.leftovers), len(self.structure), len(self.labels),
                 self.action_sources.get(0))
        listed = self.list_actions()  # a plan written as headings and lists
        list_marks = (marks, (len(self.warnings), len(self.leftovers), len(self.structure), len(self.labels)))
        # numbered lines heading forms ('1. Early help' over 'Action: …' lines): areas, not items
        for i, area in headings_over_forms(self.raw.blocks, _line_field).items():
            listed.pop(i, None)
            area_headings.setdefault(i, area)
        kpi_blocks = self.block_indicators()  # a performance report written as a text block per indicator
        topics = topic_headings(self.raw.blocks, set(area_headings))  # an action log kept per topic
        joined: set[int] = set()  # tables read as the rest of a form on the page before
        blocks = list(self.raw.blocks)
        # a form's labels in Welsh over English, split between rows by a borderless PDF's reader
        for i, block in enumerate(blocks):
            regrouped = regroup_label_lines(block, _reads_as_label) if isinstance(block, Table) else None
            if regrouped is not None:
                blocks[i] = regrouped
                self.warnings.append(f"table {block.index}: labels printed in Welsh over English put back "  # type: ignore[union-attr]
                                     "together (their English line had fallen into the next row)")
        # an action per block of labelled lines or label/value table, the labels recurring in order
        # (a table read as a vertical form of its own, or as a form over its milestone grid, is left to
        # those readers: they know a title row and a grid that this one does not)
        own_forms: set[int] = set()
        for i, b in enumerate(blocks):
            if isinstance(b, Table) and i not in own_forms:
                whole, rest = form_over_pages(blocks, i, set(area_headings) | set(topics))  # over page breaks
                if read_vertical_form(whole) or read_vertical_form(whole, loose=True) or read_form_over_grid(whole) \
                        or split_forms(whole):
                    own_forms.update([i, *rest])
        held = set(area_headings) | set(topics) | set(kpi_blocks) | set(horizons) | own_forms \
            | (set(sections.blocks) if sections is not None else set())
        label_forms = read_label_forms(blocks, classify, held | set(listed), set(area_headings))
        if label_forms is None and any(listed.values()):
            # lists read as actions may be the values of recurring forms ('Planned remediation:' over
            # bullets in each record): the forms, when they show without the lists and hold every
            # list that gave an action, take them, and the lists' reading is undone
            label_forms = read_label_forms(blocks, classify, held, set(area_headings))
            # (only forms whose headings name their actions: a list under a form's label, in a record
            # a heading titles, is that label's value; elsewhere the list reader's reading stands)
            if label_forms is not None and not label_forms.action_key \
                    and all(i in label_forms.taken for i, d in listed.items() if d):
                self.undo_lists(*list_marks)
                listed = {}
            else:
                label_forms = None
        if label_forms is not None:
            self.warnings.append(f"{label_forms.why} (confidence {label_forms.confidence:.2f})")
            area_headings = {i: a for i, a in area_headings.items() if i not in label_forms.headed}
            for i, area in label_forms.areas.items():  # ranked headings grouping the forms (labelforms.py)
                area_headings.setdefault(i, area)
        table_labels = form_table_labels(blocks, classify)  # what the document's label tables print
        for i, line in labels_over_values(blocks, form_field).items():
            if label_forms is not None and (i in label_forms.taken or i + 1 in label_forms.taken):
                continue
            if i not in area_headings and i + 1 not in area_headings and i not in topics:
                self.structure.append(blocks[i].text)  # type: ignore[union-attr]  # a paragraph: the label
                blocks[i] = line
                joined.add(i + 1)
        for i, block in enumerate(blocks):
            if i in joined:
                continue
            if isinstance(block, Paragraph):
                self.track_review(block, running)
            if self.raw.sheet_names and block.page != self._sheet:
                self._sheet = block.page
                self.new_sheet(block.page)
            if label_forms is not None and i in label_forms.taken:
                if i in label_forms.records:
                    self.flush_form()
                    self.prose.close_into_walker()
                    for record in label_forms.records[i]:
                        self.label_form(label_forms, record)
                continue
            whole_form = form_row_cut_off(block, blocks[i + 1] if i + 1 < len(blocks) else None, table_labels)
            if whole_form is not None:  # the first row of the form on the next page, read as text
                self.structure.append(block.text)  # type: ignore[union-attr]  # a paragraph, by form_row_cut_off
                blocks[i + 1] = whole_form
                continue
            if sections is not None and i in sections.blocks:
                self.flush_form()
                self.prose.close_into_walker()
                if i in sections.sections:
                    self.section_action(sections.sections[i])
                continue
            if i in kpi_blocks:
                self.flush_form()
                self.prose.close_into_walker()
                self.indicators.extend(kpi_blocks[i])
                continue
            if i in listed:
                self.flush_form()
                self.prose.close_into_walker()
                if slides is not None and i in slides.titles:
                    self.slide_title(slides.titles[i])  # a deck of bullets: the title is the area of its page
                self.drafts.extend(slide_areas(listed[i], self.context) if slides is not None else listed[i])
                continue
            if slides is not None and (i in slides.titles or i in slides.goals):
                self.flush_form()
                self.prose.close_into_walker()
                self.structure.append(block.text)  # type: ignore[union-attr]  # titles and goals are paragraphs
                if i in slides.titles:
                    self.slide_title(slides.titles[i])
                else:
                    self.context["objective"] = slides.goals[i]
                continue
            if i not in area_headings and (banner := banner_over_forms(blocks, i)) is not None:
                self.area_banner(banner)
                continue
            if isinstance(block, Table) and forms_in_cells(block):
                self.flush_form()
                self.prose.close_into_walker()
                self.cell_forms(block)
                continue
            if isinstance(block, Table) and labelled_lines_table(block):
                self.flush_form()
                self.prose.close_into_walker()
                self.lines_table(block)
                continue
            if isinstance(block, Table):
                self.flush_form()
                self.prose.close_into_walker()
                self.last_plain = None
                self.tables_seen += 1
                prev = self.raw.blocks[i - 1] if i else None
                self.before_table = prev if isinstance(prev, Paragraph) and not prev.heading else None
                # 'Why we need to do it?' right above a table that goes on under the last one's headings
                self.reason_over = isinstance(prev, Paragraph) and len(prev.text.split()) <= 8 \
                    and bool(_RATIONALE.match(prev.text)) and _RATIONALE.sub("", prev.text).strip() == ""
                over_grid = form_grid_over_pages(blocks, i)  # a commitment's labels, its grid on the next page
                if over_grid is not None:
                    whole, rest = over_grid, [i + 1]
                else:
                    whole, rest = form_over_pages(blocks, i, set(area_headings) | set(topics))
                carried = box_over_pages(blocks, i, whole) if not rest else None  # a box's values on the next page
                if carried is not None:
                    whole, rest = carried, [i + 1]
                    self.warnings.append(f"table {whole.index}: the values under a box's last labels, carried onto the "
                                         "next page, joined to it")
                carried = grid_over_pages(blocks, i, whole) if not rest else None  # a form's last milestones
                if carried is not None:
                    whole, rest = carried, [i + 1]
                    self.warnings.append(f"table {whole.index}: the last rows of a form's milestone grid, carried onto "
                                         "the next page as a table of their own, joined to it")
                joined.update(rest)
                self.heading_over_table = self.work_heading and self.context.get("area_source") == "heading"
                self.work_heading = False
                pieces, notes = form_tables(whole)  # a box or table of forms per action (normalise/formtables.py)
                self.warnings += notes
                for k, piece in enumerate(pieces):
                    banner = banner_over_forms(pieces, k) if len(pieces) > 1 else None
                    if banner is not None:
                        self.area_banner(banner)
                    else:
                        self.table(piece)
            elif i in horizons:
                self.flush_form()
                self.prose.section_ends()
                self.structure.append(block.text)  # type: ignore[union-attr]  # the actions under it carry it
                h = horizons[i]
                self.context.update(horizon=h.text, timeframe=h.text if h.kind == "period" else "")
            elif i in area_headings:  # an unnumbered heading has no area_ref: none is invented
                self.flush_form()
                self.prose.section_ends(block.text)  # type: ignore[union-attr]
                ref, title = area_headings[i]
                self.structure.append(block.text)  # type: ignore[union-attr]  # the actions under it carry it
                named = section_heading(block.text)  # type: ignore[union-attr]
                self.work_heading = named is not None and fold(named.word) in WORK_WORDS  # 'Commitment 1: …'
                self.end_horizon()
                self.context.update(area_ref=area_ref_of(ref) if ref else "", area=area_title(title), area_lead="",
                                    objective="", area_source="heading")
                self.minute_item = None  # a minute heading before it no longer names the area
            elif i in topics:
                self.flush_form()
                self.prose.close_into_walker()
                self.structure.append(block.text)
                topic, lead = topics[i]
                # a topic over its own table: a theme row in a later table names a topic beside it
                self.context.update(area_ref="", area=topic, area_lead=lead, objective="", area_source="topic")
            elif self.theme_row_cut_off(blocks, i):
                self.flush_form()
                self.prose.section_ends(block.text)  # type: ignore[union-attr]
                self.structure.append(block.text)  # type: ignore[union-attr]  # the rows below carry it
                text = clean(block.text)  # type: ignore[union-attr]
                ref, title = area_heading(text) or ("", text)
                theme = topic_and_lead(title) or (title, "")
                self.context.update(area_ref=ref, area=area_title(theme[0]), area_lead=theme[1], objective="",
                                    area_source="theme")
                self.warnings.append(f"'{text[:60]}': a theme row of the table, printed outside it at a page "
                                     "break (the table goes on under its headings), read as the area of the rows below")
            else:
                if starts_document_part(block, running) and self.context.get("area_source") == "heading":
                    # 'Annex A: Commitments overview': a new part of the document ends the area the
                    # headings before it named ('Next steps'), though it names no area itself
                    self.context.update(area_ref="", area="", area_lead="", objective="", area_source="")
                following = blocks[i + 1] if i + 1 < len(blocks) else None
                self.paragraph(block, before_form=isinstance(following, Paragraph)
                               and labelled_line(following.text.strip()) is not None)
        self.flush_form()
        self.prose.close_into_walker()
        self.weigh_announced()
        self.warnings += self.prose.warnings(self.minute_notes_aside())
        self.lists_beside_labels([d for ds in listed.values() for d in ds])
        for page, name in self._sheet_areas.items():  # said where the name became some action's area
            if any(d.page == page and d.context.get("area") == name for d in self.drafts):
                self.warnings.append(f"sheet {page}: its name {name!r} read as the area of its rows")

    def theme_row_cut_off(self, blocks: list, i: int) -> bool:
        """A short title line between two parts of one table, the part below printing the table's
        heading row again, where the rows above are grouped under theme rows (rows of one cell across
        the table, spanning_row): a theme row that the page break left outside the table (a borderless
        PDF or its text ends a table at the foot of the page), the area of the rows below as the
        theme rows before it were. A sentence, a label's line or a note that the table goes on is none."""
        block = blocks[i]
        if not isinstance(block, Paragraph) or block.heading or self.header is None \
                or self.context.get("area_source") != "theme" or not 0 < i < len(blocks) - 1 \
                or not isinstance(blocks[i - 1], Table) or not isinstance(blocks[i + 1], Table):
            return False
        below = blocks[i + 1].rows
        first = [fold(c.text) for c in below[0].cells if c.text.strip()] if below else []
        labels = [fold(c.label) for c in self.header.columns if c.label]
        if len(labels) < 3 or first != labels:
            return False
        text = clean(block.text)
        words = text.split()
        return 1 <= len(words) <= _MAX_THEME_WORDS and text[:1].isupper() and not text.endswith((".", ":", ";")) \
            and continued_title(text)[0] == text and labelled_line(text) is None

    def section_action(self, section: Section) -> None:
        """A headed section read as one action (normalise/sections.py): the heading's title and
        number, its labelled lines' fields, its table's rows as milestones; its description and the
        cells no field takes are kept aside. The headings of a table before do not go on past it."""
        heading = self.raw.blocks[section.heading]
        table = self.raw.blocks[section.table]
        assert isinstance(heading, Paragraph) and isinstance(table, Table)
        self.tables_seen += 1
        self.table_index = table.index
        self.header, self.kpi, self.kpi_block = None, None, None
        draft = Draft(page=heading.page, line=heading.line, table=table.index, context=dict(self.context),
                      milestone_rows=True)
        draft.add("ref", section.ref)
        given = {name for name, _, _, _ in section.fields}
        draft.add("objective" if "action" in given and "objective" not in given else "action", section.title)
        seen: set[str] = set()
        for name, label, value, p in section.fields:
            if name in seen:  # a field given twice: the first line is the action's, the other kept
                self.keep_aside(value, "labelled line under an action heading", p.page, 0, p.line, heading=label)
                continue
            seen.add(name)
            draft.add("lead" if name == "responsible" and "lead" not in given else name, value)
        for label, value, p in section.other_lines:
            self.keep_aside(value, "labelled line under an action heading", p.page, 0, p.line, heading=label)
        for k in section.described:
            described = self.raw.blocks[k]
            if isinstance(described, Paragraph):
                self.keep_aside(section.said.get(k, described.text), "description under an action heading",
                                described.page, 0, described.line)
        draft.sub_rows = [dict(r) for r in section.rows]
        for text, why, page, line, col, head in section.aside:
            self.keep_aside(text, why, page, table.index, line, col, heading=head)
        self.structure += section.structure
        self.drafts.append(draft)
        self.action_sources[table.index] = ActionSource(label=squash(heading.text)[:80], score=SURE_HEADING)

    def undo_lists(self, before: tuple[int, int, int, int, ActionSource | None],
                   after: tuple[int, int, int, int]) -> None:
        """Take back what list_actions added (its warning, the text it kept aside or read as
        structure, its labels, its trust in actions outside tables): the lists were read otherwise."""
        for seq, a, b in ((self.warnings, before[0], after[0]), (self.leftovers, before[1], after[1]),
                          (self.structure, before[2], after[2]), (self.labels, before[3], after[3])):
            del seq[a:b]  # type: ignore[attr-defined]
        if before[4] is None:
            self.action_sources.pop(0, None)
        else:
            self.action_sources[0] = before[4]

    def label_form(self, forms: LabelForms, record: Record) -> None:
        """One action's block of labelled lines or label/value table (normalise/labelforms.py):
        each label's value goes to the field its label names; a label no field takes, a field given
        twice, and the line titling the record when a label names the action, are kept aside."""
        first = record.title or record.items[0]
        draft = Draft(page=first.page, line=first.line, table=first.table, context=dict(self.context))
        given: set[str] = set()
        fields = record_fields(record, forms.fields)
        has_action = any(forms.fields.get(key) == "action" for key, _, _, _ in fields)
        if record.title is not None:
            t = record.title
            self.structure.append(t.value)
            if has_action:
                self.keep_aside(t.value, "title of an action form", t.page, t.table, t.line)
            else:
                ref, title = title_ref(t.value)
                draft.add("ref", ref)
                draft.add("action", title)
                given.update(["action", "ref"] if ref else ["action"])
        for key, label, value, items in fields:
            it = items[0]
            if not label:  # lines above the first label, or a sentence under a short value: no field says
                self.keep_aside(value, "line in an action form", it.page, it.table, it.line)  # what they are
                continue
            self.read_labels([label])
            name = forms.fields.get(key, "")
            if name == "ref" and not value.strip() and label_number(label):
                value = label_number(label)  # 'Action 1.1:' alone: the label numbers its record
            # a grouping's title ('Theme: Early help'), not a level ('Priority: High', one word)
            if name == "area" and 1 < len(value.split()) <= _MAX_BANNER_WORDS and "area" not in given:
                # its number before the title ('Theme: A. Workforce'), as a block's labelled area line
                m = _AREA_NUMBER.match(value)
                ref, title = (m.group(1), m.group(2)) if m else ("", value)
                draft.context.update(area=area_title(title), area_ref=ref, area_lead="", objective="")
                given.add("area")
            elif name in ("", "area") or name in given:
                self.keep_aside(value, f"form field '{label}'", it.page, it.table, it.line, heading=label)
            elif name == "milestones" and (steps := dated_steps(value)):
                # steps listed under the form's label, each printing its own date or status: theirs, not
                # the form's (its date is the action's)
                draft.sub_rows, draft.milestone_rows = [{"milestones": step} for step in steps], True
                given.add(name)
            else:
                draft.add(name, value)
                given.add(name)
                if name == "action" and "ref" not in given and label_number(label):
                    draft.add("ref", label_number(label))  # 'Ref 1.2 | Review …': the label numbers the action
                    given.add("ref")
        if "responsible" in given and "lead" not in given and "responsible" in draft.pieces:
            # (a label whose value was left empty adds no piece)
            draft.pieces["lead"] = draft.pieces.pop("responsible")
        for block, rows in record.steps:  # the milestone table under the form: this action's steps
            table = self.raw.blocks[block]
            if isinstance(table, Table) and table.rows:
                self.structure += [c.text for c in table.rows[0].cells if c.text.strip()]  # its heading row
            draft.sub_rows += [dict(r) for r in rows]
            draft.milestone_rows = True
        self.drafts.append(draft)

    def slide_title(self, title: SlideTitle) -> None:
        """A slide's title: the area of the rows below it. A slide with a new title does not go on
        under the table headings of the slide before (its tables have their own, or are no plan's:
        a glossary, a risk table); a slide that says it is continued, or repeats the title, does."""
        if not title.continued:
            self.header, self.kpi, self.kpi_block = None, None, None
            self.context.update(area_ref=title.ref, area=area_title(title.title), area_lead="", objective="",
                                timeframe="", area_source="slide")

    def list_actions(self) -> dict[int, list[Draft]]:
        """{block index: the actions it starts} for a plan written as headings and lists with
        inline labels (normalise/lists.py); every block read there is in the map, those that
        start no action with []. A warning says the actions came from lists, and how surely."""
        from planx.normalise.lists import read_lists
        reading = read_lists(self.raw)
        if reading is None:
            return {}
        self.numbered_actions = len(reading.actions) if reading.numbered_through else 0
        self.recommends = self.recommends or reading.recommended
        out: dict[int, list[Draft]] = {i: [] for i in reading.blocks}
        for a in reading.actions:
            draft = Draft(page=a.page, line=a.line, context={"area_ref": a.context.get("area_ref", ""),
                                                              "area": area_title(a.context.get("area", "")),
                                                              "area_lead": a.context.get("area_lead", ""),
                                                              "timeframe": a.context.get("timeframe", ""),
                                                              "objective": a.context.get("objective", ""),
                                                              "horizon": a.context.get("horizon", ""),
                                                              PENDING_KEY: a.context.get(PENDING_KEY, ""),
                                                              AHEAD_KEY: a.context.get(AHEAD_KEY, "")})
            for name, value in a.fields.items():
                draft.add(name, value)
            draft.unlabelled_part = a.part
            if a.steps:  # its milestones listed one by one, each with its own date (none the action's)
                draft.sub_rows, draft.milestone_rows = [dict(r) for r in a.steps], True
            for text in a.aside:
                self.keep_aside(text, "a label tagging an action (an issue label's link)", a.page, 0, a.line)
            out.setdefault(a.block, []).append(draft)
            self.read_labels(a.labels)
        for i in reading.blocks:
            block = self.raw.blocks[i]
            if i in reading.aside and isinstance(block, Paragraph):
                self.keep_aside(block.text, "description under an action heading", block.page, 0, block.line)
                continue
            if i in reading.aside and isinstance(block, Table):  # a figure or table set out under one action
                for row in block.rows:
                    for c in row.cells:
                        if c.text.strip():
                            self.keep_aside(c.text, "a table under an action heading (its detail)",
                                            row.page, block.index, row.line, c.col)
                continue
            if i in reading.declined and isinstance(block, Paragraph):
                self.keep_aside(block.text, reading.declined[i], block.page, 0, block.line)
                continue
            texts = [c.text for r in block.rows for c in r.cells] if isinstance(block, Table) else [block.text]
            self.structure += texts
        self.warnings.append(f"{reading.why} (confidence {reading.confidence:.2f})")
        if reading.trusted:  # actions outside tables are guarded as group 0 (normalise/guard.py)
            self.action_sources[0] = ActionSource(label=reading.trusted_by, score=SURE_HEADING)
        self.list_trusted = reading.trusted
        return out

    def cell_forms(self, table: Table) -> None:
        """A table whose cells each hold a whole form ('Action 3: …' / 'Lead officer: …' / 'Target
        date: …' lines in one cell): each form's lines are read as the lines of a form written as
        paragraphs; a cell that holds no form is kept aside."""
        self.tables_seen += 1
        self.table_index = table.index
        read = 0
        for row in table.rows:
            for c in row.cells:
                if c.merged_above or not c.text.strip():
                    continue
                if not cell_form_lines(c.text):
                    self.keep_aside(c.text, "cell beside the forms of a table of forms", row.page, table.index,
                                    row.line, c.col)
                    continue
                self.paragraphs_in_order([Paragraph(text=line.strip(), page=row.page, line=row.line + k)
                                          for k, line in enumerate(ln for ln in c.text.split("\n") if ln.strip())])
                self.flush_form()
                self.prose.close_into_walker()
                read += 1
        self.warnings.append(f"table {table.index}: {read} cell(s) each holding a whole action form "
                             "(labelled lines) read as forms")

    def lines_table(self, table: Table) -> None:
        """A table of one column whose rows are a form's lines ('Action 3' / 'Lead officer: …' /
        'Target date: …'): its rows are read in order as the paragraphs they would be outside a
        table, so the forms in them are read as forms (and a banner row as a banner)."""
        self.tables_seen += 1
        self.table_index = table.index
        lines: list[Paragraph] = []
        for row in table.rows:
            for c in row.cells:
                if c.merged_above or not c.text.strip():
                    continue
                if self.theme_between_forms(squash(c.text)):
                    self.paragraphs_in_order(lines)  # (the form before the banner is read before it)
                    lines = []
                    continue
                lines += [Paragraph(text=line.strip(), page=row.page, line=row.line + k)
                          for k, line in enumerate(ln for ln in c.text.split("\n") if ln.strip())]
        self.paragraphs_in_order(lines)
        self.flush_form()
        self.prose.close_into_walker()
        self.warnings.append(f"table {table.index}: a column of labelled lines ('Label: value' a row) read as "
                             "the lines of forms")

    def theme_between_forms(self, text: str) -> bool:
        """A numbered row between the forms of a column of labelled lines ('2. Early help'), not a
        form's title ('Action 3') nor a labelled line: the area of the forms below, as a theme row
        across a plan table is."""
        m = NUMBERED_TITLE.match(text)
        if m is None or labelled_line(text) is not None or form_label(text) is not None:
            return False
        self.flush_form()
        self.prose.close_into_walker()
        self.structure.append(text)
        self.set_area(area_ref_of(m.group(1)), m.group(2).strip(), "")
        return True

    def block_indicators(self) -> dict[int, list[Indicator]]:
        """{block index: the indicators it starts} for a performance report written as a text block
        per indicator (normalise/blocks.py); every block read there is in the map. What the blocks
        hold that no field takes is kept aside; a warning says how the indicators were read."""
        from planx.normalise.blocks import read_kpi_blocks
        reading = read_kpi_blocks(self.raw)
        if reading is None:
            return {}
        for text, reason, page, line in reading.aside:
            self.keep_aside(text, reason, page, 0, line)
        self.structure += reading.structure
        self.warnings.append(f"{reading.why} (confidence {reading.confidence:.2f})")
        return {i: reading.indicators.get(i, []) for i in reading.blocks}

    def read_labels(self, texts: Iterable[str]) -> None:
        """Text read as the names of fields (headings, form labels): structure, not content."""
        texts = list(texts)
        self.structure += texts
        self.labels += texts

    def link_targets(self) -> None:
        """Where the paragraphs' links and images point (a Markdown or HTML document's): their text is
        in the paragraph, their targets are not, so each is kept aside with its line (nothing lost)."""
        for b in self.raw.blocks:
            if isinstance(b, Paragraph):
                for link in b.links:
                    what = f"the image {link.text!r}" if link.image else f"the link {link.text!r}"
                    self.keep_aside(link.target, f"where {what} points", b.page, 0, b.line)

    def keep_aside(self, text: str, reason: str, page: int = 0, table: int = 0, line: int = 0,
                   col: int = 0, heading: str = "") -> None:
        text = squash(text)
        if text:
            self.leftovers.append(Leftover(text=text, page=page, table=table, line=line, col=col, reason=reason,
                                           heading=heading))

    def paragraphs_in_order(self, paragraphs: Sequence[Paragraph]) -> None:
        """Paragraphs read one after another, each knowing whether a form's labelled line follows it."""
        for k, p in enumerate(paragraphs):
            self.paragraph(p, before_form=k + 1 < len(paragraphs)
                           and labelled_line(paragraphs[k + 1].text.strip()) is not None)

    def paragraph(self, p: Paragraph, before_form: bool = False) -> None:
        """A paragraph outside tables; before_form: the next block is a form's labelled line ('Action: …')."""
        text = p.text.strip()
        labelled = labelled_line(text)
        if labelled is None and self.pending_form and starts_lower(text):
            name, value, first = self.pending_form[-1]  # the value goes on over a line break
            self.pending_form[-1] = (name, f"{value} {text}", first)
            self.structure.append(text)
            return
        other = other_labelled_line(text) if labelled is None and self.pending_form else None
        if other is not None:  # 'Resources: …' inside a form: a field no column takes, kept with it
            self.pending_form.append((f"?{other[0]}", other[1], p))
            return
        if labelled is None or self.prose.block is not None:
            self.flush_form()  # the form's lines end here: read them before what follows
        listing = self.prose.listing
        if self.prose.paragraph(text, p.page, p.line, p.heading or read_banner(text) is not None,
                                labelled is not None, indented=p.level > 0, before_form=before_form):
            self.flush_form()
            self.structure.append(text)
            self.last_plain = None
            if p.heading and self.prose.listing and self.prose.listing != listing:
                # a heading that names the list under it ('## 7. Action Items', '## Next steps'): the
                # section its items stand in, as any heading over them would be
                m = NUMBERED_TITLE.match(squash(text).lstrip("#* "))
                self.minute_item = (m.group(1) if m else "", self.prose.listing)
            return
        if labelled is not None:
            pairs = run_together_labels(text) or [labelled]
            if any(name == pairs[0][0] for name, _, _ in self.pending_form):
                self.flush_form()  # a label seen again starts the next action's form
            self.pending_form += [(name, value, p) for name, value in pairs]
            return
        self.plain_paragraph(p)

    def flush_form(self) -> None:
        """The 'Action: … / Lead: … / Timescale: …' lines read so far as one action, when they say
        what is to be done and who does it (or two more things about it: when, how measured);
        otherwise they are read as the plain paragraphs they are."""
        lines, self.pending_form = self.pending_form, []
        names = {name for name, _, _ in lines if not name.startswith("?")}
        # a minute's one 'ACTION: Arrange a visit (Lead: Treasurer)' line: its owner is a note in
        # brackets, not a form's line of its own
        one_note = len({id(p) for _, _, p in lines}) == 1 and names <= {"action", "lead"} \
            and _BRACKETED_OWNER.search(lines[0][2].text) is not None
        # an action and who does it, or an action and two more things about it: prose has labelled
        # lines too ('Inspection dates: …', 'What needs to improve: …')
        if one_note or "action" not in names or not ("lead" in names or len(names) >= 3):
            seen: set[int] = set()
            for name, value, p in lines:
                if id(p) in seen:
                    continue  # a line of several labels: read once
                seen.add(id(p))
                # a lone 'Action: JS to …' line is a minute's action: its sentence says who and when
                label, colon, whole = p.text.partition(":")
                if not colon and value in p.text:  # a label that ends at a dash ('ACTION – Clerk to write …')
                    label, whole = p.text[:p.text.index(value)].rstrip(" –—-"), value
                if name == "action" and self.prose.form_actions(label, whole if one_note else value, p.page, p.line):
                    self.structure.append(p.text)
                    self.last_plain = None
                else:
                    self.plain_paragraph(p)
            return
        if "responsible" in names and "lead" not in names:  # the only one named as responsible leads it
            lines = [("lead" if name == "responsible" else name, value, p) for name, value, p in lines]
        first = lines[0][2]
        draft = Draft(page=first.page, line=first.line, context=dict(self.context))
        for name, value, p in lines:
            self.read_labels([p.text.partition(":")[0]])  # the label
            self.read_labels(run_together_labels.labels_of(p.text))
            if name.startswith("?"):
                self.keep_aside(value, f"form field '{name[1:]}'", p.page, 0, p.line,
                                heading=name[1:])
            else:
                draft.add(name, value)
        self.drafts.append(draft)

    def plain_paragraph(self, p: Paragraph) -> None:
        text = p.text.strip()
        self.structure.append(text)  # a paragraph is either structure here or kept (title/leftover) later
        # a short line set in bold, and nothing else on it, heads a minute as a styled heading does
        # ('CLG programme update:' over its 'Action: …' paragraphs in a Word note of a meeting); not
        # one naming the actions themselves ('Actions:')
        from planx.normalise.commitments import names_actions
        bold_title = p.bold and not p.heading and len(text.split()) <= 12 and not names_actions(text)
        last = self.minute_item[0] if self.minute_item else self.context.get("area_ref", "")
        item = minute_heading(text, p.heading or bold_title, last)
        if item is not None and not item[0] and self.minute_item is not None and self.minute_item[0] \
                and p.heading and 0 < self.minute_rank < p.rank:
            # '### Digital Standards' under '## 4. Open Standards and Open Source Software': a topic
            # inside the numbered minute, whose actions stay that minute's
            item = None
        if item is not None:
            self.minute_item = item
            self.minute_rank = p.rank if p.heading else 0
        if self.indicator_name_goes_on(p):
            return
        banner = read_banner(text)
        if banner is None and p.heading and (m := _SPANNING_BANNER.match(squash(fix_lookalikes(text)))):
            # 'Recommendation 1 – Ensure …' marked by the source as a heading (a <thead> row of one cell
            # spanning its table, read out above it): the banner a Word table prints as its merged first
            # row (spanning_banner), the area of the actions below
            banner = (area_ref_of(m.group(1)), m.group(2).strip())
        if banner and banner[1]:
            self.set_area(*banner, lead="")
            return
        if banner is None and outline_item(text):
            return  # 'Objective 1.3' alone: it numbers the form below within the area above, no area itself
        tf, rest = split_timeframe(text)
        if tf and not rest:
            self.context["timeframe"] = tf
            return
        m = _LEAD_PREFIX.match(text)
        lead = area_lead_of(text) or (clean(m.group(1)) if m else "")
        if lead and self.context["area"]:
            self.context["area_lead"] = lead
            return
        self.paragraphs.append(p)
        self.last_plain = p

    def indicator_name_goes_on(self, p: Paragraph) -> bool:
        """The rest of an indicator's name at the top of the next page, printed on its own after a
        page break cut the row ('Average' | … then 'time to re-let council homes'): it opens
        mid-sentence, is short, and the indicator table it continues ended the page before."""
        last = self.indicators[-1] if self.indicators else None
        if self.kpi is None or last is None or not p.page or p.page != last.page + 1 \
                or self.table_index != last.table or not starts_lower(p.text) or len(p.text.split()) > 15:
            return False
        last.indicator = clean(join_fragments([last.indicator, p.text]))
        return True

    # ---- actions in prose (normalise/minutes.py reads them; these are its hands) --------------
    def prose_action(self, fields: dict[str, str], page: int, line: int, kind: str,
                     rows: list[dict[str, str]]) -> None:
        if kind == "part":  # a bullet nested under the list's last item: the rest of that action
            last = self.drafts[-1] if self.drafts else None
            if last is not None and last.pieces.get("action") and last.pieces.get("lead") \
                    and _reads_as_update(fields["action"]):
                # under an item that already says who does what, a note of what became of it ('Michael to
                # submit the PR' over '  * PR submitted, need to close discussion'): its progress
                last.add("progress", fields["action"])
            elif last is not None and last.pieces.get("action"):
                last.pieces["action"][-1] = f"{last.pieces['action'][-1].rstrip(' ;')}; {fields['action']}"
            else:
                self.keep_prose(fields["action"], "an item nested under a list's item", page, line)
            return
        draft = Draft(page=page, line=line, context=dict(self.context))
        if rows:  # milestones listed under the action ('Milestones:' over numbered lines), one each
            draft.sub_rows, draft.milestone_rows = rows, True
        area = fields.pop("area", "") if kind == "block" else ""
        if area:  # its own labelled line names its grouping ('Priority: 1 – Leadership and governance')
            m = _AREA_NUMBER.match(area)
            ref, title = (m.group(1), m.group(2)) if m else ("", area)
            draft.context.update(area_ref=ref, area=area_title(title), area_lead="", objective="")
        if kind == "announced":
            self.announced_drafts.append((self.prose.announcements, draft))
            kind = "minute"
        if kind == "minute" and self.minute_item is not None:  # the minute's heading is its area
            ref, title = self.minute_item
            draft.context.update(area_ref=ref, area=area_title(title), area_lead="", objective="")
        elif kind == "block" and self.minute_item is not None and not draft.context.get("area"):
            # a numbered action point reviewed under a minute's heading ('2. Minutes and update on action
            # points' over 'Action 1: Hit rates for the … site' / 'Complete.'): that minute is its area
            ref, title = self.minute_item
            draft.context.update(area_ref=ref, area=area_title(title), area_lead="", objective="")
        for name, value in fields.items():
            draft.add(name, value)
        self.drafts.append(draft)
        if kind == "minute":
            self.minute_drafts.append(draft)

    def weigh_announced(self) -> None:
        """The items of lists a sentence announced ('… the Council will:') are a plan's commitments
        only on a plan's evidence: who and when, theme headings, a plan title, list after list, other
        actions (minutes.weigh_announced). Without it (a fact sheet's 'The new committee will:' over
        its remit) they are kept aside; either way the warning says why, with a confidence."""
        from planx.normalise.commitments import document_kind, names_actions, names_goal
        if not self.announced_drafts:
            return
        drafts = [d for _, d in self.announced_drafts]
        mine = {id(d) for d in drafts}
        named, other = document_kind(self.raw)
        heads = [d.context.get("area", "") for d in drafts]
        evidence = Announced(
            items=len(drafts), dated=sum(1 for d in drafts if d.text("lead") or d.text("due")),
            lists=len({n for n, _ in self.announced_drafts}),
            themed=sum(1 for h in heads if h and (names_goal(h) or names_actions(h))),
            plan_title=named, other_kind=other,
            other_actions=any(id(d) not in mine for d in self.drafts),
            labelled=self._labelled_items(), numbered=self.numbered_actions,
            recommended=sum(1 for n, d in self.announced_drafts
                            if n in self.prose.obliging and opens_with_verb(d.text("action"))))
        confidence, why = weigh_announced(evidence)
        self.prose.read.pop(ANNOUNCED_ITEM, None)
        self.announced_drafts = []
        if confidence >= ANNOUNCED_ACCEPT:
            self.warnings.append(f"{why}: read as the plan's actions, lead and date from the text")
            # a report that says itself what ought to be done ('… by doing the following:') sets out its
            # recommendations: they stand whatever the document calls itself (normalise/kinds.py)
            self.recommends = self.recommends or recommends(evidence)
            return
        for d in drafts:
            self.keep_aside(" ".join(d.text(n) for n in ("action", "lead", "due") if d.text(n)),
                            "item of a list announced by a sentence ending 'will:' (no plan's evidence)",
                            d.page, 0, d.line)
        self.drafts = [d for d in self.drafts if id(d) not in mine]
        self.minute_drafts = [d for d in self.minute_drafts if id(d) not in mine]
        self.warnings.append(f"{why}: what a body will do, not a plan's actions: kept aside")

    def _labelled_items(self) -> int:
        """How many actions the prose reader read from lists under a bare label naming them as actions
        ('Actions:', 'Key commitments:'), not 'We will:'."""
        from planx.normalise.minutes import LISTED_ITEM
        from planx.normalise.vocab import ACTION_LIST_LABEL_WORDS
        head, tail = LISTED_ITEM.split("{}")
        n = 0
        for why, count in self.prose.read.items():
            if why.startswith(head) and why.endswith(tail):
                label = why[len(head):len(why) - len(tail)]
                n += count if ACTION_LIST_LABEL_WORDS & set(fold(label).split()) else 0
        return n

    def minute_notes_aside(self) -> int:
        """Minutes that keep an action log ('ACTIONS TO BE TAKEN' as a table) note each action in
        the minute text too ('Action: Clerk to file signed copy'): the log holds the actions, the
        notes are kept aside. How many were."""
        notes = {id(d) for d in self.minute_drafts}
        # a table about the document itself (its versions, whom they went to: 'Version management',
        # 'Distribution') is no action log
        records = {d.table for d in self.drafts if d.table and about_the_document(d.context.get("area", ""))}
        logged = sum(1 for d in self.drafts if id(d) not in notes and d.table and d.table not in records)
        # a log lists the actions the notes mark, about as many: notes far outnumbering the table's rows
        # (a strategy's 'Action:' paragraphs, 59, beside a table of 4 labs) are the actions, not copies
        if not self.minute_drafts or not logged or len(notes) > _NOTES_PER_LOGGED * logged:
            return 0
        for d in self.minute_drafts:
            self.keep_aside(" ".join(d.text(n) for n in ("action", "lead", "due") if d.text(n)),
                            "action noted in the minute text (the action table lists the actions)",
                            d.page, 0, d.line)
        self.drafts = [d for d in self.drafts if id(d) not in notes]
        return len(notes)

    def lists_beside_labels(self, listed: list[Draft]) -> None:
        """A document that labels its actions one by one ('Action: The team coaches …', many of them)
        says itself which its actions are: the items of its lists read by their wording alone (the
        initiatives the labelled paragraphs sit under, '1.1 Support staff storytelling. …') are not
        more of them. Kept aside, with a warning; a list reading trusted by other evidence stands."""
        mine = {id(d) for d in listed} & {id(d) for d in self.drafts}
        labelled = len(self.minute_drafts)
        if not mine or self.list_trusted or labelled < _LABELLED_MANY or labelled < _LABELLED_OVER_LISTS * len(mine):
            return
        for d in self.drafts:
            if id(d) in mine:
                self.keep_aside(" ".join(d.text(n) for n in ("action", "lead", "due") if d.text(n)),
                                "list item read by its wording beside the actions the document labels", d.page, 0,
                                d.line)
        self.drafts = [d for d in self.drafts if id(d) not in mine]
        self.warnings.append(f"{len(mine)} list item(s) read by their wording kept aside: the document labels "
                             f"its actions one by one ({labelled} 'Action:' paragraphs)")

    def keep_prose(self, text: str, reason: str, page: int, line: int) -> None:
        self.keep_aside(text, reason, page, 0, line)

    def take_last_paragraph(self) -> str:
        """The plain paragraph read just before (an owner-only 'ACTION: DT' closes it), taken
        out of the paragraphs kept as text."""
        p, self.last_plain = self.last_plain, None
        if p is None or not self.paragraphs or self.paragraphs[-1] is not p:
            return ""
        self.paragraphs.pop()
        return p.text

    def prose_heading_back(self, text: str, page: int, line: int) -> None:
        self.plain_paragraph(Paragraph(text=text, page=page, line=line, heading=True))

    def new_sheet(self, page: int) -> None:
        """A workbook's next sheet, when several of its sheets hold tables: the groupings of the
        sheet before end there, and the sheet's name is the area of its rows when it names a part
        of the plan ('Housing', 'Adult social care': a workstream a sheet), not a kind of sheet
        ('Task tracker', 'Gantt chart', vocab.SHEET_KIND_WORDS) or a program's default ('Sheet2').
        Titles and theme rows on the sheet set the area in their turn."""
        with_tables = {b.page for b in self.raw.blocks if isinstance(b, Table) and not b.lookup}
        if len(with_tables) < 2:
            return
        self.context.update(area_ref="", area="", area_lead="", objective="", timeframe="", area_source="")
        name = squash(re.sub(r"[^\w\s&,'’()-]", " ", self.raw.sheet_names.get(page, "")))
        words = set(fold(unjoin(name)).split())  # 'WorkLeft' → 'work left'
        if page not in with_tables or not name or _DEFAULT_SHEET.fullmatch(name) \
                or words & (SHEET_KIND_WORDS | _NOT_AREA) or not any(ch.isalpha() for ch in name) \
                or any(ch.isdigit() for ch in name) and (find_dates(name) or has_month(name)):
            return  # (a sheet named by a date, 'Mtg 6 Feb', 'Jan 25', is one round of it)
        self.context.update(area=name, area_source="sheet")
        self._sheet_areas[page] = name

    def set_area(self, ref: str, title: str, lead: str) -> None:
        title, named = split_area_lead(title)  # a lead's label run into the title's line
        lead = lead or named
        if not ref:  # a banner whose number was lost: the one after the previous area's
            prev = self.context["area_ref"]
            ref = str(int(prev) + 1) if prev.isdigit() else ""
        self.context.update(area_ref=ref, area=area_title(title), area_lead=clean(lead), objective="",
                            area_source="")
        self.end_horizon()

    def end_horizon(self) -> None:
        """A new area ends the period or state heading over the tables before it (the timeframe it
        set goes with it; a timeframe from the rows, 'Within three months', stays)."""
        if self.context.get("horizon"):
            self.context.update(horizon="", timeframe="")

    def area_banner(self, banner: tuple[str, str, str]) -> None:
        """A banner printed as a box (or a row) of its own over its actions' forms: their area
        (normalise/formtables.py's banner_over_forms gives its ref, title and text)."""
        self.flush_form()
        self.prose.section_ends(banner[2])
        self.structure.append(banner[2])
        self.end_horizon()
        self.context.update(area_ref=area_ref_of(banner[0]) if banner[0] else "", area=area_title(banner[1]),
                            area_lead="", objective="", area_source="heading")
        self.warnings.append(f"'{banner[2][:60]}': a banner over the forms of its actions (its own box or "
                             "line, each form naming its action) read as their area")

    def table(self, table: Table) -> None:
        # an indicator's form broken by a page goes on in this table: its 'What / How / Who / When'
        # rows are the indicator's plan, not an action form of their own
        form_goes_on = self.in_form_table and self.form is not None
        self.in_form_table = False
        self.table_index = table.index
        if self.raw.format in UNPAGED_FORMATS:
            self.header, self.kpi = None, None  # no page breaks a sheet's table: each has its own headings
        if table.lookup:  # the values of a workbook's dropdown lists: reference data, no plan
            self.header, self.kpi = None, None
            for row in table.rows:
                for c in row.cells:
                    if not c.merged_above:
                        self.keep_aside(c.text, "lookup list (a workbook's dropdowns take their values from it)",
                                        row.page, table.index, row.line, c.col)
            return
        self.lead_in_rows = set()
        over_grid = None if form_goes_on else read_form_over_grid(table)
        if over_grid is not None and self.form_over_grid(over_grid, table):
            return
        self.headings_apart(table)
        form = None if form_goes_on else read_vertical_form(table) or read_vertical_form(table, loose=True)
        if form is not None:
            self.structure += form.titles
        turned = None if form is not None or form_goes_on else self.turned_round(table) or self.kpi_card(table)
        rows = (form.rows if form is not None else turned) or table.rows
        rows = self.heading_run_on(rows, table)
        self._rows = rows
        # a clipped copy of the next cell is what a legacy conversion to text or PDF leaves; the cells of a
        # spreadsheet, a word-processor file or a web page are their author's own ('Environment Agency'
        # as the lead beside 'Environment Agency only' as the partners). The first row, a CSV's headings,
        # is read as before ('Project lead' beside 'Project lead id': the id's heading, cut short)
        self._cells = [row.cells if k and self.raw.format in OWN_CELL_FORMATS else dedupe_clipped(row.cells)
                       for k, row in enumerate(rows)]
        self._filled = [[c for c in cells if c.text.strip()] for cells in self._cells]
        self._headings = [False] * len(rows)
        self.minute_item = None
        grid = self.minutes_layout(table) if rows is table.rows else None
        if grid is not None:
            self.read_minutes_grid(grid, table)
            return
        self.minutes_grid = None
        self.header_by_content(table)
        self.recheck_carried_headings(table)
        looks_back = review_headings([[c.text for c in f] for f in self._filled])
        own_headings = any(self.headings_of(k) for k in range(min(2, len(rows))))
        if self.reason_over and self.header is not None and not own_headings:
            # the reasons for the last table's action, under their label, carried onto the next page
            self.header, self.register_table = None, table.index
            self.register_reason = "the reason given for the action above (under a 'Why …?' label)"
        elif self.review_section is not None and not looks_back:
            heading = squash(self.review_section.text)[:60]
            self.header, self.register_table = None, table.index
            self.register_reason = f"under the heading '{heading}', a review of a past period: what was done"
            self.warnings.append(f"table {table.index} sits under '{heading}', a review of a past period: "
                                 f"its rows are kept aside, not read as actions")
        elif looks_back:
            self.header, self.register_table = None, table.index
            self.register_reason = f"a review of what was done (column '{looks_back}'), not a plan"
            self.warnings.append(f"table {table.index} reviews what was done (its column '{looks_back}' looks back, "
                                 f"and none says who, when or how far): its rows are kept aside")
        for i, row in enumerate(rows):
            if i + 1 < len(rows) and self.unlabelled_banner(i, row):
                continue
            self.row(i, row, table)
        self.after_break = False

    def form_over_grid(self, reading: FormOverGrid, table: Table) -> bool:
        """A table read as one action's form over its milestone grid (normalise/formgrid.py): the
        labels' values are the action's fields by what the labels mean, the grid's rows its
        milestones with their dates. The action is a label's that names it beyond doubt
        ('Commitment'), else the table's title row, else the heading right above the table
        ('Commitment 1: Open contracting data'), else a label's that names it less surely. A label
        no field takes, a field given twice and a value that does not fit its label ('Status quo
        or problem addressed | <a sentence>') are kept aside under their label. The table is read
        alone: its headings do not go on to the next table. False (nothing read) when nothing names
        the action: the label rows are then a grid's lead-in ('Lead | … / Objective | …' over
        'Key tasks | Deadline'), for the plain reading."""
        heading_names = self.heading_over_table and bool(self.context.get("area"))
        if not (reading.strong_action or reading.titles and not any(read_banner(t) for t, _ in reading.titles)
                or heading_names
                or any(name == "action" for name, *_ in reading.fields)):
            return False
        self.header, self.kpi, self.kpi_block = None, None, None
        self.form, self.minutes_grid = None, None
        first = reading.titles[0][1] if reading.titles else reading.fields[0][3]
        context = dict(self.context)
        draft = Draft(page=first.page, line=first.line, table=table.index, context=context, milestone_rows=True)
        # a title row names the action, unless it reads as an area's banner ('Priority 1: Attendance')
        title = "" if any(read_banner(text) for text, _ in reading.titles) \
            else " ".join(text for text, _ in reading.titles)
        source = ""
        if not reading.strong_action and title:
            draft.add("action", title)
            source = title
            self.structure.append(title)
        elif not reading.strong_action and heading_names:
            # the heading over the table names the commitment: it is the action, not an area of actions
            draft.add("action", context["area"])
            draft.add("ref", context.get("area_ref", ""))
            source = context["area"]
            context.update(area_ref="", area="", area_lead="")
        else:
            for text, row in reading.titles:
                self.keep_aside(text, "title row over an action's form", row.page, table.index, row.line)
        given = {name for name, *_ in reading.fields if name}
        for name, label, value, row, col in reading.fields:
            if name == "responsible" and "lead" not in given and "lead" not in draft.pieces:
                name = "lead"
            test = _CHECKED_VALUES.get(name)
            fits = test is None or test(value)
            self.labels.append(label)  # the label names its field, or heads its value kept aside
            if not value and name in reading.fills:
                draft.fills[name] = reading.fills[name]  # 'RAG | <a red cell>': the colour is the rating
                continue
            if name == "timeframe" and not context.get("timeframe"):
                context["timeframe"] = value  # the action's own span, not its area's
                if "due" not in given:
                    draft.add("due", value)  # the commitment's end: the end of its span
                continue
            if name and name in _FORM_GRID_FIELDS and name not in draft.pieces and fits:
                draft.add(name, value)
                source = source or (value if name == "action" else "")
                continue
            self.keep_aside(value, "form label no field takes", row.page, table.index, row.line, col, heading=label)
        self.labels += [label for _, _, label in reading.columns]
        roles = {col: (role, label) for col, role, label in reading.columns}
        for row in reading.rows:
            sub: dict[str, str] = {}
            for c in _distinct_cells(row):
                role, label = roles.get(c.col, ("", ""))
                text = squash(c.text)
                if role in ("milestones", "due", "status") and role not in sub:
                    sub[role] = text
                else:
                    self.keep_aside(text, f"column '{label}'" if label else "cell beside an action's milestones",
                                    row.page, table.index, row.line, c.col, heading=label)
            if "milestones" not in sub:
                for key in ("due", "status"):
                    if key in sub:
                        self.keep_aside(sub[key], f"column '{roles_label(roles, key)}'", row.page, table.index,
                                        row.line, heading=roles_label(roles, key))
                continue
            draft.sub_rows.append(sub)
        self.drafts.append(draft)
        self.action_sources[table.index] = ActionSource(label=source[:80], score=SURE_HEADING)
        self.warnings.append(reading.why)
        return True

    def heading_run_on(self, rows: list[Row], table: Table) -> list[Row]:
        """The headings in use printed again atop this table (a new page), with the rest of a
        sentence the page broke set under them in the same cells ('Action' + 'framework and the
        tools.'): a text layout joins a line opening in lower case to the line above. Each cell
        that opens with its column's heading, cell for cell over most of the headings, is that
        heading; what follows it in the cells is a row of its own, which goes on from the last
        action as any row opening mid-sentence does. Only on evidence: the same headings, in the
        same columns, as printed in an earlier table's heading row (or this table's first row)."""
        filled = [k for k, r in enumerate(rows) if any(c.text.strip() for c in r.cells)]
        if not filled:
            return rows
        first = [c for c in rows[filled[0]].cells if c.text.strip()]
        if self.header is not None and self.header_table != table.index and self.heading_cells:
            labels = self.heading_cells  # as printed: a note under a heading ('(draft)') is part of it
            looked_at = filled
        elif len(first) >= 2 and all(loose_label(c.text) for c in first):
            labels = {c.col: squash(c.text) for c in first}  # its own headings, printed again lower down
            looked_at = filled[1:]
        else:
            return rows
        out = rows  # the table's own list when nothing is parted (the minutes reader asks)
        for k in reversed(looked_at):
            split = split_repeated_heading(rows[k], labels)
            if split is not None:
                out = [*out[:k], *split, *out[k + 1:]]
                self.warnings.append(f"table {table.index}: the headings printed again at its row {rows[k].line} "
                                     f"hold the rest of a sentence below them: read as a row of its own")
        return out

    def summary_of_lists(self, i: int, header: Header) -> bool:
        """Headings over a row or two of bulleted lists that name only texts ('Achievements this period |
        Next steps', 'Progress | Planned next'): no column says who, when, how far or which, as a
        plan's rows do. A box of lists that sums up a period, not rows of a plan."""
        texts = {"action", "progress", "outcome", "objective", "measure", "milestones"}
        fields = {c.field for c in header.columns if c.field}
        below = [cells for cells in self._filled[i + 1:] if cells]
        if not fields or not fields <= texts or not below or len(below) > 2:
            return False
        return all(sum(1 for ln in c.text.split("\n") if _BULLET_LINE.match(ln)) >= 2 for cells in below for c in cells)

    def fills_typed_columns(self, i: int, header: Header) -> bool:
        """Does row i hold a date under the heading of the due date and a status word under the
        status heading (a milestone's row right above the headings a page break repeated), as no
        banner does?"""
        by_col = header.by_col()
        checks: dict[str, Callable[[str], bool]] = {"due": looks_like_when, "status": looks_like_status}
        typed = [(c, checks[by_col[c.col].field]) for c in self._filled[i]
                 if c.col in by_col and by_col[c.col].field in checks]
        return len(typed) == 2 and all(check(c.text) for c, check in typed)

    def fill_rated_labels(self) -> set[str]:
        """Headings (folded) of the columns whose cells are shaded in RAG colours of two kinds or more
        somewhere in the document: the same heading rates by colour in its other tables too, though
        one of them may be all green. Only cells of a column's own (a band across the table, shaded
        as a theme is, rates nothing) on rows of several cells."""
        found: set[str] = set()
        for block in self.raw.blocks:
            if not isinstance(block, Table) or len(block.rows) < 2:
                continue
            labels = {c.col: fold(c.text) for c in block.rows[0].cells if c.text.strip()}
            kinds: dict[int, set[str]] = {}
            for row in block.rows[1:]:
                filled = sum(1 for c in row.cells if c.text.strip() or c.fill)
                if filled < 2 or shaded_whole([c.fill for c in row.cells]):
                    continue
                for c in row.cells:
                    rag = rag_of_colour(c.fill) if c.fill and c.colspan == 1 else ""
                    if rag and c.col in labels:
                        kinds.setdefault(c.col, set()).add(rag)
            found |= {labels[col] for col, seen in kinds.items() if len(seen) >= 2}
        return found

    def headings_apart(self, table: Table) -> None:
        """A new table whose first row names columns of its own ('Contributing programme | Lead |
        Budget', 'Acronym | Meaning'), is not as wide as the headings in use and shares at most half
        of its labels with them does not go on under them (a glossary or a risk table after the
        milestone table of a slide): those headings are dropped, with a warning. Rows of a table the
        page broke carry no headings of their own; a table of the same kind repeats most of the
        labels ('Measure | Score' after 'Measure | Score | Score excluding …')."""
        in_use = self.header.width() if self.header is not None else \
            max((col + 1 for col, _, _ in self.kpi), default=0) if self.kpi is not None else 0
        if not in_use or self.header_table == table.index:
            return
        labels_in_use = {fold(c.label) for c in self.header.columns} if self.header is not None else \
            {fold(label) for _, _, label in self.kpi or []}
        rows = [r for r in table.rows if any(c.text.strip() for c in r.cells)]
        first = rows[0] if rows else None
        if first is None or first.width() == in_use:
            return
        filled = [c for c in first.cells if c.text.strip() and not c.merged_above]
        if len(filled) == 1 and len(rows) > 1 and len(squash(filled[0].text).split()) <= 6 and \
                not squash(filled[0].text).endswith((".", ";", ",", ":")):
            # a caption over the table's heading row ('PERFORMANCE INDICATORS' over 'Indicator |
            # Baseline | Target | …', text set out in columns): the headings are in the row below it
            filled = [c for c in rows[1].cells if c.text.strip() and not c.merged_above]
        # short labels each (loose_label: no sentence, name, date, reference or figure), as headings are
        shared = labels_in_use & {fold(c.text) for c in filled}
        # a bracketed qualifier of a heading ('Baseline (2024/25)') is no part of its label
        if len(filled) >= 2 and all(loose_label(_BRACKETED.sub("", c.text).strip() or c.text) for c in filled) \
                and 2 * len(shared) <= len(filled):
            labels = " | ".join(squash(c.text) for c in filled)
            self.warnings.append(f"table {table.index}: its first row names columns of its own ({labels[:80]}): "
                                 f"not read under the headings of table {self.header_table}")
            self.header, self.kpi, self.kpi_block = None, None, None

    # ---- minutes set out as a grid (normalise/minute_grid.py) ---------------------------------
    def minutes_layout(self, table: Table) -> GridLayout | None:
        """The table read as minutes: by its heading row; under the minutes grid of the table before
        (the next page, same width, no headings); or, with no plan headings in force or in its first
        rows, by the action points its cells mark."""
        rows = [[(c.col, c.text) for c in f if not c.merged_above] for f in self._filled]
        layout = layout_by_headings(rows[:6])
        if layout is not None:
            return layout
        width = max((c.col + c.colspan for f in self._filled for c in f), default=0)
        carried = self.minutes_grid
        if carried is not None and self.header is None and carried.width == width:
            return GridLayout(roles=carried.roles, width=width, margin=carried.margin,
                              why="it goes on under the headings of the minutes grid before it")
        if self.header is None:
            margin = layout_by_margin(rows, going_on=carried is not None and carried.margin)
            if margin is not None:
                return margin
        if self.header is not None or any(self.headings_of(i) for i in range(min(3, len(rows)))):
            return None
        pairs = [f for f in self._filled if len(f) == 2]
        labelled = [f for f in pairs if form_label(f[0].text) is not None and not split_item(f[0].text)[0]]
        if pairs and len(labelled) * 2 >= len(pairs):
            return None  # label | value rows: a form, which the walker's form reader reads
        return layout_by_marks(rows)

    def read_minutes_grid(self, layout: GridLayout, table: Table) -> None:
        """Each minute's row: its item's number and title are the area of the actions its cells
        hold; what else it says is kept aside (normalise/minute_grid.read_row)."""
        self.header, self.kpi, self.minutes_grid = None, None, layout
        # the minutes' own marks (or headings) say which cells are action points: the precision
        # guard trusts them as it trusts a heading that names the action
        self.action_sources[table.index] = ActionSource("the minutes' action points", SURE_HEADING)
        found: dict[str, int] = {}
        who_only = 0
        for i, row in enumerate(self._rows):
            filled = [c for c in self._filled[i] if not c.merged_above]
            if not filled:
                continue
            if i == layout.heading_line:
                self.read_labels(c.text for c in filled)
                continue
            reading = read_row({c.col: c.text for c in filled}, layout)
            who_only += reading.who_only
            if reading.ref or reading.title:
                number = re.search(r"\d+", reading.ref)
                self.context.update(area_ref=number.group(0) if number else "", area=area_title(reading.title),
                                    area_lead="", objective="", area_source="")
                items = [c for c in filled if layout.roles.get(c.col) in ("item", "ref")]
                self.structure.extend(c.text for c in items)
                if not reading.points:  # no action carries the item in its area: kept as printed
                    for c in items:
                        self.keep_aside(c.text, "a minute's item that sets no action", row.page, table.index,
                                        row.line, c.col)
            for point in reading.points:
                draft = Draft(page=row.page, line=row.line, table=table.index, context=dict(self.context))
                for name, value in (("action", point.action), ("lead", point.lead), ("due", point.due),
                                    ("ref", point.ref or reading.ref), ("status", point.status)):
                    draft.add(name, value)
                self.drafts.append(draft)
                self.minute_drafts.append(draft)
                found[point.how] = found.get(point.how, 0) + 1
            for col, text, why in reading.aside:
                self.keep_aside(text, why, row.page, table.index, row.line, col)
        how = "; ".join(f"{n} from {why}" for why, n in found.items()) or "no action points"
        if who_only:
            how += f"; {who_only} action cell(s) holds who acts only, beside notes that set no task: kept aside"
        self.warnings.append(f"table {table.index}: read as minutes, {layout.why}: {how}")

    def kpi_card(self, table: Table) -> list[Row] | None:
        """An indicator's card ('CS01 | name' over 'Target | 90%', 'This quarter | 95.5%', 'Status |
        Green') turned round into a heading row and the indicator's row (kpi_content.card_rows)."""
        rows = kpi_card_rows(table)
        if rows is not None:
            self.warnings.append(f"table {table.index}: read as an indicator's card (labels down its first column)")
        return rows

    def turned_round(self, table: Table) -> list[Row] | None:
        """A transposed table's rows (headings down its first column, an action per column) as
        a heading row and a row per action (normalise/transposed.py), with a warning."""
        turned = transposed_rows(table)
        if turned is None:
            return None
        self.warnings.append(f"table {table.index}: read as transposed, {turned.why} "
                             f"(confidence {turned.confidence:.2f})")
        return turned.rows

    def headings_of(self, i: int) -> Header | None:
        """read_header of row i's cells, once per row: a row is also read as the row below a
        banner. The rows below it are evidence (data rows are longer than headings); inside a
        table already under headings, a row must read as headings beyond doubt (a data row of
        short cells, '5 | Family finding | Lead: Colin Sandhu', can look like one)."""
        header = self._headings[i]
        if header is False:
            below = [[(c.col, c.text) for c in self._filled[j]] for j in range(i + 1, min(i + 4, len(self._filled)))]
            first = not any(self._filled[:i])
            evidence = [[(c.col, c.text) for c in self._filled[j]]
                        for j in range(i + 1, min(i + 1 + EVIDENCE_ROWS, len(self._filled)))]
            header = read_header([(c.col, c.colspan, c.text) for c in self._cells[i]], below=below,
                                 marked=self._rows[i].repeated_header, styled=self.shaded_apart(i), first=first,
                                 evidence=evidence)
            if header is not None and self.header is not None and self.header_table == self.table_index \
                    and not same_layout(self.header, header) and not beyond_doubt(header):
                header = None
            self._headings[i] = header
        return header  # type: ignore[return-value]  # False was replaced

    def shaded_apart(self, i: int) -> bool:
        """Are row i's cells shaded alike, and unlike the row below (a heading row's fill)?"""
        fills = {c.fill for c in self._filled[i]}
        if len(fills) != 1 or None in fills:
            return False
        below = next((f for f in self._filled[i + 1:] if f), [])
        return not below or {c.fill for c in below} != fills

    def header_by_content(self, table: Table) -> None:
        """A table with no heading row whose columns, read by their content, make a plan
        ('1.2 | Review the … | Ann Lee | March 2016'): headings named from the content. Not when
        the headings in use fit the table (a table continued from the page before)."""
        rows = len(self._cells)
        if not rows or any(self.headings_of(j) is not None for j in range(min(rows, 6))):
            return
        if self.own_headings_unread(table):
            return
        width = max((c.col + c.colspan for cells in self._cells for c in cells), default=0)
        if self.header is not None and self.header.width() == width:
            return
        if any(read_kpi_header(f) is not None or (f and form_label_role(f[0].text)) for f in self._filled[:6]):
            return
        if self._filled and (names_its_columns(self._filled[0]) or self.two_labels_over_text()):
            return  # the table has a heading row of its own, naming no field of a plan: a register, a list
        cited = self.reference_label(table) or self.headings_name_documents()
        if cited:
            self.warnings.append(f"table {table.index} has no heading row read as a plan's, and '{cited}' says it "
                                 f"lists documents: not read as a plan by content")
            return
        if self._filled and heads_columns_of_figures(self._filled[0], self._filled[1:13]):
            labels = " | ".join(squash(c.text) for c in self._filled[0])
            self.warnings.append(f"table {table.index}: its first row ('{labels[:80]}') heads columns of figures: "
                                 f"a heading row of its own naming no field of a plan (a register of values), "
                                 f"not read as a plan by content")
            return
        data = content_rows(self._cells)
        fields = plan_columns(columns_of(data), len(data)) if rows >= 2 else None
        kin: list[Table] = []
        log_title = ""
        if fields is None:
            # one of several headerless tables of one shape, each under its own heading (an
            # action log kept per topic): too few rows alone, their rows together say what each
            # column holds
            kin = self.headerless_kin(table, width)
            pooled = data + [r for t in kin for r in content_rows([dedupe_clipped(row.cells) for row in t.rows])]
            fields = plan_columns(columns_of(pooled), len(pooled)) if kin else None
            if fields is None and (log_title := action_log_title(self.raw)):
                # the title names the document an action log: instructions alone are its actions, and
                # a row of one cell (an action with no status yet) is evidence too
                kin = kin or self.headerless_kin(table, width)
                logged = [r for t in [table, *kin] for r in filled_rows([dedupe_clipped(row.cells) for row in t.rows])]
                fields = plan_columns(columns_of(logged), len(logged), declared_log=True)
        if fields is None:
            return
        starts = sorted({c.col for cells in self._cells for c in cells})
        header = Header([Column(col, 1, fields.get(col, ""), "", basis="content" if col in fields else "unread")
                         for col in starts], confidence=0.6)
        self.set_header(header, table)
        self.header_row, self.heading_cells = (table.index, -1), {}
        # lone unnumbered lines above its first row of cells: a title over the table, no action
        first = next((i for i, f in enumerate(self._filled) if len(f) >= 2), 0)
        self.lead_in_rows = {i for i in range(first) if len(self._filled[i]) == 1
                             and NUMBERED_TITLE.match(squash(self._filled[i][0].text)) is None}
        read = ", ".join(f"column {col + 1} as {name}" for col, name in sorted(fields.items()))
        pooled_with = f"; with the {len(kin)} other table(s) of its shape" if kin else ""
        declared = f"; the title '{log_title[:60]}' names it an action log" if log_title else ""
        self.warnings.append(f"table {table.index} has no heading row: read by content ({read}{pooled_with}{declared})")

    def own_headings_unread(self, table: Table) -> bool:
        """A table whose first row the source marks as its heading row (a Markdown table's row over
        '|---|', an HTML table's <th> row) and which no reading takes for a plan's headings
        ('Attendees | Attended', 'Motion Text | Moved by | Seconded by | Status'): the table has
        headings of its own, so the headings in use before it (an action table of the same width
        above) do not carry on over its rows; they are kept aside. Not when the rows read as an
        indicator table or a form, nor when the marked row holds data rather than labels."""
        if not self._rows or not self._rows[0].repeated_header or len(self._filled[0]) < 2:
            return False
        if any(looks_like_action(c.text) or looks_like_ref(c.text) or find_dates(c.text) or len(c.text.split()) > 6
               for c in self._filled[0]):
            return False  # a row of data under a heading row the syntax demanded: read as the table's rows
        if any(read_kpi_header(f) is not None or (f and form_label_role(f[0].text)) for f in self._filled[:6]):
            return False
        if kpi_header_by_content([(c.col, c.text) for c in self._filled[0]],
                                 [[(c.col, c.text) for c in f] for f in self._filled[1:9]]) is not None:
            return False
        self.header, self.register_table = None, table.index
        self.register_reason = "a table under headings of its own that name no field of a plan"
        labels = " | ".join(squash(c.text) for c in self._filled[0])
        self.warnings.append(f"table {table.index}: its own heading row ('{labels}') names no field of a plan; "
                             f"its rows are kept aside, not read under the headings before it")
        return True

    def reference_label(self, table: Table) -> str:
        """The label line right above the table that says it lists other documents ('Related Reports:',
        'See Also:'), or ''."""
        at = next((i for i, b in enumerate(self.raw.blocks) if b is table), None)
        if at is None:
            return ""
        above = next((b for b in reversed(self.raw.blocks[:at]) if not isinstance(b, Paragraph) or b.text.strip()),
                     None)
        if not isinstance(above, Paragraph) or not above.text.strip().endswith(":") \
                and len(above.text.split()) > 3:
            return ""
        return squash(above.text) if fold(above.text) in REFERENCE_LIST_LABELS else ""

    def headings_name_documents(self) -> str:
        """The first row's headings, when each names a document ('Report No. | Report Date | Report Title',
        the first data row run into the first cell by a scan's reader: its first lines), or ''."""
        if not self._filled:
            return ""
        firsts = [squash(c.text.strip().split("\n")[0]) for c in self._filled[0]]
        if len(firsts) < 2 or any(len(t.split()) > 4 or not DOCUMENT_NOUNS & set(fold(t).split()) for t in firsts):
            return ""
        return " | ".join(firsts)

    def headerless_kin(self, table: Table, width: int) -> list[Table]:
        """The document's other tables as wide as this one whose first row reads as no headings:
        the tables of one log split by topic headings. [] when there is no other."""
        kin = []
        for block in self.raw.blocks:
            if not isinstance(block, Table) or block.index == table.index or not block.rows:
                continue
            cells = [c for c in dedupe_clipped(block.rows[0].cells) if not c.merged_above]
            if max((c.col + c.colspan for c in cells), default=0) != width:
                continue
            if read_header([(c.col, c.colspan, c.text) for c in cells], first=True) is None:
                kin.append(block)
        return kin

    def two_labels_over_text(self) -> bool:
        """A two-column table whose first row is two short labels over longer text in each column
        ('Key accomplishments | Next steps' over bulleted lists, 'Acronym | Meaning'): a heading row
        of its own, as names_its_columns says of wider tables."""
        first = self._filled[0]
        if len(first) != 2 or not names_its_columns(first, least=2):
            return False
        below = [c for cells in self._filled[1:] for c in cells]
        return all(any(c.col == h.col and len(c.text) > len(h.text) for c in below) for h in first)

    def unlabelled_banner(self, i: int, row: Row) -> bool:
        """A banner whose 'AREA FOR IMPROVEMENT n' was lost: text ending in a lead's name, right
        above a heading row (row i + 1), while the plan's areas come from banners."""
        # the row below is read as headings anyway, when its turn comes: the cheapest test first
        if not self.context["area_ref"] or (below := self.headings_of(i + 1)) is None:
            return False
        if self.fills_typed_columns(i, below):
            return False  # a date or status under the headings' own columns: a row of data
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
        if (table.index, i) in self._taken_rows:
            return
        if self.review_rows == table.index:
            for c in filled:
                self.keep_aside(c.text, f"under '{self.review_label}', a review of a past period: what was done",
                                row.page, table.index, row.line, c.col)
            return
        if len(filled) == 1 and self.header is not None and self.header_table == table.index:
            text = squash(filled[0].text)
            if review_heading(text) and len(text.split()) <= 16:
                # a text layout runs the review's heading and its tables into the plan's table
                self.review_rows, self.review_label = table.index, text[:60]
                self.keep_aside(filled[0].text, "heading of a review of a past period", row.page, table.index,
                                row.line, filled[0].col)
                self.warnings.append(f"table {table.index}: the rows from '{text[:60]}' on review a past period: "
                                     f"kept aside, not read as actions")
                return
        if self.caption_over_kpi(i, filled):
            # a lone 'PERFORMANCE INDICATORS' over an indicator table's heading row: the table's
            # caption (structure), no indicator form's label
            self.structure.append(squash(filled[0].text))
            return
        if len(filled) <= 3 and form_label_role(filled[0].text) == "indicator" and \
                read_kpi_header(filled) is None and self.form_row(filled, row, table):
            return  # an indicator's form starts here, whatever its other labels read as
        if self.spanning_banner(i, filled, row) or self.title_row(i, filled):
            return
        if len(filled) == 1 and self.header is not None and self.header_table == table.index \
                and self.part_title(i, table):
            return
        kpi = read_kpi_header(filled)
        if kpi is None and i <= 2:
            # headings that name a target and a latest figure over a column of names ('Ref |
            # Description | Last quarter | This quarter | Target | Status'): read by what the
            # rows below hold (kpi_content)
            kpi = kpi_header_by_content([(c.col, c.text) for c in filled],
                                        [[(c.col, c.text) for c in f] for f in self._filled[i + 1:i + 9]])
        # an indicator table's headings name no action nor lead: they win over an action reading
        # ('Measure | Target | Actual | RAG rating' also reads as a measure and a RAG)
        sub = self.sub_header(filled, row, table)
        if sub is not None:
            self.read_labels(c.text for c in filled)
            self.set_header(sub, table)
            return
        header = self.headings_of(i) if kpi is None else None
        if header is not None or kpi is not None:
            self.read_labels(c.text for c in filled)
        register = "" if header is None else "risk register" if risk_register([c.label for c in header.columns]) \
            else "issue log" if issue_log([c.label for c in header.columns]) else ""
        if register and header is not None and not self.register_of_actions(i, header):
            # its rows are risks or issues, not actions
            self.header, self.register_table, self.register_reason = None, table.index, register
            self.warnings.append(f"table {table.index} is {'an' if register[0] == 'i' else 'a'} {register}: "
                                 f"its rows are kept aside")
            return
        if header is not None and self.summary_of_lists(i, header):
            self.header, self.register_table, self.register_reason = None, table.index, "summary of lists"
            self.warnings.append(f"table {table.index} holds lists under '{header.columns[0].label}' and "
                                 f"'{header.columns[-1].label}' with no who, when or status: a summary (a highlight "
                                 f"report's done / next lists), kept aside")
            return
        if self.register_table == table.index:
            for c in filled:
                self.keep_aside(c.text, self.register_reason, row.page, table.index, row.line, c.col)
            return
        if header is not None:
            self.set_header(header, table)
            self.header_row = (table.index, row.line)
            self.heading_cells = {c.col: squash(c.text) for c in filled}
            return
        sub = self.wrapped_header(filled, row, table)
        if sub is not None:
            self.read_labels(c.text for c in filled)
            self.set_header(sub, table)
            return
        if kpi is not None:
            if self.kpi is not None and self.kpi_at == (table.index, i - 1):
                kpi = self.under_groups(kpi, self.kpi, table)
            self.kpi, self.kpi_block, self.kpi_at = kpi, None, (table.index, i)
            self.header = None
            for name in squashed_indicators(kpi[0][2]) if fold(kpi[0][2]).startswith("indicator") else []:
                self.indicators.append(Indicator(indicator=name, page=row.page, line=row.line, table=table.index))
            return
        if self.form_row(filled, row, table):
            return
        if self.banner_row(filled, row, table):
            return
        if self.area_lead_row(filled):
            return
        if row.repeated_header:  # marked by the source as a heading row (Word's "repeat as header row")
            for c in filled:
                self.keep_aside(c.text, "heading row", row.page, table.index, row.line, c.col)
            return
        if self.kpi is not None:
            self.kpi_row(cells, row, table)
            return
        if self.header is None or i in self.lead_in_rows:
            for c in filled:
                self.keep_aside(c.text, "text in a table before any column headings", row.page, table.index,
                                row.line, c.col)
            return
        if self.spanning_row(filled, row, table):
            return
        if prompt_row(filled):  # a template's prompts under (or over) its headings: no action
            self.split_by_prompts(filled)
            self.read_labels(c.text for c in filled)
            return
        if self.legend_row(filled):
            for c in filled:
                if not c.merged_above:
                    self.keep_aside(c.text, "a key of ratings (a legend row)", row.page, table.index, row.line, c.col)
            return
        if self.numbered_blank(filled):
            for c in filled:
                if c.merged_above:
                    continue
                self.keep_aside(c.text, "a numbered row left blank (nothing entered)", row.page, table.index,
                                row.line, c.col)
            return
        self.data_row(cells, filled, row, table)

    def split_by_prompts(self, filled: list[Cell]) -> None:
        """A template's heading printed once over two columns, with a prompt under each
        ('Implementation' over 'Make sure your actions … are linked to your intentions:' and
        'Funding allocated:', as DfE's PE and sport premium template prints them): each column is its
        own. The heading stays with the first column of its span; another column under it is what
        its own prompt names - a field the headings lack, when the prompt names one surely, else
        no field (its cells go aside with the prompt as their heading), not more of the heading's
        field (the funding read as part of the action)."""
        assert self.header is not None
        prompts = {c.col: squash(c.text).rstrip(" :") for c in filled}
        had = set(self.header.fields())
        columns: list[Column] = []
        for column in self.header.columns:
            inside = [k for k in range(column.col + 1, column.col + column.span) if k in prompts]
            if column.col not in prompts or not inside:
                columns.append(column)
                continue
            cuts = [column.col, *inside, column.col + column.span]
            columns.append(replace(column, span=cuts[1] - cuts[0]))
            for start, end in zip(cuts[1:-1], cuts[2:], strict=True):
                best = next(iter(read_heading(prompts[start])), None)
                sure = best is not None and best.field and best.field not in had and best.score >= PROMPT_SURE
                name = best.field if sure and best is not None else ""
                columns.append(Column(start, end - start, name, prompts[start],
                                      score=best.score if sure and best is not None else 0.0,
                                      basis="heading" if name else "other", group=column.label))
        if len(columns) != len(self.header.columns):
            self.header = replace(self.header, columns=columns, _by_col=None, _derived={})

    def legend_row(self, filled: list[Cell]) -> bool:
        """A row of short words, two or more and two in three of them ratings or statuses, one
        under a column that holds neither ('🟢 On Track | 🟡 Caution | 🔴 At Risk' under a
        dashboard's Project and Description): the key to the colours, not an action's ratings."""
        assert self.header is not None
        own = [c for c in filled if not c.merged_above]
        if len(own) < 2 or self.raw.format not in UNPAGED_FORMATS:
            return False  # (a document's row may go on with an action's status from the row above)
        words = [re.sub(r"[^\w\s/-]", "", c.text).strip() for c in own]
        if not all(w and len(w.split()) <= 3 and not any(ch.isdigit() for ch in w) for w in words):
            return False
        # each a rating or a status as a whole ('Development complete' names a milestone)
        rated = sum(1 for w in words if rag_of(w) or fold(w) in STATUS_WORDS)
        return rated >= max(2, 2 * len(words) / 3) and self.beside_other_fields(own)

    def beside_other_fields(self, own: list[Cell]) -> bool:
        """Is one of the cells under a column that holds no rating or status?"""
        assert self.header is not None
        fields = [(column.field if (column := self.header.column_for(c.col)) is not None else "") for c in own]
        return any(f not in ("status", "rag", "rating", PERIOD_FIELD) for f in fields)

    def numbered_blank(self, filled: list[Cell]) -> bool:
        """A sheet's row that holds only its number ('3', '4', … down a tracker's ruled rows with
        nothing entered): room left for actions, none of them one. A sheet's rows are whole rows;
        a document's row with only a number may go on in the rows below it."""
        own = [c for c in filled if not c.merged_above]  # a value merged down from above is not entered here
        return self.raw.format in UNPAGED_FORMATS and len(own) == 1 \
            and bool(re.fullmatch(r"\d{1,3}[.)]?", own[0].text.strip()))

    def caption_over_kpi(self, i: int, filled: list[Cell]) -> bool:
        """A lone cell over an indicator table's heading row: the table's caption, no form's label."""
        below = next((f for f in self._filled[i + 1:] if f), [])
        return len(filled) == 1 and len(below) >= 3 and read_kpi_header(below) is not None

    def register_of_actions(self, i: int, header: Header) -> bool:
        """A risk or issue register that is also a plan: a column of its treatments whose cells below
        are instructions ('Run a targeted recruitment campaign …'), beside a column of who does them.
        The treatments are the column headed beyond doubt as the actions ('Mitigating actions',
        'Further action required'), half or more of its cells instructions; else the column headed
        as the response or mitigation ('Response', 'Mitigation strategy'), or, in a tracker that
        says when or how far each is done, its notes ('Remediation note'), whose cells read as
        instructions often enough (REGISTER_TREATMENT_SHARE, less in a tracker). With no column of who, only
        a column headed beyond doubt as the actions ('No | risk | severity | likelihood | procedure | action')
        whose cells that say anything ('none' where nothing is to be done) are instructions: a parish
        council's register printing what it will do about each risk. Its risks and their
        scores are context (kept aside); a register whose treatment column holds controls in place
        ('Mitigation' over 'Targeted recruitment campaign') is no plan."""
        fields = header.fields()
        who = bool({"lead", "responsible"} & set(fields))
        tracked = bool({"due", "status", "rag"} & set(fields))
        sure = next((c for c in header.columns if c.field == "action" and c.basis == "heading"
                     and c.score >= SURE_HEADING), None)
        if not who and sure is None:
            return False
        candidates = [sure] if sure is not None else [
            c for c in header.columns if c.field in ("action", "resolution") or (tracked and c.field == "progress")]
        for column in candidates:
            texts = [c.text for cells in self._filled[i + 1:i + 21] for c in cells
                     if column.col <= c.col < column.col + column.span]
            if not who:
                # no column of who does them: a column headed beyond doubt as the actions ('action') whose
                # cells, where they say anything ('none' where nothing is to be done), are instructions
                texts = [t for t in texts if not says_nothing(t)]
            share = instruction_share(texts)
            need = REGISTER_SURE_SHARE if column is sure else \
                REGISTER_TREATMENT_SHARE * (REGISTER_TRACKED_FACTOR if tracked else 1.0)
            if len(texts) < 2 or share < need:
                continue
            tracker = ", in a tracker" if tracked else ""
            how = "headed as the actions" if column is sure else \
                f"read as its treatments (heading read as {column.field or 'nothing'}{tracker})"
            if column.field != "action":
                for other in header.columns:
                    if other.field == "action":
                        other.field, other.basis = "", "other"
                column.field, column.value = "action", ""
            beside = "with who does them" if who else "where they say anything"
            self.warnings.append(f"table {self.table_index} is a risk register whose '{column.label}' are "
                                 f"instructions (instruction share {share:.1f}) {beside}, {how}: read as a "
                                 f"plan, the risks kept aside")
            return True
        return False

    def title_row(self, i: int, filled: list[Cell]) -> bool:
        """One cell merged across the table right above its heading row: the table's title, the
        area of its rows ('Teaching' over '− High-quality teaching for all …'). A banner says so
        itself and is read as one."""
        if len(filled) != 1 or filled[0].colspan < 2 and not figure_note(filled[0].text):
            return False
        # a label and a figure between the title and the headings ('Budgeted cost: £23,400') is a note
        # on the table: it is neither the title nor does it part the title from the headings
        following = next((j for j in range(i + 1, len(self._filled)) if self._filled[j]
                          and not (len(self._filled[j]) == 1 and figure_note(self._filled[j][0].text))), None)
        if following is None or self.headings_of(following) is None:
            return False
        if figure_note(filled[0].text):
            self.keep_aside(filled[0].text, "a note on the table (a label and a figure)", self._rows[i].page,
                            self.table_index, self._rows[i].line, filled[0].col)
            return True
        width = max(c.col + c.colspan for c in self._cells[following])
        if filled[0].colspan < 0.75 * width:
            return False
        lines = [ln.strip() for ln in filled[0].text.split("\n") if ln.strip()]
        title = lines[0] if lines else ""
        if not title or len(title.split()) > 12 or read_banner(title) or title.endswith((".", ":")):
            return False
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
        timeframe, rest = split_timeframe(text)
        if timeframe and not rest:
            return False  # a timeframe row: data_row reads it
        # '1. …', 'Strategic Objective 2: Tackling …', 'Recommendation 1: …', 'T - Transport and travel'
        ref, title = area_heading(text) or ("", text)
        if len(title.split()) <= 25 and not title.endswith((".", ":", ":-", ";")) and ". " not in title:
            self.structure.append(cell.text)
            # (not after a numbered banner row of this table: an unnumbered row like it is the next area)
            if self.context["area"] and self.context.get("area_source") not in ("theme", "topic") and not ref \
                    and "objective" not in self.header.fields() and topic_and_lead(title) is None \
                    and self.banner_table != table.index:
                self.context["objective"] = title  # a theme within the area a heading named
            else:
                topic = topic_and_lead(title) or (title, "")  # 'Open data – Lead GS': the topic, who leads it
                self.context.update(area_ref=ref, area=area_title(topic[0]), area_lead=topic[1], objective="",
                                    area_source="theme")
                self.theme_header = self.header
        else:
            self.keep_aside(cell.text, "text across the table", row.page, table.index, row.line, cell.col)
        return True

    def numbered_heading_row(self, cell: Cell, row: Row) -> bool:
        """A numbered heading alone in the first column of a table that spans nothing (text laid out
        by spaces, a borderless PDF): '2. Prepare young people for adult life' over unnumbered
        rows that fill their other columns. It is a theme, as a row merged across the table is."""
        m = NUMBERED_TITLE.match(squash(cell.text))
        if m is None or not m.group(1).isdigit() or len(row.cells) < 2 or len(m.group(2).split()) > 15 \
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
                or not text or len(text.split()) > 15 or text.endswith((".", ":", ";")):
            return False  # (a labelled line there, 'Owner – Communications Manager', fills the action above)
        if len(below) < 2:
            return False
        if topic_and_lead(text) is not None:
            return True  # it says so itself: a topic and who leads it
        if len(text.split()) > 8 or looks_like_action(text):
            return False  # a topic is a name
        # over instructions; or, in a sheet, set in bold over rows that are not ('Proposal' over
        # 'Prepare Project Idea | Low Risk | 100%': a Gantt chart's group of tasks)
        bold_group = self.raw.format in UNPAGED_FORMATS and cell.bold and len(text.split()) <= 6 \
            and not any(c.bold for c in below if c.col == cell.col)
        # or a schedule's phase: a name alone in a task table (start, finish, duration … headed:
        # taskheads.schedule_labels) over tasks that fill their dates, a summary task
        bold_group = bold_group or (self.header is not None and len(text.split()) <= 6
                                    and schedule_labels([c.label for c in self.header.columns]))
        if not bold_group and not looks_like_action(self.action_text(below)):
            return False
        rows = [f for f in self._filled if f]
        full = sum(1 for f in rows if len(f) >= 2)
        return full >= max(2, 0.5 * len(rows))

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

    def sub_header(self, filled: list[Cell], row: Row, table: Table) -> Header | None:
        """A second heading row under grouped headings ('RAG rating' over '03/18 | 06/18', 'Timescale'
        over 'Start | End', 'Responsibility' over 'Lead | Support'): the headings with each group's
        label joined to its sub-labels, each sub-column's field read from both (read_under_group),
        or None. A group heading spans its columns (a merge), or, where a conversion keeps no
        spans (text laid out by spaces), heads its own column and the unlabelled ones after it.
        The cells of headings merged down over both rows (a merge's copies) are not sub-labels."""
        head = self.header
        if head is None or not filled or not self.right_under_headings(row, table):
            return None
        extent = group_extents(head)
        groups: dict[int, list[Cell]] = {}
        # a template's labels ending in colons may be long ('School focus with clarity on intended
        # impact on pupils:'): the colons, not the length, say they are labels
        labels_row = labels_only_row([c.text for c in filled])
        # a sub-label under a group of several columns ('Action details' over 'ID | Short title |
        # Description'): the row is a second heading row, so a label under a heading of one column
        # beside it ('Responsibility' over 'Lead office') is that column's own sub-label
        # (each such label reads as a heading itself: a data row right under the headings does not)
        grouped = any(extent.get(c.col) is not None and not c.merged_above for c in filled) and all(
            len(c.text.split()) <= 5 and any(r.field and r.score >= DECENT for r in read_heading(c.text))
            for c in filled if extent.get(c.col) is None and not c.merged_above)
        for c in filled:
            column = head.column_for(c.col)
            if c.merged_above and column is not None and column.span == c.colspan:
                continue  # the heading above, merged down over this row
            group = extent.get(c.col)
            if group is None and (labels_row or grouped) and column is not None and column.col == c.col \
                    and column.span == c.colspan:
                group = column  # a label of its own under a heading of one column ('Intent' / 'School focus …:')
            if group is None or len(c.text) > 40 and not labels_row:
                return None
            groups.setdefault(group.col, []).append(c)
        if not groups:
            return None
        covered = {i for subs in groups.values() for c in subs for i in range(c.col, c.col + c.colspan)}
        columns: list[Column] = []
        for column in head.columns:
            subs = groups.get(column.col)
            if not subs:
                if not covered & set(range(column.col, column.col + column.span)):
                    columns.append(replace(column))
                continue
            first = min(c.col for c in subs)
            if first > column.col and self.filled_below(column.col, first, row):
                # the group's first columns have no sub-heading of their own ('Process' over an empty
                # cell, then 'Lead | Timescale'): the group heading heads them, as if merged down; a
                # first grid column of bare numbers beside them is the rows' references, unheaded
                start = column.col
                if self.refs_only_below(start, row) and first - start > 1:
                    columns.append(Column(start, 1, "", ""))
                    start += 1
                columns.append(Column(start, first - start, column.field, column.label, column.value,
                                      column.score, column.basis))
            labels = [squash(c.text) for c in subs]
            for c, label in zip(subs, labels, strict=True):
                read = read_under_group(column.label, label, labels)
                if read.field == "rating":  # a RAG column under a group is labelled by its own heading
                    columns.append(Column(c.col, c.colspan, "rating", label, read.value, read.score, "heading",
                                          group=column.label))
                    continue
                columns.append(Column(c.col, c.colspan, read.field, f"{column.label} {label}", read.value,
                                      read.score, "heading" if read.field else "other"))
        columns.sort(key=lambda c: c.col)
        # a heading of its own that lost its field to a group heading ('Comments' to 'Progress',
        # read first as the progress) takes it back when no column of the headings read in two
        # rows holds it (the group's columns hold other fields: 'Progress' over 'Status | RAG')
        held = {c.field for c in columns if c.field}
        for k, own in enumerate(columns):
            if own.field or not own.label or covered & set(range(own.col, own.col + own.span)):
                continue
            alone = next(iter(read_heading(own.label)), None)
            if alone is not None and alone.field and alone.score >= DECENT and alone.field not in held:
                columns[k] = replace(own, field=alone.field, value=alone.value, score=alone.score, basis="heading")
                held.add(alone.field)
        return Header(one_field_each(columns), confidence=head.confidence)

    def _below(self, row: Row) -> list[list[Cell]]:
        """The filled cells of the rows under the row."""
        k = next((j for j, r in enumerate(self._rows) if r is row), len(self._rows))
        return self._filled[k + 1:]

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
        if not title or len(title.split()) > 24 or title.endswith("."):
            return False
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

    def track_review(self, p: Paragraph, running: float) -> None:
        """Follow the sections that review a past period: a heading that says so ('Part B: Review of
        outcomes in the previous academic year') opens one; a heading at least as prominent that
        does not closes it (by type size where both have one, else by rank, else a new part of the
        document)."""
        if self._plain is None:  # plain text sets nothing apart: a short line may be a heading
            self._plain = not any(isinstance(b, Paragraph) and (b.heading or b.bold or b.size)
                                  for b in self.raw.blocks)
        styled = looks_like_heading(p, running) or p.bold or self._plain and not p.text.rstrip().endswith(".")
        if not styled or len(p.text.split()) > 16:
            return
        if review_heading(p.text):
            self.review_section = p
            return
        open_ = self.review_section
        if open_ is None:
            return
        if self._plain:
            words = fold(p.text).split()
            closes = bool(words) and words[0] in _DOCUMENT_PARTS and len(words) <= 12
        elif open_.size and p.size:
            closes = p.size >= open_.size - 0.25
        elif open_.rank and p.rank:
            closes = p.rank <= open_.rank
        else:
            closes = starts_document_part(p, running)
        if closes:
            self.review_section = None

    def refs_only_below(self, col: int, row: Row) -> bool:
        """Do the cells under the row that start at grid column col hold references only ('1', '2')?"""
        texts = [c.text for cells in self._below(row) for c in cells if c.col == col and c.text.strip()]
        return bool(texts) and all(_BARE_REF.fullmatch(squash(t).rstrip(".")) for t in texts)

    def filled_below(self, start: int, end: int, row: Row) -> bool:
        """Do the rows under the row hold text (not references) in grid columns start..end-1?"""
        return any(start <= c.col < end for cells in self._below(row) for c in cells
                   if c.text.strip() and not looks_like_ref(c.text))

    def right_under_headings(self, row: Row, table: Table) -> bool:
        """Is the row the first one with text under the last heading row of this table (a text
        conversion may leave blank lines between them)?"""
        if self.header_row[0] != table.index:
            return False
        k = next((j for j, r in enumerate(self._rows) if r is row), -1)
        before = next((j for j in range(k - 1, -1, -1) if self._filled[j]), -1)
        return before >= 0 and self._rows[before].line == self.header_row[1]

    def wrapped_header(self, filled: list[Cell], row: Row, table: Table) -> Header | None:
        """The rest of a heading row that a conversion put on a row of its own ('Responsible' over
        'Officer', 'RAG' over '04/16', 'Priority' over '3'): short words under labelled headings,
        nothing under the column that holds the actions, and headings that read better joined."""
        head = self.header
        if head is None or not filled or not self.right_under_headings(row, table):
            return None
        key = self.key_field()
        joined: dict[int, str] = {}
        for c in filled:
            column = head.column_for(c.col)
            if column is None or not column.label or column.field == key or len(c.text.split()) > 2 \
                    or len(c.text) > 20 or c.col in joined:
                return None
            joined[column.col] = f"{column.label} {squash(c.text)}"
        new = read_header([(c.col, c.span, joined.get(c.col, c.label)) for c in head.columns])
        if new is None:
            return None
        old = {c.col: (c.field, c.value) for c in head.columns}
        better = [c for c in new.columns if c.col in joined and (c.field, c.value) != old.get(c.col)
                  and (c.field == "rating" or c.value or not old[c.col][0])]
        lost = [c for c in new.columns if c.col in joined and old[c.col][0] and not c.field]
        return new if better and not lost else None

    def set_header(self, header: Header, table: Table) -> None:
        if self.raw.format in UNPAGED_FORMATS:
            # a sheet's milestones column with nothing else saying what is done (a Gantt chart's
            # list): its milestones are the actions; in a document, the steps of a heading's action
            milestones_alone_are_actions(header)
        joined = ratings_of_joined_group(header)
        if joined:
            header.forget_columns()
            self.warnings.append(f"table {table.index}: '{joined[0].label}' and the period headings after it "
                                 f"read as {len(joined)} ratings (a group heading over its periods, on one row)")
        # an empty heading over the first column holds the area reference ('A', 'В', '1')
        if self.header is not None:
            inherit_unlabelled(self.header, header)
        milestones_only(header)
        first = header.columns[0] if header.columns else None
        if first is not None and not first.label and not first.field and "area_ref" not in header.fields():
            first.field = "area_ref"
            first.value = "?"  # provisional: only short reference-like values are taken as refs
        if self.header_table != table.index:
            self.stack_before = self.header  # the headings in use before this table's own
        before = self.stack_before
        if before is not None and before is not self.header and same_labels(before, header):
            # a stack of heading rows printed again over the table's next page ('Leads' over
            # 'Lead | Responsible'): its last row completes the headings in use before the table
            self.after_break, header = True, before
        elif self.header is not None and same_labels(self.header, header):
            # the very same heading row printed again (a page or slide that goes on): keep what the
            # cells under it showed the first time (a table of one row shows too little to decide)
            self.after_break, header = True, self.header
        elif self.header is not None and same_layout(self.header, header):
            self.after_break = True  # a heading repeated after a page break
            if header.columns == self.header.columns:
                header = self.header  # the very same headings: keep what was worked out from them
        else:
            self.after_break = False
        if header is not self.header:
            self.settle_by_content(header, table)
            self.read_period_block(header, table)
        self.header = header
        self.header_table = table.index
        self.kpi = None
        for c in header.columns:
            if c.field == "area_ref" and c.value and c.value != "?":
                self.context["area_ref"] = area_ref_of(c.value)

    def read_period_block(self, header: Header, table: Table) -> None:
        """What a block of period columns holds over the whole table (periods.block_kind): marks or
        one fill colour are a timeline, RAG words or colours ratings, sentences updates."""
        cols = {i for c in header.columns if c.field == PERIOD_FIELD for i in range(c.col, c.col + c.span)}
        if not cols:
            return
        cells = [(c.text, c.fill) for row in table.rows for c in row.cells
                 if c.col in cols and not c.merged_above and read_period(c.text) is None]
        header.period_kind = block_kind(cells) or "timeline"
        labels = [c.label for c in header.columns if c.field == PERIOD_FIELD]
        terms = any((read := read_period(label)) is not None and read.kind == "term" for label in labels)
        # the year the periods count from: printed in the headings, else the lines over the table
        opening = [b.text for b in self.raw.blocks[:12] if isinstance(b, Paragraph)]
        opening += [c.text for b in self.raw.blocks[:3] if isinstance(b, Table) for r in b.rows[:3] for c in r.cells]
        self.period_basis = year_basis([*labels, *opening], terms)
        self.warnings.append(f"table {table.index}: '{labels[0]}' … '{labels[-1]}' read as a "
                             f"{'progress grid' if header.period_kind != 'timeline' else 'timeline'} "
                             f"({header.period_kind} by period)")

    def rows_under_same_headings(self, header: Header, table: Table) -> list[list[tuple[int, str, str | None]]]:
        """The data rows of the document's later tables whose first row prints the very same
        headings as `header` (each table's own heading row left out)."""
        labels = {c.col: fold(c.label) for c in header.columns if c.label.strip()}
        if len(labels) < 2:
            return []
        out: list[list[tuple[int, str, str | None]]] = []
        for block in self.raw.blocks:
            if not isinstance(block, Table) or block.index <= table.index or not block.rows:
                continue
            if {c.col: fold(c.text) for c in block.rows[0].cells if c.text.strip()} == labels:
                out += [[(c.col, c.text, c.fill) for c in row.cells if not c.merged_above] for row in block.rows[1:]]
        return out

    def settle_by_content(self, header: Header, table: Table) -> None:
        """Check a heading row's reading against the cells below it: a column its heading left
        unnamed is named from its content (a column of dates is when things are due), and a
        text field over bare codes is not that field. Each change is a warning."""
        if header.read_by == "cells":
            def said(basis: str) -> str:
                return ", ".join(f"'{c.label}' as {c.field}" for c in header.columns if c.field and c.basis == basis)
            inferred, named = said("content"), said("heading")
            self.warnings.append(f"table {table.index}: no reading of its headings makes a plan; read by what the "
                                 f"columns hold: {inferred}" + (f" (by heading: {named})" if named else ""))
        for column in header.columns:
            if header.read_by == "cells":
                break
            if column.field == "action" and column.basis == "content" and not column.label:
                self.warnings.append(f"table {table.index}: column {column.col + 1} has no heading; its sentences "
                                     f"beside headed who/when columns read as the actions")
            elif column.field == "action" and column.basis == "content" and \
                    classify(column.label)[0] == "area_ref":
                self.warnings.append(f"table {table.index}: '{column.label}' reads as a reference but its cells "
                                     f"name what each row does (phrases, not codes): read as the actions")
            elif column.field == "action" and column.basis == "content":
                weight, why = action_candidacy(column.label)
                self.warnings.append(f"table {table.index}: no heading names what is to be done; '{column.label}' "
                                     f"read as the actions by its cells (text beside headed who/when columns; "
                                     f"heading {why}, weight {weight:.1f})")
        start = next((i for i, h in enumerate(self._headings) if h is header), -1)
        every = [[(c.col, c.text, c.fill) for c in cells if not c.merged_above]
                 for cells in self._cells[start + 1:start + 41]]
        if len(every) < EVIDENCE_ROWS:
            # a small table under headings the next tables print again (a section's three actions,
            # then the next section's under 'Action | Lead agency | By'): their rows are evidence too,
            # as the reading of these headings is kept for them (set_header)
            every += self.rows_under_same_headings(header, table)[:40 - len(every)]
        rows = [r for r in every if sum(1 for _, t, _ in r if t.strip()) >= 2]  # not banners
        changed = len(every) >= 2 and self.move_to_unlabelled(header, columns_of(every), table)
        if len(rows) < 2:
            if changed:
                header.forget_columns()
            return
        profiles = columns_of(rows)
        taken = set(header.fields())
        ends = _end_of_date_pair(header, profiles, rows)
        demoted: list[tuple[str, Column]] = []  # fields whose column's cells said otherwise
        changed = self.who_acts(header, profiles, table) or changed
        changed = self.choose_action(header, profiles, rows, table) or changed
        changed = self.milestone_dates(header, rows, table) or changed
        changed = self.area_of_the_whole(header, every, rows, table) or changed
        changed = self.two_fields_in_one_heading(header, profiles, table) or changed
        # after choose_action: a 'RAG status' column of status words shaded in RAG colours is the
        # status, and its shading the RAG
        self.rag_by_colour(header, every, table)
        for column in header.columns:
            p = profiles.get(column.col) if column.span == 1 else spanned_profile(column, rows)
            if p is None:
                continue
            name = f"'{column.label}'" if column.label else f"column {column.col + 1}"
            if column.field and column.basis == "heading" and contradicts(column.field, p):
                self.warnings.append(f"table {table.index}: {name} holds {p.describe()}, not {column.field}: "
                                     f"kept aside")
                demoted.append((column.field, column))
                column.field, column.basis, changed = "", "content", True
            elif self.titles_of_groups(header, column, [t for r in rows for c, t, _ in r if c == column.col],
                                       len(rows), taken):
                self.warnings.append(f"table {table.index}: {name if column.label else f'column {column.col + 1}'} "
                                     f"{'names no field' if column.label else 'has no heading'} and holds "
                                     f"short titles each over a group of rows ({p.cells} over {len(rows)} rows): "
                                     f"read as the area")
                column.field, column.value, column.basis, changed = "area", "", "content", True
                taken.add("area")
            elif column.field == "outcome" and column.score < 100 and "measure" not in taken and \
                    quantities([t for r in rows for c, t, _ in r if c == column.col]):
                # (a heading that names the outcome by its own name, 'Outcome', keeps it)
                self.warnings.append(f"table {table.index}: {name} holds short quantities (a figure in most "
                                     f"cells) and no column is the measure: read as the measure")
                column.field, column.value, column.basis, changed = "measure", "", "content", True
                taken.add("measure")
            elif not column.field and column.basis == "unread" or \
                    (column.field == "area_ref" and column.value == "?" and p.ref < 0.3):
                found, surety = field_by_content(p)
                # names are ambiguous under a heading that reads as something else ('Reporting
                # mechanism' over 'Progress Reporting Tool'); dates, RAG codes and statuses are not
                named_by_content = ("due", "rag", "status") if column.label else ("due", "lead", "rag", "status")
                if found == "due" and ends is not None and column.col != ends:
                    self.warnings.append(f"table {table.index}: {name} holds dates earlier than those of "
                                         f"column {ends + 1} on the same rows: the start, kept aside")
                    continue
                if found in named_by_content and found not in taken and surety >= 0.7:
                    self.warnings.append(f"table {table.index}: {name} read as {found} by its content "
                                         f"({p.describe()})")
                    column.field, column.value, column.basis, changed = found, "", "content", True
                    taken.add(found)
        for name, column in demoted:
            changed = self.second_heading_takes(header, name, column, profiles, table) or changed
        if changed:
            header.forget_columns()

    def second_heading_takes(self, header: Header, name: str, demoted: Column, profiles: dict[int, ColumnProfile],
                             table: Table) -> bool:
        """A field whose column held something else ('Evidence' over links, read as the measure) goes
        to the other heading that named it surely ('Measure of success'), when its cells agree."""
        if name in header.fields():
            return False
        best: tuple[float, Column] | None = None
        for column in header.columns:
            if column is demoted or column.field or not column.label or column.span != 1:
                continue
            read = next(iter(read_heading(column.label)), None)
            p = profiles.get(column.col)
            if read is None or read.field != name or read.score < DECENT or p is None or contradicts(name, p):
                continue
            if best is None or read.score > best[0]:
                best = (read.score, column)
        if best is None:
            return False
        column = best[1]
        self.warnings.append(f"table {table.index}: '{column.label}' read as {name} (the column first read so "
                             f"held something else)")
        column.field, column.score, column.basis = name, best[0], "heading"
        return True

    def area_of_the_whole(self, header: Header, every: list[list[tuple[int, str, str | None]]],
                          rows: list[list[tuple[int, str, str | None]]], table: Table) -> bool:
        """A column read as the area that holds one value on every row ('Directorate: Children's
        Services') names what the whole plan belongs to; where theme rows of one cell head the groups
        of rows, those are the areas, and the column is kept aside (with its heading)."""
        changed = False
        start = next((i for i, h in enumerate(self._headings) if h is header), -1)
        labels = [c.text for c in self._cells[start]] if start >= 0 else [c.label for c in header.columns]
        for column in header.columns:
            if column.field != "area" or column.span != 1:
                continue
            values = [t for r in rows for c, t, _ in r if c == column.col and t.strip()]
            themes = [r for r in every if sum(1 for _, t, _ in r if t.strip()) == 1
                      and not any(c == column.col and t.strip() for c, t, _ in r)]
            if len(values) >= 3 and len({fold(v) for v in values}) == 1 and len(values) >= 0.8 * len(rows) \
                    and len(themes) >= 2:
                self.warnings.append(f"table {table.index}: '{column.label}' holds {values[0]!r} on every row, "
                                     f"and theme rows head the groups: the theme rows are the areas, the "
                                     f"column is kept aside")
                column.field, column.basis, changed = "", "content", True
            elif self.context["area"] and self.context.get("area_source") in ("heading", "") and values \
                    and all(squash(v).endswith((".", "!", "?")) for v in values):
                # 'You said' cells ('It is hard to get through by phone if you are deaf.') under a
                # heading that names the area ('EO1. Make our services accessible'): sentences, which
                # no area's title is; the heading is the area, the column is kept aside
                self.warnings.append(f"table {table.index}: '{column.label}' holds sentences, and the heading "
                                     f"{self.context['area']!r} names the area: the column is kept aside")
                column.field, column.basis, changed = "", "content", True
            elif len(themes) >= 2 and groups_within_themes(every, column.col):
                self.warnings.append(f"table {table.index}: '{column.label}' starts a group of rows anew under "
                                     f"each theme row, more groups than themes: the theme rows are the areas, "
                                     f"the column is kept aside")
                column.field, column.basis, changed = "", "content", True
            elif (themes or self.context["area"] and self.context.get("area_source") in ("heading", "theme", "")) \
                    and self.describes_each_row(values, len(rows), labels, column):  # (not a sheet's, a slide's)
                over = "theme rows inside the table" if themes else f"the heading {self.context['area']!r}"
                self.warnings.append(f"table {table.index}: '{column.label}' changes row by row and groups no rows, "
                                     f"and {over} names the area: the column is kept aside")
                column.field, column.basis, changed = "", "content", True
        return changed

    def describes_each_row(self, values: list[str], rows: int, labels: list[str], column: Column) -> bool:
        """Does a column read as the area change row by row (itemlists.changes_row_by_row), judged
        over this table's rows or, when they are few, over every table of the document that prints
        the same heading row (a programme's tables of two or three schemes each)?"""
        if len(values) >= POOL_ROWS:
            return changes_row_by_row(values, rows)
        tables = [b for b in self.raw.blocks if isinstance(b, Table)]
        return runs_change_row_by_row(runs_under_headings(tables, labels, column.col))

    @staticmethod
    def titles_of_groups(header: Header, column: Column, texts: list[str], rows: int, taken: set[str]) -> bool:
        """Is an unlabelled first column the area of the rows it spans: short titles, each printed
        once over its group of rows (columns.names_groups; a line naming the area's lead does not
        count), beside a column of what is done and with no column headed as the area?"""
        first = min(c.col for c in header.columns)
        if column.col != first or column.field not in ("", "area_ref") or \
                column.value not in ("", "?") or "area" in taken or "action" not in taken:
            return False
        titles = [split_area_lead(t)[0] for t in texts]
        if column.label:
            # a heading of its own words ('Our promise to you', 'Pledge') over titles each printed once
            # over its rows: the grouping, when the heading names no other field (trackers.py)
            # (or titles numbered under a word, 'Regulation 8: …', though most groups hold one row)
            return column.field == "" and heading_names_no_field(column.label) and \
                (groups_rows(profile(titles), rows) or numbered_group_titles(titles, rows)
                 and names_groups(profile(titles), rows))
        return names_groups(profile(titles), rows)

    def milestone_dates(self, header: Header, rows: list[list[tuple[int, str, str | None]]], table: Table) -> bool:
        """A column headed as a date ('Milestone date', 'By when') beside the milestones, that lost the
        due date to another ('Completion date') but gives each milestone its own date, a line each,
        where the other gives one per row: it is the dates the milestones pair with (and the action
        takes their latest); the other is kept aside. True when the headings changed."""
        steps = next((c for c in header.columns if c.field == "milestones"), None)
        due = next((c for c in header.columns if c.field == "due"), None)
        if steps is None or due is None:
            return False
        rivals = [c for c in header.columns if not c.field and c.label and
                  any(r.field == "due" and r.score >= DECENT for r in read_heading(c.label))]
        for rival in rivals:
            paired = single = listed = 0
            for row in rows:
                cells = {col: text for col, text, _ in row}
                count = len(milestone_items(cells.get(steps.col, "")))
                if count < 2:
                    continue
                listed += 1
                paired += len(find_dates(cells.get(rival.col, ""))) == count
                single += len(find_dates(cells.get(due.col, ""))) <= 1
            if listed >= 2 and paired >= 0.6 * listed and single >= 0.6 * listed:
                rival.field, rival.value, rival.basis = "due", "", "content"
                due.field, due.basis = "", "content"
                self.warnings.append(f"table {table.index}: '{rival.label}' gives each milestone its date ({paired} "
                                     f"of {listed} rows); '{due.label}' one date per row: kept aside")
                return True
        return False

    def choose_action(self, header: Header, profiles: dict[int, ColumnProfile],
                      rows: list[list[tuple[int, str, str | None]]], table: Table) -> bool:
        """Several columns headed as what is done: the cells decide which is the action, and
        whether an action printed once over rows is their parent (normalise/choose.py). True
        when the headings changed; the reason and its confidence go to the warnings."""
        texts: dict[int, set[str]] = {}
        for row in rows:
            for col, text, _ in row:
                if text.strip():
                    texts.setdefault(col, set()).add(fold(text))
        distinct = {col: len(seen) for col, seen in texts.items()}
        by_col: dict[int, list[str]] = {}
        for row in rows:
            for col, text, _ in row:
                by_col.setdefault(col, []).append(text)
        lists = {col: list_share(cells) for col, cells in by_col.items()}
        choices = [parent_and_steps(header.columns, profiles, len(rows), distinct) or
                   steps_beside_action(header.columns, lists) or better_action_column(header.columns, profiles)
                   or action_not_labels(header.columns, profiles, len(rows)),
                   status_not_rag(header.columns, profiles) or status_not_progress(header.columns, profiles)
                   or status_by_share(header.columns, by_col) or status_and_progress_swapped(header.columns, profiles),
                   rag_not_progress(header.columns, profiles) or rag_not_status(header.columns, profiles),
                   tier_above(header.columns, profiles, by_col, len(rows))
                   or grouped_by_labels(header.columns, profiles, len(rows))]
        if choices[0] is None:
            # several columns of prose (finding, recommendation, response, action): the action is the
            # one that commits to what will be done; the warning says which and why
            among, note = action_among_prose(header.columns, profiles, by_col)
            choices[0] = among
            if note:
                self.warnings.append(f"table {table.index}: {note}")
        for choice in choices:
            if choice is None:
                continue
            for col, name in choice.fields.items():
                column = header.column_for(col)
                if column is not None:
                    column.field, column.value, column.basis = name, "", "content"
            self.warnings.append(f"table {table.index}: {choice.why} (confidence {choice.confidence:.2f})")
        return any(choices)

    def who_acts(self, header: Header, profiles: dict[int, ColumnProfile], table: Table) -> bool:
        """Minutes set out as a table ('Item | Notes | Action'): the action column marks who acts on
        each item ('Clerk', 'Kay Dicken', 'None') beside the notes of the discussion. Its cells
        are no actions: the column is kept aside (an action log lists the actions). True when
        the headings changed."""
        column = next((c for c in header.columns if c.field == "action"), None)
        p = profiles.get(column.col) if column is not None else None
        if column is None or p is None:
            return False
        # the column of notes beside it (a discussion, the minutes): the widest other column
        notes_col = max((col for col in profiles if col != column.col), key=lambda col: profiles[col].words,
                        default=None)
        notes = header.column_for(notes_col) if notes_col is not None else None
        widest = profiles[notes_col].words if notes_col is not None and notes is not None \
            and notes.field == "progress" else 0.0
        if not marks_who_acts(p, widest):
            return False
        name = f"'{column.label}'" if column.label else f"column {column.col + 1}"
        self.warnings.append(f"table {table.index}: {name} holds who acts ({p.describe()}) beside long notes: "
                             f"minutes, not actions; kept aside")
        column.field, column.basis = "", "content"
        return True

    def recheck_carried_headings(self, table: Table) -> None:
        """A table going on under the headings of one before it (a page broke it and no heading
        row was repeated): its rows are evidence about those headings too."""
        header = self.header
        if header is None or self.header_table == table.index or \
                any(self.headings_of(j) is not None for j in range(min(len(self._cells), 6))):
            return
        rows = [[(c.col, c.text, c.fill) for c in cells if not c.merged_above] for cells in self._cells]
        rows = [r for r in rows if sum(1 for _, t, _ in r if t.strip()) >= 2]
        if len(rows) < 2:
            return
        profiles = columns_of(rows)
        if all(_ends_in_colon(r[0][1]) for r in rows):
            # 'Head Teacher: | Heather Poustie / Date: | 26/7/22': labels and their values (a sign-off
            # box), not rows of the table before
            self.warnings.append(f"table {table.index}: not read under the headings of table {self.header_table} "
                                 f"(its rows are labels ending in ':' and their values)")
            self.header = None
            return
        if self.figure_box(header, profiles):
            # 'Total number of pupils on role | 270', 'Pastoral support | £5000': a box of labelled
            # figures after the plan table, narrower than its headings, not more of its rows
            self.warnings.append(f"table {table.index}: not read under the headings of table {self.header_table} "
                                 f"(a narrower table of labels and figures)")
            self.header = None
            return
        if self.narrative_box(header, profiles):
            # 'Issue / Category | From January 2011' over 'Frequency | Data will be uploaded each
            # month.': a narrower table of labels and prose (a paper appended to the log), not more
            # of its rows
            self.warnings.append(f"table {table.index}: not read under the headings of table {self.header_table} "
                                 f"(a narrower table whose column under the actions' heading instructs nothing)")
            self.header = None
            return
        misfit = next((c for c in header.columns if c.field in ("lead", "due") and
                       (p := profiles.get(c.col)) is not None and holds_prose(p)), None) or \
            next((c for c in header.columns if c.field == "area_ref" and c.label and c.value != "?" and
                  (p := profiles.get(c.col)) is not None and names_not_refs(p)), None)
        if misfit is not None:
            # the headings of the table before do not go on here: a table of another kind (the
            # minutes under an action log), whose rows stay aside
            self.warnings.append(f"table {table.index}: not read under the headings of table {self.header_table} "
                                 f"('{misfit.label or misfit.field}' would hold {profiles[misfit.col].describe()})")
            self.header = None
            return
        if self.who_acts(header, profiles, table):
            header.forget_columns()

    def reprints_headings(self, filled: list[Cell]) -> bool:
        """Is a row the headings printed again, with some columns' headings replaced by what to
        enter there ('Area | Actions and Milestones … | Target Completion Date | Choose: Not
        Started, In Progress, Complete, Deferred | Describe in detail …')? A template's second
        heading row, or headings merged down over two rows: two cells at least, and half of the
        row's cells, read exactly as the headings over them. A data row never repeats its headings."""
        assert self.header is not None
        by_col = self.header.by_col()
        # a Gantt chart's scale printed again beside them (day numbers, dates) is the chart's, not headings
        filled = [c for c in filled if (column := by_col.get(c.col)) is None or column.basis != "chart"]
        same = sum(1 for c in filled if (column := by_col.get(c.col)) is not None and len(column.label) >= 3
                   and fold(squash(c.text)) == fold(column.label))
        return same >= 2 and 2 * same >= len(filled)

    def placed_by_sentence_flow(self, cells: list[Cell], table: Table) -> list[Cell]:
        """The cells of a table that goes on under the last table's headings with fewer grid
        columns, moved under the headings whose text they go on with.

        A page break can leave only the overflow of a row's long cells on the next page ('…
        identified at risk of' / 'underachievement have access to services …'), and a PDF reader
        grids that fragment by what is drawn there: two columns, the empty ones before them gone.
        Read from the left, the overflow of 'Objective' would land under 'Item'. The evidence of
        where it belongs is the sentence it finishes: the last action's text under a heading ends
        mid-sentence and the fragment's cell opens in lower case. The shift that makes most cells
        so is kept for every row of the table; none when no shift makes any."""
        header, prev = self.header, self.drafts[-1] if self.drafts else None
        if header is None or self.header_table == table.index:
            return cells
        if table.index not in self._flow_shift:
            width = max((r.width() for r in table.rows), default=0)
            spare = header.width() - width
            shift = 0
            if spare > 0 and prev is not None:
                by_col = header.by_col()

                def finished(move: int) -> int:
                    n = 0
                    for c in cells:
                        column = by_col.get(c.col + move)
                        if not c.text.strip() or column is None or not column.field or not starts_lower(c.text):
                            continue
                        n += sentence_left_open(prev.text(column.field))
                    return n

                best = max(range(spare + 1), key=lambda move: (finished(move), -move))
                if best and finished(best) > finished(0):
                    shift = best
                    self.warnings.append(f"table {table.index}: its {width} columns go on from the last "
                                         f"{width} headings of table {self.header_table} (the sentences they finish)")
            self._flow_shift[table.index] = shift
        shift = self._flow_shift[table.index]
        return [replace(c, col=c.col + shift) for c in cells] if shift else cells

    def narrative_box(self, header: Header, profiles: dict[int, ColumnProfile]) -> bool:
        """Is the current table, carried under the headings of a table before, narrower than them
        with no instruction in the column they call the actions (the threshold plan_columns sets
        for a narrative table)? A plan's own rows going on over a page break instruct. Only where
        tables are their author's (a layout's table may narrow where a page breaks it)."""
        if self.raw.format not in AUTHORED_TABLE_FORMATS:
            return False
        width = max((c.col + c.colspan for cells in self._cells for c in cells), default=0)
        action = next((c for c in header.columns if c.field == "action"), None)
        if action is None or width >= header.width():
            return False
        texts = [p for col, p in profiles.items() if action.col <= col < action.col + action.span]
        return bool(texts) and all(p.action < 0.3 for p in texts)

    def figure_box(self, header: Header, profiles: dict[int, ColumnProfile]) -> bool:
        """Is the current table, carried under the headings of a table before, a box of labels and
        their figures? Fewer grid columns than those headings and a last column of figures (counts,
        sums of money): a budget summary or a key-facts box. A plan's own rows going on over a page
        break fill its text columns, not a column of bare figures."""
        width = max((c.col + c.colspan for cells in self._cells for c in cells), default=0)
        if not profiles or width >= header.width():
            return False
        last = profiles[max(profiles)]
        return field_by_content(last)[0] == "figure"

    def rag_by_colour(self, header: Header, rows: list[list[tuple[int, str, str | None]]], table: Table) -> None:
        """A RAG shown as the fill of a column that says something else ('Evaluation' shaded green,
        amber or red), when no column is a RAG's: that column's colours rate the actions. Only a
        column whose fills are RAG colours of at least two kinds (a banding or a highlight is one
        colour), or of one kind under a heading that names a RAG ('Milestone RAG status' read as the
        status by its words: a table whose milestones are all on track is all green) or that rates
        by colour in another table of the document (fill_rated_labels), and the only column so filled."""
        if {"rag", "rating"} & set(header.fields()):
            return
        colours: dict[int, set[str]] = {}
        for row in rows:
            if shaded_whole([fill for _, _, fill in row]):
                continue  # a band or a row shaded across: its colour rates no column
            for col, _, fill in row:
                rag = rag_of_colour(fill)
                if rag:
                    colours.setdefault(col, set()).add(rag)
        def names_rag(col: int) -> bool:
            column = header.column_for(col)
            return column is not None and any(r.field == "rag" and r.score >= DECENT
                                              for r in read_heading(column.label))
        def rated_elsewhere(col: int) -> bool:
            column = header.column_for(col)
            return column is not None and bool(column.label) and fold(column.label) in self.rated_labels
        rated = [col for col, kinds in colours.items() if len(kinds) >= 2 or names_rag(col) or rated_elsewhere(col)]
        if len(rated) != 1 or header.column_for(rated[0]) is None:
            return
        header.rag_fill_col = rated[0]
        column = header.column_for(rated[0])
        name = f"'{column.label}'" if column is not None and column.label else f"column {rated[0] + 1}"
        self.warnings.append(f"table {table.index}: the fills of {name} read as RAG ratings by their colour")

    def two_fields_in_one_heading(self, header: Header, profiles: dict[int, ColumnProfile], table: Table) -> bool:
        """A heading that names two fields ('Owner  Timescale', a word left behind when a column was
        added) took the field of one, so the column headed by that field alone was left unread. When
        the cells say so (the lone heading's column holds that field's values, the two-word one's do
        not, and they fit its other word's field), each column takes the field its cells hold."""
        changed = False
        taken = set(header.fields())
        for column in header.columns:
            if column.basis != "heading" or column.field not in _FITS:
                continue
            twin = next((c for c in header.columns if c is not column and not c.field
                         and classify(c.label)[0] == column.field), None)
            mine, theirs = profiles.get(column.col), profiles.get(twin.col) if twin else None
            if twin is None or mine is None or theirs is None or not _FITS[column.field](theirs) \
                    or _FITS[column.field](mine):
                continue
            other = next((f for f in dict.fromkeys(classify(w)[0] for w in column.label.split())
                          if f in _FITS and f not in taken and _FITS[f](mine)), None)
            if other is None:
                continue
            self.warnings.append(f"table {table.index}: '{column.label}' names {other} and {column.field}; its cells "
                                 f"hold {mine.describe()} and '{twin.label}' holds {theirs.describe()}: read as "
                                 f"{other} and {column.field}")
            twin.field, twin.value, twin.basis = column.field, "", "content"
            column.field, column.value, column.basis = other, "", "content"
            taken.add(other)
            changed = True
        return changed

    def move_to_unlabelled(self, header: Header, profiles: dict[int, ColumnProfile], table: Table) -> bool:
        """A template filled in the wrong column: the text column its heading names ('Action(s)')
        is empty in every row, while an unlabelled column holds sentences. The sentences are
        what the heading promised."""
        empty = [c for c in header.columns if c.field in ("action", "milestones")
                 and all(profiles.get(i) is None for i in range(c.col, c.col + c.span))]
        if not empty:
            return False
        for column in header.columns:
            p = profiles.get(column.col)
            if column.label or p is None or not (p.sentence >= 0.6 or p.action >= 0.5):
                continue
            target = empty[0]
            self.warnings.append(f"table {table.index}: column {column.col + 1} has no heading and holds "
                                 f"{p.describe()}, while '{target.label}' is empty: read as {target.field}")
            column.field, column.value, column.basis = target.field, "", "content"
            target.field, target.basis = "", "content"
            return True
        return False

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
        self.set_area(banner[0], banner[1], m.group(1) if m else lead)
        self.banner_table = table.index  # the rows of one cell after it in this table: its siblings
        return True

    def spanning_banner(self, i: int, filled: list[Cell], row: Row) -> bool:
        """'Recommendation 3: Improve …' (vocab.SPANNING_BANNER_WORDS) or a numbered area's banner
        ('Strategic Objective 1: …', read_banner) alone in a row merged across the table, over the
        table's own heading row: the area of the actions under it."""
        if len(filled) != 1 or 2 * filled[0].colspan < max(row.width(), 2):
            return False
        m = _SPANNING_BANNER.match(squash(fix_lookalikes(filled[0].text)))
        # or a numbered area's banner ('Strategic Objective 1: In Wales to increase …', 'Priority 2 – …')
        banner = (area_ref_of(m.group(1)), m.group(2)) if m else read_banner(squash(filled[0].text))
        if not banner or not banner[0]:
            return False
        if i + 1 >= len(self._filled) or self.headings_of(i + 1) is None:
            return False  # not over a heading row: another kind of row
        self.structure.append(filled[0].text)
        self.set_area(banner[0], banner[1], "")
        return True

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

    def form_row(self, filled: list[Cell], row: Row, table: Table) -> bool:
        """Key-value form rows ('Indicator Title | …', 'Target | 547.0 (June 2014)'); filled: the
        row's cells that hold text."""
        role = form_label_role(filled[0].text) if filled and filled[0].col == 0 else ""
        known = bool(role)
        if not known and not self.in_form_table:
            return False
        if self.header is not None and not self.in_form_table and role != "indicator":
            return False
        rest = [c for c in filled[1:]]
        if known:
            self.in_form_table = True
            self.read_labels([filled[0].text])
            value = clean(rest[0].text) if rest else ""
            if role == "indicator":
                self.form = Indicator(indicator=value, page=row.page, line=row.line, table=table.index)
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
        if self.kpi[0][1] == "when":
            self.kpi_block_row(cells, row, table)
            return
        by_role: dict[str, str] = {}
        latest: tuple[str, str] = ("", "")
        rag_fill = ""
        history: list[IndicatorValue] = []
        for c in cells:
            text = printed(c.text)  # figures as printed, without markup a conversion left
            col = next((k for k in self.kpi if k[0] == c.col), None)
            if col is not None and col[1] == "rag" and c.fill and rag_mark(text):
                rag_fill = c.fill  # a RAG shown only by the cell's colour (blank, or a '●' on it)
                if text:
                    self.keep_aside(text, "RAG mark (its colour rates)", row.page, table.index, row.line, c.col)
                continue
            if not text:
                continue
            if col is not None and kpi_role_fits(col[1], text) != col[1]:
                col = (col[0], "notes", col[2])
            if col is None:
                self.keep_aside(text, "indicator table cell outside the headings", row.page, table.index,
                                row.line, c.col)
                continue
            if col[1] == "indicator":
                text = clean(c.text)  # a name wrapped in a narrow column: its broken words joined again
            if col[1] == "period" and names_a_period(text, col[2]):
                # 'Period' / 'Quarter' over 'Q3 2023/24': the period this row's figures are for
                by_role.setdefault("asof", text)
            elif col[1] == "period":
                latest = (text, col[2])  # the latest period's figure is the value
                history.append(IndicatorValue(period=col[2], value=text, col=c.col))
            elif col[1] in by_role:
                self.keep_aside(text, f"indicator table column '{col[2]}'", row.page, table.index, row.line,
                                c.col, heading=col[2])
            else:
                by_role[col[1]] = text
        name = by_role.get("indicator", "")
        if not name or is_prompt(name) or looks_like_marker(name):
            for c in cells:
                self.keep_aside(c.text, "indicator table row without a name", row.page, table.index, row.line,
                                c.col)
            return
        if set(by_role) == {"indicator"} and not latest[0] and not history and section_label(name):
            self.keep_aside(name, "section row in an indicator table", row.page, table.index, row.line)
            return
        if self.kpi_name_goes_on(by_role, latest[0], rag_fill, row, table):
            return
        value, period = latest
        newest = latest_heading([h.period for h in history]) if len(history) > 1 else None
        if newest is not None and history[newest].period != period:
            # the headings' dates say which period is latest, not their order ('Q2 2023/24 | Q1 2023/24')
            value, period = history[newest].value, history[newest].period
            why = f"table {table.index}: indicators take the figure of '{period}', the latest period the " \
                  "headings name (not the rightmost)"
            if why not in self.warnings:
                self.warnings.append(why)
        if by_role.get("value"):  # a column of the latest figures ('Actual', 'Latest'); periods are history
            value, period = by_role["value"], ""
        if by_role.get("asof") and (by_role.get("value") or not history):
            period = by_role["asof"]  # the row names the period of its figure
        ind = Indicator(indicator=clean(by_role["indicator"]), target=split_figure(by_role.get("target", ""))[0],
                        value=value, period=period, page=row.page, line=row.line, table=table.index,
                        history=history)  # every period's figure: the indicator_values table
        ind.rag_raw = by_role.get("rag", "") or rag_fill
        ind.rag = rag_of(ind.rag_raw) if by_role.get("rag") else rag_of_colour(rag_fill)
        self.indicators.append(ind)
        for role in ("ref", "polarity", "notes"):
            if by_role.get(role):
                self.keep_aside(by_role[role], f"indicator {role}", row.page, table.index, row.line)

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

    def kpi_name_goes_on(self, by_role: dict[str, str], latest: str, fill: str, row: Row, table: Table) -> bool:
        """A row holding only the rest of the indicator name above it, cut by a page break (or a
        row whose name wrapped onto a line of its own): it opens mid-sentence, or it is the first
        row of a new page and shows the same RAG fill as the row it continues."""
        prev = self.indicators[-1] if self.indicators else None
        name = by_role["indicator"]
        # the indicator above: in this table, or the last one of the page before (a table the page
        # broke that was not read as one)
        if prev is None or not (prev.table == table.index or prev.page == row.page - 1) or latest \
                or set(by_role) != {"indicator"}:
            return False
        if not (starts_lower(name) or (row.page != prev.page and fill and fill == prev.rag_raw)):
            return False
        prev.indicator = clean(join_fragments([prev.indicator, name]))
        self.structure.append(name)
        return True

    def kpi_block_row(self, cells: list[Cell], row: Row, table: Table) -> None:
        """A row of a table of indicator blocks: a name on its own starts an indicator; a row of
        figures gives it the period's value, and the latest period with a value is the one kept
        (its target and RAG too)."""
        assert self.kpi is not None
        filled = [c for c in cells if c.text.strip()]
        if len(filled) == 1 and not looks_like_figure(filled[0].text) and not looks_like_when(filled[0].text):
            self.kpi_block = Indicator(indicator=clean(filled[0].text), page=row.page, line=row.line,
                                       table=table.index)
            self.indicators.append(self.kpi_block)
            self.structure.append(filled[0].text)
            return
        ind = self.kpi_block
        if (ind is None or ind.table != table.index) and self.before_table is not None \
                and not looks_like_figure(self.before_table.text):
            # the block's name printed above the table (a page broke the table under it)
            name, self.before_table = self.before_table, None
            if name in self.paragraphs:
                self.paragraphs.remove(name)
            ind = self.kpi_block = Indicator(indicator=clean(name.text), page=name.page, line=name.line,
                                             table=table.index)
            self.indicators.append(ind)
            self.structure.append(name.text)
        roles = {col: (role, label) for col, role, label in self.kpi}
        by_role: dict[str, str] = {}
        rag_fill = ""
        for c in cells:
            role, label = roles.get(c.col, ("", ""))
            text = printed(c.text)
            if role == "rag" and c.fill and not text:
                rag_fill = c.fill
            if not text:
                continue
            role = kpi_role_fits(role, text)
            if ind is None or not role or role in by_role:
                self.keep_aside(text, f"indicator table column '{label}'" if label else "indicator table cell",
                                row.page, table.index, row.line, c.col, heading=label)
                continue
            by_role[role] = text
        if ind is None or not (by_role.get("value") or by_role.get("period")):
            return
        value = by_role.get("value") or by_role.get("period", "")
        when = by_role.get("when", "")
        ind.history.append(IndicatorValue(period=when, value=value, col=0))
        ind.value, ind.period = value, when
        if by_role.get("target"):
            ind.target = split_figure(by_role["target"])[0]
        raw = by_role.get("rag", "") or rag_fill
        ind.rag_raw, ind.rag = raw, (rag_of(raw) if by_role.get("rag") else rag_of_colour(rag_fill))
        for role in ("ref", "polarity", "notes"):
            if by_role.get(role):
                self.keep_aside(by_role[role], f"indicator {role}", row.page, table.index, row.line)

    def data_row(self, cells: list[Cell], filled: list[Cell], row: Row, table: Table) -> None:
        assert self.header is not None
        if sentinel_row([c.text for c in filled]):
            for c in filled:
                self.keep_aside(c.text, "marker row (one word repeated across the table)", row.page, table.index,
                                row.line, c.col)
            return
        if self.reprints_headings(filled):
            for c in filled:
                self.keep_aside(c.text, "the headings printed again (a second heading row)", row.page, table.index,
                                row.line, c.col)
            return
        if labels_only_row([c.text for c in filled]):
            for c in filled:
                self.keep_aside(c.text, "a heading row (labels ending in colons, nothing entered after them)",
                                row.page, table.index, row.line, c.col)
            return
        prompts = [c for c in filled if is_prompt(c.text)]
        if prompts:  # a dropdown left at its prompt: nothing was entered there
            for c in prompts:
                self.keep_aside(c.text, "template prompt (nothing entered)", row.page, table.index, row.line, c.col)
            asked = {id(c) for c in prompts}
            cells = [replace(c, text="") if id(c) in asked else c for c in cells]
            filled = [c for c in filled if id(c) not in asked]
            if not filled:
                return
        if len(filled) == 1:
            # a row of a timeframe alone, in whatever column ('Short term' in the unheaded number
            # column of a transcribed plan, its merged banner cut to its first cell): the heading of
            # the rows below, as a timeframe row across the table is
            tf, rest = split_timeframe(clean(filled[0].text))
            if tf and not rest:
                self.context["timeframe"] = tf
                return
        cells = regrid(cells, self.header)
        cells = self.placed_by_sentence_flow(cells, table)
        cells = realign(cells, self.header, filled)
        per_letter = items_paired_by_number(cells, self.header)
        if per_letter is not None:  # 'a. Notify … b. Notify …' beside 'a. Simon Barnes b. Clerk': an action each
            for item_cells in per_letter:
                self.data_row(item_cells, [c for c in item_cells if c.text.strip()], row, table)
            return
        values: dict[str, list[str]] = {}
        ratings: list[tuple[str, str, str | None]] = []
        periods: list[tuple[str, str, str | None]] = []
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
                                    row.page, table.index, row.line, c.col, heading=label)
                continue
            name = column.field
            if name == "area_ref" and has_text:
                text = printed(text)  # '<p>С</p>' in a text conversion is the reference 'C'
            if name == "area_ref" and has_text and column.value == "?" and not _REF.match(fix_lookalikes(text)):
                self.keep_aside(text, "unlabelled column", row.page, table.index, row.line, c.col)
                continue
            if name == "rating" or (name == PERIOD_FIELD and self.header.period_kind == "ratings"):
                if has_text or c.fill:
                    ratings.append((rating_label(column), text, c.fill))
                continue
            if name == PERIOD_FIELD:
                if has_text or c.fill:
                    periods.append((column.label, text, c.fill))
                if has_text:  # the mark or update as printed, kept whole (periods.apply reads it)
                    self.keep_aside(text, f"period column '{column.label}' ({self.header.period_kind})",
                                    row.page, table.index, row.line, c.col, heading=column.label)
                continue
            if has_text and name == "due" and self.due_and_status(column) and status_alone(text):
                name = "status"  # 'CANCELLED' alone under 'FINISH & STATUS': no date, how it stands
            if c.merged_above:
                merged.add(name)
            if has_text and name == "action":
                text, why = split_rationale(text)
                if why:
                    self.keep_aside(why, "the reason given for the action (a 'Why …?' label in its cell)",
                                    row.page, table.index, row.line, c.col, heading=column.label)
                has_text = bool(text.strip())
                if has_text and not c.merged_above and self.issue_over_action(column):
                    # 'ISSUE / ACTION' over 'Arms Length Body Data update' / '' / 'Olivia Burman to …':
                    # the issue's title is the row's area, the rest its action (normalise/issuecells.py);
                    # a cell of the title alone is the action, under no issue of an earlier row (under
                    # the table's section, when a row of its own names one: section_row)
                    split = title_then_action(text)
                    if split is not None:
                        values.setdefault("area", []).append(split[0])
                        text = split[1]
                    else:
                        self.context["area"] = self.section_area.get(table.index, "")
            if has_text:
                values.setdefault(name, []).append(text)
            if c.fill:
                fills[name] = c.fill
                if c.col == self.header.rag_fill_col and rag_of_colour(c.fill):
                    fills["rag"] = c.fill  # the column's colour rates the action
        if not values and not ratings and not fills and not periods:
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
        if not ratings and not fills and self.section_row(texts, row, table):
            return
        key = self.key_field()
        if totals_label(texts.get(key, "")):
            for c in filled:  # 'Total | £16,940': a sum of the rows above, no action
                self.keep_aside(c.text, "totals row", row.page, table.index, row.line, c.col)
            return
        prev = self.drafts[-1] if self.drafts else None
        starts = bool(texts.get(key, "").strip()) and key not in merged
        # the first row on a new page of the same table, opening mid-sentence, goes on from the last
        new_page = prev is not None and prev.table == table.index and row.page != self.last_page
        # or the first row of a table that goes on under the last table's headings (no heading repeated)
        goes_on = prev is not None and prev.table == self.last_table and table.index != self.last_table \
            and self.header_table != table.index
        # or a row under such a row, both the one row the page break cut (the engine cut it in two
        # where a list item opens in one cell), opening in lower case as the rest of its sentence
        carried = prev is not None and self.carried_into == table.index and prev is self.carried_draft
        if starts and prev is not None and (self.after_break or new_page or goes_on or carried) \
                and not texts.get("area_ref") and \
                ((starts_lower(texts[key]) and (carried or not own_date_or_rag(texts) or date_goes_on(prev, texts)))
                 or (self.after_break and self.sparse_continuation(texts, prev))
                 or (new_page and self.finishes_a_cell(cells, texts, table))):
            starts = False
            if prev.table != table.index:
                self.carried_into, self.carried_draft = table.index, prev
        self.last_page, self.last_table = row.page, table.index
        self._last_cells = (table.index, {c.col: c.text for c in cells if c.text.strip()})
        if texts.get("area_ref") and key not in texts and prev is None:
            starts = True
        if not starts and (prev is None or (prev.table != table.index and self.header_table == table.index
                                            and not self.after_break)):
            # the first row of a plan cannot continue anything, nor the first row under a table's
            # own new headings (not the last table's repeated on a new page) an action of another table
            starts = True
        if not starts and prev is not None and self.raw.format in UNPAGED_FORMATS \
                and self._last_data_line[0] == table.index and row.line > self._last_data_line[1] + 1:
            # a sheet's row after a blank row continues nothing: a cell wraps within its own row
            starts = True
        self._last_data_line = (table.index, row.line)
        self.after_break = False
        if starts and self.run_on_row(texts, ratings, prev, table):
            starts = False
        if starts and self.label_row(texts, ratings, prev, row, table):
            return
        if starts and self.list_item_row(texts, ratings, prev, key, row, table):
            return
        if prev is not None and prev.table == table.index:
            again = self.repeats_action(texts, prev, key) if starts else set()
            if again:  # an export's milestone row: the action's own cells printed again beside it
                starts = False
                merged |= again
            elif not starts and key not in merged and self.printed_once_below(texts):
                merged.add(key)  # the action printed once, blank below: this row is one of its steps
        if starts:
            when, rest = when_title(texts[key]) if texts.get(key) else ("", "")
            if when:  # 'Autumn term / First half' over a list of actions: when they are done
                texts[key] = rest
                self.structure.append(when)
            self.new_draft(texts, ratings, fills, row, table)
            self.drafts[-1].periods.extend(periods)
            self.drafts[-1].period_kind = self.header.period_kind
            self.drafts[-1].period_basis = self.period_basis
            self.drafts[-1].period_labels = [c.label for c in self.header.columns if c.field == PERIOD_FIELD]
            if when:
                self.drafts[-1].context["timeframe"] = when
        elif self.issue_without_action(texts, merged, key):
            # 'Capital Asset Mapping | (no action) | A further update … is attached for information
            # only': a Word cell never runs on into the next row, so an issue named on a row of its
            # own is no more of the issue above; with no action, the row is no action either
            for name, text in texts.items():
                self.keep_aside(text, f"a row naming an issue of its own ('{name}') and no action", row.page,
                                table.index, row.line)
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
            prev.periods.extend(periods)
            if "area" in texts:
                prev.context["area"] = self.context["area"]
            if key in merged:  # a row under the action's merged cell: its own milestone
                # (a date or status cell merged down beside it is the action's, not this milestone's)
                prev.merged_fields |= merged & set(MILESTONE_FIELDS)
                prev.sub_rows.append({k: texts[k] for k in MILESTONE_FIELDS if k in texts and k not in merged})

    def section_row(self, texts: dict[str, str], row: Row, table: Table) -> bool:
        """A row whose one cell, in the action's column, is a short title set apart by blank rows
        above and below ('Outputs', 'General Items' over a panel's actions): a section of the
        table, the area of the rows below it up to the next, never an action. A title, not an
        instruction: a few words, no figure, no full stop, not opening with a verb."""
        if len(texts) != 1 or self.key_field() not in texts:
            return False
        title = squash(texts[self.key_field()])
        words = title.split()
        if not 1 <= len(words) <= SECTION_WORDS or not title[:1].isupper() or title.endswith((".", ":", ";")) \
                or any(ch.isdigit() for ch in title) or opens_with_verb(title):
            return False
        at = next((i for i, r in enumerate(table.rows) if r.line == row.line), None)
        if at is None or at == 0 or at + 1 >= len(table.rows):
            return False
        if any(c.text.strip() for r in (table.rows[at - 1], table.rows[at + 1]) for c in r.cells):
            return False
        self.structure.append(title)
        self.context.update(area_ref="", area=area_title(title), area_lead="", objective="", area_source="theme")
        self.section_area[table.index] = self.context["area"]
        self.warnings.append(f"table {table.index}: '{title}' alone in a row set apart by blank rows: a section "
                             f"of the table, the area of the rows below it")
        return True

    def issue_without_action(self, texts: dict[str, str], merged: set[str], key: str) -> bool:
        """Does a row of a Word table give the area a value of its own and no action, under headings
        with an area column ('Issue | Action | Follow-up')? Such a row continues nothing."""
        assert self.header is not None
        return self.raw.format in AUTHORED_TABLE_FORMATS and bool(texts.get("area", "").strip()) \
            and not texts.get(key, "").strip() and key not in merged and key != "area" \
            and "area" not in merged and "area" in self.header.fields()

    def due_and_status(self, column: Column) -> bool:
        """Is the date's column headed as the status too ('FINISH & STATUS', 'Date / status'), with no
        column of the status's own, so that a cell may give how the action stands and no date?"""
        assert self.header is not None
        return "status" not in self.header.fields() and any(
            r.field == "status" and r.score >= PART_NAMES_STATUS for r in read_heading(column.label))

    def issue_over_action(self, column: Column) -> bool:
        """Is the action's column headed as the issue and the action together ('ISSUE / ACTION'),
        with no column of the area's own, so that a cell may print the issue's title over the action?"""
        assert self.header is not None
        return "area" not in self.header.fields() and names_area_and_action(column.label)

    def run_on_row(self, texts: dict[str, str], ratings: list, prev: Draft | None, table: Table) -> bool:
        """In a table that numbers its actions, a row holding only words that open mid-sentence
        ('so that families get help close to home') and no number of its own is the rest of the
        action above, as a wrapped line is: a new action would carry a number and a capital."""
        if prev is None or prev.table != table.index or ratings or len(texts) != 1 or not prev.text("ref"):
            return False
        text = next(iter(texts.values())).strip()
        return bool(_MID_SENTENCE.match(text)) and not split_numbered(text)

    def label_row(self, texts: dict[str, str], ratings: list, prev: Draft | None, row: Row, table: Table) -> bool:
        """A row holding one labelled line under an action ('Lead officer: J Smith', 'Owner – Head
        of SEND', 'Target date: March 2026', 'Update: …') says more of the action above, as a
        form's line does: its value fills that field of the action, or, when the field already
        holds a lead, date, status or RAG, goes aside with the row's place. Never an action."""
        if prev is None or prev.table != table.index or ratings or len(texts) != 1:
            return False
        labelled = labelled_line(next(iter(texts.values())))
        if labelled is None or labelled[0] in _NAMING_FIELDS or not labelled[1].strip():
            return False
        name, value = labelled
        if name in SCALAR_FIELDS and prev.pieces.get(name):
            self.keep_aside(next(iter(texts.values())), f"label row under an action whose '{name}' is already filled",
                            row.page, table.index, row.line)
        else:
            prev.add(name, value)
        return True

    def list_item_row(self, texts: dict[str, str], ratings: list, prev: Draft | None, key: str, row: Row,
                      table: Table) -> bool:
        """An action whose text opens a list with a colon ('… Services involved in this activity
        include:'), its lead, date or measure beside it, then rows that hold only a few words in the
        action's column ('Green social prescribing network', 'Library Services'): the list's items,
        each printed in a row of its own (a code column such as 'Shared Outcome' may repeat beside
        each). They say what the action covers, with no owner or date of their own: the action's
        items, joined with '; ', not actions. The list ends at a row with more cells or a sentence."""
        if prev is None or prev.table != table.index or ratings or key not in texts:
            return False
        coded = {name: text for name, text in texts.items() if name != key}
        if not all(_CODE_LIST.fullmatch(squash(text)) for text in coded.values()):
            return False
        own = prev.pieces.get(key)
        if not own or not any(prev.pieces.get(k) for k in prev.pieces if k != key):
            return False
        text = " ".join(texts[key].split())
        if not text or len(text.split()) > LIST_ITEM_MAX_WORDS or text.endswith((".", ":", "?", "!")):
            return False
        last = own[-1].rstrip()
        if not (last.endswith(":") or prev.listed):
            return False
        own[-1] = last + (" " if last.endswith(":") else "; ") + text
        prev.listed += 1
        for name, code in coded.items():
            self.keep_aside(code, f"'{name}' codes beside an item of the list in the action above", row.page,
                            table.index, row.line)
        return True

    @staticmethod
    def repeats_action(texts: dict[str, str], prev: Draft, key: str) -> set[str]:
        """A tracker exported one milestone a row ('A01 | Replace the system | Agree the
        specification | Sept 2025 | Complete', then 'A01 | Replace the system | Run the
        procurement | …'): a row that prints the action before it again, word for word, beside a
        milestone of its own is that action's next milestone. The fields it repeats (the action,
        its reference, its lead), or an empty set when the row is an action of its own."""
        own = prev.pieces.get(key, [""])[0]
        if not texts.get("milestones", "").strip() or fold(texts.get(key, "")) != fold(own):
            return set()
        ref = texts.get("area_ref", "")
        if ref and fold(ref) != fold(prev.text("ref")):
            return set()  # the same wording under another reference: another action
        repeated = {name for name, text in texts.items()
                    if name != "milestones" and fold(text) == fold(prev.pieces.get(name, [""])[0])}
        return repeated | {key} | ({"area_ref"} if ref else set())

    @staticmethod
    def printed_once_below(texts: dict[str, str]) -> bool:
        """A row with no action text under an action printed once (a CSV or PDF leaves the cells of
        a merged action blank below its first row) that holds a milestone with its own date or
        status: a step of that action, as a merged cell's rows are. A row holding only more words
        of a milestone goes on from the row above instead."""
        return bool(texts.get("milestones", "").strip()) and bool(texts.get("due") or texts.get("status"))

    def finishes_a_cell(self, cells: list[Cell], texts: dict[str, str], table: Table) -> bool:
        """The first row on a new page of a row that Word let break across the page ('… • Plan
        additional mentorship activities and' | then 'events depending on the impact of the event'):
        a cell of the row opens mid-sentence where the same column of the row before stopped on a
        word that cannot end one, so every cell of the row goes on from that row."""
        last_table, last = self._last_cells
        if last_table != table.index or own_date_or_rag(texts):
            return False
        return any(c.text.strip() and starts_lower(c.text) and sentence_left_open(last.get(c.col, "")) == 2
                   for c in cells)

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
        if name == "action" and self.refs_count_rows(table):
            return False  # '13 | Add the login check' in a list numbered row by row: the 13th action
        if name == "area" and self.header is not None and "action" in self.header.fields():
            return False  # an area column beside an action column: the row is an action's, not an area's
        self.set_area(area_ref_of(ref), title, lead)
        return True

    def new_draft(self, texts: dict[str, str], ratings: list, fills: dict[str, str], row: Row,
                  table: Table) -> None:
        if texts.get("area_ref") and self.refs_kind_prefix(table) and not self.context["area"] \
                and area_ref_of(texts["area_ref"]).isalpha():
            # 'R1', 'R2', 'R3' (or 'IA-21-01', 'IA-21-02') down the whole column, under no area: the
            # letters every row shares say what kind of item each is, and name no area
            note = (f"table {table.index}: the references' shared letters ('{self.refs_kind_prefix(table)}') "
                    "read as the items' kind, naming no area")
            if note not in self.warnings:
                self.warnings.append(note)
        elif texts.get("area_ref") and not item_identifier(texts["area_ref"]):
            ref = self.prefixed_area_number(texts["area_ref"], table) or area_ref_of(texts["area_ref"])
            if self.numbers_the_action(texts, table):
                pass  # the action's own number: the area a row named above holds until the next area row
            elif self.context.get("area_source") == "theme" and self.context["area"]:
                # a theme row in the table names the area of the rows below it, up to the next theme:
                # their references number the actions ('1', '2' …); a sub-reference ('1.1', '1.2')
                # numbers the theme too
                if not self.context["area_ref"] and ref != fix_lookalikes(texts["area_ref"].strip()).strip(" .)"):
                    self.context["area_ref"] = ref
            elif ref != self.context["area_ref"] and not self.context["area_ref"] and self.context["area"] \
                    and self.context.get("area_source") in ("heading", "slide"):
                # the first reference under an unnumbered heading over the table ('Early help' over
                # rows '2.1', '2.2'): the heading names that area, and the reference numbers it
                self.context["area_ref"] = ref
            elif ref != self.context["area_ref"] and self.context["area_ref"] and self.context["area"] \
                    and (item_code(texts["area_ref"]) or self.counts_on(texts["area_ref"], table)):
                # an item's own code ('A1', 'RS102') under a numbered heading or banner, or a number that
                # counts on from the last action's ('4' after '3'): the heading or banner names the area
                pass
            elif ref != self.context["area_ref"]:
                self.context.update(area_ref=ref, area="", area_lead="")
        if texts.get("area") and (says_nothing(texts["area"]) or self.theme_over_column()):
            # 'N/A' in the regulation column, or a value under a heading that names a group less surely
            # than the theme row across the table: the theme stays the area; the cell is kept aside
            self.keep_aside(texts.pop("area"), "a value beside the area a row across the table names",
                            row.page, table.index, row.line, heading=self.area_column_label())
        if texts.get("area"):
            texts["area"] = self.area_and_its_lead(texts["area"])
            tf, area = split_timeframe(clean(texts["area"]))
            if tf:
                self.context["timeframe"] = tf
                texts["area"] = area
            banner = read_banner(texts["area"])
            if banner and banner[0] and banner[1] and (not texts.get("area_ref")
                                                       or banner[0] == self.context["area_ref"]):
                # 'Priority 1 Raise attainment in reading' in the priority column: its number and title
                # (with a ref column too, when the row's ref is in that area: 'Objective 1 - …' by '1.2')
                self.context["area_ref"] = banner[0]
                self.context["area"] = area_title(banner[1])
            elif banner and banner[0] and banner[1] and area_ref_of(texts["area_ref"]) == banner[0]:
                # 'Theme 2: Front door and early help' beside the row's own '2.1': the number the
                # reference column already gives, the theme's title the area
                self.context["area"] = area_title(banner[1])
            elif (m := _NUMBERED_AREA.match(texts["area"])) and not texts.get("area_ref"):
                # '1 Strengthen leadership' in the area column: its number and title, as a banner's
                self.context["area_ref"], self.context["area"] = m.group(1), area_title(m.group(2))
            else:
                self.context["area"] = texts["area"]
        pieces = {name: [text] for name, text in texts.items() if name not in GROUP_FIELDS and text.strip()}
        draft = Draft(pieces=pieces, page=row.page, line=row.line, table=table.index, fills=fills,
                      sub_rows=[{k: texts[k] for k in MILESTONE_FIELDS if k in texts}])
        if texts.get("area_ref"):
            draft.add("ref", texts["area_ref"])  # the action's own reference ('2a', '1.1')
        draft.ratings.extend(ratings)
        draft.context = dict(self.context)
        self.drafts.append(draft)
        self.note_action_source(table.index)

    def theme_over_column(self) -> bool:
        """Does a theme row across this table name the area, over a column whose heading names a group
        less surely ('Reg' over 'Regulation 13 (…)', 'Finding')? Rows across the table are the plan's
        own grouping; such a column describes each row. A heading that is the area's own word
        ('Area', 'Theme', 'Workstream', 'Strand') keeps its column."""
        if self.context.get("area_source") != "theme" or self.theme_header is None or self.header is None:
            return False
        if self.header is not self.theme_header and not same_layout(self.header, self.theme_header):
            return False
        column = next((c for c in self.header.columns if c.field == "area"), None)
        return column is not None and column.basis == "heading" and column.score < AREA_COLUMN_SURE

    def area_column_label(self) -> str:
        column = next((c for c in self.header.columns if c.field == "area"), None) if self.header else None
        return column.label if column else ""

    def counts_on(self, ref: str, table: Table) -> bool:
        """Is a bare number the next after the last action's own number ('4' after '3'), as a plan
        numbers its actions straight through its areas? Not where the column repeats a number down
        successive rows ('1', '1', '2'): there each number is its area's."""
        raw = fix_lookalikes(ref.strip()).strip(" .)")
        last = self.drafts[-1].text("ref").strip(" .)") if self.drafts else ""
        return raw.isdigit() and last.isdigit() and int(raw) == int(last) + 1 and self.header is not None \
            and not self.refs_number_areas(table) and not self.areas_row_by_row(table)

    def areas_row_by_row(self, table: Table) -> bool:
        """Does every numbered row of the table name its own area in the area column, a different
        one on each row ('Rec no. | Recommendation | Cabinet response | Action': a scrutiny
        tracker's one recommendation per row, '1', '2', '3' down the column)? Then the numbers
        count the areas, not actions through them: each row's reference is its area's. A plan
        whose area cell is merged down or left blank under its first row is not such a table.
        Read once per table and heading row."""
        assert self.header is not None
        key = (table.index, id(self.header))
        if key not in self._areas_by_row:
            by_col = self.header.by_col()

            def cell(cells: list[Cell], field: str) -> str:
                return next((squash(c.text) for c in cells if not c.merged_above
                             and (column := by_col.get(c.col)) is not None and column.field == field), "")

            rows = [(cell(cells, "area_ref"), cell(cells, "area")) for cells in self._filled if cells]
            numbered = [(fix_lookalikes(ref).strip(" .)"), area) for ref, area in rows if ref]
            numbered = [(ref, area) for ref, area in numbered if _BARE_REF.fullmatch(ref)]
            areas = [fold(area) for _, area in numbered]
            self._areas_by_row[key] = len(numbered) >= 2 and all(areas) and len(set(areas)) == len(areas)
        return self._areas_by_row[key]

    def numbers_the_action(self, texts: dict[str, str], table: Table) -> bool:
        """Is a bare reference ('2', not '1.2') the action's own number under an area a row of the
        plan named ('Theme 1: Early help' over rows 1, 2, 3, 4 …, or 1, 2 again under each theme)?
        Then it names no area: the area holds until the next area row. It numbers the area only
        when the plan numbers its rows by area: the row names its own area, or the reference
        column repeats a number down successive rows ('1', '1', '2')."""
        raw = fix_lookalikes(texts["area_ref"].strip()).strip(" .)")
        if area_ref_of(raw) != raw or texts.get("area") or not self.context["area"] or \
                self.context.get("area_source") not in ("", "theme"):
            return False
        return not self.refs_number_areas(table)

    def refs_count_rows(self, table: Table) -> bool:
        """Does the table's reference column count its rows one by one ('1', '2', '3' … on row after
        row, MIN_COUNTED_ROWS or more, nearly all of them)? Then each number is a row's own, an
        action's: a plan that numbers its areas leaves rows between them unnumbered ('1 | Theme'
        over its actions, then '2 | Theme')."""
        assert self.header is not None
        key = (table.index, id(self.header))
        if key not in self._rows_counted:
            by_col = self.header.by_col()
            refs: list[int | None] = []
            for cells in self._filled:
                if not cells:
                    continue
                ref = next((fix_lookalikes(squash(c.text)).strip(" .)") for c in cells
                            if (column := by_col.get(c.col)) is not None and column.field == "area_ref"), "")
                refs.append(int(ref) if ref.isdigit() else None)
            numbered = [r for r in refs if r is not None]
            counted = sum(1 for a, b in zip(refs, refs[1:], strict=False) if a is not None and b == a + 1)
            self._rows_counted[key] = len(numbered) >= MIN_COUNTED_ROWS and counted >= 0.8 * (len(numbered) - 1)
        return self._rows_counted[key]

    def refs_kind_prefix(self, table: Table) -> str:
        """The letters every reference in the table's reference column begins with, before a number
        that differs from row to row ('R1', 'R2', 'R3'; 'IA-21-01', 'IA-22-03'), MIN_COUNTED_ROWS or
        more of them: a plan that letters its areas changes the letter from area to area ('A1', 'A2',
        'B1'). Empty when the references do not all share their letters. Read once per table."""
        assert self.header is not None
        key = (table.index, id(self.header))
        if key not in self._kind_prefix:
            by_col = self.header.by_col()
            refs = [fix_lookalikes(squash(c.text)).strip(" .)") for cells in self._filled for c in cells
                    if (column := by_col.get(c.col)) is not None and column.field == "area_ref"
                    and any(ch.isdigit() for ch in c.text)]  # not the heading's own cell
            matches = [_LETTERED_REF.fullmatch(r) for r in refs]
            prefixes = {m.group(1).upper() for m in matches if m}
            numbers = [m.group(2) for m in matches if m]
            shared = len(refs) >= MIN_COUNTED_ROWS and all(matches) and len(prefixes) == 1 \
                and len(set(numbers)) == len(numbers)
            self._kind_prefix[key] = prefixes.pop() if shared else ""
        return self._kind_prefix[key]

    def prefixed_area_number(self, ref: str, table: Table) -> str:
        """The number of a reference whose letters every reference in the table's reference column
        shares, where the column's heading names a group ('PillarID', 'Priority ref': vocab.AREA_WORDS)
        and the column repeats a reference down successive rows ('P1', 'P1', 'P2'): each row carries
        its group's id, the letters say what kind of group it is (as 'Priority 2' does), so the number
        is the area ('P1' → '1', where a lone 'A1' is area A's item 1). Empty for any other reference
        or column. Read once per table."""
        assert self.header is not None
        key = (table.index, id(self.header))
        if key not in self._prefixed_areas:
            by_col = self.header.by_col()
            refs = [fix_lookalikes(squash(c.text)).strip(" .)") for cells in self._filled for c in cells
                    if (column := by_col.get(c.col)) is not None and column.field == "area_ref"
                    and any(ch.isdigit() for ch in c.text)]  # not the heading's own cell
            matches = [_PREFIXED_AREA.fullmatch(r) for r in refs]
            prefixes = {m.group(1).upper() for m in matches if m}
            repeats = any(a.upper() == b.upper() for a, b in zip(refs, refs[1:], strict=False))
            # the heading names a group ('PillarID', 'Priority ref'), not the row's own reference
            # ('Ref', 'ID': 'A1', 'A1', 'A2' there is an item spanning rows, its letter no area's)
            label = " ".join(c.label for c in self.header.columns if c.field == "area_ref")
            heading = " " + fold(_CASE_JOIN.sub(" ", label)) + " "  # 'PillarID' → 'pillar id'
            names_group = any(f" {word} " in heading for word in AREA_WORDS)
            self._prefixed_areas[key] = names_group and len(refs) >= MIN_COUNTED_ROWS and all(matches) \
                and len(prefixes) == 1 and repeats and len({m.group(2) for m in matches if m}) > 1
        if not self._prefixed_areas[key]:
            return ""
        m = _PREFIXED_AREA.fullmatch(fix_lookalikes(squash(ref)).strip(" .)"))
        return str(int(m.group(2))) if m else ""

    def refs_number_areas(self, table: Table) -> bool:
        """Does the table's reference column repeat a bare number down successive rows ('1', '1',
        '2', '2'): each row carries its area's number, not its own. Read once per table and heading."""
        assert self.header is not None
        key = (table.index, id(self.header))
        if key not in self._area_numbered:
            by_col = self.header.by_col()
            refs = [fix_lookalikes(squash(c.text)).strip(" .)") for cells in self._filled for c in cells
                    if (column := by_col.get(c.col)) is not None and column.field == "area_ref"]
            bare = [r for r in refs if _BARE_REF.fullmatch(r)]
            self._area_numbered[key] = any(a == b for a, b in zip(bare, bare[1:], strict=False))
        return self._area_numbered[key]

    def area_and_its_lead(self, text: str) -> str:
        """An area's cell with the label naming its lead ('Lead for this priority: Jo Whitfield')
        taken out into the area's lead."""
        title, lead = split_area_lead(text)
        if lead:
            # a cell that only names the lead goes on from the area above (the title's cell ran over)
            self.context["area_lead"] = lead
            return title or self.context["area"]
        if self.context["area"] and fold(text) != fold(self.context["area"]) \
                and fold(self._area_title_of(text)) != fold(self.context["area"]):
            self.context["area_lead"] = ""  # another area: the lead named for the last one is not its
        return text

    @staticmethod
    def _area_title_of(text: str) -> str:
        """An area cell's title without its number ('1. Working with people' under the banner
        'Priority 1: Working with people - Lead: …' names the banner's area, and keeps its lead)."""
        banner = read_banner(text)
        if banner and banner[1]:
            return area_title(banner[1])
        m = _NUMBERED_AREA.match(text)
        return area_title(m.group(2)) if m else text

    def note_action_source(self, table: int) -> None:
        """Record how the headings in use chose the action column, for the precision guard
        (normalise/guard.py): the heading's score as the action, 0 when the cells chose it; the
        weakest reading, if the table's rows came under several heading rows."""
        if self.header is None:
            return
        self.action_group.setdefault(table, self.header_table)
        column = next((c for c in self.header.columns if c.field == "action"), None)
        if column is None:
            texts = [c for c in self.header.columns if c.field in ("objective", "outcome", "measure", "milestones")]
            source = ActionSource(texts[0].label if texts else "", 0.0)
        else:
            source = ActionSource(column.label, column.score if column.basis == "heading" else 0.0)
        key = self.action_group[table]
        if key not in self.action_sources or source.score < self.action_sources[key].score:
            self.action_sources[key] = source


# an owner noted in brackets after a minute's action: '(Lead: Sarah)', '(owner – JS)'
_BRACKETED_OWNER = re.compile(r"\(\s*(?:lead|owner|who|by whom|responsible)\s*[:\-–]", re.I)


_FORM_GRID_FIELDS = {"action", "ref", "lead", "responsible", "due", "timeframe", "objective", "outcome", "measure",
                     "status", "rag", "progress"}


# words at most in a theme row's title (a service, a priority), printed apart from its table
_MAX_THEME_WORDS = 12
# an area cell that opens with its number, with or without a stop ('1 Strengthen leadership', '2. Early help')
_NUMBERED_AREA = re.compile(r"^\s*(\d{1,2})[.):]?\s+([A-Z][a-z].*)$", re.S)


__all__ = ["Walker", "area_ref_of", "read_banner"]
