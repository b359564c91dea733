"""Bad input: each bad file is one warning line (file, problem, what to do) and the rest of
the run goes on; exit codes as documented (5: done, some inputs skipped; 2: nothing readable).

The command line runs in process (`claimcheck.cli.main`) with a hash-seeded stand-in for the
embedder: what is under test is reading and the error contract, not the vectors. One test runs
the same batch with the real model.
"""

from __future__ import annotations

import json
import os
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

import claimcheck.embed
from claimcheck.cli import main
from claimcheck.embed import Embedder
from claimcheck.errors import InputError
from claimcheck.models import Report
from claimcheck.pipeline import _claims
from claimcheck.read import MAX_ARTICLE_BYTES, html_article, read, read_file

BRIDGE_FR = (
    " date 2023-03-15\nLa passerelle de Valmont s'est effondrée mardi 14 mars dans la soirée. "
    "L'effondrement a fait 15 blessés selon la préfecture.\n"
)
BRIDGE_EN = (
    "Published March 15, 2023\n\nThe Valmont footbridge collapsed on Tuesday evening. "
    "The collapse injured 8 people, the prefecture said.\n"
)


class HashEmbedder:
    """Deterministic unit vectors from a text's hash: no model, same text same vector."""

    name = "hash-64"
    version = "1"

    def embed(self, texts: Sequence[str], *, progress: object = None) -> np.ndarray:
        rows = []
        for text in texts:
            seed = int.from_bytes(text.encode("utf-8")[:32].ljust(8, b"\0")[:8], "little")
            v = np.random.default_rng(seed + len(text)).standard_normal(64).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        return np.stack(rows) if rows else np.zeros((0, 64), dtype=np.float32)


@pytest.fixture
def fake_embedder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claimcheck.embed, "get_embedder", lambda spec="use": HashEmbedder())


def run(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[int, Report | None, list[str]]:
    """(exit code, the JSON report if one was printed, stderr lines)."""
    code = main([*args, "-f", "json", "-q"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    report = Report.model_validate_json(out) if out.strip() else None
    return code, report, err.strip().splitlines()


def warning_for(lines: list[str], path: Path | str, code: str = "E100") -> str:
    found = [line for line in lines if f"]: {path}" in line]
    assert len(found) == 1, (path, lines)
    assert found[0].startswith(f"claimcheck: warning[{code}]: ")
    return found[0]


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


# -- one batch with every kind of bad file: the good ones are all reported


def bad_batch(folder: Path) -> tuple[dict[str, Path], dict[str, str]]:
    """(good files by id, bad file -> expected words of its warning)."""
    good = {
        "fr": write(folder / "fr.txt", BRIDGE_FR),
        "en": write(folder / "en.md", BRIDGE_EN),
        "legacy": write(
            folder / "legacy.txt", "L'été, le café coûte 2 € : « très cher ».\n", "cp1252"
        ),
        "latin": write(folder / "latin.txt", "Le député a reçu 300 lettres à Noël.\n", "latin-1"),
        "bom": write(folder / "bom.txt", "\ufeff" + BRIDGE_FR),
        "crlf": write(folder / "crlf.txt", BRIDGE_FR.replace("\n", "\r\n")),
        "page": write(
            folder / "page.html",
            "<html><head><title>Pont</title><script>alert('x')</script></head><body>"
            "<p>La passerelle de Valmont s'est effondrée mardi.</p></body></html>",
        ),
        "one": write(folder / "one.txt", "Le pont de Valmont a cédé mardi soir."),
    }
    bad = {
        str(write(folder / "empty.txt", "")): "the article is empty; add its text",
        str(write(folder / "blank.md", "  \n\t\n \u00a0\n")): "the article is empty",
        str(folder / "image.txt"): "looks like a binary file",
        str(write(folder / "scripts.htm", "<script>var a = 1;</script><style>p{}</style>")): (
            "no text in the HTML page"
        ),
    }
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    return good, bad


def test_a_batch_of_bad_files_loses_only_the_bad_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_embedder: None
) -> None:
    good, bad = bad_batch(tmp_path / "in")
    empty_dir = tmp_path / "nothing-here"
    empty_dir.mkdir()
    missing = tmp_path / "absent.txt"
    code, report, lines = run(
        ["report", str(tmp_path / "in"), str(empty_dir), str(missing)], capsys
    )
    assert code == 5
    assert report is not None
    assert {d.id for d in report.documents} == set(good)
    for path, words in bad.items():
        assert words in warning_for(lines, path)
    assert "no article found" in warning_for(lines, empty_dir)
    assert "no such file or directory; check the path" in warning_for(lines, missing)
    assert len(lines) == len(bad) + 2  # one line per skipped input, nothing else
    # every claim of every good document indexes its original text exactly
    texts = {d.id: d.text for d in report.documents}
    for claim in report.claims:
        assert texts[claim.document_id][claim.start : claim.end] == claim.text
    assert {c.document_id for c in report.claims} == set(good)


@pytest.mark.model
def test_the_bad_batch_with_the_real_model(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    embedder: Embedder,
) -> None:
    monkeypatch.setattr(claimcheck.embed, "get_embedder", lambda spec="use": embedder)
    good, bad = bad_batch(tmp_path / "in")
    code, report, lines = run(["report", str(tmp_path / "in")], capsys)
    assert code == 5 and report is not None
    assert {d.id for d in report.documents} == set(good)
    assert len(lines) == len(bad)
    # the French and English bridge stories meet in one cluster
    fr_en = [c for c in report.clusters if {"fr", "en", "crlf", "bom"} & set(c.document_ids)]
    assert any({"fr", "en"} <= set(c.document_ids) for c in fr_en)


def test_nothing_readable_is_exit_2_with_one_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_embedder: None
) -> None:
    empty = write(tmp_path / "empty.txt", "")
    code, report, lines = run(["report", str(empty)], capsys)
    assert code == 2 and report is None
    errors = [line for line in lines if line.startswith("claimcheck: error[")]
    assert len(errors) == 1 and "no readable article" in errors[0]
    assert "the article is empty" in errors[0]


@pytest.mark.parametrize("what", ["empty folder", "missing path"])
def test_an_empty_folder_or_missing_path_alone_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_embedder: None, what: str
) -> None:
    target = tmp_path / "folder" if what == "empty folder" else tmp_path / "nope.txt"
    if what == "empty folder":
        target.mkdir()
    code, report, lines = run(["report", str(target)], capsys)
    assert code == 2 and report is None
    assert str(target) in lines[-1] and lines[-1].startswith("claimcheck: error[E100]")


# -- encodings and line endings


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_decoded_not_rejected(tmp_path: Path, encoding: str) -> None:
    text = "Le député a reçu 300 lettres à Noël ; « énorme », dit-il. Çà et là, 5 °C.\n"
    (doc,) = read([write(tmp_path / "old.txt", text, encoding)])
    assert doc.text == text


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "notepad.txt"
    path.write_bytes("\ufeffLe pont a cédé mardi.\r\n".encode("utf-16-le"))
    (doc,) = read([path])
    assert doc.text == "Le pont a cédé mardi.\r\n"


def test_bom_and_crlf_offsets_index_the_original_text(tmp_path: Path) -> None:
    text = BRIDGE_FR.replace("\n", "\r\n") + "Le maire\r\na annoncé une enquête.\r\n"
    (doc,) = read([write(tmp_path / "crlf.txt", "\ufeff" + text)])
    assert doc.text == text  # BOM dropped, CRLF kept
    assert doc.published == "2023-03-15"
    claims = _claims([doc.model_copy(update={"lang": "fr"})])
    assert len(claims) == 3
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
        assert not claim.text.startswith(("\r", "\n")) and not claim.text.endswith(("\r", "\n"))
        for slot in (*claim.times, *claim.quantities, *claim.entities):
            assert claim.start <= slot.start < slot.end <= claim.end
            assert "\r" not in doc.text[slot.start : slot.end]
    assert [q.value for c in claims for q in c.quantities] == [15.0]


# -- HTML


PAGE = """<!DOCTYPE html>
<html lang="fr"><head>
<meta charset="utf-8">
<title>Le pont de Valmont s&#39;effondre | Le Courrier</title>
<meta property="article:published_time" content="2023-03-15T08:30:00+01:00">
<link rel="canonical" href="https://courrier.example/pont">
<style>body { font: 12px serif } p::before { content: "CSS TEXT" }</style>
<script>document.write("<p>SCRIPT TEXT</p>"); var x = 1 < 2;</script>
</head><body>
<nav><ul><li><a href="/">Accueil</a></li></ul></nav>
<article><h1>Le pont de Valmont s&rsquo;effondre</h1>
<p>La passerelle de Valmont s'est effondrée <b>mardi</b> dans la soirée.<br>
L'effondrement a fait 15&nbsp;blessés selon la préfecture.</p>
<svg><title>SVG TITLE</title><text>SVG TEXT</text></svg>
<p>Le   maire a   annoncé
une enquête &amp; des contrôles.</p><noscript>NOSCRIPT TEXT</noscript>
<template><p>TEMPLATE TEXT</p></template>
</article></body></html>
"""


def test_html_article_text_title_date_and_url(tmp_path: Path) -> None:
    (doc,) = read([write(tmp_path / "pont.html", PAGE)])
    assert doc.id == "pont"
    assert doc.published == "2023-03-15"
    assert doc.title == "Le pont de Valmont s'effondre | Le Courrier"
    assert doc.url == "https://courrier.example/pont"
    assert doc.path == str(tmp_path / "pont.html")
    for hidden in ("CSS TEXT", "SCRIPT TEXT", "SVG", "NOSCRIPT", "TEMPLATE", "<", "&amp;"):
        assert hidden not in doc.text
    assert doc.text == (
        "Accueil\n\nLe pont de Valmont s’effondre\n\n"
        "La passerelle de Valmont s'est effondrée mardi dans la soirée.\n"
        "L'effondrement a fait 15\u00a0blessés selon la préfecture.\n\n"
        "Le maire a annoncé une enquête & des contrôles.\n"
    )
    claims = _claims([doc.model_copy(update={"lang": "fr"})])
    assert [c.text for c in claims][-2:] == [
        "L'effondrement a fait 15\u00a0blessés selon la préfecture.",
        "Le maire a annoncé une enquête & des contrôles.",
    ]
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text


@pytest.mark.parametrize(
    ("head", "published"),
    [
        ('<meta name="date" content="2021-02-03">', "2021-02-03"),
        ('<meta itemprop="datePublished" content="2020-06">', "2020-06"),
        ('<meta name="pubdate" content="2020-02-30">', None),  # not a real day: ignored
        ('<script type="application/ld+json">{"datePublished": "2019-11-05T10:00"}</script>',
         "2019-11-05"),
        ('<meta property="og:title" content="2020-01-01">', None),  # not a date field
        ("", None),
    ],
)  # fmt: skip
def test_html_publication_date_from_meta(head: str, published: str | None) -> None:
    _, meta = html_article(f"<html><head>{head}</head><body><p>Le pont.</p></body></html>")
    assert meta.get("published") == published


def test_html_without_meta_date_falls_back_on_the_byline(tmp_path: Path) -> None:
    page = "<body><p class=byline>Publié le 11 juin 2020</p><p>Le pont a cédé.</p></body>"
    (doc,) = read([write(tmp_path / "b.htm", page)])
    assert doc.published == "2020-06-11"


def test_broken_html_still_gives_its_text() -> None:
    text, _ = html_article("<p>Le pont <b>a cédé<p>Unclosed <i>tags & stray </div> ends</p")
    assert text == "Le pont a cédé\n\nUnclosed tags & stray\n\nends\n"


# -- size


def test_a_50_mb_article_is_refused_fast_without_being_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    chunk = ("Le pont de Valmont a cédé mardi soir. " * 26_000).encode()  # ~1 MB
    with path.open("wb") as handle:
        for _ in range(50):
            handle.write(chunk)
    assert path.stat().st_size > 49_000_000
    tracemalloc.start()
    started = time.process_time()
    try:
        with pytest.raises(InputError, match="larger than 20 MB") as info:
            read_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.process_time() - started < 1.0
    assert peak < 1_000_000  # the file was never loaded
    assert info.value.path == str(path)
    assert "split it" in info.value.message


def test_a_50_mb_jsonl_line_is_skipped_by_line_number_and_the_rest_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_embedder: None
) -> None:
    path = tmp_path / "feed.jsonl"
    with path.open("wb") as handle:
        handle.write(json.dumps({"id": "a", "text": BRIDGE_FR}).encode() + b"\n")
        handle.write(b'{"id": "huge", "text": "')
        for _ in range(50):
            handle.write(b"Le pont a c\\u00e9d\\u00e9. " * 40_000)  # ~1 MB a time
        handle.write(b'"}\n')
        handle.write(json.dumps({"id": "b", "text": BRIDGE_EN}).encode() + b"\n")
    assert path.stat().st_size > 49_000_000
    problems: list[InputError] = []
    tracemalloc.start()
    try:
        docs = read([path], on_error=problems.append)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [d.id for d in docs] == ["a", "b"]
    assert [p.path for p in problems] == [f"{path}:2"]
    assert peak < 2 * MAX_ARTICLE_BYTES + 5_000_000  # at most one capped line in memory
    code, report, lines = run(["report", str(path)], capsys)
    assert code == 5 and report is not None
    assert [d.id for d in report.documents] == ["a", "b"]
    assert "line longer than 20 MB" in warning_for(lines, f"{path}:2")


# -- small, odd and mixed articles


def test_a_single_sentence_and_no_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_embedder: None
) -> None:
    path = write(tmp_path / "one.txt", "Le pont de Valmont a cédé vendredi dernier.")
    code, report, lines = run(["report", str(path)], capsys)
    assert (code, lines) == (0, [])
    assert report is not None
    (doc,) = report.documents
    assert doc.published is None
    (claim,) = report.claims
    assert claim.status == "single-source"
    (when,) = claim.times
    assert when.weekday == 4 and when.earliest is None  # a Friday, but no date to anchor it


def test_mixed_languages_in_one_file(tmp_path: Path) -> None:
    text = (
        "Le pont de Valmont s'est effondré mardi soir, selon la préfecture.\n\n"
        "The mayor said 15 people were injured in the collapse on Tuesday.\n\n"
        "Le maire a annoncé une enquête administrative.\n"
    )
    (doc,) = read([write(tmp_path / "mixed.txt", text)])
    claims = _claims([doc.model_copy(update={"lang": "fr"})])
    assert len(claims) == 3
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
    assert [q.value for c in claims for q in c.quantities] == [15.0]


def test_malformed_and_unknown_jsonl_lines_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_embedder: None
) -> None:
    path = tmp_path / "feed.jsonl"
    lines_in = [
        json.dumps({"id": "a", "text": BRIDGE_FR, "likes": 3, "tags": ["x"], "nested": {"k": 1}}),
        '{"id": "broken", "text": "unterminated',
        "[1, 2, 3]",
        "",
        json.dumps({"id": "bad-date", "text": "Le pont.", "published": "2020-13-01"}),
        json.dumps({"text": "no id"}),
        "\x00\x01 binary junk \xff",
        json.dumps({"id": "b", "text": BRIDGE_EN, "lang": "en", "source": "Radio"}),
    ]
    path.write_text("\n".join(lines_in) + "\n", encoding="utf-8")
    code, report, lines = run(["report", str(path)], capsys)
    assert code == 5 and report is not None
    # a malformed date costs the field, not the article
    assert [d.id for d in report.documents] == ["a", "bad-date", "b"]
    assert report.documents[1].published is None and report.documents[1].text == "Le pont."
    assert report.documents[2].source == "Radio"
    assert "not valid JSON" in warning_for(lines, f"{path}:2")
    assert "expected a JSON object" in warning_for(lines, f"{path}:3")
    assert "'published'" in warning_for(lines, f"{path}:5", code="W100")
    assert "id" in warning_for(lines, f"{path}:6")
    assert "not valid JSON" in warning_for(lines, f"{path}:7")
    assert len(lines) == 5


def test_ingest_and_check_keep_the_skipped_input_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_embedder: None
) -> None:
    good = write(tmp_path / "in" / "pont.txt", BRIDGE_FR)
    empty = write(tmp_path / "in" / "vide.txt", "")
    store = tmp_path / "corpus.db"
    assert main(["ingest", str(tmp_path / "in"), "--store", str(store), "-q"]) == 5
    err = capsys.readouterr().err
    assert "added 1 article(s); the store holds 1" in err
    assert f"claimcheck: warning[E100]: {empty}: the article is empty" in err
    other = write(tmp_path / "new" / "radio.md", BRIDGE_EN)
    binary = tmp_path / "new" / "blob.txt"
    binary.write_bytes(os.urandom(4096))
    code = main(["check", str(other), str(binary), "--store", str(store), "--fail-on", "never"])
    assert code == 5
    err = capsys.readouterr().err
    assert f"{binary}: looks like a binary file" in err
    assert good.exists()
