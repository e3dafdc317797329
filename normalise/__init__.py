"""normalise/: raw tables with provenance → contract records. The same rules serve every format."""
from __future__ import annotations

import re

from planx.extract.model import Paragraph, RawDocument, Table
from planx.normalise.accounting import text_accounted
from planx.normalise.actions import build_action
from planx.normalise.codes import rag_key
from planx.normalise.dates import plan_date
from planx.normalise.records import Action, DocResult
from planx.normalise.structure import Walker
from planx.normalise.text import clean, fold
from planx.normalise.vocab import TITLE_WORDS

__all__ = ["normalise"]


def pick_title(paragraphs: list[Paragraph], first_table_line: int) -> str:
    """The plan's title: a short line naming a plan, preferring the most descriptive early one."""
    candidates = []
    for p in paragraphs:
        text = clean(p.text)
        words = text.split()
        if not (1 <= len(words) <= 16) or text.endswith((".", ":")) or len(text) > 140:
            continue
        key = fold(text)
        named = any(w in key.split() for w in TITLE_WORDS)
        candidates.append((named and len(words) >= 3, named, -p.line, text))
    if not candidates:
        return ""
    return max(candidates)[3]


def text_chars(raw: RawDocument) -> int:
    n = 0
    for b in raw.blocks:
        if isinstance(b, Table):
            n += sum(len(c.text) for r in b.rows for c in r.cells if not c.merged_above)
        else:
            n += len(b.text)
    return n


# the cells a row holds for itself (area, timeframe ... are the context's, read elsewhere)
_ROW_FIELDS = ("lead", "responsible", "due_raw", "status_raw", "rag_raw", "progress")
_CONTEXT_FIELDS = ("area_ref", "area", "area_lead", "timeframe")


def with_action_text(actions: list[Action], walker: Walker) -> list[Action]:
    """The actions that say what is to be done; a row with none (only a lead, a date, a status)
    is no action, but its cells are kept aside rather than dropped."""
    kept = [a for a in actions if any((a.action, a.outcome, a.objective, a.measure))]
    carried = {getattr(a, f) for a in kept for f in _CONTEXT_FIELDS}
    for a in actions:
        if any((a.action, a.outcome, a.objective, a.measure)):
            continue
        texts = [getattr(a, f) for f in _ROW_FIELDS] + [r.rag_raw for r in a.ratings]
        texts += [getattr(a, f) for f in _CONTEXT_FIELDS if getattr(a, f) not in carried]  # no action took it
        texts += [t for m in a.milestones for t in (m.milestone, m.due_raw, m.status_raw)]
        for text in texts:
            walker.keep_aside(text, "row without action text", a.page, a.table, a.line)
    return kept


def normalise(raw: RawDocument, doc_id: str = "") -> DocResult:
    result = DocResult(doc=raw.name, doc_id=doc_id, format=raw.format, path=raw.path, pages=raw.pages,
                       warnings=list(raw.warnings))
    walker = Walker(raw)
    walker.walk()
    result.warnings += walker.warnings
    paragraphs = walker.paragraphs
    first_table = next((b for b in raw.blocks if isinstance(b, Table)), None)
    first_line = first_table.rows[0].line if first_table and first_table.rows else 10 ** 9
    result.title = pick_title(paragraphs, first_line)
    date = plan_date([p.text for p in paragraphs[:8]])
    result.plan_date = date.iso() if date else ""
    numbers: dict[str, str] = {}
    for p in paragraphs:
        numbers.update(rag_key(p.text))
    for lo in walker.leftovers:
        if re.search(r"\bkey\b", lo.text, re.I):
            numbers.update(rag_key(lo.text))
    result.actions = [build_action(d, date, numbers, result.warnings) for d in walker.drafts]
    result.actions = with_action_text(result.actions, walker)
    result.indicators = walker.indicators
    result.leftovers = walker.leftovers
    for p in paragraphs:
        if clean(p.text) != result.title and not rag_key(p.text):
            walker.keep_aside(p.text, "text outside tables", p.page, 0, p.line)
    result.text_accounted = text_accounted(raw, result, walker.structure)
    if not result.actions and not result.indicators:
        result.status = "failed"
        result.error = ("no plan table found (no row of column headings such as Action / Lead / "
                        "Target date, and no indicator form)")
    elif result.warnings:
        result.status = "partial"
        result.error = "; ".join(result.warnings[:5])
    return result
