"""Spending and grant reports written as plans (issue 14, realdocs dev4): a school's PE and sport
or pupil premium report lists what each grant paid for under 'Item/Project | Cost | Objectives |
Outcomes', and its table runs over pages that a PDF reader grids afresh.

Each rule is given the shape it handles and the shapes it must leave alone:
- a heading read as a reference ('Item', 'Item/Project') over phrases names what each row does;
  over codes ('1', '2.3') it stays a reference;
- a row gridded apart from its headings after a page break ('Objectives' over two grid columns on
  one page, 'Outcomes' over two on the next) goes under them in order;
- a narrower table after the plan, of labels and sums of money, is not more of its rows;
- the overflow of a row's long cells on the next page, gridded as two columns, goes on under the
  headings whose sentences it finishes.
The real document these come from (a ruled PDF, licence unknown) stays outside the repository;
the tests build the same shapes."""
from __future__ import annotations

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.headers import Column, Header, read_header
from planx.normalise.row_cells import regrid, sentence_left_open

HEADINGS = ["Item/Project", "Cost", "Objectives", "Outcomes"]


def row(texts: list[str], line: int, page: int = 1, spans: dict[int, int] | None = None) -> Row:
    """A row of cells laid out left to right; spans: {cell index: colspan}."""
    cells, col = [], 0
    for k, t in enumerate(texts):
        span = (spans or {}).get(k, 1)
        cells.append(Cell(t, col, colspan=span))
        col += span
    return Row(cells, page=page, line=line)


def doc(*tables: Table) -> RawDocument:
    return RawDocument(path="", name="grant.pdf", format="pdf", blocks=list(tables), pages=3)


# ---- a heading read as a reference over what each row funds -------------------------------------

def test_an_item_heading_over_phrases_reads_as_the_actions():
    below = [[(0, "Purchasing an outdoor/ adventurous scheme of work."), (1, "£90"),
              (2, "Providing outdoor and adventurous activities"), (3, "To be implemented from September 2014")]]
    header = read_header([(i, 1, h) for i, h in enumerate(HEADINGS)], below=below)
    assert header is not None
    first = header.columns[0]
    assert (first.field, first.basis) == ("action", "content")
    assert [c.field for c in header.columns[2:]] == ["objective", "outcome"]


def test_an_item_heading_alone_over_phrases_reads_as_the_actions():
    below = [[(0, "Play therapy and pastoral support"), (1, "£4800"), (2, "To ensure children are supported"),
              (3, "15 children")]]
    header = read_header([(0, 1, "Item"), (1, 1, "Cost"), (2, 1, "Objective"), (3, 1, "Outcome")], below=below)
    assert header is not None and header.columns[0].field == "action"


def test_an_item_heading_over_codes_stays_a_reference():
    below = [[(0, "1"), (1, "Recruit two social workers"), (2, "March 2026")],
             [(0, "2.1"), (1, "Publish the guide"), (2, "June 2026")]]
    header = read_header([(0, 1, "Item"), (1, 1, "Action"), (2, 1, "Due date")], below=below)
    assert header is not None
    assert [c.field for c in header.columns] == ["area_ref", "action", "due"]


def test_an_item_heading_beside_an_action_column_is_left_alone():
    # the table says what is done in its own column: 'Item' numbers the rows, whatever it holds
    below = [[(0, "Staffing costs"), (1, "Recruit two social workers"), (2, "March 2026")]]
    header = read_header([(0, 1, "Item"), (1, 1, "Action"), (2, 1, "Due date")], below=below)
    assert header is not None and header.columns[0].field == "area_ref"


# ---- a row gridded apart from its headings ------------------------------------------------------

def header_over_five_grid_columns() -> Header:
    return Header([Column(0, 1, "action", "Item/Project"), Column(1, 1, "", "Cost"),
                   Column(2, 2, "objective", "Objectives"), Column(4, 1, "outcome", "Outcomes")])


def test_a_regridded_row_goes_under_its_headings_in_order():
    cells = [Cell("The creation of a local schools sports network", 0), Cell("£0", 1),
             Cell("An increase in partnership work", 2), Cell("March 2014 6 children attended", 3, colspan=2)]
    out = regrid(cells, header_over_five_grid_columns())
    assert [(c.col, c.colspan) for c in out] == [(0, 1), (1, 1), (2, 2), (4, 1)]


def test_a_row_on_the_headings_grid_is_left_alone():
    cells = [Cell("Purchasing an outdoor scheme", 0), Cell("£90", 1),
             Cell("Providing outdoor activities", 2, colspan=2), Cell("To be implemented", 4)]
    assert regrid(cells, header_over_five_grid_columns()) == cells


def test_a_row_of_other_cells_is_not_forced_under_the_headings():
    # two cells under four headings (a label and a sum): nothing to put in order
    cells = [Cell("Carry Forward 2013-2014", 0, colspan=4), Cell("£4468", 4)]
    assert regrid(cells, header_over_five_grid_columns()) == cells


def test_a_regridded_page_of_a_grant_report_keeps_outcomes_apart_from_objectives():
    page1 = Table([row(HEADINGS, 1, spans={2: 2}),
                   row(["Purchasing age appropriate resources for the PE curriculum", "£3278.58",
                        "To ensure a sufficient range of equipment", "To be implemented summer 2014"], 2,
                       spans={2: 2})],
                  page=1, index=1)
    page2 = Table([row(["The creation of a local schools sports network", "£0",
                        "An increase in partnership work on physical education", "March 2014 6 children attended"],
                       1, page=2, spans={3: 2})], page=2, index=2)
    result = normalise(doc(page1, page2))
    last = result.actions[-1]
    assert last.action.startswith("The creation of a local schools sports network")
    assert last.objective == "An increase in partnership work on physical education"
    assert last.outcome == "March 2014 6 children attended"
    assert any("reads as a reference but its cells name what each row does" in w for w in result.warnings)


# ---- a box of labelled figures after the plan ----------------------------------------------------

def test_a_narrower_box_of_figures_after_the_plan_gives_no_actions():
    plan = Table([row(["Item/project", "Cost", "Objective", "Outcome"], 1),
                  row(["Introduction of phonic/ reading programme", "£21996", "To ensure that children make progress",
                       "19 pass phonic screen"], 2),
                  row(["Play therapy and pastoral support", "£4800", "To ensure access to services",
                       "15 children"], 3)],
                 page=1, index=1)
    box = Table([row(["Total number of pupils on role", "270"], 1, page=2),
                 row(["Total number pupils eligible for PPG", "23"], 2, page=2),
                 row(["Total PPG expenditure To Date or committed:", "£36,400"], 3, page=2)], page=2, index=2)
    result = normalise(doc(plan, box))
    assert [a.action for a in result.actions] == ["Introduction of phonic/ reading programme",
                                                  "Play therapy and pastoral support"]
    assert any("labels and figures" in w for w in result.warnings)


def test_a_narrower_table_of_sentences_after_the_plan_is_still_read():
    # no figures: the rows are read under the headings as before (the guard is the figures). The
    # plan's own rows say what each is for and what came of it, as a real grant report's do, so
    # the precision guard (normalise/guard.py) keeps the table a plan's
    plan = Table([row(["Item/project", "Cost", "Objective", "Outcome"], 1),
                  row(["Introduction of phonic/ reading programme", "£21996", "To ensure progress", "19 pass"], 2),
                  row(["Speech and language therapist", "£6000", "To improve speech", "12 children assessed"], 3),
                  row(["Booster groups in Year 2", "£3000", "To raise attainment", "80% at expected"], 4)],
                 page=1, index=1)
    more = Table([row(["Play therapy and pastoral support", "Improve wellbeing of targeted pupils"], 1, page=2),
                  row(["Additional reading volunteers", "Improve reading at home"], 2, page=2)], page=2, index=2)
    result = normalise(doc(plan, more))
    assert "Additional reading volunteers" in [a.action for a in result.actions]


# ---- the overflow of a row on the next page --------------------------------------------------------

def test_sentence_left_open():
    assert sentence_left_open("children identified at risk of") == 2
    assert sentence_left_open("Play therapy and pastoral support") == 1
    assert sentence_left_open("judged at least good in reading.") == 0
    assert sentence_left_open("") == 0


def test_the_overflow_of_long_cells_goes_on_under_the_headings_it_finishes():
    plan = Table([row(["Item/project", "Cost", "Objective", "Outcome"], 1),
                  row(["Introduction of phonic/ reading programme", "£21996", "To ensure that children make progress.",
                       "19 pass phonic screen"], 2),
                  row(["Play therapy and pastoral support", "£4800", "To ensure children identified at risk of",
                       "Year 2 – 11 children pass phonic screen"], 3)], page=1, index=1)
    # the next page grids only what overflowed: two columns, the empty ones before them gone
    overflow = Table([row(["underachievement have access to services to support their wellbeing.",
                           "Year 1 – 5 children pass phonic screen"], 1, page=2)], page=2, index=2)
    result = normalise(doc(plan, overflow))
    last = result.actions[-1]
    assert last.action == "Play therapy and pastoral support"
    assert last.objective.endswith("at risk of underachievement have access to services to support their wellbeing.")
    assert "Year 1 – 5 children" in last.outcome
    assert any("sentences they finish" in w for w in result.warnings)


def test_a_narrower_continuation_with_no_sentence_to_finish_is_not_moved():
    plan = Table([row(["Item/project", "Cost", "Objective", "Outcome"], 1),
                  row(["Play therapy and pastoral support", "£4800", "To ensure children are supported.",
                       "15 children."], 2)], page=1, index=1)
    more = Table([row(["Reading volunteers", "£300"], 1, page=2),
                   row(["Homework club", "£450"], 2, page=2)], page=2, index=2)
    result = normalise(doc(plan, more))
    assert not any("sentences they finish" in w for w in result.warnings)


# ---- the headings printed again with prompts under some ---------------------------------------------

def test_a_template_row_reprinting_the_headings_with_prompts_gives_no_action():
    # a blank federal template: the headings merged down over two rows, the second with what to
    # enter under Status and Status Description; the rows below give only their area
    template = Table([row(["Area", "Actions and Milestones extracted from Agency FITARA Action Plan",
                           "Target Completion Date", "Status", "Status Description"], 1),
                      row(["Area", "Actions and Milestones extracted from Agency FITARA Action Plan",
                           "Target Completion Date", "Choose: Not Started, In Progress, Complete, Deferred",
                           "Describe in detail agency responses to status"], 2),
                      row(["Budget Formulation (A-D)", "", "", "", ""], 3),
                      row(["Budget Execution (E-H)", "", "", "", ""], 4)], page=1, index=1)
    result = normalise(RawDocument(path="", name="t.docx", format="docx", blocks=[template]))
    assert result.actions == []


def test_a_data_row_naming_one_heading_is_still_read():
    # one cell that happens to read as its heading ('Status' under 'Status') is no reprint
    plan = Table([row(["Action", "Lead", "Status"], 1),
                  row(["Agree the status report format", "Head of Service", "Status"], 2),
                  row(["Publish the quarterly report", "Analyst", "Complete"], 3)], page=1, index=1)
    result = normalise(RawDocument(path="", name="p.docx", format="docx", blocks=[plan]))
    assert [a.action for a in result.actions] == ["Agree the status report format", "Publish the quarterly report"]


# ---- a column of choices under 'Action' ---------------------------------------------------------------

def test_a_register_whose_action_column_is_a_choice_list_gives_no_actions():
    # a file-format register: 'Preservation Action' holds Retain / Transform on every row; what
    # each row is about is the format, and no row says in words what is to be done
    rows = [row(["Format Name", "Risk Level", "Preservation Action", "Lead", "Target date"], 1)]
    for k in range(40):
        choice = ("Retain", "Transform", "Retain", "Identify Version")[k % 4]
        rows.append(row([f"Format {k}", ("Low Risk", "Moderate Risk")[k % 2], choice, "Digital Preservation Team",
                         "March 2026"], k + 2))
    result = normalise(RawDocument(path="", name="r.xlsx", format="xlsx", blocks=[Table(rows, page=1, index=1)]))
    assert result.actions == []
    assert any("a choice of 3 values over 40 rows, not action" in w for w in result.warnings)


def test_short_actions_that_differ_are_still_actions():
    rows = [row(["Action", "Owner", "Due"], 1)]
    for k in range(15):
        rows.append(row([f"Audit ward {k}", "Matron", "March 2026"], k + 2))
    result = normalise(RawDocument(path="", name="a.xlsx", format="xlsx", blocks=[Table(rows, page=1, index=1)]))
    assert len(result.actions) == 15


# ---- a grant report's spending table under figures, titled a report (realdocs holdout38) ----------

def _grant_report(costs: tuple[str, str, str]) -> RawDocument:
    """A report's title, a box of the grant's figures and notes, then 'Item/Project | Cost | Objectives |
    Outcomes' well down the same table, its last rows on the next page after a banner and the fund's
    account lines."""
    from planx.extract.model import Paragraph
    title = Paragraph("PRIMARY PE SPORT GRANT REPORT 2014 - 2015", page=1, line=1, heading=True)
    page1 = Table([row(["Primary PE Sport Grant Awarded"], 1, spans={0: 5}),
                   row(["Total number of pupils on roll", "270"], 2, spans={0: 3, 1: 2}),
                   row(["Total funding from Dec 2013 up until August 2014", "£5,438"], 3, spans={0: 3, 1: 2}),
                   row(["Record of spending by item/project 2013-2014"], 4, spans={0: 5}),
                   row(HEADINGS, 5, spans={2: 2}),
                   row(["Employing specialist coaching staff to run activities at lunchtime", costs[0],
                        "All children to have access to a sporting activity at lunchtimes",
                        "151 (56%) children have regularly taken part"], 6, spans={2: 2}),
                   row(["Purchasing an outdoor and adventurous scheme of work.", costs[1],
                        "Providing outdoor and adventurous activities as part of the curriculum",
                        "To be implemented from September 2014"], 7, spans={2: 2})], page=1, index=1)
    page2 = Table([row(["Purchasing age appropriate resources for the PE curriculum", costs[2],
                        "To ensure a sufficient range of equipment", "To be implemented summer 2014"], 1, page=2,
                       spans={2: 2}),
                   row(["Carry Forward 2013-2014", "£4468"], 2, page=2, spans={0: 4}),
                   row(["Sport Grant Allocation 2014-2015", "£8646"], 3, page=2, spans={0: 4})], page=2, index=2)
    return RawDocument(path="", name="sport_grant.pdf", format="pdf", blocks=[title, page1, page2], pages=2)


def test_a_reports_spending_table_commits_money_to_each_item():
    result = normalise(_grant_report(("£694.42 committed", "£90", "£3278.58 committed")))
    assert [a.action for a in result.actions] == [
        "Employing specialist coaching staff to run activities at lunchtime",
        "Purchasing an outdoor and adventurous scheme of work.",
        "Purchasing age appropriate resources for the PE curriculum"]
    assert result.actions[1].outcome == "To be implemented from September 2014"


def test_a_funds_account_lines_are_no_actions():
    from planx.normalise.columns import account_line
    assert account_line("Carry Forward 2013-2014") and account_line("Sport Grant Allocation 2014/15")
    assert account_line("Balance remaining")
    assert not account_line("Review the budget allocation")
    assert not account_line("Employing specialist coaching staff")
    result = normalise(_grant_report(("£694.42 committed", "£90", "£3278.58 committed")))
    assert not any("Carry Forward" in a.action or "Allocation" in a.action for a in result.actions)


def test_a_report_whose_table_prints_no_sums_stays_no_plan():
    # the same report with no sum in its cost column: nothing committed to the items, the title decides
    result = normalise(_grant_report(("", "", "")))
    assert result.actions == []
    assert any("calls it 'report'" in w for w in result.warnings)
