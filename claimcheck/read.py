"""paths, strings and dicts -> Documents: text kept verbatim, metadata from header or byline."""

from __future__ import annotations

import codecs
import glob
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError

from claimcheck.errors import InputError
from claimcheck.html_text import html_article
from claimcheck.metadata import FieldWarning, tidy_fields
from claimcheck.models import Document

__all__ = [
    "HEADER",
    "MAX_ARTICLE_BYTES",
    "SUFFIXES",
    "FieldWarning",
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


def _published_from_text(text: str, lang: str | None) -> str | None:
    """A publication date from a header line or a byline near the top ("Publié le 11 Juin 2020")."""
    match = HEADER.match(text)
    if match:
        return match.group(1)
    from claimcheck.ground.time import find_times
    from claimcheck.lang import detect, get_profile

    profile = None  # the language is guessed only for a text with a byline line
    for line in text[:3000].splitlines()[:25]:
        if not _BYLINE.search(line):
            continue
        if profile is None:
            profile = get_profile(lang or detect(text))
        for ref in find_times(line, published=None, profile=profile):
            if ref.anchor == "absolute" and ref.year is not None and ref.month is not None:
                if ref.granularity == "day" and ref.earliest is not None:
                    return ref.earliest.isoformat()
                return f"{ref.year:04d}-{ref.month:02d}"
    return None


_BYLINE = re.compile(
    r"\b(publié|publiée|mis à jour|modifié|published|updated|posted)\b", re.IGNORECASE
)


def _document(
    fields: Mapping[str, Any], *, where: str, on_error: OnError | None = None
) -> Document:
    """A Document from raw fields: bad metadata costs the field (a warning to `on_error`, or an
    error without it), a bad id or text the article."""
    try:
        doc = Document.model_validate(tidy_fields(fields, where=where, warn=on_error))
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


def _jsonl_line(path: Path, number: int, line: str, on_error: OnError | None) -> Document:
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
    return _document({**known, "path": str(path)}, where=where, on_error=on_error)


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
                yield _jsonl_line(path, number, line, on_error)
            except InputError as exc:
                if on_error is None:
                    raise
                on_error(exc)


def read_file(path: str | Path, *, on_error: OnError | None = None) -> list[Document]:
    """The articles in one file: one for .txt/.md, one per line for .jsonl.

    With `on_error`, a bad line of a JSONL file is handed to it and skipped, and a bad
    metadata field is handed to it as a `FieldWarning` and left unknown; without, raised.
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
    return [_document(fields, where=str(path), on_error=on_error)]


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
            yield _document(source, where=f"article {source.get('id', '?')!r}", on_error=on_error)
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
    only what is broken. A bad metadata field (a malformed `published`, a `lang` or `title`
    of the wrong type...) costs only that field: it is handed to `on_error` as a
    `FieldWarning` (code W100, not a skip) and the article is kept with the field unknown.
    """
    return list(iter_documents(sources, on_error=on_error))
