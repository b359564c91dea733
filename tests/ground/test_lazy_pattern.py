"""Patterns compiled on first use: a pattern source -> the compiled pattern's matches; the time
grammars build without compiling, and reading a text compiles only what its gates let in."""

from __future__ import annotations

import re

from claimcheck.ground import clock_grammar, time_grammar
from claimcheck.ground.lazy_pattern import LazyPattern, lazy
from claimcheck.lang import get_profile


def _compiled(p: LazyPattern) -> bool:
    return "_compiled" in vars(p)


def test_lazy_pattern_matches_as_the_compiled_one() -> None:
    source = r"(?<!\w)(\d{1,2}) h (\d\d)"
    text = "Le séisme a frappé à 23 h 11, puis à 0 h 42."
    p = lazy(source, re.IGNORECASE)
    assert not _compiled(p) and p.pattern == source
    eager = re.compile(source, re.IGNORECASE)
    assert [m.span() for m in p.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert _compiled(p)
    found, expected = p.search(text, 5), eager.search(text, 5)
    assert found is not None and expected is not None and found.span() == expected.span()
    assert p.match(text) is None and p.match(text, text.index("23")) is not None
    assert p.fullmatch("23 h 11") is not None
    assert p.sub("X", text) == eager.sub("X", text)


def test_grammars_build_without_compiling() -> None:
    for code in ("fr", "en"):
        v = get_profile(code).time
        g = time_grammar.grammar.__wrapped__(v)  # a fresh grammar, not the cached one
        assert not any(_compiled(p) for _, p in g.patterns)
        c = clock_grammar.grammar.__wrapped__(v)
        assert not any(_compiled(p) for _, p in c.patterns)


def test_a_text_compiles_only_what_its_gates_let_in() -> None:
    v = get_profile("en").time
    g = time_grammar.grammar.__wrapped__(v)
    text = "The minister resigned after a heated debate."  # no digit, month, weekday or unit
    for (_, pattern), gate in zip(g.patterns, g.gates, strict=True):
        if gate is None or gate.search(text):
            list(pattern.finditer(text))
    digit_gated = [p for (name, p) in g.patterns if name in ("iso", "numeric", "year")]
    assert digit_gated and not any(_compiled(p) for p in digit_gated)
