"""English hours before or after a stated publication time with no count ("in the next hour",
"over the past few hours", "within hours", "a few hours ago"), and look-alikes that stay
undated: text + publication instant -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile
from claimcheck.models import TimeRef

EN = get_profile("en")
AT = "2021-03-08T16:12"
H = 60


def _refs(text: str, published: str = AT) -> list[TimeRef]:
    return find_times(text, published=published, profile=EN)


# (text, surface, time_start, time_end): minutes after the publication day's midnight; one
# hour, or a few: up to seven ("few_count"), from or up to publication; "a few hours ago",
# "in a few hours" lie two to seven hours away
WINDOWS = [
    ("Rescuers hope to reach the village in the next hour.", "the next hour",
     16 * H + 12, 17 * H + 13),
    ("A ruling is expected within the next hour, lawyers said.", "within the next hour",
     16 * H + 12, 17 * H + 13),
    ("The toll has risen sharply in the past hour.", "the past hour", 15 * H + 12, 16 * H + 13),
    ("More rain is expected over the next few hours.", "the next few hours",
     16 * H + 12, 23 * H + 13),
    ("Aftershocks are likely in the coming hours.", "the coming hours", 16 * H + 12, 23 * H + 13),
    ("Three more bodies were found over the last few hours.", "the last few hours",
     9 * H + 12, 16 * H + 13),
    ("The storm is set to make landfall within hours.", "within hours", 16 * H + 12, 23 * H + 13),
    ("The bridge collapsed a few hours ago.", "a few hours ago", 9 * H + 12, 14 * H + 13),
    ("The minister will speak in a few hours.", "in a few hours", 18 * H + 12, 23 * H + 13),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "end"), WINDOWS)
def test_hours_without_a_count(text: str, surface: str, start: int, end: int) -> None:
    assert [(r.text, str(r.earliest), r.time_start, r.time_end) for r in _refs(text)] == [
        (surface, "2021-03-08", start, end)
    ]


UNDATED = [
    "In his last hours he wrote a letter to his family.",  # no determiner: the story's
    "The last hour of trading was calm.",  # an hour of something
    "The strike could last a few hours.",  # a length
    "In the following hours, police sealed off the area.",  # the story's
    "Shares rose 5% in a few hours.",  # "in" without a future cue: a length
    "He filed the appeal at the last minute.",  # an idiom
]


@pytest.mark.parametrize("text", UNDATED)
def test_look_alikes_stay_undated(text: str) -> None:
    assert all(r.earliest is None for r in _refs(text))


def test_a_publication_day_alone_dates_no_hours() -> None:
    assert _refs("More rain is expected over the next few hours.", "2021-03-08") == []
