"""English day numbers next to a clock time, timestamps with their year after the time, and
"this night"; look-alikes that stay counts: text + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile
from claimcheck.models import TimeRef

EN = get_profile("en")
MONDAY = "2021-03-08"


def _refs(text: str, published: str = MONDAY) -> list[TimeRef]:
    return find_times(text, published=published, profile=EN)


# (text, surface, day, clock): a day number without its ending, after "on", next to a clock
# time, is the latest such day up to publication
DAY_AND_CLOCK = [
    ("The ceasefire took effect on 4 at 6 a.m., the army said.", "4 at 6 a.m.",
     "2021-03-04", 6 * 60),
    ("Polls closed on 7, 8 p.m. local time.", "7, 8 p.m. local time", "2021-03-07", 20 * 60),
    ("The curfew was lifted at 20:00 on 5, officials said.", "20:00 on 5",
     "2021-03-05", 20 * 60),
    ("The convoy left at 9 p.m. on the 6.", "9 p.m. on the 6", "2021-03-06", 21 * 60),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "day", "clock"), DAY_AND_CLOCK)
def test_day_number_next_to_a_clock(text: str, surface: str, day: str, clock: int) -> None:
    refs = [r for r in _refs(text) if r.earliest is not None]
    assert [(r.text, str(r.earliest), str(r.latest), r.clock) for r in refs] == [
        (surface, day, day, clock)
    ]


# a count after "the", a figure before "at", a number with no clock beside it: no day
COUNTS = [
    "Police detained the 15 at 6 a.m. on a road near the border.",
    "The index rose to 15 at 8 a.m. before falling back.",
    "He was charged on 15 counts at 9 a.m. hearing.",
    "The team scored on the 15.",
    "The shares fell 3 on the 15.",
    "Strikes were held on 15, 20 and 25 per cent of sites.",
]


@pytest.mark.parametrize("text", COUNTS)
def test_counts_stay_undated(text: str) -> None:
    assert all(r.earliest is None or r.earliest.day != 15 for r in _refs(text))


# a day, a time with its seconds, then a year: a timestamp's layout
STAMPS = [
    ("Posted Wed Oct 26 15:50:06 2016 by the desk.", "Oct 26 15:50:06 2016", "2016-10-26",
     15 * 60 + 50),
    ("Updated Feb 3 09:05:00 2020.", "Feb 3 09:05:00 2020", "2020-02-03", 9 * 60 + 5),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "day", "clock"), STAMPS)
def test_timestamp_year_after_the_time(text: str, surface: str, day: str, clock: int) -> None:
    assert [(r.text, str(r.earliest), r.anchor, r.clock) for r in _refs(text)] == [
        (surface, day, "absolute", clock)
    ]


def test_timestamp_needs_seconds_and_no_joiner() -> None:
    # a count after a time is no year: without seconds, or after "at"
    for text in (
        "On Oct 26 at 15:50 2016 people had signed.",
        "On Oct 26 at 15:50:06 2016 people had signed.",
        "By Oct 26 15:50 2016 people had signed.",
    ):
        (ref,) = [r for r in _refs(text) if r.earliest is not None]
        assert ref.anchor == "publication" and ref.earliest is not None
        assert ref.earliest.year == 2020 and "2016" not in ref.text


def test_this_night_is_tonight() -> None:
    (ref,) = _refs("Police will patrol the streets this night.")
    assert (str(ref.earliest), ref.part_of_day) == ("2021-03-08", "night")
    (ref,) = _refs("The shelter said it opens this night at 7")
    assert (str(ref.earliest), ref.clock) == ("2021-03-08", 19 * 60)


# (text, surface, first day, last day, time_start, time_end): a length of up to a day from
# a dated time is one interval, minutes past the first day's midnight
LENGTH_FROM_TIME = [
    ("The curfew will last for 24 hours starting March 12 at 6 p.m.",
     "24 hours starting March 12 at 6 p.m.", "2021-03-12", "2021-03-13", 18 * 60, 42 * 60 + 1),
    ("The strike will last six hours starting at 10 a.m. on March 12.",
     "six hours starting at 10 a.m. on March 12", "2021-03-12", "2021-03-12", 10 * 60,
     16 * 60 + 1),
    ("The road will be closed for a day starting March 12 at 5 p.m.",
     "a day starting March 12 at 5 p.m.", "2021-03-12", "2021-03-13", 17 * 60, 41 * 60 + 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "first", "last", "start", "end"), LENGTH_FROM_TIME)
def test_length_from_a_dated_time(
    text: str, surface: str, first: str, last: str, start: int, end: int
) -> None:
    (ref,) = _refs(text)
    assert (ref.text, str(ref.earliest), str(ref.latest), ref.time_start, ref.time_end) == (
        surface, first, last, start, end
    )  # fmt: skip


def test_lengths_that_do_not_start_at_the_time_stay_apart() -> None:
    # no starting word between them; longer than a day; whole days (read as days)
    for text in (
        "A 24-hour curfew will begin on March 12 at 6 p.m.",
        "The curfew will last for 36 hours starting March 12 at 6 p.m.",
    ):
        refs = _refs(text)
        assert any(r.duration_minutes for r in refs), text
        (dated,) = [r for r in refs if r.earliest is not None]
        assert (dated.time_start, dated.time_end) == (18 * 60, 18 * 60 + 1), text
    (ref,) = _refs("The road will be closed for three days starting March 12 at 5 p.m.")
    assert (str(ref.earliest), str(ref.latest), ref.time_end) == (
        "2021-03-12", "2021-03-14", 17 * 60 + 1
    )  # fmt: skip
