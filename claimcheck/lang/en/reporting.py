"""English: words that make a date the time of a report (a toll, a statement), not the fact."""

#: nouns that name a report of the facts; a date after one, with no verb of the fact between,
#: dates the report: "according to a toll released on Saturday", "official figures updated late
#: on Sunday"
REPORT_NOUNS = (
    "toll",
    "tolls",
    "tally",
    "count",
    "figures",
    "figure",
    "statement",
    "statements",
    "report",
    "reports",
    "bulletin",
    "update",
    "estimate",
    "estimates",
    "data",
    "briefing",
    "communique",
    "communiqué",
    "statistics",
)
#: participles that may stand between such a noun and its date: "a toll released on Saturday"
REPORT_PARTICIPLES = (
    "released",
    "published",
    "issued",
    "updated",
    "given",
    "provided",
    "compiled",
    "posted",
    "put",
    "made",
)
#: words right before a date that make it the time of a report with no noun: "as at Sunday";
#: and verbs of saying, whose date is the statement's ("the operator said Wednesday", "police
#: told reporters on Friday": when it was said, not when what it says happened); "announced"
#: is not one: what is announced is often the fact ("announced Monday the closure of")
REPORT_RELATIONS = (
    "as at",
    "as of late",
    "correct as of",
    "correct as at",
    "said",
    "said on",
    "says",
    "told reporters",
    "told reporters on",
    "added",
    "added on",
    "stated",
    "stated on",
    "explained",
    "insisted",
)
