"""grounded claims -> one claim per checkable fact.

A sentence may state several checkable facts: an enumeration of quantities ("12 morts, 40
blessés et 300 sans-abri selon le dernier bilan", "killed 12 people and injured 40", "2 012
morts et 2 059 blessés dont 1 404 dans un état grave") or main clauses joined by "et"/"and",
each with its own subject and verb. Each fact becomes a claim of its own:

- `start`/`end` stay the whole sentence, so `text` stays verbatim;
- `focus_start`/`focus_end` are the fact's own words in the original document;
- `normalized` is the fact's own words inside the context the facts share (the subject, the
  verb, the attribution, the times), without the other facts' items;
- slots: its own quantities, plus the times, entities and quotes that no other fact owns;
  the first fact also keeps the figures of the shared context ("le séisme de magnitude 7").

The first fact keeps the claim's id ("doc#7"); the others are "doc#7.2", "doc#7.3". The
analysis runs twice, on the verbatim text (for the offsets) and on the normalised text (for
the words); a sentence whose two readings disagree is left whole. A part of a counted whole
("113 des 420 navires ont franchi") is two facts too (`claimcheck.atomize_parts`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from claimcheck.atomize_context import subject_figures, without_subject
from claimcheck.atomize_parts import is_verb, part_whole, reread
from claimcheck.lang import LanguageProfile, get_profile
from claimcheck.lang.number_types import EVENT_KINDS, PERSON_KINDS
from claimcheck.models import Claim, Quantity, Span
from claimcheck.nesting import depths

__all__ = ["atomize"]

_WORD = r"[^\W\d_][\w'’\-]*"
#: an item's own words are common words in lower case: a name there ("52 % à Jean Dupont et
#: 48 % à Marie Durand") makes the figures one comparison, not a list of facts
_LOWER = r"(?![A-ZÀ-ÖØ-ÝŒ])[^\W\d_][\w'’\-]*"
_S = r"[\s\u00a0\u202f]"
#: words of an item's own around its number: "killed 12 people", "400 mètres de long"
_MAX_ITEM_WORDS = 3
#: a part ("dont 1 404 dans un état grave") runs to the next comma, at most this many words
_MAX_PART_WORDS = 8
_CLAUSE_MIN_WORDS = 4
_VERB_WINDOW = 5  # words after a new clause's first word in which its verb must show
_MAX_ITEMS = 8  # a longer run of figures is a table, not a sentence's facts
_MAX_CHARS = 3000  # a longer "sentence" is a run-on page, left whole
_MAX_LINKS = 20  # coordinators weighed per sentence
_WINDOW = 200  # characters read around an item for its own words
_PUNCTUATION = tuple(',;:.!?()«»"“”')
#: counts of people whose kind may still say what happened to them
_PEOPLE = PERSON_KINDS | {"people"}


@dataclass(frozen=True)
class _Item:
    start: int
    end: int
    quantity: int
    """index of its quantity among the claim's quantities"""
    parent: int | None = None
    """for a part of the item before it ("dont ...", "including ..."): that item's index"""


def _alternation(words: Sequence[str] | frozenset[str]) -> str:
    escaped = (re.escape(w).replace(r"\ ", rf"{_S}+") for w in words)
    return "|".join(sorted(escaped, key=len, reverse=True))


@cache
def _between(profile: LanguageProfile) -> re.Pattern[str]:
    """The text between two items: their own words around one link."""
    vocab = profile.text
    coord = _alternation(vocab.coordinators)
    links = _alternation(tuple(vocab.enumeration_links) + tuple(vocab.coordinators))
    subset = _alternation(vocab.subset_links)
    comma = rf",{_S}*(?:(?:{coord}){_S}+)?" if coord else rf",{_S}*"
    alternatives = [rf",?{_S}*(?P<subset>{subset}){_S}+"] if subset else []
    alternatives.append(comma)
    if links:
        alternatives.append(rf"{_S}+(?:{links}){_S}+")
    return re.compile(
        rf"(?<![\s,])"  # entered right after an item's figure, never inside a run of spaces
        rf"(?P<post>(?:{_S}+{_LOWER}){{0,{_MAX_ITEM_WORDS}}}?)"
        rf"(?P<link>(?i:{'|'.join(alternatives)}))"
        rf"(?P<pre>(?:{_LOWER}{_S}+){{0,{_MAX_ITEM_WORDS}}})"
    )


def _own_words(words: str, link: str, profile: LanguageProfile) -> bool:
    """Can `words` open an item of their own? Nothing, a verb after a conjunction ("and injured
    40"; after a bare comma the verb is the sentence's: "winds of 85 mph, left 12 dead"), or a
    determiner ("and a depth of 18 km"); not a preposition ("contre 48 %", "en hausse de")."""
    tokens = words.split()
    if not tokens:
        return True
    vocab = profile.text
    head = re.split(r"['’]", tokens[0].lower())
    if tokens[0].lower() in vocab.subject_openers or (
        len(head) > 1 and f"{head[0]}'" in vocab.subject_openers
    ):
        return True
    if link.strip() == ",":
        return False
    endings = vocab.verb_endings + vocab.weak_verb_endings
    return any(
        t.lower() in vocab.verb_cues or (len(t) >= 4 and t.lower().endswith(endings))
        for t in tokens
    )


def _items(
    text: str, spans: Sequence[tuple[int, int]], profile: LanguageProfile
) -> list[_Item] | None:
    """The items of the longest enumeration among the quantities at `spans` of `text`."""
    pattern = _between(profile)
    links: list[re.Match[str] | None] = [
        pattern.fullmatch(text, a[1], b[0]) for a, b in itertools.pairwise(spans)
    ]
    links = [
        m if m is not None and _own_words(m.group("pre"), m.group("link"), profile) else None
        for m in links
    ]
    best: tuple[int, int] | None = None  # first and last quantity of the longest chain
    first = 0
    for i in range(len(spans)):
        if i == len(spans) - 1 or links[i] is None:
            if i > first and (best is None or i - first > best[1] - best[0]):
                best = (first, i)
            first = i + 1
    if best is None or best[1] - best[0] + 1 > _MAX_ITEMS:
        return None
    lo, hi = best
    chain = [links[i] for i in range(lo, hi)]
    matches = [m for m in chain if m is not None]
    if matches[-1].group("link").strip() == ",":
        return None  # figures in apposition ("28 %, 5.6 points below"): a list ends "... and C"
    post_words = len(matches[0].group("post").split())
    pre_words = len(matches[0].group("pre").split())
    verbal = any(_is_verb(w, profile) for w in matches[0].group("pre").split())
    items: list[_Item] = []
    for k in range(lo, hi + 1):
        start, end = spans[k]
        before = matches[k - lo - 1] if k > lo else None
        after = matches[k - lo] if k < hi else None
        parent = None
        if before is not None:
            start = before.start("pre")
            if before.group("subset"):
                parent = len(items) - 1
        elif verbal:
            # the second item has a verb of its own ("and injured 40", "and occurred 18 km
            # below"): the first item starts at its own, the last verb before its figure
            pre = matches[0].group("pre").lower().split()
            has_own = any(w in profile.time.tense.perfect_auxiliaries for w in pre)
            verb = _verb_before(text, start, profile, shared=not has_own)
            if verb is None:
                return None
            start = verb
        elif pre_words and not text[start : start + 1].isalpha():
            # the first item's own words mirror the second's: "killed 12 people" (unless its
            # quantity holds words of its own already: "a magnitude of 6.8")
            window = max(0, start - _WINDOW)
            own = re.search(rf"(?<!\S)(?:{_LOWER}{_S}+){{{pre_words}}}$", text[window:start])
            start = window + own.start() if own else start
        if after is not None:
            end = after.end("post")
        elif parent is not None:  # a part runs to the next comma: "dont 1 404 dans un état grave"
            own = re.match(rf"(?:{_S}+{_WORD}){{0,{_MAX_PART_WORDS}}}", text[end : end + _WINDOW])
            end += own.end() if own else 0
        elif post_words:  # the last item's own words mirror the first's: "95 mètres de large"
            end += _mirrored(text[end : end + _WINDOW], post_words, profile)
        else:  # the rest of its noun, up to a function word: "six crew members, the airline"
            end += _noun_rest(text[end : end + _WINDOW], profile)
        if k == hi:  # a conversion in brackets is the last figure's: "18 km (11 miles)"
            aside = re.match(r"\s*\([^()\n]{1,40}\)", text[end : end + 60])
            if aside is not None and re.search(r"\d", aside.group()):
                end += aside.end()
        items.append(_Item(start=start, end=end, quantity=k, parent=parent))
    return items


def _mirrored(after: str, count: int, profile: LanguageProfile) -> int:
    """How much of `after` the last item takes as its own words: up to `count` common words,
    never the verb the items share ("six membres d'équipage et deux passagers | ont été
    blessés")."""
    position = 0
    for match in itertools.islice(re.finditer(rf"{_S}+({_LOWER})", after), count):
        if match.start() != position or _is_verb(match.group(1), profile):
            break
        position = match.end()
    return position


def _is_verb(word: str, profile: LanguageProfile) -> bool:
    return is_verb(word, profile, weak=True)


def _verb_before(
    text: str, position: int, profile: LanguageProfile, *, shared: bool = True
) -> int | None:
    """Where the last verb before `position` starts, within the clause; None without one.

    A perfect auxiliary is every item's when the next item has none of its own (`shared`):
    "a tué 12 soldats et blessé 40 civils" is "a tué 12 soldats" and "a blessé 40 civils", so
    the item starts after it; when the next item has its own ("a tué 2 012 personnes et en a
    blessé 2 059"), the item starts with it."""
    window = max(0, position - _WINDOW)
    recent = list(re.finditer(r"\S+", text[window:position]))[-_VERB_WINDOW - 1 :]
    auxiliaries = profile.time.tense.perfect_auxiliaries
    for k in range(len(recent) - 1, -1, -1):
        word = recent[k].group()
        if word[-1] in ',;:.!?()«»"“”':
            return None  # the clause ends there
        if not _is_verb(word, profile):
            continue
        at = k
        if word.lower() in auxiliaries and shared and k + 1 < len(recent):
            at = k + 1
        elif not shared and k > 0 and recent[k - 1].group().lower() in auxiliaries:
            at = k - 1
        return window + recent[at].start()
    return None


@cache
def _closed_words(profile: LanguageProfile) -> frozenset[str]:
    """Words that end an item's noun: function words, verbs, time words ("mardi", "today")."""
    vocab, time = profile.text, profile.time
    words = set(vocab.stop_words) | set(vocab.verb_cues) | set(vocab.calendar_words)
    for phrase in (*time.relative_days, *time.parts):
        words.update(phrase.split())
    return frozenset(words)


def _noun_rest(after: str, profile: LanguageProfile) -> int:
    """How much of `after` goes on naming the item: common words before any function word."""
    position = 0
    for match in itertools.islice(re.finditer(rf"{_S}+({_LOWER})", after), _MAX_ITEM_WORDS - 1):
        word = match.group(1)
        if match.start() != position:
            break
        if re.search(r"['’]", word):
            # an elided complement ends the item's noun when the sentence's words stop there:
            # "six membres d'équipage." (but "174 passagers d'après la police" stops before)
            if re.match(rf"[^\w\s]|{_S}*$", after[match.end() :]):
                position = match.end()
            break
        if word.lower() in _closed_words(profile):
            break
        position = match.end()
    return position


def _locate(normalized: str, quantities: Sequence[Span]) -> list[tuple[int, int]] | None:
    """Where each quantity's words stand in the normalised text, in order."""
    out, position = [], 0
    for q in quantities:
        at = normalized.find(q.text, position)
        if at < 0:
            return None
        out.append((at, at + len(q.text)))
        position = at + len(q.text)
    return out


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r" +([,.;:!?)])", r"\1", text).strip(" ,;")


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces and the sentence's final punctuation around it."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;!?…"):
        end -= 1
    return start, end


def _inside(span: Span, base: int, start: int, end: int) -> bool:
    return start <= span.start - base and span.end - base <= end


def _quoted(claim: Claim, base: int, start: int, end: int) -> bool:
    return any(
        q.start - base < end and start < q.end - base and not _inside(q, base, start, end)
        for q in claim.quotes
    )


def _facts(
    claim: Claim,
    pieces: Sequence[tuple[int, int]],
    words: Sequence[str],
    own_quantities: Sequence[Sequence[int]],
) -> list[Claim]:
    """One claim per fact: `pieces` are focus spans local to the claim's text."""
    base = claim.start
    owned = {i for mine in own_quantities for i in mine}
    # a figure of the shared context ("le séisme de magnitude 7 a fait 2 012 morts et 2 059
    # blessés") is stated once, by the first fact's claim: it is no part of the others' facts
    context = [
        i
        for i, q in enumerate(claim.quantities)
        if i not in owned and not any(_inside(q, base, a, b) for a, b in pieces)
    ]
    out: list[Claim] = []
    for k, ((start, end), normalized, mine) in enumerate(
        zip(pieces, words, own_quantities, strict=True)
    ):
        others = [p for j, p in enumerate(pieces) if j != k]

        def shared(span: Span, others: list[tuple[int, int]] = others) -> bool:
            return not any(_inside(span, base, a, b) for a, b in others)

        out.append(
            claim.model_copy(
                update={
                    "id": claim.id if k == 0 else f"{claim.id}.{k + 1}",
                    "focus_start": base + start,
                    "focus_end": base + end,
                    "normalized": normalized,
                    "quantities": tuple(
                        claim.quantities[i] for i in sorted({*mine, *(context if k == 0 else ())})
                    ),
                    "times": tuple(t for t in claim.times if shared(t)),
                    "entities": tuple(e for e in claim.entities if shared(e)),
                    "quotes": tuple(q for q in claim.quotes if shared(q)),
                }
            )
        )
    return out


def _with_cue(
    text: str, items: list[_Item], quantities: Sequence[Quantity], profile: LanguageProfile
) -> list[_Item]:
    """The first item with the words before it that say what it counts, when the next item
    counts another kind: in "a provoqué la mort de 296 personnes et 153 blessés", "la mort de"
    is the dead's, and the injured's fact is "a provoqué 153 blessés". A cue that only says
    the event caused the count ("a fait") is both items'."""
    first, second = (quantities[i.quantity] for i in items[:2])
    if first.kind is None or first.kind == second.kind:
        return items
    kinds = profile.numbers.kinds
    low = text[: items[0].start].rstrip().lower()
    cues = [c for c in kinds.before.get(first.kind, ()) if c not in kinds.causing]
    for cue in sorted(cues, key=len, reverse=True):  # "a fait 12 morts et 40 blessés": both
        start = len(low) - len(cue)
        if low.endswith(cue) and (start == 0 or not low[start - 1].isalnum()):
            return [replace(items[0], start=start), *items[1:]]
    return items


def _enumeration(claim: Claim, profile: LanguageProfile) -> list[Claim] | None:
    quantities = sorted(claim.quantities, key=lambda q: q.start)
    if len(quantities) < 2:
        return None
    base = claim.start
    spans = [(q.start - base, q.end - base) for q in quantities]
    if any(a < 0 or b > len(claim.text) for a, b in spans):
        return None
    located = _locate(claim.normalized, quantities)
    if located is None:
        return None
    verbatim = _items(claim.text, spans, profile)
    normal = _items(claim.normalized, located, profile)
    if verbatim and normal:
        verbatim = _with_cue(claim.text, verbatim, quantities, profile)
        normal = _with_cue(claim.normalized, normal, quantities, profile)
    if (
        not verbatim
        or not normal
        or [(i.quantity, i.parent) for i in verbatim] != [(i.quantity, i.parent) for i in normal]
    ):
        return None
    if any(_quoted(claim, base, i.start, i.end) for i in verbatim):
        return None  # a quote is kept whole
    depth = depths(claim.text)
    if any(depth[i.start] for i in verbatim):
        return None  # a breakdown in brackets: "13 remorqueurs (11 portuaires et 2 de haute mer)"
    for item in verbatim:
        q = quantities[item.quantity]
        if not (q.noun or q.unit) and (item.start, item.end) == spans[item.quantity]:
            return None  # a bare figure with no words of its own: "les sorties 12 et 13"
    head = claim.normalized[: normal[0].start]
    tail = claim.normalized[normal[-1].end :]
    words = []
    for item in normal:
        own_start = normal[item.parent].start if item.parent is not None else item.start
        words.append(_tidy(head + claim.normalized[own_start : item.end] + tail))
    claim = _what_happened(claim, [quantities[i.quantity] for i in verbatim], words, profile)
    index = {id(q): i for i, q in enumerate(claim.quantities)}
    quantities = sorted(claim.quantities, key=lambda q: q.start)
    own = [
        [
            index[id(q)]
            for q in claim.quantities
            if _inside(q, base, item.start, item.end) or q is quantities[item.quantity]
        ]
        for item in verbatim
    ]
    return _facts(claim, [(i.start, i.end) for i in verbatim], words, own)


def _what_happened(
    claim: Claim, items: Sequence[Quantity], words: Sequence[str], profile: LanguageProfile
) -> Claim:
    """The claim with each item's count of people given what its own fact's words say
    happened to them: in "Three soldiers and two civilians were killed", the verb after the
    list is the soldiers' too ("Three soldiers were killed": the dead)."""
    changed: dict[int, Quantity] = {}
    for q, fact in zip(items, words, strict=True):
        if q.dimension != "count" or (q.kind is not None and q.kind not in _PEOPLE):
            continue
        read = reread(q, fact, profile)
        if read is not None and read.kind in EVENT_KINDS and read.kind != q.kind:
            changed[id(q)] = q.model_copy(update={"kind": read.kind})
    if not changed:
        return claim
    return claim.model_copy(
        update={"quantities": tuple(changed.get(id(q), q) for q in claim.quantities)}
    )


@cache
def _clause_link(profile: LanguageProfile) -> re.Pattern[str] | None:
    vocab = profile.text
    if not vocab.coordinators:
        return None
    # a run of spaces is entered at its first space only: tried from each space, a long run
    # would be rescanned from every one of them (quadratic)
    return re.compile(
        rf"(?:,|(?<!\s))\s+(?:{_alternation(vocab.coordinators)})\s+(?=\S)", re.IGNORECASE
    )


def _has_verb(words: Sequence[str], profile: LanguageProfile) -> bool:
    """A finite verb among `words`: a listed one, or a word with a finite ending ("-ait")."""
    cues, endings = profile.text.verb_cues, profile.text.verb_endings
    for word in words:
        for part in re.split(r"['’]", word.lower().strip('.,;:!?«»"“”()')):
            if part in cues or (len(part) >= 4 and part.endswith(endings)):
                return True
    return False


def _new_clause(text: str, at: int, claim: Claim, profile: LanguageProfile) -> bool:
    """Does `text[at:]` open a main clause with its own subject and verb?"""
    words = text[at : at + _WINDOW].split()
    if len(words) < _CLAUSE_MIN_WORDS:
        return False
    head = re.split(r"['’]", words[0])
    first = words[0].lower()
    opener = (
        first in profile.text.subject_openers
        or (len(head) > 1 and f"{head[0].lower()}'" in profile.text.subject_openers)
        or words[0][:1].isdigit()
        or any(text.startswith(q.text, at) for q in claim.quantities)  # "deux voitures"
        or (words[0][:1].isupper() and first not in profile.text.stop_words)
    )
    if not opener or words[0][-1] in _PUNCTUATION:
        return False
    for word in words[1 : 1 + _VERB_WINDOW]:  # its verb comes before any comma: not "A, qui"
        if word[:1].islower() and _has_verb([word], profile):
            return True
        if word[-1] in _PUNCTUATION:
            return False
    return False


def _left_clause_ends(words: Sequence[str], profile: LanguageProfile) -> bool:
    """Is the text before "et"/"and" a whole main clause? After its last verb, no subordinate
    ("a déclaré que les assureurs et les avocats ...") and no list ("the operation, the costs
    and the fees"): a comma only right before the conjunction."""
    verbs = [i for i, w in enumerate(words) if w[:1].islower() and _has_verb([w], profile)]
    if len(words) < _CLAUSE_MIN_WORDS or not verbs:
        return False
    after = words[verbs[-1] + 1 :]
    if any(p in profile.text.subordinators for w in after for p in _elided(w)):
        return False
    return not any(w[-1] in _PUNCTUATION for w in after[:-1])


def _elided(word: str) -> list[str]:
    """ "qu'il" -> ["qu'", "il"]; "that" -> ["that"]."""
    parts = re.split(r"(?<=['’])", word.lower().strip('.,;:!?«»"“”()'))
    return [p.replace("’", "'") for p in parts if p]


def _clauses(claim: Claim, profile: LanguageProfile) -> list[Claim] | None:
    pattern = _clause_link(profile)
    if pattern is None:
        return None

    def cuts(text: str) -> list[tuple[int, int]]:
        depth: list[int] = []  # computed at the first link found
        out: list[tuple[int, int]] = []
        for match in itertools.islice(pattern.finditer(text), _MAX_LINKS):
            depth = depth or depths(text)
            if depth[match.start()] or not _new_clause(text, match.end(), claim, profile):
                continue
            left = text[out[-1][1] if out else 0 : match.start()].split()
            if not _left_clause_ends(left, profile):
                continue
            if left[-1][:1].isupper() and text[match.end() : match.end() + 1].isupper():
                continue  # "began in Athens and Thessaloniki has spread": two names, one phrase
            out.append((match.start(), match.end()))
        return out

    verbatim, normal = cuts(claim.text), cuts(claim.normalized)
    if not verbatim or len(verbatim) != len(normal):
        return None

    def pieces(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
        bounds = [0, *(x for cut in found for x in cut), len(text)]
        return [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]

    spans = [_strip(claim.text, a, b) for a, b in pieces(claim.text, verbatim)]
    words = [_tidy(claim.normalized[a:b]) for a, b in pieces(claim.normalized, normal)]
    base = claim.start
    own = [[i for i, q in enumerate(claim.quantities) if _inside(q, base, a, b)] for a, b in spans]
    return _facts(claim, spans, words, own)


def _same_subordinator(word: str, key: str) -> bool:
    """ "que" and its elided "qu'" are one subordinator; "that" is "that"."""
    bare = key.rstrip("'’")
    word = word.rstrip("'’")
    return word == bare or (len(word) == len(bare) + 1 and word.startswith(bare))


def _subordinate_cut(
    text: str, claim: Claim, profile: LanguageProfile
) -> tuple[int, int, int] | None:
    """'X a dit que A et que B', 'X told TV that A and that B': (end of the shared head "X told
    TV that", start of the conjunction, start of B), or None."""
    pattern = _clause_link(profile)
    if pattern is None:
        return None
    depth: list[int] = []  # computed at the first link found
    for match in itertools.islice(pattern.finditer(text), _MAX_LINKS):
        depth = depth or depths(text)
        following = re.match(r"\S+", text[match.end() :])
        if depth[match.start()] or following is None:
            continue
        word = following.group()
        parts = _elided(word)
        if not parts or parts[0] not in profile.text.subordinators:
            continue
        elided = len(parts) > 1 and parts[0].endswith("'")  # "qu'il": B starts at "il"
        body = match.end() + (len(parts[0]) if elided else len(word))
        while body < len(text) and text[body].isspace():
            body += 1
        if not _new_clause(text, body, claim, profile):
            continue  # "... et qu'il rouvrira": a pronoun leans on the first clause
        left = text[: match.start()]
        heads = [
            m
            for m in re.finditer(r"\S+", left)
            if any(_same_subordinator(x, parts[0]) for x in _elided(m.group())[:1])
        ]
        if not heads:
            continue
        head = heads[-1]
        head_end = head.start() + len(_elided(head.group())[0])
        first, second = left[head_end:].split(), text[body:].split()
        main = left[: head.start()].split()
        if (
            len(first) >= _CLAUSE_MIN_WORDS - 1
            and len(second) >= _CLAUSE_MIN_WORDS - 1
            and _has_verb(main, profile)
            and _has_verb(first, profile)
            and _has_verb(second[: _VERB_WINDOW + 1], profile)
        ):
            return head_end, match.start(), body
    return None


def _subordinates(claim: Claim, profile: LanguageProfile) -> list[Claim] | None:
    verbatim = _subordinate_cut(claim.text, claim, profile)
    normal = _subordinate_cut(claim.normalized, claim, profile)
    if verbatim is None or normal is None:
        return None
    head, link, body = verbatim
    n_head, n_link, n_body = normal
    spans = [
        _strip(claim.text, *_trim_start(claim.text, head, link)),
        _strip(claim.text, body, len(claim.text)),
    ]
    words = [
        _tidy(claim.normalized[:n_link]),
        _tidy(claim.normalized[:n_head] + " " + claim.normalized[n_body:]),
    ]
    base = claim.start
    own = [[i for i, q in enumerate(claim.quantities) if _inside(q, base, a, b)] for a, b in spans]
    return _facts(claim, spans, words, own)


def _trim_start(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    return start, end


def atomize(
    claims: Sequence[Claim], profiles: Mapping[str, LanguageProfile] | None = None
) -> list[Claim]:
    """Every claim, with the ones that state several facts replaced by one claim per fact.

    `profiles` maps a language code to its profile (default: `claimcheck.lang.get_profile`).
    Non-claims and single facts pass through unchanged; order is kept.
    """
    out: list[Claim] = []
    for claim in claims:
        if claim.kind != "claim" or claim.focus_start is not None or len(claim.text) > _MAX_CHARS:
            out.append(claim)
            continue
        profile = profiles[claim.lang] if profiles is not None else get_profile(claim.lang)
        facts = (
            _enumeration(claim, profile)
            or part_whole(claim, profile)
            or _clauses(claim, profile)
            or _subordinates(claim, profile)
        )
        facts = facts if facts and len(facts) > 1 else [claim]
        out.extend(_subjects_apart(claim.id, facts, profile))
    return out


def _subjects_apart(claim_id: str, facts: Sequence[Claim], profile: LanguageProfile) -> list[Claim]:
    """The facts, with the figures of a fact's subject as a fact of their own (the magnitude
    of the quake whose toll the sentence gives: `claimcheck.atomize_context`)."""
    for k, fact in enumerate(facts):
        split = subject_figures(fact, profile, f"{claim_id}.{len(facts) + 1}")
        if split is not None:
            main, subject = split
            others = [without_subject(f, subject, profile) for f in facts[k + 1 :]]
            return [*facts[:k], main, *others, subject]
    return list(facts)
