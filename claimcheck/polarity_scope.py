"""Tokens of a claim -> the words its negations bear on, and those they leave neutral."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from claimcheck.lang import LanguageProfile
from claimcheck.lang.polarity_types import PolarityVocabulary
from claimcheck.polarity_words import Token, content, family, next_content, punct

__all__ = ["Scope", "negations"]

_SCOPE = 10  # the furthest a closing negator stands from its opener, in words
_SUPERLATIVE = 4  # how far before a free negator a superlative makes it mean "ever"


@dataclass
class Scope:
    """What a negation leaves neither asserted nor denied, and the other marks it sets."""

    neutral: set[int] = field(default_factory=set)
    """words neither asserted nor denied ("sans électricité", "aucun des joueurs")"""
    finished: set[int] = field(default_factory=set)
    """words denied as a state that has ended ("n'est plus", "no longer")"""
    raising: set[int] = field(default_factory=set)
    """words that govern a denied complement ("recommande de ne pas", "advised not to")"""
    quantities: dict[int, str] = field(default_factory=dict)
    """denied words followed by a number, which the denial bears on ("" for a comparative)"""


def negations(
    tokens: Sequence[Token], profile: LanguageProfile, scope: Scope
) -> dict[int, tuple[int, int]]:
    """Index of each word a negation bears on -> (start, end) of the negated phrase; `scope`
    receives the words it makes neither asserted nor denied, and the other marks it sets."""
    pol = profile.polarity
    words = [t.word for t in tokens]
    out: dict[int, tuple[int, int]] = {}
    used: set[int] = set()
    neutral, finished = scope.neutral, scope.finished

    def after(j: int) -> str:
        return words[j + 1] if j + 1 < len(words) else ""

    def bear(head: int | None, first: int, last: int) -> None:
        if head is None:
            return
        quantity = _quantity(words, max(head, last) + 1, pol)
        if quantity is not None:  # "n'a pas dénombré 50 millions": the number is denied,
            # unless the other claim gives the same ("" for "moins de", "more than": never)
            scope.quantities[head] = quantity
        lo, hi = min(first, head), max(last, head)
        out[head] = (tokens[lo].start, tokens[hi].end)
        if first in ended or after(first) in pol.cessation:
            finished.add(head)
        if words[head].startswith(pol.modal_heads):
            return  # "n'a plus l'obligation de commander" does not deny the order
        governed = _governed(tokens, head, profile)
        if governed is None and last > head:  # "ne prévoit pas de supprimer"
            governed = _governed(tokens, last, profile)
        if governed is not None:
            out[governed] = (tokens[lo].start, tokens[governed].end)

    ended: set[int] = set()  # openers closed by a cessation ("ne ... plus")
    subject: dict[int, int] = {}  # opener -> the quantifier before it ("Aucun ... n'a")
    for i, word in enumerate(words):
        if word in pol.quantifiers:
            for j in range(i + 1, min(len(words), i + _SCOPE)):
                if punct(words[j]):
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
                if punct(words[j]) or words[j] in pol.restrictive:
                    restricted = words[j] in pol.restrictive
                    break
                if words[j] in pol.negators or words[j] in pol.bound_negators:
                    close = j
                    break
            if close is None:
                verb = next_content(tokens, i + 1, profile)
                literary = not restricted and i not in subject and verb is not None
                found = family(words[verb], profile) if verb is not None else None
                if literary and verb is not None and found and found[0].startswith("~"):
                    # "ne cesse d'augmenter": the literary lone "ne" denies the verb, not what
                    # it governs
                    out[verb] = (tokens[i].start, tokens[verb].end)
                    continue
                if i in subject:  # "Aucun des joueurs n'a abandonné": the verb is denied,
                    # the players neither asserted nor denied
                    for k in range(subject[i] + 1, i):
                        neutral.add(k)
                    bear(next_content(tokens, i + 1, profile), subject[i], i)
                continue  # "ne ... que" restricts; a lone "ne" denies nothing
            used.add(close)
            if words[close] in pol.cessation or after(close) in pol.cessation:
                ended.add(i)
            if words[close] in pol.quantifiers:  # "ne vend à aucun service": the verb is
                # denied, the services neither asserted nor denied
                noun = next_content(tokens, close + 1, profile)
                if noun is not None:
                    neutral.add(noun)
            verb = next((k for k in range(i + 1, close) if content(words[k], profile)), None)
            completive = _clause(words, close + 1, pol) or (
                verb is not None and _epistemic(words[verb], pol)
            )
            if after(close) in pol.not_denying_after and not completive:
                continue  # "pas seulement", "pas que": additive; not "ne prouve pas que"
            if (privative := _privative(words, close, pol.privatives)) is not None:
                used.add(privative)  # "pas ... sans": a double negation asserts
                continue
            head = verb
            later = next_content(tokens, close + 1, profile)
            auxiliary = any(words[k] in pol.auxiliaries for k in range(i + 1, head or i))
            if head is None or (
                later is not None and auxiliary and words[close] not in pol.quantifiers
            ):
                head = later  # after an auxiliary: the participle ("n'ont finalement pas fui")
            if _conditioned(words, i, pol):
                continue  # "sans test, on ne peut pas entrer": a condition, not a denial
            bear(head, i, close)
            for k in _coordinated(words, close, pol):  # "n'est ni inédite ni une fusion"
                used.add(k)
                bear(next_content(tokens, k + 1, profile), k, k)
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
                if i + 1 < len(words) and content(words[i + 1], profile):
                    bear(i + 1, i, i)
                continue
            if _conditioned(words, i, pol):
                continue
            bear(next_content(tokens, i + 1, profile), i, i)
        elif word in pol.privative_nouns:  # "un défaut d'étanchéité": neither side
            noun = next_content(tokens, i + 1, profile)
            if noun is not None:
                neutral.add(noun)
        elif word in pol.privatives and i not in used:
            # "homes without power" denies no statement about power: neither side
            noun = next_content(tokens, i + 1, profile)
            if noun is not None:
                neutral.add(noun)
        elif (
            (found := family(word, profile))
            and found[0][0] == "~"
            and found[1] < 0
            and i not in out
        ):
            # "refuse de vendre", "a nié avoir vendu": the verb a denial governs is denied;
            # "a démenti que des milliers de citoyens aient porté plainte": its clause too
            governed = _governed(tokens, i, profile)
            if governed is None:
                governed = _denied_object(tokens, i, profile)
            if governed is not None and governed not in out:
                out[governed] = (tokens[i].start, tokens[governed].end)
            elif after(i) in pol.restrictive or after(i) in pol.clause_links:
                _deny_clause(tokens, i, profile, out, neutral)
    # "il n'est pas avéré que X", "il est impossible que X": an unproven or impossible
    # clause is denied
    for i, word in enumerate(words):
        link = i + 1 if after(i) in pol.negators else i  # "ne prouvent pas que"
        if after(link) not in pol.clause_links or not _epistemic(word, pol):
            continue
        reversed_ = any(
            word.startswith(p) and _epistemic(word[len(p) :], pol) for p in pol.negative_prefixes
        )
        if (i in out) == reversed_:
            continue  # asserted ("il est avéré que"), or doubly reversed
        start = out[i][0] if link > i and i in out else tokens[i].start
        _deny_clause(tokens, link, profile, out, neutral, start)
    links, denying = pol.complement_links, pol.openers | pol.negators
    for i in range(len(words) - 2):  # "recommande de ne pas utiliser", "advised not to"
        a, b = words[i + 1], words[i + 2]
        near = (a in links or b in links) and (a in denying or b in denying)
        if near and content(words[i], profile):
            scope.raising.add(i)
    return out


def _quantity(words: Sequence[str], i: int, pol: PolarityVocabulary) -> str | None:
    """The number at i ("2,3"), "" for a comparative ("moins de", "more than"), or None."""
    if i < len(words) and words[i] in pol.comparatives:
        return ""
    run: list[str] = []
    while i < len(words) and (words[i][:1].isdigit() or (run and words[i] in ",.")):
        run.append(words[i])
        i += 1
    while run and not run[-1][:1].isdigit():
        run.pop()
    return "".join(run) or None


def _clause(words: Sequence[str], i: int, pol: PolarityVocabulary) -> bool:
    """Does a clause open at i ("qu'ils font", "that they were"), not an additive "que"?"""
    return (
        i + 1 < len(words) and words[i] in pol.clause_links and words[i + 1] in pol.subject_pronouns
    )


def _conditioned(words: Sequence[str], i: int, pol: PolarityVocabulary) -> bool:
    """Is the negation at i the consequence of a privative condition set off by a comma
    ("Sans test, on ne peut pas entrer", "Without a permit, you cannot build")?"""
    comma = False
    for k in range(i - 1, -1, -1):
        if words[k] == "," and comma:
            return False  # the condition is that of an earlier clause
        if words[k] == ",":
            comma = True
        elif punct(words[k]) and words[k] not in "'\"«»“”":
            return False
        elif words[k] in pol.privatives:
            return comma and (k == 0 or punct(words[k - 1]))
    return False


def _coordinated(words: Sequence[str], close: int, pol: PolarityVocabulary) -> list[int]:
    """Later repeats of a closing coordinator in its clause ("ni ... ni")."""
    word = words[close]
    if word not in pol.bound_negators or word in pol.cessation:
        return []
    out = []
    for k in range(close + 1, len(words)):
        if punct(words[k]):
            break
        if words[k] == word:
            out.append(k)
    return out


def _denied_object(tokens: Sequence[Token], i: int, profile: LanguageProfile) -> int | None:
    """What a denial at i denies besides a governed verb: the participle after a non-finite
    auxiliary ("a démenti avoir envoyé"), the complement of a noun of existence ("démentent
    l'existence d'un ordre", "denied the existence of a plan")."""
    pol = profile.polarity
    k = i + 1
    if k < len(tokens) and tokens[k].word in pol.nonfinite_auxiliaries:
        return next_content(tokens, k + 1, profile)
    while k < len(tokens) and tokens[k].word in pol.skipped:
        k += 1
    if k + 1 >= len(tokens) or tokens[k].word not in pol.existence_nouns:
        return None
    if tokens[k + 1].word not in pol.existence_links:
        return None
    return next_content(tokens, k + 2, profile)


def _deny_clause(
    tokens: Sequence[Token],
    i: int,
    profile: LanguageProfile,
    out: dict[int, tuple[int, int]],
    neutral: set[int],
    start: int | None = None,
) -> None:
    """Deny the clause after tokens[i] and its link ("dément que des élus aient voté la loi"):
    what follows its auxiliary is denied, its subject neither asserted nor denied; a clause
    without an auxiliary is left neutral (its verb cannot be told from its subject). The
    denied phrases start at `start` (an offset), or at tokens[i]."""
    pol = profile.polarity
    first = tokens[i].start if start is None else start
    clause = []
    for k in range(i + 2, len(tokens)):
        word = tokens[k].word
        if punct(word) or word in pol.clause_breaks:
            break
        clause.append(k)
    aux = next(
        (n for n, k in enumerate(clause) if tokens[k].word in pol.auxiliaries and n > 0),
        None,
    )
    for n, k in enumerate(clause):
        if not content(tokens[k].word, profile) or k in out:
            continue
        if aux is not None and n > aux:
            out[k] = (first, tokens[k].end)
        else:
            neutral.add(k)


def _epistemic(word: str, pol: PolarityVocabulary) -> bool:
    return any(word.startswith(e) for e in pol.epistemic) or any(
        word.startswith(p + e) for p in pol.negative_prefixes for e in pol.epistemic
    )


def _privative(words: Sequence[str], i: int, privatives: frozenset[str]) -> int | None:
    """A privative later in the clause of the negation at i ("did not sign without")."""
    for j in range(i + 1, len(words)):
        if punct(words[j]):
            return None
        if words[j] in privatives:
            return j
    return None


def _governed(tokens: Sequence[Token], head: int, profile: LanguageProfile) -> int | None:
    """The verb a word governs through a link ("menacé de poursuivre", "try to hide")."""
    pol = profile.polarity
    link = head + 1
    if link >= len(tokens) or tokens[link].word not in pol.complement_links:
        return None
    governed = link + 1
    while governed < len(tokens) and tokens[governed].word in pol.skipped:
        governed += 1
    if governed >= len(tokens) or not content(tokens[governed].word, profile):
        return None
    word = tokens[governed].word
    if pol.governed_endings and not word.endswith(pol.governed_endings):
        return None
    return governed
