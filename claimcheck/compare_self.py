"""grounded claims -> contradictions within one claim: a weekday its own date does not fall on.

"Un séisme a secoué le Maroc vendredi 9 septembre", in a year when the 9th is a Saturday: the
sentence contradicts itself whatever other outlets say, and one of its halves is wrong (often
the date, copied from an earlier report; sometimes the weekday). Grounding keeps the date and
sets the weekday apart (`TimeRef.weekday_unmatched`); `compare` reports the two side by side
as a date discrepancy whose two sides are the same claim, so that it is checked like any other.
"""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.compare_sides import Item, side
from claimcheck.ground import time_values as tm
from claimcheck.models import Claim, Side

__all__ = ["weekday_contradictions"]


def weekday_contradictions(claim: Claim) -> Iterator[tuple[list[Side], str]]:
    """(the two sides, the explanation) of each written weekday that the claim's own date
    contradicts."""
    for ref in claim.times:
        if ref.weekday_unmatched is None or ref.earliest is None or ref.earliest != ref.latest:
            continue
        named = tm.DAY_NAMES[ref.weekday_unmatched]
        date = tm.describe(ref)
        span = (ref.start, ref.end)
        weekday = side([Item(claim, named, ref.text, span)], named)
        dated = side([Item(claim, date, ref.text, span)], date)
        yield (
            [dated, weekday],
            f"the weekday and the date disagree in one sentence: “{ref.text}” names a "
            f"{named}, but {ref.earliest.day} {ref.earliest:%B %Y} is a "
            f"{tm.DAY_NAMES[ref.earliest.weekday()]} ({claim.document_id})",
        )
