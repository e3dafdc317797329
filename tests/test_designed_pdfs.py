"""Designed PDF plans written as bullets: the shapes of real ones (/work/realdocs/dev_pdfprose), printed
by reportlab here, and the rules that read them.

- a forward agenda: a bold title over a plain subtitle naming the plan, bold theme headings, top-level
  bullets whose own bullets are indented under them and set close, a protective marking and page
  number on every page (a Cabinet Office transparency framework);
- a strategy whose bullets are pictures, its items run on under 'The Transparency unit will:' (an FCO
  open data strategy refresh, a Word export);
- a strategy whose items close with their period, '(Start – April 2012; finish – December 2012);',
  under 'We will explore:' and 'We will:', a sentence after each list describing it (MoJ);
- an annual report with bulleted achievements under bold headings: no plan (0 actions).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from planx.extract.pdf import item_levels, numbers_rejoined, page_footers, pages_rejoined, stitch
from planx.extract.pdfcolumns import Columns, ruled_across
from planx.extract.pdfgeom import BULLET, image_bullets
from planx.extract.pdfpage import PageResult, opens_with_bullet
from planx.normalise.minute_marks import bracketed_note
from planx.normalise.minutes import split_items

# ---- the shapes, printed ---------------------------------------------------------------------

Line = tuple[str, float, str, float]  # (text, x, font, size); text '' is a blank line


def print_pdf(path: Path, pages: list[list[Line]], *, marking: str = "", picture_bullets: bool = False) -> None:
    """Pages of lines set 14 pt apart from the top (a blank line adds a paragraph's space), a marking
    at the top and the page's number at the foot of each page. picture_bullets: a line whose text
    opens with '• ' prints a small square picture there instead of the glyph (a Word export's
    picture bullet)."""
    pytest.importorskip("reportlab")
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    square = io.BytesIO()
    Image.new("RGB", (20, 20), (0, 80, 160)).save(square, format="PNG")
    c = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    for number, lines in enumerate(pages, 1):
        if marking:
            c.setFont("Helvetica", 10)
            c.drawCentredString(width / 2, height - 30, marking)
        y = height - 80
        for text, x, font, size in lines:
            if not text:
                y -= 10
                continue
            c.setFont(font, size)
            if picture_bullets and text.startswith("• "):
                square.seek(0)
                c.drawImage(ImageReader(square), x, y - 1, width=7, height=7)
                c.drawString(x + 18, y, text[2:])
            else:
                c.drawString(x, y, text)
            y -= 14
        c.setFont("Helvetica", 10)
        c.drawCentredString(width / 2, 30, str(number))
        c.showPage()
    c.save()


R, B = "Helvetica", "Helvetica-Bold"

AGENDA = [
    [("TRANSPARENCY FRAMEWORK", 200, B, 12), ("a forward agenda and priorities for the next 6 months", 150, R, 12), "",
     ("Strategy and Culture", 72, B, 12), "",
     ("• Further develop the Transparency strategy, including:", 72, R, 12),
     ("• Continue to own and drive the Public Data Principles;", 108, R, 12),
     ("• Develop forward strategy for data release, moving from reactive", 108, R, 12),
     ("to proactive;", 122, R, 12),
     ("• Confirm the publication strategy for each department.", 108, R, 12), "",
     ("• Develop a clear narrative to support the Transparency strategy with links", 72, R, 12),
     ("to other priority initiatives such as Civil Liberties", 86, R, 12),
     ("• Lead a study into the links between Transparency and Privacy;", 108, R, 12),
     ("• Work closely with HM Treasury on the Data Review.", 108, R, 12), "",
     ("• Lead on the development of policy to support the Public Data Corporation", 72, R, 12), "",
     ("• Define success and develop a strategy for measuring it (including key", 72, R, 12),
     ("metrics)", 86, R, 12)],
    [("Creating the Transparency Ecosystem", 72, B, 12), "",
     ("data.gov.uk", 72, R, 12), "",
     ("• Develop and implement a programme of work to increase the usability", 72, R, 12),
     ("and utility of data.gov.uk", 86, R, 12), "",
     ("• Continue to engage with developers to ensure applications and value", 72, R, 12),
     ("flow from the data released", 86, R, 12), "",
     ("Data publication", 72, R, 12), "",
     ("• Develop an inventory of data available to support the public's Right to Data", 72, R, 12), "",
     ("• Work with the National Archives to ensure a duty of care for datasets", 72, R, 12),
     ("that are at risk of being lost over time", 86, R, 12)],
]

PICTURES = [
    [("Open Data Strategy Refresh", 72, B, 16), "",
     ("Transparency Unit", 72, B, 14), "",
     ("To drive this work we have established a dedicated Transparency Unit, accountable to", 72, R, 11),
     ("the Transparency Steering Group. The Transparency unit will:", 72, R, 11),
     ("• Coordinate the release of data from across the department;", 90, R, 11),
     ("• Ensure that information is released in a consistent manner and meets a", 90, R, 11),
     ("recognisable standard (3* linked data or above wherever possible);", 108, R, 11),
     ("• Develop and implement the department's approach to My Data", 90, R, 11),
     ("• Respond to requests for data releases", 90, R, 11),
     ("• Embed transparency in new processes and learning activities to improve the", 90, R, 11),
     ("quality of the information provided.", 108, R, 11), "",
     ("Big Data", 72, B, 14), "",
     ("The department currently publishes all the information the Prime Minister's letter requires.", 72, R, 11)],
]

PERIODS = [
    [("Open Data Strategy 2012-15", 72, B, 16), "",
     ("Big data", 72, B, 14), "",
     ("We will explore:", 72, R, 11),
     ("• Making current criminal court listings data available in a re-useable format", 72, R, 11),
     ("(Start – April 2012; finish – December 2012);", 90, R, 11),
     ("• Making data available offline where needed, based on understanding audience", 72, R, 11),
     ("requirements (Start – April 2012; finish – September 2012); and", 90, R, 11),
     ("• the feasibility of making tribunal data available at a site-specific level", 72, R, 11),
     ("(Start – April 2012; finish – March 2013).", 90, R, 11), "",
     ("These data will enable increased understanding and local engagement with the", 72, R, 11),
     ("justice system (benefits: choice, public service delivery).", 72, R, 11), "",
     ("My data", 72, B, 14), "",
     ("We will:", 72, R, 11),
     ("• explore the feasibility of establishing a 'Mypage' service containing", 72, R, 11),
     ("information on users' interactions with our services (Start – April", 90, R, 11),
     ("2012; finish – July 2012); and", 90, R, 11),
     ("• Continue to work with the Home Office and police forces on trailblazer", 72, R, 11),
     ("initiatives such as 'TrackMyCrime'. This work will be on-going over 2012–13.", 90, R, 11), "",
     ("A 'Mypage' service would supply service users with relevant information on their", 72, R, 11),
     ("interactions with our services (benefits: accountability, social growth).", 72, R, 11)],
]

SPLIT_NUMBERS = [
    [("Community Safety Partnership Plan 2024-27", 72, B, 16), "",
     ("Priority: Tackling anti-social behaviour", 72, B, 13), "",
     ("1.", 72, R, 11), ("Launch a neighbourhood ASB reporting app with the police.", 72, R, 11), "",
     ("2.", 72, R, 11), ("Fund two additional youth outreach workers in the town centre.", 72, R, 11), "",
     ("Priority: Reducing violence against women and girls", 72, B, 13), "",
     ("3.", 72, R, 11), ("Train 300 licensed premises staff in bystander intervention.", 72, R, 11), "",
     ("4.", 72, R, 11), ("Extend the Safe Space scheme to five more venues by 2025.", 72, R, 11)],
]

WHAT_WE_WILL_DO = [
    [("Health and Wellbeing Strategy 2024-2028", 72, B, 18), "",
     ("Priority 1: Start well", 72, B, 14), "",
     ("Children in our borough should have the best start in life. Too many still start school", 72, R, 11),
     ("without the skills they need.", 72, R, 11), "",
     ("What we will do", 72, B, 12),
     ("• Expand the family hub network to every ward", 72, R, 11),
     ("Lead: Director of Children's Services   By: March 2026", 86, R, 11),
     ("• Offer every new parent a health visitor contact within 14 days", 72, R, 11),
     ("Lead: Public Health   By: April 2025", 86, R, 11), "",
     ("Priority 2: Live well", 72, B, 14), "",
     ("What we will do", 72, B, 12),
     ("• Open two new community wellbeing hubs in the east of the borough", 72, R, 11),
     ("Lead: Adult Social Care   By: December 2025", 86, R, 11),
     ("• Train 500 staff in Making Every Contact Count", 72, R, 11),
     ("Lead: ICB workforce team   By: March 2026", 86, R, 11)],
]

REPORT = [
    [("Annual Report 2011-12", 72, B, 16), "",
     ("Highlights of the year", 72, B, 12), "",
     ("• Published the first national metadata catalogue in May 2011", 72, R, 11),
     ("• Opened three regional data hubs with local partners", 72, R, 11),
     ("• Trained 200 data publishers across local government", 72, R, 11), "",
     ("Our work with partners", 72, B, 12), "",
     ("• Supported 40 councils to publish spending data over £500", 72, R, 11),
     ("• Held six workshops on open standards with developers", 72, R, 11),
     ("• Agreed a common licence with the devolved administrations", 72, R, 11)],
]


def _lines(pages: list[list[object]]) -> list[list[Line]]:
    return [[("", 0.0, R, 0.0) if item == "" else item for item in page] for page in pages]  # type: ignore[misc]


def _convert(tmp_path: Path, name: str, pages: list[list[object]], **kw: object) -> list[dict[str, str]]:
    return _read(tmp_path, name, pages, **kw)[0]


def _read(tmp_path: Path, name: str, pages: list[list[object]], **kw: object
          ) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """(actions, milestones) of the printed pages, as planx writes them."""
    import planx
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    print_pdf(src / name, _lines(pages), **kw)  # type: ignore[arg-type]
    out = tmp_path / f"out_{name}"
    planx.convert([src / name], out=out, jobs=1, report=False)
    with open(out / "actions.csv", newline="", encoding="utf-8") as fh, \
            open(out / "milestones.csv", newline="", encoding="utf-8") as mh:
        return list(csv.DictReader(fh)), list(csv.DictReader(mh))


# ---- end to end --------------------------------------------------------------------------------

def test_forward_agenda_top_level_bullets_are_actions_their_own_bullets_milestones(tmp_path: Path) -> None:
    """Bold theme headings over top-level bullets, each with its own bullets indented under it and set
    close, plain sub-headings over the lists of the second theme, a marking and page number on every
    page: one action per top-level bullet, its area the nearest heading, its nested bullets its
    milestones (not actions of their own)."""
    rows, milestones = _read(tmp_path, "agenda.pdf", AGENDA, marking="UNCLASSIFIED")
    assert [r["action"] for r in rows] == [
        "Further develop the Transparency strategy, including:",
        "Develop a clear narrative to support the Transparency strategy with links to other priority "
        "initiatives such as Civil Liberties",
        "Lead on the development of policy to support the Public Data Corporation",
        "Define success and develop a strategy for measuring it (including key metrics)",
        "Develop and implement a programme of work to increase the usability and utility of data.gov.uk",
        "Continue to engage with developers to ensure applications and value flow from the data released",
        "Develop an inventory of data available to support the public's Right to Data",
        "Work with the National Archives to ensure a duty of care for datasets that are at risk of being lost "
        "over time"]
    assert [r["area"] for r in rows] == ["Strategy and Culture"] * 4 + ["data.gov.uk"] * 2 + ["Data publication"] * 2
    assert [(m["action_seq"], m["milestone"]) for m in milestones] == [
        ("1", "Continue to own and drive the Public Data Principles;"),
        ("1", "Develop forward strategy for data release, moving from reactive to proactive;"),
        ("1", "Confirm the publication strategy for each department."),
        ("2", "Lead a study into the links between Transparency and Privacy;"),
        ("2", "Work closely with HM Treasury on the Data Review.")]
    assert not any("UNCLASSIFIED" in r["action"] for r in rows)


def test_picture_bullets_under_an_announcing_sentence(tmp_path: Path) -> None:
    """Bullets drawn as small pictures, the items set close under 'The Transparency unit will:' (one
    paragraph on the page): each item an action, wrapped lines joined, the prose after them none."""
    rows = _convert(tmp_path, "pictures.pdf", PICTURES, picture_bullets=True)
    assert [r["action"] for r in rows] == [
        "Coordinate the release of data from across the department;",
        "Ensure that information is released in a consistent manner and meets a recognisable standard "
        "(3* linked data or above wherever possible);",
        "Develop and implement the department's approach to My Data",
        "Respond to requests for data releases",
        "Embed transparency in new processes and learning activities to improve the quality of the "
        "information provided."]


def test_items_closing_with_their_period_give_their_due(tmp_path: Path) -> None:
    """'We will explore:' and 'We will:' over bulleted items closing with '(Start – …; finish – …)':
    the item's text without the note, due the finish; the dashes inside no items of their own; the
    sentence describing the list after it no action."""
    rows = _convert(tmp_path, "periods.pdf", PERIODS)
    got = [(r["area"], r["action"], r["due_date"]) for r in rows]
    assert got == [
        ("Big data", "Making current criminal court listings data available in a re-useable format", "2012-12"),
        ("Big data", "Making data available offline where needed, based on understanding audience requirements",
         "2012-09"),
        ("Big data", "the feasibility of making tribunal data available at a site-specific level", "2013-03"),
        ("My data", "explore the feasibility of establishing a 'Mypage' service containing information on users' "
                    "interactions with our services", "2012-07"),
        ("My data", "Continue to work with the Home Office and police forces on trailblazer initiatives such as "
                    "'TrackMyCrime'. This work will be on-going over 2012–13.", "")]


def test_numbers_printed_over_their_paragraphs(tmp_path: Path) -> None:
    """A designed plan's item numbers printed on a line of their own over the paragraph they number:
    one numbered action each, under its priority."""
    rows = _convert(tmp_path, "numbers.pdf", SPLIT_NUMBERS)
    assert [(r["ref"], r["action"]) for r in rows] == [
        ("1", "Launch a neighbourhood ASB reporting app with the police."),
        ("2", "Fund two additional youth outreach workers in the town centre."),
        ("3", "Train 300 licensed premises staff in bystander intervention."),
        ("4", "Extend the Safe Space scheme to five more venues by 2025.")]
    # 'Priority: …' is a banner: its label goes, its title is the area (normalise/structure.read_banner)
    assert [r["area"] for r in rows] == ["Tackling anti-social behaviour"] * 2 + \
        ["Reducing violence against women and girls"] * 2


def test_a_number_alone_joins_the_paragraph_below() -> None:
    blocks: list = [(1, 100.0, "1.", False, 11.0, False, "", 72.0),
                    (1, 114.0, "Launch the app.", False, 11.0, False, "", 72.0),
                    (1, 200.0, "3", False, 11.0, False, "", 300.0),  # a bare number: a page's, perhaps
                    (1, 214.0, "Text below.", False, 11.0, False, "", 72.0),
                    (1, 300.0, "2.", False, 11.0, False, "", 72.0),  # far above the next paragraph
                    (1, 400.0, "Fund workers.", False, 11.0, False, "", 72.0)]
    assert [b[2] for b in numbers_rejoined(blocks)] == ["1. Launch the app.", "3", "Text below.", "2.", "Fund workers."]


def test_a_paragraph_the_page_break_cut_is_joined_again() -> None:
    # trustees' minutes (holdout19, Friends of Halesworth Library, OpenOffice PDFs): '14.1 The lift is …
    # Ahop will enquire as to whether the library can also use this' at the foot of page 2, 'facility.
    # Ali asked … AGREED' at the top of page 3, then the 'ACTION:AHop' that closes the whole item
    blocks = [(2, 725.0, "14.1 The lift is broken. Ahop will enquire whether the library can also use this", False,
               12.0, False, "14.1", 56.0),
              (3, 58.0, "facility. Ali asked if we could buy cycle maps. AGREED", False, 12.0, False, "", 92.0),
              (3, 90.0, "ACTION:AHop", False, 12.0, True, "", 92.0),
              # a page ending on a full stop, or a next page opening with a capital, stays apart
              (3, 700.0, "15.1 The planters were ordered.", False, 12.0, False, "", 56.0),
              (4, 58.0, "then the council agreed.", False, 12.0, False, "", 56.0),
              (4, 700.0, "16.1 The date was set for", False, 12.0, False, "", 56.0),
              (5, 58.0, "Date of Next Meeting 15th March 2016", False, 12.0, False, "", 56.0)]
    assert [(b[0], b[2]) for b in pages_rejoined(blocks)] == [
        (2, "14.1 The lift is broken. Ahop will enquire whether the library can also use this facility. Ali asked "
            "if we could buy cycle maps. AGREED"),
        (3, "ACTION:AHop"),
        (3, "15.1 The planters were ordered."),
        (4, "then the council agreed."),
        (4, "16.1 The date was set for"),
        (5, "Date of Next Meeting 15th March 2016")]


def test_a_paragraph_stopping_on_an_open_word_goes_on_over_the_page_break() -> None:
    # a strategy's 'Action:' paragraphs (NARA social media strategy draft, holdout19): '… help find and
    # select items for' at the foot of page 9, the page number between, 'Today’s Document. We will …'
    # at the top of page 10 (a name's capital); and a list stopping mid-item ('…; and') whose next
    # item, with the same bullet, opens page 12
    blocks = [(9, 684.0, "Action: The team invites audiences to help curate content. For example, we develop a "
               "mechanism for the public to help find and select items for", False, 11.0, False, "", 50.0),
              (10, 73.0, "Today’s Document. We will also invite influencers to guest edit a campaign.", False,
               11.0, False, "", 50.0),
              (11, 590.0, "Action: The team establishes a working group for these content creators to: ● pilot "
               "techniques to support visits; ● think creatively about sharing; and", False, 11.0, False, "", 50.0),
              (12, 73.0, "● explore tactics like promoting hashtags on-site.", False, 11.0, False, "", 60.0),
              # a page ending on an open word over a heading line (no sentence stop) stays apart, as does
              # a new numbered paragraph or a bullet the list above does not use
              (12, 700.0, "The council asked the clerk to", False, 11.0, False, "", 50.0),
              (13, 58.0, "Date of Next Meeting 15th March 2016", False, 11.0, False, "", 50.0),
              (13, 700.0, "The board thanked the staff for", False, 11.0, False, "", 50.0),
              (14, 58.0, "3.2 Target messaging to audiences. Staff go where those audiences are.", False, 11.0,
               False, "", 50.0),
              (14, 700.0, "The list goes on with", False, 11.0, False, "", 50.0),
              (15, 58.0, "• A new item of another list.", False, 11.0, False, "", 50.0)]
    assert [(b[0], b[2]) for b in pages_rejoined(blocks)] == [
        (9, "Action: The team invites audiences to help curate content. For example, we develop a mechanism for "
            "the public to help find and select items for Today’s Document. We will also invite influencers to "
            "guest edit a campaign."),
        (11, "Action: The team establishes a working group for these content creators to: ● pilot techniques to "
             "support visits; ● think creatively about sharing; and ● explore tactics like promoting hashtags "
             "on-site."),
        (12, "The council asked the clerk to"),
        (13, "Date of Next Meeting 15th March 2016"),
        (13, "The board thanked the staff for"),
        (14, "3.2 Target messaging to audiences. Staff go where those audiences are."),
        (14, "The list goes on with"),
        (15, "• A new item of another list.")]


def test_what_we_will_do_under_each_priority(tmp_path: Path) -> None:
    """'What we will do' in bold under each priority, bullets with 'Lead: … By: …' lines under them:
    the priority is the area (the sub-heading only names the list), the lead and date read from
    the labels ('ICB workforce team By:' is no lead label: 'By:' before a date labels the date)."""
    rows = _convert(tmp_path, "hws.pdf", WHAT_WE_WILL_DO)
    assert [(r["area_ref"], r["area"], r["lead"], r["due_date"]) for r in rows] == [
        ("1", "Start well", "Director of Children's Services", "2026-03"),
        ("1", "Start well", "Public Health", "2025-04"),
        ("2", "Live well", "Adult Social Care", "2025-12"),
        ("2", "Live well", "ICB workforce team", "2026-03")]


def _two_columns(path: Path) -> None:
    """A one-page net zero plan set in two columns, two themes in each: bold headings, an intro
    sentence set close over some lists, bullets whose text wraps under them."""
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont(B, 18)
    c.drawString(50, height - 60, "Net Zero Action Plan 2024-2030")

    def column(x: float, items: list[tuple[str, str]]) -> None:
        y = height - 110
        for kind, text in items:
            if kind == "h":
                c.setFont(B, 13)
                c.drawString(x, y - 8, text)
                y -= 28
                continue
            c.setFont(R, 10)
            if kind == "b":
                c.drawString(x, y, "•")
            c.drawString(x + (12 if kind in "bc" else 0), y, text)
            y -= 13
    column(50, [("h", "Our buildings"), ("p", "Council buildings make up 40% of our own emissions."),
                ("b", "Install solar panels on ten council"), ("c", "buildings by March 2026"),
                ("b", "Replace gas boilers at the civic"), ("c", "centre with heat pumps"),
                ("h", "Our fleet"), ("b", "Replace 60 fleet vehicles with electric"),
                ("c", "models as their leases end"), ("b", "Install 40 charge points at depots")])
    column(310, [("h", "Our communities"), ("p", "Residents told us they want help to make homes warmer."),
                 ("b", "Launch a home retrofit advice service"), ("c", "with the energy agency"),
                 ("b", "Fund 25 community energy projects"), ("c", "through a new grant scheme"),
                 ("b", "Plant 10,000 trees in parks and"), ("c", "streets by 2028"),
                 ("h", "Our economy"), ("b", "Support 100 small businesses to set"),
                 ("c", "carbon reduction targets"), ("b", "Run a green skills bootcamp with the"),
                 ("c", "college each year")])
    c.showPage()
    c.save()


def test_two_column_plan_reads_each_column_and_its_themes(tmp_path: Path) -> None:
    """Two text columns, two themes each: every bullet an action under its own column's theme, the
    right column's lists not nested under the left's last item, the plan verbs that are nouns too
    ('Fund 25 …', 'Plant 10,000 trees …') read as verbs."""
    import planx
    src = tmp_path / "in"
    src.mkdir()
    _two_columns(src / "twocol.pdf")
    planx.convert([src / "twocol.pdf"], out=tmp_path / "out", jobs=1, report=False)
    with open(tmp_path / "out" / "actions.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["area"], r["action"]) for r in rows] == [
        ("Our buildings", "Install solar panels on ten council buildings by March 2026"),
        ("Our buildings", "Replace gas boilers at the civic centre with heat pumps"),
        ("Our fleet", "Replace 60 fleet vehicles with electric models as their leases end"),
        ("Our fleet", "Install 40 charge points at depots"),
        ("Our communities", "Launch a home retrofit advice service with the energy agency"),
        ("Our communities", "Fund 25 community energy projects through a new grant scheme"),
        ("Our communities", "Plant 10,000 trees in parks and streets by 2028"),
        ("Our economy", "Support 100 small businesses to set carbon reduction targets"),
        ("Our economy", "Run a green skills bootcamp with the college each year")]


def test_annual_report_bullets_stay_no_plan(tmp_path: Path) -> None:
    """An annual report's bulleted achievements under bold headings: no action."""
    assert _convert(tmp_path, "report.pdf", REPORT) == []


# ---- the rules -----------------------------------------------------------------------------------

def test_item_levels_from_where_bullets_stand() -> None:
    """A bullet further right than the item's above sits under it; back at an earlier indent, a
    sibling; a paragraph at the list's left edge ends the list, one indented under an item does not
    (it nests under that item); a table ends it too."""
    paras: list[tuple[str, float, float, bool] | None] = [
        ("• Further develop the strategy, including:", 72, 12, False), ("• Continue to own …", 108, 12, False),
        ("• Develop forward strategy …", 108, 12, False), ("text going on under the item", 122, 12, False),
        ("• Develop a clear narrative", 72, 12, False), ("• Lead a study", 108, 12, False),
        ("• deeper still", 140, 12, False), ("• Lead on policy", 72, 12, False),
        ("Creating the Ecosystem", 72, 12, True), ("• Develop a programme", 90, 12, False),
        None, ("• Engage with developers", 108, 12, False)]
    assert item_levels(paras) == [0, 1, 1, 2, 0, 1, 2, 0, 0, 0, 0, 0]  # (the text under an item: one deeper)
    # two columns: the right column's heading, far right of the left column's bullets, ends their list
    columns: list[tuple[str, float, float, bool] | None] = [
        ("• Install 40 charge points", 50, 10, False), ("Our economy", 310, 13, True),
        ("• Support 100 small businesses", 310, 10, False), ("prose far right of the list", 50, 10, False),
        ("• Replace the fleet", 50, 10, False), ("a caption in the next column", 310, 10, False),
        ("• Run a green skills bootcamp", 310, 10, False)]
    assert item_levels(columns) == [0, 0, 0, 0, 0, 0, 0]


def test_a_bullet_glyph_opens_an_item() -> None:
    assert opens_with_bullet("• Develop a clear narrative")
    assert opens_with_bullet("\uf0b7 Making data available")
    assert not opens_with_bullet("– Owner: J Smith")  # a dash may be punctuation a line broke at
    assert not opens_with_bullet("•")


def _char(text: str, x0: float, top: float, size: float = 11.0) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x0 + 0.5 * size, "top": top, "bottom": top + size, "size": size,
            "upright": True, "fontname": "Helvetica"}


def test_picture_bullets_read_as_bullets() -> None:
    """Small pictures, about the type's size, just before the first letter of lines: bullets. A lone
    picture, a large one, or one with text to its left is none."""
    chars = [_char("C", 108, 100), _char("E", 108, 120), _char("R", 108, 140), _char("x", 40, 160),
             _char("Y", 108, 160)]
    icon = {"x0": 90.0, "x1": 100.0, "top": 101.0, "bottom": 110.0}
    images = [icon, {**icon, "top": 121.0, "bottom": 130.0},
              {"x0": 90.0, "x1": 190.0, "top": 140.0, "bottom": 240.0},  # a picture, not a bullet
              {**icon, "top": 161.0, "bottom": 170.0}]  # text to its left: mid-line, no bullet
    got = image_bullets(images, chars)
    assert [(c["text"], c["top"]) for c in got] == [(BULLET, 100), (BULLET, 120)]
    assert image_bullets(images[:1], chars) == []  # one small picture alone: no list
    # icons before bold headings: the headings' pictures
    bold = [{**c, "fontname": "Helvetica-Bold"} for c in chars]
    assert image_bullets(images, bold) == []


def test_rule_to_the_gutter_edge_is_one_columns_own() -> None:
    """A rule under a box in the left column drawn up to the gutter's edge does not make the page a
    ruled table; a rule across the gutter does, and so does one down it that a rule across meets (a
    lone rule down the gutter is a column rule: tests/test_newspaper_columns.py)."""
    cols = Columns(gutter=(288.0, 311.0), top=140.0, bottom=800.0)
    assert not ruled_across([{"x0": 57.0, "x1": 289.0, "top": 574.0, "bottom": 574.0}], cols)
    assert ruled_across([{"x0": 57.0, "x1": 540.0, "top": 574.0, "bottom": 574.0}], cols)
    down = {"x0": 299.0, "x1": 299.0, "top": 150.0, "bottom": 700.0}
    assert ruled_across([down, {"x0": 57.0, "x1": 299.0, "top": 400.0, "bottom": 400.0}], cols)


def test_bulleted_item_dashes_are_punctuation() -> None:
    """An item opening with a bullet glyph is split at further glyphs only, not at its dashes."""
    item = "\uf0b7 explore a 'Mypage' service (Start – April 2012; finish – July 2012); and"
    assert split_items(item) == ["explore a 'Mypage' service (Start – April 2012; finish – July 2012); and"]
    assert split_items("• JS to write – soon • AB to call") == ["JS to write – soon", "AB to call"]
    assert split_items("Agreed: - JS to write - AB to call") == ["Agreed:", "JS to write", "AB to call"]


def test_a_closing_period_note_gives_the_due() -> None:
    assert bracketed_note("Make listings data re-useable (Start – April 2012; finish – December 2012);") == \
        ("Make listings data re-useable", "", "Start – April 2012; finish – December 2012")
    assert bracketed_note("Publish the guide (by March 2026)") == ("Publish the guide", "", "March 2026")
    # a start alone, or a note of another kind, stays with the item
    assert bracketed_note("Run the pilot (Start – April 2012)")[2] == ""
    assert bracketed_note("Invite schools (including academies, by invitation)")[2] == ""


def test_footer_above_the_margin_strip_is_furniture() -> None:
    """A marking and page number printed as the last lines of most pages, 90 % down a landscape page
    (above the margin strip): the pages' furniture, left out of the text (and kept aside); a short
    line repeated elsewhere on the pages stays."""
    def page(n: int) -> PageResult:
        paras = [(60.0, "Timescales", False, 12.0, True, "", 72.0),
                 (300.0, "Publish data by default wherever possible;", False, 11.0, False, "", 72.0),
                 (537.0, "UNCLASSIFIED", False, 11.0, False, "", 300.0), (549.0, str(n), False, 10.0, False, "", 300.0)]
        return PageResult(number=n, paragraphs=paras, height=595.0, width=842.0)
    pages = [page(n) for n in range(1, 5)]
    assert page_footers(pages) == {"unclassified", "#"}
    dropped: list[tuple[int, float, str, bool]] = []
    texts = [b[2] for b in stitch(pages, dropped=dropped) if isinstance(b, tuple)]
    assert texts == ["Timescales", "Publish data by default wherever possible;"] * 4
    assert len(dropped) == 8 and all(d[3] for d in dropped)
    assert page_footers(pages[:2]) == set()  # two pages: too few to tell
