"""Legacy word-processor files (.doc, .odt, .rtf) → .docx with LibreOffice headless → parse_docx.

The original is never touched: it is copied into a private temporary folder under a
plain name and converted there, with a throw-away LibreOffice profile (so a running
LibreOffice, or another planx, does not interfere) and a timeout after which the whole
process group is killed. LibreOffice does not run document macros when converting.
"""
from __future__ import annotations

import atexit
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from planx.extract.docx import ENCRYPTED, parse_docx
from planx.extract.model import ExtractError, RawDocument
from planx.extract.ooxml import OLE_MAGIC, ole_kind

DEFAULT_TIMEOUT = 120.0  # seconds; PLANX_SOFFICE_TIMEOUT overrides it
INSTALL_HINT = ("LibreOffice is needed to read .doc/.odt/.rtf files and was not found: install it with "
                "`make setup-office` (or `make system-deps`, or `sudo apt-get install libreoffice-writer-nogui`; "
                "on macOS `brew install --cask libreoffice`), or save the file as .docx in Word")
_CANDIDATES = ("soffice", "libreoffice")
_PLACES = ("/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
           "/Applications/LibreOffice.app/Contents/MacOS/soffice",
           "C:/Program Files/LibreOffice/program/soffice.exe")


def find_soffice() -> str | None:
    """The LibreOffice binary: $PLANX_SOFFICE, then PATH, then the usual install places."""
    named = os.environ.get("PLANX_SOFFICE")
    if named:
        return named if Path(named).is_file() else None
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return next((p for p in _PLACES if Path(p).is_file()), None)


_profile: Path | None = None


def profile_dir() -> Path:
    """A private LibreOffice profile for this process, made once (a fresh one costs seconds per file)
    and removed at exit; never the user's own profile."""
    global _profile
    if _profile is None or not _profile.parent.is_dir():
        _profile = Path(tempfile.mkdtemp(prefix="planx-office-profile-")) / "profile"
        atexit.register(shutil.rmtree, _profile.parent, True)
    return _profile


def timeout_seconds() -> float:
    try:
        return float(os.environ.get("PLANX_SOFFICE_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


WORD_TARGET, EXCEL_TARGET = "docx:MS Word 2007 XML", "xlsx:Calc MS Excel 2007 XML"


def convert_to_docx(path: Path, workdir: Path, soffice: str, timeout: float | None = None,
                    to: str = WORD_TARGET) -> Path:
    """Convert a copy of `path` inside `workdir`; the file written (.docx, or what `to` names), or ExtractError."""
    timeout = timeout or timeout_seconds()
    src_dir, out_dir = workdir / "in", workdir / "out"
    src_dir.mkdir()
    out_dir.mkdir()
    source = src_dir / ("document" + path.suffix.lower())  # a plain name: no shell or option surprises
    shutil.copyfile(path, source)
    profile = profile_dir().as_uri()
    cmd = [soffice, "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nofirststartwizard",
           f"-env:UserInstallation={profile}", "--convert-to", to,
           "--outdir", str(out_dir), str(source)]
    try:
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                cwd=workdir, start_new_session=True)
    except OSError as e:
        raise ExtractError(f"cannot start LibreOffice ({soffice}): {e.strerror or e}. {INSTALL_HINT}") from None
    try:
        _, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(proc)
        raise ExtractError(f"LibreOffice took longer than {timeout:g} s to convert this file; "
                           "set PLANX_SOFFICE_TIMEOUT to allow more") from None
    result = out_dir / ("document." + to.split(":")[0])
    if proc.returncode != 0 or not result.is_file():
        detail = err.decode("utf-8", "replace").strip().splitlines()[-1:] if err else []
        raise ExtractError("LibreOffice could not convert this file (corrupt, password-protected or not a "
                           f"{path.suffix.lower()} document)" + (f": {detail[0]}" if detail else ""))
    return result


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """Stop LibreOffice and the helper processes it started (its own process group)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    proc.communicate()


def parse_legacy_sheet(path: Path) -> RawDocument:
    """Legacy spreadsheets (.ods, .xls) → .xlsx with LibreOffice → parse_xlsx, as Word files go to .docx."""
    from planx.extract.xlsx import ENCRYPTED as XLSX_ENCRYPTED
    from planx.extract.xlsx import parse_xlsx
    with open(path, "rb") as fh:
        head = fh.read(64 * 1024 * 1024)
    if head.startswith(OLE_MAGIC) and ole_kind(head) == "encrypted":
        raise ExtractError(XLSX_ENCRYPTED)
    if path.suffix.lower() == ".xls" and not head.startswith(OLE_MAGIC):
        exported = _exported_as_text(path, head)  # web systems' "Excel" exports are HTML or text
        if exported is not None:
            return exported
    soffice = find_soffice()
    if soffice is None:
        raise ExtractError(INSTALL_HINT.replace(".doc/.odt/.rtf", ".ods/.xls"))
    with tempfile.TemporaryDirectory(prefix="planx-office-") as tmp:
        doc = parse_xlsx(convert_to_docx(path, Path(tmp), soffice, to=EXCEL_TARGET))
    doc.path, doc.name, doc.format = str(path), path.name, path.suffix.lower().lstrip(".")
    return doc


def _exported_as_text(path: Path, head: bytes) -> RawDocument | None:
    """An '.xls' that is an HTML table or delimited text (what many web systems export as Excel),
    read as such; None when it is neither."""
    from planx.extract.ooxml import describe_non_zip
    sample = head[:4096].lstrip().lower()
    # (an XML Spreadsheet 2003 file, <?xml … <Workbook>, is LibreOffice's to read)
    html = sample.startswith((b"<html", b"<!doctype html", b"<table")) or b"<html" in sample
    if html and b"<table" in head.lower():
        from planx.extract.html import parse_html
        doc = parse_html(path)
    elif describe_non_zip(head) == "a plain text file" or head.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        from planx.extract.csvfile import parse_csv
        doc = parse_csv(path)
    else:
        return None
    doc.format = "xls"
    return doc


def parse_legacy(path: Path) -> RawDocument:
    with open(path, "rb") as fh:
        head = fh.read(64 * 1024 * 1024)
    if head.startswith(OLE_MAGIC) and ole_kind(head) == "encrypted":
        raise ExtractError(ENCRYPTED)
    soffice = find_soffice()
    if soffice is None:
        raise ExtractError(INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="planx-office-") as tmp:
        docx = convert_to_docx(path, Path(tmp), soffice)
        doc = parse_docx(docx)
    doc.path, doc.name, doc.format = str(path), path.name, path.suffix.lower().lstrip(".")
    return doc


__all__ = ["parse_legacy", "parse_legacy_sheet", "find_soffice", "convert_to_docx", "INSTALL_HINT"]
