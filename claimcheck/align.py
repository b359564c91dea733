"""vectors + claims (+ stories) -> clusters: nearest-neighbour candidates, P(same fact), linkage.

1. Candidates: each claim's `k` nearest neighbours by cosine (exact, in blocks, so memory
   stays bounded, or HNSW above a size), kept when similar enough and when both claims belong
   to one story (`claimcheck.stories`): look-alike events never share a fact. Two claims of
   one document become candidates only when nearly identical (a lead repeated in the body).
2. Each candidate pair gets P(same fact) from the shipped pair model (`claimcheck.pairs`):
   dense and lexical similarity, names, figures, days, quotes, each language-neutral.
3. Links: claims that quote the same words (fuzzy, so drifted quotes still match), that date
   one actor's action with another entity in common, that are each other's best lexical
   match through two rare word pairs, or that give the same precise figure or time of day
   (`claimcheck.slot_links`) start in one cluster, inside a story.
4. Average linkage on those probabilities (`claimcheck.linkage`): two clusters merge while
   the mean P over *all* their claim pairs (pairs that are not candidates count as 0)
   reaches the threshold, which stops chaining.
5. Each story's main tolls (the dead, the injured, the missing) leave the clusters their
   sentences joined for one cluster per kind (`claimcheck.tolls`).

Every claim ends in exactly one cluster; singletons are clusters too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz

from claimcheck.lexical import LexicalIndex, encode_words
from claimcheck.linkage import average_linkage
from claimcheck.models import Claim, Model
from claimcheck.neighbours import Neighbours, nearest
from claimcheck.pairs import PAIR_FEATURES, PairScorer
from claimcheck.slot_links import figure_links
from claimcheck.timeline import day_ranges
from claimcheck.tolls import gather_tolls

__all__ = [
    "AlignOptions",
    "align",
    "candidate_pairs",
    "cluster_probability",
    "quote_links",
]

_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_COMMON_TRIGRAM = 200  # quotes sharing a run of words this common are not compared for it
#: minimum word-level partial similarity (0-100) for two quotes to be the same words
QUOTE_MIN_SCORE = 75.0


class AlignOptions(Model):
    """Options of the alignment stage: candidate search and the merge probability."""

    neighbours: int = 20
    candidate_threshold: float = 0.30
    """cosine below which two claims are not even candidates"""
    merge_threshold: float | None = None
    """mean P(same fact) at which two clusters merge; None: the pair model's own threshold"""
    same_document_threshold: float = 0.85
    """cosine two claims of one document need to be candidates (a lead repeated in the body)"""
    exact_limit: int = 20_000
    """exact nearest-neighbour search up to this many claims, HNSW (hnswlib) above"""
    window_days: int | None = 28
    """publications further apart than this never align (None: no window)"""
    quote_min_words: int = 5
    quote_min_score: float = QUOTE_MIN_SCORE
    event_probability: float = 0.3
    """claims that date one actor's action to a day and name another entity in common are
    joined from this P(same fact) on: the date is what a fact-checker compares"""
    phrase_links: bool = True
    """join mutual best lexical matches that share two rare word pairs found nowhere else"""
    figure_links: bool = True
    """join claims of two outlets that give the same precise figure of the same thing or the
    same precise time of day ("2.012 morts" / "2,012 people had been killed", "23h11" /
    "11:11 p.m."), when their sentences are at least `figure_min_similarity` alike (a
    French and an English sentence that each pack several facts around one such time can
    be as far apart as 0.18)"""
    figure_min_similarity: float = 0.15
    toll_clusters: bool = True
    """gather each story's main tolls (every article's first whole count of the dead, of the
    injured, of the missing) into one cluster per kind, out of the clusters their sentences
    joined (`claimcheck.tolls`), when their sentences are at least `toll_min_similarity`
    alike"""
    toll_min_similarity: float = 0.2


def candidate_pairs(
    vectors: npt.NDArray[np.float32],
    documents: Sequence[str],
    options: AlignOptions,
    published: Mapping[str, str | None] | None = None,
    neighbours: Neighbours | None = None,
) -> dict[tuple[int, int], float]:
    """{(i, j): similarity} for i < j among each claim's nearest neighbours (searched here
    unless `neighbours` gives them).

    Pairs from publications further apart than `options.window_days` are dropped (a date
    that is unknown never drops a pair): the same words a year apart are another event.
    """
    n = len(vectors)
    if n < 2:
        return {}
    found = (
        neighbours.top(options.neighbours)
        if neighbours is not None
        else nearest(vectors, options.neighbours, exact_limit=options.exact_limit)
    )
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
        lo, hi = day_ranges(documents, published)
        gap = np.maximum(lo[rows] - hi[cols], lo[cols] - hi[rows])
        keep &= ~(gap > options.window_days)  # NaN (unknown date) compares False: kept
    low = np.minimum(rows[keep], cols[keep])
    high = np.maximum(rows[keep], cols[keep])
    codes = low * n + high
    # each pair once, in the order it is first met, with the cosine it is last met with (its
    # two directions may differ in the last bit): what filling a dict row by row gives
    _, first = np.unique(codes, return_index=True)
    _, from_end = np.unique(codes[::-1], return_index=True)
    last = len(codes) - 1 - from_end
    order = np.argsort(first, kind="stable")
    keys = zip(low[first[order]].tolist(), high[first[order]].tolist(), strict=True)
    return dict(zip(keys, sims[keep][last[order]].tolist(), strict=True))


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
            encoded = encode_words(words, alphabet)
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


def phrase_links(claims: Sequence[Claim], scorer: PairScorer) -> list[tuple[int, int]]:
    """Mutual best lexical matches across documents that share two rare word pairs.

    Two sentences of different outlets that are each other's closest lexical match and share
    two word pairs that appear nowhere else in the corpus ("traite d'êtres humains" / "traite
    des êtres humains") state the same thing, however differently a sentence encoder sees them.
    """
    shared = {
        (i, j): count
        for (i, j), count in scorer.rare_pairs().items()
        if count >= 2 and claims[i].document_id != claims[j].document_id
    }
    best: dict[int, tuple[float, int]] = {}
    for i, j in shared:
        sim = scorer.lexical.similarity(i, j)
        for a, b in ((i, j), (j, i)):
            if sim > best.get(a, (-1.0, -1))[0]:
                best[a] = (sim, b)
    return sorted((i, j) for i, j in shared if best[i][1] == j and best[j][1] == i)


_DATED_ACTOR = PAIR_FEATURES.index("dated_actor")


def event_links(
    claims: Sequence[Claim],
    pairs: Sequence[tuple[int, int]],
    features: npt.NDArray[np.float64],
    probability: npt.NDArray[np.float64],
    threshold: float,
) -> list[tuple[int, int]]:
    """Candidate pairs that date the same actor's action on the same thing.

    Both claims carry a day-level time of the same actor and name at least one more entity
    in common (the pair scorer's `dated_actor` feature: "Amazon ... Rekognition ... vendredi"
    and "Amazon ... Rekognition ... mercredi 10 juin"): whatever their wording, they report
    one event, and its date is what a fact-checker compares.
    """
    return [
        (i, j)
        for (i, j), row, p in zip(pairs, features, probability, strict=True)
        if p >= threshold and row[_DATED_ACTOR] and claims[i].document_id != claims[j].document_id
    ]


def _same_story(
    pairs: Sequence[tuple[int, int]], stories: Sequence[str | None] | None
) -> list[tuple[int, int]]:
    if stories is None:
        return list(pairs)
    return [(i, j) for i, j in pairs if stories[i] == stories[j]]


def align(
    claims: Sequence[Claim],
    vectors: npt.NDArray[np.float32],
    options: AlignOptions | None = None,
    *,
    published: Mapping[str, str | None] | None = None,
    stories: Sequence[str | None] | None = None,
    scorer: PairScorer | None = None,
    neighbours: Neighbours | None = None,
) -> list[list[int]]:
    """Clusters as lists of claim indices, each sorted, ordered by their first claim.

    `published` maps document ids to their (possibly partial) publication dates, for the
    time window; `stories[i]` is the story of claim i (claims of different stories never
    share a cluster); `scorer` gives P(same fact) of a pair (built here when not given);
    `neighbours`: each claim's nearest claims, when already searched.
    """
    options = options or AlignOptions()
    n = len(claims)
    if n == 0:
        return []
    if scorer is None:
        scorer = PairScorer(claims, vectors, lexical=LexicalIndex([c.normalized for c in claims]))
    threshold = (
        options.merge_threshold if options.merge_threshold is not None else scorer.model.threshold
    )
    documents = [c.document_id for c in claims]
    candidates = _same_story(
        sorted(candidate_pairs(vectors, documents, options, published, neighbours)), stories
    )
    features = scorer.features(candidates)
    probability = scorer.score(features)
    pairs = {pair: float(p) for pair, p in zip(candidates, probability, strict=True)}
    links = quote_links(claims, options)
    links += event_links(claims, candidates, features, probability, options.event_probability)
    if options.phrase_links:
        links += phrase_links(claims, scorer)
    if options.figure_links:
        links += figure_links(claims, vectors, options.figure_min_similarity)
    links = _same_story(links, stories)
    if published and options.window_days is not None:
        lo, hi = day_ranges(documents, published)
        links = [
            (i, j)
            for i, j in links
            if not max(lo[i] - hi[j], lo[j] - hi[i]) > options.window_days  # NaN: kept
        ]
    groups = average_linkage(n, pairs, threshold, links=links)
    if not options.toll_clusters:
        return groups
    return gather_tolls(
        groups,
        claims,
        vectors,
        stories=stories,
        published=published,
        min_similarity=options.toll_min_similarity,
    )


def cluster_probability(members: Sequence[int], scorer: PairScorer) -> float | None:
    """Mean P(same fact) over the cluster's pairs of claims from different documents.

    None for a cluster of one document: nothing corroborates anything there.
    """
    claims = scorer.claims
    pairs = [
        (i, j)
        for x, i in enumerate(members)
        for j in members[x + 1 :]
        if claims[i].document_id != claims[j].document_id
    ]
    if not pairs:
        return None
    return float(np.mean(scorer.probability(pairs)))
