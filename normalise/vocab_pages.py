"""Page furniture: how a page prints its own label or number. One place for every reader (the
text, layout-text and PDF readers, the minutes, forms and title readers): a line that is only a
page's label is furniture, never a heading, an area or an action."""
from __future__ import annotations

import re

# the word a page's label starts with ('Page 3', 'Pg. 3', 'p. 3')
PAGE_WORD = r"(?:page|pg\.?|p\.)"
# a page's number and perhaps the count of pages ('3', '3 of 9', '3/9')
PAGE_COUNT = r"\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?"
# a year (or years) printed in brackets after a page's number: a minute book's pages are numbered
# through its year ('Page 018 (2017)', 'Page 12 (2023-24)')
PAGE_YEAR = r"(?:\s*\(\s*(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)?\d{2})?\s*\))?"
# a line that is a page's label and nothing more: the page word and its number, a number 'of' the
# count, or a number between dashes ('Page 3', 'Page 3 of 9', 'page 3/9', 'Page 018 (2017)',
# '3 of 9', '- 3 -')
PAGE_LABEL = re.compile(rf"(?i)^\s*(?:{PAGE_WORD}\s*{PAGE_COUNT}{PAGE_YEAR}|\d{{1,4}}\s+of\s+\d{{1,4}}"
                        rf"|[-–]\s*\d{{1,4}}\s*[-–])\s*$")
# a page's number, labelled or bare ('12', 'Page 3 of 9', '– 4 –', '3/9', 'Page 018 (2017)')
PAGE_NUMBER = re.compile(rf"(?i)^\s*(?:{PAGE_WORD}\s*)?[-–]?\s*{PAGE_COUNT}\s*[-–]?{PAGE_YEAR}\s*$")
# the same, or a front matter's page in roman numerals ('iv', 'Page ii')
PAGE_NUMBER_OR_ROMAN = re.compile(rf"(?i)^\s*(?:{PAGE_WORD}\s*)?(?:{PAGE_COUNT}|[ivxlc]{{1,6}}){PAGE_YEAR}\s*$")
# a page's number printed before or after a running line ('1 Annual Plan', 'Annual Plan 12',
# 'Annual Plan Page 3 of 9'): the number, to take off the line
PAGE_NUMBER_AT_ENDS = re.compile(rf"(?i)^\s*(?:{PAGE_WORD}\s+)?\d{{1,3}}(?:\s+of\s+\d{{1,3}})?\s+"
                                 rf"|\s+(?:{PAGE_WORD}\s+)?\d{{1,3}}(?:\s+of\s+\d{{1,3}})?\s*$")

# the heading of a document's back matter, a list explaining its terms ('Glossary', 'Abbreviations',
# 'Glossary of terms', 'List of acronyms'): what follows is no part of the plan's table above it, and
# is laid out in columns of its own (extract/layouttext.py: back_matter_apart)
BACK_MATTER_HEADING = re.compile(r"(?i)^\s*(?:list\s+of\s+)?(?:glossary|abbreviations|acronyms|"
                                 r"abbreviations\s+and\s+acronyms|acronyms\s+and\s+abbreviations)"
                                 r"(?:\s+(?:of|and)\s+terms)?\s*:?\s*$")
