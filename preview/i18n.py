"""The preview's own interface in the reader's language, through the toolkit's own pipeline.

The interface strings are a second gettext domain, ``preview``, kept the way
the toolkit keeps an article's catalogs, so the same commands look after them::

    preview/locales/preview.pot                       made by write_ui_template()
    preview/locales/<lang>/LC_MESSAGES/preview.po     l10n -C preview init / update / check

Strings are marked with ``_()`` in the templates and extracted with Babel's
Jinja2 extractor. Catalogs are read at run time with ``read_po_file`` (no
compile step) and cached by file stamp, so a fix to a UI translation shows on
the next reload, like an article's.

The language of a page's interface is the language in its URL when the
interface is translated into it, else the best match of the browser's
``Accept-Language`` (Babel's ``negotiate_locale``), else English.
"""

from __future__ import annotations

import gettext as gettext_module
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from babel import negotiate_locale
from babel.messages.extract import extract_from_dir
from babel.numbers import format_percent
from flask import Flask, Response, g, request
from jinja2 import Environment, pass_context
from jinja2.runtime import Context
from markupsafe import Markup, escape

from preview.store import FileMemo, Stamp, file_stamp
from toolkit.catalog import Catalog, Message
from toolkit.checks.placeholders import has_placeholders
from toolkit.extract import keep_creation_date, now, template_header
from toolkit.fileio import write_atomic
from toolkit.locales import SOURCE_LANGUAGE, Language, get_language, normalize_code
from toolkit.pofile import read_po_file, write_po
from toolkit.project import Project

#: The folder holding ``locales/`` of the interface domain (a project of its own).
UI_ROOT = Path(__file__).resolve().parent
DOMAIN = "preview"

_METHODS = [("templates/**.html", "jinja2.ext:babel_extract")]
_OPTIONS = {
    "templates/**.html": {
        "newstyle_gettext": "true",
        "trimmed": "true",
        "trim_blocks": "true",
        "lstrip_blocks": "true",
    }
}
_COMMENT_TAG = "Translators:"


@dataclass(frozen=True)
class Translations:
    """One language's interface strings; a string without a usable translation stays English."""

    language: Language
    catalog: Catalog | None = None

    def gettext(self, message: str) -> str:
        entry = self.catalog.get(message) if self.catalog else None
        return entry.msgstr if entry is not None and entry.translated else message

    def ngettext(self, singular: str, plural: str, number: int) -> str:
        entry = self.catalog.get(singular) if self.catalog else None
        if entry is None or not entry.translated or not entry.msgstr_plural:
            return singular if number == 1 else plural
        form = self._plural(number)
        forms = entry.msgstr_plural
        return forms[form] if form < len(forms) and forms[form] else forms[0]

    @cached_property
    def _plural(self) -> Callable[[int], int]:
        expression = self.language.plural_forms.split("plural=", 1)[1].rstrip(";")
        return gettext_module.c2py(expression)


def negotiate_language(preferred: Iterable[str], available: Iterable[str]) -> str | None:
    """The best of ``available`` (gettext codes) for the ``preferred`` tags, in order.

    ``preferred`` holds browser tags (``pt-BR``, ``zh-CN``, ``fr-CA``) best first.
    A tag matches its exact code, then its bare language, then the only
    regional variant of that language (``pt`` and ``pt-PT`` read ``pt_BR``
    when that is the only Portuguese).
    """
    codes = {code.lower(): code for code in available}
    by_base: dict[str, list[str]] = {}
    for code in codes.values():
        by_base.setdefault(code.split("_")[0].lower(), []).append(code)
    aliases = {base: variants[0] for base, variants in by_base.items() if len(variants) == 1}
    wanted: list[str] = []
    for tag in preferred:
        if not tag or tag == "*":
            continue
        try:
            code = normalize_code(tag)
        except (IndexError, ValueError):
            continue
        wanted += [code, code.split("_")[0]]
    found = negotiate_locale(wanted, list(codes.values()), sep="_", aliases=aliases)
    return codes.get(found.lower()) if found else None


class UiCatalogs:
    """The interface's translations, read from ``locales/`` under ``root`` and cached."""

    def __init__(self, root: Path = UI_ROOT):
        self.project = Project(root)
        self._memo = FileMemo()

    def languages(self) -> list[str]:
        """Every language the interface is shown in, English (the source) first."""
        return [SOURCE_LANGUAGE, *self.project.languages()]

    def stamp(self, code: str) -> Stamp:
        """The stamp of ``code``'s interface catalog (None for English or a missing one)."""
        return file_stamp(self.project.catalog_path(code, DOMAIN))

    def translations(self, code: str) -> Translations:
        language = get_language(code)
        if code == SOURCE_LANGUAGE or code not in self.project.languages():
            return Translations(language)
        path = self.project.catalog_path(code, DOMAIN)
        return self._memo.get(
            code, file_stamp(path), lambda: Translations(language, read_po_file(path))
        )

    def choose(self, url_language: str | None, accepted: Iterable[str]) -> str:
        """The interface language of a page: its URL's language, else the browser's choice."""
        languages = self.languages()
        if url_language in languages:
            return url_language  # type: ignore[return-value]
        return negotiate_language(accepted, languages) or SOURCE_LANGUAGE


# --- templates -------------------------------------------------------------------------------


# Jinja's newstyle gettext takes what these return for markup; escaping here keeps
# a translation (untrusted, like every translation) from adding any.


@pass_context
def _context_gettext(context: Context, message: str) -> Markup:
    return escape(context["ui"].gettext(message))


@pass_context
def _context_ngettext(context: Context, singular: str, plural: str, number: int) -> Markup:
    return escape(context["ui"].ngettext(singular, plural, number))


@pass_context
def _context_percent(context: Context, value: float) -> str:
    return format_percent(value / 100, "#,##0.#%", locale=context["ui"].language.code)


def install_gettext(environment: Environment) -> None:
    """Make ``_()`` and ``|percent`` speak the language of the ``ui`` template variable.

    The translations travel with each render (the ``ui`` context variable), so
    one environment serves every language at once, in the preview's threads
    and in the static build alike.
    """
    environment.add_extension("jinja2.ext.i18n")
    environment.policies["ext.i18n.trimmed"] = True
    environment.install_gettext_callables(  # type: ignore[attr-defined]
        _context_gettext, _context_ngettext, newstyle=True
    )
    environment.filters["percent"] = _context_percent


def init_app(app: Flask) -> None:
    """Pick each request's interface language and hand its translations to the templates."""
    catalogs = UiCatalogs()
    app.extensions["l10n_ui"] = catalogs
    install_gettext(app.jinja_env)

    @app.before_request
    def choose_interface_language() -> None:
        url_language = (request.view_args or {}).get("lang")
        code = catalogs.choose(url_language, request.accept_languages.values())
        g.ui = catalogs.translations(code)
        g.ui_negotiated = code != url_language

    @app.after_request
    def vary_on_accept_language(response: Response) -> Response:
        if g.get("ui_negotiated"):
            response.vary.add("Accept-Language")
        return response

    @app.context_processor
    def interface_translations() -> dict[str, object]:
        return {"ui": g.get("ui") or catalogs.translations(SOURCE_LANGUAGE)}


# --- the template ----------------------------------------------------------------------------


def extract_ui_messages(created: str | None = None, root: Path = UI_ROOT) -> Catalog:
    """The ``preview`` template: every ``_()`` string of the templates, in file order.

    The same string in two places is one entry with both references; a
    ``{# Translators: … #}`` comment before a string becomes its ``#.``
    comment; a string with ``%(name)s`` placeholders is flagged
    ``python-format`` so ``l10n check`` verifies each translation keeps them.
    """
    entries: dict[str, Message] = {}
    found = extract_from_dir(
        root,
        _METHODS,
        _OPTIONS,
        comment_tags=(_COMMENT_TAG,),
        strip_comment_tags=True,
    )
    for filename, line, message, comments, _context in found:
        if not isinstance(message, str) or not message:
            continue
        reference = f"{Path(filename).as_posix()}:{line}"
        known = entries.get(message)
        if known is None:
            flags = ("python-format",) if has_placeholders(message, "python-format") else ()
            entries[message] = Message(
                msgid=message,
                extracted_comments=tuple(comments),
                references=(reference,),
                flags=flags,
            )
            continue
        extra = tuple(c for c in comments if c not in known.extracted_comments)
        entries[message] = Message(
            msgid=message,
            extracted_comments=known.extracted_comments + extra,
            references=(*known.references, reference),
            flags=known.flags,
        )
    header = template_header(DOMAIN, created or now())
    return Catalog((header, *entries.values()))


def ui_template_path(root: Path = UI_ROOT) -> Path:
    return Project(root).template_path(DOMAIN)


def render_ui_template(root: Path = UI_ROOT) -> bytes:
    """The bytes ``preview.pot`` should hold (its date kept when no entry changed)."""
    path = ui_template_path(root)
    existing = read_po_file(path) if path.exists() else None
    return write_po(keep_creation_date(extract_ui_messages(root=root), existing))


def write_ui_template(root: Path = UI_ROOT) -> bool:
    """Write ``preview/locales/preview.pot``; False when it was already current."""
    return write_atomic(ui_template_path(root), render_ui_template(root))


if __name__ == "__main__":
    changed = write_ui_template()
    print(f"{'written' if changed else 'unchanged'}: {ui_template_path()}")
