"""claim text + its line context -> non-claim kind or None.

Some segments of an article state no checkable fact: headings, bylines and publication stamps,
photo captions and credits, tweet signatures, questions, fragments without a predicate; a
dateline opens a dispatch's first paragraph. They stay in the report as non-claims. Structure
decides first (a line of its own, its last character, capitals, @handles, slashes, brackets);
the language's tables add the few words newsrooms open a byline, a stamp, a credit or a caption
with, and the verbs that tell a sentence from a fragment. No rule knows a particular event.

`segment` calls `dateline`, `glued_heading` and `signature` to cut a sentence into pieces with
exact offsets, then `classify` on each piece.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimcheck.ground.quantity import find_quantities
from claimcheck.lang import LanguageProfile
from claimcheck.lang.agencies import AGENCIES
from claimcheck.models import ClaimKind
from claimcheck.nesting import OPENERS, depth_after

__all__ = ["Line", "classify", "dateline", "glued_heading", "line_context", "signature"]

_UP = "A-ZÀ-ÖØ-ÝŒ"
_SP = "[ \u00a0\u202f]"
#: A heading is short: longer lines without a full stop are sentences that lost theirs.
_HEADING_MAX_WORDS = 20
#: A fragment is shorter still, and has no verb.
_FRAGMENT_MAX_WORDS = 5
#: Bylines, stamps and credits are short lines.
_SHORT = 12
#: A caption is a sentence or two, ending in its credit.
_CAPTION_MAX_WORDS = 60
#: A byline with its stamp and credits ("(Reporting by A and B; Editing by C)").
_BYLINE_MAX_WORDS = 25
#: Lines near the top of an article: titles, kickers and datelines live there.
_TOP_LINES = 3
_BULLET = re.compile(r"^[-–—•*·▪►]\s")
#: A capitalised word, without hyphens: words are joined by "[ -]" where that matters, so that
#: a long run of hyphenated capitals has one reading only (no quadratic backtracking).
_CAP_WORD = rf"[{_UP}][\w'’.]*"
_NAME_TOKEN = rf"(?:[{_UP}][\w'’.\-]*|[a-z]{{1,3}}[\-'’][{_UP}][\w'’.\-]*)"
_AGENCY_NAMES = "|".join(
    re.escape(name) for name in sorted({a for a, _ in AGENCIES}, key=len, reverse=True)
)
_AGENCY = rf"\((?:{_AGENCY_NAMES})\)"
_SEP = rf"(?:{_SP}?:{_SP}|{_SP}[-–—]{{1,2}}{_SP}?|[–—]{_SP})"
_CAPS_WORD = rf"[{_UP}][{_UP}'’.]+"
_PART = rf",{_SP}[{_UP}\d][\w.'’]*(?:{_SP}[\w.'’]+){{0,2}}"
#: "PARIS (AFP) -", "RABAT, Morocco (AP) —", "CAIRO, March 28 (Reuters) -", "Rabat (AFP) -",
#: "AMIZMIZ:": a city in capitals (or in any case before an agency), then a dash or a colon.
_DATELINE = re.compile(
    rf"(?<![\w'’.\-])"  # at a word's start only: a run of capitals is tried once
    rf"(?:{_CAPS_WORD}(?:[ \-]{_CAPS_WORD}){{0,3}}(?:{_PART}){{0,2}}(?:{_SP}?(?P<a1>{_AGENCY}))?"
    rf"|{_CAP_WORD}(?:[ \-]{_CAP_WORD}){{0,3}}(?:{_PART}){{0,2}}{_SP}?(?P<a2>{_AGENCY})"
    rf"|(?P<a3>{_AGENCY}))"
    rf"(?P<sep>{_SEP})(?=[«\"“]?[{_UP}\d])"
)
#: "— Jane Doe (@jdoe) May 3, 2022", with the "pic.twitter.com/..." link before it.
_SIGNATURE = re.compile(
    r"(?:(?:https?://)?(?:pic\.twitter\.com|t\.co)/\S+\s*)?"
    r"[—–―-]{1,2}\s*(?:[^\n()—–―\-]|(?<=\w)-(?=\w)){1,80}?\(@\w{1,30}\)[^\n()]{0,30}$"
)
_TWEET_LINK = re.compile(r"(?:https?://)?(?:pic\.twitter\.com|t\.co)/\S+")
#: Trailing photo credits: "... 2023. REUTERS/Jane Doe", "... (AP Photo/Jane Doe)", "/CFP)".
_SLASH_CREDIT = re.compile(
    rf"(?:^|(?<=[.!?»”)]){_SP}+)\(?{_SP}*(?<![\w.'’\-]){_CAP_WORD}(?:{_SP}{_CAP_WORD}){{0,3}}"
    rf"{_SP}?/{_SP}?[{_UP}][\w.'’&\-]*(?:{_SP}[\w.'’&\-]+){{0,4}}{_SP}*\)?{_SP}*$"
)
_BARE_SLASH = re.compile(rf"(?<=\s)\(?/{_SP}?[{_UP}][\w.&\-]{{1,20}}\)?{_SP}*$")
_COPYRIGHT = re.compile(rf"(?:^|\s)\(?(?:©|\(c\)){_SP}*\S[^©\n]{{0,60}}$")
_TAIL = 240  # a trailing credit is short: the tail patterns read the end of a line only


@dataclass(frozen=True)
class Line:
    """Where a piece sits: its line (a paragraph between hard breaks), read once per line."""

    text: str
    index: int
    """The line's rank among the document's lines, from 0."""
    last: bool
    """No line follows it in the document."""
    lead: int
    """Where the line's text starts and ends, without spaces."""
    trail: int
    words: int
    credit: int | None
    """Where a trailing photo credit starts ("... mardi. REUTERS/Jane Doe"), if any."""
    start: int = 0
    """The piece's start and end in the line."""
    end: int = 0

    @property
    def whole(self) -> bool:
        """The piece is the whole line."""
        return self.start <= self.lead and self.end >= self.trail


def line_context(text: str, index: int, last: bool, profile: LanguageProfile) -> Line:
    """What `classify` needs to know about a line, computed once for all its pieces."""
    lead = len(text) - len(text.lstrip())
    return Line(
        text=text,
        index=index,
        last=last,
        lead=lead,
        trail=len(text.rstrip()),
        words=len(_words(text)),
        credit=_credit_tail(text, _patterns(profile)),
        start=lead,
        end=len(text.rstrip()),
    )


def _alternation(words: tuple[str, ...] | frozenset[str]) -> str:
    escaped = (re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in words)
    return "|".join(sorted(escaped, key=len, reverse=True))


@cache
def _patterns(profile: LanguageProfile) -> dict[str, re.Pattern[str]]:
    vocab = profile.text
    particles = _alternation(vocab.name_particles)
    particle = rf"(?:(?:{particles}){_SP}+)?" if particles else ""
    name = rf"{_NAME_TOKEN}(?:{_SP}+{particle}{_NAME_TOKEN}){{0,3}}"
    coord = _alternation(vocab.coordinators)
    joiner = rf"(?:{_SP}*,{_SP}*|{_SP}*&{_SP}*" + (rf"|{_SP}+(?:{coord}){_SP}+)" if coord else ")")
    names = rf"{name}(?:{joiner}{name})*"
    out = {
        # anchored with \A: read with `match` at a piece's start, and linear under any scan
        "names": re.compile(rf"\A{names}$"),
        "name_agency": re.compile(
            rf"\A{name}{_SP}*[,/|–—-]{_SP}*(?:(?i:the){_SP}+)?(?:{_AGENCY_NAMES})$"
        ),
        "agency": re.compile(rf"\A(?:(?i:the|l['’]){_SP}*)?(?:{_AGENCY_NAMES})$"),
        "joiner": re.compile(rf"(?<![ \u00a0\u202f]){joiner}"),  # a run of spaces: once
    }
    if vocab.byline_words:
        out["byline"] = re.compile(
            rf"\A\(?{_SP}*(?i:{_alternation(vocab.byline_words)})(?:{_SP}*:)?{_SP}+(?P<names>{names})"
        )
    if vocab.stamp_words:
        out["stamp"] = re.compile(rf"\A(?i:{_alternation(vocab.stamp_words)})(?!\w)")
    if vocab.credit_words:
        words = _alternation(vocab.credit_words)
        by = _alternation(vocab.byline_words)
        # "Photo : AFP", "Crédit photo : X", "Source(s): AFP", "(Photo by X/Agency)", "Photo AFP"
        out["credit"] = re.compile(
            rf"\A\(?{_SP}*(?i:{words})(?:\(s\))?(?!\w)"
            rf"(?:{_SP}*[:/©|]|{_SP}+(?i:{by})(?!\w)|(?=[^\n]*(?:/|(?<!\w)(?:{_AGENCY_NAMES})(?!\w))))"
            if by
            else rf"\A\(?{_SP}*(?i:{words})(?:\(s\))?{_SP}*[:/©|]"
        )
        out["credit_tail"] = re.compile(rf"\((?i:{words})(?:\(s\))?\b[^()]{{0,60}}\)\s*$")
    if vocab.caption_words:
        out["caption"] = re.compile(
            rf"\A\(?{_SP}*(?i:{_alternation(vocab.caption_words)}){_SP}*[:,–—-]"
        )
    return out


def _words(text: str) -> list[str]:
    return text.split()


def _lower_parts(word: str) -> list[str]:
    """The lower-case letters of a word, split at elisions: "n'est" -> ["n", "est"]."""
    return [p for p in re.split(r"['’]", re.sub(r"[^\w'’\-]", "", word.lower())) if p]


def _has_verb(words: list[str], profile: LanguageProfile) -> bool:
    cues = profile.text.verb_cues
    endings = profile.text.verb_endings + profile.text.weak_verb_endings
    for word in words:
        for part in _lower_parts(word):
            if part in cues or (len(part) >= 4 and part.endswith(endings)):
                return True
    return False


def _has_predicate(words: list[str], profile: LanguageProfile) -> bool:
    """A verb cue, or a name followed by a lower-case word ("Amazon change de stratégie")."""
    if _has_verb(words, profile):
        return True
    vocab = profile.text
    first = _lower_parts(words[0]) if words else []
    if len(words) >= 2 and first and first[0] in vocab.personal_pronouns:
        return True  # "She's in rehab", "I ate and drank whatever"
    if len(words) < 2 or not words[0][:1].isupper() or not words[0][-1].isalnum():
        return False
    second = words[1]
    return (
        bool(first)
        and first[0] not in vocab.stop_words
        and first[-1] not in vocab.calendar_words
        and second.isalpha()
        and second.islower()
        and second not in vocab.stop_words
    )


def _unwrap(text: str) -> str:
    """The text inside brackets that enclose it whole: "(Read also: ...)" -> "Read also: ..."."""
    body = text.strip()
    if len(body) > 2 and body[0] in "([" and body[-1] == OPENERS[body[0]]:
        depth = 0
        for i, ch in enumerate(body):
            depth += ch in "(["
            depth -= ch in ")]"
            if depth == 0 and i < len(body) - 1:
                return body  # the first bracket closes before the end: "(a) b (c)"
        return body[1:-1].strip()
    return body


def dateline(text: str, line_index: int) -> tuple[int, int] | None:
    """(end of the dateline, start of the sentence after it) when `text` opens with one."""
    match = _DATELINE.match(text)
    if match is None:
        return None
    bare = match.group("a1") is None and match.group("a2") is None and match.group("a3") is None
    if bare and ":" in match.group("sep") and line_index >= _TOP_LINES:
        return None  # "NAME:" deep in an article is a speaker's label, not a dateline
    return match.start("sep"), match.end()


def glued_heading(text: str, profile: LanguageProfile) -> int | None:
    """Where the first sentence starts when a heading is glued before it, without a full stop.

    "Séisme au Maroc : le bilan s'alourdit à 632 morts Plus de 300 personnes ont ..." -> the
    offset of "Plus". A capitalised function word after a word with no punctuation, itself
    followed by a lower-case word (so not a name such as "Le Monde"), opens the sentence.
    """
    stop = profile.text.stop_words
    tokens = list(re.finditer(r"\S+", text[:600]))
    for i in range(3, min(len(tokens) - 3, _HEADING_MAX_WORDS + 1)):
        word = tokens[i].group()
        lead = re.match(r"[^\W\d_]+", word)
        if lead is None or not word[0].isupper() or lead.group().lower() not in stop:
            continue
        rest = word[lead.end() :]
        if len(lead.group()) == 1:
            # a one-letter word opens a sentence only elided ("L'épicentre"); "A", "I" are names
            if rest[:1] not in ("'", "’") or not rest[1:2].islower():
                continue
        elif not lead.group()[1:].islower() or rest or not tokens[i + 1].group()[:1].islower():
            continue
        previous = tokens[i - 1].group()
        parts = _lower_parts(previous)
        if not previous[-1].isalnum() or not parts or parts[-1] in stop:
            continue  # the heading ends on a word, not on punctuation or a function word
        return tokens[i].start()
    return None


def signature(text: str) -> int | None:
    """Where a tweet's signature starts at the end of `text`: "pic.twitter.com/... — Name
    (@handle) May 3, 2022"; None without one."""
    offset = max(0, len(text) - 400)
    # each pattern needs a literal the text may well lack: a handle "(@", a link's host
    match = _SIGNATURE.search(text, offset) if text.find("(@", offset) >= 0 else None
    if match is not None:
        return match.start()
    hosted = text.find("t.co/", offset) >= 0 or text.find("pic.twitter.com/", offset) >= 0
    link = _TWEET_LINK.search(text, offset) if hosted else None
    if link is not None and len(_words(text[link.end() :])) <= _SHORT:
        return link.start()
    return None


def _credit(text: str, patterns: dict[str, re.Pattern[str]]) -> bool:
    body = text.strip()
    n = len(_words(body))
    if n > _SHORT and not (body.startswith("(") and body.endswith(")")):
        return False
    if "©" in body or re.match(r"\(c\)\s", body):
        return True
    if "credit" in patterns and patterns["credit"].match(body):
        return True
    return bool(_SLASH_CREDIT.match(body)) and n <= 8


def _credit_tail(line: str, patterns: dict[str, re.Pattern[str]]) -> int | None:
    """Where a trailing photo credit starts in a line; None without one."""
    offset = max(0, len(line) - _TAIL)
    tail = line[offset:]
    tails = [_SLASH_CREDIT, _BARE_SLASH] if "/" in tail else []  # each needs its literal
    if "©" in tail or "(c)" in tail:
        tails.append(_COPYRIGHT)
    if "credit_tail" in patterns:
        tails.append(patterns["credit_tail"])
    found = [m.start() for m in (p.search(line, offset) for p in tails) if m is not None]
    return min(found) if found else None


def _caption(text: str, line: Line, patterns: dict[str, re.Pattern[str]]) -> bool:
    if line.start == 0 and "caption" in patterns and patterns["caption"].match(text):
        return True
    if "credit" in patterns and line.start == 0 and patterns["credit"].match(text):
        return True  # "Photo : des secouristes ...": a long credit line is a caption
    if line.words > _CAPTION_MAX_WORDS:
        return False  # a paragraph, not a caption: a credit there is the writer's business
    return line.credit is not None and line.credit > line.lead and line.start < line.credit


def _byline(text: str, line: Line, profile: LanguageProfile) -> bool:
    patterns = _patterns(profile)
    body = text.strip()
    words = _words(body)
    wrapped = body.startswith("(") and body.endswith(")")
    if (line.start != 0 and not wrapped) or len(words) > _BYLINE_MAX_WORDS:
        return False  # a byline opens its line, or stands in brackets: "(Reporting by ...)"
    calendar = profile.text.calendar_words
    stamp = patterns["stamp"].match(body) if "stamp" in patterns else None
    if stamp is not None and len(words) <= 15:
        rest = body[stamp.end() :]
        if re.search(r"\d", rest) or any(p in calendar for w in words for p in _lower_parts(w)):
            return True
    byline = patterns.get("byline")
    match = byline.match(body) if byline is not None else None
    if match is not None and not any(
        p in calendar for w in _words(match.group("names")) for p in _lower_parts(w)
    ):
        rest = body[match.end() :]
        if (
            wrapped
            or not rest.strip(" ,.;")
            or (
                len(_words(rest)) <= 8
                and not any(
                    p in profile.text.verb_cues for w in _words(rest) for p in _lower_parts(w)
                )
            )
        ):
            return True
    if not line.whole or len(words) > _SHORT:
        return False
    if patterns["agency"].match(body) or patterns["name_agency"].match(body):
        return True
    if patterns["names"].match(body) and not any(w.lower() in calendar for w in words):
        groups = patterns["joiner"].split(body)
        return len(groups) >= 2 and all(len(_words(g)) >= 2 for g in groups)
    return False


def _attributed_quote(text: str, profile: LanguageProfile) -> bool:
    """Quoted words with their speaker's verb outside the quotes: reported speech."""
    if not re.search(r"[\"“”«»]", text):
        return False
    outside = re.sub(r"«[^»]*»|“[^”]*”|\"[^\"]*\"", " ", text).lower()
    return any(
        re.search(rf"(?<!\w){re.escape(verb)}(?!\w)", outside)
        for verb in profile.text.attribution_verbs
    )


def _question(text: str) -> bool:
    body = _unwrap(text).rstrip()
    return body.endswith("?") and depth_after(body[:-1]) == 0


def _heading(text: str, line: Line, profile: LanguageProfile) -> bool:
    if not line.whole or line.last:
        return False
    body = _unwrap(text)
    words = _words(body)
    if not body or _BULLET.match(body) or len(words) > _HEADING_MAX_WORDS:
        return False
    if _attributed_quote(body, profile):
        return False  # '"We will rebuild," he said' lost its full stop; it is no heading
    last = body[-1]
    return last.isalnum() or last in "%€$" or (last == ":" and len(words) <= _SHORT)


def classify(text: str, line: Line, profile: LanguageProfile) -> ClaimKind | None:
    """The kind of non-claim `text` is, or None when it may state a checkable fact."""
    patterns = _patterns(profile)
    if signature(text) == 0:
        return "signature"
    if _credit(text, patterns):
        return "credit"
    if _caption(text, line, patterns):
        return "caption"
    if _byline(text, line, profile):
        return "byline"
    if _question(text):
        return "question"
    if _heading(text, line, profile):
        return "heading"
    words = _words(text)
    if len(words) <= _FRAGMENT_MAX_WORDS and not _has_predicate(words, profile):
        counted = any(
            q.dimension == "count" and q.noun for q in find_quantities(text, profile=profile)
        )
        if not counted:
            return "fragment"
        return "heading" if line.whole and not line.last else None
    return None
