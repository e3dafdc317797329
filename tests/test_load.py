"""load/: CSV safety, SQLite integrity."""
from __future__ import annotations

import csv
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planx.load.safety import inside, neutralise_formula
from planx.load.schema import COLUMN_OF, TABLES, column_fields, columns, row_tuples, rows
from planx.load.sqlite import SqliteSink
from planx.normalise.records import Action, DocResult, Indicator, Leftover, Milestone, Rating


@pytest.mark.parametrize("value, safe", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+cmd", "'+cmd"), ("@SUM(A1)", "'@SUM(A1)"),
    ("-Senior Social Worker", "'-Senior Social Worker"), ("\t=1+1", "'\t=1+1"), ("\r=1", "'\r=1"),
    ("-27%", "-27%"), ("+5", "+5"), ("-", "-"), (" - ", " - "), ("+", "+"), ("--", "'--"),
    ("\t-", "'\t-"), ("plain text", "plain text"), (3, 3),
])
def test_formula_injection_neutralised(value, safe):
    assert neutralise_formula(value) == safe


def test_output_names_cannot_escape_the_folder(tmp_path):
    assert inside(tmp_path, "actions.csv") == (tmp_path / "actions.csv").resolve()
    with pytest.raises(ValueError):
        inside(tmp_path, "../evil.csv")


def filled(cls: type, n: int):
    """A record whose every column field holds its own value (n, or its name)."""
    return cls(**{f.name: n if f.type in (int, "int") else f"{cls.__name__}.{f.name}" for f in column_fields(cls)})


def test_rows_write_every_record_field_to_its_column():
    # rows() spells its dicts out for speed: this is what keeps them in step with the records
    action = filled(Action, 7)
    action.milestones, action.ratings = [filled(Milestone, 8)], [filled(Rating, 9)]
    res = DocResult(doc="p.txt", doc_id="abc", format="txt", actions=[action],
                    indicators=[filled(Indicator, 10)], leftovers=[filled(Leftover, 11)])
    out = rows(res)
    for table, record in [("actions", action), ("milestones", action.milestones[0]),
                          ("ratings", action.ratings[0]), ("indicators", res.indicators[0]),
                          ("leftovers", res.leftovers[0])]:
        assert set(out[table][0]) == set(columns(table))
        for f in column_fields(type(record)):
            assert out[table][0][COLUMN_OF.get(f.name, f.name)] == getattr(record, f.name), (table, f.name)


def records(cls: type) -> st.SearchStrategy:
    """Any record of a class: its int fields 0 (written as NULL) or not, text any."""
    return st.builds(cls, **{f.name: st.integers(0, 3) if f.type in (int, "int") else st.text(max_size=3)
                             for f in column_fields(cls)})


results = st.builds(
    DocResult, doc=st.text(max_size=3), doc_id=st.text(max_size=3), format=st.just("txt"),
    path=st.text(max_size=3), pages=st.integers(0, 2), seconds=st.floats(0, 10),
    text_accounted=st.one_of(st.none(), st.floats(0, 1)), warnings=st.lists(st.text(max_size=3), max_size=2),
    actions=st.lists(st.builds(lambda a, m, r: (setattr(a, "milestones", m), setattr(a, "ratings", r), a)[-1],
                               records(Action), st.lists(records(Milestone), max_size=3),
                               st.lists(records(Rating), max_size=3)), max_size=3),
    indicators=st.lists(records(Indicator), max_size=2), leftovers=st.lists(records(Leftover), max_size=2))


@settings(max_examples=200, deadline=None)
@given(results)
def test_row_tuples_are_rows_in_column_order(res):
    # the SQLite sink inserts row_tuples(): spelt out for speed, it must say what rows() says
    tuples, dicts = row_tuples(res), rows(res)
    for table in TABLES:
        assert tuples[table] == [tuple(d[c] for c in columns(table)) for d in dicts[table]], table


def result(doc_id: str, actions: list[str], path: str = "/x/p.txt") -> DocResult:
    return DocResult(doc="p.txt", doc_id=doc_id, format="txt", path=path,
                     actions=[Action(action=a, due_date="2015-04") for a in actions])


def test_sqlite_rows_are_replaced_not_added_and_keyed(tmp_path):
    sink = SqliteSink(tmp_path / "db.sqlite")
    sink.write(result("a" * 16, ["One", "Two"]))
    sink.write(result("a" * 16, ["One", "Two"]))
    sink.write(result("b" * 16, ["One changed"]))  # a new version of the same file replaces the old
    sink.commit()  # documents are committed in groups: now other readers see them
    con = sqlite3.connect(tmp_path / "db.sqlite")
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (1,)
    assert con.execute("SELECT action FROM actions").fetchall() == [("One changed",)]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    sink.close()


def test_a_crash_loses_only_whole_uncommitted_documents(tmp_path):
    sink = SqliteSink(tmp_path / "db.sqlite")
    sink.write(result("a" * 16, ["First"]))
    sink.commit()
    sink.write(DocResult(doc="q.txt", doc_id="b" * 16, format="txt", path="/x/q.txt",
                         actions=[Action(action="Second")]))
    sink.con.close()  # the process dies before the group of "Second" is committed
    con = sqlite3.connect(tmp_path / "db.sqlite")
    assert con.execute("SELECT doc_id FROM documents").fetchall() == [("a" * 16,)]
    assert con.execute("SELECT action FROM actions").fetchall() == [("First",)]


def test_documents_are_committed_within_commit_every_seconds(tmp_path, monkeypatch):
    monkeypatch.setattr("planx.load.sqlite.COMMIT_EVERY", 0.0)
    sink = SqliteSink(tmp_path / "db.sqlite")
    sink.write(result("a" * 16, ["First"]))
    con = sqlite3.connect(tmp_path / "db.sqlite")
    assert con.execute("SELECT count(*) FROM actions").fetchone() == (1,)
    sink.close()


def fail_inserts_into(sink, failing_table, monkeypatch):
    """The sink's inserts into one table fail as a full disk would."""
    original = sink._insert

    def boom(table, records):
        if table == failing_table:
            raise sqlite3.OperationalError("disk full")
        return original(table, records)
    monkeypatch.setattr(sink, "_insert", boom)


def test_a_failure_while_writing_leaves_no_half_document(tmp_path, monkeypatch):
    sink = SqliteSink(tmp_path / "db.sqlite")
    sink.write(result("a" * 16, ["Kept"]))
    fail_inserts_into(sink, "milestones", monkeypatch)
    with pytest.raises(sqlite3.OperationalError):
        sink.write(result("a" * 16, ["Replaced"]))
    assert sink.con.execute("SELECT action FROM actions").fetchall() == [("Kept",)]


def test_a_failure_late_in_a_big_document_restores_the_version_it_replaced(tmp_path, monkeypatch):
    """Savepoint journals live in memory while writing (temp_store): a document big enough
    for its journal to pass SQLite's 64 KiB spill size still rolls back whole."""
    big = [f"Action {i} " + "x" * 200 for i in range(2000)]
    sink = SqliteSink(tmp_path / "db.sqlite")
    sink.write(result("a" * 16, big))
    sink.commit()
    fail_inserts_into(sink, "leftovers", monkeypatch)
    with pytest.raises(sqlite3.OperationalError):
        sink.write(result("a" * 16, [a.upper() for a in big]))
    monkeypatch.undo()
    sink.write(result("b" * 16, ["Next"], path="/x/q.txt"))  # the batch goes on
    sink.commit()
    con = sqlite3.connect(tmp_path / "db.sqlite")
    assert [a for (a,) in con.execute("SELECT action FROM actions WHERE doc_id = ? ORDER BY seq", ("a" * 16,))] == big
    assert con.execute("SELECT count(*) FROM actions").fetchone() == (2001,)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    sink.close()


def test_readers_see_committed_documents_while_a_batch_writes(tmp_path):
    sink = SqliteSink(tmp_path / "db.sqlite")
    sink.write(result("a" * 16, ["First"]))
    sink.commit()
    sink.write(result("b" * 16, ["Second"], path="/x/q.txt"))  # a group still open
    reader = sqlite3.connect(tmp_path / "db.sqlite", timeout=0)
    assert reader.execute("SELECT action FROM actions").fetchall() == [("First",)]
    assert reader.execute("SELECT count(*) FROM actions_latest_rag").fetchone() == (1,)
    sink.commit()
    assert reader.execute("SELECT action FROM actions ORDER BY action").fetchall() == [("First",), ("Second",)]
    assert list(sink.iter_rows("documents"))  # exporting: temporary files back on disk
    assert sink.con.execute("PRAGMA temp_store").fetchone() == (0,)
    sink.write(result("c" * 16, ["Third"], path="/x/r.txt"))  # and writing again after an export
    sink.close()
    assert reader.execute("SELECT count(*) FROM actions").fetchone() == (3,)


def test_csv_is_utf8_rfc4180(converted):
    out, _ = converted
    raw = (out / "actions.csv").read_bytes()
    raw.decode("utf-8")
    assert b"\r\n" in raw
    with open(out / "actions.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert len({len(r) for r in rows}) == 1


def test_an_older_database_gains_new_columns(tmp_path):
    con = sqlite3.connect(tmp_path / "db.sqlite")
    con.execute("CREATE TABLE documents (doc TEXT, doc_id TEXT PRIMARY KEY)")
    con.commit()
    con.close()
    sink = SqliteSink(tmp_path / "db.sqlite")
    sink.write(result("c" * 16, ["One"]))
    cols = [r[1] for r in sink.con.execute("PRAGMA table_info(documents)")]
    assert "text_accounted" in cols and "status" in cols
