"""Plans written as text: Markdown (pipe tables, headings, inline HTML in cells), struck-through
(superseded) dates and statuses in any format, and narrative plans (run-in 'Action:' / 'We will:'
labels, numbered 'Action 1.1 …' and 'Recommendation N:' blocks over labelled lines).

Unit tests give each rule the shapes it reads and the ones it must leave alone; the end-to-end
tests convert samples/make_text_shapes.py's documents and compare them with their truth."""
from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared, read

import planx
from planx.extract import extract
from planx.extract.markdown import has_markdown_headings, has_pipe_table, inline_text, split_row
from planx.extract.model import Paragraph, Table
from planx.extract.text import standalone_heading
from planx.normalise.columns import who_then_when_lines
from planx.normalise.minute_marks import bracketed_note, is_acronym_of, lead_of
from planx.normalise.minutes import numbered_block_heading
from planx.normalise.text import clean, current, printed, split_struck

PLAN_MD = """\
# Children's Services Improvement Plan 2025

## Priority 1: Early help

| Ref | Action | Lead | Target date | Status |
|-----|:-------|------|-------------|-------:|
| 1.1 | Audit referrals<br>- map routes<br>- agree thresholds | Head of EH | <s>31/03/2025</s> 30/06/2025 | On track |
| 1.2 | Recruit two social workers | Service Manager | ~~31/12/2024~~ 31/05/2025 | <del>Not started</del> Complete |

## Priority 2: Practice

| Ref | Action | Lead | Target date | Status |
| --- | --- | --- | --- | --- |
| 2.1 | Refresh the supervision policy \\| guidance | Head of Service | Dec 2025 | Delayed |
"""


def convert(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([path], out=out, jobs=1, report=False)
    return out


# ---- Markdown extraction ------------------------------------------------------------------------

def test_pipe_tables_and_headings_keep_their_lines(tmp_path: Path):
    path = tmp_path / "plan.md"
    path.write_text(PLAN_MD, encoding="utf-8")
    doc = extract(path)
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    headings = [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.heading]
    assert headings == ["Children's Services Improvement Plan 2025", "Priority 1: Early help", "Priority 2: Practice"]
    assert [[r.line for r in t.rows] for t in tables] == [[5, 7, 8], [12, 14]]  # the delimiter row is layout
    first = tables[0].rows[1].texts()
    assert first[1] == "Audit referrals\n- map routes\n- agree thresholds"  # <br> breaks the cell's lines
    assert first[3] == "~~31/03/2025~~ 30/06/2025"  # struck text in the one mark normalise/ reads
    assert tables[1].rows[1].texts()[1] == "Refresh the supervision policy | guidance"  # an escaped pipe


def test_markdown_in_a_txt_is_read_as_markdown_and_a_tab_plan_is_not():
    assert has_pipe_table(PLAN_MD.split("\n"))
    assert has_markdown_headings(["# Plan", "", "## Priority 1", "Action: Do it"])
    assert not has_pipe_table(["Option A | Option B", "We chose option A."])  # a pipe, no delimiter row
    assert not has_markdown_headings(["#1 priority for the year", "Nothing else."])
    # '# of …' labels in a tab-separated plan are no headings: its rows stay rows
    tabbed = ["# of referrals\t120", "# of assessments\t80", "Action\tLead\tDate", "Audit cases\tAnn Lee\tMay 2025"]
    assert not has_markdown_headings(tabbed) and not has_pipe_table(tabbed)


@pytest.mark.parametrize("cell, lines", [
    ("Plan agreed<br>Consultation in May", "Plan agreed\nConsultation in May"),
    ("<ul><li>Scoping</li><li>Pilot</li></ul>", "• Scoping\n• Pilot"),
    ("<ol><li>Scoping</li><li>Pilot</li></ol>", "1. Scoping\n2. Pilot"),
    ("**Bold** and [a link](http://example.org) and `code`", "Bold and a link and code"),
    ("<strike>Jan 2025</strike><br/>Mar 2025", "~~Jan 2025~~\nMar 2025"),
    ("Fish &amp; chips &lt;b&gt;", "Fish & chips <b>"),
])
def test_a_cells_inline_markup_becomes_its_printed_lines(cell: str, lines: str):
    assert inline_text(cell) == lines


def test_entities_are_the_fixed_html_set_only():
    # no DTD, no entity of a document's own: '&xxe;' stays as written
    read = inline_text('<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>a &xxe; b')
    assert read.endswith("a &xxe; b") and "root:" not in read


def test_a_row_is_split_at_unescaped_pipes():
    assert split_row("| a | b\\|c |") == ["a", "b|c"]
    assert split_row("a | b") == ["a", "b"]


def test_lines_of_a_form_stay_apart_in_markdown(tmp_path: Path):
    path = tmp_path / "f.md"
    path.write_text("# Plan\n\nAction 2.1 Public wifi\nAction: Extend wifi to all centres.\n"
                    "Responsible: ICT Lead\nDeadline: December 2025\n\nA paragraph\nwrapped over two lines.\n")
    texts = [b.text for b in extract(path).blocks if isinstance(b, Paragraph)]
    assert texts == ["Plan", "Action 2.1 Public wifi", "Action: Extend wifi to all centres.", "Responsible: ICT Lead",
                     "Deadline: December 2025", "A paragraph wrapped over two lines."]


# ---- struck-through text ---------------------------------------------------------------------------

def test_struck_text_is_superseded_and_kept_aside():
    kept, struck = split_struck("~~31/03/2025~~ 30/06/2025")
    assert kept.split() == ["30/06/2025"] and struck == ["31/03/2025"]
    assert current("<s>31/03/2025</s> 30/06/2025") == "30/06/2025"
    assert current("<del>Not started</del> Complete") == "Complete"
    assert printed("<s>31/03/2025</s> 30/06/2025") == "~~31/03/2025~~ 30/06/2025"  # as printed
    assert clean("Review ~~annually~~ quarterly") == "Review quarterly (superseded: annually)"
    assert clean("a ~ b ~~ c") == "a ~ b ~~ c"  # tildes that strike nothing stay


def test_a_struck_date_is_never_the_due_date(tmp_path: Path):
    out = convert(tmp_path, "plan.txt", PLAN_MD)
    actions = read(out, "actions")
    by_ref = {a["ref"]: a for a in actions}
    assert by_ref["1.1"]["due_date"] == "2025-06-30" and by_ref["1.1"]["due_raw"] == "~~31/03/2025~~ 30/06/2025"
    assert by_ref["1.2"]["due_date"] == "2025-05-31"
    assert by_ref["1.2"]["status"] == "complete" and "Not started" in by_ref["1.2"]["status_raw"]
    assert by_ref["2.1"]["area"] == "Practice" and by_ref["2.1"]["area_ref"] == "2"


def test_struck_runs_in_word_are_marked(tmp_path: Path):
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    run = '<w:r><w:rPr>{}</w:rPr><w:t xml:space="preserve">{}</w:t></w:r>'
    cell = ("<w:tc><w:p>" + run.format("<w:strike/>", "31/03/2025") + run.format("", " 30/06/2025")
            + "</w:p></w:tc><w:tc><w:p>" + run.format('<w:dstrike w:val="1"/>', "Old") + run.format("", " New")
            + "</w:p></w:tc><w:tc><w:p>" + run.format('<w:strike w:val="0"/>', "Kept") + "</w:p></w:tc>")
    body = f"<w:tbl><w:tr>{cell}</w:tr></w:tbl>"
    path = tmp_path / "s.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{body}'
                   "</w:body></w:document>")
    texts = [c.text for b in extract(path).blocks if isinstance(b, Table) for r in b.rows for c in r.cells]
    assert texts == ["~~31/03/2025~~ 30/06/2025", "~~Old~~ New", "Kept"]


def test_struck_text_in_an_html_page_is_marked(tmp_path: Path):
    path = tmp_path / "p.html"
    path.write_text("<table><tr><th>Action</th><th>Due</th></tr>"
                    "<tr><td>Audit cases</td><td><s>May 2025</s> June 2025</td></tr></table>")
    texts = [c.text for b in extract(path).blocks if isinstance(b, Table) for r in b.rows for c in r.cells]
    assert "~~May 2025~~ June 2025" in texts


# ---- narrative plans -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, reading", [
    ("Action 1.1 Basic digital skills", ("1.1", "Basic digital skills")),
    ("Action 3: Build a catalogue", ("3", "Build a catalogue")),
    ("Recommendation 2: Improve communication with families.", ("2", "Improve communication with families.")),
    ("ACTION 4. Review the policy", ("4", "Review the policy")),
    ("Action 2 was discussed at length", None),  # no stop and no capital: a sentence
    ("Actions taken so far", None),
])
def test_numbered_block_headings(text: str, reading: tuple[str, str] | None):
    assert numbered_block_heading(text) == reading


@pytest.mark.parametrize("item, reading", [
    ("Train staff (Lead: Head of SEND, by March 2026)", ("Train staff", "Head of SEND", "March 2026")),
    ("Train staff (Owner: J Smith; due Q2 2025/26).", ("Train staff", "J Smith", "Q2 2025/26")),
    ("Train staff (by 31/03/2026)", ("Train staff", "", "31/03/2026")),
    ("Meet partners (including schools, by invitation)", ("Meet partners (including schools, by invitation)", "", "")),
])
def test_a_bracketed_note_gives_lead_and_date(item: str, reading: tuple[str, str, str]):
    assert bracketed_note(item) == reading


def test_who_then_when_on_one_line():
    assert who_then_when_lines("Sarah Whitfield, by Sept 2025") == ("Sarah Whitfield", "Sept 2025")
    assert who_then_when_lines("Schools, by invitation") is None


def test_an_instructions_verb_is_no_one_who_acts():
    assert lead_of("Train front-line staff to identify carers") == ""
    assert lead_of("JS to circulate the paper") == "JS"


NARRATIVE = """\
# Carers Strategy Delivery Plan 2025

## Introduction

Carers told us they are not always recognised. This plan was agreed in June 2025.

## 1. Recognising carers

We will:
- Train front-line staff to identify carers at first contact
- Add a carer flag to the adult social care record (Lead: Head of Adult Care, by June 2026)

## 2. Breaks for carers

Action: Expand the short breaks offer to 200 more carers (Lead: Commissioning Manager, by March 2026).

Action 2.2 Information
Action: Publish a guide for carers with partners.
Lead officer: Carers Lead
Target date: 30/09/2025

## Recommendations

Recommendation 3: The council should review respite charges.
Response: Agreed.
Owner: Director of Adult Care
Timescale: December 2025
"""


def test_a_narrative_plan_gives_one_action_per_marked_paragraph(tmp_path: Path):
    actions = read(convert(tmp_path, "carers.md", NARRATIVE), "actions")
    got = [(a["area"], a["ref"], a["action"], a["lead"], a["due_date"]) for a in actions]
    assert got == [
        ("Recognising carers", "", "Train front-line staff to identify carers at first contact", "", ""),
        ("Recognising carers", "", "Add a carer flag to the adult social care record", "Head of Adult Care",
         "2026-06"),
        ("Breaks for carers", "", "Expand the short breaks offer to 200 more carers", "Commissioning Manager",
         "2026-03"),
        ("Breaks for carers", "2.2", "Publish a guide for carers with partners.", "Carers Lead", "2025-09-30"),
        ("Recommendations", "3", "The council should review respite charges.", "Director of Adult Care", "2025-12"),
    ]
    assert actions[3]["objective"] == "Information"  # the heading's title, not the action


def test_front_matter_gives_the_title_and_no_text(tmp_path: Path):
    path = tmp_path / "p.md"
    path.write_text('---\nlayout: home\ntitle: "Fifth Action Plan"\nstatus: draft\n---\nDecember 2022\n')
    blocks = [(b.text, b.heading, b.line) for b in extract(path).blocks if isinstance(b, Paragraph)]
    assert blocks == [("Fifth Action Plan", True, 3), ("December 2022", False, 6)]


def test_a_bracketed_short_form_is_no_owner():
    assert is_acronym_of("FOIA", "through the Freedom of Information Act")
    assert is_acronym_of("SEND", "Special Educational Needs and Disabilities")
    assert not is_acronym_of("JS", "Circulate the draft minutes")
    assert lead_of("Strengthen access through the Freedom of Information Act (FOIA).") == ""
    assert lead_of("Circulate the draft minutes (JS)") == "JS"


# a national plan's shape (GSA/open.usa.gov, NAP 5): a sentence ending 'will:' over a list whose
# items are set as headings, each followed by paragraphs that describe it, some with numbered steps
ANNOUNCED = """\
---
title: "Open Government National Action Plan"
---

## Improve Access to Government Data

Transparency is a cornerstone of open government. By 2024 the public should see more data.

To improve public access to Government data, the Federal Government will:

- ### Expand the Production and Use of Equitable Data.

    The Working Group published recommendations in April 2022.

    The Department commits to the following additional steps:

    1. Issuance of an updated Self-Assessment Toolkit, originally issued in 2017.

    2. Leading a working group on proactive disclosure.

- ### [Broaden Public Access to Research Findings.](./research/)

    Agencies will publish plans by December 2024.

## Conclusion

We will keep the public informed:

Progress will be reported twice a year.
"""


def test_an_announced_list_gives_an_action_per_item(tmp_path: Path):
    out = convert(tmp_path, "nap.md", ANNOUNCED)
    got = [(a["area"], a["action"]) for a in read(out, "actions")]
    assert got == [("Improve Access to Government Data", "Expand the Production and Use of Equitable Data."),
                   ("Improve Access to Government Data", "Broaden Public Access to Research Findings.")]
    kept = " ".join(r["text"] for r in read(out, "leftovers"))
    assert "Issuance of an updated Self-Assessment Toolkit" in kept and "Agencies will publish plans" in kept


def test_markdown_prose_without_marked_actions_gives_none(tmp_path: Path):
    text = ("# Our Libraries Strategy 2025-2030\n\n## Where we are\n\nVisits fell by March 2021.\n\n"
            "## What people told us\n\n- Opening hours do not suit people who work\n"
            "- Study space is hard to find by June each year\n\n## Ambition\n\n"
            "The council will review progress each year and report to Cabinet by June 2026.\n")
    out = convert(tmp_path, "strategy.md", text)
    assert read(out, "actions") == []


# ---- end to end: the generated shapes -----------------------------------------------------------------

@pytest.fixture(scope="module")
def shapes_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_text_shapes import main
    folder = tmp_path_factory.mktemp("text_shapes")
    docs = main(folder, [1, 2, 3, 4, 5, 6])
    out = tmp_path_factory.mktemp("text_shapes_out")
    planx.convert(docs, out=out, jobs=1, report=False)
    return folder, out


def test_essays_give_nothing(shapes_run):
    _, out = shapes_run
    essays = [d["doc"] for d in read(out, "documents") if d["doc"].startswith("essay")]
    assert len(essays) == 6 and not [a for a in read(out, "actions") if a["doc"] in essays]


@needs_shared
def test_every_text_shape_scores_well(shapes_run):
    folder, out = shapes_run
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(out), str(folder), "--json"],
                          capture_output=True, text=True, timeout=300)
    report = json.loads(proc.stdout[:proc.stdout.rindex("score:")])
    by_doc = {d["doc"]: d["accuracy"] for d in report["documents"] if d["accuracy"] is not None}
    assert len(by_doc) == 18
    assert sum(by_doc.values()) / len(by_doc) >= 99.0, by_doc
    assert all(acc >= 90.0 for acc in by_doc.values()), by_doc


# ---- plain-text headings ---------------------------------------------------------------------------

PLAIN_PLAN = """\
School Improvement Plan 2024

Inclusion

Action: Review the SEND register termly.
Lead: Head of SEND. By: September 2024

Action: Train staff in the new behaviour policy.
Owner: J Smith; Due: March 2026

PUPIL ATTENDANCE

Action: Introduce first-day calling for absences.
Lead: Attendance Officer. By: December 2024
"""


def test_a_plain_text_heading_gives_the_area_of_the_actions_below(tmp_path: Path):
    rows = read(convert(tmp_path, "plan.txt", PLAIN_PLAN), "actions")
    assert [(r["area"], r["lead"], r["due_raw"]) for r in rows] == [
        ("Inclusion", "Head of SEND", "September 2024"),
        ("Inclusion", "J Smith", "March 2026"),
        ("PUPIL ATTENDANCE", "Attendance Officer", "December 2024")]


@pytest.mark.parametrize("line, heading", [
    ("Inclusion", True), ("Early Help and Prevention", True), ("PUPIL ATTENDANCE", True),
    ("We will review the register.", False), ("Lead: Head of SEND", False),
    ("Thank you for your letter", False), ("Yours sincerely,", False),
])
def test_a_standalone_text_heading_is_short_title_case_and_unpunctuated(line: str, heading: bool):
    assert standalone_heading(line) is heading


def test_a_letter_with_plain_headings_has_no_actions(tmp_path: Path):
    letter = ("Dear Parents\n\nSchool Trip\n\nThe trip to the museum will go ahead next week. Please send a packed"
              " lunch.\n\nUniform Reminder\n\nPlease label all items of clothing.\n\nYours sincerely\n")
    assert read(convert(tmp_path, "letter.txt", letter), "actions") == []
