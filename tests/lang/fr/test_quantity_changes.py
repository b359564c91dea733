"""« Passé de X à Y » : un chiffre qui change, pas un intervalle. La valeur lue est celle atteinte ;
après un verbe intransitif (« ont augmenté de 5 à 7 % »), « de X à Y » reste l'ampleur, un
intervalle ; et les suites de nombres, elles, lisent toujours l'intervalle."""

from __future__ import annotations

import pytest

from claimcheck.ground.quantity import find_numbers, find_quantities
from claimcheck.lang import get_profile

FR = get_profile("fr")

# texte, extrait, valeur atteinte, sorte
CHANGES = [
    ("Le nombre de morts est passé de 14 à 23 dans la nuit.", "de 14 à 23", 23, "dead"),
    ("Le bilan s'est alourdi, passant de 312 à 457 morts.", "de 312 à 457 morts", 457, "dead"),
    ("Le bilan a été revu de 61 à 58 morts mardi.", "de 61 à 58 morts", 58, "dead"),
    ("La préfecture a porté de 150 à 220 le nombre de secouristes.", "de 150 à 220", 220, None),
    ("Le taux directeur a été relevé de 3,5 à 3,75 %.", "de 3,5 à 3,75 %", 3.75, "percent"),
    ("Le chômage est passé de 7,1 à 7,4 % sur l'année.", "de 7,1 à 7,4 %", 7.4, "percent"),
]


@pytest.mark.parametrize(("text", "span", "value", "kind"), CHANGES)
def test_a_figure_changed_reads_the_figure_reached_fr(
    text: str, span: str, value: float, kind: str | None
) -> None:
    (q,) = find_quantities(text, profile=FR)
    assert text[q.start : q.end] == span
    assert (q.value, q.low, q.high, q.bound) == (value, value, value, "exact")
    if kind is not None:
        assert q.kind == kind


RANGES = [
    # l'ampleur d'une hausse, un prix qui va de... à..., un intervalle introduit par « entre »
    ("Les loyers ont augmenté de 5 à 7 % cette année.", 5, 7),
    ("Les billets vont de 15 à 40 euros.", 15, 40),
    ("Entre 3 000 et 4 000 personnes ont défilé.", 3000, 4000),
    ("Le passage de 15 à 30 minutes d'attente a irrité les voyageurs.", 15, 30),
]


@pytest.mark.parametrize(("text", "low", "high"), RANGES)
def test_other_from_to_stay_ranges_fr(text: str, low: float, high: float) -> None:
    (q,) = find_quantities(text, profile=FR)
    assert (q.bound, q.low, q.high) == ("range", low, high)


def test_number_suites_keep_the_range_fr() -> None:
    (q,) = find_numbers("Le bilan est passé de 14 à 23.", profile=FR, bounds=True)
    assert (q.bound, q.low, q.high) == ("range", 14, 23)


def test_an_adverb_of_time_is_no_counted_noun_fr() -> None:
    text = "La magnitude a été estimée à 6,9 (elle était de 7 auparavant)."
    nouns = [q.noun for q in find_quantities(text, profile=FR)]
    assert "auparavant" not in nouns
