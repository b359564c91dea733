"""Dates pinned by the date next to them: TimeRefs + text -> TimeRefs. A count of days or
weeks before or after a written day moves that day ("deux jours après hier", "three weeks from
tomorrow", "trois jours avant le 5 mars"; the count alone, "deux jours après l'annonce", stays
relative to its event); a weekday name before its date is that date ("mercredi 26/10/2016");
a range of weekdays after a week lies in that week ("la semaine prochaine, du mardi au jeudi");
a count of units before the day that starts them is that span ("for three days starting Monday",
"pendant deux semaines à partir du 20 mai").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from claimcheck.ground.calendar import common_fields
from claimcheck.ground.phrases import alt, lead, norm, table
from claimcheck.ground.windows import window
from claimcheck.lang.time_types import TimeVocabulary
from claimcheck.models import TimeRef

__all__ = ["in_weeks", "lengths_from", "onto_days", "spans_from"]

#: a span longer than this many units is no span of news ("for 300 days from ...")
_MAX_UNITS = 100

_COMMA = re.compile(r"\s*,?\s*")
#: between a weekday and the date it names: "mardi, le 2 mars", "Tuesday (March 2)"
_APPOSED = re.compile(r"\s*[,(]?\s*")


@cache
def _gap(v: TimeVocabulary) -> re.Pattern[str]:
    words = (*v.determiners, *v.window_determiners)
    det = rf"(?:{lead(words)})?" if words else ""
    return re.compile(rf"\s*{det}", re.IGNORECASE)


@cache
def _weekday_names(v: TimeVocabulary) -> frozenset[str]:
    return frozenset(norm(k) for k in (*v.weekdays, *v.weekday_abbreviations))


@cache
def _marker_words(v: TimeVocabulary) -> frozenset[str]:
    return frozenset(w for k in (*v.markers_before, *v.markers_after) for w in norm(k).split())


def _weekday_only(ref: TimeRef, v: TimeVocabulary) -> bool:
    """Is `ref` a weekday's name, with its markers at most ("mardi dernier", "last Tuesday")?"""
    words = norm(ref.text).split()
    names = _weekday_names(v)
    return (
        ref.weekday is not None
        and sum(w in names for w in words) == 1
        and all(w in names or w in _marker_words(v) for w in words)
    )


def _day(ref: TimeRef) -> dt.date | None:
    if ref.anchor in ("event", "none") or ref.granularity != "day" or ref.candidates:
        return None
    return ref.earliest if ref.earliest is not None and ref.earliest == ref.latest else None


def _named_day(
    text: str, ref: TimeRef, nxt: TimeRef, gap: re.Pattern[str], v: TimeVocabulary
) -> TimeRef | None:
    """ "mercredi 26/10/2016", "Wednesday, 10/26/2016", "mardi dernier, le 2 mars", "on
    Tuesday (March 2)": a weekday name before the date it names is that date, not the nearest
    such weekday; "le 2 mars, un mardi", "on March 2, a Tuesday": the same told after it."""
    day, m = _day(nxt), gap.match(text, _APPOSED.match(text, ref.end).end())  # type: ignore[union-attr]
    if day is not None and m is not None and m.end() == nxt.start and _weekday_only(ref, v):
        if day.weekday() != ref.weekday:
            return None
        # "Tuesday (March 2)": the bracket closed with it
        end = nxt.end + ("(" in text[ref.end : nxt.start] and text.startswith(")", nxt.end))
        return nxt.model_copy(
            update={"text": text[ref.start : end], "start": ref.start, "end": end,
                    "weekday": ref.weekday}
        )  # fmt: skip
    day = _day(ref)
    if day is None or not _weekday_only(nxt, v) or day.weekday() != nxt.weekday:
        return None
    if norm(nxt.text) not in _weekday_names(v) or not _told_after(v).fullmatch(
        text, ref.end, nxt.start
    ):
        return None
    return ref.model_copy(update={"text": text[ref.start : nxt.end], "end": nxt.end})


@cache
def _told_after(v: TimeVocabulary) -> re.Pattern[str]:
    """Between a date and the weekday it falls on: ", un ", ", a "."""
    words = v.weekday_after_articles
    return re.compile(rf"\s*,\s*{lead(words)}" if words else r"(?!)", re.IGNORECASE)


@cache
def _day_of_month(v: TimeVocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The gap between a month and a day number written after it ("février, le "), and such
    a bare day number ("5", "5th", "vingt-deux")."""
    leads = rf"(?:{lead(v.bare_day_leads)})?" if v.bare_day_leads else ""
    suffixes = alt(v.day_suffixes) if v.day_suffixes else "(?!)"
    words = alt({**v.day_words, **v.bare_day_words})
    return (
        re.compile(rf"\s*,\s*{leads}", re.IGNORECASE),
        re.compile(rf"(?:[12]\d|3[01]|0?[1-9])(?:{suffixes})?|{words}", re.IGNORECASE),
    )


def _month_day(text: str, month: TimeRef, ref: TimeRef, v: TimeVocabulary) -> TimeRef | None:
    """ "le mois dernier, le 5", "In February, on the 5th": the day of that month, not the
    latest 5th up to publication."""
    lo, hi = month.earliest, month.latest
    if month.granularity != "month" or lo is None or hi is None:
        return None
    if (lo.year, lo.month) != (hi.year, hi.month):
        return None
    gap, bare = _day_of_month(v)
    if not gap.fullmatch(text, month.end, ref.start) or not bare.fullmatch(ref.text):
        return None
    raw = norm(ref.text)
    digits = re.match(r"\d+", raw)
    number = int(digits.group()) if digits else table(v.day_words, v.bare_day_words).get(raw, 0)
    try:
        day = lo.replace(day=number)
    except ValueError:
        return None
    weekday, month_no, year = common_fields([(day, day)], day_level=True)
    return ref.model_copy(
        update={
            "text": text[month.start : ref.end], "start": month.start, "earliest": day,
            "latest": day, "candidates": (), "weekday": weekday, "month": month_no, "year": year,
        }
    )  # fmt: skip


def onto_days(text: str, refs: Sequence[TimeRef], vocab: TimeVocabulary) -> list[TimeRef]:
    """An event-relative count followed at once by a single dated day: that day moved ("for"
    before the count makes it a span instead: `spans_from`); a weekday name before the date it
    names: that date."""
    gap = _gap(vocab)
    span = _span_before(vocab)
    out: list[TimeRef] = []
    skip = -1
    for i, ref in enumerate(refs):
        if i == skip:
            continue
        nxt = refs[i + 1] if i + 1 < len(refs) else None
        named = None
        if nxt is not None:
            named = _named_day(text, ref, nxt, gap, vocab) or _month_day(text, ref, nxt, vocab)
        if named is not None:
            out.append(named)
            skip = i + 1
            continue
        day = _day(nxt) if nxt is not None else None
        m = gap.match(text, ref.end)
        lead = span.search(text, max(0, ref.start - 20), m.end()) if span and m else None
        if (
            (lead is not None and lead.group("for"))  # "for five days from Saturday"
            or ref.anchor != "event"
            or ref.offset_days is None
            or nxt is None
            or day is None
            or m is None
            or m.end() != nxt.start
        ):
            out.append(ref)
            continue
        try:
            moved = day + dt.timedelta(days=ref.offset_days)
        except OverflowError:  # where the calendar ends
            out.append(ref)
            continue
        weekday, month, year = common_fields([(moved, moved)], day_level=True)
        out.append(
            nxt.model_copy(
                update={
                    "text": text[ref.start : nxt.end],
                    "start": ref.start,
                    "earliest": moved,
                    "latest": moved,
                    "weekday": weekday,
                    "month": month,
                    "year": year,
                    "day": None,
                    "offset_days": None,
                    "anchor_text": None,
                }
            )
        )
        skip = i + 1
    return out


def in_weeks(text: str, refs: Sequence[TimeRef], vocab: TimeVocabulary) -> list[TimeRef]:
    """ "la semaine prochaine entre mercredi et vendredi", "this week from Tue to Thu": the
    weekdays of that week, not of the week nearest to publication."""
    names = _weekday_names(vocab)
    out: list[TimeRef] = []
    for ref in refs:
        week = out[-1] if out else None
        if week is None or not _week(week) or not _weekday_range(ref, names):
            out.append(ref)
            continue
        if not _COMMA.fullmatch(text[week.end : ref.start]):
            out.append(ref)
            continue
        assert week.earliest is not None and ref.earliest is not None and ref.latest is not None
        try:
            first = week.earliest + dt.timedelta(days=ref.earliest.weekday())
            last = week.earliest + dt.timedelta(days=ref.latest.weekday())
        except OverflowError:  # where the calendar ends
            first = last = dt.date.min
        if last <= first:
            out.append(ref)
            continue
        out[-1] = ref.model_copy(
            update={
                "text": text[week.start : ref.end], "start": week.start, "earliest": first,
                "latest": last, "candidates": (), "month": first.month if first.month == last.month
                else None, "year": first.year if first.year == last.year else None,
            }
        )  # fmt: skip
    return out


def _week(ref: TimeRef) -> bool:
    lo, hi = ref.earliest, ref.latest
    return ref.granularity == "week" and lo is not None and hi is not None and (hi - lo).days == 6


def _weekday_range(ref: TimeRef, names: frozenset[str]) -> bool:
    """A range from one weekday name to another, no number written."""
    lo, hi = ref.earliest, ref.latest
    if ref.granularity != "day" or lo is None or hi is None or not 0 < (hi - lo).days < 7:
        return False
    words = re.findall(r"[^\W\d_]+", norm(ref.text))
    return not any(ch.isdigit() for ch in ref.text) and sum(w in names for w in words) == 2


@cache
def _span_before(v: TimeVocabulary) -> re.Pattern[str] | None:
    """A count of units and the word that starts them on the day after ("3 days starting ")."""
    joiners = (*v.span_starting, *v.span_from)
    if not joiners:
        return None
    det = rf"(?:{lead(v.determiners)})?" if v.determiners else ""
    starts = rf"(?:(?<![\w'’])(?P<for>{alt(v.span_for)})\s+)?" if v.span_for else ""
    return re.compile(
        rf"{starts}(?<![\w'’,.])(?P<n>\d{{1,3}}|{alt(v.numbers)})\s+(?P<u>{alt(v.plural_units)})"
        rf"(?:\s*,)?\s+(?P<j>{alt(joiners)})\s*{det}$",
        re.IGNORECASE,
    )


@cache
def _span_tables(
    v: TimeVocabulary,
) -> tuple[dict[str, str], dict[str, int], frozenset[str], frozenset[str]]:
    """Units, count words, bare "from" words and point leads of `spans_from`, made once."""
    return (
        {norm(k): u for k, u in v.plural_units.items()},
        {norm(k): n for k, n in v.numbers.items()},
        frozenset(norm(k) for k in v.span_from),
        frozenset(norm(k) for k in (*v.instant_before, *v.counted_before)),
    )


def spans_from(text: str, refs: Sequence[TimeRef], vocab: TimeVocabulary) -> list[TimeRef]:
    """ "for three days starting Monday", "deux semaines à partir du 20 mai": that many days,
    weeks, months or years from that day on. After "in"/"dans" the count is a point ("dans 2
    semaines à compter d'aujourd'hui"), and a bare "from" needs "for" ("3 days from Monday" is
    one day)."""
    pattern = _span_before(vocab)
    if pattern is None or not refs:
        return list(refs)
    units, numbers, from_only, points = _span_tables(vocab)
    out: list[TimeRef] = []
    for ref in refs:
        day = _day(ref)
        # a count relative to its event ("five days from" Saturday) gives way to the span
        kept = [r for r in out if r.anchor != "event" or r.end < ref.start - 60]
        lo = kept[-1].end if kept else 0
        window_text = text[max(lo, ref.start - 60) : ref.start]
        m = pattern.search(window_text) if day is not None else None
        unit = units.get(norm(m.group("u")), "") if m else ""
        if m is None or day is None or unit not in ("day", "week", "month", "year"):
            out.append(ref)
            continue
        raw = norm(m.group("n"))
        n = int(raw) if raw.isdigit() else numbers.get(raw, 0)
        start = ref.start - (len(window_text) - m.start("n"))
        before = text[max(0, start - 20) : start].split()
        lead_word = norm(before[-1]) if before else ""
        bare_from = norm(m.group("j")) in from_only and not m.group("for")
        if not 0 < n <= _MAX_UNITS or bare_from or lead_word in points:
            out.append(ref)
            continue
        try:
            last = window(day, unit, n, 0)[1] - dt.timedelta(days=1)
        except (OverflowError, ValueError):  # where the calendar ends
            out.append(ref)
            continue
        _, month, year = common_fields([(day, last)], day_level=False)
        update = {
            "text": text[start : ref.end], "start": start, "earliest": day, "latest": last,
            "candidates": (), "weekday": None, "day": None, "month": month, "year": year,
        }  # fmt: skip
        out = [r for r in out if r.end <= start]
        out.append(ref.model_copy(update=update))
    return out


@cache
def _length_gap(v: TimeVocabulary) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, float]]:
    """The word between a length and the time that starts it ("24 hours starting "), the
    same length at the start of a span already read ("a day starting "), the units' minutes."""
    joiners = alt(v.span_starting)
    det = rf"(?:{lead(v.determiners)})?" if v.determiners else ""
    cue = rf"(?:{alt(v.clock_cues)}\s+)?" if v.clock_cues else ""  # "starting at" 10 a.m.
    gap = re.compile(rf"^\s*,?\s*{joiners}\s*{det}{cue}$", re.IGNORECASE)
    counted = re.compile(
        rf"^(?P<n>\d{{1,2}}|{alt(v.numbers)})\s+(?P<u>{alt(v.duration_units)})(?:\s*,)?"
        rf"\s+{joiners}\s",
        re.IGNORECASE,
    )
    return gap, counted, {norm(k): m for k, m in v.duration_units.items()}


def _from_time(ref: TimeRef, start: int, minutes: float, text: str) -> TimeRef | None:
    """`ref`, a day and its time, as the span of `minutes` that the time starts."""
    clock, day = ref.clock, ref.earliest
    if clock is None or day is None or ref.latest != day or ref.time_start != clock:
        return None
    if minutes != int(minutes) or not 0 < minutes <= 1440 or ref.time_end != clock + 1:
        return None
    end = clock + int(minutes) + 1
    if end > 2 * 1440:
        return None
    last = day + dt.timedelta(days=(end - 1) // 1440)
    update = {
        "text": text[start : ref.end], "start": start, "latest": last, "time_end": end,
        "time_granularity": "minute",
    }  # fmt: skip
    if last != day:
        update.update(candidates=(), weekday=None, day=None)
    return ref.model_copy(update=update)


def lengths_from(text: str, refs: Sequence[TimeRef], vocab: TimeVocabulary) -> list[TimeRef]:
    """ "24 hours starting Friday at 6 p.m.", "24 heures à partir de vendredi 18 h", "for a day
    starting Friday at 5 p.m.": a length of up to a day from a dated time, one interval from
    the time to the time plus the length (a day and its time joined, see join_clocks)."""
    if not vocab.span_starting or not refs:
        return list(refs)
    gap, counted, units = _length_gap(vocab)
    numbers = {norm(k): n for k, n in vocab.numbers.items()}
    out: list[TimeRef] = []
    for ref in refs:
        prev = out[-1] if out else None
        joined = None
        if (
            prev is not None
            and prev.duration_minutes is not None
            and prev.earliest is None
            and gap.match(text[prev.end : ref.start])
        ):
            joined = _from_time(ref, prev.start, prev.duration_minutes, text)
            if joined is not None:
                out.pop()
        elif (m := counted.match(ref.text)) is not None:  # "a day starting", read as a day
            raw = norm(m.group("n"))
            n = int(raw) if raw.isdigit() else numbers.get(raw, 0)
            joined = _from_time(ref, ref.start, n * units[norm(m.group("u"))], text)
        out.append(joined or ref)
    return out
