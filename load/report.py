"""OUT/report.html: which files to check by hand, worst first. Self-contained (inline CSS,
no scripts, no network), written from the database so it covers every document it holds."""
from __future__ import annotations

import html
import re
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from planx.load.safety import replace_file
from planx.load.sqlite import SqliteSink

_COLUMNS = ["doc", "format", "status", "pages", "actions", "milestones", "indicators", "text_accounted",
            "warnings", "error", "seconds", "path", "notes"]
# shown: one wide column ("said") holds the doubts (the error, then the doubts it does not already say)
# and under them, set apart, the notes (how a sure reading was made: they leave a document ok,
# normalise/severity.py); the path is shown under the file's name (the format is its extension: in
# documents.csv, not here)
_SHOWN = ["doc", "status", "pages", "actions", "milestones", "indicators", "text_accounted", "said", "seconds"]
_RANK = {"failed": 0, "partial": 1, "ok": 2, "duplicate": 3}  # a duplicate: its original's row says it all
# headings that may break (soft hyphens): the count columns stay as narrow as their numbers
_HEADINGS = {"said": "doubts, then notes",
             "milestones": "mile&shy;stones", "indicators": "indi&shy;cators", "text_accounted": "text ac&shy;counted"}

# Long texts wrap within their cell (paths and names at any character: they have no spaces);
# the notes column is kept wide enough to read, and the table scrolls sideways on a narrow window
# rather than squeezing it into a tall thin column.
_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em}.wide{overflow-x:auto}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f0f0f0;position:sticky;top:0}td.n{text-align:right;white-space:nowrap}
tr.failed td.status{background:#f8d0d0}tr.partial td.status{background:#fbe7b5}tr.ok td.status{background:#d5efd5}
tr.duplicate td{color:#666}
.summary span{display:inline-block;margin-right:1.2em;padding:.2em .6em;border-radius:.3em;background:#f0f0f0}
td.doc{width:22%;min-width:10em;overflow-wrap:anywhere}td.said{min-width:12em;font-size:.9em;overflow-wrap:anywhere}
.noted{display:block;color:#555;margin-top:.2em}.noted b{font-weight:600}
th{font-size:.85em;hyphens:manual}
.path{display:block;font-size:.8em;color:#666}
"""


def documents(sink: SqliteSink) -> list[dict]:
    cur = sink.con.execute(f'SELECT {", ".join(_COLUMNS)} FROM documents')
    return [dict(zip(_COLUMNS, r, strict=True)) for r in cur]


_TABLE_CONFIDENCE = re.compile(r"doubtful structure \(confidence ([\d.]+)")


def table_confidence(d: dict) -> float:
    """The lowest confidence of a table the parser reported as doubtful (its warnings); 1.0 when none."""
    found = [float(m) for m in _TABLE_CONFIDENCE.findall(d.get("warnings") or "")]
    return min(found, default=1.0)


def worst_first(docs: list[dict]) -> list[dict]:
    """failed, then partial, then ok; within each, the least trusted table first (a PDF table
    the parser read with doubtful structure), then fewest actions (+ indicators), then the
    lowest share of the text accounted for, then the name."""
    def key(d: dict) -> tuple:
        found = (d["actions"] or 0) + (d["indicators"] or 0)
        accounted = d["text_accounted"] if d["text_accounted"] is not None else 100.0  # a percentage
        return (_RANK.get(d["status"], 0), table_confidence(d), found, accounted, d["doc"] or "")
    return sorted(docs, key=key)


def doubts(d: dict) -> str:
    """The error, then the warnings it does not already say (a partial file's error lists its first
    doubts), leaving out the notes (documents.notes; a database written before it had them: none)."""
    error = d["error"] or ""
    noted = d.get("notes") or ""
    warnings = [w for w in (d["warnings"] or "").split("; ") if w and w not in error and w not in noted]
    return "; ".join(x for x in (error, *warnings) if x)


def notes(d: dict) -> str:
    """The notes: how a sure reading was made (a document with notes alone is ok)."""
    return d.get("notes") or ""


def said(d: dict) -> str:
    """The doubts, then the notes set apart under them (HTML)."""
    noted = notes(d)
    return html.escape(doubts(d)) + (f'<span class="noted"><b>Notes:</b> {html.escape(noted)}</span>' if noted else "")


def _cell(d: dict, col: str) -> str:
    if col == "said":
        return f'<td class="said">{said(d)}</td>'
    v = d[col]
    if v is None or v == "":
        return '<td class="n"></td>' if col != "doc" else '<td class="doc"></td>'
    if col == "text_accounted":  # already a percentage (normalise/accounting.py)
        return f'<td class="n">{float(v):.0f}%</td>'
    if col == "seconds":
        return f'<td class="n">{float(v):.2f}</td>'
    if isinstance(v, (int, float)):
        return f'<td class="n">{v}</td>'
    if col == "doc":
        path = d["path"] or ""
        under = f'<span class="path">{html.escape(path)}</span>' if path and path != v else ""
        return f'<td class="doc">{html.escape(str(v))}{under}</td>'
    cls = col if col == "status" else ""
    return f'<td class="{cls}">{html.escape(str(v))}</td>' if cls else f"<td>{html.escape(str(v))}</td>"


def render(docs: list[dict], run: str = "") -> str:
    docs = worst_first(docs)
    counts = Counter(d["status"] for d in docs)
    actions = sum(d["actions"] or 0 for d in docs)
    seconds = sum(d["seconds"] or 0 for d in docs)
    noted = sum(1 for d in docs if d["status"] == "ok" and d.get("notes"))
    summary = "".join(f"<span>{html.escape(k)}: {v}</span>" for k, v in [
        ("documents", len(docs)), ("ok", counts["ok"]), ("ok with notes", noted), ("partial", counts["partial"]),
        ("failed", counts["failed"]), ("duplicates", counts["duplicate"]), ("actions", actions),
        ("conversion time", f"{seconds:.1f} s")])
    head = "".join(f"<th>{_HEADINGS.get(c, c)}</th>" for c in _SHOWN)
    body = "\n".join(f'<tr class="{html.escape(d["status"] or "")}">' + "".join(_cell(d, c) for c in _SHOWN)
                     + "</tr>" for d in docs)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>planx conversion report</title>
<style>{_CSS}</style></head><body>
<h1>planx conversion report</h1>
<p>{html.escape(stamp)}{" — last run: " + html.escape(run) if run else ""}</p>
<p class="summary">{summary}</p>
<p>Worst first: failed, then partial, then the files whose tables were read with the least
confidence, the fewest actions found and the least of their text accounted for. Check the top rows
by hand. Doubts say what may be read wrong or lost (they make a file partial); notes only say how a
sure reading was made (a financial year read from the document's own words, codes read by its key, a
column read by what it holds) and leave a file ok. Duplicates (the same bytes as another file, not
converted again) come last.</p>
<div class="wide"><table id="documents"><thead><tr>{head}</tr></thead><tbody>
{body}
</tbody></table></div></body></html>
"""


def write_report(sink: SqliteSink, folder: Path, run: str = "") -> Path:
    text = render(documents(sink), run)
    with replace_file(folder, "report.html", "w", encoding="utf-8") as fh:
        fh.write(text)
    return folder / "report.html"
