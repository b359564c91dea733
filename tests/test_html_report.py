"""Report -> HTML: content and escaping checked in Python, behaviour checked in headless Chromium.

The browser tests drive Debian's /usr/bin/chromium through Playwright (never a downloaded
browser); when it is missing they fail, they do not skip: CI installs it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from markupsafe import escape

import claimcheck
from claimcheck.models import (
    Claim,
    Cluster,
    Component,
    Discrepancy,
    Document,
    Highlight,
    Report,
    Side,
)
from claimcheck.report import FORMATS, render
from claimcheck.report.html import to_html

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
SVG = '"><svg onload=alert(1)>'
JS_URL = "javascript:alert(1)"


# --- a hand-made hostile report -------------------------------------------------------------


def _claim(doc: Document, cid: str, part: str, cluster: str, status: str) -> Claim:
    start = doc.text.index(part)
    return Claim(
        id=cid,
        document_id=doc.id,
        start=start,
        end=start + len(part),
        text=part,
        normalized=part,
        sentence=0,
        lang="en",
        status=status,  # type: ignore[arg-type]
        cluster_id=cluster,
    )


def _hostile() -> Report:
    one = Document(
        id='"><script>alert("id")</script>',
        title=f"{SCRIPT} title",
        url=JS_URL,
        published="2024-05-01",
        lang="en",
        text=f"The mayor said {SCRIPT} on Monday. Then {IMG} and {SVG} appeared. "
        f'See <a href="{JS_URL}">{JS_URL}</a> now. Reversed \u202eevil\u202c text.',
    )
    two = Document(id="doc <b>2</b>", text="The mayor spoke on Tuesday about it.", lang="en")
    a = _claim(one, "a#1", f"The mayor said {SCRIPT} on Monday.", "c1", "conflicting")
    b = _claim(two, "b#1", two.text, "c1", "conflicting")
    c = _claim(one, "a#2", f"Then {IMG} and {SVG} appeared.", "c2", "single-source")
    d = _claim(one, "a#3", f'See <a href="{JS_URL}">{JS_URL}</a> now.', "c3", "single-source")
    e = _claim(one, "a#4", "Reversed \u202eevil\u202c text.", "c4", "single-source")
    hl_a = one.text.index(SCRIPT)
    hl_b = two.text.index("Tuesday")
    return Report(
        generator=Component(name="claimcheck", version="test"),
        embedder=Component(name="<b>embedder</b>", version="0"),
        settings={},
        documents=(one, two),
        claims=(a, b, c, d, e),
        clusters=(
            Cluster(
                id="c1",
                claim_ids=("a#1", "b#1"),
                document_ids=(one.id, two.id),
                status="conflicting",
            ),
            Cluster(id="c2", claim_ids=("a#2",), document_ids=(one.id,), status="single-source"),
            Cluster(id="c3", claim_ids=("a#3",), document_ids=(one.id,), status="single-source"),
            Cluster(id="c4", claim_ids=("a#4",), document_ids=(one.id,), status="single-source"),
        ),
        discrepancies=(
            Discrepancy(
                id="d1",
                cluster_id="c1",
                kind="date",
                sides=(
                    Side(
                        value=SCRIPT,
                        claim_ids=("a#1",),
                        document_ids=(one.id,),
                        highlights=(Highlight(claim_id="a#1", start=hl_a, end=hl_a + len(SCRIPT)),),
                    ),
                    Side(
                        value="Tuesday",
                        claim_ids=("b#1",),
                        document_ids=(two.id,),
                        highlights=(Highlight(claim_id="b#1", start=hl_b, end=hl_b + 7),),
                    ),
                ),
                explanation=f"{IMG} vs Tuesday",
            ),
        ),
        warnings=(SVG,),
    )


class _Tags(HTMLParser):
    """Every start tag and its attributes, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


@pytest.mark.parametrize("fragment", [False, True])
def test_hostile_report_is_inert(fragment: bool) -> None:
    html = to_html(_hostile(), fragment=fragment)
    tags = _tags(html)
    assert [t for t, _ in tags].count("script") == 1  # ours, at the end
    assert not {"img", "svg", "iframe", "object", "embed"} & {t for t, _ in tags}
    assert "<b>2</b>" not in html and str(escape("doc <b>2</b>")) in html
    for tag, attrs in tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "action"):
                assert value and value.startswith(("#", "http://", "https://")), (tag, value)
    assert "<script>alert" not in html and "<img" not in html and "<svg" not in html
    assert "javascript:" not in re.sub(r">[^<]*<", "><", html)  # only ever as text
    assert str(escape(SCRIPT)) in html
    assert str(escape(IMG)) in html
    assert str(escape(SVG)) in html
    assert str(escape(f'<a href="{JS_URL}">')) in html
    assert "\u202e" not in html and "\u202c" not in html
    assert "[U+202E]evil[U+202C]" in html
    assert f'<mark class="cc-hl">{escape(SCRIPT)}</mark>' in html


def test_fragment_is_scoped() -> None:
    report = _hostile()
    page, fragment = to_html(report), to_html(report, fragment=True)
    assert page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
    assert fragment.lstrip().startswith('<div class="cc-report"')
    assert not re.search(r"<(html|head|body|meta)[\s>]", fragment)
    style = fragment.split("<style>", 1)[1].split("</style>", 1)[0]
    for rule in re.findall(r"(?:^|})\s*([^{}@]+)\{", style):
        for selector in rule.split(","):
            assert selector.strip().startswith(".cc-report"), selector
    ids = re.findall(r'\sid="([^"]+)"', fragment)
    assert ids and all(re.fullmatch(r"cc[0-9a-f]{8}-[a-z0-9-]+", i) for i in ids)
    assert len(ids) == len(set(ids))


def test_registered() -> None:
    assert "html" in FORMATS
    report = _hostile()
    assert render(report, "html") == to_html(report)


# --- the seeds report ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_report() -> Report:
    return claimcheck.check([str(ROOT / "seeds") + "/"])


@pytest.fixture(scope="module")
def seeds_html(seeds_report: Report) -> str:
    return to_html(seeds_report)


@pytest.mark.model
def test_seeds_content(seeds_report: Report, seeds_html: str) -> None:
    html = seeds_html
    for discrepancy in seeds_report.discrepancies:
        assert str(escape(" ".join(discrepancy.explanation.split()))) in html
    assert '<mark class="cc-hl">mercredi 10 juin</mark>' in html
    assert '<mark class="cc-hl">vendredi dernier</mark>' in html
    for doc in seeds_report.documents:
        assert str(escape(doc.id)) in html
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    for href in re.findall(r'href="#([^"]+)"', html):
        assert href in ids, href
    assert html.index('data-status="conflicting"') < html.index('data-status="corroborated"')


# --- in a real browser -----------------------------------------------------------------------


class _Page:
    """A page with its console errors, page errors and dialogs recorded."""

    def __init__(self, browser: Any, path: Path, javascript: bool = True) -> None:
        if isinstance(browser, str):
            pytest.fail(browser, pytrace=False)
        self.context = browser.new_context(
            viewport={"width": 1280, "height": 900}, java_script_enabled=javascript
        )
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_load_state("load")

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture(scope="module")
def seeds_file(seeds_html: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "seeds report.html"
    path.write_text(seeds_html, encoding="utf-8")
    return path


def _visible(locator: Any) -> int:
    return sum(1 for i in range(locator.count()) if locator.nth(i).is_visible())


@pytest.mark.model
def test_browser_seeds(browser: Any, seeds_file: Path) -> None:
    view = _Page(browser, seeds_file)
    page = view.page
    card = page.locator("article.cc-card", has=page.locator("mark", has_text="vendredi dernier"))
    assert card.count() == 1 and card.is_visible()
    assert card.get_attribute("data-status") == "conflicting"
    for words in ("mercredi 10 juin", "vendredi dernier"):
        mark = card.locator("mark.cc-hl", has_text=words).first
        assert mark.is_visible()
        colour = mark.evaluate("el => getComputedStyle(el).backgroundColor")
        assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), colour

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)

    corroborated = page.locator("article.cc-card[data-status=corroborated]")
    conflicting = page.locator("article.cc-card[data-status=conflicting]")
    assert _visible(corroborated) == corroborated.count() > 0
    status_box = page.locator("input[data-filter=status][value=corroborated]")
    status_box.uncheck()
    assert _visible(corroborated) == 0
    assert _visible(conflicting) == conflicting.count() > 0
    status_box.check()
    assert _visible(corroborated) == corroborated.count()

    kinds = page.locator("input[data-filter=kind]:not([disabled])")
    for i in range(kinds.count()):
        kinds.nth(i).uncheck()
    assert _visible(conflicting) == 0 and not card.is_visible()
    assert _visible(corroborated) == corroborated.count()
    page.locator("input[data-filter=kind][value=date]").check()
    assert card.is_visible()
    date_cards = page.locator("article.cc-card[data-kinds~=date]")
    assert _visible(date_cards) == date_cards.count() < conflicting.count() + 1

    link = card.locator("a.cc-goto", has_text="004_").first
    anchor = (link.get_attribute("href") or "").lstrip("#")
    link.click()
    target = page.locator(f"[id='{anchor}']")
    section = page.locator("details.cc-doc", has=target)
    assert section.get_attribute("open") is not None
    current = section.locator(".cc-span.cc-current")
    assert current.count() >= 1 and "vendredi dernier" in " ".join(current.all_inner_texts())
    page.wait_for_function(
        "() => document.querySelector('.cc-current').getBoundingClientRect().top < innerHeight"
    )
    assert page.evaluate("location.hash") == f"#{anchor}"
    assert view.errors == []


@pytest.mark.model
def test_browser_without_javascript(browser: Any, seeds_file: Path) -> None:
    view = _Page(browser, seeds_file, javascript=False)
    page = view.page
    assert not page.locator(".cc-filters").is_visible()
    cards = page.locator("article.cc-card")
    assert _visible(cards) == cards.count() > 0


def test_browser_hostile(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    path.write_text(to_html(_hostile()), encoding="utf-8")
    view = _Page(browser, path)
    page = view.page
    page.wait_for_timeout(300)
    assert view.dialogs == []
    assert page.get_by_text(SCRIPT, exact=False).first.is_visible()
    assert page.locator("mark.cc-hl", has_text=SCRIPT).is_visible()
    assert page.locator("img, svg, iframe").count() == 0
    assert page.locator("a[href^='javascript' i]").count() == 0
    assert page.locator("script").count() == 1
    for details in page.locator("details").all():
        details.evaluate("el => { el.open = true; }")
    page.wait_for_timeout(100)
    text = page.locator("body").inner_text()
    assert IMG in text and SVG in text and JS_URL in text and "doc <b>2</b>" in text
    assert view.dialogs == [] and view.errors == []
