"""claims + vectors -> links from typed slots: the same precise figure or time of day.

Two outlets rarely word one fact alike, least of all across languages, but a precise figure
or a time to the minute says they state one fact whatever the sentence encoder sees in
their words. These pairs start in one cluster
(`claimcheck.align`), where the comparison sets their values side by side.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal

import numpy as np
import numpy.typing as npt

from claimcheck.ground.quantity_values import role
from claimcheck.models import Claim

__all__ = ["FIGURE_DIGITS", "figure_links"]

#: a figure written with at least this many significant digits is precise enough that two
#: outlets giving it for the same thing report one fact (369, 2 012, 916 millions; not 40,
#: 2 000 or 6,8)
FIGURE_DIGITS = 3
_FIGURE_MEMBERS = 12  # more claims than this with one figure: a stock value, not one fact


def _significant_digits(value: float) -> int:
    if value == 0 or not math.isfinite(value):
        return 0
    return len(Decimal(repr(abs(value))).normalize().as_tuple().digits)


def _precise_keys(claim: Claim) -> set[tuple[object, ...]]:
    """The precise figures (by role and value) and times of day (to the minute, not on a
    quarter hour, in UTC when a zone is stated) a claim gives."""
    keys: set[tuple[object, ...]] = set()
    for q in claim.quantities:
        if (
            q.bound != "approx"
            and q.plausible
            and (q.kind or q.unit)
            and q.kind not in ("age", "duration")  # ages and spans are counted in other units
            and _significant_digits(q.value) >= FIGURE_DIGITS
        ):
            keys.add(("figure", role(q), round(q.value, 6)))
    for ref in claim.times:
        if ref.clock is not None and ref.qualifier is None and ref.clock % 15:
            offset = ref.utc_offset_minutes
            keys.add(("clock", ref.clock - (offset or 0), offset is not None))
    return keys


def figure_links(
    claims: Sequence[Claim], vectors: npt.NDArray[np.float32], min_similarity: float
) -> list[tuple[int, int]]:
    """Pairs of claims of two documents that give the same precise figure or time of day.

    Two outlets writing "2.012 morts" and "2,012 people had been killed", or "23h11" and
    "11:11 p.m.", for the same thing report one fact, however their sentences differ (a
    lead that packs the magnitude, the toll and the injured against a one-line toll). A
    figure of few significant digits (40, 2 000) or a time on the quarter hour is shared by
    chance too often to say so.
    """
    postings: dict[tuple[object, ...], list[int]] = {}
    for index, claim in enumerate(claims):
        for key in _precise_keys(claim):
            postings.setdefault(key, []).append(index)
    links: set[tuple[int, int]] = set()
    for members in postings.values():
        if not 1 < len(members) <= _FIGURE_MEMBERS:
            continue
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                if claims[i].document_id == claims[j].document_id:
                    continue
                if float(vectors[i] @ vectors[j]) >= min_similarity:
                    links.add((i, j))
    return sorted(links)
