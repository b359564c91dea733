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
