"""School plans dated by the school year (normalise/schoolyear.py, issue 14): a due cell that names a
term without a year ('Spring term', 'Aut 2', 'By Easter') is that term's end in the academic year the
document's title states ('School Development Plan 2024-25'), inferred and said so; with no year
stated it gives no date. End to end on samples/make_term_plans.py's plans (Word and PDF), then each
rule on the shapes real plans print."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import read

import planx
from planx.normalise.dates import PlanDate
from planx.normalise.schoolyear import (
    academic_month_due,
    counts_in_school_years,
    stated_academic_year,
    term_due,
    terms_in,
)
from samples import make_term_plans as gen

SEEDS = [0, 1]


@pytest.fixture(scope="module")
def term_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("terms")
    docs = gen.make(folder, SEEDS)
    out = tmp_path_factory.mktemp("terms_out")
    planx.convert(docs, out=out)
    return folder, out


def _truth(folder: Path, doc: str) -> list[dict]:
    return json.loads((folder / f"{doc}.truth.json").read_text(encoding="utf-8"))["actions"]


def _got(out: Path, doc: str) -> list[dict[str, str]]:
    return sorted((a for a in read(out, "actions") if a["doc"] == doc), key=lambda a: int(a["seq"]))


def _cases() -> list[object]:
    out: list[object] = []
    for seed in SEEDS:
        for kind in ("termsdp", "termnoyear"):
            for ext in (".docx", "_rl.pdf"):
                doc = f"school_{kind}_{seed}{ext}"
                out.append(doc)
    return out


@pytest.mark.parametrize("doc", _cases())
def test_terms_are_dated_in_the_year_the_title_states(term_run, doc):
    folder, out = term_run
    want = [(t["area"], t["action"], t["measure"], t["due_date"] or "") for t in _truth(folder, doc)]
    got = [(a["area"], " ".join(a["action"].split()), " ".join(a["measure"].split()), a["due_date"])
           for a in _got(out, doc)]
    assert got == want


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("ext", [".docx", "_rl.pdf"])
def test_each_milestone_is_due_at_the_end_of_its_term(term_run, seed, ext):
    folder, out = term_run
    doc = f"school_termmilestones_{seed}{ext}"
    want = [(m["milestone"], m["due_date"]) for t in _truth(folder, doc) for m in t["milestones"]]
    got = [(" ".join(m["milestone"].split()), m["due_date"]) for m in read(out, "milestones") if m["doc"] == doc]
    # 'October half term' in a 2024/25 plan is October 2024, not the plan's year 2025
    assert got == want


@pytest.mark.parametrize("seed", SEEDS)
def test_a_date_read_from_a_term_is_inferred_and_said_so(term_run, seed):
    _, out = term_run
    warnings = next(d["warnings"] for d in read(out, "documents") if d["doc"] == f"school_termsdp_{seed}.docx")
    assert "the academic year 2024/25 the document states" in warnings
    # the plan with no year states none, and reads no term as a date
    warnings = next(d["warnings"] for d in read(out, "documents") if d["doc"] == f"school_termnoyear_{seed}.docx")
    assert "the document states" not in warnings
    # the timescale as printed stays in due_raw
    raws = {a["due_raw"] for a in read(out, "actions") if a["doc"] == f"school_termsdp_{seed}.docx"}
    assert raws & {"Spring term", "By Easter", "Aut 2", "Summer 1"}


def test_terms_as_schools_print_them():
    assert terms_in("Spring term") == ["spring term"]
    assert terms_in("Aut 1 – Sum 2") == ["autumn 1", "summer 2"]
    assert terms_in("Autumn (2nd half)") == ["autumn 2"]
    assert terms_in("first half of the autumn term") == ["autumn 1"]
    assert terms_in("Lent term") == ["spring term"]
    # holidays and moments of the year close a term or half term
    assert terms_in("By Easter") == ["spring term"]
    assert terms_in("before Christmas") == ["autumn term"]
    assert terms_in("October half-term") == ["autumn 1"]
    assert terms_in("End of the academic year") == ["summer term"]
    # abbreviations alone are words, not terms; nor is a cell with no term
    assert terms_in("sum of £500 from the budget") == []
    assert terms_in("Ongoing") == []
    assert terms_in("Termly") == []


def test_a_term_is_due_at_its_end_in_the_stated_year():
    # autumn in the academic year's first calendar year, spring and summer in its second; the spring
    # term ends before Easter, in April at the latest
    assert term_due("Spring term", 2024) == (PlanDate(2025, 3, None, True), "spring term")
    assert term_due("Aut 2", 2024) == (PlanDate(2024, 12, None, True), "autumn 2")
    assert term_due("Summer 1", 2023) == (PlanDate(2024, 5, None, True), "summer 1")
    # several terms: the latest, whatever the order printed
    assert term_due("Summer term, then review in Autumn 1", 2024) == (PlanDate(2025, 7, None, True), "summer term")
    # no stated year, a year of the cell's own, or no term: no date from here
    assert term_due("Spring term", None) is None
    assert term_due("Spring term 2026", 2024) is None
    assert term_due("Ongoing", 2024) is None


def test_the_academic_year_a_document_states():
    assert stated_academic_year(["School Development Plan 2024-25"]) == 2024
    assert stated_academic_year(["School Improvement Plan", "Session 2023/2024"]) == 2023
    assert stated_academic_year(["Pupil premium strategy statement", "2024 to 2025"]) == 2024
    # the running header, when the title names none
    assert stated_academic_year(["Oakfield Primary School"], ["SDP 2025-26 | page 2"]) == 2025
    # a single year does not say which school year; a span of years is no one year; two years conflict
    assert stated_academic_year(["School Development Plan 2025"]) is None
    assert stated_academic_year(["Strategic plan 2024-2027"]) is None
    assert stated_academic_year(["Review of 2023-24", "Plan for 2024-25"]) is None


def test_a_month_without_a_year_falls_in_the_academic_year():
    # September to December in the first calendar year, January to August in the second
    assert academic_month_due("October half term", 2024) == PlanDate(2024, 10)
    assert academic_month_due("Sept - May", 2023) == PlanDate(2024, 5)
    assert academic_month_due("by 15th March", 2024) == PlanDate(2025, 3, 15)
    # a month with its own year is read as printed; a term is no month
    assert academic_month_due("January 2025", 2024) is None
    assert academic_month_due("Spring term", 2024) is None


def test_a_document_counts_in_school_years_when_it_speaks_of_a_school_or_its_terms():
    assert counts_in_school_years(["Oakfield Primary School – Development Plan 2024-25"], [])
    assert counts_in_school_years(["Pupil premium strategy statement 2024 to 2025"], [])
    assert counts_in_school_years(["Mathematics action plan 2024/25"], ["Aut 2", ""])
    # a council's financial year: months keep the plan's own year as the contract reads them
    assert not counts_in_school_years(["Housing Delivery Plan 2024/25"], ["October", "Q3"])


def test_august_printed_before_the_autumn_opens_the_session():
    # a session that opens in August (a Scottish school's): its in-service days listed in order
    from planx.normalise.schoolyear import academic_month_due
    assert academic_month_due("Training days: 16th Aug, November, January, April", 2025).iso() == "2026-04"
    assert academic_month_due("Aug - Nov", 2025).iso() == "2025-11"
    # August alone, or after the autumn, is the year's last month
    assert academic_month_due("By August", 2025).iso() == "2026-08"
    assert academic_month_due("November - August", 2025).iso() == "2026-08"


def test_a_season_with_a_year_is_a_schools_term():
    from planx.normalise.schoolyear import season_term_due
    assert season_term_due("Summer 2027").iso() == "2027-07"
    assert season_term_due("By Spring 2026").iso() == "2026-03"
    assert season_term_due("Autumn 2025").iso() == "2025-12"
    assert season_term_due("Summer term 2027") is None  # a term already: dates.py reads it
    assert season_term_due("2026 - 2027") is None
    assert season_term_due("Spring 2026 - 2028") is None  # the season gives no latest date


def _season_plan(title: str) -> object:
    from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
    rows = [["Target", "Strategy", "Who", "When"],
            ["Improve access to the hall", "Fit a ramp at the side door", "Site manager", "Summer 2027"],
            ["Improve signage for visitors", "Replace the signs at the gate", "Office manager", "Spring 2026"]]
    return RawDocument(path="", name="plan.docx", format="docx", blocks=[
        Paragraph(title, 1, 1, heading=True),
        Table(rows=[Row([Cell(t, c) for c, t in enumerate(r)], 1, n + 1) for n, r in enumerate(rows)], page=1,
              index=1)])


def test_a_schools_plan_reads_its_seasons_as_terms_and_another_plan_as_years():
    from planx.normalise import normalise
    school = normalise(_season_plan("Hill Primary School Accessibility Plan 2025-2028"))
    assert [a.due_date for a in school.actions] == ["2027-07", "2026-03"]
    council = normalise(_season_plan("Estates Access Plan 2025-2028"))
    assert [a.due_date for a in council.actions] == ["2027", "2026"]


def test_a_timescale_word_before_a_date_in_a_due_cell_is_no_status():
    from planx.normalise.columns import status_then_when
    assert status_then_when("Ongoing but particular focus 2026-27") == ""
    assert status_then_when("Ongoing June 2026") == ""
    assert status_then_when("Completed May 2026") == "complete"


def test_a_capital_programme_listing_works_at_schools_reads_its_seasons_as_years():
    from planx.normalise import normalise
    from planx.normalise.schoolyear import a_schools_own
    for title in ("School Estates Capital Programme 2026 to 2028", "Parks and Schools Capital Delivery Schedule"):
        assert [a.due_date for a in normalise(_season_plan(title)).actions] == ["2027", "2026"], title
        assert not a_schools_own([title], ["Summer 2027"])
    # a named school, what only a school's plan speaks of, or terms in its other due cells
    assert a_schools_own(["Oakfield Academy Site Plan"], [])
    assert a_schools_own(["Estates plan"], ["Summer 2027", "Aut 2"])
    assert a_schools_own(["Pupil premium strategy"], [])
