"""Language codes, plural forms, names and text direction, all from Babel (CLDR).

Codes are spelled as gettext spells them (``pt_BR``, ``zh_CN``); Babel is the one
source of truth for what a code means, so a misspelt code is refused rather
than silently creating a catalog nobody can use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from babel import Locale, UnknownLocaleError
from babel.messages.plurals import get_plural

from toolkit.errors import LocaleError

#: The language articles and the preview's interface are written in: every source
#: text is English, and it is always published.
SOURCE_LANGUAGE = "en"

_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*(?:@[A-Za-z0-9]+)?$")


@dataclass(frozen=True)
class Language:
    """A language a catalog is written in.

    Its names and writing direction are read from CLDR on first use: checking
    a catalog needs only its plural forms, and reading a locale's CLDR data
    costs more than checking a small catalog.
    """

    code: str
    nplurals: int
    plural_forms: str

    @cached_property
    def _locale(self) -> Locale:
        return Locale.parse(self.code.split("@")[0])

    @cached_property
    def english_name(self) -> str:
        return self._locale.english_name or self.code

    @cached_property
    def native_name(self) -> str:
        return self._locale.get_display_name(self._locale) or self.code

    @cached_property
    def direction(self) -> str:
        """``ltr`` or ``rtl``."""
        return self._locale.text_direction

    @property
    def bcp47(self) -> str:
        """The code as HTML's ``lang`` and ``hreflang`` attributes want it."""
        return self.code.split("@")[0].replace("_", "-")


def normalize_code(code: str) -> str:
    """``pt-br`` and ``pt_BR`` alike become gettext's ``pt_BR``."""
    code = code.strip()
    base, _, modifier = code.partition("@")
    parts = re.split(r"[_-]", base)
    parts = [parts[0].lower()] + [
        part.upper() if len(part) == 2 else part.title() for part in parts[1:]
    ]
    return "_".join(parts) + (f"@{modifier}" if modifier else "")


#: Language codes whose data (CLDR symbols, units, negation words) a process keeps
#: once built: more codes than CLDR has locales, so a run over catalogs in many
#: languages, in any order, builds each language's data once.
LANGUAGES_KEPT = 1024


@lru_cache(maxsize=LANGUAGES_KEPT)
def get_language(code: str) -> Language:
    """The language for a gettext code; ``LocaleError`` when CLDR does not know it."""
    if not code or not _CODE.match(code):
        raise LocaleError(f"{code!r} is not a language code (expected e.g. fr, pt_BR, zh_CN)")
    gettext_code = normalize_code(code)
    try:
        locale = Locale.parse(gettext_code.split("@")[0])
    except (UnknownLocaleError, ValueError):
        raise LocaleError(
            f"unknown language {code!r}: not a locale CLDR knows (expected e.g. fr, pt_BR, zh_CN)"
        ) from None
    plural = get_plural(locale)
    return Language(
        code=gettext_code, nplurals=plural.num_plurals, plural_forms=plural.plural_forms
    )
