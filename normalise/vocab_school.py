"""Vocabulary of the school year (data, not rules): the names schools give their terms and half
terms, and the holidays and moments of the year a due cell names instead of a date ('by Easter',
'before Christmas', 'October half term', 'end of the academic year'). normalise/schoolyear.py reads
them; each is mapped to the term or half term whose end it is, in the words normalise/dates.py reads
once a year is added ('spring term 2024/25' → April 2025)."""

from __future__ import annotations

# a term's name as printed → the season dates.py reads (the English terms; Oxford and Cambridge
# and some independent schools still print the church names; 'aut', 'spr', 'sum' are the column
# abbreviations 'Aut 1 … Sum 2', read as terms only with 'term' or a half's number after them)
TERM_SEASONS: dict[str, str] = {
    "autumn": "autumn", "aut": "autumn", "michaelmas": "autumn",
    "spring": "spring", "spr": "spring", "lent": "spring",
    "summer": "summer", "sum": "summer", "trinity": "summer",
}
# abbreviations that are ordinary words or too short to stand alone ('sum of £500')
TERM_ABBREVIATIONS: frozenset[str] = frozenset({"aut", "spr", "sum"})

# words that say which half of a term: 'first half of the autumn term', 'Autumn (2nd half)'
TERM_HALVES: dict[str, str] = {"first": "1", "1st": "1", "second": "2", "2nd": "2"}

# a holiday or moment of the school year → the term or half term it closes (a due cell 'by Easter'
# commits to the end of the spring term; 'October half term' to the end of Autumn 1)
YEAR_MOMENTS: dict[str, str] = {
    "october half term": "autumn 1",
    "october half-term": "autumn 1",
    "christmas": "autumn term",
    "xmas": "autumn term",
    "february half term": "spring 1",
    "february half-term": "spring 1",
    "easter": "spring term",
    "may half term": "summer 1",
    "may half-term": "summer 1",
    "whitsun": "summer 1",
    "end of the academic year": "summer term",
    "end of academic year": "summer term",
    "end of the school year": "summer term",
    "end of school year": "summer term",
}

# The first words of a template's question heading, a prompt the writer answers under it ('What
# improvements have you made this year?', 'How do you know?', 'Next steps?' is none: it names its
# list as actions): self-evaluation and improvement report templates ask them under each priority,
# which stays the theme of what is written below (normalise/commitments.py)
QUESTION_OPENERS: frozenset[str] = frozenset({
    "what", "how", "why", "who", "where", "when", "which", "is", "are", "do", "does", "did", "have",
    "has", "can", "could", "should", "to what extent", "whose", "was", "were", "will", "would",
})

# The ligatures Word sets as one glyph (Calibri and Cambria), which a PDF's font may map to an
# unrelated character: the readings normalise/ligatures.py tries in a word that breaks there
LIGATURE_READINGS: tuple[str, ...] = ("ti", "tt", "tf", "tti", "ff", "fi", "fl", "ffi", "ffl", "ft", "th")

# Which year a document counts in: the signs that it is a council's, NHS body's or other public
# body's plan, which counts in financial years (April to March), and the signs that it is a school's,
# which counts in academic years. normalise/schoolyear.py weighs them (each sign once) to read a
# bare pair of years ('2026/27') as the financial year ending in March or as the year's end only.
FINANCIAL_YEAR_SIGNS: tuple[str, ...] = (
    "financial year", "financial years", "budget", "budgets", "april to march", "april-march", "april – march",
    "council", "councils", "nhs", "borough", "cabinet", "directorate", "directorates", "portfolio holder",
    "integrated care board", "local authority", "county council", "scrutiny", "elected members",
    "service delivery plan", "corporate plan",
)
SCHOOL_YEAR_SIGNS: tuple[str, ...] = (
    "autumn term", "spring term", "summer term", "pupil", "pupils", "academic year", "school year", "ofsted",
    "sip", "headteacher", "head teacher", "headteachers", "school improvement", "governors", "governing body",
    "key stage", "eyfs", "phonics", "curriculum", "senco", "sendco", "pupil premium", "teaching assistants",
    "classroom", "classrooms", "academy", "school development plan",
)
