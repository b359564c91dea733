"""anaphora: resolution precision and recall on `fixtures/anaphora/` (invented articles + seeds).

The sets and the scoring rule are described in `claimcheck.evaluate_anaphora`: a resolution is
correct when it overlaps a gold anaphor and names its referent; precision = correct /
resolutions made, recall = correct / gold anaphors with a referent.
"""

from __future__ import annotations

import time
from typing import Any

from benchmarks.common import REPO, Options, Row, markdown_table, write_result
from claimcheck.evaluate_anaphora import Gold, load, score
from claimcheck.models import Document

__all__ = ["run"]

FIXTURES = REPO / "fixtures" / "anaphora"


def run(options: Options) -> list[Row]:
    """Score each set and the whole; write anaphora.json."""
    sets = load(FIXTURES, REPO / "seeds")
    names = ["fr", "en", "seeds"]
    results: dict[str, Any] = {}
    rows: list[Row] = []
    table = []
    all_docs: list[Document] = []
    all_golds: list[Gold] = []
    for name, (docs, golds) in zip(names, sets, strict=True):
        start = time.perf_counter()
        result = score(docs, golds)
        seconds = time.perf_counter() - start
        all_docs += docs
        all_golds += golds
        results[name] = {
            "anaphors": len(golds),
            "resolvable": result.resolvable,
            "made": result.made,
            "correct": result.correct,
            "precision": round(result.precision, 3),
            "recall": round(result.recall, 3),
            "unresolvable_left_alone": f"{result.unresolvable_kept}/{result.unresolvable}",
            "ms_per_article": round(1000 * seconds / max(len(docs), 1), 1),
            "errors": list(result.errors),
        }
        table.append(
            [
                name,
                len(golds),
                result.resolvable,
                result.made,
                f"{result.precision:.2f}",
                f"{result.recall:.2f}",
                f"{result.unresolvable_kept}/{result.unresolvable}",
            ]
        )
    total = score(all_docs, all_golds)
    results["all"] = {
        "anaphors": len(all_golds),
        "precision": round(total.precision, 3),
        "recall": round(total.recall, 3),
        "made": total.made,
        "correct": total.correct,
    }
    print(
        markdown_table(
            ["set", "anaphors", "resolvable", "resolved", "precision", "recall", "left alone"],
            table,
        )
    )
    for name in names:
        for error in results[name]["errors"]:
            print(f"  wrong: {error}")
    write_result(options, "anaphora", {"sets": names}, results)
    rows.append(
        Row(
            "anaphora",
            f"precision / recall, {len(all_golds)} anaphors (fr, en, seeds)",
            f"{total.precision:.2f} / {total.recall:.2f}",
            "precision >= 0.95",
            "**yes**" if total.precision >= 0.95 else "no",
        )
    )
    return rows
