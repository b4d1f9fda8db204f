"""The reviewer's page: source and translation side by side, with terms and findings."""

from __future__ import annotations

from flask import Blueprint, current_app, g, render_template, request

from preview.lookup import known_catalog
from preview.pages import review_filter, review_page
from preview.store import current_store

bp = Blueprint("review", __name__)


@bp.get("/<lang>/<slug>/review")
def review(lang: str, slug: str) -> str:
    """Every segment of ``slug`` in ``lang``; ``?only=findings`` or ``?only=todo`` filter."""
    store = current_store()
    known_catalog(store, lang, slug)
    only = review_filter(request.args.get("only"))
    ui_language = g.ui.language.code
    # Terms and findings make this the costliest page: its HTML is kept until an input changes.
    stamp = (store.inputs(lang, slug), current_app.extensions["l10n_ui"].stamp(ui_language))
    return store.remember(
        ("review", lang, slug, only, ui_language),
        stamp,
        lambda: render_template("review.html", page=review_page(store, lang, slug, only)),
    )
