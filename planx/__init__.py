"""planx: improvement and action plans (text, Word, PDF) → clean, typed, linked data.

The Python API mirrors the CLI: ``planx.convert(paths, out="out")`` does what
``planx convert PATH... -o out`` does and returns the per-document results;
``planx.audit(old, new, out="out")`` does what ``planx audit OLD NEW -o out`` does.
"""
from __future__ import annotations

from audit import AuditError, AuditResult, audit
from planx.api import convert, convert_file

__all__ = ["audit", "AuditError", "AuditResult", "convert", "convert_file"]
__version__ = "0.1.0"
