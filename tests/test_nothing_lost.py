"""Nothing lost: every cell's and paragraph's text reaches an output table (a contract field or a
leftover with its provenance), bar the column headings and form labels the output's columns stand
for (normalise/unread.py keeps aside what no reading carried).

The shapes: a minutes grid's one-cell banner row ('Other business' in the Item column, nothing
beside it), a 'Who' cell beside a point that names its own owner, a Word heading read as an area
with no action under it; then, as a property, every document the samples/ generators write and
every real fixture, checked against the rows load/ writes (not against the walker's own account).
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import ROOT

from planx.extract import extract
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.load.schema import rows
from planx.normalise import normalise
from planx.normalise.accounting import _visible
from planx.normalise.codes import rag_key
from planx.normalise.structure import Walker
from planx.normalise.text import fold_words, looks_like_html, squash
from planx.normalise.unread import READ_NOT_CARRIED, label_words


def table(index: int, cells: list[list[str]]) -> Table:
    return Table(index=index, page=1, rows=[Row([Cell(text=t, col=c) for c, t in enumerate(r)], 1, i + 1)
                                            for i, r in enumerate(cells)])


MINUTES_HEAD = ["No", "Item", "Discussion / Notes", "Decision / Action", "Who", "By when"]


def test_a_one_cell_banner_row_of_a_minutes_grid_is_kept_aside_with_its_place():
    grid = table(1, [MINUTES_HEAD,
                     ["1", "Finance", "The treasurer reported on the accounts for the year.",
                      "Treasurer to circulate the accounts", "AB", "May 2024"],
                     ["", "Other business", "", "", "", ""],
                     ["2", "Premises", "The lease is due for renewal this year.", "Clerk to write to the council",
                      "", "June 2024"]])
    result = normalise(RawDocument("m.docx", "m.docx", "docx", blocks=[grid]))
    assert [(a.area, a.action) for a in result.actions] == [
        ("Finance", "Treasurer to circulate the accounts"), ("Premises", "Clerk to write to the council")]
    banner = [lo for lo in result.leftovers if lo.text == "Other business"]
    assert len(banner) == 1 and banner[0].reason == "a minute's item that sets no action"
    assert (banner[0].table, banner[0].line, banner[0].col) == (1, 3, 1)
    # the owner column beside a point that names its own: kept, once; the decision is an action, not also a leftover
    assert [(lo.text, lo.col) for lo in result.leftovers if lo.text == "AB"] == [("AB", 4)]
    assert not any(lo.text == "Treasurer to circulate the accounts" for lo in result.leftovers)


def test_a_minute_item_that_sets_no_task_is_kept_aside_with_its_number():
    grid = table(1, [MINUTES_HEAD,
                     ["4", "Apologies", "Apologies were received from Mary Long.", "Noted", "", ""],
                     ["5", "Premises", "The lease is due for renewal this year.", "Clerk to write to the council",
                      "TR", "June 2024"]])
    result = normalise(RawDocument("m.docx", "m.docx", "docx", blocks=[grid]))
    kept = {(lo.text, lo.line, lo.col) for lo in result.leftovers}
    assert {("4", 2, 0), ("Apologies", 2, 1), ("Noted", 2, 3)} <= kept
    assert result.actions[0].area_ref == "5" and result.actions[0].area == "Premises"


def test_headings_over_tables_of_no_action_are_kept_aside_and_counted():
    """A Word report's headings over its tables ('Risks and issues', 'School budget information')
    are read as the areas of those tables' rows; no row is an action, so no record carried them:
    each is kept aside where it was printed, and the text share counts it."""
    result = normalise(extract(ROOT / "tests/fixtures/real/dfe_academy_conversion_project_template_2021.docx"))
    kept = {lo.text: lo for lo in result.leftovers if lo.reason == READ_NOT_CARRIED}
    assert {"Risks and issues", "School budget information", "School pupil forecasts"} <= set(kept)
    assert kept["Risks and issues"].line > 0 and kept["Risks and issues"].table == 0
    assert result.text_accounted == 100.0


# ---- the property: on every generator's documents and the real fixtures ------------------------------

def _generated(folder: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT))
    from samples import (
        make_block_samples,
        make_form_samples,
        make_header_shapes,
        make_layout_samples,
        make_minutes_samples,
        make_nonplan_samples,
        make_pledge_samples,
        make_slide_samples,
        make_text_shapes,
        make_web_shapes,
    )
    files = make_minutes_samples.seeded(folder / "minutes", seed=3, per_shape=1, shapes=["grid", "inline", "logged"])
    files += make_form_samples.main(folder / "forms", [1])
    files += make_header_shapes.main(folder / "headers", [1])
    files += make_layout_samples.main(folder / "layouts", [1])
    files += make_block_samples.main(folder / "blocks", [1], scans=False)
    files += make_slide_samples.main(folder / "slides", [1], word=True, printed=False)
    files += make_nonplan_samples.main(folder / "nonplans", [1])
    files += make_text_shapes.main(folder / "text", [1])
    files += make_web_shapes.main(folder / "web", [1, 2])
    (folder / "pledges").mkdir()
    files += [make_pledge_samples.write(folder / "pledges"), make_pledge_samples.write_titles(folder / "pledges")]
    return files


_DOC_SUFFIXES = {".txt", ".md", ".docx", ".doc", ".odt", ".rtf", ".pdf", ".xlsx", ".xls", ".ods", ".csv", ".html",
                 ".pptx"}


def _committed() -> list[Path]:
    folders = [ROOT / "samples", ROOT / "samples" / "minutes", ROOT / "tests" / "fixtures" / "real",
               ROOT / "tests" / "fixtures" / "real_web", ROOT / "tests" / "fixtures" / "real_prose"]
    return sorted(p for f in folders for p in f.iterdir() if p.suffix in _DOC_SUFFIXES)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [p for p in _generated(tmp_path_factory.mktemp("lost")) if p.suffix in _DOC_SUFFIXES]


def _output_texts(result) -> list[str]:
    """Every text of the rows load/ writes for the document."""
    tables = rows(result)
    texts = [result.title]
    for name in ("actions", "milestones", "ratings", "indicators", "indicator_values", "leftovers", "recommendations"):
        texts += [v for r in tables[name] for v in r.values() if isinstance(v, str) and v]
    return texts


def _longest_run(words: list[str], haystack: str) -> int:
    """The most of the words, in order, found within one output text."""
    best = 0
    for i in range(len(words)):
        for j in range(len(words), i + best, -1):
            if " " + " ".join(words[i:j]) + " " in haystack:
                best = j - i
                break
    return best


def lost_texts(path: Path) -> list[tuple[str, str]]:
    """(kind, text) of what a document's output does not carry: a text with a word in no output
    text ('words'), or one read as a banner or heading whose words mostly sit in no output text in
    their order ('banner'). Words that name fields ('Priority', 'Lead') may be dropped, as may the
    column headings and form labels, and the plan's RAG key (the RAG fields read it)."""
    raw = extract(path)
    result = normalise(raw)
    walker = Walker(raw)
    walker.walk()
    labels = {squash(t) for t in walker.labels}
    read = {squash(t) for t in walker.structure} - labels
    haystack = " | " + " | ".join(" ".join(fold_words(t)) for t in _output_texts(result)) + " | "
    out_words = set(haystack.split())
    names = {w.decode() for w in label_words()}
    texts = [c.text for b in raw.blocks if isinstance(b, Table) for r in b.rows for c in r.cells if not c.merged_above]
    texts += [b.text for b in raw.blocks if isinstance(b, Paragraph)]
    html = looks_like_html("\n".join(texts))
    lost = []
    for text in texts:
        key = squash(text)
        if not key or key in labels or rag_key(key):
            continue
        words = fold_words(_visible(text) if html else text)
        # a word cut by a cell boundary is part of its repaired output word
        if any(w not in out_words and w not in haystack and w not in names for w in words):
            lost.append(("words", key))
        elif key in read and 2 * _longest_run(words, haystack) < len([w for w in words if w not in names]):
            lost.append(("banner", key))
    return lost


def test_every_generated_document_loses_no_cell(generated):
    assert len(generated) > 100
    lost = {p.name: found for p in generated if (found := lost_texts(p))}
    assert lost == {}


@pytest.mark.parametrize("path", _committed(), ids=lambda p: p.name)
def test_every_committed_sample_and_real_fixture_loses_no_cell(path):
    assert lost_texts(path) == []
