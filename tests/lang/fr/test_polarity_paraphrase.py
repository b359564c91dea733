"""French polarity across words: near-synonyms, qualities, denials of existence, and the
look-alikes each must leave alone (another noun qualified, "ne ... que", obligations)."""

from __future__ import annotations

import pytest

from claimcheck.models import Claim
from claimcheck.polarity import opposed


def claim(text: str, doc: str) -> Claim:
    return Claim(
        id=f"{doc}#1",
        document_id=doc,
        start=0,
        end=len(text),
        text=text,
        normalized=text,
        sentence=0,
        lang="fr",
    )


# (asserting, denying, the denying words reported)
OPPOSED = [
    # near-synonyms of one predicate, one denied
    (
        "Une cellule de crise a été constituée à la préfecture de Valmont après l'explosion.",
        "Aucune cellule de crise n'a été créée à la préfecture de Valmont après l'explosion.",
        "Aucune cellule de crise n'a été créée",
    ),
    (
        "L'enquête a démontré la responsabilité du sous-traitant dans l'effondrement du pont.",
        "La responsabilité du sous-traitant dans l'effondrement du pont n'est pas prouvée.",
        "n'est pas prouvée",
    ),
    (
        "Le rapport de l'inspection répertorie douze fuites sur le réseau d'eau de Valmont.",
        "Le rapport de l'inspection ne liste pas douze fuites sur le réseau d'eau de Valmont.",
        "ne liste pas",
    ),
    (
        "Le nouveau pesticide peut entraîner des troubles respiratoires chez les agriculteurs.",
        "Le nouveau pesticide ne provoque pas de troubles respiratoires chez les agriculteurs.",
        "ne provoque pas",
    ),
    # the verb a negated verb governs, after the closing negator
    (
        "La réforme supprimera les tarifs réduits des transports scolaires.",
        "La réforme ne prévoit pas de supprimer les tarifs réduits des transports scolaires.",
        "ne prévoit pas de supprimer",
    ),
    # "pas qu'ils": a clause, not the additive "pas que"
    (
        "Le préfet reconnaît que les pompiers ont manqué de moyens lors de l'incendie.",
        "Le préfet ne reconnaît pas qu'ils ont manqué de moyens lors de l'incendie.",
        "ne reconnaît pas",
    ),
    # a denial of existence denies its complement; a denial of having done
    (
        "Les gardiens de la prison ont reçu l'ordre de fouiller les cellules du bloc nord.",
        "Les gardiens de la prison démentent l'existence d'un ordre de fouiller les cellules "
        "du bloc nord.",
        "démentent l'existence d'un ordre",
    ),
    (
        "Le club a envoyé une mise en demeure à la fédération de football.",
        "Le club a démenti avoir envoyé une mise en demeure à la fédération de football.",
        "démenti avoir envoyé",
    ),
    # "ni ... ni": the second one denies too
    (
        "Selon la mairie, la fermeture de la piscine municipale est définitive.",
        "Selon la mairie, la fermeture de la piscine municipale n'est ni urgente ni définitive.",
        "ni définitive",
    ),
    # quote marks between a negation and its word
    (
        "Selon le syndicat, la grève des conducteurs de bus de Valmont est « illimitée ».",
        "Selon le syndicat, la grève des conducteurs de bus de Valmont n'est pas « illimitée ».",
        "n'est pas « illimitée",
    ),
    # qualities of one thing
    (
        "Le risque de crue de la Loire à Valmont est élevé cette semaine.",
        "Le risque de crue de la Loire à Valmont est très faible cette semaine.",
        "faible",
    ),
    (
        "Les pannes de signalisation sont fréquentes sur la ligne B du métro de Valmont.",
        "Les pannes de signalisation sont rares sur la ligne B du métro de Valmont.",
        "sont rares",
    ),
    (
        "Le test antidopage du cycliste belge s'est révélé positif après l'étape de Valmont.",
        "Le test antidopage du cycliste belge s'est révélé négatif après l'étape de Valmont.",
        "négatif",
    ),
    # a quality and its noun share a stem
    (
        "Les chiffres de l'agence de Valmont montrent l'inefficacité du vaccin contre la grippe.",
        "Les chiffres de l'agence de Valmont ne prouvent pas que le vaccin contre la grippe "
        "est inefficace.",
        "ne prouvent pas que le vaccin contre la grippe est inefficace",
    ),
]

COMPATIBLE = [
    # restrictive, not denying, with a synonym on the other side
    (
        "Le rapport de l'inspection répertorie douze fuites sur le réseau d'eau de Valmont.",
        "Le rapport de l'inspection ne liste que douze fuites sur le réseau d'eau de Valmont.",
    ),
    # no longer obliged to order is not "did not order"
    (
        "La commune a commandé des masques pour les écoles de Valmont.",
        "La commune n'a plus l'obligation de commander des masques pour les écoles de Valmont.",
    ),
    # not prevented from driving says nothing against driving
    (
        "Les camions circulent sur le pont de Valmont depuis lundi.",
        "Les travaux n'empêchent pas les camions de circuler sur le pont de Valmont depuis lundi.",
    ),
    # "recommande de ne pas" and "ne recommande pas" say one thing
    (
        "L'agence ne recommande pas la consommation des moules de l'étang de Valmont.",
        "L'agence recommande de ne pas consommer les moules de l'étang de Valmont.",
    ),
    # the denial is of a number, and the other claim gives another
    (
        "La police a compté 3 000 manifestants dans les rues de Valmont samedi.",
        "La police n'a pas compté 30 000 manifestants dans les rues de Valmont samedi.",
    ),
    (
        "Les intérimaires ont constitué 12 % des embauches de l'usine de Valmont en 2023.",
        "Les intérimaires n'ont pas constitué moins de 12 % des embauches de l'usine de Valmont "
        "en 2023.",
    ),
    # a condition, not a denial
    (
        "Les visiteurs présentent un badge pour entrer dans la centrale de Valmont.",
        "Sans badge, les visiteurs ne peuvent pas entrer dans la centrale de Valmont.",
    ),
    # the condition is that of its own clause, not of a later one
    (
        "Les patients non vaccinés présentent un test pour entrer à l'hôpital de Valmont.",
        "Sans test, on ne peut pas entrer à l'hôpital de Valmont, si on n'est pas vacciné.",
    ),
    # two qualities of two things
    (
        "Une faible pluie est tombée sur Valmont mardi matin.",
        "Un vent élevé a soufflé sur Valmont mardi matin.",
    ),
    (
        "La bonne nouvelle du jour à Valmont est la réouverture de la gare.",
        "La mauvaise surprise du jour à Valmont est la fermeture du pont.",
    ),
    # a name is not an antonym
    (
        "Le maire Jean Bonne a inauguré la médiathèque de Valmont samedi.",
        "Le maire Jean Mauvais a inauguré la médiathèque de Valmont samedi.",
    ),
    # a lack of something says what "not" says
    (
        "Les capuchons des seringues de l'usine de Valmont ne sont pas étanches.",
        "Un défaut d'étanchéité touche les capuchons des seringues de l'usine de Valmont.",
    ),
    # a rare word of degree governs nothing
    (
        "Il est rare de voir des cigognes nicher à Valmont en hiver.",
        "Des cigognes ont été vues nicher à Valmont en hiver.",
    ),
]


@pytest.mark.parametrize(("asserting", "denying", "words"), OPPOSED)
def test_opposed(asserting: str, denying: str, words: str) -> None:
    a, b = claim(asserting, "a"), claim(denying, "b")
    found = opposed(a, b)
    assert found, (asserting, denying)
    assert all(mark_a.sign > 0 > mark_b.sign for _, mark_a, mark_b in found)
    assert words in [denying[mark.start : mark.end] for _, _, mark in found]
    assert opposed(b, a)  # symmetric


@pytest.mark.parametrize(("first", "second"), COMPATIBLE)
def test_not_opposed(first: str, second: str) -> None:
    assert opposed(claim(first, "a"), claim(second, "b")) == []
