"""nonclaim: the line context, exact offsets through cleaning, non-claims never cut in clauses.

The per-language tables of each kind live in tests/lang/<code>/test_nonclaim.py.
"""

from __future__ import annotations

import dataclasses

import pytest

from claimcheck.clean import clean, vocabulary
from claimcheck.lang import get_profile
from claimcheck.models import Claim, Document
from claimcheck.nonclaim import classify, dateline, glued_heading, line_context, signature
from claimcheck.segment import segment

NB, NNB = "\u00a0", "\u202f"


def claims_of(text: str, lang: str = "fr") -> tuple[Document, list[Claim]]:
    doc = Document(id="t", text=text, lang=lang)
    profile = get_profile(lang)
    claims = segment(doc, clean(doc, profile, vocabulary([doc])), profile)
    previous_end = 0
    for number, claim in enumerate(claims, start=1):
        assert claim.id == f"t#{number}"
        assert doc.text[claim.start : claim.end] == claim.text
        assert claim.start >= previous_end
        previous_end = claim.end
    return doc, claims


def test_a_line_of_its_own_decides_a_heading() -> None:
    fr = get_profile("fr")
    text = "Le pont de Valmont rouvert aux piétons"
    alone = line_context(text, 3, False, fr)
    assert classify(text, alone, fr) == "heading"
    assert classify(text, line_context(text, 3, True, fr), fr) is None  # the article's cut end
    inside = dataclasses.replace(line_context(f"{text}. La mairie a confirmé.", 3, False, fr))
    inside = dataclasses.replace(inside, start=0, end=len(text))
    assert classify(text, inside, fr) is None


def test_dateline_offsets_through_spaces_and_lost_ligatures() -> None:
    text = (
        f"VALMONT,{NB}Ohio (AP){NB}— The bridge’s of\ufffdcial inspector resigned on Tuesday.\n"
        "The city council met in the evening.\n"
    )
    _, claims = claims_of(text, "en")
    assert [(c.kind, c.text) for c in claims[:2]] == [
        ("dateline", f"VALMONT,{NB}Ohio (AP)"),
        ("claim", "The bridge’s of\ufffdcial inspector resigned on Tuesday."),
    ]
    assert "official" in claims[1].normalized


def test_glued_heading_offsets_through_narrow_spaces() -> None:
    text = f"Valmont{NNB}: le bilan s'alourdit à 12 morts Le pont s'est effondré mardi soir.\n"
    _, claims = claims_of(text)
    assert [(c.kind, c.text) for c in claims] == [
        ("heading", f"Valmont{NNB}: le bilan s'alourdit à 12 morts"),
        ("claim", "Le pont s'est effondré mardi soir."),
    ]


def test_non_claims_are_never_cut_into_clauses() -> None:
    text = (
        "Le pont a cédé; la route est coupée, mais les secours passent encore\n"
        "Le maire a confirmé la fermeture du pont mardi soir."
    )
    _, claims = claims_of(text)
    assert claims[0].kind == "heading"
    assert claims[0].text == "Le pont a cédé; la route est coupée, mais les secours passent encore"


def test_a_whole_article_keeps_its_claims_and_marks_the_rest() -> None:
    text = (
        "Un pont s'effondre à Valmont\n"
        "Par Jeanne Martin\n"
        "VALMONT (AFP) - Le pont de Valmont s'est effondré mardi soir, a annoncé la préfecture. "
        "Que sait-on de l'accident ? Les experts enquêtent sur place depuis mercredi.\n"
        "Des secouristes sur les berges, mardi. Photo Jeanne Martin/Agence Valmont\n"
        "Le maire a promis un nouveau pont d'ici deux ans.\n"
    )
    _, claims = claims_of(text)
    assert [c.kind for c in claims] == [
        "heading",
        "byline",
        "dateline",
        "claim",
        "question",
        "claim",
        "caption",
        "credit",
        "claim",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PARIS (AFP) - Le gouvernement a démissionné.", "PARIS (AFP)"),
        ("RABAT, Maroc (AP) — Le séisme a fait 12 morts.", "RABAT, Maroc (AP)"),
        ("Paris (AFP) - Le gouvernement a démissionné.", "Paris (AFP)"),
        ("LE HAVRE: Le port est fermé depuis lundi.", "LE HAVRE"),
    ],
)
def test_dateline_spans(text: str, expected: str) -> None:
    cut = dateline(text, 0)
    assert cut is not None
    assert text[: cut[0]] == expected
    assert text[cut[1] :].startswith("Le ")


@pytest.mark.parametrize(
    "text",
    [
        "Paris - Le gouvernement a démissionné.",  # a city in lower case needs its agency
        "Emmanuel Macron (LREM) : Il faut agir.",  # a party is no agency
        "LE MAIRE : Nous reconstruirons le pont.",  # a speaker's label deep in an article
    ],
)
def test_no_dateline(text: str) -> None:
    assert dateline(text, 5) is None


def test_signature_starts_at_the_link_or_the_dash() -> None:
    tweet = "Le pont a cédé pic.twitter.com/Ab12Cd — Jeanne Martin (@jmartin) 12 mars 2024"
    assert tweet[signature(tweet) or 0 :].startswith("pic.twitter.com/")
    assert signature("Le pont a cédé — a dit le maire (en colère) mardi.") is None


def test_glued_heading_needs_a_lower_case_word_after_the_capital() -> None:
    fr = get_profile("fr")
    assert glued_heading("Séisme : le bilan monte à 40 morts Le Monde publie la liste.", fr) is None
    at = glued_heading("Séisme : le bilan monte à 40 morts Le bilan est provisoire.", fr)
    assert at == len("Séisme : le bilan monte à 40 morts ")
