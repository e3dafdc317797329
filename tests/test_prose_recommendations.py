"""A review's or audit's recommendations stated in its prose (normalise/recommendations.read_recommended).

The HHS Office of Inspector General published a one-page internet summary of each audit (Word 97
.doc files, US federal work, public domain; empowerai/hhs-oig-web-asp, oas/reports/region6/60700072.doc):
'Audit (A-06-07-00072)', a date, the title ('Review of New Mexico's Medicaid Administrative Costs …'),
'Executive Summary', the findings in prose, then one paragraph opening 'We recommended that the State (1)
refund … and (4) make additional …', then the State's response. That paragraph is the audit's one action,
whole; a twin summary that states its findings and recommends nothing has none. Since session 40
(CONTRACT.md, "Recommendations") that paragraph is the audit's recommendation to the State, kept in the
recommendations table (normalise/report_recs.py), not an action. The title calls the
document a review, yet what the writer says it recommends stands (kinds.refuse). Main at ab37230 read
none (0 actions: 'no plan table found'). Synthetic text of the same shape.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import planx
from planx.extract.model import Paragraph, RawDocument
from planx.normalise.recommendations import read_recommended

SUMMARY = """Audit (A-06-07-00072)

12-17-2008

Review of New Mexico's Medicaid Administrative Costs for the Quarter Ended September 30, 2004

Executive Summary

The State claimed $1.5 million ($1.1 million Federal share) of unallowable Medicaid administrative costs.

We could not determine what portion of $772,000 ($386,000 Federal share) was allowable.

{recommendation}

In written comments on our draft report, the State agreed with most of our findings and recommendations.
"""
RECOMMENDATION = ("We recommended that the State (1) refund $1.2 million to the Centers for Medicare & Medicaid "
                  "Services (CMS), (2) work with CMS to identify the allowable portion of the costs, and (3) make "
                  "additional administrative changes related to our findings.")


def _convert(tmp_path: Path, text: str) -> Any:
    path = tmp_path / "audit_summary.txt"
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(str(path))


def test_the_paragraph_saying_what_an_audit_recommends_is_its_recommendation_whole(tmp_path):
    # an audit's recommendation to the State is no action of the document's own (CONTRACT.md,
    # "Recommendations", session 40): the reader's paragraph goes to the recommendations table, whole
    result = _convert(tmp_path, SUMMARY.format(recommendation=RECOMMENDATION))
    assert result.actions == []
    assert [(r.text, r.addressee) for r in result.recommendations] == [(RECOMMENDATION, "the State")]
    assert "a report: 1 recommendation(s) to others kept in recommendations, no actions" in result.error
    leftovers = " ".join(x.text for x in result.leftovers)
    assert "agreed with most of our findings" in leftovers


def test_a_summary_that_recommends_nothing_has_no_action(tmp_path):
    # findings only; a recommendation named in passing inside a sentence is no paragraph that opens with it
    text = SUMMARY.format(recommendation="Palmetto agreed to adjust its proposal, and we recommend that readers "
                                         "see the full report.")
    assert _convert(tmp_path, text).actions == []


def test_advice_to_the_reader_of_a_form_is_no_recommendation(tmp_path):
    # a grant enquiry form (rprec, Heritage Lottery Fund 'Kick the Dust'): 'We recommend that you read the
    # application guidance …' advises whoever fills it in; a review recommends to a body it names
    advice = ("We recommend that you read the application guidance for your programme before contacting us. "
              "In particular, we recommend that you read the programme outcomes listed in it.")
    advised = _convert(tmp_path, SUMMARY.format(recommendation=advice))
    assert advised.actions == [] and advised.recommendations == []
    agency = "We recommend that the agency review its controls over administrative costs."
    assert [r.text for r in _convert(tmp_path, SUMMARY.format(recommendation=agency)).recommendations] == [agency]


def test_many_such_paragraphs_are_a_reports_narrative_not_its_recommendations():
    def doc(n: int) -> RawDocument:
        blocks = [Paragraph(text=f"We recommend that the agency review item {k} of its controls.", page=1, line=k)
                  for k in range(n)]
        return RawDocument(path="r.txt", name="r.txt", format="txt", blocks=blocks)
    one = read_recommended(doc(2))
    assert one is not None and len(one.actions) == 2 and one.recommended
    many = doc(9)
    assert read_recommended(many) is None
    # refused, and the refusal says why: the document's row shows it when nothing else is read
    assert len(many.declined) == 1 and many.declined[0].startswith("9 paragraph(s) say what the writer recommends")


# A committee's report (the shape of the Commons Public Accounts Committee's reports: numbered conclusions,
# each followed by 'Recommendation: The Department should …'): six such paragraphs, a report's recommendations
# to others. No actions, and the document's row says why (it gave no reason at all: holdout28 PAC report).
_COMMITTEE = "Achieving Net Zero\n\nConclusions and recommendations\n\n" + "\n\n".join(
    f"{k}. The Department has not yet set out how the plans for sector {k} fit together.\n\n"
    f"Recommendation: The Department should set out by the end of the year how sector {k} will reach its target."
    for k in range(1, 7)) + "\n"


def test_a_committee_reports_many_recommendations_are_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "committee_report.txt"
    path.write_text(_COMMITTEE, encoding="utf-8")
    result = planx.convert_file(str(path))
    assert result.actions == []
    assert result.status == "failed"
    # a report's recommendations to others (docs/CONTRACT.md, "Recommendations"): the row says why no
    # actions were read, and the six are kept in the recommendations table, with their text
    assert "6 recommendation(s) to others kept in recommendations" in result.error
    assert any("recommendation" in w for w in result.warnings)
    assert len(result.recommendations) == 6
    assert any("sector 3 will reach its target" in r.text for r in result.recommendations)


# the shape of DHS OIG's System Review Report on HHS OIG's audit organization (2012, a scan with an OCR text
# layer; US federal work: empowerai/hhs-oig-web-asp, 2012_HHS-OIG_External_Peer_Review_Report.pdf, abridged):
# 'Finding 1: …' over prose, then 'Recommendation - …' whose sentence the scan's lines set apart, and an
# enclosure table of the engagements reviewed whose first cell runs the first report number into its heading.
# Main at ab37230 read the 12 reports as actions (their dates as due, their numbers as RAG) and no
# recommendation.
def _peer_review() -> RawDocument:
    from planx.extract.model import Cell, Row, Table

    def p(text: str, line: int, page: int = 8) -> Paragraph:
        return Paragraph(text=text, page=page, line=line)

    rows = [["Report No.\nA-01-08-00014", "Report Date", "Report Title"],
            ["A-01-1O-00528", "5/18/2011", "Hillcrest Baptist Medical Ctr, Voluntary Refund Review"],
            ["A-02-09-01033", "7/28/2011", "Review of New Jersey Medicaid Community Care Waiver Services"],
            ["A-03-08-00207", "11/4/2010", "Review of Personal Care Services - Tri State"]]
    table = Table([Row([Cell(t, k) for k, t in enumerate(r)], page=5, line=n + 1) for n, r in enumerate(rows)],
                  page=5, index=1)
    blocks = [p("Reviewed Engagements Performed by HHS OIG", 1, 5), table,
              p("Finding 1: Documentation of Supervisory Oversight", 1),
              p("In some instances supervisory oversight could have been better documented.", 2),
              p("Recommendation - Ensure sufficient documentation of supervisory review and oversight", 3),
              p("throughout the audit process as set forth within the Audit Policies and", 4),
              p("Procedures ManuaL.", 5),
              p("Views of Responsible Official:", 6),
              p("We will consider ways to address your recommendation.", 7)]
    return RawDocument(path="peer_review.pdf", name="peer_review.pdf", format="pdf", blocks=blocks)


def test_a_labelled_recommendation_and_its_run_on_lines_under_a_finding_and_no_list_of_reports():
    from planx.normalise import normalise
    result = normalise(_peer_review())
    # a peer review's recommendation to the audited office: kept in recommendations, no action (session 40)
    assert result.actions == []
    assert [r.text for r in result.recommendations] == [
        "Ensure sufficient documentation of supervisory review and oversight throughout the audit process as set "
        "forth within the Audit Policies and Procedures ManuaL."]
    assert any("says it lists documents" in w for w in result.warnings)
    assert "Review of Personal Care Services - Tri State" in {lo.text for lo in result.leftovers}


def test_a_labelled_recommendation_over_a_table_is_the_tables_banner_not_a_prose_action():
    # a post-inspection plan: 'Recommendation 1: Reduce …' over each small table of actions
    # (samples/make_newlayout_plans.py, banner layout): the label heads the table, whose rows are the
    # actions; only a labelled paragraph in the prose is a recommendation read from it
    from planx.extract.model import Cell, Row, Table

    def table(index: int) -> Table:
        rows = [["No.", "Action", "Responsible", "Timescale"],
                [f"{index}.1", "Audit strategy discussions with the designated nurse", "Team Manager", "May 2026"]]
        return Table([Row([Cell(t, k) for k, t in enumerate(r)], page=1, line=n + 1) for n, r in enumerate(rows)],
                     page=1, index=index)
    blocks = [Paragraph(text="Recommendation 1: Reduce the number of changes of social worker", page=1, line=1),
              table(1),
              Paragraph(text="Recommendation 2: Improve the timeliness of return home interviews", page=1, line=9),
              Paragraph(text="", page=1, line=10), table(2)]
    assert read_recommended(RawDocument(path="p.pdf", name="p.pdf", format="pdf", blocks=blocks)) is None


def test_instructions_numbered_through_a_report_are_refused_with_a_reason() -> None:
    from planx.normalise.recommendations import read_recommendations
    blocks: list[Paragraph] = []
    for part in range(1, 4):
        blocks.append(Paragraph(text=f"Part {part}: Services for children", page=1, line=len(blocks) + 1, heading=True))
        for k in range(3):
            n = (part - 1) * 3 + k + 1
            blocks.append(Paragraph(text=f"{n}. Improve the quality of service {n} for families across the area.",
                                    page=1, line=len(blocks) + 1))
    raw = RawDocument(path="r.txt", name="inspection_of_services.txt", format="txt", blocks=list(blocks))
    assert read_recommendations(raw) is None
    assert raw.declined and "numbered through the document" in raw.declined[0]
