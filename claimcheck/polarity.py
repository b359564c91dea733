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
from functools import cache, lru_cache

from claimcheck.lang import LanguageProfile, get_profile
from claimcheck.lang.polarity_types import PolarityVocabulary
from claimcheck.models import Claim

__all__ = ["Opposition", "Stance", "opposed", "oppositions", "stance"]

_TOKEN = re.compile(r"[^\W\d_]+'|\w+|[^\w\s]", re.UNICODE)
_SCOPE = 10  # the furthest a closing negator stands from its opener, in words
_MIN_STEM = 4
_MIN_SHARED = 2  # content words both claims share, besides the opposed ones
_MIN_REVERSIBLE = 5
_MAX_PAIRS = 64
_PAST = 3  # how far before a word a past auxiliary dates it
_SUPERLATIVE = 4  # how far before a free negator a superlative makes it mean "ever"


@dataclass(frozen=True)
class _Token:
    word: str
    start: int
    end: int


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


@dataclass
class Stance:
    """What a claim asserts and denies: key -> signed marks; and its plain content stems."""

    marks: dict[str, list[_Mark]] = field(default_factory=dict)
    words: set[str] = field(default_factory=set)
    """every content word, folded, for the prefix test"""
    positions: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    """content word -> (sign, start, end) of its first occurrence"""
    stems: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Opposition:
    """A word one side asserts and the other denies, with the claims and words of each side."""

    key: str
    asserting: tuple[tuple[Claim, str, tuple[int, int]], ...]
    denying: tuple[tuple[Claim, str, tuple[int, int]], ...]


def _rewrite(text: str, profile: LanguageProfile) -> tuple[str, list[int]]:
    """Lower-cased text with the language's rewrites applied, and each char's original offset."""
    lowered = _lower(text).replace("’", "'")
    origin = list(range(len(lowered)))
    for pattern, replacement in profile.polarity.rewrites:
        matches = list(re.finditer(pattern, lowered))
        if not matches:
            continue
        out: list[str] = []
        mapped: list[int] = []
        last = 0
        for match in matches:
            out.append(lowered[last : match.start()])
            mapped.extend(origin[last : match.start()])
            out.append(replacement)
            at = origin[match.start()] if match.start() < len(origin) else len(text)
            mapped.extend([at] * len(replacement))
            last = match.end()
        out.append(lowered[last:])
        mapped.extend(origin[last:])
        lowered, origin = "".join(out), mapped
    return lowered, origin


def _lower(text: str) -> str:
    """Each character lower-cased on its own, one character for one (offsets are kept)."""
    whole = text.lower()
    if len(whole) == len(text) and "Σ" not in text:
        return whole  # no character grew, and no final sigma: the same as char by char
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def _tokens(text: str, profile: LanguageProfile) -> list[_Token]:
    rewritten, origin = _rewrite(text, profile)
    out = []
    for match in _TOKEN.finditer(rewritten):
        start = origin[match.start()]
        end = origin[match.end() - 1] + 1
        out.append(_Token(match.group(), start, max(end, start + 1)))
    return out


@cache
def _stems(profile: LanguageProfile) -> tuple[str, ...]:
    return tuple(sorted(profile.morphology.inflections, key=len, reverse=True))


@lru_cache(maxsize=1 << 16)  # called for every content word of every compared claim
def stem(word: str, profile: LanguageProfile) -> str:
    """The word without its longest inflectional ending (at least four letters kept)."""
    for ending in _stems(profile):
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            return word[: -len(ending)]
    return word


@cache
def _antonyms(profile: LanguageProfile) -> tuple[tuple[str, int, tuple[str, ...]], ...]:
    """(family key, sign, stems), longest stems first."""
    out = []
    for index, (asserting, denying) in enumerate(profile.polarity.antonyms):
        out.append((f"~{index}", 1, asserting))
        out.append((f"~{index}", -1, denying))
    return tuple(out)


@cache
def _antonym_stems(
    profile: LanguageProfile,
) -> tuple[dict[str, tuple[tuple[str, int, str], ...]], tuple[tuple[str, int, str], ...]]:
    """(family key, sign, stem) by the stem's first letter, in table order; and the empty stems."""
    by_initial: dict[str, list[tuple[str, int, str]]] = {}
    empty: list[tuple[str, int, str]] = []
    for key, sign, stems in _antonyms(profile):
        for s in stems:
            (by_initial.setdefault(s[0], []) if s else empty).append((key, sign, s))
    return {k: tuple(v) for k, v in by_initial.items()}, tuple(empty)


@lru_cache(maxsize=1 << 16)  # called for every word of every compared claim, often again
def _family(word: str, profile: LanguageProfile) -> tuple[str, int] | None:
    """The antonym family of a word and whether it is the denying member.

    Only the stems the word starts with can match: those of its first letter (in table order,
    so that the first of equally long stems wins, as in the table), then an empty stem.
    """
    endings = profile.morphology.inflections
    best: tuple[int, str, int] | None = None
    by_initial, empty = _antonym_stems(profile)
    for key, sign, s in (*by_initial.get(word[:1], ()), *empty):
        if not word.startswith(s):
            continue
        rest = word[len(s) :]
        matches = (rest == "" and len(s) >= 3) or rest in endings
        if matches and (best is None or len(s) > best[0]):
            best = (len(s), key, sign)
    return (best[1], best[2]) if best else None


@lru_cache(maxsize=1 << 16)
def _content(word: str, profile: LanguageProfile) -> bool:
    return (
        word[:1].isalpha()
        and not word.endswith("'")
        and len(word) > 1
        and word not in profile.polarity.skipped
        and word not in profile.text.stop_words
        and word not in profile.polarity.negators
        and word not in profile.polarity.bound_negators
        and word not in profile.polarity.privatives
    )


def _punct(word: str) -> bool:
    return not word[:1].isalnum()


def _next_content(tokens: Sequence[_Token], i: int, profile: LanguageProfile) -> int | None:
    """The first content word at or after i, before any punctuation; an adverb right after
    an auxiliary is passed over ("n'ont été récemment rapportés")."""
    pol = profile.polarity
    while i < len(tokens) and not _punct(tokens[i].word):
        word = tokens[i].word
        adverb = (
            bool(pol.adverb_endings)
            and word.endswith(pol.adverb_endings)
            and i > 0
            and tokens[i - 1].word in pol.auxiliaries
        )
        if _content(word, profile) and not adverb:
            return i
        i += 1
    return None


def _negated(
    tokens: Sequence[_Token], profile: LanguageProfile, neutral: set[int], finished: set[int]
) -> dict[int, tuple[int, int]]:
    """Index of each word a negation bears on -> (start, end) of the negated phrase; `neutral`
    receives the words a negation makes neither asserted nor denied, `finished` those denied
    as a state that has ended ("n'est plus", "no longer")."""
    pol = profile.polarity
    words = [t.word for t in tokens]
    out: dict[int, tuple[int, int]] = {}
    used: set[int] = set()

    def after(j: int) -> str:
        return words[j + 1] if j + 1 < len(words) else ""

    def bear(head: int | None, first: int, last: int) -> None:
        if head is None:
            return
        lo, hi = min(first, head), max(last, head)
        out[head] = (tokens[lo].start, tokens[hi].end)
        if first in ended or after(first) in pol.cessation:
            finished.add(head)
        governed = _governed(tokens, head, profile)
        if governed is not None:
            out[governed] = (tokens[lo].start, tokens[governed].end)

    ended: set[int] = set()  # openers closed by a cessation ("ne ... plus")
    subject: dict[int, int] = {}  # opener -> the quantifier before it ("Aucun ... n'a")
    for i, word in enumerate(words):
        if word in pol.quantifiers:
            for j in range(i + 1, min(len(words), i + _SCOPE)):
                if _punct(words[j]):
                    break
                if words[j] in pol.openers:
                    subject[j] = i
                    used.add(i)
                    break

    for i, word in enumerate(words):
        if word in pol.openers:
            close = None
            restricted = False
            for j in range(i + 1, min(len(words), i + _SCOPE)):
                if _punct(words[j]) or words[j] in pol.restrictive:
                    restricted = words[j] in pol.restrictive
                    break
                if words[j] in pol.negators or words[j] in pol.bound_negators:
                    close = j
                    break
            if close is None:
                verb = _next_content(tokens, i + 1, profile)
                literary = not restricted and i not in subject and verb is not None
                if literary and verb is not None and _family(words[verb], profile) is not None:
                    # "ne cesse d'augmenter": the literary lone "ne" denies the verb, not what
                    # it governs
                    out[verb] = (tokens[i].start, tokens[verb].end)
                    continue
                if i in subject:  # "Aucun des joueurs n'a abandonné": the verb is denied,
                    # the players neither asserted nor denied
                    for k in range(subject[i] + 1, i):
                        neutral.add(k)
                    bear(_next_content(tokens, i + 1, profile), subject[i], i)
                continue  # "ne ... que" restricts; a lone "ne" denies nothing
            used.add(close)
            if words[close] in pol.cessation or after(close) in pol.cessation:
                ended.add(i)
            if words[close] in pol.quantifiers:  # "ne vend à aucun service": the verb is
                # denied, the services neither asserted nor denied
                noun = _next_content(tokens, close + 1, profile)
                if noun is not None:
                    neutral.add(noun)
            if after(close) in pol.not_denying_after:
                continue  # "pas seulement", "pas que": additive
            if (privative := _privative(words, close, pol.privatives)) is not None:
                used.add(privative)  # "pas ... sans": a double negation asserts
                continue
            head = next((k for k in range(i + 1, close) if _content(words[k], profile)), None)
            later = _next_content(tokens, close + 1, profile)
            auxiliary = any(words[k] in pol.auxiliaries for k in range(i + 1, head or i))
            if head is None or (
                later is not None and auxiliary and words[close] not in pol.quantifiers
            ):
                head = later  # after an auxiliary: the participle ("n'ont finalement pas fui")
            bear(head, i, close)
        elif word in pol.negators and i not in used:
            if i and words[i - 1] in pol.not_denying_before:
                continue
            if any(w in pol.superlatives for w in words[max(0, i - _SUPERLATIVE) : i]):
                continue  # "le plus puissant jamais enregistré": ever, not never
            if after(i) in pol.not_denying_after:
                continue
            if (privative := _privative(words, i, pol.privatives)) is not None:
                used.add(privative)
                continue
            if word in pol.adjacent_negators:
                if i + 1 < len(words) and _content(words[i + 1], profile):
                    bear(i + 1, i, i)
                continue
            bear(_next_content(tokens, i + 1, profile), i, i)
        elif word in pol.privatives and i not in used:
            # "homes without power" denies no statement about power: neither side
            noun = _next_content(tokens, i + 1, profile)
            if noun is not None:
                neutral.add(noun)
        elif (family := _family(word, profile)) is not None and family[1] < 0 and i not in out:
            # "refuse de vendre", "a nié avoir vendu": the verb a denial governs is denied;
            # "a démenti que des milliers de citoyens aient porté plainte": its clause too
            governed = _governed(tokens, i, profile)
            if governed is not None and governed not in out:
                out[governed] = (tokens[i].start, tokens[governed].end)
            elif after(i) in pol.restrictive or after(i) in pol.clause_links:
                _deny_clause(tokens, i, profile, out, neutral)
    # "il n'est pas avéré que X", "il est impossible que X": an unproven or impossible
    # clause is denied
    for i, word in enumerate(words):
        if after(i) not in pol.clause_links or not _epistemic(word, pol):
            continue
        reversed_ = any(
            word.startswith(p) and _epistemic(word[len(p) :], pol) for p in pol.negative_prefixes
        )
        if (i in out) == reversed_:
            continue  # asserted ("il est avéré que"), or doubly reversed
        _deny_clause(tokens, i, profile, out, neutral)
    return out


def _deny_clause(
    tokens: Sequence[_Token],
    i: int,
    profile: LanguageProfile,
    out: dict[int, tuple[int, int]],
    neutral: set[int],
) -> None:
    """Deny the clause after tokens[i] and its link ("dément que des élus aient voté la loi"):
    what follows its auxiliary is denied, its subject neither asserted nor denied; a clause
    without an auxiliary is left neutral (its verb cannot be told from its subject)."""
    pol = profile.polarity
    clause = []
    for k in range(i + 2, len(tokens)):
        word = tokens[k].word
        if _punct(word) or word in pol.clause_breaks:
            break
        clause.append(k)
    aux = next(
        (n for n, k in enumerate(clause) if tokens[k].word in pol.auxiliaries and n > 0),
        None,
    )
    for n, k in enumerate(clause):
        if not _content(tokens[k].word, profile) or k in out:
            continue
        if aux is not None and n > aux:
            out[k] = (tokens[i].start, tokens[k].end)
        else:
            neutral.add(k)


def _epistemic(word: str, pol: PolarityVocabulary) -> bool:
    return any(word.startswith(e) for e in pol.epistemic) or any(
        word.startswith(p + e) for p in pol.negative_prefixes for e in pol.epistemic
    )


def _privative(words: Sequence[str], i: int, privatives: frozenset[str]) -> int | None:
    """A privative later in the clause of the negation at i ("did not sign without")."""
    for j in range(i + 1, len(words)):
        if _punct(words[j]):
            return None
        if words[j] in privatives:
            return j
    return None


def _governed(tokens: Sequence[_Token], head: int, profile: LanguageProfile) -> int | None:
    """The verb a word governs through a link ("menacé de poursuivre", "try to hide")."""
    pol = profile.polarity
    link = head + 1
    if link >= len(tokens) or tokens[link].word not in pol.complement_links:
        return None
    governed = link + 1
    while governed < len(tokens) and tokens[governed].word in pol.skipped:
        governed += 1
    if governed >= len(tokens) or not _content(tokens[governed].word, profile):
        return None
    word = tokens[governed].word
    if pol.governed_endings and not word.endswith(pol.governed_endings):
        return None
    return governed


def stance(claim: Claim) -> Stance:
    """The signed content words of a claim (offsets index the claim's text)."""
    profile = get_profile(claim.lang)
    tokens = _tokens(claim.text, profile)
    neutral: set[int] = set()
    finished: set[int] = set()
    negated = _negated(tokens, profile, neutral, finished)
    past = profile.polarity.past_auxiliaries
    out = Stance()
    for i, token in enumerate(tokens):
        if not _content(token.word, profile):
            continue
        if i in neutral and i not in negated:
            out.stems.add(stem(token.word, profile))
            continue
        sign = -1 if i in negated else 1
        start, end = negated.get(i, (token.start, token.end))
        if sign > 0 and i and tokens[i - 1].word in profile.polarity.skipped:
            start = tokens[i - 1].start  # "a confirmé", "was arrested": the auxiliary too
        out.words.add(token.word)
        out.positions.setdefault(token.word, (sign, start, end))
        key = stem(token.word, profile)
        out.stems.add(key)
        family = _family(token.word, profile)
        ended = i in finished
        before = sign > 0 and any(t.word in past for t in tokens[max(0, i - _PAST) : i])
        if family is not None:
            # an antonym sets assertion against denial, not a negated antonym against either
            mark = _Mark(
                family[0], sign * family[1], start, end, sign < 0, family[1], ended, before
            )
            out.marks.setdefault(family[0], []).append(mark)
        else:
            mark = _Mark(key, sign, start, end, sign < 0, 1, ended, before)
            out.marks.setdefault(key, []).append(mark)
    return out


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
    for word in a.words - b.words:
        for base in _reversible(word, profile):
            if base in b.words and base not in a.words:
                sa, s0, e0 = a.positions[word]
                sb, s1, e1 = b.positions[base]
                key = stem(base, profile)
                out.append((key, _Mark(key, -sa, s0, e0), _Mark(key, sb, s1, e1)))
                break
    return out


def opposed(a: Claim, b: Claim) -> list[tuple[str, _Mark, _Mark]]:
    """(key, mark in a, mark in b) for each word one claim asserts and the other denies."""
    if a.lang != b.lang:
        return []  # the words of two languages cannot be set against each other
    profile = get_profile(a.lang)
    sa, sb = stance(a), stance(b)
    return _opposed(sa, sb, profile)


def _opposed(sa: Stance, sb: Stance, profile: LanguageProfile) -> list[tuple[str, _Mark, _Mark]]:
    found: list[tuple[str, _Mark, _Mark]] = []
    for key in sa.marks.keys() & sb.marks.keys():
        signs_a = {m.sign for m in sa.marks[key]}
        signs_b = {m.sign for m in sb.marks[key]}
        members = {m.member for m in sa.marks[key] + sb.marks[key]}
        if len(members) > 1 and any(m.negated for m in sa.marks[key] + sb.marks[key]):
            continue  # "n'a pas démenti" does not oppose "a confirmé"
        if len(signs_a) == 1 and len(signs_b) == 1 and signs_a != signs_b:
            marks = sa.marks[key] + sb.marks[key]
            denied = [m for m in marks if m.sign < 0]
            if all(m.ended for m in denied) and all(m.past for m in marks if m.sign > 0):
                continue  # "n'est plus le chef" / "était le chef": no longer, not never
            found.append((key, sa.marks[key][0], sb.marks[key][0]))
    found += _prefixed(sa, sb, profile)
    found += [(k, mb, ma) for k, ma, mb in _prefixed(sb, sa, profile)]
    if not found:
        return []
    # about the same thing: at least two words in common besides the opposed ones
    shared = sa.stems & sb.stems
    keys = {k for k, _, _ in found}
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
    wa = [t.word for t in _tokens(a, profile)]
    wb = [t.word for t in _tokens(b, profile)]
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
    fa = {f for w in wa if (f := _family(w, profile)) is not None}
    fb = {f for w in wb if (f := _family(w, profile)) is not None}
    for key, sign in fa:
        if (key, -sign) in fb:
            return "antonyms"
    return None
