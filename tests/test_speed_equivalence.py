"""The faster forms of hot readers say what the plain forms they replaced said (scripts/bench.py).

status_of looks its vocabulary up instead of scanning it word by word; profile counts each cell's
kinds once (cached per cell) instead of once per kind; classify_line reads a line's text once;
rag_key passes a cell without a figure at once. Each is checked here against the plain form."""
from planx.extract.model import Cell, Row, Table
from planx.normalise.bilingual import english_value, regroup_label_lines
from planx.normalise.blocks import _Line, classify_line
from planx.normalise.codes import _STATUS_KEYS, _WHOSE, rag_key, status_of
from planx.normalise.columns import (
    _MARKS,
    _closed_sentence,
    _rag_letter,
    looks_like_action,
    looks_like_amount,
    looks_like_figure,
    looks_like_link,
    looks_like_person,
    looks_like_priority_level,
    looks_like_rag,
    looks_like_ref,
    looks_like_status,
    looks_like_when,
    names_who,
    profile,
    who_then_when_lines,
)
from planx.normalise.text import fold, squash
from planx.normalise.vocab import STATUS_MARKS, STATUS_WORDS


def _status_by_scan(raw: str) -> str:
    """status_of as it was written: down the status words, longest first."""
    raw = english_value(raw)
    mark = raw.lstrip()[:1]
    if mark in STATUS_MARKS:
        return STATUS_MARKS[mark]
    key = _WHOSE.sub("", fold(raw))
    if not key:
        return ""
    squashed = key.replace(" ", "")
    for word in _STATUS_KEYS:
        if key == word or key.startswith(word + " ") or squashed == word.replace(" ", ""):
            return STATUS_WORDS[word]
    for word in _STATUS_KEYS:
        w = word.replace(" ", "")
        if squashed.startswith(w) and len(w) >= 6:
            return STATUS_WORDS[word]
    return ""


def test_status_lookup_says_what_the_scan_said():
    cells = ["InProgress", "Completed-ongoing", "Complete - reviewed at CSCMT", "In progress but late",
             "Action on hold", "Not yet started", "notstarted", "Completedd", "Complet", "Meeting booked", "✓ done",
             "Task completed on time", "On track / delayed", "Ongoing", "", "   "]
    for word in STATUS_WORDS:  # every word alone, run on, run together, cut short and after another
        cells += [word, word.upper(), f"{word} since May", word.replace(" ", ""), word.replace(" ", "") + "ongoing",
                  word[:6], word[:-1], f"Project {word}", f"{word}-reviewed"]
    for cell in cells:
        assert status_of(cell) == _status_by_scan(cell), cell


def _profile_by_kind(texts: list[str], fills: int = 0) -> dict[str, float]:
    """profile's shares as it counted them: each kind over the whole column in turn."""
    raw = [t for t in texts if t and t.strip()]
    cells = [squash(t) for t in raw]
    n = len(cells) + fills

    def share(test) -> float:
        return sum(1 for t in cells if test(t)) / n

    return dict(
        cells=n, when=share(looks_like_when), person=share(looks_like_person),
        rag=(sum(1 for t in cells if looks_like_rag(t)) + fills) / n, status=share(looks_like_status),
        rag_letters=(sum(1 for t in cells if looks_like_rag(t) or _rag_letter(t)) + fills) / n,
        ref=share(looks_like_ref), action=share(looks_like_action), sentence=share(lambda t: len(t.split()) >= 6),
        figure=share(looks_like_figure), amount=share(looks_like_amount), level=share(looks_like_priority_level),
        fill=fills / n, who=share(names_who), who_when=sum(1 for t in raw if who_then_when_lines(t)) / n,
        link=share(looks_like_link),
        bare=sum(1 for t in cells if not any(ch.isalpha() for ch in t) or _MARKS.match(t)) / max(len(cells), 1),
        words=sum(len(t.split()) for t in cells) / max(len(cells), 1),
        distinct=len({fold(t) for t in cells}), closed=share(_closed_sentence))


def test_profile_counts_each_kind_as_before():
    columns = [
        ["Red", "Green", "A", "B", "Amber/Green - improving", "Complete", "In progress"],
        ["Kevin Brooks\nMarch 2025", "Ann Lee, by Sept 2025", "Head of Service", "SENCO / DHT", "N/A", "-"],
        ["Review the plan by July.", "Contract awarded.", "etc.", "J. Smith", "To ensure every school has a plan"],
        ["1", "2.3", "4b", "45%", "£1,200", "-8,021.0", "x x", "✓", "https://example.org/plan", "High", "Low risk"],
        ["Q3 2025", "Summer term", "Ongoing", "31/03/2026", "2024/25", "", "   "],
    ]
    for texts in columns:
        for fills in (0, 2):
            assert vars(profile(texts, fills)) == _profile_by_kind(texts, fills), texts
    assert profile([], 0).cells == 0
    assert profile([], 3).rag == 1.0  # a column of colour alone


def test_a_line_read_again_gets_figures_of_its_own():
    first, again = _Line("Latest: 78%  Target: 80%  GREEN", 0, 1, 1), _Line("Latest: 78%  Target: 80%  GREEN", 1, 1, 2)
    classify_line(first)
    classify_line(again)
    assert first.kind == again.kind == "figures" and first.rag == "green"
    assert [f.text for f in first.figures] == ["78%", "80%"]
    first.figures[0].text = "changed"  # one line's figures are its own: the other keeps what it read
    first.rest.append("changed")
    assert again.figures[0].text == "78%" and again.rest == []
    rated = _Line("RAG: Amber ↑ Improving", 0, 1, 3)
    classify_line(rated)
    assert (rated.kind, rated.rag, rated.rest) == ("rag", "amber", ["↑ Improving"])


def test_rag_key_needs_a_figure():
    assert rag_key("Red = 1, Amber = 2, Green = 3") == {"1": "red", "2": "amber", "3": "green"}
    assert rag_key("Red, Amber and Green") == {}


def _kv(*pairs: tuple[str, str]) -> Table:
    return Table(rows=[Row([Cell(a, 0), Cell(b, 1)], 1, k + 1) for k, (a, b) in enumerate(pairs)], page=1, index=1)


def test_regrouping_leaves_a_table_it_does_not_regroup_as_it_was():
    table = _kv(("Dyddiad", "30 April 2026"), ("Target date\nCynnydd", "No update"),
                ("Progress\nPerchennog", "J Smith"), ("Owner", ""))
    before = [r.texts() for r in table.rows]
    regrouped = regroup_label_lines(table, lambda text: text in ("Target date", "Progress", "Owner"))
    assert regrouped is not None and regrouped is not table
    assert [r.texts() for r in regrouped.rows] == [["Dyddiad\nTarget date", "30 April 2026"],
                                                   ["Cynnydd\nProgress", "No update"],
                                                   ["Perchennog\nOwner", "J Smith"]]
    assert [r.texts() for r in table.rows] == before  # the table read is not changed
    assert regroup_label_lines(table, lambda text: False) is None
