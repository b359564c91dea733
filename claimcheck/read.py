"""paths, strings and dicts -> Documents: text kept verbatim, metadata from header or byline."""

from __future__ import annotations

import glob
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from claimcheck.errors import InputError
from claimcheck.models import Document

__all__ = ["HEADER", "SUFFIXES", "Source", "expand", "read", "read_file"]

#: Articles claimcheck reads from disk.
SUFFIXES = (".txt", ".md", ".jsonl")

#: A metadata header at the very start of a text article: " date 2020-06".
HEADER = re.compile(r"\A[ \t]*date[ \t]+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b[ \t]*\n?")

_JSONL_FIELDS = {"id", "text", "published", "lang", "url", "title", "source"}

Source = str | Path | Document | Mapping[str, Any]


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
            raise InputError("no such file or directory", path=str(raw))
    return out


def _decode(data: bytes, path: Path) -> str:
    if b"\x00" in data[:8192]:
        raise InputError("looks like a binary file, not a text article", path=str(path))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


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


def _read_jsonl(path: Path, text: str) -> Iterator[Document]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"not valid JSON ({exc.msg})", path=where) from None
        if not isinstance(record, dict):
            raise InputError("expected a JSON object with 'id' and 'text'", path=where)
        # Unknown fields are ignored: feeds carry many we have no use for.
        known = {k: v for k, v in record.items() if k in _JSONL_FIELDS}
        yield _document({**known, "path": str(path)}, where=where)


def read_file(path: str | Path) -> list[Document]:
    """The articles in one file: one for .txt/.md, one per line for .jsonl."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=str(path)) from None
    text = _decode(data, path)
    if path.suffix == ".jsonl":
        return list(_read_jsonl(path, text))
    if path.suffix not in SUFFIXES:
        raise InputError(
            f"unsupported file type {path.suffix!r}; expected {', '.join(SUFFIXES)}",
            path=str(path),
        )
    if not text.strip():
        raise InputError("the article is empty", path=str(path))
    return [_document({"id": path.stem, "text": text, "path": str(path)}, where=str(path))]


def read(sources: Iterable[Source]) -> list[Document]:
    """Documents from paths, globs, directories, `Document`s or dicts; ids must be unique."""
    docs: list[Document] = []
    for source in sources:
        if isinstance(source, Document):
            docs.append(source)
        elif isinstance(source, Mapping):
            docs.append(_document(source, where=f"article {source.get('id', '?')!r}"))
        else:
            for path in expand([source]):
                docs.extend(read_file(path))
    seen: dict[str, str] = {}
    for doc in docs:
        if doc.id in seen:
            raise InputError(
                f"duplicate document id {doc.id!r} (also in {seen[doc.id]}); "
                "give each article a unique file name or 'id'",
                path=doc.path,
            )
        seen[doc.id] = doc.path or doc.id
    return docs
