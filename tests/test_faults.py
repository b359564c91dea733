"""Faults: a killed ingest, two ingests at once, a read-only store, a full disk.

Each case runs the real command line (`claimcheck.cli.main`) in a child process, with a fast
deterministic stand-in for the embedder so that no model is loaded: what is under test is the
store and the CLI's error contract (one line, exit 4, the store sound afterwards), not the
vectors. Read-only and full-disk conditions are real where the test runs as root (a small
tmpfs, remounted read-only for the read-only cases); otherwise file modes and RLIMIT_FSIZE give
the same conditions to an ordinary user.
"""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from claimcheck.store import SQLiteStore

#: The child: the real CLI, with a hash-seeded embedder, and hooks the tests switch on by
#: environment: a pause inside the store's write transaction (to be killed there), a barrier
#: that holds each process until all have got that far, a read-only open of every database.
CHILD = r"""
import os, sys, time
from contextlib import contextmanager
from pathlib import Path

import numpy as np

import claimcheck.embed
import claimcheck.store
from claimcheck.cli import main


class HashEmbedder:
    name = "hash-64"
    version = "1"

    def embed(self, texts, *, progress=None):
        rows = []
        for text in texts:
            rng = np.random.default_rng(abs(hash(text)) % (2**32))
            v = rng.standard_normal(64).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        if progress is not None:
            progress(len(texts))
        return np.stack(rows) if rows else np.zeros((0, 64), dtype=np.float32)


claimcheck.embed.get_embedder = lambda spec="use": HashEmbedder()
Store = claimcheck.store.SQLiteStore


def barrier(name):
    folder = os.environ.get("CC_BARRIER")
    if not folder:
        return
    Path(folder, f"{name}-{os.getpid()}").touch()
    deadline = time.monotonic() + 30
    while len(list(Path(folder).glob(f"{name}-*"))) < int(os.environ["CC_PARTIES"]):
        if time.monotonic() > deadline:
            sys.exit("barrier timeout")
        time.sleep(0.01)


original_version, original_add = Store._version, Store.add
first_look = []


def version(self):
    found = original_version(self)
    if not first_look:  # the first look at the schema version, before any creating
        first_look.append(found)
        barrier("create")
    return found


def add(self, *args, **kwargs):
    barrier("add")
    if os.environ.get("CC_PAUSE_IN_TX"):
        original_transaction = self._transaction

        @contextmanager
        def paused():
            with original_transaction() as db:
                yield db
                print("IN-TX", flush=True)  # rows written, not committed
                time.sleep(120)

        self._transaction = paused
    return original_add(self, *args, **kwargs)


Store._version, Store.add = version, add

if os.environ.get("CC_READONLY_URI"):  # root without mount(8): a read-only open instead
    import sqlite3

    connect = sqlite3.connect
    sqlite3.connect = lambda path, **kw: connect(f"file:{path}?mode=ro", uri=True, **kw)

sys.exit(main(sys.argv[1:]))
"""

ENV = {**os.environ, "PYTHONHASHSEED": "0", "HF_HUB_OFFLINE": "1"}


def article(i: int, sentences: int = 3) -> str:
    body = " ".join(
        f"La passerelle numéro {i} de Valmont a cédé le {k + 1} mars devant {i + k + 3} témoins. "
        f"Selon la préfecture, {i * 7 + k} personnes ont été évacuées du quartier {k}."
        for k in range(sentences)
    )
    return f" date 2023-03-{10 + i % 15:02d}\n{body}\n"


def articles(folder: Path, ids: range, sentences: int = 3) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in ids:
        path = folder / f"art-{i:03d}.txt"
        path.write_text(article(i, sentences), encoding="utf-8")
        paths.append(str(path))
    return paths


def run_cli(
    args: list[str], env: dict[str, str] | None = None, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-c", CHILD, *args],
        env={**ENV, **(env or {})},
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        **kwargs,
    )


def stored_ids(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [row[0] for row in con.execute("SELECT id FROM documents ORDER BY id")]
    finally:
        con.close()


def one_error_line(stderr: str, *needles: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("claimcheck: error[E400]: "), lines[0]
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


# -- a process killed in the middle of `claimcheck ingest`


def test_sigkill_inside_the_write_leaves_the_store_sound_and_a_rerun_completes(
    tmp_path: Path,
) -> None:
    db = tmp_path / "corpus.db"
    first = articles(tmp_path / "a", range(4))
    assert run_cli(["ingest", *first, "--store", str(db), "-q"]).returncode == 0
    everything = [*first, *articles(tmp_path / "b", range(4, 12))]

    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, "ingest", *everything, "--store", str(db), "-q"],
        env={**ENV, "CC_PAUSE_IN_TX": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "IN-TX", child.stderr and child.stderr.read()
        # the eight new articles are written but not committed: the rollback journal is live
        assert Path(f"{db}-journal").exists()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate()
    assert child.returncode == -signal.SIGKILL

    # the store is as it was before the killed write: the first four, sound
    assert stored_ids(db) == [f"art-{i:03d}" for i in range(4)]
    with SQLiteStore(db) as store:
        assert store.integrity() == "ok"
        assert len(store.claims()) == sum(len(store.claims(f"art-{i:03d}")) for i in range(4))

    rerun = run_cli(["ingest", *everything, "--store", str(db), "-q"])
    assert rerun.returncode == 0, rerun.stderr
    assert "added 8 article(s); the store holds 12" in rerun.stderr
    ids = stored_ids(db)
    assert ids == sorted(set(ids)) == [f"art-{i:03d}" for i in range(12)]
    with SQLiteStore(db) as store:
        assert all(store.claims(doc_id) for doc_id in ids)  # every document with its claims


def test_sigkill_at_any_moment_never_corrupts(tmp_path: Path) -> None:
    """Killed at three moments of a real run (start-up, reading, writing): always sound."""
    db = tmp_path / "corpus.db"
    paths = articles(tmp_path / "a", range(30), sentences=6)
    for delay in (0.3, 0.9, 1.5):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, "ingest", *paths, "--store", str(db), "-q"],
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        if db.exists():
            ids = stored_ids(db)  # integrity "ok", whatever was or was not committed
            assert ids in ([], [f"art-{i:03d}" for i in range(30)])
    final = run_cli(["ingest", *paths, "--store", str(db), "-q"])
    assert final.returncode == 0, final.stderr
    assert stored_ids(db) == [f"art-{i:03d}" for i in range(30)]


# -- two `ingest` processes on one store at once


def test_two_ingests_at_once_both_succeed_and_store_each_document_once(tmp_path: Path) -> None:
    """Both processes find no store and decide what is new before either writes (a barrier holds
    each until the other has got as far): the second to create the store finds it made, and
    the second writer waits for the lock, then adds only what the first did not."""
    db = tmp_path / "corpus.db"
    a = articles(tmp_path / "docs", range(10))
    b = articles(tmp_path / "docs", range(5, 16))
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    env = {**ENV, "CC_BARRIER": str(barrier), "CC_PARTIES": "2"}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, "ingest", *paths, "--store", str(db), "-q"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for paths in (a, b)
    ]
    outcomes = [child.communicate(timeout=120) for child in children]
    for child, (_, err) in zip(children, outcomes, strict=True):
        assert child.returncode == 0, err
        assert "the store holds" in err
    # both reached both barriers: the race really happened
    assert len(list(barrier.glob("create-*"))) == 2
    assert len(list(barrier.glob("add-*"))) == 2
    added = sorted(int(err.split("added ")[1].split()[0]) for _, err in outcomes)
    assert sum(added) == 16  # no document counted twice
    ids = stored_ids(db)
    assert ids == [f"art-{i:03d}" for i in range(16)]
    with SQLiteStore(db) as store:
        claims = store.claims()
        assert len({c.id for c in claims}) == len(claims)
        assert {c.document_id for c in claims} == set(ids)


# -- read-only store, read-only folder, full disk


def _mount(target: Path, options: str) -> bool:
    """Mount a tmpfs at `target` (as root); False where that is not allowed."""
    if os.geteuid() != 0:
        return False
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(target)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


def _unmount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


@pytest.fixture
def readonly_store(tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    """A store of two articles in a folder nobody may write: (store, extra child env)."""
    folder = tmp_path / "ro"
    mounted = _mount(folder, "size=4m")
    folder.mkdir(exist_ok=True)
    db = folder / "corpus.db"
    made = run_cli(["ingest", *articles(tmp_path / "a", range(2)), "--store", str(db), "-q"])
    assert made.returncode == 0, made.stderr
    env: dict[str, str] = {}
    if mounted:
        remount = ["mount", "-o", "remount,ro", str(folder)]
        assert subprocess.run(remount, capture_output=True, check=False).returncode == 0
    elif os.geteuid() != 0:
        db.chmod(0o444)
        folder.chmod(0o555)
    else:  # root, and no mount allowed: the child opens every database read-only
        env = {"CC_READONLY_URI": "1"}
    try:
        yield db, env
    finally:
        if mounted:
            _unmount(folder)
        else:
            folder.chmod(0o755)
            db.chmod(0o644)


def test_ingest_into_a_read_only_store_is_one_error_line_exit_4(
    readonly_store: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    db, env = readonly_store
    before = db.read_bytes()
    done = run_cli(
        ["ingest", *articles(tmp_path / "new", range(2, 5)), "--store", str(db), "-q"], env
    )
    assert done.returncode == 4, done.stderr
    one_error_line(done.stderr, str(db), "cannot write the store", "readonly")
    assert db.read_bytes() == before


def test_a_read_only_store_can_still_be_reported_on(
    readonly_store: tuple[Path, dict[str, str]],
) -> None:
    db, env = readonly_store
    done = run_cli(["report", "--store", str(db), "-f", "json", "-q"], env)
    assert done.returncode == 0, done.stderr
    assert '"art-000"' in done.stdout and '"art-001"' in done.stdout


def test_check_against_a_read_only_store(
    readonly_store: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    db, env = readonly_store
    new = articles(tmp_path / "new", range(7, 8))
    kept = run_cli(["check", *new, "--store", str(db), "--no-add", "--fail-on", "never"], env)
    assert kept.returncode == 0, kept.stderr
    adding = run_cli(["check", *new, "--store", str(db), "--fail-on", "never"], env)
    assert adding.returncode == 4
    one_error_line(adding.stderr, "cannot write the store")
    assert adding.stdout == ""  # nothing written on error


def test_a_store_in_a_read_only_folder_cannot_be_created(tmp_path: Path) -> None:
    folder = tmp_path / "ro-empty"
    mounted = _mount(folder, "size=1m,ro")
    folder.mkdir(exist_ok=True)
    env: dict[str, str] = {}
    if not mounted:
        if os.geteuid() == 0:
            env = {"CC_READONLY_URI": "1"}
        else:
            folder.chmod(0o555)
    try:
        db = folder / "corpus.db"
        done = run_cli(["ingest", *articles(tmp_path / "a", range(2)), "--store", str(db)], env)
        assert done.returncode == 4, done.stderr
        one_error_line(done.stderr, str(db), "cannot create the store")
        assert not db.exists()
    finally:
        if mounted:
            _unmount(folder)
        else:
            folder.chmod(0o755)


def _fsize_limit(limit: int) -> None:  # runs in the child, before exec
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() fails with EFBIG instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_is_one_error_line_exit_4_and_the_store_stays_sound(tmp_path: Path) -> None:
    folder = tmp_path / "small"
    mounted = _mount(folder, "size=1m")
    folder.mkdir(exist_ok=True)
    db = folder / "corpus.db"
    try:
        first = run_cli(["ingest", *articles(tmp_path / "a", range(2)), "--store", str(db), "-q"])
        assert first.returncode == 0, first.stderr
        many = articles(tmp_path / "b", range(2, 80), sentences=8)
        extra = {} if mounted else {"preexec_fn": lambda: _fsize_limit(1_000_000)}
        done = run_cli(["ingest", *many, "--store", str(db), "-q"], **extra)
        assert done.returncode == 4, done.stderr
        line = one_error_line(done.stderr, str(db), "cannot write the store")
        assert ("full" in line) if mounted else ("I/O" in line or "full" in line)
        assert stored_ids(db) == ["art-000", "art-001"]  # the failed write left nothing behind
    finally:
        if mounted:
            _unmount(folder)
