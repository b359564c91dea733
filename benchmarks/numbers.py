"""numbers: the quantity reader against Microsoft Recognizers-Text Number and NumberWithUnit specs.

Suites, French and English: `Number/{NumberModel,NumberRangeModel,PercentModel}.json` and
`NumberWithUnit/{DimensionModel,CurrencyModel,AgeModel,TemperatureModel}.json`. Every gold
result of every case is one expression; cases with no result are not counted (they test that
nothing is found, which this benchmark does not score).

Readers: the Number suites read `claimcheck.ground.quantity.find_numbers` (every number,
years and a lone "one" included: the quantity reader's news filters are not what these suites
test); the NumberWithUnit suites read `find_quantities`, the reader grounding uses.

Matching rule, per gold expression:
- detected: an expression whose span overlaps the gold span (`Start`..`End` inclusive).
- exact: an overlapping expression states the gold value (relative tolerance 1e-6). Ranges:
  its low and high equal the gold bounds, an open side being None (the specs' "[20,30)" is
  between 20 and 30; "(40,)" more than 40). Percentages: unit "%" and the value.
  NumberWithUnit: the expression's canonical unit is the gold unit's (a table below maps each
  gold unit name to claimcheck's canonical unit and factor: "Kilometer" -> m x 1000) and its
  value is the gold value times that factor.

Skipped and counted with a reason: a gold result with no value (a unit name alone,
"celsius", is not a quantity; in the temperature suites nearly all are the scale a conversion
request asks for, "convert 10 celsius to fahrenheit", listed under their own reason), a gold
unit outside the table (its name is listed). A skipped result with no value is still checked
the other way: `no_value_read` counts those over which the reader read a figure (it should read
none: there is no number there).
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.common import Options, Row, markdown_table, write_result

__all__ = ["load_cases", "run"]

NUMBER_FILES = ["NumberModel", "NumberRangeModel", "PercentModel"]
UNIT_FILES = ["DimensionModel", "CurrencyModel", "AgeModel", "TemperatureModel"]
LANGS = {"French": "fr", "English": "en"}

_M, _KG, _L, _M2 = ("m", 1.0), ("kg", 1.0), ("l", 1.0), ("m2", 1.0)
_YEAR, _MONTH, _WEEK, _DAY = ("month", 12.0), ("month", 1.0), ("day", 7.0), ("day", 1.0)

#: gold unit name (lower-case, either language) -> (canonical unit, factor), or a set of ISO
#: codes for currencies whose gold names no country ("Dollar")
UNITS: dict[str, tuple[str, float]] = {
    # lengths
    "meter": _M,
    "mètres": _M,
    "kilometer": ("m", 1e3),
    "kilomètres": ("m", 1e3),
    "decimeter": ("m", 0.1),
    "décimètres": ("m", 0.1),
    "centimètres": ("m", 0.01),
    "millimeter": ("m", 1e-3),
    "millimètres": ("m", 1e-3),
    "hectomètre": ("m", 100.0),
    "picometer": ("m", 1e-12),
    "mile": ("m", 1609.344),
    "foot": ("m", 0.3048),
    "pied": ("m", 0.3048),
    "inch": ("m", 0.0254),
    "pouce": ("m", 0.0254),
    # weights
    "kilogram": _KG,
    "gram": ("kg", 1e-3),
    "microgram": ("kg", 1e-9),
    "microgramme": ("kg", 1e-9),
    "ton": ("kg", 1e3),
    "tonne": ("kg", 1e3),
    "metric ton": ("kg", 1e3),
    "tonne métrique": ("kg", 1e3),
    "pound": ("kg", 0.45359237),
    "livre": ("kg", 0.45359237),
    "ounce": ("kg", 0.028349523125),
    "onces": ("kg", 0.028349523125),
    # areas
    "square meter": _M2,
    "mètre carré": _M2,
    "square kilometer": ("m2", 1e6),
    "kilomètre carré": ("m2", 1e6),
    "acre": ("m2", 4046.8564224),
    # volumes
    "litre": _L,
    "milliliter": ("l", 1e-3),
    "millilitre": ("l", 1e-3),
    "gallon": ("l", 3.785411784),
    "barrel": ("l", 158.987294928),
    "baril": ("l", 158.987294928),
    "cubic foot": ("l", 28.316846592),
    "pieds cube": ("l", 28.316846592),
    # speeds
    "kilometer per hour": ("km/h", 1.0),
    "mile per hour": ("km/h", 1.609344),
    "miles par heure": ("km/h", 1.609344),
    "meter per millisecond": ("km/h", 3600.0),
    "centimeter per millisecond": ("km/h", 36.0),
    "kilometer per millisecond": ("km/h", 3.6e6),
    # information
    "bit": ("bit", 1.0),
    "megabit": ("bit", 1e6),
    "megabyte": ("bit", 8e6),
    # ages and durations
    "year": _YEAR,
    "ans": _YEAR,
    "month": _MONTH,
    "mois": _MONTH,
    "week": _WEEK,
    "semaines": _WEEK,
    "day": _DAY,
    "jour": _DAY,
    "age": _YEAR,
    # temperatures
    "c": ("°C", 1.0),
    "f": ("°F", 1.0),
    "kelvin": ("K", 1.0),
    "degree": ("°", 1.0),
    "degré": ("°", 1.0),
    # currencies
    "dollar": ("USD", 1.0),
    "united states dollar": ("USD", 1.0),
    "dollar états-unis": ("USD", 1.0),
    "canadian dollar": ("CAD", 1.0),
    "dollar canadien": ("CAD", 1.0),
    "australian dollar": ("AUD", 1.0),
    "dollar australien": ("AUD", 1.0),
    "hong kong dollar": ("HKD", 1.0),
    "dollar de hong kong": ("HKD", 1.0),
    "new zealand dollar": ("NZD", 1.0),
    "dollar néo-zélandais": ("NZD", 1.0),
    "euro": ("EUR", 1.0),
    "british pound": ("GBP", 1.0),
    "japanese yen": ("JPY", 1.0),
    "yen japonais": ("JPY", 1.0),
    "chinese yuan": ("CNY", 1.0),
    "yuan chinois": ("CNY", 1.0),
    "swiss franc": ("CHF", 1.0),
    "franc suisse": ("CHF", 1.0),
    "mexican peso": ("MXN", 1.0),
    "turkish lira": ("TRY", 1.0),
    "cent": ("USD", 0.01),
    "centimes": ("EUR", 0.01),
    "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01),
    "indian rupee": ("INR", 1.0),
    "roupie indienne": ("INR", 1.0),
    "bitcoin": ("BTC", 1.0),
    "rupee": ("INR", 1.0),
    "roupie": ("INR", 1.0),
    "teaspoon": ("l", 0.00492892159375),
    "tablespoon": ("l", 0.01478676478125),
}

#: a currency gold "Pound" / "Livre" is sterling; "Franc" is a franc of any country
_CURRENCY_ALIASES = {"pound": ("GBP", 1.0), "livre": ("GBP", 1.0)}
_FRANCS = {"franc": ("CHF", "FRF", "XOF", "BEF")}
_RANGE = re.compile(r"^([\[(])\s*([^,]*),\s*([^\])]*)([\])])$")


def _float(text: str | None) -> float | None:
    """A gold value: "1,5" and "1.5" are 1.5 (the French specs write decimal commas)."""
    if text is None or text in ("", "null"):
        return None
    text = text.strip().rstrip("%")
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _span(case: dict[str, Any], result: dict[str, Any]) -> tuple[int, int]:
    start = int(result.get("Start", -1))
    end = int(result.get("End", -2)) + 1
    if start < 0 or end <= start:
        start = case["Input"].casefold().find(result["Text"].casefold())
        end = start + len(result["Text"])
    return start, end


def _gold(suite: str, result: dict[str, Any]) -> tuple[dict[str, Any] | None, str]:
    """What the expression must resolve to, or None and why it is skipped."""
    resolution = result.get("Resolution") or {}
    raw = resolution.get("value")
    if suite == "NumberRangeModel":
        match = _RANGE.match(str(raw or "").strip())
        if match is None:
            return None, "range without bounds"
        low, high = _float(match.group(2)), _float(match.group(3))
        return {"low": low, "high": high}, ""
    value = _float(raw)
    if value is None:
        return None, "no value (a unit or word alone)"
    if suite in NUMBER_FILES:
        return {"value": value}, ""
    unit_name = str(resolution.get("unit") or "").lower()
    if suite == "CurrencyModel" and unit_name in _FRANCS:
        return {"value": value, "units": _FRANCS[unit_name], "factor": 1.0}, ""
    aliases = _CURRENCY_ALIASES if suite == "CurrencyModel" else {}
    unit = aliases.get(unit_name) or UNITS.get(unit_name)
    iso = resolution.get("isoCurrency")
    if unit is None and iso:
        unit = (str(iso), 1.0)
    if unit is None:
        return None, f"unit outside the table: {unit_name}"
    return {"value": value, "units": (unit[0],), "factor": unit[1]}, ""


NO_VALUE = "no value (a unit or word alone)"
CONVERSION = (
    "no value: the scale a conversion request asks for ('convert 10 celsius to fahrenheit')"
)


def _no_value_reason(suite: str, case: dict[str, Any]) -> str:
    """A temperature result with no value beside a valued one is the scale asked for."""
    valued = any(
        _float((r.get("Resolution") or {}).get("value")) is not None for r in case["Results"]
    )
    return CONVERSION if suite == "TemperatureModel" and valued else NO_VALUE


def load_cases(folder: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, int]]]:
    """Gold expressions, and per suite the counts of skipped ones by reason; a skipped result
    with no value is kept too, as a case with gold None (scored only by `no_value_read`)."""
    cases: list[dict[str, Any]] = []
    skipped: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for language, lang in LANGS.items():
        for family, files in (
            ("recognizers-number", NUMBER_FILES),
            ("recognizers-numberwithunit", UNIT_FILES),
        ):
            for suite in files:
                path = folder / family / language / f"{suite}.json"
                for case in json.loads(path.read_text(encoding="utf-8-sig")):
                    for result in case.get("Results", []):
                        gold, why = _gold(suite, result)
                        if gold is None:
                            if why == NO_VALUE:
                                why = _no_value_reason(suite, case)
                            skipped[f"{lang} {suite}"][why] += 1
                            if why not in (NO_VALUE, CONVERSION):
                                continue
                        cases.append(
                            {
                                "lang": lang,
                                "suite": suite,
                                "input": case["Input"],
                                "text": result["Text"],
                                "span": _span(case, result),
                                "gold": gold,
                            }
                        )
    return cases, {k: dict(v) for k, v in skipped.items()}


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def _exact(case: dict[str, Any], q: Any) -> bool:
    gold, suite = case["gold"], case["suite"]
    if suite == "NumberRangeModel":
        low = q.low if q.bound != "exact" else q.value
        high = q.high if q.bound != "exact" else q.value
        return _same(low, gold["low"]) and _same(high, gold["high"])
    if suite == "PercentModel":
        return bool(q.unit == "%" and _same(q.value, gold["value"]))
    if suite in NUMBER_FILES:
        return _same(q.value, gold["value"])
    return bool(q.unit in gold["units"] and _same(q.value, gold["value"] * gold["factor"]))


def evaluate(case: dict[str, Any]) -> dict[str, bool]:
    """detected / exact for one gold expression (for one with no value, detected: a figure
    was read over it)."""
    from claimcheck.ground.quantity import find_numbers, find_quantities
    from claimcheck.lang import get_profile

    profile = get_profile(case["lang"])
    text = case["input"]
    if case["suite"] in ("NumberModel",):
        found = find_numbers(text, profile=profile)
    elif case["suite"] in NUMBER_FILES:
        found = find_numbers(text, profile=profile, bounds=True)
    else:
        found = find_quantities(text, profile=profile)
    start, end = case["span"]
    hits = [q for q in found if q.start < end and start < q.end]
    if case["gold"] is None:
        return {"detected": bool(hits), "exact": False}
    return {"detected": bool(hits), "exact": any(_exact(case, q) for q in hits)}


def run(options: Options) -> list[Row]:
    """Evaluate every case; write numbers.json; return summary rows."""
    cases, skipped = load_cases(options.data)
    groups: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: dict[str, list[str]] = defaultdict(list)
    no_value_read: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        outcome = evaluate(case)
        key = f"{case['lang']} {case['suite']}"
        if case["gold"] is None:  # skipped; a figure read over it is a false reading
            if outcome["detected"]:
                no_value_read[key].append(f"{case['text']!r} in {case['input'][:120]!r}")
            continue
        for group in (
            key,
            f"{case['lang']} {'Number' if case['suite'] in NUMBER_FILES else 'NumberWithUnit'}",
        ):
            groups[group]["cases"] += 1
            for name, ok in outcome.items():
                groups[group][name] += ok
        if not outcome["exact"] and len(misses[key]) < 30:
            misses[key].append(f"{case['text']!r} in {case['input'][:120]!r}")
    numbers: dict[str, dict[str, Any]] = {}
    for key, v in sorted(groups.items()):
        lang, suite = key.split(" ", 1)
        files = {"Number": NUMBER_FILES, "NumberWithUnit": UNIT_FILES}.get(suite, [suite])
        skips = sum(sum(skipped.get(f"{lang} {f}", {}).values()) for f in files)
        numbers[key] = {
            **v,
            "skipped": skips,
            "no_value_read": sum(len(no_value_read.get(f"{lang} {f}", [])) for f in files),
            "skipped_rate": skips / (skips + v["cases"]),
            "detected_rate": v["detected"] / v["cases"],
            "exact_rate": v["exact"] / v["cases"],
        }
    write_result(
        options,
        "numbers",
        {
            "number_files": NUMBER_FILES,
            "unit_files": UNIT_FILES,
            "languages": list(LANGS),
            "skipped": skipped,
        },
        {"groups": numbers, "examples_not_exact": misses, "no_value_read": no_value_read},
    )
    print(
        markdown_table(
            ["suite", "cases", "skipped", "detected", "exact"],
            [
                [
                    k,
                    v["cases"],
                    f"{v['skipped']} ({v['skipped_rate']:.0%})",
                    f"{v['detected_rate']:.2f}",
                    f"{v['exact_rate']:.2f}",
                ]
                for k, v in numbers.items()
            ],
        )
    )
    return [
        Row(
            "numbers",
            f"{key}: detected / exact ({v['cases']} expressions, {v['skipped']} skipped)",
            f"{v['detected_rate']:.2f} / {v['exact_rate']:.2f}",
            ">= 0.90 / >= 0.75",
            "yes" if v["detected_rate"] >= 0.9 and v["exact_rate"] >= 0.75 else "no",
        )
        for key, v in numbers.items()
    ]
