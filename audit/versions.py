"""One version of a plan as the audit sees it, read from a plan file or from converted output.

The audit only needs the contract fields (CONTRACT.md), so every input — a plan file
converted on the fly, a plans.sqlite, or a folder of contract CSVs — becomes the same
small `Version` record.
"""
from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from planx.load.schema import COLUMN_OF, column_fields
from planx.normalise.records import Action, DocResult, Milestone

DB_SUFFIXES = (".sqlite", ".db", ".sqlite3")
DOC_SEP = "#"  # "out/plans.sqlite#plan.txt" names one document of a converted output


class AuditError(Exception):
    """An input the audit cannot use; the message is shown to the user as is."""


@dataclass(kw_only=True)
class MilestoneView(Milestone):
    """A contract milestone (normalise.records) with its place in its action (milestones.seq)."""
    seq: int = 0


@dataclass(kw_only=True)
class ActionView(Action):
    """A contract action (normalise.records) with its place in the plan (actions.seq).

    The fields are the record's own, so a version read from a plan file, a plans.sqlite or
    a folder of CSVs carries the same values; ratings are not read (the audit compares RAG).
    """
    seq: int = 0
    # the record's list, of milestones that know their seq (list is invariant: mypy asks for the ignore)
    milestones: list[MilestoneView] = field(default_factory=list)  # type: ignore[assignment]


@dataclass
class Version:
    doc: str
    plan_date: str = ""
    title: str = ""
    path: str = ""
    actions: list[ActionView] = field(default_factory=list)
    # the conversion, when the version was a plan file: written beside the audit so that
    # changes.old_seq/new_seq join actions.seq in the same output
    result: DocResult | None = field(default=None, repr=False, compare=False)


View = TypeVar("View", ActionView, MilestoneView)


def _text(v: Any) -> str:
    return "" if v is None else str(v)


def _int(v: Any) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return 0


def _view(cls: type[View], value: Callable[[str], Any], **given: Any) -> View:
    """A view whose single-valued fields are value(field name), as whole numbers for the int
    fields and text for the others (None and blanks read as 0 and ""); list fields start empty."""
    read: dict[str, Any] = {f.name: (_int if f.type in (int, "int") else _text)(value(f.name))
                            for f in column_fields(cls) if f.name not in given}
    return cls(**read, **given)


def from_result(result: DocResult) -> Version:
    """A converted document as an audit version; a failed conversion is an AuditError."""
    if result.status == "failed":
        raise AuditError(f"{result.doc}: cannot be read: {result.error}")
    actions = []
    for seq, a in enumerate(result.actions, 1):
        ms = [_view(MilestoneView, partial(getattr, m), seq=i) for i, m in enumerate(a.milestones, 1)]
        actions.append(_view(ActionView, partial(getattr, a), seq=seq, milestones=ms))
    return Version(result.doc, result.plan_date, result.title, result.path, actions, result)


def _column(row: dict[str, Any]) -> Callable[[str], Any]:
    """A field's value in a contract table row (load/schema.py names its column)."""
    return lambda name: row.get(COLUMN_OF.get(name, name))


def _build(docs: list[dict[str, Any]], actions: Iterable[dict[str, Any]],
           milestones: Iterable[dict[str, Any]]) -> list[Version]:
    """Versions from contract rows (documents, actions, milestones tables), in `docs` order."""
    versions = {d["doc"]: Version(d["doc"], _text(d.get("plan_date")), _text(d.get("title")),
                                  _text(d.get("path"))) for d in docs}
    by_key: dict[tuple[str, int], ActionView] = {}
    for r in actions:
        v = versions.get(_text(r.get("doc")))
        if v is None:
            continue
        a = _view(ActionView, _column(r))
        v.actions.append(a)
        by_key[(v.doc, a.seq)] = a
    for m in milestones:
        owner = by_key.get((_text(m.get("doc")), _int(m.get("action_seq"))))
        if owner is not None:
            owner.milestones.append(_view(MilestoneView, _column(m)))
    for v in versions.values():
        v.actions.sort(key=lambda a: a.seq)
        for a in v.actions:
            a.milestones.sort(key=lambda m: m.seq)
    return list(versions.values())


def _pick(docs: list[dict[str, Any]], doc: str | None, where: Path) -> list[dict[str, Any]]:
    """The documents of a converted output to audit: the one named, or all usable ones."""
    # a duplicate row is a copy of another file: its actions are that file's (not a version of its own)
    usable = [d for d in docs if _text(d.get("status")) not in ("failed", "duplicate")]
    if doc is None:
        if not usable:
            raise AuditError(f"{where}: holds no converted document")
        return usable
    named = [d for d in docs if d.get("doc") == doc]
    named.sort(key=lambda d: _text(d.get("status")) == "duplicate")  # the converted row first
    if named and _text(named[0].get("status")) == "duplicate":  # only a copy has that name: read its original
        named = [d for d in usable if d.get("doc_id") == named[0].get("duplicate_of")] or named
    if not named:
        raise AuditError(f"{where}: holds no document named {doc!r} (it has: "
                         + ", ".join(sorted(_text(d.get('doc')) for d in docs)) + ")")
    if _text(named[0].get("status")) == "failed":
        raise AuditError(f"{doc}: could not be read when converted: {_text(named[0].get('error'))}")
    return named[:1]


def from_sqlite(path: Path, doc: str | None = None) -> list[Version]:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        con.row_factory = sqlite3.Row
        try:
            docs = [dict(r) for r in con.execute("SELECT * FROM documents ORDER BY plan_date, doc")]
            chosen = _pick(docs, doc, path)
            names = [d["doc"] for d in chosen]
            marks = ",".join("?" * len(names))
            acts = [dict(r) for r in con.execute(f"SELECT * FROM actions WHERE doc IN ({marks})", names)]
            ms = [dict(r) for r in con.execute(f"SELECT * FROM milestones WHERE doc IN ({marks})", names)]
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise AuditError(f"{path}: not a planx SQLite output ({e})") from e
    return _build(chosen, acts, ms)


def _read_csv(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def from_csv_folder(folder: Path, doc: str | None = None) -> list[Version]:
    if not (folder / "actions.csv").exists():
        raise AuditError(f"{folder}: not a planx output folder (no actions.csv)")
    docs = _read_csv(folder / "documents.csv")
    actions = _read_csv(folder / "actions.csv")
    if not docs:  # a bare actions.csv: the documents are the docs it names, in order
        docs = [{"doc": d} for d in dict.fromkeys(r["doc"] for r in actions)]
    docs.sort(key=lambda d: (_text(d.get("plan_date")), _text(d.get("doc"))))
    chosen = _pick(docs, doc, folder)
    return _build(chosen, actions, _read_csv(folder / "milestones.csv"))


def split_spec(spec: str | Path | tuple[str | Path, str]) -> tuple[Path, str | None]:
    """'out/plans.sqlite#plan.txt' → (path, 'plan.txt'); a plain path → (path, None)."""
    if isinstance(spec, tuple):
        return Path(spec[0]), spec[1]
    text = str(spec)
    if not Path(text).exists() and DOC_SEP in text:
        path, _, doc = text.rpartition(DOC_SEP)
        return Path(path), doc
    return Path(text), None


def plan_folder(folder: Path) -> list[Version]:
    """A folder of plan files (the versions of one plan): each converted, oldest plan date first."""
    from planx.pipeline import convert_file, iter_files
    files = list(iter_files([folder]))
    if not files:
        raise AuditError(f"{folder}: no plan files and no planx output in this folder")
    versions = [from_result(convert_file(f)) for f in files]
    return sorted(versions, key=lambda v: (v.plan_date or "9999", v.doc))


def load(spec: str | Path | tuple[str | Path, str]) -> list[Version]:
    """The version(s) an input names: a plan file → one; a converted output → its documents."""
    path, doc = split_spec(spec)
    if path.is_dir():
        if (path / "plans.sqlite").exists() and not (path / "actions.csv").exists():
            return from_sqlite(path / "plans.sqlite", doc)
        if (path / "actions.csv").exists() or doc is not None:
            return from_csv_folder(path, doc)
        return plan_folder(path)
    if not path.exists():
        raise AuditError(f"{path}: no such file or folder")
    if path.suffix.lower() in DB_SUFFIXES:
        return from_sqlite(path, doc)
    from planx.pipeline import convert_file
    return [from_result(convert_file(path))]
