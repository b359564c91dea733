"""The store, `claimcheck ingest`, `report --store` and the `check` gate, end to end."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest

from claimcheck import check
from claimcheck.cli import main
from claimcheck.embed import Embedder
from claimcheck.engine import MemoEngine
from claimcheck.errors import InputError, UsageError
from claimcheck.fingerprint import code_fingerprint
from claimcheck.pipeline import CheckOutcome, check_new, ingest, memo_engine
from claimcheck.store import SCHEMA_VERSION, SQLiteStore

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FRIDAY = SEEDS[4]  # the article that says "vendredi dernier"
REPEAT = ROOT / "fixtures" / "gate" / "gate-repeat.txt"


class CountingEmbedder:
    """The real embedder, counting the texts it is asked to embed."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.name = inner.name
        self.version = inner.version
        self.embedded = 0

    def embed(self, texts, *, progress=None):  # type: ignore[no-untyped-def]
        self.embedded += len(texts)
        return self.inner.embed(texts, progress=progress)


@pytest.fixture
def store_of_four(tmp_path: Path, embedder: Embedder) -> Path:
    path = tmp_path / "corpus.db"
    with SQLiteStore(path) as store:
        added = ingest([str(p) for p in SEEDS[:4]], store, embedder=embedder)
    assert len(added) == 4
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_ingest_twice_leaves_the_store_unchanged(store_of_four: Path, capsys) -> None:
    before = _digest(store_of_four)
    assert main(["ingest", *map(str, SEEDS[:4]), "--store", str(store_of_four), "-q"]) == 0
    assert "added 0 article(s); the store holds 4" in capsys.readouterr().err
    assert _digest(store_of_four) == before


def test_store_holds_documents_claims_vectors_and_version(store_of_four: Path) -> None:
    db = sqlite3.connect(store_of_four)
    assert db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(
        SCHEMA_VERSION
    )
    assert db.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 4
    claims = db.execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    vectors = db.execute("SELECT COUNT(*) FROM vectors").fetchone()[0]
    assert claims >= 40
    assert 0 < vectors <= claims
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with SQLiteStore(store_of_four) as store:
        stored = store.claims(SEEDS[0].stem)
        doc = next(d for d in store.documents() if d.id == SEEDS[0].stem)
    assert stored and all(doc.text[c.start : c.end] == c.text for c in stored)


def test_report_from_the_store_does_not_embed_again(
    store_of_four: Path, embedder: Embedder
) -> None:
    counting = CountingEmbedder(embedder)
    with SQLiteStore(store_of_four, create=False) as store:
        report = check(embedder=counting, store=store)
    assert {d.id for d in report.documents} == {p.stem for p in SEEDS[:4]}
    assert len(report.claims) >= 40
    assert counting.embedded == 0
    # the stored claims stood in for a second grounding, and changed nothing
    fresh = check([str(p) for p in SEEDS[:4]], embedder=embedder)
    assert (report.claims, report.clusters, report.discrepancies) == (
        fresh.claims,
        fresh.clusters,
        fresh.discrepancies,
    )


def test_check_of_the_fifth_article_fails_and_names_the_sources(
    store_of_four: Path, capsys
) -> None:
    code = main(
        ["check", str(FRIDAY), "--store", str(store_of_four), "--fail-on", "conflicting", "-q"]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert "FAILED" in out
    date_line = next(line for line in out.splitlines() if line.startswith("- **date**"))
    assert "Friday" in date_line and "Wednesday 10 June 2020" in date_line
    assert FRIDAY.stem + " (new)" in date_line
    assert any(p.stem in date_line for p in SEEDS[:2])
    with SQLiteStore(store_of_four) as store:  # added by default
        assert FRIDAY.stem in {d.id for d in store.documents()}


def test_no_add_and_the_never_policy(store_of_four: Path, capsys) -> None:
    code = main(
        ["check", str(FRIDAY), "--store", str(store_of_four), "--fail-on", "never", "--no-add"]
    )
    assert code == 0
    assert "Not added to the store" in capsys.readouterr().out
    with SQLiteStore(store_of_four) as store:
        assert len(store.documents()) == 4


def test_an_article_that_repeats_known_facts_passes(store_of_four: Path, capsys) -> None:
    code = main(["check", str(REPEAT), "--store", str(store_of_four), "--no-add", "-q"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "No conflict with the stored corpus." in out


def test_github_and_junit_formats(store_of_four: Path, capsys) -> None:
    args = ["check", str(FRIDAY), "--store", str(store_of_four), "--no-add", "-q"]
    assert main([*args, "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith("::error file=") for line in lines)
    assert any("line=" in line and "date conflict" in line for line in lines)
    assert main([*args, "--format", "junit"]) == 1
    suite = ET.fromstring(capsys.readouterr().out)
    assert suite.tag == "testsuite" and suite.get("failures") == "1"
    case = suite.find("testcase")
    assert case is not None and case.get("name") == FRIDAY.stem
    assert case.find("failure") is not None


def test_check_json_is_the_outcome_with_the_full_report(store_of_four: Path, capsys) -> None:
    main(["check", str(FRIDAY), "--store", str(store_of_four), "--no-add", "-q", "-f", "json"])
    outcome = json.loads(capsys.readouterr().out)
    assert outcome["failed"] is True
    assert outcome["new_document_ids"] == [FRIDAY.stem]
    assert outcome["findings"] and outcome["report"]["schema_version"]


def test_check_new_single_source_policy(store_of_four: Path, embedder: Embedder) -> None:
    with SQLiteStore(store_of_four) as store:
        outcome = check_new(
            [str(REPEAT)], store, fail_on="single-source", add=False, embedder=embedder
        )
    statuses = {c.status for c in outcome.report.claims if c.document_id == REPEAT.stem}
    assert outcome.failed == ("single-source" in statuses or "conflicting" in statuses)


def test_a_changed_article_under_a_stored_id_is_refused(
    store_of_four: Path, tmp_path: Path, embedder: Embedder
) -> None:
    changed = tmp_path / SEEDS[0].name
    changed.write_text(SEEDS[0].read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n")
    with SQLiteStore(store_of_four) as store, pytest.raises(InputError, match="different text"):
        ingest([str(changed)], store, embedder=embedder)


def test_not_a_store_and_a_newer_store(tmp_path: Path, capsys) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(b"this is not a database" * 100)
    assert main(["report", "--store", str(bogus), "-q"]) == 2
    assert "not a claimcheck store" in capsys.readouterr().err
    newer = tmp_path / "newer.db"
    with SQLiteStore(newer):
        pass
    db = sqlite3.connect(newer)
    db.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    assert main(["report", "--store", str(newer), "-q"]) == 2
    assert "newer than this claimcheck" in capsys.readouterr().err


def test_vectors_round_trip_as_float32(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "v.db") as store:
        vector = np.linspace(-1, 1, 8, dtype=np.float32)
        store.add([], [], "toy", {"k": vector})
        assert np.array_equal(store.vectors("toy", ["k", "missing"])["k"], vector)


def test_ingest_in_small_batches_adds_everything_once(tmp_path: Path, embedder: Embedder) -> None:
    with SQLiteStore(tmp_path / "b.db") as store:
        added = ingest([str(p) for p in SEEDS], store, embedder=embedder, batch_size=2)
        assert sorted(added) == sorted(p.stem for p in SEEDS)
        assert ingest([str(p) for p in SEEDS], store, embedder=embedder, batch_size=2) == []
        assert len(store.documents()) == 5
        assert store.integrity() == "ok"


def _verdicts(outcome: CheckOutcome) -> tuple[object, ...]:
    report = outcome.report
    return (report.claims, report.clusters, report.discrepancies, report.stories, outcome.findings)


def test_check_reuses_the_claims_the_store_grounded(
    store_of_four: Path, embedder: Embedder
) -> None:
    """Stored claims stand in for a second grounding while the code and the names they read
    are the same; the verdicts are the ones a fresh grounding gives."""
    intact = [p for p in SEEDS[:4] if "\ufffd" not in p.read_text(encoding="utf-8")]
    db = sqlite3.connect(store_of_four)
    assert db.execute("SELECT COUNT(*), MIN(code), MAX(code) FROM groundings").fetchone() == (
        len(intact),
        code_fingerprint(),
        code_fingerprint(),
    )  # an article repaired from the corpus vocabulary is never reused
    db.close()

    def checked(before: str | None) -> tuple[CheckOutcome, MemoEngine]:
        engine = memo_engine()
        with SQLiteStore(store_of_four) as store:
            if before is not None:
                store._db.execute(before)
            outcome = check_new([str(FRIDAY)], store, add=False, embedder=embedder, engine=engine)
        return outcome, engine

    reused, engine = checked(None)
    assert engine.hits == len(intact)  # the seeds' names resolve as they did at ingest
    stale, stale_engine = checked("UPDATE groundings SET code = 'another version'")
    assert stale_engine.hits == 0
    fresh, fresh_engine = checked("DELETE FROM groundings")
    assert fresh_engine.hits == 0
    assert _verdicts(reused) == _verdicts(fresh) == _verdicts(stale)
    assert reused.findings  # the friday article still conflicts with the stored ones


def test_check_records_how_the_articles_it_adds_were_grounded(
    store_of_four: Path, embedder: Embedder
) -> None:
    with SQLiteStore(store_of_four) as store:
        check_new([str(FRIDAY)], store, embedder=embedder)
        stored = store.groundings([d.id for d in store.documents()], code_fingerprint())
        assert len(stored) == 4
        for reads, claims in stored.values():
            assert claims and json.loads(reads) is not None


def test_the_ingest_command_records_groundings(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    assert main(["ingest", *map(str, SEEDS[2:4]), "--store", str(db), "-q"]) == 0
    with SQLiteStore(db, create=False) as store:
        ids = [d.id for d in store.documents()]
        stored = store.groundings(ids, code_fingerprint())
    intact = [p for p in SEEDS[2:4] if "\ufffd" not in p.read_text(encoding="utf-8")]
    assert len(ids) == 2 and len(stored) == len(intact)


def test_a_story_scoped_check_judges_the_new_article_within_its_story(
    tmp_path: Path, embedder: Embedder
) -> None:
    """`scope="story"`: stories over every stored article, the rest on the new article's own
    story; here (the seeds beside two other events) the same verdict as the whole corpus."""
    others = [ROOT / "fixtures" / "factory-fire", ROOT / "fixtures" / "election"]
    with SQLiteStore(tmp_path / "corpus.db") as store:
        ingest([*map(str, SEEDS[:4]), *map(str, others)], store, embedder=embedder)
        whole = check_new([str(FRIDAY)], store, add=False, embedder=embedder)
        scoped = check_new([str(FRIDAY)], store, add=False, embedder=embedder, scope="story")
        with pytest.raises(UsageError, match="scope"):
            check_new([str(FRIDAY)], store, add=False, embedder=embedder, scope="cluster")
    story = whole.story_of[FRIDAY.stem]
    members = next(s.document_ids for s in whole.report.stories if s.id == story)
    assert len(whole.report.stories) >= 3  # the other events are stories of their own
    assert scoped.story_of == whole.story_of
    assert [s.id for s in scoped.report.stories] == [story]
    assert sorted(d.id for d in scoped.report.documents) == sorted(members)
    assert {c.document_id for c in scoped.report.claims} <= set(members)

    def new_statuses(outcome: CheckOutcome) -> list[tuple[str, str | None]]:
        return [(c.id, c.status) for c in outcome.report.claims if c.document_id == FRIDAY.stem]

    assert new_statuses(scoped) == new_statuses(whole)
    assert scoped.failed and whole.failed
    assert [d.ref for d in scoped.findings] == [d.ref for d in whole.findings]


def _sqlite_steps(store: SQLiteStore, query) -> int:  # type: ignore[no-untyped-def]
    """How many SQLite virtual-machine steps `query()` runs on the store's connection."""
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0

    store._db.set_progress_handler(count, 1)
    try:
        query()
    finally:
        store._db.set_progress_handler(None, 1)
    return steps


def _store_of_vectors(path: Path, n: int) -> SQLiteStore:
    """A store holding `n` vectors of the embedder "toy", each stored beside one of "other"."""
    store = SQLiteStore(path)
    rng = np.random.default_rng(n)
    for i in range(n):
        vector = rng.normal(size=4).astype(np.float32)
        store.add([], [], "toy", {f"t{i}": vector})
        store.add([], [], "other", {f"o{i}": -vector})
    return store


def test_the_index_reads_the_rows_after_its_last_without_walking_the_table(
    tmp_path: Path,
) -> None:
    small = _store_of_vectors(tmp_path / "small.db", 50)
    large = _store_of_vectors(tmp_path / "large.db", 1000)
    with small, large:
        for store in (small, large):
            ids, vectors = store._vector_rows("toy")
            assert len(ids) == len(vectors) == len(store._vector_rows("other")[0])
            assert list(ids) == sorted(ids)  # in row order, the other embedder's rows left out
            after, tail = store._vector_rows("toy", int(ids[-3]))
            assert list(after) == list(ids[-2:])
            assert np.array_equal(tail, vectors[-2:])
            assert not len(store._vector_rows("toy", int(ids[-1]))[0])

        def last_two(store: SQLiteStore) -> int:
            ids = store._vector_rows("toy")[0]
            return _sqlite_steps(store, lambda: store._vector_rows("toy", int(ids[-3]), 10))

        # the same few steps whatever the store holds (a walk of the embedder's index and a
        # sort of its rows took thousands more at a thousand rows)
        assert last_two(large) <= last_two(small) + 20


def test_a_bounded_claim_count_stops_at_its_bound(tmp_path: Path) -> None:
    from claimcheck.models import Claim, Document
    from claimcheck.store import holds_more

    doc = Document(id="d", text="Three sentences. Each a claim. Or so.")
    claims = [
        Claim(
            id=f"c{i}",
            document_id="d",
            start=s,
            end=e,
            text=doc.text[s:e],
            normalized=doc.text[s:e],
            sentence=i,
            lang="en",
        )
        for i, (s, e) in enumerate([(0, 16), (17, 30), (31, 37)])
    ]
    with SQLiteStore(tmp_path / "c.db") as store:
        assert store.claim_count() == 0 and not holds_more(store, 0)
        store.add([doc], claims, "toy", {})
        assert store.claim_count() == 3
        assert [store.claim_count(up_to=n) for n in (0, 1, 2, 3, 4, 100)] == [0, 1, 2, 3, 3, 3]
        assert store.claim_count(up_to=-1) == 0
        assert [holds_more(store, n) for n in (0, 2, 3, 4)] == [True, True, False, False]
        steps = [_sqlite_steps(store, lambda n=n: store.claim_count(up_to=n)) for n in (1, 3)]
        assert steps[0] < steps[1]  # a bound of one reads one row, not the table
