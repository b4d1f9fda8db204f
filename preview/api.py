"""Statistics and findings as JSON, in the shapes ``l10n stats`` and ``l10n check`` print."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

from preview.lookup import known_catalog
from preview.store import current_store
from toolkit.errors import ToolkitError

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.get("/stats")
def stats() -> Response:
    """Every catalog's statistics; a catalog that cannot be read is listed under ``errors``."""
    store = current_store()
    files, errors = [], []
    for slug in store.documents():
        for code in store.languages():
            try:
                audit = store.audit(code, slug)
            except ToolkitError as error:
                errors.append(error_dict(store.relative(error.path or ""), error))
                continue
            if audit is not None:
                files.append(audit.stats.as_dict())
    return jsonify({"files": files, "errors": errors})


@bp.get("/<lang>/<slug>/stats")
def catalog_stats(lang: str, slug: str) -> Response:
    """One catalog's statistics."""
    store = current_store()
    known_catalog(store, lang, slug)
    audit = store.audit(lang, slug)
    return jsonify(audit.stats.as_dict())  # type: ignore[union-attr]


@bp.get("/<lang>/<slug>/findings")
def findings(lang: str, slug: str) -> Response:
    """One catalog's statistics and findings, as ``l10n check --format json`` reports a file."""
    store = current_store()
    known_catalog(store, lang, slug)
    audit = store.audit(lang, slug)
    assert audit is not None
    return jsonify(
        {
            "path": audit.path,
            "language": audit.language,
            "stats": audit.stats.as_dict(),
            "findings": [finding.as_dict() for finding in audit.findings],
        }
    )


def error_dict(path: str, error: ToolkitError) -> dict[str, object]:
    return {"path": path, "line": error.line, "message": error.message, "error": str(error)}
