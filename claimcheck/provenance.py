"""documents + claims + clusters -> Origins: which passages share a source, which are independent.

Five outlets running one wire dispatch are one source. Three signals group passages:

- **Copies.** Passages are compared by MinHash over word 4-grams (locality-sensitive
  hashing, so the cost stays near-linear: `claimcheck.provenance_pairs`), quoted words left
  out: two outlets quoting the same statement or press release share the speaker's words, not
  an origin. Two documents with several near-identical passages are copies of one text (a
  lightly edited dispatch, reordered paragraphs, a new headline); within a fact, their claims
  share that text's origin.
- **Credits.** A document that credits an agency ("(AFP)", "avec AFP", "Reuters contributed
  to this report") draws on that agency's dispatch; within a fact, the claims of documents
  crediting the same agency share the agency's origin, across languages too, which is how an
  attributed translation joins its wire story (an unattributed one stays independent).
- **Attributions.** A claim that says where it comes from ("selon l'AFP", "Reuters reported")
  has that agency as its origin.

Everything else is the outlet's own reporting: same facts in different words are independent.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

from claimcheck.ground.quote import QuoteSpan, find_quotes
from claimcheck.lang import LanguageProfile, get_profile
from claimcheck.lang.agencies import AGENCIES
from claimcheck.models import Claim, Discrepancy, Document, Origin, Side, Update
from claimcheck.provenance_pairs import forget_after, near_duplicates
from claimcheck.timeline import publication_range

__all__ = ["Provenance", "chronological", "find_origins", "near_duplicates", "weigh"]

_COPY_PASSAGES = 2  # documents sharing this many near-identical passages are copies
_CREDIT_WINDOW = 400  # characters at the start and end of an article where credits stand


@dataclass(frozen=True)
class Provenance:
    """Origins of a corpus and the origin of each claim."""

    origins: list[Origin]
    origin_of: dict[str, str]


@cache
def _credit_patterns(profile: LanguageProfile) -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(template.replace("{agency}", _agency_group()), re.MULTILINE)
        for template in profile.text.wire_credits
    )


@cache
def _agency_group() -> str:
    names = "|".join(re.escape(name) for name, _ in sorted(AGENCIES, key=lambda a: -len(a[0])))
    return rf"(?P<agency>{names})"


@cache
def _agency_name() -> re.Pattern[str]:
    """Any agency's name: a text without one matches no credit pattern that names one."""
    return re.compile(_agency_group())


@cache
def _named_only(profile: LanguageProfile) -> bool:
    """Does every credit pattern of the language need an agency's name?"""
    return all("{agency}" in template for template in profile.text.wire_credits)


def _agency(match: re.Match[str]) -> str:
    return dict(AGENCIES)[match.group("agency")]


def _credit(doc: Document) -> tuple[str, str] | None:
    """(agency, the words that credit it) where an article says it draws on a dispatch."""
    text = doc.text
    return _credited(text[:_CREDIT_WINDOW] + "\n" + text[-_CREDIT_WINDOW:], doc.lang or "fr")


@lru_cache(maxsize=1 << 12)  # a long-running service reads the same stored articles again
def _credited(ends: str, lang: str) -> tuple[str, str] | None:
    profile = get_profile(lang)
    for pattern in _credit_patterns(profile):
        match = pattern.search(ends)
        if match:
            return _agency(match), " ".join(match.group().split())
    return None


def _attribution(claim: Claim) -> tuple[str, str] | None:
    """(agency, words) where a claim names the agency it comes from ("selon l'AFP")."""
    return _attributed(claim.normalized, claim.lang)


@lru_cache(maxsize=1 << 15)  # a long-running service sees the same stored claims again
def _attributed(text: str, lang: str) -> tuple[str, str] | None:
    profile = get_profile(lang)
    if _named_only(profile) and _agency_name().search(text) is None:
        return None  # most claims name no agency: one scan instead of one per pattern
    quoted: list[QuoteSpan] | None = None  # read once a pattern matches
    for pattern in _credit_patterns(profile):
        for match in pattern.finditer(text):
            if quoted is None:
                quoted = find_quotes(text)
            if not any(q0 <= match.start() < q1 for q0, q1 in quoted):
                return _agency(match), " ".join(match.group().split())
    return None


def _copy_groups(
    claims: Sequence[Claim], pairs: Sequence[tuple[int, int, float]]
) -> tuple[dict[str, int], dict[frozenset[str], list[tuple[int, int, float]]]]:
    """Documents that are copies of one text (union of pairs sharing enough passages)."""
    shared: dict[frozenset[str], list[tuple[int, int, float]]] = {}
    for i, j, score in pairs:
        key = frozenset((claims[i].document_id, claims[j].document_id))
        shared.setdefault(key, []).append((i, j, score))
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for key, found in shared.items():
        if len(found) >= _COPY_PASSAGES:
            a, b = sorted(key)
            parent[find(a)] = find(b)
    number = {root: k for k, root in enumerate(sorted({find(x) for x in parent}))}
    group = {doc: number[find(doc)] for doc in parent}
    return group, shared


def chronological(doc_ids: Sequence[str], published: dict[str, str | None]) -> list[str]:
    def key(doc_id: str) -> tuple[int, str, str]:
        span = publication_range(published.get(doc_id))
        return (0, span[0].isoformat(), doc_id) if span else (1, "", doc_id)

    return sorted(dict.fromkeys(doc_ids), key=key)


def find_origins(
    documents: Sequence[Document], claims: Sequence[Claim], clusters: dict[str, list[Claim]]
) -> Provenance:
    """The origin of every claim, and the list of origins with their evidence."""
    published = {d.id: d.published for d in documents}
    credits = {d.id: c for d in documents if (c := _credit(d)) is not None}
    pairs = near_duplicates(claims)
    group, shared = _copy_groups(claims, pairs)
    group_credit: dict[int, str] = {}
    for doc_id, g in group.items():
        if doc_id in credits:
            group_credit.setdefault(g, credits[doc_id][0])

    keys: dict[str, tuple[str, str]] = {}
    for members in clusters.values():
        docs_here = Counter(c.document_id for c in members)
        credited_here = Counter(credits[d][0] for d in docs_here if d in credits)
        for claim in members:
            doc = claim.document_id
            attributed = _attribution(claim)
            copies = group.get(doc)
            if attributed is not None:
                keys[claim.id] = ("agency", attributed[0])
            elif copies is not None and any(group.get(d) == copies for d in docs_here if d != doc):
                credited = group_credit.get(copies)
                keys[claim.id] = ("agency", credited) if credited else ("copies", str(copies))
            elif doc in credits and credited_here[credits[doc][0]] >= 2:
                keys[claim.id] = ("agency", credits[doc][0])
            else:
                keys[claim.id] = ("outlet", doc)

    by_key: dict[tuple[str, str], list[str]] = {}
    for claim in claims:
        key = keys.get(claim.id, ("outlet", claim.document_id))
        by_key.setdefault(key, []).append(claim.document_id)
    origins: list[Origin] = []
    id_of: dict[tuple[str, str], str] = {}
    ordered = sorted(by_key, key=lambda k: (k[0] == "outlet", k))
    for number, key in enumerate(ordered, start=1):
        doc_ids = chronological(by_key[key], published)
        id_of[key] = f"o{number}"
        origins.append(_origin(f"o{number}", key, doc_ids, credits, shared, claims))
    origin_of = {c.id: id_of[keys.get(c.id, ("outlet", c.document_id))] for c in claims}
    if len(claims) > (_attributed.cache_info().maxsize or 0):  # see `forget_after`
        _attributed.cache_clear()
        _credited.cache_clear()
    forget_after(len(claims))
    return Provenance(origins=origins, origin_of=origin_of)


def _origin(
    origin_id: str,
    key: tuple[str, str],
    doc_ids: list[str],
    credits: dict[str, tuple[str, str]],
    shared: dict[frozenset[str], list[tuple[int, int, float]]],
    claims: Sequence[Claim],
) -> Origin:
    kind, name = key
    if kind == "outlet":
        return Origin(id=origin_id, kind="outlet", label=name, document_ids=tuple(doc_ids))
    evidence = [f"{d} credits {credits[d][0]}: “{credits[d][1]}”" for d in doc_ids if d in credits]
    for a, b in pairwise(doc_ids):
        for i, j, score in shared.get(frozenset((a, b)), [])[:2]:
            evidence.append(
                f"{claims[i].document_id} and {claims[j].document_id} share a passage "
                f"({score:.0%} of word 4-grams): “{' '.join(claims[i].text.split()[:14])}…”"
            )
    if kind == "agency":
        label = f"{name} dispatch"
        agency: str | None = name
    else:
        label = f"text shared by {len(doc_ids)} outlets"
        agency = None
    return Origin(
        id=origin_id,
        kind="shared",
        label=label,
        document_ids=tuple(doc_ids),
        agency=agency,
        evidence=tuple(dict.fromkeys(evidence)),
    )


def _weigh_side(side: Side, origin_of: dict[str, str], published: dict[str, str | None]) -> Side:
    docs = chronological(side.document_ids, published)
    dated = [d for d in docs if published.get(d)]
    return side.model_copy(
        update={
            "document_ids": tuple(docs),
            "outlets": len(docs),
            "independent_sources": len({origin_of.get(c, c) for c in side.claim_ids}),
            "first_document_id": dated[0] if dated else None,
            "first_published": published.get(dated[0]) if dated else None,
        }
    )


def _tally(side: Side) -> str:
    outlets = f"{side.outlets} outlet{'s' if side.outlets != 1 else ''}"
    if side.independent_sources == side.outlets:
        return outlets
    n = side.independent_sources
    return f"{outlets}, {n} independent origin{'s' if n != 1 else ''}"


def weigh(
    discrepancies: Sequence[Discrepancy],
    updates: Sequence[Update],
    origin_of: dict[str, str],
    documents: Sequence[Document],
) -> tuple[list[Discrepancy], list[Update]]:
    """Sides with their outlets, independent origins and first publication, weighed honestly."""
    published = {d.id: d.published for d in documents}
    weighed = []
    for d in discrepancies:
        sides = tuple(_weigh_side(s, origin_of, published) for s in d.sides)
        explanation = d.explanation
        if len({s.claim_ids for s in sides}) > 1:  # a claim against itself has no weights
            tally = "; ".join(f"{s.value}: {_tally(s)}" for s in sides)
            explanation = f"{explanation}. Weight: {tally}"
        weighed.append(d.model_copy(update={"sides": sides, "explanation": explanation}))
    revised = [
        u.model_copy(
            update={
                "earlier": _weigh_side(u.earlier, origin_of, published),
                "later": _weigh_side(u.later, origin_of, published),
            }
        )
        for u in updates
    ]
    return weighed, revised
