"""Report + review decisions -> Report: a person's decisions, recorded in the store and applied.

A fact-checker confirms or dismisses a discrepancy, or marks a claim wrong or retracted; the
decision is kept in the store (`SQLiteStore.add_review`, one transaction) with a note, the
reviewer's name and the time (UTC). Run-specific ids (cluster `c12`, discrepancy `d3`) change
between runs, so decisions are keyed by what does not:

- a discrepancy by its **fingerprint**: its kind and, for each side, the set of (document id,
  hash of the claim's verbatim text); its short form `d-xxxxxxxx` is the `ref` every report
  prints. Failing that, by its **values**: the same kind, the same normalised side values, and
  each side's documents at the decision among that value's documents now (a later run may add
  articles to a side);
- a claim by its document id and the hash of its verbatim text (`k-xxxxxxxx`).

`apply` is the one place decisions change a report: a dismissed discrepancy no longer makes
its claims conflicting, a claim marked wrong or retracted no longer counts as corroboration
(its cluster is judged again without it), and a discrepancy whose side holds only such claims
is resolved. `check`'s gate follows from the statuses that result.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import json
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, Literal, get_args

from claimcheck.errors import UsageError
from claimcheck.judge import judge
from claimcheck.models import Claim, Discrepancy, Report, Review, ReviewAction, ReviewState
from claimcheck.store import text_key

__all__ = [
    "ACTIONS",
    "UnknownReference",
    "apply",
    "claim_ref",
    "decisions",
    "discrepancy_ref",
    "findings",
    "record",
    "undo",
    "with_refs",
]

#: action -> what it applies to
ACTIONS: dict[str, Literal["discrepancy", "claim"]] = {
    "confirm": "discrepancy",
    "dismiss": "discrepancy",
    "wrong": "claim",
    "retract": "claim",
}
assert set(ACTIONS) == set(get_args(ReviewAction))


def _hash(payload: Any) -> str:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _normal(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


def _keys(
    d: Discrepancy, claims: dict[str, Claim]
) -> tuple[str, tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """(fingerprint, sorted normalised values, documents of each value) of a discrepancy."""
    sides = sorted(
        sorted(
            {(claims[c].document_id, text_key(claims[c].text)) for c in s.claim_ids if c in claims}
        )
        for s in d.sides
    )
    pairs = sorted((_normal(s.value), tuple(sorted(set(s.document_ids)))) for s in d.sides)
    return (
        _hash(["discrepancy", d.kind, sides]),
        tuple(v for v, _ in pairs),
        tuple(docs for _, docs in pairs),
    )


def discrepancy_ref(d: Discrepancy, claims: dict[str, Claim]) -> str:
    """The stable, printable reference of a discrepancy: `d-` and 8 hex digits."""
    return "d-" + _keys(d, claims)[0][:8]


def _claim_key(claim: Claim) -> tuple[str, str]:
    return claim.document_id, text_key(claim.text)


def _claim_fingerprint(claim: Claim) -> str:
    return _hash(["claim", *_claim_key(claim)])


def claim_ref(claim: Claim) -> str:
    """The stable, printable reference of a claim: `k-` and 8 hex digits."""
    return "k-" + _claim_fingerprint(claim)[:8]


def with_refs(report: Report) -> Report:
    """The report with every discrepancy's `ref` set."""
    claims = {c.id: c for c in report.claims}
    return report.model_copy(
        update={
            "discrepancies": tuple(
                d.model_copy(update={"ref": discrepancy_ref(d, claims)})
                for d in report.discrepancies
            )
        }
    )


def _summary(d: Discrepancy) -> str:
    sides = " vs ".join(f"{s.value} [{', '.join(s.document_ids)}]" for s in d.sides)
    return " ".join(f"{d.kind}: {sides}".split())[:500]


def _template(d: Discrepancy, claims: dict[str, Claim]) -> dict[str, Any]:
    """What a decision on `d` records besides the decision itself."""
    fingerprint, values, documents = _keys(d, claims)
    return {
        "ref": "d-" + fingerprint[:8],
        "target": "discrepancy",
        "fingerprint": fingerprint,
        "kind": d.kind,
        "values": values,
        "document_ids": documents,
        "summary": _summary(d),
    }


def _claim_template(claim: Claim) -> dict[str, Any]:
    return {
        "ref": claim_ref(claim),
        "target": "claim",
        "fingerprint": _claim_fingerprint(claim),
        "document_id": claim.document_id,
        "start": claim.start,
        "end": claim.end,
        "text_key": text_key(claim.text),
        "summary": " ".join(f"{claim.document_id}: {claim.text}".split())[:500],
    }


def findings(report: Report, discrepancies: Iterable[Discrepancy]) -> list[tuple[str, str]]:
    """(ref, JSON) of discrepancies, for `SQLiteStore.note_findings`: what a later decision on
    one of them needs, so that `claimcheck review dismiss d-…` works without a new run."""
    claims = {c.id: c for c in report.claims}
    out = []
    for d in discrepancies:
        template = _template(d, claims)
        out.append((str(template["ref"]), json.dumps(template, ensure_ascii=False)))
    return out


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class UnknownReference(UsageError):
    """A review names a discrepancy or claim that no run against the store has seen."""

    code = "E210"


def _unknown(ref: str, what: str) -> UnknownReference:
    return UnknownReference(
        f"unknown {what} reference {ref!r}; expected a d-xxxxxxxx reference printed by "
        "`claimcheck check` or `report` (for a discrepancy) or a claim id or k-xxxxxxxx (for a "
        "claim), from a run against this store: `claimcheck review list` shows the decisions"
    )


def _stored_claim(store: Any, ref: str) -> Claim | None:
    """A stored claim by id or by k-ref (read from the store's claims table)."""
    for claim in store.claims():
        if claim.id == ref or claim_ref(claim) == ref:
            return claim  # type: ignore[no-any-return]
    return None


def record(
    store: Any,
    ref: str,
    action: str,
    *,
    reviewer: str,
    note: str = "",
    report: Report | None = None,
    at: str | None = None,
) -> Review:
    """Record a decision on `ref` in `store` (one transaction); returns it.

    `action`: confirm or dismiss (a discrepancy, `ref` = `d-xxxxxxxx`), wrong or retract (a
    claim, `ref` = its id or `k-xxxxxxxx`). The target is looked up in `report` when given,
    else among the discrepancies the store noted (`check` notes those it finds) or its claims.
    An unknown reference or action raises `UsageError`.
    """
    target = ACTIONS.get(action)
    if target is None:
        raise UsageError(f"unknown review action {action!r}; expected one of {', '.join(ACTIONS)}")
    if not reviewer.strip():
        raise UsageError("a review needs the reviewer's name (--reviewer NAME)")
    template: dict[str, Any] | None = None
    if target == "discrepancy":
        if report is not None:
            claims = {c.id: c for c in report.claims}
            for d in report.discrepancies:
                if (d.ref or discrepancy_ref(d, claims)) == ref:
                    template = _template(d, claims)
                    break
        if template is None and hasattr(store, "finding"):
            noted = store.finding(ref)
            template = None if noted is None else json.loads(noted)
        if template is None:
            raise _unknown(ref, "discrepancy")
    else:
        found: Claim | None = None
        if report is not None:
            found = next((c for c in report.claims if ref in (c.id, claim_ref(c))), None)
        if found is None and hasattr(store, "claims"):
            found = _stored_claim(store, ref)
        if found is None:
            raise _unknown(ref, "claim")
        template = _claim_template(found)
    review = Review.model_validate(
        {
            **template,
            "action": action,
            "reviewer": reviewer.strip(),
            "note": note,
            "at": at or _now(),
        }
    )
    store.add_review(
        review.ref, review.target, review.fingerprint, review.model_dump_json(), review.at
    )
    return review


def decisions(store: Any) -> list[Review]:
    """The decisions in force in `store`, oldest first: the latest one on each target.

    A store without review support (any `Store` other than `SQLiteStore`) has none.
    """
    if store is None or not hasattr(store, "review_rows"):
        return []
    latest: dict[str, Review] = {}
    for row in store.review_rows():
        review = Review.model_validate_json(row)
        latest.pop(review.fingerprint, None)
        latest[review.fingerprint] = review
    return list(latest.values())


def undo(store: Any, ref: str) -> int:
    """Delete the decisions on `ref`; returns how many; an unknown ref raises `UsageError`."""
    removed = int(store.remove_reviews(ref))
    if not removed:
        raise UnknownReference(
            f"no decision on {ref!r} in this store; `claimcheck review list` shows them"
        )
    return removed


def _match(
    d: Discrepancy,
    claims: dict[str, Claim],
    exact: dict[str, Review],
    coarse: Sequence[Review],
) -> Review | None:
    fingerprint, values, documents = _keys(d, claims)
    if fingerprint in exact:
        return exact[fingerprint]
    for review in reversed(coarse):  # the latest first
        if (
            review.kind == d.kind
            and review.values == values
            and len(review.document_ids) == len(documents)
            and all(
                set(was) <= set(now)
                for was, now in zip(review.document_ids, documents, strict=True)
            )
        ):
            return review
    return None


def apply(report: Report, reviews: Sequence[Review]) -> Report:
    """The report with `reviews` in force: refs set, decisions matched, statuses judged again.

    Discrepancies get `review_state` (confirmed, dismissed, or resolved when all but one side
    hold only claims marked wrong or retracted) and the matching `review`; claims get their
    `review`. Claims of dismissed or resolved discrepancies, and every cluster holding a
    marked claim, are judged again without them; the report lists all `reviews`.
    """
    report = with_refs(report)
    if not reviews:
        return report
    claims = {c.id: c for c in report.claims}
    on_claims = {(r.document_id, r.text_key): r for r in reviews if r.target == "claim"}
    marked = {c.id: on_claims[_claim_key(c)] for c in report.claims if _claim_key(c) in on_claims}
    on_discrepancies = [r for r in reviews if r.target == "discrepancy"]
    exact = {r.fingerprint: r for r in on_discrepancies}
    discrepancies: list[Discrepancy] = []
    for d in report.discrepancies:
        review = _match(d, claims, exact, on_discrepancies)
        state: ReviewState | None = None
        if review is not None:
            state = "dismissed" if review.action == "dismiss" else "confirmed"
        live = [s for s in d.sides if any(c not in marked for c in s.claim_ids)]
        if state != "dismissed" and len(live) < 2:
            state = "resolved"
        discrepancies.append(d.model_copy(update={"review_state": state, "review": review}))
    out = report.model_copy(
        update={
            "discrepancies": tuple(discrepancies),
            "claims": tuple(
                c.model_copy(update={"review": marked[c.id]}) if c.id in marked else c
                for c in report.claims
            ),
            "reviews": tuple(reviews),
        }
    )
    if not marked and all(d.review_state in (None, "confirmed") for d in discrepancies):
        return out
    return _rejudge(out, set(marked))


def _judge_options(report: Report) -> dict[str, Any]:
    """The judge's optional inputs the report records: cluster probabilities and the
    corroboration threshold (when this version of the judge takes them)."""
    params = inspect.signature(judge).parameters
    out: dict[str, Any] = {}
    if "probability" in params:
        out["probability"] = {c.id: getattr(c, "probability", None) for c in report.clusters}
    threshold = report.settings.get("corroboration_probability")
    if "min_probability" in params and isinstance(threshold, int | float):
        out["min_probability"] = float(threshold)
    return out


def _rejudge(report: Report, marked: set[str]) -> Report:
    """Statuses judged again without dismissed or resolved discrepancies and marked claims."""
    claims = {c.id: c for c in report.claims}
    live = [
        d.model_copy(
            update={
                "sides": tuple(
                    s.model_copy(
                        update={"claim_ids": tuple(c for c in s.claim_ids if c not in marked)}
                    )
                    for s in d.sides
                    if any(c not in marked for c in s.claim_ids)
                )
            }
        )
        for d in report.discrepancies
        if d.review_state not in ("dismissed", "resolved")
    ]
    members = {
        cluster.id: [claims[c] for c in cluster.claim_ids if c in claims and c not in marked]
        for cluster in report.clusters
    }
    members = {cid: claims_ for cid, claims_ in members.items() if claims_}
    count = report.settings.get("count", "origins")
    judged, clusters = judge(  # the same rules and thresholds as the run that made the report
        members,
        live,
        report.updates,
        origins=report.origins,
        origin_of={c.id: c.origin_id for c in report.claims if c.origin_id},
        published={d.id: d.published for d in report.documents},
        count="outlets" if count == "outlets" else "origins",
        **_judge_options(report),
    )
    status = {c.id: c.status for c in judged}
    again = {c.id: c for c in clusters}
    out_clusters = []
    for cluster in report.clusters:
        n_marked = sum(1 for c in cluster.claim_ids if c in marked)
        new = again.get(cluster.id)
        if new is None:  # every claim of it marked: nobody stands behind the fact any more
            update: dict[str, Any] = {
                "status": "single-source",
                "outlets": 0,
                "independent_sources": 0,
            }
        else:
            update = {
                "status": new.status,
                "outlets": new.outlets,
                "independent_sources": new.independent_sources,
                "explanation": new.explanation,
            }
        if n_marked:
            why = update.get("explanation") or ""
            update["explanation"] = (
                f"{why}; " if why else ""
            ) + f"{n_marked} claim{'s' if n_marked > 1 else ''} marked wrong or retracted"
        out_clusters.append(cluster.model_copy(update=update))
    return report.model_copy(
        update={
            "claims": tuple(
                c.model_copy(update={"status": status[c.id]}) if c.id in status else c
                for c in report.claims
            ),
            "clusters": tuple(out_clusters),
        }
    )


def record_in_store(
    store: Any,
    ref: str,
    action: str,
    *,
    reviewer: str,
    note: str = "",
    embedder: Any = None,
) -> Review:
    """`record`, and when `ref` names no discrepancy the store has noted, look for it in a
    report of the whole stored corpus (vectors come from the store: nothing is embedded)."""
    try:
        return record(store, ref, action, reviewer=reviewer, note=note)
    except UnknownReference:
        if ACTIONS.get(action) != "discrepancy" or not store.claim_count():
            raise
    from claimcheck.pipeline import check

    report = check(store=store, embedder=embedder)
    return record(store, ref, action, reviewer=reviewer, note=note, report=report)
