"""A narrative report that first recaps its plan's actions in a list ('The ten recommendations were:
1. Restore the ending fund balance …') and later tracks the same actions in a table, each row saying
how it stands ('Restore the ending fund balance … | June 2024: In progress. …'). The list is the
recap, the table the plan: an action read from the text that says nothing of who, when or how it
stands, and whose words a tracked table row prints again, is that row's duplicate. It goes aside
(nothing lost) and a warning says how many went."""
from __future__ import annotations

from collections.abc import Callable

from rapidfuzz import fuzz

from planx.normalise.records import Action
from planx.normalise.text import fold

# how alike (rapidfuzz ratio of the folded texts) a recap's item and a tracked row's action must be
RECAP_SIMILARITY = 92.0
# the fewest duplicates that make a list a recap of a table (one alike pair may be chance)
RECAP_MIN_DUPLICATES = 2


def _says_how(a: Action) -> bool:
    return bool(a.lead or a.responsible or a.due_raw or a.status_raw or a.rag_raw or a.progress or a.milestones
                or a.ratings)


def _words(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in fold(text)).split())


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
