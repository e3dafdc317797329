"""Minutes printed as numbered items with a narrow 'Action' column at the right margin holding
initials ('LP', 'SG/NS') beside the one paragraph that asks them to act, the rule drawn only between
items (the shape of Suffolk Libraries IPS board minutes, 2013-2016, in our own words): the ruled PDF
reader cuts an item's row at that paragraph (pdftables.split_margin_notes), and the minutes reader
makes the paragraph the initials' action (minute_grid.layout_by_margin). Items with nothing in the
margin, and margins that hold more than initials, give no action."""
from __future__ import annotations

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.extract.pdfgeom import Word
from planx.extract.pdfrules import edge
from planx.extract.pdftables import FoundTable, layout_from_words
from planx.normalise import normalise
from planx.normalise.minute_grid import layout_by_margin

CHAR = 6.0


def w(text: str, x0: float, top: float) -> Word:
    return Word(text, x0, x0 + CHAR * len(text), top, top + 10.0, 10.0)


def line(text: str, x0: float, top: float) -> list[Word]:
    out, x = [], x0
    for word in text.split():
        out.append(w(word, x, top))
        x += CHAR * (len(word) + 1)
    return out


COLS = [50.0, 80.0, 480.0, 530.0]  # number | the item's text | Action (50 pt: a tenth of the table)


def table(words: list[Word], rows: list[float]) -> FoundTable:
    rules = [edge(COLS[0], y, COLS[-1], y) for y in rows] + [edge(x, rows[0], x, rows[-1]) for x in COLS]
    (t,) = layout_from_words(words, rules, (0, 0, 800, 800)).tables
    return t


def texts(t: FoundTable) -> list[list[str]]:
    return [[c.text.replace("\n", " ") for c in row] for row in t.grid()]


def item_rows(margin: list[tuple[str, float]]) -> list[Word]:
    """Item 1: a title, a paragraph, a blank line, a second paragraph (two lines), a blank line, a
    list of two bulleted points; margin: (text, top) of what the Action column prints."""
    words = line("Action", 485, 85) + line("1.", 55, 110) + line("Welcome", 85, 110)
    words += line("The Board welcomed the new manager to the team today.", 85, 122)
    words += line("The Board asked for an update on web services for the", 85, 146)
    words += line("next meeting of the Board in June.", 85, 158)
    words += line("• The tracking of papers needs to be put right soon.", 85, 182)
    words += line("• Minutes on the website are up to date.", 85, 194)
    for text, top in margin:
        words += line(text, 485, top)
    return words


def test_each_set_of_initials_takes_the_paragraph_beside_it_as_a_row_of_its_own() -> None:
    t = table(item_rows([("LP", 158), ("SG/NS", 182)]), [80, 100, 220])
    assert texts(t) == [
        ["", "", "Action"],
        ["1.", "Welcome The Board welcomed the new manager to the team today.", ""],
        ["", "The Board asked for an update on web services for the next meeting of the Board in June.", "LP"],
        ["", "• The tracking of papers needs to be put right soon.", "SG/NS"],
        ["", "• Minutes on the website are up to date.", ""],
    ]
    assert t.evidence["margin_cut"] == 3


def test_a_margin_that_holds_words_not_initials_cuts_nothing() -> None:
    t = table(item_rows([("Noted", 158)]), [80, 100, 220])
    assert len(t.grid()) == 2 and "margin_cut" not in t.evidence
    t = table(item_rows([]), [80, 100, 220])
    assert len(t.grid()) == 2 and "margin_cut" not in t.evidence


def grid(rows: list[list[str]]) -> Table:
    return Table(index=1, page=1, rows=[Row([Cell(text=t, col=c) for c, t in enumerate(r) if t or c == 0], 1, i + 1)
                                        for i, r in enumerate(rows)])


MINUTES = [
    ["Title of Meeting", "Board Meeting", ""],
    ["", "", "Action"],
    ["1.", "Apologies\nAlison Wheeler", ""],
    ["", "Welcome\nLeon introduced himself to the Board. The Board welcomed Leon to the team and "
         "requested an update on web services for the next Board meeting.", "LP"],
    ["", "Board Update\nIt was with sadness that the Chair gave the news of the passing of a Board member "
         "this week; a minute's silence was held.", ""],
    ["2.", "Decisions\n1. Proceed with the proposal for a finance system and payroll service.", ""],
    ["", "The Board agreed to sanction the manager to go ahead with the contract negotiations, "
         "with a caveat that RS is to review the system.", "RS/SG"],
    ["3.", "Equalities\nThere were no matters raised at all by the members of the Board today.", ""],
]


def test_margin_minutes_give_one_action_per_set_of_initials_under_the_items_title() -> None:
    result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[grid(MINUTES)]))
    got = [(a.area_ref, a.area, a.action, a.lead) for a in result.actions]
    assert got == [
        ("1", "Apologies", "Leon introduced himself to the Board. The Board welcomed Leon to the team and "
                           "requested an update on web services for the next Board meeting.", "LP"),
        ("2", "Decisions", "The Board agreed to sanction the manager to go ahead with the contract "
                           "negotiations, with a caveat that RS is to review the system.", "RS/SG"),
    ]
    assert any("margin column of initials" in x for x in result.warnings)


def page(index: int, rows: list[list[str]]) -> Table:
    """A page's table as the PDF reader hands it on: every cell of the grid, empty or not."""
    return Table(index=index, page=index, rows=[Row([Cell(text=t, col=c) for c, t in enumerate(r)], index, i + 1)
                                                for i, r in enumerate(rows)])


def test_margin_minutes_go_on_over_page_breaks() -> None:
    """Margin minutes over four pages (the shape of Suffolk Libraries board minutes 2013 and 2016, in
    our own words), each page a table of its own: a bulleted minute cut by the page break, its
    initials beside its end on the next page, is one action; a page whose minutes ask no one to act
    (its margin column empty) does not end the grid; bullets the reader did not cut apart give the
    initials the last of them. A minute under a tail that is a whole paragraph starts afresh."""
    result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[
        page(1, [["", "", "Action"],
                 ["3.", "Minutes of the last meeting\nThe minutes were agreed as a true record.", ""],
                 ["", "• The tracking of Board papers needs to be put right soon.", "SG/NS"],
                 ["", "• Minutes on the website are up to date apart from August.", ""]]),
        page(2, [["", "These will be checked by the Finance Manager and added to the\nwebsite soon.", "IB"],
                 ["4.", "Decisions\nThe Board discussed the budget for the year at some length.", ""],
                 ["", "Children’s Centre Contract\nThe Chief Executive has written to the Director.", ""]]),
        page(3, [["", "The Chair will raise this with the Council next month as agreed.", "TB"]]),
        page(4, [["5.", "Management Reports\nThe Head of Finance presented the month accounts for April.", ""],
                 ["", "• Relief staff costs were high in comparison to the last year.", ""]]),
        page(5, [["", "the cleaning contract from the council. A meeting is arranged.\n"
                      "• Alarms have been reviewed at all of the library buildings.\n"
                      "• The audit is taking place in May with the new software.", "PB"],
                 ["6.", "Any Other Business\nThere was no other business to discuss at all.", ""]])]))
    got = [(a.area_ref, a.action, a.lead) for a in result.actions]
    assert got == [
        ("3", "The tracking of Board papers needs to be put right soon.", "SG/NS"),
        ("3", "Minutes on the website are up to date apart from August. These will be checked by the Finance "
              "Manager and added to the website soon.", "IB"),
        ("4", "The Chair will raise this with the Council next month as agreed.", "TB"),
        ("5", "The audit is taking place in May with the new software.", "PB")]
    kept = " ".join(x.text for x in result.leftovers)
    assert "The Chief Executive has written to the Director." in kept
    assert "Alarms have been reviewed" in kept and "the cleaning contract" in kept
    assert "Minutes on the website" not in kept


def test_no_margin_initials_no_margin_minutes() -> None:
    # the same minutes with the Action column left empty: nothing asks anyone to act
    empty = [[a, b, ""] for a, b, _ in MINUTES]
    empty[1][2] = "Action"
    rows = [[(c, t) for c, t in enumerate(r) if t] for r in empty]
    assert layout_by_margin(rows) is None
    # a margin of words, not initials (a plan's status column)
    words = [[a, b, "Complete" if c in ("LP", "RS/SG") else c] for a, b, c in MINUTES]
    assert layout_by_margin([[(c, t) for c, t in enumerate(r) if t] for r in words]) is None
    # one set of initials with no heading over the column is too little evidence
    one = [r for r in MINUTES[2:] if r[2] != "RS/SG"]
    assert layout_by_margin([[(c, t) for c, t in enumerate(r) if t] for r in one]) is None
    assert layout_by_margin([[(c, t) for c, t in enumerate(r) if t] for r in one], going_on=True) is not None


def test_an_action_cell_that_lists_only_who_acts_sets_no_task() -> None:
    """A governors' grid's action cell numbering who visits ('1) Paul Evemy/ Sandra Cartwright',
    '2) (Paul Evemy/' over 'Sandra Cartwright', '3) Simon Barnes') beside notes that list the visits:
    names, not tasks (the shape of a school's Learning & Wellbeing committee minutes)."""
    from planx.normalise.minute_grid import decision_cell
    points, aside = decision_cell("1) Paul Evemy/ Sandra Cartwright\n2) (Paul Evemy/\nSandra\nCartwright\n"
                                  "3) Simon Barnes\n4) Gill Quantrell", listed_are_actions=True)
    assert points == [] and len(aside) == 4
    points, _ = decision_cell("1) Draft the visit report\n2) Book the training", listed_are_actions=True)
    assert [p.action for p in points] == ["Draft the visit report", "Book the training"]


def test_an_action_point_that_names_who_acts_before_its_colon() -> None:
    """A student society's committee minutes mark points in nested bullets as 'Action HP: Change
    Passwords', 'ACTION EG, SP: Email …' (while the margin's initials name who presents the item):
    the initials are the lead, what follows the colon the task, up to the next bullet."""
    from planx.normalise.minutes import marked_points
    text = ("● Handover\n   ○ Action HP: Change Passwords\n        ■ Action carried forwards\n"
            "   ○ ACTION EG, SP: Email the chair about stepping down\n   ○ Action S: Talk to the depot\n"
            "   ○ ACTION PLAN: the heading of a plan, no one's task")
    found, _rest = marked_points(text)
    assert [(a.action, a.lead) for _, a in found] == [
        ("Change Passwords", "HP"), ("Email the chair about stepping down", "EG, SP"), ("Talk to the depot", "S")]


def test_who_named_action_points_set_as_paragraphs_are_read() -> None:
    """The same society's minutes where a page's nested bullets come out as paragraphs, one a line
    ('■ ACTION MW: Respond to HPs comments'): each line is a labelled line the form reader sees
    ('action': …), which no other line completes; its label names who acts, so it is a minute's
    action point all the same (a stray glyph at its end is no part of it). 'ACTION PLAN: …' names
    no one and sets no task."""
    from planx.extract.model import Paragraph
    lines = ["CSS Committee Meeting - Minutes", "○ BGN", "■ Work started on RA and catering form",
             "■ ACTION MW: Respond to HPs comments", "○ Scavenger Hunt",
             "■ ACTION HP: Check forms ■",  # the next sub-bullet's glyph pulled onto its line
             "ACTION PLAN: the heading of a plan"]
    raw = RawDocument("m.pdf", "m.pdf", "pdf", blocks=[Paragraph(t, 2, i) for i, t in enumerate(lines)])
    result = normalise(raw)
    assert [(a.action, a.lead) for a in result.actions] == [("Respond to HPs comments", "MW"),
                                                            ("Check forms", "HP")]


def test_a_discussion_cells_first_line_over_a_list_is_the_items_title() -> None:
    """A minutes table with no heading row whose first column holds the items' bare numbers ('3')
    and whose text cell opens with the item's title over its bullets ('Matters Arising' / '● Handover'
    / '○ Action HP: Change Passwords'): the title is the area of the item's action points. A first
    line that is not over a list (running text) is no title."""
    rows = [["1", "Apologies received from\n● Ella Gardner\n● Sumeet Brar", "HP"],
            ["3", "Matters Arising\n● Handover\n○ Action HP: Change Passwords\n■ Action carried forwards", "All"],
            ["4", "Past Events (standing item)\n● Summer Quiz\n○ ACTION MW: Archive channel", "All"],
            ["5", "The quiz went well and the room was booked\nACTION LB: Book the room again", "All"]]
    t = Table(rows=[Row([Cell(text=x, col=i) for i, x in enumerate(r)], 1, k) for k, r in enumerate(rows)],
              page=1, index=1)
    result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[t]))
    assert [(a.action, a.area_ref, a.area) for a in result.actions] == [
        ("Change Passwords", "3", "Matters Arising"), ("Archive channel", "4", "Past Events (standing item)"),
        ("Book the room again", "5", "")]


def test_a_bold_bullet_over_action_points_is_no_minute_heading() -> None:
    """The society's minutes set each event as a bold bullet ('○ BGN', '○ Scavenger Hunt') over its
    sub-bullets: a list's item, not a heading, so the points under it keep the minute's item as their
    area ('5 Future Events'); a bold line without a bullet heads a minute as before."""
    from planx.extract.model import Paragraph
    lines = [("5. Future Events", False), ("○ BGN", True), ("■ ACTION MW: Respond to HPs comments", True),
             ("Scavenger Hunt", True), ("■ ACTION HP: Check forms", True)]
    raw = RawDocument("m.pdf", "m.pdf", "pdf",
                      blocks=[Paragraph(t, 2, i, heading=i == 0, bold=b) for i, (t, b) in enumerate(lines)])
    result = normalise(raw)
    assert [(a.action, a.area) for a in result.actions] == [("Respond to HPs comments", "Future Events"),
                                                            ("Check forms", "Scavenger Hunt")]


PARISH = [  # a parish council's minutes table in HTML: 'N.N | minute | Action', initials in the margin
    ["1.0", "Welcome, Introductions and apologies", ""],
    ["1.1", "The Chair welcomed all. Apologies for absence were noted from two members.", ""],
    ["2.0", "Declarations of Interest", ""],
    ["2.1\n2.2", "No interests were declared.\nOne member stated that she had sought advice and had no "
                 "interest to declare with regards to the Village Hall.", ""],
    ["3.0", "Matters arising", ""],
    ["3.1", "Poplar trees – the tree survey report has not yet been filed with the district council. Clerk to "
            "maintain pressure on this.", "NC"],
    ["3.2", "Dog waste bins are with the contractor but have not yet been installed. Clerk to chase.", "NC"],
    ["3.3", "Bike racks on the playing field are bent and unusable. Members to look into this and report back.",
     "DD\nJB"],
]


def test_a_first_column_of_minute_numbers_one_a_line_is_still_numbers() -> None:
    rows = [[(c, t) for c, t in enumerate(r) if t] for r in PARISH]
    layout = layout_by_margin(rows)
    assert layout is not None and layout.margin
    result = normalise(RawDocument("m.html", "m.html", "html", blocks=[grid(PARISH)]))
    assert [(a.action, a.lead) for a in result.actions] == [
        ("Poplar trees – the tree survey report has not yet been filed with the district council. Clerk to "
         "maintain pressure on this.", "NC"),
        ("Dog waste bins are with the contractor but have not yet been installed. Clerk to chase.", "NC"),
        ("Bike racks on the playing field are bent and unusable. Members to look into this and report back.", "DD JB"),
    ]
    # near-miss: a first column that holds words beside its numbers is no column of numbers
    worded = [["2.1 Interests" if r[0] == "2.1\n2.2" else r[0], r[1], r[2]] for r in PARISH]
    assert layout_by_margin([[(c, t) for c, t in enumerate(r) if t] for r in worded]) is None


def test_a_note_over_two_lines_goes_whole_with_the_paragraph_it_heads() -> None:
    """A margin too narrow for 'IB/ Agenda' (who acts, and the item for the next agenda) sets it over
    two lines: 'IB/' in the white above the paragraph, 'Agenda' beside its first line; or 'SG/' beside
    a bullet's line and 'Agenda' beside the next bullet, set close under it (the shape of Suffolk
    Libraries board minutes, January 2013, in our own words). The note heads the paragraph whose first
    line it is level with, and goes whole into that paragraph's row."""
    t = table(item_rows([("IB/", 134), ("Agenda", 146), ("SG/", 182), ("Agenda", 194)]), [80, 100, 220])
    assert texts(t) == [
        ["", "", "Action"],
        ["1.", "Welcome The Board welcomed the new manager to the team today.", ""],
        ["", "The Board asked for an update on web services for the next meeting of the Board in June.",
         "IB/ Agenda"],
        ["", "• The tracking of papers needs to be put right soon.", "SG/ Agenda"],
        ["", "• Minutes on the website are up to date.", ""],
    ]


def sub_heading_rows(note_top: float, intro: str) -> list[Word]:
    """Item 2: a sub-heading (or a sentence), white, a paragraph of two lines, white, a paragraph;
    'AW' on a line of its own at note_top."""
    words = line("2.", 55, 110) + line(intro, 85, 110)
    words += line("It was noted that a second application had been received", 85, 136)
    words += line("from the town council for the library.", 85, 148)
    words += line("The agenda for the next meeting was agreed by all.", 85, 172)
    return words + line("AW", 485, note_top)


def test_a_note_in_the_white_under_a_sub_heading_heads_the_paragraph_below() -> None:
    t = table(sub_heading_rows(123, "Governance"), [100, 200])
    assert texts(t) == [
        ["2.", "Governance", ""],
        ["", "It was noted that a second application had been received from the town council for the library.",
         "AW"],
        ["", "The agenda for the next meeting was agreed by all.", ""],
    ]
    # in the white under a paragraph closing on a colon, the note stands for what that paragraph introduces
    t = table(sub_heading_rows(123, "The Board agreed the plans needed:"), [100, 200])
    assert texts(t)[0] == ["2.", "The Board agreed the plans needed:", "AW"]


def test_a_note_beside_a_paragraph_introducing_a_list_keeps_the_list_with_it() -> None:
    """'The Board agreed the plans needed:' with its note in the white under it, over a numbered list:
    the list is what the paragraph introduces, one row with it; the paragraph after the list is not."""
    words = line("2.", 55, 110) + line("The Board agreed the plans needed:", 85, 110) + line("AW", 485, 123)
    words += line("1. Consultation on the proposals", 100, 136) + line("2. Communication plan reviewed", 100, 148)
    words += line("The agenda for the next meeting was agreed by all.", 85, 172)
    assert texts(table(words, [100, 200])) == [
        ["2.", "The Board agreed the plans needed: 1. Consultation on the proposals 2. Communication plan reviewed",
         "AW"],
        ["", "The agenda for the next meeting was agreed by all.", ""],
    ]


def test_margin_minutes_under_an_items_lone_title_take_it_as_their_area() -> None:
    rows = [["", "", "Action"], ["2.", "Appointment of Board Members", ""],
            ["", "The board had received two expressions of interest. After discussion the board agreed that the "
                 "General Manager should follow the other one up before the next meeting of the board.", "AW"],
            ["3.", "Declarations of Interest\nNone.", ""],
            ["", "The board will review the safety management system against the leading health and safety "
                 "checklist of the institute at the next meeting of the board in the spring.", "IB"]]
    result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[grid(rows)]))
    assert [(a.area_ref, a.area, a.lead) for a in result.actions] == [
        ("2", "Appointment of Board Members", "AW"), ("3", "Declarations of Interest", "IB")]


def test_margin_notes_name_who_acts_perhaps_with_a_word_beside() -> None:
    from planx.extract.pdftables import margin_who, note_lines
    assert margin_who("IB/ Agenda") and margin_who("SG/NS") and margin_who("RS & AB")
    assert not margin_who("Agenda") and not margin_who("Noted") and not margin_who("Complete")
    assert note_lines(["IB/", "Agenda", "AW", "SG/", "NS"]) == [[0, 1], [2], [3, 4]]


def test_margin_minutes_with_two_line_notes_are_read() -> None:
    rows = [[a, b, "IB/\nAgenda" if c == "RS/SG" else c] for a, b, c in MINUTES]
    result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[grid(rows)]))
    assert [a.lead for a in result.actions] == ["LP", "IB/ Agenda"]


WHO_WHEN = [
    ["Points discussed/agreed", "Action\nWho/When"],
    ["1. KK presented a proposal for an outline schedule to deliver the plan\n"
     "• General agreement that this was a good start for the plan\n"
     "• It was agreed that JN and AC would investigate feasibility with the officer", "JN/AC Nov"],
    ["2. KK advised the group that the committee will scrutinise the local plan\n"
     "• The updated plan contains no allocation of housing", ""],
    ["3. Need to set up facilities to survey across the village\n• Qualitative surgeries\n"
     "• Quantitative methods", "AC to liaise with the printer"],
    ["Points discussed/agreed", "Action\nWho/When"],
    ["4. The group scrutinised a sample plan to find its framework", ""],
]


def test_a_who_when_column_marks_the_minutes_that_set_a_task() -> None:
    """'Points discussed/agreed | Action Who/When' (the shape of a parish working group's minutes, in
    our own words): the minutes' numbers open their text, the who/when column is filled beside some
    minutes only. Each such minute is one action: its point recording a decision, or the whole minute;
    who acts and when from the column. The heading row repeated on the next page is no minute."""
    result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[grid(WHO_WHEN)]))
    got = [(a.area_ref, a.action, a.lead, a.due_raw) for a in result.actions]
    assert got == [
        ("1", "It was agreed that JN and AC would investigate feasibility with the officer", "JN/AC", "Nov"),
        ("3", "Need to set up facilities to survey across the village; Qualitative surgeries; Quantitative methods",
         "AC", ""),
    ]
    assert "to liaise with the printer" in " ".join(x.text for x in result.leftovers)
    # near-miss: the column left empty sets no one a task
    empty = [[a, b if i in (0, 4) else ""] for i, (a, b) in enumerate(WHO_WHEN)]
    assert normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[grid(empty)])).actions == []


def test_a_cover_tables_date_row_dates_the_minutes() -> None:
    """A meeting's cover table ('Date: | 19 October 2014', 'Time: | 3.00 p.m.') and no dated line atop
    the minutes: the date row dates them, so 'Nov' in the who/when column is November 2014 (the time is
    no date)."""
    cover = Table(index=1, page=1, rows=[Row([Cell("Date:", 0), Cell("19 October 2014", 1)], 1, 1),
                                         Row([Cell("Time:", 0), Cell("3.00 p.m.", 1)], 1, 2)])
    body = grid(WHO_WHEN)
    body.index = 2
    result = normalise(RawDocument("m.pdf", "m.pdf", "pdf", blocks=[cover, body]))
    assert result.plan_date == "2014-10-19"
    assert [a.due_date for a in result.actions] == ["2014-11", ""]
