"""Risk registers with mitigating actions, and RACI matrices whose role headings name people.

- A risk register that prints a column of actions to mitigate each risk ('Risk | Description |
  Risk owner | Rating | Further actions to mitigate | Lead | By when'): the actions are the plan's;
  the risk they mitigate is their area (its cell merged down over its actions, or left blank below
  the first), the risk's owner the area's lead, the 'Lead' beside the action the action's lead
  (normalise/headers.py _risk_as_area).
- The register's scores headed by their initials ('L | I | Score'): scoring columns, not references
  that sink the heading row (headers.risk_score_letters). A register of risks and controls with no
  column of actions stays no plan.
- A RACI matrix whose role headings are names no field holds ('Director | Head of Service | PSW'):
  they do not sink the heading row (headers._raci_roles). A matrix grouped by banner rows, each over
  the heading row printed again: the banners name the areas, the first one too
  (structure.banner_over_first_headings), the repeated headings are no evidence against the roles.

Documents are built here in the shapes the generated unseen26 'risk' and 'raci' families print,
with wording of their own.
"""
from __future__ import annotations

from pathlib import Path

from conftest import convert_text

import planx
from planx.normalise.headers import read_header, risk_score_letters

RISK_HEAD = ["Risk ref", "Risk", "Description (cause and effect)", "Risk owner", "Current risk (L x I)",
             "Rating", "Further actions to mitigate", "Lead", "By when"]
RISKS = [  # (ref, risk, description, owner, score, rating, [(action, lead, due)])
    ("R1", "Loss of the payroll system", "Supplier failure stops monthly pay runs", "Head of Finance",
     "3 x 4 = 12", "A", [("Agree a manual fallback for the payroll run", "Sam Okafor", "31/05/2025"),
                         ("Test the supplier's recovery plan with a walkthrough", "Lee Grant", "30/06/2025")]),
    ("R2", "Shortage of qualified planners", "Vacancies delay statutory decisions", "Planning Manager",
     "4 x 4 = 16", "R", [("Launch a graduate planner scheme with the university", "Ana Ruiz", "30/09/2025")]),
]


def _risk_docx(path: Path, merged: bool) -> Path:
    import docx
    doc = docx.Document()
    doc.add_paragraph("Corporate Risk Register 2025")
    rows = sum(len(r[6]) for r in RISKS)
    table = doc.add_table(rows=rows + 1, cols=len(RISK_HEAD))
    for k, h in enumerate(RISK_HEAD):
        table.cell(0, k).text = h
    at = 1
    for ref, risk, desc, owner, score, rating, actions in RISKS:
        for n, (action, lead, due) in enumerate(actions):
            if n == 0:
                for k, v in enumerate((ref, risk, desc, owner, score, rating)):
                    table.cell(at, k).text = v
            for k, v in enumerate((action, lead, due), start=6):
                table.cell(at + n, k).text = v
        if merged and len(actions) > 1:
            for k in range(6):
                table.cell(at, k).merge(table.cell(at + len(actions) - 1, k))
                table.cell(at, k).text = (ref, risk, desc, owner, score, rating)[k]
        at += len(actions)
    doc.save(str(path))
    return path


def _fields(result) -> list[tuple[str, str, str, str]]:  # type: ignore[no-untyped-def]
    return [(a.action, a.area, a.area_lead, a.lead) for a in result.actions]


EXPECTED = [("Agree a manual fallback for the payroll run", "Loss of the payroll system", "Head of Finance",
             "Sam Okafor"),
            ("Test the supplier's recovery plan with a walkthrough", "Loss of the payroll system", "Head of Finance",
             "Lee Grant"),
            ("Launch a graduate planner scheme with the university", "Shortage of qualified planners",
             "Planning Manager", "Ana Ruiz")]


def test_a_risk_registers_merged_risk_is_the_area_of_its_mitigating_actions(tmp_path: Path) -> None:
    result = planx.convert_file(str(_risk_docx(tmp_path / "risks.docx", merged=True)))
    assert _fields(result) == EXPECTED
    assert [a.rag for a in result.actions] == ["amber", "amber", "red"]


def test_a_risk_left_blank_below_its_first_action_carries_down(tmp_path: Path) -> None:
    result = planx.convert_file(str(_risk_docx(tmp_path / "risks.docx", merged=False)))
    assert [(a.action, a.area, a.lead) for a in result.actions] == [(x[0], x[1], x[3]) for x in EXPECTED]
    # the risk's rating rates each action taken against it
    assert [a.rag for a in result.actions] == ["amber", "amber", "red"]


def _md(title: str, rows: list[list[str]]) -> str:
    """A Markdown page: a title and a table of rows (the first the headings)."""
    lines = [f"# {title}", "", "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows[1:]]) + "\n"


RISK_MD = _md("Risk register and mitigation plan", [
    ["Ref", "Risk title", "Risk description", "L", "I", "Score", "RAG", "Risk owner", "Mitigating actions",
     "Action owner", "Target date"],
    ["CF01", "Loss of the payroll system", "Supplier failure stops pay runs", "3", "4", "12", "AMBER",
     "Head of Finance", "Agree a manual fallback for the payroll run", "Sam Okafor", "31/05/2025"],
    [""] * 8 + ["Test the supplier's recovery plan with a walkthrough", "Lee Grant", "30/06/2025"],
    ["CF02", "Shortage of qualified planners", "Vacancies delay decisions", "4", "4", "16", "RED", "Planning Manager",
     "Launch a graduate planner scheme with the university", "Ana Ruiz", "30/09/2025"]])


def test_score_initials_are_a_risk_registers_columns_not_references(tmp_path: Path) -> None:
    assert risk_score_letters(["Ref", "Risk title", "L", "I", "Score"]) == [2, 3]
    assert risk_score_letters(["Ref", "Risk title", "1", "1", "Score"]) == [2, 3]  # a scan's 'L | I'
    assert risk_score_letters(["Ref", "Action", "L", "I"]) == []  # no risk named: letters may be references
    assert risk_score_letters(["Ref", "Risk", "L", "Score"]) == []  # one letter alone: a reference as likely
    result = convert_text(tmp_path, "risks.md", RISK_MD)
    assert [(a.action, a.area, a.lead) for a in result.actions] == [(x[0], x[1], x[3]) for x in EXPECTED]
    assert result.actions[0].area_lead == "Head of Finance"


def test_a_risk_register_of_controls_without_actions_stays_no_plan(tmp_path: Path) -> None:
    text = _md("Corporate risk register", [
        ["Ref", "Risk", "Existing controls", "L", "I", "Score", "Rating", "Risk owner", "Direction of travel"],
        ["CF01", "Loss of the payroll system", "Monthly reconciliation reported to the board; two signatories",
         "3", "4", "12", "Amber", "Head of Finance", "Stable"],
        ["CF02", "Shortage of qualified planners", "Workforce dashboard reviewed monthly; agency cover agreed",
         "4", "4", "16", "Red", "Planning Manager", "Increasing"],
        ["CF03", "Data breach by email", "Mandatory training; encryption of laptops and removable media",
         "2", "5", "10", "Amber", "Data Protection Officer", "Reducing"]])
    assert convert_text(tmp_path, "register.md", text).actions == []


def test_risks_printed_after_the_actions_are_no_area(tmp_path: Path) -> None:
    text = """# Delivery plan

| Action | Lead | Due | Risk |
|---|---|---|---|
| Agree a manual fallback for the payroll run | Sam Okafor | 31/05/2025 | Supplier delay |
| Launch a graduate planner scheme with the university | Ana Ruiz | 30/09/2025 | Low uptake |
"""
    result = convert_text(tmp_path, "plan.md", text)
    assert [(a.area, a.lead) for a in result.actions] == [("", "Sam Okafor"), ("", "Ana Ruiz")]


def test_raci_role_headings_do_not_sink_the_heading_row() -> None:
    heads = ["Ref", "Action", "Director", "Head of Service", "PSW", "Business Support", "Health", "Police",
             "Target date", "Current status"]
    below = [[(0, "1.1"), (1, "Embed a practice framework in every team"), (2, "C"), (3, "R"), (4, "A"), (6, "I"),
              (7, "C"), (8, "31st May 2024"), (9, "On track")],
             [(0, "1.2"), (1, "Introduce peer moderation of case audits"), (2, "C"), (3, "C"), (4, "A"), (5, "C"),
              (6, "R"), (7, "C"), (8, "Termly"), (9, "On track")],
             [(0, "2.1"), (1, "Agree a joint protocol for strategy discussions"), (3, "R"), (4, "A"), (5, "I"),
              (6, "I"), (7, "R"), (8, "15th Sept 2023"), (9, "Not started")]]
    # a Word table's heading row (marked to repeat), or a row inside a table already under way
    for where in ({"first": True, "marked": True}, {}):
        header = read_header([(k, 1, h) for k, h in enumerate(heads)], below=below, **where)  # type: ignore[arg-type]
        assert header is not None
        assert [c.field for c in header.columns] == ["area_ref", "action", "", "", "", "", "", "", "due", "status"]
    # with no letters below, the same names are no RACI roles: the row is not read by them
    assert read_header([(k, 1, h) for k, h in enumerate(heads)],
                       below=[[(k, "Some words") for k in range(10)]] * 3) is None


def _raci_sheet(path: Path) -> Path:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Improvement plan responsibility matrix"])
    ws.append(["Key: R responsible, A accountable, C consulted, I informed"])
    heads = ["Ref", "Action", "Lead Member", "DCS", "AD", "Service Managers", "Deadline", "Current status"]
    groups = [("Early help", [["1.1", "Review the threshold document with partners", "A", "R", "C", None,
                               "Jan-25", "In progress"],
                              ["1.2", "Develop an audit tool for early help assessments", "I", "R", "C", "A",
                               "Mar-25", "Completed"]]),
              ("Quality of practice", [["2.1", "Complete monthly thematic audits of chronologies", "C", "C", "A", "R",
                                        "Dec-24", "Completed"],
                                       ["2.2", "Introduce peer moderation of audit grades", "R", "I", "A", None,
                                        "Jun-25", "Delayed"]])]
    for title, rows in groups:
        ws.append([title])
        ws.append(heads)
        for r in rows:
            ws.append(r)
        ws.append([])
    wb.save(str(path))
    return path


def test_a_raci_sheet_grouped_by_banners_over_repeated_headings(tmp_path: Path) -> None:
    result = planx.convert_file(str(_raci_sheet(tmp_path / "raci.xlsx")))
    assert [(a.area, a.area_ref, a.lead, a.due_raw) for a in result.actions] == [
        ("Early help", "1", "DCS", "Jan-25"), ("Early help", "1", "DCS", "Mar-25"),
        ("Quality of practice", "2", "Service Managers", "Dec-24"),
        ("Quality of practice", "2", "Lead Member", "Jun-25")]
    assert all(a.rag == "" for a in result.actions)  # R and A are roles, never ratings


def test_a_numbered_group_of_risks_is_the_area_of_the_rows_numbered_under_it(tmp_path: Path) -> None:
    # a parish council's risk assessment: groups numbered '1', '2' alone on their rows, each risk
    # numbered under its group ('1.1'), the procedure in place and the action still to take beside it
    text = "\n".join([
        "No,Risk,Severity,Likelihood,Risk score,Procedure,Action",
        "1,Money matters,,,,,",
        "1.1,Grant claims submitted late,3,2,6,Clerk keeps a calendar of deadlines,Review the calendar each quarter",
        "1.2,Bank charges rise,2,2,4,Annual review of the account,Compare two other banks' charges",
        "2,Premises,,,,,",
        "2.1,Damage to the village hall,4,1,4,Insurance in place,Reassess the cover every year",
    ]) + "\n"
    result = convert_text(tmp_path, "risks.csv", text)
    assert [(a.area_ref, a.area, a.action) for a in result.actions] == [
        ("1", "Money matters", "Review the calendar each quarter"),
        ("1", "Money matters", "Compare two other banks' charges"),
        ("2", "Premises", "Reassess the cover every year")]
