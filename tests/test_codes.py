"""normalise/codes.py: RAG and status vocabularies."""
import pytest

from planx.normalise.codes import rag_key, rag_of, rag_of_colour, status_of, status_words


@pytest.mark.parametrize("raw, rag", [
    ("A", "amber"), ("amber", "amber"), ("AMBER", "amber"), ("R", "red"), ("RED", "red"), ("G", "green"),
    ("Green", "green"), ("B", "blue"), ("Α", "amber"),  # Greek capital alpha
    ("R/A", "red_amber"), ("A/G", "amber_green"), ("", ""), ("n/a", ""),
])
def test_rag_words(raw, rag):
    assert rag_of(raw) == rag


def test_numbers_need_the_plans_key():
    assert rag_of("3") == ""
    key = rag_key("RAG key: 1 = Red (off track)   2 = Amber (some slippage)   3 = Green (on track)   4 = Blue")
    assert key == {"1": "red", "2": "amber", "3": "green", "4": "blue"}
    assert rag_of("3", key) == "green"


@pytest.mark.parametrize("fill, rag", [
    ("#ff0000", "red"), ("#ffc000", "amber"), ("#00b050", "green"), ("#0070c0", "blue"),
    ("#e60000", "red"), ("#92d050", "green"), ("#ffffff", ""), ("#d9d9d9", ""), (None, ""),
])
def test_fill_colours(fill, rag):
    assert rag_of_colour(fill) == rag


@pytest.mark.parametrize("raw, status", [
    ("Completed- reviewed at CSCMT", "complete"), ("Achieved", "complete"), ("Underway", "in_progress"),
    ("On track", "in_progress"), ("InProgress", "in_progress"), ("In progress - reviewed at CSCMT", "in_progress"),
    ("Overdue", "delayed"), ("On hold", "delayed"), ("Behind schedule", "delayed"), ("Withdrawn", "cancelled"),
    ("No longer required", "cancelled"), ("Not Started", "not_started"), ("Ongoing", "ongoing"), ("", ""),
    ("Meeting booked for April", ""),
])
def test_status_by_leading_words(raw, status):
    assert status_of(raw) == status


def test_status_sequence():
    assert status_words("Complete Complete In progress") == ["complete", "complete", "in_progress"]
