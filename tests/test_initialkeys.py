"""Leads printed as initials, named by the document's own key of initials (normalise/initialkeys.py)."""
from __future__ import annotations

import pytest
from conftest import convert_text

from planx.extract.model import Cell, Row, Table
from planx.normalise.initialkeys import _key_of, by_key

_PLAN_MD = """# Library Services Improvement Plan 2026

Owners are given by initials; the key below names them.

## Priority 1 - Reading for pleasure

| Ref | Action | Lead | Target date |
|---|---|---|---|
| 1.1 | Launch a summer reading challenge in every branch | TBW | 31 July 2026 |
| 1.2 | Refresh the teen fiction stock with young readers | KO / TBW | September 2026 |
| 1.3 | Recruit volunteer reading buddies | KO and the volunteer team | March 2027 |
| 1.4 | Pilot a home delivery round | ZZ | May 2027 |

## Key to initials

| Initials | Name | Role |
|---|---|---|
| TBW | Tess Bell-Watkins | Head of Libraries |
| KO | Kwame Osei | Young People's Librarian |
"""


def test_leads_in_initials_are_named_by_the_key_and_the_initials_said_in_a_note(tmp_path):
    result = convert_text(tmp_path, "plan.md", _PLAN_MD)
    leads = {a.action: a.lead for a in result.actions}
    assert leads["Launch a summer reading challenge in every branch"] == "Tess Bell-Watkins"
    assert leads["Refresh the teen fiction stock with young readers"] == "Kwame Osei / Tess Bell-Watkins"
    # a lead with more than initials in it, or initials the key does not list, stays as printed
    assert leads["Recruit volunteer reading buddies"] == "KO and the volunteer team"
    assert leads["Pilot a home delivery round"] == "ZZ"
    note = next(w for w in result.warnings if "key of initials" in w)
    assert "'KO / TBW' as 'Kwame Osei / Tess Bell-Watkins'" in note
    assert getattr(note, "severity", "") == "note"  # a reading on the document's own evidence, no doubt


def _table(rows: list[list[str]]) -> Table:
    return Table(rows=[Row([Cell(t, k) for k, t in enumerate(r)], 1, i) for i, r in enumerate(rows)], page=1, index=1)


def test_a_scanned_key_its_marks_and_broken_words_and_headings_printed_again():
    table = _table([["Initials", "Name", "Role"], ["pLM", "Petra L Mayhew", "Chair"],
                    ["RG", "Rafe G oddard", "Clerk"], ["Tnitials", "Name", "Role"], ["AV.", "Ada Vance.", "Head"]])
    assert _key_of(table) == {"PLM": "Petra L Mayhew", "RG": "Rafe Goddard", "AV": "Ada Vance"}
    key = _key_of(table)
    assert by_key("RG/ /AV..", key) == "Rafe Goddard / Ada Vance"
    assert by_key("RG, AV", key) == "Rafe Goddard, Ada Vance"
    assert by_key("RG to confirm", key) == ""


def test_an_unheaded_key_reads_only_when_every_rows_initials_are_its_names():
    assert _key_of(_table([["JD", "Jan Dale"], ["MF", "Mo Fenn"]])) == {"JD": "Jan Dale", "MF": "Mo Fenn"}


@pytest.mark.parametrize("rows", [
    # codes that are not the names' initials, and no heading says they are
    [["AB", "Jan Dale"], ["CD", "Mo Fenn"]],
    # a status key: codes explained in words, not names
    [["Code", "Meaning"], ["NS", "Not started"], ["IP", "In progress"]],
    # a plan table
    [["Ref", "Action", "Lead"], ["1", "Publish the plan", "JD"], ["2", "Consult on it", "MF"]],
])
def test_tables_that_are_no_key_of_initials(rows):
    assert _key_of(_table(rows)) == {}


def test_a_table_naming_too_few_of_the_leads_initials_is_no_key_to_them(tmp_path):
    """Initials and names for two officers, beside leads printing five different initials: a partial
    list, not the plan's key of leads; the leads stay as printed and a note says why."""
    md = ("# Parks Improvement Plan 2027\n\n| Ref | Action | Lead | By |\n|---|---|---|---|\n"
          "| 1 | Resurface the lakeside path | RW | May 2027 |\n| 2 | Replant the rose garden | DH / PN | June 2027 |\n"
          "| 3 | Open a volunteer ranger scheme | JC | July 2027 |\n| 4 | Survey the bat roosts | OT | Aug 2027 |\n\n"
          "## Contacts\n\n| Initials | Name | Role |\n|---|---|---|\n"
          "| RW | Rhian Walsh | Parks Officer |\n| DH | Dev Hallam | Ecologist |\n")
    result = convert_text(tmp_path, "plan.md", md)
    assert [a.lead for a in result.actions] == ["RW", "DH / PN", "JC", "OT"]
    assert any("no key to the leads" in w for w in result.warnings)
    assert any(lo.text == "Rhian Walsh" for lo in result.leftovers)
