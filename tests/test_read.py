"""read: paths, globs, directories, dicts and Documents -> Documents; header and byline dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.models import Document
from claimcheck.read import read, read_file


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_txt_header_gives_partial_date_and_keeps_text_verbatim(tmp_path: Path) -> None:
    text = " date 2020-06\nAmazon a suspendu mercredi son logiciel.\n"
    (doc,) = read([write(tmp_path / "amazon-juin.txt", text)])
    assert doc.id == "amazon-juin"
    assert doc.published == "2020-06"
    assert doc.text == text
    assert doc.path == str(tmp_path / "amazon-juin.txt")


def test_header_with_full_day(tmp_path: Path) -> None:
    (doc,) = read_file(write(tmp_path / "pont.txt", " date 2023-03-14\nLe pont a cédé.\n"))
    assert doc.published == "2023-03-14"


def test_french_byline_gives_day(tmp_path: Path) -> None:
    text = "Publié par Jean Dupont le 11 Juin 2020 à 20:02\n\nLe maire a inauguré le pont.\n"
    (doc,) = read([write(tmp_path / "byline.md", text)])
    assert doc.id == "byline"
    assert doc.published == "2020-06-11"
    assert doc.text == text


def test_english_byline_gives_day(tmp_path: Path) -> None:
    text = "Published March 15, 2023\n\nThe mayor reopened the bridge on Tuesday.\n"
    (doc,) = read([write(tmp_path / "bridge.txt", text)])
    assert doc.published == "2023-03-15"


def test_no_date_anywhere(tmp_path: Path) -> None:
    (doc,) = read([write(tmp_path / "nodate.txt", "Le pont de Valmont a cédé mardi.\n")])
    assert doc.published is None


def test_jsonl_fields_and_unknown_field_ignored(tmp_path: Path) -> None:
    lines = [
        {
            "id": "transfer-fr",
            "text": "Le club a recruté l'attaquant.",
            "published": "2023-08-12",
            "lang": "fr",
            "likes": 42,
        },
        {"id": "transfer-en", "text": "The club signed the striker.", "lang": "en"},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n")
    docs = read([path])
    assert [d.id for d in docs] == ["transfer-fr", "transfer-en"]
    assert docs[0].published == "2023-08-12"
    assert docs[0].lang == "fr"
    assert docs[0].text == "Le club a recruté l'attaquant."
    assert docs[1].published is None
    assert docs[1].lang == "en"
    assert all(d.path == str(path) for d in docs)


def test_jsonl_malformed_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text('{"id": "a", "text": "Le pont a cédé."}\n\n{"id": "b", "text": \n')
    with pytest.raises(InputError) as info:
        read([path])
    assert info.value.path == f"{path}:3"
    assert f"{path}:3" in str(info.value)
    assert "JSON" in info.value.message


def test_jsonl_line_that_is_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "list.jsonl"
    path.write_text('["a", "b"]\n')
    with pytest.raises(InputError) as info:
        read([path])
    assert info.value.path == f"{path}:1"


def test_jsonl_invalid_published_names_line(tmp_path: Path) -> None:
    path = tmp_path / "dates.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": "y", "published": "2020-13"}\n')
    with pytest.raises(InputError) as info:
        read([path])
    assert info.value.path == f"{path}:2"
    assert "published" in info.value.message


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "absent.txt"
    with pytest.raises(InputError) as info:
        read([missing])
    assert info.value.path == str(missing)
    assert info.value.exit_code == 2


@pytest.mark.parametrize("content", ["", "   \n\n\t\n"])
def test_empty_text_file(tmp_path: Path, content: str) -> None:
    path = write(tmp_path / "vide.txt", content)
    with pytest.raises(InputError, match="empty") as info:
        read([path])
    assert info.value.path == str(path)


def test_empty_jsonl_file(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", "")
    with pytest.raises(InputError):
        read([path])


def test_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n")
    with pytest.raises(InputError, match="no article") as info:
        read([tmp_path])
    assert info.value.path == str(tmp_path)


def test_directory_is_read_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    write(tmp_path / "b.txt", "Le pont a cédé.")
    write(tmp_path / "sub" / "a.md", "The bridge collapsed.")
    write(tmp_path / "ignored.csv", "x")
    assert sorted(d.id for d in read([tmp_path])) == ["a", "b"]


def test_glob(tmp_path: Path) -> None:
    write(tmp_path / "one.txt", "Le pont a cédé.")
    write(tmp_path / "two.txt", "Le pont a été fermé.")
    assert [d.id for d in read([str(tmp_path / "*.txt")])] == ["one", "two"]
    with pytest.raises(InputError, match="pattern"):
        read([str(tmp_path / "*.nothing")])


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError, match="binary") as info:
        read([path])
    assert info.value.path == str(path)


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = write(tmp_path / "article.csv", "Le pont a cédé.")
    with pytest.raises(InputError, match="unsupported"):
        read_file(path)


def test_duplicate_ids_across_directories(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    write(tmp_path / "a" / "same.txt", "Le pont a cédé.")
    write(tmp_path / "b" / "same.txt", "The bridge collapsed.")
    with pytest.raises(InputError, match="duplicate") as info:
        read([tmp_path / "a", tmp_path / "b"])
    assert "same" in info.value.message


def test_duplicate_ids_between_dict_and_document() -> None:
    with pytest.raises(InputError, match="duplicate"):
        read([Document(id="x", text="Le pont a cédé."), {"id": "x", "text": "Autre texte."}])


def test_cp1252_bytes_are_decoded(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("L'été, le café coûte 2 € : « très cher ».\n".encode("cp1252"))
    (doc,) = read([path])
    assert doc.text == "L'été, le café coûte 2 € : « très cher ».\n"


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffLe pont a cédé.".encode())
    (doc,) = read([path])
    assert doc.text == "Le pont a cédé."


def test_dict_source_gets_byline_date() -> None:
    (doc,) = read(
        [{"id": "d1", "text": "Published March 15, 2023\nThe bridge fell.", "lang": "en"}]
    )
    assert doc.id == "d1"
    assert doc.published == "2023-03-15"
    assert doc.path is None


def test_dict_source_explicit_date_wins() -> None:
    (doc,) = read([{"id": "d1", "text": " date 2020-06\nLe pont.", "published": "2021"}])
    assert doc.published == "2021"


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ({"text": "pas d'identifiant"}, "id"),
        ({"id": "x", "text": "t", "published": "2020-02-30"}, "published"),
        ({"id": "x", "text": "t", "colour": "red"}, "colour"),
    ],
)
def test_invalid_dict_source(record: dict[str, str], field: str) -> None:
    with pytest.raises(InputError) as info:
        read([record])
    assert field in info.value.message
    assert info.value.path is not None and info.value.path.startswith("article ")


def test_document_source_is_taken_as_is() -> None:
    given = Document(id="doc", text="The bridge fell.", published="2023-03-14", lang="en")
    assert read([given]) == [given]


def test_mixed_sources_keep_order(tmp_path: Path) -> None:
    path = write(tmp_path / "file.txt", "Le pont a cédé.")
    docs = read([{"id": "first", "text": "a"}, path, Document(id="last", text="b")])
    assert [d.id for d in docs] == ["first", "file", "last"]


# --- bad metadata costs the field, not the article -----------------------------------------

BAD_FIELDS = [
    ("published", "2020-13-45"),
    ("published", "yesterday"),
    ("published", 12),
    ("published", ["2020-06-11"]),
    ("lang", 7),
    ("lang", "le français"),
    ("url", {"href": "https://example.org/a"}),
    ("title", ["Le pont", "a cédé"]),
    ("source", 3.5),
]


@pytest.mark.parametrize(("field", "value"), BAD_FIELDS)
def test_jsonl_bad_field_keeps_the_article(tmp_path: Path, field: str, value: object) -> None:
    text = "Le pont de la Garenne a cédé mardi soir sous le poids d'un camion de 40 tonnes."
    lines = [
        {"id": "avant", "text": "Le conseil municipal a voté le budget.", "lang": "fr"},
        {"id": "pont", "text": text, "lang": "fr", "title": "Le pont cède", field: value},
    ]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    warnings: list[InputError] = []
    docs = read([path], on_error=warnings.append)
    assert [d.id for d in docs] == ["avant", "pont"]
    kept = docs[1]
    assert kept.text == text
    assert getattr(kept, field) is None
    for other in ("lang", "title"):  # the other fields stay
        if other != field:
            assert getattr(kept, other) is not None
    (warning,) = warnings
    assert warning.code == "W100"
    assert warning.path == f"{path}:2"
    assert repr(field) in warning.message and "the article is kept" in warning.message


def test_bad_field_without_on_error_is_an_error_naming_it(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", '{"id": "a", "text": "The bridge fell.", "lang": 3}\n')
    with pytest.raises(InputError) as info:
        read([path])
    assert info.value.code == "E100"
    assert info.value.path == f"{path}:1"
    assert "'lang'" in info.value.message


def test_bad_date_falls_back_to_the_byline(tmp_path: Path) -> None:
    text = "Published March 15, 2023\n\nThe bridge over the Garenne collapsed on Tuesday."
    record = {"id": "bridge", "text": text, "published": "2023-02-30"}
    path = write(tmp_path / "feed.jsonl", json.dumps(record) + "\n")
    warnings: list[InputError] = []
    (doc,) = read([path], on_error=warnings.append)
    assert doc.published == "2023-03-15"
    assert "'2023-02-30' is not a real date" in warnings[0].message


def test_dict_source_bad_field_is_a_warning_with_on_error() -> None:
    warnings: list[InputError] = []
    (doc,) = read(
        [{"id": "d", "text": "Le pont a cédé.", "published": "hier", "source": None}],
        on_error=warnings.append,
    )
    assert doc.text == "Le pont a cédé." and doc.published is None and doc.source is None
    assert [w.path for w in warnings] == ["article 'd'"]


@pytest.mark.parametrize(
    ("field", "value", "tidied"),
    [
        ("published", "2023-03-14T21:35:00+01:00", "2023-03-14"),
        ("published", "2023-03-14 08:00", "2023-03-14"),
        ("published", "2023/03", "2023-03"),
        ("published", "  2023 ", "2023"),
        ("published", "", None),
        ("lang", "fr-CA", "fr"),
        ("lang", "EN", "en"),
        ("lang", "es_MX", "es"),
        ("lang", "", None),
        ("title", "  Le pont cède \n", "Le pont cède"),
        ("url", "", None),
    ],
)
def test_fields_that_only_need_tidying(field: str, value: str, tidied: str | None) -> None:
    warnings: list[InputError] = []
    (doc,) = read([{"id": "d", "text": "Le pont a cédé.", field: value}], on_error=warnings.append)
    assert getattr(doc, field) == tidied
    assert warnings == []


def test_whole_number_id_is_its_digits(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", '{"id": 1042, "text": "The mayor resigned."}\n')
    (doc,) = read([path])
    assert doc.id == "1042"
