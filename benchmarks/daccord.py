"""daccord: the discrepancy detector in pair mode on French fact-check sentence pairs.

Each pair (premise, hypothesis; label 1 = contradiction, 0 = compatible) becomes two
one-sentence French documents. "forced": their grounded claims (`claimcheck.pipeline._claims`,
the clean -> segment -> ground step of `check`) are put in one cluster and passed to
`claimcheck.compare.compare`; "default": `claimcheck.check` on the two documents, with its own
alignment. A pair is predicted a contradiction when any discrepancy is found.

The detector compares slots (dates, numbers, names, spellings, quotes) and polarity (one
claim denies what the other asserts: negation, antonym verbs, reversing prefixes, from the
French tables in `claimcheck/lang/fr/polarity.py`, written for French news, not for this
set). Paraphrase and world knowledge ("a abandonné" against "a participé jusqu'au bout") are
out of its reach. The discrepancy kinds found are counted per gold label, so that each
detector's precision shows.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path
from typing import Any

from benchmarks.common import Options, Row, markdown_table, write_result
from claimcheck.evaluate import prf

__all__ = ["read_pairs", "run"]


def read_pairs(path: Path) -> list[dict[str, str]]:
    """Rows of the TSV (id, premise, hypothesis, label, ...)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _confusion(gold: list[bool], predicted: list[bool]) -> dict[str, Any]:
    tp = sum(g and p for g, p in zip(gold, predicted, strict=True))
    fp = sum(p and not g for g, p in zip(gold, predicted, strict=True))
    fn = sum(g and not p for g, p in zip(gold, predicted, strict=True))
    tn = len(gold) - tp - fp - fn
    precision, recall, f1 = prf(tp, fp, tp + fn)
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": precision,
        "recall": recall,
        "f1": f1,
    }


def run(options: Options) -> list[Row]:
    """Predict every pair both ways; write daccord.json; return summary rows."""
    import claimcheck
    from claimcheck import pipeline
    from claimcheck.compare import compare
    from claimcheck.embed import get_embedder
    from claimcheck.models import Document

    rows = read_pairs(options.data / "daccord" / "daccord_covid_climat.tsv")
    if options.quick:
        rows = rows[:40]
    embedder = get_embedder()
    gold: list[bool] = []
    forced: list[bool] = []
    default: list[bool] = []
    kinds: dict[str, int] = {}
    start = time.perf_counter()
    for row in rows:
        docs = [
            Document(id=f"{row['id']}-a", text=row["premise"], lang="fr"),
            Document(id=f"{row['id']}-b", text=row["hypothesis"], lang="fr"),
        ]
        gold.append(row["label"].strip() == "1")
        claims = pipeline._claims(docs)
        found = compare({"c1": list(claims)}, claims, docs).discrepancies
        forced.append(bool(found))
        label = "contradiction" if gold[-1] else "compatible"
        for kind in {d.kind for d in found}:
            kinds[f"{kind} on {label}"] = kinds.get(f"{kind} on {label}", 0) + 1
        default.append(bool(claimcheck.check(docs, embedder=embedder).discrepancies))
    seconds = time.perf_counter() - start
    numbers = {
        "pairs": len(rows),
        "contradictions": sum(gold),
        "forced": _confusion(gold, forced),
        "default": _confusion(gold, default),
        "forced_discrepancy_kinds": kinds,
        "seconds": seconds,
    }
    write_result(options, "daccord", {"file": "daccord_covid_climat.tsv"}, numbers)
    table = [
        [
            mode,
            v["tp"],
            v["fp"],
            v["fn"],
            v["tn"],
            f"{v['precision']:.2f} / {v['recall']:.2f} / {v['f1']:.2f}",
        ]
        for mode, v in (("forced one cluster", numbers["forced"]), ("default", numbers["default"]))
    ]
    print(markdown_table(["mode", "TP", "FP", "FN", "TN", "P / R / F1"], table))
    return [
        Row(
            "daccord",
            f"contradiction P / R / F1, {mode} ({len(rows)} pairs)",
            f"{v['precision']:.2f} / {v['recall']:.2f} / {v['f1']:.2f}",
        )
        for mode, v in (("forced", numbers["forced"]), ("default", numbers["default"]))
    ]
