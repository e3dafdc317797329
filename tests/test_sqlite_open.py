"""Opening the database while another run sets it up (load/sqlite.py): SQLite answers 'database is
locked' at once, without its busy wait, while another connection switches a new file to WAL. The sink
tries again a few times; any other error, or a lock that lasts, is a clear OutputError."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planx.load import sqlite as sink_module
from planx.load.safety import OutputError
from planx.load.sqlite import SqliteSink


def _flaky_open(fails: int, message: str = "database is locked"):
    real = SqliteSink._open
    calls = {"n": 0}

    def opener(self: SqliteSink) -> None:
        calls["n"] += 1
        if calls["n"] <= fails:
            self.con = sqlite3.connect(":memory:")
            raise sqlite3.OperationalError(message)
        real(self)
    return opener, calls


def test_a_database_locked_while_another_run_sets_it_up_is_opened_on_a_later_try(tmp_path: Path, monkeypatch):
    opener, calls = _flaky_open(2)
    monkeypatch.setattr(SqliteSink, "_open", opener)
    monkeypatch.setattr(sink_module, "OPEN_PAUSE", 0.0)
    sink = SqliteSink(tmp_path / "plans.sqlite")
    assert calls["n"] == 3
    assert sink.con.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    sink.con.close()


def test_a_lock_that_lasts_is_a_clear_error(tmp_path: Path, monkeypatch):
    opener, _ = _flaky_open(100)
    monkeypatch.setattr(SqliteSink, "_open", opener)
    monkeypatch.setattr(sink_module, "OPEN_PAUSE", 0.0)
    with pytest.raises(OutputError, match="database is locked"):
        SqliteSink(tmp_path / "plans.sqlite")


def test_another_operational_error_is_not_tried_again(tmp_path: Path, monkeypatch):
    opener, calls = _flaky_open(1, "disk I/O error")
    monkeypatch.setattr(SqliteSink, "_open", opener)
    with pytest.raises(OutputError, match="disk I/O error"):
        SqliteSink(tmp_path / "plans.sqlite")
    assert calls["n"] == 1
