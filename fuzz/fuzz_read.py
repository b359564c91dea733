"""Fuzz the reader: any bytes, as a .txt, .md, .html or .jsonl file, read without a crash.

    python fuzz/fuzz_read.py --runs 5000          # a hypothesis loop, no atheris needed
    python fuzz/fuzz_read.py -max_total_time=600  # coverage-guided, with atheris installed

A bad file may only ever raise `InputError` (which the CLI turns into one warning line); every
Document read must hold what the models promise.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _driver import run

from claimcheck.errors import InputError
from claimcheck.read import html_article, read_file

SUFFIXES = (".txt", ".md", ".html", ".jsonl")
_FOLDER = Path(tempfile.mkdtemp(prefix="fuzz-read-"))


def check(data: bytes) -> None:
    suffix = SUFFIXES[data[0] % len(SUFFIXES)] if data else ".txt"
    path = _FOLDER / f"article{suffix}"
    path.write_bytes(data[1:])
    problems: list[InputError] = []
    try:
        docs = read_file(path, on_error=problems.append)
    except InputError as exc:
        assert exc.path and exc.path.startswith(str(path)), exc.path
        assert "\n" not in exc.message, exc.message  # one line
        return
    for problem in problems:
        assert problem.path and problem.path.startswith(f"{path}:"), problem.path
        assert "\n" not in problem.message
    for doc in docs:
        assert doc.id and doc.text.strip()
        assert doc.path == str(path)
    if suffix == ".html":
        text, meta = html_article(data[1:].decode("utf-8", "replace"))
        assert "<script" not in text.lower() or "&lt;" not in text  # markup never re-escaped
        assert set(meta) <= {"title", "published", "url"}


SEEDS = st.sampled_from(
    [
        b"\x00 date 2020-06\nLe pont a c\xc3\xa9d\xc3\xa9 mardi.",
        b"\x01Publi\xe9 le 11 juin 2020\n\nLe caf\xe9 co\xfbte 2 \x80.",
        b'\x03{"id": "a", "text": "x"}\n{"id": 1}\n[\n{"id": "b", "text": "y", "z": 1}',
        b"\x02<html><head><meta name=date content=2021-02-03><title>T</title></head>"
        b"<body><script>x</script><p>Le pont<br>a c\xc3\xa9d\xc3\xa9.</p><svg><p>",
        b"\x00\xef\xbb\xbfLe pont.\r\nIl a c\xc3\xa9d\xc3\xa9.\r\n",
        b"\x00\xff\xfeL\x00e\x00 \x00p\x00o\x00n\x00t\x00",
    ]
)

if __name__ == "__main__":
    run(check, SEEDS)
