"""Typed tables of the words that tell a clause's tense before a date (see lang/fr/tense.py).

Keys are lower-case words, with a straight apostrophe. The reader (claimcheck.ground.tense)
reads only these tables.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TenseVocabulary", "words"]


def words(text: str) -> frozenset[str]:
    """A table of words written one after another, space-separated."""
    return frozenset(text.split())


@dataclass(frozen=True, eq=False)
class TenseVocabulary:
    """Past forms, the words that leave a clause's time unclear, and where a clause opens.

    `eq=False` keeps instances hashable (by identity), as `TimeVocabulary`.
    """

    #: finite past forms, whole words: "was", "had", "était", "fut"
    past_words: frozenset[str] = frozenset()
    #: endings of lower-case words in the past: "ed"; "èrent", "aient"
    past_endings: tuple[str, ...] = ()
    #: a word with a past ending is at least this long ("bred", "need" are not read)
    past_min_length: int = 4
    #: words with a past ending that are none ("hundred", "indeed", "exceed")
    past_vetoes: frozenset[str] = frozenset()
    #: auxiliaries that make a past with a participle right after them ("a", "ont", "has")
    perfect_auxiliaries: frozenset[str] = frozenset()
    #: auxiliaries that make a past only with the participle of a verb of `motion_participles`
    #: ("il est mort", "elle est partie"; "il est attendu", "est jugé" are present passives),
    #: or with any participle after a reflexive clitic ("s'est tenu")
    motion_auxiliaries: frozenset[str] = frozenset()
    motion_participles: frozenset[str] = frozenset()
    reflexive_clitics: frozenset[str] = frozenset()
    #: endings of participles ("é", "ée"; "ed") and irregular ones ("mort", "eu", "been")
    participle_endings: tuple[str, ...] = ()
    participles: frozenset[str] = frozenset()
    #: words that may stand between an auxiliary and its participle ("pas", "déjà", "already"),
    #: and the endings of adverbs ("ly": "is to be formally sentenced")
    adverbs: frozenset[str] = frozenset()
    adverb_endings: tuple[str, ...] = ()
    #: endings of a contracted present of "be" ("he's sentenced", "they're expected")
    contracted_present: tuple[str, ...] = ()
    #: words after which a date's time is unclear: the conditional or an infinitive lead
    #: ("would", "to", "de"), a passive's "be" ("will be held"), verbs that announce what is
    #: ahead ("announced", "postponed", "annoncé", "reporté": past only when the date follows
    #: them at once, "announced on March 21")
    stops: frozenset[str] = frozenset()
    #: endings of words that stop the same way: the conditional ("rait", "raient")
    stop_endings: tuple[str, ...] = ()
    #: an infinitive after its lead stops the same way ("a promis de revenir le 21 mars")
    infinitive_leads: frozenset[str] = frozenset()
    infinitive_endings: tuple[str, ...] = ()
    #: verbs of `stops` in the past: right before the date they date themselves
    announcing: frozenset[str] = frozenset()
    #: words that open another clause, the scan ends there ("and", "which", "et", "qui")
    clause_openers: frozenset[str] = frozenset()
    #: relative pronouns: a past just after one, then words before the date, is the
    #: relative clause's ("the man who was arrested faces trial on ...")
    relatives: frozenset[str] = frozenset()
    #: words right before a date that point ahead whatever the tense ("until", "jusqu'au")
    forward_leads: frozenset[str] = frozenset()
    #: words between the date and the last verb that are its lead ("on", "the", "le")
    date_leads: frozenset[str] = frozenset()
    #: determiners: a word with a past ending after one is an adjective ("the planned strike")
    determiners: frozenset[str] = frozenset()
