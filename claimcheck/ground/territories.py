"""the CLDR's territory names -> (territory code, language, name) triples for the gazetteer.

"Espagne" and "Spain", "Maroc" and "Morocco", "Émirats arabes unis" and "United Arab Emirates"
name one place. When a corpus names a territory in two languages, the gazetteer gives the
names one canonical form (`claimcheck.ground.entity.build_gazetteer`), so that claims compare
their names across languages as they compare their figures. The names are data, made from
the Unicode CLDR (`claimcheck/data/territories.json`, written by `python -m
benchmarks.territories`); a language the file lacks simply has no territory names.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

__all__ = ["territory_names"]


@cache
def territory_names() -> tuple[tuple[str, str, str], ...]:
    """Every (code, language, name) of the packaged table: ("ES", "fr", "Espagne"), ..."""
    text = resources.files("claimcheck").joinpath("data/territories.json").read_text("utf-8")
    names: dict[str, dict[str, str]] = json.loads(text)["names"]
    return tuple(
        (code, lang, name) for code, by_lang in names.items() for lang, name in by_lang.items()
    )
