"""Dates (TimeRef) of one text -> the same dates, two joined into one range where the text
joins them ("du 3 au 12 septembre", "entre le 4 et le 8 juin", "from June 4 to June 8",
"June 4-8", "19-20 novembre").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from claimcheck.ground.calendar import common_fields, month_period
from claimcheck.ground.date_hits import prev_word
from claimcheck.ground.phrases import norm
from claimcheck.ground.range_grammar import (
    DASHES,
    MAX_DAYS,
    MAX_SPAN_DAYS,
    ORDER,
    RangeGrammar,
    day_range,
    fits,
    moved,
    range_grammar,
    single_day,
)
from claimcheck.lang.time_types import TimeVocabulary
from claimcheck.models import TimeRef

__all__ = ["join_ranges"]


def _in_week(text: str, a: TimeRef, b: TimeRef, g: RangeGrammar) -> TimeRef | None:
    """ "Friday next week", "vendredi de la semaine prochaine": that day of that week."""
    day, week = (a, b) if a.weekday is not None and b.granularity == "week" else (b, a)
    if day.weekday is None or week.granularity != "week" or day.granularity != "day":
        return None
    if norm(day.text).split(" ")[-1] not in g.weekday_names:  # "vendredi", not "10 juin"
        return None
    if week.earliest is None or week.latest is None or (week.latest - week.earliest).days != 6:
        return None
    if not g.week_gap.match(text[a.end : b.start]):
        return None
    if week is a and g.to_weekday.match(text, b.end):  # "cette semaine du mardi au jeudi"
        return None
    found = week.earliest + dt.timedelta(days=day.weekday)
    return day.model_copy(
        update={
            "text": text[a.start : b.end], "start": a.start, "end": b.end, "earliest": found,
            "latest": found, "candidates": (), "month": found.month, "year": found.year,
        }
    )  # fmt: skip


def _pinned(ref: TimeRef, g: RangeGrammar) -> bool:
    """Is `ref` dated for sure: written with its year, or named from publication ("now",
    "aujourd'hui", "next Friday", "le mois dernier"), not a yearless day put in a guessed year?"""
    if ref.anchor == "absolute":
        return True
    text = norm(ref.text)
    return text in g.pinned or any(w in g.pinned for w in text.split(" "))


def _yearless(a: TimeRef, b: TimeRef, g: RangeGrammar) -> bool:
    """Is `a` a date without its year, and without a weekday or a marker to pin it ("next
    Friday"), before a dated `b`?"""
    words = norm(a.text).split(" ")
    return (
        a.anchor == "publication"
        and b.anchor == "absolute"
        and words[0] not in g.weekday_names
        and not _pinned(a, g)
    )


def _yearless_end(b: TimeRef, g: RangeGrammar) -> bool:
    """Is `b` a written day without its year ("le 15 novembre"), the end of a range?"""
    words = norm(b.text).split(" ")
    digits = re.findall(r"\d+", b.text)
    return (
        b.anchor == "publication"
        and bool(digits)
        and all(len(d) <= 2 for d in digits)
        and words[0] not in g.weekday_names
    )


def _in_year_of(day: dt.date, end: dt.date) -> dt.date:
    """A yearless start put in the year of the range's written end (or the year before)."""
    for year in (end.year, end.year - 1):
        found = moved(day, year=year)
        if found is not None and found <= end:
            return found
    return day


def _one_period(ref: TimeRef) -> bool:
    """Does `ref` name one stretch of days (its candidates, if any, are all the days from its
    earliest to its latest: "the end of June")?"""
    if not ref.candidates or ref.earliest is None or ref.latest is None:
        return not ref.candidates
    return len(ref.candidates) == (ref.latest - ref.earliest).days + 1


def _month_name(ref: TimeRef) -> bool:
    """Is `ref` a month written by its name alone, without its year ("Nov", "juin")?"""
    return ref.granularity == "month" and ref.month is not None and not re.search(r"\d", ref.text)


def _span(text: str, a: TimeRef, b: TimeRef, g: RangeGrammar) -> TimeRef | None:
    """Two dated periods an opener joins ("entre mai 2015 et 2018", "from 2015 to May 5th,
    2017", "between January 1st 2015 and Feb 5th 2018"): from the first's start to the
    second's end."""
    for ref in (a, b):
        if ref.anchor not in ("absolute", "publication") or not _one_period(ref):
            return None
        if ref.granularity not in ORDER or ref.earliest is None or ref.latest is None:
            return None
    assert a.earliest and a.latest and b.earliest and b.latest  # checked above
    first, last, anchor = a.earliest, a.latest, a.anchor
    if _yearless(a, b, g):  # "du 1er février au mars 2019": February 2019
        first, anchor = _in_year_of(first, b.earliest), b.anchor
        last = moved(last, year=last.year + first.year - a.earliest.year) or last
    end, end_last = b.earliest, b.latest
    if end <= first and _month_name(b):  # "from Sep to Nov" said in September: this November
        end, end_last = (
            moved(end, year=end.year + 1) or end,
            moved(end_last, year=end_last.year + 1) or end_last,
        )
    if not (first < end and last < end_last):
        return None
    # two written years may lie far apart ("between 2010 and now" too); a yearless date read
    # against publication stays near the other
    limit = MAX_SPAN_DAYS if _pinned(a, g) and _pinned(b, g) else MAX_DAYS
    if (end_last - first).days > limit:
        return None

    between = text[a.end : b.start]
    gap = g.gap.match(between)
    if gap is None and norm(a.text) in g.abbreviations:  # "de janv. à mars"
        gap = g.abbreviated_gap.match(between)
    opener = g.opener.search(text[max(0, a.start - 30) : a.start])
    if gap is None or not fits(g, opener.group("o") if opener else None, gap.group("j")):
        return None
    # without an opener, only a dash after a month's name: "June-August 1992", "Jan-Feb"
    months = _month_name(a) and b.granularity == "month" and b.month is not None
    if opener is None and not (gap.group("j") in DASHES and months):
        return None
    start = a.start - (len(opener.group()) if opener else 0)
    coarse = max(a.granularity, b.granularity, key=ORDER.index)
    _, month, year = common_fields([(first, end_last)], day_level=False)
    return a.model_copy(
        update={
            "text": text[start : b.end], "start": start, "end": b.end, "earliest": first,
            "latest": end_last, "candidates": (), "weekday": None, "day": None, "month": month,
            "year": year, "anchor": anchor,
            "granularity": "day" if "day" in (a.granularity, b.granularity)
            else coarse,
        }
    )  # fmt: skip


def _week_of(text: str, ref: TimeRef, g: RangeGrammar, lo: int) -> TimeRef | None:
    """ "la semaine du 16 septembre", "the week of June 8": the Monday-to-Sunday week of it;
    "the week starting June 8": the seven days from it."""
    day = single_day(ref)
    if day is None:
        return None
    window = text[max(lo, ref.start - 40) : ref.start]
    m = g.week_of.search(window)
    if m is None:
        return None
    start = ref.start - (len(window) - m.start())
    monday = day if m.group("from") else day - dt.timedelta(days=day.weekday())
    sunday = monday + dt.timedelta(days=6)
    _, month, year = common_fields([(monday, sunday)], day_level=False)
    return ref.model_copy(
        update={
            "text": text[start : ref.end], "start": start, "granularity": "week",
            "earliest": monday, "latest": sunday, "weekday": None, "day": None, "month": month,
            "year": year,
        }
    )  # fmt: skip


def _months_in_year(ref: TimeRef) -> tuple[int, int] | None:
    """(first month, last month) of a month or a part of a year ("juin", "Q3", "the third
    quarter", "le premier semestre") whose year was not written; None for anything else."""
    first, last = ref.earliest, ref.latest
    if ref.granularity != "month" or ref.anchor != "publication" or ref.candidates:
        return None
    if first is None or last is None or first.year != last.year or first.day != 1:
        return None
    if (last + dt.timedelta(days=1)).day != 1 or re.search(r"\d{3}", ref.text):
        return None
    if ref.month is None and (last.month - first.month + 1) not in (3, 6):
        return None
    return first.month, last.month


def _month_of_year(text: str, a: TimeRef, b: TimeRef, g: RangeGrammar) -> TimeRef | None:
    """A month or a part of a year, and a year named relative to publication ("juin de
    l'année prochaine", "June next year", "le premier trimestre de l'an dernier", "Q3 this
    year", "the second half of next year"): that month or part of that year."""
    months = _months_in_year(a)
    if months is None or b.granularity != "year" or b.anchor != "publication":
        return None
    if b.earliest is None or b.earliest.year != (b.latest or b.earliest).year:
        return None
    if any(ch.isdigit() for ch in b.text) or not g.year_gap.match(text[a.end : b.start]):
        return None
    first = month_period(b.earliest.year, months[0])[0]
    last = month_period(b.earliest.year, months[1])[1]
    return a.model_copy(
        update={
            "text": text[a.start : b.end], "end": b.end, "earliest": first, "latest": last,
            "candidates": (), "year": first.year,
        }
    )  # fmt: skip


def _in_month(text: str, ref: TimeRef, g: RangeGrammar, lo: int) -> TimeRef | None:
    """Days written before a whole month ("du 4 au 22 ce mois-ci", "the 20th of next month")."""
    first, last = ref.earliest, ref.latest
    if ref.granularity != "month" or first is None or last is None or ref.candidates:
        return None
    if first.day != 1 or (last + dt.timedelta(days=1)).day != 1 or first.month != last.month:
        return None
    window = text[max(lo, ref.start - 40) : ref.start]
    m = g.in_month.search(window)
    if m is None:
        return None
    start = ref.start - (len(window) - m.start())
    end_day = moved(first, day=int(m.group("d")))
    if end_day is None:
        return None
    if m.group("d1") is None:
        linked = norm(ref.text).split(" ")[0] in g.day_joiners  # "le 3 du mois de mai"
        if not (m.group("sx") or m.group("dj") or linked):  # "up 20 last month" is no date
            return None
        return ref.model_copy(
            update={
                "text": text[start : ref.end], "start": start, "granularity": "day",
                "earliest": end_day, "latest": end_day, "day": end_day.day,
                "weekday": end_day.weekday(),
            }
        )  # fmt: skip
    first_day = moved(first, day=int(m.group("d1")))
    if first_day is None or not fits(g, m.group("o"), m.group("j")):
        return None
    joined = day_range(text, start, ref.end, first_day, end_day, ref)
    return joined.model_copy(update={"granularity": "day"}) if joined is not None else None


def join_ranges(
    text: str,
    dates: Sequence[TimeRef],
    vocab: TimeVocabulary,
    *,
    blocked: Sequence[tuple[int, int]] = (),
) -> list[TimeRef]:
    """Dates joined into day ranges where the text joins them; the others as they are. A bare
    day number inside a `blocked` span (a clock time's "05" in "9 h 05") is never a day."""
    g = range_grammar(vocab)

    def free(lo: int, hi: int) -> bool:
        return not any(a < hi and lo < b for a, b in blocked)

    out: list[TimeRef] = []
    for ref in dates:
        if out and (joined_day := _in_week(text, out[-1], ref, g)) is not None:
            out[-1] = joined_day
            continue
        prev = out[-1] if out else None
        lo = prev.end if prev is not None else 0
        if (in_month := _in_month(text, ref, g, lo)) is not None and free(
            in_month.start, ref.start
        ):
            out.append(in_month)
            continue
        day = single_day(ref)
        prev_day = single_day(prev) if prev is not None else None
        if prev is not None and prev_day is not None and day is not None:
            gap = g.gap.match(text[prev.end : ref.start])
            opener = g.opener.search(text[max(0, prev.start - 30) : prev.start])
            if gap and fits(g, opener.group("o") if opener else None, gap.group("j")):
                start = prev.start - (len(opener.group()) if opener else 0)
                if _yearless(prev, ref, g):
                    prev_day = _in_year_of(prev_day, day)
                elif day < prev_day and _yearless_end(ref, g):
                    # "entre aujourd'hui et le 15 novembre": the 15 November that follows
                    later = moved(day, year=day.year + 1)
                    day = later if later is not None and later >= prev_day else day
                weekdays = {norm(prev.text), norm(ref.text)} <= g.weekday_names
                to_weekday = norm(ref.text) in g.weekday_names and ref.weekday is not None
                if weekdays and day < prev_day:  # "du lundi au vendredi": the Friday after
                    day += dt.timedelta(days=7 * ((prev_day - day).days // 7 + 1))
                elif to_weekday and ref.weekday is not None:
                    # "du 3 mars au vendredi", "from March 3 to Friday": the Friday after the
                    # start (it was read alone, near publication, months away)
                    day = prev_day + dt.timedelta(days=(ref.weekday - prev_day.weekday()) % 7 or 7)
                # without an opener a day and a weekday are one day told twice ("le 25
                # février - mercredi des Cendres")
                apposed = to_weekday and opener is None and not weekdays
                joined = None if apposed else day_range(text, start, ref.end, prev_day, day, prev)
                if joined is not None:
                    out[-1] = joined
                    continue
        if prev is not None and (spanned := _span(text, prev, ref, g)) is not None:
            out[-1] = spanned
            continue
        if prev is not None and (dated := _month_of_year(text, prev, ref, g)) is not None:
            out[-1] = dated
            continue
        if (week := _week_of(text, ref, g, lo)) is not None and free(week.start, ref.start):
            out.append(week)
            continue
        written = any(ch.isdigit() for ch in ref.text)  # "3 au 12 septembre", not "hier"
        if day is not None and written:
            window = text[max(0, ref.start - 40) : ref.start]
            m = g.before.search(window)
            first = moved(day, day=int(m.group("d"))) if m else None
            start = ref.start - (len(window) - m.start()) if m else ref.start
            o = m.group("o") if m else None
            pair = m is not None and o is not None and norm(o) in g.pair_openers
            if m and pair and (m.group("j").strip() in DASHES or not fits(g, o, m.group("j"))):
                # "Les 19-20 novembre", "les 3 à 5 mars": the article is no opener
                o, start = None, ref.start - (len(window) - m.start("d"))
            unused = prev is None or prev.end <= start
            untaken = m is not None and free(start, ref.start)
            if m and first is not None and unused and untaken and fits(g, o, m.group("j")):
                joined = day_range(text, start, ref.end, first, day, ref)
                if joined is not None:
                    out.append(joined)
                    continue
            # "June 4-8": only where the month comes first
            m = g.after.match(text, ref.end) if vocab.month_first_dates else None
            last = moved(day, day=int(m.group("d"))) if m else None
            opener = g.opener.search(text[max(0, ref.start - 30) : ref.start])
            o = opener.group("o") if opener else None
            pair = o is not None and norm(o) in g.pair_openers
            year = g.year_after.match(text, m.end()) if m and ref.anchor != "absolute" else None
            if pair and m and not (year or g.pair_end.match(text, m.end())):
                m = None  # "On March 3 and 4 people were hurt": a count, not a day
            if pair and m and opener and not fits(g, o, m.group("j")):
                # "on the night of March 3 to 4": after a part of the day, "of" opens no pair
                # and the days are joined as without it ("The toll rose on March 3 to 4." is a
                # figure; the pair's end checked above: "the night of March 3 to 4 people")
                lead = prev_word(text, ref.start - len(opener.group()))
                if lead in {norm(k) for k in vocab.parts}:
                    opener, o = None, None
            if m and last is not None and free(ref.end, m.end()) and fits(g, o, m.group("j")):
                start = ref.start - (len(opener.group()) if opener else 0)
                end = m.end()
                if year is not None:  # "March 3-10, 2020": both days in the year written
                    y = int(year.group("y"))
                    first_y, last_y = moved(day, year=y), moved(last, year=y)
                    if first_y is not None and last_y is not None:
                        day, last, end = first_y, last_y, year.end()
                joined = day_range(text, start, end, day, last, ref)
                if joined is not None:
                    out.append(joined)
                    continue
        out.append(ref)
    return _disjoint(out)


def _disjoint(refs: list[TimeRef]) -> list[TimeRef]:
    """The refs without those a join has swallowed ("le 9 avril jusqu'au 17": "17")."""
    out: list[TimeRef] = []
    for ref in refs:
        if out and ref.start < out[-1].end:
            if ref.end - ref.start > out[-1].end - out[-1].start:
                out[-1] = ref
            continue
        out.append(ref)
    return out
