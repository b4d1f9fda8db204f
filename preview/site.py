"""``l10n build``: the publishable static site, drawn with the preview's own templates.

``toolkit.site`` decides which pages to publish and writes them; this module
is its ``SiteRenderer``: the article, language index and root pages rendered
with the same Jinja templates, page models and interface translations as the
preview, with links that work opened from disk (``…/index.html``) and no
preview tools. The root page sends the reader to their language without any
inline script: a ``<meta http-equiv="refresh">`` to English for browsers
without JavaScript, and ``assets/choose-language.js`` to follow
``navigator.languages`` for the others.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask

from preview import create_app
from preview.i18n import UiCatalogs
from preview.pages import SOURCE, SiteLinks, article_page, language_index_page, page_language
from preview.security import META_CONTENT_SECURITY_POLICY
from preview.store import ProjectStore
from toolkit.project import Project
from toolkit.site import SiteBuild, SitePage, SitePlan, build_site, site_base

#: The files under ``preview/static`` a published site needs, by their path in the site.
ASSETS = {"assets/site.css": "site.css", "assets/choose-language.js": "choose-language.js"}


class TemplateSiteRenderer:
    """Renders site pages with the preview application's Jinja environment."""

    def __init__(self, app: Flask, base_url: str = ""):
        self.app = app
        self.store: ProjectStore = app.extensions["l10n_store"]
        self.ui: UiCatalogs = app.extensions["l10n_ui"]
        self.links = SiteLinks(index_file="index.html", base_url=site_base(base_url) or None)

    def _render(self, template: str, ui_language: str, **context: object) -> bytes:
        with self.app.app_context():
            html = self.app.jinja_env.get_template(template).render(
                ui=self.ui.translations(self.ui.choose(ui_language, ())),
                csp_meta=META_CONTENT_SECURITY_POLICY,
                **context,
            )
        return html.encode("utf-8")

    def article(self, plan: SitePlan, page: SitePage) -> bytes:
        model = article_page(
            self.store,
            page.language,
            page.slug,
            plan.languages_of(page.slug),
            self.links,
            preview=False,
        )
        return self._render("article.html", page.language, page=model)

    def language_index(self, plan: SitePlan, language: str) -> bytes:
        model = language_index_page(
            self.store, language, plan.slugs_in(language), plan.languages, self.links, False
        )
        return self._render("language_index.html", language, page=model)

    def root_index(self, plan: SitePlan) -> bytes:
        slugs = plan.slugs
        single = slugs[0] if len(slugs) == 1 else None
        choices = [
            (page_language(code), self.links.page("", code, *([single] if single else [])))
            for code in plan.languages
        ]
        default = self.links.page("", SOURCE, *([single] if single else []))
        return self._render(
            "site_index.html",
            SOURCE,
            language=page_language(SOURCE),
            root="",
            choices=choices,
            default_href=default,
        )

    def assets(self) -> dict[str, bytes]:
        static = Path(self.app.static_folder or "")
        return {name: (static / source).read_bytes() for name, source in ASSETS.items()}


def build(root: Path, out: Path, include_incomplete: bool = False, base_url: str = "") -> SiteBuild:
    """Build the site of the project at ``root`` into ``out``."""
    app = create_app({"PROJECT_ROOT": str(root)})
    renderer = TemplateSiteRenderer(app, base_url)
    return build_site(Project(root), out, renderer, include_incomplete, base_url)
