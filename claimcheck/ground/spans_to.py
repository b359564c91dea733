"""Counts of units that end with the date after them: TimeRefs + text -> TimeRefs ("in the
three months to September", "the year to March", "sur les trois mois à fin septembre": the
months up to and including the month named; "the week to Nov. 4": the seven days to it)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from claimcheck.ground.calendar import common_fields
from claimcheck.ground.phrases import alt, lead, norm
from claimcheck.lang.time_types import TimeVocabulary
from claimcheck.models import TimeRef

__all__ = ["spans_to"]

#: months in one unit of a count
_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}
_DAYS = {"day": 1, "week": 7}
#: at most this many units ("the 12 months to June", never "the 500 days to")
_MAX_UNITS = 120


@cache
def _pattern(v: TimeVocabulary) -> re.Pattern[str] | None:
    """The lead, a count (or none, before a singular unit), the unit and the joiner, right
    before the date: "the three months to ", "the year to ", "sur un an à "."""
    if not v.span_to or not v.span_to_leads:
        return None
    units = {**v.units, **v.plural_units}
    return re.compile(
        rf"(?<![\w'’]){lead(v.span_to_leads)}(?:(?P<n>\d{{1,3}}|{alt(v.numbers)})\s+)?"
        rf"(?P<u>{alt(units)})\s+(?P<j>{alt(v.span_to)})\s+$",
        re.IGNORECASE,
    )


def _month_start(end: dt.date, months: int) -> dt.date:
    index = end.year * 12 + end.month - 1 - (months - 1)
    return dt.date(index // 12, index % 12 + 1, 1)


def spans_to(text: str, refs: Sequence[TimeRef], vocab: TimeVocabulary) -> list[TimeRef]:
    """Each count of units written before "to"/"à fin" and a date becomes the span it ends."""
    pattern = _pattern(vocab)
    if pattern is None or not refs:
        return list(refs)
    units = {norm(k): u for k, u in {**vocab.units, **vocab.plural_units}.items()}
    numbers = {norm(k): n for k, n in vocab.numbers.items()}
    out: list[TimeRef] = []
    for ref in refs:
        end = ref.latest
        low = out[-1].end if out else 0
        window = text[max(low, ref.start - 60) : ref.start]
        m = pattern.search(window) if end is not None and ref.earliest is not None else None
        unit = units.get(norm(m.group("u")), "") if m else ""
        raw = norm(m.group("n") or "") if m else ""
        n = int(raw) if raw.isdigit() else numbers.get(raw, 0) if raw else 1
        if m is None or end is None or ref.earliest is None or not 0 < n <= _MAX_UNITS:
            out.append(ref)
            continue
        month_end = (end + dt.timedelta(days=1)).day == 1
        try:
            if unit in _MONTHS:
                months = n * _MONTHS[unit]
                if month_end:  # "the three months to September": July to September
                    start = _month_start(end, months)
                else:  # "the year to June 30": from the day after a year before
                    back = _month_start(end, months + 1).replace(day=1)
                    start = back.replace(day=min(end.day, 28)) + dt.timedelta(days=1)
            elif unit in _DAYS:
                start = end - dt.timedelta(days=n * _DAYS[unit] - 1)
            else:
                out.append(ref)
                continue
        except (OverflowError, ValueError):  # where the calendar ends
            out.append(ref)
            continue
        at = ref.start - (len(window) - m.start())
        _, month, year = common_fields([(start, end)], day_level=False)
        out.append(
            ref.model_copy(
                update={
                    "text": text[at : ref.end], "start": at, "earliest": start, "latest": end,
                    "granularity": "month" if unit in _MONTHS and month_end else "day",
                    "candidates": (), "weekday": None, "day": None, "month": month,
                    "year": year, "part_of_day": None, "time_start": None, "time_end": None,
                    "clock": None, "time_granularity": None, "qualifier": None,
                }
            )
        )  # fmt: skip
    return out
