"""The command line: claimcheck.cli.main in process, and one run of the installed script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from claimcheck.cli import main
from claimcheck.models import Report
from claimcheck.report import json_schema

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "pont-courrier.txt": " date 2023-03-15\nLa passerelle de Valmont s'est effondrée mardi 14 mars "
    "dans la soirée. L'effondrement a fait 15 blessés selon la préfecture.\n",
    "pont-radio.txt": " date 2023-03-14\nLa passerelle de Valmont s'est effondrée lundi dans la "
    "soirée. L'effondrement a fait 8 blessés selon la préfecture.\n",
}


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("claimcheck: error[")
    return lines[0]


@pytest.mark.model
def test_report_json_to_stdout(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(articles), "--format", "json", "-q"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    jsonschema.Draft202012Validator(json_schema()).validate(data)
    report = Report.model_validate(data)
    assert {d.id for d in report.documents} == {"pont-courrier", "pont-radio"}
    assert {d.kind for d in report.discrepancies} >= {"date"}
    # the injured count published a day later revises the first one: an update
    assert [(u.kind, u.earlier.value, u.later.value) for u in report.updates] == [
        ("number", "8 blessés", "15 blessés")
    ]


@pytest.mark.model
def test_report_markdown_to_file(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.md"
    assert main(["report", str(articles), "-o", str(target), "-q"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# claimcheck report")
    assert "pont-courrier" in text and "pont-radio" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "report.md"]  # no temp left


def test_missing_path_is_one_error_line_and_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "absent.txt"
    target = tmp_path / "out.json"
    code = main(["report", str(missing), "-f", "json", "-o", str(target), "-q"])
    assert code == 2
    captured = capsys.readouterr()
    line = one_error_line(captured.err)
    assert str(missing) in line
    assert captured.out == ""
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_unknown_format(articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.xml"
    assert main(["report", str(articles), "--format", "xml", "-o", str(target)]) == 2
    line = one_error_line(capsys.readouterr().err)
    assert "error[E200]" in line and "'xml'" in line
    assert not target.exists()


def test_unknown_embedder(articles: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(articles), "--embedder", "word2vec", "-q"]) == 2
    assert "unknown embedder" in one_error_line(capsys.readouterr().err)


def test_schema_prints_valid_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema == json_schema()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import claimcheck

    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"claimcheck {claimcheck.__version__}\n"


def test_no_command_prints_help_and_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage: claimcheck" in capsys.readouterr().err


def test_bad_option_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["report", "--lang", "de", "x.txt"])
    assert info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.model
def test_installed_script(articles: Path, tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("claimcheck")
    assert script.is_file(), f"{script} is not installed: run `pip install -e .`"
    # the repository on the path: the environment's editable install may predate the package
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    env.setdefault("HF_HUB_OFFLINE", "1")
    target = tmp_path / "report.json"
    done = subprocess.run(
        [str(script), "report", str(articles), "-f", "json", "-o", str(target), "-q"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    report = Report.model_validate_json(target.read_text(encoding="utf-8"))
    assert len(report.documents) == 2
    missing = subprocess.run(
        [str(script), "report", str(tmp_path / "nope.txt")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert missing.returncode == 2
    assert "nope.txt" in one_error_line(missing.stderr)


def test_score_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = {
        "claims": [
            {"id": "a#1", "document_id": "a", "text": "mardi 14 mars", "status": "conflicting"},
            {"id": "b#1", "document_id": "b", "text": "lundi", "status": "conflicting"},
        ],
        "clusters": [{"id": "c1", "claim_ids": ["a#1", "b#1"]}],
        "discrepancies": [
            {
                "kind": "date",
                "sides": [
                    {"value": "Tuesday", "claim_ids": ["a#1"]},
                    {"value": "Monday", "claim_ids": ["b#1"]},
                ],
            }
        ],
    }
    check = {"id": "day", "a": ["a"], "a_value": "mardi", "b": ["b"], "b_value": "lundi"}
    gold = {"event": {"must_conflict": [check]}, "other": {"must_not_conflict": [check]}}
    (tmp_path / "r.json").write_text(json.dumps(report))
    (tmp_path / "g.json").write_text(json.dumps(gold))
    r, g = str(tmp_path / "r.json"), str(tmp_path / "g.json")
    assert main(["score", r, g, "event"]) == 0
    assert "conflicts caught 1/1, false conflicts 0" in capsys.readouterr().out
    assert main(["score", r, g, "other"]) == 1
    assert "false conflict day" in capsys.readouterr().out
    assert main(["score", r, g, "missing"]) == 2
    assert "no section 'missing'" in capsys.readouterr().err
    (tmp_path / "bad.json").write_text("{not json")
    assert main(["score", str(tmp_path / "bad.json"), g]) == 2
    assert "not valid JSON" in capsys.readouterr().err
