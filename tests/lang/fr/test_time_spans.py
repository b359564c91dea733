"""French time spans: parts of periods, counted spans, seasons, relative months and weeks,
ranges, and words that look like times but are not; text + publication date -> TimeRef."""

from __future__ import annotations

import pytest

from claimcheck.ground.time import find_times
from claimcheck.lang import get_profile

P = "2020-06-11"  # a Thursday


# parts of periods, spans counted from publication, centuries: (text, published, surface,
# earliest, latest); publication 2020-06-11 is a Thursday
SPAN_CASES: list[tuple[str, str, str, str, str]] = [
    ("Le chantier a repris fin mars.", P, "fin mars", "2020-03-16", "2020-03-31"),
    ("Le chantier reprendra fin mars.", P, "fin mars", "2021-03-16", "2021-03-31"),
    ("Le texte sera voté à la mi-juillet.", P, "à la mi-juillet", "2020-07-10", "2020-07-20"),
    ("L'usine a rouvert mi-2015.", P, "mi-2015", "2015-05-01", "2015-08-31"),
    ("La société a été fondée au début de 1998.", P, "au début de 1998", "1998-01-01",
     "1998-04-30"),
    ("Les loyers ont baissé en fin d'année.", P, "en fin d'année", "2020-07-01", "2020-12-31"),
    ("Les négociations reprennent début de la semaine prochaine.", P,
     "début de la semaine prochaine", "2020-06-15", "2020-06-17"),
    ("Le vote aura lieu plus tard cette semaine.", P, "plus tard cette semaine", "2020-06-11",
     "2020-06-14"),
    ("Les prix ont grimpé au cours des trois derniers mois.", P, "des trois derniers mois",
     "2020-03-11", "2020-06-11"),
    ("Il pleuvra les 3 prochains jours.", P, "les 3 prochains jours", "2020-06-12",
     "2020-06-14"),
    ("Les ventes des deux semaines écoulées ont chuté.", P, "des deux semaines écoulées",
     "2020-05-28", "2020-06-11"),
    ("Le pont date du XIXe siècle.", P, "XIXe siècle", "1800-01-01", "1899-12-31"),
    ("Le site est occupé depuis le 12e siècle.", P, "12e siècle", "1100-01-01", "1199-12-31"),
    ("Le scrutin a eu lieu le 7, sans incident.", P, "7", "2020-06-07", "2020-06-07"),
    ("Il avait disparu le 28.", P, "28", "2020-05-28", "2020-05-28"),
    ("L'accord a été signé le 22/04.", P, "22/04", "2020-04-22", "2020-04-22"),
    ("La grève durera du 15 au 19 le mois prochain.", P, "du 15 au 19 le mois prochain",
     "2020-07-15", "2020-07-19"),
    ("Le verdict est attendu le 20 du mois prochain.", P, "20 du mois prochain", "2020-07-20",
     "2020-07-20"),
    ("La foire a lieu du 12 au 14 du mois de mai.", P, "du 12 au 14 du mois de mai",
     "2020-05-12", "2020-05-14"),
    ("Les ventes de l'année 2008 ont chuté.", P, "2008", "2008-01-01", "2008-12-31"),
    ("Le relevé 11-2016 est en retard.", P, "11-2016", "2016-11-01", "2016-11-30"),
    ("Le budget du trimestre à venir est serré.", P, "trimestre à venir", "2020-07-01",
     "2020-09-30"),
    ("Le salon ouvre le premier vendredi du mois prochain.", P,
     "le premier vendredi du mois prochain", "2020-07-03", "2020-07-03"),
    ("Le trafic a culminé la première semaine de 2015.", P, "la première semaine de 2015",
     "2014-12-29", "2015-01-04"),
    ("Les prix ont baissé la dernière semaine du mois dernier.", P,
     "la dernière semaine du mois dernier", "2020-05-25", "2020-05-31"),
    ("Il a dirigé l'agence entre 2011 et le 4 mars 2016.", P, "entre 2011 et le 4 mars 2016",
     "2011-01-01", "2016-03-04"),
    ("Le barrage a été fermé entre le 3 janvier 2015 et le 30 juin 2019.", P,
     "entre le 3 janvier 2015 et le 30 juin 2019", "2015-01-03", "2019-06-30"),
    ("Les exportations ont chuté du 20 décembre au 5 janvier 2018.", P,
     "du 20 décembre au 5 janvier 2018", "2017-12-20", "2018-01-05"),
    ("La ville a grandi dans les années soixante-dix.", P, "les années soixante-dix",
     "1970-01-01", "1979-12-31"),
    ("Le procès s'ouvre la semaine du 24 juin.", P, "semaine du 24 juin", "2020-06-22",
     "2020-06-28"),
    ("Le chantier occupe la semaine commençant le 24 juin.", P,
     "semaine commençant le 24 juin", "2020-06-24", "2020-06-30"),
    ("La foire a lieu du 2 juillet au 10 juillet.", P, "du 2 juillet au 10 juillet",
     "2020-07-02", "2020-07-10"),
    ("Les négociations ont calé au cours du week-end.", "2020-06-08", "au cours du week-end",
     "2020-06-06", "2020-06-07"),
    ("Le chantier a duré du lundi au vendredi.", P, "du lundi au vendredi", "2020-06-08",
     "2020-06-12"),
    ("L'usine fermera en mars de l'année prochaine.", P, "mars de l'année prochaine",
     "2021-03-01", "2021-03-31"),
    ("Le bénéfice a doublé au Q3 2019.", P, "Q3 2019", "2019-07-01", "2019-09-30"),
    ("Il a disparu il y a un mois et 10 jours.", P, "il y a un mois et 10 jours", "2020-05-01",
     "2020-05-01"),
    ("Les profits ont chuté le trimestre dernier.", P, "le trimestre dernier", "2020-01-01",
     "2020-03-31"),
    ("La reprise est attendue au semestre prochain.", P, "semestre prochain", "2020-07-01",
     "2020-12-31"),
    ("La digue a cédé l'été dernier.", P, "été dernier", "2019-06-21", "2019-09-22"),
    ("L'usine a été vendue il y a quelques jours.", P, "il y a quelques jours", "2020-06-04",
     "2020-06-09"),
    ("Les prix ont flambé ces dernières semaines.", P, "ces dernières semaines", "2020-04-23",
     "2020-06-11"),
    ("Le rationnement a commencé cet automne.", P, "cet automne", "2020-09-23", "2020-12-20"),
    ("Le rationnement a commencé à l'automne 2018.", P, "automne 2018", "2018-09-23",
     "2018-12-20"),
    ("Les ventes ont reculé au cours de la semaine écoulée.", P,
     "au cours de la semaine écoulée", "2020-06-01", "2020-06-07"),
    # parts of a year named relative to publication
    ("Le chiffre d'affaires a reculé au troisième trimestre de l'an dernier.", P,
     "troisième trimestre de l'an dernier", "2019-07-01", "2019-09-30"),
    ("Une reprise est attendue au premier semestre de l'année prochaine.", P,
     "premier semestre de l'année prochaine", "2021-01-01", "2021-06-30"),
    # the present as one end of a range
    ("Les prix ont doublé entre mars et maintenant.", P, "entre mars et maintenant",
     "2020-03-01", "2020-06-11"),
    ("Les travaux doivent être achevés entre maintenant et le 30 juin.", P,
     "entre maintenant et le 30 juin", "2020-06-11", "2020-06-30"),
    # windows from publication on
    ("La ministre tranchera dans les 10 jours.", P, "dans les 10 jours", "2020-06-11",
     "2020-06-21"),
    ("Le plan sera déployé dans les trois prochaines années.", P,
     "dans les trois prochaines années", "2020-06-11", "2023-06-11"),
    # a marked start joins a far end
    ("La grève durera du vendredi prochain au 1er mars 2022.", P,
     "du vendredi prochain au 1er mars 2022", "2020-06-19", "2022-03-01"),
    # a count of units from the day that starts them
    ("Le trafic a été interrompu pendant trois jours à partir de lundi.", P,
     "trois jours à partir de lundi", "2020-06-08", "2020-06-10"),
    ("Le trafic sera interrompu pendant trois jours à partir de lundi.", P,
     "trois jours à partir de lundi", "2020-06-15", "2020-06-17"),
    ("Le salon se tiendra deux semaines à compter du 20 juin.", P,
     "deux semaines à compter du 20 juin", "2020-06-20", "2020-07-03"),
    ("Le sommet se tient cette semaine du mardi au jeudi.", P,
     "cette semaine du mardi au jeudi", "2020-06-09", "2020-06-11"),
    # ranges of months, abbreviated or not, and a month to a part of another
    ("Les exportations ont chuté de mars à mai.", P, "de mars à mai", "2020-03-01",
     "2020-05-31"),
    ("Les tarifs ont grimpé entre sept. et nov.", P, "entre sept. et nov", "2019-09-01",
     "2019-11-30"),
    ("Le musée est resté fermé d'avril jusqu'à fin mai.", P, "d'avril jusqu'à fin mai",
     "2020-04-01", "2020-05-31"),
    # from the start of a period up to publication
    ("Le titre a perdu 20 % depuis le début de l'année.", P, "depuis le début de l'année",
     "2020-01-01", "2020-06-11"),
    # fêtes : jours fixes, comptés depuis Pâques, avec une année ou un marqueur
    ("Les magasins ont rouvert après Noël.", P, "Noël", "2019-12-25", "2019-12-25"),
    ("Les magasins rouvriront après Noël.", P, "Noël", "2020-12-25", "2020-12-25"),
    ("Il est mort le jour de Noël 2018.", P, "jour de Noël 2018", "2018-12-25", "2018-12-25"),
    ("Les négociations ont échoué à Pâques.", P, "Pâques", "2020-04-12", "2020-04-12"),
    ("Le col était fermé à l'Ascension.", P, "Ascension", "2020-05-21", "2020-05-21"),
    ("La grève a commencé le lundi de Pentecôte.", P, "lundi de Pentecôte", "2020-06-01",
     "2020-06-01"),
    ("Il neigeait à la Toussaint dernière.", P, "Toussaint dernière", "2019-11-01",
     "2019-11-01"),
    # comptes approchés
    ("Il y a une dizaine de jours, le maire a parlé.", P, "Il y a une dizaine de jours",
     "2020-05-30", "2020-06-03"),
    ("L'usine a fermé il y a une vingtaine d'années.", P, "il y a une vingtaine d'années",
     "1997-06-11", "2003-06-11"),
    ("La ville vise la neutralité à l'horizon 2030.", P, "2030", "2030-01-01", "2030-12-31"),
    # quelques unités à partir de la publication, sans compte écrit
    ("La décision sera prise dans les prochains jours.", P, "les prochains jours",
     "2020-06-12", "2020-06-18"),
    ("Des renforts arriveront dans les semaines à venir.", P, "les semaines à venir",
     "2020-06-12", "2020-07-30"),
    # parties de décennies ; comptes qualifiés
    ("L'usine a fermé à la fin des années 1990.", P, "fin des années 1990", "1997-01-01",
     "1999-12-31"),
    ("Le quartier a été rasé au milieu des années 80.", P, "milieu des années 80",
     "1984-01-01", "1986-12-31"),
    ("Il y a tout juste un an, le séisme frappait.", P, "Il y a tout juste un an",
     "2019-01-01", "2019-12-31"),
    ("Le pont s'est effondré il y a près de deux ans.", P, "il y a près de deux ans",
     "2018-01-01", "2018-12-31"),
    # « ce week-end » un lundi : le dernier, sauf au futur
    ("Des heurts ont éclaté ce week-end.", "2020-06-08", "ce week-end", "2020-06-06",
     "2020-06-07"),
    ("La manifestation aura lieu ce week-end.", "2020-06-08", "ce week-end", "2020-06-13",
     "2020-06-14"),
    # un jour ou un mois nu : le dernier, le prochain après un futur
    ("Les discussions reprendront mardi.", P, "mardi", "2020-06-16", "2020-06-16"),
    ("Le front a reculé mardi.", P, "mardi", "2020-06-09", "2020-06-09"),
    ("Les élections se tiendront en mars.", P, "mars", "2021-03-01", "2021-03-31"),
    ("L'opéra a rouvert en mars.", P, "mars", "2020-03-01", "2020-03-31"),
    ("Les ventes ont chuté la semaine derniere.", P, "la semaine derniere", "2020-06-01",
     "2020-06-07"),
    ("Il est revenu depuis mars, dira-t-il.", P, "mars", "2020-03-01", "2020-03-31"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "surface", "earliest", "latest"), SPAN_CASES)
def test_spans(text: str, published: str, surface: str, earliest: str, latest: str) -> None:
    refs = find_times(text, published=published, profile=get_profile("fr"))
    assert [(r.text, str(r.earliest), str(r.latest)) for r in refs] == [(surface, earliest, latest)]


# words that look like times but are not, in news sentences (each case may name the one time
# it does hold)
NOT_TIMES: list[str | tuple[str, str]] = [
    "La sonde Mars Express a été lancée.",
    "Le second tour a été annulé.",
    "Il faut parcourir les 300 derniers mètres.",
    "La fin du conflit n'est pas en vue.",
    "Le MIX siècle est un festival.",
    "Les 3/4 des votants ont dit non.",
    "Il a gagné 6/4, 6/3.",
    "Il a été arrêté et a été entendu.",
    "On se souviendra de l'été de la canicule.",
    "En été, les touristes affluent sur la côte.",
    "Il a été dernier du classement.",
    "Il a passé les derniers mois de sa vie à Lyon.",
    "Le loyer est compris entre 1500 et 2000 euros.",
    "Lisez les pages 1-2000.",
    "La loi n° 2020-24 fut votée.",
    "Entre 2000 et 3000 manifestants ont défilé.",
    ("Les prix ont augmenté de 20 le mois dernier.", "le mois dernier"),
    "Il a été arrêté et maintenant il attend son procès.",
    "Le suspect a été interpellé dans les 10 jours qui ont suivi l'attentat.",
    "La décision tombera dans les deux semaines suivant le vote.",
    "Elle loue un T3 à Lyon.",
    # the year is read ("à partir de 2001"), but ten years from a year are no span of days
    ("Il a purgé 10 ans de prison à partir de 2001.", "2001"),
    "Les 3 jours du festival ont attiré la foule.",
    "La sonde Mars à mai été lancée.",
    "Les manifestants iront de Mars à Paris.",
    "Il a rendu hommage à Noël Mamère.",
    "Le marché de Noël a fermé.",
    "Ils sont partis pendant les vacances de la Toussaint.",
    "Les statues de l'île de Pâques.",
    "L'ascension du col fut rude.",
    "Une quinzaine de manifestants ont été interpellés.",
    "Dans les jours suivants, la police l'a arrêté.",
    "Les prochaines élections auront lieu.",
    "Le pont a été construit il y a plus de dix ans.",
    "Le milieu associatif proteste.",
]


@pytest.mark.parametrize("case", NOT_TIMES)
def test_not_times(case: str | tuple[str, str]) -> None:
    text, *held = (case,) if isinstance(case, str) else case
    refs = find_times(text, published=P, profile=get_profile("fr"))
    assert [r.text for r in refs if r.granularity != "unknown"] == held
