"""A tall action cell beside sub-rows (normalise/tallcells.py, walker_data_rows.tall_cell_row and
dated_row_below): an intro and lettered items merged down beside rows each with its own lead, date
and status is one action, its items the rows' milestones, in every rendering (Word, LibreOffice's
PDF, reportlab ruled and borderless, `pdftotext -layout`): tests/tallcell_plans.py draws them."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from conftest import ROOT

import planx
from planx.normalise.draft import Draft
from planx.normalise.tallcells import cell_item_list, goes_on_list, split_lumped_rows, tall_cell_rows

sys.path.insert(0, str(ROOT / "tests"))
import tallcell_plans as plans  # noqa: E402

# ---- the cell's item list ----------------------------------------------------------------------------


@pytest.mark.parametrize("text, intro, items", [
    ("Improve attendance tracking:\na) Weekly reports\nb) First-day calls\nc) Termly review",
     "Improve attendance tracking:", ["Weekly reports", "First-day calls", "Termly review"]),
    ("Strengthen safeguarding: 1. Annual training for all staff 2. Termly audit of records",
     "Strengthen safeguarding:", ["Annual training for all staff", "Termly audit of records"]),
    ("Develop science:\n• Map the units\n• Moderate the assessments", "Develop science:",
     ["Map the units", "Moderate the assessments"]),
    ("(a) Agree the scope (b) Draft the guidance", "", ["Agree the scope", "Draft the guidance"]),
    # a wrapped item (a PDF's narrow column) stays one item
    ("Improve / attendance tracking:\na) Weekly\nattendance reports\nb) First-day calls".replace(" / ", "\n"),
     "Improve attendance tracking:", ["Weekly attendance reports", "First-day calls"]),
])
def test_a_cell_of_an_intro_and_items_is_an_item_list(text, intro, items):
    assert cell_item_list(text) == (intro, items)


@pytest.mark.parametrize("text", [
    "Improve reading fluency in Year 3 through daily guided reading",
    "Review the plan by 3. Then agree it",  # a number in a sentence counts nothing
    "Improve attendance tracking: a) weekly reports",  # one item is no list
    "Agree the scope b) Draft the guidance c) Publish",  # a list must open at a / 1
])
def test_a_sentence_or_a_lone_item_is_no_item_list(text):
    assert cell_item_list(text) is None


@pytest.mark.parametrize("above, below, goes_on", [
    ("Strengthen the safeguarding culture: 1. Annual training for all staff", "2. Termly audit of the records", True),
    ("Improve attendance tracking: a) Weekly reports", "b) First-day calls c) Termly review", True),
    ("Develop the curriculum for science:", "1. Map the key stage 2 units", True),
    ("Develop the curriculum for science:", "• Map the key stage 2 units", True),
    # near-misses: numbered actions one a row, actions opening with the same words, a new list
    ("1. Improve reading fluency in Year 3", "2. Improve reading fluency in Year 4", False),
    ("Improve reading fluency in Year 3", "Improve reading fluency in Year 4", False),
    ("Review the behaviour policy with staff", "2. Termly audit of the records", False),
    ("Strengthen the culture: 1. Annual training", "1. Agree the new policy", False),
])
def test_a_row_going_on_with_the_list_above(above, below, goes_on):
    assert goes_on_list(above, below) is goes_on


def test_two_sub_rows_printed_as_one_are_parted_again():
    rows = [{"due": "Oct 2025", "status": "Complete"},
            {"due": "Nov 2025\nJan 2026", "status": "On track\nNot started"}]
    assert split_lumped_rows(rows) == [{"due": "Oct 2025", "status": "Complete"},
                                       {"due": "Nov 2025", "status": "On track"},
                                       {"due": "Jan 2026", "status": "Not started"}]
    # a date wrapped over two lines is one date ('Mar' / '2026'), kept
    assert split_lumped_rows([{"due": "end of March\n2026", "status": "Complete"}]) == \
        [{"due": "end of March\n2026", "status": "Complete"}]


def test_rows_holding_milestones_of_their_own_are_no_tall_cell():
    d = Draft(pieces={"action": ["Improve tracking: a) x b) y"]},
              sub_rows=[{"milestones": "x", "due": "May 2026"}, {"milestones": "y", "due": "June 2026"}])
    assert tall_cell_rows(d) is None
    d = Draft(pieces={"action": ["Improve tracking: a) x b) y"]}, sub_rows=[{"due": "May 2026"}])
    assert tall_cell_rows(d) is None  # one row: nothing merged down


# ---- the renderings agree ----------------------------------------------------------------------------

def expected(acts: list[plans.Act]) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Each action's text and its milestones (text, date, status) as the plan means them."""
    out = []
    for a in acts:
        listed = cell_item_list("\n".join(a.lines)) if len(a.subs) > 1 else None
        if listed is not None and len(listed[1]) == len(a.subs):
            out.append((listed[0], [(item, s.due, s.status) for item, s in zip(listed[1], a.subs, strict=True)]))
        elif listed is not None:
            out.append((" ".join(a.lines), [("", s.due, s.status) for s in a.subs]))
        else:
            out.append((" ".join(a.lines), []))
    return out


def read(path: Path) -> list[tuple[str, list[tuple[str, str, str]]]]:
    result = planx.convert_file(path)
    return [(" ".join(a.action.split()), [(m.milestone, m.due_raw, m.status_raw) for m in a.milestones])
            for a in result.actions]


@pytest.fixture(scope="module")
def drawn(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Path]]:
    folder = tmp_path_factory.mktemp("tallcells")
    return {name: plans.write_all(name, folder) for name in ("attendance", "misaligned", "progress", "pagebreak")}


RENDERINGS = ["docx", "ruled", "borderless", "txt_ruled", "txt_borderless", "libreoffice"]


def rendering(drawn: dict[str, dict[str, Path]], plan: str, kind: str) -> Path:
    if kind not in drawn[plan]:
        pytest.skip(f"no {kind} rendering here (LibreOffice or pdftotext missing)")
    return drawn[plan][kind]


@pytest.mark.parametrize("kind", RENDERINGS)
@pytest.mark.parametrize("plan", ["attendance", "progress"])
def test_a_tall_cell_is_one_action_with_its_items_as_milestones(drawn, plan, kind):
    got = read(rendering(drawn, plan, kind))
    assert got == expected(plans.PLANS[plan]())


@pytest.mark.parametrize("kind", RENDERINGS)
def test_items_that_do_not_line_up_keep_the_whole_cell_and_the_rows_dates(drawn, kind):
    got = read(rendering(drawn, "misaligned", kind))
    assert got == expected(plans.misaligned_plan())
    texts = [a for a, _ in got]
    assert len(texts) == len(set(texts))  # never the same text repeated


@pytest.mark.parametrize("kind", RENDERINGS)
def test_actions_alike_and_a_long_action_over_a_page_break_do_not_merge(drawn, kind):
    got = read(rendering(drawn, "pagebreak", kind))
    assert all(not ms for _, ms in got)
    alike = [a for a, _ in got if a.startswith("Improve reading fluency")]
    assert len(alike) == 14
    if kind not in ("ruled", "libreoffice"):  # (those two lose part of the long cell: see the report)
        long = next(a for a, _ in got if a.startswith("Introduce a whole-school approach"))
        assert long.endswith("for the following year.") and len(long) > 1500


def test_a_libreoffice_rendering_needs_soffice(drawn):
    assert ("libreoffice" in drawn["attendance"]) is (shutil.which("soffice") is not None)
