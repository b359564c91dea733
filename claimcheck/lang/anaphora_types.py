"""The typed tables anaphora resolution reads: anaphoric phrases, pronouns, gender and number."""

from __future__ import annotations

from dataclasses import dataclass

#: grammatical gender: "m", "f", or "" (unknown, or the language marks none)
Gender = str
#: grammatical number: "sg", "pl", or "" (unknown)
Number = str


@dataclass(frozen=True)
class AnaphoraVocabulary:
    """What a language says about anaphors. Every entry is lower-case, apostrophes as "'"."""

    #: noun phrases that stand for an organisation named before, with the phrase's gender,
    #: number and sense: (phrase, gender, number, sense). The sense ("company", "union",
    #: "club", "court", "ministry", "party", "ngo", "org" for any) must fit the antecedent's
    org_phrases: tuple[tuple[str, Gender, Number, str], ...] = ()
    #: heads of `org_phrases` that keep their meaning with a complement of lower-case words
    #: ("le géant du commerce en ligne"); other heads with such a complement mean something
    #: else ("le groupe de travail") and are left alone
    complement_heads: frozenset[str] = frozenset()
    #: subject pronouns: (pronoun, gender, number, kinds of referent separated by spaces)
    pronouns: tuple[tuple[str, Gender, Number, str], ...] = ()
    #: regular expressions (case-insensitive) matched right after a pronoun that make it
    #: impersonal: it stands for nothing ("il faut", "it seems", "it wasn't until")
    impersonal: tuple[str, ...] = ()
    #: the pronouns those expressions apply to ("il", "it"; not "he is")
    impersonal_pronouns: frozenset[str] = frozenset()
    #: words right before a pronoun that make it no subject ("pour elle", "with it")
    not_subject_before: frozenset[str] = frozenset()
    #: determiners and contracted articles: (word, gender, number)
    determiners: tuple[tuple[str, Gender, Number], ...] = ()
    #: titles before a person's name, with the gender they mark: ("mme", "f"), ("mr", "m")
    person_titles: tuple[tuple[str, Gender], ...] = ()
    #: nouns of a person's role, with the gender they mark ("" for either): ("directrice", "f")
    person_roles: tuple[tuple[str, Gender], ...] = ()
    #: words inside an organisation's name that give its sense: ("syndicat", "union")
    org_words: tuple[tuple[str, str], ...] = ()
    #: adjectives and nouns of nationality: never an antecedent on their own ("américain")
    demonyms: frozenset[str] = frozenset()
    #: organisation phrases that mean something else with any modifier or complement ("la
    #: société française" is French society): then they are left alone
    generic_phrases: frozenset[str] = frozenset()
    #: adjectives that may follow the head of an organisation phrase ("automobile")
    phrase_modifiers: frozenset[str] = frozenset()
    #: words that open a complement of an organisation phrase ("de", "du", "des", "d'")
    complement_links: frozenset[str] = frozenset()
    #: words that continue such a complement ("en ligne", "au détail", "de la vente")
    complement_inner_links: frozenset[str] = frozenset()
    #: words that open a fronted adverbial or subordinate clause: the subject comes after its
    #: comma ("lors d'un discours à Bruxelles, X a dit", "while ..., X said")
    fronting: frozenset[str] = frozenset()
    #: regular expressions (case-insensitive) for the opening of a cleft sentence, up to
    #: where its subject starts ("c'est dans ce contexte qu'" + subject)
    clefts: tuple[str, ...] = ()
    #: prepositions: a noun phrase right after one is no subject
    prepositions: frozenset[str] = frozenset()
    #: verbs after which a pronoun that never stands for a person ("it") stands for an agent,
    #: so for the subject of the previous sentence ("It said", "It plans"); other verbs may
    #: speak of an event ("It will help"), and the pronoun is left alone. Empty: no such check
    agent_verbs: frozenset[str] = frozenset()
    #: adverbs skipped between a pronoun and its verb ("it also plans")
    adverbs: frozenset[str] = frozenset()
    #: words that join two noun phrases into a plural one ("et", "and")
    coordinators: frozenset[str] = frozenset()
