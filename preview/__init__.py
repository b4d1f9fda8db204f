"""The preview: every article in every language, rendered straight from the PO files.

A Flask application built by ``create_app`` (no module-level app). One
blueprint per area of the site:

* ``reader``: ``/`` (sends the reader to their language), ``/<lang>/`` and
  ``/<lang>/<slug>/`` (the article, as a reader sees it);
* ``review``: ``/<lang>/<slug>/review`` (source and translation side by side);
* ``dashboard``: ``/dashboard`` (every article in every language);
* ``api``: ``/api/...`` (statistics and findings as JSON).

Configuration is layered: the defaults below, then ``preview.cfg`` in the
instance folder (or the file named by ``L10N_PREVIEW_SETTINGS``) when there
is one, then the mapping given to ``create_app``. ``PROJECT_ROOT`` is the
project folder (``l10n -C DIR preview``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import Flask


def create_app(test_config: Mapping[str, Any] | None = None) -> Flask:
    """Build the preview application for the project at ``PROJECT_ROOT``."""
    app = Flask(
        __name__,
        instance_relative_config=True,
        static_folder="static",
        static_url_path="/assets",
    )
    app.jinja_options = {**app.jinja_options, "trim_blocks": True, "lstrip_blocks": True}
    app.config.from_mapping(
        PROJECT_ROOT=".",
        DEBUG=False,
        TESTING=False,
        # Stylesheets and scripts change with the code, not with translations.
        SEND_FILE_MAX_AGE_DEFAULT=300,
    )
    app.config.from_pyfile("preview.cfg", silent=True)
    app.config.from_envvar("L10N_PREVIEW_SETTINGS", silent=True)
    if test_config is not None:
        app.config.from_mapping(test_config)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]
    # "/fr//ketamine/" is a 404 like any other unknown path, not a redirect to a known one.
    app.url_map.merge_slashes = False

    from preview import api, dashboard, errors, i18n, reader, review, security, store

    store.init_app(app)
    i18n.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    app.register_blueprint(reader.bp)
    app.register_blueprint(review.bp)
    app.register_blueprint(dashboard.bp)
    app.register_blueprint(api.bp)
    return app
