"""claim texts -> EntityMentions: names, acronyms, aliases, anaphors; canonical forms corpus-wide.

The default path needs no model: a name is a run of capitalised words (or an acronym, or a
code such as "A320") that is not a function word, a calendar word or an ordinary word that
merely opens a sentence. Mentions are grouped across the corpus by a key that ignores case
and the accent of a word's initial capital ("Etats-Unis" = "États-Unis"); the canonical form
is the group's most frequent spelling. A rare group within a small edit distance of a much
more frequent one ("Recokgnition" beside "Rekognition") takes that group's canonical form,
which is how `compare` later finds spelling discrepancies.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from claimcheck.lang import LanguageProfile, word_zipf
from claimcheck.models import EntityKind

__all__ = ["Gazetteer", "Mention", "build_gazetteer", "find_mentions", "fold"]

_ELISION = r"(?:(?:[dlnmstcj]|qu|jusqu|lorsqu|puisqu)['’])?"
_CAP_WORD = r"[A-ZÀ-ÝŒ][\w’'&.-]*[\w&]|[A-ZÀ-Ý]"
_NAME = re.compile(
    rf"(?<![\w’'-]){_ELISION}(?P<name>(?:{_CAP_WORD})"
    rf"(?:[ \u00a0](?:(?:de|des|du|of|la|von|van|bin|el)[ \u00a0])?(?:{_CAP_WORD}))*)",
    re.UNICODE,
)
_OPENING = " \"«“'’([-–—"
_CODE = re.compile(r"^[A-Z]{1,4}-?\d{2,5}[A-Z]?$")
_SPELLING_MIN_LEN = 5
_SPELLING_MIN_SIMILARITY = 0.8
_COMMON_WORD_ZIPF = 3.0


@dataclass(frozen=True)
class Mention:
    """A name found in a text: local offsets and the surface as written."""

    start: int
    end: int
    surface: str
    sentence_initial: bool


def fold(name: str) -> str:
    """The grouping key of a name: case-folded, the accent of each initial capital dropped."""
    words = []
    for word in re.split(r"([ \u00a0-])", name):
        if word[:1].isupper():
            words.append(unicodedata.normalize("NFD", word[0])[0] + word[1:])
        else:
            words.append(word)
    return "".join(words).replace("\u00a0", " ").replace("’", "'").casefold()


@cache
def _alias_pattern(profile: LanguageProfile) -> re.Pattern[str] | None:
    if not profile.text.aliases:
        return None
    alternatives = "|".join(
        re.escape(a) for a, _ in sorted(profile.text.aliases, key=lambda p: -len(p[0]))
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _is_function_word(word: str, profile: LanguageProfile) -> bool:
    low = word.lower().rstrip(".")
    return low in profile.text.stop_words or low in profile.text.calendar_words


def _common_word(word: str, lang: str) -> bool:
    return word_zipf(word.lower(), lang) >= _COMMON_WORD_ZIPF


def find_mentions(text: str, profile: LanguageProfile) -> list[Mention]:
    """Candidate names in `text` (one sentence or clause), before corpus-level filtering."""
    out: list[Mention] = []
    alias = _alias_pattern(profile)
    taken: list[tuple[int, int]] = []
    if alias is not None:
        for match in alias.finditer(text):
            out.append(Mention(match.start(), match.end(), match.group(), match.start() == 0))
            taken.append((match.start(), match.end()))
    # Where the text stops being opening marks; a name before it opens the text. Found once,
    # and the words of a run are dropped by index: copying text[:start] for every name and
    # words[1:] for every function word made a long run of names or of "A A A" quadratic.
    opening = len(text) - len(text.lstrip(_OPENING))
    for match in _NAME.finditer(text):
        start, end = match.span("name")
        if any(a < end and start < b for a, b in taken):
            continue
        words = match.group("name").replace("\u00a0", " ").split(" ")
        # drop function words that open the run ("Le", "Cette"): they are not part of a name
        first, last = 0, len(words)
        while first < last and _is_function_word(words[first], profile):
            start += len(words[first]) + 1
            first += 1
        while first < last and _is_function_word(words[last - 1], profile):
            end -= len(words[last - 1]) + 1
            last -= 1
        if first == last:
            continue
        surface = text[start:end].rstrip(".")
        for suffix in profile.text.possessive_suffixes:
            if surface.endswith(suffix) and len(surface) > len(suffix) + 1:
                surface = surface[: -len(suffix)]
                break
        end = start + len(surface)
        before = start
        while before > 0 and text[before - 1].isspace():
            before -= 1
        initial = start <= opening or text[before - 1 : before] in ".!?:"
        out.append(Mention(start, end, surface, initial))
    return sorted(out, key=lambda m: m.start)


@dataclass(frozen=True)
class Gazetteer:
    """Corpus-wide knowledge of names: canonical form and kind for each grouping key."""

    canonical: dict[str, str]
    kinds: dict[str, EntityKind]
    aliases: dict[str, str]

    def resolve(self, surface: str) -> tuple[str, EntityKind, bool] | None:
        """(canonical, kind, via_alias) for a surface form, None when it is not a name."""
        if surface in self.aliases:
            target = self.aliases[surface]
            key = fold(target)
            return self.canonical.get(key, target), self.kinds.get(key, "ORG"), True
        key = fold(surface)
        if key not in self.canonical:
            return None
        return self.canonical[key], self.kinds[key], False


def _kind(surfaces: Counter[str], after_place: int) -> EntityKind:
    total = sum(surfaces.values())
    if after_place * 2 > total:
        return "LOC"
    top = surfaces.most_common(1)[0][0]
    words = top.split()
    if len(words) == 1 and (top.isupper() or not _CODE.match(top)):
        return "ORG"
    if 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words):
        return "PER"
    return "MISC"


def build_gazetteer(
    mentions: Sequence[tuple[Mention, str, LanguageProfile, str]],
) -> Gazetteer:
    """Group the mentions of a corpus: (mention, document id, profile, text before it)."""
    surfaces: dict[str, Counter[str]] = {}
    documents: dict[str, set[str]] = {}
    after_place: Counter[str] = Counter()
    midsentence: set[str] = set()
    lang_of: dict[str, str] = {}
    aliases: dict[str, str] = {}
    for mention, doc_id, profile, before in mentions:
        aliases.update(dict(profile.text.aliases))
        key = fold(mention.surface)
        surfaces.setdefault(key, Counter())[mention.surface] += 1
        documents.setdefault(key, set()).add(doc_id)
        lang_of.setdefault(key, profile.code)
        previous = re.findall(r"(\w+)\W*$", before)
        if previous and previous[0].lower() in profile.text.place_prepositions:
            after_place[key] += 1
        if not mention.sentence_initial:
            midsentence.add(key)
    keep = {
        key
        for key in surfaces
        if key in midsentence
        or " " in key
        or any(s.isupper() and len(s) > 1 for s in surfaces[key])
        or not _common_word(key, lang_of[key])
    }
    keep -= {fold(a) for a in aliases}
    canonical = {key: surfaces[key].most_common(1)[0][0] for key in keep}
    kinds = {key: _kind(surfaces[key], after_place[key]) for key in keep}
    _merge_spelling_variants(keep, surfaces, documents, lang_of, canonical)
    return Gazetteer(canonical=canonical, kinds=kinds, aliases=aliases)


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _merge_spelling_variants(
    keys: set[str],
    surfaces: dict[str, Counter[str]],
    documents: dict[str, set[str]],
    lang_of: dict[str, str],
    canonical: dict[str, str],
) -> None:
    """Give rare near-spellings the canonical form of a much more frequent name.

    Only names found in two or more documents can be a majority form; they are searched with
    rapidfuzz's batch scorer, so a corpus with many names stays fast.
    """
    counts = {key: sum(surfaces[key].values()) for key in keys}
    majors = sorted(
        (k for k in keys if len(documents[k]) >= 2 and counts[k] >= 2), key=lambda k: -counts[k]
    )
    if not majors:
        return
    for small in sorted(keys):
        if len(small) < _SPELLING_MIN_LEN or _common_word(small, lang_of[small]):
            continue
        matches = process.extract(
            small,
            majors,
            scorer=Levenshtein.normalized_similarity,
            score_cutoff=_SPELLING_MIN_SIMILARITY,
            limit=8,
        )
        for big, _, _ in sorted(matches, key=lambda m: -counts[m[0]]):
            if big == small or counts[big] < 2 * counts[small] or abs(len(big) - len(small)) > 2:
                continue
            if _digits(small) != _digits(big):
                continue  # "A321" is another model than "A320", not a misspelling of it
            canonical[small] = canonical[big]
            break
