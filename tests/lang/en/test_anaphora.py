"""English anaphors: what is resolved, to what, and what is left alone."""

from __future__ import annotations

import pytest

from claimcheck.models import Document
from claimcheck.pipeline import _claims


def resolutions(text: str) -> list[tuple[str, str]]:
    doc = Document(id="en", text=text, lang="en", published="2024-05-02")
    return [(r.anaphor, r.referent) for c in _claims([doc]) for r in c.resolutions]


RESOLVED = [
    ("Dorrinco said on Monday it would close a plant.", [("it", "Dorrinco")]),
    (
        "Halvern Bank posted a record profit on Tuesday. The bank credited higher rates.",
        [("The bank", "Halvern Bank")],
    ),
    # a person set beside a role noun by commas
    (
        "The city's mayor, Dana Whitlock, resigned on Friday. She cited ill health.",
        [("She", "Dana Whitlock")],
    ),
    # "it" before an agent's verb
    ("Brackenfield cut 200 jobs. It said demand had collapsed.", [("It", "Brackenfield")]),
    # before an agent's verb, a thing named by a common noun is no rival
    ("Dorrinco released a tool. It said the tool was safe.", [("It", "Dorrinco")]),
    # "it" before a verb that may speak of an event is left alone, "the airline" is not
    (
        "Brackenfield cut fares on Monday. It will help the airline in winter.",
        [("the airline", "Brackenfield")],
    ),
    # a surname alone, seen in full before
    (
        "The striker, Leon Marsh, signed on Monday. Marsh joined from a rival. He is 24.",
        [("He", "Leon Marsh")],
    ),
]

LEFT_ALONE = [
    "Dorrinco closed a plant. It seems demand fell.",
    "Dorrinco closed a plant. It is the third closure this year.",
    "It wasn't until 2019 that Dorrinco opened the plant.",
    "It rained all day in Carlow.",
    # a heading between the name and the phrase
    "Dorrinco closes a plant\n\nThe company blamed costs.",
    # a person is not "the company"
    "Kate Ulmer resigned on Monday. The company gave no reason.",
    # two companies named since the subject
    "Dorrinco bought Pelham Tools on Monday. The company will keep 300 jobs.",
    # coordinated subjects are plural
    "Dorrinco and Velta signed a deal. The company will hire 50 people.",
    # a phrase that names its own referent
    "Dorrinco lost a contract. The carmaker Velta won it.",
    # inside a quotation
    'Dorrinco confirmed the sale. "The company had no choice," a worker said.',
    # "the group of ..." is a group of people
    "Dorrinco faced protests on Monday. The group of protesters blocked the gate.",
    # a dateline names no antecedent
    "LONDON (Agency) — The company said on Monday it would cut 300 jobs.",
    # an organisation named by a common noun is a rival, even before an agent's verb
    "Dorrinco met the regulator on Monday. It said the talks went well.",
    # two persons: "he" is ambiguous
    "Tom Reed met Sam Hale on Monday. He said the talks went well.",
]


@pytest.mark.parametrize(("text", "expected"), RESOLVED)
def test_resolved(text: str, expected: list[tuple[str, str]]) -> None:
    assert resolutions(text) == expected


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_left_alone(text: str) -> None:
    assert resolutions(text) == []
