"""The Dask and memo engines give what the local engine gives; partitions follow time."""

from __future__ import annotations

import pytest

from claimcheck import Claim, Document, Report, check
from claimcheck.clean import uses_vocabulary
from claimcheck.cli import main
from claimcheck.embed import Embedder
from claimcheck.engine import DaskEngine, partition
from claimcheck.errors import UsageError
from claimcheck.pipeline import _claims, _read, memo_engine
from claimcheck.settings import Settings


def test_partitions_are_contiguous_in_time_and_cover_everything() -> None:
    docs = [
        Document(id=f"d{i}", text="x" * (100 + i), published=f"2020-0{1 + i % 9}-01")
        for i in range(20)
    ] + [Document(id="undated", text="y" * 50)]
    parts = partition(docs, 4)
    assert 1 < len(parts) <= 4
    flat = [d.id for part in parts for d in part]
    assert sorted(flat) == sorted(d.id for d in docs)
    assert flat[-1] == "undated"
    months = [d.published for part in parts for d in part if d.published]
    assert months == sorted(months)


@pytest.mark.model
def test_dask_engine_matches_the_local_engine(seeds_report: Report, embedder: Embedder) -> None:
    engine = DaskEngine(workers=2)
    try:
        assert len(engine.client.scheduler_info()["workers"]) == 2
        report = check(["seeds/"], embedder=embedder, engine=engine)
    finally:
        engine.close()
    assert [c.model_dump() for c in report.claims] == [c.model_dump() for c in seeds_report.claims]
    assert report.clusters == seeds_report.clusters
    assert report.discrepancies == seeds_report.discrepancies


def test_engine_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "seeds/", "--cluster", "tcp://127.0.0.1:1", "-q"]) == 2
    assert "--cluster needs --engine dask" in capsys.readouterr().err
    code = main(["report", "seeds/", "--engine", "dask", "--cluster", "tcp://127.0.0.1:1", "-q"])
    assert code == 2
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err


def _documents(*paths: str) -> list[Document]:
    return _read(list(paths), Settings(), None)


def _dump(claims: list[Claim]) -> list[dict[str, object]]:
    return [c.model_dump() for c in claims]


def test_memo_engine_gives_the_local_engines_claims_call_after_call() -> None:
    """Overlapping corpora one after the other, as a service's checks read them: every call
    gives what a fresh local grounding gives, and documents seen before are not grounded
    again."""
    seeds = _documents("seeds/")
    fire = _documents("fixtures/factory-fire/")
    storm = _documents("fixtures/storm/")
    engine = memo_engine()
    calls = [seeds[:3], seeds, seeds[2:] + fire, fire + storm, storm[::-1] + seeds[:1]]
    for corpus in calls:
        assert _dump(_claims(corpus, engine)) == _dump(_claims(corpus))
    assert engine.hits + engine.misses == sum(len(c) for c in calls)
    assert engine.hits >= len(seeds) + len(fire)  # most documents were known


@pytest.mark.parametrize(
    ("lone", "many"),
    [
        ("Le maire, José Muñoz, a inauguré le pont lundi.", "José Munoz a salué les ouvriers."),
        ("José Muñoz opened the new bridge on Monday.", "José Munoz thanked the workers."),
    ],
)
def test_memo_engine_grounds_a_document_again_when_its_names_change(lone: str, many: str) -> None:
    """An article's names take the corpus' majority form: when other articles change it, the
    remembered claims are stale and the article is grounded again."""
    first = Document(id="lone", text=lone, published="2024-03-04")
    others = [Document(id=f"o{i}", text=many, published="2024-03-05") for i in range(3)]
    engine = memo_engine()
    alone = _claims([first], engine)
    joined = _claims([first, *others], engine)
    assert _dump(joined) == _dump(_claims([first, *others]))
    before = {e.canonical for c in alone for e in c.entities}
    after = {e.canonical for c in joined if c.document_id == "lone" for e in c.entities}
    assert before != after  # the majority spelling moved the lone article's name
    assert engine.hits == 0 and engine.misses == 5


def test_memo_engine_prepares_damaged_documents_with_the_corpus_vocabulary() -> None:
    """A lost ligature is repaired from the words of the whole corpus, so such an article is
    never remembered: its cleaning depends on what it is read with."""
    damaged = Document(id="d", text="Le pro\ufffdlage des clients inquiète.", lang="fr")
    helper = Document(id="h", text="Le profilage est interdit. Le profilage recule.", lang="fr")
    engine = memo_engine()
    for corpus in ([damaged], [damaged, helper], [damaged, helper]):
        assert _dump(_claims(corpus, engine)) == _dump(_claims(corpus))
    assert engine.misses == 4  # the damaged article every time, the other once
    assert engine.hits == 1


def test_memo_engine_keeps_the_documents_most_recently_used() -> None:
    docs = [d for d in _documents("seeds/", "fixtures/storm/") if not uses_vocabulary(d)][:3]
    engine = memo_engine(documents=2)
    for doc in docs:
        _claims([doc], engine)
    _claims([docs[2]], engine)  # kept
    assert (engine.hits, engine.misses) == (1, 3)
    _claims([docs[0]], engine)  # dropped when the third came in
    assert (engine.hits, engine.misses) == (1, 4)
    with pytest.raises(UsageError, match="at least 1 document"):
        memo_engine(documents=0)
