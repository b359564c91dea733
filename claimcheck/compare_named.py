"""clusters of one story -> the figures one named thing is given in two clusters, paired.

A sentence says more than its figure, so two sentences giving one named thing's figure may sit
in different clusters, where nothing sets their figures side by side. Across the clusters of
one story, two kinds of figure are compared as one role:

- **what a named subject sends** (`actor_counts`): "L'Espagne a annoncé ce dimanche envoyer 56
  secouristes" and "Spain has sent 86 rescuers and eight search dogs to Morocco". The claim
  opens on a name (nothing but a determiner before it: the sentence's subject; "Police said
  two officers ..." opens on no name), and the count is of people a subject sends or deploys
  (rescuers, troops, police, medics: what governments, agencies and armies are said to send,
  and say again as the number grows). Tolls, points or ships are counted by many sentences of
  one story for many different things: they need the fact's own cluster.
- **the size of a named thing** (`named_sizes`): "L'Ever Given ..., mesurant 95 mètres de
  large" and "the MV Ever Given, a 400-metre-long and 59-metre wide vessel". The size is a
  width or a height, said with a word that names the dimension ("de large", "wide", "haut
  de", "tall"). Its holder is the name it stands in apposition to (", a ...", ", une ...",
  no attribution between), or the claim's subject when a verb of measuring or being comes
  right before the size (per-language tables); after any other word the size may be another
  noun's ("cette voie d'eau d'environ 300 mètres de largeur", "a canal 200 metres wide"). A
  bare length is as often a distance ("à 70 km de Marrakech") and a depth an agency's
  reading of a quake's focus: neither is taken. A longer name that begins or ends with
  another holder's name is that holder ("Taiwan-owned MV Ever Given", "Ever Given"; "Eiffel
  Tower", "la tour Eiffel").

Either way, the names of two languages are one canonical name ("L'Espagne", "Spain"), the
claim gives that kind one figure only, and the claims come from two documents or more and
sit in two clusters or more (inside one cluster the cluster's own comparison has set them
side by side already). The comparison is the cluster's (`claimcheck.compare`): a later report
revises, two reports of one day conflict, the look-alike gate keeps other events apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from claimcheck.compare_slots import wholes
from claimcheck.ground.quantity_values import role
from claimcheck.ground.quote import attribution
from claimcheck.lang import get_profile
from claimcheck.models import Claim, Quantity

__all__ = ["actor_counts", "named_sizes"]

#: the kinds of people a named subject sends, deploys or mobilises
_DEPLOYED_KINDS = frozenset({"rescuers", "troops", "police", "medics"})
#: the sizes of a thing that are only read from a word naming the dimension
_SIZE_KINDS = frozenset({"width", "height"})
_APPOSITION_WORDS = 8  # "a 400-metre- (1,300-foot-)long and": the apposition's words before
_TITLE_WORDS = 2  # "le porte-conteneurs Ever Given": a class noun before the name
_JOINED_WORDS = 6  # "mesurant [400] mètres de long et": a first size's words, its verb and join
_WORD = re.compile(r"[^\W\d_]+")

Key = tuple[str | None, str, tuple[str, str | None, str]]  # (story, holder, role)
Paired = list[tuple[str, list[tuple[Claim, Quantity]]]]


def _subject(claim: Claim, *, titled: bool = False) -> str | None:
    """The name the claim opens on: nothing but a determiner before it, or with `titled`, a
    determiner and the name's class noun in lower case ("le pont Rialto", "the liner
    Aurora")."""
    first = min(claim.entities, key=lambda e: e.start, default=None)
    if first is None or first.start < claim.start:
        return None
    vocab = get_profile(claim.lang).text
    before = claim.text[: first.start - claim.start].strip().replace("’", "'")
    if not before or before.lower() in vocab.subject_openers:
        return first.canonical.casefold()
    if not titled:
        return None
    low = before.lower()
    for opener in vocab.subject_openers:  # "le pont", "l'écrivain": "l'" is elided
        if low.startswith(opener) and (
            opener.endswith("'") or low[len(opener) : len(opener) + 1] == " "
        ):
            words = before[len(opener) :].split()
            if 0 < len(words) <= _TITLE_WORDS and all(w.islower() for w in words):
                return first.canonical.casefold()
    return None


@cache
def _size_phrases(lang: str) -> frozenset[str]:
    """The words before a size's number that name its dimension ("haute de", "a width of")."""
    table = get_profile(lang).numbers.kinds.length_before
    return frozenset(
        " ".join(_WORD.findall(p.casefold())) for k in _SIZE_KINDS for p in table.get(k, ())
    )


def _holder(claim: Claim, quantity: Quantity) -> str | None:
    """Whose size `quantity` is: the name it stands in apposition to ("the MV Ever Given, a
    59-metre wide vessel"), else the claim's subject when a verb of measuring or being comes
    right before the size ("L'Ever Given ..., mesurant 95 mètres de large"); None otherwise."""
    profile = get_profile(claim.lang)
    kinds = profile.numbers.kinds
    before = [e for e in claim.entities if claim.start <= e.start and e.end <= quantity.start]
    if before:
        name = max(before, key=lambda e: e.end)
        between = claim.text[name.end - claim.start : quantity.start - claim.start]
        words = _WORD.findall(between.casefold())
        sized = " ".join(words) in _size_phrases(claim.lang)  # ", haute de 180 mètres"
        if (
            between.lstrip().startswith(",")
            and words
            and (words[0] in kinds.apposition_articles or sized)
            and len(words) <= _APPOSITION_WORDS
            and not attribution(profile).search(between)
        ):
            return name.canonical.casefold()
    subject = _subject(claim, titled=True)
    if subject is None:
        return None
    words = _WORD.findall(claim.text[: quantity.start - claim.start].casefold())
    if words and words[-1] in kinds.size_joins:
        # "mesurant 400 mètres de long et 95 mètres de large": the verb before the first size
        words = words[-_JOINED_WORDS:-1]
        return subject if any(w in kinds.size_verbs for w in words) else None
    return subject if words and words[-1] in kinds.size_verbs else None


def _paired(groups: Mapping[Key, list[tuple[str, Claim, Quantity]]]) -> Paired:
    """The groups found in two clusters and two documents or more, under their earliest
    claim's cluster id."""
    out: Paired = []
    for found_in in groups.values():
        if len({c for c, _, _ in found_in}) < 2 or len({x.document_id for _, x, _ in found_in}) < 2:
            continue
        out.append((found_in[0][0], [(claim, q) for _, claim, q in found_in]))
    return out


def _single(
    claim: Claim, kinds: frozenset[str], dimension: str
) -> dict[tuple[str, str | None, str], Quantity]:
    """The claim's figures of `kinds`, by role, where it gives the role one figure only."""
    counts: dict[tuple[str, str | None, str], list[Quantity]] = {}
    for quantity in wholes(claim):
        if quantity.dimension == dimension and quantity.kind in kinds:
            counts.setdefault(role(quantity), []).append(quantity)
    return {key: found[0] for key, found in counts.items() if len(found) == 1}


def actor_counts(
    clusters: Mapping[str, Sequence[Claim]], story_of: Mapping[str, str] | None
) -> Paired:
    """(the cluster id of the earliest claim, the claims and counts of one subject and kind)
    for every subject and kind counted in two clusters of one story."""
    groups: dict[Key, list[tuple[str, Claim, Quantity]]] = {}
    for cluster_id, members in clusters.items():
        for claim in members:
            subject = _subject(claim)
            if subject is None:
                continue
            story = story_of.get(claim.document_id) if story_of is not None else None
            for key, quantity in _single(claim, _DEPLOYED_KINDS, "count").items():
                groups.setdefault((story, subject, key), []).append((cluster_id, claim, quantity))
    return _paired(groups)


def _within(name: str, of: str) -> bool:
    """Is `name` the first or last words of the longer name `of` ("Ever Given" of "Taiwan-owned
    MV Ever Given", "Eiffel" of "Eiffel Tower")?"""
    words, longer = name.split(), of.split()
    n = len(words)
    return n < len(longer) and words in (longer[:n], longer[-n:])


def named_sizes(
    clusters: Mapping[str, Sequence[Claim]], story_of: Mapping[str, str] | None
) -> Paired:
    """(the cluster id of the earliest claim, the claims and sizes of one holder and kind) for
    every named thing whose width or height two clusters of one story give."""
    found: list[tuple[str | None, str, tuple[str, str | None, str], str, Claim, Quantity]] = []
    for cluster_id, members in clusters.items():
        for claim in members:
            story = story_of.get(claim.document_id) if story_of is not None else None
            for key, quantity in _single(claim, _SIZE_KINDS, "measure").items():
                holder = _holder(claim, quantity)
                if holder is not None:
                    found.append((story, holder, key, cluster_id, claim, quantity))
    names = {(story, holder) for story, holder, *_ in found}
    groups: dict[Key, list[tuple[str, Claim, Quantity]]] = {}
    for story, written, key, cluster_id, claim, quantity in found:
        shorter = [h for s, h in names if s == story and _within(h, written)]
        holder = min(shorter, key=lambda h: (len(h), h), default=written)
        groups.setdefault((story, holder, key), []).append((cluster_id, claim, quantity))
    return _paired(groups)
