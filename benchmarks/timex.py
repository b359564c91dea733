"""time: the time resolver against Microsoft Recognizers-Text date specs, French and English.

Cases: every result of type date, daterange or datetime (its date part) in
`{DateParser,DatePeriodParser,DateTimeModel}.json` whose case has a reference date
(`Context.ReferenceDateTime`); times of day, durations, sets and time ranges are out of scope
(claimcheck grounds days, not clock times) and counted as skipped, as are cases without a
reference date (their gold depends on the day the spec was written).

Matching rule, per gold expression:
- detected: `find_times(input, published=<reference date>, profile=<language>)` returns an
  expression whose span overlaps the gold span (gold `Start` + `Length`, or `Start`..`End`
  inclusive for the model specs).
- resolved (strict): one overlapping expression pins exactly the gold: for a day, earliest ==
  latest == that day; for a range [start, end) (the specs' end is exclusive), earliest ==
  start and latest == end - 1 (or end, for specs that write an inclusive end). Where the gold
  lists several readings (past and future, e.g. a bare weekday), any of them counts: news text
  is mostly past, and the resolver should not be penalised for choosing the past reading.
- resolved (lenient): the gold day lies within earliest..latest or in `candidates`; for a
  range, the two ranges intersect. It measures "not wrong" rather than "precise".
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.common import Options, Row, markdown_table, write_result

__all__ = ["load_cases", "run"]

FILES = ["DateParser", "DatePeriodParser", "DateTimeModel"]
LANGS = {"French": "fr", "English": "en"}
_KINDS = {"date": "date", "daterange": "daterange", "datetime": "datetime"}

Gold = tuple[dt.date, dt.date]  # inclusive first and last day


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10])
    except (TypeError, ValueError):
        return None


def _golds(result: dict[str, Any], kind: str) -> list[tuple[dt.date, dt.date | None]]:
    """(first day, exclusive end or None for a single day) readings of one gold result."""
    out: list[tuple[dt.date, dt.date | None]] = []
    if "Value" in result:  # parser specs
        for key in ("PastResolution", "FutureResolution"):
            res = result["Value"].get(key) or {}
            if kind == "date" and _day(res.get("date", "")):
                out.append((_day(res["date"]), None))  # type: ignore[arg-type]
            start, end = _day(res.get("startDate", "")), _day(res.get("endDate", ""))
            if kind == "daterange" and start and end:
                out.append((start, end))
    else:  # model specs
        for value in result.get("Resolution", {}).get("values", []):
            if kind in ("date", "datetime") and _day(value.get("value", "")):
                out.append((_day(value["value"]), None))  # type: ignore[arg-type]
            start, end = _day(value.get("start", "")), _day(value.get("end", ""))
            if kind == "daterange" and start and end:
                out.append((start, end))
    return list(dict.fromkeys(out))


def load_cases(folder: Path) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Gold expressions with a reference date, and the counts of skipped ones by reason."""
    cases: list[dict[str, Any]] = []
    skipped: dict[str, int] = defaultdict(int)
    for language, lang in LANGS.items():
        for name in FILES:
            path = folder / language / f"{name}.json"
            for case in json.loads(path.read_text(encoding="utf-8-sig")):
                reference = (case.get("Context") or {}).get("ReferenceDateTime")
                for result in case.get("Results", []):
                    raw = (result.get("Type") or result.get("TypeName") or "").split(".")[-1]
                    kind = _KINDS.get(raw)
                    if kind is None:
                        skipped[f"type {raw or '?'}"] += 1
                        continue
                    if not reference:
                        skipped["no reference date"] += 1
                        continue
                    golds = _golds(result, kind)
                    if not golds:
                        skipped["no gold date"] += 1
                        continue
                    start = int(result.get("Start", -1))
                    if "Length" in result:
                        end = start + int(result["Length"])
                    elif "End" in result:
                        end = int(result["End"]) + 1
                    else:
                        end = -1
                    if start < 0 or end <= start:
                        start = case["Input"].casefold().find(result["Text"].casefold())
                        end = start + len(result["Text"])
                    cases.append(
                        {
                            "lang": lang,
                            "file": name,
                            "kind": kind,
                            "input": case["Input"],
                            "text": result["Text"],
                            "span": (start, end),
                            "reference": reference[:10],
                            "golds": golds,
                        }
                    )
    return cases, dict(skipped)


def _strict(ref: Any, gold: tuple[dt.date, dt.date | None]) -> bool:
    first, end = gold
    if ref.earliest is None or ref.latest is None:
        return False
    if end is None:
        return bool(ref.earliest == ref.latest == first)
    return bool(ref.earliest == first and ref.latest in (end - dt.timedelta(days=1), end))


def _lenient(ref: Any, gold: tuple[dt.date, dt.date | None]) -> bool:
    first, end = gold
    if end is None:
        inside = ref.earliest is not None and ref.earliest <= first <= ref.latest
        return bool(inside or first in ref.candidates)
    if ref.earliest is None:
        return False
    return bool(ref.earliest < end and first <= ref.latest)


def evaluate(case: dict[str, Any]) -> dict[str, bool]:
    """detected / strict / lenient for one gold expression."""
    from claimcheck.ground.time import find_times
    from claimcheck.lang import get_profile

    refs = find_times(case["input"], published=case["reference"], profile=get_profile(case["lang"]))
    start, end = case["span"]
    hits = [r for r in refs if r.start < end and start < r.end]
    return {
        "detected": bool(hits),
        "strict": any(_strict(r, g) for r in hits for g in case["golds"]),
        "lenient": any(_lenient(r, g) for r in hits for g in case["golds"]),
    }


def run(options: Options) -> list[Row]:
    """Evaluate every case; write time.json; return summary rows."""
    cases, skipped = load_cases(options.data / "recognizers-datetime")
    groups: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: dict[str, list[str]] = defaultdict(list)
    for case in cases:
        outcome = evaluate(case)
        for key in (
            case["lang"],
            f"{case['lang']} {case['file']}",
            f"{case['lang']} {case['kind']}",
        ):
            groups[key]["cases"] += 1
            for name, ok in outcome.items():
                groups[key][name] += ok
        if not outcome["strict"] and len(misses[case["lang"]]) < 25:
            misses[case["lang"]].append(f"{case['text']!r} in {case['input']!r}")
    numbers = {
        key: {**v, **{f"{k}_rate": v[k] / v["cases"] for k in ("detected", "strict", "lenient")}}
        for key, v in sorted(groups.items())
    }
    write_result(
        options,
        "time",
        {"files": FILES, "languages": list(LANGS), "skipped": skipped},
        {"groups": numbers, "examples_not_resolved": misses},
    )
    print(
        markdown_table(
            ["group", "cases", "detected", "resolved (strict)", "resolved (lenient)"],
            [
                [
                    k,
                    v["cases"],
                    f"{v['detected_rate']:.2f}",
                    f"{v['strict_rate']:.2f}",
                    f"{v['lenient_rate']:.2f}",
                ]
                for k, v in numbers.items()
            ],
        )
    )
    return [
        Row(
            "time",
            f"{lang}: detected / strict / lenient ({numbers[lang]['cases']} expressions)",
            f"{numbers[lang]['detected_rate']:.2f} / {numbers[lang]['strict_rate']:.2f} / "
            f"{numbers[lang]['lenient_rate']:.2f}",
        )
        for lang in ("fr", "en")
        if lang in numbers
    ]
