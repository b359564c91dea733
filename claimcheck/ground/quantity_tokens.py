"""text + NumberVocabulary -> tokens, compiled phrase tables and numbers read from digits or words.

The text is cut into tokens (runs of digits, words, single signs); numbers are read from digit
runs and, through `text_to_num`, from spelled-out words. `quantity.py` builds expressions on
top of these (scale, unit, bound, range, counted noun).

Separator rule: a space (also U+00A0, U+202F, U+2009) followed by exactly three digits groups
thousands. The language's decimal mark (`NumberVocabulary.decimal_mark`: "," in French, "."
in English) is always decimal ("4,800" is 4.8 in French, "1.200" is 1.2 in English). The
other mark followed by exactly three digits and no further digit groups thousands ("1,200"
in English, "1.200" in French, "1.200.000") unless a scale word follows ("1,250 milliard" is
1.25e9) or the part before it is 0 or longer than three digits; otherwise it is decimal too
("4.4 milliards" in French copy). With two different marks the last one is decimal
("1,200.50", "1.200,50"). Any other mix ("1.2.3", "06.12.20") is no number at all.
`quantity.py` reads a counted noun or a currency after "1,200" as thousands whatever the
language (people come whole, money in cents).
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from typing import TypeVar

from text_to_num import find_numbers as _text2num

from claimcheck.ground.quantity_vocab import (
    APOSTROPHES,
    TOKEN,
    Compiled,
    Phrases,
    compile_vocabulary,
    norm,
    phrases,
    split,
)
from claimcheck.lang.number_types import NumberVocabulary

__all__ = [
    "APOSTROPHES",
    "DASHES",
    "MARKS",
    "MINUS",
    "Compiled",
    "Num",
    "Phrases",
    "Tok",
    "Tokens",
    "clean",
    "interpret",
    "is_power_of_ten",
    "phrases",
    "split",
]

V = TypeVar("V")

SPACES = frozenset(" \u00a0\u202f\u2009")
MARKS = frozenset(".,")
DASHES = frozenset("-\u2010\u2013")
MINUS = frozenset("-\u2212")
_PHONE_SEPARATORS = frozenset(" \u00a0.-")
_GROUPED = re.compile(r"\d{1,3}(?:([ \u00a0\u202f\u2009.,])\d{3})(?:\1\d{3})*")
_MAX_DIGITS = 15
YEARS = range(1900, 2101)
MARKED_YEARS = range(1000, 3000)


# ---------------------------------------------------------------- tokens and numbers


@dataclass(slots=True)
class Tok:
    """One token; also the token protocol `text_to_num.find_numbers` reads.

    Not frozen: a frozen dataclass sets each field through `object.__setattr__`, three times
    the cost of a plain one, and a text makes one per token; nothing changes a token after
    `Tokens` made it (`dataclasses.replace` makes a new one).
    """

    start: int
    end: int
    low: str
    raw: str
    #: the spelling text2num reads, where it differs ("cinquieme" read as "cinquième")
    spelling: str | None = None

    # text(), nt_separated() and not_a_number_part() are the token protocol that text2num's
    # `find_numbers` calls on each token: they look unused from Python, they are not.
    def text(self) -> str:
        return "§" if self.raw[0].isdecimal() else self.spelling or self.raw

    def nt_separated(self, previous: Tok) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


@dataclass
class Num:
    """A number before its scale and unit: tokens [a, b)."""

    a: int
    b: int
    base: float
    step: float  # the value of one unit in the last written digit
    scale: float = 1.0
    year_like: bool = False
    marked_year: bool = False
    article: bool = False
    ambiguous: bool = False
    groups: tuple[str, ...] = ()
    marks: tuple[str, ...] = ()
    sign: float = 1.0
    fraction: bool = False


def interpret(
    groups: tuple[str, ...], marks: tuple[str, ...], scaled: bool, decimal: str = "."
) -> tuple[float, int]:
    """Value and number of decimals of a digit run, or raise ValueError (see module doc)."""
    if any(len(g) > _MAX_DIGITS for g in groups) or (len(groups[0]) > 1 and groups[0][0] == "0"):
        raise ValueError("code, not a number")
    if not marks:
        return float(groups[0]), 0
    spaced = [m for m in marks if m in SPACES]
    if spaced:
        if marks[: len(spaced)] != tuple(spaced) or len(marks) - len(spaced) > 1:
            raise ValueError("mixed marks")
        whole = "".join(groups[: len(spaced) + 1])
        if len(marks) == len(spaced):
            return float(whole), 0
        return float(f"{whole}.{groups[-1]}"), len(groups[-1])
    head, tail = groups[0], groups[1:]
    thousands_ok = len(head) <= 3 and head != "0" and all(len(g) == 3 for g in tail)
    if len(set(marks)) == 1:
        decimal_mark = marks[0] == decimal
        if len(marks) == 1 and (scaled or decimal_mark or not thousands_ok):
            return float(f"{head}.{tail[0]}"), len(tail[0])
        if thousands_ok:
            return float("".join(groups)), 0
        raise ValueError("not a number")
    if len(set(marks[:-1])) == 1 and len(head) <= 3 and all(len(g) == 3 for g in tail[:-1]):
        return float(f"{''.join(groups[:-1])}.{groups[-1]}"), len(groups[-1])
    raise ValueError("not a number")


def is_power_of_ten(value: float) -> bool:
    return value >= 1 and math.log10(value).is_integer()


def clean(value: float) -> float:
    return float(f"{value:.12g}")


#: per text2num language, whether a token's text read alone is a number ("vingt", "third")
_ALONE: dict[str, dict[str, bool]] = {}
_ALONE_SIZE = 100_000


def _alone_a_number(tok: Tok, lang: str) -> bool:
    """Whether text2num reads `tok` alone as a number or an ordinal, memoised per text.

    Every number text2num finds holds a token that it reads as a number on its own ("a
    hundred": "hundred"; "vingt et un": "vingt", "un"): a text with none has no spelled-out
    number, and text2num, which calls back three Python methods per token, is not asked.
    """
    memo = _ALONE.setdefault(lang, {})
    word = tok.text()
    known = memo.get(word)
    if known is None:
        if len(memo) >= _ALONE_SIZE:
            memo.clear()
        known = memo[word] = any(True for _ in _text2num([tok], lang, 0))
    return known


class Tokens:
    """The tokens of one text, with phrase lookup and the numbers they spell."""

    def __init__(self, text: str, vocab: NumberVocabulary) -> None:
        self.text = text
        self.c = compile_vocabulary(vocab)
        self.v = vocab
        self.toks = self._repair(
            self._split_units(
                [
                    Tok(m.start(), m.end(), g.lower() if g.isascii() else norm(g), g)
                    for m in TOKEN.finditer(text)
                    for g in (m.group(),)
                ]
            )
        )
        self.n = len(self.toks)
        self.ordinals: dict[int, tuple[int, float]] = {}
        self.words = self._word_numbers()
        self.phone = self._phone_runs()

    def _repair(self, toks: list[Tok]) -> list[Tok]:
        """Give text2num the accented spelling of number words written without accents."""
        repairs = self.v.spelling_repairs
        if not repairs:
            return toks
        for k, t in enumerate(toks):
            if len(t.low) < 5:
                continue
            for ending, fixed in repairs:
                if t.low.endswith(ending) and t.raw[0].isalpha():
                    toks[k] = dataclasses.replace(t, spelling=t.low[: -len(ending)] + fixed)
                    break
        return toks

    def _split_units(self, toks: list[Tok]) -> list[Tok]:
        """Cut a word joined to a unit by a hyphen ("six-mile", "three-day", "trois-tonnes")
        into the word, the hyphen and the unit, unless the whole word is a unit itself; and a
        unit joined to the word after it ("metre-long", "km-deep") into the unit, the hyphen
        and the word."""
        units = self.c.unit_words
        if not any("-" in t.low for t in toks):
            return toks
        out = []
        for t in toks:
            cut = t.low.find("-") if len(t.low) > 2 else -1
            if cut <= 0 or t.low in units:
                out.append(t)
                continue
            first = cut
            while cut > 0 and t.low[cut + 1 :] not in units:
                cut = t.low.find("-", cut + 1)
            if cut <= 0 and t.low[:first] in units:
                cut = first  # "metre-long": the unit, then the word it is joined to
            if cut <= 0:
                out.append(t)
                continue
            s, c = t.start, t.start + cut
            out += [
                Tok(s, c, t.low[:cut], t.raw[:cut]),
                Tok(c, c + 1, "-", t.raw[cut]),
                Tok(c + 1, t.end, t.low[cut + 1 :], t.raw[cut + 1 :]),
            ]
        return out

    def digit(self, i: int) -> bool:
        return 0 <= i < self.n and self.toks[i].raw[0].isdecimal()

    def word(self, i: int) -> bool:
        return 0 <= i < self.n and self.toks[i].raw[0].isalpha()

    def raw(self, i: int) -> str:
        return self.toks[i].raw if 0 <= i < self.n else ""

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def glued(self, i: int) -> bool:
        """Token i touches token i - 1."""
        return 0 < i < self.n and self.toks[i - 1].end == self.toks[i].start

    def dash_word(self, i: int) -> bool:
        """Token i is a dash that joins the tokens on each side ("120-metre")."""
        return self.raw(i) in DASHES and self.glued(i) and self.glued(i + 1)

    def _fits(self, table: Phrases[V], key: tuple[str, ...], i: int) -> bool:
        """The phrase `key` is in the table and spaced in the text as in the table."""
        if key not in table.entries:
            return False
        glue = table.glue[key]
        return all(g is None or g == self.glued(i + k + 1) for k, g in enumerate(glue))

    def match(self, table: Phrases[V], i: int) -> tuple[V, int] | None:
        if not 0 <= i < self.n:
            return None
        for size in table.firsts.get(self.toks[i].low, ()):
            key = tuple(t.low for t in self.toks[i : i + size])
            if len(key) == size and self._fits(table, key, i):
                return table.entries[key], i + size
        return None

    def match_back(self, table: Phrases[V], i: int) -> tuple[V, int] | None:
        if not 0 < i <= self.n:
            return None
        for size in table.lasts.get(self.toks[i - 1].low, ()):
            if i - size >= 0:
                key = tuple(t.low for t in self.toks[i - size : i])
                if self._fits(table, key, i - size):
                    return table.entries[key], i - size
        return None

    def _word_numbers(self) -> dict[int, tuple[int, float]]:
        lang = self.v.text2num_lang
        if (
            not lang
            or not any(t.raw[0].isalpha() for t in self.toks)
            or not any(_alone_a_number(t, lang) for t in self.toks)
        ):
            return {}
        found: dict[int, tuple[int, float]] = {}
        for occurrence in _text2num(self.toks, lang, 0):
            if not occurrence.is_ordinal:
                found[occurrence.start] = (occurrence.end, float(occurrence.value))
            else:
                self.ordinals[occurrence.start] = (occurrence.end, float(occurrence.value))
        return found

    def spelled(self, a: int, b: int) -> float | None:
        """The value of the spelled-out number that is exactly tokens [a, b), if any."""
        lang = self.v.text2num_lang
        if not lang or a >= b:
            return None
        for occurrence in _text2num(self.toks[a:b], lang, 0):
            if occurrence.start == 0 and occurrence.end == b - a and not occurrence.is_ordinal:
                return float(occurrence.value)
        return None

    def _phone_runs(self) -> set[int]:
        """Digit tokens in runs of three or more groups that do not group thousands."""
        bad: set[int] = set()
        i = 0
        while i < self.n:
            if not self.digit(i):
                i += 1
                continue
            run, j = 1, i
            while True:
                gap = self.text[self.toks[j].end : self.toks[j + 1].start] if j + 1 < self.n else ""
                if self.digit(j + 1) and len(gap) == 1 and gap in _PHONE_SEPARATORS:
                    j += 1
                elif (
                    self.raw(j + 1) in (".", "-")
                    and self.glued(j + 1)
                    and self.glued(j + 2)
                    and self.digit(j + 2)
                ):
                    j += 2
                else:
                    break
                run += 1
            pieces = self.text[self.toks[i].start : self.toks[j].end].split("-")
            grouped = len(pieces) <= 2 and all(
                p.isdecimal() or _GROUPED.fullmatch(p) for p in pieces
            )
            if run >= 3 and not grouped:
                bad.update(range(i, j + 1))
            i = j + 1
        return bad

    def digits(self, i: int) -> Num:
        groups, marks, j = [self.toks[i].raw], [], i
        spaced = True  # every mark so far is a space: kept as we go (rechecking all is quadratic)
        while True:
            gap = self.text[self.toks[j].end : self.toks[j + 1].start] if j + 1 < self.n else ""
            if self.raw(j + 1) in MARKS and self.glued(j + 1) and self.glued(j + 2):
                if not self.digit(j + 2):
                    break
                marks.append(self.raw(j + 1))
                spaced = spaced and marks[-1] in SPACES
                groups.append(self.raw(j + 2))
                j += 2
            elif (
                self.digit(j + 1)
                and len(self.raw(j + 1)) == 3
                and gap in SPACES
                and len(groups[0]) <= 3
                and spaced
                and j + 1 not in self.phone
            ):
                marks.append(gap)
                groups.append(self.raw(j + 1))
                j += 1
            else:
                break
        plain = not marks and len(groups[0]) == 4
        return Num(
            i,
            j + 1,
            0.0,
            1.0,
            year_like=plain and int(groups[0]) in YEARS,
            marked_year=plain and int(groups[0]) in MARKED_YEARS,
            groups=tuple(groups),
            marks=tuple(marks),
        )
