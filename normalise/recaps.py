"""One action printed twice, read once. Three readers weigh an action against an earlier printing of it,
each by the one test `alike` (the same words, the same numbers, no other lead or date), with its own
conditions besides, named where the reader is:

- drop_recaps: a narrative report that first recaps its plan's actions in a list ('The ten
  recommendations were: 1. Restore the ending fund balance …') and later tracks the same actions in a
  table, each row saying how it stands ('Restore the ending fund balance … | June 2024: In progress.').
  The list is the recap, the table the plan: an item of the text that says nothing of who, when or how
  it stands, and whose words a tracked table row prints again, is that row's duplicate.
- drop_repeats: an action the text prints again later (a minute's actions listed under each item, then
  all of them again in an 'Action log' at its end): one action, read where it was first set.
- drop_table_repeats: a later table printing an earlier table's rows again whole (a minute's 'Action
  summary' copying its review of actions, update and all).
- drop_summary_rows: a table listing in brief the actions another table sets out with their steps (a
  workbook's overview sheet, one row a goal, beside a sheet per theme giving each goal's tasks): the
  brief row is the summary, the row with the steps the action, wherever each stands.

The repeats go aside (nothing lost) and a warning says how many went; fewer than RECAP_MIN_DUPLICATES
are kept (one alike pair may be two actions worded alike)."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz import fuzz

from planx.normalise.records import Action
from planx.normalise.text import fold, words_over
from planx.normalise.vocab import EARLIER_ACTIONS_HEADINGS

# how alike (rapidfuzz ratio of the folded words) two printings of one action are
RECAP_SIMILARITY = 92.0
# the fewest repeats that make a list a recap, a log or a copy (one alike pair may be chance)
RECAP_MIN_DUPLICATES = 2
REPEAT_WORDS = 5  # words an action has at least for its second printing in the text to count as a repeat
_NUMBER = re.compile(r"\d+")


# ---- when two action records are one action printed twice -------------------------------------------

_ALNUM_RUN = re.compile(r"[^\W_]+")  # \w less '_' is exactly str.isalnum, character by character


@lru_cache(maxsize=16384)
def _words(text: str) -> str:
    """The folded text's runs of letters and digits, one space between (one regex pass, not a
    Python step per character: a megabyte cell costs milliseconds)."""
    return " ".join(_ALNUM_RUN.findall(fold(text)))


def alike_words(later: Action, first: Action, *, numbers: bool = True) -> bool:
    """Are the two actions worded as one: their folded words alike by rapidfuzz's ratio (at least
    RECAP_SIMILARITY: case, stops and a letter or two may differ) and, with `numbers`, the same numbers
    in the same order ('Complete step 110 of the plan', '… step 111 …' are two actions worded alike)?"""
    key, other = _words(later.action), _words(first.action)
    return fuzz.ratio(key, other) >= RECAP_SIMILARITY \
        and (not numbers or _NUMBER.findall(key) == _NUMBER.findall(other)) \
        and not _word_swapped(key, other)


# how alike a word of one printing must be to a word of the other to be the same word misspelt
# ('orginal' / 'original'); a word nothing in the other printing comes near is another word
SAME_WORD_SIMILARITY = 80.0


def _word_swapped(key: str, other: str) -> bool:
    """Does one printing name a thing the other does not, a whole word swapped for another ('Expand
    the Leesburg town page …' / 'Expand the Middleburg town page …', 'Build the Mother's Day hub' /
    '… Father's Day hub'): sibling actions worded alike, not one action printed twice? A word of
    either that no word of the other comes near (SAME_WORD_SIMILARITY) says so."""
    mine, theirs = set(key.split()), set(other.split())
    for a, b in ((mine - theirs, theirs), (theirs - mine, mine)):
        for word in a:
            if len(word) >= 4 and not any(fuzz.ratio(word, w) >= SAME_WORD_SIMILARITY for w in b):
                return True
    return False


def _same_or_unsaid(later: str, first: str) -> bool:
    return not later.strip() or _words(later) == _words(first)


def says_no_other(later: Action, first: Action, *, due: bool = True) -> bool:
    """Does the later printing name no other lead than the first (the same words, or none) and, with
    `due`, no other due date? One naming another lead or date is another action worded alike."""
    return _same_or_unsaid(later.lead, first.lead) and (not due or _same_or_unsaid(later.due_raw, first.due_raw))


def alike(later: Action, first: Action, *, numbers: bool = True, due: bool = True) -> bool:
    """Are two action records one action printed twice? The evidence: its words (alike_words: rapidfuzz
    ratio of the folded words, and with `numbers` the same numbers) and what the later printing says of
    who and when (says_no_other: the same lead or none, with `due` the same due date or none).

    The readers of a sequence of printings (_later_printings) take the two parts in turn: a printing is
    weighed against the first earlier one worded as it is (alike_words), and is its repeat only when it
    says no other lead or date than that one (says_no_other)."""
    return alike_words(later, first, numbers=numbers) and says_no_other(later, first, due=due)


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


def _later_printings(actions: list[Action], weighed: Callable[[Action], bool],
                     pairs: Callable[[Action, Action], bool], repeats: Callable[[Action, Action], bool],
                     *, due: bool) -> list[Action]:
    """The weighed actions (of REPEAT_WORDS words or more) that print an earlier one again: each is
    weighed against the first earlier printing that `pairs` with it and is worded as it is (alike_words);
    it is that one's repeat when it says no other lead (nor, with `due`, date) than it (says_no_other)
    and `repeats` holds; else it is a first printing of its own, for later ones to repeat."""
    firsts: list[Action] = []
    found: list[Action] = []
    for a in actions:
        if not weighed(a) or not a.action or not words_over(_words(a.action), REPEAT_WORDS - 1):
            continue
        first = next((f for f in firsts if pairs(a, f) and alike_words(a, f)), None)
        if first is not None and says_no_other(a, first, due=due) and repeats(a, first):
            found.append(a)
        else:
            firsts.append(a)
    return found


# ---- a recap in the text of the actions a table tracks ------------------------------------------------

def _says_how(a: Action) -> bool:
    return bool(a.lead or a.responsible or a.due_raw or a.status_raw or a.rag_raw or a.progress or a.milestones
                or a.ratings)


def _tracked_row(a: Action) -> bool:
    """A table's row saying who, when or how its action stands: what a recap's item repeats."""
    return bool(a.table and a.action) and _says_how(a)


def _bare_item(a: Action) -> bool:
    """An item of the text saying nothing of who, when or how it stands: what a recap lists."""
    return not a.table and bool(a.action) and not _says_how(a)


def drop_recaps(actions: list[Action], aside: Callable[[Action, str], None], warnings: list[str]) -> list[Action]:
    """The actions without the text's bare items that a tracked table row prints again (see the module):
    each item weighed against every tracked row by `alike`, its words alone (numbers not weighed; a bare
    item names no lead or date), when there are at least RECAP_MIN_DUPLICATES tracked rows."""
    tracked = [a for a in actions if _tracked_row(a)]
    if len(tracked) < RECAP_MIN_DUPLICATES:
        return actions
    dupes = [a for a in actions if _bare_item(a) and any(alike(a, row, numbers=False) for row in tracked)]
    return _without_repeats(actions, dupes, aside, warnings,
                            "an item of the text that a tracked table row prints again with how it stands (a "
                            "recap, not an action)",
                            f"{len(dupes)} action(s) read from the text left out: a table later in the document "
                            f"tracks the same actions with how each stands (the text recaps them)")


# ---- an action the text prints again ------------------------------------------------------------------

def reviews_earlier_actions(heading: str) -> bool:
    """Does the heading review an earlier meeting's actions ('Actions from last meeting', 'Matters
    arising') (vocab.EARLIER_ACTIONS_HEADINGS)?"""
    folded = fold(heading)
    return any(words in folded for words in EARLIER_ACTIONS_HEADINGS)


def _set_before(a: Action) -> bool:
    """Is the action printed under a heading that reviews an earlier meeting's actions ('Actions from
    last meeting')? Its later printing sets it again (rolled over), a second action, not a recap."""
    return reviews_earlier_actions(f"{a.area} {a.objective}")


def _in_text(a: Action) -> bool:
    return not a.table


def _any_earlier(later: Action, first: Action) -> bool:
    return True


def _not_rolled_over(later: Action, first: Action) -> bool:
    """The first printing was not under a review of an earlier meeting's actions (_set_before): the
    later one does not set it again."""
    return not _set_before(first)


def drop_repeats(actions: list[Action], aside: Callable[[Action, str], None], warnings: list[str]) -> list[Action]:
    """The actions without the text's later printings of an action read from it before: `alike` (the
    same words and numbers, saying no other lead or date), the first not set before (_not_rolled_over),
    at least RECAP_MIN_DUPLICATES of them. Table rows are each their own; only the text's are weighed."""
    repeats = _later_printings(actions, _in_text, _any_earlier, _not_rolled_over, due=True)
    return _without_repeats(actions, repeats, aside, warnings,
                            "an action the text printed before, printed again (a log or summary repeating it)",
                            f"{len(repeats)} action(s) printed again later in the text (a log or summary repeating "
                            f"the actions set before) counted once, where first set; the repeats kept aside")


# ---- a table copying an earlier table's rows ----------------------------------------------------------

def _printed_ref(a: Action) -> str:
    """The row's own reference as printed ('Feb23.03'): its ref, or what a table without a reference
    heading read as its date cell (the same cell printed in a summary's first column)."""
    # (a due cell read as a date is a date, not a reference: two plans' rows due 'Oct-25' are not copies)
    return _words(a.ref or ("" if a.due_date else a.due_raw))


def _in_a_table(a: Action) -> bool:
    return bool(a.table)


def _other_table(later: Action, first: Action) -> bool:
    return later.table != first.table


def _copied_whole(later: Action, first: Action) -> bool:
    """The later row prints the first's update word for word, or its printed reference (_printed_ref):
    a copy of the row, not the action set again (a row rolled over is printed anew, without its old
    update)."""
    return (bool(later.progress.strip()) and _words(later.progress) == _words(first.progress)) \
        or (bool(_printed_ref(first)) and _printed_ref(later) == _printed_ref(first))


def drop_table_repeats(actions: list[Action], aside: Callable[[Action, str], None],
                       warnings: list[str]) -> list[Action]:
    """The actions without the rows of a later table that print an earlier table's rows again whole (a
    minute's 'Action summary' copying the rows of its review of actions, update and all): `alike` (the
    same words and numbers, the same lead or none; the due date not weighed), at least REPEAT_WORDS
    words, from another table (_other_table), and copied whole (_copied_whole). At least
    RECAP_MIN_DUPLICATES copies; the copies go aside (nothing lost), a warning says how many."""
    repeats = _later_printings(actions, _in_a_table, _other_table, _copied_whole, due=False)
    return _without_repeats(actions, repeats, aside, warnings,
                            "a table row printing an earlier table's row again whole (a summary copying it)",
                            f"{len(repeats)} table row(s) printing an earlier table's rows again whole (a summary "
                            f"copying them) counted once, where first printed; the copies kept aside")


# ---- a summary table listing actions another table sets out with their steps --------------------------

def drop_summary_rows(actions: list[Action], aside: Callable[[Action, str], None],
                      warnings: list[str]) -> list[Action]:
    """The actions without the rows of a table that lists in brief what another table sets out with its
    steps: a row with no milestones, `alike` a row of another table that has milestones (the same words
    and numbers, the same lead or none; the due date not weighed), is its summary, whether the summary
    comes first (an overview sheet) or last. At least RECAP_MIN_DUPLICATES of them; the summary rows go
    aside (nothing lost), a warning says how many."""
    detailed = [a for a in actions if a.table and a.milestones and a.action
                and words_over(_words(a.action), REPEAT_WORDS - 1)]
    if len(detailed) < RECAP_MIN_DUPLICATES:
        return actions
    summaries = [a for a in actions if a.table and not a.milestones and a.action
                 and words_over(_words(a.action), REPEAT_WORDS - 1)
                 and any(d.table != a.table and alike(a, d, due=False) for d in detailed)]
    return _without_repeats(actions, summaries, aside, warnings,
                            "a summary table's row listing an action another table sets out with its steps",
                            f"{len(summaries)} row(s) of a summary table counted once, where another table sets "
                            f"each action out with its steps (milestones); the summary rows kept aside")
