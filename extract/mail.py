"""E-mail messages (.eml, RFC 822/MIME): a plan sent as a mail's body.

The message is parsed by the standard library (`email`, its default policy: headers decoded, the body
decoded from its transfer encoding and charset). Its body is read as the plan: the text/plain part
where there is one (through the text reader, the earlier message it quotes set aside by
extract/mailtext.py), else the text/html part (through the HTML reader, the quoted earlier message's
elements left out). The subject, without 'RE:'/'FW:', is the document's declared title.

The file is untrusted input: its size is capped before it is parsed, and attachments are never
opened or written anywhere (their names, cleaned, are only listed in a warning).
"""
from __future__ import annotations

import email
import email.policy
import re
from email.message import EmailMessage, MIMEPart
from pathlib import Path

from planx.extract.mailtext import plain_subject
from planx.extract.model import ExtractError, RawDocument
from planx.normalise.severity import Note

MAX_MAIL_BYTES = 64 * 1024 * 1024
# the HTML elements that hold the earlier message a reply quotes: a cited block quote (Apple Mail,
# Thunderbird), Gmail's quote, Outlook's reply header and what follows it
QUOTED_HTML = ("//blockquote[@type='cite']",
               "//div[contains(concat(' ', normalize-space(@class), ' '), ' gmail_quote ')]",
               "//div[@id='divRplyFwdMsg']/following-sibling::*", "//div[@id='divRplyFwdMsg']")
_NAME_SHOWN = 60  # characters of an attachment's name shown


def parse_mail(path: Path) -> RawDocument:
    with open(path, "rb") as fh:
        data = fh.read(MAX_MAIL_BYTES + 1)
    if len(data) > MAX_MAIL_BYTES:
        raise ExtractError(f"file too large for an e-mail ({MAX_MAIL_BYTES} bytes at most)")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(msg, EmailMessage) or not any(msg.get(name) for name in ("from", "subject", "date")):
        raise ExtractError("not an e-mail message (no header lines atop it)")
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise ExtractError("an e-mail with no text body (no text/plain or text/html part)")
    text = _content(body)
    if "\x00" in text:
        raise ExtractError("binary data, not an e-mail's text body (NUL bytes)")
    if body.get_content_subtype() == "html":
        doc = _html_body(text, path)
    else:
        from planx.extract.text import parse_mail_or_lines
        doc = parse_mail_or_lines(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"),
                                  path=str(path), name=path.name, headers=False)
    subject = plain_subject(str(msg.get("subject", "") or ""))
    doc.declared_title = subject or doc.declared_title
    doc.container = "eml"  # (documents.format; the body is read by the rules of its own format)
    names = [_shown_name(part.get_filename()) for part in msg.iter_attachments()]
    if names:
        doc.warnings.append(f"{len(names)} attachment(s) not read (only the message's body is): "
                            + ", ".join(names[:8]) + (" …" if len(names) > 8 else ""))
    return doc


def _content(part: MIMEPart) -> str:
    """A text part's text, decoded; a charset Python does not know is read as UTF-8, bad bytes replaced."""
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):
        raw = part.get_payload(decode=True)
        content = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw or "")
    return content if isinstance(content, str) else ""


def _html_body(text: str, path: Path) -> RawDocument:
    """An HTML body read by the HTML reader, the earlier message it quotes left out. The text is
    decoded already: it is handed over as UTF-8, saying so before any charset the page names."""
    from planx.extract.html import parse_html_bytes
    data = ('<meta charset="utf-8">' + text).encode("utf-8")
    doc = parse_html_bytes(data, path=str(path), name=path.name, drop=QUOTED_HTML)
    doc.warnings.append(Note("read as an e-mail: its HTML body, the earlier message it quotes left out"))
    return doc


def _shown_name(name: str | None) -> str:
    """An attachment's name as shown: its last part only (no folders), printable, cut short."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()
    return repr(base[:_NAME_SHOWN]) if base else "(unnamed)"
