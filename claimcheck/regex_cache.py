"""A regular expression's source -> its compiled program, kept in the user's cache.

The time, period and clock readers compile a few hundred large patterns (alternations of
every month, day and number word of a language) when a text first reaches them: 0.6 s of CPU
of a one-article `claimcheck check`, in every fresh process (benchmarks/README.md, "Latency
against a large store, tenth round"). What `re.compile` spends is parsing the source and
assembling the program of the `_sre` engine; that program depends on the source, the flags
and the interpreter only. So the program each pattern compiled to is kept in the user's cache
(`claimcheck.user_cache`), one small file per pattern in a folder per interpreter build, and a
later process hands it to `_sre.compile` as `re` itself does: the same `re.Pattern`, made
without parsing. A process reads the files of the patterns it compiles, no others.

Derived data, never trusted blindly: a file is named by a hash of the pattern's source and
flags, and carries that source's hash and a checksum of its content; once a process, a probe
pattern is compiled afresh and must give its stored program exactly. Otherwise (and on any
read error, an interpreter without `re._compiler`, or `CLAIMCHECK_CACHE_DIR=off`) the pattern
is compiled by `re`, and its program written (under a temporary name, then renamed).
"""

from __future__ import annotations

import hashlib
import pickle
import re
import sys
from array import array
from contextlib import suppress
from functools import cache
from pathlib import Path

from claimcheck.user_cache import cache_root, write_atomically

__all__ = ["compile_cached"]

try:
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10: no cache, `re.compile` as before
    _sre = _compiler = _parser = None

#: (flags as compiled, the program as bytes, groups - 1, group index, index group)
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

#: a pattern with the constructs the readers use (named groups, classes, look-arounds, case)
_PROBE = (r"(?<![\w'’])(?P<d>\d{1,2})(?:er|st)?\s+(?P<m>janv(?:ier)?|jan(?:uary)?)\b", 2)


def _typecode() -> str:
    return next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)


def _assemble(source: str, flags: int) -> Program:
    """What `re._compiler.compile` hands `_sre.compile`, made the same way."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    program = array(_typecode(), code).tobytes()
    groups = parsed.state.groups - 1
    return flags | parsed.state.flags, program, groups, groupindex, tuple(indexgroup)


def _make(source: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    made: re.Pattern[str] = _sre.compile(
        source, flags, array(_typecode(), code).tolist(), groups, groupindex, indexgroup
    )
    return made


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def _named(source: str, flags: int) -> bytes:
    return _digest(f"{int(flags)}|{source}".encode("utf-8", "surrogatepass"))


def _read(path: Path, name: bytes) -> Program | None:
    """The program a file holds, if its checksum and source hash hold."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    body = raw[32:]
    if raw[:16] != _digest(body) or raw[16:32] != name:
        return None
    try:
        program: Program = pickle.loads(body)  # the user's own cache, as use_cache's
    except Exception:  # any damage: compiled afresh
        return None
    return program


def _write(path: Path, name: bytes, program: Program) -> None:
    body = pickle.dumps(program, protocol=pickle.HIGHEST_PROTOCOL)
    with suppress(OSError):
        write_atomically(path, lambda handle: handle.write(_digest(body) + name + body))


def _lookup(folder: Path, source: str, flags: int) -> Program:
    """The pattern's program: stored, or made now and stored."""
    name = _named(source, flags)
    path = folder / name.hex()
    program = _read(path, name)
    if program is None:
        program = _assemble(source, flags)
        _write(path, name, program)
    return program


@cache
def _folder() -> Path | None:
    """This interpreter's folder of programs, once its probe holds (None: no cache)."""
    root = cache_root()
    if root is None or _sre is None:
        return None
    build = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}"
    folder = root / "regex" / hashlib.blake2b(build.encode(), digest_size=8).hexdigest()
    try:
        made = _assemble(*_PROBE)
    except Exception:  # an engine that differs: compiled by `re`
        return None
    return folder if _lookup(folder, *_PROBE) == made else None


def compile_cached(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, its program read from the user's cache when kept there."""
    flags = int(flags)
    folder = _folder()
    if folder is None or flags & re.DEBUG:
        return re.compile(source, flags)
    try:
        return _make(source, _lookup(folder, source, flags))
    except re.error:
        return re.compile(source, flags)  # raises the error `re` gives
    except (TypeError, ValueError, OverflowError):  # a program the engine refuses
        return re.compile(source, flags)
