"""sources -> Report: the one place that knows the order of the stages."""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable, Iterable

from claimcheck import align as align_stage
from claimcheck.clean import clean, vocabulary
from claimcheck.compare import compare
from claimcheck.embed import Embedder, get_embedder
from claimcheck.ground import ground
from claimcheck.judge import judge
from claimcheck.lang import detect, get_profile
from claimcheck.models import Claim, Component, Document, Report
from claimcheck.read import Source, read
from claimcheck.segment import segment
from claimcheck.settings import Settings

__all__ = ["Progress", "check"]

#: Called as progress(stage, done, total): total is None while unknown.
Progress = Callable[[str, int, int | None], None]


def _version() -> str:
    try:
        return importlib.metadata.version("claimcheck")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a tree
        return "0+unknown"


def check(
    sources: Iterable[Source],
    *,
    embedder: Embedder | None = None,
    settings: Settings | None = None,
    progress: Progress | None = None,
) -> Report:
    """Read, clean, segment, ground, embed, align, compare and judge: the full report.

    `sources` are paths, directories, globs, `Document`s or dicts with at least `id` and
    `text`. The embedder defaults to USE multilingual (`claimcheck.embed.get_embedder()`).
    """
    settings = settings or Settings()
    documents: list[Document] = read(sources)
    documents = [
        d if d.lang else d.model_copy(update={"lang": settings.lang or detect(d.text)})
        for d in documents
    ]
    vocab = vocabulary(documents)
    cleaned = {}
    claims: list[Claim] = []
    for doc in documents:
        profile = get_profile(doc.lang or "fr")
        cleaned[doc.id] = clean(doc, profile, vocab)
        claims.extend(segment(doc, cleaned[doc.id], profile))
    claims = ground(documents, cleaned, claims)

    embedder = embedder or get_embedder()
    total = len(claims)
    done = 0

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress("embed", done, total)

    vectors = embedder.embed([c.normalized for c in claims], progress=tick)
    groups = align_stage.align(claims, vectors, settings.align)
    clusters = {f"c{i + 1}": [claims[j] for j in members] for i, members in enumerate(groups)}
    findings = compare(clusters, claims, documents)
    judged, cluster_models = judge(clusters, findings.discrepancies, findings.updates)
    order = {c.id: i for i, c in enumerate(claims)}
    judged.sort(key=lambda c: order[c.id])
    return Report(
        generator=Component(name="claimcheck", version=_version()),
        embedder=Component(name=embedder.name, version=embedder.version),
        settings=settings.flat(),
        documents=tuple(documents),
        claims=tuple(judged),
        clusters=tuple(cluster_models),
        discrepancies=tuple(findings.discrepancies),
        updates=tuple(findings.updates),
    )
