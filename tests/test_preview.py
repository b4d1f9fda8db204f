"""The preview application through Flask's test client: every route and every error path.

Each test builds a fresh app on its own copy of the shipped project, so a test
may break a catalog without another one noticing.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from preview import create_app
from preview.i18n import UiCatalogs, negotiate_language, render_ui_template, ui_template_path
from preview.pages import segment_anchor
from preview.security import CONTENT_SECURITY_POLICY
from preview.store import ProjectStore
from tests.conftest import REPO
from tests.shipped import (
    DURATION,
    DURATION_FULL,
    INTRO,
    INTRO_FULL,
    LINKED,
    SHIPPED,
    break_catalog,
    copy_shipped_project,
    edit_entry,
    make_fuzzy,
    make_untranslated,
    msgstr_line,
    set_translation,
)
from toolkit.catalog import Message
from toolkit.cli import cli
from toolkit.fileio import write_atomic
from toolkit.pofile import read_po_file

PREVIEW = REPO / "preview"


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return copy_shipped_project(tmp_path / "project")


@pytest.fixture
def app(root: Path):
    return create_app({"PROJECT_ROOT": str(root), "TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


class Elements(HTMLParser):
    """Every start tag of a page with its attributes, for asserting on structure."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def find(self, tag: str, **wanted: str) -> list[dict[str, str | None]]:
        return [
            attrs
            for name, attrs in self.tags
            if name == tag and all(attrs.get(k.rstrip("_")) == v for k, v in wanted.items())
        ]


def page(client, url: str, status: int = 200, **headers: str) -> str:
    response = client.get(url, headers=headers)
    assert response.status_code == status, (url, response.status_code)
    return response.get_data(as_text=True)


# --- the application factory -----------------------------------------------------------------


def test_the_factory_layers_defaults_and_the_test_mapping(root):
    app = create_app({"PROJECT_ROOT": str(root), "TESTING": True})
    assert app.testing and not app.debug
    assert create_app().config["PROJECT_ROOT"] == "."
    assert not create_app().debug
    assert {"reader", "review", "dashboard", "api"} <= set(app.blueprints)


def test_settings_file_from_the_environment(root, tmp_path, monkeypatch):
    settings = tmp_path / "settings.cfg"
    settings.write_text(f"PROJECT_ROOT = {str(root)!r}\n", encoding="utf-8")
    monkeypatch.setenv("L10N_PREVIEW_SETTINGS", str(settings))
    assert create_app().config["PROJECT_ROOT"] == str(root)
    assert create_app({"PROJECT_ROOT": "elsewhere"}).config["PROJECT_ROOT"] == "elsewhere"


# --- / : the reader's language ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "language"),
    [
        ("pt-BR,pt;q=0.9,en;q=0.8", "pt_BR"),
        ("zh-CN,zh;q=0.9", "zh_CN"),
        ("zh", "zh_CN"),
        ("pt-PT", "pt_BR"),
        ("fr-CA,fr;q=0.8", "fr"),
        ("de;q=0.5,ar;q=0.9", "ar"),
        ("ja,ko;q=0.5", "en"),
        ("*", "en"),
        ("", "en"),
    ],
)
def test_the_root_redirects_to_the_readers_language(client, accept, language):
    response = client.get("/", headers={"Accept-Language": accept})
    assert response.status_code == 302
    assert response.headers["Location"] == f"{language}/ketamine/"
    assert "Accept-Language" in response.headers["Vary"]


def test_several_articles_redirect_to_the_language_index(client, root):
    text = (root / "source" / "ketamine.md").read_text(encoding="utf-8")
    (root / "source" / "second.md").write_text(
        text.replace("slug: ketamine", "slug: second"), encoding="utf-8"
    )
    response = client.get("/", headers={"Accept-Language": "es"})
    assert response.headers["Location"] == "es/"
    html = page(client, "/es/")
    assert 'href="ketamine/"' in html and 'href="second/"' in html
    assert "Ketamina" in html


@pytest.mark.parametrize(
    ("preferred", "expected"),
    [
        (["pt-BR"], "pt_BR"),
        (["PT-br"], "pt_BR"),
        (["zh-Hans-CN", "zh"], "zh_CN"),
        (["en-GB"], "en"),
        (["nl", "de-AT"], "de"),
        (["nl"], None),
        ([], None),
    ],
)
def test_negotiate_language(preferred, expected):
    assert negotiate_language(preferred, ["en", *SHIPPED]) == expected


# --- the article -----------------------------------------------------------------------------


def test_the_article_in_french(client):
    html = page(client, "/fr/ketamine/")
    elements = Elements(html)
    assert elements.find("html", lang="fr", dir="ltr")
    assert "<title>Kétamine\u00a0: les bases scientifiques" in html
    assert elements.find("link", rel="stylesheet", href="../../assets/site.css")
    switcher = {a["hreflang"]: a for a in elements.find("a") if a.get("hreflang")}
    assert set(switcher) == {"en", "ar", "de", "es", "fr", "pt-BR", "zh-CN"}
    assert switcher["pt-BR"]["href"] == "../../pt_BR/ketamine/"
    assert switcher["pt-BR"]["lang"] == "pt-BR"
    assert switcher["fr"]["aria-current"] == "page"
    for name in ("Deutsch", "Español", "العربية", "Português (Brasil)", "English"):
        assert f">{name}</a>" in html
    alternates = {link["hreflang"]: link["href"] for link in elements.find("link", rel="alternate")}
    assert alternates["x-default"] == "../../en/ketamine/"
    assert alternates["zh-CN"] == "../../zh_CN/ketamine/"
    assert len(alternates) == 8
    assert "l10n-fallback" not in html
    assert 'href="review"' in html


def test_arabic_is_right_to_left_with_latin_runs_isolated(client):
    html = page(client, "/ar/ketamine/")
    assert Elements(html).find("html", lang="ar", dir="rtl")
    assert "<bdi>NMDA</bdi>" in html
    # A bracket the Latin run does not open stays outside, so it mirrors as a pair.
    assert "(<bdi>PTSD</bdi>)" in html
    assert "<bdi>NMDA</bdi> (<bdi>N</bdi>-" in html
    assert 'href="../../ar/ketamine/" lang="ar" hreflang="ar" dir="rtl"' in html


def test_english_is_the_source(client):
    html = page(client, "/en/ketamine/")
    assert Elements(html).find("html", lang="en", dir="ltr")
    assert "<h1>Ketamine: The Science Behind How It Works</h1>" in html
    assert "l10n-fallback" not in html
    assert 'href="review"' not in html


def test_missing_and_fuzzy_translations_fall_back_to_marked_english(client, root):
    make_fuzzy(root, "es", INTRO)
    make_untranslated(root, "es", DURATION)
    html = page(client, "/es/ketamine/")
    fallbacks = re.findall(r'<p lang="en" class="l10n-fallback">([^<]*)', html)
    assert fallbacks == [INTRO_FULL, DURATION_FULL]
    assert "Pasajes mostrados en inglés" in html and ": 2</p>" in html


def test_a_saved_catalog_shows_on_reload_and_is_parsed_once(client, root, monkeypatch):
    import preview.store

    reads: list[str] = []
    original = preview.store.read_po_file
    monkeypatch.setattr(
        preview.store, "read_po_file", lambda path: reads.append(str(path)) or original(path)
    )
    assert "Aperçu de la kétamine" not in page(client, "/fr/ketamine/")
    page(client, "/fr/ketamine/")
    assert len(reads) == 1
    set_translation(root, "fr", "Understanding Ketamine", "Aperçu de la kétamine")
    assert "<h2>Aperçu de la kétamine</h2>" in page(client, "/fr/ketamine/")
    assert len(reads) == 2


def test_a_catalog_edited_in_place_is_read_again(client, root):
    path = root / "locales" / "de" / "LC_MESSAGES" / "ketamine.po"
    page(client, "/de/ketamine/")
    text = path.read_text(encoding="utf-8")
    old = re.search(r'msgid "Conclusion"\nmsgstr "([^"]*)"', text).group(1)
    with path.open("w", encoding="utf-8") as handle:  # same file, same inode
        handle.write(text.replace(f'msgstr "{old}"', 'msgstr "Zusammenfassung"'))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    assert "<h2>Zusammenfassung</h2>" in page(client, "/de/ketamine/")


def test_hostile_markup_in_a_translation_is_text(client, root):
    hostile = (
        "<script>alert(1)</script> <img src=x onerror=alert(1)> "
        "[link](javascript:alert(1)) [data](data:text/html,x) [vb](VBScript:msgbox)"
    )
    set_translation(root, "fr", INTRO, hostile)
    html = page(client, "/fr/ketamine/")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script" not in html and "<img" not in html
    for scheme in ("javascript:", "data:", "vbscript:"):
        assert f'href="{scheme}' not in html.lower()
    review = page(client, "/fr/ketamine/review")
    assert "<script" not in review and "<img" not in review


# --- security --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/fr/ketamine/", "/nope/", "/dashboard", "/api/stats", "/assets/site.css"]
)
def test_every_response_carries_the_security_headers(client, url):
    response = client.get(url)
    policy = response.headers["Content-Security-Policy"]
    assert policy == CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    for directive in ("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"):
        assert directive in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_pages_hold_no_inline_script_or_style(client):
    for url in ("/fr/ketamine/", "/ar/ketamine/review", "/dashboard", "/es/"):
        html = page(client, url)
        assert "<script" not in html
        assert " style=" not in html and "<style" not in html


@pytest.mark.parametrize(
    "url",
    [
        "/xx/ketamine/",
        "/fr/nope/",
        "/../etc/passwd",
        "/fr/..%2F..%2Fetc%2Fpasswd/",
        "/%2Fetc%2Fpasswd/ketamine/",
        "/fr/%2e%2e/",
        "/fr/ketamine%00/",
        "/fr%00/ketamine/",
        "//etc/passwd",
        "/etc/passwd",
        "/fr//ketamine/",
        "/fr/ketamine/review/../../../../etc/passwd",
        "/locales/fr/",
        "/LC_MESSAGES/ketamine/",
        "/glossary.tbx/ketamine/",
        "/fr/ketamine.po/",
        "/en/ketamine/review",
        "/fr/..%5c..%5cetc/",
        "/api/xx/ketamine/findings",
        "/api/fr/..%2F..%2Fetc/findings",
        "/api/en/ketamine/findings",
        "/assets/../../locales/fr/LC_MESSAGES/ketamine.po",
    ],
)
def test_unknown_languages_slugs_and_path_tricks_are_404_without_a_file_read(
    client, app, monkeypatch, url
):
    store: ProjectStore = app.extensions["l10n_store"]
    built: list[tuple[str, str]] = []
    original = store.catalog_path
    monkeypatch.setattr(
        store, "catalog_path", lambda code, slug: built.append((code, slug)) or original(code, slug)
    )
    # A path without its final slash is first redirected to one with it, then refused.
    response = client.get(url, follow_redirects=True)
    assert response.status_code == 404
    assert all(code in SHIPPED and slug == "ketamine" for code, slug in built), built
    if url.startswith("/api/"):
        assert response.json == {"error": "Not Found", "status": 404}


def test_a_broken_catalog_breaks_only_its_own_pages(client, root):
    break_catalog(root, "de")
    for url in ("/de/ketamine/", "/de/ketamine/review"):
        response = client.get(url, headers={"Accept-Language": "de"})
        assert response.status_code == 500
        html = response.get_data(as_text=True)
        assert "locales/de/LC_MESSAGES/ketamine.po:21:" in html
        assert str(root) not in html  # the path is shown relative, as the CLI shows it
        assert "Traceback" not in html
        assert "Andere Sprachen sind nicht betroffen" in html
    for url in ("/fr/ketamine/", "/fr/ketamine/review", "/en/ketamine/"):
        assert client.get(url).status_code == 200
    dashboard = page(client, "/dashboard")
    assert "locales/de/LC_MESSAGES/ketamine.po:21:" in dashboard
    assert dashboard.count('class="bar"') == 2 * (len(SHIPPED) - 1)
    api = client.get("/api/de/ketamine/findings")
    assert api.status_code == 500
    assert api.json["path"] == "locales/de/LC_MESSAGES/ketamine.po"
    assert api.json["line"] == 21
    stats = client.get("/api/stats").json
    assert [e["path"] for e in stats["errors"]] == ["locales/de/LC_MESSAGES/ketamine.po"]
    assert len(stats["files"]) == len(SHIPPED) - 1


def test_fixing_a_broken_catalog_shows_at_once(client, root):
    path = root / "locales" / "de" / "LC_MESSAGES" / "ketamine.po"
    good = path.read_bytes()
    break_catalog(root, "de")
    assert client.get("/de/ketamine/").status_code == 500
    write_atomic(path, good)
    assert client.get("/de/ketamine/").status_code == 200


# --- review ----------------------------------------------------------------------------------


def test_review_shows_source_and_translation_side_by_side(client):
    html = page(client, "/fr/ketamine/review")
    elements = Elements(html)
    segments = elements.find("section")
    assert len(segments) == 33
    anchors = [s["id"] for s in segments]
    assert len(set(anchors)) == 33
    assert all(elements.find("a", class_="permalink", href=f"#{a}") for a in anchors)
    assert "locales/fr/LC_MESSAGES/ketamine.po:20" in html
    assert "locales/fr/LC_MESSAGES/ketamine.po:316" in html
    assert "source/ketamine.md:5 source/ketamine.md:8" in html
    assert elements.find("div", class_="source", lang="en", dir="ltr")
    assert elements.find("div", class_="translation", lang="fr", dir="ltr")
    # Inline Markdown is shown as the translator wrote it.
    assert "](https://www.peacevalleyrecovery.com/drug-rehab/ketamine/) " in html


def test_a_saved_catalog_shows_in_the_review_on_reload(client, root):
    first = page(client, "/fr/ketamine/review")
    assert "Aperçu de la " not in first
    assert page(client, "/fr/ketamine/review") == first
    set_translation(root, "fr", "Understanding Ketamine", "Aperçu de la kétamine")
    html = page(client, "/fr/ketamine/review")
    assert 'Aperçu de la <mark class="term"' in html
    assert page(client, "/fr/ketamine/review?only=todo") != html


def test_review_highlights_glossary_terms_with_their_definition(client):
    html = page(client, "/es/ketamine/review")
    elements = Elements(html)
    terms = elements.find("mark", class_="term", tabindex="0")
    assert len(terms) > 50
    for term in terms:
        assert elements.find("span", id=term["aria-describedby"], role="tooltip")
    concepts = {term["data-concept"] for term in terms}
    assert {"ketamine", "nmda-receptor", "ptsd"} <= concepts
    tip = re.search(r'data-concept="nmda-receptor">([^<]*)<span class="tip"(.*?)</mark>', html)
    assert tip is not None
    assert "Términos aprobados:" in tip.group(2)
    assert "receptor NMDA" in tip.group(2)
    assert 'class="tip-definition" lang="en"' in tip.group(2)


def test_review_is_right_to_left_for_arabic(client):
    html = page(client, "/ar/ketamine/review")
    elements = Elements(html)
    assert elements.find("html", lang="ar", dir="rtl")
    assert elements.find("div", class_="translation", lang="ar", dir="rtl")
    assert elements.find("div", class_="source", lang="en", dir="ltr")
    assert "مراجعة الترجمة" in html
    # The Markdown shown as written keeps its URLs and Latin runs whole in Arabic text.
    assert '(<bdi dir="ltr">https://www.peacevalleyrecovery.com/drug-rehab/ketamine/</bdi>)' in html
    assert '<bdi dir="ltr">Peace Valley Recovery</bdi>' in html


def test_review_colours_findings_and_filters_without_javascript(client, root):
    linked = edit_entry(
        root, "fr", LINKED, lambda m: replace(m, msgstr=m.msgstr.replace("https://www.", "http://"))
    )
    make_fuzzy(root, "fr", INTRO)
    make_untranslated(root, "fr", DURATION)
    html = page(client, "/fr/ketamine/review")
    assert len(Elements(html).find("section")) == 33
    assert 'class="segment state-translated worst-error"' in html
    assert '<li class="finding sev-error"><span class="severity">Erreur</span>' in html
    assert "[url-mismatch]" in html
    assert 'class="segment state-fuzzy' in html and 'class="segment state-untranslated' in html
    only_findings = Elements(page(client, "/fr/ketamine/review?only=findings")).find("section")
    assert [s["id"] for s in only_findings] == [
        segment_anchor(INTRO_FULL),  # the fuzzy and untranslated checks report these two
        segment_anchor(linked.msgid),
        segment_anchor(DURATION_FULL),
    ]
    todo = Elements(page(client, "/fr/ketamine/review?only=todo")).find("section")
    assert [s["class"].split()[1] for s in todo] == ["state-fuzzy", "state-untranslated"]
    assert len(Elements(page(client, "/fr/ketamine/review?only=bogus")).find("section")) == 33
    filters = page(client, "/fr/ketamine/review?only=todo")
    assert '<a href="?only=todo" aria-current="true">' in filters


def test_review_of_a_language_without_this_catalog_is_404(client, root):
    (root / "locales" / "it" / "LC_MESSAGES").mkdir(parents=True)
    assert client.get("/it/ketamine/review").status_code == 404
    assert client.get("/api/it/ketamine/findings").status_code == 404
    # The article itself is shown, all in marked English: the title and 32 blocks.
    html = page(client, "/it/ketamine/")
    assert html.count('class="l10n-fallback"') == 33


# --- dashboard -------------------------------------------------------------------------------


def test_the_dashboard_shows_every_article_and_language(client, root):
    make_fuzzy(root, "pt_BR", INTRO)
    make_untranslated(root, "pt_BR", DURATION)
    html = page(client, "/dashboard", **{"Accept-Language": "es"})
    elements = Elements(html)
    assert elements.find("html", lang="es")
    rows = [row["id"] for row in elements.find("tr") if row.get("id")]
    assert rows == [f"{code}-ketamine" for code in SHIPPED]
    assert html.count('<svg class="bar"') == 2 * len(SHIPPED)
    row = html[html.index('id="pt_BR-ketamine"') :]
    row = row[: row.index("</tr>")]
    assert 'class="bar-fuzzy"' in row and 'class="bar-untranslated"' in row
    assert "31/33" in row
    assert '<td class="number has-fuzzy">1</td>' in row
    assert '<td class="number has-untranslated">1</td>' in row
    assert 'href="pt_BR/ketamine/review?only=findings"' in row
    assert 'href="pt_BR/ketamine/review"' in row
    assert "Panel de traducción" in html


def test_the_dashboard_counts_findings_by_severity(client, root):
    edit_entry(
        root, "fr", LINKED, lambda m: replace(m, msgstr=m.msgstr.replace("https://www.", "http://"))
    )
    html = page(client, "/dashboard")
    row = html[html.index('id="fr-ketamine"') :]
    # One wrong URL: the source's is missing, another is added.
    assert '<td class="number sev-error nonzero">2</td>' in row[: row.index("</tr>")]


# --- API -------------------------------------------------------------------------------------


def test_api_stats_is_what_l10n_stats_prints(client, root):
    body = client.get("/api/stats").json
    expected = json.loads(
        CliRunner().invoke(cli, ["-C", str(root), "stats", "--format", "json"]).stdout
    )
    assert body["files"] == expected["files"]
    assert body["errors"] == []


def test_api_findings_and_stats_of_one_catalog(client, root):
    edit_entry(
        root, "fr", LINKED, lambda m: replace(m, msgstr=m.msgstr.replace("https://www.", "http://"))
    )
    body = client.get("/api/fr/ketamine/findings").json
    assert body["path"] == "locales/fr/LC_MESSAGES/ketamine.po"
    assert body["language"] == "fr"
    assert body["stats"]["translated"] == 33
    line = msgstr_line(root / body["path"], LINKED)
    assert [(f["check"], f["severity"], f["line"]) for f in body["findings"]] == [
        ("url-mismatch", "error", line),
        ("url-mismatch", "error", line),
    ]
    assert set(body["findings"][0]) == {
        "path",
        "line",
        "msgctxt",
        "msgid",
        "check",
        "severity",
        "message",
    }
    stats = client.get("/api/zh_CN/ketamine/stats").json
    assert stats["language"] == "zh_CN" and stats["total"] == 33


# --- the interface in six languages ----------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", "Revisar esta traducción"),
        ("fr", "Relire cette traduction"),
        ("de", "Diese Übersetzung prüfen"),
        ("pt_BR", "Revisar esta tradução"),
        ("ar", "راجع هذه الترجمة"),
        ("zh_CN", "审校此译文"),
        ("en", "All articles"),
    ],
)
def test_the_interface_speaks_the_pages_language(client, code, text):
    assert text in page(client, f"/{code}/ketamine/")


def test_the_interface_falls_back_to_the_browsers_language(client):
    response = client.get("/nowhere/", headers={"Accept-Language": "zh-CN"})
    html = response.get_data(as_text=True)
    assert "找不到页面" in html
    assert Elements(html).find("html", lang="zh-CN")
    assert "Accept-Language" in response.headers["Vary"]
    dashboard = client.get("/dashboard", headers={"Accept-Language": "de-CH, fr;q=0.5"})
    assert "Übersetzungsübersicht" in dashboard.get_data(as_text=True)
    assert "Accept-Language" in dashboard.headers["Vary"]
    assert "Vary" not in client.get("/de/ketamine/").headers


def test_interface_plurals_follow_the_languages_rule():
    from preview.i18n import Translations
    from toolkit.catalog import Catalog
    from toolkit.locales import get_language

    forms = ("zero", "one", "two", "few", "many", "other")
    catalog = Catalog((Message("%(n)s file", msgid_plural="%(n)s files", msgstr_plural=forms),))
    arabic = Translations(get_language("ar"), catalog)
    assert [arabic.ngettext("%(n)s file", "%(n)s files", n) for n in (0, 1, 2, 5, 11, 100)] == [
        "zero",
        "one",
        "two",
        "few",
        "many",
        "other",
    ]
    english = Translations(get_language("en"))
    assert english.ngettext("%(n)s file", "%(n)s files", 1) == "%(n)s file"
    assert english.gettext("Languages") == "Languages"


def test_every_interface_catalog_is_complete_and_clean():
    assert UiCatalogs().languages() == ["en", *SHIPPED]
    result = CliRunner().invoke(
        cli, ["-C", str(PREVIEW), "check", "--min-complete", "100", "--fail-on", "warning"]
    )
    assert result.exit_code == 0, result.output
    assert "0 finding(s) in 6 file(s): passed" in result.output


def test_interface_catalogs_follow_the_template():
    assert render_ui_template() == ui_template_path().read_bytes(), "run python -m preview.i18n"
    template = {m.msgid for m in read_po_file(ui_template_path())}
    for code in SHIPPED:
        catalog = read_po_file(PREVIEW / "locales" / code / "LC_MESSAGES" / "preview.po")
        assert {m.msgid for m in catalog} == template, code
        assert not catalog.obsolete


def test_interface_catalogs_are_laid_out_as_msgcat_writes_them(msgcat):
    paths = [ui_template_path(), *sorted(PREVIEW.glob("locales/*/LC_MESSAGES/preview.po"))]
    assert len(paths) == 7
    for path in paths:
        assert msgcat(path) == path.read_bytes(), path


def test_an_interface_translation_cannot_inject_markup(tmp_path):
    from preview.i18n import Translations, install_gettext
    from toolkit.catalog import Catalog
    from toolkit.locales import get_language

    hostile = Catalog((Message("Languages", '"><script>alert(1)</script>'),))
    from jinja2 import Environment

    environment = Environment(autoescape=True)
    install_gettext(environment)
    html = environment.from_string('<nav aria-label="{{ _("Languages") }}">').render(
        ui=Translations(get_language("fr"), hostile)
    )
    assert html == '<nav aria-label="&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">'


# --- the command -----------------------------------------------------------------------------


def test_l10n_preview_serves_on_loopback_and_prints_the_url(root, monkeypatch):
    import waitress

    started = {}

    class Server:
        effective_port = 5000

        def run(self) -> None:
            started["ran"] = True

        def close(self) -> None:
            started["closed"] = True

    def create_server(app, host, port, threads):
        started.update(app=app, host=host, port=port)
        return Server()

    monkeypatch.setattr(waitress, "create_server", create_server)
    result = CliRunner().invoke(cli, ["-C", str(root), "preview"])
    assert result.exit_code == 0, result.output
    assert result.output == f"Previewing {root} at http://127.0.0.1:5000/ (Ctrl+C stops)\n"
    assert started["host"] == "127.0.0.1" and started["port"] == 5000
    assert started["app"].config["PROJECT_ROOT"] == str(root)
    assert not started["app"].debug
    assert started["ran"] and started["closed"]


def test_l10n_preview_really_serves(root):
    import http.client

    process = subprocess.Popen(
        [sys.executable, "-m", "toolkit", "-C", str(root), "preview", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        line = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert url, line
        connection = http.client.HTTPConnection("127.0.0.1", int(url.group(1)), timeout=10)
        connection.request("GET", "/es/ketamine/")
        response = connection.getresponse()
        assert response.status == 200
        assert "Ketamina" in response.read().decode("utf-8")
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_l10n_preview_reports_a_busy_port(root, monkeypatch):
    import waitress

    def busy(*args, **kwargs):
        raise OSError(98, "Address already in use")

    monkeypatch.setattr(waitress, "create_server", busy)
    result = CliRunner().invoke(cli, ["-C", str(root), "preview", "--port", "8123"])
    assert result.exit_code == 1
    assert "cannot listen on 127.0.0.1:8123: Address already in use" in result.output
