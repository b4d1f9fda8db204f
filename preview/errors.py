"""Error pages: a 404 for anything unknown, the file and line for broken input.

A malformed catalog is the project's problem, not the request's, so its page
is a 500 naming ``PATH:LINE`` (relative to the project, as ``l10n check``
prints it) for that one page; every other language keeps working. Under
``/api/`` errors are JSON. Tracebacks never reach the browser.
"""

from __future__ import annotations

from flask import Flask, Response, g, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from preview.api import error_dict
from preview.pages import page_language
from preview.store import current_store
from toolkit.errors import ToolkitError

#: The status of a page whose input file cannot be read (the request itself was fine).
BROKEN_INPUT_STATUS = 500


def _wants_json() -> bool:
    return request.path.startswith("/api/")


def _page(status: int, kind: str, location: str | None = None) -> tuple[str, int]:
    return (
        render_template(
            "error.html",
            status=status,
            kind=kind,
            location=location,
            root=request.script_root + "/",
            language=page_language(g.ui.language.code if "ui" in g else "en"),
        ),
        status,
    )


def init_app(app: Flask) -> None:
    """Register the error handlers."""

    @app.errorhandler(ToolkitError)
    def broken_input(error: ToolkitError) -> Response | tuple[str, int]:
        store = current_store()
        app.logger.warning("%s", store.describe(error))
        if _wants_json():
            body = error_dict(store.relative(error.path) if error.path else "", error)
            return jsonify(body), BROKEN_INPUT_STATUS  # type: ignore[return-value]
        return _page(BROKEN_INPUT_STATUS, "broken-input", store.describe(error))

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> Response | tuple[str, int]:
        status = error.code or 500
        if _wants_json():
            return jsonify({"error": error.name, "status": status}), status  # type: ignore[return-value]
        if status == 404:
            return _page(404, "not-found")
        if status >= 500:
            return _page(status, "server-error")
        return error.get_response()
