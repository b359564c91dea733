"""claims of one cluster -> Oppositions: one claim asserts what another denies.

A claim's stance is the set of its content words, each signed: negative when a negation bears
on it ("n'a pas confirmé", "was not arrested", "aucun lien", "sans preuve"), when it belongs to
the denying half of an antonym pair ("a démenti", "refused") or when a negative prefix reverses
it against a word of the other claim ("involontaire" against "volontaire", "illegal" against
"legal"); positive otherwise. Two claims of one fact are opposed when a word (a stem, or an
antonym family) is positive in one and negative in the other, and they share enough other
content words to be about the same thing. What counts as a negation, an antonym, a prefix or
an inflection comes from the language's tables (`lang/<code>/polarity.py`); restrictive and
additive forms ("ne ... que", "non seulement", "not only") deny nothing, and a negation of a
negation ("pas sans") asserts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from claimcheck.lang import LanguageProfile, get_profile
from claimcheck.models import Claim
from claimcheck.polarity_scope import Scope, negations
from claimcheck.polarity_words import QUOTES, Token, content, family, tokens
from claimcheck.polarity_words import key as key_of

__all__ = ["Opposition", "Stance", "opposed", "oppositions", "stance"]

_MIN_SHARED = 2  # content words both claims share, besides the opposed ones
_MIN_REVERSIBLE = 5
_MAX_PAIRS = 64
_PAST = 3  # how far before a word a past auxiliary dates it
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class _Mark:
    """A signed content word: its key, its sign and the words that carry it (claim offsets)."""

    key: str
    sign: int
    start: int
    end: int
    negated: bool = False
    member: int = 1
    """in an antonym family: 1 for the asserting member, -1 for the denying one"""
    ended: bool = False
    """denied as a state that has ended ("n'est plus", "no longer")"""
    past: bool = False
    """asserted in the past ("était", "was")"""
    raised: bool = False
    """asserted of a denied complement ("recommande de ne pas utiliser"): as much as the
    denial of the word itself ("ne recommande pas l'utilisation")"""
    quantity: str | None = None
    """denied of a number ("n'a pas dénombré 50 millions"): "" for a comparative"""
    anchors: frozenset[str] = frozenset()
    """the keys of the content words next to it, for a quality: what it qualifies"""


@dataclass
class Stance:
    """What a claim asserts and denies: key -> signed marks; and its plain content stems."""

    marks: dict[str, list[_Mark]] = field(default_factory=dict)
    words: set[str] = field(default_factory=set)
    """every content word, folded, for the prefix test"""
    positions: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    """content word -> (sign, start, end) of its first occurrence"""
    stems: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    """the numbers the claim writes ("2,3", "50")"""


@dataclass(frozen=True)
class Opposition:
    """A word one side asserts and the other denies, with the claims and words of each side."""

    key: str
    asserting: tuple[tuple[Claim, str, tuple[int, int]], ...]
    denying: tuple[tuple[Claim, str, tuple[int, int]], ...]


def stance(claim: Claim) -> Stance:
    """The signed content words of a claim (offsets index the claim's text).

    Read from its text and language only, once per text (a service compares the same stored
    claims request after request); the result is shared, never to be modified."""
    return _stance(claim.text, get_profile(claim.lang))


@lru_cache(maxsize=1 << 14)
def _stance(text: str, profile: LanguageProfile) -> Stance:
    words = tokens(text, profile)
    scope = Scope()
    denied = negations(words, profile, scope)
    past = profile.polarity.past_auxiliaries
    out = Stance(numbers=set(_NUMBER.findall(text)))
    pasts = [t.word in past for t in words]  # each word: a past auxiliary?
    for i, token in enumerate(words):
        if not content(token.word, profile):
            continue
        if i in scope.neutral and i not in denied:
            out.stems.add(key_of(token.word, profile))
            continue
        sign = -1 if i in denied else 1
        start, end = denied.get(i, (token.start, token.end))
        if sign > 0 and i and words[i - 1].word in profile.polarity.skipped:
            start = words[i - 1].start  # "a confirmé", "was arrested": the auxiliary too
        out.words.add(token.word)
        out.positions.setdefault(token.word, (sign, start, end))
        stem_key = key_of(token.word, profile)
        out.stems.add(stem_key)
        found = family(token.word, profile)
        if found is not None and (_named(text, words, i) or _other_sense(words, i, profile)):
            found = None  # "Lowe", "Bonne-Espérance": a name; "s'est échoué": run aground
        anchors = _anchors(words, i, profile) if found and found[0].startswith("^") else None
        ended = i in scope.finished
        raised = sign > 0 and i in scope.raising
        quantity = scope.quantities.get(i) if sign < 0 else None
        before = sign > 0 and True in pasts[max(0, i - _PAST) : i]
        # an antonym sets assertion against denial, not a negated antonym against either
        key, member = (found[0], found[1]) if found is not None else (stem_key, 1)
        mark = _Mark(
            key, sign * member, start, end, sign < 0, member, ended, before, raised, quantity,
            anchors or frozenset(),
        )  # fmt: skip
        out.marks.setdefault(mark.key, []).append(mark)
    return out


def _other_sense(words: Sequence[Token], i: int, profile: LanguageProfile) -> bool:
    """Do the words around word i give it a sense outside its antonym family
    (`PolarityVocabulary.other_senses`: "s'est échoué", "échoué sur la plage")?"""
    pol = profile.polarity
    for stem, before, after in pol.other_senses:
        if not words[i].word.startswith(stem):
            continue
        k = i - 1
        while k >= 0 and words[k].word in pol.auxiliaries:
            k -= 1  # "s'est échoué", "se sont échoués", "s'était échoué"
        if k >= 0 and words[k].word in before:
            return True
        if any(t.word in after for t in words[i + 1 : i + 3]):
            return True
    return False


def _named(text: str, words: Sequence[Token], i: int) -> bool:
    """Is word i capitalised inside its sentence, a name?"""
    return (
        text[words[i].start : words[i].start + 1].isupper()
        and i > 0
        and (words[i - 1].word not in {".", "!", "?", ":", "«", '"', "“", "—", "-"})
    )


def _anchors(words: Sequence[Token], i: int, profile: LanguageProfile) -> frozenset[str]:
    """The keys of the content words right before and after word i, past adverbs, quote
    marks, articles and auxiliaries, never past another word: what an adjective qualifies
    ("effets rares", "le risque est faible", "a low turnout"), not what a preposition adds."""
    pol = profile.polarity
    out = set()
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(words):
            word = words[k].word
            adverb = bool(pol.adverb_endings) and word.endswith(pol.adverb_endings)
            if content(word, profile) and not adverb:
                out.add(key_of(word, profile))
            if not (adverb or word in QUOTES or word in pol.skipped or word in pol.degree_adverbs):
                break
            k += step
    return frozenset(out)


@lru_cache(maxsize=1 << 16)  # asked for every content word of every compared pair
def _reversible(word: str, profile: LanguageProfile) -> tuple[str, ...]:
    """The words a negative prefix of `word` reverses ("illégal" -> "légal"), prefixes in
    table order."""
    pol = profile.polarity
    return tuple(
        base
        for prefix in pol.negative_prefixes
        if word.startswith(prefix)
        and len(base := word[len(prefix) :]) >= _MIN_REVERSIBLE
        and base.endswith(pol.reversible_endings)
    )


def _prefixed(a: Stance, b: Stance, profile: LanguageProfile) -> list[tuple[str, _Mark, _Mark]]:
    """Words of `a` that a negative prefix makes the reverse of a word of `b`."""
    out = []
    for word in sorted(a.words - b.words):  # in order: the findings too
        for base in _reversible(word, profile):
            if base in b.words and base not in a.words:
                sa, s0, e0 = a.positions[word]
                sb, s1, e1 = b.positions[base]
                base_key = key_of(base, profile)
                marks = (_Mark(base_key, -sa, s0, e0), _Mark(base_key, sb, s1, e1))
                out.append((base_key, *marks))
                break
    return out


def opposed(a: Claim, b: Claim) -> list[tuple[str, _Mark, _Mark]]:
    """(key, mark in a, mark in b) for each word one claim asserts and the other denies."""
    if a.lang != b.lang:
        return []  # the words of two languages cannot be set against each other
    profile = get_profile(a.lang)
    sa, sb = stance(a), stance(b)
    return _opposed(sa, sb, profile)


def _anchored(marks_a: Sequence[_Mark], marks_b: Sequence[_Mark]) -> bool:
    """Do two qualities qualify the same thing (a word next to each: "effets rares" /
    "effet fréquent", "le risque est faible" / "le risque est élevé")?"""
    return any(a.anchors & b.anchors for a in marks_a for b in marks_b)


def _other_number(marks: Sequence[_Mark], other: Stance) -> bool:
    """Does a mark deny a number, or a comparative, that the other claim does not give?"""
    return any(m.quantity is not None and m.quantity not in other.numbers for m in marks)


def _opposed(sa: Stance, sb: Stance, profile: LanguageProfile) -> list[tuple[str, _Mark, _Mark]]:
    found: list[tuple[str, _Mark, _Mark]] = []
    keys: set[str] = set()
    for ka in sorted(sa.marks.keys() & sb.marks.keys()):  # in order, whatever the hash seed
        kb = ka
        marks_a, marks_b = sa.marks[ka], sb.marks[kb]
        marks = marks_a + marks_b
        signs_a = {m.sign for m in marks_a}
        signs_b = {m.sign for m in marks_b}
        members = {m.member for m in marks}
        if len(members) > 1 and any(m.negated for m in marks):
            continue  # "n'a pas démenti" does not oppose "a confirmé"
        if len(signs_a) == 1 and len(signs_b) == 1 and signs_a != signs_b:
            denied = [m for m in marks if m.sign < 0]
            if all(m.ended for m in denied) and all(m.past for m in marks if m.sign > 0):
                continue  # "n'est plus le chef" / "était le chef": no longer, not never
            if all(m.raised for m in marks if m.sign > 0):
                continue  # "recommande de ne pas utiliser" / "ne recommande pas l'utilisation"
            if _other_number(marks_a, sb) or _other_number(marks_b, sa):
                continue  # "n'a pas dénombré 50 millions" / "a dénombré 2,3 millions"
            if ka.startswith("^") and not _anchored(marks_a, marks_b):
                continue  # "une bonne nouvelle" / "une mauvaise influence": two things
            found.append((min(ka, kb, key=len), marks_a[0], marks_b[0]))
            keys |= {ka, kb}
    found += _prefixed(sa, sb, profile)
    found += [(k, mb, ma) for k, ma, mb in _prefixed(sb, sa, profile)]
    if not found:
        return []
    # about the same thing: at least two words in common besides the opposed ones
    shared = sa.stems & sb.stems
    keys |= {k for k, _, _ in found}
    if len(shared - keys) < _MIN_SHARED:
        return []
    return found


def _complements(a: Claim, b: Claim) -> bool:
    """Do the claims give shares that add up to the whole (97 % against 3 %)?"""
    shares_a = [q.value for q in a.quantities if q.dimension == "percent"]
    shares_b = [q.value for q in b.quantities if q.dimension == "percent"]
    return any(abs(x + y - 100) <= 1 for x in shares_a for y in shares_b)


def oppositions(claims: Sequence[Claim]) -> list[Opposition]:
    """Every opposition between claims of different documents in one cluster, merged by key."""
    stances: dict[str, Stance] = {}  # computed only for the claims of a compared pair

    def stance_of(claim: Claim) -> Stance:
        if claim.id not in stances:
            stances[claim.id] = stance(claim)
        return stances[claim.id]

    merged: dict[tuple[str, str], tuple[dict[str, tuple[Claim, str, tuple[int, int]]], ...]] = {}
    pairs = 0
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if a.document_id == b.document_id or a.lang != b.lang:
                continue
            pairs += 1
            if pairs > _MAX_PAIRS * _MAX_PAIRS:
                break
            if _complements(a, b):
                continue  # "97 % agree" and "3 % do not agree" say one thing
            profile = get_profile(a.lang)
            for key, ma, mb in _opposed(stance_of(a), stance_of(b), profile):
                pos, neg = ((a, ma), (b, mb)) if ma.sign > 0 else ((b, mb), (a, ma))
                slot = merged.setdefault((a.lang, key), ({}, {}))
                for claim, mark, side in ((pos[0], pos[1], 0), (neg[0], neg[1], 1)):
                    words = claim.text[mark.start : mark.end]
                    span = (claim.start + mark.start, claim.start + mark.end)
                    slot[side].setdefault(claim.id, (claim, " ".join(words.split()), span))
    return [
        Opposition(key=key, asserting=tuple(pos.values()), denying=tuple(neg.values()))
        for (_, key), (pos, neg) in merged.items()
    ]


def reversal(a: str, b: str, lang: str) -> str | None:
    """How two runs of words differ in polarity, or None: a negation one lacks, a reversing
    prefix ("involontaire" / "volontaire") or the two halves of an antonym pair."""
    profile = get_profile(lang)
    pol = profile.polarity
    wa = [t.word for t in tokens(a, profile)]
    wb = [t.word for t in tokens(b, profile)]
    cues = pol.negators | pol.openers | pol.privatives
    na, nb = [w for w in wa if w in cues], [w for w in wb if w in cues]
    if bool(na) != bool(nb):
        return f"negation “{' '.join(na or nb)}” on one side only"
    for x, y in ((wa, wb), (wb, wa)):
        for word in set(x) - set(y):
            for prefix in pol.negative_prefixes:
                base = word[len(prefix) :]
                if word.startswith(prefix) and base in y and base.endswith(pol.reversible_endings):
                    return f"“{word}” reverses “{base}”"
    fa = {f for w in wa if (f := family(w, profile)) is not None}
    fb = {f for w in wb if (f := family(w, profile)) is not None}
    for key, sign in fa:
        if (key, -sign) in fb:
            return "antonyms"
    return None
