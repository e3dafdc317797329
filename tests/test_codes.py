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
    # a greyscale scan's greys of green, amber and red, a dark grey band: no rating
    ("#6f6f6f", ""), ("#bcbcbc", ""), ("#4b4b4b", ""), ("#595959", ""),
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


# ---- RAG and status as real trackers and performance reports print them -------------------

@pytest.mark.parametrize("raw, rag", [
    ("RAG: Amber", "amber"), ("Overall RAG status - G", "green"), ("Rated amber", "amber"),
    ("Blue - complete", "blue"), ("Completed (Green)", "green"), ("On track - green", "green"),
    ("AMBER - some slippage, mitigation in place", "amber"), ("Amber (on track)", "amber"),
    ("Amber/Green - improving", "amber_green"), ("Green/Amber", "amber_green"),
    ("RAG status", ""),  # a label alone gives no rating
    ("Green spaces strategy agreed with partners and the community group", ""),  # a comment, not a rating
    ("Reds and greens", ""),
])
def test_rag_in_real_cells(raw, rag):
    assert rag_of(raw) == rag


def test_a_key_written_colour_first():
    assert rag_key("Key: Red = 1, Amber = 2, Green = 3") == {"1": "red", "2": "amber", "3": "green"}
    assert rag_key("Version 1.2 - Green") == {}


@pytest.mark.parametrize("raw, status", [
    ("Off track", "delayed"), ("Some slippage", "delayed"), ("Significant concerns", "delayed"),
    ("Partially achieved", "in_progress"), ("Not achieved", "delayed"), ("Not met", "delayed"),
    ("Completed (Green)", "complete"), ("Exceeded", "complete"), ("Not yet due", "not_started"),
    ("Not complete - awaiting sign off", "in_progress"), ("Deferred to 2025/26", "delayed"),
    ("✓", "complete"), ("✔ Done", "complete"),
    ("✗", ""),  # a cross says only "not done": no one status
])
def test_status_in_real_cells(raw, status):
    assert status_of(raw) == status


def test_a_negated_status_is_not_read_as_its_word():
    assert status_words("Not achieved") == ["delayed"]
    assert status_words("Partially achieved") == ["in_progress"]


@pytest.mark.parametrize("raw", ["not done", "Not done", "Not yet done"])
def test_an_action_logs_not_done_is_not_started(raw):
    # a log's free-text state: 'not done' negates 'done', so the action has not been started
    assert status_of(raw) == "not_started"
