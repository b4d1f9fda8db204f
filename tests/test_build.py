"""``l10n build``: the static site, its links, its sitemap and its reproducibility."""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner, Result

from preview import create_app
from tests.shipped import (
    DURATION,
    INTRO,
    SHIPPED,
    break_catalog,
    copy_shipped_project,
    make_fuzzy,
    make_untranslated,
)
from toolkit.cli import cli
from toolkit.project import Project
from toolkit.site import SitePage, SitePlan, plan_site, render_sitemap

LANGUAGES = ("en", *SHIPPED)
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return copy_shipped_project(tmp_path / "project")


@pytest.fixture
def build(root: Path, tmp_path: Path):
    """Run ``l10n -C root build --out tmp/dist`` with extra arguments."""
    out = tmp_path / "dist"

    def run(*args: str) -> Result:
        return CliRunner().invoke(
            cli, ["-C", str(root), "build", "--out", str(out), *args], catch_exceptions=False
        )

    run.out = out  # type: ignore[attr-defined]
    return run


class Links(HTMLParser):
    """Every URL a page refers to (href, src, meta refresh) and every script element."""

    def __init__(self, html: str):
        super().__init__()
        self.urls: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self._in_script = False
        self.inline_script = ""
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        for name in ("href", "src"):
            if found.get(name):
                self.urls.append(found[name])  # type: ignore[arg-type]
        if tag == "meta" and (found.get("http-equiv") or "").lower() == "refresh":
            self.urls.append(found["content"].split("url=", 1)[1])  # type: ignore[union-attr]
        if tag == "script":
            self.scripts.append(found)
            self._in_script = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.inline_script += data


def site_files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}


def test_every_complete_language_is_published(build):
    result = build()
    assert result.exit_code == 0, result.output
    files = set(site_files(build.out))
    assert {f"{code}/ketamine/index.html" for code in LANGUAGES} <= files
    assert {f"{code}/index.html" for code in LANGUAGES} <= files
    assert {"index.html", "sitemap.xml", "assets/site.css", "assets/choose-language.js"} <= files
    assert len(files) == 2 * len(LANGUAGES) + 4
    assert "skipped" not in result.output
    assert result.output.count("written: ") == len(files)


def test_pages_are_the_articles_in_their_language_without_preview_tools(build):
    build()
    french = (build.out / "fr" / "ketamine" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr" dir="ltr">' in french
    assert "<h1>Kétamine\u00a0: les bases scientifiques de son fonctionnement</h1>" in french
    assert "Tous les articles" in french  # the interface speaks the page's language
    assert "review" not in french and "dashboard" not in french
    arabic = (build.out / "ar" / "ketamine" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in arabic
    assert "(<bdi>PTSD</bdi>)" in arabic
    assert "Content-Security-Policy" in french and "script-src &#39;self&#39;" in french


def test_the_article_is_the_previews_article(build, root):
    build()
    built = (build.out / "es" / "ketamine" / "index.html").read_text(encoding="utf-8")
    served = create_app({"PROJECT_ROOT": str(root)}).test_client().get("/es/ketamine/")
    article = re.compile(r"<article class=\"article\">.*?</article>", re.DOTALL)
    assert article.search(built).group(0) == article.search(served.get_data(as_text=True)).group(0)


def test_every_link_is_relative_and_leads_to_a_file(build):
    build()
    out = build.out
    checked = 0
    for path in out.rglob("*.html"):
        links = Links(path.read_text(encoding="utf-8"))
        for url in links.urls:
            parts = urlsplit(url)
            if parts.scheme in ("http", "https"):
                assert "peacevalleyrecovery.com" in url, (path, url)  # the article's own link
                continue
            assert not parts.scheme and not parts.netloc and not url.startswith("/"), (path, url)
            if not parts.path:
                continue
            target = (path.parent / unquote(parts.path)).resolve()
            if url.endswith("/"):
                target = target / "index.html"
            assert target.is_file(), (path.relative_to(out), url)
            assert out.resolve() in target.parents
            checked += 1
    assert checked > 100
    assert '"../../assets/site.css"' in (out / "de" / "ketamine" / "index.html").read_text()


def test_the_root_page_sends_readers_to_their_language_without_inline_script(build):
    build()
    html = (build.out / "index.html").read_text(encoding="utf-8")
    links = Links(html)
    assert links.scripts == [{"src": "assets/choose-language.js", "defer": None}]
    assert links.inline_script.strip() == ""
    assert (
        '<noscript><meta http-equiv="refresh" content="0; url=en/ketamine/index.html"></noscript>'
        in html
    )
    for code, bcp47, name in (("pt_BR", "pt-BR", "Português (Brasil)"), ("ar", "ar", "العربية")):
        assert f'<a href="{code}/ketamine/index.html" hreflang="{bcp47}" lang="{bcp47}"' in html
        assert f">{name}</a>" in html
    script = (build.out / "assets" / "choose-language.js").read_text(encoding="utf-8")
    assert "navigator.languages" in script


def test_no_page_holds_inline_script(build):
    build()
    for path in build.out.rglob("*.html"):
        links = Links(path.read_text(encoding="utf-8"))
        assert links.inline_script.strip() == "", path
        assert all(script.get("src") for script in links.scripts), path


def test_the_sitemap_lists_every_page_with_its_alternates(build):
    build("--base-url", "https://health.example.org/articles")
    tree = ET.parse(build.out / "sitemap.xml")
    urls = tree.getroot().findall(f"{SITEMAP}url")
    base = "https://health.example.org/articles/"
    assert [u.find(f"{SITEMAP}loc").text for u in urls] == [
        f"{base}{code}/ketamine/" for code in LANGUAGES
    ]
    for url in urls:
        alternates = {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        assert alternates == {
            "en": f"{base}en/ketamine/",
            "ar": f"{base}ar/ketamine/",
            "de": f"{base}de/ketamine/",
            "es": f"{base}es/ketamine/",
            "fr": f"{base}fr/ketamine/",
            "pt-BR": f"{base}pt_BR/ketamine/",
            "zh-CN": f"{base}zh_CN/ketamine/",
            "x-default": f"{base}en/ketamine/",
        }
    french = (build.out / "fr" / "ketamine" / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="alternate" hreflang="pt-BR" href="{base}pt_BR/ketamine/">' in french
    assert f'<link rel="alternate" hreflang="x-default" href="{base}en/ketamine/">' in french


def test_without_a_base_url_the_sitemap_is_relative():
    plan = SitePlan((SitePage("en", "a"), SitePage("fr", "a"), SitePage("en", "b")), ())
    assert render_sitemap(plan).decode() == (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
        "  <url>\n"
        "    <loc>en/a/</loc>\n"
        '    <xhtml:link rel="alternate" hreflang="en" href="en/a/"/>\n'
        '    <xhtml:link rel="alternate" hreflang="fr" href="fr/a/"/>\n'
        '    <xhtml:link rel="alternate" hreflang="x-default" href="en/a/"/>\n'
        "  </url>\n"
        "  <url>\n"
        "    <loc>fr/a/</loc>\n"
        '    <xhtml:link rel="alternate" hreflang="en" href="en/a/"/>\n'
        '    <xhtml:link rel="alternate" hreflang="fr" href="fr/a/"/>\n'
        '    <xhtml:link rel="alternate" hreflang="x-default" href="en/a/"/>\n'
        "  </url>\n"
        "  <url>\n"
        "    <loc>en/b/</loc>\n"
        '    <xhtml:link rel="alternate" hreflang="en" href="en/b/"/>\n'
        '    <xhtml:link rel="alternate" hreflang="x-default" href="en/b/"/>\n'
        "  </url>\n"
        "</urlset>\n"
    )


def test_rebuilding_unchanged_input_writes_identical_bytes(build, tmp_path, root):
    build()
    first = site_files(build.out)
    times = {p: p.stat().st_mtime_ns for p in build.out.rglob("*") if p.is_file()}
    result = build()
    assert result.output.count("unchanged: ") == len(first)
    assert "written: " not in result.output
    assert site_files(build.out) == first
    assert {p: p.stat().st_mtime_ns for p in build.out.rglob("*") if p.is_file()} == times
    elsewhere = tmp_path / "elsewhere"
    CliRunner().invoke(cli, ["-C", str(root), "build", "--out", str(elsewhere)])
    assert site_files(elsewhere) == first
    digest = hashlib.sha256(b"".join(first[name] for name in sorted(first))).hexdigest()
    assert digest  # a stable site could be checked against a published hash


def test_incomplete_languages_are_left_out(build, root):
    make_fuzzy(root, "de", INTRO)
    make_untranslated(root, "es", DURATION)
    result = build()
    assert result.exit_code == 0
    assert "skipped: de/ketamine (97% translated, 1 fuzzy, 0 untranslated)" in result.output
    assert "skipped: es/ketamine (97% translated, 0 fuzzy, 1 untranslated)" in result.output
    files = site_files(build.out)
    assert "de/ketamine/index.html" not in files and "es/ketamine/index.html" not in files
    assert "de/index.html" not in files
    assert "fr/ketamine/index.html" in files
    french = files["fr/ketamine/index.html"].decode()
    assert 'hreflang="de"' not in french and 'hreflang="es"' not in french
    assert 'hreflang="ar"' in french
    sitemap = files["sitemap.xml"].decode()
    assert "de/ketamine/" not in sitemap and "es/ketamine/" not in sitemap
    assert 'hreflang="de"' not in files["index.html"].decode()


def test_include_incomplete_publishes_them_with_english_marked(build, root):
    make_fuzzy(root, "de", INTRO)
    result = build("--include-incomplete")
    assert "skipped" not in result.output
    german = (build.out / "de" / "ketamine" / "index.html").read_text(encoding="utf-8")
    assert '<p lang="en" class="l10n-fallback">This article delves' in german


def test_a_language_that_becomes_incomplete_is_removed(build, root):
    build()
    assert (build.out / "de" / "ketamine" / "index.html").is_file()
    make_fuzzy(root, "de", INTRO)
    result = build()
    assert f"removed: {build.out / 'de' / 'ketamine' / 'index.html'}" in result.output
    assert f"removed: {build.out / 'de' / 'index.html'}" in result.output
    assert not (build.out / "de").exists()


def test_a_broken_catalog_stops_the_build_before_any_file_is_written(build, root):
    break_catalog(root, "fr")
    result = build()
    assert result.exit_code == 2
    assert "locales/fr/LC_MESSAGES/ketamine.po:21:" in result.output
    assert not build.out.exists()


def test_plan_site_is_english_and_every_complete_translation(root):
    make_untranslated(root, "zh_CN", DURATION)
    plan = plan_site(Project(root))
    assert plan.languages_of("ketamine") == ["en", "ar", "de", "es", "fr", "pt_BR"]
    assert [(s.language, s.slug) for s in plan.skipped] == [("zh_CN", "ketamine")]
    everything = plan_site(Project(root), include_incomplete=True)
    assert everything.languages_of("ketamine") == list(LANGUAGES)
    assert everything.skipped == ()


def test_the_default_output_is_dist_in_the_project(root):
    result = CliRunner().invoke(cli, ["-C", str(root), "build"])
    assert result.exit_code == 0, result.output
    assert (root / "dist" / "en" / "ketamine" / "index.html").is_file()
