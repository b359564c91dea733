"""Claim -> its verbatim text with each resolved referent as marked context after the anaphor.

"Elle entend…" with a resolution of "Elle" reads "Elle [la Chambre des représentants]
entend…": the outlet's words are never changed, what claimcheck adds is bracketed.
"""

from __future__ import annotations

from claimcheck.models import Claim

__all__ = ["insertions", "with_context"]


def insertions(claim: Claim) -> list[tuple[int, str]]:
    """(offset in `claim.text`, context to show there) for each resolution, in order."""
    out = []
    for resolution in claim.resolutions:
        at = resolution.end - claim.start
        if not 0 < at <= len(claim.text):
            continue
        if resolution.surface.casefold() == resolution.anaphor.casefold():
            continue
        out.append((at, resolution.surface))
    return sorted(out)


def with_context(claim: Claim, left: str = "[", right: str = "]") -> str:
    """The verbatim text with each referent inserted, between `left` and `right`."""
    text, parts, position = claim.text, [], 0
    for at, surface in insertions(claim):
        parts.append(text[position:at])
        parts.append(f" {left}{surface}{right}")
        position = at
    parts.append(text[position:])
    return "".join(parts)
