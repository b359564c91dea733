"""clusters + discrepancies + updates -> statuses of claims and clusters."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.models import Claim, Cluster, Discrepancy, Side, Status, Update

__all__ = ["judge"]


def _disputing(d: Discrepancy, clusters: dict[str, list[Claim]]) -> tuple[Side, ...]:
    """The sides whose claims a discrepancy makes conflicting.

    Every side of a date, number, entity or quote disagreement; for a spelling, only the
    variant (the majority form is right), and only where the fact has more than one source:
    a misspelt name in a fact nobody else reports leaves that fact single-source.
    """
    if d.kind != "spelling":
        return d.sides
    members = clusters.get(d.cluster_id, [])
    if len({c.document_id for c in members}) < 2:
        return ()
    return d.sides[1:]


def judge(
    clusters: dict[str, list[Claim]],
    discrepancies: Sequence[Discrepancy],
    updates: Sequence[Update],
) -> tuple[list[Claim], list[Cluster]]:
    """Claims with `status` and `cluster_id` set, and the clusters with theirs.

    A claim named on a side of a discrepancy is `conflicting`; one on the later side of an
    update is `update`; otherwise a claim whose cluster spans two or more documents is
    `corroborated`, and `single-source` when it stands alone.
    """
    conflicting = {
        (d.cluster_id, cid)
        for d in discrepancies
        for side in _disputing(d, clusters)
        for cid in side.claim_ids
    }
    revised = {(u.cluster_id, cid) for u in updates for cid in u.later.claim_ids}
    disputed = {
        d.cluster_id
        for d in discrepancies
        if (d.cluster_id, d.sides[0].claim_ids[0]) in conflicting or d.kind != "spelling"
    }
    updated = {u.cluster_id for u in updates}
    claims_out: list[Claim] = []
    clusters_out: list[Cluster] = []
    for cluster_id, members in clusters.items():
        documents = tuple(dict.fromkeys(c.document_id for c in members))
        shared = len(documents) >= 2
        for claim in members:
            status: Status
            if (cluster_id, claim.id) in conflicting:
                status = "conflicting"
            elif (cluster_id, claim.id) in revised:
                status = "update"
            else:
                status = "corroborated" if shared else "single-source"
            claims_out.append(claim.model_copy(update={"status": status, "cluster_id": cluster_id}))
        cluster_status: Status
        if cluster_id in disputed:
            cluster_status = "conflicting"
        elif cluster_id in updated:
            cluster_status = "update"
        else:
            cluster_status = "corroborated" if shared else "single-source"
        clusters_out.append(
            Cluster(
                id=cluster_id,
                claim_ids=tuple(c.id for c in members),
                document_ids=documents,
                status=cluster_status,
            )
        )
    return claims_out, clusters_out
