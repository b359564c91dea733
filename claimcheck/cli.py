"""command line -> library calls: `claimcheck report`, `claimcheck schema`. Thin by design.

Exit codes: 0 success; 1 unexpected internal error; 2 bad usage or bad input; 3 the embedder
failed; 4 the report could not be written; 130 interrupted. Every error is one line on
stderr, `claimcheck: error[CODE]: ...`, naming the file at fault; nothing is written on error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from claimcheck.errors import ClaimcheckError, OutputError

__all__ = ["main"]

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_INTERRUPTED = 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Cross-check news coverage claim by claim.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    report = sub.add_parser("report", help="check articles against each other and report")
    report.add_argument("paths", nargs="+", metavar="PATH", help="articles: files, folders, globs")
    report.add_argument(
        "-f", "--format", default="markdown", help="json or markdown (default: markdown)"
    )
    report.add_argument("-o", "--output", help="write the report here instead of stdout")
    report.add_argument(
        "--embedder",
        default="use",
        help="'use' (default, USE multilingual) or 'st:NAME_OR_PATH' (sentence-transformers)",
    )
    report.add_argument("--lang", choices=("fr", "en"), help="language of every article")
    report.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    sub.add_parser("schema", help="print the JSON Schema of the JSON report")
    return parser


def _write(text: str, output: str | None) -> None:
    """Write atomically: a complete file or none at all."""
    if output is None:
        sys.stdout.write(text)
        return
    target = Path(output)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent or Path("."), prefix=f".{target.name}.")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        if "tmp" in locals() and Path(tmp).exists():
            Path(tmp).unlink()
        raise OutputError(f"cannot write the report ({exc.strerror})", path=output) from None


def _progress_bar(quiet: bool):  # type: ignore[no-untyped-def]
    if quiet or not sys.stderr.isatty():
        return None, lambda: None
    from tqdm import tqdm

    bar = tqdm(total=0, unit="claim", desc="embedding", file=sys.stderr, leave=False)

    def update(stage: str, done: int, total: int | None) -> None:
        if total is not None and bar.total != total:
            bar.total = total
        bar.n = done
        bar.refresh()

    return update, bar.close


def _report(args: argparse.Namespace) -> int:
    from claimcheck.embed import get_embedder
    from claimcheck.pipeline import check
    from claimcheck.report import FORMATS, render
    from claimcheck.settings import Settings

    if args.format not in FORMATS:
        from claimcheck.errors import UsageError

        raise UsageError(f"unknown format {args.format!r}; expected one of {', '.join(FORMATS)}")
    embedder = get_embedder(args.embedder)
    update, close = _progress_bar(args.quiet)
    try:
        report = check(
            args.paths, embedder=embedder, settings=Settings(lang=args.lang), progress=update
        )
    finally:
        close()
    _write(render(report, args.format), args.output)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.version:
            from claimcheck import __version__

            print(f"claimcheck {__version__}")
            return EXIT_OK
        if args.command == "report":
            return _report(args)
        if args.command == "schema":
            from claimcheck.report import json_schema

            _write(json.dumps(json_schema(), indent=2) + "\n", None)
            return EXIT_OK
        parser.print_help(sys.stderr)
        return 2
    except ClaimcheckError as exc:
        where = f"{exc.path}: " if exc.path else ""
        print(f"claimcheck: error[{exc.code}]: {where}{exc.message}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
