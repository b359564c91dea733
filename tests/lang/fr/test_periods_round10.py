"""Périodes de presse, dixième tour : le point d'une initiale ("M. Dupont") ne clôt pas la
phrase d'un futur, un chiffre qui change avant une partie du jour n'est pas une heure :
texte + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

FR = get_profile("fr")
PUBLISHED = "2024-03-13T10:00"  # un mercredi


def _spans(text: str) -> list[tuple[str, str, str]]:
    refs = find_times(text, published=PUBLISHED, profile=FR)
    return [(r.text, str(r.earliest), str(r.latest)) for r in refs]


def _clocks(text: str) -> list[tuple[str, int | None, int | None]]:
    refs = find_times(text, published=PUBLISHED, profile=FR)
    return [(r.text, r.time_start, r.time_end) for r in refs]


TENSE = [
    # l'initiale d'un nom ne coupe pas la phrase : le futur avant elle vaut pour le jour
    ("Le président recevra M. Dupont mardi à l'Élysée.", [("mardi", "2024-03-19", "2024-03-19")]),
    (
        "Le Premier ministre rencontrera les dirigeants de l'U.E. jeudi.",
        [("jeudi", "2024-03-14", "2024-03-14")],
    ),
    # ... au passé, après un vrai point, ou le jour d'une déclaration après le futur
    (
        "Les discussions reprendront, a déclaré M. Dupont mardi.",
        [("mardi", "2024-03-12", "2024-03-12")],
    ),
    (
        "Le ministre a déclaré que les discussions reprendront mardi.",
        [("mardi", "2024-03-19", "2024-03-19")],
    ),
    ("Le président a reçu M. Dupont mardi à l'Élysée.", [("mardi", "2024-03-12", "2024-03-12")]),
    (
        "Le ministre s'exprimera bientôt. Mardi, il a démissionné.",
        [("Mardi", "2024-03-12", "2024-03-12")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TENSE)
def test_an_initial_ends_no_sentence(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _spans(text) == expected


FIGURES = [
    # un bilan qui change : les nombres sont des chiffres, la partie du jour reste
    ("Le bilan est passé de 5 à 6 ce matin.", [("ce matin", 360, 720)]),
    ("Le bilan a grimpé à 12 ce matin.", [("ce matin", 360, 720)]),
    ("Le nombre de blessés a augmenté de 10 à 12 dans la nuit.", [("dans la nuit", 1260, 1800)]),
    ("Le nombre de blessés a atteint 12 ce soir.", [("ce soir", 1080, 1380)]),
    ("Le bilan est passé à 12 à 18 h.", [("18 h", 1080, 1081)]),
]

HOURS = [
    # une heure reste une heure : après « à » d'un autre verbe, avec « h », sans verbe
    ("Il est arrivé à 6 ce matin.", [("6 ce matin", 360, 361)]),
    ("La route a été fermée de 10 à 11 ce matin.", [("de 10 à 11 ce matin", 600, 661)]),
    ("La route sera fermée de 14 à 18 h.", [("de 14 à 18 h", 840, 1081)]),
    ("Le train est reparti à 7 ce soir.", [("7 ce soir", 1140, 1141)]),
    # « se passer » arrive, il ne change pas ; midi finit la matinée
    (
        "Cela se passera entre 10 et 11 h 30 ce matin.",
        [("entre 10 et 11 h 30 ce matin", 600, 691)],
    ),
    ("Tout s'est passé de 10 à 12 ce matin.", [("de 10 à 12 ce matin", 600, 721)]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES + HOURS)
def test_a_changing_figure_is_no_hour(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _clocks(text) == expected


MOVED = [
    # une heure déplacée : l'ancienne et la nouvelle, pas une plage de 22 heures
    ("Le couvre-feu est avancé de 20 h à 18 h.", [("20 h", 1200, 1201), ("18 h", 1080, 1081)]),
    ("Le couvre-feu est passé de 21 h à 20 h.", [("21 h", 1260, 1261), ("20 h", 1200, 1201)]),
    ("Le match a été décalé de 15 h à 17 h 30.", [("15 h", 900, 901), ("17 h 30", 1050, 1051)]),
    # ... une plage reste une plage
    ("Les bureaux sont ouverts de 9 h à 17 h.", [("de 9 h à 17 h", 540, 1021)]),
    ("La route sera fermée de 22 h à 6 h.", [("de 22 h à 6 h", 1320, 1801)]),
    (
        "La réunion s'est passée de 10 h à 12 h sans incident.",
        [("de 10 h à 12 h", 600, 721)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOVED)
def test_a_moved_time_is_two_times(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _clocks(text) == expected


def _dated(text: str) -> list[tuple[str, str, int | None]]:
    refs = find_times(text, published=PUBLISHED, profile=FR)
    return [(r.text, str(r.earliest), r.time_start) for r in refs]


UNTIL = [
    # un jour qui clôt une durée n'est pas celui de l'heure seule du texte
    (
        "Le couvre-feu s'applique de 21 h à 6 h jusqu'à dimanche.",
        [("de 21 h à 6 h", "None", 1260), ("dimanche", "2024-03-10", None)],
    ),
    (
        "Le suspect a été interpellé à 6 h. Il restera en garde à vue jusqu'à mardi.",
        [("6 h", "None", 360), ("mardi", "2024-03-19", None)],
    ),
    # ... sinon le seul jour du texte, comme avant
    (
        "Le séisme a frappé vendredi. Il était 23 h 11.",
        [("vendredi", "2024-03-08", None), ("23 h 11", "2024-03-08", 1391)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNTIL)
def test_a_day_ending_a_stretch_dates_no_time(
    text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert _dated(text) == expected


WHOLE_NIGHT = [
    # « toute la nuit » avant ses jours est cette nuit-là ; seule, une durée comme avant
    (
        "Il a plu toute la nuit de samedi à dimanche.",
        [("de samedi à dimanche", "2024-03-09", 1260)],
    ),
    (
        "Les secours ont travaillé toute la nuit du 3 au 4 mars.",
        [("du 3 au 4 mars", "2024-03-03", 1260)],
    ),
    ("Il a plu toute la nuit.", [("toute la nuit", "None", None)]),
    ("Il a veillé toute la nuit de garde.", [("toute la nuit", "None", None)]),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_NIGHT)
def test_a_whole_night_before_its_day(
    text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert _dated(text) == expected
