"""English date forms of wire copy and quoted posts: compact month-day and numeric dates, an
abbreviated month after its marker, a decimal figure before a month, a date-time range whose
days are written after the month; and look-alikes that stay undated: text + publication ->
TimeRef."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

EN = get_profile("en")
DAY = "2021-03-09"  # a Tuesday


def _refs(text: str) -> list[tuple[str, str, str]]:
    return [
        (r.text, str(r.earliest), str(r.latest))
        for r in find_times(text, published=DAY, profile=EN)
    ]


# (text, surface, earliest, latest)
DATED = [
    ("The memo dated 05-Aug-2016 was leaked.", "05-Aug-2016", "2016-08-05", "2016-08-05"),
    ("The log entry is dated 2019-Aug-01.", "2019-Aug-01", "2019-08-01", "2019-08-01"),
    ("Riots broke out a couple weeks ago.", "a couple weeks ago", "2021-02-22", "2021-02-28"),
    ("The vote will take place in two weeks.", "in two weeks", "2021-03-22", "2021-03-28"),
    ("The plant will reopen in a month, the firm said.", "in a month", "2021-04-01", "2021-04-30"),
    ("Voting closes Oct-2, the commission said.", "Oct-2", "2020-10-02", "2020-10-02"),
    ("The filing is dated Jan/14.", "Jan/14", "2021-01-14", "2021-01-14"),
    ("The plant was sold on 9-18-15, records show.", "9-18-15", "2015-09-18", "2015-09-18"),
    ("A memo dated 11-28-07 was leaked.", "11-28-07", "2007-11-28", "2007-11-28"),
    ("Sales slumped last Sept. after the recall.", "last Sept", "2020-09-01", "2020-09-30"),
    ("The poll was taken tmrw, she joked.", "tmrw", "2021-03-10", "2021-03-10"),
    (
        "The index stood at 6,107.31 August 2019 figures show.",
        "August 2019",
        "2019-08-01",
        "2019-08-31",
    ),
]


@pytest.mark.parametrize(("text", "surface", "earliest", "latest"), DATED)
def test_dated_forms(text: str, surface: str, earliest: str, latest: str) -> None:
    assert (surface, earliest, latest) in _refs(text)


# news sentences whose figures look like dates and date nothing
UNDATED = [
    "The Oct4 gene keeps the cells young.",
    "Arsenal's 10-6-12 record cost the manager his job.",
    "Version 1.5.20 fixes the flaw.",
    "Prices rose 5% in two weeks.",
    "In two weeks, the army advanced 20 kilometres.",
]


@pytest.mark.parametrize("text", UNDATED)
def test_undated_look_alikes(text: str) -> None:
    assert all(earliest == "None" for _, earliest, _ in _refs(text)), _refs(text)


def test_a_curfew_from_a_time_on_one_day_to_a_time_on_the_next() -> None:
    text = "The curfew runs from 8 p.m. on March 3 to 6 a.m. on March 4, officials said."
    refs = find_times(text, published=DAY, profile=EN)
    assert [r.text for r in refs] == ["from 8 p.m. on March 3 to 6 a.m. on March 4"]
    ref = refs[0]
    assert (ref.earliest, ref.latest) == (dt.date(2021, 3, 3), dt.date(2021, 3, 4))
    assert (ref.time_start, ref.time_end) == (20 * 60, 1440 + 6 * 60 + 1)


def test_a_clock_range_on_a_written_day_still_reads() -> None:
    ref = find_times("The polls are open from 7 to 10 p.m. on March 3.", published=DAY, profile=EN)
    assert [(r.text, r.time_start, r.time_end) for r in ref] == [
        ("from 7 to 10 p.m. on March 3", 19 * 60, 22 * 60 + 1)
    ]


# (text, surface, time_start, time_end): a time that opens a span, and its length
LASTING = [
    ("The bridge will be shut from 9:30 a.m. for seven hours.", "from 9:30 a.m. for seven hours",
     9 * 60 + 30, 16 * 60 + 31),
    ("Power was cut for 3 hours from 10 p.m., the utility said.", "3 hours from 10 p.m.",
     22 * 60, 25 * 60 + 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "start", "end"), LASTING)
def test_a_time_and_the_length_it_opens(text: str, surface: str, start: int, end: int) -> None:
    refs = find_times(text, published=DAY, profile=EN)
    assert [(r.text, r.time_start, r.time_end) for r in refs] == [(surface, start, end)]


def test_a_length_alone_or_too_long_stays_a_length() -> None:
    refs = find_times("He was held from 9 p.m. for 48 hours.", published=DAY, profile=EN)
    assert [(r.text, r.duration_minutes) for r in refs] == [
        ("from 9 p.m.", None),
        ("48 hours", 2880),
    ]
    refs = find_times("The strike at 9 a.m. lasted six hours.", published=DAY, profile=EN)
    assert [r.text for r in refs] == ["9 a.m.", "six hours"]


# (text, surface, earliest, latest): two days of one month, and ranges across months or years
DAY_PAIRS_AND_RANGES = [
    ("Talks were held on 3 and 4 March.", "on 3 and 4 March", "2021-03-03", "2021-03-04"),
    ("Talks were held on March 3 and 4.", "on March 3 and 4", "2021-03-03", "2021-03-04"),
    ("On March 3 and 4, talks stalled.", "On March 3 and 4", "2021-03-03", "2021-03-04"),
    ("The summit runs Nov. 30-Dec. 2, 2020.", "Nov. 30-Dec. 2, 2020", "2020-11-30", "2020-12-02"),
    ("The fair ran Jan. 30-Feb. 2.", "Jan. 30-Feb. 2", "2021-01-30", "2021-02-02"),
    ("The fair ran March 3-10, 2020.", "March 3-10, 2020", "2020-03-03", "2020-03-10"),
    ("Exports fell between May 3 and 10, 2019.", "between May 3 and 10, 2019", "2019-05-03",
     "2019-05-10"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "earliest", "latest"), DAY_PAIRS_AND_RANGES)
def test_day_pairs_and_ranges(text: str, surface: str, earliest: str, latest: str) -> None:
    assert (surface, earliest, latest) in _refs(text)


def test_a_count_after_a_day_is_no_second_day() -> None:
    assert _refs("On March 3 and 4 people were hurt.") == [("March 3", "2021-03-03", "2021-03-03")]


# (text, surface, day): a day without its year after a future cue is the coming one, unless
# the last one is much nearer ("will appeal the March 2 ruling", a week later)
TENSES = [
    ("Elections will be held on April 12.", "April 12", "2021-04-12"),
    ("The vote was held on April 12.", "April 12", "2020-04-12"),
    ("Voters will go to the polls on Sept. 20.", "Sept. 20", "2021-09-20"),
    ("The firm will appeal the March 2 ruling.", "March 2", "2021-03-02"),
    ("He will appeal the Dec. 5 verdict.", "Dec. 5", "2020-12-05"),
    ("Prices will stay frozen since Feb. 2, officials said.", "Feb. 2", "2021-02-02"),
]


@pytest.mark.parametrize(("text", "surface", "day"), TENSES)
def test_a_yearless_day_and_the_tense(text: str, surface: str, day: str) -> None:
    assert (surface, day, day) in _refs(text)


def test_wire_copy_four_digits_before_a_zone() -> None:
    refs = find_times("The ship was freed at 1530 GMT on Monday.", published=DAY, profile=EN)
    assert [(r.text, r.clock, r.zone, str(r.earliest)) for r in refs] == [
        ("1530 GMT on Monday", 15 * 60 + 30, "UTC", "2021-03-08")
    ]


@pytest.mark.parametrize(
    "text", ["In 2019 local elections were held.", "The 1945 treaty still holds.", "A 2300 est."]
)
def test_a_year_before_a_word_is_no_clock(text: str) -> None:
    assert all(r.clock is None for r in find_times(text, published=DAY, profile=EN))


AT = "2021-03-09T10:00"  # a Tuesday, 10:00


def test_the_past_24_hours_from_a_stated_publication_time() -> None:
    refs = find_times("Over the past 24 hours, 40 people died.", published=AT, profile=EN)
    assert [(r.text, str(r.earliest), str(r.latest), r.time_start, r.time_end) for r in refs] == [
        ("the past 24 hours", "2021-03-08", "2021-03-09", 600, 1440 + 600 + 1)
    ]


@pytest.mark.parametrize(
    "text", ["The strike will last 3 hours.", "The strike could last 24 hours."]
)
def test_a_verb_last_is_no_window(text: str) -> None:
    refs = find_times(text, published=AT, profile=EN)
    assert [(r.earliest, r.duration_minutes is not None) for r in refs] == [(None, True)]


def test_a_written_weekday_picks_the_year_next_to_the_one_read() -> None:
    refs = find_times("The store reopens on Friday, Jan. 1.", published="2020-12-28", profile=EN)
    assert [str(r.earliest) for r in refs] == ["2021-01-01"]
    refs = find_times("The quake struck on Friday, Sept. 8.", published=DAY, profile=EN)
    assert [str(r.earliest) for r in refs] == ["2020-09-08"]


def test_a_weekday_slip_keeps_the_day_read() -> None:
    # 9 September 2023 was a Saturday: the outlet's "Friday" moves no year
    refs = find_times("The quake struck on Friday, Sept. 9.", published="2023-09-10", profile=EN)
    assert [str(r.earliest) for r in refs] == ["2023-09-09"]
