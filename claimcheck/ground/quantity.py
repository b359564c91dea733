"""text -> Quantity slots.

Numbers (read by `quantity_tokens`) are extended to the right (half, scale, unit or counted
noun, trailing bound) and to the left (currency symbol, unit word such as "magnitude", bound,
range opener); a unit may be joined by a dash ("a 120-metre tower", "a 6.2-magnitude quake",
"a 30-year-old man"). Each quantity then gets its language-neutral kind (`quantity_kinds`):
"300 secouristes" and "three hundred rescuers" are both `rescuers`, "12 morts" and "12 people
were killed" both `dead`; and a value outside what its kind allows is marked implausible.
Every word comes from the language's `NumberVocabulary`; nothing here knows a language.

Durations have one canonical unit per family: "month" for years, quarters and months (a year
is 12), "day" for weeks and days, "hour" for hours; "un an et demi", "dix-huit mois" and
"18 months" all read 18 months. Ages count the same way, with kind `age`.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.ground.quantity_ages import YEAR, PersonReader
from claimcheck.ground.quantity_kinds import KindReader, measure_kind, plausible
from claimcheck.ground.quantity_parts import (
    APPROX,
    Mode,
    Side,
    join_bounds,
    join_coins,
    limits,
    whole_units,
)
from claimcheck.ground.quantity_tokens import (
    APOSTROPHES,
    DASHES,
    Num,
    clean,
    interpret,
)
from claimcheck.lang.base import LanguageProfile
from claimcheck.lang.number_types import EVENT_KINDS, PERSON_KINDS, Lean
from claimcheck.models import Bound, Quantity

__all__ = ["APPROX", "find_numbers", "find_quantities", "scan_quantities"]

#: tokens either side of a glued "C" or "F" searched for a word about temperatures
_CUE_WINDOW = 12
#: counted kinds that no length measures: "3m people" is three million ("a 400m ship",
#: "a 2m crocodile" are lengths, so things are left out)
_NO_LENGTH = (EVENT_KINDS | PERSON_KINDS) | {
    "people",
    "households",
    "jobs",
    "doses",
    "tests",
    "cases",
    "votes",
    "shares",
}


class _Scanner(PersonReader):
    """One pass over one text with one vocabulary."""

    def __init__(
        self,
        text: str,
        profile: LanguageProfile,
        mode: Mode,
        exclude: Iterable[tuple[int, int]] = (),
    ) -> None:
        super().__init__(text, profile, mode, exclude)
        self.kinds = KindReader(self, profile.numbers.kinds)
        self._size_joins = profile.numbers.kinds.size_joins
        #: the last length read: its unit, factor and the token after its dimension's words
        self._length: tuple[str, float, int] | None = None

    # -- a number with its scale and unit

    def _scaled(self, num: Num, j: int, use_scale: bool) -> tuple[float, bool, int]:
        scale, needs_currency = num.scale, False
        if scale == 1.0 and use_scale:
            if (m := self.match(self.c.scales, j)) is not None:
                scale, j = m
            elif (m := self.match(self.c.currency_scales, j)) is not None:
                (scale, j), needs_currency = m, True
        return scale, needs_currency, j

    def _side(self, num: Num) -> Side | None:
        side = self._side_with(num, use_scale=True)
        unit = self.match(self.c.measures, num.b)
        if (
            side is None
            and num.scale == 1.0
            and (not self.glued(num.b) or (unit is not None and unit[1] > num.b + 1))
        ):  # "120 m", "24703m2": a unit, no currency scale
            side = self._side_with(num, use_scale=False)
        if side is None and num.scale == 1.0 and self.mode.filters and self.glued(num.b):
            side = self._glued_scale_or_unit(num, unit is not None)
        if side is None and not self.mode.filters:  # a bare number: "10M" is ten million
            side = self._side_with(num, use_scale=True, bare=True)
        return side

    def _glued_scale_or_unit(self, num: Num, unit: bool) -> Side | None:
        """A letter glued to a number that is both a unit and a currency's scale ("1.8m",
        "3m"): metres where a length is named ("1.8m tall", "a 30m-long hull", "a height of
        2m"), millions before a counted noun ("3m people", "1.2m households"), else nothing."""
        after = num.b + 1
        if unit and (
            self.kinds.length_after(after) is not None
            or self.kinds.length_kind(num.a, num.a) is not None
        ):
            return self._side_with(num, use_scale=False)
        if (
            self.match(self.c.currency_scales, num.b) is not None
            and not self.glued(after)
            and self.word(after)
            and self.kinds.lemma_kind(self.low(after)) in _NO_LENGTH
        ):
            return self._side_with(num, use_scale=True, bare=True)
        return None

    def _side_with(self, num: Num, *, use_scale: bool, bare: bool = False) -> Side | None:
        c = self.c
        j, half = num.b, 0.0
        if (m := self.match(c.halves, j)) is not None:
            half, j = 0.5, m[1]
        scale, needs_currency, j = self._scaled(num, j, use_scale)
        has_scale = scale != 1.0
        base, step = num.base, num.step
        if num.groups:
            try:
                base, decimals = interpret(num.groups, num.marks, has_scale, self.v.decimal_mark)
            except ValueError:
                if self.mode.filters or len(num.groups[0]) > 15:
                    return None
                # a bare number in a code ("192.168.1.2"): each group is one
                num.b, num.groups, num.marks, j = num.a + 1, num.groups[:1], (), num.a + 1
                base, decimals = float(num.groups[0]), 0
            step = 10.0**-decimals
        if has_scale and not half and (m := self.match(c.halves, j)) is not None:
            half, j = 0.5, m[1]
        whole = step == 1.0 and base.is_integer()
        if has_scale and whole and not half and scale >= 1000 and (rest := self._rest(j, scale)):
            base, step, j = base + rest[0] / scale, 1.0 / scale, rest[1]
        side = Side(num, num.a, j, base + half, step, scale, has_scale, needs_currency)
        if num.fraction and self.mode.filters and self.match(c.measures, j) is None:
            # a proportion: "deux tiers" is 66.7 % (but "½ mile" is a length)
            side.unit, side.dimension, side.factor = "%", "percent", 100.0
        elif self.mode.filters:
            self._unit(side)
            self._left_unit(side)
        elif self.mode.expressions and (percent := self.match(c.percents, j)) is not None:
            side.unit, side.dimension, side.b = percent[0], "percent", percent[1]
        if side.dimension == "duration" and not half and (m := self.match(c.halves, side.b)):
            side.base, side.b = side.base + 0.5, m[1]
        prefix = self.match_back(c.prefixes, num.a) if self.mode.expressions else None
        if prefix is not None and side.dimension in ("count", "money"):
            side.unit, side.dimension, side.a = side.unit or prefix[0], "money", prefix[1]
        if needs_currency and side.dimension != "money" and not bare:
            return None
        return side

    def _unit(self, side: Side) -> None:
        c, j = self.c, side.b
        if self.dash_word(j) and self.word(j + 1):  # "120-metre", "30-year-old"
            j += 1
        linked = self.match(c.links, j) if side.has_scale else None
        for k in (j,) if linked is None else (j, linked[1]):
            money = self.match(c.currencies, k)
            if money is not None and (
                side.has_scale or self.low(money[1] - 1) not in self.v.scale_only_currencies
            ):
                side.unit, side.dimension, side.b = money[0], "money", money[1]
                return
            if (coin := self.match(c.minor_currencies, k)) is not None:
                (side.unit, side.factor), side.dimension = coin[0], "money"
                side.b = coin[1]
                return
            measure = self.match(c.measures, k)
            if measure is not None and not self._elided(measure[1] - 1):
                (side.unit, side.factor), side.dimension = measure[0], "measure"
                side.b = measure[1]
                if measure_kind("measure", side.unit) == "length":
                    self._length = (side.unit, side.factor, self.kinds.length_end(side.b))
                return
        # a glued "C", the "in" of "5 ft 2 in": rare, so their first word is tested first
        rare = self.toks[side.b].low if side.b < self.n else ""
        if (percent := self.match(c.percents, j)) is not None:
            side.unit, side.dimension, side.b = percent[0], "percent", percent[1]
        elif rare in c.glued_temperatures.firsts and (scale := self._glued_temperature(side)):
            side.unit, side.dimension, side.b = scale, "measure", side.b + 1
        elif rare in c.sub_units.firsts and (sub := self._sub_unit(side)) is not None:
            (side.unit, side.factor), side.dimension, side.b = sub[0], "measure", sub[1]
        elif (age := self.match(c.ages, j)) is not None:
            (side.unit, side.factor), side.dimension = age[0], "duration"
            side.b, side.age = age[1], True
        elif (duration := self.match(c.durations, j)) is not None:
            (side.unit, side.factor), side.dimension = duration[0], "duration"
            side.b = duration[1]
            side.age = self.match_back(c.age_openers, side.a) is not None or (
                self.mode.filters and side.factor == YEAR and self._person_age(side)
            )
        elif self.v.bare_ages and self.mode.filters and self._bare_age(side):
            side.unit, side.factor, side.dimension, side.age = "month", YEAR, "duration", True
        elif self._length is not None and self.kinds.length_after(side.b) is not None:
            # "400 mètres de long et 59 de large", "300 feet tall and 40 wide": a bare number
            # joined to a length and followed by a dimension's words is a length in its unit
            unit, factor, after = self._length
            if after + 1 == side.a and self.low(after) in self._size_joins:
                side.unit, side.factor, side.dimension = unit, factor, "measure"

    def _glued_temperature(self, side: Side) -> str | None:
        """A capital glued to its number in a text about temperatures: "40C", "-12C",
        "1.5C", "104F" (never "40c", cents, nor "seat 14F" where nothing speaks of heat)."""
        k = side.b
        if side.has_scale or k != side.num.b or not self.glued(k):
            return None
        if self.glued(k + 1) and (self.word(k + 1) or self.digit(k + 1)):
            return None
        raw = self.raw(k)
        if not raw.isupper() or (unit := self.match(self.c.glued_temperatures, k)) is None:
            return None
        if self.low(side.num.a - 1) in self.c.label_nouns:
            return None
        cues = self.c.temperature_words
        near = range(max(0, k - _CUE_WINDOW), min(self.n, k + _CUE_WINDOW + 1))
        return unit[0] if any(self.toks[m].low in cues for m in near) else None

    def _left_percent(self, x: Side, floor: int) -> bool:
        """A percent word before a number that counts nothing: "percent of 10", "pourcentage
        de vingt" (never "45 percent of 10 million voters", "the percentage of 18-year-olds").
        Makes x that percentage."""
        if x.unit is not None or x.dimension != "count" or x.num.year_like or x.num.fraction:
            return False
        found = self.match_back(self.c.left_percents, x.a)
        if found is None or found[1] < floor or self.word(found[1] - 1) or self.digit(found[1] - 1):
            return False
        if self.kinds.name(x.b) is not None or self._noun(x.b) is not None:
            return False
        if self.dash_word(x.b) or self.match(self.c.measures, x.b) is not None:
            return False
        x.unit, x.dimension, x.a = "%", "percent", found[1]
        return True

    def _sub_unit(self, side: Side) -> tuple[tuple[str, float], int] | None:
        """A unit that is a common word elsewhere, read right after the next larger unit of
        its system and that unit's number, and fewer of it than make one of the larger (at
        most 12 to one): the "in" of "5 ft 2 in", "6ft 2in" (never "3 m 2 in the report")."""
        sub = self.match(self.c.sub_units, side.b)
        larger = self.match_back(self.c.measures, side.a)
        if sub is None or larger is None or side.has_scale or not self.digit(larger[1] - 1):
            return None
        named = self.kinds.length_after(sub[1]) is not None  # "6 ft 2 in tall"
        glued = self.glued(side.b)  # "6ft 2in forward": glued, never the preposition
        if (self.word(sub[1]) and not named and not glued) or self.digit(sub[1]):
            return None  # "2 in the morning", "2 in height"
        (unit, factor), (big_unit, big_factor) = sub[0], larger[0]
        ratio = big_factor / factor
        return sub if unit == big_unit and 1 < ratio < 12.5 and side.base < ratio else None

    def _code(self, side: Side) -> bool:
        """Digits after an acronym are a label: "vol SV 631", "le CAC 40", "la COP 28"."""
        p = side.num.a - 1
        word = self.raw(p)
        return (
            side.a == side.num.a
            and self.word(p)
            and 2 <= len(word) <= 4
            and word.isupper()
            and self.match_back(self.c.prefixes, side.num.a) is None
        )

    def _elided(self, i: int) -> bool:
        """Token i is a letter cut by an apostrophe ("l'ont"), not a unit symbol."""
        return self.word(i) and self.raw(i + 1) in APOSTROPHES and self.glued(i + 1)

    def _left_unit(self, side: Side) -> None:
        """A unit written before the number: "magnitude 6,8", "magnitude-6.8", "aged 87"."""
        if side.unit is not None:
            return
        if (opener := self.match_back(self.c.age_openers, side.a)) is not None:
            side.unit, side.factor, side.dimension, side.age = "month", 12.0, "duration", True
            side.a = opener[1]
            return
        i = side.a - 1 if self.dash_word(side.a - 1) else side.a
        if (unit := self.match_back(self.c.left_units, i)) is not None:
            (side.unit, side.factor), side.dimension = unit[0], "measure"
            side.a = unit[1]
        elif (pre := self.match_back(self.c.bounds, side.a)) is not None and (
            unit := self.match_back(self.c.left_units, pre[1])
        ) is not None:  # "magnitude of about 7", "une magnitude d'environ 7"
            (side.unit, side.factor), side.dimension = unit[0], "measure"
            side.bound, side.a = pre[0], unit[1]

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

    def _context_ok(self, side: Side, *, in_range: bool = False) -> bool:
        """Reject digits inside words, codes, times, dates, labels and list numbers."""
        num = side.num
        if any(k in self.excluded for k in range(num.a, num.b)):
            return False
        if not self.mode.filters:
            return True
        if any(k in self.phone for k in range(num.a, num.b)):
            return False
        if not num.groups:
            return True
        i = num.a if num.sign > 0 else num.a + 1
        p = i - 1
        if (
            not in_range
            and side.a == num.a
            and self.glued(i)
            and (
                self.word(p)
                or (self.raw(p) in DASHES and self.glued(p) and not self.raw(p - 1).isspace())
                or (
                    self.raw(p) in (":", "/", ".", ",", "'") and self.glued(p) and self.digit(p - 1)
                )
            )
        ):
            return False
        if self.match_back(self.c.signs, num.a) is not None or self._code(side):
            return False
        q = num.b
        if self.glued(q) and side.b <= q:
            if self.word(q) or self.raw(q) in (":", "/", "°"):
                return False
            if self.raw(q) in DASHES and self.glued(q + 1) and self.word(q + 1):
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

    def _range(self, x: Side, floor: int) -> tuple[Side, int, bool] | int | None:
        """The upper side of a range starting at x, the range's first token, and whether it is
        a change from x to that side (`_changed`); an int says that x and what follows up to
        that token are no quantity ("2019-2021")."""
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
        dash = self.dash_word(x.b)
        if (prefix := self.match(self.c.prefixes, k)) is not None:
            k = prefix[1]
        ynum = self._number(k)
        y = self._side(ynum) if ynum is not None else None
        if ynum is None and dash and self.kinds.length_after(x.b) is not None:
            return None  # "a 400-metre-long hull": a compound adjective, not a range
        if ynum is None or y is None or not self._context_ok(y, in_range=True):
            return (x.b if ynum is None else ynum.b) if dash else None
        if x.unit is None and y.unit is not None:
            x.unit, x.dimension, x.factor, x.age = y.unit, y.dimension, y.factor, y.age
        elif y.unit is None and x.unit is not None:
            y.unit, y.dimension, y.factor = x.unit, x.dimension, x.factor
        elif x.unit != y.unit:
            return None
        if (x.num.year_like or y.num.year_like) and x.unit is None and x.scale == y.scale == 1:
            return y.b if self.mode.filters else None
        if not x.has_scale and y.has_scale and x.base * y.scale <= y.base * y.scale:
            x.scale, x.has_scale = y.scale, True
        changed = start != x.a and self._changed(start)  # an opener word: "de", "from"
        if x.value >= y.value and not changed:  # "3-1", "a 5-4 ruling": a score or a split
            return y.b if dash and self.mode.filters and x.unit is None else None
        return y, start, changed

    def _plausible(self, x: Side, bound: Bound, noun: str | None, start: int) -> bool:
        num, v = x.num, self.v
        prev = self.low(start - 1)
        if not self.mode.filters:
            spelled = any(k in self.words for k in range(num.a, num.b))
            unit = x.unit is not None and x.dimension != "percent"  # "a percentage" is no 1 %
            return not num.article or spelled or x.has_scale or unit
        spelled = any(k in self.words for k in range(num.a, num.b))  # "one", not "a"
        measured = x.dimension == "measure" and spelled and x.unit != "°"
        if num.article and not (x.has_scale or x.dimension == "duration" or measured):
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

    def _expression(self, num: Num, floor: int) -> tuple[tuple[Quantity, float] | None, int]:
        x = self._side(num)
        if x is None or not self._context_ok(x):
            return None, num.b
        x.a = max(x.a, floor)
        start, end, precision = x.a, x.b, x.precision
        bound: Bound = "exact"
        lean: Lean = "none"
        ranged = self._range(x, floor) if self.mode.expressions else None
        if isinstance(ranged, int):
            return None, max(ranged, num.b)
        if ranged is not None and ranged[2]:  # a change: the figure is the one it reached
            x, start, ranged = ranged[0], ranged[1], None
            end, precision = x.b, x.precision
            if x.bound is not None:
                bound, lean = x.bound
        elif ranged is not None:
            y, start, _ = ranged
            end, bound, precision = y.b, "range", max(precision, y.precision)
        elif not self.mode.expressions:
            pass
        elif x.bound is not None:
            bound, lean = x.bound
        elif (pre := self.match_back(self.c.bounds, x.a)) is not None and pre[1] >= floor:
            (bound, lean), start = pre
        elif (
            x.a
            and self.toks[x.a - 1].low in self.c.left_percents.lasts
            and self._left_percent(x, floor)
        ):
            start = x.a
        noun = None
        kind = measure_kind(x.dimension, x.unit, age=x.age)
        if x.dimension == "count" and self.mode.expressions:
            if (name := self.kinds.name(end)) is not None:
                kind, end = name
                noun = self.text[self.toks[name[1] - 1].start : self.toks[name[1] - 1].end].lower()
            elif (found := self._noun(end)) is not None:
                noun, end = found
            if noun is not None and ranged is None:
                whole_units(x)
        elif x.dimension == "money" and ranged is None:
            whole_units(x)  # no currency counts thousandths: "1,200 euros" is 1200
        if (
            kind == "temperature"
            and ranged is None
            and bound in ("exact", "approx")
            and (below := self.match(self.c.below_zero, end)) is not None
        ):  # "5 degrees below zero", "10 degrés sous zéro" ("-8 degrés sous zéro" stays -8)
            x.num.sign, end = -1.0, below[1]
        post = self.match(self.c.post_bounds, end) if self.mode.expressions else None
        if post is not None and any(
            (pre := self.match(self.c.bounds, k)) is not None and pre[1] > post[1]
            for k in range(end, post[1])
        ):
            post = None  # "5000 ou moins de 6000": the words open the next bound
        if post is not None and (bound == "exact" or (bound == "approx" and post[0][0] != bound)):
            (bound, lean), end = post  # "environ 500 ou plus" is at least 500
        if not self._plausible(x, bound, noun, start):
            return None, num.b
        if x.dimension == "count" and self.mode.expressions:
            kind = self.kinds.count_kind(noun, start, end, kind)
        elif kind == "length" and self.mode.expressions:
            kind = self.kinds.length_kind(start, end) or kind
        elif x.unit == "°" and self.mode.expressions:
            kind = self.kinds.degree_kind(start, end) or kind
        elif kind == "age" and self.mode.filters:
            # whose age: "Smith, 45" is Smith's, "the 32-year-old Klitschko" Klitschko's
            noun = self._holder_before(x) if self._apposed(x) else self._holder_after(end)
        value = clean(x.value)
        low: float | None
        high: float | None
        if ranged is not None:
            low, high = value, clean(ranged[0].value)
        else:
            low, high = limits(bound, lean, value)
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
            kind=kind,
            plausible=plausible(kind, value, x.unit)
            and (high is None or plausible(kind, high, x.unit)),
        )
        return (quantity, precision), end

    def scan(self) -> list[tuple[Quantity, float]]:
        """Quantities in text order, each with the precision its digits state."""
        found: list[tuple[Quantity, float]] = []
        floor = i = 0
        while i < self.n:
            if not self.may_start(i) or (i in self.phone and self.mode.filters):
                i += 1
                continue
            num = self._number(i)
            if num is None:
                i += 1
                continue
            result, after = self._expression(num, floor)
            if result is not None:
                found.append(result)
                floor = after
            i = max(after, i + 1)
        found = join_coins(self.text, self.v.range_joins, found)
        return join_bounds(self.text, self.v.range_joins, found)


def scan_quantities(
    text: str, profile: LanguageProfile, exclude: Iterable[tuple[int, int]] = ()
) -> list[tuple[Quantity, float]]:
    return _Scanner(text, profile, Mode(), exclude).scan()


def find_quantities(
    text: str, *, profile: LanguageProfile, exclude: Iterable[tuple[int, int]] = ()
) -> list[Quantity]:
    """Quantities in `text`, sorted and non-overlapping; offsets are local to `text`.

    `text[q.start:q.end]` is the whole expression, bound words, currency and unit included
    ("au moins 40 morts", "$4.4 billion", "entre 10 000 et 12 000"). No quantity is read from
    the characters of an `exclude` span (start, end): a time of day found by another reader.
    """
    return [quantity for quantity, _ in scan_quantities(text, profile, exclude)]


def find_numbers(text: str, *, profile: LanguageProfile, bounds: bool = False) -> list[Quantity]:
    """Every number in `text`, years, dates' days and a lone "one" included (no news filters).

    With `bounds`, numbers keep their units, bounds and ranges ("more than 40", "20 à 30");
    without, each is a bare number ("3 km" is 3). For measuring the reader on number suites.
    """
    mode = Mode(expressions=bounds, filters=False)
    return [quantity for quantity, _ in _Scanner(text, profile, mode).scan()]
