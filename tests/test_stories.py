"""Stories: articles grouped by the event they report, before facts are aligned.

Look-alike events (two earthquakes in one valley, months apart, with other magnitudes, other
villages, other tolls) are two stories; articles of one event, in French and English, are one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

import claimcheck
from claimcheck.embed import Embedder
from claimcheck.linkage import average_linkage
from claimcheck.logistic import LogisticModel, load_model
from claimcheck.models import Document, Report
from claimcheck.read import read
from claimcheck.settings import Settings
from claimcheck.stories import STORY_FEATURES, StoryOptions, find_stories

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EVENTS = ("factory-fire", "emergency-landing", "election", "storm")
QUAKES = FIXTURES / "stories"


def _stories(report: Report) -> set[frozenset[str]]:
    return {frozenset(s.document_ids) for s in report.stories}


def _event(doc_id: str) -> str:
    return doc_id.split("-")[1]  # quake-a-... / quake-b-...


@pytest.mark.model
def test_look_alike_events_are_two_stories(embedder: Embedder) -> None:
    report = claimcheck.check([QUAKES], embedder=embedder)
    stories = _stories(report)
    assert len(stories) == 2
    for story in stories:
        assert len({_event(d) for d in story}) == 1


@pytest.mark.model
def test_look_alike_events_stay_apart_without_dates(embedder: Embedder) -> None:
    """Without publication dates only the names, figures and words tell the events apart:
    the two quakes' figures clash on more things than they agree on (`claimcheck.events`)."""
    undated = [d.model_copy(update={"published": None}) for d in read([QUAKES])]
    report = claimcheck.check(undated, embedder=embedder)
    stories = _stories(report)
    assert {frozenset(_event(d) for d in s) for s in stories} == {
        frozenset({"a"}),
        frozenset({"b"}),
    }
    assert max(len(s) for s in stories) == 3  # the French and English articles of quake A


@pytest.mark.model
def test_facts_of_different_stories_never_share_a_cluster(embedder: Embedder) -> None:
    report = claimcheck.check([QUAKES], embedder=embedder)
    story_of = {d: s.id for s in report.stories for d in s.document_ids}
    claims = {c.id: c for c in report.claims}
    for cluster in report.clusters:
        assert len({story_of[claims[c].document_id] for c in cluster.claim_ids}) == 1
        assert cluster.story_id == story_of[claims[cluster.claim_ids[0]].document_id]
    # the two magnitudes are not a conflict: they belong to two events
    assert not [d for d in report.discrepancies if d.kind == "number" and "5" in str(d.sides)]


@pytest.mark.model
def test_the_seeds_are_one_story(seeds_report: Report) -> None:
    assert len(seeds_report.stories) == 1
    assert len(seeds_report.stories[0].document_ids) == len(seeds_report.documents)


@pytest.mark.model
def test_fixture_events_checked_together_are_one_story_each(embedder: Embedder) -> None:
    report = claimcheck.check([FIXTURES / e for e in EVENTS], embedder=embedder)
    stories = _stories(report)
    expected = {frozenset(p.stem for p in (FIXTURES / e).glob("*.txt")) for e in EVENTS}
    assert stories == expected


@pytest.mark.model
def test_every_claim_and_cluster_carries_its_story(seeds_report: Report) -> None:
    ids = {s.id for s in seeds_report.stories}
    assert all(c.story_id in ids for c in seeds_report.claims)
    assert all(c.story_id in ids for c in seeds_report.clusters)
    story = seeds_report.stories[0]
    assert set(story.cluster_ids) == {c.id for c in seeds_report.clusters}
    assert story.label  # the names the articles share


def test_stories_can_be_turned_off() -> None:
    docs = [Document(id=f"d{i}", text="x", lang="fr") for i in range(3)]
    vectors = np.eye(3, dtype=np.float32)
    stories = find_stories(docs, [], vectors, StoryOptions(enabled=False))
    assert [s.document_ids for s in stories] == [("d0", "d1", "d2")]


def test_story_ids_come_from_the_earliest_article() -> None:
    docs = [
        Document(id="late", text="x", lang="fr", published="2024-03-02"),
        Document(id="early", text="x", lang="fr", published="2024-03-01"),
    ]
    one = find_stories(docs, [], np.zeros((0, 3), np.float32), StoryOptions(enabled=False))
    two = find_stories(docs[::-1], [], np.zeros((0, 3), np.float32), StoryOptions(enabled=False))
    assert one[0].id == two[0].id
    assert one[0].document_ids == ("early", "late")


def test_articles_far_apart_in_time_are_never_one_story() -> None:
    docs = [
        Document(id="a", text="x", lang="fr", published="2024-01-01"),
        Document(id="b", text="x", lang="fr", published="2024-09-01"),
    ]
    n = len(STORY_FEATURES)
    always = LogisticModel(STORY_FEATURES, (0.0,) * n, 10.0, (0.0,) * n, (1.0,) * n)
    vectors = np.zeros((0, 4), np.float32)
    together = find_stories(docs, [], vectors, StoryOptions(window_days=None), model=always)
    assert len(together) == 1  # the model alone would join them
    apart = find_stories(docs, [], vectors, Settings().stories, model=always)
    assert len(apart) == 2


def test_the_packaged_story_model_reads_its_features() -> None:
    model = load_model("story_model")
    assert model.features == STORY_FEATURES
    assert 0.0 < model.threshold < 1.0
    coef = dict(zip(model.features, model.coef, strict=True))
    # shared names, words and close claims make one story more likely (the centroid is
    # collinear with the closest claim pair, so its own sign carries no meaning)
    assert coef["names"] > 0 and coef["lexical"] > 0 and coef["best_claim"] > 0
    assert "lexical_from_centroid" in model.meta


def test_linkage_respects_cannot_links() -> None:
    pairs = {(0, 1): 0.9, (1, 2): 0.9, (0, 2): 0.9}
    assert average_linkage(3, pairs, 0.5) == [[0, 1, 2]]
    groups = average_linkage(3, pairs, 0.5, cannot=[(0, 2)])
    assert sorted(map(len, groups)) == [1, 2]
    assert not any(0 in g and 2 in g for g in groups)


def test_linkage_joins_links_first_and_never_chains() -> None:
    # 0~1 and 1~2 but 0 and 2 unrelated: the mean over all pairs stops the chain
    pairs = {(0, 1): 0.9, (1, 2): 0.8}
    groups = average_linkage(3, pairs, 0.5)
    assert groups == [[0, 1], [2]]
    assert average_linkage(3, {}, 0.5, links=[(0, 2)]) == [[0, 2], [1]]


@pytest.mark.model
def test_check_assigns_a_new_article_to_its_story(tmp_path: Path, embedder: Embedder) -> None:
    from claimcheck.pipeline import check_new, ingest
    from claimcheck.store import SQLiteStore

    with SQLiteStore(tmp_path / "corpus.db") as store:
        ingest(
            [QUAKES / "quake-a-lepetitmatin.txt", QUAKES / "quake-a-radiovalley.txt"],
            store,
            embedder=embedder,
        )
        same = check_new([QUAKES / "quake-a-alpinewire.txt"], store, embedder=embedder, add=False)
        other = check_new([QUAKES / "quake-b-alpinewire.txt"], store, embedder=embedder, add=False)
    story = same.story_of["quake-a-alpinewire"]
    stored = next(s for s in same.report.stories if s.id == story)
    assert set(stored.document_ids) == {
        "quake-a-lepetitmatin",
        "quake-a-radiovalley",
        "quake-a-alpinewire",
    }
    assert same.new_stories == ()
    assert other.new_stories == (other.story_of["quake-b-alpinewire"],)


@pytest.mark.model
def test_above_the_exact_limit_stories_come_from_nearest_articles(embedder: Embedder) -> None:
    """Past `exact_limit` articles only each article's nearest centroids are scored: the same
    stories on this small corpus, found without scoring every pair."""
    from claimcheck.pipeline import prepare
    from claimcheck.stories import story_pairs

    docs, claims, vectors = prepare([QUAKES], embedder=embedder)
    exact = find_stories(docs, claims, vectors, StoryOptions())
    near = find_stories(docs, claims, vectors, StoryOptions(exact_limit=2, neighbours=2))
    assert {s.document_ids for s in near} == {s.document_ids for s in exact}
    pairs, _ = story_pairs(docs, claims, vectors, StoryOptions(exact_limit=2, neighbours=2))
    assert len(pairs) < len(docs) * (len(docs) - 1) // 2


_LABEL_SCRIPT = """
import numpy as np
from claimcheck.models import Claim, Document, EntityMention
from claimcheck.stories import StoryOptions, find_stories

names = ["Valmont", "Corvalis", "Brême", "Port-Lannec", "Somme", "Marlow Bay"]
text = " ".join(names)
entities, at = [], 0
for name in names:
    entities.append(EntityMention(text=name, start=at, end=at + len(name), canonical=name,
                                  kind="LOC"))
    at += len(name) + 1
claim = Claim(id="d#1", document_id="d", start=0, end=len(text), text=text, normalized=text,
              sentence=0, lang="fr", entities=tuple(entities))
doc = Document(id="d", text=text, lang="fr")
(story,) = find_stories([doc], [claim], np.ones((1, 3), np.float32),
                        StoryOptions(enabled=False))
print(story.label)
"""


def test_a_story_label_does_not_depend_on_string_hashing(
    under_hash_seeds: Callable[[str], set[str]],
) -> None:
    labels = under_hash_seeds(_LABEL_SCRIPT)
    assert labels == {"Valmont, Corvalis, Brême"}  # names mentioned as often: first ones


def test_claim_matches_follow_their_definition() -> None:
    from claimcheck.neighbours import nearest
    from claimcheck.stories import _MATCH, _claim_matches

    rng = np.random.default_rng(3)
    raw = rng.normal(size=(60, 8)) + np.repeat(rng.normal(size=(6, 8)) * 3, 10, axis=0)
    vectors = (raw / np.linalg.norm(raw, axis=1, keepdims=True)).astype(np.float32)
    by_doc = [list(range(k, k + 5)) for k in range(0, 60, 5)]  # twelve articles, five claims each
    owner = {c: d for d, members in enumerate(by_doc) for c in members}
    found = nearest(vectors, 6, exact_limit=1000)
    candidates = [(i, j) for i in range(12) for j in range(i + 1, 12)]
    best, share = _claim_matches(by_doc, vectors, 6, candidates)
    for (i, j), b, s in zip(candidates, best, share, strict=True):
        links = [
            (x, float(sim))
            for x in range(60)
            for y, sim in zip(found.ids[x], found.sims[x], strict=True)
            if {owner[x], owner[int(y)]} == {i, j}
        ]
        assert b == pytest.approx(max((sim for _, sim in links), default=0.0))
        close = {x for x, sim in links if sim >= _MATCH}
        assert s == pytest.approx(len(close) / 10)
    assert best.max() > _MATCH and (best == 0).any()  # both kinds of pair occur


def test_figure_features_count_roles_as_a_loop_over_pairs_does() -> None:
    from claimcheck.stories import _figure_balance, _Profile

    def profile(figures: dict[tuple[str, str | None, str], set[float]]) -> _Profile:
        return _Profile(names=Counter(), figures=figures, days=set(), first_day=0, last_day=0)

    dead, hurt, crews = (
        ("count", None, "dead"),
        ("count", None, "injured"),
        ("count", None, "crews"),
    )
    profiles = [
        profile({dead: {3.0, 4.0}, hurt: {10.0}, crews: {40.0}}),  # a toll given twice
        profile({dead: {3.0, 4.0}, hurt: {12.0}}),  # both tolls again: one role, not two
        profile({dead: {4.0}, crews: {40.0, 60.0}}),
        profile({dead: {7.0, 8.0}, hurt: {10.0, 12.0}, crews: {60.0, 40.0}}),
        profile({hurt: {12.0}}),
    ]
    pairs = [(i, j) for i in range(len(profiles)) for j in range(len(profiles)) if i != j]
    a = np.array([i for i, _ in pairs], dtype=np.int64)
    b = np.array([j for _, j in pairs], dtype=np.int64)
    agreeing, clashing = _figure_balance(profiles, a, b)
    for k, (i, j) in enumerate(pairs):
        mine, theirs = profiles[i].figures, profiles[j].figures
        shared = mine.keys() & theirs.keys()
        agree = sum(1 for key in shared if mine[key] & theirs[key])
        assert (agreeing[k], clashing[k]) == (agree, len(shared) - agree), (i, j)
    assert (agreeing[0], clashing[0]) == (1, 1)  # 0 and 1: the dead agree, the injured do not


def test_story_pair_scores_read_as_the_dictionary_they_replace() -> None:
    from claimcheck.stories import _Scores

    pairs = np.array([[0, 3], [1, 2], [0, 1], [2, 5]], dtype=np.int64)
    values = np.array([0.25, 0.5, 0.125, 0.75])
    scores = _Scores(pairs, values)
    expected = {(0, 3): 0.25, (1, 2): 0.5, (0, 1): 0.125, (2, 5): 0.75}
    assert len(scores) == 4
    assert list(scores) == list(expected)  # the candidates' order, not sorted
    assert list(scores.items()) == list(expected.items())
    assert all(type(i) is int and type(p) is float for (i, _), p in scores.items())
    assert scores[(2, 5)] == 0.75 and scores.get((3, 0)) is None and (1, 2) in scores
    with pytest.raises(KeyError):
        scores[(9, 1)]
