"""Report -> text in a format: writers in a registry keyed by format name."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from claimcheck.errors import UsageError
from claimcheck.models import Report
from claimcheck.report.csvout import to_csv
from claimcheck.report.markdown import to_markdown

__all__ = ["FORMATS", "json_schema", "render"]


def to_json(report: Report) -> str:
    """The public JSON form: the contract that `claimcheck schema` describes."""
    return report.model_dump_json(indent=2) + "\n"


def to_html(report: Report) -> str:
    """One self-contained HTML page (imported lazily: Jinja2 loads only when asked for)."""
    from claimcheck.report.html import to_html as render_html

    return render_html(report)


FORMATS: dict[str, Callable[[Report], str]] = {
    "json": to_json,
    "markdown": to_markdown,
    "html": to_html,
    "csv": to_csv,
}


def render(report: Report, fmt: str) -> str:
    """The report as text in format `fmt` (one of `FORMATS`)."""
    try:
        writer = FORMATS[fmt]
    except KeyError:
        raise UsageError(
            f"unknown format {fmt!r}; expected one of {', '.join(sorted(FORMATS))}"
        ) from None
    return writer(report)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of the report, as `claimcheck schema` prints it."""
    schema = Report.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "claimcheck report"
    out: dict[str, Any] = json.loads(json.dumps(schema))
    return out
