"""Look-alike events: articles whose figures clash on more things than they agree on report two
events, never one story, and none of their claims is set against the other's (`claimcheck.events`).

Two fires in one town, reported the same way (a warehouse, people hurt, firefighters, hours of
fighting), are two events; a report of one fire that gives another count of the injured is a
conflict; a later bulletin that revises a toll is an update.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from claimcheck.compare import compare
from claimcheck.events import EventGate, StoryOdds, balance, figures
from claimcheck.models import Claim, Document
from claimcheck.stories import StoryOptions, find_stories
from claimcheck.timeline import background, publication_range

Grounded = Callable[..., tuple[list[Document], list[Claim]]]
Spec = tuple[str, str, str, str | None]

# two fires in one town, four days apart: the same kind of report, other figures
FIRES: dict[str, list[Spec]] = {
    "en": [
        (
            "fire-a1",
            "A fire broke out at a paint warehouse in Riverton on Monday night. Four people were "
            "injured and 60 firefighters fought the blaze for six hours.",
            "en",
            None,
        ),
        (
            "fire-a2",
            "Five people were injured when fire swept through a paint warehouse in Riverton on "
            "Monday night. Some 60 firefighters fought the flames for six hours.",
            "en",
            None,
        ),
        (
            "fire-b1",
            "A fire tore through a furniture warehouse in Riverton on Thursday. Eleven people "
            "were injured and 140 firefighters fought the blaze for 14 hours.",
            "en",
            None,
        ),
    ],
    "fr": [
        (
            "fire-a1",
            "Un incendie s'est déclaré lundi soir dans un entrepôt de peinture de Villeneuve. "
            "Quatre personnes ont été blessées et 60 pompiers ont combattu les flammes pendant "
            "six heures.",
            "fr",
            None,
        ),
        (
            "fire-a2",
            "Cinq personnes ont été blessées lundi soir dans l'incendie d'un entrepôt de peinture "
            "de Villeneuve. Une soixantaine de pompiers ont lutté contre les flammes pendant six "
            "heures.",
            "fr",
            None,
        ),
        (
            "fire-b1",
            "Un incendie a ravagé jeudi un entrepôt de meubles de Villeneuve. Onze personnes ont "
            "été blessées et 140 pompiers ont combattu les flammes pendant 14 heures.",
            "fr",
            None,
        ),
    ],
}

# one collapse, a second bulletin a day later: every count revised
TOLLS: dict[str, list[Spec]] = {
    "en": [
        (
            "toll-1",
            "Three people died and 10 were injured when a building collapsed in Marlow on "
            "Sunday. Some 80 rescuers searched the rubble.",
            "en",
            "2024-03-04",
        ),
        (
            "toll-2",
            "Seven people died and 14 were injured when a building collapsed in Marlow on "
            "Sunday. Some 120 rescuers searched the rubble.",
            "en",
            "2024-03-05",
        ),
    ],
    "fr": [
        (
            "toll-1",
            "Trois personnes sont mortes et 10 ont été blessées dans l'effondrement d'un immeuble "
            "à Lormes dimanche. Quelque 80 secouristes fouillaient les décombres.",
            "fr",
            "2024-03-04",
        ),
        (
            "toll-2",
            "Sept personnes sont mortes et 14 ont été blessées dans l'effondrement d'un immeuble "
            "à Lormes dimanche. Quelque 120 secouristes fouillaient les décombres.",
            "fr",
            "2024-03-05",
        ),
    ],
}

# a mayor's name, misspelt once, in an article about another event in the same town
NAMES: dict[str, list[Spec]] = {
    "fr": [
        (
            "x1",
            "Le maire Jean-Pierre Castellan a inauguré la nouvelle médiathèque de Brenne samedi.",
            "fr",
            None,
        ),
        (
            "x2",
            "Jean-Pierre Castellan, maire de Brenne, a coupé le ruban samedi devant la "
            "médiathèque.",
            "fr",
            None,
        ),
        (
            "y1",
            "Le maire Jean-Pierre Castelan a présenté le budget de la ville de Brenne mardi.",
            "fr",
            None,
        ),
    ],
    "en": [
        (
            "x1",
            "Margaret Holloway, the mayor of Dunmore, opened the new library on Saturday.",
            "en",
            None,
        ),
        (
            "x2",
            "The library of Dunmore was opened by Margaret Holloway on Saturday.",
            "en",
            None,
        ),
        (
            "y1",
            "Margaret Holoway, the mayor of Dunmore, presented the city budget on Tuesday.",
            "en",
            None,
        ),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_two_fires_in_one_town_are_two_events(grounded: Grounded, lang: str) -> None:
    docs, claims = grounded(FIRES[lang])
    gate = EventGate(docs, claims)
    assert not gate.apart("fire-a1", "fire-a2")  # one fire: they agree on crews and hours
    assert gate.apart("fire-a1", "fire-b1")  # injured, firefighters, hours: all other values
    assert gate.apart("fire-a2", "fire-b1")
    assert gate.apart("fire-b1", "fire-a1")  # symmetric
    a1 = next(c for c in claims if c.document_id == "fire-a1")
    b1 = next(c for c in claims if c.document_id == "fire-b1")
    assert not gate.comparable(a1, b1)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_look_alike_events_in_one_cluster_never_conflict(grounded: Grounded, lang: str) -> None:
    docs, claims = grounded(FIRES[lang])
    findings = compare({"c1": claims}, claims, docs)
    # only the one conflict of the first fire: four injured or five
    (conflict,) = findings.discrepancies
    assert conflict.kind == "number"
    assert [s.document_ids for s in conflict.sides] == [("fire-a1",), ("fire-a2",)]
    assert [s.value.split()[0] for s in conflict.sides] == ["4", "5"]
    # without the gate, the other fire's day, crews and hours were set against the first's
    ungated = compare({"c1": claims}, claims, docs, gate=EventGate(docs, claims, margin=None))
    assert len(ungated.discrepancies) == 4
    assert {d.kind for d in ungated.discrepancies} == {"date", "number"}
    assert all(
        "fire-b1" in {doc for s in d.sides for doc in s.document_ids} for d in ungated.discrepancies
    )


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_revised_toll_is_one_event_and_an_update(grounded: Grounded, lang: str) -> None:
    docs, claims = grounded(TOLLS[lang])
    assert not EventGate(docs, claims).apart("toll-1", "toll-2")
    findings = compare({"c1": claims}, claims, docs)
    assert findings.discrepancies == []
    assert len(findings.updates) == 3  # the dead, the injured, the rescuers
    assert all(u.later.document_ids == ("toll-2",) for u in findings.updates)
    # the same figures with no dates: nothing says the second report came later
    undated = [d.model_copy(update={"published": None}) for d in docs]
    assert EventGate(undated, claims).apart("toll-1", "toll-2")
    assert compare({"c1": claims}, claims, undated).discrepancies == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_spelling_is_checked_against_its_own_story(grounded: Grounded, lang: str) -> None:
    docs, claims = grounded(NAMES[lang])
    clusters = {f"c{k}": [c] for k, c in enumerate(claims)}
    one = {"x1": "s1", "x2": "s1", "y1": "s1"}
    (found,) = compare(clusters, claims, docs, story_of=one).discrepancies
    assert found.kind == "spelling"
    assert found.sides[1].document_ids == ("y1",)
    two = {"x1": "s1", "x2": "s1", "y1": "s2"}
    assert compare(clusters, claims, docs, story_of=two).discrepancies == []


def test_the_balance_counts_roles_known_on_both_sides(grounded: Grounded) -> None:
    docs, claims = grounded(FIRES["en"])
    by_doc = {d.id: figures(c for c in claims if c.document_id == d.id) for d in docs}
    assert balance(by_doc["fire-a1"], by_doc["fire-a2"]) == (2, 1)  # crews, hours; injured
    assert balance(by_doc["fire-a1"], by_doc["fire-b1"]) == (0, 3)
    # counts may be revised between two days' reports: only the hours clash then
    assert balance(by_doc["fire-a1"], by_doc["fire-b1"], revisable=True) == (0, 1)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_articles_of_two_events_are_never_one_story(grounded: Grounded, lang: str) -> None:
    docs, claims = grounded(FIRES[lang])
    vectors = np.ones((len(claims), 8), dtype=np.float32) / np.sqrt(8)  # one topic, one vector
    together = find_stories(docs, claims, vectors, StoryOptions(apart_margin=None))
    assert [set(s.document_ids) for s in together] == [{"fire-a1", "fire-a2", "fire-b1"}]
    stories = find_stories(docs, claims, vectors)
    assert sorted(sorted(s.document_ids) for s in stories) == [
        ["fire-a1", "fire-a2"],
        ["fire-b1"],
    ]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_articles_the_story_model_doubts_are_not_compared(grounded: Grounded, lang: str) -> None:
    """Two articles of one story that the story model scores below even odds joined it
    through others: their claims are not set against each other; a pair it did not score is."""
    docs, claims = grounded(FIRES[lang])
    doubted = EventGate(docs, claims, story={("fire-a2", "fire-a1"): 0.3})
    assert compare({"c1": claims}, claims, docs, gate=doubted).discrepancies == []
    likely = EventGate(docs, claims, story={("fire-a1", "fire-a2"): 0.8})
    (conflict,) = compare({"c1": claims}, claims, docs, gate=likely).discrepancies
    assert [s.document_ids for s in conflict.sides] == [("fire-a1",), ("fire-a2",)]
    unscored = EventGate(docs, claims, story={("fire-a1", "fire-b1"): 0.1})
    assert len(compare({"c1": claims}, claims, docs, gate=unscored).discrepancies) == 1


def test_the_story_stage_reports_the_probabilities_it_scored(grounded: Grounded) -> None:
    docs, claims = grounded(FIRES["en"])
    vectors = np.ones((len(claims), 8), dtype=np.float32) / np.sqrt(8)
    scored: dict[tuple[str, str], float] = {}
    find_stories(docs, claims, vectors, probabilities=scored)
    assert set(scored) == {("fire-a1", "fire-a2"), ("fire-a1", "fire-b1"), ("fire-a2", "fire-b1")}
    assert all(0.0 <= p <= 1.0 for p in scored.values())


# one quake reported twice, each report recalling an older quake of the region
RECALLS: dict[str, list[Spec]] = {
    "en": [
        (
            "quake-1",
            "A magnitude 6.1 earthquake struck the coast of Varnia on Tuesday, killing 40 "
            "people. The 1998 quake in the same region, of magnitude 7.4, killed 900 people.",
            "en",
            "2024-05-08",
        ),
        (
            "quake-2",
            "The magnitude 6.1 earthquake that hit Varnia on Tuesday killed 40 people, "
            "officials said. A quake of magnitude 5.2 had struck the region in 2011.",
            "en",
            "2024-05-08",
        ),
    ],
    "fr": [
        (
            "quake-1",
            "Un séisme de magnitude 6,1 a frappé mardi la côte de Varnie, faisant 40 morts. "
            "En 1998, un séisme de magnitude 7,4 avait fait 900 morts dans la même région.",
            "fr",
            "2024-05-08",
        ),
        (
            "quake-2",
            "Le séisme de magnitude 6,1 qui a frappé mardi la Varnie a fait 40 morts, selon "
            "les autorités. Un séisme de magnitude 5,2 avait touché la région en 2011.",
            "fr",
            "2024-05-08",
        ),
    ],
}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_an_earlier_event_recalled_is_not_this_one(grounded: Grounded, lang: str) -> None:
    """A claim dated only to years before its article recalls another event: its figures are
    neither evidence of two events nor a side of a conflict."""
    docs, claims = grounded(RECALLS[lang])
    recalls = [c for c in claims if any(t.latest and t.latest.year < 2020 for t in c.times)]
    assert {c.document_id for c in recalls} == {"quake-1", "quake-2"}
    assert all(background(c, publication_range("2024-05-08")) for c in recalls)
    assert not background(recalls[0], publication_range("1999-01-02"))
    gate = EventGate(docs, claims)
    assert gate.balance("quake-1", "quake-2") == (2, 0)  # the magnitude and the dead agree
    current = [c for c in claims if c not in recalls]
    assert not gate.comparable(recalls[0], current[-1])
    assert gate.comparable(recalls[0], recalls[1])  # two recalls may be compared
    findings = compare({"c1": claims}, claims, docs)
    values = {s.value for d in findings.discrepancies for s in d.sides}
    assert not any("6.1" in v for v in values)  # never 7.4 or 5.2 against this quake's 6.1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_toll_of_a_month_dated_report_may_be_a_revision(grounded: Grounded, lang: str) -> None:
    """A report known only to its month may have come days after the other: a count it
    gives otherwise is no sign of another event."""
    docs, claims = grounded(TOLLS[lang])
    vague = [docs[0], docs[1].model_copy(update={"published": docs[1].published[:7]})]
    assert not EventGate(vague, claims).apart("toll-1", "toll-2")


def test_story_odds_read_like_a_dict_of_article_pairs() -> None:
    odds = StoryOdds()
    odds.update({("quai-2", "quai-1"): 0.3, ("quai-1", "port-9"): 0.8})
    odds[("quai-1", "port-9")] = 0.6  # set again: the last value holds, as in a dict
    assert odds[("quai-2", "quai-1")] == 0.3
    assert odds.get(("quai-1", "port-9")) == 0.6
    assert odds.get(("quai-1", "quai-2")) is None  # one order only, as it was stored
    assert odds.get(("quai-1", "inconnu"), 0.5) == 0.5
    assert len(odds) == 2
    assert set(odds) == {("quai-2", "quai-1"), ("quai-1", "port-9")}
    del odds[("quai-2", "quai-1")]
    assert dict(odds) == {("quai-1", "port-9"): 0.6}
    with pytest.raises(KeyError):
        odds[("quai-2", "quai-1")]


def test_story_odds_set_in_bulk_hold_what_item_by_item_setting_holds() -> None:
    ids = ["quai-1", "quai-2", "port-9", "gare-4"]
    rows = np.array([0, 1, 0, 3, 0])
    cols = np.array([1, 2, 2, 1, 1])
    values = np.array([0.2, 0.7, 0.4, 0.9, 0.55])  # (quai-1, quai-2) twice: the last holds
    bulk, one_by_one = StoryOdds(), StoryOdds()
    bulk[("port-9", "quai-1")] = 0.1  # pairs set before keep their numbers
    one_by_one[("port-9", "quai-1")] = 0.1
    bulk.set_pairs(ids, rows, cols, values)
    for i, j, value in zip(rows, cols, values, strict=True):
        one_by_one[(ids[i], ids[j])] = float(value)
    assert dict(bulk) == dict(one_by_one)
    assert bulk[("quai-1", "quai-2")] == 0.55 and len(bulk) == 5
    assert bulk.get(("quai-2", "quai-1")) is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_gate_reads_story_odds_as_it_reads_a_dict(grounded: Grounded, lang: str) -> None:
    docs, claims = grounded(FIRES[lang])
    scores = {("fire-a2", "fire-a1"): 0.3, ("fire-a1", "fire-b1"): 0.9}
    odds = StoryOdds()
    odds.update(scores)
    plain, compact = EventGate(docs, claims, story=scores), EventGate(docs, claims, story=odds)
    for a in claims:
        for b in claims:
            assert plain.comparable(a, b) == compact.comparable(a, b)
    first = next(c for c in claims if c.document_id == "fire-a1")
    second = next(c for c in claims if c.document_id == "fire-a2")
    assert not compact.comparable(first, second)  # doubted by the story model


def test_a_later_gate_over_the_same_figures_counts_as_the_first(grounded: Grounded) -> None:
    docs, claims = grounded(FIRES["en"])
    first = EventGate(docs, claims)
    again_docs, again = grounded(FIRES["en"])  # grounded afresh: equal claims, other objects
    assert again == claims and again[0] is not claims[0]
    later = EventGate(again_docs, again)
    for a in ("fire-a1", "fire-a2", "fire-b1"):
        for b in ("fire-a1", "fire-a2", "fire-b1"):
            assert later.balance(a, b) == first.balance(a, b)
    assert later.balance("fire-a1", "fire-a2") == (2, 1)  # crews, hours; injured
