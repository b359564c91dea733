"""CheckOutcome -> text for people and CI systems: markdown, json, github annotations, junit."""

from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape, quoteattr

from claimcheck.models import Claim, Discrepancy, Document
from claimcheck.pipeline import CheckOutcome

__all__ = ["CHECK_FORMATS", "render_check"]


def _line(doc: Document, claim: Claim) -> int:
    return doc.text.count("\n", 0, claim.start) + 1


def _against(d: Discrepancy, new: set[str]) -> str:
    parts = []
    for side in d.sides:
        where = ", ".join(side.document_ids)
        tag = " (new)" if set(side.document_ids) & new else ""
        parts.append(f"{side.value} [{where}{tag}]")
    return " vs ".join(parts)


def _open(d: Discrepancy) -> bool:
    """Not dismissed by a person, nor resolved by claims marked wrong: it can fail the gate."""
    return d.review_state not in ("dismissed", "resolved")


def _decision(d: Discrepancy) -> str:
    """'dismissed by Ana: the note', 'resolved', or '' for an open discrepancy."""
    if d.review is not None and d.review_state in ("dismissed", "confirmed"):
        note = f": {d.review.note}" if d.review.note else ""
        return f"{d.review_state} by {d.review.reviewer}{note}"
    return d.review_state or ""


def _markdown(outcome: CheckOutcome) -> str:
    new = set(outcome.new_document_ids)
    report = outcome.report
    mine = [c for c in report.claims if c.document_id in new]
    counts = {
        s: sum(1 for c in mine if c.status == s)
        for s in ("corroborated", "conflicting", "single-source", "update")
    }
    verdict = "FAILED" if outcome.failed else "passed"
    out = [
        f"# claimcheck check: {verdict} (--fail-on {outcome.fail_on})",
        "",
        f"{len(new)} new article(s) against {len(report.documents) - len(new)} stored; "
        f"{len(mine)} new claims: " + ", ".join(f"{n} {s}" for s, n in counts.items()),
        "",
    ]
    labels = {s.id: s.label for s in report.stories}
    for doc_id, story in sorted(outcome.story_of.items()):
        known = "a new story" if story in outcome.new_stories else "a stored story"
        out.append(f"- {doc_id}: {known}, {story} ({labels.get(story, '')})")
    if outcome.story_of:
        out.append("")
    if outcome.findings:
        out += ["## Conflicts", ""]
        for d in outcome.findings:
            ref = f" `{d.ref}`" if d.ref else ""
            state = f" — **{d.review_state}**{_decision(d)[len(d.review_state or '') :]}"
            state = state if d.review_state else ""
            out.append(f"- **{d.kind}**: {_against(d, new)} — {d.explanation}{ref}{state}")
    else:
        out.append("No conflict with the stored corpus.")
    out.append("")
    out.append("Added to the store." if outcome.added else "Not added to the store (--no-add).")
    return "\n".join(out) + "\n"


def _json(outcome: CheckOutcome) -> str:
    return outcome.model_dump_json(indent=2) + "\n"


def _github(outcome: CheckOutcome) -> str:
    new = set(outcome.new_document_ids)
    docs = {d.id: d for d in outcome.report.documents}
    claims = {c.id: c for c in outcome.report.claims}
    lines = []
    for d in outcome.findings:
        level = ("error" if outcome.failed else "warning") if _open(d) else "notice"
        tail = f" [{d.ref}]" if d.ref else ""
        if _decision(d):
            tail += f" ({_decision(d)})"
        for side in d.sides:
            for cid in side.claim_ids:
                claim = claims[cid]
                if claim.document_id not in new:
                    continue
                doc = docs[claim.document_id]
                message = f"{d.kind} conflict: {_against(d, new)}{tail}".replace("\n", " ")
                for raw, coded in (("%", "%25"), ("\r", "%0D"), ("\n", "%0A")):
                    message = message.replace(raw, coded)
                file = doc.path or doc.id
                for raw, coded in (
                    ("%", "%25"),
                    ("\r", "%0D"),
                    ("\n", "%0A"),
                    (",", "%2C"),
                    (":", "%3A"),
                ):
                    file = file.replace(raw, coded)
                lines.append(f"::{level} file={file},line={_line(doc, claim)}::{message}")
    return "\n".join(dict.fromkeys(lines)) + ("\n" if lines else "")


def _junit(outcome: CheckOutcome) -> str:
    new = list(outcome.new_document_ids)
    claims = {c.id: c for c in outcome.report.claims}
    cases = []
    failures = 0
    for doc_id in new:
        about = [
            d
            for d in outcome.findings
            if any(claims[c].document_id == doc_id for s in d.sides for c in s.claim_ids)
        ]
        mine = [d for d in about if _open(d)]
        decided = [d for d in about if not _open(d)]
        body = ""
        if mine:
            failures += 1
            text = "\n".join(f"{d.kind} {d.ref}: {_against(d, set(new))}" for d in mine)
            body = f'<failure message="{len(mine)} conflict(s)">{escape(text)}</failure>'
        if decided:
            text = "\n".join(f"{d.kind} {d.ref}: {_decision(d)}" for d in decided)
            body += f"<system-out>{escape(text)}</system-out>"
        cases.append(
            f'  <testcase classname="claimcheck" name={quoteattr(doc_id)}>{body}</testcase>'
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<testsuite name="claimcheck" tests="{len(new)}" failures="{failures}">\n'
        + "\n".join(cases)
        + "\n</testsuite>\n"
    )


CHECK_FORMATS: dict[str, Callable[[CheckOutcome], str]] = {
    "markdown": _markdown,
    "json": _json,
    "github": _github,
    "junit": _junit,
}


def render_check(outcome: CheckOutcome, fmt: str) -> str:
    """The outcome of `claimcheck check` in format `fmt` (one of `CHECK_FORMATS`)."""
    return CHECK_FORMATS[fmt](outcome)
