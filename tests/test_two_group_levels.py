"""Two grouping levels (CONTRACT 'Which grouping is the area'): an outer group — a numbered heading
over each table ('Key Priority 1 – Early Years', a school improvement plan's), or rows spanning the
table ('Priority 1 – A thriving local economy', a council delivery plan's) — and, inside it, a first
column with no field of its own whose short titles are each printed once over several rows ('To raise
standards in reading' merged down over its tasks). The outer group is the area (its number the
area_ref), the merged column the objective. Without the outer level the column stays the area."""
from __future__ import annotations

from conftest import convert_text

_TASKS = {
    "1": ("Early Years", [("To raise standards in reading", ["Embed the EYFS outdoor provision",
                                                             "Train staff in early phonics",
                                                             "Buy decodable reading books"]),
                          ("To improve attendance", ["Introduce first-day calling",
                                                     "Reward full attendance each term"])]),
    "2": ("Quality of Education", [("To improve outcomes in maths", ["Launch adaptive teaching for SEND",
                                                                     "Run Year 6 transition programme",
                                                                     "Moderate maths books termly"]),
                                   ("To develop leadership", ["Share good practice in oracy",
                                                     "Coach new subject leaders"])]),
}


def _rows(groups: list[tuple[str, list[str]]], lead: str = "EYFS Lead") -> str:
    out = []
    for title, tasks in groups:
        for i, task in enumerate(tasks):
            first = f"<td rowspan='{len(tasks)}'>{title}</td>" if i == 0 else ""
            out.append(f"<tr>{first}<td>{task}</td><td>By end of Nov 2026</td><td>{lead}</td>"
                       f"<td>Learning walks show consistency</td></tr>")
    return "".join(out)


def _school_plan(heading: str) -> str:
    parts = ["<html><body><h1>Harrowfield Primary School Development Plan 2026/27</h1>"]
    for n, (name, groups) in _TASKS.items():
        parts.append(heading.format(n=n, name=name))
        parts.append("<table><tr><th>Target</th><th>Key tasks</th><th>When</th><th>Person responsible</th>"
                     f"<th>How will we know?</th></tr>{_rows(groups)}</table>")
    return "".join(parts) + "</body></html>"


def _by_action(result) -> dict[str, tuple[str, str, str]]:
    return {a.action: (a.area_ref, a.area, a.objective) for a in result.actions}


def test_a_numbered_priority_heading_is_the_area_and_the_merged_column_the_objective(tmp_path):
    r = convert_text(tmp_path, "sip.html", _school_plan("<h2>Key Priority {n} – {name}</h2>"))
    got = _by_action(r)
    assert got["Embed the EYFS outdoor provision"] == ("1", "Early Years", "To raise standards in reading")
    assert got["Introduce first-day calling"] == ("1", "Early Years", "To improve attendance")
    assert got["Share good practice in oracy"] == ("2", "Quality of Education", "To develop leadership")
    assert any("read as the objective inside the numbered heading" in w for w in r.warnings)


def test_rows_across_the_table_are_the_areas_and_the_merged_column_the_objectives(tmp_path):
    body = "".join(f"<tr><td colspan='5'>Priority {n} – {name}</td></tr>{_rows(groups, 'Head of Planning')}"
                   for n, (name, groups) in _TASKS.items())
    page = ("<html><body><h1>Economic Growth Strategy Delivery Plan</h1><table><tr><th></th><th>Action</th>"
            f"<th>Deadline</th><th>Lead</th><th>Measure</th></tr>{body}</table></body></html>")
    got = _by_action(convert_text(tmp_path, "themes.html", page))
    assert got["Train staff in early phonics"][1:] == ("Early Years", "To raise standards in reading")
    assert got["Run Year 6 transition programme"][1:] == ("Quality of Education", "To improve outcomes in maths")


def test_without_an_outer_level_the_merged_column_stays_the_area(tmp_path):
    # an unnumbered heading ('Our plan') groups nothing above the column: the column is the area
    got = _by_action(convert_text(tmp_path, "plain.html", _school_plan("<h2>Our plan {n}a</h2>")))
    assert got["Embed the EYFS outdoor provision"][1:] == ("To raise standards in reading", "")


def test_a_band_labelled_with_a_word_and_its_number_over_rows_numbered_under_it_gives_the_title(tmp_path):
    # 'Target 1: To strengthen safeguarding culture' across the table over rows '1.1', '1.2': the label
    # and number are the plan's own; the rows' references show the number, the rest is the area's title
    rows = []
    for n, title in (("1", "To strengthen safeguarding culture"), ("2", "To improve outcomes for pupils with SEND")):
        rows.append(f"<tr><td colspan='4'>Target {n}: {title}</td></tr>")
        rows += [f"<tr><td>{n}.{m}</td><td>Train all staff in task {n}{m}</td><td>AB</td><td>Summer 2027</td></tr>"
                 for m in (1, 2, 3)]
    page = ("<html><body><h1>Academy Improvement Plan 2026/27</h1><table><tr><th>No.</th><th>Action steps</th>"
            f"<th>Accountable</th><th>Deadline</th></tr>{''.join(rows)}</table></body></html>")
    got = _by_action(convert_text(tmp_path, "targets.html", page))
    assert got["Train all staff in task 12"][:2] == ("1", "To strengthen safeguarding culture")
    assert got["Train all staff in task 23"][:2] == ("2", "To improve outcomes for pupils with SEND")
