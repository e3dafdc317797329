"""Headings of project tools' task tables (MS Project, GanttProject, Smartsheet, Asana / Trello /
Jira exports, Excel's Gantt templates), as data: merged into vocab's heading vocabularies at import
(the end of vocab.py), read by normalise/headers.py like every other heading word.

A task table names its columns by the tool's fields: `ID | Task Name | Duration | Start | Finish |
Predecessors | Resource Names | % Complete`. The finish is when the task is due; the start, the
duration, the links between tasks and the effort name things no contract field holds (kept aside
under their heading); the resources are who does the task; the phase, stage or epic groups tasks."""
from __future__ import annotations

# head word → {field: weight}, folded singular words (vocab.HEADING_WORDS); an entry never overrides
# a word vocab already reads
TASK_HEADING_WORDS: dict[str, dict[str, float]] = {
    # when the task ends: the date it commits to
    "finish": {"due": 0.9},
    # an outline number (work breakdown structure): the task's reference
    "wbs": {"area_ref": 0.95},
    # what groups tasks: a project's phases and stages, a backlog's epics
    # (no surer than a project's: beside a project column, the project groups the phases)
    "phase": {"area": 0.6}, "stage": {"area": 0.6}, "epic": {"area": 0.6},
    # a planner's buckets sort its tasks into groups ('Bucket Name'): the area; when its cells are
    # status words it is a board's stage instead (walker_header_fields reads it so)
    "bucket": {"area": 0.8},
    # who works on it, as team tables write it ('Member', 'Team member')
    "member": {"lead": 0.8},
    # an issue tracker's components (Jira's 'Component/s') sort its issues by the part of the work
    # they belong to: the area
    "component": {"area": 0.8},
}

# set phrases → weight (vocab.HEADING_PHRASES); they outrank the words in them
TASK_HEADING_PHRASES: dict[str, dict[str, float]] = {
    "due": {"finish date": 1.0, "planned finish": 1.0, "baseline finish": 1.0, "scheduled finish": 1.0,
            "planned end": 1.0, "baseline end": 1.0, "end": 0.9},
    # MS Project's 'Resource Names' (the people or teams assigned), not resources as money or kit
    "lead": {"resource name": 0.95, "resource names": 0.95, "assigned resource": 0.95},
    # a board's card is its task ('Card Name', 'Card Title'): what is to be done
    "action": {"card name": 0.95, "card title": 0.95},
    # a board's list (its column of cards) groups them: the area, or the stage the card has reached
    # when the lists are named by status words ('To Do / Doing / Done'), read so by content
    "area": {"list name": 0.6, "bucket name": 0.9},
    # an issue tracker's key for each issue ('Issue key': 'CSIP-101'): the item's reference, no area
    "area_ref": {"issue key": 0.95},
    # what the tool records beside the plan: when it really started or ended, how it is scheduled
    "": {"actual finish": 1.0, "actual end": 1.0, "actual start": 1.0, "baseline start": 1.0, "planned start": 1.0,
         "task mode": 1.0, "start": 1.0, "begin date": 1.0, "depends on": 1.0, "outline level": 1.0,
         "time required": 1.0, "time estimate": 1.0, "estimated time": 1.0, "story point": 1.0,
         "plan start": 1.0, "plan duration": 1.0, "actual duration": 1.0,
         # the task a subtask is a step of (Asana's 'Parent task'): another task's name, not this one's
         "parent task": 1.0},
}

# the priorities task tools offer beside High / Medium / Low (Planner's 'Urgent / Important / Medium /
# Low', Jira's 'Highest … Lowest'), folded: merged into vocab.PRIORITY_LEVELS, so that a column of
# them reads as a priority level, no area or status
TASK_PRIORITY_LEVELS = frozenset({"urgent", "important", "normal", "highest", "lowest"})

# A tool's yes-or-no fields come out of an export as TRUE / FALSE ('Is Recurring', 'Late', 'Archived'):
# the values, folded, and the words of a heading that ties such a flag to the task being done ('Done?',
# 'Completed', 'Complete'); a flag headed otherwise says nothing of how the task stands
FLAG_VALUES = frozenset({"true", "false"})
DONE_FLAG_HEADING_WORDS = frozenset({"done", "complete", "completed", "completion", "finished", "closed"})

# heads that name something no contract field holds (vocab.HEADING_OTHER_HEADS): the schedule's
# arithmetic and links
TASK_OTHER_HEADS = {"duration", "predecessor", "successor", "effort", "dependency", "dependencies", "slack",
                    "float", "lag", "variance", "estimate",
                    # a board's or planner's bookkeeping about each card ('Card URL', 'Vote Count',
                    # 'Attachment Count', 'Labels' as tags, 'Archived'): nothing a plan records
                    "url", "count", "label", "archived", "attachment"}

# the words a heading of a share complete pairs with '%' or 'percent' ('% Complete', 'Completion (%)',
# 'PERCENT COMPLETE', '% done'): the task's status as a share (tasktables.percent_complete_heading)
PERCENT_COMPLETE_WORDS = {"complete", "completed", "completion", "done", "progress", "achieved"}

# the names of bar styles a printed Gantt chart's legend lists (MS Project, GanttProject, Excel
# templates), folded: a row of them alone is the chart's key, no task
GANTT_LEGEND_NAMES = [
    "task", "split", "milestone", "summary", "project summary", "inactive task", "inactive milestone",
    "inactive summary", "manual task", "duration only", "duration-only", "manual summary rollup",
    "manual summary", "start only", "start-only", "finish only", "finish-only", "external tasks",
    "external task", "external milestone", "deadline", "critical", "critical split", "progress",
    "manual progress", "baseline", "slack", "rolled up task", "rolled up milestone", "group by summary",
    "plan", "actual", "actual beyond plan", "complete beyond plan", "today",
]

# A heading that says only that its column groups the rows ('Group', 'Task group'): vocab reads the
# head word 'group' as naming no field (a target group, a cohort: who a row is for); over a task
# list's handful of labels repeated down the rows (normalise/groupcols.grouped_by_labels) it is the
# group each task belongs to, the area
GROUP_HEADINGS = frozenset({"group", "grouping", "task group", "activity group", "work group", "group name"})

# Headings (folded, whole) that say only that their column names each row ('Name', MS Project's field
# for the task's name): beside a schedule's headings, the tasks (normalise/headers.py _schedule_task_names)
TASK_NAME_HEADINGS = frozenset({"name", "names", "title"})

# Headings of the column that says when a task starts (kept aside: no contract field holds it), read
# to find a Gantt table's phase rows (normalise/phaserows.py): folded, whole
TASK_START_HEADINGS = frozenset({"start", "start date", "starts", "begin", "begins", "begin date", "from",
                                 "planned start", "baseline start", "scheduled start", "start on", "date started"})

# words of a due-date heading that name the date as a commitment, not as a date something happened
# ('Target completion', 'Delivery date', 'Deadline', 'Due by' beside 'Purchase date', 'Date raised')
DEADLINE_WORDS = frozenset({
    "target", "completion", "complete", "completed", "deadline", "due", "delivery", "deliver", "delivered",
    "timescale", "timescales", "timeframe", "finish", "end", "expected", "planned", "programmed", "when",
})
