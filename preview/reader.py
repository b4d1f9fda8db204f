"""The reader's pages: the article in one language, and where to start."""

from __future__ import annotations

from flask import Blueprint, Response, redirect, render_template, request

from preview.i18n import negotiate_language
from preview.lookup import known_article, known_language
from preview.pages import SOURCE, article_page, language_index_page
from preview.store import current_store

bp = Blueprint("reader", __name__)


@bp.get("/")
def home() -> Response:
    """Send the reader to their language: its article when there is one, else its index."""
    store = current_store()
    languages = [SOURCE, *store.languages()]
    code = negotiate_language(request.accept_languages.values(), languages) or SOURCE
    slugs = list(store.documents())
    response = redirect(f"{code}/{slugs[0]}/" if len(slugs) == 1 else f"{code}/", 302)
    response.vary.add("Accept-Language")
    return response


@bp.get("/<lang>/")
def language_index(lang: str) -> str:
    """Every article in one language."""
    store = current_store()
    code = known_language(store, lang)
    page = language_index_page(store, code, list(store.documents()), [SOURCE, *store.languages()])
    return render_template("language_index.html", page=page)


@bp.get("/<lang>/<slug>/")
def article(lang: str, slug: str) -> str:
    """The article as a reader of ``lang`` sees it, English where a translation is missing."""
    store = current_store()
    code = known_language(store, lang)
    known_article(store, slug)
    page = article_page(store, code, slug, [SOURCE, *store.languages()])
    return render_template("article.html", page=page)
