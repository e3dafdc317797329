"""How a data row opens a new action (Draft): the area it falls under (a theme over its column, an
area column's label, an area numbered by the row's reference or its letters), whether the
reference column numbers actions or areas, and the note of how the action column was chosen.
"""
from __future__ import annotations

import re

from planx.extract.model import Cell, Row, Table
from planx.normalise.area_titles import area_title, item_identifier, split_timeframe
from planx.normalise.banners import area_ref_of, code_beside_item, read_banner
from planx.normalise.columns import says_nothing
from planx.normalise.draft import Draft
from planx.normalise.guard import ActionSource
from planx.normalise.headers import split_area_lead
from planx.normalise.heading_rows import same_layout
from planx.normalise.itemlists import item_code
from planx.normalise.reflevels import code_levels, under
from planx.normalise.text import clean, fix_lookalikes, fold, squash
from planx.normalise.vocab import AREA_WORDS, HEARD_LEAD_INS
from planx.normalise.walker_state import _BARE_REF, GROUP_FIELDS, MILESTONE_FIELDS, MIN_COUNTED_ROWS, WalkerState

# letters before a row's number ('R1', 'IA-21-01', 'REC 4'): the letters, then what follows them
_LETTERED_REF = re.compile(r"([A-Za-z]{1,5})[\s\-_]*(\d[\d\-/]*)")
# letters before a group's number alone ('P1', 'Pr 2', 'SO-3'): the number an area's id, when the letters
# are shared down the column and the id repeats row after row (prefixed_area_number)
_PREFIXED_AREA = re.compile(r"([A-Za-z]{1,5})[\s\-_]*(\d{1,2})")
# a lower-case letter then a capital: where a field name joins its words ('PillarID', 'focusArea')
_CASE_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")

# how surely a column's heading must name the area (0-100) to take it from a theme row across the table
AREA_COLUMN_SURE = 95.0

# an area cell that opens with its number, with or without a stop ('1 Strengthen leadership', '2. Early help'),
# its title perhaps opening with an initialism followed by words ('3. SEND and inclusion') or with the
# article 'A' before a word in lower case ('2. A clear line of accountability'); or an initialism alone
# after a stop ('3. SEND' under '1. Early reading': the stop sets the number off as the area's)
_NUMBERED_AREA = re.compile(r"^\s*(\d{1,2})(?:[.):]?\s+(?=[A-Z](?:[a-z]|[A-Z]{1,5}\s+[A-Za-z])|A\s+[a-z])"
                            r"|[.):]\s+(?=[A-Z]{2,6}\s*$))(\S.*)$", re.S)


class NewDrafts(WalkerState):
    """A data row opening an action: its area, its reference's kind, how its column was chosen."""

    @staticmethod
    def ref_allows_area(ref: str, number: str) -> bool:
        """May the number opening the row's area cell ('1. Records …') number its area, beside the row's
        reference? Yes when there is no reference, when the reference is a code within that number
        ('1.2', '1.A.1'), and when the reference reads as no code at all ('1 ESE', a scan's '1.1'
        misread; 'R-001'): a reference that can't be read says nothing against the number the area
        cell prints. No when the reference is a code of another number ('3.1' beside '2 Early help')."""
        if not ref:
            return True
        levels = code_levels(ref)
        return levels is None or under(levels, (number,))

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
            code = code_levels(texts["area_ref"])
            if self.context.get("area_source") == "outline" and self.context["area"] \
                    and under(code, tuple(self.context.get("outline_code", "").split("."))):
                # a code within the area a row coded above it heads ('A1.2' under 'A'): that area's action;
                # within the objective a coded row names too, or another objective's
                if self.context.get("objective_code") and \
                        not under(code, tuple(self.context["objective_code"].split("."))):
                    self.context.update(objective="", objective_code="")
            elif self.numbers_the_action(texts, table):
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
            elif ref != self.context["area_ref"] and not self.context["area_ref"] and self.context["area"] \
                    and not self.context.get("area_source") \
                    and ref != fix_lookalikes(texts["area_ref"].strip()).strip(" .)"):
                # the first sub-reference ('2.1') under an unnumbered banner row ('Quality of practice'
                # alone across the table, over the heading row printed again): the banner names the
                # area, and the reference's first part numbers it
                self.context["area_ref"] = ref
            elif ref != self.context["area_ref"] and self.context["area_ref"] and self.context["area"] \
                    and (item_code(texts["area_ref"]) or self.counts_on(texts["area_ref"], table)):
                # an item's own code ('A1', 'RS102') under a numbered heading or banner, or a number that
                # counts on from the last action's ('4' after '3'): the heading or banner names the area
                pass
            elif ref != self.context["area_ref"] and self.context["area"] \
                    and self.context.get("area_source") == "slide":
                # a slide's title is the area of every row on its page (and on the slides that go on
                # with it): the next table's numbers there ('3' in a second table under the title) say
                # which item it is, not a new area
                self.context["area_ref"] = ref
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
                                                       or item_identifier(texts["area_ref"])
                                                       or banner[0] == self.context["area_ref"]):
                # 'Priority 1 Raise attainment in reading' in the priority column: its number and title
                # (with a ref column too, when the row's ref is in that area: 'Objective 1 - …' by '1.2';
                # or when the row's ref is the item's own identifier, a task export's 'Task ID', no area's)
                self.context["area_ref"] = banner[0]
                self.context["area"] = area_title(banner[1])
                self.column_area = (self.context["area_ref"], self.context["area"])
            elif banner and banner[0] and banner[1] and area_ref_of(texts["area_ref"]) == banner[0]:
                # 'Theme 2: Front door and early help' beside the row's own '2.1': the number the
                # reference column already gives, the theme's title the area
                self.context["area"] = area_title(banner[1])
            elif (m := _NUMBERED_AREA.match(texts["area"])) and self.ref_allows_area(texts.get("area_ref", ""),
                                                                                    m.group(1)):
                # '1 Strengthen leadership' in the area column: its number and title, as a banner's (beside
                # the row's own '2.A.1' too, a code within that number: a theme column over a reference's)
                self.context["area_ref"], self.context["area"] = m.group(1), area_title(m.group(2))
                self.column_area = (self.context["area_ref"], self.context["area"])
            elif coded := code_beside_item(texts["area"], texts.get("area_ref", "")):
                # 'B Safe staffing' in the theme column beside the row's own 'B1': the letter is the
                # area's code, as the reference numbered under it says (banners.code_beside_item)
                self.context["area_ref"], self.context["area"] = coded[0], area_title(coded[1])
                self.column_area = (self.context["area_ref"], self.context["area"])
            else:
                if self.column_area == (self.context["area_ref"], self.context["area"]) \
                        and texts["area"] != self.context["area"] and not texts.get("area_ref"):
                    # another area, unnumbered, after a numbered one in the column: the number was that area's
                    self.context["area_ref"] = ""
                self.context["area"] = texts["area"]
        if texts.get("area_lead", "").strip():
            # the area's own owner column (a risk register's 'Risk owner' beside the actions' 'Lead'):
            # its value holds for the rows below until the next, as the area's does
            self.context["area_lead"] = clean(texts["area_lead"])
        headed_group = False  # the objective printed once over its rows under a heading (objective_heads_rows)
        if texts.get("objective") and self.objective_titles_groups():
            # a title printed once over its group of rows inside a band or numbered heading (two group
            # levels: the column of group titles is the objective), as an area column's title would be:
            # the rows below it, its cell left empty, are in that group too
            self.context["objective"] = texts["objective"]
        elif self.objective_heads_rows():
            filled = {k for k, v in texts.items() if v.strip()}
            if texts.get("objective", "").strip():
                if fold(texts["objective"]) == fold(self.objective_printed):
                    self.objective_repeats.add(table.index)  # printed again on the next row where it applies
                self.context["objective"], self.objective_row = texts["objective"], filled - {"objective"}
                self.objective_printed = texts["objective"]
            elif self.context.get("objective") and self.objective_row <= filled and \
                    table.index not in self.objective_repeats:
                headed_group = True
        if not texts.get("area", "").strip() and not texts.get("rag", "").strip() and self.rates_the_risk():
            # another action against the risk above, its cells merged down or left blank: the risk's
            # rating is the rating of each action taken against it
            above = next((d for d in reversed(self.drafts) if d.table == table.index), None)
            if above is not None and above.context.get("area") == self.context["area"] and above.text("rag"):
                texts["rag"] = above.text("rag")
        pieces = {name: [text] for name, text in texts.items() if name not in GROUP_FIELDS and text.strip()}
        draft = Draft(pieces=pieces, page=row.page, line=row.line, table=table.index, fills=fills,
                      sub_rows=[{k: texts[k] for k in MILESTONE_FIELDS if k in texts}])
        if texts.get("area_ref"):
            draft.add("ref", texts["area_ref"])  # the action's own reference ('2a', '1.1')
        draft.ratings.extend(ratings)
        draft.context = dict(self.context)
        if not headed_group and not texts.get("objective", "").strip() and self.objective_printed and \
                draft.context.get("objective") == self.objective_printed:
            draft.context["objective"] = ""  # a row that leaves blank more than the objective: none of its own
        self.drafts.append(draft)
        self.note_action_source(table.index)

    def rates_the_risk(self) -> bool:
        """Is the table a risk register whose area column names each risk ('Risk', 'Risk title':
        headers._risk_as_area) beside a RAG column? Its rating rates the risk, not one action."""
        if self.header is None or "rag" not in self.header.fields():
            return False
        return any(c.field == "area" and "risk" in fold(c.label).split() for c in self.header.columns)

    def objective_titles_groups(self) -> bool:
        """Is the objective the table's first column, read by its content as the short titles each
        over a group of rows inside an outer group (walker_header_fields.outer_group)?"""
        if self.header is None:
            return False
        first = min((c.col for c in self.header.columns), default=0)
        return any(c.field == "objective" and c.basis == "content" and c.col == first for c in self.header.columns)

    def objective_heads_rows(self) -> bool:
        """Is the table's first column headed as the objective ('Objective', 'Service objective')
        beside a column of what is done? Such a column may be printed once over the tasks that serve
        each objective (a merged cell, or text on the group's first row and blank below, as a PDF's or
        a text layout's rows give it): a row left blank there, and nowhere else the objective's row
        is filled, serves the objective above. A row that also leaves blank what that row filled
        (its outcome, its measure) has no objective of its own: a plan that repeats an objective where
        it means (the same objective again on the next row) leaves the column blank where there is none."""
        if self.header is None or "action" not in self.header.fields():
            return False
        first = min((c.col for c in self.header.columns), default=0)
        return any(c.field == "objective" and c.col == first for c in self.header.columns)

    def theme_over_column(self) -> bool:
        """Does a theme row across this table name the area, over a column whose heading names a group
        less surely ('Reg' over 'Regulation 13 (…)', 'Finding')? Rows across the table are the plan's
        own grouping; such a column describes each row. A heading that is the area's own word
        ('Area', 'Theme', 'Workstream', 'Strand') keeps its column; one that says what others said
        ('What you told us', 'You said': vocab.HEARD_LEAD_INS) does not, however surely it names the
        finding each row answers: the theme rows group those findings."""
        if self.context.get("area_source") != "theme" or self.theme_header is None or self.header is None:
            return False
        if self.header is not self.theme_header and not same_layout(self.header, self.theme_header):
            return False
        column = next((c for c in self.header.columns if c.field == "area"), None)
        return column is not None and column.basis == "heading" \
            and (column.score < AREA_COLUMN_SURE or heard(column.label))

    def area_column_label(self) -> str:
        column = next((c for c in self.header.columns if c.field == "area"), None) if self.header else None
        return column.label if column else ""

    def counts_on(self, ref: str, table: Table) -> bool:
        """Is a bare number the next after the last action's own number ('4' after '3'), as a plan
        numbers its actions straight through its areas, or the first of a count ('1' on the plan's
        first action, or on the first under a new heading or banner: 'Section A: …' over rows 1, 2)?
        Not where the column repeats a number down successive rows ('1', '1', '2'): there each number
        is its area's."""
        raw = fix_lookalikes(ref.strip()).strip(" .)")
        last = self.drafts[-1].text("ref").strip(" .)") if self.drafts else ""
        starts = raw == "1" and (not self.drafts or self.drafts[-1].context.get("area") != self.context["area"])
        return raw.isdigit() and (starts or last.isdigit() and int(raw) == int(last) + 1) \
            and self.header is not None and not self.refs_number_areas(table) and not self.areas_row_by_row(table)

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

    def reference_column_refs(self) -> list[str]:
        """The table's references as printed in its reference column, top to bottom ('R1', 'P1', 'P1'):
        the cells that hold a digit (not the heading's own cell), look-alike letters mended."""
        assert self.header is not None
        by_col = self.header.by_col()
        return [fix_lookalikes(squash(c.text)).strip(" .)") for cells in self._filled for c in cells
                if (column := by_col.get(c.col)) is not None and column.field == "area_ref"
                and any(ch.isdigit() for ch in c.text)]

    def refs_kind_prefix(self, table: Table) -> str:
        """The letters every reference in the table's reference column begins with, before a number
        that differs from row to row ('R1', 'R2', 'R3'; 'IA-21-01', 'IA-22-03'), MIN_COUNTED_ROWS or
        more of them: a plan that letters its areas changes the letter from area to area ('A1', 'A2',
        'B1'). Empty when the references do not all share their letters. Read once per table."""
        assert self.header is not None
        key = (table.index, id(self.header))
        if key not in self._kind_prefix:
            refs = self.reference_column_refs()
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
            refs = self.reference_column_refs()
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


def heard(label: str) -> bool:
    """Does a heading say what others said or found ('What you told us', 'You said…')?"""
    folded = f" {fold(label)} "
    return any(f" {p} " in folded for p in HEARD_LEAD_INS)
