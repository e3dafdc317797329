"""A status saying the thing is being drawn up ('In preparation') is in progress, as 'In draft' is."""
from __future__ import annotations

import pytest

from planx.normalise.actions import status_in


@pytest.mark.parametrize("text", ["In preparation", "Under preparation", "Being prepared", "in preparation."])
def test_a_thing_being_prepared_is_in_progress(text: str):
    assert status_in(text) == "in_progress"


def test_preparation_as_the_thing_to_do_is_no_status():
    assert status_in("Preparation of the annual budget") == ""
