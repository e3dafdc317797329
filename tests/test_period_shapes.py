"""Plan tables drawn wide with a column per period (samples/make_period_shapes.py, normalise/periods.py).

Unit tests give each rule the shapes it reads and the ones it must leave alone: period headings
(months, quarters, terms, broken by narrow columns), a run of them as a heading row's evidence,
what the block's cells hold (marks, fills, RAG words, updates, figures), the year a period ends in,
and the walker's reading of timelines, progress grids and tables by month that are no plans. The
end-to-end tests convert the generator's documents in Word, Excel, ruled and borderless PDF and
text (and its wide spreadsheet exports as .xlsx and .csv), and compare them with their truth."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import grid, read
from conftest import norm_words as _norm

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Table
from planx.normalise import normalise
from planx.normalise.dates import PlanDate
from planx.normalise.headers import read_header
from planx.normalise.periods import (
    block_kind,
    cell_kind,
    period_ends,
    read_period,
    run_of_periods,
    timeline_due,
    year_basis,
)

MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]


# ---- period headings ------------------------------------------------------------------------------

@pytest.mark.parametrize("label, kind, number, year", [
    ("Apr", "month", "4", ""), ("September", "month", "9", ""), ("Apr-25", "month", "4", "25"),
    ("Apr-\n25", "month", "4", "25"), ("Jan 2026", "month", "1", "2026"), ("Sept emb er", "month", "9", ""),
    ("Q1", "quarter", "1", ""), ("Qtr 3", "quarter", "3", ""), ("Quarter 4", "quarter", "4", ""),
    ("2025/26 Q1", "quarter", "1", "2025/26"), ("Q3 2025-26", "quarter", "3", "2025-26"),
    ("Autumn 1", "term", "autumn 1", ""), ("Spr 2", "term", "spring 2", ""), ("Summe r 1", "term", "summer 1", ""),
    ("Spring term", "term", "spring", ""), ("H2", "half", "2", ""),
])
def test_period_headings_are_read(label, kind, number, year):
    p = read_period(label)
    assert p is not None and (p.kind, p.number, p.year) == (kind, number, year)


@pytest.mark.parametrize("label", ["Action", "Lead", "Total", "2024", "Mon", "Budget line", "Target date", "1.2"])
def test_other_headings_name_no_period(label):
    assert read_period(label) is None


def test_a_run_of_three_or_more_periods_of_one_kind():
    assert run_of_periods(["Action", "Lead", *MONTHS]) == list(range(2, 14))
    assert run_of_periods(["Action", "Lead", "Due", "Q1", "Q2", "Q3", "Q4"]) == [3, 4, 5, 6]
    # two periods are no run; months then quarters are two runs of two kinds
    assert run_of_periods(["Action", "Q1", "Q2", "Lead"]) == []
    assert run_of_periods(["Action", "Jun", "Sep", "Q3", "Q4"]) == []
    # years alone are a statistics table's as often as a plan's
    assert run_of_periods(["Indicator", "2021", "2022", "2023", "2024"]) == []


# ---- what the period cells hold -------------------------------------------------------------------

@pytest.mark.parametrize("text, fill, kind", [
    ("X", None, "mark"), ("✓", None, "mark"), ("●", None, "mark"), ("", "#4472C4", "fill"), ("", "#FFFFFF", ""),
    ("", None, ""), ("Green", None, "rag"), ("A", None, "rag"), ("1,250", None, "figure"), ("85%", None, "figure"),
    ("£3,400", None, "figure"), ("Training dates booked for all staff.", None, "text"),
])
def test_a_period_cell_kind(text, fill, kind):
    assert cell_kind(text, fill) == kind


def test_the_block_kind_is_read_over_the_whole_table():
    assert block_kind([("X", None), ("", None), ("X", None), ("x", None)]) == "timeline"
    # one fill colour draws bars; RAG colours that differ rate each period
    assert block_kind([("", "#4472C4"), ("", "#4472C4"), ("", None)]) == "timeline"
    assert block_kind([("", "#00B050"), ("", "#FFC000"), ("", "#FF0000")]) == "ratings"
    assert block_kind([("Green", None), ("Amber", None), ("", None)]) == "ratings"
    assert block_kind([("Sites agreed.", None), ("Team recruited and visiting.", None)]) == "updates"
    assert block_kind([("1,200", None), ("3,400", None), ("950", None)]) == "figures"
    # a tick a symbol font prints as a digit: the same glyph in every marked cell
    assert block_kind([("3", None), ("3", None), ("3", None), ("", None)]) == "timeline"
    assert block_kind([("24", None), ("3", None), ("17", None)]) == "figures"


# ---- when a period ends ---------------------------------------------------------------------------

def test_the_year_the_periods_count_from():
    assert year_basis(["Early Help Delivery Plan 2025/26"]) == (2025, "financial")
    assert year_basis(["School Development Plan 2025-26"]) == (2025, "academic")
    assert year_basis(["Improvement Plan 2025-26"], terms=True) == (2025, "academic")
    assert year_basis(["Action Plan 2025"]) == (2025, "calendar")
    assert year_basis(["Action Plan"]) is None


def test_months_count_on_from_the_first_year_and_turn_with_the_year():
    ends = period_ends(MONTHS, (2025, "financial"))
    assert [e.iso() for e, _ in ends if e] == [f"2025-{m:02d}" for m in range(4, 13)] + ["2026-01", "2026-02",
                                                                                      "2026-03"]
    assert all(inferred for _, inferred in ends)
    # months that print their year are not inferred
    own = period_ends(["Nov-25", "Dec-25", "Jan-26"], None)
    assert [(e.iso() if e else "", inferred) for e, inferred in own] == [("2025-11", False), ("2025-12", False),
                                                                         ("2026-01", False)]


def test_quarters_and_terms_end_in_the_plans_year():
    assert [e.iso() for e, _ in period_ends(["Q1", "Q2", "Q3", "Q4"], (2025, "financial")) if e] == \
        ["2025-06", "2025-09", "2025-12", "2026-03"]
    terms = ["Autumn 1", "Autumn 2", "Spring 1", "Spring 2", "Summer 1", "Summer 2"]
    assert [e.iso() for e, _ in period_ends(terms, (2025, "academic")) if e] == \
        ["2025-10", "2025-12", "2026-02", "2026-03", "2026-05", "2026-07"]
    # no year anywhere: no date
    assert period_ends(["Q1", "Q2", "Q3"], None) == [(None, False)] * 3


def test_a_timeline_row_is_due_at_the_end_of_its_last_marked_period():
    cells = [("May", "X", None), ("Jun", "X", None), ("Aug", "", "#4472C4")]
    label, end, inferred = timeline_due(cells, MONTHS, (2025, "financial"))
    assert (label, end, inferred) == ("Aug", PlanDate(2025, 8), True)
    assert timeline_due([], MONTHS, (2025, "financial")) == ("", None, False)


# ---- heading rows ---------------------------------------------------------------------------------

def _cells(labels: list[str]) -> list[tuple[int, int, str]]:
    return [(k, 1, label) for k, label in enumerate(labels)]


def test_a_heading_row_of_mostly_periods_is_a_plans():
    header = read_header(_cells(["Action", "Lead", *MONTHS]))
    assert header is not None
    assert header.fields()[:2] == ["action", "lead"] and set(header.fields()[2:]) == {"period"}
    quarters = read_header(_cells(["What we will do", "Owner", "Due", "Q1", "Q2", "Q3", "Q4"]))
    assert quarters is not None and quarters.fields() == ["action", "lead", "due"] + ["period"] * 4


@pytest.mark.parametrize("shared", ["Theme / action", "Workstream / action", "Priority and actions"])
def test_a_heading_naming_its_context_and_the_action_holds_the_actions(shared):
    """A timeline's one text column names its theme rows and its actions ('Theme / action'): with
    no other column to hold them, it holds the actions (the themes come as spanning rows)."""
    header = read_header(_cells(["Ref", shared, "Lead", *MONTHS, "Deadline"]))
    assert header is not None
    assert header.fields()[:3] == ["area_ref", "action", "lead"] and header.fields()[-1] == "due"


def test_a_context_heading_beside_an_action_heading_stays_the_context():
    header = read_header(_cells(["Theme / area", "Action", "Lead", "Due"]))
    assert header is not None and header.fields()[:2] == ["area", "action"]


def test_a_timeline_under_a_shared_heading_reads_its_theme_rows_as_areas(tmp_path):
    rows = ["Youth Service Delivery Timeline 2025-26", "",
            "\t".join(["Ref", "Theme / action", "Lead", *MONTHS, "Deadline"]),
            "Theme 1: Safer streets",
            "\t".join(["1.1", "Open two new youth hubs in the north", "Karen Lee", "", "X", "X", "X", *[""] * 8,
                       "September 2025"]),
            "\t".join(["1.2", "Recruit detached youth workers", "Sam Patel", "X", "X", *[""] * 10, "June 2025"]),
            "Theme 2: Voice",
            "\t".join(["2.1", "Set up a youth council with termly meetings", "Karen Lee", *[""] * 6, "X", "X", "X",
                       *[""] * 3, "December 2025"])]
    path = tmp_path / "timeline.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    actions = planx.convert_file(path).actions
    assert [(a.area, a.action, a.lead, a.due_date) for a in actions] == [
        ("Safer streets", "Open two new youth hubs in the north", "Karen Lee", "2025-09"),
        ("Safer streets", "Recruit detached youth workers", "Sam Patel", "2025-06"),
        ("Voice", "Set up a youth council with termly meetings", "Karen Lee", "2025-12")]


def test_figures_under_the_periods_make_no_plan_heading():
    labels = ["Action", "Lead", *MONTHS]
    below = [[(0, "Open two family hubs in the north"), (1, "J Smith"), *((k + 2, f"{1000 + 37 * k:,}")
                                                                           for k in range(12))]]
    assert read_header(_cells(labels), below) is None
    # a month heading row with no field beside it is no plan's: a budget line, a meeting
    assert read_header(_cells(["Budget line", *MONTHS, "Total"])) is None
    assert read_header(_cells(["Meeting", *MONTHS])) is None


# ---- the walker -----------------------------------------------------------------------------------



def convert(*blocks: Table | Paragraph):
    return normalise(RawDocument(path="", name="d.docx", format="docx", blocks=list(blocks)))


def test_a_timeline_of_marks_gives_each_action_its_inferred_due_date():
    title = Paragraph("Early Help Delivery Plan 2025/26", page=1, line=1, heading=True)
    marks = ["", "X", "X", "X", "", "", "", "", "", "", "", ""]
    late = [""] * 9 + ["X", "X", ""]
    result = convert(title, grid(["Action", "Lead", *MONTHS],
                                 ["Open two family hubs in the north", "Early Help Manager", *marks],
                                 ["Train every worker in the new tool", "Workforce Lead", *late]))
    assert [(a.lead, a.due_raw, a.due_date) for a in result.actions] == [
        ("Early Help Manager", "Jul", "2025-07"), ("Workforce Lead", "Feb", "2026-02")]
    assert any("inferred" in w for w in result.warnings)
    # nothing lost: every mark is kept aside under its period
    kept = [(left.heading, left.text) for left in result.leftovers]
    assert kept.count(("May", "X")) == 1 and ("Feb", "X") in kept


def test_a_timeline_keeps_its_own_due_column():
    title = Paragraph("Corporate Plan 2025/26", page=1, line=1)
    result = convert(title, grid(["Action", "Lead", "Deadline", "Q1", "Q2", "Q3", "Q4"],
                                 ["Open two family hubs in the north", "Early Help Manager", "30 June 2025",
                                  "●", "●", "", ""]))
    assert [(a.due_raw, a.due_date) for a in result.actions] == [("30 June 2025", "2025-06-30")]


def test_shaded_periods_are_a_timeline_and_rag_fills_are_ratings():
    title = Paragraph("Delivery Plan 2025/26", page=1, line=1)
    bar = Cell("", 0, fill="#4472C4")
    bars = [Cell("", k + 2, fill=bar.fill) if 1 <= k <= 2 else Cell("", k + 2) for k in range(4)]
    shaded = convert(title, grid(["Action", "Lead", "Q1", "Q2", "Q3", "Q4"],
                                 [Cell("Open two family hubs in the north", 0), Cell("Early Help Manager", 1), *bars],
                                 [Cell("Train every worker in the new tool", 0), Cell("Workforce Lead", 1),
                                  *(Cell("", k + 2, fill=bar.fill if k == 3 else None) for k in range(4))]))
    assert [(a.due_date, a.rag) for a in shaded.actions] == [("2025-12", ""), ("2026-03", "")]
    rags = ["#00B050", "#FFC000", None, None]
    rated = convert(title, grid(["Action", "Lead", "Q1", "Q2", "Q3", "Q4"],
                                [Cell("Open two family hubs in the north", 0), Cell("Early Help Manager", 1),
                                 *(Cell("", k + 2, fill=f) for k, f in enumerate(rags))]))
    a = rated.actions[0]
    assert [(r.label, r.rag) for r in a.ratings] == [("Q1", "green"), ("Q2", "amber")] and a.rag == "amber"


def test_rag_words_per_period_are_ratings_the_latest_the_actions():
    result = convert(grid(["Action", "Lead", "Due", "Jun", "Sep", "Dec", "Mar"],
                          ["Open two family hubs in the north", "Early Help Manager", "March 2026", "Green", "Red",
                           "", ""]))
    a = result.actions[0]
    assert [(r.label, r.rag) for r in a.ratings] == [("Jun", "green"), ("Sep", "red")]
    assert a.rag == "red" and a.due_date == "2026-03"


@pytest.mark.parametrize("months", [["Apr-26", "May-26", "Jun-26", "Jul-26"],
                                    ["Apr 2026", "May 2026", "Jun 2026", "Jul 2026"]])
def test_a_monthly_trackers_ratings_are_dated_by_their_month_and_year(months):
    # a wide tracker exported with a RAG column per month ('Apr-26' is Excel's mmm-yy: April 2026, not
    # the 26th of April): a rating per month, as_of its month, the newest filled one the action's RAG
    result = convert(grid(["Ref", "Action", "Owner", "Target date", *months, "Latest commentary"],
                          ["CS2", "Refresh the quality assurance framework", "AD Social Care", "by end of Nov 26",
                           "", "Amber", "Blue", "B", "Report to the next improvement board."]))
    a = result.actions[0]
    assert [(r.as_of, r.rag, r.rag_raw) for r in a.ratings] == [
        ("2026-05", "amber", "Amber"), ("2026-06", "blue", "Blue"), ("2026-07", "blue", "B")]
    assert a.rag == "blue" and a.progress == "Report to the next improvement board."


def test_updates_per_period_give_the_latest_as_progress_and_keep_the_others():
    result = convert(grid(["Action", "Lead", "Q1", "Q2", "Q3", "Q4"],
                          ["Open two family hubs in the north", "Early Help Manager", "Sites agreed with health.",
                           "First hub opened in July.", "", ""]))
    a = result.actions[0]
    assert a.progress == "First hub opened in July." and a.due_date == ""
    assert ("Q1", "Sites agreed with health.") in [(left.heading, left.text) for left in result.leftovers]


def test_a_budget_by_month_is_no_plan():
    rows = [["Budget line", *MONTHS, "Total"]]
    rows += [[line, *(f"{1000 + 91 * k:,}" for k in range(12)), "15,000"] for line in ("Staffing", "Premises")]
    assert convert(grid(*rows)).actions == []


# ---- end to end -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def periods_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_period_shapes import main
    folder = tmp_path_factory.mktemp("period_shapes")
    docs = main(folder, [0, 1])
    out = tmp_path_factory.mktemp("period_shapes_out")
    planx.convert(docs, out=out)
    return folder, out


FIELDS = {"action", "lead", "due_date", "rag", "progress", "status"}


@pytest.mark.parametrize("family, suffix", [
    *((family, suffix) for family in ("months", "quarters", "terms", "ratings", "updates")
      for suffix in (".docx", ".xlsx", "_rl.pdf", "_bl.pdf", ".txt")),
    ("export", ".xlsx"), ("export", ".csv")])
def test_period_shapes_match_their_truth(periods_run, family, suffix):
    folder, out = periods_run
    actions, ratings = read(out, "actions"), read(out, "ratings")
    files = sorted(folder.glob(f"periods_{family}_*{suffix}.truth.json"))
    if suffix == ".txt" and not files:
        pytest.skip("no pdftotext, or every seed's marks are fills")
    assert files
    misses = []
    checked = 0
    for truth_file in files:
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        d = truth["doc"]
        got = [a for a in actions if a["doc"] == d]
        for want in truth["actions"]:
            row = next((a for a in got if _norm(a["action"]) == _norm(want["action"])), None)
            if row is None:
                misses.append((d, want["action"][:20], "action"))
                continue
            checked += sum(1 for name in want if name in FIELDS)
            misses += [(d, want["action"][:20], name) for name, value in want.items()
                       if name in FIELDS and _norm(row[name]) != _norm(value or "")]
            mine = [(r["label"], r["rag"]) for r in ratings if r["doc"] == d and r["action_seq"] == row["seq"]]
            if mine != [(r["label"], r["rag"]) for r in want.get("ratings", [])]:
                misses.append((d, want["action"][:20], "ratings"))
    assert checked and not misses


@pytest.mark.parametrize("family", ["budget", "calendar"])
def test_tables_by_month_that_are_no_plans_give_no_actions(periods_run, family):
    folder, out = periods_run
    docs = {json.loads(p.read_text(encoding="utf-8"))["doc"] for p in folder.glob(f"periods_{family}_*.truth.json")}
    assert docs
    rows = {r["doc"]: r for r in read(out, "documents")}
    assert all(rows[d]["status"] == "failed" and "no plan table" in rows[d]["error"] for d in docs)
    assert not [a for a in read(out, "actions") if a["doc"] in docs]


def test_a_wide_exports_other_columns_are_kept_aside_under_their_headings(periods_run):
    folder, out = periods_run
    kept = [r for r in read(out, "leftovers") if r["doc"].startswith("periods_export_")]
    headings = {r["heading"] for r in kept}
    assert {"Previous update", "Budget code", "Start date", "Helper", "Apr"} <= headings
    # 'Sponsor' beside the lead is the second owner column (the contract's responsible), not aside
    exported = [a for a in read(out, "actions") if a["doc"].startswith("periods_export_")]
    assert exported and {a["responsible"] for a in exported} == {"Director of Children's Services"}
