"""Wide action trackers as performance teams keep them (samples/make_sheet_shapes.py): titles, keys
and notes above headings on rows 4–8, two heading rows, a sheet per theme beside Key / Instructions
/ Summary / Chart data sheets, hidden and filtered rows, a hidden column, outline theme rows, RAG by
letter, word or fill alone, dated update columns, revised due dates, dates as date cells, text,
formatted serials and bare day counts; CSV exports with a BOM and ';', or Windows-1252 and tabs.

End to end on the generated files against their truth, then the rules each shape rests on."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import norm_words, read

import planx
from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.codes import is_rag_colour, rag_of, rag_of_colour, status_of
from planx.normalise.columns import contradicts, profile
from planx.normalise.dates import excel_serial
from planx.normalise.headers import REVISED_DUE_FIELD, names_a_round, read_header, remarks
from planx.normalise.periods import PERIOD_FIELD

FIELDS = ("area", "lead", "due_date", "status", "rag", "progress", "measure")


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from samples.make_sheet_shapes import main
    folder = tmp_path_factory.mktemp("sheets")
    main(folder, [3], office=False)
    out = tmp_path_factory.mktemp("sheets_out")
    planx.convert([folder], out=out, jobs=1)
    return folder, out


def _check_against_truth(folder: Path, out: Path, doc: str) -> None:
    truth = json.loads((folder / f"{doc}.truth.json").read_text(encoding="utf-8"))
    got = {norm_words(a["action"]): a for a in read(out, "actions") if a["doc"] == doc}
    assert len(got) == len(truth["actions"]), doc  # nothing from Key, Instructions, Summary, Chart data
    for want in truth["actions"]:
        action = got[norm_words(want["action"])]
        for name in FIELDS:
            if name in want:
                assert norm_words(action[name]) == norm_words(want[name] or ""), (doc, want["action"], name)


@pytest.mark.parametrize("kind", ["themes.xlsx", "outline.xlsx", "keyed.xlsx", "semicolon.csv", "tab.csv"])
def test_each_tracker_gives_its_actions_with_every_field(sheets, kind):
    folder, out = sheets
    _check_against_truth(folder, out, f"sheet_tracker_3_{kind}")


def test_sheets_that_are_no_plan_give_no_actions(sheets):
    _, out = sheets
    pages = {a["page"] for a in read(out, "actions") if a["doc"] == "sheet_tracker_3_themes.xlsx"}
    assert pages == {"3", "4", "5"}  # the three theme sheets; not Instructions, Key, Summary, Chart data


def test_hidden_rows_and_columns_are_read_and_said(sheets):
    _, out = sheets
    doc = next(d for d in read(out, "documents") if d["doc"] == "sheet_tracker_3_themes.xlsx")
    assert "hidden row(s) in sheet 'Theme 1'" in doc["warnings"]
    assert "hidden column(s) U" in doc["warnings"]
    kept = [r for r in read(out, "leftovers") if r["doc"] == "sheet_tracker_3_themes.xlsx"]
    assert any(r["heading"].endswith("Internal notes") for r in kept)  # the hidden column's text is kept
    outline = next(d for d in read(out, "documents") if d["doc"] == "sheet_tracker_3_outline.xlsx")
    assert "4 hidden row(s)" in outline["warnings"]  # the collapsed Workforce group, still read


def test_a_rag_shown_by_fill_alone_keeps_the_colour_and_says_so(sheets):
    _, out = sheets
    actions = [a for a in read(out, "actions") if a["doc"] == "sheet_tracker_3_outline.xlsx"]
    assert all(a["rag_raw"].startswith("#") and a["rag"] for a in actions)
    # several hues of one rating: yellow and peach are amber, dark and pale reds red
    by_colour = {a["rag_raw"]: a["rag"] for a in actions}
    assert all(by_colour.get(c, r) == r for c, r in {"#ffff00": "amber", "#f4b084": "amber", "#c00000": "red",
                                                       "#ff5050": "red", "#92d050": "green"}.items())
    doc = next(d for d in read(out, "documents") if d["doc"] == "sheet_tracker_3_outline.xlsx")
    assert "RAG read from the cell fill colour alone" in doc["warnings"]


def test_older_updates_and_remarks_are_kept_aside(sheets):
    _, out = sheets
    kept = [r for r in read(out, "leftovers") if r["doc"] == "sheet_tracker_3_outline.xlsx"]
    headings = {r["heading"] for r in kept}
    assert {"Update Oct 24", "Comments", "Directorate"} <= headings


def test_a_revised_due_date_is_the_date_in_force_and_both_are_kept(sheets):
    _, out = sheets
    revised = [a for a in read(out, "actions")
               if a["doc"] == "sheet_tracker_3_themes.xlsx" and "revised" in a["due_raw"]]
    assert revised and all(a["due_date"] == "2026-03-31" for a in revised)
    assert any("/" in a["due_raw"].split("(revised")[0] for a in revised)  # the original date, as printed


def test_bare_day_counts_in_a_due_column_are_dates_with_a_warning(sheets):
    _, out = sheets
    doc = next(d for d in read(out, "documents") if d["doc"] == "sheet_tracker_3_keyed.xlsx")
    assert "read as an Excel date serial" in doc["warnings"]


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice is not installed")
def test_ods_and_xls_copies_read_as_their_workbooks(tmp_path):
    from samples.make_sheet_shapes import main
    made = main(tmp_path, [4])
    copies = [p for p in made if p.suffix in (".ods", ".xls")]
    assert {p.suffix for p in copies} == {".ods", ".xls"}
    out = tmp_path / "out"
    planx.convert(copies, out=out, jobs=1)
    for path in copies:
        _check_against_truth(tmp_path, out, path.name)


# ---- the rules, on the shapes they handle ---------------------------------------------------

def _fields(labels: list[str]) -> dict[str, str]:
    header = read_header([(k, 1, label) for k, label in enumerate(labels)])
    assert header is not None
    return {c.label: c.field for c in header.columns}


def test_a_revised_due_heading_beside_the_due_date_holds_the_date_in_force():
    fields = _fields(["Ref", "Action", "Owner", "Due date", "Revised due date", "Status"])
    assert fields["Due date"] == "due" and fields["Revised due date"] == REVISED_DUE_FIELD
    # the revised heading first: the due field still goes to the original
    fields = _fields(["Action", "Lead", "New target date", "Target date", "RAG"])
    assert fields["Target date"] == "due" and fields["New target date"] == REVISED_DUE_FIELD
    # alone, a revised date is simply the due date
    assert _fields(["Action", "Lead", "Revised target date", "RAG"])["Revised target date"] == "due"


def test_dated_update_headings_are_rounds_of_a_progress_grid():
    fields = _fields(["Action", "Owner", "RAG", "Update Jan 25", "Update Apr 25", "Comments"])
    assert fields["Update Jan 25"] == fields["Update Apr 25"] == PERIOD_FIELD
    assert fields["Comments"] == ""  # side remarks give way to the latest round
    # an undated progress column that is no remark stays the progress
    fields = _fields(["Action", "Owner", "Progress update", "Update Jan 25", "Update Apr 25"])
    assert fields["Progress update"] == "progress"
    # one dated update alone is just the progress column
    assert _fields(["Action", "Owner", "Update Jan 25", "Due date"])["Update Jan 25"] == "progress"


def test_round_and_remark_headings():
    assert names_a_round("Update Jan 25") and names_a_round("Progress update (Feb 2025)")
    assert names_a_round("Commentary Q3") and not names_a_round("Latest update")
    assert remarks("Comments") and remarks("Assurance Notes") and not remarks("Progress comments")


def test_pale_fills_read_by_hue_and_greys_by_nothing():
    assert rag_of_colour("#ffc7ce") == "red"  # Excel's 'Light red fill'
    assert rag_of_colour("#ffeb9c") == "amber" and rag_of_colour("#c6efce") == "green"
    assert rag_of_colour("#d9d9d9") == "" and rag_of_colour("#ffffff") == "" and rag_of_colour("#fce4d6") == ""
    # the four colours themselves are no judgement (no warning); their shades are
    assert is_rag_colour("#00b050") and is_rag_colour("#ff0000") and not is_rag_colour("#92d050")


def test_a_rag_letter_with_a_comment_and_a_status_naming_its_owner():
    assert rag_of("G - on track") == "green" and rag_of("A: some slippage") == "amber"
    assert rag_of("R/A – late") == "red_amber" and rag_of("Good - on track") == ""
    assert status_of("Project complete") == "complete" and status_of("Project cancelled") == "cancelled"


def test_excel_day_counts_read_only_within_the_century():
    d = excel_serial("45747")
    assert d is not None and d.iso() == "2025-03-31"
    assert excel_serial("45747.0") is not None
    assert excel_serial("12345") is None and excel_serial("2025") is None and excel_serial("A1234") is None


def _table(rows: list[list[str]]) -> Table:
    return Table([Row([Cell(t, k) for k, t in enumerate(r)], page=1, line=n) for n, r in enumerate(rows, 1)],
                 page=1, index=1)


HEAD = ["Ref", "Action", "Owner", "Due date", "Directorate"]
ACTS = [["1.1", "Audit twenty case files a month", "Head of Service", "31/03/2025", "Children's Services"],
        ["1.2", "Publish a practice standards handbook", "PSW", "30/06/2025", "Children's Services"],
        ["2.1", "Train all team managers in the model", "HR Lead", "30/09/2025", "Children's Services"],
        ["2.2", "Recruit twelve experienced social workers", "HR Lead", "31/12/2025", "Children's Services"]]


def test_one_directorate_on_every_row_gives_way_to_theme_rows():
    rows = [HEAD, ["Theme 1: Practice quality", "", "", "", ""], *ACTS[:2],
            ["Theme 2: Workforce", "", "", "", ""], *ACTS[2:]]
    result = normalise(RawDocument(path="", name="t.xlsx", format="xlsx", blocks=[_table(rows)]))
    assert [a.area for a in result.actions] == ["Practice quality"] * 2 + ["Workforce"] * 2
    assert any("Directorate" in w for w in result.warnings)


def test_one_directorate_on_every_row_stays_the_area_with_no_theme_rows():
    result = normalise(RawDocument(path="", name="t.xlsx", format="xlsx", blocks=[_table([HEAD, *ACTS])]))
    assert {a.area for a in result.actions} == {"Children's Services"}


def test_a_column_of_links_is_no_measure_and_the_other_measure_heading_takes_it():
    links = [f"https://intranet.example.gov.uk/evidence/{k}" for k in range(4)]
    assert contradicts("measure", profile(links)) and not contradicts("measure", profile(["Audit scores rise"] * 4))
    rows = [["Ref", "Action", "Owner", "Evidence", "Measure of success"]]
    rows += [[f"1.{k}", act[1], act[2], links[k], "Audit scores improve to good"] for k, act in enumerate(ACTS)]
    result = normalise(RawDocument(path="", name="t.xlsx", format="xlsx", blocks=[_table(rows)]))
    assert {a.measure for a in result.actions} == {"Audit scores improve to good"}
    assert any(r.text == links[0] for r in result.leftovers)  # the link is kept, under its heading


def test_labels_repeated_over_figures_by_period_make_no_updates():
    from planx.normalise.periods import block_kind
    labelled = [("Actual", None)] * 12 + [("Forecast", None)] * 6 + [(str(k), None) for k in range(18)]
    assert block_kind(labelled) == "figures"
    updates = [(f"Update {k}: met the board and agreed the next steps", None) for k in range(12)]
    assert block_kind(updates + [("No update", None)] * 3) == "updates"
    assert block_kind([("No update", None)] * 6) == "updates"  # no figures: the words are what it holds


def test_a_sheet_that_several_dropdowns_take_their_lists_from_gives_no_actions(sheets):
    _, out = sheets
    kept = [r for r in read(out, "leftovers") if r["doc"] == "sheet_tracker_3_keyed.xlsx"]
    assert any(r["text"] == "Review the policy and publish it" and "lookup" in r["reason"] for r in kept)


# An impact assessment sheet (after a real GRC workbook's 'BIA' sheet): a row of grouped labels
# over a row of column labels, then rows of scores. Its labels name no field of a plan and stand
# over columns of figures: a register of values, not a plan read by its cells.
BIA_GROUPS = [Cell("#", 0), Cell("Service", 1, colspan=3), Cell("Process/Activity", 4, colspan=3),
              Cell("Confidentiality BIA Value", 7, colspan=2), Cell("Availability BIA Value", 9, colspan=2)]
BIA_LABELS = ["No.", "Service", "Service Owner", "Financial Value", "Process", "Process Description",
              "Process Value", "BIA Value (C)", "BIA Level (C)", "BIA Value (A)", "BIA Level (A)"]
BIA_ROWS = [["1", "Finance", "Finance Department", "3", "Transaction Processing",
             "recording, verifying, and completing financial activities within a business.", "3", "7.8",
             "Critical", "6.8", "Important"],
            ["2", "Finance", "Finance Department", "3", "Payroll Processing",
             "Managing employee salaries, benefits, and deductions accurately and on time.", "3", "8",
             "Critical", "6", "Important"],
            ["3", "HR", "Human Resources", "2", "Compliance", "adhering to legal and regulatory requirements",
             "2", "6", "Important", "5", "Non Critical"],
            ["4", "IT", "IT Department", "2", "Backup",
             "creating duplicate copies of critical data, storing them securely", "1", "5.2", "Important",
             "4.6", "Non Critical"]]


def test_labels_over_columns_of_figures_are_a_registers_headings_not_a_plan_read_by_content():
    rows = [Row(BIA_GROUPS, page=1, line=1), Row([Cell(t, k) for k, t in enumerate(BIA_LABELS)], page=1, line=2),
            *(Row([Cell(t, k) for k, t in enumerate(r)], page=1, line=n) for n, r in enumerate(BIA_ROWS, 3))]
    result = normalise(RawDocument(path="", name="bia.xlsx", format="xlsx", blocks=[Table(rows, page=1, index=1)]))
    assert result.actions == []
    assert any("heads columns of figures" in w for w in result.warnings)


def test_a_headerless_plan_with_refs_and_dates_is_still_read_by_content():
    # its first row carries a reference, a date and a figure: data, not labels over figures
    rows = [["1.1", "Audit twenty case files a month", "Head of Service", "31/03/2025", "12"],
            ["1.2", "Publish a practice standards handbook", "PSW", "30/06/2025", "4"],
            ["2.1", "Train all team managers in the model", "HR Lead", "30/09/2025", "20"],
            ["2.2", "Recruit twelve experienced social workers", "HR Lead", "31/12/2025", "12"]]
    result = normalise(RawDocument(path="", name="t.xlsx", format="xlsx", blocks=[_table(rows)]))
    assert [a.action for a in result.actions] == [r[1] for r in rows]
    assert not any("heads columns of figures" in w for w in result.warnings)


def test_how_many_or_how_often_asks_for_a_count_not_an_action():
    from planx.normalise.headers import classify
    assert classify("How many time did it occur")[0] == ""
    assert classify("How often")[0] == ""
    assert classify("How will we do it")[0] == "action"  # the way a thing is done: still the actions
    head = ["No.", "Threat Name", "How many times did it occur", "Incident Value"]
    rows = [head, ["1", "Internal Network Attacks", "Annually", "2"], ["2", "System Failure", "Never Occured", "1"],
            ["3", "Insecure Protocols", "Weekly", "3"]]
    result = normalise(RawDocument(path="", name="t.xlsx", format="xlsx", blocks=[_table(rows)]))
    assert all(a.action not in {"Annually", "Never Occured", "Weekly"} for a in result.actions)
