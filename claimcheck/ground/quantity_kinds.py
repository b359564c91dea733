"""A quantity's tokens + KindVocabulary -> its language-neutral kind (dead, injured, length...).

A measure's kind comes from its canonical unit (`UNIT_KINDS`: m -> length), and a length's
from the words around it when they say what it measures ("95 mètres de large", "a depth of
10 km": width, depth; also height, and length itself); money, percent, duration and age are
kinds of their own. A count's kind comes, in this order, from

1. a several-word name after the number ("rescue workers", "membres des secours");
2. the counted noun, by lemma: accents folded, irregular forms mapped, one inflection ending
   stripped from the word and from the table alike, so "blessées", "blessés" and "blessé" are
   one lemma, "casualties" and "casualty" too;
3. for a generic noun ("personnes", "people") or none, a verb or participle after it, up to
   the clause's end ("12 personnes ont été tuées", "40 people died", "300 personnes blessées");
4. failing that, a verb or noun just before the figure ("killing at least 12", "a tué 12");
5. failing that, the count's subject, with only linking words between it and the figure
   ("the death toll has risen to 412", "le bilan s'est alourdi à 312"), and perhaps what it
   is the toll of before them ("the death toll from the storm rose to 19"); for a figure
   with no counted noun, the subject comes first ("the toll rose to 19 after rescuers...").

What happened to people counted by what they are (soldiers, children, protesters: the
`PERSON_KINDS`) is their kind when a verb says so (`EVENT_KINDS`): "3 soldats tués" and
"3 morts" both count the dead.

A noun that no table knows keeps kind None and is compared by its folded form, in one
language only; nothing is guessed from a word's spelling.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from claimcheck.ground.quantity_tokens import APOSTROPHES, Phrases, Tokens, phrases
from claimcheck.lang.number_types import (
    EVENT_KINDS,
    PERSON_KINDS,
    PLAUSIBLE,
    UNIT_KINDS,
    KindVocabulary,
)

__all__ = ["GENERIC", "KindReader", "measure_kind", "plausible"]

#: the kind of a noun that says people are counted, not what happened to them
GENERIC = "people"
#: people counted by what happened to them, whose kind a `causing` cue still gives ("a fait 12
#: victimes" counts the dead)
_CAUSED = frozenset({"victims"})
_WINDOW = 8  # tokens after the counted noun searched for a verb that says what it counts
_SUBJECT_GAP = 8  # linking words at most between a count's subject and its figure
_COMPLEMENT_WORDS = 8  # words at most of what the subject is of ("from the floods in the Var")


def fold(word: str) -> str:
    """Lower-case, accents folded."""
    text = unicodedata.normalize("NFKD", word.lower().replace("\u2019", "'"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def measure_kind(dimension: str, unit: str | None, *, age: bool = False) -> str | None:
    """The kind of a quantity that is not a count: money, percent, duration, age, length..."""
    if age:
        return "age"
    if dimension in ("money", "percent", "duration"):
        return dimension
    if dimension == "measure" and unit is not None:
        return UNIT_KINDS.get(unit)
    return None


#: a temperature scale -> (its zero in that scale, the size of a Celsius degree in it)
TEMPERATURE_SCALES = {"°C": (0.0, 1.0), "°F": (32.0, 5.0 / 9.0), "K": (273.15, 1.0)}


def to_celsius(value: float, unit: str) -> float:
    """A temperature of `unit` (one of `TEMPERATURE_SCALES`) in degrees Celsius."""
    zero, size = TEMPERATURE_SCALES[unit]
    return (value - zero) * size


def plausible(kind: str | None, value: float, unit: str | None = None) -> bool:
    """Whether `value` is within what `kind` allows (a magnitude of 62 is not); temperatures
    are bounded in degrees Celsius, so 104 °F (40 °C) is plausible."""
    limits = PLAUSIBLE.get(kind or "")
    if kind == "temperature" and unit in TEMPERATURE_SCALES:
        value = to_celsius(value, unit)
    return limits is None or limits[0] <= value <= limits[1]


@dataclass(frozen=True)
class _Compiled:
    vocab: KindVocabulary
    lemmas: dict[str, str]
    names: Phrases[str]
    before: Phrases[str]
    after: Phrases[str]
    subjects: Phrases[str]
    length_after: Phrases[str]
    length_before: Phrases[str]
    degree_after: Phrases[str]
    degree_before: Phrases[str]
    rereadings: dict[str, Phrases[str]]


@lru_cache(maxsize=8192)
def _stem(vocab: KindVocabulary, word: str) -> str:
    folded = fold(word)
    if folded in vocab.irregular:
        return fold(vocab.irregular[folded])
    for ending, replacement in vocab.suffixes:
        if folded.endswith(ending) and len(folded) - len(ending) >= 3:
            return folded[: -len(ending)] + replacement
    return folded


@cache
def _compile(vocab: KindVocabulary) -> _Compiled:
    lemmas: dict[str, str] = {}
    for kind, names in vocab.nouns.items():
        for name in sorted(names):
            lemmas.setdefault(_stem(vocab, name), kind)
    return _Compiled(
        vocab,
        lemmas,
        phrases({p: k for k, ps in vocab.phrases.items() for p in ps}),
        phrases({p: k for k, ps in vocab.before.items() for p in ps}),
        phrases({p: k for k, ps in vocab.after.items() for p in ps}),
        phrases({p: k for k, ps in vocab.subjects.items() for p in ps}),
        phrases({p: k for k, ps in vocab.length_after.items() for p in ps}),
        phrases({p: k for k, ps in vocab.length_before.items() for p in ps}),
        phrases({p: k for k, ps in vocab.degree_after.items() for p in ps}),
        phrases({p: k for k, ps in vocab.degree_before.items() for p in ps}),
        {kind: phrases(dict.fromkeys(ps, other)) for kind, (other, ps) in vocab.rereadings.items()},
    )


class KindReader:
    """Kinds of the counts of one tokenised text."""

    def __init__(self, tokens: Tokens, vocab: KindVocabulary) -> None:
        self.t = tokens
        self.c = _compile(vocab)

    def lemma_kind(self, word: str) -> str | None:
        return self.c.lemmas.get(_stem(self.c.vocab, word))

    def length_kind(self, start: int, end: int) -> str | None:
        """What the length in tokens [start, end) measures, from the words right after it
        ("95 mètres de large", "59-metre wide") or right before it ("a depth of 10 km"):
        width, height, depth or length; None when they do not say."""
        return self._qualified(self.c.length_after, self.c.length_before, start, end)

    def degree_kind(self, start: int, end: int) -> str | None:
        """What bare degrees in tokens [start, end) measure when the words around say so: a
        coordinate ("30,96 degrés nord", "latitude 31 degrees") or an angle ("a 90-degree
        turn"); None: a temperature."""
        return self._qualified(self.c.degree_after, self.c.degree_before, start, end)

    def _qualified(
        self, after: Phrases[str], before: Phrases[str], start: int, end: int
    ) -> str | None:
        found = self.t.match(after, end + 1 if self.t.dash_word(end) else end)
        if found is None:
            found = self.t.match_back(before, start)
        return found[0] if found is not None else None

    def length_after(self, i: int) -> str | None:
        """What a length ending before token i measures, from the words from i on ("de
        large", "wide"), a joining dash skipped ("400-metre-long")."""
        found = self._length_words(i)
        return found[0] if found is not None else None

    def length_end(self, i: int) -> int:
        """The token after the words from i on that say what a length measures ("de large",
        "wide"); i itself when none follow."""
        found = self._length_words(i)
        return found[1] if found is not None else i

    def _length_words(self, i: int) -> tuple[str, int] | None:
        return self.t.match(self.c.length_after, i + 1 if self.t.dash_word(i) else i)

    def name(self, i: int) -> tuple[str, int] | None:
        """A several-word name of a counted kind at token i: (kind, end)."""
        return self.t.match(self.c.names, i)

    def _after(self, i: int, events: bool, plural: bool = False) -> str | None:
        """The first verb or participle that says what is counted, from token i on (with
        `events`, only what happened to them: dead, injured, arrested...; with `plural`, a
        counted noun in the plural, only a word in the plural where the language inflects)."""
        t, stops, asides = self.t, self.c.vocab.stops, self.c.vocab.asides
        endings = self.c.vocab.plural_endings if plural else ()
        k, seen = i, 0
        head: str | None = None  # a compound's head noun: "12 crew | members | were killed"
        while k < t.n and seen < _WINDOW:
            if t.raw(k) == "," and t.low(k + 1) in asides:
                k = self._past_aside(k + 1)  # "12 personnes, dont trois enfants, ont péri"
                continue
            if t.low(k) in stops or t.digit(k) or k in t.words:
                return head
            if (cue := t.match(self.c.after, k)) is not None:
                return cue[0] if cue[0] in EVENT_KINDS or not events else head
            kind = self.lemma_kind(t.low(k)) if t.word(k) else None
            agrees = not endings or fold(t.low(k)).endswith(endings)
            if (
                kind is not None
                and kind != GENERIC
                and (kind in EVENT_KINDS or not events)
                and agrees
            ):
                if head is not None or kind not in PERSON_KINDS or seen:
                    return kind
                # people named by what they are, right after the counted noun, are its head;
                # what happened to them may still follow
                head, events = kind, True
            k, seen = k + 1, seen + 1
        return head

    def subject_kind(self, start: int) -> str | None:
        """The kind named by the subject of a figure starting at token `start`, when only
        linking words stand between them ("the death toll has risen to 412"), and what the
        subject is of before them ("the death toll from the storm has risen to 19")."""
        links, k = self.c.vocab.subject_links, start
        for _ in range(_SUBJECT_GAP + 1):
            if (found := self.t.match_back(self.c.subjects, k)) is not None:
                return found[0]
            if (kind := self._behind_complement(k)) is not None:
                return kind
            if k == 0 or self.t.low(k - 1) not in links:
                return None
            k -= 1
        return None

    def _behind_complement(self, k: int) -> str | None:
        """The kind of a `subjects` noun right before a complement that ends at token k ("toll
        | from Hurricane Ada", "bilan | de l'explosion d'Ankara"): a few words with no digit
        or sign, opened by one of the language's `subject_complements`."""
        t, complements = self.t, self.c.vocab.subject_complements
        words, m = 0, k - 1
        while m >= 0 and words < _COMPLEMENT_WORDS:
            # "de l'explosion": the elided article is no word, nor a possessive's "s"
            possessive = m > 0 and t.raw(m - 1) in APOSTROPHES and t.low(m) == "s"
            if t.raw(m) not in APOSTROPHES and not possessive:
                if not t.word(m):
                    return None
                if t.low(m) in complements and (found := t.match_back(self.c.subjects, m)):
                    return found[0]  # else a complement of the complement: "de l'explosion d'"
                words += 1
            m -= 1
        return None

    def _past_aside(self, k: int) -> int:
        """The token after the comma that closes an aside opened at k (or the end)."""
        t = self.t
        for m in range(k, min(k + 3 * _WINDOW, t.n)):
            if t.raw(m) in (",", ";", "."):
                return m + 1 if t.raw(m) == "," else t.n
        return t.n

    def _reread(self, kind: str, i: int) -> str | None:
        """The kind the words from token i on make a count of `kind` ("1 200 maisons privées
        d'électricité": households), up to the clause's end; None when they do not."""
        table = self.c.rereadings.get(kind)
        if table is None:
            return None
        t, stops = self.t, self.c.vocab.stops
        for k in range(i, min(i + _WINDOW, t.n)):
            if t.low(k) in stops or t.digit(k):
                return None
            if (found := t.match(table, k)) is not None:
                return found[0]
        return None

    def _causing(self, start: int, end: int) -> bool:
        """Are tokens [start, end) a cue that says only that an event caused the count?"""
        return " ".join(self.t.low(k) for k in range(start, end)) in self.c.vocab.causing

    def count_kind(
        self, noun: str | None, start: int, end: int, kind: str | None = None
    ) -> str | None:
        """The kind of the count in tokens [start, end), whose counted noun is `noun` (or
        whose several-word name gave `kind`). What happened to people counted as people,
        soldiers or children is their kind: "3 soldiers were killed" counts the dead."""
        kind = kind or (self.lemma_kind(noun) if noun else None)
        if kind is not None and kind != GENERIC and kind not in PERSON_KINDS:
            return self._reread(kind, end) or kind
        bare = noun is None and kind is None
        if bare and (subject := self.subject_kind(start)) is not None:
            return subject  # "the toll rose to 19 | after rescuers ...": the subject says it
        events = kind is not None and kind != GENERIC
        endings = self.c.vocab.plural_endings
        plural = noun is not None and bool(endings) and fold(noun).endswith(endings)
        found = self._after(end, events, plural)
        if found is None:
            cue = self.t.match_back(self.c.before, start)
            if cue is not None and events and kind not in _CAUSED and self._causing(cue[1], start):
                cue = None  # "la grippe a fait 1 500 malades": patients, not the dead
            found = cue[0] if cue is not None and (cue[0] in EVENT_KINDS or not events) else None
        if found is None and not bare:  # a bare figure's subject was read first: it has none
            subject = self.subject_kind(start)
            found = subject if subject in EVENT_KINDS or not events else None
        return found or kind
