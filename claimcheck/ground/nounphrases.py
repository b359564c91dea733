"""claim text + names -> noun phrases: names, organisation phrases, pronouns, other phrases.

Each phrase carries what the text says about it: gender and number from its determiner, a
title or a role noun; a type (a person, an organisation and its sense) from an article, a
title, a role, a noun it names ("la société X", "son logiciel X") or a word of the name; where
it stands (in a quotation, after a preposition, a name's complement). `subject` picks a
claim's subject. Read by `ground.anaphora`, which resolves the anaphors among them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from claimcheck.ground.quote import find_quotes
from claimcheck.lang import LanguageProfile
from claimcheck.lang.agencies import AGENCIES
from claimcheck.models import Claim, EntityKind, EntityMention

__all__ = [
    "NounPhrase",
    "Tables",
    "full_name",
    "is_complement",
    "key",
    "noun_phrases",
    "subject",
    "table_of",
]

_TOKEN = re.compile(r"[^\W\d_]+['’]|\w+(?:[.-]\w+)*\.?|[^\w\s]", re.UNICODE)
#: a role noun right after a name and its comma: "Nicole Ozer, directrice de..."
_ROLE_AFTER = re.compile(r",\s{1,3}(?:(?:le|la|l['’]|un|une|the|a|an)\s{1,3})?([\w-]+)")
_AGENCIES = frozenset(name.casefold() for name, _ in AGENCIES)
Tables = dict[str, dict[str, tuple[str, ...]]]


@dataclass
class NounPhrase:
    """A noun phrase of a claim, with what the text says about it."""

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
    complement: bool = False  # a name after "de", "of": "le site de Vernange"
    owns_name: bool = False  # an org phrase with a name inside: "le ministère de l'Intérieur"


@lru_cache(maxsize=1 << 16)  # asked for every token of every claim, of few distinct words
def key(word: str) -> str:
    return word.casefold().replace("’", "'")


@cache
def table_of(profile: LanguageProfile) -> Tables:
    a = profile.anaphora
    return {
        "det": {w: (g, n) for w, g, n in a.determiners},
        "title": {w: (g,) for w, g in a.person_titles},
        "role": {w: (g,) for w, g in a.person_roles},
        "org": {w: (s,) for w, s in a.org_words},
        "prep": dict.fromkeys(a.prepositions, ()),
        "demonym": dict.fromkeys(a.demonyms, ()),
        "head": {p.split()[-1].split("'")[-1]: (g, s) for p, g, _, s in a.org_phrases},
    }


@cache
def _phrase_pattern(profile: LanguageProfile) -> re.Pattern[str] | None:
    phrases = sorted((p for p, *_ in profile.anaphora.org_phrases), key=len, reverse=True)
    if not phrases:
        return None
    body = "|".join(re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w'’-])(?:{body})(?![\w'’-])", re.IGNORECASE)


@cache
def _phrase_rows(profile: LanguageProfile) -> dict[str, tuple[str, str, str, str]]:
    return {p: (p, g, n, sense) for p, g, n, sense in profile.anaphora.org_phrases}


@cache
def _pronoun_rows(profile: LanguageProfile) -> dict[str, tuple[str, str, str, str]]:
    return {p: (p, g, n, k) for p, g, n, k in profile.anaphora.pronouns}


@cache
def _impersonal(profile: LanguageProfile) -> re.Pattern[str] | None:
    rules = profile.anaphora.impersonal
    if not rules:
        return None
    # entered only where a run of spaces starts: tried inside one, every start rescans it
    body = "|".join(f"(?:{r})" for r in rules)
    return re.compile(rf"(?<!\s)\s*(?:{body})", re.IGNORECASE)


class _Tokens(list[tuple[int, int, str]]):
    """The words of a text, (start, end, word), with their ends listed once for bisection."""

    def __init__(self, text: str) -> None:
        super().__init__([(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)])
        self.ends = [t[1] for t in self]


class _Spans:
    """Sorted spans, searched by bisection: a claim may hold thousands of names."""

    def __init__(self, spans: Sequence[tuple[int, int]] = ()) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.spans.insert(i, (start, end))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return any(self.spans[k][1] > start for k in range(i - 1, max(i - 4, -1), -1))

    def covers(self, span: tuple[int, int]) -> bool:
        """Whether one of the spans (widened by a character: the quotation marks) holds it."""
        i = bisect.bisect_right(self.starts, span[0] + 1) - 1
        return i >= 0 and self.spans[i][0] - 1 <= span[0] and span[1] <= self.spans[i][1] + 1


def words_of(text: str) -> _Tokens:
    return _Tokens(text)


def _token_before(tokens: _Tokens, at: int) -> int:
    """Index of the last token ending at or before `at` (-1 when none)."""
    return bisect.bisect_right(tokens.ends, at) - 1


def _gender_number(tokens: _Tokens, start: int, profile: LanguageProfile) -> tuple[str, str, int]:
    """Gender, number and start of the determiner right before `start` (or "", "", start)."""
    i = _token_before(tokens, start)
    if i >= 0:
        word = key(tokens[i][2])
        found = table_of(profile)["det"].get(word)
        if found is not None:
            return found[0], found[1], tokens[i][0]
    return "", "", start


def _in(span: tuple[int, int], quotes: _Spans) -> bool:
    return quotes.covers(span)


def _phrase_extent(
    text: str, end: int, head: str, profile: LanguageProfile, names: dict[int, int]
) -> tuple[int, bool, bool]:
    """(end of the whole noun phrase, whether a name follows inside it, whether it is usable).

    Modifiers from the language's table and, for heads that take one, a complement of
    lower-case words ("du commerce en ligne") or a name ("de Seattle") are part of the phrase.
    """
    a = profile.anaphora
    tokens = words_of(text[end : end + 160])  # a complement is a few words
    i = 0

    def word(k: int) -> str:
        return key(tokens[k][2]) if k < len(tokens) else ""

    while word(i) in a.phrase_modifiers or word(i) in a.demonyms:
        i += 1
    if i and head in a.generic_phrases:
        return end, False, False  # "la société française": society, not a company
    if i < len(tokens) and end + tokens[i][0] in names:
        return end + tokens[i][0], True, True
    if word(i) in a.complement_links:
        j = i + 1
        if word(j) in ("la", "l'", "le", "les"):
            j += 1
        if j < len(tokens) and end + tokens[j][0] in names:
            # "le ministère de l'Intérieur", "le tribunal de Nanterre": a name inside the
            # phrase names its referent
            name_end = names[end + tokens[j][0]]
            return -name_end, True, True  # negative: the name is inside
        if j < len(tokens) and tokens[j][2][:1].islower() and tokens[j][2][:1].isalpha():
            if head not in a.complement_heads or head in a.generic_phrases:
                return end, False, False
            j += 1
            while word(j) in a.complement_inner_links and j + 1 < len(tokens):
                k = j + 1
                if word(k) in ("la", "l'", "le", "les"):
                    k += 1
                if k < len(tokens) and tokens[k][2][:1].islower() and _plain(tokens[k][2]):
                    j = k + 1
                else:
                    break
            i = j
            while word(i) in a.phrase_modifiers:
                i += 1
            return end + _end(tokens[i - 1]), False, True
    if i:
        return end + _end(tokens[i - 1]), False, True
    return end, False, True


def _plain(token: str) -> bool:
    return token.rstrip(".").isalpha()


def _end(token: tuple[int, int, str]) -> int:
    """Where a word ends, without the full stop the tokeniser keeps on abbreviations."""
    return token[1] - 1 if token[2].endswith(".") and len(token[2]) > 1 else token[1]


_VERB_LIKE = re.compile(r"(?:é|ée|és|ées|ait|aient|ent|ont|ed|ing)$")


def _apposed_to(tokens: _Tokens, before: int, tables: Tables) -> tuple[str, int]:
    """What a name right after a common noun names ("la maire X": "PER", "son logiciel X":
    "thing", "la firme X": "ORG", else ""), and where that noun phrase starts (or -1)."""
    if before >= 0 and key(tokens[before][2]) in tables["prep"]:
        return "", -1  # "la maire de Lorville": a complement, not the noun's name
    k, nouns = before, list[str]()
    while k >= 0 and len(nouns) < 5:
        raw, word = tokens[k][2], key(tokens[k][2])
        if word in tables["det"]:
            break
        k -= 1
        if word in tables["demonym"]:
            continue  # "the French striker X"
        if not raw[:1].isalpha() or not raw[:1].islower() or _VERB_LIKE.search(word):
            return "", -1
        nouns.append(word)
    if k < 0 or not nouns or key(tokens[k][2]) not in tables["det"]:
        return "", -1
    head = nouns[-1]
    if head in tables["role"] or nouns[0] in tables["role"]:
        return "PER", tokens[k][0]
    if any(n in tables["org"] or n in tables["head"] for n in nouns):
        return "ORG", tokens[k][0]
    return "thing", tokens[k][0]


_LINK = r"[ \u00a0]+(?:des|du|de la|de l['’]|de|d['’])[ \u00a0]*"
#: a run of spaces is entered only at its start: tried inside it, every start rescans the run
_EXTENSION = re.compile(
    rf"(?<![ \u00a0])(?:{_LINK}[a-zà-ÿ][\w-]*(?:{_LINK}[A-ZÀ-Ý][\w-]*)?"
    r"|[ \u00a0]+[a-zà-ÿ]+(?:ale|al|ique|aise|ais|ienne|ien)"
    r"|[ \u00a0]+(?:for|of)[ \u00a0]+(?:the[ \u00a0]+)?[A-Z][\w-]*)(?=[\s,.;:)])"
)


def _extension(text: str, end: int) -> str:
    """A lower-case complement that belongs to an institution's name ("des représentants")."""
    match = _EXTENSION.match(text, end)
    return match.group().replace("\u00a0", " ") if match else ""


def is_complement(text: str, start: int, profile: LanguageProfile) -> bool:
    """Whether the name at `start` is a complement ("le groupe de Seattle", "the head of X")."""
    found = words_of(text[max(0, start - 40) : start])
    if not found:
        return False
    word = key(found[-1][2])
    return word in profile.anaphora.complement_links or word in ("of", "de", "d'")


def full_name(text: str, span: tuple[int, int], canonical: str, profile: LanguageProfile) -> str:
    """The name with the complement it has after an article ("la Chambre des représentants")."""
    _, _, det_start = _gender_number(words_of(text), span[0], profile)
    if det_start < span[0] and len(canonical.split()) == 1:
        return canonical + _extension(text, span[1])
    return canonical


def noun_phrases(
    claim: Claim,
    index: int,
    entities: Sequence[tuple[tuple[int, int], EntityMention]],
    profile: LanguageProfile,
    skip_before: int,
) -> list[NounPhrase]:
    """The noun phrases of one claim, in order."""
    text = claim.normalized
    tokens = words_of(text)
    quotes = _Spans(find_quotes(text))
    tables = table_of(profile)
    a = profile.anaphora
    items: list[NounPhrase] = []
    names = {start: stop for (start, stop), _ in entities}  # where each name starts: its end
    taken = _Spans()
    merged: set[int] = set()
    for (s, e), ent in entities:
        if s < skip_before or ent.text.casefold() in _AGENCIES or key(ent.text) in a.demonyms:
            continue
        gender, number, det_start = _gender_number(tokens, s, profile)
        item = NounPhrase(s, e, index, "name", referent=ent.canonical, etype=ent.kind)
        item.gender, item.number = gender, number or "sg"
        item.in_quote = _in((s, e), quotes)
        before = _token_before(tokens, det_start)
        previous = key(tokens[before][2]) if before >= 0 else ""
        item.after_preposition = previous in a.prepositions
        item.complement = previous in a.complement_links or previous == "of"
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
            sense = tables["org"].get(key(w))
            if sense is not None and (item.sense is None or sense[0] != "company"):
                item.sense = sense[0]
                if item.etype in ("MISC", "PER"):
                    item.etype = "ORG"
        if det_start < s and ent.kind == "PER":
            item.etype = "ORG"  # a person's name takes no article
        if ent.text.isupper() and len(ent.text) > 1 and ent.kind != "LOC":
            item.etype = "ORG"
        ti = _token_before(tokens, s)
        if ti >= 0 and key(tokens[ti][2]) in tables["title"]:
            item.etype, item.gender = "PER", tables["title"][key(tokens[ti][2])][0]
        role = _ROLE_AFTER.match(text, e)
        if role and key(role.group(1)) in tables["role"] and item.etype != "ORG":
            item.etype = "PER"
            item.gender = item.gender or tables["role"][key(role.group(1))][0]
        if det_start < s:
            det = text[det_start:s].strip()
            ext = _extension(text, e) if len(words) == 1 else ""
            gap = "" if det.endswith(("'", "’")) else " "
            item.surface = det[:1].lower() + det[1:] + gap + text[s:e] + ext
            item.referent = ent.canonical + ext
        else:
            item.surface = text[s:e]
        _strip_title(item, tables, a.demonyms)
        item.typed = item.etype != ent.kind
        items.append(item)
        taken.add(s, e)
    pattern = _phrase_pattern(profile)
    rows = _phrase_rows(profile)
    name_ends = {it.end: it for it in items}  # "Dalvo, le constructeur,": a name ends there
    if pattern is not None:
        for match in pattern.finditer(text):
            s, e = match.span()
            if s < skip_before or taken.overlaps(s, e):
                continue
            phrase = re.sub(r"\s+", " ", key(match.group()))
            row = rows.get(phrase)
            if row is None:
                continue
            end, named, usable = _phrase_extent(text, e, phrase, profile, names)
            inner = end < 0
            end = abs(end)
            item = NounPhrase(s, end, index, "phrase", gender=row[1], number=row[2], lexicon=row)
            item.sense = row[3]
            item.in_quote = _in((s, e), quotes)
            before = _token_before(tokens, s)
            item.after_preposition = before >= 0 and key(tokens[before][2]) in a.prepositions
            preceding = text[:s].rstrip() if s < 400 else text[s - 400 : s].rstrip()
            offset = 0 if s < 400 else s - 400
            closing = text[end : end + 40].lstrip()[:1] in (",", ")", "")
            target = offset + len(preceding.rstrip(",( "))
            apposed = (
                closing
                and preceding.endswith((",", "("))
                and any(
                    (it := name_ends.get(target + d)) is not None and not it.after_preposition
                    for d in (-1, 0, 1)
                )
            )
            item.names_itself = (named and not inner) or apposed
            if inner:
                # "le ministère de l'Intérieur": the phrase is the name of its referent; a
                # company's ("le groupe de Seattle") says only where it is: no name
                item.owns_name = True
                if row[3] != "company":
                    whole = text[s:end]
                    bare = re.sub(r"^(?:\w+\s+|\w['’])", "", whole, count=1)
                    item.referent = bare
                    item.surface = text[s:end][:1].lower() + text[s:end][1:]
                    item.etype, item.typed = "ORG", True
            if not usable:
                item.impersonal = True
            if named:  # "la société Kalibra": evidence on the name that follows
                for other in items:
                    if other.kind == "name" and other.start == end:
                        other.etype, other.sense, other.typed = "ORG", row[3], True
                        other.gender = other.gender or row[1]
            items.append(item)
            taken.add(s, end)
    pronouns = _pronoun_rows(profile)
    impersonal = _impersonal(profile)
    keys = [key(word) for _, _, word in tokens]  # each token's key, once for both passes
    for k in [k for k, word in enumerate(keys) if word in pronouns]:
        s, e, _ = tokens[k]
        row = pronouns[keys[k]]
        if s < skip_before or taken.overlaps(s, e):
            continue
        previous = keys[k - 1] if k else ""
        following = text[e : e + 8]
        if text[max(0, s - 1) : s] == "-" or following.startswith(("-", "’", "'")):
            continue  # "a-t-il", "elle-même"
        if previous in a.not_subject_before:
            continue
        nxt = keys[k + 1] if k + 1 < len(tokens) else ""
        if not nxt or not nxt[:1].isalpha() or nxt in profile.text.pronoun_object_context:
            continue
        item = NounPhrase(s, e, index, "pronoun", gender=row[1], number=row[2], lexicon=row)
        item.in_quote = _in((s, e), quotes)
        can_be_impersonal = keys[k] in a.impersonal_pronouns
        item.impersonal = bool(can_be_impersonal and impersonal and impersonal.match(text, e))
        items.append(item)
        taken.add(s, e)
    determiners = tables["det"]
    for k in [k for k, word in enumerate(keys) if word in determiners]:
        s = tokens[k][0]
        found = determiners[keys[k]]
        if k + 1 >= len(tokens) or s < skip_before or s in merged:
            continue
        _, ne, noun = tokens[k + 1]
        if not noun[:1].isalpha() or noun[:1].isupper() or taken.overlaps(s, ne):
            continue
        item = NounPhrase(s, ne, index, "np", gender=found[0], number=found[1])
        item.in_quote = _in((s, ne), quotes)
        before = k - 1
        item.after_preposition = before >= 0 and keys[before] in a.prepositions
        if key(noun) in tables["role"]:
            item.etype = "PER"
            item.gender = item.gender or tables["role"][key(noun)][0]
        elif key(noun) in tables["head"] or key(noun) in tables["org"]:
            item.etype = "ORG"  # "le régulateur", "the regulator": an organisation, unnamed
        items.append(item)
    items.sort(key=lambda it: it.start)
    starts = [it.start for it in items]
    for item in items:
        if item.kind == "np" and item.etype == "PER" and not item.in_quote:
            _apposition(item, items, text, starts)  # "son entraîneur, Patrick Besnard,"
    return items


def _strip_title(item: NounPhrase, tables: Tables, demonyms: frozenset[str]) -> None:
    """Leading titles, roles and nationality words are not part of a name ("Mr Dean")."""
    assert item.referent is not None
    words = item.referent.split()
    elided = re.match(r"^[^\W\d_]{1,3}['’](?=\w)", words[0]) if words else None
    if elided and len(words) > 1:
        words[0] = words[0][elided.end() :]
    while len(words) > 1:
        low = key(words[0]).rstrip(".")
        common = words[0][:1].islower()
        if common and low in tables["head"]:  # "L'association Terres Vives": the noun's sense
            item.etype, item.typed = "ORG", True
            item.gender = item.gender or tables["head"][low][0]
            item.sense = item.sense or tables["head"][low][1]
        elif common and low in tables["org"]:
            item.etype, item.typed = "ORG", True
            item.sense = item.sense or tables["org"][low][0]
        elif low in tables["title"] or low + "." in tables["title"]:
            item.etype = "PER"
            item.gender = (
                item.gender or tables["title"].get(low, tables["title"].get(low + ".", ("",)))[0]
            )
        elif low in tables["role"]:
            item.etype = "PER"
            item.gender = item.gender or tables["role"][low][0]
        elif low not in demonyms and not words[0][:1].islower():
            break
        words = words[1:]
    if words != item.referent.split():
        item.referent = item.surface = " ".join(words)


def _apposition(
    item: NounPhrase, items: Sequence[NounPhrase], text: str, starts: Sequence[int] = ()
) -> NounPhrase | None:
    """The name set beside a noun phrase by commas ("la maire, Claire Fontanet, a dit").

    `starts` (the items' starts, when the caller has them) lets a long claim be bisected.
    """
    first = bisect.bisect_left(starts, item.end) if starts else 0
    for name in items[first:]:
        if name.start - item.end > 40:
            return None
        if name.kind != "name" or name.start < item.end or name.in_quote:
            continue
        between, after = text[item.end : name.start], text[name.end : name.end + 2]
        head = re.sub(r",\s*$", "", between)
        if len(between) > 40 or re.search(r"[.;,«»\"“”]", head):
            return None
        if head == between:
            continue  # a complement first: "la ministre de l'Industrie, Agnès Roux,"
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


def subject(items: Sequence[NounPhrase], text: str, profile: LanguageProfile) -> NounPhrase | None:
    """The first noun phrase outside quotes, not after a preposition, after a fronted part."""
    start = 0
    first = words_of(text[:60])
    lead = next((t for t in first if t[2][:1].isalpha()), None)
    if lead is not None and key(lead[2]) in profile.anaphora.fronting:
        quotes = _Spans(find_quotes(text))
        for match in re.finditer(",", text):
            if not _in((match.start(), match.end()), quotes):
                start = match.end()
                break
    cleft = next(
        (m for c in profile.anaphora.clefts if (m := re.match(c, text, re.IGNORECASE))), None
    )
    if cleft is not None:
        start = cleft.end()  # "C'est dans ce contexte qu'Amazon a pris": Amazon
    for item in items:
        if item.start < start or item.in_quote or item.impersonal or item.names_itself:
            continue
        if not item.after_preposition or (cleft is not None and item.start <= start + 1):
            chosen = item
            if item.kind in ("np", "phrase") and item.referent is None:
                chosen = _apposition(item, items, text) or item
            joined = re.match(r"\s+(\w+)\s+\S", text[chosen.end :])
            if joined and key(joined.group(1)) in profile.anaphora.coordinators:
                chosen.number = "pl"  # "X et Y ont annoncé": no singular anaphor stands for X
            return chosen
    return None
