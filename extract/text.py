"""Tab-separated text plans, as legacy PDF/Word-to-text conversions write them (text laid out
in columns by spaces, as `pdftotext -layout` prints, is read by extract/layouttext.py).

One table row per line, cells separated by tabs; a blank line or a line without a tab
ends a table (tables drawn as grids of characters, '+----+----+' rules and '|' cells, are read
by extract/gridtext.py, the rules parting the rows). Page breaks in the source usually show as a
blank line and a repeated header. Form feeds, when present, count pages.
"""
from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from pathlib import Path

from planx.extract.gridtext import GridTable
from planx.extract.model import Cell, ExtractError, Paragraph, RawDocument, Row, Table
from planx.normalise.severity import Note
from planx.normalise.vocab_pages import PAGE_LABEL

MAX_TEXT_BYTES = 200 * 1024 * 1024
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
MARKDOWN_SUFFIXES = {".md", ".markdown"}
ENCODINGS = ("utf-8-sig", "cp1252")  # UK Word exports are often Windows-1252


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read with; ExtractError for binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    sample = data[:65536]
    if b"\x00" in sample:
        raise ExtractError("binary data, not a text plan (NUL bytes)")
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > len(sample) * 0.01:
        raise ExtractError("binary data, not a text plan (control characters)")
    for encoding in ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    # cp1252 leaves five bytes undefined; latin-1 reads everything
    return data.decode("latin-1"), "latin-1"


def _odd_characters(text: str) -> list[str]:
    """The non-ASCII characters of a legacy reading that a real document would not hold where they
    stand: a letter with no letter beside it ('the Ã( policy', 'ÿþ'), a control or private-use
    character. In a true Windows-1252 file they are words' own letters ('café', 'São') or
    punctuation and symbols ('£200', '–', '“'), so none is left; in damaged or mis-sent UTF-8 the
    stray bytes read as lone accented letters."""
    odd = []
    for i, char in enumerate(text):
        if char.isascii():
            continue
        kind = unicodedata.category(char)
        if kind[0] in "PSZN" and kind not in ("Co",):
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if kind[0] == "L" and (before.isascii() and before.isalpha() or after.isascii() and after.isalpha()):
            continue
        odd.append(char)
    return odd


def encoding_warning(text: str, encoding: str) -> str | None:
    """What reading a file in a legacy encoding is worth saying: a Note when every character it gave
    sits as in real text (the encoding is then sure), a doubt quoting the odd characters when some
    look like damaged bytes (the file may be broken, not legacy). None for UTF-8 and UTF-16."""
    if encoding in ("utf-8-sig", "utf-16"):
        return None
    odd = _odd_characters(text)
    if not odd:
        return f"read as {encoding} (not UTF-8)"
    shown = "".join(dict.fromkeys(odd))[:12]
    return f"read as {encoding} (not UTF-8), but {len(odd)} character(s) look like damaged bytes: {shown!r}"


# a plain-text heading: a short line set apart by blank lines, in Title Case or capitals, with no
# sentence's closing punctuation ('Inclusion', 'Early Help and Prevention', 'ATTENDANCE')
_HEADING_MAX_WORDS = 8
_MINOR_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
                "with", "&", "-", "–"}
_HEADING_WORD = re.compile(r"^[A-Z0-9(\"'‘“][^\s]*$")


# a kind of part, its number and its title ('Strand 2 - Support for people at risk', 'Priority 3: Safe
# homes', 'Key Objective 1 – Voice'): a heading set so in any case
_NUMBERED_PART = re.compile(r"^[A-Z][a-z]+(?: [A-Za-z][a-z]+)? \d{1,2}[a-z]?\s*[-–—:.]\s+[A-Z0-9‘'\"]")


def standalone_heading(text: str) -> bool:
    """Does a line standing alone between blank lines read as a heading? Short, no full stop,
    colon or other closing mark, and every word but the small ones capitalised; or a numbered part's
    title ('Strand 2 - Support for people at risk') of a dozen words at most, no closing mark. A
    page's label ('Page 018 (2017)', 'Page 3 of 9') is the page's furniture, no heading."""
    if PAGE_LABEL.match(text):
        return False
    if _NUMBERED_PART.match(text) and len(text.split()) <= 12 and text[-1] not in ".:;,!?":
        return True
    words = text.split()
    if not 1 <= len(words) <= _HEADING_MAX_WORDS or text[-1] in ".:;,!?" or ":" in text:
        return False
    if not any(ch.isalpha() for ch in text) or not words[0][0].isupper():
        return False
    return all(_HEADING_WORD.match(w) or w.lower() in _MINOR_WORDS for w in words)


# a list number whose full stop a Markdown export escaped ('11\\. Update on the Website'): the
# backslash is the converter's, not the document's ('11. Update on the Website')
_ESCAPED_NUMBER = re.compile(r"^(\s*\d{1,3}(?:\.\d{1,3}){0,3})\\([.)])(?=\s)")


def escaped_numbers_read(lines: list[str]) -> tuple[list[str], int]:
    """The lines with a Markdown escape taken off their list numbers ('11\\. ' → '11. '), and how
    many lines had one: an agenda item's number reads as a number, its line as the item's heading."""
    out, count = [], 0
    for line in lines:
        fixed = _ESCAPED_NUMBER.sub(r"\1\2", line, count=1) if "\\" in line else line
        count += fixed != line
        out.append(fixed)
    return out, count


def _blank(line: str) -> bool:
    return "\t" not in line and not line.strip()  # (a line with a tab is a table's row)


def _set_apart(lines: list[str], number: int) -> bool:
    """Is line `number` (1-based) set apart: a blank line (or the file's start) above, a blank line below?"""
    return (number < 2 or _blank(lines[number - 2])) and number < len(lines) and _blank(lines[number])


def parse_text(path: Path) -> RawDocument:
    with open(path, "rb") as fh:  # one open: its size, then its bytes
        size = os.fstat(fh.fileno()).st_size
        if size > MAX_TEXT_BYTES:
            raise ExtractError(f"file too large for a text plan ({size} bytes > {MAX_TEXT_BYTES})")
        data = fh.read()
    text, encoding = decode(data)
    # not str.splitlines(): it also splits at form feeds, which count the pages here
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    from planx.extract.csvfile import delimited_document, export_delimiter
    delimiter = export_delimiter(text) if path.suffix.lower() not in MARKDOWN_SUFFIXES else ""
    if delimiter:  # a tracker's export saved as text: its records are a table, as a .csv file's are
        doc = delimited_document(text, delimiter, path=str(path), name=path.name, fmt="txt")
        doc.warnings.append(Note(f"read as a delimited export (cells parted by {delimiter!r})"))
    elif path.suffix.lower() in MARKDOWN_SUFFIXES:
        from planx.extract.markdown import parse_markdown_lines
        doc = parse_markdown_lines(lines, path=str(path), name=path.name, fmt=path.suffix.lower().lstrip("."))
    else:
        doc = parse_mail_or_lines(lines, path=str(path), name=path.name, headers=True)
    warning = encoding_warning(text, encoding)
    if warning:
        doc.warnings.append(warning)
    return doc


def parse_mail_or_lines(lines: list[str], *, path: str, name: str, headers: bool) -> RawDocument:
    """Lines of text read as a plan; when they are an e-mail's (a header block atop with `headers`, a
    .eml's body without), its current message only: the headers and the earlier message it quotes
    set aside (extract/mailtext.py), the subject the document's declared title."""
    from planx.extract.mailtext import read_mail
    mail = read_mail(lines, headers=headers)
    if mail is None:
        return parse_lines(lines, path=path, name=name)
    doc = parse_lines(mail.lines, path=path, name=name)
    doc.declared_title = doc.declared_title or mail.subject
    doc.aside += [(text, reason, 1, line) for text, reason, line in mail.aside]
    earlier = sum(1 for _, reason, _ in mail.aside if reason.startswith("earlier"))
    titled = " (its subject the title)" if mail.subject else ""
    doc.warnings.append(Note(f"read as an e-mail: its header lines{titled}"
                             + (f", {earlier} line(s) of the earlier message it quotes" if earlier else "")
                             + " set apart from the plan"))
    return doc


# cells parted by a bar with space either side ('1.1  Audit the offer  |  Head of SEND  |  May 2025')
_BAR = re.compile(r"\s\|\s")
_MIN_BAR_ROWS = 3  # rows parted so, with one number of cells, before they read as a table
# a row's own reference set before its first cell's text by spaces ('1.1   Audit …', 'A2  Publish …')
_REF_THEN_TEXT = re.compile(r"^\s*((?:\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z]{1,3}\d{0,3})[a-z]?[.)]?)\s{2,}(\S.*)$")


def _bar_cells(line: str) -> list[str] | None:
    """The cells of a line whose cells are parted by ' | ' (two bars or more), else None."""
    if len(_BAR.findall(line)) < 2:
        return None
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") else text
    return [cell.strip() for cell in text.split("|")]


def _open_quote(line: str) -> bool:
    """Does the line's last cell open a quoted cell it does not close ('…\t"• Consult young
    people – May 2025' with the rest of the cell on the lines below)?"""
    cell = line.rsplit("\t", 1)[-1] if "\t" in line else line
    if not cell.startswith('"'):
        return False
    body = cell[1:].replace('""', "")
    return '"' not in body


def quoted_cells_joined(lines: list[str]) -> tuple[list[str], set[int]]:
    """Tab-separated rows whose cell holds line breaks, quoted as a spreadsheet exports it
    ('1.1\tAudit …\t"• Consult – May 2025', '• Go live – April 2026"\tend of April 2026\t…'):
    each row on one line again, its cell's lines joined by a line break; and the numbers (1-based)
    of the lines taken into the row above. Only a quote that opens a row's last cell so far and
    closes on a later line, before a tab or the line's end, joins lines."""
    if not any('\t"' in line or line.startswith('"') for line in lines):
        return lines, set()
    out: list[str] = list(lines)
    within: set[int] = set()
    k = 0
    while k < len(lines):
        line = lines[k]
        if "\t" in line and _open_quote(line):
            joined, j = line, k + 1
            while j < len(lines) and j - k <= _MAX_CELL_LINES:
                joined += "\n" + lines[j]
                closing = re.search(r'(?<!")"(?:\t|$)', lines[j].replace('""', ""))
                j += 1
                if closing:
                    break
            else:
                k += 1
                continue  # never closed: no quoted cell, the lines stay as they are
            out[k] = joined
            within.update(range(k + 2, j + 1))
            k = j
            continue
        k += 1
    return out, within


_BRACKET_LINES = 2  # a bracket wrapped at a page's width closes on the next line or the one after
# (a dash may open the wrapped part: '– by 30th September 2026)'; the bracket closing on it says it continues)
_ITEM_START = re.compile(r"^\s*(?:[•*·▪]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)")


def _open_bracket(text: str) -> bool:
    """Does the line open a bracket it does not close ('… (Action: Head of Commissioning –')?"""
    return text.count("(") > text.count(")") or text.count("[") > text.count("]")


def bracket_wraps_joined(lines: list[str], skip: set[int]) -> tuple[list[str], set[int]]:
    """Lines of prose wrapped inside a bracket ('1. Roll out … (Action: Head of Commissioning –',
    'by January 2027)'): the line that opens the bracket with the lines up to the one that closes it,
    joined by a space; and the numbers (1-based) of the lines taken into the line above. Only a bracket
    that closes within two lines, on lines that are no list item, no table row and not blank, joins
    lines: a bracket never closed leaves the lines as printed. Lines in skip (1-based) are joined
    already (a quoted cell's)."""
    out: list[str] = list(lines)
    within: set[int] = set()
    k = 0
    while k < len(lines):
        line = lines[k]
        if k + 1 in skip or "\t" in line or not line.strip() or not _open_bracket(line):
            k += 1
            continue
        joined, j = line.rstrip(), k + 1
        while j < len(lines) and j - k <= _BRACKET_LINES:
            nxt = lines[j]
            if j + 1 in skip or "\t" in nxt or "\f" in nxt or not nxt.strip() or _ITEM_START.match(nxt):
                break
            joined += " " + nxt.strip()
            j += 1
            if not _open_bracket(joined):
                out[k] = joined
                within.update(range(k + 2, j + 1))
                break
        k = j if k + 2 in within else k + 1
    return out, within


# a text wrapped at a fixed width by the program that wrote it (a letter, an e-mail, a plain-text export):
# the width lies in this range, and this many lines at least come within _WRAP_RAGGED characters of it
_WRAP_WIDTHS = range(50, 101)
_MIN_FULL_LINES = 3
_WRAP_RAGGED = 15
# words a line broken mid-sentence ends with: no sentence ends so ('… and completed by' / '31 January 2025.')
_JOINING_WORDS = frozenset("a an and or but by of the to in on at for from with into than that as our their "
                           "its is are be will was were this these".split())
# 'Lead: …', or a label alone over its value on the lines below ('What:'): a line of its own
_LABEL_START = re.compile(r"^\s*[A-Z][\w ’'/&()-]{0,30}:(?:\s|$)")
_BULLET_START = re.compile(r"^\s*[-–—•*·▪◦‣○●■□➢>o]\s")  # '- …', 'o …' (a nested item's glyph)
_OUTLINE_START = re.compile(r"^\s*\d{1,3}(?:\.\d{1,3})+[.)]?\s")  # '1.2 Publish …': an outline's item
# the rest of a date a line broke inside ('… completed by 30 June' / '2026.', '… by' / '31 January 2025.')
_DATE_REST = re.compile(r"^\s*(?:(?:19|20)\d{2}\b(?![./-]\d)"
                        r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
                        re.I)


def wrap_width(lines: list[str]) -> int:
    """The width the text was wrapped at (its longest line up to 100 characters), or 0 when too few
    lines come near it for the text to read as wrapped."""
    lengths = [len(line.rstrip()) for line in lines if "\t" not in line and len(line.rstrip()) in _WRAP_WIDTHS]
    width = max(lengths, default=0)
    return width if sum(n >= width - _WRAP_RAGGED for n in lengths) >= _MIN_FULL_LINES else 0


def _opens_own_line(nxt: str) -> bool:
    """Does the line open a thing of its own: a list item, a label ('Lead: …'), a table row, a page?"""
    return not nxt.strip() or "\t" in nxt or "\f" in nxt \
        or any(p.match(nxt) for p in (_ITEM_START, _BULLET_START, _OUTLINE_START, _LABEL_START))


# a label run in after a sentence's stop at the line's end ('… Head of Safeguarding. By:'), its value
# on the next line
_LABEL_AT_END = re.compile(r"[.;!?]\s+[A-Z][\w ’'/&()-]{0,30}:$")


def _broken_for_room(line: str, nxt: str, width: int) -> bool:
    """Was the line broken before the next line's first word for want of room: the word would not fit
    within the width (and the line does not close on a colon, over what it introduces, unless that
    closes a label run in after a sentence, whose value the break put on the next line)?"""
    words, text = nxt.split(), line.rstrip()
    return bool(words) and len(text) + 1 + len(words[0]) > width \
        and (not text.endswith(":") or _LABEL_AT_END.search(text) is not None)


# a label whose value is still open at the end of the text: the last sentence's stop (or the start) comes
# before it, none after ('… staff. Lead: Owen', 'Action 5: Introduce audits led by the Principal Social')
_OPEN_LABEL = re.compile(r"(?:^|[.;!?]\s)\s*[A-Z][\w ’'/&()-]{0,30}:\s+\S[^.;!?]*$")


def continues(line: str, nxt: str, width: int, para: str = "") -> bool:
    """Does the next printed line go on with this one, the text wrapped at `width`? The one rule for it:
    the extractor's joining of lines (prose_wraps_joined) and the readers of labelled lines over blocks
    (normalise/headplans.py, labelforms.py) all ask here. Only where the line was broken for want of room
    and the next line opens no thing of its own; then when it stops mid-sentence (the next line opens in
    lower case, the line ends on a word no sentence ends with, or with no stop before the rest of a
    date), or mid-value of a label ('… staff. Lead: Owen' / 'Baptiste, Head of HR. By: …'): a label's
    value runs on to its stop or the next label, whatever case the next word opens in (a name, a title).
    para: the paragraph so far, ending with the line (its label may stand on an earlier line)."""
    if _opens_own_line(nxt) or not _broken_for_room(line, nxt, width):
        return False
    first, last = nxt.split()[0], (line.split() or [""])[-1].lower()
    if first[:1].islower() or last in _JOINING_WORDS:
        return True
    text = line.rstrip()
    if text.endswith(":"):
        return True  # a label run in at the line's end (_broken_for_room): its value is the next line
    # no stop before the rest of a date ('… by 30 June' / '2026.'), or a label's value still open
    return not text.endswith((".", ";", "!", "?")) \
        and (bool(_DATE_REST.match(nxt)) or bool(_OPEN_LABEL.search(para or line)))


def _wrapped_item(run: list[str], width: int) -> bool:
    """Is a run of lines between blank lines one list item wrapped at the width: its first line opens
    the item, every line but the last was broken for want of room, none after the first opens a thing
    of its own? Then a line ending a sentence goes on too ('3. We will … a targeted local campaign.' /
    'This work will be led by …'). (A run of full lines with no mark may be items the writer ended
    there, each on its line: those join only mid-sentence.)"""
    return len(run) > 1 and bool(_ITEM_START.match(run[0])) \
        and all(not _opens_own_line(b) and _broken_for_room(a, b, width) for a, b in zip(run, run[1:], strict=False))


def _run_end(lines: list[str], k: int, skip: set[int]) -> int:
    """The index after the run of lines from k up to a blank line, a table row or a line joined already."""
    j = k + 1
    while j < len(lines) and j + 1 not in skip and lines[j].strip() and "\t" not in lines[j]:
        j += 1
    return j


_OPENER_REPEATS = 3  # lines a capitalised first word opens before it reads as a form's label


def recurring_openers(lines: list[str]) -> set[str]:
    """The capitalised first words that open _OPENER_REPEATS lines or more, each with more text after
    it: the labels of a form printed with no colon ('Owner Head of Safeguarding', 'Deadline Ongoing'
    over every action). A wrapped sentence goes on in the same word only by chance."""
    counts: dict[str, int] = {}
    for line in lines:
        words = line.split()
        if len(words) > 1 and words[0][:1].isupper() and words[0].isalpha():
            counts[words[0]] = counts.get(words[0], 0) + 1
    return {w for w, n in counts.items() if n >= _OPENER_REPEATS}


def _label_after_label(para: str, line: str, openers: set[str]) -> bool:
    """Is the line the next label of a form with no colons rather than more of an open label's value
    (continues): the paragraph so far ends in a label's open value ('Action 2: Introduce …') and the
    line opens with a word that opens several lines of the text ('Owner Director of …'; recurring_openers)?"""
    words = line.split()
    return bool(words) and words[0] in openers and bool(_OPEN_LABEL.search(para))


def prose_wraps_joined(lines: list[str], skip: set[int]) -> tuple[list[str], set[int]]:
    """Lines of a text wrapped at a fixed width joined into the paragraphs (and list items) they
    were before it was wrapped ('1. We will strengthen … in challenging' / 'drift in care plans. This
    work will be led by …'); and the numbers (1-based) of the lines taken into the line above. A run
    of lines between blank lines that is one wrapped list item is joined whole (_wrapped_item);
    elsewhere a line joins the one above only where that one was broken for want of room mid-sentence
    (continues): lines that end where the writer ended them (a list of items without marks, a
    table's rows) stay as printed. Lines in skip (1-based) are joined already."""
    width = wrap_width(lines)
    out: list[str] = list(lines)
    within: set[int] = set()
    if not width:
        return out, within
    openers = recurring_openers(lines)
    k = 0
    while k < len(lines):
        if k + 1 in skip or "\t" in lines[k] or not lines[k].strip():
            k += 1
            continue
        end = _run_end(lines, k, skip)
        whole = _wrapped_item(lines[k:end], width)
        j, tail, stop = k + 1, lines[k], end if whole else len(lines)
        while j < stop and j + 1 not in skip and (whole or (continues(tail, lines[j], width, out[k])
                                                          and not _label_after_label(out[k], lines[j], openers))):
            out[k] = out[k].rstrip() + " " + lines[j].strip()
            tail = lines[j]
            within.add(j + 1)
            j += 1
        k = j
    return out, within


def _quoted_split(line: str) -> list[str]:
    """A tab-separated line's cells, a cell in quotes unquoted ('"a ""b"" c"' → 'a "b" c')."""
    cells = []
    for cell in line.split("\t"):
        if len(cell) >= 2 and cell.startswith('"') and cell.endswith('"'):
            cell = cell[1:-1].replace('""', '"')
        cells.append(cell)
    return cells


_MAX_CELL_LINES = 40  # lines a quoted cell may run over before the quote is taken for a stray one


def aligned_bars_as_spaces(lines: list[str]) -> list[str]:
    """A fixed-width report whose columns are parted by bars set at the same character columns on
    every line ('1.1    | Review the early help   | Ann Lee', and under it '       | assessment form
    | …', a cell wrapped onto the next line with the bars kept): its bars made spaces, so that it is
    read as text set out in columns is (layouttext), a wrapped cell joined to its row by its column.
    Read as bar-parted rows, each line would be a row of its own. Bars that do not line up (a
    typed 'a | b' per line, a Markdown table with ragged edges) are left as they are."""
    barred = [n for n, line in enumerate(lines) if len(_BAR.findall(line)) >= 2]
    if len(barred) < 2 * _MIN_BAR_ROWS:
        return lines
    spots = Counter(i for n in barred for i, ch in enumerate(lines[n]) if ch == "|")
    columns = {i for i, k in spots.items() if k * 10 >= len(barred) * 9}  # a bar on nine lines in ten
    if len(columns) < 2 or any(lines[n].lstrip().startswith("|") and lines[n].index("|") == 0 for n in barred):
        return lines
    if not all({i for i, ch in enumerate(lines[n]) if ch == "|"} <= columns for n in barred):
        return lines
    out = list(lines)
    for n in barred:
        out[n] = lines[n].replace("|", " ")
    return out


_WIDE_GAP = re.compile(r"(?<=[^\s|]) {3,}(?=[^\s|])")  # three spaces or more between words, no bar beside


def _layout_gaps(line: str) -> int:
    """How many wide runs of spaces part a line's words away from any bar: the gaps between the
    columns of text laid out by spaces."""
    return len(_WIDE_GAP.findall(line.strip()))


_DEEP_INDENT = 8  # a line set this far in starts in a column to the right of the first


def _laid_out(line: str) -> bool:
    """Is a line laid out in columns by spaces: two wide gaps between its words away from any bar,
    or set far in (its text in a column to the right, the first one empty)?"""
    return _layout_gaps(line) >= 2 or len(line) - len(line.lstrip(" ")) >= _DEEP_INDENT


_TIGHT_HEADING_WORDS = 4  # words at most in each heading cell of a bar-separated export


def _tight_bar_rows(lines: list[str]) -> dict[int, list[str]]:
    """The rows of a system's export whose cells are parted by bare bars ('ID|Theme|Action|Owner',
    then 'A-01|Workforce|Recruit …|Ann Lee'): a run of lines, no blank between, each with the same
    number of bars (two or more), three lines at least, opening with a line of short headings (no
    cell empty, a few words each). Bars within prose ('either|or') never make such a run. Maps each
    line's number (0-based) to its cells; empty where there is no such run."""
    out: dict[int, list[str]] = {}
    n = 0
    while n < len(lines):
        count = lines[n].count("|")
        if count < 2 or "\f" in lines[n]:
            n += 1
            continue
        end = n
        while end + 1 < len(lines) and lines[end + 1].count("|") == count and lines[end + 1].strip():
            end += 1
        heading = [c.strip() for c in lines[n].strip().split("|")]
        if end - n + 1 >= _MIN_BAR_ROWS and all(c and len(c.split()) <= _TIGHT_HEADING_WORDS for c in heading):
            for k in range(n, end + 1):
                out[k] = [c.strip() for c in lines[k].strip().split("|")]
        n = end + 1
    return out


def bar_rows_as_tabs(lines: list[str]) -> tuple[list[str], int]:
    """Lines whose cells are parted by ' | ' instead of tabs (a tracker exported from a database or
    a wiki, a plan typed so), as tab-separated rows, and how many: only the cell count that three
    lines or more share, so a lone 'Home | About | Contact' or a sentence with a bar stays text.
    When every such row opens with a reference set apart by spaces ('1.1   Audit …'), that is a
    cell of its own, as the heading line above it ('Ref   Action') sets it."""
    cells = {n: c for n, line in enumerate(lines) if "|" in line and (c := _bar_cells(line)) is not None}
    if len(cells) < _MIN_BAR_ROWS:
        cells = _tight_bar_rows(lines)
    else:
        # a row whose last cell is empty ends with its bar ('… | AMBER | '): _bar_cells took that bar
        # for a border, but the row opens with none; it parts the empty last cell, when the rows ending
        # so are the fewer (a table whose every row ends with a bar has a border there)
        open_end = {n for n in cells if lines[n].rstrip().endswith("|") and not lines[n].lstrip().startswith("|")}
        if 0 < len(open_end) * 2 < len(cells):
            cells = {n: [*c, ""] if n in open_end else c for n, c in cells.items()}
    if len(cells) < _MIN_BAR_ROWS:
        return lines, 0
    if sum(1 for n in cells if _laid_out(lines[n])) * 2 >= len(cells):
        # most such lines are also laid out in columns by wide runs of spaces away from the bars, or
        # set far in ('FH1a     Create a shared …     M1 Scoping | Q2 2025/26 | Underway     Ann Lee
        # RED', and under it the cell's next item alone, far in): the bars part the items inside
        # one column's cell (a milestone's name, date and status)
        return lines, 0
    widths: dict[int, int] = {}
    for c in cells.values():
        widths[len(c)] = widths.get(len(c), 0) + 1
    width = max(widths, key=lambda w: widths[w])
    rows = {n: c for n, c in cells.items() if len(c) == width}
    if len(rows) < _MIN_BAR_ROWS:
        return lines, 0
    split_ref = all(_REF_THEN_TEXT.match(c[0]) for c in rows.values())
    out = list(lines)
    for n, c in rows.items():
        m = _REF_THEN_TEXT.match(c[0]) if split_ref else None
        out[n] = "\t".join([m.group(1), m.group(2), *c[1:]] if m else c)
    return out, len(rows)


def spanned_heading(rows: list[Row]) -> list[Row]:
    """A heading of two rows, as tab-separated text writes a heading cell over several columns
    ('Ref\tAction\t…\tRAG status by quarter', then '\t\t…\tApr-Jun\tJul-Sep\tOct-Dec\tJan-Mar'):
    the first row stops at the spanning cell, the second leaves the columns before it empty and
    fills each column from there on. The spanning cell is widened over those columns, and the
    empty cells below the first row's others take their text, as Word's merged cells give it."""
    if len(rows) < 3:
        return rows
    top, sub = rows[0].cells, rows[1].cells
    n, m = len(top), len(sub)
    if not 2 <= n < m or not all(c.text.strip() for c in top) \
            or any(c.text.strip() for c in sub[:n - 1]) or not all(c.text.strip() for c in sub[n - 1:]):
        return rows
    widened = [*top[:-1], Cell(top[-1].text, top[-1].col, colspan=m - n + 1)]
    for c in top[:-1]:
        c.rowspan = 2
    below = [Cell(c.text, c.col, merged_above=True) for c in top[:-1]] + sub[n - 1:]
    return [Row(widened, rows[0].page, rows[0].line), Row(below, rows[1].page, rows[1].line), *rows[2:]]


# a row across a table names a part of it ('Surgery', 'Recommendation 1: Agencies should improve
# their understanding of neglect and …'): a line, not a paragraph
_SPAN_MAX_WORDS = 40


def _spanning_row(lines: list[str], number: int, within: set[int]) -> bool:
    """Is line `number` (1-based; no tab, not blank, a table's row just above it) a row across the
    table: a line with no sentence's end, not opening in lower case, the next line a row of the
    table again (tabs), with no blank line between ('Ref\tAction\t…', 'MD1.2\t…', 'Critical care', 'MD3.1\t…')?"""
    text = lines[number - 1].strip()
    if len(text.split()) > _SPAN_MAX_WORDS or text[-1] in ".:;,!?" or text[0].islower():
        return False  # (a line opening in lower case goes on from a cell, unquoted: no row of its own)
    k = number  # 0-based index of the next line
    while k < len(lines) and (k + 1) in within:
        k += 1
    return k < len(lines) and "\t" in lines[k]


# a numbered title: its reference ('EO1.', '2.', 'A)', '3 -') and a capitalised title
_NUMBERED_TITLE = re.compile(r"^(?:[A-Z]{1,4}\d{0,2}|\d{1,2}(?:\.\d{1,2})?)[.)]?\s*[-–:]?\s+[A-Z‘'\"]")
# a label and its value on one line ('Why this matters: …', 'Lead: A. Khan')
_LABELLED_LINE = re.compile(r"^[A-Z][\w ’'/&()-]{1,50}:\s+\S")


def _first_item(text: str, number: str) -> bool:
    """The text opens the first item under heading `number` ('2.1 We will …', or '2.1' alone)."""
    return text.startswith(f"{number}.1 ") or text.strip() == f"{number}.1"


def numbered_headings_over_tables(blocks: list[Paragraph | Table], lines: list[str]) -> None:
    """A numbered title set apart by blank lines ('EO1. Make our services accessible to everyone',
    '2. Prevention and health inequalities') over a table, with at most labelled lines between
    ('Why this matters: …'), or over items that extend its number ('2.1 …'), heads them, as the
    heading it was in Word: a heading. Numbered lines over neither (a list set apart line by line)
    are left as they are."""
    for i, block in enumerate(blocks):
        if not isinstance(block, Paragraph) or block.heading or not i or not _NUMBERED_TITLE.match(block.text):
            continue
        text = block.text
        number = re.match(r"(\d{1,2})[.)]?\s", text)
        # (or set apart above only, its first item right under it: '1. Homes for local people'
        # over '1.1' alone on its line, then the item's labelled lines)
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        first_item = number is not None and isinstance(below, Paragraph) and below.line == block.line + 1 \
            and _first_item(below.text, number.group(1))
        above = block.line < 2 or _blank(lines[block.line - 2])
        if len(text.split()) > 15 or text[-1] in ".:;,!?" or not (
                _set_apart(lines, block.line) or above and first_item):
            continue
        k = i + 1
        while k < len(blocks) and k - i <= 3:
            after = blocks[k]
            if not isinstance(after, Paragraph) or not _LABELLED_LINE.match(after.text):
                break
            k += 1
        # or over its own numbered items, a few lines on ('2. A stable workforce', 'What we know: …',
        # '2.1 We will …'): the number the items extend is the heading's
        items = number is not None and any(
            isinstance(b, Paragraph) and _first_item(b.text, number.group(1)) for b in blocks[i + 1:i + 5])
        if k < len(blocks) and isinstance(blocks[k], Table) or items:
            block.heading = True


# a box's top or bottom edge drawn with characters: '+------+', '+======+'
_BOX_EDGE = re.compile(r"^(?P<indent>\s*)\+[-=]{8,}\+\s*$")
_MIN_BOX_LINES = 2  # lines at least inside a box framed so


# a form's line inside a box: a short label closed by a colon, then its value after a gutter (or none)
_BOX_LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w’'&/()-]*(?: [\w’'&/()-]+){0,5}:)(?:\s{2,}(?P<value>\S.*))?$")
_BOX_GOES_ON = 4  # spaces at least before a value's next line, set under the values


def _record_lines(inside: list[str]) -> list[str]:
    """A box's lines as a form's: when every line is a label and its value ('Lead:      Ann Lee') or
    a value's next line set in under the values ('           2. Second milestone'), each as the
    labelled line it is ('Lead: Ann Lee') and each next line on its own, as a form written out
    prints them (the gutter is no column of a table: one line is one field); else as they stand."""
    if not all(not ln.strip() or _BOX_LABEL.match(ln) or len(ln) - len(ln.lstrip()) >= _BOX_GOES_ON
               for ln in inside) or not any(_BOX_LABEL.match(ln) for ln in inside[:1]):
        return inside
    out = []
    for ln in inside:
        m = _BOX_LABEL.match(ln)
        out.append(f"{m.group('label')} {m.group('value') or ''}".rstrip() if m else ln.strip())
    return out


def framed_boxes_opened(lines: list[str]) -> tuple[list[str], int]:
    """Cards drawn as boxes of characters, one record to a box ('+-----+', then '| Lead:   Ann Lee',
    '| Due:    May 2025' …, then '+-----+'), with the frame taken off and how many boxes: the edges
    blank lines (a box ends its record as a blank line does) and the bar opening each line inside
    (and one closing it at the box's right edge) a space, so the labels and values inside read as
    the lines of a form, in their columns. Only a box of one column: a line inside holding any other
    bar is a grid table's row (its bars part cells), and the box is left as it is."""
    out = list(lines)
    boxes = 0
    n = 0
    while n < len(lines):
        top = _BOX_EDGE.match(lines[n])
        if top is None:
            n += 1
            continue
        left, right = len(top.group("indent")), len(lines[n].rstrip()) - 1
        end = n + 1
        while end < len(lines) and _BOX_EDGE.match(lines[end]) is None:
            end += 1
        inside = lines[n + 1:end]
        one_column = all(len(ln) > left and ln[left] == "|" and ln[:left].strip() == ""
                         and all(i == right == len(ln.rstrip()) - 1
                                 for i, ch in enumerate(ln) if ch == "|" and i > left) for ln in inside)
        if end >= len(lines) or len(inside) < _MIN_BOX_LINES or not one_column:
            n = end if end > n + 1 else n + 1
            continue
        out[n] = out[end] = ""
        opened = []
        for k in range(n + 1, end):
            line = lines[k].rstrip()
            if len(line) > right and line[right] == "|":
                line = line[:right]
            opened.append((line[:left] + " " + line[left + 1:]).rstrip())
        out[n + 1:end] = _record_lines(opened)
        boxes += 1
        n = end + 1
    return out, boxes


# a line that prints the page's number after or before other words ('Youth Plan 2025/26 Page 2', 'Page 3
# of 9 – Annual report'): the words are the running header or footer, the number the page's
_PAGED_LINE = re.compile(r"^\s*(?:(?P<before>\S.*?)\s+[-–—|]?\s*)?Page\s+(?P<n>\d{1,3})(?:\s+of\s+\d{1,3})?"
                         r"(?:\s*[-–—|]?\s+(?P<after>\S.*?))?\s*$", re.I)


def numbered_running_lines(lines: list[str]) -> set[int]:
    """Line numbers (1-based) of a running header or footer that a text saved from pages kept with no
    form feed (pdftotext -raw): the same words with a page number, on two lines or more, each number
    once; a 'Page 2' alone, or words seen with one number only, are left as they are."""
    seen: dict[str, list[tuple[int, str]]] = {}
    for number, line in enumerate(lines, 1):
        m = _PAGED_LINE.match(line)
        if m is None:
            continue
        words = " ".join(f"{m.group('before') or ''} {m.group('after') or ''}".split()).lower()
        if len(words.split()) >= 2:
            seen.setdefault(words, []).append((number, m.group("n")))
    out: set[int] = set()
    for found in seen.values():
        pages = [n for _, n in found]
        if len(found) >= 2 and len(set(pages)) == len(pages):
            out.update(number for number, _ in found)
    return out


def parse_lines(lines: list[str], *, path: str = "", name: str = "") -> RawDocument:
    from planx.extract.gluedcells import glued_cells_as_tabs
    from planx.extract.gridtext import grid_tables
    from planx.extract.layouttext import is_layout_text, parse_layout
    from planx.extract.markdown import has_markdown_headings, has_pipe_table, parse_markdown_lines
    # tables drawn as grids of characters ('+----+----+'): their rules part the rows, so they are read
    # here, before any reading of bar-parted lines (which takes each printed line for a row)
    grids = grid_tables(lines)
    if grids:
        return _plain_lines(lines, path=path, name=name, grids=grids)
    lines, boxes = framed_boxes_opened(lines)
    if boxes:
        doc = parse_lines(lines, path=path, name=name)
        doc.warnings.append(Note(f"{boxes} box(es) drawn with characters read without their frame, "
                                 "the lines inside as the box's record"))
        return doc
    if has_pipe_table(lines):  # a plan written in Markdown, saved as text
        return parse_markdown_lines(lines, path=path, name=name, fmt="txt")
    if not any("\t" in line for line in lines):
        # before the bar-parted rows: a running header's ' | ' glued to such a table is no row
        lines, glued = glued_cells_as_tabs(lines)
        if glued:
            doc = parse_lines(lines, path=path, name=name)
            doc.warnings.append(f"{glued} record(s) read from text whose cells ran together, parted where a "
                                "word meets a capitalised word with no space")
            return doc
        lines = aligned_bars_as_spaces(lines)
        lines, barred = bar_rows_as_tabs(lines)
        if barred:
            doc = parse_lines(lines, path=path, name=name)
            doc.warnings.append(f"{barred} line(s) read as table rows whose cells are parted by ' | '")
            return doc
    if is_layout_text(lines):  # columns by spaces (pdftotext -layout), not tabs
        return parse_layout(lines, path=path, name=name)
    if has_markdown_headings(lines):  # Markdown headings over prose and lists
        return parse_markdown_lines(lines, path=path, name=name, fmt="txt")
    return _plain_lines(lines, path=path, name=name)


def _plain_lines(lines: list[str], *, path: str, name: str, grids: dict[int, GridTable] | None = None) -> RawDocument:
    """Text read line by line: tab-separated rows as tables, other lines as paragraphs; the grids
    drawn with characters (by their first line, 0-based) as the tables they are."""
    from planx.extract.markdown import indent_level
    grids = grids or {}
    in_grid = {n + 1 for g in grids.values() for n in range(g.start, g.end + 1)}
    doc = RawDocument(path=path, name=name, format="txt")
    blocks = doc.blocks
    lines, escaped = escaped_numbers_read(lines)
    if escaped:
        doc.warnings.append(Note(f"{escaped} list number(s) read without the backslash a Markdown export "
                                 "set before their full stop ('11\\. ' as '11. ')"))
    lines, within = quoted_cells_joined(lines)
    lines, wrapped = bracket_wraps_joined(lines, within)
    within |= wrapped
    lines, wrapped = prose_wraps_joined(lines, within | in_grid)
    within |= wrapped
    running = numbered_running_lines(lines)
    # the first line of the text, when it is the running header, is where a title stands: kept as text
    # (the title reader takes the page's label off it), the later printings set aside
    running.discard(next((n for n, line in enumerate(lines, 1) if line.strip()), 0))
    if running:
        doc.warnings.append(f"{len(running)} line(s) set aside as a running header or footer: the same words "
                            "with the page's number, page after page")
    page, rows, tables, chars = 1, [], 0, 0  # type: int, list[Row], int, int
    for number, line in enumerate(lines, 1):
        if number in in_grid:
            grid = grids.get(number - 1)
            if grid is not None:  # a grid drawn with characters: a table of its own
                if rows:
                    tables += 1
                    blocks.append(Table(rows=spanned_heading(rows), page=rows[0].page, index=tables))
                    rows = []
                tables += 1
                blocks.append(Table(rows=grid.rows, page=grid.rows[0].page, index=tables))
                chars += sum(len(c.text) for r in grid.rows for c in r.cells)
            page += line.count("\f")
            continue
        if number in within:
            continue  # a line of a quoted cell, joined to the row it starts in
        if number in running:  # (a page's header, its number: no text of the plan's, kept aside)
            doc.aside.append((line.strip(), "running header or footer with the page number", page, number))
            chars += len(line.strip())
            continue
        if "\f" in line:
            page += line.count("\f")
            line = line.replace("\f", "")
        if "\t" in line:
            texts = _quoted_split(line) if '"' in line else line.split("\t")
            chars += len("".join(texts).strip())
            # map over the class: a cell per field without a loop in bytecode
            rows.append(Row(list(map(Cell, texts, range(len(texts)))), page, number))
            continue
        text = line.strip()
        chars += len(text)
        if rows and text and _spanning_row(lines, number, within):
            # a line with no tab between two rows of a table: a row across the table (an area's
            # name over its rows, as a merged cell in Word), not the table's end
            width = max(len(r.cells) for r in rows)
            rows.append(Row([Cell(text, 0, colspan=width)], page, number))
            continue
        if rows:  # a line without a tab ends the table
            tables += 1
            blocks.append(Table(rows=spanned_heading(rows), page=rows[0].page, index=tables))
            rows = []
        if text:
            heading = _set_apart(lines, number) and standalone_heading(text)
            blocks.append(Paragraph(text=text, page=page, line=number, heading=heading, level=indent_level(line)))
    if rows:
        blocks.append(Table(rows=spanned_heading(rows), page=rows[0].page, index=tables + 1))
    numbered_headings_over_tables(blocks, lines)
    doc.chars = chars
    doc.pages = page
    return doc
