"""The command line as a newcomer meets it (issue 17): --version, help with examples and exit
codes, option checks, one clear line for every error, CLI words in warnings, and the API
keywords named as the flags are."""
from __future__ import annotations

import argparse
import inspect
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import planx
from planx.audit.advice import speaking
from planx.audit.series import name_key, plan_series, title_key
from planx.audit.versions import ActionView, Version
from planx.cli import build_parser, main
from samples.make_audit_samples import write_series
from tests.conftest import ROOT


def planx_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "planx", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


def one_clear_line(proc: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in proc.stderr, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    return lines[0]


def test_version():
    proc = planx_cli("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"planx {planx.__version__}"


def test_bare_planx_prints_the_help():
    proc = planx_cli()
    assert proc.returncode == 0
    assert "usage: planx" in proc.stdout and "convert" in proc.stdout and "exit status" in proc.stdout


@pytest.mark.parametrize("command", ["convert", "audit", "tables"])
def test_each_command_explains_itself_with_examples_and_exit_codes(command):
    text = planx_cli(command, "--help").stdout
    assert "examples:" in text and f"planx {command} " in text.split("examples:")[1]
    assert "exit status:" in text and "\n  2    usage error" in text


def test_metavars_and_the_format_help_read_well():
    convert, audit = planx_cli("convert", "--help").stdout, planx_cli("audit", "--help").stdout
    assert "--min-similarity N" in audit and "-o DIR" in convert and "-j N" in convert
    assert "MIN_SIMILARITY" not in audit and "PATHS" not in convert
    assert "parquet (OUT/*.parquet" in " ".join(convert.split())  # what --format does


@pytest.mark.parametrize("args, said", [
    (["convert", "x", "--jobs", "-3"], "must be 0 or more"), (["convert", "x", "--max-memory", "-1"], "0 or more"),
    (["convert", "x", "--jobs", "two"], "not a whole number"), (["audit", "a", "b", "--min-similarity", "150"],
                                                                 "between 0 and 100"),
])
def test_bad_option_values_are_usage_errors(args, said, capsys):
    with pytest.raises(SystemExit) as stop:
        main(args)
    assert stop.value.code == 2 and said in capsys.readouterr().err


def test_missing_inputs_one_line_and_nothing_written(tmp_path):
    proc = planx_cli("convert", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "out"))
    assert proc.returncode == 2 and "nope.txt" in one_clear_line(proc)
    assert not (tmp_path / "out").exists()  # no empty database for a mistyped name
    with pytest.raises(FileNotFoundError):
        planx.convert(tmp_path / "nope.txt", out=tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_output_that_cannot_be_written_is_one_line(tmp_path, text_samples):
    plan = str(sorted(text_samples.glob("*.txt"))[0])
    (tmp_path / "a_file").write_text("x")
    proc = planx_cli("convert", plan, "-o", str(tmp_path / "a_file" / "out"))  # cannot be made
    assert proc.returncode == 2 and "cannot create the output folder" in one_clear_line(proc)
    proc = planx_cli("convert", plan, "-o", str(tmp_path / "a_file"))  # a file, not a folder
    assert proc.returncode == 2 and "is a file" in one_clear_line(proc)
    (tmp_path / "odd" / "plans.sqlite").mkdir(parents=True)  # the database cannot be opened
    proc = planx_cli("convert", plan, "-o", str(tmp_path / "odd"))
    assert proc.returncode == 2 and "plans.sqlite" in one_clear_line(proc)


def test_quiet_still_names_failed_files_and_verbose_names_every_file(tmp_path, text_samples):
    folder = tmp_path / "in"
    folder.mkdir()
    good = sorted(text_samples.glob("*.txt"))[0]
    shutil.copy(good, folder / good.name)
    (folder / "empty.txt").write_bytes(b"")
    quiet = planx_cli("convert", str(folder), "-o", str(tmp_path / "q"), "-q")
    assert "empty.txt: empty file" in quiet.stderr and good.name not in quiet.stderr
    assert "1 failed" in quiet.stdout
    loud = planx_cli("convert", str(folder), "-o", str(tmp_path / "v"), "-v", "--force")
    assert "empty.txt" in loud.stderr and f"ok  {good.name}" in loud.stderr


def test_tables_on_a_file_that_is_not_a_pdf(tmp_path, text_samples):
    plan = sorted(text_samples.glob("*.txt"))[0]
    proc = planx_cli("tables", str(plan), "-o", str(tmp_path))
    assert proc.returncode == 1 and "not a PDF" in proc.stderr and "Traceback" not in proc.stderr


def _flags(parser: argparse.ArgumentParser, command: str) -> dict[str, str]:
    """A command's options: their long flag → the keyword the API should take."""
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[command]
    out = {}
    for action in sub._actions:
        longs = [o for o in action.option_strings if o.startswith("--")]
        if not longs or action.dest in ("help", "verbose", "quiet", "progress", "out"):
            continue
        flag = longs[0]
        keyword = flag[5:] if flag.startswith("--no-") else flag[2:]  # --no-csv → csv=False
        out[flag] = keyword.replace("-", "_")
    return out


@pytest.mark.parametrize("command, function", [("convert", planx.convert), ("audit", planx.audit)])
def test_api_keywords_are_the_cli_flags(command, function):
    from planx.audit.api import audit
    params = inspect.signature(audit if command == "audit" else function).parameters
    for flag, keyword in _flags(build_parser(), command).items():
        assert keyword in params, (flag, keyword)


def test_convert_file_takes_a_str_and_never_raises(tmp_path):
    assert planx.convert_file(str(tmp_path / "x.txt")).status == "failed"
    assert planx.convert_file(str(tmp_path)).status == "failed"  # a folder
    (tmp_path / "bin.txt").write_bytes(bytes(range(256)) * 40)
    assert planx.convert_file(str(tmp_path / "bin.txt")).status == "failed"


# ---- audit -------------------------------------------------------------------------------

def test_warnings_speak_cli_on_the_cli_and_python_in_python(tmp_path):
    series = write_series(tmp_path / "in")
    proc = planx_cli("audit", str(series[2]), str(series[3]), "-o", str(tmp_path / "cli"))
    assert "use --force" in proc.stderr and "force=True" not in proc.stderr
    res = planx.audit(series[2], series[3], out=None)
    assert "use force=True" in res.warnings[0] and "--force" not in res.warnings[0]
    with speaking("cli"):
        assert "--order date" in planx.audit(series[1], series[0], out=None).warnings[0]


def test_audit_into_a_conversion_folder_keeps_its_report(tmp_path):
    series = write_series(tmp_path / "in")
    planx.convert(series, out=tmp_path / "out")
    report = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    proc = planx_cli("audit", str(series[0]), str(series[1]), "-o", str(tmp_path / "out"))
    assert proc.returncode == 0 and "audit.html" in proc.stdout
    assert (tmp_path / "out" / "report.html").read_text(encoding="utf-8") == report
    assert (tmp_path / "out" / "audit.html").is_file()


@pytest.mark.parametrize("doc, key", [
    ("northfold_plan_2017-03.txt", "northfold plan"), ("Improvement plan March 2015.docx", "improvement plan"),
    ("plan_v2_final.pdf", "plan"), ("plan10.txt", "plan10"), ("priority3_tracker_2018.txt", "priority3 tracker"),
    ("Q3 2016-17 update - action plan.docx", "action plan"),
])
def test_name_keys_set_dates_and_version_marks_aside(doc, key):
    assert name_key(doc) == key


def test_title_keys_need_a_specific_title():
    assert title_key("Dunstow Ofsted Improvement Plan 2016-17") == "dunstow ofsted improvement plan"
    assert title_key("Action Plan (June 2016)") == ""  # shared by unrelated plans: no evidence


def _version(doc: str, title: str, date: str, actions: list[str]) -> Version:
    return Version(doc, date, title, actions=[ActionView(action=a, seq=i) for i, a in enumerate(actions, 1)])


def test_archive_series_by_name_and_title_then_by_what_they_hold():
    same = ["Recruit thirty foster carers", "Open two residential homes", "Audit every care plan"]
    other = ["Reduce school exclusions", "Train every designated teacher", "Publish the virtual school report"]
    versions = [
        _version("fostering_2016-09.docx", "Fostering Service Action Plan", "2016-09", same),
        _version("fostering_2016-06.docx", "Fostering Service Action Plan", "2016-06", same[:2]),
        _version("update_dec.docx", "Fostering Service Action Plan (December)", "2016-12", same),  # by title
        _version("plan_b.docx", "Fostering Service Action Plan", "2016-10", other),  # same title, other plan
        _version("schools_2016.docx", "Virtual School Plan", "2016", other),
    ]
    series = {tuple(v.doc for v in s) for s in plan_series(versions)}
    assert series == {("fostering_2016-06.docx", "fostering_2016-09.docx", "update_dec.docx"),
                      ("plan_b.docx",), ("schools_2016.docx",)}


def test_audit_of_an_archive_audits_each_series(tmp_path):
    series = write_series(tmp_path / "in")  # three versions of one plan and an unrelated plan
    res = planx.audit(tmp_path / "in", out=tmp_path / "out")
    assert [[v.doc for v in s] for s in res.series] == [[p.name for p in series[:3]]]
    assert [v.doc for v in res.single] == [series[3].name]
    assert not res.warnings  # no "two different plans" wall
    proc = planx_cli("audit", str(tmp_path / "in"), "-o", str(tmp_path / "cli"))
    assert proc.returncode == 0 and "1 plan(s) with one version" in proc.stdout and "warning" not in proc.stderr
