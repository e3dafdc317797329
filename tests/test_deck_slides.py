"""Slide decks and borderless grids (deck51): a highlight report's slides of bullets with a RAG beside
each, a scan of table slides (reversed titles, a column rule lost, a row rule lost), a key to a
plan's abbreviations, a policy's title over its version box. Synthetic shapes, written for these
tests (no third-party text)."""
from __future__ import annotations

import re

import numpy as np

from planx.extract import pdfborderless as borderless
from planx.extract import reverse
from planx.extract.model import Cell, Paragraph, RawDocument, Row, Table
from planx.extract.pdfgeom import Word
from planx.extract.pdftables import GridCell, split_figure_columns, split_paragraph_records
from planx.normalise import normalise
from planx.normalise.cellparts import read_cell_parts
from planx.normalise.columns import columns_of, plan_columns
from planx.normalise.keytables import abbreviation_key, spells_out
from planx.normalise.lists import split_unlabelled
from planx.normalise.text import clean


def words_of(text: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w'’-]*|&", text)


# ---- normalise: a slide's bullets with a RAG word and its dot beside each ----------------------------

BULLETS = [
    ("• Open two more family hubs so that every district has one\nwithin a mile. Lead: Ann Fox; due May 2026",
     "#e63333", "Red"),
    ("• Train all duty staff in the new screening tool. Lead: Head of Early Help; due July 2026",
     "#ffbf00", "Amber"),
    ("• Publish the revised threshold document for partners. Lead: Sam Reid; due March 2026",
     "#3373cc", "Complete"),
]


def test_bullets_beside_a_rag_column_read_as_a_plan_by_their_rag_word() -> None:
    rows = [[(0, text, None), (1, "", fill), (2, word, None)] for text, fill, word in BULLETS]
    fields = plan_columns(columns_of(rows), len(rows))
    assert fields == {0: "action", 2: "rag"}  # the word, not the dot beside it


def test_instructions_alone_without_a_rag_or_a_date_are_still_no_plan() -> None:
    rows = [[(0, text.split(". Lead")[0], None), (1, "Some notes here", None)] for text, _, _ in BULLETS]
    assert plan_columns(columns_of(rows), len(rows)) is None


def test_a_lead_label_running_on_with_an_unlabelled_due_date_gives_both() -> None:
    parts = read_cell_parts(BULLETS[0][0])
    assert parts is not None
    assert parts.values == {"lead": "Ann Fox", "due": "May 2026"}
    assert parts.action.endswith("within a mile.")
    assert parts.labels == ["Lead"]


def test_a_lead_with_a_comma_or_bracket_but_no_date_stays_as_printed() -> None:
    parts = read_cell_parts("Agree the protocol. Lead: J Smith (ICB)")
    assert parts is not None and parts.values == {"lead": "J Smith (ICB)"}


def test_due_and_by_name_the_date_they_open() -> None:
    values = {"lead": "Head of SEND; due October 2026"}
    split_unlabelled(values)
    assert values == {"lead": "Head of SEND", "due": "October 2026"}
    values = {"lead": "Head of SEND; until October 2026"}
    split_unlabelled(values)
    assert values["due"] == "until October 2026"  # 'until' says something of the date: kept


def test_a_bullets_wrapped_line_is_the_same_item() -> None:
    assert clean("• Recruit two officers so that advice\nis returned within six weeks.") == \
        "Recruit two officers so that advice is returned within six weeks."
    assert clean("• Recruit two officers.\n• Review the panel.") == "Recruit two officers.; Review the panel."
    assert clean("• Recruit two officers.\nReview the panel.") == "Recruit two officers.; Review the panel."


def frag(text: str, x0: float, line: int, size: float = 13.0, bullet_gap: float = 3.6) -> borderless.Frag:
    words = []
    x = x0
    for w in text.split():
        width = 6.0 * len(w)
        words.append(Word(w, x, x + width, 100.0 + 16 * line, 113.0 + 16 * line, size))
        x += width + (bullet_gap if w == "•" else 3.0)
    return borderless.Frag(0, 0, words, line)


def test_a_line_hanging_under_a_bullets_text_goes_on_with_its_item() -> None:
    above = frag("• Hold termly events with the forum and publish the answers on the Local", 50.0, 0)
    for text in ("Offer. Lead: Ann Fox; due January 2027", "2026", "Board each quarter."):
        assert borderless.hanging_indent(above, frag(text, 64.0, 1))
    assert not borderless.hanging_indent(above, frag("• Answer complaints within ten days", 50.0, 1))
    assert not borderless.hanging_indent(above, frag("a) a sub-item of its own", 64.0, 1))
    assert not borderless.hanging_indent(above, frag("Text at the margin", 50.0, 1))
    assert not borderless.hanging_indent(frag("Plain line of text", 50.0, 0), frag("Offer. Lead: A", 64.0, 1))


# ---- extract: a scan's reversed heading, a lost column rule, a lost row rule --------------------------

def test_a_heavy_reversed_headings_letters_run_together_are_read_with_their_fill() -> None:
    dpi = 150.0
    page = np.full((400, 1200), 250, np.uint8)
    page[40:160, :] = 58  # a dark band across the slide's top
    # heavy light letters set close: blocks of light with gaps narrower than the closing's width
    for k in range(12):
        x = 100 + k * 34
        page[70:130, x:x + 30] = 235
    for k in range(10):  # and lighter type further on, its strokes set apart
        x = 600 + k * 24
        page[70:130, x:x + 6] = 235
    out, areas = reverse.unreversed(page, dpi)
    assert areas == 1
    letters = out[70:130, 100:100 + 12 * 34 - 4]
    assert (letters < 128).mean() > 0.6  # drawn dark, not left light on a band turned white
    assert (out[45:60, 20:80] > 200).all()  # the band itself turns to paper


def test_a_light_box_framed_by_a_dark_band_is_left_as_it_is() -> None:
    dpi = 150.0
    page = np.full((600, 1200), 250, np.uint8)
    page[20:560, 20:1180] = 58
    page[60:520, 100:1100] = 250  # a white panel taller than a line of type, framed by the fill
    page[200:215, 200:600] = 20  # dark text on the panel
    for k in range(6):
        page[30:50, 200 + 40 * k:220 + 40 * k] = 235  # light words on the frame
    out, _ = reverse.unreversed(page, dpi)
    assert (out[100:180, 150:1050] > 200).all()  # the panel stays paper, not drawn black


def W(text: str, x0: float, top: float, slack: float = 0.7) -> Word:  # noqa: N802
    return Word(text, x0, x0 + 5.5 * len(text), top, top + 10.0, 10.0, slack=slack)


def one_ruled_column() -> tuple[list[GridCell], list[list[Word]], list[float]]:
    """A scanned table whose text columns share one ruled column (Action | Lead | Due), the action
    wrapping to a second line, the reader's word boxes off by a point or so."""
    rows = [
        ([W("Action", 46.1, 93)], [W("Lead", 517, 93)], [W("Due", 667, 93)]),
        ([W("Train", 46.1, 112), W("all", 80, 112), W("officers", 100, 112), W("in", 300, 112),
          W("writing", 320, 112), W("outcomes", 400, 112), W("the", 46.1, 126), W("child.", 70, 126)],
         [W("Ann", 517, 112), W("Fox", 540, 112)], [W("31/03/2026", 667, 112)]),
        ([W("Set", 44.6, 146), W("up", 66, 146), W("a", 82, 146), W("panel", 92, 146), W("that", 130, 146),
          W("feeds", 46.1, 160), W("back.", 80, 160)],
         [W("Kim", 517, 146), W("Lowe", 540, 146)], [W("31/12/2025", 667, 146)]),
        ([W("Make", 46.3, 178), W("sure", 80, 178), W("reviews", 110, 178), W("are", 160, 178),
          W("of", 46.3, 192), W("the", 60, 192), W("meeting.", 80, 192)],
         [W("Dr", 517, 178), W("Ray", 532, 178)], [W("TBC", 666.2, 178)]),
    ]
    cells, per_cell = [], []
    for r, (action, *rest) in enumerate(rows):
        ws = action + [w for part in rest for w in part]
        cells.append(GridCell(r, 0, 1, 1, " ".join(w.text for w in ws), None, (40, 90 + 34 * r, 760, 124 + 34 * r)))
        per_cell.append(ws)
    return cells, per_cell, [40.0, 760.0]


def test_text_columns_in_one_ruled_column_are_split_at_each_gap_though_the_actions_wrap() -> None:
    cells, per_cell, xs = one_ruled_column()
    out, words, edges = split_figure_columns(cells, per_cell, xs)
    assert len(edges) == 4  # Action | Lead | Due
    first = sorted((c for c in out if c.r == 1), key=lambda c: c.c)
    assert [c.text for c in first][1:] == ["Ann Fox", "31/03/2026"]


def test_born_digital_edges_keep_their_tight_spread() -> None:
    cells, per_cell, xs = one_ruled_column()
    for ws in per_cell:
        for w in ws:
            w.slack = 0.0
            if w.text in ("Set",):
                w.x0 -= 3.0  # a line starting three points out: no column edge on a born-digital page
            if w.text in ("Make",):
                w.x0 += 3.0
    _, _, edges = split_figure_columns(cells, per_cell, xs)
    assert edges == xs  # lines three points out of true on a born-digital page line up on no edge: no split


def test_two_records_a_lost_rule_merged_are_cut_where_the_other_cells_start_again() -> None:
    # (the action's lines run on with no white between them, the next action's too: the scan lost the
    # rule between the two; the other cells' one-line values stand apart, level with each action)
    action = [W("Co-produce", 46, 178), W("a", 110, 178), W("new", 120, 178), W("template", 145, 178),
              W("and", 46, 191), W("then", 70, 191), W("publish", 100, 191), W("it.", 150, 191),
              W("Make", 46, 204), W("sure", 80, 204), W("all", 110, 204), W("reviews", 130, 204),
              W("of", 46, 217), W("the", 60, 217), W("last", 82, 217), W("meeting.", 110, 217)]
    lead = [W("Bethan", 517, 178), W("Pryce", 560, 178), W("Dr", 517, 204), W("Ray", 532, 204)]
    due = [W("28/02/2027", 667, 178), W("TBC", 667, 204)]
    status = [W("On", 747, 178), W("track", 765, 178), W("Complete", 747, 204)]
    cells = [GridCell(0, c, 1, 1, " ".join(w.text for w in ws), None, (x, 170, x + 100, 245))
             for c, (x, ws) in enumerate([(40, action), (510, lead), (660, due), (740, status)])]
    out, words, nrows, _ = split_paragraph_records(cells, [action, lead, due, status], 1, [170.0, 245.0])
    assert nrows == 2
    second = sorted((c for c in out if c.r == 1), key=lambda c: c.c)
    assert [c.text for c in second] == ["Make sure all reviews\nof the last meeting.", "Dr Ray", "TBC", "Complete"]


def test_one_record_with_two_paragraphs_of_action_and_one_value_each_is_not_cut() -> None:
    action = [W("Review", 46, 178), W("the", 90, 178), W("old", 110, 178), W("policy.", 130, 178),
              W("Then", 46, 191), W("consult", 80, 191), W("on", 130, 191), W("it.", 150, 191)]
    lead = [W("Ann", 517, 178), W("Fox", 540, 178)]
    due = [W("28/02/2027", 667, 178)]
    status = [W("On", 747, 178), W("track", 765, 178)]
    cells = [GridCell(0, c, 1, 1, " ".join(w.text for w in ws), None, (x, 170, x + 100, 245))
             for c, (x, ws) in enumerate([(40, action), (510, lead), (660, due), (740, status)])]
    _, _, nrows, _ = split_paragraph_records(cells, [action, lead, due, status], 1, [170.0, 245.0])
    assert nrows == 1


# ---- normalise: a key to abbreviations, a title over a version box, a numbered slide title -------------

KEY = [["Key to partner agencies", ""], ["ASC", "Adult Social Care"], ["EYT", "Early Years Team"],
       ["ESK", "Employment and Skills"], ["HV", "Health Visiting (0–19 service)"],
       ["YOS", "Youth Offending Service"], ["Police", "County Police"]]


def test_codes_spelt_out_by_the_words_beside_them() -> None:
    assert spells_out("ASC", words_of("Adult Social Care"))
    assert spells_out("ESK", words_of("Employment and Skills"))
    assert spells_out("CYPMHS", words_of("Children and Young People's Mental Health Services"))
    assert not spells_out("HR", words_of("Review the HR policy"))
    assert not spells_out("Police", words_of("County Police"))


def test_a_key_to_abbreviations_is_told_from_a_plan_of_codes_and_actions() -> None:
    assert abbreviation_key([[t for t in r if t] for r in KEY])
    plan = [["HR", "Review the recruitment policy"], ["ICT", "Replace the laptops in the hubs"],
            ["EH", "Open two family hubs"], ["FIN", "Agree the budget for 2026"]]
    assert not abbreviation_key(plan)


def plan_with_key() -> RawDocument:
    head = ["Ref", "What we will do", "Lead(s)", "By when"]
    rows = [head, ["1.1", "Open two more family hubs in the north of the county", "EYT / ASC", "March 2026"],
            ["1.2", "Train all duty staff in the screening tool", "ESK", "June 2026"],
            ["1.3", "Publish the revised threshold document for partners", "HV", "May 2026"]]
    t1 = Table(rows=[Row(cells=[Cell(text=t, col=k) for k, t in enumerate(r)], page=1, line=i + 1)
                     for i, r in enumerate(rows)], page=1, index=1)
    t2 = Table(rows=[Row(cells=[Cell(text=t, col=k) for k, t in enumerate(r)], page=1, line=i + 1)
                     for i, r in enumerate(KEY)], page=1, index=2)
    blocks = [Paragraph(text="Start Early Delivery Plan 2025-28", page=1, line=1, heading=True, size=18.0), t1, t2]
    return RawDocument(path="p.pdf", name="p.pdf", format="pdf", blocks=blocks, pages=1)


def test_a_key_to_the_plans_abbreviations_after_its_table_gives_no_actions() -> None:
    result = normalise(plan_with_key())
    assert [a.action for a in result.actions] == [
        "Open two more family hubs in the north of the county", "Train all duty staff in the screening tool",
        "Publish the revised threshold document for partners"]
    assert any("a key to the plan's abbreviations" in w for w in result.warnings)


def test_a_policys_name_in_the_largest_type_over_its_version_box_is_its_title() -> None:
    box = Table(rows=[Row(cells=[Cell(text=a, col=0), Cell(text=b, col=1)], page=1, line=i + 1)
                      for i, (a, b) in enumerate([("Version", "2.0"), ("Approved by", "Leadership Team"),
                                                  ("Review date", "May 2027")])], page=1, index=1)
    blocks = [Paragraph(text="Home Visiting Safety Policy", page=1, line=1, heading=True, size=26.0), box,
              Paragraph(text="1. Purpose", page=1, line=10, heading=True, size=14.0, bold=True),
              Paragraph(text="This policy says how staff stay safe on visits.", page=1, line=11, size=10.5),
              Paragraph(text="2. Scope", page=1, line=20, heading=True, size=14.0, bold=True),
              Paragraph(text="It applies to every member of staff.", page=1, line=21, size=10.5)]
    raw = RawDocument(path="policy.pdf", name="policy.pdf", format="pdf", blocks=blocks, pages=1)
    assert normalise(raw).title == "Home Visiting Safety Policy"


def test_a_stray_mark_before_a_slides_number_is_no_part_of_its_title() -> None:
    from planx.normalise.slides import _NUMBERED_TITLE
    m = _NUMBERED_TITLE.match("- 1. Timeliness of assessments")
    assert m is not None and m.groups() == ("1", "Timeliness of assessments")
    m = _NUMBERED_TITLE.match("2. Quality of plans")
    assert m is not None and m.groups() == ("2", "Quality of plans")


def test_a_key_set_as_two_columns_of_lines_in_one_row_is_read_line_by_line() -> None:
    codes = "\n".join(r[0] for r in KEY[1:])
    words = "\n".join(r[1] for r in KEY[1:])
    assert abbreviation_key([["Key to partner agencies"], [codes, words]])
