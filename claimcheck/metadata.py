"""raw article fields -> Document fields: a bad optional field is left unknown, with a warning.

An article's text is what claimcheck checks; its metadata (publication date, language, title,
URL, source) only helps. So a malformed date ("2020-13-45", "yesterday", 12) or a field of the
wrong type costs that field, not the article: the field becomes unknown and a `FieldWarning`
names the file, the line and the field. Values that only need tidying are tidied: a timestamp
("2020-06-11T08:30:00Z") gives its date, a language tag ("fr-CA", "EN") its primary code, a
whole-number id its digits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any

from claimcheck.errors import InputError

__all__ = ["OPTIONAL_FIELDS", "FieldWarning", "tidy_fields"]


class FieldWarning(InputError):
    """An optional field of an article is unusable: it is read as unknown, the article kept."""

    code = "W100"


#: the fields an article may go without
OPTIONAL_FIELDS = ("published", "lang", "title", "url", "source")

_DATE = re.compile(
    r"^(\d{4})(?:[-/](\d{2})(?:[-/](\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)
_LANG_TAG = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$")
_EXPECTED_DATE = "expected an ISO date: 2020, 2020-06 or 2020-06-11"

#: a check returns (tidied value, None) or (None, what is wrong with the value)
_Check = Callable[[Any], tuple[Any, str | None]]


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _published(value: Any) -> tuple[Any, str | None]:
    if not isinstance(value, str):
        return None, f"{_shown(value)} is a {type(value).__name__}, not a date ({_EXPECTED_DATE})"
    if not value.strip():
        return None, None
    match = _DATE.match(value.strip())
    if not match:
        return None, f"{_shown(value)} is not a date ({_EXPECTED_DATE})"
    year, month, day = match.groups()
    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None, f"{_shown(value)} is not a real date ({_EXPECTED_DATE})"
    return "-".join(p for p in (year, month, day) if p), None


def _lang(value: Any) -> tuple[Any, str | None]:
    if not isinstance(value, str):
        return None, f"{_shown(value)} is a {type(value).__name__}, not a language code"
    if not value.strip():
        return None, None
    match = _LANG_TAG.match(value.strip().lower())
    if not match:
        return None, f"{_shown(value)} is not a language code (expected one such as fr, en, es)"
    return match.group(1), None


def _text_field(value: Any) -> tuple[Any, str | None]:
    if not isinstance(value, str):
        return None, f"{_shown(value)} is a {type(value).__name__}, not a string"
    return value.strip() or None, None


_CHECKS: Mapping[str, _Check] = {
    "published": _published,
    "lang": _lang,
    "title": _text_field,
    "url": _text_field,
    "source": _text_field,
}


def tidy_fields(
    fields: Mapping[str, Any], *, where: str, warn: Callable[[FieldWarning], None] | None
) -> dict[str, Any]:
    """`fields` with each optional field tidied, or dropped with a warning when unusable.

    Without `warn`, an unusable field is an `InputError` (strict reading): nothing is dropped
    silently. A missing or empty field is simply unknown.
    """
    out = dict(fields)
    if isinstance(out.get("id"), int) and not isinstance(out["id"], bool):
        out["id"] = str(out["id"])
    for key in OPTIONAL_FIELDS:
        if out.get(key) is None:
            out.pop(key, None)
            continue
        value, problem = _CHECKS[key](out[key])
        if problem is None and value is not None:
            out[key] = value
            continue
        del out[key]
        if problem is None:  # empty: unknown, nothing to say
            continue
        if warn is None:
            raise InputError(f"invalid article (field {key!r}: {problem})", path=where)
        warn(
            FieldWarning(
                f"field {key!r}: {problem}; read as unknown, the article is kept", path=where
            )
        )
    return out
