"""A project tool's task table whose tasks are named, not instructed, and the same printed abroad.

MS Project heads its task name 'Name' ('Ad' in Turkish) beside 'Duration | Start | Finish |
Predecessors | Resource Names'; its tasks are names ('Release notes', 'Landing page'), not
instructions, so no reading of the cells finds them. Beside a schedule's headings the name column
holds the tasks (headers._schedule_task_names). Headings printed in Turkish are read by their English
(vocab.HEADINGS_ABROAD_PRINTED), also as a PDF whose font has no glyph for some Turkish letters prints
them, without those letters ('Başlat' as 'Balat', 'Kaynak Adları' as 'Kaynak Adlar';
text.winansi_printed)."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import read

import planx
from planx.normalise.bilingual import heading_abroad

ENGLISH = ["ID", "Name", "Duration", "Start", "Finish", "Predecessors", "Resource Names"]
TURKISH = ["Kimlik", "Ad", "Süre", "Başlat", "Bitirme", "Önceki", "Kaynak Adları"]
LOST = ["Kimlik", "Ad", "Süre", "Balat", "Bitirme", "Önceki", "Kaynak Adlar"]
TASKS = [
    ("Release notes", "3 days", "02.03.2021 08:00", "04.03.2021 17:00", "", "Selin Aksoy"),
    ("Landing page", "5 days", "02.03.2021 08:00", "08.03.2021 17:00", "", "Emre Kaya;Deniz Yilmaz"),
    ("Login screen mockup", "2 days", "09.03.2021 08:00", "10.03.2021 17:00", "2", "Selin Aksoy"),
    ("Database schema", "4 days", "09.03.2021 08:00", "12.03.2021 17:00", "2", "Everyone"),
    ("Sprint review", "1 day", "15.03.2021 08:00", "15.03.2021 17:00", "3;4", "Emre Kaya"),
]


def sheet(path: Path, head: list[str]) -> Path:
    lines = [",".join(head)] + [",".join([str(k), *row]) for k, row in enumerate(TASKS, 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("head", [ENGLISH, TURKISH, LOST], ids=["english", "turkish", "lost_letters"])
def test_a_schedules_named_tasks_are_its_actions(tmp_path: Path, head: list[str]):
    out = tmp_path / "out"
    planx.convert([sheet(tmp_path / "schedule.csv", head)], out=out, report=False)
    got = [(a["action"], a["lead"], a["due_date"]) for a in read(out, "actions")]
    assert got == [(name, who, f"2021-03-{finish[:2]}") for name, _, _, finish, _, who in TASKS]


def test_a_name_column_without_a_schedule_beside_it_is_no_task_list(tmp_path: Path):
    # a register of things with who looks after each and when it is next reviewed: no Duration,
    # Finish or Predecessors beside the names, so nothing says they are tasks
    head = ["ID", "Name", "Owner", "Review date"]
    rows = [[str(k), name, who, finish[:10]] for k, (name, _, _, finish, _, who) in enumerate(TASKS, 1)]
    path = tmp_path / "staff.csv"
    path.write_text("\n".join(",".join(r) for r in [head, *rows]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    planx.convert([path], out=out, report=False)
    assert read(out, "actions") == []


@pytest.mark.parametrize("printed, english", [
    ("Başlat", "start"), ("Balat", "start"), ("Kaynak Adları", "resource names"), ("Kaynak Adlar", "resource names"),
    ("Süre", "duration"), ("Bitiş", "finish"), ("Görev Adı", "task name"), ("Sorumlu", "responsible"),
])
def test_turkish_headings_read_as_their_english_whole_or_with_letters_lost(printed: str, english: str):
    assert heading_abroad(printed) == english


def test_only_whole_headings_are_read_abroad():
    assert heading_abroad("Kaynak Adları Listesi") == ""
