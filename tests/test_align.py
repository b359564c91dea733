"""align on hand-made unit vectors (no embedder): candidates, quote links, stories, linkage.

The mechanics are tested with an explicit pair model that reads the dense cosine alone
(P = 0.5 at cosine 0.6), so that each test states the similarity it relies on; the shipped
model is tested in tests/test_pairs.py.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from claimcheck.align import (
    AlignOptions,
    candidate_pairs,
    cluster_probability,
    quote_links,
)
from claimcheck.align import align as align_with
from claimcheck.lexical import word_partial_ratio
from claimcheck.logistic import LogisticModel
from claimcheck.models import Claim, Quote
from claimcheck.neighbours import Neighbours
from claimcheck.pairs import PAIR_FEATURES, PairScorer

Vectors = npt.NDArray[np.float32]


def claim(doc: str, n: int, quote: str | None = None) -> Claim:
    # texts without words of five letters or more: the lexical channel sees nothing
    text = f"x {doc} {n}"
    quotes = (Quote(text=quote, start=0, end=len(quote)),) if quote else ()
    return Claim(
        id=f"{doc}#{n}",
        document_id=doc,
        start=0,
        end=len(text),
        text=text,
        normalized=text,
        sentence=n,
        lang="fr",
        quotes=quotes,
    )


def dense_model(midpoint: float = 0.6, slope: float = 20.0) -> LogisticModel:
    """P(same fact) = sigmoid(slope * (cosine - midpoint)): the dense cosine alone."""
    n = len(PAIR_FEATURES)
    coef = (slope,) + (0.0,) * (n - 1)
    return LogisticModel(PAIR_FEATURES, coef, -slope * midpoint, (0.0,) * n, (1.0,) * n)


def align(
    claims: list[Claim],
    vectors: Vectors,
    options: AlignOptions | None = None,
    stories: list[str | None] | None = None,
) -> list[list[int]]:
    scorer = PairScorer(claims, vectors, model=dense_model())
    return align_with(claims, vectors, options, stories=stories, scorer=scorer)


def unit(*rows: list[float]) -> Vectors:
    array = np.asarray(rows, dtype=np.float32)
    return array / np.linalg.norm(array, axis=1, keepdims=True)


def cos_pair(similarity: float) -> Vectors:
    """Two unit vectors with the given cosine."""
    angle = float(np.arccos(similarity))
    return unit([1.0, 0.0, 0.0], [float(np.cos(angle)), float(np.sin(angle)), 0.0])


def test_empty_input() -> None:
    assert align([], np.zeros((0, 3), dtype=np.float32)) == []


def test_every_claim_in_exactly_one_cluster() -> None:
    rng = np.random.default_rng(7)
    centres = rng.normal(size=(6, 32))
    rows = [centres[i % 6] + 0.3 * rng.normal(size=32) for i in range(60)]
    claims = [claim(f"d{i % 5}", i) for i in range(60)]
    clusters = align(claims, unit(*rows))
    members = [i for cluster in clusters for i in cluster]
    assert sorted(members) == list(range(60))
    assert all(cluster == sorted(cluster) for cluster in clusters)
    assert [c[0] for c in clusters] == sorted(c[0] for c in clusters)
    assert 1 < len(clusters) < 60


def test_near_identical_vectors_of_different_documents_cluster() -> None:
    vectors = unit([1.0, 0.0, 0.0], [0.99, 0.05, 0.0], [0.98, 0.0, 0.06])
    claims = [claim("a", 1), claim("b", 1), claim("c", 1)]
    assert align(claims, vectors) == [[0, 1, 2]]


def test_dissimilar_vectors_do_not_cluster() -> None:
    vectors = unit([1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0])
    claims = [claim("a", 1), claim("b", 1), claim("c", 1)]
    assert align(claims, vectors) == [[0], [1], [2]]


@pytest.mark.parametrize(("similarity", "together"), [(0.80, False), (0.84, False), (0.95, True)])
def test_same_document_needs_near_identity(similarity: float, together: bool) -> None:
    clusters = align([claim("a", 1), claim("a", 2)], cos_pair(similarity))
    assert clusters == ([[0, 1]] if together else [[0], [1]])


def test_different_documents_cluster_at_the_same_similarity() -> None:
    assert align([claim("a", 1), claim("b", 1)], cos_pair(0.80)) == [[0, 1]]


def test_below_merge_threshold_stays_apart() -> None:
    assert align([claim("a", 1), claim("b", 1)], cos_pair(0.50)) == [[0], [1]]


def test_claims_of_different_stories_never_cluster() -> None:
    claims = [claim("a", 1), claim("b", 1), claim("c", 1)]
    vectors = unit([1.0, 0.0, 0.0], [0.99, 0.05, 0.0], [0.98, 0.0, 0.06])
    assert align(claims, vectors, stories=["s1", "s2", "s1"]) == [[0, 2], [1]]


def test_cluster_probability_is_the_mean_over_cross_document_pairs() -> None:
    claims = [claim("a", 1), claim("b", 1), claim("a", 2)]
    vectors = unit([1.0, 0.0, 0.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0])
    scorer = PairScorer(claims, vectors, model=dense_model())
    expected = float(np.mean(scorer.probability([(0, 1), (1, 2)])))
    assert cluster_probability([0, 1, 2], scorer) == pytest.approx(expected)
    assert cluster_probability([0, 2], scorer) is None  # one document corroborates nothing


def test_average_linkage_does_not_chain() -> None:
    # B sits between A and C: A~B and B~C (cos 0.71), A and C orthogonal
    vectors = unit([1.0, 0.0], [1.0, 1.0], [0.0, 1.0])
    claims = [claim("a", 1), claim("b", 1), claim("c", 1)]
    clusters = align(claims, vectors)
    assert sorted(map(len, clusters)) == [1, 2]
    assert not any(0 in c and 2 in c for c in clusters)


def test_threshold_is_configurable() -> None:
    claims = [claim("a", 1), claim("b", 1)]
    strict = AlignOptions(merge_threshold=0.99)
    assert align(claims, cos_pair(0.80), strict) == [[0], [1]]
    assert align(claims, cos_pair(0.80)) == [[0, 1]]


def test_candidate_pairs_keys_and_thresholds() -> None:
    vectors = unit([1.0, 0.0, 0.0], [0.9, 0.1, 0.0], [0.9, 0.0, 0.1], [0.0, 0.0, 1.0])
    pairs = candidate_pairs(vectors, ["a", "a", "b", "c"], AlignOptions())
    assert all(i < j for i, j in pairs)
    assert (0, 2) in pairs and (1, 2) in pairs
    assert (0, 1) in pairs  # same document, but cos 0.99 >= 0.85
    assert (0, 3) not in pairs and (1, 3) not in pairs
    assert pairs[(0, 2)] == pytest.approx(float(vectors[0] @ vectors[2]), abs=1e-6)
    assert candidate_pairs(vectors[:1], ["a"], AlignOptions()) == {}


def test_candidate_pairs_each_pair_once_in_first_order_with_its_last_cosine() -> None:
    # neighbours as the search gives them: (0, 1) met from row 0 first, then from row 1 with
    # a cosine one float32 step apart (the two directions are computed apart)
    low, high = np.float32(0.9), np.nextafter(np.float32(0.9), np.float32(1.0))
    found = Neighbours(
        np.array([[2, 1], [0, 2], [1, 0]], dtype=np.int64),
        np.array([[0.95, low], [high, 0.1], [0.1, 0.95]], dtype=np.float32),
    )
    vectors = np.zeros((3, 2), dtype=np.float32)
    pairs = candidate_pairs(vectors, ["a", "b", "c"], AlignOptions(neighbours=2), None, found)
    assert list(pairs) == [(0, 2), (0, 1)]  # (1, 2) at 0.1 is under the threshold
    assert pairs[(0, 1)] == float(high)
    assert pairs[(0, 2)] == float(np.float32(0.95))


QUOTE_A = "nous prônons des régulations plus strictes des gouvernements"
QUOTE_B = "nous prônons des règles plus strictes des gouvernements"  # one word drifts


def test_quote_links_join_drifted_quotes_across_documents() -> None:
    claims = [
        claim("a", 1, QUOTE_A),
        claim("b", 1, f"« {QUOTE_B.capitalize()} »"),
        claim("c", 1, "une tout autre phrase sans aucun rapport ici"),
        claim("a", 2, QUOTE_A),  # same document as claim 0: no link
    ]
    assert quote_links(claims, AlignOptions()) == [(0, 1), (1, 3)]


def test_quote_links_ignore_short_quotes() -> None:
    claims = [claim("a", 1, "plus jamais ça"), claim("b", 1, "plus jamais ça")]
    assert quote_links(claims, AlignOptions()) == []


def test_quote_link_clusters_claims_with_unrelated_vectors() -> None:
    claims = [claim("a", 1, QUOTE_A), claim("b", 1, QUOTE_B), claim("c", 1)]
    vectors = unit([1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0])
    assert align(claims, vectors) == [[0, 1], [2]]


def test_word_partial_ratio() -> None:
    words = ["le", "pont", "de", "valmont", "a", "cédé", "mardi", "soir"]
    assert word_partial_ratio(words, words) == 100.0
    assert word_partial_ratio(words[2:5], words) == 100.0  # an excerpt aligns fully
    assert word_partial_ratio(words, words[2:5]) == 100.0  # in either order
    assert word_partial_ratio(["un", "deux"], ["trois", "quatre"]) == 0.0
    drift = [*words[:4], "s'est", "effondré", *words[6:]]
    assert 60.0 <= word_partial_ratio(drift, words) < 100.0
    # word level, not character level: a one-letter change is a whole different word
    assert word_partial_ratio(["valmont"], ["valmond"]) == 0.0
