"""Time expressions: text + publication date -> TimeRef slots."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from claimcheck.ground import calendar as cal
from claimcheck.ground.and_next import and_next
from claimcheck.ground.calendar import SCAN_LIMIT, Period, common_fields, each_day
from claimcheck.ground.clock import find_clocks
from claimcheck.ground.date_hits import date_hit, lone_year, marker, prev_word, word
from claimcheck.ground.date_ranges import join_ranges
from claimcheck.ground.datetimes import join_clocks
from claimcheck.ground.holidays import find_holidays
from claimcheck.ground.moments import from_instant, instant_of
from claimcheck.ground.offsets import in_weeks, lengths_from, onto_days, spans_from
from claimcheck.ground.period_counts import find_part_counts
from claimcheck.ground.period_words import find_word_years
from claimcheck.ground.periods import find_periods
from claimcheck.ground.phrases import alt, lead, norm
from claimcheck.ground.seasons import find_seasons
from claimcheck.ground.spans_to import spans_to
from claimcheck.ground.tense import past_before, past_until, pick_tensed, said_after_future
from claimcheck.ground.time_grammar import PREFIXED, Grammar, future_before, grammar
from claimcheck.ground.time_hits import Hit, finish
from claimcheck.ground.weekday_counts import counted_weekday
from claimcheck.ground.windows import find_windows
from claimcheck.lang.base import LanguageProfile
from claimcheck.lang.time_types import TimeVocabulary
from claimcheck.models import TimeRef

__all__ = ["SCAN_LIMIT", "common_fields", "each_day", "find_times"]

#: a written year right before a month ("2016 June")
_YEAR_BEFORE = re.compile(r"\d{4}\s*,?\s*$")
#: an anchor clause keeps at most this many words
_ANCHOR_WORDS = 12

#: the "T" of an ISO date-time ("2016-12-16T12:23:59"): read as a space, offsets unchanged
_ISO_T = re.compile(r"(?<=\d{4}-\d\d-\d\d)T(?=\d\d:\d\d)")
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]{}«»\"“”\n–—]|\s-\s")


# --- matching ------------------------------------------------------------------------------


def _anchor(g: Grammar, text: str, pos: int, anchored: bool) -> str | None:
    rest = text[pos : pos + 400]
    m = g.connector.match(rest) if g.vocab.anchor_connectors else None
    if m:
        rest = rest[m.end() :]
    elif not anchored:
        return None
    end = _CLAUSE_END.search(rest)
    words = rest[: end.start() if end else len(rest)].split()[:_ANCHOR_WORDS]
    return " ".join(words) or None


def _narrowed(hit: Hit | None, part: str, *, halves: bool) -> Hit | None:
    """The part of the hit's period that a prefix names ("fin mars", "early next week"): days
    of that period, no longer the whole period."""
    if hit is None or not part:
        return hit
    if hit.periods and part not in ("earlier", "later"):
        periods = [cal.narrow(p, part, None, halves=halves) for p in hit.periods]
        return replace(hit, granularity="day", periods=tuple(p for p in periods if p is not None))
    fixed, resolver = hit.periods, hit.resolver

    def resolve(pub: dt.date) -> Period | None:
        period = fixed[0] if fixed else resolver(pub) if resolver else None
        return cal.narrow(period, part, pub, halves=halves)

    return replace(hit, granularity="day", periods=(), resolver=resolve)


def _decade_part(text: str, hit: Hit, g: Grammar) -> Hit:
    """A decade after a period prefix ("the late 1990s", "au début des années 2000"): that
    part of it."""
    window = text[max(0, hit.start - 40) : hit.start]
    found = g.prefix_before.search(window)
    part = g.prefix_parts.get(norm(found.group("pre")), "") if found else ""
    if found is None or part not in ("start", "mid", "end"):
        return hit
    narrowed = _narrowed(replace(hit, start=hit.start - (len(window) - found.start())), part,
                         halves=False)  # fmt: skip
    return narrowed if narrowed is not None else hit


def _hit(
    kind: str, m: re.Match[str], text: str, g: Grammar, *, until: dt.date | None = None
) -> Hit | None:
    start, pre = m.start(), None
    if kind in PREFIXED and start:
        window = text[max(0, start - 40) : start]
        found = g.prefix_before.search(window)
        if found:
            pre, start = found.group("pre"), start - (len(window) - found.start())
    part = g.prefix_parts.get(norm(pre), "") if pre else ""
    hit = _base_hit(kind, m, text, g, part, pre, start, until=until)
    return _narrowed(hit, part, halves=kind != "year")


@cache
def _weekend_of(v: TimeVocabulary) -> re.Pattern[str]:
    """A joiner after a weekend that a day follows: " of" (March 6), " du" (12 novembre)."""
    words = v.weekend_day_joiners
    return re.compile(rf"\s+{lead(words)}" if words else r"(?!)", re.IGNORECASE)


def _near_weekend(pub: dt.date, ahead: bool) -> Period:
    """The weekend a sentence names without a marker ("over the weekend", "le week-end"):
    the coming one after a future cue; else the one just past, or the current one."""
    return cal.weekend(pub, 0 if ahead or pub.weekday() >= 5 else -1, ahead)


def _this_weekday(pub: dt.date, weekday: int, past: Callable[[], dt.date | None]) -> dt.date:
    """ "ce dimanche", "this Sunday": that day of the publication's week, or of the week before
    in a past-tense clause that the day would follow ("l'avion a décollé ce dimanche matin",
    published on a Monday: the day before)."""
    day = cal.week_of(pub)[0] + dt.timedelta(days=weekday)
    if day > pub and past() is not None:
        return day - dt.timedelta(days=7)
    return day


def _weekday_day(
    pub: dt.date, day: int, weekday: int, past: Callable[[], dt.date | None]
) -> Period | None:
    """ "vendredi 26": the nearest month where the 26th is a Friday, the last one begun by
    publication in a past-tense clause ("il est mort vendredi 26")."""
    found = cal.month_day(pub, day, weekday)
    if found is not None and found[0] > pub and (until := past()):
        return cal.month_day(until, day, weekday, past=True)
    return found


@cache
def _clock_before(v: TimeVocabulary) -> re.Pattern[str]:
    """A clock time just before a match: "8 p.m. " (of "8 p.m. on the 15")."""
    return re.compile(rf"\d(?::\d\d|\s?{alt(v.meridiem)}\.?)\s+$", re.IGNORECASE)


def _base_hit(
    kind: str,
    m: re.Match[str],
    text: str,
    g: Grammar,
    part: str,
    pre: str | None,
    start: int,
    *,
    until: dt.date | None = None,
) -> Hit | None:
    """One match's Hit; `until`: the last day of the publication window (a past-tense clause
    names nothing begun after it)."""
    v = g.vocab
    end = m.end()
    # "il est mort le 21 mars", published on 10 March: the last 21 March (asked only where a
    # day or a month after publication could be meant)
    past = past_until(text, start, v, until)
    if kind in ("iso", "iso_dmy", "numeric", "date", "date_md", "date_md_words", "short_numeric"):
        # "les élections auront lieu le 12 avril": the coming 12 April, not the last one
        ahead = (
            not m.groupdict().get("y")
            and future_before(text, start, v)
            and not g.since_before.search(text, max(0, start - 30), start)
        )
        first = m.start("a") if kind == "short_numeric" else start
        return date_hit(kind, m, g, first, end, ahead=ahead, past=past)
    if kind in ("now_end", "now_start"):  # kept only where a range takes it (find_times)
        return Hit(m.start("now"), m.end("now"), "day", resolver=lambda p: (p, p))
    if kind in ("bare_day", "bare_day_clock"):
        clocked = kind == "bare_day_clock" and m.group("after") is not None
        if clocked and not _clock_before(g.vocab).search(text, max(0, start - 16), start):
            return None  # "8 p.m. on the 15.", not "scored on the 15."
        number = word(g, g.days, m, "d") or 0
        if not 1 <= number <= 31:
            return None
        # "le vote aura lieu le 26": the coming 26th; else the latest one
        ahead = future_before(text, start, v) and past() is None
        return Hit(
            m.start("d"), end, "day", day=number,
            resolver=lambda p: (cal.coming_day if ahead else cal.latest_day)(p, number),
        )  # fmt: skip
    count, direction = marker(g, m)
    if kind == "month":
        name = norm(m.group("m"))
        year = m.group("y")
        # "from March to May", "Sep-Nov": a month at one end of a range of months (kept only
        # where the range is joined, see find_times)
        ranged = g.range_next.match(text, end) is not None or (
            g.range_prev.search(text, max(0, start - 30), start) is not None
        )
        contextual = year or count or pre or prev_word(text, start) in v.cues
        # "Sept" alone may be a word; "Sept 2016", "last Sept" are the month
        abbreviated = name in g.abbreviations and not (year or m.group("mk"))
        if (abbreviated or (name in v.ambiguous_months and not contextual)) and not ranged:
            return None
        tentative = abbreviated or (name in v.ambiguous_months and not contextual)
        month = g.months[name]
        if year:
            return Hit(start, end, "month", (cal.month_period(int(year), month),), month=month)
        ahead = not count and future_before(text, start, g.vocab)
        # ... not after "since", nor after a written year ("2016 June")
        ahead = ahead and prev_word(text, start) not in v.since_leads
        ahead = ahead and not _YEAR_BEFORE.search(text, max(0, start - 8), start)
        if ahead:  # "elections will be held in March": the coming March
            return Hit(
                start, end, "month", month=month, tentative=tentative,
                resolver=lambda p: min(
                    o for y in (p.year, p.year + 1) if (o := cal.month_period(y, month))[1] >= p
                ),
            )  # fmt: skip
        return Hit(
            start, end, "month", month=month, tentative=tentative,
            resolver=lambda p: pick_tensed(
                (cal.month_period(y, month) for y in range(p.year - 2, p.year + 2)), p,
                direction, past,
            ),
        )  # fmt: skip
    if kind == "year":
        year = int(m.group("y"))
        if not pre and prev_word(text, start) not in v.cues and not lone_year(text, m, v):
            return None
        tail = g.count_tail.match(text, end)
        if tail and cal.round_counts(year, int(tail.group("n")), text[tail.end() :]):
            return None
        return Hit(start, end, "year", (cal.year_period(year),), year=year)
    if kind == "weekday":
        if m.group("mk") and prev_word(text, start) in v.veto_before:
            return None
        weekday = g.weekdays[norm(m.group("wd"))]
        if count and direction == 0:  # "ce vendredi", "this Friday": that day of this week
            return Hit(
                start, end, "day", weekday=weekday,
                resolver=lambda p: (d := _this_weekday(p, weekday, past), d),
            )  # fmt: skip
        if count and direction > 0:
            # "vendredi prochain", "next Friday": that day of next week (a writer names the
            # coming one "vendredi", "Friday"; said on a Thursday, "next Friday" is no morrow)
            return Hit(
                start, end, "day", weekday=weekday,
                resolver=lambda p: (d := cal.week_of(p)[0] + dt.timedelta(days=7 + weekday), d),
            )  # fmt: skip
        # "talks will resume on Tuesday"; not "..., the minister said Tuesday" after it
        ahead = future_before(text, start, g.vocab) and not said_after_future(text, start, v)
        if not count and ahead:
            return Hit(
                start, end, "day", weekday=weekday,
                resolver=lambda p: (d := p + dt.timedelta(days=(weekday - p.weekday()) % 7), d),
            )  # fmt: skip
        return Hit(
            start, end, "day", weekday=weekday,
            resolver=lambda p: (d := cal.weekday_near(p, weekday, direction), d),
        )  # fmt: skip
    if kind == "weekday_day":  # "vendredi 22": the month is the nearest one that fits
        weekday, day = g.weekdays[norm(m.group("wd"))], word(g, g.days, m, "d") or 0
        return Hit(
            start,
            end,
            "day",
            weekday=weekday,
            resolver=lambda p: _weekday_day(p, day, weekday, past),
        )
    if kind == "to_date":  # "year to date": this year's start up to publication
        # ... written with hyphens, or after a figure or a clause's start ("down 20% year to
        # date"); "the best year to date" is a year, so far the best
        if "-" not in m.group() and re.search(r"[^\W\d_]\s*$", text[max(0, start - 3) : start]):
            return None
        unit = g.units[norm(m.group("u"))]
        this = Hit(start, end, "day", resolver=lambda p: cal.offset_period(p, unit, 0))
        return _narrowed(this, "earlier", halves=True)
    if kind == "unit_end":  # "by year-end", "at year's end": the end of the current one
        unit = g.units[norm(m.group("u"))]
        this = Hit(start, end, "day", resolver=lambda p: cal.offset_period(p, unit, 0))
        return _narrowed(this, "end", halves=True)
    if kind == "relday":
        rel = m.group("rel")
        split = re.match(r"(\S+)\s+", rel)  # "avant hier", "après demain" written apart ...
        if split and norm(split.group(1)) in g.relations and prev_word(text, start) in g.units:
            # ... after a count: its relation, then the day ("deux jours avant hier")
            start, rel = m.start("rel") + split.end(), rel[split.end() :]
        shift = g.relative_days.get(norm(rel))
        if shift is None:
            return None
        k = shift
        return Hit(start, end, "day", resolver=lambda p: cal.offset_period(p, "day", k))
    if kind == "unit":
        # "la fin du mois", "later in the year": a part of the current one; "over the
        # weekend", "au cours du week-end": the nearest one
        nearest = count == 0 and g.units[norm(m.group("u"))] == "weekend"
        at = m.start()
        nearest = nearest and g.weekend_lead.search(text, max(0, at - 30), at) is not None
        weekend = g.units[norm(m.group("u"))] == "weekend"
        if (nearest or (count == 0 and weekend)) and _weekend_of(v).match(text, end):
            return None  # "the weekend of March 6", "le week-end du 20 mars": that day's
        # "il sera de retour le week-end": the coming one, after a future cue only
        ahead = (nearest or (count == 0 and weekend)) and future_before(text, start, v)
        coming = (
            count == 0
            and weekend
            and norm(m.group("det") or "") in map(norm, v.weekend_future_determiners)
            and ahead
        )
        if nearest or coming:
            # "over the weekend": the coming one after a future cue, else the last one (the
            # current one when published on a weekend)
            return Hit(start, end, "day", resolver=lambda p: _near_weekend(p, ahead))
        if count != 1 and not (part and count == 0) and not nearest:
            return None
        deictic = norm(m.group("mk") or "") in v.deictic_markers  # "the coming week"
        if prev_word(text, start) in v.veto_before and not (nearest or deictic):
            return None
        unit = g.units[norm(m.group("u"))]
        if unit == "weekend":
            # "this weekend" said early in the week: the one just past, unless the sentence
            # speaks of the future before it ("the vote will be held this weekend")
            ahead = direction == 0 and count == 1 and future_before(text, start, g.vocab)
            return Hit(start, end, "day", resolver=lambda p: cal.weekend(p, direction, ahead))
        return Hit(
            start, end, cal.unit_granularity(unit),
            resolver=lambda p: cal.offset_period(p, unit, direction),
        )  # fmt: skip
    if kind == "event":
        key = norm(m.group("ev"))
        anchor = _anchor(g, text, end, key in g.anchored)
        if key in g.strict_events and anchor is None:
            after = text[end : end + 2].lstrip(" ")
            # ... or before its part of the day: "la veille au soir"
            if after and after[0].isalnum() and not g.part_after.match(text, end):
                return None
        return Hit(start, end, "day", offset=g.events[key], anchor_text=anchor)
    n = word(g, g.numbers, m, "n")
    unit = g.units.get(norm(m.group("u")), "")
    if n is None:
        return None
    if kind in ("weekdays_before", "weekdays_after"):  # "dans deux dimanches"
        return counted_weekday(m, n, g)
    if kind in ("counted_before", "counted_after"):
        if kind == "counted_after" and g.open_bound.search(text, max(0, start - 30), start):
            return None  # "more than a decade ago": an open bound, no date
        # "the vote will be held in two weeks" is a date; "prices rose 5 % in two weeks" a length
        cued = kind == "counted_before" and norm(m.group("c")) in v.instant_cued
        # ... a count of business days is a deadline, unless the clause is past ("the refund
        # arrives in five business days"; "it was processed in five business days")
        deadline = unit == "business_day" and not past_before(text, start, v, through_figures=True)
        if cued and not deadline and not future_before(text, start, v):
            return None
        k = g.counted[norm(m.group("c"))] * n
        return Hit(
            start, end, cal.unit_granularity(unit), resolver=lambda p: cal.offset_period(p, unit, k)
        )
    if kind == "relation":
        if unit not in ("day", "week") or n == 0:
            return None
        rel = norm(m.group("rel"))
        offset = g.relations[rel] * n * (7 if unit == "week" else 1)
        anchor = _anchor(g, text, end, rel in g.anchored)
        return Hit(start, end, "day", offset=offset, anchor_text=anchor)
    return None  # pragma: no cover - every pattern kind is handled above


# --- public API ----------------------------------------------------------------------------


def find_times(text: str, *, published: str | None, profile: LanguageProfile) -> list[TimeRef]:
    """Every time expression in `text`, resolved against `published` (ISO, possibly partial;
    with a time, "2016-11-07T16:12", lengths of hours counted from it are dated too).

    Offsets are local to `text`; the result is sorted by start and has no overlaps (the
    longest expression wins; a time of day wins over a date its numbers could start). Times
    of day join the date next to them (`time_start`..`time_end`, minutes after midnight);
    durations carry `duration_minutes` only. Event-relative phrases ("le lendemain de
    l'annonce") carry `offset_days` and `anchor_text` only: resolve them with `shift` once
    the anchor is dated.
    """
    g = grammar(profile.time)
    window = cal.window(published)
    written, text = text, _ISO_T.sub(" ", text)
    hits: list[Hit] = []
    passed: dict[re.Pattern[str], bool] = {}
    for (kind, pattern), gate in zip(g.patterns, g.gates, strict=True):
        if gate is not None:
            if gate not in passed:
                passed[gate] = gate.search(text) is not None
            if not passed[gate]:
                continue
        for m in pattern.finditer(text):
            hit = _hit(kind, m, text, g, until=window[1] if window else None)
            if hit is not None and hit.end > hit.start:
                hits.append(hit)
    v = profile.time
    until = window[1] if window else None  # the last day publication may be
    found = (*find_periods(text, v), *find_word_years(text, v), *find_windows(text, v))
    found = (*found, *find_part_counts(text, v), *find_seasons(text, v, until=until))
    for p in (*found, *find_holidays(text, v, until=until)):
        hit = Hit(p.start, p.end, p.granularity, p.periods, resolver=p.resolver, year=p.year)
        hits.append(_decade_part(text, hit, g) if p.decade else hit)
    hits.sort(key=lambda h: (h.start - h.end, h.start))
    clocks = find_clocks(text, profile.time)
    occupied = bytearray(len(text))
    for clock in clocks:  # a time of day wins over the date its numbers could also start
        if clock.kind == "time":
            occupied[clock.start : clock.end] = b"\x01" * (clock.end - clock.start)
    taken: list[Hit] = []
    for hit in hits:
        if occupied.find(1, hit.start, hit.end) < 0:
            occupied[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
            taken.append(hit)
    taken.sort(key=lambda h: h.start)
    spans = [(c.start, c.end) for c in clocks if c.kind == "time"]
    dates = onto_days(text, [finish(text, hit, window) for hit in taken], profile.time)
    dates = in_weeks(text, join_ranges(text, dates, profile.time, blocked=spans), profile.time)
    # "now" outside a range; a month read only as a range's end, left alone ("to march to May")
    tentative = {(h.start, h.end) for h in taken if h.tentative}
    dates = [d for d in dates if norm(d.text) not in g.now and (d.start, d.end) not in tentative]
    dates = spans_from(text, dates, profile.time)  # "for three days starting Monday"
    dates = spans_to(text, dates, profile.time)  # "in the three months to September"
    dates = and_next(text, dates, profile.time, window)  # "this year and next"
    # after the joins: "a week starting tomorrow" is one date, not also a length of a week
    kept = [
        c
        for c in clocks
        if c.kind == "time" or not any(d.start < c.end and c.start < d.end for d in dates)
    ]
    refs = lengths_from(text, join_clocks(text, dates, kept, profile.time), profile.time)
    instant = instant_of(published)  # "dans 5 heures": only from a stated publication time
    refs = refs if instant is None else from_instant(text, refs, instant, profile.time)
    if written == text:
        return refs
    return [r.model_copy(update={"text": written[r.start : r.end]}) for r in refs]
