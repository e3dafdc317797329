"""BI views, datapackage.json and Datasette metadata: on hand-made results and on ../shared/corpus."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from conftest import SHARED

import planx
from planx.load.csv import export_csv
from planx.load.datapackage import write_descriptors
from planx.load.sqlite import SqliteSink
from planx.load.views import VIEW_NAMES
from planx.normalise.records import Action, DocResult, Milestone, Rating
from planx.normalise.text import fold

CORPUS = SHARED / "corpus"
needs_corpus = pytest.mark.skipif(not (CORPUS / "manifest.json").is_file(), reason="../shared/corpus is absent")
CLOSED = {"complete", "cancelled"}


def _doc(doc_id: str, plan_date: str, actions: list[Action]) -> DocResult:
    return DocResult(doc=f"{doc_id}.txt", doc_id=doc_id, format="txt", path=f"/x/{doc_id}.txt",
                     plan_date=plan_date, actions=actions)


@pytest.fixture
def db(tmp_path: Path) -> sqlite3.Connection:
    sink = SqliteSink(tmp_path / "plans.sqlite")
    sink.write(_doc("p1", "2015-06", [
        Action(area_ref="1", action="Due last year", due_date="2014", status="in_progress", rag="amber",
               ratings=[Rating(label="RAG 03/15", as_of="2015-03", rag="red"),
                        Rating(label="RAG 05/15", as_of="2015-05", rag="green"),
                        Rating(label="RAG 07/15", as_of="2015-07", rag="")]),
        Action(area_ref="1", action="Due this month", due_date="2015-06", rag="red"),
        Action(area_ref="2", action="Due last month, done", due_date="2015-05", status="complete"),
        Action(area_ref="2", action="Due last month, open", due_date="2015-05-31",
               milestones=[Milestone("a", due_date="2015-04-02", status="complete"),
                           Milestone("b", due_date="2015-04"), Milestone("c", due_date="2015")]),
        Action(area_ref="2", action="Undated", due_raw="Ongoing"),
    ]))
    sink.write(_doc("p2", "", [Action(action="No plan date", due_date="2001-01-01")]))
    sink.close()
    return sqlite3.connect(tmp_path / "plans.sqlite")


def test_latest_rag_is_the_newest_dated_reading_else_the_actions(db):
    got = dict(db.execute("SELECT action, ifnull(latest_rag, '') || '/' || ifnull(rag_source, '') "
                          "FROM actions_latest_rag"))
    assert got["Due last year"] == "green/ratings"  # the empty July reading is no reading
    assert got["Due this month"] == "red/action"
    assert got["Undated"] == "/"


def test_overdue_counts_the_due_period_to_its_end_and_skips_closed_actions(db):
    got = dict(db.execute("SELECT action, days_overdue FROM overdue_actions"))
    # 2014 ended before June 2015; May 2015 too; "2015-06" is not over when the plan is dated June 2015
    assert got == {"Due last year": 152, "Due last month, open": 1}


def test_slippage_by_area_counts_overdue_and_audited_slips(db):
    rows = db.execute("SELECT area_ref, actions, open_actions, overdue, slipped FROM slippage_by_area "
                      "WHERE doc_id = 'p1' ORDER BY area_ref").fetchall()
    assert rows == [("1", 2, 2, 1, 0), ("2", 3, 2, 1, 0)]


def test_slippage_reads_the_audit_changes_once_they_exist(tmp_path):
    from planx.audit.store import save
    sink = SqliteSink(tmp_path / "plans.sqlite")
    sink.write(_doc("p1", "2015-06", [Action(area_ref="1", action="A", due_date="2015-09")]))
    sink.close()
    change = {"old_doc": "p0.txt", "new_doc": "p1.txt", "kind": "due_date", "old_seq": 1, "new_seq": 1,
              "before": "2015-03", "after": "2015-09", "days": 184}
    save(tmp_path / "plans.sqlite", [("p0.txt", "p1.txt")], ["p1.txt"], "s", {"changes": [change]})
    con = sqlite3.connect(tmp_path / "plans.sqlite")
    assert con.execute("SELECT slipped, days_slipped FROM slippage_by_area").fetchall() == [(1, 184)]


def test_milestones_by_month_leaves_out_year_only_dates(db):
    assert db.execute("SELECT month, milestones, complete, open FROM milestones_by_month").fetchall() == \
        [("2015-04", 2, 1, 1)]


def test_descriptors_list_tables_keys_and_views(db, tmp_path):
    sink = SqliteSink(tmp_path / "plans.sqlite")
    export_csv(sink, tmp_path)
    sink.close()
    write_descriptors(tmp_path)
    pkg = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    res = {r["name"]: r for r in pkg["resources"]}
    assert res["actions"]["schema"]["primaryKey"] == ["doc_id", "seq"]
    assert res["milestones"]["schema"]["foreignKeys"][0]["reference"] == {"resource": "actions",
                                                                          "fields": ["doc_id", "seq"]}
    types = {f["name"]: f["type"] for f in res["actions"]["schema"]["fields"]}
    assert types["seq"] == "integer" and types["action"] == "string"
    meta = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))
    tables = meta["databases"]["plans"]["tables"]
    assert set(VIEW_NAMES) <= set(tables) and tables["overdue_actions"]["columns"]["days_overdue"]
    assert write_descriptors(tmp_path)[0].name == "datapackage.json"


# ---- against the truth of ../shared/corpus -------------------------------------------------------

@pytest.fixture(scope="session")
def corpus_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus-out")
    planx.convert(CORPUS, out=out, jobs=2)
    return out


def _truths() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.truth.json"))]


def _due_end(d: str) -> str:
    if len(d) == 4:
        return d + "-12-31"
    if len(d) == 7:
        return d + "-32"  # after every day of the month, for string comparison only
    return d


def _plan_start(d: str) -> str:
    return {4: d + "-01-01", 7: d + "-01"}.get(len(d), d)


def _ok_docs(con: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    return {doc: (doc_id, pd or "") for doc, doc_id, pd in
            con.execute("SELECT doc, doc_id, plan_date FROM documents WHERE status != 'failed'")}


@needs_corpus
def test_overdue_actions_match_the_truth(corpus_out):
    con = sqlite3.connect(corpus_out / "plans.sqlite")
    docs, checked = _ok_docs(con), 0
    for truth in _truths():
        if truth["doc"] not in docs or not docs[truth["doc"]][1]:
            continue
        doc_id, plan_date = docs[truth["doc"]]
        has_status = any("status" in a for a in truth["actions"])
        expected, judged = set(), set()
        for a in truth["actions"]:
            if has_status and "status" not in a:
                continue  # status not scored for this action: leave it out of the comparison
            judged.add(fold(a["action"]))
            if a.get("due_date") and _due_end(a["due_date"]) < _plan_start(plan_date) \
                    and (a.get("status") or "") not in CLOSED:
                expected.add(fold(a["action"]))
        got = {fold(t) for (t,) in con.execute("SELECT action FROM overdue_actions WHERE doc_id = ?", (doc_id,))}
        assert got & judged == expected, truth["doc"]
        checked += 1
    assert checked >= 3


@needs_corpus
def test_latest_rag_matches_the_truth(corpus_out):
    con = sqlite3.connect(corpus_out / "plans.sqlite")
    docs, checked = _ok_docs(con), 0
    for truth in _truths():
        if truth["doc"] not in docs:
            continue
        got = {fold(t): r for t, r in con.execute("SELECT action, latest_rag FROM actions_latest_rag "
                                                  "WHERE doc_id = ?", (docs[truth["doc"]][0],))}
        for a in truth["actions"]:
            readings = [r for r in a.get("ratings", []) if r.get("rag")]
            want = max(readings, key=lambda r: r.get("as_of") or "")["rag"] if readings else a.get("rag", "?")
            if want != "?" and fold(a["action"]) in got:
                assert (got[fold(a["action"])] or None) == want, (truth["doc"], a["action"])
                checked += 1
    assert checked >= 20


@needs_corpus
def test_slippage_by_area_matches_the_audited_pairs(corpus_out):
    from planx.audit import audit
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    con = sqlite3.connect(corpus_out / "plans.sqlite")
    docs = _ok_docs(con)
    for pair in manifest["pairs"]:
        if pair["old_doc"] not in docs or pair["new_doc"] not in docs:
            continue
        audit(CORPUS / pair["old_doc"], CORPUS / pair["new_doc"], out=corpus_out, report=False)
        truth = json.loads((CORPUS / f"{pair['name']}.changes.json").read_text(encoding="utf-8"))
        slips = sum(1 for c in truth if c["kind"] == "due_date" and c["before"] and c["after"]
                    and c["after"] > c["before"])
        got = con.execute("SELECT sum(slipped) FROM slippage_by_area WHERE doc = ?", (pair["new_doc"],)).fetchone()
        assert got == (slips,), pair["name"]


@needs_corpus
def test_frictionless_validates_the_corpus_output(corpus_out):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(corpus_out / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
