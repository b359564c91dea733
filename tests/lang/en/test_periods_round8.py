"""News periods, eighth round: date-time ranges whose bounds lie days apart, with times at
their ends ("from 9 a.m. Monday to 5 p.m. Friday", "from Friday evening until Sunday",
"Saturday night into Sunday"): text + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.ground.time_values import clocks_compatible, compatible, describe
from claimcheck.lang import get_profile
from claimcheck.models import TimeRef

EN = get_profile("en")
SATURDAY = "2021-03-13T09:00:00"  # Monday was the 8th, Friday the 12th


def _refs(text: str, published: str = SATURDAY) -> list[TimeRef]:
    return find_times(text, published=published, profile=EN)


def _spans(text: str) -> list[tuple[str, str, str, int | None, int | None]]:
    return [(r.text, str(r.earliest), str(r.latest), r.time_start, r.time_end) for r in _refs(text)]


ACROSS_DAYS = [
    # both ends a clock time, days apart: the end counted from the first day's midnight
    ("The bridge was closed from 9 a.m. Monday to 5 p.m. Friday.",
     [("from 9 a.m. Monday to 5 p.m. Friday", "2021-03-08", "2021-03-12", 540,
       4 * 1440 + 1021)]),
    ("Voting ran from 7 a.m. Tuesday until 8 p.m. Thursday.",
     [("from 7 a.m. Tuesday until 8 p.m. Thursday", "2021-03-09", "2021-03-11", 420,
       2 * 1440 + 1201)]),
    ("The curfew lasted from 6 p.m. on March 1 to 6 a.m. on March 4.",
     [("from 6 p.m. on March 1 to 6 a.m. on March 4", "2021-03-01", "2021-03-04", 1080,
       3 * 1440 + 361)]),
    ("The site was offline between 4pm on Feb 1 and 5pm yesterday.",
     [("4pm on Feb 1 and 5pm yesterday", "2021-02-01", "2021-03-12", 960, 39 * 1440 + 1021)]),
    # a time then a day named without one: to that day's end
    ("The festival ran from Friday evening until Sunday.",
     [("Friday evening until Sunday", "2021-03-12", "2021-03-14", 1080, 3 * 1440)]),
    ("Roads were shut from 10 p.m. Friday to Sunday.",
     [("from 10 p.m. Friday to Sunday", "2021-03-12", "2021-03-14", 1320, 3 * 1440)]),
    # a night carried on into the next day ("into": no opener needed)
    ("Heavy snow fell Saturday night into Sunday.",
     [("Saturday night into Sunday", "2021-03-13", "2021-03-14", 1260, 2 * 1440)]),
    ("Heavy snow fell Saturday night into Sunday morning.",
     [("Saturday night into Sunday morning", "2021-03-13", "2021-03-14", 1260, 1440 + 720)]),
    # the next day, as before
    ("The road was closed from 10 p.m. Friday to 6 a.m. Saturday.",
     [("from 10 p.m. Friday to 6 a.m. Saturday", "2021-03-12", "2021-03-13", 1320, 1801)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ACROSS_DAYS)
def test_a_range_across_days_keeps_the_times_at_its_ends(
    text: str, expected: list[tuple[str, str, str, int, int]]
) -> None:
    assert _spans(text) == expected


LOOK_ALIKES = [
    # figures, not hours: no time of day, so no range
    ("The toll rose from 5 to 6 on Monday.", [("Monday", "2021-03-08", "2021-03-08", None, None)]),
    # two date-times without an opener stay two
    ("He left at 9 a.m. Monday and came back at 5 p.m. Friday.",
     [("9 a.m. Monday", "2021-03-08", "2021-03-08", 540, 541),
      ("5 p.m. Friday", "2021-03-12", "2021-03-12", 1020, 1021)]),
    # days without a time stay days
    ("The office was closed from Monday to Friday.",
     [("from Monday to Friday", "2021-03-08", "2021-03-12", None, None)]),
    # a night followed by "to" and no opener is no carried night
    ("Storms hit Saturday night, to Sunday's relief of farmers.",
     [("Saturday", "2021-03-13", "2021-03-13", 1260, 1800),
      ("Sunday", "2021-03-07", "2021-03-07", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_look_alikes_are_no_range_across_days(
    text: str, expected: list[tuple[str, str, str, int | None, int | None]]
) -> None:
    assert _spans(text) == expected


def test_a_range_across_days_is_labelled_from_its_first_time_to_its_last() -> None:
    (ref,) = _refs("The bridge was closed from 9 a.m. Monday to 5 p.m. Friday.")
    assert describe(ref) == "from Monday 8 March 2021, 9 a.m. to Friday 12 March 2021, 5 p.m."
    (night,) = _refs("Heavy snow fell Saturday night into Sunday.")
    assert describe(night).endswith("to Sunday 14 March 2021, end of the day")


def test_a_range_across_days_meets_any_time_of_its_days_and_no_other_day() -> None:
    (ref,) = _refs("The bridge was closed from 9 a.m. Monday to 5 p.m. Friday.")
    (wednesday,) = _refs("It was closed on Wednesday at 11 p.m.")
    (saturday,) = _refs("It reopened at 10 a.m. on Saturday, March 13.")
    assert clocks_compatible(ref, wednesday) and compatible(ref, wednesday)
    assert not compatible(ref, saturday)


def test_english_elides_no_word_before_a_relative_day() -> None:
    assert _refs("The 'today' show aired late.") == []
    (ref,) = _refs("The museum will be closed from today until Monday.")
    assert (ref.text, str(ref.earliest), str(ref.latest)) == (
        "from today until Monday",
        "2021-03-13",
        "2021-03-15",
    )


REST_OF_DAY = [
    # from the stated publication time to midnight, "today" inside the phrase included
    ("Schools will stay closed for the rest of today.", [("rest of today", 540, 1440)]),
    ("Schools will stay closed for the rest of the day.", [("rest of the day", 540, 1440)]),
    # a day written right after it: that day's, not publication's
    ("Schools will stay closed for the rest of the day on Monday.", [("Monday", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REST_OF_DAY)
def test_the_rest_of_the_day_runs_from_publication_to_midnight(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert [(r.text, r.time_start, r.time_end) for r in _refs(text)] == expected


HOURS = [
    # hours counted from a stated publication time, past a day: the end on a later day
    ("Prices rose over the past 48 hours.", [("the past 48 hours", "2021-03-11", "2021-03-13",
                                               540, 2 * 1440 + 541)]),
    ("More rain is expected in the next 72 hours.",
     [("the next 72 hours", "2021-03-13", "2021-03-16", 540, 3 * 1440 + 541)]),
    ("A deal is expected within 48 hours.",
     [("within 48 hours", "2021-03-13", "2021-03-15", 540, 2 * 1440 + 541)]),
    # lengths stay lengths: no marker of publication, or more than a week of hours
    ("The strike will last 48 hours.", [("48 hours", "None", "None", None, None)]),
    ("Prices rose 5% in 48 hours.", [("48 hours", "None", "None", None, None)]),
    ("Prices rose over the past 200 hours.", [("200 hours", "None", "None", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HOURS)
def test_hours_from_publication_may_pass_the_next_day(
    text: str, expected: list[tuple[str, str, str, int | None, int | None]]
) -> None:
    assert _spans(text) == expected


def test_hours_from_a_publication_day_alone_stay_a_length() -> None:
    (ref,) = _refs("Prices rose over the past 48 hours.", published="2021-03-13")
    assert (ref.earliest, ref.duration_minutes) == (None, 2880)


CLOSED_BY_A_PART = [
    # a part of the day right after a range of days closes it: to that part's end
    ("Roads were closed from Tuesday to Thursday morning.",
     [("from Tuesday to Thursday", "2021-03-09", "2021-03-11", 0, 2 * 1440 + 720)]),
    ("Roads were closed from Monday through Wednesday night.",
     [("from Monday through Wednesday", "2021-03-08", "2021-03-10", 0, 2 * 1440 + 1800)]),
    # days alone stay days
    ("Roads were closed from Tuesday to Thursday.",
     [("from Tuesday to Thursday", "2021-03-09", "2021-03-11", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLOSED_BY_A_PART)
def test_a_part_of_the_day_after_a_range_of_days_closes_it(
    text: str, expected: list[tuple[str, str, str, int | None, int | None]]
) -> None:
    assert _spans(text) == expected


def test_a_range_closed_by_a_part_is_labelled_from_its_first_day() -> None:
    (ref,) = _refs("Roads were closed from Tuesday to Thursday morning.")
    assert describe(ref) == "from Tuesday 9 March 2021 to Thursday 11 March 2021, noon"


HALVES = [
    # a half of the day written after a day, without an hour: before or after noon
    ("Storms are likely Thursday PM.", [("Thursday", "afternoon", 720, 1440)]),
    ("The vote was held Friday a.m. in the capital.", [("Friday", "morning", 0, 720)]),
    ("Rain is expected tomorrow AM.", [("tomorrow", "morning", 0, 720)]),
    # never the Prime Minister, the verb, or a clock time's half
    ("Tuesday PM Theresa May spoke.", [("Tuesday", None, None, None)]),
    ("I am sure Tuesday am I right.", [("Tuesday", None, None, None)]),
    ("He left at 5 PM Tuesday.", [("5 PM Tuesday", None, 1020, 1021)]),
    ("The PM spoke on Tuesday.", [("Tuesday", None, None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HALVES)
def test_a_half_of_the_day_after_a_day(
    text: str, expected: list[tuple[str, str | None, int | None, int | None]]
) -> None:
    assert [(r.text, r.part_of_day, r.time_start, r.time_end) for r in _refs(text)] == expected


POSSESSED = [
    # a window after a possessive is its holder's: a length, no date
    ("He spent his last three days in hospital.", [("three days", "None", "None")]),
    ("He spent his last 24 hours in a cell.", [("24 hours", "None", "None")]),
    ("Their past two years were hard.", [("two years", "None", "None")]),
    # the same windows without one count from publication
    ("The last three days were hard.", [("The last three days", "2021-03-10", "2021-03-13")]),
    ("Over the past 24 hours, prices rose.",
     [("the past 24 hours", "2021-03-12", "2021-03-13")]),
    # a possessive before a weekday changes nothing
    ("His Monday meeting was cancelled.", [("Monday", "2021-03-08", "2021-03-08")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSSESSED)
def test_a_window_after_a_possessive_is_no_date(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(r.text, str(r.earliest), str(r.latest)) for r in _refs(text)] == expected


def test_the_rest_of_the_day_in_a_past_clause_is_the_story_s() -> None:
    assert _refs("He spent the rest of the day in hospital.") == []
    (now,) = _refs("Schools are closed for the rest of the day.")
    assert (now.text, str(now.earliest), now.time_start) == ("rest of the day", "2021-03-13", 540)
