"""English quantities: one row per expression, and texts that hold none."""

from __future__ import annotations

import pytest
from text_to_num import find_numbers as text2num

from claimcheck.ground.quantity import find_numbers, find_quantities
from claimcheck.ground.quantity_tokens import Tokens
from claimcheck.lang import get_profile
from claimcheck.models import Quantity

EN = get_profile("en")
NB = "\u00a0"

# text, span, value, bound, unit, dimension, noun
FOUND = [
    ("$4.4 billion", "$4.4 billion", 4.4e9, "exact", "USD", "money", None),
    ("a $4.4bn fine", "$4.4bn", 4.4e9, "exact", "USD", "money", None),
    ("US$3 million", "US$3 million", 3e6, "exact", "USD", "money", None),
    ("£5m", "£5m", 5e6, "exact", "GBP", "money", None),
    ("€1.2 billion", "€1.2 billion", 1.2e9, "exact", "EUR", "money", None),
    ("4.4 billion dollars", "4.4 billion dollars", 4.4e9, "exact", "USD", "money", None),
    ("4,4 billion dollars", "4,4 billion dollars", 4.4e9, "exact", "USD", "money", None),
    (
        "billions of dollars: 3 billion of dollars",
        "3 billion of dollars",
        3e9,
        "exact",
        "USD",
        "money",
        None,
    ),
    ("1.200 euros", "1.200 euros", 1200, "exact", "EUR", "money", None),  # no thousandths of a euro
    ("1.200 euros", "1.200 euros", 1200, "exact", "EUR", "money", None),  # no thousandths of a euro
    (f"1{NB}200 euros", f"1{NB}200 euros", 1200, "exact", "EUR", "money", None),
    ("1,200.50 dollars", "1,200.50 dollars", 1200.5, "exact", "USD", "money", None),
    ("$10k", "$10k", 10000, "exact", "USD", "money", None),
    ("at least 40 dead", "at least 40 dead", 40, "at_least", None, "count", "dead"),
    ("47 people", "47 people", 47, "exact", None, "count", "people"),
    (
        "more than 3,000 protesters",
        "more than 3,000 protesters",
        3000,
        "more_than",
        None,
        "count",
        "protesters",
    ),
    ("over 200 flights", "over 200 flights", 200, "more_than", None, "count", "flights"),
    ("nearly 2,000 people", "nearly 2,000 people", 2000, "approx", None, "count", "people"),
    ("almost 50%", "almost 50%", 50, "approx", "%", "percent", None),
    ("about 300 workers", "about 300 workers", 300, "approx", None, "count", "workers"),
    ("around 12 percent", "around 12 percent", 12, "approx", "%", "percent", None),
    ("some 500 troops", "some 500 troops", 500, "approx", None, "count", "troops"),
    ("up to 18 months", "up to 18 months", 18, "at_most", "month", "duration", None),
    ("fewer than 40 people", "fewer than 40 people", 40, "less_than", None, "count", "people"),
    ("less than $1 million", "less than $1 million", 1e6, "less_than", "USD", "money", None),
    ("40 or more", "40 or more", 40, "at_least", None, "count", None),
    ("2,750 employees", "2,750 employees", 2750, "exact", None, "count", "employees"),
    ("two weeks", "two weeks", 14, "exact", "day", "duration", None),
    ("a year", "a year", 12, "exact", "month", "duration", None),
    ("a year and a half", "a year and a half", 18, "exact", "month", "duration", None),
    ("one and a half years", "one and a half years", 18, "exact", "month", "duration", None),
    ("eighteen months", "eighteen months", 18, "exact", "month", "duration", None),
    ("for 10 days", "10 days", 10, "exact", "day", "duration", None),
    ("an hour", "an hour", 1, "exact", "hour", "duration", None),
    ("three hundred people", "three hundred people", 300, "exact", None, "count", "people"),
    ("twenty-one people", "twenty-one people", 21, "exact", None, "count", "people"),
    ("a million people", "a million people", 1e6, "exact", None, "count", "people"),
    ("two million dollars", "two million dollars", 2e6, "exact", "USD", "money", None),
    ("30 percent", "30 percent", 30, "exact", "%", "percent", None),
    ("30 per cent", "30 per cent", 30, "exact", "%", "percent", None),
    ("30%", "30%", 30, "exact", "%", "percent", None),
    ("4.5%", "4.5%", 4.5, "exact", "%", "percent", None),
    ("2 percentage points", "2 percentage points", 2, "exact", "pp", "percent", None),
    ("5 miles", "5 miles", 8046.72, "exact", "m", "measure", None),
]

RANGES = [
    ("between 10,000 and 12,000", "between 10,000 and 12,000", 10000, 12000),
    ("10,000-12,000", "10,000-12,000", 10000, 12000),
    ("from 10 to 12 million", "from 10 to 12 million", 10e6, 12e6),
    ("$10-12 billion", "$10-12 billion", 10e9, 12e9),
    ("between 2 and 3 years", "between 2 and 3 years", 24, 36),
    ("10 to 15 people", "10 to 15 people", 10, 15),
]

NONE = [
    "a software",
    "one of them",
    "in 2020",
    "2021 was hard",
    "June 10",
    "on June 10, 2020",
    "the 21st century",
    "the 2nd time",
    "the first time",
    "at 20:02",
    "the A320",
    "COVID-19",
    "the G7",
    "1. TDN",
    "No. 2",
    "number 10",
    "#5",
    "call 555-123-4567",
    "+1 212 555 0100",
    "from 2019 to 2021",
    "between 2019 and 2021",
    "2019-2021",
    "on 2020-06-11",
    "on 06/11/2020",
    "hundreds of people",
    "millions of dollars",
    "a 100m sprint",
    "version 1.2.3",
    "at 8 hours",
    "24/7",
]


def _one(text: str) -> Quantity:
    found = find_quantities(text, profile=EN)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start : q.end] == q.text
    return q


Row = tuple[str, str, float, str, str | None, str, str | None]


@pytest.mark.parametrize("row", FOUND, ids=[row[0] for row in FOUND])
def test_quantity_found(row: Row) -> None:
    text, span, value, bound, unit, dimension, noun = row
    q = _one(text)
    assert (q.text, q.bound, q.unit, q.dimension, q.noun) == (span, bound, unit, dimension, noun)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "span", "low", "high"), RANGES)
def test_quantity_range(text: str, span: str, low: float, high: float) -> None:
    q = _one(text)
    assert (q.text, q.bound) == (span, "range")
    assert (q.low, q.high, q.value) == (pytest.approx(low), pytest.approx(high), pytest.approx(low))


@pytest.mark.parametrize("text", NONE)
def test_quantity_none(text: str) -> None:
    assert find_quantities(text, profile=EN) == []


def test_quantity_bounds_en() -> None:
    (near,) = find_quantities("nearly 2,000", profile=EN)
    assert (near.low, near.high) == (1800, 2000)
    (about,) = find_quantities("about 100", profile=EN)
    assert (about.low, about.high) == (90, 110)


def test_quantity_sentence_en() -> None:
    text = (
        "On June 10, 2020, at least 40 people died and more than 3,000 were hurt; "
        "the $4.4 billion fine is due within 18 months."
    )
    found = find_quantities(text, profile=EN)
    assert [q.text for q in found] == [
        "at least 40 people",
        "more than 3,000",
        "$4.4 billion",
        "18 months",
    ]
    assert all(text[q.start : q.end] == q.text for q in found)


# text, span, value, unit, kind
KINDS = [
    ("Three hundred rescuers were sent.", "Three hundred rescuers", 300, None, "rescuers"),
    ("About 450 rescue workers", "About 450 rescue workers", 450, None, "rescuers"),
    ("12 people were killed on Sunday", "12 people", 12, None, "dead"),
    ("the blast left 12 dead", "12 dead", 12, None, "dead"),
    ("killing at least 7 people", "at least 7 people", 7, None, "dead"),
    ("40 people died and 3 were hurt", "40 people", 40, None, "dead"),
    ("some 60 injured people", "some 60 injured", 60, None, "injured"),
    ("five people remain missing", "five people", 5, None, "missing"),
    ("2,000 residents were evacuated", "2,000 residents", 2000, None, "displaced"),
    ("police arrested 14 protesters", "14 protesters", 14, None, "arrested"),
    ("14 protesters marched", "14 protesters", 14, None, "protesters"),
    ("three soldiers were killed", "three soldiers", 3, None, "dead"),
    ("killing 12 soldiers", "12 soldiers", 12, None, "dead"),
    # a compound's head names the people; the verb after it, what happened to them
    ("Twelve crew members were killed in the blast.", "Twelve crew", 12, None, "dead"),
    ("The 40 crew members were rescued.", "40 crew", 40, None, "members"),
    # a bare number joined to a length and followed by a dimension's words: its unit
    ("The ship is 400 metres long and 59 wide.", "59", 59, "m", "width"),
    ("The tower is 300 feet tall and 40 wide.", "40", 12.192, "m", "width"),
    ("The pool is 50 metres long by 25 wide.", "25", 25, "m", "width"),
    ("The ship is 400 metres long and 59 crew members sailed it.", "59", None, None, None),
    # English participles do not inflect: no agreement is asked of them
    ("120 soldiers in the region injured", "120 soldiers", 120, None, "injured"),
    ("300 rescue workers were deployed", "300 rescue workers", 300, None, "rescuers"),
    ("14 people were arrested", "14 people", 14, None, "arrested"),
    ("over 200 homes were destroyed", "over 200 homes", 200, None, "buildings"),
    ("35 cars were torched", "35 cars", 35, None, "vehicles"),
    ("a 120-metre tower", "120-metre", 120, "m", "length"),
    ("a 300-metre-long pier", "300-metre", 300, "m", "length"),
    ("the dam is 40 metres wide", "40 metres", 40, "m", "width"),
    ("a 12-metre-wide breach", "12-metre", 12, "m", "width"),
    ("a 5-metre-high wave", "5-metre", 5, "m", "height"),
    ("the tower stands 90 metres tall", "90 metres", 90, "m", "height"),
    ("the quake struck at a depth of 10 km", "10 km", 10000, "m", "depth"),
    ("a 10-km-deep fault", "10-km", 10000, "m", "depth"),
    ("a queue 2 km long", "2 km", 2000, "m", "length"),
    ("a 6.2-magnitude quake", "6.2-magnitude", 6.2, "magnitude", "magnitude"),
    ("a magnitude 7 earthquake", "magnitude 7", 7, "magnitude", "magnitude"),
    ("it had a magnitude of about 7", "a magnitude of about 7", 7, "magnitude", "magnitude"),
    (
        "a magnitude of at least 6.5 was recorded",
        "a magnitude of at least 6.5",
        6.5,
        "magnitude",
        "magnitude",
    ),
    ("gusts of 80 mph", "80 mph", 128.74752, "km/h", "speed"),
    ("temperatures hit 45°C", "45°C", 45, "°C", "temperature"),
    ("it was 38 degrees in the shade", "38 degrees", 38, "°", "temperature"),
    ("the blast caused the deaths of 14 people", "14 people", 14, None, "dead"),
    ("they mourned the death of 3 soldiers", "3 soldiers", 3, None, "dead"),
    ("the epicentre lay at 31.2 degrees north", "31.2 degrees", 31.2, "°", "coordinate"),
    ("at longitude 112 degrees, the buoy", "112 degrees", 112, "°", "coordinate"),
    ("the bus made a 180-degree turn", "180-degree", 180, "°", "angle"),
    ("a 34-year-old man", "34-year-old", 408, "month", "age"),
    ("$4.4bn in aid", "$4.4bn", 4.4e9, "USD", "money"),
    ("€2.5m contract", "€2.5m", 2.5e6, "EUR", "money"),
    ("1.2 million people", "1.2 million people", 1.2e6, None, "people"),
    ("two thirds of voters", "two thirds", 66.666666667, "%", "percent"),
    ("one in five adults", "one in five", 20, "%", "percent"),
    ("3,000 tonnes of grain", "3,000 tonnes", 3e6, "kg", "weight"),
    ("a third term", "a third", None, None, None),
    ("12 people, including three children, were killed", "12 people", 12, None, "dead"),
    ("12 people, and 3 were injured", "12 people", 12, None, "people"),
    ("The death toll has risen to 418, officials said.", "418", 418, None, "dead"),
    ("The death toll from the storm rose to 19 on Saturday.", "19", 19, None, "dead"),
    ("the toll rose to 21 after rescuers found two bodies", "21", 21, None, "dead"),
    ("the number of people killed in the attack has risen to 90", "90", 90, None, "dead"),
    ("By noon the toll had climbed to 57.", "57", 57, None, "dead"),
    ("the death toll now stands at 1,350", "1,350", 1350, None, "dead"),
    ("The number of injured rose to more than 90.", "more than 90", 90, None, "injured"),
    ("the injury toll reached 33", "33", 33, None, "injured"),
    ("The toll road costs 12 to use.", "12", 12, None, None),
    ("the death toll rose by 40 overnight", "40", 40, None, None),
    ("the toll reached 214 Sunday", "214", 214, None, "dead"),
    ("a team of 40 members flew out", "40 members", 40, None, "members"),
    ("three members of the crew were killed", "three members", 3, None, "dead"),
    # survivors are found alive, not displaced (French "survivants", "rescapés" alike)
    ("Crews pulled 12 survivors from the collapsed block.", "12 survivors", 12, None, "survivors"),
    # people counted by what they are take what happened to them from a verb that says it
    ("The outbreak has left 1,500 patients in hospital.", "1,500 patients", 1500, None, "patients"),
    ("The outbreak killed 12 patients.", "12 patients", 12, None, "dead"),
    # homes counted by the supply they lost are households, as "households" are
    ("Some 1,200 homes were left without power.", "Some 1,200 homes", 1200, None, "households"),
    ("The floods destroyed 1,200 homes.", "1,200 homes", 1200, None, "buildings"),
    (
        "300 homes were damaged, and the town was without power.",
        "300 homes",
        300,
        None,
        "buildings",
    ),
    # what the toll is of, however long, possessives included
    (
        "The death toll from Sunday's landslide in the Alpine valley rose to 23.",
        "23",
        23,
        None,
        "dead",
    ),
    ("The toll from the floods in the region's south climbed to 41.", "41", 41, None, "dead"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "kind"), KINDS)
def test_quantity_kind_en(
    text: str, span: str, value: float | None, unit: str | None, kind: str | None
) -> None:
    found = find_quantities(text, profile=EN)
    if value is None:
        assert all(q.text != span for q in found)
        return
    (q,) = [q for q in found if q.text == span]
    assert (q.unit, q.kind, q.plausible) == (unit, kind, True)
    assert q.value == pytest.approx(value)


def test_quantity_ranges_and_bounds_en() -> None:
    (between,) = find_quantities("between 20,000 and 25,000 people", profile=EN)
    assert (between.bound, between.low, between.high) == ("range", 20000, 25000)
    (joined,) = find_quantities("at most 100 and at least 20 boats", profile=EN)
    assert (joined.bound, joined.low, joined.high, joined.kind) == ("range", 20, 100, "ships")
    (cold,) = find_quantities("it was -5 °C", profile=EN)
    assert (cold.value, cold.unit) == (-5, "°C")
    (comma,) = find_quantities("1,200 dollars", profile=EN)
    assert comma.value == 1200


# text, span, value, unit
FORMS = [
    ("two thirds of the council", "two thirds", 66.666666667, "%"),
    ("half of the votes", "half", 50, "%"),
    ("half a million people", "half a million people", 5e5, None),
    ("two million and a half", "two million and a half", 2.5e6, None),
    ("three and a fifth", "three and a fifth", 3.2, None),
    ("$3 and 40 cents", "$3 and 40 cents", 3.4, "USD"),
    ("470 pence", "470 pence", 4.7, "GBP"),
    ("25 pounds of cocaine", "25 pounds", 11.33980925, "kg"),
    ("500 million pounds", "500 million pounds", 5e8, "GBP"),
    ("a 1/4 mile track", "1/4 mile", 402.336, "m"),
    ("a six-mile queue", "six-mile", 9656.064, "m"),
    ("a three-day strike", "three-day", 3, "day"),
    ("it fell to minus 12", "minus 12", -12, None),
    ("one mile", "one mile", 1609.344, "m"),
    ("4 thousand 3 hundred and 21 ballots", "4 thousand 3 hundred and 21 ballots", 4321, None),
    ("a third term", None, None, None),
    ("a degree in law", None, None, None),
    ("24/7", None, None, None),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), FORMS)
def test_quantity_forms_en(
    text: str, span: str | None, value: float | None, unit: str | None
) -> None:
    found = find_quantities(text, profile=EN)
    if value is None:
        assert found == []
        return
    (q,) = [q for q in found if q.text == span]
    assert q.unit == unit
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("between 2019 and 2021", [2019, 2021]),
        ("one", [1]),
        ("five eighths", [0.625]),
        ("1.3e6", [1.3e6]),
        ("3/4", [0.75]),
        ("10M", [1e7]),
        (".08", [0.08]),
    ],
)
def test_find_numbers_en(text: str, values: list[float]) -> None:
    found = [q.value for q in find_numbers(text, profile=EN)]
    assert found == pytest.approx(values)


@pytest.mark.parametrize(
    "text",
    [
        "A hundred and twenty volunteers cleared the riverbank on Saturday.",
        "For the second time this month, the council postponed its vote.",
        "Ninety-nine flights were cancelled and a six-mile queue formed.",
        "The twenty-first edition of the fair opens in the spring.",
        "The mayor thanked the crews who came from across the county.",
        "The toll rose to 14, the regional authority said on Monday.",
    ],
)
def test_spelled_numbers_read_as_text2num_reads_the_whole_text_en(text: str) -> None:
    """text2num is asked only about texts with a word it reads alone as a number: the numbers
    and ordinals found are those text2num finds in the whole text."""
    tokens = Tokens(text, EN.numbers)
    words: dict[int, tuple[int, float]] = {}
    ordinals: dict[int, tuple[int, float]] = {}
    for found in text2num(tokens.toks, "en", 0):
        target = ordinals if found.is_ordinal else words
        target[found.start] = (found.end, float(found.value))
    assert (tokens.words, tokens.ordinals) == (words, ordinals)
    assert bool(words or ordinals) == any(
        t.raw.lower() in ("hundred", "twenty", "second", "ninety-nine", "six", "twenty-first")
        for t in tokens.toks
    )


def test_quantity_bound_between_unit_and_number_en() -> None:
    """A bound between a unit written first and its number bounds the measure."""
    (about,) = find_quantities("a magnitude of about 7 shook the coast", profile=EN)
    assert (about.bound, about.low, about.high) == ("approx", 6.3, 7.7)
    (least,) = find_quantities("a magnitude of at least 6.5 was recorded", profile=EN)
    assert (least.bound, least.low, least.high) == ("at_least", 6.5, None)
