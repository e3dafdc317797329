"""The CSV spool (load.csv.CsvSpool): CSV lines written as documents are stored, kept by the
export when the database holds just those documents. It must give byte for byte the CSV
that reading the database back gives, whatever the order, values or failures."""
from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planx
from planx.load import SqliteSink, export_csv
from planx.load.csv import CsvSpool
from planx.load.schema import TABLES
from planx.normalise.records import Action, DocResult, Indicator, Leftover, Milestone, Rating
from tests.test_load import records

CSVS = [f"{t}.csv" for t in TABLES]


def read_back(db: Path, folder: Path) -> dict[str, bytes]:
    """The CSVs of a database read back from its tables (an existing database: no spool)."""
    folder.mkdir(exist_ok=True)
    sink = SqliteSink(db)
    try:
        assert not sink.holds_only_spooled()
        export_csv(sink, folder)
    finally:
        sink.close()
    return {name: (folder / name).read_bytes() for name in CSVS}


def outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in CSVS}


def spooled_export(folder: Path, results: list[DocResult], fail_at: int = -1) -> bool:
    """Write results through a sink with a spool, export; True if the spool was kept.
    The result at fail_at fails while its leftovers are inserted (rolled back)."""
    sink = SqliteSink(folder / "plans.sqlite")
    sink.spool = spool = CsvSpool(folder)
    insert = sink._insert

    def failing(table: str, records: list[tuple]) -> None:
        if table == "leftovers":
            raise sqlite3.OperationalError("disk full")
        insert(table, records)
    for i, r in enumerate(results):
        if i == fail_at:
            sink._insert = failing  # type: ignore[method-assign]
            with pytest.raises(sqlite3.OperationalError):
                sink.write(r)
            sink._insert = insert  # type: ignore[method-assign]
        else:
            sink.write(r)
    kept = sink.holds_only_spooled() and spool.ok
    export_csv(sink, folder)
    sink.close()
    assert not list(folder.glob("*.tmp*"))
    return kept


text = st.one_of(st.text(max_size=4), st.sampled_from(["a,b", '"q"', "=1", " -x", "\n", "-27%", "é"]))
documents = st.builds(
    DocResult, doc=st.sampled_from(["a.txt", "b.txt", "é.txt", "A.txt", "a.txt\x00"]),
    doc_id=st.text(alphabet="0123456789abcdef", min_size=2, max_size=2), format=st.just("txt"),
    path=st.text(alphabet="xy", max_size=2), title=text,
    actions=st.lists(st.builds(lambda a, m, r: (setattr(a, "milestones", m), setattr(a, "ratings", r), a)[-1],
                               records(Action), st.lists(records(Milestone), max_size=2),
                               st.lists(records(Rating), max_size=2)), max_size=3),
    indicators=st.lists(records(Indicator), max_size=2), leftovers=st.lists(records(Leftover), max_size=2))
odd_values = st.sampled_from([True, "3", "03", 2.0, None, -1, 2 ** 40])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(documents, max_size=6), st.lists(st.tuples(st.integers(0, 5), odd_values), max_size=2),
       st.integers(-1, 6))
def test_a_spooled_export_is_the_export_read_back(docs, odd, fail_at):
    """Any documents, in any order (re-runs of a doc_id or path included), odd values in
    number columns, a document failing half-way: the CSVs are those read back."""
    for i, value in odd:
        if i < len(docs) and docs[i].actions:
            docs[i].actions[0].page = value  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        out.mkdir()
        spooled_export(out, docs, fail_at)
        assert outputs(out) == read_back(out / "plans.sqlite", Path(tmp) / "again")


def test_the_spool_is_kept_for_new_documents_in_any_order(tmp_path):
    docs = [DocResult(doc=f"{n}.txt", doc_id=f"{i:016x}", format="txt", path=f"/x/{i}/{n}.txt",
                      actions=[Action(action=f"Act, {n}", page=2, milestones=[Milestone(milestone="m")])],
                      leftovers=[Leftover(text="=SUM(A1)")], indicators=[Indicator(indicator="i")])
            for i, n in enumerate(["c", "a", "b", "a"])]  # two a.txt: ordered by doc_id
    (tmp_path / "out").mkdir()
    assert spooled_export(tmp_path / "out", docs)
    assert outputs(tmp_path / "out") == read_back(tmp_path / "out" / "plans.sqlite", tmp_path / "again")
    assert (tmp_path / "out" / "actions.csv").read_bytes().decode().split("\r\n")[1].startswith("a.txt,1,")


def test_the_spool_is_dropped_when_another_connection_writes(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    sink = SqliteSink(out / "plans.sqlite")
    sink.spool = CsvSpool(out)
    sink.write(DocResult(doc="b.txt", doc_id="b" * 16, format="txt", actions=[Action(action="B")]))
    sink.commit()
    other = sqlite3.connect(out / "plans.sqlite")
    other.execute("INSERT INTO documents (doc, doc_id) VALUES ('a.txt', 'aaaa')")
    other.execute("INSERT INTO actions (doc, doc_id, seq, action) VALUES ('a.txt', 'aaaa', 1, 'A')")
    other.commit()
    assert not sink.holds_only_spooled()
    export_csv(sink, out)
    sink.close()
    assert (out / "actions.csv").read_text().splitlines()[1:] == ["a.txt,1,,,,,,,A,,,,,,,,,,,,,,aaaa,,,",
                                                                  "b.txt,1,,,,,,,B,,,,,,,,,,,,,,bbbbbbbbbbbbbbbb,,,"]


@pytest.mark.parametrize("limits", [{"timeout": 0, "max_memory": 0}, {}])  # in process; workers
def test_convert_writes_the_csv_it_would_read_back(text_samples, tmp_path, monkeypatch, limits):
    kept: list[bool] = []
    finish = CsvSpool.finish
    monkeypatch.setattr(CsvSpool, "finish", lambda self: (lambda r: (kept.append(bool(r)), r)[1])(finish(self)))
    out = tmp_path / "out"
    planx.convert([text_samples], out=out, jobs=1, **limits)
    assert kept == [True]
    assert outputs(out) == read_back(out / "plans.sqlite", tmp_path / "again")
    planx.convert([text_samples], out=out, jobs=1, force=True, **limits)  # a re-run: read back
    assert kept == [True]
    assert outputs(out) == read_back(out / "plans.sqlite", tmp_path / "again2")


@pytest.mark.parametrize("page", [True, "03", 2.0, 2 ** 40, -1])
def test_a_number_column_holding_another_type_is_read_back(tmp_path, page):
    """SQLite stores True as 1 and may turn "03" or 2.0 into 3 or 2: such a value is not
    written from Python (the spool gives up), a plain int is."""
    docs = [DocResult(doc="a.txt", doc_id="a" * 16, format="txt", actions=[Action(action="A", page=page)])]
    (tmp_path / "out").mkdir()
    assert spooled_export(tmp_path / "out", docs) == (type(page) is int)
    assert outputs(tmp_path / "out") == read_back(tmp_path / "out" / "plans.sqlite", tmp_path / "again")
