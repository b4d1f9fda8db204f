"""The overview: every article in every language, how complete and how clean."""

from __future__ import annotations

from flask import Blueprint, render_template

from preview.pages import dashboard as dashboard_model
from preview.store import current_store

bp = Blueprint("dashboard", __name__)


@bp.get("/dashboard")
def dashboard() -> str:
    """Completeness by entries and by words, fuzzy and untranslated counts, findings."""
    return render_template("dashboard.html", articles=dashboard_model(current_store()))
