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
