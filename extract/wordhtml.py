"""Word's HTML ("Save as Web Page", filtered or not): its lists as the lists they are.

Word writes a list item as a paragraph whose style names the list and its level
('mso-list:l0 level2 lfo1') and prints the item's bullet or number as text in a span marked
'mso-list:Ignore', inside a downlevel conditional ('<![if !supportLists]>'), followed by a run of
non-breaking spaces. Read as plain paragraphs, an item would open with a stray glyph ('·', 'o',
'§' in the Symbol, Courier or Wingdings fonts) and lose its depth. Each such paragraph becomes a
list item: its number kept as printed ('2.', 'a)'), a bullet glyph as the bullet a browser shows,
and its level as the item's depth.
"""
from __future__ import annotations

import re
from typing import Any

_MSO_LIST = re.compile(r"mso-list\s*:\s*l\d+\s+level(\d+)", re.I)
_IGNORE = re.compile(r"mso-list\s*:\s*ignore", re.I)
# a number or letter as Word prints it ('1.', '2.3.', '(a)', 'iv.'); a lone letter with no stop is a
# bullet glyph ('o' in Courier New, 'ü' in Wingdings)
_NUMBER = re.compile(r"^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-zA-Z][.)]|\(?[ivxlcIVXLC]{1,5}[.)])$")
LABEL, LEVEL = "data-list-label", "data-list-level"


def word_lists(root: Any) -> int:
    """Turn Word's list paragraphs into list items (see the module's note); the number turned."""
    turned = 0
    for p in list(root.iter("p")):
        m = _MSO_LIST.search(p.get("style") or "")
        if not m:
            continue
        marks = [s for s in p.iter("span") if _IGNORE.search(s.get("style") or "")]
        glyph = " ".join(marks[0].text_content().split()) if marks else ""
        for span in marks:
            span.drop_tree()  # (its tail, the item's text, stays)
        label = f"{glyph} " if _NUMBER.match(glyph) else "• "
        p.tag = "li"
        p.set(LABEL, label)
        p.set(LEVEL, str(max(int(m.group(1)) - 1, 0)))
        turned += 1
    return turned
