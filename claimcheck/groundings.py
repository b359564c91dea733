"""stored claims + memo engine -> claims reused while the store's record of their grounding holds.

A store records, for each document it adds, the fingerprint of the code that grounded it
(`claimcheck.fingerprint`) and what the corpus' names resolved to then (JSON). Before a run
grounds stored documents, their stored claims are handed to the memo engine
(`claimcheck.engine.MemoEngine`), which uses them while those names still resolve the same
way, and grounds the document again otherwise. Stores without these records (any `Store`
that lacks `groundings` / `note_groundings`) and other engines are left alone.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from claimcheck.engine import Engine, MemoEngine
from claimcheck.fingerprint import code_fingerprint
from claimcheck.models import Document
from claimcheck.store import Store

__all__ = ["note_groundings", "reuse_groundings"]


def _reads_json(reads: object) -> str:
    return json.dumps(reads, ensure_ascii=False, separators=(",", ":"))


def _reads_of(value: str) -> tuple[object, ...]:
    return tuple(tuple(r) if isinstance(r, list) else r for r in json.loads(value))


def reuse_groundings(documents: Sequence[Document], store: Store, engine: Engine) -> None:
    """Hand the memo engine the claims the store holds for these documents, where the code
    that grounded them is this one.

    A document whose stored grounding the engine still holds is not read again (a process
    checks the same neighbours again and again)."""
    if not isinstance(engine, MemoEngine) or not hasattr(store, "groundings"):
        return
    documents = [d for d in documents if not engine.holds_given(d)]
    if not documents:
        return
    stored = store.groundings([d.id for d in documents], code_fingerprint())
    for doc in documents:
        if doc.id in stored:
            reads, claims = stored[doc.id]
            engine.remember(doc, _reads_of(reads), claims)


def note_groundings(documents: Sequence[Document], store: Store, engine: Engine) -> None:
    """Record in the store how the claims just added for these documents were grounded."""
    if not isinstance(engine, MemoEngine) or not hasattr(store, "note_groundings"):
        return
    reads = {}
    for doc in documents:
        known = engine.recall(doc)
        if known is not None:
            reads[doc.id] = _reads_json(known[0])
    if reads:
        store.note_groundings(code_fingerprint(), reads)
