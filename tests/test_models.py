"""The models share their sets of given field names, and that changes nothing they say."""

from __future__ import annotations

from claimcheck.models import Claim, EntityMention


def _claim(n: int) -> Claim:
    return Claim(
        id=f"a#{n}",
        document_id="a",
        start=0,
        end=34,
        text="La mairie a rouvert le pont mardi.",
        normalized="La mairie a rouvert le pont mardi.",
        sentence=n,
        lang="fr",
    )


def test_instances_given_the_same_fields_share_one_set_of_names() -> None:
    a, b = _claim(1), _claim(2)
    assert a.model_fields_set is b.model_fields_set
    assert "status" not in a.model_fields_set
    judged = a.model_copy(update={"status": "single-source", "cluster_id": "c1"})
    again = b.model_copy(update={"status": "corroborated", "cluster_id": "c2"})
    assert judged.model_fields_set is again.model_fields_set
    assert judged.model_fields_set == a.model_fields_set | {"status", "cluster_id"}
    assert "status" not in a.model_fields_set  # the copy's names never leak into the original
    assert judged.model_dump(exclude_unset=True) == {
        **a.model_dump(exclude_unset=True),
        "status": "single-source",
        "cluster_id": "c1",
    }


def test_instances_given_other_fields_keep_their_own_set() -> None:
    named = EntityMention(text="Lorville", start=3, end=11, canonical="Lorville", kind="LOC")
    aliased = EntityMention(
        text="Lorville", start=3, end=11, canonical="Lorville", kind="LOC", via="alias"
    )
    assert named.model_fields_set != aliased.model_fields_set
    assert "via" in aliased.model_dump(exclude_unset=True)
    assert "via" not in named.model_dump(exclude_unset=True)
    assert named.model_copy(deep=True).model_fields_set is named.model_fields_set
