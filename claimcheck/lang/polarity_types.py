"""The typed tables of polarity and morphology: negation cues, antonyms, affixes, endings."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PolarityVocabulary:
    """How a language asserts and denies: every entry lower-case, apostrophes as "'"."""

    #: (regular expression, replacement) applied to lower-cased text before tokenising
    #: ("n't" -> " not"), so that a negation is always a word of its own
    rewrites: tuple[tuple[str, str], ...] = ()
    #: particles that open a negation closed by a later word ("ne" ... "pas")
    openers: frozenset[str] = frozenset()
    #: words that negate on their own ("pas", "jamais", "not", "never", "no")
    negators: frozenset[str] = frozenset()
    #: negators that bear only on the word right after them ("non vacciné", not "et non à Paris")
    adjacent_negators: frozenset[str] = frozenset()
    #: negators that quantify a noun ("aucun", "nul", "no"): after a verb they deny it and
    #: their noun ("n'a constaté aucune hausse"); before an opener, the verb it opens
    #: ("aucun joueur n'a abandonné")
    quantifiers: frozenset[str] = frozenset()
    #: words that negate only after an opener ("ne ... plus", "ne ... rien")
    bound_negators: frozenset[str] = frozenset()
    #: words that, right after an opener's verb, make it restrictive, not negative ("ne ... que")
    restrictive: frozenset[str] = frozenset()
    #: a negator followed by one of these does not deny ("non seulement", "not only")
    not_denying_after: frozenset[str] = frozenset()
    #: words before a negator that make it part of a set phrase ("whether or not")
    not_denying_before: frozenset[str] = frozenset()
    #: words of a superlative, after which a negator without an opener means "ever"
    #: ("le plus puissant jamais enregistré")
    superlatives: frozenset[str] = frozenset()
    #: words that deny what follows them ("sans", "without")
    privatives: frozenset[str] = frozenset()
    #: nouns of lack: what they govern is neither asserted nor denied ("un défaut
    #: d'étanchéité" says what "pas étanche" says, "a lack of evidence")
    privative_nouns: frozenset[str] = frozenset()
    #: words skipped to reach the word a negation bears on: auxiliaries, modals, clitics,
    #: adverbs ("a", "été", "se", "encore", "has", "been", "yet")
    skipped: frozenset[str] = frozenset()
    #: words that tie a negated verb to the verb it governs, which the negation then covers
    #: too ("n'a pas menacé de poursuivre", "did not try to hide")
    complement_links: frozenset[str] = frozenset()
    #: words that open the clause a verb of denial denies ("que", "that"); "que" may also be
    #: among `restrictive`
    clause_links: frozenset[str] = frozenset()
    #: words that end the clause a denial covers ("et", "mais", "and", "but")
    clause_breaks: frozenset[str] = frozenset()
    #: stems of words that vouch for a clause ("avéré", "prouvé", "possible", "true"): denied
    #: or reversed ("n'est pas avéré que", "impossible que"), they deny the clause
    epistemic: tuple[str, ...] = ()
    #: endings of the verb such a link introduces ("er", "ir", "re"); empty: any word
    governed_endings: tuple[str, ...] = ()
    #: the auxiliaries and modals among `skipped` ("a", "été", "peut", "has", "been", "can"):
    #: after one, the participle is the verb a negation bears on
    auxiliaries: frozenset[str] = frozenset()
    #: the past forms among them ("était", "avait", "was", "had"): "n'est plus le chef" (no
    #: longer) does not deny "était le chef"
    past_auxiliaries: frozenset[str] = frozenset()
    #: the negators that say a state has ended ("plus" in "ne ... plus", "longer")
    cessation: frozenset[str] = frozenset()
    #: endings of adverbs, passed over right after an auxiliary ("a récemment", "has recently")
    adverb_endings: tuple[str, ...] = ()
    #: the clitic pronouns among `skipped` ("se", "le", "y"): unlike an auxiliary, they leave
    #: the verb before the closing negator ("ne s'applique pas")
    clitics: frozenset[str] = frozenset()
    #: antonym families: (stems that assert, stems that deny the same predicate);
    #: a stem matches a word equal to it or to it plus an ending of `Morphology.inflections`
    antonyms: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    #: (stem of an antonym, words before it, words after it) that give the word a sense of
    #: its own, outside its family: "le cargo s'est échoué sur un banc de sable" ran aground,
    #: it did not fail; the words before are looked for across auxiliaries, those after in
    #: the next two words
    other_senses: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = ()
    #: near-synonyms of one predicate, as stems matched like those of `antonyms`: a word
    #: denied in one claim and its synonym asserted in the other are opposed ("n'a pas été
    #: créée" / "a été constituée", "not proven" / "demonstrated")
    synonyms: tuple[tuple[str, ...], ...] = ()
    #: antonym adjectives of quality or degree ("élevé" / "faible", "high" / "low"): opposed
    #: only where they qualify the same thing, a word next to one that the other claim has
    qualities: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    #: adverbs of degree passed over between a quality and what it qualifies ("est très
    #: faible", "is very low")
    degree_adverbs: frozenset[str] = frozenset()
    #: (ending, replacement) rewritten before stemming, the first that fits, so that a
    #: quality and its adjective, or a noun and its plural, share a stem ("efficacité" /
    #: "efficace", "coupures" / "coupure", "activity" / "active")
    nominal_endings: tuple[tuple[str, str], ...] = ()
    #: (ending, replacement) rewritten on a stem, where the inflection table cuts one verb
    #: two ways ("provoq" for "provoque", "provoqu" for "provoquent")
    stem_endings: tuple[tuple[str, str], ...] = ()
    #: nouns of existence: a denial of one denies its complement ("dément l'existence d'un
    #: ordre", "denied the existence of a plan")
    existence_nouns: frozenset[str] = frozenset()
    #: words that link such a noun to its complement ("de", "of")
    existence_links: frozenset[str] = frozenset()
    #: stems of heads of obligation, need or hindrance: denied, they leave the verb they
    #: govern undenied ("n'a plus l'obligation de commander", "n'empêche pas de transmettre",
    #: "is not required to pay")
    modal_heads: tuple[str, ...] = ()
    #: non-finite auxiliaries: a denial followed by one denies the participle after it ("a
    #: démenti avoir envoyé", "denied having sent")
    nonfinite_auxiliaries: frozenset[str] = frozenset()
    #: comparative quantifiers: a negation followed by one bears on a quantity, not on the
    #: verb ("n'ont pas constitué moins de 2 %", "did not earn more than")
    comparatives: frozenset[str] = frozenset()
    #: subject pronouns: "que" followed by one opens a clause ("ne reconnaît pas qu'ils"), not
    #: the additive "pas que" ("pas que des vaccinés")
    subject_pronouns: frozenset[str] = frozenset()
    #: prefixes that reverse a word ("in", "il", "ir", "im", "un", "dis", "non-")
    negative_prefixes: tuple[str, ...] = ()
    #: endings a reversible word (an adjective or participle) has: "able", "al", "aire"
    reversible_endings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Morphology:
    """Word endings of a language, longest first where it matters."""

    #: inflectional endings (plural, feminine, verb forms) a stem may take
    inflections: tuple[str, ...] = ()
    #: derivational endings that make a demonym or adjective of a place or people
    #: ("ais", "ien", "ian", "ese"): "Maroc" / "Marocains" are two words, not two spellings
    derivations: tuple[str, ...] = ()
