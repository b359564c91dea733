"""Settings: one frozen options object with packaged defaults, passed through the pipeline."""

from __future__ import annotations

from typing import Literal

from claimcheck.align import AlignOptions
from claimcheck.models import Model
from claimcheck.stories import StoryOptions

__all__ = ["Settings"]


class Settings(Model):
    """Everything a run can be told; defaults are the measured ones."""

    lang: str | None = None
    """Language of every article (fr, en); None guesses it per article."""
    align: AlignOptions = AlignOptions()
    stories: StoryOptions = StoryOptions()
    corroboration_probability: float = 0.5
    """a cluster corroborates only when the mean P(same fact) of its claim pairs from different
    documents reaches this (the pair model is calibrated: 0.5 means even odds)"""
    count: Literal["origins", "outlets"] = "origins"
    incremental_from: int = 5000
    """above this many stored claims, `check` reads only the stored articles near the new ones"""
    """what corroborates a fact: two independent origins (default), or two outlets (older rule)"""

    def flat(self) -> dict[str, str | int | float | bool | None]:
        """The settings as flat key/value pairs, for the report."""
        out: dict[str, str | int | float | bool | None] = {
            "lang": self.lang,
            "count": self.count,
            "incremental_from": self.incremental_from,
            "corroboration_probability": self.corroboration_probability,
        }
        out.update({f"stories.{k}": v for k, v in self.stories.model_dump().items()})
        out.update({f"align.{k}": v for k, v in self.align.model_dump().items()})
        return out
