"""tokens around a number -> whose age it is, and whether a range is a change (for `quantity`).

A person's age comes in the press as "Martin, 45 ans,", "un homme de 45 ans", "Smith, 45,"
(English writes the age alone, `NumberVocabulary.bare_ages`) and "the 32-year-old Smith"; the
name it follows or precedes is its holder, so that two people's ages are never compared. "De
X à Y" / "from X to Y" after a verb of change (`NumberVocabulary.change_verbs`) is a figure
changed to Y, not a range. Every word comes from the language's tables.
"""

from __future__ import annotations

from claimcheck.ground.quantity_kinds import KindReader
from claimcheck.ground.quantity_numbers import NumberReader
from claimcheck.ground.quantity_parts import Side
from claimcheck.lang.number_types import PERSON_KINDS

__all__ = ["YEAR", "PersonReader"]

YEAR = 12.0  # months: the factor of a duration in years
_OLDEST = 120  # years: a bare number above this is no age
#: words between a verb of change and its range ("rose sharply from", "raised its rate from")
_CHANGE_GAP = 3


class PersonReader(NumberReader):
    """The number reader, with the person an age belongs to and the verbs of change."""

    kinds: KindReader

    def _person(self, k: int) -> bool:
        """Token k names a person: a name (capitalised) or a noun of people."""
        low = self.low(k)
        if not self.word(k):
            return False
        if low in self.v.age_nouns:
            return True
        if self.raw(k)[0].isupper():  # a name, not a day or a month ("On Monday, 45,")
            return low not in self.v.not_nouns and low not in self.v.months
        kind = self.kinds.lemma_kind(low)
        return kind in PERSON_KINDS or kind in ("people", "children")

    def _age_start(self, side: Side) -> int:
        """The first token of an age: its opener's ("âgé de 45 ans"), else its number's."""
        opener = self.match_back(self.c.age_openers, side.a)
        return side.a if opener is None else opener[1]

    def _apposed(self, side: Side) -> bool:
        """The figure stands alone between commas or brackets after a person ("Martin, 45
        ans, a été", "Martin, âgé de 45 ans,", "the driver (27) was")."""
        a = self._age_start(side)
        before, after = self.raw(a - 1), self.raw(side.b)
        closed = (before, after) in ((",", ","), ("(", ")")) or (before == "," and after in ".;")
        return closed and self._person(a - 2) and not self.digit(side.b + 1)

    def _holder(self, k: int) -> str | None:
        """The name whose age follows at token k + 2 ("Martin" in "Jean Martin, 45 ans,"), or
        None after a common noun ("le conducteur, 27 ans,": whose is not said)."""
        return self.low(k) if self.raw(k)[:1].isupper() and self._person(k) else None

    def _holder_after(self, k: int) -> str | None:
        """The name right after an age ("the 32-year-old Klitschko", "the 36-year-old
        champion Klitschko"): a capitalised word behind at most two lower-case ones."""
        for m in range(k, min(k + 3, self.n)):
            if not self.word(m):
                return None
            if self.raw(m)[0].isupper():  # the last of the name's words: "Kathina Thomas"
                last = m
                while self.word(last + 1) and self.raw(last + 1)[0].isupper():
                    last += 1
                return self._holder(last)
        return None

    def _holder_before(self, side: Side) -> str | None:
        """The name an apposed age follows ("Jean Martin, âgé de 45 ans")."""
        return self._holder(self._age_start(side) - 2)

    def _person_age(self, side: Side) -> bool:
        """Years that are a person's age: in apposition, or after "un homme de"."""
        if self._apposed(side):
            return True
        return self.low(side.a - 1) in self.v.age_links and self._person(side.a - 2)

    def _bare_age(self, side: Side) -> bool:
        """A bare whole number a language writes as an age after a name: "Smith, 45, was"."""
        whole = side.step == 1.0 and side.base.is_integer() and not side.has_scale
        return whole and 0 < side.base <= _OLDEST and self._apposed(side)

    def _changed(self, start: int) -> bool:
        """Does a verb of change stand just before a range opener at token `start` ("est passé
        de 820 à 1 037", "rose sharply from 820 to 1,037")? The two sides are then the figure
        before and after, not the ends of a range. Only in news mode: number suites read
        "from X to Y" as the range they annotate."""
        if not self.mode.filters or not self.v.change_verbs:
            return False
        for k in range(start - 1, max(start - 1 - _CHANGE_GAP, -1), -1):
            low = self.low(k)
            if low in self.v.change_verbs:
                return True
            if not low[:1].isalpha():
                return False
        return False
