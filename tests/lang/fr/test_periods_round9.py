"""Périodes de presse, neuvième tour : décennies et années écrites en lettres (« les années
deux mille », « le deuxième trimestre de deux mille dix-huit », « en mille neuf cent
quatre-vingt-dix ») : texte + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

FR = get_profile("fr")
PUBLISHED = "2021-03-10"


def _spans(text: str, published: str = PUBLISHED) -> list[tuple[str, str, str]]:
    refs = find_times(text, published=published, profile=FR)
    return [(r.text, str(r.earliest), str(r.latest)) for r in refs]


WORDS = [
    # une décennie : « les années » et une année en lettres finie par zéro
    (
        "Dans les années deux mille, il a quitté la ville.",
        [("les années deux mille", "2000-01-01", "2009-12-31")],
    ),
    (
        "Les années deux mille dix ont vu naître ces réseaux.",
        [("Les années deux mille dix", "2010-01-01", "2019-12-31")],
    ),
    (
        "Au début des années deux mille, le quartier a changé.",
        [("début des années deux mille", "2000-01-01", "2003-12-31")],
    ),
    (
        "Il a grandi dans les années soixante-dix.",
        [("les années soixante-dix", "1970-01-01", "1979-12-31")],
    ),
    # une année en lettres après une partie de l'année ou une semaine
    (
        "Les ventes ont chuté au deuxième trimestre de deux mille dix-huit.",
        [("deuxième trimestre de deux mille dix-huit", "2018-04-01", "2018-06-30")],
    ),
    (
        "L'usine a ouvert la troisième semaine de deux mille vingt-sept.",
        [("la troisième semaine de deux mille vingt-sept", "2027-01-18", "2027-01-24")],
    ),
    # une année en lettres après sa préposition, en fin de proposition
    (
        "Il est né en mille neuf cent quatre-vingt-dix.",
        [("mille neuf cent quatre-vingt-dix", "1990-01-01", "1990-12-31")],
    ),
    ("Depuis deux mille dix, la ville grandit.", [("deux mille dix", "2010-01-01", "2010-12-31")]),
    (
        "Il est arrivé en deux mille douze et a grandi à Lyon.",
        [("deux mille douze", "2012-01-01", "2012-12-31")],
    ),
]

COUNTS = [
    # des nombres en lettres restent des nombres
    "Pendant des années deux mille personnes ont vécu ici.",
    "On en compte deux mille dix personnes.",
    "Le stade est plein en deux mille.",  # un millier rond après une préposition : pas d'année
    "La moitié de deux mille vingt sondés ont répondu non.",
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_decennies_et_annees_en_lettres(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _spans(text) == expected


@pytest.mark.parametrize("text", COUNTS)
def test_les_nombres_en_lettres_restent_des_nombres(text: str) -> None:
    assert _spans(text) == []


FEVRIER = "2017-02-10"

PART_COUNTS = [
    # les premières ou dernières unités d'un mois ou d'une année nommés
    (
        "Les ventes ont progressé sur les neuf premiers mois de l'année.",
        [("les neuf premiers mois de l'année", "2017-01-01", "2017-09-30")],
    ),
    (
        "La production a reculé sur les trois derniers mois de 2016.",
        [("les trois derniers mois de 2016", "2016-10-01", "2016-12-31")],
    ),
    (
        "Il a plu les deux premières semaines de mai.",
        [("les deux premières semaines de mai", "2016-05-01", "2016-05-14")],
    ),
    (
        "Il pleuvra les deux premières semaines de mai.",
        [("les deux premières semaines de mai", "2017-05-01", "2017-05-14")],
    ),
    (
        "Les prix ont baissé les dix derniers jours de l'an dernier.",
        [("les dix derniers jours de l'an dernier", "2016-12-22", "2016-12-31")],
    ),
    (
        "Les prix ont baissé les 10 premiers jours d'août 2015.",
        [("les 10 premiers jours d'août 2015", "2015-08-01", "2015-08-10")],
    ),
    # un trimestre sans année après un futur : le premier qui n'est pas fini
    (
        "Les ventes progresseront au quatrième trimestre.",
        [("quatrième trimestre", "2017-10-01", "2017-12-31")],
    ),
    (
        "Le groupe renouera avec les bénéfices au second semestre.",
        [("second semestre", "2017-07-01", "2017-12-31")],
    ),
]

PART_COUNT_LOOKALIKES = [
    # pas de période du calendrier après « de » : les jours du récit
    ("Les 100 premiers jours de son mandat ont été calmes.", []),
    ("Les trois derniers jours de la guerre", []),
    # un trimestre sans année au passé, ou après une année écrite : comme avant
    (
        "Les ventes ont chuté au quatrième trimestre.",
        [("quatrième trimestre", "2016-10-01", "2016-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PART_COUNTS + PART_COUNT_LOOKALIKES)
def test_premieres_ou_dernieres_unites_d_une_periode(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _spans(text, FEVRIER) == expected


HOLDERS = [
    # une fenêtre comptée avant « de » et un déterminant est celle de son tenant : pas de date
    ("Il a combattu les trois derniers jours de la guerre.", []),
    ("Elle l'a écrit durant les dix dernières années de sa vie.", []),
    # « de » et un nom nu, ou rien après : celle de la publication, comme avant
    (
        "Les syndicats préparent les trois prochains jours de grève.",
        [("les trois prochains jours", "2017-02-11", "2017-02-13")],
    ),
    (
        "Les ventes ont chuté ces trois derniers mois.",
        [("ces trois derniers mois", "2016-11-10", "2017-02-10")],
    ),
    # les dernières unités de « l'année » au passé, pas encore commencées : l'an dernier
    (
        "Les ventes ont chuté sur les trois derniers mois de l'année.",
        [("les trois derniers mois de l'année", "2016-10-01", "2016-12-31")],
    ),
    (
        "Les ventes chuteront sur les trois derniers mois de l'année.",
        [("les trois derniers mois de l'année", "2017-10-01", "2017-12-31")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOLDERS)
def test_la_fenetre_d_un_tenant_n_est_pas_datee(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    dates = [s for s in _spans(text, FEVRIER) if s[1] != "None"]
    assert dates == expected


PART_PREFIXES = [
    # un préfixe devant un trimestre ou un semestre : un tiers de celui-ci, en mois
    (
        "La production a chuté à la fin du troisième trimestre 2016.",
        [("à la fin du troisième trimestre 2016", "2016-09-01", "2016-09-30")],
    ),
    (
        "Le chantier a repris au début du second semestre 2016.",
        [("au début du second semestre 2016", "2016-07-01", "2016-08-31")],
    ),
    (
        "L'usine rouvrira d'ici à la fin du premier trimestre.",
        [("à la fin du premier trimestre", "2017-03-01", "2017-03-31")],
    ),
    # sans préfixe, tout entier
    (
        "La production a chuté au troisième trimestre 2016.",
        [("troisième trimestre 2016", "2016-07-01", "2016-09-30")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PART_PREFIXES)
def test_un_prefixe_resserre_un_trimestre(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _spans(text, FEVRIER) == expected
