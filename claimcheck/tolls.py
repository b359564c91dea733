"""clusters of claims -> the same clusters, with each story's tolls gathered in one of their own.

The toll of an event (its dead, injured, missing) is the fact its coverage repeats most and
words least alike: "At least 12 people were killed, officials said", "The death toll rose to
19 on Saturday", "Le bilan s'élève à 12 morts". A sentence encoder joins each to whatever
else its sentence names, the storm's landfall or the quake's magnitude, and the tolls end up
in several clusters where nothing compares them. So, after alignment, each article's main
toll of a kind leaves its cluster, and the main tolls of one story's articles form one
cluster, where the comparison orders them into revisions or sets them against each other.
An article's main toll is the first whole count of that kind it gives: news states the
current toll first, and the comparisons with earlier disasters ("the 2004 tsunami, which
killed 230,000") and the tolls of one place or group come later (a recalled event dated a
year or more back is never a toll: `timeline.background`). A toll whose sentence is unlike
every other toll of its story (cosine under `min_similarity`) stays where it was.

Counts that add to a total ("seven more bodies") and parts ("dont trois enfants") are no
toll (`compare_slots.wholes`); a claim that gives two kinds (dead and injured) joins the
first kind's cluster.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from claimcheck.compare_slots import wholes
from claimcheck.models import Claim
from claimcheck.neighbours import nearest
from claimcheck.timeline import background, publication_range

__all__ = ["TOLL_KINDS", "gather_tolls"]

#: the kinds of a toll, in the order their clusters claim a sentence that gives several
TOLL_KINDS = ("dead", "injured", "missing")


def _main_tolls(
    claims: Sequence[Claim],
    kind: str,
    stories: Sequence[str | None],
    published: Mapping[str, str | None],
    taken: set[int],
) -> dict[str | None, list[int]]:
    """Each story's claims that give their article's first whole count of `kind`."""
    first: dict[tuple[str | None, str], int] = {}
    for k, claim in enumerate(claims):
        key = (stories[k], claim.document_id)
        if key in first or k in taken or claim.kind != "claim":
            continue
        if not any(
            q.kind == kind and q.dimension == "count" and q.plausible for q in wholes(claim)
        ):
            continue
        if background(claim, publication_range(published.get(claim.document_id))):
            continue
        first[key] = k
    by_story: dict[str | None, list[int]] = {}
    for (story, _), k in sorted(first.items(), key=lambda item: item[1]):
        by_story.setdefault(story, []).append(k)
    return by_story


def gather_tolls(
    groups: Sequence[Sequence[int]],
    claims: Sequence[Claim],
    vectors: npt.NDArray[np.float32],
    *,
    stories: Sequence[str | None] | None = None,
    published: Mapping[str, str | None] | None = None,
    min_similarity: float,
) -> list[list[int]]:
    """`groups` (clusters as claim indices), with each story's main tolls of a kind moved
    into one cluster; every cluster sorted, ordered by its first claim."""
    stories = stories if stories is not None else [None] * len(claims)
    published = published or {}
    taken: set[int] = set()
    tolls: list[list[int]] = []
    for kind in TOLL_KINDS:
        for members in _main_tolls(claims, kind, stories, published, taken).values():
            if len(members) < 2:
                continue
            # each toll's highest cosine with another of its story (exact, in bounded blocks)
            best = nearest(vectors[members], 1, exact_limit=len(members)).sims[:, 0]
            kept = [m for m, b in zip(members, best.tolist(), strict=True) if b >= min_similarity]
            if len(kept) >= 2:
                tolls.append(sorted(kept))
                taken.update(kept)
    if not tolls:
        return [sorted(g) for g in groups]
    rest = [sorted(i for i in g if i not in taken) for g in groups]
    return sorted([g for g in rest if g] + tolls, key=lambda g: g[0])
