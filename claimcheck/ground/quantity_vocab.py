"""NumberVocabulary -> compiled phrase tables: every phrase as a token tuple, with its spacing.

Phrases may span several tokens ("au moins", "km/h", "°C"); each is split by the tokenizer the
reader uses, and keeps whether its tokens touch ("km/h") or not ("pour cent"), or either way
where the table writes both ("°c", "° c").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Generic, TypeVar

from claimcheck.lang.number_types import Lean, NumberVocabulary
from claimcheck.models import Bound

V = TypeVar("V")

TOKEN = re.compile(r"\d+|[^\W\d_]+(?:[-\u2010][^\W\d_]+)*|\S")
APOSTROPHES = frozenset("'\u2019")


def norm(token: str) -> str:
    return token.lower().replace("\u2019", "'").replace("\u2010", "-")


@dataclass(frozen=True)
class Phrases(Generic[V]):
    """Phrases as token tuples, longest first."""

    entries: dict[tuple[str, ...], V]
    lengths: tuple[int, ...]
    #: for each phrase, whether each pair of neighbour tokens touches (None: either way)
    glue: dict[tuple[str, ...], tuple[bool | None, ...]]
    #: the lengths of the phrases by first token and by last token, longest first
    firsts: dict[str, tuple[int, ...]]
    lasts: dict[str, tuple[int, ...]]


def split(phrase: str) -> tuple[str, ...]:
    return tuple(norm(m.group()) for m in TOKEN.finditer(phrase))


def _glue(phrase: str) -> tuple[bool | None, ...]:
    found = list(TOKEN.finditer(phrase))
    return tuple(
        None if a.group() in APOSTROPHES else a.end() == b.start()
        for a, b in itertools.pairwise(found)
    )


def phrases(table: Mapping[str, V]) -> Phrases[V]:
    """Entries written with and without a space ("°c", "° c") are one phrase, either way."""
    entries = {split(k): v for k, v in table.items() if k.strip()}
    glue: dict[tuple[str, ...], tuple[bool | None, ...]] = {}
    for k in table:
        if k.strip():
            key, new = split(k), _glue(k)
            old = glue.get(key, new)
            glue[key] = tuple(a if a == b else None for a, b in zip(old, new, strict=True))
    firsts: dict[str, set[int]] = {}
    lasts: dict[str, set[int]] = {}
    for key in entries:
        firsts.setdefault(key[0], set()).add(len(key))
        lasts.setdefault(key[-1], set()).add(len(key))
    return Phrases(
        entries,
        tuple(sorted({len(k) for k in entries}, reverse=True)),
        glue,
        {k: tuple(sorted(v, reverse=True)) for k, v in firsts.items()},
        {k: tuple(sorted(v, reverse=True)) for k, v in lasts.items()},
    )


@dataclass(frozen=True)
class Compiled:
    vocab: NumberVocabulary
    scales: Phrases[float]
    currency_scales: Phrases[float]
    currencies: Phrases[str]
    prefixes: Phrases[str]
    percents: Phrases[str]
    durations: Phrases[tuple[str, float]]
    ages: Phrases[tuple[str, float]]
    age_openers: Phrases[bool]
    measures: Phrases[tuple[str, float]]
    left_units: Phrases[tuple[str, float]]
    bounds: Phrases[tuple[Bound, Lean]]
    post_bounds: Phrases[tuple[Bound, Lean]]
    openers: Phrases[str]
    connectors: Phrases[frozenset[str]]
    halves: Phrases[bool]
    fractions: Phrases[float]
    fraction_links: Phrases[bool]
    minus_words: Phrases[bool]
    fraction_joins: frozenset[str]
    links: Phrases[bool]
    signs: Phrases[bool]
    scale_words: frozenset[str]
    #: one-word units (measures, durations, ages, fractions), for cutting "six-mile"
    unit_words: frozenset[str]
    minor_currencies: Phrases[tuple[str, float]]
    #: words a number may start with, beyond digits and spelled numbers ("un", "half")
    number_starts: frozenset[str]
    glued_temperatures: Phrases[str]
    temperature_words: frozenset[str]
    label_nouns: frozenset[str]
    below_zero: Phrases[bool]
    left_percents: Phrases[bool]
    sub_units: Phrases[tuple[str, float]]


@cache
def compile_vocabulary(vocab: NumberVocabulary) -> Compiled:
    connectors: dict[str, set[str]] = {}
    for opener, connector in vocab.ranges:
        connectors.setdefault(connector, set()).add(" ".join(split(opener)))
    return Compiled(
        vocab=vocab,
        scales=phrases(vocab.scales),
        currency_scales=phrases(vocab.currency_scales),
        currencies=phrases(vocab.currencies),
        prefixes=phrases(vocab.currency_prefixes),
        percents=phrases(vocab.percents),
        durations=phrases(vocab.durations),
        ages=phrases(vocab.ages),
        age_openers=phrases(dict.fromkeys(vocab.age_openers, True)),
        measures=phrases(vocab.measures),
        left_units=phrases(vocab.left_units),
        bounds=phrases(vocab.bounds),
        post_bounds=phrases(vocab.post_bounds),
        openers=phrases({o: " ".join(split(o)) for o, _ in vocab.ranges if o}),
        connectors=phrases({c: frozenset(o) for c, o in connectors.items()}),
        halves=phrases(dict.fromkeys(vocab.halves, True)),
        fractions=phrases(vocab.fractions),
        fraction_links=phrases(dict.fromkeys(vocab.fraction_links, True)),
        minus_words=phrases(dict.fromkeys(vocab.minus_words, True)),
        fraction_joins=frozenset(vocab.fraction_joins),
        links=phrases(dict.fromkeys(vocab.links, True)),
        signs=phrases(dict.fromkeys(vocab.number_signs, True)),
        scale_words=frozenset(w for key in phrases(vocab.scales).entries for w in key),
        unit_words=frozenset(
            key[0]
            for table in (
                vocab.measures,
                vocab.durations,
                vocab.ages,
                vocab.fractions,
                vocab.scales,
            )
            for key in phrases(table).entries
            if len(key) == 1 and key[0][0].isalpha()
        ),
        minor_currencies=phrases(vocab.minor_currencies),
        number_starts=frozenset(vocab.ones)
        | frozenset(key[0] for key in phrases(vocab.fractions).entries),
        glued_temperatures=phrases(vocab.glued_temperatures),
        temperature_words=frozenset(vocab.temperature_words),
        label_nouns=frozenset(vocab.label_nouns),
        below_zero=phrases(dict.fromkeys(vocab.below_zero, True)),
        left_percents=phrases(dict.fromkeys(vocab.left_percents, True)),
        sub_units=phrases(vocab.sub_units),
    )
