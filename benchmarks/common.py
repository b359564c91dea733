"""What every benchmark shares: options, machine description, result files, Markdown tables."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "REPO",
    "Options",
    "Row",
    "git_commit",
    "machine",
    "markdown_table",
    "spearman",
    "write_result",
]

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Options:
    """Command-line options every benchmark receives."""

    quick: bool
    out: Path
    data: Path
    seed: int = 0


@dataclass(frozen=True)
class Row:
    """One line of the summary table: benchmark | metric | value | target | met?"""

    benchmark: str
    metric: str
    value: str
    target: str = ""
    met: str = ""


def git_commit() -> str:
    """The commit measured: `git rev-parse HEAD` (read-only), or $BENCHMARK_COMMIT if set.

    Set BENCHMARK_COMMIT when running on an exported tree (`git archive HEAD`) that has no
    .git of its own.
    """
    if os.environ.get("BENCHMARK_COMMIT"):
        return os.environ["BENCHMARK_COMMIT"]
    try:
        out = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return out.stdout.strip()


def _blas() -> list[dict[str, Any]]:
    try:
        import numpy  # noqa: F401  (loads the BLAS that threadpoolctl then lists)
        from threadpoolctl import threadpool_info
    except ImportError:
        return []
    keep = ("user_api", "internal_api", "version", "num_threads", "threading_layer")
    return [{k: info.get(k) for k in keep} for info in threadpool_info()]


def machine() -> dict[str, Any]:
    """CPU count, platform, Python and the BLAS numpy uses."""
    return {
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "python": sys.version.split()[0],
        "blas": _blas(),
    }


def write_result(options: Options, name: str, parameters: dict[str, Any], numbers: Any) -> Path:
    """Write `<out>/<name>.json` with machine, date, commit, parameters and numbers."""
    options.out.mkdir(parents=True, exist_ok=True)
    path = options.out / f"{name}.json"
    payload = {
        "benchmark": name,
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "commit": git_commit(),
        "mode": "quick" if options.quick else "full",
        "machine": machine(),
        "parameters": parameters,
        "numbers": numbers,
    }
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(payload, indent=1, ensure_ascii=False, default=str) + "\n")
    tmp.replace(path)
    return path


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A GitHub-flavoured Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    """Spearman rank correlation (scipy when installed, else numpy average ranks)."""
    try:
        from scipy.stats import spearmanr
    except ImportError:
        spearmanr = None
    if spearmanr is not None:
        return float(spearmanr(x, y).statistic)
    import numpy as np

    def ranks(values: Sequence[float]) -> Any:
        a = np.asarray(values, dtype=float)
        order = np.argsort(a, kind="mergesort")
        r = np.empty(len(a))
        r[order] = np.arange(len(a), dtype=float)
        _, inverse, counts = np.unique(a, return_inverse=True, return_counts=True)
        sums = np.bincount(inverse, weights=r)
        return sums[inverse] / counts[inverse]  # ties share their average rank

    return float(np.corrcoef(ranks(x), ranks(y))[0, 1])


def ratio(a: float, b: float) -> float:
    """a / b, 0 when b is 0."""
    return a / b if b else 0.0
