"""Plans published as web text, in each format, with truth: plans grouped by time horizon or state,
Markdown carrying raw HTML tables, and pages headed by dates that are no plan.

Run from the repo root: python samples/make_web_shapes.py FOLDER [SEED ...]. Each seed writes:

- horizon_SEED: a roadmap or delivery plan whose actions are bullet items under headings that say
  WHEN (drawn per seed: 'Q1 2025 / Q2 2025', '2025/26 / 2026/27', 'Now / Next / Later', 'Short term
  (0–6 months) / …', 'Autumn term 2025 / …', 'Year 1 / Year 2', 'By March 2026 / …') or HOW they
  stand ('Done / In progress / Planned', 'Things we've done / Things we're working on now'), the
  horizons either over topic headings or under them; some items print their own lead ('(Lead: …)')
  or date ('… by June 2026'), a done item may be written in the past tense. As .md, .html, .docx
  and _rl.pdf (headings in a heading style, larger type or bold); when topics sit over the
  periods, also horizontables_SEED.md (a small 'Action | Lead | Due' pipe table under each period or
  state heading), and with no topics horizondetails_SEED.md (a '<details><summary>Q1 2025</summary>'
  disclosure per period, a Markdown list inside).
- htmltable_SEED.md: a Markdown plan whose action tables are raw HTML (<thead>, <th>, rowspan,
  <br> and <ul><li> in cells, <strong>, links, entities) between Markdown headings naming the areas,
  with an HTML comment and a <details> note; a pipe table with '<br>' in its cells too.
- notplan_web_SEED: a page headed by dates or versions that is no plan, drawn per seed: a changelog
  ('## v1.2 (March 2025)' over 'Add …', 'Fix …' items), a news page ('## March 2025' over what
  happened) or meeting notes by date. It must give no actions.

Truth (NAME.truth.json, ../shared/CONTRACT.md's format): a period heading is each item's
timeframe; a dated one is its due_raw too (the item's own date wins), with due_date at the period's
precision as normalise/dates.py reads it ('Q1 2025' → 2025-03, '2025/26' → 2026-03 (a council's
financial year), 'Autumn term 2025' → 2025-12); a relative horizon ('Now', 'Short term …', 'Year 1',
a term with no year) gives no date. A state heading is the item's status_raw, its status by the
contract's enum ('Done' → complete, 'Doing' → in_progress, 'Planned' / 'Backlog' → not_started);
'Next' / 'Later' give none. The sentences are our own.
"""
from __future__ import annotations

import html
import random
import sys
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: the repository root makes `samples` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.make_list_shapes import write_reportlab  # noqa: E402
from samples.seeded import write_truth_json  # noqa: E402

Block = tuple[str, str]  # (kind, text): title, heading, subheading, para, bullet

PERIODS: list[tuple[list[str], list[str | None], str]] = [  # headings, due_date of each, kind
    (["Q1 2025", "Q2 2025", "Q3 2025"], ["2025-03", "2025-06", "2025-09"], "period"),
    (["2025/26", "2026/27"], ["2026-03", "2027-03"], "period"),  # a council's financial years (CONTRACT 'Dates')
    (["Autumn term 2025", "Spring term 2026", "Summer term 2026"], ["2025-12", "2026-03", "2026-07"], "period"),
    (["By March 2026", "By March 2027"], ["2026-03", "2027-03"], "period"),
    (["Now", "Next", "Later"], [None, None, None], "period"),
    (["Short term (0–6 months)", "Medium term (6–18 months)", "Long term (18 months +)"], [None, None, None], "period"),
    (["Year 1", "Year 2", "Year 3"], [None, None, None], "period"),
]
STATES: list[tuple[list[str], list[str]]] = [
    (["Done", "In progress", "Planned"], ["complete", "in_progress", "not_started"]),
    (["Completed", "Doing", "Backlog"], ["complete", "in_progress", "not_started"]),
    (["Things we’ve done", "Things we’re working on now", "Not started"], ["complete", "in_progress", "not_started"]),
]
TOPICS = ["Early help and the front door", "Education, health and care plans", "Digital services for residents",
          "Workforce and practice"]
ITEMS = [
    ("Launch a single online referral form for partners", "Early Help Manager"),
    ("Recruit two more educational psychologists", "Principal Educational Psychologist"),
    ("Publish a refreshed local offer for families", ""),
    ("Train 40 staff in trauma-informed practice", "Practice Lead"),
    ("Replace the case management system for early help", "Head of Digital"),
    ("Introduce weekly tracking of assessments past twelve weeks", ""),
    ("Commission an independent survey of parent carers", "Participation Lead"),
    ("Review the quality assurance framework for EHC plans", "SEND Service Manager"),
    ("Open a second family hub in the east of the borough", ""),
    ("Agree a joint protocol with health for new referrals", "Designated Clinical Officer"),
    ("Move council tax billing to the new online account", ""),
    ("Develop a preparation for adulthood pathway", "Head of SEND"),
]
PAST = {"Launch": "Launched", "Recruit": "Recruited", "Publish": "Published", "Train": "Trained",
        "Replace": "Replaced", "Introduce": "Introduced", "Commission": "Commissioned", "Review": "Reviewed",
        "Open": "Opened", "Agree": "Agreed", "Move": "Moved", "Develop": "Developed"}
OWN_DATES = [("by June 2026", "June 2026", "2026-06"), ("by December 2025", "December 2025", "2025-12")]
TITLES = ["Digital and SEND delivery roadmap", "Children's services improvement plan 2025 to 2027",
          "Our roadmap", "Local area SEND delivery plan"]


def horizon_spec(rng: random.Random, seed: int) -> dict[str, Any]:
    state = seed % 3 == 2
    if state:
        headings, statuses = rng.choice(STATES)
        dates: list[str | None] = [None] * len(headings)
    else:
        headings, dates, _ = PERIODS[seed % len(PERIODS)]
        statuses = [""] * len(headings)
    topics = rng.sample(TOPICS, 2) if rng.random() < 0.6 else []
    outer = bool(topics) and rng.random() < 0.5  # horizons over topics, or topics over horizons
    pool = list(ITEMS)
    rng.shuffle(pool)
    groups = []  # (topic, heading, due_date, status, [(text, lead, own_due)])
    for topic in topics or [""]:
        for heading, due, status in zip(headings, dates, statuses, strict=True):
            items = []
            for _ in range(2 if topics else 3):
                text, lead = pool.pop() if pool else ITEMS[rng.randrange(len(ITEMS))]
                own = rng.choice(OWN_DATES) if not state and rng.random() < 0.2 else None
                if status == "complete" and rng.random() < 0.5:
                    verb, rest = text.split(" ", 1)
                    text = f"{PAST[verb]} {rest}"
                items.append((text, lead if rng.random() < 0.5 else "", own))
            groups.append((topic, heading, due, status, items))
    if outer:
        groups.sort(key=lambda g: headings.index(g[1]))
    return {"title": rng.choice(TITLES), "groups": groups, "outer": outer, "state": state}


def horizon_blocks(spec: dict[str, Any]) -> list[Block]:
    blocks: list[Block] = [("title", spec["title"]),
                           ("para", "This page sets out what we will deliver and how each piece of work stands.")]
    last_topic, last_heading = None, None
    for topic, heading, _, _, items in spec["groups"]:
        if spec["outer"]:
            if heading != last_heading:
                blocks.append(("heading", heading))
            if topic != last_topic or heading != last_heading:
                blocks.append(("subheading", topic))
        else:
            if topic and topic != last_topic:
                blocks.append(("heading", topic))
            blocks.append(("subheading" if topic else "heading", heading))
        last_topic, last_heading = topic, heading
        for text, lead, own in items:
            line = text + (f" {own[0]}" if own else "") + (f" (Lead: {lead})" if lead else "")
            blocks.append(("bullet", line))
    return blocks


def horizon_truth(spec: dict[str, Any]) -> dict[str, Any]:
    actions = []
    for topic, heading, due, status, items in spec["groups"]:
        for text, lead, own in items:
            # the item's own date stays in its text, as the list readers keep it ('… by June 2026')
            record: dict[str, Any] = {"action": text + (f" {own[0]}" if own else ""), "lead": lead or None}
            if topic:
                record["area"] = topic
            if spec["state"]:
                record.update(status_raw=heading, status=status)
            else:
                record["timeframe"] = heading
                if own:
                    record.update(due_raw=own[1], due_date=own[2])
                elif due:
                    record.update(due_raw=heading, due_date=due)
                else:
                    record.update(due_raw=None, due_date=None)
            actions.append(record)
    return {"doc": "", "actions": actions}


TABLE_LEAD = "Service Manager"


def horizon_tables_md(spec: dict[str, Any]) -> str:
    """The plan as small pipe tables under its period or state headings (topics over periods:
    the heading right above a table is the period), an item's own date in a Due column."""
    lines = [f"# {spec['title']}", ""]
    last_topic = None
    for topic, heading, _, _, items in spec["groups"]:
        if topic and topic != last_topic:
            lines += [f"## {topic}", ""]
        last_topic = topic
        lines += [f"{'###' if topic else '##'} {heading}", "", "| Action | Lead | Due |", "|---|---|---|"]
        # a table's row names its lead (a row of one filled cell reads as a group's heading row)
        lines += [f"| {text} | {lead or TABLE_LEAD} | {own[1] if own else ''} |" for text, lead, own in items]
        lines.append("")
    return "\n".join(lines)


def horizon_tables_truth(spec: dict[str, Any]) -> dict[str, Any]:
    truth = horizon_truth(spec)
    for record in truth["actions"]:  # the own date sits in its column, not in the action's text
        record["lead"] = record["lead"] or TABLE_LEAD
        due = record.get("due_raw")
        if due and record["action"].endswith(f" by {due}"):
            record["action"] = record["action"][:-len(f" by {due}")]
    return truth


def horizon_details_md(spec: dict[str, Any]) -> str:
    """The plan as a disclosure per period or state ('<details><summary>Q1 2025</summary>'), its
    items a Markdown list inside."""
    lines = [f"# {spec['title']}", ""]
    for _, heading, _, _, items in spec["groups"]:
        lines += ["<details>", f"<summary>{heading}</summary>", ""]
        for text, lead, own in items:
            lines.append("- " + text + (f" {own[0]}" if own else "") + (f" (Lead: {lead})" if lead else ""))
        lines += ["", "</details>", ""]
    return "\n".join(lines)


# ---- pages headed by dates that are no plan ----------------------------------------------------------

def changelog(rng: random.Random) -> list[Block]:
    blocks: list[Block] = [("title", "Changelog"), ("para", "All notable changes to this service are listed here.")]
    for version, month in (("v1.3", "June 2025"), ("v1.2", "March 2025"), ("v1.1", "January 2025")):
        blocks.append(("heading", f"{version} ({month})"))
        for line in rng.sample(["Add a filter for dates on the search page", "Fix the export of reports to CSV files",
                                "Update the dependency on the charting library", "Remove the legacy accounts API",
                                "Improve the speed of page loading on mobile", "Add support for Welsh language pages"],
                               3):
            blocks.append(("bullet", line))
    return blocks


def news(rng: random.Random) -> list[Block]:
    blocks: list[Block] = [("title", "Council news"), ("para", "The latest news from around the borough.")]
    for month in ("March 2025", "February 2025", "January 2025"):
        blocks.append(("heading", month))
        for line in rng.sample(["Residents invited to have their say on the new leisure centre",
                                "New family hub opened its doors in Eastfield this week",
                                "Council tax bills for 2025/26 have been sent to every household",
                                "Libraries extended their opening hours over the winter",
                                "Cabinet approved the budget for the coming year"], 3):
            blocks.append(("bullet", line))
    return blocks


def meeting_notes(rng: random.Random) -> list[Block]:
    blocks: list[Block] = [("title", "Parent carer forum: meeting notes")]
    for day in ("12 March 2025", "11 February 2025"):
        blocks.append(("heading", day))
        for line in ["Members discussed the new local offer website", "The chair welcomed two new members",
                     "Questions were raised about transport to school", "Next meeting to be held in the town hall"]:
            blocks.append(("bullet", line))
    return blocks


NON_PLANS = [changelog, news, meeting_notes]


# ---- Markdown with raw HTML tables -----------------------------------------------------------------

HTML_AREAS = [("1", "Prevention and early help"), ("2", "Education and inclusion"), ("3", "Health and wellbeing")]
HTML_ROWS = [
    ("Expand the <strong>prevention</strong> offer to every locality", ["Map referral routes", "Agree thresholds"],
     "Head of Early Help", "March 2026", "2026-03", "In progress", "in_progress"),
    ("Train staff in trauma-informed practice", [], "Practice Lead", "June 2025", "2025-06", "Complete", "complete"),
    ("Publish a <a href=\"https://example.org/p\">protocol</a> for schools &amp; colleges", [], "Education Lead",
     "Q3 2025", "2025-09", "Not started", "not_started"),
    ("Review the health needs assessment", ["Collect data", "Consult families"], "Public Health Lead",
     "December 2025", "2025-12", "On track", "in_progress"),
    ("Agree a joint commissioning plan with the ICB", [], "Head of Commissioning", "April 2026", "2026-04",
     "Delayed", "delayed"),
]


def html_table_md(rng: random.Random) -> tuple[str, dict[str, Any]]:
    lines = ["# Children and young people's action plan 2025 to 2026", "",
             "This plan sets out our actions &ndash; who leads them and by when.", "",
             "<!-- table exported from the council's web page -->", ""]
    actions = []
    rows = list(HTML_ROWS)
    rng.shuffle(rows)
    for k, (ref, area) in enumerate(HTML_AREAS):
        mine = rows[k * 2:k * 2 + 2] or rows[:1]
        lines += [f"## Priority {ref}: {area}", ""]
        if k == len(HTML_AREAS) - 1:  # a pipe table with inline HTML in its cells
            lines += ["| Ref | Action | Lead | Due | Status |", "|---|---|---|---|---|"]
        else:
            lines += ["<table>", "  <thead>",
                      "    <tr><th>Ref</th><th>Action</th><th>Lead</th><th>Due&nbsp;date</th><th>Status</th></tr>",
                      "  </thead>", "  <tbody>"]
        for n, (action, steps, lead, due_raw, due, status_raw, status) in enumerate(mine, 1):
            number = f"{ref}.{n}"
            if k == len(HTML_AREAS) - 1:
                cell = action + "".join(f"<br>- {s}" for s in steps)
                lines.append(f"| {number} | {cell} | {lead} | {due_raw} | {status_raw} |")
            else:
                cell = action + (f"<ul>{''.join(f'<li>{s}</li>' for s in steps)}</ul>" if steps else "")
                lines.append(f"    <tr><td>{number}</td><td>{cell}</td><td>{lead}</td><td>{due_raw}</td>"
                             f"<td>{status_raw}</td></tr>")
            text = html.unescape(action.replace("<strong>", "").replace("</strong>", ""))
            text = text.replace('<a href="https://example.org/p">', "").replace("</a>", "")
            text += "".join(f"; {step}" for step in steps)  # a cell's bullets: '; '-separated (CONTRACT.md)
            actions.append({"area_ref": ref, "area": area, "ref": number, "action": text, "lead": lead,
                            "due_raw": due_raw, "due_date": due, "status_raw": status_raw, "status": status})
        if k != len(HTML_AREAS) - 1:
            lines += ["  </tbody>", "</table>"]
        lines += ["", "We review this priority every quarter with partners.", ""]
    lines += ["<details>", "<summary>About this plan</summary>", "The board agreed this plan in May 2025.",
              "</details>", ""]
    return "\n".join(lines), {"doc": "", "actions": actions}


# ---- writers ----------------------------------------------------------------------------------------

def write_md(blocks: list[Block], path: Path) -> None:
    marks = {"title": "# ", "heading": "## ", "subheading": "### "}
    lines: list[str] = []
    for kind, text in blocks:
        if kind in marks:
            lines += ["", marks[kind] + text, ""]
        elif kind == "para":
            lines += ["", text, ""]
        else:
            lines.append(f"- {text}")
    path.write_text("\n".join(lines).lstrip() + "\n", encoding="utf-8")


def write_html(blocks: list[Block], path: Path) -> None:
    tags = {"title": "h1", "heading": "h2", "subheading": "h3", "para": "p"}
    title = next((text for kind, text in blocks if kind == "title"), "")
    out = ["<!DOCTYPE html>", f"<html><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title></head>"
           "<body><main>"]
    open_list = False
    for kind, text in blocks:
        if kind == "bullet":
            if not open_list:
                out.append("<ul class=\"govuk-list govuk-list--bullet\">")
                open_list = True
            out.append(f"  <li>{html.escape(text)}</li>")
            continue
        if open_list:
            out.append("</ul>")
            open_list = False
        out.append(f"<{tags[kind]}>{html.escape(text)}</{tags[kind]}>")
    if open_list:
        out.append("</ul>")
    out.append("</main></body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _word(blocks: list[Block], path: Path) -> None:
    from docx import Document
    doc = Document()
    for kind, text in blocks:
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind in ("heading", "subheading"):
            doc.add_heading(text, level=1 if kind == "heading" else 2)
        elif kind == "para":
            doc.add_paragraph(text)
        else:
            doc.add_paragraph(text, style="List Bullet")
    doc.save(str(path))


def _pdf(blocks: list[Block], path: Path, bold: bool) -> None:
    # make_list_shapes' writer knows 'heading' only: a sub-heading is drawn as one too
    write_reportlab([("heading" if k == "subheading" else k, t) for k, t in blocks], path, bold_headings=bold)


def write_all(blocks: list[Block], stem: Path, truth: dict[str, Any]) -> list[Path]:
    bold = sum(map(ord, stem.name)) % 2 == 0  # PDF headings in larger type or in bold: per document
    out = []
    for suffix, writer in ((".md", write_md), (".html", write_html), (".docx", _word),
                           ("_rl.pdf", lambda b, p: _pdf(b, p, bold))):
        path = stem.with_name(stem.name + suffix)
        writer(blocks, path)
        _truth(path, truth)
        out.append(path)
    return out


def _truth(path: Path, truth: dict[str, Any]) -> None:
    write_truth_json(path.with_name(path.name + ".truth.json"), dict(truth, doc=path.name))


def make_seed(folder: Path, seed: int) -> list[Path]:
    rng = random.Random(seed)
    spec = horizon_spec(rng, seed)
    out = write_all(horizon_blocks(spec), folder / f"horizon_{seed}", horizon_truth(spec))
    if not spec["outer"]:  # a table under each period or state heading
        path = folder / f"horizontables_{seed}.md"
        path.write_text(horizon_tables_md(spec), encoding="utf-8")
        _truth(path, horizon_tables_truth(spec))
        out.append(path)
    if not any(g[0] for g in spec["groups"]):  # a disclosure per period or state
        path = folder / f"horizondetails_{seed}.md"
        path.write_text(horizon_details_md(spec), encoding="utf-8")
        _truth(path, horizon_truth(spec))
        out.append(path)
    text, truth = html_table_md(rng)
    path = folder / f"htmltable_{seed}.md"
    path.write_text(text, encoding="utf-8")
    _truth(path, truth)
    out.append(path)
    maker = NON_PLANS[seed % len(NON_PLANS)]
    out += write_all(maker(rng), folder / f"notplan_web_{seed}", {"doc": "", "actions": []})
    return out


def main(folder: Path, seeds: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [p for seed in seeds for p in make_seed(folder, seed)]


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    paths = main(Path(sys.argv[1]), [int(s) for s in sys.argv[2:]] or [1, 2, 3, 4, 5, 6, 7])
    print(f"{len(paths)} files written to {sys.argv[1]}")
