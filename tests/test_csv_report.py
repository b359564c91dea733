"""Report -> CSV: header, one row per claim, formula injection neutralised, csv round trip."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import claimcheck
from claimcheck.models import Claim, Cluster, Component, Discrepancy, Document, Report, Side
from claimcheck.report import FORMATS, render
from claimcheck.report.context import with_context
from claimcheck.report.csvout import COLUMNS, to_csv

ROOT = Path(__file__).resolve().parent.parent
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def _claim(doc: Document, cid: str, part: str, status: str, cluster: str) -> Claim:
    start = doc.text.index(part)
    return Claim(
        id=cid,
        document_id=doc.id,
        start=start,
        end=start + len(part),
        text=part,
        normalized=part,
        sentence=0,
        lang=doc.lang or "en",
        status=status,  # type: ignore[arg-type]
        cluster_id=cluster,
    )


def _hand_made() -> Report:
    one = Document(
        id="@evil", text='=HYPERLINK("http://x") said, "quoted"\n\n  on Monday.', lang="en"
    )
    two = Document(id="paper-2", text="+1 000 people came on Tuesday.", published="2024-05-02")
    three = Document(id="-three", text="\tTabbed start, alone here.", lang="fr")
    claims = (
        _claim(one, "a#1", one.text, "conflicting", "c1"),
        _claim(two, "b#1", two.text, "conflicting", "c1"),
        _claim(three, "c#1", three.text.strip(), "single-source", "\tc2"),
    )
    monday = one.text.index("Monday")
    tuesday = two.text.index("Tuesday")
    return Report(
        generator=Component(name="claimcheck", version="test"),
        embedder=Component(name="none", version="0"),
        settings={},
        documents=(one, two, three),
        claims=claims,
        clusters=(
            Cluster(
                id="c1",
                claim_ids=("a#1", "b#1"),
                document_ids=("@evil", "paper-2"),
                status="conflicting",
            ),
            Cluster(
                id="\tc2", claim_ids=("c#1",), document_ids=("-three",), status="single-source"
            ),
        ),
        discrepancies=(
            Discrepancy(
                id="d1",
                cluster_id="c1",
                kind="date",
                sides=(
                    Side(
                        value="=Monday", claim_ids=("a#1",), document_ids=("@evil",), highlights=()
                    ),
                    Side(value="Tuesday; 2024", claim_ids=("b#1",), document_ids=("paper-2",)),
                ),
                explanation=f"Monday ({monday}) vs Tuesday ({tuesday})",
            ),
        ),
    )


def test_registered() -> None:
    assert "csv" in FORMATS
    report = _hand_made()
    assert render(report, "csv") == to_csv(report)


def test_hand_made_rows() -> None:
    report = _hand_made()
    rows = _rows(to_csv(report))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 1 + len(report.claims)
    by_id = {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]}
    assert set(by_id) == {"a#1", "b#1", "c#1"}
    a, b, c = by_id["a#1"], by_id["b#1"], by_id["c#1"]
    assert [a["status"], b["status"], c["status"]] == [
        "conflicting",
        "conflicting",
        "single-source",
    ]
    assert a["document_id"] == "'@evil"
    assert a["cluster_sources"] == "2" and c["cluster_sources"] == "1"
    assert a["discrepancy_kinds"] == "date" and a["disputed_value"] == "'=Monday"
    assert b["disputed_value"] == "Tuesday; 2024"
    assert c["discrepancy_kinds"] == "" and c["disputed_value"] == ""
    assert b["published"] == "2024-05-02" and a["published"] == ""
    assert (a["start"], a["end"]) == ("0", str(len(report.documents[0].text)))
    # whitespace collapsed, embedded quotes and commas survive the round trip
    assert a["text"] == "'" + '=HYPERLINK("http://x") said, "quoted" on Monday.'
    assert b["text"] == "'+1 000 people came on Tuesday."
    assert c["text"] == "Tabbed start, alone here."
    assert c["cluster_id"] == "'\tc2" and a["cluster_id"] == "c1"


def test_formula_injection_neutralised() -> None:
    for row in _rows(to_csv(_hand_made()))[1:]:
        for cell in row:
            assert not cell.startswith(FORMULA_START), row
    raw = to_csv(_hand_made())
    assert "\n=" not in raw and ",=" not in raw and ',"=' not in raw
    assert ",-three," not in raw and ",'-three," in raw


def test_round_trip_is_lossless_apart_from_the_guard() -> None:
    report = _hand_made()
    rows = _rows(to_csv(report))[1:]
    for claim, row in zip(report.claims, rows, strict=True):
        text = row[COLUMNS.index("text")]
        assert text.removeprefix("'") == " ".join(claim.text.split())
        assert int(row[COLUMNS.index("start")]) == claim.start
        assert int(row[COLUMNS.index("end")]) == claim.end


@pytest.fixture(scope="module")
def seeds_report() -> Report:
    return claimcheck.check([str(ROOT / "seeds") + "/"])


@pytest.mark.model
def test_seeds_rows(seeds_report: Report) -> None:
    text = to_csv(seeds_report)
    assert text.endswith("\r\n")
    rows = _rows(text)
    assert tuple(rows[0]) == COLUMNS
    assert [r[0] for r in rows[1:]] == [c.id for c in seeds_report.claims]
    sources = {c.id: len(set(c.document_ids)) for c in seeds_report.clusters}
    for claim, row in zip(seeds_report.claims, rows[1:], strict=True):
        cells = dict(zip(COLUMNS, row, strict=True))
        assert cells["status"] == claim.status
        assert cells["document_id"] == claim.document_id
        # a non-claim has no cluster: its own document is its only source
        assert int(cells["cluster_sources"]) == sources.get(claim.cluster_id or "", 1)
        assert (int(cells["start"]), int(cells["end"])) == (claim.start, claim.end)
        # verbatim, with each resolved referent as bracketed context after its anaphor
        shown = cells["text"].removeprefix("'")
        assert shown == " ".join(with_context(claim).split())
        for res in claim.resolutions:
            shown = shown.replace(f" [{res.surface}]", "", 1)
        assert shown == " ".join(claim.text.split())
        assert not any(cell.startswith(FORMULA_START) for cell in row)
        kinds = cells["discrepancy_kinds"].split(";") if cells["discrepancy_kinds"] else []
        values = cells["disputed_value"].split(";") if cells["disputed_value"] else []
        assert len(kinds) == len(values)
    statuses = {row[COLUMNS.index("status")] for row in rows[1:]}
    assert {"corroborated", "conflicting", "single-source"} <= statuses


@pytest.mark.model
def test_seeds_disputed_values(seeds_report: Report) -> None:
    rows = {r[0]: dict(zip(COLUMNS, r, strict=True)) for r in _rows(to_csv(seeds_report))[1:]}
    for discrepancy in seeds_report.discrepancies:
        for side in discrepancy.sides:
            for claim_id in side.claim_ids:
                assert discrepancy.kind in rows[claim_id]["discrepancy_kinds"].split(";")
                assert " ".join(side.value.split()) in rows[claim_id]["disputed_value"]
