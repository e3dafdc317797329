"""Real public documents, end to end (tests/fixtures/real; source, licence and attribution in SOURCES.md there).

Nobody on the project wrote these files. Three are renderings of one real plan, the Department for
Education's safeguarding planner (Word as DfE publishes it, DfE's own ODT, and a PDF printed from the
Word file by LibreOffice); one is a real Ofsted/CQC inspection report, which is not a plan; one is a
DfE Word template ("Behaviour management workload discussion": blank tables) that Word and python-docx
open and planx read as corrupt until its styles.xml's undeclared w14 prefix was read as Word reads it.

What planx does with them today (main at b2185cf): every file is read and then `failed` with
"no plan table found"; the field score of each plan against its truth is 0.0. The tests hold what is
true today and can still break: each file is opened by its reader (never called corrupt or broken,
never an internal error), the inspection report yields no actions, the truth files are valid for
../shared/score.py, and each plan's score stays at or above its floor in FLOORS. Raise a floor when
planx reaches more; never lower one.

Added from realdocs dev4 (issue 14): a student council's action plan (a ruled PDF from Word, a row
broken across the page, Apache-2.0), a student's personal development plan on a template whose
question headings carry prompts (Word, MPL-2.0), NARA's email preservation "action plan" (a
non-plan, CC0) and OMB's blank FITARA update template (CC0). Main at 86d70da gave the two plans
0.0 ("no plan table found") and invented one action from the template.

Added from realdocs dev5 (data.gov.uk's library, OGL): a Transparency Board action log in legacy Word
(its title a paper number's neighbour atop the table, month-only deadlines, a progress column of status
words), a communications plan in Excel 97 (sections as titles alone in the Ref column, dates formatted
with an escaped hyphen) and the UK's 2013-15 Open Government national action plan (a ruled PDF annex
with theme rows and a heading spanning five columns of X marks). Main at a1bbf2f scored them 63.1, 0.0 and 66.7.

Added from realdocs dev_realdev6 (data.gov.uk's library, OGL; issue 14): two Open Data User Group
action logs kept per topic, one in OpenDocument (19 small tables with no heading row, each under its
topic paragraph, 'Address Data – Lead HS/BB') and one as a borderless PDF (two columns, action and
status, topics sometimes alone in the first column inside the tables), a Transparency Board log in
PDF whose deadlines print Unicode hyphens ('May‐2011'), a DCLG panel's actions report in legacy Word
with a Home Office paper appended (a narrower table of labels and prose after the log), and a
non-plan: a quarterly statement whose 'Met / Not Met' grid is no plan. Main at 2196564 scored the
first three plans 71.3, 0.0 (no plan found) and 82.9, and invented six actions from the appended paper.
Added on branch sections: DfE's "Workload and wellbeing action plan" (Word, OGL), ONE grid of real
actions with numbered rows (Objective | Action | Success Criteria | When | …): the control for plans
written as headed sections (normalise/sections.py), which must leave a grid one action per row (main at
b93eab3 scored it 100.0; so does the branch).
Added on branch r19 (from the retired held-out set holdout19): the same NARA strategy as a plan on
one A3 page (four goal columns side by side under one grid of rulings, 'Initiatives | Action Items'
in each, headings in the top margin, bullets set hard against their words) and as one letter page of
forms per initiative ('Initiative' over its title, 'Action' over its bullets, in a heading's size,
no colon). Main at 551b020 scored them 7.7 (one table of eight columns read across) and 2.7 (every
bullet an action of a minute's list).
Added on branch rprose: the UK Government Digital Strategy's chapter of principles and actions as its
site's Markdown (MIT-style, Crown copyright): `####Action 01: Departments will …` headings with no space
after the marks, long titles that say who will act, a figure's table of existing programmes under one
action. Main at 45d0e4d read the figure's 7 rows as the actions and none of the 14 (score 0.0).

Added on branch h23t (from the retired held-out set holdout23, issue 14): three of Louisville Metro's
department plans (MIT): OMB's progress report, a ruled 11-column tracker on legal landscape whose
'Initiative Health' cells print a state and its colour ('On Track (green)') and whose numbered goals
are printed once over their initiatives, not again on the next page; Youth Detention Services' plan,
'Goal 1.1 – …' over What / Why / Who / When / Check-Step tables, its title the running header; and the
Office for Safe and Healthy Neighborhoods' borderless work table. Main at 551b020 scored them 43.0, 68.6
and 77.1 (rag, status, area_ref and measure all 0).

Added in the twenty-third session (from the retired held-out set holdout68, issue 14): New York State's
IT policy NYS-P08-005 on ICT accessibility (Apache-2.0 repository) and San Francisco's open-data
quarterly report of May 2015 (DataSF, MIT): two non-plans. Main at eb20c30 read both as non-plans but
took the policy's first section heading as its title.

Added on branch hunt56b: five weekly minutes of Made Tech's diversity and inclusion group, kept as
Markdown in its public repository (CC0): four with actions (lists of carried-over actions, 'ACTION -'
lines set under the discussion with no blank line, a sub-bullet finishing its item's sentence, a
passive 'guidance to be updated') and one whose 'Action Items' only point to a Trello board. Main at
b9f0066 scored the four 80.0, 58.3, 60.0 and 75.0 and read 'Want to avoid limiting applicants.' in
the fifth as an action led by 'Want'.
"""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED, needs_shared

FIXTURES = Path(__file__).parent / "fixtures" / "real"
PLANS = ("dfe_safeguarding_planner.docx", "dfe_safeguarding_planner.odt", "dfe_safeguarding_planner_libreoffice.pdf",
         "dluhc_towns_fund_return_round6_test.xlsx", "us_ogp_nap2_self_assessment_2016.pdf",
         "student_council_action_plan_2024.pdf", "pdp_action_plan_oop_2024-25.docx",
         "gsa_508_strategic_plan_2013.pdf",
         "transparency_board_action_log_2011-09.doc", "lpdp_draft_communications_plan_2010.xls",
         "uk_ogp_national_action_plan_2013-15.pdf",
         "odug_action_log_2013-03.odt", "odug_action_log_2013-05.pdf", "transparency_board_action_log_2011-03.pdf",
         "lpdp_actions_report_2010-12.doc", "dfe_workload_wellbeing_action_plan.docx",
         "gds_government_digital_strategy_2012_actions.md", "dluhc_pathfinders_return_round2_test.xlsx",
         # a national archive's draft strategy with 'Action:' paragraphs, and a report whose recommendations
         # are bold Word-numbered paragraphs (test_prose_action_units reads them in detail)
         "nara_social_media_strategy_fy17-20_draft_for_comment.pdf", "cds_rcmp_design_recommendations.docx",
         # a web page's action cards, raw HTML in Markdown: 'Action N' / status / text / 'Timeline: …'
         "cio_council_cloud_smart_action_items.md",
         # a strategy's boxes of numbered actions with bullets under them, and a scanned memo's
         # numbered requirements (test_numbered_action_boxes, test_memo_requirements read them in detail)
         "omb_federal_zero_trust_strategy_draft_2021-09-07.pdf", "omb_m19_26_tic_initiative_update.pdf",
         # the same social media strategy as a page of goal columns side by side and as a form per
         # initiative ('Initiative' / 'Action' over bullets): test_goal_columns reads them in detail
         "nara_social_media_strategy_fy17-20_onepage.pdf", "nara_social_media_strategy_fy17-20_letter.pdf",
         # Louisville Metro's plans: a ruled progress tracker (health cells, goals printed once over pages)
         # and strategic work tables under 'Goal 1.1 – …' (test_tracker_health reads them in detail)
         "louisville_omb_strategic_plan_progress_2016-01.pdf", "louisville_yds_strategic_plan.pdf",
         "louisville_oshn_strategic_plan.pdf",
         # a staff group's weekly minutes typed as Markdown: lists of carried-over actions, 'ACTION - …'
         # lines under the discussion with no blank line (test_markdown_minute_actions reads the shapes)
         "madetech_di_minutes_2020-11-18.md", "madetech_di_minutes_2021-10-08.md",
         "madetech_di_minutes_2021-10-22.md", "madetech_di_minutes_2021-10-27.md")
# (truth actions, truth fields) per plan
TRUTH_SIZE = {"dfe_safeguarding_planner.docx": (7, 35), "dfe_safeguarding_planner.odt": (7, 35),
              "dfe_safeguarding_planner_libreoffice.pdf": (7, 35), "dluhc_towns_fund_return_round6_test.xlsx": (5, 60),
              "us_ogp_nap2_self_assessment_2016.pdf": (26, 104), "student_council_action_plan_2024.pdf": (6, 13),
              "pdp_action_plan_oop_2024-25.docx": (3, 15), "gsa_508_strategic_plan_2013.pdf": (12, 48),
              "transparency_board_action_log_2011-09.doc": (28, 103),
              "lpdp_draft_communications_plan_2010.xls": (13, 52), "uk_ogp_national_action_plan_2013-15.pdf": (21, 63),
              "odug_action_log_2013-03.odt": (46, 230), "odug_action_log_2013-05.pdf": (39, 156),
              "transparency_board_action_log_2011-03.pdf": (16, 76), "lpdp_actions_report_2010-12.doc": (8, 16),
              "dfe_workload_wellbeing_action_plan.docx": (5, 10),
              "gds_government_digital_strategy_2012_actions.md": (14, 28),
              "dluhc_pathfinders_return_round2_test.xlsx": (9, 72),
              "nara_social_media_strategy_fy17-20_draft_for_comment.pdf": (60, 182),
              "cds_rcmp_design_recommendations.docx": (10, 12),
              "cio_council_cloud_smart_action_items.md": (22, 106),
              "omb_federal_zero_trust_strategy_draft_2021-09-07.pdf": (18, 56),
              "omb_m19_26_tic_initiative_update.pdf": (3, 19),
              "nara_social_media_strategy_fy17-20_onepage.pdf": (20, 78),
              "nara_social_media_strategy_fy17-20_letter.pdf": (19, 74),
              "louisville_omb_strategic_plan_progress_2016-01.pdf": (34, 158),
              "louisville_yds_strategic_plan.pdf": (27, 175), "louisville_oshn_strategic_plan.pdf": (7, 35),
              "madetech_di_minutes_2020-11-18.md": (5, 10), "madetech_di_minutes_2021-10-08.md": (6, 12),
              "madetech_di_minutes_2021-10-22.md": (10, 20), "madetech_di_minutes_2021-10-27.md": (5, 12)}
NON_PLANS = ("ofsted_send_area_wiltshire_2024.pdf", "nara_preservation_action_plan_email_2025-05.pdf",
             # an NHS analytics unit's costed proposal to the CQC (background, objective, an 'Analytical
             # area | Approach | Cost' table, timescales) and its analyst's summary points (findings
             # only): papers about work, no actions
             "strategy_unit_cqc_state_of_care_proposal_2024.docx",
             "strategy_unit_cyp_distance_summary_points_2024.docx",
             # a DfE academy-conversion board report (key: value tables and school data; one of its rows
             # reads as a heading row, which planx once carried over 14 tables as 30 invented actions)
             "dfe_academy_conversion_project_template_2021.docx",
             # minutes of the government's Open Standards Board: outcomes and discussion, no actions
             "cddo_open_standards_board_minutes_2013-05-09.txt", "cddo_open_standards_board_minutes_2014-03-25.txt",
             # US federal templates: a gap analysis (Gap Analysis | Recommendations over blank rows
             # and one SAMPLE row), a policy directive, and a licensing form of key: value tables
             "gsa_icam_gap_analysis_template.docx", "gsa_managing_accessible_ict_template.docx",
             "gsa_pacsapp_licensing_form.docx",
             # a quarterly statement: departments against datasets, each cell 'Met' or 'Not Met' (a
             # status word, but no instructions), and prose
             "open_data_quarterly_statement_2013-q2.docx",
             # the draft practices of the US Federal Data Strategy as a CSV: numbered practices under
             # the objective they serve, printed alike on each row, with no who, when or status
             "gsa_fds_draft_practices.csv",
             # a Towns Fund risk register exported as a CSV, its headings the words joined
             # ('RiskName | RiskCategory | … | Mitigatons | … | RiskOwnerRole'): risks, no actions
             "dluhc_towns_fund_risks_export_test.csv",
             # a state IT policy whose cover box prints 'IT Policy:' over its name, with compliance duties
             # and a dated 'Revision History' table; a city's open-data quarterly report whose
             # department table is 'Complete / In progress / Not started' (a roll-up, no actions)
             "nys_p08_005_ict_accessibility_policy_2024.pdf", "datasf_open_data_quarterly_report_2015-05.pdf",
             # the same group's minutes whose 'Action Items' only point to a Trello board: discussion
             # notes ('Want to avoid limiting applicants.'), no one set a task
             "madetech_di_minutes_2020-10-21.md",
             # a GOV.UK service's accessibility statement in Markdown: what users 'should be able to' do
             # as a bullet list of verbs, contact details, compliance status; no remediation planned
             "homeoffice_lev_accessibility_statement_2020.md",
             # a council's corporate plan dashboard: the Markdown table of its indicators ('Priority |
             # Indicator | Source | Period | Publication Date | Next Release | Notes'), each a measure
             # with its data source and release dates, no action, target or value
             "trafford_corporate_plan_indicators.md")
WORD_MARKUP = ("dfe_behaviour_workload_discussion.docx",)  # a blank template: no plan (its styles use w14 undeclared)
# blank templates whose headings are a plan's: they must give no actions (FITARA's reprints its
# headings with prompts on a second row, over rows that give only their area)
TEMPLATES = ("omb_fitara_april_update_template_2016.docx",)
# field accuracy (%) that score.py gives each plan today; raise as planx improves
FLOORS = {"dfe_safeguarding_planner.docx": 100.0, "dfe_safeguarding_planner.odt": 100.0,
          "dfe_safeguarding_planner_libreoffice.pdf": 100.0, "dluhc_towns_fund_return_round6_test.xlsx": 100.0,
          "us_ogp_nap2_self_assessment_2016.pdf": 100.0, "student_council_action_plan_2024.pdf": 92.3,
          "pdp_action_plan_oop_2024-25.docx": 100.0, "gsa_508_strategic_plan_2013.pdf": 97.9,
          "transparency_board_action_log_2011-09.doc": 100.0,
          "lpdp_draft_communications_plan_2010.xls": 100.0, "uk_ogp_national_action_plan_2013-15.pdf": 100.0,
          "odug_action_log_2013-03.odt": 100.0, "odug_action_log_2013-05.pdf": 94.8,
          "transparency_board_action_log_2011-03.pdf": 100.0, "lpdp_actions_report_2010-12.doc": 100.0,
          "dfe_workload_wellbeing_action_plan.docx": 100.0,
          "gds_government_digital_strategy_2012_actions.md": 100.0, "dluhc_pathfinders_return_round2_test.xlsx": 100.0,
          "nara_social_media_strategy_fy17-20_draft_for_comment.pdf": 84.1,
          "cds_rcmp_design_recommendations.docx": 100.0, "cio_council_cloud_smart_action_items.md": 98.1,
          "omb_federal_zero_trust_strategy_draft_2021-09-07.pdf": 100.0, "omb_m19_26_tic_initiative_update.pdf": 94.7,
          "nara_social_media_strategy_fy17-20_onepage.pdf": 84.6, "nara_social_media_strategy_fy17-20_letter.pdf": 83.8,
          "louisville_omb_strategic_plan_progress_2016-01.pdf": 99.4, "louisville_yds_strategic_plan.pdf": 100.0,
          "louisville_oshn_strategic_plan.pdf": 97.1,
          "madetech_di_minutes_2020-11-18.md": 100.0, "madetech_di_minutes_2021-10-08.md": 83.3,
          "madetech_di_minutes_2021-10-22.md": 80.0, "madetech_di_minutes_2021-10-27.md": 75.0}
REFUSALS = ("corrupt", "broken", "internal error", "traceback", "not well-formed", "unsupported")


def rows(out: Path, table: str) -> list[dict[str, str]]:
    with open(out / f"{table}.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import planx
    out = tmp_path_factory.mktemp("real")
    planx.convert([FIXTURES / name for name in PLANS + NON_PLANS + WORD_MARKUP + TEMPLATES], out=out, jobs=1,
                  report=False)
    return out


def test_fixtures_are_small_and_each_plan_has_truth():
    for name in PLANS + NON_PLANS + WORD_MARKUP + TEMPLATES:
        assert (FIXTURES / name).stat().st_size < 2_000_000, name
    for name in PLANS:
        truth = json.loads((FIXTURES / f"{name}.truth.json").read_text(encoding="utf-8"))
        assert truth["doc"] == name and len(truth["actions"]) == TRUTH_SIZE[name][0]


@pytest.mark.parametrize("name", PLANS + NON_PLANS)
def test_every_real_document_is_read_not_refused(converted, name):
    docs = {r["doc"]: r for r in rows(converted, "documents")}
    assert name in docs, f"{name} has no documents row"
    row = docs[name]
    assert row["format"] == Path(name).suffix.lstrip(".")
    error = row["error"].casefold()
    assert not any(word in error for word in REFUSALS), row["error"]
    assert row["status"] in ("ok", "partial") or error.startswith("no plan table"), row["error"]
    # a Word file stores its page count only when Word saved it (the GSA templates do not), and a
    # legacy .doc converted by LibreOffice carries none (Word keeps it in the OLE SummaryInformation,
    # which planx does not read yet): 0 there means unknown, not empty
    assert int(row["pages"] or 0) >= 1 or name in ("gsa_icam_gap_analysis_template.docx",
                                                    "gsa_pacsapp_licensing_form.docx") or \
        (row["format"] == "doc" and row["status"] in ("ok", "partial"))


def test_a_policy_cover_box_label_gives_the_name_under_it_as_the_title(converted):
    # the cover box: 'IT Policy:' alone on its line, the policy's name below it; the largest type on the
    # first page is a section heading ('1.0 Purpose and Benefits'), which planx once took as the title
    row = next(r for r in rows(converted, "documents") if r["doc"] == "nys_p08_005_ict_accessibility_policy_2024.pdf")
    assert row["title"] == "Accessibility of Information Communication Technology"


def test_inspection_report_invents_no_actions(converted):
    for name in NON_PLANS:
        assert not [r for r in rows(converted, "actions") if r["doc"] == name]
        assert not [r for r in rows(converted, "milestones") if r["doc"] == name]
        row = next(r for r in rows(converted, "documents") if r["doc"] == name)
        assert row["status"] == "failed" and row["error"].startswith("no plan table"), row


def test_a_board_report_whose_key_value_rows_look_like_a_plan_is_kept_aside_with_the_reason(converted):
    name = "dfe_academy_conversion_project_template_2021.docx"
    row = next(r for r in rows(converted, "documents") if r["doc"] == name)
    # kept aside with its reason: rows under another table's headings, or (since the answers guard) rows that
    # read as answers or accounts, no row saying who, when or how it stands
    assert "not a plan" in row["error"] and ("under the headings of table" in row["error"]
                                             or "reads as answers or accounts" in row["error"]), row["error"]
    kept = {r["text"] for r in rows(converted, "leftovers") if r["doc"] == name}
    # nothing lost: the rows the walker first read as actions are kept aside
    assert {"Is the school linked to a diocese?", "Ofsted inspection date", "Parliamentary constituency"} <= kept


def test_a_councils_indicator_catalogue_is_kept_aside_whole(converted):
    # its release dates ('Publication Date', 'Next Release') are no action's due dates, its indicators no
    # actions: every row kept aside, the indicator names among them
    name = "trafford_corporate_plan_indicators.md"
    row = next(r for r in rows(converted, "documents") if r["doc"] == name)
    assert "measures without actions" in row["error"], row["error"]
    kept = {r["text"] for r in rows(converted, "leftovers") if r["doc"] == name}
    assert "Proportion of households in fuel poverty." in kept and "Healthy life expectancy at birth." in kept


def test_blank_template_yields_no_actions(converted):
    for name in WORD_MARKUP + TEMPLATES:
        assert any(r["doc"] == name for r in rows(converted, "documents")), name
        assert not [r for r in rows(converted, "actions") if r["doc"] == name]


@pytest.mark.parametrize("name", WORD_MARKUP)
def test_word_file_that_word_opens_is_not_called_corrupt(converted, name):
    row = next(r for r in rows(converted, "documents") if r["doc"] == name)
    assert not any(word in row["error"].casefold() for word in REFUSALS), row["error"]


@needs_shared
def test_real_plans_score_at_least_their_floor(converted):
    proc = subprocess.run([sys.executable, str(SHARED / "score.py"), str(converted), str(FIXTURES), "--json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout[: proc.stdout.rfind("score:")])
    scored = {d["doc"]: d for d in report["documents"]}
    assert set(scored) == set(PLANS)
    for name in PLANS:
        doc = scored[name]
        assert (doc["truth_actions"], doc["fields"]) == TRUTH_SIZE[name], doc
        assert (doc["accuracy"] or 0.0) >= FLOORS[name], (name, doc["accuracy"])


def test_self_assessment_forms_are_read_as_titled_actions(converted):
    """The US OGP self-assessment report (a form per commitment, titled by the numbered row above
    its 'Lead government actors | …' rows): the commitments are actions with their lead, objective
    and the completion level marked on the scale."""
    acts = [r for r in rows(converted, "actions") if r["doc"] == "us_ogp_nap2_self_assessment_2016.pdf"]
    first = next(r for r in acts if r["action"] == "Improve Public Participation in Government")
    assert first["lead"] == "The White House, General Services Administration (GSA)"
    assert first["objective"].startswith("a. Expand and simplify the use of the We the People petition site.")
    assert (first["status_raw"], first["status"]) == ("Completed: a, b", "complete")
    assert first["area"] == "Open Government to Increase Public Integrity"
    assert len(acts) == 26  # forms cut by page breaks go on in the next page's table, no action of their own
    titles = {r["action"] for r in acts}
    assert {"Modernize Management of Government Records", "Implement the Controlled Unclassified Information Program",
            "Make Fossil Fuel Subsidies More Transparent"} <= titles


def test_national_action_plan_annex_reads_theme_rows_as_areas(converted):
    """The UK OGP plan's Annex A: 'Annex A: Commitments overview' ends the area the chapter headings
    before it named ('Next steps'); the theme rows across the table are the areas of the commitments
    below them; 'Grand challenges' over five columns of X marks is no area."""
    acts = [r for r in rows(converted, "actions") if r["doc"] == "uk_ogp_national_action_plan_2013-15.pdf"]
    annex = [r for r in acts if r["page"] and int(r["page"]) >= 51 and r["lead"]]
    assert len(annex) == 21
    assert annex[0]["area"].startswith("Open data: radically opening up government data")
    assert annex[-1]["area"].startswith("Natural resources transparency")
    assert not any("X X" in r["area"] for r in acts)
    # Annex B's list of organisations, on the page after, is not read under the annex's headings
    assert len(acts) == 21 and not any(r["action"] in ("Nuffield Trust", "Open Knowledge Foundation") for r in acts)


def test_action_log_takes_its_title_date_and_statuses(converted):
    """The Transparency Board log: its title beside the paper's number atop the table (after an
    'UNCLASSIFIED' marking) gives the plan's year to month-only deadlines; the Progress column of
    status words is the status."""
    doc = next(r for r in rows(converted, "documents") if r["doc"] == "transparency_board_action_log_2011-09.doc")
    assert doc["title"] == "Transparency Board Action Log as 2 Sept 2011"
    acts = [r for r in rows(converted, "actions") if r["doc"] == "transparency_board_action_log_2011-09.doc"]
    assert {(r["due_raw"], r["due_date"]) for r in acts} >= {("November", "2011-11"), ("August", "2011-08")}
    assert {r["status"] for r in acts if r["status_raw"] == "On track"} == {"in_progress"}
    assert {r["status"] for r in acts if r["status_raw"] == "Action on hold"} == {"delayed"}


def test_communications_plan_sections_in_the_ref_column_are_areas(converted):
    acts = [r for r in rows(converted, "actions") if r["doc"] == "lpdp_draft_communications_plan_2010.xls"]
    assert [(r["area"], r["area_ref"]) for r in acts[:2]] == [("Events", "1"), ("Events", "1")]
    assert acts[0]["due_raw"] == "Feb-10" and acts[0]["due_date"] == "2010-02"
    assert {r["area"] for r in acts} == {"Events", "Web", "Media", "Resources", "Other"}


def test_action_log_kept_per_topic_reads_every_small_table(converted):
    """The ODUG log (OpenDocument): a table of a row or three under each topic paragraph, no
    heading row anywhere. Read together, the tables' columns are action, owner, status; the
    first tables (too short alone to say so) are read like the rest; each topic is the area of
    its rows, its 'Lead HS/BB' not part of the area's name."""
    acts = [r for r in rows(converted, "actions") if r["doc"] == "odug_action_log_2013-03.odt"]
    first = acts[0]
    assert (first["area"], first["action"], first["lead"], first["status"]) == \
        ("Secretariat", "Circulate minutes and actions from eleventh meeting", "TJ", "complete")
    assert {r["area"] for r in acts if r["action"].startswith("Survey of ~20 SMEs")} == {"National Address Dataset"}
    assert any(r["area"].startswith("OS Derived Data Licensing Restrictions") for r in acts)  # a topic of 14 words


def test_borderless_action_log_reads_topic_rows_as_areas(converted):
    """The ODUG log as a borderless PDF: 'action | status' with no lead or date column, the status
    words beyond doubt; a topic left alone in the first column ('VAT Register – Lead PM' over
    'Secure plan for release …  Carried forward') is the area of the rows below, never an action."""
    acts = [r for r in rows(converted, "actions") if r["doc"] == "odug_action_log_2013-05.pdf"]
    assert not [r for r in acts if "– Lead" in r["action"] or r["action"] == "Collaboration Space"]
    by_action = {r["action"]: r for r in acts}
    assert by_action["Secure plan for release of this dataset from HMRC"]["area"] == "VAT Register"
    assert by_action["Secure plan for release of this dataset from HMRC"]["status"] == "ongoing"
    assert by_action["Meeting of working group scheduled for 24 May"]["area"] == "Historic Weather Observations"


def test_deadlines_printed_with_unicode_hyphens_are_dates(converted):
    acts = [r for r in rows(converted, "actions") if r["doc"] == "transparency_board_action_log_2011-03.pdf"]
    assert {(r["due_raw"], r["due_date"]) for r in acts} >= {("May\u20102011", "2011-05"), ("Jan\u20102011", "2011-01")}


def test_a_paper_appended_to_an_actions_report_gives_no_actions(converted):
    """DCLG's panel actions report (December 2010): after 'Issue | Action | Follow-up', a Home Office
    paper's narrower table ('Frequency | Data will be uploaded each month.') is not more of the log."""
    acts = [r for r in rows(converted, "actions") if r["doc"] == "lpdp_actions_report_2010-12.doc"]
    assert len(acts) == 8
    assert not [r for r in acts if r["area"] in ("Frequency", "Granularity", "Issue / Category")]


def test_action_headings_say_who_will_act_and_a_figure_under_one_is_its_detail(converted):
    """The UK Government Digital Strategy's 'Action 01: Departmental … boards will include an active
    digital leader' headings (marks touching the text, titles that name who acts): 14 actions under
    their principles; the 'Figure 5' table of existing programmes under Action 06 is that action's
    detail, kept aside with the reason, not 7 more actions."""
    name = "gds_government_digital_strategy_2012_actions.md"
    acts = [r for r in rows(converted, "actions") if r["doc"] == name]
    assert len(acts) == 14
    assert acts[0]["action"] == "Departmental and transactional agency boards will include an active digital leader"
    assert acts[0]["area"] == "Improve departmental digital leadership"
    assert not [r for r in acts if "Electoral Registration" in r["action"] or "Carers Allowance" in r["action"]]
    kept = [r for r in rows(converted, "leftovers") if r["doc"] == name and "under an action heading" in r["reason"]]
    assert any("Carers Allowance" in r["text"] for r in kept)
