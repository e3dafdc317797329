"""What the walker keeps while it reads a document (WalkerState.__init__: the headings in use, the
context of area and timeframe, the drafts, indicators, leftovers and warnings, and the per-table
memories of the readers), and the few methods every reader calls: keep text aside, set the area in
hand or end a horizon, read a row's headings and its key field, read labels, tell a reprinted
heading row; and the hooks the prose reader (normalise/minutes.py) calls back: an action in prose,
a plain paragraph, text kept aside, the last paragraph taken back.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.area_titles import area_title, split_timeframe
from planx.normalise.banners import _SPANNING_BANNER, area_ref_of, banner_outline, outline_item, read_banner
from planx.normalise.bilingual import welsh_label
from planx.normalise.block_headings import minute_heading, numbered_line
from planx.normalise.codes import rag_of_colour, status_words
from planx.normalise.dates import find_dates
from planx.normalise.doccodes import printed_codes
from planx.normalise.draft import Draft
from planx.normalise.guard import ActionSource
from planx.normalise.headers import Header, area_lead_of, beyond_doubt, classify_exact, read_header, split_area_lead
from planx.normalise.heading_rows import key_field_of, same_layout
from planx.normalise.minute_grid import GridLayout
from planx.normalise.minute_marks import GLYPH_MARKS
from planx.normalise.minutes import ProseReader
from planx.normalise.records import Indicator, Leftover
from planx.normalise.reflevels import code_levels, under
from planx.normalise.row_cells import shaded_whole, starts_lower
from planx.normalise.tableforms import form_field, labelled_line
from planx.normalise.text import STRUCK_MARK, clean, fix_lookalikes, fold, join_fragments, squash, words_over
from planx.normalise.tiers import TierState
from planx.normalise.vocab import RATIONALE_LABELS

_LEAD_PREFIX = re.compile(r"^\s*(?:area\s+)?lead(?:\s+officer)?\s*[:\-–]\s*(.+)$", re.I | re.S)

_BARE_REF = re.compile(r"\d{1,3}|[A-Za-z]")  # a reference with no sub-part: '2', 'B', not '2.1'

# rows under a candidate heading row read for a weakly headed column's cells (the first rows below are
# often a sub-heading row and a group row: too few to tell sentences from labels)
EVIDENCE_ROWS = 8

# a reference column counting this many rows one by one numbers the rows (actions), not areas
MIN_COUNTED_ROWS = 5
# formats whose tables no page breaks (a sheet, a web page): a table never goes on under the
# headings of the one before it
UNPAGED_FORMATS = {"xlsx", "xlsm", "xls", "ods", "csv", "html"}

# word-processor files: each table is one its author made, not one found by how text lines up (a
# PDF's or a text rendering's tables break and change width at page breaks)
AUTHORED_TABLE_FORMATS = {"docx", "dotx", "docm", "doc", "odt", "rtf"}

# fields whose value belongs to the rows below it until the next printed value
GROUP_FIELDS = ("area_ref", "area", "area_lead")  # area_lead: a risk register's risk owner column
MILESTONE_FIELDS = ("milestones", "due", "status")

_RATIONALE = re.compile(rf"^\s*(?:{'|'.join(sorted(map(re.escape, RATIONALE_LABELS), key=len, reverse=True))})"
                        r"(?:\s*[?:]|\s*\.?\s*$)", re.I)

# a grouping's number before its title ('1 – Leadership and governance', 'B. Early help', '2: Voice')
_AREA_NUMBER = re.compile(r"^\s*(\d{1,2}|[A-Z])\s*[.:)\-–—]\s*(\S.*)$")


def _reads_as_update(text: str) -> bool:
    """Does a note say how something stands: a status word ('Done', 'In progress'), or a thing and what
    became of it, a past participle after it ('PR submitted, need to close …'; 'Compounded
    dependencies' opens with its participle: a thing's name)?"""
    words = [w.strip(",.;:()").lower() for w in text.split()]
    return bool(status_words(text)) or any(len(w) > 3 and w.endswith("ed") for w in words[1:4])



_BANNER_TITLE_WORDS = 20  # the title under a bare banner ('Priority 1') is at most this long

class WalkerState:
    """The walker's state, the methods every reader calls, and the prose reader's hooks."""

    def __init__(self, raw: RawDocument):
        self.raw = raw
        self.header: Header | None = None
        self.header_table = 0
        self.period_basis: tuple[int, str] | None = None  # the year a block of period columns counts from
        self._flow_shift: dict[int, int] = {}  # table → columns its cells move right (placed_by_sentence_flow)
        self._cell_labels: set[int] = set()  # tables whose cells' labelled parts were read as fields (cellparts)
        self.section_area: dict[int, str] = {}  # table → the area its last section row named (section_row)
        self._last_cells: tuple[int, dict[int, str]] = (0, {})  # table, col → text of the last data row
        self.after_break = False
        self.stack_before: Header | None = None  # the headings in use before the current table's own
        # each heading row read so far, by its labels and their columns: a row printed again reads as the first time
        self.headings_read: dict[tuple[tuple[int, str], ...], Header] = {}
        self.carried_into = -1  # the table whose first row went on with an action of the table before
        self.carried_draft: Draft | None = None  # that action
        self.kpi: list[tuple[int, str, str]] | None = None  # (col, role, label) of an indicator table
        self.kpi_block: Indicator | None = None  # the indicator whose block of rows is being read
        self.kpi_codes_read: dict[str, str] | None = None  # the document's key, read once (KpiRows.kpi_codes)
        self.kpi_at: tuple[int, int] = (0, -1)  # (table, row index) of the indicator table's heading row
        self.before_table: Paragraph | None = None  # the paragraph right above the table being read
        self.register_table = 0  # the table read as a risk register (its rows are no actions)
        self.treatment_tables: set[int] = set()  # tables read as registers whose treatments are the actions
        self.review_section: Paragraph | None = None  # the heading of a section reviewing a past period
        self.reason_over = False  # the table being read sits under a 'Why …?' label
        # the last action's cell ended in its reason (a 'Why …?' label and what follows it)
        self.reason_open = False
        self._narrow_tables: set[int] = set()  # tables read under wider headings from the right edge
        self.review_rows, self.review_label = 0, ""  # a table whose rows from a review heading on are a review
        self.glossary_rows, self.glossary_label = 0, ""  # a table whose rows from a glossary's heading on explain terms
        self._glossaries: dict[int, str] | None = None  # id(table) → the glossary's heading right over it
        self._taken_rows: set[tuple[int, int]] = set()  # rows already read with a row above them
        self._plain: bool | None = None  # the document sets no line apart by style (plain text)
        self.register_reason = ""  # why: a risk register, a summary of lists
        self._form_labels: set[str] | None = None  # labels of two-column forms recurring table after table
        self._form_tables: set[int] = set()  # the tables judged such forms
        self.form_aside = 0  # a table of such a form's labels and values: kept aside up to a heading row of its own
        self.form: Indicator | None = None
        self.in_form_table = False
        # the last heading names one piece of work ('Commitment 1: Open contracting data') and no table
        # came after it yet; heading_over_table: so for the table being read
        self.work_heading = False
        self.heading_over_table = False
        # the rank of the heading that set the area in hand ('#' → 1), 0 when unknown or none
        self.area_heading_rank = 0
        # the groupings the rows below belong to; 'objective' is a theme row's under an area
        self.recommends = False  # its actions are recommendations a sentence announced (weigh_announced)
        self.list_trusted = False  # the list reading (list_actions) was trusted by evidence beyond wording
        self.context = {"area_ref": "", "area": "", "area_lead": "", "timeframe": "", "objective": "",
                        "area_source": "", "outcome": "", "work_band": ""}
        # the table whose rows across it name their rows' owner (Walker.owner_row; context 'group_lead')
        self.group_lead_table = -1
        # the table whose box printed the outcome in context ('Intended outcome: …' above its headings)
        self.outcome_table = -1
        # (area_ref, area) an area column's cell numbered ('1. Homes people can afford'): the next
        # cell there that names another area with no number of its own has none
        self.column_area: tuple[str, str] | None = None
        # (table, status) a report's group label printed alone over the rows that stand so ('In Progress'
        # under 'Status ↑'): the status of each row below with none of its own, until the next label
        self.group_status: tuple[int, str] = (-1, "")
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
        # the rows of the table being read that are a section's 'label | value' form (walker_row_kinds.
        # form_field_runs), keyed by the table and its rows; the tables warned of
        self._form_runs: tuple[tuple[int, int], set[int]] = ((-1, 0), set())
        self._form_run_tables: set[int] = set()
        self._headings: list[Header | None | bool] = []  # False: not read yet
        self._rows: list[Row] = []
        self._row_index: dict[int, int] = {}  # id(row) -> its index in _rows
        self._area_numbered: dict[tuple[int, int], bool] = {}  # refs_number_areas, per table and heading row
        self._kind_prefix: dict[tuple[int, int], str] = {}  # refs_kind_prefix, per table and heading row
        self._prefixed_areas: dict[tuple[int, int], bool] = {}  # prefixed_area_number, per table and heading row
        self._rows_counted: dict[tuple[int, int], bool] = {}  # refs_count_rows, per table and heading row
        self._ref_codes: dict[tuple[int, int], list] = {}  # ref_codes, per table and heading row
        self._areas_by_row: dict[tuple[int, int], bool] = {}  # areas_row_by_row, per table and heading row
        self._last_data_line = (0, 0)  # (table, line) of the last row read as data
        self._sheet = -1  # the workbook sheet (page) the blocks being read are on
        self._sheet_areas: dict[int, str] = {}  # sheet → its name, read as the area of its rows
        self.table_index = 0  # the table being read
        self.tiers = TierState()  # the tier below the area that titled rows opened (normalise/tiers.py)
        self.theme_banners = -1  # the table whose numbered banners stand within a theme's row (objectives)
        # the last objective printed in a first column headed as the objective, and what else its row
        # filled (walker_new_drafts.objective_heads_rows)
        self.objective_printed = ""
        self.objective_row: set[str] = set()
        self.objective_repeats: set[int] = set()  # tables that print the same objective again row after row
        self.banner_table = -1  # the table whose row of one cell named the area in hand as a numbered banner
        self.form_area_row = (-1, -1)  # (table, row) of a form's label naming the area its banner numbered
        self.horizon_table = -1  # the table whose row across it named a date the rows below are due by
        self._bands: list[str] | None = None  # the texts of the tables' rows of one cell (band_again)
        # (area_ref, labelled in Welsh, drafts read by then) of the last banner heading that named the area
        self.banner_read: tuple[str, bool, int] | None = None
        # a banner numbering an area and saying no more ('Priority 1' alone on its line): (its number, the
        # drafts read and the table reached when it was read), for the title on the line under it
        self.bare_banner: tuple[str, int, int] | None = None
        # (table, folded text) of the last title row over a table's headings: the same title over the next
        # table's repeated headings is the running title of a table that goes on over pages (title_row)
        self.last_title: tuple[int, str] = (-1, "")
        # the heading row of the table whose row across it named the area in hand as a theme ('End of life
        # care' across a CQC plan): a column under a weaker heading does not take that area from its rows
        self.theme_header: Header | None = None
        self.warnings: list[str] = []  # what was read by content rather than by heading, and why
        self.last_page = self.last_table = 0  # the page and table of the last data row read
        self.pending_form: list[tuple[str, str, Paragraph]] = []  # 'Action: …' / 'Lead: …' lines read so far
        # actions written in prose: minutes' 'Action: …' lines, numbered action headings (normalise/minutes.py)
        self.prose = ProseReader(emit=self.prose_action, keep=self.keep_prose, take_last=self.take_last_paragraph,
                                 classify_label=form_field, heading_back=self.prose_heading_back)
        from planx.normalise.kinds import calls_itself_minutes  # kinds imports the readers' modules
        self.prose.minutes = calls_itself_minutes(raw)
        self.last_plain: Paragraph | None = None  # the paragraph read just before, if plain text
        self.minute_drafts: list[Draft] = []  # actions read from 'Action:' labels in minute text
        # … of them, the items of a list under a heading of its own that names actions ('## Follow-up actions')
        self.headed_drafts: set[int] = set()
        self.plain_drafts: list[Draft] = []  # of those, the ones read from plain words ('Gabe will follow up …')
        # the items of lists a sentence announced ('The Council will:'), each with its list's number
        self.announced_drafts: list[tuple[int, Draft]] = []
        # how each table's action column was chosen, and the table whose headings a table's rows
        # came under (normalise/guard.py judges them together)
        self.action_sources: dict[int, ActionSource] = {}
        self.action_group: dict[int, int] = {}
        self.rated_labels = self.fill_rated_labels()
        self.minutes_grid: GridLayout | None = None  # the minutes grid being read (normalise/minute_grid.py)
        # the last row of a margin-minutes table that set no task: (table, its text, where its text
        # starts and ends in the leftovers), for the next page's first row to go on with (read_minutes_grid)
        self.margin_tail: tuple[int, str, int, int] | None = None
        self.minute_item: tuple[str, str] | None = None  # (number, title) of the minute a heading opened
        self.minute_item_para: Paragraph | None = None  # the paragraph that opened it
        self.last_minute = ""  # the number of the last minute whose heading was read ('10.25.05')
        self.minute_rank = 0  # the rank the source gives that minute's heading (0: none given)
        self.numbered_actions = 0  # actions the document numbers through its sections (list_actions)

    def document_codes(self) -> dict[str, str]:
        """The codes the document's own key or legend explains (doccodes.printed_codes), read once: a
        status column's glyph ('▲' where the legend says '▲ Warning (amber)') is the RAG it names, a
        column of the key's marks is the status ('Key: ❌ Not started 🟨 Underway ✅ Completed')."""
        if self.kpi_codes_read is None:
            self.kpi_codes_read = printed_codes(self.raw)
        return self.kpi_codes_read

    def read_labels(self, texts: Iterable[str]) -> None:
        """Text read as the names of fields (headings, form labels): structure, not content."""
        texts = list(texts)
        self.structure += texts
        self.labels += texts

    def keep_aside(self, text: str, reason: str, page: int = 0, table: int = 0, line: int = 0,
                   col: int = 0, heading: str = "") -> None:
        text = squash(text)
        if text:
            self.leftovers.append(Leftover(text=text, page=page, table=table, line=line, col=col, reason=reason,
                                           heading=heading))

    def plain_paragraph(self, p: Paragraph) -> None:
        text = p.text.strip()
        self.structure.append(text)  # a paragraph is either structure here or kept (title/leftover) later
        # a short line set in bold, and nothing else on it, heads a minute as a styled heading does
        # ('CLG programme update:' over its 'Action: …' paragraphs in a Word note of a meeting); not
        # one naming the actions themselves ('Actions:')
        from planx.normalise.commitments import names_actions
        # one opening with a bullet glyph is a list's item however it is set ('○ BGN' in bold over
        # its sub-bullets, inside a minute)
        bold_title = p.bold and not p.heading and not words_over(text, 12) and not names_actions(text) \
            and text[:1] not in GLYPH_MARKS
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
            self.minute_item_para = p
            if self.context.get("area_source") == "minute":
                # the next minute ends the one whose heading named the table's area (minute_heading_over_table)
                self.context.update(area_ref="", area="", area_lead="", objective="", area_source="")
            self.last_minute = item[0] or self.last_minute
        if self.indicator_name_goes_on(p):
            return
        if self.area_outcome(text):
            return
        if self.title_under_banner(text):
            return
        banner = read_banner(text)
        if banner is not None and banner[0] and not banner[1] and not words_over(text, 3):
            self.bare_banner = (banner[0], len(self.drafts), self.table_index)
            return
        if banner is None and p.heading and (m := _SPANNING_BANNER.match(squash(fix_lookalikes(text)))):
            # 'Recommendation 1 – Ensure …' marked by the source as a heading (a <thead> row of one cell
            # spanning its table, read out above it): the banner a Word table prints as its merged first
            # row (spanning_banner), the area of the actions below
            banner = (area_ref_of(m.group(1)), m.group(2).strip())
        if banner and banner[1]:
            whole = banner_outline(text)
            if whole and area_ref_of(whole) == banner[0] and self.context.get("area_ref") != banner[0]:
                # 'Goal 1.1 – …' over its table, under no area numbered 1: each goal is an area of its own,
                # numbered as printed ('Strategy 1.1' under 'Objective 1' stays area 1's)
                banner = (whole, banner[1])
            if self.welsh_twin(text, banner[0]):
                return  # the Welsh of the English heading just read: the area stays its English title
            if whole and self.objective_within_area(text, whole, banner[1]):
                return
            self.set_area(*banner, lead="")
            self.banner_read = (banner[0], welsh_label(text), len(self.drafts))
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

    def title_under_banner(self, text: str) -> bool:
        """The line right under a banner that numbers an area and says no more ('Priority 1' over 'Start
        for Life: every family can get help …', a banner cell of two lines beside its table): the
        area's title, when it reads as one (a short line, no sentence, no label); True when so read."""
        bare, self.bare_banner = self.bare_banner, None
        if bare is None or (len(self.drafts), self.table_index) != bare[1:]:
            return False  # (something was read between them: the line is no title of that banner)
        flat = squash(text)
        if words_over(flat, _BANNER_TITLE_WORDS) or flat.endswith(".") or labelled_line(flat) is not None \
                or read_banner(flat) is not None:
            return False
        self.set_area(bare[0], flat, lead="")
        return True

    def area_outcome(self, text: str) -> bool:
        """A line labelled as the outcome sought ('Outcome: Needs are identified and met early',
        'Outcome we want to achieve: …', 'Intended outcome: …') under an area's banner or heading,
        before any of its actions (a written statement of action's area of weakness, its lead, then
        the outcome): the outcome of each action of the area, no area of its own; the next area ends
        it. A numbered outcome ('Outcome 2: …') is an area's banner of its own. True when so read."""
        if not self.context["area"]:
            return False
        if self.drafts and self.drafts[-1].context.get("area") == self.context["area"]:
            return False  # under an action of the area: the line says more of that action
        flat = squash(text)
        read = labelled_line(flat)
        banner = read_banner(flat)
        if read is None or read[0] != "outcome" or not read[1].strip() or banner and banner[0]:
            return False
        self.structure.append(text)
        self.context["outcome"] = clean(read[1])
        self.context["outcome_of"] = self.context["area"]
        return True

    def welsh_twin(self, text: str, ref: str) -> bool:
        """A heading labelled in Welsh ('Amcan Llesiant 1: Cymunedau mwy diogel') right after one
        labelled in English that gives the same area number ('Well-being Objective 1: Safer
        communities'), no action between: the same area in the other language (a bilingual plan
        heads each objective in both). The English title names the area (the other side of a
        label printed in two languages, normalise/bilingual.py, is read likewise)."""
        last = self.banner_read
        return bool(ref) and last is not None and last[0] == ref and not last[1] and welsh_label(text) \
            and last[2] == len(self.drafts)

    def indicator_name_goes_on(self, p: Paragraph) -> bool:
        """The rest of an indicator's name at the top of the next page, printed on its own after a
        page break cut the row ('Average' | … then 'time to re-let council homes'): it opens
        mid-sentence, is short, and the indicator table it continues ended the page before."""
        last = self.indicators[-1] if self.indicators else None
        if self.kpi is None or last is None or not p.page or p.page != last.page + 1 \
                or self.table_index != last.table or not starts_lower(p.text) or words_over(p.text, 15):
            return False
        last.indicator = clean(join_fragments([last.indicator, p.text]))
        return True

    # ---- actions in prose (normalise/minutes.py reads them; these are its hands) --------------
    def prose_action(self, fields: dict[str, str], page: int, line: int, kind: str,
                     rows: list[dict[str, str]]) -> None:
        headed = kind == "headed"  # an item of a list under a heading of its own naming actions
        if headed:
            kind = "minute"
        if kind == "part":  # a bullet nested under the list's last item: the rest of that action
            last = self.drafts[-1] if self.drafts else None
            if last is not None and last.pieces.get("action") and last.pieces.get("lead") \
                    and _reads_as_update(fields["action"]):
                # under an item that already says who does what, a note of what became of it ('Michael to
                # submit the PR' over '  * PR submitted, need to close discussion'): its progress
                last.add("progress", fields["action"])
            elif last is not None and last.pieces.get("action"):
                # ('… accomplished by:' / '• Determining …'): after a colon the first part runs on
                joint = " " if last.pieces["action"][-1].rstrip().endswith(":") else "; "
                last.pieces["action"][-1] = f"{last.pieces['action'][-1].rstrip(' ;')}{joint}{fields['action']}"
            else:
                self.keep_prose(fields["action"], "an item nested under a list's item", page, line)
            return
        if kind == "card":  # a labelled line of the card just read ('Timeline: …'): that action's field
            last = self.drafts[-1] if self.drafts else None
            for name, value in fields.items():
                if last is not None and name not in last.pieces:
                    last.add(name, value)
                else:
                    self.keep_prose(value, f"a second '{name}' on an action's card", page, line)
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
        if kind == "plain":  # a task the minute sets in plain words: an action, perhaps a copy (plain_tasks_aside)
            self.plain_drafts.append(draft)
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
        if headed:
            self.headed_drafts.add(id(draft))

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

    def minute_heading_over_table(self) -> None:
        """A table right under a numbered minute's heading, nothing between ('5. Clerk's report and
        actions from the previous meeting' over an 'Action | Owner | Update' table), where no heading
        of the document's own names an area: the minute's title is the area of its rows, as it is of
        the actions its text sets (prose_action). Said so in a warning."""
        item = self.minute_item
        if item is None or not item[0] or not item[1] or self.context.get("area") or not self.paragraphs:
            return
        p = self.paragraphs[-1]  # the last text read before the table: the minute's own heading
        if p is not self.minute_item_para or fold(item[1]) not in fold(p.text):
            return
        if len(self.paragraphs) >= 2 and not p.heading and not p.bold and numbered_line(self.paragraphs[-2]):
            # '1. Items for consideration' / '2. GovTool demo' over the table: the last item of a numbered
            # list set straight above it (an agenda), its sibling right before it, heads no minute
            return
        self.context.update(area_ref=item[0], area=area_title(item[1]), area_lead="", objective="",
                            area_source="minute")
        self.warnings.append(f"'{squash(p.text)[:60]}': the numbered minute's heading right over a table, "
                             f"the area of its rows")

    def objective_within_area(self, text: str, code: str, title: str) -> bool:
        """'Objective 1.2: Caseloads are manageable' under 'Area 1: Workforce stability': a heading whose
        code goes a level deeper within the area a heading above it named ('1.2' within '1') is a part
        of that area, its objective; the area stays (normalise/reflevels.py)."""
        area = code_levels(self.context.get("area_ref", "")) if self.context.get("area") else None
        if area is None or not under(code_levels(code), area):
            return False
        self.context.update(objective=clean(title), objective_code=".".join(code_levels(code) or ()))
        self.structure.append(text)
        note = ("headings numbered a level below the area heading above them ('Objective 1.2' under "
                "'Area 1'): read as objectives within that area")
        if note not in self.warnings:
            self.warnings.append(note)
        return True

    def set_area(self, ref: str, title: str, lead: str) -> None:
        title, named = split_area_lead(title)  # a lead's label run into the title's line
        lead = lead or named
        if not ref:  # a banner whose number was lost: the one after the previous area's
            prev = self.context["area_ref"]
            ref = str(int(prev) + 1) if prev.isdigit() else ""
        if self.context.get("outcome_of"):  # an area's own outcome ends with it (area_outcome_row)
            self.context.update(outcome="", outcome_of="")
        self.context.update(area_ref=ref, area=area_title(title), area_lead=clean(lead), objective="",
                            area_source="")
        self.end_horizon()

    def end_horizon(self) -> None:
        """A new area ends the period or state heading over the tables before it (the timeframe it
        set goes with it; a timeframe from the rows, 'Within three months', stays)."""
        if self.context.get("horizon"):
            self.context.update(horizon="", timeframe="")

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
            self._headings[i] = header
        # (the test against the headings the table is under is made at each call, not once: a row
        # looked at ahead of its turn, before the table's own heading row was read, is no heading
        # row when its turn comes under that row's headings)
        if header is not None and self.header is not None and self.header_table == self.table_index \
                and not same_layout(self.header, header) and not beyond_doubt(header):  # type: ignore[arg-type]
            return None
        if header is not None and self.header is not None and self.header_table == self.table_index \
                and self.dates_under_due(i):
            # ('Publish the checklist | Service Manager, Fostering | End of October 2025' reads as headings
            # by its words, a role and an end, but the date it prints where the headings put the due date
            # is a row's value: no heading prints a month and its year)
            return None
        return header  # type: ignore[return-value]  # False was replaced

    def dates_under_due(self, i: int) -> bool:
        """Does row i print a date (a month or a day, with its year) in a column the headings it is
        under read as the due date? A data row's, not a heading row's."""
        assert self.header is not None
        by_col = self.header.by_col()
        for c in self._cells[i]:
            column = by_col.get(c.col)
            if column is None or column.field != "due" or not c.text.strip():
                continue
            if any(d.month and not d.derived for d in find_dates(c.text.replace(STRUCK_MARK, " "))):
                return True
        return False

    def shaded_apart(self, i: int) -> bool:
        """Are row i's cells shaded alike, and unlike the row below (a heading row's fill)?"""
        fills = {c.fill for c in self._filled[i]}
        if len(fills) != 1 or None in fills:
            return False
        below = next((f for f in self._filled[i + 1:] if f), [])
        return not below or {c.fill for c in below} != fills

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
        if same >= 2 and 2 * same >= len(filled):
            return True
        # a table read by its cells (no heading row found, or its headings lost to a scan) printing its
        # heading row again ('Task | Owner | Due' over each group): each cell a heading naming exactly the
        # field its column was read as
        named = sum(1 for c in filled if (column := by_col.get(c.col)) is not None and column.basis == "content"
                    and column.field and not words_over(c.text, 3)
                    and classify_exact(squash(c.text))[0] == column.field)
        return named >= 2 and 2 * named >= len(filled)

    def key_field(self) -> str:
        assert self.header is not None
        return self.header.derived("key_field", key_field_of)
