"""The parsed-model cache of USE multilingual: same vectors, never a stale or broken read."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claimcheck.use_cache import cache_folder, load_use

TEXTS = [
    "Les pompiers ont maîtrisé l'incendie vers 21 h 05, selon la préfecture.",
    "Three people were taken to hospital on Tuesday, the police said.",
    "« Nous n'avons reçu aucune demande », a affirmé le porte-parole.",
]


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    """Vectors from the package's own loader, no cache involved."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CLAIMCHECK_CACHE_DIR", "off")
        return np.asarray(load_use(1).encode(TEXTS))


def test_the_cache_gives_the_packages_vectors_bit_for_bit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: np.ndarray
) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    first = load_use(1)  # the package's loader, then the cache is written
    folder = cache_folder()
    assert folder is not None and folder.parent == tmp_path
    assert {p.name for p in folder.iterdir()} == {
        "tokenizer.pickle", "state.pickle", "arrays.npz", "table.npy", "probe.npy"
    }  # fmt: skip
    second = load_use(1)  # from the cache: the table is mapped, not read
    assert isinstance(second._backend.table, np.memmap)
    assert not isinstance(first._backend.table, np.memmap)
    assert np.array_equal(np.asarray(first.encode(TEXTS)), reference)
    assert np.array_equal(np.asarray(second.encode(TEXTS)), reference)


@pytest.mark.parametrize("broken", ["tokenizer.pickle", "table.npy", "probe.npy"])
def test_a_broken_cache_falls_back_and_is_rewritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: np.ndarray, broken: str
) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(tmp_path))
    load_use(1)
    folder = cache_folder()
    assert folder is not None
    if broken == "table.npy":  # readable, but wrong weights: only the probe can tell
        table = np.load(folder / broken)
        np.save(folder / broken, np.zeros_like(table))
    else:
        (folder / broken).write_bytes(b"not what was written")
    model = load_use(1)
    assert not isinstance(model._backend.table, np.memmap)  # the package's loader ran
    assert np.array_equal(np.asarray(model.encode(TEXTS)), reference)
    assert isinstance(load_use(1)._backend.table, np.memmap)  # and the cache was rewritten


def test_an_unwritable_cache_only_costs_the_slow_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: np.ndarray
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder should go")
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", str(blocker))
    assert np.array_equal(np.asarray(load_use(1).encode(TEXTS)), reference)
    assert blocker.read_text() == "a file where the cache folder should go"


def test_off_disables_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", "off")
    assert cache_folder() is None
    monkeypatch.setenv("CLAIMCHECK_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    folder = cache_folder()
    assert folder is not None and folder.parent == Path("/somewhere/cache/claimcheck")
