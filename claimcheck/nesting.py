"""text -> the nesting depth of quotes and brackets at each character.

Shared by segmentation (no sentence ends inside a quote), non-claims (a question mark inside
a quote asks nothing of the reader) and atomic claims (a breakdown in brackets is no list of
facts). Straight double quotes toggle; with `lines`, a line break closes everything (a quote
left open by a typo does not swallow the rest of the page).
"""

from __future__ import annotations

import re

__all__ = ["OPENERS", "depth_after", "depths"]

#: opening marks and the mark that closes each
OPENERS = {"«": "»", "“": "”", "(": ")", "[": "]"}
_CLOSERS = {v: k for k, v in OPENERS.items()}
_MARKS = re.compile("[" + re.escape("".join(OPENERS) + "".join(_CLOSERS)) + '"\n]')


def _walk(text: str, out: list[int] | None, *, lines: bool) -> int:
    """The depth after `text`; with `out`, the depth before each character is appended."""
    depth, straight, last = 0, False, 0
    for match in _MARKS.finditer(text):  # the depth only changes after these characters
        at = match.start()
        if out is not None:
            out.extend([depth + int(straight)] * (at + 1 - last))
        last = at + 1
        ch = text[at]
        if ch in OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
        elif ch == '"':
            straight = not straight
        elif lines:  # a line break
            depth, straight = 0, False
    if out is not None:
        out.extend([depth + int(straight)] * (len(text) - last))
    return depth + int(straight)


def depths(text: str, *, lines: bool = False) -> list[int]:
    """The nesting depth before each character of `text`."""
    out: list[int] = []
    _walk(text, out, lines=lines)
    return out


def depth_after(text: str) -> int:
    """The nesting depth after the last character of `text`."""
    return _walk(text, None, lines=False)
