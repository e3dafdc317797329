"""An e-mail's text: the message itself, apart from its headers and the earlier messages it quotes.

A plan sent by e-mail (a .eml file, or the message pasted into a text file) prints the mail's
headers ('From: …', 'Sent: …', 'Subject: …') atop the plan and, below it, the earlier message it
answers ('-----Original Message-----', 'On 27/11/2026 10:02, Jo wrote:' over '> …' lines), often
last week's version of the same list. Neither is the plan: the headers are the mail's envelope (its
subject names it), and the earlier message is history. Both are set aside here, line for line (the
lines are blanked, so every other line keeps its number), and the reader reads the current message.

A message that is only a short cover note over the earlier one ('FYI, see below. Sam') forwards it:
there the earlier message is the content and is read (its quote marks taken off).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# the header names a mail program prints atop a message (Outlook's 'Sent', others' 'Date'), lower case
HEADER_NAMES = frozenset({"from", "sent", "date", "to", "cc", "bcc", "subject", "reply-to", "importance",
                          "attachments", "priority"})
# a header block names the sender and the subject at least, among this many header lines
_MIN_HEADERS = 3
_HEADER_LINE = re.compile(r"^\s*([A-Za-z][A-Za-z-]{0,15})\s*:\s?(.*)$")
# what opens an earlier message below the current one: Outlook's rule and separator lines, an
# attribution line ('On 1 Dec 2026, Amira Said wrote:', '> On …, at 12:40, Lee Park wrote:')
_EARLIER = re.compile(r"^\s*(?:-{3,}\s*Original Message\s*-{3,}|>?\s*On\b.{4,200}\bwrote:)\s*$", re.I)
# Outlook's rule over the earlier message's headers; alone (a form's line to sign on) it opens nothing
_RULE = re.compile(r"^\s*_{10,}\s*$")
# what opens a forwarded message: it is the content of the mail that forwards it, never history
_FORWARDED = re.compile(r"^\s*(?:-{3,}\s*Forwarded message\s*-{3,}|Begin forwarded message:)\s*$", re.I)
_QUOTED = re.compile(r"^\s*>")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# the prefixes a reply or a forward adds to the subject ('RE: ', 'Fwd: ', 'AW: '), not its words
SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|sv|vs|tr|rv)\s*(?:\[\d+\])?\s*:\s*)+", re.I)
# a current message of at most this many words above the earlier one is a cover note forwarding it
COVER_NOTE_WORDS = 40


@dataclass
class MailText:
    lines: list[str]  # the text with the headers and the earlier messages blanked (same line count)
    subject: str = ""  # the subject, without its 'RE:'/'FW:' prefixes
    # (text, reason, line) of each line set aside (line 1-based)
    aside: list[tuple[str, str, int]] = field(default_factory=list)


def plain_subject(subject: str) -> str:
    """A subject without the prefixes replies and forwards add ('RE: FW: Plan' → 'Plan')."""
    return " ".join(SUBJECT_PREFIX.sub("", subject or "").split())


def header_block(lines: list[str], start: int) -> tuple[int, dict[str, str]]:
    """The header lines from `start` on ('From: …', 'Sent: …', 'To: …', 'Subject: …'), with no blank
    between: the index after them and the fields by name (lower case). (start, {}) when the lines
    there are no mail's header block (fewer than three header lines, or no sender or no subject)."""
    fields: dict[str, str] = {}
    end = start
    while end < len(lines):
        m = _HEADER_LINE.match(lines[end])
        if not m or m.group(1).lower() not in HEADER_NAMES:
            break
        fields.setdefault(m.group(1).lower(), m.group(2).strip())
        end += 1
    if end - start < _MIN_HEADERS or "from" not in fields or "subject" not in fields:
        return start, {}
    return end, fields


def _mail_headers(fields: dict[str, str]) -> bool:
    """Are the header fields a mail's, not a memo's ('To: Cabinet / From: Director / Subject: …'): an
    address in the sender or recipients, or Outlook's 'Sent'?"""
    return "sent" in fields or any(_ADDRESS.search(fields.get(name, "")) for name in ("from", "to", "cc"))


def _first_text(lines: list[str], start: int = 0) -> int:
    """The index of the first line from `start` that is not blank (len(lines) when none is)."""
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start


def _earlier_start(lines: list[str], start: int) -> int | None:
    """Where the earlier message begins below the current one: its opening line (an attribution, a
    separator, a header block) or its first quoted line; None when the text quotes none."""
    for k in range(start, len(lines)):
        line = lines[k]
        if _FORWARDED.match(line):
            return None  # (a forward's content below: read, not history)
        if _EARLIER.match(line) or _QUOTED.match(line) or header_block(lines, k)[1]:
            return k
        if _RULE.match(line) and header_block(lines, _first_text(lines, k + 1))[1]:
            return k
    return None


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


def read_mail(lines: list[str], *, headers: bool = True) -> MailText | None:
    """The current message of a mail's text: its header block atop (with `headers`: a pasted mail)
    and the earlier message below set aside. None when the text is no mail (headers wanted and
    none atop it) or nothing is set aside."""
    out = MailText(list(lines))
    top = _first_text(lines)
    if top < len(lines) and _FORWARDED.match(lines[top]):
        out.aside.append((lines[top].strip(), "e-mail forwarding line", top + 1))
        out.lines[top] = ""
        top = _first_text(lines, top + 1)
    body = top
    if headers:
        body, fields = header_block(lines, top)
        if not fields or not _mail_headers(fields):
            return None
        out.subject = plain_subject(fields.get("subject", ""))
        for k in range(top, body):
            out.aside.append((lines[k].strip(), "e-mail header", k + 1))
            out.lines[k] = ""
    earlier = _earlier_start(lines, body)
    if earlier is not None:
        if _words(lines[body:earlier]) > COVER_NOTE_WORDS:
            _set_aside_earlier(out, lines, earlier)
        else:
            _unquote_earlier(out, lines, earlier)
    return out if out.aside else None


def _set_aside_earlier(out: MailText, lines: list[str], earlier: int) -> None:
    """The earlier message set aside: from its opening to the end when it is printed as a message of
    its own (a separator, a header block), else its attribution and quoted ('>') lines only, the
    writer's own lines between them (an answer below a quote) still read."""
    quoted_only = bool(_QUOTED.match(lines[earlier]) or re.search(r"wrote:\s*$", lines[earlier]))
    for k in range(earlier, len(lines)):
        line = lines[k]
        if quoted_only and not (k == earlier or _QUOTED.match(line)):
            continue
        if line.strip():
            out.aside.append((line.strip(), "earlier e-mail quoted below the message", k + 1))
        out.lines[k] = ""


def _unquote_earlier(out: MailText, lines: list[str], earlier: int) -> None:
    """A cover note over the earlier message forwards it: its opening line and header block set aside,
    its quote marks taken off, its text read."""
    k = earlier
    if not _QUOTED.match(lines[k]) or _EARLIER.match(lines[k]):
        out.aside.append((lines[k].strip(), "e-mail forwarding line", k + 1))
        out.lines[k] = ""
        k += 1
    for j in range(k, len(lines)):
        if _QUOTED.match(lines[j]):
            out.lines[j] = re.sub(r"^\s*(?:>\s?)+", "", lines[j])
    end, fields = header_block(out.lines, _first_text(out.lines, k))
    for j in range(_first_text(out.lines, k), end if fields else 0):
        out.aside.append((out.lines[j].strip(), "e-mail header", j + 1))
        out.lines[j] = ""
