"""English polarity across words: near-synonyms, qualities, denials of existence, and the
look-alikes each must leave alone (another noun qualified, "not only", obligations)."""

from __future__ import annotations

import pytest

from claimcheck.models import Claim
from claimcheck.polarity import opposed


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


# (asserting, denying, the denying words reported)
OPPOSED = [
    # near-synonyms of one predicate, one denied
    (
        "The inquiry demonstrated that the contractor was responsible for the bridge collapse.",
        "The inquiry has not proven that the contractor was responsible for the bridge collapse.",
        "not proven",
    ),
    (
        "The storm caused power cuts across the north of Oakridge county on Monday.",
        "The storm did not trigger power cuts across the north of Oakridge county on Monday.",
        "not trigger",
    ),
    (
        "The council established a relief fund for the flooded farms of Oakridge.",
        "The council never created a relief fund for the flooded farms of Oakridge.",
        "never created",
    ),
    # the verb a negated verb governs, after the negator
    (
        "The ministry will close the rural maternity wards of Oakridge next year.",
        "The ministry does not plan to close the rural maternity wards of Oakridge next year.",
        "not plan to close",
    ),
    # a denial of existence, and a denial of having done
    (
        "Guards at the Oakridge prison received an order to search the north block.",
        "Guards at the Oakridge prison denied the existence of an order to search the north block.",
        "denied the existence of an order",
    ),
    (
        "The club sent a formal notice to the football federation in March.",
        "The club denied having sent a formal notice to the football federation in March.",
        "denied having sent",
    ),
    # qualities of one thing
    (
        "Officials said turnout in the Oakridge mayoral race was high.",
        "Officials said turnout in the Oakridge mayoral race was very low.",
        "low",
    ),
    (
        "The doping test of the Belgian cyclist came back positive after the Oakridge stage.",
        "The doping test of the Belgian cyclist came back negative after the Oakridge stage.",
        "negative",
    ),
]

COMPATIBLE = [
    # no longer required to pay is not "did not pay"
    (
        "Residents of Oakridge paid the new water tax in January.",
        "Residents of Oakridge are not required to pay the new water tax in January.",
    ),
    # not prevented from driving says nothing against driving
    (
        "Trucks drive over the Oakridge bridge again since Monday.",
        "The roadworks do not prevent trucks from driving over the Oakridge bridge since Monday.",
    ),
    # the denial is of a number, or a comparative, the other claim does not give
    (
        "Police counted 3,000 protesters in the streets of Oakridge on Saturday.",
        "Police did not count 30,000 protesters in the streets of Oakridge on Saturday.",
    ),
    (
        "The striker scored 20 goals for Oakridge United last season.",
        "The striker has never scored fewer than 20 goals for Oakridge United in a season.",
    ),
    # "advised not to" and "did not advise" say one thing
    (
        "The agency did not advise eating shellfish from the Oakridge lagoon.",
        "The agency advised not to eat shellfish from the Oakridge lagoon.",
    ),
    # a condition, not a denial
    (
        "Visitors show a badge to enter the Oakridge power plant.",
        "Without a badge, visitors cannot enter the Oakridge power plant.",
    ),
    # two qualities of two things
    (
        "Officials said turnout was low in the Oakridge mayoral race on Tuesday.",
        "Officials said unemployment was high in the Oakridge region on Tuesday.",
    ),
    (
        "The good news for Oakridge on Tuesday was the reopening of the station.",
        "The bad surprise for Oakridge on Tuesday was the closure of the bridge.",
    ),
    # a name is not an antonym
    (
        "Coach Derek Lowe praised the Oakridge defence after the final on Sunday.",
        "Coach Derek High praised the Oakridge defence after the final on Sunday.",
    ),
    # a lack of something is not its assertion
    (
        "The Oakridge hospital does not have enough nurses this winter.",
        "A shortage of nurses hits the Oakridge hospital this winter.",
    ),
]


@pytest.mark.parametrize(("asserting", "denying", "words"), OPPOSED)
def test_opposed(asserting: str, denying: str, words: str) -> None:
    a, b = claim(asserting, "a"), claim(denying, "b")
    found = opposed(a, b)
    assert found, (asserting, denying)
    assert all(mark_a.sign > 0 > mark_b.sign for _, mark_a, mark_b in found)
    assert words in [denying[mark.start : mark.end] for _, _, mark in found]
    assert opposed(b, a)  # symmetric


@pytest.mark.parametrize(("first", "second"), COMPATIBLE)
def test_not_opposed(first: str, second: str) -> None:
    assert opposed(claim(first, "a"), claim(second, "b")) == []
