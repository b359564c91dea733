"""English years without their preposition, a late or early part of a dated day, a time of
day on the half its part of the day names, a clock range that stops before a numeric date;
and look-alikes that stay counts: text + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

EN = get_profile("en")
DAY = "2021-03-09"  # a Tuesday


def _years(text: str) -> list[tuple[str, str, str]]:
    return [
        (r.text, str(r.earliest), str(r.latest))
        for r in find_times(text, published=DAY, profile=EN)
        if r.granularity == "year"
    ]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The 2011 tsunami flooded the coast.", "2011"),
        ("A 2015 law bans the practice.", "2015"),
        ("Its 2019 report was damning.", "2019"),
        ("The 2024 Games will open in July.", "2024"),
        ("The minister recalled the crash of 2008.", "2008"),
        ("The floods of 2013 and their cost were discussed.", "2013"),
    ],
)
def test_a_year_without_its_preposition(text: str, year: str) -> None:
    assert _years(text) == [(year, f"{year}-01-01", f"{year}-12-31")]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Sales fell in 2007 and 2009.", ["2007", "2009"]),
        ("Elections were held in 2012, 2017 and 2022.", ["2012", "2017", "2022"]),
        ("In 2019, 1873 people died.", ["2019"]),  # a count after the year, never a year
    ],
)
def test_a_list_of_years(text: str, years: list[str]) -> None:
    assert [surface for surface, _, _ in _years(text)] == years


@pytest.mark.parametrize(
    "text",
    [
        "The 2000 soldiers were deployed.",  # a round hundred is a count as often
        "A crowd of 1873 people gathered.",  # a count before its noun
        "The death toll reached a total of 1873.",  # a measure
        "The 737 MAX was grounded.",
        "Flight 1549 landed on the river.",
        "Some 1,200 troops arrived.",
        "He rode a 1250 cc motorbike.",  # a unit's short name after it
    ],
)
def test_numbers_stay_counts(text: str) -> None:
    assert _years(text) == []


def _times(text: str) -> list[tuple[str, str, int | None, int | None, int | None]]:
    return [
        (r.text, str(r.earliest), r.clock, r.time_start, r.time_end)
        for r in find_times(text, published=DAY, profile=EN)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        # the late or early share of the part, not from the morning to midnight
        ("The blast hit late Monday morning.", "late Monday morning", 9 * 60, 12 * 60),
        ("Shots rang out late Monday afternoon.", "late Monday afternoon", 15 * 60, 18 * 60),
        ("Police left early Monday evening.", "early Monday evening", 18 * 60, 20 * 60 + 30),
        # an edge that reaches into the part: their union
        ("The fire spread late Monday night.", "late Monday night", 18 * 60, 30 * 60),
        ("Looters struck early Monday morning.", "early Monday morning", 0, 12 * 60),
    ],
)
def test_an_edge_of_a_dated_part(text: str, surface: str, start: int, end: int) -> None:
    assert _times(text) == [(surface, "2021-03-08", None, start, end)]


@pytest.mark.parametrize(
    ("text", "surface", "day", "clock"),
    [
        ("He was shot at 7:30 on Sunday evening.", "7:30 on Sunday evening", 7, 19 * 60 + 30),
        ("The ferry sank at 11:15 on Saturday night.", "11:15 on Saturday night", 6, 1395),
        ("The vote closed Sunday evening at 7:30.", "Sunday evening at 7:30", 7, 19 * 60 + 30),
        ("Talks ended Sunday afternoon at 3:15.", "Sunday afternoon at 3:15", 7, 15 * 60 + 15),
    ],
)
def test_a_part_of_the_day_puts_a_time_on_its_half(
    text: str, surface: str, day: int, clock: int
) -> None:
    refs = find_times(text, published=DAY, profile=EN)
    assert [(r.text, str(r.earliest), r.clock) for r in refs] == [
        (surface, f"2021-03-0{day}", clock)
    ]


def test_a_written_half_is_kept() -> None:
    refs = find_times("The blast came at 7 a.m. Sunday evening.", published=DAY, profile=EN)
    assert [r.clock for r in refs if r.clock is not None] == [7 * 60]


def test_a_clock_range_stops_before_a_numeric_date() -> None:
    # "6:00am until 12" was a range to noon, the "12" of the next date its end
    text = "The road is shut from 12-14-2019 6:00am until 12-15-2019 8:00pm."
    refs = find_times(text, published=DAY, profile=EN)
    assert [(str(r.earliest), str(r.latest), r.time_start, r.time_end) for r in refs] == [
        ("2019-12-14", "2019-12-15", 6 * 60, 1440 + 20 * 60 + 1)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "clock"),
    [
        # "12 - 6 p.m." was a range from noon, the day's number its start
        ("Day 12 - 6 p.m.: rescue teams reached the village.", "6 p.m.", 18 * 60),
        ("Week 3 - 9 a.m.: the trial resumed.", "9 a.m.", 9 * 60),
    ],
)
def test_a_numbered_week_or_day_opens_no_range(text: str, surface: str, clock: int) -> None:
    refs = find_times(text, published=DAY, profile=EN)
    assert [(r.text, r.time_start, r.time_end) for r in refs] == [(surface, clock, clock + 1)]


def test_a_range_of_hours_stays() -> None:
    refs = find_times("The polls are open from 7 to 9 p.m.", published=DAY, profile=EN)
    assert [(r.time_start, r.time_end) for r in refs] == [(19 * 60, 21 * 60 + 1)]


def test_a_time_of_day_joins_a_day_counted_from_the_story() -> None:
    # "8 a.m." took the text's only date, March 5, when "the next day" is the 6th
    text = "The vote was held on March 5. The next day at 8 a.m., results came in."
    refs = find_times(text, published=DAY, profile=EN)
    assert [(r.text, r.anchor, r.offset_days, str(r.earliest), r.clock) for r in refs] == [
        ("March 5", "publication", None, "2021-03-05", None),
        ("The next day at 8 a.m.", "event", 1, "None", 8 * 60),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "day", "clock"),
    [
        ("He will speak tomorrow afternoon at 3 p.m.", "tomorrow afternoon at 3 p.m.", 10, 900),
        ("The minister spoke this afternoon at 3 p.m.", "this afternoon at 3 p.m.", 9, 900),
        ("The minister spoke this morning.", "this morning", 9, None),
    ],
)
def test_a_relative_day_with_its_part_and_time(
    text: str, surface: str, day: int, clock: int | None
) -> None:
    refs = find_times(text, published=DAY, profile=EN)
    assert [(r.text, str(r.earliest), r.clock) for r in refs] == [
        (surface, f"2021-03-{day:02d}", clock)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "first", "last"),
    [
        ("Sales fell 3% in the three months to September.", "the three months to September",
         "2020-07-01", "2020-09-30"),
        ("Prices rose 2.1% in the year to September.", "the year to September",
         "2019-10-01", "2020-09-30"),
        ("Profit rose in the three months ended June 30.", "the three months ended June 30",
         "2020-04-01", "2020-06-30"),
        ("Sales rose in the week to Nov. 4.", "the week to Nov. 4", "2020-10-29", "2020-11-04"),
    ],
)  # fmt: skip
def test_a_count_of_units_to_a_date(text: str, surface: str, first: str, last: str) -> None:
    assert [
        (r.text, str(r.earliest), str(r.latest))
        for r in find_times(text, published=DAY, profile=EN)
    ] == [(surface, first, last)]


def test_a_delay_to_a_date_is_that_date() -> None:
    # "by three months" is a length; the date is September, no span of months
    refs = find_times("The launch was delayed by three months to September.", published=DAY,
                      profile=EN)  # fmt: skip
    assert [(r.text, str(r.earliest)) for r in refs] == [
        ("three months", "None"),
        ("September", "2020-09-01"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "last", "start", "end"),
    [
        # said on a Tuesday: "Wednesday" was the Wednesday before, two refs
        ("The clashes lasted from Tuesday night to Wednesday morning.",
         "Tuesday night to Wednesday morning", "2021-03-10", 21 * 60, 1440 + 12 * 60),
        ("Between Saturday night and Sunday morning, 40 people were arrested.",
         "Saturday night and Sunday morning", "2021-03-07", 21 * 60, 1440 + 12 * 60),
    ],
)  # fmt: skip
def test_a_range_from_one_part_of_a_day_to_another(
    text: str, surface: str, last: str, start: int, end: int
) -> None:
    refs = find_times(text, published=DAY, profile=EN)
    assert [(r.text, str(r.latest), r.time_start, r.time_end) for r in refs] == [
        (surface, last, start, end)
    ]


def test_two_parts_without_an_opener_stay_two() -> None:
    refs = find_times("It rained on Tuesday night and on Wednesday morning.", published=DAY,
                      profile=EN)  # fmt: skip
    assert [r.part_of_day for r in refs] == ["night", "morning"]


@pytest.mark.parametrize(
    ("text", "surface", "first"),
    [
        ("Shares are down 20% year to date.", "year to date", "2021-01-01"),
        ("The year-to-date gains were erased.", "year-to-date", "2021-01-01"),
        ("Sales are up 4% month to date.", "month to date", "2021-03-01"),
    ],
)
def test_a_unit_to_date(text: str, surface: str, first: str) -> None:
    refs = find_times(text, published=DAY, profile=EN)
    assert [(r.text, str(r.earliest), str(r.latest)) for r in refs] == [
        (surface, first, "2021-03-09")
    ]


def test_the_best_year_to_date_is_no_span() -> None:
    assert find_times("It was the best year to date for the firm.", published=DAY, profile=EN) == []


def test_the_night_before() -> None:
    # "The night" alone took the text's only date, March 5, when the night before is the 4th
    text = "The vote was held on March 5. The night before, clashes had broken out."
    refs = find_times(text, published=DAY, profile=EN)
    assert [(r.text, r.anchor, r.offset_days) for r in refs] == [
        ("March 5", "publication", None),
        ("The night before", "event", -1),
    ]
    # ... its event named after it
    refs = find_times("He spent the night before the trial in a cell.", published=DAY, profile=EN)
    assert [(r.offset_days, r.anchor_text) for r in refs] == [(-1, "the trial in a cell")]
