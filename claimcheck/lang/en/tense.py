"""English words that tell a clause's tense before a date (see lang/tense_types.py)."""

from __future__ import annotations

from claimcheck.lang.tense_types import TenseVocabulary, words

__all__ = ["TENSE"]

_IRREGULAR_PAST = (
    "was were had did wasn't weren't hadn't didn't took came went fell began won lost met held"
    " made gave saw got ran found sent struck spoke wrote flew broke became rose sank fled led"
    " paid sold bought brought fought caught stood sat kept built spent knew threw grew drew"
    " drove rode chose froze woke wore swore tore"
)
_IRREGULAR_PARTICIPLES = (
    "been gone taken given seen done come become begun won lost left held made found sent"
    " struck spoken written flown broken risen fallen fled led paid sold bought brought fought"
    " caught met kept built spent known thrown grown drawn driven chosen frozen worn sworn torn"
)

TENSE = TenseVocabulary(
    past_words=words(_IRREGULAR_PAST),
    past_endings=("ed",),
    past_vetoes=words(
        "hundred kindred sacred hatred indeed speed proceed succeed exceed breed greed creed"
        " steed bleed naked wicked wretched rugged ragged beloved need feed seed deed weed heed"
        " reed shed sled"
    ),
    perfect_auxiliaries=frozenset({"has", "have", "had", "hasn't", "haven't", "hadn't"}),
    participle_endings=("ed",),
    participles=words(_IRREGULAR_PARTICIPLES),
    adverbs=frozenset({"already", "not", "just", "also", "now", "finally", "since", "recently"}),
    adverb_endings=("ly",),
    contracted_present=("'s", "'re", "'m"),
    stops=words(
        # what is ahead or unclear: modals, an infinitive, a passive's "be" ("is to be held"),
        # a plan ("scheduled", "due")
        "would could should might must may can to be being due expected scheduled planned"
        " slated set poised likely going postponed delayed rescheduled moved pushed adjourned"
        " deferred pending next upcoming coming awaiting ahead is are am"
    ),
    announcing=words(
        "said announced confirmed warned called urged promised pledged vowed agreed decided"
        " ordered asked invited summoned threatened proposed told reported revealed"
        " unveiled"
    ),
    clause_openers=words(
        "and but or which who whom whose that when while where because if although though"
        " whereas so"
    ),
    relatives=frozenset({"who", "which", "that"}),
    forward_leads=frozenset({"until", "till", "to", "for", "by", "through", "before"}),
    date_leads=frozenset({"on", "the"}),
    determiners=frozenset(
        {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "your", "my"}
    ),
)
