"""L'âge d'une personne sous les formes de la presse : « Martin, 45 ans, », « un homme de 45 ans »,
« (27 ans) » ; chaque âge nommé est celui de son titulaire, jamais comparé à l'âge d'un autre.
À côté, les durées qui restent des durées (« une peine de 10 ans »)."""

from __future__ import annotations

import pytest

from claimcheck.ground.quantity import find_quantities
from claimcheck.ground.quantity_values import comparable, describe
from claimcheck.lang import get_profile

FR = get_profile("fr")

# texte, extrait, années, titulaire
AGES = [
    ("Paul Berthier, 45 ans, a été interpellé lundi.", "45 ans", 45, "berthier"),
    ("Paul Berthier, âgé de 45 ans, a été interpellé.", "45 ans", 45, "berthier"),
    ("Une femme de 32 ans a été blessée au bras.", "32 ans", 32, None),
    ("Le conducteur (27 ans) a été transporté à l'hôpital.", "27 ans", 27, None),
    ("Un automobiliste de 71 ans a perdu le contrôle de son véhicule.", "71 ans", 71, None),
]


@pytest.mark.parametrize(("text", "span", "years", "holder"), AGES)
def test_a_persons_age_fr(text: str, span: str, years: float, holder: str | None) -> None:
    (q,) = find_quantities(text, profile=FR)
    assert (text[q.start : q.end], q.kind, q.value, q.noun) == (span, "age", years * 12, holder)
    assert describe(q) == f"aged {years} years"


DURATIONS = [
    "Il a été condamné à une peine de 10 ans.",
    "Le maire a entamé un mandat de 6 ans.",
    "En 2019, 45 ans après la révolution, le pays a voté.",
    "Il a passé 12 ans en prison.",
]


@pytest.mark.parametrize("text", DURATIONS)
def test_other_years_stay_durations_fr(text: str) -> None:
    kinds = [q.kind for q in find_quantities(text, profile=FR) if q.unit == "month"]
    assert kinds == ["duration"]


def test_two_named_peoples_ages_never_compare_fr() -> None:
    (a,) = find_quantities("Paul Berthier, 45 ans, a été interpellé.", profile=FR)
    (b,) = find_quantities("Luc Garnier, 52 ans, a été interpellé.", profile=FR)
    (c,) = find_quantities("Paul Berthier, 46 ans, a été entendu.", profile=FR)
    (d,) = find_quantities("Un homme de 46 ans a été entendu.", profile=FR)
    assert not comparable(a, b)
    assert comparable(a, c) and comparable(a, d)  # his age, or an age nobody is named for
