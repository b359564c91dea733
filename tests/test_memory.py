"""Freed memory handed back between the stages of a large check, and only of a large one."""

from __future__ import annotations

import sys

import pytest

from claimcheck import memory


def test_release_trims_only_large_corpora(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def trim(pad: int) -> int:
        calls.append(pad)
        return 1

    monkeypatch.setattr(memory, "_trim", lambda: trim)
    memory.release(memory.TRIM_FROM - 1)  # a request's few articles: nothing spent on it
    assert calls == []
    memory.release(memory.TRIM_FROM)
    assert calls == [0]  # every free page, no padding kept


def test_release_does_nothing_without_the_allocator_function(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(memory, "_trim", lambda: None)
    memory.release(10 * memory.TRIM_FROM)  # no error where the C library has no malloc_trim


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_the_trim_function_is_found_on_linux() -> None:
    memory._trim.cache_clear()
    trim = memory._trim()
    assert trim is not None
    assert trim(0) in (0, 1)  # 1: memory was released, 0: there was none to release
