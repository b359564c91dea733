"""Runs a fuzz target under atheris (coverage-guided) or, without it, as a hypothesis loop."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

Target = Callable[[bytes], None]


def run(target: Target, seeds: st.SearchStrategy[bytes], argv: list[str] | None = None) -> None:
    """`--runs N`: N hypothesis examples (no atheris needed); otherwise atheris, with its flags."""
    argv = list(sys.argv if argv is None else argv)
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--runs", type=int)
    known, rest = parser.parse_known_args(argv[1:])
    try:
        import atheris
    except ImportError:
        atheris = None
    if known.runs is not None or atheris is None:
        runs = known.runs or 10_000

        @settings(
            max_examples=runs,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(st.one_of(seeds, st.binary(max_size=2048)))
        def loop(data: bytes) -> None:
            target(data)

        loop()
        print(f"{runs} inputs, no failure")
        return
    atheris.instrument_all()
    atheris.Setup([argv[0], *rest], target)
    atheris.Fuzz()
