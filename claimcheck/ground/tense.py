"""A clause before a date + the language's tense words -> does it speak of the past?"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from functools import cache

from claimcheck.ground import calendar as cal
from claimcheck.ground.calendar import Period
from claimcheck.ground.time_grammar import future_pattern, initial_dot, sentence_start
from claimcheck.lang.tense_types import TenseVocabulary
from claimcheck.lang.time_types import TimeVocabulary

__all__ = ["past_before", "past_until", "pick_tensed", "said_after_future"]

#: how far back the clause is read (a clause is short; a text without punctuation must not be
#: rescanned from its start at every date)
_REACH = 200
_WORD = re.compile(r"\w+(?:[-'’]\w+)*['’]?")
#: what ends a clause before a date: punctuation (a comma too: "He died, aged 85, on ..." is
#: left as it was read)
_BOUNDARY = re.compile(r"[.!?;:,()\[\]{}«»\"“”\n–—]")
#: after an elided word, what starts the next ("s'est", "n'a", "qu'il"; never "don't")
_VOWELS = frozenset("aeiouyhàâäéèêëîïôöûü")


def _words(text: str, lo: int, hi: int) -> list[str]:
    """The words of text[lo:hi], an elided word apart from the next ("s'", "est")."""
    out: list[str] = []
    for m in _WORD.finditer(text, lo, hi):
        word = m.group().replace("’", "'")
        head, sep, rest = word.partition("'")
        if sep and rest and len(head) <= 3 and rest[0].lower() in _VOWELS:
            out += [head + "'", rest]
        else:
            out.append(word)
    return out


def _participle(word: str, t: TenseVocabulary) -> bool:
    low = word.lower()
    if low in t.participles:
        return True
    return (
        word == low
        and len(low) >= 3
        and low.endswith(t.participle_endings)
        and low not in t.past_vetoes
    )


def _adverb(word: str, t: TenseVocabulary) -> bool:
    low = word.lower()
    return low in t.adverbs or (
        bool(t.adverb_endings) and word == low and len(low) > 4 and low.endswith(t.adverb_endings)
    )


def _past(words: list[str], i: int, t: TenseVocabulary) -> bool:
    """Is words[i] a past form: a finite past ("was", "died", "fut") or a participle after
    its auxiliary ("a été", "n'a pas été", "est mort", "s'est tenue", "has died")?"""
    word = words[i]
    low = word.lower()
    j = i - 1
    while j >= 0 and _adverb(words[j], t):
        j -= 1  # "is to be formally sentenced"
    prev = words[j].lower() if j >= 0 else ""
    if prev in t.stops or prev.endswith(t.contracted_present or ("\0",)):
        return False  # "will be held", "to be buried", "he's sentenced": a passive, not a past
    if low in t.past_words:
        return True
    if (
        word == low
        and len(low) >= t.past_min_length
        and low.endswith(t.past_endings)
        and low not in t.past_vetoes
        and prev not in t.determiners  # "the planned strike", "a delayed vote"
    ):
        return True
    if not _participle(word, t):
        return False
    j = i - 1
    while j >= 0 and words[j].lower() in t.adverbs:
        j -= 1
    aux = words[j].lower() if j >= 0 else ""
    if aux in t.perfect_auxiliaries:
        return True
    if aux not in t.motion_auxiliaries:
        return False
    return low in t.motion_participles or (j > 0 and words[j - 1].lower() in t.reflexive_clitics)


def _stops(words: list[str], i: int, t: TenseVocabulary) -> bool:
    low = words[i].lower()
    if low in t.stops or (words[i] == low and low.endswith(t.stop_endings or ("\0",))):
        return True
    if low.endswith(t.contracted_present or ("\0",)):
        return True  # "when he's sentenced May 7": the present
    return (
        bool(t.infinitive_endings)
        and i > 0
        and words[i - 1].lower() in t.infinitive_leads
        and words[i] == low
        and low.endswith(t.infinitive_endings)
    )


@cache
def _range_openers(v: TimeVocabulary) -> frozenset[str]:
    """The one-word openers of a range of days: "du", "entre", "from", "between", "les"."""
    keys = (*v.range_openers, *v.day_pair_openers)
    return frozenset(k.lower() for k in keys if " " not in k and "'" not in k)


def _range_start(words: list[str], i: int, openers: frozenset[str]) -> int | None:
    """Where the range that words[i] closes opens: right after its first day ("du 2 au",
    "from March 2 to"), its opener at most three words back; None if it is no range."""
    if i == 0 or not any(c.isdigit() for c in words[i - 1]):
        return None
    for k in range(i - 2, max(-1, i - 5), -1):
        if words[k].lower() in openers:
            return k
    return None


def past_before(text: str, pos: int, v: TimeVocabulary, *, through_figures: bool = False) -> bool:
    """Does the clause before the date at `pos` speak of the past: its last tense cue before
    the date a past form ("Il est mort le 21 mars", "He died on March 21", "who was arrested
    on March 21"), with no future cue, conditional, infinitive or announcing verb after it
    ("a annoncé une grève le 21 mars", "agreed to meet on March 21"), and the date not led
    by a word that points ahead ("was postponed until March 21")? With `through_figures`, a
    figure between does not end the scan ("Shares fell 8% in four business days")."""
    t = v.tense
    if not t.past_words:
        return False
    low = max(0, pos - _REACH)
    start = low
    for m in _BOUNDARY.finditer(text, low, pos):
        if m.group() != "." or not initial_dot(text, m.start()):  # "a déclaré M. Dupont"
            start = m.end()
    for m in future_pattern(v).finditer(text, start, pos):
        start = m.end()  # "will be held on March 21": only what follows the last future cue
    words = _words(text, start, pos)
    if words and words[-1].lower() in t.determiners and words[-1].lower() not in t.date_leads:
        return False  # "has given him a May 10 deadline": the date of a noun, not of the verb
    adjacent = True  # nothing but the date's leads between the word read and the date
    openers = _range_openers(v)
    i = len(words)
    while i > 0:
        i -= 1
        low_word = words[i].lower()
        if adjacent and low_word in t.date_leads:
            continue
        if low_word in t.forward_leads or low_word in t.clause_openers:
            # ... unless it closes a range of days whose start the clause's verb dates too
            # ("ont duré du 2 au 24 mars", "lasted from March 2 to March 24")
            opened = _range_start(words, i, openers)
            if opened is None:
                return False
            i, adjacent = opened, False
            continue
        if not through_figures and any(c.isdigit() for c in low_word):
            return False  # another date or figure first: "a duré de 8 h le 2 février à ..."
        if low_word in t.announcing:
            return adjacent  # "said on March 21", not "announced a strike on March 21"
        if _stops(words, i, t):
            return False
        if _past(words, i, t):
            # ... not a relative clause's verb before the date's own ("The man who was
            # arrested faces trial on March 21")
            return adjacent or not any(w.lower() in t.relatives for w in words[max(0, i - 3) : i])
        adjacent = False
    return False


def said_after_future(text: str, pos: int, v: TimeVocabulary) -> bool:
    """Does a reporting verb stand between the sentence's last future cue and the date at
    `pos` ("Talks will resume, the minister said Tuesday": the day of the saying)?"""
    start = sentence_start(text, max(0, pos - _REACH), pos)
    for m in future_pattern(v).finditer(text, start, pos):
        start = m.end()
    return any(w.lower() in v.tense.announcing for w in _words(text, start, pos))


def past_until(
    text: str, pos: int, v: TimeVocabulary, until: dt.date | None
) -> Callable[[], dt.date | None]:
    """A question asked once, only where it decides: where the clause before `pos` is in the
    past, the last day publication may be (`until`), else None."""
    return cache(lambda: until if until is not None and past_before(text, pos, v) else None)


def pick_tensed(
    options: Iterable[Period], pub: dt.date, direction: int, past: Callable[[], dt.date | None]
) -> Period | None:
    """`calendar.pick`, but in a past-tense clause never a period begun after publication
    ("il est mort en avril", "à Noël", "in the spring", said in March or December)."""
    items = list(options)
    found = cal.pick(items, pub, direction)
    if found is not None and found[0] > pub and direction == 0 and (until := past()):
        return cal.pick(items, until, direction, past=True)
    return found
