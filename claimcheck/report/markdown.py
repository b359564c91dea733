"""Report -> Markdown: discrepancies first, then each multi-source cluster, sources named."""

from __future__ import annotations

import re

from claimcheck.models import Claim, Discrepancy, Report, Review
from claimcheck.report.context import with_context

__all__ = ["to_markdown"]

_ICON = {"corroborated": "✅", "conflicting": "⚠️", "single-source": "•", "update": "🔄"}


#: Control characters (terminal escapes) and bidi overrides: shown as [U+XXXX], never passed on
_CONTROL = re.compile(
    r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f"
    r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def _escape(text: str) -> str:
    text = " ".join(text.split())
    # before the escaping below, so that the brackets of [U+001B] are escaped too
    text = _CONTROL.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)
    for ch in "\\`*_[]<>|#":
        text = text.replace(ch, "\\" + ch)
    return text


def _line(claim: Claim, published: dict[str, str | None]) -> str:
    date = published.get(claim.document_id) or "date unknown"
    text = _escape(with_context(claim))
    if claim.review is not None:  # marked wrong or retracted: struck through, tagged
        text = f"~~{text}~~ ({_review(claim.review)})"
    return f"- **{_escape(claim.document_id)}** ({date}): {text}"


_DONE = {"confirm": "confirmed", "dismiss": "dismissed", "wrong": "marked wrong",
         "retract": "retracted"}  # fmt: skip


def _review(review: Review) -> str:
    """'dismissed by Ana, 2026-12-01T09:30:00Z: the note'"""
    note = f": {review.note}" if review.note else ""
    return _escape(f"{_DONE[review.action]} by {review.reviewer}, {review.at}{note}")


def _state(d: Discrepancy) -> str:
    """The discrepancy's reference and review state, for its heading."""
    ref = f" `{d.ref}`" if d.ref else ""
    if d.review is not None and d.review_state in ("confirmed", "dismissed"):
        return f"{ref} — **{d.review_state.upper()}** ({_review(d.review)})"
    if d.review_state == "resolved":
        return f"{ref} — **RESOLVED** (a side's claims are marked wrong or retracted)"
    return ref


def _weight(outlets: int, independent: int) -> str:
    text = f"{outlets} outlet{'s' if outlets != 1 else ''}"
    if independent != outlets:
        text += f", {independent} independent origin{'s' if independent != 1 else ''}"
    return text


def to_markdown(report: Report) -> str:
    """A report a person reads in a terminal or a pull-request comment."""
    claims = {c.id: c for c in report.claims}
    published = {d.id: d.published for d in report.documents}
    counts = report.counts()
    out = [
        "# claimcheck report",
        "",
        f"{len(report.documents)} documents, {len(report.claims)} claims, "
        f"{len(report.clusters)} clusters — "
        + ", ".join(
            f"{counts[s]} {s}" for s in ("corroborated", "conflicting", "single-source", "update")
        ),
        f"Embedder: {report.embedder.name} {report.embedder.version}",
        "",
    ]
    if counts.get("non-claim"):
        out += [
            f"{counts['non-claim']} segments are not claims (headings, bylines, captions, "
            "questions...): listed nowhere below, never counted as sources.",
            "",
        ]
    if len(report.stories) > 1:
        out += ["## Stories", ""]
        for story in report.stories:
            when = f", first published {story.first_published}" if story.first_published else ""
            out.append(
                f"- **{_escape(story.id)}** — {_escape(story.label)}: "
                f"{len(story.document_ids)} articles{_escape(when)} "
                f"({_escape(', '.join(story.document_ids))})"
            )
        out.append("")
    if report.discrepancies:
        out += ["## Discrepancies", ""]
        for d in report.discrepancies:
            out.append(f"### {d.kind}: {_escape(d.explanation)}{_state(d)}")
            out.append("")
            for side in d.sides:
                first = (
                    f"; first: {side.first_document_id} ({side.first_published})"
                    if side.first_document_id
                    else ""
                )
                out.append(
                    f"**{_escape(side.value)}** — {_weight(side.outlets, side.independent_sources)}"
                    f"{_escape(first)}: {_escape(', '.join(side.document_ids))}"
                )
                out.extend(_line(claims[cid], published) for cid in side.claim_ids if cid in claims)
                out.append("")
    if report.updates:
        out += ["## Updates", ""]
        for u in report.updates:
            later = _escape(", ".join(u.later.document_ids))
            out.append(f"- {u.kind}: {_escape(u.explanation)} ({later})")
        out.append("")
    shared = [c for c in report.clusters if len(c.document_ids) >= 2]
    order = {story.id: k for k, story in enumerate(report.stories)}
    label = {story.id: story.label for story in report.stories}
    shared.sort(key=lambda c: order.get(c.story_id or "", len(order)))
    if shared:
        out += ["## Facts reported by several sources", ""]
        story_id: str | None = None
        for cluster in shared:
            if len(report.stories) > 1 and cluster.story_id != story_id:
                story_id = cluster.story_id
                name = _escape(label.get(story_id or "", ""))
                out += [f"**Story {_escape(story_id or '?')}: {name}**", ""]
            first = (
                f"; first: {cluster.first_document_id} ({cluster.first_published})"
                if cluster.first_document_id
                else ""
            )
            out.append(
                f"### {_ICON[cluster.status]} {cluster.id} — {cluster.status}, "
                f"{_escape(cluster.explanation or '')}{_escape(first)}"
            )
            out.extend(_line(claims[cid], published) for cid in cluster.claim_ids)
            out.append("")
    shared_origins = [o for o in report.origins if o.kind == "shared"]
    if shared_origins:
        out += ["## Shared origins", ""]
        for origin in shared_origins:
            out.append(f"- **{_escape(origin.label)}**: {_escape(', '.join(origin.document_ids))}")
            out.extend(f"  - {_escape(e)}" for e in origin.evidence)
        out.append("")
    if report.reviews:
        out += ["## Review decisions", ""]
        out.extend(f"- `{r.ref}` {_escape(r.summary)}: {_review(r)}" for r in report.reviews)
        out.append("")
    single = [c for c in report.claims if c.status == "single-source"]
    if single:
        out += ["## Single-source claims", ""]
        out.extend(_line(c, published) for c in single)
        out.append("")
    return "\n".join(out)
