"""text -> numbers: digits, spelled-out numbers, fractions, proportions and mixed numbers.

`NumberReader` reads one number at a token: "1 200", "vingt et un", "deux tiers", "un sur
trois", "one in five", "three and a fifth", "minus 5", "half of"; `quantity.py` extends it
with scale, unit, bound, range and counted noun.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from claimcheck.ground.quantity_parts import Mode
from claimcheck.ground.quantity_tokens import (
    MARKS,
    MINUS,
    Num,
    Tokens,
    interpret,
    is_power_of_ten,
)
from claimcheck.lang.base import LanguageProfile

__all__ = ["NumberReader"]

#: single characters that are fractions ("½", "¾")
_VULGAR = frozenset("½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒")


class NumberReader(Tokens):
    """The numbers of one text, token by token, in one reading mode."""

    def __init__(
        self,
        text: str,
        profile: LanguageProfile,
        mode: Mode,
        exclude: Iterable[tuple[int, int]] = (),
    ) -> None:
        super().__init__(text, profile.numbers)
        self.stop = profile.text.stop_words
        self.mode = mode
        spans = list(exclude)
        self.excluded = (
            {
                i
                for i, t in enumerate(self.toks)
                if any(t.start < end and start < t.end for start, end in spans)
            }
            if spans
            else set()
        )

    def may_start(self, i: int) -> bool:
        """Whether a number may start at token i (a cheap test before reading it)."""
        t = self.toks[i]
        return (
            t.raw[0].isdecimal()
            or i in self.words
            or t.low in self.c.number_starts
            or t.raw in _VULGAR
        )

    def _number(self, i: int) -> Num | None:
        num = self._plain_number(i)
        if num is None:
            return None
        self._fraction(num)
        if not num.fraction and self.low(num.b) in self.c.fraction_joins:
            self._mixed(num)
        if (
            num.sign > 0
            and (minus := self.match_back(self.c.minus_words, num.a)) is not None
            and self.match_back(self.c.bounds, num.a) is None
        ):
            num.a, num.sign = minus[1], -1.0
        return num

    def _fraction(self, num: Num) -> None:
        """Make `num` the numerator of a fraction or proportion that follows it, if one does:
        "deux tiers", "three fifths", "un sur trois", "one in five", "a third of". In a quantity, a
        fraction is a percentage ("deux tiers" is 66.7 %), so that it compares with "67 %"."""
        j, link, scales = num.b, False, self.c.scale_words
        denominator: float | None = None
        after_dash = self.toks[j + 1].low if j + 1 < self.n else ""
        if after_dash in self.c.fractions.firsts and not num.groups and self.dash_word(j):
            j += 1  # "two-thirds", "three-quarters", "les deux-tiers"
        if (word := self.match(self.c.fractions, j)) is not None:
            denominator, end = word
        elif j in self.ordinals and self.ordinals[j][1] >= 3 and self.low(j) not in scales:
            end, denominator = self.ordinals[j]
        elif (joined := self.match(self.c.fraction_links, j)) is not None:
            other = self._plain_number(joined[1])
            if other is None or other.year_like or other.groups[1:]:
                return
            if other.article and other.b - other.a == 1:
                return
            value = other.base * other.scale if not other.groups else float(other.groups[0])
            unit = self.match(self.c.durations, other.b) or self.match(self.c.measures, other.b)
            mine = num.base * num.scale if not num.groups else float(num.groups[0])
            if value <= 0 or unit is not None or mine > value:
                return
            denominator, end, link = value, other.b, True
        if denominator is None:
            return
        after = self.low(end + 1 if self.dash_word(end) else end)
        closes = not self.word(end) or after in self.v.links or after in self.stop
        closes = closes or (after in scales and not link)
        if after in scales and self.dash_word(end):
            end += 1  # "un demi-million": the scale is read next
        if not link and not closes and (num.article or self.match(self.c.durations, j)):
            return  # "un troisième mandat", "three quarters" of a year
        whole = 0.0 if link else (self._split_numerator(num) or 0.0)
        if num.groups:
            try:
                numerator, _ = interpret(num.groups, num.marks, False, self.v.decimal_mark)
            except ValueError:
                return
        else:
            numerator = num.base * num.scale
        value = whole + numerator / denominator
        num.base, num.scale, num.step, num.b = value, 1.0, 0.0, end
        num.groups, num.marks = (), ()
        num.article = num.year_like = num.marked_year = False
        num.fraction = not whole and after not in scales  # "a quarter million" is a count

    def _mixed(self, num: Num) -> None:
        """A whole number and a fraction: "trois et un quart" is 3.25."""
        if self.match(self.c.halves, num.b) is not None:
            return  # "trois millions et demi": a half of the scale, read with the scale
        part = self._plain_number(num.b + 1)
        if part is None or part.groups:
            return
        self._fraction(part)
        if not part.fraction or part.base >= 1:
            return
        if num.groups:
            try:
                whole, _ = interpret(num.groups, num.marks, False, self.v.decimal_mark)
            except ValueError:
                return
        else:
            whole = num.base * num.scale
        of = self.c.scales.entries.get((self.low(num.b - 1),), 1.0)  # "two million and a half"
        num.base, num.scale, num.step, num.b = whole + part.base * of, 1.0, 0.0, part.b
        num.groups, num.marks, num.article = (), (), False

    def _split_numerator(self, num: Num) -> float | None:
        """In "twenty and three fifths", the numerator is three and twenty is whole."""
        joins = [k for k in range(num.a + 1, num.b - 1) if self.low(k) in self.c.fraction_joins]
        if num.groups or not joins:
            return None
        whole = self.spelled(num.a, joins[-1])
        numerator = self.spelled(joins[-1] + 1, num.b)
        if whole is None or numerator is None:
            return None
        of = self.c.scales.entries.get((self.low(joins[-1] - 1),), 1.0)  # "five billion and..."
        num.base, num.scale = numerator * of, 1.0
        return whole

    def _plain_number(self, i: int) -> Num | None:
        if i in self.excluded:
            return None
        if self.digit(i):
            num = self.digits(i)
            p = i - 1
            self._exponent(num)
            if not self.mode.filters or self._measured_fraction(num.b):
                self._slashed(num)
            elif self.digit(num.b) and self._measured_fraction(num.b + 1):
                part = self.digits(num.b)  # "10 1/2 miles"
                if num.groups[1:] == () and self._slashed(part) and part.base < 1:
                    num.base, num.step, num.b = float(num.groups[0]) + part.base, 0.0, part.b
                    num.groups = ()
            bare = not self.mode.filters and num.groups and self.raw(p) in MARKS
            if bare and self.glued(i) and not self.digit(p - 1):
                num.groups, num.marks, num.a = ("0", num.groups[0]), (self.raw(p),), p
                p -= 1  # ".08" is 0.08
            if (
                self.raw(p) in MINUS
                and self.glued(p + 1)
                and not self.glued(p)
                and not self.digit(p - 1)
            ):
                num.a, num.sign = p, -1.0
            return num
        if self.raw(i) in _VULGAR:
            vulgar = unicodedata.numeric(self.raw(i))
            return Num(i, i + 1, vulgar, 0.0, fraction=vulgar < 1)  # "½", "¾"
        v = self.v
        if i in self.words:
            end, value = self.words[i]
            if end - i == 1 and self.low(i) in v.multitudes:
                return None  # "tens of thousands": a multitude, no number
            num = Num(i, end, value, 1.0)
            last = self.low(end - 1)
            if end - i == 1 and last in v.ones:
                num.article = True
            elif end - i == 1 and last in v.ambiguous:
                num.ambiguous = True
            elif end - i == 1 and is_power_of_ten(value) and value >= 100:
                if self.low(i - 1) in v.ones:
                    num.a = i - 1
                elif last not in v.bare_scales:
                    return None
            scale = self.c.scales.entries.get((last,))
            if scale and value >= scale and (end - i > 1 or num.a < i or last in v.bare_scales):
                num.base, num.scale = value / scale, scale
            return num
        if self.low(i) in v.ones:
            return Num(i, i + 1, 1.0, 1.0, article=True)
        return self._half(i)

    def _exponent(self, num: Num) -> None:
        """Scientific notation: "1.3e6", "12,32e+14", "1.1^23", "6.23x10^-4"."""
        j, times = num.b, False
        if not self.glued(j):
            return
        if self.low(j) == "x" and self.raw(j + 1) == "10" and self.raw(j + 2) == "^":
            j, times = j + 2, True
        elif self.low(j) == "e":
            times = True
        elif self.raw(j) != "^":
            return
        k, sign = j + 1, 1.0
        while self.raw(k) in MINUS or self.raw(k) == "+":
            sign, k = (-sign if self.raw(k) in MINUS else sign), k + 1
        if not (self.digit(k) and all(self.glued(m) for m in range(num.b, k + 1))):
            return
        try:
            mantissa, _ = interpret(num.groups, num.marks, False, self.v.decimal_mark)
        except ValueError:
            return
        power = sign * float(self.raw(k))
        if abs(power) > 300:
            return
        value = mantissa * 10.0**power if times else mantissa**power
        num.base, num.step, num.b, num.groups, num.marks = value, 0.0, k + 1, (), ()

    def _measured_fraction(self, j: int) -> bool:
        """A written fraction at token j - 1 .. j + 1 followed by a measure ("1/4 mile")."""
        return self.raw(j) == "/" and self.match(self.c.measures, j + 2) is not None

    def _slashed(self, num: Num) -> bool:
        """A written fraction, in bare-number mode: "3/4" (not "24/7/2020")."""
        j = num.b
        if not (
            num.groups
            and not num.marks
            and self.raw(j) == "/"
            and self.glued(j)
            and self.glued(j + 1)
            and self.digit(j + 1)
            and not (self.raw(j + 2) == "/" and self.glued(j + 2))
        ):
            return False
        denominator = float(self.raw(j + 1))
        if not 0 < denominator < 100:
            return False
        num.base, num.step, num.b = float(num.groups[0]) / denominator, 0.0, j + 2
        num.groups, num.fraction = (), not self._measured_fraction(j)
        return True

    def _half(self, i: int) -> Num | None:
        """A half with no number before it: "half of the votes", "la moitié des élus"; and a
        fraction of a scale: "half a million", "a quarter million", "un demi-million", "half a
        dozen"."""
        half = self.match(self.c.fractions, i)
        if half is None:
            return None
        k = half[1] + (self.low(half[1]) in self.v.ones or self.dash_word(half[1]))
        if (scale := self.c.scales.entries.get((self.low(k),))) is not None and scale >= 12:
            return Num(i, k + 1, scale / half[0], 0.0)
        if half[0] != 2 or self.match(self.c.durations, i) is not None:
            return None
        after = self.low(half[1])
        if self.word(half[1]) and after not in self.v.links and after not in self.stop:
            return None
        return Num(i, half[1], 0.5, 0.0, fraction=True)

    # -- a number with its scale and unit

    def _rest(self, k: int, limit: float) -> tuple[float, int] | None:
        """What follows a scale and is smaller than it: "2 millions 500 000" is 2.5 million,
        "4 thousand 3 hundred and 21" is 4321. Nothing with a unit of its own counts."""
        if self.low(k) in self.c.fraction_joins and limit < 1000:
            k += 1  # "three hundred and 21"; never "5 millions et 3 blessés"
        n = self._plain_number(k) if k < self.n and self.may_start(k) else None
        if n is None or n.article or n.fraction or n.year_like:
            return None
        if n.groups:
            try:
                value, decimals = interpret(n.groups, n.marks, False, self.v.decimal_mark)
            except ValueError:
                return None
        else:
            value, decimals = n.base * n.scale, 0
        end = n.b
        if (smaller := self.match(self.c.scales, end)) is not None and smaller[0] < limit:
            value, end = value * smaller[0], smaller[1]
            if (more := self._rest(end, smaller[0])) is not None:
                value, end = value + more[0], more[1]
        c = self.c
        own = (
            self.match(c.durations, end) is not None
            or self.match(c.measures, end) is not None
            or self.match(c.percents, end) is not None
            or self.match(c.scales, end) is not None
            or self.match(c.fractions, end) is not None
        )
        if decimals or not value.is_integer() or value >= limit or own:
            return None
        return value, end
