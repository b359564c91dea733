"""claim + one of its times -> whether that time dates the report of the fact, not the fact.

"Le séisme a fait 2 012 morts, selon un bilan publié samedi vers 22h00": the earthquake did
not happen on Saturday at 10 p.m.; the toll was given then. A time is the report's when the
words right before it are a report relation of the language ("en date du", "as at"), or when
a report noun ("bilan", "toll", "figures", "statement") stands before it in its clause with no
verb of the fact between (participles of the report, "publié", "released", "updated", may
stand there). Such a time is never compared as the fact's time; it may still order two
reports of one count (`report_moment`: a later bulletin revises an earlier one).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from claimcheck.lang import LanguageProfile, get_profile
from claimcheck.models import Claim, TimeRef

__all__ = ["report_moment", "report_time"]

_MAX_GAP = 8  # words between the report noun and its time
_STOPS = frozenset(';:()«»"“”')


@cache
def _relation(profile: LanguageProfile) -> re.Pattern[str] | None:
    words = profile.text.report_relations
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|\W)(?:{alternation})\s*$", re.IGNORECASE)


@cache
def _nouns(profile: LanguageProfile) -> frozenset[str]:
    return frozenset(w.casefold() for w in profile.text.report_nouns)


@cache
def _participles(profile: LanguageProfile) -> frozenset[str]:
    return frozenset(w.casefold() for w in profile.text.report_participles)


def _verb(part: str, profile: LanguageProfile) -> bool:
    """A finite verb of the fact: a listed verb, or a word with a finite ending."""
    vocab = profile.text
    if part in _participles(profile):
        return False
    return part in vocab.verb_cues or (len(part) >= 4 and part.endswith(vocab.verb_endings))


def report_time(claim: Claim, ref: TimeRef) -> bool:
    """Does `ref` date the report the claim cites (a toll, a bulletin, a statement)?"""
    profile = get_profile(claim.lang)
    prefix = claim.text[: max(ref.start - claim.start, 0)]
    relation = _relation(profile)
    if relation is not None and relation.search(prefix):
        return True
    nouns = _nouns(profile)
    if not nouns:
        return False
    stops = profile.text.subordinators
    for count, token in enumerate(reversed(prefix.split())):
        if count > _MAX_GAP or token[-1] in _STOPS or (count and token[-1] in ".!?"):
            return False
        parts = [p for p in re.split(r"['’]", token.casefold().strip('.,;:!?«»"“”()')) if p]
        if any(p in nouns for p in parts[-1:]):
            return True
        if any(_verb(p, profile) or p in stops or f"{p}'" in stops for p in parts):
            return False  # the fact's own verb, or a clause of its own ("le bilan, qui ...")
    return False


def report_moment(claim: Claim) -> tuple[dt.date, int] | None:
    """When the report a claim cites was given: its day and minute (0 without a time of day);
    None when the claim dates no report to the day."""
    moments = [
        (t.earliest, t.time_start or 0)
        for t in claim.times
        if t.earliest is not None and t.earliest == t.latest and report_time(claim, t)
    ]
    return max(moments) if len(set(moments)) == 1 else None
