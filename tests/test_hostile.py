"""Hostile text: pathological runs for every regular expression, markup and link tricks in the
reports, spreadsheet formulas, control characters and bidi overrides.

Before these tests, a run of 20 000 dots took 12 s in the sentence splitter, a long word 5 s in
the ligature repair, a sentence with a thousand quotes 10 s in the speaker search, a grouped
number of 100 000 characters 12 s; each now takes well under a second (see the comments at
`segment._END`, `clean._DAMAGED`, `ground.quote.speaker`, `ground.quantity._digits`).
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import pkgutil
import re
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

import claimcheck
import claimcheck.embed
from claimcheck import clean
from claimcheck.cli import main
from claimcheck.embed import Embedder
from claimcheck.ground import entity, nounphrases, quote
from claimcheck.ground.time_grammar import grammar as time_grammar
from claimcheck.lang import available, get_profile
from claimcheck.models import Claim, Document, Report
from claimcheck.pipeline import _claims
from claimcheck.report.markdown import to_markdown

#: Generous: every case below takes well under a second of CPU on one core; a pathological
#: pattern took 5-12 s. Measured as this process's CPU time, which other work on a shared
#: machine does not inflate (wall time under load did, several-fold).
BOUND_S = 5.0


def run_of(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


# -- every regular expression, alone, on hostile runs


def _patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern of the package: module constants and the per-language ones."""
    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(claimcheck.__path__, "claimcheck."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found[f"{info.name}.{name}"] = value
    for code in available():
        profile = get_profile(code)
        found[f"clean._boilerplate[{code}]"] = clean._boilerplate(profile)
        for name, built in (
            ("_phrase_pattern", nounphrases._phrase_pattern(profile)),
            ("_impersonal", nounphrases._impersonal(profile)),
        ):
            if built is not None:
                found[f"nounphrases.{name}[{code}]"] = built
        found[f"quote.attribution[{code}]"] = quote.attribution(profile)
        alias = entity._alias_pattern(profile)
        if alias is not None:
            found[f"entity._alias_pattern[{code}]"] = alias
        grammar = time_grammar(profile.time)
        for name, pattern in grammar.patterns:
            found[f"time.{name}[{code}]"] = pattern
        found[f"time.connector[{code}]"] = grammar.connector
        found[f"time.prefix_before[{code}]"] = grammar.prefix_before
        found[f"time.count_tail[{code}]"] = grammar.count_tail
        found[f"time.weekend_lead[{code}]"] = grammar.weekend_lead
    return found


PATTERNS = _patterns()

RUNS = {
    "digits": "1",
    "digits and spaces": "1 ",
    "grouped digits": "123 ",
    "spaces": " ",
    "tabs and spaces": " \t",
    "NBSP": "\u00a0",
    "newlines": "\n",
    "guillemets": "« ",
    "straight quotes": '"',
    "curly quotes": "“”",
    "dots": ".",
    "dots and spaces": ". ",
    "commas": ",",
    "apostrophes": "'",
    "elisions": "l'a",
    "capitals": "A",
    "capitals and spaces": "A ",
    "capitalised words": "Abc ",
    "U+FFFD": "\ufffd",
    "letters and U+FFFD": "a\ufffd",
    "hyphens": "-",
    "hyphenated": "a-",
    "slashes": "1/",
    "weekdays": "lundi ",
    "junk": "1.« A'\u00a0,\ufffd-“ ”; »…a ",
}


def test_the_pattern_census_is_complete() -> None:
    assert len(PATTERNS) >= 60  # module constants plus the per-language ones
    assert {"claimcheck.segment._END", "claimcheck.clean._DAMAGED"} <= set(PATTERNS)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_regex_backtracks_on_hostile_runs(name: str) -> None:
    pattern = PATTERNS[name]
    for label, unit in RUNS.items():
        text = run_of(unit, 20_000) + "x"  # a run, then something that ends no match
        started = time.process_time()
        for _ in pattern.finditer(text):
            pass
        elapsed = time.process_time() - started
        assert elapsed < 1.0, f"{name} on {label}: {elapsed:.2f} s"


# -- the whole clean / segment / ground path


CASES = {
    "digits": run_of("1", 30_000),
    "digits and spaces": run_of("1 ", 30_000),
    "digits and commas": run_of("1,", 30_000),
    "grouped digits": run_of("123 456 ", 100_000),
    "spaces after a full stop": "Le pont a cédé. " + run_of(" ", 100_000) + "x",
    "NBSP after a full stop": "Le pont a cédé." + run_of("\u00a0", 100_000) + "x",
    "guillemets": run_of("« ", 30_000),
    "straight quotes": run_of('"', 30_000),
    "curly quotes": run_of("“", 30_000),
    "quoted words": run_of("« mot mot » ", 30_000),
    "quotes and speakers": run_of("“a b” dit Jean. ", 100_000),
    "dots": run_of(".", 100_000),
    "ellipses": run_of("…", 100_000),
    "dots and capitals": run_of(". A", 30_000),
    "commas": run_of(",", 30_000),
    "clauses": run_of("mot mot mot mot, mais ", 100_000),
    "semicolons": run_of("mot mot mot mot; ", 100_000),
    "apostrophes": run_of("'", 30_000),
    "elisions": run_of("d’A l'a ", 30_000),
    "capitals": run_of("A", 100_000),
    "capitals and spaces": run_of("A ", 100_000),
    "names and commas": run_of("Paris, ", 100_000),
    "names and full stops": run_of("Jean Dupont dit. ", 30_000),
    "U+FFFD": run_of("\ufffd", 30_000),
    "damaged words": run_of("a\ufffd ", 30_000),
    "hyphens": run_of("-", 30_000),
    "hyphenated line ends": run_of("mot-\nmot ", 30_000),
    "CRLF lines": run_of("mot mot.\r\n", 30_000),
    "junk": run_of("1.« A'\u00a0,\ufffd-“ ”; »…a ", 30_000),
    "dates": run_of("le 3 mars 2020, ", 30_000),
    "amounts": run_of("4,4 milliards de dollars ", 30_000),
    "one long word": run_of("abcdefghij", 100_000),
}


def assert_offsets_intact(doc: Document, claims: Sequence[Claim]) -> None:
    previous_end = 0
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
        assert claim.start >= previous_end  # in order, never overlapping
        previous_end = claim.end
        for slot in (*claim.times, *claim.quantities, *claim.entities, *claim.quotes):
            assert 0 <= slot.start <= slot.end <= len(doc.text)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_the_whole_path_finishes_on_hostile_text(case: str, lang: str) -> None:
    text = CASES[case][:30_000] if lang == "en" else CASES[case]  # the long runs in French
    doc = Document(id="hostile", text=text, lang=lang)
    started = time.process_time()
    claims = _claims([doc])
    elapsed = time.process_time() - started
    assert elapsed < BOUND_S, f"{case} ({lang}, {len(text)} chars): {elapsed:.1f} s"
    assert_offsets_intact(doc, claims)


# -- control characters, bidi overrides, markup in article text


HOSTILE_ARTICLE = (
    "La passerelle de Valmont s'est effondrée mardi\u202e soir, a dit le maire.\x1b[2J\n"
    "Le bilan fait état de 15 blessés\u2066 selon\u200f la préfecture\x07.\x1b]0;pwned\x07\n"
    "<script>alert('xss')</script> Le maire a annoncé une enquête [ici](javascript:alert(1)).\n"
    "![pixel](https://evil.example/track.png) <img src=x onerror=alert(2)> | # titre `code`\n"
    "Selon l'AFP, \u0000le préfet\u00ad a démissionné\ufeff jeudi\u200b dernier.\n"
)


def test_control_characters_and_bidi_overrides_keep_offsets() -> None:
    doc = Document(id="bidi", text=HOSTILE_ARTICLE, lang="fr", published="2023-03-15")
    claims = _claims([doc])
    assert len(claims) >= 4
    assert_offsets_intact(doc, claims)
    assert any("15 blessés" in c.text for c in claims)
    (injured,) = [q for c in claims for q in c.quantities if q.value == 15]
    assert doc.text[injured.start : injured.end] == "15 blessés"


class HashEmbedder:
    """Deterministic unit vectors from a text's hash: no model."""

    name = "hash-64"
    version = "1"

    def embed(self, texts: Sequence[str], *, progress: object = None) -> np.ndarray:
        rows = []
        for text in texts:
            seed = sum(text.encode("utf-8")) + len(text)
            v = np.random.default_rng(seed).standard_normal(64).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        return np.stack(rows) if rows else np.zeros((0, 64), dtype=np.float32)


def assert_markdown_is_inert(markdown: str) -> None:
    for line in markdown.splitlines():
        body = re.sub(r"^#{1,3} ", "", line)  # the writer's own headings
        body = re.sub(r"`[dk]-[0-9a-f]{8}`", "", body)  # and its own review references
        for char in "<>[]`|#":
            assert not re.search(rf"(?<!\\){re.escape(char)}", body), (char, line)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f\u202a-\u202e\u2066-\u2069]", markdown)


def test_markdown_report_escapes_markup_links_and_terminal_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(claimcheck.embed, "get_embedder", lambda spec="use": HashEmbedder())
    feed = tmp_path / "feed.jsonl"
    records = [
        {"id": "<script>alert(1)</script>", "text": HOSTILE_ARTICLE, "published": "2023-03-15"},
        {"id": "[x](javascript:alert(1))", "text": HOSTILE_ARTICLE.replace("15", "8")},
        {"id": "\x1b]0;pwned\x07\u202eevil", "text": "Le maire de Valmont a démissionné hier."},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    assert main(["report", str(feed), "-q"]) == 0
    markdown = capsys.readouterr().out
    assert "\\<script\\>alert('xss')\\</script\\>" in markdown
    assert "\\[ici\\](javascript:alert(1))" in markdown
    assert "**\\<script\\>alert(1)\\</script\\>**" in markdown  # the document id, too
    # cleaning drops terminal escapes and bidi overrides from the article text; in a document
    # id they are shown, not applied
    assert "**\\[U+001B\\]\\]0;pwned\\[U+0007\\]\\[U+202E\\]evil**" in markdown
    assert_markdown_is_inert(markdown)


@pytest.mark.model
def test_markdown_discrepancies_and_updates_escape_hostile_values(embedder: Embedder) -> None:
    courrier = (
        "La passerelle de Valmont s'est effondrée mardi 14 mars dans la soirée.\u202e "
        "L'effondrement a fait 15 blessés selon la préfecture <script>x</script>.\x1b[31m\n"
    )
    radio = (
        "La passerelle de Valmont s'est effondrée lundi dans la soirée. "
        "L'effondrement a fait 8 blessés selon la préfecture [a](javascript:x).\x1b[31m\n"
    )
    report = claimcheck.check(
        [
            {"id": "<b>courrier</b>", "text": courrier, "published": "2023-03-15"},
            {"id": "`radio`|#", "text": radio, "published": "2023-03-15"},
        ],
        embedder=embedder,
    )
    assert {d.kind for d in report.discrepancies} >= {"number"}
    markdown = to_markdown(report)
    assert "## Discrepancies" in markdown
    assert_markdown_is_inert(markdown)
    # an update naming hostile document ids is escaped too
    disc = report.discrepancies[0]
    update = {
        "id": "u1",
        "cluster_id": disc.cluster_id,
        "kind": disc.kind,
        "earlier": disc.sides[0].model_dump(),
        "later": {**disc.sides[1].model_dump(), "document_ids": ["<img src=x>", "[l](js:x)"]},
        "explanation": "revised <b>later</b>",
    }
    with_update = Report.model_validate({**report.model_dump(), "updates": [update]})
    markdown = to_markdown(with_update)
    assert "(\\<img src=x\\>, \\[l\\](js:x))" in markdown
    assert_markdown_is_inert(markdown)


FORMULAS = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]


def test_csv_neutralises_formulas_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(claimcheck.embed, "get_embedder", lambda spec="use": HashEmbedder())
    folder = tmp_path / "in"
    folder.mkdir()
    text = "\n\n".join(f"{f} le pont de Valmont a cédé mardi soir." for f in FORMULAS)
    (folder / "=cmd|' -C calc'!A0.txt").write_text(text, encoding="utf-8")
    (folder / "@evil.md").write_text("=1+2 le maire a annoncé une enquête jeudi.", "utf-8")
    assert main(["report", str(folder), "-f", "csv", "-q"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    header, body = rows[0], rows[1:]
    assert len(body) == len(FORMULAS) + 1
    for row in body:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (header, row)
    texts = [row[header.index("text")] for row in body]
    assert '\'=HYPERLINK("http://evil","x") le pont de Valmont a cédé mardi soir.' in texts
    ids = {row[header.index("document_id")] for row in body}
    assert ids == {"'=cmd|' -C calc'!A0", "'@evil"}


def test_html_report_keeps_article_markup_inert(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(claimcheck.embed, "get_embedder", lambda spec="use": HashEmbedder())
    feed = tmp_path / "feed.jsonl"
    record = {"id": "a</script><script>alert(3)</script>", "text": HOSTILE_ARTICLE}
    feed.write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert main(["report", str(feed), "-f", "html", "-q"]) == 0
    page = capsys.readouterr().out
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "\u202e" not in page and "\x1b" not in page
    assert "&lt;script&gt;alert(" in page
