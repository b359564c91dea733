"""English news forms of times and dates: a weekday after "next", a part of the day with a
time that fits it, a night's small hours on the next day, a bare hour at a clause's end;
and look-alikes that stay figures: text + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile
from claimcheck.models import TimeRef

EN = get_profile("en")
MONDAY = "2021-03-08"
THURSDAY = "2021-03-11"


def _refs(text: str, published: str = MONDAY) -> list[TimeRef]:
    return find_times(text, published=published, profile=EN)


# (text, publication, surface, day): "next Friday" is next week's Friday; said on a Thursday
# it is never the morrow, said on a Monday it is not the coming Friday either (which news
# writes "Friday")
NEXT_WEEKDAY = [
    ("The board will meet next Friday to decide.", MONDAY, "next Friday", "2021-03-19"),
    ("The board will meet next Friday to decide.", THURSDAY, "next Friday", "2021-03-19"),
    ("Voting opens next Monday, officials said.", THURSDAY, "next Monday", "2021-03-15"),
    ("The strike ends next Sunday.", MONDAY, "next Sunday", "2021-03-21"),
    # "last" keeps the nearest one before publication
    ("The board met last Friday.", THURSDAY, "last Friday", "2021-03-05"),
]


@pytest.mark.parametrize(("text", "published", "surface", "day"), NEXT_WEEKDAY)
def test_next_weekday_is_next_weeks(text: str, published: str, surface: str, day: str) -> None:
    assert [(r.text, str(r.earliest), str(r.latest)) for r in _refs(text, published)] == [
        (surface, day, day)
    ]


# (text, surface, day, time_start, time_end): one instant, on the day that owns it
PART_AND_TIME = [
    ("The blast happened on Tuesday night at 11 p.m.", "Tuesday night at 11 p.m.",
     "2021-03-02", 23 * 60, 23 * 60 + 1),
    # a night's small hours are the next day's: minutes past the first day's midnight
    ("The blast happened on Tuesday night at 2 a.m.", "Tuesday night at 2 a.m.",
     "2021-03-02", 1440 + 120, 1440 + 121),
    ("The blast happened at 2 a.m. on Tuesday night.", "2 a.m. on Tuesday night",
     "2021-03-02", 1440 + 120, 1440 + 121),
    ("Shots rang out last night at 2 a.m., police said.", "last night at 2 a.m.",
     "2021-03-07", 1440 + 120, 1440 + 121),
    ("The storm hit overnight Tuesday at around 3 a.m.", "Tuesday at around 3 a.m.",
     "2021-03-02", 1440 + 150, 1440 + 211),
    # a bare hour after a part of the day may end its clause after a qualifier
    ("The storm hit Monday morning around 7, officials said.", "Monday morning around 7",
     "2021-03-08", 6 * 60 + 30, 7 * 60 + 31),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "day", "lo", "hi"), PART_AND_TIME)
def test_a_part_of_the_day_and_its_time(
    text: str, surface: str, day: str, lo: int, hi: int
) -> None:
    refs = _refs(text)
    assert [(r.text, str(r.earliest), r.time_start, r.time_end) for r in refs] == [
        (surface, day, lo, hi)
    ]


def test_a_time_outside_its_part_stays_apart() -> None:
    # "Tuesday morning" and "8 p.m." cannot be one instant: two readings, as written
    refs = _refs("Tuesday morning the plant shut, and at 8 p.m. it reopened.")
    assert (refs[0].text, refs[0].part_of_day) == ("Tuesday", "morning")
    assert refs[-1].clock == 20 * 60 and refs[-1].part_of_day is None


@pytest.mark.parametrize(
    "text",
    [
        "The index closed Tuesday afternoon at about 3.5 points.",
        "Shares rose Tuesday afternoon at 3,000 points.",
        "The toll stood this morning at 7.",
    ],
)
def test_a_figure_after_a_part_of_the_day_is_no_hour(text: str) -> None:
    assert all(r.clock is None for r in _refs(text))


# (text, surface, first day, last day, time_start, time_end): a date-time range closed by
# "until", as by "to"
UNTIL = [
    ("The curfew runs from 10 p.m. Friday until 6 a.m. Saturday.",
     "from 10 p.m. Friday until 6 a.m. Saturday", "2021-03-05", "2021-03-06", 22 * 60,
     1440 + 6 * 60 + 1),
    ("Roads are shut from 9 p.m. on Sunday until 5 a.m. on Monday, police said.",
     "from 9 p.m. on Sunday until 5 a.m. on Monday", "2021-03-07", "2021-03-08", 21 * 60,
     1440 + 5 * 60 + 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "first", "last", "lo", "hi"), UNTIL)
def test_a_date_time_range_closed_by_until(
    text: str, surface: str, first: str, last: str, lo: int, hi: int
) -> None:
    refs = _refs(text, "2021-03-09")
    assert [(r.text, str(r.earliest), str(r.latest), r.time_start, r.time_end) for r in refs] == [
        (surface, first, last, lo, hi)
    ]


# (text, surface, first day, last day): a range of years written with its end's last two
# digits (a season, a fiscal year, a war)
SEASONS = [
    ("The 2020-21 season was cut short.", "2020-21", "2020-01-01", "2021-12-31"),
    ("Revenue rose in the 2019/20 fiscal year.", "2019/20", "2019-01-01", "2020-12-31"),
    ("The bridge was built between 2010-15.", "between 2010-15", "2010-01-01", "2015-12-31"),
    ("Veterans of the 1939-45 war gathered.", "1939-45", "1939-01-01", "1945-12-31"),
    ("Sales rose in 2010-11, a record season.", "2010-11", "2010-01-01", "2011-12-31"),
    # an ISO month stays a month
    ("The 2016-11 survey was late.", "2016-11", "2016-11-01", "2016-11-30"),
]


@pytest.mark.parametrize(("text", "surface", "first", "last"), SEASONS)
def test_a_range_of_years_with_a_short_end(text: str, surface: str, first: str, last: str) -> None:
    assert [(r.text, str(r.earliest), str(r.latest)) for r in _refs(text)] == [
        (surface, first, last)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bill No. 2019-25 was passed.",
        "Version 2019-85 of the standard was adopted.",  # an end 66 years on
        "Grants rose from 2019-200 projects.",  # three digits
    ],
)
def test_numbers_that_look_like_seasons(text: str) -> None:
    # no span of years: at most the year 2019 itself
    assert not any(r.latest is not None and r.latest.year > 2019 for r in _refs(text))


# a few units up to publication, said "recent"
RECENT = [
    ("Prices have risen in recent weeks, the bank said.", "in recent weeks", "2021-01-18"),
    ("Over recent months, 300 families fled.", "Over recent months", "2020-08-08"),
    ("The economy grew in recent years.", "in recent years", "2014-03-08"),
]


@pytest.mark.parametrize(("text", "surface", "first"), RECENT)
def test_recent_units_run_to_publication(text: str, surface: str, first: str) -> None:
    assert [(r.text, str(r.earliest), str(r.latest)) for r in _refs(text)] == [
        (surface, first, MONDAY)
    ]


@pytest.mark.parametrize(
    "text", ["In recent weeks of the war, the army advanced.", "The recent weeks were hard."]
)
def test_recent_units_of_a_story_or_without_a_lead_stay_undated(text: str) -> None:
    assert _refs(text) == []


# a day without its year after a schedule's words is the coming one; after a past form the
# last one (published in November)
TENSES = [
    ("The summit is scheduled for April 12.", "2022-04-12"),
    ("The trial is set to open on April 12, lawyers said.", "2022-04-12"),
    ("The talks are slated for April 12.", "2022-04-12"),
    ("The meeting, which was scheduled for April 12, was cancelled.", "2021-04-12"),
]


@pytest.mark.parametrize(("text", "day"), TENSES)
def test_a_schedule_puts_a_yearless_day_ahead(text: str, day: str) -> None:
    assert [str(r.earliest) for r in _refs(text, "2021-11-09")] == [day]


def test_a_range_from_a_day_to_a_weekday_ends_that_week() -> None:
    refs = _refs("The strike lasted from March 3 to Friday.", "2021-11-09")
    assert [(r.text, str(r.earliest), str(r.latest)) for r in refs] == [
        ("from March 3 to Friday", "2021-03-03", "2021-03-05")
    ]


# abbreviated weekdays, capitalised and whole: wire schedules
SHORT_WEEKDAYS = [
    ("The vote is set for Thu, Nov. 11.", "Thu, Nov. 11", "2021-11-11", "2021-11-11"),
    ("Talks run this week from Tues. to Thurs., officials said.",
     "this week from Tues. to Thurs.", "2021-11-09", "2021-11-11"),
    ("The match is on Fri 12 November.", "Fri 12 November", "2021-11-12", "2021-11-12"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "first", "last"), SHORT_WEEKDAYS)
def test_abbreviated_weekdays(text: str, surface: str, first: str, last: str) -> None:
    refs = _refs(text, "2021-11-08")
    assert [(r.text, str(r.earliest), str(r.latest)) for r in refs] == [(surface, first, last)]


@pytest.mark.parametrize(
    "text",
    ["Frida Kahlo painted it.", "Thurston resigned.", "He sat on the sun deck on a wed day."],
)
def test_words_that_start_like_weekdays(text: str) -> None:
    assert _refs(text) == []


# one unit up to publication after "the past", "the last": a window, as "the past three
# weeks" is ("last year", "last week" stay the calendar's)
ONE_UNIT = [
    ("Revenue has grown over the last year.", "the last year", "2020-03-08"),
    ("Prices rose 4% over the past month.", "the past month", "2021-02-08"),
    ("Emissions fell over the last decade, the report said.", "the last decade", "2011-03-08"),
]


@pytest.mark.parametrize(("text", "surface", "first"), ONE_UNIT)
def test_the_past_unit_runs_to_publication(text: str, surface: str, first: str) -> None:
    assert [(r.text, str(r.earliest), str(r.latest)) for r in _refs(text)] == [
        (surface, first, MONDAY)
    ]


def test_the_last_unit_of_something_or_the_calendars() -> None:
    assert _refs("In the last year of his term, he resigned.") == []
    assert [(r.text, str(r.earliest)) for r in _refs("Prices rose last year.")] == [
        ("last year", "2020-01-01")
    ]


def test_two_days_of_a_month_after_of() -> None:
    refs = _refs("Protests erupted on the weekend of March 6 and 7.")
    assert [(r.text, str(r.earliest), str(r.latest)) for r in refs] == [
        ("of March 6 and 7", "2021-03-06", "2021-03-07")
    ]
    # a count after the second number is no day
    assert [r.text for r in _refs("The events of March 3 and 4 people recall.")] == ["March 3"]


def test_the_early_hours_of_a_day() -> None:
    refs = _refs("The blast happened in the early hours of Sunday.")
    assert [(r.text, str(r.earliest), r.time_start, r.time_end) for r in refs] == [
        ("in the early hours of Sunday", "2021-03-07", 0, 9 * 60)
    ]


# a night carried into the next day, and an edge of a day with the time it fits
NIGHTS_AND_EDGES = [
    ("The blast happened overnight Tuesday into Wednesday, at about 2 a.m.",
     "Tuesday into Wednesday, at about 2 a.m.", "2021-03-02", "2021-03-03", 1440 + 90,
     1440 + 151),
    ("Rain fell overnight Sunday into Monday.", "Sunday into Monday", "2021-03-07",
     "2021-03-08", 21 * 60, 30 * 60),
    ("The blast happened late on Sunday, around 11 p.m.", "late on Sunday, around 11 p.m.",
     "2021-03-07", "2021-03-07", 22 * 60 + 30, 23 * 60 + 31),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "first", "last", "lo", "hi"), NIGHTS_AND_EDGES)
def test_nights_and_edges_with_their_times(
    text: str, surface: str, first: str, last: str, lo: int, hi: int
) -> None:
    refs = _refs(text)
    assert [(r.text, str(r.earliest), str(r.latest), r.time_start, r.time_end) for r in refs] == [
        (surface, first, last, lo, hi)
    ]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The agency will hire 300 staff by year-end.", "year-end"),
        ("The plant will close by year's end, the firm said.", "year's end"),
        ("The plant will close by the end of the year.", "by the end of the year"),
    ],
)
def test_the_end_of_the_year(text: str, surface: str) -> None:
    # the current year's last part, however it is written
    assert [(r.text, str(r.earliest), str(r.latest)) for r in _refs(text)] == [
        (surface, "2021-07-01", "2021-12-31")
    ]


def test_a_year_that_ended_is_no_year_end() -> None:
    assert _refs("The year ended badly.") == []


def test_a_nights_small_hours_are_labelled_with_their_day() -> None:
    from claimcheck.ground.time_values import describe

    (ref,) = _refs("The blast happened on Tuesday night at 2 a.m.")
    assert describe(ref) == "Wednesday 3 March 2021, 2 a.m."


# "this Sunday" is the Sunday of the publication's week; in a past-tense clause it would
# follow, the one of the week before (published on a Monday: the day before)
THIS_WEEKDAY = [
    ("The plane took off this Sunday morning from the air base.", MONDAY, "2021-03-07"),
    ("The mayor announced this Saturday that he would resign.", MONDAY, "2021-03-06"),
    ("The council met this Tuesday.", THURSDAY, "2021-03-09"),  # already past: unchanged
    ("The mayor will announce his decision this Sunday.", MONDAY, "2021-03-14"),
    ("The vote is this Sunday.", MONDAY, "2021-03-14"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "day"), THIS_WEEKDAY)
def test_this_weekday_in_a_past_clause_is_the_one_just_past(
    text: str, published: str, day: str
) -> None:
    found = [r for r in _refs(text, published) if r.granularity == "day"]
    assert [(str(r.earliest), str(r.latest)) for r in found] == [(day, day)]
