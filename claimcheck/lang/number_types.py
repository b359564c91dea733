"""Typed tables of number words and units that each language fills (see lang/fr/numbers.py).

Every table is keyed by the words as written (lower-case, any apostrophe written `'`) and
maps them onto one canonical meaning: a multiplier, an ISO currency code, a canonical unit, a
bound. The parser in `claimcheck.ground.quantity` reads only these tables, so adding a
language means filling one `NumberVocabulary` in `lang/<code>/numbers.py` and one
`KindVocabulary` (what counted nouns and verbs count: dead, injured, rescuers...) in
`lang/<code>/kinds.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from claimcheck.models import Bound

#: where an approximate bound puts the stated value: "about 40" is 40 give or take ("both"),
#: "nearly 40" is a little under 40 ("below"); other bounds ignore it ("none")
Lean = Literal["both", "below", "none"]

#: canonical duration units: years and months count in months, weeks and days in days
DurationUnit = Literal["month", "day", "hour", "minute", "second"]

#: currency symbols and ISO codes shared by every language, usable before or after the number
CURRENCY_SYMBOLS: Mapping[str, str] = {
    "$": "USD",
    "us$": "USD",
    "$us": "USD",
    "usd": "USD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "JPY",
    "jpy": "JPY",
    "chf": "CHF",
    "cny": "CNY",
    "c$": "CAD",
    "c $": "CAD",
    "$ c": "CAD",
    "$c": "CAD",
    "$ca": "CAD",
    "$cad": "CAD",
    "hk$": "HKD",
    "hk $": "HKD",
    "$ hk": "HKD",
    "hkd": "HKD",
    "nz$": "NZD",
    "nzd": "NZD",
    "inr": "INR",
    "mxn": "MXN",
    "btc": "BTC",
    "₿": "BTC",
    "mxn$": "MXN",
    "mex$": "MXN",
    "aud$": "AUD",
    "cad$": "CAD",
    "nzd$": "NZD",
    "usd$": "USD",
    "rmb": "CNY",
    "₹": "INR",
    "₽": "RUB",
    "rub": "RUB",
    "₩": "KRW",
    "krw": "KRW",
    "₺": "TRY",
    "₴": "UAH",
    "uah": "UAH",
    "zł": "PLN",
    "pln": "PLN",
    "sek": "SEK",
    "nok": "NOK",
    "dkk": "DKK",
    "brl": "BRL",
    "r$": "BRL",
    "zar": "ZAR",
    "cad": "CAD",
    "a$": "AUD",
    "aud": "AUD",
}


#: what each canonical unit measures: the kind of a measure, the same in every language
UNIT_KINDS: Mapping[str, str] = {
    "m": "length",
    "kg": "weight",
    "m2": "area",
    "l": "volume",
    "km/h": "speed",
    "°C": "temperature",
    "°F": "temperature",
    "K": "temperature",
    "°": "temperature",
    "magnitude": "magnitude",
    "bit": "information",
    "W": "power",
    "Wh": "energy",
}

#: what degrees without a scale ("°", "degrés") measure besides a temperature
DEGREE_KINDS = frozenset({"coordinate", "angle"})

#: the kinds of counted things, language-neutral (what `KindVocabulary` maps words onto)
COUNT_KINDS = frozenset(
    {
        "dead",
        "injured",
        "missing",
        "displaced",
        "survivors",
        "arrested",
        "hostages",
        "prisoners",
        "migrants",
        "medics",
        "journalists",
        "doses",
        "tests",
        "beds",
        "rescuers",
        "victims",
        "people",
        "troops",
        "police",
        "protesters",
        "members",
        "employees",
        "jobs",
        "patients",
        "cases",
        "hospitalised",
        "children",
        "votes",
        "seats",
        "voters",
        "candidates",
        "goals",
        "points",
        "medals",
        "matches",
        "vehicles",
        "aircraft",
        "flights",
        "ships",
        "buildings",
        "households",
        "animals",
        "companies",
        "countries",
        "shares",
    }
)

#: what happens to people in the news: these kinds win over what the people are
EVENT_KINDS = frozenset(
    {"dead", "injured", "missing", "displaced", "arrested", "hospitalised", "hostages"}
)

#: what people are: a verb of an event kind after them says what is counted
PERSON_KINDS = frozenset(
    {
        "victims",
        "children",
        "troops",
        "police",
        "protesters",
        "employees",
        "patients",
        "voters",
        "candidates",
        "migrants",
        "medics",
        "journalists",
        "rescuers",
        "prisoners",
        "members",
    }
)

#: what counts the members of a group without saying what they are ("65 members", "56
#: éléments"), in either language; a verb after them may say what happened to them
MEMBER_KIND = "members"

#: values a kind allows; outside them a figure is flagged `plausible=False` (a typo?)
PLAUSIBLE: Mapping[str, tuple[float, float]] = {
    "magnitude": (0.0, 10.0),
    "percent": (-100.0, 1000.0),
    "age": (0.0, 130 * 12.0),
    "temperature": (-100.0, 100.0),
}

#: the step a kind is always reported at, whatever digits the text writes: a magnitude is given
#: to a tenth, so "magnitude 7" states 7.0 (one of 6.8 is another figure), where a plain "7"
#: admits anything that rounds to it
RESOLUTION: Mapping[str, float] = {"magnitude": 0.1}


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, for writing long word lists compactly."""
    return frozenset(text.split())


@dataclass(frozen=True, eq=False)
class KindVocabulary:
    """What counted nouns and verbs count, in one language, keyed by language-neutral kind.

    Words are written as lemmas (any inflection: "blessé" also finds "blessées"); the reader
    folds accents and strips the `suffixes` off both the table and the text before comparing.
    """

    #: kind -> nouns, adjectives and participles that name it ("morts", "tués", "killed")
    nouns: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: kind -> several-word names, matched first ("rescue workers", "sans-abri")
    phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: kind -> verbs and nouns before a figure that say what it counts ("killing", "bilan de")
    before: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: kind -> verbs after a counted noun that say what it counts ("died", "ont péri")
    after: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: kind -> nouns naming a count that is the subject of its figure ("death toll", "bilan",
    #: "nombre de blessés"), joined to it by `subject_links` alone: "the death toll has risen
    #: to 412", "le bilan s'est alourdi à 312"
    subjects: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: the only words allowed between a `subjects` noun and its figure: auxiliaries, verbs of
    #: being, rising and reaching, "to", "à", "now", "désormais"
    subject_links: frozenset[str] = frozenset()
    #: prepositions that open what a `subjects` noun is of, passed over before its links ("the
    #: death toll from the storm rose to 19", "le bilan du séisme s'est alourdi à 312")
    subject_complements: frozenset[str] = frozenset()
    #: what a length measures (width, height, depth...) from the words right after it ("de
    #: large", "wide") or right before its number ("une largeur de", "a depth of")
    length_after: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    length_before: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: what bare degrees measure when the words right after them ("30,9 degrés nord", "a
    #: 90-degree turn") or right before their number ("latitude de", "an angle of") say so:
    #: one of `DEGREE_KINDS`; otherwise degrees are a temperature
    degree_after: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    degree_before: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: inflection endings (accents folded) and what replaces them, longest first: ("ies", "y")
    suffixes: tuple[tuple[str, str], ...] = ()
    #: irregular forms -> the form the tables write ("men" -> "man")
    irregular: Mapping[str, str] = field(default_factory=dict)
    #: words that end a search for a counted noun or its verb ("et", "and", "but")
    stops: frozenset[str] = frozenset()
    #: words opening an aside after a comma, skipped up to its closing comma ("dont",
    #: "including"): "12 personnes, dont trois enfants, ont péri" counts the dead
    asides: frozenset[str] = frozenset()
    #: the endings of a plural word where adjectives and participles agree in number (French
    #: "s", "x"): after a plural counted noun, a singular one describes something else ("120
    #: soldats dans la région sinistrée" counts soldiers; "120 soldats blessés" the injured);
    #: empty where they do not inflect (English)
    plural_endings: tuple[str, ...] = ()
    #: kind -> (another kind, the words after a count of it that make it a count of the
    #: other): homes counted by the supply they lost are households ("1 200 maisons privées
    #: d'électricité", "1,200 homes without power", as "1 200 foyers", "1,200 households")
    rereadings: Mapping[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    #: the cues of `before` that say an event caused a count, or a toll holds it, without
    #: saying what happened to those counted ("a fait", "bilan de"): they give the kind of a
    #: bare or generic count and of victims ("a fait 12 victimes": the dead), never of people
    #: counted by what they are ("la grippe a fait 1 500 malades" counts patients), and they
    #: are every item's in a list ("a fait 12 morts et 40 blessés")
    causing: frozenset[str] = frozenset()
    #: the last word before a size that makes the claim's subject its holder: verbs of
    #: measuring and being ("L'Ever Given ... mesurant 95 mètres de large", "The tower is 300
    #: metres tall"); after any other word the size may be another noun's ("une voie d'eau de
    #: 300 mètres de large", "a canal 200 metres wide")
    size_verbs: frozenset[str] = frozenset()
    #: the articles opening an apposition to a name, whose size is the name's ("the Ever
    #: Given, a 59-metre wide vessel", "le Burj Khalifa, une tour de 828 mètres de haut")
    apposition_articles: frozenset[str] = frozenset()
    #: the words joining two sizes of one holder ("400 mètres de long et 95 mètres de large",
    #: "50 metres long by 25 wide"): the second is read from where the first begins, and a bare
    #: number there takes the first's unit
    size_joins: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class NumberVocabulary:
    """Words of one language for numbers, scales, units and bounds, keyed by meaning.

    Phrases may span several words ("au moins", "livres sterling", "and a half"); the parser
    splits them with its own tokenizer, so write them as they appear in text, lower-case.
    Identity equality keeps the vocabulary hashable, so compiled tables can be cached on it.
    """

    #: language code for `text_to_num` (spelled-out numbers); None when text2num lacks it
    text2num_lang: str | None = None
    #: scale words after a number: "milliards" -> 1e9, "bn" -> 1e9, "k" -> 1e3
    scales: Mapping[str, float] = field(default_factory=dict)
    #: scales that count only when a currency comes with them ("$5m", "5 M€")
    currency_scales: Mapping[str, float] = field(default_factory=dict)
    #: scale words that stand for a number on their own ("mille personnes" = 1000)
    bare_scales: frozenset[str] = frozenset()
    #: currency words and symbols written after the number -> ISO 4217 code
    currencies: Mapping[str, str] = field(default_factory=dict)
    #: currency words that name money only after a scale word ("500 million pounds"); alone
    #: they are read as the measure of the same name if any ("25 pounds" is a weight)
    scale_only_currencies: frozenset[str] = frozenset()
    #: coins worth a fraction of a currency: "cents" -> ("USD", 0.01), "pence" -> GBP
    minor_currencies: Mapping[str, tuple[str, float]] = field(default_factory=dict)
    #: currency symbols and codes written before the number ("$4.4 billion") -> ISO code
    currency_prefixes: Mapping[str, str] = field(default_factory=lambda: dict(CURRENCY_SYMBOLS))
    #: percent words -> canonical unit: "%" or "pp" (percentage points)
    percents: Mapping[str, str] = field(default_factory=dict)
    #: duration words -> (canonical unit, how many of it): "ans" -> ("month", 12)
    durations: Mapping[str, tuple[DurationUnit, float]] = field(default_factory=dict)
    #: measure words -> (canonical unit, factor): "km" -> ("m", 1000)
    measures: Mapping[str, tuple[str, float]] = field(default_factory=dict)
    #: words before a number that bound it: "au moins" -> ("at_least", "none")
    bounds: Mapping[str, tuple[Bound, Lean]] = field(default_factory=dict)
    #: words after a quantity that bound it: "au moins", "or more", "environ"
    post_bounds: Mapping[str, tuple[Bound, Lean]] = field(default_factory=dict)
    #: ranges as (opener, connector): ("entre", "et"); opener "" means none is needed ("-")
    ranges: tuple[tuple[str, str], ...] = (("", "-"), ("", "–"), ("", "—"))
    #: fraction words -> denominator ("tiers" -> 3, "quarters" -> 4); ordinals from the
    #: third on ("cinquièmes", "fifths") are denominators too
    fractions: Mapping[str, float] = field(default_factory=dict)
    #: words between two numbers that make a proportion ("un sur trois", "one in five")
    fraction_links: tuple[str, ...] = ()
    #: endings of number words written without their accents, and the written form
    #: ("ieme" -> "ième": "cinquieme" is read as "cinquième")
    spelling_repairs: tuple[tuple[str, str], ...] = ()
    #: words joining a whole number and a fraction ("trois et un quart", "three and a fifth")
    fraction_joins: tuple[str, ...] = ()
    #: words before a number that make it negative ("minus", "négatif")
    minus_words: tuple[str, ...] = ()
    #: words joining a lower and an upper bound into one range ("plus de 20 et moins de 30")
    range_joins: tuple[str, ...] = ()
    #: words adding one half: "et demi" ("deux ans et demi", "un an et demi")
    halves: tuple[str, ...] = ()
    #: articles that count as 1 only before a duration or scale word ("un an", "a million")
    ones: frozenset[str] = frozenset()
    #: number words that are also ordinary words; they count only before a unit or a noun
    ambiguous: frozenset[str] = frozenset()
    #: words linking a number or scale to its unit or counted noun ("de", "d'", "of")
    links: frozenset[str] = frozenset()
    #: words before a number that make it a label, not a quantity ("n°", "number", "#")
    number_signs: tuple[str, ...] = ("#",)
    #: words after which a four-digit number is a year ("en", "in", "depuis")
    year_markers: frozenset[str] = frozenset()
    #: words after which "20 heures" is a time of day ("à", "at")
    clock_markers: frozenset[str] = frozenset()
    #: month names and abbreviations (dates are not quantities)
    months: frozenset[str] = frozenset()
    #: words that are never a counted noun, beyond the profile's stop words
    not_nouns: frozenset[str] = frozenset()
    #: words between a person and an age in years: "un homme de 45 ans" (the person noun is
    #: one a `KindVocabulary` counts as people, or one of `age_nouns`)
    age_links: frozenset[str] = frozenset()
    #: nouns of a person beyond those the kinds count ("conducteur", "suspect")
    age_nouns: frozenset[str] = frozenset()
    #: the language writes an age alone between commas after a name: "Smith, 45, was held"
    bare_ages: bool = False
    #: verb forms of change: "de X à Y" / "from X to Y" right after one ("le bilan est passé
    #: de 820 à 1 037", "the toll rose from 820 to 1,037") is a figure changed to Y, not a
    #: range from X to Y
    change_verbs: frozenset[str] = frozenset()
    #: the decimal mark of the language's copy: "," (French "4,800" is 4.8) or "."
    decimal_mark: str = "."
    #: words before a number that give its unit ("magnitude 6,8", "magnitude de") -> unit
    left_units: Mapping[str, tuple[str, float]] = field(default_factory=dict)
    #: age words after a number ("year-old", "years old") -> (canonical unit, how many of it)
    ages: Mapping[str, tuple[DurationUnit, float]] = field(default_factory=dict)
    #: words before a duration that make it an age ("âgé de", "aged")
    age_openers: tuple[str, ...] = ()
    #: a temperature scale written as a capital glued to its number ("40C", "104F") -> unit;
    #: read only when one of `temperature_words` is near ("40c" is forty cents, "14F" a seat)
    glued_temperatures: Mapping[str, str] = field(default_factory=dict)
    #: words that say a text speaks of temperatures ("temperatures", "heatwave", "canicule")
    temperature_words: frozenset[str] = frozenset()
    #: nouns that name a thing by the number after them: a capital glued to that number is
    #: part of the name ("seat 14F", "flat 3C", "bâtiment 12F"), never a temperature
    label_nouns: frozenset[str] = frozenset()
    #: words after degrees that make them negative ("5 degrees below zero", "sous zéro")
    below_zero: tuple[str, ...] = ()
    #: plural number words that name a vague multitude, never a number ("tens of thousands")
    multitudes: frozenset[str] = frozenset()
    #: units read only right after a larger one of their kind and its number, being common
    #: words elsewhere: "in" in "5 ft 2 in" -> (canonical unit, factor)
    sub_units: Mapping[str, tuple[str, float]] = field(default_factory=dict)
    #: a percent word written before its number with nothing counted after it ("percent of
    #: 10", "pourcentage de vingt"): the number is the percentage
    left_percents: tuple[str, ...] = ()
    #: what counted nouns and verbs count
    kinds: KindVocabulary = field(default_factory=KindVocabulary)
