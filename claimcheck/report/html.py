"""Report -> HTML: one self-contained, offline page (or a notebook fragment) per report.

Python builds a small view model (documents, cards, claims cut into plain/highlighted segments)
and a Jinja2 template with autoescaping renders it; article text never reaches the page except
through an escaped template expression. CSS and JS are inlined; the full page carries a
Content-Security-Policy that only allows its own inline style and script (by hash).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import jinja2
from markupsafe import Markup

from claimcheck.models import Claim, Document, Report, Review, Side
from claimcheck.report.context import insertions
from claimcheck.title import display_title

__all__ = ["to_html"]

STATUS_ORDER = ("conflicting", "update", "corroborated", "single-source")
KINDS = ("date", "number", "entity", "spelling", "quote")
# conflicting, then update, then other cards with a discrepancy, then corroborated
_CARD_RANK = {"conflicting": 0, "update": 1, "corroborated": 3}
# Bidi controls and other invisible/control characters are shown as visible code points so an
# article cannot reorder or hide the text around it.
_CONTROL = re.compile(
    r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f"
    r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def _visible(text: str) -> str:
    return _CONTROL.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def _oneline(text: str, limit: int = 0) -> str:
    text = _visible(" ".join(text.split()))
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


@dataclass(frozen=True)
class Segment:
    """A run of text, highlighted or not, or context claimcheck adds (the template escapes it)."""

    text: str
    hl: bool = False
    ctx: bool = False


@dataclass(frozen=True)
class ArticleSegment:
    """A run of article text; `claims` are the anchors of the claims that cover it."""

    text: str
    anchors: tuple[str, ...] = ()
    claims: str = ""


@dataclass
class DocView:
    index: int
    anchor: str
    label: str
    id: str
    title: str
    published: str
    lang: str
    source: str
    url: str | None
    url_text: str = ""
    n_claims: int = 0
    segments: list[ArticleSegment] = field(default_factory=list)


@dataclass(frozen=True)
class ClaimView:
    id: str
    anchor: str
    doc: DocView
    lang: str
    status: str
    segments: tuple[Segment, ...]
    origin: str = ""
    """the shared origin this claim's passage comes from ("AFP dispatch"); "" for own reporting"""
    review: str = ""
    """"marked wrong by NAME: note" or "retracted by ...": the claim is shown struck through"""


@dataclass(frozen=True)
class Step:
    """One publication on a side's timeline: when, who, from which origin."""

    date: str
    doc: str
    origin: str


@dataclass(frozen=True)
class Column:
    heading: str
    claims: tuple[ClaimView, ...]
    weight: str = ""
    timeline: tuple[Step, ...] = ()


@dataclass(frozen=True)
class Block:
    kind: str
    explanation: str
    columns: tuple[Column, ...]
    update: bool = False
    ref: str = ""
    """the discrepancy's stable reference (d-xxxxxxxx), what `claimcheck review` takes"""
    state: str = ""
    """confirmed, dismissed or resolved; "" while nobody has reviewed it"""
    decision: str = ""
    """who decided, when, and the note"""


@dataclass(frozen=True)
class Card:
    anchor: str
    cluster_id: str
    status: str
    kinds: tuple[str, ...]
    n_docs: int
    blocks: tuple[Block, ...]
    claims: tuple[ClaimView, ...]
    weight: str = ""
    first: str = ""


@dataclass
class Pair:
    """Clusters two documents both appear in, by cluster status."""

    corroborated: int = 0
    conflicting: int = 0
    updated: int = 0

    @property
    def tone(self) -> str:
        if self.conflicting:
            return "mixed" if self.corroborated else "conf"
        return "ok" if self.corroborated else "none"


def _segments(
    text: str, spans: Iterable[tuple[int, int]], context: Sequence[tuple[int, str]] = ()
) -> tuple[Segment, ...]:
    """Cut `text` into plain and highlighted runs; spans are clamped and merged.

    `context` gives (offset, words) to insert as marked context: a resolved anaphor's referent.
    """
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    runs: list[tuple[int, int, bool]] = []
    pos = 0
    for start, end in merged:
        if start > pos:
            runs.append((pos, start, False))
        runs.append((start, end, True))
        pos = end
    if pos < len(text) or not runs:
        runs.append((pos, len(text), False))
    out: list[Segment] = []
    inserts = sorted(context)
    for run_start, end, hl in runs:
        position = run_start
        for at, words in inserts:
            if position < at <= end:
                out.append(Segment(_visible(text[position:at]), hl=hl))
                out.append(Segment(_oneline(words), ctx=True))
                position = at
        if position < end or not out:
            out.append(Segment(_visible(text[position:end]), hl=hl))
    return tuple(out)


def _article(text: str, claims: Sequence[tuple[str, int, int]]) -> list[ArticleSegment]:
    """Cut an article at every claim boundary; each run knows the claims covering it."""
    n = len(text)
    cuts = sorted({0, n} | {min(max(p, 0), n) for _, s, e in claims for p in (s, e)})
    out: list[ArticleSegment] = []
    for start, end in itertools.pairwise(cuts):
        anchors = tuple(a for a, s, _ in claims if min(max(s, 0), n) == start)
        covering = " ".join(a for a, s, e in claims if s <= start and end <= e)
        out.append(ArticleSegment(_visible(text[start:end]), anchors, covering))
    trailing = tuple(a for a, s, _ in claims if min(max(s, 0), n) == n)
    if trailing or not out:
        out.append(ArticleSegment("", trailing))
    return out


def _first_line(doc: Document) -> str:
    """The article's real title, else its first real sentence (never boilerplate)."""
    return _oneline(display_title(doc, 100))


def _safe_url(url: str | None) -> str | None:
    if url and re.match(r"^https?://[^\s]+$", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


_DONE = {"confirm": "confirmed", "dismiss": "dismissed", "wrong": "marked wrong",
         "retract": "retracted"}  # fmt: skip


def _decision(review: Review | None) -> str:
    if review is None:
        return ""
    note = f": {review.note}" if review.note else ""
    return _oneline(f"{_DONE[review.action]} by {review.reviewer}, {review.at}{note}", 400)


def _weight(outlets: int, independent: int) -> str:
    text = f"{outlets} outlet{'s' if outlets != 1 else ''}"
    if independent != outlets:
        text += f", {independent} independent origin{'s' if independent != 1 else ''}"
    return text


class _Builder:
    """Turns a Report into the template's view model."""

    def __init__(self, report: Report, prefix: str) -> None:
        self.report = report
        self.docs: dict[str, DocView] = {}
        self.claims = {c.id: c for c in report.claims}
        self.anchors: dict[str, str] = {}
        used: set[str] = set()
        for i, doc in enumerate(report.documents):
            self.docs[doc.id] = DocView(
                index=i,
                anchor=f"{prefix}doc-{i}",
                label=f"D{i + 1}",
                id=_oneline(doc.id),
                title=_first_line(doc),
                published=doc.published or "date unknown",
                lang=doc.lang or "?",
                source=_oneline(doc.source or ""),
                url=_safe_url(doc.url),
                url_text=_oneline(doc.url or ""),
            )
        for claim in report.claims:
            view = self.docs.get(claim.document_id)
            base = f"{view.anchor}-{claim.start}" if view else f"{prefix}claim-{len(used)}"
            anchor = base
            for k in itertools.count(2):
                if anchor not in used:
                    break
                anchor = f"{base}-{k}"
            used.add(anchor)
            self.anchors[claim.id] = anchor
        texts = {d.id: d.text for d in report.documents}
        for doc_id, view in self.docs.items():
            spans = [
                (self.anchors[c.id], c.start, c.end)
                for c in report.claims
                if c.document_id == doc_id
            ]
            view.n_claims = len(spans)
            view.segments = _article(texts[doc_id], spans)
        self.texts = texts
        self.shared_origin = {o.id: _oneline(o.label) for o in report.origins if o.kind == "shared"}

    def claim(self, claim: Claim, highlights: Iterable[tuple[int, int]] = ()) -> ClaimView:
        doc = self.docs.get(claim.document_id)
        if doc is None:  # a claim whose document is missing: show what the claim says
            doc = DocView(
                -1, "", "?", _oneline(claim.document_id), "", "date unknown", "?", "", None
            )
            text = claim.text
        else:
            text = self.texts[claim.document_id][claim.start : claim.end]
        spans = [(s - claim.start, e - claim.start) for s, e in highlights]
        return ClaimView(
            id=claim.id,
            anchor=self.anchors[claim.id],
            doc=doc,
            lang=claim.lang,
            status=claim.status or "unknown",
            segments=_segments(text, spans, insertions(claim)),
            origin=self.shared_origin.get(claim.origin_id or "", ""),
            review=_decision(claim.review),
        )

    def column(self, side: Side, heading: str) -> Column:
        """One side: its claims grouped by origin (copies together), weight and timeline."""
        views = []
        for cid in side.claim_ids:
            if cid in self.claims:
                spans = [(h.start, h.end) for h in side.highlights if h.claim_id == cid]
                views.append(self.claim(self.claims[cid], spans))
        views.sort(key=lambda v: (v.origin == "", v.origin))
        origin_of_doc = {v.doc.id: v.origin for v in views}
        timeline = tuple(
            Step(
                date=self.docs[d].published if d in self.docs else "date unknown",
                doc=f"{self.docs[d].label} · {_oneline(d)}" if d in self.docs else _oneline(d),
                origin=origin_of_doc.get(_oneline(d), ""),
            )
            for d in side.document_ids
        )
        weight = _weight(side.outlets, side.independent_sources) if side.outlets else ""
        return Column(
            heading=_oneline(heading), claims=tuple(views), weight=weight, timeline=timeline
        )

    def cards(self, prefix: str) -> list[Card]:
        report = self.report
        out = []
        for j, cluster in enumerate(report.clusters):
            blocks = [
                Block(
                    kind=d.kind,
                    explanation=_oneline(d.explanation),
                    columns=tuple(self.column(s, s.value) for s in d.sides),
                    ref=d.ref or "",
                    state=d.review_state or "",
                    decision=_decision(d.review)
                    or ("a side's claims are marked wrong or retracted" if d.review_state else ""),
                )
                for d in report.discrepancies
                if d.cluster_id == cluster.id
            ]
            blocks += [
                Block(
                    kind=u.kind,
                    explanation=_oneline(u.explanation),
                    columns=(
                        self.column(u.earlier, f"earlier: {u.earlier.value}"),
                        self.column(u.later, f"later: {u.later.value}"),
                    ),
                    update=True,
                )
                for u in report.updates
                if u.cluster_id == cluster.id
            ]
            if len(set(cluster.document_ids)) < 2 and not blocks:
                continue  # single-source, listed apart
            kinds = tuple(k for k in KINDS if any(b.kind == k for b in blocks))
            claims = tuple(
                self.claim(self.claims[c]) for c in cluster.claim_ids if c in self.claims
            )
            out.append(
                Card(
                    anchor=f"{prefix}cluster-{j}",
                    cluster_id=_oneline(cluster.id),
                    status=cluster.status,
                    kinds=kinds,
                    n_docs=len(set(cluster.document_ids)),
                    blocks=tuple(blocks),
                    claims=claims,
                    weight=_oneline(cluster.explanation or ""),
                    first=(
                        f"first: {self.docs[cluster.first_document_id].label} · "
                        f"{_oneline(cluster.first_document_id)}, {cluster.first_published}"
                        if cluster.first_document_id in self.docs
                        else ""
                    ),
                )
            )
        out.sort(key=lambda card: _CARD_RANK.get(card.status, 2 if card.blocks else 4))
        return out

    def matrix(self) -> list[list[Pair | None]]:
        """For each pair of documents: clusters they share, by status (None on the diagonal)."""
        n = len(self.docs)
        cells: list[list[Pair | None]] = [
            [None if i == j else Pair() for j in range(n)] for i in range(n)
        ]
        for cluster in self.report.clusters:
            idx = sorted({self.docs[d].index for d in cluster.document_ids if d in self.docs})
            for a, b in itertools.combinations(idx, 2):
                for i, j in ((a, b), (b, a)):
                    cell = cells[i][j]
                    if cell is None:
                        continue
                    if cluster.status == "corroborated":
                        cell.corroborated += 1
                    elif cluster.status == "conflicting":
                        cell.conflicting += 1
                    elif cluster.status == "update":
                        cell.updated += 1
        return cells


@functools.lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("claimcheck.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _asset(name: str) -> str:
    env = _env()
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, name)
    return source


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def to_html(report: Report, *, fragment: bool = False) -> str:
    """The report as one offline HTML page, or (`fragment=True`) a scoped `<div>` for notebooks.

    A fragment has no `<html>`/`<head>`, its CSS applies only inside its root element and its
    element ids carry a prefix derived from the report, so several can share a page.
    """
    prefix = ""
    if fragment:
        digest = hashlib.sha1(report.model_dump_json().encode("utf-8"), usedforsecurity=False)
        prefix = f"cc{digest.hexdigest()[:8]}-"
    builder = _Builder(report, prefix)
    cards = builder.cards(prefix)
    in_cards = {c.id for card in cards for c in card.claims}
    single = [builder.claim(c) for c in report.claims if c.id not in in_cards]
    css = _asset("report.css") + ("" if fragment else _asset("page.css"))
    js = _asset("report.js")
    cluster_counts = dict.fromkeys(STATUS_ORDER, 0)
    for cluster in report.clusters:
        cluster_counts[cluster.status] = cluster_counts.get(cluster.status, 0) + 1
    card_counts = {s: sum(1 for c in cards if c.status == s) for s in STATUS_ORDER}
    kind_counts = {k: sum(1 for c in cards if k in c.kinds) for k in KINDS}
    html = (
        _env()
        .get_template("report.html.j2")
        .render(
            fragment=fragment,
            root_id=f"{prefix}report" if prefix else "claimcheck-report",
            css=Markup(css),  # our own static files: trusted, not article text
            js=Markup(js),
            csp=f"default-src 'none'; style-src '{_sha256(css)}'; script-src '{_sha256(js)}'; "
            "img-src data:; base-uri 'none'; form-action 'none'",
            report=report,
            docs=list(builder.docs.values()),
            counts=report.counts(),
            cluster_counts=cluster_counts,
            multi_source=len(cards),
            card_counts=card_counts,
            kind_counts=kind_counts,
            statuses=STATUS_ORDER,
            kinds=KINDS,
            cards=cards,
            single=single,
            matrix=builder.matrix(),
            generator=report.generator,
            embedder=report.embedder,
            warnings=[_oneline(w) for w in report.warnings],
        )
    )
    return html if html.endswith("\n") else html + "\n"
