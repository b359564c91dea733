"""atomize: one claim per checkable fact, exact offsets, own slots, stable ids."""

from __future__ import annotations

import pytest

from claimcheck.atomize import atomize
from claimcheck.clean import clean, vocabulary
from claimcheck.ground import ground
from claimcheck.lang import get_profile
from claimcheck.models import Claim, Document
from claimcheck.segment import segment

NB, NNB = "\u00a0", "\u202f"


def facts(text: str, lang: str = "fr", doc_id: str = "d") -> tuple[Document, list[Claim]]:
    doc = Document(id=doc_id, text=text, lang=lang, published="2024-03-12")
    profile = get_profile(lang)
    cleaned = {doc.id: clean(doc, profile, vocabulary([doc]))}
    claims = ground([doc], cleaned, segment(doc, cleaned[doc.id], profile))
    out = atomize(claims)
    check_invariants(doc, out)
    return doc, out


def check_invariants(doc: Document, claims: list[Claim]) -> None:
    assert len({c.id for c in claims}) == len(claims), "ids are unique"
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
        if claim.focus_start is not None:
            assert claim.focus_end is not None
            assert claim.start <= claim.focus_start < claim.focus_end <= claim.end
        for slot in (*claim.quantities, *claim.times, *claim.entities, *claim.quotes):
            assert claim.start <= slot.start <= slot.end <= claim.end


def focus(doc: Document, claim: Claim) -> str | None:
    if claim.focus_start is None or claim.focus_end is None:
        return None
    return doc.text[claim.focus_start : claim.focus_end]


# text, language, [(focus words, normalized, own quantities)]
ENUMERATIONS = [
    (
        "Le séisme a fait 12 morts, 40 blessés et 300 sans-abri selon le dernier bilan.",
        "fr",
        [
            ("12 morts", "Le séisme a fait 12 morts selon le dernier bilan.", ["12 morts"]),
            ("40 blessés", "Le séisme a fait 40 blessés selon le dernier bilan.", ["40 blessés"]),
            (
                "300 sans-abri",
                "Le séisme a fait 300 sans-abri selon le dernier bilan.",
                ["300 sans-abri"],
            ),
        ],
    ),
    (
        "The storm killed 12 people and injured 40 on Monday.",
        "en",
        [
            ("killed 12 people", "The storm killed 12 people on Monday.", ["12 people"]),
            ("injured 40", "The storm injured 40 on Monday.", ["40"]),
        ],
    ),
    (
        f"L'incendie a fait 2{NB}012 morts et 2{NNB}059 blessés dont 1{NB}404 dans un état "
        "grave, selon la préfecture.",
        "fr",
        [
            (f"2{NB}012 morts", f"L'incendie a fait 2{NB}012 morts, selon la préfecture.", None),
            (
                f"2{NNB}059 blessés",
                f"L'incendie a fait 2{NNB}059 blessés, selon la préfecture.",
                None,
            ),
            (
                f"1{NB}404 dans un état grave",
                f"L'incendie a fait 2{NNB}059 blessés dont 1{NB}404 dans un état grave, "
                "selon la préfecture.",
                None,
            ),
        ],
    ),
    (
        "The ministry said 512 people had been killed and 659 injured, including 104 in "
        "critical condition.",
        "en",
        [
            ("512 people had been killed", "The ministry said 512 people had been killed.", None),
            ("659 injured", "The ministry said 659 injured.", None),
            (
                "104 in critical condition",
                "The ministry said 659 injured, including 104 in critical condition.",
                None,
            ),
        ],
    ),
    (
        "The ferry was carrying 212 passengers and nine crew members, the company said.",
        "en",
        [
            ("212 passengers", "The ferry was carrying 212 passengers, the company said.", None),
            (
                "nine crew members",
                "The ferry was carrying nine crew members, the company said.",
                None,
            ),
        ],
    ),
    (
        "The agency said the quake had a magnitude of 5.9 and struck 12 kilometres (7 miles) "
        "below the surface.",
        "en",
        [
            (
                "had a magnitude of 5.9",
                "The agency said the quake had a magnitude of 5.9 below the surface.",
                None,
            ),
            (
                "struck 12 kilometres (7 miles)",
                "The agency said the quake struck 12 kilometres (7 miles) below the surface.",
                None,
            ),
        ],
    ),
    (
        "Le ferry transportait 212 passagers et neuf membres d'équipage.",
        "fr",
        [
            ("212 passagers", "Le ferry transportait 212 passagers.", None),
            ("neuf membres d'équipage", "Le ferry transportait neuf membres d'équipage.", None),
        ],
    ),
    (
        "Le cargo mesure 300 mètres de long et 45 mètres de large.",
        "fr",
        [
            ("300 mètres de long", "Le cargo mesure 300 mètres de long.", None),
            ("45 mètres de large", "Le cargo mesure 45 mètres de large.", None),
        ],
    ),
    # the words that say what the first item counts are its own when the next counts another
    # kind ("la mort de" is the dead's); a toll or a verb of causing is every item's
    (
        "La collision a causé la mort de 3 passagers et 20 blessés, selon la préfecture.",
        "fr",
        [
            (
                "la mort de 3 passagers",
                "La collision a causé la mort de 3 passagers, selon la préfecture.",
                ["3 passagers"],
            ),
            ("20 blessés", "La collision a causé 20 blessés, selon la préfecture.", ["20 blessés"]),
        ],
    ),
    (
        "The blast caused the deaths of 12 people and 40 injuries, officials said.",
        "en",
        [
            (
                "the deaths of 12 people",
                "The blast caused the deaths of 12 people, officials said.",
                None,
            ),
            ("40 injuries", "The blast caused 40 injuries, officials said.", None),
        ],
    ),
    (
        "Le bilan s'élève à 12 morts et 40 blessés.",
        "fr",
        [
            ("12 morts", "Le bilan s'élève à 12 morts.", None),
            ("40 blessés", "Le bilan s'élève à 40 blessés.", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ENUMERATIONS)
def test_enumerations_split_with_exact_offsets(
    text: str, lang: str, expected: list[tuple[str, str, list[str] | None]]
) -> None:
    doc, claims = facts(text, lang)
    assert [focus(doc, c) for c in claims] == [words for words, _, _ in expected]
    assert [c.normalized for c in claims] == [normalized for _, normalized, _ in expected]
    assert [c.id for c in claims] == ["d#1"] + [f"d#1.{k}" for k in range(2, len(expected) + 1)]
    for claim, (_, _, own) in zip(claims, expected, strict=True):
        assert claim.text == text  # every fact keeps the whole sentence as its span
        assert len(claim.quantities) >= 1
        if own is not None:
            assert [q.text for q in claim.quantities] == own


def test_shared_times_go_to_every_fact_and_items_stay_apart() -> None:
    _, claims = facts("The storm killed 12 people and injured 40 on Monday.", "en")
    assert [[t.text for t in c.times] for c in claims] == [["Monday"], ["Monday"]]
    assert [[q.value for q in c.quantities] for c in claims] == [[12.0], [40.0]]


@pytest.mark.parametrize(
    ("text", "lang", "context", "items"),
    [
        (
            "La grue de 40 tonnes a écrasé deux voitures et endommagé six maisons vendredi.",
            "fr",
            "40 tonnes",
            [2.0, 6.0],
        ),
        (
            "The 40-tonne crane crushed two cars and damaged six houses on Friday.",
            "en",
            "40-tonne",
            [2.0, 6.0],
        ),
    ],
)
def test_a_figure_of_the_shared_context_stays_with_the_first_fact(
    text: str, lang: str, context: str, items: list[float]
) -> None:
    # what happened to things, not to people: the subject's figure is no fact of its own
    # (`tests/test_atomize_context.py` has the tolls)
    _, claims = facts(text, lang)
    assert len(claims) == 2
    first, second = ([q.text for q in c.quantities] for c in claims)
    assert context in first and context not in second
    assert [[q.value for q in c.quantities if q.text != context] for c in claims] == [
        [items[0]],
        [items[1]],
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le chantier du pont a coûté 3 millions d'euros à la commune.", "fr"),
        ("The fire destroyed 40 homes in the old town on Tuesday night.", "en"),
        ("Le bilan est passé de 296 à 632 morts dans la nuit, selon la préfecture.", "fr"),
        ("Between 12 and 15 people were still missing on Tuesday evening.", "en"),
        ("Le pont a été fermé en 2019 puis rouvert à la circulation en 2021.", "fr"),
        ("Les pompiers, les gendarmes et les secouristes sont arrivés mardi soir.", "fr"),
        ("« Nous avons compté 12 morts et 40 blessés », a déclaré le préfet mardi.", "fr"),
        # one comparison, a change, a negation, a name between the figures: not a list of facts
        ("La liste sortante obtient 46,2 % des voix, contre 53,8 % pour l'opposition.", "fr"),
        ("La participation atteint 61,4 %, en hausse de trois points sur un an.", "fr"),
        ("L'écart entre les deux candidats n'est plus que de 40 voix.", "fr"),
        ("Le dépouillement donne 52 % des voix à Jean Dupont et 48 % à Marie Durand.", "fr"),
        ("The final count gave 46.2% to the incumbent, against 53.8% for the challenger.", "en"),
        ("Turnout reached 61.4%, up three points on last year.", "en"),
        ("La route a été coupée entre les sorties 4 et 5 toute la matinée.", "fr"),
        ("The pilot reported smoke in the cabin and a warning light on the left wing.", "en"),
    ],
)
def test_single_facts_and_quotes_are_not_split(text: str, lang: str) -> None:
    _, claims = facts(text, lang)
    assert len(claims) == 1
    assert claims[0].focus_start is None
    assert claims[0].id == "d#1"


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        (
            "Le pont de Valmont a cédé mardi soir et deux voitures sont tombées dans la rivière.",
            "fr",
            "Le pont de Valmont a cédé mardi soir",
            "deux voitures sont tombées dans la rivière",
        ),
        (
            "The bridge collapsed on Tuesday night and the mayor closed the whole district.",
            "en",
            "The bridge collapsed on Tuesday night",
            "the mayor closed the whole district",
        ),
    ],
)
def test_coordinated_main_clauses_split(text: str, lang: str, first: str, second: str) -> None:
    doc, claims = facts(text, lang)
    assert [focus(doc, c) for c in claims] == [first, second]
    assert [c.text for c in claims] == [text, text]
    assert claims[0].times and not claims[1].times  # each clause keeps its own slots


@pytest.mark.parametrize(
    ("text", "lang", "first", "second", "own"),
    [
        (
            "The minister told reporters that the port was losing $5 million a day and that 120 "
            "ships were waiting to enter it.",
            "en",
            "The minister told reporters that the port was losing $5 million a day",
            "The minister told reporters that 120 ships were waiting to enter it.",
            "120 ships were waiting to enter it",
        ),
        (
            "Le ministre a indiqué que le port perdait 5 millions d'euros par jour et que 120 "
            "navires attendaient d'y entrer.",
            "fr",
            "Le ministre a indiqué que le port perdait 5 millions d'euros par jour",
            "Le ministre a indiqué que 120 navires attendaient d'y entrer.",
            "120 navires attendaient d'y entrer",
        ),
    ],
)
def test_coordinated_subordinates_share_their_head(
    text: str, lang: str, first: str, second: str, own: str
) -> None:
    doc, claims = facts(text, lang)
    assert [c.normalized for c in claims] == [first, second]
    assert 5e6 in [q.value for q in claims[0].quantities]
    assert [q.value for q in claims[1].quantities] == [120.0]
    assert focus(doc, claims[1]) == own


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le maire a dit que le pont était fermé et qu'il rouvrirait lundi prochain.", "fr"),
        ("Le maire a reçu le ministre et le président du conseil régional mardi.", "fr"),
        ("La coopération entre le Maroc et l'Espagne a été saluée par les deux pays.", "fr"),
        ("Le maire a annoncé sa démission et il a quitté la salle sous les huées.", "fr"),
        ("The mayor met the minister and the head of the regional council on Monday.", "en"),
        ("Le préfet a indiqué que les pompiers et les gendarmes restaient sur place.", "fr"),
        ("La ville accueille deux voisins, Valmont et Bérac, qui se disputent le pont.", "fr"),
        ("The bill covers the repairs, the lost fares and the fees paid to the engineers.", "en"),
        ('Talks involved Valmont, Bérac and the United Provinces "to settle the dispute."', "en"),
        ("Le cargo est tiré par 13 remorqueurs (11 portuaires et deux de haute mer).", "fr"),
        ("The poll put the party at 21 percent, 4.5 points below its rival.", "en"),
        ("The unrest that began in Valmont and Bérac has spread to the capital.", "en"),
    ],
)
def test_coordinated_phrases_stay_whole(text: str, lang: str) -> None:
    _, claims = facts(text, lang)
    assert len(claims) == 1


def test_offsets_hold_through_cleaning_spaces_and_lost_ligatures() -> None:
    text = (
        "VALMONT (AFP) -\u00a0Selon l'of\ufffdce du tourisme, l'incendie a fait 2\u00a0012\n"
        f"morts, 40{NNB}blessés et 300 sans-abri mardi.\n"
    )
    doc, claims = facts(text)
    kinds = [c.kind for c in claims]
    assert kinds == ["dateline", "claim", "claim", "claim"]
    assert [focus(doc, c) for c in claims[1:]] == [
        "2\u00a0012\nmorts",
        f"40{NNB}blessés",
        "300 sans-abri",
    ]
    assert all("office" in c.normalized for c in claims[1:])
    assert [c.id for c in claims] == ["d#1", "d#2", "d#2.2", "d#2.3"]


def test_ids_stay_unique_across_sentences() -> None:
    text = (
        "Le séisme a fait 12 morts et 40 blessés mardi. Le feu a détruit 30 maisons et 12 "
        "granges. Les secours sont restés sur place toute la nuit."
    )
    _, claims = facts(text)
    assert [c.id for c in claims] == ["d#1", "d#1.2", "d#2", "d#2.2", "d#3"]


def test_non_claims_and_atomic_claims_pass_through_again() -> None:
    doc, claims = facts("Au moins 12 morts et 40 blessés\nLe séisme a fait 12 morts et 40 blessés.")
    assert claims[0].kind == "heading" and claims[0].focus_start is None
    assert atomize(claims) == claims  # idempotent: a fact is not cut twice
    assert focus(doc, claims[1]) == "12 morts"


# a list of counts of people before one verb: the verb says what happened to each, and each
# fact keeps it ("Three soldiers were killed", not "Three soldiers")
SHARED_VERB = [
    (
        "Three soldiers and two civilians were killed in the attack, officials said.",
        "en",
        [
            ("Three soldiers were killed in the attack, officials said.", "dead"),
            ("two civilians were killed in the attack, officials said.", "dead"),
        ],
    ),
    (
        "Six crew members and two passengers were injured.",
        "en",
        [
            ("Six crew members were injured.", "injured"),
            ("two passengers were injured.", "injured"),
        ],
    ),
    (
        "Trois soldats et deux civils ont été tués dans l'attaque.",
        "fr",
        [
            ("Trois soldats ont été tués dans l'attaque.", "dead"),
            ("deux civils ont été tués dans l'attaque.", "dead"),
        ],
    ),
    (
        "Six membres d'équipage et deux passagers ont été blessés.",
        "fr",
        [
            ("Six membres d'équipage ont été blessés.", "injured"),
            ("deux passagers ont été blessés.", "injured"),
        ],
    ),
    # a perfect auxiliary before the first verb is every item's, unless the next has its own
    (
        "L'attaque a tué 12 soldats et blessé 40 civils.",
        "fr",
        [("L'attaque a tué 12 soldats.", "dead"), ("L'attaque a blessé 40 civils.", "injured")],
    ),
    (
        "Le séisme a tué 2 012 personnes et en a blessé 2 059.",
        "fr",
        [("Le séisme a tué 2 012 personnes.", "dead"), ("Le séisme en a blessé 2 059.", "injured")],
    ),
    (
        "The storm has killed 12 people and injured 40.",
        "en",
        [("The storm has killed 12 people.", "dead"), ("The storm has injured 40.", "injured")],
    ),
    # counted by what they are, with no verb of what happened: the kind stays theirs
    (
        "Le ferry transportait 212 passagers et neuf membres d'équipage.",
        "fr",
        [
            ("Le ferry transportait 212 passagers.", "people"),
            ("Le ferry transportait neuf membres d'équipage.", "members"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SHARED_VERB)
def test_a_list_before_one_verb_gives_each_fact_what_happened(
    text: str, lang: str, expected: list[tuple[str, str]]
) -> None:
    _, claims = facts(text, lang)
    assert [(c.normalized, c.quantities[0].kind) for c in claims] == expected
