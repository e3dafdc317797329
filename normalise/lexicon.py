"""How common an English word is (wordfreq's 'best' English list), loaded in milliseconds.

The split-word repair (text.join_split_word) asks how common a few candidate words are.
Importing wordfreq and loading its list costs ~0.45 s per process, a quarter of converting
200 text plans, and every worker of a batch paid it again. So the words it can use, lower
case a-z only and at least `FLOOR` on the Zipf scale, are written once per machine to a
small cache file (about 50,000 words, 0.6 MB), one 'word<TAB>zipf' line per word in
alphabetical order. Reading it back is one split into a sorted list (about 4 ms), and a
word is found by bisection: a dict of the 50,000 words cost 20-30 ms to build in every
process, for the few dozen words a plan asks about. The cache is keyed by wordfreq's data
file, so an upgrade rebuilds it; when it cannot be written the table is built in memory
from wordfreq as before. Rarer words count as unknown (0.0): the repair never accepts a
word under `FLOOR` anyway.
"""
from __future__ import annotations

import importlib.util
import os
import re
import tempfile
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

FLOOR = 2.5  # Zipf 2.5 = about 3 per 10 million words: "caseload" (2.51) is just above
_FORMAT = 2  # bump when the file layout below changes
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=16384)  # a bisection is ~1 µs; the split-word repair asks ~8 times per join
def zipf(word: str) -> float:
    """Zipf frequency of a lower-case a-z word (as wordfreq.zipf_frequency), 0.0 if rarer than FLOOR."""
    lines = _table()
    key = word + "\t"  # the tab sorts before every letter: 'plan\t…' comes before 'plane\t…'
    i = bisect_left(lines, key)
    if i < len(lines) and lines[i].startswith(key):
        return float(lines[i][len(key):])
    return 0.0


def reset() -> None:
    """Forget the loaded table and the answers given (the next question reads the cache file)."""
    zipf.cache_clear()
    _table.cache_clear()


@lru_cache(maxsize=1)
def _table() -> list[str]:
    """The cache's 'word<TAB>zipf' lines, in sorted order."""
    path = cache_path()
    try:
        return _parse(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass  # missing, unreadable or damaged: rebuild it
    text = _build()
    _save(path, text)
    return _parse(text)


def cache_path() -> Path:
    """$PLANX_CACHE, else $XDG_CACHE_HOME/planx, else ~/.cache/planx; one file per installed
    wordfreq (named by its data file's size and time: importlib.metadata.version costs ~40 ms)."""
    base = os.environ.get("PLANX_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "planx")
    return Path(base) / f"wordfreq-en-{_data_stamp()}-{_FORMAT}.tsv"


def _data_stamp() -> str:
    """Size and modification time of wordfreq's English list, found without importing wordfreq."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("wordfreq is not installed (pip install wordfreq)")
    data = Path(next(iter(spec.submodule_search_locations))) / "data" / "large_en.msgpack.gz"
    st = data.stat()
    return f"{st.st_size}-{int(st.st_mtime)}"


def _build() -> str:
    """'word<TAB>zipf' lines in sorted order, then '~<TAB>count' ('~' sorts after a-z) so that a
    truncated file is noticed."""
    from wordfreq import get_frequency_list, zipf_frequency
    found: dict[str, float] = {}
    for bucket in get_frequency_list("en", "best"):
        words = [w for w in bucket if _WORD.fullmatch(w)]
        if not words:
            continue
        value = zipf_frequency(words[0], "en")  # one value per bucket: wordfreq buckets by centibel
        if value < FLOOR:
            break
        for w in words:
            found[w] = value
    lines = [f"{w}\t{found[w]}" for w in sorted(found)]
    return "\n".join(lines) + f"\n~\t{len(lines)}\n"


def _parse(text: str) -> list[str]:
    lines = text.rstrip("\n").split("\n")
    end = lines.pop() if lines else ""
    if end != f"~\t{len(lines)}" or len(lines) < 1000:
        raise ValueError("word-frequency cache truncated or damaged")
    return lines


def _save(path: Path, text: str) -> None:
    """Write atomically (two processes may build it at once); a read-only home is fine."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".words-")
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError:
        pass
