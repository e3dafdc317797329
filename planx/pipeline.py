"""file → extract → normalise → DocResult, one document at a time."""
from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from planx.extract import SUFFIXES, ExtractError, extract, sniff_format
from planx.normalise import normalise
from planx.normalise.records import DocResult


def doc_id_of(path: Path) -> str:
    """First 16 hex digits of the SHA-256 of the file's bytes (streamed)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:16]


def planx_outputs(folder: Path) -> set[Path]:
    """Folders under `folder` that hold a planx output (documents.csv beside actions.csv): their
    CSVs and report.html are planx's own, never plans to convert again."""
    return {f.parent for f in folder.rglob("documents.csv") if (f.parent / "actions.csv").is_file()}


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and the plan files under folders (recursing, sorted, hidden and planx's
    own output folders skipped)."""
    for p in map(Path, paths):
        if p.is_dir():
            outputs = planx_outputs(p)
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if f.is_file() and not any(part.startswith(".") for part in rel) \
                        and f.suffix.lower() in SUFFIXES and not (outputs and outputs & set(f.parents)):
                    yield f
        else:
            yield p


def failed(path: Path, doc_id: str, error: str) -> DocResult:
    return DocResult(doc=path.name, doc_id=doc_id, format=sniff_format(path), path=str(path),
                     status="failed", error=error)


def convert_file(path: Path, doc_id: str | None = None) -> DocResult:
    """Convert one file; expected failures become a `failed` result, never an exception."""
    start = time.perf_counter()
    try:
        doc_id = doc_id or doc_id_of(path)
    except OSError as e:
        return failed(path, "", f"cannot read file: {e.strerror or e}")
    try:
        raw = extract(path)
        result = normalise(raw, doc_id=doc_id)
    except ExtractError as e:
        result = failed(path, doc_id, str(e))
    except MemoryError:
        result = failed(path, doc_id, "ran out of memory while reading this file")
    except RecursionError:
        result = failed(path, doc_id, "structure nested too deeply to read")
    except Exception as e:  # a bug of ours: keep the batch going, say what happened
        result = failed(path, doc_id, f"internal error ({type(e).__name__}: {e}); please report this file")
    result.path = str(path)
    result.seconds = time.perf_counter() - start
    return result
