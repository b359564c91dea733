"""Phrase tables -> regular-expression pieces: spaces match hyphens, apostrophes match both."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

__all__ = ["SEP", "alt", "lead", "norm", "piece", "table"]

SEP = r"(?:\s*[-\u2010\u2011]\s*|\s+)"
_SPACES = re.compile(r"[\s\-\u2010\u2011]+")
_ELISION = re.compile(r"'\s+")


@lru_cache(maxsize=8192)
def norm(s: str) -> str:
    """A table key or a matched surface in one form: lower case, one space, straight quote."""
    s = _SPACES.sub(" ", s.lower().replace("’", "'"))
    return _ELISION.sub("'", s).strip(" .")


def piece(key: str) -> str:
    """The pattern of one key: a space also matches a hyphen, an apostrophe both forms."""
    return _pieces(key) + _bound(key)


def _bound(key: str) -> str:
    return r"(?!\w)" if key[-1].isalnum() else ""


def alt(keys: Iterable[str]) -> str:
    """One group matching any key, longest first (never matches when there are none)."""
    return _tree(keys, _bound)


def lead(keys: Iterable[str]) -> str:
    """Alternatives each followed by their separator (none after an apostrophe)."""
    return _tree(keys, lambda k: _bound(k) + ("" if k.endswith("'") else SEP))


def _tree(keys: Iterable[str], tail: Callable[[str], str]) -> str:
    """The keys as one group of their common prefixes, each key's `tail` after it.

    Two keys that match at one place are one the other's prefix (the table keys are `norm`ed:
    lower case, one space, no hyphen), and each branch tries its longer keys before ending, so
    the match is the one a flat alternation sorted longest first finds, backtracking included;
    the pattern is a fraction of its length (a table of years in words: 60,000 characters
    -> about a tenth), so it compiles and scans faster.
    """
    root: _Node = {}
    for key in {norm(k) for k in keys}:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[_END] = key
    return "(?:" + _branches(root, tail) + ")" if root else r"(?!)"


_END = ""
_Node = dict[str, Any]


def _branches(node: _Node, tail: Callable[[str], str]) -> str:
    """The alternatives below one node of the key tree, its own key's tail last."""
    out = []
    for ch in sorted(k for k in node if k != _END):
        label, child = ch, node[ch]
        while len(child) == 1 and _END not in child:  # a chain of single letters: one piece
            ((letter, child),) = child.items()
            label += letter
        rest = _branches(child, tail)
        out.append(_pieces(label) + (rest if len(child) == 1 else "(?:" + rest + ")"))
    if _END in node:
        out.append(tail(node[_END]))
    return "|".join(out)


def _pieces(text: str) -> str:
    """Part of a key as a pattern: a space also matches a hyphen, an apostrophe both forms."""
    return "".join(SEP if ch == " " else r"['’]\s*" if ch == "'" else re.escape(ch) for ch in text)


def table(*tables: Mapping[str, int]) -> dict[str, int]:
    """Tables merged, keyed by `norm`."""
    return {norm(k): v for t in tables for k, v in t.items()}
