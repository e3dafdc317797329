"""Wide action trackers as performance teams keep them in Excel, with truth (issue: sheet shapes).

Run from the repo root: python samples/make_sheet_shapes.py FOLDER [SEED ...]. Each seed writes:

- NAME_themes.xlsx: one sheet per theme of a children's services improvement plan, each under a
  title, an 'updated' line and a key row ('R = off track …'), its headings in two rows (group
  headings merged over sub-headings) on row 5–6; 24 columns (ref, theme, sub-theme, action, lead,
  support, start, due, revised due, % complete as 0.35, RAG letter, status, latest update, three
  dated update columns, evidence link, comments, priority, risk, dependencies, a hidden
  'Internal notes' column, last updated by); dates as date cells, serials and UK text; a formula
  whose cached value is the % complete; the theme merged down its rows; blank spacer rows; rows a
  filter hides. Beside them 'Instructions', 'Key', 'Summary' and 'Chart data' sheets that hold
  no actions.
- NAME_outline.xlsx: one sheet, heading row on row 4 under a title, a notes line and a legend;
  theme rows at outline level 0 and their actions at level 1 (one theme's group collapsed, so
  hidden); the RAG shown ONLY by the cell's fill (reds, ambers, yellows, greens of several hues);
  no 'latest update' column, only dated update columns (the newest filled one is the progress).
- NAME_keyed.xlsx: headings on row 8 under a title, an 'updated' line, a key of coloured cells
  ('Red | Amber | Green | Complete') and notes; the theme merged down its rows; half the due dates
  are date cells that lost their format (Excel's day count, '45747'); the RAG a letter with a
  comment ('G - on track') or only a pale fill (Excel's preset light red/yellow/green); statuses
  from a dropdown whose list is on a hidden 'Lists' sheet ('Project complete'), which holds other
  lists and a small 'Action type | Lead officer | Due date' table between them (no actions).
- NAME_semicolon.csv: the outline tracker exported as UTF-8 with a BOM and ';' separators, a
  title line above; RAG as words. NAME_tab.csv: the themes tracker as Windows-1252 text with tab
  separators, multi-line quoted cells.
- NAME_themes.ods and NAME_outline.xls: LibreOffice's conversions of the workbooks (skipped when
  soffice is not installed).

NAME.truth.json beside each (the .ods/.xls copies share their workbook's truth, renamed).
"""
from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.seeded import run_generator, write_truth_json  # noqa: E402

THEMES = [
    ("Practice quality", ["Assessment", "Supervision"], [
        "Audit twenty case files a month and feed findings back to each team manager",
        "Introduce a single assessment template across the front door and locality teams",
        "Hold fortnightly reflective supervision for every social worker with a caseload",
        "Publish a practice standards handbook and brief all practitioners on it",
    ]),
    ("Workforce", ["Recruitment", "Development"], [
        "Reduce agency social worker use to below fifteen per cent of posts",
        "Launch a recruitment campaign with a relocation package for experienced staff",
        "Give every newly qualified worker a protected caseload for their first year",
        "Train all team managers in the restorative practice model",
    ]),
    ("Partnership and voice", ["Multi-agency", "Participation"], [
        "Agree a joint escalation protocol with health and police partners",
        "Set up a young people's panel that reviews the plan every quarter",
        "Commission an independent review of the multi-agency safeguarding hub",
        "Report the views of care leavers to the corporate parenting board twice a year",
    ]),
]
LEADS = ["Head of Service Safeguarding", "Principal Social Worker", "HR Business Partner",
         "Service Manager Front Door", "Workforce Development Lead", "Participation Officer",
         "Assistant Director Early Help", "Quality Assurance Manager"]
STATUSES = [("Complete", "complete"), ("On track", "in_progress"), ("In progress", "in_progress"),
            ("Not started", "not_started"), ("Delayed", "delayed")]
LETTERS = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
RAG_WORDS = {"red": "Red", "amber": "Amber", "green": "Green", "blue": "Blue"}
FILLS = {"red": ["FF0000", "C00000", "FF5050"], "amber": ["FFC000", "FFFF00", "F4B084"],
         "green": ["00B050", "92D050", "00B050"]}
UPDATES = ["Draft agreed at the improvement board", "First cohort completed the programme",
           "Figures checked with the performance team", "Waiting for partner sign-off",
           "Template live in the case system since January", "Panel met twice and reported"]
UPDATE_HEADINGS = ["Update Oct 24", "Update Jan 25", "Update Apr 25"]


def _rows(rng: random.Random) -> list[dict[str, Any]]:
    """One record per action: what the sheet shows and what the truth says."""
    out = []
    for t, (theme, subs, actions) in enumerate(THEMES, 1):
        for k, action in enumerate(actions):
            status_raw, status = rng.choice(STATUSES)
            rag = {"complete": "blue", "delayed": "red"}.get(status) or rng.choice(["amber", "green"])
            due = dt.date(2025, rng.choice([3, 6, 9, 12]), rng.choice([28, 30])) if k != 2 else None
            revised = dt.date(2026, 3, 31) if status == "delayed" else None
            updates = [f"{rng.choice(UPDATES)} ({h[7:]})" for h in UPDATE_HEADINGS]
            if k == 1:
                updates[-1] = ""  # not updated this round: the newest filled update is the progress
            out.append({"ref": f"{t}.{k + 1}", "theme": theme, "sub": subs[k // 2], "action": action,
                        "lead": rng.choice(LEADS), "support": rng.choice(LEADS), "start": dt.date(2024, 10, 1),
                        "due": due, "revised": revised,
                        "pct": {"complete": 1.0}.get(status, rng.choice([0.2, 0.35, 0.6])),
                        "rag": rag, "status_raw": status_raw, "status": status, "updates": updates,
                        "evidence": f"https://intranet.example.gov.uk/plan/evidence/{t}-{k + 1}",
                        "comments": rng.choice(["", "Linked to Ofsted recommendation 3", "Board to review"]),
                        "internal": rng.choice(["Check with finance", "Owner changing in spring"]),
                        "due_text": k == 3, "first": k == 0})
    return out


def _due_iso(r: dict[str, Any]) -> str | None:
    when = r["revised"] or r["due"]
    return when.isoformat() if when else None


def _progress(r: dict[str, Any]) -> str:
    return next(u for u in reversed(r["updates"]) if u)


NO_MEASURE = object()  # the document has no column a measure could come from: not scored


def _truth(doc: str, rows: list[dict[str, Any]], *, rag: bool = True, months: bool = False,
           measure: Any = NO_MEASURE) -> dict[str, Any]:
    """months: the workbook shows the first action of each theme due as a month ('Sep-25').
    measure: every action's measure (None: must be empty; an evidence column of links is none)."""
    actions = []
    for r in rows:
        due = _due_iso(r)
        if months and r["first"] and r["due"] and not r["revised"]:
            due = r["due"].strftime("%Y-%m")  # as printed: the cell's format shows the month
        rec = {"area": r["theme"], "action": r["action"], "lead": r["lead"], "due_date": due,
               "status": r["status"], "progress": _progress(r)}
        if rag:
            rec["rag"] = r["rag"]
        if measure is not NO_MEASURE:
            rec["measure"] = measure
        actions.append(rec)
    return {"doc": doc, "actions": actions}


# ---- the themes workbook: a sheet per theme, two heading rows ------------------------------

GROUPS = [("Action details", 1, 6), ("Timescales", 7, 9), ("Progress", 10, 13), ("Updates", 14, 15),
          ("Assurance", 16, 22)]
SUBHEADINGS = ["Ref", "Theme", "Sub-theme", "Action", "Lead officer", "Support", "Start date", "Due date",
               "Revised due date", "% complete", "RAG", "Status", "Latest update", *UPDATE_HEADINGS[:2],
               "Evidence link", "Comments", "Priority", "Risk", "Dependencies", "Internal notes",
               "Last updated by"]
# 'Latest update' holds the newest round (Apr 25); the two older rounds have their own columns


def themes_workbook(path: Path, rows: list[dict[str, Any]], rng: random.Random) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    info = wb.active
    info.title = "Instructions"
    info["A1"] = "How to update this tracker"
    for k, line in enumerate(["Each lead updates their rows by the 5th of the month.",
                              "Use the drop-downs for RAG and status; do not change the headings.",
                              "Evidence goes on the shared drive, with its link in the Evidence column."], 3):
        info.cell(k, 1, line)
    info.cell(7, 1, "Column")
    info.cell(7, 2, "What to enter")
    for k, (col, what) in enumerate([("Action", "What will be done, in plain English"),
                                     ("Lead officer", "The officer accountable for delivery"),
                                     ("RAG", "R, A, G or B from the Key sheet")], 8):
        info.cell(k, 1, col)
        info.cell(k, 2, what)
    key = wb.create_sheet("Key")
    key.append(["RAG", "Meaning"])
    for letter, meaning, colour in [("R", "Off track: will miss the due date", "FF0000"),
                                    ("A", "At risk: may miss the due date", "FFC000"),
                                    ("G", "On track", "00B050"), ("B", "Complete", "0070C0")]:
        key.append([letter, meaning])
        key.cell(key.max_row, 1).fill = PatternFill("solid", fgColor=colour)
    formula_cells: dict[str, dict[str, str]] = {}
    for t, (theme, _subs, _actions) in enumerate(THEMES, 1):
        ws = wb.create_sheet(f"Theme {t}")
        ws["A1"] = "Children's Services Improvement Plan – tracker, updated 03/02/2025"
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = f"Theme {t}: {theme}"
        ws["A3"] = "Key: R = off track, A = at risk, G = on track, B = complete"
        for text, c0, c1 in GROUPS:
            ws.cell(5, c0, text).font = Font(bold=True)
            ws.merge_cells(start_row=5, start_column=c0, end_row=5, end_column=c1)
        for c, heading in enumerate(SUBHEADINGS, 1):
            ws.cell(6, c, heading).font = Font(bold=True)
        ws.column_dimensions["U"].hidden = True  # Internal notes
        theme_rows = [r for r in rows if r["theme"] == theme]
        line = 7
        first = line
        for k, r in enumerate(theme_rows):
            if k == 2:
                line += 1  # a blank spacer row between the sub-themes
            _write_theme_row(ws, line, r, k, rng, formula_cells)
            if k == 1:
                ws.row_dimensions[line].hidden = True  # hidden by the filter below
            line += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=line - 1, end_column=2)
        ws.cell(first, 2, theme)
        ws.auto_filter.ref = f"A6:X{line - 1}"
    summary = wb.create_sheet("Summary")
    summary.append(["Theme", "Red", "Amber", "Green", "Blue", "Total"])
    for theme, _s, _a in THEMES:
        counts = [sum(1 for r in rows if r["theme"] == theme and r["rag"] == c)
                  for c in ("red", "amber", "green", "blue")]
        summary.append([theme, *counts, sum(counts)])
    chart = wb.create_sheet("Chart data")
    chart.append(["Month", "Red", "Amber", "Green", "Blue"])
    for month in ("Oct-24", "Nov-24", "Dec-24", "Jan-25"):
        chart.append([month, rng.randint(0, 3), rng.randint(2, 5), rng.randint(3, 7), rng.randint(0, 2)])
    wb.save(path)
    _cache_formulas(path, formula_cells)


def _write_theme_row(ws: Any, line: int, r: dict[str, Any], k: int, rng: random.Random,
                     formula_cells: dict[str, dict[str, str]]) -> None:
    values: list[Any] = [r["ref"], None, r["sub"], r["action"], r["lead"], r["support"], r["start"], r["due"],
                         r["revised"], r["pct"], _letter(r["rag"]), r["status_raw"], r["updates"][2] or r["updates"][1],
                         r["updates"][0], r["updates"][1], r["evidence"], r["comments"], rng.choice("HML"),
                         rng.choice(["Low", "Medium"]), "", r["internal"], "J. Smith"]
    for c, value in enumerate(values, 1):
        if value is None or value == "":
            continue
        cell = ws.cell(line, c, value)
        if isinstance(value, dt.date):
            cell.number_format = "dd/mm/yyyy"
    if r["due_text"] and r["due"]:
        ws.cell(line, 8, r["due"].strftime("%d/%m/%Y"))  # typed as text, UK order
    elif r["due"] and k == 0:
        serial = (r["due"] - dt.date(1899, 12, 30)).days
        ws.cell(line, 8, serial).number_format = "mmm-yy"  # a serial shown as a month: read as the month
    ws.cell(line, 10).number_format = "0%"
    if k == 0:  # % complete by formula (a copy of the start's neighbour), its cached value written below
        ws.cell(line, 10, f"=IF(L{line}=\"Complete\",1,{r['pct']})")
        formula_cells.setdefault(ws.title, {})[f"J{line}"] = str(r["pct"])


def _letter(rag: str) -> str:
    return {v: k for k, v in LETTERS.items()}[rag]


def _due_month(r: dict[str, Any]) -> str | None:
    return r["due"].strftime("%Y-%m") if r["due"] else None


def _cache_formulas(path: Path, cached: dict[str, dict[str, str]]) -> None:
    """Write the values Excel would have cached beside the formulas (openpyxl saves none)."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    workbook = parts["xl/workbook.xml"].decode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    for title, cells in cached.items():
        rid = re.search(rf'<sheet[^>]*name="{re.escape(title)}"[^>]*r:id="(rId\d+)"', workbook)
        assert rid, title
        target = re.search(rf'Id="{rid.group(1)}"[^>]*Target="/?(?:xl/)?([^"]+)"', rels) or \
            re.search(rf'Target="/?(?:xl/)?([^"]+)"[^>]*Id="{rid.group(1)}"', rels)
        assert target, title
        name = "xl/" + target.group(1)
        xml = parts[name].decode()
        for ref, value in cells.items():
            xml = re.sub(rf'(<c r="{ref}"[^>]*>)(<f>.*?</f>)(<v\s*/>|<v></v>)?', rf"\1\2<v>{value}</v>", xml)
        parts[name] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


# ---- the outline workbook: theme rows at level 0, RAG by fill only --------------------------

OUTLINE_HEADINGS = ["ID", "Action", "Owner", "Support", "Start", "Target date", "Revised date", "% complete",
                    "RAG", "Status", *UPDATE_HEADINGS, "Evidence", "Comments", "Measure of success", "Linked risk",
                    "Budget", "Directorate"]


SUCCESS = "Audit scores improve to good or better"


def outline_workbook(path: Path, rows: list[dict[str, Any]], rng: random.Random) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = "Tracker"
    ws["A1"] = "Children's Services Improvement Plan 2024-26 – action tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated 03/02/2025 by the Performance and Intelligence Team; RAG is shown by the colour"
    ws["A3"] = "Red = off track   Amber = at risk   Green = on track   Blue = complete"
    for c, heading in enumerate(OUTLINE_HEADINGS, 1):
        ws.cell(4, c, heading).font = Font(bold=True)
    ws.sheet_properties.outlinePr.summaryBelow = False
    line = 5
    for t, (theme, _subs, _actions) in enumerate(THEMES, 1):
        ws.cell(line, 1, f"Theme {t}: {theme}").font = Font(bold=True)
        ws.cell(line, 1).fill = PatternFill("solid", fgColor="D9E1F2")
        line += 1
        for k, r in enumerate(x for x in rows if x["theme"] == theme):
            due = r["due"].strftime("%d/%m/%Y") if r["due_text"] and r["due"] else r["due"]
            values: list[Any] = [r["ref"], r["action"], r["lead"], r["support"], r["start"], due, r["revised"],
                                 r["pct"], None, r["status_raw"], *r["updates"], r["evidence"], r["comments"],
                                 SUCCESS, "CSR-0" + str(t), "£" + str(rng.randint(2, 40)) + "k",
                                 "Children's Services"]
            for c, value in enumerate(values, 1):
                if value is None or value == "":
                    continue
                cell = ws.cell(line, c, value)
                if isinstance(value, dt.date):
                    cell.number_format = "d mmm yyyy"
            ws.cell(line, 8).number_format = "0%"
            colours = FILLS.get(r["rag"], ["0070C0"])
            colour = colours[k % len(colours)]
            ws.cell(line, 9).fill = PatternFill("solid", fgColor=colour)
            ws.row_dimensions[line].outlineLevel = 1
            if t == 2:
                ws.row_dimensions[line].hidden = True  # the Workforce group is collapsed
            line += 1
        line += 1  # spacer
    wb.save(path)


# ---- the keyed workbook: a legend of coloured cells above headings on row 8 ------------------

KEYED_HEADINGS = ["Ref", "Priority", "Action", "Responsible officer", "Due date", "Status", "RAG",
                  "Progress update", "Date of update"]
PALE = {"red": "FFC7CE", "amber": "FFEB9C", "green": "C6EFCE", "blue": "9BC2E6"}  # Excel's preset light fills


def keyed_workbook(path: Path, rows: list[dict[str, Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = "Action plan"
    ws["A1"] = "Corporate Improvement Plan 2024-26 – monitoring tracker"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Updated 03/02/2025"
    ws["A4"] = "Key:"
    for c, (word, colour) in enumerate([("Red", "FF0000"), ("Amber", "FFC000"), ("Green", "00B050"),
                                        ("Complete", "0070C0")], 2):
        ws.cell(4, c, word).fill = PatternFill("solid", fgColor=colour)
    ws["A5"] = "R = off track; A = at risk of slipping; G = on track; B = complete"
    ws["A7"] = "Please update the columns shaded grey only."
    for c, heading in enumerate(KEYED_HEADINGS, 1):
        ws.cell(8, c, heading).font = Font(bold=True)
    ws.freeze_panes = "A9"
    lists = wb.create_sheet("Lists")
    for k, (word, _e) in enumerate(STATUSES, 1):
        lists.cell(k, 1, word)
    for k, letter in enumerate(LETTERS, 1):
        lists.cell(k, 3, letter)
    for k, lead in enumerate(LEADS, 1):
        lists.cell(k, 5, lead)
    # between the lists, a table no dropdown uses: still reference data, no plan
    lists.cell(12, 1, "Action type")
    lists.cell(12, 2, "Lead officer")
    lists.cell(12, 3, "Due date")
    for k, (kind, lead) in enumerate([("Review the policy and publish it", LEADS[0]),
                                      ("Train the staff who apply it", LEADS[1]),
                                      ("Audit how it is applied", LEADS[2])], 13):
        lists.cell(k, 1, kind)
        lists.cell(k, 2, lead)
        lists.cell(k, 3, "31/03/2025")
    lists.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1=f"Lists!$A$1:$A${len(STATUSES)}")
    ws.add_data_validation(dv)
    for col, count in (("C", len(LETTERS)), ("E", len(LEADS))):
        other = DataValidation(type="list", formula1=f"Lists!${col}$1:${col}${count}")
        ws.add_data_validation(other)
        other.add("Z1")  # the dropdowns of a column the sample leaves empty
    line = 9
    for theme, _s, _a in THEMES:
        first = line
        for k, r in enumerate(x for x in rows if x["theme"] == theme):
            status = "Project complete" if r["status"] == "complete" else r["status_raw"]
            ws.cell(line, 1, r["ref"])
            ws.cell(line, 3, r["action"])
            ws.cell(line, 4, r["lead"])
            due = r["revised"] or r["due"]
            if due is not None and k % 2 == 0:
                ws.cell(line, 5, (due - dt.date(1899, 12, 30)).days)  # a date cell that lost its format
            elif due is not None:
                ws.cell(line, 5, due).number_format = "dd/mm/yyyy"
            ws.cell(line, 6, status)
            dv.add(f"F{line}")
            if k % 2:
                ws.cell(line, 7).fill = PatternFill("solid", fgColor=PALE[r["rag"]])  # the colour alone
            else:
                ws.cell(line, 7, f"{_letter(r['rag'])} - {RAG_WORDS[r['rag']].lower()}")
            ws.cell(line, 8, _progress(r))
            ws.cell(line, 9, dt.date(2025, 2, 3)).number_format = "dd/mm/yyyy"
            line += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=line - 1, end_column=2)
        ws.cell(first, 2, theme)
    wb.save(path)


# ---- CSV exports ----------------------------------------------------------------------------

def _cell(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float):
        return f"{round(value * 100)}%"
    return "" if value is None else str(value)


def _csv_line(values: list[str], sep: str) -> str:
    out = []
    for v in values:
        if any(ch in v for ch in (sep, '"', "\n")):
            v = '"' + v.replace('"', '""') + '"'
        out.append(v)
    return sep.join(out)


def semicolon_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    lines = [_csv_line(["Children's Services Improvement Plan – tracker export 03/02/2025"], ";"), "",
             _csv_line(["ID", "Theme", "Action", "Owner", "Due date", "Revised due", "% complete", "RAG",
                        "Status", *UPDATE_HEADINGS, "Evidence", "Comments"], ";")]
    for r in rows:
        lines.append(_csv_line([r["ref"], r["theme"], r["action"], r["lead"], _cell(r["due"]), _cell(r["revised"]),
                                _cell(r["pct"]), RAG_WORDS[r["rag"]], r["status_raw"], *r["updates"],
                                r["evidence"], r["comments"]], ";"))
    path.write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


def tab_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    lines = [_csv_line(["Improvement plan tracker – Children’s Services"], "\t"),
             _csv_line(["Key: R = off track; A = at risk; G = on track"], "\t"),
             _csv_line(["Ref", "Theme", "Action", "Lead officer", "Support", "Start date", "Due date",
                        "Revised due date", "% complete", "RAG", "Status", *UPDATE_HEADINGS, "Budget (£)"], "\t")]
    for r in rows:
        updates = [u.replace(" (", "\n(") for u in r["updates"]]  # multi-line cells
        lines.append(_csv_line([r["ref"], r["theme"], r["action"], r["lead"], r["support"], _cell(r["start"]),
                                _cell(r["due"]), _cell(r["revised"]), _cell(r["pct"]), _letter(r["rag"]),
                                r["status_raw"], *updates, "£12,000"], "\t"))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def _progress_lines(truth: dict[str, Any]) -> dict[str, Any]:
    for a in truth["actions"]:
        a["progress"] = a["progress"].replace(" (", "\n(")
    return truth


# ---- LibreOffice copies ---------------------------------------------------------------------

def soffice_copy(source: Path, fmt: str) -> Path | None:
    """source converted by LibreOffice to fmt ('ods', 'xls') beside it; None without soffice."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        return None
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as out:
        filt = {"xls": "xls:MS Excel 97", "ods": "ods"}[fmt]
        try:
            subprocess.run([exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", filt,
                            "--outdir", out, str(source)], check=True, capture_output=True, timeout=180)
        except (subprocess.SubprocessError, OSError):
            return None
        made = Path(out) / (source.stem + "." + fmt)
        if not made.exists():
            return None
        target = source.with_suffix("." + fmt)
        shutil.copyfile(made, target)
        return target


def _write_truth(path: Path, truth: dict[str, Any]) -> None:
    write_truth_json(path.with_name(path.name + ".truth.json"), truth)


def main(folder: Path, seeds: list[int], *, office: bool = True) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for seed in seeds:
        rng = random.Random(seed)
        rows = _rows(rng)
        stem = f"sheet_tracker_{seed}"
        themes = folder / f"{stem}_themes.xlsx"
        themes_workbook(themes, rows, rng)
        _write_truth(themes, _truth(themes.name, rows, months=True, measure=None))
        outline = folder / f"{stem}_outline.xlsx"
        outline_workbook(outline, rows, rng)
        _write_truth(outline, _truth(outline.name, rows, measure=SUCCESS))
        keyed = folder / f"{stem}_keyed.xlsx"
        keyed_workbook(keyed, rows)
        _write_truth(keyed, _truth(keyed.name, rows))
        made.append(keyed)
        semi = folder / f"{stem}_semicolon.csv"
        semicolon_csv(semi, rows)
        _write_truth(semi, _truth(semi.name, rows, measure=None))
        tab = folder / f"{stem}_tab.csv"
        tab_csv(tab, rows)
        _write_truth(tab, _progress_lines(_truth(tab.name, rows)))
        made += [themes, outline, semi, tab]
        if office:
            for source, fmt in ((themes, "ods"), (outline, "xls")):
                copy = soffice_copy(source, fmt)
                if copy is not None:
                    _write_truth(copy, _truth(copy.name, rows, months=source is themes,
                                              measure=None if source is themes else SUCCESS))
                    made.append(copy)
    return made


if __name__ == "__main__":
    run_generator(main, __doc__, [1])
