"""English offsets from a stated publication time, counts moved onto a written day, date-time
ranges, day numbers in ordinal words; and bare numbers that stay numbers: text + publication
-> TimeRef."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

EN = get_profile("en")
AT = "2021-03-09T14:20"  # a Tuesday, 14:20
DAY = "2021-03-09"


def _one(text: str, published: str, surface: str):  # type: ignore[no-untyped-def]
    refs = [r for r in find_times(text, published=published, profile=EN) if r.text == surface]
    assert refs, [r.text for r in find_times(text, published=published, profile=EN)]
    return refs[0]


# (text, surface, day, clock): a length of hours counted from the publication time
POINTS = [
    ("The governor will speak in two hours.", "in two hours", "2021-03-09", 16 * 60 + 20),
    ("The blast was heard 45 minutes ago.", "45 minutes ago", "2021-03-09", 13 * 60 + 35),
    ("The border will reopen in 12 hours.", "in 12 hours", "2021-03-10", 2 * 60 + 20),
]


@pytest.mark.parametrize(("text", "surface", "day", "clock"), POINTS)
def test_length_from_the_publication_time(text: str, surface: str, day: str, clock: int) -> None:
    ref = _one(text, AT, surface)
    assert (str(ref.earliest), str(ref.latest), ref.clock) == (day, day, clock)
    assert ref.anchor == "publication" and ref.duration_minutes is None


def test_window_of_hours_from_the_publication_time() -> None:
    ref = _one("Three aftershocks struck in the past 3 hours.", AT, "the past 3 hours")
    assert (ref.earliest, ref.time_start, ref.time_end) == (dt.date(2021, 3, 9), 680, 861)
    ahead = _one("Rain is expected within the next 5 hours.", AT, "within the next 5 hours")
    assert (ahead.time_start, ahead.time_end) == (860, 1161)


@pytest.mark.parametrize(
    "text", ["The blast was heard 45 minutes ago.", "The climbers reached the top in 5 hours."]
)
def test_without_a_publication_time_the_length_stays_undated(text: str) -> None:
    refs = find_times(text, published=DAY, profile=EN)
    assert refs and all(r.earliest is None for r in refs)


def test_later_counts_from_the_event_not_from_publication() -> None:
    refs = find_times("Two hours later, the fire was out.", published=AT, profile=EN)
    assert [r.duration_minutes for r in refs] == [120.0]
    assert refs[0].earliest is None


# (text, surface, day): a count of days moved onto the day written after it
MOVED = [
    ("The vote came three days after the 5th of March.", "three days after the 5th of March",
     "2021-03-08"),
    ("Talks resume three weeks from tomorrow.", "three weeks from tomorrow", "2021-03-31"),
    ("He resigned two days before yesterday.", "two days before yesterday", "2021-03-06"),
    ("The result came two days after Tuesday's vote.", "two days after Tuesday", "2021-03-11"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "day"), MOVED)
def test_count_moved_onto_a_written_day(text: str, surface: str, day: str) -> None:
    ref = _one(text, DAY, surface)
    assert (str(ref.earliest), str(ref.latest)) == (day, day)


def test_count_before_an_event_stays_relative_to_it() -> None:
    ref = _one("Two days after the fire, the plant reopened.", DAY, "Two days after")
    assert ref.anchor == "event" and ref.offset_days == 2 and ref.earliest is None


def test_date_time_range_over_two_days() -> None:
    ref = _one("The curfew runs from 8 p.m. Friday to 6 a.m. Saturday.", DAY,
               "from 8 p.m. Friday to 6 a.m. Saturday")  # fmt: skip
    assert (ref.earliest, ref.latest) == (dt.date(2021, 3, 5), dt.date(2021, 3, 6))
    assert (ref.time_start, ref.time_end) == (1200, 1440 + 361)


def test_part_of_a_day_then_a_bare_hour() -> None:
    ref = _one("The vote is due Tuesday afternoon at 3", DAY, "Tuesday afternoon at 3")
    assert (str(ref.earliest), ref.clock) == ("2021-03-09", 15 * 60)


def test_day_numbers_in_ordinal_words() -> None:
    ref = _one("The ceasefire began on the twenty-second of June.", DAY, "twenty-second of June")
    assert str(ref.earliest) == "2020-06-22" and ref.duration_minutes is None
    assert str(_one("The rally is set for May third.", DAY, "May third").earliest) == "2020-05-03"


def test_an_ordinal_before_a_hyphen_is_no_day() -> None:
    refs = find_times("June third-quarter profits rose.", published=DAY, profile=EN)
    assert [r.granularity for r in refs] == ["month"]


# ordinary news sentences whose bare numbers are no times of day
NOT_TIMES = [
    "Firefighters reached 7 of the 10 sites on Tuesday evening.",
    "Police arrived Tuesday evening at 7 of the 10 sites.",
    "Unemployment stood at 7.",
    "The death toll stood tonight at 7.",
    "The score went from 3 to 7 in ten minutes.",
    "Shares fell 5 percent in two hours. Trading will resume Monday.",
    "He was jailed for 8 years on the 14th.",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_bare_numbers_are_not_times(text: str) -> None:
    for published in (AT, DAY):
        refs = find_times(text, published=published, profile=EN)
        assert all(r.clock is None for r in refs), [(r.text, r.clock) for r in refs]


def test_a_time_said_as_two_number_words() -> None:
    ref = _one("The last ferry leaves at eight forty.", DAY, "eight forty")
    assert (ref.clock, ref.time_granularity) == (8 * 60 + 40, "minute")
    ref = _one("The ferry leaves at eight forty tonight.", DAY, "eight forty tonight")
    assert (str(ref.earliest), ref.clock) == (DAY, 20 * 60 + 40)


@pytest.mark.parametrize(
    "text",
    [
        "She was born in nineteen twenty.",
        "Eight forty-foot containers fell overboard.",
        "Police found ten twenty pound notes.",
        "The tally rose from eight to twenty.",
    ],
)
def test_two_counts_are_no_time(text: str) -> None:
    assert all(r.clock is None for r in find_times(text, published=DAY, profile=EN))


def test_a_yearless_end_after_a_relative_start() -> None:
    ref = _one("Entries are open between today and February 15th.", DAY,
               "between today and February 15th")  # fmt: skip
    assert (str(ref.earliest), str(ref.latest)) == (DAY, "2022-02-15")


def test_tomorrow_night_and_a_weekday_before_its_date() -> None:
    ref = _one("The vote is set for tomorrow night at 9", DAY, "tomorrow night at 9")
    assert (str(ref.earliest), ref.clock) == ("2021-03-10", 21 * 60)
    ref = _one("The ruling came on Wednesday, 2/24/2021.", DAY, "Wednesday, 2/24/2021")
    assert (str(ref.earliest), ref.weekday) == ("2021-02-24", 2)


def test_weekdays_of_a_stated_week() -> None:
    ref = _one("Hearings run next week, from Monday to Wednesday.", DAY,
               "next week, from Monday to Wednesday")  # fmt: skip
    assert (str(ref.earliest), str(ref.latest)) == ("2021-03-15", "2021-03-17")


def test_late_on_a_day_then_its_part() -> None:
    ref = _one("Late Tuesday night, the government gave in.", DAY, "Late Tuesday night")
    assert (str(ref.earliest), ref.part_of_day) == ("2021-03-09", "night")
    # from the late evening into the small hours: 23:50 and 1:30 both fit
    assert ref.time_start is not None and ref.time_end is not None
    assert ref.time_start <= 23 * 60 + 50 and ref.time_end > 24 * 60 + 90


def test_the_rest_of_the_publication_day() -> None:
    ref = _one("Roads stay closed for the rest of the day.", AT, "rest of the day")
    assert (str(ref.earliest), ref.time_start, ref.time_end) == (DAY, 14 * 60 + 20, 1440)
    assert find_times("Roads stay closed for the rest of the day.", published=DAY, profile=EN) == []


def test_decades() -> None:
    ref = _one("Prices doubled over the past two decades.", DAY, "the past two decades")
    assert (str(ref.earliest), str(ref.latest)) == ("2001-03-09", DAY)
    ref = _one("The dam was built last decade.", DAY, "last decade")
    assert (str(ref.earliest), str(ref.latest)) == ("2010-01-01", "2019-12-31")
    assert all(
        r.earliest is None for r in find_times("a decade-long war", published=DAY, profile=EN)
    )


@pytest.mark.parametrize("published", ["9999-12-31T23:50", "0001-01-01T00:10", "9995-06-01"])
def test_the_ends_of_the_calendar_raise_nothing(published: str) -> None:
    text = (
        "They will come in 5 hours, three weeks from tomorrow, next week, from Monday to "
        "Wednesday, next decade; two hours ago; over the past two decades; between now and "
        "June 30; within the upcoming 5 years; for 3 days starting Monday; Q1 next year."
    )
    assert isinstance(find_times(text, published=published, profile=EN), list)


def test_a_clock_range_with_a_bare_end_before_its_date() -> None:
    ref = _one("The office opens from 10:30 to 3 on Monday.", DAY, "from 10:30 to 3 on Monday")
    assert (str(ref.earliest), ref.time_start, ref.time_end) == ("2021-03-08", 630, 901)


def test_an_iso_date_time() -> None:
    ref = _one("The notice was posted 2021-03-02T08:05:59 online.", DAY, "2021-03-02T08:05:59")
    assert (str(ref.earliest), ref.clock) == ("2021-03-02", 8 * 60 + 5)
    refs = find_times("Form 2021-03-02Tx, model T12:30", published=DAY, profile=EN)
    assert all(r.clock is None for r in refs)
