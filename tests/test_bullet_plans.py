"""Plans written as bullet lists under theme headings (normalise/commitments.py): a sub-heading or an
'- Actions:' item naming its theme's list as actions keeps the theme as the area, and such headings
repeated theme after theme are a plan's template; role descriptions full of imperative bullets stay
no plan. The shapes are those of the real plans in /work/realdocs/dev_bulletplans (a DEI plan's
'What we're doing to support equity', a campaign plan's '- **Objective**: …' / '- **Actions**:'); the
end-to-end tests convert samples/make_bullet_plans.py's documents (Markdown, text, Word, PDF)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import planx
from planx.extract.model import Paragraph, RawDocument
from planx.normalise import normalise
from planx.normalise.commitments import (
    figure_note,
    item_evidence,
    names_actions,
    names_list_label,
    names_other_list,
    names_part_only,
    run_in_topic,
)

ROOT = Path(__file__).resolve().parents[1]


def _md(tmp_path: Path, text: str, name: str = "page.md") -> planx.Result:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return planx.convert_file(str(path))


# a DEI plan's shape: a theme, what it means, then 'What we're doing to support …' over -ing items
DOING = """# Defining diversity, equity, and inclusion

## Diversity
Diversity describes the range of differences within a group.

### What we’re doing to support diversity
* Refining our hiring process to actively recruit for diversity
* Participating in events that promote diversity
* Establishing guidelines for recruiting diverse groups of participants

## Equity
Equity means promoting fairness and justice.

### What we’re doing to support equity
* Creating professional development opportunities for team members
* Facilitating a culture of mentorship through coworking or one-on-one check-ins
* Sharing knowledge within practice areas through regular skillshares

## Inclusion
Inclusion is a sense of belonging that allows people to contribute within a group.

### What we’re doing to support an inclusive team culture
* Creating space for our team to learn about gender diversity
* Offering Slack channels for various affinity groups
"""


def test_a_subheading_naming_the_list_as_what_we_do_keeps_the_theme_as_area(tmp_path: Path):
    result = _md(tmp_path, DOING)
    assert [a.area for a in result.actions] == ["Diversity"] * 3 + ["Equity"] * 3 + ["Inclusion"] * 2
    assert result.actions[1].action == "Participating in events that promote diversity"  # an -ing item
    assert any("under headings naming them as actions" in w for w in result.warnings)  # the template, as evidence


# a town's sustainability plan in Word: a theme, why it matters, then 'What we can do' over its actions
CAN_DO = {"Transport": ["Install electric vehicle charge points at the leisure centre car park",
                        "Work with bus operators to increase services to the train station"],
          "Energy": ["Encourage households to switch to renewable energy tariffs",
                     "Fit solar panels to the community centre roof",
                     "Run thermal imaging surveys of older homes each winter"]}


@pytest.mark.parametrize("heading", ["What we can do", "What you can do", "Things to do"])
def test_a_subheading_ending_in_do_names_the_list_as_actions_and_the_theme_stays_the_area(tmp_path: Path,
                                                                                         heading: str):
    import docx
    doc = docx.Document()
    doc.add_heading("Town Sustainability Plan 2020", 0)
    for theme, items in CAN_DO.items():
        doc.add_heading(theme, 1)
        doc.add_paragraph(f"{theme} is a large share of the town's emissions, residents told us.")
        doc.add_heading(heading, 2)
        for item in items:
            doc.add_paragraph(item, style="List Bullet")
    doc.save(tmp_path / "plan.docx")
    result = planx.convert_file(str(tmp_path / "plan.docx"))
    assert [(a.area, a.action) for a in result.actions] == [(t, i) for t, items in CAN_DO.items() for i in items]


@pytest.mark.parametrize("heading, named", [("What we can do", True), ("What you can do:", True),
                                            ("Things to do", True), ("What do we know", False),
                                            ("What we will do", True), ("Why it matters", False)])
def test_headings_that_name_their_list_as_things_to_do(heading: str, named: bool):
    assert names_actions(heading) is named


def test_without_the_repeated_subheadings_the_same_items_are_no_plan(tmp_path: Path):
    # the same -ing items straight under the themes: nothing says they are what the body does
    text = "\n".join(line for line in DOING.splitlines() if not line.startswith("### "))
    assert not _md(tmp_path, text).actions


# a campaign plan's shape: '- **Objective**: …' then '- **Actions**:' with the actions nested under it
LABELLED = """# Awareness Campaigns for Renewable Energy

## Campaign Strategies
### 1. Social Media Campaigns
- **Objective**: Reach a broad audience with the message.
- **Actions**:
  - Create and share informative posts, videos, and infographics.
  - Use hashtags to increase visibility and engagement.
  - Partner with influencers and organizations to amplify the message.

### 2. Community Workshops
- **Objective**: Provide hands-on learning and foster community involvement.
- **Actions**:
  - Organize workshops on solar panel installation and energy efficiency.
  - Collaborate with local experts to lead these workshops.
  - Provide resources and materials for participants to take home.
"""


def test_an_actions_item_over_nested_items_gives_them_as_the_themes_actions(tmp_path: Path):
    result = _md(tmp_path, LABELLED)
    assert len(result.actions) == 6
    assert [a.area_ref for a in result.actions] == ["1"] * 3 + ["2"] * 3
    assert result.actions[0].area == "Social Media Campaigns"
    assert result.actions[2].action.startswith("Partner with influencers")  # a verb that is a noun too: as its siblings
    assert not any(a.action.startswith("Objective") for a in result.actions)


@pytest.mark.parametrize("text, label", [
    ("**Actions**:", True), ("Actions:", True), ("What we will do:", True), ("Next steps:", True),
    ("Objective: Reach a broad audience", False),  # a label with its value
    ("Actions", False),  # no colon: a heading's words, not an item announcing those below it
    ("Resources required:", False),
])
def test_an_item_that_only_names_the_items_below_as_actions(text, label):
    assert names_list_label(text) == label


def test_a_numbered_title_closing_with_a_colon_over_several_items_is_their_theme(tmp_path: Path):
    result = _md(tmp_path, """# Social Impact Plan

## Proposed Plan for Social Impact

1. **Mental Health Support**:
   - Develop and promote mental health resources and support systems.
   - Collaborate with organizations to provide access to mental health services.

2. **Support for Displaced Populations**:
   - Work with humanitarian organizations to provide aid to displaced people.
   - Promote awareness and fundraising campaigns for displaced people.

3. **Enhance Safety and Security**:
   - Advocate for policies and practices that promote safety.
   - Collaborate with local communities to implement safety programs.
""")
    # the second and third open with a verb: themes all the same, over their actions
    assert [a.area for a in result.actions] == ["Mental Health Support"] * 2 + \
        ["Support for Displaced Populations"] * 2 + ["Enhance Safety and Security"] * 2


@pytest.mark.parametrize("text", ["Proactively communicate agenda topics ahead of scheduled meetings",
                                  "Regularly track progress against objectives and action items."])
def test_an_adverb_before_the_verb_is_read_past(text):
    assert item_evidence(text).acts


def test_role_descriptions_of_imperative_bullets_are_no_plan(tmp_path: Path):
    result = _md(tmp_path, """# Roles & Responsibilities

## Steering Committee
Elected body responsible for guiding the group.

- Provide strategic direction and define yearly goals
- Review and approve brand endorsements and nominations
- Serve as Code of Conduct stewards

## Ambassadors
Advocates for the group's values and mission.

- Organize and lead local chapters and meetups
- Support overall community management
- Represent the group publicly at events
""", name="roles.md")
    assert not result.actions


# ---- end to end on files -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("docx")
    pytest.importorskip("reportlab")
    folder = tmp_path_factory.mktemp("bullet_plans")
    subprocess.run([sys.executable, str(ROOT / "samples" / "make_bullet_plans.py"), str(folder), "1", "2"],
                   check=True, cwd=ROOT)
    return folder


def test_every_format_of_a_bullet_plan_gives_its_actions_under_their_themes(generated: Path):
    paths = [p for p in sorted(generated.glob("bulletplan_*")) if not p.name.endswith(".truth.json")]
    assert len(paths) == 8
    for path in paths:
        truth = json.loads(path.with_name(path.name + ".truth.json").read_text(encoding="utf-8"))
        result = planx.convert_file(str(path))
        assert [a.action for a in result.actions] == [t["action"] for t in truth["actions"]], path.name
        if path.suffix != ".txt":  # plain text marks no headings: a theme over a sentence is not told (weak)
            assert [a.area for a in result.actions] == [t["area"] for t in truth["actions"]], path.name


def test_role_descriptions_give_no_actions_in_any_format(generated: Path):
    paths = [p for p in sorted(generated.glob("notplan_*")) if not p.name.endswith(".truth.json")]
    assert len(paths) == 4
    for path in paths:
        assert not planx.convert_file(str(path)).actions, path.name


# ---- real documents (tests/fixtures/real_lists, SOURCES.md there: CC BY 4.0) ---------------------------

REAL = Path(__file__).parent / "fixtures" / "real_lists"


def test_a_real_goals_page_of_bullets_under_pillars_gives_its_actions():
    truth = json.loads((REAL / "todo_goals.md.truth.json").read_text(encoding="utf-8"))
    wanted = {t["action"]: t["area"] for t in truth["actions"]}
    result = planx.convert_file(str(REAL / "todo_goals.md"))
    # ('[Keep Doing] Share pain points …': a mark before the item that is no status word stays in its text)
    got = [(re.sub(r"^\[Keep Doing\]\s*", "", a.action), a.area) for a in result.actions]
    assert len(got) >= 49, len(got)  # of 57 (44 before this branch)
    assert all(action in wanted for action, _ in got), [a for a, _ in got if a not in wanted]  # no example topics
    assert sum(wanted[action] == area.replace("➡️ ", "") for action, area in got) >= 45


def test_real_role_descriptions_give_no_actions():
    assert not planx.convert_file(str(REAL / "todo_roles.md")).actions


# ---- state headings that name their items' topic ('Completed carbon reduction initiatives') ----------

@pytest.mark.parametrize("heading, status", [
    ("Completed carbon reduction initiatives", "complete"), ("Ongoing initiatives", "ongoing"),
    ("Planned road safety schemes", "not_started"), ("In progress IT projects", "in_progress"),
    ("Key projects", None),  # no state
    ("Completed in the last year the big long thing projects", None),  # a sentence, not a heading
    ("Future initiatives", None)])  # 'Future' is a horizon of no state
def test_a_state_heading_may_name_its_items_topic_between_state_and_items(heading: str, status: str | None):
    from planx.normalise.horizons import read_horizon
    got = read_horizon(heading)
    assert (got.status if got is not None and got.kind == "state" else None) == status


def test_a_carbon_reduction_plan_of_bullets_under_state_headings_gives_every_item_its_state(tmp_path: Path):
    """The UK supplier template's shape, printed by reportlab: completed items in the past tense,
    ongoing ones in -ing form, future ones as plans; each list's heading says how its items stand."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate
    styles = getSampleStyleSheet()
    lists = {"Completed carbon reduction initiatives": [
                 "Switched the head office to a renewable electricity tariff in 2021.",
                 "Replaced all office lighting with LED fittings and motion sensors."],
             "Ongoing initiatives": ["Moving the company car fleet to electric vehicles as leases end.",
                                     "Reducing business travel by holding client meetings online."]}
    flow = [Paragraph("Carbon Reduction Plan", styles["Title"]),
            Paragraph("This plan sets out the steps we are taking to reach net zero by 2045.", styles["BodyText"])]
    for heading, items in lists.items():
        flow.append(Paragraph(heading, styles["Heading2"]))
        flow.append(ListFlowable([ListItem(Paragraph(i, styles["BodyText"])) for i in items], bulletType="bullet"))
    SimpleDocTemplate(str(tmp_path / "crp.pdf"), pagesize=A4).build(flow)
    result = planx.convert_file(str(tmp_path / "crp.pdf"))
    assert [(a.action, a.status) for a in result.actions] == [
        ("Switched the head office to a renewable electricity tariff in 2021.", "complete"),
        ("Replaced all office lighting with LED fittings and motion sensors.", "complete"),
        ("Moving the company car fleet to electric vehicles as leases end.", "ongoing"),
        ("Reducing business travel by holding client meetings online.", "ongoing")]


# ---- goals stated one after another, and the writer's own commitments ---------------------------------

SPORT = """<html><body><h1>{title}</h1>
<p>Our school receives £17,800 of PE and sport premium funding this year.</p>
<h3>Aim 1: Increase the engagement of all pupils in regular physical activity</h3>
<ul><li>Introduce active playtimes with trained play leaders from Year 5.</li>
<li>Buy new playground equipment for the infant yard.</li></ul>
<h3>Aim 2: Raise the profile of PE and sport across the school</h3>
<ul><li>Celebrate sporting achievements in weekly assemblies.</li>
<li>Enter the local school games competitions in at least six sports.</li></ul>
</body></html>"""


def test_goals_stated_one_after_another_each_over_its_list_are_a_plans_template(tmp_path: Path):
    result = _md(tmp_path, SPORT.format(title="PE and Sport Premium Action Plan 2023-24"), "plan.html")
    assert [a.action for a in result.actions] == [
        "Introduce active playtimes with trained play leaders from Year 5.",
        "Buy new playground equipment for the infant yard.",
        "Celebrate sporting achievements in weekly assemblies.",
        "Enter the local school games competitions in at least six sports."]
    assert any("under goals stated one after another" in w for w in result.warnings)


def test_stated_goals_alone_do_not_make_a_page_that_does_not_call_itself_a_plan_one(tmp_path: Path):
    assert _md(tmp_path, SPORT.format(title="PE and Sport Premium 2023-24"), "page.html").actions == []


@pytest.mark.parametrize("heading, other", [("Aim 1: Increase the engagement of all pupils", False),
                                            ("Objective 2 – Raise the profile of sport", False),
                                            ("Our aims", True), ("Expected outcomes", True), ("Aim 1", True)])
def test_a_goal_stated_in_words_heads_the_work_towards_it_not_a_list_of_goals(heading: str, other: bool):
    assert names_other_list(heading) is other


PLEDGES = ("We will review our event booking process so that access needs are asked about at sign-up.",
           "We will keep a fund of £500 a year to pay for interpreters and captioners.",
           "We will publish an annual report on what we have done to reduce barriers.",
           "We will ask members every six months what gets in their way.")


def test_a_strategy_whose_numbered_items_are_all_the_writers_commitments(tmp_path: Path):
    text = "# Risks and Challenges Strategy 2022\n\nOur group faces several risks.\n\n" + \
        "".join(f"{i}. {p}\n" for i, p in enumerate(PLEDGES, 1))
    result = _md(tmp_path, text)
    assert [a.action for a in result.actions] == list(PLEDGES)
    assert any("the writer’s own commitments" in w for w in result.warnings)
    # the same items in a newsletter (not a plan or strategy) are no plan
    news = text.replace("Risks and Challenges Strategy 2022", "Members' newsletter, spring 2022")
    assert _md(tmp_path, news, "news.md").actions == []


def test_a_page_titled_by_a_state_and_topic_is_no_roadmap_of_its_lists(tmp_path: Path):
    """'Ongoing flagship initiatives' over sections that describe each initiative and list what its
    site covers: the title names a state, but alone (no sibling states) it is no stage of a roadmap,
    and the topic lists under it are no actions."""
    from planx.normalise.roadmaps import names_stage
    text = ("# Ongoing Flagship Initiatives\n\nFlagship initiatives are the most ambitious an agency runs.\n\n"
            "### Facilities portal\nThe portal is a resource for anyone with an interest in:\n\n"
            "- facilities management and building operations\n- resource management\n- energy management\n"
            "- performance metrics.\n\n### Performance site\nThe site publishes:\n\n"
            "- 15 cross-agency performance goals\n- 98 agency priority goals\n- 123 strategic goals\n")
    assert not names_stage("Ongoing Flagship Initiatives") and names_stage("Ongoing")
    assert _md(tmp_path, text).actions == []


def test_items_taken_for_being_like_actions_do_not_thin_the_evidence_for_the_plan(tmp_path: Path):
    """A short carbon reduction plan: one dated commitment and two projects read as actions by
    themselves, a third project only for being like them. The document is weighed on the three (a
    third of them dated), not thinned to a quarter by the fourth; all four are read."""
    text = ("# Carbon Reduction Plan\n\nThis plan sets out how we will cut our emissions.\n\n"
            "## Emissions reduction targets\n\n- We will reach net zero carbon emissions by 2035.\n\n"
            "## Carbon reduction projects\n\n- Encouraging staff who work from home to switch to green energy.\n"
            "- Encouraging staff to commute by train, bus or bicycle.\n"
            "- Where possible with our customers, hosted services in low-carbon data centres.\n")
    result = _md(tmp_path, text)
    assert len(result.actions) == 4
    assert any("1 more item(s) read as actions for being like them" in w for w in result.warnings)


# ---- an inspector general's compendium of recommendations (HHS OIG, March 2011; US federal work,
# public domain): a title set over several lines naming recommendations, parts numbered only
# ('Compendium Part I') over bold topics, bullets 'Topic—Recommendation. Estimated savings …' ----

def _compendium() -> RawDocument:
    B = "\uf0b7 "
    blocks = [
        Paragraph("Department of Health & Human Services", 1, 1, size=18),
        Paragraph("Office of Inspector General", 1, 2, heading=True, size=24),
        Paragraph("Compendium", 1, 3, heading=True, size=72),
        Paragraph("of Unimplemented", 1, 4, heading=True, size=36),
        Paragraph("Recommendations", 1, 5, heading=True, size=48),
        Paragraph("Priority Recommendations", 2, 6, heading=True, size=14, bold=True),
        Paragraph("Below is a list of open recommendations that we refer to as priority recommendations.", 2, 7,
                  size=12),
        Paragraph("Compendium Part I", 2, 8, heading=True, size=14, bold=True),
        Paragraph("Medicare Part A and Part B (Traditional Medicare)", 2, 9, size=12, bold=True),
        Paragraph(B + "Hospitals—Modify Policy To Reduce or Eliminate Medicare Payments for Hospital Bad Debts. "
                  "Estimated savings $340 million.", 2, 10, size=12),
        Paragraph(B + "Hospices—Ensure That Hospice Claims for Beneficiaries in Nursing Facilities Comply With "
                  "Medicare Coverage Requirements. Nonmonetary.", 2, 11, size=12),
        Paragraph(B + "Medical Equipment and Supplies—Reduce the Rental Period for Medicare Home Oxygen "
                  "Equipment. Estimated savings $3.2 billion.", 2, 12, size=12),
        Paragraph("Compendium Part II", 3, 13, heading=True, size=14, bold=True),
        Paragraph("Medicare Part C (Medicare Advantage)", 3, 14, size=12, bold=True),
        Paragraph(B + "Modify Payments to Medicare Advantage Organizations. Estimated savings $1.97 billion.", 3, 15,
                  size=12),
        Paragraph(B + "Review Vulnerabilities Within Sales Agents’ Marketing of Medicare Advantage Plans. "
                  "Nonmonetary. (New)", 3, 16, size=12),
        Paragraph("Medicare Part D (Prescription Drug Benefit)", 3, 17, size=12, bold=True),
        Paragraph(B + "Implement Safeguards To Prevent and Detect Fraud and Abuse in Medicare Prescription Drug "
                  "Plans. Nonmonetary.", 3, 18, size=12),
        Paragraph(B + "Ensure the Validity of Prescriber Identifiers on Medicare Part D Drug Claims.", 3, 19, size=12),
    ]
    return RawDocument(path="compendium.pdf", name="compendium.pdf", format="pdf", blocks=blocks)


def test_a_compendium_of_recommendations_reads_its_topics_and_figures_apart():
    r = normalise(_compendium())
    assert [(a.area, a.action) for a in r.actions] == [
        ("Medicare Part A and Part B (Traditional Medicare)",
         "Modify Policy To Reduce or Eliminate Medicare Payments for Hospital Bad Debts."),
        ("Medicare Part A and Part B (Traditional Medicare)",
         "Ensure That Hospice Claims for Beneficiaries in Nursing Facilities Comply With Medicare Coverage "
         "Requirements."),
        ("Medicare Part A and Part B (Traditional Medicare)",
         "Reduce the Rental Period for Medicare Home Oxygen Equipment."),
        ("Medicare Part C (Medicare Advantage)", "Modify Payments to Medicare Advantage Organizations."),
        ("Medicare Part C (Medicare Advantage)",
         "Review Vulnerabilities Within Sales Agents’ Marketing of Medicare Advantage Plans."),
        ("Medicare Part D (Prescription Drug Benefit)",
         "Implement Safeguards To Prevent and Detect Fraud and Abuse in Medicare Prescription Drug Plans."),
        ("Medicare Part D (Prescription Drug Benefit)",
         "Ensure the Validity of Prescriber Identifiers on Medicare Part D Drug Claims."),
    ]
    kept = {lo.text for lo in r.leftovers}
    assert {"Hospitals", "Medical Equipment and Supplies", "Estimated savings $340 million.",
            "Nonmonetary. (New)"} <= kept  # nothing lost


@pytest.mark.parametrize("text, topic, rest", [
    ("Hospitals—Modify Policy To Reduce Payments", "Hospitals", "Modify Policy To Reduce Payments"),
    ("Children’s Health— Improve Access to Screening", "Children’s Health", "Improve Access to Screening"),
    # a sentence broken by a dash, no topic: nothing taken
    ("We will review the policy—and publish it", "", "We will review the policy—and publish it"),
    ("Hospitals—Payments rose by 3%", "", "Hospitals—Payments rose by 3%"),
    # a roadmap item's subject in code or lower case is part of what it says, no title (civicpress roadmap)
    ("`indexing` — Parse `index.yml`", "", "`indexing` — Parse `index.yml`"),
])
def test_a_run_in_topic_before_an_em_dash_is_a_title(text, topic, rest):
    assert run_in_topic(text) == (topic, rest)


def test_a_savings_note_closing_an_item_is_a_figure_note():
    assert figure_note("Reduce the Rental Period. Estimated savings to be determined (TBD).") == \
        ("Reduce the Rental Period.", "Estimated savings to be determined (TBD).")
    assert figure_note("Agree the savings plan. Publish it.") == ("Agree the savings plan. Publish it.", "")
    assert names_part_only("Compendium Part II") and names_part_only("Part 3")
    assert not names_part_only("Part 3: Housing") and not names_part_only("Medicare Part A and Part B")
