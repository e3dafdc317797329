"""Plans published as web pages (a council's, an NHS trust's or a school's CMS), with their truth.

Each page holds one plan of areas and actions (who leads, by when, status, RAG) in one of the
shapes such pages use, inside the page chrome every such site has (cookie banner, header and
menu, breadcrumbs, "related pages", footer) that must never become actions; odd-numbered pages
use HTML5 landmarks (<main>, <header>, <nav>, <aside>, <footer>), even-numbered ones an older
CMS's divs named by id and class ('<div id="header">', '<ul class="menu">', '<div id="footer">'):

- ``rowspan``: one table, the area in a first column merged down its actions (rowspan), a
  caption, headings in <thead>, the RAG shown only by a class whose colour the page's
  stylesheet sets (``<td class="rag rag-amber">``);
- ``twohead``: a table per area under an <h2>, headings over two rows (``Progress`` spanning
  ``Status`` and ``RAG``), the action in a <th scope="row">, the RAG as an icon's alt text;
- ``sections``: an <h2> per area, an <h3> per action, then "Lead: …", "By: …", "Status: …" lines;
- ``deflist``: an <h3> per action and a definition list (dt Lead / dd name …);
- ``details``: an accordion (<details><summary>area</summary>) per area holding a table;
- ``cards``: a card per action (<div class="card"><h3>…</h3><ul><li>Owner: …</li>…).

    python samples/make_webplan_samples.py OUTDIR [N_PER_SHAPE]
"""
from __future__ import annotations

import html
import json
import random
import sys
from pathlib import Path

AREAS = ["Early help and prevention", "Quality of social work practice", "Children in care and care leavers",
         "Workforce and leadership", "Partnership working", "Education, health and care plans",
         "Attendance and inclusion", "Mental health support"]
VERBS = ["Introduce", "Review", "Deliver", "Embed", "Establish", "Develop", "Launch", "Audit", "Recruit", "Publish"]
OBJECTS = ["a multi-agency front door for all referrals", "the quality assurance framework for case files",
           "training on neglect for all frontline staff", "a dedicated team for care leavers aged 18 to 25",
           "a sufficiency strategy for local foster placements", "monthly performance clinics with team managers",
           "an agreed threshold document with partners", "a peer review of supervision practice",
           "the annual health assessment pathway", "a new case recording system", "twenty newly qualified workers",
           "the parent carer forum's co-production charter", "a weekly attendance panel in every secondary school",
           "an audit of education, health and care plans issued late", "a transition protocol for year 6 pupils"]
LEADS = ["Head of Service, Early Help", "Principal Social Worker", "Assistant Director, Safeguarding",
         "Jo Bright (Service Manager)", "Designated Nurse", "SEND Team Manager", "Virtual School Head",
         "Workforce Development Lead"]
DUES = [("March 2025", "2025-03"), ("31/07/2025", "2025-07-31"), ("Q2 2025/26", "2025-09"),
        ("September 2025", "2025-09"), ("Ongoing", None), ("30 June 2025", "2025-06-30"),
        ("December 2025", "2025-12"), ("April 2026", "2026-04")]
STATUSES = [("Complete", "complete"), ("On track", "in_progress"), ("In progress", "in_progress"),
            ("Delayed", "delayed"), ("Not started", "not_started")]
RAGS = {"red": "#ff0000", "amber": "#ffc000", "green": "#00b050"}

TOP = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} - {org}</title>
<style>
.rag {{ width: 3em }}
.rag-red {{ background-color: #ff0000 }}
.rag-amber {{ background-color: #ffc000 }}
.rag-green {{ background-color: #00b050 }}
.card {{ border: 1px solid #ccc; padding: 1em }}
</style></head>
<body>
<div id="cookie-banner" class="cookie-banner"><p>We use cookies to make this website work and to understand how
you use it.</p><button>Accept all cookies</button><button>Reject additional cookies</button>
<a href="/cookies">Set cookie preferences</a></div>
<a class="skip-link" href="#content">Skip to main content</a>
<header><a href="/" class="logo">{org}</a>
<nav><ul><li><a href="/services">Services</a></li><li><a href="/news">News</a></li>
<li><a href="/your-council">Your council</a></li><li><a href="/contact-us">Contact us</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/your-council">Your council</a> &gt;
<a href="/your-council/plans">Plans and strategies</a></div>
<main id="content">
<h1>{title}</h1>
<p>This page sets out the actions we will take over the next year and how we are progressing. It is reviewed
by the improvement board every quarter.</p>
"""
BOTTOM = """
<p>Page last updated: 12 May 2025</p>
</main>
<aside><h2>Related pages</h2><ul><li><a href="/ofsted">Ofsted reports</a></li>
<li><a href="/annual-report">Annual report</a></li><li><a href="/local-offer">Local offer</a></li></ul></aside>
<footer><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/cookies">Cookies</a></li><li><a href="/contact-us">Contact us</a></li></ul>
<p>&copy; {org} 2025</p></footer>
</body></html>
"""
# an older CMS's page: no HTML5 landmarks, the same chrome named by id and class, a layout table
LEGACY_TOP = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>{title} - {org}</title>
<style>
.rag-red {{ background-color: #ff0000 }}
.rag-amber {{ background-color: #ffc000 }}
.rag-green {{ background-color: #00b050 }}
</style></head>
<body>
<div id="cookieConsent"><p>This site uses cookies. By continuing to browse you agree to our use of cookies.</p>
<a href="/cookies">Find out more</a></div>
<div id="header"><a href="/"><img src="/logo.gif" alt="{org}"></a>
<ul class="menu"><li><a href="/services">Services</a></li><li><a href="/news">News and events</a></li>
<li><a href="/council">Council and democracy</a></li><li><a href="/contact">Contact us</a></li></ul></div>
<p class="breadcrumbs">You are here: <a href="/">Home</a> / <a href="/council">Council</a> / Plans</p>
<div id="sidebar"><h3>In this section</h3><ul><li><a href="/council/plans/corporate">Corporate plan</a></li>
<li><a href="/council/plans/budget">Budget</a></li><li><a href="/council/plans/performance">Performance</a></li></ul>
</div>
<div id="content">
<h1>{title}</h1>
<p>This page sets out the actions we will take over the next year and how we are progressing. It is reviewed
by the improvement board every quarter.</p>
"""
LEGACY_BOTTOM = """
<p>Page last updated: 12 May 2025</p>
</div>
<div id="footer"><p><a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy</a> |
<a href="/sitemap">Site map</a></p><p>&copy; {org} 2025</p></div>
</body></html>
"""
ORGS = ["Northshire County Council", "Eastbridge NHS Foundation Trust", "Riverside Primary School",
        "West Vale Borough Council"]


def plan(rng: random.Random) -> list[dict]:
    areas = rng.sample(AREAS, rng.randint(2, 4))
    out = []
    for area in areas:
        for _ in range(rng.randint(2, 4)):
            due_raw, due_date = rng.choice(DUES)
            status_raw, status = rng.choice(STATUSES)
            out.append({"area": area, "action": f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}",
                        "lead": rng.choice(LEADS), "due_raw": due_raw, "due_date": due_date,
                        "status_raw": status_raw, "status": status, "rag": rng.choice(list(RAGS))})
    return out


def e(s: str) -> str:
    return html.escape(s, quote=True)


def by_area(acts: list[dict]) -> list[tuple[str, list[dict]]]:
    groups: dict[str, list[dict]] = {}
    for a in acts:
        groups.setdefault(a["area"], []).append(a)
    return list(groups.items())


def shape_rowspan(acts: list[dict]) -> str:
    rows = ["<table><caption>Improvement plan: actions and progress</caption>",
            "<thead><tr><th>Area</th><th>Action</th><th>Lead</th><th>Target date</th><th>Status</th><th>RAG</th></tr>"
            "</thead><tbody>"]
    for area, group in by_area(acts):
        for k, a in enumerate(group):
            head = f'<td rowspan="{len(group)}">{e(area)}</td>' if k == 0 else ""
            rows.append(f"<tr>{head}<td>{e(a['action'])}</td><td>{e(a['lead'])}</td><td>{e(a['due_raw'])}</td>"
                        f"<td>{e(a['status_raw'])}</td><td class=\"rag rag-{a['rag']}\"></td></tr>")
    rows.append("</tbody></table>")
    return "\n".join(rows)


def shape_twohead(acts: list[dict]) -> str:
    out = []
    for area, group in by_area(acts):
        out.append(f"<h2>{e(area)}</h2>")
        out.append('<table class="table"><thead><tr><th rowspan="2">Action</th><th rowspan="2">Lead officer</th>'
                   '<th rowspan="2">Deadline</th><th colspan="2">Progress</th></tr><tr><th>Status</th><th>RAG</th>'
                   "</tr></thead><tbody>")
        for a in group:
            out.append(f'<tr><th scope="row">{e(a["action"])}</th><td>{e(a["lead"])}</td><td>{e(a["due_raw"])}</td>'
                       f'<td>{e(a["status_raw"])}</td><td><img src="/images/rag-{a["rag"]}.png" '
                       f'alt="{a["rag"].capitalize()}"></td></tr>')
        out.append("</tbody></table>")
    return "\n".join(out)


def shape_sections(acts: list[dict]) -> str:
    out = []
    for area, group in by_area(acts):
        out.append(f"<h2>{e(area)}</h2>")
        for a in group:
            out.append(f"<h3>{e(a['action'])}</h3>\n<p>Lead: {e(a['lead'])}<br>By: {e(a['due_raw'])}<br>"
                       f"Status: {e(a['status_raw'])}</p>")
    return "\n".join(out)


def shape_deflist(acts: list[dict]) -> str:
    out = []
    for area, group in by_area(acts):
        out.append(f"<h2>{e(area)}</h2>")
        for a in group:
            out.append(f"<h3>{e(a['action'])}</h3>\n<dl><dt>Lead</dt><dd>{e(a['lead'])}</dd><dt>Deadline</dt>"
                       f"<dd>{e(a['due_raw'])}</dd><dt>Status</dt><dd>{e(a['status_raw'])}</dd></dl>")
    return "\n".join(out)


def shape_details(acts: list[dict]) -> str:
    out = []
    for area, group in by_area(acts):
        out.append(f"<details><summary>{e(area)}</summary>\n<table><thead><tr><th>Action</th><th>Responsible</th>"
                   "<th>Timescale</th><th>Status</th></tr></thead><tbody>")
        for a in group:
            out.append(f"<tr><td>{e(a['action'])}</td><td>{e(a['lead'])}</td><td>{e(a['due_raw'])}</td>"
                       f"<td>{e(a['status_raw'])}</td></tr>")
        out.append("</tbody></table></details>")
    return "\n".join(out)


def shape_cards(acts: list[dict]) -> str:
    out = []
    for area, group in by_area(acts):
        out.append(f'<h2>{e(area)}</h2>\n<div class="cards">')
        for a in group:
            out.append(f'<div class="card"><h3 class="card-title">{e(a["action"])}</h3><ul class="card-fields">'
                       f"<li>Owner: {e(a['lead'])}</li><li>Due: {e(a['due_raw'])}</li>"
                       f"<li>Status: {e(a['status_raw'])}</li></ul></div>")
        out.append("</div>")
    return "\n".join(out)


SHAPES = {"rowspan": shape_rowspan, "twohead": shape_twohead, "sections": shape_sections,
          "deflist": shape_deflist, "details": shape_details, "cards": shape_cards}
# the fields each shape prints (the truth scores only those)
FIELDS = {"rowspan": ("area", "action", "lead", "due_raw", "due_date", "status_raw", "status", "rag_raw", "rag"),
          "twohead": ("area", "action", "lead", "due_raw", "due_date", "status_raw", "status", "rag_raw", "rag"),
          "sections": ("area", "action", "lead", "due_raw", "due_date", "status"),
          "deflist": ("area", "action", "lead", "due_raw", "due_date", "status"),
          "details": ("area", "action", "lead", "due_raw", "due_date", "status_raw", "status"),
          "cards": ("area", "action", "lead", "due_raw", "due_date", "status")}


def truth_record(shape: str, a: dict) -> dict:
    rec = dict(a)
    rec["rag_raw"] = RAGS[a["rag"]] if shape == "rowspan" else a["rag"].capitalize()
    return {k: rec[k] for k in FIELDS[shape]}


def main(argv: list[str]) -> None:
    out = Path(argv[0])
    per = int(argv[1]) if len(argv) > 1 else 2
    out.mkdir(parents=True, exist_ok=True)
    for shape, render in SHAPES.items():
        for n in range(1, per + 1):
            rng = random.Random(f"{shape}-{n}")
            org = rng.choice(ORGS)
            title = rng.choice(["Improvement plan 2025 to 2026", "Action plan: progress update",
                                "Our improvement plan", "SEND improvement action plan"])
            acts = plan(rng)
            name = f"web_{shape}_{n}.html"
            top, bottom = (LEGACY_TOP, LEGACY_BOTTOM) if n % 2 == 0 else (TOP, BOTTOM)
            page = top.format(title=e(title), org=e(org)) + render(acts) + bottom.format(org=e(org))
            (out / name).write_text(page, encoding="utf-8")
            truth = {"doc": name, "format": "html",
                     "actions": [truth_record(shape, a) for a in acts]}
            (out / f"{name}.truth.json").write_text(json.dumps(truth, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
