"""Store + embedder -> what the web application does: ingest, check, search, findings, reviews.

One `Service` per application: the embedder is loaded once, the store runs in WAL mode, and
every write (ingest, check, a review) goes through one lock, so there is one writer at a
time; reads open their own connection. The report of the whole stored corpus (for findings,
stories and fact pages) is computed once per set of stored documents and cached; review
decisions are applied to it afresh on every read, which costs no model work.

A check reads only the stored articles whose claims are nearest neighbours of the new ones
(`Settings(incremental_from=0)` unless other settings are given), finds the stories of all of
them, and aligns, compares and judges the new article's own stories only (`scope="story"`,
`claimcheck.pipeline.check_new`; `scope="corpus"` for all of them): per article well under a
second instead of 15 s against 700 stored articles (benchmarks/README.md, `serve`).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck import review
from claimcheck.archive_index import ArchiveIndex
from claimcheck.embed import Embedder, get_embedder
from claimcheck.errors import InputError, UsageError
from claimcheck.models import Claim, Cluster, Discrepancy, Report, Review
from claimcheck.pipeline import SCOPES, CheckOutcome, check, check_new, ingest, memo_engine
from claimcheck.settings import Settings
from claimcheck.store import SQLiteStore, holds_more

__all__ = ["Service"]


class _ServedStore(SQLiteStore):
    """A connection of the service: its nearest-neighbour index stays open between requests
    (mapped from beside the store once, then caught up with the rows added since), instead
    of being opened on every check."""

    def __init__(self, path: Path, indexes: dict[str, ArchiveIndex]) -> None:
        super().__init__(path, wal=True)
        self._indexes = indexes

    def _ann(self, embedder: str, dimension: int) -> ArchiveIndex:
        key = f"{embedder} {dimension}"
        held = self._indexes.get(key)
        if held is None:
            held = self._indexes[key] = super()._ann(embedder, dimension)  # mapped, caught up
        else:
            held.catch_up(self._rows(embedder))
        return held


class Service:
    """The application's state: store path, embedder, the writer lock and the report cache."""

    def __init__(
        self,
        store_path: str | Path,
        embedder: Embedder | None = None,
        settings: Settings | None = None,
        *,
        scope: str = "story",
    ) -> None:
        if scope not in SCOPES:  # refused when the service starts, not on its first check
            raise UsageError(f"unknown check scope {scope!r}; expected one of {', '.join(SCOPES)}")
        self.path = Path(store_path)
        self.scope = scope
        """what a check aligns, compares and judges: "story" (the new article's stories only,
        the default: faster, the same verdicts on every article measured) or "corpus" (every
        article read); `check_new`"""
        self.embedder = embedder or get_embedder()
        self.settings = settings or Settings(incremental_from=0)
        self.write_lock = threading.Lock()
        self._report_lock = threading.Lock()
        self._cached: tuple[int, Report] | None = None
        self._indexes: dict[str, ArchiveIndex] = {}  # used under the write lock only
        # the stored articles a check reads are grounded once, then remembered (write lock)
        self._engine = memo_engine()
        self._blas: Any = None  # threadpoolctl's controller, made on the first check
        with self.writer() as store:  # create it, switch it to WAL, load its index once
            if holds_more(store, self.settings.incremental_from):
                store.refresh_index(self.embedder.name)

    @contextmanager
    def reader(self) -> Iterator[SQLiteStore]:
        """A connection of one's own, for reading."""
        store = SQLiteStore(self.path, wal=True)
        try:
            yield store
        finally:
            store.close()

    @contextmanager
    def writer(self) -> Iterator[SQLiteStore]:
        """The one writer: held by a single request at a time."""
        with self.write_lock:
            store = _ServedStore(self.path, self._indexes)
            try:
                yield store
            finally:
                store.close()

    def ingest(self, articles: Sequence[dict[str, Any]]) -> tuple[list[str], list[str]]:
        """Add articles (the CLI's JSONL objects); returns (ids added, warnings)."""
        warnings: list[str] = []
        with self.writer() as store:  # the checks' memo engine: what is ingested is read again
            added = ingest(
                list(articles), store, embedder=self.embedder, settings=self.settings,
                warnings=warnings, engine=self._engine,
            )  # fmt: skip
            _settle()
        return added, warnings

    def check(
        self, articles: Sequence[dict[str, Any]], *, fail_on: str = "conflicting", add: bool = True
    ) -> CheckOutcome:
        """`check_new` of articles against the store, decisions in force.

        On one BLAS thread: the products of a check against its neighbours are small, and a
        second thread costs more than it saves (on a busy machine its spin-wait is preempted
        again and again: a check's stories and claim neighbours took 10-20 % longer). The
        numbers are the same either way (each result is computed by one thread)."""
        with self.writer() as store, self._one_blas_thread():
            return check_new(
                list(articles), store, fail_on=fail_on, add=add, embedder=self.embedder,
                settings=self.settings, engine=self._engine, scope=self.scope,
            )  # fmt: skip

    def _one_blas_thread(self) -> Any:
        """A context in which numpy's BLAS runs on one thread (threadpoolctl); the libraries
        are looked up once per service."""
        if self._blas is None:
            from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]

            self._blas = ThreadpoolController()
        return self._blas.limit(limits=1, user_api="blas")

    def search(self, query: str, limit: int = 50) -> list[tuple[str, str, str]]:
        """(claim id, document id, text) of the stored claims matching `query`."""
        with self.reader() as store:
            return store.search(query, limit=limit)

    def decisions(self) -> list[Review]:
        """The review decisions in force."""
        with self.reader() as store:
            return review.decisions(store)

    def report(self) -> Report:
        """The report of the whole stored corpus, with the decisions in force now."""
        with self.reader() as store:
            documents = store.claim_count()  # what the cached report was made from
            decided = review.decisions(store)
            with self._report_lock:
                if self._cached is None or self._cached[0] != documents:
                    if not documents:
                        return _empty(self.embedder)
                    raw = check(
                        store=store, embedder=self.embedder, settings=self.settings, reviews=False
                    )
                    self._cached = (documents, raw)
                raw = self._cached[1]
        return review.apply(raw, decided)

    def record(self, ref: str, action: str, *, reviewer: str, note: str = "") -> Review:
        """Record a decision; a ref the store has not noted is looked up in the corpus report."""
        with self.writer() as store:
            try:
                return review.record(store, ref, action, reviewer=reviewer, note=note)
            except review.UnknownReference:
                pass
        current = self.report()
        with self.writer() as store:
            return review.record(store, ref, action, reviewer=reviewer, note=note, report=current)

    def fact(self, claim_id: str) -> tuple[Report, Cluster] | None:
        """The report cut down to the fact (cluster) `claim_id` belongs to."""
        report = self.report()
        claim = next((c for c in report.claims if c.id == claim_id), None)
        if claim is None or claim.cluster_id is None:
            return None
        cluster = next((c for c in report.clusters if c.id == claim.cluster_id), None)
        if cluster is None:
            return None
        return _cut(report, cluster), cluster


def _settle() -> None:
    """After an ingest, what the process holds (the memo engine's claims of every article it
    read: most of its objects) is set aside from the garbage collector's full passes.

    A full pass walks every object that lives in cycles' reach; one that came during a check
    walked the whole memory of ingested claims, 80-90 ms on the benchmark's 717 articles (a
    check takes 150), two or three times in 40 checks. After one collection here, the objects
    still alive are frozen (`gc.freeze`): later passes walk only what came since (20-35 ms).
    A frozen object is still freed when nothing refers to it any more; only a cycle of them
    would wait (claims, documents and their slots form none: after the benchmark's ingest and
    40 checks, 10 of the 94k frozen objects were such garbage)."""
    gc.collect()
    gc.freeze()


def _empty(embedder: Embedder) -> Report:
    from claimcheck.models import Component

    return Report(
        generator=Component(name="claimcheck", version="0"),
        embedder=Component(name=embedder.name, version=embedder.version),
        settings={},
        documents=(),
        claims=(),
        clusters=(),
        discrepancies=(),
    )


def _cut(report: Report, cluster: Cluster) -> Report:
    """One fact: its claims, their documents, its discrepancies and updates."""
    ids = set(cluster.claim_ids)
    claims: tuple[Claim, ...] = tuple(c for c in report.claims if c.id in ids)
    docs = {c.document_id for c in claims}
    discrepancies: tuple[Discrepancy, ...] = tuple(
        d for d in report.discrepancies if d.cluster_id == cluster.id
    )
    return report.model_copy(
        update={
            "documents": tuple(d for d in report.documents if d.id in docs),
            "claims": claims,
            "clusters": (cluster,),
            "discrepancies": discrepancies,
            "updates": tuple(u for u in report.updates if u.cluster_id == cluster.id),
            "origins": tuple(o for o in report.origins if set(o.document_ids) & docs),
            "warnings": (),
        }
    )


@dataclass(frozen=True)
class StoryView:
    """A story as the pages show it: its documents, a label, its shared facts."""

    id: str
    document_ids: tuple[str, ...]
    label: str
    first_published: str | None
    cluster_ids: tuple[str, ...]


def stories(report: Report) -> list[StoryView]:
    """The report's stories; without them, documents linked by the facts they share.

    The one place the pages get stories from, so that they follow the pipeline's own
    stories whenever it has them.
    """
    own = getattr(report, "stories", ())
    if own:
        return [
            StoryView(s.id, s.document_ids, s.label, s.first_published, s.cluster_ids) for s in own
        ]
    parent = {d.id: d.id for d in report.documents}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for cluster in report.clusters:
        docs = [d for d in cluster.document_ids if d in parent]
        for other in docs[1:]:
            parent[find(other)] = find(docs[0])
    groups: dict[str, list[str]] = {}
    for doc in report.documents:
        groups.setdefault(find(doc.id), []).append(doc.id)
    titles = {d.id: d.title or d.id for d in report.documents}
    published = {d.id: d.published for d in report.documents}
    out = []
    for i, members in enumerate(sorted(groups.values(), key=lambda m: (-len(m), m[0]))):
        members.sort(key=lambda d: (published.get(d) or "9999", d))
        clusters = tuple(
            c.id
            for c in report.clusters
            if len(c.document_ids) > 1 and c.document_ids[0] in members
        )
        dated = [p for d in members if (p := published.get(d))]
        out.append(
            StoryView(
                id=f"s{i + 1}",
                document_ids=tuple(members),
                label=titles[members[0]],
                first_published=min(dated) if dated else None,
                cluster_ids=clusters,
            )
        )
    return out


def not_found(what: str) -> InputError:
    return InputError(f"{what} is not in this store")
