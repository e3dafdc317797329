"""A government's response to a review answers each recommendation in turn, in prose: no plan (CONTRACT.md,
"Recommendations", session 40); the recommendations go to the recommendations table, each with its decision.

The Australian Government's response to the ICT Procurement Reform Taskforce (2017) is a web page of
'Recommendation N' headings, each over the recommendation's paragraphs and list, then a 'Response:'
heading ('The Government accepts this recommendation …'). normalise/pledges.py still reads them as
things taken up (vocab.RESPONSE_LABEL_WORDS); normalise/report_recs.py then moves them to the
recommendations table, the decision word ('accepts') as their response, the answers kept aside.
Synthetic pages of the same shape.
"""
from __future__ import annotations

from conftest import convert_text


def _page(answer: bool) -> str:
    parts = ["<h1>Government response to report of the Procurement Reform Taskforce</h1>",
             "<h2>Ministerial statement</h2>", "<p>The Taskforce consulted widely across industry.</p>"]
    recs = [("The Taskforce recommends adopting a framework for procurement that includes policy principles.",
             ["encourage competition", "be outcomes focused"],
             "All agencies will be required to report on compliance."),
            ("The Taskforce recommends establishing a comprehensive dataset of government spend.", [], ""),
            ("The Taskforce recommends developing a public dashboard of significant projects.", [], ""),
            ("The Taskforce recommends regular review and renewal of the procurement framework.", [], "")]
    for n, (text, items, after) in enumerate(recs, 1):
        parts.append(f"<h2>Recommendation {n}</h2><p>{text}</p>")
        if items:
            parts.append("<p>Procurement in the Australian Government will:</p><ul>"
                         + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
        if after:
            parts.append(f"<p>{after}</p>")
        if answer:
            parts.append("<h3>Response:</h3><p>The Government accepts this recommendation.</p>"
                         "<p>The Government will develop guidance for agencies.</p>")
    return "\n".join(parts)


def test_recommendations_answered_one_by_one_in_prose_are_no_plan(tmp_path):
    # CONTRACT.md, "Recommendations" (session 40): a government response that answers a report in prose
    # is no plan; its recommendations are kept in the recommendations table with the decision printed
    r = convert_text(tmp_path, "response.html", _page(answer=True))
    assert r.actions == []
    assert [(rec.ref, rec.response) for rec in r.recommendations] == [
        ("1", "accepts"), ("2", "accepts"), ("3", "accepts"), ("4", "accepts")]
    assert r.recommendations[1].text == ("The Taskforce recommends establishing a comprehensive dataset of "
                                         "government spend.")
    assert "a report: 4 recommendation(s) to others kept in recommendations, no actions" in r.error
    # the answers are kept aside, not lost and not recommendations
    assert any(lo.text == "The Government accepts this recommendation." for lo in r.leftovers)
    assert not any("accepts" in rec.text for rec in r.recommendations)


def test_a_reports_recommendations_without_answers_stay_findings(tmp_path):
    r = convert_text(tmp_path, "report.html", _page(answer=False).replace("Government response to report",
                                                                          "Report"))
    assert r.actions == []
