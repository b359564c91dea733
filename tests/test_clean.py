"""clean: boilerplate dropped, wraps joined, ligatures repaired, offsets never drift."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import ftfy
import pytest

from claimcheck.clean import CleanText, clean, vocabulary
from claimcheck.lang import detect, get_profile
from claimcheck.models import Document
from claimcheck.read import read
from claimcheck.segment import segment, sentences

ROOT = Path(__file__).resolve().parent.parent
# the seeds and every folder of articles under fixtures/, however deep
CORPORA = [
    "seeds",
    *sorted({str(p.parent.relative_to(ROOT)) for p in (ROOT / "fixtures").rglob("*.txt")}),
]


def squash(text: str) -> str:
    """Text with Unicode repaired as clean does, then whitespace and hyphens removed."""
    fixed = ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")
    return re.sub(r"[\s\-\u00ad]+", "", unicodedata.normalize("NFC", fixed))


def same_words(original: str, cleaned: str) -> bool:
    """Do an original span and a cleaned text hold the same words? A U+FFFD stands for a
    lost ligature (1-3 letters); line breaks, wraps and hyphenated wraps may differ."""
    pattern = "".join(r"\w{1,3}" if ch == "\ufffd" else re.escape(ch) for ch in squash(original))
    return re.fullmatch(pattern, squash(cleaned)) is not None


def cleaned(text: str, lang: str = "fr", corpus: tuple[str, ...] = ()) -> CleanText:
    doc = Document(id="t", text=text, lang=lang)
    others = [Document(id=f"o{i}", text=t) for i, t in enumerate(corpus)]
    return clean(doc, get_profile(lang), vocabulary([doc, *others]))


def assert_offsets_hold(doc: Document, ct: CleanText) -> int:
    profile = get_profile(doc.lang or detect(doc.text))
    count = 0
    for start, end in sentences(ct.text, profile):
        o0, o1 = ct.original_span(start, end)
        assert 0 <= o0 <= o1 <= len(doc.text)
        assert same_words(doc.text[o0:o1], ct.text[start:end]), (
            doc.id,
            doc.text[o0:o1],
            ct.text[start:end],
        )
        count += 1
    for claim in segment(doc, ct, profile):
        assert doc.text[claim.start : claim.end] == claim.text
        assert same_words(claim.text, claim.normalized), (claim.id, claim.text, claim.normalized)
    return count


@pytest.mark.parametrize("corpus", CORPORA)
def test_offsets_never_drift_on_real_articles(corpus: str) -> None:
    docs = read([ROOT / corpus])
    vocab = vocabulary(docs)
    total = 0
    for doc in docs:
        profile = get_profile(doc.lang or detect(doc.text))
        total += assert_offsets_hold(doc, clean(doc, profile, vocab))
    assert total >= 5 * len(docs)


HAND_MADE = [
    ("fr", "Le pont de Valmont a cédé mardi.\nLire aussi | Un autre pont\nLes secours sont là."),
    ("fr", " date 2023-03-14\nLe maire parle de l'Ã©tÃ© dernier. Le pont a été fermé.\n"),
    (
        "fr",
        "Le projet de déve-\nloppement a été retenu. Les garde-\nfous sont posés par la mairie.",
    ),
    ("fr", "Microso\ufffd a parlé du pro\ufffdlage. Il a en\ufffdn relevé le dé\ufffd du siècle."),
    (
        "en",
        "The measure was e\ufffdective at once.\n\n\nRead more: Other story\nThe bridge   fell.",
    ),
    ("en", "  Indented line about the bridge collapse.  \r\nSecond line with CRLF endings.\r\n"),
]


@pytest.mark.parametrize(("lang", "text"), HAND_MADE)
def test_offsets_never_drift_on_hand_made_texts(lang: str, text: str) -> None:
    doc = Document(id="t", text=text, lang=lang)
    ct = clean(doc, get_profile(lang), vocabulary([doc, Document(id="m", text="Microsoft")]))
    assert assert_offsets_hold(doc, ct) >= 2


def test_verbatim_pieces_copy_their_original_span() -> None:
    text = "Le maire parle de l'Ã©tÃ© dernier.\nPhoto : Jean Dupont / AFP\nLa suite du texte."
    ct = cleaned(text)
    starts = [p[0] for p in ct.pieces]
    assert starts == sorted(starts)
    assert starts[0] == 0
    originals = [p[1] for p in ct.pieces]
    assert originals == sorted(originals)
    verbatim = [p for p in ct.pieces if p[3]]
    assert verbatim
    for c0, o0, o1, _ in verbatim:
        assert ct.text[c0 : c0 + (o1 - o0)] == text[o0:o1]


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi | Un autre pont s'effondre en Italie",
        "A lire aussi: les ponts les plus fragiles de France",
        "À lire aussi : notre dossier",
        "La vidéo du jour",
        "Photo : Jean Dupont / AFP",
        "  1. TDN >",
        "Publié par Jean Dupont le 11 Juin 2020 à 20:02",
        "Abonnez-vous à notre newsletter",
    ],
)
def test_french_boilerplate_lines_are_dropped(line: str) -> None:
    ct = cleaned(f"Le pont de Valmont a cédé mardi.\n{line}\nLes secours sont arrivés vite.\n")
    assert ct.text == "Le pont de Valmont a cédé mardi.\nLes secours sont arrivés vite."


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Another bridge collapses in Italy",
        "Related: the weakest bridges",
        "By John Smith",
        "Published March 15, 2023",
        "Photo: John Smith / Reuters",
    ],
)
def test_english_boilerplate_lines_are_dropped(line: str) -> None:
    ct = cleaned(
        f"The Valmont bridge collapsed on Tuesday.\n{line}\nRescuers arrived quickly.\n", "en"
    )
    assert ct.text == "The Valmont bridge collapsed on Tuesday.\nRescuers arrived quickly."


def test_boilerplate_link_wrapped_over_lines_is_dropped_whole() -> None:
    ct = cleaned(
        "Le pont a cédé mardi soir.\nLire aussi | Un autre pont\ns'effondre en Italie\nLa suite.\n"
    )
    assert ct.text == "Le pont a cédé mardi soir.\nLa suite."


def test_ordinary_sentences_mentioning_photos_are_kept() -> None:
    ct = cleaned("Le maire a lu aussi le rapport des experts.\nLes photographes étaient là.\n")
    assert "lu aussi le rapport" in ct.text
    assert "photographes" in ct.text


WRAPPED = """Le pont suspendu de Valmont s'est effondré mardi
matin, faisant huit blessés selon la préfecture qui
a ouvert une enquête. Les secours sont arrivés très
vite sur place et ont évacué les riverains du
quartier. Le maire a demandé aux habitants de rester
chez eux pendant toute la durée des opérations de
déblaiement. Une cellule psychologique a été mise en
place à la mairie pour accueillir les familles.
"""


def test_wrapped_pdf_lines_are_joined() -> None:
    ct = cleaned(WRAPPED)
    assert "\n" not in ct.text
    assert "effondré mardi matin, faisant" in ct.text
    assert "riverains du quartier." in ct.text
    assert ct.text.endswith("accueillir les familles.")


def test_paragraph_breaks_stay_hard_breaks() -> None:
    ct = cleaned("Le pont a cédé mardi.\n\nLe maire a réagi mercredi.\n")
    assert ct.text == "Le pont a cédé mardi.\nLe maire a réagi mercredi."


def test_hyphenated_wrap_of_a_real_word_is_joined() -> None:
    ct = cleaned("Le projet de déve-\nloppement a été retenu par la commune.\n")
    assert "développement" in ct.text
    assert "déve-" not in ct.text
    start = ct.text.index("développement")
    o0, o1 = ct.original_span(start, start + len("développement"))
    assert (
        "Le projet de déve-\nloppement a été retenu par la commune.\n"[o0:o1] == "déve-\nloppement"
    )


def test_hyphenated_compound_is_kept() -> None:
    ct = cleaned("Les garde-\nfous sont nécessaires selon le maire de la ville.\n")
    assert "garde-fous" in ct.text


def test_ligature_repair_uses_corpus_vocabulary() -> None:
    ct = cleaned(
        "Microso\ufffd a présenté son outil.", corpus=("Microsoft a parlé. Microsoft vend.",)
    )
    assert ct.text == "Microsoft a présenté son outil."


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [("pro\ufffdlage", "profilage"), ("en\ufffdn", "enfin"), ("dé\ufffd", "défi")],
)
def test_french_ligature_repair_from_word_list(damaged: str, repaired: str) -> None:
    ct = cleaned(f"Le maire évoque {damaged} ici.")
    assert ct.text == f"Le maire évoque {repaired} ici."
    start = ct.text.index(repaired)
    o0, o1 = ct.original_span(start, start + len(repaired))
    assert f"Le maire évoque {damaged} ici."[o0:o1] == damaged


def test_english_ligature_repair() -> None:
    ct = cleaned("The ban was e\ufffdective immediately.", "en")
    assert ct.text == "The ban was effective immediately."


def test_mojibake_is_fixed_but_offsets_index_the_original() -> None:
    text = "Le maire parle de l'Ã©tÃ© dernier."
    ct = cleaned(text)
    assert ct.text == "Le maire parle de l'été dernier."
    o0, o1 = ct.original_span(0, len(ct.text))
    assert (o0, o1) == (0, len(text))


def test_header_line_is_not_text() -> None:
    ct = cleaned(" date 2020-06\nAmazon a suspendu son logiciel.\n")
    assert ct.text == "Amazon a suspendu son logiciel."
    assert ct.original_span(0, 6) == (14, 20)


def test_vocabulary_counts_intact_words_lower_case() -> None:
    vocab = vocabulary([Document(id="a", text="Microsoft, microsoft et MICROSOFT; pro\ufffdlage")])
    assert vocab["microsoft"] == 3
    assert "pro" in vocab  # a damaged word is not one word
    assert "profilage" not in vocab


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a fermé le pont mardi (AFP).",  # French: accents, ftfy asked
        "The mayor closed the bridge on Tuesday, officials said.",  # plain: ftfy not asked
        "Il a dit : 'rien ne change', selon la mairie.",
        "Prices rose 3.5% in May; {rents} [and] <fees> ~ fell.",
    ],
)
def test_plain_text_is_kept_as_ftfy_keeps_it(text: str) -> None:
    assert cleaned(text).text == ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")


@pytest.mark.parametrize(
    ("text", "lang", "fixed"),
    [
        ("AT&amp;T a racheté la société.", "fr", "AT&T a racheté la société."),
        ("AT&amp;T bought the company.", "en", "AT&T bought the company."),  # ASCII, an entity
        ("Le pont\x7f a été fermé.", "fr", "Le pont a été fermé."),
        ("The bridge\x7f was closed.", "en", "The bridge was closed."),  # ASCII, a control
    ],
)
def test_ascii_that_ftfy_mends_is_still_mended(text: str, lang: str, fixed: str) -> None:
    assert cleaned(text, lang).text == fixed
