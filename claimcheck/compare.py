"""clusters of grounded claims -> Discrepancies and Updates: slot against slot of the same role.

- date: the times of one cluster's claims that date the same actor's action, grouped by
  compatibility (a weekday and a date on that weekday agree; a month contains its days);
- number: quantities of the same role (dimension, unit, and the language-neutral kind of what
  is counted or measured: "300 secouristes" and "450 rescuers" are both rescuers), bound- and
  rounding-aware;
- quote: the same quoted words in two outlets, whoever is quoted, aligned word by word; a side
  shows the words that differ with one word of context ("en matière de" against "en terme
  de"); a flip of polarity ("volontaire" / "involontaire", a negation) comes first and says so;
- polarity: one claim asserts what another of the same fact denies ("a confirmé" / "n'a pas
  confirmé", "accepte" / "refuse"), found by `claimcheck.polarity`;
- spelling: a name written as a rare edit-distance variant of the corpus' majority form;
- entity: a different referent in the same place: a code ("A320" against "A321") or a rare
  word in an otherwise identical context ("acide sulfurique" against "acide nitrique").

Where the sides of a date or number disagreement come from publications days apart and the
later one revises (or simply comes later), the result is an `Update`, not a `Discrepancy`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from claimcheck.compare_slots import (
    counted,
    dating,
    describe_time,
    describe_time_and_part,
    majority_actor,
    relation,
    reported_later,
    update_days,
    vagueness,
    wholes,
)
from claimcheck.compare_text import quote_drift, substitutions, tokens
from claimcheck.ground import quantity_values as qty
from claimcheck.ground import time_values as tm
from claimcheck.ground.entity import fold, harmless_variant
from claimcheck.models import (
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Document,
    Highlight,
    Quantity,
    Side,
    TimeRef,
    Update,
)
from claimcheck.polarity import oppositions, reversal
from claimcheck.timeline import days_between

__all__ = ["Findings", "compare"]

T = TypeVar("T", TimeRef, Quantity)
_WORD = re.compile(r"\w+", re.UNICODE)
_QUOTE_WORDS = 5  # quotes this long are compared for any drift
_FLIP_WORDS = 3  # shorter ones, down to this, for a flip of polarity only


@dataclass(frozen=True)
class Findings:
    """What one comparison pass found."""

    discrepancies: list[Discrepancy]
    updates: list[Update]


@dataclass(frozen=True)
class _Item:
    claim: Claim
    value: str
    evidence: str
    span: tuple[int, int] | None = None
    """document offsets of the evidence when a slot gives them; else found in the claim"""


def _locate(item: _Item) -> Highlight | None:
    if item.span is not None:
        return Highlight(claim_id=item.claim.id, start=item.span[0], end=item.span[1])
    words = _WORD.findall(item.evidence)
    if not words:
        return None
    pattern = r"\W+".join(re.escape(w) for w in words)
    match = re.search(pattern, item.claim.text, re.IGNORECASE)
    if match is None:
        return None
    start = item.claim.start + match.start()
    return Highlight(claim_id=item.claim.id, start=start, end=item.claim.start + match.end())


def _side(items: Sequence[_Item], value: str) -> Side:
    ids = tuple(dict.fromkeys(i.claim.id for i in items))
    docs = tuple(dict.fromkeys(i.claim.document_id for i in items))
    evidence = tuple(dict.fromkeys(" ".join(i.evidence.split()) for i in items))
    highlights = tuple(dict.fromkeys(h for i in items if (h := _locate(i)) is not None))
    return Side(
        value=value, claim_ids=ids, document_ids=docs, evidence=evidence, highlights=highlights
    )


def _group(
    items: Sequence[tuple[Claim, T]], compatible: Callable[[T, T], bool]
) -> list[list[tuple[Claim, T]]]:
    groups: list[list[tuple[Claim, T]]] = []
    for item in items:
        for group in groups:
            if all(compatible(item[1], other[1]) for other in group):
                group.append(item)
                break
        else:
            groups.append([item])
    return groups


class _Comparer:
    def __init__(self, documents: Sequence[Document]) -> None:
        self.published = {d.id: d.published for d in documents}
        self.discrepancies: list[Discrepancy] = []
        self.updates: list[Update] = []
        self.quoted_flips: set[frozenset[str]] = set()

    def _add(self, cluster_id: str, kind: DiscrepancyKind, sides: list[Side], why: str) -> None:
        self.discrepancies.append(
            Discrepancy(
                id=f"d{len(self.discrepancies) + 1}",
                cluster_id=cluster_id,
                kind=kind,
                sides=tuple(sides),
                explanation=why,
            )
        )

    def _later(self, earlier: Sequence[Claim], later: Sequence[Claim], min_days: int) -> bool:
        """Is every claim of `later` published at least `min_days` after every claim of
        `earlier`?"""
        gaps = [
            days_between(self.published[a.document_id], self.published[b.document_id])
            for a in earlier
            for b in later
        ]
        return bool(gaps) and all(g is not None and g >= min_days for g in gaps)

    def _slot_conflict(
        self,
        cluster_id: str,
        kind: DiscrepancyKind,
        items: list[tuple[Claim, T]],
        compatible: Callable[[T, T], bool],
        describe: Callable[[T], str],
    ) -> None:
        # the sharpest values first, so that exact values seed the sides and a bound joins
        # the side it allows ("au moins 369" with "369", not with "over 420")
        groups = _group(sorted(items, key=lambda item: vagueness(item[1])), compatible)
        if len(groups) < 2 or len({c.document_id for c, _ in items}) < 2:
            return
        groups.sort(key=lambda g: -len({c.document_id for c, _ in g}))
        sides = []
        for group in groups:
            side_items = [_Item(c, describe(v), v.text, (v.start, v.end)) for c, v in group]
            sharpest = group[0][1]  # groups fill in order of vagueness: the first is sharpest
            sides.append(_side(side_items, describe(sharpest)))
        # a group published days after all the others revises them: an update, not a side
        kept = []
        for index, group in enumerate(groups):
            others = [c for j, g in enumerate(groups) if j != index for c, _ in g]
            mine = [c for c, _ in group]
            if self._later(others, mine, update_days(group[0][1])) or (
                counted(group[0][1]) and reported_later(others, mine)
            ):
                earlier = _side(
                    [
                        _Item(c, describe(v), v.text, (v.start, v.end))
                        for c, v in items
                        if c in others
                    ],
                    " / ".join(s.value for j, s in enumerate(sides) if j != index),
                )
                self.updates.append(
                    Update(
                        id=f"u{len(self.updates) + 1}",
                        cluster_id=cluster_id,
                        kind=kind,
                        earlier=earlier,
                        later=sides[index],
                        explanation=f"{sides[index].value} (published later) revises "
                        f"{earlier.value}",
                    )
                )
            else:
                kept.append(index)
        sides = [sides[i] for i in kept]
        if (
            len({d for i in kept for c, _ in groups[i] for d in [c.document_id]}) < 2
            or len(sides) < 2
        ):
            return
        why = " vs ".join(f"{s.value} ({_sources(s)}: {_quoted(s.evidence)})" for s in sides)
        self._add(cluster_id, kind, sides, why)

    def dates(self, cluster_id: str, claims: Sequence[Claim]) -> None:
        actor = majority_actor(claims)
        items = [(c, t) for c in claims if (t := dating(c, actor)) is not None]
        # parts of the day are named only where they differ ("mardi matin" / "Tuesday evening")
        parts = {t.part_of_day for _, t in items if t.clock is None and t.part_of_day}
        describe = describe_time_and_part if len(parts) > 1 else describe_time
        # a bound ("depuis 2019", "until March") is compared only with bounds of its relation
        by_relation: dict[str | None, list[tuple[Claim, TimeRef]]] = {}
        for claim, ref in items:
            by_relation.setdefault(relation(claim, ref), []).append((claim, ref))
        for group in by_relation.values():
            self._slot_conflict(cluster_id, "date", group, tm.compatible, describe)

    def numbers(self, cluster_id: str, claims: Sequence[Claim]) -> None:
        """Compare quantities role by role.

        A claim that gives one role several values (52 % to one candidate, 48 % to the other)
        cannot say which is which, so it stays out of that role. A part of a figure ("12
        navires, dont deux porte-conteneurs", "40 injured, including 3 children") is not a
        second value of its role: it is left out.
        """
        roles: list[list[tuple[Claim, Quantity]]] = []
        for claim in claims:
            mine: list[list[Quantity]] = []
            for quantity in wholes(claim):
                for group in mine:
                    if qty.comparable(group[0], quantity):
                        group.append(quantity)
                        break
                else:
                    mine.append([quantity])
            for group in mine:
                if len(group) != 1:
                    continue
                for role in roles:
                    if qty.comparable(role[0][1], group[0]):
                        role.append((claim, group[0]))
                        break
                else:
                    roles.append([(claim, group[0])])
        for role in roles:
            self._slot_conflict(cluster_id, "number", role, qty.compatible, qty.describe)

    def quotes(self, cluster_id: str, claims: Sequence[Claim]) -> None:
        """Drifts inside the same quoted words, whoever said them; polarity flips first.

        Quotes of five words or more are compared word by word; shorter ones (three or four
        words: « ouverte pour homicide volontaire ») only for a flip of polarity.
        """
        drifts: dict[tuple[str, str], list[tuple[_Item, _Item]]] = {}
        flips: dict[tuple[str, str], str] = {}
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                if a.document_id == b.document_id:
                    continue
                for qa in a.quotes:
                    for qb in b.quotes:
                        short = min(len(tokens(qa.text)), len(tokens(qb.text))) < _QUOTE_WORDS
                        for va, vb in quote_drift(qa.text, qb.text, min_words=_FLIP_WORDS):
                            flip = reversal(va, vb, a.lang) if a.lang == b.lang else None
                            if short and flip is None:
                                continue
                            key = (va, vb)
                            if flip is not None:
                                flips[key] = flip
                                self.quoted_flips.add(frozenset((a.id, b.id)))
                            drifts.setdefault(key, []).append((_Item(a, va, va), _Item(b, vb, vb)))
        for (va, vb), pairs in sorted(drifts.items(), key=lambda kv: kv[0] not in flips):
            left = _side([p[0] for p in pairs], va)
            right = _side([p[1] for p in pairs], vb)
            # the speaker as the claims on these sides name it (written, or an anaphor resolved
            # with evidence); outlets naming different speakers name none
            speakers = {q.speaker for p in pairs for x in p for q in x.claim.quotes if q.speaker}
            speaker = next(iter(speakers)) if len(speakers) == 1 else None
            who = f"{speaker}'s words" if speaker else "the quoted words"
            flip = flips.get((va, vb))
            lead = f"polarity flip ({flip}): " if flip else ""
            self._add(
                cluster_id,
                "quote",
                [left, right],
                f"{lead}{who} differ: “{va}” ({_sources(left)}) vs “{vb}” ({_sources(right)})",
            )

    def polarity(self, cluster_id: str, claims: Sequence[Claim]) -> None:
        """One claim asserts what another of the same fact denies (`claimcheck.polarity`)."""
        for found in oppositions(claims):
            pairs = {frozenset((x[0].id, y[0].id)) for x in found.asserting for y in found.denying}
            if pairs <= self.quoted_flips:
                continue  # already said, as a flip inside the same quoted words
            yes = [_Item(c, words, words, span) for c, words, span in found.asserting]
            no = [_Item(c, words, words, span) for c, words, span in found.denying]
            left, right = _side(yes, yes[0].value), _side(no, no[0].value)
            self._add(
                cluster_id,
                "polarity",
                [left, right],
                f"one source asserts what another denies: {_quoted(left.evidence)} "
                f"({_sources(left)}) vs {_quoted(right.evidence)} ({_sources(right)})",
            )

    def entities(self, cluster_id: str, claims: Sequence[Claim]) -> None:
        found: dict[tuple[str, str], list[tuple[_Item, _Item]]] = {}
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                if a.document_id == b.document_id:
                    continue
                for va, vb in substitutions(a, b):
                    found.setdefault((va, vb), []).append((_Item(a, va, va), _Item(b, vb, vb)))
        for (va, vb), pairs in found.items():
            left = _side([p[0] for p in pairs], va)
            right = _side([p[1] for p in pairs], vb)
            self._add(
                cluster_id,
                "entity",
                [left, right],
                f"different referent in the same place: {va} ({_sources(left)}) "
                f"vs {vb} ({_sources(right)})",
            )


def _sources(side: Side) -> str:
    n = len(side.document_ids)
    return f"{n} source{'s' if n > 1 else ''}"


def _quoted(evidence: Sequence[str]) -> str:
    return ", ".join(f"'{e}'" for e in evidence[:3])


def _spelling(
    comparer: _Comparer, clusters: dict[str, list[Claim]], all_claims: Sequence[Claim]
) -> None:
    """One discrepancy per misspelt name: every claim using the variant against the majority."""
    cluster_of = {c.id: cid for cid, members in clusters.items() for c in members}
    canonical_users: dict[str, list[Claim]] = {}
    variants: dict[tuple[str, str], list[Claim]] = {}
    for claim in all_claims:
        for ent in claim.entities:
            if ent.via != "name":
                continue
            if fold(ent.text) == fold(ent.canonical) or harmless_variant(ent.text, ent.canonical):
                # accents and transliteration ("Muñoz", "Zelenskyy") are the same name
                canonical_users.setdefault(ent.canonical, []).append(claim)
            else:
                variants.setdefault((ent.text, ent.canonical), []).append(claim)
    for (variant, canonical), users in variants.items():
        home = {cluster_of[c.id] for c in users}
        same = [c for c in canonical_users.get(canonical, []) if cluster_of[c.id] in home]
        majority = same or _spread(canonical_users.get(canonical, []))
        if not majority:
            continue
        right = _side([_Item(c, variant, variant) for c in users], variant)
        left = _side([_Item(c, canonical, canonical) for c in majority], canonical)
        comparer._add(
            cluster_of[users[0].id],
            "spelling",
            [left, right],
            f"“{variant}” ({_sources(right)}) is a variant spelling of “{canonical}”, "
            f"the form most sources use",
        )


def _spread(claims: Sequence[Claim], limit: int = 6) -> list[Claim]:
    """A few claims, one per document first, so that a side shows its breadth."""
    seen: dict[str, Claim] = {}
    for claim in claims:
        seen.setdefault(claim.document_id, claim)
    return list(seen.values())[:limit]


def compare(
    clusters: dict[str, list[Claim]], claims: Sequence[Claim], documents: Sequence[Document]
) -> Findings:
    """Every discrepancy and update in the clusters (ids are cluster ids)."""
    comparer = _Comparer(documents)
    for cluster_id, members in clusters.items():
        if len({c.document_id for c in members}) < 2:
            continue
        comparer.dates(cluster_id, members)
        comparer.numbers(cluster_id, members)
        comparer.quotes(cluster_id, members)
        comparer.polarity(cluster_id, members)
        comparer.entities(cluster_id, members)
    _spelling(comparer, clusters, claims)
    return Findings(comparer.discrepancies, comparer.updates)
