"""A borderless plan table (a Word table with only its heading row underlined, printed by LibreOffice,
landscape) whose long cells run over page breaks. The next page opens with the rest of the cut row
(text in the Action and Milestones columns only) and then holds one whole row: too little for the
page's own white space to tell rows apart (one gap between rows, nothing to compare it with). The
cut row's rest is a row of its own, stitched to the row it goes on from, never the start of the next
row's cells; the next row is whole. The layout below is the words of such a LibreOffice print (one
dict a line: column → text), drawn where LibreOffice set them."""
from __future__ import annotations

import csv
from pathlib import Path

import planx
from planx.extract.pdfborderless import Frag, cut_row_end

COLX = (51.1, 149.7, 248.2, 346.8, 445.3, 543.9, 642.4)  # Ref, Action, Lead, Resources, Milestones, Date, RAG
PAGES = [
    [
        (117.8, {0: 'Ref', 1: 'Action', 2: 'Lead', 3: 'Resources', 4: 'Milestones /', 5: 'Target date', 6: 'RAG'}),
        (132.6, {4: 'success'}),
        (147.4, {4: 'measures'}),
        (173.5, {0: '1.1', 1: 'Staff', 2: 'Head of Early', 3: 'Within budget',
                 4: 'That families', 5: 'Q3 2024/25', 6: 'Amber'}),
        (188.2, {1: 'understand', 2: 'Help', 4: 'receive help at'}),
        (202.9, {1: 'when to', 4: 'the earliest'}),
        (217.6, {1: 'escalate', 4: 'point and staff'}),
        (232.3, {1: 'concerns', 4: 'understand'}),
        (247.0, {1: 'through', 4: 'when to'}),
        (261.7, {1: 'supervision', 4: 'escalate'}),
        (276.4, {1: 'audit findings', 4: 'concerns'}),
        (291.1, {1: 'reported', 4: 'through'}),
        (305.8, {1: 'quarterly to', 4: 'supervision.'}),
        (320.5, {1: 'the board'}),
        (335.2, {1: 'including.'}),
        (359.8, {0: '1.2', 1: 'Within', 2: 'Service', 3: 'Existing staff',
                 4: 'The referral', 5: 'Q3 2024/25', 6: 'Amber'}),
        (374.5, {1: 'timescales', 2: 'Manager,', 4: 'pathway with'}),
        (389.2, {1: 'review the', 2: 'MASH', 4: 'partners and'}),
        (403.9, {1: 'referral', 4: 'agree a shared'}),
        (418.6, {1: 'pathway with', 4: 'threshold'}),
        (433.3, {1: 'partners and', 4: 'document so'}),
        (448.0, {1: 'agree a shared', 4: 'that families'}),
        (462.7, {1: 'threshold', 4: 'receive help at'}),
        (477.4, {1: 'document so', 4: 'the earliest'}),
        (492.1, {1: 'that families', 4: 'point and staff'}),
        (506.8, {1: 'receive help at', 4: 'understand'}),
        (521.5, {1: 'the earliest', 4: 'when to'}),
        (536.2, {1: 'point and staff', 4: 'escalate'}),
    ],
    [
        (50.2, {1: 'understand', 4: 'concerns'}),
        (64.9, {1: 'when to', 4: 'through'}),
        (79.6, {1: 'escalate', 4: 'supervision'}),
        (94.3, {1: 'concerns', 4: 'audit findings'}),
        (109.0, {1: 'through', 4: 'reported'}),
        (123.7, {1: 'supervision.', 4: 'quarterly to'}),
        (138.4, {4: 'the board'}),
        (153.1, {4: 'including data'}),
        (167.8, {4: 'on repeat'}),
        (182.5, {4: 'referrals.'}),
        (207.2, {0: '1.3', 1: 'Review the', 2: 'QA Lead', 3: 'Within budget', 4: 'Families', 5: 'Ongoing', 6: 'Green'}),
        (221.9, {1: 'referral', 4: 'receive help at'}),
        (236.6, {1: 'pathway with', 4: 'the earliest'}),
        (251.3, {1: 'partners and', 4: 'point and staff'}),
        (266.0, {1: 'agree a shared', 4: 'understand'}),
        (280.7, {1: 'threshold', 4: 'when to'}),
        (295.4, {1: 'document so', 4: 'escalate'}),
        (310.1, {1: 'that families', 4: 'concerns'}),
        (324.8, {1: 'receive help at', 4: 'through'}),
        (339.5, {1: 'the earliest', 4: 'supervision'}),
        (354.2, {1: 'point and staff', 4: 'audit findings'}),
        (368.9, {1: 'understand', 4: 'reported'}),
        (383.6, {1: 'when to', 4: 'quarterly to'}),
        (398.3, {1: 'escalate', 4: 'the board'}),
        (413.0, {1: 'concerns', 4: 'including data'}),
        (427.7, {1: 'through', 4: 'on repeat'}),
        (442.4, {1: 'supervision', 4: 'referrals and'}),
        (457.1, {1: 'audit.', 4: 'the quality of'}),
        (471.8, {4: 'assessments'}),
        (486.5, {4: 'completed'}),
        (501.2, {4: 'within'}),
        (515.9, {4: 'timescales'}),
        (530.6, {4: 'review the'}),
        (545.3, {4: 'referral'}),
    ],
]


def _pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas
    w, h = 792.0, 612.0
    c = canvas.Canvas(str(path), pagesize=(w, h))
    for k, page in enumerate(PAGES):
        if k == 0:
            c.setFont("Times-Bold", 14)
            c.drawString(COLX[0], h - 74 - 11, "Children's Services Improvement Plan 2024-25")
            c.line(45.6, h - 173.5 + 4, 735.5, h - 173.5 + 4)  # the heading row's underline: the only rule
        for top, cells in page:
            c.setFont("Times-Bold" if k == 0 and top < 160 else "Times-Roman", 11)
            for col, text in cells.items():
                c.drawString(COLX[col], h - top - 9, text)
        c.showPage()
    c.save()
    return path


def _truth() -> dict[str, list[str]]:
    """Each row's cells as a reader sees them: the lines of a column joined, over the page break."""
    rows: dict[str, list[list[str]]] = {}
    ref = ""
    for k, page in enumerate(PAGES):
        for top, cells in page:
            if k == 0 and top < 160:
                continue  # the heading row
            if 0 in cells:
                ref = cells[0]
                rows[ref] = [[] for _ in COLX]
            for col, text in cells.items():
                rows[ref][col].append(text)
    return {r: [" ".join(parts) for parts in cols] for r, cols in rows.items()}


def test_the_page_after_the_break_opens_with_the_cut_rows_rest() -> None:
    assert all(0 not in cells for _, cells in PAGES[1][:10])  # no reference: the rest of row 1.2
    assert [cells[0] for _, cells in PAGES[1] if 0 in cells] == ["1.3"]  # and one whole row


def test_the_cut_row_goes_on_and_the_next_row_is_whole(tmp_path: Path):
    path = _pdf(tmp_path / "cut_rows.pdf")
    planx.convert([path], out=tmp_path / "out")
    with open(tmp_path / "out" / "actions.csv", encoding="utf-8") as f:
        got = {a["ref"]: a for a in csv.DictReader(f)}
    truth = _truth()
    assert sorted(got) == sorted(truth) == ["1.1", "1.2", "1.3"]
    for ref, cells in truth.items():
        a = got[ref]
        assert " ".join(a["action"].split()) == cells[1]
        assert (a["lead"], a["due_raw"]) == (cells[2], cells[5])
        assert cells[6] in (a["rag"], a["rag_raw"])


def test_cut_row_end_is_the_first_line_with_first_column_text() -> None:
    def line(k: int, *cols: int) -> list[Frag]:
        return [Frag(c, c, [], k) for c in cols]
    assert cut_row_end([line(0, 1, 4), line(1, 4), line(2, 0, 1, 2, 3, 4, 5, 6)]) == 2
    assert cut_row_end([line(0, 0, 1, 2), line(1, 1)]) is None  # the page opens with a whole row
    assert cut_row_end([line(0, 1), line(1, 2)]) is None  # no row starts on the page
