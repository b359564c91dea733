"""Clock spans of one text -> the same spans, two times or a bare hour and a time joined
into one range ("de 14 h à 16 h 30", "from 9 to 11 a.m.", "from 1 p.m. to 4")."""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.ground.clock_grammar import DAY, Clock, ClockGrammar, num
from claimcheck.ground.phrases import alt, norm
from claimcheck.lang.time_types import TimeVocabulary

__all__ = ["ranges"]

#: the word right before a position (letters first: not a number)
_WORD_BEFORE = re.compile(r"(?<![\w'’])([^\W\d][\w'’]*)\s+$")


def ranges(text: str, clocks: list[Clock], g: ClockGrammar) -> list[Clock]:
    """Two times joined ("entre 14 h et 16 h", "from 9 to 11 a.m.") become one range."""
    out: list[Clock] = []
    for clock in clocks:
        prev = out[-1] if out else None
        if prev is not None and clock.start < prev.end:
            continue  # already the end of a range ("14 h - 16 h 30")
        if clock.kind != "time" or clock.clock is None:
            out.append(clock)
            continue
        if prev is not None and prev.kind == "time" and prev.clock is not None:
            gap = g.joiner.match(
                text[prev.end : clock.core if clock.core is not None else clock.start]
            )
            begin = _joined(text, prev.start, gap.group("j"), g) if gap else None
            # "le couvre-feu est avancé de 20 h à 18 h": a time moved, two times ("from 8
            # p.m." the old one, not "from 8 p.m. on")
            if begin is not None and g.shift_before.search(text, max(0, begin - 40), begin):
                if prev.qualifier is not None and prev.core is not None:
                    out[-1] = replace(
                        prev, start=prev.core, qualifier=None,
                        time_start=prev.clock, time_end=prev.clock + 1,
                    )  # fmt: skip
                begin = None
            if begin is not None:
                first = _align(prev.clock, prev.open_hour, clock, g.vocab)
                out[-1] = _range(begin, first, clock)
                continue
        core = clock.core if clock.core is not None else clock.start
        m = g.bare_range.search(text[max(0, core - 40) : core])
        begin = core - len(m.group()) if m else core
        # "le 15 à 8 heures": a day and its time, not a range from 15 h
        # ... and "March 3 to 6 a.m.": the day of a month, not a range from 3 o'clock
        lead = g.day_lead.search(text, max(0, begin - 30), begin) or g.month_lead.search(
            text, max(0, begin - 30), begin
        )
        dated = m is not None and not m.group("o") and lead is not None
        # "la semaine 10 à 20 heures", "week 10 8-9 p.m.": a week's number opens no range
        dated = dated or (m is not None and not m.group("o") and _labelled(text, begin, g))
        # "le bilan est passé à 12 à 18 h": the figure, then its time
        dated = dated or (
            m is not None
            and any(p.search(text, max(0, begin - 40), begin) for p in g.figures_before)
        )
        if m and not dated and _joined_bare(m, g) and (prev is None or prev.end <= begin):
            hour, minute = _bare(g.vocab, m.group("a"))
            if hour is not None:
                end = clock
                if clock.clock == 0 and clock.part == "morning" and 0 < hour < 12:
                    end = replace(clock, clock=720)  # "from 10 to 12 this morning": noon
                first = _align(hour * 60 + minute, hour if 1 <= hour <= 12 else None, end, g.vocab)
                out.append(_range(core - len(m.group()), first, end))
                continue
        after = g.bare_after.match(text, clock.end)
        begin = _joined(text, clock.start, after.group("j"), g) if after else None
        hour, minute = _bare(g.vocab, after.group("a")) if after else (None, 0)
        if after and begin is not None and hour is not None and hour <= 24:
            options = [(hour % 24) * 60 + minute] + (
                [hour * 60 + minute + 720] if hour < 12 else []
            )
            value = clock.clock
            last = min(options, key=lambda t: (t - value - 1) % DAY)
            second = replace(clock, end=after.end(), clock=last, granularity="hour")
            out.append(_range(begin, value, second))
            continue
        out.append(clock)
    return out


def _joined(text: str, start: int, joiner: str, g: ClockGrammar) -> int | None:
    """Where a range of two times starts (its opener included), or None if they are not one."""
    window = text[max(0, start - 30) : start]
    j = norm(joiner) or joiner.strip()
    for opener, closers in g.openers.items():
        m = re.search(rf"(?<![\w'’]){alt([opener])}\s+$", window, re.IGNORECASE)
        if m:
            return start - (len(window) - m.start()) if j in closers else None
    return start if j in {norm(k) or k for k in g.vocab.range_joiners} else None


def _labelled(text: str, begin: int, g: ClockGrammar) -> bool:
    """Is the number at `begin` right after a unit of time that it numbers ("semaine" 10)?"""
    m = _WORD_BEFORE.search(text, max(0, begin - 30), begin)
    return m is not None and norm(m.group(1)) in g.numbered_units


def _joined_bare(m: re.Match[str], g: ClockGrammar) -> bool:
    j = norm(m.group("j")) or m.group("j").strip()
    if m.group("o"):
        return j in g.openers.get(norm(m.group("o")), ())
    return j in {norm(k) or k for k in g.vocab.range_joiners}


def _bare(v: TimeVocabulary, raw: str) -> tuple[int | None, int]:
    """An hour written alone in a range ("de 9 à 11 h"), on a 24-hour clock; None if none."""
    m = re.fullmatch(r"(\d{1,2})(?:[:h.](\d\d))?", raw.strip(), re.IGNORECASE)
    hour, minute = (int(m.group(1)), int(m.group(2) or 0)) if m else (num(v, raw), 0)
    if hour == 24 and minute == 0:
        return 0, 0
    if hour is None or not (0 <= hour < 24 and 0 <= minute < 60):
        return None, 0
    return hour, minute


def _align(first: int, open_hour: int | None, second: Clock, v: TimeVocabulary) -> int:
    """The first time of a range on the half of the day the second one fixes ("9 to 11 p.m.");
    on a 24-hour clock only a written a.m./p.m. or part of the day fixes it."""
    assert second.clock is not None
    if open_hour is None or second.open_hour is not None:
        return first
    if v.hours_24 and not second.half_written:
        return first
    base = (open_hour % 12) * 60 + first % 60
    if second.clock >= 12 * 60:
        return base + 12 * 60 if base + 12 * 60 <= second.clock else base
    return base if base <= second.clock else base + 12 * 60


def _range(start: int, first: int, second: Clock) -> Clock:
    assert second.clock is not None
    last = second.clock if second.clock > first else second.clock + DAY
    both_hours = second.granularity == "hour" and first % 60 == 0
    return replace(
        second, start=start, clock=first, time_start=first, time_end=last + 1, qualifier=None,
        granularity="hour" if both_hours else "minute", open_hour=None,
    )  # fmt: skip
