"""text -> Quantity slots.

The text is cut into tokens (runs of digits, words, single signs); numbers are read from digit
runs and, through `text_to_num`, from spelled-out words; each number is then extended to the
right (half, scale, unit or counted noun, trailing bound) and to the left (currency symbol,
bound, range opener). Every word comes from the language's `NumberVocabulary`; nothing here
knows a language.

Separator rule (every language): a space (also U+00A0, U+202F, U+2009) followed by exactly
three digits groups thousands. A comma or a dot followed by exactly three digits and no further
digit groups thousands too ("1,200", "1.200", "1.200.000") unless a scale word follows
("1,250 milliard" is 1.25e9) or the part before it is 0 or longer than three digits; otherwise
either mark is the decimal separator ("4,4" and "4.4" are 4.4 in French and English copy
alike). With two different marks the last one is decimal ("1,200.50", "1.200,50"). Any other
mix ("1.2.3", "06.12.20") is no number at all.

Durations have one canonical unit per family: "month" for years, quarters and months (a year
is 12), "day" for weeks and days, "hour" for hours; "un an et demi", "dix-huit mois" and
"18 months" all read 18 months.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Generic, Literal, TypeVar

from text_to_num import find_numbers

from claimcheck.lang.base import LanguageProfile
from claimcheck.lang.number_types import Lean, NumberVocabulary
from claimcheck.models import Bound, Quantity

__all__ = ["APPROX", "find_quantities", "scan_quantities"]

V = TypeVar("V")
Dimension = Literal["money", "duration", "percent", "count", "measure"]

_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:[-\u2010][^\W\d_]+)*|\S")
_SPACES = frozenset(" \u00a0\u202f\u2009")
_MARKS = frozenset(".,")
_APOSTROPHES = frozenset("'\u2019")
_DASHES = frozenset("-\u2010\u2013")
_PHONE_SEPARATORS = frozenset(" \u00a0.-")
_GROUPED = re.compile(r"\d{1,3}(?:([ \u00a0\u202f\u2009.,])\d{3})(?:\1\d{3})*")
_MAX_DIGITS = 15
_YEARS = range(1900, 2101)
_MARKED_YEARS = range(1000, 3000)
APPROX = 0.1


# ---------------------------------------------------------------- compiled vocabulary


@dataclass(frozen=True)
class _Phrases(Generic[V]):
    """Phrases as token tuples, longest first."""

    entries: dict[tuple[str, ...], V]
    lengths: tuple[int, ...]
    #: for each phrase, whether each pair of neighbour tokens touches (None: either way)
    glue: dict[tuple[str, ...], tuple[bool | None, ...]]


def _split(phrase: str) -> tuple[str, ...]:
    return tuple(_norm(m.group()) for m in _TOKEN.finditer(phrase))


def _glue(phrase: str) -> tuple[bool | None, ...]:
    found = list(_TOKEN.finditer(phrase))
    return tuple(
        None if a.group() in _APOSTROPHES else a.end() == b.start()
        for a, b in itertools.pairwise(found)
    )


def _norm(token: str) -> str:
    return token.lower().replace("\u2019", "'").replace("\u2010", "-")


def _phrases(table: Mapping[str, V]) -> _Phrases[V]:
    entries = {_split(k): v for k, v in table.items() if k.strip()}
    glue = {_split(k): _glue(k) for k in table if k.strip()}
    return _Phrases(entries, tuple(sorted({len(k) for k in entries}, reverse=True)), glue)


@dataclass(frozen=True)
class _Compiled:
    vocab: NumberVocabulary
    scales: _Phrases[float]
    currency_scales: _Phrases[float]
    currencies: _Phrases[str]
    prefixes: _Phrases[str]
    percents: _Phrases[str]
    durations: _Phrases[tuple[str, float]]
    measures: _Phrases[tuple[str, float]]
    bounds: _Phrases[tuple[Bound, Lean]]
    post_bounds: _Phrases[tuple[Bound, Lean]]
    openers: _Phrases[str]
    connectors: _Phrases[frozenset[str]]
    halves: _Phrases[bool]
    links: _Phrases[bool]
    signs: _Phrases[bool]
    scale_words: frozenset[str]


@cache
def _compile(vocab: NumberVocabulary) -> _Compiled:
    connectors: dict[str, set[str]] = {}
    for opener, connector in vocab.ranges:
        connectors.setdefault(connector, set()).add(" ".join(_split(opener)))
    return _Compiled(
        vocab=vocab,
        scales=_phrases(vocab.scales),
        currency_scales=_phrases(vocab.currency_scales),
        currencies=_phrases(vocab.currencies),
        prefixes=_phrases(vocab.currency_prefixes),
        percents=_phrases(vocab.percents),
        durations=_phrases(vocab.durations),
        measures=_phrases(vocab.measures),
        bounds=_phrases(vocab.bounds),
        post_bounds=_phrases(vocab.post_bounds),
        openers=_phrases({o: " ".join(_split(o)) for o, _ in vocab.ranges if o}),
        connectors=_phrases({c: frozenset(o) for c, o in connectors.items()}),
        halves=_phrases(dict.fromkeys(vocab.halves, True)),
        links=_phrases(dict.fromkeys(vocab.links, True)),
        signs=_phrases(dict.fromkeys(vocab.number_signs, True)),
        scale_words=frozenset(w for key in _phrases(vocab.scales).entries for w in key),
    )


# ---------------------------------------------------------------- tokens and numbers


@dataclass(frozen=True)
class _Tok:
    """One token; also the token protocol `text_to_num.find_numbers` reads."""

    start: int
    end: int
    low: str
    raw: str

    # text(), nt_separated() and not_a_number_part() are the token protocol that text2num's
    # `find_numbers` calls on each token: they look unused from Python, they are not.
    def text(self) -> str:
        return "§" if self.raw[0].isdigit() else self.raw

    def nt_separated(self, previous: _Tok) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


@dataclass
class _Num:
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


@dataclass
class _Side:
    """A number with its scale and unit, before any counted noun: tokens [a, b)."""

    num: _Num
    a: int
    b: int
    base: float
    step: float
    scale: float
    has_scale: bool
    needs_currency: bool
    unit: str | None = None
    dimension: Dimension = "count"
    factor: float = 1.0

    @property
    def value(self) -> float:
        return self.base * self.scale * self.factor

    @property
    def precision(self) -> float:
        """Half of it either way is what the digits leave open; a duration counts in its
        canonical unit, so "2 years" does not admit 18 months."""
        return self.step * self.scale * (1.0 if self.dimension == "duration" else self.factor)


def _interpret(groups: tuple[str, ...], marks: tuple[str, ...], scaled: bool) -> tuple[float, int]:
    """Value and number of decimals of a digit run, or raise ValueError (see module doc)."""
    if any(len(g) > _MAX_DIGITS for g in groups) or (len(groups[0]) > 1 and groups[0][0] == "0"):
        raise ValueError("code, not a number")
    if not marks:
        return float(groups[0]), 0
    spaced = [m for m in marks if m in _SPACES]
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
        if len(marks) == 1 and (scaled or not thousands_ok):
            return float(f"{head}.{tail[0]}"), len(tail[0])
        if thousands_ok:
            return float("".join(groups)), 0
        raise ValueError("not a number")
    if len(set(marks[:-1])) == 1 and len(head) <= 3 and all(len(g) == 3 for g in tail[:-1]):
        return float(f"{''.join(groups[:-1])}.{groups[-1]}"), len(groups[-1])
    raise ValueError("not a number")


def _is_power_of_ten(value: float) -> bool:
    return value >= 1 and math.log10(value).is_integer()


def _clean(value: float) -> float:
    return float(f"{value:.12g}")


class _Scanner:
    """One pass over one text with one vocabulary."""

    def __init__(self, text: str, profile: LanguageProfile) -> None:
        self.text = text
        self.c = _compile(profile.numbers)
        self.v = profile.numbers
        self.stop = profile.text.stop_words
        self.toks = [
            _Tok(m.start(), m.end(), _norm(m.group()), m.group()) for m in _TOKEN.finditer(text)
        ]
        self.n = len(self.toks)
        self.words = self._word_numbers()
        self.phone = self._phone_runs()

    # -- token helpers

    def digit(self, i: int) -> bool:
        return 0 <= i < self.n and self.toks[i].raw[0].isdigit()

    def word(self, i: int) -> bool:
        return 0 <= i < self.n and self.toks[i].raw[0].isalpha()

    def raw(self, i: int) -> str:
        return self.toks[i].raw if 0 <= i < self.n else ""

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def glued(self, i: int) -> bool:
        """Token i touches token i - 1."""
        return 0 < i < self.n and self.toks[i - 1].end == self.toks[i].start

    def _fits(self, table: _Phrases[V], key: tuple[str, ...], i: int) -> bool:
        """The phrase `key` is in the table and spaced in the text as in the table."""
        if key not in table.entries:
            return False
        glue = table.glue[key]
        return all(g is None or g == self.glued(i + k + 1) for k, g in enumerate(glue))

    def match(self, table: _Phrases[V], i: int) -> tuple[V, int] | None:
        for size in table.lengths:
            key = tuple(t.low for t in self.toks[i : i + size])
            if len(key) == size and self._fits(table, key, i):
                return table.entries[key], i + size
        return None

    def match_back(self, table: _Phrases[V], i: int) -> tuple[V, int] | None:
        for size in table.lengths:
            if i - size >= 0:
                key = tuple(t.low for t in self.toks[i - size : i])
                if self._fits(table, key, i - size):
                    return table.entries[key], i - size
        return None

    # -- numbers

    def _word_numbers(self) -> dict[int, tuple[int, float]]:
        lang = self.v.text2num_lang
        if not lang or not any(t.raw[0].isalpha() for t in self.toks):
            return {}
        found: dict[int, tuple[int, float]] = {}
        for occurrence in find_numbers(self.toks, lang, 0):
            if not occurrence.is_ordinal:
                found[occurrence.start] = (occurrence.end, float(occurrence.value))
        return found

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
            grouped = len(pieces) <= 2 and all(p.isdigit() or _GROUPED.fullmatch(p) for p in pieces)
            if run >= 3 and not grouped:
                bad.update(range(i, j + 1))
            i = j + 1
        return bad

    def _digits(self, i: int) -> _Num:
        groups, marks, j = [self.toks[i].raw], [], i
        spaced = True  # every mark so far is a space: kept as we go (rechecking all is quadratic)
        while True:
            gap = self.text[self.toks[j].end : self.toks[j + 1].start] if j + 1 < self.n else ""
            if self.raw(j + 1) in _MARKS and self.glued(j + 1) and self.glued(j + 2):
                if not self.digit(j + 2):
                    break
                marks.append(self.raw(j + 1))
                spaced = spaced and marks[-1] in _SPACES
                groups.append(self.raw(j + 2))
                j += 2
            elif (
                self.digit(j + 1)
                and len(self.raw(j + 1)) == 3
                and gap in _SPACES
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
        return _Num(
            i,
            j + 1,
            0.0,
            1.0,
            year_like=plain and int(groups[0]) in _YEARS,
            marked_year=plain and int(groups[0]) in _MARKED_YEARS,
            groups=tuple(groups),
            marks=tuple(marks),
        )

    def _number(self, i: int) -> _Num | None:
        if self.digit(i):
            return self._digits(i)
        v = self.v
        if i in self.words:
            end, value = self.words[i]
            num = _Num(i, end, value, 1.0)
            last = self.low(end - 1)
            if end - i == 1 and last in v.ones:
                num.article = True
            elif end - i == 1 and last in v.ambiguous:
                num.ambiguous = True
            elif end - i == 1 and _is_power_of_ten(value) and value >= 100:
                if self.low(i - 1) in v.ones:
                    num.a = i - 1
                elif last not in v.bare_scales:
                    return None
            scale = self.c.scales.entries.get((last,))
            if scale and value >= scale and (end - i > 1 or num.a < i or last in v.bare_scales):
                num.base, num.scale = value / scale, scale
            return num
        if self.low(i) in v.ones:
            return _Num(i, i + 1, 1.0, 1.0, article=True)
        return None

    # -- a number with its scale and unit

    def _side(self, num: _Num) -> _Side | None:
        c = self.c
        j, half = num.b, 0.0
        if (m := self.match(c.halves, j)) is not None:
            half, j = 0.5, m[1]
        scale, needs_currency = num.scale, False
        if scale == 1.0:
            if (m2 := self.match(c.scales, j)) is not None:
                scale, j = m2
            elif (m2 := self.match(c.currency_scales, j)) is not None:
                (scale, j), needs_currency = m2, True
        has_scale = scale != 1.0
        base, step = num.base, num.step
        if num.groups:
            try:
                base, decimals = _interpret(num.groups, num.marks, has_scale)
            except ValueError:
                return None
            step = 10.0**-decimals
        if has_scale and not half and (m := self.match(c.halves, j)) is not None:
            half, j = 0.5, m[1]
        side = _Side(num, num.a, j, base + half, step, scale, has_scale, needs_currency)
        self._unit(side)
        if side.dimension == "duration" and not half and (m := self.match(c.halves, side.b)):
            side.base, side.b = side.base + 0.5, m[1]
        prefix = self.match_back(c.prefixes, num.a)
        if prefix is not None and side.dimension in ("count", "money"):
            side.unit, side.dimension, side.a = side.unit or prefix[0], "money", prefix[1]
        if needs_currency and side.dimension != "money":
            return None
        return side

    def _unit(self, side: _Side) -> None:
        c, j = self.c, side.b
        linked = self.match(c.links, j) if side.has_scale else None
        for k in (j,) if linked is None else (j, linked[1]):
            if (money := self.match(c.currencies, k)) is not None:
                side.unit, side.dimension, side.b = money[0], "money", money[1]
                return
            if (measure := self.match(c.measures, k)) is not None:
                (side.unit, side.factor), side.dimension = measure[0], "measure"
                side.b = measure[1]
                return
        if (percent := self.match(c.percents, j)) is not None:
            side.unit, side.dimension, side.b = percent[0], "percent", percent[1]
        elif (duration := self.match(c.durations, j)) is not None:
            (side.unit, side.factor), side.dimension = duration[0], "duration"
            side.b = duration[1]

    def _noun(self, i: int) -> tuple[str, int] | None:
        k = i
        if (m := self.match(self.c.links, i)) is not None:
            k = m[1]
        low = self.low(k)
        if (
            not self.word(k)
            or len(low) < 2
            or low in self.v.not_nouns
            or low in self.stop
            or low in self.v.months
            or low in self.c.scale_words
        ):
            return None
        return low, k + 1

    def _context_ok(self, side: _Side, *, in_range: bool = False) -> bool:
        """Reject digits inside words, codes, times, dates, labels and list numbers."""
        num = side.num
        if any(k in self.phone for k in range(num.a, num.b)):
            return False
        if num.groups:
            i, p = num.a, num.a - 1
            if (
                not in_range
                and self.glued(i)
                and (
                    self.word(p)
                    or (self.raw(p) in _DASHES and self.glued(p) and not self.raw(p - 1).isspace())
                    or (
                        self.raw(p) in (":", "/", ".", ",", "'")
                        and self.glued(p)
                        and self.digit(p - 1)
                    )
                )
            ):
                return False
            if self.match_back(self.c.signs, i) is not None:
                return False
            q = num.b
            if self.glued(q):
                if self.word(q) and side.b <= q:
                    return False
                if self.raw(q) in (":", "/", "°") or (
                    self.raw(q) in _DASHES and self.glued(q + 1) and self.word(q + 1)
                ):
                    return False
                line = self.text.rfind("\n", 0, self.toks[i].start) + 1
                if (
                    self.raw(q) in (".", ")")
                    and not self.text[line : self.toks[i].start].strip()
                    and not self.glued(q + 1)
                ):
                    return False
        return True

    # -- whole expressions

    def _range(self, x: _Side, floor: int) -> tuple[_Side, int] | int | None:
        """The upper side of a range starting at x and the range's first token; an int
        says that x and what follows up to that token are no quantity ("2019-2021")."""
        conn = self.match(self.c.connectors, x.b)
        if conn is None:
            return None
        openers, k = conn
        opener = self.match_back(self.c.openers, x.a)
        if opener is not None and opener[0] in openers and opener[1] >= floor:
            start = opener[1]
        elif "" in openers:
            start = x.a
        else:
            return None
        dash = self.raw(x.b) in _DASHES and self.glued(x.b) and self.glued(x.b + 1)
        if (prefix := self.match(self.c.prefixes, k)) is not None:
            k = prefix[1]
        ynum = self._number(k)
        y = self._side(ynum) if ynum is not None else None
        if ynum is None or y is None or not self._context_ok(y, in_range=True):
            return (x.b if ynum is None else ynum.b) if dash else None
        if x.unit is None and y.unit is not None:
            x.unit, x.dimension, x.factor = y.unit, y.dimension, y.factor
        elif y.unit is None and x.unit is not None:
            y.unit, y.dimension, y.factor = x.unit, x.dimension, x.factor
        elif x.unit != y.unit:
            return None
        if (x.num.year_like or y.num.year_like) and x.unit is None and x.scale == y.scale == 1:
            return y.b
        if not x.has_scale and y.has_scale and x.base * y.scale <= y.base * y.scale:
            x.scale, x.has_scale = y.scale, True
        if x.value >= y.value:
            return None
        return y, start

    def _plausible(self, x: _Side, bound: Bound, noun: str | None, start: int) -> bool:
        num, v = x.num, self.v
        prev = self.low(start - 1)
        if num.article and not (x.has_scale or x.dimension == "duration"):
            return False
        if num.ambiguous and x.unit is None and noun is None:
            return False
        if x.unit == "hour" and prev in v.clock_markers:
            return False
        if x.unit is not None or x.has_scale or bound != "exact":
            return True
        if num.year_like and (noun is None or prev in v.year_markers or prev in v.months):
            return False
        if num.marked_year and prev in v.year_markers:
            return False
        day = num.groups and not num.marks and x.base.is_integer() and 1 <= x.base <= 31
        return not (day and (self.low(num.a - 1) in v.months or self.low(num.b) in v.months))

    def _expression(self, num: _Num, floor: int) -> tuple[tuple[Quantity, float] | None, int]:
        x = self._side(num)
        if x is None or not self._context_ok(x):
            return None, num.b
        x.a = max(x.a, floor)
        start, end, precision = x.a, x.b, x.precision
        bound: Bound = "exact"
        lean: Lean = "none"
        ranged = self._range(x, floor)
        if isinstance(ranged, int):
            return None, max(ranged, num.b)
        if ranged is not None:
            y, start = ranged
            end, bound, precision = y.b, "range", max(precision, y.precision)
        elif (pre := self.match_back(self.c.bounds, x.a)) is not None and pre[1] >= floor:
            (bound, lean), start = pre
        noun = None
        if x.dimension == "count" and (found := self._noun(end)) is not None:
            noun, end = found
        if bound == "exact" and (post := self.match(self.c.post_bounds, end)) is not None:
            (bound, lean), end = post
        if not self._plausible(x, bound, noun, start):
            return None, num.b
        value = _clean(x.value)
        low: float | None
        high: float | None
        if ranged is not None:
            low, high = value, _clean(ranged[0].value)
        else:
            low, high = _limits(bound, lean, value)
        first, last = self.toks[start].start, self.toks[end - 1].end
        quantity = Quantity(
            text=self.text[first:last],
            start=first,
            end=last,
            value=value,
            low=low,
            high=high,
            bound=bound,
            unit=x.unit,
            dimension=x.dimension,
            noun=noun,
        )
        return (quantity, precision), end

    def scan(self) -> list[tuple[Quantity, float]]:
        """Quantities in text order, each with the precision its digits state."""
        found: list[tuple[Quantity, float]] = []
        floor = i = 0
        while i < self.n:
            num = None if i in self.phone else self._number(i)
            if num is None:
                i += 1
                continue
            result, after = self._expression(num, floor)
            if result is not None:
                found.append(result)
                floor = after
            i = max(after, i + 1)
        return found


def _limits(bound: Bound, lean: Lean, value: float) -> tuple[float | None, float | None]:
    if bound == "approx":
        low = _clean(value * (1 - APPROX))
        return low, value if lean == "below" else _clean(value * (1 + APPROX))
    if bound in ("at_least", "more_than"):
        return value, None
    if bound in ("at_most", "less_than"):
        return None, value
    return value, value


def scan_quantities(text: str, profile: LanguageProfile) -> list[tuple[Quantity, float]]:
    return _Scanner(text, profile).scan()


def find_quantities(text: str, *, profile: LanguageProfile) -> list[Quantity]:
    """Quantities in `text`, sorted and non-overlapping; offsets are local to `text`.

    `text[q.start:q.end]` is the whole expression, bound words, currency and unit included
    ("au moins 40 morts", "$4.4 billion", "entre 10 000 et 12 000").
    """
    return [quantity for quantity, _ in scan_quantities(text, profile)]
