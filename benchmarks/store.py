"""The archive workflow: `claimcheck ingest` of a large feed, then `claimcheck check` latency.

A synthetic corpus (benchmarks/corpus.py) is written as one JSONL feed and ingested with the
real command line in a fresh process; its wall time and peak memory (VmHWM) are recorded.
Then one new article of a new event, and one that repeats an ingested event, are checked
against the store, each in a fresh process, twice: the first run finds the index the ingest
wrote beside the store and maps it cold, the second is the steady-state latency (model
loading included; the time the check itself takes is printed apart from the process
start-up).
Sizes: 200k claims (full), 1k (quick); `STORE_CLAIMS=1000000 python -m benchmarks --only store`
sets another size (the 1M run takes most of an hour on 2 cores).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import REPO, Options, Row, write_result

__all__ = ["run"]

_CHILD = """
import json, sys, time
start = time.perf_counter()
from claimcheck.cli import main
loaded = time.perf_counter()
code = main(sys.argv[1:])
done = time.perf_counter()
status = open("/proc/self/status").read()
peak = next(int(l.split()[1]) for l in status.splitlines() if l.startswith("VmHWM"))
print(json.dumps({"code": code, "import_s": loaded - start, "run_s": done - loaded,
                  "peak_mb": peak / 1024}), file=sys.stderr)
"""


def _run(args: list[str], timeout: float) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=REPO,
        env={"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
    )
    wall = time.perf_counter() - start
    last = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "{}"
    try:
        numbers: dict[str, float] = json.loads(last)
    except json.JSONDecodeError:
        numbers = {"error": 1.0}
    numbers["wall_s"] = wall
    return numbers


def run(options: Options) -> list[Row]:
    """Ingest a feed, check articles against it; write store.json."""
    from benchmarks.corpus import generate

    size = int(os.environ.get("STORE_CLAIMS", "1000" if options.quick else "200000"))
    corpus = generate(size, options.seed)
    extra = generate(200, options.seed + 1)
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        with feed.open("w", encoding="utf-8") as handle:
            for doc in corpus.documents:
                handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
        db = Path(tmp) / "corpus.db"
        # About 2 ms a claim on 2 quiet cores; allow four times that, never under an hour.
        ingest_timeout = max(3600.0, size * 0.008)
        ingest = _run(["ingest", str(feed), "--store", str(db), "-q"], timeout=ingest_timeout)
        new = Path(tmp) / "new-event.txt"
        doc = extra.documents[0]
        new.write_text(f" date {doc['published']}\n{doc['text']}", encoding="utf-8")
        known = Path(tmp) / "known-event.txt"
        again = dict(corpus.documents[len(corpus.documents) // 2])
        known.write_text(f" date {again['published']}\n{again['text']}", encoding="utf-8")
        checks = {}
        for name, path in (("new event", new), ("known event", known)):
            args = ["check", str(path), "--store", str(db), "--no-add", "-q", "--fail-on", "never"]
            first = _run(args, timeout=1200)
            second = first if options.quick else _run(args, timeout=1200)
            checks[name] = {"first": first, "steady": second}
        store_mb = db.stat().st_size / 2**20
    numbers = {
        "claims_target": size,
        "documents": len(corpus.documents),
        "ingest": ingest,
        "store_mb": store_mb,
        "check": checks,
    }
    write_result(options, "store", {"size": size, "seed": options.seed}, numbers)
    rows = [
        Row(
            "store",
            f"ingest of ~{size} claims ({len(corpus.documents)} articles): time, peak memory",
            f"{ingest.get('wall_s', 0):.0f} s, {ingest.get('peak_mb', 0):.0f} MB",
            "bounded memory",
        )
    ]
    for name, c in checks.items():
        steady = c["steady"]
        rows.append(
            Row(
                "store",
                f"check of one article ({name}) against it: check / process",
                f"{steady.get('run_s', 0):.1f} s / {steady.get('wall_s', 0):.1f} s "
                f"(first run, index built: {c['first'].get('run_s', 0):.1f} s)",
                "about 1 s",
            )
        )
    return rows
