"""Plans written in Markdown (.md, or a .txt holding Markdown pipe tables).

    ## Priority 2: Early help
    | Ref | Action | Lead | Due |
    |-----|--------|------|-----|
    | 2.1 | Audit the front door<br>- map referrals<br>- agree thresholds | Head of EH | <s>31/03/2024</s> 30/06/2024 |

What the file shows is kept, nothing is interpreted: a heading ('#'…, or a line underlined with
'===' / '---') is a heading paragraph (section context for normalise/), a pipe table is a Table
whose rows carry their line numbers, and other text is a paragraph per Markdown paragraph or list
item; a paragraph's links and images print their text and keep their targets beside it
(Paragraph.links: normalise/ keeps them aside). A cell keeps its line structure: '<br>',
paragraphs and list items in a cell's inline HTML become lines, so a cell's list reads as milestones
as a Word cell's would. Struck-through text
('~~x~~', '<s>', '<del>', '<strike>') is written '~~x~~' whatever the source, the one mark
normalise/ reads as superseded (normalise/text.py).

A hand-written reader rather than markdown-it-py/marko: both render to HTML or a token tree that
drops the cell's source line and the struck marks this needs, and the same reader must find pipe
tables inside a .txt plan, where the rest of the file is plain text, not Markdown.
Inline HTML is read with the standard library's HTMLParser: it never fetches, never reads a DTD and
expands only the fixed HTML character references, so no entity tricks reach it.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from planx.extract.frontmatter import record_tables, text_scalars, yaml_block_end
from planx.extract.model import Cell, Link, Paragraph, RawDocument, Row, Table
from planx.normalise.vocab import MINUTE_ACTION_LABELS, OPEN_ENDING_WORDS

# the row under a table's header: '|---|:---:|', '--- | ---'
_DELIMITER = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_ATX_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
# a heading whose marks touch its text ('####Action 01: …', '##09 Principles and actions'), as Markdown.pl,
# PHP Markdown and kramdown read it (CommonMark wants the space): two marks or more, or one before a
# capital ('#Introduction'), so that a '#hashtag' or '#3' opening a line stays text. Markdown files only:
# in a .txt a '#' opens a figure's label ('#referrals')
_ATX_UNSPACED = re.compile(r"^\s{0,3}(#{2,6}|#(?=[A-Z]))(?=[A-Za-z0-9])(.*?)(?:\s+#+)?\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_FRONT_MATTER_LINES = 60
_HEADING_MARK = re.compile(r"^#{1,6}\s+")
# a code fence: three backticks or tildes; a backtick fence's info string holds no backtick (CommonMark), so
# '``` some words```' on one line is inline code, which opens no block
_FENCE = re.compile(r"^\s{0,3}(```+(?![^`]*`)|~~~)")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)]|[•▪◦●])\s+")  # a saved page's bullet glyphs ('  • …') too
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$")
# a line opening with a run-in label ('Lead officer: …', '**Owner:** …'): plans written in Markdown
# put a form's lines one under another without the blank line Markdown wants between paragraphs
# (or a label alone on its line, its value on the lines below: '**Milestones:**' over 'a) …', 'b) …')
_RUN_IN_LABEL = re.compile(r"^(?:\*\*|__)?[A-Z][\w()/&'’ -]{0,40}(?::(?:\*\*|__)?|(?:\*\*|__)?:)(?:\s|$)")
# a line opening with a minute's action label in capitals and its dash or colon ('ACTION - Alex to …',
# 'ACTION POINT: …'): minutes typed as Markdown put each action under the discussion it closes with no
# blank line, and the line above may end on a word with no stop ('… to monitor this in the long-term' /
# 'ACTION - Alex to …'). The capitals mark the start of the writer's own line; joined to the line above,
# the label would stand mid-sentence, where no reader takes it for one. (Mixed case with a dash, 'Actions
# - Sex', may be a wrapped phrase's end: normalise/minutes._wrapped_into.)
_CAPS_ACTION_LABEL = re.compile(
    r"^(?:\*\*|__)?(?:" + "|".join(re.escape(w.upper()).replace(r"\ ", r"\s+")
                                  for w in sorted(MINUTE_ACTION_LABELS, key=len, reverse=True))
    + r")(?:\*\*|__)?\s*[-–—:]\s*\S")
# a line opening with a key and a colon, as YAML writes it ('owner: Head of Data', 'due: 2025-03-31')
_KEY_LINE = re.compile(r"^[A-Za-z][\w -]{0,30}:(?:\s|$)")
_UNESCAPED_PIPE = re.compile(r"(?<!\\)\|")
# inline Markdown a reader does not see: emphasis marks, links' targets, code ticks. Strong emphasis
# may run over a line break a cell's '<br>' made ('**REDCap<br/>dataset alignment**'): one run, as the
# source wrote it on one line
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])", re.S)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# a link or image with its target: '[text](https://… "title")', '![alt](./images/a.png)', '[![alt](img)](url)'
_LINK_TARGET = re.compile(r"(?P<image>!?)\[(?P<text>(?:[^\]!]++|!\[[^\]]*\]\([^)]*\)|!(?!\[))*+)\]"
                          r"\(\s*(?:<(?P<angled>[^>]*)>|(?P<target>[^)\s]*))"
                          r"(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
# a reference link or image, full ('[Ada Lovelace][ada]') or collapsed ('[issue 12][]'), its target
# defined elsewhere in the document ('[ada]: https://…'): the reader sees its text alone. (A shortcut,
# '[text]' alone, is left as printed: as often a bracketed word, '[closed]', as a link.)
_REFERENCE_LINK = re.compile(r"(?<![\w\]])!?\[([^\[\]]+)\]\[[^\[\]]{0,99}\]")
# a footnote reference ('Real-World Data for Impact[^41]', GitHub's footnotes), printed as a small
# number linking to the note: a mark beside the words, not words of the plan. Only right after a
# word or mark: a line opening with '[^41]:' is the note itself
_FOOTNOTE_REF = re.compile(r"(?<=\S)\[\^[^\]\s]{1,40}\](?!:)")
_WHOLE_CODE = re.compile(r"^\s*`[^`]+`\s*$")
# a code span ('`x`': its text printed as written, no escape nor emphasis read in it) or a backslash escaping
# an ASCII punctuation mark ('\[closed]', '\*', '\\': the mark printed, no emphasis made of it), read left to
# right in one pass as CommonMark reads them ('\`' escapes a backtick; '`a\*b`' keeps its backslash)
_CODE_OR_ESCAPE = re.compile(r"`([^`]*)`|\\([!-/:-@\[-`{-~])")
# ASCII punctuation set aside as private-use characters while emphasis is read, then printed back
_SHIELD = {c: 0xE000 + c for c in range(0x21, 0x7F) if not chr(c).isalnum()}
_UNSHIELD = {v: k for k, v in _SHIELD.items()}
# a paragraph set in bold as a whole ('**Install solar panels on the depot roof**'): a card's title or
# a bold heading, as a Word paragraph in bold is
_WHOLE_BOLD = re.compile(r"^\s*(\*\*|__)(?=\S)(?:(?!\1).)+(?<=\S)\1\s*$", re.S)
_LEAD_BOLD = re.compile(r"^\s*(?:\*\*|__)(?=\S)(.+?)(?<=\S)(?:\*\*|__)(?=\s*\S)")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")  # zero-width space, word joiner, zero-width no-break space
_HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);")

# a raw HTML block: a line opening with a block tag (CommonMark's HTML blocks) or a comment
_HTML_BLOCK = re.compile(
    r"^\s{0,3}<(?:(?P<comment>!--)|/?(?P<tag>table|thead|tbody|tr|td|th|div|details|summary|section|article|"
    r"aside|figure|figcaption|blockquote|dl|dt|dd|ul|ol|li|p|h[1-6]|center|main|header|footer|nav|form|"
    r"fieldset|address|hr)\b)", re.I)
_TABLE_OPEN, _TABLE_CLOSE = re.compile(r"<table\b", re.I), re.compile(r"</table\s*>", re.I)
_HEADING_OPEN, _HEADING_CLOSE = re.compile(r"<h[1-6]\b", re.I), re.compile(r"</h[1-6]\s*>", re.I)
_HEADING_SPAN_LINES = 20  # lines below the blank one where a heading element left open may close
_MAX_HTML_BLOCK_LINES = 20000  # an HTML block never closed ends at the first blank line after this many
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)

_STRUCK_TAGS = {"s", "del", "strike"}
_LINE_TAGS = {"br", "p", "div", "li", "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6"}


def is_markdown_table(lines: list[str], at: int) -> bool:
    """Does a pipe table start at this line: a row with a pipe, over a delimiter row ('|---|---|')
    with as many cells (or fewer, when every row under it has as many as the heading)?"""
    if at + 1 >= len(lines) or "|" not in lines[at] or not _DELIMITER.match(lines[at + 1]):
        return False
    if "-" not in lines[at + 1]:
        return False
    header, delimiter = split_row(lines[at]), split_row(lines[at + 1])
    # a delimiter row written short of the heading's cells ('| Metric | Definition | Calculation | FYE 2018
    # Target Value |' over '|---|---|---|', rows of four cells): GitHub renders text, a reader a table
    return len(delimiter) >= 2 and (len(header) == len(delimiter)
                                    or len(header) > len(delimiter) and _rows_as_wide(lines, at + 2, len(header)))


def _rows_as_wide(lines: list[str], at: int, width: int) -> bool:
    """Do the rows under a delimiter row (up to the first line without a pipe) all have this many cells?"""
    rows = []
    while at < len(lines) and "|" in lines[at] and lines[at].strip():
        rows.append(len(split_row(lines[at])))
        at += 1
    return bool(rows) and all(n == width for n in rows)


_BARE_TABLE_ROWS = 3  # rows, heading included, of a pipe table written without its delimiter row


def _walled_row(line: str) -> int:
    """The cells of a line walled by pipes at both ends ('|Action|Deadline|Who is responsible?|'), 0 when
    it is none or holds fewer than two."""
    text = line.strip()
    if len(text) < 3 or text[0] != "|" or text[-1] != "|" or text.endswith("\\|"):
        return 0
    cells = split_row(text)
    return len(cells) if len(cells) >= 2 else 0


def is_bare_table(lines: list[str], at: int) -> bool:
    """Does a pipe table written without its delimiter row start at this line (a PDF's table converted
    to Markdown by hand: '|Action|Deadline|Who is responsible?|' over rows alike)? Markdown renders
    it as text, yet a reader sees a grid: three lines or more, each walled by pipes at both ends and
    cut into as many cells as the first. Its first line is the heading row, as it would be over a
    delimiter."""
    if at and _walled_row(lines[at - 1]):
        return False  # inside a run of rows, not its first
    width = _walled_row(lines[at])
    if not width or at + _BARE_TABLE_ROWS > len(lines):
        return False
    return all(_walled_row(lines[n]) == width for n in range(at + 1, at + _BARE_TABLE_ROWS))


_MIN_HEADINGS = 2  # '# ' lines that make a .txt without pipe tables Markdown


def has_pipe_table(lines: list[str]) -> bool:
    """Does a .txt plan hold a Markdown pipe table ('| a | b |' over '|---|---|')?"""
    return any(_DELIMITER.match(line) and "|" in line and is_markdown_table(lines, n - 1)
               for n, line in enumerate(lines) if n)


def has_markdown_headings(lines: list[str]) -> bool:
    """Does a .txt plan mark its headings as Markdown does, two or more ('## Priority 2')? Asked only
    of text with no tab-separated rows and no columns laid out by spaces: there a '# of referrals'
    line is a figure's label, and the rows are what matters."""
    if any("\t" in line for line in lines):
        return False
    headings = 0
    for line in lines:
        if line[:1] == "#" and _ATX_HEADING.match(line):
            headings += 1
            if headings >= _MIN_HEADINGS:
                return True
    return False


def _closed_row(line: str) -> bool:
    """Is the row walled by pipes at both ends ('| a | b |')?"""
    text = line.strip()
    return len(text) >= 2 and text[0] == "|" and text[-1] == "|" and not text.endswith("\\|")


def rejoined_row(lines: list[str], at: int, width: int) -> tuple[str, int]:
    """The table row starting at this line, with the lines it was broken over joined back, and the index
    of the line after it. In a table whose heading row is walled by pipes at both ends (`width` its
    cells; 0 otherwise), a row opened by a pipe but left open at its end, short of the heading's cells,
    goes on over the next lines that open with no pipe ('| Interim deliverable 1:' over 'DOTS
    investigation | June 23, 2017 | … |'): the writer (or an exporter) broke a cell's text there, a soft
    wrap, as a paragraph's lines are. A line is joined only while the row stays no wider than the heading."""
    line, end = lines[at], at + 1
    while width and line.lstrip().startswith("|") and not _closed_row(line) and len(split_row(line)) < width \
            and end < len(lines) and lines[end].strip() and not lines[end].lstrip().startswith("|") \
            and len(split_row(line + " " + lines[end].strip())) <= width:
        line, end = line.rstrip() + " " + lines[end].strip(), end + 1
    return line, end


def split_row(line: str) -> list[str]:
    """A pipe table row's cells as written ('| a | b\\|c |' → ['a', 'b|c'])."""
    text = line.strip()
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return [cell.replace("\\|", "|").strip() for cell in _UNESCAPED_PIPE.split(text)]


class _CellParser(HTMLParser):
    """A cell's inline HTML as lines: line-breaking tags break lines, list items get a bullet,
    struck text is marked '~~', other tags are dropped and their text kept."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.lists: list[list[int]] = []  # per open list: [next number] for <ol>, [] for <ul>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _STRUCK_TAGS:
            self.out.append("~~")
        elif tag in ("ul", "ol"):
            self.lists.append([1] if tag == "ol" else [])
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n" + self._bullet())
        elif tag in _LINE_TAGS:
            self.out.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _LINE_TAGS:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _STRUCK_TAGS:
            self.out.append("~~")
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            self.out.append("\n")
        elif tag in _LINE_TAGS:
            self.out.append("\n")

    def _bullet(self) -> str:
        if self.lists and self.lists[-1]:
            number = self.lists[-1][0]
            self.lists[-1][0] += 1
            return f"{number}. "
        return "• "

    def handle_data(self, data: str) -> None:
        self.out.append(data)


def is_list_item(text: str) -> bool:
    """Does the line open as a Markdown list item ('- …', '* …', '1. …', a saved page's '• …')?"""
    return bool(_LIST_ITEM.match(text))


def link_texts(text: str) -> str:
    """Inline Markdown's links and images as the text a reader sees ('[Multipurpose Trail](http://…)' →
    'Multipurpose Trail', '[![alt](img)](url)' → 'alt'), the rest as written. A link whose target is
    written wrong ('[matrix](http://…pdf](July 19 Council Meeting)', a ')' missing) prints its text too:
    the brackets are markup either way, never the plan's words."""
    if "](" not in text:
        return text
    text = _LINK_TARGET.sub(lambda m: _LINK_TARGET.sub(lambda n: n.group("text"), m.group("text")), text)
    return _LINK.sub(r"\1", text)


def inline_text(text: str) -> str:
    """Inline Markdown and HTML as the text a reader sees, a line per printed line."""
    if "<!--" in text:
        text = _HTML_COMMENT.sub("", text)
    if _HTML_TAG.search(text):
        parser = _CellParser()
        parser.feed(text)
        parser.close()
        text = "".join(parser.out)
    text = link_texts(text)
    shielded = "`" in text or "\\" in text
    if shielded:  # '\[closed]', '\*not emphasis\*', '`a\*b`': printed as the reader sees them
        text = _CODE_OR_ESCAPE.sub(lambda m: (m.group(2) or m.group(1)).translate(_SHIELD), text)
    if "[^" in text:  # (after escapes are set aside: '\[^1]' is printed as written)
        text = _FOOTNOTE_REF.sub("", text)
    if "][" in text:  # (read after code spans and escapes are set aside: '`a[0][1]`' is no link)
        text = _REFERENCE_LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3), text)
    if shielded:
        text = text.translate(_UNSHIELD)
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)  # 'F\ufeffinalise': an editor's zero-width mark, no letter
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line and line not in ("~~", "~~~~"))


def emphasised_runs(text: str) -> list[str]:
    """The runs of inline Markdown set in emphasis ('**completed**', '*in progress*'), each as the reader
    sees it, in order; none inside a code span or after an escape."""
    if "`" in text or "\\" in text:
        text = _CODE_OR_ESCAPE.sub(lambda m: (m.group(2) or m.group(1)).translate(_SHIELD), text)
    runs = (inline_text(m.group(2) or m.group(3)).translate(_UNSHIELD) for m in _EMPHASIS.finditer(text))
    return [" ".join(r.split()) for r in runs if r.strip()]


def links_of(text: str) -> list[Link]:
    """The links and images inline Markdown prints, in order, each with the text a reader sees and
    its target ('[`archiving`](https://…/labels/archiving)' → Link('archiving', 'https://…', code=True));
    an image inside a link ('[![build](badge.svg)](ci)') is one of each."""
    out: list[Link] = []
    for m in _LINK_TARGET.finditer(text):
        inner = m.group("text")
        if not m.group("image"):
            out += links_of(inner)  # a badge: the image inside the link
        target = (m.group("angled") or m.group("target") or "").strip()
        if target:
            out.append(Link(text=inline_text(inner), target=target, image=bool(m.group("image")),
                            code=bool(_WHOLE_CODE.match(inner))))
    return out


_LABEL_VALUE_WORDS = 4  # a label's value on its own line, at most this long, is whole ('Status: In progress')
_SENTENCE_WORDS = 5  # a line of this many words or more, closing with a stop, is a sentence


def _card_sentence_after_label(pending: list[str], line: str) -> bool:
    """Is this line a sentence of its own under a short labelled line ('**Status:** Done' / 'We will
    generate 20% of the depot's electricity on site.'), as a card sets its status over its
    description, rather than the label's value going on ('Lead: Head of' / 'Early Help')?"""
    if len(pending) != 1 or _LIST_ITEM.match(pending[0]) or not _RUN_IN_LABEL.match(pending[0]):
        return False
    value = _RUN_IN_LABEL.sub("", pending[0], count=1)
    words = line.split()
    return 0 < len(value.split()) <= _LABEL_VALUE_WORDS and len(words) >= _SENTENCE_WORDS \
        and line[:1].isupper() and line.rstrip().endswith((".", "!", "?"))


def indent_level(line: str) -> int:
    """How deep a list item's line is nested, by its indent: a level per two spaces (Markdown nests
    items by two to four spaces; only the order of the levels matters to a reader), a tab four."""
    indent = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip(" "))
    return min(indent // 2, 8)


def html_block_end(lines: list[str], at: int) -> int:
    """The index of the line after the raw HTML block starting at this line: a comment runs to its
    '-->'; any other block to a blank line (CommonMark's rule: Markdown goes on after it, as in a
    <details> whose list is Markdown), or on to where a table it opens closes (a table written with
    blank lines between its rows is still one table)."""
    m = _HTML_BLOCK.match(lines[at])
    if m is None:
        return at
    if m.group("comment"):
        end = next((n for n in range(at, len(lines)) if "-->" in lines[n]), len(lines) - 1)
        return end + 1
    depth, n = 0, at
    while n < len(lines) and n < at + _MAX_HTML_BLOCK_LINES and (lines[n].strip() or depth > 0):
        depth += len(_TABLE_OPEN.findall(lines[n])) - len(_TABLE_CLOSE.findall(lines[n]))
        n += 1
    # a heading element opened and not closed before the blank line ('<h4 class="section-title">' /
    # blank / '<span …>Theme 01<span …> Transforming our services</span></span>' / blank / '</h4>', a site
    # template's markup): the heading runs on to its close, near below, and is read whole
    opened = _HEADING_OPEN.findall("\n".join(lines[at:n]))
    if opened and len(opened) > len(_HEADING_CLOSE.findall("\n".join(lines[at:n]))):
        close = next((k for k in range(n, min(len(lines), n + _HEADING_SPAN_LINES))
                      if _HEADING_CLOSE.search(lines[k])), -1)
        if close >= 0:
            n = close + 1
    return max(n, at + 1)


_PAGE_TEXT_LINES = 3  # lines of text, at least, that a file with no blank line between them must hold to be read so
# a line that goes on with the list item above it in a saved page's text: a note in brackets ('(Target
# = to consult …)') or a clause in lower case (or a labelled line: 'Target: July 2026'); any other line
# is a paragraph of its own
# Markdown's marks that a page's saved text never holds: emphasis, a heading, a table row, a link, a tag
_MARKUP = re.compile(r"\*\*|__|^\s{0,3}#{1,6}\s|^\s*\||\]\(|<[a-zA-Z/][^>]*>")
# a line under an item's title that describes it: sentences opening with a capital, long enough to say
# something ('Through this assessment we want to understand …', 'A practical, step-by-step guide …')
_DESCRIPTION = re.compile(r"^\s*[A-Z][^:]{0,40}\s\S+\s\S+\s\S+\s\S+\s\S+")
_TITLE_WORDS = 12  # an item's title line, at most this many words


def titled_item(line: str, text: str) -> bool:
    """A list item's first line that is a short title closed by a hard line break (a backslash, or two
    trailing spaces: '1. Evaluate projects according to the Lifecycle Framework\\', '- **Carbon
    Offsetting**  '): the lines after it describe the item, they do not go on with its title."""
    raw = line.rstrip("\r\n")
    broken = raw.endswith("\\") and not raw.endswith("\\\\") or raw.endswith("  ")
    title = _LIST_ITEM.sub("", text).rstrip("\\ ")
    return broken and 0 < len(title.split()) <= _TITLE_WORDS and not title.endswith((":", ",", ";"))


_ITEM_CONTINUES = re.compile(r"^\s*(?:[(\[]|[a-z])")
# a labelled line that gives the item above its target, date or owner ('Target: July 2026', 'By: Summer
# term'); a line for the page ('Date of next review: May 2023') is a paragraph of its own
_ITEM_NOTE = re.compile(r"^\s*(?:targets?|by|due|deadline|timescales?|success criteria|measures?|lead|owner)"
                        r"\s*[:=]\s*\S", re.I)


def _titles_list_below(line: str, below: str) -> bool:
    """Is an unindented line under a list item the title of the list that starts on the next line, its
    first item a run-in label ('Improve discoverability of library content' over '- Why:' / '- How:' /
    '- Success looks like:', a form per objective saved as text), rather than a line of the item above
    going on (Markdown's lazy continuation)? A short line opening with a capital, no sentence, no label."""
    marker = _LIST_ITEM.match(below)
    if line[:1].isspace() or marker is None or indent_level(below) != 0:
        return False
    text = line.strip()
    return bool(_RUN_IN_LABEL.match(below[marker.end():])) and text[:1].isupper() \
        and len(text.split()) <= _TITLE_WORDS and not text.endswith((".", ":", ";", ",")) \
        and not _RUN_IN_LABEL.match(text)


def is_page_text(lines: list[str]) -> bool:
    """A web page's text saved line by line: three lines of text or more and not one blank line between
    the first and the last. Markdown joins lines into a paragraph until a blank line; a page's text
    puts each paragraph, heading and list item on a line of its own and never leaves a blank one
    ('Equality Objectives' / 'Our Equality Objectives for 2023-2024 are:' / '- To improve …'), so each
    line is read as the paragraph it was. A file written as Markdown leaves blank lines somewhere."""
    text = [n for n, line in enumerate(lines) if line.strip()]
    if len(text) < _PAGE_TEXT_LINES or any(_MARKUP.search(lines[n]) for n in text):
        return False  # Markdown's own marks ('**Lead:**', '## …', '| … |', '[…](…)'): written as Markdown
    return text[-1] - text[0] + 1 == len(text)


def parse_markdown_lines(lines: list[str], *, path: str = "", name: str = "", fmt: str = "md") -> RawDocument:
    doc = RawDocument(path=path, name=name, format=fmt)
    reader = _Reader(doc)
    reader.read(lines)
    return doc


class _Reader:
    def __init__(self, doc: RawDocument):
        self.doc = doc
        self.page = 1
        self.tables = 0
        self.pending: list[str] = []  # a Markdown paragraph's lines so far
        self.pending_line = 0
        self.pending_level = 0  # the nesting of the list item being read (by its indent)
        self.line_paragraphs = False  # a saved page's text: each line a paragraph (is_page_text)
        self.titled = False  # the pending list item's first line is a short title closed by a hard break
        self.pending_quoted = False  # the pending paragraph is a blockquote's ('> …')
        self.next_line = ""  # the line after the one being read
        self.offset = 0  # lines read from a front matter's body: their index in it + offset = the file's index
        self.body_spans: list[tuple[int, int]] = []  # the front matter's text values (frontmatter.text_scalars)

    def read(self, lines: list[str]) -> None:
        at = self.front_matter(lines)
        for first, stop in self.body_spans:
            # a body kept in the front matter ('minutes: >-' over indented Markdown): read as the page's
            # text, its lines set back by the block's indent and numbered as the file numbers them
            indent = min(len(line) - len(line.lstrip()) for line in lines[first:stop] if line.strip())
            span = [line[indent:] for line in lines[first:stop]]
            self.line_paragraphs = self.doc.format != "txt" and is_page_text(span)
            self.read_span(span, 0, first)
            self.flush()
        # a .txt goes through here for its pipe tables or '#' headings: its lines may wrap a paragraph as
        # a PDF's text does, so only a Markdown file is read as a saved page's text
        self.line_paragraphs = self.doc.format != "txt" and is_page_text(lines[at:])
        self.read_span(lines, at, 0)
        self.flush()

    def read_span(self, lines: list[str], at: int, offset: int) -> None:
        """Read lines[at:] (line n numbered n + 1 + offset in the file)."""
        fenced, self.offset = False, offset
        while at < len(lines):
            line = lines[at]
            if "\f" in line:
                self.page += line.count("\f")
                line = line.replace("\f", "")
            if _FENCE.match(line):
                self.flush()
                fenced = not fenced
            elif fenced:
                self.add_paragraph(line.strip(), at + 1 + offset)
            elif is_markdown_table(lines, at):
                self.flush()
                at = self.read_table(lines, at)
                continue
            elif self.doc.format == "md" and is_bare_table(lines, at):
                self.flush()
                at = self.read_table(lines, at, delimited=False)
                continue
            elif not self.pending and _HTML_BLOCK.match(line):
                self.flush()
                at = self.read_html(lines, at)
                continue
            else:
                self.next_line = lines[at + 1] if at + 1 < len(lines) else ""
                self.read_line(line, at + 1 + offset)
            at += 1
        self.flush()

    def front_matter(self, lines: list[str]) -> int:
        """A site generator's front matter ('---' / 'title: …' / 'layout: home' / '---' atop the file):
        its title is the document's title (a heading); the rest is the site's metadata, not the
        plan's text. The index of the first line after it (0 when there is none)."""
        if not lines or lines[0].strip() != "---":
            return 0
        end = next((n for n in range(1, min(len(lines), _FRONT_MATTER_LINES)) if lines[n].strip() in ("---", "...")), 0)
        # a longer block is front matter when all of it reads as YAML: a page keeping its plan as data
        # (extract/frontmatter.py), which is read only if it parses
        long_block = not end and self.doc.format == "md"
        end = end or (yaml_block_end(lines) if long_block else 0)
        tables = record_tables(lines, end, self.page, self.tables) if end else None
        if long_block and end and tables is None:
            return 0  # no YAML after all: the lines are the file's text
        for n in range(1, end):
            if long_block and lines[n][:1] in (" ", "\t", "-"):
                continue  # a record's own title, in its table
            key, colon, value = lines[n].partition(":")
            if colon and key.strip().lower() == "title" and value.strip().strip("'\""):
                self.add_paragraph(value.strip().strip("'\""), n + 1, heading=True, rank=1)
                self.doc.declared_title = self.doc.declared_title or value.strip().strip("'\"")
        # a value written as a block of text ('minutes: >-' over the meeting's Markdown) is the page's
        # text, not the site's metadata: read after the title, in the file's order (read())
        self.body_spans = text_scalars(lines, end) if end and tables is not None else []
        for table in tables or []:
            self.doc.chars += sum(len(c.text) for r in table.rows for c in r.cells)
            self.doc.blocks.append(table)
        self.tables += len(tables or [])
        return end + 1 if end else 0

    def read_line(self, line: str, number: int) -> None:
        text = line.strip()
        heading = _ATX_HEADING.match(line) or (self.doc.format == "md" and _ATX_UNSPACED.match(line))
        if not text or _RULE.match(line) and not (self.pending and _SETEXT_UNDERLINE.match(line)):
            self.flush()
        elif heading:
            self.flush()
            self.add_paragraph(heading.group(2), number, heading=True, rank=len(heading.group(1)))
        elif _SETEXT_UNDERLINE.match(line) and self.pending and len(self.pending) == 1:
            text, self.pending = self.pending[0], []
            self.add_paragraph(text, self.pending_line, heading=True, rank=1 if line.strip().startswith("=") else 2)
        elif _LIST_ITEM.match(line) and self.item_runs_on(line):
            self.pending.append(_LIST_ITEM.sub("", text, count=1))
        elif _LIST_ITEM.match(line) or text.startswith(">"):
            self.flush()
            if text.startswith(">"):
                text = text.lstrip("> ")
                self.pending_quoted = True
            else:  # '- ### Expand access to data': an item set as a heading is still an item
                marker = _LIST_ITEM.match(text)
                text = text[:marker.end()] + _HEADING_MARK.sub("", text[marker.end():]) if marker else text
            self.pending, self.pending_line = [text], number
            self.pending_level = indent_level(line) if not text.startswith(">") else 0
            self.titled = titled_item(line, text)
        else:
            item_note = self.line_paragraphs and bool(self.pending) and bool(_LIST_ITEM.match(self.pending[0]))
            if self.pending and (_RUN_IN_LABEL.match(text) or _CAPS_ACTION_LABEL.match(text)) and not item_note:
                self.flush()  # 'Lead: …' under 'Action 2.1 …': a line of its own, as the writer meant
            elif self.pending and self.titled and len(self.pending) == 1 and _DESCRIPTION.match(text):
                # '1. Evaluate projects according to the Framework\' / '   Through this assessment we …':
                # an item's title, a hard line break, then sentences describing it: the title is the
                # item, the description a paragraph of its own under it (kept, no part of the title)
                level = self.pending_level
                self.flush()
                self.pending_level = level + 1
            elif self.pending and _LIST_ITEM.match(self.pending[0]) and _titles_list_below(line, self.next_line):
                self.flush()  # 'Improve discoverability …' over '- Why:' / '- How:': a title of its own
            elif self.pending and _card_sentence_after_label(self.pending, text):
                self.flush()  # '**Status:** Done' / 'We will generate 20% …': the card's sentence, no part of the value
            elif self.pending and self.line_paragraphs and not (item_note and (_ITEM_CONTINUES.match(text)
                                                                                or _ITEM_NOTE.match(text))):
                self.flush()  # a saved page's text: the line above was a paragraph of its own
            if not self.pending:
                self.pending_line = number
            self.pending.append(text)

    def item_runs_on(self, line: str) -> bool:
        """Is this nested item the rest of the sentence of the item above, which stops on a word no
        sentence ends on ('- Alex to keep working on the showcase, to' / '    - advertise the service
        area …')? The writer broke the sentence into a sub-bullet; a reader reads one item."""
        if not self.pending or not _LIST_ITEM.match(self.pending[0]) or indent_level(line) <= self.pending_level:
            return False
        words = inline_text(self.pending[-1]).split()
        return bool(words) and words[-1].lower() in OPEN_ENDING_WORDS

    def flush(self) -> None:
        if self.pending:
            # a line closing with a backslash is CommonMark's hard line break ('1. Establish the
            # framework\' / '   This framework will include …'): a break, not a character of the text
            self.pending = [line[:-1].rstrip() if line.endswith("\\") and not line.endswith("\\\\") else line
                            for line in self.pending]
            # a list item written as keys and values ('- action: …' / '  owner: …' / '  due: …', the
            # YAML-like form): each key's line is a part of its own, set off by '; ' as a list of
            # labelled parts is ('Lead: …; Due: …'), so that no value runs on into the next key
            keyed = bool(_LIST_ITEM.match(self.pending[0])) and _KEY_LINE.match(_LIST_ITEM.sub("", self.pending[0]))
            text = self.pending[0] + "".join(("; " if keyed and _KEY_LINE.match(line) else " ") + line
                                             for line in self.pending[1:])
            self.add_paragraph(text, self.pending_line, level=self.pending_level, quoted=self.pending_quoted)
        self.pending, self.pending_level, self.titled, self.pending_quoted = [], 0, False, False

    def add_paragraph(self, text: str, number: int, heading: bool = False, level: int = 0, rank: int = 0,
                      quoted: bool = False) -> None:
        lead = _LEAD_BOLD.match(text)
        shown = " ".join(inline_text(text).split())
        self.doc.chars += len(shown)
        if shown:
            self.doc.blocks.append(Paragraph(text=shown, page=self.page, line=number, heading=heading,
                                             bold=not heading and bool(_WHOLE_BOLD.match(text)),
                                             lead_bold=inline_text(lead.group(1)) if lead else "", level=level,
                                             rank=rank, links=links_of(text) if "](" in text else [],
                                             emphasised=emphasised_runs(text) if "*" in text or "__" in text else [],
                                             quoted=quoted))

    def read_html(self, lines: list[str], at: int) -> int:
        """The raw HTML block starting at this line, read as a web page is (extract/html.py: a
        <table> keeps its grid, headings and lists their kind), its blocks numbered by the file's
        lines; the index of the line after it."""
        from planx.extract.html import read_fragment
        end = html_block_end(lines, at)
        read_fragment(self.doc, "\n".join(lines[at:end]), at + 1 + self.offset, self.page)
        self.tables = sum(isinstance(b, Table) for b in self.doc.blocks)
        return end

    def read_table(self, lines: list[str], at: int, delimited: bool = True) -> int:
        """The pipe table starting at this line, as a Table; the index of the line after it. A table
        written without its delimiter row (is_bare_table) is read the same, its first row the heading."""
        rows = [self.row(lines[at], at + 1 + self.offset)]
        # the row over the delimiter is the table's heading row by the syntax: the source marks it
        rows[0].repeated_header = True
        width = len(split_row(lines[at])) if _closed_row(lines[at]) else 0
        at += 2 if delimited else 1  # the delimiter row is layout, not content
        while at < len(lines) and "|" in lines[at] and lines[at].strip():
            line, end = rejoined_row(lines, at, width)
            rows.append(self.row(line, at + 1 + self.offset))
            at = end
        self.tables += 1
        self.doc.blocks.append(Table(rows=rows, page=self.page, index=self.tables))
        return at

    def row(self, line: str, number: int) -> Row:
        cells = split_row(line)
        texts = [inline_text(cell) for cell in cells]
        self.doc.chars += sum(len(t) for t in texts)
        if len(texts) >= 3 and texts[0].strip() and not any(t.strip() for t in texts[1:]) \
                and _WHOLE_BOLD.match(cells[0]):
            # a row whose first cell alone is filled, in bold ('| **Rec 1: …** | | | |'): a row across
            # the table, as Markdown (which merges no cells) writes a Word table's merged banner row
            return Row([Cell(texts[0], 0, colspan=len(texts), bold=True)], self.page, number)
        return Row([Cell(text, col) for col, text in enumerate(texts)], self.page, number)
