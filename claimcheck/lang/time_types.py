"""Typed tables of time words that each language fills (see lang/fr/time.py).

Keys are lower-case phrases; a space in a key also matches a hyphen ("avant hier" matches
"avant-hier") and an apostrophe matches both ' and ’. The resolver (claimcheck.ground.time)
reads only these tables, so adding a language means one new data module.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: canonical unit names, the values of `units` and `plural_units`
CANONICAL_UNITS = frozenset({"day", "week", "weekend", "month", "year"})


@dataclass(frozen=True, eq=False)
class TimeVocabulary:
    """Time words of one language, keyed by surface, valued by canonical meaning.

    `eq=False` keeps instances hashable (by identity) so compiled grammars can be cached.
    """

    #: weekday names -> 0 (Monday) .. 6 (Sunday)
    weekdays: Mapping[str, int] = field(default_factory=dict)
    #: month names that may stand alone ("janvier") -> 1..12
    months: Mapping[str, int] = field(default_factory=dict)
    #: abbreviations ("janv", "sept") -> 1..12: recognised only next to a day number or a year
    month_abbreviations: Mapping[str, int] = field(default_factory=dict)
    #: month names that are also ordinary words ("may", "march", "mars"): a month only next to
    #: a day number, a year, a marker, a period prefix, or after one of `cues`
    ambiguous_months: frozenset[str] = frozenset()
    #: words for a day relative to publication: "hier" -> -1, "aujourd'hui" -> 0
    relative_days: Mapping[str, int] = field(default_factory=dict)
    #: markers written before the word they qualify: "last" -> -1, "this"/"ce" -> 0, "next" -> 1
    markers_before: Mapping[str, int] = field(default_factory=dict)
    #: markers written after it: "dernier"/"passé" -> -1, "prochain" -> 1
    markers_after: Mapping[str, int] = field(default_factory=dict)
    #: singular unit words usable with a marker ("semaine" -> "week", "an" -> "year")
    units: Mapping[str, str] = field(default_factory=dict)
    #: plural unit words, usable with a count ("jours" -> "day")
    plural_units: Mapping[str, str] = field(default_factory=dict)
    #: determiners allowed before a unit + marker ("la", "l'"): part of the expression
    determiners: tuple[str, ...] = ()
    #: suffixes that keep a "this" unit deictic ("ce mois-ci": "ci")
    this_suffixes: tuple[str, ...] = ()
    #: suffixes that make it anaphoric, hence not resolvable ("cette semaine-là": "là")
    anaphoric_suffixes: tuple[str, ...] = ()
    #: counted offsets written before the count: "il y a" -> -1 ("il y a trois jours")
    counted_before: Mapping[str, int] = field(default_factory=dict)
    #: counted offsets written after the unit: "ago" -> -1, "from now" -> 1
    counted_after: Mapping[str, int] = field(default_factory=dict)
    #: small counts in words: "deux" -> 2, "a" -> 1
    numbers: Mapping[str, int] = field(default_factory=dict)
    #: day numbers in words: "premier" -> 1
    day_words: Mapping[str, int] = field(default_factory=dict)
    #: ordinal endings after a day number: "er", "st", "th"
    day_suffixes: tuple[str, ...] = ()
    #: words between a day and its month: "of" ("3rd of March")
    day_month_joiners: tuple[str, ...] = ()
    #: words between a weekday and a bare day number: "the" ("Friday the 22nd"); when set, one
    #: is required, else `determiners` are optional ("vendredi 22", "vendredi, le 22")
    weekday_day_joiners: tuple[str, ...] = ()
    #: prepositions before a month, a year or a weekday, not part of the expression: "en", "in"
    cues: frozenset[str] = frozenset()
    #: words that open a period and belong to the expression: "début", "fin de", "early"
    period_prefixes: tuple[str, ...] = ()
    #: a word right before a marker phrase that turns it into a duration ("the last year")
    veto_before: frozenset[str] = frozenset()
    #: fixed event-relative phrases -> day offset: "le lendemain" -> 1, "the day before" -> -1
    event_words: Mapping[str, int] = field(default_factory=dict)
    #: event words that only count before a connector or punctuation ("la veille")
    strict_event_words: frozenset[str] = frozenset()
    #: relation after a count and unit -> sign: "après"/"after"/"later" -> 1, "avant" -> -1
    event_relations: Mapping[str, int] = field(default_factory=dict)
    #: event words and relations that take the following words as their anchor ("after")
    anchored: frozenset[str] = frozenset()
    #: words that introduce the anchor and are dropped from it ("que", "qu'", "de", "du")
    anchor_connectors: tuple[str, ...] = ()
    #: whether "June 10" (month before day) is a usual written order
    month_first_dates: bool = False
    #: numeric dates: True = day first (10/06/2020 is 10 June), False = month first,
    #: None = ambiguous unless one part is above 12 (then both readings become candidates)
    numeric_day_first: bool | None = None
