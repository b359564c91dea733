"""clusters of one story -> the counts one named subject is given in two clusters, paired.

"L'Espagne a annoncé ce dimanche envoyer 56 secouristes" and "Spain has sent 86 rescuers and
eight search dogs to Morocco" open on one subject and count one kind of thing, but each
sentence says more than the count, so the two may sit in different clusters, where nothing
sets their figures side by side. Across the clusters of one story, the counts of one kind
that one subject is given are compared as one role when:

- the claim opens on a name (nothing but a determiner before it: the sentence's subject;
  "Police said two officers ..." opens on no name), and the names of two languages are one
  canonical name ("L'Espagne", "Spain");
- the count is of people a subject sends or deploys (rescuers, troops, police, medics: what
  governments, agencies and armies are said to send, and say again as the number grows), and
  the claim gives that kind one figure only (tolls, points or ships are counted by many
  sentences of one story for many different things: they need the fact's own cluster);
- the claims come from two documents or more and sit in two clusters or more (inside one
  cluster the cluster's own comparison has set them side by side already).

The comparison is the cluster's (`claimcheck.compare`): a later report revises, two reports
of one day conflict, the look-alike gate keeps other events apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from claimcheck.compare_slots import wholes
from claimcheck.ground.quantity_values import role
from claimcheck.lang import get_profile
from claimcheck.models import Claim, Quantity

__all__ = ["actor_counts"]

#: the kinds of people a named subject sends, deploys or mobilises
_DEPLOYED_KINDS = frozenset({"rescuers", "troops", "police", "medics"})


def _subject(claim: Claim) -> str | None:
    first = min(claim.entities, key=lambda e: e.start, default=None)
    if first is None or first.start < claim.start:
        return None
    vocab = get_profile(claim.lang).text
    before = claim.text[: first.start - claim.start].strip().lower().replace("’", "'")
    if before and before not in vocab.subject_openers:
        return None
    return first.canonical.casefold()


def actor_counts(
    clusters: Mapping[str, Sequence[Claim]], story_of: Mapping[str, str] | None
) -> list[tuple[str, list[tuple[Claim, Quantity]]]]:
    """(the cluster id of the earliest claim, the claims and counts of one subject and kind)
    for every subject and kind counted in two clusters of one story."""
    groups: dict[
        tuple[str | None, str, tuple[str, str | None, str]], list[tuple[str, Claim, Quantity]]
    ] = {}
    for cluster_id, members in clusters.items():
        for claim in members:
            subject = _subject(claim)
            if subject is None:
                continue
            counts: dict[tuple[str, str | None, str], list[Quantity]] = {}
            for quantity in wholes(claim):
                if quantity.dimension == "count" and quantity.kind in _DEPLOYED_KINDS:
                    counts.setdefault(role(quantity), []).append(quantity)
            story = story_of.get(claim.document_id) if story_of is not None else None
            for key, found in counts.items():
                if len(found) == 1:
                    groups.setdefault((story, subject, key), []).append(
                        (cluster_id, claim, found[0])
                    )
    out: list[tuple[str, list[tuple[Claim, Quantity]]]] = []
    for found_in in groups.values():
        if len({c for c, _, _ in found_in}) < 2 or len({x.document_id for _, x, _ in found_in}) < 2:
            continue
        out.append((found_in[0][0], [(claim, q) for _, claim, q in found_in]))
    return out
