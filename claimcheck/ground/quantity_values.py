"""Quantity pairs -> comparable? compatible? and a Quantity in plain English ("$4.4 billion")."""

from __future__ import annotations

import math
import unicodedata
from decimal import Decimal
from functools import lru_cache

from claimcheck.ground.quantity import APPROX, scan_quantities
from claimcheck.ground.quantity_kinds import TEMPERATURE_SCALES, to_celsius
from claimcheck.lang import available, get_profile
from claimcheck.lang.number_types import RESOLUTION
from claimcheck.models import Quantity

__all__ = ["comparable", "compatible", "describe", "fold_noun", "role"]

# ---------------------------------------------------------------- comparing quantities


def fold_noun(noun: str) -> str:
    """A counted noun as compared: lower-case, accents folded, plural s/x dropped."""
    text = unicodedata.normalize("NFKD", noun.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text[:-1] if len(text) > 3 and text[-1] in "sx" else text


def role(q: Quantity) -> tuple[str, str | None, str]:
    """What a quantity counts or measures, as a key equal across languages: (dimension, unit,
    kind), or the folded counted noun where the kind is unknown ("" when neither is). An age
    whose holder is named is that person's ("age smith"): two people's ages are two things."""
    if q.kind == "age" and q.noun:
        return (q.dimension, q.unit, f"age {fold_noun(q.noun)}")
    return (q.dimension, q.unit, q.kind or (fold_noun(q.noun) if q.noun else ""))


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether a and b measure the same kind of thing: dimension, unit and kind.

    Two known kinds must be equal ("300 secouristes" and "450 rescuers" are both `rescuers`;
    dead never compares with injured, an age never with a duration; a group's members, "65
    members" and "56 éléments", compare with each other only, never with the police or the
    soldiers beside them). Where a count's kind is
    unknown, the counted nouns are compared (lower-case, accents folded, plural s/x dropped).
    A bare count (no noun, no kind: "5,7", "2 122") compares only with another bare count:
    nothing says it counts what a noun names. Temperatures compare across scales ("104 °F"
    in one outlet, "40 °C" in another).
    """
    if a.dimension != b.dimension or (a.unit != b.unit and not _scales(a, b)):
        return False
    if a.kind == b.kind == "age" and a.noun and b.noun:
        return fold_noun(a.noun) == fold_noun(b.noun)  # two named people's ages: two things
    if a.kind is not None and b.kind is not None:
        return a.kind == b.kind
    if a.kind in ("age", "duration") or b.kind in ("age", "duration"):
        return False
    if a.dimension == "count":
        if a.noun and b.noun:
            return fold_noun(a.noun) == fold_noun(b.noun)
        return _bare(a) == _bare(b)
    return True


def _scales(a: Quantity, b: Quantity) -> bool:
    """Are a and b temperatures in two scales?"""
    return a.unit in TEMPERATURE_SCALES and b.unit in TEMPERATURE_SCALES and a.unit != b.unit


def _bare(q: Quantity) -> bool:
    return q.dimension == "count" and q.noun is None and q.kind is None


def _fallback_precision(value: float) -> float:
    """Precision read off the value itself, for a quantity whose text cannot be re-read."""
    if value == 0 or not math.isfinite(value):
        return 0.0
    exponent = Decimal(repr(abs(value))).normalize().as_tuple().exponent
    assert isinstance(exponent, int)
    return 10.0**exponent if exponent < 0 or abs(value) >= 1e6 else 0.0


@lru_cache(maxsize=1 << 16)  # a large corpus's figures meet again in every pair of articles
def _precision(text: str, value: float) -> float:
    """The value of the last digit the text wrote (0.1e9 for "4,4 milliards")."""
    for code in available():
        for quantity, precision in scan_quantities(text, get_profile(code)):
            if math.isclose(quantity.value, value, rel_tol=1e-9):
                return precision
    return _fallback_precision(value)


_Interval = tuple[float, bool, float, bool]  # low, low included, high, high included


def _interval(q: Quantity, resolution: bool = True) -> _Interval:
    value = q.value
    half = _precision(q.text, value) / 2 if q.text else _fallback_precision(value) / 2
    step = RESOLUTION.get(q.kind or "") if resolution else None
    if step is not None:
        half = min(half, step / 2)
    low = value if q.low is None else q.low
    high = value if q.high is None else q.high
    if q.bound == "exact":
        return (value - half, True, value + half, not half)
    if q.bound == "approx":
        if q.low is None and q.high is None:
            low, high = value * (1 - APPROX), value * (1 + APPROX)
        return (low - half, True, high + half, True)
    if q.bound == "range":
        return (low - half, True, high + half, True)
    if q.bound in ("at_least", "more_than"):
        return (low, q.bound == "at_least", math.inf, False)
    return (-math.inf, False, high, q.bound == "at_most")


def _celsius(interval: _Interval, unit: str) -> _Interval:
    low, low_in, high, high_in = interval
    return (to_celsius(low, unit), low_in, to_celsius(high, unit), high_in)


def _contains(interval: _Interval, point: float) -> bool:
    low, low_in, high, high_in = interval
    return (low < point or (low == point and low_in)) and (
        point < high or (point == high and high_in)
    )


def compatible(a: Quantity, b: Quantity, *, resolution: bool = True) -> bool:
    """Whether a and b could both be true of the same fact.

    Their intervals must overlap, each widened by half its last written digit (so "4,4
    milliards" admits 4.38 billion, 45 does not admit 47), or by half the step its kind is
    reported at where that is finer (`RESOLUTION`: "magnitude 7" is 7.0, not 6.8; with
    `resolution=False`, the written digits alone, so a figure rounded in a headline agrees);
    "about" allows 10% either way, "nearly" 10% below. Quantities that are not `comparable`
    are always compatible; a value its kind does not allow ("une magnitude de 62") is
    compatible only with another such.
    """
    if not comparable(a, b):
        return True
    if a.plausible != b.plausible:
        return False  # a value its kind does not allow (a typo?) never corroborates
    first, second = _interval(a, resolution), _interval(b, resolution)
    if _scales(a, b):  # both in degrees Celsius: the conversion is increasing
        assert a.unit is not None and b.unit is not None
        first, second = _celsius(first, a.unit), _celsius(second, b.unit)
    low, high = max(first[0], second[0]), min(first[2], second[2])
    if low < high:
        return True
    return low == high and _contains(first, low) and _contains(second, low)


# ---------------------------------------------------------------- English labels

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}
_LARGE = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_PREFIX: dict[str, str] = {
    "approx": "about",
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "up to",
    "less_than": "less than",
}


def _number(value: float) -> str:
    for size, word in _LARGE:
        if abs(value) >= size:
            return f"{value / size:.3f}".rstrip("0").rstrip(".") + f" {word}"
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def _amount(value: float, q: Quantity) -> str:
    figure = _number(value)
    if q.dimension == "money" and q.unit in _SYMBOLS:
        return _SYMBOLS[q.unit] + figure
    if q.dimension == "percent":
        return f"{figure}%" if q.unit == "%" else f"{figure} percentage points"
    if q.dimension == "duration":
        unit, count = q.unit or "", value
        if unit == "month" and value % 12 == 0:
            unit, count = "year", value / 12
        elif unit == "day" and value % 7 == 0:
            unit, count = "week", value / 7
        return f"{_number(count)} {unit}{'' if count == 1 else 's'}"
    if q.unit == "magnitude":
        return f"magnitude {figure}"
    if q.unit in ("°C", "°F", "°", "K"):
        return f"{figure} {q.unit}".replace(" °", "°")
    return f"{figure} {q.unit}" if q.unit else figure


def describe(q: Quantity) -> str:
    """A short English label: "$4.4 billion", "at least 40 dead", "18 months"."""
    label = _describe(q)
    if q.kind == "age":
        label = f"aged {label}"
    return label if q.plausible else f"{label} (implausible for a {q.kind})"


def _describe(q: Quantity) -> str:
    noun = f" {q.noun}" if q.noun and q.kind != "age" else ""  # an age's noun is its holder
    if q.bound == "range" and q.low is not None and q.high is not None:
        if q.dimension == "count":
            return f"between {_number(q.low)} and {_number(q.high)}{noun}"
        return f"between {_amount(q.low, q)} and {_amount(q.high, q)}"
    prefix = _PREFIX.get(q.bound, "")
    if q.bound == "approx" and q.high == q.value and q.low is not None and q.low < q.value:
        prefix = "nearly"
    label = f"{_amount(q.value, q)}{noun}"
    return f"{prefix} {label}" if prefix else label
