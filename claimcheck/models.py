"""The data contract: the pydantic models that stages pass to each other, and the JSON report.

Every model is frozen and forbids unknown fields. Offsets (`start`, `end`) always index the
*original* document text (`Document.text`), so `document.text[claim.start:claim.end]` is the
claim's verbatim text, whatever cleaning did in between. Vectors never live in these models;
they travel beside them as numpy arrays.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

if TYPE_CHECKING:
    from typing_extensions import Self

SCHEMA_VERSION = "1.9"

Status = Literal["corroborated", "conflicting", "single-source", "update", "non-claim"]
#: What a segment of text is: a checkable claim, or one of the kinds of text that state no fact
#: (kept in the report, never aligned, never counted as corroboration or as a single source).
ClaimKind = Literal[
    "claim",
    "heading",
    "byline",
    "caption",
    "credit",
    "dateline",
    "signature",
    "question",
    "fragment",
]
DiscrepancyKind = Literal["date", "number", "entity", "spelling", "quote", "polarity"]
Granularity = Literal["minute", "hour", "part_of_day", "day", "week", "month", "year", "unknown"]
#: how precise a time of day is: its minute, its hour, or a part of the day ("en soirée")
ClockGranularity = Literal["minute", "hour", "part_of_day"]
#: how a written time of day is bounded ("vers", "peu avant", "after"); None: exact
TimeQualifier = Literal["about", "shortly_before", "shortly_after", "before", "after"]
PartOfDay = Literal["morning", "midday", "afternoon", "evening", "night", "day", "early", "late"]
Bound = Literal["exact", "approx", "at_least", "more_than", "at_most", "less_than", "range"]
EntityKind = Literal["ORG", "PER", "LOC", "MISC"]

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


#: one shared set per distinct set of field names given (see `Model`)
_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


def _shared_fields_set(model: BaseModel) -> None:
    """Point `model` at the one shared copy of its set of given field names.

    pydantic keeps, on every instance, its own set of the fields it was given (what
    `exclude_unset` reads): 0.2-2 KB an instance, more than the instance's values in a grounded
    claim (48 MB of sets against 27 MB of values at 20k synthetic claims, nearly all equal).
    The models are frozen, so nothing adds to the set after it is made: equal sets can be one.
    """
    given = model.__pydantic_fields_set__
    shared = _FIELDS_SETS.setdefault(frozenset(given), given)
    if shared is not given:
        object.__setattr__(model, "__pydantic_fields_set__", shared)


class Model(BaseModel):
    """Base of every claimcheck model: immutable, strict about fields.

    Instances given the same fields share one set of their names (`_shared_fields_set`).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_post_init(self, context: Any, /) -> None:
        _shared_fields_set(self)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        copied = super().model_copy(update=update, deep=deep)
        _shared_fields_set(copied)
        return copied


class Span(Model):
    """A piece of a document: `text` is the normalised surface, offsets index the original."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Document(Model):
    """One article as read from disk or given by the caller."""

    id: str = Field(min_length=1)
    text: str
    published: str | None = Field(
        default=None, description="ISO date, possibly partial: 2020, 2020-06 or 2020-06-11"
    )
    lang: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None

    @field_validator("published")
    @classmethod
    def _check_published(cls, value: str | None) -> str | None:
        if value is None:
            return None
        if not _PARTIAL_DATE.match(value):
            raise ValueError(f"published must look like 2020, 2020-06 or 2020-06-11, got {value!r}")
        parts = [int(p) for p in value.split("-")]
        try:
            dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
        except ValueError as exc:
            raise ValueError(f"published is not a real date: {value!r}") from exc
        return value


class TimeRef(Span):
    """A time expression resolved against the publication date or another event.

    `earliest`..`latest` bound the day (or period) meant; `candidates` lists the possible days
    when the text allows several (e.g. "vendredi dernier" under a month-only publication date).
    A time of day ("vers 21 h 30", "9:40 p.m.", "en fin d'après-midi") adds `time_start`..
    `time_end`, the minutes after midnight it allows (widened by its `qualifier`), `clock`
    as written and `time_granularity`; `zone`/`utc_offset_minutes` when a zone is stated. A
    duration ("pendant trois heures") has `duration_minutes` only. Nothing is more precise than
    the text and its anchor allow.
    """

    granularity: Granularity
    earliest: dt.date | None = None
    latest: dt.date | None = None
    candidates: tuple[dt.date, ...] = ()
    weekday: int | None = Field(default=None, ge=0, le=6, description="0 = Monday")
    weekday_unmatched: int | None = Field(
        default=None,
        ge=0,
        le=6,
        description="a weekday the text gives that none of the dates it allows falls on "
        "('vendredi 9 septembre' in a year where the 9th is a Saturday): left out of "
        "`weekday`, kept here so that the report shows the contradiction (schema 1.7)",
    )
    month: int | None = Field(default=None, ge=1, le=12)
    day: int | None = Field(default=None, ge=1, le=31, description="day of the month, when known")
    year: int | None = None
    anchor: Literal["absolute", "publication", "event", "none"] = "none"
    offset_days: int | None = Field(
        default=None, description="for event-relative phrases: days from the anchor event"
    )
    anchor_text: str | None = Field(
        default=None, description="for event-relative phrases: the anchor event's words"
    )
    actor: str | None = Field(
        default=None, description="canonical entity whose action this time dates, when known"
    )
    # times of day (schema 1.x, optional): an interval of minutes after midnight of the day
    # meant (of `earliest` when dated; the time of day alone otherwise)
    time_start: int | None = Field(
        default=None, ge=0, le=2880, description="first minute after midnight the text allows"
    )
    time_end: int | None = Field(
        default=None,
        ge=0,
        description="end minute (exclusive); over 1440: the next day, and so on (since schema "
        "1.9 a range whose bounds lie days apart, 'from 9 a.m. Monday to 5 p.m. Friday', "
        "counts its end from its first day's midnight)",
    )
    clock: int | None = Field(
        default=None, ge=0, lt=1440, description="the time of day as written, minutes after 0:00"
    )
    time_granularity: ClockGranularity | None = None
    qualifier: TimeQualifier | None = None
    part_of_day: PartOfDay | None = None
    zone: str | None = Field(
        default=None, description="stated time zone: 'local', 'UTC', 'UTC+02:00' or an IANA name"
    )
    utc_offset_minutes: int | None = Field(
        default=None, description="the stated zone's offset from UTC on that day, when known"
    )
    duration_minutes: float | None = Field(
        default=None, ge=0, description="for durations ('pendant trois heures'): their length"
    )


class Quantity(Span):
    """A number with its unit, scale and bound: [low, high] is the set of values it allows."""

    value: float
    low: float | None = None
    high: float | None = None
    bound: Bound = "exact"
    unit: str | None = Field(default=None, description="canonical unit: USD, EUR, %, year, ...")
    dimension: Literal["money", "duration", "percent", "count", "measure"] = "count"
    noun: str | None = Field(
        default=None,
        description="what is counted, lower-cased; for an age (kind age), since schema 1.8, "
        "the name of the person whose age it is, when the text names them",
    )
    kind: str | None = Field(
        default=None,
        description="what is counted or measured, the same in every language: dead, injured, "
        "rescuers, length, money, magnitude, ... (None: not known)",
    )
    plausible: bool = Field(
        default=True, description="False when the value is outside what its kind allows (a typo?)"
    )


class EntityMention(Span):
    """A named entity, an alias or an anaphor, with its canonical form across the corpus."""

    canonical: str
    kind: EntityKind = "MISC"
    via: Literal["name", "alias", "anaphor"] = "name"


class Quote(Span):
    """Words between quotation marks, with the speaker they are attributed to when known."""

    speaker: str | None = None


class Resolution(Model):
    """An anaphor ("elle", "le groupe") and the referent it stands for, with the evidence.

    Offsets index the original document. The claim's verbatim text is never rewritten: displays
    show the referent as marked context after the anaphor ("Elle [la Chambre des représentants]").
    """

    start: int = Field(ge=0, description="the anaphor, in the original document")
    end: int = Field(ge=0)
    anaphor: str = Field(description="the anaphor as written")
    referent: str = Field(description="canonical name of what it stands for")
    surface: str = Field(description='the antecedent as written: "la Chambre des représentants"')
    antecedent_start: int | None = Field(default=None, ge=0)
    antecedent_end: int | None = Field(default=None, ge=0)
    evidence: str = Field(description='why: "gender+number agree; subject of previous sentence"')


class Claim(Model):
    """One atomic, checkable statement: a span of a document plus its typed slots."""

    id: str
    document_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(description="verbatim: document.text[start:end]")
    normalized: str = Field(description="cleaned, repaired and decontextualised form")
    sentence: int = Field(ge=0, description="index of the sentence in its document")
    lang: str
    kind: ClaimKind = Field(
        default="claim", description="claim, or the kind of non-claim (heading, byline, ...)"
    )
    focus_start: int | None = Field(
        default=None,
        ge=0,
        description="for one fact of a sentence that states several: where its own words start",
    )
    focus_end: int | None = Field(default=None, ge=0)
    story_id: str | None = Field(default=None, description="the story (event) it belongs to")
    times: tuple[TimeRef, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    resolutions: tuple[Resolution, ...] = Field(
        default=(), description="anaphors of the claim resolved to a referent, with evidence"
    )
    status: Status | None = None
    cluster_id: str | None = None
    origin_id: str | None = Field(
        default=None, description="the independent origin this claim's passage comes from"
    )
    review: Review | None = Field(
        default=None, description="a person's decision on this claim: marked wrong or retracted"
    )


ReviewAction = Literal["confirm", "dismiss", "wrong", "retract"]
ReviewState = Literal["confirmed", "dismissed", "resolved"]


class Review(Model):
    """A person's decision: a discrepancy confirmed or dismissed, a claim wrong or retracted.

    A discrepancy decision is found again in later runs by `fingerprint` (the kind and the
    claim texts of each side, by document) or, failing that, by the same `values` between the
    same documents (`document_ids`, one tuple per value: a later run may add documents). A
    claim decision is found by `document_id` and `text_key` (the hash of its verbatim text).
    """

    ref: str = Field(description="d-xxxxxxxx (a discrepancy) or k-xxxxxxxx (a claim)")
    target: Literal["discrepancy", "claim"]
    action: ReviewAction
    reviewer: str = Field(min_length=1)
    note: str = ""
    at: str = Field(description="when, UTC, ISO 8601 (2026-12-01T09:30:00Z)")
    fingerprint: str = Field(description="the exact key the decision is matched by")
    kind: DiscrepancyKind | None = None
    values: tuple[str, ...] = Field(default=(), description="normalised side values, sorted")
    document_ids: tuple[tuple[str, ...], ...] = Field(
        default=(), description="for each of `values`, the documents that stated it"
    )
    document_id: str | None = Field(default=None, description="a claim decision: its document")
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    text_key: str | None = Field(default=None, description="hash of the claim's verbatim text")
    summary: str = Field(default="", description="what was decided on, in one line")


class Highlight(Model):
    """Where a claim states a disputed value: offsets into its document's original text."""

    claim_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Side(Model):
    """One side of a discrepancy: a value and the claims (and documents) that state it."""

    value: str
    claim_ids: tuple[str, ...]
    document_ids: tuple[str, ...]
    evidence: tuple[str, ...] = Field(default=(), description="the words each claim uses")
    highlights: tuple[Highlight, ...] = Field(
        default=(), description="the disputed words in each claim, for display"
    )
    outlets: int = Field(default=0, ge=0, description="distinct documents on this side")
    independent_sources: int = Field(default=0, ge=0, description="distinct origins on this side")
    first_document_id: str | None = Field(
        default=None, description="the earliest publication on this side (dated ones only)"
    )
    first_published: str | None = None


class Discrepancy(Model):
    """Sources of one cluster disagree on a checkable detail."""

    id: str
    cluster_id: str
    kind: DiscrepancyKind
    sides: tuple[Side, ...] = Field(min_length=2)
    explanation: str
    ref: str | None = Field(
        default=None,
        description="stable reference (d-xxxxxxxx) from the claims on each side: the same in "
        "every run that finds the same disagreement; what `claimcheck review` takes",
    )
    review_state: ReviewState | None = Field(
        default=None,
        description="confirmed or dismissed by a person, or resolved (a side's claims were all "
        "marked wrong or retracted); a dismissed or resolved discrepancy fails no gate",
    )
    review: Review | None = Field(default=None, description="the decision that set the state")


class Update(Model):
    """A later report revises a value stated by an earlier one."""

    id: str
    cluster_id: str
    kind: DiscrepancyKind
    earlier: Side
    later: Side
    explanation: str


class Cluster(Model):
    """Claims that state the same fact, across sources and languages."""

    id: str
    claim_ids: tuple[str, ...]
    document_ids: tuple[str, ...] = Field(description="the outlets, earliest publication first")
    status: Status
    outlets: int = Field(default=0, ge=0, description="distinct documents")
    independent_sources: int = Field(default=0, ge=0, description="distinct origins")
    first_document_id: str | None = None
    first_published: str | None = None
    explanation: str | None = Field(
        default=None, description='why the status, e.g. "3 outlets, 1 origin (AFP dispatch)"'
    )
    story_id: str | None = None
    probability: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="mean calibrated P(same fact) of its claim pairs from different documents",
    )


class Origin(Model):
    """Where passages come from: one outlet's own reporting, or a source several outlets copy."""

    id: str
    kind: Literal["outlet", "shared"]
    label: str = Field(description='"AFP dispatch", "text shared by 2 outlets", or the outlet')
    document_ids: tuple[str, ...]
    agency: str | None = None
    evidence: tuple[str, ...] = Field(
        default=(), description="the attributions and near-identical passages that group them"
    )


class Story(Model):
    """Articles (or passages) that report one event; facts align only inside a story."""

    id: str
    document_ids: tuple[str, ...] = Field(description="earliest publication first")
    label: str = Field(description="the names and dates the story's articles share most")
    first_published: str | None = None
    cluster_ids: tuple[str, ...] = ()


class Component(Model):
    """Name and version of a part that produced the report."""

    name: str
    version: str


class Report(Model):
    """The result of a check: the JSON form is claimcheck's public, versioned schema."""

    schema_version: str = SCHEMA_VERSION
    generator: Component
    embedder: Component
    settings: dict[str, str | int | float | bool | None]
    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    clusters: tuple[Cluster, ...]
    discrepancies: tuple[Discrepancy, ...]
    updates: tuple[Update, ...] = ()
    origins: tuple[Origin, ...] = ()
    stories: tuple[Story, ...] = ()
    reviews: tuple[Review, ...] = Field(
        default=(), description="the review decisions of the store the report was made with"
    )
    warnings: tuple[str, ...] = ()

    def counts(self) -> dict[str, int]:
        """Number of claims per status."""
        out = {"corroborated": 0, "conflicting": 0, "single-source": 0, "update": 0, "non-claim": 0}
        for claim in self.claims:
            if claim.status is not None:
                out[claim.status] += 1
        return out

    def _repr_html_(self) -> str:
        from claimcheck.report.html import to_html

        return to_html(self, fragment=True)
