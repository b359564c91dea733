"""environment -> the folder where claimcheck keeps data it derives from installed packages.

`$CLAIMCHECK_CACHE_DIR`, else `$XDG_CACHE_HOME/claimcheck`, else `~/.cache/claimcheck`;
`CLAIMCHECK_CACHE_DIR=off` turns every such cache off. What lives there is derived from a
package version (USE's parsed model, wordfreq's word lists) and is rebuilt whenever it is
missing, stale or unreadable: deleting the folder is always safe.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import IO

__all__ = ["cache_root", "write_atomically"]


def cache_root() -> Path | None:
    """The cache folder (None: caching is off)."""
    root = os.environ.get("CLAIMCHECK_CACHE_DIR")
    if root == "off":
        return None
    if root:
        return Path(root)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return Path(xdg) / "claimcheck" if xdg else Path.home() / ".cache" / "claimcheck"


def write_atomically(path: Path, save: Callable[[IO[bytes]], object]) -> None:
    """Write `path` through `save(handle)` under a temporary name, then rename it, so a
    reader never sees half a file; raises OSError when the folder cannot be written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            save(handle)
        os.replace(name, path)
    finally:
        with suppress(OSError):
            os.unlink(name)
