"""French quantities: one row per expression, and texts that hold none."""

from __future__ import annotations

import itertools

import pytest
from text_to_num import find_numbers as text2num

from claimcheck.ground.quantity import find_numbers, find_quantities
from claimcheck.ground.quantity_tokens import Tokens
from claimcheck.lang import get_profile

FR = get_profile("fr")
NB, NNB = "\u00a0", "\u202f"

# text, span, value, bound, unit, dimension, noun
FOUND = [
    ("4,4 milliards de dollars", "4,4 milliards de dollars", 4.4e9, "exact", "USD", "money", None),
    ("Il a payé 1 200 euros.", "1 200 euros", 1200, "exact", "EUR", "money", None),
    (f"1{NB}200 €", f"1{NB}200 €", 1200, "exact", "EUR", "money", None),
    (f"1{NNB}200 €", f"1{NNB}200 €", 1200, "exact", "EUR", "money", None),
    ("1.200 euros", "1.200 euros", 1200, "exact", "EUR", "money", None),
    ("1200 euros", "1200 euros", 1200, "exact", "EUR", "money", None),
    ("1,250 milliard d'euros", "1,250 milliard d'euros", 1.25e9, "exact", "EUR", "money", None),
    ("3 millions d'euros", "3 millions d'euros", 3e6, "exact", "EUR", "money", None),
    ("un budget de 5 M€", "5 M€", 5e6, "exact", "EUR", "money", None),
    ("4,4Md$", "4,4Md$", 4.4e9, "exact", "USD", "money", None),
    (
        "2 millions de livres sterling",
        "2 millions de livres sterling",
        2e6,
        "exact",
        "GBP",
        "money",
        None,
    ),
    (
        "plus d'un milliard de dollars",
        "plus d'un milliard de dollars",
        1e9,
        "more_than",
        "USD",
        "money",
        None,
    ),
    (
        "trois millions et demi d'euros",
        "trois millions et demi d'euros",
        3.5e6,
        "exact",
        "EUR",
        "money",
        None,
    ),
    ("au moins 40 morts", "au moins 40 morts", 40, "at_least", None, "count", "morts"),
    (
        "plus de 3 000 manifestants",
        "plus de 3 000 manifestants",
        3000,
        "more_than",
        None,
        "count",
        "manifestants",
    ),
    (
        "près de 2 000 personnes",
        "près de 2 000 personnes",
        2000,
        "approx",
        None,
        "count",
        "personnes",
    ),
    ("environ 300 salariés", "environ 300 salariés", 300, "approx", None, "count", "salariés"),
    ("moins de 50 blessés", "moins de 50 blessés", 50, "less_than", None, "count", "blessés"),
    ("jusqu'à 18 mois de prison", "jusqu'à 18 mois", 18, "at_most", "month", "duration", None),
    ("jusqu’à 10 %", "jusqu’à 10 %", 10, "at_most", "%", "percent", None),
    ("quelque 500 soldats", "quelque 500 soldats", 500, "approx", None, "count", "soldats"),
    ("40 morts au moins", "40 morts au moins", 40, "at_least", None, "count", "morts"),
    ("2 750 salariés", "2 750 salariés", 2750, "exact", None, "count", "salariés"),
    ("47 personnes", "47 personnes", 47, "exact", None, "count", "personnes"),
    (
        "2 millions de personnes",
        "2 millions de personnes",
        2e6,
        "exact",
        None,
        "count",
        "personnes",
    ),
    ("dix-huit mois", "dix-huit mois", 18, "exact", "month", "duration", None),
    ("un an et demi", "un an et demi", 18, "exact", "month", "duration", None),
    ("Deux ans et demi", "Deux ans et demi", 30, "exact", "month", "duration", None),
    ("pendant trois semaines", "trois semaines", 21, "exact", "day", "duration", None),
    ("une semaine", "une semaine", 7, "exact", "day", "duration", None),
    ("48 heures", "48 heures", 48, "exact", "hour", "duration", None),
    ("trois cents personnes", "trois cents personnes", 300, "exact", None, "count", "personnes"),
    ("vingt et un morts", "vingt et un morts", 21, "exact", None, "count", "morts"),
    ("mille manifestants", "mille manifestants", 1000, "exact", None, "count", "manifestants"),
    ("30 %", "30 %", 30, "exact", "%", "percent", None),
    (f"30{NB}%", f"30{NB}%", 30, "exact", "%", "percent", None),
    ("30%", "30%", 30, "exact", "%", "percent", None),
    ("4,5 % de hausse", "4,5 %", 4.5, "exact", "%", "percent", None),
    ("30 pour cent", "30 pour cent", 30, "exact", "%", "percent", None),
    ("2 points de pourcentage", "2 points de pourcentage", 2, "exact", "pp", "percent", None),
    ("2000 euros", "2000 euros", 2000, "exact", "EUR", "money", None),
    (
        "plus de 2000 manifestants",
        "plus de 2000 manifestants",
        2000,
        "more_than",
        None,
        "count",
        "manifestants",
    ),
    ("12 km", "12 km", 12000, "exact", "m", "measure", None),
    ("3 000 tonnes", "3 000 tonnes", 3e6, "exact", "kg", "measure", None),
]

# text, span, low, high
RANGES = [
    ("entre 10 000 et 12 000 manifestants", "entre 10 000 et 12 000 manifestants", 10000, 12000),
    ("de 10 à 12 millions d'euros", "de 10 à 12 millions d'euros", 10e6, 12e6),
    ("entre 500 et 1 million", "entre 500 et 1 million", 500, 1e6),
    ("10 000-12 000 personnes", "10 000-12 000 personnes", 10000, 12000),
    ("de 3 à 5 ans", "de 3 à 5 ans", 36, 60),
    ("entre 2 et 3 %", "entre 2 et 3 %", 2, 3),
]

NONE = [
    "un logiciel",
    "l'un des dirigeants",
    "en 2020",
    "Il est né en 1985.",
    "2021",
    "le 10 juin",
    "10 juin 2020",
    "le 1er mars",
    "la 2e édition",
    "le 3ème trimestre",
    "à 20h02",
    "à 20:02",
    "à 20h",
    "vers 20 heures",
    "l'A320",
    "le COVID-19",
    "le G7",
    "1. TDN",
    "2) La suite",
    "n°2",
    "le numéro 10",
    "06 12 34 56 78",
    "01.23.45.67.89",
    "+33 1 23 45 67 89",
    "de 2019 à 2021",
    "entre 2019 et 2021",
    "2019-2021",
    "le 2020-06-11",
    "le 11/06/2020",
    "des milliers de personnes",
    "des millions d'euros",
    "version 1.2.3",
    "un logiciel neuf",
    "mi-2020",
    "24/7",
]


def _one(text: str):  # type: ignore[no-untyped-def]
    found = find_quantities(text, profile=FR)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start : q.end] == q.text
    return q


Row = tuple[str, str, float, str, str | None, str, str | None]


@pytest.mark.parametrize("row", FOUND, ids=[row[0] for row in FOUND])
def test_quantity_found(row: Row) -> None:
    text, span, value, bound, unit, dimension, noun = row
    q = _one(text)
    assert (q.text, q.bound, q.unit, q.dimension, q.noun) == (span, bound, unit, dimension, noun)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(("text", "span", "low", "high"), RANGES)
def test_quantity_range(text: str, span: str, low: float, high: float) -> None:
    q = _one(text)
    assert (q.text, q.bound) == (span, "range")
    assert (q.low, q.high, q.value) == (pytest.approx(low), pytest.approx(high), pytest.approx(low))


@pytest.mark.parametrize("text", NONE)
def test_quantity_none(text: str) -> None:
    assert find_quantities(text, profile=FR) == []


def test_quantity_bounds_fr() -> None:
    (near,) = find_quantities("près de 2 000 morts", profile=FR)
    assert (near.low, near.high) == (1800, 2200)  # "près de" is close to, either side
    (almost,) = find_quantities("presque 2 000 morts", profile=FR)
    assert (almost.low, almost.high) == (1800, 2000)  # "presque" stays below
    (more,) = find_quantities("plus de 3 000", profile=FR)
    assert (more.low, more.high) == (3000, None)
    (less,) = find_quantities("moins de 40", profile=FR)
    assert (less.low, less.high) == (None, 40)


def test_quantity_sentence_fr() -> None:
    text = (
        "Le 10 juin 2020, au moins 40 morts et plus de 3 000 blessés ont été recensés ; "
        "l'amende de 4,4 milliards de dollars sera payée en 18 mois."
    )
    found = find_quantities(text, profile=FR)
    assert [q.text for q in found] == [
        "au moins 40 morts",
        "plus de 3 000 blessés",
        "4,4 milliards de dollars",
        "18 mois",
    ]
    assert all(text[q.start : q.end] == q.text for q in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


# text, span, value, unit, kind: kinds come from the noun, a participle or a verb after it
KINDS = [
    ("Les 300 secouristes sont arrivés.", "300 secouristes", 300, None, "rescuers"),
    ("On déplore 12 morts.", "12 morts", 12, None, "dead"),
    ("12 personnes ont été tuées dans la nuit.", "12 personnes", 12, None, "dead"),
    ("Au total, 45 blessées ont été soignées.", "45 blessées", 45, None, "injured"),
    ("près de 80 personnes blessées", "près de 80 personnes", 80, None, "injured"),
    ("quelque 2 000 habitants ont été évacués", "quelque 2 000 habitants", 2000, None, "displaced"),
    ("Trois personnes sont portées disparues.", "Trois personnes", 3, None, "missing"),
    ("Douze membres d'équipage sont morts.", "Douze membres", 12, None, "dead"),
    ("Six agents pompiers ont été blessés.", "Six agents", 6, None, "injured"),
    # un nombre nu joint à une longueur et suivi des mots d'une dimension : son unité
    ("Le navire mesure 400 mètres de long et 59 de large.", "59", 59, "m", "width"),
    ("Le bassin fait 120 mètres de long et 45 de large.", "45", 45, "m", "width"),
    ("Le bassin fait 50 mètres de long sur 25 de large.", "25", 25, "m", "width"),
    ("Le score est de 3 buts sur 45 tirs.", "45", None, None, None),
    ("La tour fait 300 mètres de haut et 12 000 visiteurs y montent.", "12 000", None, None, None),
    ("15 interpellations ont eu lieu", "15 interpellations", 15, None, "arrested"),
    ("40 sapeurs-pompiers mobilisés", "40 sapeurs-pompiers", 40, None, "rescuers"),
    ("120 membres des secours", "120 membres des secours", 120, None, "rescuers"),
    ("une trentaine de maisons et 200 bâtiments", "200 bâtiments", 200, None, "buildings"),
    ("L'incendie a détruit 35 véhicules.", "35 véhicules", 35, None, "vehicles"),
    ("une tour de 120 mètres", "120 mètres", 120, "m", "length"),
    ("une digue de 3,5 km", "3,5 km", 3500, "m", "length"),
    ("le pont mesure 300 mètres de long", "300 mètres", 300, "m", "length"),
    ("une brèche de 12 mètres de large", "12 mètres", 12, "m", "width"),
    ("une route large de 7 mètres", "7 mètres", 7, "m", "width"),
    ("une vague de 5 mètres de haut", "5 mètres", 5, "m", "height"),
    ("une tour haute de 90 mètres", "90 mètres", 90, "m", "height"),
    ("le foyer se situe à 10 km de profondeur", "10 km", 10000, "m", "depth"),
    ("à une profondeur de 8 km", "8 km", 8000, "m", "depth"),
    ("un bouchon de 2 km", "2 km", 2000, "m", "length"),
    ("un séisme de magnitude 6,8", "magnitude 6,8", 6.8, "magnitude", "magnitude"),
    ("une magnitude de 7", "magnitude de 7", 7, "magnitude", "magnitude"),
    ("d'une magnitude d'environ 6", "magnitude d'environ 6", 6, "magnitude", "magnitude"),
    ("une magnitude de près de 5,5", "magnitude de près de 5,5", 5.5, "magnitude", "magnitude"),
    ("des vents à 130 km/h", "130 km/h", 130, "km/h", "speed"),
    ("il a fait 45 °C à l'ombre", "45 °C", 45, "°C", "temperature"),
    ("il a fait 38 degrés à l'ombre", "38 degrés", 38, "°", "temperature"),
    ("le record de 46 degrés est tombé", "46 degrés", 46, "°", "temperature"),
    ("l'explosion a provoqué la mort de 14 personnes", "14 personnes", 14, None, "dead"),
    ("la crue a causé la mort d'au moins 9 habitants", "au moins 9 habitants", 9, None, "dead"),
    ("le décès de 3 soldats", "3 soldats", 3, None, "dead"),
    ("l'épicentre, à 31,2 degrés nord", "31,2 degrés", 31.2, "°", "coordinate"),
    ("à la longitude 112 degrés ouest", "112 degrés", 112, "°", "coordinate"),
    ("un virage à 90 degrés", "90 degrés", 90, "°", "angle"),
    ("un homme âgé de 34 ans", "34 ans", 408, "month", "age"),
    ("20 000 hectares brûlés", "20 000 hectares", 2e8, "m2", "area"),
    ("2,5 Md€ d'aides", "2,5 Md€", 2.5e9, "EUR", "money"),
    ("un contrat de 3,5 M€", "3,5 M€", 3.5e6, "EUR", "money"),
    ("1,2 million de sinistrés", "1,2 million de sinistrés", 1.2e6, None, "displaced"),
    ("un taux de 4,800 %", "4,800 %", 4.8, "%", "percent"),
    ("deux tiers des électeurs", "deux tiers", 66.666666667, "%", "percent"),
    ("un Français sur trois", "un Français sur trois", None, None, None),
    ("500 litres d'eau", "500 litres", 500, "l", "volume"),
    ("12 personnes, dont trois enfants, ont péri", "12 personnes", 12, None, "dead"),
    (
        "40 manifestants, selon la police, ont été interpellés",
        "40 manifestants",
        40,
        None,
        "arrested",
    ),
    ("40 personnes, selon la police, ont été interpellées", "40 personnes", 40, None, "arrested"),
    ("40 manifestants ont défilé", "40 manifestants", 40, None, "protesters"),
    ("trois soldats tués", "trois soldats", 3, None, "dead"),
    # a participle or adjective agrees with what it describes: a singular one after a plural
    # count describes another noun
    ("120 soldats dans la région sinistrée", "120 soldats", 120, None, "troops"),
    ("300 habitants de la zone sinistrée", "300 habitants", 300, None, "people"),
    ("120 soldats sinistrés ont été évacués", "120 soldats", 120, None, "displaced"),
    ("40 personnes de la commune sinistrée blessées", "40 personnes", 40, None, "injured"),
    ("Le bilan s'est alourdi à 418, selon la préfecture.", "418", 418, None, "dead"),
    ("Le bilan du séisme s'est alourdi à 312 dans la nuit.", "312", 312, None, "dead"),
    ("Le bilan de l'explosion de Lyon est de 12.", "12", 12, None, "dead"),
    ("le bilan provisoire s'élève désormais à 57", "57", 57, None, "dead"),
    ("Le bilan est passé à 1 350 dimanche soir.", "1 350", 1350, None, "dead"),
    ("le nombre de blessés a grimpé à plus de 90", "plus de 90", 90, None, "injured"),
    ("le nombre de disparus atteint 33", "33", 33, None, "missing"),
    ("Le bilan, lui, reste flou : 12 selon la mairie.", "12", 12, None, None),
    ("Le bilan a augmenté de 40 en une nuit.", "40", 40, None, None),
    ("Les secours ont dégagé 214 mardi.", "214", 214, None, None),
    ("une équipe de 40 membres est partie", "40 membres", 40, None, "members"),
    ("60 éléments de la sécurité civile", "60 éléments", 60, None, "members"),
    ("trois membres de l'équipage ont été tués", "trois membres", 3, None, "dead"),
    # des survivants sont retrouvés vivants, non déplacés (comme "survivors" en anglais)
    (
        "Les équipes ont extrait 12 survivants de l'immeuble.",
        "12 survivants",
        12,
        None,
        "survivors",
    ),
    ("On compte 40 rescapés.", "40 rescapés", 40, None, "survivors"),
    # "a fait" says an event caused the count, not what happened to those counted: it names
    # the dead for a bare count, for people and for victims, not for patients or soldiers
    ("La grippe a fait 1 500 malades en une semaine.", "1 500 malades", 1500, None, "patients"),
    ("L'épidémie a fait 300 malades et 12 morts.", "300 malades", 300, None, "patients"),
    ("La tempête a fait 12 victimes.", "12 victimes", 12, None, "dead"),
    ("Le séisme a fait 12 personnes tuées.", "12 personnes", 12, None, "dead"),
    ("L'épidémie a tué 12 malades.", "12 malades", 12, None, "dead"),
    # des logements comptés par ce dont ils sont privés sont des foyers, comme "foyers"
    ("1 200 maisons restaient privées d'électricité.", "1 200 maisons", 1200, None, "households"),
    (
        "1 200 maisons détruites et 300 foyers sans courant.",
        "1 200 maisons",
        1200,
        None,
        "buildings",
    ),
    ("12 000 personnes privées d'électricité.", "12 000 personnes", 12000, None, "people"),
    (
        "Le bilan des glissements de terrain dans la vallée s'élève à 23.",
        "23",
        23,
        None,
        "dead",
    ),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "kind"), KINDS)
def test_quantity_kind_fr(
    text: str, span: str, value: float | None, unit: str | None, kind: str | None
) -> None:
    found = find_quantities(text, profile=FR)
    if value is None:
        assert all(q.text != span for q in found)
        return
    (q,) = [q for q in found if q.text == span]
    assert (q.unit, q.kind, q.plausible) == (unit, kind, True)
    assert q.value == pytest.approx(value)


def test_quantity_ranges_and_bounds_fr() -> None:
    (joined,) = find_quantities("plus de 20 et moins de 30 morts", profile=FR)
    assert (joined.bound, joined.low, joined.high, joined.kind) == ("range", 20, 30, "dead")
    (between,) = find_quantities("entre 20 000 et 25 000 personnes", profile=FR)
    assert (between.bound, between.low, between.high) == ("range", 20000, 25000)
    (cold,) = find_quantities("il a fait moins 12 degrés", profile=FR)
    assert cold.value == -12


def test_quantity_implausible_fr() -> None:
    (typo,) = find_quantities("un séisme d'une magnitude de 62", profile=FR)
    assert (typo.kind, typo.value, typo.plausible) == ("magnitude", 62, False)


def test_quantity_exclude_fr() -> None:
    text = "À 21h35, 40 morts."
    spans = [(text.index("21h35"), text.index("21h35") + 5)]
    assert [q.text for q in find_quantities(text, profile=FR, exclude=spans)] == ["40 morts"]


# text, span, value, unit: fractions, coins, mixed numbers, negatives, written without accents
FORMS = [
    ("les deux tiers des votants", "deux tiers", 66.666666667, "%"),
    ("un habitant sur cinq", "un habitant sur cinq", None, None),
    ("un sur cinq a voté", "un sur cinq", 20, "%"),
    ("la moitié des élus", "moitié", 50, "%"),
    ("un demi-million de visiteurs", "un demi-million de visiteurs", 5e5, None),
    ("trois et un quart", "trois et un quart", 3.25, None),
    ("15 euros et 20 centimes", "15 euros et 20 centimes", 15.2, "EUR"),
    ("il a fait moins 5 degrés", "moins 5 degrés", -5, "°"),
    ("un millier de manifestants", "un millier de manifestants", 1000, None),
    ("une douzaine de blessés", "une douzaine de blessés", 12, None),
    ("trois cinquiemes", "trois cinquiemes", 60, "%"),
    ("1 sur 3", "1 sur 3", 33.333333333, "%"),
    ("un troisième mandat", None, None, None),
    ("Quelque 1,200 habitants ont été évacués", "Quelque 1,200 habitants", 1200, None),
    ("une facture de 1,200 euros", "1,200 euros", 1200, "EUR"),
    ("un prix de 63,45 euros", "63,45 euros", 63.45, "EUR"),
    ("2 millions 500 000 spectateurs", "2 millions 500 000 spectateurs", 2.5e6, None),
    ("5 millions et 3 blessés", "3 blessés", 3, None),
]


@pytest.mark.parametrize(("text", "span", "value", "unit"), FORMS)
def test_quantity_forms_fr(
    text: str, span: str | None, value: float | None, unit: str | None
) -> None:
    found = find_quantities(text, profile=FR)
    if value is None:
        assert all(q.text != span for q in found) if span else found == []
        return
    (q,) = [q for q in found if q.text == span]
    assert q.unit == unit
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("4,800", [4.8]),
        ("de 2019 à 2021", [2019, 2021]),
        ("un cinquième", [0.2]),
        ("192.168.1.2", [192, 168, 1.2]),
        ("12,32e+14", [1.232e15]),
        ("-4/5", [-0.8]),
    ],
)
def test_find_numbers_fr(text: str, values: list[float]) -> None:
    """Bare numbers: no news filters (years count), fractions stay fractions."""
    found = [q.value for q in find_numbers(text, profile=FR)]
    assert found == pytest.approx(values)


@pytest.mark.parametrize(
    "text", ["le vol AF 447 a disparu", "le CAC 40 a reculé", "la COP 28 s'ouvre"]
)
def test_quantity_code_after_acronym_fr(text: str) -> None:
    assert find_quantities(text, profile=FR) == []


@pytest.mark.parametrize(
    "text",
    [
        "Vingt et un salariés ont été reçus par la direction jeudi matin.",
        "Le quatre-vingt-dixième anniversaire de la coopérative sera fêté en juin.",
        "Une quarantaine de pompiers et trois-tonnes de matériel ont été mobilisés.",
        "Pour la deuxième fois, le maire a reporté la réunion du conseil.",
        "Le préfet a salué le travail des secouristes venus de toute la région.",
        "Le bilan fait état de 12 blessés légers, selon la préfecture.",
    ],
)
def test_spelled_numbers_read_as_text2num_reads_the_whole_text_fr(text: str) -> None:
    """text2num is asked only about texts with a word it reads alone as a number: the numbers
    and ordinals found are those text2num finds in the whole text."""
    tokens = Tokens(text, FR.numbers)
    words: dict[int, tuple[int, float]] = {}
    ordinals: dict[int, tuple[int, float]] = {}
    for found in text2num(tokens.toks, "fr", 0):
        target = ordinals if found.is_ordinal else words
        target[found.start] = (found.end, float(found.value))
    assert (tokens.words, tokens.ordinals) == (words, ordinals)


def test_quantity_bound_between_unit_and_number_fr() -> None:
    """Une borne entre l'unité écrite d'abord et son nombre borne la mesure."""
    (about,) = find_quantities("une secousse d'une magnitude d'environ 6", profile=FR)
    assert (about.bound, about.low, about.high) == ("approx", 5.4, 6.6)
    (least,) = find_quantities("une magnitude d'au moins 5,2 a été mesurée", profile=FR)
    assert (least.bound, least.low, least.high) == ("at_least", 5.2, None)
