"""The one test the readers of repeated actions share (normalise/recaps.alike): when two action records
are one action printed twice. Synthetic records."""
from __future__ import annotations

from planx.normalise.recaps import alike, alike_words, drop_recaps, drop_repeats, drop_table_repeats, says_no_other
from planx.normalise.records import Action

WORDS = "Publish the revised safeguarding policy on the school website"


def test_the_same_words_in_another_case_or_with_a_stop_are_one_action():
    assert alike(Action(action=WORDS.upper() + "."), Action(action=WORDS))
    assert alike_words(Action(action=WORDS.lower()), Action(action=WORDS))


def test_other_words_are_two_actions():
    assert not alike(Action(action="Train every governor in safer recruitment"), Action(action=WORDS))


def test_alike_words_with_other_numbers_are_two_actions_unless_numbers_are_not_weighed():
    first = Action(action="Complete step 110 of the audit plan")
    later = Action(action="Complete step 111 of the audit plan")
    assert not alike(later, first)
    assert alike(later, first, numbers=False)
    assert alike(Action(action="Complete step 110 of the audit plan"), first)


def test_another_lead_is_another_action_none_is_the_same():
    first = Action(action=WORDS, lead="JB")
    assert alike(Action(action=WORDS, lead="jb"), first)
    assert alike(Action(action=WORDS), first)  # the later printing names none
    assert not alike(Action(action=WORDS, lead="KM"), first)
    assert not says_no_other(Action(action=WORDS, lead="KM"), first)


def test_another_due_date_is_another_action_unless_dates_are_not_weighed():
    first = Action(action=WORDS, due_raw="March 2025")
    later = Action(action=WORDS, due_raw="June 2025")
    assert not alike(later, first)
    assert alike(later, first, due=False)
    assert alike(Action(action=WORDS, due_raw=" "), first)
    assert says_no_other(Action(action=WORDS, due_raw="march 2025"), first)


def test_the_three_readers_agree_with_alike():
    other = "Replace the broken fencing along the playing field boundary"
    # the text printing two actions again, one with another lead: that one is its own action
    text = [Action(action=WORDS, lead="JB"), Action(action=other, lead="KM"),
            Action(action=WORDS), Action(action=other, lead="KM"), Action(action=other, lead="PL")]
    kept = drop_repeats(text, lambda a, why: None, [])
    assert kept == [text[0], text[1], text[4]]
    # a later table copying two rows whole (the same update)
    rows = [Action(action=WORDS, progress="Draft ready", table=1), Action(action=other, progress="Quote in", table=1)]
    copies = [Action(action=WORDS, progress="Draft ready", table=2), Action(action=other, progress="Quote in", table=2)]
    assert drop_table_repeats(rows + copies, lambda a, why: None, []) == rows
    # a recap: bare items of the text that tracked rows print again
    tracked = [Action(action=WORDS, status_raw="Done", table=1), Action(action=other, status_raw="Open", table=1)]
    items = [Action(action=WORDS + "."), Action(action=other.upper())]
    assert drop_recaps(items + tracked, lambda a, why: None, []) == tracked
