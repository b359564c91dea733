"""paths, strings and dicts -> Documents: text kept verbatim, metadata from header or byline."""

from __future__ import annotations

import codecs
import datetime as dt
import glob
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from claimcheck.errors import InputError
from claimcheck.models import Document

__all__ = [
    "HEADER",
    "MAX_ARTICLE_BYTES",
    "SUFFIXES",
    "OnError",
    "Source",
    "expand",
    "html_article",
    "iter_documents",
    "read",
    "read_file",
]

#: Articles claimcheck reads from disk.
SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")

#: A metadata header at the very start of a text article: " date 2020-06".
HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*\n?")

_JSONL_FIELDS = {"id", "text", "published", "lang", "url", "title", "source"}

Source = str | Path | Document | Mapping[str, Any]
OnError = Callable[[InputError], None]

#: Larger text files are refused: no news article is this long, and it would take minutes.
MAX_ARTICLE_BYTES = 20_000_000


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files named by `paths` (files, directories, globs), sorted within each argument."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in SUFFIXES)
            if not found:
                raise InputError(
                    f"no article found (expected files ending in {', '.join(SUFFIXES)})",
                    path=str(path),
                )
            out.extend(found)
        elif path.is_file():
            out.append(path)
        elif any(ch in str(raw) for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(str(raw), recursive=True))
            files = [m for m in matches if m.is_file() and m.suffix in SUFFIXES]
            if not files:
                raise InputError("the pattern matches no article", path=str(raw))
            out.extend(files)
        else:
            raise InputError("no such file or directory; check the path", path=str(raw))
    return out


_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}
_MAX_BINARY_SHARE = 0.05


def _decode(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252; binary is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Windows "Unicode" text
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError("broken UTF-16 text; convert it to UTF-8", path=str(path)) from None
    head = data[:8192]
    if b"\x00" in head or (
        head and sum(b in _CONTROL for b in head) / len(head) > _MAX_BINARY_SHARE
    ):
        raise InputError(
            "looks like a binary file, not a text article; give the article's text as .txt, .md, "
            ".html or .jsonl",
            path=str(path),
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if text.count("\ufffd") > max(3, len(text) // 100):
            raise InputError(
                "neither UTF-8 nor Windows-1252 text; convert it to UTF-8", path=str(path)
            ) from None
    return text


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


def _iso_date(value: str) -> str | None:
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
            date = _iso_date(values.get("content", "")) if key.lower() in _HTML_DATE_KEYS else None
            if date:
                self.dates.setdefault(key.lower(), date)
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            href = values.get("href", "")
            if href.startswith(("http://", "https://")):
                self.url = href
        elif tag == "time" and values.get("itemprop", "").lower() == "datepublished":
            date = _iso_date(values.get("datetime", ""))
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
                date = _iso_date(found.group(1)) if found else None
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


def _published_from_text(text: str, lang: str | None) -> str | None:
    """A publication date from a header line or a byline near the top ("Publié le 11 Juin 2020")."""
    match = HEADER.match(text)
    if match:
        return match.group(1)
    from claimcheck.ground.time import find_times
    from claimcheck.lang import detect, get_profile

    profile = get_profile(lang or detect(text))
    for line in text[:3000].splitlines()[:25]:
        if not _BYLINE.search(line):
            continue
        for ref in find_times(line, published=None, profile=profile):
            if ref.anchor == "absolute" and ref.year is not None and ref.month is not None:
                if ref.granularity == "day" and ref.earliest is not None:
                    return ref.earliest.isoformat()
                return f"{ref.year:04d}-{ref.month:02d}"
    return None


_BYLINE = re.compile(
    r"\b(publié|publiée|mis à jour|modifié|published|updated|posted)\b", re.IGNORECASE
)


def _document(fields: Mapping[str, Any], *, where: str) -> Document:
    try:
        doc = Document.model_validate(dict(fields))
    except ValidationError as exc:
        problem = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'article'}: {err['msg']}"
            for err in exc.errors()
        )
        raise InputError(f"invalid article ({problem})", path=where) from None
    if doc.published is None:
        published = _published_from_text(doc.text, doc.lang)
        if published:
            doc = doc.model_copy(update={"published": published})
    return doc


def _jsonl_line(path: Path, number: int, line: str) -> Document:
    where = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"not valid JSON ({exc.msg} at column {exc.colno}); the line is skipped: fix it to "
            "include that article",
            path=where,
        ) from None
    if not isinstance(record, dict):
        raise InputError("expected a JSON object with 'id' and 'text'", path=where)
    # Unknown fields are ignored: feeds carry many we have no use for.
    known = {k: v for k, v in record.items() if k in _JSONL_FIELDS}
    return _document({**known, "path": str(path)}, where=where)


def _lines_of(handle: BinaryIO) -> Iterator[bytes | None]:
    """The lines of a file, None for one over the size limit (read past, never held whole)."""
    while True:
        line = handle.readline(MAX_ARTICLE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
            yield None
        else:
            yield line


def _read_jsonl(path: Path, on_error: OnError | None) -> Iterator[Document]:
    """One article per line, read line by line (a feed of any size never sits in memory)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=str(path)) from None
    with handle:
        for number, raw in enumerate(_lines_of(handle), start=1):
            if raw is None:
                problem = InputError(
                    f"line longer than {MAX_ARTICLE_BYTES // 1_000_000} MB: not a news article; "
                    "skipped",
                    path=f"{path}:{number}",
                )
                if on_error is None:
                    raise problem
                on_error(problem)
                continue
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8", errors="replace")
            if not line.strip():
                continue
            try:
                yield _jsonl_line(path, number, line)
            except InputError as exc:
                if on_error is None:
                    raise
                on_error(exc)


def read_file(path: str | Path, *, on_error: OnError | None = None) -> list[Document]:
    """The articles in one file: one for .txt/.md, one per line for .jsonl.

    With `on_error`, a bad line of a JSONL file is handed to it and skipped; without, raised.
    """
    path = Path(path)
    if path.suffix == ".jsonl":
        return list(_read_jsonl_checked(path, on_error))
    if path.suffix not in SUFFIXES:
        raise InputError(
            f"unsupported file type {path.suffix!r}; expected {', '.join(SUFFIXES)}",
            path=str(path),
        )
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise InputError(
                f"larger than {MAX_ARTICLE_BYTES // 1_000_000} MB: not a news article; split it "
                "or pass it as JSONL, one article per line",
                path=str(path),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=str(path)) from None
    text = _decode(data, path)
    if not text.strip():
        raise InputError("the article is empty; add its text or leave the file out", path=str(path))
    meta: dict[str, str] = {}
    if path.suffix in _HTML_SUFFIXES:
        text, meta = html_article(text)
        if not text.strip():
            raise InputError(
                "no text in the HTML page (only markup, scripts or styles); is it the article "
                "page itself?",
                path=str(path),
            )
    fields = {**meta, "id": path.stem, "text": text, "path": str(path)}
    return [_document(fields, where=str(path))]


def iter_documents(
    sources: Iterable[Source], *, on_error: OnError | None = None
) -> Iterator[Document]:
    """Documents one at a time, as `read` finds them: a feed of any size never sits in memory.

    Ids must be unique: a repeated id is an `InputError` (handed to `on_error` and skipped
    when given).
    """
    seen: dict[str, str] = {}

    def fail(exc: InputError) -> None:
        if on_error is None:
            raise exc
        on_error(exc)

    def found(source: Source) -> Iterator[Document]:
        if isinstance(source, Document):
            yield source
        elif isinstance(source, Mapping):
            yield _document(source, where=f"article {source.get('id', '?')!r}")
        else:
            for path in expand([source]):
                try:
                    if path.suffix == ".jsonl":
                        yield from _read_jsonl_checked(path, on_error)
                    else:
                        yield from read_file(path, on_error=on_error)
                except InputError as exc:
                    fail(exc)

    for source in sources:
        try:
            for doc in found(source):
                if doc.id in seen:
                    fail(
                        InputError(
                            f"duplicate document id {doc.id!r} (also in {seen[doc.id]}); "
                            "give each article a unique file name or 'id'",
                            path=doc.path,
                        )
                    )
                    continue
                seen[doc.id] = doc.path or doc.id
                yield doc
        except InputError as exc:
            fail(exc)


def _read_jsonl_checked(path: Path, on_error: OnError | None) -> Iterator[Document]:
    """A JSONL file line by line; one with no article and no broken line is an error."""
    problems = 0

    def note(exc: InputError) -> None:
        nonlocal problems
        problems += 1
        if on_error is not None:
            on_error(exc)

    count = 0
    for doc in _read_jsonl(path, note if on_error is not None else None):
        count += 1
        yield doc
    if not count and not problems:
        raise InputError(
            "no article in the file (expected one JSON object per line)", path=str(path)
        )


def read(sources: Iterable[Source], *, on_error: OnError | None = None) -> list[Document]:
    """Documents from paths, globs, directories, `Document`s or dicts; ids must be unique.

    Without `on_error` the first bad input raises `InputError`. With it, each bad file, line
    or article is handed to `on_error` and skipped, and the rest is read: a batch run loses
    only what is broken.
    """
    return list(iter_documents(sources, on_error=on_error))
