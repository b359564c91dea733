"""Time words (en)."""

from claimcheck.lang.en import clock, tense
from claimcheck.lang.en.numbers import NUMBERS
from claimcheck.lang.number_types import words
from claimcheck.lang.time_types import TimeVocabulary

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS: tuple[str, ...] = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth")
_TEENS += ("fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth")
#: day numbers in ordinal words: "the twenty-second of June", "May third"
ORDINAL_DAYS = {
    **{w: i + 1 for i, w in enumerate(_UNITS)},
    **{w: i + 10 for i, w in enumerate(_TEENS)},
    "twentieth": 20,
    **{f"twenty {w}": i + 21 for i, w in enumerate(_UNITS)},
    "thirtieth": 30,
    "thirty first": 31,
}


def _year_words() -> dict[str, int]:
    """Years in words: "nineteen seventy eight", "nineteen oh one", "twenty twenty one", "two
    thousand", "two thousand and eighteen"."""
    numbers = clock.CLOCK_NUMBERS
    out: dict[str, int] = {}
    for lead, century in (("eighteen", 1800), ("nineteen", 1900), ("twenty", 2000)):
        out[f"{lead} hundred"] = century
        for word, n in numbers.items():
            if 10 <= n <= 99 and not (century == 2000 and n < 10):
                out[f"{lead} {word}"] = century + n
        for zero in ("oh", "zero"):
            for unit in range(1, 10):
                out[f"{lead} {zero} {clock.NUMBER_WORDS[unit]}"] = century + unit
    out["two thousand"] = 2000
    for word, n in numbers.items():
        if 1 <= n <= 99 and word != "oh":
            out[f"two thousand {word}"] = out[f"two thousand and {word}"] = 2000 + n
    return out


#: the tens of a decade in words, after the article or a century ("the seventies", "the
#: nineteen-seventies", "the twenty-tens")
_DECADE_TENS = {
    "tens": 10,
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}


def _decade_words() -> dict[str, int]:
    """Decades in words: "the sixties", "the noughties", "the nineteen-seventies", "the
    twenty-tens", "the two thousand and tens", "the two thousands"."""
    out = {"noughties": 2000, "two thousands": 2000}
    out.update({word: 1900 + n for word, n in _DECADE_TENS.items() if n >= 20})
    leads = (("eighteen", 1800), ("nineteen", 1900), ("twenty", 2000), ("two thousand", 2000))
    for lead, century in leads:
        for word, n in _DECADE_TENS.items():
            out[f"{lead} {word}"] = century + n
    for word, n in _DECADE_TENS.items():
        out[f"two thousand and {word}"] = 2000 + n
    return out


#: day numbers as cardinal words after a month: "May twenty one", "jan twenty two, 2018"
_CARDINAL_DAYS = {w: n for w, n in clock.CLOCK_NUMBERS.items() if 1 <= n <= 31 and w != "oh"}

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_ABBREVIATIONS = (
    ("jan",),
    ("feb",),
    ("mar",),
    ("apr",),
    (),
    ("jun",),
    ("jul",),
    ("aug",),
    ("sep", "sept"),
    ("oct",),
    ("nov",),
    ("dec",),
)


_YEAR_FOLLOWERS = frozenset(
    {
        "and", "or", "but", "in", "on", "at", "to", "was", "were", "is", "are", "has", "had",
        "have", "that", "which", "who", "when", "where", "with", "for", "by", "as", "after",
        "before", "remains", "still",
    }
)  # fmt: skip


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

TIME = TimeVocabulary(
    tense=tense.TENSE,
    weekdays={name: i for i, name in enumerate(_WEEKDAYS)},
    weekday_abbreviations={"Tue": 1, "Tues": 1, "Thu": 3, "Thur": 3, "Thurs": 3, "Fri": 4},
    months={name: i + 1 for i, name in enumerate(_MONTHS)},
    month_abbreviations={name: i + 1 for i, names in enumerate(_ABBREVIATIONS) for name in names},
    ambiguous_months=frozenset({"may", "march"}),
    relative_days={
        "today": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "tonight": 0,
        "this night": 0,  # as "tonight"
        "yesterday": -1,
        "yesterday morning": -1,
        "yesterday afternoon": -1,
        "yesterday evening": -1,
        "last night": -1,
        "the day before yesterday": -2,
        "tomorrow": 1,
        "tomorrow morning": 1,
        "tomorrow afternoon": 1,
        "tomorrow evening": 1,
        "tomorrow night": 1,
        "the day after tomorrow": 2,
        "tmrw": 1,  # as written in messages and quoted posts
        "the day after tmrw": 2,
    },
    markers_before={
        "last": -1,
        "past": -1,
        "previous": -1,
        "this": 0,
        "current": 0,
        "next": 1,
        "coming": 1,
        "upcoming": 1,
    },
    markers_after={},
    units={
        "week": "week",
        "weekend": "weekend",
        "week-end": "weekend",
        "month": "month",
        "quarter": "quarter",
        "year": "year",
        "decade": "decade",
    },
    plural_units={
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "month": "month",
        "months": "month",
        "quarter": "quarter",
        "quarters": "quarter",
        "year": "year",
        "years": "year",
        "decade": "decade",
        "decades": "decade",
    },
    determiners=(),
    this_suffixes=(),
    anaphoric_suffixes=(),
    counted_before={"in": 1},  # after a future cue only (`instant_cued`)
    business_days=("business day", "business days", "working day", "working days"),
    # "two Sundays from now", "three Fridays ago"; never "in two Sundays" ("in two Sundays
    # out of three", "in two Sundays of voting": a count of them)
    weekday_plurals={f"{name}s": i for i, name in enumerate(_WEEKDAYS)},
    weekdays_counted_after={"from now": 1, "from today": 1, "ago": -1},
    counted_after={"ago": -1, "from now": 1},
    instant_before={"in": 1},
    instant_cued=frozenset({"in"}),
    since_leads=frozenset({"since"}),
    rest_of_day=("rest of the day", "rest of this day", "rest of today"),
    window_small_units={"hour": 1, "hours": 0, "minutes": 0},
    future_cues=(
        "will",
        "'ll",
        "shall",
        "is due",
        "are due",
        "is expected",
        "are expected",
        "is scheduled",
        "are scheduled",
        "is set to",
        "are set to",
        "is slated",
        "are slated",
    ),
    instant_after={"ago": -1, "from now": 1, "hence": 1},
    numbers={
        **{w: i for i, w in enumerate(clock.NUMBER_WORDS)},
        "a": 1,
        "an": 1,
        "a couple of": 2,
        "couple of": 2,
        "a couple": 2,  # "a couple weeks ago", "the next couple days"
        "couple": 2,
        "thirty": 30,
    },
    day_words=ORDINAL_DAYS,
    # "on the twenty-second.", as "on the 22nd." (a tenth or above: "the second" is a rank)
    bare_day_words={w: n for w, n in ORDINAL_DAYS.items() if n >= 10},
    day_suffixes=("st", "nd", "rd", "th"),
    year_words=_year_words(),
    weekday_after_articles=("a",),  # "on March 2, a Tuesday"
    month_day_words=_CARDINAL_DAYS,
    day_month_joiners=("of",),
    bare_day_leads=("the", "on the", "on", "since", "until", "through"),
    bare_day_needs_suffix=True,
    bare_day_clock_leads=("on", "on the"),
    weekday_day_joiners=("the",),
    cues=frozenset(
        {
            "in",
            "on",
            "since",
            "until",
            "by",
            "from",
            "during",
            "before",
            "after",
            "between",
            "through",
            "year",
        }
    ),
    year_list_joiners=("and", "or", "then"),
    year_weak_leads=frozenset({"of"}),
    year_weak_vetoes=frozenset(
        {"total", "toll", "tally", "crowd", "number", "sum", "average", "out", "rise", "fall"}
    ),
    # "the 2011 earthquake", "a 2015 law", "its 2019 report"
    year_attributive_leads=frozenset(
        {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that"}
    ),
    # "the earthquake of 2011 was", "the crisis of 2008 and": words no count is followed by
    year_followers=_YEAR_FOLLOWERS,
    numbered_units=("week", "day", "month", "quarter"),
    figure_verbs=NUMBERS.change_verbs | words("reached reach reaches hit"),
    end_leads=("until", "till", "through", "up to"),
    shift_verbs=words("moved shifted advanced delayed postponed rescheduled changed")
    | frozenset({"brought forward", "pushed back", "put back", "moved up", "moved back"}),
    to_date_suffixes=("to date",),  # "year to date", "year-to-date", "month to date"
    end_suffixes=("end",),  # "by year-end", "at year's end", "month-end"
    period_prefixes={
        **{
            f"{lead}{joint}": part
            for lead, part in (
                ("early", "start"),
                ("late", "end"),
                ("mid", "mid"),
                ("earlier", "earlier"),
                ("later", "later"),
                ("early in", "start"),
                ("late in", "end"),
                ("earlier in", "earlier"),
                ("later in", "later"),
                ("the end of", "end"),
                ("the beginning of", "start"),
                ("the start of", "start"),
                ("the middle of", "mid"),
                ("end of", "end"),
                ("beginning of", "start"),
                ("start of", "start"),
                ("middle of", "mid"),
                ("at the end of", "end"),
                ("at the beginning of", "start"),
                ("at the start of", "start"),
                ("in the middle of", "mid"),
                ("by the end of", "end"),
                ("the rest of", "later"),
                ("rest of", "later"),
                ("for the rest of", "later"),
                # "since the start of the year": from its start up to publication
                ("since the start of", "earlier"),
                ("since the beginning of", "earlier"),
                ("so far", "earlier"),
                # "in the first days of March", "the last days of the year"
                ("the first days of", "start"),
                ("the last days of", "end"),
                ("the final days of", "end"),
            )
            for joint in ("", " the")
        },
        "the month of": "",
    },
    veto_before=frozenset({"the", "over"}),
    deictic_markers=frozenset({"coming", "upcoming"}),
    weekend_leads=("over the", "during the", "at the", "on the", "over this"),
    weekend_day_joiners=("of",),
    event_words={
        "the day after": 1,
        "the next day": 1,
        "next day": 1,  # "He was released next day" (British), never "next-day delivery"
        "the following day": 1,
        "the day before": -1,
        "the previous day": -1,
        "the same day": 0,
        "that same day": 0,
        "the next morning": 1,
        "the following morning": 1,
        "the eve of": -1,
        "the night before": -1,  # "The night before, clashes had broken out"
    },
    strict_event_words=frozenset({"next day"}),
    event_relations={
        "after": 1,
        "before": -1,
        "later": 1,
        "earlier": -1,
        "prior to": -1,
        "from": 1,  # "three weeks from Monday"
    },
    anchored=frozenset(
        {
            "after",
            "before",
            "prior to",
            "the day after",
            "the day before",
            "the eve of",
            "the night before",
        }
    ),
    anchor_connectors=(),
    month_first_dates=True,
    numeric_day_first=None,
    window_before={
        "next": 1,
        "coming": 1,
        "upcoming": 1,
        "following": 1,
        "past": -1,
        "last": -1,
        "previous": -1,
        "preceding": -1,
        "within": 0,
        "within the next": 0,
        "within the coming": 0,
        "within the upcoming": 0,
    },
    window_vetoes_after=("of", "after", "before", "following", "since"),
    # "in recent weeks", "over recent months": a few units up to publication
    window_between={"recent": -1},
    window_deictic=("in", "over", "during", "throughout"),
    window_one_determiners=("the",),
    # "over the next decade", after a future cue only: the ten years from publication
    window_one_markers={"past": -1, "last": -1, "next": 1},
    window_verb_leads=frozenset(
        {
            "will",
            "'ll",
            "would",
            "to",
            "could",
            "can",
            "may",
            "might",
            "should",
            "must",
            "did",
            "does",
            "do",
            "didn't",
            "won't",
            "could't",
            "cannot",
            "not",
            "expected to",
        }
    ),
    window_determiners=("the",),
    # "the first nine months of 2016", "the last two weeks of March", "the final ten days of
    # the year"
    part_count_before={"first": 1, "last": -1, "final": -1},
    part_count_of=("of",),
    part_count_years={"the year": 0, "this year": 0, "last year": -1, "next year": 1},
    few_words=("a few", "few", "several", "a couple of"),
    unit_plurals={"days": "day", "weeks": "week", "months": "month", "years": "year"},
    story_markers=frozenset({"following"}),
    count_open_bounds=(
        "more than",
        "over",
        "less than",
        "under",
        "at least",
        "at most",
        "upwards of",
        "just over",
        "just under",
        "well over",
        "nearly over",
    ),
    count_qualifiers=(
        "nearly",
        "almost",
        "about",
        "around",
        "roughly",
        "some",
        "exactly",
        "just",
        "barely",
        "approximately",
        "precisely",
    ),
    approx_counts={"a dozen": (10, 14), "about a dozen": (10, 14), "some ten": (8, 12)},
    after_next=("after next", "after the next"),
    before_last=("before last",),
    and_next={"and next": 1, "and the next": 1, "and last": -1},
    week_of=("week of", "week of the"),
    week_from=(
        "week commencing",
        "week starting",
        "week starting on",
        "week starting from",
        "week beginning",
        "week beginning on",
        "w/c",  # "w/c 4 February": week commencing, as UK notices write it
    ),
    span_starting=("starting", "starting on", "starting from", "beginning", "beginning on"),
    span_from=("from",),
    span_for=("for",),
    # "in the three months to September", "the year to March", "the 12 months ended June 30"
    span_to=("to", "through", "ended", "ending"),
    span_to_leads=("the",),
    century_words=("century",),
    holidays={
        "Christmas": (12, 25, 0),
        "Christmas Day": (12, 25, 0),
        "Christmas Eve": (12, 24, 0),
        "Boxing Day": (12, 26, 0),
        "New Year's Day": (1, 1, 0),
        "New Year’s Day": (1, 1, 0),
        "New Year's Eve": (12, 31, 0),
        "New Year’s Eve": (12, 31, 0),
        "Easter": (0, 0, 0),
        "Easter Sunday": (0, 0, 0),
        "Easter Monday": (0, 1, 0),
        "Good Friday": (0, -2, 0),
        "Halloween": (10, 31, 0),
        "Valentine's Day": (2, 14, 0),
        "Valentine’s Day": (2, 14, 0),
    },
    holiday_leads=(
        "on",
        "at",
        "for",
        "before",
        "after",
        "since",
        "until",
        "till",
        "over",
        "by",
        "around",
        "during",
        "through",
        "from",
        "to",
        "between",
        "and",
        "ahead of",
    ),
    holiday_vetoes_after=(
        "holiday",
        "holidays",
        "season",
        "period",
        "break",
        "tree",
        "trees",
        "island",
        "islands",
        "market",
        "markets",
        "card",
        "cards",
        "lights",
        "shopping",
        "sales",
        "rising",
        "bunny",
        "egg",
        "eggs",
        "decorations",
        "carol",
        "carols",
        "special",
        "party",
        "parties",
        "film",
        "movie",
        "song",
        "album",
        "week",
        "weekend",
        "truce",
        "message",
        "address",
        "speech",
        "rush",
        "trading",
        "spending",
        "present",
        "presents",
        "gift",
        "gifts",
    ),
    seasons={
        "spring": "spring",
        "summer": "summer",
        "autumn": "autumn",
        "winter": "winter",
    },
    marked_seasons={"fall": "autumn"},
    season_leads=("the", "in the", "during the", "over the"),
    season_preps=("in",),
    decade_prefixes=("the",),
    decade_suffixes=("s", "'s"),
    # "highs in the 70s", "temperatures reached the 90s": temperatures, no decade
    decade_vetoes=(
        "high",
        "highs",
        "low",
        "lows",
        "temperature",
        "temperatures",
        "temps",
        "degrees",
        "thermometer",
        "thermometers",
        "mercury",
        "heat index",
        "wind chill",
        "forecast",
    ),
    decade_words=_decade_words(),
    ordinals={
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "1st": 1,
        "2nd": 2,
        "3rd": 3,
        "4th": 4,
        "last": -1,
        "final": -1,
    },
    period_parts={"quarter": 3, "half": 6},
    half_month_words=("half",),
    range_now=("now",),
    period_letters={"q": 3, "h": 6},
    bare_period_letters=frozenset({"q"}),
    period_of=("of", "of the year", "in"),  # "the first Monday in October"
    year_only_parts=frozenset({"half"}),
    year_of=("of the year", "of this year"),
    hour_marks=clock.HOUR_MARKS,
    minute_marks=clock.MINUTE_MARKS,
    meridiem=clock.MERIDIEM,
    day_halves={"AM": "morning", "a.m.": "morning", "PM": "afternoon", "p.m.": "afternoon"},
    possessives=("his", "her", "their", "its", "my", "our", "your"),
    window_holders=tuple(
        f"of {w}" for w in ("the", "a", "an", "his", "her", "their", "its", "my", "our", "your")
    ),
    oclock=clock.OCLOCK,
    clock_words=clock.CLOCK_WORDS,
    clock_numbers=clock.CLOCK_NUMBERS,
    spoken_pair_hours=12,
    minute_fractions=clock.MINUTE_FRACTIONS,
    fraction_words=clock.FRACTION_WORDS,
    minute_relations=clock.MINUTE_RELATIONS,
    clock_cues=clock.CLOCK_CUES,
    qualifiers=clock.QUALIFIERS,
    qualifiers_after=clock.QUALIFIERS_AFTER,
    parts_after_hour=clock.PARTS_AFTER_HOUR,
    parts=clock.PARTS,
    part_determiners=clock.PART_DETERMINERS,
    part_modifiers=clock.PART_MODIFIERS,
    day_edges=clock.DAY_EDGES,
    relative_day_parts=clock.RELATIVE_DAY_PARTS,
    zones=clock.ZONES,
    range_openers=clock.RANGE_OPENERS,
    range_joiners=clock.RANGE_JOINERS,
    night_joiners=("into",),
    # "on 3 and 4 March", "on March 3 and 4", "the weekend of March 6 and 7"
    day_pair_openers={"on": ("and",), "of": ("and",)},
    datetime_joiners=clock.DATETIME_JOINERS,
    part_date_joiners=clock.PART_DATE_JOINERS,
    duration_units=clock.DURATION_UNITS,
    duration_phrases=clock.DURATION_PHRASES,
    duration_joiners=clock.DURATION_JOINERS,
    duration_halves=clock.DURATION_HALVES,
    half_before=clock.HALF_BEFORE,
    duration_cues=clock.DURATION_CUES,
    duration_counts={"another": 1},
)
