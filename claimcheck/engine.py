"""documents -> grounded claims and their vectors, locally or as a partitioned Dask batch job.

The expensive, per-article stages (clean, segment, ground, embed) run where the engine puts
them; alignment, comparison and judgement need the whole corpus and run on the caller's
machine with the gathered results. The pipeline hands an engine its stages as two rounds,
because grounding has one corpus-wide step, the gazetteer of names (canonical forms,
spelling variants): workers first send back the names they saw, the caller builds the
gazetteer and ships it to the second round. With the same inputs the Dask engine gives the
same claims as the local one, in the same order.

Partitioning: documents sorted by publication date (undated last), then id, cut into
contiguous partitions of about equal claim-bearing text, so that a partition covers a time
span and the alignment window rarely crosses many partitions. With `--cluster tcp://HOST:PORT`
the job runs on an existing Dask cluster whose workers have claimcheck installed; without, a
local cluster of one worker process per core is started and stopped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from functools import cache
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from claimcheck.clean import uses_vocabulary, vocabulary
from claimcheck.errors import UsageError
from claimcheck.models import Claim, Document
from claimcheck.timeline import publication_range

__all__ = ["DaskEngine", "Engine", "LocalEngine", "MemoEngine", "get_engine", "partition"]

Vectors = npt.NDArray[np.float32]


First = Callable[[list[Document], dict[str, int]], Any]
Combine = Callable[[list[Any]], Any]
Second = Callable[[list[Document], Any, Any], list[Claim]]
Reads = Callable[[Any, Any], Hashable]


class Engine(Protocol):
    """Where the per-article stages run; the pipeline says which stages, in which order."""

    name: str

    def claims(
        self, documents: Sequence[Document], first: First, combine: Combine, second: Second
    ) -> list[Claim]:
        """Claims of every document, in document order, from a two-round job.

        Round one runs `first(partition, vocabulary)` on each partition; `combine` turns all
        their results into what every partition needs (the corpus' gazetteer); round two runs
        `second(partition, its first result, combined)`.
        """
        ...

    def close(self) -> None:
        """Release what the engine started."""
        ...


class LocalEngine:
    """Everything in this process."""

    name = "local"

    def claims(
        self, documents: Sequence[Document], first: First, combine: Combine, second: Second
    ) -> list[Claim]:
        docs = list(documents)
        prepared = first(docs, vocabulary(docs))
        return second(docs, prepared, combine([prepared]))

    def close(self) -> None:
        return None


class MemoEngine:
    """Everything in this process, each document's claims remembered between calls.

    For a long-running process (`claimcheck serve`) that sees the same stored articles again
    and again: a check reads the stored neighbours of every new article, and without memory
    grounded them all afresh each time. Round one of a document (clean, segment, its names)
    depends on the document alone, except where a damaged word is repaired from the corpus
    vocabulary (such a document is always prepared again). Round two depends on the document
    and on what the corpus-wide result says of it: `reads(prepared, combined)` gives that part
    (for grounding, what the gazetteer makes of each name the document mentions), and a
    document is grounded again only when it changes. The claims are the ones `LocalEngine`
    gives, in the same order. The `documents` most recently used are kept (least recently
    used dropped first), each with up to `variants` groundings, one per set of reads: a
    stored article read beside other neighbours may have its names resolved otherwise, and
    the next check often reads it beside the first ones again.
    """

    name = "memo"

    def __init__(self, reads: Reads, *, documents: int = 1000, variants: int = 4) -> None:
        if documents < 1:
            raise UsageError(f"a memo engine must keep at least 1 document, got {documents}")
        if variants < 1:
            raise UsageError(f"a memo engine must keep at least 1 variant, got {variants}")
        self._reads = reads
        self._capacity = documents
        self._variants = variants
        self._prepared: OrderedDict[Document, Any] = OrderedDict()
        # document -> its groundings by what they read, the one used last at the end
        self._claims: OrderedDict[Document, OrderedDict[Hashable, list[Claim]]] = OrderedDict()
        self._given: dict[Document, Hashable] = {}  # what the grounding `remember`ed read
        self.hits = 0
        """documents whose claims were remembered (both rounds skipped)"""
        self.misses = 0
        """documents grounded (round two run)"""

    def remember(self, doc: Document, reads: Hashable, claims: list[Claim]) -> None:
        """Take `claims` as what round two gives `doc` while `reads` still holds (claims
        grounded earlier, by the same code: a store's)."""
        if not uses_vocabulary(doc):
            self._given[doc] = reads
            self._add(doc, reads, list(claims))

    def recall(self, doc: Document) -> tuple[Hashable, list[Claim]] | None:
        """What round two last gave `doc`, and what it read; None when not remembered."""
        known = self._claims.get(doc)
        if not known:
            return None
        reads = next(reversed(known))
        return reads, known[reads]

    def holds_given(self, doc: Document) -> bool:
        """Is the grounding of `doc` that `remember` was given still held? It is kept while
        the document is (other variants are dropped first)."""
        return doc in self._given

    def _add(self, doc: Document, reads: Hashable, claims: list[Claim]) -> None:
        known = self._claims.get(doc)
        if known is None:
            known = OrderedDict()
        known[reads] = claims
        known.move_to_end(reads)
        given = self._given.get(doc)
        while len(known) > self._variants:  # the least recently used first, the given last
            spare = [r for r in known if r not in (reads, given)]
            victim = spare[0] if spare else next(r for r in known if r != reads)
            del known[victim]
            if victim == given:
                del self._given[doc]
        self._keep(self._claims, doc, known)

    def _keep(self, table: OrderedDict[Document, Any], doc: Document, value: Any) -> None:
        table[doc] = value
        table.move_to_end(doc)
        while len(table) > self._capacity:
            dropped, _ = table.popitem(last=False)
            if table is self._claims:
                self._given.pop(dropped, None)

    def claims(
        self, documents: Sequence[Document], first: First, combine: Combine, second: Second
    ) -> list[Claim]:
        docs = list(documents)
        damaged = [uses_vocabulary(d) for d in docs]  # never remembered, in either round
        vocab = vocabulary(docs) if any(damaged) else {}
        prepared: list[Any] = []
        for doc, repaired in zip(docs, damaged, strict=True):
            if repaired:
                prepared.append(first([doc], vocab))
            else:
                if doc not in self._prepared:
                    self._keep(self._prepared, doc, first([doc], {}))
                else:
                    self._prepared.move_to_end(doc)
                prepared.append(self._prepared[doc])
        combined = combine(prepared)
        out: list[Claim] = []
        for doc, prep, repaired in zip(docs, prepared, damaged, strict=True):
            reads = self._reads(prep, combined)
            known = self._claims.get(doc)
            if known is not None and reads in known:
                known.move_to_end(reads)
                self._claims.move_to_end(doc)
                self.hits += 1
                out.extend(known[reads])
                continue
            grounded = second([doc], prep, combined)
            self.misses += 1
            if not repaired:
                self._add(doc, reads, grounded)
            out.extend(grounded)
        return out

    def close(self) -> None:
        self._prepared.clear()
        self._claims.clear()
        self._given.clear()


def partition(documents: Sequence[Document], parts: int) -> list[list[Document]]:
    """Contiguous partitions by publication date then id, of about equal text size."""

    def key(doc: Document) -> tuple[int, str, str]:
        span = publication_range(doc.published)
        return (0, span[0].isoformat(), doc.id) if span else (1, "", doc.id)

    ordered = sorted(documents, key=key)
    total = sum(len(d.text) for d in ordered) or 1
    out: list[list[Document]] = [[]]
    size = 0
    for doc in ordered:
        if size >= total / parts * len(out) and len(out) < parts:
            out.append([])
        out[-1].append(doc)
        size += len(doc.text)
    return [p for p in out if p]


def _call(factory: Any, *args: Any, **kwargs: Any) -> Any:
    """Call an untyped third-party constructor."""
    return factory(*args, **kwargs)


@cache
def _worker_embedder(spec: str) -> Any:
    from claimcheck.embed import get_embedder

    return get_embedder(spec)


def _embed_partition(spec: str, texts: list[str]) -> Vectors:
    vectors: Vectors = _worker_embedder(spec).embed(texts)
    return vectors


class DaskEngine:
    """The per-article stages as a partitioned batch job on a Dask cluster."""

    name = "dask"

    def __init__(
        self, address: str | None = None, *, workers: int | None = None, embedder: str = "use"
    ) -> None:
        try:
            import distributed
        except ImportError as exc:
            raise UsageError(
                "the dask engine needs dask.distributed: pip install 'claimcheck[dask]'"
            ) from exc
        self._cluster: Any = None
        self.embedder = embedder
        if address:
            try:
                self.client: Any = _call(distributed.Client, address, timeout="5s")
            except OSError as exc:
                raise UsageError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
        else:
            import os

            n = workers or max(1, min(4, os.cpu_count() or 1))
            self._cluster = _call(
                distributed.LocalCluster,
                n_workers=n,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            self.client = _call(distributed.Client, self._cluster)

    def _workers(self) -> int:
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    def claims(
        self, documents: Sequence[Document], first: First, combine: Combine, second: Second
    ) -> list[Claim]:
        parts = partition(documents, self._workers() * 2)
        vocab = self.client.scatter(vocabulary(list(documents)), broadcast=True)
        prepared = self.client.gather(
            [self.client.submit(first, part, vocab, pure=False) for part in parts]
        )
        shared = self.client.scatter(combine(prepared), broadcast=True)
        grounded = self.client.gather(
            [
                self.client.submit(second, part, prep, shared, pure=False)
                for part, prep in zip(parts, prepared, strict=True)
            ]
        )
        by_doc: dict[str, list[Claim]] = {}
        for chunk in grounded:
            for claim in chunk:
                by_doc.setdefault(claim.document_id, []).append(claim)
        return [claim for doc in documents for claim in by_doc.get(doc.id, [])]

    def embed(self, texts: Sequence[str], batch: int = 2000) -> Vectors:
        """Embed on the workers (each loads the engine's embedder once), in the texts' order."""
        chunks = [list(texts[i : i + batch]) for i in range(0, len(texts), batch)]
        results = self.client.gather(
            [
                self.client.submit(_embed_partition, self.embedder, chunk, pure=False)
                for chunk in chunks
            ]
        )
        return np.concatenate(results) if results else np.zeros((0, 1), dtype=np.float32)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def get_engine(name: str = "local", *, cluster: str | None = None, embedder: str = "use") -> Engine:
    """An engine by name: "local" (default) or "dask" (a local cluster, or `cluster`).

    `embedder` is the embedder spec the Dask workers load ("use", "st:...").
    """
    factories: dict[str, Callable[[], Engine]] = {
        "local": LocalEngine,
        "dask": lambda: DaskEngine(cluster, embedder=embedder),
    }
    if name not in factories:
        raise UsageError(f"unknown engine {name!r}; expected one of {', '.join(factories)}")
    if cluster and name != "dask":
        raise UsageError("--cluster needs --engine dask")
    return factories[name]()
