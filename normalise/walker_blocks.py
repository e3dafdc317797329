"""The blocks outside tables as the walk meets them: paragraphs and labelled forms ('Action: …'),
lists read as actions (announced by a sentence, beside labels, undone), forms in cells or in lines,
indicators in blocks, minute notes kept aside, a section's action, a slide's title, link targets,
a theme row cut off by a page, and a review section's tracking.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from planx.extract.model import Paragraph, Table
from planx.normalise.area_titles import about_the_document, area_title
from planx.normalise.banners import NUMBERED_TITLE, area_ref_of, read_banner
from planx.normalise.block_headings import _DOCUMENT_PARTS, looks_like_heading, review_heading, starts_document_part
from planx.normalise.columns import opens_with_verb
from planx.normalise.draft import Draft
from planx.normalise.guard import SURE_HEADING, ActionSource
from planx.normalise.horizons import AHEAD_KEY, PENDING_KEY
from planx.normalise.labelforms import LabelForms, Record, label_number, record_fields, title_ref
from planx.normalise.milestones import dated_steps
from planx.normalise.minutes import (
    ANNOUNCED_ACCEPT,
    ANNOUNCED_ITEM,
    Announced,
    margin_note_paragraphs,
    opens_legal_clause,
    recommends,
    weigh_announced,
)
from planx.normalise.recaps import reviews_earlier_actions
from planx.normalise.records import Indicator
from planx.normalise.row_cells import opens_item, starts_lower
from planx.normalise.sections import Section
from planx.normalise.slides import SlideTitle, continued_title
from planx.normalise.tableforms import (
    _MAX_BANNER_WORDS,
    LAID_OUT_FORMATS,
    cell_form_lines,
    cell_form_paragraphs,
    form_label,
    labelled_line,
    other_labelled_line,
    run_together_labels,
)
from planx.normalise.text import clean, fold, squash, words_over
from planx.normalise.walker_state import _AREA_NUMBER, WalkerState

# an action log holds about as many actions as the minute text notes: more than this many notes per
# logged action and the notes are the actions (minute_notes_aside)
_NOTES_PER_LOGGED = 3
# labelled 'Action:' paragraphs, at least this many and this many times the list items read by their
# wording, make those items no actions (Walker.lists_beside_labels)
_LABELLED_MANY = 10
_LABELLED_OVER_LISTS = 2

# an owner noted in brackets after a minute's action: '(Lead: Sarah)', '(owner – JS)'
_BRACKETED_OWNER = re.compile(r"\(\s*(?:lead|owner|who|by whom|responsible)\s*[:\-–]", re.I)

# words at most in a theme row's title (a service, a priority), printed apart from its table
_MAX_THEME_WORDS = 12


class BlockReaders(WalkerState):
    """The blocks outside tables: paragraphs, labelled forms, lists, minute notes."""

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

    def field_row_cut_off(self, blocks: list, i: int) -> bool:
        """A labelled line right under a table ('Update: Pilot under way'), where the table's actions
        carry such a line as a row of their own under them (most of them) and its last action has none: the
        last action's line, which the table's end left outside it (a PDF's table detection stops at a
        row of one cell across the table). Read into that action's field; True when so read."""
        block = blocks[i]
        if not isinstance(block, Paragraph) or block.heading or not 0 < i or not isinstance(blocks[i - 1], Table):
            return False
        read = labelled_line(squash(block.text))
        table = blocks[i - 1]
        if read is None or read[0] == "action" or not read[1].strip() or not self.drafts:
            return False
        mine = [d for d in self.drafts if d.table == table.index]
        given = sum(1 for d in mine[:-1] if d.text(read[0]))  # (a line left blank gives none: 'Update:')
        if len(mine) < 2 or mine[-1] is not self.drafts[-1] or mine[-1].text(read[0]) \
                or given < min(2, len(mine) - 1) or 2 * given < len(mine) - 1:
            return False
        mine[-1].add(read[0], read[1])
        self.structure.append(block.text)
        self.warnings.append(f"'{clean(block.text)[:60]}': a labelled line right under table {table.index}, "
                             f"whose other actions each have their '{read[0]}' line as a row: its last action's")
        return True

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
            if key in forms.series:  # 'Year 2: Same as Year 1.': a step of the action and the period it is for
                draft.sub_rows.append({"milestones": value, "due": label})
                draft.milestone_rows = True
                continue
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
        ticked = next((it for it in record.items if it.ticked), None)
        if ticked is not None and "status" not in given:  # the option its ticked box chose ('☑ Implemented')
            draft.add("status", ticked.ticked)
            given.add("status")
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
        from planx.normalise.commitments import SET_ASIDE_NOTES
        from planx.normalise.lists import read_lists
        notes: list[str] = []
        token = SET_ASIDE_NOTES.set(notes)
        try:
            reading = read_lists(self.raw)
        finally:
            SET_ASIDE_NOTES.reset(token)
        self.warnings += [f"lists not read as actions: {note}" for note in notes]
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
                                                              "outcome": a.context.get("outcome", ""),
                                                              "horizon": a.context.get("horizon", ""),
                                                              PENDING_KEY: a.context.get(PENDING_KEY, ""),
                                                              AHEAD_KEY: a.context.get(AHEAD_KEY, "")})
            for name, value in a.fields.items():
                draft.add(name, value)
            draft.unlabelled_part = a.part
            if a.steps:  # its milestones listed one by one, each with its own date (none the action's)
                draft.sub_rows, draft.milestone_rows = [dict(r) for r in a.steps], True
            for text in a.aside:
                self.keep_aside(text, a.aside_why or "a label tagging an action (an issue label's link)", a.page, 0,
                                a.line)
            out.setdefault(a.block, []).append(draft)
            self.read_labels(a.labels)
        self.period_tables(reading.blocks, out)
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

    def period_tables(self, read: set[int], out: dict[int, list[Draft]]) -> None:
        """A table of period columns under an action read from lists, rating it period by period
        (normalise/period_ratings.py): its ratings are the action's, its latest update its progress,
        the earlier updates kept aside; the table is read here (in out), not as a plan table."""
        from planx.normalise.period_ratings import period_ratings
        starts = sorted(i for i, drafts in out.items() if drafts)
        tables = 0
        for k, start in enumerate(starts):
            end = starts[k + 1] if k + 1 < len(starts) else len(self.raw.blocks)
            for j in range(start + 1, end):
                block = self.raw.blocks[j]
                if isinstance(block, Paragraph):
                    if block.heading:
                        break
                    continue
                if j in read or j in out:
                    break
                found = period_ratings(block)
                if found is None:
                    break
                draft = out[start][-1]
                draft.ratings.extend(found.ratings)
                self.structure += found.labels + found.headings
                latest = found.updates[-1] if found.updates else None
                if latest and not draft.text("progress"):
                    draft.add("progress", latest[1])
                for label, text in found.updates:
                    if (label, text) != latest:
                        self.keep_aside(f"{label}: {text}", "an earlier period's update in the table of periods "
                                        "under an action", block.page, block.index)
                out[j] = []
                tables += 1
                break
        if tables:
            self.warnings.append(f"{tables} table(s) of period columns under actions read as their ratings "
                                 "by period (the latest filled one the action's RAG, its update the progress)")

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
                lines = cell_form_paragraphs(c.text, wrapped=self.raw.format in LAID_OUT_FORMATS)
                self.paragraphs_in_order([Paragraph(text=line, page=row.page, line=row.line + k)
                                          for k, line in enumerate(lines)])
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

    def margin_notes_table(self, table: Table) -> bool:
        """Minutes' running text with who acts in the right margin that the PDF reader took for a table of
        two columns (minutes.margin_note_paragraphs): read as the paragraphs and margin notes they are
        outside a table. False leaves any other table to the table readers."""
        rows = [[(c.col, c.text) for c in row.cells if not c.merged_above and c.text.strip()] for row in table.rows]
        paragraphs = margin_note_paragraphs(rows)
        if paragraphs is None:
            return False
        self.flush_form()
        self.prose.close_into_walker()
        self.tables_seen += 1
        self.paragraphs_in_order([Paragraph(text=text, page=table.rows[i].page, line=table.rows[i].line + k)
                                  for k, (i, text) in enumerate(paragraphs)])
        self.flush_form()
        self.prose.close_into_walker()
        self.warnings.append(f"table {table.index}: minutes' text with who acts in its right margin, read as "
                             "paragraphs and margin notes (no table)")
        return True

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

    def link_targets(self) -> None:
        """Where the paragraphs' links and images point (a Markdown or HTML document's): their text is
        in the paragraph, their targets are not, so each is kept aside with its line (nothing lost)."""
        for b in self.raw.blocks:
            if isinstance(b, Paragraph):
                for link in b.links:
                    what = f"the image {link.text!r}" if link.image else f"the link {link.text!r}"
                    self.keep_aside(link.target, f"where {what} points", b.page, 0, b.line)

    def paragraphs_in_order(self, paragraphs: Sequence[Paragraph]) -> None:
        """Paragraphs read one after another, each knowing whether a form's labelled line follows it."""
        for k, p in enumerate(paragraphs):
            following = paragraphs[k + 1].text if k + 1 < len(paragraphs) else ""
            self.paragraph(p, before_form=bool(following) and labelled_line(following.strip()) is not None,
                           following=following)

    def paragraph(self, p: Paragraph, before_form: bool = False, following: str = "") -> None:
        """A paragraph outside tables; before_form: the next block is a form's labelled line ('Action: …');
        following: the next paragraph's text, if the next block is one."""
        text = p.text.strip()
        labelled = labelled_line(text)
        if labelled is None and self.pending_form and starts_lower(text) and not opens_item(text):
            # ('Action: RF to collect rents.' / 'iii) Directional Signs': the next item's heading, no more words)
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
        self.prose.emphasised = p.emphasised
        if self.prose.paragraph(text, p.page, p.line, p.heading or read_banner(text) is not None,
                                labelled is not None, indented=p.level > 0, before_form=before_form,
                                depth=p.level, before_clause=opens_legal_clause(following)):
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
                # a line of several 'ACTION:' labels (points run together into one paragraph): all of it
                several = [n for n, _, q in lines if q is p]
                run_on = len(several) > 1 and set(several) == {"action"}
                if name == "action" and self.prose.form_actions(label, whole if one_note or run_on else value,
                                                                p.page, p.line):
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

    def plain_tasks_aside(self) -> None:
        """Minutes that list their actions under a heading of their own ('## Action items' over 'Name:
        task' items) or in an action log's table say themselves which their actions are: a task the
        minute text sets in plain words ('… The board approves the proposed use. Catherine will follow
        up.') is that list's item noted where it was discussed, kept aside. Without such a list those
        plain words are the only record of the task, and stand."""
        plain = {id(d) for d in self.plain_drafts} & {id(d) for d in self.drafts}
        if not plain:
            return
        others = [d for d in self.drafts if id(d) not in plain]
        if not self._labelled_items() and not any(d.table for d in others):
            return
        for d in self.drafts:
            if id(d) in plain:
                self.keep_aside(" ".join(d.text(n) for n in ("action", "lead", "due") if d.text(n)),
                                "task set in the minute's plain words (the document lists its actions)",
                                d.page, 0, d.line)
        self.drafts = [d for d in self.drafts if id(d) not in plain]
        self.minute_drafts = [d for d in self.minute_drafts if id(d) not in plain]
        self.warnings.append(f"{len(plain)} task(s) set in the minutes' plain words kept aside: the document "
                             "lists its actions")

    def minute_notes_aside(self) -> int:
        """Minutes that keep an action log ('ACTIONS TO BE TAKEN' as a table) note each action in
        the minute text too ('Action: Clerk to file signed copy'): the log holds the actions, the
        notes are kept aside. How many were."""
        # (the items of a list under a heading of its own naming actions, '## Follow-up actions' beside a
        # planning table, are a log of their own, no notes in the minute text: they stand)
        notes = {id(d) for d in self.minute_drafts} - self.headed_drafts
        # a table about the document itself (its versions, whom they went to: 'Version management',
        # 'Distribution') is no action log
        records = {d.table for d in self.drafts if d.table and about_the_document(d.context.get("area", ""))}
        logged = sum(1 for d in self.drafts if id(d) not in notes and d.table and d.table not in records)
        # a log under a review of the last meeting's actions ('Actions from previous meeting') lists
        # what was set before; the notes in this meeting's text set new actions, no copies of its rows
        reviewed = sum(1 for d in self.drafts if id(d) not in notes and d.table and d.table not in records
                       and reviews_earlier_actions(d.context.get("area", "")))
        if logged and reviewed == logged:
            return 0
        # a log lists the actions the notes mark, about as many: notes far outnumbering the table's rows
        # (a strategy's 'Action:' paragraphs, 59, beside a table of 4 labs) are the actions, not copies
        if not notes or not logged or len(notes) > _NOTES_PER_LOGGED * logged:
            return 0
        for d in self.minute_drafts:
            if id(d) not in notes:
                continue
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

    def track_review(self, p: Paragraph, running: float) -> None:
        """Follow the sections that review a past period: a heading that says so ('Part B: Review of
        outcomes in the previous academic year') opens one; a heading at least as prominent that
        does not closes it (by type size where both have one, else by rank, else a new part of the
        document)."""
        if self._plain is None:  # plain text sets nothing apart: a short line may be a heading
            self._plain = not any(isinstance(b, Paragraph) and (b.heading or b.bold or b.size)
                                  for b in self.raw.blocks)
        styled = looks_like_heading(p, running) or p.bold or self._plain and not p.text.rstrip().endswith(".")
        if not styled or words_over(p.text, 16):
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
