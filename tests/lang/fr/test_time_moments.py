"""French offsets from a stated publication time, counts moved onto a written day, date-time
ranges, day numbers in words; and bare numbers that stay numbers: text + publication -> TimeRef."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

FR = get_profile("fr")
AT = "2021-03-09T14:20"  # a Tuesday, 14:20
DAY = "2021-03-09"


def _one(text: str, published: str, surface: str):  # type: ignore[no-untyped-def]
    refs = [r for r in find_times(text, published=published, profile=FR) if r.text == surface]
    assert refs, [r.text for r in find_times(text, published=published, profile=FR)]
    return refs[0]


# (text, surface, day, clock) : a length of hours counted from the publication time
POINTS = [
    ("Le préfet s'exprimera dans 2 heures.", "dans 2 heures", "2021-03-09", 16 * 60 + 20),
    ("L'alerte a été levée il y a 30 minutes.", "il y a 30 minutes", "2021-03-09", 13 * 60 + 50),
    ("La frontière rouvrira dans 12 heures.", "dans 12 heures", "2021-03-10", 2 * 60 + 20),
]


@pytest.mark.parametrize(("text", "surface", "day", "clock"), POINTS)
def test_length_from_the_publication_time(text: str, surface: str, day: str, clock: int) -> None:
    ref = _one(text, AT, surface)
    assert (str(ref.earliest), str(ref.latest), ref.clock) == (day, day, clock)
    assert ref.anchor == "publication" and ref.duration_minutes is None


def test_window_of_hours_from_the_publication_time() -> None:
    ref = _one("Les secours ont été appelés trois fois au cours des 3 dernières heures.", AT,
               "des 3 dernières heures")  # fmt: skip
    assert (ref.earliest, ref.time_start, ref.time_end) == (dt.date(2021, 3, 9), 680, 861)
    ahead = _one("Les 5 prochaines heures seront décisives.", AT, "Les 5 prochaines heures")
    assert (ahead.time_start, ahead.time_end) == (860, 1161)


@pytest.mark.parametrize(
    "text",
    [
        "L'alerte a été levée il y a 30 minutes.",
        "Les 5 prochaines heures seront décisives.",
    ],
)
def test_without_a_publication_time_the_length_stays_undated(text: str) -> None:
    refs = find_times(text, published=DAY, profile=FR)
    assert all(r.earliest is None for r in refs)


def test_later_counts_from_the_event_not_from_publication() -> None:
    refs = find_times("Trois heures plus tard, le feu était maîtrisé.", published=AT, profile=FR)
    assert [r.duration_minutes for r in refs] == [180.0]
    assert refs[0].earliest is None


# (text, surface, day): a count of days moved onto the day written after it
MOVED = [
    ("Le vote a eu lieu trois jours avant le 5 mars.", "trois jours avant le 5 mars",
     "2021-03-02"),
    ("Il est reparti deux jours après hier.", "deux jours après hier", "2021-03-10"),
    ("Le juge a tranché deux semaines après le 1er février.",
     "deux semaines après le 1er février", "2021-02-15"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "day"), MOVED)
def test_count_moved_onto_a_written_day(text: str, surface: str, day: str) -> None:
    ref = _one(text, DAY, surface)
    assert (str(ref.earliest), str(ref.latest), ref.anchor) == (day, day, "publication")


def test_count_before_an_event_stays_relative_to_it() -> None:
    ref = _one("Deux jours après l'incendie, l'usine a rouvert.", DAY, "Deux jours après")
    assert ref.anchor == "event" and ref.offset_days == 2 and ref.earliest is None


def test_date_time_range_over_two_days() -> None:
    ref = _one("Le couvre-feu s'applique de 20 heures vendredi à 6 heures samedi.", DAY,
               "20 heures vendredi à 6 heures samedi")  # fmt: skip
    assert (ref.earliest, ref.latest) == (dt.date(2021, 3, 5), dt.date(2021, 3, 6))
    assert (ref.time_start, ref.time_end) == (1200, 1440 + 361)


def test_date_time_range_far_apart_keeps_its_days_and_times() -> None:
    ref = _one("Le chantier a duré de 8 h le 2 février à 17 h le 20 mars.", DAY,
               "8 h le 2 février à 17 h le 20 mars")  # fmt: skip
    assert (str(ref.earliest), str(ref.latest), ref.time_start, ref.time_end) == (
        "2021-02-02",
        "2021-03-20",
        480,
        46 * 1440 + 1021,  # schema 1.9: the end counted from the first day's midnight
    )


def test_numeric_day_with_a_time_is_no_time_range() -> None:
    ref = _one("Le procès s'ouvre le 14/10 à 8 heures.", DAY, "14/10 à 8 heures")
    assert (str(ref.earliest), ref.clock, ref.time_end) == ("2020-10-14", 480, 481)
    near = _one("Le procès s'ouvre le 14/10 vers 8 heures.", DAY, "14/10 vers 8 heures")
    assert str(near.earliest) == "2020-10-14"


def test_part_of_a_day_then_a_bare_hour() -> None:
    ref = _one("La réunion a eu lieu mardi soir vers 9", DAY, "mardi soir vers 9")
    assert (str(ref.earliest), ref.clock) == ("2021-03-09", 21 * 60)


def test_day_numbers_in_words() -> None:
    ref = _one("Le scrutin aura lieu le vingt-deux juin.", DAY, "vingt-deux juin")
    assert str(ref.earliest) == "2021-06-22"  # the coming one: the sentence speaks of the future
    ref = _one("Le vingt-et-un mars, la neige est tombée.", DAY, "vingt-et-un mars")
    assert str(ref.earliest) == "2021-03-21"


# ordinary news sentences whose bare numbers are no times of day
NOT_TIMES = [
    "Les 7 victimes ont été identifiées.",
    "Le bilan s'élevait mardi soir à 7 morts.",
    "Les secours sont arrivés mardi soir, à 7 des 10 sites.",
    "Le taux de chômage est passé à 7.",
    "Le score est passé de 3 à 7 en dix minutes.",
    "Il a été condamné à 8 ans, dont 3 avec sursis, le 14/10.",
]


@pytest.mark.parametrize("text", NOT_TIMES)
def test_bare_numbers_are_not_times(text: str) -> None:
    for published in (AT, DAY):
        refs = find_times(text, published=published, profile=FR)
        assert all(r.clock is None for r in refs), [(r.text, r.clock) for r in refs]


def test_a_time_said_as_two_number_words() -> None:
    ref = _one("Le dernier train part à dix-neuf trente.", DAY, "dix-neuf trente")
    assert (ref.clock, ref.time_granularity) == (19 * 60 + 30, "minute")
    ref = _one("Le train part à vingt-deux dix ce soir.", DAY, "vingt-deux dix ce soir")
    assert (str(ref.earliest), ref.clock) == (DAY, 22 * 60 + 10)


@pytest.mark.parametrize(
    "text",
    [
        "Ils étaient sept, trente autres sont arrivés ensuite.",
        "Les victimes ont entre sept et trente ans.",
        "Sept trente-huit tonnes ont été saisies.",
        "Dix vingt tonnes de gravats ont été évacuées.",
    ],
)
def test_two_counts_are_no_time(text: str) -> None:
    assert all(r.clock is None for r in find_times(text, published=DAY, profile=FR))


def test_a_relative_day_closes_a_range() -> None:
    ref = _one("L'usine est à l'arrêt du 1er mars à aujourd'hui.", DAY,
               "du 1er mars à aujourd'hui")  # fmt: skip
    assert (str(ref.earliest), str(ref.latest)) == ("2021-03-01", DAY)
    ref = _one("Les inscriptions sont ouvertes entre aujourd'hui et le 15 février.", DAY,
               "entre aujourd'hui et le 15 février")  # fmt: skip
    assert (str(ref.earliest), str(ref.latest)) == (DAY, "2022-02-15")


def test_the_current_period() -> None:
    ref = _one("Les ventes du mois en cours reculent.", DAY, "mois en cours")
    assert (str(ref.earliest), str(ref.latest)) == ("2021-03-01", "2021-03-31")
    assert find_times("L'enquête en cours avance.", published=DAY, profile=FR) == []


def test_iso_year_and_month() -> None:
    ref = _one("Le relevé 2016-11 est en retard.", DAY, "2016-11")
    assert (str(ref.earliest), str(ref.latest)) == ("2016-11-01", "2016-11-30")
    # "2010-11" is no month but a season, its two years
    ref = _one("La saison 2010-11 a été longue.", DAY, "2010-11")
    assert (str(ref.earliest), str(ref.latest)) == ("2010-01-01", "2011-12-31")


def test_last_night_and_its_small_hours() -> None:
    ref = _one("Des tirs ont été entendus la nuit dernière.", DAY, "la nuit dernière")
    assert (str(ref.earliest), ref.part_of_day) == ("2021-03-08", "night")
    ref = _one("Des tirs ont retenti cette nuit vers 2 heures.", DAY, "cette nuit vers 2 heures")
    assert ref.clock == 2 * 60  # the small hours, not 14 h
    assert _one("Le vote aura lieu demain après-midi.", DAY, "demain après-midi").earliest == (
        dt.date(2021, 3, 10)
    )


def test_a_weekday_before_its_numeric_date() -> None:
    ref = _one("Le jugement a été rendu mercredi 24/02/2021 à 15 h 50.", DAY,
               "mercredi 24/02/2021 à 15 h 50")  # fmt: skip
    assert (str(ref.earliest), ref.clock, ref.weekday) == ("2021-02-24", 950, 2)
    refs = find_times("Le jugement a été rendu jeudi 24/02/2021.", published=DAY, profile=FR)
    assert [r.text for r in refs] == ["jeudi", "24/02/2021"]  # that date is a Wednesday


def test_a_range_of_numeric_days() -> None:
    ref = _one("La grève a duré du 12/01 au 25/02.", DAY, "du 12/01 au 25/02")
    assert (str(ref.earliest), str(ref.latest)) == ("2021-01-12", "2021-02-25")
    assert find_times("Il a gagné 6/4 à 6/3.", published=DAY, profile=FR) == []


def test_weekdays_of_a_stated_week() -> None:
    ref = _one("Les audiences auront lieu la semaine prochaine entre mercredi et vendredi.", DAY,
               "la semaine prochaine entre mercredi et vendredi")  # fmt: skip
    assert (str(ref.earliest), str(ref.latest)) == ("2021-03-17", "2021-03-19")


def test_a_day_number_in_words_after_its_article() -> None:
    ref = _one("Il est arrivé le vingt-deux, sous la pluie.", DAY, "vingt-deux")
    assert str(ref.earliest) == "2021-02-22"
    for text in (
        "Il est le premier.",
        "Il faut faire du neuf.",
        "Il joue dans le quinze de France.",
    ):
        assert find_times(text, published=DAY, profile=FR) == []


def test_late_on_a_day_then_its_part() -> None:
    ref = _one("Tard mardi soir, le gouvernement a cédé.", DAY, "Tard mardi soir")
    assert (str(ref.earliest), ref.part_of_day) == ("2021-03-09", "evening")
    assert ref.time_start is not None and ref.time_start <= 18 * 60


def test_the_rest_of_the_publication_day() -> None:
    ref = _one("Les routes restent fermées pour le reste de la journée.", AT, "reste de la journée")
    assert (str(ref.earliest), ref.time_start, ref.time_end) == (DAY, 14 * 60 + 20, 1440)
    assert find_times("Il a dormi le reste de ce jour-là.", published=AT, profile=FR) == []


def test_minutes_marked_m() -> None:
    ref = _one("L'alerte a été donnée à 19h56m30s.", DAY, "19h56m30s")
    assert ref.clock == 19 * 60 + 56
    assert all(r.clock is None for r in find_times("Un mur de 12 m s'est effondré.", published=DAY,
                                                   profile=FR))  # fmt: skip


def test_decades() -> None:
    ref = _one("Les prix ont doublé au cours de cette décennie.", DAY, "au cours de cette décennie")
    assert (str(ref.earliest), str(ref.latest)) == ("2020-01-01", "2029-12-31")
    ref = _one("Le lac a reculé au cours des deux dernières décennies.", DAY,
               "des deux dernières décennies")  # fmt: skip
    assert (str(ref.earliest), str(ref.latest)) == ("2001-03-09", DAY)


@pytest.mark.parametrize("published", ["9999-12-31T23:50", "0001-01-01T00:10", "9995-06-01"])
def test_the_ends_of_the_calendar_raise_nothing(published: str) -> None:
    text = (
        "Dans 5 heures, trois jours après demain, la semaine prochaine entre mercredi et "
        "vendredi, la décennie prochaine, au cours des deux dernières décennies, il y a 30 "
        "minutes, entre aujourd'hui et le 15 novembre, entre maintenant et le 30 juin, dans les "
        "trois prochaines années, pendant trois jours à partir de lundi, le premier trimestre "
        "de l'année prochaine."
    )
    assert isinstance(find_times(text, published=published, profile=FR), list)


def test_a_clock_range_with_a_bare_end_before_its_date() -> None:
    ref = _one("Le bureau ouvre de 10 h 30 à 15 le 1er avril.", DAY, "de 10 h 30 à 15 le 1er avril")
    assert (str(ref.earliest), ref.time_start, ref.time_end) == ("2021-04-01", 630, 901)
    refs = find_times("Il est arrivé à 8 heures à 15 km de là.", published=DAY, profile=FR)
    assert [(r.text, r.time_end) for r in refs] == [("8 heures", 481)]


def test_an_iso_date_time() -> None:
    ref = _one("L'avis a été publié le 2021-03-02T08:05:59 en ligne.", DAY, "2021-03-02T08:05:59")
    assert (str(ref.earliest), ref.clock) == ("2021-03-02", 8 * 60 + 5)
    refs = find_times("Le formulaire 2021-03-02Tx, modèle T12:30", published=DAY, profile=FR)
    assert all(r.clock is None for r in refs)
