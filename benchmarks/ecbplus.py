"""ecbplus: clusters and discrepancies on look-alike events (ECB+ topics 1-35, English).

Every ECB+ topic pairs two look-alike events (two earthquakes in one region, two
acquisitions by one company). `claimcheck.check` runs on the 772 dev articles at once, the
JSON report is scored by `tools/score-ecbplus` (beside the data folder): pairwise precision
and recall of claim pairs against the gold event chains, clusters that mix the two events of
a topic, and discrepancies that set one event against the other. The held-out topics 36-45
are never read.

The story and pair models were fitted on these topics (`python -m benchmarks.fit_scorers`),
so these figures are in-sample; the models' held-out figures (fitted on the topics of one
parity, measured on the other) are in their `meta` and printed here too.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Options, Row, markdown_table, write_result

__all__ = ["run"]

TARGETS = {"gold_precision": 0.85, "gold_recall": 0.40, "false_discrepancy_share": 0.05}


def score(report_path: Path, data: Path) -> dict[str, Any]:
    """The score-ecbplus figures of a report (its last output line is JSON)."""
    tool = data.parent / "tools" / "score-ecbplus"
    out = subprocess.run(
        [sys.executable, str(tool), str(report_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    last = [line for line in out.stdout.splitlines() if line.startswith("{")][-1]
    overall: dict[str, Any] = json.loads(last)["overall"]
    return overall


def run(options: Options) -> list[Row]:
    """Check the dev articles, score them, write ecbplus.json; return summary rows."""
    import claimcheck
    from claimcheck.logistic import load_model

    articles = options.data / "ecbplus-dev" / "articles.jsonl"
    if not articles.exists():
        print(f"  skipped: {articles} not found")
        return [Row("ecbplus", "skipped", "no data")]
    start = time.perf_counter()
    report = claimcheck.check([articles])
    seconds = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ecbplus-report.json"
        path.write_text(report.model_dump_json(), "utf-8")
        overall = score(path, options.data)
    disc = overall["discrepancies"]
    false_share = overall["disc_cross_subtopic"] / disc if disc else 0.0
    figures = {
        "gold_precision": overall["gold_precision"],
        "gold_recall": overall["gold_recall"],
        "gold_f1": overall["gold_f1"],
        "coarse_precision": overall["coarse_precision"],
        "clusters_multi_doc": overall["clusters_multi_doc"],
        "clusters_mix_subtopics": overall["clusters_mix_subtopics"],
        "discrepancies": disc,
        "disc_cross_subtopic": overall["disc_cross_subtopic"],
        "false_discrepancy_share": round(false_share, 4),
        "stories": len(report.stories),
        "claims": len(report.claims),
        "non_claims": sum(1 for c in report.claims if c.status == "non-claim"),
        "seconds": round(seconds, 1),
    }
    held_out = {
        "pair_model": load_model("pair_model").meta.get("held_out_ecbplus_claim_pairs"),
        "story_model": load_model("story_model").meta.get("held_out_ecbplus_article_pairs"),
    }
    write_result(
        options,
        "ecbplus",
        {"articles": str(articles.name), "topics": "1-35"},
        {"figures": figures, "held_out": held_out, "raw": overall},
    )
    print(
        markdown_table(
            ["figure", "value", "target"],
            [[k, v, TARGETS.get(k, "")] for k, v in figures.items()],
        )
    )
    print(f"  held-out model figures: {json.dumps(held_out)}")

    def met(key: str, ok: bool) -> Row:
        return Row("ecbplus", key, f"{figures[key]}", str(TARGETS[key]), "yes" if ok else "no")

    return [
        met("gold_precision", figures["gold_precision"] >= TARGETS["gold_precision"]),
        met("gold_recall", figures["gold_recall"] >= TARGETS["gold_recall"]),
        met(
            "false_discrepancy_share",
            figures["false_discrepancy_share"] <= TARGETS["false_discrepancy_share"],
        ),
    ]
