"""Trackers as people build them (issue 14, trackers): a grouping column whose heading names no
field ('Our pledge to carers') printed once over its rows; no status column but updates that open
with their status ('On hold – …'); two owner columns, an SRO and a delivery lead; an expected
benefit told as a short quantity; a review date that looks back; outline references with the
plan's letters before them ('CS1.2') under a numbered theme row in the action column.

End to end on samples/make_tracker_samples.py's files (wordings and layouts of our own), and rule
by rule."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import assert_actions_as_truth, read

import planx
from planx.extract.pdfgeom import broken_ref, join_lines
from planx.normalise.banners import area_ref_of
from planx.normalise.codes import rag_of
from planx.normalise.columns import profile
from planx.normalise.headers import read_header, read_heading
from planx.normalise.trackers import groups_rows, heading_names_no_field, outline_child, quantities, status_at_start

FIELDS = ("area_ref", "area", "measure", "lead", "responsible", "due_raw", "due_date", "status", "progress")


@pytest.fixture(scope="module")
def trackers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_tracker_samples import main
    folder = tmp_path_factory.mktemp("trackers")
    main(folder, [3])
    out = tmp_path_factory.mktemp("trackers_out")
    planx.convert([folder], out=out, jobs=1)
    return folder, out


@pytest.mark.parametrize("kind", ["carers.txt", "carers.docx", "schemes.csv", "safety.txt", "safety.pdf"])
def test_each_tracker_gives_its_actions_with_their_groups_owners_and_statuses(trackers, kind):
    folder, out = trackers
    doc = f"tracker_3_{kind}"
    assert_actions_as_truth(folder, out, doc, FIELDS)  # the theme rows are no actions


def test_the_grouping_column_and_the_derived_status_are_said(trackers):
    _, out = trackers
    doc = next(d for d in read(out, "documents") if d["doc"] == "tracker_3_carers.txt")
    assert "'Our pledge to carers' names no field and holds short titles each over a group of rows" in doc["warnings"]
    assert "opening its update" in doc["warnings"]
    schemes = next(d for d in read(out, "documents") if d["doc"] == "tracker_3_schemes.csv")
    assert "'Expected benefit' holds short quantities" in schemes["warnings"]


def test_a_pledge_title_read_as_the_area_is_not_also_kept_aside(trackers):
    _, out = trackers
    left = [r["text"] for r in read(out, "leftovers") if r["doc"] == "tracker_3_carers.txt"]
    assert not any("Carers are recognised and valued" in t for t in left)


# ---- the rules, each on its own shapes -------------------------------------------------------------

@pytest.mark.parametrize("text, status", [
    ("Not yet started: Not started yet.", "not_started"),
    ("In progress – two sites agreed", "in_progress"),
    ("Closed - implemented: Done.", "complete"),
    ("On hold - awaiting funding", "delayed"),
    ("Achieved: report published", "complete"),
])
def test_an_update_opening_with_a_status_phrase_states_it(text, status):
    found = status_at_start(text)
    assert found is not None and found[0] == status


@pytest.mark.parametrize("text", [
    "Note: the board met in May.",  # a label, not a status
    "Complete the review by March: then report.",  # an instruction that opens with a status word
    "Figures due in May.",  # no colon or dash after a phrase
    "Update from the board - complete by June",  # the phrase before the dash is no status
])
def test_an_update_that_opens_otherwise_states_no_status(text):
    assert status_at_start(text) is None


def test_titles_each_printed_once_over_their_rows_group_them():
    titles = ["1. We will prepare you for adult life", "2. Young carers can enjoy being young"]
    assert groups_rows(profile(titles), 6)  # two titles over six rows, blank below each
    assert not groups_rows(profile(titles), 3)  # a title nearly every row: no grouping
    every_row = [f"Publish the guide for group {k}" for k in range(6)]
    assert not groups_rows(profile(every_row), 6)  # a text of its own on each row


@pytest.mark.parametrize("label, groups", [
    ("Our promise to you", True), ("Pledge", True), ("Our pledge to carers", True), ("Theme", True),
    ("Lead officer", False), ("Target date", False), ("Action", False),
])
def test_a_grouping_heading_names_no_other_field(label, groups):
    assert heading_names_no_field(label) is groups


def test_short_quantities_are_a_measure_and_sentences_are_not():
    assert quantities(["12 fewer delayed discharges a day", "20 beds", "Reablement starts up 15%"])
    assert not quantities(["People stay independent at home for longer", "Carers feel supported",
                           "Fewer people are admitted"])
    assert not quantities(["20 beds"])  # too few cells to tell


@pytest.mark.parametrize("labels, lead, responsible", [
    (["Action", "SRO", "Operational lead", "Go-live date"], "SRO", "Operational lead"),
    (["Initiative", "SRO", "Delivery lead", "Go live"], "SRO", "Delivery lead"),
    (["Action", "Lead", "Delivery lead", "Due"], "Lead", "Delivery lead"),
    # of two owner columns the first is the lead, whatever their words say of seniority
    (["Action", "Operational lead", "SRO", "Target date"], "Operational lead", "SRO"),
    # an owner heading whose one reading a surer owner heading beside it took ('sponsor' reads as a
    # lead less surely than 'accountable manager'): still the first or second owner by its place
    (["Quality issue", "What we are doing", "Exec sponsor", "Accountable manager", "From", "To", "BRAG"],
     "Exec sponsor", "Accountable manager"),
    (["Action", "Lead", "Sponsor", "Due"], "Lead", "Sponsor"),
])
def test_an_sro_beside_a_delivery_lead_is_the_lead(labels, lead, responsible):
    h = read_header([(i, 1, t) for i, t in enumerate(labels)], [], first=True)
    assert h is not None
    fields = {c.label: c.field for c in h.columns}
    assert fields[lead] == "lead" and fields[responsible] == "responsible"


def test_an_executive_lead_printed_first_is_the_lead():
    # the senior owner printed first is the lead, the operational lead beside it the second owner
    h = read_header([(i, 1, t) for i, t in enumerate(["Action", "Executive lead", "Operational lead", "By when"])],
                    [], first=True)
    assert h is not None
    fields = {c.label: c.field for c in h.columns}
    assert (fields["Executive lead"], fields["Operational lead"]) == ("lead", "responsible")


@pytest.mark.parametrize("label, due", [
    ("Date of last review", False), ("Date last reviewed", False), ("Last updated", False),
    ("Go live", True), ("Go-live date", True), ("Review date", True),
])
def test_a_date_that_looks_back_is_no_due_date(label, due):
    reading = next(iter(read_heading(label)), None)
    assert (reading is not None and reading.field == "due") is due


@pytest.mark.parametrize("ref, area", [("P1.2", "1"), ("YJ3.1", "3"), ("CS 2.4", "2"), ("A1", "A"), ("2.3", "2"),
                                       ("2a", "2"), ("G2.O1.A3", "2"), ("S3.T10.A2b", "3"), ("G2.O1", "2")])
def test_the_letters_before_an_outline_reference_are_a_prefix(ref, area):
    assert area_ref_of(ref) == area


def test_a_reference_under_a_number_is_its_child():
    assert outline_child("1.1", "1") and outline_child("YJ1.2", "1") and outline_child("CS2.1", "2")
    assert not outline_child("2.1", "1") and not outline_child("Review the plan", "1")


@pytest.mark.parametrize("raw, rag", [("Red/ Amb er", "red_amber"), ("Amb er/ Gree n", "amber_green"),
                                      ("Amber/Green", "amber_green"), ("Gree n", "green")])
def test_a_rag_pair_a_narrow_column_broke_is_read(raw, rag):
    assert rag_of(raw) == rag


@pytest.mark.parametrize("pieces, joined", [(["YJ", "1.", "1"], "YJ1.1"), (["CS", "2.3"], "CS2.3"),
                                            (["P1.", "2"], "P1.2")])
def test_a_reference_a_narrow_column_broke_is_joined_again(pieces, joined):
    assert join_lines(pieces, " ") == joined


@pytest.mark.parametrize("text, line", [("1.", "2."), ("Ref", "1.1"), ("YJ 1.", "1"), ("CS", "Agree the plan")])
def test_stacked_references_or_words_are_no_broken_reference(text, line):
    # '1.' over '2.': two rows numbered in turn; 'Ref' is a word; a space: two pieces of text
    assert not broken_ref(text, line)


def test_an_outcome_column_named_so_keeps_its_quantities(tmp_path):
    # 'Outcome' names the field by its own name: its figures stay the outcome ('Expected benefit',
    # read by its head word, over short quantities is the measure)
    lines = ["Plan", "", "\t".join(["Action", "Lead", "Due", "Outcome"])]
    lines += ["\t".join([f"Open {k} new respite places for carers", "Head of Care", "March 2026", f"{k} places"])
              for k in (10, 20, 30, 40)]
    (tmp_path / "plan.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    planx.convert([tmp_path / "plan.txt"], out=tmp_path / "out", jobs=1)
    got = read(tmp_path / "out", "actions")
    assert len(got) == 4 and all(a["outcome"].endswith("places") and not a["measure"] for a in got)
