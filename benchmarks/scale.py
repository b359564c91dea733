"""scale: time and memory per stage against corpus size, paired with the embedder alone.

Each (size, repetition) runs `python -m benchmarks.stages` in a fresh subprocess, so peaks
never mix and a size that cannot finish is cut by a timeout and recorded as not finished.
The throughput ratio end-to-end / embedding-only is computed per paired run (both halves in
the same process, one right after the other), because this machine's speed varies several-fold
from minute to minute; min and median over the repetitions are reported.
"""

from __future__ import annotations

import itertools
import json
import math
import statistics
import subprocess
import sys
from typing import Any

from benchmarks.common import REPO, Options, Row, markdown_table, ratio, write_result

__all__ = ["run"]

TIMEOUT_S = 480


def _subprocess(claims: int, seed: int, memory: bool) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.stages", "--claims", str(claims)]
    command += ["--seed", str(seed)] + (["--memory"] if memory else [])
    try:
        done = subprocess.run(
            command, cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        error = lines[-1] if lines else f"exit status {done.returncode}"
        stdout, reason = done.stdout, None if done.returncode == 0 else error
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout or b""
        stdout = out.decode() if isinstance(out, bytes) else out
        reason = f"not finished within {TIMEOUT_S} s"
    events = [json.loads(line) for line in stdout.splitlines() if line.startswith("{")]
    result = next((e for e in events if e.get("result")), None)
    if result is None:
        stages = {e["stage"]: e for e in events if "stage" in e}
        return {"finished": False, "reason": reason or "no result", "stages_done": stages}
    return {"finished": True, **result}


def _summary(size: int, runs: list[dict[str, Any]]) -> dict[str, Any]:
    done = [r for r in runs if r["finished"]]
    if not done:
        return {"claims_requested": size, "finished": False, "reason": runs[0]["reason"]}
    ratios = [ratio(r["embed_only_s"], r["end_to_end_s"]) for r in done]
    # the embed stage's share of the same run: immune to speed changes between the two halves
    shares = [ratio(r["stages"]["embed"]["s"], r["end_to_end_s"]) for r in done]
    best = min(done, key=lambda r: r["end_to_end_s"])
    claims = best["quality"]["claims"]
    stage_s = {k: min(r["stages"][k]["s"] for r in done) for k in best["stages"]}
    return {
        "claims_requested": size,
        "finished": True,
        "repetitions": len(done),
        "claims": claims,
        "documents": best["documents"],
        "end_to_end_s_min": best["end_to_end_s"],
        "claims_per_s_end_to_end_best": claims / best["end_to_end_s"],
        "embed_only_texts_per_s_best": max(r["embedded_texts"] / r["embed_only_s"] for r in done),
        "ratio_min": min(ratios),
        "ratio_median": statistics.median(ratios),
        "ratios": ratios,
        "embed_share_min": min(shares),
        "embed_share_median": statistics.median(shares),
        "non_embedding_s_min": min(r["end_to_end_s"] - r["stages"]["embed"]["s"] for r in done),
        "stage_s_min": stage_s,
        "stage_claims_per_s": {k: claims / v if v else None for k, v in stage_s.items()},
        "rss_peak_mb": max(r["rss_peak_mb"] for r in done),
        "rss_peak_mb_after_check": max(r["rss_peak_mb_after_check"] for r in done),
        "quality": best["quality"],
    }


def _exponents(sizes: list[dict[str, Any]], stage: str) -> list[dict[str, Any]]:
    """Growth exponent b of time ~ claims^b between consecutive finished sizes."""
    done = [s for s in sizes if s["finished"]]
    out = []
    for a, b in itertools.pairwise(done):
        ta, tb = a["stage_s_min"][stage], b["stage_s_min"][stage]
        if ta > 0 and tb > 0:
            slope = math.log(tb / ta) / math.log(b["claims"] / a["claims"])
            out.append({"from": a["claims"], "to": b["claims"], "exponent": slope})
    return out


def run(options: Options) -> list[Row]:
    """Measure every size; write scale.json; return summary rows."""
    plan = [(1000, 1)] if options.quick else [(1000, 3), (10000, 3), (100000, 1)]
    memory_sizes = [] if options.quick else [1000]  # tracing slows Python about 4x
    sizes = []
    for size, repeats in plan:
        runs = [_subprocess(size, options.seed, memory=False) for _ in range(repeats)]
        sizes.append(_summary(size, runs))
        print(f"  scale {size}: {'done' if sizes[-1]['finished'] else 'not finished'}")
        if not runs[-1]["finished"]:
            sizes[-1]["partial"] = runs[-1]
    traced = {}
    for size in memory_sizes:
        result = _subprocess(size, options.seed, memory=True)
        if result["finished"]:
            traced[size] = {
                "traced_peak_mb": result["traced_peak_mb"],
                "stage_traced_peak_mb": {
                    k: v.get("traced_peak_mb") for k, v in result["stages"].items()
                },
            }
    numbers = {
        "sizes": sizes,
        "tracemalloc": traced,
        "align_exponents": _exponents(sizes, "align"),
        "compare_exponents": _exponents(sizes, "compare"),
        "end_to_end_exponents": _exponents(
            [
                {**s, "stage_s_min": {"all": s["end_to_end_s_min"]}} if s["finished"] else s
                for s in sizes
            ],
            "all",
        ),
    }
    write_result(
        options,
        "scale",
        {"plan": plan, "seed": options.seed, "timeout_s": TIMEOUT_S, "tracemalloc": memory_sizes},
        numbers,
    )
    print(_table(sizes))
    return _rows(numbers)


def _table(sizes: list[dict[str, Any]]) -> str:
    rows = []
    for s in sizes:
        if not s["finished"]:
            rows.append([s["claims_requested"], "not finished", s["reason"], "", "", "", ""])
            continue
        st = s["stage_s_min"]
        rows.append(
            [
                s["claims"],
                f"{s['end_to_end_s_min']:.1f}",
                f"{s['claims_per_s_end_to_end_best']:.0f}",
                " / ".join(f"{st[k]:.1f}" for k in st),
                f"{s['ratio_min']:.2f} / {s['ratio_median']:.2f} (n={s['repetitions']})",
                f"{s['rss_peak_mb']:.0f}",
                f"{s['quality']['event_purity']:.2f}",
            ]
        )
    stages = " / ".join(sizes[0].get("stage_s_min", {}).keys()) or "stages"
    return markdown_table(
        [
            "claims",
            "end-to-end s",
            "claims/s",
            f"{stages} s",
            "ratio min/median",
            "peak RSS MB",
            "event purity",
        ],
        rows,
    )


def _rows(numbers: dict[str, Any]) -> list[Row]:
    rows = []
    for s in numbers["sizes"]:
        if not s["finished"]:
            rows.append(Row("scale", f"{s['claims_requested']} claims", s["reason"]))
            continue
        met = "yes" if s["ratio_median"] >= 0.75 else "no"
        rows.append(
            Row(
                "scale",
                f"throughput ratio end-to-end/embedder, {s['claims']} claims (min/median)",
                f"{s['ratio_min']:.2f} / {s['ratio_median']:.2f}",
                ">= 0.75",
                met,
            )
        )
        if "embed_share_median" in s:
            rows.append(
                Row(
                    "scale",
                    f"embed stage share of end-to-end, same run, {s['claims']} claims (median)",
                    f"{s['embed_share_median']:.2f}",
                    ">= 0.75",
                    "yes" if s["embed_share_median"] >= 0.75 else "no",
                )
            )
        if s["claims_requested"] >= 100000:
            ok = "yes" if s["rss_peak_mb"] < 2048 else "no"
            rows.append(
                Row(
                    "scale",
                    f"peak RSS, {s['claims']} claims",
                    f"{s['rss_peak_mb']:.0f} MB",
                    "< 2 GB",
                    ok,
                )
            )
    if not any(s["finished"] and s["claims_requested"] >= 100000 for s in numbers["sizes"]):
        rows.append(
            Row(
                "scale",
                "peak RSS at 100k claims",
                "not measured (see above)",
                "< 2 GB",
                "no"
                if any(s["claims_requested"] >= 100000 for s in numbers["sizes"])
                else "n/a in quick mode",
            )
        )
    for e in numbers["align_exponents"]:
        rows.append(
            Row(
                "scale",
                f"align time exponent {e['from']}->{e['to']}",
                f"{e['exponent']:.2f}",
                "< 2 (sub-quadratic)",
                "yes" if e["exponent"] < 2 else "no",
            )
        )
    return rows
