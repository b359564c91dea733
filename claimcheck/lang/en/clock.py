"""Clock-time, part-of-day, zone and duration words (en), read by claimcheck.ground.clock."""

from __future__ import annotations


def _numbers_to_99() -> dict[str, int]:
    """English number words 0..99 ("forty-five", "forty five")."""
    out = {w: i for i, w in enumerate(_NUMBERS[:20])}
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for k, word in enumerate(tens):
        out[word] = 20 + 10 * k
        for unit in range(1, 10):
            out[f"{word} {_NUMBERS[unit]}"] = 20 + 10 * k + unit
    out["oh"] = 0
    return out


NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_NUMBERS = NUMBER_WORDS


_PARTS = {
    "morning": "morning",
    "mornings": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "evenings": "evening",
    "night": "night",
    "nighttime": "night",
    "daytime": "day",
    "midday": "midday",
    "lunchtime": "midday",
}


_PART_DETERMINERS = (
    "in the",
    "during the",
    "the",
    "that",
    "early in the",
    "late in the",
    "on the",
    "through the",
)


_CITIES = {
    "paris": "Europe/Paris",
    "london": "Europe/London",
    "new york": "America/New_York",
    "washington": "America/New_York",
    "moscow": "Europe/Moscow",
    "tokyo": "Asia/Tokyo",
    "beijing": "Asia/Shanghai",
}

HOUR_MARKS = {"h": "abbr"}
MINUTE_MARKS = ("min", "mins", "minutes", "minute")
MERIDIEM = {
    "am": 0,
    "a.m.": 0,
    "a.m": 0,
    "a m": 0,
    "a. m.": 0,
    "pm": 12,
    "p.m.": 12,
    "p.m": 12,
    "p m": 12,
    "p. m.": 12,
}
OCLOCK = ("o'clock", "oclock", "o clock")
CLOCK_WORDS = {"noon": 720, "midday": 720, "mid-day": 720, "midnight": 0, "mid-night": 0}
CLOCK_NUMBERS = _numbers_to_99()
MINUTE_FRACTIONS: dict[str, int] = {}
FRACTION_WORDS = {"half": 30, "a quarter": 15, "quarter": 15, "three quarters": 45}
MINUTE_RELATIONS = {"past": 1, "after": 1, "to": -1, "before": -1, "till": -1}
CLOCK_CUES = (
    "it's",
    "it is",
    "it was",
    "at",
    "by",
    "from",
    "until",
    "till",
    "since",
    "between",
    "and",
    "to",
    "before",
    "after",
)
QUALIFIERS = {
    "around": "about",
    "at around": "about",
    "about": "about",
    "at about": "about",
    "approximately": "about",
    "at approximately": "about",
    "roughly": "about",
    "some time around": "about",
    "sometime around": "about",
    "shortly before": "shortly_before",
    "just before": "shortly_before",
    "moments before": "shortly_before",
    "minutes before": "shortly_before",
    "shortly after": "shortly_after",
    "just after": "shortly_after",
    "soon after": "shortly_after",
    "moments after": "shortly_after",
    "minutes after": "shortly_after",
    "just past": "shortly_after",
    "before": "before",
    "by": "before",
    "until": "before",
    "after": "after",
    "from": "after",
    "since": "after",
}
QUALIFIERS_AFTER = {"ish": "about", "or so": "about"}
PARTS_AFTER_HOUR = {
    "in the morning": "morning",
    "in the afternoon": "afternoon",
    "afternoon": "afternoon",
    "in the evening": "evening",
    "in the night": "night",
    "at night": "night",
    "that night": "night",
    "that evening": "evening",
    "that morning": "morning",
    "midnight": "night",
    "lunchtime": "midday",
}
PARTS = {
    **_PARTS,
    "overnight": "night",
    "at night": "night",
    "in the small hours": "early",
    "in the early hours": "early",
    "at dawn": "morning",
    "before dawn": "early",  # "before dawn on Monday": its small hours
    "before daybreak": "early",
    "at daybreak": "morning",
    "at dusk": "evening",
}
PART_DETERMINERS = _PART_DETERMINERS
PART_MODIFIERS = {"early": "early", "late": "late", "mid": "mid"}
DAY_EDGES = {
    "early": "early",
    "early on": "early",
    "late": "late",
    "late on": "late",
    "in the early hours of": "early",
    "in the small hours of": "early",
}
RELATIVE_DAY_PARTS = {
    "this morning": "morning",
    "this afternoon": "afternoon",
    "this evening": "evening",
    "tonight": "evening",
    "this night": "night",
    "yesterday morning": "morning",
    "yesterday afternoon": "afternoon",
    "yesterday evening": "evening",
    "last night": "night",
    "tomorrow morning": "morning",
    "tomorrow afternoon": "afternoon",
    "tomorrow evening": "evening",
    "tomorrow night": "night",
}
ZONES = {
    "local time": "local",
    "local": "local",
    "gmt": "UTC",
    "utc": "UTC",
    "bst": "UTC+01:00",
    "cet": "UTC+01:00",
    "cest": "UTC+02:00",
    "est": "UTC-05:00",
    "edt": "UTC-04:00",
    "cst": "UTC-06:00",
    "cdt": "UTC-05:00",
    "pst": "UTC-08:00",
    "pdt": "UTC-07:00",
    "et": "America/New_York",
    "eastern time": "America/New_York",
    "pacific time": "America/Los_Angeles",
    "jst": "UTC+09:00",
    **{f"{city} time": zone for city, zone in _CITIES.items()},
    **{f"in {city}": zone for city, zone in _CITIES.items()},
}
RANGE_OPENERS = {"between": ("and",), "from": ("to", "until", "till", "til", "through")}
RANGE_JOINERS = ("to", "-", "–", "till", "til", "until", "through", "thru")
DATETIME_JOINERS = ("at", "on", "around", "by", "the")
PART_DATE_JOINERS = ("on", "of", "on the", "the")
DURATION_UNITS = {
    "h": 60,
    "hr": 60,
    "hrs": 60,
    "hour": 60,
    "hours": 60,
    "min": 1,
    "mins": 1,
    "minute": 1,
    "minutes": 1,
    "sec": 1 / 60,
    "secs": 1 / 60,
    "second": 1 / 60,
    "seconds": 1 / 60,
    "day": 1440,
    "days": 1440,
    "week": 10080,
    "weeks": 10080,
    "month": 43200,
    "months": 43200,
    "year": 525600,
    "years": 525600,
    "decade": 5256000,
    "decades": 5256000,
    "century": 52560000,
    "centuries": 52560000,
}
DURATION_PHRASES = {
    **{
        f"{w}{sep}{u}": m
        for w in ("all", "full", "whole")
        for sep in (" ", "-")
        for u, m in (("day", 1440), ("week", 10080), ("month", 43200), ("year", 525600))
    },
    "all night": 600,
    "a fortnight": 20160,
    "half year": 262800,
    "half a year": 262800,
    "half an year": 262800,
}
DURATION_JOINERS = ("and",)
DURATION_HALVES = {"and a half": 0.5, "and half": 0.5}
HALF_BEFORE = ("half an", "half a", "half")
DURATION_CUES = (
    "for",
    "during",
    "over",
    "in",
    "within",
    "after",
    "nearly",
    "almost",
    "more than",
    "less than",
    "about",
    "some",
    "the past",
    "the last",
    "the next",
    "the first",
    "another",
    "than",
    "of",
    "a",
)
