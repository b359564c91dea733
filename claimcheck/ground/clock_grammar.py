"""A language's time words -> the compiled clock grammar, the Clock span and its arithmetic.

Read by claimcheck.ground.clock, which finds the spans.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Literal, TypeVar

from claimcheck.ground.lazy_pattern import LazyPattern, lazy
from claimcheck.ground.phrases import SEP, alt, lead, norm
from claimcheck.lang.time_types import (
    PART_MODIFIERS,
    PARTS_OF_DAY,
    QUALIFIER_WIDTHS,
    TimeVocabulary,
)

__all__ = [
    "DAY", "FAMILY", "Clock", "ClockGrammar", "first_chars", "get", "grammar", "half", "look",
    "num", "part_interval", "widen", "zone_of",
]  # fmt: skip

T = TypeVar("T")
ClockKind = Literal["time", "part", "edge", "duration"]
ClockGranularity = Literal["minute", "hour", "part_of_day"]

DAY = 24 * 60
_ALNUM = re.compile(r"[^\W_]")
_H = r"(?<![\d.,:/])(?P<h>[01]?\d|2[0-4])"
_OFFSET = re.compile(r"(?:gmt|utc)\s?([+\-−])\s?(\d{1,2})(?::?(\d\d))?", re.IGNORECASE)


FAMILY = {"part": "part", "edge": "part", "duration": "duration", "half": "duration"}
FAMILY["whole"] = "duration"
FAMILY["day_half"] = "day_half"


@dataclass(frozen=True)
class Clock:
    """One clock-time, part-of-day, day-edge or duration span of a text."""

    start: int
    end: int
    kind: ClockKind
    granularity: ClockGranularity | None = None
    clock: int | None = None  # minutes after midnight as written
    time_start: int | None = None
    time_end: int | None = None
    qualifier: str | None = None
    part: str | None = None
    zone: str | None = None
    duration: float | None = None
    #: the hour as written when nothing fixed its half of the day (1..12): a later "p.m." or
    #: "ce soir" may still move it
    open_hour: int | None = None
    #: whether a.m./p.m. or a part of the day was written with it ("8 p.m.", "8 du soir")
    half_written: bool = False
    #: where the time proper starts, after its qualifier ("jusqu'à 17 h": at "17")
    core: int | None = None


@dataclass(frozen=True)
class ClockGrammar:
    vocab: TimeVocabulary
    patterns: tuple[tuple[str, LazyPattern], ...]
    #: family -> a quick search that must succeed for any of its patterns to match
    triggers: dict[str, re.Pattern[str]]
    tail: LazyPattern  # a.m./p.m., part of the day, "environ", zone after a time
    seeds: LazyPattern  # where a clock time may start (a number, an hour word)
    qualified: LazyPattern  # a qualifier just before a time ("vers ", "shortly after ")
    cue_before: LazyPattern
    duration_before: LazyPattern
    bare_range: LazyPattern
    day_lead: LazyPattern  # the article of a day number ("le" 15 à 8 heures: a day)
    #: units of time whose number a bare hour never is ("semaine" 10 à 20 h: week 10)
    numbered_units: frozenset[str]
    month_lead: LazyPattern  # a month before a day number ("March" 3 to 6 a.m.: a day)
    part_det: LazyPattern  # a determiner before a modified part ("in the" late evening)
    dated_det: frozenset[str]  # determiners of a part right after a day only ("d'")
    day_before: LazyPattern  # a weekday, a relative day or a marker just before ("mardi ")
    #: a relative day that ends where a part of the day ends ("demain après-midi"): a date
    relday_end: LazyPattern
    joiner: LazyPattern
    bare_after: LazyPattern  # a joiner and a bare hour after a time ("from 1 p.m. to 4")
    part_gap: LazyPattern  # between a part of the day and its time ("afternoon at 7")
    chain_gap: LazyPattern  # between two durations that add up ("un an et 21 jours")
    part_hour: LazyPattern  # an hour alone after a part of the day ("l'après-midi à 7")
    duration_after: LazyPattern  # "de" + a noun after "24 h": a length of time
    openers: dict[str, tuple[str, ...]]
    #: between a time and the length that follows it ("from 9 a.m." for "six hours")
    for_gap: LazyPattern
    for_before: LazyPattern  # before a length that a time follows ("for" 6 hours from 9)
    #: a verb of a changing figure, then only a range's words and numbers, before a bare
    #: hour ("passé de 5 à" 6 ce matin, "rose to" 12 this morning): a figure
    figure_before: LazyPattern
    #: a verb that moves a time, then a range's words ("avancé" de 20 h à 18 h, "moved"
    #: from 8 p.m. to 6 p.m.): the two times are the old and the new one, not a range
    shift_before: LazyPattern
    figures_before: tuple[LazyPattern, LazyPattern]  # either of the two
    #: a day after a whole part ("toute la nuit" de samedi à dimanche, "all night" on
    #: Saturday): that night, not a length
    day_after: LazyPattern


_NORMED: dict[int, dict[str, object]] = {}


def look(table: Mapping[str, T], raw: str) -> T:
    """`table[raw]` with keys and `raw` in `norm` form (a space matches a hyphen)."""
    normed = _NORMED.get(id(table))
    if normed is None:
        normed = _NORMED[id(table)] = {norm(k): val for k, val in table.items()}
    return normed[norm(raw)]  # type: ignore[return-value]


def get(table: Mapping[str, T], raw: str) -> T | None:
    try:
        return look(table, raw)
    except KeyError:
        return None


def part_interval(part: str, modifier: str | None = None) -> tuple[int, int]:
    """The minutes a part of the day covers, narrowed by its modifier ("en fin de")."""
    lo, hi = PARTS_OF_DAY[part]
    if modifier is None:
        return lo, hi
    a, b = PART_MODIFIERS[modifier]
    return lo + round((hi - lo) * a), lo + round((hi - lo) * b)


@cache
def grammar(v: TimeVocabulary) -> ClockGrammar:
    """The compiled clock patterns of one language (cached: vocabularies hash by identity)."""
    hours = {k: n for k, n in v.clock_numbers.items() if n <= 24}
    minutes = {k: n for k, n in v.clock_numbers.items() if n >= 10 and n % 5 == 0 and n < 60}
    any_minute = {k: n for k, n in v.clock_numbers.items() if 0 < n < 60}
    q = ""  # qualifiers are read backwards from where the time starts (see _qualified)
    counts = alt({**v.numbers, **v.clock_numbers, **v.duration_counts})
    hw = rf"(?P<hw>{alt(hours)})"
    mw = rf"(?P<mw>{alt(minutes)})"
    abbr = (
        "(?:"
        + "|".join(
            re.escape(k)
            for k, kind in sorted(v.hour_marks.items(), key=lambda kv: -len(kv[0]))
            if kind == "abbr"
        )
        + ")"
    )
    abbr = abbr if abbr != "(?:)" else r"(?!)"  # no hour marks: no "21h35" to read
    words = [k for k, kind in v.hour_marks.items() if kind == "word"]
    mer = alt(v.meridiem)
    # minute marks may run into seconds ("19h56min30s"): no word boundary after them
    minmark = "(?:" + "|".join(re.escape(k) for k in sorted(v.minute_marks, key=len)[::-1]) + ")"
    frac = rf"(?:\s+(?P<frac>{alt(v.minute_fractions)}))?" if v.minute_fractions else ""
    zones = alt(v.zones)
    zone_tail = (
        rf"(?:(?:\s*,\s*|\s+)(?P<zn>{zones}|(?:gmt|utc)\s?[+\-−]\s?\d{{1,2}}(?::?\d\d)?)"
        rf"|\s*\((?P<zp>{zones})\))?"
    )
    qa = rf"(?:(?:\s+|-)?(?P<qa>{alt(v.qualifiers_after)}))?" if v.qualifiers_after else ""
    pah = rf"(?:\s+(?P<pt>{alt(v.parts_after_hour)}))?"

    # what may follow any clock time, matched once after it (compiled once, not per pattern)
    tail = rf"(?:\s?(?P<ap>{mer})\.?)?{pah}{qa}{zone_tail}"

    sources = {
        "abbr": rf"{q}{_H}\s?(?P<mk>{abbr})(?:\s?(?P<mi>[0-5]?\d)(?!\d)"
        rf"(?:\s?{minmark})?(?:\s?\d{{1,2}}\s?s)?)?(?![\w/]){frac}",
        "word": rf"{q}(?:{_H}|{hw})\s+(?P<mk>{alt(words)})(?:\s+(?:(?P<mi>[0-5]?\d)(?!\d)|{mw})"
        rf"(?:\s+{minmark})?)?{frac}",
        "colon": rf"{q}{_H}\s?:\s?(?P<mi>[0-5]\d)(?::[0-5]\d)?(?![\d:])",
        "meridiem": rf"{q}(?:{_H}(?:[.:](?P<mi>[0-5]\d)(?::[0-5]\d)?)?|(?<![\d.,:/])"
        rf"(?P<hm>\d{{3,4}}))\s?(?P<ap>{mer})\.?",
        "oclock": rf"{q}(?:{_H}|{hw})\s+{alt(v.oclock)}",
        "relation": rf"{q}(?:(?P<fw>{alt(v.fraction_words)})|(?P<mw>{alt(any_minute)})"
        rf"|(?P<md>[0-5]?\d))"
        rf"(?:\s+(?P<mm>{minmark}))?\s+(?P<rel>{alt(v.minute_relations)})\s+(?:{_H}|{hw})"
        rf"(?:\s+{alt(v.oclock)})?",
        "named": rf"{q}(?:(?:12|{alt(k for k, n in hours.items() if n == 12)})\s+)?"
        rf"(?P<nw>{alt(v.clock_words)}){frac}",
        # ... or before a relative day that names its part: "à 7 ce soir", "at 10 tonight"
        "spoken": rf"{q}(?:{_H}|{hw})(?:\s+{mw})?(?:\s?(?P<ap>{mer})|\s+(?P<pt>"
        rf"{alt(v.parts_after_hour)})|\s+(?P<frac>{alt(v.minute_fractions)})"
        rf"|(?=\s+(?P<rd>{alt(v.relative_day_parts)})(?!\w)))",
        # two number words, last in their clause: "je rentre à dix-neuf trente", "at eight forty."
        "pair": rf"{q}(?P<hw>{alt(k for k, n in hours.items() if 0 < n <= v.spoken_pair_hours)})"
        rf"\s+{mw}(?=\s*(?:[,.;:!?)»”]|$|(?:{mer})(?!\w))"
        rf"|\s+(?:{alt((*v.parts_after_hour, *v.relative_day_parts))})(?!\w))"
        if v.spoken_pair_hours
        else r"(?!)",
        # "late in the evening"; "in the late evening" is read from "late" on
        "part": rf"(?:(?P<pm>{lead(v.part_modifiers)}))?"
        rf"(?:(?P<pd>{lead((*v.part_determiners, *v.part_dated_determiners))}))?"
        rf"(?P<part>{alt(v.parts)})",
        "edge": rf"(?P<edge>{alt(v.day_edges)})(?=\s)",
        "duration": rf"(?<![\w.,])(?:(?P<n>\d+(?:[.,]\d+)?)|(?P<nw>{counts}))"
        rf"(?:\s+(?P<h1>{alt(v.duration_halves)}))?\s?-?\s?(?P<u>{alt(v.duration_units)})"
        rf"(?:\s+(?P<h2>{alt(v.duration_halves)}))?"
        rf"(?:\s+(?:et\s+|and\s+)?(?P<n2>\d{{1,2}})\s?(?P<u2>{alt(v.duration_units)}))?",
        "whole": rf"(?P<ph>{alt(v.duration_phrases)})",
        # wire copy's four digits before an upper-case zone: "at 0730 GMT" (never "2019 local
        # elections", "en 2019 à Paris": a bare year before a word)
        "zoned": rf"{q}(?<![\d.,:/])(?P<hm>[01]\d[0-5]\d|2[0-3][0-5]\d)(?=\s+(?-i:{upper})\b)"
        if (upper := "|".join(sorted((k.upper() for k in v.zones if k.isalpha()), key=len)[::-1]))
        else r"(?!)",
    }
    # "Tuesday AM", "Friday p.m.": case as written (checked after a day where it is read);
    # never before a name ("Tuesday PM Theresa May": the Prime Minister)
    halves = "|".join(re.escape(k) for k in sorted(v.day_halves, key=len, reverse=True))
    sources["day_half"] = rf"(?-i:(?P<dh>{halves})(?!\w)(?!\s+[A-Z]))" if halves else r"(?!)"
    if v.half_before:
        sources["half"] = rf"(?P<hb>{alt(v.half_before)})(?:{SEP}|-)?(?P<u>{alt(v.duration_units)})"
    timed = (*v.qualifiers, *hours, *minutes, *v.fraction_words, *v.clock_words, "0")
    starts = {
        "part": (*v.part_modifiers, *v.part_determiners, *v.part_dated_determiners, *v.parts),
        "edge": tuple(v.day_edges),
        "duration": (*v.numbers, *v.clock_numbers, "0"),
        "whole": tuple(v.duration_phrases),
        "half": tuple(v.half_before),
        "day_half": tuple(v.day_halves),
    }
    patterns = tuple(
        (
            name,
            # a clock word never starts inside a compound ("midi" of "après-midi")
            lazy(
                rf"{first_chars(starts.get(name, timed))}"
                rf"(?<![\w'’{'-' if name == 'named' else ''}]){src}",
                re.IGNORECASE,
            ),
        )
        for name, src in sources.items()
    )
    seed_words = (*hours, *minutes, *v.fraction_words, *v.clock_words)
    seeds = lazy(rf"(?<![\w'’])(?=\d|{alt(seed_words)})", re.IGNORECASE)
    qualified = lazy(rf"(?<![\w'’])(?P<q>{alt(v.qualifiers)})\s+$", re.IGNORECASE)
    last_words = {norm(k).split(" ")[-1].split("'")[-1] for k in v.parts}
    clock_trigger = (
        *v.hour_marks, *v.oclock, *v.clock_words, *v.meridiem, *v.minute_relations,
        *v.parts_after_hour, *v.minute_fractions,
        *(minutes if v.spoken_pair_hours else ()),  # "dix-neuf trente"
    )  # fmt: skip
    # every pattern starts its words after a non-letter ("10h30", "3 h", "l'aube"): a trigger
    # is looked for there only (three times cheaper than anywhere; the same texts pass)
    start = r"(?<![^\W\d_])"
    triggers = {
        "day_half": re.compile(rf"{start}(?-i:{halves})" if halves else r"(?!)"),
        "time": re.compile(rf"{start}(?:\d|{alt(clock_trigger)})", re.IGNORECASE),
        "part": re.compile(rf"{start}{alt((*last_words, *v.day_edges))}", re.IGNORECASE),
        "duration": re.compile(
            rf"{start}{alt((*v.duration_units, *v.duration_phrases))}", re.IGNORECASE
        ),
    }
    cues = alt((*v.clock_cues, *v.qualifiers))
    number = rf"(?:\d{{1,2}}(?:[:h.]\d\d)?|{alt(hours)})"
    every = (*v.range_joiners, *(c for cs in v.range_openers.values() for c in cs))
    joiners = rf"(?:{alt(k for k in every if norm(k))}|[-–—])"
    links = rf"(?:{alt(k for k in (*every, *v.range_openers) if norm(k))}(?![\w'’])|[-–—])"
    not_after = "".join(
        # an elided word leans on the verb ("s'" passera), a whole one stands a space before
        rf"(?<!\b{re.escape(w.strip())}\s)" if w.strip()[-1].isalpha() else rf"(?<!{re.escape(w)})"
        for w in v.figure_verb_vetoes
    )
    figure_before, shift_before = (
        lazy(
            rf"(?<![\w'’]){not_after}{alt(verbs)}(?:\s*(?:{links}|\d{{1,3}}(?![\w:])))*\s*$",
            re.IGNORECASE,
        )
        if verbs
        else lazy(r"(?!)")
        for verbs in (v.figure_verbs, v.shift_verbs)
    )
    weekday_day = (
        r"(?!)"
        if v.weekday_day_joiners
        else rf"{alt(v.weekdays)}(?:\s*,)?(?:\s+{alt(v.determiners)})?"
    )
    return ClockGrammar(
        vocab=v,
        patterns=patterns,
        triggers=triggers,
        tail=lazy(tail, re.IGNORECASE),
        seeds=seeds,
        qualified=qualified,
        cue_before=lazy(rf"(?<![\w'’]){cues}\s*$", re.IGNORECASE),
        duration_before=lazy(rf"(?<![\w'’]){alt(v.duration_cues)}\s*$", re.IGNORECASE),
        bare_range=lazy(
            rf"(?:(?<![\w'’])(?P<o>{alt(v.range_openers)})\s+)?(?<![\w'’:.,/-])(?P<a>{number})"
            rf"\s*(?P<j>{joiners})\s*$",
            re.IGNORECASE,
        ),
        dated_det=frozenset(norm(k) for k in v.part_dated_determiners),
        day_before=lazy(
            rf"(?<![\w'’]){alt((*v.weekdays, *v.relative_days, *v.markers_after))}\s+$",
            re.IGNORECASE,
        ),
        part_det=lazy(
            rf"(?<![\w'’]){lead(v.part_determiners)}$" if v.part_determiners else r"(?!)",
            re.IGNORECASE,
        ),
        # ... or a weekday where the language writes its day number right after it ("jeudi"
        # 17 à 18 h: the 17th at 6 p.m.; English needs "the", a day lead of its own)
        numbered_units=frozenset(norm(w) for w in v.numbered_units),
        day_lead=lazy(
            rf"(?<![\w'’])(?:{alt(v.bare_day_leads)}|{weekday_day})\s+$",
            re.IGNORECASE,
        ),
        month_lead=lazy(
            rf"(?<![\w'’]){alt({**v.months, **v.month_abbreviations})}\.?\s*$", re.IGNORECASE
        )
        if v.month_first_dates
        else lazy(r"(?!)"),
        joiner=lazy(rf"^\s*(?P<j>{joiners})\s*$", re.IGNORECASE),
        bare_after=lazy(
            rf"\s*(?P<j>{joiners})\s*(?P<a>\d{{1,2}}(?:[:h.]\d\d)?)"
            # ... then nothing more, or the date it is on ("from 10:30 to 3 on 1/1/2015")
            # (not the day of a numeric date: "until 12-05-2019 8:00pm")
            rf"(?:(?![\w:,/]|[.-]\d|\s?[\w%])|(?=\s+{alt(v.datetime_joiners)}\s+\d|"
            rf"\s+{alt(v.datetime_joiners)}\s+(?:{alt(v.weekdays)}|{alt(v.months)})(?!\w)))",
            re.IGNORECASE,
        ),
        duration_after=lazy(
            rf"\s+{alt(v.duration_after)}\s*(?!{alt((*v.determiners, *v.markers_before, 'les'))})"
            rf"[^\W\d]"
            if v.duration_after
            else r"(?!)",
            re.IGNORECASE,
        ),
        part_hour=lazy(
            rf"\s*,?\s*(?:(?P<q>{alt(v.qualifiers)})|{alt(v.datetime_joiners)})\s+"
            rf"(?P<h>1[0-2]|0?[1-9]|{alt(k for k, n in hours.items() if 0 < n <= 12)})"
            rf"(?![\w:.,%'’/-]|\s?[\w%])",
            re.IGNORECASE,
        ),
        chain_gap=lazy(
            rf"^\s*,?\s*(?:{alt(v.duration_joiners)})?\s*$"
            if v.duration_joiners
            else r"^\s*,?\s*$",
            re.IGNORECASE,
        ),
        relday_end=lazy(rf"(?<![\w'’]){alt(v.relative_days)}$", re.IGNORECASE),
        part_gap=lazy(rf"^\s*,?\s*(?:{alt(v.datetime_joiners)})?\s*$", re.IGNORECASE),
        openers={norm(k): tuple(norm(c) for c in cs) for k, cs in v.range_openers.items()},
        # without "for" words `alt` never matches, and neither do these
        for_gap=lazy(rf"^\s*,?\s*{alt(v.span_for)}\s+$", re.IGNORECASE),
        for_before=lazy(rf"(?<![\w'’]){alt(v.span_for)}\s+$", re.IGNORECASE),
        figure_before=figure_before,
        shift_before=shift_before,
        figures_before=(figure_before, shift_before),
        day_after=lazy(
            rf"\s+{alt(v.part_date_joiners)}\s+"
            rf"(?:{alt((*v.weekdays, *v.relative_days))}(?![\w'’])|\d)",
            re.IGNORECASE,
        ),
    )


def first_chars(keys: tuple[str, ...]) -> str:
    """A lookahead for the first characters the keys can start with ("0": any digit): most
    positions of a text fail at once."""
    chars = {norm(k)[:1] for k in keys if norm(k)}
    digits = r"\d" if "0" in chars else ""
    letters = "".join(sorted(re.escape(c) for c in chars if not c.isdigit()))
    return rf"(?=[{letters}{digits}])"


def num(v: TimeVocabulary, raw: str | None) -> int | None:
    if raw is None:
        return None
    key = norm(raw)
    if key.isdigit():
        return int(key)
    found = get(v.clock_numbers, key)
    return found if found is not None else get(v.numbers, key)


def half(hour: int, part: str | None, meridiem: int | None) -> tuple[int, bool]:
    """The hour on a 24-hour clock, and whether its half of the day is fixed."""
    if meridiem is not None:
        if hour == 12:
            return (0 if meridiem == 0 else 12), True
        return (hour + meridiem if hour < 12 else hour), True
    if part is None or hour > 12:
        return hour, hour > 12 or hour == 0
    if part in ("afternoon", "evening") and hour < 12:
        return hour + 12, True
    if part == "night":
        return (hour + 12 if 6 <= hour < 12 else 0 if hour == 12 else hour), True
    if part == "midday" and hour < 6:
        return hour + 12, True
    return (0 if hour == 12 and part == "morning" else hour), True


def zone_of(v: TimeVocabulary, raw: str | None) -> str | None:
    if raw is None:
        return None
    m = _OFFSET.fullmatch(raw.strip())
    if m:
        sign = -1 if m.group(1) in "-−" else 1
        return f"UTC{'+' if sign > 0 else '-'}{int(m.group(2)):02d}:{int(m.group(3) or 0):02d}"
    return get(v.zones, raw)


def widen(clock: int, qualifier: str | None) -> tuple[int, int]:
    """The interval a clock time allows under its qualifier, kept within 0..2880."""
    lo, hi = QUALIFIER_WIDTHS[qualifier or "exact"]
    start, end = clock + lo, clock + hi
    return (start + DAY, end + DAY) if start < 0 else (start, end)
