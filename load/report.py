"""OUT/report.html: which files to check by hand, worst first. Self-contained (inline CSS,
no scripts, no network), written from the database so it covers every document it holds."""
from __future__ import annotations

import html
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from planx.load.safety import replace_file
from planx.load.sqlite import SqliteSink

_COLUMNS = ["doc", "format", "status", "pages", "actions", "milestones", "indicators", "text_accounted",
            "warnings", "error", "seconds", "path"]
_RANK = {"failed": 0, "partial": 1, "ok": 2, "duplicate": 3}  # a duplicate: its original's row says it all

_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em}table{border-collapse:collapse;width:100%}
th,td{border:1px solid #ccc;padding:.3em .5em;vertical-align:top;text-align:left}
th{background:#f0f0f0;position:sticky;top:0}td.n{text-align:right;white-space:nowrap}
tr.failed td.status{background:#f8d0d0}tr.partial td.status{background:#fbe7b5}tr.ok td.status{background:#d5efd5}
tr.duplicate td{color:#666}
.summary span{display:inline-block;margin-right:1.2em;padding:.2em .6em;border-radius:.3em;background:#f0f0f0}
td.msg{max-width:40em;font-size:.9em}td.path{font-size:.8em;color:#666}
"""


def documents(sink: SqliteSink) -> list[dict]:
    cur = sink.con.execute(f'SELECT {", ".join(_COLUMNS)} FROM documents')
    return [dict(zip(_COLUMNS, r, strict=True)) for r in cur]


def worst_first(docs: list[dict]) -> list[dict]:
    """failed, then partial, then ok; within each, fewest actions (+ indicators), then the
    lowest share of the text accounted for, then the name."""
    def key(d: dict) -> tuple:
        found = (d["actions"] or 0) + (d["indicators"] or 0)
        accounted = d["text_accounted"] if d["text_accounted"] is not None else 1.0
        return (_RANK.get(d["status"], 0), found, accounted, d["doc"] or "")
    return sorted(docs, key=key)


def _cell(d: dict, col: str) -> str:
    v = d[col]
    if v is None or v == "":
        return '<td class="n"></td>' if col not in ("warnings", "error", "path", "doc") else "<td></td>"
    if col == "text_accounted":
        return f'<td class="n">{float(v) * 100:.0f}%</td>'
    if col == "seconds":
        return f'<td class="n">{float(v):.2f}</td>'
    if isinstance(v, (int, float)):
        return f'<td class="n">{v}</td>'
    cls = {"status": "status", "warnings": "msg", "error": "msg", "path": "path"}.get(col, "")
    return f'<td class="{cls}">{html.escape(str(v))}</td>' if cls else f"<td>{html.escape(str(v))}</td>"


def render(docs: list[dict], run: str = "") -> str:
    docs = worst_first(docs)
    counts = Counter(d["status"] for d in docs)
    actions = sum(d["actions"] or 0 for d in docs)
    seconds = sum(d["seconds"] or 0 for d in docs)
    summary = "".join(f"<span>{html.escape(k)}: {v}</span>" for k, v in [
        ("documents", len(docs)), ("ok", counts["ok"]), ("partial", counts["partial"]),
        ("failed", counts["failed"]), ("duplicates", counts["duplicate"]), ("actions", actions),
        ("conversion time", f"{seconds:.1f} s")])
    head = "".join(f"<th>{c.replace('_', ' ')}</th>" for c in _COLUMNS)
    body = "\n".join(f'<tr class="{html.escape(d["status"] or "")}">' + "".join(_cell(d, c) for c in _COLUMNS)
                     + "</tr>" for d in docs)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>planx conversion report</title>
<style>{_CSS}</style></head><body>
<h1>planx conversion report</h1>
<p>{html.escape(stamp)}{" — last run: " + html.escape(run) if run else ""}</p>
<p class="summary">{summary}</p>
<p>Worst first: failed, then partial, then the files with the fewest actions found and the least
of their text accounted for. Check the top rows by hand. Duplicates (the same bytes as another
file, not converted again) come last.</p>
<table><thead><tr>{head}</tr></thead><tbody>
{body}
</tbody></table></body></html>
"""


def write_report(sink: SqliteSink, folder: Path, run: str = "") -> Path:
    text = render(documents(sink), run)
    with replace_file(folder, "report.html", "w", encoding="utf-8") as fh:
        fh.write(text)
    return folder / "report.html"
