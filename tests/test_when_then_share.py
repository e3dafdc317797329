"""A share-complete cell that opens with a date ('11/2025 0%'): the due column's words read into the
next column (a scan's columns run together). With no date of its own in the row, the date is the
due date and the share the status; any other cell stays as it is."""
from __future__ import annotations

from planx.normalise.actions import when_then_share


def test_date_then_share_splits_when_the_row_has_no_date():
    assert when_then_share({"status": "03/2026 40%"}) == {"due": "03/2026", "status": "40%"}
    assert when_then_share({"status": "15 May 2026 100%"}) == {"due": "15 May 2026", "status": "100%"}


def test_other_cells_stay():
    assert when_then_share({"status": "03/2026 40%", "due": "April 2026"}) == {}  # the row's own date
    assert when_then_share({"status": "40%"}) == {}
    assert when_then_share({"status": "Ahead of plan 40%"}) == {}  # words, no date
    assert when_then_share({"status": "03/2026 240%"}) == {}  # no share complete
