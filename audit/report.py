"""report.html: one self-contained page (inline CSS, SVG and JS; no network) from the audit tables.

The page is rendered from the database, so it always shows what changes.csv holds:
summary counts by kind, days slipped per area (SVG bars), a RAG movement matrix, the
findings, the series timeline and a filterable changes table whose rows cite the page
and row of the action in both versions.
"""
from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from html import escape
from pathlib import Path
from typing import Any

from planx.audit import store
from planx.audit.diff import KINDS, RAG_ORDER
from planx.load.safety import replace_file

Rows = list[dict[str, Any]]
RAG_COLOURS = {"red": "#ff0000", "red_amber": "#ff8000", "amber": "#ffc000", "amber_green": "#9acd32",
               "green": "#00b050", "blue": "#0070c0", "": "#cccccc"}

CSS = """
body{font:14px/1.4 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}
th{background:#f3f3f3;text-align:left}.num{text-align:right}.warn{background:#fff3cd;border:1px solid #e0b000;
padding:.5em .8em;margin:.4em 0}.flag-slippage,.flag-regression,.flag-reopened{color:#b00000;font-weight:600}
.flag-improvement,.flag-brought_forward{color:#006b2e}.muted{color:#777}.filters{margin:.5em 0}
.filters>*{margin-right:.8em}#changes td.text{max-width:38em}.diag{background:#f3f3f3}
.cards{display:flex;flex-wrap:wrap;gap:.5em}
del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}
#slippage{border:0}#slippage td{border:0;padding:2px 6px}#slippage td.label{max-width:28em;text-align:right}
#slippage td.bar{width:60%;white-space:nowrap}
.bar div{background:#c0504d;height:14px;display:inline-block;vertical-align:middle}
.bar span{margin-left:.4em;font-size:12px}td.text{overflow-wrap:anywhere}
#changes td{overflow-wrap:anywhere}#changes td.num{overflow-wrap:normal}
.card{border:1px solid #ccc;border-radius:4px;padding:.4em .7em;min-width:7em}
.card b{display:block;font-size:1.4em}
"""

JS = r"""
(function(){
  var rows=[].slice.call(document.querySelectorAll('#changes tbody tr'));
  var f={kind:document.getElementById('f-kind'),pair:document.getElementById('f-pair'),
         flag:document.getElementById('f-flag'),text:document.getElementById('f-text')};
  var shown=document.getElementById('shown');
  function apply(){
    var q=f.text.value.toLowerCase(),n=0;
    rows.forEach(function(r){
      var ok=(!f.kind.value||r.dataset.kind===f.kind.value)&&(!f.pair.value||r.dataset.pair===f.pair.value)
        &&(!f.flag.value||r.dataset.flag===f.flag.value)&&(!q||r.textContent.toLowerCase().indexOf(q)>=0);
      r.style.display=ok?'':'none'; if(ok)n++;
    });
    shown.textContent=n;
  }
  Object.keys(f).forEach(function(k){f[k].addEventListener('input',apply);f[k].addEventListener('change',apply);});
  document.querySelectorAll('[data-filter-kind]').forEach(function(a){
    a.addEventListener('click',function(e){e.preventDefault();f.kind.value=a.dataset.filterKind;apply();
      document.getElementById('changes').scrollIntoView();});
  });
  // a link can open the page filtered: report.html#kind=rag&flag=regression&text=foster
  (location.hash.slice(1)||'').split('&').forEach(function(kv){
    var p=kv.split('='),k=decodeURIComponent(p[0]||''),v=decodeURIComponent((p[1]||'').replace(/\+/g,' '));
    if(f[k])f[k].value=v;
  });
  apply();
})();
"""


def _e(v: Any) -> str:
    return escape("" if v is None else str(v))


def _options(values: Iterable[str], label: str) -> str:
    opts = "".join(f'<option value="{_e(v)}">{_e(v)}</option>' for v in values)
    return f'<option value="">{label}</option>{opts}'


def summary(changes: Rows) -> str:
    counts = Counter(c["kind"] for c in changes)
    flags = Counter(c["flag"] for c in changes if c["flag"])
    cards = [f'<div class="card" data-kind="{k}"><a href="#changes" data-filter-kind="{k}">{k}</a>'
             f'<b class="count" data-kind="{k}">{counts.get(k, 0)}</b></div>' for k in KINDS]
    extra = " · ".join(f'{_e(k)}: <span class="flag-{_e(k)}" data-flag-count="{_e(k)}">{v}</span>'
                       for k, v in sorted(flags.items()))
    return (f'<p>Changes in all: <b id="total">{len(changes)}</b>'
            + (f" — {extra}" if extra else "") + f'</p><div class="cards" id="summary">{"".join(cards)}</div>')


def slippage_bars(changes: Rows) -> str:
    """Horizontal bars: days slipped per area (due_date changes that moved later). An HTML table
    (not an SVG of fixed width): a long area label wraps in its cell instead of being cut off."""
    per: dict[str, list[int]] = defaultdict(list)
    for c in changes:
        if c["kind"] == "due_date" and (c["days"] or 0) > 0:
            label = " ".join(x for x in (str(c["area_ref"] or ""), str(c["area"] or "")) if x) or "(no area)"
            per[label].append(int(c["days"]))
    if not per:
        return '<p class="muted">No due date moved later.</p>'
    items = sorted(per.items(), key=lambda kv: -sum(kv[1]))
    top = max(sum(v) for _, v in items)
    rows = "".join(
        f'<tr><td class="label">{_e(label)}</td><td class="bar" title="{_e(label)}: {sum(days)} days over '
        f'{len(days)} action(s)"><div style="width:{max(0.5, 80 * sum(days) / top):.1f}%"></div>'
        f'<span class="bar-value" data-days="{sum(days)}">{sum(days)} d ({len(days)})</span></td></tr>'
        for label, days in items)
    return (f'<table id="slippage" role="img" aria-label="days slipped per area">{rows}</table>'
            '<p class="muted">Days the due dates of an area\'s actions moved later, in all (actions in brackets).</p>')


_TOKEN = re.compile(r"\S+|\s+")


def word_diff(before: str, after: str) -> tuple[str, str]:
    """The two texts as HTML, the words only one of them has marked: <del> in the older text,
    <ins> in the newer (difflib, word by word)."""
    a, b = _TOKEN.findall(before), _TOKEN.findall(after)
    old, new = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        left, right = _e("".join(a[i1:i2])), _e("".join(b[j1:j2]))
        if op == "equal":
            old.append(left)
            new.append(right)
            continue
        old.append(_mark("del", left))
        new.append(_mark("ins", right))
    return "".join(old), "".join(new)


def _mark(tag: str, text: str) -> str:
    """<tag> around the words of text; the spaces around them stay outside."""
    words = text.strip()
    if not words:
        return text
    start = text.index(words)
    return f"{text[:start]}<{tag}>{words}</{tag}>{text[start + len(words):]}"


def rag_matrix(pairs: Rows) -> str:
    """Counts of paired actions by RAG in the older (rows) and newer (columns) version."""
    counts = Counter((p["old_rag"] or "", p["new_rag"] or "") for p in pairs)
    used = {r for k in counts for r in k}
    levels = [r for r in RAG_ORDER if r in used] + ([""] if "" in used else [])
    if not levels:
        return '<p class="muted">No paired actions.</p>'

    def head(r: str) -> str:
        return f'<span style="color:{RAG_COLOURS.get(r, "#999")}">■</span> {_e(r or "none")}'
    cols = "".join(f"<th>{head(r)}</th>" for r in levels)
    body = []
    for b in levels:
        cells = "".join(f'<td class="num{" diag" if a == b else ""}" data-before="{_e(b)}" data-after="{_e(a)}">'
                        f'{counts.get((b, a), 0) or ""}</td>' for a in levels)
        body.append(f"<tr><th>{head(b)}</th>{cells}</tr>")
    return (f'<table id="rag-matrix"><tr><th>before ↓ / after →</th>{cols}</tr>{"".join(body)}</table>'
            '<p class="muted">Grey diagonal: RAG unchanged. Below the diagonal: worse; above: better.</p>')


def _where(page: Any, line: Any, table: Any = None) -> str:
    """'p.3 row 12'; where the page is unknown (Word), 'table 2 row 12'."""
    place = f"p.{page}" if page else f"table {table}" if table else ""
    return " ".join(x for x in (place, f"row {line}" if line else "") if x)


def _evidence(c: dict[str, Any], paths: dict[str, str]) -> str:
    out = []
    for side, doc in (("old", c["old_doc"]), ("new", c["new_doc"])):
        where = _where(c[f"{side}_page"], c[f"{side}_line"], c.get(f"{side}_table_no"))
        seq = c[f"{side}_seq"]
        if seq is None:
            continue
        text = f"{side} #{seq}" + (f" {where}" if where else "")
        raw = c.get("before_raw" if side == "old" else "after_raw")
        printed = f' <span class="muted">printed “{_e(raw)}”</span>' if raw else ""
        path = paths.get(doc, "")
        if path:
            anchor = f"#page={c[f'{side}_page']}" if path.lower().endswith(".pdf") and c[f"{side}_page"] else ""
            href = Path(path).resolve().as_uri() + anchor
            text = f'<a href="{_e(href)}" title="{_e(doc)}">{_e(text)}</a>'
        else:
            text = f'<span title="{_e(doc)}">{_e(text)}</span>'
        out.append(text + printed)
    return "<br>".join(out)


def changes_table(changes: Rows, paths: dict[str, str]) -> str:
    pairs = list(dict.fromkeys(f'{c["old_doc"]} → {c["new_doc"]}' for c in changes))
    several = len(pairs) > 1  # one pair: the versions are named above, not on every row
    flags = sorted({c["flag"] for c in changes if c["flag"]})
    filters = (f'<div class="filters"><select id="f-kind">{_options(KINDS, "all kinds")}</select>'
               f'<select id="f-pair"{"" if several else " hidden"}>{_options(pairs, "all version pairs")}</select>'
               f'<select id="f-flag">{_options(flags, "any flag")}</select>'
               f'<input id="f-text" type="search" placeholder="filter text…">'
               f'<span><span id="shown">{len(changes)}</span> of {len(changes)} shown</span></div>')
    rows = []
    for c in changes:
        pair = f'{c["old_doc"]} → {c["new_doc"]}'
        what = _e(c["action"]) + (f'<br><span class="muted">milestone: {_e(c["milestone"])}</span>'
                                  if c["milestone"] else "")
        days = f' <span class="muted">({c["days"]:+d} d)</span>' if c["days"] else ""
        before, after = (word_diff(c["before"] or "", c["after"] or "") if c["kind"] == "reworded"
                         else (_e(c["before"]), _e(c["after"])))
        rows.append(
            f'<tr data-kind="{_e(c["kind"])}" data-pair="{_e(pair)}" data-flag="{_e(c["flag"] or "")}">'
            f'<td>{_breakable(c["kind"])}</td>'
            f'<td class="flag-{_e(c["flag"] or "none")}">{_breakable(c["flag"] or "")}</td>'
            f'<td>{_e(c["area_ref"])}</td><td class="text">{what}</td><td class="text">{before}</td>'
            f'<td class="text">{after}{days}</td>'
            f'<td class="num">{"" if c["similarity"] is None else _e(c["similarity"])}</td>'
            f'<td>{_evidence(c, paths)}</td>' + (f'<td class="muted">{_e(pair)}</td>' if several else "") + "</tr>")
    head = ("<tr><th>kind</th><th>flag</th><th>area</th><th>action</th><th>before</th><th>after</th>"
            "<th>similarity</th><th>evidence (old / new)</th>" + ("<th>versions</th>" if several else "") + "</tr>")
    return f'{filters}<table id="changes"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _breakable(name: str) -> str:
    """'milestone_due_date' that may break after its underscores in a narrow column."""
    return _e(name).replace("_", "_<wbr>")


def _dated(doc: Any, plan_date: Any) -> str:
    """'plan.docx (2016-06)', or the name alone when the plan prints no date."""
    return _e(doc) + (f' <span class="muted">({_e(plan_date)})</span>' if plan_date else "")


def audits_section(audits: Rows) -> str:
    rows, warns = [], []
    for a in audits:
        rows.append(f'<tr><td>{_dated(a["old_doc"], a["old_plan_date"])}</td>'
                    f'<td>{_dated(a["new_doc"], a["new_plan_date"])}</td><td class="num">{a["old_actions"]}</td>'
                    f'<td class="num">{a["new_actions"]}</td><td class="num">{a["paired"]}</td>'
                    f'<td class="num">{a["changes"]}</td></tr>')
        if a["warning"]:
            warns.append(f'<div class="warn"><b>{_e(a["old_doc"])} → {_e(a["new_doc"])}:</b> {_e(a["warning"])}</div>')
    return ("".join(warns) + '<table id="audits"><tr><th>older</th><th>newer</th><th>old actions</th>'
            f'<th>new actions</th><th>paired</th><th>changes</th></tr>{"".join(rows)}</table>')


def findings_section(findings: Rows) -> str:
    if not findings:
        return '<p class="muted">No findings.</p>'
    counts = Counter(f["code"] for f in findings)
    head = " · ".join(f'{_e(k)}: <b data-code="{_e(k)}">{v}</b>' for k, v in sorted(counts.items()))
    rows = "".join(f'<tr><td>{_e(f["doc"])}</td><td>{_e(f["code"])}</td><td class="num">{_e(f["action_seq"])}</td>'
                   f'<td>{_e(_where(f["page"], f["line"], f.get("table_no")))}</td>'
                   f'<td class="text">{_e(f["evidence"])}</td></tr>'
                   for f in findings)
    return (f"<p>{head}</p><details><summary>{len(findings)} finding(s)</summary><table id=\"findings\">"
            f"<tr><th>doc</th><th>code</th><th>action</th><th>where</th><th>evidence</th></tr>{rows}</table></details>")


def timeline_section(timeline: Rows) -> str:
    slipped = [t for t in timeline if t["slip_count"]]
    if not timeline:
        return '<p class="muted">No series.</p>'
    if not slipped:
        return '<p class="muted">No action slipped across the series.</p>'
    rows = "".join(f'<tr><td class="text">{_e(t["action"])}</td><td class="num">{t["versions"]}</td>'
                   f'<td class="num">{t["slip_count"]}</td><td class="num">{t["days_slipped"]}</td>'
                   f'<td class="text">{_e(t["history"])}</td></tr>'
                   for t in sorted(slipped, key=lambda t: (-t["days_slipped"], t["chain"])))
    return ('<table id="timeline"><tr><th>action</th><th>versions</th><th>slips</th><th>days slipped</th>'
            f"<th>history</th></tr>{rows}</table>")


def render(db: Path) -> str:
    changes, pairs = store.read(db, "changes"), store.read(db, "pairs")
    audits, findings, timeline = store.read(db, "audits"), store.read(db, "findings"), store.read(db, "timeline")
    paths = {a["old_doc"]: a.get("old_path") or "" for a in audits} | {a["new_doc"]: a.get("new_path") or ""
                                                                        for a in audits}
    data = json.dumps(dict(Counter(c["kind"] for c in changes))).replace("</", "<\\/")
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>planx audit</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}</style></head>
<body><h1>planx audit</h1><p class="muted">Generated {stamp} from {_e(db.name)}.</p>
<h2>Versions compared</h2>{audits_section(audits)}
<h2>Summary</h2>{summary(changes)}
<h2>Slippage per area</h2>{slippage_bars(changes)}
<h2>RAG movement</h2>{rag_matrix(pairs)}
<h2>Consistency findings</h2>{findings_section(findings)}
<h2>Timeline (series)</h2>{timeline_section(timeline)}
<h2>Changes</h2>{changes_table(changes, paths)}
<script type="application/json" id="counts">{data}</script>
<script>{JS}</script></body></html>
"""


def write_report(db: Path, path: Path) -> Path:
    text = render(db)
    with replace_file(path.parent, path.name, "w", encoding="utf-8") as fh:  # never through a planted link
        fh.write(text)
    return path
