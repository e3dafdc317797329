"""Both HTML reports as a reader sees them (issue 17): the right figures, nothing cut off in
headless Chromium, the audit's word-level diff and its layout for one version pair."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import planx
from planx.audit.report import word_diff
from planx.load.report import doubts, render
from samples.make_audit_samples import write_series
from tests.browser import CHROMIUM, cut_off, screenshot

needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (make system-deps)")

LONG_AREA = ("Placement sufficiency and the commissioning of residential, fostering and supported "
             "accommodation for children with complex needs across the whole county")


@pytest.fixture(scope="module")
def converted(text_samples: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A batch with what makes a report hard to lay out: a failed file whose name is one long word,
    a partial file with warnings, long paths."""
    folder = tmp_path_factory.mktemp("in") / ("deeply_nested_archive_folder_" * 3).rstrip("_")
    folder.mkdir()
    for f in text_samples.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    (folder / ("Improvement_Action_Plan_Quarterly_Monitoring_Update_" * 3 + ".txt")).write_bytes(b"")
    (folder / "cp1252_plan.txt").write_bytes((sorted(text_samples.glob("*.txt"))[0].read_text(encoding="utf-8")
                                              + "\nNotes: Se\u00e1n N\u00fa\u00f1ez\n").encode("cp1252", "replace"))
    out = tmp_path_factory.mktemp("out")
    planx.convert(folder, out=out, jobs=1)
    return out


@pytest.fixture(scope="module")
def audited(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One version pair: its area's name is long, neither version prints its date."""
    folder = tmp_path_factory.mktemp("versions")
    old, new = write_series(folder)[:2]
    for f in (old, new):
        lines = f.read_text(encoding="utf-8").replace("Placement sufficiency", LONG_AREA).splitlines()
        f.write_text("\n".join(line for line in lines if not line.startswith("Updated")), encoding="utf-8")
    out = tmp_path_factory.mktemp("audit")
    planx.audit(old, new, out=out)
    return out


# ---- the conversion's report.html -------------------------------------------------------

def test_text_accounted_is_shown_as_the_percentage_it_is(converted):
    page = (converted / "report.html").read_text(encoding="utf-8")
    shown = [int(p) for p in re.findall(r'<td class="n">(\d+)%</td>', page)]
    assert shown and all(0 <= p <= 100 for p in shown) and 100 in shown


def test_worst_first_counts_an_unknown_share_as_all_of_the_text():
    docs = [{"doc": d, "status": "ok", "actions": 3, "indicators": 0, "text_accounted": t, "error": "",
             "warnings": "", "format": "txt", "pages": 1, "milestones": 0, "seconds": 0.1, "path": d}
            for d, t in (("a.txt", None), ("b.txt", 97.5))]
    rows = render(docs).split("<tbody>")[1]
    assert rows.index("b.txt") < rows.index("a.txt")  # 97.5 % accounted is worse than "all of it"


def test_doubts_say_the_error_then_the_warnings_it_does_not():
    assert doubts({"error": "2 rows merged", "warnings": "2 rows merged; a date guessed"}) == \
        "2 rows merged; a date guessed"
    assert doubts({"error": None, "warnings": ""}) == ""
    # a database written before documents.notes: every warning is shown with the doubts
    assert doubts({"error": "", "warnings": "read as cp1252 (not UTF-8)"}) == "read as cp1252 (not UTF-8)"


@needs_chromium
def test_conversion_report_cuts_nothing_off_in_chromium(converted):
    page = converted / "report.html"
    for width in (1280, 1024, 800):
        assert cut_off(page, width) == [], width
    assert screenshot(page, "conversion_report.png").stat().st_size > 10_000


# ---- the audit's audit.html --------------------------------------------------------------

def changes_head(page: str) -> str:
    return page.split('<table id="changes">', 1)[1].split("</thead>", 1)[0]


def test_word_diff_marks_only_the_changed_words():
    old, new = word_diff("Give every care leaver an adviser by their birthday",
                         "Give every care leaver a personal adviser by their eighteenth birthday")
    assert re.findall(r"<del>(.*?)</del>", old) == ["an"]
    assert re.findall(r"<ins>(.*?)</ins>", new) == ["a personal", "eighteenth"]
    assert re.sub(r"</?(del|ins)>", "", new) == "Give every care leaver a personal adviser by their eighteenth birthday"
    assert word_diff("a < b", "a > b") == ("a <del>&lt;</del> b", "a <ins>&gt;</ins> b")  # escaped


def test_audit_report_has_its_own_name_and_the_diff(audited):
    assert not (audited / "report.html").exists()  # a conversion's report in the same folder is left alone
    page = (audited / "audit.html").read_text(encoding="utf-8")
    assert "<del>" in page and "<ins>" in page
    assert "()" not in page.split("<script")[0]  # no plan date printed: no empty brackets
    assert "<th>versions</th>" not in changes_head(page)  # one pair: named once above, not on every row
    assert LONG_AREA in page  # the slippage label whole, not cut short


def test_the_versions_column_is_back_for_several_pairs(tmp_path):
    series = write_series(tmp_path / "in")[:3]
    planx.audit(*series, out=tmp_path / "out")
    assert "<th>versions</th>" in changes_head((tmp_path / "out" / "audit.html").read_text(encoding="utf-8"))


@needs_chromium
def test_audit_report_cuts_nothing_off_in_chromium(audited):
    page = audited / "audit.html"
    for width in (1280, 1024, 800):
        assert cut_off(page, width) == [], width
    assert screenshot(page, "audit_report.png").stat().st_size > 10_000


@needs_chromium
def test_the_check_finds_what_is_cut_off(tmp_path):
    """The check itself: a cell too narrow for its word, and a page wider than the window."""
    page = tmp_path / "cut.html"
    page.write_text('<!DOCTYPE html><html><body><table><tr><td style="max-width:3em;overflow:hidden">'
                    "Supercalifragilisticexpialidocious</td></tr></table>"
                    '<div style="width:3000px">wide</div></body></html>', encoding="utf-8")
    boxes = {c["box"] for c in cut_off(page)}
    assert "td" in boxes and "page" in boxes
