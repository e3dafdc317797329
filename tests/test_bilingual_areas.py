"""Areas printed in Welsh and English ('Early help / Cymorth cynnar') in a plan whose own labels and
values put the English on one side ('Lead / Arweinydd', 'Not started / Heb ddechrau'): the area is
its English side, the other kept aside (normalise/__init__.py english_areas, bilingual.english_first).
Also from the same forms-per-action family: 'Interim steps' labels the milestones (vocab)."""
from __future__ import annotations

from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.normalise import normalise
from planx.normalise.bilingual import english_area, english_first
from planx.normalise.severity import severity

AREAS = [("Housing support", "Cefnogaeth tai"), ("Youth work", "Gwaith ieuenctid")]
ACTIONS = [("Open a second drop-in centre", "Agor ail ganolfan galw heibio"),
           ("Train staff in trauma-informed practice", "Hyfforddi staff mewn ymarfer"),
           ("Publish the youth offer online", "Cyhoeddi'r cynnig ieuenctid ar-lein"),
           ("Recruit six youth workers", "Recriwtio chwe gweithiwr ieuenctid")]


def test_the_side_a_document_prints_its_english_on():
    assert english_first(["Lead / Arweinydd", "Status / Statws", "Not started / Heb ddechrau"]) is True
    assert english_first(["Arweinydd / Lead", "Statws / Status"]) is False
    assert english_first(["Lead / Arweinydd"]) is None  # too few to tell
    assert english_first(["Lead / Arweinydd", "Statws / Status"]) is None  # they disagree
    assert english_first(["Strategies / actions", "Lead / owner"]) is None  # no Welsh at all


def test_an_area_in_two_languages_splits_at_its_spaced_slash():
    assert english_area("Early help / Cymorth cynnar", True) == ("Early help", "Cymorth cynnar")
    assert english_area("Cymorth cynnar / Early help", False) == ("Early help", "Cymorth cynnar")
    assert english_area("Monitoring (who/when)", True) is None
    assert english_area("Early help", True) is None


def _plan(english_first_side: bool) -> RawDocument:
    def both(en: str, cy: str) -> str:
        return f"{en} / {cy}" if english_first_side else f"{cy} / {en}"
    blocks: list = [Paragraph("Youth Services Action Plan 2025-26", 1, 1, heading=True)]
    for k, (en, cy) in enumerate(AREAS, 1):
        blocks.append(Paragraph(f"{k}. {both(en, cy)}", 1, 10 * k, heading=True, rank=2))
        rows = [["Ref", "Action", "Cam gweithredu", both("Lead", "Arweinydd"), both("By", "Erbyn"),
                 both("Status", "Statws")]]
        for j, (act, gweithred) in enumerate(ACTIONS[2 * k - 2:2 * k], 1):
            rows.append([f"{k}.{j}", act, gweithred, "Head of Youth Services", "31/03/2026",
                         both("Not started", "Heb ddechrau")])
        blocks.append(Table(rows=[Row([Cell(t, c) for c, t in enumerate(r)], 1, n + 1) for n, r in enumerate(rows)],
                            page=1, index=k))
    return RawDocument(path="", name="plan.docx", format="docx", blocks=blocks)


def test_areas_read_by_the_side_the_labels_print_english_on():
    for side in (True, False):
        result = normalise(_plan(side))
        assert [a.area for a in result.actions] == ["Housing support"] * 2 + ["Youth work"] * 2, side
        kept = [lo.text for lo in result.leftovers]
        assert "Cefnogaeth tai" in kept and "Gwaith ieuenctid" in kept
        said = [w for w in result.warnings if "printed in Welsh and English" in w]
        assert said and severity(said[0]) == "note"


def test_a_form_label_naming_the_steps_on_the_way_is_the_milestones():
    # ('Interim steps' in a form per action: the stages before the action's end; 'Next steps' stays the actions)
    from planx.normalise.headers import classify
    assert classify("Interim steps")[0] == "milestones"
    assert classify("Intermediate steps")[0] == "milestones"
    assert classify("Next steps")[0] == "action"
