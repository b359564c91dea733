""" "Rose from X to Y": a figure that changed, not a range. The value read is the one reached,
whether it rose or fell; other "from X to Y" (a price list, "between") stay ranges, and the
number suites' reader always keeps the range."""

from __future__ import annotations

import pytest

from claimcheck.ground.quantity import find_numbers, find_quantities
from claimcheck.lang import get_profile

EN = get_profile("en")

# text, span, value reached, kind
CHANGES = [
    ("The number of dead climbed from 14 to 23 overnight.", "from 14 to 23", 23, "dead"),
    ("Officials revised the toll from 61 to 58 dead on Tuesday.", "from 61 to 58 dead", 58, "dead"),
    ("The toll has risen from 312 to 457 people killed.", "from 312 to 457 people", 457, None),
    ("The bank raised its rate from 3.5% to 3.75%.", "from 3.5% to 3.75%", 3.75, "percent"),
    ("Unemployment fell sharply from 7.4% to 7.1%.", "from 7.4% to 7.1%", 7.1, "percent"),
]


@pytest.mark.parametrize(("text", "span", "value", "kind"), CHANGES)
def test_a_figure_changed_reads_the_figure_reached_en(
    text: str, span: str, value: float, kind: str | None
) -> None:
    (q,) = find_quantities(text, profile=EN)
    assert text[q.start : q.end] == span
    assert (q.value, q.low, q.high, q.bound) == (value, value, value, "exact")
    if kind is not None:
        assert q.kind == kind


RANGES = [
    ("Tickets cost from $15 to $40.", 15, 40),
    ("Between 3,000 and 4,000 people marched.", 3000, 4000),
    ("Waits of from 15 to 30 minutes angered travellers.", 15, 30),
]


@pytest.mark.parametrize(("text", "low", "high"), RANGES)
def test_other_from_to_stay_ranges_en(text: str, low: float, high: float) -> None:
    (q,) = find_quantities(text, profile=EN)
    assert (q.bound, q.low, q.high) == ("range", low, high)


def test_number_suites_keep_the_range_en() -> None:
    (q,) = find_numbers("The toll rose from 14 to 23.", profile=EN, bounds=True)
    assert (q.bound, q.low, q.high) == ("range", 14, 23)


@pytest.mark.parametrize("text", ["It was put at 7 earlier.", "They had said 7 previously."])
def test_an_adverb_of_time_is_no_counted_noun_en(text: str) -> None:
    assert all(q.noun is None for q in find_quantities(text, profile=EN))
