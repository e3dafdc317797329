"""A narrative report that first recaps its plan's actions in a list ('The ten recommendations were:
1. Restore the ending fund balance …') and later tracks the same actions in a table, each row saying
how it stands ('Restore the ending fund balance … | June 2024: In progress. …'). The list is the
recap, the table the plan: an action read from the text that says nothing of who, when or how it
stands, and whose words a tracked table row prints again, is that row's duplicate. It goes aside
(nothing lost) and a warning says how many went."""
from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz import fuzz

from planx.normalise.records import Action
from planx.normalise.text import fold, words_over
from planx.normalise.vocab import EARLIER_ACTIONS_HEADINGS

# how alike (rapidfuzz ratio of the folded texts) a recap's item and a tracked row's action must be
RECAP_SIMILARITY = 92.0
# the fewest duplicates that make a list a recap of a table (one alike pair may be chance)
RECAP_MIN_DUPLICATES = 2


def _says_how(a: Action) -> bool:
    return bool(a.lead or a.responsible or a.due_raw or a.status_raw or a.rag_raw or a.progress or a.milestones
                or a.ratings)


_ALNUM_RUN = re.compile(r"[^\W_]+")  # \w less '_' is exactly str.isalnum, character by character


def _words(text: str) -> str:
    """The folded text's runs of letters and digits, one space between (one regex pass, not a
    Python step per character: a megabyte cell costs milliseconds)."""
    return " ".join(_ALNUM_RUN.findall(fold(text)))


def drop_recaps(actions: list[Action], aside: Callable[[Action, str], None], warnings: list[str]) -> list[Action]:
    """The actions without the text's bare items that a tracked table row repeats (see the module)."""
    tracked = [_words(a.action) for a in actions if a.table and a.action and _says_how(a)]
    if len(tracked) < RECAP_MIN_DUPLICATES:
        return actions
    dupes = [a for a in actions if not a.table and a.action and not _says_how(a)
             and any(fuzz.ratio(_words(a.action), t) >= RECAP_SIMILARITY for t in tracked)]
    if len(dupes) < RECAP_MIN_DUPLICATES:
        return actions
    why = "an item of the text that a tracked table row prints again with how it stands (a recap, not an action)"
    for a in dupes:
        aside(a, why)
    warnings.append(f"{len(dupes)} action(s) read from the text left out: a table later in the document tracks "
                    f"the same actions with how each stands (the text recaps them)")
    gone = {id(a) for a in dupes}
    return [a for a in actions if id(a) not in gone]


# an action the text prints again later, word for word (a minute's actions listed under each item, then
# all of them again in an 'Action log' at its end): one action, read where it was first set
REPEAT_WORDS = 5  # words an action has at least for its second printing to count as a repeat (not chance)
_NUMBER = re.compile(r"\d+")


def reviews_earlier_actions(heading: str) -> bool:
    """Does the heading review an earlier meeting's actions ('Actions from last meeting', 'Matters
    arising') (vocab.EARLIER_ACTIONS_HEADINGS)?"""
    folded = fold(heading)
    return any(words in folded for words in EARLIER_ACTIONS_HEADINGS)


def _set_before(a: Action) -> bool:
    """Is the action printed under a heading that reviews an earlier meeting's actions ('Actions from
    last meeting')? Its later printing sets it again (rolled over), a second action, not a recap."""
    return reviews_earlier_actions(f"{a.area} {a.objective}")


def _same_or_unsaid(later: str, first: str) -> bool:
    return not later.strip() or _words(later) == _words(first)


def drop_repeats(actions: list[Action], aside: Callable[[Action, str], None], warnings: list[str]) -> list[Action]:
    """The actions without the text's later printings of an action read from it before: the same words
    (RECAP_SIMILARITY), saying no other lead or date, at least RECAP_MIN_DUPLICATES of them (one alike
    pair may be two actions worded alike). Table rows are each their own; only the text's are weighed."""
    firsts: list[tuple[str, Action]] = []
    repeats: list[Action] = []
    for a in actions:
        if a.table or not a.action:
            continue
        key = _words(a.action)
        if not words_over(key, REPEAT_WORDS - 1):
            continue
        # alike words with other numbers ('step 110', 'step 111') are two actions, not one printed again
        first = next((f for k, f in firsts if fuzz.ratio(key, k) >= RECAP_SIMILARITY
                      and _NUMBER.findall(key) == _NUMBER.findall(k)), None)
        if first is not None and _same_or_unsaid(a.lead, first.lead) and _same_or_unsaid(a.due_raw, first.due_raw) \
                and not _set_before(first):
            repeats.append(a)
        else:
            firsts.append((key, a))
    return _without_repeats(actions, repeats, aside, warnings,
                            "an action the text printed before, printed again (a log or summary repeating it)",
                            f"{len(repeats)} action(s) printed again later in the text (a log or summary repeating "
                            f"the actions set before) counted once, where first set; the repeats kept aside")


def _without_repeats(actions: list[Action], repeats: list[Action], aside: Callable[[Action, str], None],
                     warnings: list[str], why: str, warning: str) -> list[Action]:
    """The actions without the repeats, when there are at least RECAP_MIN_DUPLICATES of them (one alike
    pair may be two actions worded alike): each kept aside with why, and the warning said once."""
    if len(repeats) < RECAP_MIN_DUPLICATES:
        return actions
    for a in repeats:
        aside(a, why)
    warnings.append(warning)
    gone = {id(a) for a in repeats}
    return [a for a in actions if id(a) not in gone]


def _printed_ref(a: Action) -> str:
    """The row's own reference as printed ('Feb23.03'): its ref, or what a table without a reference
    heading read as its date cell (the same cell printed in a summary's first column)."""
    # (a due cell read as a date is a date, not a reference: two plans' rows due 'Oct-25' are not copies)
    return _words(a.ref or ("" if a.due_date else a.due_raw))


def drop_table_repeats(actions: list[Action], aside: Callable[[Action, str], None],
                       warnings: list[str]) -> list[Action]:
    """The actions without the rows of a later table that print an earlier table's rows again whole (a
    minute's 'Action summary' copying the rows of its review of actions, update and all): the same
    words (RECAP_SIMILARITY, same numbers, at least REPEAT_WORDS), the same lead or none, and the same
    update word for word or the same printed reference. A row set again (rolled over) is printed
    anew, not copied with its old update. At least RECAP_MIN_DUPLICATES copies (one alike pair may be
    two actions worded alike); the copies go aside (nothing lost), a warning says how many."""
    firsts: list[tuple[str, Action]] = []
    repeats: list[Action] = []
    for a in actions:
        if not a.table or not a.action:
            continue
        key = _words(a.action)
        if not words_over(key, REPEAT_WORDS - 1):
            continue
        first = next((f for k, f in firsts if f.table != a.table and fuzz.ratio(key, k) >= RECAP_SIMILARITY
                      and _NUMBER.findall(key) == _NUMBER.findall(k)), None)
        copied = first is not None and _same_or_unsaid(a.lead, first.lead) and (
            (bool(a.progress.strip()) and _words(a.progress) == _words(first.progress))
            or (bool(_printed_ref(first)) and _printed_ref(a) == _printed_ref(first)))
        if copied:
            repeats.append(a)
        else:
            firsts.append((key, a))
    return _without_repeats(actions, repeats, aside, warnings,
                            "a table row printing an earlier table's row again whole (a summary copying it)",
                            f"{len(repeats)} table row(s) printing an earlier table's rows again whole (a summary "
                            f"copying them) counted once, where first printed; the copies kept aside")
