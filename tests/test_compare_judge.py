"""compare + judge: date, number, quote, spelling and entity discrepancies; updates; statuses."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import claimcheck
from claimcheck.compare import compare
from claimcheck.compare_slots import transposed
from claimcheck.embed import Embedder
from claimcheck.judge import judge
from claimcheck.models import Claim, Discrepancy, Document, Quantity, Report, Side, Update

Grounded = Callable[..., tuple[list[Document], list[Claim]]]


def one_cluster(grounded: Grounded, specs: list[tuple[str, str, str, str | None]]):  # type: ignore[no-untyped-def]
    """Ground the documents, put every claim in cluster c1, compare and judge."""
    docs, claims = grounded(specs)
    findings = compare({"c1": claims}, claims, docs)
    judged, clusters = judge({"c1": claims}, findings.discrepancies, findings.updates)
    return findings, {c.id: c.status for c in judged}, clusters[0].status


def values(d: Discrepancy) -> list[str]:
    return [s.value for s in d.sides]


# --- dates ---------------------------------------------------------------------------------


def test_weekday_conflict_under_day_level_publication(grounded: Grounded) -> None:
    findings, status, cluster = one_cluster(
        grounded,
        [
            (
                "a",
                "La passerelle de Valmont s'est effondrée mardi 14 mars dans la soirée.",
                "fr",
                "2023-03-15",
            ),
            (
                "b",
                "La passerelle de Valmont s'est effondrée lundi dans la soirée.",
                "fr",
                "2023-03-14",
            ),
        ],
    )
    (d,) = findings.discrepancies
    assert d.kind == "date"
    assert values(d) == ["Tuesday 14 March 2023", "Monday 13 March 2023"]
    assert [s.evidence for s in d.sides] == [("mardi 14 mars",), ("lundi",)]
    assert [s.document_ids for s in d.sides] == [("a",), ("b",)]
    assert findings.updates == []
    assert status == {"a#1": "conflicting", "b#1": "conflicting"}
    assert cluster == "conflicting"


def test_this_tuesday_published_wednesday_is_compatible(grounded: Grounded) -> None:
    findings, status, cluster = one_cluster(
        grounded,
        [
            (
                "a",
                "La passerelle de Valmont s'est effondrée mardi 14 mars dans la soirée.",
                "fr",
                "2023-03-16",
            ),
            (
                "b",
                "La passerelle de Valmont s'est effondrée ce mardi dans la soirée.",
                "fr",
                "2023-03-15",
            ),
        ],
    )
    assert findings.discrepancies == []
    assert findings.updates == []
    assert set(status.values()) == {"corroborated"}
    assert cluster == "corroborated"


def test_this_tuesday_under_month_only_date_is_compatible(grounded: Grounded) -> None:
    findings, _, _ = one_cluster(
        grounded,
        [
            (
                "a",
                "La passerelle de Valmont s'est effondrée mardi 14 mars dans la soirée.",
                "fr",
                "2023-03-15",
            ),
            (
                "b",
                "La passerelle de Valmont s'est effondrée ce mardi dans la soirée.",
                "fr",
                "2023-03",
            ),
        ],
    )
    assert findings.discrepancies == []


def test_a_claim_is_dated_by_its_day_before_a_relative_day_a_month_only_date_allows(
    grounded: Grounded,
) -> None:
    # "hier" in an article dated only by its month may be any day of it: the day the claim
    # names dates it, and sets it against the other outlet's day
    specs = [
        (
            "a",
            "La réunion d'hier a été tendue pour les élus de Valmont, dont la passerelle "
            "s'est effondrée le 14 mars.",
            "fr",
            "2023-03",
        ),
        ("b", "The Valmont footbridge, which collapsed on March 13, was closed.", "en", "2023-03"),
    ]
    findings, _, _ = one_cluster(grounded, specs)
    (d,) = findings.discrepancies
    assert d.kind == "date"
    assert sorted(values(d)) == ["Monday 13 March 2023", "Tuesday 14 March 2023"]
    # with a known publication day, "hier" is one day and comes first, as before
    specs[0] = (*specs[0][:3], "2023-03-20")
    specs[1] = (*specs[1][:3], "2023-03-20")
    findings, _, _ = one_cluster(grounded, specs)
    (d,) = findings.discrepancies
    assert sorted(values(d)) == ["Monday 13 March 2023", "Sunday 19 March 2023"]


def test_english_weekday_conflict(grounded: Grounded) -> None:
    findings, _, _ = one_cluster(
        grounded,
        [
            (
                "a",
                "Northbridge United signed the striker Marcus Delaney on Friday.",
                "en",
                "2023-08-12",
            ),
            (
                "b",
                "Northbridge United signed the striker Marcus Delaney on Thursday.",
                "en",
                "2023-08-12",
            ),
        ],
    )
    (d,) = findings.discrepancies
    assert d.kind == "date"
    assert values(d) == ["Friday 11 August 2023", "Thursday 10 August 2023"]


# --- numbers -------------------------------------------------------------------------------

INJURED = "L'effondrement de la passerelle de Valmont a fait {} blessés."
REVISED = "Le nouveau bilan de l'effondrement de la passerelle de Valmont s'alourdit à {} blessés."


def test_number_conflict_with_the_bound_on_the_compatible_side(grounded: Grounded) -> None:
    findings, status, _ = one_cluster(
        grounded,
        [
            ("a", INJURED.format("15"), "fr", "2023-03-14"),
            ("b", INJURED.format("8"), "fr", "2023-03-14"),
            ("c", INJURED.format("au moins 12"), "fr", "2023-03-14"),
        ],
    )
    (d,) = findings.discrepancies
    assert d.kind == "number"
    assert values(d) == ["15 blessés", "8 blessés"]
    assert d.sides[0].document_ids == ("a", "c")
    assert d.sides[0].evidence == ("15 blessés", "au moins 12 blessés")
    assert d.sides[1].document_ids == ("b",)
    assert "8 blessés" in d.explanation and "15 blessés" in d.explanation
    assert findings.updates == []
    assert set(status.values()) == {"conflicting"}


def test_a_bound_joins_the_exact_value_it_allows_whatever_the_order(grounded: Grounded) -> None:
    # "at least 40" allows both 40 and "more than 55"; it sides with the exact figure it
    # was read first beside, never with the bound that conflicts with that figure
    waiting = "{} lorries were waiting at the border crossing, the customs office said."
    for order in ("abc", "cab", "bca"):
        docs = {
            "a": ("a", waiting.format("At least 40"), "en", "2023-03-14"),
            "b": ("b", waiting.format("More than 55"), "en", "2023-03-14"),
            "c": ("c", waiting.format("Forty"), "en", "2023-03-14"),
        }
        findings, _, _ = one_cluster(grounded, [docs[k] for k in order])
        (d,) = findings.discrepancies
        sides = sorted(tuple(sorted(side.document_ids)) for side in d.sides)
        assert sides == [("a", "c"), ("b",)], order


def test_lower_bound_compatible_with_a_larger_count(grounded: Grounded) -> None:
    findings, status, _ = one_cluster(
        grounded,
        [
            ("a", INJURED.format("au moins 12"), "fr", "2023-03-14"),
            ("b", INJURED.format("15"), "fr", "2023-03-14"),
        ],
    )
    assert findings.discrepancies == []
    assert set(status.values()) == {"corroborated"}


def test_english_money_conflict(grounded: Grounded) -> None:
    findings, status, _ = one_cluster(
        grounded,
        [
            (
                "a",
                "The striker Marcus Delaney joined Northbridge United for £30 million.",
                "en",
                "2023-08-12",
            ),
            (
                "b",
                "The striker Marcus Delaney joined Northbridge United for £45 million.",
                "en",
                "2023-08-12",
            ),
            (
                "c",
                "Northbridge United confirmed the signing of Marcus Delaney.",
                "en",
                "2023-08-12",
            ),
        ],
    )
    (d,) = findings.discrepancies
    assert (d.kind, values(d)) == ("number", ["£30 million", "£45 million"])
    assert status == {"a#1": "conflicting", "b#1": "conflicting", "c#1": "corroborated"}


def test_later_publication_revising_a_number_is_an_update(grounded: Grounded) -> None:
    findings, status, cluster = one_cluster(
        grounded,
        [
            ("a", INJURED.format("8"), "fr", "2023-03-14"),
            (
                "b",
                REVISED.format("15"),
                "fr",
                "2023-03-17",
            ),
        ],
    )
    assert findings.discrepancies == []
    (u,) = findings.updates
    assert u.kind == "number"
    assert (u.earlier.value, u.later.value) == ("8 blessés", "15 blessés")
    assert (u.earlier.document_ids, u.later.document_ids) == (("a",), ("b",))
    assert status == {"a#1": "corroborated", "b#1": "update"}
    assert cluster == "update"


def test_a_count_revised_the_next_day_is_an_update(grounded: Grounded) -> None:
    # tolls are revised from one day to the next
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", INJURED.format("8"), "fr", "2023-03-14"),
            ("b", INJURED.format("15"), "fr", "2023-03-15"),
        ],
    )
    assert findings.discrepancies == []
    assert [(u.earlier.value, u.later.value) for u in findings.updates] == [
        ("8 blessés", "15 blessés")
    ]


def test_a_measure_one_day_apart_is_not_an_update(grounded: Grounded) -> None:
    # a length is not revised overnight: two values a day apart contradict each other
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", "The new bridge over the river is 120 metres long.", "en", "2023-03-14"),
            ("b", "The new bridge over the river is 150 metres long.", "en", "2023-03-15"),
        ],
    )
    assert findings.updates == []
    assert [d.kind for d in findings.discrepancies] == ["number"]


def test_a_duration_placing_a_moment_after_another_event_is_no_figure(grounded: Grounded) -> None:
    # "two days after the fire", "une semaine après l'incendie": when each report was
    # written, read by the dates; two reports of two days give two such offsets of one fire
    findings, _, _ = one_cluster(
        grounded,
        [
            (
                "a",
                "Firefighters were still at the Delmont warehouse on Monday, three days after "
                "the fire.",
                "en",
                "2024-02-12",
            ),
            (
                "b",
                "Les pompiers étaient encore à l'entrepôt Delmont samedi, un jour après "
                "l'incendie.",
                "fr",
                "2024-02-12",
            ),
        ],
    )
    assert [d for d in findings.discrepancies if d.kind == "number"] == []
    assert findings.updates == []
    # how long something lasted is a figure, and two lengths of one fire conflict
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", "The fire at the Delmont warehouse burned for three days.", "en", "2024-02-12"),
            ("b", "L'incendie de l'entrepôt Delmont a duré deux jours.", "fr", "2024-02-12"),
        ],
    )
    (d,) = findings.discrepancies
    assert d.kind == "number" and sorted(values(d)) == ["2 days", "3 days"]


def test_households_without_power_compare_with_homes_without_power(grounded: Grounded) -> None:
    findings, _, _ = one_cluster(
        grounded,
        [
            (
                "a",
                "Après la tempête, 1 200 foyers restaient privés d'électricité.",
                "fr",
                "2024-02-12",
            ),
            ("b", "After the storm, 4,500 homes were still without power.", "en", "2024-02-12"),
        ],
    )
    (d,) = findings.discrepancies
    assert d.kind == "number" and sorted(values(d)) == ["1,200 foyers", "4,500 homes"]


def test_same_day_counts_are_a_conflict_not_an_update(grounded: Grounded) -> None:
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", INJURED.format("8"), "fr", "2023-03-14"),
            ("b", INJURED.format("15"), "fr", "2023-03-14"),
        ],
    )
    assert findings.updates == []
    assert [d.kind for d in findings.discrepancies] == ["number"]


def test_unknown_publication_date_is_never_an_update(grounded: Grounded) -> None:
    findings, _, _ = one_cluster(
        grounded,
        [("a", INJURED.format("8"), "fr", "2023-03-14"), ("b", INJURED.format("15"), "fr", None)],
    )
    assert findings.updates == []
    assert [d.kind for d in findings.discrepancies] == ["number"]


def test_later_revision_beside_a_same_day_conflict_is_an_update(grounded: Grounded) -> None:
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", INJURED.format("15"), "fr", "2023-03-14"),
            ("b", INJURED.format("8"), "fr", "2023-03-14"),
            (
                "c",
                REVISED.format("21"),
                "fr",
                "2023-03-20",
            ),
        ],
    )
    assert all("21 blessés" not in values(d) for d in findings.discrepancies)
    assert [u.later.value for u in findings.updates] == ["21 blessés"]


# --- quotes, spelling, entities ------------------------------------------------------------

QUOTE = "« La situation est {} et personne n'est en danger », a déclaré la maire Martine Delcourt."


def assert_drift(sides: list[str]) -> None:
    """Each side shows its differing words with a word or two of context, nothing more."""
    left, right = sides
    assert "maîtrisée" in left and "sous" not in left
    assert "sous contrôle" in right and "maîtrisée" not in right
    assert "est" in left.split() and "est" in right.split()  # one word of context
    assert len(left.split()) <= 3 and len(right.split()) <= 4


def test_quote_drift_sides_show_the_differing_words(grounded: Grounded) -> None:
    findings, status, _ = one_cluster(
        grounded,
        [
            ("a", QUOTE.format("maîtrisée"), "fr", "2023-03-14"),
            ("b", QUOTE.format("sous contrôle"), "fr", "2023-03-14"),
        ],
    )
    (first,) = findings.discrepancies  # one contiguous drift, one discrepancy
    assert first.kind == "quote"
    assert_drift(values(first))
    assert first.sides[0].document_ids == ("a",)
    assert first.sides[1].document_ids == ("b",)
    assert "Martine Delcourt" in first.explanation
    assert set(status.values()) == {"conflicting"}


def test_identical_quotes_and_excerpts_are_no_drift(grounded: Grounded) -> None:
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", QUOTE.format("maîtrisée"), "fr", "2023-03-14"),
            (
                "b",
                "« La situation est maîtrisée et personne n'est en danger », selon la maire.",
                "fr",
                "2023-03-14",
            ),
            (
                "c",
                "La maire a assuré que « personne n'est en danger » ce soir-là.",
                "fr",
                "2023-03-14",
            ),
        ],
    )
    assert [d for d in findings.discrepancies if d.kind == "quote"] == []


def test_spelling_variant_in_a_shared_cluster(grounded: Grounded) -> None:
    findings, status, cluster = one_cluster(
        grounded,
        [
            ("a", "Northbridge United signed Marcus Delaney, the club said.", "en", None),
            ("b", "Northbridge United announced that Marcus Delaney has joined.", "en", None),
            ("c", "Northbridge Utd confirmed the deal with Marcus Delaney.", "en", None),
            ("d", "Marcus Delanney joined Northbridge United this summer.", "en", None),
        ],
    )
    (d,) = findings.discrepancies
    assert d.kind == "spelling"
    assert values(d) == ["Marcus Delaney", "Marcus Delanney"]
    assert d.sides[1].document_ids == ("d",)
    assert set(d.sides[0].document_ids) == {"a", "b", "c"}
    assert status["d#1"] == "conflicting"
    assert cluster in {"conflicting", "corroborated"}


def test_entity_substitution(grounded: Grounded) -> None:
    findings, _, _ = one_cluster(
        grounded,
        [
            (
                "a",
                "Une cuve d'acide sulfurique s'est fissurée pendant l'incendie de l'usine.",
                "fr",
                "2023-03-14",
            ),
            (
                "b",
                "Une cuve d'acide nitrique s'est fissurée pendant l'incendie de l'usine.",
                "fr",
                "2023-03-14",
            ),
        ],
    )
    (d,) = findings.discrepancies
    assert d.kind == "entity"
    assert values(d) == ["acide sulfurique", "acide nitrique"]


def test_claims_of_one_document_are_not_compared(grounded: Grounded) -> None:
    findings, status, cluster = one_cluster(
        grounded,
        [("a", INJURED.format("15") + " " + INJURED.format("8"), "fr", "2023-03-14")],
    )
    assert findings.discrepancies == [] and findings.updates == []
    assert set(status.values()) == {"single-source"}
    assert cluster == "single-source"


# --- judge on hand-built findings ----------------------------------------------------------


def bare(doc: str, n: int) -> Claim:
    return Claim(
        id=f"{doc}#{n}",
        document_id=doc,
        start=0,
        end=1,
        text="x",
        normalized="x",
        sentence=0,
        lang="fr",
    )


def side(*claims: Claim) -> Side:
    return Side(
        value="v",
        claim_ids=tuple(c.id for c in claims),
        document_ids=tuple(dict.fromkeys(c.document_id for c in claims)),
    )


def test_judge_statuses_as_documented() -> None:
    a1, b1, c1, a2, d1, e1, f1, g1 = (
        bare("a", 1),
        bare("b", 1),
        bare("c", 1),
        bare("a", 2),
        bare("d", 1),
        bare("e", 1),
        bare("f", 1),
        bare("g", 1),
    )
    clusters = {
        "k1": [a1, b1, c1],  # b disagrees with a
        "k2": [a2, d1],  # plain agreement
        "k3": [e1],  # alone
        "k4": [f1, g1],  # g revises f
    }
    conflict = Discrepancy(
        id="d1", cluster_id="k1", kind="number", sides=(side(a1), side(b1)), explanation=""
    )
    update = Update(
        id="u1", cluster_id="k4", kind="number", earlier=side(f1), later=side(g1), explanation=""
    )
    judged, out = judge(clusters, [conflict], [update])
    assert {c.id: (c.status, c.cluster_id) for c in judged} == {
        "a#1": ("conflicting", "k1"),
        "b#1": ("conflicting", "k1"),
        "c#1": ("corroborated", "k1"),
        "a#2": ("corroborated", "k2"),
        "d#1": ("corroborated", "k2"),
        "e#1": ("single-source", "k3"),
        "f#1": ("corroborated", "k4"),
        "g#1": ("update", "k4"),
    }
    assert [(c.id, c.status, c.document_ids) for c in out] == [
        ("k1", "conflicting", ("a", "b", "c")),
        ("k2", "corroborated", ("a", "d")),
        ("k3", "single-source", ("e",)),
        ("k4", "update", ("f", "g")),
    ]


def test_judge_spelling_in_a_single_source_cluster_stays_single_source() -> None:
    a1, b1 = bare("a", 1), bare("b", 1)
    spelling = Discrepancy(
        id="d1", cluster_id="k2", kind="spelling", sides=(side(a1), side(b1)), explanation=""
    )
    judged, out = judge({"k1": [a1], "k2": [b1]}, [spelling], [])
    assert [c.status for c in judged] == ["single-source", "single-source"]
    assert [c.status for c in out] == ["single-source", "single-source"]


# --- end to end, with the real embedder ------------------------------------------------------

BRIDGE = [
    {
        "id": "pont-courrier",
        "lang": "fr",
        "published": "2023-03-15",
        "text": "La passerelle de Valmont s'est effondrée mardi 14 mars dans la soirée. "
        "L'effondrement a fait 15 blessés selon la préfecture. « La situation est maîtrisée et "
        "personne n'est plus en danger », a déclaré la maire Martine Delcourt. Le chantier de "
        "rénovation avait coûté 4 millions d'euros en 2019.",
    },
    {
        "id": "pont-radio",
        "lang": "fr",
        "published": "2023-03-14",
        "text": "La passerelle de Valmont s'est effondrée lundi dans la soirée. L'effondrement a "
        "fait 8 blessés selon la préfecture. « La situation est sous contrôle et personne n'est "
        "plus en danger », a déclaré la maire Martine Delcourt.",
    },
    {
        "id": "pont-echo",
        "lang": "fr",
        "published": "2023-03",
        "text": "La passerelle de Valmont s'est effondrée ce mardi dans la soirée. "
        "L'effondrement a "
        "fait au moins 12 blessés selon la préfecture. Une cellule psychologique a été ouverte à "
        "la salle des fêtes du quartier des Tanneurs.",
    },
]


@pytest.fixture(scope="module")
def bridge_report(embedder: Embedder) -> Report:
    return claimcheck.check(BRIDGE, embedder=embedder)


def claims_with(report: Report, words: str) -> list[Claim]:
    return [c for c in report.claims if words in c.text]


@pytest.mark.model
def test_check_finds_the_weekday_conflict(bridge_report: Report) -> None:
    (d,) = [d for d in bridge_report.discrepancies if d.kind == "date"]
    assert values(d) == ["Tuesday 14 March 2023", "Monday 13 March 2023"]
    assert set(d.sides[0].document_ids) == {"pont-courrier", "pont-echo"}
    assert d.sides[1].document_ids == ("pont-radio",)


@pytest.mark.model
def test_check_finds_the_toll_revised_the_next_day(bridge_report: Report) -> None:
    """8 injured on the 14th, 15 on the 15th: an update. The month-dated "au moins 12" allows
    15 and rides with it; it does not make the 15th's figure undatable (it did: a conflict)."""
    assert [d for d in bridge_report.discrepancies if d.kind == "number"] == []
    (update,) = bridge_report.updates
    assert (update.earlier.value, update.later.value) == ("8 blessés", "15 blessés")
    assert update.earlier.document_ids == ("pont-radio",)
    assert set(update.later.document_ids) == {"pont-courrier", "pont-echo"}


@pytest.mark.model
def test_check_finds_the_quote_drift(bridge_report: Report) -> None:
    (quote,) = [d for d in bridge_report.discrepancies if d.kind == "quote"]
    assert_drift(values(quote))


@pytest.mark.model
def test_check_statuses(bridge_report: Report) -> None:
    (cell,) = claims_with(bridge_report, "cellule psychologique")
    assert cell.status == "single-source"
    (cost,) = claims_with(bridge_report, "4 millions d'euros")
    assert cost.status == "single-source"
    statuses = {c.document_id: c.status for c in claims_with(bridge_report, "blessés")}
    assert statuses == {
        "pont-courrier": "update",
        "pont-echo": "update",
        "pont-radio": "corroborated",
    }
    clusters = {c.id: c for c in bridge_report.clusters}
    for claim in bridge_report.claims:
        assert claim.cluster_id in clusters
        assert claim.id in clusters[claim.cluster_id].claim_ids
    counts = bridge_report.counts()
    assert sum(counts.values()) == len(bridge_report.claims) == 10


# --- polarity and quote flips --------------------------------------------------------------


def test_quote_flip_with_an_institutional_speaker_comes_first(grounded: Grounded) -> None:
    findings, status, _ = one_cluster(
        grounded,
        [
            (
                "a",
                "Une enquête a été « ouverte pour homicide volontaire », a indiqué le parquet "
                "de Valmont mardi.",
                "fr",
                "2024-03-05",
            ),
            (
                "b",
                "Selon le parquet de Valmont, l'enquête a été « ouverte pour homicide "
                "involontaire ».",
                "fr",
                "2024-03-05",
            ),
        ],
    )
    first = findings.discrepancies[0]
    assert first.kind == "quote"
    assert first.explanation.startswith("polarity flip")
    assert values(first) == ["homicide volontaire", "homicide involontaire"]
    # said once: no second, polarity discrepancy for the same words
    assert [d.kind for d in findings.discrepancies] == ["quote"]
    assert set(status.values()) == {"conflicting"}


def test_confirmed_against_not_confirmed_is_a_polarity_discrepancy(grounded: Grounded) -> None:
    findings, status, cluster = one_cluster(
        grounded,
        [
            (
                "a",
                "Le ministère de l'Intérieur a confirmé l'interpellation du suspect à Valmont.",
                "fr",
                "2024-03-05",
            ),
            (
                "b",
                "Le ministère de l'Intérieur n'a pas confirmé l'interpellation du suspect à "
                "Valmont.",
                "fr",
                "2024-03-05",
            ),
        ],
    )
    (d,) = findings.discrepancies
    assert d.kind == "polarity"
    assert values(d) == ["a confirmé", "n'a pas confirmé"]
    assert [s.document_ids for s in d.sides] == [("a",), ("b",)]
    assert d.sides[1].highlights  # the denying words are located in the article
    assert cluster == "conflicting"
    assert set(status.values()) == {"conflicting"}


def test_arrested_against_not_arrested(grounded: Grounded) -> None:
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", "The driver of the lorry was arrested at the scene.", "en", "2024-03-05"),
            ("b", "The driver of the lorry was not arrested at the scene.", "en", "2024-03-05"),
        ],
    )
    (d,) = findings.discrepancies
    assert d.kind == "polarity"
    assert values(d) == ["was arrested", "not arrested"]


def test_restrictive_and_additive_forms_are_no_denial(grounded: Grounded) -> None:
    findings, _, cluster = one_cluster(
        grounded,
        [
            ("a", "La crue a touché les quartiers bas de Valmont.", "fr", "2024-03-05"),
            ("b", "La crue n'a touché que les quartiers bas de Valmont.", "fr", "2024-03-05"),
            (
                "c",
                "La crue n'a pas seulement touché les quartiers bas de Valmont.",
                "fr",
                "2024-03-05",
            ),
        ],
    )
    assert findings.discrepancies == []
    assert cluster == "corroborated"


def test_a_width_is_compared_with_a_width_never_with_a_length(grounded: Grounded) -> None:
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", "Le cargo mesure 300 mètres de long et 48 mètres de large.", "fr", "2024-05-02"),
            ("b", "The freighter is a 300-metre-long, 32-metre wide vessel.", "en", "2024-05-02"),
            ("c", "Le cargo, long de 300 mètres, a été remorqué vers le port.", "fr", "2024-05-02"),
        ],
    )
    (d,) = findings.discrepancies
    assert d.kind == "number"
    assert {s.document_ids for s in d.sides} == {("a",), ("b",)}
    assert sorted(s.evidence for s in d.sides) == [("32-metre",), ("48 mètres",)]


@pytest.mark.parametrize(
    ("docs", "conflict"),
    [
        (  # a bound is not the time of the fact
            [
                ("a", "La route reste fermée depuis lundi 6 mai, selon la préfecture.", "fr"),
                ("b", "La route a été fermée mercredi 8 mai, selon la préfecture.", "fr"),
            ],
            False,
        ),
        (  # two bounds of one relation are compared
            [
                ("a", "The road will stay closed until Friday 10 May, officials said.", "en"),
                ("b", "The road will stay closed until Monday 13 May, officials said.", "en"),
            ],
            True,
        ),
        (
            [
                ("a", "The ban applies to every vessel by 2030, the ministry said.", "en"),
                ("b", "The ban applies to every vessel from 2026, the ministry said.", "en"),
            ],
            False,
        ),
    ],
)
def test_dates_compare_within_their_relation(
    grounded: Grounded, docs: list[tuple[str, str, str]], conflict: bool
) -> None:
    dated = [(d, text, lang, "2024-05-09") for d, text, lang in docs]
    findings, _, _ = one_cluster(grounded, dated)
    assert [d.kind for d in findings.discrepancies if d.kind == "date"] == (
        ["date"] if conflict else []
    )


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        (  # a name after a few common words on one side only, the same word after it
            "In the village of Kerbavel, where few houses stand, residents freed 25 people.",
            "In Tolmarenc, where few houses stand, residents freed 25 people.",
            True,
        ),
        (  # a common word is no referent: a region and its capital are not compared
            "In the north of France, where the storm hit hardest, 12 homes were destroyed.",
            "In Paris, where the storm hit hardest, 12 homes were destroyed.",
            False,
        ),
        (  # too many words before it: another phrasing, not a swap
            "In the small mountain village of Kerbavel, where few houses stand, 25 were freed.",
            "In Tolmarenc, where few houses stand, 25 were freed.",
            False,
        ),
    ],
)
def test_a_referent_swapped_after_common_words(
    grounded: Grounded, a: str, b: str, swapped: bool
) -> None:
    findings, _, _ = one_cluster(
        grounded, [("a", a, "en", "2024-05-02"), ("b", b, "en", "2024-05-02")]
    )
    entity = [d for d in findings.discrepancies if d.kind == "entity"]
    assert bool(entity) is swapped
    if swapped:
        assert "kerbavel" in entity[0].explanation and "tolmarenc" in entity[0].explanation


@pytest.mark.parametrize(
    ("lang", "total", "increment"),
    [
        (
            "en",
            "Twelve people were killed in the floods, officials said on Friday.",
            "The death toll from the floods rose to 19 after rescuers recovered seven more "
            "bodies on Friday.",
        ),
        (
            "fr",
            "Douze personnes ont été tuées dans les inondations, selon les autorités.",
            "Le bilan des inondations s'est alourdi à 19 morts après la découverte de sept "
            "corps supplémentaires.",
        ),
    ],
)
def test_an_increment_is_no_total(
    grounded: Grounded, lang: str, total: str, increment: str
) -> None:
    """'Seven more bodies' adds to a toll: it is not set against another outlet's toll, and
    the toll its sentence gives (19, read through 'the death toll from the floods') is."""
    findings, _, _ = one_cluster(
        grounded, [("a", total, lang, "2024-05-03"), ("b", increment, lang, "2024-05-03")]
    )
    values = [sorted(s.value.split()[0] for s in d.sides) for d in findings.discrepancies]
    assert values == [["12", "19"]]


@pytest.mark.parametrize(
    ("lang", "template"),
    [
        ("fr", REVISED),
        ("en", "The toll of injured from the collapse of the Valmont footbridge rose to {}."),
    ],
)
def test_a_toll_revised_day_after_day_is_a_chain_of_updates(
    grounded: Grounded, lang: str, template: str
) -> None:
    """Saturday's toll, revised on Sunday, revised again on Monday: two updates, each of the
    value right before it, and no conflict between Saturday's and Sunday's figures."""
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", template.format("8"), lang, "2023-03-14"),
            ("b", template.format("15"), lang, "2023-03-15"),
            ("c", template.format("21"), lang, "2023-03-16"),
        ],
    )
    assert findings.discrepancies == []
    chain = [(u.earlier.value.split()[0], u.later.value.split()[0]) for u in findings.updates]
    assert sorted(chain) == [("15", "21"), ("8", "15")]


def test_a_same_day_disagreement_stays_beside_a_later_revision(grounded: Grounded) -> None:
    """Two outlets disagree on Tuesday; Thursday's toll revises both: the update, and the
    conflict of that Tuesday."""
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", INJURED.format("8"), "fr", "2023-03-14"),
            ("b", INJURED.format("15"), "fr", "2023-03-14"),
            ("c", REVISED.format("21"), "fr", "2023-03-16"),
        ],
    )
    (update,) = findings.updates
    assert update.later.value.startswith("21") and update.earlier.document_ids == ("a", "b")
    (conflict,) = findings.discrepancies
    assert sorted(s.value.split()[0] for s in conflict.sides) == ["15", "8"]


def test_an_undated_value_is_set_against_the_latest_revision(grounded: Grounded) -> None:
    """A figure with no publication date is ordered with nothing: it disagrees with the
    latest toll, not with the one that toll revised."""
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", INJURED.format("8"), "fr", "2023-03-14"),
            ("c", REVISED.format("21"), "fr", "2023-03-16"),
            ("d", INJURED.format("12"), "fr", None),
        ],
    )
    assert [(u.earlier.document_ids, u.later.document_ids) for u in findings.updates] == [
        (("a",), ("c",))
    ]
    (conflict,) = findings.discrepancies
    assert sorted(s.value.split()[0] for s in conflict.sides) == ["12", "21"]


def test_an_undated_copy_of_a_dated_figure_rides_with_it(grounded: Grounded) -> None:
    """'8 blessés' on Tuesday and in an undated copy, then 15 on Thursday: the copy is as old
    as the figure it repeats, so Thursday's toll revises both and nothing conflicts."""
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", INJURED.format("8"), "fr", "2023-03-14"),
            ("b", INJURED.format("8"), "fr", None),
            ("c", REVISED.format("15"), "fr", "2023-03-16"),
        ],
    )
    assert findings.discrepancies == []
    (update,) = findings.updates
    assert update.earlier.document_ids == ("a", "b") and update.later.document_ids == ("c",)


@pytest.mark.parametrize(
    ("bound", "lang", "template"),
    [
        ("plus de 10", "fr", REVISED),
        ("more than 10", "en", "The toll of injured from the Valmont footbridge collapse is {}."),
    ],
)
def test_a_bound_rides_with_the_figure_it_allows(
    grounded: Grounded, bound: str, lang: str, template: str
) -> None:
    """8 on Tuesday; 'more than 10' on Tuesday and 15 on Thursday: the bound allows 15, so it
    sides with it, but 15 is Thursday's figure and still revises Tuesday's 8."""
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", template.format("8"), lang, "2023-03-14"),
            ("b", template.format(bound), lang, "2023-03-14"),
            ("c", template.format("15"), lang, "2023-03-16"),
        ],
    )
    assert findings.discrepancies == []
    (update,) = findings.updates
    assert update.earlier.document_ids == ("a",)
    assert sorted(update.later.document_ids) == ["b", "c"] and update.later.value.startswith("15")


@pytest.mark.parametrize(
    ("bound", "lang", "template"),
    [
        ("plus de 10", "fr", REVISED),
        ("more than 10", "en", "The toll of injured from the Valmont footbridge collapse is {}."),
    ],
)
def test_a_bound_reported_between_two_figures_is_a_step_of_the_chain(
    grounded: Grounded, bound: str, lang: str, template: str
) -> None:
    """8 on Tuesday, 'more than 10' on Wednesday, 15 on Thursday: Wednesday's bound allows
    15, but it is what Wednesday reported, so the chain is 8 -> more than 10 -> 15."""
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", template.format("8"), lang, "2023-03-14"),
            ("b", template.format(bound), lang, "2023-03-15"),
            ("c", template.format("15"), lang, "2023-03-16"),
        ],
    )
    assert findings.discrepancies == []
    chain = sorted((u.earlier.document_ids, u.later.document_ids) for u in findings.updates)
    assert chain == [(("a",), ("b",)), (("b",), ("c",))]


def test_a_bound_alone_on_its_day_is_still_dated_by_it(grounded: Grounded) -> None:
    """With no sharper figure beside it, a bound dates its own group: 'plus de 10' on
    Thursday revises Tuesday's 8."""
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", INJURED.format("8"), "fr", "2023-03-14"),
            ("c", REVISED.format("plus de 10"), "fr", "2023-03-16"),
        ],
    )
    assert findings.discrepancies == []
    (update,) = findings.updates
    assert update.earlier.document_ids == ("a",) and update.later.document_ids == ("c",)


@pytest.mark.parametrize(
    ("lang", "template"),
    [
        ("fr", "Les pompiers ont dépêché {} secouristes sur le site de l'éboulement de Varenne."),
        ("en", "The fire brigade sent {} rescuers to the site of the Varenne landslide."),
    ],
)
def test_digits_transposed_a_day_later_are_a_conflict_not_a_revision(
    grounded: Grounded, lang: str, template: str
) -> None:
    """65 on Monday, 56 on Tuesday: swapped digits are a copying error the later report
    makes, set against the earlier figure and said to be transposed; 56 then 86 is a
    revision."""
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", template.format("65"), lang, "2024-02-12"),
            ("b", template.format("56"), lang, "2024-02-13"),
        ],
    )
    assert findings.updates == []
    (d,) = findings.discrepancies
    assert d.kind == "number" and d.explanation.startswith("digits transposed: ")
    assert sorted(s.value.split()[0] for s in d.sides) == ["56", "65"]
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", template.format("56"), lang, "2024-02-12"),
            ("b", template.format("86"), lang, "2024-02-13"),
        ],
    )
    assert findings.discrepancies == []
    assert [(u.earlier.value.split()[0], u.later.value.split()[0]) for u in findings.updates] == [
        ("56", "86")
    ]


@pytest.mark.parametrize(
    ("a", "b", "swapped"),
    [
        (65, 56, True),
        (2862, 2682, True),
        (1204, 1024, True),
        (65, 65, False),  # the same figure
        (56, 86, False),  # one digit changed
        (123, 321, False),  # the outer digits, not neighbours
        (1234, 2143, False),  # two swaps
        (5, 5, False),
        (650, 56, False),  # another length
    ],
)
def test_transposed_digits(a: int, b: int, swapped: bool) -> None:
    def count(value: int) -> Quantity:
        return Quantity(text=str(value), start=0, end=len(str(value)), value=float(value))

    assert transposed(count(a), count(b)) is swapped
    assert transposed(count(b), count(a)) is swapped
    about = Quantity(text="about 56", start=0, end=8, value=56.0, bound="approx")
    assert not transposed(count(65), about)  # a rounded figure says nothing of its digits


def test_temperatures_are_compared_across_scales(grounded: Grounded) -> None:
    """An American outlet's °F against a French one's °C: 113 °F is 45 °C, not 40."""
    findings, _, _ = one_cluster(
        grounded,
        [
            ("a", "Les températures ont atteint 40 °C dimanche à Valmont.", "fr", "2024-07-14"),
            ("b", "Temperatures in Valmont reached 113 °F on Sunday.", "en", "2024-07-14"),
            ("c", "Temperatures in Valmont reached 104 °F on Sunday.", "en", "2024-07-14"),
        ],
    )
    (d,) = findings.discrepancies
    assert d.kind == "number"
    assert sorted(s.document_ids for s in d.sides) == [("a", "c"), ("b",)]


_POLARITY_SCRIPT = """
from claimcheck.clean import clean, vocabulary
from claimcheck.compare import compare
from claimcheck.ground import ground
from claimcheck.lang import get_profile
from claimcheck.models import Document
from claimcheck.segment import segment

texts = [
    "Le ministère a confirmé l'accord, accepte le calendrier et approuve le budget.",
    "Le ministère n'a pas confirmé l'accord, refuse le calendrier et désapprouve le budget.",
]
docs = [Document(id=f"d{k}", text=t, lang="fr") for k, t in enumerate(texts)]
fr = get_profile("fr")
cleaned = {d.id: clean(d, fr, vocabulary(docs)) for d in docs}
claims = ground(docs, cleaned, [c for d in docs for c in segment(d, cleaned[d.id], fr)])
print([[s.value for s in d.sides] for d in compare({"c1": claims}, claims, docs).discrepancies])
"""


def test_the_order_of_findings_does_not_depend_on_string_hashing(
    under_hash_seeds: Callable[[str], set[str]],
) -> None:
    """Three denials in one pair of claims come out in one order, whatever the hash seed (a
    set of words iterated as it came made a report's discrepancy ids change from run to run)."""
    outputs = under_hash_seeds(_POLARITY_SCRIPT)
    (output,) = outputs
    assert output.count("[") == 4  # three findings, each with its two sides
