"""comparable, compatible and describe; every profile's number vocabulary; speed."""

from __future__ import annotations

import time

import pytest

from claimcheck.ground.quantity import find_quantities
from claimcheck.ground.quantity_values import comparable, compatible, describe, role
from claimcheck.lang import available, get_profile
from claimcheck.lang.number_types import (
    COUNT_KINDS,
    DEGREE_KINDS,
    EVENT_KINDS,
    MEMBER_KIND,
    PERSON_KINDS,
    UNIT_KINDS,
    NumberVocabulary,
)
from claimcheck.models import Bound, Quantity

FR, EN = get_profile("fr"), get_profile("en")


def _q(text: str, lang: str = "en") -> Quantity:
    (found,) = find_quantities(text, profile=get_profile(lang))
    return found


# (text a, lang a), (text b, lang b), compatible?
PAIRS = [
    (("4,4 milliards de dollars", "fr"), ("$4.38 billion", "en"), True),
    (("4,4 milliards de dollars", "fr"), ("$4.5 billion", "en"), False),
    (("4 milliards de dollars", "fr"), ("$4.38 billion", "en"), True),
    (("$4.4 billion", "en"), ("4,4 milliards de dollars", "fr"), True),
    (("45 people", "en"), ("47 people", "en"), False),
    (("45 morts", "fr"), ("45 morts", "fr"), True),
    (("about 45 people", "en"), ("47 people", "en"), True),
    (("environ 100 personnes", "fr"), ("112 personnes", "fr"), False),
    (("environ 100 personnes", "fr"), ("108 personnes", "fr"), True),
    (("at least 40 dead", "en"), ("45 dead", "en"), True),
    (("at least 40 dead", "en"), ("39 dead", "en"), False),
    (("nearly 2,000", "en"), ("1,950", "en"), True),
    (("nearly 2,000", "en"), ("2,100", "en"), False),
    (("plus de 3 000 manifestants", "fr"), ("3,500", "en"), True),
    (("plus de 3 000", "fr"), ("2 500", "fr"), False),
    (("moins de 50", "fr"), ("49", "fr"), True),
    (("moins de 50", "fr"), ("52", "fr"), False),
    (("up to 10", "en"), ("at least 10", "en"), True),
    (("entre 10 000 et 12 000", "fr"), ("11,000", "en"), True),
    (("entre 10 000 et 12 000", "fr"), ("13,000", "en"), False),
    (("un an et demi", "fr"), ("18 months", "en"), True),
    (("dix-huit mois", "fr"), ("one and a half years", "en"), True),
    (("18 mois", "fr"), ("2 years", "en"), False),
    (("30 %", "fr"), ("30 percent", "en"), True),
    (("30 %", "fr"), ("35 percent", "en"), False),
    (("40 morts", "fr"), ("$40 billion", "en"), True),  # not comparable
    (("1,5 million d'euros", "fr"), ("1.5 million dollars", "en"), True),  # not comparable
    (("3 millions de personnes", "fr"), ("3.2 million people", "en"), True),
    # temperatures across scales, each widened by half its last digit before converting
    (("104 °F", "en"), ("40 °C", "fr"), True),
    (("100°F", "en"), ("38 °C", "fr"), True),
    (("95 degrees Fahrenheit", "en"), ("40 °C", "fr"), False),
    (("-40 °F", "en"), ("-40 °C", "fr"), True),
]


@pytest.mark.parametrize(("a", "b", "expected"), PAIRS)
def test_quantity_compatible(a: tuple[str, str], b: tuple[str, str], expected: bool) -> None:
    qa, qb = _q(*a), _q(*b)
    assert compatible(qa, qb) is expected
    assert compatible(qb, qa) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (("40 morts", "fr"), ("45 morts", "fr"), True),
        (("40 morts", "fr"), ("40 blessés", "fr"), False),
        (("40 personnes", "fr"), ("40 personne", "fr"), True),
        (("40 salariés", "fr"), ("40 salaries", "en"), True),
        (("40", "fr"), ("40 dead", "en"), False),  # a bare figure may count anything
        (("40", "fr"), ("45", "en"), True),
        (("$4 billion", "en"), ("4 milliards d'euros", "fr"), False),
        (("18 months", "en"), ("18 days", "en"), False),
        (("30 %", "fr"), ("30", "fr"), False),
        # a group's members, in either language, compare with each other only
        (("une équipe de 40 membres", "fr"), ("a team of 45 members", "en"), True),
        (("60 éléments de la sécurité civile", "fr"), ("66 members", "en"), True),
        (("a delegation of 12 members", "en"), ("12 membres", "fr"), True),
        (("une équipe de 40 membres", "fr"), ("45 rescuers", "en"), False),
        (("99 alleged gang members", "en"), ("1,200 police", "en"), False),
        (("40 membres", "fr"), ("40 morts", "fr"), False),
        (("40 members", "en"), ("40 vehicles", "en"), False),
        (("40 members", "en"), ("40 people", "en"), False),
        (("104 °F", "en"), ("40 °C", "fr"), True),
        (("38 degrés", "fr"), ("100 °F", "en"), False),  # degrees of no stated scale
    ],
)
def test_quantity_comparable(a: tuple[str, str], b: tuple[str, str], expected: bool) -> None:
    assert comparable(_q(*a), _q(*b)) is expected


@pytest.mark.parametrize(
    ("text", "lang", "label"),
    [
        ("$4.4 billion", "en", "$4.4 billion"),
        ("4,4 milliards de dollars", "fr", "$4.4 billion"),
        ("at least 40 dead", "en", "at least 40 dead"),
        ("18 months", "en", "18 months"),
        ("un an et demi", "fr", "18 months"),
        ("deux ans", "fr", "2 years"),
        ("two weeks", "en", "2 weeks"),
        ("between 10,000 and 12,000", "en", "between 10,000 and 12,000"),
        ("entre 10 000 et 12 000 manifestants", "fr", "between 10,000 and 12,000 manifestants"),
        ("nearly 2,000 people", "en", "nearly 2,000 people"),
        ("environ 300 salariés", "fr", "about 300 salariés"),
        ("plus de 3 000", "fr", "more than 3,000"),
        ("jusqu'à 10 %", "fr", "up to 10%"),
        ("fewer than 40", "en", "less than 40"),
        ("3 millions d'euros", "fr", "€3 million"),
        ("2 millions de francs suisses", "fr", "2 million CHF"),
        ("4,5 %", "fr", "4.5%"),
    ],
)
def test_quantity_describe(text: str, lang: str, label: str) -> None:
    assert describe(_q(text, lang)) == label


def test_quantity_compatible_without_text() -> None:
    a = Quantity(text="", start=0, end=0, value=4.4e9, unit="USD", dimension="money")
    b = Quantity(text="", start=0, end=0, value=4.38e9, unit="USD", dimension="money")
    assert compatible(a, b)
    bound: Bound = "at_least"
    c = Quantity(text="", start=0, end=0, value=40, low=40, bound=bound)
    assert compatible(c, Quantity(text="", start=0, end=0, value=41))
    assert not compatible(c, Quantity(text="", start=0, end=0, value=39))


@pytest.mark.parametrize("code", available())
def test_quantity_vocabulary_valid(code: str) -> None:
    """Every profile fills its number tables with well-formed, canonical entries."""
    numbers = get_profile(code).numbers
    assert isinstance(numbers, NumberVocabulary)
    assert numbers.text2num_lang
    assert numbers.scales and all(v >= 10 for v in numbers.scales.values())
    assert all(v >= 10 for v in numbers.currency_scales.values())
    tables = [numbers.scales, numbers.currencies, numbers.percents, numbers.durations]
    tables += [numbers.bounds, numbers.post_bounds, numbers.currency_prefixes, numbers.measures]
    for table in tables:
        assert all(key == key.lower().strip() and key for key in table)
    for iso in [*numbers.currencies.values(), *numbers.currency_prefixes.values()]:
        assert len(iso) == 3 and iso.isupper()
    assert set(numbers.percents.values()) <= {"%", "pp"}
    assert {unit for unit, _ in numbers.durations.values()} <= {
        "month",
        "day",
        "hour",
        "minute",
        "second",
    }
    assert all(
        factor > 0 for _, factor in [*numbers.durations.values(), *numbers.measures.values()]
    )
    assert all(opener or connector for opener, connector in numbers.ranges)
    assert numbers.halves and numbers.ones and numbers.links and numbers.months
    assert {"$", "€", "£"} <= set(numbers.currency_prefixes)
    # every duration and percent word is found after a number
    for word in [*numbers.durations, *numbers.percents]:
        found = find_quantities(f"12 {word}", profile=get_profile(code))
        assert len(found) == 1 and found[0].dimension in ("duration", "percent"), word


@pytest.mark.parametrize(
    "text",
    ["7" * 50_000, "1 " * 25_000, "." * 50_000, "," * 50_000, "1," * 25_000, "1.1 " * 12_500],
    ids=["digits", "one-space", "dots", "commas", "one-comma", "decimals"],
)
@pytest.mark.parametrize("code", available())
def test_quantity_no_backtracking(text: str, code: str) -> None:
    began = time.thread_time()
    find_quantities(text, profile=get_profile(code))
    assert time.thread_time() - began < 1.0


# across languages: (text a, lang a), (text b, lang b), comparable?, compatible?
KIND_PAIRS = [
    (("300 secouristes", "fr"), ("About 450 rescuers", "en"), True, False),
    (("300 secouristes", "fr"), ("three hundred rescuers", "en"), True, True),
    (("près de 300 secouristes", "fr"), ("about 300 rescuers", "en"), True, True),
    (("12 morts", "fr"), ("12 people were killed", "en"), True, True),
    (("12 morts", "fr"), ("12 dead", "en"), True, True),
    (("12 morts", "fr"), ("15 dead", "en"), True, False),
    (("12 morts", "fr"), ("40 blessés", "fr"), False, True),
    (("12 dead", "en"), ("12 injured", "en"), False, True),
    (("entre 20 000 et 25 000 personnes", "fr"), ("22,000 people", "en"), True, True),
    (("between 20,000 and 25,000 people", "en"), ("30 000 personnes", "fr"), True, False),
    (("$4.4bn", "en"), ("4,4 milliards de dollars", "fr"), True, True),
    (("2,5 Md€", "fr"), ("2.5 billion euros", "en"), True, True),
    (("2,5 Md€", "fr"), ("3.5 billion euros", "en"), True, False),
    (("une tour de 120 mètres", "fr"), ("a 120-metre tower", "en"), True, True),
    (("séisme de magnitude 6,8", "fr"), ("a 6.8-magnitude quake", "en"), True, True),
    (("une magnitude de 62", "fr"), ("a 6.2 magnitude quake", "en"), True, False),
    (("un séisme de magnitude 7", "fr"), ("a magnitude 6.8 earthquake", "en"), True, False),
    (("un séisme de magnitude 7,0", "fr"), ("a magnitude 7 earthquake", "en"), True, True),
    (("un séisme de magnitude 7 environ", "fr"), ("a 6.8-magnitude quake", "en"), True, True),
    (("a quake of about magnitude 7", "en"), ("une magnitude de 6,8", "fr"), True, True),
    (("une hausse de 7 %", "fr"), ("a 6.8% rise", "en"), True, True),
    (("un homme de 30 ans", "fr"), ("a 30-year-old man", "en"), True, True),  # two ages
    (("deux tiers des votants", "fr"), ("67% of voters", "en"), True, True),
    (("500 habitants ont été évacués", "fr"), ("500 residents were evacuated", "en"), True, True),
    (("12 people were killed", "en"), ("12 people were arrested", "en"), False, True),
]


@pytest.mark.parametrize(("a", "b", "same", "expected"), KIND_PAIRS)
def test_quantity_kinds_across_languages(
    a: tuple[str, str], b: tuple[str, str], same: bool, expected: bool
) -> None:
    qa = next(q for q in find_quantities(a[0], profile=get_profile(a[1])))
    qb = next(q for q in find_quantities(b[0], profile=get_profile(b[1])))
    assert comparable(qa, qb) is same
    assert compatible(qa, qb) is expected
    assert compatible(qb, qa) is expected


def test_quantity_resolution_is_for_comparison_only() -> None:
    """A whole magnitude is a disagreement to show, but no sign of another event: the event
    gate compares written digits alone."""
    whole, tenth = _q("magnitude 7", "en"), _q("une magnitude de 6,8", "fr")
    assert not compatible(whole, tenth)
    assert compatible(whole, tenth, resolution=False)
    assert not compatible(_q("magnitude 7", "en"), _q("magnitude 7.6", "en"), resolution=False)


def test_quantity_implausible_never_corroborates() -> None:
    typo = _q("une magnitude de 62", "fr")
    assert not typo.plausible and describe(typo) == "magnitude 62 (implausible for a magnitude)"
    assert not compatible(typo, _q("magnitude 62", "en").model_copy(update={"plausible": True}))


def test_quantity_role_is_shared_across_languages() -> None:
    assert role(_q("300 secouristes", "fr")) == role(_q("three hundred rescuers", "en"))
    assert role(_q("12 morts", "fr")) == role(_q("12 people were killed", "en"))
    assert role(_q("12 morts", "fr")) != role(_q("12 blessés", "fr"))
    assert role(_q("40 gizmos", "en")) == ("count", None, "gizmo")  # unknown noun: folded


@pytest.mark.parametrize("code", available())
def test_quantity_kind_tables_valid(code: str) -> None:
    """Every kind a language names is a known kind; every word of its tables is lower-case."""
    numbers = get_profile(code).numbers
    kinds = numbers.kinds
    named = {*kinds.nouns, *kinds.phrases, *kinds.before, *kinds.after, *kinds.subjects}
    assert named <= COUNT_KINDS and MEMBER_KIND in PERSON_KINDS
    assert EVENT_KINDS <= COUNT_KINDS and PERSON_KINDS <= COUNT_KINDS
    assert not EVENT_KINDS & PERSON_KINDS
    assert {"dead", "injured", "missing", "displaced", "arrested", "rescuers"} <= set(kinds.nouns)
    tables = [*kinds.nouns.values(), *kinds.phrases.values(), *kinds.before.values()]
    for words in [*tables, *kinds.subjects.values(), kinds.subject_links]:
        assert all(w == w.lower().strip() and w for w in words)
    assert all(unit in UNIT_KINDS for unit, _ in numbers.measures.values())
    assert all(unit in UNIT_KINDS for unit, _ in numbers.left_units.values())
    assert {*kinds.degree_after, *kinds.degree_before} == DEGREE_KINDS
    for words in [*kinds.degree_after.values(), *kinds.degree_before.values()]:
        assert all(w == w.lower().strip() and w for w in words)
    # every lemma of the noun table reads as its kind after a number, in that language
    for kind, words in kinds.nouns.items():
        for word in words:
            found = find_quantities(f"12 {word}", profile=get_profile(code))
            assert found and found[0].kind == kind, (word, found)
