"""Phrase tables as patterns: the key tree matches what a flat alternation, longest first, does."""

from __future__ import annotations

import re

import pytest

from claimcheck.ground.phrases import SEP, alt, lead, norm, piece

_FR_YEARS = {
    "deux mille": 2000,
    "deux mille un": 2001,
    "deux mille dix": 2010,
    "deux mille dix-huit": 2018,
    "deux mille vingt": 2020,
    "deux mille vingt et un": 2021,
    "mille neuf cent quatre-vingt-dix": 1990,
    "mille neuf cent quatre-vingt-dix-neuf": 1999,
}
_EN_MONTHS = ["Jan", "January", "June", "Jun", "July", "Mar", "March", "May", "Sept", "September"]
_FR_LEADS = ["aujourd'hui", "l'an", "l'année", "la veille", "le lendemain", "lundi", "lun"]

_TEXTS = [
    "Le traité a été signé en deux mille dix-huit, puis révisé en deux mille vingt et un.",
    "Il est né en mille neuf cent quatre-vingt-dix-neuf et elle en deux mille.",
    "On a compté deux mille dix-huit-cents visiteurs ; deux-mille-dix  à Lyon.",
    "The vote moved from June to July, then to Sept. 4 and finally to September 30.",
    "Shares of March Networks fell in Mar; in May, Maya said January was worse.",
    "Aujourd’hui comme l’année dernière, la veille du scrutin et le lendemain, lundi.",
    "L' an passé, lun. 3 mars, l'Année a commencé.",
]


def _flat(keys: list[str], tail: bool) -> str:
    ordered = sorted({norm(k) for k in keys}, key=len, reverse=True)
    parts = [piece(k) + ("" if not tail or k.endswith("'") else SEP) for k in ordered]
    return "(?:" + "|".join(parts) + ")"


def _spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


@pytest.mark.parametrize("keys", [list(_FR_YEARS), _EN_MONTHS, _FR_LEADS])
@pytest.mark.parametrize("after", ["", r"(?![\w-])", r"\s+\d", r"\.?\s+(?:et|and|\d)"])
def test_tree_matches_the_flat_alternation(keys: list[str], after: str) -> None:
    for text in _TEXTS:
        assert _spans(alt(keys) + after, text) == _spans(_flat(keys, False) + after, text)
        assert _spans(lead(keys) + after, text) == _spans(_flat(keys, True) + after, text)


def test_longest_key_first_and_backtracking_to_a_shorter_one() -> None:
    years = re.compile(rf"en (?P<y>{alt(_FR_YEARS)})(?P<end>[.,])", re.IGNORECASE)
    found = [m.group("y") for m in years.finditer(_TEXTS[0] + " " + _TEXTS[1])]
    assert found == ["deux mille dix-huit", "deux mille vingt et un", "deux mille"]
    # the longest key fails what follows, so a shorter one is taken: "Sept" before ". 4"
    months = re.compile(rf"to (?P<m>{alt(_EN_MONTHS)})\.? \d", re.IGNORECASE)
    assert [m.group("m") for m in months.finditer(_TEXTS[3])] == ["Sept", "September"]


def test_word_bounds_and_apostrophes() -> None:
    months = re.compile(alt(_EN_MONTHS), re.IGNORECASE)
    assert [m.group() for m in months.finditer("Maya met in Mayfair in May")] == ["May"]
    leads = re.compile(lead(_FR_LEADS), re.IGNORECASE)
    # "le lendemain," and "lundi." are followed by no separator
    found = [m.group().strip() for m in leads.finditer(_TEXTS[5])]
    assert found == ["Aujourd’hui", "l’année", "la veille"]


def test_no_keys_never_match() -> None:
    assert re.search(alt([]), "anything") is None
    assert re.search(lead([]), "anything") is None


def test_the_tree_is_shorter_than_the_flat_alternation() -> None:
    keys = list(_FR_YEARS)
    assert len(alt(keys)) < len(_flat(keys, False)) * 0.6
