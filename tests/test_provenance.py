"""Provenance: wire copies are one origin, quoting the same statement is not, credits count."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from claimcheck import Report, Settings, check, provenance_pairs
from claimcheck.embed import Embedder
from claimcheck.models import Claim, Document
from claimcheck.provenance import _attributed, _credit, near_duplicates
from claimcheck.provenance_pairs import _band_keys, _reporting_words, _shingles, _signatures

ROOT = Path(__file__).resolve().parent.parent
GOLD = json.loads((ROOT / "fixtures" / "provenance" / "gold.json").read_text(encoding="utf-8"))
EVENTS = ("port-strike", "vaccine-recall")


@pytest.fixture(scope="module")
def reports(embedder: Embedder) -> dict[str, Report]:
    return {
        event: check([ROOT / "fixtures" / "provenance" / event], embedder=embedder)
        for event in EVENTS
    }


def _share_an_origin(report: Report, a: str, b: str) -> bool:
    """Do documents a and b state some fact from the same origin?"""
    claims = {c.id: c for c in report.claims}
    for cluster in report.clusters:
        here = [claims[c] for c in cluster.claim_ids]
        origins_a = {c.origin_id for c in here if c.document_id == a}
        origins_b = {c.origin_id for c in here if c.document_id == b}
        if origins_a & origins_b:
            return True
    return False


@pytest.mark.model
@pytest.mark.parametrize("event", EVENTS)
def test_copies_share_an_origin(reports: dict[str, Report], event: str) -> None:
    for group in GOLD[event]["same_origin"]:
        for a, b in itertools.combinations(group, 2):
            assert _share_an_origin(reports[event], a, b), (a, b)


@pytest.mark.model
@pytest.mark.parametrize("event", EVENTS)
def test_independent_reports_stay_independent(reports: dict[str, Report], event: str) -> None:
    for a, b in GOLD[event]["independent"]:
        assert not _share_an_origin(reports[event], a, b), (a, b)


@pytest.mark.model
def test_the_dispatch_origin_is_labelled_and_explained(reports: dict[str, Report]) -> None:
    report = reports["port-strike"]
    dispatch = next(o for o in report.origins if o.agency == "AFP")
    assert dispatch.label == "AFP dispatch"
    assert set(GOLD["port-strike"]["same_origin"][0]) == set(dispatch.document_ids)
    assert any("credits AFP" in e for e in dispatch.evidence)
    assert any("share a passage" in e for e in dispatch.evidence)
    # the attributed English translation joins it; the gazette does not
    assert "strike-portnews-en" in dispatch.document_ids
    assert "strike-gazette" not in dispatch.document_ids


@pytest.mark.model
def test_a_fact_only_the_dispatch_family_carries_is_single_source(
    reports: dict[str, Report],
) -> None:
    report = reports["port-strike"]
    claims = {c.id: c for c in report.claims}
    cluster = next(
        k
        for k in report.clusters
        if any("préfecture" in claims[c].text and "jeudi" in claims[c].text for c in k.claim_ids)
    )
    assert cluster.outlets == 3
    assert cluster.independent_sources == 1
    assert cluster.status == "single-source"
    assert cluster.explanation == "3 outlets, 1 origin (AFP dispatch)"


@pytest.mark.model
def test_counting_outlets_restores_the_older_rule(embedder: Embedder) -> None:
    folder = ROOT / "fixtures" / "provenance" / "port-strike"
    report = check([folder], embedder=embedder, settings=Settings(count="outlets"))
    claims = {c.id: c for c in report.claims}
    cluster = next(
        k
        for k in report.clusters
        if any("préfecture" in claims[c].text and "jeudi" in claims[c].text for c in k.claim_ids)
    )
    assert cluster.status == "corroborated"
    assert report.settings["count"] == "outlets"


@pytest.mark.model
def test_conflict_sides_are_weighed_by_origins(reports: dict[str, Report]) -> None:
    report = reports["port-strike"]
    number = next(d for d in report.discrepancies if d.kind == "number" and "navires" in str(d))
    dispatch_side = max(number.sides, key=lambda s: s.outlets)
    gazette_side = min(number.sides, key=lambda s: s.outlets)
    assert dispatch_side.outlets >= 3 and dispatch_side.independent_sources == 1
    assert gazette_side.document_ids == ("strike-gazette",)
    assert gazette_side.independent_sources == 1
    assert "independent origin" in number.explanation
    assert dispatch_side.first_document_id is not None


@pytest.mark.model
def test_seed_articles_that_share_passages_are_one_origin(seeds_report: Report) -> None:
    shared = [o for o in seeds_report.origins if o.kind == "shared"]
    assert [set(o.document_ids) for o in shared] == [
        {"000_1dd311181ebd4cfe", "001_aafe11a4685e08e0"}
    ]
    # every claim has an origin; non-claims (headings, bylines...) are no sourced fact
    assert all(c.origin_id for c in seeds_report.claims if c.kind == "claim")
    for cluster in seeds_report.clusters:
        assert cluster.outlets == len(set(cluster.document_ids))
        assert 1 <= cluster.independent_sources <= cluster.outlets


def _claim(doc: str, text: str, lang: str = "fr") -> Claim:
    return Claim(
        id=f"{doc}#1",
        document_id=doc,
        start=0,
        end=len(text),
        text=text,
        normalized=text,
        sentence=0,
        lang=lang,
    )


def test_near_duplicates_ignore_quoted_words() -> None:
    quote = (
        "« Nous avons décidé de rappeler trois lots par mesure de précaution, aucun effet "
        "indésirable grave n'a été signalé à ce jour »"
    )
    a = _claim("a", f"{quote}, a indiqué le laboratoire dans un communiqué publié mardi.")
    b = _claim("b", f"Interrogée lundi soir par notre rédaction, la direction répète : {quote}.")
    assert near_duplicates([a, b]) == []
    c = _claim(
        "c",
        "Le laboratoire a décidé mardi de rappeler trois lots de son vaccin antigrippal par "
        "mesure de précaution, a indiqué la direction.",
    )
    d = _claim(
        "d",
        "Le laboratoire a décidé mardi de rappeler trois lots de son vaccin antigrippal par "
        "simple mesure de précaution, a indiqué sa direction.",
    )
    found = near_duplicates([c, d])
    assert [(i, j) for i, j, _ in found] == [(0, 1)]
    assert found[0][2] >= 0.4


def _brute_force(claims: list[Claim]) -> list[tuple[int, int, float]]:
    """Every pair of claims of different documents sharing a band of their signatures,
    judged one by one."""
    arrays = {
        i: _shingles(words)
        for i, c in enumerate(claims)
        if len(words := _reporting_words(c.normalized)) >= 8
    }
    sets = {i: set(a.tolist()) for i, a in arrays.items()}
    bands = dict(zip(arrays, _band_keys(_signatures(list(arrays.values()))).tolist(), strict=True))
    found = []
    for i, j in itertools.combinations(sorted(sets), 2):
        shared = any(a == b for a, b in zip(bands[i], bands[j], strict=True))
        if shared and claims[i].document_id != claims[j].document_id:
            common = len(sets[i] & sets[j])
            jaccard = common / (len(sets[i]) + len(sets[j]) - common)
            if jaccard >= 0.4:
                found.append((i, j, jaccard))
    return found


@pytest.mark.parametrize("batch", [None, 5])
def test_near_duplicates_judge_every_pair_once(
    batch: int | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wire passage run by 40 outlets (one of them twice), with light edits, beside
    unrelated claims: every pair of copies is found once, as the one-by-one count finds it.
    With tiny batches, a large bucket is cut into rows and the sets are read in pieces."""
    if batch is not None:
        monkeypatch.setattr(provenance_pairs, "_PAIRS", batch)
        monkeypatch.setattr(provenance_pairs, "_ELEMENTS", batch * 3)
    base = (
        "Les secours ont évacué dans la nuit de mardi à mercredi les habitants de trois "
        "hameaux menacés par la crue de la rivière, a indiqué la préfecture"
    )
    claims = [_claim(f"d{k}", base + (" du département." if k % 3 else ".")) for k in range(40)]
    claims.append(_claim("d7", base + ", selon un communiqué."))
    claims += [
        _claim(
            f"x{k}",
            f"Le conseil municipal de la commune numéro {k} a voté mardi soir un "
            "budget en hausse pour la rénovation de ses écoles primaires.",
        )
        for k in range(12)
    ]
    monkeypatch.setattr(provenance_pairs, "_KEYS", {})  # every text hashed afresh
    found = near_duplicates(claims)
    assert found == _brute_force(claims)
    assert len(provenance_pairs._KEYS) == len({c.normalized for c in claims})
    part = claims[::-1][:30]  # other positions, the texts' keys remembered
    assert near_duplicates(part) == _brute_force(part)
    assert near_duplicates(claims) == found  # each text's keys as remembered
    copies = {(i, j) for i, j, _ in found if i < 41 and j < 41}
    assert len(copies) == 40 * 39 // 2 + 39  # d7's second copy pairs with the 39 others
    assert all(claims[i].document_id != claims[j].document_id for i, j, _ in found)


@pytest.mark.parametrize(
    ("text", "lang", "agency"),
    [
        ("Grève au port\n\nPort-Lannec (AFP) – Les dockers ont cessé le travail.", "fr", "AFP"),
        ("Les dockers ont cessé le travail mardi.\n\navec AFP", "fr", "AFP"),
        ("PARIS (Reuters) - The company recalled three batches on Tuesday.", "en", "Reuters"),
        ("The company recalled three batches.\n\nAFP contributed to this report.", "en", "AFP"),
        ("The company recalled three batches, the Associated Press reported.", "en", "AP"),
    ],
)
def test_agency_credits_are_found(text: str, lang: str, agency: str) -> None:
    credit = _credit(Document(id="x", text=text, lang=lang))
    assert credit is not None and credit[0] == agency


@pytest.mark.parametrize(
    ("text", "lang", "agency"),
    [
        ("Le barrage a cédé dans la nuit, selon l'AFP.", "fr", "AFP"),
        ("« Selon l'AFP, tout va bien », a ironisé le maire, d'après Reuters.", "fr", "Reuters"),
        ("The dam gave way overnight, according to Reuters.", "en", "Reuters"),
        ('"According to AFP, all is well," the mayor joked, according to the AP.', "en", "AP"),
        ("« Selon l'AFP, tout va bien », a ironisé le maire.", "fr", None),  # quoted: his words
        ('"According to AFP, all is well," the mayor joked.', "en", None),
        ("Le barrage a cédé dans la nuit, selon la préfecture.", "fr", None),  # no agency
        ("The dam gave way overnight, according to the police.", "en", None),
        ("Selon l'APHP, le service est saturé.", "fr", None),  # "AP" inside a longer name
        ("According to APTN, the road is closed.", "en", None),
    ],
)
def test_a_claim_names_the_agency_it_comes_from_outside_quotes(
    text: str, lang: str, agency: str | None
) -> None:
    found = _attributed.__wrapped__(text, lang)
    assert (found[0] if found else None) == agency


def test_an_acronym_in_parentheses_is_not_an_agency() -> None:
    text = "L'Union américaine pour les libertés civiles (ACLU) appelle Amazon à renoncer."
    assert _credit(Document(id="x", text=text, lang="fr")) is None


def test_the_text_caches_are_emptied_after_a_larger_corpus_without_changing_answers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pool = "Le conseil municipal a voté mardi soir la fermeture de la piscine du quartier"
    harbour = "The harbour authority said on Monday that two cranes had been damaged by the storm."
    claims = [_claim("a", f"{pool}."), _claim("b", f"{pool} nord."), _claim("c", harbour, "en")]
    before = near_duplicates(claims)
    assert before  # the two French passages are copies
    monkeypatch.setattr(provenance_pairs, "_KEPT", 2)  # a corpus larger than the caches keep
    provenance_pairs.forget_after(len(claims))
    assert provenance_pairs._claim_shingles.cache_info().currsize == 0
    assert provenance_pairs._KEYS == {}
    assert near_duplicates(claims) == before
    provenance_pairs.forget_after(2)  # not larger: what is kept stays
    assert provenance_pairs._claim_shingles.cache_info().currsize > 0
