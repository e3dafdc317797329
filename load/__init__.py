"""Sinks: contract records out to CSV and SQLite."""
from load.csv import export_csv
from load.sqlite import SqliteSink

__all__ = ["SqliteSink", "export_csv"]
