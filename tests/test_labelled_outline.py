"""A numbered outline under labelled blocks (normalise/labelledoutline.py), and a failed document's
reason in its warnings.

The real shape (a city's resilience recommendations, 2015, held out, so not a fixture): a section
heading in capitals ('FOOD AVAILABILITY'), then blocks of 'Vulnerability: …' and 'Lead agency or
organization: …' lines, each over a strategy '2.0 Diversify milk supply to retail outlets.' and its
actions '2.1: Review …', '2.2: Convene …', wrapped over two lines, a page's 'continued' and running
footer between them, the numbering starting again at '1.0' in the next section. Main at 83b63d4 read
nothing (failed, with empty warnings); the text as a PDF-to-text tool writes it read the
'Vulnerability' sentences as actions. The items are the actions, the strategy their objective, the
owner label their lead, the heading their area; the other label is kept aside.

The variants are made here: the text rendering with other words, and a Word file with other labels
('Risk:', 'Responsible officer:') and plain '1' / '1.1' numbering under Word headings.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import planx
from planx.normalise.records import DocResult

BOSTON_LIKE = """\
Strategies and actions for a resilient food system

FOOD AVAILABILITY
       Vulnerability: Local food projects are not part of resilience planning
       Lead agency or organization: Office of Food Initiatives

 1.0   Bring a resilience view into the city's work on local food production.

       1.1: Set up a food resilience committee within the Food Policy Council to join up local food
       projects and resilience planning.

       Vulnerability: The milk supply depends on two processing plants
       Lead agency or organization: State Food Association and Office of Food Initiatives

 2.0 Widen the milk supply to shops.
       2.1: Review the contingency plans of both processing plants.
       2.2: Meet grocery and corner store owners to promote other regional milk suppliers.
       2.3: Identify rules that stand in the way of new milk processing facilities serving the city in
       the event of a major supply chain disruption.

 3.0 Identify other delivery routes for the main food products.
       3.1: Assess other routes for shops and distributors when side streets are closed.
                                                                                          continued
\f
24       Resilient Food Systems: Recommendations for the City
FOOD ACCESS
       Vulnerability: Many residents live far from a food store
       Lead agency or organization: Public Health Commission

 1.0 Develop a food security plan for the neighbourhoods most at risk.
       1.1: Convene the food bank and community groups to inform the plan.
       1.2: Review food assistance benefits after a disaster.
"""


def _read(path: Path) -> DocResult:
    r = planx.convert_file(str(path))
    return r


def test_items_under_labelled_blocks_are_the_actions_in_text(tmp_path: Path) -> None:
    path = tmp_path / "food.txt"
    path.write_text(BOSTON_LIKE, encoding="utf-8")
    r = _read(path)
    got = [(a.ref, a.area, a.objective, a.action, a.lead) for a in r.actions]
    assert [g[0] for g in got] == ["1.1", "2.1", "2.2", "2.3", "3.1", "1.1", "1.2"], got
    first, wrapped, _, long_one, inherited, access, _ = r.actions
    assert first.action.endswith("to join up local food projects and resilience planning.")  # its wrapped line joined
    assert first.area == "FOOD AVAILABILITY" and first.lead == "Office of Food Initiatives"
    assert first.objective.startswith("Bring a resilience view")
    assert wrapped.lead == "State Food Association and Office of Food Initiatives"
    assert long_one.action.endswith("in the event of a major supply chain disruption.")
    assert inherited.lead == wrapped.lead  # '3.0' has no block of its own: the last block's lead
    assert access.area == "FOOD ACCESS" and access.lead == "Public Health Commission"
    # the vulnerabilities are no actions and are not lost
    assert not any("Vulnerability" in a.action or "depends on two" in a.action for a in r.actions)
    kept = " ".join(x.text for x in r.leftovers)
    assert "The milk supply depends on two processing plants" in kept
    assert any("numbered item(s) under" in w for w in r.warnings)


def test_a_word_variant_with_other_labels_and_plain_numbers(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("Town Centre Flood Resilience Plan 2026", 0)
    d.add_paragraph("This plan sets out what the partners will do over the next two years.")
    blocks = [
        ("Homes and streets", [
            ("Surface water floods the lower high street after heavy rain", "Drainage Engineer", "1",
             "Reduce surface water on the high street.",
             ["Survey the gullies on the lower high street", "Fit flap valves to the outfalls at Mill Lane"]),
            ("Older homes on Riverside have no flood doors", "Housing Renewal Manager", "2",
             "Protect older homes on Riverside.",
             ["Offer a grant for flood doors to every household", "Run two drop-in advice sessions"]),
        ]),
        ("Businesses", [
            ("Traders lose stock when the cellars flood", "Economic Development Officer", "3",
             "Help traders keep trading after a flood.",
             ["Write a one-page recovery checklist for traders", "Set up a text alert for traders"]),
        ]),
    ]
    for head, group in blocks:
        d.add_heading(head, 1)
        for risk, owner, n, strategy, acts in group:
            d.add_paragraph(f"Risk: {risk}")
            d.add_paragraph(f"Responsible officer: {owner}")
            d.add_paragraph().add_run(f"{n} {strategy}").bold = True
            for i, act in enumerate(acts, 1):
                d.add_paragraph(f"{n}.{i} {act}.")
    path = tmp_path / "flood.docx"
    d.save(str(path))
    r = _read(path)
    got = [(a.ref, a.area, a.objective, a.action, a.lead) for a in r.actions]
    assert len(got) == 6, got
    assert got[0] == ("1.1", "Homes and streets", "Reduce surface water on the high street.",
                      "Survey the gullies on the lower high street.", "Drainage Engineer")
    assert got[3][4] == "Housing Renewal Manager"
    assert got[4][1:3] == ("Businesses", "Help traders keep trading after a flood.")
    assert got[5][4] == "Economic Development Officer"
    assert "Traders lose stock when the cellars flood" in " ".join(x.text for x in r.leftovers)


def test_an_outline_whose_labels_name_no_owner_is_not_read_so(tmp_path: Path) -> None:
    # the same outline with notes but no owner label: the evidence of who acts is missing, so this
    # reader leaves it to the others (no 'numbered item(s) under' reading)
    text = BOSTON_LIKE.replace("Lead agency or organization:", "Background:")
    path = tmp_path / "food.txt"
    path.write_text(text, encoding="utf-8")
    r = _read(path)
    assert not any("numbered item(s) under" in w for w in r.warnings)


def test_a_failed_document_always_says_why_in_its_warnings(tmp_path: Path) -> None:
    # the refusal no reader declined (no table, no lists): main wrote its reason to `error` only
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear resident,\n\nThank you for your letter about the park. We enjoyed reading it.\n\n"
                      "Yours sincerely,\nThe Parks Team\n", encoding="utf-8")
    r = _read(letter)
    assert r.status == "failed" and r.error and r.warnings and r.error in r.warnings
    # a file that cannot be read at all (the pipeline's own failures)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"not a pdf at all")
    r = _read(empty)
    assert r.status == "failed" and r.warnings, (r.error, r.warnings)


def test_labels_under_each_item_are_not_this_shape(tmp_path: Path) -> None:
    # a priority's actions each with its own 'Lead:' / 'Timescale:' lines under it (unseen17's early
    # help plans): the labels belong to the item above them, never to the items below
    text = ("Early Help Partnership Action Plan\n\n"
            "1 A skilled early help workforce\n"
            "1.1 Build an early help outcomes dashboard\nLead: Principal Social Worker\nTimescale: December 2026\n"
            "1.2 Establish a multi-agency panel in each locality\nLead: Kwame Achterberg\nTimescale: Quarterly\n\n"
            "2 Partners share responsibility for early help\n"
            "What we want to achieve: families get the right help at the right time.\n"
            "2.1 Train 300 practitioners in the framework\nLead: Tomasz Pennington\nTimescale: Ongoing\n"
            "       2.1.1 Data sharing agreement signed\n"
            "2.2 Roll out the family hub model\nLead: Declan Mistry\nTimescale: Q2 2027\n\n"
            "3 Identify need early\n"
            "What we want to achieve: fewer families need statutory intervention.\n"
            "3.1 Recruit community family champions\nLead: Niamh Rowntree\nTimescale: July 2027\n"
            "3.2 Publish an early help directory\nLead: Bethan Pennington\nTimescale: Summer term 2027\n")
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    r = _read(path)
    assert not any("numbered item(s) under" in w for w in r.warnings)
    leads = {a.action.split()[0]: a.lead for a in r.actions}
    assert leads.get("Train") == "Tomasz Pennington", [(a.action, a.lead) for a in r.actions]
