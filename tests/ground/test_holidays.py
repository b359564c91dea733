"""Holiday days: a rule and a year -> the day (Easter computed, fixed days, n-th weekdays)."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.ground.holidays import easter, holiday_in


@pytest.mark.parametrize(
    ("year", "day"),
    [(2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2025, "2025-04-20"),
     (2038, "2038-04-25"), (1818, "1818-03-22")],
)  # fmt: skip
def test_easter_sunday(year: int, day: str) -> None:
    assert easter(year) == dt.date.fromisoformat(day)


def test_rules() -> None:
    assert holiday_in((12, 25, 0), 2021) == dt.date(2021, 12, 25)
    assert holiday_in((0, 39, 0), 2020) == dt.date(2020, 5, 21)  # Ascension
    assert holiday_in((0, -2, 0), 2020) == dt.date(2020, 4, 10)  # Good Friday
    assert holiday_in((11, 3, 4), 2020) == dt.date(2020, 11, 26)  # fourth Thursday
    assert holiday_in((5, 0, -1), 2021) == dt.date(2021, 5, 31)  # last Monday
    assert holiday_in((2, 29, 0), 2021) is None
    assert holiday_in((11, 3, 6), 2020) is None  # no sixth Thursday
    assert holiday_in((0, 0, 0), 9999) is not None
