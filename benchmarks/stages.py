"""One measured run of `claimcheck.check` on a synthetic corpus, in its own process.

`python -m benchmarks.stages --claims N --seed S [--memory [--top K]] [--hash]` generates the
corpus, runs `claimcheck.check` once with every stage timed (the stage functions the pipeline
calls are wrapped in this process only; claimcheck itself is untouched), then embeds the same
claim texts with a fresh default embedder alone (the paired embedding-only run), and prints
one JSON object per line on stdout: an event per finished stage (so a run cut by a timeout
still tells how far it got), then the result. Each stage reports the peak RSS of the process
so far (`rss_mb_after`), its own peak (`peak_mb`: the high-water mark is reset before it,
where Linux allows) and the RSS it leaves (`rss_now_mb`). With `--hash`, the result holds
the report's SHA-256 (to compare two trees' reports; its JSON text is made after the check's
peak is read). With `--memory`, tracemalloc traces Python allocations and each stage reports
its peak, and with `--top K` the K source lines holding the most traced memory after it
(tracing slows everything, so timings of that run are not used).
"""

from __future__ import annotations

import argparse
import hashlib
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


def _status_mb(field: str) -> float | None:
    """A memory figure of /proc/self/status (VmHWM, VmRSS), in MiB; None off Linux."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _rss_mb() -> float:
    """Peak resident set size of this process so far, in MiB.

    Linux keeps ru_maxrss across fork + exec, so a child started by a big parent would report
    the parent's peak; /proc/self/status VmHWM belongs to this process image only. ru_maxrss
    (KiB on Linux) is the fallback elsewhere. The high-water mark is reset before each stage
    (`_reset_peak`), so the peak so far is the largest of the marks read before each reset.
    """
    mark = _status_mb("VmHWM")
    if mark is None:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    _PEAK[0] = max(_PEAK[0], mark)
    return _PEAK[0]


_PEAK = [0.0]  # the largest high-water mark read before a reset


def _reset_peak() -> bool:
    """Fold the high-water mark into the peak so far, then reset it to the current RSS."""
    _rss_mb()
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


def _top_lines(count: int) -> list[str]:
    """The `count` source lines holding the most traced memory now, as "MB file:line"."""
    snapshot = tracemalloc.take_snapshot().filter_traces(
        [tracemalloc.Filter(False, tracemalloc.__file__)]
    )
    return [
        f"{stat.size / 2**20:.1f} MB {stat.traceback[0].filename}:{stat.traceback[0].lineno}"
        for stat in snapshot.statistics("lineno")[:count]
    ]


def _emit(event: dict[str, Any]) -> None:
    print(json.dumps(event), flush=True)


@contextmanager
def timed_stages(
    record: dict[str, dict[str, Any]], memory: bool, events: bool = True, top: int = 0
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
            reset = events and _reset_peak()
            start = time.perf_counter()
            out = fn(*args, **kwargs)
            entry = record.setdefault(stage, {"s": 0.0})
            entry["s"] += time.perf_counter() - start
            if not events:
                return out
            if reset:
                entry["peak_mb"] = _status_mb("VmHWM")
            entry["rss_mb_after"] = _rss_mb()
            entry["rss_now_mb"] = _status_mb("VmRSS")
            if memory:
                traced = tracemalloc.get_traced_memory()
                entry["traced_peak_mb"] = traced[1] / 2**20
                entry["traced_now_mb"] = traced[0] / 2**20
                if top:
                    entry["traced_top"] = _top_lines(top)
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


def run(claims: int, seed: int, memory: bool, top: int = 0, digest: bool = False) -> dict[str, Any]:
    """One end-to-end run and its paired embedding-only run."""
    import claimcheck
    from benchmarks.corpus import generate
    from claimcheck.embed import get_embedder

    corpus = generate(claims, seed)
    _emit({"generated": len(corpus.documents), "sentences": corpus.sentences})
    if memory:
        tracemalloc.start()
    stages: dict[str, dict[str, Any]] = {}
    embedder = get_embedder()
    embedder.embed(["warm-up sentence"])
    embedder = get_embedder()  # fresh cache: nothing of the corpus is embedded yet
    start = time.perf_counter()
    with timed_stages(stages, memory, top=top):
        report = claimcheck.check(corpus.documents, embedder=embedder)
    end_to_end = time.perf_counter() - start
    traced_total = tracemalloc.get_traced_memory()[1] / 2**20 if memory else None
    rss_after_check = _rss_mb()
    report_hash = (
        hashlib.sha256(report.model_dump_json().encode("utf-8")).hexdigest() if digest else None
    )
    texts = list(dict.fromkeys(c.normalized for c in report.claims))
    quality = corpus_quality(report, corpus.planted)
    del report  # the embedding alone runs without the check's report
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
        "report_sha256": report_hash,
        "stages": stages,
        "other_s": end_to_end - sum(s["s"] for s in stages.values()),
        "rss_peak_mb_after_check": rss_after_check,
        "rss_peak_mb": _rss_mb(),
        "traced_peak_mb": traced_total,
        "quality": quality,
    }


def main(argv: list[str] | None = None) -> None:
    """Entry point of the measuring subprocess."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stages")
    parser.add_argument("--claims", type=int, required=True)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--memory", action="store_true")
    parser.add_argument("--top", type=int, default=0, help="with --memory: lines per stage")
    parser.add_argument("--hash", action="store_true", help="the report's SHA-256")
    args = parser.parse_args(argv)
    _emit(run(args.claims, args.seed, args.memory, args.top, args.hash))


if __name__ == "__main__":
    sys.exit(main())
