"""time: the time resolver against Microsoft Recognizers-Text DateTime specs, French and English.

Suites (one spec file each, `../shared/data/recognizers-datetime/<Language>/`): Date
(`DateParser`), DatePeriod (`DatePeriodParser`), Time (`TimeParser`), TimePeriod
(`TimePeriodParser`), DateTime (`DateTimeParser`), DateTimePeriod (`DateTimePeriodParser`),
Duration (`DurationParser`), and Model (`DateTimeModel`, every type mixed).

Reference date: the case's `Context.ReferenceDateTime`, its time included (passed as
`published`, so "dans 5 heures", "the last 3 minutes" count from it). The French specs are
translations of the English ones that dropped most contexts but kept the golds: a French case
without a context whose first result has the same Timex and resolution as an English case with one
takes that case's reference date (the gold values were computed against it; "borrowed"
below). Any other case is resolved against 2016-11-07, the day most of the specs'
context-free relative golds are written for ("aujourd'hui" -> 2016-11-07, "demain" ->
2016-11-08 in `DateParser`). `default_reference_check` counts the agreeing and disagreeing
"today"/"tomorrow" golds, and "exact (stated reference)" scores only the cases whose
reference date is given.

Out of scope, counted per suite with their reason: recurring sets (type `set`, "chaque
mardi"), references to the speaking moment with no value (`PRESENT_REF`, `FUTURE_REF`,
`PAST_REF`: "maintenant", "dès que possible"), and results without a gold value.

Matching rule, per gold expression:
- detected: `find_times(input, published=<reference>, profile=<language>)` returns an
  expression whose span overlaps the gold span (`Start` + `Length`, or `Start`..`End`
  inclusive for the model spec).
- exact: one overlapping expression equals one gold reading (past or future; news is mostly
  past, so either counts) on everything the gold states:
  - a day (`date`, the date of a `dateTime`): earliest == latest == that day;
  - a day range [start, end) (`startDate`/`endDate`, model `start`/`end`): earliest == start
    and latest == end - 1 (or end, for specs that write an inclusive end);
  - a time (`time`, the time of a `dateTime`): the clock time as written (`clock`, minutes
    after midnight) == the gold's hours and minutes (seconds are not modelled);
  - a time range (`startTime`/`endTime`): time_start == start and time_end - 1 == end (mod 24 h);
    a part of the day (timex `TMO`, `TAF`, `TEV`, `TNI`, `TDT`, `TMI`): part_of_day equal;
  - a date-time range: the day(s) as above and the times or part of the day as above;
  - a duration (`duration`, seconds): duration_minutes * 60 == the gold (0.1 % tolerance).
- lenient (dates only, as before): the gold day lies within earliest..latest or in
  `candidates`; for a range, the two ranges intersect.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from benchmarks.common import Options, Row, markdown_table, write_result

__all__ = ["SUITES", "default_reference_check", "load_cases", "run"]

SUITES = {
    "Date": "DateParser",
    "DatePeriod": "DatePeriodParser",
    "Time": "TimeParser",
    "TimePeriod": "TimePeriodParser",
    "DateTime": "DateTimeParser",
    "DateTimePeriod": "DateTimePeriodParser",
    "Duration": "DurationParser",
    "Model": "DateTimeModel",
}
LANGS = {"French": "fr", "English": "en"}
DEFAULT_REFERENCE = "2016-11-07"
_PARTS = {
    "MO": "morning",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "day",
    "MI": "midday",
}
_NO_VALUE = ("PRESENT_REF", "FUTURE_REF", "PAST_REF")
_PART_TIMEX = re.compile(r"T(MO|AF|EV|NI|DT|MI)\b")

Gold = dict[str, Any]


def _day(text: str | None) -> dt.date | None:
    try:
        day = dt.date.fromisoformat(str(text)[:10])
    except (TypeError, ValueError):
        return None
    return None if day.year == 1 else day  # 0001-01-01: the specs' "impossible date"


def _clock(text: str | None) -> int | None:
    m = re.search(r"(?:^|[ T])(\d\d):(\d\d)(?::\d\d)?$", str(text or ""))
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


def _reading(kind: str, res: dict[str, Any], timex: str) -> Gold | None:
    """One gold reading, in the fields claimcheck resolves."""
    part = _PART_TIMEX.search(timex or "")
    gold: Gold = {"kind": kind}
    if part and kind in ("timerange", "datetimerange"):
        gold["part"] = _PARTS[part.group(1)]
    if kind == "duration":
        value = res.get("duration", res.get("value"))
        try:
            gold["seconds"] = float(str(value))
        except (TypeError, ValueError):
            return None
        return gold
    start, end = res.get("startDate", res.get("start")), res.get("endDate", res.get("end"))
    if kind in ("daterange", "datetimerange", "timerange") and bool(start) != bool(end):
        # an open range ("since August", "before 5 pm"): its one bound is the date or time
        gold["open"] = True
        if kind != "timerange":
            gold["day"] = _day(start or end)
        if kind != "daterange" and "part" not in gold:
            gold["clock"] = _clock(start or end)
    elif kind == "date":
        gold["day"] = _day(res.get("date", res.get("value")))
    elif kind == "daterange":
        gold["day"] = _day(res.get("startDate", res.get("start")))
        gold["end_day"] = _day(res.get("endDate", res.get("end")))
    elif kind == "time":
        gold["clock"] = _clock(res.get("time", res.get("value")))
    elif kind == "timerange" and "part" not in gold:
        gold["clock"] = _clock(res.get("startTime", res.get("start")))
        gold["clock_end"] = _clock(res.get("endTime", res.get("end")))
    elif kind == "datetime":
        value = res.get("dateTime", res.get("value"))
        gold["day"], gold["clock"] = _day(value), _clock(value)
    elif kind == "datetimerange":
        start = res.get("startDateTime", res.get("start"))
        end = res.get("endDateTime", res.get("end"))
        gold["day"] = _day(start)
        if _day(end) not in (None, gold["day"]):
            gold["last_day"] = _day(end)
        if "part" not in gold:
            gold["clock"], gold["clock_end"] = _clock(start), _clock(end)
    values = [v for k, v in gold.items() if k != "kind"]
    return gold if values and all(v is not None for v in values) else None


def _golds(result: dict[str, Any], kind: str) -> list[Gold]:
    out: list[Gold] = []
    if "Value" in result:  # parser specs
        timex = str(result["Value"].get("Timex", ""))
        for key in ("PastResolution", "FutureResolution"):
            found = _reading(kind, result["Value"].get(key) or {}, timex)
            if found is not None and found not in out:
                out.append(found)
    else:  # the model spec
        for value in result.get("Resolution", {}).get("values", []):
            found = _reading(value.get("type", kind), value, str(value.get("timex", "")))
            if found is not None and found not in out:
                out.append(found)
    return out


def _skip_reason(result: dict[str, Any], kind: str) -> str | None:
    timex = str((result.get("Value") or {}).get("Timex", ""))
    timex += " ".join(
        str(v.get("timex", "")) for v in (result.get("Resolution") or {}).get("values", [])
    )
    if kind == "set":
        return "recurring set (out of scope)"
    if any(ref in timex for ref in _NO_VALUE):
        return "the speaking moment, no value (PRESENT_REF / FUTURE_REF / PAST_REF)"
    return None


def _gold_key(result: dict[str, Any]) -> str:
    """A result's Timex and resolved values, whatever its words."""
    if "Value" in result:
        value = result["Value"]
        parts = [value.get("Timex"), value.get("FutureResolution"), value.get("PastResolution")]
        return json.dumps(parts, sort_keys=True)
    return json.dumps(result.get("Resolution"), sort_keys=True)


def _stated_references(folder: Path, name: str) -> dict[str, str]:
    """Gold key -> reference date, over the English cases of one spec that state one."""
    out: dict[str, str] = {}
    path = folder / "English" / f"{name}.json"
    for case in json.loads(path.read_text(encoding="utf-8-sig")):
        reference = (case.get("Context") or {}).get("ReferenceDateTime")
        for result in case.get("Results", []) if reference else ():
            out.setdefault(_gold_key(result), str(reference)[:19])
    return out


def load_cases(folder: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, int]]]:
    """Gold expressions per suite and language, and the skipped ones by suite and reason."""
    cases: list[dict[str, Any]] = []
    skipped: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for language, lang in LANGS.items():
        for suite, name in SUITES.items():
            path = folder / language / f"{name}.json"
            known = _stated_references(folder, name) if language != "English" else {}
            for case in json.loads(path.read_text(encoding="utf-8-sig")):
                context = case.get("Context") or {}
                stated = bool(context.get("ReferenceDateTime"))
                results = case.get("Results", [])
                borrowed = None if stated or not results else known.get(_gold_key(results[0]))
                # the day and time: "dans 5 heures" counts from the stated time
                reference = str(context.get("ReferenceDateTime") or borrowed or DEFAULT_REFERENCE)[
                    :19
                ]
                for result in case.get("Results", []):
                    raw = (result.get("Type") or result.get("TypeName") or "").split(".")[-1]
                    kind = raw.lower()
                    reason = _skip_reason(result, kind)
                    golds = [] if reason else _golds(result, kind)
                    if reason is None and not golds:
                        reason = f"no gold value (unresolved: seasons, impossible dates) for {raw}"
                    if reason is not None:
                        skipped[f"{lang} {suite}"][reason] += 1
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
                            "suite": suite,
                            "kind": kind,
                            "input": case["Input"],
                            "text": result["Text"],
                            "span": (start, end),
                            "reference": reference,
                            "stated": stated,
                            "borrowed": borrowed is not None,
                            "golds": golds,
                        }
                    )
    return cases, {k: dict(v) for k, v in skipped.items()}


def default_reference_check(folder: Path) -> dict[str, int]:
    """How many context-free golds of "aujourd'hui"/"today" and "demain"/"tomorrow" agree with
    the default reference date (2016-11-07), and how many do not."""
    words = {"aujourd'hui": 0, "today": 0, "demain": 1, "tomorrow": 1}
    ref = dt.date.fromisoformat(DEFAULT_REFERENCE)
    agree = disagree = 0
    for language in LANGS:
        for name in SUITES.values():
            for case in json.loads((folder / language / f"{name}.json").read_text("utf-8-sig")):
                if case.get("Context"):
                    continue
                for result in case.get("Results", []):
                    shift = words.get(str(result.get("Text", "")).strip().casefold())
                    golds = _golds(result, "date") if shift is not None else []
                    for gold in golds:
                        if gold.get("day") == ref + dt.timedelta(days=shift or 0):
                            agree += 1
                        else:
                            disagree += 1
    return {"agree": agree, "disagree": disagree}


def _days_exact(ref: Any, gold: Gold) -> bool:
    if "day" not in gold:
        return True
    if ref.earliest is None or ref.latest is None:
        return False
    first, last = gold["day"], gold.get("last_day")
    if gold.get("open"):
        return bool(ref.earliest == first)
    if "end_day" in gold:
        end = gold["end_day"]
        return bool(ref.earliest == first and ref.latest in (end - dt.timedelta(days=1), end))
    if last is not None:
        return bool(ref.earliest == first and ref.latest == last)
    return bool(ref.earliest == ref.latest == first)


def _clock_exact(ref: Any, gold: Gold) -> bool:
    if "part" in gold:
        return bool(getattr(ref, "part_of_day", None) == gold["part"])
    if "clock" not in gold:
        return True
    if "clock_end" in gold:
        start, end = getattr(ref, "time_start", None), getattr(ref, "time_end", None)
        if start is None or end is None:
            return False
        return bool(start % 1440 == gold["clock"] and (end - 1) % 1440 == gold["clock_end"])
    return bool(getattr(ref, "clock", None) == gold["clock"])


def _exact(ref: Any, gold: Gold) -> bool:
    if "seconds" in gold:
        minutes = getattr(ref, "duration_minutes", None)
        return minutes is not None and abs(minutes * 60 - gold["seconds"]) <= gold["seconds"] * 1e-3
    return _days_exact(ref, gold) and _clock_exact(ref, gold)


def _lenient(ref: Any, gold: Gold) -> bool:
    if "day" not in gold or ref.earliest is None or ref.latest is None:
        return _exact(ref, gold)
    first = gold["day"]
    end = gold.get("end_day") or gold.get("last_day")
    if end is None:
        return bool(ref.earliest <= first <= ref.latest or first in ref.candidates)
    return bool(ref.earliest <= end and first <= ref.latest)


def evaluate(case: dict[str, Any]) -> dict[str, bool]:
    """detected / exact / lenient for one gold expression."""
    from claimcheck.ground.time import find_times
    from claimcheck.lang import get_profile

    refs = find_times(case["input"], published=case["reference"], profile=get_profile(case["lang"]))
    start, end = case["span"]
    hits = [r for r in refs if r.start < end and start < r.end]
    return {
        "detected": bool(hits),
        "exact": any(_exact(r, g) for r in hits for g in case["golds"]),
        "lenient": any(_lenient(r, g) for r in hits for g in case["golds"]),
    }


def run(options: Options) -> list[Row]:
    """Evaluate every case; write time.json; return summary rows."""
    folder = options.data / "recognizers-datetime"
    cases, skipped = load_cases(folder)
    groups: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    misses: dict[str, list[str]] = defaultdict(list)
    undetected: dict[str, list[str]] = defaultdict(list)  # not found at all (a subset of misses)
    for case in cases:
        outcome = evaluate(case)
        for key in (case["lang"], f"{case['lang']} {case['suite']}"):
            groups[key]["cases"] += 1
            for name, ok in outcome.items():
                groups[key][name] += ok
            groups[key]["cases_borrowed"] += case["borrowed"]
            if case["stated"]:
                groups[key]["cases_stated"] += 1
                groups[key]["exact_stated"] += outcome["exact"]
        key = f"{case['lang']} {case['suite']}"
        if not outcome["exact"] and len(misses[key]) < 12:
            misses[key].append(f"{case['text']!r} in {case['input']!r}")
        if not outcome["detected"] and len(undetected[key]) < 12:
            undetected[key].append(f"{case['text']!r} in {case['input']!r}")
    numbers: dict[str, dict[str, Any]] = {}
    for key, v in sorted(groups.items()):
        skips = sum(
            sum(reasons.values())
            for name, reasons in skipped.items()
            if name == key or name.startswith(f"{key} ")
        )
        numbers[key] = {
            **v,
            **{f"{k}_rate": v[k] / v["cases"] for k in ("detected", "exact", "lenient")},
            "skipped": skips,
            "skipped_share": skips / (skips + v["cases"]),
            "exact_stated_rate": v["exact_stated"] / v["cases_stated"]
            if v["cases_stated"]
            else None,
        }
    write_result(
        options,
        "time",
        {
            "suites": SUITES,
            "languages": list(LANGS),
            "default_reference": DEFAULT_REFERENCE,
            "default_reference_check": default_reference_check(folder),
            "skipped": skipped,
        },
        {"groups": numbers, "examples_not_exact": misses, "examples_undetected": undetected},
    )
    print(
        markdown_table(
            [
                "group",
                "cases",
                "skipped",
                "detected",
                "exact",
                "lenient",
                "exact (stated reference)",
            ],
            [
                [
                    k,
                    v["cases"],
                    f"{v['skipped']} ({v['skipped_share']:.0%})",
                    f"{v['detected_rate']:.2f}",
                    f"{v['exact_rate']:.2f}",
                    f"{v['lenient_rate']:.2f}",
                    "-"
                    if v["exact_stated_rate"] is None
                    else f"{v['exact_stated_rate']:.2f} ({v['cases_stated']})",
                ]
                for k, v in numbers.items()
            ],
        )
    )
    return [
        Row(
            "time",
            f"{key}: detected / exact ({numbers[key]['cases']} expressions)",
            f"{numbers[key]['detected_rate']:.2f} / {numbers[key]['exact_rate']:.2f}",
            ">= 0.90 / >= 0.75",
            "yes"
            if numbers[key]["detected_rate"] >= 0.9 and numbers[key]["exact_rate"] >= 0.75
            else "no",
        )
        for key in numbers
        if " " in key
    ]
