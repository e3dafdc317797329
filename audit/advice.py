"""Advice in the caller's words: a warning names `--force` on the command line and
`force=True` in Python. The CLI says which it is (`with speaking("cli"):`); Python is the default.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# an option as each caller spells it: (Python keyword, command-line flag)
OPTIONS: dict[str, tuple[str, str]] = {
    "force": ("force=True", "--force"),
    "order_date": ("order='date'", "--order date"),
    "min_similarity": ("min_similarity=N", "--min-similarity N"),
}
_SPEAKING: ContextVar[str] = ContextVar("planx_audit_speaking", default="python")


@contextmanager
def speaking(caller: str) -> Iterator[None]:
    """Within this block, advice names options as `caller` ('cli' or 'python') spells them."""
    if caller not in ("cli", "python"):
        raise ValueError(f"caller is 'cli' or 'python', not {caller!r}")
    token = _SPEAKING.set(caller)
    try:
        yield
    finally:
        _SPEAKING.reset(token)


def option(name: str) -> str:
    """The option `name` (a key of OPTIONS) as the current caller spells it."""
    python, cli = OPTIONS[name]
    return cli if _SPEAKING.get() == "cli" else python
