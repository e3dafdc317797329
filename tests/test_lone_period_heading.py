"""A date printed once at the head of a document ('Autumn 2019' under the title of a community
sustainability plan's draft) dates the document, not each of its sections: read as a period heading
grouping the topics below it, it gave every one of the plan's 94 actions the timeframe and due date
'Autumn 2019' (a real draft plan of a UK town's climate group, holdout24; and a school's strategic plan
whose title line prints '2014-2019', holdout25). Only a run of periods ('2025/26' … '2026/27') groups
topics (normalise/horizons.HorizonTrack.topic); a single dated heading over a topic heading ends there."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import planx

TOPICS = """\
- Promote energy efficient new homes and insulate existing buildings.
- Plant trees along the river and in the town's parks.
- Support local groups that repair and reuse household goods.
"""

LONE_DATE = f"""# Town 2030 and Beyond

## Autumn 2019

## Health and Happiness

### What we can do
{TOPICS}
## Travel

### What we can do
- Encourage walking and cycling to school with safe routes.
- Run a car club for residents who give up a second car.
- Ask the bus company for later evening services.
"""

RUN_OF_PERIODS = f"""# Early help plan

## 2025/26

### Early help

{TOPICS}
## 2026/27

### Early help

- Review the early help offer with families and partners.
- Publish the early help strategy on the council's website.
- Train every new practitioner in the assessment framework.
"""


def _convert(tmp_path: Path, text: str) -> Any:
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(str(path))


def test_a_date_printed_once_over_the_topics_dates_no_action(tmp_path):
    result = _convert(tmp_path, LONE_DATE)
    assert len(result.actions) == 6, [a.action for a in result.actions]
    assert {(a.timeframe, a.due_raw, a.due_date) for a in result.actions} == {("", "", "")}
    assert {a.area for a in result.actions} == {"Health and Happiness", "Travel"}


def test_a_run_of_periods_over_topics_still_dates_their_items(tmp_path):
    result = _convert(tmp_path, RUN_OF_PERIODS)
    assert len(result.actions) == 6, [a.action for a in result.actions]
    assert {a.timeframe for a in result.actions} == {"2025/26", "2026/27"}
