"""School plans in the DfE's fixed templates (samples/make_school_samples.py): a pupil premium
strategy statement, whose activities under 'Teaching', 'Targeted academic support' and 'Wider
strategies' are its only actions (its numbered challenges, intended outcomes, budgeted costs and
last year's review are not); a PE and sport premium report, whose 'Actions to achieve' under each
'Key indicator N: …' banner are its actions; and a SEND information report, no plan. Then each rule
they needed, on its own shapes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import read

import planx
from planx.normalise.area_titles import area_title, figure_note
from planx.normalise.heading_rows import labels_only_row
from samples import make_school_samples as gen

SEEDS = [0, 1]


@pytest.fixture(scope="module")
def school_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("school")
    docs = gen.make(folder, SEEDS, text=False)
    out = tmp_path_factory.mktemp("school_out")
    planx.convert(docs, out=out)
    return folder, out


def _truth(folder: Path, doc: str) -> list[dict[str, str]]:
    return json.loads((folder / f"{doc}.truth.json").read_text(encoding="utf-8"))["actions"]


def _got(out: Path, doc: str) -> list[dict[str, str]]:
    return sorted((a for a in read(out, "actions") if a["doc"] == doc), key=lambda a: int(a["seq"]))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("ext", ["docx", "_rl.pdf"])
def test_strategy_statement_activities_are_its_only_actions(school_run, seed, ext):
    folder, out = school_run
    doc = f"school_pp_{seed}{'.' + ext if ext == 'docx' else ext}"
    want = [(t["area"], t["action"]) for t in _truth(folder, doc)]
    got = [(a["area"], " ".join(a["action"].split())) for a in _got(out, doc)]
    assert got == want
    # the challenges, the outcomes and the costs are kept aside, not lost and not actions
    kept = " ".join(r["text"] for r in read(out, "leftovers") if r["doc"] == doc)
    for text in (gen.CHALLENGES[0][:40], gen.OUTCOMES[0][1][:40], "Budgeted cost", "Little Wandle"):
        assert text in " ".join(kept.split()), text
    # last year's activities under Part B's review heading are kept aside as a review, with a warning
    review = [r for r in read(out, "leftovers") if r["doc"] == doc and "review of a past period" in r["reason"]]
    assert any("attendance officer" in r["text"] for r in review)
    warnings = next(d["warnings"] for d in read(out, "documents") if d["doc"] == doc)
    assert "a review of a past period" in warnings


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("ext", ["docx", "_rl.pdf"])
def test_pe_premium_actions_sit_under_their_key_indicator(school_run, seed, ext):
    folder, out = school_run
    doc = f"school_pe_{seed}{'.' + ext if ext == 'docx' else ext}"
    want = [(t["area"], t["action"]) for t in _truth(folder, doc)]
    got = _got(out, doc)
    assert [(a["area"], " ".join(a["action"].split())) for a in got] == want
    assert all(a["area_ref"] in {"1", "2", "3", "4", "5"} for a in got)
    # the label beside each banner, left to fill in, is no lead of the area
    assert not any(a["area_lead"] for a in got)


@pytest.mark.parametrize("seed", SEEDS)
def test_send_information_report_has_no_actions(school_run, seed):
    _, out = school_run
    for doc in (f"school_sendreport_{seed}.docx", f"school_sendreport_{seed}_rl.pdf"):
        assert _got(out, doc) == []


def test_template_guidance_in_brackets_is_no_part_of_an_area():
    assert area_title("Teaching (for example, CPD, recruitment and retention)") == "Teaching"
    assert area_title("Wider strategies (e.g. attendance, behaviour, wellbeing)") == "Wider strategies"
    assert area_title("Targeted academic support (such as tutoring)") == "Targeted academic support"
    # the label of a kind of area before the title ('Local authority priority: …') is no part of it
    assert area_title("Local authority priority: The #SBCway – a consistent BGE curriculum") == \
        "The #SBCway – a consistent BGE curriculum"
    assert area_title("Strategic theme: Early help") == "Early help"
    assert area_title("Review of the year: what changed") == "Review of the year: what changed"
    # brackets that name or qualify the area stay
    assert area_title("Early help (Children and families)") == "Early help (Children and families)"
    assert area_title("Attendance (exemplar schools)") == "Attendance (exemplar schools)"


def test_a_label_and_a_figure_is_a_note_not_a_heading():
    assert figure_note("Budgeted cost: £20,663")
    assert figure_note("Total budgeted cost: £148,200")
    assert figure_note("Funding allocated: 1200")
    assert not figure_note("Priority 1: Attendance")
    assert not figure_note("Teaching (for example, CPD, recruitment and retention)")
    assert not figure_note("Lead: Head of Service")


def test_a_row_of_labels_ending_in_colons_is_a_heading_row():
    assert labels_only_row(["School focus with clarity on intended impact on pupils:",
                            "Actions to achieve: Funding allocated:",
                            "Evidence of impact: what do pupils now know and what can they now do?",
                            "Sustainability and suggested next steps:"])
    # an action that opens a list, or a sentence, is no heading row
    assert not labels_only_row(["Improve attendance:", "We will:", "Head of Service", "March 2025"])
    assert not labels_only_row(["Actions:", "Run the clinics weekly."])
    assert not labels_only_row(["Lead:", "Ann Lee"])


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("ext", ["docx", "_rl.pdf"])
def test_older_statement_plans_are_actions_and_last_years_review_is_not(school_run, seed, ext):
    """The 2016-2020 template: 'Planned expenditure' and 'Review of expenditure' both have a
    'Chosen action / approach' column; only the plan's rows are actions, the review's are kept aside."""
    folder, out = school_run
    doc = f"school_ppold_{seed}{'.' + ext if ext == 'docx' else ext}"
    want = [(t["area"], t["action"]) for t in _truth(folder, doc)]
    got = _got(out, doc)
    assert [(a["area"], " ".join(a["action"].split())) for a in got] == want
    assert {a["area_ref"] for a in got} <= {"i", "ii", "iii"}
    kept = [r for r in read(out, "leftovers") if r["doc"] == doc]
    review = [r for r in kept if r["reason"].startswith("a review of what was done")]
    assert any("Breakfast club places" in r["text"] for r in review)


def test_a_heading_row_that_looks_back_with_no_who_or_when_is_a_review():
    from planx.normalise.heading_rows import review_headings
    assert review_headings([gen.REVIEW_HEAD]).startswith("Estimated impact")
    assert review_headings([["Intended outcome", "Activity", "Impact achieved", "Cost"]]) == "Impact achieved"
    # a plan's headings, and a tracker that notes lessons beside who and by when, look forward
    assert review_headings([gen.PLAN_HEAD]) == ""
    assert review_headings([["Action", "Lead", "Lessons learned", "Status"]]) == ""
    assert review_headings([["Action", "Lessons learnt", "Target date"]]) == ""
    # a row of data that mentions lessons is no heading row
    assert review_headings([["Share the lessons learned from the pilot with partners.", "Ann Lee",
                             "March 2025"]]) == ""


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("ext", ["docx", "_rl.pdf"])
def test_a_group_heading_heads_its_unheaded_first_columns(school_run, seed, ext):
    """'Process' spans an empty cell and 'Strategic lead | Timescale': the column under the empty
    cell holds what will be done (before, it had no heading and every action came out empty); the
    numbers beside it are the rows' references, not part of the action."""
    folder, out = school_run
    doc = f"school_sip_{seed}{'.' + ext if ext == 'docx' else ext}"
    want = [(t["area_ref"], t["area"], t["action"], t["lead"]) for t in _truth(folder, doc)]
    got = [(a["area_ref"], a["area"], " ".join(a["action"].split()), a["lead"]) for a in _got(out, doc)]
    assert got == want


def test_a_heading_that_reviews_a_past_period():
    from planx.normalise.block_headings import review_heading
    assert review_heading("Part B: Review of outcomes in the previous academic year")
    assert review_heading("Impact of last year’s spending")
    assert review_heading("Review of the previous session")
    # a review date, this year's outcomes, or a past period alone are no review section
    assert not review_heading("Review date")
    assert not review_heading("Intended outcomes")
    assert not review_heading("Activity in this academic year")
    assert not review_heading("Previous academic year")


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", ["access", "sdp"])
@pytest.mark.parametrize("ext", ["docx", "_rl.pdf", "html"])
def test_accessibility_and_development_plans(school_run, seed, kind, ext):
    """An accessibility plan's 'Actions to be taken' beside its aim and current good practice
    (merged down; what is done already is no action), and a development plan's actions under
    'Priority N' banner rows with a RAG per term."""
    folder, out = school_run
    doc = f"school_{kind}_{seed}{ext if ext == '_rl.pdf' else '.' + ext}"
    fields = ("area_ref", "area", "action", "lead", "due_raw")
    want = [tuple(t.get(f, "") for f in fields) for t in _truth(folder, doc)]
    got = [tuple(" ".join(a[f].split()) if (f in a and any(f in t for t in _truth(folder, doc))) else ""
                 for f in fields) for a in _got(out, doc)]
    assert got == want


def test_the_reason_in_an_action_cell_is_kept_aside():
    from planx.normalise.walker_data_rows import split_rationale
    assert split_rationale("What we are going to do?\nTrain all staff.\nWhy we need to do it?\nTo meet needs.") == \
        ("Train all staff.", "Why we need to do it?\nTo meet needs.")
    assert split_rationale("What we are going to do.\nProvide support by:\nGood differentiation.\n"
                           "Why we need to do it.\nTo ensure needs are met.") == \
        ("Provide support by:\nGood differentiation.", "Why we need to do it.\nTo ensure needs are met.")
    assert split_rationale("Review the policy.\nRationale: it is out of date") == \
        ("Review the policy.", "Rationale: it is out of date")
    # a word of reason inside a sentence, or a cell that opens with the label, is no split
    assert split_rationale("Explain why the change is needed.\nReasons for it are set out") == \
        ("Explain why the change is needed.\nReasons for it are set out", "")
    assert split_rationale("Why we need to do it?\nbecause") == ("Why we need to do it?\nbecause", "")
    assert split_rationale("Discuss what data is released, how and\nwhy.") == \
        ("Discuss what data is released, how and\nwhy.", "")
    assert split_rationale("Meet the agency to discuss\nWhat they plan to release going forward.") == \
        ("Meet the agency to discuss\nWhat they plan to release going forward.", "")


def test_sip_reasons_are_aside_not_in_the_action(school_run):
    _, out = school_run
    for seed in SEEDS:
        for doc in (f"school_sip_{seed}.docx", f"school_sip_{seed}_rl.pdf"):
            assert not any("Why we need" in a["action"] or "What we are going" in a["action"]
                           for a in _got(out, doc))


def test_a_banner_may_open_with_an_organisations_initials():
    from planx.normalise.banners import read_banner
    assert read_banner("SBC priority 1: Develop inclusive practice") == ("1", "Develop inclusive practice")
    assert read_banner("LA Priority 2 – Attendance") == ("2", "Attendance")
    # a sentence that mentions a priority is no banner
    assert read_banner("The priority 1 is attendance") is None
    assert read_banner("Our priority 1: attendance") is None


@pytest.fixture(scope="module")
def school_text_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The pupil premium statements as `pdftotext -layout` prints them, where the reader runs the
    document's tables, their titles and Part B into one table."""
    import shutil
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext is not installed")
    folder = tmp_path_factory.mktemp("school_text")
    docs = [p for p in gen.make(folder, [0, 1], text=True) if p.suffix == ".txt" and "_pp_" in p.name]
    out = tmp_path_factory.mktemp("school_text_out")
    planx.convert(docs, out=out)
    return folder, out


@pytest.mark.parametrize("seed", [0, 1])
def test_text_layout_titles_parts_and_keeps_the_review_aside(school_text_run, seed):
    """A line alone right above the headings printed again titles the part below ('Targeted academic
    support (for example, …)' over 'Activity | Evidence …'), its 'Budgeted cost: £…' kept aside;
    from Part B's review heading on, the rows are last year's: no actions."""
    _, out = school_text_run
    doc = f"school_pp_{seed}.txt"
    got = _got(out, doc)
    texts = " ".join(" ".join(a["action"].split()) for a in got)
    for never in ("Budgeted cost", "Part B", "attendance officer to work with families of persistent",
                  "Little Wandle", "Externally provided"):
        assert never not in texts, never
    assert {a["area"] for a in got} <= {"", "Teaching", "Targeted academic support", "Wider strategies"}
    assert any(a["area"] == "Wider strategies" for a in got)
