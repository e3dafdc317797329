"""Plans whose action cell is tall: an intro line and lettered items ('Improve attendance tracking:
a) weekly reports b) …') merged down beside sub-rows, each with its own lead, date and status.
The same plan is written as a Word table (the action cell merged down), printed to PDF by
LibreOffice, drawn by reportlab ruled and borderless (the cell spanning its rows) and printed by
`pdftotext -layout`; every rendering should read as the same actions and milestones.

Used by tests/test_tall_cells.py; run directly to write the renderings into a folder:
`python tests/tallcell_plans.py OUTDIR`."""
from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

HEADINGS = ["Ref", "Action", "Lead", "Due", "Status"]


@dataclass
class Sub:
    lead: str
    due: str
    status: str
    progress: str = ""


@dataclass
class Act:
    ref: str
    lines: list[str]  # the action cell's lines: one line, or an intro and its items
    subs: list[Sub] = field(default_factory=list)


def attendance_plan() -> list[Act]:
    """Tall cells whose items line up with their sub-rows, between ordinary one-row actions, two of
    which open with the same words (they must stay two actions)."""
    return [
        Act("1.1", ["Review the behaviour policy with staff and governors"],
            [Sub("Deputy Head", "Sept 2025", "Complete")]),
        Act("1.2", ["Improve attendance tracking:", "a) Weekly attendance reports to governors",
                    "b) First-day calls for absent pupils", "c) Termly review of persistent absence"],
            [Sub("Attendance Officer", "Oct 2025", "Complete"), Sub("Office Manager", "Nov 2025", "On track"),
             Sub("Deputy Head", "Jan 2026", "Not started")]),
        Act("1.3", ["Improve reading fluency in Year 3 through daily guided reading"],
            [Sub("English Lead", "Dec 2025", "On track")]),
        Act("1.4", ["Improve reading fluency in Year 4 through paired reading"],
            [Sub("English Lead", "Feb 2026", "On track")]),
        Act("2.1", ["Strengthen the safeguarding culture:", "1. Annual training for all staff",
                    "2. Termly audit of the safeguarding records"],
            [Sub("DSL", "Sept 2025", "Complete"), Sub("Safeguarding Governor", "Mar 2026", "Not started")]),
        Act("2.2", ["Develop the curriculum for science:", "• Map the key stage 2 units",
                    "• Moderate the assessments with the partner school", "• Buy new equipment"],
            [Sub("Science Lead", "Nov 2025", "Complete"), Sub("Science Lead", "Feb 2026", "On track"),
             Sub("School Business Manager", "Apr 2026", "Not started")]),
        Act("2.3", ["Publish the updated SEND information report on the website"],
            [Sub("SENCo", "Oct 2025", "Complete")]),
    ]


def misaligned_plan() -> list[Act]:
    """A tall cell whose items do not line up with its sub-rows (two items, three dated rows)."""
    return [
        Act("1", ["Raise attainment in maths"], [Sub("Maths Lead", "July 2026", "On track")]),
        Act("2", ["Improve attendance tracking:", "a) Weekly attendance reports to governors",
                  "b) First-day calls for absent pupils"],
            [Sub("Attendance Officer", "Oct 2025", "Complete"), Sub("Office Manager", "Dec 2025", "On track"),
             Sub("Deputy Head", "Mar 2026", "Not started")]),
        Act("3", ["Refresh the marking and feedback policy"], [Sub("Deputy Head", "Jan 2026", "On track")]),
    ]


def progress_plan() -> list[Act]:
    """No reference column, and a progress comment of two or three lines beside each sub-row: the tall
    cell's lines spread down beside the rows, an item or two beside each, as a reader sees them."""
    note = "Progress reviewed at the {} meeting; next steps agreed with the team and reported to governors."
    return [
        Act("", ["Improve attendance tracking:", "a) Weekly attendance reports to governors",
                 "b) First-day calls for absent pupils", "c) Termly review of persistent absence"],
            [Sub("Attendance Officer", "Oct 2025", "Complete", note.format("October")),
             Sub("Office Manager", "Nov 2025", "On track", note.format("November")),
             Sub("Deputy Head", "Jan 2026", "Not started", note.format("January"))]),
        Act("", ["Improve reading fluency in Year 3 through daily guided reading"],
            [Sub("English Lead", "Dec 2025", "On track", note.format("December"))]),
        Act("", ["Improve reading fluency in Year 4 through paired reading"],
            [Sub("English Lead", "Feb 2026", "On track", note.format("February"))]),
        Act("", ["Develop the curriculum for science:", "1. Map the key stage 2 units",
                 "2. Moderate the assessments with the partner school"],
            [Sub("Science Lead", "Nov 2025", "Complete", note.format("autumn")),
             Sub("Science Lead", "Feb 2026", "On track", note.format("spring"))]),
    ]


def page_break_plan() -> list[Act]:
    """Near-miss: ordinary one-row actions, several opening with the same words, and one long action
    whose cell runs over a page break (its row split across the pages): each stays one action, with
    no milestones."""
    acts = [Act(f"{n}", [f"Improve reading fluency in Year {n % 6 + 1} through daily guided reading and "
                         f"weekly reading records checked by the class teacher"],
                [Sub("English Lead", f"{['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'][n % 6]} 2025", "On track")])
            for n in range(1, 15)]
    long = ("Introduce a whole-school approach to oracy in which every class teaches talk explicitly, with "
            "sentence stems displayed in each classroom, structured talk partners in every lesson, termly "
            "learning walks by the senior leadership team focused on the quality of pupil talk, and a "
            "programme of training for teaching assistants so that they can model and scaffold talk in "
            "small groups; the approach is reviewed with pupils through the school council and reported "
            "to governors each term, and the findings are used to refine the plan for the following year. ")
    acts.insert(11, Act("15", [long * 3], [Sub("Deputy Head", "July 2026", "Not started")]))
    return acts


PLANS = {"attendance": attendance_plan, "misaligned": misaligned_plan, "progress": progress_plan,
         "pagebreak": page_break_plan}


def headings(acts: list[Act]) -> list[str]:
    """The plan's headings: no 'Ref' when no action has one, 'Progress' when a sub-row has one."""
    out = [h for h in HEADINGS if h != "Ref" or any(a.ref for a in acts)]
    return out + (["Progress"] if any(s.progress for a in acts for s in a.subs) else [])


def widths(heads: list[str]) -> list[float]:
    """Column widths (cm), 17 in all."""
    base = {"Ref": 1.2, "Action": 8.0, "Lead": 3.5, "Due": 2.3, "Status": 2.5, "Progress": 5.0}
    total = sum(base[h] for h in heads)
    return [base[h] * 17.5 / total for h in heads]


def cells_of(a: Act, s: Sub, heads: list[str]) -> dict[str, str]:
    return {"Lead": s.lead, "Due": s.due, "Status": s.status, "Progress": s.progress}
TITLE = "Oakfield Primary School Improvement Plan 2025-26"


# ---- Word ------------------------------------------------------------------------------------------

def write_docx(acts: list[Act], path: Path) -> None:
    from docx import Document
    from docx.shared import Cm
    doc = Document()
    doc.add_heading(TITLE, level=1)
    heads = headings(acts)
    rows = sum(len(a.subs) for a in acts)
    table = doc.add_table(rows=rows + 1, cols=len(heads))
    table.style = "Table Grid"
    for i, h in enumerate(heads):
        table.cell(0, i).text = h
    r = 1
    at = heads.index("Action")
    for a in acts:
        top, bottom = r, r + len(a.subs) - 1
        for k, s in enumerate(a.subs):
            for h, v in cells_of(a, s, heads).items():
                if h in heads:
                    table.cell(r + k, heads.index(h)).text = v
        for col, lines in (((0, [a.ref]), (at, a.lines)) if at else ((at, a.lines),)):
            cell = table.cell(top, col) if top == bottom else table.cell(top, col).merge(table.cell(bottom, col))
            cell.text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
        r = bottom + 1
    for row in table.rows:
        for i, w in enumerate(widths(heads)):
            row.cells[i].width = Cm(w)
    doc.save(str(path))


# ---- reportlab -------------------------------------------------------------------------------------

def write_reportlab(acts: list[Act], path: Path, ruled: bool, repeat: int = 1) -> None:
    """The plan drawn with reportlab, each tall cell spanning its rows (ruled: a grid; else no
    lines at all). repeat > 1 draws the actions again with new references, to run over a page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    styles = getSampleStyleSheet()
    body = styles["BodyText"].clone("cell", fontSize=9, leading=11)
    heads = headings(acts)
    at = heads.index("Action")
    data: list[list[object]] = [heads[:]]
    style: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                          ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold")]
    for n in range(repeat):
        for a in acts:
            top = len(data)
            for k, s in enumerate(a.subs):
                ref = (a.ref if n == 0 else f"{n + 1}.{a.ref}") if k == 0 else ""
                text = Paragraph("<br/>".join(a.lines), body) if k == 0 else ""
                own = cells_of(a, s, heads)
                data.append(([ref] if at else []) + [text] + [Paragraph(own[h], body) if h in ("Lead", "Progress")
                                                              else own[h] for h in heads[at + 1:]])
            if len(a.subs) > 1:
                bottom = len(data) - 1
                style += [("SPAN", (c, top), (c, bottom)) for c in range(at + 1)]
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    table = Table(data, colWidths=[w * cm for w in widths(heads)], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(str(path), pagesize=A4)
    doc.build([Paragraph(TITLE, styles["Heading1"]), Spacer(1, 12), table])


# ---- LibreOffice and pdftotext ---------------------------------------------------------------------

def libreoffice_pdf(docx: Path, outdir: Path) -> Path | None:
    """The Word file printed to PDF by LibreOffice; None without it."""
    import tempfile
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation={Path(profile).as_uri()}", "--convert-to",
                        "pdf", "--outdir", str(outdir), str(docx)], check=True, capture_output=True, timeout=600)
    pdf = outdir / (docx.stem + ".pdf")
    return pdf if pdf.exists() else None


def layout_text(pdf: Path, path: Path) -> Path | None:
    tool = shutil.which("pdftotext")
    if tool is None:
        return None
    subprocess.run([tool, "-layout", str(pdf), str(path)], check=True, capture_output=True, timeout=120)
    return path


def write_all(name: str, outdir: Path, libreoffice: bool = True) -> dict[str, Path]:
    """Every rendering of plan NAME in outdir: {rendering: path} (those whose tool is missing left out)."""
    acts = PLANS[name]()
    out: dict[str, Path] = {}
    docx = outdir / f"{name}_word.docx"
    write_docx(acts, docx)
    out["docx"] = docx
    for ruled in (True, False):
        pdf = outdir / f"{name}_{'ruled' if ruled else 'borderless'}.pdf"
        write_reportlab(acts, pdf, ruled)
        out["ruled" if ruled else "borderless"] = pdf
    for key in ("ruled", "borderless"):
        txt = layout_text(out[key], outdir / f"{name}_{key}_layout.txt")
        if txt is not None:
            out[f"txt_{key}"] = txt
    if libreoffice:
        lo_dir = outdir / "lo"
        lo_dir.mkdir(exist_ok=True)
        pdf = libreoffice_pdf(docx, lo_dir)
        if pdf is not None:
            out["libreoffice"] = pdf.rename(outdir / f"{name}_libreoffice.pdf")
    return out


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    for plan in PLANS:
        for k, v in write_all(plan, folder).items():
            print(plan, k, v)
