"""What counted nouns and verbs count (fr): lemmas -> language-neutral kinds.

General news vocabulary (casualties, rescue, disasters, justice, economy, health, elections,
sport, transport); inflected forms are found through `suffixes` (accents folded).
"""

from claimcheck.lang.number_types import KindVocabulary, words

KINDS = KindVocabulary(
    nouns={
        "dead": words(
            "mort morte décès décédé décédée tué tuée noyé noyée cadavre corps défunt défunte"
        ),
        "injured": words("blessé blessée brûlé brûlée traumatisé contusionné"),
        "missing": words("disparu disparue manquant"),
        "displaced": words(
            "déplacé déplacée évacué évacuée sinistré sinistrée réfugié réfugiée "
            "délogé délogée relogé"
        ),
        "survivors": words("survivant survivante rescapé rescapée"),
        "arrested": words(
            "arrestation interpellation interpellé interpellée arrêté arrêtée incarcéré"
        ),
        "hostages": words("otage captif captive"),
        "prisoners": words("prisonnier prisonnière détenu détenue"),
        "migrants": words("migrant migrante demandeur exilé exilée"),
        "medics": words("médecin infirmier infirmière soignant soignante chirurgien"),
        "journalists": words("journaliste reporter"),
        "doses": words("dose vaccination"),
        "tests": words("test dépistage"),
        "beds": words("lit"),
        "rescuers": words(
            "secouriste sauveteur sauveteuse pompier pompière sapeur-pompier "
            "sapeurs-pompiers urgentiste démineur bénévole"
        ),
        "victims": words("victime"),
        "people": words(
            "personne individu habitant habitante résident résidente gens civil civile "
            "homme femme adulte citoyen citoyenne passant passager passagère touriste "
            "spectateur visiteur fidèle participant participante âme"
        ),
        "children": words("enfant mineur mineure élève écolier écolière bébé adolescent"),
        "members": words("membre élément"),
        "troops": words("soldat militaire combattant combattante troupe milicien rebelle"),
        "police": words("policier policière gendarme"),
        "protesters": words("manifestant manifestante gréviste émeutier militant"),
        "employees": words(
            "salarié salariée employé employée travailleur travailleuse ouvrier ouvrière "
            "fonctionnaire collaborateur effectif"
        ),
        "jobs": words("emploi poste licenciement embauche"),
        "patients": words("patient patiente malade"),
        "cases": words("cas contamination infection infecté infectée"),
        "hospitalised": words("hospitalisé hospitalisée hospitalisation"),
        "votes": words("voix suffrage bulletin"),
        "seats": words("siège élu élue député députée sénateur mandat"),
        "voters": words("électeur électrice votant votante inscrit"),
        "candidates": words("candidat candidate"),
        "goals": words("but"),
        "points": words("point"),
        "medals": words("médaille"),
        "matches": words("match victoire défaite"),
        "vehicles": words(
            "véhicule voiture automobile camion bus autobus car moto deux-roues "
            "tracteur ambulance engin char blindé"
        ),
        "aircraft": words("avion hélicoptère appareil drone aéronef"),
        "flights": words("vol"),
        "ships": words(
            "bateau navire embarcation ferry chalutier remorqueur pétrolier méthanier cargo "
            "porte-conteneurs porte-avions barge frégate sous-marin voilier canot yacht "
            "vraquier paquebot"
        ),
        "buildings": words(
            "bâtiment immeuble maison habitation logement édifice construction école "
            "hôpital magasin église mosquée"
        ),
        "households": words("foyer ménage abonné"),
        "animals": words("animal tête bête bovin mouton vache"),
        "companies": words("entreprise société firme commerce pme start-up"),
        "countries": words("pays nation"),
        "shares": words("action"),
    },
    phrases={
        "dead": ("morts et disparus", "pertes humaines", "victimes mortelles"),
        "rescuers": (
            "membres des secours",
            "membres des services de secours",
            "agents de secours",
            "équipes de secours",
        ),
        "displaced": ("sans-abri", "sans abri", "sans-logis"),
        "arrested": ("gardes à vue", "placés en garde à vue", "placées en garde à vue"),
        "police": ("forces de l'ordre", "agents de police", "membres des forces de l'ordre"),
        "vehicles": ("poids lourds", "deux roues"),
    },
    before={
        "dead": (
            "tuant",
            "a tué",
            "ont tué",
            "a fait",
            "bilan de",
            "bilan humain de",
            "bilan s'élève à",
            "bilan est de",
            "coûté la vie à",
            "a coûté la vie à",
            "la mort de",
            "la mort d'",
            "le décès de",
            "le décès d'",
        ),
        "injured": ("blessant", "a blessé", "ont blessé"),
        "displaced": ("évacuer", "a évacué", "ont évacué", "évacuation de"),
        "arrested": ("interpellant", "a interpellé", "ont interpellé", "a arrêté", "ont arrêté"),
        "rescuers": ("mobilisant", "a mobilisé", "ont mobilisé", "mobilisation de"),
    },
    length_after={
        "length": ("de long", "de longueur", "de longs"),
        "width": ("de large", "de largeur", "de larges"),
        "height": ("de haut", "de hauteur", "de hauts", "d'altitude"),
        "depth": ("de profondeur", "de fond", "sous la surface", "sous terre"),
    },
    degree_after={
        # not "est", which is as often the verb: "le record de 46 degrés est tombé"
        "coordinate": ("nord", "sud", "ouest", "n", "s", "o", "de latitude", "de longitude"),
        "angle": ("d'angle", "d'inclinaison"),
    },
    degree_before={
        "coordinate": ("latitude", "longitude", "latitude de", "longitude de"),
        "angle": ("un angle de", "angle de", "une inclinaison de", "inclinaison de", "virage à"),
    },
    length_before={
        "length": ("long de", "longue de", "une longueur de", "longueur de"),
        "width": ("large de", "une largeur de", "largeur de"),
        "height": ("haut de", "haute de", "une hauteur de", "hauteur de", "une altitude de"),
        "depth": ("profond de", "profonde de", "une profondeur de", "profondeur de"),
    },
    after={
        "dead": (
            "ont été tués",
            "ont été tuées",
            "ont péri",
            "ont perdu la vie",
            "ont trouvé la mort",
            "sont mortes",
            "sont morts",
            "sont décédés",
            "sont décédées",
            "ont succombé",
            "meurent",
            "sont mortes",
            "tués",
            "tuées",
            "mortes",
            "décédées",
        ),
        "injured": (
            "ont été blessés",
            "ont été blessées",
            "sont blessés",
            "sont blessées",
            "blessés",
            "blessées",
            "légèrement blessées",
            "grièvement blessées",
        ),
        "missing": (
            "sont portés disparus",
            "sont portées disparues",
            "sont disparues",
            "sont disparus",
            "manquent à l'appel",
            "disparues",
            "portées disparues",
        ),
        "displaced": (
            "ont été évacués",
            "ont été évacuées",
            "ont dû fuir",
            "ont été déplacées",
            "ont été relogées",
            "évacuées",
            "déplacées",
            "sans abri",
        ),
        "arrested": (
            "ont été interpellés",
            "ont été interpellées",
            "ont été arrêtés",
            "ont été arrêtées",
            "ont été placés en garde à vue",
            "ont été placées en garde à vue",
            "interpellées",
            "arrêtées",
        ),
        "hospitalised": ("ont été hospitalisées", "ont été hospitalisés", "hospitalisées"),
        "rescuers": ("ont été mobilisés", "ont été mobilisées", "sont mobilisés", "mobilisés"),
    },
    subjects={
        "dead": (
            "bilan",
            "bilan humain",
            "bilan des morts",
            "bilan provisoire",
            "bilan officiel",
            "nombre de morts",
            "nombre de décès",
            "nombre de tués",
        ),
        "injured": ("bilan des blessés", "nombre de blessés"),
        "missing": ("nombre de disparus",),
    },
    subject_links=words(
        "s ' est a ont était sera passé passe alourdi alourdit grimpé grimpe atteint atteignait "
        "élève élevait élevé établit établi monté monte désormais maintenant déjà à de "
        "provisoire officiel officiellement"
    ),
    subject_complements=words("de du des d dans parmi en après"),
    suffixes=(("ees", ""), ("ee", ""), ("es", ""), ("s", ""), ("x", ""), ("e", "")),
    irregular={"gens": "gens", "yeux": "oeil", "animaux": "animal", "chevaux": "cheval"},
    asides=words("dont parmi notamment selon"),
    stops=words("et ou mais dont qui que , ; : . ( ) selon contre"),
    plural_endings=("s", "x"),
    causing=frozenset({"a fait", "bilan de", "bilan humain de", "bilan s'élève à", "bilan est de"}),
    rereadings={
        "buildings": (
            "households",
            (
                "privés d'électricité",
                "privées d'électricité",
                "privés de courant",
                "privées de courant",
                "sans électricité",
                "sans courant",
                "privés d'eau",
                "privées d'eau",
                "sans eau",
                "privés de gaz",
                "privées de gaz",
                "coupés du réseau",
                "coupées du réseau",
            ),
        )
    },
    size_verbs=words(
        "mesure mesurent mesurait mesuraient mesurant mesuré fait font faisait faisant "
        "est sont était étaient atteint atteignant culmine culminant"
    ),
    apposition_articles=words("un une"),
    size_joins=words("et sur"),
)
