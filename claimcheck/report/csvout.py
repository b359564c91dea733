"""Report -> CSV: one row per claim, safe to open in a spreadsheet.

Columns: claim_id, document_id, published, lang, status, cluster_id, cluster_sources (documents
in the claim's cluster), cluster_independent_sources (distinct origins among them),
cluster_first_published and cluster_first_document (the earliest dated publication of the
fact), origin (where the claim's passage comes from: "AFP dispatch", or its own outlet),
discrepancy_kinds and disputed_value (one `;`-joined entry per
discrepancy or update the claim takes a side in, in the same order), start, end, text
(verbatim, whitespace collapsed; a resolved anaphor is followed by its referent in brackets:
"Elle [la Chambre des représentants] entend"), review (the claim's own review: "wrong by
NAME: note" or "retract by NAME: note"), discrepancy_reviews (`;`-joined "ref state" of the
discrepancies it is on: a dismissed one reads "d-3f2a9c1b dismissed by NAME: note"). Cells
that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
return) get a leading `'`.
"""

from __future__ import annotations

import csv
import io

from claimcheck.models import Claim, Cluster, Report, Review, Side
from claimcheck.report.context import with_context

__all__ = ["COLUMNS", "to_csv"]

COLUMNS = (
    "claim_id",
    "document_id",
    "published",
    "lang",
    "status",
    "cluster_id",
    "cluster_sources",
    "cluster_independent_sources",
    "cluster_first_published",
    "cluster_first_document",
    "origin",
    "discrepancy_kinds",
    "disputed_value",
    "start",
    "end",
    "text",
    "review",
    "discrepancy_reviews",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str | int | None) -> str | int:
    """A cell a spreadsheet shows as text: formula-looking strings get a leading quote."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _disputes(report: Report) -> dict[str, list[tuple[str, str]]]:
    """For each claim id: (kind, value) of every discrepancy or update side it is on."""
    out: dict[str, list[tuple[str, str]]] = {}

    def add(kind: str, side: Side) -> None:
        for claim_id in dict.fromkeys(side.claim_ids):
            out.setdefault(claim_id, []).append((kind, _collapse(side.value)))

    for discrepancy in report.discrepancies:
        for side in discrepancy.sides:
            add(discrepancy.kind, side)
    for update in report.updates:
        add(update.kind, update.earlier)
        add(update.kind, update.later)
    return out


def _said(review: Review | None) -> str:
    if review is None:
        return ""
    return _collapse(f"{review.action} by {review.reviewer}: {review.note}".rstrip(": "))


def _reviews(report: Report) -> dict[str, list[str]]:
    """For each claim id: "ref state" of each reviewed discrepancy it is on."""
    out: dict[str, list[str]] = {}
    for d in report.discrepancies:
        if d.review_state is None:
            continue
        said = f" ({_said(d.review)})" if d.review else ""
        for side in d.sides:
            for claim_id in dict.fromkeys(side.claim_ids):
                out.setdefault(claim_id, []).append(f"{d.ref} {d.review_state}{said}")
    return out


def _row(
    claim: Claim,
    published: dict[str, str | None],
    clusters: dict[str, Cluster],
    origins: dict[str, str],
    disputes: list[tuple[str, str]],
    reviews: list[str],
) -> list[str | int]:
    cluster = clusters.get(claim.cluster_id or "")
    cells: list[str | int | None] = [
        claim.id,
        claim.document_id,
        published.get(claim.document_id),
        claim.lang,
        claim.status,
        claim.cluster_id,
        len(set(cluster.document_ids)) if cluster else 1,
        cluster.independent_sources if cluster else 1,
        cluster.first_published if cluster else published.get(claim.document_id),
        cluster.first_document_id if cluster else None,
        origins.get(claim.origin_id or "", claim.document_id),
        ";".join(kind for kind, _ in disputes),
        ";".join(value for _, value in disputes),
        claim.start,
        claim.end,
        _collapse(with_context(claim)),
        _said(claim.review),
        ";".join(reviews),
    ]
    return [_cell(c) for c in cells]


def to_csv(report: Report) -> str:
    """The report's claims as CSV text (RFC 4180 quoting, `\\r\\n` line ends, with a header)."""
    clusters = {c.id: c for c in report.clusters}
    origins = {o.id: o.label for o in report.origins}
    published = {d.id: d.published for d in report.documents}
    disputes = _disputes(report)
    reviews = _reviews(report)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for claim in report.claims:
        disputed, reviewed = disputes.get(claim.id, []), reviews.get(claim.id, [])
        writer.writerow(_row(claim, published, clusters, origins, disputed, reviewed))
    return buffer.getvalue()
