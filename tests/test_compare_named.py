"""compare: the counts one named subject sends or deploys, set against each other across the
clusters of one story (`claimcheck.compare_named`)."""

from __future__ import annotations

from collections.abc import Callable

from claimcheck.compare import Findings, compare
from claimcheck.compare_named import actor_counts, named_sizes
from claimcheck.models import Claim, Document

Grounded = Callable[..., tuple[list[Document], list[Claim]]]
Spec = tuple[str, str, str, str | None]


def apart(grounded: Grounded, first: Spec, second: Spec) -> tuple[list[Claim], Findings]:
    """Each document's claims in a cluster of their own, both in one story."""
    docs, claims = grounded([first, second])
    clusters = {
        f"c{k + 1}": [c for c in claims if c.document_id == d.id] for k, d in enumerate(docs)
    }
    story = {d.id: "s1" for d in docs}
    return claims, compare(clusters, claims, docs, story_of=story)


def test_a_country_s_rescuers_told_again_later_across_languages_is_an_update(
    grounded: Grounded,
) -> None:
    _, found = apart(
        grounded,
        (
            "a",
            "L'Espagne a annoncé dimanche l'envoi de 56 secouristes au Maroc.",
            "fr",
            "2023-09-10",
        ),
        ("b", "Spain has sent 86 rescuers and eight search dogs to Morocco.", "en", "2023-09-12"),
    )
    (update,) = found.updates
    assert (update.earlier.value, update.later.value) == ("56 secouristes", "86 rescuers")
    assert update.earlier.document_ids == ("a",) and update.later.document_ids == ("b",)
    assert update.cluster_id == "c1"
    assert found.discrepancies == []


def test_the_same_day_two_figures_of_one_army_s_troops_conflict(grounded: Grounded) -> None:
    _, found = apart(
        grounded,
        ("a", "Le Japon a déployé 120 soldats pour dégager les routes.", "fr", "2024-01-03"),
        ("b", "Japan deployed 150 troops to help clear the roads.", "en", "2024-01-03"),
    )
    (conflict,) = found.discrepancies
    assert conflict.kind == "number"
    assert sorted(s.value for s in conflict.sides) == ["120 soldats", "150 troops"]
    assert found.updates == []


def test_two_subjects_counts_are_two_things(grounded: Grounded) -> None:
    _, found = apart(
        grounded,
        ("a", "L'Espagne a envoyé 56 secouristes au Maroc.", "fr", "2023-09-10"),
        ("b", "France has sent 86 rescuers to Morocco.", "en", "2023-09-10"),
    )
    assert found.discrepancies == [] and found.updates == []


def test_counts_of_other_kinds_or_of_no_named_subject_are_left_to_their_clusters(
    grounded: Grounded,
) -> None:
    # a toll is given by many sentences of a story for many moments and places
    _, tolls = apart(
        grounded,
        ("a", "Le Maroc déplore 2 012 morts selon le dernier bilan.", "fr", "2023-09-09"),
        ("b", "Morocco has counted 2,122 dead so far.", "en", "2023-09-09"),
    )
    assert tolls.discrepancies == [] and tolls.updates == []
    # "Police said ...", "Selon ...": a source opens the sentence, not the subject that sends
    claims, sourced = apart(
        grounded,
        ("a", "Selon la police, l'Espagne a envoyé 56 secouristes.", "fr", "2023-09-10"),
        ("b", "Police said Spain has sent 86 rescuers.", "en", "2023-09-10"),
    )
    assert sourced.discrepancies == [] and sourced.updates == []
    assert actor_counts({"c1": claims[:1], "c2": claims[1:]}, {"a": "s1", "b": "s1"}) == []


def test_other_stories_and_one_cluster_are_not_paired_again(grounded: Grounded) -> None:
    _, claims = grounded(
        [
            ("a", "L'Espagne a envoyé 56 secouristes au Maroc.", "fr", "2023-09-10"),
            ("b", "Spain has sent 86 rescuers to Morocco.", "en", "2023-09-10"),
        ]
    )
    one, two = claims
    assert actor_counts({"c1": [one], "c2": [two]}, {"a": "s1", "b": "s2"}) == []
    assert actor_counts({"c1": [one, two]}, {"a": "s1", "b": "s1"}) == []
    ((cluster, items),) = actor_counts({"c1": [one], "c2": [two]}, {"a": "s1", "b": "s1"})
    assert cluster == "c1" and [(c.id, q.value) for c, q in items] == [("a#1", 56), ("b#1", 86)]


def test_a_named_bridge_s_width_told_two_ways_across_languages_conflicts(
    grounded: Grounded,
) -> None:
    _, found = apart(
        grounded,
        (
            "a",
            "Le pont Rialto, qui relie les deux rives, mesure 48 mètres de large.",
            "fr",
            "2024-05-02",
        ),
        (
            "b",
            "Officials closed the Rialto, a 22-metre wide bridge, on Thursday.",
            "en",
            "2024-05-02",
        ),
    )
    (conflict,) = found.discrepancies
    assert conflict.kind == "number"
    assert sorted(s.value for s in conflict.sides) == ["22 m", "48 m"]


def test_a_second_size_joined_to_the_first_is_the_subject_s_too(grounded: Grounded) -> None:
    _, found = apart(
        grounded,
        ("a", "La tour Horizon, haute de 180 mètres, domine le quartier.", "fr", "2024-05-02"),
        (
            "b",
            "Horizon Tower is 60 metres long and 130 metres high, the developer said.",
            "en",
            "2024-05-02",
        ),
    )
    (conflict,) = found.discrepancies
    assert sorted(s.value for s in conflict.sides) == ["130 m", "180 m"]


def test_a_size_of_an_unnamed_noun_or_of_another_holder_is_not_the_name_s(
    grounded: Grounded,
) -> None:
    # the canal's width, not the ship's: a noun stands between ("d'environ", "a canal ...")
    _, nouns = apart(
        grounded,
        (
            "a",
            "Le Nordic Star bloquait cette passe d'environ 300 mètres de large.",
            "fr",
            "2024-05-02",
        ),
        ("b", "The Nordic Star blocked a channel 120 metres wide.", "en", "2024-05-02"),
    )
    assert nouns.discrepancies == []
    # a source before the size is no holder; two holders' heights are two things
    claims, others = apart(
        grounded,
        ("a", "Selon Vinci, la tour Horizon mesure 180 mètres de haut.", "fr", "2024-05-02"),
        ("b", "The Ostara Tower, a 130-metre high building, opened.", "en", "2024-05-02"),
    )
    assert others.discrepancies == []
    assert named_sizes({"c1": claims[:1], "c2": claims[1:]}, {"a": "s1", "b": "s1"}) == []


def test_a_longer_name_ending_with_a_holder_s_name_is_that_holder(grounded: Grounded) -> None:
    _, claims = grounded(
        [
            ("a", "The Nordic Star measures 48 metres wide.", "en", "2024-05-02"),
            (
                "b",
                "Images showed the Danish-flagged MV Nordic Star, a 32-metre wide ship.",
                "en",
                "2024-05-02",
            ),
        ]
    )
    ((_, items),) = named_sizes({"c1": claims[:1], "c2": claims[1:]}, {"a": "s1", "b": "s1"})
    assert sorted(q.value for _, q in items) == [32, 48]
    # in one story only, and in two clusters
    assert named_sizes({"c1": claims}, {"a": "s1", "b": "s1"}) == []
    assert named_sizes({"c1": claims[:1], "c2": claims[1:]}, {"a": "s1", "b": "s2"}) == []
