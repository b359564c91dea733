"""claimcheck.evaluate: must_not_cluster and must_update, as the score-gold tool reads them."""

from __future__ import annotations

from typing import Any

from claimcheck.evaluate import score


def _claim(cid: str, doc: str, text: str) -> dict[str, Any]:
    return {"id": cid, "document_id": doc, "text": text, "status": "corroborated"}


REPORT: dict[str, Any] = {
    "claims": [
        _claim("a1", "a", "The bridge closed on Monday."),
        _claim("b1", "b", "Le pont a fermé lundi."),
        _claim("c1", "c", "The toll rose to 12 dead."),
        _claim("d1", "d", "The toll rose to 15 dead on Tuesday."),
    ],
    "clusters": [
        {"id": "k1", "claim_ids": ["a1", "b1"]},
        {"id": "k2", "claim_ids": ["c1", "d1"]},
    ],
    "discrepancies": [],
    "updates": [
        {
            "earlier": {"value": "12", "claim_ids": ["c1"]},
            "later": {"value": "15", "claim_ids": ["d1"]},
        }
    ],
}


def _check(cid: str, a: str, av: str, b: str, bv: str) -> dict[str, Any]:
    return {"id": cid, "a": [a], "a_value": av, "b": [b], "b_value": bv}


def test_must_not_cluster_and_must_update() -> None:
    gold = {
        "must_not_cluster": [
            _check("bridge-and-toll", "a", "bridge", "c", "toll"),  # apart: holds
            _check("bridge-twice", "a", "bridge", "b", "pont"),  # merged: violated
        ],
        "must_update": [
            _check("toll-12-15", "c", "12 dead", "d", "15 dead"),  # found
            _check("toll-15-12", "d", "15 dead", "c", "12 dead"),  # the wrong way round
        ],
    }
    result = score(REPORT, gold)
    assert result.not_merged == 2 and result.merged == 1
    assert result.must_update == 2 and result.updated == 1
    assert result.passed[("must_not_cluster", "bridge-and-toll")]
    assert not result.passed[("must_not_cluster", "bridge-twice")]
    assert result.passed[("must_update", "toll-12-15")]
    assert not result.passed[("must_update", "toll-15-12")]
    assert result.failures == (
        "wrongly merged bridge-twice (cluster k1)",
        "missed update toll-15-12",
    )
    assert result.summary().endswith(", wrongly merged 1/2, updates 1/2")


def test_sections_without_the_new_checks_read_as_before() -> None:
    result = score(REPORT, {"must_conflict": []})
    assert (result.not_merged, result.merged, result.must_update, result.updated) == (0, 0, 0, 0)
    assert "merged" not in result.summary() and "updates" not in result.summary()
