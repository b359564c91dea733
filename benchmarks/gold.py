"""gold: conflicts and clusters on the seeds and the four fixture events, against their gold.

`claimcheck.check` runs on `seeds/` (gold: `fixtures/seeds-gold.json`) and on each
`fixtures/<event>/` (gold: its section of `fixtures/gold.json`); the reports are scored by
`claimcheck.evaluate` with the semantics of `shared/tools/score-gold`.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from benchmarks.common import REPO, Options, Row, markdown_table, write_result
from claimcheck.evaluate import prf, score

__all__ = ["gold_sets", "run"]


def gold_sets(options: Options) -> list[tuple[str, Path, dict[str, Any]]]:
    """(name, article folder, gold checks) of the seeds and of every fixture event."""
    sets = []
    seeds_gold = REPO / "fixtures" / "seeds-gold.json"
    sets.append(("seeds", REPO / "seeds", json.loads(seeds_gold.read_text("utf-8"))))
    fixtures = json.loads((REPO / "fixtures" / "gold.json").read_text("utf-8"))
    for name, checks in fixtures.items():
        if not name.startswith("_"):
            sets.append((name, REPO / "fixtures" / name, checks))
    return sets


def run(options: Options) -> list[Row]:
    """Check and score every set; write gold.json; return summary rows."""
    import claimcheck
    from claimcheck.embed import get_embedder

    embedder = get_embedder()
    per_set: dict[str, Any] = {}
    totals = {"tp": 0, "fp": 0, "pos": 0, "cl": 0, "cl_ok": 0, "ss": 0, "ss_ok": 0, "unl": 0}
    for name, folder, checks in gold_sets(options):
        start = time.perf_counter()
        report = claimcheck.check([folder], embedder=embedder)
        seconds = time.perf_counter() - start
        s = score(report.model_dump(mode="json"), checks)
        p, r, f = prf(s.caught, s.false_conflicts, s.conflicts)
        per_set[name] = {
            **s.as_dict(),
            "precision": p,
            "recall": r,
            "f1": f,
            "cluster_recall": s.clustered / s.clusters if s.clusters else None,
            "single_source_accuracy": s.single_ok / s.single if s.single else None,
            "claims": len(report.claims),
            "seconds": seconds,
        }
        for key, value in (
            ("tp", s.caught), ("fp", s.false_conflicts), ("pos", s.conflicts),
            ("cl", s.clusters), ("cl_ok", s.clustered), ("ss", s.single),
            ("ss_ok", s.single_ok), ("unl", s.unlabelled),
        ):  # fmt: skip
            totals[key] += value
    p, r, f = prf(totals["tp"], totals["fp"], totals["pos"])
    overall = {
        "precision": p,
        "recall": r,
        "f1": f,
        "true_positives": totals["tp"],
        "false_positives": totals["fp"],
        "must_conflict": totals["pos"],
        "unlabelled_discrepancies": totals["unl"],
        "cluster_recall": totals["cl_ok"] / totals["cl"] if totals["cl"] else None,
        "single_source_accuracy": totals["ss_ok"] / totals["ss"] if totals["ss"] else None,
    }
    write_result(
        options, "gold", {"embedder": embedder.name}, {"sets": per_set, "overall": overall}
    )
    table = [
        [
            name,
            f"{v['caught']}/{v['conflicts']}",
            v["false_conflicts"],
            f"{v['precision']:.2f} / {v['recall']:.2f} / {v['f1']:.2f}",
            v["unlabelled"],
            f"{v['clustered']}/{v['clusters']}",
            f"{v['single_ok']}/{v['single']}",
            v["largest_cluster"],
            v["max_per_document"],
        ]
        for name, v in per_set.items()
    ]
    print(
        markdown_table(
            [
                "set",
                "caught",
                "false",
                "P / R / F1",
                "unlabelled",
                "clustered",
                "single-source",
                "largest cluster",
                "max claims of one doc",
            ],
            table,
        )
    )
    for name, v in per_set.items():
        for failure in v["failures"]:
            print(f"  {name}: {failure}")
    met = "yes" if f >= 0.9 else "no"
    return [
        Row("gold", "conflict F1 (all sets)", f"{f:.2f} (P {p:.2f}, R {r:.2f})", ">= 0.9", met),
        Row("gold", "cluster recall (must_cluster)", f"{overall['cluster_recall']:.2f}"),
        Row("gold", "single-source accuracy", f"{overall['single_source_accuracy']:.2f}"),
        Row("gold", "unlabelled discrepancies", str(totals["unl"])),
    ]
