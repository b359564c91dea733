"""Moving a dated time by whole days (an event-relative phrase resolved on its anchor): the
anchor's time of day holds only on the anchor's own day: TimeRef + days -> TimeRef."""

from __future__ import annotations

import datetime as dt

from claimcheck.ground.time_values import shift
from claimcheck.models import TimeRef

ANCHOR = TimeRef(
    text="le 5 mars à 20 h", start=0, end=16, granularity="day", anchor="publication",
    earliest=dt.date(2021, 3, 5), latest=dt.date(2021, 3, 5), clock=20 * 60,
    time_start=20 * 60, time_end=20 * 60 + 1, time_granularity="hour",
)  # fmt: skip


def test_the_next_day_is_at_no_known_time() -> None:
    moved = shift(ANCHOR, 1)
    assert (moved.earliest, moved.clock, moved.time_start, moved.time_end) == (
        dt.date(2021, 3, 6),
        None,
        None,
        None,
    )


def test_the_same_day_keeps_its_time() -> None:
    same = shift(ANCHOR, 0)
    assert (same.earliest, same.clock, same.time_start) == (dt.date(2021, 3, 5), 1200, 1200)
