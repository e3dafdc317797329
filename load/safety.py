"""Output hygiene: spreadsheet formula injection and output paths."""
from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

# A cell a spreadsheet would evaluate: starts with = + - @ (also after spaces/newlines, which
# some importers strip), or with a tab or CR (OWASP: they too start formulas in some
# importers), unless it is a plain number such as "-27%" or "+5".
_FORMULA_START = re.compile(r"^(?:[\t\r]|[\n ]*[=+\-@\uff1d\uff0b\uff0d\uff20])")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d[\d,]*(\.\d+)?%?$")
# a lone dash or plus is a placeholder ("-" in an empty due cell) that spreadsheets keep as text
_LONE_SIGN = frozenset({"-", "+"})
# the first characters _FORMULA_START can match: most cells start otherwise and skip the regex
CAN_START_FORMULA = frozenset("\t\r\n =+-@\uff1d\uff0b\uff0d\uff20")


def neutralise_formula(value: object) -> object:
    """CSV-safe cell: a leading apostrophe keeps Excel/LibreOffice from running it."""
    if not isinstance(value, str) or not _FORMULA_START.match(value):
        return value
    if _PLAIN_NUMBER.match(value.strip()) or (value.strip() in _LONE_SIGN and value[:1] not in "\t\r"):
        return value
    return "'" + value


def csv_row(row: Sequence[object]) -> list[object]:
    """A row ready for csv.writer: None as an empty cell, formulas neutralised (hot: every cell)."""
    return ["" if v is None else neutralise_formula(v) if isinstance(v, str) and v[:1] in CAN_START_FORMULA
            else v for v in row]


class OutputError(ValueError):
    """An output path planx refuses to write; the message is shown to the user as is."""


def inside(folder: Path, name: str) -> Path:
    """folder/name, refusing names (or links planted in the folder) that would escape it."""
    target = (folder / name).resolve()
    if folder.resolve() not in target.parents:
        raise OutputError(f"refusing to write outside the output folder {folder}: {name}"
                          + (f" is a link to {target}" if (folder / name).is_symlink() else ""))
    return target


def database_path(folder: Path, name: str) -> Path:
    """folder/name for a SQLite database, refusing it when it, or a file SQLite keeps beside it
    (NAME-wal, NAME-shm, NAME-journal: opened and written by SQLite itself, following links),
    is a link: a link planted there would have SQLite write wherever it points."""
    path = inside(folder, name)
    for companion in ("-wal", "-shm", "-journal"):
        side = folder / (name + companion)
        if side.is_symlink():
            raise OutputError(f"refusing to write outside the output folder {folder}: {side.name} is a link "
                              f"to {os.path.realpath(side)}; remove it and run again")
    return path


def _umask() -> int:
    """This process's umask, read without changing it (os.umask sets it: not thread-safe)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    return 0o022


def open_temp_file(folder: Path, name: str, mode: str = "w", **kwargs: Any) -> tuple[IO[Any], Path]:
    """A new temporary file in folder, open for writing NAME: created by mkstemp (O_CREAT |
    O_EXCL, a random name), so it is never a file or link that someone planted in the folder,
    with the permissions an ordinary new file gets (mkstemp's own are 0600)."""
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        return os.fdopen(fd, mode, **kwargs), Path(tmp)
    except BaseException:
        os.close(fd)
        os.unlink(tmp)
        raise


@contextlib.contextmanager
def new_temp_file(folder: Path, name: str, mode: str = "w", **kwargs: Any) -> Iterator[tuple[IO[Any], Path]]:
    """open_temp_file as a block: closed at its end, removed if it fails."""
    fh, tmp = open_temp_file(folder, name, mode, **kwargs)
    try:
        with fh:
            yield fh, tmp
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def replace_file(folder: Path, name: str, mode: str = "w", **kwargs: Any) -> Iterator[IO[Any]]:
    """Write folder/NAME atomically: into a new temporary file (new_temp_file), swapped in when
    the block ends; on an error the old file stays and the temporary one is removed."""
    target = inside(folder, name)
    with new_temp_file(folder, name, mode, **kwargs) as (fh, tmp):
        yield fh
    try:
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
