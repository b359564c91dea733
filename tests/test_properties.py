"""Properties that hold for any text: offsets map back, claims are ordered and verbatim, slot
comparisons are symmetric, the JSON report round-trips and validates.

Example counts are modest (the whole file runs in well under a minute); `fuzz/` runs the reader
and the time resolver for as long as one likes.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import jsonschema
import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import claimcheck
from claimcheck.clean import clean, vocabulary
from claimcheck.ground.quantity import find_quantities
from claimcheck.ground.quantity_values import comparable, compatible
from claimcheck.ground.time import find_times
from claimcheck.ground.time_values import compatible as times_compatible
from claimcheck.lang import get_profile
from claimcheck.models import Document, Quantity, Report, TimeRef
from claimcheck.report import json_schema
from claimcheck.segment import segment

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Words that wake every stage up: numbers, units, dates, names, quotes, boilerplate, ligatures.
TOKENS = [
    "Le pont", " a cédé", " mardi", " 14 mars", " 2020", " le 3 juin", " vendredi dernier",
    " 15 blessés", " 4,4 milliards de dollars", " $4.4 billion", " au moins 40", " 12 000",
    " 10 %", " dix-huit mois", " Jean Dupont", " IBM", " l'entreprise", " il", " a déclaré",
    " « le pont est fermé »", ' "a quote here"', " “smart quotes”", ". ", "! ", "? ", "… ",
    "; ", " – ", ", mais ", "\n", "\n\n", "\r\n", " Lire aussi | ", "Publié le 11 juin 2020",
    " pro\ufffdlage", " Microso\ufffd", " con-\nstruction", " The bridge", " collapsed on",
    " Tuesday", " March 15, 2023", " the day before the vote", "\u00a0", "\u202f", "'", "’",
    "e\u0301", "\u212b", "ﬁ", "A.", " J. Smith", " M.", "(", ")", "[", "]", "-", "—", "1", "0",
]  # fmt: skip
CHARS = st.characters(blacklist_categories=("Cs",), max_codepoint=0x2FFF)
TEXTS = st.lists(st.one_of(st.sampled_from(TOKENS), st.text(CHARS, max_size=6)), max_size=30).map(
    "".join
)
LANGS = st.sampled_from(["fr", "en"])


# -- cleaning


def check_clean(text: str, lang: str) -> None:
    doc = Document(id="d", text=text, lang=lang)
    cleaned = clean(doc, get_profile(lang), vocabulary([doc]))
    pieces = cleaned.pieces
    ends = [p[0] for p in pieces[1:]] + ([len(cleaned.text)] if pieces else [])
    assert not pieces or pieces[0][0] == 0
    for (c0, o0, o1, verbatim), c1 in zip(pieces, ends, strict=True):
        assert 0 <= c0 <= c1 <= len(cleaned.text)
        assert 0 <= o0 <= o1 <= len(text)
        if verbatim:
            assert cleaned.text[c0:c1] == text[o0:o1]
    for start in range(0, len(cleaned.text) + 1, 7):
        for end in (start, min(start + 5, len(cleaned.text))):
            a, b = cleaned.original_span(start, end) if pieces else (0, 0)
            assert 0 <= a <= b <= len(text)


@SETTINGS
@given(TEXTS, LANGS)
@example("La con-\nstruction du pont a commencé.", "fr")  # a rejoined hyphenated word
@example("Le \u212bngström e\u0301te\u0301 pro\ufffdlage.", "fr")  # NFC and a lost ligature
@example("\ufeff date 2020-06\r\n\r\nLe pont.\u2028Un autre\x0bpont.\x85", "fr")
def test_every_piece_of_clean_text_maps_into_the_original(text: str, lang: str) -> None:
    check_clean(text, lang)


# -- segmentation


@SETTINGS
@given(TEXTS, LANGS)
@example("« Le pont est fermé. » La préfecture. Il a dit. M. Dupont l'a dit; il part.", "fr")
def test_claims_are_ordered_disjoint_and_verbatim(text: str, lang: str) -> None:
    doc = Document(id="d", text=text, lang=lang)
    profile = get_profile(lang)
    claims = segment(doc, clean(doc, profile, vocabulary([doc])), profile)
    previous = 0
    for claim in claims:
        assert previous <= claim.start < claim.end <= len(text)
        assert doc.text[claim.start : claim.end] == claim.text
        previous = claim.end


# -- slots


def assert_sorted_disjoint(spans: Sequence[tuple[int, int]], text: str) -> None:
    previous = 0
    for start, end in spans:
        assert previous <= start <= end <= len(text)
        previous = end


@SETTINGS
@given(TEXTS, LANGS)
def test_quantities_index_the_input_sorted_and_disjoint(text: str, lang: str) -> None:
    found = find_quantities(text, profile=get_profile(lang))
    assert_sorted_disjoint([(q.start, q.end) for q in found], text)
    for q in found:
        assert q.low is None or q.high is None or q.low <= q.high


PUBLISHED = st.one_of(
    st.none(),
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)).flatmap(
        lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]])
    ),
)


@SETTINGS
@given(TEXTS, LANGS, PUBLISHED)
def test_times_index_the_input_sorted_and_disjoint(
    text: str, lang: str, published: str | None
) -> None:
    found = find_times(text, published=published, profile=get_profile(lang))
    assert_sorted_disjoint([(t.start, t.end) for t in found], text)
    for ref in found:
        assert ref.earliest is None or ref.latest is None or ref.earliest <= ref.latest


QUANTITY_TEXT = st.lists(
    st.sampled_from(
        [
            "15 blessés", "au moins 40 morts", "près de 4,4 milliards de dollars", "$4.4 billion",
            "12 000 manifestants", "10 %", "dix-huit mois", "a year and a half", "8 blessés",
            "more than 300 people", "entre 10 000 et 12 000", "environ 45 km", "1,5 million",
            "about 3", "nearly 10 %", "47 morts", "4.38 billion dollars", "4 milliards d'euros",
        ]
    ),
    min_size=1,
    max_size=4,
).map(" et ".join)  # fmt: skip


@st.composite
def quantities(draw: st.DrawFn) -> list[Quantity]:
    lang = draw(LANGS)
    found = find_quantities(draw(QUANTITY_TEXT), profile=get_profile(lang))
    return found


@SETTINGS
@given(quantities(), quantities())
def test_quantity_compatibility_is_symmetric_and_reflexive(
    a: list[Quantity], b: list[Quantity]
) -> None:
    for x in a + b:
        assert compatible(x, x)
        assert comparable(x, x)
    for x in a:
        for y in b:
            assert compatible(x, y) == compatible(y, x)
            assert comparable(x, y) == comparable(y, x)


TIME_TEXT = st.lists(
    st.sampled_from(
        [
            "mardi", "vendredi dernier", "le 3 juin", "le 14 mars 2020", "en mars", "en 2019",
            "hier", "la semaine dernière", "lundi 10 juin", "Tuesday", "last Friday", "June 3",
            "March 15, 2023", "yesterday", "in 2019", "last week", "le lendemain", "10 juin",
            "il y a deux jours", "two days ago", "le mois dernier", "in May",
        ]
    ),
    min_size=1,
    max_size=4,
).map(", ".join)  # fmt: skip


@st.composite
def times(draw: st.DrawFn) -> list[TimeRef]:
    lang = draw(LANGS)
    refs = find_times(draw(TIME_TEXT), published=draw(PUBLISHED), profile=get_profile(lang))
    return [r for r in refs if r.anchor != "event"]  # resolved ones only


@SETTINGS
@given(times(), times())
def test_time_compatibility_is_symmetric_and_reflexive(a: list[TimeRef], b: list[TimeRef]) -> None:
    for x in a + b:  # "lundi 10 juin" in a year where it is a Thursday included
        assert times_compatible(x, x)
    for x in a:
        for y in b:
            assert times_compatible(x, y) == times_compatible(y, x)


# -- the JSON report


class HashEmbedder:
    """Deterministic unit vectors from a text's hash: no model."""

    name = "hash-16"
    version = "1"

    def embed(self, texts: Sequence[str], *, progress: object = None) -> np.ndarray:
        rows = []
        for text in texts:
            seed = sum(text.encode("utf-8")) % 7  # few distinct vectors: claims do cluster
            v = np.random.default_rng(seed).standard_normal(16).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        return np.stack(rows) if rows else np.zeros((0, 16), dtype=np.float32)


ARTICLE = st.lists(st.sampled_from(TOKENS), min_size=3, max_size=25).map("".join)
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(ARTICLE, LANGS, PUBLISHED), min_size=1, max_size=3))
def test_reports_round_trip_and_validate(articles: list[tuple[str, str, str | None]]) -> None:
    docs = [
        Document(id=f"doc-{i}", text=text + " Le pont a cédé mardi.", lang=lang, published=pub)
        for i, (text, lang, pub) in enumerate(articles)
    ]
    report = claimcheck.check(docs, embedder=HashEmbedder())
    dumped = report.model_dump_json()
    again = Report.model_validate_json(dumped)
    assert again == report
    assert again.model_dump_json() == dumped
    VALIDATOR.validate(report.model_dump(mode="json"))
    texts = {d.id: d.text for d in report.documents}
    for claim in report.claims:
        assert texts[claim.document_id][claim.start : claim.end] == claim.text


# -- the fuzz targets, briefly (`fuzz/README.md` says how to run them for long)


@pytest.mark.parametrize("target", ["fuzz_read.py", "fuzz_time.py"])
def test_fuzz_targets_smoke(target: str) -> None:
    script = Path(__file__).resolve().parent.parent / "fuzz" / target
    done = subprocess.run(
        [sys.executable, str(script), "--runs", "300"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "300 inputs, no failure" in done.stdout
