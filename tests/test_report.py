"""report: the JSON contract (schema, round trip, version) and the Markdown a person reads."""

from __future__ import annotations

import json

import jsonschema
import pytest

from claimcheck.errors import UsageError
from claimcheck.models import SCHEMA_VERSION, Report
from claimcheck.report import FORMATS, json_schema, render


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    schema = json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert {"schema_version", "documents", "claims", "clusters", "discrepancies"} <= set(
        schema["properties"]
    )


@pytest.mark.model
def test_json_report_validates_and_round_trips(seeds_report: Report) -> None:
    text = render(seeds_report, "json")
    data = json.loads(text)
    jsonschema.Draft202012Validator(json_schema()).validate(data)
    assert data["schema_version"] == SCHEMA_VERSION
    assert Report.model_validate_json(text) == seeds_report


@pytest.mark.model
def test_every_fixture_report_validates(fixture_reports: dict[str, Report]) -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    for report in fixture_reports.values():
        validator.validate(json.loads(render(report, "json")))


def test_schema_rejects_a_broken_report() -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    assert not validator.is_valid({"schema_version": "1.0"})


@pytest.mark.model
def test_report_references_are_consistent(seeds_report: Report) -> None:
    claims = {c.id: c for c in seeds_report.claims}
    documents = {d.id for d in seeds_report.documents}
    assert len(claims) == len(seeds_report.claims)
    texts = {d.id: d.text for d in seeds_report.documents}
    for claim in seeds_report.claims:
        assert claim.document_id in documents
        assert texts[claim.document_id][claim.start : claim.end] == claim.text
    in_clusters = [cid for cl in seeds_report.clusters for cid in cl.claim_ids]
    # every claim in exactly one cluster; non-claims (headings, bylines...) in none
    assert sorted(in_clusters) == sorted(c.id for c in claims.values() if c.kind == "claim")
    clusters = {cl.id for cl in seeds_report.clusters}
    assert all(claims[cid].cluster_id in clusters for cid in in_clusters)
    stories = {s.id for s in seeds_report.stories}
    assert {cl.story_id for cl in seeds_report.clusters} <= stories
    for d in seeds_report.discrepancies:
        assert d.cluster_id in clusters
        for side in d.sides:
            assert set(side.claim_ids) <= set(claims)
            assert set(side.document_ids) <= documents


@pytest.mark.model
def test_markdown_names_sources_and_each_discrepancy(seeds_report: Report) -> None:
    text = render(seeds_report, "markdown")
    assert text.startswith("# claimcheck report")
    for doc in seeds_report.documents:
        assert doc.id.replace("_", "\\_") in text
    assert "## Discrepancies" in text
    squashed = " ".join(text.split())
    for d in seeds_report.discrepancies:
        assert f"### {d.kind}:" in text
        for side in d.sides:
            value = " ".join(side.value.split())
            escaped = "".join("\\" + ch if ch in "\\`*_[]<>|#" else ch for ch in value)
            assert escaped in squashed, (d.id, side.value)


@pytest.mark.model
def test_markdown_of_each_fixture(fixture_reports: dict[str, Report]) -> None:
    for report in fixture_reports.values():
        text = render(report, "markdown")
        assert text.count("### ") >= len(report.discrepancies)
        assert f"{len(report.documents)} documents, {len(report.claims)} claims" in text


def test_unknown_format_is_a_usage_error() -> None:
    report = Report.model_validate(
        {
            "generator": {"name": "claimcheck", "version": "0"},
            "embedder": {"name": "none", "version": "0"},
            "settings": {},
            "documents": [],
            "claims": [],
            "clusters": [],
            "discrepancies": [],
        }
    )
    with pytest.raises(UsageError, match="unknown format 'xml'") as info:
        render(report, "xml")
    assert info.value.exit_code == 2
    assert {"json", "markdown"} <= set(FORMATS)
    empty = render(report, "markdown")
    assert "0 documents, 0 claims" in empty
    jsonschema.Draft202012Validator(json_schema()).validate(json.loads(render(report, "json")))
