"""Plan structure: raw tables and paragraphs → actions, areas, milestones, ratings, indicators.

The walker reads blocks in document order and keeps the context a reader keeps: the
current column headings, the area (banner, area row or grouping column), the timeframe,
and the action being read, so that continuation rows after a page break, repeated
headings and grouping cells left blank are resolved the way a person would.

The walk's core stays here (Walker: walk, the dispatch of blocks and of a table's rows, a new sheet,
an area banner); Walker's readers are classes it inherits, each in a module of its own:
walker_state (the state and the methods every reader calls), walker_blocks (paragraphs, forms,
lists), walker_table_layouts (a table's headings and layout), walker_header_fields (a heading row's
fields settled by content), walker_row_kinds, walker_banner_rows, walker_kpi_rows, walker_data_rows
(the kinds of row) and walker_new_drafts (a data row opening an action).
"""
from __future__ import annotations

import re

from planx.extract.model import Block, Cell, Paragraph, Row, Table
from planx.normalise.area_titles import (
    area_title,
)
from planx.normalise.banners import (
    area_heading,
    area_ref_of,
    dashed_code,
    read_banner,
)
from planx.normalise.bilingual import regroup_label_lines, welsh_label
from planx.normalise.block_headings import (
    _NOT_AREA,
    areas_ending_after_figures,
    areas_over_horizons,
    heading_areas,
    horizon_headings,
    list_cue_inside_group,
    looks_like_heading,
    part_heading_of_cue,
    plain_section_headings,
    review_heading,
    section_number,
    side_box_heading,
    slide_areas,
    starts_document_part,
)
from planx.normalise.dates import find_dates, has_month
from planx.normalise.formgrid import form_grid_over_pages, read_form_over_grid
from planx.normalise.formlines import headings_over_forms, labels_over_values
from planx.normalise.formtables import (
    banner_over_forms,
    box_over_pages,
    form_tables,
    grid_over_pages,
    split_forms,
)
from planx.normalise.headers import (
    DECENT,
    classify,
    compared_options,
    form_label_role,
    issue_log,
    issue_to_fix,
    risk_register,
    split_area_lead,
    unjoin,
)
from planx.normalise.heading_rows import (
    bracketed_guidance_row,
    example_row,
    prompt_row,
    review_headings,
)
from planx.normalise.indicator_rows import (
    read_kpi_header,
    squashed_indicators,
)
from planx.normalise.kpi_content import header_by_content as kpi_header_by_content
from planx.normalise.labelforms import (
    LabelForms,
    form_table_labels,
    read_label_forms,
    says_only_how,
)
from planx.normalise.minutes import (
    topic_and_lead,
    topic_headings,
)
from planx.normalise.objective_tables import objective_over_actions
from planx.normalise.records import Indicator
from planx.normalise.row_cells import (
    dedupe_clipped,
)
from planx.normalise.sections import WORK_WORDS, read_sections, section_heading
from planx.normalise.severity import Note
from planx.normalise.slides import running_size
from planx.normalise.subtables import fold_subtables
from planx.normalise.tableforms import (
    _line_field,
    _reads_as_label,
    blank_form,
    cards_side_by_side,
    form_field,
    form_over_pages,
    form_row_cut_off,
    forms_in_cells,
    labelled_line,
    labelled_lines_table,
    read_vertical_form,
)
from planx.normalise.text import clean, fold, squash, words_over
from planx.normalise.tiers import headings_over_areas
from planx.normalise.vocab import (
    SHEET_KIND_WORDS,
)
from planx.normalise.vocab_pages import BACK_MATTER_HEADING
from planx.normalise.walker_banner_rows import BannerRows
from planx.normalise.walker_blocks import (
    BlockReaders,
)
from planx.normalise.walker_data_rows import (
    DataRows,
)
from planx.normalise.walker_kpi_rows import KpiRows
from planx.normalise.walker_row_kinds import (
    RowKinds,
)
from planx.normalise.walker_state import (
    _RATIONALE,
    AUTHORED_TABLE_FORMATS,
    UNPAGED_FORMATS,
)
from planx.normalise.walker_table_layouts import TableLayouts

# the names a spreadsheet program gives a new sheet ('Sheet1', 'Feuil1', 'Tabelle1', 'Hoja1')
_DEFAULT_SHEET = re.compile(r"(?:sheet|feuil|tabelle|hoja|foglio|planilha|blad|arkusz)\s*\d*", re.I)
# formats whose cells are each a value typed in (a spreadsheet, a CSV), never text a conversion clipped
TYPED_CELL_FORMATS = {"xlsx", "xlsm", "xls", "ods", "csv"}
# formats whose cells hold what their author typed: no clipped copies of a neighbour there
OWN_CELL_FORMATS = TYPED_CELL_FORMATS | AUTHORED_TABLE_FORMATS | {"html", "htm", "md"}


class Walker(DataRows, KpiRows, BannerRows, RowKinds, TableLayouts, BlockReaders):
    """The walk over a document's blocks and the dispatch of a table's rows; the readers are inherited."""

    def group_label_row(self, filled: list[Cell], table: Table) -> bool:
        """A status word alone on its row under the status heading of a table whose cells are each
        one typed in (a sheet, a Word table: no wrapped line of a PDF's cell), over rows of its own:
        the first row under the headings, or after a row that has a status of its own (a status
        alone under a row without one is that row's, printed below it)."""
        if self.raw.format not in OWN_CELL_FORMATS or not self.status_band(filled):
            return False
        prev = self.drafts[-1] if self.drafts else None
        return prev is None or prev.table != table.index or self.group_status[0] == table.index \
            or bool(prev.text("status"))

    # ---- blocks ----------------------------------------------------------------

    def reviews_logged_actions(self, forms: LabelForms, blocks: list[Block]) -> bool:
        """Minutes that set their actions in a table naming who and by when ('Action | Responsible |
        Completion date') and also print labelled lines saying only how each action stands ('Agenda item
        3: … / Status: Complete'): the lines review the actions set at the last meeting, the table sets
        this one's. The lines are then read as the minute's text, and the table holds the actions.
        Said so in a warning."""
        from planx.normalise.kinds import heads_plan  # kinds imports the readers' modules
        if not self.prose.minutes or not says_only_how(forms) \
                or not any(isinstance(b, Table) and heads_plan(b) for b in blocks):
            return False
        self.warnings.append(f"{sum(map(len, forms.records.values()))} labelled records that say only how "
                             "each action stands, beside an action table naming who and by when: a review "
                             "of the last meeting's actions, read as the minutes' text")
        return True

    def walk(self) -> None:
        self.link_targets()
        from planx.normalise.slides import read_slides
        slides = read_slides(self.raw)  # a deck of slides: each page's title is the area of its rows
        if slides is not None:
            self.warnings.append(f"{slides.why} (confidence {slides.confidence:.2f})")
        # a sheet's cells keep their fonts but are no flowing text: only styled headings count there
        running = running_size(self.raw) if self.raw.format not in UNPAGED_FORMATS else -1.0
        area_headings = heading_areas(self.raw.blocks, running) if slides is None else {}
        # section headings typed as plain paragraphs ('Phase II – Revenue', '2. Facilities' in the body's font)
        plain = plain_section_headings(self.raw.blocks, running) if slides is None else {}
        if any(i not in area_headings for i in plain):
            self.warnings.append(Note(f"{sum(1 for a in plain.values() if a[1])} plain paragraphs set apart alike "
                                      "over tables (numbered in sequence, or bold, capitals or alone between "
                                      "tables) read as section headings: the area of the rows under them"))
        for i, area in plain.items():
            if area[0] or i not in area_headings:
                area_headings[i] = area  # (numbered in sequence with its siblings: its number is the area's)
        # a number in a sequence of its siblings' is kept as printed ('Phase I', 'Phase II': no OCR'd '1')
        as_printed = {i for i, (ref, _) in plain.items() if ref and area_headings.get(i, ("",))[0] == ref}
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
        if label_forms is not None and self.reviews_logged_actions(label_forms, blocks):
            label_forms = None
        if label_forms is not None:
            self.warnings.append(f"{label_forms.why} (confidence {label_forms.confidence:.2f})")
            area_headings = {i: a for i, a in area_headings.items()
                             if i not in label_forms.headed and i not in label_forms.joined}
            for i, area in label_forms.areas.items():  # ranked headings grouping the forms (labelforms.py)
                held_area = area_headings.setdefault(i, area)
                if held_area != area and held_area[1].startswith(f"{area[1]} | "):
                    area_headings[i] = area  # 'Experience | Patient-centred | …': the group's name, first of its parts
        table_labels = form_table_labels(blocks, classify)  # what the document's label tables print
        for i, line in labels_over_values(blocks, form_field).items():
            if label_forms is not None and (i in label_forms.taken or i + 1 in label_forms.taken):
                continue
            if i not in area_headings and i + 1 not in area_headings and i not in topics:
                self.structure.append(blocks[i].text)  # type: ignore[union-attr]  # a paragraph: the label
                blocks[i] = line
                joined.add(i + 1)
        # numbered headings a tier above the headings over the tables ('1. Energy' over 'A. Renewable
        # supply'): the areas, the headings under them their objectives (normalise/tiers.py)
        outer, tier_objectives = headings_over_areas(blocks, area_headings, lambda b: looks_like_heading(b, running))
        area_headings.update(outer)
        # a heading over a table of figures ('General Fund Balance'): its area ends with the table
        figure_areas = areas_ending_after_figures(blocks, area_headings)
        for i, block in enumerate(blocks):
            if i in joined:
                continue
            ended = figure_areas.get(i - 1)
            if ended is not None and i not in area_headings and self.context.get("area_source") == "heading" \
                    and self.context.get("area") == area_title(ended[1]):
                self.context.update(area_ref="", area="", area_lead="", objective="", area_source="")
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
            if isinstance(block, Table) and (cards := cards_side_by_side(block)) is not None:
                self.flush_form()
                self.prose.close_into_walker()
                self.warnings.append(f"table {block.index}: cards side by side, each card's labelled lines a row "
                                     f"of its own: each column read card by card")
                self.cell_forms(cards)
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
            if isinstance(block, Table) and self.prose.minutes and self.margin_notes_table(block):
                continue
            if isinstance(block, Table):
                self.flush_form()
                self.prose.close_into_walker()
                self.last_plain = None
                self.tables_seen += 1
                prev = self.raw.blocks[i - 1] if i else None
                self.before_table = prev if isinstance(prev, Paragraph) and not prev.heading else None
                # 'Why we need to do it?' right above a table that goes on under the last one's headings
                self.reason_over = isinstance(prev, Paragraph) and not words_over(prev.text, 8) \
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
                self.sibling_horizon_ends_area(block)  # type: ignore[arg-type]
                self.context.update(horizon=h.text, timeframe=h.text if h.kind == "period" else "")
            elif i in area_headings and list_cue_inside_group(blocks, i, self.context.get("area", ""), running) \
                    or i not in area_headings and isinstance(block, Paragraph) and _table_next(blocks, i) \
                    and part_heading_of_cue(blocks, i, running) in area_headings \
                    and self.context.get("area_source") == "heading":
                # 'Actions to close the gaps' under 'Principal risk 2: …': the list's cue, inside the
                # part whose heading is the area (which holds)
                self.flush_form()
                self.prose.section_ends(block.text)  # type: ignore[union-attr]
                self.structure.append(block.text)  # type: ignore[union-attr]
                # its words are in no record: kept aside whole, where it stood (nothing lost)
                self.keep_aside(clean(block.text), "a heading naming the list under it, inside a section whose "  # type: ignore[union-attr]
                                "heading stays the area", block.page, 0, block.line)  # type: ignore[union-attr]
                self.work_heading, self.minute_item = False, None
                self.end_horizon()
                # a sure reading, told for the record: a note, which leaves the document ok (severity.py)
                self.warnings.append(Note(f"'{clean(block.text)[:60]}': a heading naming the list under it, "  # type: ignore[union-attr]
                                          f"inside '{self.context['area'][:60]}', which stays the area"))
            elif i in area_headings and self.context.get("area_source") == "heading" \
                    and side_box_heading(clean(block.text)):  # type: ignore[union-attr]
                # 'Case study of success' over a box beside the section's text: a story told aside; the
                # actions after it stay in the section whose heading is the area
                self.flush_form()
                self.prose.section_ends(block.text)  # type: ignore[union-attr]
                self.structure.append(block.text)  # type: ignore[union-attr]
                self.keep_aside(clean(block.text), "the heading of a box beside the section's text (a case study), "  # type: ignore[union-attr]
                                "no area: the section's heading stays the area", block.page, 0, block.line)  # type: ignore[union-attr]
                self.warnings.append(Note(f"'{clean(block.text)[:60]}': a box's heading beside the section's text, "  # type: ignore[union-attr]
                                          f"inside '{self.context['area'][:60]}', which stays the area"))
            elif i in area_headings:  # an unnumbered heading has no area_ref: none is invented
                self.flush_form()
                self.prose.section_ends(block.text)  # type: ignore[union-attr]
                ref, title = area_headings[i]
                self.structure.append(block.text)  # type: ignore[union-attr]  # the actions under it carry it
                named = section_heading(block.text)  # type: ignore[union-attr]
                self.work_heading = named is not None and fold(named.word) in WORK_WORDS  # 'Commitment 1: …'
                self.end_horizon()
                # (a code set off by a dash, 'P1 — …', is the area's own: kept as printed)
                code = ref if i in as_printed or (dashed_code(block.text) or ("",))[0] == ref \
                    or section_number(block.text) == ref \
                    else area_ref_of(ref) if ref else ""  # type: ignore[union-attr]
                if i in tier_objectives and self.context.get("area_source") == "heading":
                    self.context["objective"] = clean(tier_objectives[i])  # a sub-section under its section
                elif not self.welsh_twin(block.text, code):  # type: ignore[union-attr]
                    # (the Welsh of the English heading just read leaves the area its English title)
                    # (a lead's label run on after the title, 'Theme lead: …' on the heading's line or
                    # in its cell, names the area's lead)
                    lead = split_area_lead(clean(block.text))[1]  # type: ignore[union-attr]
                    self.context.update(area_ref=code, area=area_title(title), area_lead=clean(lead),
                                        objective="", area_source="heading")
                    self.area_heading_rank = getattr(block, "rank", 0)
                    self.banner_read = (code, welsh_label(block.text), len(self.drafts))  # type: ignore[union-attr]
                self.minute_item = None  # a minute heading before it no longer names the area
                self.prose.area_names_list(title)  # minutes' '1. Open actions': the items under it are its list
            elif i in topics:
                self.flush_form()
                self.prose.close_into_walker()
                self.structure.append(block.text)
                topic, lead = topics[i]
                # a topic over its own table: a theme row in a later table names a topic beside it
                self.context.update(area_ref="", area=topic, area_lead=lead, objective="", area_source="topic")
            elif self.field_row_cut_off(blocks, i):
                self.flush_form()
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
                               and labelled_line(following.text.strip()) is not None,
                               following=following.text if isinstance(following, Paragraph) else "")
        self.flush_form()
        self.prose.close_into_walker()
        self.weigh_announced()
        self.plain_tasks_aside()
        self.warnings += self.prose.warnings(self.minute_notes_aside())
        self.lists_beside_labels([d for ds in listed.values() for d in ds])
        self.existing_work_aside()
        for page, name in self._sheet_areas.items():  # said where the name became some action's area
            if any(d.page == page and d.context.get("area") == name for d in self.drafts):
                self.warnings.append(f"sheet {page}: its name {name!r} read as the area of its rows")


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


    def sibling_horizon_ends_area(self, block: Paragraph) -> None:
        """A state or period heading of the same rank as the topic heading that set the area, or a
        higher one ('# Need volunteers for' / table / '# Completed' / table), closes that topic: its
        tables are no longer under it (a horizon heading of a lower rank sits inside the topic)."""
        if self.context.get("area_source") != "heading" or not block.rank or not self.area_heading_rank:
            return
        if block.rank <= self.area_heading_rank:
            self.context.update(area_ref="", area="", area_lead="", objective="", area_source="")
            self.area_heading_rank = 0

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
        if (glossary := self.glossary_over(table)):
            # a glossary's heading right over the table ('Glossary' over 'ASC | Adult Social Care'): it
            # explains the plan's terms, it lists no actions
            self.header, self.kpi = None, None
            for row in table.rows:
                for c in row.cells:
                    if not c.merged_above and c.text.strip():
                        self.keep_aside(c.text, f"under '{glossary}', the document's list of its terms",
                                        row.page, table.index, row.line, c.col)
            self.warnings.append(Note(f"table {table.index} under '{glossary}' explains the document's terms, "
                                      f"no actions (in leftovers)"))
            return
        if (over := objective_over_actions(self.raw.blocks, table)) is not None:
            # an objective's own one-row table over its action table: the objective of the actions below
            objective, rest = over
            self.context["objective"] = objective
            self.structure += [c.text for c in table.rows[0].cells if c.text.strip()]
            for heading, text, col in rest:
                self.keep_aside(text, f"column '{heading}' of an objective's own table (over its actions)",
                                table.page, table.index, table.rows[-1].line, col, heading)
            self.header = None
            self.warnings.append(f"table {table.index}: an objective's own table over its action table: its "
                                 "objective is the actions' below")
            return
        self.lead_in_rows = set()
        nested = fold_subtables(table)
        if nested is not None:  # a heading over sub-columns whose rows run on under each row: a nested table
            table = nested[0]
            self.warnings.append(nested[1])
        over_grid = None if form_goes_on else read_form_over_grid(table)
        if over_grid is not None and self.form_over_grid(over_grid, table):
            return
        self.headings_apart(table)
        # a table of several value columns under labels down its first column is transposed (an
        # action per column), also where each column alone would read as an action's form
        # a table of several value columns under labels down its first column is transposed (an action per
        # column), also where each column alone would read as an action's form; but a box whose cells carry
        # fills is read as a form first: the fills (a RAG by colour) are its boxes', which turning loses
        filled = any(c.fill and c.text.strip() for r in table.rows for c in r.cells)
        turned = None if form_goes_on or filled else self.turned_round(table)
        form = None if form_goes_on or turned else read_vertical_form(table) or read_vertical_form(table, loose=True)
        if form is None and turned is None and not form_goes_on and filled:
            turned = self.turned_round(table)
        if form is None and turned is None and not form_goes_on and (blank := blank_form(table)):
            self.warnings.append(f"table {table.index}: a blank form (its labels '{' | '.join(blank[:5])}' stand "
                                 f"over empty boxes): nothing recorded in it, not read as actions")
        if form is not None:
            self.structure += form.titles
        if turned is None and form is None and not form_goes_on:
            turned = self.kpi_card(table)
        rows = (form.rows if form is not None else turned) or table.rows
        rows = self.heading_run_on(rows, table)
        self._rows = rows
        self._row_index = {id(r): j for j, r in enumerate(rows)}  # where a row stands, without a scan per row
        # a clipped copy of the next cell is what a legacy conversion to text or PDF leaves; the cells of a
        # spreadsheet, a word-processor file or a web page are their author's own ('Environment Agency'
        # as the lead beside 'Environment Agency only' as the partners). The first row, a CSV's headings,
        # is read as before ('Project lead' beside 'Project lead id': the id's heading, cut short)
        self._cells = [row.cells if k and self.raw.format in OWN_CELL_FORMATS else dedupe_clipped(row.cells)
                       for k, row in enumerate(rows)]
        self._filled = [[c for c in cells if c.text.strip()] for cells in self._cells]
        self._headings = [False] * len(rows)
        self.minute_heading_over_table()
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
        self.say_options_compared(table)

    def glossary_over(self, table: Table) -> str:
        """The heading of a glossary ('Glossary', 'Abbreviations', vocab_pages.BACK_MATTER_HEADING) printed
        right over the table, the block just before it; '' when there is none."""
        if self._glossaries is None:  # once a document (a walker reads one)
            blocks = self.raw.blocks
            self._glossaries = {id(b): squash(a.text)[:60] for a, b in zip(blocks, blocks[1:], strict=False)
                                if isinstance(b, Table) and isinstance(a, Paragraph)
                                and BACK_MATTER_HEADING.match(squash(a.text))}
        return self._glossaries.get(id(table), "")

    def banner_over_first_headings(self, i: int, filled: list[Cell]) -> bool:
        """Is a lone cell over a table's first heading row the first of the table's group banners?
        A table that prints its heading row again under each group's title ('Children in care' /
        'Ref | Action | …' / rows, then 'Quality of practice' / 'Ref | Action | …' / rows): the
        title over the first heading row is the first group's, as those over the repeats are; a
        lone title over headings printed once names the table, not a group."""
        if len(filled) != 1 or i + 1 >= len(self._filled) or self.headings_of(i + 1) is None:
            return False
        heads = [squash(c.text) for c in self._filled[i + 1]]
        return any(len(self._filled[j]) == 1 and [squash(c.text) for c in self._filled[j + 1]] == heads
                   for j in range(i + 2, len(self._filled) - 1))

    def say_options_compared(self, table: Table) -> None:
        """Say why a table whose first row names things compared side by side ('Description | Shiny
        Proxy | Shiny Server Pro', headers.compared_options) gave no actions, where no other reading
        said so."""
        if self.header_table == table.index or not self._filled or len(self._filled[0]) < 3:
            return
        options = compared_options([squash(c.text) for c in self._filled[0]])
        if len(options) < 2 or any(f"table {table.index}:" in w and "compared side by side" in w
                                   for w in self.warnings):
            return
        self.warnings.append(f"table {table.index}: its headings name things compared side by side "
                             f"('{', '.join(options)}'); the rows beside them are what each offers, not "
                             f"things to be done: not read as actions")


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
        if self.glossary_rows == table.index:
            for c in filled:
                self.keep_aside(c.text, f"under '{self.glossary_label}', the document's list of its terms",
                                row.page, table.index, row.line, c.col)
            return
        if len(filled) == 1 and BACK_MATTER_HEADING.match(squash(filled[0].text)):
            # a glossary's heading ('Glossary', 'Abbreviations') opening a table or run into the plan's:
            # the rows from it on explain the plan's terms ('ASC | Adult Social Care'), no action
            self.glossary_rows, self.glossary_label = table.index, squash(filled[0].text)[:60]
            self.structure.append(self.glossary_label)
            # (a Note: the document's own heading says what the rows are; their text stays in leftovers)
            self.warnings.append(Note(f"table {table.index}: the rows from '{self.glossary_label}' on explain the "
                                      f"document's terms, no actions (in leftovers)"))
            return
        if len(filled) == 1 and self.header is not None and self.header_table == table.index:
            text = squash(filled[0].text)
            if review_heading(text) and not words_over(text, 16):
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
        if self.form_banner(i, filled):
            return
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
        if kpi is not None and self.figures_under_kpi(filled, table):
            kpi = None  # a row of the indicator table being read, its figures under its headings: no heading row
        # an indicator table's headings name no action nor lead: they win over an action reading
        # ('Measure | Target | Actual | RAG rating' also reads as a measure and a RAG)
        sub = self.sub_header(filled, row, table) or self.stacked_heading(i, filled, row, table)
        if sub is not None:
            self.read_labels(c.text for c in filled)
            # the rows under this second heading row, not the table's first rows, are the evidence
            # its columns are checked against (settle_by_content finds them after their heading row)
            self._headings[i] = sub
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
        fix = issue_to_fix([c.label for c in header.columns]) if header is not None and \
            "action" not in header.fields() else None
        if fix is not None and header is not None:
            column = header.columns[fix]
            column.field, column.value, column.score, column.basis = "action", "", DECENT, "heading"
            header.forget_columns()
            self.warnings.append(f"table {table.index}: '{column.label}' beside a heading saying when each is to be "
                                 f"fixed: a remediation plan, each issue read as the action")
        why = self.key_table(i, header) if header is not None else ""
        if why and header is not None:
            # a key to the codes the plan uses ('Status | Description'): it explains, it lists no actions
            self.header, self.register_table = None, table.index
            self.register_reason = f"a key to the plan's codes ('{header.columns[0].label}'), no action"
            self.warnings.append(f"table {table.index} is a key to the plan's codes ({why}): its rows are kept aside")
            return
        # who does what in general ('Role | Responsibilities'), what is done in each phase of an emergency
        # whenever it comes: standing duties and arrangements, not the plan's actions
        standing = ((self.duties_table, "a table of duties ('{}'), no action", "lists standing duties"),
                    (self.phases_table, "activities by phase of an emergency ('{}'), no action",
                     "sets out activities by phase"))
        for finder, reason, says in standing:
            why = finder(i, header) if header is not None else ""
            if why and header is not None:
                self.header, self.register_table = None, table.index
                self.register_reason = reason.format(header.columns[0].label)
                self.warnings.append(f"table {table.index} {says} ({why}): its rows are kept aside")
                for c in filled:
                    self.keep_aside(c.text, self.register_reason, row.page, table.index, row.line, c.col)
                return
        if header is not None and self.summary_of_lists(i, header):
            self.header, self.register_table, self.register_reason = None, table.index, "summary of lists"
            self.warnings.append(f"table {table.index} holds lists under '{header.columns[0].label}' and "
                                 f"'{header.columns[-1].label}' with no who, when or status: a summary (a highlight "
                                 f"report's done / next lists), kept aside")
            return
        if header is None and (self.form_aside == table.index or self.form_label_row(table, filled)):
            for c in filled:
                self.keep_aside(c.text, "a form's labels and values (labels recurring once per form), not rows of "
                                "the table before", row.page, table.index, row.line, c.col)
            return
        if self.form_aside == table.index:  # a heading row of its own (the form's nested grid): read from here
            self.form_aside = 0
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
        if self.owner_row(filled, row, table):
            return
        if self.banner_row(filled, row, table):
            return
        if self.area_lead_row(filled) or self.area_outcome_row(filled):
            return
        if row.repeated_header:  # marked by the source as a heading row (Word's "repeat as header row")
            for c in filled:
                self.keep_aside(c.text, "heading row", row.page, table.index, row.line, c.col)
            return
        if self.kpi is not None:
            self.kpi_row(cells, row, table)
            return
        if self.header is None and self.banner_over_first_headings(i, filled):
            self.structure.append(squash(filled[0].text))
            self.set_area("", squash(filled[0].text), "")
            return
        if self.header is None or i in self.lead_in_rows:
            for c in filled:
                if self.box_outcome(c.text, table):
                    continue
                self.keep_aside(c.text, "text in a table before any column headings", row.page, table.index,
                                row.line, c.col)
            return
        if self.header_table == table.index and self.group_label_row(filled, table):
            # a report grouped by status: its label over the rows below (their status_raw holds it)
            self.group_status = (table.index, squash(filled[0].text))
            self.structure.append(squash(filled[0].text))
            return
        if self.spanning_row(filled, row, table):
            return
        if bracketed_guidance_row(filled):  # '(what will be done) | (dd/mm/yyyy)': part of the heading
            for c in filled:
                self.keep_aside(c.text, "heading row (a template's guidance in brackets)", row.page, table.index,
                                row.line, c.col)
            return
        if example_row(filled):  # 'e.g. Deliver briefings … | e.g. Jo Bloggs': how to fill it in, no action
            self.warnings.append(f"table {table.index}: a worked example row ('{squash(filled[0].text)[:60]}') "
                                 f"kept aside, not read as an action")
            for c in filled:
                self.keep_aside(c.text, "a template's worked example (an 'e.g.' row)", row.page, table.index,
                                row.line, c.col)
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
        if self.form_fields_under_grid(i, filled, row, table):
            return
        self.data_row(cells, filled, row, table)


def _table_next(blocks: list, i: int) -> bool:
    return i + 1 < len(blocks) and isinstance(blocks[i + 1], Table)


__all__ = ["Walker", "area_ref_of", "read_banner"]

