"""Plans whose section headings are plain paragraphs (no heading style), as a school district's
fiscal-stabilisation plan typed in Word and saved as PDF prints them: 'Phase I – Immediate Actions' in
bold, '2. Revenue Enhancements' typed with its number, 'FACILITIES' in capitals, or a short line alone
between tables with space above and below, each over a tracker table. Written as .docx, and as PDF
through LibreOffice when it is installed, with the area and area_ref every action should get.

    python samples/make_plain_headings.py OUT_DIR [--pdf]

Near-misses written beside them: a plan with one table under a short first sentence (no area), and a
heading over a table of figures (not a plan) that must not pass to the plan table after it.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

HEADER = ["Action", "Responsible", "Timeline", "Status"]

SECTIONS = [
    ("Immediate Actions", [
        ("Freeze all non-essential purchasing across departments", "Business Manager", "July 2025", "Completed"),
        ("Review vacant positions before posting", "Human Resources Director", "August 2025", "Completed"),
        ("Renegotiate copier and software contracts", "Chief Financial Officer", "September 2025", "In progress"),
    ]),
    ("Revenue Enhancements", [
        ("Apply for state facility grants", "Grants Coordinator", "October 2025", "In progress"),
        ("Lease unused classrooms to community partners", "Superintendent", "January 2026", "Not started"),
    ]),
    ("Facilities", [
        ("Consolidate bus routes to reduce fuel costs", "Transportation Supervisor", "November 2025", "In progress"),
        ("Close the annex building over the summer", "Facilities Director", "June 2026", "Not started"),
        ("Install energy-saving lighting in the high school", "Facilities Director", "March 2026", "Not started"),
    ]),
]

INTRO = ("The Board of Education adopted this fiscal stabilization plan to restore the district's fund "
         "balance to the level required by policy. The actions below are tracked monthly by the finance "
         "committee and reported to the board.")

# how a heading is set apart, each as a document of its own: (style name, heading text of section k)
STYLES = {
    "bold_phase": lambda k, t: f"Phase {['I', 'II', 'III'][k]} – {t}",
    "numbered": lambda k, t: f"{k + 1}. {t}",
    "caps": lambda k, t: t.upper(),
    "bare": lambda k, t: t,
    "plain": lambda k, t: t,
}
BOLD = {"bold_phase": True, "numbered": False, "caps": False, "bare": True, "plain": False}


def _table(doc, rows: list[tuple[str, str, str, str]], header: list[str] = HEADER) -> None:
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, label in zip(table.rows[0].cells, header, strict=True):
        cell.text = label
        cell.paragraphs[0].runs[0].bold = True
    for r in rows:
        for cell, value in zip(table.add_row().cells, r, strict=True):
            cell.text = value


def _para(doc, text: str, bold: bool = False, space: bool = False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if space:
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(6)
    return p


def _doc():
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(11)
    return doc


def write_plan(path: Path, style: str) -> list[dict[str, str]]:
    """Write the plan with headings set as `style` says; return each action's expected area."""
    doc = _doc()
    _para(doc, "Fiscal Stabilization Plan 2025-2026", bold=True)
    _para(doc, INTRO)
    truth = []
    for k, (title, rows) in enumerate(SECTIONS):
        heading = STYLES[style](k, title)
        _para(doc, heading, bold=BOLD[style], space=True)
        _table(doc, rows)
        ref = str(k + 1) if style == "numbered" else ("I", "II", "III")[k] if style == "bold_phase" else ""
        area = title.upper() if style == "caps" else title
        truth += [{"action": r[0], "area": area, "area_ref": ref} for r in rows]
    _para(doc, "The plan will be reviewed by the board each quarter.")
    doc.save(str(path))
    return truth


def write_one_table(path: Path) -> list[dict[str, str]]:
    """Near-miss: one table, a short sentence as the first paragraph of the body: no area."""
    doc = _doc()
    _para(doc, "Fiscal Stabilization Plan", bold=True)
    _para(doc, "This plan is reviewed monthly")
    _table(doc, SECTIONS[0][1])
    doc.save(str(path))
    return [{"action": r[0], "area": "", "area_ref": ""} for r in SECTIONS[0][1]]


def write_figures_then_plan(path: Path) -> list[dict[str, str]]:
    """Near-miss: a bold heading over a table of figures (no plan), then a bold heading over the plan
    table, and one over another plan table: the figures' heading names no plan table."""
    doc = _doc()
    _para(doc, "Fiscal Stabilization Plan", bold=True)
    _para(doc, INTRO)
    _para(doc, "General Fund Balance", bold=True, space=True)
    table = doc.add_table(rows=3, cols=3)
    table.style = "Table Grid"
    for r, values in enumerate([("Fiscal year", "Revenue", "Expenditure"), ("2024", "$41,200,000", "$43,900,000"),
                                ("2025", "$42,100,000", "$43,000,000")]):
        for c, v in enumerate(values):
            table.cell(r, c).text = v
    _para(doc, "The district ran a deficit in each of the last two years.")
    truth = []
    for title, rows in SECTIONS[:2]:
        _para(doc, title, bold=True, space=True)
        _table(doc, rows)
        truth += [{"action": r[0], "area": title, "area_ref": ""} for r in rows]
    doc.save(str(path))
    return truth


def write_figures_leak(path: Path) -> list[dict[str, str]]:
    """Near-miss: two bold headings each over a table of figures, a sentence, then a plan table with no
    heading of its own: the last figures' heading is no area of the plan's rows."""
    doc = _doc()
    _para(doc, "Fiscal Stabilization Plan", bold=True)
    _para(doc, INTRO)
    for title in ("General Fund Balance", "Five Year Projection"):
        _para(doc, title, bold=True, space=True)
        table = doc.add_table(rows=3, cols=3)
        table.style = "Table Grid"
        for r, values in enumerate([("Fiscal year", "Revenue", "Expenditure"),
                                    ("2024", "$41,200,000", "$43,900,000"), ("2025", "$42,100,000", "$43,000,000")]):
            for c, v in enumerate(values):
                table.cell(r, c).text = v
    _para(doc, "The district will take the following actions to close the gap.")
    _table(doc, SECTIONS[0][1])
    doc.save(str(path))
    return [{"action": r[0], "area": "", "area_ref": ""} for r in SECTIONS[0][1]]


def to_text(pdf: Path) -> Path | None:
    """The text pdftotext -layout renders of a PDF (beside it, .txt), or None without pdftotext."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        return None
    txt = pdf.with_suffix(".txt")
    subprocess.run([pdftotext, "-layout", str(pdf), str(txt)], check=True, capture_output=True, timeout=60)
    return txt if txt.exists() else None


def to_pdf(docx: Path, out: Path) -> Path | None:
    """The PDF LibreOffice prints of a .docx (in out), or None without soffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), str(docx)], check=True, capture_output=True, timeout=180)
    pdf = out / (docx.stem + ".pdf")
    return pdf if pdf.exists() else None


def write_all(out: Path, pdf: bool = False) -> dict[str, list[dict[str, str]]]:
    """Write every plan (and its PDF when asked and soffice is there); {file name: expected areas}."""
    out.mkdir(parents=True, exist_ok=True)
    truths: dict[str, list[dict[str, str]]] = {}
    for style in STYLES:
        truths[f"headings_{style}.docx"] = write_plan(out / f"headings_{style}.docx", style)
    truths["one_table_sentence.docx"] = write_one_table(out / "one_table_sentence.docx")
    truths["figures_then_plan.docx"] = write_figures_then_plan(out / "figures_then_plan.docx")
    truths["figures_leak.docx"] = write_figures_leak(out / "figures_leak.docx")
    for name in list(truths):
        printed = to_pdf(out / name, out) if pdf else None
        if printed is not None:
            truths[printed.name] = truths[name]
            if (txt := to_text(printed)) is not None:
                truths[txt.name] = truths[name]
    (out / "truth.json").write_text(json.dumps(truths, indent=1))
    return truths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--pdf", action="store_true", help="also print each to PDF with LibreOffice")
    args = ap.parse_args(argv)
    write_all(args.out, args.pdf)


if __name__ == "__main__":
    main()
