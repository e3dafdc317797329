"""Numbered action headings with labelled lines under them (normalise/minutes.ProseReader's
blocks): the grouping a labelled line names, and milestones listed under a 'Milestones:' label."""
from planx.normalise.minutes import _part_row, numbered_block_heading

PLAN = """Children's services improvement plan 2025-26

Action 1.1
Priority: 1 – Leadership and governance
Action: Launch a single front door for early help referrals
Lead officer: Head of Early Help
Target date: March 2026
Status: In progress
Milestones:
1. Service launched (November 2025) – Completed
2. Review of impact completed (15/10/2026) – Delayed
3. Consultation with families completed (August 2026) – Not started

Action 1.2
Priority: B. Quality of practice
Action: Refresh the supervision policy and audit tool
Lead officer: Principal Social Worker
Target date: 31 August 2026
Status: Not started
Milestones:
- Draft policy agreed (May 2026) – Not started
- Audit tool piloted (July 2026)
"""


def test_a_bare_numbered_heading_keeps_its_whole_number():
    assert numbered_block_heading("Action 1.1") == ("1.1", "")
    assert numbered_block_heading("Action 2: Improve the plans") == ("2", "Improve the plans")
    assert numbered_block_heading("Action 3. Build a catalogue") == ("3", "Build a catalogue")


def test_a_listed_milestone_gives_its_text_date_and_status():
    assert _part_row("1. Pilot sites identified (May 2026) – Not yet started") == {
        "milestones": "Pilot sites identified", "due": "May 2026", "status": "Not yet started"}
    assert _part_row("- Audit tool piloted (July 2026)") == {"milestones": "Audit tool piloted", "due": "July 2026"}
    # brackets that hold no date stay in the text
    assert _part_row("2. Parent carer forum consulted (PCF)") == {"milestones": "Parent carer forum consulted (PCF)"}


def test_action_blocks_with_their_grouping_and_milestones_end_to_end(tmp_path):
    import csv
    import subprocess
    import sys
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "planx", "convert", str(plan), "-o", str(out), "-q", "--no-progress"],
                   check=False, capture_output=True)
    actions = list(csv.DictReader(open(out / "actions.csv", encoding="utf-8")))
    assert [(a["area_ref"], a["area"], a["action"], a["lead"], a["status"]) for a in actions] == [
        ("1", "Leadership and governance", "Launch a single front door for early help referrals",
         "Head of Early Help", "in_progress"),
        ("B", "Quality of practice", "Refresh the supervision policy and audit tool", "Principal Social Worker",
         "not_started")]
    milestones = list(csv.DictReader(open(out / "milestones.csv", encoding="utf-8")))
    assert [(m["action_seq"], m["milestone"], m["due_date"], m["status"]) for m in milestones] == [
        ("1", "Service launched", "2025-11", "complete"),
        ("1", "Review of impact completed", "2026-10-15", "delayed"),
        ("1", "Consultation with families completed", "2026-08", "not_started"),
        ("2", "Draft policy agreed", "2026-05", "not_started"),
        ("2", "Audit tool piloted", "2026-07", "")]
