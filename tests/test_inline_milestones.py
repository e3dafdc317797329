"""Milestones that print their own date and status inside the action's row, text plans whose tables
stand under heading lines, and plans printed as slides of bullets (issue 14/15). The rules piece by
piece with the shapes real plans print ('1) Partner university selected (November 2025) Achieved',
'2. Website live – Jan 2026 – Done', 'a) Policy agreed [Complete, Oct 25]'), then end to end on
generated plans (samples/make_inline_milestones.py, our own wording)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from planx.extract.layouttext import headed_parts, heading_line, table_headings
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise.actions import build_milestones, milestones_each_print_status
from planx.normalise.draft import Draft
from planx.normalise.milestones import item_status, status_phrase, statuses_of_items
from planx.normalise.slides import read_slides, without_slide_number

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("item, text, raw, status", [
    ("Partner university selected (November 2025) Achieved", "Partner university selected (November 2025)",
     "Achieved", "complete"),
    ("Website live – Jan 2026 – Done", "Website live – Jan 2026", "Done", "complete"),
    ("Policy agreed [Complete, Oct 25]", "Policy agreed (Oct 25)", "Complete", "complete"),
    ("Consultation with unions: Nov 2025 [Overdue]", "Consultation with unions: Nov 2025", "Overdue", "delayed"),
    ("Cohort 1 complete (Jan 2026) Not started", "Cohort 1 complete (Jan 2026)", "Not started", "not_started"),
    ("[Done] Panel formed (May 2025)", "Panel formed (May 2025)", "Done", "complete"),
    # a financial year's slash inside the brackets is no break between the status and the date
    ("Maternity service live [Delivered, Q2 2025/26]", "Maternity service live (Q2 2025/26)", "Delivered",
     "complete"),
    ("Dashboards live [Not started / Sep 2026]", "Dashboards live (Sep 2026)", "Not started", "not_started"),
    # OCR joins the words and leaves a rule's end behind
    ("Second cohort recruited - Sep 2026-Notstarted =", "Second cohort recruited - Sep 2026", "Notstarted",
     "not_started"),
])
def test_an_item_prints_its_own_status(item, text, raw, status):
    found = item_status(item)
    assert found is not None and found.sure
    assert (found.text, found.raw, found.status) == (text, raw, status)


@pytest.mark.parametrize("item", [
    "Cohort 1 complete",  # a milestone that ends in a status word names what is to be complete
    "Report (draft) agreed",  # after a bracket that holds no date: part of the text
    "Complete the audit of caseloads",  # a verb, not a status
    "Audit of ASYE caseloads (Feb 2026)",  # a date alone in brackets is no status
])
def test_a_status_word_inside_the_text_is_no_status(item):
    found = item_status(item)
    assert found is None or not found.sure


def test_a_status_after_a_plain_dash_needs_every_item_to_print_one():
    # 'Review policy - ongoing' alone could be a milestone's own words; a list whose items all end so is statuses
    assert statuses_of_items(["Review policy - ongoing", "Publish plan"]) == [None, None]
    both = statuses_of_items(["Review policy - Ongoing", "Publish plan - Not started"])
    assert [f.status for f in both if f] == ["ongoing", "not_started"]


def test_a_status_phrase_is_the_whole_text():
    assert status_phrase("Not started") == "not_started"
    assert status_phrase("On track") == "in_progress"
    assert status_phrase("Complete the audit") == ""
    assert status_phrase("Amber") == ""  # colours are no status words


def test_milestones_take_their_own_date_and_status_and_keep_clean_text():
    cell = ("1) Partner university selected (November 2025) Achieved\n2) First cohort starts (January 2026) "
            "On track\n3) Second cohort recruited (February 2026) Not started")
    ms = build_milestones(Draft(pieces={"action": ["Grow our own social workers"], "milestones": [cell]}), 2025)
    assert [(m.milestone, m.due_raw, m.due_date, m.status, m.status_raw) for m in ms] == [
        ("Partner university selected", "November 2025", "2025-11", "complete", "Achieved"),
        ("First cohort starts", "January 2026", "2026-01", "in_progress", "On track"),
        ("Second cohort recruited", "February 2026", "2026-02", "not_started", "Not started"),
    ]


def test_a_status_column_beside_the_items_wins_and_the_items_keep_their_words():
    cell = "1. Panel agreed - Done\n2. Plan published - Done"
    draft = Draft(pieces={"action": ["Grow our own"], "milestones": [cell],
                          "status": ["1. In progress\n2. Not started"]})
    ms = build_milestones(draft, 2025)
    assert [m.status for m in ms] == ["in_progress", "not_started"]
    assert [m.milestone for m in ms] == ["Panel agreed - Done", "Plan published - Done"]


def test_an_action_without_a_status_takes_its_milestones_when_each_prints_one():
    from planx.normalise.actions import build_action
    cell = "a) Policy agreed [Complete, Oct 25]\nb) Website live [In progress, Jan 26]"
    warnings: list[str] = []
    a = build_action(Draft(pieces={"action": ["Launch a careers website"], "milestones": [cell]}), None, {}, warnings)
    assert [m.milestone for m in a.milestones] == ["Policy agreed", "Website live"]
    assert [m.due_raw for m in a.milestones] == ["Oct 25", "Jan 26"]
    assert a.status == "in_progress" and a.status_raw == ""
    assert any("derived from its milestones" in w for w in warnings)
    # a milestone that prints none: no status is derived
    a2 = build_action(Draft(pieces={"action": ["Launch"], "milestones": ["1. Policy agreed (Oct 25) Done\n"
                                                                          "2. Website live (Jan 26)"]}), None, {}, [])
    assert not milestones_each_print_status(a2) and a2.status == ""


def _table(rows: list[list[str]], index: int = 1) -> Table:
    return Table(rows=[Row(cells=[Cell(text=t, col=k) for k, t in enumerate(r)], page=1, line=i)
                       for i, r in enumerate(rows)], page=1, index=index)


def test_a_table_repeating_its_headings_under_a_line_is_parted_there():
    head = ["Ref", "Action", "Owner"]
    t = _table([head, ["1.1", "Open the hub", "Jo"], ["", "Wellbeing", ""], head, ["2.1", "Offer supervision", "Al"]])
    lines = ["Plan", "", "Attract", "", "Ref  Action  Owner", "1.1  Open the hub  Jo", "", "Wellbeing", "",
             "Ref  Action  Owner", "2.1  Offer supervision  Al"]
    parts = headed_parts([Paragraph(text="Attract", page=1, line=3), t], lines)
    assert [type(b).__name__ for b in parts] == ["Paragraph", "Table", "Paragraph", "Table"]
    assert parts[2].text == "Wellbeing" and parts[2].heading and parts[2].line == 8
    assert [b.index for b in parts if isinstance(b, Table)] == [1, 2]
    # a line under which the headings are not printed again stays a row (a theme row the table reads)
    same = _table([head, ["1.1", "Open the hub", "Jo"], ["Wellbeing", "", ""], ["2.1", "Offer", "Al"],
                   ["2.2", "B", "C"]])
    assert headed_parts([same], lines) == [same]


def test_heading_lines_over_tables_are_their_headings_but_the_first_line_is_the_title():
    lines = ["Hartwell Plan", "", "Safer streets", "", "Ref  Action  Owner", "1  Light the path  Jo", "",
             "Cleaner places", "", "Ref  Action  Owner", "2  Sweep the square  Al"]
    blocks = [Paragraph(text="Hartwell Plan", page=1, line=1), Paragraph(text="Safer streets", page=1, line=3),
              _table([["Ref", "Action", "Owner"], ["1", "Light the path", "Jo"]]),
              Paragraph(text="Cleaner places", page=1, line=8),
              _table([["Ref", "Action", "Owner"], ["2", "Sweep the square", "Al"]], 2)]
    table_headings(blocks, lines)
    assert not blocks[0].heading and blocks[1].heading and blocks[3].heading
    assert heading_line("Safer streets") and heading_line("Early Help and Prevention")
    assert not heading_line("This plan is reviewed every quarter.") and not heading_line("Notes:")
    assert not heading_line("2025")


def test_one_line_over_the_only_table_is_no_heading():
    # 'Our priorities and actions' over a plan's one table names that part of the document
    lines = ["Wyvern Plan 2025-2026", "", "Introduction", "", "Some text.", "", "Our priorities and actions", "",
             "Ref  Action  Owner"]
    blocks = [Paragraph(text="Wyvern Plan 2025-2026", page=1, line=1), Paragraph(text="Introduction", page=1, line=3),
              Paragraph(text="Some text.", page=1, line=5),
              Paragraph(text="Our priorities and actions", page=1, line=7),
              _table([["Ref", "Action", "Owner"], ["1", "Light the path", "Jo"]])]
    table_headings(blocks, lines)
    assert not any(b.heading for b in blocks if isinstance(b, Paragraph))


def test_a_sentence_over_a_table_is_no_heading():
    lines = ["Plan", "", "Progress is reviewed by the board", "", "Ref  Action"]
    blocks = [Paragraph(text="Plan", page=1, line=1),
              Paragraph(text="Progress is reviewed by the board each month.", page=1, line=3),
              _table([["Ref", "Action", "Owner"], ["1", "Light the path", "Jo"]])]
    table_headings(blocks, lines)
    assert not blocks[1].heading


def _slide(page: int, title: str, bold: bool = True) -> list[Paragraph]:
    return [Paragraph(text=title, page=page, line=50, bold=bold, size=12.0),
            Paragraph(text="Key actions", page=page, line=70, size=12.0),
            Paragraph(text="• Open the hub", page=page, line=90, size=12.0),
            Paragraph(text="Owner: Jo Marsh", page=page, line=110, size=12.0),
            Paragraph(text="By: May 2026", page=page, line=130, size=12.0),
            Paragraph(text="Status: Done", page=page, line=150, size=12.0)]


def _bullet_deck(bold: bool = True) -> RawDocument:
    blocks = [Paragraph(text="Hartwell Plan", page=1, line=50, bold=True, size=16.0),
              Paragraph(text="Presented to the partnership", page=1, line=80, size=12.0)]
    blocks += _slide(2, "1. Safer streets", bold) + _slide(3, "Slide 3 - Cleaner places", bold)
    return RawDocument(path="d.pdf", name="d.pdf", format="pdf", blocks=blocks, pages=3,
                       page_sizes={p: (842.0, 595.0) for p in (1, 2, 3)})


def test_a_deck_of_bullets_under_bold_titles_reads_as_slides():
    reading = read_slides(_bullet_deck())
    assert reading is not None
    titles = sorted((t.ref, t.title) for t in reading.titles.values())
    assert titles == [("", "Cleaner places"), ("1", "Safer streets")]
    # titles no bolder than the text: no evidence of slides
    assert read_slides(_bullet_deck(bold=False)) is None


def test_a_slide_number_is_no_part_of_a_title():
    assert without_slide_number("Slide 3 - Youth offer") == "Youth offer"
    assert without_slide_number("Slide 12: Data") == "Data"
    assert without_slide_number("Sliding scale of charges") == "Sliding scale of charges"


def test_a_page_covered_in_grain_is_cleared_and_a_clean_one_left_alone():
    from planx.extract import raster
    rng = np.random.default_rng(1)
    page = np.full((600, 800, 3), 255, np.uint8)
    page[200:215, 100:700] = 0  # a bar of 'text'
    assert raster.degrained(page, 150)[1] is False
    grainy = page.copy()
    dots = rng.random((600, 800)) < 0.08
    grainy[dots] = 0
    cleared, done = raster.degrained(grainy, 150)
    assert done
    assert (cleared[:150] == 0).mean() < 0.01 and (cleared[203:212, 110:690] == 0).all()
    # grey printed as dots in a cell or two (a dithered fill) is no grain over the page
    filled = page.copy()
    filled[300:500, 100:400][dots[300:500, 100:400]] = 0
    assert raster.degrained(filled, 150)[1] is False


def test_generated_plans_end_to_end(tmp_path):
    from samples.make_inline_milestones import main
    main(tmp_path / "in", [1, 2])
    out = tmp_path / "out"
    import planx
    planx.convert(tmp_path / "in", out=out)
    score = ROOT.parent / "shared" / "score.py"
    if score.exists():
        run = subprocess.run([sys.executable, str(score), str(out), str(tmp_path / "in")], capture_output=True,
                             text=True, check=True)
        assert float(run.stdout.strip().splitlines()[-1].split()[-1]) >= 98.0
    import csv
    with open(out / "milestones.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    truth = json.loads((tmp_path / "in" / "inline_word_1.docx.truth.json").read_text())
    expected = [(m["milestone"], m["status_raw"]) for a in truth["actions"] for m in a["milestones"]]
    got = [(r["milestone"], r["status_raw"]) for r in rows if r["doc"] == "inline_word_1.docx"]
    assert got == expected
    with open(out / "actions.csv", encoding="utf-8") as fh:
        actions = [r for r in csv.DictReader(fh) if r["doc"] in ("inline_text_1.txt", "inline_deck_1.pdf")]
    assert all(r["area"] for r in actions)


def _list_doc(lines: list[str]) -> RawDocument:
    blocks = [Paragraph(text=t, page=1, line=k + 1, heading=t.startswith("Priority")) for k, t in enumerate(lines)]
    return RawDocument(path="p.pdf", name="p.pdf", format="pdf", blocks=blocks, pages=1)


def test_a_line_whose_bullet_a_scan_lost_is_an_item_when_its_labels_follow_as_its_siblings_do():
    from planx.normalise.lists import read_lists
    lines = ["Priority 1: Youth offer", "Our actions this year",
             "• Co-locate the youth counselling service in the Westfield hub",
             "Who: Public Health Consultant When: 30/12/2025 RAG: Amber",
             "Deliver a summer holiday activities and food programme at all hubs",
             "Who: Youth Service Manager When: 28/01/2025 RAG: Red",
             "Risks: Recruitment to hub roles."]
    reading = read_lists(_list_doc(lines))
    assert reading is not None
    assert reading.actions[1].fields["action"].startswith("Deliver a summer")
    assert len(reading.actions) == 2
    # with no bulleted item so followed, an unmarked line stays prose
    lines[2] = lines[2].lstrip("• ")
    reading = read_lists(_list_doc(lines))
    assert reading is None or len(reading.actions) < 2


def test_lines_that_all_lost_their_bullets_are_items_when_the_same_labels_follow_three_or_more():
    from planx.normalise.lists import read_lists
    lines = ["Priority 2: Data and outcomes", "Key actions",
             "Agree data-sharing agreements with the NHS trust",
             "Who: Youth Service Manager When: 28/07/2025 RAG: Green",
             "Build a family hubs outcomes dashboard", "Who: Dev Carr When: 28/05/2025 RAG: Amber",
             "Priority 3: Early help that works",
             "Reduce waiting times for parenting programmes",
             "Who: Public Health Consultant When: 01/02/2026 RAG: Green"]
    reading = read_lists(_list_doc(lines))
    assert reading is not None and len(reading.actions) == 3
    assert [a.context["area"] for a in reading.actions] == ["Data and outcomes"] * 2 + ["Early help that works"]
    # two such lines are no shape the document repeats
    reading = read_lists(_list_doc(lines[:6]))
    assert reading is None or not reading.actions


def test_a_documents_particulars_are_no_items_whose_bullets_were_lost(tmp_path):
    """'Document version: 2.1' over 'Date: 2026-01-12' is a name and its value, however like an item
    over its date line it looks when each item's checklist ends with a dated label line."""
    from conftest import convert_text
    items = []
    plan = [("Two-step sign-in for staff accounts", ["Choose a product", "Test it with two teams"], "IT Manager"),
            ("Lock accounts after failed attempts", ["Set the lockout policy", "Tell the desk"], "Service Desk Lead"),
            ("Keep a log of system changes", ["Agree what to log", "Review the log monthly"], "Data Officer"),
            ("Encrypt laptops in the field team", ["List the laptops", "Encrypt each one"], "IT Manager")]
    for n, (title, steps, who) in enumerate(plan, start=1):
        bullets = "\n".join(f"- {s}" for s in steps)
        ticks = "\n".join(f"- [x] {s} (week {k + 2}) - done" for k, s in enumerate(steps))
        items.append(f"### Item {n}: {title}\n\n**Finding:** The control is not in place.\n\n**Planned work:**\n"
                     f"{bullets}\n\n**Responsible party:** {who}\n\n**Target date:** 2026-0{n}-15\n\n"
                     f"**Status:** Closed\n\n**Milestones:**\n{ticks}\n\n**Completion date:** 2026-0{n}-10\n\n---\n")
    text = ("# Remediation tracking log\n\n**Document version:** 2.1  \n**Date:** 2026-01-12  \n"
            "**Last updated:** 2026-01-14  \n**Classification:** internal\n\n---\n\n## 1. Purpose\n\n"
            "This log tracks the items found at review.\n\n## 2. Items\n\n" + "\n".join(items))
    r = convert_text(tmp_path, "log.md", text)
    assert [a.action for a in r.actions] == [f"Item {n}: {t}" for n, t in enumerate([
        "Two-step sign-in for staff accounts", "Lock accounts after failed attempts", "Keep a log of system changes",
        "Encrypt laptops in the field team"], start=1)]


def test_a_bracketed_status_beside_a_financial_year_quarter_is_the_items_status():
    # 'Q3 2025/26' is one date: its slash parts no two things in the brackets (a status and a date)
    from planx.normalise.milestones import item_status
    found = item_status("PCN plans signed off [Behind schedule, Q3\n2025/26]", 2025)
    assert found is not None and (found.raw, found.status, found.sure) == ("Behind schedule", "delayed", True)
    assert found.text.startswith("PCN plans signed off (Q3")
    found = item_status("Plan agreed [Done, 31/03/2026]", 2025)
    assert found is not None and found.status == "complete" and found.text == "Plan agreed (31/03/2026)"
    # a slash between words still parts them ('Complete / Mar 2026')
    found = item_status("Website live (Complete / Mar 2026)", 2025)
    assert found is not None and found.status == "complete"
