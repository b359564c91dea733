"""Quantités françaises sous les formes qu'écrivent les rédactions : températures,
pourcentages écrits avant leur nombre ; chaque lecture à côté de sosies qui restent autre chose."""

from __future__ import annotations

import pytest

from claimcheck.ground.quantity import find_numbers, find_quantities
from claimcheck.lang import get_profile

FR = get_profile("fr")

# texte, extrait, valeur (borne basse d'un intervalle), borne haute, unité
TEMPERATURES = [
    ("Il a fait moins 7 degrés à Strasbourg cette nuit.", "moins 7 degrés", -7, -7, "°"),
    ("Le thermomètre est tombé à -11 °C au petit matin.", "-11 °C", -11, -11, "°C"),
    ("Des températures de 19 à 23 °C sont prévues.", "de 19 à 23 °C", 19, 23, "°C"),
    ("Les maximales iront de 33 à 36°.", "de 33 à 36°", 33, 36, "°"),
    (
        "Il faisait 4 degrés en dessous de zéro à l'aube.",
        "4 degrés en dessous de zéro",
        -4,
        -4,
        "°",
    ),
    ("Les randonneurs ont subi 15 degrés sous zéro.", "15 degrés sous zéro", -15, -15, "°"),
    ("Le ressenti atteindra -6 degrés sous zéro.", "-6 degrés sous zéro", -6, -6, "°"),
    ("La canicule a porté le mercure à 42C à Nîmes.", "42C", 42, 42, "°C"),
    ("Le thermomètre affichait 101F dans le désert.", "101F", 101, 101, "°F"),
    ("Il faisait 25 degrés Fahrenheit à Chicago.", "25 degrés Fahrenheit", 25, 25, "°F"),
    ("Un réchauffement limité à 1,5 °C reste l'objectif.", "1,5 °C", 1.5, 1.5, "°C"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), TEMPERATURES)
def test_temperature_forms_fr(text: str, span: str, low: float, high: float, unit: str) -> None:
    found = [q for q in find_quantities(text, profile=FR) if q.text == span]
    assert len(found) == 1, find_quantities(text, profile=FR)
    q = found[0]
    assert (q.low, q.high, q.unit, q.kind) == (low, high, unit, "temperature")
    assert q.plausible


NOT_TEMPERATURES = [
    "Le passager du siège 14F a été évacué en premier.",
    "Elle habite l'appartement 3C, au deuxième étage.",
    "Le bâtiment 12F a fermé malgré la vague de chaleur.",
    "Les élèves de la classe 4C ont souffert de la chaleur.",
]


@pytest.mark.parametrize("text", NOT_TEMPERATURES)
def test_glued_capital_is_no_temperature_fr(text: str) -> None:
    found = find_quantities(text, profile=FR)
    assert all(q.kind != "temperature" for q in found)


PERCENT_FIRST = [
    ("pourcentage de quarante", 40),
    ("pourcent des deux cent dix", 210),
]


@pytest.mark.parametrize(("text", "value"), PERCENT_FIRST)
def test_percent_word_before_number_fr(text: str, value: float) -> None:
    for found in (find_quantities(text, profile=FR), find_numbers(text, profile=FR, bounds=True)):
        (q,) = found
        assert (q.value, q.unit, q.text) == (value, "%", text)


@pytest.mark.parametrize(
    "text",
    [
        "Le pourcentage de 25 lycées contrôlés n'a pas été publié.",
        "Il a recueilli 53 pour cent des 12 000 suffrages.",
    ],
)
def test_percent_word_before_a_count_is_no_percentage_fr(text: str) -> None:
    found = find_quantities(text, profile=FR)
    assert [q.value for q in found if q.unit == "%"] == ([53] if "53" in text else [])


# texte, extrait, valeur, unité, type : longueurs et nombres sous forme compacte
COMPACT = [
    ("Un mur de 2m de haut s'est effondré.", "2m", 2, "m", "height"),
    ("La vague a atteint une hauteur de 5m.", "5m", 5, "m", "height"),
    ("Une coque de 220m de long a été remorquée.", "220m", 220, "m", "length"),
    ("Une portion d'½ km de la route a été fermée.", "½ km", 500, "m", "length"),
    (
        "Une demi-douzaine de blessés ont été évacués.",
        "Une demi-douzaine de blessés",
        6,
        None,
        "injured",
    ),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "kind"), COMPACT)
def test_compact_forms_fr(text: str, span: str, value: float, unit: str | None, kind: str) -> None:
    found = [q for q in find_quantities(text, profile=FR) if q.text == span]
    assert len(found) == 1, find_quantities(text, profile=FR)
    assert (found[0].value, found[0].unit, found[0].kind) == (value, unit, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Il a couru le 100m en moins de dix secondes.",  # une épreuve, sans longueur nommée
        "Plus de 2m de personnes ont défilé.",  # ni mètres ni millions : rien ne le dit
    ],
)
def test_compact_look_alikes_fr(text: str) -> None:
    assert all(q.unit != "m" for q in find_quantities(text, profile=FR))


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Les deux-tiers des sièges ont changé de mains.", "deux-tiers", 200 / 3),
        ("Les trois-quarts des habitants ont fui.", "trois-quarts", 75),
    ],
)
def test_hyphenated_fractions_are_proportions_fr(text: str, span: str, value: float) -> None:
    (q,) = find_quantities(text, profile=FR)
    assert (q.text, q.unit) == (span, "%")
    assert q.value == pytest.approx(value)


def test_hyphenated_ordinals_stay_ordinals_fr() -> None:
    assert find_quantities("C'était son vingt-troisième but de la saison.", profile=FR) == []


@pytest.mark.parametrize(
    "text",
    [
        "Marseille s'est imposé 3-1 au Vélodrome.",  # un score
        "Le match s'est achevé sur un 2-2.",
        "Des dizaines de milliers de personnes ont fui la ville.",  # une multitude
    ],
)
def test_scores_and_multitudes_are_no_figures_fr(text: str) -> None:
    assert find_quantities(text, profile=FR) == []


def test_an_increasing_dash_is_still_a_range_fr() -> None:
    (q,) = find_quantities("Ils étaient 4 000-5 000 manifestants.", profile=FR)
    assert (q.low, q.high, q.kind) == (4000, 5000, "protesters")
