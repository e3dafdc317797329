"""Sinks: contract records out to CSV and SQLite."""
from planx.load.csv import export_csv
from planx.load.sqlite import SqliteSink

__all__ = ["SqliteSink", "export_csv"]
