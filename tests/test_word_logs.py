"""Real Word action logs and reports read as a person reads them (the rukword dev set: the data.gov.uk
library archive's panel and board papers, OGL).

Each test rebuilds the shape of a real document's table with the texts it prints (Crown copyright,
OGL v3.0), so that the rule it pins can fail."""
from __future__ import annotations

from conftest import grid

from planx.extract.model import Cell, Paragraph, RawDocument, Table
from planx.normalise import normalise
from planx.normalise.columns import profile
from planx.normalise.statuscols import chosen_from_list


def convert(*blocks: Table | Paragraph):  # type: ignore[no-untyped-def]
    return normalise(RawDocument(path="", name="d.docx", format="docx", blocks=list(blocks)))


# ---- a status chosen from the log's own list, shaded by RAG, beside a column of notes ---------------

# the Transparency Board's action log as 17 January 2012: 'Progress' rates each action from a list of
# the board's own, each cell shaded (green, amber, red); 'Status progress' holds dated notes
GREEN, AMBER, RED = "#92d050", "#ffc000", "#c00000"
TB_ROWS = [
    ("02/03/2011", "Farah", "Transparency Board members to be kept informed of the progress of the right to data "
     "paper and post legislative scrutiny processes.", "Ongoing", "On track", GREEN,
     "(24 Nov) HoL Second Reading held earlier this month and a number of issues were raised"),
    ("19/05/2011", "Antonio", "URI project team to discuss with the Contract Finder team how URIs can be included "
     "in the information provided", "November", "On track", GREEN,
     "3 Nov: AA still trying to re-schedule a meeting with Contracts Finder team"),
    ("08/06/2011", "Sophia", "Transparency team officials to liaise with CLG, ShEx and CO colleagues in the "
     "first instance to raise the issue of policy ownership of geo spatial addressing.", "August",
     "Plan in place", AMBER, "Sending briefing to MCO on 2nd September; 3 Nov: Cass to hand over work area"),
    ("19/05/2011", "Sophia", "Transparency Board and MCO to convene a meeting with the Information Commissioner "
     "and the Home Office minister", "September", "Initial stages", RED, "No update. Need more information"),
    ("19/07/2011", "Antonio", "Transparency Board to be updated on the position of work relating to business "
     "unique identifiers", "September", "Plan in place", AMBER,
     "Francis Maude has written to Edward Davey (BIS) to ask him to identify a lead policy official"),
    ("11/10/2011", "Tim Kelsey", "BIS to forward the latest Public Data Corporation proposals to the "
     "Transparency Board.", "asap", "Initial stages", RED, "4 Nov: ZH emailed Tim K to lead as complex environment"),
    ("15/11/2011", "ONS", "Office for National Statistics to forward a detailed case study of the microdata "
     "publication to the Transparency Board", "January", "Plan in place", AMBER, ""),
    ("13/12/2011", "OB", "Transparency Board invited to attend the off-site White Paper meeting with officials, "
     "12 January 2012", "December", "Initial stages", RED, "Date being confirmed but looking at February"),
    ("13/12/2011", "PL", "To confirm the financial arrangements to fund the Open Data Institute", "January",
     "Initial stages", RED, ""),
    ("13/12/2011", "IM/TK", "To issue the Transparency Board with a detailed note of the outcomes from the Open "
     "Government Partnership meeting in Brasilia 6-8 December 2011", "December", "Plan in place", AMBER, ""),
]


def tb_log() -> Table:
    rows: list[list[str | Cell]] = [["TB (13)1.ii", "", "Transparency Board Action Log as 17th January 2012", "", "", ""],
                                    ["Meeting date & action number", "Team owner", "Action", "Deadline", "Progress",
                                     "Status progress"]]
    for date, owner, action, due, progress, fill, notes in TB_ROWS:
        rows.append([date, owner, action, due, Cell(progress, 4, fill=fill), notes])
    return grid(*rows)


def test_a_short_list_of_the_logs_own_values_is_a_status_chosen_from_a_list():
    values = [r[4] for r in TB_ROWS]
    assert chosen_from_list(profile(values))
    # sentences are no list; nor are as many values as rows; nor a list with no status word at all
    assert not chosen_from_list(profile([r[6] for r in TB_ROWS if r[6]]))
    assert not chosen_from_list(profile([f"Stage {i}" for i in range(10)]))
    assert not chosen_from_list(profile(["Plan in place", "Initial stages"] * 5))


def test_status_words_of_the_logs_own_beside_notes_under_a_status_heading_trade_places():
    """'Progress' (3 values over 10 rows, 'On track' among them, shaded in RAG colours) is the status and
    its shading the RAG; 'Status progress' (dated notes) is the progress, not a status read from a
    note's first words."""
    result = convert(tb_log())
    acts = result.actions
    assert len(acts) == len(TB_ROWS)
    assert [a.status_raw for a in acts] == [r[4] for r in TB_ROWS]
    assert [a.status for a in acts][:2] == ["in_progress", "in_progress"]
    assert acts[0].progress.startswith("(24 Nov) HoL Second Reading")
    assert [a.rag for a in acts][:4] == ["green", "green", "amber", "red"]
    assert any("'Progress' is the status" in w for w in result.warnings)


def test_a_row_whose_deadline_is_a_month_alone_is_not_shifted():
    """The log's last row: a month alone under 'Deadline' and 'Plan in place' under the status: both are
    what those columns hold, so the row stays under its headings (a month alone is a deadline; the
    realigner had shifted the row right, the owner's initials read as the action)."""
    last = convert(tb_log()).actions[-1]
    assert (last.lead, last.due_raw, last.status_raw) == ("IM/TK", "December", "Plan in place")
    assert last.action.startswith("To issue the Transparency Board")
