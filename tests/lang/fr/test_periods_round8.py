"""Périodes de presse, huitième tour : des plages de dates et d'heures dont les bornes sont
à plusieurs jours l'une de l'autre ("du lundi 9 h au vendredi 17 h", "de vendredi soir à
dimanche") : texte + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.ground.time_values import compatible, describe
from claimcheck.lang import get_profile
from claimcheck.models import TimeRef

FR = get_profile("fr")
SAMEDI = "2021-03-13T09:00:00"  # lundi 8, vendredi 12 mars


def _refs(text: str) -> list[TimeRef]:
    return find_times(text, published=SAMEDI, profile=FR)


def _spans(text: str) -> list[tuple[str, str, str, int | None, int | None]]:
    return [(r.text, str(r.earliest), str(r.latest), r.time_start, r.time_end) for r in _refs(text)]


ACROSS_DAYS = [
    ("Le pont a été fermé du lundi 9 h au vendredi 17 h.",
     [("lundi 9 h au vendredi 17 h", "2021-03-08", "2021-03-12", 540, 4 * 1440 + 1021)]),
    ("La grève a duré de 20 heures mardi à 6 heures jeudi.",
     [("20 heures mardi à 6 heures jeudi", "2021-03-09", "2021-03-11", 1200,
       2 * 1440 + 361)]),
    ("Le couvre-feu s'est appliqué de 18 h le 1er mars à 6 h le 4 mars.",
     [("18 h le 1er mars à 6 h le 4 mars", "2021-03-01", "2021-03-04", 1080, 3 * 1440 + 361)]),
    ("Le site a été inaccessible entre 16 heures le 1er février et 17 heures hier.",
     [("16 heures le 1er février et 17 heures hier", "2021-02-01", "2021-03-12", 960,
       39 * 1440 + 1021)]),
    # une heure, puis un jour nommé sans heure : jusqu'à la fin de ce jour
    ("Le festival a eu lieu de vendredi soir à dimanche.",
     [("vendredi soir à dimanche", "2021-03-12", "2021-03-14", 1080, 3 * 1440)]),
    ("La route a été coupée de 22 h vendredi à dimanche.",
     [("22 h vendredi à dimanche", "2021-03-12", "2021-03-14", 1320, 3 * 1440)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ACROSS_DAYS)
def test_a_range_across_days_keeps_the_times_at_its_ends(
    text: str, expected: list[tuple[str, str, str, int, int]]
) -> None:
    assert _spans(text) == expected


LOOK_ALIKES = [
    # des chiffres, pas des heures
    ("Le bilan est passé de 5 à 6 lundi.", [("lundi", "2021-03-08", "2021-03-08", None, None)]),
    # deux moments sans « de »/« du » restent deux
    ("Il est parti lundi à 9 h et revenu vendredi à 17 h.",
     [("lundi à 9 h", "2021-03-08", "2021-03-08", 540, 541),
      ("vendredi à 17 h", "2021-03-12", "2021-03-12", 1020, 1021)]),
    # des jours sans heure restent des jours
    ("Le bureau a été fermé du lundi au vendredi.",
     [("du lundi au vendredi", "2021-03-08", "2021-03-12", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_look_alikes_are_no_range_across_days(
    text: str, expected: list[tuple[str, str, str, int | None, int | None]]
) -> None:
    assert _spans(text) == expected


def test_a_range_across_days_is_labelled_and_compared_by_its_days() -> None:
    (ref,) = _refs("Le pont a été fermé du lundi 9 h au vendredi 17 h.")
    assert describe(ref) == "from Monday 8 March 2021, 9 a.m. to Friday 12 March 2021, 5 p.m."
    (mercredi,) = _refs("Il était fermé mercredi à 23 h.")
    (samedi,) = _refs("Il a rouvert samedi 13 mars à 10 h.")
    assert compatible(ref, mercredi)
    assert not compatible(ref, samedi)


ELIDED = [
    # un jour relatif après « d' » ou « jusqu' » élidés : il est lu, et ouvre une plage
    ("Le musée sera fermé d'aujourd'hui à vendredi.",
     [("d'aujourd'hui à vendredi", "2021-03-13", "2021-03-19")]),
    ("Le musée sera fermé d'aujourd'hui jusqu'à demain.",
     [("d'aujourd'hui jusqu'à demain", "2021-03-13", "2021-03-14")]),
    ("Le match d'hier a été annulé.", [("hier", "2021-03-12", "2021-03-12")]),
    ("Il a attendu jusqu'aujourd'hui.", [("aujourd'hui", "2021-03-13", "2021-03-13")]),
    # une autre apostrophe n'élide rien : un mot cité reste un mot
    ("Le mot 'aujourd'hui' est invariable.", []),
    ("Il parle l'aujourd'hui des jeunes.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ELIDED)
def test_a_relative_day_after_an_elided_word(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(r.text, str(r.earliest), str(r.latest)) for r in _refs(text)] == expected


RESTE = [
    ("Les écoles resteront fermées pour le reste de ce jour.", [("reste de ce jour", 540, 1440)]),
    ("Les écoles resteront fermées le reste de la journée.", [("reste de la journée", 540, 1440)]),
    # un jour écrit juste après : le sien, pas celui de la publication
    ("Les écoles resteront fermées le reste de la journée de lundi.",
     [("lundi", 360, 1200)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RESTE)
def test_le_reste_de_la_journee_va_de_la_publication_a_minuit(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert [(r.text, r.time_start, r.time_end) for r in _refs(text)] == expected


HEURES = [
    ("Les prix ont augmenté au cours des dernières 48 heures.",
     [("des dernières 48 heures", "2021-03-11", "2021-03-13", 540, 2 * 1440 + 541)]),
    ("Les prix ont augmenté ces 48 dernières heures.",
     [("ces 48 dernières heures", "2021-03-11", "2021-03-13", 540, 2 * 1440 + 541)]),
    ("De la pluie est attendue dans les 72 prochaines heures.",
     [("les 72 prochaines heures", "2021-03-13", "2021-03-16", 540, 3 * 1440 + 541)]),
    ("Un accord est attendu d'ici 48 heures.",
     [("d'ici 48 heures", "2021-03-13", "2021-03-15", 540, 2 * 1440 + 541)]),
    # des durées restent des durées
    ("La grève durera 48 heures.", [("48 heures", "None", "None", None, None)]),
    ("Les trois derniers jours ont été chauds.",
     [("Les trois derniers jours", "2021-03-10", "2021-03-13", None, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HEURES)
def test_des_heures_depuis_la_publication_passent_le_lendemain(
    text: str, expected: list[tuple[str, str, str, int | None, int | None]]
) -> None:
    assert _spans(text) == expected


FERMEES = [
    ("Les routes ont été fermées de mardi à jeudi matin.",
     [("de mardi à jeudi", "2021-03-09", "2021-03-11", 0, 2 * 1440 + 720)]),
    ("Les routes ont été fermées du lundi au mercredi soir.",
     [("du lundi au mercredi", "2021-03-08", "2021-03-10", 0, 2 * 1440 + 1380)]),
    # « dans la soirée » après des jours : chacun de ces soirs peut-être, tel quel
    ("Le festival a eu lieu du 3 au 5 mars dans la soirée.",
     [("du 3 au 5 mars", "2021-03-03", "2021-03-05", 1080, 1380)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FERMEES)
def test_une_partie_du_jour_apres_des_jours_les_ferme(
    text: str, expected: list[tuple[str, str, str, int | None, int | None]]
) -> None:
    assert _spans(text) == expected


def test_le_francais_n_ecrit_pas_mardi_pm() -> None:
    # le français écrit « mardi après-midi » ; « PM » y est le Premier ministre
    (ref,) = _refs("Le PM viendra mardi PM.")
    assert (ref.text, ref.part_of_day, ref.time_start) == ("mardi", None, None)
    (apres,) = _refs("Il viendra mardi après-midi.")
    assert (apres.part_of_day, apres.time_start, apres.time_end) == ("afternoon", 720, 1080)


POSSEDES = [
    ("Il a passé ses trois derniers jours à l'hôpital.", []),
    ("Il a passé ses 24 dernières heures en cellule.", []),
    ("Elle a passé ses dernières 24 heures en cellule.", [("24 heures", "None", "None")]),
    ("Durant leurs deux dernières années, ils ont écrit.", []),
    # sans possessif : depuis la publication
    ("Les trois derniers jours ont été durs.",
     [("Les trois derniers jours", "2021-03-10", "2021-03-13")]),
    ("Il a passé ces 24 dernières heures en cellule.",
     [("ces 24 dernières heures", "2021-03-12", "2021-03-13")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSSEDES)
def test_une_fenetre_apres_un_possessif_n_est_pas_datee(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(r.text, str(r.earliest), str(r.latest)) for r in _refs(text)] == expected


def test_le_reste_de_la_journee_au_passe_est_celui_du_recit() -> None:
    assert all(r.earliest is None for r in _refs("Il a passé le reste de la journée à l'hôpital."))
    (futur,) = _refs("Les écoles resteront fermées pour le reste de la journée.")
    assert (futur.text, str(futur.earliest), futur.time_start) == (
        "reste de la journée",
        "2021-03-13",
        540,
    )
