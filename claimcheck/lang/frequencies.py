"""a word and a language -> how common the word is (wordfreq's zipf scale), loaded fast.

wordfreq builds its frequency dictionary of a language on first use by decompressing and
unpacking its word list: 0.4-0.8 s a language and a process, the largest first-use cost of
a `claimcheck check` after the regular expressions. The words of one frequency band share
one zipf value, so the first use here keeps every plain word of the list (a lowercase word of Latin
letters: wordfreq reads it as exactly one token of itself), sorted, and its zipf value in
the user's cache (`claimcheck.user_cache`: two `.npy` files per language and wordfreq
version, written atomically). Later processes map them instead of building a dictionary
and look a word up by bisection (a few microseconds; about 12 MB a language).

A plain word answers from that table, 0.0 when it is not in the list (as wordfreq does); so
does a word wordfreq's tokenizer reads as plain tokens (capitals, hyphens, elisions: their
frequencies combined as wordfreq combines them); anything else (digits, other scripts, an
apostrophe inside a token) is asked of wordfreq itself.
`tests/lang/test_frequencies.py` checks the two agree word for word.
"""

from __future__ import annotations

import importlib.metadata
import math
import unicodedata
from contextlib import suppress
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from claimcheck.user_cache import cache_root, write_atomically

__all__ = ["is_plain", "zipf"]


def is_plain(word: str) -> bool:
    """A lowercase word of Latin letters (ASCII, Latin-1, Latin Extended-A and B) that no
    normalisation or case folding changes."""
    return (
        bool(word)
        and all(
            ("a" <= c <= "z") or ("\u00df" <= c <= "\u024f" and c != "\u00f7" and c.islower())
            for c in word
        )
        and word == word.casefold()
        and unicodedata.is_normalized("NFKC", word)
    )


class _Table:
    """Plain words (UTF-8, sorted) and their zipf values, searched by bisection."""

    def __init__(self, words: npt.NDArray[np.bytes_], values: npt.NDArray[np.float64]) -> None:
        self.words, self.values = words, values

    def get(self, word: str) -> float:
        key = word.encode("utf-8")
        at = int(np.searchsorted(self.words, key))
        if at < len(self.words) and self.words[at] == key:
            return float(self.values[at])
        return 0.0


def _build(code: str) -> _Table:
    from wordfreq import get_frequency_list, zipf_frequency

    table: dict[bytes, float] = {}
    for band in get_frequency_list(code):
        plain = [w for w in band if is_plain(w)]
        if plain:
            value = float(zipf_frequency(plain[0], code))
            table.update(dict.fromkeys((w.encode("utf-8") for w in plain), value))
    words = np.array(sorted(table), dtype=np.bytes_)
    return _Table(words, np.array([table[w] for w in words.tolist()], dtype=np.float64))


def _folder(version: str) -> Path | None:
    root = cache_root()
    return None if root is None else root / f"wordfreq-{version}"


def _read(folder: Path, code: str) -> _Table | None:
    try:
        values = np.load(folder / f"{code}.zipf.npy", mmap_mode="r", allow_pickle=False)
        words = np.load(folder / f"{code}.words.npy", mmap_mode="r", allow_pickle=False)
    except (OSError, ValueError, EOFError):
        return None
    if words.dtype.kind != "S" or values.dtype != np.float64 or len(words) != len(values):
        return None
    return _Table(words, values)


@cache
def _table(code: str) -> _Table | None:
    """The plain words of `code`'s list and their zipf values; None without a list."""
    try:
        version = importlib.metadata.version("wordfreq")
    except importlib.metadata.PackageNotFoundError:
        return None
    folder = _folder(version)
    if folder is not None and (cached := _read(folder, code)) is not None:
        return cached
    try:
        table = _build(code)
    except LookupError:
        return None
    if folder is not None:
        with suppress(OSError):  # an unwritable cache only costs the slow load
            write_atomically(folder / f"{code}.zipf.npy", lambda f: np.save(f, table.values))
            write_atomically(folder / f"{code}.words.npy", lambda f: np.save(f, table.words))
    return table


#: each language's answers so far (a text's words repeat: the same word is asked again and
#: again); emptied when it reaches _MEMO_SIZE words, so that a long run stays bounded
_MEMO: dict[str, dict[str, float]] = {}
_MEMO_SIZE = 200_000


def zipf(word: str, code: str) -> float:
    """wordfreq's `zipf_frequency(word, code)`; 0.0 without wordfreq or a list for `code`."""
    memo = _MEMO.get(code)
    if memo is None:
        memo = _MEMO.setdefault(code, {})
    elif (known := memo.get(word)) is not None:
        return known
    if len(memo) >= _MEMO_SIZE:
        memo.clear()
    value = memo[word] = _zipf(word, code)
    return value


def _zipf(word: str, code: str) -> float:
    if is_plain(word):
        table = _table(code)
        return 0.0 if table is None else table.get(word)
    try:
        joined = _of_plain_tokens(word, code)
        if joined is not None:
            return joined
        from wordfreq import zipf_frequency

        return float(zipf_frequency(word, code))
    except (ImportError, LookupError):
        return 0.0


def _of_plain_tokens(word: str, code: str) -> float | None:
    """wordfreq's zipf value of a word it reads as plain tokens ("saint-denis", "l'onu",
    "Paris"), from the table: the tokens' frequencies combined and rounded as wordfreq does
    (1 / f = 1 / f1 + 1 / f2 + ..., three significant digits, then hundredths of a zipf).
    None when a token is not plain (wordfreq answers): building wordfreq's own dictionary
    for a first hyphenated name cost each process 0.1-0.4 s a language.

    A table's value is that of a band of wordfreq's list, `9 - band / 100` to the hundredth,
    so the band, and with it the frequency wordfreq uses, is read back from it exactly."""
    from wordfreq import cB_to_freq, freq_to_zipf, zipf_to_freq
    from wordfreq.language_info import get_language_info
    from wordfreq.tokens import lossy_tokenize

    table = _table(code)
    if table is None or get_language_info(code)["tokenizer"] != "regex":
        return None
    tokens = lossy_tokenize(word, code)
    if not all(is_plain(token) for token in tokens):
        return None
    minimum = zipf_to_freq(0.0)
    values = [table.get(token) for token in tokens]
    if not values or 0.0 in values:  # a token in no list: wordfreq's minimum
        return float(round(freq_to_zipf(minimum), 2))
    freq = 1.0 / sum(1.0 / cB_to_freq(-round((9.0 - value) * 100)) for value in values)
    unrounded = max(freq, minimum)
    rounded = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return float(round(freq_to_zipf(rounded), 2))
