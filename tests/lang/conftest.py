"""Per-language test folders reuse basenames (fr/test_time.py, en/test_time.py) without any
__init__.py, so their modules are imported by path rather than by a clashing top-level name."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.option.importmode = "importlib"
