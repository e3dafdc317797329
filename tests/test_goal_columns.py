"""A plan laid out as goal columns side by side, and the same plan as a form per initiative (issue 14).

The shapes are those of the US National Archives' Social Media Strategy FY 2017-2020 (public domain;
tests/fixtures/real, SOURCES.md), which prints one strategy two ways:

- on one A3 page, four goal columns side by side, each its own table ('1. Tell Great Stories', a
  paragraph introducing it, 'Initiatives | Action Items', a row per initiative with its bullets set
  hard against their words ('●Coach staff …'), a 'Data in Action' band), the headings set in the
  page's top margin, the rows aligned across the page by the designer and one grid of rulings drawn
  over all four;
- on one letter page, per goal a number over its title, then per initiative a heading-sized
  'Initiative' over its title (or run in with it on one line) and 'Action' over its bullets.

Read across, the first is one table of eight columns whose header row says 'Initiatives | Action
Items' four times; read down, each column is a plan table. The second has no colon and no bold: its
labels are the words printed again and again, in a heading's size, each over a value of its own.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from planx.extract.model import Paragraph, RawDocument
from planx.extract.pdfgeom import Word
from planx.extract.pdfpage import opens_with_bullet
from planx.extract.pdfpanels import gutter_rows, repeated_labels
from planx.extract.pdfrules import clipped, edge
from planx.normalise.headers import classify, read_header
from planx.normalise.labelforms import read_label_forms

REAL = Path(__file__).parent / "fixtures" / "real"
ONEPAGE = REAL / "nara_social_media_strategy_fy17-20_onepage.pdf"
LETTER = REAL / "nara_social_media_strategy_fy17-20_letter.pdf"


def _word(text: str, x0: float, top: float, size: float = 10.0) -> Word:
    return Word(text, x0, x0 + 6.0 * len(text), top, top + size, size)


def _goal(x0: float, number: int, labels: bool) -> list[Word]:
    """A goal's column: its heading at the page's top (in the margin), an 'Initiatives' header (when
    `labels`) and three initiatives' bullets whose rows start at the same heights in every column."""
    words = [_word(f"{number}.Goal", x0, 20.0, 14.0)]
    y = 60.0
    if labels:
        words.append(_word("Initiatives", x0, y))
        y += 20
    for k in range(3):
        words += [_word(f"\u25cfEstablishment{k}", x0, y), _word("\u25cfCoaching", x0, y + 14)]
        y += 40
    return words


def test_a_bullet_set_hard_against_its_word_opens_an_item() -> None:
    assert opens_with_bullet("\u25cfCoach staff in using content strategy")
    assert opens_with_bullet("\u2022 Develop a clear narrative")
    assert not opens_with_bullet("\u25cf")  # a glyph alone opens nothing
    assert not opens_with_bullet("Coach \u25cfstaff")


def test_goal_columns_headed_in_the_top_margin_with_labels_of_their_own_are_panels() -> None:
    cols = [_goal(40 + 180 * i, i + 1, labels=True) for i in range(3)]
    rows = gutter_rows([w for c in cols for w in c], 600.0, (50.0, 700.0))
    assert len(rows) == 1 and len(rows[0].boxes) == 3
    assert rows[0].top < 50.0  # the columns' headings, in the margin, head them
    # the same columns with no label of their own: rows side by side across the page are a table's
    plain = [_goal(40 + 180 * i, i + 1, labels=False) for i in range(3)]
    assert gutter_rows([w for c in plain for w in c], 600.0, (50.0, 700.0)) == []


def test_a_title_across_one_gutter_ends_the_columns() -> None:
    # four columns, a title across the second gutter only: the other two gutters run on up past it,
    # but the columns end under it (read from there, two gutters would make three columns)
    cols = [_goal(40 + 180 * i, i + 1, labels=True) for i in range(4)]
    title = [_word("NationalStrategy", 300, 4.0)]
    rows = gutter_rows([w for c in cols for w in c] + title, 640.0, (50.0, 700.0))
    assert len(rows) == 1 and len(rows[0].boxes) == 4 and rows[0].top > 4.0


def test_labels_printed_in_each_part() -> None:
    from planx.extract.pdfgeom import text_lines
    parts = [text_lines(_goal(40, 1, labels=True)), text_lines(_goal(40, 2, labels=True))]
    assert repeated_labels(parts)
    assert not repeated_labels([text_lines(_goal(40, 1, labels=False)), text_lines(_goal(40, 2, labels=False))])


def test_a_panel_keeps_the_rulings_inside_it() -> None:
    rules = [edge(36, 100, 1160, 100), edge(286, 36, 286, 780), edge(600, 36, 600, 780)]
    mine = clipped(rules, (20.0, 30.0, 300.0, 790.0))
    assert [(e["x0"], e["x1"], e["orientation"]) for e in mine] == [(36, 300.0, "h"), (286, 286, "v")]


def test_initiatives_beside_action_items_are_what_the_items_serve() -> None:
    header = read_header([(0, 1, "Initiatives"), (1, 1, "Action Items")])
    assert header is not None
    assert [c.field for c in header.columns] == ["objective", "action"]
    alone = read_header([(0, 1, "Initiative"), (1, 1, "Lead"), (2, 1, "Due")])
    assert alone is not None and alone.columns[0].field == "action"  # alone, the initiative is the action


def _p(text: str, size: float, heading: bool = False) -> Paragraph:
    return Paragraph(text, 1, 1, heading=heading, size=size)


def _form_doc(objective_label: str = "Initiative") -> RawDocument:
    blocks: list[Paragraph] = [_p("Social Media Strategy 2017-2020", 32.0, True)]
    for g, goal in enumerate(("Tell Great Stories", "Deepen Engagement", "Grow Our Audience"), 1):
        blocks += [_p(str(g), 20.0, True), _p(goal, 12.0, True)]
        for k in range(2):
            blocks += [_p(objective_label, 11.0, True), _p(f"Support staff storytelling {g}.{k}", 7.0),
                       _p("Action", 11.0, True),
                       _p("\u2022 Coach staff in using content strategy", 7.0),
                       _p("\u2022 Establish a Social Media Idea Lab", 7.0)]
    for n, b in enumerate(blocks):
        b.line = n + 1
    return RawDocument(path="", name="d.pdf", format="pdf", blocks=list(blocks))


def test_labels_set_above_their_values_in_a_headings_size_make_a_form() -> None:
    forms = read_label_forms(_form_doc().blocks, classify)
    assert forms is not None
    records = [r for rs in forms.records.values() for r in rs]
    assert len(records) == 6
    assert forms.fields == {"initiative": "objective", "action": "action"}
    # the number over each goal's title groups the records below it
    assert sorted(set(forms.areas.values())) == [("1", "Tell Great Stories"), ("2", "Deepen Engagement"),
                                                 ("3", "Grow Our Audience")]


def test_a_form_of_action_lists_alone_is_no_plan() -> None:
    # 'Background' over a paragraph and 'Action' over bullets, record after record: no label says what
    # the action serves, nor who or when: no plan's form
    assert read_label_forms(_form_doc("Background").blocks, classify) is None


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import planx
    out = tmp_path_factory.mktemp("goals")
    planx.convert([ONEPAGE, LETTER], out=out, jobs=1, report=False)
    return out


def _actions(out: Path, name: str) -> list[dict[str, str]]:
    with open(out / "actions.csv", newline="", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["doc"] == name]


def test_the_plan_on_a_page_reads_column_by_column(converted: Path) -> None:
    rows = _actions(converted, ONEPAGE.name)
    assert len(rows) == 16  # one per initiative; the 'Data in Action' bands are kept aside
    first = rows[0]
    assert (first["area_ref"], first["area"]) == ("1", "Tell Great Stories")
    assert first["objective"] == "1.1 Support staff storytelling"
    assert first["action"].startswith("\u25cfCoach staff in using content strategy")
    assert [r["area_ref"] for r in rows] == [str(g) for g in (1, 2, 3, 4) for _ in range(4)]


def test_the_form_per_initiative_reads_one_action_per_initiative(converted: Path) -> None:
    rows = _actions(converted, LETTER.name)
    assert len(rows) == 15
    first = rows[0]
    assert (first["area_ref"], first["area"], first["objective"]) == ("1", "Tell Great Stories",
                                                                     "Support staff storytelling")
    assert first["action"] == ("Coach staff in using content strategy and set success metrics; Establish a Digital "
                               "Plan for all projects to function as a checklist of best practices and a capsule "
                               "strategy; Coordinate logistics for different levels of staff involvement; "
                               "Establish a Social Media Idea Lab")
    # 'Initiative Define a content strategy': the label run in with its value on one line
    assert rows[1]["objective"] == "Define a content strategy"
    # the 'Data in Action' paragraph under the last initiative's bullets is no item of its list
    assert "Data in Action" not in rows[3]["action"]
