"""French anaphors: what is resolved, to what, and what is left alone."""

from __future__ import annotations

import pytest

from claimcheck.models import Document
from claimcheck.pipeline import _claims


def resolutions(text: str) -> list[tuple[str, str]]:
    doc = Document(id="fr", text=text, lang="fr", published="2024-05-02")
    return [(r.anaphor, r.referent) for c in _claims([doc]) for r in c.resolutions]


RESOLVED = [
    # a feminine subject named with its article: "elle" is that subject
    (
        "La Commission des finances a rejeté lundi le budget de la ville. "
        "Elle demande une nouvelle version avant juin.",
        [("Elle", "Commission des finances")],
    ),
    # the whole noun phrase is the anaphor, complement included
    (
        "Brevia a publié ses résultats. Le géant de la chaussure en ligne a perdu 20 millions.",
        [("Le géant de la chaussure en ligne", "Brevia")],
    ),
    # a person set beside a role noun by commas, then a pronoun of the role's gender
    (
        "La directrice de l'hôpital, Anne Tavel, a démissionné jeudi. "
        "Elle dirigeait l'établissement depuis 2015.",
        [("Elle", "Anne Tavel")],
    ),
    # the subject of its own clause, before "que"
    ("Ravencorp a annoncé mardi qu'il fermerait deux usines.", [("il", "Ravencorp")]),
    # a cleft sentence: its subject follows "c'est ... qu'"
    (
        "C'est dans ce contexte que Ravencorp a cédé. L'entreprise a suspendu ses ventes.",
        [("L'entreprise", "Ravencorp")],
    ),
    # an institution named by its complement is an antecedent, not an anaphor
    (
        "Le ministère de la Culture a annoncé un plan. Le ministère débloque 40 millions.",
        [("Le ministère", "ministère de la Culture")],
    ),
    # after a fronted preposition, the phrase is still the organisation
    (
        "Kelvane a embauché 20 personnes. Selon le groupe, la demande reste forte.",
        [("le groupe", "Kelvane")],
    ),
    # a union phrase for a name introduced as a union
    (
        "Le syndicat Solidaires Rail appelle à la grève. Le syndicat réclame des embauches.",
        [("Le syndicat", "Solidaires Rail")],
    ),
]

LEFT_ALONE = [
    # impersonal pronouns stand for nothing
    "Tolvane a fermé son usine. Il faut remonter à 1990 pour un tel choc.",
    "Tolvane a fermé son usine. Il y a eu 300 licenciements.",
    "Tolvane a fermé son usine. Il est possible que d'autres sites suivent.",
    "Le froid a duré. Il neige encore sur les crêtes et il fait -5 degrés.",
    # a noun phrase that names its own referent is no anaphor
    "Ostria a perdu un contrat. Le constructeur automobile Dalvo en profite.",
    "Ostria a perdu un contrat. Dalvo, le constructeur, en profite.",
    # two companies named since the subject: ambiguous
    "Melto a racheté Pivra mardi. Le groupe emploie 300 personnes.",
    # coordinated subjects are plural
    "Melto et Pivra ont signé un accord. L'entreprise emploiera 300 personnes.",
    # inside a quotation nothing is resolved
    "Norvane a confirmé la vente. « Le groupe n'a pas le choix », dit un syndicaliste.",
    # the antecedent is a common noun: nobody to name
    "La commission d'enquête a rendu son rapport. Elle pointe des failles.",
    # a feminine pronoun cannot stand for a masculine subject, nor a person for "le groupe"
    "Le Sénat a voté le texte. Elle a été adoptée à l'unanimité.",
    "Julie Ferran a quitté Brevia en mars. Le groupe n'a pas commenté.",
    # an antecedent of unknown gender beside another noun phrase that agrees
    "Kelvane a présenté sa nouvelle montre. Elle sera vendue 300 euros.",
    # never across a heading
    "Kelvane rachète Dorso\n\nLe groupe a confirmé l'opération lundi.",
    # a company phrase with a place in it says where, not who: no antecedent after it
    "Tolvane a vendu une usine. Le groupe de Lyon a racheté le site. Le groupe embauche.",
    # "la société" with a modifier is society; "le groupe" with a complement a group of people
    "Kelvane a embauché 20 personnes. La société française reste divisée sur le sujet.",
    "Kelvane a embauché 20 personnes. Le groupe de manifestants a bloqué le site.",
    # a dateline names no antecedent
    "LYON (Agence) – Le groupe a confirmé lundi la fermeture du site.",
    # a lone nationality word is no antecedent
    "Le Français a remporté l'étape. Il a devancé deux Belges.",
]


@pytest.mark.parametrize(("text", "expected"), RESOLVED)
def test_resolved(text: str, expected: list[tuple[str, str]]) -> None:
    assert resolutions(text) == expected


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_left_alone(text: str) -> None:
    assert resolutions(text) == []
