"""Years written in words: text -> year PeriodHits ("in nineteen twenty-eight", "en mille neuf
cent quatre-vingt-dix")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from claimcheck.ground import calendar as cal
from claimcheck.ground.date_hits import ends_clause, prev_word
from claimcheck.ground.periods import PeriodHit
from claimcheck.ground.phrases import alt, norm, table
from claimcheck.lang.time_types import TimeVocabulary
from claimcheck.regex_cache import compile_cached

__all__ = ["find_word_years"]


@dataclass(frozen=True)
class _Words:
    lead: re.Pattern[str]  # a first word of a year in words: a quick test before the year
    year: re.Pattern[str]  # a whole year in words, matched where a lead starts
    years: dict[str, int]


@cache
def _words(v: TimeVocabulary) -> _Words:
    leads = {norm(k).split(" ")[0] for k in v.year_words}
    return _Words(
        lead=compile_cached(rf"(?<![\w'’]){alt(leads)}", re.IGNORECASE),
        year=compile_cached(rf"(?P<yw>{alt(v.year_words)})(?![\w-])", re.IGNORECASE),
        years=table(v.year_words),
    )


def find_word_years(text: str, v: TimeVocabulary) -> Iterator[PeriodHit]:
    """A year in words after a year's preposition ("in", "en", "since", "depuis"), where the
    clause ends or goes on with a word no count is followed by: "It opened in nineteen
    twenty-eight.", "Il est né en mille neuf cent quatre-vingt-dix et". Never a round hundred
    ("in two thousand", "en deux mille": too often a count), nor before a noun ("in nineteen
    ninety-nine cases")."""
    if not v.year_words:
        return
    w = _words(v)
    for lead in w.lead.finditer(text):
        start = lead.start()
        if prev_word(text, start) not in v.cues:
            continue
        m = w.year.match(text, start)
        if m is None:
            continue
        year = w.years[norm(m.group("yw"))]
        if year % 100 == 0 or not ends_clause(text, m.end(), v):
            continue
        yield PeriodHit(start, m.end(), "year", (cal.year_period(year),), year=year)
