"""One measured run of `claimcheck.check` on a synthetic corpus, in its own process.

`python -m benchmarks.stages --claims N --seed S [--memory]` generates the corpus, runs
`claimcheck.check` once with every stage timed (the stage functions the pipeline calls are
wrapped in this process only; claimcheck itself is untouched), then embeds the same claim
texts with a fresh default embedder alone (the paired embedding-only run), and prints one JSON
object per line on stdout: an event per finished stage (so a run cut by a timeout still tells
how far it got), then the result. With `--memory`, tracemalloc traces Python allocations and
each stage reports its peak (tracing slows everything, so timings of that run are not used).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["STAGES", "main"]

#: (module, attribute, stage name) of the functions `claimcheck.pipeline.check` calls.
STAGES = [
    ("claimcheck.pipeline", "_claims", "clean+segment+ground"),
    ("claimcheck.pipeline", "_embed", "embed"),
    ("claimcheck.pipeline", "nearest", "neighbours"),
    ("claimcheck.pipeline", "find_stories", "stories"),
    ("claimcheck.align", "align", "align"),
    ("claimcheck.pipeline", "find_origins", "provenance"),
    ("claimcheck.pipeline", "compare", "compare"),
    ("claimcheck.pipeline", "judge", "judge"),
]


def _rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB.

    Linux keeps ru_maxrss across fork + exec, so a child started by a big parent would report
    the parent's peak; /proc/self/status VmHWM belongs to this process image only. ru_maxrss
    (KiB on Linux) is the fallback elsewhere.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _emit(event: dict[str, Any]) -> None:
    print(json.dumps(event), flush=True)


@contextmanager
def timed_stages(
    record: dict[str, dict[str, float]], memory: bool, events: bool = True
) -> Iterator[None]:
    """Wrap the pipeline's stage functions so that each call adds its time (and peak) here.

    With `events`, each call also notes the RSS and prints its stage's running total (for a
    run cut by a timeout); without, nothing but the time is added: a function called once
    per cluster would otherwise spend more on that bookkeeping than on its work.
    """
    import importlib

    saved: list[tuple[Any, str, Any]] = []

    def wrap(fn: Callable[..., Any], stage: str) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            if memory:
                tracemalloc.reset_peak()
            start = time.perf_counter()
            out = fn(*args, **kwargs)
            entry = record.setdefault(stage, {"s": 0.0})
            entry["s"] += time.perf_counter() - start
            if not events:
                return out
            entry["rss_mb_after"] = _rss_mb()
            if memory:
                entry["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
            _emit({"stage": stage, **entry})
            return out

        return timed

    for module_name, attr, stage in STAGES:
        module = importlib.import_module(module_name)
        saved.append((module, attr, getattr(module, attr)))
        setattr(module, attr, wrap(getattr(module, attr), stage))
    try:
        yield
    finally:
        for module, attr, fn in saved:
            setattr(module, attr, fn)


def _event_of(document_id: str) -> str:
    return document_id.split("-", 1)[0]


def corpus_quality(report: Any, planted: list[Any]) -> dict[str, Any]:
    """How well the clusters follow the synthetic events, and which planted conflicts show."""
    doc_of = {c.id: c.document_id for c in report.claims}
    majority = 0
    largest = 0
    for cluster in report.clusters:
        events = Counter(_event_of(doc_of[c]) for c in cluster.claim_ids)
        majority += events.most_common(1)[0][1]
        largest = max(largest, len(cluster.claim_ids))
    cross_event = sum(
        1
        for d in report.discrepancies
        if len({_event_of(doc_of[c]) for s in d.sides for c in s.claim_ids}) > 1
    )
    found = 0
    for p in planted:
        if any(
            d.kind == p.kind and any(doc_of[c] == p.document for s in d.sides for c in s.claim_ids)
            for d in report.discrepancies
        ):
            found += 1
    return {
        "claims": len(report.claims),
        "clusters": len(report.clusters),
        "largest_cluster": largest,
        "event_purity": majority / max(1, len(report.claims)),
        "discrepancies": len(report.discrepancies),
        "discrepancies_by_kind": dict(Counter(d.kind for d in report.discrepancies)),
        "cross_event_discrepancies": cross_event,
        "planted": len(planted),
        "planted_found": found,
    }


def run(claims: int, seed: int, memory: bool) -> dict[str, Any]:
    """One end-to-end run and its paired embedding-only run."""
    import claimcheck
    from benchmarks.corpus import generate
    from claimcheck.embed import get_embedder

    corpus = generate(claims, seed)
    _emit({"generated": len(corpus.documents), "sentences": corpus.sentences})
    if memory:
        tracemalloc.start()
    stages: dict[str, dict[str, float]] = {}
    embedder = get_embedder()
    embedder.embed(["warm-up sentence"])
    embedder = get_embedder()  # fresh cache: nothing of the corpus is embedded yet
    start = time.perf_counter()
    with timed_stages(stages, memory):
        report = claimcheck.check(corpus.documents, embedder=embedder)
    end_to_end = time.perf_counter() - start
    traced_total = tracemalloc.get_traced_memory()[1] / 2**20 if memory else None
    rss_after_check = _rss_mb()
    texts = list(dict.fromkeys(c.normalized for c in report.claims))
    alone = get_embedder()
    start = time.perf_counter()
    alone.embed(texts)
    embed_only = time.perf_counter() - start
    return {
        "result": True,
        "claims_requested": claims,
        "documents": len(corpus.documents),
        "events": corpus.events,
        "embedded_texts": len(texts),
        "end_to_end_s": end_to_end,
        "embed_only_s": embed_only,
        "stages": stages,
        "other_s": end_to_end - sum(s["s"] for s in stages.values()),
        "rss_peak_mb_after_check": rss_after_check,
        "rss_peak_mb": _rss_mb(),
        "traced_peak_mb": traced_total,
        "quality": corpus_quality(report, corpus.planted),
    }


def main(argv: list[str] | None = None) -> None:
    """Entry point of the measuring subprocess."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stages")
    parser.add_argument("--claims", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--memory", action="store_true")
    args = parser.parse_args(argv)
    _emit(run(args.claims, args.seed, args.memory))


if __name__ == "__main__":
    sys.exit(main())
