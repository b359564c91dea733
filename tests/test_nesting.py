"""nesting: the depth of quotes and brackets, one reading for segmentation, non-claims and facts."""

from __future__ import annotations

import pytest

from claimcheck.nesting import depth_after, depths


def test_depth_before_each_character() -> None:
    text = 'Il a dit « oui (deux) » puis "non".'
    found = depths(text)
    assert len(found) == len(text)
    assert found[text.index("«")] == 0  # the mark itself is still outside
    assert found[text.index("oui")] == 1
    assert found[text.index("deux")] == 2
    assert found[text.index("puis")] == 0
    assert found[text.index("non")] == 1  # a straight quote toggles
    assert depth_after(text) == 0


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("« une citation restée ouverte", 1),
        ("a closing mark with nothing open) stays at 0", 0),
        ('he said "yes', 1),
    ],
)
def test_depth_after_a_text(text: str, after: int) -> None:
    assert depth_after(text) == after
    assert depths(text + "x")[-1] == after


def test_a_line_break_closes_everything_only_when_asked() -> None:
    text = "« une citation\nqui ne se ferme pas"
    at = text.index("qui")
    assert depths(text)[at] == 1
    assert depths(text, lines=True)[at] == 0
