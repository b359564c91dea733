"""English polarity: pairs of claims of one fact that oppose, and pairs that only look so."""

from __future__ import annotations

import pytest

from claimcheck.models import Claim
from claimcheck.polarity import opposed, reversal


def claim(text: str, doc: str) -> Claim:
    return Claim(
        id=f"{doc}#1",
        document_id=doc,
        start=0,
        end=len(text),
        text=text,
        normalized=text,
        sentence=0,
        lang="en",
    )


OPPOSED = [
    (
        "The driver of the lorry was arrested at the scene on Sunday.",
        "The driver of the lorry was not arrested at the scene.",
        "not arrested",
    ),
    (
        "The port authority confirmed that the ferry had left Northbridge.",
        "The port authority denied that the ferry had left Northbridge.",
        "denied",
    ),
    (
        "The council accepted the offer from the Northbridge developers.",
        "The council rejected the offer from the Northbridge developers.",
        "rejected",
    ),
    (
        "The club's owners have sold the stadium to the city.",
        "The club's owners haven't sold the stadium to the city.",
        "n't sold",
    ),
    (
        "The mayor says the strike is legal under the new law.",
        "The mayor says the strike is illegal under the new law.",
        "is illegal",
    ),
]

COMPATIBLE = [
    (
        "The flood hit the low-lying districts of Northbridge.",
        "The flood hit not only the low-lying districts of Northbridge.",
    ),
    (
        "The minister signed the order after consulting the council.",
        "The minister did not sign the order without consulting the council.",
    ),
    (
        "Police did not confirm the arrest of the driver.",
        "Police have not yet confirmed the arrest of the driver.",
    ),
    (
        "The minister confirmed the arrest of the driver.",
        "The minister did not deny the arrest of the driver.",
    ),
    (
        "It is unclear whether or not the bridge will reopen on Monday.",
        "The bridge will reopen on Monday, officials said.",
    ),
    # "without power" states nothing about the power itself
    (
        "Power has been restored to most homes in Calder County, the utility said.",
        "Many homes in Calder County were still without power, the utility said.",
    ),
    (
        "It was the strongest storm ever recorded in Calder County.",
        "The storm was recorded in Calder County on Tuesday.",
    ),
]


@pytest.mark.parametrize(("asserting", "denying", "words"), OPPOSED)
def test_opposed(asserting: str, denying: str, words: str) -> None:
    a, b = claim(asserting, "a"), claim(denying, "b")
    found = opposed(a, b)
    assert found, (asserting, denying)
    assert all(mark_a.sign > 0 > mark_b.sign for _, mark_a, mark_b in found)
    assert words in [denying[mark.start : mark.end] for _, _, mark in found]
    assert opposed(b, a)


@pytest.mark.parametrize(("first", "second"), COMPATIBLE)
def test_not_opposed(first: str, second: str) -> None:
    assert opposed(claim(first, "a"), claim(second, "b")) == []


@pytest.mark.parametrize(
    ("a", "b", "flip"),
    [
        ("a legal strike", "an illegal strike", True),
        ("was responsible", "was irresponsible", True),
        ("had confirmed", "had not confirmed", True),
        ("the new law", "the latest law", False),
    ],
)
def test_reversal(a: str, b: str, flip: bool) -> None:
    assert (reversal(a, b, "en") is not None) is flip
