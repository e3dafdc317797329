"""Pair the actions (and milestones) of two versions one-to-one.

Text similarity is rapidfuzz's batch scorer (`process.cdist`, C++ loops, no Python double
loop) taking max(ratio, token_sort_ratio): ratio keeps word order, token_sort_ratio
forgives re-ordered phrases. Area and position only break near-ties (a few points), so a
reworded action that moved still pairs with itself. The assignment maximises the total
score over all pairs at once (scipy's linear_sum_assignment, the Hungarian method), so a
greedy early match can't steal the partner of a later, better-matching action.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from planx.normalise.text import fold

# below this text similarity two actions are different actions (one removed, one added);
# generated and real plans reuse phrasing ("… so that plans are reviewed …"), which puts
# unrelated actions of one plan at 40-65, while rewordings stay above 70
MIN_SIMILARITY = 68.0
AREA_BONUS = 4.0  # same area number: a tie-breaker, not a reason to pair
POSITION_BONUS = 4.0  # same relative place in the plan, fading to 0 a quarter of the plan away
MILESTONE_MIN = 60.0  # milestones are short ("Roll-out to all teams"): a looser bar
WELL_PAIRED = 80.0  # a text this alike to some other needs no extension check
MIN_SHARE = 0.25  # an extension keeps at least this share of its text from the original
SURE_MARGIN = 12.0  # this far above the minimum, text alone pairs
MIN_SUPPORT = 1.0  # otherwise: support points needed (area / place)


@dataclass(frozen=True)
class Pair:
    old: int  # index into the old list
    new: int  # index into the new list
    similarity: float  # text similarity 0-100


def _sorted_words(texts: list[str]) -> list[str]:
    return [" ".join(sorted(t.split())) for t in texts]


def text_matrix(old: Sequence[str], new: Sequence[str], workers: int = 1) -> np.ndarray:
    """Similarity 0-100 of every old text to every new text (texts folded first)."""
    a = [fold(t) for t in old]
    b = [fold(t) for t in new]
    if not a or not b:
        return np.zeros((len(a), len(b)), dtype=np.float32)
    ratio = process.cdist(a, b, scorer=fuzz.ratio, dtype=np.float32, workers=workers)
    # token_sort_ratio is ratio of the word-sorted texts: sorting once per text here is
    # several times faster than letting the scorer re-sort for every pair
    tsort = process.cdist(_sorted_words(a), _sorted_words(b), scorer=fuzz.ratio, dtype=np.float32, workers=workers)
    sim: np.ndarray = np.maximum(ratio, tsort)
    _extensions(a, b, sim)
    return sim


def _extensions(a: list[str], b: list[str], sim: np.ndarray) -> None:
    """Raise the similarity of a short action and its extension ("Revise the tracker" →
    "Revise the tracker, working with the courts"): ratio punishes the added clause by
    its length. Only texts with no good partner are checked, so this stays cheap."""
    rows = np.flatnonzero(sim.max(axis=1) < WELL_PAIRED)
    cols = np.flatnonzero(sim.max(axis=0) < WELL_PAIRED)
    if not rows.size or not cols.size:
        return
    words_b = {int(j): set(b[j].split()) for j in cols}
    for i in rows:
        wa = set(a[i].split())
        for j in cols:
            wb = words_b[int(j)]
            short, long_ = (a[i], b[j]) if len(a[i]) <= len(b[j]) else (b[j], a[i])
            share = len(short) / max(len(long_), 1)
            if min(len(wa), len(wb)) >= 3 and share >= MIN_SHARE and (wa <= wb or wb <= wa):
                sim[i, j] = max(sim[i, j], 70.0 + 30.0 * share)


def position_matrix(n_old: int, n_new: int) -> np.ndarray:
    """1 where two items sit at the same relative place in their lists, 0 a quarter apart."""
    ro = (np.arange(n_old) + 0.5) / max(n_old, 1)
    rn = (np.arange(n_new) + 0.5) / max(n_new, 1)
    return np.clip(1.0 - 4.0 * np.abs(ro[:, None] - rn[None, :]), 0.0, 1.0)


def area_matrix(old: Sequence[str], new: Sequence[str]) -> np.ndarray:
    a = np.array([fold(x) for x in old], dtype=object)
    b = np.array([fold(x) for x in new], dtype=object)
    if not len(a) or not len(b):
        return np.zeros((len(a), len(b)))
    same = (a[:, None] == b[None, :]) & (a[:, None] != "")
    return same.astype(np.float32)


def assign(sim: np.ndarray, support: np.ndarray, minimum: float) -> list[Pair]:
    """Optimal one-to-one pairs; pairs whose text similarity is under `minimum` are dropped."""
    if sim.size == 0:
        return []
    from scipy.optimize import linear_sum_assignment  # here: `planx convert` needn't load scipy
    # a borderline text match needs some support (same area or nearby place) to count
    ok = (sim >= minimum + SURE_MARGIN) | ((sim >= minimum) & (support >= MIN_SUPPORT))
    score = np.where(ok, sim + support, 0.0)
    rows, cols = linear_sum_assignment(score, maximize=True)
    return [Pair(int(i), int(j), round(float(sim[i, j]), 1)) for i, j in zip(rows, cols, strict=True) if ok[i, j]]


def pair_texts(old: Sequence[str], new: Sequence[str], old_areas: Sequence[str] = (),
               new_areas: Sequence[str] = (), minimum: float = MIN_SIMILARITY,
               workers: int = 1) -> list[Pair]:
    """Pairs of old and new texts (actions), most alike overall, with area and place as support."""
    sim = text_matrix(old, new, workers)
    support = POSITION_BONUS * position_matrix(len(old), len(new))
    if old_areas and new_areas:
        support = support + AREA_BONUS * area_matrix(old_areas, new_areas)
    return sorted(assign(sim, support, minimum), key=lambda p: p.new)


def pair_milestones(old: Sequence[str], new: Sequence[str]) -> list[Pair]:
    """Milestones of one paired action, by text with position as support.

    No pairing by position alone: a milestone replaced by another is a removal and an
    addition, not a silent rename.
    """
    pairs = assign(text_matrix(old, new), 4.0 * position_matrix(len(old), len(new)), MILESTONE_MIN)
    return sorted(pairs, key=lambda p: p.new)
