"""A fillable PDF form's values, placed where a viewer shows them.

The values typed into an AcroForm's fields live in the fields' dictionaries (/V), not in the
page's content: pdfminer reads none of them, and a form of six boxes comes out as its six labels.
A person sees each value in its box, so each widget's value becomes characters laid out inside
the widget's rectangle (a multi-line field's text wrapped to the box's width, near its top; a
one-line field's on the box's middle), merged with the page's own characters: the table and form
readers then see what the person sees. A ticked check box or chosen radio button shows as '☑',
an empty one as '☐'; a choice field shows its chosen option's display text.

The input is untrusted: a field missing its rectangle, a value of the wrong type, a loop of
parents, are passed over, never raised.
"""
from __future__ import annotations

import re
from typing import Any

from planx.extract.pdfgeom import Char

DEFAULT_SIZE = 10.0  # points: a field whose appearance names no size (auto, 0) or none at all
LARGEST_AUTO = 12.0  # an auto-sized one-line field's type: at most this, and no taller than its box
CHAR_WIDTH = 0.5  # a character's width as a share of its size (Helvetica's average)
LINE_HEIGHT = 1.15  # a multi-line field's lines, as a share of the type size
TOP_GAP = 0.8  # a multi-line box's first line: this share of its type size below the box's top, at most
PADDING = 2.0  # points between a box's edge and its text, as viewers draw it
MAX_FIELD_CHARS = 4000  # a value longer than this is cut: no page of characters from one box
MAX_DEPTH = 20  # parents followed up from a widget, at most (a loop of /Parent ends here)
MULTILINE = 1 << 12  # /Ff bit 13
RADIO = 1 << 15  # /Ff bit 16
HIDDEN = 1 << 1  # /F bit 2: a widget the viewer does not show
TICKED, UNTICKED = "\u2611", "\u2610"
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s+Tf\b")


def _resolve(obj: Any) -> Any:
    from pdfminer.pdftypes import resolve1
    try:
        return resolve1(obj)
    except Exception:  # a dangling or broken reference: no value
        return None


def _text(obj: Any) -> str:
    """A PDF string, name or number as text ('' for anything else)."""
    from pdfminer.psparser import PSLiteral
    obj = _resolve(obj)
    if isinstance(obj, bytes):
        from pdfminer.utils import decode_text
        try:
            return decode_text(obj)
        except Exception:
            return obj.decode("latin-1", "replace")
    if isinstance(obj, PSLiteral):
        name = obj.name
        return name.decode("latin-1", "replace") if isinstance(name, bytes) else str(name)
    if isinstance(obj, str | int | float) and not isinstance(obj, bool):
        return str(obj)
    return ""


def _inherited(widget: dict[str, Any], key: str) -> Any:
    """A field attribute, from the widget or the nearest parent field that sets it (fields inherit
    /FT, /V, /Ff, /DA, /Opt)."""
    node: Any = widget
    for _ in range(MAX_DEPTH):
        if not isinstance(node, dict):
            return None
        if key in node:
            return _resolve(node[key])
        node = _resolve(node.get("Parent"))
    return None


def _number(obj: Any, default: float = 0.0) -> float:
    obj = _resolve(obj)
    return float(obj) if isinstance(obj, int | float) and not isinstance(obj, bool) else default


def _choice_shown(value: str, options: Any) -> str:
    """The display text of a choice field's value: an option given as [export, display] shows its display."""
    if not isinstance(options, list):
        return value
    for opt in options:
        opt = _resolve(opt)
        if isinstance(opt, list) and len(opt) >= 2 and _text(opt[0]) == value:
            return _text(opt[1]) or value
    return value


def field_value(widget: dict[str, Any]) -> str | None:
    """What the viewer shows in the widget: its text, '☑'/'☐' for a check box or radio button,
    None for a push button, a signature or a widget of no field."""
    kind = _text(_inherited(widget, "FT"))
    if kind == "Btn":
        flags = int(_number(_inherited(widget, "Ff")))
        if flags & (1 << 16):  # a push button: no value
            return None
        state = _text(widget.get("AS"))
        if not state:  # no appearance state: the field's value against the widget's 'on' name
            value = _text(_inherited(widget, "V"))
            state = value if value and value != "Off" and not flags & RADIO else "Off"
        return UNTICKED if state in ("", "Off") else TICKED
    if kind not in ("Tx", "Ch"):
        return None
    value = _inherited(widget, "V")
    if isinstance(value, list) and kind == "Ch":  # a list box with several chosen
        texts = [_text(v) for v in value]
        text = ", ".join(_choice_shown(t, _inherited(widget, "Opt")) for t in texts if t)
    else:
        text = _text(value)
        if kind == "Ch":
            text = _choice_shown(text, _inherited(widget, "Opt"))
    return text[:MAX_FIELD_CHARS]


def _rect(widget: dict[str, Any]) -> tuple[float, float, float, float] | None:
    rect = _resolve(widget.get("Rect"))
    if not isinstance(rect, list) or len(rect) != 4:
        return None
    vals = [_number(v, float("nan")) for v in rect]
    if any(v != v for v in vals):  # NaN: not a number
        return None
    x0, y0, x1, y1 = min(vals[0], vals[2]), min(vals[1], vals[3]), max(vals[0], vals[2]), max(vals[1], vals[3])
    return (x0, y0, x1, y1) if x1 - x0 > 1 and y1 - y0 > 1 else None


def _type_size(widget: dict[str, Any], box_height: float, multiline: bool) -> float:
    found = _SIZE.findall(_text(_inherited(widget, "DA")))
    size = float(found[-1]) if found else 0.0
    if size <= 0:  # auto: as large as the box allows, a viewer's usual size at most
        size = DEFAULT_SIZE if multiline else min(LARGEST_AUTO, max(4.0, box_height - 2 * PADDING))
    return min(size, 72.0)


def _wrapped(text: str, width: float, size: float) -> list[str]:
    """The field's text in lines as a multi-line box wraps it: at its own line breaks, then at words."""
    most = max(1, int(width / (CHAR_WIDTH * size)))
    lines: list[str] = []
    for part in re.split(r"\r\n|\r|\n", text):
        line = ""
        for word in part.split():
            if line and len(line) + 1 + len(word) > most:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        lines.append(line)
    return lines


def _line_chars(line: str, x: float, baseline: float, size: float, page_height: float) -> list[Char]:
    """The line's characters from x on the baseline (PDF space, y up), in page coordinates as
    pdfobjects.page_objects gives the page's own."""
    chars: list[Char] = []
    step = CHAR_WIDTH * size
    bottom_y = baseline - 0.2 * size  # the glyph box's bottom, under the baseline as a font's descent
    for ch in line:
        chars.append({"text": ch, "x0": x, "x1": x + step, "top": page_height - (bottom_y + size),
                      "bottom": page_height - bottom_y, "size": size, "upright": True,
                      "matrix": (size, 0.0, 0.0, size, x, baseline), "fontname": "Helvetica", "y0": bottom_y})
        x += step
    return chars


def widget_chars(widget: dict[str, Any], page_height: float, origin: tuple[float, float]) -> list[Char]:
    """The characters of one widget's value, inside its rectangle (origin: the page's media box's
    lower left corner, which pdfminer's layout takes off)."""
    if int(_number(widget.get("F"))) & HIDDEN:
        return []
    value = field_value(widget)
    rect = _rect(widget)
    if not value or not value.strip() or rect is None:
        return []
    x0, y0, x1, y1 = rect[0] - origin[0], rect[1] - origin[1], rect[2] - origin[0], rect[3] - origin[1]
    multiline = bool(int(_number(_inherited(widget, "Ff"))) & MULTILINE)
    size = _type_size(widget, y1 - y0, multiline)
    if value in (TICKED, UNTICKED):
        size = min(size, y1 - y0, x1 - x0)
        lines = [value]
    else:
        lines = _wrapped(value, x1 - x0 - 2 * PADDING, size) if multiline else [" ".join(value.split())]
    align = int(_number(_inherited(widget, "Q")))
    out: list[Char] = []
    # a one-line box's text on the box's middle; a multi-line box's near its top, as a viewer sets
    # it, but no higher than a one-line box's text would stand there (TOP_GAP): the labels and
    # values printed beside the box line up with its first line, as a row of a grid of fields
    # or a form's label and its box are read
    block = size * (1 + (len(lines) - 1) * LINE_HEIGHT)
    gap = max(0.0, (y1 - y0 - block) / 2)
    if multiline:
        gap = min(gap, TOP_GAP * size)
    first = y1 - gap - 0.8 * size
    for k, line in enumerate(lines):
        baseline = first - k * LINE_HEIGHT * size
        width = len(line) * CHAR_WIDTH * size
        x = x0 + PADDING if align not in (1, 2) else \
            (x0 + x1 - width) / 2 if align == 1 else x1 - PADDING - width
        out += _line_chars(line, x, baseline, size, page_height)
    return out


def _printed_already(chars: list[Char], printed: list[Char]) -> bool:
    """Does the page's own text already print the value where its box is (a form saved with its
    values drawn into the page, its fields kept): the value read once, not twice."""
    if not chars or not printed:
        return False
    x0, x1 = min(c["x0"] for c in chars) - PADDING, max(c["x1"] for c in chars) + PADDING
    top, bottom = min(c["top"] for c in chars) - PADDING, max(c["bottom"] for c in chars) + PADDING
    within = "".join(c.get("text", "") for c in printed
                     if x0 - 50 <= c["x0"] and c["x1"] <= x1 + 50 and top <= c["top"] and c["bottom"] <= bottom)
    value = "".join(c["text"] for c in chars)
    return "".join(value.split()) in "".join(within.split())


def form_chars(page: Any, page_height: float, printed: list[Char] | None = None) -> list[Char]:
    """The characters of every form field's value shown on the pdfplumber page (none when it has
    no widgets, or its annotations cannot be read); a value the page's own characters (`printed`)
    already print in its box is left out."""
    try:
        annots = _resolve(page.page_obj.annots)
        if not isinstance(annots, list):
            return []
        box = _resolve(page.page_obj.mediabox)
        origin = (_number(box[0]), _number(box[1])) if isinstance(box, list) and len(box) == 4 else (0.0, 0.0)
        out: list[Char] = []
        for annot in annots[:5000]:
            widget = _resolve(annot)
            if isinstance(widget, dict) and _text(widget.get("Subtype")) == "Widget":
                try:
                    chars = widget_chars(widget, page_height, origin)
                    if not _printed_already(chars, printed or []):
                        out += chars
                except Exception:  # one odd widget: its value left out, the others kept
                    continue
        return out
    except Exception:
        return []
