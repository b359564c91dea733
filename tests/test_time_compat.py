"""compatible / shift / describe on TimeRefs, slot details, speed, and every profile's table."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from claimcheck.errors import UsageError
from claimcheck.ground.time import find_times
from claimcheck.ground.time_values import compatible, describe, shift
from claimcheck.lang import available, get_profile
from claimcheck.lang.time_types import CANONICAL_UNITS
from claimcheck.models import TimeRef

D = dt.date


def one(text: str, published: str | None, lang: str = "fr") -> TimeRef:
    refs = find_times(text, published=published, profile=get_profile(lang))
    assert len(refs) == 1, refs
    return refs[0]


def ref(**fields: object) -> TimeRef:
    base: dict[str, object] = {"text": "x", "start": 0, "end": 1, "granularity": "day"}
    return TimeRef.model_validate({**base, **fields})


WED = ref(earliest=D(2020, 6, 10), latest=D(2020, 6, 10), weekday=2, month=6, year=2020)
THU = ref(earliest=D(2020, 6, 11), latest=D(2020, 6, 11), weekday=3, month=6, year=2020)
JUNE = ref(granularity="month", earliest=D(2020, 6, 1), latest=D(2020, 6, 30), month=6, year=2020)
MAY = ref(granularity="month", earliest=D(2020, 5, 1), latest=D(2020, 5, 31), month=5, year=2020)
WEEK = ref(granularity="week", earliest=D(2020, 6, 8), latest=D(2020, 6, 14), month=6, year=2020)
Y2019 = ref(granularity="year", earliest=D(2019, 1, 1), latest=D(2019, 12, 31), year=2019)
WEDS_JUNE = ref(
    earliest=D(2020, 6, 3),
    latest=D(2020, 6, 24),
    candidates=(D(2020, 6, 3), D(2020, 6, 10), D(2020, 6, 17), D(2020, 6, 24)),
    weekday=2,
    month=6,
    year=2020,
)
BARE_WED = ref(weekday=2)
BARE_FRI = ref(weekday=4)
BARE_JUNE = ref(granularity="month", month=6)
EVENT = ref(anchor="event", offset_days=1, anchor_text="l'annonce")

COMPATIBLE = [
    (WED, WED, True),
    (WED, THU, False),
    (WED, JUNE, True),
    (WED, MAY, False),
    (WED, WEEK, True),
    (WED, Y2019, False),
    (JUNE, WEEK, True),
    (MAY, WEEK, False),
    (WEDS_JUNE, WED, True),
    (WEDS_JUNE, THU, False),
    (WEDS_JUNE, JUNE, True),
    (BARE_WED, WED, True),
    (BARE_WED, THU, False),
    (BARE_WED, BARE_FRI, False),
    (BARE_WED, WEEK, True),
    (BARE_JUNE, WED, True),
    (BARE_JUNE, MAY, False),
    (EVENT, WED, True),
    (EVENT, BARE_FRI, True),
    (Y2019, JUNE, False),
]


@pytest.mark.parametrize(("a", "b", "expected"), COMPATIBLE)
def test_compatible(a: TimeRef, b: TimeRef, expected: bool) -> None:
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected


def test_compatible_on_found_times() -> None:
    fr = one("L'annonce a été faite mercredi 10 juin.", "2020-06-11")
    en = one("IBM announced it on Wednesday.", "2020-06-11", "en")
    later = one("IBM l'a annoncé jeudi.", "2020-06-11")
    assert compatible(fr, en)
    assert not compatible(fr, later)
    friday = one("vendredi dernier", "2020-06")
    assert compatible(friday, one("le 12 juin", "2020-06"))
    assert not compatible(friday, one("le 11 juin", "2020-06"))


def test_shift_resolves_event_relative_phrase() -> None:
    phrase = one("un jour après qu'IBM a annoncé son retrait", "2020-06-11")
    assert (phrase.anchor, phrase.offset_days, phrase.earliest) == ("event", 1, None)
    anchor = one("mercredi 10 juin", "2020-06-11")
    moved = shift(anchor, phrase.offset_days or 0, actor="Amazon")
    assert (moved.earliest, moved.latest, moved.weekday) == (D(2020, 6, 11),) * 2 + (3,)
    assert (moved.month, moved.year, moved.actor, moved.offset_days) == (6, 2020, "Amazon", 1)
    assert describe(moved) == "Thursday 11 June 2020"


def test_shift_candidates_weekday_and_unresolved() -> None:
    moved = shift(WEDS_JUNE, 1)
    assert moved.candidates[0] == D(2020, 6, 4) and moved.weekday == 3
    assert shift(BARE_WED, -1).weekday == 1
    assert shift(ref(earliest=D(2020, 5, 31), latest=D(2020, 5, 31)), 1).month == 6
    assert shift(EVENT, 1).offset_days == 2
    assert shift(BARE_JUNE, 3).month is None  # a day inside an unknown June may leave it


DESCRIBE = [
    (WED, "Wednesday 10 June 2020"),
    (WEDS_JUNE, "a Wednesday in June 2020 (4 possible days)"),
    (WEEK, "week of 8 June 2020"),
    (JUNE, "June 2020"),
    (Y2019, "2019"),
    (BARE_FRI, "Friday (date unknown)"),
    (BARE_JUNE, "June (year unknown)"),
    (EVENT, "the day after l'annonce"),
    (ref(anchor="event", offset_days=-2), "2 days before the reference event"),
]


@pytest.mark.parametrize(("time_ref", "label"), DESCRIBE)
def test_describe(time_ref: TimeRef, label: str) -> None:
    assert describe(time_ref) == label


def test_month_only_publication_lists_candidates() -> None:
    friday = one("vendredi dernier", "2020-06")
    assert friday.candidates == tuple(D(2020, 5, 29) + dt.timedelta(weeks=k) for k in range(5))
    assert (friday.earliest, friday.latest, friday.weekday) == (D(2020, 5, 29), D(2020, 6, 26), 4)
    assert describe(one("lundi", "2020-06")) == "a Monday in June 2020 (5 possible days)"


def test_year_only_and_missing_publication() -> None:
    friday = one("vendredi dernier", "2020")
    assert friday.candidates == () and friday.weekday == 4
    assert friday.earliest is not None and friday.earliest.year == 2019
    bare = one("vendredi dernier", None)
    assert (bare.anchor, bare.weekday, bare.earliest, bare.candidates) == ("none", 4, None, ())
    dated = one("le 10 juin", None)
    assert (dated.anchor, dated.month, dated.year, dated.earliest) == ("none", 6, None, None)


def test_weekday_picks_the_year_of_a_yearless_date() -> None:
    written = one("vendredi 12 juin", "2020")
    assert (written.earliest, written.latest, written.weekday) == (D(2020, 6, 12),) * 2 + (4,)


def test_week_and_month_bounds() -> None:
    week = one("la semaine dernière", "2020-06-11")
    assert (week.granularity, week.earliest, week.latest) == ("week", D(2020, 6, 1), D(2020, 6, 7))
    month = one("last month", "2020-01-15", "en")
    assert (month.month, month.year, month.earliest) == (12, 2019, D(2019, 12, 1))


def test_offsets_are_local_and_sorted() -> None:
    text = "Hier, le 10 juin, et la semaine dernière."
    refs = find_times(text, published="2020-06-11", profile=get_profile("fr"))
    assert [text[r.start : r.end] for r in refs] == ["Hier", "10 juin", "la semaine dernière"]


@pytest.mark.parametrize("published", ["June 2020", "2020-13", "2020-02-30"])
def test_bad_publication_date(published: str) -> None:
    with pytest.raises(UsageError):
        find_times("hier", published=published, profile=get_profile("fr"))


@pytest.mark.parametrize("lang", available())
@pytest.mark.parametrize("junk", ["1" * 50_000, " " * 50_000, "." * 50_000, "1 . " * 12_500])
def test_no_catastrophic_backtracking(lang: str, junk: str) -> None:
    started = time.process_time()
    find_times(junk, published="2020-06-11", profile=get_profile(lang))
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr",
            [("10 juin 2020", "2020-06-10"), ("un jour après", "None"), ("mercredi", "2020-06-10")],
        ),
        ("en", [("yesterday", "2020-06-10"), ("last Tuesday", "2020-06-09")]),
    ],
)
def test_a_mixed_sentence_reads_only_its_language_words(
    lang: str, expected: list[tuple[str, str]]
) -> None:
    # the speed of this reading is measured by the benchmarks (`realtext`, stage "ground"),
    # never asserted here
    sentence = "Le 10 juin 2020, IBM a annoncé, un jour après qu'Amazon a suspendu son outil, "
    sentence += "yesterday, last Tuesday, qu'il abandonnait le marché, a indiqué mercredi son PDG."
    refs = find_times(sentence, published="2020-06-11", profile=get_profile(lang))
    assert [(r.text, str(r.earliest)) for r in refs] == expected


@pytest.mark.parametrize("lang", available())
def test_time_vocabulary_is_complete(lang: str) -> None:
    vocab = get_profile(lang).time
    assert sorted(set(vocab.weekdays.values())) == list(range(7))
    assert sorted(set(vocab.months.values())) == list(range(1, 13))
    assert set(vocab.month_abbreviations.values()) <= set(range(1, 13))
    assert vocab.ambiguous_months <= set(vocab.months)
    for table in (
        vocab.weekdays,
        vocab.months,
        vocab.month_abbreviations,
        vocab.relative_days,
        vocab.markers_before,
        vocab.markers_after,
        vocab.units,
        vocab.plural_units,
        vocab.numbers,
        vocab.event_words,
        vocab.event_relations,
    ):
        assert all(key == key.lower() and key.strip() == key for key in table), table
    for required in (
        vocab.weekdays,
        vocab.months,
        vocab.relative_days,
        vocab.units,
        vocab.plural_units,
        vocab.numbers,
        vocab.event_words,
        vocab.event_relations,
    ):
        assert required
    assert vocab.markers_before or vocab.markers_after
    assert vocab.counted_before or vocab.counted_after
    assert set(vocab.units.values()) | set(vocab.plural_units.values()) <= CANONICAL_UNITS
    assert set(vocab.relative_days.values()) <= set(range(-7, 8))
    assert set(vocab.markers_before.values()) | set(vocab.markers_after.values()) <= {-1, 0, 1}
    assert vocab.anchored <= set(vocab.event_words) | set(vocab.event_relations)
    assert vocab.strict_event_words <= set(vocab.event_words)


def test_a_day_of_the_month_without_a_year_is_kept_and_compared() -> None:
    profile = get_profile("fr")
    tenth = find_times("mercredi 10 juin", published=None, profile=profile)[0]
    eleventh = find_times("le 11 juin", published=None, profile=profile)[0]
    assert (tenth.day, tenth.month, tenth.year) == (10, 6, None)
    assert not compatible(tenth, eleventh)
    assert compatible(tenth, tenth)
    before = shift(tenth, -1)
    assert (before.day, before.month, before.weekday) == (9, 6, 1)
    assert describe(before) == "Tuesday 9 June (year unknown)"
    dated = find_times("mardi 9 juin 2020", published=None, profile=profile)[0]
    assert compatible(before, dated)
    assert not compatible(tenth, dated)
    new_year = shift(find_times("le 1er mars", published=None, profile=profile)[0], -1)
    assert (new_year.day, new_year.month) == (29, 2)  # no year: 29 February may exist


@pytest.mark.parametrize(
    ("lang", "future", "unmarked"),
    [
        ("fr", "La réunion aura lieu jeudi à la préfecture.", "La réunion doit se tenir jeudi."),
        ("en", "The meeting will be held on Thursday.", "The meeting is slated for Thursday."),
    ],
)
def test_one_weekday_told_in_two_tenses_is_one_day(lang: str, future: str, unmarked: str) -> None:
    ahead, behind = one(future, "2023-11-14", lang), one(unmarked, "2023-11-14", lang)
    assert ahead.earliest == D(2023, 11, 16)  # a Tuesday's "jeudi" after a future cue
    assert behind.earliest in (D(2023, 11, 9), D(2023, 11, 16))
    assert compatible(ahead, behind) and compatible(behind, ahead)
    last = ref(earliest=D(2023, 11, 9), latest=D(2023, 11, 9), weekday=3, anchor="publication")
    assert compatible(ahead, last)  # the tense-read weekday, a week apart: not two days
    dated = ref(
        earliest=D(2023, 11, 9), latest=D(2023, 11, 9), weekday=3, day=9, anchor="publication"
    )
    also = ref(
        earliest=D(2023, 11, 16), latest=D(2023, 11, 16), weekday=3, day=16, anchor="publication"
    )
    assert not compatible(dated, also)  # both dates written: a week apart is two days
    wednesday = ref(earliest=D(2023, 11, 8), latest=D(2023, 11, 8), weekday=2, anchor="publication")
    assert not compatible(ahead, wednesday)  # another weekday is another day


@pytest.mark.parametrize(
    ("coming", "past"),
    [
        (("Les élections auront lieu en mars.", "fr"), ("The vote took place in March.", "en")),
        (("The vote will be held in March.", "en"), ("Le scrutin s'est tenu en mars.", "fr")),
        (("Le marché rouvrira après Noël.", "fr"), ("The market reopens after Christmas.", "en")),
        (("The market will reopen after Christmas.", "en"), ("Le marché rouvre après Noël.", "fr")),
    ],
)
def test_one_month_or_holiday_told_in_two_tenses_is_one_time(
    coming: tuple[str, str], past: tuple[str, str]
) -> None:
    ahead, behind = one(coming[0], "2023-11-14", coming[1]), one(past[0], "2023-11-14", past[1])
    assert ahead.earliest is not None and behind.earliest is not None
    assert ahead.earliest > dt.date(2023, 11, 14) > behind.earliest  # read a year apart
    assert compatible(ahead, behind) and compatible(behind, ahead)


def test_written_years_and_other_months_still_conflict() -> None:
    assert not compatible(one("Les élections de mars 2023.", None), one("En mars 2024.", None))
    ahead = one("The vote will be held in March.", "2023-11-14", "en")
    assert not compatible(ahead, one("Le scrutin a eu lieu en février.", "2023-11-14"))
    assert not compatible(one("Il est arrivé hier.", "2023-11-14"), one("demain", "2023-11-14"))
