"""one document's Claims -> the same Claims with event-relative times resolved ("un jour après X").

An event-relative phrase links two events of one sentence: the main one, before the phrase
("L'annonce d'Amazon intervient"), and the anchor, after it ("qu'IBM a annoncé ..."), by a
number of days. When the document dates one of them elsewhere (a claim whose subject is the
same entity and that shares a content word, with a day-level time), the other one is dated
by shifting; the resolved time names the entity whose action it dates (`actor`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.ground.time_values import shift
from claimcheck.models import Claim, TimeRef

__all__ = ["resolve_event_times"]

_STEM = 5  # characters: "annonce" and "annoncé" share "annon"
_CONTENT = re.compile(r"[^\W\d_]{6,}", re.UNICODE)


def _stems(text: str) -> set[str]:
    return {w[:_STEM].lower() for w in _CONTENT.findall(text)}


def _dated(ref: TimeRef) -> bool:
    if ref.anchor == "event" or ref.granularity != "day":
        return False
    return (
        bool(ref.candidates)
        or ref.earliest is not None
        or (ref.month is not None and ref.weekday is not None)
    )


def _find_date(claims: Sequence[Claim], exclude: str, actor: str, words: str) -> TimeRef | None:
    """The day-level time of the document's claim that best matches an event (actor + words)."""
    stems = _stems(words)
    best: tuple[int, TimeRef] | None = None
    for claim in claims:
        if claim.id == exclude:
            continue
        times = [t for t in claim.times if _dated(t)]
        if not times or not any(e.canonical == actor for e in claim.entities[:2]):
            continue
        overlap = len(stems & _stems(claim.normalized))
        if overlap and (best is None or overlap > best[0]):
            best = (overlap, times[0])
    return best[1] if best else None


def resolve_event_times(claims: Sequence[Claim]) -> list[Claim]:
    """Resolve every event-relative time that the same document lets us date."""
    out: list[Claim] = []
    for claim in claims:
        times = list(claim.times)
        changed = False
        for index, ref in enumerate(times):
            if ref.anchor != "event" or ref.offset_days is None:
                continue
            before = [e for e in claim.entities if e.end <= ref.start]
            after = [e for e in claim.entities if e.start >= ref.end]
            main_words = claim.text[: max(ref.start - claim.start, 0)]
            anchor_words = ref.anchor_text or claim.text[ref.end - claim.start :]
            if before and after:
                main = _find_date(claims, claim.id, before[0].canonical, main_words)
                if main is not None:
                    moved = shift(main, -ref.offset_days, actor=after[0].canonical)
                    times[index] = _keep_surface(moved, ref)
                    changed = True
                    continue
            if after and before:
                anchor = _find_date(claims, claim.id, after[0].canonical, anchor_words)
                if anchor is not None:
                    moved = shift(anchor, ref.offset_days, actor=before[0].canonical)
                    times[index] = _keep_surface(moved, ref)
                    changed = True
        out.append(claim.model_copy(update={"times": tuple(times)}) if changed else claim)
    return out


def _keep_surface(resolved: TimeRef, original: TimeRef) -> TimeRef:
    return resolved.model_copy(
        update={
            "text": original.text,
            "start": original.start,
            "end": original.end,
            "anchor": "event",
            "offset_days": original.offset_days,
            "anchor_text": original.anchor_text,
        }
    )
