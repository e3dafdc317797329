"""Output hygiene: spreadsheet formula injection and output paths."""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

# A cell a spreadsheet would evaluate: starts with = + - @ (also after spaces/newlines, which
# some importers strip), or with a tab or CR (OWASP: they too start formulas in some
# importers), unless it is a plain number such as "-27%" or "+5".
_FORMULA_START = re.compile(r"^(?:[\t\r]|[\n ]*[=+\-@\uff1d\uff0b\uff0d\uff20])")
_PLAIN_NUMBER = re.compile(r"^[+-]?\d[\d,]*(\.\d+)?%?$")
# the first characters _FORMULA_START can match: most cells start otherwise and skip the regex
CAN_START_FORMULA = frozenset("\t\r\n =+-@\uff1d\uff0b\uff0d\uff20")


def neutralise_formula(value: object) -> object:
    """CSV-safe cell: a leading apostrophe keeps Excel/LibreOffice from running it."""
    if not isinstance(value, str) or not _FORMULA_START.match(value):
        return value
    if _PLAIN_NUMBER.match(value.strip()):
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
