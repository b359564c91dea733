"""feature matrices -> calibrated probabilities: the small logistic models claimcheck ships.

Two decisions are learned rather than tuned by hand: whether two articles report one event
(`claimcheck.stories`) and whether two claims state one fact (`claimcheck.pairs`). Each is a
logistic regression over a few language-neutral features, fitted by
`python -m benchmarks.fit_scorers` on annotated data nobody here wrote (ECB+ topics 1-35, the
real French/English dev sets) plus the project's fixtures, and shipped as a JSON file in
`claimcheck/data/`: feature names, standardisation, coefficients, the threshold in use and
the held-out figures measured when it was fitted. A logistic model is calibrated by
construction on data like its training data (it maximises the likelihood of the labels); the
fitting script reports the calibration error on held-out topics.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
import numpy.typing as npt

from claimcheck.errors import UsageError

__all__ = ["LogisticModel", "fit_logistic", "load_model"]

Matrix = npt.NDArray[np.float64]


@dataclass(frozen=True)
class LogisticModel:
    """P(y = 1 | x) = sigmoid(intercept + coef · (x - mean) / scale)."""

    features: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    def logit(self, x: Matrix) -> npt.NDArray[np.float64]:
        """Log-odds of each row of `x` (columns in the order of `features`)."""
        x = np.asarray(x, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != len(self.features):
            raise UsageError(
                f"expected a matrix of {len(self.features)} feature columns "
                f"({', '.join(self.features)}), got shape {x.shape}"
            )
        z = (x - np.asarray(self.mean)) / np.asarray(self.scale)
        return np.asarray(z @ np.asarray(self.coef) + self.intercept, dtype=np.float64)

    def probability(self, x: Matrix) -> npt.NDArray[np.float64]:
        """P(same) of each row, in [0, 1]."""
        return 1.0 / (1.0 + np.exp(-np.clip(self.logit(x), -40.0, 40.0)))

    def to_json(self) -> dict[str, Any]:
        """The JSON form shipped in `claimcheck/data/`."""
        return {
            "features": list(self.features),
            "coef": list(self.coef),
            "intercept": self.intercept,
            "mean": list(self.mean),
            "scale": list(self.scale),
            "threshold": self.threshold,
            "meta": self.meta,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LogisticModel:
        """Read the JSON form; a file whose columns disagree is refused."""
        names = tuple(str(f) for f in data["features"])
        columns = [data["coef"], data["mean"], data["scale"]]
        if any(len(c) != len(names) for c in columns):
            raise UsageError(
                f"a logistic model lists {len(names)} features but its coefficients, means or "
                "scales have another length; refit it with `python -m benchmarks.fit_scorers`"
            )
        return cls(
            features=names,
            coef=tuple(float(v) for v in data["coef"]),
            intercept=float(data["intercept"]),
            mean=tuple(float(v) for v in data["mean"]),
            scale=tuple(float(v) for v in data["scale"]),
            threshold=float(data.get("threshold", 0.5)),
            meta=dict(data.get("meta", {})),
        )


@cache
def load_model(name: str) -> LogisticModel:
    """The packaged model `claimcheck/data/<name>.json`."""
    text = (resources.files("claimcheck") / "data" / f"{name}.json").read_text("utf-8")
    return LogisticModel.from_json(json.loads(text))


def fit_logistic(
    x: Matrix,
    y: npt.NDArray[np.float64],
    features: tuple[str, ...],
    *,
    weights: npt.NDArray[np.float64] | None = None,
    l2: float = 1.0,
    iterations: int = 50,
) -> LogisticModel:
    """Maximum-likelihood logistic regression with an L2 penalty, by Newton's method (IRLS).

    Columns are standardised first (a constant column gets scale 1), so the penalty treats
    every feature alike; `weights` balances data sets of different sizes.
    """
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = np.ones(len(y)) if weights is None else np.asarray(weights, dtype=np.float64)
    mean = np.average(x, axis=0, weights=w)
    scale = np.sqrt(np.average((x - mean) ** 2, axis=0, weights=w))
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    beta = np.zeros(z.shape[1])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0  # the intercept is not shrunk
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ beta, -40, 40)))
        gradient = z.T @ (w * (y - p)) - penalty * beta
        hessian = (z * (w * p * (1 - p))[:, None]).T @ z + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.max(np.abs(step)) < 1e-8:
            break
    return LogisticModel(
        features=features,
        coef=tuple(float(v) for v in beta[1:]),
        intercept=float(beta[0]),
        mean=tuple(float(v) for v in mean),
        scale=tuple(float(v) for v in scale),
    )
