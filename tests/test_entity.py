"""ground (entities): names, acronyms, aliases, corpus-wide canonical forms, anaphors."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from claimcheck.compare import compare
from claimcheck.ground.entity import build_gazetteer, find_mentions, fold
from claimcheck.ground.territories import territory_names
from claimcheck.lang import get_profile
from claimcheck.models import Claim, Document

Grounded = Callable[..., tuple[list[Document], list[Claim]]]
FR = get_profile("fr")
EN = get_profile("en")


def surfaces(text: str, lang: str = "fr") -> list[str]:
    return [m.surface for m in find_mentions(text, get_profile(lang))]


def names(claim: Claim) -> list[tuple[str, str, str]]:
    return [(e.text, e.canonical, e.via) for e in claim.entities]


def test_fold_ignores_the_accent_of_an_initial_capital() -> None:
    assert fold("États-Unis") == fold("Etats-Unis") == "etats-unis"
    assert fold("Élysée") == fold("Elysée")
    assert fold("Ferrandès") != fold("Ferrandes")  # an accent inside a word still counts
    assert fold("Maison\u00a0Blanche") == fold("maison blanche")
    assert fold("L’Oréal") == fold("L'Oréal")


def test_find_mentions_names_acronyms_and_codes() -> None:
    found = find_mentions(
        "Hier, la SNCF et l'ONU ont signé avec Jean-Luc Ferrandès un contrat pour l'A320.", FR
    )
    assert [m.surface for m in found] == ["Hier", "SNCF", "ONU", "Jean-Luc Ferrandès", "A320"]
    assert [m.sentence_initial for m in found] == [True, False, False, False, False]
    text = "Hier, la SNCF et l'ONU ont signé avec Jean-Luc Ferrandès un contrat pour l'A320."
    assert all(text[m.start : m.end] == m.surface for m in found)


def test_find_mentions_drops_leading_function_words() -> None:
    assert surfaces("Le Crédit Agricole finance le pont de Valmont.") == [
        "Crédit Agricole",
        "Valmont",
    ]
    assert surfaces("Yesterday the United Nations said Microsoft and IBM agreed.", "en") == [
        "Yesterday",
        "United Nations",
        "Microsoft",
        "IBM",
    ]


def test_find_mentions_alias_first() -> None:
    found = find_mentions("Selon la presse, Big Blue quitte le secteur.", FR)
    assert [(m.surface, m.start) for m in found] == [("Big Blue", 17)]


def test_sentence_initial_common_words_are_not_names(grounded: Grounded) -> None:
    _, claims = grounded(
        [
            (
                "a",
                "Hier, la SNCF et l'ONU ont signé un accord avec Jean-Luc Ferrandès à Toulouse. "
                "Pont fermé : la mairie de Valmont enquête.",
                "fr",
                "2023-03-14",
            )
        ]
    )
    assert [e.canonical for e in claims[0].entities] == [
        "SNCF",
        "ONU",
        "Jean-Luc Ferrandès",
        "Toulouse",
    ]
    assert [e.canonical for e in claims[1].entities] == ["Valmont"]
    kinds = {e.canonical: e.kind for c in claims for e in c.entities}
    assert kinds["Jean-Luc Ferrandès"] == "PER"
    assert kinds["Toulouse"] == "LOC"
    assert kinds["SNCF"] == "ORG"
    for claim in claims:
        for ent in claim.entities:
            assert ent.start < ent.end


def test_entity_offsets_index_the_original_text(grounded: Grounded) -> None:
    text = " date 2023-03-14\nLire aussi | autre chose\nLe ministre a reçu la SNCF à Paris mardi.\n"
    docs, claims = grounded([("a", text, "fr", None)])
    for ent in claims[0].entities:
        assert docs[0].text[ent.start : ent.end] == ent.text


def test_rare_variant_takes_the_majority_canonical_form(grounded: Grounded) -> None:
    _, claims = grounded(
        [
            ("a", "La police utilise le logiciel Rekognition depuis 2018.", "fr", None),
            ("b", "Amazon suspend son outil Rekognition pour un an.", "fr", None),
            ("c", "Les associations critiquent Rekognition depuis longtemps.", "fr", None),
            ("d", "Le logiciel Recokgnition est critiqué par les associations.", "fr", None),
        ]
    )
    variant = next(e for c in claims for e in c.entities if e.text == "Recokgnition")
    assert variant.canonical == "Rekognition"
    assert variant.via == "name"


def test_gazetteer_needs_the_majority_in_two_documents() -> None:
    def mention(text: str, surface: str) -> tuple[object, ...]:
        (m,) = [m for m in find_mentions(text, FR) if m.surface == surface]
        return (m, "doc", FR, text[: m.start])

    text_a = "La police utilise le logiciel Rekognition depuis 2018."
    text_b = "Le logiciel Recokgnition est critiqué."
    gazetteer = build_gazetteer(
        [mention(text_a, "Rekognition")] * 3 + [mention(text_b, "Recokgnition")]  # type: ignore[list-item]
    )
    # three mentions, but all in one document: not a corpus-wide majority
    assert gazetteer.resolve("Recokgnition") == ("Recokgnition", "ORG", False)
    assert gazetteer.resolve("Rekognition") == ("Rekognition", "ORG", False)
    assert gazetteer.resolve("Valmont") is None


def test_accent_on_initial_capital_is_not_a_variant(grounded: Grounded) -> None:
    docs, claims = grounded(
        [
            (
                "a",
                "La SNCF et les États-Unis ont signé un accord. Les États-Unis ont réagi.",
                "fr",
                None,
            ),
            ("b", "Les Etats-Unis ont réagi à l'accord signé par la SNCF.", "fr", None),
            ("c", "La SNCF a confirmé l'accord avec les États-Unis.", "fr", None),
        ]
    )
    forms = {e.text: e.canonical for c in claims for e in c.entities if e.text != "SNCF"}
    assert forms == {"États-Unis": "États-Unis", "Etats-Unis": "États-Unis"}
    findings = compare({"c1": claims}, claims, docs)
    assert [d for d in findings.discrepancies if d.kind == "spelling"] == []


def test_possessive_is_not_a_spelling_variant(grounded: Grounded) -> None:
    docs, claims = grounded(
        [
            (
                "a",
                "The fans of Northbridge United cheered. The manager of Northbridge United spoke.",
                "en",
                None,
            ),
            (
                "b",
                "Northbridge United confirmed the deal. The board of Northbridge United agreed.",
                "en",
                None,
            ),
            ("c", "The striker joined Northbridge United's academy in 2015.", "en", None),
        ]
    )
    findings = compare({"c1": claims}, claims, docs)
    assert [d for d in findings.discrepancies if d.kind == "spelling"] == []


@pytest.mark.parametrize(
    ("lang", "text", "alias", "canonical"),
    [
        (
            "fr",
            "Selon la presse, Big Blue quitte le secteur de la reconnaissance faciale.",
            "Big Blue",
            "IBM",
        ),
        ("en", "Big Blue said it would leave the facial recognition market.", "Big Blue", "IBM"),
        ("en", "In a statement, Redmond answered the critics quickly.", "Redmond", "Microsoft"),
        (
            "fr",
            "Outre-Atlantique, la police utilise ces outils depuis longtemps.",
            "Outre-Atlantique",
            "États-Unis",
        ),
    ],
)
def test_aliases(grounded: Grounded, lang: str, text: str, alias: str, canonical: str) -> None:
    _, (claim,) = grounded([("a", text, lang, None)])
    assert (alias, canonical, "alias") in names(claim)


def test_french_anaphors_resolved_in_normalized(grounded: Grounded) -> None:
    _, claims = grounded(
        [
            (
                "a",
                "Selon la presse, Amazon a présenté son logiciel Rekognition aux policiers. "
                "Le groupe a ensuite suspendu le contrat. Il a refusé de commenter. "
                "L'entreprise n'a pas répondu. Il s'agit d'une décision rare. Il faut attendre.",
                "fr",
                None,
            )
        ]
    )
    normalized = [c.normalized for c in claims]
    assert normalized[1:] == [
        "Amazon a ensuite suspendu le contrat.",
        "Amazon a refusé de commenter.",
        "Amazon n'a pas répondu.",
        "Il s'agit d'une décision rare.",
        "Il faut attendre.",
    ]
    assert [c.text for c in claims][1] == "Le groupe a ensuite suspendu le contrat."
    assert ("Le groupe", "Amazon", "anaphor") in names(claims[1])
    assert ("L'entreprise", "Amazon", "anaphor") in names(claims[3])


def test_anaphor_followed_by_a_name_is_not_an_anaphor(grounded: Grounded) -> None:
    _, claims = grounded(
        [
            (
                "a",
                "Selon la presse, IBM quitte le secteur. Le groupe Amazon a suspendu son outil.",
                "fr",
                None,
            )
        ]
    )
    assert claims[1].normalized == "Le groupe Amazon a suspendu son outil."


def test_no_anaphor_without_a_referent(grounded: Grounded) -> None:
    _, claims = grounded(
        [("a", "Le groupe a suspendu le contrat. Il a refusé de commenter.", "fr", None)]
    )
    assert [c.normalized for c in claims] == [c.text for c in claims]
    assert all(c.entities == () for c in claims)


def test_english_anaphors_and_impersonal_it(grounded: Grounded) -> None:
    _, claims = grounded(
        [
            (
                "a",
                "On Monday, Microsoft released a new tool. The company said the tool was safe. "
                "It plans to expand in Europe. It is a major change.",
                "en",
                None,
            )
        ]
    )
    assert [c.normalized for c in claims][1:] == [
        "Microsoft said the tool was safe.",
        "Microsoft plans to expand in Europe.",
        "It is a major change.",
    ]


def test_english_object_pronoun_is_not_replaced(grounded: Grounded) -> None:
    _, claims = grounded(
        [
            (
                "a",
                "On Monday, Microsoft released a new tool. "
                "The company said it would not sell it to police.",
                "en",
                None,
            )
        ]
    )
    assert "sell it to police" in claims[1].normalized


AIRCRAFT = "The aircraft involved in the incident is an Airbus {}, the airline said."


def test_codes_one_digit_apart_are_different_entities(grounded: Grounded) -> None:
    docs, claims = grounded(
        [
            ("a", AIRCRAFT.format("A320"), "en", None),
            ("b", AIRCRAFT.format("A320"), "en", None),
            (
                "c",
                "Skyvalia flies the Airbus A320 here. The Airbus A320 landed safely.",
                "en",
                None,
            ),
            ("d", AIRCRAFT.format("A321"), "en", None),
        ]
    )
    a321 = next(e for c in claims for e in c.entities if e.text == "Airbus A321")
    assert a321.canonical == "Airbus A321"
    kinds = [d.kind for d in compare({"c1": claims}, claims, docs).discrepancies]
    assert kinds == ["entity"]


# --- spelling variants corpus-wide, harmless variants, inflections ------------------------


def _singletons(grounded, specs):  # type: ignore[no-untyped-def]
    """Ground the documents and give every claim a cluster of its own."""
    from claimcheck.compare import compare

    docs, claims = grounded(specs)
    clusters = {f"c{i}": [c] for i, c in enumerate(claims)}
    return claims, compare(clusters, claims, docs).discrepancies


DUPOND = [
    (
        "a",
        "Le juge Paul Dupond a ouvert l'audience à Valmont. Paul Dupond a interrogé le témoin "
        "de la Compagnie Fluviale. Selon Paul Dupond, le dossier est complet.",
        "fr",
        "2024-03-05",
    ),
    (
        "b",
        "Paul Dupont a présidé la séance consacrée à la Compagnie Fluviale. Dupont a rappelé "
        "les faits. Le magistrat Paul Dupont rendra sa décision vendredi.",
        "fr",
        "2024-03-05",
    ),
]


def test_variant_spellings_of_one_outlet_each_are_found_across_single_source_claims(
    grounded,  # type: ignore[no-untyped-def]
) -> None:
    claims, found = _singletons(grounded, DUPOND)
    spelling = [d for d in found if d.kind == "spelling"]
    assert spelling, [d.explanation for d in found]
    (d,) = spelling
    assert {d.sides[0].value, d.sides[1].value} == {"Paul Dupond", "Paul Dupont"}
    assert {doc for side in d.sides for doc in side.document_ids} == {"a", "b"}
    assert d.cluster_id in {c.id.replace(c.id, f"c{i}") for i, c in enumerate(claims)}


def test_english_variant_spellings_across_outlets(grounded) -> None:  # type: ignore[no-untyped-def]
    _, found = _singletons(
        grounded,
        [
            (
                "a",
                "Coach Tom Harlow praised Northbridge Rovers. Tom Harlow said the squad was "
                "ready. Tom Harlow will travel on Friday.",
                "en",
                "2024-03-05",
            ),
            (
                "b",
                "Tom Harlowe met the Northbridge Rovers board. Tom Harlowe denied any rift. "
                "Tom Harlowe stays until June.",
                "en",
                "2024-03-05",
            ),
        ],
    )
    assert [d.kind for d in found].count("spelling") == 1


def test_accent_and_transliteration_variants_are_not_conflicts(grounded) -> None:  # type: ignore[no-untyped-def]
    _, found = _singletons(
        grounded,
        [
            ("a", "Le ministre Carlos Muñoz est arrivé à Valmont lundi.", "fr", "2024-03-05"),
            ("b", "Carlos Muñoz a visité le chantier de Valmont.", "fr", "2024-03-05"),
            ("c", "Carlos Munoz a rencontré les ouvriers de Valmont.", "fr", "2024-03-05"),
            ("d", "President Volodymyr Zelenskyy spoke in Kyiv.", "en", "2024-03-05"),
            ("e", "Volodymyr Zelenskyy met the mayors of Kyiv.", "en", "2024-03-05"),
            ("f", "Volodymyr Zelensky thanked the mayors of Kyiv.", "en", "2024-03-05"),
        ],
    )
    assert [d for d in found if d.kind in ("spelling", "entity")] == []


@pytest.mark.parametrize(
    ("a", "b", "lang", "is_derived"),
    [
        ("Ukraine", "Ukrainians", "en", True),
        ("Maroc", "Marocains", "fr", True),
        ("Algérie", "Algériens", "fr", True),
        ("Dupond", "Dupont", "fr", False),
        ("Harlow", "Harlowe", "en", False),
    ],
)
def test_inflections_and_demonyms_are_not_spellings(
    a: str, b: str, lang: str, is_derived: bool
) -> None:
    from claimcheck.ground.entity import derived
    from claimcheck.lang import get_profile

    assert derived(a, b, get_profile(lang)) is is_derived


def test_a_demonym_is_not_merged_into_its_country(grounded) -> None:  # type: ignore[no-untyped-def]
    _, claims = grounded(
        [
            (
                "a",
                "Ukraine asked for help. Ukraine received aid. Ukraine thanked Poland.",
                "en",
                "2024-03-05",
            ),
            ("b", "Ukrainians fled west. Ukrainians crossed into Poland.", "en", "2024-03-05"),
        ]
    )
    canon = {e.text: e.canonical for c in claims for e in c.entities}
    assert canon.get("Ukrainians", "Ukrainians") == "Ukrainians"


@pytest.mark.parametrize(
    ("a", "b", "harmless"),
    [
        ("Carlos Muñoz", "Carlos Munoz", True),
        ("Zelensky", "Zelenskyy", True),
        ("Zelenski", "Zelenskyy", True),
        ("Mohammed Salah", "Mohamed Salah", True),
        ("L'Ever Given", "Ever Given", True),
        ("Saint-Martin", "Saint Martin", True),
        ("Marrakech", "Marrakesh", True),
        ("Marcus Delaney", "Marcus Delanney", False),  # a doubled letter nobody writes
        ("Paul Dupond", "Paul Dupont", False),
        ("Rekognition", "Recokgnition", False),
    ],
)
def test_harmless_variants(a: str, b: str, harmless: bool) -> None:
    from claimcheck.ground.entity import harmless_variant

    assert harmless_variant(a, b) is harmless
    assert harmless_variant(b, a) is harmless


def test_the_spelling_search_skips_only_names_too_far_in_length_to_match() -> None:
    """Every major that the similarity cutoff lets through is searched; only names whose
    length alone keeps them below it are left out (the search stays exact, and fast)."""
    from rapidfuzz.distance import Levenshtein

    from claimcheck.ground.entity import _SPELLING_MIN_SIMILARITY, _within_reach

    majors = ["Vernange", "Vernanges", "Vernangeois", "Dupont", "Dupond", "Duponte", "Ozer"]
    majors += ["Marcus Dean", "Marcus Deane", "Commission européenne", "Commission européene"]
    lengths = [len(m) for m in majors]
    for name in [*majors, "Verange", "Dupontel", "Markus Dean", "Commision européenne"]:
        kept = _within_reach(len(name), majors, lengths)
        assert kept == [m for m in majors if m in kept]  # in the majors' order
        for major in majors:
            if Levenshtein.normalized_similarity(name, major) >= _SPELLING_MIN_SIMILARITY:
                assert major in kept, (name, major)
    assert "Ozer" not in _within_reach(len("Vernangeois"), majors, lengths)
    assert "Commission européenne" not in _within_reach(len("Dupont"), majors, lengths)


def test_a_territory_named_in_two_languages_is_one_name(grounded: Grounded) -> None:
    """ "le Maroc" and "Morocco", "l'Égypte" and "Egypt": one canonical form (the corpus's
    most frequent name), reached from the other as an alias, never a spelling variant."""
    docs, claims = grounded(
        [
            ("a", "Le séisme au Maroc a fait 40 morts, selon Rabat.", "fr", "2024-03-02"),
            ("b", "Le roi du Maroc a visité les régions touchées.", "fr", "2024-03-02"),
            ("c", "The quake in Morocco killed 40 people, Rabat said.", "en", "2024-03-02"),
            ("d", "Aid from Egypt arrived on Sunday.", "en", "2024-03-03"),
            ("e", "Une aide de l'Égypte est arrivée dimanche.", "fr", "2024-03-03"),
        ]
    )
    names = {(c.document_id, e.text): (e.canonical, e.via) for c in claims for e in c.entities}
    assert names[("a", "Maroc")] == names[("b", "Maroc")] == ("Maroc", "name")
    assert names[("c", "Morocco")] == ("Maroc", "alias")
    assert names[("d", "Egypt")][0] == names[("e", "Égypte")][0]  # one each: either name
    assert {names[("d", "Egypt")][1], names[("e", "Égypte")][1]} == {"name", "alias"}
    assert all(d.kind != "spelling" for d in compare({"c1": claims}, claims, docs).discrepancies)


def test_a_territory_named_in_one_language_keeps_its_name(grounded: Grounded) -> None:
    _, claims = grounded(
        [
            ("a", "The quake in Morocco killed 40 people, officials said.", "en", "2024-03-02"),
            ("b", "Le séisme a fait 40 morts au Japon.", "fr", "2024-03-02"),
        ]
    )
    names = {e.text: (e.canonical, e.via) for c in claims for e in c.entities}
    assert names["Morocco"] == ("Morocco", "name") and names["Japon"] == ("Japon", "name")


def test_the_territory_table_names_each_place_in_both_languages() -> None:
    by_code: dict[str, dict[str, str]] = {}
    for code, lang, name in territory_names():
        by_code.setdefault(code, {})[lang] = name
    assert len(by_code) > 250
    assert by_code["ES"] == {"en": "Spain", "fr": "Espagne"}
    assert by_code["AE"] == {"en": "United Arab Emirates", "fr": "Émirats arabes unis"}
    assert "001" not in by_code  # "World" / "Monde": a newspaper's name too
    assert all(name[:1].isupper() for names in by_code.values() for name in names.values())


def test_a_territory_name_with_lowercase_words_is_found_whole(grounded: Grounded) -> None:
    """A run of capitalised words stops at "arabes": the language's territory names are found
    whole, so "les Émirats arabes unis" meets "the United Arab Emirates"."""
    fr = get_profile("fr")
    found = find_mentions("Les Émirats arabes unis et l'Arabie saoudite ont aidé la Guinée.", fr)
    assert [m.surface for m in found] == ["Émirats arabes unis", "Arabie saoudite", "Guinée"]
    _, claims = grounded(
        [
            ("a", "Les Émirats arabes unis ont proposé leur aide au Maroc.", "fr", "2024-03-02"),
            ("b", "The United Arab Emirates offered help to Morocco.", "en", "2024-03-02"),
            ("c", "The United Arab Emirates sent a rescue team.", "en", "2024-03-03"),
        ]
    )
    names = {e.text: e.canonical for c in claims for e in c.entities}
    assert names["Émirats arabes unis"] == names["United Arab Emirates"] == "United Arab Emirates"


def test_a_country_s_everyday_names_join_its_cldr_name(grounded: Grounded) -> None:
    """ "la Grande-Bretagne" (a French alias of "Royaume-Uni"), "Britain" and "the UK" (English
    aliases of "United Kingdom"): one canonical form, through the territory table."""
    _, claims = grounded(
        [
            ("a", "Le Maroc a accepté l'aide de la Grande-Bretagne.", "fr", "2023-09-10"),
            ("b", "Une équipe venue du Royaume-Uni est arrivée dimanche.", "fr", "2023-09-10"),
            (
                "c",
                "Rescuers from Britain and from the United Kingdom's army landed.",
                "en",
                "2023-09-11",
            ),
            ("d", "A team from the UK landed on Monday.", "en", "2023-09-11"),
        ]
    )
    names = {e.text: e.canonical for c in claims for e in c.entities}
    written = ("Grande-Bretagne", "Royaume-Uni", "Britain", "United Kingdom", "the UK")
    assert {names[n] for n in written} == {"United Kingdom"}


def test_a_territory_opening_a_sentence_is_still_a_name(grounded: Grounded) -> None:
    """A capitalised common word opening a sentence is no name, but "Espagne" and "Spain"
    are places whatever their position: "L'Espagne a annoncé..." / "Spain has sent..."."""
    _, claims = grounded(
        [
            ("a", "L'Espagne a annoncé l'envoi de 56 secouristes.", "fr", "2023-09-10"),
            ("b", "Spain has sent 86 rescuers, the ministry said.", "en", "2023-09-11"),
        ]
    )
    (french,), (english,) = (c.entities for c in claims)
    assert (french.text, english.text) == ("L'Espagne", "Spain")
    assert french.canonical == english.canonical == "Spain"  # the name without its article
