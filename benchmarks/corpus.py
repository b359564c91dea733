"""A reproducible synthetic news corpus: many events, each covered by several outlets.

An event has an actor (an organisation), an action, a place, a date, a count, an amount and a
quote by a spokesperson. Each outlet writes the event in French or English with its own
templates (paraphrase), drops some details, adds one detail nobody else has (single-source),
and sometimes disagrees on purpose (planted conflicts: weekday, count, spelling of the actor,
one word of the quote). Everything comes from `random.Random(seed)`, so the same arguments
always give the same corpus.

`generate(target_claims, seed)` returns documents as dicts accepted by `claimcheck.check`
(`id`, `text`, `published`, `lang`) plus the list of planted conflicts.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

__all__ = ["Corpus", "Planted", "generate"]

_SYLLABLES = [
    "ka",
    "lo",
    "ver",
    "tan",
    "mi",
    "dor",
    "sel",
    "vi",
    "ra",
    "bel",
    "non",
    "tra",
    "zu",
    "fen",
    "gal",
    "or",
    "pim",
    "sta",
    "lu",
    "cor",
    "dan",
    "el",
    "quin",
    "mar",
    "tis",
    "bro",
    "val",
]
_SUFFIX_ORG = ["tek", "corp", "lis", "ia", "ex", "on", "gaz", "via", "trel", "com"]
_FIRST = [
    "Claire",
    "Marc",
    "Sophie",
    "Julien",
    "Nadia",
    "Pierre",
    "Laura",
    "Thomas",
    "Ines",
    "Hugo",
    "Emma",
    "Lucas",
    "Sarah",
    "David",
    "Amina",
    "Paul",
    "Julia",
    "Karim",
    "Anne",
    "Victor",
]

_WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
_MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}

# (French, English) verbs and objects of what happened; {p} is the place.
_VERBS = [
    ("a fermé", "closed"),
    ("a rouvert", "reopened"),
    ("a vendu", "sold"),
    ("a agrandi", "expanded"),
    ("a modernisé", "modernised"),
    ("a inauguré", "inaugurated"),
    ("a mis en pause", "paused work at"),
    ("a évacué", "evacuated"),
    ("a racheté", "bought"),
    ("a fait inspecter", "had inspectors visit"),
]
_OBJECTS = [
    ("son usine de {p}", "its plant in {p}"),
    ("son entrepôt de {p}", "its {p} warehouse"),
    ("sa raffinerie de {p}", "its refinery near {p}"),
    ("son laboratoire de {p}", "its {p} lab"),
    ("son centre de données de {p}", "its data centre in {p}"),
    ("sa filiale de {p}", "its {p} subsidiary"),
    ("son siège de {p}", "its {p} headquarters"),
    ("sa mine de {p}", "its mine at {p}"),
    ("son chantier naval de {p}", "its {p} shipyard"),
    ("sa boulangerie industrielle de {p}", "its industrial bakery in {p}"),
    ("sa clinique de {p}", "its clinic in {p}"),
    ("sa ferme solaire de {p}", "its {p} solar farm"),
]
# (French noun, English noun) of what is counted.
_COUNTED = [
    ("salariés", "employees"),
    ("familles", "families"),
    ("clients", "customers"),
    ("passagers", "passengers"),
    ("élèves", "pupils"),
    ("habitants", "residents"),
]
# Quotes: (French words, English words); the drift replaces the word in brackets.
_QUOTES = [
    (
        "nous allons [reconstruire] ce site avec les équipes locales",
        "we will [rebuild] this site with the local teams",
    ),
    (
        "cette décision était [nécessaire] pour protéger nos clients",
        "this decision was [necessary] to protect our customers",
    ),
    (
        "nous restons [pleinement] engagés envers la région",
        "we remain [fully] committed to the region",
    ),
    (
        "la sécurité de chacun reste notre [priorité] absolue",
        "the safety of everyone remains our absolute [priority]",
    ),
]
_DRIFT = {
    "reconstruire": "relancer",
    "nécessaire": "indispensable",
    "pleinement": "totalement",
    "priorité": "préoccupation",
    "rebuild": "restart",
    "necessary": "essential",
    "fully": "deeply",
    "priority": "concern",
}
_DETAILS = {
    "fr": [
        "Le bâtiment principal de {p} date de {y} selon les archives municipales.",
        "Un comité de suivi se réunira pour la {n}e fois à {p} le mois prochain.",
        "Le site de {p} avait déjà été inspecté en {y} par les services de l'État.",
        "La ligne de bus numéro {n} de {p} sera déviée pendant plusieurs semaines.",
        "Le maire adjoint de {p}, {who}, a assisté à la réunion du conseil.",
    ],
    "en": [
        "The main building in {p} dates from {y}, according to town records.",
        "A monitoring committee will meet in {p} for the {n}th time next month.",
        "The {p} site had already been inspected in {y} by state officials.",
        "Bus route {n} in {p} will be diverted for several weeks.",
        "{who}, deputy mayor of {p}, attended the council meeting.",
    ],
}


@dataclass(frozen=True)
class Planted:
    """A conflict written on purpose: `document` disagrees with its event on `kind`."""

    event: int
    document: str
    kind: str  # date | number | spelling | quote


@dataclass
class Corpus:
    """Documents (dicts for `claimcheck.check`) and the conflicts planted in them."""

    documents: list[dict[str, str]] = field(default_factory=list)
    planted: list[Planted] = field(default_factory=list)
    events: int = 0
    sentences: int = 0


def _name(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _misspell(name: str, rng: random.Random) -> str:
    """A one-letter variant: a doubled consonant or a swapped pair."""
    i = rng.randrange(1, len(name) - 1)
    if name[i] not in "aeiou":
        return name[: i + 1] + name[i] + name[i + 1 :]
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


@dataclass(frozen=True)
class _Event:
    index: int
    actor: str
    place: str
    day: dt.date
    verb: int
    thing: int
    counted: int
    count: int
    amount: float
    quote: int
    speaker: str


def _event(rng: random.Random, index: int) -> _Event:
    start = dt.date(2022, 1, 3)
    return _Event(
        index=index,
        actor=_name(rng, 2) + rng.choice(_SUFFIX_ORG),
        place=rng.choice(["Saint-", "Val-", "", "", "Port-"]) + _name(rng, 3),
        day=start + dt.timedelta(days=rng.randrange(0, 900)),
        verb=rng.randrange(len(_VERBS)),
        thing=rng.randrange(len(_OBJECTS)),
        counted=rng.randrange(len(_COUNTED)),
        count=rng.randrange(12, 4000),
        amount=round(rng.uniform(1.2, 95.0), 1),
        quote=rng.randrange(len(_QUOTES)),
        speaker=f"{rng.choice(_FIRST)} {_name(rng, 2)}",
    )


def _fmt_count(n: int, lang: str, rng: random.Random) -> str:
    if n < 1000:
        return str(n)
    if lang == "en":
        return f"{n:,}"
    return f"{n:,}".replace(",", rng.choice(["\u202f", " ", ""]))


def _fmt_amount(x: float, lang: str) -> str:
    return f"{x:.1f}".replace(".", ",") if lang == "fr" else f"{x:.1f}"


def _sentences(
    ev: _Event, lang: str, published: dt.date, rng: random.Random, faults: set[str]
) -> list[str]:
    """The outlet's sentences about `ev`, with the faults it was given."""
    fr = lang == "fr"
    actor = _misspell(ev.actor, rng) if "spelling" in faults else ev.actor
    weekday = ev.day.weekday()
    if "date" in faults:
        weekday = (weekday + rng.choice([1, 2, 5, 6])) % 7
    wd = _WEEKDAYS[lang][weekday]
    month = _MONTHS[lang][ev.day.month - 1]
    side = 0 if fr else 1
    action = f"{_VERBS[ev.verb][side]} {_OBJECTS[ev.thing][side].format(p=ev.place)}"
    if "date" in faults:
        when = [wd, f"ce {wd}" if fr else f"on {wd}"][rng.randrange(2)]
    elif published != ev.day and rng.random() < 0.3:
        when = "hier" if fr else "yesterday"
    else:
        forms = [f"{wd} {ev.day.day} {month}", wd] if fr else [f"on {wd}, {month} {ev.day.day}"]
        when = rng.choice(forms + ([f"ce {wd}"] if fr else [f"on {wd}"]))
    leads = (
        [
            f"{actor} {action} {when}.",
            f"{when.capitalize()}, {actor} {action}.",
            f"Le groupe {actor} {action} {when}, a-t-on appris.",
        ]
        if fr
        else [
            f"{actor} {action} {when}.",
            f"{actor} said it {action} {when}.",
            f"The company {actor} {action} {when}, officials confirmed.",
        ]
    )
    count = ev.count
    if "number" in faults:
        count = count + rng.choice([-1, 1]) * max(3, count // 5)
    noun = _COUNTED[ev.counted][0 if fr else 1]
    n = _fmt_count(count, lang, rng)
    counts = (
        [
            f"Au total, {n} {noun} de {ev.place} sont concernés par la décision de {actor}.",
            f"La mesure touche {n} {noun} à {ev.place}, selon la direction de {actor}.",
            f"Quelque {n} {noun} de {ev.place} seraient concernés.",
        ]
        if fr
        else [
            f"In all, {n} {noun} in {ev.place} are affected by the {actor} decision.",
            f"The move affects {n} {noun} in {ev.place}, {actor} management said.",
            f"Some {n} {noun} in {ev.place} are thought to be affected.",
        ]
    )
    amount = _fmt_amount(ev.amount, lang)
    costs = (
        [
            f"Le coût de l'opération de {ev.place} est estimé à {amount} millions d'euros.",
            f"L'opération coûterait {amount} millions d'euros à {actor}.",
        ]
        if fr
        else [
            f"The {ev.place} operation is expected to cost €{amount} million.",
            f"{actor} put the cost of the operation at {amount} million euros.",
        ]
    )
    words = _QUOTES[ev.quote][0 if fr else 1]
    if "quote" in faults:
        marked = words[words.index("[") + 1 : words.index("]")]
        words = words.replace(marked, _DRIFT[marked])
    words = words.replace("[", "").replace("]", "")
    quote = (
        f"« {words.capitalize()} », a déclaré {ev.speaker}, porte-parole de {actor}."
        if fr
        else f'"{words.capitalize()}," said {ev.speaker}, a spokesperson for {actor}.'
    )
    detail = rng.choice(_DETAILS[lang]).format(
        p=ev.place,
        y=rng.randrange(1950, 2015),
        n=rng.randrange(2, 90),
        who=f"{rng.choice(_FIRST)} {_name(rng, 3)}",
    )
    out = [rng.choice(leads)]
    for sentence, keep in (
        (rng.choice(counts), 1.0 if "number" in faults else 0.85),
        (rng.choice(costs), 0.6),
        (quote, 1.0 if "quote" in faults else 0.7),
    ):
        if rng.random() < keep:
            out.append(sentence)
    body = [*out[1:], detail]
    rng.shuffle(body)
    return [out[0], *body]


def generate(target_claims: int, seed: int = 0) -> Corpus:
    """About `target_claims` sentences (claimcheck splits them into about as many claims)."""
    rng = random.Random(seed)
    corpus = Corpus()
    while corpus.sentences < target_claims:
        ev = _event(rng, corpus.events)
        corpus.events += 1
        outlets = rng.randrange(3, 7)
        faulty = rng.randrange(outlets) if rng.random() < 0.5 else -1
        fault = rng.choice(["date", "number", "spelling", "quote"])
        for k in range(outlets):
            lang = "fr" if rng.random() < 0.6 else "en"
            published = ev.day + dt.timedelta(days=rng.choice([0, 0, 1]))
            faults = {fault} if k == faulty else set()
            doc_id = f"ev{ev.index:05d}-o{k}"
            sentences = _sentences(ev, lang, published, rng, faults)
            text = " ".join(sentences)
            corpus.documents.append(
                {"id": doc_id, "text": text, "published": published.isoformat(), "lang": lang}
            )
            corpus.sentences += len(sentences)
            if faults:
                corpus.planted.append(Planted(ev.index, doc_id, fault))
    return corpus
