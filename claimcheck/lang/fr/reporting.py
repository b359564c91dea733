"""French: words that make a date the time of a report (a toll, a statement), not of the fact."""

#: nouns that name a report of the facts; a date after one, with no verb of the fact between,
#: dates the report: "selon un bilan publié samedi", "selon le dernier bilan de dimanche soir"
REPORT_NOUNS = (
    "bilan",
    "bilans",
    "communiqué",
    "communiqués",
    "rapport",
    "décompte",
    "bulletin",
    "chiffres",
    "déclaration",
    "pointage",
    "recensement",
    "estimation",
    "estimations",
    "statistiques",
    "données",
    "relevé",
)
#: participles that may stand between such a noun and its date: "un bilan publié samedi"
REPORT_PARTICIPLES = (
    "publié",
    "publiée",
    "publiés",
    "publiées",
    "diffusé",
    "diffusée",
    "communiqué",
    "communiquée",
    "actualisé",
    "actualisée",
    "arrêté",
    "arrêtée",
    "établi",
    "établie",
    "fourni",
    "fournie",
    "livré",
    "livrée",
    "rendu",
    "rendue",
    "mis",
    "mise",
)
#: words right before a date that make it the time of a report with no noun: "en date de"
REPORT_RELATIONS = ("en date de", "en date du", "à la date de", "à la date du", "arrêté au")
