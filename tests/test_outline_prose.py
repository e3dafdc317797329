"""A strategy's two-level numbered outline in prose: 'Goal N.' lines over 'Objective N. Title. Sentence …'
paragraphs, the list printed twice (a summary, then the body): normalise/outlineprose.py, on a Markdown
file of the shape of a public body's strategy (invented wording)."""
from __future__ import annotations

from pathlib import Path

from planx.extract import extract
from planx.normalise import normalise
from planx.normalise.outlineprose import read_outline_prose

OBJECTIVES = [
    ("Shared library catalogue", "Help libraries across the county join one catalogue that readers can "
     "search from home."),
    ("Home delivery", "Assess the home delivery service and develop a plan to extend it."),
    ("Loan agreements", "Implement the regional agreement on inter-library loans."),
    ("Staff skills", "Assess the need for digital skills among library staff and the courses on offer."),
    ("Volunteer roles", "Revisit volunteer role descriptions so that branches can recruit for new services."),
]
GOALS = [(1, "Open up the collections | Reach every reader", [1, 2]),
         (2, "Improve how branches work together", [3]),
         (3, "Grow skills and capacity | Support the people", [4, 5])]
DESCRIPTION = ("Branches hold many books that readers elsewhere would borrow, but finding them takes time and "
               "moving them between branches takes longer still.")


def _summary(sentence_of: dict[int, str] | None = None) -> list[str]:
    out = ["# County Library Strategy", "", "## Goals and strategic objectives", ""]
    for g, title, objectives in GOALS:
        out += [f"Goal {g}. {title}", ""]
        for n in objectives:
            name, sentence = OBJECTIVES[n - 1]
            sentence = (sentence_of or {}).get(n, sentence)
            out += [f"Objective {n}. {name}. {sentence} {DESCRIPTION}", ""]
    return out


def _body() -> list[str]:
    out = ["## Strategic objectives", "", "Below is a set of strategic objectives designed to support our goals.", ""]
    for n, (name, sentence) in enumerate(OBJECTIVES, 1):
        out += [f"Objective {n}. {name}. {sentence}", "", DESCRIPTION, "",
                "Key partners. Reader panel, Schools library service.", ""]
    return out


def _write(tmp_path: Path, lines: list[str], name: str = "strategy.md") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_inner_level_of_the_outline_is_the_actions_read_once_from_the_fuller_printing(tmp_path: Path) -> None:
    # the summary words objective 3 as a noun phrase ('Implementation of …'); the body as what will be done
    lines = _summary({3: "Implementation of the regional agreement on inter-library loans."}) + _body()
    result = normalise(extract(_write(tmp_path, lines)))
    # five, not ten: read once; the run-in title opens each action's text, as printed
    assert [a.action for a in result.actions] == [f"{t}. {s}" for t, s in OBJECTIVES]
    assert [a.area_ref for a in result.actions] == ["1", "1", "2", "3", "3"]  # the goal each stands under
    assert result.actions[0].area == "Open up the collections | Reach every reader"
    assert any("numbered outline in prose" in w and "printed 2 times" in w for w in result.warnings)
    kept = " ".join(lo.text for lo in result.leftovers)
    assert "Key partners" in kept


def test_one_printing_reads_too(tmp_path: Path) -> None:
    result = normalise(extract(_write(tmp_path, _summary())))
    assert [a.action for a in result.actions] == [f"{t}. {s}" for t, s in OBJECTIVES]
    assert [a.area_ref for a in result.actions] == ["1", "1", "2", "3", "3"]


def test_objectives_with_no_goals_over_them_are_no_two_level_outline(tmp_path: Path) -> None:
    assert read_outline_prose(extract(_write(tmp_path, _body()))) is None


def test_objectives_that_are_titles_only_are_not_read(tmp_path: Path) -> None:
    lines = ["# Strategy", ""]
    for g, title, objectives in GOALS:
        lines += [f"Goal {g}. {title}", ""] + [f"Objective {n}. {OBJECTIVES[n - 1][0]}" for n in objectives] + [""]
    assert read_outline_prose(extract(_write(tmp_path, lines))) is None


def test_a_table_of_actions_leaves_the_plan_to_the_walker(tmp_path: Path) -> None:
    table = ["", "| Action | Lead | Due |", "| --- | --- | --- |",
             "| Publish the stock list | Head of Libraries | March 2021 |", "| Train branch staff | HR | June 2021 |",
             "| Review the loans policy | Service manager | May 2021 |", ""]
    raw = extract(_write(tmp_path, _summary() + table))
    assert read_outline_prose(raw) is None


def test_a_short_title_run_into_what_will_be_done_reads_as_an_instruction() -> None:
    from planx.normalise.guard import reading_of
    assert reading_of("Shared services. Establish a shared service desk for the county's schools.") == "instruction"
    assert reading_of("Staff survey. Results were lower than the year before.") != "instruction"
    # a long first sentence is no run-in title
    assert reading_of("The county council and its partners in the district met twice. Agree the plan.") != "instruction"
