"""The Dask and memo engines give what the local engine gives; partitions follow time."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from claimcheck import Claim, Document, Report, check
from claimcheck.clean import uses_vocabulary
from claimcheck.cli import main
from claimcheck.embed import Embedder
from claimcheck.engine import DaskEngine, MemoEngine, partition
from claimcheck.errors import UsageError
from claimcheck.pipeline import _claims, _read, check_new, ingest, memo_engine
from claimcheck.settings import Settings
from claimcheck.store import SQLiteStore


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


@pytest.mark.parametrize(
    ("lang", "lone", "many"),
    [
        (
            "fr",
            "Le maire, José Muñoz, a promis lundi 12 mars que 40 ouvriers « reprendront le "
            "chantier » avant le 1er avril.",
            "José Munoz a salué les ouvriers.",
        ),
        (
            "en",
            'José Muñoz promised on Monday, March 12, that 40 workers would be "back on the '
            'site" by April 1.',
            "José Munoz thanked the workers.",
        ),
    ],
)
def test_memo_engine_reads_times_and_figures_once_when_names_change(
    lang: str, lone: str, many: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What no gazetteer changes (quotes, times, figures) is read once per document; grounded
    again when its names read otherwise, the article gets the local engine's claims, the new
    name as its times' actor included."""
    from claimcheck import ground

    read: list[str] = []
    find_times = ground.find_times

    def counted(text: str, **kwargs: object) -> object:
        read.append(text)
        return find_times(text, **kwargs)  # type: ignore[arg-type]

    first = Document(id="lone", text=lone, published="2024-03-12", lang=lang)
    others = [Document(id=f"o{i}", text=many, published="2024-03-13", lang=lang) for i in range(3)]
    engine = memo_engine()
    _claims([first], engine)
    monkeypatch.setattr(ground, "find_times", counted)
    joined = _claims([first, *others], engine)
    assert engine.misses == 5  # the lone article grounded again, the others for the first time
    assert not any(text in lone for text in read)  # its times were not read again
    monkeypatch.undo()
    assert _dump(joined) == _dump(_claims([first, *others]))
    mine = [c for c in joined if c.document_id == "lone"]
    assert {t.actor for c in mine for t in c.times} == {"José Munoz"}
    assert any(c.quantities for c in mine) and any(c.quotes for c in mine)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La mairie a annoncé mardi 5 mars que 120 logements seraient livrés en 2026."),
        ("en", "The council said on Tuesday, March 5, that 120 homes would be ready in 2026."),
    ],
)
def test_a_document_its_stored_grounding_serves_has_no_times_read(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round one of a stored article does not read its times and figures: while the grounding
    the store handed still holds, round two never runs and nothing needs them; when it no
    longer holds, they are read then, and the claims are the local engine's."""
    from claimcheck import ground

    doc = Document(id="kept", text=text, published="2024-03-06", lang=lang)
    first = memo_engine()
    _claims([doc], first)
    recalled = first.recall(doc)
    assert recalled is not None
    reads, stored = recalled
    assert any(c.times for c in stored) and any(c.quantities for c in stored)
    read: list[str] = []
    find_times = ground.find_times

    def counted(text: str, **kwargs: object) -> object:
        read.append(text)
        return find_times(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ground, "find_times", counted)
    served, stale = memo_engine(), memo_engine()
    served.remember(doc, reads, stored)
    stale.remember(doc, ("another reading of its names",), stored)
    assert _dump(_claims([doc], served)) == _dump(stored)
    assert served.hits == 1 and served.misses == 0 and not read
    assert _dump(_claims([doc], stale)) == _dump(stored)
    assert stale.misses == 1 and read  # grounded again: its times read then


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


@pytest.mark.parametrize(
    ("lone", "many"),
    [
        (
            "La directrice, Agnès Lefèvre, a présenté le budget jeudi.",
            "Agnes Lefevre a répondu aux élus.",
        ),
        (
            "The director, Agnès Lefèvre, presented the budget on Thursday.",
            "Agnes Lefevre answered the councillors.",
        ),
    ],
)
def test_memo_engine_keeps_a_grounding_per_reading_of_the_names(lone: str, many: str) -> None:
    """An article read alone, then beside others that change its names' majority form, then
    alone again: the first grounding is still held, so the third call grounds nothing; an
    engine that keeps one variant grounds it again. Claims are the local engine's each time."""
    first = Document(id="lone", text=lone, published="2025-02-06")
    others = [Document(id=f"o{i}", text=many, published="2025-02-07") for i in range(3)]
    calls = [[first], [first, *others], [first]]
    for variants, misses in ((4, 5), (1, 6)):
        engine = memo_engine()
        engine._variants = variants
        for corpus in calls:
            assert _dump(_claims(corpus, engine)) == _dump(_claims(corpus))
        assert engine.misses == misses, variants
        assert engine.hits == 6 - misses  # six documents read in all
        recalled = engine.recall(first)
        assert recalled is not None  # the grounding used last
        assert _dump(recalled[1]) == _dump(_claims([first]))
    with pytest.raises(UsageError, match="at least 1 variant"):
        MemoEngine(lambda prepared, combined: (), variants=0)


def test_memo_engine_keeps_the_given_grounding_longest() -> None:
    """The grounding a store handed (`remember`) outlives the engine's own variants, so a
    caller need not read it from the store again while `holds_given` says so."""
    doc = next(d for d in _documents("seeds/") if not uses_vocabulary(d))
    claims = _claims([doc])
    engine = MemoEngine(lambda prepared, combined: (), variants=2)
    assert not engine.holds_given(doc)
    engine.remember(doc, "stored", claims)
    for reads in ("a", "b", "c"):
        engine._add(doc, reads, claims)
    assert engine.holds_given(doc)
    assert list(engine._claims[doc]) == ["stored", "c"]
    engine.close()
    assert not engine.holds_given(doc) and engine.recall(doc) is None


@pytest.mark.model
def test_a_long_running_check_reads_stored_groundings_once(
    tmp_path: Path, embedder: Embedder
) -> None:
    """The engine a service keeps across checks is handed each stored article's claims once:
    a second check reads from the store only the articles never remembered (one repaired
    from the corpus vocabulary), and every check gives the verdicts a fresh engine gives."""
    seeds = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))
    with SQLiteStore(tmp_path / "corpus.db") as store:
        ingest([str(p) for p in seeds[:4]], store, embedder=embedder)
        damaged = {d.id for d in store.documents() if uses_vocabulary(d)}
        asked: list[set[str]] = []
        read = store.groundings

        def counting(ids: Iterable[str], code: str) -> dict[str, tuple[str, list[Claim]]]:
            ids = list(ids)
            asked.append(set(ids))
            return read(ids, code)

        store.groundings = counting  # type: ignore[method-assign]
        engine = memo_engine()
        outcomes = [
            check_new([str(seeds[4])], store, add=False, embedder=embedder, engine=engine)
            for _ in range(2)
        ]
        fresh = check_new([str(seeds[4])], store, add=False, embedder=embedder)
    assert len(asked[0]) == 4  # the first check reads every stored neighbour
    assert asked[1:-1] == ([damaged] if damaged else [])  # the second: only what it lacks
    for outcome in outcomes:
        assert outcome.report.claims == fresh.report.claims
        assert outcome.findings == fresh.findings and outcome.findings
