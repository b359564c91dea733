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
    #: words that put a place after them ("à", "in"): a capitalised name there is a place
    place_prepositions: frozenset[str] = frozenset()
    #: capitalised words that are not names when they open a sentence ("Le", "The")
    stop_words: frozenset[str] = frozenset()
    #: well-known aliases: (alias as written, canonical name)
    aliases: tuple[tuple[str, str], ...] = ()
    #: weekday and month names, to keep them out of the entity list
    calendar_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class LanguageProfile:
    """Everything claimcheck knows about one language."""

    code: str
    name: str
    text: TextVocabulary
    time: TimeVocabulary
    numbers: NumberVocabulary
    polarity: PolarityVocabulary = field(default_factory=PolarityVocabulary)
    morphology: Morphology = field(default_factory=Morphology)
    anaphora: AnaphoraVocabulary = field(default_factory=AnaphoraVocabulary)
