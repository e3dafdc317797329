"""Precision on real documents that are not plans, or hold a plan beside other tables.

Shapes from public documents (the rprec dev set, /work/devsets/rprec: a council's digital strategy
site in Jekyll HTML, an agency's corporate plans as web pages), rebuilt here as synthetic files of the
same shape (the councils' pages state no licence):

- a site generator's HTML source page opens with front matter ('---' / 'layout: strategy' / 'title:
  Glossary' / '---'): its title is the page's title, so a glossary's 'Term used | What it means'
  table is read as the glossary it calls itself, not as 18 actions; an action plan page so written keeps
  its actions and gets its title;
- a corporate plan's risk table gives its treatments as actions; a second table mapping the plan's
  purpose and priorities to budget statements says nothing to be done in any row (objectives,
  outcomes, measures only): its rows are no actions (they were 4 actions without action text).
"""
from __future__ import annotations

from pathlib import Path

import planx
from planx.extract.html import front_matter, parse_html
from planx.extract.model import Paragraph

_TERMS = [
    ("Agile Project Management", "A widely-used approach to managing IT development teams that enables them to "
                                 "respond to unpredictability through incremental, iterative work cadences."),
    ("Analytics", "Data that is produced on how people use digital services, from page views to demographics."),
    ("Assisted digital support", "Providing help for people who need to use a digital service but don't have "
                                 "the skills or access to do so on their own."),
    ("Hackathon", "An event in which people collaborate intensively on software projects over a short time."),
    ("Open Data", "Data that anyone can access, use or share, in a standard, structured format, with a licence."),
]
GLOSSARY = ("---\nlayout: strategy\ntitle: Glossary\n---\n<table style=\"width:100%\">\n"
            "    <tr><th>Term used</th><th>What it means</th></tr>\n"
            + "".join(f"    <tr><td>{t}</td><td>{m}</td></tr>\n" for t, m in _TERMS) + "</table>\n")

ACTION_PLAN = """---
layout: strategy
title: Action Plan
---
<p>Our Action Plan is organised around four key actions;</p>
<ul>
    <li>Make our data more open for the benefit of our residents, businesses and local developers</li>
    <li>Change the way we design and implement new digital services to ensure they meet customer needs first</li>
    <li>Improve the digital skills and knowledge of our staff</li>
    <li>Work with our partners to improve the city's digital infrastructure</li>
</ul>
"""


def test_front_matter_is_the_pages_title_not_its_text() -> None:
    data, title = front_matter(GLOSSARY.encode())
    assert title == "Glossary"
    assert data.count(b"\n") == GLOSSARY.count("\n")  # its lines kept blank: source lines still count from the top
    assert b"layout" not in data and b"<table" in data
    # no front matter: the page as it is
    assert front_matter(b"<html><body><p>---</p></body></html>") == (b"<html><body><p>---</p></body></html>", "")
    # a rule of dashes over prose is no front matter
    text = b"---\nSome words of a page\n---\n<p>x</p>"
    assert front_matter(text) == (text, "")


def test_glossary_page_with_front_matter_is_no_plan(tmp_path: Path) -> None:
    page = tmp_path / "glossary.html"
    page.write_text(GLOSSARY, encoding="utf-8")
    raw = parse_html(page)
    first = raw.blocks[0]
    assert isinstance(first, Paragraph) and first.text == "Glossary" and first.heading and first.rank == 1
    assert not any(isinstance(b, Paragraph) and "layout" in b.text for b in raw.blocks)
    result = planx.convert_file(page)
    assert result.actions == []
    assert result.status == "failed" and "no plan table found" in result.error
    # the page's heading 'Glossary' right over the table says what its rows are, and the warning says so
    # (before that rule: 'What it means' asks for a definition, the heading row naming no field)
    assert any("under 'Glossary' explains the document's terms" in w for w in result.warnings)


def test_action_plan_page_with_front_matter_keeps_its_actions(tmp_path: Path) -> None:
    page = tmp_path / "action-plan.html"
    page.write_text(ACTION_PLAN, encoding="utf-8")
    result = planx.convert_file(page)
    assert result.title == "Action Plan"
    assert [a.action for a in result.actions][:1] == [
        "Make our data more open for the benefit of our residents, businesses and local developers"]
    assert len(result.actions) == 4


_RISKS = [
    ("We fail to deliver on priority outcomes", "The agency fails to deliver on its strategic priorities.",
     "Chief Executive Officer", "Strategic priorities set out in the corporate plan", "Possible/Severe",
     "Clarify priority outcomes; Cease non-priority activities", "Unlikely/Major"),
    ("We cause failures in line agencies", "The products the agency provides cause project failure.",
     "Chief Portfolio Officer", "Staff apply best practice to advice", "Unlikely/Severe",
     "Recruit permanent specialist expertise in advisory roles", "Rare/Major"),
    ("We deliver but don't have the desired impact", "Delivery doesn't meet the standards expected.",
     "Chief Digital Officer", "Cross-agency steering committees", "Possible/Major",
     "Consider pathways to escalate issues where there is under-resourcing", "Unlikely/Major"),
]
_PURPOSE = "Accelerate the digital transformation of government by encouraging coordinated investment"
_PRIORITY = "To improve the user experience for all Australians accessing government information and services"
_MEASURES = ["Influence whole-of-government investment in ICT and digital services to move more services online",
             "Improve the sourcing experience for the sellers and buyers of government digital services",
             "Develop whole-of-government digital platforms and services to reduce costs"]


def _row(cells: tuple[str, ...] | list[str]) -> str:
    return "| " + " | ".join(cells) + " |\n"


CORPORATE_PLAN = (
    "# Corporate plan 2018-22\n\n## Risk management\n\n"
    + _row(["Risk", "Description", "Risk owner/s", "Current controls", "Current rating", "Further treatment",
            "Target rating"]) + _row(["---"] * 7) + "".join(_row(r) for r in _RISKS)
    + "\n## A: Portfolio Budget Statements mapped to our Corporate Plan\n\n"
    + _row(["Purpose", "Priorities", "Success measures/Performance criteria"]) + _row(["---"] * 3)
    + "".join(_row([_PURPOSE, _PRIORITY, m]) for m in _MEASURES))


def test_table_saying_nothing_to_be_done_beside_a_plan_table(tmp_path: Path) -> None:
    doc = tmp_path / "corporate-plan-2018-22.md"
    doc.write_text(CORPORATE_PLAN, encoding="utf-8")
    result = planx.convert_file(doc)
    assert all(a.action for a in result.actions)
    assert [a.lead for a in result.actions] == ["Chief Executive Officer", "Chief Portfolio Officer",
                                                "Chief Digital Officer"]
    assert any("row(s) without action text not read as actions" in w for w in result.warnings)
    # nothing lost: the mapping table's text is kept aside
    assert any("Improve the sourcing experience" in lo.text for lo in result.leftovers)


# A digital service standard's criterion page (AusDTO): what the reader must show, listed under
# 'How you'll be assessed' after 'You should:'. 'you'll' folds to 'you ll', and 'll' stands in the
# headings naming a list as actions for 'we'll' ('How we'll do this'): the reader's future is no plan's.
CRITERION = """---
layout: criteria
title: Make it secure
---
## Why it's in the Standard
People who use government services must have confidence that:

* any information they provide is confidential and stored appropriately
* the system they're using is safe and secure

## How you'll be assessed
During Alpha you'll have an understanding of the users, data and threats that affect your service.

You should:

* identify secure and private methods of generating or processing data within or between datastores
* identify appropriate authentication methods that are as seamless as possible to the user
* conduct a privacy impact assessment
* conduct a threat and risk assessment
* map the systems, data and responsible agencies
* develop an appropriate cookie and privacy policy, and keep it up to date
* create a risk treatment plan to track risks and mitigations
* test the security of the solution and address all vulnerabilities discovered
"""

WE_WILL = """# Digital inclusion plan 2025

## How we'll do this

* Provide online access points at our front-of-house contact centres
* Encourage more people to try digital services by providing friendly advice
* Commit to improving the digital skills of our own staff
* Move all our websites to secure protocols for safer browsing
* Work towards a four-star accessibility rating for Better Connected
"""


def test_reader_future_heading_names_no_actions(tmp_path: Path) -> None:
    from planx.normalise.commitments import names_actions
    assert names_actions("How we'll do this") and names_actions("What we will do")
    assert not names_actions("How you'll be assessed") and not names_actions("What you will need")
    page = tmp_path / "criterion-5.md"
    page.write_text(CRITERION, encoding="utf-8")
    assert planx.convert_file(page).actions == []
    plan = tmp_path / "inclusion-plan.md"
    plan.write_text(WE_WILL, encoding="utf-8")
    assert len(planx.convert_file(plan).actions) == 5


# A national action plan as a web page (GSA open.usa.gov, public domain): its themes listed as links to
# the sections below them, each section listing its commitments as headed items. The themes open with
# verbs ('Improve Access …') but are the page's contents. And a public meeting's page opens with links to
# its papers ('Meeting slides', 'Chat Transcript').
NAP = """# Fifth U.S. Open Government National Action Plan

## Themes for the Fifth Open Government National Action Plan

This plan features commitments across three themes:

- [Improve Access to Government Data, Research, and Information](#improve-access)
- [Increase Civic Space to Engage the Public](#increase-civic-space)
- [Transform Government Service Delivery](#transform-government-service-delivery)

## Improve Access to Government Data, Research, and Information

To improve public access to Government data, research, and information, the Federal Government will:

- ### Expand the Federal Government's Production, Dissemination, and Use of Equitable Data.
  The Administration will continue to advance equitable data practices.
- ### Broaden Public Access to Federally-Funded Research Findings and Data.
  Agencies will update their public access policies.

## Increase Civic Space to Engage the Public

To increase civic space, the Federal Government will:

- ### Improve Public Engagement Related to Agency Regulatory Actions.
  Agencies will expand opportunities for public participation.
- ### Encourage Greater Public Participation in Science.
  Agencies will support citizen science.

## Transform Government Service Delivery

To transform service delivery, the Federal Government will:

- ### Improve High Impact Service Providers and Ensure Ongoing Accountability.
  Providers will publish their service improvement plans.
- ### Prioritize Administrative Burden Reductions through the Paperwork Reduction Act.
  Agencies will reduce the burden of their forms.
"""

MEETING = """---
layout: home
title: "July 2023 Community Discussion: Open forum on tracking progress on the U.S. National Action Plan"
---
* [Meeting slides (PDF)](/assets/files/2023-07-27-open-gov-public-meeting-slides.pdf)
* [Meeting Overview](/assets/files/2023-07-27-public-meeting-meeting-overview.pdf)
* [Chat Transcript](/assets/files/2023-07-27-public-meeting-chat-transcript.pdf)
* [Whiteboard (PDF)](/assets/files/2023-07-27-whiteboard.pdf) / [Interactive Board](https://app.mural.co/t/gsa6/m/1)

## Agenda
The agenda for the session is as follows:
* Welcome: Session & Engagement Goals
* Hopes & Fears Workshop (facilitated by Mural whiteboard)
* Closing Remarks
"""


def test_lists_of_links_to_sections_or_papers_are_no_actions(tmp_path: Path) -> None:
    plan = tmp_path / "nap-5.md"
    plan.write_text(NAP, encoding="utf-8")
    actions = [a.action for a in planx.convert_file(plan).actions]
    assert len(actions) == 6 and not any(a.startswith("Improve Access") for a in actions)
    assert actions[0].startswith("Expand the Federal Government's Production, Dissemination, and Use of Equitable")
    page = tmp_path / ("july-2023-open-forum-us-open-government-website-to-track-progress-on-the-us-"
                       "national-action-plan.md")
    page.write_text(MEETING, encoding="utf-8")
    assert planx.convert_file(page).actions == []


# A service standard's page on its assessment process (AusDTO): headings opening with verbs, each over
# what the reader does at that step. The document calls itself a process: the steps are its reader's.
PROCESS = """---
layout: standard
title: Staged assessment process
---
All services within the scope of the Digital Service Standard will be assessed against the Standard.

The staged assessment process uses 3 assessments across the stages of the service design and delivery process.

## Determine if you can follow the staged assessment process
You can choose between an in-flight assessment or staged assessment if your service is new or being redesigned.

## Plan for assessment
It's essential to embed the Standard in the way you work from the beginning. Tools are available to help you
track how your service meets the Standard.

## Arrange an assessment
When the service manager is satisfied they can demonstrate the service meets the Standard, they should contact
their Digital Transformation Coordinator to arrange an assessment panel.

## Attend the assessment
An assessment will consist of a discussion between the panel, the service manager and their team.

## Follow the recommendations
The report will include recommendations the team should follow before the next assessment.
"""


def test_a_process_described_to_its_reader_is_no_plan(tmp_path: Path) -> None:
    from planx.extract import extract
    from planx.normalise.kinds import declared_kind
    page = tmp_path / "staged-assessment-process.md"
    page.write_text(PROCESS, encoding="utf-8")
    kind = declared_kind(extract(page))
    assert kind.other == "process" and not kind.plan
    result = planx.convert_file(page)
    assert result.actions == [] and "process" in result.error
    # a plan that names a process as its subject is a plan still
    plan = tmp_path / "process-improvement-plan.md"
    plan.write_text(PROCESS.replace("title: Staged assessment process", "title: Assessment process improvement plan"),
                    encoding="utf-8")
    assert declared_kind(extract(plan)).plan


# An equality impact assessment (a council's decision paper, borderless PDF): a form of 'label | answer'
# rows, one block per protected characteristic. The label 'd) Responsible Officer for Mitigating Actions –
# Age' wraps so that a line opens 'Actions – Age': read as a minutes grid's action point, it gave 9
# actions ('d) Responsible Officer for Mitigating', led by 'Age'). (The rule is minutes.py's, from the
# rukpdf branch: a mark after a line that runs on without a stop is a wrapped label.)
EQIA_ROWS = [
    [(0, "20. Negative Impacts and Mitigating actions for Disability")],
    [(0, "a) Are there negative impacts for\nDisability? Answer: Yes/No"), (1, "Yes")],
    [(0, "b) Details of Negative Impacts for\nDisability"),
     (1, "We recognise that individuals with disabilities may need to access services differently.")],
    [(0, "c) Mitigating actions for Disability"), (1, "Outreach workers will support families to travel.")],
    [(0, "d) Responsible Officer for Mitigating\nActions – Disability"), (1, "Family Hub Service Managers.")],
    [(0, "d) Responsible Officer for Mitigating\nActions - Gender\nidentity/transgender"), (1, "N/A")],
]
MINUTES_ROWS = [
    [(0, "4"), (1, "The board discussed the draft budget and the savings proposed for next year.\n"
                  "ACTION: Treasurer to circulate the revised budget by 1 May")],
    [(0, "5"), (1, "Members noted the update on the website.\nAction – Clerk to publish the minutes")],
]


def test_form_labels_running_on_into_actions_are_no_action_points() -> None:
    from planx.normalise.minute_grid import layout_by_marks
    rows = EQIA_ROWS
    assert layout_by_marks(rows) is None
    minutes = MINUTES_ROWS
    layout = layout_by_marks(minutes)
    assert layout is not None and layout.roles == {0: "item", 1: "discussion"}


# A federal data strategy's draft practices as a CSV (GSA, public domain): 'number | objective | practice
# | principle_category | data_lifecycle'. The practices are no plan's actions and their column is not
# read as one; each row kept only its objective, repeated on every row of its group: 47 actions without
# action text.
PRACTICES = """number,objective,practice,principle_category,data_lifecycle
1,Govern and Manage Data as a Strategic Asset,"Establish Data Governance Structures: Prioritize data governance \
within federal agencies by establishing and supporting Data Councils.",Ethical Governance,Governance
2,Govern and Manage Data as a Strategic Asset,"Inventory Data Assets: Maintain an inventory of data assets with \
sufficient completeness, quality, and metadata.",Ethical Governance,Governance
3,Govern and Manage Data as a Strategic Asset,"Identify High-Value and Authoritative Data Assets: Assign value and \
cost to data assets based on usefulness.",Ethical Governance,Governance
4,Protect Data Integrity and Quality,"Ensure Data Quality: Review data for accuracy and fitness for use before \
release.",Conscious Design,Processing
5,Protect Data Integrity and Quality,"Protect Confidentiality: Apply disclosure avoidance to protect the \
confidentiality of individuals.",Conscious Design,Processing
"""

# a plan whose rows state each its own objective, with who and by when, keeps them
OBJECTIVES = """Priority,Objective,Lead,Target date
Safety,Reduce repeat referrals to children social care,Head of Service,March 2026
Safety,Increase the timeliness of child protection conferences,Safeguarding Manager,June 2026
Learning,Improve attendance of children in care,Virtual School Head,July 2026
"""


def test_rows_saying_only_a_repeated_grouping_are_no_actions(tmp_path: Path) -> None:
    doc = tmp_path / "fds_draft_practices.csv"
    doc.write_text(PRACTICES, encoding="utf-8")
    result = planx.convert_file(doc)
    assert result.actions == [] and "no plan table found" in result.error
    assert any("Inventory Data Assets" in lo.text for lo in result.leftovers)  # nothing lost
    plan = tmp_path / "objectives.csv"
    plan.write_text(OBJECTIVES, encoding="utf-8")
    assert [a.lead for a in planx.convert_file(plan).actions] == ["Head of Service", "Safeguarding Manager",
                                                                  "Virtual School Head"]


# A page inviting the public to help create a national action plan (GSA open.usa.gov, public domain):
# its title names the plan as the thing to help with, and its timeline lists the consultation's events
# (deadlines, meetings, workshops), 19 'actions' when the title was read as calling the page a plan.
INVITATION = """---
layout: home
title: "Help create the 4th U.S. National Action Plan for Open Government"
---
The U.S. Government is co-creating the fourth National Action Plan for Open Government (NAP 4) with civil
society and the public.

**We need your help!**
* Share your ideas for NAP 4 by commenting on an issue below posted on GitHub, or propose a new commitment.

### Timeline

**2017**
* August 14: Preliminary deadline for agencies to submit NAP 4 commitments
* August 14 – Sep 22: Iterate with agencies, polish and finalize agency-level clearances
* September 6: Open Gov Interagency & Civil Society Quarterly Meeting
* September 8: NAP 4 co-creation event at GSA with civil society
* September 22: Final deadline for agencies to submit NAP 4 commitments
* October 2: Open.USA.gov/NAP4 site closes to public feedback

**2018**
* May 29: OpenGov Interagency and Civil Society Working Group convenes
* June 14: Co-creation event #1
* June 21: Co-creation event #2
* August 31: revised NAP 4 submission deadline
"""


def test_a_page_inviting_its_reader_to_help_create_a_plan_is_no_plan(tmp_path: Path) -> None:
    from planx.normalise.commitments import invites_reader
    assert invites_reader("Help create the 4th U.S. National Action Plan for Open Government")
    assert invites_reader("Have your say on our draft Climate Action Plan")
    assert not invites_reader("Early Help Action Plan 2025") and not invites_reader("Helping families thrive")
    page = tmp_path / "nap-4.md"
    page.write_text(INVITATION, encoding="utf-8")
    assert planx.convert_file(page).actions == []
    # the same timeline under a title that calls the page the plan itself is read as the plan's roadmap
    plan = tmp_path / "nap-4-plan.md"
    plan.write_text(INVITATION.replace("Help create the 4th", "The 4th"), encoding="utf-8")
    assert len(planx.convert_file(plan).actions) >= 5


def _docx_table(path: Path, rows: list[list[str]], title: str) -> None:
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(str(path))


def test_a_metrics_glossary_beside_its_figures_is_no_plan(tmp_path: Path) -> None:
    # an open data programme's quarterly report (DataSF 2015 Q3, holdout23) explains its web figures:
    # 'Metric | What it means' over '39,851 | User sessions | Number of site visits …'; 'What it means'
    # asks for a definition, not for what is to be done (the oxford glossary of rprec heads its terms so)
    rows = [["", "Metric", "What it means"],
            ["39,851", "User sessions", "Number of site visits where a user interacted with our website"],
            ["24,259", "Users", "Number of unique visitors to our website in the quarter"],
            ["41%", "Returning users", "% of our users who visited our website for more than 1 session"],
            ["3:33", "Average session duration", "Average number of minutes spent on the site"]]
    path = tmp_path / "quarterly_report.docx"
    _docx_table(path, rows, "Quarterly Report: Open Data Program")
    result = planx.convert_file(path)
    assert result.actions == []
    assert result.status == "failed" and "no plan table found" in result.error
    from planx.normalise.headers import classify
    assert classify("What it means")[0] == "" and classify("What we will do")[0] == "action"


def test_a_speakers_running_order_is_no_plan(tmp_path: Path) -> None:
    # speaking notes for a meeting (GC joint councils PCTF, holdout23) open with the running order:
    # 'Slides | Section | Updates required from: | Speaker's name | In person/ teleconference'. How a
    # speaker takes part ('In person') names no one who acts, so no lead column makes the sections tasks
    rows = [["Slides", "Section", "Updates required from:", "Speaker’s name", "In person/ teleconference"],
            ["1-5", "Introduction", "Co-Leads (BC/AB)", "Sophia and Jackie", "In person"],
            ["6-9", "Communications", "AB", "Chantal", "In person"],
            ["10-21", "Pilots – BC", "BC", "Sophia", "In Person"],
            ["42", "Technology", "Co-Leads", "Jackie", "In Person"],
            ["58-61", "Closing", "Co-Leads", "Jackie and Sophia", "In person"]]
    path = tmp_path / "speaking_notes.docx"
    _docx_table(path, rows, "Joint Councils Speaking Notes")
    assert planx.convert_file(path).actions == []
    # a heading naming the person who acts still reads as the lead
    from planx.normalise.headers import classify
    assert classify("In person/ teleconference")[0] == "" and classify("Person responsible")[0] == "lead"


# a page of a Scottish Government plan site (scottishgovernment/economicactionplan.mygov.scot, Jekyll
# Markdown): the front matter titles the page; its first '##' heading names the first list's topic
_HEADLINE_PAGE = """---
layout: default
title:  "Summary of headline actions"
category: overview
prev: {title: "Overview", url: "/overview/" }
---
## Investment

* Conclude delivery of our Digital Scotland Superfast Broadband (DSSB) Programme
* Complete procurement for the Reaching 100% (R100) programme
* Deliver the new 4G masts in remote rural areas

## Innovation

* Establish a new National Manufacturing Institute for Scotland
* Expand the Innovation Centres programme to support business growth
"""


def test_front_matter_title_beats_the_first_heading(tmp_path: Path) -> None:
    page = tmp_path / "summary-of-headline-actions.md"
    page.write_text(_HEADLINE_PAGE, encoding="utf-8")
    result = planx.convert_file(page)
    assert result.title == "Summary of headline actions"  # not 'Investment', the first list's heading
    # a page titled by a section's name ('Executive summary') keeps that title: its author named the page so
    page.write_text(_HEADLINE_PAGE.replace('"Summary of headline actions"', '"Executive summary"'), encoding="utf-8")
    assert planx.convert_file(page).title == "Executive summary"
    # no front matter: the first heading is as good a title as the page has
    page.write_text(_HEADLINE_PAGE.split("---\n", 2)[2], encoding="utf-8")
    assert planx.convert_file(page).title == "Investment"


def test_a_printed_first_heading_beats_the_front_matter_title(tmp_path: Path) -> None:
    # the CIO Council's cloud strategy site: front matter 'title: Action Items' over a page that prints
    # '# CIO Council Actions' itself: the title as printed is the page's own heading
    page = tmp_path / "actions.md"
    page.write_text(_HEADLINE_PAGE.replace("## Investment", "# CIO Council Actions\n\n## Investment"),
                    encoding="utf-8")
    assert planx.convert_file(page).title == "CIO Council Actions"


# A model publication scheme (the Information Commissioner's template, filled in by thousands of
# parish councils: Shere, Datchet, Asselby, Backwell, North Mundham …): what is published, how it
# can be obtained (a channel: 'Hard copy', 'Web site'), and what it costs. Synthetic, same shape.
_SCHEME = """# Information available from Anyvale Parish Council under the model publication scheme

| Information to be published | How the information can be obtained | Cost |
|---|---|---|
| Class 1 - Who we are and what we do | | |
| Who's who on the Council and its Committees | Hard copy Web site | 10p per sheet |
| Contact details for Parish Clerk and Council members | Hard copy Web site | 10p per sheet |
| Class 2 - What we spend and how we spend it | | |
| Annual return form and report by auditor | Hard copy | 10p per sheet |
| Finalised budget | Hard copy | 10p per sheet |
| Precept | Hard copy | 10p per sheet |
| Grants given and received | Hard copy Web site | free |
"""

# A configuration guide's tables of variables: each row says what the READER should put in a
# variable ('List all the … codes'), under a heading 'Variables to complete'. Synthetic, in the shape
# of a data tool's configuration guide (holdout27: d2i_mosaic_ssd_dataset_configuration.docx).
_GUIDE = """# Case Dataset Configuration

This document provides guidance on how you can configure the procedures which populate the dataset.

## Early help episodes

#### Variables to complete

| Variable | What to include |
|---|---|
| @eh_step_types | List the STEP_TYPE_ID and DESCRIPTION for all workflow steps used to record early help |
| @reason_codes | List all the question user codes that are used to capture the reason for early help |
| @closure_codes | List all the question user codes that are used to capture the reason for closure |
"""


def test_a_publication_schemes_channel_column_is_no_action_column(tmp_path: Path) -> None:
    from planx.normalise.headers import classify
    # the channel a thing is had by, not a thing to be done
    assert classify("How the information can be obtained")[0] != "action"
    assert classify("How to apply")[0] != "action"
    path = tmp_path / "anyvale_pc_publication_scheme.md"
    path.write_text(_SCHEME, encoding="utf-8")
    result = planx.convert_file(str(path))
    assert result.actions == []
    assert any("Finalised budget" in lo.text for lo in result.leftovers)


def test_a_guides_what_to_include_column_is_no_action_column(tmp_path: Path) -> None:
    from planx.normalise.headers import classify
    assert classify("What to include")[0] != "action"
    # a plan's own questions still name its actions
    for heading in ("What we will do", "What needs to be done", "What to do", "How we will do it"):
        assert classify(heading)[0] == "action", heading
    path = tmp_path / "case_dataset_configuration.md"
    path.write_text(_GUIDE, encoding="utf-8")
    result = planx.convert_file(str(path))
    assert result.actions == []
    assert any("question user codes" in lo.text for lo in result.leftovers)


# An inspection report's 'Areas for improvement' (the shape of Ofsted's local-authority reports:
# 'Immediately:' / 'Within three months:' over bullets of what the council should do): a report's
# recommendations to others, no actions; the lists reader weighs and refuses them, and the document's
# row says so (it said only 'no lists … that read as actions', which was not what happened).
_INSPECTION = """Anytown Borough Council
Inspection of services for children in need of help and protection

Summary of findings

Children in Anytown receive services that are not yet good. Leaders know their services well.

Areas for improvement

Immediately:

- improve the quality of supervision so that it drives plans for children
- ensure that every child in care has an up to date health assessment
- strengthen the oversight of managers in the front door

Within three months:

- review the sufficiency of placements for older children
- improve the timeliness of initial health assessments
- ensure that return home interviews are offered to every child who goes missing

Within six months:

- develop the range of services for care leavers
- improve the quality of pathway plans
- ensure that young people know their entitlements
"""


def test_lists_weighed_and_refused_say_so_on_the_documents_row(tmp_path: Path) -> None:
    path = tmp_path / "anytown_inspection_of_services_for_children_2014.txt"
    path.write_text(_INSPECTION, encoding="utf-8")
    result = planx.convert_file(str(path))
    assert result.actions == [] and result.status == "failed"
    assert "lists weighed as a plan's actions and not taken (confidence" in result.error
    assert "9 actions read from lists" in result.error
    assert any(w.startswith("lists weighed") for w in result.warnings)


# A board assurance framework as text (one section per principal risk: its form of 'label | value'
# rows, then its table of planned actions; the shape of NHS and council BAF board reports, here as the
# generated unseen21 'baf' family prints it): the text layout runs the next risk's form into the action
# table above it, whose headings then stood over 'Risk owner | Hana Kowalczyk …' — four invented
# actions per risk. Synthetic.
_BAF = """Anyshire Integrated Care Board Strategic Risks and
Assurance – Board report
The Board Assurance Framework sets out the principal risks to the delivery of our strategic
objectives, the controls in place, the assurance the Board receives and the gaps that remain.
Actions to close each gap are listed with an owner and a target date.

Principal risk 4: Risk that we cannot meet rising demand for
temporary accommodation
Strategic objective                    Housing and homelessness

Risk owner                             Imran Qureshi, Deputy Director of Operations

Lead committee                         People Committee

Current risk score (L x I)             4 x 5 = 20

Target risk score                      3x3=9




Key controls
 Monthly performance review with heads of service
 Partnership board oversight
 Workforce dashboard reviewed at People Committee

Gaps in control or assurance
 Financial model not refreshed
 No independent audit of practice since 2024

Planned actions to address gaps
Action                                   Action owner         Target         Update                    Status
                                                              date

Agree a joint protocol for 16 and 17     Service Manager,     3 Jul 2027     No update this quarter.   Achieved
year olds who present as homeless        Fostering

Reduce use of bed and breakfast          Head of              02/11/2026     Slippage due to           Delayed
for families to zero                     Commissioning                       recruitment; recovery
                                                                             plan agreed.




Principal risk 5: Inability to recruit and retain a stable, skilled
workforce
Strategic objective                    Workforce stability

Risk owner                             Hana Kowalczyk, Head of Digital Services

Lead committee                         Quality Committee

Current risk score (L x I)             3 x 5 = 15
Target risk score                     2x2=4




Key controls
 Partnership board oversight
 Quality assurance framework
 Monthly performance review with heads of service

Gaps in control or assurance
 No independent audit of practice since 2024
 Data on outcomes is incomplete

Planned actions to address gaps
Action                                  Action owner       Target        Update                  Status
                                                           date

Run exit interviews for all leavers     Service Manager,   by end of     Pilot evaluated         Ongoing
and report themes quarterly             Fostering          Dec 27        positively and now
                                                                         being scaled.

Launch a recruitment campaign for       Virtual School     by end of     Scoping complete;       On track
experienced social workers              Head               July 26       project group meets
                                                                         fortnightly.




"""


def test_a_sections_form_under_the_grid_above_is_no_action(tmp_path: Path) -> None:
    path = tmp_path / "anyshire_icb_board_assurance_framework.txt"
    path.write_text(_BAF, encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [a.action.split()[0] for a in result.actions] == ["Agree", "Reduce", "Run", "Launch"]
    assert result.actions[2].lead == "Service Manager, Fostering"
    kept = [lo.text for lo in result.leftovers if "a form's field" in lo.reason]
    assert "Risk owner" in kept and "Hana Kowalczyk, Head of Digital Services" in kept
    assert any("'label | value' row(s)" in w for w in result.warnings)


def test_form_field_runs_need_labels_naming_fields() -> None:
    from planx.extract.model import Cell
    from planx.normalise.walker_row_kinds import form_field_runs

    def rows(*pairs: tuple[str, str]) -> list[list[Cell]]:
        return [[Cell(a, 0), Cell(b, 1)] for a, b in pairs]
    # a PDSA cycle's form: 'Cycle number', 'Cycle lead', 'Objective of this cycle', 'Prediction'
    cycle = rows(("Cycle number", "3"), ("Cycle lead", "Oliver Dunstan"),
                 ("Objective of this cycle", "To check the change holds"), ("Prediction", "Waiting time will fall"))
    assert form_field_runs(cycle) == {0, 1, 2, 3}
    # a grid's own rows, each a thing with who does it: no label names a field
    grid = rows(("Website refresh", "Digital team"), ("Annual survey", "Research officer"),
                ("Staff conference", "HR business partner"))
    assert form_field_runs(grid) == set()
    # a row that says by when is a grid's row, whatever its first cell
    dated = rows(("Risk owner", "Imran Qureshi"), ("Lead committee", "People Committee"),
                 ("Strategic objective", "Due March 2026"))
    assert form_field_runs(dated) == set()


def test_a_grouping_column_is_no_forms_labels() -> None:
    from planx.extract.model import Cell
    from planx.normalise.walker_row_kinds import form_field_runs
    # 'Theme 1: Safer communities' down a tracker's first column, beside the action, its owner and the rest
    row = ["Theme 1: Safer communities", "S1.1", "Install improved lighting", "Chief Nurse", "Quarterly", "NS"]
    assert form_field_runs([[Cell(t, k) for k, t in enumerate(row)] for _ in range(4)]) == set()
    # a grouping value repeated beside the actions, no colon: a form names each field once
    rows = [[Cell("Risk owner", 0), Cell(f"Action {k}", 1)] for k in range(3)] + \
           [[Cell("Cycle lead", 0), Cell("Action 4", 1)]]
    assert form_field_runs(rows) == set()


# A runbook checklist ('Phase | Task | Ownership | Dates/Weeks of | NOTES', most rows only a phase and a
# task): the first column groups the grid's own rows, its tasks are the actions (holdout22 cioc runbook,
# 61 actions, lost to an early form-rows rule). Synthetic, same shape.
_RUNBOOK = """Phase,Task,Ownership,Dates/Weeks of,NOTES
Development,Install IIS and MSSQL,,,
Test,Configure IIS and MSSQL,,,
Objective,Network Security Group Changes,,,
Outcome,Install APP and Database,,,
Production,Import data from the restore copy,,,
"""


def test_a_grouping_first_column_beside_the_task_column_is_no_form(tmp_path: Path) -> None:
    path = tmp_path / "application_migration_runbook_checklist.csv"
    path.write_text(_RUNBOOK, encoding="utf-8")
    result = planx.convert_file(str(path))
    assert [a.action for a in result.actions][:2] == ["Install IIS and MSSQL", "Configure IIS and MSSQL"]
    assert len(result.actions) == 5
