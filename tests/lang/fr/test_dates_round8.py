"""French dates read this round: a yearless day or month in a past-tense clause (passé
composé, passé simple, imparfait) is the last one, not the coming one; announcements and
unclear clauses keep the coming one: text + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

FR = get_profile("fr")
#: un mercredi ; le 24 mars tombe deux semaines après, avril est le mois qui vient
PUBLISHED = "2021-03-10"


def _days(text: str, published: str = PUBLISHED) -> list[tuple[str, str, str]]:
    return [
        (r.text, str(r.earliest), str(r.latest))
        for r in find_times(text, published=published, profile=FR)
        if r.earliest is not None
    ]


PAST = [
    ("Il est mort le 24 mars.", "24 mars", "2020-03-24"),
    ("Elle est née le 24 mars à Lyon.", "24 mars", "2020-03-24"),
    ("Le suspect a été interpellé le 24 mars.", "24 mars", "2020-03-24"),
    ("Le suspect n'a pas été entendu le 24 mars.", "24 mars", "2020-03-24"),
    ("Le sommet s'est tenu le 24 mars.", "24 mars", "2020-03-24"),
    ("La rencontre a eu lieu le mardi 24 mars.", "mardi 24 mars", "2020-03-24"),
    # ... unless its weekday says otherwise: 24 March 2021 is the Wednesday
    ("La rencontre a eu lieu le mercredi 24 mars.", "mercredi 24 mars", "2021-03-24"),
    ("Les manifestants défilèrent le 24 mars.", "24 mars", "2020-03-24"),
    ("Ils étaient partis le 24 mars.", "24 mars", "2020-03-24"),
    ("Les usines fermaient le 24 mars.", "24 mars", "2020-03-24"),
    ("La ministre a annoncé le 24 mars sa démission.", "24 mars", "2020-03-24"),
    ("Il est mort en avril.", "avril", "2020-04-01"),
]


@pytest.mark.parametrize(("text", "surface", "day"), PAST)
def test_a_past_clause_reads_the_last_such_day(text: str, surface: str, day: str) -> None:
    assert next(d for d in _days(text) if d[0] == surface)[1] == day


COMING = [
    ("L'audience aura lieu le 24 mars.", "24 mars"),
    ("Il sera jugé le 24 mars.", "24 mars"),
    ("La réunion a lieu le 24 mars.", "24 mars"),  # présent : « a lieu »
    ("Il y a une réunion le 24 mars.", "24 mars"),
    ("Il est attendu le 24 mars à Paris.", "24 mars"),
    ("Il est jugé le 24 mars.", "24 mars"),  # un passif présent, pas un passé composé
    ("Le procès a été reporté au 24 mars.", "24 mars"),
    ("Le procès a été reporté jusqu'au 24 mars.", "24 mars"),
    ("Le syndicat a annoncé une grève le 24 mars.", "24 mars"),
    ("Il a promis de revenir le 24 mars.", "24 mars"),
    ("Il a dit qu'il démissionnerait le 24 mars.", "24 mars"),
    ("Le suspect, qui a été interpellé, comparaît le 24 mars.", "24 mars"),
    ("Il a été arrêté et comparaît le 24 mars.", "24 mars"),
    ("Le chantier a duré du 2 février au 24 mars.", "24 mars"),
]


@pytest.mark.parametrize(("text", "surface"), COMING)
def test_an_announcement_or_unclear_clause_keeps_the_coming_day(text: str, surface: str) -> None:
    found = [d for d in _days(text) if surface in d[0]]
    assert found and found[0][2] == "2021-03-24", _days(text)


def test_a_past_clause_leaves_a_day_by_publication_and_a_written_year_alone() -> None:
    assert _days("Il est mort le 2 mars.")[0][1] == "2021-03-02"
    assert _days("Il est mort le 24 mars 2021.")[0][1] == "2021-03-24"
    assert _days("Le vote aura lieu en avril.")[0][1] == "2021-04-01"
    assert _days("Les ventes ont baissé en mars.")[0][1] == "2021-03-01"


def test_a_month_of_publication_bounds_the_past_by_its_last_day() -> None:
    # published some day of March 2021: 24 March may be past, 5 April may not
    assert _days("Il est mort le 24 mars.", "2021-03") == [("24 mars", "2021-03-24", "2021-03-24")]
    assert _days("Il est mort le 5 avril.", "2021-03") == [("5 avril", "2020-04-05", "2020-04-05")]
    assert _days("Il mourra le 5 avril.", "2021-03")[0][1] == "2021-04-05"


VENDREDI = "2021-03-12"


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        # des jours ouvrables : autant de jours de semaine, le week-end sauté
        ("Les fonds seront versés dans un jour ouvré.", "dans un jour ouvré", "2021-03-15"),
        ("Le dossier est traité dans cinq jours ouvrables.", "dans cinq jours ouvrables",
         "2021-03-19"),
        ("Réponse dans 3 journées de travail.", "dans 3 journées de travail", "2021-03-17"),
        ("La plainte a été déposée il y a deux jours ouvrables.", "il y a deux jours ouvrables",
         "2021-03-10"),
    ],
)  # fmt: skip
def test_business_days_skip_the_weekend(text: str, surface: str, day: str) -> None:
    assert _days(text, VENDREDI) == [(surface, day, day)]


def test_business_days_as_a_length_stay_undated() -> None:
    assert _days("Le titre a perdu 8 % en quatre jours ouvrés.", VENDREDI) == []
    assert _days("L'entreprise a dix jours ouvrables pour répondre.", VENDREDI) == []
    assert _days("Après trois jours de travail, il est reparti.", VENDREDI) == []


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        # un jour de la semaine et un quantième : le mois où ils se rencontrent, le dernier au passé
        ("Il est mort vendredi 26.", "vendredi 26", "2021-02-26"),
        ("Il arrivera vendredi 26.", "vendredi 26", "2021-03-26"),
        # un quantième seul après un futur : le prochain
        ("Le vote aura lieu le 26.", "26", "2021-03-26"),
        ("Le vote aura lieu le 5.", "5", "2021-04-05"),
        ("Le vote a eu lieu le 26.", "26", "2021-02-26"),
        ("Il est arrivé le 26.", "26", "2021-02-26"),
    ],
)
def test_a_day_number_follows_the_tense(text: str, surface: str, day: str) -> None:
    assert _days(text) == [(surface, day, day)]


def test_the_next_day_counts_from_the_event_as_in_english() -> None:
    # "next day" (en) is "le lendemain" here; "lendemain" alone only before punctuation
    def events(text: str) -> list[tuple[str, int | None]]:
        refs = find_times(text, published=PUBLISHED, profile=FR)
        return [(r.text, r.offset_days) for r in refs if r.anchor == "event"]

    assert events("Il a été libéré le lendemain.") == [("le lendemain", 1)]
    assert events("Les pourparlers ont repris le lendemain, à Genève.") == [("le lendemain", 1)]
    assert events("Un lendemain difficile pour le parti.") == []


@pytest.mark.parametrize(
    "text",
    [
        # une date à venir malgré un passé composé avant elle
        "Le juge l'a maintenu en détention en attendant sa prochaine audience le 24 mars.",
        "Le juge a fixé sa prochaine audience le 24 mars.",
    ],
)
def test_a_past_form_that_is_not_the_dates_keeps_the_coming_day(text: str) -> None:
    assert _days(text)[0][1] == "2021-03-24"


def test_a_participle_clause_in_the_past_reads_the_last_day() -> None:
    assert _days("Licencié, il a été remplacé le 24 mars.")[0][1] == "2020-03-24"


@pytest.mark.parametrize(
    ("text", "published", "first"),
    [
        # une fête ou une saison commencée après la publication : celle d'avant, au passé
        ("Il est mort à Noël.", "2021-12-10", "2020-12-25"),
        ("Il est mort à la Toussaint.", "2021-10-20", "2020-11-01"),
        ("Il reviendra à Noël.", "2021-12-10", "2021-12-25"),
        ("Les cimetières sont fleuris à la Toussaint.", "2021-10-20", "2021-11-01"),
        ("Il est mort pendant l'été.", "2021-06-10", "2020-06-21"),
        ("Le festival aura lieu pendant l'été.", "2021-06-10", "2021-06-21"),
    ],
)
def test_holidays_and_seasons_follow_the_tense(text: str, published: str, first: str) -> None:
    assert _days(text, published)[0][1] == first


def test_a_range_of_days_after_its_past_verb_is_the_last_one() -> None:
    assert _days("Les combats ont duré du 22 au 24 mars.") == [
        ("du 22 au 24 mars", "2020-03-22", "2020-03-24")
    ]
    assert _days("Ils sont morts les 23 et 24 mars.")[0][1:] == ("2020-03-23", "2020-03-24")
    # le présent garde les prochains ; « reporté au » n'est pas un intervalle
    assert _days("Le salon se tient du 22 au 24 mars.")[0][1] == "2021-03-22"
    assert _days("Le vote a été reporté au 24 mars.")[0][1] == "2021-03-24"
