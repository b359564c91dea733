"""Formes de presse des heures et des dates : un jour de la semaine suivi de « prochain », une
partie de la journée et l'heure qui lui convient, les petites heures d'une nuit au lendemain,
une heure nue en fin de proposition ; et les chiffres qui restent des chiffres : texte +
publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile
from claimcheck.models import TimeRef

FR = get_profile("fr")
LUNDI = "2021-03-08"
JEUDI = "2021-03-11"


def _refs(text: str, published: str = LUNDI) -> list[TimeRef]:
    return find_times(text, published=published, profile=FR)


# (texte, publication, surface, jour) : « vendredi prochain » est le vendredi de la semaine
# suivante ; dit un jeudi, ce n'est jamais le lendemain
NEXT_WEEKDAY = [
    ("Le conseil se réunira vendredi prochain.", LUNDI, "vendredi prochain", "2021-03-19"),
    ("Le conseil se réunira vendredi prochain.", JEUDI, "vendredi prochain", "2021-03-19"),
    ("Le scrutin s'ouvre lundi prochain, selon la préfecture.", JEUDI, "lundi prochain",
     "2021-03-15"),
    # « dernier » garde le plus proche avant la publication
    ("Le conseil s'est réuni vendredi dernier.", JEUDI, "vendredi dernier", "2021-03-05"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "surface", "day"), NEXT_WEEKDAY)
def test_next_weekday_is_next_weeks(text: str, published: str, surface: str, day: str) -> None:
    assert [(r.text, str(r.earliest), str(r.latest)) for r in _refs(text, published)] == [
        (surface, day, day)
    ]


# (texte, surface, premier jour, dernier jour, time_start, time_end)
PART_AND_TIME = [
    ("L'explosion a eu lieu mardi soir vers 23 h.", "mardi soir vers 23 h", "2021-03-02",
     "2021-03-02", 22 * 60 + 30, 23 * 60 + 31),
    ("L'incendie s'est déclaré mardi matin à 10 h 30.", "mardi matin à 10 h 30", "2021-03-02",
     "2021-03-02", 10 * 60 + 30, 10 * 60 + 31),
    # les petites heures d'une nuit sont celles du lendemain : minutes après le premier minuit
    ("L'explosion a eu lieu dans la nuit de mardi à mercredi, vers 2 h.",
     "de mardi à mercredi, vers 2 h", "2021-03-02", "2021-03-03", 1440 + 90, 1440 + 151),
    ("Le drame s'est produit dans la nuit de samedi à dimanche à 3 h du matin.",
     "de samedi à dimanche à 3 h du matin", "2021-03-06", "2021-03-07", 1440 + 180,
     1440 + 181),
    ("Vers 2 h dans la nuit de mardi à mercredi, un incendie s'est déclaré.",
     "Vers 2 h dans la nuit de mardi à mercredi", "2021-03-02", "2021-03-03", 1440 + 90,
     1440 + 151),
    ("Les secours sont intervenus dans la nuit du 3 au 4 mars vers 1 h.",
     "du 3 au 4 mars vers 1 h", "2021-03-03", "2021-03-04", 1440 + 30, 1440 + 91),
    ("Des coups de feu ont retenti la nuit dernière vers 2 h.", "la nuit dernière vers 2 h",
     "2021-03-07", "2021-03-07", 1440 + 90, 1440 + 151),
    # « cette nuit » dit le matin est la nuit passée : ses petites heures restent du jour
    ("Un incendie a éclaté cette nuit vers 2 h.", "cette nuit vers 2 h", "2021-03-08",
     "2021-03-08", 90, 151),
    # une heure nue après un qualificatif peut finir la proposition
    ("La réunion a eu lieu hier soir vers 9, selon la police.", "hier soir vers 9",
     "2021-03-07", "2021-03-07", 20 * 60 + 30, 21 * 60 + 31),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "first", "last", "lo", "hi"), PART_AND_TIME)
def test_a_part_of_the_day_and_its_time(
    text: str, surface: str, first: str, last: str, lo: int, hi: int
) -> None:
    refs = _refs(text)
    assert [(r.text, str(r.earliest), str(r.latest), r.time_start, r.time_end) for r in refs] == [
        (surface, first, last, lo, hi)
    ]


def test_a_time_outside_its_part_stays_apart() -> None:
    refs = _refs("L'usine a fermé mardi matin et a rouvert à 20 h.")
    assert (refs[0].text, refs[0].part_of_day) == ("mardi", "morning")
    assert refs[-1].clock == 20 * 60 and refs[-1].part_of_day is None


@pytest.mark.parametrize(
    "text",
    [
        "Le chômage est passé ce matin à 7.",
        "Le taux est passé ce matin à 7,5 %.",
        "L'indice a clôturé mardi après-midi à 3,5 points.",
    ],
)
def test_a_figure_after_a_part_of_the_day_is_no_hour(text: str) -> None:
    assert all(r.clock is None for r in _refs(text))


# (texte, surface, premier jour, dernier jour, time_start, time_end) : une plage de dates et
# d'heures fermée par « jusqu'à », comme par « à »
UNTIL = [
    ("Le couvre-feu s'applique de 22 h vendredi jusqu'à 6 h samedi.",
     "22 h vendredi jusqu'à 6 h samedi", "2021-03-05", "2021-03-06", 22 * 60,
     1440 + 6 * 60 + 1),
    ("Les routes sont fermées à partir de 21 h dimanche jusqu'à 5 h lundi.",
     "à partir de 21 h dimanche jusqu'à 5 h lundi", "2021-03-07", "2021-03-08", 21 * 60,
     1440 + 5 * 60 + 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "first", "last", "lo", "hi"), UNTIL)
def test_a_date_time_range_closed_by_jusqua(
    text: str, surface: str, first: str, last: str, lo: int, hi: int
) -> None:
    refs = _refs(text, "2021-03-09")
    assert [(r.text, str(r.earliest), str(r.latest), r.time_start, r.time_end) for r in refs] == [
        (surface, first, last, lo, hi)
    ]


SEASONS = [
    ("La saison 2020-21 a été écourtée.", "2020-21", "2020-01-01", "2021-12-31"),
    ("Le budget 2021/22 prévoit des coupes.", "2021/22", "2021-01-01", "2022-12-31"),
    ("Les anciens de la guerre de 1914-18 ont défilé.", "de 1914-18", "1914-01-01",
     "1918-12-31"),
    ("Le relevé 2016-11 est en retard.", "2016-11", "2016-11-01", "2016-11-30"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "first", "last"), SEASONS)
def test_a_range_of_years_with_a_short_end(text: str, surface: str, first: str, last: str) -> None:
    assert [(r.text, str(r.earliest), str(r.latest)) for r in _refs(text)] == [
        (surface, first, last)
    ]


@pytest.mark.parametrize(
    "text", ["La loi n° 2020-24 a été votée.", "Le décret 2020-260 a été publié."]
)
def test_numbers_that_look_like_seasons(text: str) -> None:
    assert _refs(text) == []


def test_the_last_weeks_up_to_publication() -> None:
    refs = _refs("Les prix ont augmenté au cours des dernières semaines.")
    assert [(r.text, str(r.latest)) for r in refs] == [("au cours des dernières semaines", LUNDI)]
    assert _refs("Au cours des derniers mois de sa vie, il a écrit trois livres.") == []


# un jour sans année après un futur (même après une élision) ou ce qui est dû, attendu : le
# prochain ; au passé : le dernier (publié en novembre)
TENSES = [
    ("Le procès s'ouvrira le 12 avril.", "2022-04-12"),
    ("Le verdict est attendu le 12 avril.", "2022-04-12"),
    ("Le tribunal doit se prononcer le 12 avril.", "2022-04-12"),
    ("Le procès s'est ouvert le 12 avril.", "2021-04-12"),
]


@pytest.mark.parametrize(("text", "day"), TENSES)
def test_a_future_puts_a_yearless_day_ahead(text: str, day: str) -> None:
    assert [str(r.earliest) for r in _refs(text, "2021-11-09")] == [day]


def test_a_range_from_a_day_to_a_weekday_ends_that_week() -> None:
    # the end is the first such weekday after the start, not the one near publication
    refs = _refs("La grève a duré du mercredi 3 mars au vendredi suivant.", "2021-11-09")
    assert [(r.text, str(r.earliest), str(r.latest)) for r in refs] == [
        ("du mercredi 3 mars au vendredi", "2021-03-03", "2021-03-05")
    ]
    # without an opener, a day and its weekday are one day told twice
    refs = _refs("Le film est sorti le 25 février - mercredi des Cendres.", "2021-11-09")
    assert (refs[0].text, str(refs[0].earliest)) == ("25 février", "2021-02-25")


@pytest.mark.parametrize(
    "text", ["La mer était calme jeudi soir.", "Le Mar del Plata a accosté.", "Ven. et sam."]
)
def test_french_weekdays_are_never_abbreviated(text: str) -> None:
    # "mer", "mar", "ven" are words or names: French tables list no abbreviated weekday
    assert all(r.text == "jeudi" for r in _refs(text))


def test_the_last_unit_runs_to_publication() -> None:
    refs = _refs("Les émissions ont baissé au cours de la dernière décennie.")
    assert [(r.text, str(r.earliest), str(r.latest)) for r in refs] == [
        ("la dernière décennie", "2011-03-08", LUNDI)
    ]
    # « la dernière année de son mandat » est celle du mandat ; « l'année dernière » celle
    # du calendrier
    assert _refs("La dernière année de son mandat a été difficile.") == []
    assert [(r.text, str(r.earliest)) for r in _refs("Les prix ont monté l'année dernière.")] == [
        ("l'année dernière", "2020-01-01")
    ]


def test_two_days_of_a_month_after_des() -> None:
    refs = _refs("Les manifestations ont éclaté le week-end des 6 et 7 mars.")
    assert [(r.text, str(r.earliest), str(r.latest)) for r in refs] == [
        ("des 6 et 7 mars", "2021-03-06", "2021-03-07")
    ]
    assert all(r.earliest is None for r in _refs("Le bilan des 20 et 30 ans est lourd."))


def test_the_first_hours_of_a_day() -> None:
    refs = _refs("Le drame s'est produit aux premières heures de dimanche.")
    assert [(r.text, str(r.earliest), r.time_start, r.time_end) for r in refs] == [
        ("aux premières heures de dimanche", "2021-03-07", 0, 9 * 60)
    ]


def test_an_edge_of_a_day_and_its_time() -> None:
    refs = _refs("Le drame a eu lieu tard dimanche, vers 23 h.")
    assert [(r.text, str(r.earliest), r.time_start, r.time_end) for r in refs] == [
        ("tard dimanche, vers 23 h", "2021-03-07", 22 * 60 + 30, 23 * 60 + 31)
    ]
    # une heure hors du bord reste à part
    refs = _refs("Le drame a eu lieu tard dimanche, et la police est venue à 14 h.")
    assert [r.text for r in refs] == ["tard dimanche", "14 h"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("L'usine fermera en fin d'année.", "en fin d'année"),
        ("L'usine fermera d'ici la fin de l'année.", "la fin de l'année"),
    ],
)
def test_the_end_of_the_year(text: str, surface: str) -> None:
    assert [(r.text, str(r.earliest), str(r.latest)) for r in _refs(text)] == [
        (surface, "2021-07-01", "2021-12-31")
    ]


def test_a_nights_small_hours_are_labelled_with_their_day() -> None:
    from claimcheck.ground.time_values import describe

    (ref,) = _refs("Des coups de feu ont retenti la nuit dernière vers 2 h.")
    assert describe(ref) == "Monday 8 March 2021, around 2 a.m."


# « ce dimanche » est le dimanche de la semaine de publication ; dans une proposition au passé
# qu'il suivrait, celui de la semaine d'avant (publié un lundi : la veille)
THIS_WEEKDAY = [
    ("L'avion a décollé ce dimanche matin de la base aérienne.", LUNDI, "2021-03-07"),
    ("Le maire a annoncé ce samedi sa démission.", LUNDI, "2021-03-06"),
    ("Le conseil s'est réuni ce mardi.", JEUDI, "2021-03-09"),  # déjà passé : inchangé
    ("Le maire annoncera ce dimanche sa décision.", LUNDI, "2021-03-14"),
    ("Le vote a lieu ce dimanche.", LUNDI, "2021-03-14"),
    ("Le conseil se réunit ce lundi.", LUNDI, "2021-03-08"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "day"), THIS_WEEKDAY)
def test_this_weekday_in_a_past_clause_is_the_one_just_past(
    text: str, published: str, day: str
) -> None:
    found = [r for r in _refs(text, published) if r.granularity == "day"]
    assert [(str(r.earliest), str(r.latest)) for r in found] == [(day, day)]
