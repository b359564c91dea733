"""realnews: the report on real French and English pages of events we never saw, against gold.

For each `../shared/data/realnews/<event>/`, `claimcheck.check` runs on its `articles.jsonl`
and the JSON form of the report is scored by `claimcheck.evaluate.score` against the event's
section of its `gold.json` (must_conflict, must_not_conflict, must_update, must_cluster,
must_not_cluster, single_source: the semantics of `shared/tools/score-gold`). When that tool
is present, it scores the same report too, and the two summary lines are compared. The
discrepancy kinds the report found are counted, to see which detectors fire on real text.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.common import Options, Row, markdown_table, write_result
from claimcheck.evaluate import prf, score

__all__ = ["run"]


def _events(options: Options) -> list[tuple[str, Path, dict[str, Any]]]:
    root = options.data / "realnews"
    out = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()) if root.exists() else []:
        gold = json.loads((folder / "gold.json").read_text("utf-8"))
        out.append((folder.name, folder, gold.get(folder.name, gold)))
    return out


def _score_gold(options: Options, report: Path, gold: Path, section: str) -> str | None:
    """The last line of the score-gold tool on the same report, when the tool is there."""
    tool = options.data.parent / "tools" / "score-gold"
    if not tool.exists():
        return None
    done = subprocess.run(
        [sys.executable, str(tool), str(report), str(gold), section],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = done.stdout.strip().splitlines()
    return lines[-1] if lines else None


def run(options: Options) -> list[Row]:
    """Check and score every event; write realnews.json; return summary rows."""
    events = _events(options)
    if not events:
        print(f"  skipped: no event folder under {options.data / 'realnews'}")
        return [Row("realnews", "skipped", "no data")]
    import claimcheck
    from claimcheck.embed import get_embedder

    embedder = get_embedder()
    per_event: dict[str, Any] = {}
    rows = []
    totals = Counter[str]()
    for name, folder, checks in events:
        start = time.perf_counter()
        report = claimcheck.check([folder / "articles.jsonl"], embedder=embedder)
        seconds = time.perf_counter() - start
        data = report.model_dump(mode="json")
        s = score(data, checks)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "report.json"
            path.write_text(json.dumps(data), "utf-8")
            tool_line = _score_gold(options, path, folder / "gold.json", name)
        kinds = Counter(d["kind"] for d in data["discrepancies"])
        per_event[name] = {
            **s.as_dict(),
            "claims": len(report.claims),
            "seconds": seconds,
            "discrepancy_kinds": dict(kinds),
            "updates_found": len(data.get("updates", [])),
            "score_gold": tool_line,
            "same_as_score_gold": tool_line is None or tool_line == s.summary(),
        }
        for key, value in (
            ("tp", s.caught), ("fp", s.false_conflicts), ("pos", s.conflicts),
            ("neg", s.guarded), ("cl", s.clusters), ("cl_ok", s.clustered),
            ("mu", s.must_update), ("mu_ok", s.updated), ("mnc", s.not_merged),
            ("merged", s.merged), ("ss", s.single), ("ss_ok", s.single_ok),
        ):  # fmt: skip
            totals[key] += value
        rows.append(
            [
                name,
                f"{s.caught}/{s.conflicts}",
                f"{s.false_conflicts}/{s.guarded}",
                f"{s.updated}/{s.must_update}",
                f"{s.clustered}/{s.clusters}",
                f"{s.merged}/{s.not_merged}",
                f"{s.single_ok}/{s.single}",
                ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())) or "none",
                "yes" if per_event[name]["same_as_score_gold"] else "**no**",
            ]
        )
        for failure in s.failures:
            print(f"  {name}: {failure}")
    write_result(options, "realnews", {"embedder": embedder.name}, {"events": per_event})
    print(
        markdown_table(
            [
                "event",
                "conflicts caught",
                "false conflicts",
                "updates",
                "clustered",
                "wrongly merged",
                "single-source",
                "discrepancies found",
                "same as score-gold",
            ],
            rows,
        )
    )
    p, r, _ = prf(totals["tp"], totals["fp"], totals["pos"])
    return [
        Row(
            "realnews",
            f"conflicts caught / false ({len(per_event)} events)",
            f"{totals['tp']}/{totals['pos']} / {totals['fp']}/{totals['neg']} "
            f"(P {p:.2f}, R {r:.2f})",
            "all caught, none false",
            "yes" if totals["tp"] == totals["pos"] and not totals["fp"] else "no",
        ),
        Row(
            "realnews",
            "updates found / clustered / wrongly merged",
            f"{totals['mu_ok']}/{totals['mu']} / {totals['cl_ok']}/{totals['cl']} / "
            f"{totals['merged']}/{totals['mnc']}",
            "every update",
            "yes" if totals["mu_ok"] == totals["mu"] else "no",
        ),
    ]
