"""News periods, ninth round: decades and years written in words ("the nineteen-sixties", "the
third quarter of two thousand and twenty", "in nineteen twenty-eight"): text + publication ->
TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

EN = get_profile("en")
PUBLISHED = "2021-03-10"


def _spans(text: str, published: str = PUBLISHED) -> list[tuple[str, str, str]]:
    refs = find_times(text, published=published, profile=EN)
    return [(r.text, str(r.earliest), str(r.latest)) for r in refs]


WORDS = [
    # a decade in words after its century ("nineteen", "twenty", "two thousand and")
    (
        "The band toured in the nineteen-sixties.",
        [("the nineteen-sixties", "1960-01-01", "1969-12-31")],
    ),
    ("Rents doubled in the twenty-tens.", [("the twenty-tens", "2010-01-01", "2019-12-31")]),
    (
        "It was a hit in the two thousand and tens.",
        [("the two thousand and tens", "2010-01-01", "2019-12-31")],
    ),
    ("Phones got smart in the two thousands.", [("the two thousands", "2000-01-01", "2009-12-31")]),
    (
        "He left in the late nineteen eighties.",
        [("the late nineteen eighties", "1987-01-01", "1989-12-31")],
    ),
    ("He grew up in the seventies.", [("the seventies", "1970-01-01", "1979-12-31")]),
    # a year in words after a part of a year or a week
    (
        "Output fell in the third quarter of two thousand and twenty.",
        [("third quarter of two thousand and twenty", "2020-07-01", "2020-09-30")],
    ),
    (
        "The plant opened in the first week of nineteen ninety-nine.",
        [("first week of nineteen ninety-nine", "1999-01-04", "1999-01-10")],
    ),
    (
        "The second half of nineteen eighty-four was calm.",
        [("second half of nineteen eighty-four", "1984-07-01", "1984-12-31")],
    ),
    # a year in words after a year's preposition, where the clause ends
    (
        "The mill opened in nineteen twenty-eight.",
        [("nineteen twenty-eight", "1928-01-01", "1928-12-31")],
    ),
    (
        "He was born in nineteen sixty-four, the youngest of five.",
        [("nineteen sixty-four", "1964-01-01", "1964-12-31")],
    ),
    ("In twenty twelve, he moved to Leeds.", [("twenty twelve", "2012-01-01", "2012-12-31")]),
]

COUNTS = [
    # counts in words stay counts
    "The first half of two thousand respondents said no.",
    "Police counted nineteen ninety-nine cases in the city.",
    "The vase was broken in two thousand pieces.",
    "Prices rose in two thousand.",  # a round thousand after a preposition: no year
    "There were twenty twenties in his wallet.",
    "The final score was twenty twelve.",  # no year's preposition
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_decades_and_years_in_words(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize("text", COUNTS)
def test_counts_in_words_stay_counts(text: str) -> None:
    assert _spans(text) == []
