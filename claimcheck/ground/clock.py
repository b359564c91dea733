"""Clock times, parts of the day, time ranges and durations: text -> Clock spans.

A clock time resolves to an interval of minutes after midnight: its minute (or the first
minute of its hour) when exact, widened by its qualifier ("vers 22 heures" is 21:30-22:30; see
`QUALIFIER_WIDTHS`). Parts of the day are the intervals of `PARTS_OF_DAY`. The time resolver
(claimcheck.ground.time) joins these spans to the dates next to them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Literal, TypeVar

from claimcheck.ground.phrases import SEP, alt, lead, norm
from claimcheck.lang.time_types import (
    PART_MODIFIERS,
    PARTS_OF_DAY,
    QUALIFIER_WIDTHS,
    TimeVocabulary,
)

__all__ = ["Clock", "find_clocks", "part_interval"]

T = TypeVar("T")
ClockKind = Literal["time", "part", "edge", "duration"]
ClockGranularity = Literal["minute", "hour", "part_of_day"]

_DAY = 24 * 60
_ALNUM = re.compile(r"[^\W_]")
_H = r"(?<![\d.,:/])(?P<h>[01]?\d|2[0-4])"
_OFFSET = re.compile(r"(?:gmt|utc)\s?([+\-−])\s?(\d{1,2})(?::?(\d\d))?", re.IGNORECASE)


_FAMILY = {"part": "part", "edge": "part", "duration": "duration", "half": "duration"}
_FAMILY["whole"] = "duration"


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
class _Grammar:
    vocab: TimeVocabulary
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    #: family -> a quick search that must succeed for any of its patterns to match
    triggers: dict[str, re.Pattern[str]]
    tail: re.Pattern[str]  # a.m./p.m., part of the day, "environ", zone after a time
    seeds: re.Pattern[str]  # where a clock time may start (a number, an hour word)
    qualified: re.Pattern[str]  # a qualifier just before a time ("vers ", "shortly after ")
    cue_before: re.Pattern[str]
    duration_before: re.Pattern[str]
    bare_range: re.Pattern[str]
    joiner: re.Pattern[str]
    bare_after: re.Pattern[str]  # a joiner and a bare hour after a time ("from 1 p.m. to 4")
    part_gap: re.Pattern[str]  # between a part of the day and its time ("afternoon at 7")
    chain_gap: re.Pattern[str]  # between two durations that add up ("un an et 21 jours")
    part_hour: re.Pattern[str]  # an hour alone after a part of the day ("l'après-midi à 7")
    duration_after: re.Pattern[str]  # "de" + a noun after "24 h": a length of time
    openers: dict[str, tuple[str, ...]]


_NORMED: dict[int, dict[str, object]] = {}


def _look(table: Mapping[str, T], raw: str) -> T:
    """`table[raw]` with keys and `raw` in `norm` form (a space matches a hyphen)."""
    normed = _NORMED.get(id(table))
    if normed is None:
        normed = _NORMED[id(table)] = {norm(k): val for k, val in table.items()}
    return normed[norm(raw)]  # type: ignore[return-value]


def _get(table: Mapping[str, T], raw: str) -> T | None:
    try:
        return _look(table, raw)
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
def grammar(v: TimeVocabulary) -> _Grammar:
    """The compiled clock patterns of one language (cached: vocabularies hash by identity)."""
    hours = {k: n for k, n in v.clock_numbers.items() if n <= 24}
    minutes = {k: n for k, n in v.clock_numbers.items() if n >= 10 and n % 5 == 0 and n < 60}
    any_minute = {k: n for k, n in v.clock_numbers.items() if 0 < n < 60}
    q = ""  # qualifiers are read backwards from where the time starts (see _qualified)
    counts = alt({**v.numbers, **v.clock_numbers})
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
        "spoken": rf"{q}(?:{_H}|{hw})(?:\s+{mw})?(?:\s?(?P<ap>{mer})|\s+(?P<pt>"
        rf"{alt(v.parts_after_hour)})|\s+(?P<frac>{alt(v.minute_fractions)}))",
        "part": rf"(?:(?P<pm>{lead(v.part_modifiers)}))?(?:{lead(v.part_determiners)})?"
        rf"(?P<part>{alt(v.parts)})",
        "edge": rf"(?P<edge>{alt(v.day_edges)})(?=\s)",
        "duration": rf"(?<![\w.,])(?:(?P<n>\d+(?:[.,]\d+)?)|(?P<nw>{counts}))"
        rf"(?:\s+(?P<h1>{alt(v.duration_halves)}))?\s?-?\s?(?P<u>{alt(v.duration_units)})"
        rf"(?:\s+(?P<h2>{alt(v.duration_halves)}))?"
        rf"(?:\s+(?:et\s+|and\s+)?(?P<n2>\d{{1,2}})\s?(?P<u2>{alt(v.duration_units)}))?",
        "whole": rf"(?P<ph>{alt(v.duration_phrases)})",
    }
    if v.half_before:
        sources["half"] = rf"(?P<hb>{alt(v.half_before)})(?:{SEP}|-)?(?P<u>{alt(v.duration_units)})"
    timed = (*v.qualifiers, *hours, *minutes, *v.fraction_words, *v.clock_words, "0")
    starts = {
        "part": (*v.part_modifiers, *v.part_determiners, *v.parts),
        "edge": tuple(v.day_edges),
        "duration": (*v.numbers, *v.clock_numbers, "0"),
        "whole": tuple(v.duration_phrases),
        "half": tuple(v.half_before),
    }
    patterns = tuple(
        (name, re.compile(rf"{_first(starts.get(name, timed))}(?<![\w'’]){src}", re.IGNORECASE))
        for name, src in sources.items()
    )
    seed_words = (*hours, *minutes, *v.fraction_words, *v.clock_words)
    seeds = re.compile(rf"(?<![\w'’])(?=\d|{alt(seed_words)})", re.IGNORECASE)
    qualified = re.compile(rf"(?<![\w'’])(?P<q>{alt(v.qualifiers)})\s+$", re.IGNORECASE)
    last_words = {norm(k).split(" ")[-1].split("'")[-1] for k in v.parts}
    clock_trigger = (
        *v.hour_marks, *v.oclock, *v.clock_words, *v.meridiem, *v.minute_relations,
        *v.parts_after_hour, *v.minute_fractions,
    )  # fmt: skip
    triggers = {
        "time": re.compile(rf"\d|{alt(clock_trigger)}", re.IGNORECASE),
        "part": re.compile(rf"{alt((*last_words, *v.day_edges))}", re.IGNORECASE),
        "duration": re.compile(rf"{alt((*v.duration_units, *v.duration_phrases))}", re.IGNORECASE),
    }
    cues = alt((*v.clock_cues, *v.qualifiers))
    number = rf"(?:\d{{1,2}}(?:[:h.]\d\d)?|{alt(hours)})"
    every = (*v.range_joiners, *(c for cs in v.range_openers.values() for c in cs))
    joiners = rf"(?:{alt(k for k in every if norm(k))}|[-–—])"
    return _Grammar(
        vocab=v,
        patterns=patterns,
        triggers=triggers,
        tail=re.compile(tail, re.IGNORECASE),
        seeds=seeds,
        qualified=qualified,
        cue_before=re.compile(rf"(?<![\w'’]){cues}\s*$", re.IGNORECASE),
        duration_before=re.compile(rf"(?<![\w'’]){alt(v.duration_cues)}\s*$", re.IGNORECASE),
        bare_range=re.compile(
            rf"(?:(?<![\w'’])(?P<o>{alt(v.range_openers)})\s+)?(?<![\w'’:.,])(?P<a>{number})"
            rf"\s*(?P<j>{joiners})\s*$",
            re.IGNORECASE,
        ),
        joiner=re.compile(rf"^\s*(?P<j>{joiners})\s*$", re.IGNORECASE),
        bare_after=re.compile(
            rf"\s*(?P<j>{joiners})\s*(?P<a>\d{{1,2}}(?:[:h.]\d\d)?)(?![\w:,]|\.\d|\s?[\w%])",
            re.IGNORECASE,
        ),
        duration_after=re.compile(
            rf"\s+{alt(v.duration_after)}\s*(?!{alt((*v.determiners, 'les'))})[^\W\d]"
            if v.duration_after
            else r"(?!)",
            re.IGNORECASE,
        ),
        part_hour=re.compile(
            rf"\s*,?\s*(?:(?P<q>{alt(v.qualifiers)})|{alt(v.datetime_joiners)})\s+"
            rf"(?P<h>1[0-2]|0?[1-9]|{alt(k for k, n in hours.items() if 0 < n <= 12)})"
            rf"(?![\w:.,%'’]|\s?[\w%])",
            re.IGNORECASE,
        ),
        chain_gap=re.compile(
            rf"^\s*,?\s*(?:{alt(v.duration_joiners)})?\s*$"
            if v.duration_joiners
            else r"^\s*,?\s*$",
            re.IGNORECASE,
        ),
        part_gap=re.compile(rf"^\s*,?\s*(?:{alt(v.datetime_joiners)})?\s*$", re.IGNORECASE),
        openers={norm(k): tuple(norm(c) for c in cs) for k, cs in v.range_openers.items()},
    )


def _first(keys: tuple[str, ...]) -> str:
    """A lookahead for the first characters the keys can start with ("0": any digit): most
    positions of a text fail at once."""
    chars = {norm(k)[:1] for k in keys if norm(k)}
    digits = r"\d" if "0" in chars else ""
    letters = "".join(sorted(re.escape(c) for c in chars if not c.isdigit()))
    return rf"(?=[{letters}{digits}])"


def _num(v: TimeVocabulary, raw: str | None) -> int | None:
    if raw is None:
        return None
    key = norm(raw)
    if key.isdigit():
        return int(key)
    found = _get(v.clock_numbers, key)
    return found if found is not None else _get(v.numbers, key)


def _half(hour: int, part: str | None, meridiem: int | None) -> tuple[int, bool]:
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


def _zone(v: TimeVocabulary, raw: str | None) -> str | None:
    if raw is None:
        return None
    m = _OFFSET.fullmatch(raw.strip())
    if m:
        sign = -1 if m.group(1) in "-−" else 1
        return f"UTC{'+' if sign > 0 else '-'}{int(m.group(2)):02d}:{int(m.group(3) or 0):02d}"
    return _get(v.zones, raw)


def widen(clock: int, qualifier: str | None) -> tuple[int, int]:
    """The interval a clock time allows under its qualifier, kept within 0..2880."""
    lo, hi = QUALIFIER_WIDTHS[qualifier or "exact"]
    start, end = clock + lo, clock + hi
    return (start + _DAY, end + _DAY) if start < 0 else (start, end)


def _time(kind: str, m: re.Match[str], text: str, g: _Grammar) -> Clock | None:
    v = g.vocab
    groups = m.groupdict()
    start, end = m.span()
    after = g.tail.match(text, end)
    if after is not None and after.end() > end:
        for name, value in after.groupdict().items():
            if value is not None and groups.get(name) is None:
                groups[name] = value
        end = after.end()
    before = text[max(0, start - 40) : start]
    qualifier = None
    core = start
    if found_q := g.qualified.search(before):
        qualifier = _look(v.qualifiers, found_q.group("q"))
        start -= len(before) - found_q.start()
        before = text[max(0, start - 40) : start]
    if groups.get("qa"):
        qualifier = _look(v.qualifiers_after, groups["qa"])
    minute: int | None = None
    if kind == "named":
        value = _look(v.clock_words, groups["nw"])
        hour, minute = divmod(value, 60)
        minute = minute if groups.get("frac") is None else None
    elif groups.get("hm"):
        hour, minute = divmod(int(groups["hm"]), 100)
    else:
        found = _num(v, groups.get("h") or groups.get("hw"))
        if found is None:
            return None
        hour = found
    if groups.get("mi") is not None:
        minute = int(groups["mi"])
    elif groups.get("mw") is not None and kind != "relation":
        minute = _num(v, groups["mw"])
    if groups.get("frac"):
        step = _look(v.minute_fractions, groups["frac"])
        minute = step % 60
        hour = hour - 1 if step < 0 else hour
    if kind == "relation":
        raw = groups.get("fw")
        amount = _look(v.fraction_words, raw) if raw else _num(v, groups.get("mw") or groups["md"])
        sign = _look(v.minute_relations, groups["rel"])
        if amount is None or (
            (sign < 0 or norm(groups["rel"]) in ("after",)) and not (raw or groups.get("mm"))
        ):
            return None  # "10 to 9" is a range, "after 9" a qualifier
        hour, minute = (hour, amount) if sign > 0 else (hour - 1, 60 - amount)
    cued = bool(qualifier or g.cue_before.search(before))
    in_duration = bool(g.duration_before.search(before)) and not qualifier
    # "24 h de garde à vue", "à 12 heures de route": a length of time, not a clock time
    lasting = minute is None and not groups.get("frac") and bool(g.duration_after.match(text, end))
    if kind in ("abbr", "word") and (in_duration or lasting):
        return None
    written = groups.get("mi") is not None or groups.get("mw") is not None
    range_end = bool(g.bare_range.search(before))
    if kind == "word" and (in_duration or not (cued or written or range_end or groups.get("pt"))):
        return None
    if kind == "spoken" and groups.get("frac") and not groups.get("ap") and not cued:
        return None
    meridiem = _look(v.meridiem, groups["ap"]) if groups.get("ap") else None
    part = _look(v.parts_after_hour, groups["pt"]) if groups.get("pt") else None
    if hour == 24 and not minute:
        hour = 0
    hour, fixed = _half(hour % 24 if hour >= 0 else 23, part, meridiem)
    if not (0 <= hour < 24 and (minute is None or 0 <= minute < 60)):
        return None
    value = hour * 60 + (minute or 0)
    t0, t1 = widen(value, qualifier)
    zone = _zone(v, groups.get("zn") or groups.get("zp"))
    explicit = minute is not None and (kind != "named" or groups.get("frac") is not None)
    return Clock(
        start, end, "time", "minute" if explicit or groups.get("frac") else "hour",
        clock=value, time_start=t0, time_end=t1, qualifier=qualifier, part=part, zone=zone,
        open_hour=hour if not fixed and 1 <= hour <= 12 and kind != "named" else None, core=core,
        half_written=meridiem is not None or part is not None,
    )  # fmt: skip


def _other(kind: str, m: re.Match[str], text: str, g: _Grammar) -> Clock | None:
    v = g.vocab
    start, end = m.span()
    groups = m.groupdict()
    if kind == "part":
        part = _look(v.parts, groups["part"])
        modifier = _look(v.part_modifiers, groups["pm"]) if groups.get("pm") else None
        lo, hi = part_interval(part, modifier)
        return Clock(start, end, "part", "part_of_day", time_start=lo, time_end=hi, part=part)
    if kind == "edge":
        edge = _look(v.day_edges, groups["edge"])
        lo, hi = part_interval(edge)
        return Clock(start, end, "edge", "part_of_day", time_start=lo, time_end=hi, part=edge)
    if kind == "whole":
        return Clock(start, end, "duration", duration=_look(v.duration_phrases, groups["ph"]))
    unit = _look(v.duration_units, groups["u"])
    if kind == "half":
        return Clock(start, end, "duration", duration=unit / 2) if groups.get("hb") else None
    raw = groups.get("n")
    count = float(raw.replace(",", ".")) if raw else _num(v, groups.get("nw"))
    if count is None or count == 0:
        return None
    mark = _get(v.hour_marks, groups["u"])
    before = text[max(0, start - 40) : start]
    cued = g.cue_before.search(before) and not g.duration_before.search(before)
    clockish = raw is not None and raw.isdigit() and int(raw) <= 24 and not groups.get("h1")
    lasting = bool(g.duration_after.match(text, end)) and not groups.get("n2")
    if mark == "abbr" and clockish and not g.duration_before.search(before) and not lasting:
        return None  # "21 h": a clock time
    if mark == "word" and clockish and cued and not lasting:
        return None  # "à 21 heures"
    half = groups.get("h1") or groups.get("h2")
    total = (count + (_look(v.duration_halves, half) if half else 0.0)) * unit
    if groups.get("n2"):
        total += int(groups["n2"]) * _look(v.duration_units, groups["u2"])
    return Clock(start, end, "duration", duration=total)


def _ranges(text: str, clocks: list[Clock], g: _Grammar) -> list[Clock]:
    """Two times joined ("entre 14 h et 16 h", "from 9 to 11 a.m.") become one range."""
    out: list[Clock] = []
    for clock in clocks:
        prev = out[-1] if out else None
        if clock.kind != "time" or clock.clock is None:
            out.append(clock)
            continue
        if prev is not None and prev.kind == "time" and prev.clock is not None:
            gap = g.joiner.match(
                text[prev.end : clock.core if clock.core is not None else clock.start]
            )
            begin = _joined(text, prev.start, gap.group("j"), g) if gap else None
            if begin is not None:
                first = _align(prev.clock, prev.open_hour, clock, g.vocab)
                out[-1] = _range(begin, first, clock)
                continue
        core = clock.core if clock.core is not None else clock.start
        m = g.bare_range.search(text[max(0, core - 40) : core])
        if m and _joined_bare(m, g) and (prev is None or prev.end <= core - len(m.group())):
            hour, minute = _bare(g.vocab, m.group("a"))
            if hour is not None:
                first = _align(
                    hour * 60 + minute, hour if 1 <= hour <= 12 else None, clock, g.vocab
                )
                out.append(_range(core - len(m.group()), first, clock))
                continue
        after = g.bare_after.match(text, clock.end)
        begin = _joined(text, clock.start, after.group("j"), g) if after else None
        hour, minute = _bare(g.vocab, after.group("a")) if after else (None, 0)
        if after and begin is not None and hour is not None and hour <= 24:
            options = [(hour % 24) * 60 + minute] + (
                [hour * 60 + minute + 720] if hour < 12 else []
            )
            value = clock.clock
            last = min(options, key=lambda t: (t - value - 1) % _DAY)
            second = replace(clock, end=after.end(), clock=last, granularity="hour")
            out.append(_range(begin, value, second))
            continue
        out.append(clock)
    return out


def _joined(text: str, start: int, joiner: str, g: _Grammar) -> int | None:
    """Where a range of two times starts (its opener included), or None if they are not one."""
    window = text[max(0, start - 30) : start]
    j = norm(joiner) or joiner.strip()
    for opener, closers in g.openers.items():
        m = re.search(rf"(?<![\w'’]){alt([opener])}\s+$", window, re.IGNORECASE)
        if m:
            return start - (len(window) - m.start()) if j in closers else None
    return start if j in {norm(k) or k for k in g.vocab.range_joiners} else None


def _joined_bare(m: re.Match[str], g: _Grammar) -> bool:
    j = norm(m.group("j")) or m.group("j").strip()
    if m.group("o"):
        return j in g.openers.get(norm(m.group("o")), ())
    return j in {norm(k) or k for k in g.vocab.range_joiners}


def _bare(v: TimeVocabulary, raw: str) -> tuple[int | None, int]:
    m = re.fullmatch(r"(\d{1,2})(?:[:h.](\d\d))?", raw.strip(), re.IGNORECASE)
    if m:
        return int(m.group(1)), int(m.group(2) or 0)
    return _num(v, raw), 0


def _align(first: int, open_hour: int | None, second: Clock, v: TimeVocabulary) -> int:
    """The first time of a range on the half of the day the second one fixes ("9 to 11 p.m.");
    on a 24-hour clock only a written a.m./p.m. or part of the day fixes it."""
    assert second.clock is not None
    if open_hour is None or second.open_hour is not None:
        return first
    if v.hours_24 and not second.half_written:
        return first
    base = (open_hour % 12) * 60 + first % 60
    if second.clock >= 12 * 60:
        return base + 12 * 60 if base + 12 * 60 <= second.clock else base
    return base if base <= second.clock else base + 12 * 60


def _range(start: int, first: int, second: Clock) -> Clock:
    assert second.clock is not None
    last = second.clock if second.clock > first else second.clock + _DAY
    both_hours = second.granularity == "hour" and first % 60 == 0
    return replace(
        second, start=start, clock=first, time_start=first, time_end=last + 1, qualifier=None,
        granularity="hour" if both_hours else "minute", open_hour=None,
    )  # fmt: skip


def find_clocks(text: str, vocab: TimeVocabulary) -> list[Clock]:
    """Clock times, ranges, parts of the day, day edges and durations in `text`, sorted and
    disjoint (the longest span wins)."""
    g = grammar(vocab)
    found: list[Clock] = []
    if not _ALNUM.search(text):
        return []
    live = {family for family, trigger in g.triggers.items() if trigger.search(text)}
    seeds = [m.start() for m in g.seeds.finditer(text)] if "time" in live else []
    for kind, pattern in g.patterns:
        family = _FAMILY.get(kind, "time")
        if family not in live:
            continue
        if family == "time":  # tried only where a number or an hour word starts
            matches = [m for pos in seeds if (m := pattern.match(text, pos)) is not None]
        else:
            matches = list(pattern.finditer(text))
        for m in matches:
            clock = (_time if family == "time" else _other)(kind, m, text, g)
            if clock is not None and clock.end > clock.start:
                found.append(clock)
    found.sort(key=lambda c: (c.start - c.end, c.kind != "time", c.start))
    taken: list[Clock] = []
    occupied = bytearray(len(text))
    for clock in found:
        if occupied.find(1, clock.start, clock.end) < 0:
            occupied[clock.start : clock.end] = b"\x01" * (clock.end - clock.start)
            taken.append(clock)
    taken.sort(key=lambda c: c.start)
    return _ranges(text, _part_first(text, _chain(text, taken, g), g), g)


def _chain(text: str, clocks: list[Clock], g: _Grammar) -> list[Clock]:
    """Durations written one after the other add up ("un an, un mois et 21 jours")."""
    out: list[Clock] = []
    for clock in clocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == clock.kind == "duration"
            and prev.duration is not None
            and clock.duration is not None
            and g.chain_gap.match(text[prev.end : clock.start])
        ):
            out[-1] = replace(prev, end=clock.end, duration=prev.duration + clock.duration)
            continue
        out.append(clock)
    return out


def _part_first(text: str, clocks: list[Clock], g: _Grammar) -> list[Clock]:
    """A part of the day just before a time sets its half of the day ("afternoon at 7")."""
    out: list[Clock] = []
    for clock in clocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "part"
            and " " in norm(text[prev.start : prev.end])  # "le soir à 8 h", not "hier soir"
            and clock.kind == "time"
            and clock.clock is not None
            and g.part_gap.match(text[prev.end : clock.start])
        ):
            value = clock.clock
            if clock.open_hour is not None:
                hour, _ = _half(clock.open_hour, prev.part, None)
                value = hour * 60 + clock.clock % 60
            t0, t1 = widen(value, clock.qualifier)
            out[-1] = replace(
                clock, start=prev.start, clock=value, time_start=t0, time_end=t1,
                part=prev.part, open_hour=None,
            )  # fmt: skip
            continue
        if clock.kind == "part" and " " in norm(text[clock.start : clock.end]) and clock.part:
            m = g.part_hour.match(text, clock.end)
            said = _num(g.vocab, m.group("h")) if m else None
            if m and said is not None:
                value = _half(said, clock.part, None)[0] * 60
                qualifier = _get(g.vocab.qualifiers, m.group("q")) if m.group("q") else None
                t0, t1 = widen(value, qualifier)
                out.append(
                    replace(
                        clock, end=m.end(), kind="time", granularity="hour", clock=value,
                        time_start=t0, time_end=t1, qualifier=qualifier, half_written=True,
                    )
                )  # fmt: skip
                continue
        out.append(clock)
    return out
