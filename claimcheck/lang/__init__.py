"""Language profiles, looked up by ISO 639-1 code, and a small language guesser."""

from __future__ import annotations

import importlib
import re
from functools import cache

from claimcheck.errors import UsageError
from claimcheck.lang.base import LanguageProfile, TextVocabulary

__all__ = ["LanguageProfile", "TextVocabulary", "available", "detect", "get_profile"]

_LANGS = ("fr", "en")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def available() -> tuple[str, ...]:
    """Codes of the languages claimcheck ships."""
    return _LANGS


@cache
def get_profile(code: str) -> LanguageProfile:
    """The profile for `code`, imported lazily."""
    if code not in _LANGS:
        raise UsageError(f"unknown language {code!r}; expected one of {', '.join(_LANGS)}")
    module = importlib.import_module(f"claimcheck.lang.{code}")
    profile: LanguageProfile = module.PROFILE
    return profile


@cache
def _function_words(code: str) -> frozenset[str]:
    return get_profile(code).text.stop_words


def detect(text: str, *, default: str = "fr") -> str:
    """Guess the language of `text` from its function words; `default` when nothing tells."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    best, best_hits = default, 0
    for code in _LANGS:
        vocabulary = _function_words(code)
        hits = sum(1 for w in words if w in vocabulary)
        if hits > best_hits:
            best, best_hits = code, hits
    return best
