"""A table as wide as the plan table before it, whose first row names columns of its own and shares none
of the plan's headings, over columns of figures ('Payee | Detail | Total Amount | VAT' under a parish
council's minutes, after the 'NO | ACTION | Update | OWNER' tracker): its own table, not the tracker's
rows carried over a page (normalise/walker_table_layouts.headings_apart). Synthetic minutes of that
shape, two wordings; and a tracker the page broke, whose first row is data, still goes on under its
headings."""
from __future__ import annotations

import pytest

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise


def _row(texts: list[str], page: int, line: int) -> Row:
    return Row([Cell(t, k) for k, t in enumerate(texts)], page, line)


_TRACKER = [["NO", "ACTION", "Update", "OWNER"],
            ["03.19.04(1)", "NO to speak to the landowner about moving the oak tree", "Under way", "NO"],
            ["03.19.07(2)", "Clerk to circulate the quote for treework", "completed", "CF"],
            ["03.19.09(1)", "KA to speak to Richard regarding expanding the WhatsApp group", "In hand", "KA"]]


def _minutes(second: list[list[str]], between: bool = True) -> RawDocument:
    blocks: list[Paragraph | Table] = [Paragraph("MINUTES OF THE PARISH COUNCIL MEETING", 1, 1, heading=True),
                                       Paragraph("Actions from previous meeting", 1, 2),
                                       Table([_row(r, 1, k) for k, r in enumerate(_TRACKER)], 1, 1)]
    if between:
        blocks += [Paragraph("05.19.10 Finance - The following accounts were approved for payment", 3, 1)]
    blocks += [Table([_row(r, 3 if between else 2, k) for k, r in enumerate(second)], 3 if between else 2, 2)]
    return RawDocument(name="minutes.pdf", format="pdf", path="minutes.pdf", pages=3, blocks=blocks)


@pytest.mark.parametrize("payments", [
    [["Payee", "Detail", "Total Amount", "VAT"], ["Countrywide", "maintenance Jan-Feb", "140.00", "28.00"],
     ["Nigel Prickett", "grasscutting", "396.00", "66.00"], ["HMRC", "PAYE", "16.00", ""]],
    [["Supplier", "Description", "Net", "Tax"], ["Acme Mowers", "mower service", "£210.00", "£42.00"],
     ["Village Hall", "room hire", "£30.00", ""], ["Acme Mowers", "blade sharpening", "£45.00", "£9.00"]],
])
def test_a_payments_table_as_wide_as_the_tracker_is_no_part_of_it(payments):
    result = normalise(_minutes(payments))
    assert [a.action[:20] for a in result.actions] == ["NO to speak to the l", "Clerk to circulate t",
                                                      "KA to speak to Richa"]
    assert any("names columns of its own" in w for w in result.warnings)


def test_a_tracker_broken_by_a_page_goes_on_under_its_headings():
    more = [["04.19.01", "CF to order two dog bins for the recreation ground", "Ordered", "CF"],
            ["04.19.02", "JH to arrange purchase of speeding signs", "", "JH"]]
    result = normalise(_minutes(more, between=False))
    assert [a.lead for a in result.actions] == ["NO", "CF", "KA", "CF", "JH"]
