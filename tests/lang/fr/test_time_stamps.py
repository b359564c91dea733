"""French timestamps with their year after the time, a day number before a clock time after
its article, and figures next to a clock time that stay figures: text + publication ->
TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile
from claimcheck.models import TimeRef

FR = get_profile("fr")
MONDAY = "2021-03-08"


def _refs(text: str, published: str = MONDAY) -> list[TimeRef]:
    return find_times(text, published=published, profile=FR)


# a day, a time with its seconds, then a year: a timestamp's layout
STAMPS = [
    ("Publié le mer. 26 oct. 15:50:06 2016 par la rédaction.", "26 oct. 15:50:06 2016",
     "2016-10-26", 15 * 60 + 50),
    ("Mis à jour le 3 février 09:05:00 2020.", "3 février 09:05:00 2020", "2020-02-03",
     9 * 60 + 5),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "day", "clock"), STAMPS)
def test_timestamp_year_after_the_time(text: str, surface: str, day: str, clock: int) -> None:
    assert [(r.text, str(r.earliest), r.anchor, r.clock) for r in _refs(text)] == [
        (surface, day, "absolute", clock)
    ]


def test_a_count_after_a_time_is_no_year() -> None:
    for text in (
        "Le 26 octobre à 15:50, 2016 personnes avaient signé.",
        "Le 26 octobre à 15:50:06 2016 personnes avaient signé.",
        "Le 26 octobre 15:50 2016 personnes avaient signé.",
    ):
        (ref,) = [r for r in _refs(text) if r.earliest is not None]
        assert ref.earliest is not None and ref.earliest.year == 2020, text
        assert "2016" not in ref.text


def test_day_number_and_clock_need_the_article() -> None:
    # "le 5 à 6 h" is the 5th at 6 a.m. (French writes the article); a figure stays a figure
    (ref,) = _refs("Le cessez-le-feu est entré en vigueur le 5 à 6 h, selon l'armée.")
    assert (str(ref.earliest), ref.clock) == ("2021-03-05", 6 * 60)
    for text in (
        "Le taux est passé à 15, à 8 h du matin.",
        "Le bilan est monté à 15 à 8 h, puis à 17.",
        "Le convoi est parti à 21 h sur 15 km.",
    ):
        assert all(r.earliest is None for r in _refs(text)), text


# (text, surface, first day, last day, time_start, time_end): a length of up to a day from
# a dated time is one interval, minutes past the first day's midnight
LENGTH_FROM_TIME = [
    ("Le couvre-feu durera 24 heures à partir du 12 mars à 18 h.",
     "24 heures à partir du 12 mars à 18 h", "2021-03-12", "2021-03-13", 18 * 60, 42 * 60 + 1),
    ("La route sera fermée pendant 12 heures à compter du 12 mars à 20 h.",
     "12 heures à compter du 12 mars à 20 h", "2021-03-12", "2021-03-13", 20 * 60,
     32 * 60 + 1),
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
    for text in (
        "Un couvre-feu de 24 heures commencera le 12 mars à 18 h.",
        "Le couvre-feu durera 36 heures à partir du 12 mars à 18 h.",
    ):
        refs = _refs(text)
        assert any(r.duration_minutes for r in refs), text
        (dated,) = [r for r in refs if r.earliest is not None]
        assert (dated.time_start, dated.time_end) == (18 * 60, 18 * 60 + 1), text
