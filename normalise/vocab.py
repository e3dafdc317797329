"""The vocabulary of plans, as data: every spelling planx understands lives here.

Add a synonym here, not an `if` elsewhere. Keys are compared after `text.fold` (NFKC,
look-alike letters to Latin, casefold, punctuation to spaces, whitespace folded).
"""
from __future__ import annotations

# Column headings → canonical field. A heading matches a synonym exactly, or starts with
# it (the longest wins: "progress milestones" beats "progress"), or is close to it.
HEADER_SYNONYMS: dict[str, list[str]] = {
    "area_ref": ["no", "ref", "reference", "ref no", "number", "item", "id", "action no", "action ref", "rec no",
                 # a response's recommendation number ('Rec | What the inspectors said | … | Action we will take')
                 "rec"],
    "area": ["area", "area of improvement", "area for improvement", "area for development", "improvement area",
             "areas for improvement", "areas for development", "priority area", "theme", "key area",
             "recommendation", "recommendations", "ofsted recommendation", "inspection recommendation",
             "area of focus", "workstream", "strand",
             # a council's grouping of its work by the member who holds it ('Portfolio | Who | Actions')
             "portfolio",
             # the standard an audit or self-assessment measures against, over the actions meeting it
             # ('Standard | Self-assessed grade | Gap identified | Action'): the whole heading only, so that
             # a cell naming a service ('Trading Standards') says nothing of its column
             "standard"],
    "objective": ["objective", "objectives", "aim", "aims", "strategic objective", "goal"],
    "outcome": ["outcome", "outcomes", "intended outcome", "intended outcomes", "expected outcome",
                "expected outcomes", "desired outcome", "desired outcomes", "impact", "outcome sought",
                "what difference will it make"],
    "action": ["action", "actions", "action description", "proposed action", "proposed actions", "action required",
               "actions required", "actions to be taken", "key actions", "key action", "task", "tasks",
               "activity", "activities", "what we will do", "specific actions", "action to be taken",
               # an action log's or project plan's own words for the work
               "description of activity", "activity description", "task details", "what will be done",
               # a school plan's words for how a target or objective will be met ('Target | Strategies |
               # Outcome | Timeframe'): the work done
               "strategies", "strategy", "key strategies",
               # a permit or grant form's box for the item chosen ('Brief Description of BMP:', 'Brief
               # description of project'): what will be done
               "brief description of"],
    "milestones": ["progress milestones", "milestones", "milestone", "key milestones"],
    "measure": ["measured by", "measure", "measures", "success measure", "success measures", "performance measures",
                "performance measure", "measures of success", "measure of success", "success criteria",
                "how will we know", "evidence", "evidence of impact", "performance measures targets", "kpi",
                # a designed plan's label over how each action's success is judged ('Measuring success:')
                "measuring success", "key performance indicator", "key performance indicators",
                "success indicator", "success indicators", "indicators of success",
                # a form's goals that can be measured ('Measurable Goals, including frequencies:'): how
                # the item's success is judged, no aim of its own
                "measurable goals", "measurable goal"],
    "lead": ["lead", "leads", "lead officer", "lead officers", "responsibility", "by whom", "owner", "who",
             "action by", "actioned by", "to be actioned by", "action owner s",
             "action owner", "lead person", "accountable", "lead manager", "responsible lead", "lead s",
             # who does the work: beside it an owner named by seniority ('Executive lead') is the responsible
             "operational lead",
             # a tracker's or log's words for the person the action is given to
             "assigned to", "action holder", "person accountable",
             # the people a patient group or small team names against each item ("Those involved")
             "those involved", "who is involved",
             # a school's strategy names the staff and governor who carry each priority ('Key people':
             # 'Heads of School' / 'Subject leaders' / a governor's name)
             "key people", "key person", "key staff",
             # the person to contact about the item, who takes it forward ('Point of contact', 'POC')
             "point of contact", "points of contact", "poc", "pocs", "action poc", "action pocs",
             # a minute's action table names whom each action is for ('Issue | For | Action | Timescale')
             "for"],
    "responsible": ["responsible officer", "responsible officers", "responsible", "responsible manager",
                    "support",
                    # the second person beside a lead ('Lead officer | Supporting officer')
                    "supporting officer", "supporting officers", "support officer", "supported by",
                    "supporting lead",
                    # a partnership plan's organisations beside the one that leads ('Led by | Partners involved');
                    # not a bare 'Partners', which a plan also prints beside its own 'Support' column
                    "partners involved", "key partners", "supporting partners", "other partners",
                    "partner organisations", "supporting organisations", "in partnership with", "working with",
                    "contributing partners", "delivery partners", "partner agencies", "supporting agencies",
                    "contributors",
                    # those taking part beside the one who leads ('Lead | Participant(s)')
                    "participants", "participant s", "participating organisations"],
    "due": ["timescale", "timescales", "target date", "target dates", "time", "timing", "by when", "due date",
            "due", "deadline", "date", "completion date", "when", "date due", "target completion date",
            "time scale", "timeframe", "review date", "end date", "target completion", "expected completion date",
            "expected completion",
            # the day a scheme or service starts running ('Go live', 'Go-live date')
            "go live", "go live date",
            # the year of a plan's span the action falls in ('Year to Action': 1, 2, On-going)
            "year to action",
            # the school term the work falls in: a school improvement plan's 'Term' over 'Aut 1', 'Sp 26',
            # 'Ongoing', its timescale in the school's calendar (only the bare word: 'Key term' is a
            # glossary's, 'Long term' a horizon's)
            "term", "terms"],
    "status": ["status", "status of milestone", "milestone status", "progress status", "current status",
               "status of action", "action status",
               # a task tracker's column of how each task stands ('State (Not started/in progress/complete)')
               "state", "task state"],
    "rag": ["rag", "rag status", "rag rating", "brag", "brag status", "brag rating", "rating", "rag rati",
            "overall rag", "current rag",
            # the letters parted by slashes ('R/A/G', 'B/R/A/G'): folded, the slashes are spaces
            "r a g", "b r a g", "b r a g status", "r a g status", "r a g rating", "b r a g rating"],
    "progress": ["progress", "progress update", "update", "updates", "comments", "comment", "progress to date",
                 "commentary", "progress comments", "progress made", "latest update", "notes", "update on progress",
                 "minutes", "discussion", "notes of discussion", "follow up", "latest position", "current position",
                 "position",
                 # a minute's review of its previous actions: what was heard back on each ('Complete',
                 # 'Chased but no longer a priority')
                 "feedback"],
    "resolution": ["resolution for overdue milestones", "resolution", "mitigation", "remedial action"],
}

# Finite verbs (folded): a cell that holds one outside a question says something happened or will
# ('Actions from the audit WERE shared', 'Timescales ARE agreed'): a sentence, not a heading's name
# ('Who IS responsible?', 'How WILL we know?' ask, and a question is a heading's form: normalise/headers.py)
FINITE_VERBS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "shall", "would", "should",
                          "must", "can", "could", "may", "might", "does", "did"})

# Headings of an indicator (KPI) table, recognised when the first column says so.
INDICATOR_HEADERS = {
    "indicator": ["indicator", "indicators", "measure", "kpi", "performance indicator", "key performance indicator"],
    # ('Higher is better' is a polarity's value, under 'Polarity': as a heading it would make that row one)
    "polarity": ["polarity", "good is", "direction", "good performance", "good performance is", "aim to be"],
    "target": ["target", "targets", "target 2018 19", "target value"],
    # the figure so far this year is the latest one ('Year to date', 'YTD actual')
    "value": ["year to date", "ytd actual", "year to date actual", "actual to date", "latest position"],
    "notes": ["notes", "comments", "commentary"],
    # the period each row's figure is for, named in the row ('Period | … ' over 'Q3 2023/24'): the
    # cells decide (normalise/structure.py kpi_row: a period's name, not a figure, is the row's period)
    "period": ["period", "date of latest", "latest period", "reporting period", "data period", "time period",
               "period covered", "as at", "as at date", "date",
               # a year's figures side by side ('Last year | This year'), as 'Last quarter | This quarter'
               # are: the one the heading calls this year's is the latest (periods.latest_heading)
               "this year", "last year", "current year", "previous year"],
}

# Words of a period heading that call it the period reported ('This quarter', 'Current month')
# beside the one before ('Last quarter', 'Previous month'), whatever their order
CURRENT_PERIOD_WORDS = frozenset({"this", "current", "latest"})
# Ordinal words that number the siblings of a series of columns ('First review | Second review'), after
# folding; digits ('Review 1', '1st review', 'R1') and roman numerals up to vi are read as numbers too
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "final": 99, "last": 99,
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6,
}
# Words (folded) of a column heading that names a relative horizon, one of a run of them side by side
# ('Short | Middle | Long', 'Short term | Medium term | Long term'), over marks ('X') saying which
# horizon a row falls in: a timeline of horizons, no dates (periods.horizon_column).
HORIZON_COLUMN_WORDS = frozenset({"short", "medium", "middle", "mid", "long", "longer", "near", "immediate"})

# Labels of key-value forms (indicator action plans): label → indicator field or None.
FORM_LABELS: dict[str, str | None] = {
    "indicator title": "indicator",
    "indicator": "indicator",
    "measure title": "indicator",
    "target": "target",
    "performance this period": "value",
    "current performance": "value",
    "actual": "value",
    "period": "period",
    "reporting period": "period",
    "strategic director lead": None,
    "departmental lead": None,
    "non compliance reason": None,
    "what is required": None,
    "how will it be achieved": None,
    "who will be responsible": None,
    "when will results be realised": None,
}

# Words that open an area banner: "AREA FOR IMPROVEMENT 3: title", "Priority 1: title".
AREA_WORDS = ["area for improvement", "area of improvement", "areas for improvement", "improvement area",
              "area for development", "priority", "theme", "area", "objective", "strand", "workstream",
              "shared outcome", "outcome", "strategic priority",
              "strategic aim", "strategic objective", "key priority", "ambition", "goal", "aim",
              "pillar", "strategy", "key indicator", "principle",
              # a programme of schemes or projects, one table each ("Programme B: Bus priority"), and a
              # regulator's standard over the actions meeting it ("Standard 2: Tenancy Standard")
              "programme", "program", "standard",
              # a regulation an inspector found breached, over the actions that answer the breach
              # ("Regulation 12: Safe care and treatment")
              "regulation",
              # an inspectorate's 'area for improvement' by its initials ("AFI 3: The service should …")
              "afi",
              # an audit's numbered finding over the management actions agreed to answer it ("Finding 2:
              # Health and safety: fire risk assessments were overdue")
              "finding",
              # a local area SEND inspection's weaknesses, each over the actions of a written statement
              # of action answering it ("Area of weakness 2: Preparation for adulthood")
              "area of weakness", "area of significant weakness", "significant weakness", "area for priority action",
              # an 'area' named by what kind it is, the kind's word first ("Outcome area 2: Early help", a
              # logic model's outcomes grouped under it; "Focus area 1: …"): the numbered area, not a
              # labelled outcome
              "outcome area", "focus area", "priority area"]

# Labels that name the kind of unit a banner's rows belong to, by its name, before that name
# ('Core service: Surgery', 'SERVICE - Maternity', 'Directorate: Resources'): the name is the area,
# often one word, and the label no part of it (area_titles.area_title); a register's category of
# risks or issues ('Risk category: Workforce', 'Category – Finance') names its group the same way
AREA_KIND_LABELS = ["core service", "service", "service area", "directorate", "department", "division",
                    "category", "risk category", "issue category"]

# Labels of a row that sums the rows above it ('Total', 'Grand total'), after folding and without
# a plural s: such a row is no action
TOTAL_LABELS = {"total", "grand total", "sub total", "subtotal", "overall total", "total spend", "total cost",
                "total allocation", "total expenditure", "totals carried forward"}

# Last words of a grant or budget's account line, a label beside its sum ('Carry Forward 2013-2014 |
# £4468', 'Sport Grant Allocation 2014-2015 | £8646', 'Balance remaining | £120'): what the fund holds,
# no action (columns.account_line)
ACCOUNT_LINE_LABELS = ("carry forward", "carried forward", "brought forward", "allocation", "allocated",
                       "grant awarded", "funding awarded", "funding received", "amount received", "balance",
                       "balance remaining", "underspend", "overspend", "total funding")

# Words that end a note of who contributed a section ("Shared outcome 1: … ~ CYPE input")
CONTRIBUTOR_WORDS = ["input", "inputs", "contribution", "contributions", "response", "update"]

# Column headings that look back on what was done ('Estimated impact: Did you meet the success
# criteria?', 'Lessons learned (and whether you will continue with this approach)'): a table headed so,
# with no column for who, when or how far, reviews last year's actions; its rows are no actions.
RETROSPECTIVE_HEADINGS = ["lessons learned", "lessons learnt", "did you meet", "did we meet", "was it successful",
                          "impact achieved", "actual impact", "what worked well", "what went well",
                          "would you continue", "will you continue"]

# A heading that reviews a past period ('Part B: Review of outcomes in the previous academic year',
# 'Impact of last year's spending'): a word of looking back and a word of the period before. The
# tables under it, until a heading as prominent that does not, report what was done: no actions.
REVIEW_WORDS = ["review", "reviewed", "outcomes", "impact", "evaluation", "evaluating", "achieved"]
PAST_PERIOD_WORDS = ["previous academic year", "previous year", "previous session", "last academic year",
                     "last year", "last year's", "last session", "preceding year"]

# A heading's question that looks back at what the work did ('Evidence of impact: what do pupils now
# know and what can they now do? What has changed?'): the column reports what happened, progress,
# whatever its first words name (words folded and singular, as headings are read).
LOOK_BACK_QUESTIONS = ["what has changed", "what have changed", "what changed", "what difference has",
                       "what difference did", "what has been achieved", "what was achieved", "what did we achieve",
                       "what have we achieved", "now know"]

# Words that tell what happened, in a cell under 'Outcomes' (a report's, not a plan's): past participles
# a perfect tense takes besides those in '-ed' ('have taken part', 'has been raised'), and verbs in the
# simple past that report what people did ('6 children attended …', 'Subject lead attended …').
IRREGULAR_PARTICIPLES = {"been", "taken", "made", "given", "seen", "done", "gone", "begun", "grown", "shown",
                         "known", "become", "run", "met", "held", "led", "brought", "taught", "built", "spent",
                         "bought", "won", "got", "set", "put", "sent", "written", "chosen", "found", "kept", "left",
                         "paid", "read", "risen", "fallen"}
SIMPLE_PAST_REPORTS = {"attended", "took", "completed", "achieved", "delivered", "received", "increased",
                       "decreased", "rose", "fell", "joined", "won", "competed", "participated", "visited",
                       "signed", "trained", "enjoyed", "gained", "went", "was", "were", "had"}

# Labels inside a cell of what will be done that open the reason for it ('What we are going to do?
# … Why we need to do it? …'): from such a label on, the cell says why, not what.
RATIONALE_LABELS = ["why we need to do it", "why are we doing this", "why we are doing this", "why is this needed",
                    "why is this important", "why", "rationale", "reason", "reasons", "reason for this",
                    "the reason"]

# Labels of the parts of an audit finding, as an auditor writes them (the Uniform Guidance's elements of a
# finding, 2 CFR 200.516, and the program it concerns): inside a cell that ends with the auditee's own plan
# ('… Recommendation: … Management Response and Corrective Action Plan: The District shall …') they are
# the finding the plan answers, kept aside, never the action (normalise/cellparts.py)
FINDING_PART_LABELS = ["condition", "conditions", "statement of condition", "criteria", "criterion",
                       "cause", "effect", "context", "recommendation", "recommendations",
                       "auditor's recommendation", "auditors recommendation", "auditor recommendation",
                       "questioned costs", "questioned cost", "repeat finding", "prior year finding",
                       "type of finding", "finding type", "assistance listing", "assistance listing number",
                       "cfda number", "cfda", "federal grantor", "federal agency", "federal program",
                       "pass-through entity", "pass-through grantor", "compliance requirement",
                       "compliance requirements", "award number", "award no.", "award year", "award period",
                       "views of responsible officials", "view of responsible officials", "finding"]

# Words that open a template's guidance in brackets after a heading ('Teaching (for example, CPD,
# recruitment and retention)', 'Wider strategies (e.g. attendance, behaviour)'): the brackets say what
# the section may hold, they are no part of its name.
EXAMPLE_WORDS = ["for example", "for instance", "e.g.", "eg", "e.g", "such as", "i.e.", "ie"]
# What opens a template's worked example, printed as a row of its table to show how to fill it in
# ('e.g. Deliver briefings … | e.g. Jo Bloggs | e.g. 31/03/2025', 'Example: …'): no entry (heading_rows.py)
EXAMPLE_ROW_MARKS = ["e.g.", "e.g", "eg.", "eg:", "example:", "example -", "example –", "for example",
                     "sample:", "worked example"]
# Labels (folded) of a form that gives the particulars of the document itself, not of an action: who
# owns the plan, when it was agreed, its version ('Plan owner: | Date agreed: | Version:'); a title
# over such a form is the plan's title (tableforms.py)
DOCUMENT_PARTICULAR_LABELS = frozenset({
    "version", "version no", "version number", "revision", "document version", "plan version",
    "plan owner", "document owner", "owner of the plan", "author", "document author", "prepared by",
    "date agreed", "date approved", "approved by", "agreed by", "date of approval", "approval date",
    "date signed off", "signed off by", "date issued", "issue date", "date published",
    "review date", "next review date", "date of next review", "date of last review", "last reviewed",
    "plan title", "document title", "title of plan", "classification", "document status",
})

# Grouping headings ("Immediately", "Within three months") found at the start of a cell or alone in a row.
TIMEFRAME_PATTERNS = [
    r"immediately",
    r"immediate",
    r"within (?:the next )?(?:\d+|one|two|three|four|five|six|nine|twelve|eighteen)"
    r"(?:\s*(?:-|to)\s*(?:\d+|two|three|six|twelve))? (?:days?|weeks?|months?|years?)",
    r"(?:short|medium|long)[ -]term",
    r"by the end of (?:the )?(?:year|quarter)",
]

# RAG spellings → contract enum (after folding; "r a" is "R/A" with the slash gone).
RAG_WORDS: dict[str, str] = {
    "r": "red", "red": "red",
    "a": "amber", "amber": "amber", "y": "amber", "yellow": "amber",
    "g": "green", "green": "green",
    "b": "blue", "blue": "blue", "c": "blue", "complete": "blue", "completed": "blue",
    "r a": "red_amber", "ra": "red_amber", "red amber": "red_amber", "amber red": "red_amber",
    "a r": "red_amber",
    "a g": "amber_green", "ag": "amber_green", "amber green": "amber_green", "green amber": "amber_green",
    "g a": "amber_green",
}

# Office's standard fills, for RAG shown only by colour (CONTRACT.md).
RAG_COLOURS: dict[str, str] = {"red": "#ff0000", "amber": "#ffc000", "green": "#00b050", "blue": "#0070c0"}
# A fill far from all four (a pale tint, Excel's 'Light red fill' #ffc7ce) is read by its CIELAB hue
# angle, in degrees, when it is coloured enough: [start, end) per rating (red wraps past 360).
RAG_HUES: dict[str, tuple[float, float]] = {"red": (345.0, 405.0), "amber": (45.0, 110.0),
                                           "green": (110.0, 200.0), "blue": (220.0, 290.0)}
# The words a status cell may open with to say whose status it is ('Project complete', 'Task on hold').
STATUS_OWNER_WORDS = ["action", "task", "milestone", "activity", "project", "programme", "item", "deliverable",
                      "workstream"]

# Status by leading words (longest first wins) → contract enum.
STATUS_WORDS: dict[str, str] = {
    "complete": "complete", "completed": "complete", "achieved": "complete", "done": "complete",
    "accomplished": "complete",
    "closed": "complete", "met": "complete", "finished": "complete", "delivered": "complete", "agreed": "complete",
    # a remediation tracker's word for a finding dealt with ('🟢 Fixed', 'Remediated')
    "fixed": "complete", "remediated": "complete",
    "in progress": "in_progress", "inprogress": "in_progress", "in hand": "in_progress",
    "underway": "in_progress", "under way": "in_progress", "on track": "in_progress", "on target": "in_progress",
    "started": "in_progress", "progressing": "in_progress", "in train": "in_progress", "partially": "in_progress",
    "partly": "in_progress", "commenced": "in_progress", "in draft": "in_progress", "draft": "in_progress",
    # a document or measure being drawn up ('In preparation', 'Under preparation', 'Being prepared')
    "in preparation": "in_progress", "under preparation": "in_progress", "being prepared": "in_progress",
    "not started": "not_started", "not yet started": "not_started", "new": "not_started", "to start": "not_started",
    "not begun": "not_started", "planned": "not_started", "not due": "not_started", "pending": "not_started",
    "ongoing": "ongoing", "on going": "ongoing", "on-going": "ongoing", "continuous": "ongoing",
    "business as usual": "ongoing", "carried forward": "ongoing", "carried forwards": "ongoing",
    "carried over": "ongoing",
    "delayed": "delayed", "overdue": "delayed", "on hold": "delayed", "behind": "delayed",
    "behind schedule": "delayed", "slipped": "delayed", "late": "delayed", "off track": "delayed",
    "at risk": "delayed", "not on track": "delayed", "paused": "delayed",
    "cancelled": "cancelled", "canceled": "cancelled", "withdrawn": "cancelled", "no longer required": "cancelled",
    "superseded": "cancelled", "deleted": "cancelled", "not required": "cancelled",
}

# Month names and abbreviations → month number.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

# Words of a plan title, used to pick the title among the paragraphs before the tables.
TITLE_WORDS = ["plan", "framework", "tracker", "template", "strategy", "report", "programme", "monitoring",
               "improvement", "action", "diagnostic", "review", "scorecard", "minutes", "policy", "statement",
               "inspection", "register", "dashboard", "log", "premium", "briefing", "response", "evaluation",
               "assessment", "audit", "plans", "actions", "priorities", "performance", "outcomes", "indicators",
               "paper",  # a consultation, white or green paper
               "terms",  # terms of reference: a board's or group's remit
               "procedures", "procedure"]  # a body's rules of how a thing is done, as its policy
# The last word of a line that only names a body ('Metropolitan Borough of Barnsley Council',
# 'Hollins Park Primary School'), after folding: the publisher over a cover's title, not the title
BODY_WORDS = {"council", "school", "academy", "college", "trust", "authority", "partnership", "board", "nhs",
              "department", "ministry", "office", "governors", "federation", "foundation", "service", "services",
              "agency", "commission", "government", "borough", "county", "city", "district", "region",
              # a school named by its phase alone ("Marlpit Church of England Primary")
              "primary",
              # a site a body works from, in an address block ('USDA Plant Inspection Station', 'Fire Station')
              "station"}
# a body's word that opens its name, what it is of after it ('Office of Data & Innovation', 'National Council
# on Disability', 'Department for Education'): a body's name, however its last word reads
BODY_HEAD_WORDS = {"office", "department", "ministry", "council", "commission", "agency", "authority"}
# Words of a line that only dates the document ('Updated February 2025', 'Cabinet, 14 November 2024'),
# after folding; month names and numbers are dates themselves
DATE_LINE_WORDS = {"updated", "update", "last", "version", "v", "published", "approved", "issued", "revised",
                   "draft", "final", "date", "dated", "reviewed", "review", "effective", "next", "created",
                   "produced", "prepared", "agreed", "adopted", "as", "at", "by", "on", "of", "the", "from", "to",
                   "until", "in", "and", "for", "governors", "cabinet", "meeting", "held", "st", "nd", "rd", "th",
                   "position", "data", "period", "ending", "ended", "quarter", "q", "week", "commencing"}

# Cyrillic and Greek letters drawn like Latin ones (legacy conversions and OCR mix them in).
HOMOGLYPHS: dict[str, str] = {
    # Cyrillic capitals
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ԛ": "Q", "Ԝ": "W", "Ү": "Y", "Ӏ": "I",
    # Cyrillic small
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ү": "y",
    # Greek capitals
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    # Greek small
    "ο": "o", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "α": "a",
    # Latin small dotless i, often from Turkish-locale OCR
    "ı": "i",
}

LIGATURES: dict[str, str] = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}


# Words a sentence cannot end on (articles, prepositions, conjunctions): a cell that stops on one
# was cut by a page or cell break, and the next cell's text finishes it (normalise/structure.py
# sentence_left_open).
OPEN_ENDING_WORDS = {
    "a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from", "into", "onto", "and", "or",
    "but", "nor", "that", "which", "who", "whose", "their", "its", "our", "your", "his", "her", "as", "than",
    "including", "such", "between", "across", "through", "within", "towards", "about", "is", "are", "be",
    "will", "would", "should", "can", "may", "has", "have", "had", "not", "all", "each", "every", "both",
}


# ---- reading a column heading by meaning (normalise/headers.py) --------------------------------
# A heading is read the way a person reads it: by its head word (the last noun of its first
# phrase: "Target DATE", "DATE for completion", "Action OWNER"), by the words that modify it
# ("LEAD officer", "ACCOUNTABLE officer"), by set phrases ("led by", "how will we know") and by the
# question it asks ("Who?", "When?"). Each cue gives a field and a weight from 0 to 1: how surely
# that word or phrase names the field. HEADER_SYNONYMS above stay the strongest cues (whole
# headings seen in plans); these cues read the many wordings no list can hold.

# word (singular, folded) → {field: weight}
HEADING_WORDS: dict[str, dict[str, float]] = {
    # who leads
    "lead": {"lead": 1.0}, "leader": {"lead": 0.9}, "leadership": {"lead": 0.7}, "owner": {"lead": 1.0},
    "ownership": {"lead": 0.9}, "who": {"lead": 0.95}, "whom": {"lead": 0.95}, "responsibility": {"lead": 0.95},
    "responsible": {"responsible": 0.9, "lead": 0.7}, "accountable": {"lead": 0.9},
    "accountability": {"lead": 0.9}, "officer": {"lead": 0.7}, "person": {"lead": 0.6},
    "champion": {"lead": 0.7}, "sponsor": {"lead": 0.7}, "manager": {"lead": 0.5}, "holder": {"lead": 0.5},
    "led": {"lead": 0.9}, "owned": {"lead": 0.8}, "delivered": {"lead": 0.3},
    # who the work is given to, as task trackers and issue exports head it ('Assigned to', 'Assignee')
    "assigned": {"lead": 0.9}, "assignee": {"lead": 1.0},
    # the person named as the item's point of contact ('POC', 'AI POC': the action item's point of contact)
    "poc": {"lead": 0.95},
    # the person an issue register gives the action to ('Raised by | Owner | Actionee')
    "actionee": {"lead": 1.0}, "actioner": {"lead": 1.0},
    # by when
    "when": {"due": 0.95}, "date": {"due": 0.9}, "deadline": {"due": 1.0}, "timescale": {"due": 1.0},
    "timeline": {"due": 0.95}, "timeframe": {"due": 0.95}, "timing": {"due": 0.95}, "time": {"due": 0.8},
    "completion": {"due": 0.8}, "due": {"due": 1.0}, "timetable": {"due": 0.9}, "schedule": {"due": 0.7},
    "frequency": {"due": 0.7},  # 'Monthly', 'Fortnightly': when it happens, a timescale with no date
    # the agile time box the work is planned for ('Target Sprint' over 'Sprint 2', 'Iteration'): when
    # it is due, named by the team's own calendar rather than a date
    "sprint": {"due": 0.75}, "iteration": {"due": 0.75},
    "scale": {"due": 0.5}, "by": {"due": 0.3},
    # what will be done
    "action": {"action": 1.0}, "activity": {"action": 0.95}, "task": {"action": 0.95},
    "intervention": {"action": 0.9}, "step": {"action": 0.85}, "do": {"action": 0.6},
    "deliverable": {"action": 0.8}, "commitment": {"action": 0.9},
    # an initiative is what is done, or, beside a column of its action items, what they serve
    # ('Initiatives | Action Items': the initiative each row's actions carry out)
    "initiative": {"action": 0.8, "objective": 0.6},
    "committed": {"action": 0.8}, "undertaking": {"action": 0.7},
    # a project is what is done, or, beside a column of its tasks, what groups them
    "project": {"action": 0.7, "area": 0.6},
    # an internal audit tracker's review each finding came from ('Assignment | Weakness found | Agreed
    # action'): what groups the findings, before the finding itself
    "assignment": {"area": 0.8},
    "description": {"action": 0.4}, "improvement": {"action": 0.3, "area": 0.4}, "work": {"action": 0.5},
    "response": {"action": 0.6}, "strategy": {"action": 0.5}, "plan": {"action": 0.3},
    "implementation": {"action": 0.8},
    "process": {"action": 0.7},  # 'Process' over what will be done, its lead and timescale
    # a to-do list's work ('Job', 'Jobs left'): what is to be done
    "job": {"action": 0.7},
    # how success is measured
    "measure": {"measure": 1.0}, "measurement": {"measure": 0.9}, "criterion": {"measure": 0.95},
    "criteria": {"measure": 0.95}, "kpi": {"measure": 0.85}, "indicator": {"measure": 0.8},
    "evidence": {"measure": 0.9}, "metric": {"measure": 0.9}, "know": {"measure": 0.6},
    "success": {"measure": 0.7}, "target": {"due": 0.5, "measure": 0.4},
    # how sure delivery is: a rating ('Delivery confidence (1-5)')
    "confidence": {"rag": 0.8},
    # why / for what
    "objective": {"objective": 1.0}, "aim": {"objective": 0.95}, "goal": {"objective": 0.95},
    "purpose": {"objective": 0.7}, "ambition": {"objective": 0.8}, "why": {"objective": 0.6},
    # Ofsted's curriculum framework, which school plans follow: intent (what pupils should gain),
    # implementation (what is done to get there), impact (the difference made)
    "intent": {"objective": 0.9}, "intention": {"objective": 0.8},
    "priority": {"area": 0.8, "objective": 0.6}, "outcome": {"outcome": 1.0}, "impact": {"outcome": 0.8},
    "result": {"outcome": 0.7}, "benefit": {"outcome": 0.7}, "difference": {"outcome": 0.8},
    "output": {"outcome": 0.6},
    # grouping
    "area": {"area": 1.0}, "theme": {"area": 1.0}, "workstream": {"area": 1.0}, "strand": {"area": 0.95},
    "recommendation": {"area": 0.95}, "issue": {"area": 0.6}, "topic": {"area": 0.8}, "focus": {"area": 0.7},
    "domain": {"area": 0.8}, "pillar": {"area": 0.9}, "heading": {"area": 0.6}, "section": {"area": 0.6},
    "category": {"area": 0.85}, "directorate": {"area": 0.7}, "service": {"area": 0.4},
    "finding": {"area": 0.7}, "weakness": {"area": 0.6}, "challenge": {"area": 0.6},
    # the regulation a care inspection's shortfall falls under ('Reg' over 'Regulation 12: The protection
    # of children standard', merged down its rows): surer than the finding beside it
    "regulation": {"area": 0.9}, "reg": {"area": 0.85},
    # how it is going
    "progress": {"progress": 1.0}, "update": {"progress": 1.0}, "commentary": {"progress": 1.0},
    "comment": {"progress": 0.95}, "note": {"progress": 0.8}, "evaluation": {"progress": 0.75},
    "review": {"progress": 0.6}, "position": {"progress": 0.6}, "narrative": {"progress": 0.8},
    "remark": {"progress": 0.8}, "achieved": {"progress": 0.5}, "discussion": {"progress": 0.7},
    "decision": {"progress": 0.5},
    # what stands in the way of completing it ('Anticipated Barriers or Other Issues Related to Milestone
    # Completion'): the only commentary on how the work stands where no column is headed as progress,
    # which a surer progress column ('Progress', 'Update') takes before it (headers.one_field_each)
    "barrier": {"progress": 0.7}, "obstacle": {"progress": 0.7}, "impediment": {"progress": 0.7},
    "blocker": {"progress": 0.7},
    "status": {"status": 1.0}, "rag": {"rag": 1.0},
    # whether it is done, asked of each row ('Done?', 'Is done?', 'Completed'): its status
    "done": {"status": 0.8}, "completed": {"status": 0.6}, "brag": {"rag": 1.0}, "rating": {"rag": 0.9},
    "milestone": {"milestones": 1.0},
    "ref": {"area_ref": 1.0}, "reference": {"area_ref": 1.0}, "no": {"area_ref": 0.9},
    # a document's version ('Version | Date | What': a version history's rows are numbered by it)
    "version": {"area_ref": 0.8},
    "number": {"area_ref": 0.9}, "id": {"area_ref": 0.9}, "item": {"area_ref": 0.6}, "code": {"area_ref": 0.9},
    "resolution": {"resolution": 0.9}, "mitigation": {"resolution": 0.8},
}

# set phrases (folded singular words, matched whole) per field → weight; they outrank the words
# in them. Field '' marks a phrase naming something no field holds ("Start date").
HEADING_PHRASES: dict[str, dict[str, float]] = {
    "lead": {"assigned to": 1.0, "led by": 1.0, "by whom": 1.0,
             # who acts, named after the action ('Action by whom', 'Action taken by')
             "action by whom": 1.0, "action taken by": 1.0, "person responsible": 1.0, "people responsible": 1.0,
             "who is responsible": 1.0, "responsible lead": 1.0, "lead responsibility": 1.0, "lead officer": 1.0,
             # the partner organisation that leads the work in a partnership plan ('Lead partner'):
             # a lead, though 'partner' alone names those who support (SUPPORT_WORDS)
             "lead partner": 1.0,
             # the body that carries the work out ('Entity Performing Review', 'Performed by')
             "entity performing": 1.0, "performed by": 1.0},
    "responsible": {"responsible officer": 1.0, "responsible manager": 1.0},
    "due": {"by when": 1.0, "target date": 1.0, "date for completion": 1.0, "completion date": 1.0,
            # when the work is to be done by ('To be completed by'): a date, where 'Completed' alone is a
            # status (a set phrase, not a synonym: 'Complete' alone must not read as close to it)
            "complete by": 1.0, "completed by": 1.0,
            "end date": 1.0, "review date": 0.9,
            # when a review's work ends in its reports ('Expected Quarter(s) Reports Issued')
            "report issued": 0.9},
    "action": {"what we will do": 1.0, "what will we do": 1.0, "what we have committed to": 1.0,
               "what need to happen": 1.0, "what is required": 0.9, "how will we do it": 0.9,
               "how will we get there": 0.9, "how we will do it": 0.9,
               # 'You said | We will | … | We did': what the plan commits to, its answer to what was said,
               # over what was done already ('We did' 0.8); under 0.9 so that inside a longer heading
               # ('How we will measure success') the field the heading names wins
               "we will": 0.85, "we will do": 1.0,
               # a quality improvement plan's or driver diagram's change to test ('Change idea', 'PDSA
               # change'): what the team will do; its problem, aim and drivers are context
               "change idea": 1.0, "idea for change": 1.0, "change to test": 1.0, "change to be tested": 1.0,
               "improvement idea": 0.9, "change tested": 0.9,
               # a tracker of changes put forward for a process ('Suggested change | Rationale | Status'):
               # each is a piece of work to be done, not a change already made
               "suggested change": 1.0, "proposed change": 1.0, "recommended change": 0.9,
               # what was done in answer to what was raised ('You said | We did', 'Complaint | What we
               # did'): second to a progress reading (headers._done_as_action)
               "we did": 0.8, "we have done": 0.8, "what we did": 0.8, "what we have done": 0.8,
               "what has been done": 0.75, "change made": 0.85, "what we changed": 0.9,
               # a risk assessment's controls still to be put in place: what is to be done
               "additional control": 0.9, "further control": 0.9, "control required": 0.9,
               "control needed": 0.9,
               # the items of an action list by their two-word name, after words that say whose or
               # which they are ('HHS Open Data Action Items', 'Open action items'): not the head
               # word 'item' alone, a reference; at the synonym's own weight, so that a head word
               # after the phrase ('Action item No.', 'Action point owner') still names the column
               "action item": 0.92, "action point": 0.92},
    "measure": {"success criteria": 1.0, "success measure": 1.0, "how will we know": 1.0, "how we will know": 1.0,
                "how will we measure": 1.0, "evidence of impact": 1.0, "measure of success": 1.0,
                "impact measure": 1.0, "performance measure": 1.0, "what will success look like": 1.0,
                "what success will look like": 1.0,
                # a form's label over the state that shows the work succeeded ('Success looks like: …', folded singular)
                "success look like": 1.0, "what success look like": 1.0,
                # Plan-Do-Check-Act: the step that checks the work did what it was for ('Check-Step',
                # 'Check step' over 'Employment, Recidivism', '% Complete'): its measure, not a step
                "check step": 1.0, "check stage": 1.0, "how we will check": 1.0, "how will we check": 1.0},
    "outcome": {"what difference": 1.0, "expected impact": 0.9, "intended impact": 0.9, "desired outcome": 1.0,
                "what will be different": 1.0,
                # a logic model's last column, the change the work makes ('Difference it will make',
                # 'The difference we will make'): the outcome, not something done
                "difference it will make": 1.0, "difference we will make": 1.0, "difference it makes": 1.0},
    "progress": {"progress to date": 1.0, "progress update": 1.0, "update on progress": 1.0,
                 "description of result": 0.9, "result to date": 0.9,
                 # what has been done, in the past tense (a highlight report's lists): progress, not actions
                 "what we have done": 1.0, "what has been done": 1.0, "what we did": 1.0, "we did": 0.9,
                 "we have done": 0.9,
                 "key accomplishment": 0.9, "achievement this period": 0.9, "key achievement": 0.9,
                 # where things stand now, asked as a question ('Where are we now?')
                 "where are we now": 1.0, "where we are now": 1.0, "where are we": 0.9,
                 # how the work stands, asked of each action ('How are we doing so far?'): progress
                 "how are we doing": 1.0, "how we are doing": 1.0, "how are we doing so far": 1.0,
                 # what shows the work is moving, seen so far ('Evidence of progress', 'Evidence of
                 # impact to date'): a progress report, where 'Evidence of impact' alone is a measure
                 "evidence of progress": 1.0, "evidence of impact to date": 1.0, "impact to date": 0.9,
                 "evidence to date": 1.0},
    "rag": {"rag rating": 1.0, "rag status": 1.0, "brag rating": 1.0, "brag status": 1.0,
            # the health of the thing a row tracks ('Initiative Health', 'Project Health' over 'On Track
            # (green)', 'Slightly Off Track (yellow)'): how it is going, its rating. Only as a phrase:
            # 'Health' alone or 'Health and wellbeing' is a topic, not a rating
            "project health": 1.0, "programme health": 1.0, "program health": 1.0, "initiative health": 1.0,
            "goal health": 1.0, "objective health": 1.0, "action health": 1.0, "task health": 1.0,
            "workstream health": 1.0, "milestone health": 1.0, "deliverable health": 1.0,
            "overall health": 1.0, "health status": 1.0, "health rating": 1.0, "health check": 0.9},
    "area": {"area for improvement": 1.0, "area for development": 1.0, "key area": 1.0, "area of focus": 1.0,
             "priority area": 1.0, "key priority": 0.9,
             # the family a security control belongs to ('Control Family' over 'Access Control' beside
             # 'Control ID | Planned Action', a POA&M): the group its rows fall under, as 'Control Domain'
             "control family": 0.9,
             # what people told the organisation ('You said | We did'): the finding a row answers,
             # context like a recommendation; a driver diagram's drivers group its change ideas
             # (asked as a question, 'What you said' outranks the question's reading as the action)
             "you said": 0.8, "what you said": 1.0, "you told us": 0.8, "what you told us": 1.0,
             # … or what an inspection, audit or review said, each row of the response answering it
             # ('What the inspectors said | Our response | Action we will take'): the recommendation is
             # the group of the actions (CONTRACT.md, "Recommendations"), never a parent action
             "inspectors said": 1.0, "inspector said": 1.0, "inspectors found": 1.0, "inspection found": 0.9,
             "auditors said": 1.0, "auditor said": 1.0, "auditors found": 1.0, "reviewers said": 1.0,
             "report said": 0.9, "review said": 0.9, "they said": 0.8, "what they said": 1.0,
             "inspectors recommended": 1.0, "report recommended": 0.9, "review recommended": 0.9,
             "complaint": 0.6, "concern raised": 0.7, "issue raised": 0.7,
             # what a complaint or a review taught, each grouping the actions taken on it ('Learning
             # point | Action we are taking', 'Lesson learned | What we will do')
             "learning point": 0.8, "lesson learned": 0.8, "lesson learnt": 0.8,
             "primary driver": 0.8, "secondary driver": 0.7,
             # an improvement plan's shortfall as a clause ('What needs to improve', 'Where we need to
             # get better'): the area the actions answer, not the actions themselves
             "what need to improve": 1.0, "what need to be improved": 1.0, "where we need to improve": 1.0,
             "where we need to get better": 1.0, "what we need to improve": 1.0},
    # the steps of an action, beside the action's own column ('Action | Sub-task | Owner | Due')
    "milestones": {"progress milestone": 1.0, "key milestone": 1.0, "sub task": 1.0, "sub action": 1.0,
                   "sub activity": 1.0, "action step": 0.9, "key step": 0.9,
                   # the stages on the way to the action's end ('Interim steps', 'Intermediate steps')
                   "interim step": 1.0, "intermediate step": 1.0,
                   # a quality improvement plan's Plan-Do-Study-Act cycles: the steps testing a change
                   "pdsa cycle": 1.0, "pdsa cycles": 1.0, "pdsa cycle s": 1.0, "pdsa": 0.8, "test of change": 0.8},
    "status": {"status of milestone": 1.0, "milestone status": 1.0, "completion level": 1.0,
               "level of completion": 1.0},
    "": {"start date": 1.0, "date started": 1.0, "date raised": 1.0, "date added": 1.0, "date opened": 1.0,
         "date identified": 1.0, "launch date": 1.0, "date launched": 1.0,
         # when the work starts, not when it is due ('Expected Quarter Work Begins')
         "work begin": 1.0,
         # a risk assessment's controls already in place: context, not a measure of success
         "control measure": 1.0, "existing control": 1.0, "control in place": 1.0, "current control": 1.0,
         # how someone takes part ('In person/ teleconference' beside a speaker's name): no one who acts
         "in person": 1.0},
}

# Question headings: the first word asks what the column answers; words later in the question
# can turn it ("How will we KNOW…?" asks for a measure, "How will we do it?" for an action).
HEADING_QUESTIONS: dict[str, tuple[str, dict[str, str]]] = {
    "who": ("lead", {"monitor": "", "monitoring": "", "monitored": "", "evaluate": "", "quality": "",
                     # a risk assessment's 'Who might be harmed': the people at risk, not who acts
                     "harmed": "", "affected": "", "harm": "",
                     # an access plan's 'Who it may affect', 'Who will benefit': the people it is for
                     "affect": "", "affects": "", "benefit": "", "benefits": "", "benefiting": ""}),
    "when": ("due", {}),
    "how": ("action", {"know": "measure", "measure": "measure", "measured": "measure", "evidence": "measure",
                       "success": "measure", "tell": "measure", "monitor": "measure", "monitored": "measure",
                       "assess": "measure", "assessed": "measure", "judge": "measure",
                       # 'How many times did it occur?', 'How much?', 'How often?': a count, an amount or a
                       # frequency (a threat log's incidents, a budget), not the way a thing is done
                       "many": "", "much": "", "often": "", "frequently": "",
                       # a communication plan's 'How to Communicate (Channel)': the channel of a message
                       "communicate": "", "communicated": "",
                       # a publication scheme's 'How the information can be obtained' ('Hard copy', 'Web
                       # site') or a service's 'How to apply / access it': the channel a thing is had by
                       "obtain": "", "obtained": "", "available": "", "access": "", "accessed": "",
                       "apply": "", "request": "", "requested": ""}),
    # 'What do I have to do to achieve this?' asks what is done, for an end it names after
    # ('What change are we testing?': the change idea a QI plan tries, before 'change' turns it)
    "what": ("action", {"testing": "action", "trying": "action", "to do": "action", "be done": "action",
                        "resource": "", "learn": "objective",
                        # 'What do we want to achieve?' over 'To broaden the personal development offer': the
                        # aim the plan sets itself (a school plan's objective), not the difference it makes (before
                        # 'achieve' below turns it)
                        "want to achieve": "objective", "wish to achieve": "objective", "aim to achieve": "objective",
                        "difference": "outcome", "impact": "outcome", "change": "outcome", "outcome": "outcome",
                        "achieve": "outcome", "achieved": "outcome", "different": "outcome",
                        # 'What good looks like' / 'What good will look like': the state sought, an
                        # outcome ('What will success look like?' asks for a measure)
                        "good": "outcome", "look": "measure",
                        "success": "measure", "evidence": "measure", "measure": "measure", "know": "measure",
                        "progress": "progress", "done so far": "progress", "why": "objective",
                        # what was found or seen is a finding, which no field holds ('What we found')
                        "found": "", "saw": "", "seen": "", "heard": "", "noticed": "", "learnt": "",
                        "learned": "",
                        # a communication plan's 'What to Communicate' beside 'Targeted Stakeholder' and
                        # 'How Often': the message sent, not a thing done
                        "communicate": "", "communicated": "",
                        # a risk assessment's questions: the hazard and what is already done are context
                        # ('What are the hazards?', 'What are you already doing?')
                        "hazard": "", "risk": "", "already": "", "happened": "",
                        # 'What it means', 'What does it mean?': a glossary's definition of the term beside
                        # it ('Metric | What it means'), which no field holds
                        "means": "", "mean": "", "meaning": "", "stands for": "",
                        # a form's or a template's guidance: 'What to include', 'What to enter', 'What to
                        # write here' beside the field it explains ('Variable | What to include'): what
                        # the reader puts in the field, no thing the document's author will do
                        "include": "", "enter": "", "write": ""}),
    "why": ("objective", {"rating": "progress", "rated": "progress", "rag": "progress", "status": "progress",
                          "late": "progress", "delayed": "progress"}),
}

# Compound nouns a heading may print apart or hyphenated ('Completion time-frame', 'Delivery time
# scale'), read as the one word the heading vocabulary knows, so the compound is the head, not its last part
HEADING_COMPOUNDS: dict[tuple[str, str], str] = {
    ("time", "frame"): "timeframe", ("time", "scale"): "timescale", ("time", "line"): "timeline",
    ("dead", "line"): "deadline", ("work", "stream"): "workstream",
}

# Words a heading's head skips: they qualify the head but name nothing ("Action REQUIRED",
# "KEY actions", "Lead(s)" → "lead s").
HEADING_FILLERS = {
    "s", "required", "proposed", "key", "specific", "planned", "agreed", "main", "overall", "current", "latest",
    "intended", "expected", "desired", "needed", "taken", "the", "a", "an", "our", "your", "we", "will", "to",
    "be", "is", "are", "and", "or", "of", "detailed", "brief", "summary", "short", "full", "headline", "new",
    "e", "g", "eg", "ie", "etc", "what", "sought", "made", "please", "state", "give", "list", "include",
    "identified", "found",
    # what is still to do ('Jobs left', 'Actions outstanding'): the head is the work itself
    "left", "outstanding",
}

# Headings (folded) of a column that names each action by a short title ('Short title', 'Action
# title') beside a longer text read as the action ('Action description', 'Description', 'Details'):
# the title names the action; the longer text describes it (normalise/headers.py _title_names_the_action)
ACTION_TITLE_HEADINGS = {"title", "short title", "action title", "action short title", "action name",
                         "short name", "brief title", "task title", "task name", "activity title",
                         "activity name", "action headline", "headline", "title of action", "name of action"}

# Heads that carry little meaning of their own: the words before them decide ("LEAD officer",
# "ACTION description").
# Of those, heads that name a person: whatever the words before them ('PROJECT manager', 'SERVICE
# officer'), the column says who, and those words only say which person.
HEADING_PERSON_HEADS = {"officer", "person", "people", "manager", "holder", "team"}
HEADING_GENERIC_HEADS = {"officer", "person", "people", "description", "detail", "details", "name", "team",
                         "manager", "holder", "title", "text", "column", "information", "info", "by", "s", "score"}

# Heads that name something no contract field holds: the heading is read as that, not as the
# field a later word names ("Resources: staffing, TIME, money" is about resources, not dates).
HEADING_OTHER_HEADS = {
    "resource", "cost", "costing", "budget", "funding", "finance", "money", "risk", "monitoring", "dependency",
    "link", "source", "baseline", "assumption", "constraint", "issue raised", "consultation", "equality",
    "governance", "strength", "board", "committee", "audience", "stakeholder", "partner", "partnership",
    "attendance", "cohort", "group", "start", "page", "appendix", "shared", "monitored",
    # what a template says about a column, not the column ('RAG guidance', 'Scoring key')
    "guidance", "instruction", "definition", "explanation", "legend",
    # how pressing or weighty an item is ('Urgency' over High / Medium / Low): a ranking no field
    # holds, neither a RAG rating nor a priority area ('Priority' alone names a plan's area)
    "urgency", "importance", "criticality",
}
# When no heading names what is to be done ('Audience | Key message | Channel | Owner | Date'), how
# surely a column under each head word holds it (normalise/headers.py action_candidacy): what is
# delivered or how it is done may be the thing to do; who it is for, what was found and why are
# context, never the action. Unknown head words weigh 0.5, heads of HEADING_OTHER_HEADS 0.2, a
# blank heading 1.0.
ACTION_CANDIDACY: dict[str, float] = {
    "message": 0.6, "communication": 0.7, "content": 0.5, "approach": 0.6, "method": 0.4, "mechanism": 0.4,
    "channel": 0.3, "medium": 0.3, "format": 0.3, "event": 0.5, "product": 0.5, "output": 0.5, "proposal": 0.6,
    "solution": 0.6, "change": 0.5, "what": 0.7, "how": 0.6,
    "audience": 0.0, "stakeholder": 0.0, "recipient": 0.0, "group": 0.1, "issue": 0.1, "finding": 0.1,
    "concern": 0.1, "problem": 0.1, "recommendation": 0.1, "reason": 0.0, "rationale": 0.0, "why": 0.0,
    "background": 0.0, "context": 0.0, "risk": 0.0, "evidence": 0.1, "comment": 0.1, "note": 0.1,
}

# Modals of a call to act made to someone else ('The trust MUST ensure …', 'Reconciliations SHOULD be
# reviewed'): a regulator's requirement or an auditor's recommendation, not what the organisation
# commits to do (normalise/choose.py commitment_share; COMMITMENT_MODALS holds both kinds)
CALL_MODALS = {"should", "must", "ought", "need", "needs"}

# words in a heading that say its table records decisions taken, not things to be done: a minute's
# table of motions ('Motion Text | Moved by | Seconded by | Status'), resolutions, votes
DECISION_HEADING_WORDS = {"motion", "motions", "resolution", "resolutions", "decision", "decisions", "vote", "votes",
                          "seconded", "seconder"}

# the subject of a clause after a heading's head word ('Steps WE are taking', 'Changes WE will make',
# 'Areas THAT need improvement'): it ends the head's phrase, as a preposition does
HEADING_CLAUSE_SUBJECTS = frozenset({"we", "you", "they", "i", "it", "he", "she", "that", "which"})

# synonyms that are also verbs of a form's instruction: a heading only alone (or with its options in
# brackets), never with words after it ('State (Not started/Complete)' is a status; 'State what you will
# do', 'State of play' are not)
HEADING_IMPERATIVES = frozenset({"state"})

# prepositions that end a heading's first phrase ("Date FOR completion", "Evidence OF impact")
HEADING_PREPOSITIONS = {"of", "for", "to", "by", "in", "on", "with", "against", "from", "at", "towards", "including",
                        "per", "within", "under", "into", "about",
                        # a period after the head word qualifies it ('Progress since the last report')
                        "since", "during"}

# ---- what a column's cells hold (normalise/columns.py) -----------------------------------------
# Words that open an action as plans write it: the verb of an instruction ("Review the …").
ACTION_VERBS = {
    "achieve", "adopt", "agree", "align", "analyse", "analyze", "appoint", "arrange", "assess", "attend", "audit",
    "build", "carry", "challenge", "check", "clarify", "collate", "commission", "communicate", "complete",
    "conduct", "confirm", "consider", "consult", "continue", "coordinate", "create", "deliver", "design",
    "develop", "devise", "draft", "embed", "encourage", "engage", "enhance", "ensure", "establish", "evaluate",
    "expand", "explore", "extend", "facilitate", "finalise", "finalize", "focus", "hold", "identify", "implement",
    "improve", "increase", "introduce", "invest", "involve", "issue", "launch", "lead", "maintain", "make", "manage",
    "map", "maximise", "meet", "monitor", "move", "offer", "organise", "plan", "prepare", "produce", "promote",
    "provide", "publish", "raise", "recruit", "reduce", "refresh", "refine", "reinforce", "relaunch", "report",
    # 'Release time for teachers to monitor …', 'Release staff to attend …'
    "release",
    "research", "restructure", "revise", "review", "roll", "run", "scope", "secure", "set", "share", "source",
    "standardise", "start", "strengthen", "streamline", "support", "target", "test", "track", "train",
    "undertake", "update", "upskill", "use", "work", "write", "bring", "collect", "enable", "commence", "give",
    "host", "pilot", "put", "redesign", "reintroduce", "procure", "recommission",
    # a work plan's repairs ('Fix the invitation acceptance flow', 'Fix obvious correctness bugs');
    # not 'clean', which opens names as an adjective ('Clean Air Zone')
    "fix",
    # a risk register's responses and treatments ('Hire new people from outside', 'Try to get an
    # experienced vendor', 'Upgrade the legacy servers', 'Bid for national capital funding', 'Patch
    # the web server'); not 'open', which opens titles and themes as an adjective ('Open Government')
    "hire", "try", "upgrade", "bid", "patch", "rewrite",
    # a climate or community plan's verbs ('Fund 25 community energy projects', 'Plant 10,000 trees',
    # 'Retrofit 500 council homes')
    "fund", "plant", "retrofit",
    # a task tracker's to-dos ('Reach out to partners …', 'Pull research from …'); not 'email', a channel
    # as often as a deed ('Email and Memo' under a communication plan's 'How to Communicate'): 'RC to
    # email …' reads as a to-do by its 'X to <verb>' alone
    "reach", "pull",
}
# Words of a heading that names a party to a partnership plan: an agency, a sector, a service, a
# kind of provider ('Police', "Children's Social Care", 'Health (ICB and providers)', 'Education',
# 'Voluntary sector'). Under such headings side by side, each cell says what that party will do for
# the row's priority (normalise/partymatrix.py); ROLE_WORDS and BODY_WORDS name parties too.
PARTY_WORDS = frozenset({
    "police", "policing", "health", "education", "social", "care", "children", "childrens", "adult", "adults",
    "housing", "probation", "fire", "rescue", "ambulance", "nhs", "icb", "ccg", "gp", "gps", "providers",
    "provider", "partners", "partner", "voluntary", "sector", "community", "public", "youth", "justice",
    "early", "help", "prison", "prisons", "courts", "court", "cafcass", "dwp", "jobcentre", "employers",
    "businesses", "business", "agencies", "organisations", "organizations", "practices", "hospital",
    "hospitals", "landlords", "universities", "university", "colleges", "settings", "libraries", "leisure",
})
# Words of a person's role or team in a lead column ("Head of Service", "SENCO", "DHT")
ROLE_WORDS = {
    "head", "headteacher", "head teacher", "deputy", "assistant", "director", "manager", "officer", "lead",
    "leader", "coordinator", "co ordinator", "team", "teams", "hub", "board", "governor", "governors", "senco",
    "sendco", "slt", "smt", "dmt", "cmt", "ht", "dht", "aht", "dsl", "clerk", "chair", "chief", "executive", "member",
    "members", "service", "services", "principal", "partnership", "panel", "group", "all staff", "staff",
    "teacher", "teachers", "worker", "workers", "practitioner", "practitioners", "adviser", "advisor",
    "consultant", "commissioner", "commissioning", "portfolio", "cabinet", "council", "school", "schools",
    "hr", "finance", "it", "ict", "pa", "ceo", "cfo", "coo", "iro", "iros", "lscb", "lscp", "mash",
    "safeguarding", "virtual", "nurse", "nurses", "designated", "responsible", "ofsted", "pshe", "subject",
    "leads", "officers", "managers", "directors", "heads", "coordinators", "trust", "committee",
}
# Words of a date column that are not dates ("Ongoing", "Termly", "Summer term", "Q3")
TIMESCALE_WORDS = {
    "ongoing", "on going", "on-going", "termly", "weekly", "monthly", "quarterly", "annually", "annual", "yearly",
    "daily", "fortnightly", "half termly", "biannually", "tbc", "tba", "tbd", "immediate", "immediately", "asap",
    "spring", "summer", "autumn", "winter", "term", "terms", "q1", "q2", "q3", "q4", "end", "by", "from",
    "short term", "medium term", "long term", "year", "years", "month", "months", "week", "weeks", "academic",
    "financial", "continuous", "each", "every", "start", "mid", "early", "late",
}
# What a cell says when there is nothing to say ('None', 'N/A', 'No action'), after folding
NOTHING_WORDS = {"none", "n a", "na", "nil", "no action", "no actions", "no further action", "nfa",
                 "not applicable", "no action required", "no actions required", "nothing to report", "tbc"}
# A template's prompt left in a cell: nothing was entered ('Please select an option', Word's
# 'Click or tap here to enter text.'), matched against the whole folded cell
PROMPT_PATTERNS = [r"(?:please )?(?:select|choose|pick) (?:an? |one )?(?:option|item|value|answer|entry)s?"
                   r"(?: from (?:the )?(?:list|drop ?down))?",
                   r"(?:please )?(?:select|choose) from (?:the )?(?:list|drop ?down)",
                   r"click (?:or tap )?(?:here )?to enter (?:a )?(?:text|date)",
                   r"(?:please )?enter (?:a )?(?:text|date|value)(?: here)?", r"type here",
                   # a dropdown's empty choice ('< Select >', '-- Please select --')
                   r"(?:please )?(?:select|choose)",
                   # a length hint under a free-text box ('500 words suggested', 'Max 200 words')
                   r"(?:max(?:imum)? |up to )?\d+ words?(?: (?:suggested|max(?:imum)?|limit|or (?:less|fewer)))?",
                   # a template's note on its own rows ('To add more data, insert new rows ABOVE this one')
                   r"(?:to add (?:more |new )?(?:data|rows?|tasks?|actions?|items?) )?(?:please )?(?:insert|add) "
                   r"(?:new |more )?rows? (?:above|below) (?:this (?:one|row|line)|here)"]
# Headings that make a table a risk register (not a plan): one naming the risk itself ('Risk',
# 'Risk description') beside one of these words (folded, singular)
RISK_REGISTER_WORDS = {"likelihood", "probability", "severity", "mitigation", "mitigated", "mitigating",
                       "control", "residual", "inherent", "proximity", "consequence", "exposure",
                       # how a risk is treated or watched for ('Risks | Impact | Prevent | How to prevent')
                       "prevent", "prevention", "treatment", "contingency", "trigger"}
# A risk matrix's two axes and the treatment of each risk, as heading words (folded, singular): a
# heading row that scores each row by both axes and says how it is treated ('ID | Description |
# Likelihood | Severity | Mitigation | Owner') is a risk register though no heading says 'risk'
RISK_LIKELIHOOD_WORDS = frozenset({"likelihood", "probability"})
RISK_IMPACT_WORDS = frozenset({"severity", "impact", "consequence"})
RISK_TREATMENT_WORDS = frozenset({"mitigation", "mitigated", "mitigating", "control", "treatment", "contingency",
                                  "prevent", "prevention"})
# A risk register's scores headed by their initials ('L | I | Score', 'P | S'): likelihood, impact,
# probability, severity. Two or more side by side, in a row with a heading naming the risk, are the
# scoring columns, never references (headers._read_columns)
RISK_SCORE_LETTERS = {"l", "i", "p", "s"}
# a scan's reading of those initials: 'L' and 'I' as '1', '|' or '!'
RISK_SCORE_LOOKALIKES = {"1", "|", "!"}
# A register of the parties a project deals with ('Stakeholder | Role | Position/Interest | What do we
# need from them?'): a heading naming the parties (folded, singular) beside one weighing where each
# stands towards the project. Its rows describe parties, not work (headers.party_register)
PARTY_HEADING_WORDS = frozenset({"stakeholder", "party", "audience"})
PARTY_STANCE_WORDS = frozenset({"interest", "influence", "power", "position", "attitude", "stance", "expectation",
                                "salience"})
# Words that make a heading point at an item of another register ('Related Risk' over 'RR-001' in a
# findings tracker, 'Linked risk'): the column cross-references a risk, the rows are not risks
CROSS_REFERENCE_WORDS = frozenset({"related", "linked", "associated", "corresponding"})
# Words beside 'risk' in the heading of the column that names each risk ('Risk', 'Risk title',
# 'Risk name'); 'description' names it less well (the title first when both are printed). In a
# register with a column of actions to mitigate each risk, that column is the actions' area
RISK_TITLE_WORDS = {"title", "name", "identified", "summary", "event"}
RISK_DESCRIPTION_WORDS = {"description", "detail"}
# An issue log's words (folded, singular): a heading that names the issue itself, and headings that
# say when and by whom it was raised or how much it matters ('Issue ID | Issue description | Date
# raised | Raised by | Priority | Impact | Owner | Status'): a log of problems, not things to be done,
# unless a column of actions beside it says what will be done (normalise/headers.py issue_log)
ISSUE_NOUNS = {"issue", "problem", "concern"}
# Head words of a risk register's own columns: how it scores a risk and the procedure already in place
# against it ('No | risk | severity | likelihood | riskscore | procedure | action'). Beside a column headed
# beyond doubt as the actions they are named columns, no field of a plan (headers._read_columns).
RISK_REGISTER_COLUMN_WORDS = RISK_REGISTER_WORDS | {"risk", "riskscore", "score", "procedure", "impact"}
ISSUE_LOG_WORDS = {"raised", "priority", "impact", "severity", "urgency", "escalated", "escalation"}
# A heading that says when each issue will be put right ('Remediation Timeline', 'Fix by', 'Resolution
# target date'): a remedy word beside a due heading makes an issue log a remediation plan, each issue a fix to make
ISSUE_REMEDY_WORDS = {"remediation", "remediate", "remedy", "fix", "fixed", "rectification", "rectify", "correction"}
# Head words (folded, singular) of a heading naming the shortfall a remediation plan answers ('Weakness /
# Deficiency', 'Finding', 'Gap'): beside a column of milestones and no heading naming the action, each
# row's shortfall is the item the milestones are the steps of (a POA&M names each item by its weakness)
ANSWERED_ITEM_WORDS = frozenset({"weakness", "deficiency", "finding", "gap", "shortfall", "vulnerability",
                                 "nonconformity", "nonconformance"})
# A heading that asks what something is or how it works ('What is the POA&M process', 'How does the
# review work?'), with or without its question mark: a question word then a verb of being or doing.
# It explains what follows (a process's steps, a definition), it names no topic of the page's commitments;
# 'What we will do' (a pronoun after the question word) states the work and is no such question
QUESTION_OPENERS = frozenset({"what", "how", "why", "who", "when", "where", "which"})
QUESTION_VERBS = frozenset({"is", "are", "was", "were", "does", "do", "did", "can", "should", "happens"})
# nouns in a heading that say a table lists risks or threats (a register), not things to be done
RISK_NOUNS = {"risk", "risks", "threat", "threats", "hazard", "hazards", "vulnerability", "vulnerabilities"}
# Words of a priority level, not a grouping ("High | Medium | Low")
# what a level rates, said after it ('Low risk', 'High priority', 'Medium impact')
LEVELLED_THINGS = {"risk", "priority", "impact", "importance", "urgency"}
PRIORITY_LEVELS = {"high", "medium", "low", "h", "m", "l", "1", "2", "3", "critical", "essential", "desirable"}
# A key (legend) table explains a plan's codes ('Status | Description', 'RAG | Meaning', 'Priority |
# Criteria'): words of its first heading that name the codes (folded) ...
KEY_CODE_HEADING_WORDS = frozenset({"status", "rag", "brag", "rating", "ratings", "priority", "priorities", "level",
                                    "levels", "grade", "colour", "color", "code", "codes", "symbol", "key", "score"})
# ... and of its second heading that say the column explains them
KEY_DEFINITION_HEADING_WORDS = frozenset({"description", "descriptions", "meaning", "meanings", "means", "definition",
                                          "definitions", "explanation", "explanations", "criteria", "criterion",
                                          "descriptor", "descriptors", "guidance", "interpretation", "key"})
# ... more words of a first heading that name codes a key explains ('Abbreviation | Meaning', 'Initials |
# Name'), and words of the heading or sheet name over a table that say it is a key ('Lookup', 'Status
# definitions'): normalise/doccodes.py
CODE_KEY_HEADING_WORDS = frozenset({"abbreviation", "abbreviations", "acronym", "acronyms", "letter", "letters",
                                    "initials", "symbols", "icon", "icons"})
# the first heading of a key of initials ('Initials | Name | Role') and the heading of its column of
# names: normalise/initialkeys.py
INITIALS_KEY_HEADINGS = frozenset({"initials", "initial", "abbreviation", "abbreviations", "key"})
INITIALS_NAME_HEADINGS = frozenset({"name", "names", "full name", "officer", "person", "lead", "staff member",
                                    "member of staff", "who"})
CODE_KEY_TITLE_WORDS = frozenset({"lookup", "lookups", "key", "legend", "definitions", "definition", "codes"})
# more priority levels a key may list beside PRIORITY_LEVELS
KEY_LEVEL_WORDS = frozenset({"moderate", "minor", "major", "severe", "urgent", "normal", "very high", "very low",
                             "medium high", "medium low", "none", "blocker"})

# ---- indicator (KPI) tables by meaning ---------------------------------------------------------
# A heading's words → the role of its column in an indicator table.
INDICATOR_ROLE_WORDS: dict[str, dict[str, float]] = {
    "indicator": {"indicator": 1.0}, "kpi": {"indicator": 1.0}, "pi": {"indicator": 0.8},
    "measure": {"indicator": 0.9}, "metric": {"indicator": 1.0}, "description": {"indicator": 0.5},
    "target": {"target": 1.0}, "floor": {"target": 0.6}, "goal": {"target": 0.6}, "benchmark": {"target": 0.4},
    "actual": {"value": 1.0}, "latest": {"value": 1.0}, "current": {"value": 0.8}, "outturn": {"value": 1.0},
    # the last figure published ('Most recent', 'Most recent data'): the latest
    "recent": {"value": 1.0},
    "performance": {"value": 0.7}, "value": {"value": 0.9}, "result": {"value": 0.8}, "position": {"value": 0.6},
    "ytd": {"value": 0.8}, "figure": {"value": 0.7}, "data": {"value": 0.5},
    "period": {"period": 1.0}, "quarter": {"period": 0.7}, "month": {"period": 0.6}, "date": {"period": 0.5},
    "as at": {"period": 0.9},
    "rag": {"rag": 1.0}, "brag": {"rag": 1.0}, "rating": {"rag": 0.9}, "status": {"rag": 0.6},
    "polarity": {"polarity": 1.0}, "direction": {"polarity": 0.9}, "good": {"polarity": 0.7},
    "trend": {"notes": 0.8}, "dot": {"notes": 0.8}, "comment": {"notes": 1.0}, "commentary": {"notes": 1.0},
    "note": {"notes": 1.0}, "progress": {"notes": 0.9}, "timescale": {"notes": 0.6},
    # a baseline is the starting figure, never the latest one, whatever year it names ('Baseline 2023/24')
    "baseline": {"notes": 1.0}, "plan": {"target": 0.7}, "ambition": {"target": 0.6}, "trajectory": {"target": 0.6},
    # the figure an NHS or police scorecard measures against ('Standard', 'National standard', 'Threshold')
    "standard": {"target": 0.8}, "threshold": {"target": 0.6},
}

# ==== cells: what a plan's cells hold (dates, lists, status and RAG marks) ====================
# (kept apart from the heading vocabulary above, which reads what a column's heading means)

# Glyphs that open a list item. Word's own bullets are printed by extract/docx.py as '•'; other
# tools leave Symbol/Wingdings bullets as private-use characters ('\uf0b7' …); a hyphen, an
# asterisk, Word's Courier 'o' and pdfminer's '(cid:127)' count at a line's start only
# (normalise/milestones.py).
LIST_BULLETS: list[str] = ["•", "·", "▪", "▫", "◦", "●", "○", "■", "□", "➢", "►", "▶", "➤", "❖", "◆", "◇", "⁃",
                           "›", "❯",  # chevrons: designed documents' bullets (InDesign)
                           "❏", "❑", "☐",  # boxes: Word's checkbox bullets as LibreOffice prints them
                           "\uf0b7", "\uf0a7", "\uf076", "\uf0d8", "\uf0fc", "\uf0a8", "\uf02d"]

# How Tesseract reads a round bullet ('•'): a lone token of one of these glyphs opening a line of
# text is the bullet (extract/pdfocr.py writes it as '•'). Not '*' or '-': printed bullets too.
OCR_BULLET_READINGS: frozenset[str] = frozenset({"¢", "«", "©", "®", "°", "e", "o"})
# How Tesseract reads the digit 1 ending a period heading ('Qi', 'Ql', 'Autumn l'), lower-cased as
# normalise/periods.py reads headings.
OCR_ONE_READINGS = "il|"
# How Tesseract reads a dash opening a list item ('–'): the em dash, or a bar, whatever was printed.
OCR_DASH_READINGS: frozenset[str] = frozenset({"—", "―", "−"})

# Status wordings of real trackers and performance reports (by leading words, as STATUS_WORDS
# above). A negation is its own entry, so 'Not achieved' never reads as 'achieved'.
STATUS_WORDS.update({
    "not achieved": "delayed", "not met": "delayed", "not delivered": "delayed", "missed": "delayed",
    "not complete": "in_progress", "not completed": "in_progress", "not yet complete": "in_progress",
    "not yet completed": "in_progress", "incomplete": "in_progress", "partially achieved": "in_progress",
    "partially met": "in_progress", "partially complete": "in_progress", "partially completed": "in_progress",
    "slippage": "delayed", "some slippage": "delayed", "slight slippage": "delayed", "minor slippage": "delayed",
    "significant slippage": "delayed", "concerns": "delayed", "some concerns": "delayed",
    "significant concerns": "delayed", "off target": "delayed", "not on target": "delayed", "deferred": "delayed",
    "postponed": "delayed", "stalled": "delayed", "blocked": "delayed", "behind target": "delayed",
    "exceeded": "complete", "implemented": "complete", "embedded": "complete", "signed off": "complete",
    "fully achieved": "complete", "fully met": "complete", "completed on time": "complete",
    "on schedule": "in_progress", "ahead of schedule": "in_progress", "ahead of target": "in_progress",
    "good progress": "in_progress", "making progress": "in_progress", "under review": "in_progress",
    "in development": "in_progress", "being developed": "in_progress", "awaiting": "in_progress",
    "not yet due": "not_started", "yet to start": "not_started", "not yet begun": "not_started",
    # an action log's free-text state: 'not done' says no more than that it has not been done (no sign of
    # work begun), never the 'done' it negates
    "not done": "not_started", "not yet done": "not_started",
    "scheduled": "not_started",
    "stopped": "cancelled", "removed": "cancelled", "no longer needed": "cancelled",
    "dropped": "cancelled", "abandoned": "cancelled", "not needed": "cancelled", "no longer required": "cancelled",
    # task trackers and issue exports: a board's columns ('To do', 'Backlog', 'In process') and a
    # 'Done?' column kept as a spreadsheet's TRUE / FALSE
    "in process": "in_progress", "to do": "not_started", "todo": "not_started", "backlog": "not_started",
    "true": "complete", "false": "not_started",
    # a board's lanes as work-management tools name them ('Doing', 'Working on it', 'Stuck')
    "doing": "in_progress", "working on it": "in_progress", "stuck": "delayed",
})

# A status shown by a mark: a tick is done; a cross says only "not done", which is no one status.
STATUS_MARKS: dict[str, str] = {"✓": "complete", "✔": "complete", "☑": "complete", "✅": "complete",
                                "🗸": "complete", "✗": "", "✘": "", "☒": "", "❌": "", "×": ""}

# Dots and squares that say nothing but by their colour: a RAG shown only as a red, amber or green '●'
# in its cell (font colour in Word, the glyph's ink in a PDF); the extractors read its colour as the
# cell's, as a shading's would be (extract/docx.glyph_colour, extract/pdfrules.glyph_marks).
RAG_DOT_GLYPHS = frozenset("●⬤■◼◾⚫◉")

# Footnote-style marks a plan may close an action's text with, explained by its key of marks ('Key to
# marks: * completed; † on track; ‡ slipped; § not yet started'): normalise/statusmarks.py. They mean
# nothing alone: only the document's key says what each stands for.
FOOTNOTE_MARKS = frozenset({"*", "**", "***", "†", "††", "‡", "‡‡", "§", "§§", "¶", "‖", "#", "##", "^", "°", "•"})

# A check box or tick printed alone in a status column's cell ('☐', '◐', '☑' under '✓', 'Done?' or no
# heading): how the row stands by the glyph's usual sense, when the document prints no key of its own
# (a key, 'Key: ☑ done ◐ in hand ☐ not yet started ☒ no longer needed', decides first: doccodes.glyph_by_key).
# What a scan's OCR reads a small printed tick ('✓') as: a 'v', 'Vv', a slash, a '7', a root sign. Only a
# cell under a status's own tick column (normalise/statusticks.py) is read so: elsewhere a 'v' is a letter.
TICK_LOOKALIKES = frozenset("vV/\\7√✓✔Jj")

# An empty box is not yet done; a part-filled circle or box is under way; a crossed box or a cross says only
# "not done" or "ticked" (Word prints a ticked box as '☒'), no one status. Round bullets ('○', '●') are
# read only by a key: alone they are as often a list's bullet or a RAG dot.
STATUS_GLYPHS: dict[str, str] = {
    "☐": "not_started", "□": "not_started", "❏": "not_started", "❑": "not_started", "🔲": "not_started",
    "◐": "in_progress", "◑": "in_progress", "◒": "in_progress", "◓": "in_progress", "◔": "in_progress",
    "◕": "in_progress", "⊟": "in_progress",
    "☑": "complete", "✓": "complete", "✔": "complete", "✅": "complete", "🗸": "complete",
    "☒": "", "✗": "", "✘": "", "❌": ""}

# Words that label a RAG cell's value rather than give it ('RAG: Amber', 'Overall RAG status - G').
RAG_LABELS: list[str] = ["rag", "brag", "rag status", "rag rating", "brag status", "brag rating", "status",
                         "rating", "overall", "overall rag", "overall rag status", "overall status",
                         "current rag", "rag rated", "rated", "current status", "r a g", "b r a g"]

# The colour words a RAG cell's text may start with or hold in brackets ('Amber - some slippage',
# 'Completed (Green)'); single letters count only alone (RAG_WORDS).
RAG_COLOUR_WORDS: dict[str, str] = {"red": "red", "amber": "amber", "yellow": "amber", "green": "green",
                                    "blue": "blue"}

# What a plan's key says a symbol means ('Key: ● = On track  ▲ = Some risk to delivery  ✗ = Off track
# ✓ = Complete'), when it names no colour: the RAG rating the meaning stands for. Compared folded;
# the longest phrase found in a meaning decides ('Not on target' is red, 'On target' green).
RAG_KEY_MEANINGS: dict[str, str] = {
    "on track": "green", "on target": "green", "on schedule": "green", "no issues": "green",
    "progressing well": "green", "good progress": "green",
    "some risk": "amber", "at risk": "amber", "some slippage": "amber", "minor slippage": "amber",
    "minor issues": "amber", "some concerns": "amber", "some issues": "amber",
    "off track": "red", "not on track": "red", "not on target": "red", "off target": "red",
    "significant risk": "red", "high risk": "red", "serious concerns": "red", "major issues": "red",
    "will not be met": "red", "not achieved": "red", "significant slippage": "red",
    "complete": "blue", "completed": "blue", "delivered": "blue", "achieved": "blue", "done": "blue",
}

# Units of indicator figures ('62.8%', '12 days', '£1.2m'): how a unit is printed → its name.
# Compared after casefolding; a figure with none of these has no unit ('').
UNIT_WORDS: dict[str, str] = {
    "%": "%", "per cent": "%", "percent": "%", "pc": "%", "pct": "%", "percentage points": "points",
    "pp": "points", "points": "points", "pts": "points",
    "days": "days", "day": "days", "working days": "days", "weeks": "weeks", "week": "weeks", "wks": "weeks",
    "months": "months", "month": "months", "years": "years", "year": "years", "hours": "hours", "hour": "hours",
    "hrs": "hours", "minutes": "minutes", "mins": "minutes",
    "£": "£", "gbp": "£", "€": "€", "eur": "€", "$": "$",
    "per 1,000": "per 1,000", "per 1000": "per 1,000", "per 10,000": "per 10,000", "per 10000": "per 10,000",
    "per 100,000": "per 100,000", "per 100000": "per 100,000",
}
# Multipliers printed after a figure ('£1.2m', '3.5k', '2 million').
MULTIPLIERS: dict[str, float] = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mn": 1e6,
                                 "bn": 1e9, "billion": 1e9}

# the opening words of a bracketed aside after a due date that only give its context ('End-June
# (ahead of 4 July meeting)'): its date is no commitment of the action (normalise/dates.py). Any other
# aside with a date ('(review 1 May 2026)', '(final)', '(revised to March 2026)') is part of what
# the cell commits to, and the latest date stands, as the training truth reads '…; review …'.
DUE_CONTEXT_ASIDE_OPENERS: frozenset[str] = frozenset({
    "ahead", "before", "prior", "in", "for", "at", "following", "after", "see", "cf"})

# a preposition printed as a label before a date ('Lead: Head of SEND. By: September 2024'): the
# date is the due (normalise/lists.label_spans); before a name ('By: J Smith') it is no label
DUE_PREPOSITION_LABELS: frozenset[str] = frozenset({"by", "until", "before"})

# Labels that mark an action in the text of minutes ('Action: JS to …', 'ACTION – Clerk to …',
# 'Actions agreed:'), after folding; a numbered one ('Action 3: …') heads a block instead.
MINUTE_ACTION_LABELS = ["action", "actions", "action point", "action points", "action item", "action items",
                        "agreed action", "agreed actions", "actions agreed", "action agreed", "new action",
                        "new actions", "to do", "action required by", "actions arising", "follow up",
                        # one carried over from an earlier meeting ('Outstanding action from the May meeting:')
                        "outstanding action", "outstanding actions",
                        # a narrative plan's run-in label over what it commits to ('We will: …')
                        "we will"]
# What closes a sentence that announces the list of a plan's commitments ('…, the Federal Government
# will:', 'The Partnership commits to:'): each item of the list after it is an action
COMMITMENT_VERBS = ["will", "will also", "commits to", "commit to", "is committed to", "are committed to",
                    "pledges to", "pledge to", "will continue to",
                    # a list of what the writer will look into ('We will explore:' over 'Making current court
                    # listings data available … (Start – April 2012; finish – December 2012)')
                    "will explore"]
# A sentence announcing the means by which an aim will be met ('At a whole-of-government level this
# mission will be accomplished by:' over '■ Offering multiple channels for accessing services …';
# '… will be accomplished by helping government:' over '■ Embrace experimentation …'; 'This will be
# achieved through:'): each item of the list after it is what will be done, an action. The verbs
# (passive, after 'will be'), then 'by' or 'through', perhaps a gerund's few words, then the colon.
MEANS_VERBS = ["accomplished", "achieved", "delivered", "met", "realised", "realized", "implemented"]
ANNOUNCE_MEANS = (r"\bwill\s+be\s+(?:" + "|".join(MEANS_VERBS) + r")\s+(?:by|through|via)"
                  r"(?:\s+\w+ing(?:\s+[\w’'-]+){0,3})?")
# A sentence announcing what ought to be done, as a list 'of the following' ('We can prevent the above
# by doing the following:', 'We recommend the following:', 'The service should do the following:'): a
# modal of obligation or a verb of recommending, then 'the following' and the colon. Each item is a
# recommendation, an action (the paragraphs under an item describe it: minutes.ProseReader).
OBLIGATION_WORDS = ["can", "could", "should", "must", "need to", "needs to", "have to", "has to", "recommend",
                    "recommends", "propose", "proposes", "advise", "suggest", "suggests"]
ANNOUNCE_FOLLOWING = (r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in OBLIGATION_WORDS) + r")\b"
                      r"[^.:;!?]{0,60}?\bthe\s+following")
# First words (folded) of a clause announcing a list by 'will:' that make it a list of effects, not
# commitments: the subject is a quantity or a quality of a thing, not one who acts ('More data will:'
# over 'Drive choice and increase accountability …', 'Better information will:'). normalise/minutes.py
ANNOUNCE_EFFECT_SUBJECTS = frozenset({
    "more", "less", "fewer", "better", "greater", "increased", "improved", "higher", "lower", "wider"})
# Words that, with a number, head a block of labelled lines about one action ('Action 2.1 Public
# wifi' / 'Lead: …' / 'Deadline: …'; a review's 'Recommendation 3: …' / 'Owner: …' / 'Timescale: …').
# The block is an action only when its lines say who, when or how measured (minutes.ProseReader.close).
NUMBERED_BLOCK_WORDS = ["action", "actions", "recommendation", "recommendations"]
# Words that, numbered, open a row spanning a table over its own heading row ('Recommendation 3:
# Improve …' over 'No. | Action | Lead | …'): the banner names what the actions under it answer,
# their area. Elsewhere ('Recommendation 3' over labelled lines) such a word heads one action.
SPANNING_BANNER_WORDS = ["recommendation", "rec", "inspection recommendation", "area for action", "key line of enquiry",
                         # a CQC inspection report's numbered actions the provider must or should take, each
                         # over the actions of the provider's plan answering it ('Must-do 2: Medicines management')
                         "must-do", "must do", "should-do", "should do"]
# Words that, with a number, head one piece of work of a plan written as sections ('Commitment 2 –
# Publish …', 'Initiative 4: …'), besides NUMBERED_BLOCK_WORDS (normalise/sections.py)
SECTION_ACTION_WORDS = ["commitment", "commitments", "initiative", "project", "deliverable", "activity",
                        "intervention", "measure"]
# Column headings that name the parts of one piece of work, not pieces of work of their own: a
# table headed so under a numbered heading lists that heading's steps (normalise/sections.py).
# 'Milestone' needs no entry: headers.classify reads it as the milestones field already. ('Next steps'
# is none: narrative plans head their actions so, each with its own owner and date.)
SECTION_PART_HEADS = ["step", "steps", "key steps", "stage", "stages", "deliverable", "deliverables",
                      "key deliverables", "task", "tasks", "sub task", "sub tasks", "phase", "phases",
                      "output", "outputs", "key dates", "checkpoint", "checkpoints"]
# Words of a column heading over outline-numbered rows that name the rows under an action as its
# parts ('Action and key milestones', 'Actions / sub-actions'): normalise/outline.py
OUTLINE_PART_WORDS = ["milestone", "milestones", "sub-action", "sub-actions", "key steps", "steps", "sub-tasks",
                      "tasks"]
# 'AP1:', 'AP 2 –': an action point's own short reference in minutes (a letter code, then its number)
MINUTE_ACTION_CODES = ["ap", "ap no", "action no", "action point no"]
# Short marks notes set before an action, read only in capitals and with a colon after them (or
# after who acts in brackets): 'AI: Carol – circulate the budget', 'AP: …', 'TODO(grace): renew the
# certificates'. In lower case or with no colon they are words ('AI strategy', 'todo list').
MINUTE_ACTION_ABBREVIATIONS = ["AI", "AP", "TODO"]
# Labels, alone on a line over a list, that name what a meeting decided ('**Resolved**', 'Agreed:',
# '## Decisions', 'Outcomes'): folded. The list holds the meeting's decisions, and among them the tasks
# it set; only an item that names who acts before a colon and then says what to do ('Luther: Introduce
# Soares to Juanita …') is an action (normalise/minutes.py decided_task); '(none)' or 'The budget was
# approved' is a decision, no task.
DECISION_LIST_LABELS = ["resolved", "resolutions", "agreed", "decided", "decision", "decisions",
                        "decisions made", "decisions taken", "outcome", "outcomes", "agreed outcomes"]
# First words (folded) of a decision that sets nothing to do ('Roland: No change needed', 'Nothing further')
NO_TASK_OPENERS = frozenset({"no", "not", "none", "nothing", "nil", "n/a"})
# the words that make a minute's label plural ('ACTIONS:', 'Action points:', 'Agreed actions -'): it
# stands over several actions, so each sentence after it that names who acts ('Clerk to X. Cllr Y to Z.')
# is one of them (a singular 'Action:' keeps its sentences together as one action)
MINUTE_PLURAL_LABEL_WORDS = ["actions", "points", "items"]
# What follows such a label on a cover sheet or in a note when no action is set ('Action: none',
# 'Action required: for noting')
MINUTE_NOT_ACTIONS = {"none", "nil", "no action", "no actions", "n a", "na", "for noting", "for information",
                      "for decision", "for approval", "for discussion", "note", "noted", "to note",
                      "no further action", "none required", "no action required", "tbc", "see above",
                      "see below", "as above",
                      # a minute's decision that sets no one anything to do ('Noted', 'Agreed', 'Approved')
                      "received", "received and noted", "noted and received", "noted and agreed", "agreed",
                      "approved", "accepted", "ratified", "adopted", "endorsed", "resolved", "agreed and signed",
                      "discussed", "deferred", "n/a", "nothing to report", "no decision", "no decision required",
                      "information only", "for info", "verbal update", "update noted"}
# What a form's or a minute's label may be answered with alone ('Minutes Approved: N/A', 'Quorate: Yes',
# 'Apologies: None'): a line recording a field's value, never a document's title
LABEL_ANSWERS = frozenset(MINUTE_NOT_ACTIONS | {"yes", "no", "y", "n", "tbd", "not applicable"})

# Minutes set out as a grid (normalise/minute_grid.py): what a column's heading says it holds, by the
# words of each part of it ('Discussion / Notes', 'Decision and actions'). 'item' is the minute's title,
# 'ref' its number; 'discussion' is what was said (only marked action points in it are actions);
# 'decision' and 'action' cells are read point by point; 'lead', 'due', 'status' pin the points down.
# The label of a cover table's row that dates the document ('Date: | 19 October 2014' atop a meeting's
# minutes, 'Date of meeting | …'): its value is the document's own date where no line above says one
DATE_ROW_LABELS = {"date", "date of meeting", "meeting date", "date of the meeting", "date of issue", "dated"}
MINUTE_GRID_HEADINGS: dict[str, set[str]] = {
    "item": {"item", "agenda item", "subject", "topic", "title", "agenda", "matter", "heading", "business",
             "agenda item title", "item title", "items"},
    "ref": {"no", "no.", "number", "ref", "reference", "minute no", "minute number", "item no", "item number",
            "min no", "#", "minute ref", "item ref"},
    "discussion": {"discussion", "discussions", "notes", "minutes", "minute", "summary", "summary of discussion",
                   "key points", "points raised", "discussion points", "matters discussed", "key discussion points",
                   "report", "details", "discussion notes", "notes of discussion", "narrative", "commentary",
                   "points discussed", "items discussed"},
    "decision": {"decision", "decisions", "resolved", "resolution", "resolutions", "agreed", "decision made",
                 "decisions made", "decisions taken", "decisions agreed"},
    "action": {"action", "actions", "action point", "action points", "actions agreed", "agreed actions",
               "agreed action", "action agreed", "action required", "actions required", "action items", "next steps",
               "follow up", "actions arising", "action to be taken", "actions to be taken"},
    "lead": {"who", "by whom", "owner", "owners", "lead", "leads", "responsible", "responsibility",
             "action by", "action owner", "lead officer", "person responsible", "actioned by", "whom",
             # 'Action' over 'Who/When' (the heading split at its slash): who acts, and when
             "action who"},
    "due": {"by when", "when", "deadline", "due", "due date", "date due", "target date", "timescale",
            "timescales", "date", "completion date", "by", "target"},
    "status": {"status", "rag", "progress", "update", "complete", "done", "open closed", "open/closed"},
}
# Words that tie a heading over a list of actions to the meeting cycle ('Actions for next meeting',
# 'Actions arising', 'New/Roll over actions', 'Agreed actions'): minutes' action lists. A plan's or a
# report's 'Key actions' / 'Priority actions' heading has none of them.
# a bracket's word that says a minuted point was raised at this meeting ('[new for Helen]'), not how it stands
NEW_ITEM_MARKS = frozenset({"new", "added", "raised"})
# a heading over actions set at an earlier meeting, reviewed in this one ('Actions from last meeting',
# 'Matters arising'): an action printed there and again later was set anew (rolled over), not recapped
EARLIER_ACTIONS_HEADINGS = ("last meeting", "previous meeting", "prior meeting", "from last", "matters arising",
                            "outstanding action", "carried forward", "brought forward", "review of actions",
                            "previous actions", "actions from")
MINUTE_LIST_HEADING_WORDS = {"meeting", "meetings", "arising", "agreed", "roll", "rolled", "over", "carried",
                             "forward", "new", "outstanding", "previous", "last", "next", "open", "summary",
                             "review", "log", "tracker", "minutes", "today", "today's",
                             # a panel's lists per item discussed: 'Actions relating to MAIT', 'Actions noted
                             # for language tags:', 'Action points for country codes'
                             "relating", "noted", "points",
                             # what the meeting left to be followed up ('Follow-up actions', 'Actions to follow up')
                             "follow", "followup",
                             # the kind of meeting whose list it is ('Retro Action Items', 'Workshop actions')
                             "retro", "retrospective", "workshop", "standup", "huddle"}
# Words after '<who> will' that say what will be or happen to someone, not what they will do ('Liqun will BE
# joining as co-chair', 'X will NOT attend', 'Y will PROBABLY …'): such a clause of minutes sets no task
# (normalise/minute_marks.py committed_item)
WILL_NO_TASK_WORDS = frozenset({"be", "been", "have", "has", "not", "never", "probably", "likely", "possibly",
                                "perhaps", "hopefully", "remain", "become", "receive", "attend", "join",
                                "leave", "retire", "step",
                                # 'Operators will NEED to complete the logout sheet': what is required of
                                # them, a rule, as 'will have to' is; no task the meeting set
                                "need"})
# Lines that state how an action stands, alone over the action they report on, in a progress update of a
# risk register's or plan's actions ('Regular Review' / 'Make use of …' / 'Following completion of …'),
# beside the status words codes.status_of reads ('Complete', 'Partially Complete'): folded, whole lines
UPDATE_STATUS_LINES = frozenset({"regular review", "under regular review", "subject to regular review",
                                 "action outstanding", "outstanding", "ongoing review", "under review"})
# The verbs of a meeting's own decision, opening an item listed under a resolution or a label naming who
# ('RESOLVED Members to:' / 'a) NOTE the report', 'b) To AGREE the item'): the meeting decides, no one is set
# a task (an item opening with any other verb is one: 'a) CREATE an Education Cabinet Committee')
DECISION_ITEM_VERBS = frozenset({"note", "notes", "noted", "agree", "agreed", "approve", "approved", "endorse",
                                 "endorsed", "debate", "decide", "comment", "consider", "receive", "received",
                                 "accept", "accepted", "adopt", "adopted", "ratify", "confirm", "welcome",
                                 "thank", "recommend", "support", "acknowledge"})
# Capitalised words that open a sentence before 'to'/'will' without naming anyone who acts
# ('It will …', 'This is to …'): a one-word subject is a first name only when it is none of these
MINUTE_NOT_OWNERS = {"it", "this", "that", "there", "these", "those", "we", "they", "he", "she", "you", "i",
                     "what", "which", "who", "how", "why", "when", "where", "nothing", "something", "one",
                     "none", "each", "both", "either", "neither", "plan", "work", "need", "aim", "goal",
                     "purpose", "intention", "decision", "agreement", "proposal", "request", "item", "meeting",
                     # a proceeding, not who acts ('Motion to accept treasurer's report was made by Donna …')
                     "motion", "motions", "amendment",
                     # a label before a colon in a list of actions ('Summary: …', 'Question: …'), no one's name
                     "summary", "question", "answer", "risk", "agreed", "resolved", "noted", "update", "note",
                     # a sentence's opening word that makes 'to' a preposition ('Further to comments from
                     # Members …', 'Subject to funding …', 'Prior to the meeting …', 'Due to the storm …')
                     "further", "subject", "prior", "due", "thanks", "next", "according", "owing", "contrary",
                     "pursuant", "similar", "close",
                     # a note whose subject ('we', 'the group') the writer left out, opening on a verb of
                     # wish or need before 'to' ('Want to avoid limiting applicants.', 'Trying to get
                     # more people along', 'Needs to be agreed with HR'): what the group wants, no one set
                     # a task ('Hope' is left out: it is a first name too)
                     "want", "wants", "needs", "wish", "wishes", "hoping", "trying", "try", "going",
                     "plans", "aims", "ought", "used", "keen", "happy", "able", "unable"}
# Abbreviations, set in capitals as initials are, that name a piece of technology, never a person or a team
# ('Investigate rate limiting for the search endpoints (UI & API)': the bracket says which endpoints)
TECH_ABBREVIATIONS = {"api", "apis", "ui", "ux", "url", "urls", "dns", "sql", "cpu", "gpu", "ssl", "tls",
                      "http", "https", "html", "css", "json", "xml", "csv", "pdf", "vpn", "sso", "mfa", "cdn",
                      "waf", "ssh", "tcp", "udp", "cli", "sdk", "ssd", "ram"}
# (no owner in the minutes' readers, which test words against MINUTE_NOT_OWNERS; columns.names_technology
# for a lead column's and a list item's owner)
MINUTE_NOT_OWNERS |= TECH_ABBREVIATIONS
# Words of a capitalised phrase before a colon that name a topic or a body, not a person: under a bare
# 'Actions' label 'Digital Services: improve …' opens with its topic, 'Chaim Kirby: reply …' with who acts
# (with DELIVERABLE_NOUNS and ROLE_WORDS: 'Staff Training', 'Board Review')
MINUTE_TOPIC_WORDS = {"services", "service", "management", "engagement", "community", "funding", "health", "safety",
                      "data", "digital", "finance", "finances", "governance", "communications", "communication",
                      "planning", "marketing", "policy", "policies", "website", "strategy", "budget", "support",
                      "education", "environment", "housing", "transport", "membership", "events", "event",
                      "fundraising", "grants", "premises", "buildings", "project", "projects", "programme",
                      "program", "next", "steps", "general", "other", "business", "matters", "arising", "new",
                      "ongoing", "open", "closed", "actions", "action", "items", "social", "media", "working",
                      "group", "groups", "team", "teams", "it", "hr", "legal", "quality", "risk", "risks"}
# Roles of the person acting whom minutes name by office ('the Secretary will …', 'Treasurer to …')
MINUTE_ROLE_WORDS = {"secretary", "treasurer", "chairman", "chairperson", "chairwoman", "vice chair",
                     "vice-chair", "trustee", "trustees", "administrator", "pharmacist", "pharmacists",
                     "gp", "gps", "practice", "lpc", "lmc", "icb", "ccg", "pcn", "committee", "secretariat",
                     "office", "officers", "everyone", "all members", "members",
                     # a body's representatives ('PC Reps to look over …', 'Class reps will …')
                     "rep", "representative",
                     # whoever owns a piece of work ('Challenge owner to revise the proposal', 'Action
                     # owners to update the log')
                     "owner",
                     # a Welsh council's offices, as its minutes in Welsh name them (clerk, chair, vice
                     # chair, treasurer, secretary)
                     "clerc", "cadeirydd", "is-gadeirydd", "trysorydd", "ysgrifennydd"}
# Titles printed before a person's name in a minute's who-acts ('Cllr. J. Davies', 'Dr Patel', 'Cllrs
# H. Gwynne/A. Thomas'), a Welsh council's among them ('Cyng.': Cynghorydd, councillor): as printed,
# each with or without its stop
NAME_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Miss", "Cllr", "Cllrs", "Councillor", "Councillors", "Cyng", "Cynghorydd",
               "Cynghorwyr")
# Every role or body who may be set a task: a plan's lead-column roles and the offices minutes name
# (normalise/minute_marks.is_role, guard's 'Our curators select …')
OWNER_ROLE_WORDS = frozenset(ROLE_WORDS | MINUTE_ROLE_WORDS)
# First words of a phrase naming a whole body as who acts ('All governors', 'Everyone present',
# 'Trustees of the fund', 'Secretariat team')
MINUTE_GROUP_OWNERS = frozenset({"all", "everyone", "trustees", "secretariat"})

# ---- indicators written as blocks of text (normalise/blocks.py) -------------------------------
# Words of a figure's label in a performance report written per indicator ('Latest: 78%   Target:
# 80%   Floor: 70%   Previous: 76%') that the KPI table vocabulary above does not give the role a
# block needs: a lower bound beside the target, an earlier figure, a direction of travel. Read
# before INDICATOR_ROLE_WORDS (folded, singular).
KPI_BLOCK_LABEL_WORDS: dict[str, str] = {
    "floor": "floor", "threshold": "floor", "tolerance": "floor", "minimum": "floor", "intervention": "floor",
    "previous": "previous", "prior": "previous", "last": "previous", "baseline": "previous",
    "comparator": "previous", "benchmark": "previous", "national": "previous", "england": "previous",
    "regional": "previous", "average": "previous",
    "dot": "direction", "direction": "direction", "trend": "direction", "travel": "direction",
}
# Further words a figure's label may hold (with INDICATOR_ROLE_WORDS and the words above): a label
# is a short phrase made only of these, period names ('Q3', 'Sep-24') and years ('2024/25').
KPI_BLOCK_LABEL_FILLERS = {"annual", "year", "to", "date", "of", "this", "quarter", "month", "period", "rating",
                           "agreed", "revised", "level", "score", "figure", "value", "end", "position", "rolling",
                           "12", "months", "the", "our", "for", "in", "at", "as", "data", "reported", "stretch",
                           "q1", "q2", "q3", "q4", "ytd", "fy", "cumulative", "rate", "monthly", "quarterly"}
# Words that say only that a label gives a figure ('Target value', 'Current figure'): the other words
# of the label say which figure it is
KPI_BLOCK_GENERIC_HEADS = {"value", "figure", "data", "result", "performance", "position", "level", "score"}
# A direction of travel printed on its own ('Improving', '↑ Worse', 'DoT: No change'): a note of the
# indicator, kept aside with it; never a figure or a rating.
DIRECTION_WORDS = {"improving", "improved", "improvement", "worsening", "worsened", "worse", "better",
                   "deteriorating", "deteriorated", "declining", "declined", "no change", "unchanged",
                   "stable", "static", "same", "maintained", "up", "down", "increasing", "decreasing",
                   "increased", "decreased", "similar", "not comparable", "n a"}
DIRECTION_MARKS = "↑↓→←↗↘▲▼►◄⬆⬇⇧⇩"

# What OCR reads a list's bullet as ('•' → '¢', 'e', '«', '©' …): a bullet only when it stands alone
# at a line's start before a capital letter ('¢ Run a termly forum …', 'e Publish …'; normalise/lists.py)
OCR_BULLET_LOOKALIKES = "¢«»©®°@§eoa*+>"

# ---- is a table's text a plan's? (normalise/guard.py) ----------------------------------------------
# Nouns that name a piece of work when they open a cell ('Review of the …', 'Implementation of …',
# 'Roll-out of …'): a deliverable written as a noun, not a verb.
DELIVERABLE_NOUNS = {
    "review", "implementation", "development", "introduction", "creation", "establishment", "delivery",
    "production", "rollout", "roll-out", "launch", "provision", "appointment", "recruitment", "training",
    "refresh", "revision", "completion", "procurement", "expansion", "publication", "adoption", "evaluation",
    "audit", "consultation", "redesign", "pilot", "extension", "improvement", "embedding", "preparation",
    "commissioning", "agreement", "design", "mapping", "analysis", "update", "upgrade",
    "replacement", "restructure", "reorganisation", "programme", "campaign", "workshop", "survey", "pack",
    "toolkit", "strategy", "policy", "protocol", "procedure", "guidance", "framework", "plan", "pathway",
    "network", "forum", "panel", "dashboard", "scheme",
}
# Words after which a deliverable noun is the thing to be made ('New induction pack', 'Revised
# admissions policy', 'Joint protocol'): an adjective of making, before the noun it qualifies.
DELIVERABLE_QUALIFIERS = {"new", "revised", "updated", "refreshed", "joint", "single", "improved", "agreed",
                          "annual", "termly", "monthly", "weekly", "regular", "additional", "further"}
# Modals that make a sentence a commitment or a call to act, a few words in ('We WILL …', 'The
# council WILL …', 'Schools SHOULD …', 'All staff NEED TO …').
COMMITMENT_MODALS = {"will", "shall", "must", "should", "need", "needs", "would"}
# Verbs that report what is or was, not what is to be done ('Assessments WERE completed …',
# 'The committee NOTED …', 'Attendance ROSE …'): findings, minutes and data tables read so.
REPORTING_VERBS = {
    "was", "were", "is", "are", "has", "have", "had", "showed", "shows", "found", "noted", "agreed", "discussed",
    "received", "presented", "welcomed", "reported", "remains", "remained", "contained", "described",
    "included", "increased", "decreased", "fell", "rose", "occurs", "occurred", "gave", "explained",
    "confirmed", "asked", "thanked", "approved", "resolved", "considered", "reviewed", "attended", "met",
}
# The standing items of a meeting's agenda, as agendas word them (folded): a column of these is the
# agenda's order of business, never things to be done.
AGENDA_TITLES = {
    "apologies", "apologies for absence", "welcome", "welcome and apologies", "welcome and introductions",
    "introductions", "declarations of interest", "declaration of interests", "minutes of the last meeting",
    "minutes of the previous meeting", "minutes", "matters arising", "action log", "any other business",
    "aob", "a o b",
    # a club's or society's agenda ('OLD BUSINESS', 'NEW BUSINESS'): 'new' there names no action's status
    "old business", "new business", "unfinished business", "other business",
    "date of next meeting", "dates of next meetings", "date and time of next meeting",
    "chair's report", "chairs report", "chair's update", "questions", "public questions", "close",
    "finance update", "finance report", "budget update", "for information", "for decision", "for discussion",
    "for approval", "to note", "for noting", "for agreement", "for assurance", "items for information",
    "confidential items", "reports", "updates", "correspondence", "standing items", "review of meeting",
}
# Words (folded) of the heading over a document's version history ('Change Summary', 'Amendments',
# 'Description of change', 'Revision history'): its rows record changes to the document (normalise/guard.py).
VERSION_HISTORY_HEADING_WORDS = frozenset({"change", "changes", "amendment", "amendments", "revision", "revisions",
                                           "history", "amended"})
# Short labels (folded) over the parts of one piece of work under its numbered title ('1. Fix the
# invitation flow' over 'Goal', 'Work', 'Done means'): the title is the action, the parts describe it
# (normalise/pledges.py read_titles)
ACTION_PART_LABELS = frozenset({"goal", "goals", "aim", "work", "tasks", "steps", "done means", "definition of done",
                                "done when", "outcome", "outcomes", "deliverable", "deliverables", "success criteria",
                                "acceptance criteria", "why", "how", "scope", "approach", "first targets"})
# Words (folded) of a heading over a run of dated title lines ('Milestones:' over 'Draft report |
# 23/8/19'): it names them as the plan's stages (normalise/datedtitles.py)
DATED_TITLE_HEADING_WORDS = frozenset({"milestone", "milestones", "timeline", "timetable", "schedule",
                                       "timescales", "deliverables", "plan", "planning", "stages", "phases"})
# Words (folded) of the heading over a table about the document itself, not the plan: its versions
# ('Version management', 'Version control') and whom each version went to ('Distribution',
# 'Circulation list'); with rows numbered as versions, dated in order, a version history (guard.py)
DOCUMENT_RECORD_HEADING_WORDS = frozenset({"version", "versions", "versioning", "distribution", "circulation"})
# A section heading naming the document's own history holds one of these words (folded) followed by one of the
# next: 'Revision History', 'Version history', 'Change log', 'Amendment record', 'Document history' (guard.py;
# a 'Change Request Log' is a tracker of requests, not the document's history)
DOCUMENT_HISTORY_SUBJECTS = frozenset({"revision", "revisions", "version", "versions", "change", "changes",
                                       "amendment", "amendments", "document"})
DOCUMENT_HISTORY_WORDS = frozenset({"history", "log", "record", "records"})
# A time of day where a plan gives a date: an agenda's or a timetable's running order ('10:30', '2pm').
TIME_OF_DAY = (r"^(?:(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:am|pm|hrs?)?|(?:1[0-2]|0?[1-9])\s*(?:am|pm))"
               r"(?:\s*[-–]\s*(?:(?:[01]?\d|2[0-3])[:.][0-5]\d|\d{1,2})\s*(?:am|pm|hrs?)?)?"
               r"(?:\s*\(\s*\d{1,3}\s*(?:mins?|minutes|hrs?|hours?)\.?\s*\))?$")  # '11.00 – 11.05 (5 mins)'
# A slide's goal statement under its title ('Goal: …', 'Objective: …'): its label (normalise/slides.py)
SLIDE_GOAL_LABELS = ["goal", "our goal", "goals", "aim", "our aim", "aims", "objective", "objectives",
                     "strategic objective", "purpose", "vision", "ambition", "our ambition", "outcome",
                     "desired outcome", "what we want to achieve", "what success looks like"]
# a slide title's note that the slide goes on with the one before ('(continued)', 'cont'd'); a table row's
# reference printed again with it over the rest of the row a page break cut ('1.10 (cont.)', extract/pdf.py)
SLIDE_CONTINUED = ["continued", "cont'd", "contd", "cont\\.", "cont", "continuation"]
# Sub-headings under a group heading that name one end of a span ('Timescale' over 'Start | End',
# 'Dates' over 'From | To'), folded: the end is when the thing is due, the start is kept aside.
SPAN_START_WORDS = {"start", "starts", "from", "begin", "begins", "commence", "commencement", "commencing",
                    "start date", "date started", "date from", "planned start", "begin date", "started"}
# Words that say the work has already begun on the date after them ('Commenced October 2024',
# 'started 2024'): that date is its start, no due date.
STARTED_WORDS = {"commenced", "started", "began", "begun", "commencing"}
SPAN_END_WORDS = {"end", "ends", "to", "until", "finish", "finishes", "completion", "complete", "completed by",
                  "end date", "finish date", "completion date", "date to", "planned end", "deadline", "by",
                  "target end", "target completion", "close"}
# Headings written as field codes of a database export ('ap_number | ap_title | ap_text | hic_number |
# hic_label'): a prefix names a kind of record, the word after it what of that record the column holds.
# The words after the prefix that say a column holds the record's reference, its title, or its text
# (walker_header_fields.coded_records)
CODE_REF_WORDS = frozenset({"number", "no", "num", "id", "ref", "reference", "code"})
CODE_TITLE_WORDS = frozenset({"title", "label", "name", "heading", "short"})
CODE_TEXT_WORDS = frozenset({"text", "description", "desc", "detail", "details", "long", "full"})
# Words of a heading naming those who carry the work out ('Partners', 'Which partners are involved',
# 'Delivered by'): a column of them is the lead when the table has no column of a lead or a
# responsible person (walker_header_fields.deliverers_lead), never beside one
DELIVERER_HEADING_WORDS = frozenset({"partner", "partners", "involved", "delivered", "delivering", "deliverer",
                                     "deliverers"})
# Sub-headings that name a supporting party beside the lead ('Responsibility' over 'Lead | Support').
SUPPORT_WORDS = {"support", "supported by", "supporting", "partners", "partner", "key partners", "support from",
                 "contributors", "contributing", "others involved", "with", "in partnership with",
                 "supporting officer", "supporting officers", "support officer", "secondary"}
# A date heading that names when something was last done ('Date of last review', 'Date last updated'):
# a marker of the past and an event; such a column looks back, it says nothing of when work is due
PAST_DATE_MARKERS = {"last", "previous", "prior"}
PAST_DATE_EVENTS = {"review", "reviewed", "update", "updated", "meeting", "contact", "audit", "visit",
                    "checked", "check", "edited", "modified", "amended"}
# Headings printed as an abbreviation a reader expands ('SRO' is the senior responsible owner, the
# person a programme names as owning the work): read as the words they stand for, after folding
HEADING_ABBREVIATIONS = {"sro": "senior responsible owner", "sros": "senior responsible owner",
                         # a narrow column's clipped heading ('Stat.' over a workbook's status codes)
                         "stat": "status",
                         # 'Resp.' over the officers a tracker names (its key: 'Resp. = responsible officer')
                         "resp": "responsible officer"}
# Headings printed as an abbreviation that stands for a field only where the column's cells say so:
# a school plan's 'PR' (person responsible) over initials and roles ('LF LH', 'SLT', 'Class teachers')
# names who leads; a software tracker's 'PR' over '#123' is a pull request (walker_header_fields reads
# the column by its content, and takes this field only when the cells name people)
ABBREVIATIONS_BY_CONTENT = {"pr": "lead"}
# Owner headings that name who does the work day to day ('Operational lead', 'Delivery lead'): the
# lead, with the responsible as the next reading (of two owner columns the first is the lead)
DOER_LEAD_HEADINGS = {"operational lead", "delivery lead", "operational leads", "delivery leads",
                      "operational owner", "delivery owner"}
DOER_LEAD_SCORE = 0.97  # how surely it names the lead: below an SRO or a plain 'Lead', above an 'Executive lead'
DOER_SECOND_SCORE = 0.9  # how surely such a heading names the responsible, after the lead
# Words that name an owner by seniority ('Executive lead', 'Strategic lead', 'Accountable director'):
# such a column reads as the lead with the responsible as its next reading (headers._senior_owner);
# of two owner columns the first is the lead (headers._owners_in_column_order)
SENIOR_OWNER_WORDS = {"executive", "senior", "strategic", "accountable", "director", "sponsor", "sro"}
# Words of an owner heading that name an elected member ('Lead Member', 'Cabinet Member', 'Portfolio
# holder', 'Lead Councillor'): the politician who answers for the work, beside the officer who leads it
# ('Lead Member | Lead Officer'): the officer is the lead wherever it stands (headers._owners_in_column_order).
# 'member' before 'of' is a member of staff, no elected member.
ELECTED_MEMBER_WORDS = frozenset({"member", "members", "councillor", "councillors", "cllr", "portfolio"})
# A label naming who leads a whole area ('Lead for this priority: …', 'Executive sponsor: …'), folded:
# head words, and the words that may stand before them or follow 'for this'.
AREA_LEAD_HEADS = {"lead", "leads", "lead officer", "sponsor", "owner", "champion", "lead member",
                   "accountable officer", "responsible officer", "lead director", "responsible director",
                   "responsible owner", "sro", "dri", "steward"}
# heads of such a label that say alone whose area it is: a bare 'Lead' under an area's heading, and
# the senior responsible owner (SRO), who is named for a whole programme or workstream, never one task,
# and the accountable officer (accountable for what the area delivers: a task has a responsible one),
# and the steward a plan names for each of its pillars or areas ('Steward: …' under a pillar's title)
AREA_LEAD_ALONE = {"lead", "lead officer", "sro", "senior responsible officer", "senior responsible owner",
                   "accountable officer", "steward"}
AREA_LEAD_MODIFIERS = {"area", "priority", "theme", "strategic", "executive", "senior", "overall", "programme",
                       "objective", "outcome", "workstream", "strand", "cabinet", "portfolio", "corporate",
                       "service", "political", "officer", "board", "director", "sro", "accountable"}

# Words that mark a second due-date heading as the date now agreed ('Revised due date', 'New
# target date', 'Forecast completion'): beside the original due date it is the one in force.
REVISED_DUE_WORDS = {"revised", "new", "amended", "forecast", "rescheduled", "extended", "reprofiled",
                     "re profiled", "current", "latest", "adjusted"}

# Headings of side remarks ('Comments', 'Notes'): beside a tracker's dated update columns
# ('Update Jan 25', 'Update Apr 25') the latest update is the progress and these are kept aside.
REMARK_HEADINGS = {"comment", "comments", "note", "notes", "remark", "remarks", "additional comments",
                   "other comments", "general comments", "further comments", "additional notes", "other notes"}

# words of aims after which a word naming a kind of document ('strategy', 'programme') only says whose
# aims they are: 'Strategy aims for disadvantaged pupils' heads a group of aims (normalise/block_headings.py)
KIND_BEFORE_AIM_WORDS = frozenset({"aim", "aims", "priorities", "priority", "objectives", "objective", "goals", "goal",
                                   "outcomes"})

# ---- plans written as lists without a cue (normalise/commitments.py) ---------------------------------
# Words of a heading (folded) that name a goal, a priority or a theme of a plan: the list under it
# says what will be done about it ('Priority 2: Early help', 'Our aims', 'Key actions', 'Next steps').
LIST_GOAL_HEADING_WORDS = frozenset({
    "priority", "priorities", "goal", "goals", "objective", "objectives", "theme", "themes", "aim", "aims",
    "outcome", "outcomes", "ambition", "ambitions", "workstream", "workstreams", "strand", "pillar", "pillars",
    "commitment", "commitments", "action", "actions", "deliver", "delivery", "delivering", "steps", "improve",
    "improving", "improvement", "focus", "target", "targets", "milestones", "roadmap", "will"})
# Words of a heading (folded) over a list that is no plan's actions, however its items open: what a
# plan stands by (principles, values), what it means by its words, its contents, who came to a
# meeting, what was done already or dropped ('Actions completed successfully', 'Actions withdrawn or on
# hold': a review of a past plan, unless the heading reads as a state, normalise/horizons.py), what the
# reader may do (a notice's rights), where to read more.
LIST_NOT_PLAN_HEADING_WORDS = frozenset({
    "principles", "principle", "values", "value", "definitions", "definition", "glossary", "contents",
    "attendees", "attendance", "present", "apologies", "achievements", "achieved", "accomplishments",
    "completed", "withdrawn",
    "highlights", "successes", "progress", "done", "did", "told", "heard", "rights", "privacy",
    "references", "acknowledgements", "contact", "contacts", "links", "resources", "findings", "strengths",
    "background", "context", "abbreviations", "acronyms", "terms", "questions", "faq", "faqs",
    "consultation", "feedback", "statistics", "membership", "members", "duties", "responsibilities",
    "roles", "legislation", "legal", "law", "criteria", "eligibility", "minutes", "agenda", "examples", "example",
    "illustrations", "case", "studies"})
# The first head word of a heading over a list of what a plan aims at, not what it does ('Goals',
# 'Expected outcomes', 'Our objectives', 'Goals for IT service teams'): its items are ends, however
# they open ('Reduce lead time for changes'). A heading that names one goal ('Priority 2: Early
# help', 'Improving outcomes for children') is an area over actions.
LIST_GOAL_STATEMENT_WORDS = frozenset({
    "goals", "goal", "objectives", "objective", "outcomes", "outcome", "aims", "aim", "ambitions", "ambition",
    "vision", "targets", "measures", "indicators", "results", "benefits", "expected", "desired", "intended",
    "success", "mission", "purpose"})
# Words of a heading (folded) that name the list under it as things to be done ('Set of actions',
# 'Key actions', 'Next steps', 'What we will do', 'Our commitments', 'What we're doing to support
# equity'): stronger than a goal's name.
LIST_ACTION_HEADING_WORDS = frozenset({
    "action", "actions", "commitments", "commitment", "steps", "deliverables", "tasks", "initiatives",
    "activities", "will", "milestones", "pledges", "doing",
    "ll"})  # 'we'll' and 'we’ll' fold to 'we ll': 'How we’ll do this'
# Openings (folded) of the heading of a box set beside a section's text ('Case study of success',
# 'Spotlight on …', 'Good practice example'): a story or example told aside, no part of the plan. The
# actions printed after the box stay in the section whose heading is above it (block_headings.side_box_heading).
SIDE_BOX_HEADING_OPENINGS = (
    "case study", "case studies", "spotlight on", "in the spotlight", "good practice example",
    "example of good practice", "success story", "success stories", "did you know", "a day in the life")
# Words of a bare label over a list that name its items as the document's actions ('Actions:',
# 'Key commitments:'): a document that sets its actions out so, and says no who or when in its
# 'will:' lists, uses those lists to describe (normalise/minutes.weigh_announced).
ACTION_LIST_LABEL_WORDS = LIST_ACTION_HEADING_WORDS - {"will", "milestones", "doing"}
# Words (folded) of a heading that label its list as the document's actions ('Actions', 'Key actions',
# 'What we will do', 'What we're doing to …'), against one naming its list by 'will' alone ('We will
# inspire' over a role's verbs, 'Our people will' over a policy): normalise/commitments.labels_actions
LIST_LABEL_ACTION_WORDS = ACTION_LIST_LABEL_WORDS | {"doing", "do"}
# Words (folded) of a lead-in line closing with a colon right over a list that name its items as actions
# outright, by a noun ('Key actions include:', 'The next steps are:', 'Our commitments:'): the lead-in
# speaks for the list over its heading (normalise/commitments.read_commitments). A lead-in naming them by
# 'will' alone ('Every project will have:', 'We will:') says what is to come, not that they are actions:
# it leaves the list to its heading.
LEAD_IN_ACTION_WORDS = ACTION_LIST_LABEL_WORDS - {"ll"}
# Last words of a heading that name its list as things to be done whatever comes before them ('What we
# can do', 'What you can do', 'Things to do'); only as the last word ('What do we know' names none).
LIST_ACTION_HEADING_LAST_WORDS = frozenset({"do"})
# Words (folded) of a title that call the document a plan plainly enough for a second, freer reading of
# its lists when a first found no plan (normalise/commitments.SECOND_READING): not 'programme',
# 'delivery' or 'improvement', which also name a programme's specification, a service or a report.
SECOND_READING_PLAN_WORDS = frozenset({"plan", "plans", "strategy", "strategies", "roadmap", "action",
                                       "actions", "commitments"})
# Words (folded) of a document's title that name what it lists as things to be done ('Summary of
# headline actions', 'Our commitments'): plurals only, for 'Action plan' names the plan, not its items.
TITLE_ACTION_LIST_WORDS = frozenset({"actions", "commitments", "steps", "deliverables", "tasks", "initiatives",
                                     "pledges",
                                     # a review's or an inspector's ('Compendium of Unimplemented Recommendations')
                                     "recommendations"})
# Openings (regex) of a note after an item's sentence that gives its figure, not a thing to do
# ('Estimated savings $340 million.', 'Nonmonetary.', 'Estimated cost £2m.'): kept aside (normalise/commitments.py)
FIGURE_NOTE_OPENINGS = (r"estimated\s+(?:annual\s+)?(?:savings?|costs?)", r"savings?\s+of", r"non-?\s?monetary")
# Words a heading's head words are read past ('What we have done', 'Our principles', 'Your rights').
LIST_HEADING_FILLERS = frozenset({"our", "your", "the", "of", "what", "we", "us", "you", "key", "and", "a", "an",
                                  "have", "has", "this", "these", "so", "far", "to", "date", "in", "for", "my"})
# Words (folded) of a document's title or headings that call it a plan of things to be done.
PLAN_DOCUMENT_WORDS = frozenset({
    "plan", "plans", "strategy", "strategies", "action", "actions", "roadmap", "delivery", "commitments",
    "priorities", "programme", "improvement", "implementation", "steps"})
# (RECOMMENDATION_DOCUMENT_WORDS: with the other marks of a recommendation, below)
# Words (folded) that name a milestone itself in a column's heading ('Milestone', 'Key milestones'):
# a table so headed lists steps, whatever else its rows print (normalise/sections.py)
MILESTONE_WORDS = frozenset({"milestone", "milestones"})
# Words naming a part of a document by its number on a line of its own ('Section 1: access to a
# doctor or nurse', 'Theme 2 – Housing'): the line heads a section (normalise/recommendations.py)
NUMBERED_PART_WORDS = frozenset({"section", "part", "chapter", "theme", "priority", "area"})
# First words (folded) of a numbered heading that names a part of the document around its plan ('1.
# Introduction', 'II. Background and context'), not a goal: the unnumbered headings under it are the
# themes themselves, not finer headings inside a numbered goal (normalise/commitments.py)
NUMBERED_SECTION_NOT_GOAL_WORDS = frozenset({
    "introduction", "intro", "background", "context", "overview", "summary", "executive", "foreword",
    "preface", "purpose", "scope", "appendix", "appendices", "annex", "glossary", "contents", "acknowledgements",
    "acknowledgments", "references", "definitions", "methodology", "method", "conclusion", "conclusions",
    "about", "welcome", "message", "letter"})
# Fields whose labelled lines under a heading make that heading an action ('Owner: …', 'Due: …',
# 'Status: …' under '### Improve the referral pathway': normalise/headplans.py).
HEADING_ACTION_FIELDS = frozenset({"lead", "responsible", "due", "status", "rag"})
# Words (folded) of a document's title that call it something else: minutes, a notice, a statement,
# a report, guidance (read as such unless the title calls it a plan too: 'Action plan progress report').
NON_PLAN_DOCUMENT_WORDS = frozenset({
    "minutes", "notice", "privacy", "statement", "report", "newsletter", "guide", "guidance", "handbook",
    "policy", "terms", "faq", "faqs", "review", "evaluation", "inspection", "consultation", "procedure",
    "procedures", "protocol", "charter", "constitution", "glossary", "bulletin", "job", "description",
    "specification", "vacancy", "advert"})
# Openings (folded) of a title that invite its reader to take part in making a plan ('Help create the 4th
# U.S. National Action Plan', 'Have your say on our draft climate action plan', 'Help shape the Local Plan'):
# the plan is the page's subject, not what the page is; its timeline lists the consultation's events.
READER_INVITATIONS = ("help create", "help shape", "help us", "help build", "help design", "have your say",
                      "get involved", "take part", "join the", "join us", "comment on", "contribute to",
                      "share your views", "share your ideas", "tell us")
# Words (folded) of a title or file name that call the document something other than a plan, for the
# document-level gate (normalise/kinds.py): the words above, and the kinds a folder of papers brings
# beside its plans (an agenda, slides, an options analysis, a blueprint, a governance paper, a process); not
# minutes, whose action logs are plans (MINUTES_KIND_WORDS).
NON_PLAN_KIND_WORDS = (NON_PLAN_DOCUMENT_WORDS - {"minutes"}) | frozenset({
    "agenda", "presentation", "slides", "analysis", "blueprint", "governance", "demo", "manual",
    "leaflet", "brochure", "prospectus", "briefing", "factsheet", "requirements", "reference", "schema",
    # what parties agree to provide or do ('Data sharing agreement', 'Service level agreement'): its terms
    # and requirements, not a plan's actions unless they say who and by when
    "agreement", "agreements",
    # a process described to those who go through it ('Staged assessment process': determine, plan,
    # arrange, attend): its steps are the reader's, not a plan's actions
    "process"})
# Nouns of a body that a kind word may name before it ('Charter Revision Commission', 'Policy Committee',
# 'Governance Board'): there the kind word is the body's subject, not what the document is (normalise/kinds.py)
# The last word of a members' body's name ('Sidney Airport Club', 'the Society'): what the body will do
# ('Club will again provide flowers …') is its collective intention, told in its minutes, no one's task
# (normalise/minute_marks.py task_sentences, as for BODY_WORDS)
MEMBER_BODY_WORDS = frozenset({"club", "society", "association"})
KIND_SUBJECT_BODIES = frozenset({"commission", "committee", "board", "council", "school", "trust", "authority",
                                 "agency", "panel"})
# Kinds of document that account for work (a school's 'PE and Sport Premium Report', a 'Pupil premium
# strategy statement', a quarterly 'update'): where its own table heads a column as the actions ('Actions
# to achieve:'), those cells are actions whatever the title calls the document (normalise/kinds.refuse);
# a guide's or a glossary's table of 'Task' steps stays refused.
# Head words of a heading naming what each row of a spending table costs ('Cost', 'Budget', 'Amount
# spent', 'Allocation'): a grant or spending report's table whose rows print a sum under such a heading
# commits money to each item, so its items are things done or to be done (normalise/kinds.py)
SPEND_HEADING_WORDS = frozenset({"cost", "costs", "costing", "budget", "spend", "spent", "spending", "amount",
                                 "allocation", "allocated", "expenditure", "funding"})
ACCOUNT_KIND_WORDS = frozenset({"report", "statement", "return", "update", "review"})
# Words (folded) of a table heading that name its rows as a schedule's items ('Project Milestone',
# 'Key Deliverables'): beside a column of dates, the table sets out what is to be delivered by when
# (normalise/kinds.tables_schedule_items)
SCHEDULE_ITEM_HEADING_WORDS = frozenset({"milestone", "milestones", "deliverable", "deliverables"})
# A schedule's row that only marks when the work starts or ends ('Project start', 'Project end', 'Contract
# end date'): the words it may hold (folded), one of SPAN_MARK_WORDS among them (normalise/spanmarks.py)
SPAN_MARK_WORDS = frozenset({"start", "starts", "end", "ends", "begins", "commences", "commencement", "kickoff",
                             "kick"})
SPAN_MARK_OTHER_WORDS = frozenset({"project", "projects", "programme", "program", "contract", "work", "plan",
                                   "date", "of", "the", "off"})
# A questionnaire's answer to each of its questions, on a line of its own ('Answer: Yes', 'Answer:No',
# 'Answer: N/A'): the label, and the answers it takes (normalise/kinds.answered_form)
FORM_ANSWER_LABELS = ("answer",)
FORM_ANSWER_VALUES = ("yes", "no", "n/a", "na", "not applicable")

# A status column headed by a question of whether the action is done ('Done?', 'Completed?', 'Complete'):
# its cells answer it, and 'Yes' says the action is complete. 'No' says only that it is not done yet
# (not started, or under way: no one status), so it gives no status. Compared folded, '?' taken off.
DONE_QUESTION_HEADINGS = frozenset({"done", "completed", "complete", "achieved", "finished", "actioned",
                                    "is it done", "action completed", "action complete", "closed"})
YES_ANSWERS = frozenset({"yes", "y"})
# Words of a title or file name that call it a plan in plain words, or name what it lists as things to
# be done, for that gate: a 'forward agenda and priorities', a 'workplan', a 'Report: Team Tasks, Roles,
# and Deliverables', a 'School Improvement Report' (its next steps) hold plans whatever else the title
# says ('steps' aside: a guide's 'Step by step process' and 'Steps to apply' are instructions for its
# readers).
# A 'Government response to report of the … Taskforce' answers each recommendation with what will be
# done about it (RESPONSE_LABEL_WORDS, below): a response is no report, whatever report it answers.
KIND_PLAN_WORDS = SECOND_READING_PLAN_WORDS | (TITLE_ACTION_LIST_WORDS - {"steps"}) | frozenset({
    "priorities", "workplan", "workplans", "improvement", "response"})
# Words of a title or file name that name a meeting's record: its action log is read as a plan.
# (and in Welsh: cofnodion, minutes; cyfarfod, a meeting)
MINUTES_KIND_WORDS = frozenset({"minutes", "meeting", "meetings", "cofnodion", "cyfarfod", "cyfarfodydd"})
# … of them, the words that say the document records the meeting ('Notes from meeting 4 May', 'Minutes'),
# no paper sent before it: an 'Agenda:' heading under such a title is the record's section
MEETING_RECORD_WORDS = frozenset({"minutes", "notes", "cofnodion"})

# ---- headings that say when or how items stand (normalise/horizons.py) ---------------------------
# Words (folded) of a relative horizon heading: 'Now', 'Next', 'Later', 'Short term', 'Coming soon'.
HORIZON_WORDS = frozenset({
    "now", "next", "later", "soon", "future", "upcoming", "coming", "immediate", "immediately", "short",
    "medium", "long", "longer", "term", "near", "horizon",
    # a roadmap's column of work still being looked into ('Exploring', 'Things we're exploring', after
    # 'Now' / 'Next'): a horizon further ahead, its items not begun (HORIZON_PENDING_WORDS)
    "exploring"})
# Words a period or state heading may print besides its period or state ('By the end of March 2026',
# 'Things we've done', 'Completed actions', 'What's next'): folded, apostrophes dropped.
HORIZON_HEADING_FILLERS = frozenset({
    "by", "in", "during", "from", "to", "until", "till", "end", "of", "the", "start", "beginning", "early", "mid",
    "late", "quarter", "term", "year", "years", "financial", "fy", "half", "and", "due", "target", "before",
    "deadline", "onwards", "calendar", "academic", "within", "months", "weeks", "over", "this", "for",
    "things", "what", "whats", "we", "were", "weve", "well", "are", "is", "have", "has", "been", "will", "our",
    "work", "items", "actions", "tasks", "projects", "currently", "recently", "do", "looking", "at",
    "so", "far", "date", "plans", "planning", "up", "activity", "activities",
    # what is done by then, or over the whole plan ('Deliver by end of June 2026', 'Ongoing throughout the plan')
    "deliver", "delivered", "throughout", "plan",
    # a qualifier of the items ('Major Actions Taken to Date', 'Key Planned Actions')
    "major", "key", "main"})
# Names of a plan's items in two words that a dated period heading may print after its date ('2012
# Action Items', '2025/26 action points'): a heading or a band row across a table over the items due
# then. 'action' alone is no filler ('Action Plan 2025' names the document, not a period).
HORIZON_HEADING_FILLER_PHRASES = ("action items", "action points", "action steps")
# The writer's words before a relative horizon ('Working on next' beside 'Working on now', a Now / Next
# roadmap's columns): the horizon word says when, the phrase only that the team does the work. Only
# before a horizon: 'What we're working on doing' is no state heading for them.
HORIZON_LEAD_PHRASES = ("working on",)
# Bands a plan's grid prints under each of its areas to part the work already in place from the work it
# proposes ('Current Efforts' / 'Proposed Efforts', 'Existing initiatives' / 'New initiatives'): the
# first word says which, the second names the items (HORIZON_ITEM_NOUNS or these). Beside a band of
# proposed work, the rows under a band of work in place are the plan's context, not its commitments.
EXISTING_WORK_BAND_WORDS = frozenset({"current", "existing"})
PROPOSED_WORK_BAND_WORDS = frozenset({"proposed", "planned", "new", "future", "recommended"})
WORK_BAND_NOUNS = frozenset({"efforts", "effort", "work", "practices", "programs", "programmes", "policies"})
# State headings (folded, apostrophes dropped) → the contract's status enum. 'Next' and 'Later' are
# horizons (when), not states; 'New', 'Closed', 'Met' are left out: a changelog's or a list's
# headings as often as a state.
# Nouns a plan calls its items by, closing a state heading after the state and a topic of a few words
# ('Completed carbon reduction initiatives', 'Planned road safety schemes', 'Ongoing IT projects').
HORIZON_ITEM_NOUNS = frozenset({
    "initiatives", "initiative", "projects", "project", "actions", "measures", "schemes", "programmes",
    "programs", "interventions", "improvements", "activities", "works", "tasks", "commitments"})
# Words that say how work stands only when a noun a plan calls its items by follows them ('Current
# initiatives', 'Active projects' beside 'Completed'): alone, 'Current' or 'Active' heads a position
# or a list of members as often, so they are no state heading by themselves (normalise/horizons.py).
HORIZON_ITEM_STATE_WORDS: dict[str, str] = {"current": "in_progress", "active": "in_progress"}
HORIZON_STATE_PHRASES: dict[str, str] = {
    "done": "complete", "completed": "complete", "complete": "complete", "delivered": "complete",
    "achieved": "complete", "finished": "complete", "shipped": "complete", "have done": "complete",
    "taken": "complete",  # ('Actions taken to date')
    "in progress": "in_progress", "doing": "in_progress", "underway": "in_progress", "under way": "in_progress",
    "working on": "in_progress", "working on now": "in_progress", "in development": "in_progress",
    "in delivery": "in_progress",
    "planned": "not_started", "not started": "not_started", "not yet started": "not_started",
    "backlog": "not_started", "to do": "not_started", "todo": "not_started", "scheduled": "not_started",
    "ongoing": "ongoing", "on going": "ongoing",
    "on hold": "delayed", "blocked": "delayed", "paused": "delayed", "delayed": "delayed",
    "cancelled": "cancelled", "canceled": "cancelled", "dropped": "cancelled", "descoped": "cancelled",
    "wont do": "cancelled",
}
# Words (folded) that, with a number, head a strategy's goal stated in words ('Aim 1: Improve …',
# 'Objective 2 – Raise …', 'Priority 3. Reduce …'), over the writer's commitment (normalise/aims.py).
GOAL_HEADING_WORDS = frozenset({
    "aim", "objective", "goal", "priority", "ambition", "pillar", "theme", "outcome", "mission"})
# Headings (folded, the section's number and a closing dash or colon aside) of a grant narrative's or a
# project proposal's section that sets out its activities one by one ('7. SPECIFIC ACTIVITIES –',
# 'Project activities:'), each a numbered title over its description and how its success is measured
# (normalise/activityplan.py).
ACTIVITY_SECTION_HEADINGS = frozenset({
    "activities", "specific activities", "project activities", "planned activities", "proposed activities",
    "key activities", "program activities", "programme activities", "project activities and methods",
    "activities and methods", "work plan activities"})
# Words (folded) of a short line that names a plan, over paragraphs coded '1a.', '1b.', '2a.' that are
# its actions ('This was the action plan.', 'Action steps:'; normalise/codedplan.py).
CODED_PLAN_LEAD_WORDS = frozenset({"plan", "actions", "steps", "strategies"})
# The word after 'is'/'are' that makes a sentence ask a body to act ('ICSs are asked to: ● …'):
# guidance's cue that the bullets after it are that body's actions (normalise/periodlines.py).
ASKED_TO_WORDS = frozenset({"asked", "expected", "required", "invited", "requested"})
# Words naming a level of a plan's outline, printed in brackets after a code of a letter and a number
# ('G1 (Goal)', 'O2 (Objective)', 'D3 (Deliverable)'): the order the outline prints them in gives
# their rank (normalise/levelcodes.py).
LEVEL_CODE_WORDS = frozenset({
    "aim", "goal", "objective", "priority", "outcome", "theme", "pillar", "strategy", "initiative", "action",
    "deliverable", "task", "activity", "milestone", "output", "step", "measure", "project", "workstream",
    "target", "key result", "result", "sub-objective", "subobjective", "strategic objective", "tactic"})
# Verbs after 'We will' that say what the writer expects to observe when the plan works ('We will know
# we have made a difference when …', 'We will see fewer …'): a measure of success, no commitment to act
# (normalise/aims.py).
OBSERVING_VERBS = frozenset({"know", "see", "notice", "hear", "feel"})
# A line of its own under an action's heading that says when it is planned or was done: the word
# opening it, then a dated period ('*Planned for Q1 2024*', 'Completed in Q3 2023', 'Expected by March
# 2026'), as roadmaps set cards (normalise/headplans.py). The words of work done give the status
# too; the others the due date only.
DATED_LINE_WORDS: dict[str, str] = {
    "planned": "", "scheduled": "", "expected": "", "due": "", "target": "", "targeted": "", "targeting": "",
    "aiming": "", "aimed": "", "coming": "", "launching": "", "delivering": "",
    "completed": "complete", "complete": "complete", "done": "complete", "delivered": "complete",
    "shipped": "complete", "launched": "complete", "released": "complete", "finished": "complete"}
# Words (folded) of a relative horizon that looks ahead ('Future plans', 'Coming up next', 'Things
# we'll do later', 'Up next'): no date, and no status by itself ('Now / Next / Later' are when, not
# how), but among sibling state headings ('Things we've done' / 'Working on now' / 'Things we'll do
# later') the heading says the work has not begun: not_started (normalise/horizons.py).
HORIZON_PENDING_WORDS = frozenset({"next", "later", "future", "upcoming", "coming", "soon", "exploring"})

# ---- a second language beside English (normalise/bilingual.py) ----------------------------------------
# Welsh heading words and phrases of plans printed in Welsh and English ('Cam gweithredu / Action step',
# 'Perchennog\nOwner'), folded (as text.fold gives them), each with the English it stands for. A label
# whose one side is all such Welsh is read by its English side; a label printed in Welsh alone is read
# as its English.
WELSH_HEADINGS: dict[str, str] = {
    "cam gweithredu": "action step", "camau gweithredu": "actions", "gweithred": "action",
    "gweithredoedd": "actions", "gweithredu": "action", "cam": "step", "camau": "steps", "tasg": "task",
    "perchennog": "owner", "perchnogion": "owners", "arweinydd": "lead", "arweiniol": "lead",
    "swyddog arweiniol": "lead officer", "swyddog": "officer", "swyddog cyfrifol": "responsible officer",
    "cyfrifol": "responsible", "cyfrifoldeb": "responsibility", "pwy sy'n gyfrifol": "who is responsible",
    "pwy sy n gyfrifol": "who is responsible", "pwy": "who",
    "dyddiad": "date", "dyddiad targed": "target date", "dyddiad cwblhau": "completion date",
    "dyddiad terfyn": "deadline", "amserlen": "timescale", "erbyn pryd": "by when", "pryd": "when",
    "targed": "target", "cynnydd": "progress", "diweddariad": "update",
    "diweddariad ar gynnydd": "progress update", "diweddariad cynnydd": "progress update",
    "statws": "status", "sgor": "rating", "sgor rag": "rag rating", "sgôr": "rating", "sgôr rag": "rag rating",
    "statws rag": "rag status",
    "mesur": "measure", "mesur llwyddiant": "success measure", "mesurau llwyddiant": "success measures",
    "meini prawf llwyddiant": "success criteria", "tystiolaeth": "evidence", "canlyniad": "outcome",
    "canlyniadau": "outcomes", "canlyniad disgwyliedig": "expected outcome", "amcan": "objective",
    "amcanion": "objectives", "nod": "aim", "blaenoriaeth": "priority", "blaenoriaethau": "priorities",
    # a Welsh public body's well-being objectives (Well-being of Future Generations (Wales) Act 2015)
    "amcan llesiant": "well-being objective", "amcanion llesiant": "well-being objectives",
    "amcan strategol": "strategic objective", "amcanion strategol": "strategic objectives",
    "thema": "theme", "maes": "area", "maes gwella": "area for improvement", "argymhelliad": "recommendation",
    "risg": "risk", "risgiau": "risks", "adnoddau": "resources", "cyllideb": "budget", "sylwadau": "comments",
    "cyfeirnod": "reference", "cyf": "ref", "rhif": "no", "partneriaid": "partners", "carreg filltir": "milestone",
    "cerrig milltir": "milestones", "dangosydd": "indicator", "dangosyddion": "indicators",
    # a plan's prompts before each objective's text ('Pam mae hyn yn bwysig / Why this matters: …')
    "pam mae hyn yn bwysig": "why this matters", "beth fyddwn ni n ei wneud": "what we will do",
}
# Welsh status and RAG words → the English a status or RAG reader knows.
WELSH_VALUES: dict[str, str] = {
    "ar y trywydd": "on track", "ar y trywydd iawn": "on track", "wedi i gwblhau": "complete",
    "wedi ei gwblhau": "complete", "wedi cwblhau": "complete", "cwblhawyd": "complete", "wedi gorffen": "complete",
    "heb ddechrau": "not started", "heb ei ddechrau": "not started", "wedi i oedi": "delayed",
    "wedi ei oedi": "delayed", "oedi": "delayed", "ar waith": "in progress", "yn mynd rhagddo": "in progress",
    "parhaus": "ongoing", "wedi i ganslo": "cancelled", "coch": "red", "oren": "amber", "ambr": "amber",
    "gwyrdd": "green", "glas": "blue",
}
# Welsh month names (folded) → month number: a due date printed in Welsh and English ('Mawrth 2025 /
# March 2025') is read by its English side, one in Welsh alone by these (normalise/bilingual.py).
WELSH_MONTHS: dict[str, int] = {
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7, "awst": 8,
    "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
}
# Column headings of plans printed in another language (Spanish, French, Portuguese, German, Italian,
# Dutch), folded without accents, each with the English heading it stands for: a heading in one of them
# alone is read as its English ('Actividad' → 'activity', 'Responsable' → 'responsible'), as a Welsh
# one is (normalise/bilingual.py). Whole headings only, never a word inside an English one.
HEADINGS_ABROAD: dict[str, str] = {
    # Spanish
    "actividad": "activity", "actividades": "activities", "accion": "action", "acciones": "actions",
    "tarea": "task", "tareas": "tasks", "responsable": "responsible", "responsables": "responsible",
    "etapa": "stage", "fase": "phase", "observaciones": "comments", "comentarios": "comments",
    "estado": "status", "fecha limite": "due date", "fecha de entrega": "due date", "plazo": "deadline",
    "objetivo": "objective", "objetivos": "objectives", "avance": "progress",
    # French
    "activite": "activity", "activites": "activities", "tache": "task", "taches": "tasks", "etape": "stage",
    "echeance": "deadline", "statut": "status", "commentaires": "comments", "avancement": "progress",
    "objectifs": "objectives", "date limite": "due date",
    # Portuguese
    "atividade": "activity", "atividades": "activities", "actividade": "activity", "acao": "action",
    "acoes": "actions", "tarefa": "task", "tarefas": "tasks", "responsavel": "responsible",
    "prazo": "deadline", "situacao": "status", "observacoes": "comments", "andamento": "progress",
    # German
    "aktivitat": "activity", "aktivitaten": "activities", "massnahme": "action", "massnahmen": "actions",
    "aufgabe": "task", "aufgaben": "tasks", "verantwortlich": "responsible", "verantwortliche": "responsible",
    "termin": "due date", "frist": "deadline", "bemerkungen": "comments",
    # Italian
    "attivita": "activity", "azione": "action", "azioni": "actions", "compito": "task", "compiti": "tasks",
    "responsabile": "responsible", "scadenza": "deadline", "stato": "status", "osservazioni": "comments",
    # Dutch
    "activiteit": "activity", "activiteiten": "activities", "actie": "action", "acties": "actions",
    "taak": "task", "verantwoordelijke": "responsible", "verantwoordelijk": "responsible",
    "opmerkingen": "comments",
}
# Headings abroad spelt as printed, with letters a PDF may lose (normalise/bilingual.py reads each both
# folded and as a PDF whose font encoding has no such letter prints it: Turkish 'Başlat' as 'Balat',
# 'Kaynak Adları' as 'Kaynak Adlar'). Turkish, with MS Project's column names in Turkish ('Ad | Süre |
# Başlat | Bitiş | Öncüller | Kaynak Adları': Name | Duration | Start | Finish | Predecessors | Resource Names)
HEADINGS_ABROAD_PRINTED: dict[str, str] = {
    "görev": "task", "görevler": "tasks", "görev adı": "task name", "ad": "name", "adı": "name",
    "eylem": "action", "eylemler": "actions", "faaliyet": "activity", "faaliyetler": "activities",
    "etkinlik": "activity", "sorumlu": "responsible", "sorumlular": "responsible", "durum": "status",
    "açıklama": "description", "aşama": "phase", "hedef": "objective", "hedefler": "objectives",
    "süre": "duration", "başlat": "start", "başlangıç": "start", "başlangıç tarihi": "start date",
    "bitiş": "finish", "bitir": "finish", "bitirme": "finish", "bitiş tarihi": "finish date",
    "termin": "due date", "önceki": "predecessors", "öncüller": "predecessors",
    "kaynak adları": "resource names", "kaynak adi": "resource name", "kaynak adı": "resource name",
    "tamamlanma yüzdesi": "% complete", "notlar": "notes", "açıklamalar": "comments",
}
# Month names of other languages (folded, accents taken off: 'février' → 'fevrier', 'März' → 'marz'),
# each with its number: a timeline's or progress grid's period headings printed in Spanish, French,
# Portuguese, German, Italian, Dutch or Welsh ('JULIO | AGOSTO | SEPTIEMBRE') are read as months
# (normalise/periods.py). Full names only: short forms ('ago', 'set', 'gen') are English words or
# codes too often.
MONTHS_ABROAD: dict[str, dict[str, int]] = {
    "spanish": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
                "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12},
    "french": {"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
               "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12},
    "portuguese": {"janeiro": 1, "fevereiro": 2, "marco": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
                   "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12},
    "german": {"januar": 1, "jaenner": 1, "janner": 1, "februar": 2, "marz": 3, "maerz": 3, "mai": 5,
               "juni": 6, "juli": 7, "oktober": 10, "dezember": 12},
    "italian": {"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
                "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12},
    "dutch": {"januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8,
              "oktober": 10},
    "welsh": WELSH_MONTHS,
}
# Month abbreviations of other languages as project tools print a chart's dates ('10 Şub 20', '3 Ağu 20',
# '6 Nis 20', '12 Okt 20', '5 déc. 20': MS Project's, Excel's and GanttProject's timescales), spelt as
# printed, each with its number. Read only where a run of such dates steps forward as a chart's scale
# (normalise/taskheads.py), folded without accents and as a PDF prints them without the letters its
# font's encoding lacks (text.winansi_printed: 'Şub' → 'ub', 'Ağu' → 'Au'). No key of one language may
# name another month in another (tests/test_gantt_scale_abroad.py).
MONTH_ABBREVIATIONS_ABROAD: dict[str, dict[str, int]] = {
    "turkish": {"oca": 1, "şub": 2, "mar": 3, "nis": 4, "may": 5, "haz": 6, "tem": 7, "ağu": 8, "eyl": 9,
                "eki": 10, "kas": 11, "ara": 12, "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5,
                "haziran": 6, "temmuz": 7, "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12},
    "spanish": {"ene": 1, "feb": 2, "mar": 3, "abr": 4, "may": 5, "jun": 6, "jul": 7, "ago": 8, "sep": 9,
                "sept": 9, "set": 9, "oct": 10, "nov": 11, "dic": 12},
    "french": {"janv": 1, "févr": 2, "fév": 2, "mars": 3, "avr": 4, "mai": 5, "juin": 6, "juil": 7, "août": 8,
               "sept": 9, "oct": 10, "nov": 11, "déc": 12},
    "portuguese": {"jan": 1, "fev": 2, "mar": 3, "abr": 4, "mai": 5, "jun": 6, "jul": 7, "ago": 8, "set": 9,
                   "out": 10, "nov": 11, "dez": 12},
    "german": {"jan": 1, "jän": 1, "feb": 2, "mär": 3, "mrz": 3, "apr": 4, "mai": 5, "jun": 6, "jul": 7,
               "aug": 8, "sep": 9, "okt": 10, "nov": 11, "dez": 12},
    "italian": {"gen": 1, "feb": 2, "mar": 3, "apr": 4, "mag": 5, "giu": 6, "lug": 7, "ago": 8, "set": 9,
                "ott": 10, "nov": 11, "dic": 12},
    "dutch": {"jan": 1, "feb": 2, "mrt": 3, "apr": 4, "mei": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
              "okt": 10, "nov": 11, "dec": 12},
    "swedish": {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "maj": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                "okt": 10, "nov": 11, "dec": 12},  # Danish and Norwegian the same, 'mai' and 'des' beside
    "norwegian": {"mai": 5, "des": 12},
    "polish": {"sty": 1, "lut": 2, "mar": 3, "kwi": 4, "maj": 5, "cze": 6, "lip": 7, "sie": 8, "wrz": 9,
               "paź": 10, "lis": 11, "gru": 12},
    "czech": {"led": 1, "úno": 2, "bře": 3, "dub": 4, "kvě": 5, "čvn": 6, "čvc": 7, "srp": 8, "zář": 9,
              "říj": 10, "lis": 11, "pro": 12},
}
# Words of other languages for a quarter, before its number ('Trimestre 2', 'Quartal 3', 'Kwartaal 1',
# 'Chwarter 4'), folded without accents: read as 'Q2' in a run of period headings (normalise/periods.py).
QUARTER_WORDS_ABROAD = frozenset({"trimestre", "quartal", "kwartaal", "chwarter"})

# ---- roadmaps: plans kept as lists under stage headings (normalise/roadmaps.py) ------------------
# Words (folded) of a heading that names a stage of a plan ('Phase 2', 'MVP', 'Work Cycle (I)',
# 'Milestone 1', 'Stretch & Long-Term', 'Sprint 4', 'Release 1.2').
ROADMAP_STAGE_WORDS = frozenset({
    "phase", "phases", "stage", "stages", "milestone", "milestones", "cycle", "cycles", "release", "releases",
    "version", "sprint", "sprints", "iteration", "increment", "mvp", "alpha", "beta", "quarter", "q1", "q2", "q3",
    "q4", "h1", "h2", "stretch", "long", "term", "horizon", "wave", "epic", "roadmap", "tranche"})
# Words (folded) of a heading that only names its list ('Planned', 'Modules & Features', 'Team goals'):
# the area is the heading above it.
ROADMAP_LABEL_WORDS = frozenset({
    "features", "feature", "modules", "module", "planned", "deliverables", "deliverable", "goals", "goal",
    "tasks", "task", "items", "item", "milestones", "milestone", "actions", "action", "steps", "step", "next",
    "todo", "to", "do", "work", "backlog", "objectives", "objective", "outcomes", "scope", "team", "project",
    "projects", "done", "complete", "completed", "in", "progress", "status", "and", "list", "checklist",
    "priorities", "requirements"})
# Words (folded) of a heading over a list of another kind in a roadmap: its items are not actions.
ROADMAP_NOT_PLAN_HEADING_WORDS = frozenset(
    (LIST_NOT_PLAN_HEADING_WORDS - {"done", "did", "progress", "achieved", "achievements", "accomplishments",
                                     "feedback", "completed"})
    | {"non", "summary", "overview", "introduction", "intro", "vision", "mission", "about", "ideas", "idea",
       "risks", "risk", "dependencies", "assumptions", "out", "legend", "license", "licence", "installation",
       "install", "usage", "contributing", "contributors", "changelog", "history", "notes", "prerequisites",
       "requirements", "see", "further", "reading", "support", "help"})
# Words (folded) of a title or file name that call a document a roadmap or plan of deliverables (a
# strategy's or a guide's lists are read by what their items say: normalise/commitments.py).
ROADMAP_DOCUMENT_WORDS = frozenset({"roadmap", "roadmaps", "plan", "plans", "milestones", "milestone", "deliverables",
                                    "backlog", "todo", "workplan", "priorities"})
# Words (folded) of a title or file name that call it something else (besides NON_PLAN_DOCUMENT_WORDS).
ROADMAP_NOT_PLAN_DOCUMENT_WORDS = frozenset({"changelog", "change", "changes", "readme", "history", "log",
                                            "release", "notes", "meeting", "meetings"})
# Signs opening a tracked item ('✅ api — REST interface', '🚧 Search UI') → the contract's status
# enum ('' for an empty box: a mark, no status).
ROADMAP_STATUS_SIGNS: dict[str, str] = {
    "✅": "complete", "✔": "complete", "☑": "complete", "✓": "complete", "🟢": "complete",
    "🚧": "in_progress", "🔄": "in_progress", "🟡": "in_progress", "⏳": "not_started", "⚪": "not_started",
    "❌": "cancelled", "🔴": "delayed", "🔲": "", "⬜": "", "☐": "", "⬛": ""}
# Words that, with a number after them and alone on a heading line ('Commitment 4', 'Action 12',
# 'Recommendation 3'), head one action each: the paragraph under the heading is the action
# (normalise/pledges.py). Words that number groupings ('Priority 2', 'Objective 1') are not here.
# Words that, numbered at a heading's start, name a part of the document's apparatus ('Figure 3: …',
# 'Annex B. …'), never a grouping of actions, however the headings rank (banners.grouping_heading).
APPARATUS_WORDS = frozenset({"figure", "fig", "table", "chart", "appendix", "annex", "annexe", "page", "graph",
                             "map", "box", "exhibit"})
# A short label line over a table or list that says it lists other documents ('Related Report(s):', 'See
# Also:', 'References'): each row cites a publication (its date, title and number), no work to be done
# (normalise/structure.py: a table with no heading row under such a label is not read by content).
REFERENCE_LIST_LABELS = frozenset({"related report", "related reports", "related report s", "see also",
                                   "references", "related documents", "related publications", "further reading",
                                   "sources", "bibliography"})
# Nouns naming a document: a table whose headings each name one ('Report No. | Report Date | Report Title')
# lists documents (the engagements a peer review covered, a bibliography), not work to be done.
DOCUMENT_NOUNS = frozenset({"report", "reports", "publication", "publications", "document", "documents", "paper",
                            "papers"})
PLEDGE_HEADING_WORDS = frozenset({"commitment", "action", "recommendation", "pledge", "deliverable"})
# (RESPONSE_LABEL_WORDS: with the other marks of a recommendation, below)
# Words of a short label line under such an action that opens its list of milestones ('Timescales',
# 'Key milestones', 'Next steps').
PLEDGE_MILESTONE_WORDS = frozenset({"timescales", "timescale", "timetable", "milestones", "milestone",
                                    "steps", "timeline", "timelines", "delivery"})
# First words (folded) of a note in brackets that points elsewhere in the document ('(See Appendix
# B)', '(refer to section 4)', '(Annex 2)'): a cross-reference, never who leads.
REFERENCE_NOTE_WORDS = frozenset({"see", "refer", "cf", "ref", "appendix", "annex", "annexe", "page", "pages",
                                  "section", "para", "paragraph", "chapter", "table", "figure", "p", "pp"})

# Words in a workbook's sheet name that say what kind of sheet it is, not which part of the plan
# ('Task tracker', 'Gantt chart', 'Dropdown lists', 'How to use'): such a name is no area. A name
# free of them ('Housing', 'Adult social care', 'Theme 3') names the part of the plan the sheet holds.
SHEET_KIND_WORDS = {
    "sheet", "dashboard", "gantt", "chart", "charts", "timeline", "list", "lists", "lookup", "lookups", "dropdown",
    "dropdowns", "values", "instructions", "instruction", "guidance", "guide", "readme", "use", "notes", "data",
    "cover", "legend", "log", "actions", "action", "tasks", "task", "tracker", "register", "risks", "issues",
    "changes", "version", "history", "archive", "completed", "closed", "template", "example", "pivot", "calc",
    "calculations", "settings", "config", "info", "information", "about", "help", "definitions", "milestones",
    # the state or the copy of the work it holds ('Work left', 'Done', 'Modified version', 'Old')
    "work", "left", "todo", "done", "backlog", "primary", "modified", "original", "copy", "draft", "final", "old",
    "new", "raw", "output", "input", "mtg", "meeting", "minutes",
}

# Project tools' own headings (normalise/vocab_tasks.py), read like the wordings above: a word or
# phrase vocab already reads keeps its reading.
from planx.normalise.vocab_tasks import (  # noqa: E402
    TASK_HEADING_PHRASES,
    TASK_HEADING_WORDS,
    TASK_OTHER_HEADS,
    TASK_PRIORITY_LEVELS,
)

for _word, _cues in TASK_HEADING_WORDS.items():
    HEADING_WORDS.setdefault(_word, _cues)
for _name, _phrases in TASK_HEADING_PHRASES.items():
    for _phrase, _weight in _phrases.items():
        if not any(_phrase in known for known in HEADING_PHRASES.values()):
            HEADING_PHRASES.setdefault(_name, {})[_phrase] = _weight
HEADING_OTHER_HEADS |= TASK_OTHER_HEADS
PRIORITY_LEVELS |= TASK_PRIORITY_LEVELS

# ---- a title that names the document a log of actions (normalise/logtitle.py) ----------------------
# Words (folded) of a title that name the things it lists as actions ('ODUG Action Log', 'Actions
# tracker'), and the nouns after them that name a running record of them: a log, a tracker, a list, a
# register. 'Action plan' says plan already (KIND_PLAN_WORDS); these say the rows are the actions
# even when no column names who or when.
LOG_TITLE_ITEM_WORDS = frozenset({"action", "actions"})
LOG_TITLE_NOUNS = frozenset({"log", "logs", "tracker", "list", "register"})
# Kinds of a meeting's papers other than its record (normalise/kinds.py): an agenda, the slides shown,
# a briefing. 'Meeting' in their title or name ('Public Meeting …', 'Past Meetings & Engagement Rules')
# does not make them minutes, whose action logs are plans; only 'minutes' does.
MEETING_PAPER_KIND_WORDS = frozenset({"agenda", "slides", "presentation", "briefing", "demo"})
# Words (folded) after which a title names what the document is about, not what it is: 'Public Meeting
# for the National Action Plan', 'Report on the improvement plan'. A plan word there is the subject.
SUBJECT_PREPOSITIONS = frozenset({"for", "on", "about", "regarding", "towards"})

# ---- action logs in minutes (normalise/actionlog.py) -----------------------------------------------
# Column headings (folded) of a minute's action log: the actions, who acts, by when
ACTION_LOG_ACTION_HEADINGS = {"action", "actions", "action items", "action item", "action points", "action point",
                              "agreed actions", "actions agreed", "action log", "actions arising", "next steps"}
ACTION_LOG_PERSON_HEADINGS = {"person responsible", "responsible", "responsible person", "who", "owner",
                              "by whom", "action by", "lead", "responsibility", "assigned to", "name"}
ACTION_LOG_DUE_HEADINGS = {"deadline", "by when", "due", "due date", "date", "when", "target date",
                           "completion date", "timescale"}
# The label of a minute's agenda item ('Agenda item: Finance   Presenter: Sue'): its title is the area
AGENDA_ITEM_LABELS = ["agenda item", "item"]

# ---- numbered commitment clauses in a policy (normalise/clauses.py) ---------------------------------
# Words (folded) of a section heading or lead-in naming the numbered clauses under it as what the
# writer commits to do ('5. Policy commitments', '… shall be guided by the following policy commitments:')
CLAUSE_ACTION_SECTION_WORDS = ["commitments", "commitment", "our commitments", "policy commitments", "actions",
                               "key actions", "what we will do", "we will", "actions we will take",
                               "the council will", "council will", "undertakings", "action plan"]
# Words of a section whose numbered clauses are no actions, whatever they say
CLAUSE_NOT_ACTION_SECTION_WORDS = ["definitions", "definition", "principles", "objectives", "purpose", "scope",
                                   "responsibilities", "roles and responsibilities", "background", "legislation",
                                   "introduction", "context", "review", "history", "glossary", "interpretation"]

# Short plans saved as web pages (normalise/webplans.py): words in a page's first lines that call it a
# plan or a set of objectives ('Equality Objectives 2024/2025', 'Action Plan From May 2022')
WEBPLAN_PAGE_WORDS = frozenset({"objectives", "objective", "plan", "plans", "actions", "commitments",
                                "priorities", "pledges"})
# the kinds of list a lead-in names as things to be done ('Our objectives from 2023-2026 are to:',
# 'Activities including timescale:'); the last such word it names decides, before aims, duties, outcomes
WEBPLAN_LIST_WORDS = frozenset({"objectives", "objective", "actions", "action", "activities", "commitments",
                                "priorities", "pledges", "plan", "strategy", "steps"})
# words naming a study, a test or an inquiry before the list word of a lead-in ('The usability test
# objectives are:', 'Survey aims:'): the list says what the inquiry sets out to learn or check, not what
# the writer commits to do (normalise/webplans.names_list)
INQUIRY_WORDS = frozenset({"test", "tests", "testing", "study", "survey", "evaluation", "audit", "research",
                           "review", "inspection", "consultation", "interview", "interviews", "trial"})
# verbs of the writer's intent in a lead-in that the list below finishes ('We want to:', 'We aim to:',
# 'The partnership intends to:'): the items are what the page sets out to do (normalise/webplans.py)
WEBPLAN_INTENT_VERBS = frozenset({"want", "aim", "intend", "plan", "propose", "hope", "need", "are going"})
# labels of a note closing an objective that gives its target or measure ('(Target = to consult …)')
WEBPLAN_MEASURE_LABELS = frozenset({"target", "targets", "success criteria", "measure", "success measure",
                                    "measured by", "evidence", "impact"})
# labels that number a page's objectives one line each ('Objective 1: To ensure …', 'Priority 2: …')
WEBPLAN_LINE_LABELS = frozenset({"objective", "priority", "commitment", "pledge", "action", "aim", "goal"})

# words that join a date to the text before it as a period of it or a deadline ('Revised plan for
# 2015/16', 'Complete by March 2026'): such a date is part of what the milestone says
DATE_JOINING_WORDS = {"for", "in", "of", "to", "from", "during", "since", "until", "till", "between", "and", "the",
                      "by", "before", "after", "within"}
# Lead-ins of a page reporting on its plan (normalise/donenext.py): what has been done ('What we have
# done already:', 'What we did', 'Progress so far'), what comes next ('What's next', 'Next steps',
# 'What we will do'), and what others said or found ('The peer review told us:', 'You said'), which
# holds findings, not actions. Phrases, folded, matched as whole words inside a short lead-in.
# the question a response form prints over the answer it asks for, one per finding (normalise/responses.py):
# 'Outline how you are going to come into compliance with …:', 'What action will you take …?', 'Action
# to be taken:', 'Management response:' (folded words, matched whole)
RESPONSE_PROMPTS = ("outline how you", "how you are going to", "how you will", "how will you", "what action will",
                    "what actions will", "what action you will", "what actions you will", "what action has been",
                    "what actions have been", "what will you do", "what you will do", "action to be taken",
                    "actions to be taken", "action s to be taken", "actions planned", "describe the action",
                    "describe the actions", "actions you will take", "action you will take",
                    "steps you will take", "steps to be taken", "management response", "provider s response",
                    "providers response", "provider response", "response and actions")
DONE_LEAD_INS = ("what we have done", "what we ve done", "what we did", "what has been done", "done already",
                 "what we have achieved", "what we ve achieved", "progress so far", "progress to date",
                 "actions taken", "action taken", "we did", "what has happened", "work completed",
                 "achievements", "what we have delivered")
NEXT_LEAD_INS = ("what s next", "what is next", "whats next", "next steps", "what we will do", "what we ll do",
                 "what we are going to do", "what happens next", "still to do", "what we plan to do",
                 "next actions", "our next steps", "we will do", "planned actions", "future actions")
# prepositions that join a minute's list-naming words to the item the list is for ('Next steps ON
# publishing vacancies online', 'Actions RELATING to MAIT', 'Next actions FOR the pilot')
TOPIC_PREPOSITIONS = frozenset({"on", "for", "about", "regarding", "relating", "concerning", "re", "from", "in",
                                "under", "following"})
HEARD_LEAD_INS = ("told us", "you said", "you told", "said", "found", "feedback", "findings", "recommended",
                  "asked us", "raised", "concerns")
# Words (folded) of a lead-in saying the list below describes the document's form, not what is to be
# done ('Each action plan has the same format:', 'The plan is laid out in these sections:'):
# normalise/commitments.py
DOCUMENT_FORM_WORDS = frozenset({"format", "layout", "laid", "structure", "structured", "template"})

# A table of who does what in general ('Role | Responsibilities', 'Task Area | Responsibilities', 'Who | What
# they do', 'Partner | Contribution'): standing duties, not the plan's dated actions (normalise/dutytables.py).
# Headings (folded, whole) that say a column describes duties ...
DUTY_HEADINGS = frozenset({"responsibilities", "key responsibilities", "main responsibilities",
                           "roles and responsibilities", "role and responsibilities", "duties", "key duties",
                           "main duties", "role", "roles", "remit", "accountabilities", "what they do",
                           "contribution", "contributions", "function", "functions", "role description",
                           "their role"})
# ... and words of the heading beside it that name who or what holds those duties
DUTY_HOLDER_WORDS = frozenset({"role", "roles", "task", "area", "skillset", "skill", "skills", "partner", "partners",
                               "who", "organisation", "organization", "team", "teams", "post", "job", "title",
                               "body", "group", "board", "committee", "stakeholder", "stakeholders", "agency",
                               "member", "members", "officer", "position", "function"})

# The phases and stages of the emergency-management cycle (prevention, preparedness, response, recovery:
# 'PPRR', and the stages of a response: alert, standby, stand up, stand down), folded: a table whose rows
# are keyed by them sets out what is done whenever an event comes (normalise/phasetables.py)
EMERGENCY_PHASES = frozenset({"prevention", "preparedness", "preparation", "readiness", "mitigation", "response",
                              "recovery", "relief", "reconstruction", "rehabilitation", "alert", "standby",
                              "stand by", "stand up", "stand down", "lean forward", "activation", "escalation",
                              "de escalation", "monitoring", "watch", "warning", "emergency", "business as usual",
                              "pre season", "post season", "before", "during", "after"})

# The marks of a recommendation and of its answer: one vocabulary for the three readers that look for
# them (normalise/recommendations.py, recommendations numbered through a plan or stated in a review's
# prose; normalise/report_recs.py, a report's recommendations to others; normalise/pledges.py, a
# response answering each under a 'Response' label). Words are folded; a pattern is a regex fragment.
# The word that labels one ('Recommendation 3: …', 'Recommendation - Ensure …', 'Recommendation accepted')
RECOMMENDATION_WORD = "recommendation"
# Words of a table's heading naming the recommendations or requirements a tracker answers ('CDE
# Requirement/Recommendation | Status', 'Recommendation | Owner | Due'): read as the group of the
# actions, they are the actions themselves where no column of the row says what is done
# (CONTRACT.md, "Recommendations"; normalise/headers._recommendations_as_actions)
RECOMMENDATION_HEADING_WORDS = frozenset({RECOMMENDATION_WORD, RECOMMENDATION_WORD + "s", "requirement",
                                          "requirements"})
# Words (folded) of a document's title that call it a set of recommendations: numbered through its
# sections, they are its actions as a plan's are (normalise/recommendations.py)
RECOMMENDATION_DOCUMENT_WORDS = frozenset({RECOMMENDATION_WORD, RECOMMENDATION_WORD + "s"})
# What follows a run-in label before its text: a colon, or a dash after a space ('Recommendation - …')
RUN_IN_LABEL_STOP = r"(?::|\s[-–—])"
# A writer saying what it recommends ('We recommended that the State …', 'OIG also recommends that CMS …'):
# who, at the paragraph's start (a review's or an audit's own voice), the words that may come between,
# and the verb with its 'that'
RECOMMENDERS = ("we", "oig", "the auditor", "the auditors", "the reviewer", "the reviewers", "the committee",
                "the panel", "the inspector general")
RECOMMEND_ADVERBS = ("also", "further", "therefore")
RECOMMEND_THAT = r"recommend(?:s|ed)?\s+that"
# What a recommendation asks of whom it names, after the name ('The Department should …', 'The council
# is asked to …', 'the local authority needs to take the following action')
ASKING_VERBS = ("should", "must", "need to", "needs to", "is asked to", "is urged to", "is recommended to",
                "is required to")
# Words (folded) of a short label or heading under a recommendation that opens the answer given to it
# ('Response:', 'Government response', 'Management response'): a document answering its recommendations
# one by one takes them up as things to be done (normalise/pledges.py); in a report, the answer kept
# with the recommendation (normalise/report_recs.py)
RESPONSE_LABEL_WORDS = frozenset({"response", "responses"})
# A report's recommendations to others (CONTRACT.md, "Recommendations"; normalise/report_recs.py).
# Headings (folded, any section number stripped) naming a section that lists them: 'Recommendations',
# 'Conclusions and recommendations', 'Summary of recommendations', 'Recommendations for next steps',
# 'Areas for improvement', 'What does the school need to do to improve further?'. The heading must
# open with the naming words: 'Net zero recommendations and commitments' names a subject, not a list.
RECOMMENDATION_SECTION_PATTERNS = [
    r"(?:(?:summary|list|schedule|conclusions?|key|main|our|priority|the|of|and|further|detailed|formal|"
    r"interim|final|principal|overall|specific|general)\s+)*recommendations(?:\s+(?:for|to|of|from|made)\b.*)?",
    r"areas? for (?:improvement|further improvement|development)",
    r"what (?:does|should|do) (?:the|this|our) \w+(?: \w+)? (?:need to |have to |should )?do to (?:improve|get better)"
    r"(?: further)?",
]
# Who asks, before the label naming one recommendation ('HoL Inquiry Recommendation', 'Committee
# recommendation', 'Inquiry recommendation 3'): at most this many words
RECOMMENDATION_LABEL_WORDS = 3
# A response's decision on a recommendation, as printed ('Recommendation accepted', 'The Government
# agrees …', 'Agreed in principle'): the words, longest first, that fill recommendations.response
RESPONSE_DECISION_WORDS = [
    "accepted in principle", "agreed in principle", "accept in principle", "agree in principle",
    "partially accepted", "partially agreed", "accepted in part", "agreed in part", "not accepted", "not agreed",
    "accepted", "accepts", "accept", "agreed", "agrees", "agree", "rejected", "rejects", "reject",
    "noted", "notes", "acknowledged", "acknowledges", "supported", "supports", "under consideration",
    "welcomes", "welcomed",
]
# Whoever answers a recommendation in a response, at a paragraph's start ('The Government agrees …',
# 'The UK government accepts …', 'We accept …', 'Response: …'): that paragraph is the answer, no
# part of the recommendation
RESPONDER_WORDS = ["the government", "government", "the uk government", "hm government", "the department",
                   "the scottish government", "the welsh government", "ministers", "we", "response",
                   "government response", "our response"]


# words by which a status column's heading names the action as a whole ('Overall status', 'Action status'),
# beside another status column that rates each milestone row (normalise/walker_data_rows.whole_status_heading)
WHOLE_STATUS_WORDS = frozenset({"overall", "action"})


# words that may open an entry of an update history before its date ('Update Feb:', 'Progress
# Apr 24:', 'Review 03/03/24:'): normalise/histories.py
UPDATE_ENTRY_WORDS = ("update", "updated", "progress", "review", "position", "comment")


# a web page's card (extract/htmlcards.py): a last word of a part's class name that says only that the
# part is displayed ('partner_label', 'due_value'), left out of the label the class name gives
CARD_LABEL_FILLERS = frozenset({"label", "value", "field", "lbl", "val"})

# Words (folded) of a section heading that name work still to be done ('Outstanding work', 'Remaining
# tasks', 'TODO'): the short titles listed under it, each tagged with a priority, are its actions
# (normalise/taggedtitles.py) ...
OUTSTANDING_WORK_HEADING_WORDS = frozenset({"outstanding", "remaining", "todo", "todos", "pending", "backlog",
                                            "unfinished", "incomplete"})
# ... and phrases (folded) that say so in more words ('Still to do', 'Next steps', 'Further work')
OUTSTANDING_WORK_HEADING_PHRASES = ("to do", "next steps", "further work", "future work", "work left",
                                    "open items")

# Words (folded) that, capitalised right before a year, make the year part of a name: legislation, a
# named plan or standard ('as required by the Care Act 2014', 'in line with the Local Plan 2030'), not
# a date by which something is done (normalise/commitments.py _named_year)
NAMED_YEAR_WORDS = frozenset({"act", "acts", "regulation", "regulations", "bill", "directive", "order", "code",
                              "charter", "convention", "framework", "standard", "standards", "plan", "strategy",
                              "agreement", "vision"})


# The units of a plan's relative schedule, counted from its start rather than dated ('Week 1: Identify …',
# 'Weeks 2–6:', 'Month 3 –', 'Day 30:', 'Year 1:'): an item opening with one is a step of the schedule,
# its timeframe (normalise/commitments.leading_period), though no date says when it falls
RELATIVE_STEP_UNITS = ("day", "days", "week", "weeks", "month", "months", "year", "years")

# First words (folded) that, before a capital letter alone, name a part or an option, not a person
# shortened to a first name and an initial ('Plan B', 'Phase A', 'Appendix C', 'Option B' as against
# 'Terence M', 'Elaine C': normalise/minute_marks.py)
NAME_INITIAL_NOT_FIRST_WORDS = frozenset({
    "plan", "phase", "stage", "part", "section", "appendix", "annex", "annexe", "option", "schedule", "table",
    "figure", "level", "grade", "group", "team", "block", "site", "zone", "area", "type", "class", "category",
    "year", "key", "step", "tier", "ward", "route", "wing", "floor", "unit", "item", "model", "version",
    "the", "all", "each", "every", "our", "this", "that",
})

# The first word of a heading naming the step to take next ('Next action', 'Next steps'): beside a
# heading naming the task itself ('Task title'), the column holds the task's progress (headers.py)
NEXT_STEP_WORDS = frozenset({"next", "upcoming"})

# The kinds of record a log may list in one table, typed by a column of its own (a RAID log: Risk,
# Assumption, Issue, Dependency, Action; a decision log's Decision): folded kind → is it an action?
# Only the rows typed as actions are a plan's actions (normalise/typedrows.py).
RECORD_KINDS: dict[str, bool] = {
    "risk": False, "risks": False, "assumption": False, "assumptions": False, "issue": False, "issues": False,
    "dependency": False, "dependencies": False, "decision": False, "decisions": False, "opportunity": False,
    "opportunities": False, "constraint": False, "constraints": False,
    "action": True, "actions": True, "task": True, "tasks": True}
# A sentence after an action's own that points back at it ('THIS WORK will be led by …', 'IT will be
# completed by …'), as a letter or a prose plan writes who leads and by when (normalise/inlinewho.py
# follow_up_who_when): its opening words, folded.
FOLLOW_UP_OPENINGS = ("this work", "this action", "this commitment", "this", "it", "these actions", "the work",
                      "delivery of this", "delivery")
# Participles naming who leads, before 'by' in such a sentence ('… will be LED by Karen Doyle', 'OWNED by …').
LEAD_PARTICIPLES = ("led", "owned", "overseen", "managed", "coordinated", "co-ordinated", "sponsored",
                    "championed", "delivered", "driven")
