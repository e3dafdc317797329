"""Generate Word plans that head each action with its own numbered heading ('Commitment 1'),
as national action plans and inspection responses do: area headings (Heading 1), one heading per
commitment (Heading 2), the commitment's paragraph, a 'Supporting organisations' label and a
'Timescales' label over the milestones as bullets. Shaped like the OGP UK National Action Plan
summary (Crown copyright, OGL); the text here is invented. And a plan in the shape of the U.S. Open
Government National Action Plans (public domain): theme headings, commitment titles in bold set
with Word's own list numbering (restarting under each theme), a paragraph describing each.

    python samples/make_pledge_samples.py OUT_DIR
"""
from __future__ import annotations

import sys
from pathlib import Path

AREAS = [
    ("Open data: opening up government data", [
        ("The council will publish an inventory of all the datasets it holds, published or not.",
         "Open Data Group", ["departments to list their unpublished datasets by March 2026",
                             "the inventory published on the council website by June 2026"]),
        ("The council will issue a revised data transparency code for its partners.", "Compact Voice", []),
    ]),
    ("Integrity: fighting fraud", [
        ("We will establish by 1 January 2026 a working group on access to police records.",
         "Records Trust", ["the working group to report by 30 June 2026"]),
        ("The council will bring its anti-fraud work together under one plan.", "", []),
    ]),
]


def write(out: Path) -> Path:
    from docx import Document
    doc = Document()
    doc.add_heading("Open Government Action Plan 2025 to 2027", level=0)
    doc.add_paragraph("This plan sets out the council's commitments for the next two years.")
    n = 0
    for area, commitments in AREAS:
        doc.add_heading(area, level=1)
        doc.add_paragraph("Progress to date has been good; this section sets out what comes next.")
        for text, supporters, milestones in commitments:
            n += 1
            doc.add_heading(f"Commitment {n}", level=2)
            doc.add_paragraph(text)
            if supporters:
                doc.add_paragraph("Supporting organisations")
                doc.add_paragraph(supporters)
            if milestones:
                doc.add_paragraph("Timescales")
                doc.add_paragraph("The key milestones for this commitment are:")
                for m in milestones:
                    doc.add_paragraph(m, style="List Bullet")
    path = out / "pledge_plan_2025.docx"
    doc.save(str(path))
    return path


THEMES = [
    ("Open Government to Increase Public Integrity", ["Promote Public Participation in Government",
                                                      "Modernize Management of Government Records"]),
    ("Open Government to Improve Public Services", ["Reform Government Websites",
                                                    "Publish Data to Help Consumers and Scientists"]),
]
DESCRIPTION = ("The Administration will build on its work to date and will consult the public on how best "
               "to take this forward over the next two years.")


def write_titles(out: Path) -> Path:
    from docx import Document
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = Document()
    doc.add_heading("National Action Plan for Open Government 2025", level=0)
    for k, (theme, titles) in enumerate(THEMES):
        doc.add_heading(theme, level=1)
        for n, title in enumerate(titles):
            p = doc.add_paragraph(style="List Number")
            p.add_run(title).bold = True
            if k and not n:  # Word numbers the list again from 1 under the next theme
                num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
                restart = OxmlElement("w:numId")
                restart.set(qn("w:val"), str(_restarted(doc)))
                num_pr.append(restart)
            doc.add_paragraph(DESCRIPTION)
    path = out / "titled_plan_2025.docx"
    doc.save(str(path))
    return path


def _restarted(doc) -> int:  # type: ignore[no-untyped-def]
    """A new numbering instance of the List Number style's numbering, starting again at 1."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    numbering = doc.part.numbering_part.element
    style_num = doc.styles["List Number"].element.pPr.numPr.numId.val
    abstract = next(n.abstractNumId.val for n in numbering.num_lst if n.numId == style_num)
    new_id = max(n.numId for n in numbering.num_lst) + 1
    num = numbering.add_num(abstract)
    num.numId = new_id
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    return int(num.numId)


# a plan that lists its actions under a promise, each item opening with a bold title sentence over
# its description (the shape of the U.S. Fifth Open Government National Action Plan, 2022)
RUN_IN = [
    ("Improve Access to Government Data", "To improve public access to government data, the council will:",
     ["Expand Online Access to the Archives", "Publish Spending Data Every Month"]),
    ("Increase Civic Space", "To engage residents in its decisions, the council will:",
     ["Support Community Engagement in Budget Setting", "Pilot Citizens' Juries on Transport"]),
]
RUN_IN_DESCRIPTION = ("The council has consulted residents on this and will report on its progress to the "
                      "scrutiny committee each quarter, publishing the minutes online.")


def write_run_in(out: Path, title: str = "Open Government Action Plan 2025", name: str = "run_in_plan_2025") -> Path:
    from docx import Document
    doc = Document()
    doc.add_heading(title, level=0)
    for theme, cue, titles in RUN_IN:
        doc.add_heading(theme, level=1)
        doc.add_paragraph(cue)
        for t in titles:
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(t + ".").bold = True
            p.add_run(" " + RUN_IN_DESCRIPTION)
    path = out / f"{name}.docx"
    doc.save(str(path))
    return path


def write_unnumbered(out: Path, title: str = "Open Government Action Plan 2025",
                     name: str = "unnumbered_plan_2025") -> Path:
    """Unnumbered bold titles (a verb opening each) over paragraphs, under theme headings."""
    from docx import Document
    doc = Document()
    doc.add_heading(title, level=0)
    for theme, titles in THEMES:
        doc.add_heading(theme, level=1)
        for t in titles:
            doc.add_paragraph().add_run(t).bold = True
            doc.add_paragraph(DESCRIPTION)
    path = out / f"{name}.docx"
    doc.save(str(path))
    return path


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    print(write(folder))
    print(write_titles(folder))
    print(write_run_in(folder))
    print(write_unnumbered(folder))
