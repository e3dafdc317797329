"""A form per commitment whose table also holds its milestone grid (normalise/formgrid.py): the
open government national action plan template ('Lead implementing agency | …' rows, then
'Milestone activity with a verifiable deliverable | Start date | End date' and a row per milestone).

Unit tests give the reader the shapes it reads and the ones it must leave alone; the end-to-end tests
write such a plan with python-docx, print it to PDF with LibreOffice, and convert both."""
from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.formgrid import form_grid_over_pages, read_form_over_grid

needs_soffice = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")

GRID = ["Milestone activity with a verifiable deliverable", "Start date", "End date"]


def table(*rows: list[str], index: int = 1) -> Table:
    """Rows of one, two or three cells in a table three columns wide: a row of one cell spans the
    table, a 'label | value' row's value is merged over the last two columns (its text repeated, as
    Word's reader gives a merged cell's text to each column it spans)."""
    out = []
    for k, texts in enumerate(rows):
        if len(texts) == 1:
            cells = [Cell(texts[0], 0, colspan=3)]
        elif len(texts) == 2:
            cells = [Cell(texts[0], 0), Cell(texts[1], 1), Cell(texts[1], 2)]
        else:
            cells = [Cell(t, c) for c, t in enumerate(texts)]
        out.append(Row(cells, 1, k + 1))
    return Table(rows=out, page=1, index=index)


def commitment(agency: str, topic: str, milestones: list[tuple[str, str, str]], index: int = 1,
               problem_label: str = "What is the public problem that the commitment will address?") -> Table:
    return table(["Commitment start and end date", "January 2020 – June 2021"],
                 ["Lead implementing agency", agency],
                 ["Commitment description", f"We will improve {topic} so that citizens can follow the money."],
                 [problem_label, "Data is hard to find and use."],
                 GRID, *[list(m) for m in milestones], index=index)


def raw(*blocks: Paragraph | Table) -> RawDocument:
    return RawDocument(path="", name="nap.docx", format="docx", blocks=list(blocks))


def heading(text: str, line: int) -> Paragraph:
    return Paragraph(text=text, page=1, line=line, heading=True, level=2)


# ---- the reader ---------------------------------------------------------------------------------------

def test_labels_over_a_grid_of_their_own_read_as_a_form_over_its_milestones():
    t = commitment("Cabinet Office", "open contracting data",
                   [("Publish contract data in OCDS", "January 2020", "June 2020"),
                    ("Run user research with CSOs", "July 2020", "December 2020")])
    reading = read_form_over_grid(t)
    assert reading is not None
    assert [(name, label) for name, label, *_ in reading.fields][1] == ("lead", "Lead implementing agency")
    assert [role for _, role, _ in reading.columns] == ["milestones", "start", "due"]
    assert [r.line for r in reading.rows] == [6, 7]


def test_a_milestone_with_no_start_date_is_a_grid_row_but_a_second_form_below_is_another_shape():
    short = commitment("Cabinet Office", "open contracting data",
                       [("Publish contract data in OCDS", "January 2020", "June 2020"),
                        ("Consult users", "", "December 2020")])
    reading = read_form_over_grid(short)
    assert reading is not None and len(reading.rows) == 2
    again = table(*[[c.text for c in r.cells][:2] if len(r.cells) == 3 and r.cells[1].text == r.cells[2].text
                    else [c.text for c in r.cells] for r in short.rows],
                  ["Lead implementing agency", "Department for Business"], ["Consult", "", "June 2021"])
    assert read_form_over_grid(again) is None


def test_a_grid_of_actions_under_a_banner_or_two_is_no_form():
    t = table(["Priority 1: Attendance"], ["Lead", "Head of Inclusion"],
              ["Action", "Lead", "Target date"], ["Run a weekly attendance panel", "J. Okafor", "March 2025"])
    assert read_form_over_grid(t) is None


def test_a_form_with_no_grid_below_is_left_to_the_form_reader():
    t = table(["Commitment", "Open contracting data"], ["Lead implementing agency", "Cabinet Office"],
              ["End date", "June 2021"], ["Objective", "Citizens can follow the money"])
    assert read_form_over_grid(t) is None


def test_a_grid_whose_text_column_names_no_parts_needs_a_label_naming_the_action():
    rows = (["Lead implementing agency", "Cabinet Office"], ["Objective", "Citizens can follow the money"],
            ["Contact", "Jo Bloggs"])
    notes = ["Notes", "Start date", "End date"], ["Begin", "Jan 2020", "Jun 2020"]
    assert read_form_over_grid(table(*rows, *notes)) is None
    named = table(["Commitment", "Open contracting data"], *rows, ["Notes", "Start date", "End date"],
                  ["Begin", "Jan 2020", "Jun 2020"])
    assert read_form_over_grid(named) is None  # 'Notes' names no text column of milestones
    steps = table(["Commitment", "Open contracting data"], *rows, ["Steps", "Start date", "End date"],
                  ["Begin", "Jan 2020", "Jun 2020"])
    assert read_form_over_grid(steps) is not None


def test_labels_and_their_grid_split_by_a_page_break_read_as_one_form():
    """LibreOffice moves the grid to the next page with the end of a wrapped label ('address?')."""
    labels = table(["Commitment start and end date", "January 2020 – June 2021"],
                   ["Lead implementing agency", "Cabinet Office"],
                   ["Commitment description", "We will publish contract data."],
                   ["What is the public problem that the commitment will", "Data is hard to find."], index=3)
    rest = Table(rows=[Row([Cell("address?", 0), Cell("", 1)], 2, 1),
                       Row([Cell(t, c) for c, t in enumerate(GRID)], 2, 2),
                       Row([Cell("Publish data", 0), Cell("April 2020", 1), Cell("March 2021", 2)], 2, 3)],
                 page=2, index=4)
    assert read_form_over_grid(labels) is None and read_form_over_grid(rest) is None
    whole = form_grid_over_pages([labels, rest], 0)
    assert whole is not None
    reading = read_form_over_grid(whole)
    assert reading is not None and reading.fields[-1][1] == \
        "What is the public problem that the commitment will address?"
    on_one_page = replace(rest, rows=[replace(r, page=1) for r in rest.rows])
    assert form_grid_over_pages([labels, on_one_page], 0) is None  # no page break: two tables


def test_label_rows_that_name_no_action_over_a_task_grid_stay_a_grid_with_a_lead_in():
    t = table(["Lead", "Head of Inclusion"], ["Objective", "Every pupil attends 95% of sessions"],
              ["Contact", "Jo Bloggs"], ["Key tasks", "Lead", "Deadline"],
              ["Run a weekly attendance panel", "J. Okafor", "March 2025"],
              ["Visit families of absent pupils", "A. Shah", "June 2025"])
    assert read_form_over_grid(t) is not None  # the shape is there, but nothing names one action
    result = normalise(raw(t))
    assert [a.action for a in result.actions] == ["Run a weekly attendance panel", "Visit families of absent pupils"]


# ---- the actions ---------------------------------------------------------------------------------------

def test_each_commitment_table_is_one_action_read_alone():
    """The second table's labels must not come out as actions under the first table's headings."""
    doc = raw(Paragraph(text="Open Government National Action Plan 2019-2021", page=1, line=1, heading=True, level=1),
              heading("Commitment 1: Open contracting data", 2),
              commitment("Cabinet Office", "open contracting data",
                         [("Publish contract data in OCDS", "January 2020", "June 2020"),
                          ("Run user research with CSOs", "July 2020", "December 2020")], index=1),
              heading("Commitment 2: Beneficial ownership register", 3),
              commitment("Department for Business", "beneficial ownership",
                         [("Consult on verification", "March 2020", "September 2020"),
                          ("Legislate for verification", "October 2020", "June 2021")], index=2))
    result = normalise(doc)
    assert [(a.ref, a.action, a.lead, a.timeframe, a.due_date) for a in result.actions] == [
        ("1", "Open contracting data", "Cabinet Office", "January 2020 – June 2021", "2021-06"),
        ("2", "Beneficial ownership register", "Department for Business", "January 2020 – June 2021", "2021-06")]
    assert [[(m.milestone, m.due_date) for m in a.milestones] for a in result.actions] == [
        [("Publish contract data in OCDS", "2020-06"), ("Run user research with CSOs", "2020-12")],
        [("Consult on verification", "2020-09"), ("Legislate for verification", "2021-06")]]
    kept = {(lo.heading, lo.text) for lo in result.leftovers}
    assert ("What is the public problem that the commitment will address?", "Data is hard to find and use.") in kept
    assert ("Start date", "March 2020") in kept
    assert ("Commitment description",
            "We will improve beneficial ownership so that citizens can follow the money.") in kept
    assert not any(lo.heading == "" and "table before any column headings" in lo.reason for lo in result.leftovers)


def test_a_commitment_heading_names_the_action_over_a_description_but_a_plain_heading_does_not():
    grid = [("Publish contract data in OCDS", "January 2020", "June 2020")]
    title = Paragraph(text="Open Government National Action Plan 2019-2021", page=1, line=0, heading=True, level=1)
    described = raw(title, heading("Commitment 1: Open contracting data", 1),
                    Paragraph(text="Citizens want to follow public money.", page=1, line=2),
                    commitment("Cabinet Office", "open contracting data", grid),
                    heading("Commitment 2: Open aid data", 3),
                    Paragraph(text="Partners want to reuse aid data.", page=1, line=4),
                    commitment("Department for International Development", "open aid data", grid, index=2))
    assert [(a.ref, a.action, a.area) for a in normalise(described).actions] == [
        ("1", "Open contracting data", ""), ("2", "Open aid data", "")]
    # headings naming areas, not pieces of work: the weaker 'Commitment description' label names the action
    plain = raw(title, heading("Open contracting", 1), commitment("Cabinet Office", "open contracting data", grid),
                heading("Open aid", 2), commitment("Department for International Development", "open aid data", grid,
                                                   index=2))
    assert [(a.action, a.area) for a in normalise(plain).actions] == [
        ("We will improve open contracting data so that citizens can follow the money.", "Open contracting"),
        ("We will improve open aid data so that citizens can follow the money.", "Open aid")]


def test_an_area_banner_over_a_lead_in_and_a_task_grid_names_no_action():
    t = table(["Priority 1: Attendance"], ["Lead", "Head of Inclusion"],
              ["Objective", "Every pupil attends 95% of sessions"], ["Contact", "Jo Bloggs"],
              ["Key tasks", "Lead", "Deadline"], ["Run a weekly attendance panel", "J. Okafor", "March 2025"],
              ["Visit families of absent pupils", "A. Shah", "June 2025"])
    assert read_form_over_grid(t) is not None
    assert [a.action for a in normalise(raw(t)).actions] == [  # the plain reading's: each task an action
        "Run a weekly attendance panel", "Visit families of absent pupils"]


def test_a_title_row_names_the_action_and_a_value_that_does_not_fit_its_label_is_kept():
    t = table(["Commitment 3: Open aid data"], ["Lead department", "Department for International Development"],
              ["Status quo or problem addressed", "Aid spending is published late and in formats hard to reuse."],
              ["Main objective", "Publish all aid spending monthly"],
              ["Verifiable and measurable milestones", "Start date", "End date"],
              ["Publish monthly IATI files", "April 2016", "March 2017"])
    result = normalise(raw(t))
    [action] = result.actions
    assert (action.action, action.lead, action.objective, action.status) == (
        "Commitment 3: Open aid data", "Department for International Development",
        "Publish all aid spending monthly", "")
    assert [(m.milestone, m.due_date) for m in action.milestones] == [("Publish monthly IATI files", "2017-03")]
    assert ("Status quo or problem addressed",
            "Aid spending is published late and in formats hard to reuse.") in {(lo.heading, lo.text)
                                                                                 for lo in result.leftovers}


# ---- end to end: a Word plan and its PDF ----------------------------------------------------------------

COMMITMENTS = [
    ("Open contracting data", "Cabinet Office",
     [("Publish contract data in OCDS", "January 2020", "June 2020"),
      ("Run user research with CSOs", "July 2020", "December 2020")]),
    ("Beneficial ownership register", "Department for Business",
     [("Consult on verification", "March 2020", "September 2020"),
      ("Legislate for verification", "October 2020", "June 2021")]),
    ("Open aid data", "Department for International Development",
     [("Publish monthly IATI files", "April 2020", "March 2021"),
      ("Train partners to publish", "May 2020", "November 2020"),
      ("Review data quality", "January 2021", "June 2021")]),
]


def write_plan(path: Path) -> None:
    """The OGP commitment template as python-docx writes it: a heading per commitment over one
    table, its values merged over the grid's two date columns."""
    import docx
    d = docx.Document()
    d.add_heading("Open Government National Action Plan 2019-2021", 1)
    for n, (title, agency, milestones) in enumerate(COMMITMENTS, 1):
        d.add_heading(f"Commitment {n}: {title}", 2)
        t = d.add_table(rows=0, cols=3)
        t.style = "Table Grid"
        for label, value in [("Commitment start and end date", "January 2020 – June 2021"),
                             ("Lead implementing agency", agency),
                             ("Commitment description", f"We will improve {title.lower()} for citizens."),
                             ("What is the public problem that the commitment will address?",
                              "Data is hard to find and use.")]:
            cells = t.add_row().cells
            cells[0].text = label
            merged = cells[1].merge(cells[2])
            merged.text = value
        for row in [tuple(GRID), *milestones]:
            cells = t.add_row().cells
            for c, text in zip(cells, row, strict=True):
                c.text = text
    d.save(str(path))


def convert(src: Path, out: Path) -> tuple[list[dict[str, str]], list[dict[str, str]], list[dict[str, str]]]:
    subprocess.run([sys.executable, "-m", "planx", "convert", str(src), "-o", str(out)], check=True,
                   capture_output=True, timeout=300)

    def rows(name: str) -> list[dict[str, str]]:
        with open(out / name, newline="", encoding="utf-8") as f:
            return list(csv.DictReader(f))
    return rows("actions.csv"), rows("milestones.csv"), rows("leftovers.csv")


def check(actions: list[dict[str, str]], milestones: list[dict[str, str]], leftovers: list[dict[str, str]]) -> None:
    assert [(a["action"], a["lead"], a["due_date"]) for a in actions] == [
        (title, agency, "2021-06") for title, agency, _ in COMMITMENTS]
    by_action: dict[str, list[tuple[str, str]]] = {}
    for m in milestones:
        by_action.setdefault(m["action_seq"], []).append((" ".join(m["milestone"].split()), m["due_date"]))
    assert list(by_action.values()) == [
        [(text, {"June 2020": "2020-06", "December 2020": "2020-12", "September 2020": "2020-09",
                 "June 2021": "2021-06", "March 2021": "2021-03", "November 2020": "2020-11"}[end])
         for text, _, end in ms] for _, _, ms in COMMITMENTS]
    texts = " ".join(" ".join(lo["text"].split()) for lo in leftovers)
    for start in ("January 2020", "March 2020", "April 2020", "May 2020", "October 2020"):
        assert start in texts  # the start dates are kept, under their heading
    assert texts.count("Data is hard to find and use.") == len(COMMITMENTS)


def test_a_word_plan_of_commitment_tables_end_to_end(tmp_path: Path):
    src = tmp_path / "nap.docx"
    write_plan(src)
    check(*convert(src, tmp_path / "out"))


@needs_soffice
def test_the_same_plan_printed_by_libreoffice_end_to_end(tmp_path: Path):
    src = tmp_path / "nap.docx"
    write_plan(src)
    with __import__("tempfile").TemporaryDirectory() as profile:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation={Path(profile).as_uri()}", "--convert-to",
                        "pdf", "--outdir", str(tmp_path), str(src)], check=True, capture_output=True, timeout=300)
    check(*convert(tmp_path / "nap.pdf", tmp_path / "out"))
