"""vectors + claims -> clusters: nearest-neighbour candidates, quote links, average linkage.

1. Candidates: each claim's `k` nearest neighbours by cosine (exact, in blocks, so memory
   stays bounded), kept when similar enough. Two claims of one document become candidates only
   when nearly identical (a lead repeated in the body): a document rarely states a fact twice,
   and this is what keeps clusters to one fact each.
2. Quote links: claims that quote the same words (fuzzy, so drifted quotes still match) start
   in one cluster; a quotation is a fact whatever the sentence around it.
3. Average linkage on the candidate graph: two clusters merge while the mean similarity over
   *all* their claim pairs (pairs that are not candidates count as 0) reaches the threshold.
   Missing pairs counting as 0 is what stops chaining: A~B and B~C do not drag A and C together.

Every claim ends in exactly one cluster; singletons are clusters too.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz

from claimcheck.ground.quantity_values import fold_noun
from claimcheck.lexical import LexicalIndex
from claimcheck.models import Claim, Model
from claimcheck.neighbours import nearest
from claimcheck.timeline import publication_range

__all__ = ["AlignOptions", "align", "candidate_pairs", "quote_links"]

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_COMMON_TRIGRAM = 200  # quotes sharing a run of words this common are not compared for it
#: minimum word-level partial similarity (0-100) for two quotes to be the same words
QUOTE_MIN_SCORE = 75.0


def _encode_words(words: Sequence[str], alphabet: dict[str, str]) -> str:
    """One character per distinct word, so that character scorers compare word sequences."""
    return "".join(alphabet.setdefault(w, chr(0x4E00 + len(alphabet))) for w in words)


def word_partial_ratio(a: Sequence[str], b: Sequence[str]) -> float:
    """How well the shorter word sequence aligns inside the longer one, 0-100, word by word."""
    alphabet: dict[str, str] = {}
    return float(fuzz.partial_ratio(_encode_words(a, alphabet), _encode_words(b, alphabet)))


class AlignOptions(Model):
    """Thresholds of the alignment stage (cosine similarities of unit vectors)."""

    neighbours: int = 20
    candidate_threshold: float = 0.30
    merge_threshold: float = 0.45
    same_document_threshold: float = 0.85
    exact_limit: int = 20_000
    """exact nearest-neighbour search up to this many claims, HNSW (hnswlib) above"""
    window_days: int | None = 28
    """publications further apart than this never align (None: no window)"""
    quote_min_words: int = 5
    quote_min_score: float = QUOTE_MIN_SCORE
    lexical_weight: float = 1.0
    """weight of the TF-IDF cosine added to the dense cosine of a candidate pair"""
    phrase_links: bool = True
    """link mutual best matches that share two rare word pairs found nowhere else"""
    actor_penalty: float = 0.1
    """taken from a candidate pair whose claims open on different actors (IBM / Amazon)"""
    slot_weight: float = 0.1
    """added to a candidate pair that counts the same thing ("15 blessés" / "8 blessés")"""
    event_threshold: float = 0.45
    """link dated claims of one actor about the same thing at this combined similarity"""


def _day_ranges(
    documents: Sequence[str], published: Mapping[str, str | None]
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """First and last possible publication day (ordinal) of each claim; NaN when unknown."""
    lo = np.full(len(documents), np.nan)
    hi = np.full(len(documents), np.nan)
    spans = {d: publication_range(p) for d, p in published.items()}
    for i, doc in enumerate(documents):
        span = spans.get(doc)
        if span is not None:
            lo[i], hi[i] = span[0].toordinal(), span[1].toordinal()
    return lo, hi


def candidate_pairs(
    vectors: npt.NDArray[np.float32],
    documents: Sequence[str],
    options: AlignOptions,
    published: Mapping[str, str | None] | None = None,
) -> dict[tuple[int, int], float]:
    """{(i, j): similarity} for i < j among each claim's nearest neighbours.

    Pairs from publications further apart than `options.window_days` are dropped (a date
    that is unknown never drops a pair): the same words a year apart are another event.
    """
    n = len(vectors)
    if n < 2:
        return {}
    found = nearest(vectors, options.neighbours, exact_limit=options.exact_limit)
    rows = np.repeat(np.arange(n), found.ids.shape[1])
    cols = found.ids.ravel()
    sims = found.sims.ravel()
    doc_index = {d: i for i, d in enumerate(dict.fromkeys(documents))}
    docs = np.fromiter((doc_index[d] for d in documents), dtype=np.int64, count=n)
    same = docs[rows] == docs[cols]
    keep = np.where(
        same, sims >= options.same_document_threshold, sims >= options.candidate_threshold
    )
    keep &= rows != cols
    if published and options.window_days is not None:
        lo, hi = _day_ranges(documents, published)
        gap = np.maximum(lo[rows] - hi[cols], lo[cols] - hi[rows])
        keep &= ~(gap > options.window_days)  # NaN (unknown date) compares False: kept
    pairs: dict[tuple[int, int], float] = {}
    for i, j, sim in zip(rows[keep], cols[keep], sims[keep], strict=True):
        a, b = (int(i), int(j)) if i < j else (int(j), int(i))
        pairs[(a, b)] = float(sim)
    return pairs


def _quote_key(text: str) -> str:
    return " ".join(_PUNCT.sub(" ", text.replace("’", "'").casefold()).split())


def quote_links(claims: Sequence[Claim], options: AlignOptions) -> list[tuple[int, int]]:
    """Pairs of claims (indices) from different documents that quote the same words.

    Quotes are compared word by word only when they share a run of three words, found
    through an inverted index, so the cost grows with the number of similar quotes, not
    with the square of all quotes.
    """
    owners: list[int] = []
    texts: list[str] = []
    postings: dict[str, list[int]] = {}
    alphabet: dict[str, str] = {}
    for index, claim in enumerate(claims):
        for quote in claim.quotes:
            words = _quote_key(quote.text).split()
            if len(words) < options.quote_min_words:
                continue
            encoded = _encode_words(words, alphabet)
            for start in range(len(encoded) - 2):
                postings.setdefault(encoded[start : start + 3], []).append(len(texts))
            owners.append(index)
            texts.append(encoded)
    candidates: set[tuple[int, int]] = set()
    for found in postings.values():
        members = sorted(set(found))
        if len(members) > _COMMON_TRIGRAM:
            continue  # a stock phrase; matching quotes share rarer runs too
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                if claims[owners[a]].document_id != claims[owners[b]].document_id:
                    candidates.add((a, b))
    links = set()
    for a, b in candidates:
        score = fuzz.partial_ratio(texts[a], texts[b], score_cutoff=options.quote_min_score)
        if score:
            i, j = sorted((owners[a], owners[b]))
            links.add((i, j))
    return sorted(links)


def phrase_links(claims: Sequence[Claim], index: LexicalIndex) -> list[tuple[int, int]]:
    """Mutual best lexical matches across documents that share two rare word pairs.

    Two sentences of different outlets that are each other's closest lexical match and share
    two word pairs that appear nowhere else in the corpus ("traite d'êtres humains" / "traite
    des êtres humains") state the same thing, however differently a sentence encoder sees them.
    """
    shared: dict[tuple[int, int], int] = {}
    for term, members in index.postings.items():
        if "+" in term and len(members) == 2:
            i, j = members
            if claims[i].document_id != claims[j].document_id:
                shared[(i, j)] = shared.get((i, j), 0) + 1
    best: dict[int, tuple[float, int]] = {}
    for (i, j), count in shared.items():
        if count < 2:
            continue
        sim = index.similarity(i, j)
        for a, b in ((i, j), (j, i)):
            if sim > best.get(a, (-1.0, -1))[0]:
                best[a] = (sim, b)
    return sorted(
        (i, j)
        for (i, j), count in shared.items()
        if count >= 2 and best[i][1] == j and best[j][1] == i
    )


_ACTOR_WINDOW = 60  # characters: a name this close to the start is the claim's subject


def _actor(claim: Claim) -> str | None:
    """Who the claim is about: the organisation or person it opens on, if any."""
    for ent in claim.entities:
        if ent.start - claim.start > _ACTOR_WINDOW:
            break
        if ent.kind in ("ORG", "PER"):
            return ent.canonical
    return None


def _counted(claim: Claim) -> set[tuple[str, str | None, str]]:
    """What a claim counts or measures: (dimension, unit, counted noun), nouns required."""
    return {
        (q.dimension, q.unit, fold_noun(q.noun)) for q in claim.quantities if q.noun is not None
    }


def _dated_actor(claim: Claim) -> str | None:
    for ref in claim.times:
        if ref.actor and ref.granularity == "day":
            return ref.actor
    return None


def event_links(
    claims: Sequence[Claim], pairs: dict[tuple[int, int], float], threshold: float
) -> list[tuple[int, int]]:
    """Candidate pairs that date the same actor's action on the same thing.

    Both claims carry a day-level time of the same actor and name at least one more entity
    in common ("Amazon ... Rekognition ... vendredi" and "Amazon ... Rekognition ... mercredi
    10 juin"): whatever their wording, they report one event, and its date is what a
    fact-checker compares.
    """
    links = []
    for (i, j), sim in pairs.items():
        if sim < threshold or claims[i].document_id == claims[j].document_id:
            continue
        actor = _dated_actor(claims[i])
        if actor is None or actor != _dated_actor(claims[j]):
            continue
        others_i = {e.canonical for e in claims[i].entities} - {actor}
        others_j = {e.canonical for e in claims[j].entities} - {actor}
        if others_i & others_j:
            links.append((i, j))
    return links


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def align(
    claims: Sequence[Claim],
    vectors: npt.NDArray[np.float32],
    options: AlignOptions | None = None,
    *,
    published: Mapping[str, str | None] | None = None,
) -> list[list[int]]:
    """Clusters as lists of claim indices, each sorted, ordered by their first claim.

    `published` maps document ids to their (possibly partial) publication dates, for the
    time window.
    """
    options = options or AlignOptions()
    n = len(claims)
    if n == 0:
        return []
    pairs = candidate_pairs(vectors, [c.document_id for c in claims], options, published)
    index = LexicalIndex([c.normalized for c in claims])
    if options.lexical_weight:
        pairs = {
            (i, j): sim + options.lexical_weight * index.similarity(i, j)
            for (i, j), sim in pairs.items()
        }
    if options.actor_penalty:
        actors = [_actor(c) for c in claims]
        pairs = {
            (i, j): sim
            - (options.actor_penalty if actors[i] and actors[j] and actors[i] != actors[j] else 0.0)
            for (i, j), sim in pairs.items()
        }
    if options.slot_weight:
        roles = [_counted(c) for c in claims]
        pairs = {
            (i, j): sim + (options.slot_weight if roles[i] & roles[j] else 0.0)
            for (i, j), sim in pairs.items()
        }
    links = quote_links(claims, options) + event_links(claims, pairs, options.event_threshold)
    if options.phrase_links:
        links += phrase_links(claims, index)
    if published and options.window_days is not None:
        lo, hi = _day_ranges([c.document_id for c in claims], published)
        links = [
            (i, j)
            for i, j in links
            if not max(lo[i] - hi[j], lo[j] - hi[i]) > options.window_days  # NaN: kept
        ]
    parent = list(range(n))
    for i, j in links:
        parent[_find(parent, i)] = _find(parent, j)
    members: dict[int, list[int]] = {}
    for i in range(n):
        members.setdefault(_find(parent, i), []).append(i)
    cluster_of = {i: root for root, items in members.items() for i in items}

    sums: dict[int, dict[int, float]] = {root: {} for root in members}
    for (i, j), sim in pairs.items():
        a, b = cluster_of[i], cluster_of[j]
        if a != b:
            sums[a][b] = sums[a].get(b, 0.0) + sim
            sums[b][a] = sums[b].get(a, 0.0) + sim

    def average(a: int, b: int) -> float:
        return sums[a].get(b, 0.0) / (len(members[a]) * len(members[b]))

    heap = [(-average(a, b), a, b) for a in sums for b in sums[a] if a < b]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if -negative < options.merge_threshold:
            break
        if a not in members or b not in members or abs(average(a, b) + negative) > 1e-9:
            continue  # stale entry
        members[a].extend(members.pop(b))
        for other, total in sums.pop(b).items():
            sums[other].pop(b, None)
            if other != a:
                sums[a][other] = sums[a].get(other, 0.0) + total
                sums[other][a] = sums[a][other]
        sums[a].pop(b, None)
        for other in sums[a]:
            heapq.heappush(heap, (-average(a, other), min(a, other), max(a, other)))
    clusters = [sorted(items) for items in members.values()]
    return sorted(clusters, key=lambda items: items[0])
