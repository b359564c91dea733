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
