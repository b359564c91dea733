"""The README stays honest: every command, option, format and exit code it must name, it names."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from claimcheck import cli
from claimcheck.report import FORMATS
from claimcheck.report.ci import CHECK_FORMATS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    parser = cli._parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_every_command_and_long_option_is_documented() -> None:
    for name, sub in _subparsers().items():
        assert f"claimcheck {name}" in README, name
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in README, f"{name} {option}"


def test_every_format_is_documented() -> None:
    for fmt in [*FORMATS, *CHECK_FORMATS]:
        assert re.search(rf"\b{fmt}\b", README), fmt


def test_exit_codes_match_the_cli() -> None:
    section = README[README.index("### Exit codes") :]
    for code in (
        cli.EXIT_OK,
        cli.EXIT_POLICY,
        cli.EXIT_SKIPPED,
        cli.EXIT_INTERNAL,
        cli.EXIT_INTERRUPTED,
    ):
        assert f"`{code}`" in section, code
    from claimcheck.errors import EmbedderError, InputError, OutputError, UsageError

    for error in (InputError, UsageError, EmbedderError, OutputError):
        assert f"`{error.exit_code}`" in section, error.__name__


def test_the_two_setup_commands_are_in_the_readme_and_ci_runs_the_second() -> None:
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(line for line in ci.splitlines() if "pytest" in line)
    assert test_command in README
    assert "claimcheck report seeds/" in README
