"""documents + grounded claims + vectors -> stories: which event each article reports.

Facts are aligned only inside a story, so two look-alike events (two earthquakes in one
region, two acquisitions by one company) never corroborate or contradict each other: the
magnitude of one quake is not a conflicting figure for the other. A story is found from what
distinguishes events, not topics:

- the names the articles share (their words, so that word order and language matter little),
  weighted by how rare they are in the corpus;
- how many of their claims have a close counterpart in the other article, and the closest;
- the figures and the days they state: the same magnitude or the same toll is strong
  evidence of one event, the same kind of figure with other values, or other days, of two;
- their words (TF-IDF over content stems) and their sentence vectors (the centroid of their
  claims), which see the topic;
- how far apart they were published.

P(same story) comes from a logistic model over these features (`claimcheck/data/story_model.json`,
fitted by `python -m benchmarks.fit_scorers`), and articles are grouped by average linkage on
that probability. Two articles whose figures clash on more things than they agree on
(`claimcheck.events`: two quakes of other magnitudes, depths and tolls; two raids with other
numbers of arrests and of boats) are never put in one story, however alike their topic and
words: the average of a story's pairs would otherwise carry them in together. Candidate
pairs are every pair up to `StoryOptions.exact_limit` articles and each article's nearest
centroids beyond, so the cost stays near-linear.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import Counter
from collections.abc import (
    Hashable,
    ItemsView,
    Iterable,
    Iterator,
    Mapping,
    MutableMapping,
    Sequence,
)
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from claimcheck.events import APART_MARGIN, EventGate, StoryOdds
from claimcheck.ground.quantity_values import role
from claimcheck.lexical import LexicalIndex, SparseRows
from claimcheck.linkage import average_linkage
from claimcheck.logistic import LogisticModel, load_model
from claimcheck.models import Claim, Document, Model, Story
from claimcheck.neighbours import Neighbours, nearest
from claimcheck.timeline import day_ranges, publication_range

__all__ = ["STORY_FEATURES", "StoryOptions", "find_stories", "story_pairs"]

Vectors = npt.NDArray[np.float32]
Ints = npt.NDArray[np.int64]

#: the columns of the story model, in order
STORY_FEATURES = (
    "centroid",
    "best_claim",
    "matched_claims",
    "lexical",
    "names",
    "names_only_one",
    "figures_shared",
    "figures_clash",
    "days_shared",
    "days_clash",
)


class StoryOptions(Model):
    """How articles are grouped into stories."""

    enabled: bool = True
    """False puts every article in one story (the behaviour before stories)"""
    threshold: float | None = None
    """P(same story) at which two stories merge; None: the packaged model's threshold"""
    exact_limit: int = 300
    """all article pairs are scored up to this many articles; nearest centroids above"""
    neighbours: int = 30
    window_days: int | None = 60
    """articles published further apart than this are never one story (None: no window)"""
    apart_margin: int | None = APART_MARGIN
    """articles whose figures clash on this many more things than they agree on are never one
    story, and none of their claims is set against the other's (`claimcheck.events`; None: no
    such rule)"""


@dataclass
class _Profile:
    """What one article states, reduced to what tells events apart."""

    names: Counter[str]
    figures: dict[tuple[str, str | None, str], set[float]]
    days: set[int]
    first_day: float
    last_day: float


_TOKEN = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=1 << 16)  # a corpus names the same people and places again and again
def _name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name, case and accents folded: "Canal de Suez" and "Suez Canal" share
    "suez" and "canal", so names compare across word orders and languages."""
    decomposed = unicodedata.normalize("NFD", name.casefold())
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return tuple(_TOKEN.findall(folded))


def _profile(claims: Sequence[Claim], published: str | None) -> _Profile:
    names: Counter[str] = Counter()
    figures: dict[tuple[str, str | None, str], set[float]] = {}
    days: set[int] = set()
    for claim in claims:
        names.update(
            token for e in claim.entities if e.via == "name" for token in _name_tokens(e.canonical)
        )
        for q in claim.quantities:
            if q.noun is None and q.unit is None and q.kind is None:
                continue
            figures.setdefault(role(q), set()).add(round(q.value, 3))
        for ref in claim.times:
            if ref.granularity == "day" and ref.earliest is not None and ref.earliest == ref.latest:
                days.add(ref.earliest.toordinal())
    span = publication_range(published)
    first = float(span[0].toordinal()) if span else math.nan
    last = float(span[1].toordinal()) if span else math.nan
    return _Profile(names, figures, days, first, last)


def _name_weights(profiles: Sequence[_Profile]) -> list[dict[str, float]]:
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(p.names.keys())
    n = max(len(profiles), 1)
    out = []
    for p in profiles:
        weights = {t: (1 + math.log(c)) * math.log(1 + n / df[t]) for t, c in p.names.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        out.append({t: w / norm for t, w in weights.items()})
    return out


def _name_rows(names: Sequence[dict[str, float]]) -> SparseRows:
    """The name weights of every article as sparse rows (token ids in each article's order)."""
    tokens: dict[str, int] = {}
    rows = [{tokens.setdefault(t, len(tokens)): w for t, w in row.items()} for row in names]
    return SparseRows.from_dicts(rows, len(tokens))


_DENSE_CHUNK = 4096  # pairs whose two centroids are gathered at once (2 x 8 MB)


def _pair_features(
    pairs: npt.NDArray[np.int64],
    profiles: Sequence[_Profile],
    names: SparseRows,
    centroids: Vectors,
    lexical: LexicalIndex,
    langs: Sequence[str | None],
    impute: tuple[float, float],
    best: npt.NDArray[np.float64],
    matched: npt.NDArray[np.float64],
) -> npt.NDArray[np.float64]:
    """One row of `STORY_FEATURES` per article pair (i, j), the pairs as an (n, 2) array.

    The columns that are arithmetic or sparse dot products are computed for all pairs at once
    (each value as a per-pair sum in the same order would give); the set comparisons of
    figures and days run per pair, and only where both articles state some."""
    out = np.zeros((len(pairs), len(STORY_FEATURES)), dtype=np.float64)
    if not len(pairs):
        return out
    rows, cols = pairs[:, 0], pairs[:, 1]
    for begin in range(0, len(pairs), _DENSE_CHUNK):  # one float32 dot per pair, as a @ b
        a = centroids[rows[begin : begin + _DENSE_CHUNK]][:, None, :]
        b = centroids[cols[begin : begin + _DENSE_CHUNK]][:, :, None]
        out[begin : begin + len(a), 0] = np.matmul(a, b).reshape(-1)
    dense = out[:, 0]
    codes: dict[str | None, int] = {}
    lang = np.fromiter((codes.setdefault(x, len(codes)) for x in langs), np.int64, len(langs))
    same = lang[rows] == lang[cols]
    out[:, 1] = best
    out[:, 2] = matched
    # stems cannot match across languages: what a same-language pair this close shows
    out[:, 3] = np.minimum(np.maximum(impute[0] + impute[1] * dense, 0.0), 1.0)
    out[same, 3] = lexical.similarities(rows[same], cols[same])
    out[:, 4] = names.dots(rows, cols)
    has_names = names.lengths > 0
    out[:, 5] = has_names[rows] != has_names[cols]
    figures = np.fromiter((len(p.figures) for p in profiles), np.int64, len(profiles))
    days = np.fromiter((len(p.days) for p in profiles), np.int64, len(profiles))
    both = np.flatnonzero((figures[rows] > 0) & (figures[cols] > 0))
    if len(both):
        agreeing, clashing = _figure_balance(profiles, rows[both], cols[both])
        fewer = np.maximum(np.minimum(figures[rows[both]], figures[cols[both]]), 1)
        out[both, 6] = agreeing / fewer
        out[both, 7] = clashing / fewer
    both = np.flatnonzero((days[rows] > 0) & (days[cols] > 0))
    if len(both):
        day_rows = _counting_rows([p.days for p in profiles])
        common = _shared(day_rows, rows[both], cols[both])
        out[both, 8] = common / np.maximum(np.minimum(days[rows[both]], days[cols[both]]), 1)
        out[both, 9] = common == 0
    return out


def _counting_rows(sets: Sequence[Iterable[Hashable]]) -> SparseRows:
    """One row per set, weight 1 for each member: a dot of two rows counts what they share
    (sums of ones, exact)."""
    ids: dict[Hashable, int] = {}
    return SparseRows.from_dicts(
        [{ids.setdefault(x, len(ids)): 1.0 for x in members} for members in sets], len(ids)
    )


def _shared(rows: SparseRows, a: npt.NDArray[np.int64], b: npt.NDArray[np.int64]) -> Ints:
    """How many members rows a[k] and b[k] share, for every k."""
    return rows.dots(a, b).astype(np.int64)


def _figure_balance(
    profiles: Sequence[_Profile], a: npt.NDArray[np.int64], b: npt.NDArray[np.int64]
) -> tuple[Ints, Ints]:
    """(agreeing, clashing) figure roles of articles a[k] and b[k]: of the roles both state,
    those with a value in common, and the others."""
    roles = _shared(_counting_rows([p.figures.keys() for p in profiles]), a, b)
    values = [[(key, v) for key, found in p.figures.items() for v in found] for p in profiles]
    agreeing = _shared(_counting_rows(values), a, b)  # one a role, unless a role shares two
    several = np.fromiter(
        (any(len(found) > 1 for found in p.figures.values()) for p in profiles),
        bool,
        len(profiles),
    )
    for k in np.flatnonzero(several[a] & several[b] & (agreeing > 1)).tolist():
        mine, theirs = profiles[int(a[k])].figures, profiles[int(b[k])].figures
        agreeing[k] = sum(1 for key in mine.keys() & theirs.keys() if mine[key] & theirs[key])
    return agreeing, roles - agreeing


_MATCH = 0.6  # cosine at which a claim of one article has a counterpart in another
_CLAIM_CHUNK = 16_384  # claims whose neighbours are grouped by article pair at once


def _claim_matches(
    by_doc: Sequence[Sequence[int]],
    vectors: Vectors,
    k: int,
    candidates: Sequence[tuple[int, int]] | npt.NDArray[np.int64],
    neighbours: Neighbours | None = None,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """For each candidate article pair (i, j): the best claim cosine between them, and the
    share of their claims that have a counterpart in the other at `_MATCH` or more; both from
    each claim's nearest neighbours (`neighbours` of every claim when the caller already
    searched them), 0 where no claim of one has a claim of the other among them.

    Grouped in numpy by article pair: a per-pair dictionary cost about 1 KB a claim."""
    zeros = np.zeros(len(candidates)), np.zeros(len(candidates))
    owner = np.full(len(vectors), -1, dtype=np.int64)
    for d, members in enumerate(by_doc):
        owner[list(members)] = d
    rows = np.flatnonzero(owner >= 0)
    if len(rows) < 2 or not len(candidates):
        return zeros
    if neighbours is not None and len(rows) == len(vectors):
        found = neighbours.top(k)
    else:
        found = nearest(vectors[rows], min(k, len(rows) - 1), exact_limit=20_000)
    docs = np.int64(len(by_doc))
    pairs = np.array(candidates, dtype=np.int64).reshape(-1, 2)
    wanted = pairs[:, 0] * docs + pairs[:, 1]
    order = np.argsort(wanted, kind="stable")
    wanted_sorted = wanted[order]
    out_best, counted = zeros
    claim_owner = owner[rows]
    width = found.ids.shape[1]
    for start in range(0, len(rows), _CLAIM_CHUNK):  # bounded memory at any corpus size
        ids = found.ids[start : start + _CLAIM_CHUNK]
        source = np.repeat(np.arange(start, start + len(ids), dtype=np.int64), width)
        target = ids.reshape(-1).astype(np.int64, copy=False)
        sims = found.sims[start : start + _CLAIM_CHUNK].reshape(-1)
        valid = target >= 0
        source, target, sims = source[valid], target[valid], sims[valid]
        mine, other = claim_owner[source], claim_owner[target]
        keys = np.minimum(mine, other) * docs + np.maximum(mine, other)
        at = np.minimum(np.searchsorted(wanted_sorted, keys), len(wanted_sorted) - 1)
        hit = (mine != other) & (wanted_sorted[at] == keys)
        slot = order[at[hit]]
        np.maximum.at(out_best, slot, sims[hit])
        # each claim counts once per other article it has a close counterpart in
        strong = hit & (sims >= _MATCH)
        once = np.unique(source[strong] * docs + other[strong], return_index=True)[1]
        np.add.at(counted, order[at[strong][once]], 1.0)
    sizes = np.array([len(m) for m in by_doc], dtype=np.float64)
    out_share = counted / np.maximum(sizes[pairs[:, 0]] + sizes[pairs[:, 1]], 1.0)
    return out_best, out_share


def story_pairs(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    vectors: Vectors,
    options: StoryOptions | None = None,
    *,
    impute: tuple[float, float] = (0.0, 0.0),
    neighbours: Neighbours | None = None,
) -> tuple[list[tuple[int, int]], npt.NDArray[np.float64]]:
    """Candidate article pairs (indices into `documents`) and their feature rows.

    `claims` and `vectors` are aligned; claims of documents not in `documents` are ignored.
    Across languages the `lexical` column is `impute[0] + impute[1] * centroid`, the line the
    model was fitted with on same-language pairs.
    """
    pairs, matrix = _pair_rows(
        documents, claims, vectors, options, impute=impute, neighbours=neighbours
    )
    return list(zip(pairs[:, 0].tolist(), pairs[:, 1].tolist(), strict=True)), matrix


def _pair_rows(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    vectors: Vectors,
    options: StoryOptions | None = None,
    *,
    impute: tuple[float, float] = (0.0, 0.0),
    neighbours: Neighbours | None = None,
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """`story_pairs` with the pairs as an (n, 2) array, in the same order (16 bytes a pair,
    where a list of tuples of Python ints cost about 130)."""
    options = options or StoryOptions()
    index = {d.id: k for k, d in enumerate(documents)}
    by_doc: list[list[int]] = [[] for _ in documents]
    for k, claim in enumerate(claims):
        if claim.document_id in index and claim.kind == "claim":
            by_doc[index[claim.document_id]].append(k)
    dim = vectors.shape[1] if vectors.ndim == 2 and len(vectors) else 1
    centroids = np.zeros((len(documents), dim), dtype=np.float32)
    for d, members in enumerate(by_doc):
        if members:
            mean = vectors[members].mean(axis=0)
            centroids[d] = mean / (np.linalg.norm(mean) or 1.0)
    profiles = [
        _profile([claims[k] for k in by_doc[d]], doc.published) for d, doc in enumerate(documents)
    ]
    names = _name_rows(_name_weights(profiles))
    lexical = LexicalIndex([" ".join(claims[k].normalized for k in members) for members in by_doc])
    n = len(documents)
    if n <= options.exact_limit:
        low, high = np.triu_indices(n, 1)  # every pair (i, j), i < j, in row order
        pairs = np.stack((low, high), axis=1).astype(np.int64).reshape(-1, 2)
    else:
        # exact up to nearest()'s own limit (20k articles): the approximate index is built on
        # every core, so its neighbours, and the stories, could differ from run to run
        found = nearest(centroids, options.neighbours)
        mine = np.repeat(np.arange(n, dtype=np.int64), found.ids.shape[1])
        theirs = found.ids.reshape(-1)
        other = mine != theirs
        low = np.minimum(mine, theirs)[other]
        high = np.maximum(mine, theirs)[other]
        keys = np.unique(low * n + high)
        pairs = np.stack((keys // n, keys % n), axis=1).reshape(-1, 2)
        del found, mine, theirs, other, low, high, keys
    langs = [d.lang for d in documents]
    best, matched = _claim_matches(by_doc, vectors, options.neighbours, pairs, neighbours)
    matrix = _pair_features(
        pairs, profiles, names, centroids, lexical, langs, impute, best, matched
    )
    return pairs, matrix


class _Scores(Mapping[tuple[int, int], float]):
    """P(same story) of each candidate article pair (i, j), held as arrays and read in the
    candidates' order, as the dictionary of tuples it stands for (about 200 bytes a pair
    at 100k claims) was filled; the linkage only iterates it."""

    _CHUNK = 1 << 16  # pairs turned into Python tuples at once while iterating

    def __init__(self, pairs: npt.NDArray[np.int64], values: npt.NDArray[np.float64]) -> None:
        self._pairs = pairs
        self._values = np.asarray(values, dtype=np.float64)
        self._keys: npt.NDArray[np.int64] | None = None  # sorted codes, made on first lookup
        self._order: npt.NDArray[np.int64] | None = None

    def __len__(self) -> int:
        return len(self._values)

    def _chunks(self) -> Iterator[tuple[list[int], list[int], list[float]]]:
        for start in range(0, len(self._values), self._CHUNK):
            part = self._pairs[start : start + self._CHUNK]
            values = self._values[start : start + self._CHUNK]
            yield part[:, 0].tolist(), part[:, 1].tolist(), values.tolist()

    def __iter__(self) -> Iterator[tuple[int, int]]:
        for rows, cols, _ in self._chunks():
            yield from zip(rows, cols, strict=True)

    def pairs(self) -> Iterator[tuple[tuple[int, int], float]]:
        """(pair, probability) in the candidates' order."""
        for rows, cols, values in self._chunks():
            yield from zip(zip(rows, cols, strict=True), values, strict=True)

    def items(self) -> ItemsView[tuple[int, int], float]:
        return _ScoreItems(self)

    def __getitem__(self, key: tuple[int, int]) -> float:
        width = np.int64(int(self._pairs.max()) + 1 if len(self._pairs) else 1)
        if self._keys is None:
            codes = self._pairs[:, 0] * width + self._pairs[:, 1]
            self._order = np.argsort(codes, kind="stable")
            self._keys = codes[self._order]
        assert self._order is not None
        i, j = key
        if not (0 <= i < width and 0 <= j < width):
            raise KeyError(key)
        code = np.int64(i) * width + np.int64(j)
        at = int(np.searchsorted(self._keys, code))
        if at == len(self._keys) or self._keys[at] != code:
            raise KeyError(key)
        return float(self._values[self._order[at]])


class _ScoreItems(ItemsView[tuple[int, int], float]):
    """The items of `_Scores`, iterated from its arrays (no lookup per pair)."""

    _mapping: _Scores

    def __iter__(self) -> Iterator[tuple[tuple[int, int], float]]:
        return self._mapping.pairs()


def _apart(
    documents: Sequence[Document], pairs: npt.NDArray[np.int64], window: int | None
) -> list[tuple[int, int]]:
    """The pairs (an (n, 2) array) published further apart than `window` days (unknown dates
    are never apart)."""
    if window is None or not len(pairs):
        return []
    first, last = day_ranges([d.id for d in documents], {d.id: d.published for d in documents})
    i, j = pairs[:, 0], pairs[:, 1]
    gap = np.maximum(first[j] - last[i], first[i] - last[j])  # NaN (unknown) is never > window
    far = pairs[np.flatnonzero(gap > window)]
    return list(zip(far[:, 0].tolist(), far[:, 1].tolist(), strict=True))


def _label(
    documents: Sequence[Document], claims: Sequence[Claim], rows: Mapping[str, list[int]]
) -> str:
    """The names the story's articles mention most, as a short label.

    `rows` maps a document id to the indices of its claims in `claims`; they are read in
    corpus order, so the label does not depend on the order of the story's articles.
    """
    names: Counter[str] = Counter()
    for k in sorted(k for d in documents for k in rows.get(d.id, ())):
        # each name once per claim, in the order of the text: ties between names mentioned
        # as often are broken by first mention, never by string hashing
        names.update(
            list(dict.fromkeys(e.canonical for e in claims[k].entities if e.via == "name"))
        )
    top = [name for name, _ in names.most_common(3)]
    return ", ".join(top) if top else (documents[0].title or documents[0].id)


def find_stories(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    vectors: Vectors,
    options: StoryOptions | None = None,
    *,
    model: LogisticModel | None = None,
    published: Mapping[str, str | None] | None = None,
    neighbours: Neighbours | None = None,
    probabilities: MutableMapping[tuple[str, str], float] | None = None,
    gate: EventGate | None = None,
) -> list[Story]:
    """The stories of the corpus, earliest first; every document is in exactly one.

    `neighbours`: each claim's nearest claims, when the caller has searched them already.
    `probabilities`, when given, is filled with P(same story) of every article pair scored
    (keyed by the two document ids in corpus order). `gate`: the look-alike-event gate of
    these documents and claims, when the caller compares claims through it too (built from
    `options.apart_margin` otherwise), so each article's figures are read once.

    A story's id is derived from its earliest document's id, so it is stable while that
    article stays in the corpus.
    """
    options = options or StoryOptions()
    if not documents:
        return []
    if options.enabled and len(documents) > 1:
        model = model or load_model("story_model")
        threshold = options.threshold if options.threshold is not None else model.threshold
        line = model.meta.get("lexical_from_centroid", [0.0, 0.0])
        impute = (float(line[0]), float(line[1]))
        pairs, features = _pair_rows(
            documents, claims, vectors, options, impute=impute, neighbours=neighbours
        )
        probability = model.probability(features) if len(pairs) else np.zeros(0)
        del features  # the feature rows, before the linkage builds its own tables
        scored = _Scores(pairs, probability)
        if isinstance(probabilities, StoryOdds) and len(pairs):
            probabilities.set_pairs(
                [d.id for d in documents], pairs[:, 0], pairs[:, 1], probability
            )
        elif probabilities is not None:
            probabilities.update(
                ((documents[i].id, documents[j].id), p) for (i, j), p in scored.items()
            )
        apart = _apart(documents, pairs, options.window_days)
        gate = gate or EventGate(documents, claims, options.apart_margin)
        ids = [d.id for d in documents]
        # two articles that report look-alike events veto their stories' merging; the gate
        # reads their figures only when the linkage is about to merge their groups
        groups = average_linkage(
            len(documents),
            scored,
            threshold,
            cannot=apart,
            veto=lambda i, j: gate.apart(ids[i], ids[j]),
        )
    else:
        groups = [list(range(len(documents)))]
    published = published or {d.id: d.published for d in documents}

    def first(doc: Document) -> tuple[int, str]:
        span = publication_range(published.get(doc.id))
        return (span[0].toordinal() if span else 10**9, doc.id)

    rows: dict[str, list[int]] = {}
    for k, claim in enumerate(claims):
        rows.setdefault(claim.document_id, []).append(k)
    stories = []
    for members in groups:
        docs = sorted((documents[k] for k in members), key=first)
        key = hashlib.sha1(docs[0].id.encode("utf-8")).hexdigest()[:8]
        dated = [published.get(d.id) for d in docs if published.get(d.id)]
        stories.append(
            Story(
                id=f"s-{key}",
                document_ids=tuple(d.id for d in docs),
                label=_label(docs, claims, rows),
                first_published=dated[0] if dated else None,
            )
        )
    return sorted(stories, key=lambda s: (s.first_published or "9999", s.id))
