"""Lengths of hours and minutes counted from a stated publication time: TimeRefs + text +
publication instant -> TimeRefs ("dans 5 heures", "il y a 3 minutes", "two hours ago", "the
next 5 hours", "les 3 dernières heures", "for the rest of the day").

Only a publication time makes these datable: with a publication day alone they stay lengths
(`duration_minutes`), as before. "Two hours later" and "trois heures plus tard" count from the
story's last event, not from publication, and are never read here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimcheck.ground.phrases import alt, lead, norm
from claimcheck.ground.tense import past_before
from claimcheck.ground.time_grammar import sentence_start
from claimcheck.ground.windows import possessed
from claimcheck.lang.time_types import TimeVocabulary
from claimcheck.models import TimeRef

__all__ = ["from_instant", "instant_of"]

_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})")
#: the longest length counted from publication here, a week of hours ("the past 72 hours",
#: "les 48 prochaines heures"; schema 1.9: a span's end may pass the next day); longer
#: ones, and whole days written in days, are read elsewhere
_MAX_MINUTES = 7 * 1440
_DAY = 1440
_CLITIC = "'’"  # a cue that leans on the word before it: "I'll"
#: a joiner of one word at most between two phrases ("the rest of the day on Friday")
_ONE_WORD = re.compile(r"\s*,?\s+(?:[^\W\d_]+\s+)?")


@dataclass(frozen=True)
class _Marks:
    point_before: re.Pattern[str]  # "dans ", "in ", "il y a " just before the length
    point_after: re.Pattern[str]  # " ago", " from now" just after it
    span_before: re.Pattern[str]  # "the next ", "within ", "les " + count + "prochaines"
    span_after: re.Pattern[str]  # " passées", " écoulées" (French: after the unit)
    between: re.Pattern[str]  # "les 5 prochaines heures": the marker between count and unit
    rest: re.Pattern[str]  # "le reste de la journée": from publication to midnight
    future: re.Pattern[str]  # "will", "'ll": what a cued marker needs before it
    cued: frozenset[str]
    verb_lead: re.Pattern[str]  # "will" before "last": a verb ("will last 3 hours"), no window
    signs: dict[str, int]
    units: dict[str, float]
    numbers: dict[str, int]
    uncounted: tuple[re.Pattern[str], ...]  # "the next hour", "ces dernières heures"
    few_points: tuple[re.Pattern[str], ...]  # "dans quelques heures", "a few hours ago"
    small: dict[str, int]  # `window_small_units`: 1 for one unit, 0 for a few
    usigns: dict[str, int]  # their markers' directions
    after_mark: re.Pattern[str]  # "à venir", "suivantes" after the unit: the third pattern's
    vetoes: re.Pattern[str]  # "of", "de" right after: "the last hour of trading"
    story: frozenset[str]  # "the following hours" count from the story
    few: tuple[int, int]
    vocab: TimeVocabulary


@cache
def _marks(v: TimeVocabulary) -> _Marks:
    det = rf"(?:{lead(v.window_determiners)})?" if v.window_determiners else ""
    small = {k: m for k, m in v.duration_units.items() if m < _DAY}
    num = rf"(?<![\w,.])\d{{1,3}}(?!\w)|{alt(v.numbers)}"
    return _Marks(
        point_before=re.compile(rf"(?<![\w'’])(?P<mk>{alt(v.instant_before)})\s+$", re.I),
        point_after=re.compile(rf"^\s+(?P<mk>{alt(v.instant_after)})(?!\w)", re.I),
        span_before=re.compile(rf"(?<![\w'’]){det}(?P<mk>{alt(v.window_before)})\s+$", re.I),
        span_after=re.compile(rf"^\s+(?P<mk>{alt(v.window_after)})(?!\w)", re.I),
        between=re.compile(
            rf"(?<![\w'’]){det}(?P<n>{num})\s+(?P<mk>{alt(v.window_between)})\s+"
            rf"(?P<u>{alt(small)})(?!\w)",
            re.I,
        ),
        # "ce jour-là" is the story's day, not publication's
        rest=re.compile(rf"(?<![\w'’]){alt(v.rest_of_day)}(?![\w-])", re.IGNORECASE),
        future=re.compile(
            rf"(?:(?<!\w){alt(c for c in v.future_cues if c[0] not in _CLITIC)}"
            rf"|{alt(c for c in v.future_cues if c[0] in _CLITIC)})(?!\w)",
            re.IGNORECASE,
        ),
        cued=frozenset(norm(k) for k in v.instant_cued),
        verb_lead=re.compile(rf"(?<![\w'’]){alt(v.window_verb_leads)}\s+$", re.IGNORECASE)
        if v.window_verb_leads
        else re.compile(r"(?!)"),
        signs={
            norm(k): d
            for t in (
                v.instant_before,
                v.instant_after,
                v.window_before,
                v.window_between,
                v.window_after,
            )
            for k, d in t.items()
        },
        units={norm(k): m for k, m in small.items()},
        numbers={norm(k): n for k, n in v.numbers.items()},
        vocab=v,
        **_uncounted(v),
    )


def _uncounted(v: TimeVocabulary) -> dict[str, Any]:
    """Patterns of hour windows without a count, and what reads them."""
    unit = rf"(?P<u>{alt(v.window_small_units)})(?![\w'’-])"
    few = rf"(?:(?P<few>{alt(v.few_words)})\s+)?"
    dets = lead((*v.window_determiners, *v.window_one_determiners))
    one = {k: d for k, d in v.markers_after.items() if d}  # "la prochaine heure"
    spans = (
        # "the next hour", "over the past few hours", "within hours", "dans les" heures
        rf"(?P<det>{dets})?(?P<mk>{alt(v.window_before)})\s+{few}{unit}",
        # "ces dernières heures", "la prochaine heure"
        rf"{dets}{few}(?P<mk>{alt((*v.window_between, *one))})\s+{unit}",
        rf"{dets}{few}{unit}\s+(?P<mk>{alt(v.window_after)})(?![\w'’-])",  # "les heures à venir"
    )
    points = (
        rf"(?P<mk>{alt(v.instant_before)})\s+(?P<few>{alt(v.few_words)})\s+{unit}",
        rf"(?P<few>{alt(v.few_words)})\s+{unit}\s+(?P<mk>{alt(v.instant_after)})(?![\w'’-])",
    )
    on = bool(v.window_small_units)
    return {
        "uncounted": tuple(re.compile(rf"(?<![\w'’]){p}", re.I) for p in spans if on),
        "few_points": tuple(re.compile(rf"(?<![\w'’]){p}", re.I) for p in points if on),
        "small": {norm(k): n for k, n in v.window_small_units.items()},
        "usigns": {
            norm(k): d
            for t in (v.window_before, v.window_between, v.window_after, one)
            for k, d in t.items()
        }
        | {norm(k): d for t in (v.instant_before, v.instant_after) for k, d in t.items()},
        "after_mark": re.compile(
            rf"\s+{alt((*v.window_after, *v.story_markers))}(?![\w'’-])", re.IGNORECASE
        ),
        # "la dernière heure du procès", "the last hour of trading"
        "vetoes": re.compile(
            rf"\s+{alt((*v.window_vetoes_after, *v.anchor_connectors))}(?![\w-])", re.I
        ),
        "story": frozenset(norm(k) for k in v.story_markers),
        "few": v.few_count,
    }


def instant_of(published: str | None) -> dt.datetime | None:
    """The publication time, when `published` states one ("2016-11-07T16:12")."""
    m = _INSTANT.match(published.strip()) if published else None
    if m is None or published is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2))
    if hour > 23 or minute > 59:
        return None
    return dt.datetime.combine(dt.date.fromisoformat(published[:10]), dt.time(hour, minute))


def _span(lo: dt.datetime, hi: dt.datetime, start: int, end: int, text: str) -> TimeRef | None:
    first = lo.hour * 60 + lo.minute
    last = (hi.date() - lo.date()).days * _DAY + hi.hour * 60 + hi.minute
    return TimeRef(
        text=text[start:end], start=start, end=end, granularity="minute",
        earliest=lo.date(), latest=hi.date(), anchor="publication",
        time_start=first, time_end=last + 1, time_granularity="minute",
    )  # fmt: skip


def _dated(
    sign: int, span: bool, minutes: float, at: dt.datetime, start: int, end: int, text: str
) -> TimeRef | None:
    step = dt.timedelta(minutes=round(minutes))
    try:
        if not span:
            return _point_at(at + sign * step, start, end, text)
        if sign < 0:
            return _span(at - step, at, start, end, text)
        return _span(at, at + step, start, end, text)
    except OverflowError:  # where the calendar ends
        return None


def _point_at(at: dt.datetime, start: int, end: int, text: str) -> TimeRef:
    minute = at.hour * 60 + at.minute
    return TimeRef(
        text=text[start:end], start=start, end=end, granularity="minute",
        earliest=at.date(), latest=at.date(), anchor="publication", clock=minute,
        time_start=minute, time_end=minute + 1, time_granularity="minute",
    )  # fmt: skip


def _length(ref: TimeRef, g: _Marks) -> float | None:
    """A length of hours or minutes (not whole days written in days: those are read as days
    elsewhere; "the past 24 hours" is written in hours, and dated here)."""
    minutes = ref.duration_minutes
    if minutes is None or ref.earliest is not None or not 0 < minutes <= _MAX_MINUTES:
        return None
    words = ref.text.split()
    in_hours = bool(words) and norm(words[-1]) in g.units
    return None if minutes % _DAY == 0 and not in_hours else minutes


def _future(text: str, pos: int, g: _Marks) -> bool:
    """A future cue earlier in the sentence ("the minister will speak in two hours")."""
    start = sentence_start(text, max(0, pos - 120), pos)
    return g.future.search(text, start, pos) is not None


def _around(ref: TimeRef, text: str, g: _Marks, at: dt.datetime) -> TimeRef | None:
    minutes = _length(ref, g)
    if minutes is None:
        return None
    before = text[max(0, ref.start - 40) : ref.start]
    after = text[ref.end : ref.end + 30]
    for pattern, span in ((g.point_before, False), (g.span_before, True)):
        m = pattern.search(before)
        if m is not None and norm(m.group("mk")) in g.cued and not _future(text, ref.start, g):
            m = None  # "rose 5 % in two hours": a length, not an offset
        if m is not None and span and g.verb_lead.search(before, 0, m.start()):
            m = None  # "the strike will last 3 hours": a length
        if m is not None:
            start = ref.start - (len(before) - m.start())
            if span and possessed(text, start, g.vocab):
                return None  # "ses dernières 48 heures": hers, not publication's
            return _dated(g.signs[norm(m.group("mk"))], span, minutes, at, start, ref.end, text)
    for pattern, span in ((g.point_after, False), (g.span_after, True)):
        m = pattern.match(after)
        if m is not None:
            end = ref.end + m.end()
            return _dated(g.signs[norm(m.group("mk"))], span, minutes, at, ref.start, end, text)
    return None


def from_instant(
    text: str, refs: Sequence[TimeRef], at: dt.datetime, vocab: TimeVocabulary
) -> list[TimeRef]:
    """Lengths of hours and minutes next to a marker of publication, dated from `at`."""
    g = _marks(vocab)
    out: list[TimeRef] = []
    for i, ref in enumerate(refs):
        found = _around(ref, text, g, at)
        others = (r for j, r in enumerate(refs) if j != i)
        if found is not None and any(r.start < found.end and found.start < r.end for r in others):
            found = None  # the marker belongs to another expression
        out.append(found or ref)
    for m in g.between.finditer(text):
        if any(r.start < m.end() and m.start() < r.end and r.duration_minutes is None for r in out):
            continue
        raw = norm(m.group("n"))
        count = int(raw) if raw.isdigit() else g.numbers.get(raw)
        if not count:
            continue
        minutes = count * g.units[norm(m.group("u"))]
        if minutes > _MAX_MINUTES or possessed(text, m.start(), vocab):
            continue  # "ses 24 dernières heures": hers
        found = _dated(g.signs[norm(m.group("mk"))], True, minutes, at, *m.span(), text)
        if found is not None:
            out = [r for r in out if not (r.start < m.end() and m.start() < r.end)]
            out.append(found)
    for found in _uncounted_windows(text, g, at):
        if any(r.start < found.end and found.start < r.end and r.duration_minutes is None
               for r in out):  # fmt: skip
            continue
        out = [r for r in out if not (r.start < found.end and found.start < r.end)]
        out.append(found)
    for m in g.rest.finditer(text):  # "for the rest of the day": publication to midnight
        if any(
            r.start < m.end() and m.start() < r.end and r.earliest is not None
            and not (m.start() <= r.start and r.end <= m.end())  # "today" in "rest of today"
            for r in out
        ):  # fmt: skip
            continue
        if any(r.earliest is not None and _ONE_WORD.fullmatch(text, m.end(), r.start)
               for r in out):  # fmt: skip
            continue  # "the rest of the day on Friday": that day's, not publication's
        if past_before(text, m.start(), g.vocab):
            continue  # "He spent the rest of the day in hospital": the story's day
        midnight = dt.datetime.combine(at.date(), dt.time(23, 59))
        found = _span(at, midnight, *m.span(), text)
        if found is not None:
            out = [r for r in out if not (r.start < m.end() and m.start() < r.end)]
            out.append(found)
    return sorted(out, key=lambda r: r.start)


def _uncounted_windows(text: str, g: _Marks, at: dt.datetime) -> list[TimeRef]:
    """Hours before or after publication with no count: "the next hour", "in the coming
    hours", "ces dernières heures" (one, or a few: up to `few_count`), "dans quelques heures",
    "a few hours ago" (a few: between `few_count`)."""
    out: list[TimeRef] = []
    for span, patterns in ((True, g.uncounted), (False, g.few_points)):
        for n, pattern in enumerate(patterns):
            for m in pattern.finditer(text):
                mark, unit = norm(m.group("mk")), norm(m.group("u"))
                sign = g.usigns.get(mark)
                if sign is None or mark in g.story or g.vetoes.match(text, m.end()):
                    continue  # "the following hours", "the last hour of trading"
                if span and n < 2 and g.after_mark.match(text, m.end()):
                    continue  # "dans les heures à venir", "les heures suivantes": the third's
                if g.verb_lead.search(text, max(0, m.start() - 30), m.start()):
                    continue  # "it could last a few hours": a length
                groups = m.groupdict()
                if span and "det" in groups and not groups["det"] and sign != 0:
                    continue  # "his last hours": a window needs its determiner or "within"
                if mark in g.cued and not _future(text, m.start(), g):
                    continue  # "rose 5 % in a few hours"
                lo, hi = g.few
                if g.small.get(unit) == 1 and not groups.get("few"):
                    lo = hi = 1  # "the next hour"
                minutes = g.units[unit]
                first, last = (0, hi) if span else (lo, hi)
                step = dt.timedelta(minutes=minutes)
                ends = (at + sign * first * step, at + sign * last * step) if sign else (
                    at, at + last * step)  # fmt: skip
                found = _span(min(ends), max(ends), m.start(), m.end(), text)
                if found is not None:
                    out.append(found)
    kept: list[TimeRef] = []  # the longest of overlapping readings
    for ref in sorted(out, key=lambda r: r.start - r.end):
        if not any(k.start < ref.end and ref.start < k.end for k in kept):
            kept.append(ref)
    return kept
