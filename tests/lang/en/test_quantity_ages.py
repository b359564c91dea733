"""A person's age in the forms of the press: "Smith, 45," (an age alone between commas), "the
32-year-old Smith", "aged 45"; a named age is its holder's and never compares with another
person's. Beside them, numbers between commas that are no age."""

from __future__ import annotations

import pytest

from claimcheck.ground.quantity import find_numbers, find_quantities
from claimcheck.ground.quantity_values import comparable
from claimcheck.lang import get_profile

EN = get_profile("en")

# text, span, years, holder
AGES = [
    ("Martin Keogh, 45, was arrested on Monday.", "45", 45, "keogh"),
    ("Police said Keogh, 45, had fled.", "45", 45, "keogh"),
    ("The suspect, 45, was held overnight.", "45", 45, None),
    ("The driver (27) was taken to hospital.", "27", 27, None),
    ("The 32-year-old Keogh was charged.", "32-year-old", 32, "keogh"),
    ("It killed 10-year-old Amy Walsh in May.", "10-year-old", 10, "walsh"),
    ("A 45-year-old man was arrested.", "45-year-old", 45, None),
]


@pytest.mark.parametrize(("text", "span", "years", "holder"), AGES)
def test_a_persons_age_en(text: str, span: str, years: float, holder: str | None) -> None:
    (q,) = find_quantities(text, profile=EN)
    assert (text[q.start : q.end], q.kind, q.value, q.noun) == (span, "age", years * 12, holder)


NO_AGES = [
    "On Monday, 45, then 52 vessels crossed.",  # a day is no person
    "Route 9, 45, and 12 are closed.",
    "Chelsea beat Arsenal 3, 1, 2.",
    "Kansas City 24, Denver 17.",
]


@pytest.mark.parametrize("text", NO_AGES)
def test_numbers_between_commas_that_are_no_age_en(text: str) -> None:
    assert all(q.kind != "age" for q in find_quantities(text, profile=EN))


def test_number_suites_read_no_bare_age_en() -> None:
    (q,) = find_numbers("Keogh, 45, was arrested.", profile=EN)
    assert q.kind is None


def test_two_named_peoples_ages_never_compare_en() -> None:
    (a,) = find_quantities("Keogh, 45, was arrested.", profile=EN)
    (b,) = find_quantities("Walsh, 52, was arrested.", profile=EN)
    (c,) = find_quantities("The 46-year-old Keogh was charged.", profile=EN)
    assert not comparable(a, b)
    assert comparable(a, c)
