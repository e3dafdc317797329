"""normalise/: raw tables with provenance → contract records. The same rules serve every format."""
from __future__ import annotations

import re
from dataclasses import replace

from planx.extract.markdown import is_list_item
from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.accounting import text_accounted
from planx.normalise.actionlog import read_action_logs, split_run_in_lists
from planx.normalise.actions import build_action
from planx.normalise.anchorednotes import read_anchored_notes
from planx.normalise.area_titles import running_prefix, without_running_prefix
from planx.normalise.bilingual import english_area, english_first
from planx.normalise.boards import read_boards
from planx.normalise.boxrecords import read_box_records
from planx.normalise.celldates import read_cell_dates
from planx.normalise.cellparts import split_paired_paragraphs
from planx.normalise.clauses import read_clauses
from planx.normalise.codes import rag_key
from planx.normalise.columns import fills_in, looks_like_marker, says_nothing
from planx.normalise.commitments import SECOND_READING
from planx.normalise.datedtitles import read_dated_titles
from planx.normalise.datedupdates import fold_dated_updates
from planx.normalise.dates import (
    CELL_ORDER,
    FINANCIAL_YEARS,
    MONTH_FIRST,
    column_date_orders,
    common_year,
    find_dates,
    numeric_date_order,
    plan_date,
)
from planx.normalise.doccodes import codes_note, printed_codes
from planx.normalise.footnotedates import read_footnote_dates, read_glued_marks
from planx.normalise.greyrag import rate_grey_fills
from planx.normalise.guard import guard
from planx.normalise.initialkeys import read_initials
from planx.normalise.inlinewho import split_inline_owners
from planx.normalise.itemcolumns import items_over_tables
from planx.normalise.keyedmilestones import merge_keyed_milestones
from planx.normalise.kinds import answered_form, refuse
from planx.normalise.labelledoutline import read_labelled_outlines
from planx.normalise.ligatures import mend_ligatures
from planx.normalise.numdates import read_numeric_dates
from planx.normalise.outline import read_outline
from planx.normalise.pairdates import read_pair_dates
from planx.normalise.parallel_lists import split_parallel_lists
from planx.normalise.periodbanner import fold_period_banners
from planx.normalise.periodgrid import read_period_grids
from planx.normalise.phaserows import phase_rows
from planx.normalise.recaps import drop_recaps, drop_repeats, drop_summary_rows, drop_table_repeats
from planx.normalise.records import Action, DocResult
from planx.normalise.report_recs import read_report_recommendations, route
from planx.normalise.responses import lift_response_forms
from planx.normalise.rowpairs import fold_row_pairs
from planx.normalise.schoolyear import (
    a_schools_own,
    bare_year_pair,
    counts_in_school_years,
    financial_year_evidence,
    season_term_due,
    stated_academic_year,
    stated_span_start,
)
from planx.normalise.sections import join_split_headings, lift_sections, rank_by_size
from planx.normalise.severity import status_of
from planx.normalise.sidepanels import read_side_panels
from planx.normalise.slashtables import slash_tables
from planx.normalise.spanmarks import drop_span_marks
from planx.normalise.statusmarks import read_status_marks
from planx.normalise.struck import mark_struck, wholly_struck
from planx.normalise.structure import Walker
from planx.normalise.tableforms import form_field, plain_line_labels, run_in_label, titled_forms
from planx.normalise.tasktables import gantt_bar_tables, gantt_text_tables, read_summaries
from planx.normalise.text import current, fold, squash
from planx.normalise.tiertables import tiered_tables
from planx.normalise.title import dated_rows, names_a_part, opening_banner, pick_title, running_title, title_rows
from planx.normalise.typedrows import typed_rows
from planx.normalise.unread import unread_leftovers
from planx.normalise.updates import merge_update_tables
from planx.normalise.vocab import STATUS_WORDS
from planx.normalise.yearmilestones import read_year_milestones

__all__ = ["normalise"]


def text_chars(raw: RawDocument) -> int:
    n = 0
    for b in raw.blocks:
        if isinstance(b, Table):
            n += sum(len(c.text) for r in b.rows for c in r.cells if not c.merged_above)
        else:
            n += len(b.text)
    return n


_FIGURE_ONLY = re.compile(r"[\d.,%£$€\s]+")

# the cells a row holds for itself (area, timeframe ... are the context's, read elsewhere)
_ROW_FIELDS = ("ref", "lead", "responsible", "due_raw", "status_raw", "rag_raw", "progress")
_CONTEXT_FIELDS = ("area_ref", "area", "area_lead", "timeframe")
_TEXT_FIELDS = ("action", "objective", "outcome", "measure")


# as many different bracketed actions in one table as this are a filled-in template's rows, not its placeholders
FILLED_BRACKETS = 3


def with_action_text(actions: list[Action], walker: Walker, warnings: list[str] | None = None) -> list[Action]:
    """The actions that say what is to be done; a row with none (only a lead, a date, a status)
    is no action, but its cells are kept aside rather than dropped."""
    # a template filled in with its brackets kept ('[Finalize visuals with figma]', '[Retrieve GPS
    # location]' on row after row): placeholders are few and generic, these are many and each different
    bracketed: dict[tuple[int, int], list[str]] = {}
    for a in actions:
        if a.action and fills_in(a.action):
            bracketed.setdefault((a.page, a.table), []).append(fold(a.action))
    filled = {key for key, texts in bracketed.items()
              if len(texts) >= FILLED_BRACKETS and len(set(texts)) == len(texts)}
    for a in actions:
        placeholder = fills_in(a.action) and (a.page, a.table) not in filled if a.action else False
        if a.action and (says_nothing(a.action) or looks_like_marker(a.action) or placeholder):
            # 'None', a template's prompt, marker or placeholders ('Items to be put here: • [Item]') where
            # the action goes: no action text
            walker.keep_aside(a.action, "no action text (a prompt, a marker, a placeholder or 'None')", a.page,
                              a.table, a.line)
            a.action = ""
        elif a.action and (_FIGURE_ONLY.fullmatch(a.action.strip()) or fold(a.action) in STATUS_WORDS):
            # a count or a state where the action goes ('Total tasks | Complete | In progress' over
            # '23 | 4 | 6', a summary under a sheet's tracker): says nothing of what is to be done
            walker.keep_aside(a.action, "no action text (a figure or a status word alone)", a.page, a.table, a.line)
            a.action = ""
    labels = _label_rows(actions)
    kept = [a for a in actions if any((a.action, a.outcome, a.objective, a.measure)) and id(a) not in labels]
    # a row that names only what is aimed at (objective, outcome, measure) stands for its action where
    # its own table says what is to be done in other rows, or where no table of the document does (an
    # outcomes framework); a table none of whose rows says what is to be done, in a document whose other
    # tables do, is no plan table: a corporate plan's table mapping its purpose and priorities to
    # budget statements beside its risk table's treatments
    done = {(a.page, a.table) for a in kept if a.action}
    unsaid = [a for a in kept if not a.action and (a.page, a.table) not in done] if done else []
    if unsaid:
        kept = [a for a in kept if a.action or (a.page, a.table) in done]
        (walker.warnings if warnings is None else warnings).append(
            f"{len(unsaid)} row(s) without action text not read as actions: only objectives, outcomes or "
            "measures, in a table that says nothing to be done beside tables that do")
    carried = {getattr(a, f) for a in kept for f in _CONTEXT_FIELDS}
    for a in actions:
        if id(a) in labels:
            aside_row(a, walker, labels[id(a)], carried, text_fields=True)
        elif not any((a.action, a.outcome, a.objective, a.measure)):
            aside_row(a, walker, "row without action text", carried)
    for a in unsaid:
        aside_row(a, walker, "row of a table without action text, beside tables with it", carried, text_fields=True)
    return kept


def _says_of_itself(a: Action) -> bool:
    """Does a row say who, when or how it stands (a template's marker code is no progress)?"""
    return bool(a.lead or a.responsible or a.due_raw or a.status_raw or a.rag_raw or a.milestones or a.ratings
                or (a.progress and not looks_like_marker(a.progress)))


def _label_rows(actions: list[Action]) -> dict[int, str]:
    """{id: why} of the rows with no action text that only print a label: an objective, an outcome or
    a measure and nothing of who, when or how it stands, either in a table whose other rows hold the
    actions (a section's title under a tracker: 'Big issues across portfolio') or printed alike on
    several such rows (an objective over the practices of a strategy: 'Govern and Manage Data as a
    Strategic Asset' on ten rows whose own text no column reads as an action). Such rows name what
    groups things, not things to be done; their text is kept aside."""
    acted = {(a.page, a.table) for a in actions if a.action}
    bare = [a for a in actions if not a.action and any((a.outcome, a.objective, a.measure)) and not _says_of_itself(a)]
    seen: dict[tuple, int] = {}
    for a in bare:
        key = (a.page, a.table, fold(a.objective), fold(a.outcome), fold(a.measure))
        seen[key] = seen.get(key, 0) + 1
    out: dict[int, str] = {}
    for a in bare:
        if (a.page, a.table) in acted:
            out[id(a)] = "a label row among the actions (no action text, nothing of who, when or how it stands)"
        elif seen[(a.page, a.table, fold(a.objective), fold(a.outcome), fold(a.measure))] >= 2:
            out[id(a)] = "a label printed alike on several rows with no action text (what groups them, no action)"
    return out


def aside_row(a: Action, walker: Walker, reason: str, carried: set[str], text_fields: bool = False) -> None:
    """Keep an action's cells aside (nothing lost): its own cells, its ratings and milestones, and
    the context (area, timeframe) no kept action carries; with text_fields, its text too."""
    texts = [getattr(a, f) for f in (_TEXT_FIELDS if text_fields else ()) + _ROW_FIELDS]
    texts += [r.rag_raw for r in a.ratings]
    texts += [getattr(a, f) for f in _CONTEXT_FIELDS if getattr(a, f) not in carried]  # no action took it
    texts += [t for m in a.milestones for t in (m.milestone, m.due_raw, m.status_raw)]
    for text in texts:
        walker.keep_aside(text, reason, a.page, a.table, a.line)


def plan_actions(actions: list[Action], walker: Walker, warnings: list[str], plan_date: str = ""
                 ) -> tuple[list[Action], list[str]]:
    """The actions that read as a plan's (normalise/guard.py); a table whose text is no plan's (an
    agenda, a data table, an audit's findings) gives none: its cells are kept aside, and a warning
    says why. (kept actions, reasons of the tables rejected)"""
    rejected: list[tuple[Action, str]] = []
    kept, reasons = guard(actions, walker.action_sources, warnings, lambda a, why: rejected.append((a, why)),
                          walker.action_group, plan_date)
    carried = {getattr(a, f) for a in kept for f in _CONTEXT_FIELDS}
    for a, why in rejected:
        aside_row(a, walker, why, carried, text_fields=True)
    return kept, reasons


def document_texts(raw: RawDocument) -> list[str]:
    return [c.text for b in raw.blocks if isinstance(b, Table) for r in b.rows for c in r.cells] + \
        [b.text for b in raw.blocks if not isinstance(b, Table)]


def table_columns(raw: RawDocument) -> list[list[str]]:
    """The texts of each column of each table, a column at a time."""
    columns: list[list[str]] = []
    for b in raw.blocks:
        if isinstance(b, Table):
            by_col: dict[int, list[str]] = {}
            for r in b.rows:
                for c in r.cells:
                    by_col.setdefault(c.col, []).append(c.text)
            columns.extend(by_col.values())
    return columns


MARKUP_FORMATS = ("md", "html")  # formats whose author marks a heading's rank ('# …', <h1>), no reader infers it
# formats read a paragraph at a time, a paragraph broken by its line breaks coming as one Paragraph a line
# under the paragraph's own number (extract/docx.py add_paragraph): a title's lines a writer broke by hand
BROKEN_PARAGRAPH_FORMATS = ("docx", "dotx", "docm")


def _prints_own_title(raw: RawDocument, declared: str) -> bool:
    """Does the page print a first-rank heading besides its front matter's title ('# CIO Council
    Actions' under 'title: Action Items')? That printed heading is its title as printed."""
    return any(isinstance(b, Paragraph) and b.heading and b.rank == 1 and squash(b.text) != declared
               for b in raw.blocks)


def _lone_opening_heading(raw: RawDocument, declared: str) -> Paragraph | None:
    """The heading the page's text opens with, when no other heading of its text equals or outranks it
    and heads prose ('##Waterfront items on the city priority matrix, July 2011' over
    the page's opening paragraphs and its table, under 'title: "2011-07- City Priority Matrix"'): its
    author headed the page with it, the page's title as printed, whatever rank its marks give it. A
    heading that is one of several of its rank ('## Investment', '## Innovation') names a section, and
    one set straight over a list or a table captions it; neither names the page."""
    body = [b for b in raw.blocks if not (isinstance(b, Paragraph) and b.heading and squash(b.text) == declared)]
    first = body[0] if len(body) > 1 else None
    if not (isinstance(first, Paragraph) and first.heading and first.rank > 0):
        return None
    below = body[1]
    if not isinstance(below, Paragraph) or below.heading or is_list_item(below.text):
        return None
    if any(isinstance(b, Paragraph) and b.heading and 0 < b.rank <= first.rank for b in body[1:]):
        return None
    return first


def _heading_holding_declared(raw: RawDocument, declared: str) -> Paragraph | None:
    """The page's first heading, when it holds its front matter's title and says more ('# Committee
    Meeting - 2023-01-07' under 'title: 2023-01-07', a site's slug): the title as its author printed it,
    the metadata's name a part of it, whatever other headings of its rank follow ('# Minutes')."""
    first = next((b for b in raw.blocks if isinstance(b, Paragraph) and b.heading and b.rank > 0
                  and squash(b.text) != declared), None)
    if first is None:
        return None
    text, name = f" {fold(first.text)} ", fold(declared)
    return first if name and f" {name} " in text and text.strip() != name else None


def _largest_type(raw: RawDocument, first: Paragraph) -> bool:
    """The document's first line is set in its largest type, larger than its running text (a policy's
    name over its version box): a title by how it is set, even where the walker read it as the
    heading over the table below it."""
    sizes = [b.size for b in raw.blocks if isinstance(b, Paragraph) and b.size > 0]
    return first.size > 0 and first.size >= max(sizes) and first.size > sorted(sizes)[len(sizes) // 2]


_OPENING_BLOCKS = 5  # a cover's lines: the blocks before the first table, or this many


def _display_line(raw: RawDocument) -> Paragraph | None:
    """A heading among the document's opening lines (before its first table) set in its largest type,
    under a smaller banner or marking ('EMPLOYMENT ZONE' over 'Supporting Attendance Policy'): a
    title by how it is set, as a first line so set is, even where the walker read it as the heading
    over the table below it."""
    for b in raw.blocks[:_OPENING_BLOCKS]:
        if isinstance(b, Table):
            return None
        if isinstance(b, Paragraph) and b.heading and _largest_type(raw, b):
            return b
    return None


def normalise(raw: RawDocument, doc_id: str = "") -> DocResult:
    # the document's own order of numeric dates: '07/29/2025' beside '08/12/2025' says month first
    texts = document_texts(raw)
    month_first = numeric_date_order(texts)
    token = MONTH_FIRST.set(month_first)
    # a bare pair of years ('2026/27') is the financial year ending in March in a plan whose own words
    # say it counts in financial years (a council's, an NHS body's), not a school's (schoolyear.py)
    counts_financial = financial_year_evidence(texts, [b.text for b in raw.blocks[:8] if isinstance(b, Paragraph)])
    financial = FINANCIAL_YEARS.set(bool(counts_financial))
    # a column may write its dates its own way ('Due Date 3/27/2027' beside 'Created 23/02/2026')
    cells = CELL_ORDER.set(column_date_orders(table_columns(raw), month_first))
    try:
        result = _normalise(raw, doc_id)
        if result.status == "failed" and any(isinstance(b, Paragraph) for b in raw.blocks):
            # no plan found: its tables hold none, and the lists around them may, read more freely
            # (a plan's bulleted actions beside a framework's grid of principles; items named by a
            # noun under 'What we'd like to do'): normalise/commitments.py
            past = SECOND_READING.set(True)
            try:
                again = _normalise(raw, doc_id)
            finally:
                SECOND_READING.reset(past)
            if again.actions:
                again.warnings.append("a first reading found no plan; its lists were read again past its "
                                      "tables and with items named by their headings")
                _say_financial_years(again, counts_financial)
                again.status, again.error = status_of(again.warnings)
                return again
        _say_financial_years(result, counts_financial)
        return result
    finally:
        FINANCIAL_YEARS.reset(financial)
        CELL_ORDER.reset(cells)
        MONTH_FIRST.reset(token)



def english_areas(raw: RawDocument, actions: list[Action], walker: Walker, warnings: list[str]) -> None:
    """A document printed in Welsh and English, whose labels and values put the English on one side
    ('Lead / Arweinydd'): its areas printed in both ('Safeguarding / Diogelu') are read by that side,
    as its labels are (normalise/bilingual.py); the other side is kept aside."""
    texts = [c.text for b in raw.blocks if isinstance(b, Table) for r in b.rows for c in r.cells]
    side = english_first(texts)
    if side is None:
        return
    kept: set[str] = set()
    for a in actions:
        found = english_area(a.area, side)
        if found is None:
            continue
        if a.area not in kept:
            kept.add(a.area)
            walker.keep_aside(found[1], "the other language's side of an area printed in two", a.page, a.table,
                              a.line)
        a.area = found[0]
    if kept:
        warnings.append(f"{len(kept)} area(s) printed in Welsh and English read by their English side, on the "
                        "side the document's own labels print it")


def running_areas(actions: list[Action], walker: Walker, warnings: list[str]) -> None:
    """Areas whose titles all open with the same running heading before a tilde or dash ('Proposed
    priorities ~ CYPE', 'Proposed priorities ~ Public Health'): each area is the name after it, and
    the running heading, which names none of them, is kept aside once (normalise/area_titles.py)."""
    run = running_prefix([a.area for a in actions])
    if not run:
        return
    first = next(a for a in actions if a.area)
    walker.keep_aside(run, "a running heading printed before every area's name", first.page, first.table, first.line)
    for a in actions:
        if a.area:
            a.area = without_running_prefix(a.area)
    warnings.append(f"every area's title opens with '{run}': read as a running heading, each area by the name "
                    "after it")


def season_terms(actions: list[Action], warnings: list[str]) -> None:
    """In a school's document, a due cell's season with a year is that term ('Summer 2020' → July 2020,
    the summer term's end), not the year alone; one note says how many."""
    read = 0
    for a in actions:
        found = season_term_due(current(a.due_raw)) if a.due_raw else None
        if found is not None and found.iso() != a.due_date:
            a.due_date = found.iso()
            read += 1
    if read:
        warnings.append(f"{read} due date(s) read from a season with a year as the school term it names "
                        "('Summer 2020' → the summer term's end) in a school's document")


def _say_financial_years(result: DocResult, why: str) -> None:
    """Say once why a due's bare pair of years was read as a financial year ending in March."""
    if not why:
        return
    for a in result.actions:
        for raw_due in [a.due_raw] + [m.due_raw for m in a.milestones]:
            pair = bare_year_pair(raw_due)
            dates = find_dates(pair) if pair else []
            if dates and dates[-1].derived:
                result.warnings.append(f"'{pair}' read as the financial year ending March {dates[-1].year}: {why}")
                if result.status != "failed":
                    result.status, result.error = status_of(result.warnings)
                return


def _plain_labels(raw: RawDocument) -> RawDocument:
    """Plain text whose lines open with a form's labels printed with no colon ('Owner Head of
    Safeguarding'): those lines with the label as their bold opening words, as Word's would be
    (tableforms.plain_line_labels), so that they read as labelled lines."""
    lines = [(k, b) for k, b in enumerate(raw.blocks) if isinstance(b, Paragraph) and not b.heading and b.text.strip()]
    found = plain_line_labels([b for _, b in lines])
    if not found:
        return raw
    blocks = list(raw.blocks)
    for n, label in found.items():
        k, p = lines[n]
        blocks[k] = replace(p, lead_bold=label)
    return replace(raw, blocks=blocks)


def _normalise(raw: RawDocument, doc_id: str = "") -> DocResult:
    raw = mend_ligatures(raw)  # 'conCnue' → 'continue': a PDF font's ligatures mapped to other characters
    raw = read_box_records(raw)  # an action per drawn box: its reference, text and labelled lines as a table row
    raw, paneled = read_side_panels(raw)  # an action beside its panel of labelled lines: a table row (sidepanels.py)
    if paneled:
        raw = replace(raw, warnings=[*raw.warnings, paneled])
    raw = typed_rows(raw)  # a RAID log's one table: only the rows its type column calls actions (typedrows.py)
    raw = tiered_tables(raw)  # 'Outcome 1' over 'Output 1.1' over 'Activity 1.1.1': the innermost tier (tiertables.py)
    raw = fold_row_pairs(raw)  # an item row over a row of its labelled lead, date, status: one row (rowpairs.py)
    if raw.format == "txt":  # plain text keeps no bold: a form's labels known by recurring at lines' starts
        raw = _plain_labels(raw)
    if any(isinstance(b, Paragraph) and b.lead_bold for b in raw.blocks):  # bold run-in labels read as labels
        raw = replace(raw, blocks=[run_in_label(b) if isinstance(b, Paragraph) else b for b in raw.blocks])
    raw = join_split_headings(raw)  # 'Strategy 2:' over its title, in the same type: one heading
    raw = titled_forms(raw)  # a form's title row that a web page's reader lifted above its table, put back
    raw = rank_by_size(raw)  # a PDF's headings ranked by their type, as a page's <h1>…<h6> are
    raw = items_over_tables(raw)  # 'Change idea 2 …' over a table of its methods and measures: its actions
    raw = fold_dated_updates(raw)  # rows of a date and a comment under an action: its updates
    raw = merge_update_tables(raw)  # 'Ref | Commentary | RAG' rows beside the plan rows they name
    raw = merge_keyed_milestones(raw)  # 'No. | Action ref | Milestone | Due' rows into the actions they name
    raw = read_year_milestones(raw)  # 'Action items | 2025 | 2026 | 2027': each year's cell a milestone of its row
    raw = gantt_text_tables(raw)  # a Gantt chart's task list printed as lines of text, beside its scale
    raw = gantt_bar_tables(raw)  # a Gantt grid headed by its scale of dates only: the bars say who and by when
    raw = read_boards(raw)  # a board's lanes over its cards, a grid of boxes each a title over a list
    raw = fold_period_banners(raw)  # a Gantt's months in a row over its heading row: one heading row
    raw = read_period_grids(raw)  # a timeline whose period columns list the actions due in each period
    raw = lift_response_forms(raw)  # a finding per row, the form's question over the answer's points: actions
    raw = lift_sections(raw)  # a table holding headed sections inside it, as text laid out by spaces reads one
    raw = slash_tables(raw)  # a web page's table saved as text, its cells set apart by ' / '
    raw = read_labelled_outlines(raw, form_field)  # 'n.0' strategies over 'n.m:' actions under 'Lead: …' blocks
    raw, committed = read_clauses(raw)  # a policy's numbered clauses under 'Policy commitments', as a table
    raw = split_run_in_lists(raw)  # 'ACTIONS: - a -b' run into one paragraph by a PDF, as a list
    raw = read_action_logs(raw)  # a minute's action log whose columns came apart, as lists side by side
    raw = read_dated_titles(raw)  # 'Draft report | 23/8/19' over its paragraphs, run after run: milestones
    result = DocResult(doc=raw.name, doc_id=doc_id, format=raw.container or raw.format, path=raw.path, pages=raw.pages,
                       warnings=list(raw.warnings))
    walker = Walker(raw)
    walker.walk()
    for text, reason, page, line in raw.aside:  # what the parser set apart (a PDF's running headers)
        walker.keep_aside(text, reason, page, 0, line)
    result.warnings += walker.warnings
    paragraphs = walker.paragraphs
    titles = title_rows(raw.blocks)
    first = raw.blocks[0] if raw.blocks else None
    if raw.format in MARKUP_FORMATS and isinstance(first, Paragraph) and not first.heading and len(raw.blocks) > 1 \
            and isinstance(raw.blocks[1], Paragraph) and raw.blocks[1].rank == 1:
        first = raw.blocks[1]  # (a web page's <title>, as the line before its <h1>)
    only = raw.format in MARKUP_FORMATS \
        and sum(1 for b in raw.blocks if isinstance(b, Paragraph) and b.heading and b.rank == 1) == 1
    if isinstance(first, Paragraph) and not (first.heading and (raw.format == "txt" or first.rank == 1 and only
                                                                or _largest_type(raw, first))):
        first = _display_line(raw) or first
    if isinstance(first, Paragraph) and first.heading and (raw.format == "txt" or first.rank == 1 and only
                                                           or _largest_type(raw, first)) \
            and all(p.text != first.text for p in paragraphs):
        # a text file's first line, set apart as a heading is, or a page's first line its author marked as
        # its one heading of the first rank ('# DHCW TDA 26/06/2026' atop a meeting's notes): its title by
        # place, even where the walker read it as the heading over the first table or section
        titles = [first, *titles]
    result.title, title_lines = pick_title(titles + paragraphs, wrapped_lines=raw.format == "txt",
                                           broken_paragraphs=raw.format in BROKEN_PARAGRAPH_FORMATS)
    if not result.title:
        result.title = opening_banner(raw.blocks)  # a title boxed across the top of the first page
    if names_a_part(result.title) and (running := running_title(raw.aside)):
        # the first page's line names a part ('Goal Table', '6. Themes and actions'); the running
        # header names the document on each page: that is its title (the header stays in leftovers)
        result.title, title_lines = running, []
    declared = squash(raw.declared_title)
    headline = (_lone_opening_heading(raw, declared) or _heading_holding_declared(raw, declared)) if declared else None
    if headline is not None:
        # the page's text opens with its one top heading: what it prints atop itself, over the
        # site's metadata name for the page (a slug-like '2011-07- City Priority Matrix')
        result.title = squash(headline.text)
        title_lines = [p for p in paragraphs if squash(p.text) == result.title]
    elif declared and declared != result.title and not _prints_own_title(raw, declared):
        # the page's own metadata names it ('title: "Executive summary"' in a site's front matter) and
        # its text prints no first-rank heading of its own: the title its author gave, even where the
        # walker took that line as the heading over the first list or it reads as a section's name
        # ('Executive summary', 'Overview') on a page of its own
        result.title, title_lines = declared, [p for p in paragraphs if squash(p.text) == declared]
    # the plan's own date: in the lines atop it, or in a title printed in its first table's top row
    date = plan_date([p.text for p in paragraphs[:8]]) or plan_date([p.text for p in titles]) \
        or plan_date(dated_rows(raw.blocks))  # a cover table's 'Date: | 19 October 2014' row
    result.plan_date = date.iso() if date else ""
    if date is None:
        # no date of its own: day-less months ('June') are read in the year its other due dates print
        # (a reading, not a fault: no warning, which would mark the document partial)
        date = common_year([d.text("due") for d in walker.drafts])
    numbers: dict[str, str] = {}
    for p in paragraphs:
        numbers.update(rag_key(p.text))
    for lo in walker.leftovers:
        if re.search(r"\bkey\b", lo.text, re.I):
            numbers.update(rag_key(lo.text))
    # sub-items numbered under an action ('1.1.1' under '1.1') that are its milestones join it
    walker.drafts = read_summaries(walker.drafts, raw, walker.keep_aside, result.warnings)
    walker.drafts = read_outline(walker.drafts, raw, walker.keep_aside, walker.structure, result.warnings,
                                 date.year if date else None)
    # the academic year the title or running header states: a due cell's term without a year
    # ('Spring term', 'by Easter') is that year's (normalise/schoolyear.py)
    opening = [p.text for p in titles] + [p.text for p in paragraphs[:8]]
    # (the title's own pair says which year the plan is for, beside an opening that also names the
    # year reviewed: 'School Improvement Plan 2023-24' over '… our School Improvement Report 2022/23')
    school_year = stated_academic_year([result.title]) if result.title else None
    if school_year is None:
        school_year = stated_academic_year(opening, [text for text, *_ in raw.aside])
    # and whether it counts in school years (a month without a year then falls in September–August)
    academic = school_year is not None and counts_in_school_years(opening, [d.text("due") for d in walker.drafts])
    # a plan for several years ('Corporate Plan 2026-2030') and no pair: a month without a year is its first year's
    span_start = stated_span_start(opening) if school_year is None else None
    # an action cell whose paragraphs each close with who and when (normalise/inlinewho.py)
    walker.drafts = split_inline_owners(walker.drafts, result.warnings)
    # paragraphs of one action cell beside as many dated updates (normalise/cellparts.py)
    walker.drafts = split_paired_paragraphs(walker.drafts, result.warnings)
    # a row whose action, lead and date cells hold parallel lists (normalise/parallel_lists.py)
    walker.drafts = split_parallel_lists(walker.drafts, result.warnings)
    # the codes the document explains itself: a lookup sheet, a key table or line (normalise/doccodes.py)
    codes = printed_codes(raw)
    by_key: list[tuple[str, str, str]] = []
    result.actions = [build_action(d, date, numbers, result.warnings, school_year, academic, span_start,
                                   codes, by_key)
                      for d in walker.drafts]
    if by_key:
        result.warnings.append(codes_note(by_key))
    if a_schools_own(opening, [a.due_raw for a in result.actions]):
        season_terms(result.actions, result.warnings)  # 'Summer 2020' a school's term (normalise/schoolyear.py)
    # a mark closing the action's text that the document's key of marks explains ('… ‡', normalise/statusmarks.py)
    read_status_marks(result.actions, raw, result.warnings)
    read_numeric_dates(result.actions, result.warnings)  # '151121' as 15/11/21 (normalise/numdates.py)
    # '09-19' in minutes dated 2024-09-17 as 2024-09-19 (normalise/pairdates.py)
    read_pair_dates(result.actions, result.plan_date, result.warnings)
    read_cell_dates(result.actions, raw.cell_dates, result.warnings)  # '28-Feb' holds 2017 (normalise/celldates.py)
    read_footnote_dates(result.actions, raw, result.warnings)  # 'Q2¹' under '¹ by 30 September 2026' (footnotedates.py)
    read_glued_marks(result.actions, raw, result.warnings)  # 'March 20261' beside the note '1 …' (footnotedates.py)
    read_anchored_notes(result.actions, raw, result.warnings)  # sticky notes and comments on rows (anchorednotes.py)
    read_initials(result.actions, raw, result.warnings)  # 'SJC / GP' named by the key of initials (initialkeys.py)
    # a Gantt table's phase rows: the area of the task rows their dates span (normalise/phaserows.py)
    result.actions = phase_rows(result.actions, walker.leftovers,
                                lambda a, why: aside_row(a, walker, why, set(), text_fields=True), result.warnings)
    rate_grey_fills(result.actions, result.warnings)  # RAG fills scanned to grey (normalise/greyrag.py)
    result.actions = with_action_text(result.actions, walker, result.warnings)
    result.actions, not_plans = plan_actions(result.actions, walker, result.warnings, result.plan_date)
    # a narrative's recap of the actions a later table tracks (normalise/recaps.py)
    result.actions = drop_recaps(result.actions, lambda a, why: aside_row(a, walker, why, set(), text_fields=True),
                                 result.warnings)
    # an action printed again later in the text (a minute's log repeating its items' actions)
    result.actions = drop_repeats(result.actions, lambda a, why: aside_row(a, walker, why, set(), text_fields=True),
                                  result.warnings)
    # a later table copying an earlier table's rows whole (a minute's action summary)
    result.actions = drop_table_repeats(result.actions, lambda a, why: aside_row(a, walker, why, set(),
                                                                                 text_fields=True), result.warnings)
    # a summary table listing in brief the actions another table sets out with their steps
    result.actions = drop_summary_rows(result.actions, lambda a, why: aside_row(a, walker, why, set(),
                                                                               text_fields=True), result.warnings)
    # a schedule's rows marking the project's start or end (normalise/spanmarks.py)
    result.actions = drop_span_marks(result.actions, lambda a, why: aside_row(a, walker, why, set(), text_fields=True),
                                     result.warnings)
    # an action log's done items, struck through (normalise/struck.py)
    mark_struck(result.actions, raw.struck + wholly_struck(raw), result.warnings)
    # a document that says it is something else (a guide, a report, an agenda) and whose actions say
    # neither who and when nor how they stand holds no plan (normalise/kinds.py)
    why = refuse(raw, result.actions, result.title, committed or walker.recommends) \
        or answered_form(raw, result.actions)
    if why:
        for a in result.actions:
            aside_row(a, walker, why, set(), text_fields=True)
        result.actions = []
        result.warnings.append(why)
        not_plans = [why, *not_plans]
    # a report's recommendations to others: no actions, kept in their own table (normalise/report_recs.py)
    recs, rec_blocks = read_report_recommendations(raw)
    result.actions, rec_why = route(raw, result.actions, recs, result.title)
    read_as_recs: set[str] = set()
    if rec_why:
        result.recommendations = recs
        result.warnings.append(rec_why)
        not_plans = [rec_why, *not_plans]
        read_as_recs = {squash(b.text) for k in rec_blocks if isinstance(b := raw.blocks[k], Paragraph)}
    result.indicators = walker.indicators
    english_areas(raw, result.actions, walker, result.warnings)
    running_areas(result.actions, walker, result.warnings)
    result.leftovers = walker.leftovers
    for p in paragraphs:
        if not any(p is t for t in title_lines) and not rag_key(p.text) and squash(p.text) not in read_as_recs:
            walker.keep_aside(p.text, "text outside tables", p.page, 0, p.line)
    result.leftovers += unread_leftovers(raw, result, walker.structure, walker.labels)
    result.text_accounted = text_accounted(raw, result, walker.structure)
    if not result.actions and not result.indicators and not not_plans and raw.declined:
        # a reader of the text found what it looked for and declined it: that is the refusal's reason
        not_plans = ["; ".join(raw.declined)]
        result.warnings.extend(w for w in raw.declined if w not in result.warnings)
    if not result.actions and not result.indicators:
        result.status = "failed"
        result.error = (f"no plan table found ({not_plans[0]}"
                        + (f"; and {len(not_plans) - 1} more table(s) alike" if len(not_plans) > 1 else "") + ")"
                        if not_plans else
                        "no plan table found (no row of column headings such as Action / Lead / "
                        "Target date, and no indicator form"
                        + ("; in the text, no action headings ('Commitment 1', bold numbered titles) and no "
                           "lists or labelled lines that read as actions" if paragraphs else "") + ")")
        if not (not_plans and not_plans[0] in result.warnings):
            # the refusal's reason is a warning too: a failed row never carries empty warnings
            result.warnings.append(result.error)
    else:
        result.status, result.error = status_of(result.warnings)  # notes alone leave it ok (normalise/severity.py)
    return result
