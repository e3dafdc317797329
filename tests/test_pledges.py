"""Plans that head each action with its own numbered heading ('Commitment 4'): normalise/pledges.py,
on the shapes of a real national action plan's summary (OGL) and on a generated Word file."""
from __future__ import annotations

from pathlib import Path

from conftest import pdf_of_blocks

from planx.extract.docx import parse_docx
from planx.extract.model import Cell, Paragraph, Row, Table
from planx.normalise import normalise
from planx.normalise.pledges import pledge_heading, read_pledges
from samples.make_pledge_samples import DESCRIPTION as WORD_DESCRIPTION
from samples.make_pledge_samples import THEMES, write, write_titles


def _p(text: str, size: float = 12.0, heading: bool = False) -> Paragraph:
    return Paragraph(text=text, page=1, line=0, heading=heading, size=size)


def _commitment(n: int, text: list[str], milestones: list[str] | None = None) -> list[Paragraph]:
    out = [_p(f"Commitment {n}", 16, True), *[_p(t, 13) for t in text],
           _p("Supporting civil society organisations"), _p("OpenCorporates, Open Rights Group")]
    if milestones:
        out += [_p("Timescales"), _p("The key milestones for this commitment are:")]
        out += [_p(f"• {m}") for m in milestones]
    return out


# the shape of the OGP UK National Action Plan 2013–15 summary as the PDF reader gives it
SUMMARY = [
    _p("Open Government Partnership UK National Action Plan", 30, True),
    _p("Open data: radically opening up government data", 25, True),
    _p("Progress to date", 16, True), _p("The UK government has been one of the main supporters."),
    _p("Case study", 18, True), _p("A start-up looked at prescribing patterns."),
    *_commitment(1, ["The UK government will continue to develop and list an inventory of all the",
                     "datasets it owns."], ["departments to provide release dates by December 2013",
                                            "departments to set out arrangements by January 2014"]),
    *_commitment(2, ["NHS England will work with governments to create an online space."],
                 ["website established (October 2013)"]),
    _p("Government integrity: fighting corruption", 25, True),
    _p("Case study", 18, True), _p("Cases such as these highlight the challenges."),
    *_commitment(3, ["The UK government will:", "• promptly publish all new legislation",
                     "• make legislative data available in an open format"]),
]


def test_a_heading_is_a_word_naming_one_action_and_a_number_alone():
    assert pledge_heading(_p("Commitment 12", 16, True)) == ("commitment", "12")
    assert pledge_heading(_p("Recommendation 3:")) == ("recommendation", "3")
    assert pledge_heading(_p("Priority 2", 16, True)) is None  # a grouping, not an action
    assert pledge_heading(_p("Commitment 1 to our residents", 16, True)) is None


def test_each_commitment_is_one_action_under_its_theme_with_its_milestones():
    reading = read_pledges(pdf_of_blocks(SUMMARY))
    assert reading is not None
    texts = [a.fields["action"] for a in reading.actions]
    assert texts == [
        "The UK government will continue to develop and list an inventory of all the datasets it owns.",
        "NHS England will work with governments to create an online space.",
        "The UK government will: promptly publish all new legislation make legislative data available in an "
        "open format"]
    # the area is the theme heading, not the case study's smaller heading nearer the commitment
    assert [a.context["area"] for a in reading.actions] == ["Open data: radically opening up government data"] * 2 \
        + ["Government integrity: fighting corruption"]
    assert reading.actions[0].fields["milestones"].count("•") == 2
    assert [a.fields["ref"] for a in reading.actions] == ["1", "2", "3"]


def test_the_supporters_label_and_names_stay_the_walkers():
    raw = pdf_of_blocks(SUMMARY)
    reading = read_pledges(raw)
    assert reading is not None
    kept = {raw.blocks[i].text for i in range(len(raw.blocks)) if i not in reading.blocks}
    assert "OpenCorporates, Open Rights Group" in kept and "A start-up looked at prescribing patterns." in kept


def test_two_headings_or_headings_out_of_order_are_no_run():
    assert read_pledges(pdf_of_blocks(SUMMARY[:12])) is None  # commitments 1 and 2 only
    shuffled = [_p("Commitment 3", 16, True), _p("Do this."), _p("Commitment 1", 16, True), _p("Do that."),
                _p("Commitment 2", 16, True), _p("Do the other.")]
    assert read_pledges(pdf_of_blocks(shuffled)) is None


def test_a_reports_numbered_recommendations_are_no_plan():
    report = [_p("Inspection of children's services: report", 30, True), *SUMMARY[1:]]
    assert read_pledges(pdf_of_blocks(report)) is None


def test_a_table_that_holds_the_commitments_is_the_table_readers():
    table = Table(index=1, page=9, rows=[Row(page=9, line=0, cells=[Cell(text="No.", col=0),
                                                                       Cell(text="Commitment", col=1),
                                                                       Cell(text="Lead department(s)", col=2)])])
    assert read_pledges(pdf_of_blocks([*SUMMARY, table])) is None


def test_a_word_plan_with_commitment_headings_end_to_end(tmp_path: Path):
    path = write(tmp_path)
    result = normalise(parse_docx(path))
    assert [a.action for a in result.actions] == [
        "The council will publish an inventory of all the datasets it holds, published or not.",
        "The council will issue a revised data transparency code for its partners.",
        "We will establish by 1 January 2026 a working group on access to police records.",
        "The council will bring its anti-fraud work together under one plan."]
    assert [a.area for a in result.actions] == ["Open data: opening up government data"] * 2 \
        + ["Integrity: fighting fraud"] * 2
    # the milestones under 'Timescales', each with the date it prints
    assert [(m.milestone, m.due_date) for m in result.actions[0].milestones] == [
        ("departments to list their unpublished datasets", "2026-03"),
        ("the inventory published on the council website", "2026-06")]
    assert any("numbered headings" in w for w in result.warnings)
    # nothing lost: the supporters' names are kept aside
    assert any("Records Trust" in lo.text for lo in result.leftovers)


def _b(text: str, bold: bool = True, heading: bool = False, size: float = 11.0) -> Paragraph:
    return Paragraph(text=text, page=1, line=0, heading=heading, bold=bold, size=size)


DESCRIPTION = ("The Administration will build on its work to date and will consult the public on how best to "
               "take this forward over the next two years.")

# the shape of the US Open Government National Action Plans (2011–2016): bold numbered titles,
# numbered again from 1 under each theme heading, each over paragraphs that describe it
US_PLAN = [
    _b("THE OPEN GOVERNMENT PARTNERSHIP", size=39), _b("NATIONAL ACTION PLAN FOR THE UNITED STATES", False, size=39),
    _b("INTRODUCTION", False, True, 18), _b(DESCRIPTION, False),
    _b("Open Government to Increase Public Integrity", True, True, 14),
    _b("1. Promote Public Participation in Government"), _b(DESCRIPTION, False),
    _b("2. Modernize Management of Government Records"), _b(DESCRIPTION, False),
    _b("• Explore Executive Authority to Expand Protections"), _b(DESCRIPTION, False),
    _b("Open Government to Improve Public Services", True, True, 14),
    _b("1. Reform Government Websites"), _b(DESCRIPTION, False), _b("- a list item under the title", False),
    _b("CONCLUSION", False, True, 18), _b(DESCRIPTION, False),
]


def test_bold_numbered_titles_over_descriptions_are_the_actions_under_their_themes():
    from planx.normalise.pledges import read_titles
    raw = pdf_of_blocks(US_PLAN)
    reading = read_titles(raw)
    assert reading is not None
    assert [(a.context["area"], a.fields["action"], a.fields["ref"]) for a in reading.actions] == [
        ("Open Government to Increase Public Integrity", "Promote Public Participation in Government", "1"),
        ("Open Government to Increase Public Integrity", "Modernize Management of Government Records", "2"),
        ("Open Government to Improve Public Services", "Reform Government Websites", "1")]
    # the descriptions (and the bold sub-initiative) are kept aside, up to the next heading
    described = {raw.blocks[i].text for i in reading.aside}
    assert "• Explore Executive Authority to Expand Protections" in described
    assert "- a list item under the title" in described
    assert 16 not in reading.blocks  # the conclusion's paragraph stays the walker's


def test_titles_end_to_end_keep_their_descriptions_as_leftovers():
    result = normalise(pdf_of_blocks(US_PLAN))
    assert [a.action for a in result.actions] == ["Promote Public Participation in Government",
                                                  "Modernize Management of Government Records",
                                                  "Reform Government Websites"]
    assert sum(lo.text == DESCRIPTION for lo in result.leftovers) >= 3


def test_numbered_titles_need_verbs_prose_order_and_a_plan():
    from planx.normalise.pledges import read_titles
    # the titles of a report's sections: no verbs of action
    report = [_b("Annual Report 2023 action plan", size=30), _b("1. Introduction"), _b(DESCRIPTION, False),
              _b("2. Background and context"), _b(DESCRIPTION, False), _b("3. Findings of the review"),
              _b(DESCRIPTION, False)]
    assert read_titles(pdf_of_blocks(report)) is None
    # numbered out of order
    shuffled = [US_PLAN[0], US_PLAN[1], US_PLAN[7], US_PLAN[8], US_PLAN[5], US_PLAN[6], US_PLAN[13], US_PLAN[14]]
    assert read_titles(pdf_of_blocks(shuffled)) is None
    # a document that does not call itself a plan: its bold numbered lines are no plan's
    notes = [_b("Notes from the away day", size=30), *US_PLAN[4:11], US_PLAN[12], US_PLAN[13]]
    assert read_titles(pdf_of_blocks(notes)) is None
    # titles over lists only: themes, whose items the list readers weigh
    themes = [US_PLAN[0], US_PLAN[1], _b("1. Improve Early Help"), _b("• Open two hubs by 2026", False),
              _b("2. Reduce Waiting Times"), _b("• Hire six staff by 2025", False), _b("3. Support Carers"),
              _b("• Run a carers' forum", False)]
    assert read_titles(pdf_of_blocks(themes)) is None


REAL = Path(__file__).parent / "fixtures" / "real_prose"


def test_a_real_national_action_plan_gives_its_numbered_commitments_under_their_themes():
    import json

    from planx.extract import extract
    truth = json.loads((REAL / "us_open_government_nap1_2011.pdf.truth.json").read_text(encoding="utf-8"))
    result = normalise(extract(REAL / "us_open_government_nap1_2011.pdf"))
    assert [(a.area, a.action) for a in result.actions] == [(t["area"], t["action"]) for t in truth["actions"]]
    assert any("bold numbered titles" in w for w in result.warnings)
    # the descriptions are kept, as the detail of the commitment above them
    assert sum(lo.reason == "description under an action heading" for lo in result.leftovers) >= 18


def test_a_real_agenda_gives_no_actions():
    from planx.extract import extract
    result = normalise(extract(REAL / "us_open_government_data_forum_agenda_2024.pdf"))
    assert not result.actions and result.status == "failed"


def test_a_word_plan_with_titles_in_words_own_numbering_end_to_end(tmp_path: Path):
    result = normalise(parse_docx(write_titles(tmp_path)))
    assert [(a.area, a.action) for a in result.actions] == [(theme, t) for theme, titles in THEMES for t in titles]
    assert [a.ref for a in result.actions] == ["1", "2", "1", "2"]  # Word numbers them again under each theme
    assert sum(lo.text == WORD_DESCRIPTION for lo in result.leftovers) == 4


def test_numbered_headings_over_their_own_actions_are_themes_not_actions():
    from planx.normalise.pledges import read_titles
    # a plan in Markdown: '## 1. Prepare young people for adult life' over a sentence and 'We will:' items
    plan = [_b("Children's Services Improvement Plan 2025-26", False, True, 20)]
    for n, theme in enumerate(["Prepare young people for adult life", "Improve the quality of plans",
                               "Listen to children and families"], 1):
        plan += [_b(f"{n}. {theme}", False, True, 16), _b(DESCRIPTION, False), _b("We will:", False),
                 _b("- Start transition planning at every Year 9 annual review", False),
                 _b("- Create supported internships (Lead: J. Okafor, by December 2025)", False)]
    assert read_titles(pdf_of_blocks(plan)) is None
    labelled = [plan[0], *[b for b in plan[1:] if b.text != "We will:" and not b.text.startswith("- ")]]
    for k in (3, 5, 7):  # 'Action:' lines under each heading instead
        labelled.insert(k, _b("Action: Start transition planning at every Year 9 annual review.", False))
    assert read_titles(pdf_of_blocks(labelled)) is None


def _grid(*rows: list[str]) -> Table:
    return Table(rows=[Row(cells=[Cell(text=t, col=c) for c, t in enumerate(r)], page=1, line=k)
                       for k, r in enumerate(rows)], page=1, index=1)


def test_numbered_titles_over_tables_of_their_own_actions_are_themes():
    from planx.normalise.headplans import read_numbered_titles
    # 'Recommendation 1: …' lines, each over a table headed 'Action | Owner | By | Status': the rows are the
    # actions and the titles their areas, not three actions with their tables kept aside
    plan = [_b("Youth Justice Service Post-inspection Action Plan", True, True, 16)]
    figures = []
    for n, title in enumerate(["Improve the quality of risk assessment", "Make sure education needs are met",
                               "Strengthen board oversight of disproportionality"], 1):
        plan += [_b(f"Recommendation {n}: {title}", False),
                 _grid(["Action", "Owner", "By", "Status"],
                       [f"Introduce monthly reviews of theme {n}", "Operations Manager", "September 2025", "Complete"])]
        figures += [plan[-2], _grid(["Measure", "Baseline", "Now"], ["Cases reviewed", "40%", "62%"])]
    assert read_numbered_titles(pdf_of_blocks(plan)) is None
    actions = normalise(pdf_of_blocks(plan), doc_id="x").actions
    assert [(a.area_ref, a.action) for a in actions] == [
        ("1", "Introduce monthly reviews of theme 1"), ("2", "Introduce monthly reviews of theme 2"),
        ("3", "Introduce monthly reviews of theme 3")]
    # over tables of figures the titles are still the actions
    read = read_numbered_titles(pdf_of_blocks([plan[0], *figures]))
    assert read is not None and len(read.actions) == 3
