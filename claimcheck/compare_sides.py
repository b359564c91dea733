"""claims and the values they state -> the sides of a discrepancy: values grouped by
compatibility, the groups that may be set against each other, and each side's claims, outlets,
evidence and highlighted words."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from claimcheck.models import Claim, Highlight, Quantity, Side, TimeRef

__all__ = ["Item", "group_values", "joined", "quoted", "side", "sources"]

T = TypeVar("T", TimeRef, Quantity)
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Item:
    claim: Claim
    value: str
    evidence: str
    span: tuple[int, int] | None = None
    """document offsets of the evidence when a slot gives them; else found in the claim"""


def locate(item: Item) -> Highlight | None:
    if item.span is not None:
        return Highlight(claim_id=item.claim.id, start=item.span[0], end=item.span[1])
    words = _WORD.findall(item.evidence)
    if not words:
        return None
    pattern = r"\W+".join(re.escape(w) for w in words)
    match = re.search(pattern, item.claim.text, re.IGNORECASE)
    if match is None:
        return None
    start = item.claim.start + match.start()
    return Highlight(claim_id=item.claim.id, start=start, end=item.claim.start + match.end())


def side(items: Sequence[Item], value: str) -> Side:
    ids = tuple(dict.fromkeys(i.claim.id for i in items))
    docs = tuple(dict.fromkeys(i.claim.document_id for i in items))
    evidence = tuple(dict.fromkeys(" ".join(i.evidence.split()) for i in items))
    highlights = tuple(dict.fromkeys(h for i in items if (h := locate(i)) is not None))
    return Side(
        value=value, claim_ids=ids, document_ids=docs, evidence=evidence, highlights=highlights
    )


def group_values(
    items: Sequence[tuple[Claim, T]], compatible: Callable[[T, T], bool]
) -> list[list[tuple[Claim, T]]]:
    groups: list[list[tuple[Claim, T]]] = []
    for item in items:
        for group in groups:
            if all(compatible(item[1], other[1]) for other in group):
                group.append(item)
                break
        else:
            groups.append([item])
    return groups


def joined(
    groups: list[list[tuple[Claim, T]]], comparable: Callable[[Claim, Claim], bool]
) -> list[list[tuple[Claim, T]]]:
    """The groups that may be set against each other: the first group (most documents first)
    with a comparable claim in another group, and every group that has one comparable with it.
    Values from articles that report another event (`claimcheck.events`) are no side."""

    def meet(x: list[tuple[Claim, T]], y: list[tuple[Claim, T]]) -> bool:
        return any(a.document_id != b.document_id and comparable(a, b) for a, _ in x for b, _ in y)

    for index, anchor in enumerate(groups):
        kept = [anchor]
        kept.extend(g for j, g in enumerate(groups) if j != index and meet(anchor, g))
        if len(kept) > 1:
            return kept
    return []


def sources(side: Side) -> str:
    n = len(side.document_ids)
    return f"{n} source{'s' if n > 1 else ''}"


def quoted(evidence: Sequence[str]) -> str:
    return ", ".join(f"'{e}'" for e in evidence[:3])
