"""Review decisions: recorded in the store, found again in later runs, honoured by `check`,
shown in every format; through the command line and the library."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from articles_review import AGREE_A, AGREE_B, DISAGREE, FR_A, FR_B

from claimcheck import review
from claimcheck.cli import main
from claimcheck.embed import Embedder
from claimcheck.models import Report
from claimcheck.pipeline import check, check_new, ingest
from claimcheck.report import render
from claimcheck.report.ci import render_check
from claimcheck.store import _MIGRATIONS, SCHEMA_VERSION, SQLiteStore

pytestmark = pytest.mark.model


def _jsonl(path: Path, *articles: dict[str, Any]) -> str:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return str(path)


@pytest.fixture
def store(tmp_path: Path, embedder: Embedder) -> Path:
    path = tmp_path / "corpus.db"
    with SQLiteStore(path) as db:
        ingest([AGREE_A, AGREE_B, FR_A, FR_B], db, embedder=embedder)
    return path


def _number_finding(outcome_json: str) -> dict[str, Any]:
    findings = json.loads(outcome_json)["findings"]
    (found,) = [f for f in findings if f["kind"] == "number"]
    return dict(found)


def test_cli_dismiss_turns_a_failing_check_into_a_passing_one(
    store: Path, tmp_path: Path, capsys
) -> None:
    new = _jsonl(tmp_path / "new.jsonl", DISAGREE)
    gate = ["check", new, "--store", str(store), "--fail-on", "conflicting", "--no-add", "-q"]
    assert main([*gate, "-f", "json"]) == 1
    finding = _number_finding(capsys.readouterr().out)
    ref = finding["ref"]
    assert finding["review_state"] is None
    assert main([*gate]) == 1
    assert f"`{ref}`" in capsys.readouterr().out  # a person can copy it from the markdown
    assert main(["review", "dismiss", ref, "--store", str(store), "--reviewer", "Ana",
                 "--note", "two different fires"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main([*gate, "-f", "json"]) == 0
    again = _number_finding(capsys.readouterr().out)
    assert again["ref"] == ref and again["review_state"] == "dismissed"
    assert again["review"]["note"] == "two different fires"
    assert main(gate) == 0
    out = capsys.readouterr().out
    assert "passed" in out and "**dismissed** by Ana: two different fires" in out
    assert main([*gate, "-f", "github"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith("::notice ") for line in lines if ref in line)
    assert main([*gate, "-f", "junit"]) == 0
    suite = ET.fromstring(capsys.readouterr().out)
    assert suite.get("failures") == "0"
    assert "dismissed by Ana" in "".join(suite.itertext())
    # listed, then undone: the gate fails again
    assert main(["review", "list", "--store", str(store), "-f", "json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["ref"] == ref and listed["reviewer"] == "Ana" and listed["at"].endswith("Z")
    assert main(["review", "undo", ref, "--store", str(store)]) == 0
    assert main(gate) == 1


def test_unknown_refs_are_one_line_and_exit_2(store: Path, capsys) -> None:
    for argv in (
        ["review", "dismiss", "d-00000000", "--store", str(store), "--reviewer", "A"],
        ["review", "mark-wrong", "no-such-claim", "--store", str(store), "--reviewer", "A"],
        ["review", "undo", "d-00000000", "--store", str(store)],
    ):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and ("d-00000000" in err[0] or "no-such-claim" in err[0])
    assert main(["review", "list", "--store", str(store)]) == 0
    assert "No review decision" in capsys.readouterr().out


def test_a_claim_marked_wrong_stops_corroborating(store: Path, embedder: Embedder, capsys) -> None:
    with SQLiteStore(store) as db:
        before = check(store=db, embedder=embedder)
    count_claims = [c for c in before.claims if "15 workers" in c.text]
    assert len(count_claims) == 2 and {c.status for c in count_claims} == {"corroborated"}
    wrong = next(c for c in count_claims if c.document_id == AGREE_B["id"])
    assert main(["review", "mark-wrong", wrong.id, "--store", str(store), "--reviewer", "Léa",
                 "--note", "the brigade corrected it"]) == 0  # fmt: skip
    with SQLiteStore(store) as db:
        after = check(store=db, embedder=embedder)
    claims = {c.id: c for c in after.claims}
    other = next(c for c in count_claims if c.id != wrong.id)
    assert claims[other.id].status == "single-source"
    assert claims[wrong.id].review is not None and claims[wrong.id].review.action == "wrong"
    cluster = next(c for c in after.clusters if other.id in c.claim_ids)
    assert cluster.status == "single-source" and "marked wrong" in (cluster.explanation or "")
    assert [r.ref for r in after.reviews] == [review.claim_ref(wrong)]
    # shown in every format
    assert "~~" in render(after, "markdown") and "marked wrong by Léa" in render(after, "markdown")
    html = render(after, "html")
    assert "<del>" in html and "the brigade corrected it" in html
    assert "Review decisions (1)" in html
    rows = {r["claim_id"]: r for r in csv.DictReader(io.StringIO(render(after, "csv")))}
    assert rows[wrong.id]["review"] == "wrong by Léa: the brigade corrected it"
    assert json.loads(render(after, "json"))["reviews"][0]["note"] == "the brigade corrected it"
    # a later decision on the same claim replaces the earlier one
    assert main(["review", "retract", wrong.id, "--store", str(store), "--reviewer", "Léa"]) == 0
    with SQLiteStore(store) as db:
        (latest,) = review.decisions(db)
    assert latest.action == "retract"


def test_a_side_marked_wrong_resolves_its_discrepancy(store: Path, embedder: Embedder) -> None:
    with SQLiteStore(store) as db:
        outcome = check_new([DISAGREE], db, embedder=embedder, add=False)
        assert outcome.failed
        eight = next(c for c in outcome.report.claims if "8 workers" in c.text)
        # the new article's claim is not stored: the report names it
        review.record(db, eight.id, "wrong", reviewer="Ana", report=outcome.report)
        again = check_new([DISAGREE], db, embedder=embedder, add=False)
    (finding,) = [d for d in again.findings if d.kind == "number"]
    assert finding.review_state == "resolved"
    assert not again.failed


def test_a_decision_is_found_again_by_values_between_the_same_documents(
    store: Path, embedder: Embedder
) -> None:
    with SQLiteStore(store) as db:
        outcome = check_new([DISAGREE], db, embedder=embedder, add=False)
    (finding,) = [d for d in outcome.findings if d.kind == "number"]
    # a decision whose exact fingerprint no longer matches (other claim wording), same values
    decided = review.record(_Memory(), finding.ref or "", "dismiss", reviewer="Ana",
                            report=outcome.report)  # fmt: skip
    moved = decided.model_copy(update={"fingerprint": "0" * 32})
    applied = review.apply(outcome.report, [moved])
    (same,) = [d for d in applied.discrepancies if d.ref == finding.ref]
    assert same.review_state == "dismissed"
    # values between other documents: not the same decision
    elsewhere = moved.model_copy(update={"document_ids": (("rv-other",), ("rv-third",))})
    applied = review.apply(outcome.report, [elsewhere])
    (same,) = [d for d in applied.discrepancies if d.ref == finding.ref]
    assert same.review_state is None
    assert render_check(outcome, "markdown")  # and the undecided outcome still renders


class _Memory:
    """A store that only keeps reviews (for library calls on a report)."""

    def __init__(self) -> None:
        self.rows: list[str] = []

    def add_review(self, ref: str, target: str, fingerprint: str, data: str, at: str) -> None:
        self.rows.append(data)

    def review_rows(self) -> list[str]:
        return self.rows


def test_refs_are_stable_across_runs_and_change_with_the_claims(
    store: Path, embedder: Embedder
) -> None:
    with SQLiteStore(store) as db:
        one = check_new([DISAGREE], db, embedder=embedder, add=False)
        two = check_new([DISAGREE], db, embedder=embedder, add=False)
    refs = [d.ref for d in one.findings]
    assert refs and refs == [d.ref for d in two.findings]
    other = {**DISAGREE, "text": DISAGREE["text"].replace("8 workers", "9 workers")}
    with SQLiteStore(store) as db:
        three = check_new([other], db, embedder=embedder, add=False)
    assert {d.ref for d in three.findings if d.kind == "number"}.isdisjoint(refs)


def test_a_version_2_store_is_migrated_with_its_claims_searchable(
    tmp_path: Path, embedder: Embedder
) -> None:
    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    for step in (1, 2):
        statements = _MIGRATIONS[step]
        assert isinstance(statements, str)
        for statement in statements.split(";"):
            if statement.strip():
                db.execute(statement)
    db.execute("INSERT INTO meta (key, value) VALUES ('schema_version', '2')")
    doc = FR_A
    db.execute(
        "INSERT INTO documents (id, sha256, text) VALUES (?, 'x', ?)", (doc["id"], doc["text"])
    )
    head = doc["text"][:20]
    claim = {"id": "old#1", "document_id": doc["id"], "start": 0, "end": 20, "text": head,
             "normalized": head, "sentence": 0, "lang": "fr"}  # fmt: skip
    db.execute(
        'INSERT INTO claims (id, document_id, start, "end", text_key, data) '
        "VALUES ('old#1', ?, 0, 20, 'k', ?)",
        (doc["id"], json.dumps(claim)),
    )
    db.close()
    with SQLiteStore(path) as store:
        assert store.search("Varennes") == [("old#1", doc["id"], doc["text"][:20])]
        assert review.decisions(store) == []
    migrated = sqlite3.connect(path)
    version = migrated.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
    assert version[0] == str(SCHEMA_VERSION) == "4"
    # no groundings recorded for the old claims: a check grounds their article again
    assert migrated.execute("SELECT COUNT(*) FROM groundings").fetchone()[0] == 0


def test_every_report_carries_refs(embedder: Embedder) -> None:
    report: Report = check([AGREE_A, DISAGREE], embedder=embedder)
    assert report.discrepancies and all(
        d.ref and d.ref.startswith("d-") for d in report.discrepancies
    )
    markdown, html = render(report, "markdown"), render(report, "html")
    for d in report.discrepancies:
        assert f"`{d.ref}`" in markdown and str(d.ref) in html


def test_a_ref_from_report_store_is_found_without_a_check(
    store: Path, tmp_path: Path, embedder: Embedder, capsys
) -> None:
    with SQLiteStore(store) as db:
        ingest([DISAGREE], db, embedder=embedder)  # stored, never checked: nothing noted
    out = tmp_path / "r.json"
    assert main(["report", "--store", str(store), "-f", "json", "-o", str(out), "-q"]) == 0
    (finding,) = [d for d in json.loads(out.read_text())["discrepancies"] if d["kind"] == "number"]
    assert main(["review", "confirm", finding["ref"], "--store", str(store), "--reviewer", "Ana",
                 "--note", "the brigade gave 15"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["report", "--store", str(store), "-q"]) == 0
    text = capsys.readouterr().out
    assert f"`{finding['ref']}` — **CONFIRMED** (confirmed by Ana" in text
    assert "## Review decisions" in text
