"""Tables whose cells are items (normalise/boards.py): a board export whose column headings are its
lanes' statuses over one card per cell, and a plan on a page's grid of boxes, each a title over a
list of items closing with who and when (normalise/inlinewho.py)."""
from __future__ import annotations

import pytest
from conftest import convert_text

from planx.extract.model import Cell, RawDocument, Row, Table
from planx.normalise.boards import box_grid, lane_board, read_boards
from planx.normalise.inlinewho import inline_who_when

_CARDS = [
    ["Set up a domestic abuse one-stop shop<br>Ines Carvalho · due November 2026<br>#safer",
     "Review the fly-tipping policy<br>Ffion Baskerville · due 08/10/2026<br>#clean",
     "Bring the bus depot site to the market<br>Dafydd Llewellyn · due 03/01/2027<br>#thriving",
     "Plant 4,000 trees on council land<br>Priya Raman · due June 2026<br>#clean"],
    ["", "Run a shop-front grant round<br>Nadia Kowalczyk · due November 2026<br>#thriving", "",
     "Replace 120 litter bins<br>Amara Osei · due August 2026<br>#clean"],
]
_BOARD_MD = ("# Digital Front Door - Board export (Lynchurch Town Council)\n\n"
             "Exported 25 November 2026 by the programme office. Cards are grouped by list.\n\n"
             "| To do (1) | Doing | Blocked | Done |\n|---|---|---|---|\n"
             + "".join("| " + " | ".join(row) + " |\n" for row in _CARDS))


def test_a_board_reads_each_card_as_an_action_in_its_lanes_status(tmp_path):
    result = convert_text(tmp_path, "board.md", _BOARD_MD)
    got = {(a.action, a.lead, a.due_raw, a.status) for a in result.actions}
    assert got == {
        ("Set up a domestic abuse one-stop shop", "Ines Carvalho", "November 2026", "not_started"),
        ("Review the fly-tipping policy", "Ffion Baskerville", "08/10/2026", "in_progress"),
        ("Run a shop-front grant round", "Nadia Kowalczyk", "November 2026", "in_progress"),
        ("Bring the bus depot site to the market", "Dafydd Llewellyn", "03/01/2027", "delayed"),
        ("Plant 4,000 trees on council land", "Priya Raman", "June 2026", "complete"),
        ("Replace 120 litter bins", "Amara Osei", "August 2026", "complete"),
    }
    assert any("read as a board" in w for w in result.warnings)
    assert "#thriving" in {lo.text for lo in result.leftovers}  # a card's tag is kept, not lost


def test_labelled_card_lines_give_lead_and_due_and_a_wrapped_label_goes_on():
    cards = ["Install redeployable CCTV at the five\nanti-social behaviour hotspots\nAssigned to: Amara Osei\n"
             "Due: 24/05/2026\nLabel: Clean and green\nneighbourhoods",
             "Train street champions\nAssigned to: Gareth Pritchard\nDue: by end of Jun 26\nLabel: Safer"]
    table = Table(rows=[Row([Cell("Not started", 0), Cell("Underway (2)", 1)], 1, 1),
                        Row([Cell(cards[0], 0), Cell(cards[1], 1)], 1, 2),
                        Row([Cell("Publish the annual report\nAssigned to: Ann Lee\nDue: May 2027", 0),
                             Cell("", 1)], 1, 3)], page=1, index=1)
    found = lane_board(table)
    assert found is not None
    rows = [[c.text for c in r.cells] for r in found[0].rows]
    assert rows[0] == ["Action", "Lead", "Due date", "Status", "Label"]
    assert rows[1] == ["Install redeployable CCTV at the five anti-social behaviour hotspots", "Amara Osei",
                       "24/05/2026", "Not started", "Clean and green neighbourhoods"]
    assert ["Train street champions", "Gareth Pritchard", "by end of Jun 26", "Underway (2)", "Safer"] in rows


def test_cards_broken_over_rows_are_gathered_from_title_to_detail():
    # a board laid out by lines: each line of a card its own row, a card printed twice read once
    lines = [("To do", "Done"),
             ("Map damp and mould risk with\nthe health board", "Recruit ten community connectors"),
             ("Assigned to: Ines Carvalho", "Assigned to: Morwenna Hale"),
             ("Due: November 2027", "Due: October 2026"),
             ("Convert the pool car fleet", ""),
             ("Convert the pool car fleet", ""),
             ("Assigned to: Dafydd Llewellyn\nDue: May-27", "")]
    table = Table(rows=[Row([Cell(a, 0), Cell(b, 1)], 1, k) for k, (a, b) in enumerate(lines)], page=1, index=1)
    found = lane_board(table)
    assert found is not None
    rows = [[c.text for c in r.cells][:4] for r in found[0].rows[1:]]
    assert rows == [["Map damp and mould risk with the health board", "Ines Carvalho", "November 2027", "To do"],
                    ["Convert the pool car fleet", "Dafydd Llewellyn", "May-27", "To do"],
                    ["Recruit ten community connectors", "Morwenna Hale", "October 2026", "Done"]]


def test_a_card_closing_with_owner_and_date_set_apart_by_a_bar_its_date_wrapped():
    cards = ["Map the respite offer for\nyoung carers\nOrla Fennimore | 14/03/2027",
             "Refresh the transport policy\nHead of Commissioning Services | End of\nJune 2026"]
    table = Table(rows=[Row([Cell("Not started", 0), Cell("Finished", 1)], 1, 1),
                        Row([Cell(cards[0], 0), Cell(cards[1], 1)], 1, 2),
                        Row([Cell("Hold a parent forum\nTeo Vance | Q3 2026", 0), Cell("", 1)], 1, 3)],
                  page=1, index=1)
    found = lane_board(table)
    assert found is not None
    rows = [[c.text for c in r.cells][:4] for r in found[0].rows[1:]]
    assert ["Map the respite offer for young carers", "Orla Fennimore", "14/03/2027", "Not started"] in rows
    assert ["Refresh the transport policy", "Head of Commissioning Services", "End of June 2026",
            "Finished"] in rows
    assert ["Hold a parent forum", "Teo Vance", "Q3 2026", "Not started"] in rows


def test_a_bar_in_a_card_title_that_names_no_owner_and_date_stays_in_the_title():
    table = Table(rows=[Row([Cell("To do", 0), Cell("Done", 1)], 1, 1),
                        Row([Cell("Agree terms\nparents | carers forum", 0), Cell("Close the pilot", 1)], 1, 2),
                        Row([Cell("Write the brief", 0), Cell("", 1)], 1, 3)], page=1, index=1)
    found = lane_board(table)
    assert found is not None
    assert found[0].rows[1].cells[1].text == ""


def _lanes_table(index: int, cards: list[list[str]]) -> Table:
    heads = ["Not yet begun", "Under way", "Completed"]
    rows = [Row([Cell(h, k) for k, h in enumerate(heads)], 1, 10 * index)]
    rows += [Row([Cell(t, k) for k, t in enumerate(r)], 1, 10 * index + i + 1) for i, r in enumerate(cards)]
    return Table(rows=rows, page=1, index=index)


def test_a_board_in_parts_reads_a_part_of_one_row_of_cards_with_the_same_lanes():
    one = _lanes_table(1, [["Open a youth hub\nOwner: Ada Quist\nDue: May 2026", "", ""]])
    two = _lanes_table(2, [["Hire two mentors\nOwner: Ben Ruiz\nDue: June 2026", "Fund a bus pass\nOwner: Cy Ode\n"
                            "Due: July 2026", ""], ["Run a summer camp\nOwner: Di Fox\nDue: Aug 2026", "", ""]])
    assert lane_board(one) is None  # alone, a row of text under statuses may be a key
    raw = RawDocument(path="b.pdf", name="b.pdf", format="pdf", blocks=[one, two])
    out = read_boards(raw)
    assert [c.text for c in out.blocks[0].rows[0].cells][:4] == ["Action", "Lead", "Due date", "Status"]
    assert out.blocks[0].rows[1].cells[0].text == "Open a youth hub"
    assert any("another board" in w for w in out.warnings)
    # a lone table of one row under other lanes is left alone
    other = Table(rows=[Row([Cell("Done", 0), Cell("Blocked", 1)], 1, 40),
                        Row([Cell("The work is finished", 0), Cell("Held up", 1)], 1, 41)], page=1, index=3)
    out = read_boards(RawDocument(path="b.pdf", name="b.pdf", format="pdf", blocks=[one, two, other]))
    assert out.blocks[2] is other


@pytest.mark.parametrize("rows", [
    # a status key: a status word over what it means, one row
    [("Complete", "In progress", "Not started"),
     ("The action is done", "Work has begun", "Work is yet to begin")],
    # headings that are not all statuses: an ordinary table
    [("Action", "In progress", "Done"), ("Publish the plan", "Yes", ""), ("Consult on it", "", "Yes")],
    # counts under statuses: a summary, not cards
    [("Complete", "In progress", "Not started"), ("12", "3", "2"), ("10 (83%)", "4", "1")],
    # status words under status words: a key's cells, not cards
    [("Red", "Amber", "Green"), ("Off track", "At risk", "On track"), ("Delayed", "Slipping", "Complete")],
])
def test_tables_that_are_no_board_are_left_alone(rows):
    table = Table(rows=[Row([Cell(t, k) for k, t in enumerate(r)], 1, i) for i, r in enumerate(rows)],
                  page=1, index=1)
    assert lane_board(table) is None


_GRID_HTML = """<html><body><h1>Westmere City Council: Our Plan on a Page 2026/27</h1>
<p>Each box below is one of our priorities, with the things we will deliver this year.</p>
<table>
<tr><td style="background:#dbe5f1">1. Homes people can afford<ul>
<li>Set up a landlord accreditation scheme – Libraries Manager – Autumn term 2026</li>
<li>Bring 60 long-term empty homes back into use – Tobias Ekwueme – by end of Dec 26</li></ul></td>
<td style="background:#e2efda">HEALTHY AND INDEPENDENT LIVES<ul>
<li>Deliver free swimming sessions for under-16s → Strategic Director, Place, by end of Oct 26</li>
<li>Expand the reablement team (Beatrix Olawale, by end of Nov 26)</li></ul></td></tr>
<tr><td>3. Thriving local economy<ul>
<li>Publish a market town investment prospectus | Licensing Team Leader | by end of Mar 27</li>
<li>Provide digital skills workshops for small traders | Rhiannon Pugh | by end of Aug 26</li></ul></td>
<td></td></tr>
</table></body></html>
"""


def test_a_grid_of_boxes_reads_each_item_as_an_action_under_its_box_title(tmp_path):
    result = convert_text(tmp_path, "onpage.html", _GRID_HTML)
    got = {(a.area_ref, a.area.casefold(), a.action, a.lead, a.due_raw) for a in result.actions}
    assert got == {
        ("1", "homes people can afford", "Set up a landlord accreditation scheme", "Libraries Manager",
         "Autumn term 2026"),
        ("1", "homes people can afford", "Bring 60 long-term empty homes back into use", "Tobias Ekwueme",
         "by end of Dec 26"),
        ("", "healthy and independent lives", "Deliver free swimming sessions for under-16s",
         "Strategic Director, Place", "by end of Oct 26"),
        ("", "healthy and independent lives", "Expand the reablement team", "Beatrix Olawale", "by end of Nov 26"),
        ("3", "thriving local economy", "Publish a market town investment prospectus", "Licensing Team Leader",
         "by end of Mar 27"),
        ("3", "thriving local economy", "Provide digital skills workshops for small traders", "Rhiannon Pugh",
         "by end of Aug 26"),
    }


def test_box_titles_in_a_row_over_their_lists_and_wrapped_items():
    # a borderless grid: the titles' row over the lists' row; a narrow box wraps an item, a wrapped
    # line opening with the dash set apart goes on with the item
    table = Table(rows=[Row([Cell("1. Safer communities", 0), Cell("2. Modern council", 1)], 1, 1),
                        Row([Cell("• Review the protection order – Beatrix Olawale\n– Summer term 2026\n"
                                  "• Train licensed premises staff – Amara Osei – by\nend of Mar 27", 0),
                             Cell("• Publish all committee papers – Callum Ridley – 12/11/2026", 1)], 1, 2)],
                  page=1, index=1)
    found = box_grid(table)
    assert found is not None
    rows = [[c.text for c in r.cells] for r in found[0].rows]
    assert rows[0] == ["Priority", "Action", "Lead", "Due date"]
    assert rows[1] == ["1. Safer communities", "Review the protection order", "Beatrix Olawale", "Summer term 2026"]
    assert rows[2][1:] == ["Train licensed premises staff", "Amara Osei", "by end of Mar 27"]
    assert rows[3] == ["2. Modern council", "Publish all committee papers", "Callum Ridley", "12/11/2026"]


_LIST = "• Build 40 homes (Ann Lee, May 2027)\n• Buy the depot land (Bo Li, June 2027)"


@pytest.mark.parametrize("rows", [
    # a row of column headings over cells holding lists: an ordinary plan table
    [("Priority", "Actions"), ("Housing", _LIST)],
    # one box only: a cell with a list, no grid
    [("Our aims\n" + _LIST, "")],
    # a cell of prose beside a box: not every cell is a box
    [("Housing\n" + _LIST, "We will work with partners to deliver this plan.")],
    # boxes of lists that close with no date: achievements, challenges, not a plan's actions
    [("Achievements\n• Opened the new library\n• Won a green flag award",
      "Challenges\n• Rising demand for temporary housing\n• Recruiting social workers")],
])
def test_tables_that_are_no_grid_of_boxes_are_left_alone(rows):
    table = Table(rows=[Row([Cell(t, k) for k, t in enumerate(r)], 1, i) for i, r in enumerate(rows)],
                  page=1, index=1)
    assert box_grid(table) is None


@pytest.mark.parametrize("text, expected", [
    ("Convert the fleet to electric vehicles | Gareth Pritchard | by end of Jun 27",
     ("Convert the fleet to electric vehicles", "Gareth Pritchard", "by end of Jun 27")),
    ("Set up a landlord scheme – Libraries Manager – Autumn term 2026",
     ("Set up a landlord scheme", "Libraries Manager", "Autumn term 2026")),
    ("Close the backlog of requests → Strategic Director, Place, 12/01/2027",
     ("Close the backlog of requests", "Strategic Director, Place", "12/01/2027")),
    ("Review the order for the riverside (Economic Development Officer, 24/11/2027)",
     ("Review the order for the riverside", "Economic Development Officer", "24/11/2027")),
])
def test_an_item_set_apart_from_its_owner_and_date(text, expected):
    assert inline_who_when(text) == expected


def test_a_bracket_of_a_phase_and_a_year_names_no_owner():
    assert inline_who_when("Run resident panels (Phase 2, 2026)") is None


def test_a_scanned_grid_whose_items_lost_the_marks_between_owner_and_date():
    # as a scan reads a plan on a page: bullets read as '*' or '+', the bars between action, owner
    # and date lost; the date the item ends with and the name or role in capitals before it
    safer = ("1. Safer communities\n* Train licensed premises staff in spotting exploitation Lewis\n"
             "Abernethy August 2026\n• Open the new library in June 2026")
    net_zero = ("4. Net zero council\n+ Fit solar panels to the depot roof .Public Health Consultant\n"
                "October 2026\n* Add climate impact assessments to committee report\ntemplates "
                "Strategic Director, Place Oct-26")
    table = Table(rows=[Row([Cell(safer, 0), Cell(net_zero, 1)], 1, 1)], page=1, index=1)
    found = box_grid(table)
    assert found is not None
    rows = [[c.text for c in r.cells][1:] for r in found[0].rows[1:]]
    assert rows == [["Train licensed premises staff in spotting exploitation", "Lewis Abernethy", "August 2026"],
                    ["Open the new library in June 2026", "", ""],  # no owner before the date: as printed
                    ["Fit solar panels to the depot roof", "Public Health Consultant", "October 2026"],
                    ["Add climate impact assessments to committee report templates", "Strategic Director, Place",
                     "Oct-26"]]


def _poster_box(title: str, items: list[tuple[str, str]], closing: str) -> str:
    return "\n".join([title, *(f"• {action}\n{owner}" for action, owner in items), closing])


def test_boxes_whose_items_have_an_owner_line_and_whose_last_line_names_the_box_lead():
    # a plan on a page: under each bullet its own line of owner and date, the box closing with a
    # line naming the lead of the whole box under a label of its own ('Sponsor:', 'Champion:')
    first = _poster_box("1. Cleaner streets", [
        ("Replace the litter bins on the high street\nand in the parks", "Lead: Ivo Marsh – End of May 2026"),
        ("Run a deep-clean week in each ward", "Lead: Parks Team – October 2025")], "Sponsor: Wen Adeyinka")
    second = _poster_box("2. SEND and inclusion", [
        ("Publish the local offer", "Who: Ruth Banner; When: Jan 2026"),
        ("Train the school governors", "Owner: Head of Schools | By:\n30 June 2026")], "Champion: Tal Brennan")
    table = Table(rows=[Row([Cell(first, 0), Cell(second, 1)], 1, 1)], page=1, index=1)
    found = box_grid(table)
    assert found is not None
    rows = [[c.text for c in r.cells] for r in found[0].rows]
    assert rows[1] == ["1. Cleaner streets\nLead for this priority: Wen Adeyinka",
                       "Replace the litter bins on the high street and in the parks", "Ivo Marsh", "End of May 2026"]
    assert rows[2][1:] == ["Run a deep-clean week in each ward", "Parks Team", "October 2025"]
    assert rows[3] == ["2. SEND and inclusion\nLead for this priority: Tal Brennan", "Publish the local offer",
                       "Ruth Banner", "Jan 2026"]
    assert rows[4][1:] == ["Train the school governors", "Head of Schools", "30 June 2026"]
    assert "names the box's lead" in found[1]


def test_a_closing_line_under_the_label_the_items_own_owners_carry_is_no_box_lead():
    # 'Lead: …' closing the box as each item's owner line is labelled: the last item's, not the box's
    box = _poster_box("1. Cleaner streets", [("Replace the litter bins", "Lead: Ivo Marsh – May 2026"),
                                             ("Run a deep-clean week", "Lead: Parks Team – October 2025")],
                      "Lead: Wen Adeyinka")
    other = _poster_box("2. Parks", [("Plant 400 trees", "Lead: Ruth Banner – Jan 2026"),
                                     ("Open the new play area", "Lead: Tal Brennan – June 2026")], "")
    table = Table(rows=[Row([Cell(box, 0), Cell(other.strip(), 1)], 1, 1)], page=1, index=1)
    found = box_grid(table)
    assert found is not None
    assert all("Lead for this priority" not in r.cells[0].text for r in found[0].rows)


def test_a_box_title_opening_with_an_initialism_keeps_its_number(tmp_path):
    html = ("<html><body><h1>Inclusion Plan on a Page</h1><table><tr>"
            "<td>1. Early years<br>• Open two nursery rooms<br>Owner: Ann Lee | By: May 2026<br>"
            "• Train the childminders<br>Owner: Bo Li | By: June 2026</td>"
            "<td>2. SEND and inclusion<br>• Publish the local offer<br>Owner: Cy Ng | By: July 2026<br>"
            "• Audit the annual reviews<br>Owner: Di Roe | By: Sep 2026</td></tr></table></body></html>")
    result = convert_text(tmp_path, "onpage.html", html)
    got = {(a.area_ref, a.area, a.action, a.lead, a.due_raw) for a in result.actions}
    assert ("2", "SEND and inclusion", "Publish the local offer", "Cy Ng", "July 2026") in got
    assert ("1", "Early years", "Train the childminders", "Bo Li", "June 2026") in got
