"""clusters + discrepancies + updates -> statuses of claims and clusters."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from claimcheck.models import Claim, Cluster, Discrepancy, Origin, Status, Update
from claimcheck.provenance import chronological

__all__ = ["judge"]


def _disputed_claims(
    discrepancies: Sequence[Discrepancy], cluster_of: dict[str, str], shared: set[str]
) -> set[str]:
    """Ids of the claims that discrepancies make conflicting.

    Every claim on a side of a date, number, entity or quote disagreement. For a spelling,
    only the claims that use the variant (the majority form is right), and only where their
    fact has more than one source: a misspelt name in a fact nobody else reports leaves that
    fact single-source.
    """
    out: set[str] = set()
    for d in discrepancies:
        if d.kind != "spelling":
            out.update(cid for side in d.sides for cid in side.claim_ids)
            continue
        out.update(
            cid for side in d.sides[1:] for cid in side.claim_ids if cluster_of.get(cid) in shared
        )
    return out


def judge(
    clusters: dict[str, list[Claim]],
    discrepancies: Sequence[Discrepancy],
    updates: Sequence[Update],
    *,
    origins: Sequence[Origin] = (),
    origin_of: dict[str, str] | None = None,
    published: dict[str, str | None] | None = None,
    count: Literal["origins", "outlets"] = "origins",
    probability: dict[str, float | None] | None = None,
    min_probability: float = 0.0,
    story_of: dict[str, str] | None = None,
) -> tuple[list[Claim], list[Cluster]]:
    """Claims with `status`, `cluster_id` and `origin_id` set, and the clusters with theirs.

    A claim a discrepancy disputes is `conflicting`; one on the later side of an update is
    `update`; otherwise a claim whose fact two or more independent origins report is
    `corroborated` (with `count="outlets"`: two or more documents, the older rule), and
    `single-source` otherwise — "3 outlets, 1 origin (AFP dispatch)" says why. A cluster
    corroborates only when `probability[cluster]`, the mean P(same fact) of its claim pairs
    from different documents, reaches `min_probability`. A cluster takes the strongest status
    of its claims in that order.
    """
    probability = probability or {}
    story_of = story_of or {}
    origin_of = origin_of or {}
    published = published or {}
    label = {o.id: o.label for o in origins}
    cluster_of = {c.id: cid for cid, members in clusters.items() for c in members}
    weights: dict[str, tuple[int, int]] = {}
    for cid, members in clusters.items():
        outlets = len({c.document_id for c in members})
        independent = len({origin_of.get(c.id, c.document_id) for c in members})
        weights[cid] = (outlets, independent)
    shared = {
        cid
        for cid, (outlets, independent) in weights.items()
        if (independent if count == "origins" else outlets) >= 2
        and (probability.get(cid) or 0.0) >= min_probability
    }
    conflicting = _disputed_claims(discrepancies, cluster_of, shared)
    revised = {cid for u in updates for cid in u.later.claim_ids}
    claims_out: list[Claim] = []
    clusters_out: list[Cluster] = []
    order: tuple[Status, ...] = ("conflicting", "update", "corroborated", "single-source")
    for cluster_id, members in clusters.items():
        statuses: list[Status] = []
        for claim in members:
            status: Status
            if claim.id in conflicting:
                status = "conflicting"
            elif claim.id in revised:
                status = "update"
            else:
                status = "corroborated" if cluster_id in shared else "single-source"
            statuses.append(status)
            claims_out.append(
                claim.model_copy(
                    update={
                        "status": status,
                        "cluster_id": cluster_id,
                        "origin_id": origin_of.get(claim.id),
                        "story_id": story_of.get(claim.document_id),
                    }
                )
            )
        outlets, independent = weights[cluster_id]
        docs = chronological([c.document_id for c in members], published)
        dated = [d for d in docs if published.get(d)]
        origin_ids = sorted({origin_of[c.id] for c in members if c.id in origin_of})
        why = None
        p = probability.get(cluster_id)
        if outlets > 1 and independent == 1 and origin_ids:
            why = f"{outlets} outlets, 1 origin ({label.get(origin_ids[0], '?')})"
        elif outlets > 1 and p is not None and p < min_probability:
            why = (
                f"{outlets} outlets, but P(same fact) {p:.2f} is below {min_probability:.2f}: "
                "related claims, not corroboration"
            )
        elif outlets > 1:
            why = f"{outlets} outlets, {independent} independent origins"
        clusters_out.append(
            Cluster(
                id=cluster_id,
                claim_ids=tuple(c.id for c in members),
                document_ids=tuple(docs),
                status=next(s for s in order if s in statuses),
                outlets=outlets,
                independent_sources=independent,
                first_document_id=dated[0] if dated else None,
                first_published=published.get(dated[0]) if dated else None,
                explanation=why,
                story_id=story_of.get(members[0].document_id) if members else None,
                probability=None if p is None else round(min(max(p, 0.0), 1.0), 4),
            )
        )
    return claims_out, clusters_out
