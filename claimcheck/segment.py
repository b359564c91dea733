"""CleanText -> Claims: sentences, then self-contained clauses, quotes whole; non-claims marked.

Sentence boundaries are hard breaks of the cleaned text and terminal punctuation followed by a
capital, a digit or an opening quote, except after the language's abbreviations and initials
and never inside quotation marks or brackets. A sentence is then cut into clauses at
semicolons, dashes and the language's clause conjunctions ("mais", "but"), but only where both
halves are long enough and the second does not lean on the first through a pronoun or an
anaphor ("..., mais il a changé d'avis" stays whole: alone, its half would say nothing).

Segments that state no fact (headings, bylines, captions, credits, tweet signatures, questions,
fragments: `claimcheck.nonclaim`) are kept as claims of that `kind`, never cut into clauses. A
dateline ("PARIS (AFP) -") and a heading glued before a paragraph's first sentence become
non-claims of their own, and the sentence after them starts where they end.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Iterator
from functools import cache

from claimcheck import nesting
from claimcheck.clean import CleanText
from claimcheck.lang import LanguageProfile
from claimcheck.models import Claim, ClaimKind, Document
from claimcheck.nonclaim import Line, classify, dateline, glued_heading, line_context, signature

__all__ = ["segment", "sentences"]

#: Terminal punctuation before the next sentence. It only starts at the first mark of a run, and
#: the optional opening mark owns the spaces after it: otherwise a run of n dots, or a run of
#: n spaces after a full stop, is retried in O(n) ways at O(n) places (quadratic backtracking:
#: 20 000 dots took 12 s).
#: A sentence starts with a capital (Latin, Greek, Cyrillic), a digit, or a letter of a script
#: without capitals (Arabic, Hebrew, Indic, CJK...); "؟" and "।" end sentences too.
_END = re.compile(
    r"(?<![.!?…؟।])[.!?…؟।]+(?:[ \u00a0\u202f]?[»”\"')\]])*"
    r"(?=\s+(?:[\"«“„¿¡(\-–—]\s*)?[A-ZÀ-ÝΑ-ΩА-Я0-9\u0590-\u08ff\u0900-\u0dff\u3040-\u9fff\uac00-\ud7af])"
)
_WORD = re.compile(r"\w+", re.UNICODE)
_MIN_WORDS = 3
_CLAUSE_MIN_WORDS = 4


def _ends_with_abbreviation(text: str, dot: int, profile: LanguageProfile) -> bool:
    match = re.search(r"(\w+)\W*$", text[max(0, dot - 30) : dot + 1].rstrip(".!?…"))
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    return word.lower() in profile.text.abbreviations


def sentences(text: str, profile: LanguageProfile) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of `text`, without surrounding whitespace."""
    depths = nesting.depths(text, lines=True)
    cuts = [0]
    for match in _END.finditer(text):
        # inside quotes or brackets there is no boundary, unless the mark closes them right
        # after the full stop: « Le pont est fermé. » La préfecture ...
        if depths[match.end()] or _ends_with_abbreviation(text, match.start(), profile):
            continue
        cuts.append(match.end())
    cuts.extend(m.end() for m in re.finditer(r"\n", text))
    cuts.append(len(text))
    cuts = sorted(set(cuts))
    for cut, next_cut in itertools.pairwise(cuts):
        start, end = cut, next_cut
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            yield start, end


def _leans_on_context(part: str, profile: LanguageProfile) -> bool:
    head = " ".join(_WORD.findall(part.lower())[:7])
    words = set(head.split())
    if words & profile.text.subject_pronouns:
        return True
    return any(anaphor.split("'")[-1] in head for anaphor in profile.text.org_anaphors)


@cache
def _clause_cuts(profile: LanguageProfile) -> re.Pattern[str]:
    """Where a sentence may be cut into clauses: a semicolon, a dash, a comma before a
    conjunction of the language."""
    conj = "|".join(sorted(profile.text.clause_conjunctions, key=len, reverse=True))
    return re.compile(rf";\s+|\s[–—]\s+|,\s+(?=(?:{conj})\b)" if conj else r";\s+|\s[–—]\s+")


def _clauses(text: str, start: int, end: int, profile: LanguageProfile) -> list[tuple[int, int]]:
    sentence = text[start:end]
    depths = nesting.depths(sentence, lines=True)
    pattern = _clause_cuts(profile)
    pieces: list[tuple[int, int]] = []
    last = 0
    # Words are counted by bisecting the sentence's word starts, and only the words the pronoun
    # test reads are sliced: counting the words left and right of each cut anew made a sentence
    # with thousands of semicolons quadratic.
    words = [(m.start(), m.end()) for m in _WORD.finditer(sentence)]
    word_starts = [w[0] for w in words]
    for match in pattern.finditer(sentence):
        if depths[match.start()]:
            continue
        first_right = bisect.bisect_left(word_starts, match.end())
        n_left = bisect.bisect_left(word_starts, match.start()) - bisect.bisect_left(
            word_starts, last
        )
        if n_left < _CLAUSE_MIN_WORDS or len(words) - first_right < _CLAUSE_MIN_WORDS:
            continue
        head_end = words[min(first_right + 7, len(words)) - 1][1]
        if _leans_on_context(sentence[match.end() : head_end], profile):
            continue
        pieces.append((last, match.start()))
        last = match.end()
    pieces.append((last, len(sentence)))
    return [(start + a, start + b) for a, b in pieces if sentence[a:b].strip()]


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of the cleaned text that holds something."""
    spans, position = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_Piece = tuple[int, int, ClaimKind | None]


def _pieces(
    text: str, start: int, end: int, line_index: int, first: bool, profile: LanguageProfile
) -> list[_Piece]:
    """A sentence cut into a dateline or a glued heading, its body, and a tweet signature."""
    out: list[_Piece] = []
    if first:
        cut = dateline(text[start:end], line_index)
        if cut is not None:
            out.append((*_trim(text, start, start + cut[0]), "dateline"))
            start = start + cut[1]
        elif line_index < 3:
            body = glued_heading(text[start:end], profile)
            if body is not None:
                out.append((*_trim(text, start, start + body), "heading"))
                start = start + body
    tail: list[_Piece] = []
    sig = signature(text[start:end])
    if sig is not None and sig > 0:
        tail.append((*_trim(text, start + sig, end), "signature"))
        end = start + sig
    out.append((*_trim(text, start, end), None))
    return [p for p in out + tail if p[0] < p[1]]


def segment(doc: Document, cleaned: CleanText, profile: LanguageProfile) -> list[Claim]:
    """The claims of one document, in reading order, with offsets into the original text."""
    claims: list[Claim] = []
    text = cleaned.text
    lines = _lines(text)
    line_starts = [a for a, _ in lines]

    def add(c_start: int, c_end: int, index: int, kind: ClaimKind) -> None:
        o_start, o_end = cleaned.original_span(c_start, c_end)
        claims.append(
            Claim(
                id=f"{doc.id}#{len(claims) + 1}",
                document_id=doc.id,
                start=o_start,
                end=o_end,
                text=doc.text[o_start:o_end],
                normalized=text[c_start:c_end],
                sentence=index,
                lang=profile.code,
                kind=kind,
            )
        )

    context: Line | None = None
    for index, (s_start, s_end) in enumerate(sentences(text, profile)):
        line_no = max(bisect.bisect_right(line_starts, s_start) - 1, 0)
        l_start, l_end = lines[line_no] if lines else (0, len(text))
        first = context is None or context.index != line_no  # the line's first sentence
        if context is None or first:
            context = line_context(text[l_start:l_end], line_no, line_no >= len(lines) - 1, profile)
        for p_start, p_end, forced in _pieces(text, s_start, s_end, line_no, first, profile):
            if forced == "dateline":
                add(p_start, p_end, index, forced)
                continue
            if len(_WORD.findall(text[p_start:p_end])) < _MIN_WORDS:
                continue
            line = dataclasses.replace(context, start=p_start - l_start, end=p_end - l_start)
            kind = forced or classify(text[p_start:p_end], line, profile)
            if kind is not None:
                add(p_start, p_end, index, kind)
                continue
            for c_start, c_end in _clauses(text, p_start, p_end, profile):
                add(c_start, c_end, index, "claim")
    return claims
