"""What counted nouns and verbs count (en): lemmas -> language-neutral kinds.

General news vocabulary (casualties, rescue, disasters, justice, economy, health, elections,
sport, transport); inflected forms are found through `suffixes` and `irregular`.
"""

from claimcheck.lang.number_types import KindVocabulary, words

KINDS = KindVocabulary(
    nouns={
        "dead": words("dead death fatality killed died drowned body corpse deceased"),
        "injured": words("injured injury wounded hurt burned"),
        "missing": words("missing unaccounted"),
        "displaced": words("displaced evacuated evacuee refugee homeless relocated stranded"),
        "survivors": words("survivor"),
        "arrested": words("arrest arrested detained detainee custody"),
        "hostages": words("hostage captive abductee"),
        "prisoners": words("prisoner inmate convict"),
        "migrants": words("migrant asylum-seeker"),
        "medics": words("doctor nurse medic surgeon caregiver"),
        "journalists": words("journalist reporter"),
        "doses": words("dose vaccination jab"),
        "tests": words("test"),
        "beds": words("bed"),
        "rescuers": words(
            "rescuer responder firefighter fireman paramedic lifeguard volunteer "
            "first-responder rescue"
        ),
        "victims": words("victim"),
        "people": words(
            "people person individual resident inhabitant civilian man woman adult citizen "
            "passenger tourist spectator visitor worshipper participant soul local"
        ),
        "children": words("child kid minor pupil student baby infant teenager"),
        "members": words("member"),
        "troops": words("soldier troop fighter militant rebel serviceman marine"),
        "police": words("police policeman policewoman officer cop gendarme"),
        "protesters": words("protester protestor demonstrator rioter striker activist"),
        "employees": words("employee worker staff staffer labourer laborer civil-servant"),
        "jobs": words("job layoff redundancy position hire"),
        "patients": words("patient"),
        "cases": words("case infection infected"),
        "hospitalised": words("hospitalised hospitalized hospitalisation hospitalization"),
        "votes": words("vote ballot"),
        "seats": words("seat mp lawmaker senator deputy"),
        "voters": words("voter elector"),
        "candidates": words("candidate"),
        "goals": words("goal"),
        "points": words("point"),
        "medals": words("medal"),
        "matches": words("match game win defeat"),
        "vehicles": words(
            "vehicle car truck lorry bus coach van motorcycle motorbike tractor ambulance tank"
        ),
        "aircraft": words("aircraft plane airplane aeroplane jet helicopter drone"),
        "flights": words("flight"),
        "ships": words(
            "ship boat vessel ferry trawler tug tugboat tanker freighter barge frigate "
            "destroyer submarine warship yacht dinghy liner carrier"
        ),
        "buildings": words(
            "building home house dwelling residence structure school hospital shop store "
            "church mosque apartment flat"
        ),
        "households": words("household customer subscriber"),
        "animals": words("animal head cattle sheep cow"),
        "companies": words("company firm business startup"),
        "countries": words("country nation"),
        "shares": words("share"),
    },
    phrases={
        "rescuers": (
            "rescue workers",
            "rescue worker",
            "emergency workers",
            "emergency responders",
            "emergency services",
            "search and rescue",
            "aid workers",
            "fire fighters",
        ),
        "displaced": ("without shelter", "left homeless"),
        "police": ("police officers", "law enforcement officers", "security forces"),
        "arrested": ("taken into custody",),
    },
    before={
        "dead": (
            "killing",
            "killed",
            "death toll of",
            "death toll rose to",
            "death toll reached",
            "toll of",
            "toll rose to",
            "claimed the lives of",
            "claimed",
            "claiming",
            "claiming the lives of",
            "the deaths of",
            "the death of",
        ),
        "injured": ("injuring", "injured", "wounding", "wounded"),
        "displaced": ("evacuating", "evacuated", "displacing", "displaced", "forcing"),
        "arrested": ("arresting", "arrested", "detaining", "detained"),
        "rescuers": ("deploying", "deployed", "mobilising", "mobilizing"),
    },
    length_after={
        "length": ("long", "in length"),
        "width": ("wide", "in width", "across", "broad"),
        "height": ("high", "tall", "in height"),
        "depth": ("deep", "in depth", "below the surface", "underground"),
    },
    degree_after={
        "coordinate": (
            "north",
            "south",
            "east",
            "west",
            "n",
            "s",
            "e",
            "w",
            "latitude",
            "longitude",
            "of latitude",
            "of longitude",
        ),
        "angle": ("turn", "angle", "tilt", "incline", "slope", "u-turn"),
    },
    degree_before={
        "coordinate": ("latitude", "longitude", "a latitude of", "a longitude of"),
        "angle": ("an angle of", "angle of", "a tilt of", "tilted", "turned"),
    },
    length_before={
        "length": ("a length of", "length of", "measuring a length of"),
        "width": ("a width of", "width of", "a beam of", "beam of"),
        "height": ("a height of", "height of", "an altitude of", "altitude of"),
        "depth": ("a depth of", "depth of"),
    },
    after={
        "dead": (
            "were killed",
            "have been killed",
            "had been killed",
            "died",
            "have died",
            "are dead",
            "were dead",
            "lost their lives",
            "perished",
            "killed",
            "dead",
        ),
        "injured": (
            "were injured",
            "have been injured",
            "were hurt",
            "were wounded",
            "injured",
            "wounded",
            "hurt",
        ),
        "missing": ("are missing", "were missing", "remain missing", "missing", "unaccounted"),
        "displaced": (
            "were evacuated",
            "have been evacuated",
            "were displaced",
            "have been displaced",
            "fled",
            "evacuated",
            "displaced",
            "homeless",
        ),
        "arrested": (
            "were arrested",
            "have been arrested",
            "were detained",
            "have been detained",
            "arrested",
            "detained",
        ),
        "hospitalised": ("were hospitalised", "were hospitalized", "hospitalised", "hospitalized"),
        "rescuers": ("were deployed", "have been deployed", "deployed"),
    },
    subjects={
        "dead": (
            "death toll",
            "toll",
            "number of dead",
            "number of deaths",
            "number of fatalities",
            "number of people killed",
            "fatality count",
            "body count",
        ),
        "injured": (
            "injury toll",
            "number of injured",
            "number of wounded",
            "number of injuries",
            "number of people injured",
        ),
        "missing": ("number of missing", "number of people missing"),
    },
    subject_links=words(
        "has have had is was were now rose risen climbed jumped soared increased grown grew "
        "reached stood stands stand at to officially already further provisional"
    ),
    subject_complements=words("of from in at across among after"),
    suffixes=(("ies", "y"), ("s", "")),
    irregular={
        "men": "man",
        "women": "woman",
        "children": "child",
        "people": "people",
        "police": "police",
        "firemen": "fireman",
        "policemen": "policeman",
        "servicemen": "serviceman",
        "lives": "life",
        "staff": "staff",
        "cattle": "cattle",
        "sheep": "sheep",
        "aircraft": "aircraft",
        "buses": "bus",
        "injuries": "injury",
        "casualties": "casualty",
        "fatalities": "fatality",
        "bodies": "body",
        "countries": "country",
        "companies": "company",
        "families": "family",
        "lorries": "lorry",
    },
    asides=words("including among mostly most many some according"),
    stops=words("and or but which who that , ; : . ( ) according"),
    rereadings={
        "buildings": (
            "households",
            (
                "without power",
                "without electricity",
                "lost power",
                "without water",
                "without running water",
                "without gas",
                "in the dark",
                "cut off from the grid",
            ),
        )
    },
    size_verbs=words(
        "measures measure measured measuring is are was were stands stood standing reaches "
        "reached reaching"
    ),
    apposition_articles=words("a an"),
    size_joins=words("and by"),
)
