"""Document -> the title a report shows: its own title, else its first real sentence.

Never page furniture: a title or a line that the cleaning stage treats as boilerplate (menus,
share buttons, bylines, photo credits: the language's `boilerplate` table) is passed over, and
so are the ` date 2020-06` header line and a masthead in capitals. A long title is cut at a
word boundary with "…".
"""

from __future__ import annotations

from claimcheck.clean import clean
from claimcheck.lang import detect, get_profile
from claimcheck.models import Document
from claimcheck.segment import sentences

__all__ = ["display_title"]

#: how much of the article is looked at for its first real sentence
_HEAD = 4000
_MIN_WORDS = 3
#: what sets a site name after the headline of an HTML <title>: "Headline | Site"
_SITE_SEPARATORS = (" | ", " – ", " — ", " - ")
_SITE_NAME_MAX = 40


def _trim(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def _without_site(headline: str) -> str:
    """The headline without a short site name after its last separator."""
    at = max(headline.rfind(sep) for sep in _SITE_SEPARATORS)
    if at <= 0 or len(headline) - at > _SITE_NAME_MAX + 3:
        return headline
    return headline[:at].rstrip()


def _masthead(line: str) -> bool:
    """Mostly capitals: "THE DAILY POST — REGION", "LA LETTRE DU SUD — Régions"."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.6 * len(letters)


def _real_lines(doc: Document, text: str) -> list[str]:
    """The lines of `text` that survive cleaning (boilerplate and the header line dropped)."""
    profile = get_profile(doc.lang or detect(text))
    cleaned = clean(Document(id=doc.id, text=text, lang=profile.code), profile, {})
    return [line.strip() for line in cleaned.text.split("\n") if line.strip()]


def display_title(doc: Document, limit: int = 100) -> str:
    """The article's title if it is a real one, else its first real sentence, within `limit`."""
    if doc.title:
        own = _real_lines(doc, doc.title)
        if own:
            headline = " ".join(own)
            shorter = _without_site(headline)
            if len(shorter.split()) >= _MIN_WORDS:
                headline = shorter
            return _trim(headline, limit)
    lines = _real_lines(doc, doc.text[:_HEAD])
    # a masthead in capitals ("THE DAILY POST — REGION") is the outlet's name, not the article's
    lines = [x for x in lines if not _masthead(x)] or lines
    profile = get_profile(doc.lang or detect(doc.text[:_HEAD]))
    for line in lines:
        for start, end in sentences(line, profile):
            sentence = line[start:end]
            if len(sentence.split()) >= _MIN_WORDS:
                return _trim(sentence, limit)
    return _trim(lines[0], limit) if lines else "(empty)"
