"""A report's recommendations to others, read into the `recommendations` table (CONTRACT.md,
"Recommendations"): no actions of the document's own.

An inspection, a committee, a review or an inquiry marks its recommendations where it prints them, and
that local mark is the evidence read here, never what the whole document calls itself:
- a heading naming the list ('Recommendations', 'Conclusions and recommendations', 'Areas for
  improvement', 'What does the school need to do to improve further?'), over numbered paragraphs
  ('1. Strengthen management oversight … (paragraph 25).') or bullets, bullets that finish an item's
  sentence ('… following areas for improvement:' / '▪ improve …') joined to it, period labels over them
  ('Immediately:', 'Within three months:') as their timeframe;
- a label naming one recommendation ('Recommendation 3: Develop …', 'Recommendation #2' over its title
  line, a box 'HoL Inquiry Recommendation' over the numbered paragraph it quotes): the title when it
  says what to do, else the paragraphs under the label up to the answer a response prints ('The
  Government agrees …'), whose decision word is the `response`;
- a run-in label 'Recommendation: The Department should …' (a committee's conclusions each followed by
  its recommendation) or 'Recommendation - Ensure …' (a peer review's): the text after it, to its
  sentence's end;
- a paragraph in which a review or an audit says what it recommends ('We recommended that the State (1)
  refund …': recommendations.read_recommended's shape), a few at most (many are a report's narrative);
- a 'Response:' label, or a paragraph opening 'The Government accepts …', after a recommendation: the
  decision word is its `response`;
- a section holding such labels gives those only (its numbered conclusions are findings).
A contents list is none of it: a line with a leader to its page number, a label with no text under it
before the next label.

The document-level decision (normalise/__init__.py): where the actions read are these recommendations
and say neither who and when nor how they stand, they move here, and the document's row says so.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from planx.extract.model import Paragraph, RawDocument
from planx.normalise.recommendations import RECOMMENDED, RECOMMENDED_MAX, opens_instruction, sentence_run_on
from planx.normalise.records import Action, Recommendation
from planx.normalise.text import fold, phrase_alternation, squash, words_over
from planx.normalise.title import body_size
from planx.normalise.vocab import (
    ASKING_VERBS,
    RECOMMEND_ADVERBS,
    RECOMMEND_THAT,
    RECOMMENDATION_LABEL_WORDS,
    RECOMMENDATION_SECTION_PATTERNS,
    RECOMMENDATION_WORD,
    RESPONDER_WORDS,
    RESPONSE_DECISION_WORDS,
    RESPONSE_LABEL_WORDS,
    RUN_IN_LABEL_STOP,
    TIMEFRAME_PATTERNS,
)

_NUMBER = re.compile(r"^\s*(?:section\s+|part\s+|chapter\s+)?(?:\d{1,2}(?:\.\d{1,2})*|[ivx]{1,4}|[A-H])[.)]?\s+", re.I)
_SECTION = re.compile(rf"^(?:{'|'.join(RECOMMENDATION_SECTION_PATTERNS)})$")
# one recommendation's label: who asks (a few capitalised words), 'Recommendation', its number, a title
_LABEL = re.compile(rf"^\s*(?P<who>(?:[A-Z][\w’'.&-]*\s+){{0,{RECOMMENDATION_LABEL_WORDS}}}){RECOMMENDATION_WORD}\s*"
                    r"(?:#\s*|no\.?\s*)?(?P<ref>\d{1,3}(?:\.\d{1,2})?[a-z]?)?\s*(?:(?P<stop>[:.\-–—])\s*(?P<title>.*))?$",
                    re.I | re.S)
# 'Recommendation: The Department should …', 'Recommendation - Ensure sufficient documentation …'
_RUN_IN = re.compile(rf"^\s*{RECOMMENDATION_WORD}\s*{RUN_IN_LABEL_STOP}\s+(?=\S)", re.I)
# whom a recommending sentence names ('We recommended that the State (1) refund …' → 'the State')
_RECOMMENDED_WHO = re.compile(rf"\b{RECOMMEND_THAT}\s+(?P<who>(?:the\s+)?[A-Z][\w&.’'-]*"
                              r"(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&.’'-]*){0,6})")
# a contents line: a leader to its page number ('Recommendation 3: … ........ 15'), or a page number
# after a title ('Recommendations 10'; a label's own number is none: 'Recommendation 1')
_LEADER = re.compile(r"(?:\.{3,}|…{2,}|\.\s\.\s\.|_{3,})\s*\d*\s*$")
_CONTENTS = re.compile(rf"{_LEADER.pattern}|\s\d{{1,3}}\s*$")
# '1. Strengthen …', '8.1. The idea …', '8.30 Whilst we welcome …' (a decimal number needs no stop), 'a) …'
_ITEM = re.compile(r"^\s*(?:(?P<ref>\d{1,3}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)]\s+(?=\S)|"
                   r"(?P<dec>\d{1,2}\.\d{1,2})\s+(?=[A-Z‘'\"“]))(?P<text>.*)$", re.S)
# an item saying the section makes none ('No specific recommendations …', 'None', 'There are no
# recommendations for this task'): no recommendation
_NONE_MADE = re.compile(rf"^\s*(?:(?:there\s+(?:are|were)\s+)?no\s+(?:[a-z]+\s+){{0,2}}{RECOMMENDATION_WORD}s?\b"
                        r"|none\b\.?\s*$)", re.I)
_BULLET = re.compile(r"^\s*(?:[-–—•●○◦▪■□❏►➢✓*·]|[\uf000-\uf0ff])\s*(?=\S)")
_TIMEFRAME = re.compile(rf"^\s*(?:{'|'.join(TIMEFRAME_PATTERNS)})\s*:?\s*$", re.I)
_RESPONDERS = "|".join(re.escape(w) for w in sorted(RESPONDER_WORDS, key=len, reverse=True))
_DECISIONS = "|".join(re.escape(w) for w in RESPONSE_DECISION_WORDS)
_RESPONSE = re.compile(rf"^\s*(?:{_RESPONDERS})\b", re.I)
_DECISION = re.compile(rf"\b({_DECISIONS})\b", re.I)
# a decision printed alone ('Recommendation accepted.', 'Agreed in principle')
_DECISION_ALONE = re.compile(rf"^\s*(?:{RECOMMENDATION_WORD}\s+)?(?:{_DECISIONS})\b\.?\s*$", re.I)
# a label over the answer ('Response:', 'Government response', 'Our response')
_RESPONSE_LABEL = re.compile(r"^\s*(?:(?:the\s+)?(?:uk\s+|hm\s+)?government(?:'s|’s)?\s+|our\s+)?"
                             rf"(?:{phrase_alternation(RESPONSE_LABEL_WORDS)})\s*[:.]?\s*$", re.I)
_RESPONSE_WORDS = 12  # a response's opening clause: its decision word within so many words
# whom it asks: the words before 'should' at its start ('The Department should …' → 'The Department'; 'The
# governments of the UK, Scotland, Wales and Northern Ireland should each …'; 'We recommend that the DfT should …')
_ASKING = phrase_alternation(ASKING_VERBS)
_ADDRESSEE = re.compile(rf"^\s*(?:we\s+(?:(?:{phrase_alternation(RECOMMEND_ADVERBS)})\s+)?{RECOMMEND_THAT}\s+)?"
                        r"(?P<who>[A-Z][^.;:()]{0,90}?)\s*(?:,[^,.]{0,60},\s*)?"
                        rf"\b(?P<verb>{_ASKING}|to(?=\s+[a-z]))\b")
_ADDRESSEE_WORDS = 10
_JOINING = frozenset({"of", "the", "and", "for", "in", "s"})
_COMMON_WORDS = 3  # words in lower case a body's name may hold ('The UK government and devolved administrations')
# a sentence's openings that are no one ('In the Net Zero Review final report, the Government should …')
_NOT_WHO = frozenset({"in", "on", "for", "as", "if", "when", "although", "whilst", "while", "given", "where", "once",
                      "by", "to", "with", "under", "after", "before", "there", "it", "this", "we", "they", "these",
                      "those", "that", "all", "each", "every", "any", "such", "more", "further", "financial"})
# a numbered paragraph that only announces the list under it ('22. In order to improve …, the local
# authority should take the following action.'): its bullets are the recommendations, its subject whom they ask
_LEAD_IN = re.compile(r"\b(?P<who>the\s+[\w\s’'-]{2,60}?|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})\s+"
                      rf"(?:{_ASKING})\s+(?:take|do|consider|address)?\s*"
                      r"(?:the\s+following|these)\b[^.:]{0,40}[.:]\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?][’'\"”)]*\s*$")
_SHORT = 14  # words of a line that may head a section or title a recommendation
# a section's number of two levels or more ('1.4', '2.4.1'), opening a title
_SECTION_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+\S")
_TITLE_WORDS = 60  # a label's title, at most
_BODY = 8  # paragraphs under a label read as its text, at most


def _naming(text: str) -> str:
    """The heading's words naming the recommendations ('' when they name none)."""
    t = squash(text)
    if words_over(t, _SHORT) or _CONTENTS.search(t):
        return ""
    words = fold(_NUMBER.sub("", t, count=1))
    return t if _SECTION.match(words) else ""


def _label(b: Paragraph) -> re.Match[str] | None:
    """'Recommendation 3: Develop …', 'Recommendation #2', 'HoL Inquiry Recommendation' (not the run-in
    'Recommendation: The Department should …', nor a sentence that opens with the word)."""
    text = squash(b.text)
    m = _LABEL.match(text)
    if m is None or _LEADER.search(text) or _RUN_IN.match(text) and not m.group("ref"):
        return None
    title = m.group("title") or ""
    if title and _CONTENTS.search(title):
        return None  # 'Recommendation 3: A better approach to risk assessment 15'

    if not (m.group("ref") or m.group("who")) and title:
        return None  # 'Recommendation - Ensure …': a run-in label
    if m.group("stop") in {".", "-"} and not m.group("ref") and title:
        return None
    if words_over(title, _TITLE_WORDS):
        return None
    return m


def _is_heading(b: object, body: float) -> bool:
    if not isinstance(b, Paragraph):
        return True
    if b.heading:
        return True
    t = squash(b.text)
    return bool(b.bold and t and not words_over(t, _SHORT) and not t.endswith((".", ";", ",")) and not _ITEM.match(t)
                and not _BULLET.match(t) and not _TIMEFRAME.match(t) and not (body and b.size < body - 0.5))


def _ends_section(b: object, head: Paragraph, body: float) -> bool:
    """Does the block close the section the heading opened (a heading as large, or as high in rank)?"""
    if not isinstance(b, Paragraph):
        return False
    if _naming(b.text) or _label(b):
        return True
    if _NUMBERED_TITLE.match(squash(head.text)) and _NUMBERED_TITLE.match(squash(b.text)) and head.size \
            and b.size >= head.size + _LARGER:
        # '2. Create an account' set a size larger after '1.4 Recommendations': the next section, whose
        # numbered title is not one of the section's numbered items
        return True
    if not _is_heading(b, body):
        return False
    if head.size and b.size:
        return b.size >= head.size - 0.5
    if head.rank and b.rank:
        return b.rank <= head.rank
    return True


# a numbered section's title ('2. Create an account', '2.1 Description'): its number, then a capital
_NUMBERED_TITLE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]")
_LARGER = 0.5  # points: a title set this much larger than a section's own title is of a section above it


def _ref(m: re.Match[str]) -> str:
    return m.group("ref") or m.group("dec") or ""


def _addressee(text: str) -> str:
    if opens_instruction(text):
        return ""  # 'Continue to expand …': a verb, nobody named
    m = _ADDRESSEE.match(text)
    if m is None:
        return ""
    who = squash(m.group("who")).rstrip(",")
    words = fold(who).split()
    if not words or words[0] in _NOT_WHO or len(words) > _ADDRESSEE_WORDS or not who[0].isupper():
        return ""
    common = [w for w in who.split()[1:] if w[:1].islower() and fold(w) not in _JOINING]
    if len(common) > (0 if m.group("verb") == "to" else _COMMON_WORDS):
        return ""  # 'The Government has recognised that private finance will need to …': a sentence
    return who


def _decision(text: str) -> str:
    """A response's decision word in its opening clause ('The Government agrees with …' → 'agrees')."""
    head = " ".join(text.split()[:_RESPONSE_WORDS])
    m = _DECISION.search(head)
    return m.group(1).lower() if m else ""


def _is_response(text: str) -> bool:
    t = squash(text)
    return bool(_RESPONSE.match(t) and _decision(t) or _DECISION_ALONE.match(t))


def _says_what_to_do(title: str) -> bool:
    """A label's title that is the recommendation itself ('Develop and sustain …', 'Health Education
    England to further work with …'), not a name for it ('A simplified structure for …')."""
    after = title.split(":", 1)[1].strip() if ":" in title else ""  # 'FITARA 2.0: Facilitate …'
    return any(opens_instruction(t) or bool(_ADDRESSEE.match(t)) for t in (title, after) if t)


class _Reader:
    def __init__(self, raw: RawDocument):
        self.raw = raw
        self.blocks = raw.blocks
        self.body = body_size([b for b in raw.blocks if isinstance(b, Paragraph)])
        self.taken: dict[int, Recommendation] = {}  # block of an item's start → its recommendation
        self.used: set[int] = set()  # every block a recommendation's text took
        self.out: list[tuple[int, Recommendation]] = []
        self.labels_seen: set[tuple[str, str]] = set()  # (who, number) of the labels read: a repeat continues one

    def para(self, i: int) -> Paragraph | None:
        b = self.blocks[i] if 0 <= i < len(self.blocks) else None
        return b if isinstance(b, Paragraph) else None

    def small(self, b: Paragraph) -> bool:
        return bool(self.body and 0 < b.size < self.body - 0.5)  # a footnote

    def add(self, i: int, rec: Recommendation, blocks: Sequence[int]) -> None:
        if i in self.taken or not rec.text:
            return
        rec.text = squash(rec.text)
        rec.addressee = rec.addressee or _addressee(rec.text)
        self.taken[i] = rec
        self.used.update(blocks)
        self.out.append((i, rec))

    # ------------------------------------------------------------ labels
    def labels(self, start: int = 0, end: int | None = None, heading: str = "") -> int:
        """Read each labelled recommendation between start and end; how many labels were seen."""
        end = len(self.blocks) if end is None else end
        seen = 0
        number = ""  # the numbered paragraph (a conclusion) the run-in recommendation follows
        for i in range(start, end):
            b = self.para(i)
            if b is None or self.small(b):
                continue
            item = _ITEM.match(b.text)
            if item is not None and heading:
                number = _ref(item)
            if _RUN_IN.match(b.text) and not _label(b):
                seen += 1
                self.run_in(i, b, heading, number)
                continue
            m = _label(b)
            if m is None:
                continue
            seen += 1
            self.labelled(i, b, m)
        return seen

    def said(self) -> None:
        """Paragraphs in which a review or an audit says what it recommends ('We recommended that the
        State (1) refund …', 'OIG recommends that CMS …': recommendations.read_recommended's shape), each
        one recommendation, whole; none when many paragraphs open so (a report's narrative)."""
        found = [(i, b) for i, b in enumerate(self.blocks) if isinstance(b, Paragraph) and not b.heading
                 and i not in self.used and RECOMMENDED.match(b.text)]
        if len(found) > RECOMMENDED_MAX:
            return
        for i, b in found:
            who = _RECOMMENDED_WHO.search(b.text)
            self.add(i, Recommendation(text=b.text, addressee=squash(who.group("who")) if who else "",
                                       page=b.page, line=b.line), [i])

    def run_in(self, i: int, b: Paragraph, heading: str, number: str = "") -> None:
        text = _RUN_IN.sub("", b.text, count=1)
        blocks = [i]
        if text.rstrip().endswith(":"):
            text, more = self.finish(text, i + 1)
            blocks += more
        elif not _SENTENCE_END.search(text):
            # a scan's lines set apart as paragraphs ('Recommendation - Ensure … oversight' / 'throughout
            # the audit process …'): the lines that finish its sentence
            text, more = sentence_run_on(self.raw, i, text)
            blocks += more
        self.add(i, Recommendation(text=text, ref=number, heading=heading or "Recommendation", page=b.page,
                                   line=b.line), blocks)

    def finish(self, text: str, j: int) -> tuple[str, list[int]]:
        """The bullets that finish a sentence ending in ':', joined '; '."""
        parts, blocks = [squash(text)], []
        while j < len(self.blocks):
            b = self.para(j)
            if b is None or b.heading or not _BULLET.match(b.text):
                break
            parts.append(squash(_BULLET.sub("", b.text, count=1)))
            blocks.append(j)
            j += 1
        items = [t.rstrip(";").rstrip() for t in parts[1:-1]] + parts[-1:]  # '… net zero;' joined by '; '
        return (parts[0] + " " + "; ".join(items)) if len(parts) > 1 else parts[0], blocks

    def labelled(self, i: int, b: Paragraph, m: re.Match[str]) -> None:
        label = squash(b.text)
        title = squash(m.group("title") or "")
        ref = m.group("ref") or ""
        key = (fold(m.group("who") or ""), ref)
        if ref and key in self.labels_seen:
            return  # 'Recommendation #3' again over the page it runs on to ('… (continued)')
        self.labels_seen.add(key)
        j = i + 1
        # the title on a line of its own ('Recommendation #1' / 'Focusing on Customer Experience: …')
        nxt = self.para(j)
        if not title and nxt is not None and not _label(nxt) and not _ITEM.match(nxt.text) \
                and not words_over(nxt.text, _SHORT) and not squash(nxt.text).endswith((".", ":")) and nxt.text.strip():
            title = squash(nxt.text)
            j += 1
        body: list[str] = []
        blocks = [i] + list(range(i + 1, j))
        response = ""
        k = j
        while k < len(self.blocks) and len(body) < _BODY:
            p = self.para(k)
            if p is not None and _RESPONSE_LABEL.match(p.text):
                # 'Response:' over the answer ('The Government accepts this recommendation.')
                after = next((q for q in self.blocks[k + 1:k + 3] if isinstance(q, Paragraph) and q.text.strip()),
                             None)
                response = _decision(after.text) if after is not None else ""
                break
            if p is None or _label(p) or _naming(p.text) or _RUN_IN.match(p.text) or (p.heading and p.text.strip()):
                break
            if self.small(p) or not p.text.strip():
                k += 1
                continue
            if _is_response(p.text):
                response = _decision(p.text) or fold(p.text)
                break
            if _is_heading(p, self.body) and not body:
                break
            if title and _says_what_to_do(title) and not _ITEM.match(p.text):
                break  # 'Recommendation 3: Develop …' says what to do: the paragraphs under it explain it
            body.append(squash(_BULLET.sub("", p.text, count=1)) if _BULLET.match(p.text) else squash(p.text))
            blocks.append(k)
            k += 1
        while not response and len(body) >= _BODY and k < len(self.blocks):
            # a long recommendation: its answer further on, before the next label or heading
            p = self.para(k)
            k += 1
            if p is None or _label(p) or (p.heading and not _RESPONSE_LABEL.match(p.text)):
                break
            if _RESPONSE_LABEL.match(p.text) or _is_response(p.text):
                after = p if _is_response(p.text) else self.para(k)
                response = _decision(after.text) if after is not None else ""
        if not title and not body:
            return  # a label alone (a contents list's line, a box whose text is elsewhere)
        if body and _ITEM.match(body[0]):
            self.numbered_body(b, label, blocks[len(blocks) - len(body):], response)
            return
        if title and (_says_what_to_do(title) or not body):
            text, ref_of = title, ""
        else:
            first = _ITEM.match(body[0])
            ref_of = _ref(first) if first else ""
            if first:
                body[0] = first.group("text")
            text = " ".join(body)
        heading = label if title in label or title == text else f"{label}: {title}"
        self.add(i, Recommendation(text=text, ref=ref or ref_of, heading=heading, response=response,
                                   page=b.page, line=b.line), blocks)

    def numbered_body(self, b: Paragraph, label: str, blocks: list[int], response: str) -> None:
        """A box quoting numbered paragraphs ('8.3. We acknowledge …' / '8.4. We agree …'): each its own
        recommendation, with the bullets that finish its sentence and the lines a page break set apart
        ('… (paragraph' / '4.41).'), up to the first paragraph that is none of these (the response)."""
        k = 0
        while k < len(blocks):
            p = self.para(blocks[k])
            assert p is not None
            m = _ITEM.match(squash(p.text))
            if m is None:
                break
            start, text, more = blocks[k], m.group("text"), list[int]()
            k += 1
            while k < len(blocks):
                q = self.para(blocks[k])
                assert q is not None
                if text.rstrip().endswith(":") and _BULLET.match(q.text):
                    text += ("; " if more else " ") + squash(_BULLET.sub("", q.text, count=1))
                elif not _SENTENCE_END.search(text) and not _ITEM.match(q.text) and not _BULLET.match(q.text):
                    text += " " + squash(q.text)  # the sentence runs on past a page break
                else:
                    break
                more.append(blocks[k])
                k += 1
            self.add(start, Recommendation(text=text, ref=_ref(m), heading=label, response=response, page=p.page,
                                           line=p.line), [start, *more])
        self.used.add(next(iter(blocks), -1))

    # ------------------------------------------------------------ sections
    def sections(self) -> None:
        for i, b in enumerate(self.blocks):
            if not isinstance(b, Paragraph) or self.small(b) or not b.text.strip():
                continue
            name = _naming(b.text)
            # (a numbered section's title alone, '1.4 Recommendations', heads its section by its number
            # however it is set: a report in one type size numbers its sections instead)
            if not name or not (_is_heading(b, self.body) or squash(b.text).endswith(("?", ":"))
                                or _SECTION_NUMBER.match(name) and name != _NUMBER.sub("", name, count=1)):
                continue
            end = i + 1
            while end < len(self.blocks) and not _ends_section(self.blocks[end], b, self.body):
                end += 1
            if self.labels(i + 1, end, _NUMBER.sub("", name, count=1)):
                continue  # the section's labelled recommendations are its list (its numbered paras, findings)
            self.items(i + 1, end, _NUMBER.sub("", name, count=1))

    def items(self, start: int, end: int, heading: str) -> None:
        """The numbered paragraphs or bullets of a section naming recommendations."""
        found: list[tuple[int, str, str, list[int], str, str]] = []  # (block, ref, text, blocks, timeframe, who)
        addressee = ""
        numbered = any(_ITEM.match(p.text) for k in range(start, end) if (p := self.para(k)) is not None)
        timeframe = ""
        k = start
        while k < end:
            p = self.para(k)
            k += 1
            if p is None or self.small(p) or not p.text.strip():
                continue
            text = squash(p.text)
            if _TIMEFRAME.match(text):
                timeframe = text.rstrip(":").strip()
                continue
            m = _ITEM.match(text)
            bullet = _BULLET.match(text)
            lead = _LEAD_IN.search(m.group("text")) if m is not None else None
            if m is not None and lead is not None and not opens_instruction(m.group("text")):
                numbered, addressee = False, squash(lead.group("who"))  # its bullets are the list
                self.used.add(k - 1)
                continue
            if m is not None:
                body, more = self.finish(m.group("text"), k) if m.group("text").rstrip().endswith(":") \
                    else (m.group("text"), [])
                found.append((k - 1, _ref(m), body, [k - 1, *more], timeframe, ""))
                k += len(more)
            elif bullet is not None and not numbered and _NONE_MADE.match(text[bullet.end():]):
                self.used.add(k - 1)  # 'No specific recommendations from a participant perspective'
            elif bullet is not None and not numbered:
                item = text[bullet.end():]
                body, more = self.finish(item, k) if item.rstrip().endswith(":") else (item, [])
                found.append((k - 1, "", body, [k - 1, *more], timeframe, addressee))
                k += len(more)
        for i, ref, text, blocks, period, who in found:
            b = self.para(i)
            assert b is not None
            self.add(i, Recommendation(text=text, ref=ref, heading=heading, addressee=who,
                                       timeframe=period, page=b.page, line=b.line), blocks)


def read_report_recommendations(raw: RawDocument) -> tuple[list[Recommendation], set[int]]:
    """The recommendations the document marks as such, in document order, and the blocks they took."""
    reader = _Reader(raw)
    reader.sections()
    reader.labels()
    reader.said()
    return [rec for _, rec in sorted(reader.out, key=lambda t: t[0])], reader.used


def _words(text: str) -> set[str]:
    return {w for w in fold(text).split() if len(w) > 2}


_MIN_WORDS = 4  # a recommendation shorter than this is matched as if this long
_SAME = 0.7  # the share of an action's words a recommendation must hold to be the one it was read from


def is_recommendation(a: Action, recs: Sequence[Recommendation]) -> bool:
    """Was the action read from one of the recommendations (its text, or its label's title)?"""
    words = _words(a.action)
    if not words:
        return False
    for r in recs:
        theirs = _words(r.text) | _words(r.heading)
        # the shorter of the two read within the other (a title alone, or a sentence read on further)
        if len(words & theirs) >= _SAME * min(len(words), max(len(theirs), _MIN_WORDS)):
            return True
    return False


__all__ = ["is_recommendation", "read_report_recommendations"]


def _tracked(a: Action) -> bool:
    """The action carries a plan's marks (kinds.marked), or its steps do (a date or a status each)."""
    from planx.normalise.kinds import marked
    return marked(a) or any(m.due_date or m.status_raw for m in a.milestones)


def route(raw: RawDocument, actions: list[Action], recs: list[Recommendation],
          title: str = "") -> tuple[list[Action], str]:
    """The actions that stand, and why the recommendations were kept as such ('' when the document is a
    plan or tracker that answers them: its own rows are its actions, the recommendations stay where read).
    A report's recommendations read as actions move to the recommendations table when they are most of
    the actions and say neither who and when nor how they stand; a tracker's rows that print an owner, a
    date or a status beside the recommendation keep it as their action."""
    from planx.normalise.kinds import calls_itself_a_plan, tables_head_plan
    if not recs or actions and calls_itself_a_plan(raw, title):
        return actions, ""  # an 'Improvement Plan' answering recommendations: its actions are its own
    ours = [a for a in actions if is_recommendation(a, recs)]
    if len(ours) * 2 < len(actions):
        return actions, ""  # a plan's own actions, beside the recommendations it quotes
    if ours and (sum(_tracked(a) for a in ours) * 2 >= len(ours) or tables_head_plan(raw, ours)):
        return actions, ""  # a tracker: the recommendation with its owner, date or status is its action
    rest = [a for a in actions if not any(a is o for o in ours)]
    why = (f"a report: {len(recs)} recommendation(s) to others kept in recommendations, "
           + ("no actions" if not rest else f"{len(rest)} other action(s) kept"))
    if ours:
        why += f" ({len(ours)} read as actions moved there)"
    return rest, why


__all__ += ["route"]
