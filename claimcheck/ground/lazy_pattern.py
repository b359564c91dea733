"""A regular expression's source -> the compiled pattern, on first use.

The time readers build a few hundred patterns per language; most texts need only some of
them (each family stands behind a quick gate: a digit, a month's name, a unit). Compiling
all of them up front cost 0.4-0.6 s of every fresh process; a `LazyPattern` compiles when a
text first reaches it, and a text that never passes a pattern's gate never compiles it. The
compiled programs are kept between processes (`claimcheck.regex_cache`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from claimcheck.regex_cache import compile_cached

__all__ = ["LazyPattern", "lazy"]

_END = sys.maxsize


class LazyPattern:
    """`re.compile(source, flags)` deferred: the methods the readers use, delegated. On first
    use the compiled pattern's own methods replace them on the instance, so that a pattern
    tried at every position of a text costs what the compiled one does."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.pattern = source
        self.flags = flags

    @property
    def compiled(self) -> re.Pattern[str]:
        found: re.Pattern[str] | None = vars(self).get("_compiled")
        if found is None:
            found = compile_cached(self.pattern, self.flags)
            vars(self).update(
                _compiled=found,
                search=found.search,
                match=found.match,
                fullmatch=found.fullmatch,
                finditer=found.finditer,
                sub=found.sub,
            )
        return found

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)

    def sub(self, repl: str, text: str, count: int = 0) -> str:
        return self.compiled.sub(repl, text, count)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}...)"


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use."""
    return LazyPattern(source, flags)
