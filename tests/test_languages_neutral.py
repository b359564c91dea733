"""Languages without a profile: read language-neutrally, one warning each, never a stopped run.

A newsroom feed mixes languages. Arabic, Spanish and German articles (declared, or guessed as
neither French nor English) go through every stage with what needs no word table: digits,
numeric and ISO dates, percent and currency signs, capitalised names, quotes. All articles
are invented.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import claimcheck
from claimcheck.cli import main
from claimcheck.embed import Embedder
from claimcheck.errors import UsageError
from claimcheck.ground.quantity import find_quantities
from claimcheck.ground.time import find_times
from claimcheck.lang import UNDETERMINED, detect, get_profile, has_profile, require_profile
from claimcheck.models import Report
from claimcheck.report import render
from claimcheck.segment import sentences
from claimcheck.settings import Settings

FR = (
    "La crue de la Sarve a inondé le centre de Montclaret le 23/04/2024. Selon la préfecture, "
    "37 habitations ont été évacuées et 12 % des commerces restent fermés. « Nous ne "
    "laisserons personne sans toit », a déclaré la maire, Hélène Castagnet."
)
EN = (
    "The Sarve river flooded central Montclaret on April 23, 2024. According to the "
    'prefecture, 37 homes were evacuated and 12% of shops remain closed. "We will leave no '
    'one without a roof," said the mayor, Hélène Castagnet.'
)
AR = (
    "غمرت مياه نهر سارف وسط مدينة مونكلاريه يوم 23/04/2024. وقالت المحافظة إن 37 منزلا "
    "أخليت وإن 12 % من المتاجر ما زالت مغلقة. وقالت رئيسة البلدية «لن نترك أحدا بلا مأوى» في "
    "بيان. هل ستعود المياه؟ يتوقع الخبراء انحسارها خلال 48 ساعة."
)
ES = (
    "El río Sarve inundó el centro de Montclaret el 23/04/2024. Según la prefectura, 37 "
    "viviendas fueron evacuadas y el 12 % de los comercios siguen cerrados. «No dejaremos a "
    "nadie sin techo», declaró la alcaldesa Hélène Castagnet."
)
DE = (
    "Der Fluss Sarve hat am 23.04.2024 das Zentrum von Montclaret überflutet. Nach Angaben der "
    "Präfektur wurden 37 Häuser geräumt, und 12 % der Geschäfte bleiben geschlossen. „Wir "
    "lassen niemanden ohne Dach“, sagte Bürgermeisterin Hélène Castagnet."
)

FEED = [
    {"id": "crue-fr", "text": FR, "lang": "fr", "published": "2024-04-24"},
    {"id": "flood-en", "text": EN, "published": "2024-04-24"},
    {"id": "fayadan-ar", "text": AR, "lang": "ar", "published": "2024-04-24"},
    {"id": "inundacion-es", "text": ES, "lang": "es", "published": "2024-04-24"},
    {"id": "hochwasser-de", "text": DE, "published": "2024-04-24"},
]
NEUTRAL = {"fayadan-ar": "ar", "inundacion-es": "es", "hochwasser-de": UNDETERMINED}


def feed(path: Path, extra: tuple[str, ...] = ()) -> Path:
    lines = [json.dumps(r, ensure_ascii=False) for r in FEED] + list(extra)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- the language guesser and the profile lookup -----------------------------------------------


@pytest.mark.parametrize(("text", "lang"), [(FR, "fr"), (EN, "en")])
def test_detect_profiled_languages(text: str, lang: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize("text", [AR, ES, DE])
def test_detect_other_languages_as_undetermined(text: str) -> None:
    assert detect(text) == UNDETERMINED


def test_detect_keeps_the_default_on_too_little_text() -> None:
    assert detect("Montclaret, 23/04/2024.") == "fr"
    assert detect("Montclaret, 23/04/2024.", default="en") == "en"


def test_unknown_code_gets_the_neutral_profile_with_its_own_code() -> None:
    profile = get_profile("ar")
    assert profile.code == "ar" and not has_profile("ar")
    assert profile.text.stop_words == frozenset() and profile.text.attribution_verbs == ()
    assert get_profile("fr").code == "fr" and has_profile("fr")


def test_a_language_asked_for_must_have_a_profile() -> None:
    with pytest.raises(UsageError) as info:
        require_profile("ar")
    assert "'ar'" in info.value.message and "fr, en" in info.value.message


# --- each stage on the neutral profile ----------------------------------------------------------


@pytest.mark.parametrize("text", ["يوم 23/04/2024", "el 2024-04-23", "am 23.04.2024"])
def test_neutral_times_are_numeric_dates(text: str) -> None:
    refs = find_times(text, published="2024-04-24", profile=get_profile("xx"))
    assert [(r.earliest, r.granularity) for r in refs] == [(dt.date(2024, 4, 23), "day")]


def test_neutral_times_never_read_words() -> None:
    for text in ("el martes pasado", "gestern", "أمس", "hier", "yesterday"):
        assert find_times(text, published="2024-04-24", profile=get_profile("es")) == []


def test_neutral_quantities_are_digits_and_signs() -> None:
    text = "37 viviendas, el 12 % de los comercios, $4.5 millones"
    found = find_quantities(text, profile=get_profile("es"))
    values = [(q.value, q.unit) for q in found]
    assert (37.0, None) in values and (12.0, "%") in values and (4.5, "USD") in values


def test_neutral_sentences_end_in_any_script() -> None:
    text = "هل ستعود المياه؟ يتوقع الخبراء انحسارها. ¿Volverá el agua? Sí, dicen los expertos."
    spans = [text[a:b] for a, b in sentences(text, get_profile("ar"))]
    assert spans == [
        "هل ستعود المياه؟",
        "يتوقع الخبراء انحسارها.",
        "¿Volverá el agua?",
        "Sí, dicen los expertos.",
    ]


# --- the whole pipeline on a mixed feed ----------------------------------------------------------


@pytest.fixture(scope="module")
def mixed(embedder: Embedder, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Report]:
    path = feed(tmp_path_factory.mktemp("feed") / "newsroom.jsonl")
    return path, claimcheck.check([path], embedder=embedder)


@pytest.mark.model
def test_mixed_feed_keeps_every_article_and_declared_language(mixed: tuple[Path, Report]) -> None:
    _, report = mixed
    langs = {d.id: d.lang for d in report.documents}
    assert langs == {
        "crue-fr": "fr",
        "flood-en": "en",
        "fayadan-ar": "ar",
        "inundacion-es": "es",
        "hochwasser-de": UNDETERMINED,
    }
    by_doc = {d.id: [c for c in report.claims if c.document_id == d.id] for d in report.documents}
    assert all(len(claims) >= 3 for claims in by_doc.values()), by_doc
    texts = {d.id: d.text for d in report.documents}
    for claim in report.claims:
        assert texts[claim.document_id][claim.start : claim.end] == claim.text
        assert claim.lang == langs[claim.document_id]


@pytest.mark.model
def test_one_warning_per_neutral_article(mixed: tuple[Path, Report]) -> None:
    path, report = mixed
    assert len(report.warnings) == 3
    for doc_id, lang in NEUTRAL.items():
        (line,) = [w for w in report.warnings if repr(doc_id) in w]
        assert line.startswith(f"[W200] {path}: article {doc_id!r}: ")
        assert "read language-neutrally" in line
        assert (f"{lang!r}" in line) if lang != UNDETERMINED else ("neither" in line)


@pytest.mark.model
@pytest.mark.parametrize("doc_id", sorted(NEUTRAL))
def test_neutral_claims_carry_dates_numbers_and_quotes(
    mixed: tuple[Path, Report], doc_id: str
) -> None:
    _, report = mixed
    claims = [c for c in report.claims if c.document_id == doc_id]
    days = {t.earliest.isoformat() for c in claims for t in c.times if t.earliest}
    assert "2024-04-23" in days
    values = {(q.value, q.unit) for c in claims for q in c.quantities}
    assert (37.0, None) in values and (12.0, "%") in values
    quotes = [q.text for c in claims for q in c.quotes]
    assert len(quotes) == 1 and len(quotes[0].split()) >= 3


@pytest.mark.model
def test_neutral_claims_carry_names(mixed: tuple[Path, Report]) -> None:
    _, report = mixed
    names = {
        e.canonical for c in report.claims if c.document_id == "inundacion-es" for e in c.entities
    }
    assert any("Castagnet" in n for n in names) and any("Montclaret" in n for n in names)


@pytest.mark.model
@pytest.mark.parametrize("fmt", ["markdown", "json", "html", "csv"])
def test_every_format_renders_the_mixed_feed(mixed: tuple[Path, Report], fmt: str) -> None:
    _, report = mixed
    out = render(report, fmt)
    assert "وقالت المحافظة" in out or fmt == "markdown"  # markdown shows only findings
    if fmt == "json":
        assert Report.model_validate_json(out).warnings == report.warnings


# --- the command line ----------------------------------------------------------------------------


@pytest.mark.model
def test_cli_mixed_feed_exits_0_with_one_warning_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = feed(tmp_path / "newsroom.jsonl")
    code = main(["report", str(path), "-f", "json", "-q"])
    out, err = capsys.readouterr()
    assert code == 0, err
    lines = err.strip().splitlines()
    assert len(lines) == 3 and all(x.startswith("claimcheck: warning[W200]: ") for x in lines)
    assert {d.id for d in Report.model_validate_json(out).documents} == {r["id"] for r in FEED}


@pytest.mark.model
def test_cli_skipped_line_still_exits_5(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = feed(tmp_path / "newsroom.jsonl", extra=('{"id": "cut", "text": "Le fleuve',))
    assert main(["report", str(path), "-f", "json", "-q"]) == 5
    err = capsys.readouterr().err
    assert "warning[E100]" in err and err.count("warning[W200]") == 3


def test_cli_lang_without_profile_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = feed(tmp_path / "newsroom.jsonl")
    with pytest.raises(SystemExit) as info:
        main(["report", str(path), "--lang", "ar"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "'ar'" in err and "'fr'" in err and "'en'" in err


def test_settings_lang_without_profile_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        claimcheck.check([{"id": "a", "text": FR}], settings=Settings(lang="de"))
