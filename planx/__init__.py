"""planx: improvement and action plans (text, Word, PDF) → clean, typed, linked data.

The Python API mirrors the CLI: ``planx.convert(paths, out="out")`` does what
``planx convert PATH... -o out`` does and returns the per-document results;
``planx.audit(old, new, out="out")`` does what ``planx audit OLD NEW -o out`` does;
``planx.read("out")`` loads an output's tables as typed pandas DataFrames.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from planx.api import convert, convert_file

if TYPE_CHECKING:
    from planx.audit import AuditError, AuditResult
    from planx.read import read

__all__ = ["audit", "AuditError", "AuditResult", "convert", "convert_file", "read"]
__version__ = "0.1.0"

# The audit package (numpy, scipy: ~0.15 s to import) is loaded on first use of these names,
# so `planx convert`, the batch workers and `import planx` for converting do not pay for it.
_LAZY = {"audit", "AuditError", "AuditResult"}


def __getattr__(name: str) -> Any:
    if name == "read":  # pandas (~0.3 s to import) only for those who read an output back
        from planx.read import read
        globals()["read"] = read
        return read
    if name in _LAZY:
        import planx.audit as _audit  # the package, callable: planx.audit(old, new, out=...)
        value = _audit if name == "audit" else getattr(_audit, name)
        globals()[name] = value  # later look-ups are plain attribute reads
        return value
    raise AttributeError(f"module 'planx' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | _LAZY | {"read"})
