"""Text struck through in a PDF (extract/pdfstrike.py) and actions struck out as done (normalise/struck.py).

Real action logs strike a done item out (a rule drawn across the letters); an underline runs below
them and a table ruling between lines, so neither may read as a strike.
"""
from __future__ import annotations

from conftest import convert_text

from planx.extract.pdfstrike import struck_runs
from planx.normalise.records import Action
from planx.normalise.struck import mark_struck, struck_cover


def chars(text: str, x: float = 100, top: float = 200, size: float = 10) -> list[dict]:
    out = []
    for ch in text:
        width = 5.0 if ch != " " else 2.5
        out.append({"text": ch, "x0": x, "x1": x + width, "top": top, "bottom": top + size, "size": size})
        x += width
    return out


def rule(x0: float, x1: float, y: float) -> dict:
    return {"x0": x0, "x1": x1, "top": y - 0.3, "bottom": y + 0.3}


def test_a_rule_across_the_middle_strikes_the_letters_it_crosses():
    line = chars("Send the letter") + chars("Not struck", x=300)
    assert struck_runs(line, [rule(99, 170, 205)], []) == ["Send the letter"]


def test_an_underline_and_a_ruling_between_lines_strike_nothing():
    line = chars("Send the letter")
    assert struck_runs(line, [rule(99, 170, 209.8)], []) == []  # under the letters
    assert struck_runs(line, [rule(99, 170, 207.4)], []) == []  # a link's underline, above the descenders
    assert struck_runs(line, [], [rule(50, 500, 199.5)]) == []  # a row's ruling above them


def test_a_thick_bar_is_shading_not_a_strike():
    line = chars("Send the letter")
    bar = {"x0": 99, "x1": 170, "top": 201, "bottom": 209}
    assert struck_runs(line, [], [bar]) == []


def test_struck_cover_joins_the_runs_of_a_wrapped_action():
    runs = ["Correct the bank details so that a Donate button can be", "added to the website."]
    assert struck_cover("Correct the bank details so that a Donate button can be added to the website.", runs) == 1.0
    assert struck_cover("Order the raffle prizes", runs) == 0.0
    assert struck_cover("Order the raffle prizes", ["8th"]) == 0.0  # too short to say anything


def test_mark_struck_sets_complete_only_on_wholly_struck_actions_without_a_status():
    a = Action(action="Book the hall for the quiz")
    b = Action(action="Order the raffle prizes and the tickets")
    c = Action(action="Renew the insurance", status="in_progress")
    warnings: list[str] = []
    mark_struck([a, b, c], [(1, "Book the hall for the quiz"), (1, "Order the raffle"), (2, "Renew the insurance")],
                warnings)
    assert (a.status, b.status, c.status) == ("complete", "", "in_progress")
    assert warnings == ["1 action(s) struck through in the source read as complete"]


# ---- struck through in Word, HTML and Markdown: the block's text marks it ('~~…~~') ------------------

_LOG = [("Book the hall for the summer quiz", "Sam Patel", "30 June 2025", True),
        ("Order the raffle prizes and tickets", "Jo Reid", "15 July 2025", False),
        ("Renew the public liability insurance", "Ann Cole", "31 July 2025", False)]


def test_a_word_action_log_row_struck_through_whole_is_complete(tmp_path):
    from docx import Document
    doc = Document()
    doc.add_heading("Action log", level=1)
    table = doc.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Action", "Who", "By when"], strict=True):
        cell.text = text
    for action, who, when, done in _LOG:
        cells = table.add_row().cells
        run = cells[0].paragraphs[0].add_run(action)
        run.font.strike = done
        cells[1].text, cells[2].text = who, when
    # a revision struck beside its replacement stays superseded wording, and no strike of the action
    cells = table.add_row().cells
    cells[0].text = "Publish the minutes"
    cells[1].text = "Ann Cole"
    cells[2].paragraphs[0].add_run("1 May 2025").font.strike = True
    cells[2].paragraphs[0].add_run(" 1 June 2025")
    path = tmp_path / "log.docx"
    doc.save(str(path))
    import planx
    r = planx.convert_file(str(path))
    got = {a.action: (a.status, a.due_date) for a in r.actions}
    assert got == {"Book the hall for the summer quiz": ("complete", "2025-06-30"),
                   "Order the raffle prizes and tickets": ("", "2025-07-15"),
                   "Renew the public liability insurance": ("", "2025-07-31"),
                   "Publish the minutes": ("", "2025-06-01")}, got
    assert any("struck through" in w for w in r.warnings)


def test_html_and_markdown_items_struck_through_whole_are_complete(tmp_path):
    from conftest import convert_text
    rows = "".join(f"<tr><td>{'<s>' + a + '</s>' if done else a}</td><td>{who}</td><td>{when}</td></tr>"
                   for a, who, when, done in _LOG)
    page = f"<html><body><h1>Action log</h1><table><tr><th>Action</th><th>Who</th><th>By when</th></tr>{rows}</table>"
    r = convert_text(tmp_path, "log.html", page + "</body></html>")
    assert {a.action: a.status for a in r.actions} == {
        "Book the hall for the summer quiz": "complete", "Order the raffle prizes and tickets": "",
        "Renew the public liability insurance": ""}
    md = "# Action log\n\n| Action | Who | By when |\n|---|---|---|\n" + "".join(
        f"| {'~~' + a + '~~' if done else a} | {who} | {when} |\n" for a, who, when, done in _LOG)
    r = convert_text(tmp_path, "log.md", md)
    assert {a.action: a.status for a in r.actions}["Book the hall for the summer quiz"] == "complete"
    assert all(not a.action.startswith("(") for a in r.actions)  # no '(superseded: …)' of a whole action


def _based(text: str, gap: float, top: float = 200) -> list[dict]:
    # the origin `gap` points above the box's bottom, as the matrix and y0 give it
    return [dict(c, matrix=(1, 0, 0, 1, 0, 500 + gap), y0=500, upright=True) for c in chars(text, top=top)]


def test_a_strike_low_in_a_box_that_ends_at_the_baseline_is_measured_from_the_baseline():
    # a writer that gives the font no descent: the box ends at the baseline (210), the strike lies
    # 2.8 points above it, low in the box where a box holding descenders has its underline
    line = _based("Book the venue", gap=0.0)
    assert struck_runs(line, [rule(99, 170, 207.2)], []) == ["Book the venue"]
    assert struck_runs(line, [rule(99, 170, 211.0)], []) == []  # an underline, below the baseline
    assert struck_runs(line, [], [rule(50, 500, 200.4)]) == []  # a row's ruling above the letters
    # a box holding its descenders (baseline 2.2 points above its bottom): its underline is no strike
    assert struck_runs(_based("Book the venue", gap=2.2), [rule(99, 170, 207.7)], []) == []


_STRUCK_ROWS_MD = """# Reading Plan

## 1. Libraries

| Action | Who | Deadline |
|---|---|---|
| ~~Open a homework club at the central library~~ | ~~Ann Lee~~ | ~~30 November 2026~~ |
| Audit the loans backlog | Bo Din | Jun-26 |

## 2. Outreach

| Action | Who | Deadline |
|---|---|---|
| ~~Run a mobile library round for the rural wards~~ | ~~Project Manager, Libraries~~ | ~~End of March 2026~~ |
| Train the outreach volunteers | Cy Ode | 30th June 2026 |
| Set up a books-on-prescription scheme | Di Fox | ~~May 2026~~ July 2026 |
"""


def test_rows_struck_through_whole_keep_their_date_and_a_struck_row_is_no_heading_row(tmp_path):
    result = convert_text(tmp_path, "plan.md", _STRUCK_ROWS_MD)
    got = {a.action: (a.lead, a.due_date, a.status) for a in result.actions}
    assert got["Open a homework club at the central library"] == ("Ann Lee", "2026-11-30", "complete")
    # the first row under the second table's headings, a role and an end date, is a row, not headings
    assert got["Run a mobile library round for the rural wards"] == ("Project Manager, Libraries", "2026-03",
                                                                     "complete")
    assert got["Train the outreach volunteers"] == ("Cy Ode", "2026-06-30", "")
    # a struck date beside a new one is a revision: the new date holds
    assert got["Set up a books-on-prescription scheme"][1] == "2026-07"
    assert not any("no heading names what is to be done" in w for w in result.warnings)
