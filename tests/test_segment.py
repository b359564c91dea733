"""segment: sentences (abbreviations, initials, numbers, quotes), clauses, verbatim claims."""

from __future__ import annotations

import pytest

from claimcheck.clean import clean, vocabulary
from claimcheck.lang import get_profile
from claimcheck.models import Claim, Document
from claimcheck.segment import segment, sentences


def split(text: str, lang: str = "fr") -> list[str]:
    return [text[a:b] for a, b in sentences(text, get_profile(lang))]


def claims_of(text: str, lang: str = "fr", doc_id: str = "t") -> list[Claim]:
    doc = Document(id=doc_id, text=text, lang=lang)
    profile = get_profile(lang)
    claims = segment(doc, clean(doc, profile, vocabulary([doc])), profile)
    check_invariants(doc, claims)
    return claims


def check_invariants(doc: Document, claims: list[Claim]) -> None:
    previous_end = 0
    previous_sentence = 0
    for number, claim in enumerate(claims, start=1):
        assert claim.id == f"{doc.id}#{number}"
        assert claim.document_id == doc.id
        assert doc.text[claim.start : claim.end] == claim.text
        assert claim.start >= previous_end, "claims overlap or are out of order"
        assert claim.sentence >= previous_sentence
        assert claim.text == claim.text.strip()
        previous_end, previous_sentence = claim.end, claim.sentence


FRENCH = (
    "M. Dupont a inauguré le pont de Valmont mardi. Le Dr. Martin était présent. "
    "J.-M. Le Pen a réagi dans la soirée. Les pompiers, les gendarmes, etc. sont intervenus "
    "sur place. Le chantier a coûté 1.5 million d'euros. Il a mobilisé 3.200.000 euros au total."
)


def test_french_abbreviations_initials_and_numbers() -> None:
    assert split(FRENCH) == [
        "M. Dupont a inauguré le pont de Valmont mardi.",
        "Le Dr. Martin était présent.",
        "J.-M. Le Pen a réagi dans la soirée.",
        "Les pompiers, les gendarmes, etc. sont intervenus sur place.",
        "Le chantier a coûté 1.5 million d'euros.",
        "Il a mobilisé 3.200.000 euros au total.",
    ]


ENGLISH = (
    "Dr. Smith said the bridge was unsafe. Mr. J. R. Tolkien wrote about it. "
    "The club paid $12.5 million for the striker. It was 5 p.m. The U.S. team won. "
    "200 fans waited outside."
)


def test_english_abbreviations_initials_and_numbers() -> None:
    assert split(ENGLISH, "en") == [
        "Dr. Smith said the bridge was unsafe.",
        "Mr. J. R. Tolkien wrote about it.",
        "The club paid $12.5 million for the striker.",
        "It was 5 p.m.",
        "The U.S. team won.",
        "200 fans waited outside.",
    ]


def test_sentence_may_start_with_a_digit_or_a_quote() -> None:
    assert split("Le bilan est de 15 blessés. 200 personnes ont été évacuées.") == [
        "Le bilan est de 15 blessés.",
        "200 personnes ont été évacuées.",
    ]
    assert split("Le pont a cédé. « C'est un drame », dit le maire.") == [
        "Le pont a cédé.",
        "« C'est un drame », dit le maire.",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le maire a déclaré « le pont est fermé. Nous allons le reconstruire » hier soir.", "fr"),
        ("Officials said “the bridge is closed. We will rebuild it” on Monday.", "en"),
        ('Officials said "the bridge is closed. We will rebuild it" on Monday.', "en"),
        ("La préfecture (qui enquête. Elle a saisi le parquet) reste prudente.", "fr"),
    ],
)
def test_no_split_inside_quotes_or_brackets(text: str, lang: str) -> None:
    assert split(text, lang) == [text]


def test_quote_closed_before_the_full_stop_ends_the_sentence() -> None:
    assert split("Le maire a déclaré : « Le pont est fermé ». La préfecture enquête.") == [
        "Le maire a déclaré : « Le pont est fermé ».",
        "La préfecture enquête.",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("He said “We will rebuild it.” The inquiry is ongoing.", "en"),
        ('He said "We will rebuild it." The inquiry is ongoing.', "en"),
        ("Le maire a déclaré : « Le pont est fermé. » La préfecture enquête.", "fr"),
        ("Le maire a déclaré : « Le pont est fermé.» La préfecture enquête.", "fr"),
    ],
)
def test_quote_ending_with_its_full_stop_ends_the_sentence(text: str, lang: str) -> None:
    first, second = split(text, lang)
    assert first[-1] in '”»"'
    assert second == ("The inquiry is ongoing." if lang == "en" else "La préfecture enquête.")


def test_quotes_are_kept_whole_in_claims() -> None:
    text = (
        "« Nous allons reconstruire le pont; il le faut, mais pas à n'importe quel prix », "
        "a déclaré le maire de Valmont devant la presse."
    )
    (claim,) = claims_of(text)
    assert claim.text == text


def test_hard_breaks_end_sentences() -> None:
    assert split("Un titre sans point\nLe pont a cédé mardi.") == [
        "Un titre sans point",
        "Le pont a cédé mardi.",
    ]


def test_clause_split_at_semicolon_when_both_halves_are_long() -> None:
    text = (
        "Le pont a été fermé à la circulation pour une durée indéterminée; "
        "les riverains devront emprunter la déviation par le nord de la ville."
    )
    claims = claims_of(text)
    assert [c.text for c in claims] == [
        "Le pont a été fermé à la circulation pour une durée indéterminée",
        "les riverains devront emprunter la déviation par le nord de la ville.",
    ]
    assert {c.sentence for c in claims} == {0}


def test_clause_split_at_mais() -> None:
    text = (
        "La commune voulait rénover tout le quartier de la gare, "
        "mais la région a refusé de financer les travaux prévus."
    )
    assert [c.text for c in claims_of(text)] == [
        "La commune voulait rénover tout le quartier de la gare",
        "mais la région a refusé de financer les travaux prévus.",
    ]


def test_clause_split_at_but() -> None:
    text = (
        "The transfer fee was agreed by both clubs on Friday evening, "
        "but the medical tests will only take place next week in London."
    )
    assert [c.text for c in claims_of(text, "en")] == [
        "The transfer fee was agreed by both clubs on Friday evening",
        "but the medical tests will only take place next week in London.",
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le pont est fermé aux voitures; trop tard.", "fr"),  # short second half
        ("Trop tard; le pont est fermé depuis mardi soir.", "fr"),  # short first half
        ("Le chantier devait durer trois mois, mais il a été prolongé jusqu'en septembre.", "fr"),
        ("La mairie voulait un nouveau pont, mais elle a dû renoncer faute de budget.", "fr"),
        ("The club wanted a quick deal for the striker, but it had to wait for the player.", "en"),
        ("A record fee, but only for a short loan of the striker.", "en"),  # short first half
    ],
)
def test_no_clause_split(text: str, lang: str) -> None:
    (claim,) = claims_of(text, lang)
    assert claim.text == text


def test_short_fragments_are_not_claims() -> None:
    claims = claims_of("Valmont.\nLe pont de Valmont a cédé mardi soir.\nFin.")
    assert [c.text for c in claims] == ["Le pont de Valmont a cédé mardi soir."]


def test_claims_index_the_original_text_after_cleaning() -> None:
    text = (
        " date 2023-03-14\nLe pont de Valmont s'est effondré mardi.\n"
        "Lire aussi | Un autre pont\nLe maire a parlé du dé\ufffd de la reconstruction.\n"
    )
    claims = claims_of(text)
    assert [c.text for c in claims] == [
        "Le pont de Valmont s'est effondré mardi.",
        "Le maire a parlé du dé\ufffd de la reconstruction.",
    ]
    assert claims[1].normalized == "Le maire a parlé du défi de la reconstruction."
    assert [c.sentence for c in claims] == [0, 1]


def test_long_paragraph_invariants() -> None:
    text = " ".join(
        [FRENCH, "Le pont a été fermé; les riverains devront faire un long détour."] * 3
    )
    claims = claims_of(text)
    assert len(claims) == 3 * 8
    claims = claims_of(" ".join([ENGLISH] * 4), "en")
    assert len(claims) == 4 * 6
