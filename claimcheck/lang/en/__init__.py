"""English: the profile assembles the sibling data modules."""

from claimcheck.lang.base import LanguageProfile, TextVocabulary
from claimcheck.lang.en.numbers import NUMBERS
from claimcheck.lang.en.time import TIME

TEXT = TextVocabulary(
    abbreviations=frozenset(
        "mr mrs ms dr prof st jr sr inc ltd co corp gov sen rep gen col lt sgt vs etc al fig "
        "no jan feb mar apr jun jul aug sep sept oct nov dec approx dept est univ".split()
    ),
    boilerplate=(
        r"^\s*(read|see) (also|more)\b",
        r"^\s*related\s*:",
        r"^\s*(published|updated|posted|last updated)\b",
        r"^\s*by [A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}\s*(,|$)",
        r"^\s*(video|watch)\s*:",
        r"^\s*(subscribe|sign up|share|advertisement|newsletter)\b",
        r"^\s*(photo|image|credit)\s*[:/]",
        r"^\s*\(?\s*photo\b",
        r"\b(getty images|reuters/|ap photo|afp photo)\b",
    ),
    clause_conjunctions=frozenset({"but", "while", "whereas", "although", "though", "yet"}),
    org_anaphors=(
        "the company",
        "the firm",
        "the group",
        "the tech giant",
        "the retailer",
        "the carrier",
        "the manufacturer",
        "the organisation",
        "the organization",
    ),
    subject_pronouns=frozenset({"it"}),
    impersonal=(
        "it is",
        "it was",
        "it's",
        "it seems",
        "it appears",
        "it remains",
        "it will be",
        "it would be",
        "it has been",
        "it takes",
        "it took",
    ),
    attribution_verbs=(
        "said",
        "says",
        "told",
        "added",
        "explained",
        "stated",
        "wrote",
        "declared",
        "insisted",
        "noted",
        "argued",
        "according to",
        "announced",
        "warned",
        "claimed",
    ),
    revision_markers=(
        "extended",
        "extends",
        "extend",
        "prolonged",
        "now",
        "revised",
        "raised to",
        "lowered to",
        "updated",
        "rose to",
        "climbed to",
        "indefinitely",
        "corrected",
    ),
    place_prepositions=frozenset({"in", "at", "to", "from", "near"}),
    stop_words=frozenset(
        "the a an and or but so of to in on at by for with from as is are was were be been has "
        "have had it its this that these those he she they we you i not no which who whom whose "
        "what when where while after before since until during there their his her our your "
        "also already however meanwhile".split()
    ),
    aliases=(
        ("Big Blue", "IBM"),
        ("the Big Apple", "New York"),
        ("Redmond", "Microsoft"),
        ("Cupertino", "Apple"),
        ("the White House", "White House"),
    ),
    calendar_words=frozenset(
        "monday tuesday wednesday thursday friday saturday sunday january february march april "
        "may june july august september october november december".split()
    ),
)

PROFILE = LanguageProfile(code="en", name="English", text=TEXT, time=TIME, numbers=NUMBERS)
