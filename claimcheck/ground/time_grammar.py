"""Time words of one language -> the compiled date patterns of the time resolver."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimcheck.ground.lazy_pattern import LazyPattern, lazy
from claimcheck.ground.phrases import SEP, alt, lead, norm, table
from claimcheck.lang.time_types import TimeVocabulary

__all__ = [
    "PREFIXED",
    "Grammar",
    "future_before",
    "future_pattern",
    "grammar",
    "initial_dot",
    "sentence_start",
]

#: patterns a period prefix may stand before ("fin mars", "mi-2015", "early next week")
PREFIXED = frozenset({"month", "year", "unit"})
#: what may not stand just before a match: a letter or an apostrophe, a letter only after an
#: elided prefix
_BEFORE = {False: r"\w'’", True: r"\w"}

_CLITIC = "'’"  # a future cue that leans on the word before it: "I'll"
#: after a day number, a digit that starts a clock time ("October 14 8:00am") is no obstacle
_NOT_CLOCK = r"(?!\d?\s?(?:[:.h]\d\d|[ap]\.?m))"
_YEAR = r"(?P<y>(?:1[0-9]|20)\d\d)(?!\w)(?![.,]\d)"


@dataclass(frozen=True)
class Grammar:
    vocab: TimeVocabulary
    patterns: tuple[tuple[str, LazyPattern], ...]
    #: per pattern, a quick search any match of it needs (a digit, a month's or a weekday's
    #: name, a unit), or None: a text without it skips the pattern, the result unchanged
    gates: tuple[re.Pattern[str] | None, ...]
    connector: LazyPattern
    weekdays: dict[str, int]
    months: dict[str, int]
    markers: dict[str, int]
    units: dict[str, str]
    numbers: dict[str, int]
    days: dict[str, int]
    relative_days: dict[str, int]
    counted: dict[str, int]
    events: dict[str, int]
    relations: dict[str, int]
    prefix_parts: dict[str, str]
    #: a period prefix just before a month, a year or a unit ("fin " mars): looked for behind
    #: the match, a leading optional group tried at every position of the text was slow
    prefix_before: LazyPattern
    abbreviations: frozenset[str]
    strict_events: frozenset[str]
    now: frozenset[str]  # the present, as a range's end only ("now", "maintenant")
    open_bound: LazyPattern  # before a count: "more than" (a decade ago), an open bound
    range_next: LazyPattern  # a closer and a month after a month: " to May", "-Nov"
    range_prev: LazyPattern  # a month and a closer before a month: "March to ", "Sep-"
    anchored: frozenset[str]
    count_tail: LazyPattern  # "et 2000" after a number: "entre 1500 et 2000 euros"
    weekend_lead: LazyPattern  # before a weekend meant as the nearest: "over the "
    since_before: LazyPattern  # "since", "depuis le" just before a date: no future reading
    part_after: LazyPattern  # a part of the day right after a word ("la veille" au soir)


def _business(names: tuple[str, ...]) -> dict[str, str]:
    """The unit of a count of working days ("business days", "jours ouvrables")."""
    return dict.fromkeys(names, "business_day")


@cache
def future_pattern(v: TimeVocabulary) -> re.Pattern[str]:
    """A future cue of the language: "will", "'ll", "sera", or a lower-case word of 5 letters
    or more with a future ending ("reprendront", "viendra")."""
    ends = "|".join(sorted(v.future_endings, key=len, reverse=True))
    # ... after an elided clitic too: "s'ouvrira", "n'aura", "l'emportera"
    endings = rf"|(?<!\w)(?-i:[a-zà-ÿœ]{{2,}}(?:{ends}))(?<=\w{{5}})" if ends else ""
    return re.compile(
        rf"(?:(?<![\w'’]){alt(c for c in v.future_cues if c[0] not in _CLITIC)}"
        rf"|{alt(c for c in v.future_cues if c[0] in _CLITIC)}{endings})(?!\w)",
        re.IGNORECASE,
    )


#: how far back a future cue is looked for (a long sentence; a text without full stops must
#: not be rescanned from its start at every date: that was quadratic)
_FUTURE_REACH = 400


def sentence_start(text: str, low: int, pos: int) -> int:
    """Where the sentence holding `pos` starts, not before `low`: after the last full stop,
    "!", "?" or line break, never the dot of a one-letter abbreviation ("2 p.m. Tuesday",
    "the U.S. Senate": the sentence goes on)."""
    stop = max(low - 1, *(text.rfind(c, low, pos) for c in "!?\n"))
    dot = text.rfind(".", low, pos)
    while dot > stop:
        if not initial_dot(text, dot):
            return dot + 1
        dot = text.rfind(".", low, dot)
    return stop + 1


def initial_dot(text: str, i: int) -> bool:
    """Is the dot at `i` a one-letter abbreviation's ("p.m.", "U.S.", "M. Dupont")?"""
    return i >= 1 and text[i - 1].isalpha() and (i < 2 or not text[i - 2].isalnum())


def future_before(text: str, pos: int, v: TimeVocabulary) -> bool:
    """Does the sentence speak of the future before `pos` ("will", "'ll", "sera")?"""
    start = sentence_start(text, max(0, pos - _FUTURE_REACH), pos)
    return future_pattern(v).search(text, start, pos) is not None


def _before(name: str, v: TimeVocabulary) -> str:
    """What may not come right before a match: a letter, or an apostrophe but for a month, a
    year or a unit ("fin d'année") and a relative day after an elided word ("d'aujourd'hui")."""
    plain = rf"(?<![{_BEFORE[name in PREFIXED]}])"
    if name != "relday" or not v.relative_day_elisions:
        return plain
    words = (re.escape(norm(e).rstrip("'")) for e in v.relative_day_elisions)
    glued = "|".join(rf"(?<=(?<![\w'’]){w}['’])" for w in words)
    return rf"(?:{plain}|{glued})"


@cache
def grammar(v: TimeVocabulary) -> Grammar:
    wd = alt(v.weekdays)
    if v.weekday_abbreviations:  # "Thu", "Thurs.": capitalised, whole
        shorts = "|".join(sorted(map(re.escape, v.weekday_abbreviations), key=len, reverse=True))
        wd = rf"(?:{wd}|(?-i:{shorts})\.?(?!\w))"
    month_name = alt({**v.months, **v.month_abbreviations})
    month = month_name + r"(?:\.(?=\s*\d))?"
    suffixes = alt(v.day_suffixes) if v.day_suffixes else "(?!)"
    day = (
        # not the decimals of a figure: "6,107.31 August 2019" is August, not its 31st
        rf"(?P<d>(?<!\w)(?<!\d[.,])(?:[12]\d|3[01]|0?[1-9])(?:{suffixes})?(?!\w)"
        rf"|{alt(v.day_words)}(?![\w-]))"
    )
    mk_b, mk_a = alt(v.markers_before), alt(v.markers_after)
    num = rf"(?P<n>(?<![\w,.])\d{{1,3}}(?!\w)|{alt(v.numbers)})"
    unit_n = alt({**v.units, **v.plural_units, **dict.fromkeys(v.business_days)})
    wds = alt(v.weekday_plurals)
    # "il y a près de deux ans", "nearly two years ago": the count as it is
    qualified = rf"(?:{lead(v.count_qualifiers)})?" if v.count_qualifiers else ""
    wd_lead = rf"(?:(?P<wd>{wd})(?:\s*,)?\s+(?:{lead(v.determiners)})?)?"
    joiner = rf"(?:\s+{alt(v.day_month_joiners)})?" if v.day_month_joiners else ""
    joiners = (*v.determiners, *v.weekday_day_joiners)
    wd_day = lead(v.weekday_day_joiners) if v.weekday_day_joiners else rf"(?:{lead(joiners)})?"
    year_tail = rf"(?:(?:\s*,)?\s+{_YEAR}|{SEP}(?P<post>{mk_a}))?"
    closers = (*v.range_joiners, *(c for cs in v.range_openers.values() for c in cs))
    sources = {
        # "2016-11-07", "2019/08/01"; with the month's name too: "2019-aug-1", "2019/Aug/01"
        "iso": rf"(?<![\w/.-])(?P<y>\d{{4}})(?P<s>[-/.])(?P<m>\d{{1,2}}|{month_name})(?P=s)"
        r"(?P<d>\d{1,2})(?![\w/-])",
        # ... and the day first: "05-Aug-2016", "23/Sep/2020", "5-août-2016"
        "iso_dmy": rf"(?<![\w/.-])(?P<d>\d{{1,2}})(?P<s>[-/])(?P<m>{month_name})(?P=s)"
        r"(?P<y>\d{4})(?![\w/-]|[.,]\d)",
        # ... its year after a comma too: "le 12/08, 2015", "12/08,2015", "12/08,15."
        "numeric": r"(?<![\w/.,-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})"
        r"(?:(?P=s)|,\s?(?=\d{4}\s*(?:[.;:!?)]|,\s|$))|,(?=\d\d\s*(?:[.;:!?)]|$)))"
        r"(?P<y>\d{4}|\d{2})(?![\w/-]|[.,]\d)",
        # ... with a dot after the day when its year follows: "16. Nov. 2016"
        # ... a hyphen between them: "le 14-octobre à 8 heures"
        "date": rf"{wd_lead}{day}(?:\.(?=\s+{month_name}\.?\s+(?:1[0-9]|20)\d\d(?!\d)))?"
        rf"(?:{joiner}\s+|-(?=[^\W\d]))(?P<m>{month}){year_tail}",
        "month": rf"(?:(?P<mk>{mk_b})\s+)?(?P<m>{month})"
        rf"(?:\s+{_YEAR}|{SEP}(?P<post>{mk_a}))?",
        "year": rf"(?<![\w.,]){_YEAR}",
        "weekday": rf"(?:(?P<mk>{mk_b})\s+)?(?P<wd>{wd})(?:{SEP}(?P<post>{mk_a}))?",
        # "mercredi 26", not the "26" of "mercredi 26/10/2016"
        "weekday_day": rf"(?P<wd>{wd})(?:\s*,)?\s+{wd_day}{day}(?!\s?\d|[/.-]\d)",
        # "ce soir-là" is that evening of the story, not of publication
        "relday": rf"(?P<rel>{alt(v.relative_days)})(?!{SEP}{alt(v.anaphoric_suffixes)})",
        # "year to date", "year-to-date": from the start of this one up to publication
        "to_date": rf"(?P<u>{alt(v.units)}){SEP}{alt(v.to_date_suffixes)}(?![\w'’-])",
        "unit_end": rf"(?P<u>{alt(k for k, u in v.units.items() if u in ('year', 'month'))})"
        rf"(?:['’]s)?{SEP}{alt(v.end_suffixes)}(?![\w'’-])",
        "unit": rf"(?:(?P<det>{lead(v.determiners)}))?(?:(?P<mk>{mk_b})\s+)?"
        rf"(?P<u>{alt(v.units)})(?:{SEP}{alt(v.this_suffixes)})?(?:{SEP}(?P<post>{mk_a}))?"
        rf"(?!{SEP}{alt(v.anaphoric_suffixes)})",
        "counted_before": rf"(?P<c>{alt(v.counted_before)})\s+{qualified}{num}\s+(?P<u>{unit_n})",
        "counted_after": rf"{qualified}{num}\s+(?P<u>{unit_n})\s+(?P<c>{alt(v.counted_after)})",
        "relation": rf"{num}\s+(?P<u>{unit_n})\s+(?P<rel>{alt(v.event_relations)})",
        # "dans deux dimanches", "two Sundays from now": the n-th such weekday
        "weekdays_before": rf"(?P<c>{alt(v.weekdays_counted_before)})\s+{num}\s+(?P<u>{wds})"
        r"(?![\w'’-])",
        "weekdays_after": rf"{num}\s+(?P<u>{wds})\s+(?P<c>{alt(v.weekdays_counted_after)})"
        r"(?![\w'’-])",
        "event": rf"(?<!\w)(?P<ev>{alt(v.event_words)})",
    }
    if v.range_now:
        # "between May and now", "from now until June": the present as one end of a range
        closing = alt(k for k in closers if norm(k))
        now = rf"(?P<now>{alt(v.range_now)})(?![\w'’-])"
        sources["now_end"] = rf"(?<![\w'’]){closing}\s+{now}"
        sources["now_start"] = rf"(?<![\w'’]){alt(v.range_openers)}\s+{now}(?=\s+{closing}\s)"
    if v.bare_day_leads:
        # "le 15", "the 27th", "le 22/04": a day of a recent month, after its article only,
        # and only before punctuation, the end, or a clock time ("le 15 à 8 h", "vers 8 h")
        bare = rf"(?P<lead>{alt(v.bare_day_leads)})\s+"
        cues = alt((*v.clock_cues, *v.qualifiers))  # "le 15 à 8 h", "le 14/10 vers 8 h"
        stop = rf"(?=\s*(?:[,.;:!?)»”\"](?!\d)|$)|\s+{cues}\s+\d)"
        ending = rf"(?:{suffixes})" if v.bare_day_needs_suffix else rf"(?:{suffixes})?"
        words = rf"|{alt(v.bare_day_words)}" if v.bare_day_words else ""
        sources["bare_day"] = rf"{bare}(?P<d>(?:[12]\d|3[01]|0?[1-9]){ending}{words}){stop}"
        if v.bare_day_clock_leads:
            # "on 15 at 8:00", "on 15, 8 p.m.", "8 p.m. on the 15.": no ending needed next to
            # a clock time (the one before is checked where the match is read)
            clock = rf"\d{{1,2}}(?::\d\d|\s?{alt(v.meridiem)})"
            sources["bare_day_clock"] = (
                rf"(?P<lead>{alt(v.bare_day_clock_leads)})\s+(?P<d>[12]\d|3[01]|0?[1-9])"
                rf"(?:(?=\s+{cues}\s+\d|\s*,\s*{clock})|(?P<after>(?=\s*(?:[,.;:!?](?!\d)|$))))"
            )
        # ... or before the other end of a range written the same way ("du 12/03 au 25/04")
        ends = (*v.range_joiners, *(c for cs in v.range_openers.values() for c in cs))
        to_end = rf"\s+{alt(k for k in ends if norm(k))}\s+(?:{lead(v.bare_day_leads)})?"
        short_stop = rf"(?:{stop}|(?={to_end}\d{{1,2}}/\d{{1,2}}(?![\w/])))"
        # ... or without its article when only one order reads ("rentrera 22/04."; checked
        # where the match is read)
        # ... with a dot or a hyphen only before an hour ("le 14.10 à 8 heures"; read one way
        # only: "le 3-1 à 20 h" is a score)
        hour = rf"\d{{1,2}}\s*(?:{alt(v.hour_marks)}|:\d\d)" if v.hour_marks else r"\d?:\d\d"
        dotted = rf"[.-](?=\d{{1,2}}(?:\s*,)?\s+{cues}\s+{hour})"
        sources["short_numeric"] = (
            rf"(?:{bare}|(?<![\w/.,:'’-]))(?P<a>\d{{1,2}})(?:/|{dotted})(?P<b>\d{{1,2}})"
            rf"(?![\w/-]|[.,]\d|\s?[/-]\s?\d){short_stop}"
        )
    if v.month_first_dates:
        wd_md = rf"(?:(?P<wd>{wd})(?:\s*,)?\s+)?"
        wd_join = rf"(?:{alt(v.weekday_day_joiners)}\s+)?"
        sources["date_md"] = (
            # "Oct. 2", "October the 2nd", "Oct-2", "Oct/2" (not "Oct4", a gene's name)
            rf"(?<!\d{4}[-/]){wd_md}(?P<m>{month})(?:[-/](?=\d)|\s*{wd_join}){day}"
            rf"(?:(?:\s*,)?\s+{_YEAR}|(?!\s?\d{_NOT_CLOCK}))"
        )
        if v.month_day_words:
            # "May twenty one", "jan twenty two, 2018": before a year or a clause's end only
            # (checked where the match is read)
            sources["date_md_words"] = (
                rf"{wd_md}(?P<m>{month})\s+(?P<d>{alt(v.month_day_words)})(?![\w-])"
                rf"(?:(?:\s*,)?\s+{_YEAR})?"
            )
    elif v.month_first_before_clock:
        # "Octobre 14, 8:00am", "janvier 21, 2018": a day after its month only where a clock
        # time or a year follows
        sources["date_md"] = (
            rf"(?P<m>{month_name})\s+{day}"
            rf"(?:(?=(?:\s*,)?\s+\d{{1,2}}:\d\d)|(?:\s*,)?\s+{_YEAR})"
        )
    # a month, a year or a unit may follow an elided prefix ("fin d'année", "mi-avril")
    patterns = tuple(
        (name, lazy(rf"{_before(name, v)}{src}", re.IGNORECASE)) for name, src in sources.items()
    )

    # every pattern has its month, weekday or unit after a space, a separator or its own
    # look-behind, never inside a word: a gate looks at word starts only (four times faster)
    def gate(words: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w){words}", re.IGNORECASE)

    needs = {
        **dict.fromkeys(
            ("iso", "iso_dmy", "numeric", "year", "short_numeric", "bare_day_clock"),
            re.compile(r"\d"),
        ),
        **dict.fromkeys(("date", "month", "date_md", "date_md_words"), gate(month_name)),
        **dict.fromkeys(("weekday", "weekday_day"), gate(wd)),
        **dict.fromkeys(("unit", "to_date", "unit_end"), gate(alt(v.units))),
        **dict.fromkeys(("counted_before", "counted_after", "relation"), gate(unit_n)),
        **dict.fromkeys(("weekdays_before", "weekdays_after"), gate(wds)),
    }
    # a month joined to another month by a range closer ("from March to May", "Jan-Feb")
    to_month = rf"\.?\s*(?:[-–]|\s(?:{alt(k for k in closers if norm(k))})\s)\s*"
    # starts at the first space of a run only: tried at each space of a long run, \s+ backtracked
    connector = lazy(rf"(?<!\s)\s+{alt(v.anchor_connectors)}\s*", re.IGNORECASE)
    return Grammar(
        vocab=v,
        patterns=patterns,
        gates=tuple(needs.get(name) for name, _ in patterns),
        connector=connector,
        weekdays=table(v.weekdays, v.weekday_abbreviations),
        months=table(v.months, v.month_abbreviations),
        markers=table(v.markers_before, v.markers_after),
        units={
            norm(k): u
            for k, u in {**v.units, **v.plural_units, **_business(v.business_days)}.items()
        },
        numbers=table(v.numbers),
        days=table(v.day_words, v.bare_day_words),
        relative_days=table(v.relative_days),
        counted=table(v.counted_before, v.counted_after),
        events=table(v.event_words),
        relations=table(v.event_relations),
        prefix_parts={norm(k): part for k, part in v.period_prefixes.items()},
        prefix_before=lazy(
            rf"(?<![\w'’])(?P<pre>{lead(v.period_prefixes)})$" if v.period_prefixes else r"(?!)",
            re.IGNORECASE,
        ),
        abbreviations=frozenset(norm(a) for a in v.month_abbreviations),
        strict_events=frozenset(norm(a) for a in v.strict_event_words),
        now=frozenset(norm(a) for a in v.range_now),
        open_bound=lazy(rf"(?<![\w'’]){alt(v.count_open_bounds)}\s+$", re.IGNORECASE)
        if v.count_open_bounds
        else lazy(r"(?!)"),
        range_next=lazy(rf"{to_month}{month}(?![\w'’])", re.IGNORECASE),
        range_prev=lazy(rf"(?<![\w'’]){month}(?:\s+{_YEAR})?{to_month}$", re.IGNORECASE),
        anchored=frozenset(norm(a) for a in v.anchored),
        weekend_lead=lazy(
            rf"(?<![\w'’]){alt(v.weekend_leads)}\s+$" if v.weekend_leads else r"(?!)",
            re.IGNORECASE,
        ),
        # `alt` of an empty table never matches: no leads, no "since" reading; no day leads,
        # no optional group
        since_before=lazy(
            rf"(?<![\w'’]){alt(v.since_leads)}\s+(?:{alt(v.bare_day_leads)}\s+)?$",
            re.IGNORECASE,
        ),
        part_after=lazy(
            rf"\s+(?:{lead((*v.datetime_joiners, *v.part_determiners))})?{alt(v.parts)}"
            r"(?![\w'’-])",
            re.IGNORECASE,
        ),
        count_tail=lazy(
            # matched right after a number; the look-behind keeps a scan linear on long runs
            # of spaces (each start would otherwise rescan the whole run)
            rf"(?<!\s)\s*(?:{alt(k for k in closers if norm(k))}|[-–])"
            r"\s*(?P<n>\d{3,4})(?![\w.,]\d)",
            re.IGNORECASE,
        ),
    )
