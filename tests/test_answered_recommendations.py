"""A government's response to a review answers each recommendation in turn: the recommendations are
its actions.

The Australian Government's response to the ICT Procurement Reform Taskforce (2017) is a web page of
'Recommendation N' headings, each over the recommendation's paragraphs and list, then a 'Response:'
heading ('The Government accepts this recommendation …'). A report's 'Recommendation 1 … 3' are its
findings, but answered one by one they are taken up as things to be done (normalise/pledges.py,
vocab.RESPONSE_LABEL_WORDS); the answers are kept aside, and a title calling the document a response
to a report is no report (vocab.KIND_PLAN_WORDS). Synthetic pages of the same shape.
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


def test_recommendations_answered_one_by_one_are_the_actions(tmp_path):
    r = convert_text(tmp_path, "response.html", _page(answer=True))
    assert [a.ref for a in r.actions] == ["1", "2", "3", "4"]
    assert r.actions[0].action == ("The Taskforce recommends adopting a framework for procurement that includes "
                                   "policy principles. Procurement in the Australian Government will: encourage "
                                   "competition; be outcomes focused All agencies will be required to report on "
                                   "compliance.")
    assert r.actions[1].action == "The Taskforce recommends establishing a comprehensive dataset of government spend."
    assert not any(a.area == "Ministerial statement" for a in r.actions)  # a sibling section, no area
    # the answers are kept aside, not lost and not actions
    assert any(lo.text == "The Government accepts this recommendation." for lo in r.leftovers)
    assert not any("accepts" in a.action for a in r.actions)


def test_a_reports_recommendations_without_answers_stay_findings(tmp_path):
    r = convert_text(tmp_path, "report.html", _page(answer=False).replace("Government response to report",
                                                                          "Report"))
    assert r.actions == []
