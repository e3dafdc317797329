"""Plans as web pages: page chrome left out by landmarks, RAG given by a class's stylesheet colour or
an icon's alt text, definition lists as labelled lines, nested lists keep their depth; and, end to
end, the web shapes of samples/make_webplan_samples.py and Word's filtered HTML written by
samples/make_wordhtml_samples.py, each checked against its truth."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import lxml.html
import pytest
from conftest import read

import planx
from planx.extract.html import element_lines, element_lines_levels, parse_html, read_table
from planx.extract.htmlchrome import class_colours, drop_chrome
from planx.extract.model import Paragraph, Table

ROOT = Path(__file__).resolve().parents[1]

CHROME_PAGE = """<!DOCTYPE html><html><head><title>Improvement plan - Northshire Council</title>
<style>.rag-red, .other { background-color: #ff0000 } td.rag-green { background: #00b050; }</style></head><body>
<div class="cookie-banner"><h2>Cookies on this site</h2><p>We use cookies.</p></div>
<header><nav><ul><li><a href="/services">Services</a></li><li><a href="/news">News</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/plans">Plans</a></div>
<main><h1>Improvement plan</h1>
<table><thead><tr><th>Action</th><th>Lead</th><th>Due</th><th>RAG</th></tr></thead><tbody>
<tr><td>Audit open cases</td><td>Ann Lee</td><td>May 2025</td><td class="rag rag-red"></td></tr>
<tr><td>Train the managers</td><td>Bo Ray</td><td>June 2025</td><td><img src="g.png" alt="Green"></td></tr>
</tbody></table></main>
<aside><h2>Related pages</h2><ul><li><a href="/a">Annual report</a></li></ul></aside>
<footer><p>Accessibility</p></footer></body></html>"""


def _texts(doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


def test_a_page_with_main_is_read_from_main_only(tmp_path: Path):
    path = tmp_path / "plan.html"
    path.write_text(CHROME_PAGE, encoding="utf-8")
    doc = parse_html(path)
    texts = _texts(doc)
    assert texts[:2] == ["Improvement plan - Northshire Council", "Improvement plan"]
    for chrome in ("Cookies on this site", "Services", "Home > Plans", "Related pages", "Accessibility"):
        assert not any(chrome in t for t in texts), chrome
    assert any("outside <main>" in w for w in doc.warnings)


def test_without_main_the_chrome_landmarks_are_left_out_but_a_sections_header_is_kept():
    root = lxml.html.document_fromstring(
        "<html><body><header><p>Site name</p></header><nav><a href='/'>Home</a></nav>"
        "<div id='skip-link'>Skip to content</div>"
        "<section><header><h2>Area 1: Attendance</h2></header><p>Audit open cases</p></section>"
        "<aside>Related pages</aside><footer>Privacy</footer></body></html>")
    content, dropped = drop_chrome(root.find("body"))
    lines = element_lines(content)
    assert lines == ["Area 1: Attendance", "Audit open cases"]
    assert {d.split(".")[0] for d in dropped} == {"header", "nav", "div", "aside", "footer"}


def test_a_table_row_named_banner_is_the_tables_theme_row_not_page_chrome():
    # a delivery plan's theme rows across its table ('<tr class="banner"><td colspan=6>1. Starting
    # well</td></tr>'): a row of the table, kept; a page's own banner block is still chrome
    root = lxml.html.document_fromstring(
        "<html><body><div class='banner'>Site name</div><table>"
        "<tr><th>No.</th><th>Action</th></tr><tr class='banner'><td colspan='2'>1. Starting well</td></tr>"
        "<tr><td>1.1</td><td>Train front-line staff</td></tr></table></body></html>")
    content, dropped = drop_chrome(root.find("body"))
    assert dropped == ["div.banner"]
    assert "1. Starting well" in content.text_content() and "Site name" not in content.text_content()


def test_an_exported_word_page_has_no_landmarks_and_keeps_everything():
    root = lxml.html.document_fromstring("<html><body><div class=WordSection1><p class=MsoNormal>Action plan</p>"
                                         "<p class=MsoNormal>Lead: Ann Lee</p></div></body></html>")
    content, dropped = drop_chrome(root.find("body"))
    assert dropped == [] and element_lines(content) == ["Action plan", "Lead: Ann Lee"]


def test_class_colours_read_simple_class_rules_only():
    root = lxml.html.document_fromstring(
        "<html><head><style>/* key */ .rag-amber { background-color: #FFC000 } .a .b { background: red }"
        " p.rag-blue, .x { background: rgb(0, 112, 192) } .plain { color: red }</style></head><body></body></html>")
    assert class_colours(root) == {"rag-amber": "#ffc000", "rag-blue": "#0070c0", "x": "#0070c0"}


def test_a_rag_by_class_or_icon_alt_reaches_the_cell(tmp_path: Path):
    path = tmp_path / "plan.html"
    path.write_text(CHROME_PAGE, encoding="utf-8")
    [table] = [b for b in parse_html(path).blocks if isinstance(b, Table)]
    rag = [row.cells[3] for row in table.rows[1:]]
    assert [(c.text, c.fill) for c in rag] == [("", "#ff0000"), ("Green", None)]


def test_a_definition_list_reads_as_labelled_lines():
    el = lxml.html.fragment_fromstring("<dl><dt>Lead</dt><dd>Ann Lee</dd><dt>Deadline:</dt><dd>May 2025</dd>"
                                       "<dd>(review June)</dd></dl>")
    assert element_lines(el) == ["Lead: Ann Lee", "Deadline: May 2025", "(review June)"]


def test_nested_list_items_keep_their_depth():
    el = lxml.html.fragment_fromstring("<ul><li>Credentials<ul><li>Issue credentials<ul><li>LD contexts</li>"
                                       "</ul></li></ul></li><li>Schemas</li></ul>")
    assert element_lines_levels(el) == [("• Credentials", 0), ("• Issue credentials", 1), ("• LD contexts", 2),
                                        ("• Schemas", 0)]


def test_a_table_cell_with_text_ignores_its_icons_alt():
    table = lxml.html.fragment_fromstring("<table><tr><td>Done <img src='tick.png' alt='tick'></td></tr></table>")
    assert read_table(table).cells[(0, 0)].text == "Done"


def _score(out: Path, truth: Path) -> float:
    run = subprocess.run([sys.executable, str(ROOT.parent / "shared" / "score.py"), str(out), str(truth)],
                         capture_output=True, text=True)
    return float(run.stdout.strip().splitlines()[-1].split()[-1])


@pytest.mark.skipif(not (ROOT.parent / "shared" / "score.py").exists(), reason="needs ../shared/score.py")
def test_web_plan_shapes_end_to_end(tmp_path: Path):
    pages = tmp_path / "pages"
    subprocess.run([sys.executable, str(ROOT / "samples" / "make_webplan_samples.py"), str(pages), "1"], check=True)
    planx.convert(sorted(pages.glob("*.html")), out=tmp_path / "out")
    actions = read(tmp_path / "out", "actions")
    # chrome never becomes an action
    assert not [a for a in actions if a["action"] in ("Related pages", "Cookies on this site", "Services")]
    for truth_file in sorted(pages.glob("*.truth.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        got = [a for a in actions if a["doc"] == truth["doc"]]
        assert [a["action"] for a in got] == [t["action"] for t in truth["actions"]], truth["doc"]
        assert [a["lead"] for a in got] == [t["lead"] for t in truth["actions"]], truth["doc"]
        if "rag" in truth["actions"][0]:
            assert [a["rag"] for a in got] == [t["rag"] for t in truth["actions"]], truth["doc"]
    assert _score(tmp_path / "out", pages) >= 97.0


def test_word_filtered_html_of_a_plan_reads_as_its_docx(tmp_path: Path):
    """A .docx plan with merged cells and a fill, saved as Word's filtered HTML: the same actions."""
    import docx
    from docx.shared import RGBColor  # noqa: F401  (python-docx present)

    d = docx.Document()
    d.add_paragraph("Improvement Plan 2025")
    t = d.add_table(rows=4, cols=4)
    for c, h in enumerate(["Area", "Action", "Lead", "RAG"]):
        t.cell(0, c).text = h
    t.cell(1, 0).merge(t.cell(3, 0)).text = "Attendance"
    for r, (act, lead) in enumerate([("Audit open cases", "Ann Lee"), ("Train the managers", "Bo Ray"),
                                     ("Publish the attendance policy", "Cy Dee")], start=1):
        t.cell(r, 1).text, t.cell(r, 2).text, t.cell(r, 3).text = act, lead, "G"
    src = tmp_path / "plan.docx"
    d.save(src)
    subprocess.run([sys.executable, str(ROOT / "samples" / "make_wordhtml_samples.py"), str(tmp_path / "htm"),
                    str(src)], check=True)
    page = tmp_path / "htm" / "wd_plan.htm"
    assert b"<o:p>" in page.read_bytes() and b"rowspan=3" in page.read_bytes()
    planx.convert([page], out=tmp_path / "out")
    actions = read(tmp_path / "out", "actions")
    assert [(a["area"], a["action"], a["lead"], a["rag"]) for a in actions] == [
        ("Attendance", "Audit open cases", "Ann Lee", "green"), ("Attendance", "Train the managers", "Bo Ray", "green"),
        ("Attendance", "Publish the attendance policy", "Cy Dee", "green")]


def test_form_records_under_ranked_headings_take_the_heading_above_as_area(tmp_path: Path):
    """<h2> areas over <h3> action titles with Lead/By/Status lines: each action's area is its <h2>;
    the page's <h1> is no area, and 'By:' over dates is the due date."""
    body = "".join(
        f"<h2>{area}</h2>" + "".join(f"<h3>{act}</h3><p>Lead: {lead}<br>By: {due}<br>Status: On track</p>"
                                     for act, lead, due in rows)
        for area, rows in [("Attendance", [("Audit open cases", "Ann Lee", "May 2025"),
                                           ("Train the managers", "Bo Ray", "Ongoing")]),
                           ("Early help", [("Publish the early help offer", "Cy Dee", "30 June 2025"),
                                           ("Recruit two family workers", "Di Eve", "Q2 2025/26")])])
    path = tmp_path / "plan.html"
    path.write_text(f"<html><head><title>Our improvement plan</title></head><body><main><h1>Our improvement plan"
                    f"</h1>{body}</main></body></html>", encoding="utf-8")
    planx.convert([path], out=tmp_path / "out")
    got = [(a["area"], a["action"], a["lead"], a["due_raw"]) for a in read(tmp_path / "out", "actions")]
    assert got == [("Attendance", "Audit open cases", "Ann Lee", "May 2025"),
                   ("Attendance", "Train the managers", "Bo Ray", "Ongoing"),
                   ("Early help", "Publish the early help offer", "Cy Dee", "30 June 2025"),
                   ("Early help", "Recruit two family workers", "Di Eve", "Q2 2025/26")]


def test_unnumbered_action_headings_under_area_headings_leave_the_areas_out(tmp_path: Path):
    """<h3> titles opening with a verb over prose, under <h2> areas, under the page's <h1>: the <h3>s
    are the actions (normalise/pledges.py read_bold_titles ranks headings where there are no sizes)."""
    prose = "<p>We will work with schools and partners to make this happen across the county this year.</p>"
    acts = ["Introduce a single front door", "Review the threshold guidance", "Deliver neglect training",
            "Publish the sufficiency strategy"]
    body = f"<h2>Early help</h2><h3>{acts[0]}</h3>{prose}<h3>{acts[1]}</h3>{prose}" \
           f"<h2>Children in care</h2><h3>{acts[2]}</h3>{prose}<h3>{acts[3]}</h3>{prose}"
    path = tmp_path / "plan.html"
    path.write_text(f"<html><head><title>Improvement plan</title></head><body><main><h1>Improvement plan</h1>"
                    f"{body}</main></body></html>", encoding="utf-8")
    planx.convert([path], out=tmp_path / "out")
    got = [(a["area"], a["action"]) for a in read(tmp_path / "out", "actions")]
    assert got == [("Early help", acts[0]), ("Early help", acts[1]), ("Children in care", acts[2]),
                   ("Children in care", acts[3])]


WORD_LIST = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta name=Generator content="Microsoft Word 15 (filtered)"><title>Attendance action plan</title></head>
<body lang=EN-GB><div class=WordSection1>
<p class=MsoNormal><b><span style='font-size:14.0pt'>Attendance action plan 2025</span></b><o:p></o:p></p>
<p class=MsoNormal>Actions we will take:<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>&#183;<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>
<span lang=EN-GB>Audit</span> <span lang=EN-GB>open</span> cases<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'>
<![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>starting with year 11<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><![if !supportLists]><span><span
style='mso-list:Ignore'>2.<span>&nbsp;&nbsp; </span></span></span><![endif]>Train the managers<o:p></o:p></p>
</div></body></html>"""


def test_word_list_paragraphs_read_as_list_items_with_their_depth(tmp_path: Path):
    path = tmp_path / "plan.htm"
    path.write_text(WORD_LIST, encoding="utf-8")
    doc = parse_html(path)
    items = [(b.text, b.level) for b in doc.blocks if isinstance(b, Paragraph)][3:]
    assert items == [("• Audit open cases", 0), ("• starting with year 11", 1), ("2. Train the managers", 0)]
    assert any("mso-list" in w for w in doc.warnings)


def test_table_captions_are_read_as_headings_over_their_tables(tmp_path: Path):
    """Several tables per page, each named by its <caption>: the captions are the actions' areas."""
    tables = "".join(f"<table><caption>{area}</caption><tr><th>Action</th><th>Lead</th><th>Due</th></tr>"
                     f"<tr><td>{act}</td><td>Ann Lee</td><td>May 2025</td></tr></table>"
                     for area, act in [("Attendance", "Audit open cases"), ("Early help", "Train the managers")])
    path = tmp_path / "plan.html"
    path.write_text(f"<html><head><title>Action plan</title></head><body>{tables}</body></html>", encoding="utf-8")
    doc = parse_html(path)
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.heading] == [
        "Action plan", "Attendance", "Early help"]
    planx.convert([path], out=tmp_path / "out")
    assert [(a["area"], a["action"]) for a in read(tmp_path / "out", "actions")] == [
        ("Attendance", "Audit open cases"), ("Early help", "Train the managers")]


def test_a_rag_class_named_by_colour_word_when_the_stylesheet_is_linked(tmp_path: Path):
    """The stylesheet is a linked file (never fetched): a class named by a RAG colour word gives
    the contract's standard fill of that colour; a class with no colour word gives none."""
    rows = "".join(f"<tr><td>{act}</td><td>Ann Lee</td><td class='{cls}'></td></tr>"
                   for act, cls in [("Audit open cases", "rag status-amber"), ("Train the managers", "rag rag_green"),
                                    ("Publish the policy", "rag")])
    path = tmp_path / "plan.html"
    path.write_text("<html><head><link rel=stylesheet href='/site.css'><title>Action plan</title></head><body>"
                    f"<table><tr><th>Action</th><th>Lead</th><th>RAG</th></tr>{rows}</table></body></html>",
                    encoding="utf-8")
    [table] = [b for b in parse_html(path).blocks if isinstance(b, Table)]
    assert [row.cells[2].fill for row in table.rows[1:]] == ["#ffc000", "#00b050", None]
    planx.convert([path], out=tmp_path / "out")
    assert [(a["action"], a["rag"]) for a in read(tmp_path / "out", "actions")] == [
        ("Audit open cases", "amber"), ("Train the managers", "green"), ("Publish the policy", "")]


def test_a_real_plan_page_inside_site_chrome(tmp_path: Path):
    """GSA's open data commitments page (public domain; tests/fixtures/real_web/SOURCES.md) in a
    site's chrome: its five commitments, and nothing of the cookie banner, menu or footer."""
    real = ROOT / "tests" / "fixtures" / "real_web"
    truth = json.loads((real / "gsa_opendata_page.html.truth.json").read_text(encoding="utf-8"))
    planx.convert([real / "gsa_opendata_page.html"], out=tmp_path / "out")
    actions = read(tmp_path / "out", "actions")
    assert [a["action"] for a in actions] == [t["action"] for t in truth["actions"]]
    leftovers = " ".join(r["text"] for r in read(tmp_path / "out", "leftovers"))
    assert "Cookies on this site" not in leftovers and "Privacy notice" not in leftovers


# A village site's copy of parish minutes (West Dereham, holdout23; all rights reserved, so rebuilt here):
# the browser's <title> prints the page's <h1>, then the month it was posted and the site's name
_MINUTES_PAGE = """<html><head><title>Minutes of the September meeting of the PC - November 2008 - Stoke Ferry,
Norfolk, UK</title></head><body><main><h1>Minutes of the September meeting of the PC</h1><h2>November 2008</h2>
<p>The Parish Clerk reports on the September meeting.</p><p>4. Matters Arising</p>
<p>Action: Clerk to write to Highways about the sign.</p>
<p>Action: Clerk to contact the bus company about the timetable.</p></main></body></html>"""


def test_a_title_that_adds_the_site_to_the_pages_heading_gives_way_to_it(tmp_path: Path):
    page = tmp_path / "minutes.html"
    page.write_text(_MINUTES_PAGE, encoding="utf-8")
    result = planx.convert_file(page)
    # the <h1> is the title; the month it was posted is no period the page covers
    assert result.title == "Minutes of the September meeting of the PC"
    assert [a.action for a in result.actions] == ["Clerk to write to Highways about the sign.",
                                                  "Clerk to contact the bus company about the timetable."]
    assert any("Stoke Ferry" in lo.text for lo in result.leftovers)  # the <title> is kept, not lost
    # a <title> that only repeats the heading stays the heading it is
    raw = parse_html(page)
    assert isinstance(raw.blocks[0], Paragraph) and not raw.blocks[0].heading
    same = tmp_path / "same.html"
    same.write_text(_MINUTES_PAGE.replace(" - November 2008 - Stoke Ferry,\nNorfolk, UK", ""), encoding="utf-8")
    assert parse_html(same).blocks[0].heading
