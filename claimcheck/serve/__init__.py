"""A store -> a local web application and JSON API (`claimcheck serve`): FastAPI on uvicorn.

Pages (server-rendered, no script framework, nothing loaded from the network): claim search,
stories, a fact with its sides side by side, review forms. API: `POST /api/check`,
`POST /api/ingest`, `GET /api/search`, `GET /api/findings`, `GET|POST /api/reviews`; the
OpenAPI schema at `/openapi.json`. Needs the `serve` extra (`pip install 'claimcheck[serve]'`).
"""

from __future__ import annotations

import ipaddress
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

    from claimcheck.embed import Embedder

__all__ = ["create_app", "is_loopback", "run"]


def is_loopback(host: str) -> bool:
    """Whether `host` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def create_app(
    store_path: str | Path,
    *,
    embedder: Embedder | None = None,
    token: str | None = None,
    max_body: int = 20 * 1024 * 1024,
    **options: Any,
) -> FastAPI:
    """The ASGI application on the store at `store_path` (see `claimcheck.serve.app`)."""
    from claimcheck.serve.app import create_app as build

    return build(store_path, embedder=embedder, token=token, max_body=max_body, **options)


def run(
    store_path: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    embedder: Embedder | None = None,
    scope: str = "story",
) -> None:
    """Serve the store until interrupted (uvicorn, one process); `scope`: what a check aligns,
    compares and judges (`claimcheck.serve.service.Service.scope`)."""
    import uvicorn

    app = create_app(store_path, embedder=embedder, token=token, scope=scope)
    uvicorn.run(app, host=host, port=port, log_level="warning")
