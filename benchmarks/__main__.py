"""python -m benchmarks [--quick] [--only NAME...] [--out DIR] [--data DIR]

Runs the benchmarks (quality: gold, anaphora, sts, time, numbers, daccord, provenance; speed
and memory: scale, realtext, peers, provenance, store, archive),
writes `<out>/<name>.json` for each and prints a Markdown summary. Benchmarks measure; they
assert nothing.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.common import REPO, Options, Row, markdown_table

#: benchmark name -> module under benchmarks/
BENCHMARKS = {
    "gold": "benchmarks.gold",
    "anaphora": "benchmarks.anaphora",
    "sts": "benchmarks.sts",
    "time": "benchmarks.timex",
    "numbers": "benchmarks.numbers",
    "daccord": "benchmarks.daccord",
    "realnews": "benchmarks.realnews",
    "scale": "benchmarks.scale",
    "peers": "benchmarks.peers",
    "provenance": "benchmarks.provenance",
    "store": "benchmarks.store",
    "serve": "benchmarks.serve",
    "ecbplus": "benchmarks.ecbplus",
    "realtext": "benchmarks.realtext",
    "archive": "benchmarks.archive",
}


def main(argv: list[str] | None = None) -> int:
    """Parse options, run the chosen benchmarks, print the summary table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes: under a minute")
    parser.add_argument("--only", nargs="+", choices=sorted(BENCHMARKS), metavar="NAME")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus")
    args = parser.parse_args(argv)
    options = Options(quick=args.quick, out=args.out, data=args.data.resolve(), seed=args.seed)
    rows: list[Row] = []
    failed = []
    for name in args.only or list(BENCHMARKS):
        print(f"## {name}", flush=True)
        start = time.perf_counter()
        try:
            rows += importlib.import_module(BENCHMARKS[name]).run(options)
        except Exception:
            traceback.print_exc()
            failed.append(name)
            rows.append(Row(name, "error", "failed (traceback above)"))
        print(f"  ({time.perf_counter() - start:.0f} s)\n", flush=True)
    print("## summary")
    print(
        markdown_table(
            ["benchmark", "metric", "value", "target", "met?"],
            [[r.benchmark, r.metric, r.value, r.target, r.met] for r in rows],
        )
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
