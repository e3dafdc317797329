"""Numbered areas as real plans print them: a banner row whose area word comes after a word saying
what kind it is ('Strategic Objective 2: Tackling child exploitation') merged across each small table
over its heading row, and question sub-headings ('WHY?', 'HOW?') inside a theme that name what the
list under them answers, not a new area (the shapes of a devolved government's delivery plan and a
partnership strategy)."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read
from docx import Document

import planx
from planx.normalise.banners import area_heading, labelled_area, read_banner, without_area_label
from planx.normalise.commitments import names_actions, prompt_question


@pytest.mark.parametrize("text, want", [
    ("Strategic Objective 2: Tackling Child Exploitation", ("2", "Tackling Child Exploitation")),
    ("Strategic Objective 1:  In Wales to increase prosecutions", ("1", "In Wales to increase prosecutions")),
    ("Cross-cutting Theme 3 – Voice of the child", ("3", "Voice of the child")),
    ("Key Priority 2: Early help", ("2", "Early help")),
    ("Priority 1: Assessment and planning", ("1", "Assessment and planning")),
])
def test_a_numbered_area_after_words_naming_its_kind_is_a_banner(text, want):
    assert read_banner(text) == want


@pytest.mark.parametrize("text", [
    "Increase Priority 1 funding for schools",  # no stop or colon after the number: a sentence
    "OUTCOMES?",  # the plural's S in capitals is no area letter
    "OBJECTIVES",
])
def test_sentences_and_plural_headings_are_no_banner(text):
    assert read_banner(text) is None or read_banner(text)[0] == ""


@pytest.mark.parametrize("text, want", [
    ("1. Identify needs early", ("1", "Identify needs early")),
    ("ii. Targeted support", ("ii", "Targeted support")),
    ("Board priority 4: Prevention and diversion", ("4", "Prevention and diversion")),
    ("Recommendation 2 - Improve the quality of plans", ("2", "Improve the quality of plans")),
    # a climate plan's themes: a letter set off by a spaced dash, or a code in brackets after the title
    ("T - Transport and travel", ("T", "Transport and travel")),
    ("Theme: Nature and land use (N)", ("N", "Theme: Nature and land use")),
    ("Early help (2)", None),  # a number in brackets: a count or a note's as likely as a reference
    ("Housing (H)", None),  # one word before the code: too little to call it a title
    ("Deteriorating patient (NEWS2) escalation", None),  # an acronym in brackets inside the title
    ("Support for young carers", None),
])
def test_a_title_across_a_table_gives_its_areas_reference(text, want):
    assert area_heading(text) == want


def test_theme_rows_with_a_bracketed_code_give_area_and_reference(tmp_path: Path):
    # a climate action plan's theme rows: 'Theme: …' is the label of the row, '(B)' the theme's code
    md = tmp_path / "climate.md"
    md.write_text("# Climate Emergency Action Plan 2026-2030\n\n"
                  "| Action ID | Action | Delivery timescale | Lead service | Current status |\n"
                  "|---|---|---|---|---|\n"
                  "| **Theme: Buildings and energy (B)** | | | | |\n"
                  "| B01 | Fit solar panels on all suitable depots | by end of July 27 | Waste Services | Started |\n"
                  "| **Theme: Communities and engagement (C)** | | | | |\n"
                  "| C01 | Set up a citizens' climate panel | March 2027 | Communities | Not started |\n",
                  encoding="utf-8")
    result = planx.convert_file(md)
    assert [(a.area_ref, a.area) for a in result.actions] == [
        ("B", "Buildings and energy"), ("C", "Communities and engagement")]


@pytest.mark.parametrize("heading, keeps", [
    ("WHY?", True), ("How?", True), ("How will we do it?", True),
    ("What difference will this make to children and families in the county?", True),
    ("Priority 1: Start well", False), ("Raising awareness", False),
])
def test_a_question_heading_keeps_the_theme_above(heading, keeps):
    """A heading that asks names what the lines under it answer, as one naming them as actions does."""
    assert (names_actions(heading) or prompt_question(heading)) is keeps


def _objective_tables(path: Path) -> list[tuple[str, str, str]]:
    """A Word plan of three small tables, each a banner row merged across it over its own heading
    row; the first table follows a members list, so no heading row has been read before it."""
    doc = Document()
    doc.add_paragraph("Delivery Plan 2017/2018")
    members = doc.add_table(rows=3, cols=3)
    for r, row in enumerate([("", "Name", "Organisation"), ("1", "A. Jones", "Police"), ("2", "B. Khan", "NHS")]):
        for c, text in enumerate(row):
            members.cell(r, c).text = text
    want = []
    objectives = [("1", "Increase investigations and prosecutions of offences"),
                  ("2", "Tackling Child Exploitation"),
                  ("3", "Preventative measures to tackle labour exploitation")]
    for ref, title in objectives:
        doc.add_paragraph("")
        table = doc.add_table(rows=4, cols=4)
        banner = table.cell(0, 0).merge(table.cell(0, 3))
        banner.text = f"Strategic Objective {ref}:  {title}"
        for c, text in enumerate(("Priority Actions", "Owner", "Timescale", "RAG Status")):
            table.cell(1, c).text = text
        for k in (1, 2):
            action = f"{ref}.{k} Work with partners on strand {k} of objective {ref}"
            for c, text in enumerate((action, f"Lead officer {k}", "By end of March 2018", "Green")):
                table.cell(1 + k, c).text = text
            want.append((ref, title, action.split(" ", 1)[1]))
    doc.save(str(path))
    return want


def test_each_tables_banner_row_gives_its_actions_area_and_number(tmp_path: Path):
    path = tmp_path / "delivery_plan.docx"
    want = _objective_tables(path)
    out = tmp_path / "out"
    planx.convert([path], out=out)
    got = {" ".join(a["action"].split()): a for a in read(out, "actions")}
    for ref, title, action in want:
        row = next(a for text, a in got.items() if text.endswith(action))
        assert (row["area_ref"], row["area"]) == (ref, title), action


def test_question_subheadings_keep_the_theme_as_area(tmp_path: Path):
    """'WHY?' (reasons) and 'HOW?' (the actions) under each objective: the objective is the area."""
    doc = Document()
    doc.add_heading("Community Safety Partnership Strategy 2017 - 2020", 0)
    doc.add_paragraph("This strategy sets out how the partnership will work together over three years.")
    themes = ["To raise awareness of exploitation", "To identify and support victims", "To pursue perpetrators"]
    verbs = ["Implement an engagement plan with quarterly bulletins on",
             "Provide awareness materials and annual training about",
             "Develop a shared reporting protocol covering", "Encourage local businesses to publish statements on"]
    for theme in themes:
        doc.add_heading(theme.upper(), 1)
        doc.add_heading("WHY?", 2)
        doc.add_paragraph("Frontline professionals are often best placed to identify victims.", style="List Bullet")
        doc.add_paragraph("Everyday services are being used to facilitate exploitation.", style="List Bullet")
        doc.add_heading("HOW?", 2)
        for verb in verbs:
            doc.add_paragraph(f"{verb} {theme.split()[-1]}", style="List Bullet")
    path = tmp_path / "strategy.docx"
    doc.save(str(path))
    out = tmp_path / "out"
    planx.convert([path], out=out)
    got = read(out, "actions")
    assert len(got) == len(themes) * len(verbs)
    for a in got:
        theme = next(t for t in themes if a["action"].endswith(t.split()[-1]))
        assert a["area"].casefold() == theme.casefold(), a["action"]


def test_dotted_numbers_closed_by_a_bracket_mark_list_items():
    """'1.1) With partners, we will …' opens a numbered item as '1.1 ' and '2) ' do."""
    from planx.extract.model import Paragraph, RawDocument
    from planx.normalise.lists import units_of
    raw = RawDocument(path="p.md", name="p.md", format="md", blocks=[
        Paragraph("Next steps", 1, 1, heading=True),
        Paragraph("1.1) With the funding council, we will develop and promote a definition of meta-skills.", 1, 2),
        Paragraph("1.2) We will enhance the delivery of Graduate Apprenticeships.", 1, 3)])
    units = units_of(raw)
    assert [(u.marker, u.number) for u in units[1:]] == [("number", "1.1"), ("number", "1.2")]


# ---- an area word over an outline number ('Objective 1.3') numbers one action's form, not an area ----

@pytest.mark.parametrize("text, want", [
    ("Objective 1.3", ("1", "")),  # alone: area 1 and no title (normalise.banners.outline_item: an item's)
    ("Priority 2.1: Early help", ("2", "Early help")),  # the item's title, under area 2
    ("Theme 1.2 Improve attendance", ("1", "Improve attendance")),
    ("Area 3. 2020 targets met", ("3", "2020 targets met")),  # a space after the stop: the title follows
])
def test_an_outline_number_after_an_area_word_is_an_item_within_the_area(text, want):
    assert read_banner(text) == want


_FORMS = [("Improve the quality of social work practice", "Priya Raman",
           [("Commission an independent audit of child protection plans", "Gareth Lloyd", "September 2025"),
            ("Recruit permanent team managers to the assessment teams", "Tom Okafor", "30 June 2025")]),
          ("Develop a stable and skilled workforce", "Amanda Boyce",
           [("Introduce a revised practice framework for all social workers", "Lucy Ashdown", "March 2026"),
            ("Publish a local offer for care leavers on the council website", "Kieran Walsh", "Dec-25")])]


def _objective_forms(path: Path) -> None:
    doc = Document()
    doc.add_heading("Improvement Action Plan", 0)
    md = ["# Improvement Action Plan", ""]
    for i, (area, lead, actions) in enumerate(_FORMS, 1):
        doc.add_heading(f"Area {i}: {area}", 1)
        doc.add_paragraph(f"Area lead: {lead}")
        md += [f"## Area {i}: {area}", "", f"Area lead: {lead}", ""]
        for j, (action, owner, due) in enumerate(actions, 1):
            doc.add_heading(f"Objective {i}.{j}", 2)
            md += [f"### Objective {i}.{j}", ""]
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for k, (label, value) in enumerate([("Action", action), ("Responsible officer", owner),
                                                ("Target date", due), ("Status", "On track")]):
                cells = table.add_row().cells
                cells[0].text, cells[1].text = label, value
                cells[0].paragraphs[0].runs[0].bold = True
                md += [f"| **{label}** | {value} |"] + (["|---|---|"] if k == 0 else [])
            doc.add_paragraph()
            md.append("")
    doc.save(str(path.with_suffix(".docx")))
    path.with_suffix(".md").write_text("\n".join(md), encoding="utf-8")


def test_objective_headings_over_label_tables_keep_the_area_and_its_lead(tmp_path):
    # (the shape of a plan written as one label table per objective under numbered areas, in Word and
    # as the Markdown a converter makes of it: 'Area lead:' names the area's lead, so the area heading
    # over it is no action)
    _objective_forms(tmp_path / "objectives")
    want = [(str(i), area, lead, action, owner) for i, (area, lead, actions) in enumerate(_FORMS, 1)
            for action, owner, _ in actions]
    for suffix in (".docx", ".md"):
        result = planx.convert_file(str(tmp_path / f"objectives{suffix}"))
        got = [(a.area_ref, a.area, a.area_lead, a.action, a.lead) for a in result.actions]
        assert got == want, suffix


@pytest.mark.parametrize("text, want", [
    ("Local authority priority: The #SBCway of working", "The #SBCway of working"),
    ("Core service: Surgery", "Surgery"),
    ("SERVICE - Maternity", "Maternity"),
    ("Priority: Safeguarding", "Priority: Safeguarding"),  # one word left: the label is the title's own
    ("Improve attendance at school", "Improve attendance at school"),
])
def test_an_area_label_before_a_title_is_no_part_of_it(text, want):
    # (one reader of an area label: area_titles.area_title strips it from a title, minutes reads the area
    # a labelled line names)
    assert without_area_label(text) == want


def test_a_line_labelled_with_an_area_word_names_the_area_unless_the_caller_reads_it_as_a_field():
    assert labelled_area("Priority: 1 – Leadership and governance") == "1 – Leadership and governance"
    assert labelled_area("Theme: B") == "B"
    assert labelled_area("Lead officer: Head of Service") is None
    assert labelled_area("Objective: Reduce waiting times") == "Reduce waiting times"
    assert labelled_area("Objective: Reduce waiting times", besides=("objective", "outcome")) is None


@pytest.mark.parametrize("text, want", [
    ("Regulation 12 (Safe care and treatment)", ("12", "Safe care and treatment")),  # a CQC plan's group row
    ("Priority 2 (Early help)", ("2", "Early help")),
    ("Priority 2: Early help (0-5)", ("2", "Early help (0-5)")),  # brackets inside the title stay
])
def test_a_banner_title_set_in_brackets_after_its_number_is_read_without_them(text, want):
    from planx.normalise.banners import grouping_heading
    assert grouping_heading(text) == want
