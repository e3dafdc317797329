"""Write versions of one plan (and one unrelated plan) for the audit: our own sentences.

Run from the repo root: python samples/make_audit_samples.py. It writes samples/audit/:
three quarterly versions of a tracker-style plan whose changes are known exactly
(EXPECTED below: reworded, slipped and brought-forward dates, status and RAG moves,
a new lead, added and removed actions and milestones), and a plan on another subject
for the different-plans warning. tests/test_audit.py calls `write_series` itself.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent / "audit"


@dataclass
class M:
    text: str
    due: str
    status: str


@dataclass
class A:
    ref: str
    text: str
    lead: str
    due: str
    status: str
    rag: str
    progress: str = ""
    milestones: list[M] = field(default_factory=list)


@dataclass
class Area:
    ref: str
    title: str
    lead: str
    actions: list[A]


HEADER = ["No.", "Action", "Milestones", "By whom", "Due date", "Status", "RAG status", "Progress update"]


def render(title: str, dated: str, areas: list[Area]) -> str:
    """The plan as a legacy text conversion: one tab-separated table row per line."""
    lines = [title, f"Updated {dated}", "", "\t".join(HEADER)]
    for area in areas:
        lines.append("\t".join([area.ref, area.title, "", "", "", "", "", f"Lead: {area.lead}"]))
        for a in area.actions:
            ms = " ".join(f"{i}.{m.text}" for i, m in enumerate(a.milestones, 1))
            if a.milestones:
                due = " ".join(f"{i}.{m.due}" for i, m in enumerate(a.milestones, 1))
                status = " ".join(f"{i}.{m.status}" for i, m in enumerate(a.milestones, 1))
            else:
                due, status = a.due, a.status
            lines.append("\t".join([a.ref, a.text, ms, a.lead, due, status, a.rag, a.progress]))
    return "\n".join(lines) + "\n"


def base() -> list[Area]:
    """Version 1 (March 2017)."""
    return [
        Area("1", "Placement sufficiency", "Joanna Pryce", [
            A("1.1", "Open two new in-house residential homes for children with complex needs", "Marek Lis",
              "Sep-17", "On track", "Green", "Planning permission granted for the first home."),
            A("1.2", "Recruit thirty additional foster carers through a targeted campaign", "Fatima Rahman",
              "Dec-17", "", "Amber", "",
              [M("Campaign launched", "Apr-17", "Complete"), M("First assessments finished", "Dec-17",
                                                                 "In progress")]),
            A("1.3", "Publish a placement sufficiency statement approved by the Corporate Parenting Board",
              "Joanna Pryce", "Jun-17", "Complete", "Blue", "Statement published in May."),
        ]),
        Area("2", "Care leavers", "Owen Bright", [
            A("2.1", "Give every care leaver a personal adviser within five working days of their eighteenth "
              "birthday", "Owen Bright", "Jul-17", "In progress", "Amber", "Allocation audit under way."),
            A("2.2", "Agree council tax exemption for care leavers up to the age of twenty five", "Lena Fischer",
              "Oct-17", "Not started", "Red", "Awaiting the finance report."),
            A("2.3", "Set up a drop-in hub for care leavers in the town centre library", "Owen Bright",
              "Nov-17", "In progress", "Green", "Space agreed with libraries."),
        ]),
    ]


def version2(v1: list[Area]) -> list[Area]:
    """June 2017: slipped and brought-forward dates, a reopened action, RAG moves, a new lead,
    a reworded action, a removed and an added action, milestone changes."""
    v = copy.deepcopy(v1)
    a11, a12, a13 = v[0].actions
    a21, a22, a23 = v[1].actions
    a11.due, a11.rag = "Dec-17", "Amber"  # slipped three months, RAG worse
    a12.milestones[0].status = "In progress"  # milestone reopened
    a12.milestones[1].due = "Feb-18"  # milestone slipped
    a12.milestones.append(M("Panel dates booked for new carers", "Jan-18", "Not started"))
    a13.status, a13.rag = "In progress", "Amber"  # complete → reopened
    a21.text = ("Give every care leaver a personal adviser within five working days of their eighteenth "
                "birthday, including those placed out of area")  # reworded
    a21.lead = "Priya Desai"
    a22.rag, a22.due = "Green", "Aug-17"  # RAG better, date brought forward
    v[1].actions.remove(a23)  # removed
    v[1].actions.append(A("2.3", "Offer every care leaver a free bus pass for the first year after leaving care",
                          "Lena Fischer", "Mar-18", "Not started", "Amber", ""))  # added
    return v


def version3(v2: list[Area]) -> list[Area]:
    """September 2017: the first action slips again."""
    v = copy.deepcopy(v2)
    v[0].actions[0].due = "Mar-18"
    v[0].actions[0].status = "Delayed"
    return v


def other_plan() -> list[Area]:
    """A plan on another subject: few actions should pair with the series above."""
    return [Area("1", "School attendance", "Carl Moody", [
        A("1.1", "Send attendance letters in the first week of each half term", "Carl Moody", "Oct-17",
          "On track", "Green"),
        A("1.2", "Train governors to challenge persistent absence figures", "Ines Duarte", "Jan-18", "Not started",
          "Amber"),
        A("1.3", "Track exclusions of pupils with education health and care plans weekly", "Carl Moody", "Nov-17",
          "In progress", "Amber"),
    ])]


TITLE = "Northfold Children's Services Improvement Plan"
# (kind, action text starts with, before, after) expected between version 1 and version 2
EXPECTED_1_2 = [
    ("due_date", "Open two new in-house", "2017-09", "2017-12"),
    ("rag", "Open two new in-house", "green", "amber"),
    ("milestone_status", "Recruit thirty", "complete", "in_progress"),
    ("milestone_due_date", "Recruit thirty", "2017-12", "2018-02"),
    ("milestone_added", "Recruit thirty", None, None),
    ("due_date", "Recruit thirty", "2017-12", "2018-02"),
    ("status", "Publish a placement", "complete", "in_progress"),
    ("rag", "Publish a placement", "blue", "amber"),
    ("reworded", "Give every care leaver", None, None),
    ("lead", "Give every care leaver", "Owen Bright", "Priya Desai"),
    ("rag", "Agree council tax", "red", "green"),
    ("due_date", "Agree council tax", "2017-10", "2017-08"),
    ("removed", "Set up a drop-in hub", None, None),
    ("added", "Offer every care leaver", None, None),
]


def write_series(folder: Path = HERE) -> list[Path]:
    """The three versions and the unrelated plan, as text plans in `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    v1 = base()
    v2 = version2(v1)
    v3 = version3(v2)
    files = {"northfold_plan_2017-03.txt": (TITLE, "March 2017", v1),
             "northfold_plan_2017-06.txt": (TITLE, "June 2017", v2),
             "northfold_plan_2017-09.txt": (TITLE, "September 2017", v3),
             "attendance_plan_2017-09.txt": ("Eastmere School Attendance Action Plan", "September 2017",
                                             other_plan())}
    written = []
    for name, (title, dated, areas) in files.items():
        path = folder / name
        path.write_text(render(title, dated, areas), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for p in write_series():
        print(p)
