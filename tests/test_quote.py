"""ground (quotes): quoted passages and their speakers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.ground.quote import find_quotes
from claimcheck.models import Claim, Document

Grounded = Callable[..., tuple[list[Document], list[Claim]]]


def quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le maire a dit « le pont est fermé » hier.", ["le pont est fermé"]),
        ("Le maire a dit «\u00a0le pont est fermé\u00a0» hier.", ["le pont est fermé"]),
        ("Le maire a dit «\u202fle pont est fermé\u202f» hier.", ["le pont est fermé"]),
        ("He said “the bridge is closed” on Monday.", ["the bridge is closed"]),
        ('He said "the bridge is closed" on Monday.', ["the bridge is closed"]),
        ("Er sagte „die Brücke ist zu“ gestern.", ["die Brücke ist zu"]),
        ("« Un » et « deux mots » ici.", ["deux mots"]),  # a single word is no quote
        (
            "Il a parlé d'un « drame absolu » et d'une « catastrophe annoncée ».",
            ["drame absolu", "catastrophe annoncée"],
        ),
        ("Un guillemet « jamais fermé ici.", []),
        ("Aucun guillemet ici.", []),
    ],
)
def test_find_quotes(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_quote_after_a_declares_x(grounded: Grounded) -> None:
    docs, (claim,) = grounded(
        [
            (
                "a",
                "« Nous nous opposons fermement à cet usage », a déclaré Arvind Krishna, "
                "patron d'IBM.",
                "fr",
                None,
            )
        ]
    )
    (quote,) = claim.quotes
    assert quote.text == "Nous nous opposons fermement à cet usage"
    assert quote.speaker == "Arvind Krishna"
    assert docs[0].text[quote.start : quote.end] == quote.text


def test_quote_x_said(grounded: Grounded) -> None:
    _, (claim,) = grounded(
        [
            (
                "a",
                "“We will not sell this technology to police,” Brad Smith said on Monday.",
                "en",
                None,
            )
        ]
    )
    (quote,) = claim.quotes
    assert quote.text.startswith("We will not sell this technology to police")
    assert quote.speaker == "Brad Smith"


def test_quote_said_x(grounded: Grounded) -> None:
    _, (claim,) = grounded(
        [
            (
                "a",
                "“The bridge will be rebuilt within two years,” said Martha Klein, the mayor.",
                "en",
                None,
            )
        ]
    )
    assert [q.speaker for q in claim.quotes] == ["Martha Klein"]


def test_speaker_before_the_quote(grounded: Grounded) -> None:
    _, (claim,) = grounded(
        [("a", "Emmanuel Macron a déclaré : « Je ne regrette rien du tout ».", "fr", None)]
    )
    assert [(q.text, q.speaker) for q in claim.quotes] == [
        ("Je ne regrette rien du tout", "Emmanuel Macron")
    ]


def test_quote_without_speaker(grounded: Grounded) -> None:
    _, (claim,) = grounded(
        [("a", "Sur la banderole, on lisait « plus jamais ça ici ».", "fr", None)]
    )
    assert [(q.text, q.speaker) for q in claim.quotes] == [("plus jamais ça ici", None)]


def test_names_inside_the_quote_are_not_the_speaker(grounded: Grounded) -> None:
    _, (claim,) = grounded(
        [
            (
                "a",
                "« Nous ne travaillerons plus jamais avec Amazon sur ce dossier », a déclaré "
                "Martine Delcourt.",
                "fr",
                None,
            )
        ]
    )
    assert [q.speaker for q in claim.quotes] == ["Martine Delcourt"]


@pytest.mark.parametrize(
    ("text", "lang", "who"),
    [
        (
            "L'enquête a été « ouverte pour homicide involontaire », a indiqué le parquet de "
            "Valmont mardi.",
            "fr",
            "parquet de Valmont",
        ),
        (
            "Selon la préfecture de l'Isère, « la route restera fermée toute la nuit ».",
            "fr",
            "préfecture de l'Isère",
        ),
        (
            "The road “will stay closed overnight”, according to the police in Northbridge.",
            "en",
            "police in Northbridge",
        ),
        # a title before a name: the person speaks
        (
            "« Nous reconstruirons le pont », a déclaré le maire Paul Garnier.",
            "fr",
            "Paul Garnier",
        ),
    ],
)
def test_an_office_named_by_a_common_noun_is_the_speaker(
    grounded: Grounded, text: str, lang: str, who: str
) -> None:
    _, (claim,) = grounded([("a", text, lang, None)])
    assert [q.speaker for q in claim.quotes] == [who]
