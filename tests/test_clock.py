"""Times of day across outlets and languages: one instant in two zones, conflicts, widths."""

from __future__ import annotations

import random
from collections.abc import Callable
from itertools import pairwise

import pytest

from claimcheck.compare import compare
from claimcheck.ground.clock import find_clocks, grammar
from claimcheck.ground.datetimes import utc_offset
from claimcheck.ground.time import find_times
from claimcheck.ground.time_values import compatible, describe
from claimcheck.lang import available, get_profile
from claimcheck.lang.time_types import PART_MODIFIERS, PARTS_OF_DAY, QUALIFIER_WIDTHS, ZONE_RULES
from claimcheck.models import Claim, Document, TimeRef

P = "2020-06-11"
Grounded = Callable[..., tuple[list[Document], list[Claim]]]


def one(text: str, lang: str) -> TimeRef:
    (ref,) = [
        r for r in find_times(text, published=P, profile=get_profile(lang)) if r.clock is not None
    ]
    return ref


def test_one_instant_in_two_zones_is_compatible() -> None:
    refs = find_times(
        "L'immeuble s'est effondré à 21 h 05 (20 h 05, heure de Paris).",
        published=P,
        profile=get_profile("fr"),
    )
    local, paris = refs
    assert (local.clock, paris.clock) == (21 * 60 + 5, 20 * 60 + 5)
    assert (local.zone, paris.zone) == (None, "Europe/Paris")  # no date: offset unknown
    assert compatible(local, paris)


def test_known_offsets_are_compared_in_utc() -> None:
    utc = one("Le satellite a été lancé à 14 h 30 GMT.", "fr")
    paris = one("The satellite was launched at 4:30 p.m. Paris time on June 10, 2020.", "en")
    later = one("The satellite was launched at 5:30 p.m. Paris time on June 10, 2020.", "en")
    assert paris.utc_offset_minutes == 120
    assert compatible(utc, paris)
    assert not compatible(utc, later)


@pytest.mark.parametrize(
    ("a", "lang_a", "b", "lang_b", "expected"),
    [
        ("Les tirs ont éclaté à 21 h 10.", "fr", "The shooting began at 9:40 p.m.", "en", False),
        ("Les tirs ont éclaté vers 21 h 30.", "fr", "The shooting began at 9:40 p.m.", "en", True),
        ("Le toit a cédé peu avant 23 h.", "fr", "The roof gave way at 11:11 p.m.", "en", False),
        ("Le toit a cédé peu avant 23 h.", "fr", "The roof gave way at 10:45 p.m.", "en", True),
        ("Le train est parti entre 14 h et 16 h.", "fr", "The train left at 3:20 p.m.", "en", True),
        (
            "Le train est parti entre 14 h et 16 h.",
            "fr",
            "The train left at 4:20 p.m.",
            "en",
            False,
        ),
        (
            "L'incendie a pris peu après minuit.",
            "fr",
            "The fire started at 11:55 p.m.",
            "en",
            False,
        ),
        ("L'incendie a pris vers minuit.", "fr", "The fire started at 11:55 p.m.", "en", True),
        (
            "La coupure a duré à partir de 23 h 10.",
            "fr",
            "The outage began at 11:40 p.m.",
            "en",
            True,
        ),
        (
            "La coupure a duré à partir de 23 h 10.",
            "fr",
            "The outage began shortly before 11 p.m.",
            "en",
            False,
        ),
        ("Le vote a eu lieu avant 22 h.", "fr", "The vote took place at 9:30 p.m.", "en", True),
        ("Le vote a eu lieu avant 22 h.", "fr", "The vote took place at 10:30 p.m.", "en", False),
    ],
)
def test_intervals_conflict_only_when_they_cannot_overlap(
    a: str, lang_a: str, b: str, lang_b: str, expected: bool
) -> None:
    assert compatible(one(a, lang_a), one(b, lang_b)) is expected


def test_night_of_two_days_holds_its_small_hours() -> None:
    night = find_times(
        "Le séisme a frappé dans la nuit de vendredi à samedi.",
        published=P,
        profile=get_profile("fr"),
    )[0]
    early = one("The quake struck at 2:10 a.m. on Saturday.", "en")
    noon = one("The quake struck at noon on Saturday.", "en")
    assert compatible(night, early)
    assert not compatible(night, noon)


def test_times_of_day_are_not_quantities(grounded: Grounded) -> None:
    _, claims = grounded([("a", "Les pompiers sont arrivés à 21 h 35 sur les lieux.", "fr", P)])
    (claim,) = claims
    assert [q.text for q in claim.quantities] == []
    assert [t.clock for t in claim.times] == [21 * 60 + 35]


def test_two_outlets_times_conflict_as_a_date_discrepancy(grounded: Grounded) -> None:
    docs, claims = grounded(
        [
            ("a", "La fusillade a éclaté mardi à 21 h 10 devant la gare.", "fr", P),
            ("b", "The shooting broke out at 9:40 p.m. on Tuesday outside the station.", "en", P),
        ]
    )
    findings = compare({"c1": claims}, claims, docs)
    (d,) = findings.discrepancies
    assert d.kind == "date"
    assert [s.value for s in d.sides] == [
        "Tuesday 9 June 2020, 9:10 p.m.",
        "Tuesday 9 June 2020, 9:40 p.m.",
    ]


def test_an_approximate_time_that_overlaps_is_no_discrepancy(grounded: Grounded) -> None:
    docs, claims = grounded(
        [
            ("a", "La fusillade a éclaté mardi vers 21 h 30 devant la gare.", "fr", P),
            ("b", "The shooting broke out at 9:40 p.m. on Tuesday outside the station.", "en", P),
        ]
    )
    assert compare({"c1": claims}, claims, docs).discrepancies == []


@pytest.mark.parametrize("lang", available())
def test_clock_patterns_fail_fast_on_junk(lang: str) -> None:
    vocab = get_profile(lang).time
    for junk in ("1" * 20_000, " " * 20_000, "h" * 20_000, "1 h " * 5_000, "à " * 5_000):
        assert find_clocks(junk, vocab) == [] or junk.startswith("1 h")
    assert grammar(vocab).patterns


JUNK = [
    "12:" * 4_000,
    "vers " * 4_000,
    "de 1 à " * 2_000,
    "entre 1 et " * 2_000,
    "from 1 to " * 2_000,
    "les années " * 2_000,
    "Q1 " * 4_000,
    "24 h de " * 2_000,
    "du 3 au " * 2_000,
    "dans la nuit de " * 1_000,
    "1990-" * 4_000,
]


@pytest.mark.parametrize("lang", available())
@pytest.mark.parametrize("junk", JUNK)
def test_junk_gives_sorted_disjoint_times(lang: str, junk: str) -> None:
    refs = find_times(junk, published=P, profile=get_profile(lang))
    assert all(a.end <= b.start for a, b in pairwise(refs))
    assert all(junk[r.start : r.end] == r.text for r in refs)


def test_a_clock_time_beside_its_night_is_the_one_compared(grounded: Grounded) -> None:
    docs, claims = grounded(
        [
            (
                "a",
                "Le glissement de terrain a frappé la vallée dans la nuit de vendredi à samedi, "
                "peu avant 23 h.",
                "fr",
                P,
            ),
            ("b", "The landslide hit the valley at 11:20 p.m. on Friday.", "en", P),
        ]
    )
    (d,) = compare({"c1": claims}, claims, docs).discrepancies
    assert d.kind == "date"
    assert sorted(s.value for s in d.sides) == [
        "5-6 June 2020, shortly before 11 p.m.",
        "Friday 5 June 2020, 11:20 p.m.",
    ]


# numbers that are no clock time, and lengths of time written like one: (text, lang, expected)
NOT_CLOCKS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("L'équipe a gagné 6-3, 6-4.", "fr", []),
    ("Le taux est passé de 3 à 4 %.", "fr", []),
    ("Il y a eu entre 20 et 25 blessés.", "fr", []),
    ("Le suspect a passé 24 h de garde à vue.", "fr", [("24 h", "1 day")]),
    ("Le hameau est à 12 heures de route.", "fr", [("12 heures", "12 hours")]),
    ("Le standard répond 24h/24.", "fr", []),
    ("Le car est reparti à 10 h de la place du marché.", "fr", [("10 h", "10 a.m.")]),
    ("Il a été condamné à 3 ans de prison.", "fr", [("3 ans", "3 years")]),
    ("A 2-1 win for the visitors.", "en", []),
    ("The suspect spent 24 hours in custody.", "en", [("24 hours", "1 day")]),
    ("The 6.2 magnitude quake was felt in 2010.", "en", [("2010", "2010")]),
    ("Residents in their 70s were evacuated.", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NOT_CLOCKS)
def test_numbers_that_are_no_clock_time(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    refs = find_times(text, published=P, profile=get_profile(lang))
    assert [(r.text, describe(r)) for r in refs] == expected


@pytest.mark.parametrize("lang", available())
def test_clock_vocabulary_is_consistent(lang: str) -> None:
    v = get_profile(lang).time
    assert set(v.clock_numbers.values()) == set(range(100))
    assert set(v.meridiem.values()) == {0, 12}
    assert set(v.qualifiers.values()) | set(v.qualifiers_after.values()) <= set(QUALIFIER_WIDTHS)
    parts = {*v.parts.values(), *v.parts_after_hour.values(), *v.relative_day_parts.values()}
    assert parts | set(v.day_edges.values()) <= set(PARTS_OF_DAY)
    assert set(v.part_modifiers.values()) <= set(PART_MODIFIERS)
    for zone_id in v.zones.values():
        assert zone_id in ZONE_RULES or zone_id == "local" or utc_offset(zone_id, None) is not None
    assert all(minutes > 0 for minutes in v.duration_units.values())
    for closers in v.range_openers.values():
        assert closers


_TOKENS = [
    "21h35",
    "9",
    "h",
    "05",
    "14H20",
    "21:35",
    "7:45",
    "p.m.",
    "am",
    "vers",
    "peu",
    "avant",
    "peu",
    "après",
    "entre",
    "et",
    "à",
    "de",
    "du",
    "au",
    "-",
    "to",
    "from",
    "between",
    "and",
    "mardi",
    "Tuesday",
    "la",
    "nuit",
    "dans",
    "la",
    "nuit",
    "de",
    "vendredi",
    "samedi",
    "soir",
    "matin",
    "morning",
    "early",
    "late",
    "on",
    "heure",
    "de",
    "Paris",
    "GMT",
    "UTC+2",
    "local",
    "time",
    "pendant",
    "trois",
    "heures",
    "48h",
    "24",
    "h",
    "de",
    "midi",
    "minuit",
    "noon",
    "midnight",
    "et",
    "demie",
    "moins",
    "le",
    "quart",
    "half",
    "past",
    "quarter",
    "to",
    "ten",
    "o'clock",
    "les",
    "années",
    "1970",
    "Q3",
    "2016",
    "T3",
    "troisième",
    "trimestre",
    "premier",
    "dimanche",
    "de",
    "juin",
    "11/2016",
    "2014-2018",
    "du",
    "3",
    "au",
    "12",
    "septembre",
    "June",
    "4",
    "-8",
    ",",
    ".",
    "(",
    ")",
    "23",
    "0",
    "12",
    "24",
    "ce",
    "soir",
    "tonight",
    "hier",
    "soir",
    "around",
    "about",
    "ish",
    "environ",
]


@pytest.mark.parametrize("lang", available())
def test_random_time_words_give_valid_sorted_symmetric_times(lang: str) -> None:
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(_TOKENS) for _ in range(rng.randint(1, 16)))
        published = rng.choice([None, "2020", "2020-06", "2020-06-11"])
        refs = find_times(text, published=published, profile=get_profile(lang))
        assert all(a.end <= b.start for a, b in pairwise(refs)), text
        assert all(text[r.start : r.end] == r.text for r in refs), text
        for a in refs:
            describe(a)
            assert all(compatible(a, b) == compatible(b, a) for b in refs), text


def test_parts_of_one_day_that_cannot_meet_conflict_and_are_named(grounded: Grounded) -> None:
    docs, claims = grounded(
        [
            ("a", "Le pont suspendu de la vallée a cédé mardi matin.", "fr", P),
            ("b", "The valley's suspension bridge gave way on Tuesday evening.", "en", P),
        ]
    )
    (d,) = compare({"c1": claims}, claims, docs).discrepancies
    assert sorted(s.value for s in d.sides) == [
        "Tuesday 9 June 2020, evening (6 p.m.-11 p.m.)",
        "Tuesday 9 June 2020, morning (6 a.m.-noon)",
    ]
