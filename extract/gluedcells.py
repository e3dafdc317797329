"""Plan tables in a PDF's plain text extraction whose cells ran together: each cell's last line
runs into the next cell's first line with no space ('ProgrammeLaunch of …', 'for staff.Support …'),
the column heading glued too ('NoTheme Activity Action Impact Timescale'), repeated on each page.

What a person still reads there, and what is read here:
- the heading: a run of capitalised words, most of them naming a field (headers.classify), that
  recurs at the end of two or more lines (page after page, often glued to the running header);
- the records: lines opening with the row's number, counting up 1, 2, 3 …;
- the cell boundaries: a small letter or a full stop met by a capitalised word with no space.
Where a boundary fell on a space instead (two cells' lines printed on one line), it is guessed
from weaker evidence: an instruction's opening verb, a sentence's end; the record keeps what it
has when neither is there.
"""
from __future__ import annotations

import re
from collections import Counter

from planx.normalise.columns import _is_verb
from planx.normalise.headers import classify

# a cell's end glued to the next cell's start: 'ProgrammeLaunch', 'staff.Support' (not 'CarbonFREE')
# or a sentence's end glued to a figure ('nationally.100% Green')
_GLUE = re.compile(r"(?<=[a-z.)])(?=[A-Z][a-z])|(?<=[a-z]\.)(?=\d)")
_RECORD = re.compile(r"^\s*(\d{1,3})\s+(\S.*)$")
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.])\s+(?=[A-Z][a-z\s])")
_RUNNING = re.compile(r"\d*\s+\|\s.*$")  # a running header glued on: '2020.3  |  Plan title  |  …'
_MIN_FIELDS = 3  # heading words that name a field, before a run of words reads as a heading
_NARROW = 20  # characters: a line longer than this after a record's first is no narrow name column


def _capitalised(words: list[str]) -> bool:
    return all(w[0].isupper() and w.isalpha() for w in words)


def _heading_split(line: str) -> tuple[list[str], list[str]] | None:
    """(the glued pieces before the column headings, the headings' words) when the line ends with
    column headings, or None."""
    pieces = _GLUE.split(line.rstrip())
    words = pieces[-1].split()
    used = 1
    for piece in reversed(pieces[:-1]):  # 'No' glued before 'Theme …': a heading too, when it names a field
        more = piece.split()
        if not more or not _capitalised(more) or not any(classify(w)[0] for w in more):
            break
        words = more + words
        used += 1
    if len(words) < 4 or not _capitalised(words):
        return None
    if sum(1 for w in words if classify(w)[0]) < _MIN_FIELDS:
        return None
    return pieces[:-used], words


def _heading_words(line: str) -> list[str] | None:
    """The column headings ending the line (glued to what stands before), or None."""
    found = _heading_split(line)
    return found[1] if found else None


def _heading(lines: list[str]) -> tuple[str, list[str]] | None:
    """The heading's text as printed and its words, when it recurs on two or more lines."""
    seen: Counter[str] = Counter()
    words: dict[str, list[str]] = {}
    for line in lines:
        found = _heading_words(line)
        if found:
            key = " ".join(found)
            seen[key] += 1
            words[key] = found
    if not seen:
        return None
    key, count = seen.most_common(1)[0]
    return (key, words[key]) if count >= 2 else None


def _split_last_sentence(cells: list[str], first: int) -> bool:
    """Split the rightmost cell (from index `first`) holding two sentences at its last sentence end:
    two cells printed on one line meet at a space, after the first one's full stop."""
    for i in range(len(cells) - 1, first - 1, -1):
        parts = _SENTENCE_END.split(cells[i])
        if len(parts) > 1:
            cells[i:i + 1] = [" ".join(parts[:-1]), parts[-1]]
            return True
    return False


def _verb(word: str) -> bool:
    """A verb, in its base form or as '-ing' ('Exploring' as 'explore', 'Reviewing' as 'review')."""
    if _is_verb(word):
        return True
    stem = word[:-3] if word.endswith("ing") else ""
    return bool(stem) and (_is_verb(stem) or _is_verb(stem + "e") or (len(stem) > 2 and stem[-1] == stem[-2]
                                                                  and _is_verb(stem[:-1])))


def _name_then_instruction(text: str) -> tuple[str, str] | None:
    """'Trees Develop a strategy …' → ('Trees', 'Develop a strategy …'): a short name column's text
    and the instruction beside it on its line, parted at the instruction's capitalised verb."""
    words = text.split(" ")
    for k in range(1, min(len(words), 6)):
        if words[k][:1].isupper() and _verb(words[k].lower()):
            return " ".join(words[:k]), " ".join(words[k:])
    return None


def _record_cells(number: str, body: list[str], width: int) -> list[str]:
    """A record's cells: its number, the first word (the group's name, as 'Energy' or 'Resources/
    Streetscene'), then the pieces parted where cells ran together."""
    pieces = [p.strip() for p in _GLUE.split("\n".join(body))]
    head = pieces[0].split("\n")
    first_words = head[0].split()
    theme = first_words[0] if first_words else ""
    rest_first = " ".join(first_words[1:])
    if theme.endswith("/") and len(head) > 1:  # 'Resources/' over 'Streetscene'
        more = head[1].split()
        theme += more[0] if more else ""
        head = [" ".join(more[1:])] + head[2:]
    else:
        head = [rest_first] + head[1:]
    name = " ".join(x.strip() for x in head if x.strip())
    rest = [" ".join(p.split()) for p in pieces[1:] if p.strip()]
    cells = [number, theme]
    if any(len(x.strip()) > _NARROW for x in head[1:]) or len(name.split()) > 8:
        # the name column's text is wide: an instruction began on the record's first line
        parted = _name_then_instruction(name)
        cells += list(parted) if parted else ["", name]
    elif name:
        # a cell short: the instruction may have begun on the name's own line all the same
        parted = _name_then_instruction(name) if len(cells) + 1 + len(rest) < width else None
        cells += list(parted) if parted else [name]
    cells += rest
    while len(cells) < width and _split_last_sentence(cells, 3):
        pass
    return cells


def _section_heading(body: list[str]) -> str | None:
    """A line of its own after a record's last sentence, just over a repeated heading ('Activities
    for the wider area'), heads the next part of the table: taken out of the record and returned."""
    if len(body) >= 2 and body[-2].rstrip().endswith(".") and body[-1][:1].isupper() \
            and not body[-1].rstrip().endswith((".", ",", ";", ":")) and not _GLUE.search(body[-1]):
        return body.pop().strip()
    return None


def glued_cells_as_tabs(lines: list[str]) -> tuple[list[str], int]:
    """The lines with each glued record as one tab-separated row under the heading (once), and the
    number of records read; the lines unchanged, 0, when there is no such table."""
    found = _heading(lines)
    if found is None:
        return lines, 0
    key, words = found
    out: list[str] = []
    expected, records, glued, started, wrapped = 1, 0, 0, False, False
    number, body = "", []  # type: str, list[str]

    def close() -> None:
        nonlocal records, glued
        if body:
            out.append("\t".join(_record_cells(number, body, len(words))))
            records += 1
            glued += bool(_GLUE.search("\n".join(body)))
            body.clear()

    for line in lines:
        split = _heading_split(line)
        if split and " ".join(split[1]) == key:
            before = [_RUNNING.sub("", p).strip() for p in split[0]]
            if wrapped:  # the running header's last word, broken over the line ('Bor -' 'ough')
                before = []
            wrapped = False
            if started and body:
                body.extend(p for p in before if p)
                section = _section_heading(body)
                close()
                if section:  # a new part of the table: its heading, then the column headings again
                    out += ["", section, "", "\t".join(words)]
            else:  # a title's last line glued to the page's header ('PlanNovember 2019'): a line each
                out.extend(p for p in before if p)
            if not started:
                out.append("\t".join(words))
                started = True
            continue
        wrapped = False
        m = _RECORD.match(line) if started else None
        if m and int(m.group(1)) == expected:
            close()
            number, expected = m.group(1), expected + 1
            body.append(m.group(2))
            continue
        if started and body:
            if _RUNNING.search(line) and " | " in line:
                body.append(_RUNNING.sub("", line).strip())  # (the header's start: set aside)
                wrapped = line.rstrip().endswith("-")
            elif not line.strip():
                continue
            else:
                body.append(line.rstrip())
            continue
        out.append(line)
    close()
    # most records show cells run together, or this is some other numbered text (a plan laid out by
    # spaces, whose heading reads the same), left to its own reader
    return (out, records) if records >= 2 and glued * 2 > records else (lines, 0)
