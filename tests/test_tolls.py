"""Each story's tolls in one cluster (`claimcheck.tolls`): whatever else their sentences say,
the main count of the dead (the injured, the missing) of every article is compared with the
others'.

The claims are grounded from real sentences (every stage before the embedder); the vectors
are made by hand so that each test states the similarity it relies on.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from claimcheck.compare import compare
from claimcheck.models import Claim, Document
from claimcheck.tolls import gather_tolls

Grounded = Callable[..., tuple[list[Document], list[Claim]]]
Vectors = npt.NDArray[np.float32]

STORM = [
    ("a", "La tempête a touché la côte mardi soir. Elle a fait 12 morts, selon la préfecture.",
     "fr", "2024-10-09"),
    ("b", "The storm came ashore on Tuesday night. At least 12 people were killed, officials "
     "said.", "en", "2024-10-09"),
    ("c", "The death toll rose to 19 on Thursday after searchers recovered seven more bodies.",
     "en", "2024-10-11"),
]  # fmt: skip


def alike(n: int) -> Vectors:
    """n unit vectors, every pair 0.5 alike."""
    vectors = np.full((n, n + 1), 0.0, dtype=np.float32)
    vectors[:, 0] = np.sqrt(0.5)
    vectors[np.arange(n), np.arange(n) + 1] = np.sqrt(0.5)
    return vectors


def ids(groups: list[list[int]], claims: list[Claim]) -> list[list[str]]:
    return [[claims[i].id for i in g] for g in groups]


def test_the_tolls_leave_their_clusters_for_one_of_their_own(grounded: Grounded) -> None:
    docs, claims = grounded(STORM)
    assert [c.id for c in claims] == ["a#1", "a#2", "b#1", "b#2", "c#1"]
    published = {d.id: d.published for d in docs}
    # the encoder joined each toll with its article's landfall, and the landfalls together
    groups = [[0, 1, 2, 3], [4]]
    out = gather_tolls(groups, claims, alike(5), published=published, min_similarity=0.2)
    assert ids(out, claims) == [["a#1", "b#1"], ["a#2", "b#2", "c#1"]]


def test_a_toll_unlike_every_other_stays_where_it_was(grounded: Grounded) -> None:
    docs, claims = grounded(STORM)
    published = {d.id: d.published for d in docs}
    vectors = alike(5)
    vectors[4] = 0.0
    vectors[4, -1] = 1.0  # "rose to 19" shares nothing with the other tolls' sentences
    out = gather_tolls(
        [[0, 1, 2, 3], [4]], claims, vectors, published=published, min_similarity=0.2
    )
    assert ids(out, claims) == [["a#1", "b#1"], ["a#2", "b#2"], ["c#1"]]


def test_tolls_of_two_stories_stay_apart(grounded: Grounded) -> None:
    docs, claims = grounded(STORM)
    published = {d.id: d.published for d in docs}
    stories = ["s1", "s1", "s2", "s2", "s1"]  # b reports another storm
    groups = [[0, 1], [2, 3], [4]]
    out = gather_tolls(
        groups, claims, alike(5), stories=stories, published=published, min_similarity=0.2
    )
    assert ids(out, claims) == [["a#1"], ["a#2", "c#1"], ["b#1", "b#2"]]


def test_an_earlier_event_recalled_is_no_toll(grounded: Grounded) -> None:
    docs, claims = grounded(
        [
            ("a", "Le séisme de vendredi a fait 296 morts, selon le ministère.", "fr",
             "2023-09-09"),
            ("b", "In 2004, a quake in the same region killed 628 people.", "en", "2023-09-10"),
            ("c", "The Interior Ministry said 820 people had been killed.", "en", "2023-09-10"),
        ]
    )  # fmt: skip
    published = {d.id: d.published for d in docs}
    out = gather_tolls([[0, 1], [2]], claims, alike(3), published=published, min_similarity=0.2)
    assert ids(out, claims) == [["a#1", "c#1"], ["b#1"]]


def test_an_article_s_main_toll_is_its_first(grounded: Grounded) -> None:
    """The current toll comes first; a comparison with an earlier disaster comes later."""
    docs, claims = grounded(
        [
            ("a", "Le séisme a fait 120 morts mardi. Le tsunami qui avait dévasté la région "
             "avait fait 230 000 morts.", "fr", "2024-02-02"),
            ("b", "The quake killed 120 people on Tuesday, officials said.", "en", "2024-02-02"),
        ]
    )  # fmt: skip
    assert [c.id for c in claims] == ["a#1", "a#2", "b#1"]
    published = {d.id: d.published for d in docs}
    out = gather_tolls([[0, 1, 2]], claims, alike(3), published=published, min_similarity=0.2)
    assert ids(out, claims) == [["a#1", "b#1"], ["a#2"]]


def test_each_article_gives_its_whole_toll_not_a_part(grounded: Grounded) -> None:
    docs, claims = grounded(
        [
            ("a", "L'explosion a fait 14 morts. Parmi eux, 3 enfants sont morts à l'école.",
             "fr", "2024-02-02"),
            ("b", "The blast killed 14 people, the fire brigade said.", "en", "2024-02-02"),
        ]
    )  # fmt: skip
    published = {d.id: d.published for d in docs}
    out = gather_tolls([[0, 1, 2]], claims, alike(3), published=published, min_similarity=0.2)
    assert ids(out, claims) == [["a#1", "b#1"], ["a#2"]]


def test_nothing_moves_without_two_tolls(grounded: Grounded) -> None:
    docs, claims = grounded(
        [
            ("a", "La tempête a fait 12 morts mardi, selon la préfecture.", "fr", "2024-10-09"),
            ("b", "The storm brought winds of 85 mph to the coast.", "en", "2024-10-09"),
        ]
    )
    published = {d.id: d.published for d in docs}
    out = gather_tolls([[1, 0]], claims, alike(2), published=published, min_similarity=0.2)
    assert out == [[0, 1]]


# a toll given as a change: the figure reached is the toll, not a range from the old one
CHANGED = [
    ("a", "Les crues ont fait 12 morts dans la vallée, selon la préfecture.", "fr", "2025-03-03"),
    ("b", "Le bilan des crues dans la vallée est passé de 12 à 17 morts, selon la préfecture.",
     "fr", "2025-03-04"),
    ("c", "The number of dead in the valley floods climbed from 12 to 17, officials said.", "en",
     "2025-03-04"),
]  # fmt: skip


def test_a_toll_given_as_a_change_is_the_figure_reached(grounded: Grounded) -> None:
    docs, claims = grounded(CHANGED)
    assert [(q.value, q.bound) for c in claims for q in c.quantities if q.kind == "dead"] == [
        (12, "exact"),
        (17, "exact"),
        (17, "exact"),
    ]
    findings = compare({"c1": claims}, claims, docs)
    assert findings.discrepancies == []  # 12 on the 3rd and 17 on the 4th: a revision
    (update,) = findings.updates
    assert (update.earlier.document_ids, update.later.document_ids) == (("a",), ("b", "c"))
