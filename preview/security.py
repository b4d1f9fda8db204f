"""Response headers that keep untrusted translations inert in the browser.

Translations are rendered with raw HTML off and dangerous link schemes refused
(``toolkit.render``); these headers are the second wall: no inline script can
run even if markup slipped through, no plugin, no ``<base>`` hijack, no
framing, no MIME sniffing.
"""

from __future__ import annotations

from flask import Flask, Response

CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' https:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def init_app(app: Flask) -> None:
    """Send the security headers with every response, error pages and files included."""

    @app.after_request
    def add_security_headers(response: Response) -> Response:
        for name, value in HEADERS.items():
            response.headers.setdefault(name, value)
        return response


#: The policy a static page carries in a ``<meta>`` element, where no header can be
#: sent (``frame-ancestors`` is ignored there, so it is left out).
META_CONTENT_SECURITY_POLICY = "; ".join(
    part for part in CONTENT_SECURITY_POLICY.split("; ") if not part.startswith("frame-ancestors")
)
