"""Nothing lost by the text readers: every word of every non-blank line of a text document
(tab-separated, laid out by spaces, Markdown) reaches one of the blocks the extractor gives
normalise/ (a paragraph or a table's cell), or a warning that says why it was left out (running
headers and page numbers repeated from page to page of a paged text). tests/test_nothing_lost.py
checks the output against the blocks; this checks the blocks against the file, which that cannot.

Found on a text file of 45 KPI cards, one under another with no form feed: the whole file was
one 'page', its first and last 7% were read as the page's margins, and the cards' 'Last quarter:'
and 'Status:' lines, printed twice there, were dropped as running headers.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT

from planx.extract import extract
from planx.extract.layouttext import parse_layout
from planx.extract.model import Paragraph, RawDocument, Table
from planx.extract.text import decode
from planx.normalise import normalise

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
_TOKEN = re.compile(r"[^\W_]+")  # letters and digits: punctuation and markup marks are no words
# markup the readers read, not words of the plan: front matter, comments, style sheets and tags,
# character entities, link targets and reference definitions, code marks
_MARKUP = [
    (re.compile(r"\A---\n.*?\n---\n", re.S), " "),
    (re.compile(r"<!--.*?-->|<(style|script)\b.*?</\1\s*>", re.S | re.I), " "),
    (re.compile(r"</?[A-Za-z][^>]*>"), " "),
    (re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);"), " "),
    (re.compile(r"\]\([^)]*\)"), "] "),
    (re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.M), " "),
    (re.compile(r"`"), ""),
]


def _words(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def block_words(raw: RawDocument) -> Counter[str]:
    """The words of the document's blocks and warnings, each as often as it is printed there."""
    found: Counter[str] = Counter()
    for block in raw.blocks:
        if isinstance(block, Paragraph):
            found += _words(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    if not cell.merged_above:
                        found += _words(cell.text)
    for warning in raw.warnings:
        found += _words(warning)
    return found


def lost_lines(path: Path, raw: RawDocument | None = None) -> list[str]:
    """The file's lines with a word (of letters and digits) that the blocks print fewer times
    than the file does: a line dropped, or a word of it cut off."""
    raw = raw if raw is not None else extract(path)
    text = decode(path.read_bytes())[0].replace("\r\n", "\n").replace("\r", "\n")
    for pattern, by in _MARKUP:
        text = pattern.sub(by, text)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    missing = sum((_words(ln) for ln in lines), Counter()) - block_words(raw)
    return [ln.strip() for ln in lines if missing.keys() & _words(ln).keys()]


# ---- the shape that lost lines ---------------------------------------------------------------------

def _cards(n: int) -> list[str]:
    """KPI cards one under another, as a text file: a code and name line, then label: value lines."""
    lines = ["Borough Council - KPI cards - Q1 2024/25", ""]
    for k in range(n):
        lines += [f"KPI{k:02d}  Share of calls answered in {10 + k} seconds", "Service: Customer Services",
                  f"Target: {80 + k % 10}%", f"Last quarter: {70 + k}.5%", f"This quarter: {71 + k}.5%",
                  "Status: Green" if k % 2 else "Status: Amber", "Notes: No notes", ""]
    return lines


def test_a_long_text_of_cards_with_no_form_feed_keeps_its_first_and_last_lines(tmp_path):
    """A file with no form feed is no page: its top and bottom lines are no margin, and lines
    printed twice there are no running header."""
    lines = _cards(45)
    raw = parse_layout(lines)
    texts = [b.text for b in raw.blocks if isinstance(b, Paragraph)]
    assert "Last quarter: 70.5%" in texts and "Last quarter: 114.5%" in texts
    assert texts.count("Notes: No notes") == 45 and texts.count("Service: Customer Services") == 45
    assert not raw.warnings
    path = tmp_path / "cards.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert lost_lines(path) == []


def test_every_card_of_a_long_text_is_read_end_to_end(tmp_path):
    """From the file: 45 cards, 45 indicators, the last card's as whole as the first's."""
    path = tmp_path / "cards.txt"
    path.write_text("\n".join(_cards(45)), encoding="utf-8")
    result = normalise(extract(path))
    assert len(result.indicators) == 45 and result.text_accounted == 100.0
    first, last = result.indicators[0], result.indicators[-1]
    assert (first.indicator, first.target, first.value, first.rag) == (
        "KPI00 Share of calls answered in 10 seconds", "80%", "71.5%", "amber")
    assert (last.indicator, last.target, last.value, last.rag) == (
        "KPI44 Share of calls answered in 54 seconds", "84%", "115.5%", "amber")
    kept = {lo.text for lo in result.leftovers}
    assert {"Last quarter: 70.5%", "Last quarter: 114.5%"} <= kept  # (the value before: kept aside, not lost)


def test_a_paged_text_leaves_out_its_running_header_and_page_numbers_and_says_so():
    """pdftotext's pages (ended by form feeds): the header and page number on each are furniture,
    left out with a warning that names them; a text printed twice on one page is none."""
    pages, actions = [], ["Audit the offer", "Publish the guide", "Train the staff"]
    for n in range(1, 4):
        body = [f"{actions[n - 1]}   Owner {n}", *(["Status: Green"] * 2 if n == 1 else [])]
        pages.append("\n".join(["Northfold Council Improvement Plan", "", *body, *[""] * 40, f"Page {n} of 3"]))
    lines = "\f".join(pages).split("\n")
    raw = parse_layout(lines)
    texts = [b.text for b in raw.blocks if isinstance(b, Paragraph)]
    assert "Northfold Council Improvement Plan" not in texts and not any(t.startswith("Page ") for t in texts)
    assert texts.count("Status: Green") == 2  # twice in one page's margin is no repeat from page to page
    assert len(raw.warnings) == 1 and "Northfold Council Improvement Plan" in raw.warnings[0]
    assert "6 line(s)" in raw.warnings[0]


def test_the_guard_finds_a_dropped_line(tmp_path):
    """The check below fails when a line goes missing (a check that cannot fail is a defect)."""
    path = tmp_path / "cards.txt"
    path.write_text("\n".join(_cards(3)), encoding="utf-8")
    raw = extract(path)
    raw.blocks = [b for b in raw.blocks if not (isinstance(b, Paragraph) and b.text == "Last quarter: 71.5%")]
    assert "Last quarter: 71.5%" in lost_lines(path, raw)  # (with the lines that share its words)


# ---- the property: every text document committed, and every generator's text outputs ---------------

def _committed() -> list[Path]:
    found = [p for folder in (ROOT / "samples", ROOT / "tests" / "fixtures") for p in folder.rglob("*")
             if p.suffix.lower() in TEXT_SUFFIXES and p.is_file()]
    return sorted(p for p in found if p.stem.upper() not in {"SOURCES", "README", "LICENSE", "LICENCE"})


def test_there_are_text_documents_to_check():
    assert len(_committed()) >= 20


@pytest.mark.parametrize("path", _committed(), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_committed_text_document_keeps_every_line(path):
    assert lost_lines(path) == []


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from samples import (
        make_form_samples,
        make_header_shapes,
        make_kpi_cards,
        make_layout_samples,
        make_list_shapes,
        make_nonplan_samples,
        make_outline_shapes,
        make_period_shapes,
        make_section_shapes,
        make_text_shapes,
        make_web_shapes,
    )
    folder = tmp_path_factory.mktemp("lines")
    files: list[Path] = []
    for module, seeds in ((make_text_shapes, [1]), (make_layout_samples, [1]), (make_kpi_cards, [1, 2]),
                          (make_list_shapes, [1]), (make_web_shapes, [1, 2]), (make_section_shapes, [1]),
                          (make_form_samples, [1]), (make_nonplan_samples, [1]), (make_outline_shapes, [1]),
                          (make_period_shapes, [1]), (make_header_shapes, [1])):
        files += module.main(folder / module.__name__.rsplit(".", 1)[-1], seeds)
    return [Path(p) for p in files if Path(p).suffix.lower() in TEXT_SUFFIXES]


def test_every_generated_text_document_keeps_every_line(generated):
    assert len(generated) > 50
    lost = {p.name: found for p in generated if (found := lost_lines(p))}
    assert lost == {}


def test_a_text_twice_in_one_pdf_pages_margins_is_no_page_furniture():
    """The PDF reader's rule too: furniture repeats from page to page, not within one page."""
    from planx.extract.pdf import PageResult, page_furniture
    twice = [PageResult(1, height=842.0, paragraphs=[(20.0, "Status: Green", False, 10.0, False),
                                                     (820.0, "Status: Green", False, 10.0, False)]),
             PageResult(2, height=842.0, paragraphs=[(400.0, "Status: Green", False, 10.0, False)])]
    assert page_furniture(twice) == set()
    again = [PageResult(n, height=842.0, paragraphs=[(20.0, "Status: Green", False, 10.0, False)]) for n in (1, 2)]
    assert page_furniture(again) == {"status: green"}


def test_a_footer_numbering_its_pages_in_roman_numerals_is_page_furniture():
    """HHS OIG's compendium (US federal, public domain): front matter numbered 'page ii', 'page iii' … in
    its footer; one footer on every page, whatever its number ('page 2' and 'page 3' likewise)."""
    from planx.extract.pdf import PageResult, page_furniture
    foot = "Compendium of Unimplemented Recommendations March 31, 2011 | page {}"
    pages = [PageResult(n, height=792.0, paragraphs=[(400.0, "Body text", False, 12.0, False),
                                                     (760.0, foot.format(roman), False, 9.0, False)])
             for n, roman in ((3, "ii"), (4, "iii"), (5, "iv"), (6, "v"))]
    assert page_furniture(pages) == {"compendium of unimplemented recommendations march #, # | page #"}
    # a word that only looks like a numeral is no page number: 'Vivid' after 'page' stays itself
    assert page_furniture([PageResult(n, height=792.0, paragraphs=[(760.0, f"page {w}", False, 9.0, False)])
                           for n, w in ((1, "vivid"), (2, "civic"))]) == set()
