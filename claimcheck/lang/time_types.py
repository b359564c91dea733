"""Typed tables of time words that each language fills (see lang/fr/time.py).

Keys are lower-case phrases; a space in a key also matches a hyphen ("avant hier" matches
"avant-hier") and an apostrophe matches both ' and ’. The resolver (claimcheck.ground.time)
reads only these tables, so adding a language means one new data module.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from claimcheck.lang.tense_types import TenseVocabulary

#: canonical unit names, the values of `units` and `plural_units`
CANONICAL_UNITS = frozenset(
    {"day", "week", "weekend", "month", "quarter", "half", "year", "decade"}
)

# --- clock times: language-neutral data (the widths are choices, documented here) ----------

#: parts of the day -> (first minute, end minute) after midnight; an end above 1440 runs into
#: the next day. "day" is daytime, "early"/"late" are the first and last hours of a dated day
#: ("early Tuesday", "late on Friday").
PARTS_OF_DAY: Mapping[str, tuple[int, int]] = {
    "morning": (6 * 60, 12 * 60),
    "midday": (11 * 60 + 30, 14 * 60),
    "afternoon": (12 * 60, 18 * 60),
    "evening": (18 * 60, 23 * 60),
    "night": (21 * 60, 30 * 60),
    "day": (6 * 60, 20 * 60),
    "early": (0, 9 * 60),
    "late": (18 * 60, 24 * 60),
}
#: a modifier of a part of the day ("en fin d'après-midi", "early morning") keeps this share of
#: it: (start fraction, end fraction)
PART_MODIFIERS: Mapping[str, tuple[float, float]] = {
    "early": (0.0, 0.5),
    "mid": (0.25, 0.75),
    "late": (0.5, 1.0),
}
#: qualifiers -> the minutes they allow around the clock time written: (before, after). An
#: exact time is its minute (or its hour's first minute); "vers 22 heures" is 21:30-22:30,
#: "peu avant 23 h" 22:30-23:00, "avant 23 h" / "à partir de 23 h" the six hours before /
#: after (an open bound, kept to a news-sized window).
QUALIFIER_WIDTHS: Mapping[str, tuple[int, int]] = {
    "exact": (0, 1),
    "about": (-30, 31),
    "shortly_before": (-30, 1),
    "shortly_after": (0, 31),
    "before": (-6 * 60, 1),
    "after": (0, 6 * 60 + 1),
}
#: seasons -> ((first month, day), (last month, day)): astronomical, northern hemisphere
SEASON_BOUNDS: Mapping[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "spring": ((3, 20), (6, 20)),
    "summer": ((6, 21), (9, 22)),
    "autumn": ((9, 23), (12, 20)),
    "winter": ((12, 21), (3, 19)),
}
#: time zones -> (standard offset from UTC in minutes, summer-time rule: "eu", "us" or None)
ZONE_RULES: Mapping[str, tuple[int, str | None]] = {
    "UTC": (0, None),
    "Europe/London": (0, "eu"),
    "Europe/Paris": (60, "eu"),
    "Europe/Moscow": (180, None),
    "America/New_York": (-300, "us"),
    "America/Chicago": (-360, "us"),
    "America/Denver": (-420, "us"),
    "America/Los_Angeles": (-480, "us"),
    "Asia/Tokyo": (540, None),
    "Asia/Shanghai": (480, None),
    "Asia/Kolkata": (330, None),
    "Australia/Sydney": (600, None),
}


@dataclass(frozen=True, eq=False)
class TimeVocabulary:
    """Time words of one language, keyed by surface, valued by canonical meaning.

    `eq=False` keeps instances hashable (by identity) so compiled grammars can be cached.
    """

    #: weekday names -> 0 (Monday) .. 6 (Sunday)
    weekdays: Mapping[str, int] = field(default_factory=dict)
    #: abbreviated weekdays read only capitalised and whole ("Thu", "Thurs.", "Tue"; never
    #: "Sat", "Sun", "Wed", which are words) -> 0..6
    weekday_abbreviations: Mapping[str, int] = field(default_factory=dict)
    #: month names that may stand alone ("janvier") -> 1..12
    months: Mapping[str, int] = field(default_factory=dict)
    #: abbreviations ("janv", "sept") -> 1..12: recognised only next to a day number or a year
    month_abbreviations: Mapping[str, int] = field(default_factory=dict)
    #: month names that are also ordinary words ("may", "march", "mars"): a month only next to
    #: a day number, a year, a marker, a period prefix, or after one of `cues`
    ambiguous_months: frozenset[str] = frozenset()
    #: words for a day relative to publication: "hier" -> -1, "aujourd'hui" -> 0
    relative_days: Mapping[str, int] = field(default_factory=dict)
    #: elided words a relative day may follow, glued to it by their apostrophe: "d'"
    #: ("d'aujourd'hui à vendredi", "le match d'hier"), "jusqu'" ("jusqu'aujourd'hui")
    relative_day_elisions: tuple[str, ...] = ()
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
    #: a length of hours or minutes counted from a stated publication time, marker before it:
    #: "dans" -> 1, "il y a" -> -1 ("dans 5 heures"); never "later" (counted from the event)
    instant_before: Mapping[str, int] = field(default_factory=dict)
    #: the same, marker after the length: "ago" -> -1 ("two hours ago")
    instant_after: Mapping[str, int] = field(default_factory=dict)
    #: markers of `instant_before` that also open a length ("rose 5 % in two hours"): read as
    #: an offset only after one of `future_cues` earlier in the sentence ("will", "'ll")
    instant_cued: frozenset[str] = frozenset()
    #: the hours left of the publication day ("le reste de la journée", "the rest of the day")
    rest_of_day: tuple[str, ...] = ()
    #: hours and minutes in a window without a count -> the count they stand for alone: 1
    #: ("the next hour", "la dernière heure"), 0 for a few ("the coming hours", "ces dernières
    #: heures", "dans quelques heures": `few_count` of them)
    window_small_units: Mapping[str, int] = field(default_factory=dict)
    future_cues: tuple[str, ...] = ()
    #: endings of lower-case words that mark the future as well ("reprendront", "viendra"):
    #: a bare weekday or month after one is the coming one (never a word of 4 letters or less)
    future_endings: tuple[str, ...] = ()
    #: words right before a bare month that look back whatever the tense ("depuis", "since")
    since_leads: frozenset[str] = frozenset()
    #: small counts in words: "deux" -> 2, "a" -> 1
    numbers: Mapping[str, int] = field(default_factory=dict)
    #: day numbers in words: "premier" -> 1
    day_words: Mapping[str, int] = field(default_factory=dict)
    #: ordinal endings after a day number: "er", "st", "th"
    day_suffixes: tuple[str, ...] = ()
    #: articles between a date and the weekday it falls on ("le 2 mars, un mardi": "un")
    weekday_after_articles: tuple[str, ...] = ()
    #: years in words, read only right after a written day and month ("September 10, nineteen
    #: seventy eight", "le 3 mai deux mille dix"): "nineteen seventy eight" -> 1978
    year_words: Mapping[str, int] = field(default_factory=dict)
    #: day numbers as cardinal words after a month ("May twenty one"), read only before a
    #: year or the end of a clause ("In May twenty people died" is a count)
    month_day_words: Mapping[str, int] = field(default_factory=dict)
    #: words between a day and its month: "of" ("3rd of March")
    day_month_joiners: tuple[str, ...] = ()
    #: articles before a day number written alone ("le" 15, "the" 27th, "on" 4/22): a day of
    #: the latest month that has it, up to publication
    bare_day_leads: tuple[str, ...] = ()
    #: whether such a day number needs its ordinal ending ("the 27th", not "the 27")
    bare_day_needs_suffix: bool = False
    #: leads after which a day number needs no ending when a clock time follows it: "on 15 at
    #: 8:00", "on 15, 8 p.m." (never "the 15 at 8 a.m.", fifteen people)
    bare_day_clock_leads: tuple[str, ...] = ()
    #: day numbers in words that may stand after such an article ("le vingt-deux."): only
    #: words that are never ordinary words ("le premier", "du neuf" are not days)
    bare_day_words: Mapping[str, int] = field(default_factory=dict)
    #: words between a weekday and a bare day number: "the" ("Friday the 22nd"); when set, one
    #: is required, else `determiners` are optional ("vendredi 22", "vendredi, le 22")
    weekday_day_joiners: tuple[str, ...] = ()
    #: prepositions before a month, a year or a weekday, not part of the expression: "en", "in"
    cues: frozenset[str] = frozenset()
    #: words a count follows as often as a year ("de", "of": "le séisme de 2011", "une amende
    #: de 2011 euros"): a year after one only when the clause ends there or goes on with one
    #: of `year_followers` ("les JO de 2024 auront lieu"), and never a round hundred
    year_weak_leads: frozenset[str] = frozenset()
    #: words that go on with a list of years after a preposition ("in 2007 and 2009")
    year_list_joiners: tuple[str, ...] = ()
    #: words before such a lead that make the number a measure ("le bilan est de 1987.",
    #: "a total of 1987."): no year then
    year_weak_vetoes: frozenset[str] = frozenset()
    #: determiners a year stands after as a modifier ("the 2011 earthquake", "a 2015 law"):
    #: a year before a word, never a round hundred ("the 2000 soldiers")
    year_attributive_leads: frozenset[str] = frozenset()
    #: closed-class words that may follow a year, never a counted noun ("a", "qui", "was")
    year_followers: frozenset[str] = frozenset()
    #: words a number labels, never the first hour of a range ("la semaine 10 à 20 h", "Day
    #: 12 - 6 p.m.": week 10, day 12)
    numbered_units: tuple[str, ...] = ()
    #: verbs of a changing figure: a bare number after one, and after a range's words, is the
    #: figure, not an hour before a part of the day ("le bilan est passé de 5 à 6 ce matin",
    #: "the toll rose to 12 this morning"; "at 6 this morning" is a time)
    figure_verbs: frozenset[str] = frozenset()
    #: words before one of `figure_verbs` that make it another verb (the reflexive "se",
    #: "s'": "cela se passera entre 10 et 11 h 30" happens, it does not change)
    figure_verb_vetoes: tuple[str, ...] = ()
    #: verbs that move a time: "from 8 p.m. to 6 p.m." after one is the old time and the
    #: new one ("the curfew was moved from 8 p.m. to 6 p.m."), not a range of 22 hours
    shift_verbs: frozenset[str] = frozenset()
    #: words before a day that make it the end of a stretch ("jusqu'à dimanche", "until
    #: Sunday"): a lone time of day elsewhere in the text does not take it
    end_leads: tuple[str, ...] = ()
    #: words after a unit that run it from its start to publication ("year to date")
    to_date_suffixes: tuple[str, ...] = ()
    #: words after a year or a month for its end ("by year-end", "at year's end", "month-end
    #: figures"): the current one's last part, as "the end of the year"
    end_suffixes: tuple[str, ...] = ()
    #: words that open a period and belong to the expression -> the part of it they name
    #: ("start", "mid", "end", "earlier", "later"; "" for the whole): "fin de" -> "end"
    period_prefixes: Mapping[str, str] = field(default_factory=dict)
    #: words before a weekend without a marker that make it the nearest one ("over the"
    #: weekend, "au cours du" week-end)
    weekend_leads: tuple[str, ...] = ()
    #: determiners before a weekend without a marker that make it the coming one after a
    #: future cue ("il sera de retour le week-end"; "ouvert le week-end" stays no date)
    weekend_future_determiners: tuple[str, ...] = ()
    #: words after a weekend that a day follows ("the weekend of" March 6, "le week-end du"
    #: 20 mars): that day, no weekend of its own
    weekend_day_joiners: tuple[str, ...] = ()
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
    #: whether a day after its month is read where a clock time or a year follows ("Octobre
    #: 14, 8:00", "janvier 21, 2018": typed forms), in a language that writes the day first
    month_first_before_clock: bool = False
    #: numeric dates: True = day first (10/06/2020 is 10 June), False = month first,
    #: None = ambiguous unless one part is above 12 (then both readings become candidates)
    numeric_day_first: bool | None = None

    # --- spans counted from publication, centuries (claimcheck.ground.windows) -------------
    #: markers before a count and its unit -> direction: "past" -> -1, "next" -> 1, "within" -> 0
    window_before: Mapping[str, int] = field(default_factory=dict)
    #: markers between the count and the unit: "derniers" -> -1 ("les 3 derniers jours")
    window_between: Mapping[str, int] = field(default_factory=dict)
    #: markers after the unit: "passées" -> -1 ("les 3 semaines passées")
    window_after: Mapping[str, int] = field(default_factory=dict)
    #: words before a whole window that start it at publication ("dans les" 3 prochaines
    #: années: from today on, as "within" is)
    window_within: tuple[str, ...] = ()
    #: words right before a window's marker that make the marker a verb ("will last three
    #: days": a length, not the past three days)
    window_verb_leads: frozenset[str] = frozenset()
    #: words after a window from publication on ("within", "dans les") that count it from an
    #: event instead ("within 5 days of the vote", "dans les 10 jours qui ont suivi")
    window_vetoes_after: tuple[str, ...] = ()
    #: determiners that make "derniers jours" a window from publication ("ces")
    window_deictic: tuple[str, ...] = ()
    #: one unit up to publication, after its determiner: "the past year", "over the last
    #: decade", "la dernière décennie" (the twelve months, the ten years); not before "of",
    #: "de" ("the last week of July" is that week): (determiners, markers -> direction)
    window_one_determiners: tuple[str, ...] = ()
    window_one_markers: Mapping[str, int] = field(default_factory=dict)
    #: words for a few of a unit ("quelques", "a few", "several"): between `few_count` units
    few_words: tuple[str, ...] = ()
    #: the counts "a few" may mean, low and high (a choice: 2 to 7)
    few_count: tuple[int, int] = (2, 7)
    #: words between "il y a"/"in" and a count, or before a count and "ago", that leave it
    #: as it is ("il y a près de deux ans", "nearly two years ago"; not "plus de", an open
    #: bound)
    count_qualifiers: tuple[str, ...] = ()
    #: words before a count that make it an open bound ("more than a decade ago", "over a
    #: year ago"): no date
    count_open_bounds: tuple[str, ...] = ()
    #: plural units: "the coming weeks", "les prochains jours", "les semaines à venir" are a
    #: few of them from publication on (only with a forward marker: "les derniers mois de sa
    #: vie" are no window)
    unit_plurals: Mapping[str, str] = field(default_factory=dict)
    #: forward markers that count from the story's time, not publication ("in the following
    #: days", "les jours suivants"): never a window of `unit_plurals`
    story_markers: frozenset[str] = frozenset()
    #: approximate counts, read as `few_words` are, each with its own low and high ("une
    #: dizaine de" jours: 8 to 12; "a dozen" years: 10 to 14)
    approx_counts: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    #: determiners that belong to a window ("les", "ces", "the")
    window_determiners: tuple[str, ...] = ()
    #: words after a unit for the one after the next ("after next": "the week after next")
    after_next: tuple[str, ...] = ()
    #: after a unit: the one before the last ("the week before last": two weeks back)
    before_last: tuple[str, ...] = ()
    #: after a week, month or year named from publication, the next or last one told by
    #: ellipsis -> direction ("this year and next", "cette année et la suivante")
    and_next: Mapping[str, int] = field(default_factory=dict)
    #: words before a day that name its week ("la semaine du", "the week of")
    week_of: tuple[str, ...] = ()
    #: words before a day that start a week on it ("la semaine commençant le", "the week
    #: starting")
    week_from: tuple[str, ...] = ()
    #: words between a count of units and the day that starts them ("for 3 days starting
    #: Monday", "deux semaines à partir du 20 mai"): that many units from that day
    span_starting: tuple[str, ...] = ()
    #: the same after "for"/"pendant" only (`span_for`): "for 3 days from Monday" is a span,
    #: "3 days from Monday" one day
    span_from: tuple[str, ...] = ()
    span_for: tuple[str, ...] = ()
    #: a count of units that ends with the date after it, after one of `span_to_leads`: "the
    #: three months to September", "sur un an à fin juin" (July-September; July-June)
    span_to: tuple[str, ...] = ()
    span_to_leads: tuple[str, ...] = ()
    #: the first or last few units of a named period, by the word before the count ("the
    #: first nine months of 2016", "the last ten days of March") or after it ("les neuf
    #: premiers mois de l'année", "les dix derniers jours de mars") -> 1 first, -1 last
    part_count_before: Mapping[str, int] = field(default_factory=dict)
    part_count_after: Mapping[str, int] = field(default_factory=dict)
    #: words between such a count of units and its period ("of", "de", "d'")
    part_count_of: tuple[str, ...] = ()
    #: years named from publication that such a count may divide -> years away ("the year",
    #: "last year", "l'année", "l'an dernier")
    part_count_years: Mapping[str, int] = field(default_factory=dict)
    #: season names -> a SEASON_BOUNDS key ("été" -> "summer", "fall" -> "autumn")
    seasons: Mapping[str, str] = field(default_factory=dict)
    #: season names that are also common words, a season only after a marker ("last fall")
    marked_seasons: Mapping[str, str] = field(default_factory=dict)
    #: words a season needs before it, besides markers ("l'", "en", "au", "the", "in"): a
    #: season name alone is often another word ("a été", "prices fall")
    season_leads: tuple[str, ...] = ()
    #: prepositions before a season that needs a year or a marker after it ("en été 2019", "au
    #: printemps dernier"; "en été" alone is any summer)
    season_preps: tuple[str, ...] = ()
    #: words for a century after its ordinal ("siècle", "century")
    century_words: tuple[str, ...] = ()
    #: holidays -> their day in a year: (month, day, 0) a fixed day ("Noël": (12, 25, 0));
    #: (0, k, 0) k days from Easter Sunday ("Easter Monday": (0, 1, 0)); (month, weekday, n)
    #: the n-th (-1: last) weekday of a month (0 = Monday). Names as written: a name that
    #: starts upper-case must be written so ("la Toussaint", not "l'ascension" of a peak)
    holidays: Mapping[str, tuple[int, int, int]] = field(default_factory=dict)
    #: words one of them needs before it, besides markers ("à", "avant", "on", "over"), or a
    #: year after it ("Noël 2019"): "un marché de Noël" names no day
    holiday_leads: tuple[str, ...] = ()
    #: words after a holiday that make it another thing ("Christmas Island", "Easter eggs")
    holiday_vetoes_after: tuple[str, ...] = ()
    #: words before a holiday's lead that make it a longer time around it ("les vacances de"
    #: la Toussaint, "le marché de" Noël): no day
    holiday_vetoes_before: tuple[str, ...] = ()

    # --- longer periods (claimcheck.ground.periods) ----------------------------------------
    #: words before a decade ("les années" 70); empty: decades need a 4-digit year or suffix
    decade_prefixes: tuple[str, ...] = ()
    #: decades in words, after a decade prefix -> their first year ("soixante-dix" -> 1970,
    #: "noughties" -> 2000): "les années soixante-dix", "the seventies"
    decade_words: Mapping[str, int] = field(default_factory=dict)
    #: endings after a decade ("s", "'s": "the 1970s")
    decade_suffixes: tuple[str, ...] = ()
    #: words earlier in the sentence that make a two-digit decade a range of temperatures
    #: ("highs in the 70s", "temperatures reached the 90s"): no decade
    decade_vetoes: tuple[str, ...] = ()
    #: ordinal words for quarters and halves: "troisième" -> 3, "last" -> -1 (the last one)
    ordinals: Mapping[str, int] = field(default_factory=dict)
    #: halves of a month after an ordinal and before the month ("la deuxième quinzaine de"
    #: décembre, "the first half of" March): days 1-15 or 16 to its end
    half_month_words: tuple[str, ...] = ()
    #: parts of a year -> months each: "trimestre" -> 3, "semestre" -> 6, "quarter" -> 3
    period_parts: Mapping[str, int] = field(default_factory=dict)
    #: letters before a part's number, next to a year: "T" 3 2016, "Q" 3, "H" 2 -> months each
    period_letters: Mapping[str, int] = field(default_factory=dict)
    #: of those, the letters that name a part without a year, written upper-case ("Q3": the
    #: nearest third quarter; not French "T3", a flat or a tram line)
    bare_period_letters: frozenset[str] = frozenset()
    #: words for the present that bound a range only ("between May and now", "entre
    #: maintenant et juin"): the publication day; never a date alone ("he now lives")
    range_now: tuple[str, ...] = ()
    #: markers that always count from publication, even after a `veto_before` word ("the
    #: coming week", where "the next week" may be the week after a story's event)
    deictic_markers: frozenset[str] = frozenset()
    #: parts that are parts of a year only with a year or `year_of` after them ("half": the
    #: second half of a match)
    year_only_parts: frozenset[str] = frozenset()
    #: words after a part naming the year it divides ("of the year", "de l'année")
    year_of: tuple[str, ...] = ()
    #: words between a part and its year ("de", "of")
    period_of: tuple[str, ...] = ()

    # --- clock times and durations (claimcheck.ground.clock) -------------------------------
    #: whether the language tells hours on a 24-hour clock ("de 1 h à 17 h" is 1:00-17:00)
    hours_24: bool = False
    #: marks after an hour number -> "abbr" ("h": a clock time unless a duration cue comes
    #: before) or "word" ("heures": a clock time after a clock cue, or with minutes)
    hour_marks: Mapping[str, str] = field(default_factory=dict)
    #: marks after the minutes ("min", "mn")
    minute_marks: tuple[str, ...] = ()
    #: a.m./p.m. in their spellings -> hours to add to 1..11 (0 or 12)
    meridiem: Mapping[str, int] = field(default_factory=dict)
    #: words after an hour that make it a clock time ("o'clock")
    oclock: tuple[str, ...] = ()
    #: named clock times -> minutes after midnight ("midi" -> 720, "midnight" -> 0)
    clock_words: Mapping[str, int] = field(default_factory=dict)
    #: numbers in words 0..99 ("vingt-deux" -> 22, "forty-five" -> 45)
    clock_numbers: Mapping[str, int] = field(default_factory=dict)
    #: the highest hour of a time said as two number words ("dix-neuf trente", "eight forty";
    #: 12 where the 24-hour clock is not spoken: "nineteen twenty" is a year); 0: none
    spoken_pair_hours: int = 0
    #: after an hour: "et quart" -> 15, "et demie" -> 30, "moins le quart" -> -15
    minute_fractions: Mapping[str, int] = field(default_factory=dict)
    #: words for minutes before an hour: "half" -> 30, "quarter" -> 15 ("half past nine")
    fraction_words: Mapping[str, int] = field(default_factory=dict)
    #: "past" -> 1, "to" -> -1, between the minutes and the hour ("ten past nine")
    minute_relations: Mapping[str, int] = field(default_factory=dict)
    #: words before an hour number written alone that make it a clock time ("à", "at")
    clock_cues: tuple[str, ...] = ()
    #: words before a time that set its qualifier (see QUALIFIER_WIDTHS): "vers" -> "about"
    qualifiers: Mapping[str, str] = field(default_factory=dict)
    #: the same, written after the time: "environ" -> "about", "ish" -> "about"
    qualifiers_after: Mapping[str, str] = field(default_factory=dict)
    #: parts of the day after an hour, which also set a.m./p.m.: "du soir" -> "evening"
    parts_after_hour: Mapping[str, str] = field(default_factory=dict)
    #: parts of the day as phrases -> a PARTS_OF_DAY key: "dans la soirée" -> "evening"
    parts: Mapping[str, str] = field(default_factory=dict)
    #: words before a part of the day, part of its phrase ("dans la", "in the")
    part_determiners: tuple[str, ...] = ()
    #: determiners a part takes only right after a day, a weekday or its marker ("mardi
    #: d'après-midi", "lundi prochain d'après-midi"; "le cours d'après-midi" is no time)
    part_dated_determiners: tuple[str, ...] = ()
    #: modifiers before a part -> a PART_MODIFIERS key: "en fin de" -> "late"
    part_modifiers: Mapping[str, str] = field(default_factory=dict)
    #: words before a date that give its first or last hours: "early" -> "early", "late on"
    day_edges: Mapping[str, str] = field(default_factory=dict)
    #: relative days that name a part of the day: "hier soir" -> "evening", "tonight"
    relative_day_parts: Mapping[str, str] = field(default_factory=dict)
    #: stated time zones -> "local", a ZONE_RULES key, or "UTC+HH:MM"
    zones: Mapping[str, str] = field(default_factory=dict)
    #: range openers -> the words that close them ("entre" -> ("et",), "from" -> ("to",))
    range_openers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: words joining two times into a range without an opener ("à", "to", "-")
    range_joiners: tuple[str, ...] = ()
    #: words that carry a night into the next day, beside `range_joiners` ("overnight
    #: Tuesday into Wednesday")
    night_joiners: tuple[str, ...] = ()
    #: openers of two days of one month, for dates only ("les" 3 "et" 4 mars, "on" 3 "and" 4
    #: March): the days and those between them
    day_pair_openers: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: words between a date and its time, or a time and its date ("à", "at", "on", "le")
    datetime_joiners: tuple[str, ...] = ()
    #: words between a part of the day and the date it belongs to ("de", "of", "on")
    part_date_joiners: tuple[str, ...] = ()
    #: duration units -> minutes ("heures" -> 60, "jours" -> 1440)
    duration_units: Mapping[str, float] = field(default_factory=dict)
    #: whole-period phrases -> minutes ("toute la journée" -> 1440, "all week")
    duration_phrases: Mapping[str, float] = field(default_factory=dict)
    #: "et demie" / "and a half" after a unit or between the count and the unit -> 0.5
    duration_halves: Mapping[str, float] = field(default_factory=dict)
    #: "demi" / "half a" before a unit -> 0.5
    half_before: tuple[str, ...] = ()
    #: words between two durations that add up ("et", "and")
    duration_joiners: tuple[str, ...] = ()
    #: words after "N h" / "N heures" that make it a duration ("24 h de garde à vue": "de")
    duration_after: tuple[str, ...] = ()
    #: words that count a duration's unit, and nothing else ("another" week)
    duration_counts: Mapping[str, int] = field(default_factory=dict)
    #: words before a count that make "N heures" a duration, not a clock time ("pendant")
    duration_cues: tuple[str, ...] = ()
    #: a half of the day written, without an hour, right after a day ("Tuesday AM", "tomorrow
    #: p.m."), in its case as written (never "am" of "I am") -> "morning" (before noon) or
    #: "afternoon" (after it); "5 PM" stays a clock time
    day_halves: Mapping[str, str] = field(default_factory=dict)
    #: possessive determiners: a window after one is its holder's, not publication's ("his
    #: last three days", "ses 24 dernières heures"): no date
    possessives: tuple[str, ...] = ()
    #: words after a counted window that name its holder ("the last three days of the war",
    #: "les dix dernières années de sa vie"): the holder's, not publication's; no date ("the
    #: next three days of talks", a bare noun after "of", stays publication's)
    window_holders: tuple[str, ...] = ()
    #: the words that tell a clause's tense before a date ("Il est mort le 21 mars": the last
    #: 21 March, not the coming one)
    tense: TenseVocabulary = field(default_factory=TenseVocabulary)
    #: a count of working days, the weekends left out ("business days", "jours ouvrables"):
    #: "in four business days", "dans 4 jours ouvrés" -> that many weekdays after publication
    business_days: tuple[str, ...] = ()
    #: weekdays counted from publication: the plural names ("sundays" -> 6), and the words
    #: written before the count ("dans" -> 1, "il y a" -> -1) or after its weekday ("from now"
    #: -> 1, "ago" -> -1): "dans deux dimanches", "two Sundays from now" -> the second Sunday
    #: after publication
    weekday_plurals: Mapping[str, int] = field(default_factory=dict)
    weekdays_counted_before: Mapping[str, int] = field(default_factory=dict)
    weekdays_counted_after: Mapping[str, int] = field(default_factory=dict)
    #: words of `weekdays_counted_before` that also say "there are" ("il y a"): a count after
    #: one is a date only before punctuation or after a past verb ("Il est venu il y a deux
    #: dimanches avec elle"; "Il y a trois lundis fériés en mai" is a count)
    existential_leads: tuple[str, ...] = ()
