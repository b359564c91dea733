"""Language profiles, looked up by ISO 639-1 code, and a small language guesser.

A language without a profile is read with the language-neutral one (`lang.neutral`): digits,
numeric dates, names and quotes, no word tables.
"""

from __future__ import annotations

import importlib
import re
from functools import cache

from claimcheck.errors import UsageError
from claimcheck.lang.base import LanguageProfile, TextVocabulary
from claimcheck.lang.neutral import UNDETERMINED, neutral_profile

__all__ = [
    "UNDETERMINED",
    "LanguageProfile",
    "TextVocabulary",
    "available",
    "detect",
    "get_profile",
    "has_profile",
    "require_profile",
    "word_zipf",
]

_LANGS = ("fr", "en")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
#: a text of fewer words than this is too short to say it is in no profiled language
_MIN_WORDS = 12
#: share of a text's words (3 letters or more) a language's word list must know
_MIN_KNOWN = 0.6
#: zipf frequency from which a word counts as known to a language's word list
_KNOWN_ZIPF = 2.5


def available() -> tuple[str, ...]:
    """Codes of the languages claimcheck ships a profile for."""
    return _LANGS


def has_profile(code: str | None) -> bool:
    """Whether claimcheck ships a profile for `code`."""
    return code in _LANGS


def require_profile(code: str) -> LanguageProfile:
    """The profile for `code`, which must be one claimcheck ships (a language asked for)."""
    if code not in _LANGS:
        raise UsageError(
            f"unknown language {code!r}; expected one of {', '.join(_LANGS)} (leave it out to "
            "guess it per article)"
        )
    return get_profile(code)


@cache
def get_profile(code: str | None) -> LanguageProfile:
    """The profile for `code`, imported lazily; the language-neutral one for any other code."""
    if code not in _LANGS:
        return neutral_profile(code or UNDETERMINED)
    module = importlib.import_module(f"claimcheck.lang.{code}")
    profile: LanguageProfile = module.PROFILE
    return profile


def word_zipf(word: str, code: str) -> float:
    """How common `word` is in language `code` (wordfreq's zipf scale); 0 without a word list.

    Read through `claimcheck.lang.frequencies`, which loads the lists fast.
    """
    from claimcheck.lang.frequencies import zipf

    return zipf(word, code)


@cache
def _function_words(code: str) -> frozenset[str]:
    return get_profile(code).text.stop_words


def detect(text: str, *, default: str = "fr") -> str:
    """Guess the language of `text` from its function words; `default` when nothing tells.

    A text long enough to tell that most of its words are unknown to the best guess's word
    list is in another language: `UNDETERMINED`, read with the language-neutral profile.
    """
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    best, best_hits = default, 0
    for code in _LANGS:
        vocabulary = _function_words(code)
        hits = sum(1 for w in words if w in vocabulary)
        if hits > best_hits:
            best, best_hits = code, hits
    sample = [w for w in words if len(w) >= 3][:400]
    if len(sample) < _MIN_WORDS:
        return best
    # counted until the answer is settled either way: most texts are plainly in their
    # language after a few dozen words (the rest of the sample is not looked up)
    need = _MIN_KNOWN * len(sample)
    known = 0
    for k, w in enumerate(sample):
        if known >= need or known + len(sample) - k < need:
            break
        known += word_zipf(w, best) >= _KNOWN_ZIPF
    return best if known >= need else UNDETERMINED
