"""French years without their preposition, a weekday with its day number before an hour, a
late or early part of a dated day, a time of day on the half its part of the day names; and
look-alikes that stay counts: text + publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

FR = get_profile("fr")
DAY = "2021-03-09"  # un mardi


def _years(text: str) -> list[tuple[str, str, str]]:
    return [
        (r.text, str(r.earliest), str(r.latest))
        for r in find_times(text, published=DAY, profile=FR)
        if r.granularity == "year"
    ]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Le tsunami de 2011 a inondé la côte.", "2011"),
        ("La réforme de 2019 sur les retraites est contestée.", "2019"),
        ("Les Jeux de 2024 auront lieu en été.", "2024"),
        ("Le ministre a évoqué la crise de 2008.", "2008"),
        ("Les inondations de 2013, puis celles de 2016, ont coûté cher.", "2013"),
    ],
)
def test_a_year_without_its_preposition(text: str, year: str) -> None:
    assert _years(text)[0] == (year, f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Les ventes ont chuté en 2007 et 2009.", ["2007", "2009"]),
        ("Des élections ont eu lieu en 2012, 2017 et 2022.", ["2012", "2017", "2022"]),
        ("En 2019, 1873 personnes sont mortes.", ["2019"]),  # un compte après l'année
    ],
)
def test_a_list_of_years(text: str, years: list[str]) -> None:
    assert [surface for surface, _, _ in _years(text)] == years


@pytest.mark.parametrize(
    "text",
    [
        "Une foule de 2000 personnes s'est rassemblée.",  # une centaine ronde : un compte
        "Une amende de 1873 euros a été infligée.",  # un compte avant son nom
        "Le nombre de victimes est de 1873.",  # une mesure
        "Le bilan s'élève à un total de 1873.",
        "Une hausse de 1987 emplois a été enregistrée.",
        "Le chômage est passé à 7 %.",
        "Il roulait sur une moto de 1250 cm3.",
    ],
)
def test_numbers_stay_counts(text: str) -> None:
    assert _years(text) == []


def _times(text: str) -> list[tuple[str, str, int | None, int | None, int | None]]:
    return [
        (r.text, str(r.earliest), r.clock, r.time_start, r.time_end)
        for r in find_times(text, published=DAY, profile=FR)
    ]


def test_a_weekday_and_its_day_before_an_hour() -> None:
    # "jeudi 18 à 20 h" was a range from 18 h to 20 h on the nearest Thursday
    assert _times("Le conseil se réunira jeudi 18 à 20 h.") == [
        ("jeudi 18 à 20 h", "2021-03-18", 20 * 60, 20 * 60, 20 * 60 + 1)
    ]
    # ... an opener still makes it a range
    assert _times("Le conseil se réunira jeudi de 18 à 20 h.") == [
        ("jeudi de 18 à 20 h", "2021-03-11", 18 * 60, 18 * 60, 20 * 60 + 1)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("L'explosion a eu lieu tard lundi matin.", "tard lundi matin", 9 * 60, 12 * 60),
        ("Les tirs ont éclaté tôt lundi après-midi.", "tôt lundi après-midi", 12 * 60, 15 * 60),
        ("Le feu a repris tard lundi soir.", "tard lundi soir", 18 * 60, 24 * 60),
    ],
)
def test_an_edge_of_a_dated_part(text: str, surface: str, start: int, end: int) -> None:
    assert _times(text) == [(surface, "2021-03-08", None, start, end)]


@pytest.mark.parametrize(
    ("text", "surface", "clock"),
    [
        ("Il a été blessé à 7 h 30 dimanche soir.", "7 h 30 dimanche soir", 19 * 60 + 30),
        ("Le scrutin a fermé dimanche soir à 8 h.", "dimanche soir à 8 h", 20 * 60),
        ("Il est rentré dimanche soir vers 9 h 30.", "dimanche soir vers 9 h 30", 21 * 60 + 30),
    ],
)
def test_a_part_of_the_day_puts_a_time_on_its_half(text: str, surface: str, clock: int) -> None:
    refs = find_times(text, published=DAY, profile=FR)
    assert [(r.text, str(r.earliest), r.clock) for r in refs] == [(surface, "2021-03-07", clock)]


def test_a_time_on_a_24_hour_clock_is_kept() -> None:
    refs = find_times("Le scrutin a fermé dimanche matin à 8 h.", published=DAY, profile=FR)
    assert [r.clock for r in refs if r.clock is not None] == [8 * 60]


@pytest.mark.parametrize(
    ("text", "surface", "clock"),
    [
        # "10 à 8 heures" was a range from 10 a.m., the week's number its start
        ("Les soldes débutent la semaine 10 à 8 heures.", "8 heures", 8 * 60),
        ("Jour 12 - 18 h : les secours ont atteint le village.", "18 h", 18 * 60),
    ],
)
def test_a_numbered_week_or_day_opens_no_range(text: str, surface: str, clock: int) -> None:
    refs = find_times(text, published=DAY, profile=FR)
    assert [(r.text, r.time_start, r.time_end) for r in refs] == [(surface, clock, clock + 1)]


def test_a_range_of_hours_after_its_opener_stays() -> None:
    refs = find_times("Le magasin ouvre de 10 à 20 heures.", published=DAY, profile=FR)
    assert [(r.time_start, r.time_end) for r in refs] == [(10 * 60, 20 * 60 + 1)]


def test_a_time_of_day_joins_a_day_counted_from_the_story() -> None:
    # "8 h" took the text's only date, 5 March, when "le lendemain" is the 6th
    text = "Le vote a eu lieu le 5 mars. Le lendemain à 8 h, les résultats sont tombés."
    refs = find_times(text, published=DAY, profile=FR)
    assert [(r.text, r.anchor, r.offset_days, str(r.earliest), r.clock) for r in refs] == [
        ("5 mars", "publication", None, "2021-03-05", None),
        ("Le lendemain à 8 h", "event", 1, "None", 8 * 60),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "day", "clock"),
    [
        # "demain" was lost: "après-midi à 15 h" took the part, the relative day with it
        ("Le ministre parlera demain après-midi à 15 h.", "demain après-midi à 15 h", 10, 900),
        ("Le ministre a parlé cette après-midi vers 3 h.", "cette après-midi vers 3 h", 9, 900),
        ("Le ministre a parlé cette matinée.", "cette matinée", 9, None),
    ],
)
def test_a_relative_day_with_its_part_and_time(
    text: str, surface: str, day: int, clock: int | None
) -> None:
    refs = find_times(text, published=DAY, profile=FR)
    assert [(r.text, str(r.earliest), r.clock) for r in refs] == [
        (surface, f"2021-03-{day:02d}", clock)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "first", "last"),
    [
        ("Les ventes ont chuté de 3 % sur les trois mois à fin septembre.",
         "sur les trois mois à fin septembre", "2020-07-01", "2020-09-30"),
        ("Les prix ont augmenté de 2,1 % sur un an à fin février.", "sur un an à fin février",
         "2020-03-01", "2021-02-28"),
        ("Le chômage a reculé sur les douze mois achevés fin janvier.",
         "sur les douze mois achevés fin janvier", "2020-02-01", "2021-01-31"),
    ],
)  # fmt: skip
def test_a_count_of_units_to_a_date(text: str, surface: str, first: str, last: str) -> None:
    assert [
        (r.text, str(r.earliest), str(r.latest))
        for r in find_times(text, published=DAY, profile=FR)
    ] == [(surface, first, last)]


def test_a_delay_to_a_date_is_that_date() -> None:
    refs = find_times("Le lancement a été repoussé de trois mois à septembre.", published=DAY,
                      profile=FR)  # fmt: skip
    assert [(r.text, str(r.earliest)) for r in refs] == [
        ("trois mois", "None"),
        ("septembre", "2020-09-01"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "last", "start", "end"),
    [
        # said on a Tuesday: "mercredi" was the Wednesday before, two refs
        ("Les heurts ont duré de mardi soir à mercredi matin.", "mardi soir à mercredi matin",
         "2021-03-10", 18 * 60, 1440 + 12 * 60),
        ("Entre samedi soir et dimanche matin, 40 interpellations.",
         "samedi soir et dimanche matin", "2021-03-07", 18 * 60, 1440 + 12 * 60),
    ],
)  # fmt: skip
def test_a_range_from_one_part_of_a_day_to_another(
    text: str, surface: str, last: str, start: int, end: int
) -> None:
    refs = find_times(text, published=DAY, profile=FR)
    assert [(r.text, str(r.latest), r.time_start, r.time_end) for r in refs] == [
        (surface, last, start, end)
    ]


def test_two_parts_without_an_opener_stay_two() -> None:
    refs = find_times("Le mardi soir et le mercredi matin, il pleuvait.", published=DAY,
                      profile=FR)  # fmt: skip
    assert [r.part_of_day for r in refs] == ["evening", "morning"]


def test_since_the_start_of_the_year_as_year_to_date() -> None:
    # French says "depuis le début de l'année" for "year to date": the same days
    refs = find_times("L'action a perdu 20 % depuis le début de l'année.", published=DAY,
                      profile=FR)  # fmt: skip
    assert [(str(r.earliest), str(r.latest)) for r in refs] == [("2021-01-01", "2021-03-09")]


def test_the_eve_with_its_part_of_the_day() -> None:
    # "soir" alone took the text's only date, 5 March, when "la veille" is the 4th
    text = "Le vote a eu lieu le 5 mars. La veille au soir, des heurts avaient éclaté."
    refs = find_times(text, published=DAY, profile=FR)
    assert [(r.text, r.anchor, r.offset_days, r.part_of_day) for r in refs] == [
        ("5 mars", "publication", None, None),
        ("La veille", "event", -1, "evening"),
    ]
    # ... and "la veille" before any other word is still no day
    assert find_times("Il préparait la veille sanitaire.", published=DAY, profile=FR) == []
