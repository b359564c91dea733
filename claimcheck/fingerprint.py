"""installed package -> a fingerprint of what grounds claims (this code, its data, its libraries).

Claims a store keeps were grounded by some version of claimcheck; they are reused only while
the code that would ground them again is the same. The fingerprint hashes every file of the
package (a changed rule or table is a new fingerprint, released or not), the versions of the
libraries grounding calls (number words, fuzzy matching, text repair, word frequencies) and
the Unicode database of the interpreter.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import sys
import unicodedata
from functools import cache
from pathlib import Path

__all__ = ["code_fingerprint"]

_LIBRARIES = ("text2num", "rapidfuzz", "ftfy", "wordfreq")


@cache
def code_fingerprint() -> str:
    """32 hex digits, the same in every process that would ground a text the same way."""
    digest = hashlib.blake2b(digest_size=16)
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    for name in _LIBRARIES:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\0".encode())
    digest.update(f"python={sys.version_info[:2]} unicode={unicodedata.unidata_version}".encode())
    return digest.hexdigest()
