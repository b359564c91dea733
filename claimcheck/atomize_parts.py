"""a claim with a part of a counted whole -> two claims: the part's fact and the whole's.

"At least 113 of the over 420 vessels waiting have crossed", "au moins 113 des plus de 420
navires bloqués ont franchi le canal": two checkable facts with two roles, the part that did
something (113 crossed) and the whole that exists or waits (over 420 waiting). Kept as one
claim, the sentence joins the facts of either figure and bridges them. Each becomes a claim:

- the part keeps the claim's id, the sentence's words less the whole's figure ("At least 113
  vessels waiting have crossed"), every slot but the whole's figure, and a focus from its own
  figure to the end of the sentence; its figure counts what the whole counts (vessels);
- the whole ("doc#7.2") has the whole's figure, its noun and what qualifies it ("over 420
  vessels waiting"), the slots inside those words, and a focus on them.

The whole must be a known one: a definite link ("des", "of the") or, after a bare "of"/"sur",
a bounded figure ("of over 420"). "113 of 420" alone may be a score or a ratio: one fact.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from claimcheck.ground.quantity import find_quantities
from claimcheck.lang import LanguageProfile
from claimcheck.models import Claim, Quantity, Span

__all__ = ["part_whole"]

_MAX_QUALIFIER = 12  # words that may qualify the whole before the sentence's verb
_ENDS = tuple(',;:.!?()«»"“”')


@cache
def _link(profile: LanguageProfile, loose: bool) -> re.Pattern[str] | None:
    words = profile.text.loose_part_links if loose else profile.text.part_links
    if not words:
        return None
    alternation = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"\s+(?:{alternation})\s+", re.IGNORECASE)


def is_verb(
    word: str, profile: LanguageProfile, *, weak: bool = False, also: frozenset[str] = frozenset()
) -> bool:
    """Is `word` (or a part of it between apostrophes) a verb: a listed one (`verb_cues`, or
    `also`) or a word of 4 letters or more with a verb's ending (`weak`: the endings that are
    not always one too)? Shared by the atomizers."""
    vocab = profile.text
    endings = vocab.verb_endings + vocab.weak_verb_endings if weak else vocab.verb_endings
    for part in re.split(r"['’]", word.lower().strip('.,;:!?«»"“”()')):
        if part in vocab.verb_cues or part in also or (len(part) >= 4 and part.endswith(endings)):
            return True
    return False


def _qualifier_end(text: str, at: int, profile: LanguageProfile) -> int:
    """Where the words that qualify the whole end: before the sentence's own verb ("navires
    bloqués | ont franchi"), after a relative clause ("vessels that had waited | are"), at a
    comma; `at` when nothing qualifies it."""
    end = at
    relative = seen_verb = after_verb = False
    for count, match in enumerate(re.finditer(r"\S+", text[at:])):
        word = match.group()
        if count >= _MAX_QUALIFIER:
            return at
        parts = re.split(r"(?<=['’])", word.lower())
        if count == 0 and parts[0] in profile.text.subordinators:
            relative = True
        elif is_verb(word, profile):
            if not relative or after_verb:
                return _trim(text, at, end, profile)
            seen_verb = True
        elif relative and seen_verb:
            after_verb = True
        if word[-1] in _ENDS:  # a comma ends the qualifier
            return _trim(text, at, at + match.end() - 1, profile)
        end = at + match.end()
    return _trim(text, at, end, profile)


def _trim(text: str, at: int, end: int, profile: LanguageProfile) -> int:
    """`end` less the function words that end the qualifier ("for the tanker to" ->
    "for the tanker": the rest of the infinitive is the sentence's)."""
    words = list(re.finditer(r"\S+", text[at:end]))
    while words and words[-1].group().lower() in profile.text.stop_words:
        words.pop()
    return at + words[-1].end() if words else at


def _counted(q: Quantity) -> bool:
    return q.dimension == "count" and q.bound in ("exact", "approx", "at_least", "more_than")


def _pair(claim: Claim, profile: LanguageProfile) -> tuple[Quantity, Quantity] | None:
    quantities = sorted(claim.quantities, key=lambda q: q.start)
    for part, whole in itertools.pairwise(quantities):
        if not (_counted(part) and _counted(whole)) or not (whole.noun or whole.kind):
            continue
        if part.kind and whole.kind and part.kind != whole.kind:
            continue  # "3 morts des 40 blessés" names two things, not a part of one
        gap = claim.text[part.end - claim.start : whole.start - claim.start]
        definite, loose = _link(profile, False), _link(profile, True)
        if definite is not None and definite.fullmatch(gap):
            return part, whole
        if loose is not None and loose.fullmatch(gap) and whole.bound != "exact":
            return part, whole
    return None


def _noun_words(whole: Quantity) -> str:
    """The whole's counted noun as written: the words after its last digit, or from its noun
    on when its number is written in words ("douze membres": "membres")."""
    digits = [m.end() for m in re.finditer(r"\d", whole.text)]
    if digits:
        rest = whole.text[digits[-1] :]
    else:
        at = whole.text.rfind(whole.noun) if whole.noun else -1
        rest = whole.text[at:] if at > 0 else ""
    return re.sub(r"^[\d\s.,\u00a0\u202f]*", "", rest).strip()


def _tidy(text: str) -> str:
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,;")


def _counting(part: Quantity, whole: Quantity) -> Quantity:
    """The part counts what the whole counts ("113 of over 420 vessels": 113 vessels)."""
    if part.noun is not None or part.kind is not None:
        return part
    return part.model_copy(update={"noun": whole.noun, "kind": whole.kind})


def reread(quantity: Quantity, words: str, profile: LanguageProfile) -> Quantity | None:
    """`quantity` as a fact's own words read it (the first figure of `words` with its value and
    dimension), or None: a fact cut from a sentence may say what its figure counts otherwise
    than the whole sentence did. Shared by the atomizers."""
    for q in find_quantities(words, profile=profile):
        if q.value == quantity.value and q.dimension == quantity.dimension:
            return q
    return None


def _own_kind(whole: Quantity, words: str, profile: LanguageProfile) -> Quantity:
    """The whole counts what its own words say ("40 passengers"), not what the sentence's verb
    says happened to the part ("At least 10 of the 40 passengers were injured": 10 injured)."""
    read = reread(whole, words, profile)
    if read is None or read.kind == whole.kind:
        return whole
    return whole.model_copy(update={"kind": read.kind})


def part_whole(claim: Claim, profile: LanguageProfile) -> list[Claim] | None:
    """The part's claim and the whole's, or None when the claim states no part of a whole."""
    if claim.quotes:
        return None  # a quote is kept whole
    found = _pair(claim, profile)
    if found is None:
        return None
    part, whole = found
    base, text, normal = claim.start, claim.text, claim.normalized
    n_part, n_whole = normal.find(part.text), normal.find(whole.text)
    if n_part < 0 or n_whole < 0 or n_whole <= n_part:
        return None  # the normalised words moved the figures: leave the sentence whole
    noun = _noun_words(whole)
    part_words = _tidy(
        f"{normal[: n_part + len(part.text)]} {noun} {normal[n_whole + len(whole.text) :]}"
    )
    q_end = _qualifier_end(normal, n_whole + len(whole.text), profile)
    whole_words = _tidy(normal[n_whole:q_end])
    end = _qualifier_end(text, whole.end - base, profile)
    span = (whole.start, base + end)
    tail = len(text.rstrip(" .;!?…"))

    def inside(s: Span) -> bool:
        return span[0] <= s.start and s.end <= span[1]

    first = claim.model_copy(
        update={
            "focus_start": part.start,
            "focus_end": base + tail,
            "normalized": part_words,
            "quantities": tuple(
                _counting(q, whole) if q is part else q for q in claim.quantities if q is not whole
            ),
        }
    )
    second = claim.model_copy(
        update={
            "id": f"{claim.id}.2",
            "focus_start": span[0],
            "focus_end": span[1],
            "normalized": whole_words,
            "quantities": (_own_kind(whole, whole_words, profile),),
            "times": tuple(t for t in claim.times if inside(t)),
            "entities": tuple(e for e in claim.entities if inside(e)),
        }
    )
    return [first, second]
