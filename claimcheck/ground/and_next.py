"""A calendar unit and the next or last one told by ellipsis: TimeRefs + text -> TimeRefs
("this year and next", "cette année et la suivante", "this week and last": the two units,
one range)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from claimcheck.ground.calendar import Period, add_months, common_fields
from claimcheck.ground.phrases import alt, norm
from claimcheck.lang.time_types import TimeVocabulary
from claimcheck.models import TimeRef

__all__ = ["and_next"]


@cache
def _pattern(v: TimeVocabulary) -> re.Pattern[str] | None:
    if not v.and_next:
        return None
    # ... ending its clause: "cette année et la prochaine génération" is another thing
    return re.compile(rf"\s+(?P<w>{alt(v.and_next)})(?=\s*(?:[,.;:!?)»”\"]|$))", re.IGNORECASE)


def _unit(ref: TimeRef) -> str | None:
    """The calendar unit `ref` spans whole, if one: a Monday-to-Sunday week, a month, a year."""
    lo, hi = ref.earliest, ref.latest
    if lo is None or hi is None or ref.candidates:
        return None
    if ref.granularity == "week" and lo.weekday() == 0 and (hi - lo).days == 6:
        return "week"
    if ref.granularity == "month" and lo.day == 1 and add_months(lo, 0) == (lo, hi):
        return "month"
    if ref.granularity == "year" and (lo.month, lo.day, hi.month, hi.day) == (1, 1, 12, 31):
        return "year" if lo.year == hi.year else None
    return None


def _moved(lo: dt.date, hi: dt.date, unit: str, k: int) -> tuple[dt.date, dt.date]:
    """The period `lo`..`hi` widened by one unit after it (k=1) or before it (k=-1)."""
    if unit == "week":
        step = dt.timedelta(days=7)
        return (lo, hi + step) if k > 0 else (lo - step, hi)
    months = 1 if unit == "month" else 12
    if k > 0:
        return lo, add_months(hi, months)[1]
    return add_months(lo, -months)[0], hi


def and_next(
    text: str, refs: Sequence[TimeRef], vocab: TimeVocabulary, window: Period | None
) -> list[TimeRef]:
    """The current week, month or year ("this year", "cette semaine": it holds the publication
    `window`) and "and next" / "et la suivante" right after it: one range over both units
    ("last year and next" is no range)."""
    pattern = _pattern(vocab)
    if pattern is None or window is None:
        return list(refs)
    words = {norm(k): d for k, d in vocab.and_next.items()}
    out: list[TimeRef] = []
    for i, ref in enumerate(refs):
        m = pattern.match(text, ref.end)
        lo, hi = ref.earliest, ref.latest
        current = lo is not None and hi is not None and lo <= window[0] and window[1] <= hi
        unit = _unit(ref) if m and ref.anchor == "publication" and current else None
        after = refs[i + 1].start if i + 1 < len(refs) else len(text)
        if m is None or unit is None or m.end() > after:
            out.append(ref)
            continue
        assert lo is not None and hi is not None  # checked above
        lo, hi = _moved(lo, hi, unit, words[norm(m.group("w"))])
        _, month, year = common_fields([(lo, hi)], day_level=False)
        update = {
            "text": text[ref.start : m.end()], "end": m.end(), "earliest": lo, "latest": hi,
            "granularity": "day" if unit == "week" else unit, "month": month, "year": year,
            "weekday": None, "day": None,
        }  # fmt: skip
        out.append(ref.model_copy(update=update))
    return out
