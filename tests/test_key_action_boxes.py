"""A designed strategy's 'Key actions' boxes: a landscape page set in two columns, each column an
area's heading, a paragraph of prose about it, then a box of its actions: a dark band with the label
('Key actions') in white type, and under it the items set in from the column's edge, parted by
space, no bullet printed.

Three readings make the actions (each tested here on synthetic pages drawn with reportlab):
- extract/pdfcolumns.looks_like_prose_columns: the box's items start at an edge of their own, set
  in from the column's; a block of lines at one indent is the column's too, so the page reads as
  two text columns, not as a table whose rows pair the left box's items with the right one's;
- normalise/commitments.lists_of: a plain line straight under a heading that only labels its list
  as actions ('Key actions', 'What we will do') is an item of that list; and the label, set in the
  area heading's own type, names no theme: the area heading above holds as the items' area;
- a review's lists ('Actions completed successfully', 'Actions withdrawn or on hold') and its
  prose under them are no actions of the plan.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read, words_of

import planx
from planx.extract.pdfgeom import text_lines
from planx.normalise.commitments import _why_not, bare_action_label, item_evidence

reportlab = pytest.importorskip("reportlab")
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

W, H = landscape(A4)
DARK = (0.45, 0.12, 0.3)

PAGES = [
    [("Join up the local services",
      "Partners meet each quarter to plan work across the county and share what they learn from it.",
      ["Set up a referral route from the housing team to the advice service for people who cannot "
       "leave home", "Train front line staff to offer brief advice at every visit",
       "Publish a joint directory of local support"]),
     ("Use data to guide the work",
      "Good local data lets us target resources where they are needed and track progress over time.",
      ["Build a model of the trend needed to meet the target",
       "Run a survey of pupils every two years on their habits", "Refresh the needs assessment",
       "Act on the audit findings so that every service records who it reaches"])],
    [("Help young people stay free of it",
      "Stopping the uptake among young people is essential if the county is to meet its goal.",
      ["Review the support offered to young people and what works best for them",
       "Embed a whole school approach with lessons on the risks",
       "Start a project at sports grounds (e.g. youth football leagues)"]),
     ("Keep public places clear",
      "Policies for clear places protect workers and visitors and prompt people to quit.",
      ["Audit the public buildings that already have a policy",
       "Bring in a policy for all council buildings", "Agree a policy with the hospital trusts",
       "Extend the policy to parks and play areas"])],
]


def _wrap(c: canvas.Canvas, x: float, y: float, text: str, width: int, pitch: float) -> float:
    line = ""
    for w in text.split():
        if line and len(line) + len(w) + 1 > width:
            c.drawString(x, y, line)
            y, line = y - pitch, ""
        line = f"{line} {w}".strip()
    c.drawString(x, y, line)
    return y


def _page(c: canvas.Canvas, areas: list, label: str) -> None:
    c.setFont("Helvetica-Bold", 15)
    c.drawString(36, H - 40, "HOW WILL WE GET THERE?")
    for k, (head, prose, items) in enumerate(areas):
        x = 36 + k * 406
        c.setFillColorRGB(*DARK)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(x, H - 120, head)
        c.rect(x, H - 150, 360, 1, fill=1, stroke=0)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.setFont("Helvetica", 11)
        _wrap(c, x, H - 170, prose, 55, 14)
        c.setFillColorRGB(*DARK)  # the band, the label on it in white
        c.rect(x + 66, H - 300, 294, 33, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(x + 86, H - 289, label)
        c.setFillColorRGB(*DARK)  # the box's bar down its left side
        c.rect(x + 33, H - 550, 6, 230, fill=1, stroke=0)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.setFont("Helvetica", 11)
        y = H - 340
        for it in items:  # set in from the column's edge, parted by space; the columns' gaps differ
            y = _wrap(c, x + 52, y, it, 48, 15) - (22 + 3 * k)
    c.setFont("Helvetica", 11)
    c.drawString(W - 70, 20, f"Page {c.getPageNumber()}")
    c.showPage()


def _review(c: canvas.Canvas) -> None:
    """A review of the old plan: what was done, what was dropped (bullets under bold labels)."""
    c.setFillColorRGB(0.2, 0.2, 0.2)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(36, H - 60, "County Strategy 2019-2022 review")
    c.setFont("Helvetica", 11)
    c.drawString(36, H - 80, "The old strategy ran for three years and most of its actions were met.")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(36, H - 120, "Actions completed successfully")
    c.setFont("Helvetica", 11)
    c.drawString(36, H - 140, "Two thirds of the original actions were considered complete in May 2022.")
    c.drawString(36, H - 160, "- Offer of support in the wellbeing service developed during the pandemic")
    c.drawString(36, H - 180, "- A new training course for providers was set up on mixed use")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(36, H - 220, "Actions withdrawn or on hold")
    c.setFont("Helvetica", 11)
    c.drawString(36, H - 240, "- Family service no longer runs - its actions moved into the rest of the plan")
    c.drawString(36, H - 260, "- Actions about support in dental practices")
    c.drawString(36, H - 280, "- Review actions will be considered in the new full strategy")
    c.showPage()


def _document(path: Path, label: str = "Key actions", review: bool = False) -> None:
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    c.setFont("Helvetica-Bold", 20)
    c.drawString(36, H - 60, "Clear Air County Strategy Extension 2023")
    c.setFont("Helvetica", 11)
    c.drawString(36, H - 90, "This extension sets out how the strategy will be delivered over the next two years.")
    c.showPage()
    if review:
        _review(c)
    for areas in PAGES:
        _page(c, areas, label)
    c.save()


def _convert(tmp_path: Path, **kw: object) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    src = tmp_path / "in"
    src.mkdir()
    _document(src / "strategy.pdf", **kw)  # type: ignore[arg-type]
    out = tmp_path / "out"
    planx.convert(src, out)
    return read(out, "actions"), read(out, "leftovers")


def _expected() -> list[tuple[str, str]]:
    return [(head, item) for areas in PAGES for head, _, items in areas for item in items]


@pytest.mark.parametrize("label", ["Key actions", "What we will do"])
def test_key_action_boxes_are_the_actions_of_their_column_area(tmp_path: Path, label: str) -> None:
    actions, leftovers = _convert(tmp_path, label=label)
    got = [(a["area"], a["action"]) for a in actions]
    assert sorted(got) == sorted(_expected())
    assert all(not a["lead"] for a in actions)  # '(e.g. youth football leagues)' names no one who acts
    kept = {r["text"] for r in leftovers}
    assert label in kept  # the label itself: kept aside, no action
    assert any(t.startswith("Partners meet each quarter") for t in kept)  # the prose: no action


def test_a_review_of_the_old_plan_gives_no_actions(tmp_path: Path) -> None:
    actions, leftovers = _convert(tmp_path, review=True)
    assert sorted((a["area"], a["action"]) for a in actions) == sorted(_expected())
    kept = " ".join(r["text"] for r in leftovers)
    for text in ("Two thirds of the original actions", "Offer of support in the wellbeing service",
                 "Actions about support in dental practices"):
        assert text in kept  # nothing lost


def _column(x: float, top: float, prose: int, items: list[int], indent: float) -> list[tuple[float, float, str]]:
    """`prose` lines of running text at x, then items (each n lines) set in by `indent`, parted by space."""
    text = "the partners will plan the work across the county and share what they learn from it"
    lines = [(x, top + 14 * i, text) for i in range(prose)]
    y = top + 14 * prose + 40
    for n in items:
        lines += [(x + indent, y + 15 * j, "train the front line staff to offer brief advice") for j in range(n)]
        y += 15 * n + 22
    return lines


def test_an_indented_box_of_items_is_its_columns_own() -> None:
    """A column of two prose lines over a box of items set in four letters from its edge: most of its
    lines start at the box's edge, and they still read as one column beside the other."""
    from planx.extract.pdfcolumns import looks_like_prose_columns
    left = text_lines(words_of(_column(36.0, 100.0, 3, [2, 2, 1, 2], 52.0), size=11.0))
    right = text_lines(words_of(_column(440.0, 100.0, 2, [1, 1, 1, 3], 52.0), size=11.0))
    assert looks_like_prose_columns(left, right)
    # a side whose lines start at many edges, each now and then, is no column of text
    scattered = [(36.0 + 30 * (i % 5), 100.0 + 15 * i, "train the front line staff to offer brief advice")
                 for i in range(12)]
    assert not looks_like_prose_columns(text_lines(words_of(scattered, size=11.0)), right)


def test_a_bare_label_names_no_theme() -> None:
    assert bare_action_label("Key actions")
    assert bare_action_label("What we will do")
    assert bare_action_label("Our actions")
    assert not bare_action_label("Actions carried forward")
    assert not bare_action_label("Working in partnership")


def test_base_verbs_ending_in_ed_are_no_past_reports() -> None:
    words = "embed the approach in every school".split()
    assert _why_not("Embed the approach in every school", words) == ""
    assert _why_not("Opened three hubs in the county", "opened three hubs in the county".split()) \
        == "reports what was done"
    ev = item_evidence("Start a project at sports grounds (e.g. youth football leagues)")
    assert "lead" not in ev.fields
