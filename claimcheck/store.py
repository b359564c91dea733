"""Documents + claim vectors -> an embedded SQLite corpus, and back, in transactions.

The store keeps what is expensive or authoritative: the articles themselves and the vector of
every claim text, keyed by the text's hash and the embedder that made it, so that nothing is
embedded twice. Claims and their slots are stored too, with how they were grounded (the code's
fingerprint and what the corpus' names resolved to, table `groundings`): canonical names and
spelling variants depend on the whole corpus, so a check reuses a document's stored claims
only while its names still resolve the same way and the same code would ground it, and
grounds it again otherwise.

Writes run in one transaction each (`BEGIN IMMEDIATE`), so a killed process leaves the store
as it was before the write, and a second writer waits for the first (busy timeout).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol, TypeVar, runtime_checkable

import numpy as np
import numpy.typing as npt

from claimcheck.archive_index import ArchiveIndex, Rows
from claimcheck.errors import ClaimcheckError, InputError, OutputError
from claimcheck.models import Claim, Document

__all__ = ["SCHEMA_VERSION", "SQLiteStore", "Store", "holds_more", "text_key"]

SCHEMA_VERSION = 4
_BUSY_TIMEOUT_S = 60.0

#: version -> its statements: a string is split on ";", a tuple holds statements run whole
#: (triggers contain ";")
_MIGRATIONS: dict[int, str | tuple[str, ...]] = {
    1: """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL,
        published TEXT,
        lang TEXT,
        title TEXT,
        url TEXT,
        source TEXT,
        path TEXT,
        text TEXT NOT NULL,
        added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text_key TEXT NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX claims_document ON claims(document_id);
    CREATE TABLE vectors (
        embedder TEXT NOT NULL,
        text_key TEXT NOT NULL,
        vector BLOB NOT NULL,
        PRIMARY KEY (embedder, text_key)
    );
    """,
    2: """
    CREATE INDEX claims_text_key ON claims(text_key);
    """,
    3: (
        # review decisions: append-only rows, the Review JSON in `data` (claimcheck.review)
        "CREATE TABLE reviews (id INTEGER PRIMARY KEY, ref TEXT NOT NULL, target TEXT NOT NULL, "
        "fingerprint TEXT NOT NULL, data TEXT NOT NULL, at TEXT NOT NULL)",
        "CREATE INDEX reviews_ref ON reviews(ref)",
        # discrepancies seen by `check` (ref -> what a decision on it must record)
        "CREATE TABLE findings (ref TEXT PRIMARY KEY, data TEXT NOT NULL, seen_at TEXT NOT NULL "
        "DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))",
        # full-text search over claim texts, kept in sync with `claims` by triggers
        "CREATE VIRTUAL TABLE claims_fts USING fts5(text, claim_id UNINDEXED, "
        "document_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')",
        "CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN "
        "INSERT INTO claims_fts (rowid, text, claim_id, document_id) VALUES "
        "(new.rowid, json_extract(new.data, '$.text'), new.id, new.document_id); END",
        "CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN "
        "DELETE FROM claims_fts WHERE rowid = old.rowid; END",
        "INSERT INTO claims_fts (rowid, text, claim_id, document_id) "
        "SELECT rowid, json_extract(data, '$.text'), id, document_id FROM claims",
    ),
    4: (
        # how each document's stored claims were grounded: the code (claimcheck.fingerprint)
        # and what the corpus' names resolved to (JSON); a check reuses the stored claims
        # while both still hold, instead of grounding the document again
        "CREATE TABLE groundings (document_id TEXT PRIMARY KEY REFERENCES documents(id) "
        "ON DELETE CASCADE, code TEXT NOT NULL, reads TEXT NOT NULL)",
    ),
}


_V = TypeVar("_V")


def _in_chunks(values: Sequence[_V], size: int = 500) -> Iterator[tuple[Sequence[_V], str]]:
    """The values `size` at a time, each chunk with the `?,?,...` of its `IN (...)`: SQLite
    binds a bounded number of variables per statement."""
    for start in range(0, len(values), size):
        chunk = values[start : start + size]
        yield chunk, ",".join("?" * len(chunk))


def text_key(text: str) -> str:
    """The key of a claim text in the vector cache."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _sha(doc: Document) -> str:
    return hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


@runtime_checkable
class Store(Protocol):
    """Where a corpus lives between runs."""

    def documents(self) -> list[Document]:
        """Every stored document, in the order they were added."""
        ...

    def vectors(self, embedder: str, keys: Sequence[str]) -> dict[str, npt.NDArray[np.float32]]:
        """The cached vectors among `keys` for `embedder`."""
        ...

    def add(
        self,
        documents: Sequence[Document],
        claims: Sequence[Claim],
        embedder: str,
        vectors: dict[str, npt.NDArray[np.float32]],
    ) -> list[str]:
        """Add documents (and their claims and vectors); returns the ids actually added."""
        ...

    def claim_count(self, *, up_to: int | None = None) -> int:
        """How many claims the store holds; with `up_to`, counted no further than that."""
        ...

    def documents_by_id(self, ids: Iterable[str]) -> list[Document]:
        """The stored documents with these ids."""
        ...

    def neighbour_documents(
        self,
        embedder: str,
        vectors: npt.NDArray[np.float32],
        *,
        k: int = 20,
        threshold: float = 0.3,
    ) -> list[str]:
        """Documents with claims among the nearest stored neighbours of `vectors`."""
        ...

    def refresh_index(self, embedder: str) -> None:
        """Bring any nearest-neighbour index up to date with the stored vectors."""
        ...


def holds_more(store: Store, claims: int) -> bool:
    """Whether `store` holds more than `claims` claims (counted no further than one more)."""
    return store.claim_count(up_to=claims + 1) > claims


class SQLiteStore:
    """A `Store` in one SQLite file (page size 16 KiB, float32 vector BLOBs)."""

    def __init__(self, path: str | Path, *, create: bool = True, wal: bool = False) -> None:
        """Open (or create) the store; `wal=True` switches the file to write-ahead logging.

        WAL lets readers (each with its own `SQLiteStore`) run while one writer commits: what
        `claimcheck serve` uses. The mode stays with the file.
        """
        self.path = Path(path)
        if not create and not self.path.exists():
            raise InputError("no such store; create it with `claimcheck ingest`", path=str(path))
        existed = self.path.exists()
        try:
            self._db = sqlite3.connect(self.path, timeout=_BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as exc:  # a missing or read-only folder: nothing could be written
            raise OutputError(
                f"cannot {'open' if existed else 'create'} the store ({exc}); check that its "
                "folder exists and is writable",
                path=str(path),
            ) from None
        try:
            self._db.execute("PRAGMA foreign_keys = ON")
            version = self._version()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            if not existed:  # a store being created: the disk or the folder refused it
                raise OutputError(f"cannot create the store ({exc})", path=str(path)) from None
            raise InputError(f"not a claimcheck store ({exc})", path=str(path)) from None
        try:
            self._migrate(version)
            if wal:
                self._db.execute("PRAGMA journal_mode = WAL")
        except ClaimcheckError:
            self._db.close()
            raise
        except sqlite3.Error as exc:
            self._db.close()
            raise self._write_error(exc) from None

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _rollback(self) -> None:
        # SQLite may have rolled back already (a full disk, an I/O error): nothing left to undo
        if self._db.in_transaction:
            with suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")

    def _write_error(self, exc: sqlite3.Error) -> OutputError:
        return OutputError(
            f"cannot write the store ({exc}); nothing was changed: check the disk space and that "
            "the store and its folder are writable",
            path=str(self.path),
        )

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it or nothing; any SQLite failure is an OutputError."""
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._write_error(exc) from None
        try:
            yield self._db
        except sqlite3.Error as exc:  # read-only file or folder, full disk, I/O error
            self._rollback()
            raise self._write_error(exc) from None
        except BaseException:
            self._rollback()
            raise
        else:
            try:
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise self._write_error(exc) from None

    def _version(self) -> int:
        row = self._db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
        if row is None:
            return 0
        found = self._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(found[0]) if found else 0

    def _migrate(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise InputError(
                f"store schema version {version} is newer than this claimcheck understands "
                f"({SCHEMA_VERSION}); upgrade claimcheck",
                path=str(self.path),
            )
        if version == SCHEMA_VERSION:
            return
        if version == 0:
            self._db.execute("PRAGMA page_size = 16384")
        with self._transaction() as db:
            version = self._version()  # again, under the write lock: another process may have
            if version == SCHEMA_VERSION:  # created the store meanwhile
                return
            for step in range(version + 1, SCHEMA_VERSION + 1):
                statements = _MIGRATIONS[step]
                if isinstance(statements, str):
                    statements = tuple(statements.split(";"))
                for statement in statements:
                    if statement.strip():
                        db.execute(statement)
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                (str(SCHEMA_VERSION),),
            )
            db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('dtype', 'float32')")

    def documents(self) -> list[Document]:
        rows = self._db.execute(
            "SELECT id, text, published, lang, title, url, source, path FROM documents "
            "ORDER BY rowid"
        ).fetchall()
        fields = ("id", "text", "published", "lang", "title", "url", "source", "path")
        return [Document(**dict(zip(fields, row, strict=True))) for row in rows]

    def known(self, documents: Iterable[Document]) -> dict[str, bool]:
        """For each document id: True if stored with the same text, False if with another."""
        out: dict[str, bool] = {}
        for doc in documents:
            row = self._db.execute(
                "SELECT sha256 FROM documents WHERE id = ?", (doc.id,)
            ).fetchone()
            if row is not None:
                out[doc.id] = row[0] == _sha(doc)
        return out

    def vectors(self, embedder: str, keys: Sequence[str]) -> dict[str, npt.NDArray[np.float32]]:
        out: dict[str, npt.NDArray[np.float32]] = {}
        for chunk, marks in _in_chunks(list(dict.fromkeys(keys))):
            for key, blob in self._db.execute(
                "SELECT text_key, vector FROM vectors "
                f"WHERE embedder = ? AND text_key IN ({marks})",
                (embedder, *chunk),
            ):
                out[key] = np.frombuffer(blob, dtype=np.float32)
        return out

    def add(
        self,
        documents: Sequence[Document],
        claims: Sequence[Claim],
        embedder: str,
        vectors: dict[str, npt.NDArray[np.float32]],
    ) -> list[str]:
        with self._transaction() as db:
            # what is stored is read under the write lock: another process may have added some
            # of these documents since this one looked, and they must not be added twice
            known = self.known(documents)
            changed = [doc.id for doc in documents if known.get(doc.id) is False]
            if changed:
                raise InputError(
                    f"already stored with a different text: {', '.join(changed[:5])}; give the "
                    "new version another id",
                    path=str(self.path),
                )
            new = [doc for doc in documents if doc.id not in known]
            new_ids = {doc.id for doc in new}
            db.executemany(
                "INSERT INTO documents (id, sha256, published, lang, title, url, source, path, "
                "text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (d.id, _sha(d), d.published, d.lang, d.title, d.url, d.source, d.path, d.text)
                    for d in new
                ],
            )
            db.executemany(
                'INSERT INTO claims (id, document_id, start, "end", text_key, data) '
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        c.id,
                        c.document_id,
                        c.start,
                        c.end,
                        text_key(c.normalized),
                        c.model_dump_json(),
                    )
                    for c in claims
                    if c.document_id in new_ids
                ],
            )
            db.executemany(
                "INSERT OR IGNORE INTO vectors (embedder, text_key, vector) VALUES (?, ?, ?)",
                [
                    (embedder, key, np.asarray(vector, dtype=np.float32).tobytes())
                    for key, vector in vectors.items()
                ],
            )
        return [doc.id for doc in new]

    def claims(self, document_id: str | None = None) -> list[Claim]:
        """Stored claims (as grounded when their document was added)."""
        if document_id is None:
            rows = self._db.execute("SELECT data FROM claims ORDER BY rowid")
        else:
            rows = self._db.execute(
                "SELECT data FROM claims WHERE document_id = ? ORDER BY rowid", (document_id,)
            )
        return [Claim.model_validate(json.loads(row[0])) for row in rows]

    def claim_count(self, *, up_to: int | None = None) -> int:
        """How many claims the store holds; with `up_to`, counted no further than that (the
        smaller of the two), which reads `up_to` rows, not the table: whether a store is
        larger than a size costs the same at a million claims as at a thousand."""
        if up_to is None:
            return int(self._db.execute("SELECT COUNT(*) FROM claims").fetchone()[0])
        return int(
            self._db.execute(
                "SELECT COUNT(*) FROM (SELECT 1 FROM claims LIMIT ?)", (max(up_to, 0),)
            ).fetchone()[0]
        )

    def note_groundings(self, code: str, reads: Mapping[str, str]) -> None:
        """Record how the stored claims of these documents were grounded (document id ->
        what their names resolved to, JSON), by the code `code`."""
        with self._transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO groundings (document_id, code, reads) "
                "SELECT id, ?, ? FROM documents WHERE id = ?",
                [(code, value, doc_id) for doc_id, value in reads.items()],
            )

    def groundings(self, ids: Iterable[str], code: str) -> dict[str, tuple[str, list[Claim]]]:
        """Document id -> (its names' resolutions, JSON; its stored claims) for the documents
        among `ids` whose claims the code `code` grounded."""
        out: dict[str, tuple[str, list[Claim]]] = {}
        for chunk, marks in _in_chunks(list(dict.fromkeys(ids))):
            for doc_id, value, data in self._db.execute(
                "SELECT g.document_id, g.reads, c.data FROM groundings g "
                "LEFT JOIN claims c ON c.document_id = g.document_id "
                f"WHERE g.code = ? AND g.document_id IN ({marks}) ORDER BY c.rowid",
                (code, *chunk),
            ):
                claims = out.setdefault(doc_id, (value, []))[1]
                if data is not None:  # a document without claims is reused as such
                    claims.append(Claim.model_validate_json(data))
        return out

    def documents_by_id(self, ids: Iterable[str]) -> list[Document]:
        """The stored documents with these ids, in the order they were added."""
        fields = ("id", "text", "published", "lang", "title", "url", "source", "path")
        rows: list[tuple[Any, ...]] = []
        for chunk, marks in _in_chunks(list(dict.fromkeys(ids))):
            rows += self._db.execute(
                f"SELECT rowid, {', '.join(fields)} FROM documents WHERE id IN ({marks})", chunk
            ).fetchall()
        rows.sort(key=lambda row: int(row[0]))
        return [Document(**dict(zip(fields, row[1:], strict=True))) for row in rows]

    def _index_path(self, embedder: str) -> Path:
        safe = re.sub(r"[^\w.-]+", "_", embedder)
        return self.path.with_name(f"{self.path.name}.{safe}.usearch")

    def _vector_rows(
        self, embedder: str, after: int = 0, limit: int = -1
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
        # by row id: `+embedder` keeps SQLite off the (embedder, text_key) index, through
        # which it read every row of the embedder and sorted them to find the few after
        # `after` (about 0.1 s a check at 200k vectors, twice, and linear in the store)
        rows = self._db.execute(
            "SELECT rowid, vector FROM vectors WHERE rowid > ? AND +embedder = ? ORDER BY rowid "
            "LIMIT ?",
            (after, embedder, limit),
        ).fetchall()
        ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
        if not rows:
            return ids, np.zeros((0, 0), dtype=np.float32)
        return ids, np.stack([np.frombuffer(r[1], dtype=np.float32) for r in rows])

    def _rows(self, embedder: str) -> Rows:
        """`rows(after, limit)` of `embedder`'s stored vectors, as the index reads them."""
        return functools.partial(self._vector_rows, embedder)

    def _ann(self, embedder: str, dimension: int) -> ArchiveIndex:
        """The nearest-neighbour index of the stored vectors, caught up with the table
        (`claimcheck.archive_index`; without usearch, an exact search of every row).

        It lives beside the store (`corpus.db.<embedder>.usearch`), is mapped rather than
        read, is derived data (deleting it only costs a rebuild) and is brought up to date
        with the table whenever it is used, so a process killed between a commit and the
        index's write loses nothing.
        """
        index = ArchiveIndex(self._index_path(embedder), dimension)
        index.catch_up(self._rows(embedder))
        return index

    def refresh_index(self, embedder: str) -> None:
        """Bring the index of `embedder`'s vectors up to date and write it (a no-op without
        usearch). `ingest` calls it once at the end, so that the first `check` does not pay
        for indexing the archive.
        """
        row = self._db.execute(
            "SELECT vector FROM vectors WHERE embedder = ? LIMIT 1", (embedder,)
        ).fetchone()
        if row is not None:  # through `_ann`, so that a served store keeps the index open
            index = self._ann(embedder, len(np.frombuffer(row[0], dtype=np.float32)))
            index.fold(self._rows(embedder))

    def neighbour_documents(
        self,
        embedder: str,
        vectors: npt.NDArray[np.float32],
        *,
        k: int = 20,
        threshold: float = 0.3,
    ) -> list[str]:
        """Documents whose claims are among the k nearest stored claims of any of `vectors`."""
        if len(vectors) == 0:
            return []
        rowids, sims = self._ann(embedder, vectors.shape[1]).query(vectors, k)
        hits = sorted(
            {int(r) for r, s in zip(rowids.ravel(), sims.ravel(), strict=True) if s >= threshold}
        )
        out: dict[str, None] = {}
        for chunk, marks in _in_chunks(hits):
            for (doc_id,) in self._db.execute(
                "SELECT DISTINCT c.document_id FROM vectors v JOIN claims c "
                f"ON c.text_key = v.text_key WHERE v.rowid IN ({marks})",
                chunk,
            ):
                out[doc_id] = None
        return list(out)

    # --- review decisions (claimcheck.review) and full-text search ---------------------------

    def add_review(self, ref: str, target: str, fingerprint: str, data: str, at: str) -> None:
        """Store one review decision (the JSON of a `Review`), in its own transaction."""
        with self._transaction() as db:
            db.execute(
                "INSERT INTO reviews (ref, target, fingerprint, data, at) VALUES (?, ?, ?, ?, ?)",
                (ref, target, fingerprint, data, at),
            )

    def review_rows(self) -> list[str]:
        """The JSON of every stored review decision, oldest first."""
        return [row[0] for row in self._db.execute("SELECT data FROM reviews ORDER BY id")]

    def remove_reviews(self, ref: str) -> int:
        """Delete the decisions on `ref`; returns how many there were."""
        with self._transaction() as db:
            return db.execute("DELETE FROM reviews WHERE ref = ?", (ref,)).rowcount

    def note_findings(self, findings: Sequence[tuple[str, str]]) -> None:
        """Remember discrepancies a check found, as (ref, JSON), so a review can name them."""
        if not findings:
            return
        with self._transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO findings (ref, data) VALUES (?, ?)", list(findings)
            )

    def finding(self, ref: str) -> str | None:
        """The JSON noted for a discrepancy `ref`, or None."""
        row = self._db.execute("SELECT data FROM findings WHERE ref = ?", (ref,)).fetchone()
        return None if row is None else str(row[0])

    def search(self, query: str, *, limit: int = 50) -> list[tuple[str, str, str]]:
        """Claims whose text holds every word of `query` (accents and case ignored, the last
        word as a prefix), best match first, as (claim id, document id, text)."""
        words = re.findall(r"\w+", query)
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
        rows = self._db.execute(
            "SELECT claim_id, document_id, text FROM claims_fts WHERE claims_fts MATCH ? "
            "ORDER BY rank LIMIT ?",
            (match.strip(), limit),
        ).fetchall()
        return [(str(a), str(b), str(c)) for a, b, c in rows]

    def integrity(self) -> str:
        """SQLite's own integrity check: "ok" when the file is sound."""
        return str(self._db.execute("PRAGMA integrity_check").fetchone()[0])
