"""Parts of a quantity expression: a number with its unit (Side), the reading mode, bounds.

`limits` turns a bound into the interval it allows ("about 40" is 36..44, "nearly 40" 36..40);
`join_bounds` makes one range of a lower and an upper bound side by side.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from claimcheck.ground.quantity_tokens import MARKS, Num, clean
from claimcheck.lang.number_types import Lean
from claimcheck.models import Bound, Quantity

Dimension = Literal["money", "duration", "percent", "count", "measure"]
#: how far either way "about" reaches (10 %)
APPROX = 0.1


@dataclass
class Side:
    """A number with its scale and unit, before any counted noun: tokens [a, b)."""

    num: Num
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
    age: bool = False
    bound: tuple[Bound, Lean] | None = None
    """a bound written between a unit and its number ("magnitude of about 7")"""

    @property
    def value(self) -> float:
        return self.num.sign * self.base * self.scale * self.factor

    @property
    def precision(self) -> float:
        """Half of it either way is what the digits leave open; a duration counts in its
        canonical unit, so "2 years" does not admit 18 months."""
        return self.step * self.scale * (1.0 if self.dimension == "duration" else self.factor)


@dataclass(frozen=True)
class Mode:
    #: read units, counted nouns, bounds and ranges (False: bare numbers)
    expressions: bool = True
    #: drop what news rarely means as a quantity: years, days of a date, a lone article
    filters: bool = True


def limits(bound: Bound, lean: Lean, value: float) -> tuple[float | None, float | None]:
    if bound == "approx":
        low = clean(value * (1 - APPROX))
        return low, value if lean == "below" else clean(value * (1 + APPROX))
    if bound in ("at_least", "more_than"):
        return value, None
    if bound in ("at_most", "less_than"):
        return None, value
    return value, value


def join_bounds(
    text: str, joins: tuple[str, ...], found: list[tuple[Quantity, float]]
) -> list[tuple[Quantity, float]]:
    """A lower and an upper bound side by side are one range ("plus de 20 et moins de
    30", "at most 100 and at least 20")."""
    out: list[tuple[Quantity, float]] = []
    for q, precision in found:
        if out and _joinable(text, joins, out[-1][0], q):
            p, before = out.pop()
            lower, upper = (p, q) if p.high is None else (q, p)
            text = text[p.start : q.end]
            joined = p.model_copy(
                update={
                    "text": text,
                    "end": q.end,
                    "value": lower.low,
                    "low": lower.low,
                    "high": upper.high,
                    "bound": "range",
                    "noun": p.noun or q.noun,
                    "kind": p.kind or q.kind,
                }
            )
            out.append((joined, max(before, precision)))
        else:
            out.append((q, precision))
    return out


def join_coins(
    text: str, joins: tuple[str, ...], found: list[tuple[Quantity, float]]
) -> list[tuple[Quantity, float]]:
    """An amount and its coins are one amount ("3 dollars 50 cents", "15 euros et 20")."""
    out: list[tuple[Quantity, float]] = []
    for q, precision in found:
        if out and _coins(text, joins, out[-1][0], q):
            p, _ = out.pop()
            value = clean(p.value + q.value)
            kind = q.kind if p.kind == "length" and q.kind else p.kind  # "5 ft 9 in tall"
            joined = p.model_copy(
                update={"text": text[p.start : q.end], "end": q.end, "value": value, "kind": kind}
            )
            out.append((joined.model_copy(update={"low": value, "high": value}), precision))
        else:
            out.append((q, precision))
    return out


def _coins(text: str, joins: tuple[str, ...], p: Quantity, q: Quantity) -> bool:
    """An amount and its coins, or a length and a smaller one ("5 feet 2 inches")."""
    if not (
        p.dimension == q.dimension
        and p.dimension in ("money", "measure")
        and p.unit == q.unit
        and p.bound == q.bound == "exact"
        and p.noun is None
        and (
            (p.dimension == "money" and p.value.is_integer() and 0 < q.value < 1)
            or (p.dimension == "measure" and p.kind == "length" and 0 < q.value < p.value / 2)
        )
    ):
        return False
    gap = " ".join(text[p.end : q.start].split()).lower()
    if p.dimension == "measure":  # "5 feet 2 inches", never "12 km and 3 km"
        return (gap in joins or not gap) and p.text.split()[-1].lower() != q.text.split()[
            -1
        ].lower()
    return gap in joins or not gap


def _joinable(text: str, joins: tuple[str, ...], p: Quantity, q: Quantity) -> bool:
    lows = ("at_least", "more_than")
    highs = ("at_most", "less_than")
    if not ((p.bound in lows and q.bound in highs) or (p.bound in highs and q.bound in lows)):
        return False
    if (p.unit, p.dimension) != (q.unit, q.dimension):
        return False
    low, high = (p.low, q.high) if p.high is None else (q.low, p.high)
    gap = " ".join(text[p.end : q.start].split()).lower()
    return low is not None and high is not None and low < high and gap in joins


def whole_units(x: Side) -> None:
    """Counted things come in whole units and money in cents: "1,200 habitants" and "1,200
    euros" in French copy are 1200 (an English thousands separator), whatever the language's
    decimal mark, unless a scale follows ("1,250 milliard")."""
    num = x.num
    if (
        x.has_scale
        or len(num.marks) != 1
        or num.marks[0] not in MARKS
        or len(num.groups[1]) != 3
        or len(num.groups[0]) > 3
        or num.groups[0] == "0"
        or x.base.is_integer()
    ):
        return
    x.base, x.step = float("".join(num.groups)), 1.0
