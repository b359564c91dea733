"""Dates (TimeRef) + clock spans (Clock) of one text -> TimeRefs with their times of day.

A time of day joins the date written next to it ("mardi à 21 h 35", "9:40 p.m. on Tuesday",
"dans la nuit de vendredi à samedi", "early Tuesday"); a time left alone takes the text's only
day-level date, if it has exactly one. Stated zones get their UTC offset for that day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimcheck.ground.clock import Clock, part_interval, widen
from claimcheck.ground.datetime_spans import closing_part, opening_time, through_times
from claimcheck.ground.day_parts import DAY, edge_then_part, part_moves_clock, small_hours
from claimcheck.ground.lazy_pattern import LazyPattern, lazy
from claimcheck.ground.phrases import alt, norm
from claimcheck.lang.time_types import PART_MODIFIERS, ZONE_RULES, TimeVocabulary
from claimcheck.models import TimeRef

__all__ = ["join_clocks", "utc_offset"]

_ZONE = re.compile(r"UTC([+-])(\d\d):(\d\d)")
#: a day, its time with seconds, then a year: "Wed Oct 26 15:50:06 2016" (a timestamp's layout)
_SECONDS = re.compile(r"\d:\d\d:\d\d$")
_YEAR_AFTER = re.compile(r"(?<!\s)\s+(1[6-9]\d\d|20\d\d)(?![\w.,:/-]?\d|\w)")
_DATE_FIELDS = ("earliest", "latest", "candidates", "weekday", "month", "day", "year", "anchor")


@dataclass(frozen=True)
class _Gaps:
    left: LazyPattern  # date, then its time: "mardi à", "Tuesday at"
    right: LazyPattern  # time, then its date: "21 h 35 mardi", "morning of June 5"
    through: LazyPattern  # "de vendredi à samedi"
    parts: dict[str, str]
    bare_hour: LazyPattern  # "ce soir à 7", "tonight around 7": an hour after a part
    modifiers: frozenset[str]  # edges that are part modifiers too: "late", "tôt"
    today_nights: frozenset[str]  # "cette nuit", "tonight": whose small hours may be past
    end_lead: LazyPattern  # before a day that ends a stretch: "jusqu'à" dimanche, "until"


@cache
def _gaps(v: TimeVocabulary) -> _Gaps:
    left = alt(v.datetime_joiners)
    right = alt((*v.part_date_joiners, *v.datetime_joiners))
    through = alt(k for k in (*v.range_joiners, *v.night_joiners) if norm(k))
    hours = rf"1[0-2]|0?[1-9]|{alt(k for k, n in v.clock_numbers.items() if 0 < n <= 12)}"
    return _Gaps(
        left=lazy(rf"^\s*,?\s*(?:{left}\s*)?$", re.IGNORECASE),
        right=lazy(rf"^\s*,?\s*(?:{right}\s*)?$", re.IGNORECASE),
        through=lazy(rf"^\s*(?:{through}|[-–])\s*$", re.IGNORECASE),
        parts={norm(k): p for k, p in v.relative_day_parts.items()},
        today_nights=frozenset(
            norm(k)
            for k, p in v.relative_day_parts.items()
            if p == "night" and v.relative_days.get(k) == 0
        ),
        modifiers=frozenset(norm(k) for k in v.part_modifiers),
        end_lead=lazy(rf"(?<![\w'’]){alt(v.end_leads)}\s*$", re.IGNORECASE)
        if v.end_leads
        else lazy(r"(?!)"),
        bare_hour=lazy(
            # after a qualifier the hour may end its clause ("mardi soir vers 9.", "Monday
            # morning around 7, police said"); after "à"/"at" only the text ("ce matin à 7."
            # may be a rate)
            rf"\s*,?\s*(?:(?P<q>{alt(v.qualifiers)})\s+(?P<h>{hours})(?![\w:%'’/-]|[.,]\d)"
            rf"|{alt(v.datetime_joiners)}\s+(?P<h2>{hours})(?![\w:.,%'’/-]))(?!\s?[\w%])",
            re.IGNORECASE,
        ),
    )


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def utc_offset(zone: str | None, day: dt.date | None) -> int | None:
    """Minutes ahead of UTC of a stated zone on `day`; None when it cannot be known."""
    if zone is None or zone == "local":
        return None
    m = _ZONE.fullmatch(zone)
    if m:
        return (1 if m.group(1) == "+" else -1) * (int(m.group(2)) * 60 + int(m.group(3)))
    if zone not in ZONE_RULES:
        return None
    standard, rule = ZONE_RULES[zone]
    if rule is None:
        return standard
    if day is None:
        return None
    if rule == "eu":
        summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    else:
        summer = _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1)
    return standard + (60 if summer else 0)


def _fields(clock: Clock, part: str | None = None) -> dict[str, Any]:
    """TimeRef fields of a clock span; `part` is the date's own part of the day ("ce soir")."""
    value, start, end = clock.clock, clock.time_start, clock.time_end
    small_hours = part == "night" and value is not None and value < 6 * 60  # "cette nuit à 2 h"
    if clock.open_hour is not None and part in ("afternoon", "evening", "night") and value:
        if not small_hours:
            value = value + 12 * 60 if value < 12 * 60 else value  # "ce soir à 8 heures"
        start, end = widen(value, clock.qualifier)
    return {
        "time_start": start,
        "time_end": end,
        "clock": value,
        "time_granularity": clock.granularity,
        "qualifier": clock.qualifier,
        "part_of_day": clock.part or (part if clock.kind == "time" else None),
        "zone": clock.zone,
        "duration_minutes": clock.duration,
    }


def _dated(ref: TimeRef) -> bool:
    return ref.anchor != "event" and (
        bool(ref.candidates) or ref.earliest is not None or ref.weekday is not None
    )


def _alone(clock: Clock, text: str) -> TimeRef:
    if clock.kind == "duration":
        granularity: Any = "unknown"
    else:
        granularity = clock.granularity or "unknown"
    return TimeRef(
        text=text[clock.start : clock.end], start=clock.start, end=clock.end,
        granularity=granularity, anchor="none", **_fields(clock),
    )  # fmt: skip


def _merge(
    date: TimeRef, clock: Clock, text: str, part: str | None, g: _Gaps, vocab: TimeVocabulary
) -> TimeRef:
    start, end = min(date.start, clock.start), max(date.end, clock.end)
    if clock.kind == "part":  # "mardi 14 mars dans la soirée": the date keeps its own words
        start, end = date.start, date.end
    fields = _fields(clock, part)
    if clock.kind == "time" and clock.end <= date.start:
        fields = opening_time(text, clock.start, date, fields, vocab)  # "from 10 p.m. Friday to"
    elif clock.kind == "part" and clock.start >= date.end:
        fields = closing_part(
            text, date, clock.end, fields, vocab
        )  # "from Saturday to Monday morning"
    if clock.kind == "edge":
        fields["part_of_day"] = clock.part
        edge = norm(text[clock.start : clock.end])
        if part is not None and clock.part in PART_MODIFIERS and edge in g.modifiers:
            # "late yesterday morning": the late part of that morning, not the late hours
            # ("in the early hours of yesterday morning" stays the small hours)
            lo, hi = part_interval(part, clock.part)
            fields.update(time_start=lo, time_end=hi, part_of_day=part)
    day = date.earliest if date.anchor == "publication" and date.earliest == date.latest else None
    stamp = clock.start > date.end and not text[date.end : clock.start].strip()
    year = _YEAR_AFTER.match(text, end) if stamp else None
    if day is not None and year and _SECONDS.search(text, clock.start, clock.end):
        try:  # "Oct 26 15:50:06 2016": the year written after the time
            day = day.replace(year=int(year.group(1)))
        except ValueError:  # 29 February of a common year
            day = None
        if day is not None:
            end = year.end()
            fields.update(earliest=day, latest=day, year=day.year, weekday=day.weekday())
            fields.update(candidates=(), anchor="absolute")
    return date.model_copy(update={"text": text[start:end], "start": start, "end": end, **fields})


def join_clocks(
    text: str, dates: Sequence[TimeRef], clocks: Sequence[Clock], vocab: TimeVocabulary
) -> list[TimeRef]:
    """Dates and clock spans (disjoint, each sorted) -> one sorted list of TimeRefs."""
    g = _gaps(vocab)
    refs: list[TimeRef | None] = list(dates)
    parts = [g.parts.get(norm(d.text)) for d in dates]
    out: list[TimeRef] = []
    for clock in clocks:
        if clock.kind == "duration":
            out.append(_alone(clock, text))
            continue
        chosen = _pick(text, refs, clock, g)
        if chosen is None:
            if clock.kind != "edge":
                out.append(_alone(clock, text))
            continue
        date = refs[chosen]
        assert date is not None
        merged = _merge(date, clock, text, parts[chosen], g, vocab)
        if clock.kind == "part" and clock.part and merged.clock is None:
            # "Tuesday afternoon at 3", "mardi soir vers 9": the hour the part puts on its half
            reach = merged.model_copy(update={"end": max(merged.end, clock.end)})
            hour = _bare_hour(text, reach, clock.part, g, vocab)
            merged = merged.model_copy(update=hour) if hour else merged
        refs[chosen] = None
        nxt = chosen + 1  # "dans la nuit de vendredi à samedi": through the second date
        other = refs[nxt] if clock.part == "night" and nxt < len(refs) else None
        if other is not None and other.latest and g.through.match(text[date.end : other.start]):
            latest = other.latest
            named = other.weekday is not None and not any(ch.isdigit() for ch in other.text)
            if named and other.weekday is not None and date.latest is not None:
                # "overnight Tuesday into Wednesday": the Wednesday after, whatever the
                # weekday read alone was
                ahead = (other.weekday - date.latest.weekday()) % 7 or 7
                latest = date.latest + dt.timedelta(days=ahead)
            merged = merged.model_copy(
                    update={
                        "text": text[merged.start : other.end], "end": other.end,
                        "latest": latest, "weekday": None, "candidates": (), "day": None,
                    }
                )  # fmt: skip
            refs[nxt] = None
        out.append(merged)
    for left, part in zip(refs, parts, strict=True):
        if left is not None and part is not None:
            lo, hi = part_interval(part)
            update: dict[str, Any] = {"time_start": lo, "time_end": hi, "part_of_day": part}
            update["time_granularity"] = "part_of_day"
            out.append(left.model_copy(update={**update, **_bare_hour(text, left, part, g, vocab)}))
        elif left is not None:
            out.append(left)
    out.sort(key=lambda r: r.start)
    joined = part_moves_clock(text, edge_then_part(text, out, g.right), clocks, g.left, g.right)
    return _inherit(
        through_times(text, [_next_morning(r, g) for r in joined], vocab, dates=dates), text, g
    )


def _next_morning(ref: TimeRef, g: _Gaps) -> TimeRef:
    """A night's small hours are the next day's: "dans la nuit de mardi à mercredi, vers 2
    h", "Tuesday night at 2 a.m.", "la nuit dernière vers 2 h" are minutes past the first
    day's midnight, 1440 and more; not in tonight's night ("cette nuit vers 2 h", said in the
    morning, is the night just past)."""
    if (
        ref.clock is None
        or ref.earliest is None
        or ref.time_start is None
        or ref.time_end is None
        or ref.time_start >= DAY
        or not small_hours(ref.clock, ref.part_of_day)
        or any(n in norm(ref.text) for n in g.today_nights)
    ):
        return ref
    shifted = {"time_start": ref.time_start + DAY, "time_end": ref.time_end + DAY}
    return ref.model_copy(update=shifted)


def _bare_hour(
    text: str, ref: TimeRef, part: str, g: _Gaps, vocab: TimeVocabulary
) -> dict[str, Any]:
    """ "ce soir à 7", "tonight around 7": the hour a part of the day puts on its half."""
    m = g.bare_hour.match(text, ref.end)
    if m is None:
        return {}
    raw = norm(m.group("h") or m.group("h2"))
    hour = int(raw) if raw.isdigit() else vocab.clock_numbers.get(raw, 0)
    if (
        part in ("afternoon", "evening", "night")
        and hour < 12
        and not (part == "night" and hour < 6)
    ):
        hour += 12
    qualifier = vocab.qualifiers.get(norm(m.group("q"))) if m.group("q") else None
    start, end = widen(hour * 60, qualifier)
    return {
        "text": text[ref.start : m.end()], "end": m.end(), "clock": hour * 60,
        "time_start": start, "time_end": end, "time_granularity": "hour", "qualifier": qualifier,
    }  # fmt: skip


def _inherit(refs: list[TimeRef], text: str, g: _Gaps) -> list[TimeRef]:
    """A lone time of day takes the only day-level date of its text, never one that ends a
    stretch ("le couvre-feu de 21 h à 6 h s'applique jusqu'à dimanche": every night until
    then); zones get offsets."""
    days = {
        tuple(getattr(r, name) for name in _DATE_FIELDS): r
        for r in refs
        if r.granularity == "day"
        and _dated(r)
        and not g.end_lead.search(text, max(0, r.start - 20), r.start)
    }
    only = next(iter(days.values())) if len(days) == 1 else None
    out = []
    for ref in refs:
        done = ref
        if only is not None and ref.anchor == "none" and ref.clock is not None:
            update = {name: getattr(only, name) for name in _DATE_FIELDS}
            done = ref.model_copy(update={**update, "granularity": only.granularity})
        if done.zone is not None:
            one = (
                done.earliest
                if done.earliest is not None and done.earliest == done.latest
                else None
            )
            done = done.model_copy(update={"utc_offset_minutes": utc_offset(done.zone, one)})
        out.append(done)
    return out


def _dayish(ref: TimeRef) -> bool:
    """A day a time of day can be on: dated, or a day from the story's event ("le lendemain à
    8 h": that day's 8 h, never the only date of the text's)."""
    return _dated(ref) or (ref.anchor == "event" and ref.offset_days is not None)


def _pick(text: str, refs: Sequence[TimeRef | None], clock: Clock, g: _Gaps) -> int | None:
    """The date a clock span belongs to: the one just before it, else the one just after; a
    time of day belongs to a day, never to a week, month or year ("la semaine prochaine plus
    tard dans la soirée")."""
    chosen = None
    if clock.kind != "edge":
        for i, date in enumerate(refs):
            if date is None or date.end > clock.start or not _dayish(date):
                continue
            if date.granularity != "day":
                continue
            if g.left.match(text[date.end : clock.start]):
                chosen = i
    if chosen is not None:
        return chosen
    for i, date in enumerate(refs):
        if date is not None and date.start >= clock.end and _dayish(date):
            fits = date.granularity == "day" and g.right.match(text[clock.end : date.start])
            return i if fits else None
    return None
