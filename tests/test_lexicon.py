"""The word-frequency cache behind the split-word repair gives wordfreq's own figures."""
import pytest
from wordfreq import zipf_frequency

from planx.normalise import lexicon

PLAN_WORDS = ["management", "caseload", "permanence", "safeguarding", "the", "conferences"]


@pytest.fixture
def fresh_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANX_CACHE", str(tmp_path))
    lexicon.reset()
    yield tmp_path
    lexicon.reset()


def test_values_match_wordfreq(fresh_cache):
    for word in PLAN_WORDS:
        assert lexicon.zipf(word) == zipf_frequency(word, "en") >= lexicon.FLOOR
    assert lexicon.zipf("nagement") == 0.0  # a clipped piece is no word
    assert lexicon.cache_path().is_file()


def test_rare_words_count_as_unknown(fresh_cache):
    rare = "timescales"  # 2.46: rarer than FLOOR
    assert 0 < zipf_frequency(rare, "en") < lexicon.FLOOR
    assert lexicon.zipf(rare) == 0.0


def test_cache_is_reused_then_rebuilt_when_damaged(fresh_cache):
    lexicon.zipf("plan")
    path = lexicon.cache_path()
    path.write_text(path.read_text(encoding="utf-8")[:5000], encoding="utf-8")  # a truncated file
    lexicon.reset()
    assert lexicon.zipf("management") == zipf_frequency("management", "en")
    assert "management" in path.read_text(encoding="utf-8")


def test_unwritable_cache_still_works(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("PLANX_CACHE", str(blocker / "sub"))  # cannot make a folder under a file
    lexicon.reset()
    try:
        assert lexicon.zipf("caseload") == zipf_frequency("caseload", "en")
    finally:
        lexicon.reset()


def test_every_word_of_the_cache_is_found_by_bisection(fresh_cache):
    lines = lexicon._table()
    assert lines == sorted(lines)
    for line in lines[::97]:
        word, value = line.split("\t")
        assert lexicon.zipf(word) == float(value) >= lexicon.FLOOR
        assert lexicon.zipf(word + "qq") == 0.0  # a neighbour in the sorted list is no match
