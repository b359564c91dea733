"""French: the profile assembles the sibling data modules."""

from claimcheck.lang.base import LanguageProfile, TextVocabulary
from claimcheck.lang.fr.numbers import NUMBERS
from claimcheck.lang.fr.time import TIME

TEXT = TextVocabulary(
    abbreviations=frozenset(
        "m mm mme mmes mlle dr pr me st ste av bd etc cf p pp vol n no art al env min max "
        "janv févr fév avr juil sept oct nov déc hab ex éd coll chap fig tél".split()
    ),
    boilerplate=(
        r"^\s*(à|a) lire aussi\b",
        r"^\s*lire aussi\b",
        r"^\s*voir aussi\b",
        r"^\s*(la |notre )?vidéo du jour\s*$",
        r"^\s*(sur le même sujet|découvrir aussi|ne manquez pas)\b",
        r"^\s*(abonnez-vous|inscrivez-vous|partager|partagez|publicité|newsletter)\b",
        r"^\s*icône\b",
        r"^\s*(publié|publiée|mis à jour|modifié|modifiée)\b",
        r"\b(photo|crédit|crédits|illustration)\s*[:/]",
        r"^\s*(\(?\s*photo\b|©)",
        r"^\s*\d+\.\s+\S+(\s\S+){0,3}\s*>?\s*$",
    ),
    clause_conjunctions=frozenset({"mais", "tandis", "alors", "puis", "cependant", "toutefois"}),
    org_anaphors=(
        "la multinationale",
        "l'entreprise",
        "l'entreprise américaine",
        "la société",
        "le groupe",
        "la firme",
        "le géant",
        "l'éditeur",
        "le constructeur",
        "l'opérateur",
        "l'organisation",
    ),
    subject_pronouns=frozenset({"il", "elle"}),
    impersonal=(
        "il s'agit",
        "il faut",
        "il y a",
        "il y avait",
        "il est",
        "il était",
        "il semble",
        "il reste",
        "il paraît",
        "il aura fallu",
        "il a fallu",
        "il fait",
        "il se peut",
    ),
    attribution_verbs=(
        "a déclaré",
        "a dit",
        "a affirmé",
        "a ajouté",
        "a expliqué",
        "a indiqué",
        "a précisé",
        "a assuré",
        "a souligné",
        "a insisté",
        "a réagi",
        "a réagit",
        "a estimé",
        "a annoncé",
        "a élaboré",
        "a confié",
        "a martelé",
        "a jugé",
        "a lancé",
        "a rappelé",
        "a écrit",
        "déclare",
        "affirme",
        "ajoute",
        "explique",
        "indique",
        "précise",
        "estime",
        "selon",
        "avait affirmé",
        "avait déclaré",
        "avait expliqué",
        "a-t-il",
        "a-t-elle",
        "a déclaré",
    ),
    revision_markers=(
        "prolonge",
        "prolongé",
        "prolonger",
        "prolongation",
        "étend",
        "étendu",
        "reconduit",
        "désormais",
        "revu à la hausse",
        "revu à la baisse",
        "porté à",
        "rectifie",
        "corrige",
        "nouveau bilan",
        "s'alourdit",
        "indéfiniment",
    ),
    place_prepositions=frozenset({"à", "au", "aux", "en", "vers", "dans"}),
    stop_words=frozenset(
        "le la les l un une des du de d et ou mais donc or ni car que qu qui quoi dont où ce cet "
        "cette ces son sa ses leur leurs il elle ils elles on nous vous je tu ne pas plus est sont "
        "a ont été être avoir au aux en dans par pour sur avec sans sous entre selon vers chez "
        "lors alors si comme tout tous toute toutes aussi déjà encore même après avant depuis "
        "pendant ainsi cependant toutefois enfin face jusqu jusqu'ici c s n j m t y".split()
    ),
    aliases=(
        ("Big Blue", "IBM"),
        ("la Grosse Pomme", "New York"),
        ("l'Hexagone", "France"),
        ("Outre-Atlantique", "États-Unis"),
        ("Outre-Manche", "Royaume-Uni"),
        ("Outre-Rhin", "Allemagne"),
        ("la Maison-Blanche", "Maison Blanche"),
        ("Bercy", "ministère de l'Économie"),
        ("Matignon", "Premier ministre"),
        ("l'Élysée", "Élysée"),
        ("Redmond", "Microsoft"),
        ("Cupertino", "Apple"),
    ),
    calendar_words=frozenset(
        "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin "
        "juillet août septembre octobre novembre décembre".split()
    ),
)

PROFILE = LanguageProfile(code="fr", name="French", text=TEXT, time=TIME, numbers=NUMBERS)
