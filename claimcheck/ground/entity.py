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
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from claimcheck.ground.territories import territory_names
from claimcheck.lang import LanguageProfile, available, word_zipf
from claimcheck.models import EntityKind

__all__ = [
    "Gazetteer",
    "Mention",
    "build_gazetteer",
    "derived",
    "find_mentions",
    "fold",
    "harmless_variant",
]

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
#: spellings that transliterations into French and English write differently, and the one
#: sound they stand for ("Marrakesh" / "Marrakech", "Oulad" / "Ulad", "Djibouti" / "Jibouti")
_TRANSLITERATION = (("sh", "ch"), ("ph", "f"), ("ou", "u"), ("dj", "j"), ("kh", "k"))


@dataclass(frozen=True)
class Mention:
    """A name found in a text: local offsets and the surface as written."""

    start: int
    end: int
    surface: str
    sentence_initial: bool


@lru_cache(maxsize=1 << 16)  # asked for every sighting and every resolution, of few names
def _bare_initials(name: str) -> str:
    """`name` with the accent of each initial capital dropped ("Émirats" -> "Emirats")."""
    return "".join(
        unicodedata.normalize("NFD", word[0])[0] + word[1:] if word[:1].isupper() else word
        for word in re.split(r"([ \u00a0-])", name)
    )


def fold(name: str) -> str:
    """The grouping key of a name: case-folded, the accent of each initial capital dropped."""
    return _bare_initials(name).replace("\u00a0", " ").replace("’", "'").casefold()


@cache
def _alias_pattern(profile: LanguageProfile) -> re.Pattern[str] | None:
    if not profile.text.aliases:
        return None
    alternatives = "|".join(
        re.escape(a) for a, _ in sorted(profile.text.aliases, key=lambda p: -len(p[0]))
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@cache
def _territory_pattern(profile: LanguageProfile) -> re.Pattern[str] | None:
    """The language's territory names that a run of capitalised words does not cover
    ("Émirats arabes unis", "Arabie saoudite", "Bosnia and Herzegovina"), found whole."""
    names = sorted(
        (name for _, lang, name in territory_names() if lang == profile.code),
        key=lambda name: -len(name),
    )
    partial = [name for name in names if " " in name and not _NAME.fullmatch(name)]
    if not partial:
        return None
    # as `fold` groups them: "Emirats arabes unis" is "Émirats arabes unis"
    partial = list(dict.fromkeys(form for name in partial for form in (name, _bare_initials(name))))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(n) for n in partial)})(?![\w-])")


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
    for whole in (alias, _territory_pattern(profile)):
        if whole is None:
            continue
        for match in whole.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
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
            for _ in range(3):  # "Grande-Bretagne" -> "Royaume-Uni" -> "United Kingdom"
                if target not in self.aliases or self.aliases[target] == target:
                    break
                target = self.aliases[target]
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


#: the words of a text; the last one is the word before a name (the last run of word
#: characters: only others follow it). Anchoring a search at the end instead, "(\w+)\W*$",
#: tries every word of the window and rescans the rest of it each time
_WORDS = re.compile(r"\w+")


def build_gazetteer(
    mentions: Sequence[tuple[Mention, str, LanguageProfile, str]],
) -> Gazetteer:
    """Group the mentions of a corpus: (mention, document id, profile, text before it)."""
    surfaces: dict[str, Counter[str]] = {}
    documents: dict[str, set[str]] = {}
    after_place: Counter[str] = Counter()
    midsentence: set[str] = set()
    lang_of: dict[str, str] = {}
    profiles: dict[str, LanguageProfile] = {}
    aliases: dict[str, str] = {}
    last_seen: dict[LanguageProfile, int] = {}  # each profile's aliases, read once
    for at, (mention, doc_id, profile, before) in enumerate(mentions):
        if profile not in last_seen:
            aliases.update(dict(profile.text.aliases))
        last_seen[profile] = at
        key = fold(mention.surface)
        surfaces.setdefault(key, Counter())[mention.surface] += 1
        documents.setdefault(key, set()).add(doc_id)
        lang_of.setdefault(key, profile.code)
        profiles.setdefault(key, profile)
        previous = _WORDS.findall(before)[-1:]
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
        or _territory(lang_of[key], key) is not None  # "L'Espagne a annoncé..." opens a sentence
    }
    for profile in sorted(last_seen, key=last_seen.__getitem__):
        aliases.update(dict(profile.text.aliases))  # as if updated at every mention: the last wins
    keep -= {fold(a) for a in aliases}
    territories = _territory_aliases(keep, surfaces, lang_of)
    aliases.update(territories)
    keep -= {fold(a) for a in territories}
    canonical = {key: surfaces[key].most_common(1)[0][0] for key in keep}
    kinds = {key: _kind(surfaces[key], after_place[key]) for key in keep}
    _merge_spelling_variants(keep, surfaces, documents, lang_of, canonical, kinds, profiles)
    return Gazetteer(canonical=canonical, kinds=kinds, aliases=aliases)


@cache
def _territory_keys() -> dict[tuple[str, str], str]:
    """(language, grouping key) -> territory code, for the packaged CLDR names."""
    return {(lang, fold(name)): code for code, lang, name in territory_names()}


_ELIDED = re.compile(r"^\w{1,2}'(?=\w)")  # an elided article glued to a name: "l'", "d'"


def _territory(lang: str, key: str) -> str | None:
    """The territory code of a grouping key, also behind an elided article ("l'espagne", as
    the capitalised "L'Espagne" that opens a sentence is read)."""
    table = _territory_keys()
    return table.get((lang, key)) or table.get((lang, _ELIDED.sub("", key)))


def _territory_aliases(
    keys: set[str], surfaces: dict[str, Counter[str]], lang_of: dict[str, str]
) -> dict[str, str]:
    """Surfaces -> canonical name, for the territories the corpus names in more than one way
    ("Espagne" in French, "Spain" in English): the most frequent name stays the canonical
    form, the others become its aliases."""
    named: dict[str, list[str]] = {}
    for key in sorted(keys):
        code = _territory(lang_of[key], key)
        if code is not None:
            named.setdefault(code, []).append(key)
    aliases: dict[str, str] = {}
    for members in named.values():
        if len(members) < 2:
            continue
        # the most frequent name, one without an elided article first
        main = max(members, key=lambda k: (not _ELIDED.match(k), sum(surfaces[k].values()), k))
        target = surfaces[main].most_common(1)[0][0]
        for key in members:
            if key != main:
                aliases.update(dict.fromkeys(surfaces[key], target))
    return aliases


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _skeleton(name: str, *, doubles: bool) -> str:
    """A name without what accents and transliteration vary: diacritics, y for i, sh for ch...
    ("Muñoz" = "Munoz", "Zelenskyy" = "Zelensky" = "Zelenski"); with `doubles`, doubled
    letters too ("Mohammed" = "Mohamed")."""
    plain = "".join(
        ch for ch in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(ch)
    )
    plain = re.sub("y+", "i", plain)
    for written, sound in _TRANSLITERATION:
        plain = plain.replace(written, sound)
    return re.sub(r"(\w)\1+", r"\1", plain) if doubles else plain


def _bare(name: str) -> str:
    """A name without a leading elided article ("L'Ever Given") and with hyphens as spaces."""
    return re.sub(r"^\w{1,2}['’](?=\w)", "", name).replace("-", " ")


def _attested(word: str) -> bool:
    return any(word_zipf(word, code) > 0 for code in available())


def harmless_variant(a: str, b: str) -> bool:
    """Are two spellings one name written with other accents or another transliteration?

    A doubled letter is a transliteration when both spellings are attested names ("Mohammed"
    / "Mohamed", "Osama" / "Ossama"), a misspelling otherwise ("Delaney" / "Delanney").
    """
    wa, wb = _bare(a).split(), _bare(b).split()
    if len(wa) != len(wb):
        return False
    for x, y in zip(wa, wb, strict=True):
        if _skeleton(x, doubles=False) == _skeleton(y, doubles=False):
            continue
        if _skeleton(x, doubles=True) != _skeleton(y, doubles=True):
            return False
        if not (_attested(x.casefold()) and _attested(y.casefold())):
            return False
    return True


def derived(a: str, b: str, profile: LanguageProfile) -> bool:
    """Is one word the other with an inflection or a derivation ("Ukraine" / "Ukrainians",
    "Maroc" / "Marocains")? Such words are two words, not two spellings of one."""
    a, b = a.casefold(), b.casefold()
    derivations = profile.morphology.derivations
    endings = ("", *profile.morphology.inflections, *derivations)
    for x, y in ((a, b), (b, a)):
        for cut in range(len(x), max(len(x) - 3, 2), -1):
            stem, ex, ey = x[:cut], x[cut:], y[cut:]
            inflected = x != y and y.startswith(stem) and ex in endings and ey in endings
            # one ending must derive: "Harlow" / "Harlowe" is a spelling matter
            if inflected and (ex in derivations or ey in derivations):
                return True
    return False


def _merge_spelling_variants(
    keys: set[str],
    surfaces: dict[str, Counter[str]],
    documents: dict[str, set[str]],
    lang_of: dict[str, str],
    canonical: dict[str, str],
    kinds: dict[str, EntityKind],
    profiles: dict[str, LanguageProfile],
) -> None:
    """Give near-spellings of a name the canonical form of its more frequent spelling.

    A rare spelling takes the form of one at least twice as frequent; two spellings of about
    the same frequency take one form when no document uses both and the documents that use
    them name the same other things (the same referent, by context): one outlet's "Dupond"
    against another's "Dupont". Accent-only and transliteration variants merge too (they are
    one name; `harmless_variant` keeps them out of the discrepancies); an inflection or a
    demonym ("Ukraine" / "Ukrainians") never does. Majors are searched with rapidfuzz's
    batch scorer, so a corpus with many names stays fast.
    """
    counts = {key: sum(surfaces[key].values()) for key in keys}
    majors = sorted(
        (k for k in keys if len(documents[k]) >= 2 or counts[k] >= 2),
        key=lambda k: (-len(documents[k]), -counts[k], k),
    )
    if not majors:
        return
    cooccurring: dict[str, set[str]] = {}
    by_document: dict[str, set[str]] = {}
    for key in keys:
        for doc in documents[key]:
            by_document.setdefault(doc, set()).add(key)
    rank = {key: i for i, key in enumerate(majors)}
    merged: set[str] = set()
    reachable: dict[int, list[str]] = {}  # by length of the name: the majors it may match
    lengths = [len(m) for m in majors]
    for small in sorted(keys, key=lambda k: (len(documents[k]), counts[k], k)):
        if len(small) < _SPELLING_MIN_LEN:
            continue
        if " " not in small and _common_word(small, lang_of[small]):
            continue  # an ordinary word, not a name misspelt (a name of two words may be common)
        if len(small) not in reachable:
            reachable[len(small)] = _within_reach(len(small), majors, lengths)
        matches = process.extract(
            small,
            reachable[len(small)],
            scorer=Levenshtein.normalized_similarity,
            score_cutoff=_SPELLING_MIN_SIMILARITY,
            limit=8,
        )
        for big, _, _ in sorted(matches, key=lambda m: rank[m[0]]):
            if big == small or big in merged or abs(len(big) - len(small)) > 2:
                continue
            if _digits(small) != _digits(big):
                continue  # "A321" is another model than "A320", not a misspelling of it
            if derived(small, big, profiles[small]):
                continue
            if counts[big] < 2 * counts[small] or len(documents[big]) < 2:
                # about as frequent: one referent only when context says so
                if documents[big] & documents[small] or rank.get(small, len(rank)) < rank[big]:
                    continue
                if kinds[big] != kinds[small] or not _same_context(
                    small, big, documents, by_document, cooccurring
                ):
                    continue
            canonical[small] = canonical[big]
            merged.add(small)
            break


def _within_reach(length: int, majors: list[str], lengths: list[int]) -> list[str]:
    """The majors, in order, whose length lets a name of `length` characters reach the
    similarity cutoff: an edit distance is at least the difference of the lengths, and the
    similarity is 1 - distance / the longer length. The others would score below the cutoff
    and be left out of the matches anyway (half a character of slack against rounding)."""
    gap = 1 - _SPELLING_MIN_SIMILARITY
    near = {n for n in set(lengths) if abs(n - length) <= gap * max(n, length) + 0.5}
    return [m for m, n in zip(majors, lengths, strict=True) if n in near]


def _same_context(
    a: str,
    b: str,
    documents: dict[str, set[str]],
    by_document: dict[str, set[str]],
    cache: dict[str, set[str]],
) -> bool:
    """Do the documents naming `a` and those naming `b` share another name of two words?"""
    for key in (a, b):
        if key not in cache:
            cache[key] = {k for d in documents[key] for k in by_document[d]} - {key}
    return any(" " in k for k in (cache[a] & cache[b]) - {a, b})
