"""file → extract → normalise → DocResult, one document at a time; which files a run reads."""
from __future__ import annotations

import hashlib
import logging
import os
import stat
import threading
import time
import traceback
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from planx.extract import SUFFIXES, ExtractError, RawDocument, extract, sniff_format
from planx.load.sqlite import duplicate_note
from planx.normalise import normalise
from planx.normalise.records import DocResult


def doc_id_of(path: Path) -> str:
    """First 16 hex digits of the SHA-256 of the file's bytes (streamed)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------- which files

@dataclass(frozen=True)
class Input:
    """A file a run accounts for: read, or refused with the reason (it still gets a row)."""
    path: Path
    refused: str = ""


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _within(path: str, folders: list[str]) -> bool:
    return any(path == f or path.startswith(f.rstrip(os.sep) + os.sep) for f in folders)


def _link_row(link: Path, target: str, is_dir: bool) -> Input:
    what = "a folder" if is_dir else "a file"
    return Input(link, f"a symbolic link to {what} outside the folders given ({target}): not followed "
                       "(--follow-symlinks follows links)")


def iter_inputs(paths: Iterable[str | Path], follow_symlinks: bool = False) -> Iterator[Input]:
    """The files a run accounts for: files named directly (as named, links too: the user chose
    them), and the plan files under folders (recursing, sorted, hidden names and planx's own
    output folders skipped).

    Inside a folder, a symbolic link is followed when it points inside one of the folders given
    (a link to a file there reads the same bytes: a duplicate row; a link to a folder there
    is not walked again). A link out of them is not followed unless follow_symlinks: a folder
    of plans must not read /etc/passwd because someone put a link to it there. Such a link
    gets a row saying so, as does anything there that is not a regular file (a pipe would
    block the run)."""
    given = [Path(p) for p in paths]
    folders = [os.path.realpath(p) for p in given if p.is_dir()]
    for p in given:
        if p.is_dir():
            found: list[Input] = []
            _walk(p, folders, follow_symlinks, {os.path.realpath(p)}, found)
            yield from sorted(found, key=lambda i: i.path)
        else:
            yield Input(p)


def is_planx_output(folder: Path) -> bool:
    """Does the folder hold a planx output (documents.csv beside actions.csv)? Its CSVs and
    report.html are planx's own, never plans to convert again."""
    return (folder / "documents.csv").is_file() and (folder / "actions.csv").is_file()


def _walk(folder: Path, folders: list[str], follow: bool, seen: set[str], found: list[Input]) -> None:
    if is_planx_output(folder):
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return  # an unreadable sub-folder: nothing in it can be listed
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        path = Path(entry.path)
        plan_name = path.suffix.lower() in SUFFIXES
        if entry.is_symlink():
            target = os.path.realpath(path)
            is_dir = os.path.isdir(target)
            if not is_dir and not plan_name:
                continue
            if not follow and not _within(target, folders):
                found.append(_link_row(path, target, is_dir))
                continue
            if is_dir:
                if follow and target not in seen:  # inside a given folder, it is walked where it is
                    seen.add(target)
                    _walk(path, folders, follow, seen, found)
                continue
            found.append(readable_input(path))
        elif entry.is_dir(follow_symlinks=False):
            real = os.path.realpath(path)
            if real not in seen:
                seen.add(real)
                _walk(path, folders, follow, seen, found)
        elif plan_name:
            found.append(readable_input(path))


def readable_input(path: Path) -> Input:
    """A plan file, or the reason it is not read: not there (a dangling link), not a regular file."""
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        return Input(path, f"cannot read file: {e.strerror or e}")
    if not stat.S_ISREG(mode):
        return Input(path, "not a regular file (a pipe, socket or device): not read")
    return Input(path)


def iter_files(paths: Iterable[str | Path], follow_symlinks: bool = False) -> Iterator[Path]:
    """The files iter_inputs reads (those it refuses left out)."""
    return (i.path for i in iter_inputs(paths, follow_symlinks) if not i.refused)


# ---------------------------------------------------------------- results that are not conversions

def failed(path: Path, doc_id: str, error: str, detail: str = "") -> DocResult:
    """A file not converted; its reason is both its error and its warning (a failed row never
    carries empty warnings)."""
    return DocResult(doc=path.name, doc_id=doc_id, format=sniff_format(path), path=str(path),
                     status="failed", error=error, detail=detail, warnings=[error])


def duplicate(path: Path, doc_id: str, original: str) -> DocResult:
    """The row of a file whose bytes another file (`original`) gave: not converted again."""
    return DocResult(doc=path.name, doc_id=doc_id, format=sniff_format(path), path=str(path),
                     status="duplicate", duplicate_of=doc_id, error=duplicate_note(original, doc_id))


# ---------------------------------------------------------------- converting one file

# at most this many distinct library messages are kept per file (a damaged PDF can repeat one
# for every object it holds)
MAX_LIBRARY_MESSAGES = 5


class _ThreadMessages(logging.Handler):
    """Log records of WARNING and above emitted by one thread: a library's complaints about
    the file that thread reads."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.thread != self.thread:
            return
        try:
            self.messages.append(record.getMessage())
        except Exception:  # a library's malformed log call: its format string, unformatted
            self.messages.append(str(record.msg))


@contextmanager
def library_messages() -> Iterator[list[str]]:
    """What libraries (pdfminer above all) log or warn while a file is read: kept, to become
    that file's warnings, instead of reaching stderr with no file name in the middle of a
    batch. Logging is caught for this thread only (Dask runs files in threads side by side);
    Python warnings only in the main thread (catching them changes process-wide state)."""
    handler = _ThreadMessages()
    root = logging.getLogger()
    root.addHandler(handler)  # with a handler present, logging's stderr fallback stays silent
    out: list[str] = []
    try:
        if threading.current_thread() is threading.main_thread():
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                yield out
            handler.messages += [str(w.message) for w in caught]
        else:
            yield out
    finally:
        root.removeHandler(handler)
        out += handler.messages


def as_warnings(messages: list[str]) -> list[str]:
    """Library messages as a document's warnings: each once, the first few, counted beyond."""
    distinct = list(dict.fromkeys(m.strip() for m in messages if m.strip()))
    kept = [f"reader library: {m[:200]}" for m in distinct[:MAX_LIBRARY_MESSAGES]]
    if len(distinct) > MAX_LIBRARY_MESSAGES:
        kept.append(f"reader library: {len(distinct) - MAX_LIBRARY_MESSAGES} more message(s)")
    return kept


def _our_code() -> list[str]:
    """The folders of planx's own modules (an exception raised there is a fault of planx)."""
    import planx
    import planx.audit
    import planx.extract
    import planx.load
    import planx.normalise
    return [os.path.realpath(d) for m in (planx, planx.extract, planx.normalise, planx.load, planx.audit)
            for d in m.__path__]


def _unexpected(path: Path, doc_id: str, e: Exception) -> DocResult:
    """An exception no reader turned into an ExtractError. Raised inside a library (the
    innermost frame is not planx's), it is that library failing on the file's content: the
    file is damaged or unusual. Raised in planx's own code, it is a fault of planx."""
    frames = traceback.extract_tb(e.__traceback__)
    detail = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
    where = os.path.realpath(frames[-1].filename) if frames else ""
    if where and not _within(where, _our_code()):
        module = Path(where).stem
        what = sniff_format(path).upper()
        return failed(path, doc_id, f"this {what} file looks damaged or unusual: the library that reads it failed "
                                    "on its content", detail=f"{detail} (in {module})")
    return failed(path, doc_id, "internal error: planx failed on this file (a fault of planx, not necessarily of "
                                "the file); please report it with the file", detail=detail)


def with_pictures(raw: RawDocument, result: DocResult, doc_id: str) -> DocResult:
    """A document whose text holds no plan read again with the tables its pictures hold (a plan
    table pasted as a screenshot), read by OCR (extract/pictures.py); when they hold no plan
    either, the first reading stands, saying what was tried."""
    from planx.extract.pictures import with_picture_tables
    seen, notes = with_picture_tables(raw)
    if seen is not None:
        again = normalise(seen, doc_id=doc_id)
        if again.actions or again.indicators:
            return again
    result.warnings.extend(n for n in notes if n not in result.warnings)
    return result


def convert_file(path: str | Path, doc_id: str | None = None) -> DocResult:
    """Convert one file; expected failures become a `failed` result, never an exception."""
    path = Path(path)
    start = time.perf_counter()
    try:
        doc_id = doc_id or doc_id_of(path)
    except OSError as e:
        return failed(path, "", f"cannot read file: {e.strerror or e}")
    with library_messages() as messages:
        try:
            raw = extract(path)
            result = normalise(raw, doc_id=doc_id)
            if result.status == "failed" and raw.pictures:
                result = with_pictures(raw, result, doc_id)
        except ExtractError as e:
            result = failed(path, doc_id, str(e), detail=e.detail)
        except MemoryError:
            result = failed(path, doc_id, "ran out of memory while reading this file")
        except RecursionError:
            result = failed(path, doc_id, "structure nested too deeply to read")
        except Exception as e:  # keep the batch going, say what happened
            result = _unexpected(path, doc_id, e)
    result.warnings += as_warnings(messages)
    result.path = str(path)
    result.seconds = time.perf_counter() - start
    return result
