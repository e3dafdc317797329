"""Property-based tests (hypothesis) on the normalise/ rules: they never raise on any string,
and they never lose text — every word of the input ends up in some output field or in the
kept-aside leftovers."""
from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planx.extract.text import parse_lines
from planx.normalise import normalise
from planx.normalise.codes import rag_of, status_of, status_words
from planx.normalise.dates import due_date, find_dates
from planx.normalise.headers import classify, read_header
from planx.normalise.milestones import split_numbered
from planx.normalise.text import clean, fix_lookalikes, fold, html_items, join_split_word

ISO = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")
STATUS = {"", "complete", "in_progress", "not_started", "ongoing", "delayed", "cancelled"}
RAG = {"", "red", "amber", "green", "blue", "red_amber", "amber_green"}
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# words a plan is made of: plain words, headings, dates, statuses, RAG, numbers, look-alikes
VOCAB = ["Action", "Lead", "Timescale", "Status", "RAG", "Area", "Priority", "Outcome", "Objective",
         "Progress", "Measure", "Target date", "Milestones", "Review", "the", "policy", "with", "partners",
         "Complete", "In progress", "Not started", "Red", "Amber", "Green", "G", "A", "R", "1.", "2.", "3.",
         "May 2016", "Apr-15", "30/06/2013", "2014", "March", "Ongoing", "TBC", "Ann Lee", "Jo Smith",
         "•", "-", "o", "&amp;", "<p>", "</p>", "<li>", "improve", "ment", "attendanc", "ce", "2a", "I.",
         "ОВЈЕСТІVЕ", "Аmber", "Improvement plan", "KEY", "1 = Red", "Indicator Title", "Performance this Period"]
words = st.one_of(st.sampled_from(VOCAB), st.from_regex(r"[A-Za-z]{1,12}", fullmatch=True))
separators = st.sampled_from([" ", "  ", "\n", " ; ", ", ", ". ", " - ", "\t"])


@st.composite
def plan_text(draw: st.DrawFn, max_words: int = 12) -> str:
    parts = draw(st.lists(st.tuples(words, separators), max_size=max_words))
    return "".join(w + s for w, s in parts).strip("\t")


any_text = st.one_of(st.text(max_size=200), plan_text())


def words_of(text: str) -> list[str]:
    return fold(text).split()


def visible(text: str) -> str:
    """What a reader sees in a cell: HTML tags are markup, not content."""
    items = html_items(text)
    return text if items is None else " ".join(items)


# ---- never raise, and stay inside their enums --------------------------------------------

@FAST
@given(any_text, st.one_of(st.none(), st.integers(1900, 2100)))
def test_date_rules_never_raise_and_give_iso(text, year):
    assert all(1 <= d.year <= 9999 for d in find_dates(text, year))
    assert ISO.match(due_date(text, year))


@FAST
@given(any_text)
def test_code_rules_never_raise_and_stay_in_their_enums(text):
    assert status_of(text) in STATUS
    assert set(status_words(text)) <= STATUS
    assert rag_of(text) in RAG and rag_of(text, {"1": "red", "2": "amber"}) in RAG


@FAST
@given(any_text)
def test_header_rules_never_raise(text):
    name, score, _ = classify(text)
    assert 0 <= score <= 100 and (name or score == 0)
    read_header([(0, 1, text), (1, 1, "Lead"), (2, 1, text)])


# ---- never lose text -------------------------------------------------------------------

@FAST
@given(any_text)
@example("o  o\no")
@example("AA\na")
@example("<p>Review</p> the &amp; <li>plan")
def test_clean_keeps_every_word(text):
    out = words_of(clean(text))
    # a bullet ('•', '-', or Word's 'o' item marker) and markup are not words; a word a narrow
    # column broke over two lines is joined again ('Commentar' / 'y' → 'Commentary', 'attendanc' /
    # 'ce' → 'attendance': a clipped letter at the cut may go), so it lives on inside the joined word
    for w in words_of(visible(text).replace("&", " ")):
        assert w in out or w == "o" or ("\n" in text and _inside_a_joined_word(w, out)), (w, clean(text))


def _inside_a_joined_word(word: str, out: list[str]) -> bool:
    return any(piece and piece in o for o in out for piece in (word, word[:-1], word[1:]))


@FAST
@given(any_text)
def test_fix_lookalikes_keeps_length_and_latin_text(text):
    fixed = fix_lookalikes(text)
    assert len(fixed) >= len(text)  # a look-alike becomes one letter; a ligature two or three
    assert fix_lookalikes(fixed) == fixed
    if text.isascii():
        assert fixed == text


@FAST
@given(plan_text(6), plan_text(6))
def test_join_split_word_keeps_all_but_the_cut_word(left, right):
    joined = words_of(join_split_word(left, right))
    lw, rw = words_of(left), words_of(right)
    # the word at the cut may be repaired ('attendanc' + 'ce' → 'attendance'); the others stay
    for w in lw[:-1] + rw[1:]:
        assert w in joined, (w, left, right)
    if lw and rw:
        assert len(join_split_word(left, right)) >= len(left.strip()) + len(right.strip()) - 2


@FAST
@given(plan_text(16))
@example("1. Review the plan 2. Agree it 3. Publish")
@example("Draft 2. Consult 3. Sign off")
@example("A. B. Action ")
def test_split_numbered_items_hold_every_word(text):
    items = split_numbered(text)
    if items is None:
        return
    got = words_of(" ".join(t for _, t in items))
    numbers = {str(n) for n in range(100)} | {"i", "l"}
    # a lettered or roman item marker ('a.', 'b)', 'iv.') is numbering too, not a word to keep
    markers = {m.lower() for m in re.findall(r"(?<![\w.])\(?([A-Za-z]|[ivxIVX]{1,4})[.)]", text)}
    for w in words_of(text):
        assert w in got or w in numbers or w in markers, (w, items)


# ---- whole documents: every input word in a field, a leftover or the structure read ------

cells = st.one_of(words, plan_text(5), st.just(""),
                  st.text(st.characters(blacklist_categories=["Cc", "Cs"]), max_size=20))
rows = st.lists(cells, min_size=1, max_size=7).map("\t".join)
lines = st.lists(st.one_of(rows, rows, plan_text(6), st.just(""),
                           st.just("Action\tLead\tTimescale\tStatus\tRAG"),
                           st.just("Area\tAction\tOutcome\tTarget date\tProgress")), max_size=25)


@SLOW
@given(lines)
@example(["Action\tLead\tTimescale", "Review the policy\tAnn Lee\tMay 2016", "\tJo Smith\t"])
@example(["Area\tAction\tOutcome\tTarget date\tProgress", "0\t", "0A\t"])  # a row's own reference, no action
@example(["Action", "Action\tLead\tTimescale\tStatus\tRAG", "Action\tAction\nf "])  # a lone letter after a break
@example(["Action", "Action\tLead\tTimescale\tStatus\tRAG", "\tAA\nb "])  # no two-letter 'repair' ('Ab')
@example(["Action", "Action\tLead\tTimescale\tStatus\tRAG", "Action\tAction\nb "])  # 'b' is no stray letter
@example(["Action", "\tAction\tTimescale", "Action\tAction", "Lead\t"])  # a capitalised word is no reference
@example(["Action", "Action\tLead", "Action\t1 = Red\nb "])  # 'Red' + 'b' is no clipped 'Reb'
def test_whole_documents_lose_no_text(doc_lines):
    result = normalise(parse_lines(doc_lines, name="p.txt"))
    assert result.status in ("ok", "partial", "failed")
    assert result.text_accounted is None or result.text_accounted == 100.0, (result.text_accounted, doc_lines)


@FAST
@given(st.one_of(any_text, plan_text(), st.text(alphabet="aZ ОВΑЕ\u00a0\u00a8\u0301ﬁ½–_.?\x1c\r\t\n", max_size=40)))
@example("Ж\rАВ")
def test_fold_words_word_by_word_equals_folding_the_whole_text(text):
    """fold_words folds the words holding non-ASCII characters one by one: the same words,
    in the same order, as look-alikes + NFKC + casefold + punctuation over the whole text."""
    import unicodedata

    from planx.normalise.text import fold_words
    whole = unicodedata.normalize("NFKC", fix_lookalikes(text)).casefold()
    assert fold_words(text) == re.sub(r"[^\w\s]|_", " ", whole).split()


@FAST
@given(st.one_of(any_text, st.text(alphabet="janFEBsepMAYdecOCT ſıİ\u212a–1", max_size=20)))
@example("ſep")
def test_has_month_answers_as_the_month_regex(text):
    from planx.normalise import dates
    assert dates.has_month(text) == bool(dates._HAS_MONTH.search(text))


@FAST
@given(st.sets(st.text(alphabet="abc", min_size=1, max_size=4), min_size=1, max_size=8),
       st.text(alphabet="abcAB .", max_size=16))
def test_trie_alternation_matches_as_the_longest_first_alternation(words, text):
    import re as _re

    from planx.normalise.text import trie_alternation
    plain = _re.compile(r"\b(" + "|".join(sorted(words, key=len, reverse=True)) + r")(?=\.|$)", _re.I)
    trie = _re.compile(r"\b(" + trie_alternation(words) + r")(?=\.|$)", _re.I)
    assert [m.span(1) for m in trie.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


_PIECES = st.lists(st.text(alphabet="aZ ОВΑЕ\u00a0ﬁ–_.?1\t\n", max_size=12), max_size=6)


@FAST
@given(_PIECES, _PIECES, st.lists(st.booleans(), max_size=6))
@example(["ОВ"], ["ОВ", "a"], [True])
def test_the_quick_all_found_never_says_more_than_the_full_count(texts, others, keep):
    """all_found (which folds only the input texts that are not output texts as they stand)
    answers True only when folding everything finds every word, in its own look-alike context,
    as an output word or part of one."""
    from planx.normalise.accounting import all_found
    from planx.normalise.text import fold_bytes
    outputs = [t for t, k in zip(texts, keep, strict=False) if k] + others
    words = fold_bytes("\n".join(texts))
    out_words = fold_bytes("\n".join(set(outputs)))
    full = bool(words) and all(w in out_words or w in b"|" + b"|".join(out_words) + b"|" for w in words)
    assert not all_found(texts, outputs) or full


@FAST
@given(st.one_of(any_text, st.text(alphabet="<>&;/#pbrliamp1 x", max_size=30)))
@example("a &amp; b")
@example("<b\nc>")
def test_looks_like_html_answers_as_a_search_for_the_hint(text):
    from planx.normalise.text import _HTML_HINT, looks_like_html
    assert looks_like_html(text) == (_HTML_HINT.search(text) is not None)
