"""What a language is to claimcheck: typed tables, filled once per language, read by every stage.

Stages never test a language code; they read the profile of the claim's language. Adding a
language means one folder (`lang/<code>/`) whose `__init__.py` builds a `LanguageProfile`,
plus its table of test cases.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claimcheck.lang.anaphora_types import AnaphoraVocabulary
from claimcheck.lang.number_types import NumberVocabulary
from claimcheck.lang.polarity_types import Morphology, PolarityVocabulary
from claimcheck.lang.time_types import TimeVocabulary


@dataclass(frozen=True)
class TextVocabulary:
    """Words the cleaning, segmenting and grounding stages need, keyed by meaning."""

    #: abbreviations (lower-case, without the final dot) after which a dot ends no sentence
    abbreviations: frozenset[str] = frozenset()
    #: regular expressions (case-insensitive) for whole boilerplate lines: "Lire aussi |", menus
    boilerplate: tuple[str, ...] = ()
    #: words that mark a clause boundary when preceded by a comma or semicolon ("mais", "but")
    clause_conjunctions: frozenset[str] = frozenset()
    #: noun phrases that stand for the organisation being discussed ("le groupe", "the company")
    org_anaphors: tuple[str, ...] = ()
    #: subject pronouns that may stand for that organisation ("il", "elle", "it")
    subject_pronouns: frozenset[str] = frozenset()
    #: impersonal uses of those pronouns, which stand for nothing ("il s'agit", "it is")
    impersonal: tuple[str, ...] = ()
    #: words after which such a pronoun is an object, not a subject ("sell it to", "use it in")
    pronoun_object_context: frozenset[str] = frozenset()
    #: how copy credits a news agency, as patterns where "{agency}" stands for its name
    #: ("({agency})", "avec {agency}", "{agency} contributed to this report")
    wire_credits: tuple[str, ...] = ()
    #: endings that mark a possessive on a name ("Skyvalia's"): not part of the name
    possessive_suffixes: tuple[str, ...] = ()
    #: verbs that attribute a quote to a speaker ("a déclaré", "said")
    attribution_verbs: tuple[str, ...] = ()
    #: words that say a value revises an earlier one ("prolonge", "extended")
    revision_markers: tuple[str, ...] = ()
    #: words right before a date that make it a bound rather than the time of the fact,
    #: as (relation, words): ("since", ("depuis", ...)), ("until", ("jusqu'à", ...)); a bound
    #: is compared only with a bound of the same relation
    time_relations: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: nouns that name a report of the facts (a toll, a statement, figures): a date after one,
    #: with no verb of the fact between ("selon un bilan publié samedi", "figures updated late
    #: on Sunday"), is the time of the report, never compared as the fact's time
    report_nouns: tuple[str, ...] = ()
    #: participles that may stand between such a noun and its date ("publié", "released")
    report_participles: tuple[str, ...] = ()
    #: words right before a date that make it the time of a report ("en date du", "as at")
    report_relations: tuple[str, ...] = ()
    #: words that put a place after them ("à", "in"): a capitalised name there is a place
    place_prepositions: frozenset[str] = frozenset()
    #: capitalised words that are not names when they open a sentence ("Le", "The")
    stop_words: frozenset[str] = frozenset()
    #: well-known aliases: (alias as written, canonical name)
    aliases: tuple[tuple[str, str], ...] = ()
    #: weekday and month names, to keep them out of the entity list
    calendar_words: frozenset[str] = frozenset()
    # -- non-claims and atomic claims (claimcheck/nonclaim.py, claimcheck/atomize.py) --
    #: words that open a byline, before the author's name ("par", "by", "reporting by")
    byline_words: tuple[str, ...] = ()
    #: words that open a publication or update stamp ("publié", "updated")
    stamp_words: tuple[str, ...] = ()
    #: words that open a photo or source credit ("photo", "crédit", "source", "courtesy")
    credit_words: tuple[str, ...] = ()
    #: words that open a photo caption ("légende", "caption", "pictured")
    caption_words: tuple[str, ...] = ()
    #: finite verbs and auxiliaries common in news copy ("a", "est", "said", "was")
    verb_cues: frozenset[str] = frozenset()
    #: endings that mark a finite verb ("ait", "ed"), for words of 4 letters or more
    verb_endings: tuple[str, ...] = ()
    #: endings that often, not always, mark a verb ("ent", "é", "es"): a fragment has none
    weak_verb_endings: tuple[str, ...] = ()
    #: endings of a present participle that opens a fact after a comma ("killing", "tuant"):
    #: "The quake struck on Friday, killing 12 people"
    participle_endings: tuple[str, ...] = ()
    #: verbs that open a count of what happened to people and that neither `verb_cues` nor
    #: `verb_endings` know ("left 12 dead", "leaves", "kills"), read only right before a toll
    #: (elsewhere "left" is as often a side)
    toll_verbs: frozenset[str] = frozenset()
    #: the plain coordinating conjunction ("et", "and"): joins names, items, clauses
    coordinators: frozenset[str] = frozenset()
    #: other words that join the items of an enumeration ("ainsi que", "as well as")
    enumeration_links: tuple[str, ...] = ()
    #: words that open a part of the item before them ("dont", "including", "of whom")
    subset_links: tuple[str, ...] = ()
    #: words right after a count (or in it) that make it an increment, not a total ("seven
    #: more bodies", "sept corps supplémentaires", "trois autres victimes"); "more than" is a
    #: bound, not one of them
    increment_words: frozenset[str] = frozenset()
    #: words between two counts that make the first a part of the second, a known whole
    #: ("113 des 420 navires", "113 of the 420 ships"): two facts, the part's and the whole's
    part_links: tuple[str, ...] = ()
    #: the same with no determiner ("sur", "of"): a part only of a bounded whole ("113 of over
    #: 420 ships"); "113 of 420" alone may be a score or a ratio, one fact
    loose_part_links: tuple[str, ...] = ()
    #: particles written in lower case inside a person's name ("de", "van", "al")
    name_particles: frozenset[str] = frozenset()
    #: personal pronouns ("il", "she"): a short segment that opens with one has a predicate
    personal_pronouns: frozenset[str] = frozenset()
    #: words that open a subordinate clause ("que", "that"): an "et" after one joins its parts
    subordinators: frozenset[str] = frozenset()
    #: determiners that open the subject of a new clause ("le", "the"; pronouns lean on context)
    subject_openers: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class LanguageProfile:
    """Everything claimcheck knows about one language.

    Compared and hashed by identity (`eq=False`): there is one profile per language
    (`claimcheck.lang.get_profile` caches them), and the stages' caches take a profile as key,
    which hashing every table on each call made cost about 8 µs a call.
    """

    code: str
    name: str
    text: TextVocabulary
    time: TimeVocabulary
    numbers: NumberVocabulary
    polarity: PolarityVocabulary = field(default_factory=PolarityVocabulary)
    morphology: Morphology = field(default_factory=Morphology)
    anaphora: AnaphoraVocabulary = field(default_factory=AnaphoraVocabulary)
