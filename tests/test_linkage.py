"""average_linkage: a veto asked lazily keeps the same groups apart as the same pairs passed as
`cannot`, and is asked only about scored pairs of two groups about to merge, once a pair."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.linkage import _adjacency, average_linkage


@st.composite
def graphs(
    draw: st.DrawFn,
) -> tuple[int, dict[tuple[int, int], float], list[tuple[int, int]], set[tuple[int, int]]]:
    n = draw(st.integers(min_value=1, max_value=14))
    every = [(i, j) for i in range(n) for j in range(i + 1, n)]
    chosen = draw(st.lists(st.sampled_from(every), unique=True) if every else st.just([]))
    scores = [round(draw(st.floats(min_value=0.0, max_value=1.0)), 2) for _ in chosen]
    pairs = dict(zip(chosen, scores, strict=True))
    links = draw(st.lists(st.sampled_from(every), max_size=3) if every else st.just([]))
    vetoed = set(draw(st.lists(st.sampled_from(chosen), unique=True) if chosen else st.just([])))
    return n, pairs, links, vetoed


@settings(max_examples=300, deadline=None)
@given(graphs(), st.sampled_from([0.2, 0.35, 0.5]))
def test_a_lazy_veto_keeps_the_groups_a_cannot_list_keeps(
    graph: tuple[int, dict[tuple[int, int], float], list[tuple[int, int]], set[tuple[int, int]]],
    threshold: float,
) -> None:
    n, pairs, links, vetoed = graph
    asked: list[tuple[int, int]] = []

    def veto(i: int, j: int) -> bool:
        asked.append((i, j))
        return (i, j) in vetoed

    eager = average_linkage(n, pairs, threshold, links=links, cannot=sorted(vetoed))
    lazy = average_linkage(n, pairs, threshold, links=links, veto=veto)
    assert lazy == eager
    assert len(asked) == len(set(asked)) and set(asked) <= set(pairs)


def test_a_veto_is_asked_only_when_two_groups_would_merge() -> None:
    """0~1 and 2~3 merge; 1~2 is too weak for their groups to merge: never asked."""
    pairs = {(0, 1): 0.9, (2, 3): 0.9, (1, 2): 0.1}
    asked: list[tuple[int, int]] = []
    groups = average_linkage(4, pairs, 0.5, veto=lambda i, j: bool(asked.append((i, j))))
    assert groups == [[0, 1], [2, 3]]
    assert sorted(asked) == [(0, 1), (2, 3)]
    groups = average_linkage(4, pairs, 0.5, veto=lambda i, j: (i, j) == (2, 3))
    assert groups == [[0, 1], [2], [3]]


def _greedy(
    n: int, pairs: dict[tuple[int, int], float], threshold: float, cannot: set[tuple[int, int]]
) -> list[list[int]]:
    """Average linkage step by step: merge the two groups of the highest mean score over all
    their member pairs (ties: the lowest first members), unless a `cannot` pair joins them."""
    groups = [[i] for i in range(n)]
    while True:
        best: tuple[float, int, int] | None = None
        for x, a in enumerate(groups):
            for y in range(x + 1, len(groups)):
                b = groups[y]
                if any((min(i, j), max(i, j)) in cannot for i in a for j in b):
                    continue
                total = sum(pairs.get((min(i, j), max(i, j)), 0.0) for i in a for j in b)
                mean = total / (len(a) * len(b))
                if mean >= threshold and (
                    best is None or (-mean, x, y) < (-best[0], best[1], best[2])
                ):
                    best = (mean, x, y)
        if best is None:
            return sorted(sorted(g) for g in groups)
        _, x, y = best
        groups[x] = groups[x] + groups.pop(y)


@settings(max_examples=300, deadline=None)
@given(st.data(), st.sampled_from([0.25, 0.5]))
def test_the_merges_are_the_greedy_ones_with_most_pairs_kept_apart(
    data: st.DataObject, threshold: float
) -> None:
    """Most scored pairs apart, as the story stage's (articles too far apart in time): the
    groups are those of merging the best pair of groups one step at a time. Scores in
    quarters, so that every sum is exact and ties are ties."""
    n = data.draw(st.integers(min_value=1, max_value=12))
    every = [(i, j) for i in range(n) for j in range(i + 1, n)]
    chosen = data.draw(st.lists(st.sampled_from(every), unique=True) if every else st.just([]))
    pairs = {p: data.draw(st.sampled_from([0.25, 0.5, 0.75, 1.0])) for p in chosen}
    cannot = set(data.draw(st.lists(st.sampled_from(every), unique=True) if every else st.just([])))
    groups = average_linkage(n, pairs, threshold, cannot=sorted(cannot))
    assert groups == _greedy(n, pairs, threshold, cannot)


def test_each_members_partners_are_listed_in_the_pairs_order_with_their_pair() -> None:
    ends = np.array([3, 1, 0, 3, 1, 2, 3, 2], dtype=np.int64)  # pairs 3-1, 0-3, 1-2, 3-2
    start, partner, number = _adjacency(5, ends)
    listed = {
        i: [(int(partner[at]), int(number[at])) for at in range(start[i], start[i + 1])]
        for i in range(5)
    }
    assert listed == {
        0: [(3, 1)],
        1: [(3, 0), (2, 2)],
        2: [(1, 2), (3, 3)],
        3: [(1, 0), (0, 1), (2, 3)],
        4: [],
    }
