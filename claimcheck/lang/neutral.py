"""The language-neutral profile: what claimcheck reads in a language it has no profile for.

No word tables: sentences end at . ! ? and their equivalents in other scripts, and the
grounding stages read only what is written the same way in every language: digits, numeric
and ISO dates, percent and currency signs, SI unit symbols, capitalised names, and words
between quotation marks. The profile carries the article's own language code, so the word
lists that do exist for that language elsewhere (wordfreq's frequencies) are still used.
"""

from __future__ import annotations

from functools import cache

from claimcheck.lang.base import LanguageProfile, TextVocabulary
from claimcheck.lang.number_types import CURRENCY_SYMBOLS, NumberVocabulary
from claimcheck.lang.time_types import TimeVocabulary

__all__ = ["UNDETERMINED", "neutral_profile"]

#: ISO 639-2 code for a text whose language is not known
UNDETERMINED = "und"

#: SI symbols, written alike in every language that writes them in Latin letters
_SI_UNITS: dict[str, tuple[str, float]] = {
    "km": ("m", 1000.0),
    "m": ("m", 1.0),
    "kg": ("kg", 1.0),
    "ha": ("ha", 1.0),
}

#: lines that are page furniture in any language: a copyright line, a bare link, a breadcrumb
TEXT = TextVocabulary(
    boilerplate=(
        r"^\s*©",
        r"^\s*https?://\S+\s*$",
        r"^\s*\d+\.\s+\S+(\s\S+){0,3}\s*>\s*$",
    )
)
TIME = TimeVocabulary(numeric_day_first=None)
NUMBERS = NumberVocabulary(
    currencies=dict(CURRENCY_SYMBOLS),
    percents={"%": "%", "٪": "%"},
    measures=_SI_UNITS,
)


@cache
def neutral_profile(code: str = UNDETERMINED) -> LanguageProfile:
    """The language-neutral profile, labelled with the article's language `code`."""
    return LanguageProfile(
        code=code, name=f"{code} (no profile: language-neutral)", text=TEXT, time=TIME,
        numbers=NUMBERS,
    )  # fmt: skip
