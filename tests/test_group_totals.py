"""A totals row naming the group it sums before its label ('Fundraising total:', 'Proponent/government
contribution total: £8,000,000') is no action: kept in leftovers as a totals row."""
from __future__ import annotations

from pathlib import Path

import pytest

from planx.extract import extract
from planx.normalise import normalise
from planx.normalise.columns import totals_label


@pytest.mark.parametrize("text", ["Fundraising total:", "Proponent/government contribution total:",
                                  "Fundraising total: £9,024,140", "Capital programme subtotal:", "Revenue totals ="])
def test_group_total_labels(text: str) -> None:
    assert totals_label(text)


@pytest.mark.parametrize("text", ["Review the running total", "Agree the budget total: see annex",
                                  "Calculate the fundraising total: by May", "Maintain total"])
def test_near_misses_stay_actions(text: str) -> None:
    assert not totals_label(text)


def test_html_plan_with_group_totals(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>1.{k} – {a}</td><td>CWF</td><td>$100,000.00</td></tr>"
                   for k, a in enumerate(["Rehabilitate dykes and berms", "Reconnect channels to refugia",
                                          "Remove and decommission barriers"], 1))
    html = ("<html><body><h1>Operational Plan 2023</h1><table><tr><th>Strategy / Actions</th><th>Lead(s)</th>"
            f"<th>Total Budget</th></tr>{rows}<tr><td>Total:</td><td></td><td>$300,000.00</td></tr>"
            "<tr><td>Fundraising total:</td><td></td><td>$200,000</td></tr>"
            "<tr><td>Proponent/government contribution total:</td><td></td><td>$100,000</td></tr>"
            "</table></body></html>")
    path = tmp_path / "plan.html"
    path.write_text(html, encoding="utf-8")
    result = normalise(extract(path))
    assert [a.action for a in result.actions] and not any("total" in a.action.lower() for a in result.actions)
    assert any("Fundraising total" in left.text for left in result.leftovers)
