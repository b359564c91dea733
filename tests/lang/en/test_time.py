"""English time expressions: text + publication date -> TimeRef, table-driven."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.ground.time_values import describe, describe_clock
from claimcheck.lang import get_profile

P = "2020-06-11"  # a Thursday

# (text, publication date, [(surface, anchor, description of the resolved reference)])
CASES: list[tuple[str, str | None, list[tuple[str, str, str]]]] = [
    (
        "IBM said on Wednesday, June 10, 2020 that it would exit.",
        P,
        [("Wednesday, June 10, 2020", "absolute", "Wednesday 10 June 2020")],
    ),
    (
        "IBM said on Wednesday, June 10 that it would exit.",
        P,
        [("Wednesday, June 10", "publication", "Wednesday 10 June 2020")],
    ),
    (
        "The law was passed on March 3, 2019.",
        P,
        [("March 3, 2019", "absolute", "Sunday 3 March 2019")],
    ),
    (
        "The law was passed on 3 March 2019.",
        P,
        [("3 March 2019", "absolute", "Sunday 3 March 2019")],
    ),
    (
        "The vote is set for the 3rd of July.",
        P,
        [("3rd of July", "publication", "Friday 3 July 2020")],
    ),
    ("Police arrested him on May 25.", P, [("May 25", "publication", "Monday 25 May 2020")]),
    (
        "The deal closed on 6/10/2020.",
        P,
        [
            (
                "6/10/2020",
                "absolute",
                "a day between 10 June 2020 and 6 October 2020 (2 possible days)",
            )
        ],
    ),
    ("The deal closed on 06/13/2020.", P, [("06/13/2020", "absolute", "Saturday 13 June 2020")]),
    ("The filing is dated 2020-06-10.", P, [("2020-06-10", "absolute", "Wednesday 10 June 2020")]),
    (
        "The report from Sept. 3, 2019 says so.",
        P,
        [("Sept. 3, 2019", "absolute", "Tuesday 3 September 2019")],
    ),
    ("The CEO spoke Monday.", P, [("Monday", "publication", "Monday 8 June 2020")]),
    ("The CEO spoke on Thursday.", P, [("Thursday", "publication", "Thursday 11 June 2020")]),
    ("The board met last Tuesday.", P, [("last Tuesday", "publication", "Tuesday 9 June 2020")]),
    (
        "The board meets next Thursday.",
        P,
        [("next Thursday", "publication", "Thursday 18 June 2020")],
    ),
    (
        "The board met last Tuesday.",
        "2020-06",
        [
            (
                "last Tuesday",
                "publication",
                "a Tuesday between 26 May 2020 and 23 June 2020 (5 possible days)",
            )
        ],
    ),
    (
        "The board met last Tuesday.",
        "2020",
        [
            (
                "last Tuesday",
                "publication",
                "a Tuesday between 31 December 2019 and 29 December 2020",
            )
        ],
    ),
    ("The board met last Tuesday.", None, [("last Tuesday", "none", "Tuesday (date unknown)")]),
    (
        "Yesterday, the company published results.",
        P,
        [("Yesterday", "publication", "Wednesday 10 June 2020")],
    ),
    (
        "The bill passed the day before yesterday.",
        P,
        [("the day before yesterday", "publication", "Tuesday 9 June 2020")],
    ),
    ("Shares are up today.", P, [("today", "publication", "Thursday 11 June 2020")]),
    (
        "The minister denied it this morning.",
        P,
        [("this morning", "publication", "Thursday 11 June 2020")],
    ),
    (
        "The bill was passed three days ago.",
        P,
        [("three days ago", "publication", "Monday 8 June 2020")],
    ),
    ("He left the firm two years ago.", P, [("two years ago", "publication", "2018")]),
    ("He left the firm a week ago.", P, [("a week ago", "publication", "week of 1 June 2020")]),
    ("Sales fell last year.", P, [("last year", "publication", "2019")]),
    ("The decision was made last week.", P, [("last week", "publication", "week of 1 June 2020")]),
    ("The figure was released last month.", P, [("last month", "publication", "May 2020")]),
    (
        "Earlier this month, the firm laid off staff.",
        P,
        [("Earlier this month", "publication", "a day in June 2020 (11 possible days)")],
    ),
    ("Shares jumped this week.", P, [("this week", "publication", "week of 8 June 2020")]),
    ("The project started in January.", P, [("January", "publication", "January 2020")]),
    ("The project started last June.", P, [("last June", "publication", "June 2019")]),
    ("The project started in March 2019.", P, [("March 2019", "absolute", "March 2019")]),
    (
        "The rule takes effect in early June.",
        P,
        [("early June", "publication", "a day in June 2020 (15 possible days)")],
    ),
    (
        "The rule took effect in mid-June.",
        P,
        [("mid-June", "publication", "a day in June 2020 (11 possible days)")],
    ),
    ("The project started in 2018.", P, [("2018", "absolute", "2018")]),
    (
        "Growth will slow by mid-2021.",
        P,
        [("mid-2021", "absolute", "a day between 1 May 2021 and 31 August 2021")],
    ),
    (
        "Amazon's move came a day after IBM announced its exit from the market.",
        P,
        [("a day after", "event", "the day after IBM announced its exit from the market")],
    ),
    (
        "Shares fell two days after the announcement, analysts said.",
        P,
        [("two days after", "event", "2 days after the announcement")],
    ),
    (
        "The day before the vote, lawmakers argued.",
        P,
        [("The day before", "event", "the day before the vote")],
    ),
    (
        "The next day, IBM confirmed.",
        P,
        [("The next day", "event", "the day after the reference event")],
    ),
    (
        "Three days later, he resigned.",
        P,
        [("Three days later", "event", "3 days after the reference event")],
    ),
    (
        "Yesterday, the company published results.",
        "2020-06",
        [
            (
                "Yesterday",
                "publication",
                "a day between 31 May 2020 and 29 June 2020 (30 possible days)",
            )
        ],
    ),
    (
        "Yesterday, the company published results.",
        None,
        [("Yesterday", "none", "a day (date unknown)")],
    ),
    (
        "On June 10, IBM announced its exit.",
        None,
        [("June 10", "none", "10 June (year unknown)")],
    ),
    (
        "The deal was signed last weekend.",
        P,
        [("last weekend", "publication", "a day in June 2020 (2 possible days)")],
    ),
    ("They met Friday the 5th.", P, [("Friday the 5th", "publication", "Friday 5 June 2020")]),
    (
        "The bill passed on Thursday, May 21.",
        P,
        [("Thursday, May 21", "publication", "Thursday 21 May 2020")],
    ),
    (
        "The vote is the day after tomorrow.",
        P,
        [("the day after tomorrow", "publication", "Saturday 13 June 2020")],
    ),
    ("On Friday 15 people were hurt.", P, [("Friday", "publication", "Friday 5 June 2020")]),
    # negatives: durations, modal "may", the planet, ages, counts, times of day
    ("The moratorium will last for two years.", P, []),
    ("Prices may rise; they may 10 times over.", P, []),
    ("The march to the capital was peaceful.", P, []),
    ("He is 20 years old and works 18 months a year.", P, []),
    ("The rover landed on Mars at 20:02.", P, [("20:02", "none", "8:02 p.m.")]),
    ("The company has 2019 employees.", P, []),
    ("It was the last Friday of the month.", P, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_find_times(text: str, published: str | None, expected: list[tuple[str, str, str]]) -> None:
    refs = find_times(text, published=published, profile=get_profile("en"))
    # durations ("pendant un an") date nothing: CLOCK_CASES and test_durations read them
    got = [(r.text, r.anchor, describe(r)) for r in refs if r.duration_minutes is None]
    assert got == expected
    for ref in refs:
        assert text[ref.start : ref.end] == ref.text


# times of day, parts of the day, ranges, zones and durations:
# (text, [(surface, description, time-of-day description)])
CLOCK_CASES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("Firefighters reached the scene at 7:45 p.m.", [("7:45 p.m.", "7:45 p.m.", "7:45 p.m.")]),
    (
        "The blast came late yesterday morning.",
        [("late yesterday morning", "Wednesday 10 June 2020", "morning (9 a.m.-noon)")],
    ),
    (
        "The ship moved in the early hours of yesterday morning.",
        [
            (
                "in the early hours of yesterday morning",
                "Wednesday 10 June 2020",
                "early hours (midnight-9 a.m.)",
            )
        ],
    ),
    (
        "The curfew lifts at 6 this morning.",
        [("6 this morning", "Thursday 11 June 2020, 6 a.m.", "6 a.m.")],
    ),
    ("He scored 5 tonight.", [("tonight", "Thursday 11 June 2020", "evening (6 p.m.-11 p.m.)")]),
    (
        "Firefighters arrived on Tuesday in the late afternoon.",
        [("Tuesday", "Tuesday 9 June 2020", "afternoon (3 p.m.-6 p.m.)")],
    ),
    (
        "The first call came in at 7.45pm and the second at 9 PM.",
        [("7.45pm", "7:45 p.m.", "7:45 p.m."), ("9 PM.", "9 p.m.", "9 p.m.")],
    ),
    ("The polls close at 8 o'clock, officials said.", [("8 o'clock", "8 a.m.", "8 a.m.")]),
    ("The meeting ended at ten o'clock.", [("ten o'clock", "10 a.m.", "10 a.m.")]),
    (
        "Police arrived shortly after 8 p.m.",
        [("shortly after 8 p.m.", "shortly after 8 p.m.", "shortly after 8 p.m.")],
    ),
    (
        "The shots were heard around 11 p.m. on Tuesday.",
        [("around 11 p.m. on Tuesday", "Tuesday 9 June 2020, around 11 p.m.", "around 11 p.m.")],
    ),
    ("The ceremony begins at noon.", [("noon", "noon", "noon")]),
    (
        "The fire broke out just before midnight.",
        [("just before midnight", "shortly before midnight", "shortly before midnight")],
    ),
    (
        "The storm made landfall early Tuesday.",
        [("early Tuesday", "Tuesday 9 June 2020", "early hours (midnight-9 a.m.)")],
    ),
    (
        "The suspect was arrested late on Friday.",
        [("late on Friday", "Friday 5 June 2020", "late hours (6 p.m.-midnight)")],
    ),
    (
        "Rescuers resumed the search on Tuesday morning.",
        [("Tuesday", "Tuesday 9 June 2020", "morning (6 a.m.-noon)")],
    ),
    (
        "The bridge was closed overnight.",
        [("overnight", "night (9 p.m.-6 a.m.)", "night (9 p.m.-6 a.m.)")],
    ),
    (
        "The office will be open from 9 to 11 a.m.",
        [("from 9 to 11 a.m.", "between 9 a.m. and 11 a.m.", "between 9 a.m. and 11 a.m.")],
    ),
    (
        "Voting runs between 2pm and 4pm.",
        [("between 2pm and 4pm.", "between 2 p.m. and 4 p.m.", "between 2 p.m. and 4 p.m.")],
    ),
    (
        "The plane landed at 11:11 p.m. local time.",
        [("11:11 p.m. local time", "11:11 p.m. local time", "11:11 p.m. local time")],
    ),
    ("The launch took place at 21:05 GMT.", [("21:05 GMT", "9:05 p.m. (UTC)", "9:05 p.m. (UTC)")]),
    ("The talks lasted for 48 hours.", [("48 hours", "2 days", "2 days")]),
    ("The standoff went on for three hours.", [("three hours", "3 hours", "3 hours")]),
    ("The road stays shut for a couple of days.", [("a couple of days", "2 days", "2 days")]),
    ("The strike may last another week.", [("another week", "1 week", "1 week")]),
    ("Half past eight, the doors opened.", [("Half past eight", "8:30 a.m.", "8:30 a.m.")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_CASES)
def test_clock_times(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    refs = find_times(text, published=P, profile=get_profile("en"))
    assert [(r.text, describe(r), describe_clock(r)) for r in refs] == expected


# day ranges, decades, quarters and halves, year ranges, numeric months, summed durations:
# (text, [(surface, description)])
PERIOD_CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "The first Friday of March 2020 was cold.",
        [("first Friday of March 2020", "Friday 6 March 2020")],
    ),
    (
        "The festival runs from June 4 to June 8, 2020.",
        [("from June 4 to June 8, 2020", "4-8 June 2020")],
    ),
    ("Talks were held between May 4 and 8.", [("between May 4 and 8", "4-8 May 2020")]),
    ("The plant was built in the 1970s.", [("the 1970s", "the 1970s")]),
    ("Prices fell in the '90s.", [("the '90s", "the 1990s")]),
    ("People in their 70s were evacuated.", []),
    ("Revenue fell in the third quarter of 2019.", [("third quarter of 2019", "Q3 2019")]),
    ("Sales rose in Q3 2019 and H1 2020.", [("Q3 2019", "Q3 2019"), ("H1 2020", "H1 2020")]),
    ("The contract ran from 2014 to 2018.", [("from 2014 to 2018", "2014-2018")]),
    ("The 2014-2018 plan was extended.", [("2014-2018", "2014-2018")]),
    ("The strike lasted one year and two months.", [("one year and two months", "425 days")]),
    ("The final score was 2-1.", []),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_CASES)
def test_periods(text: str, expected: list[tuple[str, str]]) -> None:
    refs = find_times(text, published=P, profile=get_profile("en"))
    assert [(r.text, describe(r)) for r in refs] == expected


# "this"/"ce" + a weekday: that day of the publication's week (Monday to Sunday)
THIS_WEEK: list[tuple[str, str, str, str]] = [
    ("The summit is on Friday next week.", "2020-06-11", "Friday next week", "Friday 19 June 2020"),
    ("The trial opens this Friday.", "2020-06-08", "this Friday", "Friday 12 June 2020"),
    ("The minister spoke this Tuesday.", "2020-06-10", "this Tuesday", "Tuesday 9 June 2020"),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), THIS_WEEK)
def test_this_weekday_is_in_the_week_of_publication(
    text: str, published: str, surface: str, expected: str
) -> None:
    (ref,) = find_times(text, published=published, profile=get_profile("en"))
    assert (ref.text, describe(ref)) == (surface, expected)
