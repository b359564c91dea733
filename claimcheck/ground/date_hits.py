"""A written date or year of one language -> its Hit: the days it may name, and when."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from functools import cache

from claimcheck.ground import calendar as cal
from claimcheck.ground.calendar import Period
from claimcheck.ground.phrases import alt, norm, table
from claimcheck.ground.time_grammar import Grammar
from claimcheck.ground.time_hits import Hit
from claimcheck.lang.time_types import TimeVocabulary
from claimcheck.regex_cache import compile_cached

__all__ = ["date_hit", "ends_clause", "lone_year", "marker", "prev_word", "word"]

#: a weekday moves a yearless date to another year only onto a day this close to publication
_WEEKDAY_REACH = 45
#: the last word before a position; starts only where a word starts (from every letter of a long
#: word, the rest of the word was rescanned: quadratic)
_PREV_WORD = re.compile(r"(?<![\w'’])([\w'’]+)\s+$")
#: the word right after a position (an elided one with its apostrophe), and whether a number
#: follows it
_NEXT_WORD = re.compile(r"\s+([^\W\d]\w*['’]?)(\s*\d)?")
#: a year written without its preposition is never older than this ("a 1250 cc engine")
_FIRST_LONE_YEAR = 1500
#: a year's two last digits after a day and its month, ending the clause ("1er avril 78.")
_SHORT_YEAR = re.compile(r"(?<!\s)\s+'?(\d\d)(?=\s*(?:[.;!?)]|:(?!\d)|$))")
#: what may stand before a day written with a dot ("16. Nov. 2016"): nothing on its line
_LINE_OPENERS = "\n([|"
#: day-month pairs that say something else ("open 24/7")
_NOT_DATES = frozenset({(24, 7)})
#: a clause that ends right after a position (matched where a word ends: never tried again
#: inside a run of spaces, so a search stays linear)
_STOP = re.compile(r"(?<!\s)\s*(?:[,.;:!?)»”\"]|$)")


def word(g: Grammar, table: Mapping[str, int], m: re.Match[str], name: str) -> int | None:
    raw = m.group(name)
    if raw is None:
        return None
    key = norm(raw)
    if key.isdigit():
        return int(key)
    if key in table:
        return table[key]
    digits = re.match(r"\d+", key)  # a day number with its ordinal ending: "1er", "3rd"
    return int(digits.group()) if digits else None


def marker(g: Grammar, m: re.Match[str]) -> tuple[int, int]:
    """(number of markers written, direction)."""
    groups = m.groupdict()
    found = [g.markers[norm(groups[n])] for n in ("mk", "post") if groups.get(n)]
    return len(found), (found[0] if found else 0)


def prev_word(text: str, start: int) -> str:
    m = _PREV_WORD.search(text[max(0, start - 40) : start])  # a word cut at 40 still counts
    return norm(m.group(1)) if m else ""


def lone_year(text: str, m: re.Match[str], v: TimeVocabulary) -> bool:
    """A year without its preposition: "le séisme de 2011 a fait", "the earthquake of 2011.",
    "the 2011 earthquake"; never a round hundred, nor a count before its noun ("une amende de
    2011 euros", "the crowd of 2011 people"), nor one before a unit's short name ("a 1250 cc
    engine", "the 1600 hp model"), nor one older than the written calendars news cites."""
    year = int(m.group("y"))
    if year % 100 == 0 or year < _FIRST_LONE_YEAR:
        return False
    before = prev_word(text, m.start())
    after = _NEXT_WORD.match(text, m.end())
    if v.year_list_joiners and _listed(text, m.start(), v):
        # "in 2007 and 2009.", "en 2012, 2017 et 2022": where the list or the clause goes on,
        # never before a noun ("En 2019, 1873 personnes sont mortes")
        if after is None:
            return _STOP.match(text, m.end()) is not None
        word = norm(after.group(1))
        return word in v.year_list_joiners or (word in v.year_followers and not after.group(2))
    if before in v.year_attributive_leads:
        return after is not None and len(after.group(1)) >= 3 and not after.group(2)
    if before not in v.year_weak_leads:
        return False
    lead_at = text.rfind(" ", 0, m.start() - 1)
    if lead_at > 0 and prev_word(text, lead_at + 1) in v.year_weak_vetoes:
        return False
    if after is None:
        return _STOP.match(text, m.end()) is not None
    return norm(after.group(1)) in v.year_followers and not after.group(2)


@cache
def _list_before(v: TimeVocabulary) -> re.Pattern[str]:
    """A year read with its preposition, then a comma or a list joiner, right before a year."""
    return re.compile(
        rf"(?<![\w.,])(?:{alt(v.cues)})\s+(?:(?:1[5-9]|20)\d\d\s*,\s*)*(?:1[5-9]|20)\d\d"
        rf"\s*(?:,|\s{alt(v.year_list_joiners)})\s*$",
        re.IGNORECASE,
    )


def _listed(text: str, start: int, v: TimeVocabulary) -> bool:
    """Is the year at `start` the next of a list of years after a preposition ("in 2007 and
    2009"; not "between 1500 and 2000 euros", a count whose round years the caller drops)?"""
    return _list_before(v).search(text, max(0, start - 80), start) is not None


@cache
def _words(v: TimeVocabulary) -> tuple[dict[str, int], dict[str, int]]:
    """The years and the cardinal day numbers in words, keyed by `norm`."""
    return table(v.year_words), table(v.month_day_words)


@cache
def _year_words(v: TimeVocabulary) -> re.Pattern[str]:
    return compile_cached(rf"(?:\s*,)?\s+(?P<yw>{alt(v.year_words)})(?![\w-])", re.IGNORECASE)


def ends_clause(text: str, pos: int, v: TimeVocabulary) -> bool:
    """Does the clause end at `pos`, or go on with a word no count is followed by ("... two
    thousand and ten people" is a count)?"""
    if _STOP.match(text, pos) is not None:
        return True
    after = _NEXT_WORD.match(text, pos)
    return after is not None and norm(after.group(1)) in v.year_followers and not after.group(2)


def _one_reading(a: int, b: int) -> bool:
    """Do two numbers read as a day and a month one way only ("22/04", "4/22"; not "7/10",
    either way, nor "24/7", an idiom)?"""
    return (a, b) not in _NOT_DATES and (a > 12) != (b > 12) and max(a, b) <= 31


def date_hit(
    kind: str,
    m: re.Match[str],
    g: Grammar,
    start: int,
    end: int,
    *,
    ahead: bool = False,
    past: Callable[[], dt.date | None] = lambda: None,
) -> Hit | None:
    """The Hit of a written date; `ahead`: a future cue before it; `past()`: where its clause
    is in the past tense, the last day publication may be (asked only where it decides)."""
    groups = m.groupdict()
    raw_year = groups.get("y")
    year = int(raw_year) if raw_year else None
    if year is None and kind in ("date", "date_md", "date_md_words"):
        # "September 10, nineteen zero one", "le 3 mai deux mille dix"
        found = _year_words(g.vocab).match(m.string, end) if g.vocab.year_words else None
        if found is not None and ends_clause(m.string, found.end(), g.vocab):
            year, end = _words(g.vocab)[0][norm(found.group("yw"))], found.end()
        elif kind == "date" and (short := _SHORT_YEAR.match(m.string, end)) is not None:
            # "le 1er avril 78.": a year's two last digits where the clause ends
            year, end = (
                (1900 if int(short.group(1)) >= 50 else 2000) + int(short.group(1)),
                short.end(),
            )
    if kind == "date_md_words" and year is None and _STOP.match(m.string, end) is None:
        return None  # "In May twenty people died": a count
    if kind in ("numeric", "short_numeric"):
        a, b = int(m.group("a")), int(m.group("b"))
        if raw_year and m.group("s") != "/" and "," in m.string[m.end("b") : m.start("y")]:
            return None  # "growth was 3.5, 2015 ...": a year after a comma follows a slash only
        loose = not groups.get("lead") or m.string[m.end("a")] != "/"
        if kind == "short_numeric" and loose and not _one_reading(a, b):
            return None  # "rentrera 22/04.", never "noté 7/10.", "open 24/7.", "le 3-1 à 20 h"
        if raw_year and len(raw_year) == 2:
            if m.group("s") == ".":  # "1.5.20" is a version number as often as a date
                return None
            # "a 10-6-12 record" (won, drawn, lost): with hyphens, a day over 12 or a year
            # written with its zero ("9-18-15", "3-7-07")
            if m.group("s") == "-" and max(a, b) <= 12 and not raw_year.startswith("0"):
                return None
            year = (2000 if int(raw_year) < 50 else 1900) + int(raw_year)
        first = g.vocab.numeric_day_first
        if first is None:
            orders = [(a, b)] if a > 12 else [(b, a)] if b > 12 else [(a, b), (b, a)]
        else:
            national = (a, b) if first else (b, a)
            # "02/22/2016" read day first: no 22nd month, the one order that reads
            orders = [national if national[1] <= 12 else national[::-1]]
    elif kind in ("iso", "iso_dmy"):
        raw_month = m.group("m")
        month = int(raw_month) if raw_month.isdigit() else g.months[norm(raw_month)]
        orders = [(int(m.group("d")), month)]
    elif kind == "date_md_words":
        orders = [(_words(g.vocab)[1][norm(m.group("d"))], g.months[norm(m.group("m"))])]
    else:
        dotted = kind == "date" and m.string.startswith(".", m.end("d"))
        before = m.string[max(0, start - 40) : start].rstrip(" \t")
        if dotted and before and before[-1] not in _LINE_OPENERS:
            return None  # "16. Nov. 2016" opens its line; "rose to 16. November 2016 was" not
        day = word(g, g.days, m, "d")
        orders = [(day, g.months[norm(m.group("m"))])] if day else []
    weekday = g.weekdays[norm(groups["wd"])] if groups.get("wd") else None
    month_first = kind in ("date_md", "date_md_words")
    ambiguous = month_first and norm(m.group("m")) in g.vocab.ambiguous_months
    # "May 5" is a date, "they may 10" is not: a lower-case modal needs more context
    if ambiguous and not (year or weekday is not None or m.group("m")[0].isupper()):
        return None
    if year is not None:
        dates = [dt.date(year, mo, d) for d, mo in orders if cal.valid(d, mo, year)]
        periods = [(d, d) for d in dates]
        return Hit(start, end, "day", tuple(periods), weekday=weekday) if periods else None
    if not orders or not cal.valid(*orders[0]):
        return None
    if kind == "short_numeric" and len(orders) > 1:
        return None  # "on 4/5" without its year: 4 May or 5 April, too loose to date anything
    day, month = orders[0]
    _, direction = marker(g, m)

    def resolve(pub: dt.date) -> Period | None:
        dates = [
            dt.date(y, month, day)
            for y in range(pub.year - 4, pub.year + 2)
            if cal.valid(day, month, y)
        ]
        last = cal.pick(((d, d) for d in dates), pub, direction)
        # "Il est mort le 21 mars", published on 10 March: the last 21 March
        until = past() if direction == 0 and last is not None and last[0] > pub else None
        if until is not None:
            last = cal.pick(((d, d) for d in dates), until, direction, past=True)
        if weekday is not None and last is not None and last[0].weekday() != weekday:
            # "vendredi 1er janvier" written on 28 December: the coming one, the weekday says,
            # when it lies within weeks of publication and nearer than the day read; else a
            # slip of the pen ("vendredi 9 septembre" for Friday 8 September) keeps the day
            near = abs((last[0] - pub).days)
            fits = [
                d
                for d in dates
                if d.weekday() == weekday and abs((d - pub).days) <= min(_WEEKDAY_REACH, near)
            ]
            if fits:
                best = min(fits, key=lambda d: abs((d - pub).days))
                return best, best
        coming = [d for d in dates if d >= pub]
        # after a future cue, the coming day unless the last one is much nearer: "will appeal
        # the March 2 ruling", a week after it, is that ruling's day
        nearer = last is not None and coming and (coming[0] - pub).days > 2 * (pub - last[0]).days
        if ahead and direction == 0 and coming and not nearer and past() is None:
            return coming[0], coming[0]
        return last

    return Hit(start, end, "day", resolver=resolve, weekday=weekday, month=month, day=day)
