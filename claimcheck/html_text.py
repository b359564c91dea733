"""HTML page -> plain text and head metadata: a paragraph per block, title, date, canonical URL."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

__all__ = ["html_article", "iso_date"]

#: Elements whose content is never article text.
_HTML_SKIP = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas"}
)
#: Elements that break the text into paragraphs.
_HTML_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div",
        "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "td", "th", "tr", "ul",
    }
)  # fmt: skip
#: Meta tags (name, property or itemprop, lower-cased) that carry the publication date, best first.
_HTML_DATE_KEYS = (
    "article:published_time", "datepublished", "og:published_time", "published_time",
    "publication_date", "publish-date", "publishdate", "pubdate", "date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "sailthru.date",
    "parsely-pub-date",
)  # fmt: skip
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML's own white space: not NBSP, which means something
_ISO_DATE = re.compile(r"(\d{4})(?:[-/](\d{2})(?:[-/](\d{2}))?)?(?![\d/])")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')


def iso_date(value: str) -> str | None:
    """The (possibly partial) ISO date at the start of `value`, if it is a real date."""
    match = _ISO_DATE.match(value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return "-".join(p for p in (year, month, day) if p)


class _HTMLText(HTMLParser):
    """The visible text of a page, a paragraph per block, and its title and publication date."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._line: list[str] = []
        self._lines: list[str] = []
        self._skip: list[str] = []
        self._in_title = False
        self._ld_json = False
        self.title_parts: list[str] = []
        self.dates: dict[str, str] = {}
        self.url: str | None = None

    def _flush_line(self) -> None:
        line = _HTML_SPACE.sub(" ", "".join(self._line)).strip()
        self._line = []
        if line:
            self._lines.append(line)

    def _flush_paragraph(self) -> None:
        self._flush_line()
        if self._lines:
            self.paragraphs.append("\n".join(self._lines))
        self._lines = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:  # inside a script, a style, an SVG...: only nesting matters
            if tag in _HTML_SKIP:
                self._skip.append(tag)
            return
        values = {k.lower(): v or "" for k, v in attrs}
        if tag in _HTML_SKIP:
            self._skip.append(tag)
            self._ld_json = tag == "script" and "ld+json" in values.get("type", "")
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop", "")
            date = iso_date(values.get("content", "")) if key.lower() in _HTML_DATE_KEYS else None
            if date:
                self.dates.setdefault(key.lower(), date)
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            href = values.get("href", "")
            if href.startswith(("http://", "https://")):
                self.url = href
        elif tag == "time" and values.get("itemprop", "").lower() == "datepublished":
            date = iso_date(values.get("datetime", ""))
            if date:
                self.dates.setdefault("datepublished", date)
        elif tag == "br":
            self._flush_line()
        elif tag in _HTML_BLOCKS:
            self._flush_paragraph()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HTML_SKIP:  # <svg/>: nothing to skip
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag in self._skip:  # unwind to it: an unclosed inner element ends with it
                del self._skip[len(self._skip) - 1 - self._skip[::-1].index(tag) :]
                self._ld_json = False
            return
        if tag == "title":
            self._in_title = False
        elif tag in _HTML_BLOCKS:
            self._flush_paragraph()

    def handle_data(self, data: str) -> None:
        if self._skip:
            if self._ld_json and "datePublished" in data:
                found = _LD_DATE.search(data)
                date = iso_date(found.group(1)) if found else None
                if date:
                    self.dates.setdefault("datepublished", date)
            return
        if self._in_title:
            self.title_parts.append(data)
        else:
            self._line.append(data)

    def published(self) -> str | None:
        return next((self.dates[k] for k in _HTML_DATE_KEYS if k in self.dates), None)


def html_article(markup: str) -> tuple[str, dict[str, str]]:
    """The plain text of an HTML page (scripts and styles dropped, a blank line between blocks)
    and what its head says: `title`, `published` (from meta tags) and `url` (canonical link)."""
    parser = _HTMLText()
    cut = markup.rfind("<")
    if cut >= 0 and ">" not in markup[cut:]:  # a tag cut off at the end is not text
        markup = markup[:cut]
    parser.feed(markup)
    parser.close()
    parser._flush_paragraph()
    meta: dict[str, str] = {}
    title = _HTML_SPACE.sub(" ", "".join(parser.title_parts)).strip()
    if title:
        meta["title"] = title
    published = parser.published()
    if published:
        meta["published"] = published
    if parser.url:
        meta["url"] = parser.url
    return "\n\n".join(parser.paragraphs) + ("\n" if parser.paragraphs else ""), meta
