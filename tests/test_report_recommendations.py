"""A report's recommendations to others go to the `recommendations` table, never to `actions`
(CONTRACT.md, "Recommendations"; normalise/report_recs.py).

The shapes are those of real reports read blind (docs/blind_failure_causes.md Q1), written here as
synthetic text of the same shape:
- Ofsted's children's services inspection of Norfolk (2015): 'Recommendations' over numbered
  paragraphs ending '(paragraph 25).', one of them '… areas for improvement …:' over bullets;
- Ofsted's inspection of Kent's looked after children services (2013): 'Areas for improvement', a
  numbered lead-in '… the local authority should take the following action.' (a full stop), then
  'Immediately:' / 'Within three months:' over bullets;
- the Commons Public Accounts Committee's 'Achieving Net Zero' (2021): 'Conclusions and
  recommendations', numbered conclusions each followed by 'Recommendation: The Department should …';
- HM Government's response to the Covid-19 Inquiry's Module 1 report (2025): a contents list naming
  'Recommendation 1: …' with leaders to page numbers, then each 'Recommendation N: <title>' over the
  recommendation's text and the Government's answer ('The government agrees …');
- Health Education England's 'Data Driven Healthcare in 2030' (2021): 'Recommendation N: Develop …'
  labels whose title is the recommendation, over paragraphs explaining it — read as 11 actions before;
- a council's post-inspection plan: 'Rec | What the inspectors said | Our response | Action we will
  take | Who | Target date', the recommendation printed once over its rows (generated family
  'response', unseen21): the recommendation is the area, each row its action.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import planx
from planx.extract.model import Paragraph, RawDocument
from planx.normalise.report_recs import read_report_recommendations


def _convert(tmp_path: Path, text: str, name: str = "report.md") -> Any:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(str(path))


def _lines(*texts: str, heading: tuple[int, ...] = ()) -> RawDocument:
    blocks = [Paragraph(t, page=1, line=i, heading=i in heading, rank=1 if i in heading else 0)
              for i, t in enumerate(texts)]
    return RawDocument(name="report.pdf", path="report.pdf", format="pdf", blocks=blocks)


NORFOLK = """# Norfolk County Council: inspection of services for children in need of help and protection

## Summary of findings

24. Senior managers have worked hard to improve services since the last inspection.

## Recommendations

1. Strengthen management oversight in the MASH to improve the quality of decisions being made (paragraph 25).

2. Ensure strategy discussions include a comprehensive interim plan and contingency arrangements (paragraph 28).

3. Implement the following areas for improvement from the previous looked after children inspection:

- improve capacity within the Independent Reviewing Service (paragraphs 58, 59)
- improve the timeliness and quality of health assessments (paragraph 54)

4. Improve the accuracy of performance data (paragraph 124).

## Inspection findings

25. Management oversight in the MASH is not consistently effective, and some decisions are delayed.
"""


def test_an_inspections_recommendations_are_no_actions_and_are_kept_in_their_table(tmp_path):
    result = _convert(tmp_path, NORFOLK)
    assert result.actions == []
    assert [r.text for r in result.recommendations] == [
        "Strengthen management oversight in the MASH to improve the quality of decisions being made (paragraph 25).",
        "Ensure strategy discussions include a comprehensive interim plan and contingency arrangements "
        "(paragraph 28).",
        "Implement the following areas for improvement from the previous looked after children inspection: "
        "improve capacity within the Independent Reviewing Service (paragraphs 58, 59); improve the timeliness and "
        "quality of health assessments (paragraph 54)",
        "Improve the accuracy of performance data (paragraph 124)."]
    assert [r.ref for r in result.recommendations] == ["1", "2", "3", "4"]
    assert {r.heading for r in result.recommendations} == {"Recommendations"}
    # the document's row says why it has no actions; the findings numbered beside them are none of it
    assert "a report: 4 recommendation(s) to others kept in recommendations, no actions" in result.error
    # nothing lost, nothing twice: the recommendations are no leftovers, the findings stay leftovers
    left = " ".join(lo.text for lo in result.leftovers)
    assert "Strengthen management oversight" not in left
    assert "Management oversight in the MASH is not consistently effective" in left


KENT = (
    "Areas for improvement",
    "22. In order to improve the quality of provision and services for looked after children in Kent, the local "
    "authority should take the following action.",
    "Immediately:",
    "\uf0a7 improve the quality of supervision and management oversight in casework",
    "\uf0a7 ensure that the voice of the child contributes effectively to care planning.",
    "Within three months:",
    "\uf0a7 improve the timeliness of care proceedings.",
    "Inspection judgements",
    "23. The overall effectiveness of services is adequate.",
)


def test_a_lead_in_ending_in_a_full_stop_gives_its_bullets_under_their_period_labels():
    recs, _ = read_report_recommendations(_lines(*KENT, heading=(0, 7)))
    assert [(r.text, r.timeframe) for r in recs] == [
        ("improve the quality of supervision and management oversight in casework", "Immediately"),
        ("ensure that the voice of the child contributes effectively to care planning.", "Immediately"),
        ("improve the timeliness of care proceedings.", "Within three months")]
    assert {r.addressee for r in recs} == {"the local authority"}


PAC = (
    "Conclusions and recommendations",
    "1. Government has not set out how it plans to achieve net zero despite having set the target in 2019.",
    "Recommendation: The Department should ensure that the key sector strategies are published by September 2021.",
    "2. HM Treasury has not yet clarified how it will ensure net zero is given adequate weight.",
    "Recommendation: HM Treasury should, within two months, write to us outlining:",
    "• how it will ensure its guidance will lead to departments considering net zero;",
    "• how it will ensure the development of skills across Whitehall.",
    "1 Net zero plans and progress",
    "3. The Department plans to launch a net zero strategy before the conference.",
)


def test_a_committees_numbered_conclusions_are_findings_and_its_run_in_recommendations_are_read():
    recs, _ = read_report_recommendations(_lines(*PAC, heading=(0, 7)))
    assert [(r.ref, r.addressee, r.text) for r in recs] == [
        ("1", "The Department", "The Department should ensure that the key sector strategies are published by "
                                "September 2021."),
        ("2", "HM Treasury", "HM Treasury should, within two months, write to us outlining: how it will ensure its "
                             "guidance will lead to departments considering net zero; how it will ensure the "
                             "development of skills across Whitehall.")]


COVID = (
    "Contents",
    "Recommendation 1: A simplified structure for civil emergency preparedness ................ 11",
    "Recommendation 2: Cabinet Office leadership for civil emergencies ......................... 13",
    "Recommendation 1: A simplified structure for civil emergency preparedness",
    "The governments of the UK, Scotland, Wales and Northern Ireland should each simplify and reduce the number of "
    "structures with responsibility for preparing for civil emergencies.",
    "The government agrees that clear governance is needed to build resilience across the UK.",
    "In July 2024 the Prime Minister established a single ministerial committee.",
    "Recommendation 2: Cabinet Office leadership for civil emergencies",
    "The UK government should abolish the lead government department model for civil emergencies.",
    "The government accepts this recommendation.",
)


def test_a_response_gives_each_recommendations_text_and_its_decision_and_never_its_contents_list():
    recs, _ = read_report_recommendations(_lines(*COVID, heading=(0,)))
    assert [(r.ref, r.text[:40], r.addressee, r.response) for r in recs] == [
        ("1", "The governments of the UK, Scotland, Wal",
         "The governments of the UK, Scotland, Wales and Northern Ireland", "agrees"),
        ("2", "The UK government should abolish the lea", "The UK government", "accepts")]
    assert recs[0].heading == "Recommendation 1: A simplified structure for civil emergency preparedness"


HEE = """# Data Driven Healthcare in 2030: Summary and Recommendations

## 3. Recommendations

### Areas of change: workforce planning

**Recommendation 1: Develop and sustain an agreed occupational framework in the health and care sector.**

There is the need to develop an agreed occupational framework that reflects a modern job architecture.

**Recommendation 2: Focus on the supply factors affecting the workforce and develop an action plan.**

Supply factors that fall into the remit of HEE should be considered in developing an action plan in 2021.

**Recommendation 3: Health Education England to further work with universities to expand postgraduate education.**

A programme of courses should be developed to support the health data analytics profession.

## 4. Key stakeholders

Academic Health Science Networks and the Faculty of Clinical Informatics will benefit from the report.
"""


def test_recommendations_titled_by_what_to_do_are_moved_out_of_the_actions(tmp_path):
    result = _convert(tmp_path, HEE, "hee_summary_recommendations.md")
    assert result.actions == []
    assert [r.text for r in result.recommendations] == [
        "Develop and sustain an agreed occupational framework in the health and care sector.",
        "Focus on the supply factors affecting the workforce and develop an action plan.",
        "Health Education England to further work with universities to expand postgraduate education."]
    assert result.recommendations[2].addressee == "Health Education England"
    assert any(w.startswith("a report: 3 recommendation(s)") for w in result.warnings)


TRACKER = """# Internal audit recommendations tracker

## Recommendations

| Recommendation | Owner | Due date | Status |
|---|---|---|---|
| Review the purchase card policy and reissue it to all holders | Head of Finance | March 2026 | In progress |
| Reconcile the fixed asset register to the ledger each quarter | Chief Accountant | June 2026 | Not started |
| Train budget holders on the new approval limits | Finance Business Partner | May 2026 | Complete |
"""


def test_a_tracker_row_with_an_owner_date_and_status_keeps_the_recommendation_as_its_action(tmp_path):
    result = _convert(tmp_path, TRACKER)
    assert [a.action for a in result.actions] == [
        "Review the purchase card policy and reissue it to all holders",
        "Reconcile the fixed asset register to the ledger each quarter",
        "Train budget holders on the new approval limits"]
    assert result.recommendations == []


_ROWS = [
    ("Rec", "What the inspectors said", "Our response", "Action we will take", "Who", "Target date"),
    ("---",) * 6,
    ("1", "Ensure that return home interviews are offered", "Accepted.", "Audit 40 cases and report to the board",
     "Director of Public Health", "Sep-26"),
    ("", "", "", "Review staffing levels in the team and recruit two additional workers", "Chief Nurse", "Oct-26"),
    ("2", "Improve the timeliness of initial health assessments", "Accepted.",
     "Create a young people's panel to review plans", "Imran Qureshi", "Nov-26"),
    ("", "", "", "Agree a revised pathway with the designated nurse", "Jerome Addo", "Dec-26"),
]
RESPONSE = ("# Responding to the Inspection Report (July 2026)\n\nThe report made 2 recommendations. This plan sets "
            "out our response to each one and the actions we will take.\n\n"
            + "\n".join("| " + " | ".join(row) + " |" for row in _ROWS) + "\n")


def test_a_plan_answering_an_inspection_groups_its_actions_under_what_the_inspectors_said(tmp_path):
    result = _convert(tmp_path, RESPONSE)
    assert [(a.area_ref, a.area[:20], a.action[:20], a.lead) for a in result.actions] == [
        ("1", "Ensure that return h", "Audit 40 cases and r", "Director of Public Health"),
        ("1", "Ensure that return h", "Review staffing leve", "Chief Nurse"),
        ("2", "Improve the timeline", "Create a young peopl", "Imran Qureshi"),
        ("2", "Improve the timeline", "Agree a revised path", "Jerome Addo")]
    assert all(not a.milestones for a in result.actions)
    assert result.recommendations == []


def test_a_section_named_after_its_subject_is_no_list_of_recommendations():
    recs, _ = read_report_recommendations(_lines(
        "1. Net zero recommendations and commitments",
        "In May 2019 the Committee on Climate Change recommended a net zero target for 2050.",
        "- The target should cover all sectors of the economy.",
        "2. Progress", heading=(0, 3)))
    assert recs == []


BOXES = (
    "HoL Inquiry Recommendation",
    "8.12. We recommend that the Cabinet Office review the structure of the existing networks (paragraph",
    "4.41).",
    "8.13. We recommend further that this revised structure should involve an archive of interventions.",
    "We agree that it is important to ensure that effective mechanisms exist for sharing knowledge.",
    "HoL Inquiry Recommendation",
    "8.14. In general, the evidence supports the conclusion that measures used in isolation are less effective.",
    "The Government agrees with the Committee's conclusion.",
)


def test_a_box_quoting_numbered_paragraphs_gives_each_with_the_line_a_page_break_set_apart():
    # the Government's response to the Lords' 'Behaviour Change' report (2011): framed boxes over the
    # Committee's numbered paragraphs, then the Government's answer
    recs, _ = read_report_recommendations(_lines(*BOXES))
    assert [(r.ref, r.response) for r in recs] == [("8.12", "agree"), ("8.13", "agree"), ("8.14", "agrees")]
    assert recs[0].text.endswith("existing networks (paragraph 4.41).")
    assert recs[1].text.endswith("an archive of interventions.")


TASKFORCE = (
    "Government response to report of the ICT Procurement Reform Taskforce",
    "Recommendation 1",
    "The Taskforce recommends adopting a framework for ICT procurement that includes policy principles.",
    "ICT procurement in the Australian Government will:",
    "• encourage competition",
    "Response:",
    "The Government accepts this recommendation.",
    "Recommendation 2",
    "The Taskforce recommends setting annual targets for ICT procurement.",
    "Response:",
    "The Government accepts this recommendation in principle.",
)


def test_a_heading_naming_one_recommendation_by_its_number_is_its_label_and_the_response_label_its_answer():
    # the Australian Government's response to the ICT Procurement Taskforce (2017): '<h2>Recommendation 1</h2>'
    # (a label ending in its own number, no contents line), the text, then '<h3>Response:</h3>' and the answer
    recs, _ = read_report_recommendations(_lines(*TASKFORCE, heading=(0, 1, 5, 7, 9)))
    assert [(r.ref, r.text[:40], r.response) for r in recs] == [
        ("1", "The Taskforce recommends adopting a fram", "accepts"),
        ("2", "The Taskforce recommends setting annual ", "accepts")]
