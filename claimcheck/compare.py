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

A claim that contradicts itself (a weekday none of its dates falls on: `claimcheck.compare_self`)
is a date discrepancy whose two sides are that claim, whether or not another outlet says it.

Where the sides of a date or number disagreement come from publications days apart and the
later one revises (or simply comes later), the result is an `Update`, not a `Discrepancy`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from claimcheck.compare_named import actor_counts, named_sizes
from claimcheck.compare_self import weekday_contradictions
from claimcheck.compare_sides import Item, group_values, joined, quoted, side, sources
from claimcheck.compare_slots import (
    counted,
    dating,
    describe_time,
    describe_time_and_part,
    majority_actor,
    relation,
    reported_later,
    steps,
    transposed,
    update_days,
    vagueness,
    wholes,
)
from claimcheck.compare_text import quote_drift, substitutions, tokens
from claimcheck.events import EventGate
from claimcheck.ground import quantity_values as qty
from claimcheck.ground import time_values as tm
from claimcheck.ground.entity import fold, harmless_variant
from claimcheck.models import (
    Claim,
    Discrepancy,
    DiscrepancyKind,
    Document,
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


class _Comparer:
    def __init__(self, documents: Sequence[Document], gate: EventGate) -> None:
        self.published = {d.id: d.published for d in documents}
        self.comparable = gate.comparable
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

    def _dating(self, group: Sequence[tuple[Claim, TimeRef | Quantity]]) -> list[Claim]:
        """The claims whose publication dates a group of values: its dated reports (of its
        sharpest value, for a count), else all of them."""
        dated = [(c, v) for c, v in group if self.published.get(c.document_id)]
        if not dated:
            return [c for c, _ in group]
        if counted(dated[0][1]):
            sharpest = min(vagueness(v) for _, v in dated)
            dated = [(c, v) for c, v in dated if vagueness(v) == sharpest]
        return [c for c, _ in dated]

    def _revisions(
        self, groups: Sequence[Sequence[tuple[Claim, TimeRef | Quantity]]]
    ) -> tuple[dict[int, list[int]], list[int]]:
        """({later group: the groups it revises}, the groups left to set against each other).

        A group revises another when all its dated reports come days after all of the
        other's (or cite a later report, for a count); a group with no dated report revises
        nothing and is revised by nothing. A count revised day after day (a toll of
        Saturday, revised on Sunday, again on Monday) is a chain: each group revises the ones
        right before it, and only groups no revision orders (two figures of one day) are
        sides. Any other value (a date, a measure) is revised only by a group later than all
        the others; the rest are sides.
        """
        n = len(groups)
        # a group is as dated as its dated reports of its sharpest value: an undated one that
        # gives the same value rides with them ("12 dead" on Thursday, and in an undated copy,
        # then 19 on Saturday), and so does a bound the figure allows ("plus de 2 100 morts"
        # on Sunday beside "2 862" on Tuesday: Tuesday's figure still revises Sunday's 2 012)
        claims = [self._dating(group) for group in groups]
        revises = [
            [
                i != j
                and not transposed(groups[j][0][1], groups[i][0][1])
                and (
                    self._later(claims[i], claims[j], update_days(groups[j][0][1]))
                    or (counted(groups[j][0][1]) and reported_later(claims[i], claims[j]))
                )
                for i in range(n)
            ]
            for j in range(n)
        ]  # revises[j][i]: group j revises group i
        if not counted(groups[0][0][1]):
            latest = [j for j in range(n) if all(revises[j][i] for i in range(n) if i != j)]
            return {j: [i for i in range(n) if i != j] for j in latest}, [
                i for i in range(n) if i not in latest
            ]
        before = {
            j: [
                i
                for i in range(n)
                if revises[j][i] and not any(revises[j][k] and revises[k][i] for k in range(n))
            ]
            for j in range(n)
        }
        unordered = [
            i
            for i in range(n)
            if any(k != i and not revises[i][k] and not revises[k][i] for k in range(n))
        ]
        kept = [i for i in unordered if not any(revises[k][i] for k in unordered)]
        return {j: b for j, b in before.items() if b}, kept

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
        groups = group_values(sorted(items, key=lambda item: vagueness(item[1])), compatible)
        if counted(items[0][1]):  # a bound reported between two figures is a step of its own
            groups = steps(groups, self.published, compatible)
        if len(groups) < 2 or len({c.document_id for c, _ in items}) < 2:
            return
        groups.sort(key=lambda g: -len({c.document_id for c, _ in g}))
        sides = []
        for group in groups:
            side_items = [Item(c, describe(v), v.text, (v.start, v.end)) for c, v in group]
            sharpest = group[0][1]  # groups fill in order of vagueness: the first is sharpest
            sides.append(side(side_items, describe(sharpest)))
        # a group published days after another revises it: an update, not a side
        before, kept = self._revisions(groups)
        for index, earlier_groups in before.items():
            earlier = side(
                [
                    Item(c, describe(v), v.text, (v.start, v.end))
                    for i in earlier_groups
                    for c, v in groups[i]
                ],
                " / ".join(sides[i].value for i in earlier_groups),
            )
            self.updates.append(
                Update(
                    id=f"u{len(self.updates) + 1}",
                    cluster_id=cluster_id,
                    kind=kind,
                    earlier=earlier,
                    later=sides[index],
                    explanation=f"{sides[index].value} (published later) revises {earlier.value}",
                )
            )
        # a revision is told by the later report whatever else it revises; a conflict needs
        # two reports of one event (`claimcheck.events`): other events' values are no side
        rest = joined([groups[i] for i in kept], self.comparable)
        sides = [sides[i] for i in kept if any(groups[i] is g for g in rest)]
        if len({c.document_id for g in rest for c, _ in g}) < 2 or len(sides) < 2:
            return
        why = " vs ".join(f"{s.value} ({sources(s)}: {quoted(s.evidence)})" for s in sides)
        values = [groups[i][0][1] for i in kept if any(groups[i] is g for g in rest)]
        if any(transposed(x, y) for n, x in enumerate(values) for y in values[n + 1 :]):
            why = f"digits transposed: {why}"
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
        drifts: dict[tuple[str, str], list[tuple[Item, Item]]] = {}
        flips: dict[tuple[str, str], str] = {}
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                if a.document_id == b.document_id or not self.comparable(a, b):
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
                            drifts.setdefault(key, []).append((Item(a, va, va), Item(b, vb, vb)))
        for (va, vb), pairs in sorted(drifts.items(), key=lambda kv: kv[0] not in flips):
            left = side([p[0] for p in pairs], va)
            right = side([p[1] for p in pairs], vb)
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
                f"{lead}{who} differ: “{va}” ({sources(left)}) vs “{vb}” ({sources(right)})",
            )

    def polarity(self, cluster_id: str, claims: Sequence[Claim]) -> None:
        """One claim asserts what another of the same fact denies (`claimcheck.polarity`)."""
        for found in oppositions(claims):
            pairs = {frozenset((x[0].id, y[0].id)) for x in found.asserting for y in found.denying}
            if pairs <= self.quoted_flips:
                continue  # already said, as a flip inside the same quoted words
            yes = [
                Item(c, words, words, span)
                for c, words, span in found.asserting
                if any(self.comparable(c, other[0]) for other in found.denying)
            ]
            no = [
                Item(c, words, words, span)
                for c, words, span in found.denying
                if any(self.comparable(c, other[0]) for other in found.asserting)
            ]
            if not yes or not no:
                continue  # the denial is of another event's fact
            left, right = side(yes, yes[0].value), side(no, no[0].value)
            self._add(
                cluster_id,
                "polarity",
                [left, right],
                f"one source asserts what another denies: {quoted(left.evidence)} "
                f"({sources(left)}) vs {quoted(right.evidence)} ({sources(right)})",
            )

    def entities(self, cluster_id: str, claims: Sequence[Claim]) -> None:
        found: dict[tuple[str, str], list[tuple[Item, Item]]] = {}
        for i, a in enumerate(claims):
            for b in claims[i + 1 :]:
                if a.document_id == b.document_id or not self.comparable(a, b):
                    continue
                for va, vb in substitutions(a, b):
                    found.setdefault((va, vb), []).append((Item(a, va, va), Item(b, vb, vb)))
        for (va, vb), pairs in found.items():
            left = side([p[0] for p in pairs], va)
            right = side([p[1] for p in pairs], vb)
            self._add(
                cluster_id,
                "entity",
                [left, right],
                f"different referent in the same place: {va} ({sources(left)}) "
                f"vs {vb} ({sources(right)})",
            )


def _spelling(
    comparer: _Comparer,
    clusters: dict[str, list[Claim]],
    all_claims: Sequence[Claim],
    story_of: Mapping[str, str] | None = None,
) -> None:
    """One discrepancy per misspelt name: every claim using the variant against the majority
    form, as the claims of the variant's own fact write it, else as its story's articles do
    (`story_of`: document -> story; another event's articles say nothing of this one)."""
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
        nearby = canonical_users.get(canonical, [])
        if story_of is not None:
            stories = {story_of.get(c.document_id) for c in users}
            nearby = [c for c in nearby if story_of.get(c.document_id) in stories]
        majority = same or _spread(nearby)
        if not majority:
            continue
        right = side([Item(c, variant, variant) for c in users], variant)
        left = side([Item(c, canonical, canonical) for c in majority], canonical)
        comparer._add(
            cluster_of[users[0].id],
            "spelling",
            [left, right],
            f"“{variant}” ({sources(right)}) is a variant spelling of “{canonical}”, "
            f"the form most sources use",
        )


def _spread(claims: Sequence[Claim], limit: int = 6) -> list[Claim]:
    """A few claims, one per document first, so that a side shows its breadth."""
    seen: dict[str, Claim] = {}
    for claim in claims:
        seen.setdefault(claim.document_id, claim)
    return list(seen.values())[:limit]


def compare(
    clusters: dict[str, list[Claim]],
    claims: Sequence[Claim],
    documents: Sequence[Document],
    *,
    story_of: Mapping[str, str] | None = None,
    gate: EventGate | None = None,
) -> Findings:
    """Every discrepancy and update in the clusters (ids are cluster ids).

    `story_of` maps each document to its story (a misspelt name is checked against its own
    story's spelling); `gate` says which articles report different events, whose claims are
    never set against each other (built from `documents` and `claims` when not given).
    """
    comparer = _Comparer(documents, gate or EventGate(documents, claims))
    for cluster_id, members in clusters.items():
        if len({c.document_id for c in members}) < 2:
            continue
        comparer.dates(cluster_id, members)
        comparer.numbers(cluster_id, members)
        comparer.quotes(cluster_id, members)
        comparer.polarity(cluster_id, members)
        comparer.entities(cluster_id, members)
    for cluster_id, items in actor_counts(clusters, story_of) + named_sizes(clusters, story_of):
        comparer._slot_conflict(cluster_id, "number", items, qty.compatible, qty.describe)
    _spelling(comparer, clusters, claims, story_of)
    for cluster_id, members in clusters.items():  # whatever else says it, or nobody
        for claim in members:
            for sides, why in weekday_contradictions(claim):
                comparer._add(cluster_id, "date", sides, why)
    return Findings(comparer.discrepancies, comparer.updates)
