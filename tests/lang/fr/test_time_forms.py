"""French date forms: numeric dates with a two-digit year, a decimal figure before a month, a
date-time range over two written days; and look-alikes that stay undated: text + publication
-> TimeRef."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

FR = get_profile("fr")
DAY = "2021-03-09"  # un mardi


def _refs(text: str) -> list[tuple[str, str, str]]:
    return [
        (r.text, str(r.earliest), str(r.latest))
        for r in find_times(text, published=DAY, profile=FR)
    ]


# (text, surface, earliest, latest)
DATED = [
    ("La note du 05-août-2016 a fuité.", "05-août-2016", "2016-08-05", "2016-08-05"),
    ("Le chantier a débuté le 14-7-09, selon la mairie.", "14-7-09", "2009-07-14", "2009-07-14"),
    ("Une note datée du 3-2-05 a fuité.", "3-2-05", "2005-02-03", "2005-02-03"),
    ("Le courrier porte la date du 23/11/98.", "23/11/98", "1998-11-23", "1998-11-23"),
    ("Le registre porte la date 2019-août-01.", "2019-août-01", "2019-08-01", "2019-08-01"),
    ("Le vote aura lieu dans deux semaines.", "dans deux semaines", "2021-03-22", "2021-03-28"),
    ("L'indice valait 6 107,31 août 2019 compris.", "août 2019", "2019-08-01", "2019-08-31"),
]


@pytest.mark.parametrize(("text", "surface", "earliest", "latest"), DATED)
def test_dated_forms(text: str, surface: str, earliest: str, latest: str) -> None:
    assert (surface, earliest, latest) in _refs(text)


# des phrases de presse dont les chiffres ressemblent à des dates
UNDATED = [
    "Le club affiche un bilan de 10-6-12 cette saison.",
    "La version 1.5.20 corrige la faille.",
    "Appelez le 06-12-45-67-89 pour tout renseignement.",
]


@pytest.mark.parametrize("text", UNDATED)
def test_undated_look_alikes(text: str) -> None:
    assert all(earliest == "None" for _, earliest, _ in _refs(text)), _refs(text)


def test_a_curfew_from_a_time_on_one_day_to_a_time_on_the_next() -> None:
    text = "Le couvre-feu court de 20 h le 3 mars à 6 h le 4 mars, a annoncé la préfecture."
    refs = find_times(text, published=DAY, profile=FR)
    assert [r.text for r in refs] == ["20 h le 3 mars à 6 h le 4 mars"]
    ref = refs[0]
    assert (ref.earliest, ref.latest) == (dt.date(2021, 3, 3), dt.date(2021, 3, 4))
    assert (ref.time_start, ref.time_end) == (20 * 60, 1440 + 6 * 60 + 1)


# (text, surface, time_start, time_end): une heure qui ouvre une durée, et cette durée
LASTING = [
    ("L'autoroute sera coupée à partir de 22 h pendant huit heures.",
     "à partir de 22 h pendant huit heures", 22 * 60, 30 * 60 + 1),
    ("Le courant a été coupé pendant 3 heures dès 14 h 30.", "3 heures dès 14 h 30",
     14 * 60 + 30, 17 * 60 + 31),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "end"), LASTING)
def test_a_time_and_the_length_it_opens(text: str, surface: str, start: int, end: int) -> None:
    refs = find_times(text, published=DAY, profile=FR)
    assert [(r.text, r.time_start, r.time_end) for r in refs] == [(surface, start, end)]


def test_a_length_not_opened_by_a_time_stays_a_length() -> None:
    refs = find_times("La grève a commencé à 9 h et a duré six heures.", published=DAY, profile=FR)
    assert [(r.text, r.duration_minutes) for r in refs][-1] == ("six heures", 360)


# (text, surface, earliest, latest): deux jours d'un mois, et les plages voisines
DAY_PAIRS = [
    ("Le sommet a eu lieu les 3 et 4 mars.", "les 3 et 4 mars", "2021-03-03", "2021-03-04"),
    ("Les 14 et 15 juillet 2020, la ville a fêté.", "Les 14 et 15 juillet 2020", "2020-07-14",
     "2020-07-15"),
    ("Les 3 à 5 mars, le salon a fermé.", "3 à 5 mars", "2021-03-03", "2021-03-05"),
    ("Les 19-20 février, la ville était fermée.", "19-20 février", "2021-02-19", "2021-02-20"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "earliest", "latest"), DAY_PAIRS)
def test_day_pairs(text: str, surface: str, earliest: str, latest: str) -> None:
    assert (surface, earliest, latest) in _refs(text)


def test_two_counts_after_les_are_no_days() -> None:
    assert all(e == "None" for _, e, _ in _refs("Les 20 et 30 ans sont les plus touchés."))


# (text, surface, day): un jour sans année après un futur est le prochain, sauf si le dernier
# est bien plus proche ("fera appel de la décision du 2 mars", une semaine après)
TENSES = [
    ("Les élections auront lieu le 12 avril.", "12 avril", "2021-04-12"),
    ("Le scrutin s'est tenu le 12 avril.", "12 avril", "2020-04-12"),
    ("Le tribunal rendra sa décision le 22/04.", "22/04", "2021-04-22"),
    ("Il fera appel de la décision du 2 mars.", "2 mars", "2021-03-02"),
    ("Il sera en prison depuis le 2 février.", "2 février", "2021-02-02"),
]


@pytest.mark.parametrize(("text", "surface", "day"), TENSES)
def test_a_yearless_day_and_the_tense(text: str, surface: str, day: str) -> None:
    assert (surface, day, day) in _refs(text)


def test_wire_copy_four_digits_before_a_zone() -> None:
    refs = find_times("Le navire a été libéré vers 1530 GMT lundi.", published=DAY, profile=FR)
    assert [(r.text, r.clock, r.zone, str(r.earliest)) for r in refs] == [
        ("vers 1530 GMT lundi", 15 * 60 + 30, "UTC", "2021-03-08")
    ]


@pytest.mark.parametrize(
    "text", ["En 2019 à Paris, 300 personnes ont défilé.", "Le budget de 2019 à Lyon a baissé."]
)
def test_a_figure_before_a_word_is_no_clock(text: str) -> None:
    assert all(r.clock is None for r in find_times(text, published=DAY, profile=FR))


AT = "2021-03-09T10:00"  # un mardi, 10 h


def test_the_last_24_hours_from_a_stated_publication_time() -> None:
    refs = find_times("Au cours des 24 dernières heures, 40 morts.", published=AT, profile=FR)
    assert [(str(r.earliest), str(r.latest), r.time_start, r.time_end) for r in refs] == [
        ("2021-03-08", "2021-03-09", 600, 1440 + 600 + 1)
    ]


def test_24_hours_is_a_length_unless_it_closes_a_range_or_is_qualified() -> None:
    refs = find_times("Il a passé une garde à vue de 24 heures.", published=AT, profile=FR)
    assert [(r.text, r.clock, r.duration_minutes) for r in refs] == [("24 heures", None, 1440)]
    refs = find_times("Le couvre-feu court de 20 h à 24 h.", published=AT, profile=FR)
    assert [(r.time_start, r.time_end) for r in refs] == [(20 * 60, 24 * 60 + 1)]
    refs = find_times("Il a été libéré vers 24 heures.", published=AT, profile=FR)
    assert [r.clock for r in refs] == [0]


def test_a_written_weekday_picks_the_year_next_to_the_one_read() -> None:
    refs = find_times(
        "Le magasin rouvrira vendredi 1er janvier.", published="2020-12-28", profile=FR
    )
    assert [str(r.earliest) for r in refs] == ["2021-01-01"]
    # no year next to it has that weekday: the day as read (a slip of the pen is no jump)
    refs = find_times("Le séisme s'est produit vendredi 8 septembre.", published=DAY, profile=FR)
    assert [str(r.earliest) for r in refs] == ["2020-09-08"]


def test_d_ici_a_speaks_of_the_future() -> None:
    refs = find_times("D'ici fin avril, le chantier est bouclé.", published=DAY, profile=FR)
    assert [(str(r.earliest), str(r.latest)) for r in refs] == [("2021-04-16", "2021-04-30")]
    refs = find_times("D'ici à avril, le chantier est bouclé.", published=DAY, profile=FR)
    assert [str(r.earliest) for r in refs] == ["2021-04-01"]


def test_d_ici_as_a_place_is_no_future() -> None:
    refs = find_times("Il s'est arrêté à 70 km d'ici le 3 mars.", published=DAY, profile=FR)
    assert [str(r.earliest) for r in refs] == ["2021-03-03"]
    refs = find_times("Il a débarqué loin d'ici le 23 avril.", published=DAY, profile=FR)
    assert [str(r.earliest) for r in refs] == ["2020-04-23"]


def test_a_weekday_slip_keeps_the_day_read() -> None:
    # le 9 septembre 2023 était un samedi : le « vendredi » de l'article ne change pas d'année
    refs = find_times(
        "Le séisme a frappé vendredi 9 septembre.", published="2023-09-10", profile=FR
    )
    assert [str(r.earliest) for r in refs] == ["2023-09-09"]
