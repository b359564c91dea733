"""Seasons: text -> period hits ("l'été dernier", "cet hiver", "au printemps 2019", "last
fall", "the summer of 2018"); astronomical seasons of the northern hemisphere
(`SEASON_BOUNDS`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from claimcheck.ground.calendar import Period
from claimcheck.ground.lazy_pattern import LazyPattern, lazy
from claimcheck.ground.periods import PeriodHit
from claimcheck.ground.phrases import alt, lead, norm
from claimcheck.ground.tense import past_until, pick_tensed
from claimcheck.lang.time_types import SEASON_BOUNDS, TimeVocabulary

__all__ = ["find_seasons"]

_ANY_YEAR = r"(?:1[0-9]|20)\d\d(?![\w.,]\d|\w)"
_YEAR = rf"(?P<y>{_ANY_YEAR})"


@dataclass(frozen=True)
class _Grammar:
    patterns: tuple[LazyPattern, ...]
    seen: re.Pattern[str] | None  # a season word: a quick search before the patterns
    seasons: dict[str, str]
    markers: dict[str, int]


@cache
def _grammar(v: TimeVocabulary) -> _Grammar:
    if not v.seasons:
        return _Grammar((), None, {}, {})
    # a season needs its article, a marker or a preposition: "a été" is no summer
    leads = (*v.season_leads, *v.markers_before)
    of = rf"(?:\s+{alt(v.period_of)})?" if v.period_of else ""
    tail = rf"(?:{of}\s+{_YEAR}|\s+(?P<post>{alt(v.markers_after)}))?(?!\w)"
    # "the fall of the regime", "l'été de la canicule": "of" + anything but a year is no season
    no_of = rf"(?!{of}\s+(?!{_ANY_YEAR}))" if v.period_of else ""
    sources = [rf"(?P<lead>{lead(leads)})(?P<s>{alt(v.seasons)}){tail}{no_of}"]
    if v.season_preps:  # "en été 2019", "au printemps dernier"; "en été" alone is any summer
        tail_needed = rf"(?:{of}\s+{_YEAR}|\s+(?P<post>{alt(v.markers_after)}))(?!\w)"
        sources.append(rf"(?P<lead>{lead(v.season_preps)})(?P<s>{alt(v.seasons)}){tail_needed}")
    if v.marked_seasons:
        sources.append(rf"(?P<lead>{lead(v.markers_before)})(?P<s>{alt(v.marked_seasons)}){tail}")
    return _Grammar(
        patterns=tuple(lazy(rf"(?<![\w'’]){src}", re.IGNORECASE) for src in sources),
        seen=re.compile(alt({**v.seasons, **v.marked_seasons}), re.IGNORECASE),
        seasons={norm(k): s for k, s in {**v.seasons, **v.marked_seasons}.items()},
        markers={norm(k): d for k, d in {**v.markers_before, **v.markers_after}.items()},
    )


def season(name: str, year: int) -> Period:
    """The season `name` that starts in `year` (winter runs into the next year)."""
    (m1, d1), (m2, d2) = SEASON_BOUNDS[name]
    end_year = year + 1 if (m2, d2) < (m1, d1) else year
    return dt.date(year, m1, d1), dt.date(end_year, m2, d2)


def _this(name: str, pub: dt.date) -> Period:
    """ "cet été", "this winter": the one under way, else the one of the publication's year."""
    for year in (pub.year - 1, pub.year):
        lo, hi = season(name, year)
        if lo <= pub <= hi:
            return lo, hi
    return season(name, pub.year)


def _hit(m: re.Match[str], g: _Grammar, v: TimeVocabulary, until: dt.date | None) -> PeriodHit:
    name = g.seasons[norm(m.group("s"))]
    raw_lead = norm(m.group("lead"))
    marks = [g.markers[k] for k in (raw_lead, norm(m.group("post") or "")) if k in g.markers]
    # "cet été", "last fall" keep their marker; "en été", "l'été 2003" start at the season
    start, end = m.start("lead") if raw_lead in g.markers else m.start("s"), m.end()
    if m.group("y"):
        year = int(m.group("y"))
        if name == "winter":  # "l'hiver 2019": the one that ends in it or the one that starts
            first, last = season(name, year - 1)[0], season(name, year)[1]
            return PeriodHit(start, end, "day", ((first, last),))
        return PeriodHit(start, end, "day", (season(name, year),))
    direction = marks[0] if marks else None
    past = past_until(m.string, start, v, until)  # "he died in the spring"

    def resolve(pub: dt.date) -> Period | None:
        if direction == 0:
            return _this(name, pub)
        options = [season(name, y) for y in range(pub.year - 2, pub.year + 2)]
        return pick_tensed(options, pub, direction or 0, past)

    return PeriodHit(start, end, "day", resolver=resolve)


def find_seasons(
    text: str, vocab: TimeVocabulary, *, until: dt.date | None = None
) -> Iterator[PeriodHit]:
    """Every season with its article, marker or year in `text` (`until`: the last day
    publication may be, which a past-tense clause names nothing after)."""
    g = _grammar(vocab)
    if g.seen is None or not g.seen.search(text):
        return
    for pattern in g.patterns:
        for m in pattern.finditer(text):
            yield _hit(m, g, vocab, until)
