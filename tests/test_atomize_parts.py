"""atomize_parts: a part of a counted whole ("30 des plus de 200 camions ont passé") is two
facts, the part's and the whole's, each with its own figure and focus; a score is one."""

from __future__ import annotations

import pytest

from claimcheck.atomize import atomize
from claimcheck.clean import clean, vocabulary
from claimcheck.ground import ground
from claimcheck.lang import get_profile
from claimcheck.models import Claim, Document
from claimcheck.segment import segment


def facts(text: str, lang: str) -> tuple[Document, list[Claim]]:
    doc = Document(id="d", text=text, lang=lang, published="2024-03-12")
    profile = get_profile(lang)
    cleaned = {doc.id: clean(doc, profile, vocabulary([doc]))}
    out = atomize(ground([doc], cleaned, segment(doc, cleaned[doc.id], profile)))
    assert len({c.id for c in out}) == len(out)
    for claim in out:
        assert doc.text[claim.start : claim.end] == claim.text
        for slot in (*claim.quantities, *claim.times, *claim.entities):
            assert claim.start <= slot.start <= slot.end <= claim.end
    return doc, out


def focus(doc: Document, claim: Claim) -> str:
    assert claim.focus_start is not None and claim.focus_end is not None
    assert claim.start <= claim.focus_start < claim.focus_end <= claim.end
    return doc.text[claim.focus_start : claim.focus_end]


# text, language, (part: normalized, figures), (whole: focus = normalized, figure)
SPLITS = [
    (
        "Au moins 30 des plus de 200 camions bloqués à la frontière ont pu passer dans la "
        "nuit, selon la préfecture.",
        "fr",
        (
            "Au moins 30 camions bloqués à la frontière ont pu passer dans la nuit, selon la "
            "préfecture.",
            ["Au moins 30"],
        ),
        ("plus de 200 camions bloqués à la frontière", "plus de 200 camions"),
    ),
    (
        "Seuls 12 des 40 députés présents ont voté le texte mardi.",
        "fr",
        ("Seuls 12 députés présents ont voté le texte mardi.", ["12"]),
        ("40 députés présents", "40 députés"),
    ),
    (
        "At least 45 of the 160 trucks stuck at the border crossed overnight, police said.",
        "en",
        ("At least 45 trucks stuck at the border crossed overnight, police said.", ["At least 45"]),
        ("160 trucks stuck at the border", "160 trucks"),
    ),
    (
        "Some 70 of more than 300 flights that had been grounded by the strike took off on "
        "Monday, the airport said.",
        "en",
        (
            "Some 70 flights that had been grounded by the strike took off on Monday, the "
            "airport said.",
            ["Some 70"],
        ),
        (
            "more than 300 flights that had been grounded by the strike",
            "more than 300 flights",
        ),
    ),
    (
        # the whole's words end at the next verb, less a dangling "to": "who had waited for
        # the ferry (to) | be repaired"
        "Some 80 of more than 500 passengers who had waited for the ferry to be repaired "
        "boarded on Friday, the company said.",
        "en",
        (
            "Some 80 passengers who had waited for the ferry to be repaired boarded on Friday, "
            "the company said.",
            ["Some 80"],
        ),
        ("more than 500 passengers who had waited for the ferry", "more than 500 passengers"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "part", "whole"), SPLITS)
def test_a_part_of_a_whole_is_two_facts(
    text: str, lang: str, part: tuple[str, list[str]], whole: tuple[str, str]
) -> None:
    doc, claims = facts(text, lang)
    first, second = claims
    assert (first.id, second.id) == ("d#1", "d#1.2")
    assert (first.normalized, [q.text for q in first.quantities]) == part
    assert doc.text[first.focus_start or 0 :].startswith(first.quantities[0].text)
    assert focus(doc, first).endswith(doc.text.rstrip(".")[-12:])
    assert (focus(doc, second), second.normalized) == (whole[0], whole[0])
    assert [q.text for q in second.quantities] == [whole[1]]
    # the part counts what the whole counts
    assert (first.quantities[0].noun, first.quantities[0].kind) == (
        second.quantities[0].noun,
        second.quantities[0].kind,
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a score or a ratio: "113 of 420" with no known whole is one fact
        ("The striker scored 113 of 420 points this season.", "en"),
        ("Le candidat a obtenu 113 sur 420 voix au premier tour.", "fr"),
        ("Only 3 out of 10 patients responded to the treatment.", "en"),
        # two things counted, not a part of one
        ("La collision a fait 3 morts des 40 blessés de la veille, selon les pompiers.", "fr"),
        # a quote is kept whole
        ('"Seuls 12 des 40 députés présents ont voté", a déclaré la présidente.', "fr"),
    ],
)
def test_no_part_of_a_known_whole_stays_one_claim(text: str, lang: str) -> None:
    _, claims = facts(text, lang)
    assert len(claims) == 1
    assert claims[0].focus_start is None


# text, language, (part: normalized, kind), (whole: normalized, kind): what the sentence's verb
# says happened is the part's; the whole counts what its own words name
KINDS = [
    (
        "At least 10 of the 40 passengers were injured in the crash, the airline said.",
        "en",
        ("At least 10 passengers were injured in the crash, the airline said.", "injured"),
        ("40 passengers", "people"),
    ),
    (
        "Trois des douze membres d'équipage sont morts dans le naufrage.",
        "fr",
        ("Trois membres d'équipage sont morts dans le naufrage.", "dead"),
        ("douze membres d'équipage", "members"),
    ),
    (
        "Au moins 8 des 30 passagers ont été blessés, selon la compagnie.",
        "fr",
        ("Au moins 8 passagers ont été blessés, selon la compagnie.", "injured"),
        ("30 passagers", "people"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "part", "whole"), KINDS)
def test_the_whole_counts_what_its_words_name(
    text: str, lang: str, part: tuple[str, str], whole: tuple[str, str]
) -> None:
    _, claims = facts(text, lang)
    assert [(c.normalized, [q.kind for q in c.quantities]) for c in claims] == [
        (part[0], [part[1]]),
        (whole[0], [whole[1]]),
    ]
