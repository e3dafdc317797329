"""Word's "Save as Web Page, Filtered" (.htm) written from a .docx plan, as Word writes it.

The plan's .docx (body paragraphs, numbered and bulleted lists, tables with merged cells and
fills) is printed in the shapes Word's HTML export uses: ``class=MsoNormal`` paragraphs, ``<o:p>``
placeholders, a span per run (often a span per word, ``lang=EN-GB``), non-breaking space runs,
``mso-list`` paragraphs whose bullet or number is printed as text inside a downlevel conditional
(``<![if !supportLists]>``), ``MsoTableGrid`` tables with ``colspan``/``rowspan`` and the cell
fill in the style (``background:#FF0000``), a conditional-comment ``<xml>`` block in the head.
The truth of the .docx holds for the page (same text, same table): only ``doc`` and ``format``
change.

    python samples/make_wordhtml_samples.py OUTDIR PLAN.docx [PLAN.docx …]

Each PLAN.docx gives OUTDIR/wd_PLAN.htm (and its truth when PLAN.docx.truth.json exists).
"""
from __future__ import annotations

import html
import json
import random
import sys
import zipfile
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>{title}</title>
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>90</w:Zoom>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:Wingdings;
	panose-1:5 0 0 0 0 0 0 0 0 0;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}}
p.MsoListParagraphCxSpFirst
	{{mso-style-type:export-only;
	margin-left:36.0pt;}}
@page WordSection1
	{{size:841.9pt 595.3pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>

</head>

<body lang=EN-GB link="#0563C1" vlink="#954F72" style='word-wrap:break-word'>

<div class=WordSection1>
"""
TAIL = """
<p class=MsoNormal><o:p>&nbsp;</o:p></p>

</div>

</body>

</html>
"""


def para_text(p: etree._Element) -> str:
    out = []
    for el in p.iter(W + "t", W + "tab", W + "br"):
        out.append(el.text or "" if el.tag == W + "t" else " " if el.tag == W + "tab" else "\n")
    return "".join(out)


def runs_html(text: str, rng: random.Random, bold: bool) -> str:
    """Text as Word prints it: a span per word or per run, nbsp for doubled spaces, <br> for breaks."""
    lines = []
    for line in text.split("\n"):
        esc = html.escape(line, quote=False).replace("  ", "&nbsp; ")
        if rng.random() < 0.5:
            words = esc.split(" ")
            esc = " ".join(f"<span lang=EN-GB style='font-size:9.0pt;font-family:\"Arial\",sans-serif'>{w}</span>"
                           for w in words)
        else:
            esc = f"<span style='font-size:9.0pt;font-family:\"Arial\",sans-serif'>{esc}</span>"
        lines.append(f"<b>{esc}</b>" if bold else esc)
    return "<br>\n".join(lines)


def is_bold(p: etree._Element) -> bool:
    runs = [r for r in p.iter(W + "r") if "".join(t.text or "" for t in r.iter(W + "t")).strip()]
    return bool(runs) and all(r.find(f"{W}rPr/{W}b") is not None for r in runs)


def paragraph_html(p: etree._Element, rng: random.Random, counters: dict[str, int]) -> str:
    text = para_text(p)
    style = p.find(f"{W}pPr/{W}pStyle")
    sname = style.get(W + "val") if style is not None else ""
    if not text.strip():
        return "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    if sname.lower().startswith("heading"):
        level = sname[-1] if sname[-1].isdigit() else "2"
        return f"<h{level}><span lang=EN-GB>{html.escape(text)}</span></h{level}>"
    bold = is_bold(p)
    num = p.find(f"{W}pPr/{W}numPr")
    if num is not None or sname.lower().startswith("list"):
        ilvl = num.find(W + "ilvl") if num is not None else None
        level = int(ilvl.get(W + "val")) + 1 if ilvl is not None else 1
        numbered = "number" in sname.lower()
        key = f"{level}"
        counters[key] = counters.get(key, 0) + 1
        glyph = f"{counters[key]}." if numbered else ("·" if level == 1 else "o")
        font = "" if numbered else "font-family:Symbol" if level == 1 else "font-family:\"Courier New\""
        return (f"<p class=MsoListParagraphCxSpMiddle style='margin-left:{36 * level}.0pt;text-indent:-18.0pt;"
                f"mso-list:l0 level{level} lfo1'><![if !supportLists]><span style='{font}'>"
                f"<span style='mso-list:Ignore'>{glyph}<span style='font:7.0pt \"Times New Roman\"'>"
                f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
                f"{runs_html(text, rng, bold)}<o:p></o:p></p>")
    counters.clear()
    return f"<p class=MsoNormal>{runs_html(text, rng, bold)}<o:p></o:p></p>"


def table_html(tbl: etree._Element, rng: random.Random) -> str:
    rows = [tr for tr in tbl if tr.tag == W + "tr"]
    # grid positions of each cell, with vMerge restart/continue, to count row spans
    grid: list[list[tuple[etree._Element, int, str | None]]] = []
    for tr in rows:
        col, cells = 0, []
        for tc in tr.iter(W + "tc"):
            if tc.getparent() is not tr:
                continue
            pr = tc.find(W + "tcPr")
            span = pr.find(W + "gridSpan") if pr is not None else None
            vm = pr.find(W + "vMerge") if pr is not None else None
            cells.append((tc, int(span.get(W + "val")) if span is not None else 1,
                          (vm.get(W + "val") or "continue") if vm is not None else None))
            col += cells[-1][1]
        grid.append(cells)

    def start_col(r: int, k: int) -> int:
        return sum(span for _, span, _ in grid[r][:k])

    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
           "border:none'>"]
    for r, cells in enumerate(grid):
        out.append(" <tr>")
        for k, (tc, span, vm) in enumerate(cells):
            if vm == "continue":
                continue
            rowspan = 1
            if vm == "restart":
                c0 = start_col(r, k)
                for r2 in range(r + 1, len(grid)):
                    below = [(i, v) for i, (_, _, v) in enumerate(grid[r2]) if start_col(r2, i) == c0]
                    if below and below[0][1] == "continue":
                        rowspan += 1
                    else:
                        break
            shd = tc.find(f"{W}tcPr/{W}shd")
            fill = shd.get(W + "fill") if shd is not None else None
            style = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
            if fill and fill.lower() not in ("auto", "ffffff"):
                style += f";background:#{fill.upper()}"
            attrs = (f" colspan={span}" if span > 1 else "") + (f" rowspan={rowspan}" if rowspan > 1 else "")
            counters: dict[str, int] = {}
            inner = "\n".join(paragraph_html(p, rng, counters) for p in tc if p.tag == W + "p") or \
                "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            out.append(f"  <td width=120 valign=top{attrs} style='{style}'>\n  {inner}\n  </td>")
        out.append(" </tr>")
    out.append("</table>")
    return "\n".join(out)


def convert(docx: Path, seed: int) -> str:
    rng = random.Random(seed)
    with zipfile.ZipFile(docx) as z:
        root = etree.fromstring(z.read("word/document.xml"), PARSER)
        title = ""
        if "docProps/core.xml" in z.namelist():
            core = etree.fromstring(z.read("docProps/core.xml"), PARSER)
            title = next((e.text or "" for e in core.iter() if str(e.tag).endswith("}title")), "")
    body = root.find(W + "body")
    parts: list[str] = []
    counters: dict[str, int] = {}
    for el in body:
        if el.tag == W + "p":
            parts.append(paragraph_html(el, rng, counters))
        elif el.tag == W + "tbl":
            counters.clear()
            parts.append(table_html(el, rng))
            parts.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return HEAD.format(title=html.escape(title)) + "\n\n".join(parts) + TAIL


def main(argv: list[str]) -> None:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    for seed, name in enumerate(argv[1:]):
        src = Path(name)
        target = out / f"wd_{src.stem}.htm"
        target.write_bytes(convert(src, seed).encode("cp1252", errors="xmlcharrefreplace"))
        truth = Path(f"{src}.truth.json")
        if truth.exists():
            t = json.loads(truth.read_text(encoding="utf-8"))
            t["doc"], t["format"] = target.name, "html"
            Path(f"{target}.truth.json").write_text(json.dumps(t, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
