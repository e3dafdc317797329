"""Plans sent by e-mail: .eml messages (plain text, HTML, with attachments) and a mail pasted into a
text file. The current message is the plan; the headers name it (subject = title); the earlier
message it quotes (last week's list) is set aside, unless the message is a cover note forwarding it."""
from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

from conftest import read

import planx
from planx.extract import extract
from planx.extract.mailtext import plain_subject, read_mail
from planx.normalise.lists import dashed_fields

CURRENT = [
    "* Publish the revised offer pages for young adults - Offer Officer - due 11/12/2026 - ON TRACK",
    "* Clear the backlog of annual review amendments older than 12 weeks - Casework Manager - due 31/01/2027 - DELAYED",
    "* Agree a joint commissioning plan for therapy services with the health board - Head of Commissioning"
    " - due 31/03/2027 - NOT STARTED",
]
OLDER = [
    "* Publish the revised offer pages for young adults - Offer Officer - due 11/12/2026 - NOT STARTED",
    "* Write to every family about the new panel dates and criteria - Panel Clerk - due 01/12/2026 - ON TRACK",
]


def _reply_body() -> str:
    quoted = "\n".join("> " + line for line in ["Hello all,", "", "Last week's position:", "", *OLDER, "", "Jo"])
    return ("Hello everyone,\n\nHere is this week's update on the written statement actions, with the status of each"
            " one as it stands today after the meeting:\n\n" + "\n".join(CURRENT)
            + "\n\nKind regards\nJo\n\nOn 27/11/2026 10:02, Jo Field wrote:\n" + quoted + "\n")


def _message(subject: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Jo Field <jo@example.gov.uk>"
    msg["To"] = "Group <group@example.gov.uk>"
    msg["Subject"] = subject
    return msg


def _converted(path: Path, tmp_path: Path) -> tuple[list[dict[str, str]], dict[str, str]]:
    planx.convert([path], out=tmp_path / "out")
    return read(tmp_path / "out", "actions"), read(tmp_path / "out", "documents")[0]


def test_plain_eml_reads_the_current_list_not_the_quoted_one(tmp_path):
    msg = _message("RE: Written statement - weekly action update")
    msg.set_content(_reply_body())
    path = tmp_path / "update.eml"
    path.write_bytes(bytes(msg))
    actions, doc = _converted(path, tmp_path)
    assert doc["format"] == "eml"
    assert doc["title"] == "Written statement - weekly action update"
    assert [a["action"] for a in actions] == [line[2:].split(" - ")[0] for line in CURRENT]
    first = actions[0]
    assert (first["lead"], first["due_raw"], first["due_date"], first["status_raw"], first["status"]) == \
        ("Offer Officer", "11/12/2026", "2026-12-11", "ON TRACK", "in_progress")


def test_html_eml_leaves_the_cited_quote_out_and_lists_attachments(tmp_path):
    msg = _message("FW: Partnership actions")
    items = "".join(f"<li>{line[2:]}</li>" for line in CURRENT)
    old = "".join(f"<li>{line[2:]}</li>" for line in OLDER)
    msg.set_content("<html><body><p>Dear all, the actions agreed at the partnership meeting this week:</p>"
                    f"<ul>{items}</ul><blockquote type=\"cite\"><ul>{old}</ul></blockquote></body></html>",
                    subtype="html")
    msg.add_attachment(b"%PDF-1.4 not read", maintype="application", subtype="pdf", filename="../../etc/notes.pdf")
    path = tmp_path / "actions.eml"
    path.write_bytes(bytes(msg))
    raw = extract(path)
    assert raw.container == "eml" and raw.declared_title == "Partnership actions"
    assert any("attachment(s) not read" in w and "'notes.pdf'" in w and ".." not in w for w in raw.warnings)
    actions, doc = _converted(path, tmp_path)
    assert [a["action"] for a in actions] == [line[2:].split(" - ")[0] for line in CURRENT]
    assert not (tmp_path / "notes.pdf").exists() and not (tmp_path / "out" / "notes.pdf").exists()


def test_pasted_mail_headers_and_original_message_set_aside(tmp_path):
    text = ("From: Priya Chan <p@example.gov.uk>\nSent: Wednesday, 2 December 2026 16:41\nTo: Team\n"
            "Subject: RE: Inspection - action plan\n\nHi all,\n\nThe revised plan is below; please check your "
            "own lines and let me know by Friday if anything is wrong before it goes to the director.\n\n"
            "1. Audit all open cases older than 12 months and close where appropriate\n   Lead: Head of Service\n"
            "   By: 31 January 2027\n\n2. Introduce a weekly performance clinic for team managers\n"
            "   Lead: Performance Manager\n   By: 18 December 2026\n\nThanks,\nPriya\n\n"
            "-----Original Message-----\nFrom: Martin O <m@example.gov.uk>\nSent: Friday, 27 November 2026\n"
            "To: Priya Chan\nSubject: Inspection - action plan\n\n> Can you circulate the plan?\n> Martin\n")
    path = tmp_path / "pasted.txt"
    path.write_text(text, encoding="utf-8")
    actions, doc = _converted(path, tmp_path)
    assert doc["format"] == "txt" and doc["title"] == "Inspection - action plan"
    assert [a["lead"] for a in actions] == ["Head of Service", "Performance Manager"]


def test_cover_note_forwards_the_earlier_message():
    lines = ["FYI - see below. Sam", "", "On 1 Dec 2026, Amira Said wrote:", "> 1. Agree the terms of reference",
             "> Lead: Board Manager"]
    mail = read_mail(lines, headers=False)
    assert mail is not None
    assert mail.lines[3:] == ["1. Agree the terms of reference", "Lead: Board Manager"]
    assert mail.lines[2] == ""


def test_long_reply_sets_the_quote_aside_but_keeps_answers_below_it():
    lines = ["word " * 50, "", "> old line one", "> old line two", "", "My answer below the quote."]
    mail = read_mail(lines, headers=False)
    assert mail is not None
    assert mail.lines[2:4] == ["", ""] and mail.lines[5] == "My answer below the quote."


def test_text_without_mail_headers_is_left_alone():
    assert read_mail(["Action plan", "", "> a call-out quote", "1. Do the thing"], headers=True) is None
    assert plain_subject("RE: Fwd: AW: Plan update") == "Plan update"


def test_dashed_item_with_a_status_last():
    fields = dashed_fields("Send the survey to all families with a plan - Forum Coordinator - due 04/12/2026 - DONE")
    assert fields == {"action": "Send the survey to all families with a plan", "lead": "Forum Coordinator",
                      "due": "04/12/2026", "status": "DONE"}
    # a last part that is no status leaves the item as dashed_fields always read it
    assert dashed_fields("Send the survey to families - Forum Coordinator - March 2027")["due"] == "March 2027"


def test_bad_mails_fail_clearly(tmp_path):
    (tmp_path / "bad.eml").write_bytes(b"garbage\x00\x01 not a mail")
    (tmp_path / "nobody.eml").write_bytes(b'Subject: x\nContent-Type: multipart/mixed; boundary="b"\n\n--b\n'
                                          b'Content-Type: application/pdf\nContent-Disposition: attachment; '
                                          b'filename="a.pdf"\n\nxx\n--b--\n')
    planx.convert([tmp_path / "bad.eml", tmp_path / "nobody.eml"], out=tmp_path / "out")
    errors = {d["doc"]: d["error"] for d in read(tmp_path / "out", "documents")}
    assert errors == {"bad.eml": "not an e-mail message (no header lines atop it)",
                      "nobody.eml": "an e-mail with no text body (no text/plain or text/html part)"}


def test_a_rule_line_opens_an_earlier_message_only_over_its_headers():
    body = ["word " * 50, "", "_" * 20]
    signed = read_mail([*body, "Signed by the director", "1. Review the policy"], headers=False)
    assert signed is None  # a line to sign on: nothing set aside
    outlook = read_mail([*body, "From: A", "Sent: 1 May", "Subject: Old plan", "", "1. Old item"], headers=False)
    assert outlook is not None and outlook.lines[2:] == [""] * 6


def test_a_memos_headers_are_no_mail():
    memo = ["To: Cabinet", "From: Director of Children's Services", "Date: 3 May 2026", "Subject: Plan update",
            "", "word " * 50, "", "> a call-out"]
    assert read_mail(memo, headers=True) is None
    mail = ["From: Jo <jo@example.gov.uk>", *memo[2:]]
    assert read_mail(mail, headers=True) is not None
