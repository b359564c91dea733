"""sources (+ a store) -> Report: the one place that knows the order of the stages.

    read -> clean -> segment -> ground -> embed -> stories -> align -> provenance -> compare
         -> judge

The per-article stages (clean, segment, ground, embed) run on an `Engine`: in this process
by default, or as a partitioned Dask job; the corpus-wide ones run here.

`check` runs everything on articles; `ingest` adds articles to a store (embedding each claim
text once, ever); `check_new` checks new articles against a stored corpus, the CI gate.
"""

from __future__ import annotations

import importlib.metadata
import itertools
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

import numpy as np
import numpy.typing as npt
from pydantic import Field

from claimcheck import align as align_stage
from claimcheck import review
from claimcheck.atomize import atomize
from claimcheck.clean import CleanText, clean
from claimcheck.compare import compare
from claimcheck.embed import Embedder, get_embedder
from claimcheck.engine import DaskEngine, Engine, LocalEngine, MemoEngine
from claimcheck.errors import EmbedderError, InputError, UsageError
from claimcheck.events import EventGate, StoryOdds
from claimcheck.ground import Fixed, Sighting, fixed_slots, ground_documents, sightings
from claimcheck.ground.entity import Gazetteer, Mention, build_gazetteer
from claimcheck.groundings import note_groundings, reuse_groundings
from claimcheck.judge import judge
from claimcheck.lang import (
    UNDETERMINED,
    available,
    detect,
    get_profile,
    has_profile,
    require_profile,
)
from claimcheck.lexical import LexicalIndex
from claimcheck.memory import release
from claimcheck.models import Claim, Component, Discrepancy, Document, Model, Report, Side, Story
from claimcheck.neighbours import Neighbours, Spill, nearest
from claimcheck.pairs import PairScorer
from claimcheck.provenance import Provenance, find_origins, weigh
from claimcheck.read import OnError, Source, iter_documents, read
from claimcheck.segment import segment
from claimcheck.settings import Settings
from claimcheck.store import Store, holds_more, text_key
from claimcheck.stories import find_stories

__all__ = ["CheckOutcome", "Progress", "check", "check_new", "ingest", "prepare"]

#: Called as progress(stage, done, total): total is None while unknown.
Progress = Callable[[str, int, int | None], None]
Vectors = npt.NDArray[np.float32]


def _version() -> str:
    try:
        return importlib.metadata.version("claimcheck")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a tree
        return "0+unknown"


def _with_language(
    documents: Iterable[Document], settings: Settings, notes: list[str] | None = None
) -> list[Document]:
    """Each document with its language: declared, else `settings.lang`, else guessed.

    A language claimcheck has no profile for is read with the language-neutral one (digits,
    numeric dates, names, quotes) and noted once per document in `notes`.
    """
    if settings.lang is not None:
        require_profile(settings.lang)
    out: list[Document] = []
    for given in documents:
        d = (
            given
            if given.lang
            else given.model_copy(update={"lang": settings.lang or detect(given.text)})
        )
        if notes is not None and not has_profile(d.lang):
            notes.append(_neutral_note(d))
        out.append(d)
    return out


def _neutral_note(doc: Document) -> str:
    which = (
        "its language is neither of claimcheck's (guessed from its words)"
        if doc.lang == UNDETERMINED
        else f"no profile for its language {doc.lang!r}"
    )
    where = f"{doc.path}: article {doc.id!r}" if doc.path else f"article {doc.id!r}"
    return (
        f"[W200] {where}: {which} (profiles: {', '.join(available())}); read "
        "language-neutrally: digits, numeric dates, names and quotes, no word tables"
    )


_Prepared = tuple[
    dict[str, CleanText], list[Claim], dict[str, list[Mention]], list[Sighting], Mapping[str, Fixed]
]


def _prepare(documents: list[Document], vocab: dict[str, int], *, kept: bool = False) -> _Prepared:
    """Round one, per partition: clean -> segment, and the names each claim mentions.

    `kept`: for a memo engine, which keeps round one per document and may ground a document
    again when its names read otherwise: the slots no gazetteer changes are kept with it,
    read once when round two first needs them (otherwise round two reads them, and nothing
    holds them after)."""
    cleaned: dict[str, CleanText] = {}
    claims: list[Claim] = []
    for doc in documents:
        profile = get_profile(doc.lang or "fr")
        cleaned[doc.id] = clean(doc, profile, vocab)
        claims.extend(segment(doc, cleaned[doc.id], profile))
    mentions, corpus = sightings(claims)
    return cleaned, claims, mentions, corpus, fixed_slots(documents, claims) if kept else {}


def _prepare_kept(documents: list[Document], vocab: dict[str, int]) -> _Prepared:
    return _prepare(documents, vocab, kept=True)


def _gazetteer(prepared: list[_Prepared]) -> Gazetteer:
    """Between the rounds, on the whole corpus: canonical names and spelling variants."""
    return build_gazetteer([s for part in prepared for s in part[3]])


def _ground(documents: list[Document], prepared: _Prepared, gazetteer: Gazetteer) -> list[Claim]:
    """Round two, per partition: ground -> claims with their slots."""
    cleaned, claims, mentions, _, fixed = prepared
    claims = ground_documents(documents, cleaned, claims, mentions, gazetteer, fixed)
    claims = atomize(claims)  # one claim per checkable fact (claimcheck/atomize.py)
    return claims


def _gazetteer_reads(prepared: _Prepared, gazetteer: Gazetteer) -> tuple[object, ...]:
    """What round two of one document reads of the gazetteer: its names' resolutions."""
    return tuple(gazetteer.resolve(m.surface) for found in prepared[2].values() for m in found)


def memo_engine(*, documents: int = 1000) -> MemoEngine:
    """A local engine that remembers each document's claims between calls, for a process that
    checks many articles against one store (`claimcheck serve`); same claims as the default."""
    return MemoEngine(_gazetteer_reads, documents=documents)


def _claims(documents: Sequence[Document], engine: Engine | None = None) -> list[Claim]:
    """clean -> segment -> ground, over the whole corpus, on the engine."""
    engine = engine or LocalEngine()
    first = _prepare_kept if isinstance(engine, MemoEngine) else _prepare
    return engine.claims(documents, first, _gazetteer, _ground)


def _embed(
    claims: Sequence[Claim],
    embedder: Embedder,
    store: Store | None,
    progress: Progress | None,
    engine: Engine | None = None,
) -> tuple[Vectors, dict[str, Vectors]]:
    """Vectors of the claims (cached ones from the store) and the ones computed now, by key.

    One array of the corpus's size is made: without stored vectors the embedder writes the
    claims' rows in their order; with some, the fresh and the stored rows are copied into it.
    """
    keys = [text_key(c.normalized) for c in claims]
    if not keys:
        return np.zeros((0, 1), dtype=np.float32), {}
    cached = store.vectors(embedder.name, keys) if store is not None else {}
    first: dict[str, int] = {}  # key -> its first claim
    for i, key in enumerate(keys):
        first.setdefault(key, i)
    todo = [k for k in first if k not in cached]
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress("embed", done, len(todo))

    if not cached and not isinstance(engine, DaskEngine):
        # every row is new: the embedder writes them in claim order, duplicates encoded once
        texts = [c.normalized for c in claims]
        vectors = _rows(embedder.embed(texts, progress=tick), embedder, len(texts))
        return vectors, {k: vectors[i] for k, i in first.items()}
    fresh: dict[str, Vectors] = {}
    if todo:
        texts = [claims[first[k]].normalized for k in todo]
        if isinstance(engine, DaskEngine):
            made = _rows(engine.embed(texts), embedder, len(texts))
            tick(len(texts))
        else:
            made = _rows(embedder.embed(texts, progress=tick), embedder, len(texts))
        fresh = dict(zip(todo, made, strict=True))
    table = {**cached, **fresh}
    out = np.empty((len(keys), len(next(iter(table.values())))), dtype=np.float32)
    for i, key in enumerate(keys):
        out[i] = table[key]
    return out, fresh


def _rows(vectors: npt.ArrayLike, embedder: Embedder, texts: int) -> Vectors:
    """An embedder's output as a float32 matrix of one row per text (no copy when it already
    is one); anything else is the embedder's fault, said as such."""
    array = np.asarray(vectors, dtype=np.float32)
    if array.ndim != 2 or len(array) != texts:
        raise EmbedderError(
            f"{embedder.name} returned an array of shape {array.shape} for {texts} texts; "
            "an embedder must return one row per text, in order (a 2-dimensional array)"
        )
    return array


def _assemble(
    documents: Sequence[Document],
    claims: Sequence[Claim],
    vectors: Vectors,
    embedder: Embedder,
    settings: Settings,
    *,
    scope: Collection[str] | None = None,
) -> Report:
    """stories -> align -> provenance -> compare -> judge -> Report.

    With `scope` (document ids), the stories are found over every document, and the later
    stages run on the documents of the stories that hold one of `scope` only; the report
    covers those documents (`_story_scope`).
    """
    published = {d.id: d.published for d in documents}
    keep = [k for k, c in enumerate(claims) if c.kind == "claim"]
    checkable = [claims[k] for k in keep]
    # a copy only when some claims are not checkable (a corpus-sized matrix at scale)
    # above the exact limit the search's graph copies the vectors: ours wait on disk meanwhile
    spill = Spill(
        vectors if len(keep) == len(claims) else vectors[keep],
        disk=len(keep) > settings.align.exact_limit,
    )
    del vectors  # (the caller holds none: not held twice while the graph lives)
    release(len(claims))  # the per-article stages' freed pages, before the search's graph
    # one nearest-neighbour search serves stories and alignment
    neighbours = nearest(
        spill,
        max(settings.stories.neighbours, settings.align.neighbours),
        exact_limit=settings.align.exact_limit,
    )
    checkable_vectors = spill.read()
    del spill
    release(len(checkable))  # each stage's freed pages back to the system (large corpora)
    story_probability = StoryOdds()  # filled by find_stories (16 bytes a pair)
    gate = EventGate(documents, checkable, settings.stories.apart_margin, story=story_probability)
    stories = find_stories(
        documents,
        checkable,
        checkable_vectors,
        settings.stories,
        published=published,
        neighbours=neighbours,
        probabilities=story_probability,
        gate=gate,
    )
    release(len(checkable))
    lexical = None  # the pair scorer's word weights: over the claims it scores by default
    corpus = (documents, claims)  # copies are found over every document read
    if scope is not None:
        documents, claims, checkable, checkable_vectors, neighbours, stories, lexical = (
            _story_scope(
                scope, stories, documents, claims, checkable, checkable_vectors, neighbours,
                settings.align.neighbours,
            )
        )  # fmt: skip
        published = {d.id: d.published for d in documents}
    story_of = {d: s.id for s in stories for d in s.document_ids}
    claim_stories = [story_of[c.document_id] for c in checkable]
    scorer = PairScorer(checkable, checkable_vectors, stories=claim_stories, lexical=lexical)
    release(len(checkable))
    groups = align_stage.align(
        checkable,
        checkable_vectors,
        settings.align,
        published=published,
        stories=claim_stories,
        scorer=scorer,
        neighbours=neighbours,
    )
    clusters = {f"c{i + 1}": [checkable[j] for j in members] for i, members in enumerate(groups)}
    probability = _cluster_probabilities(groups, scorer)
    # the scorer's per-claim slots and word weights, the neighbour arrays: not read again
    del scorer, neighbours, lexical, checkable_vectors  # (the caller holds none)
    release(len(checkable))
    provenance = find_origins(*corpus, clusters)
    if scope is not None:
        provenance = _scoped_origins(provenance, claims)
    release(len(checkable))
    findings = compare(clusters, checkable, documents, story_of=story_of, gate=gate)
    del gate, story_probability  # the articles' figures and pair odds, before the judged copies
    release(len(checkable))
    discrepancies, updates = weigh(
        findings.discrepancies, findings.updates, provenance.origin_of, documents
    )
    judged, cluster_models = judge(
        clusters,
        discrepancies,
        updates,
        origins=provenance.origins,
        origin_of=provenance.origin_of,
        published=published,
        count=settings.count,
        probability=probability,
        min_probability=settings.corroboration_probability,
        story_of=story_of,
    )
    judged += [
        c.model_copy(
            update={
                "status": "non-claim",
                "story_id": story_of.get(c.document_id),
                "origin_id": provenance.origin_of.get(c.id),
            }
        )
        for c in claims
        if c.kind != "claim"
    ]
    cluster_ids: dict[str | None, list[str]] = {}  # each story's clusters, in cluster order
    for cluster in cluster_models:
        cluster_ids.setdefault(cluster.story_id, []).append(cluster.id)
    stories = [
        s.model_copy(update={"cluster_ids": tuple(cluster_ids.get(s.id, ()))}) for s in stories
    ]
    order = {c.id: i for i, c in enumerate(claims)}
    judged.sort(key=lambda c: order[c.id])
    return Report(
        generator=Component(name="claimcheck", version=_version()),
        embedder=Component(name=embedder.name, version=embedder.version),
        settings=settings.flat(),
        documents=tuple(documents),
        claims=tuple(judged),
        clusters=tuple(cluster_models),
        discrepancies=tuple(discrepancies),
        updates=tuple(updates),
        origins=tuple(provenance.origins),
        stories=tuple(stories),
    )


def _story_scope(
    scope: Collection[str],
    stories: Sequence[Story],
    documents: Sequence[Document],
    claims: Sequence[Claim],
    checkable: Sequence[Claim],
    vectors: Vectors,
    neighbours: Neighbours,
    k: int,
) -> tuple[
    list[Document], list[Claim], list[Claim], Vectors, Neighbours, list[Story], LexicalIndex
]:
    """The stories holding a document of `scope`, with their documents, claims, checkable
    claims and vectors; `neighbours` cut down to them: each claim's `k` nearest as the whole
    corpus had them (alignment's own number), those of other stories marked as none (the
    claim itself, at -inf), so that alignment gets the candidates it would have had in the
    whole corpus (it never pairs claims of two stories); and the word weights of their
    checkable claims as the whole corpus gives them (how rare a word is)."""
    kept = [s for s in stories if not set(scope).isdisjoint(s.document_ids)]
    inside = {d for s in kept for d in s.document_ids}
    rows = np.fromiter(
        (k for k, c in enumerate(checkable) if c.document_id in inside), dtype=np.int64
    )
    found = neighbours.top(k)
    number = np.full(len(checkable), -1, dtype=np.int64)
    number[rows] = np.arange(len(rows), dtype=np.int64)
    ids = number[found.ids[rows]]
    sims = found.sims[rows].copy()
    outside = ids < 0
    ids[outside] = np.broadcast_to(np.arange(len(rows))[:, None], ids.shape)[outside]
    sims[outside] = -np.inf
    return (
        [d for d in documents if d.id in inside],
        [c for c in claims if c.document_id in inside],
        [checkable[k] for k in rows.tolist()],
        vectors[rows],
        Neighbours(ids, sims),
        kept,
        LexicalIndex([c.normalized for c in checkable]).subset(rows.tolist()),
    )


_PROBABILITY_PAIRS = 100_000  # claim pairs whose features are computed at once


def _cluster_probabilities(
    groups: Sequence[Sequence[int]], scorer: PairScorer
) -> dict[str, float | None]:
    """`align.cluster_probability` of each cluster ("c1", ...), the features of many clusters'
    pairs computed at once; each cluster's rows are then scored and averaged on their own, so
    every value is the one the cluster alone gives."""
    claims = scorer.claims
    out: dict[str, float | None] = {}
    pairs: list[tuple[int, int]] = []
    waiting: list[tuple[str, int, int]] = []  # cluster id, its rows in `pairs`

    def flush() -> None:
        features = scorer.features(pairs)
        for cluster_id, start, stop in waiting:
            out[cluster_id] = float(np.mean(scorer.score(features[start:stop])))
        pairs.clear()
        waiting.clear()

    for i, members in enumerate(groups):
        start = len(pairs)
        pairs.extend(
            (a, b)
            for x, a in enumerate(members)
            for b in members[x + 1 :]
            if claims[a].document_id != claims[b].document_id
        )
        if len(pairs) == start:
            out[f"c{i + 1}"] = None  # one document: nothing corroborates anything there
            continue
        waiting.append((f"c{i + 1}", start, len(pairs)))
        if len(pairs) >= _PROBABILITY_PAIRS:
            flush()
    if waiting:
        flush()
    return {f"c{i + 1}": out[f"c{i + 1}"] for i in range(len(groups))}


def _collector(warnings: list[str] | None) -> OnError | None:
    """An error handler that notes each bad input in `warnings`; None (raise) without a list."""
    if warnings is None:
        return None

    def on_error(exc: InputError) -> None:
        warnings.append(f"[{exc.code}] {exc.path + ': ' if exc.path else ''}{exc.message}")

    return on_error


def _read(
    sources: Iterable[Source], settings: Settings, warnings: list[str] | None
) -> list[Document]:
    """Read the sources; with a `warnings` list, bad inputs are noted there and skipped."""
    return _with_language(read(sources, on_error=_collector(warnings)), settings, warnings)


def _corpus(
    sources: Iterable[Source],
    store: Store | None,
    settings: Settings,
    warnings: list[str] | None,
) -> list[Document]:
    """Every document to report on: the stored ones, then the given ones not stored yet."""
    given = _read(sources, settings, warnings)
    if store is None:
        return given
    stored = store.documents()
    return stored + _unstored(given, stored)


def _unstored(given: Sequence[Document], stored: Sequence[Document]) -> list[Document]:
    """The given documents not yet stored; an id stored with another text is an error."""
    texts = {d.id: d.text for d in stored}
    changed = [d.id for d in given if d.id in texts and texts[d.id] != d.text]
    if changed:
        raise InputError(
            f"already stored with a different text: {', '.join(changed[:5])}; "
            "give the new version another id (file name or 'id' field)",
            path=next((d.path for d in given if d.id == changed[0]), None),
        )
    return [d for d in given if d.id not in texts]


def check(
    sources: Iterable[Source] = (),
    *,
    embedder: Embedder | None = None,
    settings: Settings | None = None,
    store: Store | None = None,
    progress: Progress | None = None,
    strict: bool = False,
    engine: Engine | None = None,
    reviews: bool = True,
) -> Report:
    """Read, clean, segment, ground, embed, align, compare and judge: the full report.

    `sources` are paths, directories, globs, `Document`s or dicts with at least `id` and
    `text`. With a `store`, the report covers the stored corpus plus `sources`, and vectors
    already in the store are not computed again; the store is not modified. The embedder
    defaults to USE multilingual (`claimcheck.embed.get_embedder()`). A bad input (an empty
    or binary file, a broken JSONL line) is skipped and named in `Report.warnings`; with
    `strict=True` it raises `InputError` instead. No readable article at all always raises.
    The store's review decisions are in force (`claimcheck.review.apply`) unless
    `reviews=False`.
    """
    settings = settings or Settings()
    warnings: list[str] | None = None if strict else []
    documents = _corpus(sources, store, settings, warnings)
    _require(documents, warnings)
    if store is not None and engine is None:  # the stored claims, where still valid
        engine = memo_engine(documents=len(documents))
        reuse_groundings(documents, store, engine)
    claims = _claims(documents, engine)
    embedder = embedder or get_embedder()
    # the vectors are handed over, not held here: the assembly drops them after alignment
    report = review.apply(
        _assemble(
            documents, claims, _embed(claims, embedder, store, progress, engine)[0], embedder,
            settings,
        ),
        review.decisions(store) if reviews else [],
    )  # fmt: skip
    return report.model_copy(update={"warnings": tuple(warnings or ())})


def prepare(
    sources: Iterable[Source],
    *,
    embedder: Embedder | None = None,
    settings: Settings | None = None,
    strict: bool = True,
) -> tuple[list[Document], list[Claim], Vectors]:
    """read -> clean -> segment -> ground -> embed: the documents, their grounded claims (before
    any alignment) and one unit vector per claim, row i for claim i.

    The per-article half of `check`, for callers that study or fit the corpus-wide stages
    (the fitting script of the story and pair models uses it).
    """
    settings = settings or Settings()
    warnings: list[str] | None = None if strict else []
    documents = _read(sources, settings, warnings)
    _require(documents, warnings)
    claims = _claims(documents)
    vectors, _ = _embed(claims, embedder or get_embedder(), None, None)
    return documents, claims, vectors


def _require(documents: Sequence[Document], warnings: list[str] | None) -> None:
    if not documents:
        detail = f" ({len(warnings)} input(s) skipped: {warnings[0]})" if warnings else ""
        raise InputError(f"no readable article{detail}")


def ingest(
    sources: Iterable[Source],
    store: Store,
    *,
    embedder: Embedder | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
    warnings: list[str] | None = None,
    engine: Engine | None = None,
    batch_size: int = 500,
) -> list[str]:
    """Add articles to `store` (those already there are skipped); returns the ids added.

    Articles are read one by one and added `batch_size` at a time, each batch in its own
    transaction: memory stays bounded whatever the size of the feed, and a run that is
    stopped keeps the batches it finished (a re-run adds the rest). With a `warnings` list,
    bad inputs are noted there and skipped; without, they raise. Claims are grounded batch
    by batch, and the store records how (a check reuses them while that still holds).
    """
    settings = settings or Settings()
    embedder = embedder or get_embedder()
    engine = engine or memo_engine(documents=max(1000, batch_size))
    on_error = _collector(warnings)
    added: list[str] = []
    seen = 0
    batch: list[Document] = []
    documents = iter_documents(sources, on_error=on_error)
    for doc in itertools.chain(documents, [None]):
        if doc is not None:
            seen += 1
            batch.extend(_with_language([doc], settings, warnings))
        if batch and (doc is None or len(batch) >= batch_size):
            new = _unstored(batch, store.documents_by_id(d.id for d in batch))
            if new:
                claims = _claims(new, engine)
                _, fresh = _embed(claims, embedder, store, progress, engine)
                stored = store.add(new, claims, embedder.name, fresh)
                kept = set(stored)
                note_groundings([d for d in new if d.id in kept], store, engine)
                added += stored
            batch = []
    if not seen:
        _require([], warnings)
    if added and holds_more(store, settings.incremental_from):
        store.refresh_index(embedder.name)  # the first `check` must not index the archive
    return added


def _accused(d: Discrepancy) -> tuple[Side, ...]:
    """Sides a discrepancy puts in doubt: all, except the majority form of a spelling."""
    return d.sides[1:] if d.kind == "spelling" else d.sides


def _relevant(
    given: Sequence[Document],
    store: Store,
    embedder: Embedder,
    settings: Settings,
    engine: Engine | None = None,
) -> list[Document]:
    """The stored documents a check must look at.

    A small store is looked at whole. Above `settings.incremental_from` claims, only the
    documents that state something near what the new articles state: their claims'
    nearest stored neighbours (HNSW with `claimcheck[scale]`, exact otherwise). A fact the
    new articles share with the archive lives there, and so does any disagreement about it;
    the rest of the archive cannot change the verdict on them, and is not re-read.
    """
    if not holds_more(store, settings.incremental_from):
        return store.documents()
    stored_ids = {d.id for d in store.documents_by_id(d.id for d in given)}
    fresh = [d for d in given if d.id not in stored_ids]
    local = engine if isinstance(engine, MemoEngine) else None  # one article: no batch job
    new_claims = _claims(fresh, local) if fresh else []
    vectors, _ = _embed(new_claims, embedder, store, None)
    near = store.neighbour_documents(
        embedder.name,
        vectors,
        k=settings.align.neighbours,
        threshold=settings.align.candidate_threshold,
    )
    return store.documents_by_id([*near, *stored_ids])


class CheckOutcome(Model):
    """What `claimcheck check` found about new articles, and whether the policy failed."""

    new_document_ids: tuple[str, ...]
    added: bool
    fail_on: str
    failed: bool
    findings: tuple[Discrepancy, ...]
    report: Report
    story_of: dict[str, str] = Field(default_factory=dict)
    """each new article's story"""
    new_stories: tuple[str, ...] = ()
    """the stories that only new articles report (no stored article is about them)"""


def _assigned(report: Report, new_ids: Sequence[str]) -> tuple[dict[str, str], tuple[str, ...]]:
    """The story of each new article, and the stories no stored article belongs to."""
    new = set(new_ids)
    story_of = {d: s.id for s in report.stories for d in s.document_ids if d in new}
    fresh = tuple(s.id for s in report.stories if s.document_ids and set(s.document_ids) <= new)
    return story_of, fresh


def _scoped_origins(provenance: Provenance, claims: Sequence[Claim]) -> Provenance:
    """The origins of `claims` (found over the whole corpus: two articles of the story can be
    copies of one text through a third of another story), numbered again in their order."""
    used = {provenance.origin_of[c.id] for c in claims}
    kept = [o for o in provenance.origins if o.id in used]
    number = {o.id: f"o{k}" for k, o in enumerate(kept, start=1)}
    return Provenance(
        origins=[o.model_copy(update={"id": number[o.id]}) for o in kept],
        origin_of={c.id: number[provenance.origin_of[c.id]] for c in claims},
    )


SCOPES = ("corpus", "story")  # what a check aligns, compares and judges (`check_new`)


def check_new(
    sources: Iterable[Source],
    store: Store,
    *,
    fail_on: str = "conflicting",
    add: bool = True,
    embedder: Embedder | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
    strict: bool = False,
    engine: Engine | None = None,
    scope: str = "corpus",
) -> CheckOutcome:
    """Check new articles against the stored corpus and each other; add them unless `add=False`.

    `fail_on`: "conflicting" fails when a new article's claim is conflicting, "single-source"
    also when one is corroborated by nobody, "never" never fails. The store's review
    decisions are in force (`claimcheck.review.apply`): a dismissed discrepancy is still
    listed in `findings` (with its `review_state`) but fails nothing, and a claim marked wrong
    or retracted neither fails the gate nor corroborates. The findings are noted in the store,
    so that `claimcheck review` can name them by their `ref`.

    `scope="story"`: the stories are found over every document read, and alignment,
    comparison and judgement run on the new articles' own stories only (word rarity and
    copied passages still counted over every document); the report covers their documents,
    its ids (`c17`, `d3`, `o5`) numbered among them. Faster against many neighbours; the
    verdicts were the same on every article measured (benchmarks/README.md, `serve`), but
    not by construction: alignment still counts within the stories how many quotes share a
    phrase and which sentence is another's closest lexical match.
    """
    if scope not in SCOPES:
        raise UsageError(f"unknown check scope {scope!r}; expected one of {', '.join(SCOPES)}")
    settings = settings or Settings()
    warnings: list[str] | None = None if strict else []
    given = _read(sources, settings, warnings)
    _require(given, warnings)
    embedder = embedder or get_embedder()
    engine = engine or memo_engine()  # the new articles are grounded once, not twice
    stored = _relevant(given, store, embedder, settings, engine)
    unstored = _unstored(given, stored)
    documents = stored + unstored
    new_ids = tuple(dict.fromkeys(d.id for d in given))
    reuse_groundings(stored, store, engine)
    claims = _claims(documents, engine)
    vectors, fresh = _embed(claims, embedder, store, progress, engine)
    only = set(new_ids) if scope == "story" else None
    report = review.apply(
        _assemble(documents, claims, vectors, embedder, settings, scope=only),
        review.decisions(store),
    )
    report = report.model_copy(update={"warnings": tuple(warnings or ())})
    mine = {c.id for c in report.claims if c.document_id in new_ids}
    findings = tuple(
        d
        for d in report.discrepancies
        if any(cid in mine for side in _accused(d) for cid in side.claim_ids)
    )
    statuses = {c.status for c in report.claims if c.id in mine and c.review is None}
    failing = {"conflicting": {"conflicting"}, "single-source": {"conflicting", "single-source"}}
    failed = bool(statuses & failing.get(fail_on, set()))
    if add and unstored:
        added = {d.id for d in unstored}
        store.add(unstored, [c for c in claims if c.document_id in added], embedder.name, fresh)
        note_groundings(unstored, store, engine)
    if hasattr(store, "note_findings"):
        store.note_findings(review.findings(report, findings))
    story_of, new_stories = _assigned(report, new_ids)
    return CheckOutcome(
        new_document_ids=new_ids,
        added=add,
        fail_on=fail_on,
        failed=failed,
        findings=findings,
        report=report,
        story_of=story_of,
        new_stories=new_stories,
    )
