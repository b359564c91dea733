"""French polarity: pairs of claims of one fact that oppose, and pairs that only look so."""

from __future__ import annotations

import pytest

from claimcheck.models import Claim
from claimcheck.polarity import opposed, reversal


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


OPPOSED = [
    (
        "Le ministère de l'Intérieur a confirmé l'interpellation du suspect à Valmont.",
        "Le ministère de l'Intérieur n'a pas confirmé l'interpellation du suspect à Valmont.",
        "n'a pas confirmé",
    ),
    (
        "Le maire de Valmont accepte le projet de nouvelle passerelle.",
        "Le maire de Valmont refuse le projet de nouvelle passerelle.",
        "refuse",
    ),
    (
        "La direction de l'usine a reconnu une fuite de produits chimiques dans la rivière.",
        "La direction de l'usine a nié toute fuite de produits chimiques dans la rivière.",
        "a nié",
    ),
    (
        "Le conducteur du car a été arrêté samedi par la gendarmerie.",
        "Le conducteur du car n'a jamais été arrêté par la gendarmerie.",
        "n'a jamais été arrêté",
    ),
    (
        "Une plainte a été déposée contre le club de Valmont.",
        "Aucune plainte n'a été déposée contre le club de Valmont.",
        "Aucune plainte n'a été déposée",
    ),
    (
        "Le syndicat a menacé de bloquer le port de Valmont lundi.",
        "Le syndicat n'a pas menacé de bloquer le port de Valmont.",
        "n'a pas menacé de bloquer",
    ),
    # a subject quantifier denies the verb: "aucun ... n'a"
    (
        "Les deux nageurs ont abandonné la course de Valmont dimanche.",
        "Aucun des deux nageurs n'a abandonné la course de Valmont.",
        "Aucun des deux nageurs n'a abandonné",
    ),
    # a denial denies its clause
    (
        "Le ministre de la Santé affirme que les travaux de l'hôpital ont commencé en mars.",
        "Le ministre de la Santé dément que les travaux de l'hôpital aient commencé en mars.",
        "dément que les travaux de l'hôpital aient commencé",
    ),
    # an unproven claim is denied
    (
        "Selon le ministre de la Santé, le nouveau traitement a guéri des malades.",
        "Selon le ministre de la Santé, il n'est pas prouvé que le nouveau traitement ait guéri "
        "des malades.",
        "prouvé que le nouveau traitement ait guéri",
    ),
]

COMPATIBLE = [
    # restrictive "ne ... que": "only", not a denial
    (
        "La crue a touché les quartiers bas de Valmont.",
        "La crue n'a touché que les quartiers bas de Valmont.",
    ),
    # additive "pas seulement" / "non seulement"
    (
        "La grève touche les trains régionaux de la ligne nord.",
        "La grève ne touche pas seulement les trains régionaux de la ligne nord.",
    ),
    (
        "La grève touche les trains régionaux de la ligne nord.",
        "La grève touche non seulement les trains régionaux de la ligne nord.",
    ),
    # a double negation asserts
    (
        "Le maire a signé l'arrêté après consultation du conseil municipal.",
        "Le maire n'a pas signé l'arrêté sans consultation du conseil municipal.",
    ),
    # both deny: no opposition
    (
        "Le ministère n'a pas confirmé l'interpellation du suspect à Valmont.",
        "Le ministère de l'Intérieur n'a toujours pas confirmé l'interpellation du suspect.",
    ),
    # a negated antonym is not the other half of the pair
    (
        "Le ministère a confirmé l'interpellation du suspect à Valmont.",
        "Le ministère n'a pas démenti l'interpellation du suspect à Valmont.",
    ),
    # nothing else in common: not one fact
    ("Le ministère a confirmé la nouvelle.", "Le club n'a pas confirmé son entraîneur."),
    # a refusal denies the verb it governs: "refuse de vendre" agrees with "ne vend pas"
    (
        "La société refuse de vendre ses logiciels aux services de police.",
        "La société ne vend pas ses logiciels aux services de police.",
    ),
    # "le plus ... jamais": ever, not never
    (
        "Le séisme a été enregistré à Valmont dans la nuit de samedi.",
        "C'est le séisme le plus fort jamais enregistré à Valmont.",
    ),
    # the literary "ne cesse de": it keeps rising
    (
        "Le nombre de sinistrés continue d'augmenter dans la vallée de Valmont.",
        "Le nombre de sinistrés ne cesse d'augmenter dans la vallée de Valmont.",
    ),
    # no longer is not never: "n'est plus" agrees with a past "était"
    (
        "Paul Garnier était le directeur de l'hôpital de Valmont jusqu'en 2021.",
        "Paul Garnier n'est plus le directeur de l'hôpital de Valmont.",
    ),
    # a noun made from the verb asserts nothing: "avant évaluation" / "pas encore évalués"
    (
        "Les résultats ont été publiés avant évaluation par le comité de Valmont.",
        "Les résultats n'ont pas encore été évalués par le comité de Valmont.",
    ),
    # what a verb is denied of is neither asserted nor denied
    (
        "Nous ne vendons pas nos drones à des services de police étrangers.",
        "La société ne vend ses drones à aucun service de police étranger.",
    ),
]


# Across words: near-synonyms, qualities, denials of existence, and the look-alikes
# each must leave alone (another noun qualified, "ne ... que", obligations).
# (asserting, denying, the denying words reported)
ACROSS_WORDS_OPPOSED = [
    # antonyms of one predicate: to succeed, to fail
    (
        "Les négociations sur le port de Valmont ont réussi mardi soir.",
        "Les négociations sur le port de Valmont ont échoué mardi soir.",
        "ont échoué",
    ),
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


ACROSS_WORDS_COMPATIBLE = [
    # "s'échouer", "échouer sur", "au large": to run aground, no failure
    (
        "Le cargo Nordic Star a réussi à quitter le port de Valmont mardi.",
        "Le cargo Nordic Star s'est échoué à la sortie du port de Valmont mardi.",
    ),
    (
        "Le cargo Nordic Star a réussi à quitter le port de Valmont mardi.",
        "Le cargo Nordic Star a échoué sur un banc de sable du port de Valmont mardi.",
    ),
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


@pytest.mark.parametrize(("asserting", "denying", "words"), OPPOSED + ACROSS_WORDS_OPPOSED)
def test_opposed(asserting: str, denying: str, words: str) -> None:
    a, b = claim(asserting, "a"), claim(denying, "b")
    found = opposed(a, b)
    assert found, (asserting, denying)
    assert all(mark_a.sign > 0 > mark_b.sign for _, mark_a, mark_b in found)
    assert words in [denying[mark.start : mark.end] for _, _, mark in found]
    assert opposed(b, a)  # symmetric


@pytest.mark.parametrize(("first", "second"), COMPATIBLE + ACROSS_WORDS_COMPATIBLE)
def test_not_opposed(first: str, second: str) -> None:
    assert opposed(claim(first, "a"), claim(second, "b")) == []


@pytest.mark.parametrize(
    ("a", "b", "flip"),
    [
        ("homicide volontaire", "homicide involontaire", True),
        ("un acte responsable", "un acte irresponsable", True),
        ("un accord légal", "un accord illégal", True),
        ("il viendra", "il ne viendra pas", True),
        ("en matière de", "en terme de", False),
        ("opposé à", "opposée à", False),
    ],
)
def test_reversal(a: str, b: str, flip: bool) -> None:
    assert (reversal(a, b, "fr") is not None) is flip


def test_shares_that_make_up_the_whole_are_not_opposed(grounded) -> None:  # type: ignore[no-untyped-def]
    from claimcheck.polarity import oppositions

    base = "Selon le sondage de Valmont, {} % des habitants {} le projet de tramway."
    _, claims = grounded(
        [
            ("a", base.format("90", "approuvent"), "fr", "2024-03-05"),
            ("b", base.format("10", "n'approuvent pas"), "fr", "2024-03-05"),
            ("c", base.format("90", "n'approuvent pas"), "fr", "2024-03-05"),
        ]
    )
    a, b, c = claims
    assert oppositions([a, b]) == []
    assert len(oppositions([a, c])) == 1  # the approval family, asserted against denied
