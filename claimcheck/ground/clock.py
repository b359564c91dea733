"""Clock times, parts of the day, time ranges and durations: text -> Clock spans.

A clock time resolves to an interval of minutes after midnight: its minute (or the first
minute of its hour) when exact, widened by its qualifier ("vers 22 heures" is 21:30-22:30; see
`QUALIFIER_WIDTHS`). Parts of the day are the intervals of `PARTS_OF_DAY`. The time resolver
(claimcheck.ground.time) joins these spans to the dates next to them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.ground.clock_grammar import (
    DAY,
    FAMILY,
    Clock,
    ClockGrammar,
    get,
    grammar,
    half,
    look,
    num,
    part_interval,
    widen,
    zone_of,
)
from claimcheck.ground.clock_ranges import ranges
from claimcheck.ground.phrases import norm
from claimcheck.lang.time_types import TimeVocabulary

__all__ = ["Clock", "find_clocks", "grammar", "part_interval", "widen"]

_ALNUM = re.compile(r"[^\W_]")
#: the minutes a half of the day written after a day allows ("Tuesday AM": midnight to noon)
_HALVES = {"morning": (0, 12 * 60), "afternoon": (12 * 60, 24 * 60)}


def _time(kind: str, m: re.Match[str], text: str, g: ClockGrammar) -> Clock | None:
    v = g.vocab
    groups = m.groupdict()
    start, end = m.span()
    after = g.tail.match(text, end)
    if after is not None and after.end() > end:
        for name, value in after.groupdict().items():
            if value is not None and groups.get(name) is None:
                groups[name] = value
        end = after.end()
    before = text[max(0, start - 40) : start]
    qualifier = None
    core = start
    if found_q := g.qualified.search(before):
        qualifier = look(v.qualifiers, found_q.group("q"))
        start -= len(before) - found_q.start()
        before = text[max(0, start - 40) : start]
    if groups.get("qa"):
        qualifier = look(v.qualifiers_after, groups["qa"])
    minute: int | None = None
    if kind == "named":
        value = look(v.clock_words, groups["nw"])
        hour, minute = divmod(value, 60)
        minute = minute if groups.get("frac") is None else None
    elif groups.get("hm"):
        hour, minute = divmod(int(groups["hm"]), 100)
    else:
        found = num(v, groups.get("h") or groups.get("hw"))
        if found is None:
            return None
        hour = found
    if groups.get("mi") is not None:
        minute = int(groups["mi"])
    elif groups.get("mw") is not None and kind != "relation":
        minute = num(v, groups["mw"])
    if groups.get("frac"):
        step = look(v.minute_fractions, groups["frac"])
        minute = step % 60
        hour = hour - 1 if step < 0 else hour
    if kind == "relation":
        raw = groups.get("fw")
        amount = look(v.fraction_words, raw) if raw else num(v, groups.get("mw") or groups["md"])
        sign = look(v.minute_relations, groups["rel"])
        if amount is None or (
            (sign < 0 or norm(groups["rel"]) in ("after",)) and not (raw or groups.get("mm"))
        ):
            return None  # "10 to 9" is a range, "after 9" a qualifier
        hour, minute = (hour, amount) if sign > 0 else (hour - 1, 60 - amount)
    cued = bool(qualifier or g.cue_before.search(before))
    in_duration = bool(g.duration_before.search(before)) and not qualifier
    # "24 h de garde à vue", "à 12 heures de route": a length of time, not a clock time
    lasting = (
        minute is None
        and not groups.get("frac")
        and not qualifier  # "vers 19 heures de ce soir" is a clock time
        and bool(g.duration_after.match(text, end))
    )
    if kind in ("abbr", "word") and (in_duration or lasting):
        return None
    written = groups.get("mi") is not None or groups.get("mw") is not None
    range_end = bool(g.bare_range.search(before))
    if kind == "word" and (in_duration or not (cued or written or range_end or groups.get("pt"))):
        return None
    if kind == "spoken" and groups.get("frac") and not groups.get("ap") and not cued:
        return None
    if (
        kind == "spoken"
        and groups.get("pt")
        and not (groups.get("ap") or cued)
        and g.month_lead.search(text, max(0, start - 30), start)
    ):
        return None  # "on Nov. 3 in the afternoon": the 3rd's afternoon, not 3 p.m.
    if groups.get("rd") and not (cued and 1 <= hour <= 12):  # "scored 5 tonight" is no time
        return None
    if kind == "spoken" and not groups.get("ap") and g.figure_before.search(before):
        return None  # "le bilan est passé de 5 à 6 ce matin": figures, not hours
    meridiem = look(v.meridiem, groups["ap"]) if groups.get("ap") else None
    part = look(v.parts_after_hour, groups["pt"]) if groups.get("pt") else None
    if groups.get("rd"):
        part = look(v.relative_day_parts, groups["rd"])
    if hour == 24 and not minute:
        # "une garde à vue de 24 heures" is a length; "de 20 h à 24 h", "vers 24 h" midnight
        closes = g.joiner.search(before[-12:]) is not None or before.rstrip().endswith(
            tuple(j for j in g.vocab.range_joiners if j.strip())
        )
        if not (qualifier or range_end or closes or kind == "colon"):
            return None
        hour = 0
    hour, fixed = half(hour % 24 if hour >= 0 else 23, part, meridiem)
    if not (0 <= hour < 24 and (minute is None or 0 <= minute < 60)):
        return None
    value = hour * 60 + (minute or 0)
    t0, t1 = widen(value, qualifier)
    zone = zone_of(v, groups.get("zn") or groups.get("zp"))
    explicit = minute is not None and (kind != "named" or groups.get("frac") is not None)
    return Clock(
        start, end, "time", "minute" if explicit or groups.get("frac") else "hour",
        clock=value, time_start=t0, time_end=t1, qualifier=qualifier, part=part, zone=zone,
        open_hour=hour if not fixed and 1 <= hour <= 12 and kind != "named" else None, core=core,
        half_written=meridiem is not None or part is not None,
    )  # fmt: skip


def _other(kind: str, m: re.Match[str], text: str, g: ClockGrammar) -> Clock | None:
    v = g.vocab
    start, end = m.span()
    groups = m.groupdict()
    if kind == "part":
        part = look(v.parts, groups["part"])
        if norm(groups.get("pd") or "") in g.dated_det and not g.day_before.search(
            text, max(0, start - 30), start
        ):
            return None  # "le cours d'après-midi", not "mardi d'après-midi"
        modifier = look(v.part_modifiers, groups["pm"]) if groups.get("pm") else None
        if modifier is not None:  # "in the late evening": the determiner belongs to it
            det = g.part_det.search(text, max(0, start - 30), start)
            start = det.start() if det else start
        lo, hi = part_interval(part, modifier)
        return Clock(start, end, "part", "part_of_day", time_start=lo, time_end=hi, part=part)
    if kind == "day_half":  # "Tuesday AM": that day before noon, "Friday PM" after it
        if not g.day_before.search(text, max(0, start - 30), start):
            return None
        part = v.day_halves[groups["dh"]]
        lo, hi = _HALVES[part]
        return Clock(start, end, "part", "part_of_day", time_start=lo, time_end=hi, part=part)
    if kind == "edge":
        edge = look(v.day_edges, groups["edge"])
        lo, hi = part_interval(edge)
        return Clock(start, end, "edge", "part_of_day", time_start=lo, time_end=hi, part=edge)
    if kind == "whole":
        if g.day_after.match(text, end):
            return None  # "toute la nuit de samedi à dimanche": the night itself ("la nuit")
        return Clock(start, end, "duration", duration=look(v.duration_phrases, groups["ph"]))
    unit = look(v.duration_units, groups["u"])
    if kind == "half":
        return Clock(start, end, "duration", duration=unit / 2) if groups.get("hb") else None
    raw = groups.get("n")
    word = groups.get("nw")
    count = float(raw.replace(",", ".")) if raw else num(v, word)
    if count is None and word:
        count = get(v.duration_counts, word)  # "another week"
    if count is None or count == 0:
        return None
    mark = get(v.hour_marks, groups["u"])
    before = text[max(0, start - 40) : start]
    cued = g.cue_before.search(before) and not g.duration_before.search(before)
    if text.startswith("/", end):  # "24h/24", "7j/7": round the clock, no length
        return None
    # 24 o'clock is read as a time only where it closes a range or is qualified (see _time)
    clockish = raw is not None and raw.isdigit() and int(raw) < 24 and not groups.get("h1")
    lasting = bool(g.duration_after.match(text, end)) and not groups.get("n2")
    if mark == "abbr" and clockish and not g.duration_before.search(before) and not lasting:
        return None  # "21 h": a clock time
    if mark == "word" and clockish and cued and not lasting:
        return None  # "à 21 heures"
    half = groups.get("h1") or groups.get("h2")
    total = (count + (look(v.duration_halves, half) if half else 0.0)) * unit
    if groups.get("n2"):
        total += int(groups["n2"]) * look(v.duration_units, groups["u2"])
    return Clock(start, end, "duration", duration=total)


def find_clocks(text: str, vocab: TimeVocabulary) -> list[Clock]:
    """Clock times, ranges, parts of the day, day edges and durations in `text`, sorted and
    disjoint (the longest span wins)."""
    g = grammar(vocab)
    found: list[Clock] = []
    if not _ALNUM.search(text):
        return []
    live = {family for family, trigger in g.triggers.items() if trigger.search(text)}
    seeds = [m.start() for m in g.seeds.finditer(text)] if "time" in live else []
    for kind, pattern in g.patterns:
        family = FAMILY.get(kind, "time")
        if family not in live:
            continue
        if family == "time":  # tried only where a number or an hour word starts
            matches = [m for pos in seeds if (m := pattern.match(text, pos)) is not None]
        else:
            matches = list(pattern.finditer(text))
        for m in matches:
            clock = (_time if family == "time" else _other)(kind, m, text, g)
            if clock is not None and clock.end > clock.start:
                found.append(clock)
    found.sort(key=lambda c: (c.start - c.end, c.kind != "time", c.start))
    taken: list[Clock] = []
    occupied = bytearray(len(text))
    for clock in found:
        if occupied.find(1, clock.start, clock.end) < 0:
            occupied[clock.start : clock.end] = b"\x01" * (clock.end - clock.start)
            taken.append(clock)
    taken.sort(key=lambda c: c.start)
    return _lasting(text, ranges(text, _part_first(text, _chain(text, taken, g), g), g), g)


def _lasting(text: str, clocks: list[Clock], g: ClockGrammar) -> list[Clock]:
    """A time that opens a span and the length of the span ("from 9 a.m. for six hours",
    "pendant 3 heures dès 14 h"): one range, from the time to the time plus the length."""
    out: list[Clock] = []
    i = 0
    while i < len(clocks):
        a, b = clocks[i], clocks[i + 1] if i + 1 < len(clocks) else None
        pair = None
        if b is not None and a.kind == "time" and b.kind == "duration":
            pair = (a, b) if g.for_gap.match(text[a.end : b.start]) else None
        elif b is not None and a.kind == "duration" and b.kind == "time":
            lead = g.for_before.search(text, max(0, a.start - 20), a.start)
            pair = (b, a) if lead and not text[a.end : b.start].strip(" ,") else None
        if pair is not None and b is not None:
            time, length = pair
            minutes = length.duration
            if (
                time.qualifier == "after"
                and time.clock is not None
                and minutes is not None
                and minutes == int(minutes)
                and 0 < minutes <= DAY
                and time.clock + int(minutes) + 1 <= 2 * DAY
            ):
                out.append(
                    replace(
                        time, start=min(a.start, b.start), end=max(a.end, b.end),
                        time_start=time.clock, time_end=time.clock + int(minutes) + 1,
                        qualifier=None, open_hour=None,
                    )
                )  # fmt: skip
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _chain(text: str, clocks: list[Clock], g: ClockGrammar) -> list[Clock]:
    """Durations written one after the other add up ("un an, un mois et 21 jours")."""
    out: list[Clock] = []
    for clock in clocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == clock.kind == "duration"
            and prev.duration is not None
            and clock.duration is not None
            and g.chain_gap.match(text[prev.end : clock.start])
        ):
            out[-1] = replace(prev, end=clock.end, duration=prev.duration + clock.duration)
            continue
        out.append(clock)
    return out


def _part_first(text: str, clocks: list[Clock], g: ClockGrammar) -> list[Clock]:
    """A part of the day just before a time sets its half of the day ("afternoon at 7")."""
    out: list[Clock] = []
    for clock in clocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "part"
            and " " in norm(text[prev.start : prev.end])  # "le soir à 8 h", not "hier soir"
            # ... nor "demain après-midi" (its hyphen is a space to `norm`): a date, kept whole
            and not g.relday_end.search(text, max(0, prev.end - 40), prev.end)
            and clock.kind == "time"
            and clock.clock is not None
            and g.part_gap.match(text[prev.end : clock.start])
        ):
            value = clock.clock
            if clock.open_hour is not None:
                hour, _ = half(clock.open_hour, prev.part, None)
                value = hour * 60 + clock.clock % 60
            t0, t1 = widen(value, clock.qualifier)
            out[-1] = replace(
                clock, start=prev.start, clock=value, time_start=t0, time_end=t1,
                part=prev.part, open_hour=None,
            )  # fmt: skip
            continue
        if clock.kind == "part" and " " in norm(text[clock.start : clock.end]) and clock.part:
            m = g.part_hour.match(text, clock.end)
            said = num(g.vocab, m.group("h")) if m else None
            if m and said is not None:
                value = half(said, clock.part, None)[0] * 60
                qualifier = get(g.vocab.qualifiers, m.group("q")) if m.group("q") else None
                t0, t1 = widen(value, qualifier)
                out.append(
                    replace(
                        clock, end=m.end(), kind="time", granularity="hour", clock=value,
                        time_start=t0, time_end=t1, qualifier=qualifier, half_written=True,
                    )
                )  # fmt: skip
                continue
        out.append(clock)
    return out
