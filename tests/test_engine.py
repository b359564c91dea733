"""The Dask engine gives what the local engine gives; partitions follow publication time."""

from __future__ import annotations

import pytest

from claimcheck import Document, Report, check
from claimcheck.cli import main
from claimcheck.embed import Embedder
from claimcheck.engine import DaskEngine, partition


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
