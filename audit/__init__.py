"""audit/: what changed between versions of a plan, and what is inconsistent within one.

versions (read any input) → pairing (rapidfuzz + optimal assignment) → diff (change rows)
→ series (timelines) / findings (consistency) → store (SQLite + CSV) → report (HTML).
"""
from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planx.audit.api import AuditResult, audit
    from planx.audit.versions import AuditError

__all__ = ["AuditError", "AuditResult", "audit"]

# Loaded on first use: `planx convert` reads audit.store's table list for its data package,
# and must not pay for numpy (pairing, findings) to do so.
_LAZY = {"audit": "planx.audit.api", "AuditResult": "planx.audit.api", "AuditError": "planx.audit.versions"}


class _AuditModule(types.ModuleType):
    """planx.audit is this package and, called, the audit itself: ``planx.audit(old, new, out=...)``
    (the name is both, since the package installs as planx.audit)."""

    def __call__(self, *args: Any, **kwargs: Any) -> AuditResult:
        from planx.audit.api import audit
        return audit(*args, **kwargs)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'planx.audit' has no attribute {name!r}")


sys.modules[__name__].__class__ = _AuditModule
