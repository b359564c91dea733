"""Weekdays counted from publication: a grammar match -> Hit ("dans deux dimanches", "two
Sundays from now": the second Sunday after publication; "il y a trois vendredis", "three
Fridays ago": the third before it)."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from claimcheck.ground import calendar as cal
from claimcheck.ground.phrases import lead, norm, table
from claimcheck.ground.tense import past_before
from claimcheck.ground.time_grammar import Grammar
from claimcheck.ground.time_hits import Hit
from claimcheck.lang.time_types import TimeVocabulary

__all__ = ["counted_weekday", "nth_weekday"]

#: a clause's punctuation or its end, right after the weekday (from the first space of a run
#: only: tried at each space of a long run, the spaces would be scanned again)
_PUNCTUATION = re.compile(r"(?<!\s)\s*(?:[,.;:!?)»”\"]|$)")
#: counted further than this, weekdays are a count of them, not a date ("in 30 Sundays")
_MAX_COUNT = 10


@cache
def _tables(v: TimeVocabulary) -> tuple[dict[str, int], dict[str, int], re.Pattern[str]]:
    """The plural weekdays, the counting words, and a noun's complement after the weekday."""
    complement = rf"(?<!\s)\s+{lead(v.anchor_connectors)}" if v.anchor_connectors else r"(?!)"
    counters = table(v.weekdays_counted_before, v.weekdays_counted_after)
    return table(v.weekday_plurals), counters, re.compile(complement, re.IGNORECASE)


def nth_weekday(pub: dt.date, weekday: int, k: int) -> dt.date:
    """The k-th `weekday` after `pub` (k < 0: before it), `pub` itself not counted."""
    first = cal.weekday_near(pub, weekday, 1 if k > 0 else -1)
    return first + dt.timedelta(weeks=k - 1 if k > 0 else k + 1)


def counted_weekday(m: re.Match[str], n: int, g: Grammar) -> Hit | None:
    """ "dans deux dimanches", "two Sundays from now": the n-th weekday from publication; never
    a weekday with its complement ("il y a deux dimanches de marché par mois": there are), nor
    a count after "il y a" that may say "there are" (`existential_leads`)."""
    plurals, counters, complement = _tables(g.vocab)
    if not 1 <= n <= _MAX_COUNT or complement.match(m.string, m.end()):
        return None
    if norm(m.group("c")) in map(norm, g.vocab.existential_leads):
        ends = _PUNCTUATION.match(m.string, m.end()) is not None
        if not ends and not past_before(m.string, m.start(), g.vocab):
            return None  # "Il y a trois lundis fériés en mai": there are
    weekday = plurals[norm(m.group("u"))]
    k = counters[norm(m.group("c"))] * n
    return Hit(
        m.start(), m.end(), "day", weekday=weekday,
        resolver=lambda p: (d := nth_weekday(p, weekday, k), d),
    )  # fmt: skip
