"""Document -> CleanText: boilerplate out, wrapped lines joined, ligatures repaired, offsets kept.

The cleaned text is built from pieces, each tied to a span of the original text. A piece is
either a verbatim copy (character i of the piece is character i of its span) or a replacement
(a repaired word, a joined line break). `CleanText.original_span` maps any cleaned span back to
the original text; nothing is ever truncated. Hard breaks ("\n") in the cleaned text mark
paragraph and heading boundaries; soft line wraps become spaces.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
import unicodedata
from collections.abc import Mapping
from functools import cache

import ftfy

from claimcheck.lang import LanguageProfile, word_zipf
from claimcheck.models import Document, Model
from claimcheck.read import HEADER

__all__ = ["CleanText", "clean", "uses_vocabulary", "vocabulary"]

_LIGATURES = ("fi", "fl", "ff", "ft", "ffi", "ffl", "tt", "st", "th")
_REPLACEMENT = "\ufffd"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)
#: A word with a lost ligature. It starts only where a word starts: tried at every letter, a
#: long word without U+FFFD was rescanned from each of its letters (quadratic: 20 000
#: capitals took 5 s).
_DAMAGED = re.compile(r"(?<![^\W\d_])[^\W\d_]*\ufffd[\w\ufffd]*", re.UNICODE)
_TERMINAL = tuple('.!?»"”…)')
#: A caption that ends with a photographer's credit in capitals: "..., le 16 mai. KIRSTY"
_CREDIT = re.compile(r"[.)]\s+[A-ZÀ-Ý]{3,}(?:[ -][A-ZÀ-Ý]{2,})*\s*(?:/\s*[A-Z][\w ]*)?\s*$")


class CleanText(Model):
    """The cleaned text of one document and the map back to its original offsets."""

    document_id: str
    text: str
    pieces: tuple[tuple[int, int, int, bool], ...]
    """(clean start, original start, original end, verbatim) for each piece, in order."""

    def _piece_starts(self) -> list[int]:
        # Built once per `pieces`, not per call: a long article maps thousands of spans over
        # thousands of pieces (quadratic). Kept beside the fields, never dumped or compared.
        cached = self.__dict__.get("_piece_starts_cache")
        if cached is None or cached[0] is not self.pieces:
            cached = (self.pieces, [p[0] for p in self.pieces])
            self.__dict__["_piece_starts_cache"] = cached
        starts: list[int] = cached[1]
        return starts

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of cleaned `text[start:end]`."""
        starts = self._piece_starts()
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        c0, o0, o1, verbatim = self.pieces[i]
        orig_start = o0 + (start - c0) if verbatim else o0
        j = max(bisect.bisect_right(starts, max(end - 1, start)) - 1, 0)
        c0, o0, o1, verbatim = self.pieces[j]
        orig_end = o0 + (end - c0) if verbatim else o1
        return orig_start, max(orig_end, orig_start)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pieces: list[tuple[int, int, int, bool]] = []
        self.length = 0

    def add(self, text: str, orig_start: int, orig_end: int, *, verbatim: bool) -> None:
        if not text:
            return
        self.pieces.append((self.length, orig_start, orig_end, verbatim))
        self.parts.append(text)
        self.length += len(text)


@cache
def _boilerplate(profile: LanguageProfile) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in profile.text.boilerplate)
    return re.compile(body or r"(?!)", re.IGNORECASE)  # no table: no line is boilerplate


def vocabulary(documents: list[Document]) -> dict[str, int]:
    """Counts of the intact words of a corpus (lower-case), used to repair damaged ones."""
    counts: dict[str, int] = {}
    for doc in documents:
        for word in _WORD.findall(doc.text):
            key = word.lower()
            counts[key] = counts.get(key, 0) + 1
    return counts


def uses_vocabulary(doc: Document) -> bool:
    """Whether cleaning `doc` reads the corpus vocabulary: only to repair damaged words."""
    return _REPLACEMENT in doc.text


def _known(word: str, vocab: Mapping[str, int], lang: str) -> float:
    """How sure we are that `word` is a real word: corpus count first, then the word list."""
    key = word.lower()
    return float(vocab.get(key, 0)) * 2.0 + word_zipf(key, lang)


def _repair(word: str, vocab: Mapping[str, int], lang: str) -> str:
    """Put back the ligature a PDF extraction lost ("pro\ufffdlage" -> "profilage")."""
    holes = word.count(_REPLACEMENT)
    if holes == 0 or holes > 2:
        return word
    best, best_score = word, 0.0
    for combo in itertools.product(_LIGATURES, repeat=holes):
        candidate = word
        for lig in combo:
            candidate = candidate.replace(_REPLACEMENT, lig, 1)
        score = _known(candidate, vocab, lang)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _add_line(
    builder: _Builder, line: str, offset: int, vocab: Mapping[str, int], lang: str
) -> None:
    """Add one kept line, repairing damaged words and fixing Unicode, verbatim where unchanged."""
    position = 0
    for match in _DAMAGED.finditer(line):
        _add_fixed(builder, line[position : match.start()], offset + position)
        repaired = _repair(match.group(), vocab, lang)
        builder.add(repaired, offset + match.start(), offset + match.end(), verbatim=False)
        position = match.end()
    _add_fixed(builder, line[position:], offset + position)


def _plain(chunk: str) -> bool:
    """Printable ASCII without '&': nothing ftfy mends (mojibake, ligatures, widths, C1 and
    control characters, terminal escapes, line breaks need other characters; HTML entities
    an '&'; NFC leaves ASCII as it is), so it is not asked."""
    return chunk.isascii() and chunk.isprintable() and "&" not in chunk


def _add_fixed(builder: _Builder, chunk: str, offset: int) -> None:
    fixed = (
        ftfy.fix_text(chunk, uncurl_quotes=False, normalization="NFC")
        if chunk and not _plain(chunk)
        else chunk
    )
    if fixed == chunk:
        builder.add(chunk, offset, offset + len(chunk), verbatim=True)
        return
    matcher = difflib.SequenceMatcher(None, chunk, fixed, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            builder.add(fixed[j1:j2], offset + i1, offset + i2, verbatim=True)
        else:
            builder.add(fixed[j1:j2], offset + i1, offset + i2, verbatim=False)


def _lines(text: str, start: int) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    position = start
    for raw in text[start:].splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append((position, body))
        position += len(raw)
    return out


def _is_boilerplate(line: str, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.search(line)) or bool(_CREDIT.search(line))


def clean(doc: Document, profile: LanguageProfile, vocab: Mapping[str, int]) -> CleanText:
    """Clean one document; `vocab` is the corpus vocabulary from `vocabulary()`."""
    header = HEADER.match(doc.text)
    lines = _lines(doc.text, header.end() if header else 0)
    pattern = _boilerplate(profile)
    widths = sorted(len(body.strip()) for _, body in lines if body.strip())
    wrap_width = widths[int(len(widths) * 0.9)] if len(widths) >= 8 else 10**9

    builder = _Builder()
    in_boilerplate = False
    pending_break: tuple[int, int] | None = None  # original span of a hard break to emit
    previous: str | None = None
    for offset, body in lines:
        stripped = body.strip()
        lead = len(body) - len(body.lstrip())
        if not stripped:
            in_boilerplate = False
            pending_break = pending_break or (offset, offset + len(body))
            previous = None
            continue
        if (in_boilerplate and stripped[:1].islower()) or _is_boilerplate(stripped, pattern):
            # a boilerplate link wrapped over several lines goes on in lower case
            in_boilerplate = not stripped.endswith(_TERMINAL)
            pending_break = pending_break or (offset, offset + len(body))
            previous = None
            continue
        if builder.length:
            if pending_break is not None or previous is None:
                builder.add("\n", *(pending_break or (offset, offset)), verbatim=False)
            elif previous.endswith("-") and stripped[:1].islower():
                head = _WORD.findall(previous)[-1:] or [""]
                tail = _WORD.findall(stripped)[:1] or [""]
                joined = head[0].rstrip("-") + tail[0]
                if _known(joined, {}, profile.code) >= 3.0:
                    builder.parts[-1] = builder.parts[-1][:-1]
                    builder.length -= 1
                    c0, o0, o1, verbatim = builder.pieces[-1]
                    if verbatim:  # the hyphen leaves the piece's original span too
                        builder.pieces[-1] = (c0, o0, o1 - 1, verbatim)
            elif previous.endswith(_TERMINAL) and not stripped[:1].islower():
                builder.add("\n", offset - 1, offset, verbatim=False)
            elif stripped[:1].islower() or len(previous) >= 0.6 * wrap_width:
                builder.add(" ", offset - 1, offset, verbatim=False)
            else:
                builder.add("\n", offset - 1, offset, verbatim=False)
        pending_break = None
        in_boilerplate = False
        start = offset + lead
        _add_line(builder, body[lead:].rstrip(), start, vocab, profile.code)
        previous = stripped
    text = unicodedata.normalize("NFC", "".join(builder.parts))
    if len(text) != builder.length:  # NFC changed a length across pieces: keep the raw join
        text = "".join(builder.parts)
    return CleanText(document_id=doc.id, text=text, pieces=tuple(builder.pieces))
