"""Service -> FastAPI application: the JSON API, the pages and their security.

Pages are Jinja2 templates with autoescaping; a fact page embeds the HTML report's own cards
(`claimcheck.report.html.to_html(..., fragment=True)`). Every page is sent with a
Content-Security-Policy that allows only this server's style sheet and the report's inline
style and script (by hash), and forms posting back here.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote

import jinja2
from fastapi import Body, FastAPI, Form, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, Field

from claimcheck import review
from claimcheck.embed import Embedder
from claimcheck.errors import ClaimcheckError
from claimcheck.models import Discrepancy, Review
from claimcheck.report.html import _asset, _sha256, to_html
from claimcheck.serve.security import CSRF_COOKIE, SESSION_COOKIE, BodyLimit, Guard
from claimcheck.serve.service import Service, stories
from claimcheck.settings import Settings

__all__ = ["create_app"]


class Article(BaseModel):
    """One article: the same object as a line of a JSONL feed (other fields are ignored)."""

    model_config = ConfigDict(extra="ignore")

    id: str
    text: str
    published: str | None = Field(default=None, description="ISO date, partial allowed")
    lang: str | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None


Articles = Annotated[Article | list[Article], Body()]


class IngestResult(BaseModel):
    added: list[str]
    warnings: list[str]


class CheckResult(BaseModel):
    new_document_ids: list[str]
    added: bool
    fail_on: str
    failed: bool
    findings: list[Discrepancy]
    counts: dict[str, int] = Field(description="the new articles' claims per status")
    warnings: list[str]


class SearchHit(BaseModel):
    claim_id: str
    document_id: str
    text: str


class ReviewRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    ref: str = Field(description="d-xxxxxxxx (a discrepancy) or a claim id / k-xxxxxxxx")
    action: Literal["confirm", "dismiss", "wrong", "retract"]
    reviewer: str = Field(min_length=1)
    note: str = ""


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        self.status, self.code, self.message = status, code, message


@functools.lru_cache(maxsize=1)
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("claimcheck.serve", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _csp() -> str:
    return (
        f"default-src 'none'; style-src 'self' '{_sha256(_asset('report.css'))}'; "
        f"script-src '{_sha256(_asset('report.js'))}'; img-src data:; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    )


def _articles(body: Article | list[Article]) -> list[dict[str, Any]]:
    items = body if isinstance(body, list) else [body]
    return [a.model_dump(exclude_none=True) for a in items]


def create_app(
    store_path: str | Path,
    *,
    embedder: Embedder | None = None,
    token: str | None = None,
    max_body: int = 20 * 1024 * 1024,
    settings: Settings | None = None,
    scope: str = "story",
) -> FastAPI:
    """The application on the store at `store_path`; the embedder loads once, here. `scope`:
    what a check aligns, compares and judges (`Service.scope`)."""
    from claimcheck import __version__

    service = Service(store_path, embedder, settings, scope=scope)
    guard = Guard(token)
    app = FastAPI(
        title="claimcheck", version=__version__, docs_url=None, redoc_url=None,
        description="Cross-check news coverage claim by claim: check and ingest articles, "
        "search claims, list findings, record review decisions.",
    )  # fmt: skip
    app.state.service = service
    app.state.guard = guard
    app.add_middleware(BodyLimit, limit=max_body)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        return JSONResponse({"error": exc.code, "message": exc.message}, status_code=exc.status)

    @app.exception_handler(ClaimcheckError)
    async def _error(request: Request, exc: ClaimcheckError) -> Response:
        status = 404 if isinstance(exc, review.UnknownReference) else 400
        if exc.exit_code == 4:
            status = 500
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": exc.code, "message": exc.message}, status_code=status)
        return _page("error.html.j2", request, status=status, message=exc.message)

    @app.middleware("http")
    async def _guard(request: Request, call_next: Any) -> Response:
        path = request.url.path
        if path.startswith("/api/"):
            if not guard.api_allowed(request.headers.get("authorization")):
                return JSONResponse(
                    {"error": "E401", "message": "send Authorization: Bearer TOKEN"},
                    status_code=401,
                    headers={"WWW-Authenticate": "Bearer"},
                )
            if request.method == "POST" and not request.headers.get("content-type", "").startswith(
                "application/json"
            ):
                return JSONResponse(
                    {"error": "E415", "message": "send the body as application/json"},
                    status_code=415,
                )
        elif path not in ("/login", "/static/serve.css") and not guard.page_allowed(
            request.cookies.get(SESSION_COOKIE)
        ):
            if request.method == "GET":
                return RedirectResponse("/login", status_code=303)
            return JSONResponse({"error": "E403", "message": "log in first"}, status_code=403)
        response: Response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def _page(name: str, request: Request, status: int = 200, **context: Any) -> HTMLResponse:
        csrf = request.cookies.get(CSRF_COOKIE) or guard.new_csrf()
        html = (
            _env().get_template(name).render(csrf=csrf, logged=guard.token is not None, **context)
        )
        response = HTMLResponse(html, status_code=status)
        response.headers["Content-Security-Policy"] = _csp()
        if request.cookies.get(CSRF_COOKIE) != csrf:
            response.set_cookie(CSRF_COOKIE, csrf, httponly=True, samesite="strict")
        return response

    def _form_guard(request: Request, csrf: str | None) -> None:
        if not guard.csrf_ok(request.cookies.get(CSRF_COOKIE), csrf):
            raise ApiError(403, "E403", "missing or wrong CSRF token: reload the page and retry")

    # --- JSON API ------------------------------------------------------------------------

    @app.post("/api/ingest", response_model=IngestResult, tags=["api"])
    def api_ingest(articles: Articles) -> IngestResult:
        """Add articles to the store (already stored ones are skipped)."""
        added, warnings = service.ingest(_articles(articles))
        return IngestResult(added=added, warnings=warnings)

    @app.post("/api/check", response_model=CheckResult, tags=["api"])
    def api_check(
        articles: Articles,
        fail_on: Literal["conflicting", "single-source", "never"] = "conflicting",
        add: bool = True,
    ) -> CheckResult:
        """Check new articles against the store (review decisions in force); add them unless
        `add=false`."""
        outcome = service.check(_articles(articles), fail_on=fail_on, add=add)
        new = set(outcome.new_document_ids)
        counts: dict[str, int] = {}
        for claim in outcome.report.claims:
            if claim.document_id in new and claim.status is not None:
                counts[claim.status] = counts.get(claim.status, 0) + 1
        return CheckResult(
            new_document_ids=list(outcome.new_document_ids),
            added=outcome.added,
            fail_on=outcome.fail_on,
            failed=outcome.failed,
            findings=list(outcome.findings),
            counts=counts,
            warnings=list(outcome.report.warnings),
        )

    @app.get("/api/search", response_model=list[SearchHit], tags=["api"])
    def api_search(
        q: Annotated[str, Query(max_length=500)], limit: Annotated[int, Query(ge=1, le=500)] = 50
    ) -> list[SearchHit]:
        """Stored claims holding every word of `q` (accents and case ignored)."""
        return [
            SearchHit(claim_id=c, document_id=d, text=t) for c, d, t in service.search(q, limit)
        ]

    @app.get("/api/findings", response_model=list[Discrepancy], tags=["api"])
    def api_findings(
        state: Literal["open", "all"] = "all",
    ) -> list[Discrepancy]:
        """The discrepancies of the stored corpus, with their review state."""
        found = service.report().discrepancies
        if state == "open":
            return [d for d in found if d.review_state not in ("dismissed", "resolved")]
        return list(found)

    @app.get("/api/reviews", response_model=list[Review], tags=["api"])
    def api_reviews() -> list[Review]:
        """The review decisions in force."""
        return service.decisions()

    @app.post("/api/reviews", response_model=Review, status_code=201, tags=["api"])
    def api_review(body: ReviewRequest) -> Review:
        """Record a decision on a discrepancy (confirm, dismiss) or a claim (wrong, retract)."""
        return service.record(body.ref, body.action, reviewer=body.reviewer, note=body.note)

    # --- pages ---------------------------------------------------------------------------

    @app.get("/static/serve.css", include_in_schema=False)
    def css() -> Response:
        source, _, _ = _env().loader.get_source(_env(), "serve.css")  # type: ignore[union-attr]
        return Response(source, media_type="text/css")

    @app.get("/", include_in_schema=False)
    def home() -> Response:
        return RedirectResponse("/search", status_code=303)

    @app.get("/login", include_in_schema=False)
    def login_page(request: Request) -> HTMLResponse:
        return _page("login.html.j2", request, failed=False)

    @app.post("/login", include_in_schema=False)
    def login(
        request: Request, token: Annotated[str, Form()], csrf: Annotated[str, Form()] = ""
    ) -> Response:
        _form_guard(request, csrf)
        if not guard.login(token):
            return _page("login.html.j2", request, status=403, failed=True)
        response = RedirectResponse("/search", status_code=303)
        assert guard.session is not None
        response.set_cookie(SESSION_COOKIE, guard.session, httponly=True, samesite="strict")
        return response

    @app.get("/search", include_in_schema=False)
    def search_page(request: Request, q: str = "") -> HTMLResponse:
        hits = service.search(q[:500]) if q.strip() else []
        return _page("search.html.j2", request, q=q, hits=hits, quote=quote)

    @app.get("/stories", include_in_schema=False)
    def stories_page(request: Request) -> HTMLResponse:
        report = service.report()
        docs = {d.id: d for d in report.documents}
        first_claim: dict[str, str] = {}
        for claim in report.claims:
            if claim.cluster_id:
                first_claim.setdefault(claim.cluster_id, claim.id)
        clusters = {c.id: c for c in report.clusters}
        return _page(
            "stories.html.j2", request, stories=stories(report), docs=docs,
            clusters=clusters, first_claim=first_claim, quote=quote,
        )  # fmt: skip

    @app.get("/findings", include_in_schema=False)
    def findings_page(request: Request) -> HTMLResponse:
        report = service.report()
        first: dict[str, str] = {}
        for d in report.discrepancies:
            ids = [c for s in d.sides for c in s.claim_ids]
            first[d.id] = ids[0] if ids else ""
        return _page(
            "findings.html.j2", request, findings=report.discrepancies, first=first,
            reviews=report.reviews, quote=quote,
        )  # fmt: skip

    @app.get("/fact", include_in_schema=False)
    def fact_page(request: Request, claim: str) -> HTMLResponse:
        found = service.fact(claim)
        if found is None:
            return _page("error.html.j2", request, status=404, message="no such fact")
        sub, cluster = found
        return _page(
            "fact.html.j2", request, claim_id=claim, cluster=cluster, report=sub,
            cards=Markup(to_html(sub, fragment=True)),  # escaped by the report's template
            claim_ref=review.claim_ref,
        )  # fmt: skip

    @app.post("/reviews", include_in_schema=False)
    def review_form(
        request: Request,
        ref: Annotated[str, Form(max_length=200)],
        action: Annotated[Literal["confirm", "dismiss", "wrong", "retract"], Form()],
        reviewer: Annotated[str, Form(max_length=200)],
        note: Annotated[str, Form(max_length=5000)] = "",
        back: Annotated[str, Form(max_length=1000)] = "",
        csrf: Annotated[str, Form()] = "",
    ) -> Response:
        _form_guard(request, csrf)
        service.record(ref, action, reviewer=reviewer, note=note)
        target = f"/fact?claim={quote(back, safe='')}" if back else "/findings"
        return RedirectResponse(target, status_code=303)

    return app
