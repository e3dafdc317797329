"""A plan written as a numbered outline of paragraphs ('1.' area, '1.1' objective, '1.1.1' action closing
with its lead and date in a bracket or after dashes): normalise/numberedoutline.py, on synthetic text
and Word documents of that shape; and cards drawn as boxes of characters in a text file
(extract/text.py framed_boxes_opened)."""
from __future__ import annotations

from pathlib import Path

import docx

from planx.extract import extract
from planx.extract.text import framed_boxes_opened
from planx.normalise import normalise
from planx.normalise.numberedoutline import read_numbered_outline, trailing_who_when

OUTLINE = [
    ("1", "Early help and prevention"),
    ("1.1", "Families get help before problems grow"),
    ("1.1.1", "Open two family hubs in the northern wards", "Jo Bates", "Mar 2026"),
    ("1.1.2", "Train lead practitioners in the whole-family plan", "Hub Manager", "Q3 2025/26"),
    ("1.2", "Schools spot need early"),
    ("1.2.1", "Place a family worker in each secondary school", "Head of Inclusion, Schools", "end Jan 26"),
    ("2", "Workforce"),
    ("2.1", "Staff stay and grow"),
    ("2.1.1", "Launch a career pathway for newly qualified workers", "Principal Social Worker", "Ongoing"),
    ("2.1.2", "Cut agency reliance by a third", "Sam Okoro / Lee Park", "w/c 6 Apr 2026"),
]
STYLES = {
    "square": lambda who, when: f" [{who}; {when}]",
    "round_dash": lambda who, when: f" ({who} – {when})",
    "round_comma": lambda who, when: f" ({who}, {when})",
    "dashes": lambda who, when: f" — {who} — {when}",
    "when_first": lambda who, when: f" [{when} | {who}]",
}


def _lines(style: str) -> list[str]:
    out = ["Council Improvement Plan 2025-26", "",
           "Areas are numbered at the first level, objectives at the second and actions at the third.", ""]
    for ref, title, *rest in OUTLINE:
        indent = "   " * ref.count(".")
        tail = STYLES[style](*rest) if rest else ""
        out.append(f"{indent}{ref}{'.' if '.' not in ref else ''} {title}{tail}")
    return out


def _text(tmp_path: Path, style: str) -> Path:
    path = tmp_path / f"plan_{style}.txt"
    path.write_text("\n".join(_lines(style)), encoding="utf-8")
    return path


def _check(result) -> None:  # type: ignore[no-untyped-def]
    actions = [r for r in OUTLINE if len(r) == 4]
    assert [a.action for a in result.actions] == [r[1] for r in actions]
    assert [a.lead for a in result.actions] == [r[2] for r in actions]
    assert [a.due_raw for a in result.actions] == [r[3] for r in actions]
    assert [a.area_ref for a in result.actions] == ["1", "1", "1", "2", "2"]
    assert [a.area for a in result.actions] == ["Early help and prevention"] * 3 + ["Workforce"] * 2
    assert [a.objective for a in result.actions] == [
        "Families get help before problems grow", "Families get help before problems grow",
        "Schools spot need early", "Staff stay and grow", "Staff stay and grow"]


def test_each_bracket_style_splits_into_lead_and_due(tmp_path: Path) -> None:
    for style in STYLES:
        result = normalise(extract(_text(tmp_path, style)))
        _check(result)
        assert any("numbered outline 3 levels deep" in w for w in result.warnings)


def test_word_numbering_levels_read_the_same(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Council Improvement Plan 2025-26", 1)
    for ref, title, *rest in OUTLINE:
        tail = STYLES["square"](*rest) if rest else ""
        p = document.add_paragraph(f"{ref}{'.' if '.' not in ref else ''} {title}{tail}")
        if "." not in ref:
            p.runs[0].bold = True
    path = tmp_path / "plan.docx"
    document.save(str(path))
    _check(normalise(extract(path)))


def test_a_single_action_under_an_objective_is_not_lost(tmp_path: Path) -> None:
    result = normalise(extract(_text(tmp_path, "square")))
    assert "Place a family worker in each secondary school" in [a.action for a in result.actions]


def test_a_tail_without_both_a_person_and_a_date_stays_in_the_text() -> None:
    assert trailing_who_when("Publish the annual report (see appendix B)") is None
    assert trailing_who_when("Review the offer [phase two; pilot sites]") is None
    assert trailing_who_when("Agree the budget [Finance Lead; March 2026]") == (
        "Agree the budget", "Finance Lead", "March 2026")
    assert trailing_who_when("Agree the budget (May 2026, Director of Finance)") == (
        "Agree the budget", "Director of Finance", "May 2026")


def test_numbered_report_sections_without_tails_are_no_outline_plan(tmp_path: Path) -> None:
    lines = ["Annual report", "", "1. Introduction", "1.1 Background", "1.1.1 The service grew in 2024.",
             "1.1.2 Demand rose by a tenth.", "1.2 Scope", "1.2.1 This report covers the whole county."]
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert read_numbered_outline(extract(path)) is None


BOX = "+" + "-" * 60 + "+"


def _card(ref: str, area: str, action: str, lead: str, due: str, update: str, steps: list[str]) -> list[str]:
    rows = [("Ref:", ref), ("Priority:", area), ("What we will do:", action), ("Responsible officer:", lead),
            ("Target date:", due), ("Progress status:", "In progress"), ("RAG rating:", "Amber"),
            ("Latest update:", update)]
    lines = [BOX] + [f"| {label:<22}{value}".rstrip() for label, value in rows]
    if steps:
        lines.append(f"| {'Milestones:':<22}{steps[0]}")
        lines += [f"| {'':<22}{step}" for step in steps[1:]]
    return lines + [BOX, ""]


def test_a_framed_card_is_read_without_its_frame() -> None:
    lines, boxes = framed_boxes_opened(_card("1.1", "1 – Housing", "Audit void times", "Ann Lee", "May 2026", "",
                                             ["1. Scope agreed – 01/02/2026 – Complete"]))
    assert boxes == 1
    assert "Ref: 1.1" in lines and "Latest update:" in lines and "Milestones: 1. Scope agreed – 01/02/2026 – Complete" \
        in lines
    assert not any("|" in ln or ln.startswith("+") for ln in lines)


def test_a_grid_table_with_bars_inside_keeps_its_frame() -> None:
    lines = [BOX, "| Ref | Action            | Lead      |", "| 1.1 | Audit void times  | Ann Lee   |", BOX]
    assert framed_boxes_opened(lines) == (lines, 0)


def test_cards_drawn_as_boxes_read_as_forms(tmp_path: Path) -> None:
    lines = ["Housing Action Cards 2025/26", ""]
    lines += _card("1.1", "1 – Repairs", "Audit void turnaround times in every district", "Ann Lee", "May 2026",
                   "02/03/2026 – audit started", [])
    lines += _card("1.2", "1 – Repairs", "Introduce a repairs satisfaction survey", "Repairs Manager", "Quarterly",
                   "", ["1. Survey drafted – 01/02/2026 – Complete", "2. Survey live – 01/04/2026 – Not started"])
    lines += _card("2.1", "2 – Tenancy support", "Recruit two tenancy sustainment officers", "Head of Housing",
                   "June 2026", "11/03/2026 – adverts out", ["1. Posts approved – 15/01/2026 – Complete"])
    path = tmp_path / "cards.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = normalise(extract(path))
    assert [a.action for a in result.actions] == ["Audit void turnaround times in every district",
                                                  "Introduce a repairs satisfaction survey",
                                                  "Recruit two tenancy sustainment officers"]
    assert [a.lead for a in result.actions] == ["Ann Lee", "Repairs Manager", "Head of Housing"]
    assert [len(a.milestones) for a in result.actions] == [0, 2, 1]
    assert result.actions[1].milestones[1].milestone == "Survey live"


def test_a_line_wrapped_inside_its_bracket_joins_its_item() -> None:
    from planx.extract.model import Paragraph, RawDocument
    texts = ["1. Early help", "1.1 Families get help early", "1.1.1 Open two family hubs [Jo Bates;",
             "Mar 2026]", "1.1.2 Train lead practitioners [Hub Manager; Q3 2025/26]",
             "1.1.3 Publish the offer online [Comms Lead; May 2026]"]
    raw = RawDocument(path="x.pdf", name="x.pdf", format="pdf",
                      blocks=[Paragraph(text=t, page=1, line=k) for k, t in enumerate(texts)])
    reading = read_numbered_outline(raw)
    assert reading is not None
    assert [(a.fields["action"], a.fields["lead"], a.fields["due"]) for a in reading.actions][0] == (
        "Open two family hubs", "Jo Bates", "Mar 2026")
    assert 3 in reading.blocks  # the wrapped line is read with its item
