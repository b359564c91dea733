"""French words that tell a clause's tense before a date (see lang/tense_types.py)."""

from __future__ import annotations

from claimcheck.lang.tense_types import TenseVocabulary, words

__all__ = ["TENSE"]


def _forms(text: str) -> frozenset[str]:
    """Each participle with its feminine and plural forms ("mort": "morte", "morts")."""
    out = set()
    for word in text.split():
        ends = ("e", "es") if word.endswith("s") else ("e", "s", "es")  # "pris": "prise"
        out |= {word, *(word + end for end in ends)}
    return frozenset(out)


TENSE = TenseVocabulary(
    # the imparfait of the auxiliaries, the passé simple of the verbs news tells it with
    past_words=words(
        "était étaient avait avaient fut furent eut eurent mourut moururent naquit périt arrivèrent"
    ),
    # imparfait and passé simple endings ("-aient", "-èrent"; "-ait" is a noun's as often:
    # "le retrait", "un portrait")
    past_endings=("aient", "èrent"),
    past_min_length=5,
    past_vetoes=words(
        "lieu peu plus tous nous vous sous ici aussi lui parmi midi lundi mardi mercredi"
        " jeudi vendredi samedi rendez-vous milieu"
    ),
    perfect_auxiliaries=frozenset({"a", "ont", "ai", "as", "avons", "avez", "avait", "avaient"}),
    motion_auxiliaries=frozenset(
        {"est", "sont", "suis", "es", "sommes", "êtes", "était", "étaient"}
    ),
    # the verbs whose passé composé takes "être" (a present passive takes it as well: "il est
    # attendu", "est jugé")
    motion_participles=_forms(
        "mort né décédé parti arrivé venu revenu devenu intervenu survenu tombé entré rentré"
        " sorti resté retourné passé monté descendu apparu"
    ),
    reflexive_clitics=frozenset({"s'", "se"}),
    participle_endings=("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues"),
    participles=_forms(
        "mort eu été vu su pu lu bu dû né dit fait écrit conduit produit détruit construit"
        " ouvert offert découvert couvert souffert atteint peint éteint craint joint rejoint"
        " plaint pris mis"
    ),
    adverbs=words(
        "pas déjà aussi notamment bien encore enfin finalement également toujours jamais été"
    ),
    stops=words(
        # what is ahead or unclear: the future in the past, a plan or a date being set
        "devait devaient allait allaient comptait comptaient prévoyait envisageait espérait"
        " prochain prochaine prochains prochaines attendant"
    )
    | _forms("programmé fixé reporté repoussé avancé décalé ajourné convoqué renvoyé"),
    stop_endings=("rait", "raient"),  # the conditional: "il démissionnerait le 21 mars"
    infinitive_leads=frozenset({"de", "d'", "à", "pour", "afin", "sans", "se", "s'"}),
    infinitive_endings=("er", "ir", "re", "oir"),
    announcing=_forms(
        "annoncé déclaré dit affirmé indiqué précisé confirmé promis assuré averti menacé"
        " appelé demandé décidé expliqué estimé"
    ),
    clause_openers=words(
        "et mais ou qui que qu' où dont quand lorsque lorsqu' puisque car si tandis alors"
    ),
    relatives=frozenset({"qui", "que", "qu'", "dont"}),
    forward_leads=frozenset({"jusqu'au", "jusqu'à", "au", "pour", "dès", "ici"}),
    date_leads=frozenset({"le", "l'", "la"}),  # "le 24 mars", "l'été", "la Toussaint"
    determiners=frozenset({"le", "la", "les", "l'", "un", "une", "des", "ce", "cette", "ces"}),
)
