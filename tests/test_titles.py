"""Titles in the reports: the article's real title, else its first real sentence.

Never page furniture (menus, search boxes, share buttons, bylines, breadcrumbs, mastheads) and
never the ` date 2020-06` header line. Articles invented, French and English.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import claimcheck
from claimcheck.embed import Embedder
from claimcheck.models import Document
from claimcheck.read import read
from claimcheck.report import render
from claimcheck.title import display_title

ROOT = Path(__file__).resolve().parent.parent

FR_MENU = """Icône menu hamburger Icône loupe de recherche
Menu
Rechercher | Se connecter
  1. Accueil >
  2. Régions

Le viaduc de la Brême fermé après la découverte de fissures

Publié par Lucie Armand le 3 février 2024 à 09:12

Le viaduc de la Brême est fermé à la circulation depuis vendredi. Les experts rendront
leur avis lundi.
"""

EN_MENU = """Skip to main content
Search | Sign in
Share
Advertisement

Published February 3, 2024

Cracks close the Breme viaduct to all traffic. Engineers will report on Monday.
"""

HEADER = (
    " date 2024-02 Cette fermeture intervient après des mois d'alertes lancées par les "
    "riverains, qui signalaient des bruits inquiétants au passage des poids lourds sur le "
    "tablier du viaduc.\n\nLe viaduc de la Brême est fermé depuis vendredi.\n"
)

MASTHEAD = """THE NORTHERN COURIER — REGION
Breme viaduct shut after cracks found

The Breme viaduct was closed on Friday.
"""


def doc(text: str, **fields: str) -> Document:
    return Document(id="d", text=text, **fields)


def test_menus_breadcrumbs_and_bylines_are_passed_over_fr() -> None:
    title = display_title(doc(FR_MENU, lang="fr"))
    assert title == "Le viaduc de la Brême fermé après la découverte de fissures"


def test_menus_share_buttons_and_bylines_are_passed_over_en() -> None:
    assert (
        display_title(doc(EN_MENU, lang="en")) == "Cracks close the Breme viaduct to all traffic."
    )


def test_header_line_is_never_the_title_and_long_sentences_are_cut() -> None:
    title = display_title(doc(HEADER, lang="fr"))
    assert "date" not in title and "2024" not in title
    assert title.startswith("Cette fermeture intervient après des mois d'alertes")
    assert title.endswith("…") and len(title) <= 100
    words = title[:-1].split()
    assert " ".join(words) in HEADER  # cut at a word boundary: every word whole
    assert HEADER.split(title[:-1])[1][:1] == " "


def test_masthead_in_capitals_is_the_outlet_not_the_title() -> None:
    assert display_title(doc(MASTHEAD, lang="en")) == "Breme viaduct shut after cracks found"


def test_a_real_title_wins_and_loses_its_site_name() -> None:
    given = doc(EN_MENU, lang="en", title="Breme viaduct shut after cracks found | The Courier")
    assert display_title(given) == "Breme viaduct shut after cracks found"


def test_a_boilerplate_title_is_not_a_title() -> None:
    given = doc(FR_MENU, lang="fr", title="Icône menu hamburger Icône loupe de recherche")
    assert display_title(given) == "Le viaduc de la Brême fermé après la découverte de fissures"


def test_language_guessed_and_neutral_articles_get_titles_too() -> None:
    assert display_title(doc(EN_MENU)) == "Cracks close the Breme viaduct to all traffic."
    arabic = (
        "© 2024\nأغلقت السلطات جسر بريم يوم 02/02/2024 بعد اكتشاف تشققات. وسيصدر الخبراء تقريرهم."
    )
    assert display_title(doc(arabic, lang="ar")) == (
        "أغلقت السلطات جسر بريم يوم 02/02/2024 بعد اكتشاف تشققات."
    )


def test_an_article_of_only_boilerplate_still_has_a_label() -> None:
    assert display_title(doc("Menu\nSearch | Sign in\n", lang="en")) == "(empty)"


def test_html_page_title_is_the_head_title(tmp_path: Path) -> None:
    page = tmp_path / "viaduc.html"
    page.write_text(
        "<html><head><title>Viaduc de la Brême : fermeture totale – Le Courrier</title></head>"
        "<body><nav>Menu</nav><p>Le viaduc de la Brême est fermé depuis vendredi.</p></body>"
        "</html>",
        encoding="utf-8",
    )
    (found,) = read([page])
    assert display_title(found) == "Viaduc de la Brême : fermeture totale"


@pytest.mark.model
def test_html_report_shows_real_titles(embedder: Embedder, tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FR_MENU, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN_MENU, encoding="utf-8")
    (tmp_path / "header.txt").write_text(HEADER, encoding="utf-8")
    html = render(claimcheck.check([tmp_path], embedder=embedder), "html")
    assert "Le viaduc de la Brême fermé après la découverte de fissures" in html
    assert "Cracks close the Breme viaduct to all traffic." in html
    assert "Cette fermeture intervient" in html
    summaries = [line for line in html.splitlines() if "<summary><b>D" in line]
    assert len(summaries) == 3
    assert not any("hamburger" in s or "date 2024" in s or "Skip to" in s for s in summaries)
