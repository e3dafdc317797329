"""A titled form cut by a page break whose next page opens with one of the forms' labels, its value
left empty ('Other actors involved' alone): the open form goes on, no title of a new one."""
from __future__ import annotations

import pytest

from planx.extract.model import Cell, Row, Table
from planx.normalise.tableforms import form_over_pages

LABELS = [("Lead government actors", "ODNI, DOJ and other agencies"), ("Other actors involved", "PCLOB"),
          ("Main objective", "Declassify and publish information about collection programs."),
          ("Brief description", "a. Release annual public reports."),
          ("End date", "This commitment is on track to be completed in 2015."),
          ("Next steps", "ODNI will continue publishing an annual report.")]


def _row(cells: list[str], page: int, line: int) -> Row:
    return Row([Cell(text=t, col=c) for c, t in enumerate(cells) if t], page, line)


def _form(title: str, pairs: list[tuple[str, str]], page: int, index: int, line: int = 10) -> Table:
    rows = ([Row([Cell(text=title, col=0, colspan=2)], page, line)] if title else []) + \
        [_row([label, value], page, line + 10 * (k + 1)) for k, (label, value) in enumerate(pairs)]
    return Table(rows=rows, page=page, index=index)


@pytest.mark.parametrize("cut", [1, 2])
def test_label_with_empty_value_opens_the_next_page(cut: int) -> None:
    first = _form("6. Increase Transparency", LABELS, 8, 1)
    open_form = _form("7. Make Privacy Information Accessible", LABELS[:cut], 9, 2, line=500)
    rest = [(label, "" if k == 0 else value) for k, (label, value) in enumerate(LABELS[cut:])]
    following = _form("", rest, 10, 3)
    whole, taken = form_over_pages([first, open_form, following], 1, set())
    assert taken == [2] and len(whole.rows) == 1 + len(LABELS)


def test_a_new_title_on_the_next_page_is_not_joined() -> None:
    # near miss: the next page opens with a form's own title (no label the forms print)
    first = _form("6. Increase Transparency", LABELS, 8, 1)
    open_form = _form("7. Make Privacy Information Accessible", LABELS[:1], 9, 2, line=500)
    following = _form("8. Open Federal Spending Data", LABELS, 10, 3)
    whole, taken = form_over_pages([first, open_form, following], 1, set())
    assert taken == [] and whole is open_form
