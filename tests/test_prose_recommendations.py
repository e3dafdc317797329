"""A review's or audit's recommendations stated in its prose (normalise/recommendations.read_recommended).

The HHS Office of Inspector General published a one-page internet summary of each audit (Word 97
.doc files, US federal work, public domain; empowerai/hhs-oig-web-asp, oas/reports/region6/60700072.doc):
'Audit (A-06-07-00072)', a date, the title ('Review of New Mexico's Medicaid Administrative Costs …'),
'Executive Summary', the findings in prose, then one paragraph opening 'We recommended that the State (1)
refund … and (4) make additional …', then the State's response. That paragraph is the audit's one action,
whole; a twin summary that states its findings and recommends nothing has none. The title calls the
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


def test_the_paragraph_saying_what_an_audit_recommends_is_its_action_whole(tmp_path):
    result = _convert(tmp_path, SUMMARY.format(recommendation=RECOMMENDATION))
    assert [a.action for a in result.actions] == [RECOMMENDATION]
    leftovers = " ".join(x.text for x in result.leftovers)
    assert "agreed with most of our findings" in leftovers


def test_a_summary_that_recommends_nothing_has_no_action(tmp_path):
    # findings only; a recommendation named in passing inside a sentence is no paragraph that opens with it
    text = SUMMARY.format(recommendation="Palmetto agreed to adjust its proposal, and we recommend that readers "
                                         "see the full report.")
    assert _convert(tmp_path, text).actions == []


def test_many_such_paragraphs_are_a_reports_narrative_not_its_recommendations():
    def doc(n: int) -> RawDocument:
        blocks = [Paragraph(text=f"We recommend that the agency review item {k} of its controls.", page=1, line=k)
                  for k in range(n)]
        return RawDocument(path="r.txt", name="r.txt", format="txt", blocks=blocks)
    one = read_recommended(doc(2))
    assert one is not None and len(one.actions) == 2 and one.recommended
    assert read_recommended(doc(9)) is None
