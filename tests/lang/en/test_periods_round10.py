"""News periods, tenth round: a clock time before its weekday in a future clause ("at 2 p.m.
Tuesday": the dots of "p.m." end no sentence), figures before a part of the day: text +
publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

EN = get_profile("en")
PUBLISHED = "2024-03-13T10:00"  # a Wednesday


def _spans(text: str, published: str = PUBLISHED) -> list[tuple[str, str, str]]:
    refs = find_times(text, published=published, profile=EN)
    return [(r.text, str(r.earliest), str(r.latest)) for r in refs]


def _clocks(text: str) -> list[tuple[str, int | None, int | None]]:
    refs = find_times(text, published=PUBLISHED, profile=EN)
    return [(r.text, r.time_start, r.time_end) for r in refs]


AHEAD = [
    # the wire's "2 p.m. Tuesday" after "will": the coming Tuesday, as "Tuesday at 2 p.m."
    ("The rally will be held at 2 p.m. Tuesday.", [("2 p.m. Tuesday", "2024-03-19", "2024-03-19")]),
    (
        "Police will hold a briefing at 11 a.m. Friday.",
        [("11 a.m. Friday", "2024-03-15", "2024-03-15")],
    ),
    (
        "The emergency room will close from 8 p.m. to 8 a.m. Thursday.",
        [("from 8 p.m. to 8 a.m. Thursday", "2024-03-14", "2024-03-14")],
    ),
    (
        "The rally will be held between 2 p.m. and 4 p.m. Tuesday.",
        [("between 2 p.m. and 4 p.m. Tuesday", "2024-03-19", "2024-03-19")],
    ),
    # one letter's dot, not a sentence's end: "U.S."
    (
        "The U.S. Senate will vote on Tuesday.",
        [("Tuesday", "2024-03-19", "2024-03-19")],
    ),
]

BEHIND = [
    # the day of a saying after the future cue: the Tuesday just past ("H." ends nothing)
    (
        "It will take years to rebuild, Defense Secretary Donald H. Rumsfeld said Tuesday.",
        [("Tuesday", "2024-03-12", "2024-03-12")],
    ),
    ("Talks will resume, the minister said Tuesday.", [("Tuesday", "2024-03-12", "2024-03-12")]),
    (
        "The minister said talks will resume Tuesday.",
        [("Tuesday", "2024-03-19", "2024-03-19")],
    ),
    # a past clause, or a future one that a real full stop ends, keeps the Tuesday just past
    ("He died at 2 p.m. Tuesday.", [("2 p.m. Tuesday", "2024-03-12", "2024-03-12")]),
    (
        "The talks will resume soon. The deal was signed at 6 p.m. Friday.",
        [("6 p.m. Friday", "2024-03-08", "2024-03-08")],
    ),
    (
        "Officials said the plan will work. On Tuesday, the bill failed.",
        [("Tuesday", "2024-03-12", "2024-03-12")],
    ),
    (
        "The rally was held between 2 p.m. and 4 p.m. Tuesday.",
        [("between 2 p.m. and 4 p.m. Tuesday", "2024-03-12", "2024-03-12")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AHEAD + BEHIND)
def test_weekday_after_a_clock_follows_the_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _spans(text) == expected


FIGURES = [
    # a changing figure before a part of the day is no hour
    ("The death toll rose to 12 this morning.", [("this morning", 360, 720)]),
    ("The toll went from 10 to 12 this morning.", [("this morning", 360, 720)]),
    ("Casualties climbed from 10 to 12 last night.", [("last night", 1260, 1800)]),
    ("The number of cases reached 12 tonight.", [("tonight", 1080, 1380)]),
]

HOURS = [
    # a time stays a time: after "at", after a verb of no figure, with a.m./p.m.
    ("He arrived at 6 this morning.", [("6 this morning", 360, 361)]),
    ("The road was closed from 10 to 11 this morning.", [("from 10 to 11 this morning", 600, 661)]),
    ("Shares rose at 9 this morning.", [("9 this morning", 540, 541)]),
    # twelve ends a morning's range at noon, not at the midnight before it
    ("The road was closed from 10 to 12 this morning.", [("from 10 to 12 this morning", 600, 721)]),
    ("The toll rose to 12 at 6 p.m.", [("6 p.m.", 1080, 1081)]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES + HOURS)
def test_a_changing_figure_is_no_hour(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _clocks(text) == expected


MOVED = [
    # a time moved: the old one and the new one, not a range across the night
    (
        "The curfew was moved from 8 p.m. to 6 p.m.",
        [("8 p.m.", 1200, 1201), ("6 p.m.", 1080, 1081)],
    ),
    (
        "The match was moved from 3 p.m. to 5:30 p.m.",
        [("3 p.m.", 900, 901), ("5:30 p.m.", 1050, 1051)],
    ),
    (
        "The curfew was brought forward from 10 p.m. to 8 p.m.",
        [("10 p.m.", 1320, 1321), ("8 p.m.", 1200, 1201)],
    ),
    # ... a range stays one: opening hours, a closure overnight, a figure's verb
    ("The office is open from 9 a.m. to 5 p.m.", [("from 9 a.m. to 5 p.m.", 540, 1021)]),
    ("The road was closed from 10 p.m. to 6 a.m.", [("from 10 p.m. to 6 a.m.", 1320, 1801)]),
    ("Shares rose from 10 a.m. to noon.", [("from 10 a.m. to noon", 600, 721)]),
]


@pytest.mark.parametrize(("text", "expected"), MOVED)
def test_a_moved_time_is_two_times(
    text: str, expected: list[tuple[str, int | None, int | None]]
) -> None:
    assert _clocks(text) == expected


def _dated(text: str) -> list[tuple[str, str, int | None]]:
    refs = find_times(text, published=PUBLISHED, profile=EN)
    return [(r.text, str(r.earliest), r.time_start) for r in refs]


UNTIL = [
    # a day that ends a stretch is not the day of the text's lone time
    (
        "The curfew runs from 9 p.m. to 6 a.m. until Sunday.",
        [("from 9 p.m. to 6 a.m.", "None", 1260), ("Sunday", "2024-03-10", None)],
    ),
    (
        "The suspect was arrested at 6 a.m. He will be held until Tuesday.",
        [("6 a.m.", "None", 360), ("Tuesday", "2024-03-19", None)],
    ),
    # ... the only day of the text otherwise, as before
    (
        "The quake struck on Friday. It was 11:11 p.m.",
        [("Friday", "2024-03-08", None), ("11:11 p.m.", "2024-03-08", 1391)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNTIL)
def test_a_day_ending_a_stretch_dates_no_time(
    text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert _dated(text) == expected


WHOLE_NIGHT = [
    # "all night" before its day is that night; alone, a length as before
    ("It rained all night on Saturday.", [("Saturday", "2024-03-09", 1260)]),
    ("It rained all night.", [("all night", "None", None)]),
    ("He worked all night on the report.", [("all night", "None", None)]),
]


@pytest.mark.parametrize(("text", "expected"), WHOLE_NIGHT)
def test_a_whole_night_before_its_day(
    text: str, expected: list[tuple[str, str, int | None]]
) -> None:
    assert _dated(text) == expected


NIGHT_OF = [
    # "the night of March 3 to 4": the night across both days, as "March 3-4" was
    (
        "Violence broke out on the night of March 3 to 4, police said.",
        [("March 3 to 4", "2024-03-03", "2024-03-04")],
    ),
    # ... a figure after a day stays a figure
    ("The toll rose on March 3 to 4.", [("March 3", "2024-03-03", "2024-03-03")]),
    ("The night of March 3 to 4 people died.", [("March 3", "2024-03-03", "2024-03-03")]),
]


@pytest.mark.parametrize(("text", "expected"), NIGHT_OF)
def test_the_night_of_two_days(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _spans(text) == expected
