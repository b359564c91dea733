"""Figure links: two outlets giving the same precise figure of the same thing, or the same
time of day to the minute, report one fact, whatever their sentences (`align.figure_links`).

The claims are grounded from real sentences (every stage before the embedder); the vectors
are made by hand so that each test states the similarity it relies on.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt
import pytest

from claimcheck.align import AlignOptions
from claimcheck.models import Claim, Document
from claimcheck.slot_links import figure_links

Grounded = Callable[..., tuple[list[Document], list[Claim]]]
Vectors = npt.NDArray[np.float32]


def pair_vectors(similarity: float) -> Vectors:
    """Unit vectors for two claims with the given cosine."""
    angle = float(np.arccos(similarity))
    return np.asarray([[1.0, 0.0], [np.cos(angle), np.sin(angle)]], dtype=np.float32)


def links(grounded: Grounded, a: tuple[str, str], b: tuple[str, str], similarity: float) -> list:
    docs = [("a", a[0], a[1], "2024-05-08"), ("b", b[0], b[1], "2024-05-08")]
    _, claims = grounded(docs)
    assert [c.document_id for c in claims] == ["a", "b"], [c.text for c in claims]
    return figure_links(claims, pair_vectors(similarity), AlignOptions().figure_min_similarity)


SAME_FACT = [
    (("Le bilan s'élève à 2 012 morts, selon le ministère.", "fr"),
     ("The Interior Ministry said 2,012 people had been killed.", "en")),
    (("Au moins 369 navires attendaient de pouvoir traverser.", "fr"),
     ("A total of 369 vessels were waiting to cross, the authority said.", "en")),
    (("La secousse a été enregistrée à 23 h 11.", "fr"),
     ("The quake struck at 11:11 p.m., the agency said.", "en")),
    (("The company demanded $916 million in compensation.", "en"),
     ("Le groupe réclamait 916 millions de dollars de dédommagement.", "fr")),
]  # fmt: skip

NOT_LINKED = [
    # a round figure is shared by chance too often
    (("Quarante personnes ont été tuées.", "fr"), ("40 people were killed.", "en")),
    # the same number of another thing
    (("Le ministère a recensé 2 012 blessés.", "fr"),
     ("The Interior Ministry said 2,012 people had been killed.", "en")),
    # a time on the hour, and a time given only roughly
    (("La secousse a été enregistrée à 23 h.", "fr"), ("The quake struck at 11 p.m.", "en")),
    (("La secousse a été ressentie vers 23 h 11.", "fr"),
     ("The quake struck at 11:11 p.m., the agency said.", "en")),
    # an approximation is no precise figure
    (("Environ 2 012 personnes ont été évacuées.", "fr"),
     ("About 2,012 people were evacuated.", "en")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), SAME_FACT)
def test_the_same_precise_figure_or_time_links_two_outlets(
    grounded: Grounded, a: tuple[str, str], b: tuple[str, str]
) -> None:
    assert links(grounded, a, b, 0.3) == [(0, 1)]
    # a French and an English sentence that each pack other facts around it are this far apart
    assert links(grounded, a, b, 0.17) == [(0, 1)]
    assert links(grounded, a, b, 0.1) == []  # sentences about something else altogether


@pytest.mark.parametrize(("a", "b"), NOT_LINKED)
def test_round_vague_or_other_figures_do_not_link(
    grounded: Grounded, a: tuple[str, str], b: tuple[str, str]
) -> None:
    assert links(grounded, a, b, 0.9) == []


def test_one_document_never_links_to_itself(grounded: Grounded) -> None:
    _, claims = grounded(
        [
            ("a", "Le bilan s'élève à 2 012 morts. Les 2 012 morts ont été recensés.", "fr", None),
        ]
    )
    assert len(claims) == 2
    assert figure_links(claims, pair_vectors(0.9), AlignOptions().figure_min_similarity) == []
