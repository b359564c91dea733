"""Périodes de presse, septième tour : « tard » devant une semaine, un mois ou une année, le
week-end annoncé au futur, l'après-midi élidé après un jour ; et ce qui reste sans date :
texte + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile
from claimcheck.models import TimeRef

FR = get_profile("fr")
MERCREDI = "2021-03-10"
SAMEDI = "2021-03-13"


def _refs(text: str, published: str = MERCREDI) -> list[TimeRef]:
    return find_times(text, published=published, profile=FR)


def _days(text: str, published: str = MERCREDI) -> list[tuple[str, str, str]]:
    return [(r.text, str(r.earliest), str(r.latest)) for r in _refs(text, published)]


# (texte, surface, premier jour, dernier jour) : « tard » nomme la dernière partie de la
# période, comme « late this week » (jeudi-dimanche, la seconde quinzaine, le second semestre)
LATE = [
    ("Le rapport sera publié tard cette semaine, selon le ministère.", "tard cette semaine",
     "2021-03-11", "2021-03-14"),
    ("La décision est tombée tard la semaine dernière.", "tard la semaine dernière",
     "2021-03-04", "2021-03-07"),
    ("Les résultats définitifs sont attendus tard ce mois-ci.", "tard ce mois-ci",
     "2021-03-16", "2021-03-31"),
    ("Le chantier doit reprendre tard cette année.", "tard cette année", "2021-07-01",
     "2021-12-31"),
    # « plus tard » garde sa lecture : de la publication à la fin de la période
    ("Le texte sera examiné plus tard cette année.", "plus tard cette année", "2021-03-10",
     "2021-12-31"),
    # « trop tard », « aussi tard » ne nomment pas la fin : l'année entière
    ("Il est trop tard cette année pour semer le blé.", "trop tard cette année", "2021-01-01",
     "2021-12-31"),
    ("Jamais la neige n'était tombée aussi tard cette année.", "aussi tard cette année",
     "2021-01-01", "2021-12-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "first", "last"), LATE)
def test_late_in_a_period(text: str, surface: str, first: str, last: str) -> None:
    assert _days(text) == [(surface, first, last)]


# le week-end sans marque : le prochain après un futur ; sans futur, aucune date (« ouvert
# le week-end » dit une habitude), sauf après « au cours du » (le dernier, ou celui en cours)
WEEKEND = [
    ("Le ministre sera de retour le week-end.", MERCREDI,
     [("le week-end", "2021-03-13", "2021-03-14")]),
    ("Les négociations reprendront le week-end, selon les syndicats.", MERCREDI,
     [("le week-end", "2021-03-13", "2021-03-14")]),
    ("Deux suspects ont été interpellés au cours du week-end.", MERCREDI,
     [("au cours du week-end", "2021-03-06", "2021-03-07")]),
    ("Deux suspects ont été interpellés au cours du week-end.", SAMEDI,
     [("au cours du week-end", "2021-03-13", "2021-03-14")]),
    ("Les musées sont ouverts le week-end.", MERCREDI, []),
    ("La manifestation a rassemblé 2 000 personnes le week-end.", MERCREDI, []),
    # le week-end d'un jour écrit : ce jour seul, pas un autre week-end
    ("Le scrutin aura lieu le week-end du 20 mars.", MERCREDI,
     [("20 mars", "2021-03-20", "2021-03-20")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "expected"), WEEKEND)
def test_weekend_without_marker(
    text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _days(text, published) == expected


# « mardi d'après-midi » : l'après-midi de ce jour ; sans son jour, « d'après-midi » n'est
# pas une heure
AFTERNOON = [
    ("Le conseil se réunira mardi d'après-midi.", "2021-03-16"),
    ("Le match est prévu lundi prochain d'après-midi.", "2021-03-15"),
]


@pytest.mark.parametrize(("text", "day"), AFTERNOON)
def test_elided_afternoon_joins_its_day(text: str, day: str) -> None:
    (ref,) = _refs(text)
    assert (str(ref.earliest), str(ref.latest), ref.part_of_day) == (day, day, "afternoon")
    assert (ref.time_start, ref.time_end) == (12 * 60, 18 * 60)


@pytest.mark.parametrize(
    "text",
    [
        "Les séances d'après-midi sont suspendues jusqu'à nouvel ordre.",
        "Le marché d'après-midi a fermé plus tôt.",
    ],
)
def test_elided_afternoon_without_its_day_is_no_time(text: str) -> None:
    assert _refs(text) == []


# des chiffres qui restent des chiffres : le 7 n'est pas une heure, « tard » pas une date seul
FIGURES = [
    ("Le chômage est passé à 7 % tard dans l'année.", []),
    ("Le chômage est passé à 7 tard cette année.", [("tard cette année", "2021-07-01",
                                                     "2021-12-31")]),
    ("Le score était de 3-1 à la mi-temps.", []),
    ("L'article 12 sera voté le week-end prochain.", [("le week-end prochain", "2021-03-13",
                                                       "2021-03-14")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figures_stay_figures(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _days(text) == expected


# (texte, surface, premier jour, dernier jour) : une quinzaine, une moitié de mois
HALF_MONTH = [
    ("Le sommet se tiendra dans la deuxième quinzaine de mars.",
     "la deuxième quinzaine de mars", "2021-03-16", "2021-03-31"),
    ("La première quinzaine d'avril a été pluvieuse, selon Météo-France.",
     "La première quinzaine d'avril", "2021-04-01", "2021-04-15"),
    ("Les ventes ont chuté pendant la première moitié de février 2019.",
     "la première moitié de février 2019", "2019-02-01", "2019-02-15"),
    ("La dernière quinzaine de juin 2020 a été la plus chaude.",
     "La dernière quinzaine de juin 2020", "2020-06-16", "2020-06-30"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "first", "last"), HALF_MONTH)
def test_half_of_a_month(text: str, surface: str, first: str, last: str) -> None:
    assert _days(text) == [(surface, first, last)]


def test_a_fortnight_of_days_stays_a_count() -> None:
    # « une quinzaine de jours » : treize à dix-sept jours avant, pas la moitié d'un mois
    ((surface, first, last),) = _days("Il y a une quinzaine de jours, le vote a eu lieu.")
    assert surface == "Il y a une quinzaine de jours"
    assert (first, last) == ("2021-02-21", "2021-02-25")


# « la prochaine décennie » après un futur : les dix ans à compter de la publication ; sans
# futur, aucune date (le récit peut parler de la décennie d'après son événement)
NEXT_ONE = [
    ("Les émissions baisseront au cours de la prochaine décennie.",
     [("la prochaine décennie", "2021-03-11", "2031-03-10")]),
    ("Le plan sera déployé au cours de la prochaine année.",
     [("la prochaine année", "2021-03-11", "2022-03-10")]),
    ("La prochaine décennie fut celle de la reconstruction.", []),
    ("Il a déménagé la prochaine année.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEXT_ONE)
def test_next_unit_from_publication(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _days(text) == expected


def test_before_dawn_is_a_days_small_hours() -> None:
    (ref,) = _refs("Le séisme a frappé lundi avant l'aube.")
    assert (str(ref.earliest), ref.time_start, ref.time_end) == ("2021-03-08", 0, 540)
    assert ref.part_of_day == "early"


def test_a_day_and_its_afternoon_hour() -> None:
    (ref,) = _refs("Les responsables se sont réunis le 3 mars à 3 h de l'après-midi.")
    assert (str(ref.earliest), ref.clock, ref.part_of_day) == ("2021-03-03", 900, "afternoon")


EDGES = [
    ("La neige est tombée les premiers jours de mars.", "les premiers jours de mars",
     "2021-03-01", "2021-03-15"),
    ("La neige est tombée dans les derniers jours de décembre 2020.",
     "les derniers jours de décembre 2020", "2020-12-16", "2020-12-31"),
    ("Les premiers jours d'août 2020 ont été chauds.", "Les premiers jours d'août 2020",
     "2020-08-01", "2020-08-15"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "first", "last"), EDGES)
def test_first_and_last_days_of_a_month(text: str, surface: str, first: str, last: str) -> None:
    assert _days(text) == [(surface, first, last)]


@pytest.mark.parametrize(
    "text",
    [
        "Il a vécu les derniers jours de sa vie à Paris.",
        # « l'avant-dernière semaine » n'est pas « the week before last » : aucune lecture
        "L'avant-dernière semaine du tournoi a été décisive.",
    ],
)
def test_story_days_stay_undated(text: str) -> None:
    assert _days(text) == []


# « d'ici trois semaines » : de la publication à trois semaines plus tard, comme « within »
WITHIN = [
    ("La décision sera rendue d'ici trois semaines.", [("d'ici trois semaines", "2021-03-10",
                                                       "2021-03-31")]),
    ("Les travaux seront achevés d'ici à 10 jours.", [("d'ici à 10 jours", "2021-03-10",
                                                      "2021-03-20")]),
    # une année reste l'année ; une distance reste une distance
    ("Les émissions baisseront de moitié d'ici 2030.", [("2030", "2030-01-01", "2030-12-31")]),
    ("Il y a 20 km d'ici 3 villages.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WITHIN)
def test_within_from_publication(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _days(text) == expected


def test_week_starting_on_a_day() -> None:
    # l'équivalent français de « w/c 8 March » : les sept jours à partir de ce jour
    assert _days("Les livraisons reprennent la semaine débutant le 8 mars.") == [
        ("semaine débutant le 8 mars", "2021-03-08", "2021-03-14")
    ]


AND_NEXT = [
    ("La croissance ralentira à 2 % cette année et la suivante.",
     [("cette année et la suivante", "2021-01-01", "2022-12-31")]),
    ("Les ventes ont baissé ce mois-ci et le précédent.",
     [("ce mois-ci et le précédent", "2021-02-01", "2021-03-31")]),
    ("Le trafic sera perturbé cette semaine et la prochaine.",
     [("cette semaine et la prochaine", "2021-03-08", "2021-03-21")]),
    # un nom suit : « la prochaine génération » n'est pas l'année prochaine
    ("Cette année et la prochaine génération de satellites.",
     [("Cette année", "2021-01-01", "2021-12-31")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AND_NEXT)
def test_this_unit_and_next(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _days(text) == expected
