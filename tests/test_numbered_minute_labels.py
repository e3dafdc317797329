"""Minutes kept as a nested numbered Markdown list whose items carry the minute's own labels:
'1. Action: Jo will draft …' under each agenda item, beside 'Decision: …' items and approvals, and a
review of the last meeting's actions ('Review last meeting's action points' over '2. Action: …',
each with '1. Follow up: …' set under it).

The labels, not what the items say, tell the actions from the rest (normalise/commitments.py stands
aside); an item's own number is the list's, not the label's (normalise/minutes.py form_actions); an
item's own 'Action:' label is dropped from its text, and a labelled line set under an item of the
review is a note on it, no action of its own (normalise/minutes.py list_item).

Synthetic documents only.
"""
from __future__ import annotations

from conftest import convert_text

from planx.normalise.minutes import own_label_dropped

AGENDA = """# Trustees meeting 4 March 2024

1. Apologies
   1. None received
2. Current business
   1. Premises (Jo)
      1. Action: Jo will ask three firms to quote for the roof repairs
      1. Action: Sam to book the hall for the summer fair
   1. Finance (Sam +)
      1. Decision: Hold the subscription at its current rate until September
      1. Action: Publish the quarterly accounts on the website
3. Volunteers
   1. Recruitment drive (Priya)
      1. Action: Priya will draft an advert for the local paper
4. Approve minutes from this meeting (All)
   1. Jo approves
   1. Sam approves
"""


def test_numbered_action_items_are_read_by_their_labels(tmp_path):
    result = convert_text(tmp_path, "trustees_minutes.md", AGENDA)
    got = [a.action for a in result.actions]
    assert got == ["Jo will ask three firms to quote for the roof repairs",
                   "Sam to book the hall for the summer fair",
                   "Publish the quarterly accounts on the website",
                   "Priya will draft an advert for the local paper"]
    leads = {a.action: a.lead for a in result.actions}
    assert leads["Sam to book the hall for the summer fair"] == "Sam"


REVIEW = """# Trustees meeting 8 April 2024

1. Review last meeting's action points
   1. Action: Jo will ask three firms to quote for the roof repairs
       1. Follow up: Jo to chase the second firm for its quote
   2. Action: Sam to book the hall for the summer fair
       1. Follow up: Sam has booked it for the second Saturday of July
   3. Action: Priya pursue a local paper advert through the spring
   4. Action: Publish the quarterly accounts on the website
       1. Follow up: Sam to send the accounts to the web volunteer
2. Current business
   1. Premises (Jo)
       1. Action: Jo to order new signs for the car park
"""


def test_a_review_of_last_actions_reads_each_without_its_follow_up(tmp_path):
    result = convert_text(tmp_path, "trustees_minutes_april.md", REVIEW)
    got = [a.action for a in result.actions]
    assert got == ["Jo will ask three firms to quote for the roof repairs",
                   "Sam to book the hall for the summer fair",
                   # its own label marks it an action, however it is worded
                   "Priya pursue a local paper advert through the spring",
                   "Publish the quarterly accounts on the website",
                   "Jo to order new signs for the car park"]
    kept = " ".join(left.text for left in result.leftovers)
    assert "Jo to chase the second firm for its quote" in kept  # the follow-up is kept, not lost


def test_own_label_dropped():
    assert own_label_dropped("Action: Jo to write") == "Jo to write"
    assert own_label_dropped("Actions: for the Clerk") == "Actions: for the Clerk"  # a plural labels a list
    assert own_label_dropped("Decision: Hold the rate") == "Decision: Hold the rate"
    assert own_label_dropped("Note: none") == "Note: none"
