"""text -> tokens with offsets, their stems, antonym families and content words (for polarity)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from claimcheck.lang import LanguageProfile

__all__ = [
    "QUOTES",
    "Token",
    "content",
    "family",
    "key",
    "next_content",
    "punct",
    "stem",
    "tokens",
]

_TOKEN = re.compile(r"[^\W\d_]+'|\w+|[^\w\s]", re.UNICODE)
_MIN_STEM = 4
QUOTES = frozenset('"«»“”')  # passed over: they open or close no clause


@dataclass(frozen=True)
class Token:
    word: str
    start: int
    end: int


def _rewrite(text: str, profile: LanguageProfile) -> tuple[str, list[int]]:
    """Lower-cased text with the language's rewrites applied, and each char's original offset."""
    lowered = _lower(text).replace("’", "'")
    origin = list(range(len(lowered)))
    for pattern, replacement in profile.polarity.rewrites:
        matches = list(re.finditer(pattern, lowered))
        if not matches:
            continue
        out: list[str] = []
        mapped: list[int] = []
        last = 0
        for match in matches:
            out.append(lowered[last : match.start()])
            mapped.extend(origin[last : match.start()])
            out.append(replacement)
            at = origin[match.start()] if match.start() < len(origin) else len(text)
            mapped.extend([at] * len(replacement))
            last = match.end()
        out.append(lowered[last:])
        mapped.extend(origin[last:])
        lowered, origin = "".join(out), mapped
    return lowered, origin


def _lower(text: str) -> str:
    """Each character lower-cased on its own, one character for one (offsets are kept)."""
    whole = text.lower()
    if len(whole) == len(text) and "Σ" not in text:
        return whole  # no character grew, and no final sigma: the same as char by char
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def tokens(text: str, profile: LanguageProfile) -> list[Token]:
    rewritten, origin = _rewrite(text, profile)
    out = []
    for match in _TOKEN.finditer(rewritten):
        start = origin[match.start()]
        end = origin[match.end() - 1] + 1
        out.append(Token(match.group(), start, max(end, start + 1)))
    return out


@cache
def _stems(profile: LanguageProfile) -> tuple[str, ...]:
    return tuple(sorted(profile.morphology.inflections, key=len, reverse=True))


@lru_cache(maxsize=1 << 16)  # called for every content word of every compared claim
def stem(word: str, profile: LanguageProfile) -> str:
    """The word without its longest inflectional ending (at least four letters kept)."""
    for ending in _stems(profile):
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word


_FOLDED = str.maketrans("èêë", "ééé")


@lru_cache(maxsize=1 << 16)
def key(word: str, profile: LanguageProfile) -> str:
    """The stem a word is compared by: the grave and circumflex accents of a vowel
    alternation folded ("considère" / "considérer"), its nominal ending rewritten ("efficacité"
    -> "efficace", "coupures" -> "coupure"), then the stem's ending ("provoqu" -> "provoq":
    "provoque" and "provoquent" are one verb)."""
    pol = profile.polarity
    word = word.translate(_FOLDED)
    for ending, replacement in pol.nominal_endings:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            word = word[: -len(ending)] + replacement
            break
    out = stem(word, profile)
    for ending, replacement in pol.stem_endings:
        if out.endswith(ending):
            out = out[: -len(ending)] + replacement
            break
    return out


@cache
def _antonyms(profile: LanguageProfile) -> tuple[tuple[str, int, tuple[str, ...]], ...]:
    """(family key, sign, stems), longest stems first."""
    out = []
    for index, (asserting, denying) in enumerate(profile.polarity.antonyms):
        out.append((f"~{index}", 1, asserting))
        out.append((f"~{index}", -1, denying))
    for index, (asserting, denying) in enumerate(profile.polarity.qualities):
        out.append((f"^{index}", 1, asserting))
        out.append((f"^{index}", -1, denying))
    for index, synonyms in enumerate(profile.polarity.synonyms):
        out.append((f"={index}", 1, synonyms))  # one predicate, asserted by each of its words
    return tuple(out)


@cache
def _antonym_stems(
    profile: LanguageProfile,
) -> tuple[dict[str, tuple[tuple[str, int, str], ...]], tuple[tuple[str, int, str], ...]]:
    """(family key, sign, stem) by the stem's first letter, in table order; and the empty stems."""
    by_initial: dict[str, list[tuple[str, int, str]]] = {}
    empty: list[tuple[str, int, str]] = []
    for key, sign, stems in _antonyms(profile):
        for s in stems:
            (by_initial.setdefault(s[0], []) if s else empty).append((key, sign, s))
    return {k: tuple(v) for k, v in by_initial.items()}, tuple(empty)


@lru_cache(maxsize=1 << 16)  # called for every word of every compared claim, often again
def family(word: str, profile: LanguageProfile) -> tuple[str, int] | None:
    """The antonym family of a word and whether it is the denying member.

    Only the stems the word starts with can match: those of its first letter (in table order,
    so that the first of equally long stems wins, as in the table), then an empty stem.
    """
    endings = profile.morphology.inflections
    best: tuple[int, str, int] | None = None
    by_initial, empty = _antonym_stems(profile)
    for key, sign, s in (*by_initial.get(word[:1], ()), *empty):
        if not word.startswith(s):
            continue
        rest = word[len(s) :]
        matches = (rest == "" and len(s) >= 3) or rest in endings
        if matches and (best is None or len(s) > best[0]):
            best = (len(s), key, sign)
    return (best[1], best[2]) if best else None


@lru_cache(maxsize=1 << 16)
def content(word: str, profile: LanguageProfile) -> bool:
    return (
        word[:1].isalpha()
        and not word.endswith("'")
        and len(word) > 1
        and word not in profile.polarity.skipped
        and word not in profile.text.stop_words
        and word not in profile.polarity.negators
        and word not in profile.polarity.bound_negators
        and word not in profile.polarity.privatives
    )


def punct(word: str) -> bool:
    return not word[:1].isalnum()


def next_content(tokens: Sequence[Token], i: int, profile: LanguageProfile) -> int | None:
    """The first content word at or after i, before any punctuation; an adverb right after
    an auxiliary or a negator is passed over ("n'ont été récemment rapportés", "n'est pas
    définitivement tranchée")."""
    pol = profile.polarity
    before = pol.auxiliaries | pol.negators | pol.bound_negators
    while i < len(tokens) and (not punct(tokens[i].word) or tokens[i].word in QUOTES):
        word = tokens[i].word
        adverb = (
            bool(pol.adverb_endings)
            and word.endswith(pol.adverb_endings)
            and i > 0
            and tokens[i - 1].word in before
        )
        if content(word, profile) and not adverb:
            return i
        i += 1
    return None
