"""Plans whose actions are titles over prose with no number: a '… will:' list whose items open with
a bold or headline-case title sentence (normalise/pledges.read_run_in), and unnumbered bold titles
or headings over paragraphs (read_bold_titles); on generated Word files, the shapes as the PDF
reader gives them, and two real U.S. national action plans (public domain)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from planx.extract.docx import parse_docx
from planx.extract.model import Paragraph, RawDocument
from planx.normalise import normalise
from planx.normalise.pledges import read_bold_titles, read_run_in, run_in_title
from samples.make_pledge_samples import DESCRIPTION, RUN_IN, RUN_IN_DESCRIPTION, THEMES, write_run_in, write_unnumbered

REAL = Path(__file__).parent / "fixtures" / "real_prose"


def _p(text: str, bold: bool = False, heading: bool = False, size: float = 11.0, lead: str = "") -> Paragraph:
    return Paragraph(text=text, page=1, line=0, heading=heading, bold=bold, size=size, lead_bold=lead)


def _doc(blocks: list[Paragraph], name: str = "p.pdf") -> RawDocument:
    raw = RawDocument(path=name, name=name, format="pdf")
    for i, b in enumerate(blocks):
        b.line = i
    raw.blocks = list(blocks)
    return raw


PROSE = ("The Federal Government commits to implementing these recommendations, including by publishing "
         "a report each year on what it has done.")


def test_an_items_title_is_its_bold_run_or_a_headline_case_sentence():
    assert run_in_title(_p("• Expand Online Access. " + PROSE, lead="Expand Online Access.")) == \
        "Expand Online Access"
    # no bold where the source gives none (a PDF set in one weight): a sentence in headline case
    assert run_in_title(_p("• Expand the Federal Government’s Production, Dissemination, and Use of Equitable "
                           "Data. " + PROSE)) == \
        "Expand the Federal Government’s Production, Dissemination, and Use of Equitable Data"
    # a plain sentence opening the item, or a title with nothing after it, is no title
    assert run_in_title(_p("• Expand online access to the archives for all. " + PROSE)) == ""
    assert run_in_title(_p("• Expand Online Access to the Archives.")) == ""


def _run_in_plan(title: str = "Fifth Open Government National Action Plan") -> list[Paragraph]:
    out = [_p(title, True, size=40)]
    for theme, cue, titles in RUN_IN:
        out += [_p(theme, True, True, 16), _p(PROSE), _p(cue)]
        for t in titles:
            out += [_p(f"• {t}. {RUN_IN_DESCRIPTION}"), _p(PROSE)]
    return out


def test_headline_titles_under_a_promise_are_the_actions_their_prose_kept_aside():
    raw = _doc(_run_in_plan())
    reading = read_run_in(raw)
    assert reading is not None
    assert [(a.context["area"], a.fields["action"]) for a in reading.actions] == \
        [(theme, t) for theme, _, titles in RUN_IN for t in titles]
    # each item's text and the paragraph under it are its description; the themes' prose is not
    assert {raw.blocks[i].text for i in reading.aside} == \
        {f"• {t}. {RUN_IN_DESCRIPTION}" for _, _, ts in RUN_IN for t in ts} | {PROSE}
    assert 2 not in reading.aside and 3 not in reading.blocks


def test_run_in_titles_need_a_promise_a_plan_and_most_items_titled():
    # a guide's bold lead-ins: the document calls itself no plan
    assert read_run_in(_doc(_run_in_plan("Guidance for schools on publishing data"))) is None
    # the items under no promise ('Examples include:')
    plan = [b if not b.text.endswith("will:") else _p("Examples include:") for b in _run_in_plan()]
    assert read_run_in(_doc(plan)) is None
    # most items open with a plain sentence: a list of prose, not titles
    plain = [_p(b.text.replace("Expand Online Access to the Archives", "Expand online access to the archives")
                .replace("Publish Spending Data Every Month", "Publish spending data every month")
                .replace("Support Community Engagement", "Support community engagement"))
             for b in _run_in_plan()]
    assert read_run_in(_doc(plain)) is None


def test_a_word_plan_with_bold_run_in_titles_end_to_end(tmp_path: Path):
    result = normalise(parse_docx(write_run_in(tmp_path)))
    assert [(a.area, a.action) for a in result.actions] == [(th, t) for th, _, ts in RUN_IN for t in ts]
    assert any("under a promise" in w and "confidence 0.65" in w for w in result.warnings)
    # nothing lost: each item's whole text is kept as its description
    assert sum(RUN_IN_DESCRIPTION in lo.text for lo in result.leftovers) == 4


def test_unnumbered_bold_titles_over_prose_are_the_actions_under_their_themes(tmp_path: Path):
    result = normalise(parse_docx(write_unnumbered(tmp_path)))
    assert [(a.area, a.action) for a in result.actions] == [(th, t) for th, ts in THEMES for t in ts]
    assert any("unnumbered titles" in w and "confidence 0.60" in w for w in result.warnings)
    assert sum(lo.text == DESCRIPTION for lo in result.leftovers) == 4


@pytest.mark.parametrize("write", [write_run_in, write_unnumbered])
def test_the_same_shapes_in_a_guide_give_no_actions(tmp_path: Path, write):  # type: ignore[no-untyped-def]
    raw = parse_docx(write(tmp_path, title="Guidance for schools on open data", name="guide"))
    assert read_run_in(raw) is None and read_bold_titles(raw) is None
    assert not normalise(raw).actions


def _titled(title: str = "Open Government National Action Plan") -> list[Paragraph]:
    out = [_p(title, True, True, 28), _p("New Initiatives", True, True, 22), _p(PROSE)]
    for t in ["Promote Global Interconnectivity", "Support Open Contracting", "Harness the Data Revolution",
              "Increase Open Scientific Collaboration on the Arctic"]:
        out += [_p(t, True, True, 14), _p(PROSE)]
    return out


def test_the_largest_run_of_verb_titles_is_the_actions_smaller_bold_titles_their_detail():
    blocks = _titled()
    blocks.insert(6, _p("Harness the Expertise of Contracting Professionals", True, size=12))  # a sub-title
    blocks.insert(7, _p(PROSE))
    raw = _doc(blocks)
    reading = read_bold_titles(raw)
    assert reading is not None
    # 'Harness' is a verb the vocabulary may miss: a title of the run at that size all the same
    assert [a.fields["action"] for a in reading.actions] == [
        "Promote Global Interconnectivity", "Support Open Contracting", "Harness the Data Revolution",
        "Increase Open Scientific Collaboration on the Arctic"]
    assert {a.context.get("area") for a in reading.actions} == {"New Initiatives"}
    assert {6, 7} <= reading.aside


def test_unnumbered_titles_need_verbs_prose_and_a_plan():
    assert read_bold_titles(_doc(_titled("Annual Report on Open Government"))) is None
    # a report's section headings: no verbs
    report = [_p("Open Government National Action Plan", True, True, 28)]
    for t in ["Introduction", "Background and context", "Findings of the review", "Next year"]:
        report += [_p(t, True, True, 14), _p(PROSE)]
    assert read_bold_titles(_doc(report)) is None
    # titles over nothing but lists: themes for the list readers
    themes = [_p("Open Government National Action Plan", True, True, 28)]
    for t in ["Improve Early Help", "Reduce Waiting Times", "Support Carers"]:
        themes += [_p(t, True, True, 14), _p("• Open two hubs by 2026")]
    assert read_bold_titles(_doc(themes)) is None
    # titles over a paragraph and a list of targets each (a roadmap's goals): themes over their items
    goals = [_p("Working Group Roadmap and Plan", True, True, 28)]
    for t in ["Develop Additional Features", "Ensure Consistency in Mappings", "Maintain the Test Suites"]:
        goals += [_p(t, True, True, 14), _p(PROSE), _p("- Add support for annotations (Target: 1.4)"),
                  _p("- Write authoring guidance (Target: Ongoing)")]
    assert read_bold_titles(_doc(goals)) is None
    # titles numbered in an outline ('1.1 Refresh …' over '1.1.1 …' steps): the outline reader's
    outline = [_p("Improvement Plan 2025-26", False, True, 26)]
    for t in ["1.1 Refresh the threshold guidance", "1.2 Strengthen the voice of children",
              "1.3 Publish a local offer"]:
        outline += [_p(t, True), _p("Lead: Head of Safeguarding    Target date: July 2025"),
                    _p(f"{t[:3]}.1 Report progress to the improvement board every month – June 2025 – Delayed")]
    assert read_bold_titles(_doc(outline)) is None


def _truth(name: str) -> list[tuple[str, str]]:
    truth = json.loads((REAL / f"{name}.truth.json").read_text(encoding="utf-8"))
    return [(t.get("area", ""), t["action"]) for t in truth["actions"]]


def test_a_real_plan_with_headline_titles_under_will_lists():
    from planx.extract import extract
    result = normalise(extract(REAL / "us_open_government_nap5_2022.pdf"))
    got = [(a.area, a.action.replace("Opportuni-ties", "Opportunities")) for a in result.actions]
    assert got == _truth("us_open_government_nap5_2022.pdf")
    assert sum(lo.reason == "description under an action heading" for lo in result.leftovers) >= 36


def test_a_real_announcement_of_unnumbered_initiatives():
    from planx.extract import extract
    result = normalise(extract(REAL / "us_open_government_new_initiatives_2016.pdf"))
    assert [a.action for a in result.actions] == [a for _, a in _truth("us_open_government_new_initiatives_2016.pdf")]
    described = " ".join(lo.text for lo in result.leftovers)
    assert "Harness the Expertise of Contracting Professionals" in described  # a sub-title: detail, kept


def test_a_pdf_line_set_tight_keeps_its_typed_spaces():
    """The PDF reader splits words at a space the source typed even where the gap is narrower than
    its rule's fraction of the type size (NAP5 sets its titles so: 'ExpandtheFederal…' before)."""
    from planx.extract import extract
    raw = extract(REAL / "us_open_government_nap5_2022.pdf")
    assert any(isinstance(b, Paragraph) and b.text.startswith("• Expand the Federal Government’s Production")
               for b in raw.blocks)


@pytest.mark.parametrize("name", ["us_open_government_data_forum_agenda_2024.pdf", "us_og_fac_fact_sheet_2024.pdf"])
def test_real_non_plans_stay_without_actions(name: str):
    from planx.extract import extract
    raw = extract(REAL / name)
    assert read_run_in(raw) is None and read_bold_titles(raw) is None
