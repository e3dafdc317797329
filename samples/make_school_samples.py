"""School plans in the DfE's fixed templates, and a school document that is not a plan.

Run from the repo root: python samples/make_school_samples.py FOLDER [SEEDS]. Each seed writes every
document below as Word (.docx), PDF drawn by reportlab (_rl.pdf), a web page (.html) and, with
pdftotext, its `pdftotext -layout` text (.txt); NAME.truth.json beside each (../shared/CONTRACT.md's truth format).
The sentences are our own; the headings and table headings are the templates' (the DfE's pupil
premium strategy statement and PE and sport premium templates, Crown copyright, OGL v3).

- pp: a pupil premium strategy statement: school overview and funding overview (`Detail | Data`),
  a statement of intent, `Challenge number | Detail of challenge` (numbered problems),
  `Intended outcome | Success criteria` (measures), then under 'Teaching', 'Targeted academic
  support' and 'Wider strategies' (each with 'Budgeted cost: £…') the table `Activity | Evidence
  that supports this approach | Challenge number(s) addressed`, 'Total budgeted cost', and Part B's
  review of last year (prose) and `Programme | Provider`. Only the activities are actions, their
  area the section they sit in.
- pe: a PE and sport premium report: per key indicator `Intent | Implementation | Impact` over
  `School focus … | Actions to achieve | Funding allocated | Evidence of impact | Sustainability
  and suggested next steps`; the swimming table (`Meeting national curriculum requirements for
  swimming …`, percentages). The actions are the 'Actions to achieve' cells, area the indicator.
- sip: a school improvement plan as Scottish councils lay it out: per priority, 'Priority N: …' over a
  table whose group heading 'Process' spans an unheaded column of what will be done (numbered in a
  column of its own) beside 'Strategic lead and key people | Timescale (Date)', and 'Progress
  Tracker' spans 'Measures of Success | Review Date'. The actions are the process cells, area the
  priority; a cell may say what and why under labels of its own ('What we are going to do? … Why we
  need to do it? …'): the action is what, without its label.
- access: an accessibility plan as the DfE's model lays it out: 'Aim | Current good practice |
  Objectives | Actions to be taken | Person responsible | Date to complete actions by | Success
  criteria', each aim merged down over its rows; what the school already does is no action.
- sdp: a school development plan: 'Priority N: …' banner rows spanning the table over 'Action |
  Lead | Timescale | Success criteria | Monitoring | Autumn | Spring | Summer' (a RAG per term).
- sendreport: a SEND information report (questions and answers in a two-column table): no actions.
"""
from __future__ import annotations

import random
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.layout_render import C, Doc, Grid, Text, layout_text, write_docx, write_reportlab  # noqa: E402
from samples.seeded import seed_range, write_truth_json  # noqa: E402

CHALLENGES = [
    "Assessments and observations show that many disadvantaged pupils enter Reception with "
    "underdeveloped oral language skills and vocabulary gaps.",
    "Internal assessments indicate that reading attainment among disadvantaged pupils is "
    "significantly below that of non-disadvantaged pupils.",
    "Attendance of disadvantaged pupils has been between 3 and 4% lower than for "
    "non-disadvantaged pupils; persistent absence is higher.",
    "Our observations and discussions with families show increased social and emotional needs, "
    "notably anxiety and low self-esteem.",
    "Maths attainment of disadvantaged pupils at the end of Key Stage 2 is below that of their peers.",
    "Fewer disadvantaged pupils take part in clubs, trips and music tuition.",
]
OUTCOMES = [
    ("Improved oral language skills and vocabulary among disadvantaged pupils.",
     "Assessments and observations indicate significantly improved oral language by 2025/26."),
    ("Improved reading attainment among disadvantaged pupils.",
     "KS2 reading outcomes in 2025/26 show that more than 75% of disadvantaged pupils met the "
     "expected standard."),
    ("To achieve and sustain improved attendance for all pupils.",
     "The overall absence rate for disadvantaged pupils being no more than 4%."),
    ("To achieve and sustain improved wellbeing for all pupils.",
     "Qualitative data from pupil voice, surveys and observations show improved wellbeing."),
    ("Improved maths attainment for disadvantaged pupils at the end of KS2.",
     "KS2 maths outcomes in 2025/26 show more than 70% meeting the expected standard."),
]
TEACHING = [
    ("Purchase of a DfE validated systematic synthetic phonics programme to secure stronger "
     "phonics teaching for all pupils.", "Phonics approaches have a strong evidence base (EEF "
     "toolkit, +5 months).", "2"),
    ("Enhancement of our maths teaching and curriculum planning in line with DfE guidance, with "
     "release time for the maths lead.", "The DfE non-statutory guidance draws on evidence-based "
     "approaches.", "5"),
    ("Whole-staff training on explicit vocabulary instruction and modelling of spoken language.",
     "Oral language interventions: +6 months (EEF).", "1, 2"),
    ("Developing metacognitive and self-regulation skills in all pupils through CPD.",
     "Metacognition and self-regulation: +7 months (EEF).", "2, 5"),
]
TARGETED = [
    ("Additional phonics sessions targeted at disadvantaged pupils who require further support.",
     "Phonics: +5 months (EEF).", "2"),
    ("Engaging with the National Tutoring Programme to provide school-led tutoring for pupils whose "
     "education has been most impacted.", "Tuition targeted at specific needs can be effective "
     "(EEF).", "2, 5"),
    ("Oral language intervention delivered by trained teaching assistants in Reception and Year 1.",
     "Oral language interventions (EEF).", "1"),
]
WIDER = [
    ("Embedding principles of good practice set out in the DfE's Improving School Attendance advice, "
     "with an attendance officer working with families.", "The DfE guidance has been informed by "
     "engagement with schools.", "3"),
    ("Contingency fund for acute issues.", "We have identified a need to set a small amount of "
     "funding aside to respond quickly to needs that have not yet been identified.", "All"),
    ("Subsidising trips, clubs and instrumental lessons for disadvantaged pupils.",
     "Arts participation: +3 months (EEF).", "6"),
    ("Nurture groups and a trained ELSA to support pupils' social and emotional needs.",
     "Social and emotional learning: +4 months (EEF).", "4"),
]

PE_INDICATORS = [
    ("Key indicator 1: The engagement of all pupils in regular physical activity",
     [("All pupils to be active for at least 30 minutes a day in school.",
       "Purchase playground equipment and train play leaders to run active lunchtimes.", "£2,400",
       "More pupils active at lunchtime (observations).", "Play leaders trained each year."),
      ("Increase active learning in lessons.",
       "Introduce daily active mile and active maths resources in every class.", "£600",
       "Staff report better focus.", "Resources bought, no further cost.")]),
    ("Key indicator 2: The profile of PESSPA being raised across the school as a tool for whole "
     "school improvement",
     [("Celebrate sporting achievement.",
       "Hold termly sports celebration assemblies and display results on the school newsletter.",
       "£150", "Pupils proud of success.", "Continue termly.")]),
    ("Key indicator 3: Increased confidence, knowledge and skills of all staff in teaching PE and sport",
     [("Improve the quality of PE teaching.",
       "Specialist coach to team-teach alongside class teachers for one term each.", "£4,800",
       "Staff confidence rose in the survey.", "Staff now lead PE independently."),
      ("Up-to-date scheme of work.",
       "Buy a PE scheme of work and train staff to use it.", "£750",
       "Consistent lessons across classes.", "Annual subscription.")]),
    ("Key indicator 4: Broader experience of a range of sports and activities offered to all pupils",
     [("Widen the range of clubs.",
       "Run new after-school clubs in archery and dance with an external provider.", "£1,200",
       "Club numbers up by 20%.", "Seek parent contributions.")]),
    ("Key indicator 5: Increased participation in competitive sport",
     [("More pupils in competitions.",
       "Join the local school sport partnership and enter all its competitions.", "£1,500",
       "Pupils took part in 12 events.", "Renew membership.")]),
]

SEND_QA = [
    ("What kinds of special educational needs are provided for?",
     "We are a mainstream school and make provision for pupils with needs in communication and "
     "interaction, cognition and learning, social, emotional and mental health, and sensory or "
     "physical needs."),
    ("How does the school identify pupils with SEN?",
     "Class teachers assess pupils' progress each term. Where a pupil makes less progress than "
     "expected, the teacher and SENCO talk with parents and may seek advice from specialists."),
    ("How will the school consult parents?",
     "We meet parents at least three times a year to agree outcomes, review progress and plan next "
     "steps."),
    ("Who is the SENCO and how can I contact them?",
     "Our SENCO is Mrs A. Hughes, who can be contacted through the school office."),
    ("How will the school support my child's transition?",
     "We share information with the next school and arrange extra visits where a pupil needs them."),
    ("What can I do if I am not happy?",
     "Please speak to the class teacher first, then the SENCO or headteacher; our complaints policy "
     "sets out the next steps."),
]

ACTIVITY_HEAD = ["Activity", "Evidence that supports this approach", "Challenge number(s) addressed"]


def _grid(rows: list[list[str]], widths: list[float], bold_head: bool = True) -> Grid:
    return Grid([[C(t, bold=bold_head and i == 0) for t in row] for i, row in enumerate(rows)],
                widths=widths, head=1)


def pp_doc(rng: random.Random) -> tuple[Doc, dict[str, Any]]:
    n_ch = rng.randint(4, 6)
    challenges = CHALLENGES[:n_ch]
    outcomes = OUTCOMES[:rng.randint(3, 5)]
    sections = [("Teaching (for example, CPD, recruitment and retention)", "Teaching", TEACHING),
                ("Targeted academic support (for example, tutoring, one-to-one support structured "
                 "interventions)", "Targeted academic support", TARGETED),
                ("Wider strategies (for example, related to attendance, behaviour, wellbeing)",
                 "Wider strategies", WIDER)]
    b: list[Any] = [Text("Pupil premium strategy statement – Riverside Primary School", "title"),
                    Text("This statement details our school's use of pupil premium funding to help "
                         "improve the attainment of our disadvantaged pupils."),
                    Text("School overview", "h1"),
                    _grid([["Detail", "Data"], ["Number of pupils in school", "412"],
                           ["Proportion (%) of pupil premium eligible pupils", "27%"],
                           ["Academic year/years that our current pupil premium strategy plan covers",
                            "2024/25 to 2026/27"],
                           ["Date this statement was published", "December 2024"],
                           ["Date on which it will be reviewed", "July 2025"],
                           ["Statement authorised by", "J. Patel, Headteacher"],
                           ["Pupil premium lead", "S. Moore"], ["Governor / Trustee lead", "R. Evans"]],
                          [3, 2]),
                    Text("Funding overview", "h1"),
                    _grid([["Detail", "Amount"],
                           ["Pupil premium funding allocation this academic year", "£148,200"],
                           ["Pupil premium funding carried forward from previous years", "£0"],
                           ["Total budget for this academic year", "£148,200"]], [3, 2]),
                    Text("Part A: Pupil premium strategy plan", "h1"),
                    Text("Statement of intent", "h2"),
                    Text("Our intention is that all pupils, irrespective of their background or the "
                         "challenges they face, make good progress and achieve high attainment "
                         "across the curriculum."),
                    Text("Challenges", "h2"),
                    Text("This details the key challenges to achievement that we have identified "
                         "among our disadvantaged pupils."),
                    _grid([["Challenge number", "Detail of challenge"]]
                          + [[str(i + 1), t] for i, t in enumerate(challenges)], [1, 5]),
                    Text("Intended outcomes", "h2"),
                    Text("This explains the outcomes we are aiming for by the end of our current "
                         "strategy plan, and how we will measure whether they have been achieved."),
                    _grid([["Intended outcome", "Success criteria"]] + [list(o) for o in outcomes],
                          [1, 1]),
                    Text("Activity in this academic year", "h2"),
                    Text("This details how we intend to spend our pupil premium this academic year "
                         "to address the challenges listed above.")]
    actions: list[dict[str, Any]] = []
    # the section's heading and its budgeted cost above the table, or as rows merged across its top
    in_rows = rng.random() < 0.5
    for heading, area, rows in sections:
        chosen = rows[:rng.randint(2, len(rows))]
        cost = f"Budgeted cost: £{rng.randint(20, 60)},{rng.randint(100, 999)}"
        if in_rows:
            b.append(Grid([[C(heading, span=3, bold=True), None, None], [C(cost, span=3), None, None],
                           [C(h, bold=True) for h in ACTIVITY_HEAD]] + [[C(x) for x in r] for r in chosen],
                          widths=[3, 3, 1], head=3))
        else:
            b += [Text(heading, "h2"), Text(cost), _grid([ACTIVITY_HEAD] + [list(r) for r in chosen], [3, 3, 1])]
        actions += [{"area": area, "action": r[0]} for r in chosen]
    b += [Text("Total budgeted cost: £148,200", "bold"),
          Text("Part B: Review of outcomes in the previous academic year", "h1"),
          Text("Pupil premium strategy outcomes", "h2"),
          Text("Our assessments during 2023/24 suggested that the performance of disadvantaged "
               "pupils was lower than in the previous year in reading. Attendance improved to 94%."),
          # last year's activities beside what they achieved: a review, not this year's actions
          _grid([["Activity", "Impact"],
                 ["Introduce a validated phonics programme and train all staff to deliver it.",
                  "Phonics screening check pass rate rose from 68% to 81%."],
                 ["Employ an attendance officer to work with families of persistent absentees.",
                  "Persistent absence fell from 19% to 14%."]], [3, 3]),
          Text("Externally provided programmes", "h2"),
          _grid([["Programme", "Provider"], ["Little Wandle Letters and Sounds", "Wandle Learning Trust"],
                 ["Times Tables Rock Stars", "Maths Circle"]], [1, 1])]
    return Doc(b), {"actions": actions}


PLAN_HEAD = ["Desired outcome", "Chosen action / approach", "What is the evidence and rationale for this choice?",
             "How will you ensure it is implemented well?", "Staff lead", "When will you review implementation?"]
REVIEW_HEAD = ["Desired outcome", "Chosen action / approach", "Estimated impact: Did you meet the success "
               "criteria? Include impact on pupils not eligible for PP, if appropriate.",
               "Lessons learned (and whether you will continue with this approach)", "Cost"]
OLD_BARRIERS = [("A.", "Oral language skills in Reception are lower for pupils eligible for PP than for other pupils."),
                ("B.", "Pupils eligible for PP who are high attainers are making less progress than others in maths."),
                ("C.", "Behaviour issues of a small group of Year 4 pupils are affecting their attainment.")]
OLD_EXTERNAL = [("D.", "Attendance rates for pupils eligible for PP are 92% (below the target of 96%).")]
OLD_PLAN = {
    "i. Quality of teaching for all": [
        ("A. Improved oral language skills in Reception", "Staff training on high quality feedback",
         "We want to invest some of the PP in longer term change which will help all pupils.",
         "Course selected using evidence of effectiveness; lesson observations.", "Deputy head", "January 2020"),
        ("B. Higher rates of progress for high attaining pupils", "Maths mastery training for all teachers",
         "Mastery approaches show strong effects (EEF).", "Maths lead visits lessons each half term.",
         "Maths lead", "March 2020")],
    "ii. Targeted support": [
        ("A. Improved oral language skills", "Weekly language groups delivered by a trained teaching assistant",
         "Oral language interventions: +6 months (EEF).", "Training for the assistant; termly assessments.",
         "SENCo", "December 2019"),
        ("B. Higher rates of progress", "One to one maths tuition for Year 6 pupils eligible for PP",
         "Tuition is effective when linked to lessons.", "Tutors meet class teachers fortnightly.",
         "Year 6 lead", "February 2020")],
    "iii. Other approaches": [
        ("D. Increased attendance rates", "Appoint a family support worker to follow up absence on the first day",
         "We cannot improve attainment for pupils who are not in school.", "Weekly attendance reports to the head.",
         "Head teacher", "Termly")],
}
OLD_REVIEW = {
    "i. Quality of teaching for all": [
        ("Improved progress in reading", "Whole staff phonics training", "Phonics check results rose from 65% to 78%.",
         "We will continue with this approach.", "£3,000")],
    "ii. Targeted support": [
        ("Improved writing", "Small group writing sessions for Year 2", "Most pupils met the expected standard.",
         "Groups worked best when kept to four pupils.", "£6,400")],
    "iii. Other approaches": [
        ("Better attendance", "Breakfast club places for pupils eligible for PP", "Attendance rose to 94%.",
         "We will continue and widen it.", "£2,100")],
}


def pp_old_doc(rng: random.Random) -> tuple[Doc, dict[str, Any]]:
    """The 2016-2020 template: one table per part, its sub-parts as banner rows spanning the table,
    a total row under each; the review of last year's spending repeats 'Chosen action / approach'."""
    b: list[Any] = [Text("Pupil Premium Strategy Statement 2019-20 – Oakfield Primary School", "title"),
                    Text("1. Summary information", "h2"),
                    _grid([["School", "Oakfield Primary School"], ["Academic Year", "2019/20"],
                           ["Total PP budget", "£84,480"], ["Date of most recent PP Review", "July 2019"],
                           ["Total number of pupils", "318"], ["Number of pupils eligible for PP", "64"],
                           ["Date for next internal review of this strategy", "January 2020"]], [2, 2]),
                    Text("2. Current attainment", "h2"),
                    _grid([["", "Pupils eligible for PP (your school)",
                            "Pupils not eligible for PP (national average)"],
                           ["% achieving expected standard or above in reading, writing & maths", "45%", "65%"],
                           ["% making expected progress in reading", "71%", "80%"]], [3, 1, 1]),
                    Text("3. Barriers to future attainment (for pupils eligible for PP, including high ability)", "h2")]
    rows: list[list[C | None]] = [[C("In-school barriers (issues to be addressed in school, such as poor oral "
                                     "language skills)", span=2, bold=True), None]]
    rows += [[C(r), C(t)] for r, t in OLD_BARRIERS]
    rows += [[C("External barriers (issues which also require action outside school, such as low attendance "
                "rates)", span=2, bold=True), None]]
    rows += [[C(r), C(t)] for r, t in OLD_EXTERNAL]
    b.append(Grid(rows, widths=[1, 8], head=1))
    b += [Text("4. Desired outcomes", "h2"),
          _grid([["", "Desired outcomes and how they will be measured", "Success criteria"],
                 ["A.", "Improved oral language skills for pupils eligible for PP in Reception class.",
                  "Pupils eligible for PP in Reception make rapid progress by the end of the year."],
                 ["B.", "Higher rates of progress across KS2 for high attaining pupils eligible for PP.",
                  "Pupils eligible for PP identified as high attaining make as much progress as others."],
                 ["D.", "Increased attendance rates for pupils eligible for PP.",
                  "Reduce the number of persistent absentees among pupils eligible for PP to 10% or below."]],
                [1, 5, 5]),
          Text("5. Planned expenditure", "h2")]
    actions: list[dict[str, Any]] = []

    def part(parts: dict[str, list[tuple[str, ...]]], head: list[str], year: str) -> Grid:
        n = len(head)
        g: list[list[C | None]] = [[C(year.split(" | ")[0], bold=True), C(year.split(" | ")[1], span=n - 1)]
                                   + [None] * (n - 2)]
        for banner, items in parts.items():
            g.append([C(banner, span=n, bold=True)] + [None] * (n - 1))
            g.append([C(h, bold=True) for h in head])
            g += [[C(t) for t in item] for item in items[:rng.randint(1, len(items))] if True]
            g.append([C("Total budgeted cost" if head is PLAN_HEAD else "", span=n - 1, bold=True)]
                     + [None] * (n - 2) + [C(f"£{rng.randint(5, 40)},000")])
        return Grid(g, widths=[2, 3, 3, 3, 1.5, 1.5][:n], head=1)

    state = rng.getstate()
    plan = part(OLD_PLAN, PLAN_HEAD, "Academic year | 2019/20")
    rng.setstate(state)
    for banner, items in OLD_PLAN.items():
        for item in items[:rng.randint(1, len(items))]:
            actions.append({"area": banner.split(". ", 1)[1], "action": item[1]})
        rng.randint(5, 40)
    b.append(plan)
    b += [Text("6. Review of expenditure", "h2"), part(OLD_REVIEW, REVIEW_HEAD, "Previous Academic Year | 2018/19"),
          Text("7. Additional detail", "h2"),
          Text("In this section you can annex or refer to one or more of the following: your full pupil premium "
               "strategy plan, the EEF's implementation guidance.")]
    return Doc(b, landscape=True), {"actions": actions}


SIP_PRIORITIES = [
    ("Learning, teaching and assessment", [
        ("Engage all practitioners in professional reading groups linked to the four part lesson model.",
         "HT PT", "Sept - May", "Lesson observations show the model in use in every class."),
        ("Develop joint use of a digital portfolio app with cluster schools to share learning with parents.",
         "PT", "Oct - June", "Parent questionnaires show more engagement with learning.")]),
    ("Inclusion and wellbeing", [
        ("Implement a wellbeing tool in every class as part of our equity and inclusion work.",
         "HT", "Aug - Dec", "Wellbeing tracking shows improvement for targeted learners."),
        ("Train all staff in nurture principles and use Boxall profiles to plan support.",
         "All staff", "By March", "Boxall profiles are reviewed termly.")]),
]


SIP_WHY = "Our self-evaluation shows this is where learners need most support."


def sip_doc(rng: random.Random) -> tuple[Doc, dict[str, Any]]:
    b: list[Any] = [Text("School Improvement Plan 2024-25", "title"),
                    Text("This plan sets out our priorities for the session, based on our self-evaluation.")]
    actions: list[dict[str, Any]] = []
    for n, (priority, rows) in enumerate(SIP_PRIORITIES, 1):
        b.append(Text(f"Priority {n}: {priority}", "h2"))
        g: list[list[C | None]] = [
            [C("Process", span=4, bold=True), None, None, None, C("Progress Tracker", span=2, bold=True), None],
            [C("", span=2), None, C("Strategic lead and key people", bold=True), C("Timescale (Date)", bold=True),
             C("Measures of Success", bold=True), C("Review Date", bold=True)]]
        prompted = rng.random() < 0.5 or n == 2  # the cell says what and why under labels of its own
        for k, (what, lead, when, measure) in enumerate(rows[:rng.randint(1, len(rows))], 1):
            cell = f"What we are going to do?\n{what}\nWhy we need to do it?\n{SIP_WHY}" if prompted else what
            g.append([C(str(k)), C(cell), C(lead), C(when), C(measure), C("")])
            actions.append({"area_ref": str(n), "area": priority, "action": what, "lead": lead})
        b.append(Grid(g, widths=[0.4, 5, 1.5, 1.2, 4, 1], head=2))
    return Doc(b, landscape=True), {"actions": actions}


ACCESS = [
    ("Increase access to the curriculum for pupils with a disability",
     "Our school offers a differentiated curriculum for all pupils.",
     [("Ensure all staff can support pupils with sensory needs.",
       "Deliver training for all staff on visual and hearing impairment.", "SENCO", "December 2025",
       "All staff report confidence in adapting lessons."),
      ("Make sure trips are open to all pupils.",
       "Review the trips risk assessment template to include access needs.", "Educational visits lead",
       "March 2026", "Every trip plan records access arrangements.")]),
    ("Improve and maintain access to the physical environment",
     "The school has ramps at the main entrance and an accessible toilet.",
     [("Improve access to the playground.", "Install a handrail on the steps to the lower playground.",
       "Site manager", "Summer 2026", "Pupils with mobility needs use the lower playground independently.")]),
]
SDP = [
    ("Quality of education", [
        ("Embed the new reading curriculum in every year group.", "English lead", "By July 2026",
         "Reading outcomes at KS2 above national.", "Book looks each term", "G", "A", ""),
        ("Introduce retrieval practice in every lesson.", "Deputy head", "Spring term",
         "Learning walks show retrieval in 90% of lessons.", "Learning walks", "A", "", "")]),
    ("Behaviour and attitudes", [
        ("Launch the new behaviour policy with pupils and parents.", "Headteacher", "September 2025",
         "Fewer behaviour incidents logged.", "CPOMS analysis", "G", "G", "")]),
]


def access_doc(rng: random.Random) -> tuple[Doc, dict[str, Any]]:
    head = ["Aim", "Current good practice", "Objectives", "Actions to be taken", "Person responsible",
            "Date to complete actions by", "Success criteria"]
    rows: list[list[C | None]] = [[C(h, bold=True) for h in head]]
    actions: list[dict[str, Any]] = []
    for aim, practice, items in ACCESS:
        chosen = items[:rng.randint(1, len(items))]
        for k, (obj, act, who, when, crit) in enumerate(chosen):
            first = k == 0
            rows.append([C(aim, down=len(chosen)) if first else None,
                         C(practice, down=len(chosen)) if first else None,
                         C(obj), C(act), C(who), C(when), C(crit)])
            actions.append({"action": act, "lead": who, "due_raw": when})
    b: list[Any] = [Text("Accessibility Plan 2025-2028", "title"),
                    Text("This plan sets out how the school will increase access to education for disabled "
                         "pupils."),
                    Grid(rows, widths=[2, 2.5, 2.5, 3, 1.5, 1.5, 2.5], head=1)]
    return Doc(b, landscape=True), {"actions": actions}


def sdp_doc(rng: random.Random) -> tuple[Doc, dict[str, Any]]:
    head = ["Action", "Lead", "Timescale", "Success criteria", "Monitoring", "Autumn", "Spring", "Summer"]
    rows: list[list[C | None]] = [[C(h, bold=True) for h in head]]
    actions: list[dict[str, Any]] = []
    for n, (priority, items) in enumerate(SDP, 1):
        rows.append([C(f"Priority {n}: {priority}", span=len(head), bold=True)] + [None] * (len(head) - 1))
        for act, lead, when, crit, mon, *rag in items[:rng.randint(1, len(items))]:
            rows.append([C(act), C(lead), C(when), C(crit), C(mon)] + [C(r) for r in rag])
            actions.append({"area_ref": str(n), "area": priority, "action": act, "lead": lead})
    b: list[Any] = [Text("School Development Plan 2025-26", "title"),
                    Grid(rows, widths=[4, 1.5, 1.5, 3, 2, 0.8, 0.8, 0.8], head=1)]
    return Doc(b, landscape=True), {"actions": actions}


def pe_doc(rng: random.Random) -> tuple[Doc, dict[str, Any]]:
    b: list[Any] = [Text("PE and Sport Premium Report 2024-25 – Hillside Primary School", "title"),
                    _grid([["Academic Year: 2024/25", "Total fund allocated: £19,800",
                            "Date Updated: July 2025"]], [1, 1, 1], bold_head=True)]
    actions: list[dict[str, Any]] = []
    for indicator, rows in PE_INDICATORS:
        head = [C(indicator, span=4, bold=True), None, None, None, C("Percentage of total allocation:", bold=True)]
        sub = [C("Intent", bold=True), C("Implementation", span=2, bold=True), None,
               C("Impact", span=2, bold=True), None]
        cols = [C("School focus with clarity on intended impact on pupils:", bold=True),
                C("Actions to achieve:", bold=True), C("Funding allocated:", bold=True),
                C("Evidence of impact: what do pupils now know and what can they now do?", bold=True),
                C("Sustainability and suggested next steps:", bold=True)]
        grid_rows: list[list[C | None]] = [head, sub, cols]
        for focus, act, cost, impact, nxt in rows[:rng.randint(1, len(rows))]:
            grid_rows.append([C(focus), C(act), C(cost), C(impact), C(nxt)])
            # the banner 'Key indicator 1: …' gives the area's number and its title (area_ref, area)
            actions.append({"area": indicator.split(": ", 1)[1], "action": act})
        b.append(Grid(grid_rows, widths=[3, 3, 1, 3, 2], head=3))
    b += [Text("Meeting national curriculum requirements for swimming and water safety", "h2"),
          _grid([["Question", "Stats"],
                 ["What percentage of your current Year 6 cohort swim competently, confidently and "
                  "proficiently over a distance of at least 25 metres?", "78%"],
                 ["What percentage of your current Year 6 cohort use a range of strokes effectively?", "70%"],
                 ["Schools can choose to use the Primary PE and sport premium to provide additional "
                  "provision for swimming. Have you used it in this way?", "No"]], [4, 1])]
    return Doc(b, landscape=True), {"actions": actions}


def send_doc(rng: random.Random) -> tuple[Doc, dict[str, Any]]:
    qa = SEND_QA[:]
    rng.shuffle(qa)
    b: list[Any] = [Text("SEND Information Report 2024-25", "title"),
                    Text("This report sets out how we support pupils with special educational needs "
                         "and disabilities (SEND)."),
                    _grid([["Question", "Our response"]] + [list(x) for x in qa], [2, 5])]
    return Doc(b), {"actions": []}


KINDS = {"pp": pp_doc, "ppold": pp_old_doc, "pe": pe_doc, "sip": sip_doc, "access": access_doc, "sdp": sdp_doc,
         "sendreport": send_doc}


def write_html(doc: Doc, path: Path) -> None:
    """The document as a school website's page prints it: headings, paragraphs, tables (a merged
    cell as colspan)."""
    from html import escape
    out = ["<html><body>"]
    for blk in doc.blocks:
        if isinstance(blk, Text):
            tag = {"title": "h1", "h1": "h2", "h2": "h3"}.get(blk.style, "p")
            text = escape(blk.text)
            out.append(f"<{tag}>{text}</{tag}>" if tag != "p" or blk.style != "bold"
                       else f"<p><strong>{text}</strong></p>")
        elif isinstance(blk, Grid):
            out.append("<table>")
            for i, row in enumerate(blk.rows):
                cell = "th" if i < blk.head else "td"
                out.append("<tr>" + "".join(f'<{cell} colspan="{c.span}" rowspan="{c.down}">{escape(c.text)}</{cell}>'
                                            for c in row if c is not None) + "</tr>")
            out.append("</table>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def make(out: Path, seeds: list[int], text: bool = True) -> list[Path]:
    """Every document of each seed as Word and reportlab PDF (and, with `text` and pdftotext, the
    PDF's layout text), each beside its truth; the documents written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for seed in seeds:
        for kind, build in KINDS.items():
            doc, truth = build(random.Random(f"{kind}{seed}"))
            title = doc.blocks[0]
            if isinstance(title, Text):  # each seed's document its own (planx skips a file seen before)
                title.text += f" (issue {seed + 1})"
            base = f"school_{kind}_{seed}"
            for name, write in ((f"{base}.docx", write_docx), (f"{base}_rl.pdf", write_reportlab),
                                (f"{base}.html", write_html)):
                write(doc, out / name)
                write_truth_json(out / f"{name}.truth.json", {"doc": name, **truth})
                written.append(out / name)
            if text and shutil.which("pdftotext"):
                with tempfile.TemporaryDirectory() as tmp:
                    txt = out / f"{base}.txt"
                    if layout_text(out / f"{base}_rl.pdf", Path(tmp) / "x.txt"):
                        shutil.copy(Path(tmp) / "x.txt", txt)
                        write_truth_json(out / f"{txt.name}.truth.json", {"doc": txt.name, **truth})
                        written.append(txt)
    return written


def main(argv: list[str]) -> None:
    make(Path(argv[0]), seed_range(argv[1]) if len(argv) > 1 else [0])


if __name__ == "__main__":
    main(sys.argv[1:])
