"""Forms in two languages (Welsh and English labels and values: normalise/bilingual.py) and forms
whose labels stand on lines of their own over their values (normalise/formlines.py).

Unit tests give each rule the shapes real Welsh plans print ('Cam gweithredu / Action step',
'Perchennog' over 'Owner' in one cell, 'Ar y trywydd / On track') and the ones it must leave alone
(two English names side by side); the end-to-end tests convert make_form_samples.py's bilingual_
and labelover_ documents (Word, ruled and borderless PDF, text) and compare them with their truth."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared, read

import planx
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.banners import read_banner
from planx.normalise.bilingual import (
    english_date,
    english_label_line,
    english_side,
    english_value,
    regroup_label_lines,
    welsh_heading,
)
from planx.normalise.codes import rag_of, status_of
from planx.normalise.formlines import headings_over_forms, labels_over_values, lone_label
from planx.normalise.headers import classify, read_heading
from planx.normalise.tableforms import _line_field, _reads_as_label, form_field, labelled_line

# ---- labels in two languages --------------------------------------------------------------------------

@pytest.mark.parametrize(("label", "english"), [
    ("Cam gweithredu / Action step", "Action step"),  # Welsh first, at a slash
    ("Action step / Cam gweithredu", "Action step"),  # Welsh second
    ("Perchennog\nOwner", "Owner"),  # one over the other in a label cell
    ("Swyddog\narweiniol\nLead officer", "Lead officer"),  # the Welsh wrapped over two lines
    ("Sgôr RAG / RAG rating", "RAG rating"),  # accents folded
    ("Pwy sy’n gyfrifol / Who is responsible", "Who is responsible"),  # a curly apostrophe
    ("Statws", "status"),  # Welsh alone: its English
    ("Strategies / actions", "Strategies / actions"),  # two English names: as printed
    ("Monitoring (who/when)", "Monitoring (who/when)"),  # a slash in brackets: as printed
    ("Lead officer", "Lead officer"),
])
def test_a_label_in_two_languages_is_read_by_its_english_side(label, english):
    assert english_side(label) == english


def test_welsh_headings_are_data_with_a_number_kept():
    assert welsh_heading("Dyddiad targed") == "target date"
    assert welsh_heading("Blaenoriaeth 2") == "priority 2"
    assert welsh_heading("Target date") == ""


@pytest.mark.parametrize(("label", "field"), [
    ("Cam gweithredu / Action step", "action"), ("Camau gweithredu\nAction", "action"),
    ("Perchennog / Owner", "lead"), ("Dyddiad targed\nTarget date", "due"), ("Cynnydd / Progress", "progress"),
    ("Statws / Status", "status"), ("Tystiolaeth / Evidence", "measure"), ("Perchennog", "lead"),
])
def test_a_heading_in_two_languages_names_its_field_surely(label, field):
    name, score, _ = classify(label)
    assert name == field and score >= 85  # sure enough for a form's label (structure.form_field)
    assert "English beside Welsh" in read_heading(label)[0].why


def test_a_long_label_in_two_languages_still_labels_a_line():
    # seven words with the Welsh, three in English: a label, not a sentence
    assert labelled_line("What we will do / Camau gweithredu: Recruit two psychologists") == (
        "action", "Recruit two psychologists")
    assert form_field("Perchennog / Owner") == "lead"
    assert labelled_line("Cafodd y cynllun ei gytuno gan y bwrdd ym mis Medi: diolch") is None  # Welsh prose


def test_a_banner_in_two_languages():
    assert english_label_line("Blaenoriaeth 1 / Priority 1: Early help") == "Priority 1: Early help"
    assert read_banner("Blaenoriaeth 1 / Priority 1: Prepare young people for adult life") == (
        "1", "Prepare young people for adult life")
    assert english_label_line("Note: see annex") == "Note: see annex"


@pytest.mark.parametrize(("value", "status", "rag"), [
    ("Ar y trywydd / On track", "in_progress", ""), ("Wedi'i gwblhau / Complete", "complete", ""),
    ("Heb ddechrau", "not_started", ""), ("Gwyrdd / Green", "", "green"), ("Coch", "", "red"),
    ("Oren / Amber", "", "amber"),
])
def test_a_value_in_two_languages_is_read_by_its_english_side(value, status, rag):
    if status:
        assert status_of(value) == status
    if rag:
        assert rag_of(value) == rag
    assert english_value("Head of Service / Pennaeth Gwasanaeth") == "Head of Service / Pennaeth Gwasanaeth"


@pytest.mark.parametrize(("raw", "iso"), [
    ("Mawrth 2025 / March 2025", "2025-03"), ("31 Mawrth 2025 / 31 March 2025", "2025-03-31"),
    ("Rhagfyr 2024", "2024-12"), ("Medi 2024\nSeptember 2024", "2024-09"), ("March 2025", "2025-03"),
])
def test_a_due_date_in_two_languages(raw, iso):
    from planx.normalise.dates import due_date
    assert due_date(raw) == iso


def test_a_welsh_month_counts_beside_a_figure_only():
    assert english_date("Mai Jones") == "Mai Jones"  # a name, not May
    assert english_date("Immediate, medi 2024") == "Immediate, September 2024"  # a whole word only


def test_a_form_in_two_languages_written_as_lines_end_to_end():
    lines = ["Cynllun Gweithredu / Action Plan 2024",
             "Cam gweithredu / Action step: Recruit two bilingual family support workers",
             "Perchennog / Owner: Head of Children's Services",
             "Dyddiad / Date: Mawrth 2025 / March 2025",
             "Statws / Status: Ar y trywydd / On track",
             "Cam gweithredu / Action step: Publish the Welsh language offer for early help",
             "Perchennog / Owner: Early Help Manager",
             "Dyddiad / Date: September 2024",
             "Statws / Status: Wedi'i gwblhau / Complete"]
    doc = RawDocument(path="", name="d.txt", format="txt",
                      blocks=[Paragraph(t, 1, k + 1) for k, t in enumerate(lines)])
    result = normalise(doc)
    assert [(a.action, a.lead, a.due_date, a.status) for a in result.actions] == [
        ("Recruit two bilingual family support workers", "Head of Children's Services", "2025-03", "in_progress"),
        ("Publish the Welsh language offer for early help", "Early Help Manager", "2024-09", "complete")]


def _kv(*pairs: tuple[str, str]) -> Table:
    return Table(rows=[Row([Cell(a, 0), Cell(b, 1)], 1, k + 1) for k, (a, b) in enumerate(pairs)], page=1, index=1)


def test_labels_in_welsh_over_english_split_between_rows_are_put_back_together():
    # as a borderless PDF's reader groups them: each value beside the Welsh line, the English line
    # below it fallen into the next row's label
    table = _kv(("Camau gweithredu\nWhat we will do", "Train every early years setting"),
                ("Swyddog arweiniol\nLead officer", "Principal Educational Psychologist"),
                ("Dyddiad", "30 April 2026"), ("Target date\nCynnydd", "No update this quarter."),
                ("Progress", ""), ("Statws RAG", "Green"), ("RAG rating", ""))
    regrouped = regroup_label_lines(table, _reads_as_label)
    assert regrouped is not None
    assert [r.texts() for r in regrouped.rows] == [
        ["Camau gweithredu\nWhat we will do", "Train every early years setting"],
        ["Swyddog arweiniol\nLead officer", "Principal Educational Psychologist"],
        ["Dyddiad\nTarget date", "30 April 2026"], ["Cynnydd\nProgress", "No update this quarter."],
        ["Statws RAG\nRAG rating", "Green"]]
    # labels whole in their rows, or in English only: nothing to put back
    assert regroup_label_lines(_kv(("Perchennog\nOwner", "J Smith"), ("Dyddiad\nDate", "May 2025")),
                               _reads_as_label) is None
    assert regroup_label_lines(_kv(("Action", "Train staff"), ("Owner", "J Smith"), ("Deadline", "May")),
                               _reads_as_label) is None


def test_a_plan_grid_with_headings_in_two_languages_end_to_end():
    rows = [["Cyf / Ref", "Cam gweithredu\nAction step", "Perchennog\nOwner", "Dyddiad targed / Target date",
             "Statws / Status"],
            ["1.1", "Recruit two bilingual family support workers", "Head of Early Help", "March 2025",
             "Ar y trywydd / On track"],
            ["1.2", "Publish the Welsh language offer for early help", "Early Help Manager", "September 2024",
             "Wedi'i gwblhau / Complete"]]
    table = Table(rows=[Row([Cell(t, c) for c, t in enumerate(r)], 1, k + 1) for k, r in enumerate(rows)],
                  page=1, index=1)
    result = normalise(RawDocument(path="", name="d.docx", format="docx", blocks=[table]))
    assert [(a.action, a.lead, a.due_date, a.status) for a in result.actions] == [
        ("Recruit two bilingual family support workers", "Head of Early Help", "2025-03", "in_progress"),
        ("Publish the Welsh language offer for early help", "Early Help Manager", "2024-09", "complete")]


# ---- labels on lines of their own over their values ----------------------------------------------------

def _over(*texts: str, bold: bool = False) -> list[Paragraph]:
    return [Paragraph(t, 1, k + 1, bold=bold and k % 2 == 0) for k, t in enumerate(texts)]


def test_a_lone_label_ends_with_a_colon_or_is_bold():
    assert lone_label(Paragraph("Who is responsible:", 1, 1), form_field) == "Who is responsible"
    assert lone_label(Paragraph("Deadline", 1, 1, bold=True), form_field) == "Deadline"
    assert lone_label(Paragraph("Deadline", 1, 1), form_field) == ""  # plain: a word, not a label
    assert lone_label(Paragraph("Background:", 1, 1), form_field) == ""  # names no form field
    assert lone_label(Paragraph("What the inspection found about the plans:", 1, 1), form_field) == ""


def test_labels_over_values_recur_with_the_action_among_them():
    blocks = _over("What:", "Run a termly forum", "Who is responsible:", "Participation Lead",
                   "Deadline:", "July 2026", "What:", "Publish an update", "Who is responsible:", "SEND Manager")
    pairs = labels_over_values(blocks, form_field)
    assert sorted(pairs) == [0, 2, 4, 6, 8]
    assert pairs[0].text == "What: Run a termly forum" and pairs[2].text == "Who is responsible: Participation Lead"


def test_a_bold_heading_over_prose_is_no_form():
    # one bold 'Progress' heading over a paragraph: no recurring labels, no action label
    blocks = _over("Progress", "We have recruited two workers and trained the duty team.",
                   "Next steps", "The board meets in May.", bold=True)
    assert labels_over_values(blocks, form_field) == {}
    # labels that recur but never name the action: not a form of actions
    blocks = _over("Lead:", "J Smith", "Deadline:", "May 2025", "Lead:", "A Khan", "Deadline:", "June 2025")
    assert labels_over_values(blocks, form_field) == {}


def test_labels_over_values_end_to_end():
    blocks = _over("Action:", "Run a termly forum for parent carers", "Owner:", "Participation Lead",
                   "Deadline:", "July 2026", "RAG:", "Amber",
                   "Action:", "Publish a you said, we did update", "Owner:", "SEND Manager",
                   "Deadline:", "March 2026", "RAG:", "Green")
    result = normalise(RawDocument(path="", name="d.txt", format="txt", blocks=list(blocks)))
    assert [(a.action, a.lead, a.due_date, a.rag) for a in result.actions] == [
        ("Run a termly forum for parent carers", "Participation Lead", "2026-07", "amber"),
        ("Publish a you said, we did update", "SEND Manager", "2026-03", "green")]


def test_a_numbered_line_over_a_forms_action_label_is_its_area():
    blocks = [Paragraph("1. Identify needs early and accurately", 1, 1),
              Paragraph("Action: Train every early years setting", 1, 2), Paragraph("Owner: SEND Lead", 1, 3),
              Paragraph("2. Recruit two more psychologists", 1, 4),  # a numbered action over its details
              Paragraph("Owner: Principal Psychologist", 1, 5),
              Paragraph("3. The plan was agreed in May.", 1, 6),  # a sentence
              Paragraph("Action: Publish the guide", 1, 7)]
    assert headings_over_forms(blocks, _line_field) == {0: ("1", "Identify needs early and accurately")}
    result = normalise(RawDocument(path="", name="d.txt", format="txt", blocks=blocks[:3] + [
        Paragraph("Deadline: May 2025", 1, 4)]))
    assert [(a.area_ref, a.area, a.action, a.lead) for a in result.actions] == [
        ("1", "Identify needs early and accurately", "Train every early years setting", "SEND Lead")]


def test_a_forms_labelled_lines_read_into_fields_are_not_left_over():
    lines = ["Action: Install CCTV at the town centre car parks", "Owner: J Smith, Community Safety Manager",
             "Deadline: 31 March 2025", "Resources: Within existing budget",
             "Action: Run a winter campaign on doorstep crime", "Owner: Trading Standards Team",
             "Deadline: December 2024"]
    result = normalise(RawDocument(path="", name="d.txt", format="txt",
                                   blocks=[Paragraph(t, 1, k + 1) for k, t in enumerate(lines)]))
    assert [a.lead for a in result.actions] == ["J Smith, Community Safety Manager", "Trading Standards Team"]
    # the label no field takes stays in leftovers with its label; the lines read into fields do not
    assert [(x.text, x.heading) for x in result.leftovers] == [("Within existing budget", "Resources")]


# ---- end to end: the generated documents -----------------------------------------------------------------

@pytest.fixture(scope="module")
def languages_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_form_samples import make_two_language_seed
    folder = tmp_path_factory.mktemp("languages")
    docs = [p for seed in (1, 2, 3, 4) for p in make_two_language_seed(folder, seed)]
    out = tmp_path_factory.mktemp("languages_out")
    planx.convert(docs, out=out, jobs=1, report=False)
    return folder, out


@needs_shared
def test_forms_in_two_languages_and_labels_over_values_score_well(languages_run):
    folder, out = languages_run
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(out), str(folder), "--json"],
                          capture_output=True, text=True, timeout=300)
    report = json.loads(proc.stdout[:proc.stdout.rindex("score:")])
    by_doc = {d["doc"]: d["accuracy"] for d in report["documents"] if d["accuracy"] is not None}
    strong = {d: a for d, a in by_doc.items() if not d.endswith("_bl.pdf")}
    assert strong and all(a >= 99.0 for a in strong.values()), strong
    # borderless PDF: a label printed over two lines ('Swyddog arweiniol' over 'Lead officer') with
    # its value on the first line only is not yet read as one label (bilingual_4_bl.pdf reads no form)
    borderless = {d: a for d, a in by_doc.items() if d.endswith("_bl.pdf")}
    assert borderless and sum(a >= 99.0 for a in borderless.values()) >= 2, borderless


def test_every_action_of_a_two_language_form_is_read(languages_run):
    _, out = languages_run
    actions = read(out, "actions")
    for seed in (1, 2, 3, 4):
        for doc in (f"bilingual_{seed}.docx", f"bilingual_{seed}_rl.pdf", f"bilingual_{seed}.txt",
                    f"labelover_{seed}.txt", f"labelover_{seed}.docx"):
            assert [a for a in actions if a["doc"] == doc], doc


def test_a_title_over_labelled_lines_and_a_label_over_a_list_are_no_labels_over_values():
    # forms already written 'Label: value', each titled by a bold heading ('Action 2.1') and
    # ending with a bold 'Milestones:' over a numbered list: nothing to pair, every line reads alone
    blocks: list[Paragraph] = []
    for k in range(1, 4):
        blocks += [Paragraph(f"Action 2.{k}", 1, 1, bold=True), Paragraph("Priority: 2 – Quality of practice", 1, 2),
                   Paragraph(f"Action: Redesign induction {k}", 1, 3), Paragraph("Lead officer: J Smith", 1, 4),
                   Paragraph("Milestones:", 1, 5, bold=True), Paragraph("1. Pilot sites identified (May 2026)", 1, 6),
                   Paragraph("2. Business case approved (October 2026)", 1, 7)]
    assert labels_over_values(blocks, form_field) == {}
    # a value under its label that is itself a list item: the label heads the list
    assert labels_over_values(_over("What:", "• Run a termly forum", "Who:", "- Participation Lead",
                                    "Deadline:", "(1) July 2026"), form_field) == {}


def test_a_numbered_heading_over_its_numbered_items_is_no_label():
    # trustees' minutes (holdout19, the Friends of Halesworth Library): the agenda item in bold, '6 Finance
    # Update', over its sub-items '6.1 Our bank balance …': a heading over its items, not the label
    # 'Update' (progress) waiting for its value; the minute's number is what its items carry on
    blocks = _over("6 Finance Update", "6.1 Our bank balance currently stands at £11k.",
                   "Action", "Write to the bank about the transfer.", "Lead", "Treasurer",
                   "Deadline", "May 2026", bold=True)
    assert sorted(labels_over_values(blocks, form_field)) == [2, 4, 6]
    # the same heading over a value that is no item of its own pairs as before
    blocks[1] = Paragraph("Our bank balance currently stands at £11k.", 1, 2)
    assert sorted(labels_over_values(blocks, form_field)) == [0, 2, 4, 6]
