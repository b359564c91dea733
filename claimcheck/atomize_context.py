"""a fact whose subject carries figures of its own -> the fact, and those figures as another.

News leads name the event by what it measured and then give what it did: "Le séisme de
magnitude 6,8 survenu vendredi soir a fait plus de 2 000 morts", "The storm, which packed
winds of 85 mph, left 12 people dead". Kept as one claim, the toll rides with the magnitude
or the winds, and never meets the one-line tolls other outlets give ("the death toll rose to
2,862"), nor the magnitude the one-line "a magnitude 6.8 quake struck". The subject's figures
become a fact of their own when:

- the fact counts what happened to people (one of `EVENT_KINDS`: dead, injured, missing...),
  from the last verb before its first figure ("a fait", "left", "killed") to the end of the
  sentence, or its focus when it is one of several facts (`claimcheck.atomize`);
- every other figure is in the subject before that verb, and each measures or counts
  something else, known by its unit or kind (a magnitude, a speed, a length);
- neither part is quoted, and the subject has words of its own beyond its figures.

The fact keeps the claim's id, its words without the subject's figures, the times after the
verb; the subject's fact ("doc#4.3") keeps the subject's words, its figures and the times
inside it. Both keep the names: they say which event each is about.
"""

from __future__ import annotations

import re

from claimcheck.atomize_parts import is_verb
from claimcheck.ground.quantity_values import role
from claimcheck.lang import LanguageProfile
from claimcheck.lang.number_types import EVENT_KINDS
from claimcheck.models import Claim, Quantity, Span

__all__ = ["subject_figures", "without_subject"]

_MIN_SUBJECT_WORDS = 2  # the subject's words beyond its figures: "Un incendie" (de 300 hectares)
_WINDOW = 200  # characters before the fact's first figure in which its verb is looked for
_VERB_WINDOW = 6  # words before that figure among which the verb must be


def _is_verb(word: str, profile: LanguageProfile) -> bool:
    return is_verb(word, profile, weak=True, also=profile.text.toll_verbs)


def _verb_before(text: str, position: int, profile: LanguageProfile) -> int | None:
    """Where the verb nearest before `position` starts, in the same clause; None without one.

    Of a compound verb the first word counts ("a fait", "has claimed"), so the subject ends
    before the auxiliary."""
    window = max(0, position - _WINDOW)
    tokens = list(re.finditer(r"\S+", text[window:position]))[-_VERB_WINDOW:]
    found = None
    for k in range(len(tokens) - 1, -1, -1):
        word = tokens[k].group()
        if word[-1] in ',;:.!?()«»"“”' and found is None:
            return None  # the clause ends before any verb
        if _is_verb(word, profile):
            found = window + tokens[k].start()
        elif found is not None:
            break
        elif _participle(word, profile) and k > 0 and tokens[k - 1].group().endswith(","):
            return window + tokens[k].start()  # ", killing 12 people", ", faisant 12 morts"
    return found


def _participle(word: str, profile: LanguageProfile) -> bool:
    word = word.lower()
    return len(word) >= 5 and word.isalpha() and word.endswith(profile.text.participle_endings)


def _checkable(q: Quantity) -> bool:
    return bool(q.kind or q.unit) and q.plausible


def _inside(span: Span, start: int, end: int) -> bool:
    return start <= span.start and span.end <= end


def _without(text: str, cuts: list[str], profile: LanguageProfile) -> str:
    """`text` without the words of `cuts`, and the function word that led to each ("le
    séisme de magnitude 6,8 survenu" -> "le séisme survenu"; a determiner stays: "the
    magnitude-6.8 quake" -> "the quake")."""
    openers = profile.text.subject_openers
    for cut in cuts:
        at = text.find(cut)
        if at < 0:
            continue
        start = at
        lead = re.search(r"(\S+)\s+$", text[:at])
        word = lead.group(1).lower().rstrip("'’") if lead is not None else ""
        if lead is not None and word in profile.text.stop_words and word not in openers:
            start = lead.start(1)
        text = f"{text[:start]} {text[at + len(cut) :]}"
    text = re.sub(r"\s{2,}", " ", text)
    return re.sub(r" +([,.;:!?)])", r"\1", text).strip(" ,;")


def without_subject(claim: Claim, subject: Claim, profile: LanguageProfile) -> Claim:
    """Another fact of the same sentence, without the figures and times of `subject` (the
    subject's own fact, from `subject_figures`), which that fact now states."""
    assert subject.focus_end is not None  # `subject_figures` focuses it on the subject
    subject_end = subject.focus_end
    if not (claim.focus_start is not None and claim.focus_start >= subject_end):
        return claim
    cuts = [q.text for q in subject.quantities]
    return claim.model_copy(
        update={
            "normalized": _without(claim.normalized, cuts, profile),
            "quantities": tuple(q for q in claim.quantities if q.end > subject_end),
            "times": tuple(t for t in claim.times if t.start >= subject_end),
        }
    )


def subject_figures(claim: Claim, profile: LanguageProfile, next_id: str) -> list[Claim] | None:
    """The fact and its subject's figures as two claims (the second with id `next_id`), or
    None when the claim is no such lead."""
    if claim.quotes or claim.kind != "claim":
        return None
    base, text = claim.start, claim.text
    fact_start = claim.focus_start if claim.focus_start is not None else base
    fact_end = claim.focus_end if claim.focus_end is not None else claim.end
    own = [q for q in claim.quantities if _inside(q, fact_start, fact_end)]
    events = [q for q in own if q.dimension == "count" and q.kind in EVENT_KINDS]
    if not events:
        return None
    first = min(events, key=lambda q: q.start)
    verb = _verb_before(text, first.start - base, profile)
    if verb is None:
        return None
    subject_end = base + verb
    subject = [q for q in claim.quantities if q.end <= subject_end]
    rest = [q for q in claim.quantities if q.end > subject_end]
    if not subject or any(q.start < subject_end for q in rest):
        return None
    if any(q not in own for q in rest):
        return None  # a figure after the verb that is another fact's: leave the claim whole
    roles = {role(q) for q in rest}
    if not all(_checkable(q) and role(q) not in roles for q in subject):
        return None
    head = text[:verb]
    if len(_without(head, [q.text for q in subject], profile).split()) < _MIN_SUBJECT_WORDS:
        return None
    # the same verb in the normalised words, where the subject's figures are cut
    normal = claim.normalized
    at = normal.find(first.text)
    if at < 0 or any(normal.find(q.text) < 0 for q in subject):
        return None
    n_verb = _verb_before(normal, at, profile)
    if n_verb is None or any(normal.find(q.text) >= n_verb for q in subject):
        return None
    fact = claim.model_copy(
        update={
            "focus_start": max(fact_start, subject_end),
            "focus_end": fact_end,
            "normalized": _without(normal, [q.text for q in subject], profile),
            "quantities": tuple(rest),
            "times": tuple(t for t in claim.times if t.start >= subject_end),
        }
    )
    lead = len(head) - len(head.lstrip())
    context = claim.model_copy(
        update={
            "id": next_id,
            "focus_start": base + lead,
            "focus_end": base + len(head.rstrip(" ,")),
            "normalized": normal[:n_verb].strip(" ,;"),
            "quantities": tuple(subject),
            "times": tuple(t for t in claim.times if t.end <= subject_end),
        }
    )
    return [fact, context]
