"""Anaphora: the benchmark in fixtures/anaphora against its floors; displays; quote speakers.

The rules case by case, in each language: tests/lang/{fr,en}/test_anaphora.py.

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
