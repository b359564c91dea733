"""command line -> library calls: report, ingest, check, score, schema. Thin by design.

Exit codes: 0 success; 1 `check` found what `--fail-on` names, or `score` found a failed
gold check; 2 bad usage or bad input
(nothing readable); 3 the embedder failed; 4 the report or the store could not be written;
5 done, but some inputs were skipped (each named in a warning; a `W` warning, a field left
unknown or a language read neutrally, skips nothing); 70 an internal error (a bug:
please report it); 130 interrupted. Every error is one line on stderr,
`claimcheck: error[CODE]: ...`, naming the file at fault; a skipped input is one line
`claimcheck: warning[CODE]: ...`; nothing is written on error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimcheck.errors import ClaimcheckError, OutputError
from claimcheck.lang import available

__all__ = ["main"]

EXIT_OK = 0
EXIT_POLICY = 1
EXIT_SKIPPED = 5
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimcheck",
        description="Cross-check news coverage claim by claim.",
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def common(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument(
            "--embedder",
            default="use",
            help="'use' (default, USE multilingual) or 'st:NAME_OR_PATH' (sentence-transformers)",
        )
        cmd.add_argument(
            "--lang",
            choices=available(),
            help="language of every article (otherwise declared or guessed per article)",
        )
        cmd.add_argument("-q", "--quiet", action="store_true", help="no progress bar")

    def engine(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument(
            "--engine",
            default="local",
            choices=("local", "dask"),
            help="where reading, grounding and embedding run: here (default) or on Dask",
        )
        cmd.add_argument("--cluster", help="Dask scheduler address (tcp://HOST:PORT)")

    report = sub.add_parser("report", help="check articles against each other and report")
    report.add_argument("paths", nargs="*", metavar="PATH", help="articles: files, folders, globs")
    report.add_argument(
        "-f", "--format", default="markdown", help="markdown (default), json, html or csv"
    )
    report.add_argument("-o", "--output", help="write the report here instead of stdout")
    report.add_argument("--store", help="also report on the articles stored in this database")
    common(report)
    engine(report)

    ingest = sub.add_parser("ingest", help="add articles to a store (idempotent)")
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="articles: files, folders, globs")
    ingest.add_argument("--store", required=True, help="SQLite database (created if missing)")
    common(ingest)
    engine(ingest)

    gate = sub.add_parser("check", help="check new articles against a store; exit 1 on policy")
    gate.add_argument("paths", nargs="+", metavar="PATH", help="the new articles")
    gate.add_argument("--store", required=True, help="SQLite database of known articles")
    gate.add_argument(
        "--fail-on",
        default="conflicting",
        choices=("conflicting", "single-source", "never"),
        help="exit 1 when a new claim is conflicting (default), also single-source, or never",
    )
    gate.add_argument("--no-add", action="store_true", help="do not add the new articles")
    gate.add_argument(
        "--scope",
        default="corpus",
        choices=("corpus", "story"),
        help="what to align, compare and judge: every article read (corpus, default) or "
        "only the new articles' stories (story: faster, as in `serve`)",
    )
    gate.add_argument(
        "-f", "--format", default="markdown", help="markdown (default), json, github or junit"
    )
    gate.add_argument("-o", "--output", help="write the result here instead of stdout")
    common(gate)

    sub.add_parser("schema", help="print the JSON Schema of the JSON report")

    scoring = sub.add_parser("score", help="score a JSON report against gold checks")
    scoring.add_argument("report", metavar="REPORT.json", help="a report from --format json")
    scoring.add_argument("gold", metavar="GOLD.json", help="gold checks (fixtures/gold.json)")
    scoring.add_argument("section", nargs="?", help="the section of GOLD.json to use")
    _review_parser(sub)

    serve = sub.add_parser("serve", help="a local web application and JSON API on a store")
    serve.add_argument("--store", required=True, help="SQLite database (created if missing)")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.add_argument(
        "--token",
        default=os.environ.get("CLAIMCHECK_TOKEN") or None,
        help="required to bind another address: API callers send it as a Bearer token "
        "(default: $CLAIMCHECK_TOKEN, which keeps it out of the process list)",
    )
    serve.add_argument(
        "--embedder", default="use", help="'use' (default) or 'st:NAME_OR_PATH', loaded once"
    )
    serve.add_argument(
        "--scope",
        default="story",
        choices=("story", "corpus"),
        help="what a check aligns, compares and judges: the checked articles' stories "
        "(story, default: faster) or every article read (corpus)",
    )
    return parser


def _review_parser(sub: Any) -> None:
    """`claimcheck review list|confirm|dismiss|mark-wrong|retract|undo`."""
    review = sub.add_parser("review", help="record and list review decisions in a store")
    actions = review.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the decisions in force")
    listing.add_argument("--store", required=True, help="SQLite database")
    listing.add_argument("-f", "--format", default="markdown", choices=("markdown", "json"))
    helps = {
        "confirm": "confirm a discrepancy (DISCREPANCY_REF: d-xxxxxxxx from a report)",
        "dismiss": "dismiss a discrepancy: it fails no `check` again",
        "mark-wrong": "mark a claim wrong (CLAIM_REF: its id or k-xxxxxxxx): it corroborates "
        "nothing",
        "retract": "mark a claim retracted by its outlet",
    }
    for name, text in helps.items():
        cmd = actions.add_parser(name, help=text)
        cmd.add_argument("ref", metavar="REF", help="DISCREPANCY_REF or CLAIM_REF")
        cmd.add_argument("--store", required=True, help="SQLite database")
        cmd.add_argument("--reviewer", required=True, help="who decides (a name)")
        cmd.add_argument("--note", default="", help="why, in a sentence")
        cmd.add_argument("--embedder", default="use", help="to find REF in a fresh report")
    undo = actions.add_parser("undo", help="delete the decisions on REF")
    undo.add_argument("ref", metavar="REF")
    undo.add_argument("--store", required=True, help="SQLite database")


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


def _open_store(path: str | None, *, create: bool):  # type: ignore[no-untyped-def]
    from claimcheck.store import SQLiteStore

    return SQLiteStore(path, create=create) if path else None


def _report(args: argparse.Namespace) -> int:
    from claimcheck.embed import get_embedder
    from claimcheck.errors import UsageError
    from claimcheck.pipeline import check
    from claimcheck.report import FORMATS, render
    from claimcheck.settings import Settings

    if args.format not in FORMATS:
        raise UsageError(f"unknown format {args.format!r}; expected one of {', '.join(FORMATS)}")
    if not args.paths and not args.store:
        raise UsageError("give articles to report on, or --store DB")
    store = _open_store(args.store, create=False)
    embedder = get_embedder(args.embedder)
    update, close = _progress_bar(args.quiet)
    runner = _engine(args)
    try:
        report = check(
            args.paths, embedder=embedder, settings=Settings(lang=args.lang), store=store,
            progress=update, engine=runner,
        )  # fmt: skip
    finally:
        close()
        if runner is not None:
            runner.close()
        if store is not None:
            store.close()
    _write(render(report, args.format), args.output)
    return _warn(report.warnings)


def _warn(warnings: Sequence[str], *, otherwise: int = EXIT_OK) -> int:
    """Print one line per warning; the exit code says whether an input was skipped.

    `[E...]` warnings name skipped inputs (exit 5); `[W...]` ones name what was read with
    less (a metadata field left unknown, a language read neutrally) and change no exit code.
    """
    for warning in warnings:
        code, _, message = warning.partition("] ")
        print(f"claimcheck: warning{code}]: {message}", file=sys.stderr)
    skipped = any(not w.startswith("[W") for w in warnings)
    return EXIT_SKIPPED if skipped and otherwise == EXIT_OK else otherwise


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The engine `--engine` names; None for "local", so that the library picks its own
    (one that reuses a store's claims)."""
    from claimcheck.engine import get_engine

    if args.engine == "local" and not args.cluster:
        return None
    return get_engine(args.engine, cluster=args.cluster, embedder=args.embedder)


def _ingest(args: argparse.Namespace) -> int:
    from claimcheck.embed import get_embedder
    from claimcheck.pipeline import ingest
    from claimcheck.settings import Settings

    embedder = get_embedder(args.embedder)
    update, close = _progress_bar(args.quiet)
    warnings: list[str] = []
    runner = _engine(args)
    with _open_store(args.store, create=True) as store:
        try:
            added = ingest(
                args.paths, store, embedder=embedder, settings=Settings(lang=args.lang),
                progress=update, warnings=warnings, engine=runner,
            )  # fmt: skip
        finally:
            close()
            if runner is not None:
                runner.close()
        total = len(store.documents())
    print(f"added {len(added)} article(s); the store holds {total}", file=sys.stderr)
    return _warn(warnings)


def _check(args: argparse.Namespace) -> int:
    from claimcheck.embed import get_embedder
    from claimcheck.errors import UsageError
    from claimcheck.pipeline import check_new
    from claimcheck.report.ci import CHECK_FORMATS, render_check
    from claimcheck.settings import Settings

    if args.format not in CHECK_FORMATS:
        raise UsageError(
            f"unknown format {args.format!r}; expected one of {', '.join(CHECK_FORMATS)}"
        )
    embedder = get_embedder(args.embedder)
    update, close = _progress_bar(args.quiet)
    with _open_store(args.store, create=True) as store:
        try:
            outcome = check_new(
                args.paths, store, fail_on=args.fail_on, add=not args.no_add,
                embedder=embedder, settings=Settings(lang=args.lang), progress=update,
                scope=args.scope,
            )  # fmt: skip
        finally:
            close()
    _write(render_check(outcome, args.format), args.output)
    return _warn(outcome.report.warnings, otherwise=EXIT_POLICY if outcome.failed else EXIT_OK)


def _load_json(path: str) -> Any:
    from claimcheck.errors import InputError

    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror})", path=path) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg}, line {exc.lineno})", path=path) from None


def _score(args: argparse.Namespace) -> int:
    from claimcheck.errors import InputError
    from claimcheck.evaluate import score

    report, gold = _load_json(args.report), _load_json(args.gold)
    if args.section is not None:
        if not isinstance(gold, dict) or args.section not in gold:
            raise InputError(f"no section {args.section!r} in the gold file", path=args.gold)
        gold = gold[args.section]
    if not isinstance(report, dict) or "claims" not in report:
        raise InputError("not a claimcheck JSON report (no 'claims')", path=args.report)
    result = score(report, gold)
    for failure in result.failures:
        print(failure)
    print(result.summary())
    return EXIT_OK if not result.failures else EXIT_POLICY


def _review(args: argparse.Namespace) -> int:
    from claimcheck import review

    store = _open_store(args.store, create=False)
    with store:
        if args.action == "list":
            decided = review.decisions(store)
            if args.format == "json":
                _write(json.dumps([r.model_dump() for r in decided], indent=2) + "\n", None)
            else:
                lines = [
                    f"- `{r.ref}` {r.action} by {r.reviewer}, {r.at}: {r.summary}"
                    + (f" — {r.note}" if r.note else "")
                    for r in decided
                ]
                _write("\n".join(lines or ["No review decision in this store."]) + "\n", None)
            return EXIT_OK
        if args.action == "undo":
            removed = review.undo(store, args.ref)
            print(f"removed {removed} decision(s) on {args.ref}", file=sys.stderr)
            return EXIT_OK
        from claimcheck.embed import get_embedder

        action = {"mark-wrong": "wrong"}.get(args.action, args.action)
        decided_one = review.record_in_store(
            store, args.ref, action, reviewer=args.reviewer, note=args.note,
            embedder=get_embedder(args.embedder) if args.ref.startswith("d-") else None,
        )  # fmt: skip
    print(f"{decided_one.ref}: {args.action} by {decided_one.reviewer}", file=sys.stderr)
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from claimcheck.errors import UsageError
    from claimcheck.serve import is_loopback

    if not is_loopback(args.host) and not args.token:
        raise UsageError(
            f"--host {args.host} is not a loopback address: give --token T so that only "
            "callers holding it can use the service (or bind 127.0.0.1)"
        )
    from claimcheck.embed import get_embedder
    from claimcheck.serve import run

    run(args.store, host=args.host, port=args.port, token=args.token,
        embedder=get_embedder(args.embedder), scope=args.scope)  # fmt: skip
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
        commands = {
            "report": _report,
            "ingest": _ingest,
            "check": _check,
            "score": _score,
            "review": _review,
            "serve": _serve,
        }
        if args.command in commands:
            return commands[args.command](args)
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
    except Exception as exc:  # a bug: one line, not a traceback; CLAIMCHECK_DEBUG=1 re-raises
        if os.environ.get("CLAIMCHECK_DEBUG"):
            raise
        print(
            f"claimcheck: internal error: {type(exc).__name__}: {exc} "
            "(set CLAIMCHECK_DEBUG=1 for the traceback, and please report it)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
