"""Session fixtures: the real default embedder, loaded once, and the reports built with it.

Every report is computed once per session and shared; tests that use one carry
`@pytest.mark.model`.
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import claimcheck
from claimcheck.clean import clean, vocabulary
from claimcheck.embed import Embedder, get_embedder
from claimcheck.ground import ground
from claimcheck.lang import get_profile
from claimcheck.models import Claim, Document, Report
from claimcheck.segment import segment

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = ROOT / "fixtures"
EVENTS = ("factory-fire", "emergency-landing", "election", "storm")
#: Debian's Chromium, started headless with no network chatter (no download, no sandbox as root)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def embedder() -> Embedder:
    """USE multilingual, the default embedder (pure numpy, about a second to load)."""
    return get_embedder()


@pytest.fixture(scope="session")
def seeds_report(embedder: Embedder) -> Report:
    return claimcheck.check([str(SEEDS) + "/"], embedder=embedder)


@pytest.fixture(scope="session")
def fixture_reports(embedder: Embedder) -> dict[str, Report]:
    """One report per fixture event, each checked on its own five articles."""
    return {event: claimcheck.check([str(FIXTURES / event)], embedder=embedder) for event in EVENTS}


Spec = tuple[str, str, str, "str | None"]
"""(document id, text, language, publication date) of a small hand-written article."""


def grounded_claims(specs: list[Spec]) -> tuple[list[Document], list[Claim]]:
    """Read, clean, segment and ground small documents: every stage before the embedder."""
    docs = [Document(id=i, text=t, lang=lang, published=p) for i, t, lang, p in specs]
    vocab = vocabulary(docs)
    cleaned = {d.id: clean(d, get_profile(d.lang or "fr"), vocab) for d in docs}
    claims = [c for d in docs for c in segment(d, cleaned[d.id], get_profile(d.lang or "fr"))]
    return docs, ground(docs, cleaned, claims)


@pytest.fixture(scope="session")
def grounded() -> Callable[[list[Spec]], tuple[list[Document], list[Claim]]]:
    return grounded_claims


def outputs_under_hash_seeds(script: str) -> set[str]:
    """What a Python script prints, run in fresh interpreters under four string-hash seeds:
    one output when nothing it prints depends on the order of a set of strings."""
    import subprocess
    import sys

    return {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in ("1", "2", "3", "4")
    }


@pytest.fixture(scope="session")
def under_hash_seeds() -> Callable[[str], set[str]]:
    return outputs_under_hash_seeds


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Chromium driven by Playwright, or the reason it cannot start (tests that use it fail
    with that reason)."""
    if not Path(CHROMIUM).exists():
        yield f"{CHROMIUM} is missing: install Debian's browser (apt-get install -y chromium)"
        return
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        yield "playwright is not installed: pip install 'playwright>=1.40'"
        return
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
