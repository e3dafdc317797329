"""Temporary folders that do not outlive their run, even when a worker is killed.

Every temporary folder planx makes (a LibreOffice profile, a page image for OCR, a file shipped
to a Dask worker) is made inside one run folder, TMP/planx-run-<pid>-XXXX: made by the first
process that needs one and inherited by the workers it forks (or named to them in $PLANX_SCRATCH).
The process that made it removes it at the end of a batch (planx.convert) and at exit. A worker
that is killed mid-file cannot clean up (atexit never runs in a killed process), but what it
left is inside the run folder and goes with it.

A run that is itself killed (kill -9) leaves its run folder: the next run removes it, once it
knows that no process is using it. Its maker holds a lock on RUN/.lock for as long as it runs
(an flock, which the kernel drops when the process dies), so a folder whose lock can be taken
is stale, whichever user, container or machine made it. The lock file is locked before it gets
its name, so a run folder with a .lock is never mistaken for stale while it is being made.
"""
from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; run folders are still removed by their makers
    fcntl = None  # type: ignore[assignment]

PREFIX = "planx-run-"
ENV = "PLANX_SCRATCH"  # a run folder made by a parent process, for workers that were not forked
LOCK = ".lock"
# a run folder without its lock file is one being made (or a broken one): left alone this long
UNLOCKED_GRACE = 3600.0


class _Run:
    """The run folder this process uses, and whether it made it (and so must remove it)."""

    def __init__(self) -> None:
        self.path: Path | None = None
        self.owner_pid = 0  # the pid that made it: a forked child inherits the object, not the duty
        self.lock_fd = -1

    def owned(self) -> bool:
        return self.path is not None and self.owner_pid == os.getpid()


_run = _Run()


def run_folder() -> Path:
    """This run's scratch folder: inherited (forked, or $PLANX_SCRATCH), else made now."""
    if _run.path is not None and _run.path.is_dir():
        return _run.path
    inherited = os.environ.get(ENV)
    if inherited and (Path(inherited) / LOCK).is_file():
        _run.path, _run.owner_pid = Path(inherited), 0
        return _run.path
    return _make()


def _make() -> Path:
    remove_stale()
    path = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
    fd = os.open(path / (LOCK + ".new"), os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_EX)
    os.rename(path / (LOCK + ".new"), path / LOCK)  # locked before it has its name: never seen stale
    _run.path, _run.owner_pid, _run.lock_fd = path, os.getpid(), fd
    return path


def release() -> None:
    """Remove this process's run folder, if it made it; the next need makes a new one."""
    if not _run.owned():
        return
    assert _run.path is not None
    shutil.rmtree(_run.path, ignore_errors=True)
    with contextlib.suppress(OSError):
        os.close(_run.lock_fd)
    _run.path, _run.owner_pid, _run.lock_fd = None, 0, -1


atexit.register(release)


def _forget_lock_in_child() -> None:
    """A forked child closes its copy of the run's lock: an flock belongs to the open file, which
    the fork shares, so a worker keeping the copy would hold the lock after its run was killed
    and the next run would take the dead run's folder for a live one."""
    if _run.lock_fd >= 0:
        with contextlib.suppress(OSError):
            os.close(_run.lock_fd)
        _run.lock_fd = -1


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_lock_in_child)


@contextlib.contextmanager
def batch() -> Iterator[Path]:
    """A run folder for the length of a batch: made before the workers fork (so they share it)
    and removed after, unless this process already had one (it keeps it until exit)."""
    had = _run.owned() and _run.path is not None and _run.path.is_dir()
    path = run_folder()
    try:
        yield path
    finally:
        if not had:
            release()
            # a killed run's workers may have outlived it when this run began (its folder then
            # looked live); they are gone by now
            remove_stale()


@contextlib.contextmanager
def scratch_dir(kind: str) -> Iterator[Path]:
    """A private temporary folder inside the run folder, removed on leaving."""
    with tempfile.TemporaryDirectory(prefix=f"{kind}-", dir=run_folder()) as tmp:
        yield Path(tmp)


def persistent_dir(kind: str) -> Path:
    """A folder inside the run folder that lives as long as the run (a LibreOffice profile
    reused by every file a worker converts); named by pid, so each process has its own."""
    path = run_folder() / f"{kind}-{os.getpid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


def remove_stale(tmp: Path | None = None) -> list[Path]:
    """Remove the run folders of runs that ended without cleaning up; those of running
    processes (their lock is held) and of other users (unreadable) are left alone."""
    removed: list[Path] = []
    root = Path(tmp or tempfile.gettempdir())
    try:
        candidates = [root / name for name in os.listdir(root) if name.startswith(PREFIX)]
    except OSError:
        return removed
    for folder in candidates:
        if folder == _run.path:
            continue
        if _stale(folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _stale(folder: Path) -> bool:
    if fcntl is None:
        return False  # no way to tell a live run's folder: leave every one
    try:
        if folder.is_symlink() or not folder.is_dir():
            return False
        fd = os.open(folder / LOCK, os.O_RDONLY | os.O_NOFOLLOW)
    except FileNotFoundError:  # being made right now, or its maker was killed before it locked it
        if not _maker_alive(folder):
            return True
        try:
            return time.time() - folder.stat().st_mtime > UNLOCKED_GRACE
        except OSError:
            return False
    except OSError:  # another user's, or not ours to judge
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # held: its run is alive
    finally:
        os.close(fd)  # closing drops the lock taken (if any)
    return True


def worker_environment(env: dict[str, str]) -> dict[str, str]:
    """The environment for a worker that is not forked: it names the run folder."""
    return {**env, ENV: str(run_folder())}


__all__ = ["run_folder", "scratch_dir", "persistent_dir", "batch", "release", "remove_stale",
           "worker_environment"]


def _maker_alive(folder: Path) -> bool:
    """Is the process that made a folder (its pid is in the name: planx-run-<pid>-…) still running?
    A run killed between making its folder and locking it leaves one with no lock; without this
    it would wait out the grace period. True when unsure (a pid we may not signal is alive)."""
    pid_text = folder.name[len(PREFIX):].split("-", 1)[0]
    if not pid_text.isdigit():
        return True
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
