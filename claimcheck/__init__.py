"""claimcheck: cross-check news coverage claim by claim, offline, in French and English.

>>> import claimcheck
>>> report = claimcheck.check(["seeds/"])          # doctest: +SKIP
>>> report.counts()                                 # doctest: +SKIP
{'corroborated': 31, 'conflicting': 9, 'single-source': 60, 'update': 1}
"""

from __future__ import annotations

import importlib.metadata

from claimcheck.embed import Embedder, get_embedder
from claimcheck.errors import (
    ClaimcheckError,
    EmbedderError,
    InputError,
    OutputError,
    UsageError,
)
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
    Side,
    TimeRef,
    Update,
)
from claimcheck.pipeline import check
from claimcheck.settings import Settings

try:
    __version__ = importlib.metadata.version("claimcheck")
except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a tree
    __version__ = "0+unknown"

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
    "Settings",
    "Side",
    "TimeRef",
    "Update",
    "UsageError",
    "__version__",
    "check",
    "get_embedder",
]
