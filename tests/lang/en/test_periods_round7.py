"""News periods, seventh round: the weekend a sentence names without a marker ("over the
weekend", "on the weekend": the last one, the coming one after a future cue), two-digit
decades that are temperatures ("highs in the 70s"): text + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile
from claimcheck.models import TimeRef

EN = get_profile("en")
WEDNESDAY = "2021-03-10"
SATURDAY = "2021-03-13"


def _refs(text: str, published: str = WEDNESDAY) -> list[TimeRef]:
    return find_times(text, published=published, profile=EN)


def _days(text: str, published: str = WEDNESDAY) -> list[tuple[str, str, str]]:
    return [(r.text, str(r.earliest), str(r.latest)) for r in _refs(text, published)]


WEEKEND = [
    # said on a Wednesday, in the past: the weekend just past (it was the coming one)
    ("Two men were arrested over the weekend.", WEDNESDAY,
     [("weekend", "2021-03-06", "2021-03-07")]),
    ("Two men were arrested on the weekend, police said.", WEDNESDAY,
     [("weekend", "2021-03-06", "2021-03-07")]),
    ("Protesters gathered at the weekend in the capital.", WEDNESDAY,
     [("weekend", "2021-03-06", "2021-03-07")]),
    # after a future cue: the coming one
    ("Talks will resume on the weekend.", WEDNESDAY, [("weekend", "2021-03-13", "2021-03-14")]),
    ("More snow is expected over the weekend.", WEDNESDAY,
     [("weekend", "2021-03-13", "2021-03-14")]),
    # published on a Saturday: the current one
    ("Two men were arrested over the weekend.", SATURDAY,
     [("weekend", "2021-03-13", "2021-03-14")]),
    # the weekend of a written day: that day, not another weekend
    ("Two men were arrested on the weekend of March 6.", WEDNESDAY,
     [("March 6", "2021-03-06", "2021-03-06")]),
    # habits stay undated
    ("Shops close on weekends.", WEDNESDAY, []),
    ("The weekend shift pays more.", WEDNESDAY, []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), WEEKEND)
def test_weekend_without_marker(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _days(text, published) == expected


DECADES = [
    ("Highs will be in the 70s on Friday.", [("Friday", "2021-03-12", "2021-03-12")]),
    ("Temperatures reached the mid-90s in the valley.", []),
    ("The mercury climbed into the 80s by noon.", [("by noon", "None", "None")]),
    # a decade still, where no temperature is in the sentence, or with four digits
    ("The plant opened in the '70s and closed in the 90s.",
     [("the '70s", "1970-01-01", "1979-12-31"), ("the 90s", "1990-01-01", "1999-12-31")]),
    ("Temperatures in the 1970s were lower.", [("the 1970s", "1970-01-01", "1979-12-31")]),
    ("The forecast was grim. In the 80s, the town grew.",
     [("the 80s", "1980-01-01", "1989-12-31")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DECADES)
def test_two_digit_decades_and_temperatures(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _days(text) == expected


HALF_MONTH = [
    ("The summit will be held in the second half of March.", "second half of March",
     "2021-03-16", "2021-03-31"),
    ("Sales fell in the first half of February 2019.", "first half of February 2019",
     "2019-02-01", "2019-02-15"),
    ("The last half of June 2020 was the hottest on record.", "last half of June 2020",
     "2020-06-16", "2020-06-30"),
    # a year's half stays a year's
    ("Sales fell in the first half of 2019.", "first half of 2019", "2019-01-01", "2019-06-30"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "first", "last"), HALF_MONTH)
def test_half_of_a_month(text: str, surface: str, first: str, last: str) -> None:
    assert _days(text) == [(surface, first, last)]


def test_a_match_half_is_no_month_half() -> None:
    assert _days("They scored twice in the second half. March was better.") == []


NEXT_ONE = [
    ("Emissions will fall over the next decade.",
     [("the next decade", "2021-03-11", "2031-03-10")]),
    ("The plan will be rolled out over the next year, officials said.",
     [("the next year", "2021-03-11", "2022-03-10")]),
    # the story's next year, not ours
    ("The next year, he moved to Paris.", []),
    ("He said the next week would be decisive.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEXT_ONE)
def test_next_unit_from_publication(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _days(text) == expected


# (text, surface, day, time_start, time_end, part)
PARTS = [
    # a day number after its month is a day, not an hour before its part of the day
    ("Officials met on Nov. 3 in the afternoon.", "Nov. 3", "2020-11-03", 720, 1080,
     "afternoon"),
    ("Officials met on March 3 at 3 in the afternoon.", "March 3 at 3 in the afternoon",
     "2021-03-03", 900, 901, "afternoon"),
    # "before dawn": the day's small hours
    ("The quake struck before dawn on Monday.", "Monday", "2021-03-08", 0, 540, "early"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "day", "t0", "t1", "part"), PARTS)
def test_parts_of_a_dated_day(
    text: str, surface: str, day: str, t0: int, t1: int, part: str
) -> None:
    (ref,) = _refs(text)
    assert (ref.text, str(ref.earliest), str(ref.latest)) == (surface, day, day)
    assert (ref.time_start, ref.time_end, ref.part_of_day) == (t0, t1, part)


def test_an_hour_and_its_part_alone_stay_a_time() -> None:
    (ref,) = _refs("The vote closed at 3 in the afternoon.")
    assert (ref.earliest, ref.clock, ref.part_of_day) == (None, 900, "afternoon")


EDGES = [
    ("Snow fell in the first days of March.", "the first days of March", "2021-03-01",
     "2021-03-15"),
    ("Snow fell in the last days of December 2020.", "the last days of December 2020",
     "2020-12-16", "2020-12-31"),
    # the one before the last
    ("Prices rose the week before last.", "the week before last", "2021-02-22", "2021-02-28"),
    ("Sales rose the year before last, the company said.", "the year before last",
     "2019-01-01", "2019-12-31"),
    ("He left the month before last.", "the month before last", "2021-01-01", "2021-01-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "first", "last"), EDGES)
def test_edges_and_the_one_before_last(text: str, surface: str, first: str, last: str) -> None:
    assert _days(text) == [(surface, first, last)]


def test_the_last_days_of_a_story_stay_undated() -> None:
    assert _days("He spent the last days of the war in Paris.") == []


# "within three weeks" (as French "d'ici trois semaines"): from publication on
WITHIN = [
    ("The ruling is due within three weeks.", [("within three weeks", "2021-03-10",
                                                "2021-03-31")]),
    ("Emissions will halve by 2030.", [("2030", "2030-01-01", "2030-12-31")]),
    ("The town lies within 20 km of three villages.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WITHIN)
def test_within_from_publication(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _days(text) == expected


# "w/c 6 March": the week commencing that day, as UK notices write it
WEEK_COMMENCING = [
    ("Deliveries resume w/c 8 March.", [("w/c 8 March", "2021-03-08", "2021-03-14")]),
    ("The hotel has w/c access on 8 March.", [("8 March", "2021-03-08", "2021-03-08")]),
]


@pytest.mark.parametrize(("text", "expected"), WEEK_COMMENCING)
def test_week_commencing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _days(text) == expected


# the current unit and the next or last one told by ellipsis: one range
AND_NEXT = [
    ("Growth will slow to 2% this year and next.",
     [("this year and next", "2021-01-01", "2022-12-31")]),
    ("Sales fell this month and last, the agency said.",
     [("this month and last", "2021-02-01", "2021-03-31")]),
    ("Traffic will be disrupted this week and next.",
     [("this week and next", "2021-03-08", "2021-03-21")]),
    # not the current unit, or the clause goes on: no range
    ("Last year and next, growth slows.", [("Last year", "2020-01-01", "2020-12-31")]),
    ("Growth will slow this year and next as exports fall.",
     [("this year", "2021-01-01", "2021-12-31")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AND_NEXT)
def test_this_unit_and_next(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _days(text) == expected
