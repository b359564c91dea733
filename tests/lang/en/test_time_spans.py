"""English time spans: parts of periods, counted spans, seasons, relative months and weeks,
ranges, and words that look like times but are not; text + publication date -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

P = "2020-06-11"  # a Thursday


# parts of periods, spans counted from publication, centuries: (text, published, surface,
# earliest, latest); publication 2020-06-11 is a Thursday
SPAN_CASES: list[tuple[str, str, str, str, str]] = [
    ("The merger should close in late March.", P, "late March", "2020-03-16", "2020-03-31"),
    ("Talks resume early next week.", P, "early next week", "2020-06-15", "2020-06-17"),
    ("The plant reopened in mid-2015.", P, "mid-2015", "2015-05-01", "2015-08-31"),
    ("Output slumped late last year.", P, "late last year", "2019-07-01", "2019-12-31"),
    ("The firm was founded at the end of 1998.", P, "at the end of 1998", "1998-09-01",
     "1998-12-31"),
    ("Shares rose earlier this month.", P, "earlier this month", "2020-06-01", "2020-06-11"),
    ("A vote is expected later this year.", P, "later this year", "2020-06-11", "2020-12-31"),
    ("Flights are cut for the rest of the year.", P, "for the rest of the year", "2020-06-11",
     "2020-12-31"),
    ("Prices climbed over the past three weeks.", P, "the past three weeks", "2020-05-21",
     "2020-06-11"),
    ("Rain is forecast for the next 3 days.", P, "the next 3 days", "2020-06-12", "2020-06-14"),
    ("A ruling is due within 10 days.", P, "within 10 days", "2020-06-11", "2020-06-21"),
    ("The board meets the week after next.", P, "the week after next", "2020-06-22",
     "2020-06-28"),
    ("The bridge dates from the 19th century.", P, "19th century", "1800-01-01", "1899-12-31"),
    ("The vote was held on the 2nd.", P, "2nd", "2020-06-02", "2020-06-02"),
    ("The suspect fled on the 24th, police said.", P, "24th", "2020-05-24", "2020-05-24"),
    ("The deal was signed on 5/28.", P, "5/28", "2020-05-28", "2020-05-28"),
    ("The polls stay open until 6/30.", P, "6/30", "2020-06-30", "2020-06-30"),
    ("Strikes are planned from 15 to 19 next month.", P, "from 15 to 19 next month",
     "2020-07-15", "2020-07-19"),
    ("Results are due on the 20th of next month.", P, "20th of next month", "2020-07-20",
     "2020-07-20"),
    ("The fair opens the first Friday of next month.", P, "first Friday of next month",
     "2020-07-03", "2020-07-03"),
    ("Traffic peaked in the first week of 2015.", P, "first week of 2015", "2014-12-29",
     "2015-01-04"),
    ("Strikes hit the first week of Oct. 2019.", P, "first week of Oct. 2019", "2019-09-30",
     "2019-10-06"),
    ("Talks stalled in the second week of this month.", P, "second week of this month",
     "2020-06-08", "2020-06-14"),
    ("He ran the agency from 2011 to March 4, 2016.", P, "from 2011 to March 4, 2016",
     "2011-01-01", "2016-03-04"),
    ("The dam was shut between January 3, 2015 and June 30, 2019.", P,
     "between January 3, 2015 and June 30, 2019", "2015-01-03", "2019-06-30"),
    ("Exports fell from May 3 to June 2, 2018.", P, "from May 3 to June 2, 2018", "2018-05-03",
     "2018-06-02"),
    ("Crime soared in the seventies.", P, "the seventies", "1970-01-01", "1979-12-31"),
    ("The trial ran between 4-22 January, 2019.", P, "between 4-22 January, 2019",
     "2019-01-04", "2019-01-22"),
    ("The fair runs from 2 July to 10 July.", P, "from 2 July to 10 July", "2020-07-02",
     "2020-07-10"),
    ("Offices close April 9th through 17th.", P, "April 9th through 17th", "2020-04-09",
     "2020-04-17"),
    ("Leave was granted for a week starting tomorrow.", P, "week starting tomorrow",
     "2020-06-12", "2020-06-18"),
    ("Talks stalled over the weekend.", "2020-06-08", "weekend", "2020-06-06", "2020-06-07"),
    ("Shops open Monday through Friday.", P, "Monday through Friday", "2020-06-08",
     "2020-06-12"),
    ("Talks are set for the week of June 24.", P, "week of June 24", "2020-06-22",
     "2020-06-28"),
    ("The plant closed in March last year.", P, "March last year", "2019-03-01", "2019-03-31"),
    ("He vanished 1 month and 10 days ago.", P, "1 month and 10 days ago", "2020-05-01",
     "2020-05-01"),
    ("The talks broke down a couple of days ago.", P, "a couple of days ago", "2020-06-09",
     "2020-06-09"),
    ("Profits fell last quarter.", P, "last quarter", "2020-01-01", "2020-03-31"),
    ("Sales rose in the first half of the year.", P, "first half of the year", "2020-01-01",
     "2020-06-30"),
    ("Growth should pick up next quarter.", P, "next quarter", "2020-07-01", "2020-09-30"),
    ("The vote is scheduled for next week.", P, "next week", "2020-06-15", "2020-06-21"),
    ("The levee broke last fall.", P, "last fall", "2019-09-23", "2019-12-20"),
    ("The firm was sold a few days ago.", P, "a few days ago", "2020-06-04", "2020-06-09"),
    ("Prices soared over the past few weeks.", P, "the past few weeks", "2020-04-23",
     "2020-06-11"),
    ("Rationing began in the summer of 2018.", P, "summer of 2018", "2018-06-21",
     "2018-09-22"),
    # quarters by letter, parts of a year named relative to publication
    ("Revenue fell sharply in Q3.", P, "Q3", "2020-07-01", "2020-09-30"),
    ("The chain expects a rebound in Q1 next year.", P, "Q1 next year", "2021-01-01",
     "2021-03-31"),
    ("Output dropped in the second half of last year.", P, "second half of last year",
     "2019-07-01", "2019-12-31"),
    ("Layoffs are planned for the third quarter of next year.", P,
     "third quarter of next year", "2021-07-01", "2021-09-30"),
    # the present as one end of a range
    ("Prices have doubled between March and now.", P, "between March and now", "2020-03-01",
     "2020-06-11"),
    ("The dam must be repaired between now and June 30.", P, "between now and June 30",
     "2020-06-11", "2020-06-30"),
    ("Unemployment rose from 2012 to now.", P, "from 2012 to now", "2012-01-01", "2020-06-11"),
    # "coming" counts from publication even after "the"; a marked start joins a far end
    ("Talks will continue in the coming week.", P, "coming week", "2020-06-15", "2020-06-21"),
    ("The firm will move from next Monday to March 1, 2022.", P,
     "from next Monday to March 1, 2022", "2020-06-15", "2022-03-01"),
    # a count of units from the day that starts them
    ("Flights are grounded for 3 days starting Monday.", P, "3 days starting Monday",
     "2020-06-08", "2020-06-10"),
    ("The show runs for two weeks beginning June 20.", P, "two weeks beginning June 20",
     "2020-06-20", "2020-07-03"),
    ("Rail staff walked out for five days from Saturday.", P, "five days from Saturday",
     "2020-06-06", "2020-06-10"),
    ("Rail staff will walk out for five days from Saturday.", P, "five days from Saturday",
     "2020-06-13", "2020-06-17"),
    ("The talks resume five days from Saturday.", P, "five days from Saturday", "2020-06-11",
     "2020-06-11"),
    ("Staff met this week from Tuesday to Thursday.", P, "this week from Tuesday to Thursday",
     "2020-06-09", "2020-06-11"),
    # ranges of months, abbreviated or not, and a month to a part of another
    ("Exports slumped from March to May.", P, "from March to May", "2020-03-01", "2020-05-31"),
    ("Fares rose from Sep. to Nov.", P, "from Sep. to Nov", "2019-09-01", "2019-11-30"),
    ("The drought lasted from June-August 1992.", P, "from June-August 1992", "1992-06-01",
     "1992-08-31"),
    ("The museum was shut from April until the end of May.", P,
     "from April until the end of May", "2020-04-01", "2020-05-31"),
    # from the start of a period up to publication
    ("Sales are up 8% since the start of the year.", P, "since the start of the year",
     "2020-01-01", "2020-06-11"),
    ("Deaths so far this month rose.", P, "so far this month", "2020-06-01", "2020-06-11"),
    ("An ISO stamp: 2021-03-02T08:05:59.", P, "2021-03-02T08:05:59", "2021-03-02",
     "2021-03-02"),
    # holidays: fixed, from Easter, with a year or a marker
    ("The shops reopened after Christmas.", P, "Christmas", "2019-12-25", "2019-12-25"),
    ("The shops will reopen after Christmas.", P, "Christmas", "2020-12-25", "2020-12-25"),
    ("He died on Christmas Day 2018.", P, "Christmas Day 2018", "2018-12-25", "2018-12-25"),
    ("Talks stalled last Easter.", P, "last Easter", "2020-04-12", "2020-04-12"),
    ("The ferry sank on Easter Monday.", P, "Easter Monday", "2020-04-13", "2020-04-13"),
    ("The ceasefire ended on New Year's Eve.", P, "New Year's Eve", "2019-12-31",
     "2019-12-31"),
    ("Police were called the day after Good Friday.", P, "the day after Good Friday",
     "2020-04-11", "2020-04-11"),
    # approximate counts
    ("The mine closed a dozen years ago.", P, "a dozen years ago", "2006-06-11", "2010-06-11"),
    # a few units from publication on, no count written
    ("Aid will arrive in the coming days.", P, "the coming days", "2020-06-12", "2020-06-18"),
    ("Talks resume in the coming weeks.", P, "the coming weeks", "2020-06-12", "2020-07-30"),
    # parts of decades; qualified counts
    ("The plant closed in the late 1990s.", P, "the late 1990s", "1997-01-01", "1999-12-31"),
    ("Crime fell in the early seventies.", P, "the early seventies", "1970-01-01",
     "1973-12-31"),
    ("The bridge fell nearly two years ago.", P, "nearly two years ago", "2018-01-01",
     "2018-12-31"),
    # "this weekend" on a Monday: the one just past, unless the sentence is in the future
    ("Riots erupted this weekend.", "2020-06-08", "this weekend", "2020-06-06", "2020-06-07"),
    ("The vote will be held this weekend.", "2020-06-08", "this weekend", "2020-06-13",
     "2020-06-14"),
    ("The match will be played this weekend.", "2020-06-13", "this weekend", "2020-06-13",
     "2020-06-14"),
    # a bare weekday or month: the last one, the coming one after a future cue
    ("Talks will resume on Tuesday.", P, "Tuesday", "2020-06-16", "2020-06-16"),
    ("Police said on Tuesday they will act.", P, "Tuesday", "2020-06-09", "2020-06-09"),
    ("Elections will be held in March.", P, "March", "2021-03-01", "2021-03-31"),
    ("Prices rose in March.", P, "March", "2020-03-01", "2020-03-31"),
    ("Prices will have doubled since March.", P, "March", "2020-03-01", "2020-03-31"),
    ("The court sat on the first Monday in October.", P, "first Monday in October",
     "2019-10-07", "2019-10-07"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "surface", "earliest", "latest"), SPAN_CASES)
def test_spans(text: str, published: str, surface: str, earliest: str, latest: str) -> None:
    refs = find_times(text, published=published, profile=get_profile("en"))
    assert [(r.text, str(r.earliest), str(r.latest)) for r in refs] == [(surface, earliest, latest)]


# words that look like times but are not, in news sentences (each case may name the one time
# it does hold)
NOT_TIMES: list[str | tuple[str, ...]] = [
    "Officials may extend the curfew.",
    "A second round of talks failed.",
    "The probe to Mars was launched.",
    "Sales of 2,015 units were recorded over the next quarter of a mile.",
    "The last 300 metres were the hardest.",
    "The striker wore the 10.",
    ("Prices rose 20 last month.", "last month"),
    "A 3/4 majority is needed.",
    "The service runs 24/7.",
    "The fall of the regime was swift.",
    "Prices fall every week.",
    "They called it the summer of love.",
    "Airlines fill fewer seats in winter.",
    "Between 1500 and 2000 people marched.",
    "He scored twice in the second half.",
    "Support rose from 3/4 to 4/5 of voters.",
    "He has been held since 4/5.",
    "He was charged and now faces trial.",
    "Audi said its Q5 sold well.",
    "The verdict came within two days of the hearing.",
    "The strike will last three days.",
    "Talks may last two weeks.",
    # a point two weeks on, as "dans 2 semaines à partir de lundi": not a span from Monday
    ("He will be back in 2 weeks starting Monday.", "in 2 weeks", "Monday"),
    "Protesters want to march to May Street.",
    "They plan to march to Parliament and may stay.",
    "Sales fell over the Christmas holidays.",
    "Christmas Island lies south of Java.",
    "The Easter eggs sold out.",
    "Halloween costumes were banned.",
    "A dozen miners were trapped.",
    "In the following days, police arrested him.",
    "The dam was built more than a decade ago.",
    "He left just over a year ago.",
]


@pytest.mark.parametrize("case", NOT_TIMES)
def test_not_times(case: str | tuple[str, ...]) -> None:
    text, *held = (case,) if isinstance(case, str) else case
    refs = find_times(text, published=P, profile=get_profile("en"))
    assert [r.text for r in refs if r.granularity != "unknown"] == held
