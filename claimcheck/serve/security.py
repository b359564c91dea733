"""Requests -> allowed or refused: bearer token, login cookie, CSRF token, body size limit."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from typing import Any

__all__ = ["CSRF_COOKIE", "SESSION_COOKIE", "BodyLimit", "Guard"]

CSRF_COOKIE = "cc_csrf"
SESSION_COOKIE = "cc_session"


class Guard:
    """What a token (or none) allows: API callers send `Authorization: Bearer T`, people log in
    once with it (an HttpOnly cookie derived from it); every form carries a CSRF token that
    must equal its cookie (double submit)."""

    def __init__(self, token: str | None) -> None:
        self.token = token
        self.session = (
            hmac.new(token.encode("utf-8"), b"claimcheck-session", hashlib.sha256).hexdigest()
            if token
            else None
        )

    def api_allowed(self, authorization: str | None) -> bool:
        """Whether an API request may proceed."""
        if self.token is None:
            return True
        scheme, _, given = (authorization or "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(
            given.strip().encode("utf-8"), self.token.encode("utf-8")
        )

    def page_allowed(self, session: str | None) -> bool:
        """Whether a page request carries the login cookie (always, without a token)."""
        if self.session is None:
            return True
        return session is not None and hmac.compare_digest(session, self.session)

    def login(self, given: str) -> bool:
        """Whether `given` is the token."""
        return self.token is not None and hmac.compare_digest(
            given.encode("utf-8"), self.token.encode("utf-8")
        )

    @staticmethod
    def new_csrf() -> str:
        return secrets.token_urlsafe(32)

    @staticmethod
    def csrf_ok(cookie: str | None, field: str | None) -> bool:
        """The form's token equals its cookie's (a page of another site can set neither)."""
        return bool(cookie and field) and hmac.compare_digest(
            str(cookie).encode("utf-8"), str(field).encode("utf-8")
        )


class _TooLarge(Exception):
    pass


class BodyLimit:
    """ASGI middleware: a request body over `limit` bytes is answered 413, never read whole."""

    def __init__(self, app: Any, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.limit:
            await self._refuse(send)
            return
        seen = 0
        started = False

        async def limited() -> Any:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise _TooLarge
            return message

        async def watched(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited, watched)
        except _TooLarge:
            if not started:
                await self._refuse(send)

    async def _refuse(self, send: Any) -> None:
        body = json.dumps(
            {
                "error": "E413",
                "message": f"request body over {self.limit} bytes; send fewer articles at once",
            }
        ).encode("utf-8")
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
