"""claim text + entity mentions -> Quotes: words between quotation marks and who said them."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from functools import cache

from claimcheck.lang import LanguageProfile
from claimcheck.models import EntityMention

__all__ = ["QuoteSpan", "find_quotes", "speaker"]

_PAIRS = (("«", "»"), ("“", "”"), ('"', '"'), ("„", "“"))
_MIN_WORDS = 2
_WORD = re.compile(r"\w+", re.UNICODE)

QuoteSpan = tuple[int, int]


def find_quotes(text: str) -> list[QuoteSpan]:
    """(start, end) of each quoted passage in `text`, marks excluded, surrounding spaces trimmed."""
    spans: list[QuoteSpan] = []
    position = 0
    while position < len(text):
        opener = None
        for index, (left, _right) in enumerate(_PAIRS):
            at = text.find(left, position)
            if at >= 0 and (opener is None or at < opener[0]):
                opener = (at, index)
        if opener is None:
            break
        at, index = opener
        close = text.find(_PAIRS[index][1], at + 1)
        if close < 0:
            break
        start, end = at + 1, close
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if len(_WORD.findall(text[start:end])) >= _MIN_WORDS:
            spans.append((start, end))
        position = close + 1
    return spans


@cache
def _attribution(profile: LanguageProfile) -> re.Pattern[str]:
    verbs = "|".join(
        re.escape(v) for v in sorted(profile.text.attribution_verbs, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?:{verbs or '(?!)'})(?!\w)", re.IGNORECASE)


def speaker(
    text: str,
    quotes: Sequence[QuoteSpan],
    entities: Sequence[EntityMention],
    local: Sequence[tuple[int, int]],
    profile: LanguageProfile,
) -> str | None:
    """Who is quoted: the entity right after an attribution verb, else the first one outside quotes.

    `local` gives each entity's offsets within `text` (the mentions themselves carry document
    offsets).
    """

    # A span is inside a quote when a quote that opens before it reaches past it: one bisection
    # over the openings and the furthest reach so far, and one over the candidates' starts,
    # instead of a scan of every quote and candidate per span (cubic with many quotes).
    ordered = sorted(quotes)
    opens = [q0 - 1 for q0, _ in ordered]
    reach = list(itertools.accumulate((q1 + 1 for _, q1 in ordered), max))

    def outside(span: tuple[int, int]) -> bool:
        i = bisect.bisect_right(opens, span[0])
        return i == 0 or reach[i - 1] < span[1]

    candidates = [
        (span, ent)
        for span, ent in zip(local, entities, strict=True)
        if outside(span) and ent.kind != "LOC"
    ]
    starts = sorted((span[0], k) for k, (span, _) in enumerate(candidates))
    for match in _attribution(profile).finditer(text):
        if not outside(match.span()):
            continue
        i = bisect.bisect_left(starts, (match.end(), -1))
        near = []
        while i < len(starts) and starts[i][0] - match.end() <= 40:
            near.append(starts[i][1])
            i += 1
        if near:
            return candidates[min(near)][1].canonical
    return candidates[0][1].canonical if candidates else None
