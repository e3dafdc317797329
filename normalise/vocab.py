"""The vocabulary of plans, as data: every spelling planx understands lives here.

Add a synonym here, not an `if` elsewhere. Keys are compared after `text.fold` (NFKC,
look-alike letters to Latin, casefold, punctuation to spaces, whitespace folded).
"""
from __future__ import annotations

# Column headings → canonical field. A heading matches a synonym exactly, or starts with
# it (the longest wins: "progress milestones" beats "progress"), or is close to it.
HEADER_SYNONYMS: dict[str, list[str]] = {
    "area_ref": ["no", "ref", "reference", "ref no", "number", "item", "id", "action no", "action ref", "rec no"],
    "area": ["area", "area of improvement", "area for improvement", "area for development", "improvement area",
             "areas for improvement", "areas for development", "priority area", "theme", "key area",
             "recommendation", "recommendations", "ofsted recommendation", "inspection recommendation",
             "area of focus", "workstream", "strand"],
    "objective": ["objective", "objectives", "aim", "aims", "strategic objective", "goal"],
    "outcome": ["outcome", "outcomes", "intended outcome", "intended outcomes", "expected outcome",
                "expected outcomes", "desired outcome", "desired outcomes", "impact", "outcome sought",
                "what difference will it make"],
    "action": ["action", "actions", "action description", "proposed action", "proposed actions", "action required",
               "actions required", "actions to be taken", "key actions", "key action", "task", "tasks",
               "activity", "activities", "what we will do", "specific actions", "action to be taken"],
    "milestones": ["progress milestones", "milestones", "milestone", "key milestones"],
    "measure": ["measured by", "measure", "measures", "success measure", "success measures", "performance measures",
                "performance measure", "measures of success", "measure of success", "success criteria",
                "how will we know", "evidence", "evidence of impact", "performance measures targets", "kpi"],
    "lead": ["lead", "leads", "lead officer", "lead officers", "responsibility", "by whom", "owner", "who",
             "action owner", "lead person", "accountable", "lead manager", "responsible lead", "lead s"],
    "responsible": ["responsible officer", "responsible officers", "responsible", "responsible manager",
                    "operational lead", "support"],
    "due": ["timescale", "timescales", "target date", "target dates", "time", "timing", "by when", "due date",
            "due", "deadline", "date", "completion date", "when", "date due", "target completion date",
            "time scale", "timeframe", "review date", "end date"],
    "status": ["status", "status of milestone", "milestone status", "progress status", "current status",
               "status of action", "action status"],
    "rag": ["rag", "rag status", "rag rating", "brag", "brag status", "brag rating", "rating", "rag rati",
            "overall rag", "current rag"],
    "progress": ["progress", "progress update", "update", "updates", "comments", "comment", "progress to date",
                 "commentary", "progress comments", "progress made", "latest update", "notes", "update on progress"],
    "resolution": ["resolution for overdue milestones", "resolution", "mitigation", "remedial action"],
}

# Headings of an indicator (KPI) table, recognised when the first column says so.
INDICATOR_HEADERS = {
    "indicator": ["indicator", "indicators", "measure", "kpi", "performance indicator", "key performance indicator"],
    "polarity": ["polarity", "good is", "direction"],
    "target": ["target", "targets", "target 2018 19", "target value"],
    "notes": ["notes", "comments", "commentary"],
}

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
              "area for development", "priority", "theme", "area", "objective", "strand", "workstream"]

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

# Status by leading words (longest first wins) → contract enum.
STATUS_WORDS: dict[str, str] = {
    "complete": "complete", "completed": "complete", "achieved": "complete", "done": "complete",
    "closed": "complete", "met": "complete", "finished": "complete", "delivered": "complete", "agreed": "complete",
    "in progress": "in_progress", "inprogress": "in_progress", "in hand": "in_progress",
    "underway": "in_progress", "under way": "in_progress", "on track": "in_progress", "on target": "in_progress",
    "started": "in_progress", "progressing": "in_progress", "in train": "in_progress", "partially": "in_progress",
    "partly": "in_progress", "commenced": "in_progress", "in draft": "in_progress", "draft": "in_progress",
    "not started": "not_started", "not yet started": "not_started", "to start": "not_started",
    "not begun": "not_started", "planned": "not_started", "not due": "not_started", "pending": "not_started",
    "ongoing": "ongoing", "on going": "ongoing", "on-going": "ongoing", "continuous": "ongoing",
    "business as usual": "ongoing",
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
               "improvement", "action", "diagnostic", "review", "scorecard"]

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


# ==== cells: what a plan's cells hold (dates, lists, status and RAG marks) ====================
# (kept apart from the heading vocabulary above, which reads what a column's heading means)

# Glyphs that open a list item. Word's own bullets are printed by extract/docx.py as '•'; other
# tools leave Symbol/Wingdings bullets as private-use characters ('\uf0b7' …); a hyphen, an
# asterisk, Word's Courier 'o' and pdfminer's '(cid:127)' count at a line's start only
# (normalise/milestones.py).
LIST_BULLETS: list[str] = ["•", "·", "▪", "▫", "◦", "●", "○", "■", "□", "➢", "►", "▶", "➤", "❖", "◆", "◇", "⁃",
                           "\uf0b7", "\uf0a7", "\uf076", "\uf0d8", "\uf0fc", "\uf0a8", "\uf02d"]

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
    "scheduled": "not_started",
    "stopped": "cancelled", "removed": "cancelled", "no longer needed": "cancelled",
})

# A status shown by a mark: a tick is done; a cross says only "not done", which is no one status.
STATUS_MARKS: dict[str, str] = {"✓": "complete", "✔": "complete", "☑": "complete", "✅": "complete",
                                "🗸": "complete", "✗": "", "✘": "", "☒": "", "❌": "", "×": ""}

# Words that label a RAG cell's value rather than give it ('RAG: Amber', 'Overall RAG status - G').
RAG_LABELS: list[str] = ["rag", "brag", "rag status", "rag rating", "brag status", "brag rating", "status",
                         "rating", "overall", "overall rag", "overall rag status", "overall status",
                         "current rag", "rag rated", "rated", "current status"]

# The colour words a RAG cell's text may start with or hold in brackets ('Amber - some slippage',
# 'Completed (Green)'); single letters count only alone (RAG_WORDS).
RAG_COLOUR_WORDS: dict[str, str] = {"red": "red", "amber": "amber", "yellow": "amber", "green": "green",
                                    "blue": "blue"}
