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


# Across words: near-synonyms, qualities, denials of existence, and the look-alikes
# each must leave alone (another noun qualified, "not only", obligations).
# (asserting, denying, the denying words reported)
ACROSS_WORDS_OPPOSED = [
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


ACROSS_WORDS_COMPATIBLE = [
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


@pytest.mark.parametrize(("asserting", "denying", "words"), OPPOSED + ACROSS_WORDS_OPPOSED)
def test_opposed(asserting: str, denying: str, words: str) -> None:
    a, b = claim(asserting, "a"), claim(denying, "b")
    found = opposed(a, b)
    assert found, (asserting, denying)
    assert all(mark_a.sign > 0 > mark_b.sign for _, mark_a, mark_b in found)
    assert words in [denying[mark.start : mark.end] for _, _, mark in found]
    assert opposed(b, a)


@pytest.mark.parametrize(("first", "second"), COMPATIBLE + ACROSS_WORDS_COMPATIBLE)
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
