"""A claim that contradicts itself: a weekday its own date does not fall on (`compare_self`)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.compare import compare
from claimcheck.judge import judge
from claimcheck.models import Claim, Document
from claimcheck.provenance import weigh

Grounded = Callable[..., tuple[list[Document], list[Claim]]]

# (text, language, publication, the weekday it names, the day of the week its date falls on)
WRONG = [
    ("Le barrage de Varenne a cédé vendredi 9 septembre, selon la préfecture.", "fr",
     "2023-09-11", "Friday", "Saturday"),
    ("Le procès s'ouvrira le lundi 10 juin devant la cour d'assises.", "fr", "2025-06-02",
     "Monday", "Tuesday"),
    ("The dam at Varenne gave way on Friday, September 9, officials said.", "en", "2023-09-11",
     "Friday", "Saturday"),
    ("The trial will open on Monday, June 11 at the county court.", "en", "2024-06-03",
     "Monday", "Tuesday"),
]  # fmt: skip
RIGHT = [
    ("Le barrage de Varenne a cédé vendredi 8 septembre, selon la préfecture.", "fr", "2023-09-11"),
    ("Le procès s'ouvrira le lundi 10 juin 2024 devant la cour d'assises.", "fr", "2024-05-02"),
    ("The dam at Varenne gave way on Friday, September 8, officials said.", "en", "2023-09-11"),
    ("The trial opened on Tuesday at the county court.", "en", "2024-06-13"),
]


@pytest.mark.parametrize(("text", "lang", "published", "named", "actual"), WRONG)
def test_a_weekday_its_date_is_not_on_is_a_contradiction(
    grounded: Grounded, text: str, lang: str, published: str, named: str, actual: str
) -> None:
    docs, claims = grounded([("a", text, lang, published)])
    (claim,) = claims
    (ref,) = [t for t in claim.times if t.weekday_unmatched is not None]
    assert ref.earliest is not None and ref.earliest.strftime("%A") == actual
    findings = compare({"c1": claims}, claims, docs)  # one outlet: nobody else is needed
    (d,) = findings.discrepancies
    assert d.kind == "date"
    assert [s.claim_ids for s in d.sides] == [("a#1",), ("a#1",)]
    assert [s.value for s in d.sides][1] == named
    assert d.sides[0].value.startswith(actual)
    assert f"names a {named}" in d.explanation and f"is a {actual}" in d.explanation
    judged, clusters = judge({"c1": claims}, findings.discrepancies, findings.updates)
    assert judged[0].status == "conflicting" and clusters[0].status == "conflicting"
    (weighed,), _ = weigh(findings.discrepancies, [], {}, docs)
    assert weighed.explanation == d.explanation  # one claim on both sides: nothing to weigh
    assert [s.outlets for s in weighed.sides] == [1, 1]


@pytest.mark.parametrize(("text", "lang", "published"), RIGHT)
def test_a_weekday_that_fits_its_date_is_no_contradiction(
    grounded: Grounded, text: str, lang: str, published: str
) -> None:
    docs, claims = grounded([("a", text, lang, published)])
    assert all(t.weekday_unmatched is None for c in claims for t in c.times)
    assert compare({"c1": claims}, claims, docs).discrepancies == []
