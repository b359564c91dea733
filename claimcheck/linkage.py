"""scored pairs -> groups: average-linkage clustering over a sparse pair graph.

Used twice: articles into stories (`claimcheck.stories`) and claims into facts
(`claimcheck.align`). Two groups merge while the mean score over *all* their member pairs
reaches the threshold, pairs without a score counting as 0: A~B and B~C do not drag A and C
together, which is what keeps a group to one event or one fact. `links` join members before
any merge (a quote of the same words is one fact whatever else differs). Every member ends in
exactly one group; singletons are groups too.
"""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Callable, Iterable, Mapping

import numpy as np
import numpy.typing as npt

__all__ = ["average_linkage"]


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _adjacency(
    n: int, ends: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """(start, partner, number): member i's scored partners are partner[start[i]:start[i + 1]],
    in the order of the pairs (`ends` holds each pair's two members in turn), and number[at] is
    the pair of partner[at]."""
    members = ends.reshape(-1, 2)
    source = members.reshape(-1)  # pair k gives (i -> j) at 2k and (j -> i) at 2k + 1
    order = np.argsort(source, kind="stable")
    partner = members[:, ::-1].reshape(-1)[order]
    number = order // 2
    start = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(source, minlength=n), out=start[1:])
    return start, partner, number


def average_linkage(
    n: int,
    pairs: Mapping[tuple[int, int], float],
    threshold: float,
    *,
    links: Iterable[tuple[int, int]] = (),
    cannot: Iterable[tuple[int, int]] = (),
    veto: Callable[[int, int], bool] | None = None,
) -> list[list[int]]:
    """Groups of `range(n)`, each sorted, ordered by their first member.

    `pairs` maps (i, j) with i != j to a score; `links` are joined first; two groups that hold
    a pair of `cannot` never merge, nor two that hold a scored pair (i, j) for which `veto(i,
    j)` is true. `veto` is asked only about the scored pairs of two groups about to merge, at
    most once a pair: the same groups as every scored pair's veto passed in `cannot`, for
    fewer questions (the story stage's look-alike gate reads two articles' figures for each).
    """
    parent = list(range(n))
    for i, j in links:
        parent[_find(parent, i)] = _find(parent, j)
    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(_find(parent, i), []).append(i)
    group_of = {i: root for root, items in members.items() for i in items}
    apart: dict[int, set[int]] = {root: set() for root in members}
    for i, j in cannot:
        a, b = group_of[i], group_of[j]
        if a != b:
            apart[a].add(b)
            apart[b].add(a)

    # two groups apart stay apart (a merged group is apart from whatever either half was), so
    # their summed score is never read: it is not kept, and not put on the heap. A group's
    # row and its neighbour's share one float (the two sums are always equal)
    sums: dict[int, dict[int, float]] = {root: {} for root in members}
    ends = array("q")  # each scored pair's two members, in the pairs' order (for the veto)
    for (i, j), score in pairs.items():
        if veto is not None:
            ends.append(i)
            ends.append(j)
        a, b = group_of[i], group_of[j]
        if a != b and b not in apart[a]:
            row = sums[a]
            row[b] = sums[b][a] = row.get(b, 0.0) + score
    # every member's scored partners, in the pairs' order, as arrays (a list of Python ints
    # per member cost about 70 bytes a pair), with each pair's number; the veto's answers by
    # pair number (-1: not asked yet)
    start, partner, number = _adjacency(n, np.frombuffer(ends, dtype=np.int64))
    del ends
    vetoed = np.full(len(number) // 2, -1, dtype=np.int8)

    def blocked(a: int, b: int) -> bool:
        """Does a scored pair between groups a and b have a veto?"""
        assert veto is not None
        small, other = (a, b) if len(members[a]) <= len(members[b]) else (b, a)
        for i in members[small]:
            for at in range(int(start[i]), int(start[i + 1])):
                j = int(partner[at])
                if _find(parent, j) != other:
                    continue
                k = int(number[at])
                found = int(vetoed[k])
                if found < 0:
                    found = vetoed[k] = veto(*((i, j) if i < j else (j, i)))
                if found:
                    return True
        return False

    size = {root: len(items) for root, items in members.items()}

    # only pairs at the threshold are ever popped (the first one below it ends the merging),
    # so the heap holds those alone: the same merges, in the same order, on fewer entries
    heap = [
        (-mean, a, b)
        for a, row in sums.items()
        for b, total in row.items()
        if a < b and (mean := total / (size[a] * size[b])) >= threshold
    ]
    heapq.heapify(heap)
    pop, push = heapq.heappop, heapq.heappush
    while heap:
        negative, a, b = pop(heap)
        if a not in size or b not in size:
            continue  # stale entry: a group merged since
        if abs(sums[a].get(b, 0.0) / (size[a] * size[b]) + negative) > 1e-9:
            continue  # stale entry: its mean moved (or the two are apart: no sum kept)
        if b in apart[a]:
            continue
        if veto is not None and blocked(a, b):
            apart[a].add(b)  # kept apart as a `cannot` pair would keep them
            apart[b].add(a)
            sums[a].pop(b, None)  # never read again
            sums[b].pop(a, None)
            continue
        members[a].extend(members.pop(b))
        parent[b] = a
        size[a] += size.pop(b)
        away = apart[a]
        for other in apart.pop(b):
            apart[other].discard(b)
            if other != a:
                away.add(other)
                apart[other].add(a)
        row = sums[a]
        for other, total in sums.pop(b).items():
            theirs = sums[other]
            theirs.pop(b, None)
            if other != a and other not in away:
                row[other] = theirs[a] = row.get(other, 0.0) + total
        row.pop(b, None)
        for other in [o for o in row if o in away]:  # apart from b's side: never read again
            del row[other], sums[other][a]
        mine = size[a]
        for other, total in row.items():
            mean = total / (mine * size[other])
            if mean >= threshold:
                push(heap, (-mean, min(a, other), max(a, other)))
    groups = [sorted(items) for items in members.values()]
    return sorted(groups, key=lambda items: items[0])
