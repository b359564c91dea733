"""Report + gold checks -> GoldScore: how a report fares against what it must and must not say.

The gold format is the one of the seeds' gold file and of `fixtures/gold.json` (one section per
event); the semantics are those of the project's `score-gold` tool:

- must_conflict: caught when some discrepancy puts a claim of group `a` (text, or the side's
  value, contains `a_value`) on one side and one of group `b` on another side: a true positive.
- must_not_conflict: violated when a discrepancy opposes its two groups that way: a false
  positive.
- must_cluster: one cluster holds claims (containing `value` when given; 'x|y' = either)
  from at least `min_docs` of `docs`; with `cross_lingual`, mixing an `en_docs` document with
  another.
- single_source: some claim of `doc` containing `value` is single-source.
- must_not_cluster: violated when one cluster holds a claim of group `a` (its text contains
  `a_value`) and one of group `b`: two facts wrongly merged.
- must_update: caught when some update's earlier side hits group `a` and its later side
  group `b` (as for must_conflict).
- sprawl: the most claims of one document in one cluster; the largest cluster.

Also counted, for information: "unlabelled" discrepancies, whose sides oppose no gold check.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from claimcheck.models import Report

__all__ = ["GoldScore", "prf", "score"]


def _alts(value: str | None) -> list[str]:
    return [a.casefold() for a in value.split("|")] if value else [""]


def _has(text: str | None, value: str | None) -> bool:
    folded = (text or "").casefold()
    return any(a in folded for a in _alts(value))


@dataclass(frozen=True)
class GoldScore:
    """Counts of one report against one gold section."""

    conflicts: int
    caught: int
    false_conflicts: int
    guarded: int
    clusters: int
    clustered: int
    single: int
    single_ok: int
    discrepancies: int
    unlabelled: int
    largest_cluster: int
    max_per_document: int
    failures: tuple[str, ...]
    not_merged: int = 0
    """must_not_cluster checks in the gold"""
    merged: int = 0
    """of them, violated: two facts in one cluster"""
    must_update: int = 0
    updated: int = 0
    passed: dict[tuple[str, str], bool] = field(default_factory=dict)
    """(category, check id) -> whether the check holds (must_not_conflict: no false conflict)"""

    def as_dict(self) -> dict[str, Any]:
        """Plain form for JSON."""
        out = {k: (list(v) if isinstance(v, tuple) else v) for k, v in self.__dict__.items()}
        out["passed"] = {f"{cat}/{cid}": ok for (cat, cid), ok in self.passed.items()}
        return out

    def summary(self) -> str:
        """One line, as the score-gold tool prints it."""
        return (
            f"conflicts caught {self.caught}/{self.conflicts}, false conflicts "
            f"{self.false_conflicts}, clustered {self.clustered}/{self.clusters}, single-source "
            f"{self.single_ok}/{self.single}, largest cluster {self.largest_cluster} claims, at "
            f"most {self.max_per_document} of one document in a cluster"
            + (f", wrongly merged {self.merged}/{self.not_merged}" if self.not_merged else "")
            + (f", updates {self.updated}/{self.must_update}" if self.must_update else "")
        )


def score(report: Report | dict[str, Any], gold: dict[str, Any]) -> GoldScore:
    """Score a report (a `Report`, or its public JSON form) against one gold section."""
    data: dict[str, Any] = report.model_dump(mode="json") if isinstance(report, Report) else report
    passed: dict[tuple[str, str], bool] = {}
    claims: dict[str, dict[str, Any]] = {c["id"]: c for c in data.get("claims", [])}
    en = set(gold.get("en_docs", []))

    def doc(cid: str) -> str | None:
        return claims[cid]["document_id"] if cid in claims else None

    def side_hits(side: dict[str, Any], docs: list[str], value: str) -> bool:
        return any(
            doc(c) in docs
            and (
                _has(claims[c].get("text"), value)
                or bool(value and _has(str(side.get("value", "")), value))
            )
            for c in side.get("claim_ids", [])
            if c in claims
        )

    def opposes(d: dict[str, Any], check: dict[str, Any]) -> bool:
        sides = d.get("sides", [])
        return any(
            i != j
            and side_hits(s1, check["a"], check["a_value"])
            and side_hits(s2, check["b"], check["b_value"])
            for i, s1 in enumerate(sides)
            for j, s2 in enumerate(sides)
        )

    discrepancies = data.get("discrepancies", [])
    failures: list[str] = []
    must, must_not = gold.get("must_conflict", []), gold.get("must_not_conflict", [])
    labelled: set[int] = set()
    caught = 0
    for check in must:
        hits = [k for k, d in enumerate(discrepancies) if opposes(d, check)]
        labelled.update(hits)
        caught += bool(hits)
        passed[("must_conflict", check["id"])] = bool(hits)
        if not hits:
            failures.append(f"missed conflict {check['id']}")
    false = 0
    for check in must_not:
        hits = [k for k, d in enumerate(discrepancies) if opposes(d, check)]
        labelled.update(hits)
        passed[("must_not_conflict", check["id"])] = not hits
        if hits:
            false += 1
            d = discrepancies[hits[0]]
            values = [s.get("value") for s in d.get("sides", [])]
            failures.append(f"false conflict {check['id']}: {d.get('kind')} {values}")
    clustered = 0
    for check in gold.get("must_cluster", []):
        found = False
        for cluster in data.get("clusters", []):
            docs = {
                doc(c)
                for c in cluster.get("claim_ids", [])
                if doc(c) in check["docs"]
                and (not check.get("value") or _has(claims[c].get("text"), check["value"]))
            }
            if len(docs) >= check["min_docs"] and (
                not check.get("cross_lingual") or (docs & en and docs - en)
            ):
                found = True
                break
        clustered += found
        passed[("must_cluster", check["id"])] = found
        if not found:
            failures.append(f"not clustered {check['id']}")
    single_ok = 0
    for check in gold.get("single_source", []):
        carriers = [
            claim
            for claim in claims.values()
            if claim["document_id"] == check["doc"] and _has(claim.get("text"), check["value"])
        ]
        ok = any(claim.get("status") == "single-source" for claim in carriers)
        passed[("single_source", check["id"])] = ok
        if ok:
            single_ok += 1
        else:
            failures.append(f"not single-source {check['id']} ({len(carriers)} claims)")
    merged = 0
    for check in gold.get("must_not_cluster", []):
        wrong = None
        for cluster in data.get("clusters", []):
            ids = [c for c in cluster.get("claim_ids", []) if c in claims]
            a = any(
                doc(c) in check["a"] and _has(claims[c].get("text"), check["a_value"]) for c in ids
            )
            b = any(
                doc(c) in check["b"] and _has(claims[c].get("text"), check["b_value"]) for c in ids
            )
            if a and b:
                wrong = cluster.get("id")
                break
        passed[("must_not_cluster", check["id"])] = wrong is None
        if wrong is not None:
            merged += 1
            failures.append(f"wrongly merged {check['id']} (cluster {wrong})")
    updated = 0
    for check in gold.get("must_update", []):
        ok = any(
            side_hits(u.get("earlier", {}), check["a"], check["a_value"])
            and side_hits(u.get("later", {}), check["b"], check["b_value"])
            for u in data.get("updates", [])
        )
        updated += ok
        passed[("must_update", check["id"])] = ok
        if not ok:
            failures.append(f"missed update {check['id']}")
    largest, sprawl = 0, 0
    for cluster in data.get("clusters", []):
        ids = [c for c in cluster.get("claim_ids", []) if c in claims]
        largest = max(largest, len(ids))
        sprawl = max(sprawl, max(Counter(doc(c) for c in ids).values(), default=0))
    return GoldScore(
        conflicts=len(must),
        caught=caught,
        false_conflicts=false,
        guarded=len(must_not),
        clusters=len(gold.get("must_cluster", [])),
        clustered=clustered,
        single=len(gold.get("single_source", [])),
        single_ok=single_ok,
        discrepancies=len(discrepancies),
        unlabelled=len(discrepancies) - len(labelled),
        largest_cluster=largest,
        max_per_document=sprawl,
        failures=tuple(failures),
        not_merged=len(gold.get("must_not_cluster", [])),
        merged=merged,
        must_update=len(gold.get("must_update", [])),
        updated=updated,
        passed=passed,
    )


def prf(tp: int, fp: int, positives: int) -> tuple[float, float, float]:
    """Precision, recall, F1 (precision 1 when nothing was predicted)."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / positives if positives else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
