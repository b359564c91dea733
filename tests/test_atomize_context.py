"""A lead's subject figures as a fact of their own: "le séisme de magnitude 5,1 a fait 3 morts"."""

from __future__ import annotations

import pytest
from test_atomize import facts


def _by_id(text: str, lang: str) -> dict[str, tuple[str, list[str], list[str]]]:
    _, claims = facts(text, lang)
    return {
        c.id: (c.normalized, [q.text for q in c.quantities], [t.text for t in c.times])
        for c in claims
    }


@pytest.mark.parametrize(
    ("text", "lang", "toll", "subject", "subject_words"),
    [
        (
            "Le séisme de magnitude 5,1 survenu mardi soir a fait 3 morts dans la vallée.",
            "fr",
            "3 morts",
            "magnitude 5,1",
            "Le séisme de magnitude 5,1 survenu mardi soir",
        ),
        (
            "The storm, which packed winds of 90 mph, left seven people dead.",
            "en",
            "seven people",
            "90 mph",
            "The storm, which packed winds of 90 mph",
        ),
        (
            "The storm, with gusts of 90 mph, left 14 people dead along the coast.",
            "en",
            "14 people",
            "90 mph",
            "The storm, with gusts of 90 mph",
        ),
        (
            "A 30-metre wall collapsed on Monday, killing four workers.",
            "en",
            "four workers",
            "30-metre",
            "A 30-metre wall collapsed on Monday",
        ),
        (
            "Un incendie de 500 hectares s'est déclaré jeudi, faisant trois blessés.",
            "fr",
            "trois blessés",
            "500 hectares",
            "Un incendie de 500 hectares s'est déclaré jeudi",
        ),
    ],
)
def test_a_toll_and_its_subject_figures_are_two_facts(
    text: str, lang: str, toll: str, subject: str, subject_words: str
) -> None:
    doc, claims = facts(text, lang)
    assert [c.id for c in claims] == ["d#1", "d#1.2"]
    fact, context = claims
    assert [q.text for q in fact.quantities] == [toll]
    assert subject not in fact.normalized and toll in fact.normalized
    assert [q.text for q in context.quantities] == [subject]
    assert context.normalized == subject_words
    assert doc.text[context.focus_start : context.focus_end] == subject_words
    assert (
        doc.text[fact.focus_start : fact.focus_end]
        .rstrip(".")
        .endswith(text.rstrip(".").split()[-1])
    )


def test_the_subject_times_go_with_the_subject() -> None:
    out = _by_id("A 30-metre wall collapsed on Monday, killing four workers.", "en")
    assert out["d#1"][2] == [] and out["d#1.2"][2] == ["Monday"]
    out = _by_id("Le séisme de magnitude 5,1 survenu mardi soir a fait 3 morts.", "fr")
    assert out["d#1"][2] == [] and out["d#1.2"][2] != []


def test_every_toll_of_an_enumeration_loses_the_subject_figures() -> None:
    out = _by_id("Le séisme de magnitude 5,1 a fait 3 morts et 25 blessés dans la vallée.", "fr")
    assert sorted(out) == ["d#1", "d#1.2", "d#1.3"]
    assert out["d#1"][1] == ["3 morts"] and out["d#1.2"][1] == ["25 blessés"]
    assert out["d#1.3"][1] == ["magnitude 5,1"]
    assert all("5,1" not in out[k][0] for k in ("d#1", "d#1.2"))
    assert all("séisme" in out[k][0] for k in out)  # each fact keeps what it is about
    out = _by_id("The magnitude-5.9 quake killed 8 people and injured 31 on Sunday.", "en")
    assert [out[k][1] for k in sorted(out)] == [["8 people"], ["31"], ["magnitude-5.9"]]
    assert out["d#1"][0].startswith("The quake killed 8 people")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The 40-tonne crane crushed two cars on Friday.", "en"),  # no toll
        ("Trois personnes ont été tuées dans l'explosion jeudi.", "fr"),  # no subject figure
        ("Le bilan de 12 morts a été confirmé par la préfecture.", "fr"),  # the toll is its subject
        ("Les 200 soldats ont tué trois assaillants.", "fr"),  # a count of people: no measure
        ('"The 90 mph winds killed two people," the mayor said.', "en"),  # a quote stays whole
        ("Storm of 90 mph: five dead.", "en"),  # no verb before the toll
    ],
)
def test_sentences_that_stay_whole(text: str, lang: str) -> None:
    _, claims = facts(text, lang)
    assert [c.id for c in claims] == ["d#1"]
