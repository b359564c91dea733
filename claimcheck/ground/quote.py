"""claim text + entity mentions -> Quotes: words between quotation marks and who said them."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from functools import cache

from claimcheck.lang import LanguageProfile
from claimcheck.models import EntityMention

__all__ = ["QuoteSpan", "attribution", "find_quotes", "speaker"]

_PAIRS = (("«", "»"), ("“", "”"), ('"', '"'), ("„", "“"))
_MIN_WORDS = 2
_WORD = re.compile(r"\w+", re.UNICODE)

QuoteSpan = tuple[int, int]
#: determiner, a lower-case noun (or two), a linking word, then the name that must start there
_PHRASE = re.compile(
    r"(?<![\s,])[\s,]+(?P<det>\w+)\s+(?P<noun>[^\W\d_A-ZÀ-Ý][^\W\d_]{3,}(?:\s+[^\W\d_A-ZÀ-Ý][^\W\d_]+)??)"
    r"\s+(?P<link>\w+)\s+(?:[^\W\d_A-ZÀ-Ý]{1,3}['’]|[^\W\d_A-ZÀ-Ý]{1,3}\s+)?",
    re.UNICODE,
)


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
def attribution(profile: LanguageProfile) -> re.Pattern[str]:
    """The language's verbs of attribution ("said", "selon"), longest first, as whole words."""
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
    for match in attribution(profile).finditer(text):
        if not outside(match.span()):
            continue
        i = bisect.bisect_left(starts, (match.end(), -1))
        near = []
        while i < len(starts) and starts[i][0] - match.end() <= 40:
            near.append(starts[i][1])
            i += 1
        institution = _institution(text, match.end(), local, entities, profile)
        if institution is not None:
            return institution
        if near:
            return candidates[min(near)][1].canonical
    return candidates[0][1].canonical if candidates else None


def _institution(
    text: str,
    at: int,
    local: Sequence[tuple[int, int]],
    entities: Sequence[EntityMention],
    profile: LanguageProfile,
) -> str | None:
    """An office named by a common noun and its place right after an attribution verb: "a
    indiqué le parquet de Lyon", "according to the police in Leeds" -> "parquet de Lyon"."""
    words = _PHRASE.match(text, at)
    if words is None:
        return None
    determiner, noun, link = (words.group(g).lower() for g in ("det", "noun", "link"))
    stop = profile.text.stop_words
    if determiner not in stop or noun in stop or link not in stop:
        return None
    for start, end in local[: len(entities)]:
        if start == words.end():
            return f"{text[words.start('noun') : words.end()]}{text[start:end]}"
    return None
