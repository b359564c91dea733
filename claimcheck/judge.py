"""clusters + discrepancies + updates -> statuses of claims and clusters."""

from __future__ import annotations

from collections.abc import Sequence

from claimcheck.models import Claim, Cluster, Discrepancy, Status, Update

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
) -> tuple[list[Claim], list[Cluster]]:
    """Claims with `status` and `cluster_id` set, and the clusters with theirs.

    A claim a discrepancy disputes is `conflicting`; one on the later side of an update is
    `update`; otherwise a claim whose cluster spans two or more documents is `corroborated`,
    and `single-source` when it stands alone. A cluster takes the strongest status of its
    claims in that order.
    """
    cluster_of = {c.id: cid for cid, members in clusters.items() for c in members}
    shared = {cid for cid, members in clusters.items() if len({c.document_id for c in members}) > 1}
    conflicting = _disputed_claims(discrepancies, cluster_of, shared)
    revised = {cid for u in updates for cid in u.later.claim_ids}
    claims_out: list[Claim] = []
    clusters_out: list[Cluster] = []
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
            claims_out.append(claim.model_copy(update={"status": status, "cluster_id": cluster_id}))
        order: tuple[Status, ...] = ("conflicting", "update", "corroborated", "single-source")
        clusters_out.append(
            Cluster(
                id=cluster_id,
                claim_ids=tuple(c.id for c in members),
                document_ids=tuple(dict.fromkeys(c.document_id for c in members)),
                status=next(s for s in order if s in statuses),
            )
        )
    return claims_out, clusters_out
