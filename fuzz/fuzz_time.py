"""Fuzz the time resolver: any text, any publication date, both languages.

    python fuzz/fuzz_time.py --runs 5000          # a hypothesis loop, no atheris needed
    python fuzz/fuzz_time.py -max_total_time=600  # coverage-guided, with atheris installed

The first byte picks the language, the next three a (possibly partial) publication date, the
rest is the text. Every TimeRef found must index the text, in order and without overlaps,
with earliest <= latest; `shift`, `describe` and `compatible` must not fail on it, and
`compatible` must be symmetric.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _driver import run

from claimcheck.ground.time import find_times
from claimcheck.ground.time_values import compatible, describe, shift
from claimcheck.lang import available, get_profile


def _published(raw: bytes) -> str | None:
    if len(raw) < 3 or raw[0] % 5 == 0:
        return None
    day = dt.date(1990, 1, 1) + dt.timedelta(days=int.from_bytes(raw[1:3], "little") % 18_000)
    return day.isoformat()[: (4, 7, 10, 10)[raw[0] % 4]]


def check(data: bytes) -> None:
    langs = available()
    lang = langs[data[0] % len(langs)] if data else langs[0]
    published = _published(data[1:4])
    text = data[4:].decode("utf-8", "replace")
    refs = find_times(text, published=published, profile=get_profile(lang))
    previous = 0
    for ref in refs:
        assert previous <= ref.start <= ref.end <= len(text), (ref, text)
        previous = ref.end
        assert ref.earliest is None or ref.latest is None or ref.earliest <= ref.latest, ref
        describe(ref)
        for days in (-1, 1, 400):
            shift(ref, days)
    for a in refs:
        for b in refs:
            assert compatible(a, b) == compatible(b, a), (a, b)


WORDS = [
    "mardi", "vendredi dernier", "le 3 juin", "le 14 mars 2020", "hier", "la veille",
    "le lendemain de l'annonce", "il y a deux semaines", "en 2019", "Tuesday", "last Friday",
    "March 15, 2023", "two days after the vote", "10/06/2020", "2020-06-10", "31 février",
    "lundi 10 juin", "the day before", "dans trois mois", "le week-end dernier", " ", ", ", ". ",
]  # fmt: skip
SEEDS = st.builds(
    lambda head, words: head + " ".join(words).encode(),
    st.binary(min_size=4, max_size=4),
    st.lists(st.sampled_from(WORDS), max_size=12),
)

if __name__ == "__main__":
    run(check, SEEDS)
