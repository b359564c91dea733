"""French dates read in the ninth round: a count of days before "hier" or after "demain"
written apart ("deux jours avant hier": not "avant-hier"), and weekdays counted from
publication ("dans deux dimanches"): text + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

FR = get_profile("fr")
#: un lundi ; le dimanche d'avant est le 6, ceux d'après les 13 et 20
PUBLISHED = "2018-05-07"


def _days(text: str, published: str = PUBLISHED) -> list[tuple[str, str, str]]:
    return [
        (r.text, str(r.earliest), str(r.latest))
        for r in find_times(text, published=published, profile=FR)
        if r.earliest is not None
    ]


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("Il est parti trois jours avant hier.", "trois jours avant hier", "2018-05-03"),
        ("Le vote aura lieu deux jours après demain.", "deux jours après demain", "2018-05-10"),
        ("Il est revenu une semaine avant hier.", "une semaine avant hier", "2018-04-29"),
        # the compounds alone, hyphenated or not, as before
        ("Il est arrivé avant hier.", "avant hier", "2018-05-05"),
        ("Il est arrivé avant-hier.", "avant-hier", "2018-05-05"),
        ("Il viendra après demain.", "après demain", "2018-05-09"),
        ("Il est parti deux jours après hier.", "deux jours après hier", "2018-05-08"),
    ],
)
def test_a_count_before_yesterday_moves_yesterday(text: str, surface: str, day: str) -> None:
    assert _days(text) == [(surface, day, day)]


def test_a_count_before_a_comma_stays_apart_from_yesterday() -> None:
    # "deux jours avant, hier": the count is its event's, yesterday is yesterday
    refs = find_times("Ils sont partis deux jours avant, hier.", published=PUBLISHED, profile=FR)
    assert [(r.text, r.anchor) for r in refs] == [
        ("deux jours avant", "event"),
        ("hier", "publication"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("Les électeurs voteront dans deux dimanches.", "dans deux dimanches", "2018-05-20"),
        ("Il est venu il y a deux dimanches.", "il y a deux dimanches", "2018-04-29"),
        ("La grève a commencé il y a trois vendredis.", "il y a trois vendredis", "2018-04-20"),
        # after a past verb, words may follow
        ("Il est venu il y a deux dimanches avec elle.", "il y a deux dimanches", "2018-04-29"),
        ("Il y a deux dimanches, il pleuvait.", "Il y a deux dimanches", "2018-04-29"),
        (
            "Le sommet se tiendra deux mardis à partir d'aujourd'hui.",
            "deux mardis à partir d'aujourd'hui",
            "2018-05-15",
        ),
        # published on a Sunday, that Sunday is not counted
        ("Ils voteront dans deux dimanches.", "dans deux dimanches", "2018-05-20"),
    ],
)
def test_weekdays_counted_from_publication(text: str, surface: str, day: str) -> None:
    published = "2018-05-06" if text.startswith("Ils voteront") else PUBLISHED
    assert _days(text, published) == [(surface, day, day)]


@pytest.mark.parametrize(
    "text",
    [
        "Il y a deux dimanches de marché par mois.",  # there are
        "Il y a trois lundis fériés au printemps.",
        "Mais il y a trois lundis fériés.",
        "Il a travaillé deux dimanches.",
        "Il a manifesté trois samedis de suite.",
        "La boutique ouvre deux dimanches par an.",
        "dans 30 dimanches",  # a count, no date of news
    ],
)
def test_weekdays_counted_as_a_count_stay_undated(text: str) -> None:
    assert [r.text for r in find_times(text, published=PUBLISHED, profile=FR)] == []


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("Le sommet, prévu janvier 21, 2018, a été annulé.", "janvier 21, 2018", "2018-01-21"),
        ("Rendez-vous le dimanche janvier 21 2018.", "dimanche janvier 21 2018", "2018-01-21"),
        ("Octobre 14, 8:00", "Octobre 14, 8:00", "2016-10-14"),  # as before
    ],
)
def test_a_day_after_its_month_before_a_year(text: str, surface: str, day: str) -> None:
    assert _days(text, "2016-11-07") == [(surface, day, day)]


@pytest.mark.parametrize(
    "text",
    [
        "En janvier 21 personnes sont mortes.",
        "En janvier 21 000 emplois ont été créés.",
        "En janvier, 21 2018 ...",
    ],
)
def test_a_count_after_a_month_stays_a_count(text: str) -> None:
    assert [r.text for r in find_times(text, published="2016-11-07", profile=FR)] == ["janvier"]
