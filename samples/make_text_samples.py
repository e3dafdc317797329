"""Write the text plan samples (our own sentences, in the shapes of real legacy conversions).

Run from the repo root: python samples/make_text_samples.py. The tests read the files this
writes and check the fields planx must find in them (tests/test_samples.py).
"""
from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def row(*cells: str) -> str:
    return "\t".join(cells)


FAMILY_SUPPORT = [  # (a) monitoring framework: banners split over cells, milestones, OCR digits, look-alikes
    "Family Support Improvement Framework (June 2016)",
    "",
    row("AREA FOR IMPROV", "EMENT I: Make sure that", "young carers are ident", "tified early", "", "", "", "",
        "Priya Nandakumar"),
    row("ОВЈЕСТІVЕ", "OUTCOMES", "Action description", "PROGRESS MILESTONES", "TARGET DATE", "Status of milestone",
        "RAG", "Measured By:"),
    row("Young carers are known to schools", "Carers get a break each month",
        "Map the young carers known to each school and share the list with the carers centre",
        "I.School survey sent 2.List shared with the centre", "I.Jul I6 2.Sep I6", "I.Complete 2.In progress",
        "Α", "Number of young carers assessed"),
    row("", "", "Run a training session for school staff on spotting hidden caring roles",
        "1.Session designed 2.Session delivered 3.Feedback reviewed", "1.Aug-16 2.Oct-16 3.Dec-16", "", "G", ""),
    "",
    row("AREA FOR IMPROVEMENT 2:", "Shorten the wait for", "r a first visit", "", "", "", "", "", "Tomasz Wolski"),
    row("OBJECTIVE", "OUTCOMES", "Action description", "PROGRESS MILESTONES", "TARGET DATE", "Status of milestone",
        "RAG", "Measured By:"),
    row("Families are visited quickly", "", "Add a duty worker to the triage rota on Mondays", "1.Rota changed",
        "15th November", "1.Not started", "R", "Days from referral to visit"),
]

SHORT_BREAKS = [  # (b) diagnostic plan in Windows-1252: letters carried down, a page break mid-row
    "Appendix 1: Draft Short Breaks Diagnostic Plan (May 2014)",
    "",
    row("", "Area of Improvement", "Actions", "Outcomes", "Responsibility", "Timescale", "Progress"),
    row("A", "Short break choice", "1. Publish the short breaks statement in plain English",
        "Parents know what is on offer", "Maeve O’Connor", "30/06/2014", "Draft written"),
    row("", "", "2 .Open a Saturday club for disabled teenagers", "Teenagers meet friends outside school",
        "Maeve O’Connor", "September 2014; review March 2015", "Venue found and staff being"),
    "",
    row("", "Area of Improvement", "Actions", "Outcomes", "Responsibility", "Timescale", "Progress"),
    row("", "", "", "", "", "", "recruited"),
    row("B", "Transport", "1.Agree a single transport policy with schools", "Journeys under one hour", "Dev Patel",
        "Ongoing", "Café meeting held"),
]

YOUTH_JUSTICE = [  # (c) inspection plan: HTML cells, timeframes inside the recommendation cell
    "APPENDIX 2",
    "Youth Justice Inspection Action Plan",
    "",
    row("Area for Development", "Proposed Action", "Intended outcome", "Performance measures", "Lead"),
    row("<p>Immediately: Check that every young person has a named case manager.</p>",
        "<p>Run a caseload audit</p> <ul><li>Reallocate cases without a manager</li></ul>",
        "<p>No young person without a named worker</p>", "<p>Percentage of cases allocated</p>", "<p>Olu Adeyemi</p>"),
    row("<p>Within six months: Improve the quality of pre-sentence reports.</p>",
        "<p>Introduce a report quality checklist</p>", "<p>Courts receive clear reports</p>",
        "<p>Reports graded good</p>", "<p>Hannah Kerr</p>"),
]

INDICATOR_FORM = [  # (e) key-value form with a clipped duplicate fragment
    "PERFORMANCE ACTION PLAN TEMPLATE",
    "",
    row("INDICATOR OVERVIEW", ""),
    row("Indicator Title", "Care leavers in suitable accommodation"),
    row("Strategic Director Lead", "Ruth Okafor"),
    row("Target", "90% (March 2017)"),
    row("Performance this Period", "78.5%", "+ / - Target: -13%"),
    row("Non-compliance reason", "Several young people mov",
        "Several young people moved into emergency placements over the winter."),
    row("Who (will be responsible)", "Head of Leaving Care"),
]

EARLY_HELP = [  # (g) hierarchical references, area rows with "Lead:", a numeric RAG key
    "Westmoor Early Help Improvement Plan 2017-18",
    "Updated January 2018",
    "RAG key: 1 = Red   2 = Amber   3 = Green   4 = Blue",
    "",
    row("No.", "Action", "By whom", "Due date", "Status", "RAG status", "Progress update"),
    row("1", "Front door", "", "", "", "", "Lead: Carys Lloyd"),
    row("1.1", "Publish a single referral form for all partners", "Front Door Manager", "Mar-I8", "On track", "2",
        "Form drafted with health visitors."),
    row("1.2", "Train school staff to use the referral form", "Carys Lloyd", "01.04.18", "Completed", "4", ""),
    row("2", "Family hubs", "", "", "", "", "Lead: Idris Mahmood"),
    row("2a", "Open the east family hub", "Idris Mahmood", "end of June 2018", "Delayed", "1",
        "Building works overran."),
]

SAMPLES: dict[str, tuple[list[str], str, str]] = {
    "family_support_framework_2016.txt": (FAMILY_SUPPORT, "utf-8", "\n"),
    "short_breaks_diagnostic_2014.txt": (SHORT_BREAKS, "cp1252", "\r\n"),
    "youth_justice_inspection_plan.txt": (YOUTH_JUSTICE, "utf-8-sig", "\n"),
    "indicator_form_2017.txt": (INDICATOR_FORM, "utf-8", "\n"),
    "early_help_plan_2018.txt": (EARLY_HELP, "utf-8", "\n"),
}


def main(folder: Path = HERE) -> list[Path]:
    written = []
    for name, (lines, encoding, newline) in SAMPLES.items():
        path = folder / name
        path.write_bytes((newline.join(lines) + newline).encode(encoding))
        written.append(path)
    return written


if __name__ == "__main__":
    for p in main():
        print(p)
