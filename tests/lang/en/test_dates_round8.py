"""English dates read this round: a yearless day or month in a past-tense clause is the last
one, not the coming one; announcements and unclear clauses keep the coming one: text +
publication -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

EN = get_profile("en")
#: a Wednesday; "March 24" lies two weeks after it, "April" in the coming month
PUBLISHED = "2021-03-10"


def _days(text: str, published: str = PUBLISHED) -> list[tuple[str, str, str]]:
    return [
        (r.text, str(r.earliest), str(r.latest))
        for r in find_times(text, published=published, profile=EN)
        if r.earliest is not None
    ]


PAST = [
    ("He died on March 24.", "March 24", "2020-03-24"),
    ("He died March 24 at his home.", "March 24", "2020-03-24"),
    ("Three people were killed in the attack on March 24.", "March 24", "2020-03-24"),
    ("The plant has closed on March 24, the union said.", "March 24", "2020-03-24"),
    ("The suspect, who was arrested on March 24, denies the charges.", "March 24", "2020-03-24"),
    ("She said on March 24 that she would resign.", "March 24", "2020-03-24"),
    ("Two hundred people marched on March 24.", "March 24", "2020-03-24"),
    ("The company had closed its doors on 3/24.", "3/24", "2020-03-24"),
    ("He was born in April.", "April", "2020-04-01"),
]


@pytest.mark.parametrize(("text", "surface", "day"), PAST)
def test_a_past_clause_reads_the_last_such_day(text: str, surface: str, day: str) -> None:
    assert next(d for d in _days(text) if d[0] == surface)[1] == day


# the coming day: a future or present announcement, or a clause whose tense is not the date's
COMING = [
    ("The hearing will be held on March 24.", "March 24"),
    ("The suspect will be tried on March 24 for crimes he committed in 2019.", "March 24"),
    ("The vote is scheduled for March 24.", "March 24"),
    ("The hearing is on March 24.", "March 24"),
    ("Elections take place on March 24.", "March 24"),
    ("The vote was postponed until March 24.", "March 24"),
    ("The vote was postponed to March 24.", "March 24"),
    ("Organizers announced a march on March 24.", "March 24"),
    ("The company had warned investors on 3/24.", "3/24"),
    ("They agreed to meet on March 24.", "March 24"),
    ("He said he would resign on March 24.", "March 24"),
    ("The man who was arrested faces trial on March 24.", "March 24"),
    ("She was arrested and appears in court on March 24.", "March 24"),
    ("He is to be sentenced on March 24.", "March 24"),
    ("The planned strike on March 24 was called off.", "March 24"),
    ("The talks lasted from March 2 until March 24.", "March 24"),
]


@pytest.mark.parametrize(("text", "surface"), COMING)
def test_an_announcement_or_unclear_clause_keeps_the_coming_day(text: str, surface: str) -> None:
    found = [d for d in _days(text) if surface in d[0]]
    assert found and found[0][2] == "2021-03-24", _days(text)


def test_a_past_clause_leaves_a_day_by_publication_and_a_written_year_alone() -> None:
    assert _days("He died on March 2.")[0][1] == "2021-03-02"
    assert _days("He died on March 24, 2021.")[0][1] == "2021-03-24"
    assert _days("The vote will be held in April.")[0][1] == "2021-04-01"
    assert _days("Sales fell in March.")[0][1] == "2021-03-01"  # the current month


def test_a_month_of_publication_bounds_the_past_by_its_last_day() -> None:
    # published some day of March 2021: March 24 may be past, April 5 may not
    assert _days("He died on March 24.", "2021-03") == [("March 24", "2021-03-24", "2021-03-24")]
    assert _days("He died on April 5.", "2021-03") == [("April 5", "2020-04-05", "2020-04-05")]
    assert _days("He will leave on April 5.", "2021-03")[0][1] == "2021-04-05"


FRIDAY = "2021-03-12"


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        # a count of business days is that many weekdays on, the weekend left out
        ("Funds will clear in one business day.", "in one business day", "2021-03-15"),
        ("The refund arrives in five business days.", "in five business days", "2021-03-19"),
        ("Payment is due in 3 working days.", "in 3 working days", "2021-03-17"),
        ("The notice expires four business days from now.", "four business days from now",
         "2021-03-18"),
    ],
)  # fmt: skip
def test_business_days_skip_the_weekend(text: str, surface: str, day: str) -> None:
    assert _days(text, FRIDAY) == [(surface, day, day)]


def test_business_days_as_a_length_stay_undated() -> None:
    assert _days("Shares fell 8% in four business days.", FRIDAY) == []
    assert _days("It was processed in five business days.", FRIDAY) == []
    assert _days("The firm has 10 business days to respond.", FRIDAY) == []
    # calendar days after "in" still need a future cue
    assert _days("Prices rose 5% in four days.", FRIDAY) == []


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        # a weekday and a day number: the month where they meet, the last one in the past
        ("He died on Friday the 26th.", "Friday the 26th", "2021-02-26"),
        ("He will arrive on Friday the 26th.", "Friday the 26th", "2021-03-26"),
        # a bare day after a future cue is the coming one
        ("He will arrive on the 26th.", "26th", "2021-03-26"),
        ("The vote will be held on the 5th.", "5th", "2021-04-05"),
        ("The vote was held on the 26th.", "26th", "2021-02-26"),
        ("He arrived on the 26th.", "26th", "2021-02-26"),
        ("He will arrive on the 10th.", "10th", "2021-03-10"),  # publication's own day
    ],
)
def test_a_day_number_follows_the_tense(text: str, surface: str, day: str) -> None:
    assert _days(text) == [(surface, day, day)]


def _events(text: str) -> list[tuple[str, int | None]]:
    return [
        (r.text, r.offset_days)
        for r in find_times(text, published=PUBLISHED, profile=EN)
        if r.anchor == "event"
    ]


def test_next_day_without_its_article_counts_from_the_event() -> None:
    # British news drops the article: "released next day", as "the next day"
    assert _events("He was released next day.") == [("next day", 1)]
    assert _events("Next day, the talks resumed.") == [("Next day", 1)]
    assert _events("He left the next day.") == [("the next day", 1)]
    # a noun's modifier is no day
    assert _events("It offers next-day delivery.") == []
    assert _events("Next day delivery is free.") == []


@pytest.mark.parametrize(
    "text",
    [
        # the date of a noun, a passive after an adverb or a contracted "is", a date ahead
        "The judge has given him a March 24 deadline.",
        "He is to be formally sentenced March 24.",
        "He faces life in prison when he's sentenced March 24.",
        "The judge ordered him held without bail pending his next hearing March 24.",
    ],
)
def test_a_past_form_that_is_not_the_dates_keeps_the_coming_day(text: str) -> None:
    assert _days(text)[0][1] == "2021-03-24"


def test_a_participle_clause_in_the_past_reads_the_last_day() -> None:
    # "fired on March 24," published on 10 March: the year before
    assert _days("Smith, fired on March 24, is suing the club.")[0][1] == "2020-03-24"


@pytest.mark.parametrize(
    ("text", "published", "first"),
    [
        # a holiday or a season begun after publication is last year's in the past tense
        ("He died at Christmas.", "2021-12-10", "2020-12-25"),
        ("He will return at Christmas.", "2021-12-10", "2021-12-25"),
        ("Shops are open at Christmas.", "2021-12-10", "2021-12-25"),
        ("He died in the spring.", "2021-03-10", "2020-03-20"),
        ("The vote will be held in the spring.", "2021-03-10", "2021-03-20"),
        ("He died in the winter.", "2021-01-10", "2020-12-21"),  # begun by publication
    ],
)
def test_holidays_and_seasons_follow_the_tense(text: str, published: str, first: str) -> None:
    assert _days(text, published)[0][1] == first


def test_a_range_of_days_after_its_past_verb_is_the_last_one() -> None:
    assert _days("Fighting raged between March 23 and March 24.") == [
        ("between March 23 and March 24", "2020-03-23", "2020-03-24")
    ]
    assert _days("They died on March 23 and 24.")[0][1:] == ("2020-03-23", "2020-03-24")
    # the present keeps the coming one; "postponed to" is no range
    assert _days("The fair runs between March 23 and March 24.")[0][1] == "2021-03-23"
    assert _days("The vote was postponed to March 24.")[0][1] == "2021-03-24"
