"""Generate a Word plan that heads each action with its own numbered heading ('Commitment 1'),
as national action plans and inspection responses do: area headings (Heading 1), one heading per
commitment (Heading 2), the commitment's paragraph, a 'Supporting organisations' label and a
'Timescales' label over the milestones as bullets. Shaped like the OGP UK National Action Plan
summary (Crown copyright, OGL); the text here is invented.

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


if __name__ == "__main__":
    print(write(Path(sys.argv[1] if len(sys.argv) > 1 else ".")))
