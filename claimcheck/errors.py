"""The error tree: every failure a caller can catch by type, each with a stable code.

Messages say what was received, what was expected, and what to do. The CLI prints
`claimcheck: error[CODE]: message` on one line and exits with the class's `exit_code`.
"""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base of every error claimcheck raises on purpose."""

    code = "E000"
    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.message = message
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]}"


class InputError(ClaimcheckError):
    """An input path or article cannot be read or understood."""

    code = "E100"
    exit_code = 2


class UsageError(ClaimcheckError):
    """Options or arguments that do not fit together."""

    code = "E200"
    exit_code = 2


class EmbedderError(ClaimcheckError):
    """The embedder cannot be loaded or failed to embed."""

    code = "E300"
    exit_code = 3


class OutputError(ClaimcheckError):
    """The report cannot be written."""

    code = "E400"
    exit_code = 4
