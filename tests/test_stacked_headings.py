"""Headings printed over two rows, their words split between them, above banner rows that span
the table (a text rendering of an audit tracker: pdftotext -layout)."""

from planx.extract.text import parse_lines
from planx.normalise import normalise

TRACKER = """\
Library Service: Follow-up of Audit Points

Rec    Priority   Finding /               Agreed                Officer         Due date     Progress          Status
No.               Recommendation          management            responsible                  update
                                          action
Stock Management

4.1    High       Stock is not counted    Hold a full stock     Branch          June 2025    Count planned     On track
                  at the year end.        count each March.     Manager                      for March.
4.2    Low        Losses are not          Record every loss     Priya Sandhu    Sept 25      Form in use.      Complete
                  written off.            on the stock system.
Income Handling

5.1    Medium     Fines are banked        Bank fines weekly     Finance         Dec 25       Not started.      Overdue
                  late.                   with a signed slip.   Officer
5.2    Low        Refunds lack a          Countersign each      Lena Ortiz      Jan 26       Agreed.           On track
                  second signature.       refund over 50.
"""


def test_two_row_headings_over_banners_read_joined():
    r = normalise(parse_lines(TRACKER.split("\n"), name="tracker.txt"))
    assert [(a.action, a.lead, a.due_raw, a.status_raw) for a in r.actions] == [
        ("Hold a full stock count each March.", "Branch Manager", "June 2025", "On track"),
        ("Record every loss on the stock system.", "Priya Sandhu", "Sept 25", "Complete"),
        ("Bank fines weekly with a signed slip.", "Finance Officer", "Dec 25", "Overdue"),
        ("Countersign each refund over 50.", "Lena Ortiz", "Jan 26", "On track")]
    assert [a.area for a in r.actions] == ["Stock Management"] * 2 + ["Income Handling"] * 2
