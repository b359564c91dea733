"""claimcheck: cross-check news coverage claim by claim, offline, in French and English.

>>> import claimcheck
>>> report = claimcheck.check(["seeds/"])          # doctest: +SKIP
>>> report.counts()                                 # doctest: +SKIP
{'corroborated': 31, 'conflicting': 9, 'single-source': 60, 'update': 1}

The public names are imported on first use (PEP 562), so that `import claimcheck` and the
commands that need no pipeline (`--help`, `schema`, `score`) load neither numpy-heavy stages
nor the embedder.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from claimcheck.errors import (
    ClaimcheckError,
    EmbedderError,
    InputError,
    OutputError,
    UsageError,
)

if TYPE_CHECKING:
    from claimcheck.embed import Embedder, get_embedder
    from claimcheck.models import (
        SCHEMA_VERSION,
        Claim,
        Cluster,
        Discrepancy,
        Document,
        EntityMention,
        Origin,
        Quantity,
        Quote,
        Report,
        Resolution,
        Review,
        Side,
        Story,
        TimeRef,
        Update,
    )
    from claimcheck.pipeline import check
    from claimcheck.settings import Settings

    __version__: str

__all__ = [
    "SCHEMA_VERSION",
    "Claim",
    "ClaimcheckError",
    "Cluster",
    "Discrepancy",
    "Document",
    "Embedder",
    "EmbedderError",
    "EntityMention",
    "InputError",
    "Origin",
    "OutputError",
    "Quantity",
    "Quote",
    "Report",
    "Resolution",
    "Review",
    "Settings",
    "Side",
    "Story",
    "TimeRef",
    "Update",
    "UsageError",
    "__version__",
    "check",
    "get_embedder",
]

#: public name -> the module it is imported from, on first use
_LAZY = {
    "Embedder": "claimcheck.embed",
    "get_embedder": "claimcheck.embed",
    "check": "claimcheck.pipeline",
    "Settings": "claimcheck.settings",
    **dict.fromkeys(
        (
            "SCHEMA_VERSION",
            "Claim",
            "Cluster",
            "Discrepancy",
            "Document",
            "EntityMention",
            "Origin",
            "Quantity",
            "Quote",
            "Report",
            "Resolution",
            "Review",
            "Side",
            "Story",
            "TimeRef",
            "Update",
        ),
        "claimcheck.models",
    ),
}


def _version() -> str:
    import importlib.metadata

    try:
        return importlib.metadata.version("claimcheck")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a tree
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        value: Any = _version()
    elif name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
    else:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
