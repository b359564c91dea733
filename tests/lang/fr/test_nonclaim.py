"""French non-claims: one row per kind (invented news copy), and look-alikes that are claims."""

from __future__ import annotations

import pytest

from claimcheck.clean import clean, vocabulary
from claimcheck.lang import get_profile
from claimcheck.models import Document
from claimcheck.segment import segment

BODY = "Le pont de Valmont s'est effondré mardi soir, a annoncé la préfecture."


def kinds(text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, lang="fr")
    profile = get_profile("fr")
    claims = segment(doc, clean(doc, profile, vocabulary([doc])), profile)
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
    return [(c.text, c.kind) for c in claims]


# text of the article, the segment to look at, its kind
ROWS = [
    (f"Un pont s'effondre à Valmont\n{BODY}", "Un pont s'effondre à Valmont", "heading"),
    (f"Les secours à pied d'œuvre\n{BODY}", "Les secours à pied d'œuvre", "heading"),
    (f"{BODY}\nAu moins 12 morts.\n{BODY}", "Au moins 12 morts.", "heading"),
    (f"Par Jeanne Martin et Paul Durand\n{BODY}", "Par Jeanne Martin et Paul Durand", "byline"),
    (f"Par Jeanne Martin, à Valmont\n{BODY}", "Par Jeanne Martin, à Valmont", "byline"),
    (f"Jeanne Martin, AFP\n{BODY}", "Jeanne Martin, AFP", "byline"),
    (f"Actualisé le 12/03/2024 à 18h40\n{BODY}", "Actualisé le 12/03/2024 à 18h40", "byline"),
    (f"{BODY}\nSources : préfecture, pompiers", "Sources : préfecture, pompiers", "credit"),
    (f"{BODY}\nJEAN MARTIN/AGENCE VALMONT\n{BODY}", "JEAN MARTIN/AGENCE VALMONT", "credit"),
    (
        f"Des secouristes fouillent la rivière, mardi. Photo Jean Martin/Agence Valmont\n{BODY}",
        "Des secouristes fouillent la rivière, mardi.",
        "caption",
    ),
    (
        f"Des secouristes fouillent la rivière, mardi. Photo Jean Martin/Agence Valmont\n{BODY}",
        "Photo Jean Martin/Agence Valmont",
        "credit",
    ),
    (
        f"Sur cette photo, des secouristes fouillent la rivière sous le pont.\n{BODY}",
        "Sur cette photo, des secouristes fouillent la rivière sous le pont.",
        "caption",
    ),
    (f"VALMONT (AFP) - {BODY}", "VALMONT (AFP)", "dateline"),
    (f"Valmont (AFP) - {BODY}", "Valmont (AFP)", "dateline"),
    (f"VALMONT, 12 mars (Reuters) - {BODY}", "VALMONT, 12 mars (Reuters)", "dateline"),
    (f"VALMONT (AFP) - {BODY}", BODY, "claim"),
    (
        "Le pont a cédé, c'est terrible pic.twitter.com/AbCdEf12 — Jeanne Martin (@jmartin) "
        f"12 mars 2024\n{BODY}",
        "pic.twitter.com/AbCdEf12 — Jeanne Martin (@jmartin) 12 mars 2024",
        "signature",
    ),
    (
        "Le pont a cédé, c'est terrible pic.twitter.com/AbCdEf12 — Jeanne Martin (@jmartin) "
        f"12 mars 2024\n{BODY}",
        "Le pont a cédé, c'est terrible",
        "claim",
    ),
    (
        f"— Jeanne Martin (@jmartin) 12 mars 2024\n{BODY}",
        "— Jeanne Martin (@jmartin) 12 mars 2024",
        "signature",
    ),
    (
        f"Que sait-on de l'effondrement du pont ?\n{BODY}",
        "Que sait-on de l'effondrement du pont ?",
        "question",
    ),
    (
        f"{BODY} Pourquoi le pont a-t-il cédé ? Les experts enquêtent.",
        "Pourquoi le pont a-t-il cédé ?",
        "question",
    ),
    (f"{BODY} De lourds dégâts. Les experts enquêtent.", "De lourds dégâts.", "fragment"),
    (f"{BODY} Mardi, heure locale. Les experts enquêtent.", "Mardi, heure locale.", "fragment"),
    # look-alikes that state a fact
    (f"{BODY} Il dort à l'hôpital. Les experts enquêtent.", "Il dort à l'hôpital.", "claim"),
    (
        f"« Nous reconstruirons le pont d'ici deux ans », a déclaré le maire\n{BODY}",
        "« Nous reconstruirons le pont d'ici deux ans », a déclaré le maire",
        "claim",
    ),
    (f"{BODY} Au moins 12 morts. Les experts enquêtent.", "Au moins 12 morts.", "claim"),
    (
        f"{BODY} Valmont change de maire. Les experts enquêtent.",
        "Valmont change de maire.",
        "claim",
    ),
    (
        f"« Pourquoi maintenant ? », a demandé le maire devant la presse.\n{BODY}",
        "« Pourquoi maintenant ? », a demandé le maire devant la presse.",
        "claim",
    ),
    (
        f"Le maire s'interroge devant la presse : « Pourquoi maintenant ? »\n{BODY}",
        "Le maire s'interroge devant la presse : « Pourquoi maintenant ? »",
        "claim",
    ),
    (
        f"Par ailleurs, le maire a démissionné mardi soir.\n{BODY}",
        "Par ailleurs, le maire a démissionné mardi soir.",
        "claim",
    ),
    (
        f"{BODY}\nLe maire a lu Le Monde dans son bureau mardi matin.",
        "Le maire a lu Le Monde dans son bureau mardi matin.",
        "claim",
    ),
    (
        f"{BODY}\nLes secouristes sont arrivés sur place vers minuit",
        "Les secouristes sont arrivés sur place vers minuit",
        "claim",  # the last line of a cut-off article is no heading
    ),
    (
        f"VALMONT : Le pont s'est effondré mardi soir.\n{BODY}",
        "Le pont s'est effondré mardi soir.",
        "claim",
    ),
]


@pytest.mark.parametrize(("text", "segment_text", "kind"), ROWS)
def test_french_non_claims(text: str, segment_text: str, kind: str) -> None:
    assert (segment_text, kind) in kinds(text)


def test_heading_glued_to_the_first_sentence() -> None:
    text = f"Effondrement à Valmont : le bilan s'alourdit à 12 morts {BODY}"
    assert kinds(text) == [
        ("Effondrement à Valmont : le bilan s'alourdit à 12 morts", "heading"),
        (BODY, "claim"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a rencontré Le Pen et les élus du département mardi soir.",
        "Le ministre cite Le Monde dans son discours de mardi soir.",
        "Il a été reçu à La Haye par les juges de la cour mardi matin.",
    ],
)
def test_names_with_articles_glue_nothing(text: str) -> None:
    assert kinds(text) == [(text, "claim")]
