"""annotated articles -> resolution precision and recall: the anaphora benchmark's scorer.

`fr.txt` and `en.txt` hold invented news articles with every anaphor marked inline:
`[[elle|Chambre des représentants]]` (the canonical referent) or `[[il|-]]` (must stay
unresolved: impersonal, inside a quotation, an unnamed antecedent, an ambiguous one).
`seeds.tsv` annotates the anaphors of `seeds/` the same way, by context (document id, a unique
passage, the anaphor in it, the referent or "-").

A resolution is correct when it overlaps a gold anaphor and names its referent (case and the
accent of initial capitals ignored). Precision = correct / resolutions made (a resolution
where no anaphor is marked counts as wrong); recall = correct / gold anaphors with a referent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from claimcheck.ground.entity import fold
from claimcheck.models import Document

__all__ = ["Gold", "Score", "load", "score"]

_MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]*)\]\]")


@dataclass(frozen=True)
class Gold:
    """One marked anaphor: document, offsets in its text, the anaphor, the referent or None."""

    document_id: str
    start: int
    end: int
    anaphor: str
    referent: str | None
    source: str


@dataclass(frozen=True)
class Score:
    """What one run of the resolver got right."""

    made: int
    correct: int
    resolvable: int
    unresolvable_kept: int
    unresolvable: int
    errors: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.correct / self.made if self.made else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.resolvable if self.resolvable else 1.0


def _articles(path: Path, lang: str) -> tuple[list[Document], list[Gold]]:
    docs, golds = [], []
    blocks = re.split(r"^### ", path.read_text(encoding="utf-8"), flags=re.M)[1:]
    for block in blocks:
        header, _, body = block.partition("\n")
        doc_id, *rest = header.split()
        lines = [line for line in body.splitlines() if not line.startswith("#")]
        marked = "\n".join(lines).strip("\n") + "\n"
        text, position = [], 0
        length = 0
        for match in _MARK.finditer(marked):
            chunk = marked[position : match.start()]
            text.append(chunk)
            length += len(chunk)
            anaphor, referent = match.group(1), match.group(2).strip()
            golds.append(
                Gold(
                    doc_id,
                    length,
                    length + len(anaphor),
                    anaphor,
                    None if referent in ("", "-") else referent,
                    path.name,
                )
            )
            text.append(anaphor)
            length += len(anaphor)
            position = match.end()
        text.append(marked[position:])
        published = rest[0] if rest else None
        docs.append(Document(id=doc_id, text="".join(text), lang=lang, published=published))
    return docs, golds


def _seeds(path: Path, seeds: Path) -> tuple[list[Document], list[Gold]]:
    from claimcheck.read import read

    rows = [
        line.split("\t")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    docs = {d.id: d for d in read([seeds])}
    golds = []
    for doc_id, context, anaphor, referent in rows:
        text = docs[doc_id].text
        at = text.find(context)
        if at < 0 or text.find(context, at + 1) >= 0:
            raise ValueError(f"seeds.tsv: {context!r} is not a unique passage of {doc_id}")
        inner = context.find(anaphor)
        if inner < 0:
            raise ValueError(f"seeds.tsv: {anaphor!r} is not in {context!r}")
        wanted = referent.strip()
        golds.append(
            Gold(
                doc_id,
                at + inner,
                at + inner + len(anaphor),
                anaphor,
                None if wanted == "-" else wanted,
                path.name,
            )
        )
    return [docs[k].model_copy(update={"lang": "fr"}) for k in sorted(docs)], golds


def load(folder: Path, seeds: Path) -> list[tuple[list[Document], list[Gold]]]:
    """The benchmark's sets: (documents, gold anaphors) for fr.txt, en.txt and seeds.tsv.

    `folder` is `fixtures/anaphora`, `seeds` the folder of the seed articles.
    """
    return [
        _articles(folder / "fr.txt", "fr"),
        _articles(folder / "en.txt", "en"),
        _seeds(folder / "seeds.tsv", seeds),
    ]


def _fold(name: str) -> str:
    return re.sub(r"\s+", " ", fold(name)).strip()


def score(documents: list[Document], golds: list[Gold]) -> Score:
    """Ground the documents and score their resolutions against the gold anaphors."""
    from claimcheck.pipeline import _claims

    made = correct = 0
    errors: list[str] = []
    hit: set[int] = set()
    for claim in _claims(documents):
        for res in claim.resolutions:
            made += 1
            match = next(
                (
                    k
                    for k, g in enumerate(golds)
                    if g.document_id == claim.document_id
                    and g.start < res.end
                    and res.start < g.end
                ),
                None,
            )
            gold = golds[match] if match is not None else None
            if gold is not None:
                hit.add(match)  # type: ignore[arg-type]
            if gold is not None and gold.referent and _fold(gold.referent) == _fold(res.referent):
                correct += 1
            else:
                want = "unmarked" if gold is None else (gold.referent or "unresolved")
                errors.append(
                    f"{claim.document_id}: {res.anaphor!r} -> {res.referent!r} (gold: {want})"
                )
    resolvable = sum(1 for g in golds if g.referent)
    unresolvable = [k for k, g in enumerate(golds) if not g.referent]
    kept = sum(1 for k in unresolvable if k not in hit)
    return Score(made, correct, resolvable, kept, len(unresolvable), tuple(errors))
