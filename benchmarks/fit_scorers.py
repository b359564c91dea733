"""python -m benchmarks.fit_scorers [--data DIR] [--cache DIR] [--dry-run] [--pair-only]
[--features A,B,...]: refit the story and pair models.

Writes `claimcheck/data/story_model.json` and `claimcheck/data/pair_model.json` from
annotated data nobody here wrote, plus the project's own gold:

- **ECB+ topics 1-35** (`<data>/ecbplus-dev/`, English; the held-out topics 36-45 are never
  read): two articles are one story when they are in one subtopic (each topic pairs two
  look-alike events); two claims state one fact when they contain mentions of one gold event
  chain (claims with no gold mention are not labelled).
- **the real French/English dev sets** (`<data>/realnews/<event>/`), **the fixtures and the
  seeds** (`fixtures/gold.json`, `fixtures/seeds-gold.json`): every article of a set is one
  story and different sets are different stories; claims that a `must_cluster`,
  `must_conflict` or `must_not_conflict` check names on both sides state one fact, and the
  two sides of a `must_not_cluster` check do not. These pairs weigh more (`GOLD_WEIGHT`):
  they are few, and they are the languages and kind of text the tool is for.

Pairs are the candidates alignment itself would score (nearest neighbours inside predicted
stories), so the training distribution is the one the model meets. Held-out figures: the
models are refitted on the ECB+ topics of one parity and measured on the other, both ways;
the figures go into each model's `meta`, with the calibration error (ECE, ten bins).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import pickle
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.common import REPO, git_commit
from claimcheck.align import AlignOptions, candidate_pairs
from claimcheck.logistic import LogisticModel, fit_logistic, load_model
from claimcheck.models import Claim, Document
from claimcheck.pairs import PAIR_FEATURES, PairScorer
from claimcheck.pipeline import prepare
from claimcheck.stories import STORY_FEATURES, StoryOptions, find_stories, story_pairs

Matrix = npt.NDArray[np.float64]
Corpus = tuple[list[Document], list[Claim], npt.NDArray[np.float32]]

GOLD_WEIGHT = 5.0
#: the article pairs of the gold sets weigh as much, together, as those of ECB+
STORY_GOLD_SHARE = 0.5
STORY_THRESHOLD = 0.25
PAIR_THRESHOLD = 0.35
ECB_TOPICS = range(1, 36)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _prepare(name: str, sources: list[Any], cache: Path | None) -> Corpus:
    """`claimcheck.pipeline.prepare`, kept in `--cache DIR` between runs when asked."""
    if cache is None:
        return prepare(sources)
    path = cache / f"{name}.pickle"
    if path.exists():
        cached: Corpus = pickle.loads(path.read_bytes())
        return cached
    corpus = prepare(sources)
    cache.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(corpus))
    return corpus


def ecb_corpus(
    data: Path, cache: Path | None = None
) -> tuple[Corpus, dict[str, int], dict[str, str], list[set[str]]]:
    """ECB+ dev: the corpus, each document's topic and subtopic, each claim's gold chains."""
    folder = data / "ecbplus-dev"
    gold = json.loads((folder / "gold.json").read_text("utf-8"))["documents"]
    keep = {d for d, g in gold.items() if int(g["topic"]) in ECB_TOPICS}
    lines = []
    with open(folder / "articles.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in keep:
                lines.append({k: record[k] for k in ("id", "text", "lang") if k in record})
    corpus = _prepare("ecbplus-dev", lines, cache)
    topic = {d: int(g["topic"]) for d, g in gold.items() if d in keep}
    subtopic = {d: str(g["subtopic"]) for d, g in gold.items() if d in keep}
    chains: list[set[str]] = []
    for claim in corpus[1]:
        mentions = gold.get(claim.document_id, {}).get("mentions", [])
        inside = [m for m in mentions if m["start"] >= claim.start and m["end"] <= claim.end]
        chains.append(
            {m["chain"] for m in inside if not m["singleton"]} | ({"?"} if inside else set())
        )
    return corpus, topic, subtopic, chains


def gold_sets(data: Path) -> list[tuple[str, list[Any], dict[str, Any]]]:
    """(name, sources, checks) of the seeds, the fixture events and the realnews dev sets."""
    sets: list[tuple[str, list[Any], dict[str, Any]]] = []
    seeds = json.loads((REPO / "fixtures" / "seeds-gold.json").read_text("utf-8"))
    sets.append(("seeds", [REPO / "seeds"], seeds))
    fixtures = json.loads((REPO / "fixtures" / "gold.json").read_text("utf-8"))
    for name, checks in fixtures.items():
        if not name.startswith("_"):
            sets.append((name, [REPO / "fixtures" / name], checks))
    for folder in sorted((data / "realnews").glob("*/")):
        checks = json.loads((folder / "gold.json").read_text("utf-8"))
        sets.append((folder.name, [folder / "articles.jsonl"], checks.get(folder.name, checks)))
    return sets


def _has(text: str, value: str | None) -> bool:
    folded = text.casefold()
    return any(v.casefold() in folded for v in (value or "").split("|"))


def _carriers(claims: Sequence[Claim], docs: Iterable[str], value: str | None) -> set[int]:
    wanted = set(docs)
    return {k for k, c in enumerate(claims) if c.document_id in wanted and _has(c.text, value)}


def gold_pair_labels(claims: Sequence[Claim], checks: dict[str, Any]) -> dict[tuple[int, int], int]:
    """(i, j) -> 1 (one fact) or 0 (two facts), for claims of different documents.

    One fact: the claims a `must_cluster` check names, and the two sides of a
    `must_conflict` or `must_not_conflict` check. Two facts: the sides of a
    `must_not_cluster` check; the claims of two different checks; a `single_source` claim and
    any claim of another document. A pair the gold calls one fact stays one fact.
    """
    labels: dict[tuple[int, int], int] = {}

    def mark(a: set[int], b: set[int], label: int) -> None:
        for i in a:
            for j in b:
                if i != j and claims[i].document_id != claims[j].document_id:
                    key = (min(i, j), max(i, j))
                    labels[key] = max(labels.get(key, 0), label) if key in labels else label

    facts: list[set[int]] = []
    for check in checks.get("must_cluster", []):
        facts.append(_carriers(claims, check["docs"], check.get("value")))
    for key in ("must_conflict", "must_not_conflict"):
        for check in checks.get(key, []):
            a = _carriers(claims, check["a"], check["a_value"])
            b = _carriers(claims, check["b"], check["b_value"])
            facts.append(a | b)
            mark(a, b, 1)
    for fact in facts:
        mark(fact, fact, 1)
    for x, fact in enumerate(facts):
        for other in facts[x + 1 :]:
            if not fact & other:
                mark(fact, other, 0)
    for check in checks.get("must_not_cluster", []):
        a = _carriers(claims, check["a"], check["a_value"])
        b = _carriers(claims, check["b"], check["b_value"])
        for i in a:
            for j in b:
                if claims[i].document_id != claims[j].document_id:
                    labels[(min(i, j), max(i, j))] = 0
    everyone = set(range(len(claims)))
    for check in checks.get("single_source", []):
        alone = _carriers(claims, [check["doc"]], check["value"])
        mark(alone, everyone, 0)
    return labels


def _checkable(corpus: Corpus) -> Corpus:
    docs, claims, vectors = corpus
    keep = [k for k, c in enumerate(claims) if c.kind == "claim"]
    return docs, [claims[k] for k in keep], vectors[keep]


def _story_of(corpus: Corpus, model: LogisticModel | None) -> list[str]:
    docs, claims, vectors = corpus
    stories = find_stories(
        docs, claims, vectors, StoryOptions(threshold=STORY_THRESHOLD), model=model
    )
    of = {d: s.id for s in stories for d in s.document_ids}
    return [of[c.document_id] for c in claims]


def _candidates(corpus: Corpus, stories: Sequence[str]) -> list[tuple[int, int]]:
    docs, claims, vectors = corpus
    published = {d.id: d.published for d in docs}
    found = candidate_pairs(vectors, [c.document_id for c in claims], AlignOptions(), published)
    return sorted(
        (i, j)
        for i, j in found
        if stories[i] == stories[j] and claims[i].document_id != claims[j].document_id
    )


def _impute_across(
    x: Matrix, same_language: npt.NDArray[np.bool_], *, source: int, target: int
) -> list[float]:
    """Fit `target ~ a + b * source` on the same-language rows of `x` and write it into the
    cross-language rows, clipped to [0, 1], as the scorers do at run time (word overlap cannot
    be measured across languages; a same-language pair this close shares this much on
    average). Returns the line [a, b]; `x` is changed in place."""
    rows = x[same_language]
    design = np.column_stack([np.ones(len(rows)), rows[:, source]])
    a, b = np.linalg.lstsq(design, rows[:, target], rcond=None)[0]
    across = ~same_language
    x[across, target] = np.clip(a + b * x[across, source], 0.0, 1.0)
    return [float(a), float(b)]


def _ece(p: npt.NDArray[np.float64], y: npt.NDArray[np.float64]) -> float:
    bins = np.minimum((p * 10).astype(int), 9)
    total = sum(
        abs(p[bins == b].mean() - y[bins == b].mean()) * (bins == b).sum()
        for b in range(10)
        if (bins == b).any()
    )
    return float(total / max(len(p), 1))


def _pr(
    p: npt.NDArray[np.float64], y: npt.NDArray[np.float64], threshold: float
) -> dict[str, float]:
    pred = p >= threshold
    tp = float((pred & (y == 1)).sum())
    return {
        "precision": round(tp / max(float(pred.sum()), 1.0), 4),
        "recall": round(tp / max(float((y == 1).sum()), 1.0), 4),
        "ece": round(_ece(p, y), 4),
    }


def _held_out(
    x: Matrix,
    y: npt.NDArray[np.float64],
    w: npt.NDArray[np.float64],
    fold: npt.NDArray[np.int64],
    names: tuple[str, ...],
    threshold: float,
) -> list[dict[str, float]]:
    """Fit on one fold (plus every unfolded row, fold -1), measure on the other fold."""
    out = []
    for k in (0, 1):
        train = fold != 1 - k
        test = fold == 1 - k
        model = fit_logistic(x[train], y[train], names, weights=w[train])
        out.append(_pr(model.probability(x[test]), y[test], threshold))
    return out


def fit(
    data: Path,
    cache: Path | None = None,
    *,
    columns: Sequence[str] | None = None,
    story: LogisticModel | None = None,
) -> tuple[LogisticModel, LogisticModel]:
    """Both models, with their held-out figures in `meta`.

    `columns`: the pair features the pair model reads (default: those of the shipped model);
    `story`: a story model to keep (the shipped one, say) instead of refitting it, so that a
    pair refit is measured on the stories it will meet.
    """
    columns = tuple(columns or load_model("pair_model").features)
    unknown = sorted(set(columns) - set(PAIR_FEATURES))
    if unknown:
        raise SystemExit(f"unknown pair features {unknown}; known: {', '.join(PAIR_FEATURES)}")
    _say("reading and embedding ECB+ topics 1-35 ...")
    ecb, topic, subtopic, chains = ecb_corpus(data, cache)
    chains = [chain for chain, c in zip(chains, ecb[1], strict=True) if c.kind == "claim"]
    ecb = _checkable(ecb)
    _say("reading and embedding the gold sets ...")
    sets = [
        (name, _checkable(_prepare(name, sources, cache)), checks)
        for name, sources, checks in gold_sets(data)
    ]

    docs, claims, vectors = ecb
    if story is not None:
        _say("story model kept, not refitted")
        return story, _fit_pairs(ecb, topic, chains, sets, story, columns)
    # --- stories ---------------------------------------------------------------------------
    pairs, x_ecb = story_pairs(docs, claims, vectors)
    y_ecb = np.array([subtopic[docs[i].id] == subtopic[docs[j].id] for i, j in pairs], float)
    fold_ecb = np.array(
        [topic[docs[i].id] % 2 if topic[docs[i].id] == topic[docs[j].id] else -1 for i, j in pairs]
    )
    mixed_docs = [d for _, corpus, _ in sets for d in corpus[0]]
    mixed_claims = [c for _, corpus, _ in sets for c in corpus[1]]
    mixed_vectors = np.vstack([corpus[2] for _, corpus, _ in sets])
    set_of = {d.id: name for name, corpus, _ in sets for d in corpus[0]}
    # the line that imputes words across languages is fitted on the French and English sets'
    # same-language pairs (ECB+ English wire copy shares more words than they do)
    mpairs, x_mix = story_pairs(mixed_docs, mixed_claims, mixed_vectors)
    same = np.array([mixed_docs[i].lang == mixed_docs[j].lang for i, j in mpairs])
    story_line = _impute_across(
        x_mix,
        same,
        source=STORY_FEATURES.index("centroid"),
        target=STORY_FEATURES.index("lexical"),
    )
    y_mix = np.array(
        [set_of[mixed_docs[i].id] == set_of[mixed_docs[j].id] for i, j in mpairs], float
    )
    x = np.vstack([x_ecb, x_mix])
    y = np.concatenate([y_ecb, y_mix])
    gold_weight = STORY_GOLD_SHARE / (1 - STORY_GOLD_SHARE) * len(y_ecb) / max(len(y_mix), 1)
    w = np.concatenate([np.ones(len(y_ecb)), np.full(len(y_mix), gold_weight)])
    fold = np.concatenate([fold_ecb, np.full(len(y_mix), -1)])
    story = fit_logistic(x, y, STORY_FEATURES, weights=w)
    story = dataclasses.replace(
        story,
        threshold=STORY_THRESHOLD,
        meta={
            "fitted": dt.date.today().isoformat(),
            "commit": git_commit(),
            "lexical_from_centroid": story_line,
            "training": {
                "ecbplus_pairs": len(y_ecb),
                "gold_set_pairs": len(y_mix),
                "gold_weight": round(gold_weight, 2),
            },
            "held_out_ecbplus_article_pairs": _held_out(
                x, y, w, fold, STORY_FEATURES, STORY_THRESHOLD
            ),
            "gold_sets_in_sample": _pr(story.probability(x_mix), y_mix, STORY_THRESHOLD),
        },
    )
    _say(f"story model: {story.meta['held_out_ecbplus_article_pairs']}")
    return story, _fit_pairs(ecb, topic, chains, sets, story, columns)


def _fit_pairs(
    ecb: Corpus,
    topic: dict[str, int],
    chains: list[set[str]],
    sets: list[tuple[str, Corpus, dict[str, Any]]],
    story: LogisticModel,
    columns: tuple[str, ...],
) -> LogisticModel:
    """The pair model over `columns`, fitted on candidate pairs inside `story`'s stories."""
    _, claims, vectors = ecb
    rows: list[Matrix] = []
    labels: list[npt.NDArray[np.float64]] = []
    weights: list[npt.NDArray[np.float64]] = []
    folds: list[npt.NDArray[np.int64]] = []
    same_language: list[npt.NDArray[np.bool_]] = []
    neutral = LogisticModel(
        PAIR_FEATURES,
        (0.0,) * len(PAIR_FEATURES),
        0.0,
        (0.0,) * len(PAIR_FEATURES),
        (1.0,) * len(PAIR_FEATURES),
    )
    stories = _story_of(ecb, story)
    candidates = _candidates(ecb, stories)
    labelled = [(i, j) for i, j in candidates if chains[i] and chains[j]]
    scorer = PairScorer(claims, vectors, model=neutral, stories=stories)
    rows.append(scorer.features(labelled))
    labels.append(np.array([bool((chains[i] & chains[j]) - {"?"}) for i, j in labelled], float))
    weights.append(np.ones(len(labelled)))
    folds.append(np.array([topic[claims[i].document_id] % 2 for i, _ in labelled]))
    same_language.append(np.ones(len(labelled), bool))
    for name, corpus, checks in sets:
        _, gclaims, gvectors = corpus
        gold = gold_pair_labels(gclaims, checks)
        stories = _story_of(corpus, story)
        chosen = sorted(set(_candidates(corpus, stories)) & set(gold))
        if not chosen:
            continue
        gscorer = PairScorer(gclaims, gvectors, model=neutral, stories=stories)
        rows.append(gscorer.features(chosen))
        labels.append(np.array([gold.get(p, 0) for p in chosen], float))
        weights.append(np.full(len(chosen), GOLD_WEIGHT))
        folds.append(np.full(len(chosen), -1))
        same_language.append(np.array([gclaims[i].lang == gclaims[j].lang for i, j in chosen]))
        _say(f"  {name}: {len(chosen)} labelled pairs ({int(labels[-1].sum())} same fact)")
    x = np.vstack(rows)
    y = np.concatenate(labels)
    w = np.concatenate(weights)
    fold = np.concatenate(folds)
    # the neutral model imputes nothing: cross-language rows get the line they meet at run time
    pair_line = _impute_across(
        x,
        np.concatenate(same_language),
        source=PAIR_FEATURES.index("dense"),
        target=PAIR_FEATURES.index("lexical"),
    )
    x = x[:, [PAIR_FEATURES.index(name) for name in columns]]
    pair = fit_logistic(x, y, columns, weights=w)
    n_ecb = len(labels[0])
    pair = dataclasses.replace(
        pair,
        threshold=PAIR_THRESHOLD,
        meta={
            "fitted": dt.date.today().isoformat(),
            "commit": git_commit(),
            "lexical_from_dense": pair_line,
            "training": {
                "ecbplus_pairs": n_ecb,
                "gold_set_pairs": int(len(y) - n_ecb),
                "gold_weight": GOLD_WEIGHT,
            },
            "held_out_ecbplus_claim_pairs": _held_out(x, y, w, fold, columns, PAIR_THRESHOLD),
            "gold_sets_in_sample": _pr(pair.probability(x[n_ecb:]), y[n_ecb:], PAIR_THRESHOLD),
        },
    )
    _say(f"pair model: {pair.meta['held_out_ecbplus_claim_pairs']}")
    return pair


def main(argv: list[str] | None = None) -> int:
    """Fit both models and write them (unless --dry-run)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fit_scorers", description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--dry-run", action="store_true", help="print the models, write nothing")
    parser.add_argument(
        "--cache", type=Path, help="keep the read, grounded and embedded corpora here (pickles)"
    )
    parser.add_argument(
        "--features",
        help="comma-separated pair features to fit (default: the shipped pair model's columns; "
        f"known: {', '.join(PAIR_FEATURES)})",
    )
    parser.add_argument(
        "--pair-only",
        action="store_true",
        help="keep the shipped story model and refit the pair model only",
    )
    args = parser.parse_args(argv)
    story, pair = fit(
        args.data.resolve(),
        args.cache,
        columns=args.features.split(",") if args.features else None,
        story=load_model("story_model") if args.pair_only else None,
    )
    refitted = (
        [("pair_model", pair)] if args.pair_only else [("story_model", story), ("pair_model", pair)]
    )
    for name, model in refitted:
        text = json.dumps(model.to_json(), indent=1, ensure_ascii=False) + "\n"
        if args.dry_run:
            print(text)
        else:
            (REPO / "claimcheck" / "data" / f"{name}.json").write_text(text, "utf-8")
            _say(f"wrote claimcheck/data/{name}.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
