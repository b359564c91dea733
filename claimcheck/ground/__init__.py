"""Claims -> Claims with typed slots: times, quantities, entities, quotes, resolved anaphors.

Slots are found on each claim's cleaned text and carry offsets into the original document.
Entities need the whole corpus (canonical forms, spelling variants), anaphors
(`ground.anaphora`) and event-relative times need the whole document, so this stage sees
everything at once. `Claim.text` stays verbatim; `normalized` gets each resolved anaphor
replaced by its referent, as the input of embedding, alignment and comparison.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from claimcheck.clean import CleanText
from claimcheck.ground.anaphora import resolve_document
from claimcheck.ground.entity import Gazetteer, Mention, build_gazetteer, find_mentions
from claimcheck.ground.events import resolve_event_times
from claimcheck.ground.nounphrases import full_name, is_complement
from claimcheck.ground.quantity import find_quantities
from claimcheck.ground.quote import QuoteSpan, find_quotes, speaker
from claimcheck.ground.time import find_times
from claimcheck.lang import LanguageProfile, get_profile
from claimcheck.models import Claim, Document, EntityMention, Quantity, Quote, TimeRef

__all__ = ["Fixed", "Sighting", "fixed_slots", "ground", "ground_documents", "sightings"]

_SUBJECT_WINDOW = 60  # characters: an entity this close to the start is the clause's subject
_BEFORE = 80  # characters before a name in which the gazetteer looks for a preposition


class _Locator:
    """Maps offsets local to one claim's cleaned text to offsets in the original document."""

    def __init__(self, cleaned: CleanText, clean_start: int) -> None:
        self.cleaned = cleaned
        self.base = clean_start

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.cleaned.original_span(self.base + start, self.base + end)


def _clean_starts(claims: Sequence[Claim], cleaned: CleanText) -> list[int]:
    starts, position = [], 0
    for claim in claims:
        at = cleaned.text.find(claim.normalized, position)
        if at < 0:  # cannot happen for claims made by `segment`; keep going, never drift
            at = cleaned.text.find(claim.normalized)
        starts.append(max(at, 0))
        position = max(at, 0) + len(claim.normalized)
    return starts


def _entities(
    mentions: Sequence[Mention], gazetteer: Gazetteer, locate: _Locator
) -> list[tuple[tuple[int, int], EntityMention]]:
    """The claim's names as entity slots, each with its span local to the claim."""
    found: list[tuple[tuple[int, int], EntityMention]] = []
    for mention in mentions:
        resolved = gazetteer.resolve(mention.surface)
        if resolved is None:
            continue
        canonical, kind, via_alias = resolved
        start, end = locate.span(mention.start, mention.end)
        ent = EntityMention(
            text=mention.surface,
            start=start,
            end=end,
            canonical=canonical,
            kind=kind,
            via="alias" if via_alias else "name",
        )
        found.append(((mention.start, mention.end), ent))
    return found


def _subject(entities: Sequence[EntityMention], local: Sequence[tuple[int, int]]) -> str | None:
    for (start, _), ent in zip(local, entities, strict=True):
        if start <= _SUBJECT_WINDOW and ent.kind != "LOC":
            return ent.canonical
    return None


def _substitute(text: str, substitutions: Sequence[tuple[int, int, str]]) -> str:
    out, position = [], 0
    for start, end, name in sorted(substitutions):
        if start < position:
            continue
        out.append(text[position:start])
        out.append(name)
        position = end
    out.append(text[position:])
    return "".join(out)


Sighting = tuple[Mention, str, LanguageProfile, str]
"""A name seen in a claim: the mention, its document, the claim's language, the text before."""


Fixed = tuple[list[QuoteSpan], list[TimeRef], list[Quantity]]
"""What grounding reads in a claim's text whatever the corpus: its quotes' spans, its times
and its quantities, offsets local to the text (names, speakers and actors are the corpus')."""


def _fixed(text: str, published: str | None, profile: LanguageProfile) -> Fixed:
    times = find_times(text, published=published, profile=profile)
    # the numbers of a time of day ("21 h 35") are not quantities; durations still are
    clock_spans = [(r.start, r.end) for r in times if r.time_start is not None]
    return find_quotes(text), times, find_quantities(text, profile=profile, exclude=clock_spans)


class _FixedSlots(Mapping[str, Fixed]):
    """`fixed_slots`: each claim's read on first use, then kept."""

    def __init__(self, documents: Sequence[Document], claims: Sequence[Claim]) -> None:
        published = {doc.id: doc.published for doc in documents}
        self._texts = {c.id: (c.normalized, published[c.document_id], c.lang) for c in claims}
        self._read: dict[str, Fixed] = {}

    def __getitem__(self, claim_id: str) -> Fixed:
        found = self._read.get(claim_id)
        if found is None:
            text, published, lang = self._texts[claim_id]
            found = self._read[claim_id] = _fixed(text, published, get_profile(lang))
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


def fixed_slots(documents: Sequence[Document], claims: Sequence[Claim]) -> Mapping[str, Fixed]:
    """The slots of each claim (by id) that no gazetteer changes, to ground a document again
    when only its names read otherwise (`ground_documents(..., fixed=)`): one document at a
    time, as `sightings`. Each claim's are read when first asked for and kept: a document
    whose stored grounding still holds is never grounded again, and its times and
    quantities, the costliest part of grounding, are then never read."""
    return _FixedSlots(documents, claims)


def ground(
    documents: Sequence[Document],
    cleaned: Mapping[str, CleanText],
    claims: Sequence[Claim],
) -> list[Claim]:
    """Fill every claim's slots; claims keep their order."""
    mentions, corpus = sightings(claims)
    return ground_documents(documents, cleaned, claims, mentions, build_gazetteer(corpus))


def sightings(claims: Sequence[Claim]) -> tuple[dict[str, list[Mention]], list[Sighting]]:
    """The names of each claim, and every sighting for the corpus-wide gazetteer.

    The first half of grounding: it needs one claim at a time, so it runs on any partition of
    the corpus; `build_gazetteer` then needs all sightings at once.
    """
    mentions: dict[str, list[Mention]] = {}
    corpus: list[Sighting] = []
    for claim in claims:
        profile = get_profile(claim.lang)
        found = find_mentions(claim.normalized, profile)
        mentions[claim.id] = found
        # the gazetteer reads only the word before each name: a bounded window, not the whole
        # text before it (a copy per name, and a regex over it: quadratic in time and memory)
        corpus.extend(
            (m, claim.document_id, profile, claim.normalized[max(0, m.start - _BEFORE) : m.start])
            for m in found
        )
    return mentions, corpus


def ground_documents(
    documents: Sequence[Document],
    cleaned: Mapping[str, CleanText],
    claims: Sequence[Claim],
    mentions: Mapping[str, list[Mention]],
    gazetteer: Gazetteer,
    fixed: Mapping[str, Fixed] | None = None,
) -> list[Claim]:
    """The second half of grounding, document by document, given the corpus' gazetteer.

    `fixed`: the claims' `fixed_slots`, when read already (the same slots; a claim missing
    from it is read here)."""
    by_doc: dict[str, list[Claim]] = {}
    for claim in claims:
        by_doc.setdefault(claim.document_id, []).append(claim)
    docs = {doc.id: doc for doc in documents}
    out: list[Claim] = []
    for doc_id, doc_claims in by_doc.items():
        doc = docs[doc_id]
        starts = _clean_starts(doc_claims, cleaned[doc_id])
        locators = [_Locator(cleaned[doc_id], start) for start in starts]
        profiles = [get_profile(claim.lang) for claim in doc_claims]
        named = [
            _entities(mentions[claim.id], gazetteer, locate)
            for claim, locate in zip(doc_claims, locators, strict=True)
        ]
        resolved = resolve_document(doc_claims, starts, cleaned[doc_id], named, profiles)
        grounded: list[Claim] = []
        for k, claim in enumerate(doc_claims):
            profile, locate = profiles[k], locators[k]
            found = sorted(
                [*named[k], *(((r.start, r.end), r.entity) for r in resolved.found[k])],
                key=lambda item: item[0][0],
            )
            local = [span for span, _ in found]
            entities = [ent for _, ent in found]
            subject = _subject(entities, local)
            text = claim.normalized
            known = fixed.get(claim.id) if fixed is not None else None
            quote_spans, local_times, local_quantities = (
                known if known is not None else _fixed(text, doc.published, profile)
            )
            # one speaker per claim (it depends on the claim, not on the quote): asked once per
            # quote, a claim with a thousand quotes took seconds
            who = speaker(text, quote_spans, entities, local, profile) if quote_spans else None
            for span, ent in zip(local, entities, strict=True):
                if who is not None and ent.canonical == who and ent.via != "anaphor":
                    if is_complement(text, span[0], profile):
                        # "le groupe de Seattle « ... »": a complement is no speaker; the
                        # claim's subject is, when it is named
                        who = resolved.subjects[k]
                    else:
                        who = full_name(text, span, who, profile)  # never a bare head noun
                    break
            quotes = []
            for q0, q1 in quote_spans:
                start, end = locate.span(q0, q1)
                quotes.append(Quote(text=text[q0:q1], start=start, end=end, speaker=who))
            times = []
            for ref in local_times:
                start, end = locate.span(ref.start, ref.end)
                times.append(ref.model_copy(update={"start": start, "end": end, "actor": subject}))
            quantities = []
            for qty in local_quantities:
                start, end = locate.span(qty.start, qty.end)
                quantities.append(qty.model_copy(update={"start": start, "end": end}))
            substitutions = [(r.start, r.end, r.replacement) for r in resolved.found[k]]
            grounded.append(
                claim.model_copy(
                    update={
                        "normalized": _substitute(text, substitutions),
                        "entities": tuple(entities),
                        "quotes": tuple(quotes),
                        "times": tuple(times),
                        "quantities": tuple(quantities),
                        "resolutions": tuple(r.resolution for r in resolved.found[k]),
                    }
                )
            )
        out.extend(resolve_event_times(grounded))
    order = {claim.id: i for i, claim in enumerate(claims)}
    return sorted(out, key=lambda c: order[c.id])
