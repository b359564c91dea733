"""Clock-time, part-of-day, zone and duration words (fr), read by claimcheck.ground.clock."""

from __future__ import annotations

import unicodedata

NUMBER_WORDS = [
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "dix-sept",
    "dix-huit",
    "dix-neuf",
    "vingt",
]
_NUMBERS = NUMBER_WORDS


def _unaccented(table: dict[str, str]) -> dict[str, str]:
    """The table with each key also written without accents ("soirée" -> "soiree")."""
    out = dict(table)
    for key, value in table.items():
        plain = unicodedata.normalize("NFD", key).encode("ascii", "ignore").decode()
        out.setdefault(plain, value)
    return out


def _numbers_to_99() -> dict[str, int]:
    """French number words 0..99, "et un" and "une" forms too ("vingt et une", "soixante-douze")."""
    out = {w: i for i, w in enumerate(_NUMBERS[:17])}
    out.update({"dix sept": 17, "dix huit": 18, "dix neuf": 19, "une": 1})
    tens = {20: "vingt", 30: "trente", 40: "quarante", 50: "cinquante", 60: "soixante"}
    for value, word in tens.items():
        out[word] = value
        for unit in (1, 2, 3, 4, 5, 6, 7, 8, 9):
            names = [f"{word} et un", f"{word} et une"] if unit == 1 else []
            names.append(f"{word} {_NUMBERS[unit]}")
            for name in names:
                out[name] = value + unit
    for unit in range(10):  # 70..79: soixante-dix, soixante et onze, soixante-douze...
        teen = {0: "dix", 1: "onze"}.get(unit, _NUMBERS[10 + unit].replace("-", " "))
        out[f"soixante {teen}"] = 70 + unit
        out[f"quatre vingt {teen}"] = 90 + unit
    out["soixante et onze"] = 71
    out["quatre vingts"] = out["quatre vingt"] = 80
    for unit in range(1, 10):
        out[f"quatre vingt {_NUMBERS[unit]}"] = 80 + unit
    return out


_PARTS = {
    "matin": "morning",
    "matinée": "morning",
    "matinee": "morning",
    "après-midi": "afternoon",
    "apres-midi": "afternoon",
    "soir": "evening",
    "soirée": "evening",
    "soiree": "evening",
    "nuit": "night",
    "journée": "day",
    "mi-journée": "midday",
}


_PART_DETERMINERS = (
    "le",
    "la",
    "l'",
    "du",
    "de la",
    "de l'",
    "dans la",
    "dans le",
    "dans l'",
    "en",
    "au cours de la",
    "au cours du",
    "au cours de l'",
    "pendant la",
    "durant la",
    "en cours de",
    "tôt dans la",
    "tard dans la",
    "tôt le",
    "tard le",
    "tard dans l'",
    "tôt dans l'",
)


_MODIFIERS = {
    "en début de": "early",
    "en début d'": "early",
    "début de": "early",
    "début d'": "early",
    "au début de la": "early",
    "au début de l'": "early",
    "au début d'": "early",
    "au début du": "early",
    "plus tôt dans la": "early",
    "plus tôt dans l'": "early",
    "plus tôt dans le": "early",
    "tôt": "early",
    "tôt dans la": "early",
    "tôt le": "early",
    "petit": "early",
    "au petit": "early",
    "en fin de": "late",
    "en fin d'": "late",
    "fin de": "late",
    "fin d'": "late",
    "à la fin de la": "late",
    "à la fin de l'": "late",
    "à la fin d'": "late",
    "à la fin du": "late",
    "plus tard dans la": "late",
    "plus tard dans l'": "late",
    "plus tard dans le": "late",
    "tard": "late",
    "tard dans la": "late",
    "tard dans l'": "late",
    "tard le": "late",
    "en milieu de": "mid",
    "en milieu d'": "mid",
    "milieu de": "mid",
    "milieu d'": "mid",
    "au milieu de la": "mid",
    "au milieu de l'": "mid",
    "mi": "mid",
}


_CITIES = {
    "paris": "Europe/Paris",
    "france": "Europe/Paris",
    "londres": "Europe/London",
    "new york": "America/New_York",
    "washington": "America/New_York",
    "moscou": "Europe/Moscow",
    "tokyo": "Asia/Tokyo",
    "pékin": "Asia/Shanghai",
}

HOURS_24 = True
HOUR_MARKS = {"h": "abbr", "heure": "word", "heures": "word", "hr": "abbr"}
MINUTE_MARKS = ("min", "mn", "m", "minutes", "minute")  # "19h56m30s"
MERIDIEM = {"am": 0, "a.m.": 0, "a.m": 0, "a m": 0, "pm": 12, "p.m.": 12, "p.m": 12, "p m": 12}
CLOCK_WORDS = {"midi": 720, "minuit": 0}
CLOCK_NUMBERS = _numbers_to_99()
MINUTE_FRACTIONS = {
    "et quart": 15,
    "et demie": 30,
    "et demi": 30,
    "et trois quarts": 45,
    "moins le quart": -15,
    "moins quart": -15,
}
FRACTION_WORDS: dict[str, int] = {}
MINUTE_RELATIONS: dict[str, int] = {}
CLOCK_CUES = (
    "c'est",
    "c'était",
    "il était",
    "à",
    "a",
    "dès",
    "depuis",
    "jusqu'à",
    "jusqu'a",
    "il est",
    "il était",
    "de",
    "entre",
    "et",
    "sur le coup de",
)
QUALIFIERS = {
    "vers": "about",
    "aux alentours de": "about",
    "aux environs de": "about",
    "autour de": "about",
    "environ": "about",
    "à peu près à": "about",
    "à peu près": "about",
    "peu près": "about",
    "sur le coup de": "about",
    "peu avant": "shortly_before",
    "un peu avant": "shortly_before",
    "juste avant": "shortly_before",
    "peu après": "shortly_after",
    "un peu après": "shortly_after",
    "juste après": "shortly_after",
    "peu apres": "shortly_after",
    "avant": "before",
    "jusqu'à": "before",
    "jusqu'a": "before",
    "après": "after",
    "apres": "after",
    "dès": "after",
    "à partir de": "after",
}
QUALIFIERS_AFTER = {"environ": "about"}
PARTS_AFTER_HOUR = _unaccented(
    {
        "du matin": "morning",
        "de matin": "morning",
        "du matinée": "morning",
        "de matinée": "morning",
        "de la matinée": "morning",
        "de l'après-midi": "afternoon",
        "de l'apres-midi": "afternoon",
        "dans l'après-midi": "afternoon",
        "dans l'apres midi": "afternoon",
        "de l'après midi": "afternoon",
        "du soir": "evening",
        "de soir": "evening",
        "du soirée": "evening",
        "de soirée": "evening",
        "dans la soirée": "evening",
        "dans le soirée": "evening",
        "dans la nuit": "night",
        "de la nuit": "night",
        "dans le matin": "morning",
    }
)
PARTS = _unaccented(
    {
        **_PARTS,
        "à la mi-journée": "midday",
        "en milieu de journée": "midday",
        "à l'heure du déjeuner": "midday",
        "au petit matin": "morning",
        "à l'aube": "morning",
        "avant l'aube": "early",  # « lundi avant l'aube » : ses petites heures
        "avant le lever du jour": "early",
        "dans la nuit": "night",
    }
)
PART_DETERMINERS = _PART_DETERMINERS
#: "mardi d'après-midi": only right after a day ("le cours d'après-midi" is no time)
PART_DATED_DETERMINERS = ("d'",)
PART_MODIFIERS = _unaccented(_MODIFIERS)
DAY_EDGES = {
    "tôt": "early",
    "tard": "late",
    # "aux premières heures de dimanche", "dans les premières heures du 7 mars"
    "aux premières heures de": "early",
    "aux premières heures du": "early",
    "dans les premières heures de": "early",
    "dans les premières heures du": "early",
}
RELATIVE_DAY_PARTS = {
    "ce matin": "morning",
    "cet après-midi": "afternoon",
    "cette après-midi": "afternoon",  # the feminine is as common
    "cette matinée": "morning",
    "ce soir": "evening",
    "cette nuit": "night",
    "hier matin": "morning",
    "hier après-midi": "afternoon",
    "hier soir": "evening",
    "demain matin": "morning",
    "demain soir": "evening",
    "demain après-midi": "afternoon",
    "demain midi": "midday",
    "la nuit dernière": "night",  # the night before publication
    "la nuit passée": "night",
    "ce midi": "midday",
    "hier midi": "midday",
}
ZONES = {
    "heure locale": "local",
    "heure de là-bas": "local",
    "gmt": "UTC",
    "utc": "UTC",
    "temps universel": "UTC",
    "heure française": "Europe/Paris",
    "heure de france": "Europe/Paris",
    "heure de france métropolitaine": "Europe/Paris",
    **{f"heure de {city}": zone for city, zone in _CITIES.items()},
    **{f"à {city}": zone for city, zone in _CITIES.items()},
}
RANGE_OPENERS = {
    "entre": ("et",),
    "de": ("à", "a", "au", "jusqu'à"),
    "d'": ("à", "au", "jusqu'à", "jusqu'au"),  # "d'avril à juin"
    "du": ("au", "jusqu'au", "à", "jusqu'à"),  # "du 1er août à aujourd'hui"
    "depuis": ("jusqu'à", "jusqu'au", "jusqu'en"),
    "à partir de": ("jusqu'à",),
}
RANGE_JOINERS = ("à", "au", "-", "–", "jusqu'à", "jusqu'a")
DATETIME_JOINERS = ("à", "a", "le", "vers", "dès", "en", "dans", "au", "et", "ce")
PART_DATE_JOINERS = ("de", "du", "d'", "le", "ce", "de ce")
DURATION_UNITS = {
    "h": 60,
    "hr": 60,
    "hrs": 60,
    "heure": 60,
    "heures": 60,
    "min": 1,
    "mn": 1,
    "minute": 1,
    "minutes": 1,
    "sec": 1 / 60,
    "seconde": 1 / 60,
    "secondes": 1 / 60,
    "jour": 1440,
    "jours": 1440,
    "journée": 1440,
    "journées": 1440,
    "semaine": 10080,
    "semaines": 10080,
    "mois": 43200,
    "an": 525600,
    "ans": 525600,
    "année": 525600,
    "années": 525600,
    "décennie": 5256000,
    "décennies": 5256000,
    "siècle": 52560000,
    "siècles": 52560000,
}
DURATION_PHRASES = {
    "toute la journée": 1440,
    "toute la journee": 1440,
    "toute la nuit": 600,
    "toute la semaine": 10080,
    "tout le mois": 43200,
    "toute le mois": 43200,
    "toute l'année": 525600,
    "toute l'annee": 525600,
    "quinze jours": 20160,
    "plein mois": 43200,
    "pleine année": 525600,
    "pleine journée": 1440,
    "pleine semaine": 10080,
    "mois entier": 43200,
    "année entière": 525600,
    "journée entière": 1440,
    "semaine entière": 10080,
    "semestre": 262800,
    "trimestre": 131400,
}
DURATION_AFTER = ("de", "d'")
DURATION_JOINERS = ("et",)
DURATION_HALVES = {"et demie": 0.5, "et demi": 0.5}
HALF_BEFORE = ("demi", "une demi", "un demi")
DURATION_CUES = (
    "pendant",
    "durant",
    "depuis",
    "pour",
    "en",
    "sur",
    "de plus de",
    "plus de",
    "moins de",
    "près de",
    "environ",
    "les",
    "des",
    "dans les",
    "ces",
    "quelque",
)
