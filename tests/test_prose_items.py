"""Items of a plan's lists as a real paper prints them (a panel's communications action plan, 2010,
OGL): the period in brackets at an item's end is its due, a cross-reference in brackets is no lead,
a numbered period heading heads the list under it, and a day alone under a title is no period."""
from __future__ import annotations

import pytest

from planx.extract.model import Paragraph, RawDocument
from planx.normalise import normalise
from planx.normalise.commitments import item_evidence
from planx.normalise.horizons import read_horizon


@pytest.mark.parametrize("text, due", [
    ("Agree core messages to develop supportive resources for events, media and online content (March).", "March"),
    ("Build engagement via data.gov.uk local public data pages (March – May).", "March – May"),
    ("Build connection between the two agendas (Digital Inclusion Taskforce) (March).", "March"),
    ("Issue the revised Local Authorities Data Transparency Code (Winter 2013)", "Winter 2013"),
    ("Work with the sector to disseminate good practice (Spring to Summer 2014)", "Spring to Summer 2014"),
    ("Review the policy (2025 version)", None),  # a version, not a date
    ("Meet the board to agree the budget (Meeting 3)", None),
])
def test_a_period_in_brackets_closing_an_item_is_its_due(text, due):
    assert item_evidence(text).fields.get("due") == due


def test_a_cross_reference_in_brackets_is_no_lead_and_the_date_before_it_is_the_due():
    ev = item_evidence("Developer hack day and innovation incentive offer (May) (See Appendix B).")
    assert "lead" not in ev.fields and ev.fields["due"] == "May"
    owned = item_evidence("Expand the apprenticeship programme to 500 places (Skills Team)")
    assert owned.fields["lead"] == "Skills Team"


@pytest.mark.parametrize("heading", ["Short term activity (March - May)", "Medium term activity (June – August)"])
def test_a_term_with_its_months_in_brackets_is_a_period(heading):
    h = read_horizon(heading)
    assert h is not None and h.kind == "period"


def _paper() -> RawDocument:
    lines = [("Local Public Data Panel", False, ""), ("1 March 2010", False, ""),
             ("Item: Communications Update & Action Plan", False, ""), ("Future Direction", True, ""),
             ("3. Actions have been summarised into short term activity and medium-term actions.", False, ""),
             ("4. Short term activity (March - May)", False, ""),
             ("• Agree core messages to develop supportive resources for events (March).", False, "b"),
             ("• Finalisation of local public data communications strategy (March).", False, "b"),
             ("• Build engagement via data.gov.uk local public data pages (March – May).", False, "b"),
             ("• Consider LA targeted events (see Communications Plan, Appendix A).", False, "b"),
             ("• Developer hack day and innovation incentive offer (May) (See Appendix B).", False, "b")]
    raw = RawDocument(path="paper.docx", name="paper.docx", format="docx")
    raw.blocks = [Paragraph(text=t, page=1, line=i, heading=h, level=1 if b else 0)
                  for i, (t, h, b) in enumerate(lines, 1)]
    return raw


def test_the_items_under_a_numbered_period_heading_take_their_own_dates_not_the_papers():
    result = normalise(_paper())
    assert [a.area for a in result.actions] == ["Short term activity (March - May)"] * 5
    assert [a.due_raw for a in result.actions] == ["March", "March", "March – May", "", "May"]
    assert [a.due_date for a in result.actions] == ["2010-03", "2010-03", "2010-05", "", "2010-05"]
    assert all(a.lead == "" for a in result.actions)


def test_a_policy_in_prose_and_bullets_is_refused_saying_what_was_looked_for():
    # the shape of a school's example flexible working policy (DfE): headings, prose, bullets of aims
    lines = [("Example flexible working policy", True), ("Introduction", True),
             ("The school aims to be an employer of choice and recognises the important role of flexible work.", False),
             ("We recognise the positive impact of flexible working in:", False),
             ("• supporting recruitment and retention", False), ("• promoting wellbeing and work-life balance", False),
             ("• reducing absences", False), ("Guiding principles underpinning this policy", True),
             ("• Trust and fairness: we are committed to open conversations about flexible working.", False),
             ("• Leadership: our leadership team are committed to embracing flexible working.", False)]
    raw = RawDocument(path="policy.docx", name="policy.docx", format="docx")
    raw.blocks = [Paragraph(text=t, page=1, line=i, heading=h) for i, (t, h) in enumerate(lines, 1)]
    result = normalise(raw)
    assert not result.actions and result.status == "failed"
    assert result.error.startswith("no plan table found") and "no action headings" in result.error
