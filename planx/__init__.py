"""planx: improvement and action plans (text, Word, PDF) → clean, typed, linked data.

The Python API mirrors the CLI: ``planx.convert(paths, out="out")`` does what
``planx convert PATH... -o out`` does and returns the per-document results.
"""
from __future__ import annotations

from planx.api import convert, convert_file

__all__ = ["convert", "convert_file"]
__version__ = "0.1.0"
