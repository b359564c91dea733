"""`claimcheck serve`: per-article latency of `POST /api/check` against a stored corpus.

A synthetic corpus (benchmarks/corpus.py) is ingested through `POST /api/ingest`; then new
articles (another seed: other events) are posted one at a time to `POST /api/check?add=false`
on a server started in this process on a free loopback port (uvicorn in a thread; the model
and the store's index loaded once, at start). Reported: p50 / p95 / max latency per article,
and, for comparison, the same check as a fresh `claimcheck check` process (what a CI job
pays per call: interpreter, imports, model load, and the whole store read below 5 000
claims). The service reads only the stored articles near the new one (`incremental_from=0`);
`SERVE_INCREMENTAL_FROM=N` runs it with `Settings(incremental_from=N)` instead (5000: the
command line's behaviour). `SERVE_CLAIMS=N` sets the size of the stored corpus.

Large-store mode: `SERVE_STORE=PATH` serves an existing store (one `claimcheck ingest` of the
benchmark's feed of `SERVE_CLAIMS` claims built, e.g. the 200k one of `--only store`) instead
of ingesting a corpus; besides the new articles, `SERVE_KNOWN=N` (default 20) articles of
stored events are checked (stored texts under new ids: an event the store knows), their
latencies apart (`known_check_*`); the store is not modified (`add=false`), and the result is
`serve-store.json`. `SERVE_REPORTS=PATH` writes each response (JSON lines, in order), to
compare two trees' answers.

The service checks with its default scope (`scope`: "story", alignment, comparison and
judgement on the new article's stories only); the same new articles are then checked again
with the other scope (`other_scope`, its numbers as `corpus_check_*` or `story_check_*`), and
the outcomes of the two passes compared: `same_outcome` counts the articles whose failed, new
claims' counts per status and findings (by `ref`) are the same. The second pass finds the
groundings of the first one remembered (faster); `SERVE_SCOPE=corpus` makes "corpus" the
first pass's scope.

Each check is also cut into its stages (`stages_median_s`: the median over the new articles
of the seconds each stage of `claimcheck.pipeline.check_new` took, nested ones as
`outer/inner`): the pipeline's stage functions are wrapped with timers while the checks run.
"""

from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.common import REPO, Options, Row, markdown_table, write_result

if TYPE_CHECKING:
    import httpx


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


#: (module, attribute, label) of the stages timed inside a check
_STAGES = (
    ("claimcheck.pipeline", "_read", "read"),
    ("claimcheck.pipeline", "_relevant", "neighbours"),
    ("claimcheck.pipeline", "reuse_groundings", "stored claims"),
    ("claimcheck.pipeline", "_claims", "ground"),
    ("claimcheck.pipeline", "_embed", "embed"),
    ("claimcheck.pipeline", "_assemble", "assemble"),
    ("claimcheck.pipeline", "nearest", "claim neighbours"),
    ("claimcheck.pipeline", "find_stories", "stories"),
    ("claimcheck.pipeline", "PairScorer", "pair scorer"),
    ("claimcheck.align", "align", "align"),
    ("claimcheck.pipeline", "_cluster_probabilities", "cluster probability"),
    ("claimcheck.pipeline", "find_origins", "provenance"),
    ("claimcheck.pipeline", "compare", "compare"),
    ("claimcheck.pipeline", "weigh", "weigh"),
    ("claimcheck.pipeline", "judge", "judge"),
    ("claimcheck.review", "apply", "reviews"),
    ("claimcheck.store", "SQLiteStore.note_findings", "note findings"),
)


@contextmanager
def _timed_stages() -> Iterator[dict[str, float]]:
    """Seconds per stage of the check running now (the dict is emptied by the caller between
    checks); the stage functions are wrapped while the context is open."""
    import importlib

    seconds: dict[str, float] = {}
    path: list[str] = []
    undo: list[tuple[Any, str, Any]] = []

    def timed(fn: Callable[..., Any], label: str) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            path.append(label)
            key = "/".join(path)
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                seconds[key] = seconds.get(key, 0.0) + time.perf_counter() - start
                path.pop()

        return wrapper

    for module, attribute, label in _STAGES:
        owner: Any = importlib.import_module(module)
        *outer, name = attribute.split(".")
        for part in outer:
            owner = getattr(owner, part)
        original = getattr(owner, name)
        undo.append((owner, name, original))
        setattr(owner, name, timed(original, label))
    try:
        yield seconds
    finally:
        for owner, name, original in reversed(undo):
            setattr(owner, name, original)


def _medians(stages: list[dict[str, float]]) -> dict[str, float]:
    """The median seconds of each stage over the checks (0 where a check skipped it)."""
    return {
        key: round(statistics.median(one.get(key, 0.0) for one in stages), 4)
        for key in dict.fromkeys(k for one in stages for k in one)
    }


def _outcome(result: dict[str, Any]) -> str:
    """What `POST /api/check` says of the new article, as one comparable string: failed, its
    claims' counts per status, its findings by `ref`."""
    keys = ("failed", "counts")
    found = sorted(d.get("ref", "") for d in result.get("findings", []))
    return json.dumps([result.get(k) for k in keys] + [found], sort_keys=True)


def _documents(path: Path) -> int:
    """How many articles the store at `path` holds."""
    import sqlite3

    with closing(sqlite3.connect(path)) as db:
        return int(db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])


def _check_all(
    client: httpx.Client,
    docs: list[dict[str, Any]],
    latencies: list[float],
    stages: list[dict[str, float]],
    cpu: list[float] | None = None,
) -> list[dict[str, Any]]:
    """Check every article without storing it, timing each request and its stages (`cpu`:
    the seconds of CPU this process spent on each, server and client: on a shared machine
    they vary less than the wall clock)."""
    results = []
    reports = os.environ.get("SERVE_REPORTS")
    with _timed_stages() as seconds:
        for doc in docs:
            seconds.clear()
            start, used = time.perf_counter(), time.process_time()
            response = client.post("/api/check?add=false", json=doc)
            latencies.append(time.perf_counter() - start)
            if cpu is not None:
                cpu.append(time.process_time() - used)
            stages.append(dict(seconds))
            response.raise_for_status()
            results.append(response.json())
    if reports:
        with open(reports, "a", encoding="utf-8") as handle:
            handle.writelines(json.dumps(r, sort_keys=True) + "\n" for r in results)
    return results


def _known(size: int, seed: int, count: int) -> list[dict[str, Any]]:
    """`count` articles of the feed of `size` claims, evenly spaced, under new ids: checks of
    events a store of that feed holds."""
    from benchmarks.corpus import generate

    docs = generate(size, seed=seed).documents
    step = max(1, len(docs) // (count + 1))
    picked = [dict(docs[step * (i + 1)]) for i in range(min(count, len(docs)))]
    for i, doc in enumerate(picked):
        doc["id"] = f"known-{i}-{doc['id']}"
    return picked


def run(options: Options) -> list[Row]:
    """Measure; write results/serve.json; return the summary rows."""
    import httpx
    import uvicorn

    from benchmarks.corpus import generate
    from claimcheck.embed import get_embedder
    from claimcheck.serve import create_app
    from claimcheck.settings import Settings

    stored_claims = 300 if options.quick else 3000
    new_articles = 10 if options.quick else 40
    stored_claims = int(os.environ.get("SERVE_CLAIMS", stored_claims))
    given = os.environ.get("SERVE_STORE")  # large-store mode: an existing store, read only
    corpus = [] if given else generate(stored_claims, seed=options.seed).documents
    count = int(os.environ.get("SERVE_KNOWN", "20"))
    known = _known(stored_claims, options.seed, count) if given else []
    fresh = generate(new_articles * 8, seed=options.seed + 1).documents[:new_articles]
    for i, doc in enumerate(fresh):
        doc["id"] = f"new-{i}-{doc['id']}"
    workdir = Path(tempfile.mkdtemp(prefix="cc-serve-bench-"))
    store = Path(given) if given else workdir / "corpus.db"
    start = time.perf_counter()
    settings = None  # the service's own: checks read only the neighbouring stored articles
    if os.environ.get("SERVE_INCREMENTAL_FROM"):
        settings = Settings(incremental_from=int(os.environ["SERVE_INCREMENTAL_FROM"]))
    scoped: dict[str, Any] = (
        {"scope": os.environ["SERVE_SCOPE"]} if os.environ.get("SERVE_SCOPE") else {}
    )
    app = create_app(store, embedder=get_embedder(), settings=settings, **scoped)
    startup = time.perf_counter() - start
    port = _port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    latencies: list[float] = []
    cpu: list[float] = []
    stages: list[dict[str, float]] = []
    known_latencies: list[float] = []
    known_cpu: list[float] = []
    known_stages: list[dict[str, float]] = []
    failed = 0
    other_latencies: list[float] = []
    other_stages: list[dict[str, float]] = []
    same = 0
    scope = app.state.service.scope
    other = "corpus" if scope == "story" else "story"
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600) as client:
            start = time.perf_counter()
            for i in range(0, len(corpus), 50):
                client.post("/api/ingest", json=corpus[i : i + 50]).raise_for_status()
            ingest_s = time.perf_counter() - start
            results = _check_all(client, fresh, latencies, stages, cpu)
            if known:
                _check_all(client, known, known_latencies, known_stages, known_cpu)
            failed = sum(bool(r["failed"]) for r in results)
            outcomes = [_outcome(r) for r in results]
            app.state.service.scope = other
            again = _check_all(client, fresh, other_latencies, other_stages)
            same = sum(_outcome(r) == whole for r, whole in zip(again, outcomes, strict=True))
    finally:
        server.should_exit = True
        thread.join(timeout=60)
    article = workdir / "new.jsonl"
    article.write_text(json.dumps(fresh[0]) + "\n", encoding="utf-8")
    cli_s: list[float] = []
    for _ in range(1 if options.quick else 3):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "claimcheck.cli", "check", str(article), "--store", str(store),
             "--no-add", "--fail-on", "never", "-q"],
            check=True, capture_output=True, cwd=REPO,
            env={**os.environ, "HF_HUB_OFFLINE": "1"},
        )  # fmt: skip
        cli_s.append(time.perf_counter() - start)
    numbers: dict[str, Any] = {
        "stored_documents": _documents(store),
        "incremental_from": app.state.service.settings.incremental_from,
        "new_articles": len(fresh),
        "startup_s": round(startup, 2),
        "ingest_s": round(ingest_s, 2),
        "check_p50_s": round(statistics.median(latencies), 3),
        "check_p95_s": round(_quantile(latencies, 0.95), 3),
        "check_max_s": round(max(latencies), 3),
        "check_cpu_p50_s": round(statistics.median(cpu), 3),
        "check_cpu_p95_s": round(_quantile(cpu, 0.95), 3),
        "check_s": [round(s, 3) for s in latencies],
        "failed_checks": failed,
        "cli_check_s": [round(s, 2) for s in cli_s],
        "stages_median_s": _medians(stages),
        "scope": scope,
        "other_scope": other,
        f"{other}_check_p50_s": round(statistics.median(other_latencies), 3),
        f"{other}_check_p95_s": round(_quantile(other_latencies, 0.95), 3),
        f"{other}_check_max_s": round(max(other_latencies), 3),
        "same_outcome": same,
        f"{other}_stages_median_s": _medians(other_stages),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    if known:
        numbers |= {
            "known_articles": len(known),
            "known_check_p50_s": round(statistics.median(known_latencies), 3),
            "known_check_p95_s": round(_quantile(known_latencies, 0.95), 3),
            "known_check_max_s": round(max(known_latencies), 3),
            "known_check_cpu_p50_s": round(statistics.median(known_cpu), 3),
            "known_check_cpu_p95_s": round(_quantile(known_cpu, 0.95), 3),
            "known_check_s": [round(s, 3) for s in known_latencies],
            "known_stages_median_s": _medians(known_stages),
        }
    parameters = {"stored_claims_target": stored_claims, "new": new_articles}
    write_result(options, "serve-store" if given else "serve", parameters, numbers)
    row = [numbers["stored_documents"], len(fresh), numbers["startup_s"], numbers["check_p50_s"]]
    row += [
        numbers["check_p95_s"],
        numbers["check_max_s"],
        " / ".join(map(str, numbers["cli_check_s"])),
    ]
    print(
        markdown_table(
            ["stored docs", "new", "start-up s", "p50 s", "p95 s", "max s", "CLI check s"], [row]
        )
    )
    per_stage = [[k, v] for k, v in numbers["stages_median_s"].items()]
    print(markdown_table(["stage of a check", "median s"], per_stage))
    return [
        Row("serve", f"POST /api/check p50 / p95 ({numbers['stored_documents']} stored docs, "
            f"{scope} scope)",
            f"{numbers['check_p50_s']} / {numbers['check_p95_s']} s"),
        Row("serve", f"POST /api/check p50 / p95, {other} scope",
            f"{numbers[f'{other}_check_p50_s']} / {numbers[f'{other}_check_p95_s']} s "
            f"({same} / {len(fresh)} same outcome)"),
        Row("serve", "same check as a fresh CLI process", f"{min(cli_s):.2f} s"),
    ]  # fmt: skip
