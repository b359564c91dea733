"""English dates read this round: numeric dates that read one way only, a year after a comma,
a day with its dot, years and days in words, a weekday told beside its date, a day after its
month; look-alikes that stay figures or counts: text + publication -> TimeRef."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile
from claimcheck.models import TimeRef

EN = get_profile("en")
WEDNESDAY = "2021-03-10"


def _refs(text: str, published: str = WEDNESDAY) -> list[TimeRef]:
    return find_times(text, published=published, profile=EN)


def _days(text: str, published: str = WEDNESDAY) -> list[tuple[str, str, str]]:
    return [
        (r.text, str(r.earliest), str(r.latest))
        for r in _refs(text, published)
        if r.earliest is not None
    ]


# (text, surface, day): one dated day
DAYS = [
    # a yearless numeric date without its article, when only one order reads
    ("Residents were told to leave by 3/22.", "3/22", "2021-03-22"),
    ("The notice, dated 22/02, was posted online.", "22/02", "2021-02-22"),
    # the day written with a dot, its year after it, opening its line
    ("Posted:\n9. Mar. 2021 14:05", "9. Mar. 2021 14:05", "2021-03-09"),
    # years in words after a written day and month
    ("She was born on April 3, nineteen eighty-two, in Ohio.",
     "April 3, nineteen eighty-two", "1982-04-03"),
    ("The plant opened on the fifth of June, two thousand and nine.",
     "fifth of June, two thousand and nine", "2009-06-05"),
    # a day in cardinal words after its month, before a year or the clause's end
    ("The memo is dated March twenty-two, 2019.", "March twenty-two, 2019", "2019-03-22"),
    ("The hearing was set for Feb twenty.", "Feb twenty", "2021-02-20"),
    # a day in ordinal words after its article, as "the 22nd." (a tenth or above)
    ("Talks resumed on the twenty-second.", "twenty-second", "2021-02-22"),
    # a year's two last digits after a day and its month, ending the clause
    ("She arrived in Britain on 4 July '76.", "4 July '76", "1976-07-04"),
    # a weekday told beside its date: that date, whatever the marker says
    ("The vote took place last Tuesday, March 2, in the capital.",
     "Tuesday, March 2", "2021-03-02"),
    ("The border reopened on Tuesday (March 2).", "Tuesday (March 2)", "2021-03-02"),
    ("The border reopened on March 2, a Tuesday.", "March 2, a Tuesday", "2021-03-02"),
    # a day number after its month, relative or named: that month's day
    ("Last month, on the 5th, police arrested three men.", "Last month, on the 5th",
     "2021-02-05"),
    ("In January, on the 28th, the plant closed.", "January, on the 28th", "2021-01-28"),
    ("Next month, on the 12th, the court will rule.", "Next month, on the 12th", "2021-04-12"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "day"), DAYS)
def test_dated_days(text: str, surface: str, day: str) -> None:
    assert _days(text) == [(surface, day, day)]


def test_numeric_date_with_its_year_after_a_comma() -> None:
    # US or British order: both days stay candidates, in the year written after the comma
    refs = _refs("The letter, dated 08/12,2015, surfaced last week.")
    dated = [r for r in refs if r.year == 2015]
    assert [(r.text, r.earliest, r.latest, len(r.candidates)) for r in dated] == [
        ("08/12,2015", dt.date(2015, 8, 12), dt.date(2015, 12, 8), 2)
    ]


# figures, scores, fractions and counts that must stay undated
UNDATED = [
    "The pharmacy is open 24/7.",
    "A 5/16 inch bolt sheared off.",
    "He won 6/4, 6/3.",
    "The critics gave it 7/10.",
    "Growth was 3.5, 2015 was weaker.",
    "In May twenty people died in the floods.",
    "In March twenty-two soldiers were killed.",
    "The toll rose to 16. November 2016 was the worst month.",
    "In February, the 5 suspects were charged.",
    "The team led 14-10 at 20 minutes from time.",
    "He came second.",
    "It was the fifteenth time.",
]


@pytest.mark.parametrize("text", UNDATED)
def test_figures_stay_figures(text: str) -> None:
    refs = _refs(text)
    assert all(r.granularity != "day" or r.earliest is None for r in refs), [
        (r.text, r.earliest) for r in refs
    ]


@pytest.mark.parametrize(
    "text", ["On May 3 two thousand people marched.", "On May 3, two thousand and ten marched."]
)
def test_counts_in_words_after_a_date_are_no_year(text: str) -> None:
    assert [(r.text, r.year) for r in _refs(text)] == [("May 3", 2020)]


def test_weekday_that_does_not_fit_stays_apart() -> None:
    # 3 March 2021 is a Wednesday: the date and the weekday are not joined
    texts = [r.text for r in _refs("The vote took place on March 3, a Tuesday.")]
    assert texts == ["March 3", "Tuesday"]
