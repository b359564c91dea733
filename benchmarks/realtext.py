"""realtext: the pipeline's stages on real sentences, paired with the embedder alone.

The STS benchmark sentences (`../shared/data/stsb-multi-mt/`, French and English, dev and
test) are grouped into pseudo-articles of 10 sentences, in file order: every first sentence of
a line, then every second one, so that each sentence's paraphrase sits in another article
and the French and English articles are translations of each other. 10,000 sentences, half in
each language (`--quick`: 1,000). Each of the 3 paired runs is a fresh subprocess
(`python -m benchmarks.realtext --sentences N`): `claimcheck.check` with every stage timed by
`benchmarks.stages.timed_stages` (the functions the pipeline calls, wrapped in that process
only), then, right after, a fresh default embedder alone on the same unique claim texts. The
throughput ratio end-to-end / embedder alone is computed per pair; the median is reported.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from unittest import mock

from benchmarks.common import REPO, Options, Row, markdown_table, ratio, write_result

__all__ = ["REALTEXT_STAGES", "articles", "run"]

TIMEOUT_S = 900
REPEATS = 3
ARTICLE_SENTENCES = 10

#: (module, attribute, stage) of every function `claimcheck.pipeline.check` calls, by stage;
#: none calls another of them, so no time is counted twice
REALTEXT_STAGES = [
    ("claimcheck.pipeline", "_read", "read"),
    ("claimcheck.engine", "vocabulary", "clean"),
    ("claimcheck.pipeline", "clean", "clean"),
    ("claimcheck.pipeline", "segment", "segment"),
    ("claimcheck.pipeline", "sightings", "ground"),
    ("claimcheck.pipeline", "_gazetteer", "ground"),
    ("claimcheck.pipeline", "_ground", "ground"),
    ("claimcheck.pipeline", "_embed", "embed"),
    ("claimcheck.pipeline", "nearest", "neighbours"),
    ("claimcheck.pipeline", "find_stories", "stories"),
    ("claimcheck.pipeline", "PairScorer", "align"),
    ("claimcheck.align", "align", "align"),
    ("claimcheck.align", "cluster_probability", "align"),
    ("claimcheck.pipeline", "find_origins", "provenance"),
    ("claimcheck.pipeline", "weigh", "provenance"),
    ("claimcheck.pipeline", "compare", "compare"),
    ("claimcheck.pipeline", "judge", "judge"),
    ("claimcheck.pipeline", "Report", "report"),
    ("claimcheck.review", "apply", "report"),
]
ORDER = ["import", "read", "clean", "segment", "ground", "embed", "neighbours", "stories", "align"]
ORDER += ["provenance", "compare", "judge", "report", "other"]


def _sentences(path: Path) -> tuple[list[str], list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.reader(handle) if len(r) >= 3]
    return [r[0].strip() for r in rows], [r[1].strip() for r in rows]


def articles(data: Path, sentences: int) -> list[dict[str, str]]:
    """Pseudo-articles of ARTICLE_SENTENCES sentences: `sentences` in all, half per language."""
    folder = data / "stsb-multi-mt"
    per_lang = sentences // 2
    docs: list[dict[str, str]] = []
    for lang in ("fr", "en"):
        first: list[str] = []
        second: list[str] = []
        for split in ("dev", "test"):
            a, b = _sentences(folder / f"stsb-{lang}-{split}.csv")
            first += a
            second += b
        rows = math.ceil(per_lang / 2)
        chosen = (first[:rows] + second[:rows])[:per_lang]
        for k in range(0, len(chosen), ARTICLE_SENTENCES):
            group = chosen[k : k + ARTICLE_SENTENCES]
            part = [s if s[-1:] in ".!?\"'»" else s + "." for s in group if s]
            docs.append({"id": f"sts-{lang}-{k // ARTICLE_SENTENCES:04d}", "text": " ".join(part)})
    return docs


def measure(data: Path, sentences: int) -> dict[str, Any]:
    """One end-to-end run with its stages timed, then the embedder alone on its claim texts."""
    import claimcheck
    from benchmarks import stages
    from claimcheck.embed import get_embedder

    docs = articles(data, sentences)
    get_embedder().embed(["Une phrase pour charger le modèle.", "A warm-up sentence."])
    embedder = get_embedder()  # fresh cache: nothing of the corpus is embedded yet
    record: dict[str, dict[str, float]] = {}
    start = time.perf_counter()
    importlib.import_module("claimcheck.pipeline")  # the stages' modules and their tables
    record["import"] = {"s": time.perf_counter() - start}
    with (
        mock.patch.object(stages, "STAGES", REALTEXT_STAGES),
        stages.timed_stages(record, memory=False, events=False),
    ):
        report = claimcheck.check(docs, embedder=embedder)
    end_to_end = time.perf_counter() - start
    texts = list(dict.fromkeys(c.normalized for c in report.claims))
    alone = get_embedder()
    start = time.perf_counter()
    alone.embed(texts)
    embed_only = time.perf_counter() - start
    stage_s = {k: v["s"] for k, v in record.items()}
    stage_s["other"] = end_to_end - sum(stage_s.values())
    return {
        "result": True,
        "sentences": sentences,
        "documents": len(docs),
        "claims": len(report.claims),
        "checkable": sum(1 for c in report.claims if c.kind == "claim"),
        "clusters": len(report.clusters),
        "discrepancies": len(report.discrepancies),
        "stories": len(report.stories),
        "embedded_texts": len(texts),
        "end_to_end_s": end_to_end,
        "embed_only_s": embed_only,
        "stage_s": stage_s,
        "rss_peak_mb": stages._rss_mb(),
    }


def _subprocess(data: Path, sentences: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "benchmarks.realtext", "--sentences", str(sentences)]
    command += ["--data", str(data)]
    try:
        done = subprocess.run(
            command, cwd=REPO, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
        )
    except subprocess.TimeoutExpired:
        return {"finished": False, "reason": f"not finished within {TIMEOUT_S} s"}
    lines = [line for line in done.stdout.splitlines() if line.startswith('{"result"')]
    if not lines:
        errors = [line for line in done.stderr.splitlines() if line.strip()]
        return {"finished": False, "reason": errors[-1] if errors else "no result"}
    return {"finished": True, **json.loads(lines[-1])}


def run(options: Options) -> list[Row]:
    """Three paired runs in fresh processes; write realtext.json; return summary rows."""
    sentences = 1000 if options.quick else 10000
    runs = []
    for k in range(REPEATS):
        runs.append(_subprocess(options.data, sentences))
        print(f"  realtext {sentences} sentences, run {k + 1}: {runs[-1].get('finished')}")
    done = [r for r in runs if r["finished"]]
    if not done:
        write_result(options, "realtext", {"sentences": sentences}, {"runs": runs})
        return [Row("realtext", f"{sentences} sentences", runs[0]["reason"])]
    ratios = [ratio(r["embed_only_s"], r["end_to_end_s"]) for r in done]
    median_s = {k: statistics.median(r["stage_s"].get(k, 0.0) for r in done) for k in ORDER}
    total = sum(median_s.values())
    numbers = {
        "sentences": sentences,
        "documents": done[0]["documents"],
        "claims": done[0]["claims"],
        "checkable": done[0]["checkable"],
        "ratios": ratios,
        "ratio_median": statistics.median(ratios),
        "embed_share_median": statistics.median(
            ratio(r["stage_s"]["embed"], r["end_to_end_s"]) for r in done
        ),
        "stage_s_median": median_s,
        "stage_share": {k: ratio(v, total) for k, v in median_s.items()},
        "rss_peak_mb": max(r["rss_peak_mb"] for r in done),
        "runs": runs,
    }
    write_result(
        options, "realtext", {"sentences": sentences, "repeats": REPEATS, "cpus": os.cpu_count()},
        numbers,
    )  # fmt: skip
    print(
        markdown_table(
            ["stage", "s (median of runs)", "share"],
            [[k, f"{median_s[k]:.2f}", f"{numbers['stage_share'][k]:.0%}"] for k in ORDER],
        )
    )
    ratio_text = " / ".join(f"{r:.2f}" for r in ratios)
    return [
        Row(
            "realtext",
            f"throughput ratio end-to-end/embedder, {sentences} STS sentences (median; runs)",
            f"{numbers['ratio_median']:.2f} ({ratio_text})",
            ">= 0.85",
            "yes" if numbers["ratio_median"] >= 0.85 else "no",
        )
    ]


def main(argv: list[str] | None = None) -> None:
    """Entry point of the measuring subprocess: one paired run, its result as a JSON line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.realtext")
    parser.add_argument("--sentences", type=int, required=True)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.data, args.sentences)), flush=True)


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sys.exit(main())
