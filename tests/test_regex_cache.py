"""The compiled programs of regular expressions, kept between processes (claimcheck.regex_cache)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimcheck import regex_cache
from claimcheck.ground.lazy_pattern import lazy

# a French and an English date reader of the kind the time grammars build
FRENCH = (
    r"(?<![\w'’])(?:le\s+)?(?P<day>\d{1,2}|premier|1er)\s+"
    r"(?P<month>janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
    r"|décembre)(?:\s+(?P<year>\d{4}))?(?![\w-])"
)
ENGLISH = (
    r"(?<![\w'’])(?P<month>January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:,\s+(?P<year>\d{4}))?\b"
)
TEXTS = {
    FRENCH: "Le conseil municipal s'est réuni le 1er mars 2025, puis le 14 Juillet et le "
    "premier août ; l'ouverture est fixée au 3 septembre.",
    ENGLISH: "The council met on March 1st, 2025, again on july 14 and on August 1; the "
    "bridge reopens September 3rd.",
}


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, Any]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    regex_cache._folder.cache_clear()
    yield tmp_path
    regex_cache._folder.cache_clear()


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources `_assemble` parses from now on (the probe included)."""
    made: list[str] = []
    real = regex_cache._assemble

    def assemble(source: str, flags: int) -> regex_cache.Program:
        made.append(source)
        return real(source, flags)

    monkeypatch.setattr(regex_cache, "_assemble", assemble)
    return made


def _programs(root: Path) -> list[Path]:
    return [p for p in (root / "regex").rglob("*") if p.is_file() and not p.name.startswith(".")]


@pytest.mark.parametrize("source", [FRENCH, ENGLISH])
def test_a_kept_program_matches_as_re_compiles_it(
    source: str, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _found(re.compile(source, re.IGNORECASE), TEXTS[source])
    assert len(expected) >= 3
    first = regex_cache.compile_cached(source, re.IGNORECASE)
    assert _found(first, TEXTS[source]) == expected
    assert len(_programs(cache_dir)) == 2  # the probe's and this pattern's
    regex_cache._folder.cache_clear()  # as a new process
    made = _spy(monkeypatch)
    again = regex_cache.compile_cached(source, re.IGNORECASE)
    assert made == [regex_cache._PROBE[0]]  # the probe only: the pattern was read, not parsed
    assert _found(again, TEXTS[source]) == expected
    assert (again.pattern, again.flags, again.groups, again.groupindex) == (
        first.pattern,
        first.flags,
        first.groups,
        first.groupindex,
    )


def test_flags_are_part_of_the_key(cache_dir: Path) -> None:
    text = TEXTS[ENGLISH]
    regex_cache.compile_cached(ENGLISH, re.IGNORECASE)
    exact = regex_cache.compile_cached(ENGLISH)
    assert _found(exact, text) == _found(re.compile(ENGLISH), text)  # "july 14" not found
    assert len(_found(exact, text)) == len(_found(re.compile(ENGLISH, re.IGNORECASE), text)) - 1


def test_a_damaged_file_is_compiled_again_and_rewritten(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regex_cache.compile_cached(FRENCH, re.IGNORECASE)
    probe = regex_cache._folder()
    assert probe is not None
    name = regex_cache._named(FRENCH, re.IGNORECASE).hex()
    path = probe / name
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 0xFF
    path.write_bytes(bytes(raw))
    regex_cache._folder.cache_clear()
    made = _spy(monkeypatch)
    pattern = regex_cache.compile_cached(FRENCH, re.IGNORECASE)
    assert made.count(FRENCH) == 1
    assert _found(pattern, TEXTS[FRENCH]) == _found(re.compile(FRENCH, re.I), TEXTS[FRENCH])
    assert regex_cache._read(path, bytes.fromhex(name)) is not None  # valid again


def test_a_probe_that_differs_turns_the_cache_off(cache_dir: Path) -> None:
    folder = regex_cache._folder()
    assert folder is not None
    name = regex_cache._named(*regex_cache._PROBE)
    flags, code, groups, index, names = regex_cache._assemble(*regex_cache._PROBE)
    regex_cache._write(folder / name.hex(), name, (flags, code[::-1], groups, index, names))
    regex_cache._folder.cache_clear()
    assert regex_cache._folder() is None
    pattern = regex_cache.compile_cached(ENGLISH, re.IGNORECASE)
    assert _found(pattern, TEXTS[ENGLISH]) == _found(re.compile(ENGLISH, re.I), TEXTS[ENGLISH])
    assert len(_programs(cache_dir)) == 1  # the probe only


def test_off_and_errors_are_re_s(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", "off")
    regex_cache._folder.cache_clear()
    try:
        pattern = regex_cache.compile_cached(FRENCH, re.IGNORECASE)
        assert _found(pattern, TEXTS[FRENCH]) == _found(re.compile(FRENCH, re.I), TEXTS[FRENCH])
        monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
        regex_cache._folder.cache_clear()
        with pytest.raises(re.error):
            regex_cache.compile_cached(r"(?P<jour>\d+", 0)
    finally:
        regex_cache._folder.cache_clear()


def test_lazy_patterns_keep_their_programs(cache_dir: Path) -> None:
    pattern = lazy(ENGLISH, re.IGNORECASE)
    found = pattern.search(TEXTS[ENGLISH])
    assert found is not None and found.group("month") == "March"
    assert len(_programs(cache_dir)) == 2
