"""How a person picks a document's title: the line naming the kind of document, not the body that
publishes it; a cover's fields are no part of it; a running header naming the document under a label
is its name; a title in capitals goes on to say which part of its years it covers. Synthetic shapes."""
from __future__ import annotations

from planx.extract.model import Cell, Paragraph, Row, Table
from planx.normalise.title import field_line, names_body_only, pick_title, running_title, title_rows

TEXT = "This paper sets out how the service will respond to the findings over the coming months."


def _para(text: str, line: float, size: float, bold: bool = False, heading: bool = False,
          page: int = 1) -> Paragraph:
    return Paragraph(text=text, page=page, line=line, heading=heading, size=size, bold=bold)


def _body(size: float, first: float = 300) -> list[Paragraph]:
    return [_para(TEXT, first + 20 * i, size) for i in range(8)]


# ---- a running header: a label and the document's name with its years ---------------------------------

def test_a_running_header_labelled_as_an_appendix_names_the_document() -> None:
    reason = "running header/footer repeated on 9 pages (pages 1-9)"
    assert running_title([("Annex C: Service Pressures Register 2024-25", reason, 1, 30)]) \
        == "Annex C: Service Pressures Register 2024-25"
    # near miss: a label and a date only is when the page was printed
    assert running_title([("Printed On: March 3, 2025", reason, 1, 30)]) == ""


# ---- a cover box's fields under its title ------------------------------------------------------------

def _box(*texts: str) -> Table:
    return Table([Row([Cell(t, 0, 1), Cell("", 1, 1)], page=1, line=k + 1) for k, t in enumerate(texts)],
                 page=1, index=0)


def test_a_cover_boxs_fields_are_no_part_of_its_title() -> None:
    box = _box("Hillcrest Academy\nEquality Plan 2021-2024\n", "DATE APPROVED: March 2021",
               "NEXT REVIEW DUE: March 2024", "OWNED BY: Standards Committee")
    assert [p.text for p in title_rows([box])] == ["Hillcrest Academy Equality Plan 2021-2024"]
    # near miss: a box's lines that are the title's own, its subtitle and years, stay one line
    box = _box("Green Spaces Delivery Plan", "Delivering the vision together", "2022 – 2025")
    assert [p.text for p in title_rows([box])] \
        == ["Green Spaces Delivery Plan Delivering the vision together 2022 – 2025"]


def test_field_lines() -> None:
    assert field_line("DATE OF NEXT REVIEW: October 2022")
    assert field_line("Approved: 4 May 2023")
    assert not field_line("Strategy: Delivering the Vision")
    assert not field_line("Appendix 2: Draft Action Plan")


# ---- the body's name and the document's ---------------------------------------------------------------

def test_a_body_named_first_then_what_it_is_of() -> None:
    assert names_body_only("Office of Climate Resilience")
    assert names_body_only("Regional Council on Ageing")
    assert not names_body_only("Council on Ageing Annual Plan")
    assert not names_body_only("Growing Together")


def test_a_letterhead_over_a_bold_document_name_in_the_texts_size() -> None:
    paras = [_para("Office of Climate Resilience", 50, 15.0, bold=True, heading=True),
             _para("12 Harbour Road, Port Ellen", 70, 11.0),
             _para("Position Statement", 115, 12.0, bold=True),
             _para("Current role", 135, 12.0),
             *_body(12.0),
             _para("General Statement", 480, 12.0, bold=True)]
    assert pick_title(paras)[0] == "Position Statement"


def test_a_body_over_a_document_name_set_over_two_lines() -> None:
    paras = [_para("Elmfield Junior School", 40, 24.0, bold=True, heading=True),
             _para("Sports premium spending", 80, 18.0, heading=True),
             _para("Report: 2019/20", 114, 18.0, heading=True),
             _para("Overview", 170, 12.0, bold=True, heading=True),
             *[_para(TEXT, 200 + 25 * i, 18.0) for i in range(10)]]
    assert pick_title(paras)[0] == "Sports premium spending Report: 2019/20"


def test_a_name_over_the_documents_kind_set_apart_below_it() -> None:
    paras = [_para("The Ark (Nursery)", 47, 20.0, heading=True),
             _para("Safeguarding Policy", 102, 16.0, heading=True),
             *_body(10.0, 170)]
    assert pick_title(paras)[0] == "Safeguarding Policy"
    # near miss: a subject set hard over the document's name is the title's first part
    paras = [_para("Riverside Estate", 47, 20.0, heading=True),
             _para("Regeneration Strategy", 70, 18.0, heading=True),
             *_body(10.0, 170)]
    assert pick_title(paras)[0] == "Riverside Estate Regeneration Strategy"


# ---- a title in capitals ending with its years --------------------------------------------------------

def test_a_capitals_title_goes_on_to_say_which_part_of_its_years() -> None:
    paras = [_para("RIVERTON COUNTY PROPERTY TAX RECEIPTS 2024-2025", 55, 8.4),
             _para("YEAR TO DATE", 77, 8.4),
             _para("% CHANGE 4.1% 2.2% 3.0%", 400, 8.4)]
    assert pick_title(paras)[0] == "RIVERTON COUNTY PROPERTY TAX RECEIPTS 2024-2025 YEAR TO DATE"
    # near miss: a line further down, past a title's own spacing, stays apart
    paras[1] = _para("YEAR TO DATE", 120, 8.4)
    assert pick_title(paras)[0] == "RIVERTON COUNTY PROPERTY TAX RECEIPTS 2024-2025"
