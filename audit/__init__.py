"""audit/: what changed between versions of a plan, and what is inconsistent within one.

versions (read any input) → pairing (rapidfuzz + optimal assignment) → diff (change rows)
→ series (timelines) / findings (consistency) → store (SQLite + CSV) → report (HTML).
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from audit.api import AuditResult, audit
    from audit.versions import AuditError

__all__ = ["AuditError", "AuditResult", "audit"]

# Loaded on first use: `planx convert` reads audit.store's table list for its data package,
# and must not pay for numpy (pairing, findings) to do so.
_LAZY = {"audit": "audit.api", "AuditResult": "audit.api", "AuditError": "audit.versions"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'audit' has no attribute {name!r}")
