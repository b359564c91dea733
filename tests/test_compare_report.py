"""compare_report: a time that dates the report of a fact (a toll, a bulletin, a statement) is
never compared as the fact's time; a later report of a count is an update."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.compare import compare
from claimcheck.compare_report import report_moment, report_time
from claimcheck.models import Claim, Document

Grounded = Callable[..., tuple[list[Document], list[Claim]]]
DAY = "2024-05-12"  # a Sunday


@pytest.mark.parametrize(
    ("text", "lang", "time", "reported"),
    [
        # the time of the toll, the bulletin, the statement: the report's
        (
            "La tempête a fait 14 morts, selon un bilan publié samedi vers 21h00.",
            "fr",
            "samedi vers 21h00",
            True,
        ),
        (
            "L'incendie a détruit 300 hectares, selon le dernier bilan officiel de la "
            "préfecture du Var, samedi soir.",
            "fr",
            "samedi",
            True,
        ),
        (
            "Les crues ont fait 6 morts, d'après les chiffres en date du 10 mai.",
            "fr",
            "10 mai",
            True,
        ),
        (
            "The storm killed 14 people, according to a toll released on Saturday at 9 p.m.",
            "en",
            "Saturday at 9 p.m.",
            True,
        ),
        (
            "The fire burnt 300 hectares, according to official figures updated late on Saturday.",
            "en",
            "late on Saturday",
            True,
        ),
        (
            "In a statement issued on Friday, the ministry said 40 schools were closed.",
            "en",
            "on Friday",
            True,
        ),
        # a verb of saying right before a date dates the statement
        (
            "The bridge will stay closed, the regional council said Wednesday.",
            "en",
            "Wednesday",
            True,
        ),
        ("The ship ran aground, its operator said on Thursday.", "en", "on Thursday", True),
        (
            "Le pont restera fermé, a déclaré mercredi le conseil régional.",
            "fr",
            "mercredi",
            True,
        ),
        ("« Nous sommes prêts », a-t-il précisé jeudi.", "fr", "jeudi", True),
        # look-alikes: the time of the fact itself
        ("The council said the bridge collapsed on Wednesday.", "en", "on Wednesday", False),
        (
            "Le maire a annoncé mercredi la fermeture du pont.",
            "fr",
            "mercredi",
            False,
        ),
        (
            "Le séisme s'est produit vendredi à 23h11, heure locale.",
            "fr",
            "vendredi à 23h11",
            False,
        ),
        ("Le bilan s'est alourdi samedi, selon les secours.", "fr", "samedi", False),
        (
            "Le rapport, qui a été remis au ministre vendredi, recommande dix mesures.",
            "fr",
            "vendredi",
            False,
        ),
        ("The earthquake struck on Friday at 11:11 p.m. local time.", "en", "Friday", False),
        ("The statement said the bridge collapsed on Friday.", "en", "on Friday", False),
        ("The death toll climbed on Saturday, rescuers said.", "en", "on Saturday", False),
    ],
)
def test_report_time(grounded: Grounded, text: str, lang: str, time: str, reported: bool) -> None:
    _, claims = grounded([("a", text, lang, DAY)])
    (claim,) = claims
    refs = [t for t in claim.times if time in t.text or t.text in time]
    assert refs, [t.text for t in claim.times]
    assert [report_time(claim, t) for t in refs] == [reported] * len(refs)


def test_two_tolls_given_at_different_hours_do_not_conflict_on_the_fact_time(
    grounded: Grounded,
) -> None:
    docs, claims = grounded(
        [
            (
                "a",
                "La tempête qui a frappé la côte vendredi soir a fait 14 morts, selon un bilan "
                "publié samedi vers 21h00.",
                "fr",
                DAY,
            ),
            (
                "b",
                "The storm that hit the coast on Friday evening killed 14 people, according "
                "to a toll released on Saturday at 10 a.m.",
                "en",
                DAY,
            ),
        ]
    )
    findings = compare({"c1": claims}, claims, docs)
    assert [d.kind for d in findings.discrepancies] == []


def test_the_fact_time_is_still_compared_beside_a_report_time(grounded: Grounded) -> None:
    docs, claims = grounded(
        [
            (
                "a",
                "La tempête qui a frappé la côte vendredi soir a fait 14 morts, selon un bilan "
                "publié samedi vers 21h00.",
                "fr",
                DAY,
            ),
            (
                "b",
                "The storm that hit the coast on Thursday evening killed 14 people, according "
                "to a toll released on Saturday at 9 p.m.",
                "en",
                DAY,
            ),
        ]
    )
    findings = compare({"c1": claims}, claims, docs)
    (d,) = findings.discrepancies
    assert d.kind == "date"
    assert sorted(e for s in d.sides for e in s.evidence) == ["Thursday", "vendredi"]


def test_a_later_toll_of_the_same_day_is_an_update(grounded: Grounded) -> None:
    docs, claims = grounded(
        [
            ("a", "La tempête a fait 9 morts, selon un bilan publié samedi vers 10h00.", "fr", DAY),
            (
                "b",
                "The storm killed 14 people, according to a toll released on Saturday at 9 p.m.",
                "en",
                DAY,
            ),
        ]
    )
    assert [report_moment(c) is not None for c in claims] == [True, True]
    findings = compare({"c1": claims}, claims, docs)
    assert findings.discrepancies == []
    (u,) = findings.updates
    assert (u.earlier.document_ids, u.later.document_ids) == (("a",), ("b",))


def test_same_day_tolls_without_report_times_still_conflict(grounded: Grounded) -> None:
    docs, claims = grounded(
        [
            ("a", "La tempête a fait 9 morts samedi sur la côte.", "fr", DAY),
            ("b", "The storm killed 14 people on the coast on Saturday.", "en", DAY),
        ]
    )
    findings = compare({"c1": claims}, claims, docs)
    assert findings.updates == []
    assert [d.kind for d in findings.discrepancies] == ["number"]
