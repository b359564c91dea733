"""English quantities in the forms newsrooms write: temperatures, percentages before their
number; each reading beside look-alikes that must stay something else."""

from __future__ import annotations

import pytest

from claimcheck.ground.quantity import find_numbers, find_quantities
from claimcheck.lang import get_profile

EN = get_profile("en")

# text, span, value (low for a range), high, unit
TEMPERATURES = [
    ("Temperatures climbed to 39C in Seville on Monday.", "39C", 39, 39, "°C"),
    ("The mercury touched 106F in the valley.", "106F", 106, 106, "°F"),
    ("Forecasters expect highs of 31-34C by the weekend.", "31-34C", 31, 34, "°C"),
    ("Temperatures of 18 to 22C are forecast for the coast.", "18 to 22C", 18, 22, "°C"),
    ("Overnight lows fell to -9C, the coldest night so far.", "-9C", -9, -9, "°C"),
    ("Temperatures dropped to minus 14C in the hills.", "minus 14C", -14, -14, "°C"),
    ("Warming must be held to 1.5C, the climate envoy said.", "1.5C", 1.5, 1.5, "°C"),
    ("The thermometer read 41.7C, a national record.", "41.7C", 41.7, 41.7, "°C"),
    ("Rescuers worked in 12 degrees below zero.", "12 degrees below zero", -12, -12, "°"),
    ("It was 28 degrees Fahrenheit at the stadium.", "28 degrees Fahrenheit", 28, 28, "°F"),
    ("A reading of 97°F was logged at noon.", "97°F", 97, 97, "°F"),
    ("The lake stood at -2 °C on Friday.", "-2 °C", -2, -2, "°C"),
    ("Temperatures between 26 and 29 °C are expected.", "between 26 and 29 °C", 26, 29, "°C"),
    ("Frost: minus 6 degrees in the suburbs.", "minus 6 degrees", -6, -6, "°"),
    ("Patients arrived with fevers of 39.5 celcius.", "39.5 celcius", 39.5, 39.5, "°C"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), TEMPERATURES)
def test_temperature_forms_en(text: str, span: str, low: float, high: float, unit: str) -> None:
    found = [q for q in find_quantities(text, profile=EN) if q.text == span]
    assert len(found) == 1, find_quantities(text, profile=EN)
    q = found[0]
    assert (q.low, q.high, q.unit, q.kind) == (low, high, unit, "temperature")
    assert q.plausible


# a glued capital is no temperature where nothing speaks of heat; a lower-case "c" is cents
NOT_TEMPERATURES = [
    "The pilot sat in seat 2F and the co-pilot in 2C.",
    "She lives in flat 12C on the fourth floor.",
    "Pupils in class 4C were sent home in the heat.",
    "A stamp now costs 85c at the post office, the heat of the debate aside.",
    "The 4G network reached 30F units of the fleet.",
]


@pytest.mark.parametrize("text", NOT_TEMPERATURES)
def test_glued_capital_is_no_temperature_en(text: str) -> None:
    assert all(q.kind != "temperature" for q in find_quantities(text, profile=EN))


def test_fahrenheit_heat_is_plausible_en() -> None:
    (hot,) = find_quantities("The heatwave brought 112 degrees Fahrenheit.", profile=EN)
    assert (hot.value, hot.unit, hot.plausible) == (112, "°F", True)
    (odd,) = find_quantities("The heatwave brought 450 degrees Fahrenheit.", profile=EN)
    assert not odd.plausible  # 232 °C


# a percent word before its number: the number is the percentage, if nothing is counted after
PERCENT_FIRST = [
    ("per cent of 35", 35),
    ("percentage of sixty", 60),
]


@pytest.mark.parametrize(("text", "value"), PERCENT_FIRST)
def test_percent_word_before_number_en(text: str, value: float) -> None:
    for found in (find_quantities(text, profile=EN), find_numbers(text, profile=EN, bounds=True)):
        (q,) = found
        assert (q.value, q.unit, q.text) == (value, "%", text)


@pytest.mark.parametrize(
    "text",
    [
        "The percentage of 16-year-olds in work fell.",
        "Turnout rose to 61 percent of 40 million voters.",
        "The percentage of 30 schools inspected was not given.",
    ],
)
def test_percent_word_before_a_count_is_no_percentage_en(text: str) -> None:
    found = find_quantities(text, profile=EN)
    assert [q.value for q in found if q.unit == "%"] == ([61] if "61" in text else [])


def test_an_article_before_a_percent_word_is_no_percentage_en() -> None:
    text = "Analysts would not give a percentage for the fall."
    assert find_numbers(text, profile=EN, bounds=True) == []
    assert [q.value for q in find_numbers("a 5 percent fall", profile=EN, bounds=True)] == [5]


# text, span, value, unit, kind: lengths and counts in compact newsroom forms
COMPACT = [
    ("The suspect is 1.8m tall, police said.", "1.8m", 1.8, "m", "height"),
    ("A 30m-long fin whale washed up.", "30m", 30, "m", "length"),
    ("The waves reached a height of 4m.", "4m", 4, "m", "height"),
    ("About 3m people lost power.", "About 3m people", 3e6, None, "people"),
    ("Some 1.2m households were told to boil water.", "Some 1.2m households", 1.2e6, None, None),
    ("The 6ft 2in forward signed on Friday.", "6ft 2in", 1.8796, "m", "length"),
    ("The suspect is described as 5 ft 9 in tall.", "5 ft 9 in", 1.7526, "m", "height"),
    ("Half a dozen people were hurt.", "Half a dozen people", 6, None, "injured"),
    ("A ½ mile stretch of the road was shut.", "½ mile", 804.672, "m", "length"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "kind"), COMPACT)
def test_compact_forms_en(
    text: str, span: str, value: float, unit: str | None, kind: str | None
) -> None:
    found = [q for q in find_quantities(text, profile=EN) if q.text == span]
    assert len(found) == 1, find_quantities(text, profile=EN)
    assert found[0].value == pytest.approx(value)
    assert found[0].unit == unit
    if kind is not None:
        assert found[0].kind == kind


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("He won the 100m sprint in Rome.", []),  # metres or millions: nothing says which
        ("The 400m ship ran aground.", []),  # a ship may be 400 metres long
        ("A 3m crocodile was seen near the beach.", []),
        ("The wall is 3 m 2 in the report's sketch.", [3.0, 2.0]),  # no inches there
        ("A 40 km drive, then 2 in the morning.", [40000.0, 2.0]),
        ("He is 5 feet 2 in height.", [1.524, 2.0]),
    ],
)
def test_compact_look_alikes_en(text: str, values: list[float]) -> None:
    assert [q.value for q in find_quantities(text, profile=EN)] == pytest.approx(values)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Two-thirds of the seats changed hands.", "Two-thirds", 200 / 3),
        ("One-third of voters stayed at home.", "One-third", 100 / 3),
        ("Three-quarters of residents have left.", "Three-quarters", 75),  # not 9 months
    ],
)
def test_hyphenated_fractions_are_proportions_en(text: str, span: str, value: float) -> None:
    (q,) = find_quantities(text, profile=EN)
    assert (q.text, q.unit) == (span, "%")
    assert q.value == pytest.approx(value)


def test_hyphenated_ordinals_stay_ordinals_en() -> None:
    assert find_quantities("It was his twenty-third goal of the season.", profile=EN) == []


@pytest.mark.parametrize(
    "text",
    [
        "United won 3-1 at home.",  # a score
        "The court ruled 5-4 against the state.",  # a split
        "The final ended 2-2 after extra time.",
        "Tens of thousands of people fled the city.",  # a multitude, not 10 "thousands"
        "Hundreds of thousands of homes lost power.",
    ],
)
def test_scores_and_multitudes_are_no_figures_en(text: str) -> None:
    assert find_quantities(text, profile=EN) == []


def test_an_increasing_dash_is_still_a_range_en() -> None:
    (q,) = find_quantities("Some 4,000-5,000 people marched.", profile=EN)
    assert (q.low, q.high, q.kind) == (4000, 5000, "people")
