"""Dates françaises lues à ce tour : dates chiffrées qui ne se lisent que d'une façon, année
après une virgule, années en lettres, jour et mois liés par un trait d'union, mois avant le jour
devant une heure, jour de semaine apposé à sa date, jour après son mois ; les faux amis restent
des nombres : texte + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile
from claimcheck.models import TimeRef

FR = get_profile("fr")
MERCREDI = "2021-03-10"


def _refs(text: str, published: str = MERCREDI) -> list[TimeRef]:
    return find_times(text, published=published, profile=FR)


def _days(text: str, published: str = MERCREDI) -> list[tuple[str, str, str]]:
    return [
        (r.text, str(r.earliest), str(r.latest))
        for r in _refs(text, published)
        if r.earliest is not None
    ]


# (texte, surface, jour) : un jour daté
DAYS = [
    # l'ordre national d'abord ; l'autre quand lui seul donne une date
    ("Le document, daté du 03/25/2019, a fuité.", "03/25/2019", "2019-03-25"),
    ("La facture porte la date 4-27-19.", "4-27-19", "2019-04-27"),
    # sans article, quand un seul ordre se lit
    ("Date limite de dépôt : 28/02.", "28/02", "2021-02-28"),
    # l'année après une virgule
    ("La lettre, datée du 14/07, 2016, a été retrouvée.", "14/07, 2016", "2016-07-14"),
    # l'année en lettres après le jour et le mois
    ("Il est né le 3 mai deux mille dix, à Lyon.", "3 mai deux mille dix", "2010-05-03"),
    ("L'usine a ouvert le 4 juin mille neuf cent quatre-vingt.",
     "4 juin mille neuf cent quatre-vingt", "1980-06-04"),
    # les deux derniers chiffres de l'année, en fin de proposition
    ("Elle est arrivée en France le 1er avril 78.", "1er avril 78", "1978-04-01"),
    # le n-ième jour de la semaine d'un mois introduit par « en »
    ("Le salon a ouvert le premier lundi en juin.", "le premier lundi en juin", "2020-06-01"),
    # un jour de semaine apposé à sa date, quel que soit le marqueur
    ("La réunion s'est tenue mardi dernier, le 2 mars.", "mardi dernier, le 2 mars",
     "2021-03-02"),
    ("Le scrutin a eu lieu mardi (2 mars).", "mardi (2 mars)", "2021-03-02"),
    ("Le scrutin a eu lieu le 2 mars, un mardi.", "2 mars, un mardi", "2021-03-02"),
    # un jour après son mois, relatif ou nommé
    ("Le mois dernier, le 5, la police a arrêté trois hommes.", "Le mois dernier, le 5",
     "2021-02-05"),
    ("Le traité a été signé en janvier, le 28.", "janvier, le 28", "2021-01-28"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "day"), DAYS)
def test_dated_days(text: str, surface: str, day: str) -> None:
    assert _days(text) == [(surface, day, day)]


# (texte, surface, jour, heure) : une date et son heure
DATETIMES = [
    ("Les secours sont arrivés le 14-février à 8 heures.", "14-février à 8 heures",
     "2021-02-14", 8 * 60),
    ("Horodatage : Février 14, 8:05", "Février 14, 8:05", "2021-02-14", 8 * 60 + 5),
    # jour et mois liés par un point ou un trait d'union, devant une heure, lus d'une façon
    ("Les secours sont arrivés le 14.02 à 8 h 30.", "14.02 à 8 h 30", "2021-02-14",
     8 * 60 + 30),
    ("Les secours sont arrivés le 02-14, à 8 heures.", "02-14, à 8 heures", "2021-02-14",
     8 * 60),
    ("Le communiqué est daté du mer. 3 mars 15:50:06 2021.", "3 mars 15:50:06 2021",
     "2021-03-03", 15 * 60 + 50),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "day", "clock"), DATETIMES)
def test_dated_times(text: str, surface: str, day: str, clock: int) -> None:
    refs = [r for r in _refs(text) if r.earliest is not None]
    assert [(r.text, str(r.earliest), r.clock) for r in refs] == [(surface, day, clock)]


# nombres, notes, scores et comptes qui restent sans date
UNDATED = [
    "Le magasin est ouvert 24/7.",
    "Il a obtenu une note de 7/10.",
    "Elle a obtenu 15/20 à l'examen.",
    "La croissance était de 3.5, 2015 a été meilleure.",
    "En octobre 14 personnes sont mortes.",
    "En février, le 5 personnes ont été arrêtées.",
    "La guerre de 14-18 a marqué le siècle.",
    "Après le 3-1 à 20 h, le match a basculé.",
    "Il a mené le 21-13 à 20 minutes de la fin.",
    "Le bilan est passé à 16. Novembre 2016 a été pire.",
]


@pytest.mark.parametrize("text", UNDATED)
def test_figures_stay_figures(text: str) -> None:
    refs = _refs(text)
    assert all(r.granularity != "day" or r.earliest is None for r in refs), [
        (r.text, r.earliest) for r in refs
    ]


def test_year_after_a_comma_before_a_count_is_a_count() -> None:
    # "2015 personnes": the count keeps its number, the day keeps the publication's year
    assert _days("Le 12/08, 2015 personnes ont manifesté.") == [("12/08", "2020-08-12",
                                                                 "2020-08-12")]  # fmt: skip


@pytest.mark.parametrize(
    "text", ["Le 3 mai deux mille manifestants ont défilé.", "Le 3 mai 12 personnes sont mortes."]
)
def test_count_after_a_date_is_no_year(text: str) -> None:
    assert [(r.text, r.year) for r in _refs(text)] == [("3 mai", 2020)]


def test_weekday_that_does_not_fit_stays_apart() -> None:
    # le 3 mars 2021 est un mercredi : la date et le jour restent deux lectures
    texts = [r.text for r in _refs("Le scrutin a eu lieu mardi dernier, 3 mars.")]
    assert texts == ["mardi dernier", "3 mars"]
