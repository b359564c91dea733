"""Scale paths: HNSW search, the publication-time window, the incremental check."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from claimcheck import Document, Report, Settings, check
from claimcheck.align import AlignOptions, candidate_pairs
from claimcheck.embed import Embedder
from claimcheck.neighbours import HNSW, Spill, nearest
from claimcheck.pipeline import check_new, ingest
from claimcheck.store import SQLiteStore

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _unit(rng: np.random.Generator, n: int, d: int = 32) -> np.ndarray:
    vectors = rng.normal(size=(n, d)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_hnsw_finds_the_exact_neighbours_on_clustered_vectors() -> None:
    rng = np.random.default_rng(7)
    centres = _unit(rng, 50)
    vectors = np.repeat(centres, 8, axis=0) + 0.05 * rng.normal(size=(400, 32)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    exact = nearest(vectors, 5, exact_limit=10_000)
    approximate = nearest(vectors, 5, exact_limit=10)
    recall = np.mean(
        [len(set(a) & set(b)) / 5 for a, b in zip(exact.ids, approximate.ids, strict=True)]
    )
    assert recall >= 0.95
    assert not any(row in ids for row, ids in enumerate(approximate.ids))


def test_hnsw_index_persists_and_grows(tmp_path: Path) -> None:
    rng = np.random.default_rng(3)
    vectors = _unit(rng, 300)
    index = HNSW(32, capacity=16)
    index.add(vectors[:200], np.arange(200, dtype=np.int64))
    index.save(tmp_path / "i.hnsw")
    loaded = HNSW.load(tmp_path / "i.hnsw", 32)
    loaded.add(vectors[200:], np.arange(200, 300, dtype=np.int64))
    assert len(loaded) == 300
    ids, sims = loaded.query(vectors[250:251], 1)
    assert ids[0][0] == 250 and sims[0][0] == pytest.approx(1.0, abs=1e-4)


def test_the_time_window_keeps_distant_publications_apart() -> None:
    vectors = np.array([[1.0, 0.0], [0.99, 0.141], [0.98, 0.199]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    documents = ["june", "july", "next-year"]
    published = {"june": "2020-06-10", "july": "2020-06-30", "next-year": "2021-06"}
    options = AlignOptions(window_days=28)
    pairs = candidate_pairs(vectors, documents, options, published)
    assert set(pairs) == {(0, 1)}
    unknown = {"june": "2020-06-10", "july": None, "next-year": "2021-06"}
    assert set(candidate_pairs(vectors, documents, options, unknown)) == {(0, 1), (1, 2)}
    no_window = AlignOptions(window_days=None)
    assert len(candidate_pairs(vectors, documents, no_window, published)) == 3


@pytest.mark.model
def test_approximate_search_gives_the_same_report(seeds_report: Report, embedder: Embedder) -> None:
    settings = Settings(align=AlignOptions(exact_limit=10))
    approximate = check(["seeds/"], embedder=embedder, settings=settings)
    assert [c.claim_ids for c in approximate.clusters] == [
        c.claim_ids for c in seeds_report.clusters
    ]
    assert [d.sides for d in approximate.discrepancies] == [
        d.sides for d in seeds_report.discrepancies
    ]


@pytest.mark.model
def test_same_words_a_year_apart_do_not_corroborate(embedder: Embedder) -> None:
    sentence = (
        "Le conseil municipal de Brévannes a voté la fermeture de la piscine Jean-Bouin "
        "pour travaux de rénovation."
    )
    docs = [
        Document(id="a", text=sentence, published="2021-03-02", lang="fr"),
        Document(id="b", text=sentence.replace("voté", "approuvé"), published="2022-03-05"),
    ]
    far = check(docs, embedder=embedder)
    assert {c.status for c in far.claims} == {"single-source"}
    near = check(
        [docs[0], docs[1].model_copy(update={"published": "2021-03-04"})], embedder=embedder
    )
    assert {c.status for c in near.claims} == {"corroborated"}


@pytest.mark.model
def test_incremental_check_finds_what_the_full_check_finds(
    tmp_path: Path, embedder: Embedder
) -> None:
    path = tmp_path / "corpus.db"
    corpus = [*map(str, SEEDS[:4]), str(ROOT / "fixtures" / "storm")]
    with SQLiteStore(path) as store:
        ingest(corpus, store, embedder=embedder)
        full = check_new([str(SEEDS[4])], store, add=False, embedder=embedder)
        narrow = Settings(incremental_from=10)
        near = check_new([str(SEEDS[4])], store, add=False, embedder=embedder, settings=narrow)
    assert len(near.report.documents) < len(full.report.documents)
    assert not {d.id for d in near.report.documents} & {"storm-gulfherald", "storm-wirenow"}
    assert near.failed == full.failed is True
    assert [(d.kind, [s.value for s in d.sides]) for d in near.findings] == [
        (d.kind, [s.value for s in d.sides]) for d in full.findings
    ]
    assert not list(tmp_path.glob("corpus.db.*.usearch"))  # a small tail: searched exactly
    with SQLiteStore(path) as store:
        store.refresh_index(embedder.name)  # what `ingest` does at the end of a large feed
        graph = check_new([str(SEEDS[4])], store, add=False, embedder=embedder, settings=narrow)
    assert [d.kind for d in graph.findings] == [d.kind for d in near.findings]
    index = next(tmp_path.glob("corpus.db.*.usearch"))
    index.unlink()  # derived data: the rows it held are searched exactly until it is rebuilt
    with SQLiteStore(path) as store:
        again = check_new([str(SEEDS[4])], store, add=False, embedder=embedder, settings=narrow)
        assert [d.kind for d in again.findings] == [d.kind for d in near.findings]
        assert not index.exists()  # a few thousand rows: not worth writing a graph for
        store.refresh_index(embedder.name)
    assert index.exists()


@pytest.mark.model
def test_ingest_indexes_a_large_store_for_the_first_check(
    tmp_path: Path, embedder: Embedder
) -> None:
    path = tmp_path / "corpus.db"
    with SQLiteStore(path) as store:
        ingest(
            [str(p) for p in SEEDS[:2]],
            store,
            embedder=embedder,
            settings=Settings(incremental_from=10),
        )
    assert list(tmp_path.glob("corpus.db.*.usearch"))
    small = tmp_path / "small.db"
    with SQLiteStore(small) as store:
        ingest([str(SEEDS[0])], store, embedder=embedder)
    assert not list(tmp_path.glob("small.db.*.usearch"))


def test_one_neighbour_search_serves_a_smaller_k() -> None:
    rng = np.random.default_rng(11)
    raw = rng.normal(size=(300, 16)).astype(np.float32)
    vectors = raw / np.linalg.norm(raw, axis=1, keepdims=True)
    wide = nearest(vectors, 30)
    narrow = nearest(vectors, 20)
    served = wide.top(20)
    assert served.ids.shape == (300, 20)
    for row in range(300):
        assert set(served.ids[row]) == set(narrow.ids[row])
        assert list(served.sims[row]) == sorted(served.sims[row], reverse=True)
    assert wide.top(40) is wide  # asking for more than it holds gives all it has


def test_approximate_neighbours_carry_their_cosines_and_never_the_row_itself() -> None:
    rng = np.random.default_rng(11)
    vectors = _unit(rng, 300)
    found = nearest(vectors, 7, exact_limit=10)
    assert found.ids.dtype == np.int64 and found.sims.dtype == np.float32
    assert found.ids.shape == found.sims.shape == (300, 7)
    assert not (found.ids == np.arange(300)[:, None]).any()
    cosines = np.einsum("ij,ikj->ik", vectors, vectors[found.ids])
    assert np.allclose(found.sims, cosines, atol=1e-5)


def test_a_spilled_matrix_comes_back_bit_for_bit() -> None:
    rng = np.random.default_rng(5)
    vectors = _unit(rng, 257, 24)
    spill = Spill(vectors.copy(), disk=True)
    assert spill.on_disk and len(spill) == 257 and spill.shape == (257, 24)
    assert np.array_equal(spill.rows(250, 300), vectors[250:])  # past the end: what is there
    assert np.array_equal(spill.rows(3, 9), vectors[3:9])
    back = spill.read()
    assert not spill.on_disk and back.dtype == np.float32
    assert back.tobytes() == vectors.tobytes()
    assert spill.read() is back  # read once, then held
    kept = Spill(vectors, disk=False)
    assert not kept.on_disk and kept.read() is vectors


def test_the_graph_built_from_a_spill_finds_what_it_finds_in_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # one thread builds the same graph whatever the blocks (the rows are added in order);
    # blocks of 50 rows make the spilled build and queries run over seven of them
    monkeypatch.setattr("claimcheck.neighbours.os.cpu_count", lambda: 1)
    monkeypatch.setattr("claimcheck.neighbours._SPILL_ELEMENTS", 50 * 32)
    rng = np.random.default_rng(3)
    vectors = _unit(rng, 333)
    in_memory = nearest(vectors, 9, exact_limit=10)
    spill = Spill(vectors.copy(), disk=True)
    spilled = nearest(spill, 9, exact_limit=10)
    assert spill.on_disk  # the search read blocks; the matrix is still on disk
    assert np.array_equal(spilled.ids, in_memory.ids)
    assert spilled.sims.tobytes() == in_memory.sims.tobytes()
    exact = nearest(vectors, 9, exact_limit=1000)
    from_spill = nearest(Spill(vectors.copy(), disk=True), 9, exact_limit=1000)
    assert np.array_equal(from_spill.ids, exact.ids)
    assert from_spill.sims.tobytes() == exact.sims.tobytes()
