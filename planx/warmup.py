"""Getting a process ready to convert: what the first conversion would load lazily, loaded now.

Used by the batch runner before it forks its workers (planx/batch.py) and by the Dask worker
plugin on each worker (planx/daskwarm.py); a module of its own, below both, so that neither
imports the other.
"""
from __future__ import annotations

from collections.abc import Iterable


def warm_up(suffixes: Iterable[str] = ()) -> None:
    """Load what the first conversion would load lazily (the word-frequency table, and the
    parsers for these file suffixes with their libraries) once, in the parent before forking,
    so forked workers share it instead of each loading it."""
    try:
        from planx.normalise import lexicon
        lexicon.zipf("plan")
    except Exception:  # only an optimisation
        pass
    try:
        from planx.extract import preload
        preload(suffixes)
    except Exception:  # a parser's library missing: the file itself will say so
        pass
