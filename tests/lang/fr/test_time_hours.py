"""French hours before or after a stated publication time with no count ("dans la prochaine
heure", "ces dernières heures", "dans les heures à venir", "il y a quelques heures"), and
look-alikes that stay undated: text + publication instant -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile
from claimcheck.models import TimeRef

FR = get_profile("fr")
AT = "2021-03-08T16:12"
H = 60


def _refs(text: str, published: str = AT) -> list[TimeRef]:
    return find_times(text, published=published, profile=FR)


# (text, surface, time_start, time_end): one hour, or a few (up to seven), from or up to
# publication; "il y a quelques heures", "dans quelques heures" lie two to seven hours away
WINDOWS = [
    ("Une décision est attendue dans la prochaine heure.", "la prochaine heure",
     16 * H + 12, 17 * H + 13),
    ("Le bilan s'est alourdi au cours de la dernière heure.", "la dernière heure",
     15 * H + 12, 16 * H + 13),
    ("De fortes pluies sont attendues dans les prochaines heures.", "les prochaines heures",
     16 * H + 12, 23 * H + 13),
    ("Des répliques sont possibles dans les heures à venir.", "les heures à venir",
     16 * H + 12, 23 * H + 13),
    ("Trois corps ont été retrouvés ces dernières heures.", "ces dernières heures",
     9 * H + 12, 16 * H + 13),
    ("Le pont s'est effondré il y a quelques heures.", "il y a quelques heures",
     9 * H + 12, 14 * H + 13),
    ("La tempête touchera les côtes dans quelques heures.", "dans quelques heures",
     18 * H + 12, 23 * H + 13),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "end"), WINDOWS)
def test_hours_without_a_count(text: str, surface: str, start: int, end: int) -> None:
    assert [(r.text, str(r.earliest), r.time_start, r.time_end) for r in _refs(text)] == [
        (surface, "2021-03-08", start, end)
    ]


UNDATED = [
    "Les dernières heures de sa vie ont été calmes.",  # the hours of something
    "C'est la dernière heure du procès.",
    "Une information de dernière heure.",  # breaking news: no determiner
    "Dans les heures suivantes, la police a bouclé le quartier.",  # the story's
    "Il a déposé son recours à la dernière minute.",  # an idiom
    "La grève pourrait durer quelques heures.",  # a length
]


@pytest.mark.parametrize("text", UNDATED)
def test_look_alikes_stay_undated(text: str) -> None:
    assert all(r.earliest is None for r in _refs(text))


def test_a_publication_day_alone_dates_no_hours() -> None:
    assert _refs("De fortes pluies sont attendues dans les prochaines heures.", "2021-03-08") == []
