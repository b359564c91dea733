"""English dates read in the ninth round: weekdays counted from publication ("two Sundays
from now", "three Fridays ago"): text + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

EN = get_profile("en")
#: a Monday; the Sunday before is the 6th, the ones after the 13th and the 20th
PUBLISHED = "2018-05-07"


def _days(text: str, published: str = PUBLISHED) -> list[tuple[str, str, str]]:
    return [
        (r.text, str(r.earliest), str(r.latest))
        for r in find_times(text, published=published, profile=EN)
        if r.earliest is not None
    ]


@pytest.mark.parametrize(
    ("text", "surface", "day", "published"),
    [
        ("The runoff is two Sundays from now.", "two Sundays from now", "2018-05-20", PUBLISHED),
        (
            "Talks resume three Tuesdays from today.",
            "three Tuesdays from today",
            "2018-05-22",
            PUBLISHED,
        ),
        ("The strike began three Fridays ago.", "three Fridays ago", "2018-04-20", PUBLISHED),
        (
            "He was last seen two Sundays ago, police said.",
            "two Sundays ago",
            "2018-04-29",
            PUBLISHED,
        ),
        # published on a Sunday, that Sunday is not counted
        ("The runoff is two Sundays from now.", "two Sundays from now", "2018-05-20", "2018-05-06"),
        ("It happened two Sundays ago.", "two Sundays ago", "2018-04-22", "2018-05-06"),
    ],
)
def test_weekdays_counted_from_publication(
    text: str, surface: str, day: str, published: str
) -> None:
    assert _days(text, published) == [(surface, day, day)]


@pytest.mark.parametrize(
    "text",
    [
        "He worked two Sundays in a row.",
        "Protesters marched for three Saturdays.",
        "The shop opens on two Sundays.",
        "In two Sundays out of three, the market is closed.",
        "It rained on both Sundays.",
        "thirty Sundays from now",  # a count, no date of news
    ],
)
def test_weekdays_counted_as_a_count_stay_undated(text: str) -> None:
    assert [r.text for r in find_times(text, published=PUBLISHED, profile=EN)] == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The summit, set for January 21, 2018, was called off.", "January 21, 2018"),
        ("See you on Sunday January 21 2018.", "Sunday January 21 2018"),
    ],
)
def test_a_day_after_its_month_before_a_year(text: str, surface: str) -> None:
    assert _days(text, "2016-11-07") == [(surface, "2018-01-21", "2018-01-21")]


def test_a_count_after_a_month_stays_a_count() -> None:
    refs = find_times("In January 21 000 jobs were created.", published=PUBLISHED, profile=EN)
    assert [r.text for r in refs] == ["January"]
