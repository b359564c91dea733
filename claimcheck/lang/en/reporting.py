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
#: words right before a date that make it the time of a report with no noun: "as at Sunday"
REPORT_RELATIONS = ("as at", "as of late", "correct as of", "correct as at")
