"""audit/: what changed between versions of a plan, and what is inconsistent within one.

versions (read any input) → pairing (rapidfuzz + optimal assignment) → diff (change rows)
→ series (timelines) / findings (consistency) → store (SQLite + CSV) → report (HTML).
"""
from audit.api import AuditResult, audit
from audit.versions import AuditError

__all__ = ["AuditError", "AuditResult", "audit"]
