"""English non-claims: one row per kind (invented news copy), and look-alikes that are claims."""

from __future__ import annotations

import pytest

from claimcheck.clean import clean, vocabulary
from claimcheck.lang import get_profile
from claimcheck.models import Document
from claimcheck.segment import segment

BODY = "The Valmont bridge collapsed on Tuesday night, officials said."


def kinds(text: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, lang="en")
    profile = get_profile("en")
    claims = segment(doc, clean(doc, profile, vocabulary([doc])), profile)
    for claim in claims:
        assert doc.text[claim.start : claim.end] == claim.text
    return [(c.text, c.kind) for c in claims]


SIGNED = (
    "Terrible scenes at the bridge tonight pic.twitter.com/XyZ123ab — Jane Whitfield "
    "(@jwhitfield) March 12, 2024"
)
CAPTION = (
    "Rescuers search the river under the collapsed bridge on Tuesday. Jane Whitfield/Valmont Times"
)

# text of the article, the segment to look at, its kind
ROWS = [
    (f"Bridge collapses in Valmont\n{BODY}", "Bridge collapses in Valmont", "heading"),
    (
        f"Bridge Collapses In Valmont After Storm\n{BODY}",
        "Bridge Collapses In Valmont After Storm",
        "heading",
    ),
    (f"{BODY}\nAt least 12 dead.\n{BODY}", "At least 12 dead.", "heading"),
    (f"By Jane Whitfield and Tom Archer\n{BODY}", "By Jane Whitfield and Tom Archer", "byline"),
    (f"Jane Whitfield, Reuters\n{BODY}", "Jane Whitfield, Reuters", "byline"),
    (f"Jane Whitfield and Tom Archer\n{BODY}", "Jane Whitfield and Tom Archer", "byline"),
    (f"The Associated Press\n{BODY}", "The Associated Press", "byline"),
    (f"First published on March 12, 2024\n{BODY}", "First published on March 12, 2024", "byline"),
    (
        f"{BODY} (Reporting by Jane Whitfield; Editing by Tom Archer)",
        "(Reporting by Jane Whitfield; Editing by Tom Archer)",
        "byline",
    ),
    (f"{BODY}\nCourtesy: Valmont Fire Department", "Courtesy: Valmont Fire Department", "credit"),
    (f"{BODY}\nJANE WHITFIELD/VALMONT TIMES\n{BODY}", "JANE WHITFIELD/VALMONT TIMES", "credit"),
    (
        f"{CAPTION}\n{BODY}",
        "Rescuers search the river under the collapsed bridge on Tuesday.",
        "caption",
    ),
    (f"{CAPTION}\n{BODY}", "Jane Whitfield/Valmont Times", "credit"),
    (
        f"Pictured: rescuers on the river bank in Valmont on Tuesday.\n{BODY}",
        "Pictured: rescuers on the river bank in Valmont on Tuesday.",
        "caption",
    ),
    (f"VALMONT, Ohio (AP) — {BODY}", "VALMONT, Ohio (AP)", "dateline"),
    (f"VALMONT, March 12 (Reuters) - {BODY}", "VALMONT, March 12 (Reuters)", "dateline"),
    (f"VALMONT, Ohio (AP) — {BODY}", BODY, "claim"),
    (
        f"{SIGNED}\n{BODY}",
        "pic.twitter.com/XyZ123ab — Jane Whitfield (@jwhitfield) March 12, 2024",
        "signature",
    ),
    (f"{SIGNED}\n{BODY}", "Terrible scenes at the bridge tonight", "claim"),
    (f"What do we know so far?\n{BODY}", "What do we know so far?", "question"),
    (
        f"{BODY} Why did the bridge fail? Engineers are investigating.",
        "Why did the bridge fail?",
        "question",
    ),
    (
        f"{BODY} Tuesday, local time. Engineers are investigating.",
        "Tuesday, local time.",
        "fragment",
    ),
    (
        f"{BODY} No casualties so far. Engineers are investigating.",
        "No casualties so far.",
        "fragment",
    ),
    # look-alikes that state a fact
    (
        f"{BODY} She's in hospital now. Engineers are investigating.",
        "She's in hospital now.",
        "claim",
    ),
    (f"{BODY} It didn't hold. Engineers are investigating.", "It didn't hold.", "claim"),
    (
        f'"The bridge will be rebuilt within two years," the mayor said\n{BODY}',
        '"The bridge will be rebuilt within two years," the mayor said',
        "claim",
    ),
    (f"{BODY} At least 12 dead. Engineers are investigating.", "At least 12 dead.", "claim"),
    (
        f"{BODY} Fallen masonry blocked streets. Engineers are investigating.",
        "Fallen masonry blocked streets.",
        "claim",
    ),
    (
        f'"Why now?" the mayor asked reporters on Tuesday evening.\n{BODY}',
        '"Why now?" the mayor asked reporters on Tuesday evening.',
        "claim",
    ),
    (
        f"{BODY}\nBy Monday, rescuers had pulled 12 people from the river.",
        "By Monday, rescuers had pulled 12 people from the river.",
        "claim",
    ),
    (
        f"{BODY}\nThe inquiry found that the bridge had not been inspected since",
        "The inquiry found that the bridge had not been inspected since",
        "claim",  # the last line of a cut-off article is no heading
    ),
    (
        f"{BODY}\nThe talks between Israel and the group continued in Cairo/Doha.",
        "The talks between Israel and the group continued in Cairo/Doha.",
        "claim",
    ),
]


@pytest.mark.parametrize(("text", "segment_text", "kind"), ROWS)
def test_english_non_claims(text: str, segment_text: str, kind: str) -> None:
    assert (segment_text, kind) in kinds(text)


def test_heading_glued_to_the_first_sentence() -> None:
    body = "The collapse of the bridge on Tuesday night killed 12 people, officials said."
    assert kinds(f"Valmont bridge collapse: toll rises to 12 {body}") == [
        ("Valmont bridge collapse: toll rises to 12", "heading"),
        (body, "claim"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The minister reads The Guardian on the train to work every morning.",
        "Officials said Plan A was dropped after the storm on Tuesday night.",
        "It was the day I arrived in Valmont to cover the storm for the paper.",
    ],
)
def test_names_and_capitals_glue_nothing(text: str) -> None:
    assert kinds(text) == [(text, "claim")]
