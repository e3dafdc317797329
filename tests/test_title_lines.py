"""What a title line is: a line that stands alone as the title; the publishing body's name printed
on a line of its own (above or below the title) is no part of it; a title cut mid-date goes on."""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.extract import extract
from planx.extract.model import Paragraph
from planx.extract.pdfpage import body_over_title
from planx.normalise import normalise

PLAN_BODY = ["", "Priority 1: Early help", "", "Action: Open a triage desk by March 2027", "Lead: Head of Housing",
             "Target date: 31/03/2027", ""]


def _title(tmp_path: Path, lines: list[str]) -> str:
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    return normalise(extract(path)).title


@pytest.mark.parametrize("title,body", [("Improvement and Recovery Plan 2026/27", "Hallingbury City Council"),
                                        ("Service Delivery Plan 2025-26", "Northfold Borough Council"),
                                        ("Action Plan", "Westmoor NHS Foundation Trust")])
def test_body_name_under_title_is_not_joined(tmp_path: Path, title: str, body: str) -> None:
    assert _title(tmp_path, [title, body, *PLAN_BODY]) == title


def test_wrapped_title_still_joins(tmp_path: Path) -> None:
    # near miss: a title going on over its next line (no body's name) stays whole
    got = _title(tmp_path, ["Children's Services Improvement", "and Recovery Plan", *PLAN_BODY])
    assert got == "Children's Services Improvement and Recovery Plan"


@pytest.mark.parametrize("first,second", [("Minutes of the Patient Group meeting held on 4", "February 2026"),
                                          ("Minutes of the Board meeting of 12th", "March 2025")])
def test_title_cut_mid_date_goes_on(tmp_path: Path, first: str, second: str) -> None:
    got = _title(tmp_path, [first, second, "Kingsgate Hospitals NHS Trust", "",
                            "1. Actions", "", "- Publish the newsletter (Lead: Chair, by 31 March 2026)", ""])
    assert got == f"{first} {second}"


def test_body_over_title_rule() -> None:
    assert body_over_title("Decoy Community Primary School", "Pupil Premium Strategy Statement 2021 - 2022")
    assert body_over_title("Hallingbury City Council", "Improvement Plan")
    assert not body_over_title("Hallingbury City Council Improvement", "Plan 2026")  # wrapped title
    assert not body_over_title("Federal Data Strategy", "2021 Action Plan")


def _cover_pdf(path: Path, lines: list[tuple[str, float]]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    y = height - 70
    for text, size in lines:
        c.setFont("Helvetica-Bold" if size > 12 else "Helvetica", size)
        c.drawCentredString(width / 2, y, text)
        y -= size * 1.2
    c.setFont("Helvetica", 11)
    y -= 20
    for text in ["This statement details our use of the funding to help improve attainment.",
                 "Action: Deliver phonics training for all staff. Lead: English lead. By July 2022."]:
        c.drawString(60, y, text)
        y -= 16
    c.save()


@pytest.mark.parametrize("name,title", [
    ("Decoy Community Primary School", "Pupil Premium Strategy Statement 2021 - 2022"),
    ("Northfold Borough Council", "Corporate Improvement Plan")])
def test_pdf_body_name_over_title(tmp_path: Path, name: str, title: str) -> None:
    path = tmp_path / "cover.pdf"
    _cover_pdf(path, [(name, 18), (title, 18)])
    assert normalise(extract(path)).title == title


def test_pdf_title_over_two_lines_stays_whole(tmp_path: Path) -> None:
    path = tmp_path / "cover.pdf"
    _cover_pdf(path, [("Federal Data Strategy", 18), ("2021 Action Plan", 18)])
    assert normalise(extract(path)).title == "Federal Data Strategy 2021 Action Plan"


def _para(text: str, line: int, size: float, bold: bool = False) -> Paragraph:
    return Paragraph(text=text, page=1, line=line, heading=size > 12, size=size, bold=bold)


@pytest.mark.parametrize("first,second,want", [
    ("Minutes of the Improvement Board meeting held on 10 July .", "2027 4", "10 July 2027"),
    ("Minutes of the Cabinet meeting held on 3", "March 2026 ~", "3 March 2026"),
])
def test_scan_title_cut_mid_date_takes_the_date_only(first: str, second: str, want: str) -> None:
    from planx.normalise.title import pick_title
    paras = [_para(first, 46, 16.0, True), _para(second, 65, 20.3, True), _para("Northmoor Borough Council", 89, 10.7),
             _para("The report was presented and discussed. Members noted the demand and the steps to manage it. ~",
                   285, 10.7),
             _para("2. Minutes of the previous meeting and matters arising", 183, 10.7, True)]
    title, _ = pick_title(paras)
    assert title.endswith(want) and title.startswith("Minutes of the")


def test_stray_mark_does_not_make_a_sentence_a_title() -> None:
    from planx.normalise.title import pick_title
    paras = [_para("Quarterly Performance Report", 40, 18.0, True),
             _para("The report was presented and discussed. Members noted it. ~", 90, 10.7)]
    assert pick_title(paras)[0] == "Quarterly Performance Report"


def test_date_below_a_whole_title_is_not_joined() -> None:
    # near miss: the title does not break off mid-date, so the dated line below stays apart
    from planx.normalise.title import pick_title
    paras = [_para("Minutes of the Improvement Board", 46, 16.0, True), _para("2027 Meeting papers", 65, 11.0)]
    assert pick_title(paras)[0] == "Minutes of the Improvement Board"



@pytest.mark.parametrize("name,title", [
    ("THE OPEN GOVERNMENT PARTNERSHIP", "FOURTH NATIONAL ACTION PLAN FOR OPEN GOVERNMENT")])
def test_body_name_set_largest_on_a_cover_gives_way(tmp_path: Path, name: str, title: str) -> None:
    path = tmp_path / "cover.pdf"
    _cover_pdf(path, [(name, 36), (title, 26)])
    assert normalise(extract(path)).title == title


def test_body_name_over_a_smaller_line_naming_no_document() -> None:
    # near miss: the line in display type below names no document: the rule keeps out of it
    from planx.normalise.title import pick_title
    paras = [_para("THE HEALTH AND CARE PARTNERSHIP", 40, 36.0, True), _para("2024 Review", 300, 11.0),
             _para("The partnership sets out what it wants for the county over the next years.", 340, 11.0)]
    assert pick_title(paras)[0] == "THE HEALTH AND CARE PARTNERSHIP"



def test_title_line_breaking_off_at_a_dash_joins_the_line_under_it() -> None:
    # a title wrapped after its dash, in the title's own modest type (not display type): the line
    # above the one naming the kind of document breaks off mid-phrase, so it is the title's first
    # part, not a body's name over it
    from planx.normalise.title import pick_title
    lines = [Paragraph("Northfold Carers Partnership Board –", page=1, line=59, heading=True, size=13.0, bold=True),
             Paragraph("Action Plan", page=1, line=75, heading=True, size=13.0, bold=True),
             Paragraph("About this plan", page=1, line=80, heading=True, size=10.0, bold=True)]
    lines += [Paragraph("The board owns the plan and reviews it every quarter with partners.", page=1,
                        line=100 + 12 * k, size=8.5) for k in range(8)]
    assert pick_title(lines)[0] == "Northfold Carers Partnership Board – Action Plan"
    lines[0] = Paragraph("Northfold Carers Partnership Board", page=1, line=59, heading=True, size=13.0, bold=True)
    assert pick_title(lines)[0] == "Action Plan"  # a name over the title, breaking off nowhere: not joined
