"""Anaphora: the benchmark in fixtures/anaphora against its floors, and the rules case by case.

Floors (tests/quality_floors.json, key "anaphora") may only rise.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.evaluate_anaphora import load, score
from claimcheck.models import Claim, Document, Resolution
from claimcheck.pipeline import _claims
from claimcheck.report.context import with_context

FLOORS = json.loads(Path(__file__).with_name("quality_floors.json").read_text(encoding="utf-8"))


def test_benchmark_meets_its_floors() -> None:
    root = Path(__file__).resolve().parent.parent
    sets = load(root / "fixtures" / "anaphora", root / "seeds")
    docs = [d for part in sets for d in part[0]]
    golds = [g for part in sets for g in part[1]]
    assert len(golds) >= 150
    result = score(docs, golds)
    floors = FLOORS["anaphora"]
    assert result.resolvable >= floors["resolvable"]
    assert result.precision >= floors["precision"], result.errors
    assert result.recall >= floors["recall"], result


def _resolutions(text: str, lang: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, lang=lang, published="2024-05-02")
    return [(r.anaphor, r.referent) for c in _claims([doc]) for r in c.resolutions]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a feminine subject named with its article: "elle" is that subject
        (
            "La Commission des finances a rejeté lundi le budget de la ville. "
            "Elle demande une nouvelle version avant juin.",
            "fr",
            [("Elle", "Commission des finances")],
        ),
        # the whole noun phrase is the anaphor, complement included
        (
            "Brevia a publié ses résultats. Le géant de la chaussure en ligne a perdu 20 millions.",
            "fr",
            [("Le géant de la chaussure en ligne", "Brevia")],
        ),
        # impersonal pronouns stand for nothing
        (
            "Tolvane a fermé son usine. Il faut remonter à 1990 pour un tel choc.",
            "fr",
            [],
        ),
        # a noun phrase that names its own referent is no anaphor
        (
            "Ostria a perdu un contrat. Le constructeur automobile Dalvo en profite.",
            "fr",
            [],
        ),
        # two companies named since the subject: ambiguous, left alone
        (
            "Melto a racheté Pivra mardi. Le groupe emploie 300 personnes.",
            "fr",
            [],
        ),
        # inside a quotation nothing is resolved
        (
            "Norvane a confirmé la vente. « Le groupe n'a pas le choix », dit un syndicaliste.",
            "fr",
            [],
        ),
        ("Dorrinco said on Monday it would close a plant.", "en", [("it", "Dorrinco")]),
        ("Dorrin Foods closed a plant. It seems demand fell.", "en", []),
        # a heading between the name and the phrase: never across it
        ("Dorrin Foods closes a plant\n\nThe company blamed costs.", "en", []),
        # a person is not "the company"
        ("Kate Ulmer resigned on Monday. The company gave no reason.", "en", []),
    ],
)
def test_rules(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert _resolutions(text, lang) == expected


def test_displays_keep_the_verbatim_text_and_mark_the_referent() -> None:
    claim = Claim(
        id="d#2",
        document_id="d",
        start=10,
        end=31,
        text="Elle entend légiférer",
        normalized="Chambre des représentants entend légiférer",
        sentence=1,
        lang="fr",
        resolutions=(
            Resolution(
                start=10,
                end=14,
                anaphor="Elle",
                referent="Chambre des représentants",
                surface="la Chambre des représentants",
                evidence="gender+number agree",
            ),
        ),
    )
    assert with_context(claim) == "Elle [la Chambre des représentants] entend légiférer"


def test_html_marks_the_referent_as_escaped_context() -> None:
    from claimcheck.report.html import _segments

    segments = _segments("Elle entend légiférer", [(5, 11)], [(4, "la <Chambre>")])
    assert [(s.text, s.hl, s.ctx) for s in segments] == [
        ("Elle", False, False),
        ("la <Chambre>", False, True),
        (" ", False, False),
        ("entend", True, False),
        (" légiférer", False, False),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        # a complement is no speaker
        (
            "Dans leur pétition, elles accusent le groupe de Valdène « de mentir à ses clients ».",
            "fr",
            None,
        ),
        # a name with its article keeps its complement: never a bare head noun
        (
            "La Chambre des métiers a déclaré « nous ne signerons rien ».",
            "fr",
            "Chambre des métiers",
        ),
        ('Ferrow Labs said "we will appeal the ruling".', "en", "Ferrow Labs"),
    ],
)
def test_quote_speakers(text: str, lang: str, speaker: str | None) -> None:
    doc = Document(id="q", text=text, lang=lang, published="2024-05-02")
    quotes = [q for c in _claims([doc]) for q in c.quotes]
    assert [q.speaker for q in quotes] == [speaker]
