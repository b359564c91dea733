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


FEBRUARY = "2017-02-10"

PART_COUNTS = [
    # the first or last units of a named month or year
    (
        "Sales rose 4% in the first nine months of the year.",
        [("the first nine months of the year", "2017-01-01", "2017-09-30")],
    ),
    (
        "Output fell in the last three months of 2016.",
        [("the last three months of 2016", "2016-10-01", "2016-12-31")],
    ),
    (
        "It rained in the first two weeks of May.",
        [("the first two weeks of May", "2016-05-01", "2016-05-14")],
    ),
    (
        "It will rain in the first two weeks of May.",
        [("the first two weeks of May", "2017-05-01", "2017-05-14")],
    ),
    (
        "Prices dropped in the final ten days of last year.",
        [("the final ten days of last year", "2016-12-22", "2016-12-31")],
    ),
    (
        "Prices dropped in the first 10 days of March 2015.",
        [("the first 10 days of March 2015", "2015-03-01", "2015-03-10")],
    ),
    # a yearless quarter after a future cue: the first one not over by publication
    ("Sales will rise in the fourth quarter.", [("fourth quarter", "2017-10-01", "2017-12-31")]),
    (
        "The firm expects a profit in the first quarter.",
        [("first quarter", "2017-01-01", "2017-03-31")],
    ),
    ("The firm will report in Q4.", [("Q4", "2017-10-01", "2017-12-31")]),
]

PART_COUNT_LOOKALIKES = [
    # no calendar period after "of": the story's days, or a length
    ("The first 100 days of his term were calm.", [("100 days", "None", "None")]),
    (
        "The first twelve months of 2016 were calm.",  # the whole year: a length and the year
        [("twelve months", "None", "None"), ("2016", "2016-01-01", "2016-12-31")],
    ),
    ("The first two months of March", [("two months", "None", "None")]),
    # a yearless quarter without a future cue, or after a written year: as before
    ("Sales fell in the fourth quarter.", [("fourth quarter", "2016-10-01", "2016-12-31")]),
    (
        "Sales will rise, as in 2016 the fourth quarter.",
        [("2016", "2016-01-01", "2016-12-31"), ("fourth quarter", "2016-10-01", "2016-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PART_COUNTS + PART_COUNT_LOOKALIKES)
def test_first_or_last_units_of_a_period(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _spans(text, FEBRUARY) == expected


HOLDERS = [
    # a counted window before "of" and a determiner is its holder's: no date
    ("He fought in the last three days of the war.", []),
    ("She wrote it in the last 10 years of her life.", []),
    # "of" and a bare noun, or nothing after: publication's, as before
    (
        "Over the next three days of talks, both sides will meet.",
        [("the next three days", "2017-02-11", "2017-02-13")],
    ),
    (
        "Sales fell over the last three months.",
        [("the last three months", "2016-11-10", "2017-02-10")],
    ),
    # the first or last units of "the year" in the past tense, not begun yet: last year's
    (
        "Sales fell in the last three months of the year.",
        [("the last three months of the year", "2016-10-01", "2016-12-31")],
    ),
    (
        "Sales will fall in the last three months of the year.",
        [("the last three months of the year", "2017-10-01", "2017-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOLDERS)
def test_a_window_of_a_holder_is_no_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    dates = [s for s in _spans(text, FEBRUARY) if s[1] != "None"]
    assert dates == expected


PART_PREFIXES = [
    # a prefix before a quarter or a half: a third of it, by months
    (
        "Output fell at the end of the third quarter of 2016.",
        [("at the end of the third quarter of 2016", "2016-09-01", "2016-09-30")],
    ),
    ("Output fell in early Q3 2016.", [("early Q3 2016", "2016-07-01", "2016-07-31")]),
    (
        "The plant will reopen by the end of the first quarter.",
        [("by the end of the first quarter", "2017-03-01", "2017-03-31")],
    ),
    # without a prefix, the whole of it
    (
        "Sales fell in the third quarter of 2016.",
        [("third quarter of 2016", "2016-07-01", "2016-09-30")],
    ),
    (
        "Sales fell in the second half of 2016.",
        [("second half of 2016", "2016-07-01", "2016-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PART_PREFIXES)
def test_a_prefix_narrows_a_quarter(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _spans(text, FEBRUARY) == expected
