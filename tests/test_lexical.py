"""The lexical index: TF-IDF cosines over stems and stem pairs, held as arrays.

Every cosine must equal what a plain per-pair sum over two dictionaries gives (the index
once held one dictionary per text; alignment and stories read these values against
thresholds, so they must not move by a rounding), one pair at a time or many at once.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pytest

from claimcheck.lexical import LexicalIndex, SparseRows, rare_pairs, terms

TEXTS = [
    "Le préfet a confirmé que l'incendie de l'entrepôt avait été maîtrisé dans la nuit.",
    "Selon le préfet, l'incendie de l'entrepôt a été maîtrisé vers trois heures du matin.",
    "Les pompiers ont lutté pendant six heures contre les flammes de l'entrepôt.",
    "The prefect confirmed that the warehouse fire had been brought under control overnight.",
    "Firefighters battled the warehouse flames for six hours before dawn.",
    "Le conseil municipal votera le budget primitif mardi prochain.",
    "The city council will vote on the draft budget next Tuesday.",
    "Le conseil municipal votera le budget primitif lors de sa séance de mardi.",
    "",
    "Un mot.",
]


def _reference(texts: list[str]) -> list[dict[str, float]]:
    """TF-IDF vectors as dictionaries, the way the index computed them before arrays."""
    bags = [Counter(terms(t)) for t in texts]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = max(len(texts), 1)
    out = []
    for bag in bags:
        weights = {t: (1 + math.log(c)) * math.log(1 + n / df[t]) for t, c in bag.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        out.append({t: w / norm for t, w in weights.items()})
    return out


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b[t] for t, w in a.items() if t in b)


def _stems(vector: dict[str, float]) -> dict[str, float]:
    weights = {t: w for t, w in vector.items() if "+" not in t}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def _all_pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    rows, cols = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    return rows.ravel(), cols.ravel()


def test_cosines_equal_the_per_pair_sums_of_dictionaries() -> None:
    index = LexicalIndex(TEXTS)
    reference = _reference(TEXTS)
    rows, cols = _all_pairs(len(TEXTS))  # 100 pairs: the array path
    expected = [_dot(reference[i], reference[j]) for i, j in zip(rows, cols, strict=True)]
    assert index.similarities(rows, cols).tolist() == expected
    assert [index.similarity(int(i), int(j)) for i, j in zip(rows, cols, strict=True)] == expected
    few = index.similarities(rows[:5], cols[:5])  # a handful: the one-by-one path
    assert few.tolist() == expected[:5]
    stems = [_stems(v) for v in reference]
    expected_stems = [_dot(stems[i], stems[j]) for i, j in zip(rows, cols, strict=True)]
    assert index.stem_similarities(rows, cols).tolist() == expected_stems


def test_cosines_of_distinct_texts_equal_the_per_pair_sums() -> None:
    # no text paired with itself: the dense table of shared terms serves these pairs
    texts = [
        *TEXTS,
        "Les pompiers ont maîtrisé l'incendie de l'entrepôt après six heures de lutte.",
        "Council members delayed the budget vote after a heated debate on Tuesday.",
    ]
    index = LexicalIndex(texts)
    reference = _reference(texts)
    rows, cols = _all_pairs(len(texts))
    distinct = rows != cols
    rows, cols = rows[distinct], cols[distinct]
    expected = [_dot(reference[i], reference[j]) for i, j in zip(rows, cols, strict=True)]
    assert sum(value > 0 for value in expected) >= 10
    assert index.similarities(rows, cols).tolist() == expected
    stems = [_stems(v) for v in reference]
    expected_stems = [_dot(stems[i], stems[j]) for i, j in zip(rows, cols, strict=True)]
    assert index.stem_similarities(rows, cols).tolist() == expected_stems


def test_cosines_see_shared_rare_words_across_outlets() -> None:
    index = LexicalIndex(TEXTS)
    assert index.similarity(0, 1) > 0.2  # one fire, one prefect, two French wordings
    assert index.similarity(5, 7) > 0.6  # the budget vote, twice
    assert index.similarity(5, 0) == 0.0  # the vote and the fire share no word
    assert 0.0 < index.similarity(0, 3) < index.stem_similarity(0, 3)  # "confirm-" alone
    assert index.similarity(8, 0) == 0.0  # an empty text
    assert math.isclose(index.similarity(2, 2), 1.0)


def test_cross_language_stems_are_the_cognates() -> None:
    index = LexicalIndex(
        [
            "La navigation sur le canal reprendra après la compensation des armateurs.",
            "Navigation on the canal will resume after compensation is paid to shipowners.",
            "Les supporters ont envahi le terrain.",
        ]
    )
    assert index.stem_similarity(0, 1) > 0.3  # navigation, compensation
    assert index.stem_similarity(0, 2) == 0.0


def test_rare_pairs_count_word_pairs_no_other_text_holds() -> None:
    texts = [
        "La traite d'êtres humains et le travail forcé ont été dénoncés au tribunal.",
        "Le tribunal a jugé une affaire de traite des êtres humains et de travail forcé.",
        "Human trafficking and forced labour were denounced in court.",
        "Le travail forcé reste un fléau, selon le tribunal régional.",
    ]
    index = LexicalIndex(texts)
    shared = rare_pairs(index)
    # "traite+etres", "etres+humain", "humain+travai" in both French reports only;
    # "travai+force" is in three texts
    assert shared == {(0, 1): 3}
    assert rare_pairs(LexicalIndex(texts, max_df=1)) == {}
    assert rare_pairs(LexicalIndex([])) == {}


def test_rare_pairs_keep_the_order_of_first_appearance() -> None:
    texts = [
        "alpha bravo charlie delta echoes",
        "foxtrot golfer hotel indias",
        "foxtrot golfer hotel indias",
        "alpha bravo charlie delta echoes",
    ]
    # a word pair of text 0 shared with text 3 comes before one of text 1 shared with text 2
    assert list(rare_pairs(LexicalIndex(texts))) == [(0, 3), (1, 2)]


def test_a_subset_weighs_its_texts_as_the_whole_index_does() -> None:
    """`subset`: the chosen texts renumbered, every similarity the whole index's (bit for
    bit), and the rare word pairs those of two chosen texts only."""
    texts = [
        "Le port a rouvert mardi après la grève des dockers, selon la direction du port.",
        "The port reopened on Tuesday after the dockers' strike, the port authority said.",
        "La grève des dockers a paralysé le port pendant trois jours, selon la direction.",
        "Dockers ended their strike and the harbour reopened on Tuesday morning.",
        "La grève des dockers a paralysé le trafic, a indiqué la direction du port.",
    ]
    whole = LexicalIndex(texts)
    rows = [4, 0, 2]
    part = whole.subset(rows)
    assert len(part) == 3 and len(LexicalIndex(texts[:0]).subset([])) == 0
    i, j = np.triu_indices(3, 1)
    mapped = np.array(rows)
    assert part.similarities(i, j).tolist() == whole.similarities(mapped[i], mapped[j]).tolist()
    assert [part.similarity(a, b) for a, b in zip(i, j, strict=True)] == [
        whole.similarity(rows[a], rows[b]) for a, b in zip(i, j, strict=True)
    ]
    assert part.stem_similarity(1, 2) == whole.stem_similarity(0, 2)

    def within(chosen: list[int]) -> dict[tuple[int, int], int]:
        position = {r: k for k, r in enumerate(chosen)}
        return {
            (min(position[a], position[b]), max(position[a], position[b])): n
            for (a, b), n in rare_pairs(whole).items()
            if a in position and b in position
        }

    assert within(rows) and rare_pairs(part) == within(rows)  # the French reports 2 and 4
    assert rare_pairs(whole.subset([1, 3])) == within([1, 3])
    assert rare_pairs(whole.subset([0, 1])) == {}  # none of their shared pairs is rare
    # the weights are the whole index's, not those of an index of these texts alone
    assert whole.similarity(0, 4) != LexicalIndex([texts[4], texts[0]]).similarity(0, 1)


def test_sparse_rows_from_dictionaries() -> None:
    rows = SparseRows.from_dicts([{0: 0.5, 2: 0.5}, {2: 1.0}, {}], 3)
    assert rows.dot(0, 1) == 0.5
    assert rows.dot(1, 2) == 0.0
    many = rows.dots(np.zeros(40, dtype=np.int64), np.ones(40, dtype=np.int64))
    assert many.tolist() == [0.5] * 40


def test_an_index_is_the_same_whatever_was_indexed_before(monkeypatch: pytest.MonkeyPatch) -> None:
    from claimcheck import lexical

    def state(index: LexicalIndex) -> tuple[list[int], list[float], list[bool], list[int]]:
        v = index.vectors
        return v.ids.tolist(), v.weights.tolist(), index.bigram.tolist(), index.df.tolist()

    monkeypatch.setattr(lexical, "_TERMS", lexical._Terms())
    fresh = state(LexicalIndex(TEXTS[3:] + TEXTS[:3]))
    LexicalIndex(["Les pompiers ont lutté contre un autre incendie", *TEXTS[::-1]])
    assert state(LexicalIndex(TEXTS[3:] + TEXTS[:3])) == fresh  # the texts' terms remembered
    monkeypatch.setattr(lexical, "_TERMS", lexical._Terms(terms=5, texts=2))  # emptied often
    LexicalIndex(TEXTS[::-1])
    assert state(LexicalIndex(TEXTS[3:] + TEXTS[:3])) == fresh
    assert fresh[0][:3] == [0, 1, 2]  # numbered in order of first appearance
