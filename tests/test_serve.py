"""`claimcheck serve`, for real: uvicorn on a free loopback port, httpx against the API,
headless Chromium (Debian's, through Playwright) clicking through a review.

The browser test fails, never skips, when /usr/bin/chromium is missing: CI installs it.
"""

from __future__ import annotations

import gc
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from articles_review import AGREE_A, AGREE_B, DISAGREE, FR_A, FR_B, HOSTILE

from claimcheck.cli import main
from claimcheck.embed import Embedder
from claimcheck.serve import create_app, is_loopback
from claimcheck.store import SQLiteStore

pytestmark = pytest.mark.model


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """The application under uvicorn in a thread, on 127.0.0.1 only."""

    def __init__(self, store: Path, embedder: Embedder, **options: Any) -> None:
        self.app = create_app(store, embedder=embedder, **options)
        self.port = _free_port()
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.02)
        self.url = f"http://127.0.0.1:{self.port}"

    def client(self, **kwargs: Any) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=120, **kwargs)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=30)
        assert not self.thread.is_alive()


@pytest.fixture
def server(tmp_path: Path, embedder: Embedder) -> Iterator[Server]:
    running = Server(tmp_path / "corpus.db", embedder)
    yield running
    running.stop()


def _ingest(client: httpx.Client, *articles: dict[str, Any]) -> list[str]:
    response = client.post("/api/ingest", json=list(articles))
    assert response.status_code == 200, response.text
    return list(response.json()["added"])


def test_api_review_survives_a_restart_and_changes_the_check(
    tmp_path: Path, embedder: Embedder
) -> None:
    store = tmp_path / "corpus.db"
    first = Server(store, embedder)
    try:
        with first.client() as client:
            assert sorted(_ingest(client, AGREE_A, AGREE_B, FR_A)) == sorted(
                [AGREE_A["id"], AGREE_B["id"], FR_A["id"]]
            )
            assert _ingest(client, FR_B) == [FR_B["id"]]
            assert _ingest(client, AGREE_A) == []  # already stored
            checked = client.post("/api/check?add=false", json=DISAGREE).json()
            assert checked["failed"] is True
            (finding,) = [f for f in checked["findings"] if f["kind"] == "number"]
            ref = finding["ref"]
            assert re.fullmatch(r"d-[0-9a-f]{8}", ref) and finding["review_state"] is None
            hits = client.get("/api/search", params={"q": "timber warehouse"}).json()
            assert {h["document_id"] for h in hits} >= {AGREE_A["id"], AGREE_B["id"]}
            assert client.get("/api/search", params={"q": "fissure pont"}).json()
            assert client.get("/api/search", params={"q": "zzzunknownword"}).json() == []
            assert client.get("/api/findings").json() == []  # the stored corpus agrees
            posted = client.post(
                "/api/reviews",
                json={"ref": ref, "action": "dismiss", "reviewer": "Ana", "note": "two fires"},
            )
            assert posted.status_code == 201, posted.text
            assert posted.json()["at"].endswith("Z")
            unknown = client.post(
                "/api/reviews", json={"ref": "d-00000000", "action": "dismiss", "reviewer": "A"}
            )
            assert unknown.status_code == 404 and "unknown" in unknown.json()["message"]
            schema = client.get("/openapi.json").json()
            assert {"/api/check", "/api/ingest", "/api/search", "/api/findings"} <= set(
                schema["paths"]
            )
            assert "/api/reviews" in schema["paths"]
    finally:
        first.stop()
    second = Server(store, embedder)  # a fresh process would read the same file
    try:
        with second.client() as client:
            (kept,) = client.get("/api/reviews").json()
            assert kept["ref"] == ref and kept["note"] == "two fires"
            checked = client.post("/api/check", json=DISAGREE).json()  # added this time
            assert checked["failed"] is False
            (finding,) = [f for f in checked["findings"] if f["kind"] == "number"]
            assert finding["ref"] == ref and finding["review_state"] == "dismissed"
            assert finding["review"]["reviewer"] == "Ana"
            found = client.get("/api/findings").json()  # now in the stored corpus
            assert [f["review_state"] for f in found if f["ref"] == ref] == ["dismissed"]
            assert client.get("/api/findings", params={"state": "open"}).json() == [
                f for f in found if f["ref"] != ref
            ]
    finally:
        second.stop()
    with SQLiteStore(store) as db:
        assert db.integrity() == "ok"


def test_the_index_loads_once_and_catches_up_in_memory(server: Server) -> None:
    service = server.app.state.service
    with server.client() as client:
        _ingest(client, AGREE_A, AGREE_B)
        (held,) = service._indexes.values()  # loaded when the ingest brought it up to date
        assert client.post("/api/check?add=false", json=DISAGREE).json()["failed"] is True
        _ingest(client, FR_A)
        assert client.post("/api/check?add=false", json=FR_B).status_code == 200
    (again,) = service._indexes.values()
    assert again is held  # the same object, never opened from disk again
    with SQLiteStore(server.app.state.service.path) as db:
        assert len(again) == len(db._vector_rows(service.embedder.name)[0])
        assert again.last == int(db._vector_rows(service.embedder.name)[0][-1])


def test_a_check_runs_on_one_blas_thread_with_the_same_outcome(
    tmp_path: Path, embedder: Embedder
) -> None:
    """The service checks on one BLAS thread (threadpoolctl) and leaves the process's
    setting alone afterwards; the outcome is the one `check_new` gives on every thread."""
    from threadpoolctl import threadpool_info

    from claimcheck.pipeline import check_new
    from claimcheck.serve.service import Service

    def blas_threads() -> list[int]:
        return [int(p["num_threads"]) for p in threadpool_info() if p["user_api"] == "blas"]

    service = Service(tmp_path / "corpus.db", embedder=embedder)
    service.ingest([AGREE_A, AGREE_B, FR_A])
    before = blas_threads()
    seen: list[list[int]] = []
    original = service._one_blas_thread

    def watched() -> Any:
        limit = original()  # in force from here until the check leaves it
        seen.append(blas_threads())
        return limit

    service._one_blas_thread = watched  # type: ignore[method-assign]
    served = [service.check([doc], add=False) for doc in (DISAGREE, FR_B)]
    assert seen == [[1] * len(before)] * 2 and blas_threads() == before
    with SQLiteStore(service.path) as store:
        direct = [
            check_new(
                [doc],
                store,
                add=False,
                embedder=embedder,
                settings=service.settings,
                scope=service.scope,
            )
            for doc in (DISAGREE, FR_B)
        ]
    assert served[0].failed and served[0].findings
    for a, b in zip(served, direct, strict=True):
        assert (a.failed, a.findings, a.story_of) == (b.failed, b.findings, b.story_of)
        assert a.report.claims == b.report.claims


def test_forms_without_their_csrf_token_are_refused(server: Server) -> None:
    with server.client() as client:
        page = client.get("/search")
        assert page.status_code == 200
        token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text)
        assert token is not None
        form = {"ref": "d-00000000", "action": "dismiss", "reviewer": "Eve", "note": "x"}
        assert client.post("/reviews", data=form).status_code == 403
        assert client.post("/reviews", data={**form, "csrf": "forged"}).status_code == 403
    with server.client() as stranger:  # another site's page: no cookie of ours
        refused = stranger.post("/reviews", data={**form, "csrf": token.group(1)})
        assert refused.status_code == 403
    with server.client() as client:  # a JSON API call must say it is JSON (no simple POST)
        plain = client.post("/api/ingest", content=b"{}", headers={"content-type": "text/plain"})
        assert plain.status_code == 415


def test_binding_another_address_needs_a_token(tmp_path: Path, capsys) -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.20")
    code = main(["serve", "--store", str(tmp_path / "s.db"), "--host", "0.0.0.0"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "--token" in err[0]
    assert not (tmp_path / "s.db").exists()


def test_the_command_line_serves_on_loopback(tmp_path: Path) -> None:
    """`claimcheck serve` as a person starts it: a process of its own, 127.0.0.1 by default."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "claimcheck.cli", "serve", "--store", str(tmp_path / "s.db"),
         "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env={**os.environ, "HF_HUB_OFFLINE": "1"},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "claimcheck serve did not start"
                time.sleep(0.2)
        assert response.status_code == 200 and "/api/check" in response.json()["paths"]
        ingested = httpx.post(
            f"http://127.0.0.1:{port}/api/ingest", json=[AGREE_A, AGREE_B], timeout=120
        )
        assert sorted(ingested.json()["added"]) == sorted([AGREE_A["id"], AGREE_B["id"]])
    finally:
        process.terminate()
        process.wait(timeout=30)
    with SQLiteStore(tmp_path / "s.db") as db:
        assert db.integrity() == "ok" and len(db.documents()) == 2


def test_a_token_guards_the_api_and_the_pages(tmp_path: Path, embedder: Embedder) -> None:
    running = Server(tmp_path / "s.db", embedder, token="s3cret-token")
    try:
        with running.client() as client:
            assert client.get("/api/search", params={"q": "fire"}).status_code == 401
            bad = {"Authorization": "Bearer wrong"}
            assert client.get("/api/search", params={"q": "x"}, headers=bad).status_code == 401
            good = {"Authorization": "Bearer s3cret-token"}
            assert client.get("/api/search", params={"q": "x"}, headers=good).status_code == 200
            page = client.get("/search")
            assert page.status_code == 303 and page.headers["location"] == "/login"
            login = client.get("/login")
            csrf = re.search(r'name="csrf" value="([^"]+)"', login.text)
            assert csrf is not None
            wrong = client.post("/login", data={"token": "nope", "csrf": csrf.group(1)})
            assert wrong.status_code == 403
            right = client.post("/login", data={"token": "s3cret-token", "csrf": csrf.group(1)})
            assert right.status_code == 303
            assert client.get("/search").status_code == 200
    finally:
        running.stop()


def test_every_text_is_escaped(server: Server) -> None:
    with server.client() as client:
        _ingest(client, HOSTILE, AGREE_A)
        hits = client.get("/api/search", params={"q": "mayor"}).json()
        assert hits and hits[0]["document_id"] == HOSTILE["id"]
        for url in (
            "/search?q=mayor",
            "/search?q=<script>alert(1)</script>",
            "/fact?" + str(httpx.QueryParams({"claim": hits[0]["claim_id"]})),
            "/stories",
        ):
            page = client.get(url)
            assert page.status_code == 200, url
            assert "<script>alert" not in page.text and "<img src=x" not in page.text, url
            assert "Content-Security-Policy" in page.headers
        assert "&lt;script&gt;" in client.get("/search?q=mayor").text


def test_a_body_over_the_limit_is_refused(tmp_path: Path, embedder: Embedder) -> None:
    running = Server(tmp_path / "s.db", embedder, max_body=2000)
    try:
        with running.client() as client:
            big = {"id": "big", "text": "The council met on Monday. " * 200}
            assert client.post("/api/ingest", json=big).status_code == 413
            small = client.post("/api/ingest", json={**big, "text": "The council met on Monday."})
            assert small.status_code == 200
    finally:
        running.stop()
    with SQLiteStore(tmp_path / "s.db") as db:
        assert [d.id for d in db.documents()] == ["big"]


def test_concurrent_writers_never_corrupt_the_store(server: Server, tmp_path: Path) -> None:
    articles = [
        {
            "id": f"conc-{i}",
            "lang": "en",
            "text": f"The school in district {i} reopened on Monday after {i + 2} weeks of works.",
        }
        for i in range(6)
    ]
    errors: list[str] = []

    def ingest_one(article: dict[str, Any]) -> None:
        with server.client() as client:
            response = client.post("/api/ingest", json=article)
            if response.status_code != 200:
                errors.append(response.text)

    def search() -> None:
        with server.client() as client:
            for _ in range(5):
                if client.get("/api/search", params={"q": "school"}).status_code != 200:
                    errors.append("search failed")

    threads = [threading.Thread(target=ingest_one, args=(a,)) for a in articles]
    threads += [threading.Thread(target=search) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not errors
    with server.client() as client:
        reviews = []

        def mark(claim_id: str) -> None:
            with server.client() as c:
                r = c.post(
                    "/api/reviews", json={"ref": claim_id, "action": "wrong", "reviewer": "R"}
                )
                reviews.append(r.status_code)

        hits = client.get("/api/search", params={"q": "school", "limit": 100}).json()
        assert len(hits) >= 6
        markers = [threading.Thread(target=mark, args=(h["claim_id"],)) for h in hits[:4]]
        for thread in markers:
            thread.start()
        for thread in markers:
            thread.join(timeout=300)
        assert reviews == [201] * 4
        assert len(client.get("/api/reviews").json()) == 4
    with SQLiteStore(tmp_path / "corpus.db") as db:
        assert db.integrity() == "ok"
        assert sorted(d.id for d in db.documents()) == sorted(a["id"] for a in articles)


def test_browser_dismisses_a_finding(browser: Any, server: Server) -> None:
    if isinstance(browser, str):
        pytest.fail(browser, pytrace=False)
    with server.client() as client:
        _ingest(client, AGREE_A, AGREE_B, DISAGREE)
    context = browser.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{server.url}/findings")
    row = page.locator("tr.sv-finding", has_text="workers")
    assert row.count() == 1 and row.get_attribute("data-state") == "open"
    ref = row.get_attribute("data-ref")
    row.locator("a").click()
    page.wait_for_load_state("load")
    section = page.locator(f'section.sv-review[data-ref="{ref}"]')
    section.locator('input[name="reviewer"]').fill("Chloé")
    section.locator('input[name="note"]').fill("different fires <b>on the quay</b>")
    section.locator('button[value="dismiss"]').click()
    page.wait_for_load_state("load")
    state = page.locator(f'section.sv-review[data-ref="{ref}"] .sv-state')
    assert state.get_attribute("data-state") == "dismissed"
    assert "different fires <b>on the quay</b>" in state.inner_text()  # shown as text
    assert page.locator(".cc-card .cc-review.cc-r-dismissed").count() >= 1
    page.goto(f"{server.url}/findings")
    assert page.locator(f'tr.sv-finding[data-ref="{ref}"]').get_attribute("data-state") == (
        "dismissed"
    )
    assert not errors, errors
    context.close()


def test_a_story_scoped_service_checks_within_the_new_articles_story(
    tmp_path: Path, embedder: Embedder
) -> None:
    """A service checks with `scope="story"` by default, and gives the outcome
    `check_new(scope="story")` gives; an unknown scope is refused when the service starts,
    not on its first check."""
    from claimcheck.errors import UsageError
    from claimcheck.pipeline import check_new
    from claimcheck.serve.service import Service

    with pytest.raises(UsageError, match="scope"):
        Service(tmp_path / "other.db", embedder=embedder, scope="cluster")
    service = Service(tmp_path / "corpus.db", embedder=embedder)
    assert service.scope == "story"
    service.ingest([AGREE_A, AGREE_B, FR_A, HOSTILE])
    served = service.check([DISAGREE], add=False)
    with SQLiteStore(service.path) as store:
        direct = check_new(
            [DISAGREE], store, add=False, embedder=embedder, settings=service.settings,
            scope="story",
        )  # fmt: skip
    assert served.failed and served.findings
    assert (served.failed, served.findings, served.story_of) == (
        direct.failed,
        direct.findings,
        direct.story_of,
    )
    story = served.story_of[DISAGREE["id"]]
    assert [s.id for s in served.report.stories] == [story]
    assert FR_A["id"] not in {d.id for d in served.report.documents}  # another story's


def test_what_the_service_ingests_its_checks_read_without_grounding_again(
    tmp_path: Path, embedder: Embedder
) -> None:
    """The service ingests with the memo engine its checks use, so the first check that reads
    an ingested article finds its claims remembered (same outcome as a fresh `check_new`)."""
    from claimcheck.pipeline import check_new
    from claimcheck.serve.service import Service

    service = Service(tmp_path / "corpus.db", embedder=embedder)
    service.ingest([AGREE_A, AGREE_B, FR_A])
    engine = service._engine
    with SQLiteStore(service.path) as store:
        stored = store.documents()
    assert len(stored) == 3 and all(engine.recall(doc) is not None for doc in stored)
    # what the ingest left is set aside from the collector's full passes, the claims included
    assert gc.get_freeze_count() > 0
    held = engine.recall(stored[0])
    walked = {id(o) for o in gc.get_objects()}  # the collector's generations, frozen ones not
    assert held is not None and held[1] and not any(id(c) in walked for c in held[1])
    served = service.check([DISAGREE], add=False)
    with SQLiteStore(service.path) as store:
        direct = check_new(
            [DISAGREE], store, add=False, embedder=embedder, settings=service.settings,
            scope=service.scope,
        )  # fmt: skip
    assert (served.failed, served.findings) == (direct.failed, direct.findings)
    assert served.report.claims == direct.report.claims
