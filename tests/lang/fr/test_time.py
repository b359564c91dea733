"""French time expressions: text + publication date -> TimeRef, table-driven."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.ground.time import find_times
from claimcheck.ground.time_values import describe, describe_clock
from claimcheck.lang import get_profile

P = "2020-06-11"  # a Thursday

# (text, publication date, [(surface, anchor, description of the resolved reference)])
CASES: list[tuple[str, str | None, list[tuple[str, str, str]]]] = [
    (
        "IBM a annoncé mercredi 10 juin 2020 son retrait.",
        P,
        [("mercredi 10 juin 2020", "absolute", "Wednesday 10 June 2020")],
    ),
    (
        "IBM a annoncé mercredi 10 juin son retrait.",
        P,
        [("mercredi 10 juin", "publication", "Wednesday 10 June 2020")],
    ),
    (
        "Le 25 mai dernier, la police a arrêté le suspect.",
        P,
        [("25 mai dernier", "publication", "Monday 25 May 2020")],
    ),
    ("Rendez-vous le 1er mars.", P, [("1er mars", "publication", "Sunday 1 March 2020")]),
    (
        "Il sera jugé le 15 août prochain.",
        P,
        [("15 août prochain", "publication", "Saturday 15 August 2020")],
    ),
    ("Le vote aura lieu le 3 juillet.", P, [("3 juillet", "publication", "Friday 3 July 2020")]),
    (
        "Le décret du 10/06/2020 est paru.",
        P,
        [("10/06/2020", "absolute", "Wednesday 10 June 2020")],
    ),
    (
        "Le décret du 2020-06-10 est paru.",
        P,
        [("2020-06-10", "absolute", "Wednesday 10 June 2020")],
    ),
    ("La loi du 21/04/16 a été abrogée.", P, [("21/04/16", "absolute", "Thursday 21 April 2016")]),
    (
        "Il a été condamné le 12 janvier 2016.",
        P,
        [("12 janvier 2016", "absolute", "Tuesday 12 January 2016")],
    ),
    (
        "Le rapport date du 3 sept. 2019.",
        P,
        [("3 sept. 2019", "absolute", "Tuesday 3 September 2019")],
    ),
    ("Le PDG s'est exprimé lundi.", P, [("lundi", "publication", "Monday 8 June 2020")]),
    ("Le PDG s'est exprimé jeudi.", P, [("jeudi", "publication", "Thursday 11 June 2020")]),
    (
        "Il a parlé ce mercredi devant la presse.",
        P,
        [("ce mercredi", "publication", "Wednesday 10 June 2020")],
    ),
    (
        "L'annonce a été faite vendredi dernier.",
        P,
        [("vendredi dernier", "publication", "Friday 5 June 2020")],
    ),
    (
        "Le conseil se réunira jeudi prochain.",
        P,
        [("jeudi prochain", "publication", "Thursday 18 June 2020")],
    ),
    ("Il l'a confirmé mardi passé.", P, [("mardi passé", "publication", "Tuesday 9 June 2020")]),
    (
        "L'annonce a été faite vendredi dernier.",
        "2020-06",
        [
            (
                "vendredi dernier",
                "publication",
                "a Friday between 29 May 2020 and 26 June 2020 (5 possible days)",
            )
        ],
    ),
    (
        "L'annonce a été faite vendredi dernier.",
        "2020",
        [
            (
                "vendredi dernier",
                "publication",
                "a Friday between 27 December 2019 and 25 December 2020",
            )
        ],
    ),
    (
        "L'annonce a été faite vendredi dernier.",
        None,
        [("vendredi dernier", "none", "Friday (date unknown)")],
    ),
    (
        "Hier, le groupe a publié ses comptes.",
        P,
        [("Hier", "publication", "Wednesday 10 June 2020")],
    ),
    (
        "Le PDG s'est exprimé lundi.",
        "2020-06",
        [("lundi", "publication", "a Monday in June 2020 (5 possible days)")],
    ),
    ("Avant-hier, la bourse a chuté.", P, [("Avant-hier", "publication", "Tuesday 9 June 2020")]),
    (
        "Aujourd'hui, le titre remonte.",
        P,
        [("Aujourd'hui", "publication", "Thursday 11 June 2020")],
    ),
    (
        "Ce matin, le ministre a démenti.",
        P,
        [("Ce matin", "publication", "Thursday 11 June 2020")],
    ),
    (
        "Le texte a été voté il y a trois jours.",
        P,
        [("il y a trois jours", "publication", "Monday 8 June 2020")],
    ),
    (
        "Il avait quitté l'entreprise il y a deux ans.",
        P,
        [("il y a deux ans", "publication", "2018")],
    ),
    ("Les ventes ont baissé l'année dernière.", P, [("l'année dernière", "publication", "2019")]),
    ("Il l'a dit l'an dernier.", P, [("l'an dernier", "publication", "2019")]),
    (
        "La décision a été prise la semaine dernière.",
        P,
        [("la semaine dernière", "publication", "week of 1 June 2020")],
    ),
    (
        "Le chiffre a été publié le mois dernier.",
        P,
        [("le mois dernier", "publication", "May 2020")],
    ),
    (
        "Plus tôt ce mois-ci, la firme a licencié.",
        P,
        [("Plus tôt ce mois-ci", "publication", "a day in June 2020 (11 possible days)")],
    ),
    (
        "La réforme entrera en vigueur début juin.",
        P,
        [("début juin", "publication", "a day in June 2020 (15 possible days)")],
    ),
    (
        "Cette semaine, le cours a bondi.",
        P,
        [("Cette semaine", "publication", "week of 8 June 2020")],
    ),
    (
        "Hier, le groupe a publié ses comptes.",
        "2020-06",
        [("Hier", "publication", "a day between 31 May 2020 and 29 June 2020 (30 possible days)")],
    ),
    ("Hier, le groupe a publié ses comptes.", None, [("Hier", "none", "a day (date unknown)")]),
    ("Le projet a été lancé en janvier.", P, [("janvier", "publication", "January 2020")]),
    ("Le projet a été lancé en juin dernier.", P, [("juin dernier", "publication", "June 2019")]),
    ("Le projet a été lancé en mars 2019.", P, [("mars 2019", "absolute", "March 2019")]),
    ("Mai 2019 a été un mois record.", P, [("Mai 2019", "absolute", "May 2019")]),
    ("Le projet a été lancé en 2018.", P, [("2018", "absolute", "2018")]),
    (
        "La croissance ralentira fin 2020.",
        P,
        [("fin 2020", "absolute", "a day between 1 September 2020 and 31 December 2020")],
    ),
    (
        "L'annonce d'Amazon intervient un jour après qu'IBM a annoncé son retrait du marché.",
        P,
        [("un jour après", "event", "the day after IBM a annoncé son retrait du marché")],
    ),
    (
        "Le titre a chuté deux jours après l'annonce, selon l'AFP.",
        P,
        [("deux jours après", "event", "2 days after l'annonce")],
    ),
    (
        "Le lendemain de l'annonce, le cours a bondi.",
        P,
        [("Le lendemain", "event", "the day after l'annonce")],
    ),
    (
        "La veille du vote, les députés ont débattu.",
        P,
        [("La veille", "event", "the day before vote")],
    ),
    (
        "Le lendemain, IBM a confirmé.",
        P,
        [("Le lendemain", "event", "the day after the reference event")],
    ),
    (
        "Trois jours plus tard, il démissionnait.",
        P,
        [("Trois jours plus tard", "event", "3 days after the reference event")],
    ),
    (
        "Le contrat a été signé ce week-end.",
        P,
        [("ce week-end", "publication", "a day in June 2020 (2 possible days)")],
    ),
    (
        "Il part dans deux semaines.",
        P,
        [("dans deux semaines", "publication", "week of 22 June 2020")],
    ),
    (
        "Le 10 juin, IBM a annoncé son retrait.",
        None,
        [("10 juin", "none", "10 June (year unknown)")],
    ),
    (
        "Le 10 juin, IBM a annoncé son retrait.",
        "2020",
        [
            (
                "10 juin",
                "publication",
                "a day between 10 June 2019 and 10 June 2020 (2 possible days)",
            )
        ],
    ),
    (
        "Il a été reçu vendredi 5 à l'Élysée.",
        P,
        [("vendredi 5", "publication", "Friday 5 June 2020")],
    ),
    (
        "Le texte a été voté jeudi, le 21 mai.",
        P,
        [("jeudi, le 21 mai", "publication", "Thursday 21 May 2020")],
    ),
    (
        "Après-demain, le conseil tranchera.",
        P,
        [("Après-demain", "publication", "Saturday 13 June 2020")],
    ),
    ("La loi passera apres-demain.", P, [("apres-demain", "publication", "Saturday 13 June 2020")]),
    (
        "Vendredi 10 000 manifestants ont défilé.",
        P,
        [("Vendredi", "publication", "Friday 5 June 2020")],
    ),
    # negatives: durations, ages, ordinary words, times of day
    ("Le moratoire durera pendant un an.", P, []),
    ("Il dirige l'entreprise depuis deux semaines.", P, []),
    ("Le programme a duré 1 an et dix-huit mois de travaux.", P, []),
    ("Il a 20 ans et elle a un an de plus.", P, []),
    ("La mission vers Mars a décollé à 20:02.", P, [("20:02", "none", "8:02 p.m.")]),
    ("La veille technologique est essentielle.", P, []),
    ("Cette semaine-là, tout a changé.", P, []),
    ("Le modèle 2020 est sorti.", P, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_find_times(text: str, published: str | None, expected: list[tuple[str, str, str]]) -> None:
    refs = find_times(text, published=published, profile=get_profile("fr"))
    # durations ("pendant un an") date nothing: CLOCK_CASES and test_durations read them
    got = [(r.text, r.anchor, describe(r)) for r in refs if r.duration_minutes is None]
    assert got == expected
    for ref in refs:
        assert text[ref.start : ref.end] == ref.text


def test_a_weekday_that_fits_no_written_date_gives_way_to_the_date() -> None:
    ref = find_times("lundi 10 juin", published="1999-06-20", profile=get_profile("fr"))[0]
    assert ref.earliest == ref.latest == dt.date(1999, 6, 10)
    assert ref.weekday == 3  # the date's own weekday (a Thursday), not the contradicting Monday
    assert describe(ref) == "Thursday 10 June 1999"


# times of day, parts of the day, ranges, zones and durations:
# (text, [(surface, description, time-of-day description)])
CLOCK_CASES: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    (
        "Les secours sont arrivés à 21h35 sur les lieux de l'incendie.",
        [("21h35", "9:35 p.m.", "9:35 p.m.")],
    ),
    (
        "Le premier appel a été passé à 9 h 05, le second à 14H20.",
        [("9 h 05", "9:05 a.m.", "9:05 a.m."), ("14H20", "2:20 p.m.", "2:20 p.m.")],
    ),
    ("Le train a déraillé à 21:35, selon la compagnie.", [("21:35", "9:35 p.m.", "9:35 p.m.")]),
    (
        "Le couvre-feu sera levé à 7 ce soir.",
        [("7 ce soir", "Thursday 11 June 2020, 7 p.m.", "7 p.m.")],
    ),
    (
        "Les pompiers sont intervenus mardi à la fin de l’après-midi.",
        [("mardi", "Tuesday 9 June 2020", "afternoon (3 p.m.-6 p.m.)")],
    ),
    ("Le cours d’après-midi a été annulé.", []),
    (
        "Le suspect s'est rendu le 3 à 8 heures.",
        [("3 à 8 heures", "Wednesday 3 June 2020, 8 a.m.", "8 a.m.")],
    ),
    (
        "La foule s'est massée vers 19 heures de ce soir-là.",
        [
            ("vers 19 heures", "around 7 p.m.", "around 7 p.m."),
            ("soir", "evening (6 p.m.-11 p.m.)", "evening (6 p.m.-11 p.m.)"),
        ],
    ),
    (
        "La manifestation s'est dispersée vers 22 heures.",
        [("vers 22 heures", "around 10 p.m.", "around 10 p.m.")],
    ),
    (
        "Le suspect a été interpellé peu avant 6 h.",
        [("peu avant 6 h", "shortly before 6 a.m.", "shortly before 6 a.m.")],
    ),
    (
        "L'explosion a eu lieu peu après minuit.",
        [("peu après minuit", "shortly after midnight", "shortly after midnight")],
    ),
    ("Le conseil se réunira à midi.", [("midi", "noon", "noon")]),
    (
        "Les tirs ont cessé aux alentours de vingt-deux heures trente.",
        [("aux alentours de vingt-deux heures trente", "around 10:30 p.m.", "around 10:30 p.m.")],
    ),
    (
        "La séance a été levée à 10 heures moins le quart.",
        [("10 heures moins le quart", "9:45 a.m.", "9:45 a.m.")],
    ),
    (
        "Mardi à 21 h 35, les pompiers étaient encore sur place.",
        [("Mardi à 21 h 35", "Tuesday 9 June 2020, 9:35 p.m.", "9:35 p.m.")],
    ),
    (
        "Le séisme s'est produit dans la nuit de vendredi à samedi.",
        [("de vendredi à samedi", "5-6 June 2020", "night (9 p.m.-6 a.m.)")],
    ),
    (
        "L'accident est survenu mardi en fin d'après-midi.",
        [("mardi", "Tuesday 9 June 2020", "afternoon (3 p.m.-6 p.m.)")],
    ),
    (
        "Le cortège est parti en début de soirée.",
        [("en début de soirée", "evening (6 p.m.-8:30 p.m.)", "evening (6 p.m.-8:30 p.m.)")],
    ),
    (
        "Le vote a eu lieu hier soir à 8 heures.",
        [("hier soir à 8 heures", "Wednesday 10 June 2020, 8 p.m.", "8 p.m.")],
    ),
    (
        "Le bureau est ouvert entre 14 h et 16 h.",
        [("entre 14 h et 16 h", "between 2 p.m. and 4 p.m.", "between 2 p.m. and 4 p.m.")],
    ),
    (
        "Le bâtiment s'est effondré à 21 h 05 (20 h 05, heure de Paris).",
        [
            ("21 h 05", "9:05 p.m.", "9:05 p.m."),
            ("20 h 05, heure de Paris", "8:05 p.m. (Europe/Paris)", "8:05 p.m. (Europe/Paris)"),
        ],
    ),
    (
        "L'avion a atterri à 18 h 40 heure locale.",
        [("18 h 40 heure locale", "6:40 p.m. local time", "6:40 p.m. local time")],
    ),
    (
        "Le satellite a été lancé à 14 h 30 GMT.",
        [("14 h 30 GMT", "2:30 p.m. (UTC)", "2:30 p.m. (UTC)")],
    ),
    ("La grève a duré pendant trois heures.", [("trois heures", "3 hours", "3 hours")]),
    (
        "Les sauveteurs cherchent des survivants depuis 72 heures.",
        [("72 heures", "3 days", "3 days")],
    ),
    ("Le débat a duré une heure et demie.", [("une heure et demie", "1.5 hours", "1.5 hours")]),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_CASES)
def test_clock_times(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    refs = find_times(text, published=P, profile=get_profile("fr"))
    assert [(r.text, describe(r), describe_clock(r)) for r in refs] == expected


# day ranges, decades, quarters and halves, year ranges, numeric months, summed durations:
# (text, [(surface, description)])
PERIOD_CASES: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Le vote a lieu le premier dimanche de juin.",
        [("le premier dimanche de juin", "Sunday 7 June 2020")],
    ),
    (
        "La première semaine d'octobre 2019 a été calme.",
        [("La première semaine d'octobre 2019", "week of 30 September 2019")],
    ),
    (
        # the future tense: the coming September (published June 2020)
        "Le festival se tiendra du 3 au 12 septembre.",
        [("du 3 au 12 septembre", "3-12 September 2020")],
    ),
    (
        "Les négociations ont eu lieu entre le 4 et le 8 mai 2019.",
        [("entre le 4 et le 8 mai 2019", "4-8 May 2019")],
    ),
    ("Les 19-20 novembre, la ville sera fermée.", [("19-20 novembre", "19-20 November 2019")]),
    ("Dans les années 1970, la région comptait deux usines.", [("les années 1970", "the 1970s")]),
    ("Le marché s'est effondré dans les années 90.", [("les années 90", "the 1990s")]),
    (
        "Le chiffre d'affaires du troisième trimestre 2019 a reculé.",
        [("troisième trimestre 2019", "Q3 2019")],
    ),
    ("Le groupe vise l'équilibre au premier semestre.", [("premier semestre", "H1 2020")]),
    ("Les ventes du T3 2019 ont progressé.", [("T3 2019", "Q3 2019")]),
    ("Le contrat court de 2014 à 2018.", [("de 2014 à 2018", "2014-2018")]),
    ("Le mandat 2014-2018 a été prolongé.", [("2014-2018", "2014-2018")]),
    ("Le rapport date de 11/2016.", [("11/2016", "November 2016")]),
    (
        "La grève a duré un an, deux mois et trois jours.",
        [("un an, deux mois et trois jours", "428 days")],
    ),
    ("Le score final est de 2-1.", []),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_CASES)
def test_periods(text: str, expected: list[tuple[str, str]]) -> None:
    refs = find_times(text, published=P, profile=get_profile("fr"))
    assert [(r.text, describe(r)) for r in refs] == expected


# "this"/"ce" + a weekday: that day of the publication's week (Monday to Sunday)
THIS_WEEK: list[tuple[str, str, str, str]] = [
    (
        "Le sommet aura lieu vendredi de la semaine prochaine.",
        "2020-06-11",
        "vendredi de la semaine prochaine",
        "Friday 19 June 2020",
    ),
    ("Le procès s'ouvrira ce vendredi.", "2020-06-08", "ce vendredi", "Friday 12 June 2020"),
    ("Le ministre s'est exprimé ce mardi.", "2020-06-10", "ce mardi", "Tuesday 9 June 2020"),
]


@pytest.mark.parametrize(("text", "published", "surface", "expected"), THIS_WEEK)
def test_this_weekday_is_in_the_week_of_publication(
    text: str, published: str, surface: str, expected: str
) -> None:
    (ref,) = find_times(text, published=published, profile=get_profile("fr"))
    assert (ref.text, describe(ref)) == (surface, expected)
