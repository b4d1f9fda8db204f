"""Do the translation's format placeholders and line ends match the source's?

These are the defects ``msgfmt -c`` refuses to compile, because a program
formatting the string would crash or print the wrong value. A placeholder is
compared by what it consumes, as the program sees it, not by how it is
written:

* an argument taken by position (``%s``, ``%d``, ``{}``, ``%2$s``) is its
  position, one taken by name (``%(dose)s``, ``{dose}``) its name;
* each has a type (python-format and c-format): ``%s`` and ``%d`` swapped in
  ``"%s of %d"`` crash the program, while ``%d`` and ``%i``, ``%x`` and
  ``%o`` or ``%5.2f`` and ``%.2f`` take the same argument;
* a translation may use an argument twice or in another order
  (``%(name)s``, ``%2$s %1$s``, ``{1} {0}``), but must use each one the
  source does (or it drops a value) and no other (or it crashes).

Types follow GNU gettext (``format-c.c``, ``format-python.c``): in C the
size counts (``%ld`` is not ``%d``) and so does the sign (``%u`` is not
``%d``); in Python ``%a`` and ``%r`` are strings like ``%s``. Brace fields
are compared by argument (``{dose.unit}``, ``{dose!r}`` and ``{dose:>5}``
take ``dose``), as Python's ``str.format`` reads them. One form of a plural
entry may leave out an argument (the count in "one file"), never add one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from toolkit.catalog import Message
from toolkit.checks.base import Check, CheckContext
from toolkit.findings import Severity

#: An argument: its position (from 1) or its name.
Key = int | str


@dataclass(frozen=True)
class Directives:
    """What a format string asks of its arguments.

    ``types`` maps each argument to its type (the same word for every spelling
    that takes the same value), ``written`` to how the text first wrote it;
    ``mapping`` says the arguments come by name. ``error`` says why the text
    is no valid format string.
    """

    types: dict[Key, str] = field(default_factory=dict)
    written: dict[Key, str] = field(default_factory=dict)
    mapping: bool = False
    error: str | None = None


class _Invalid(ValueError):
    """Why a text is no valid format string."""


class _Arguments:
    """The arguments a format string takes, gathered directive by directive."""

    def __init__(self) -> None:
        self.types: dict[Key, str] = {}
        self.written: dict[Key, str] = {}

    def take(self, key: Key, kind: str, written: str) -> None:
        if self.types.setdefault(key, kind) != kind:
            raise _Invalid(f"{_argument(key)} is used with two types")
        self.written.setdefault(key, written)


def _percent_directives(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Each ``%`` directive of ``text``, in order; a ``%`` that starts none is an error."""
    end = 0
    for match in pattern.finditer(text):
        if "%" in text[end : match.start()]:
            break
        end = match.end()
        yield match
    if "%" in text[end:]:
        raise _Invalid("a '%' starts no valid directive")


_PYTHON = re.compile(
    r"%(?:\((?P<name>[^)]*)\))?(?P<flags>[#0 +-]*)(?P<width>\*|\d+)?"
    r"(?:\.(?P<precision>\*|\d*))?[hlL]?(?P<conversion>[diouxXeEfFgGcrsa%])"
)
_PYTHON_TYPES = {
    **dict.fromkeys("diouxX", "integer"),
    **dict.fromkeys("eEfFgG", "float"),
    "c": "character",
    **dict.fromkeys("sra", "string"),
}


def python_directives(text: str) -> Directives:
    """The arguments of a python-format string (``%s``, ``%(dose)d``, ``%*d``)."""
    arguments = _Arguments()
    named = unnamed = False
    position = 0
    try:
        for match in _percent_directives(_PYTHON, text):
            name = match["name"]
            if match["conversion"] == "%":
                if name is not None:  # Python refuses it; gettext reads an argument
                    raise _Invalid(f"'%({name})%' is no directive")
                continue
            if name is None:
                unnamed = True
                for star in (match["width"], match["precision"]):
                    if star == "*":
                        position += 1
                        arguments.take(position, "integer", "*")
                position += 1
                key: Key = position
            else:
                named = True
                key = name
            arguments.take(key, _PYTHON_TYPES[match["conversion"]], match.group())
        if named and unnamed:
            raise _Invalid("arguments are taken both by name and by position")
    except _Invalid as error:
        return Directives(error=str(error))
    return Directives(arguments.types, arguments.written, mapping=named)


_BRACE = re.compile(r"\{\{|\}\}|\{(?P<field>[^{}]*(?:\{[^{}]*\}[^{}]*)*)\}|[{}]")
_ARGUMENT = re.compile(r"[^.\[!:]*")


def brace_directives(text: str) -> Directives:
    """The arguments of a python-brace-format string (``{}``, ``{0}``, ``{dose.unit:>5}``)."""
    arguments = _Arguments()
    automatic = 0
    for match in _BRACE.finditer(text):
        whole = match.group()
        if whole in ("{{", "}}"):
            continue
        if match["field"] is None:
            return Directives(error=f"a single '{whole}' is no field")
        fields = [match["field"]]
        if "{" in fields[0]:  # a nested field in the format spec: "{dose:{width}}"
            fields += re.findall(r"\{([^{}]*)\}", fields[0])
        for body in fields:
            argument = _ARGUMENT.match(body).group()  # type: ignore[union-attr]
            key: Key
            if argument == "":
                automatic += 1
                key = automatic
            elif argument.isdigit():
                key = int(argument) + 1
            else:
                key = argument
            arguments.take(key, "any", whole if body is fields[0] else "{" + body + "}")
    return Directives(arguments.types, arguments.written)


_C = re.compile(
    r"%(?:(?P<number>\d+)\$)?(?P<flags>[-+ #0'I]*)"
    r"(?P<width>\*(?:\d+\$)?|\d+)?(?:\.(?P<precision>\*(?:\d+\$)?|\d*))?"
    r"(?P<size>hh|h|ll|l|L|q|j|z|Z|t)?(?P<conversion>[diouxXeEfFgGaAcCsSpnm%])"
)
_C_CLASSES = {
    **dict.fromkeys("di", "int"),
    **dict.fromkeys("ouxX", "unsigned int"),
    **dict.fromkeys("eEfFgGaA", "double"),
    "c": "char",
    "C": "wide char",
    "s": "string",
    "S": "wide string",
    "p": "pointer",
    "n": "count",
}
#: Sizes that are others' names: ``q`` is ``ll`` (BSD), ``Z`` is ``z`` (old glibc), and
#: an integer's ``L`` is ``ll``.
_C_SIZES = {"q": "ll", "Z": "z", "L": "ll"}


def _c_type(size: str | None, conversion: str) -> str:
    kind = _C_CLASSES[conversion]
    if size == "l" and kind in ("char", "string"):
        return "wide " + kind
    if size and kind not in ("char", "string", "pointer"):
        size = _C_SIZES.get(size, size)
        if kind == "double":
            return "long double" if size == "ll" else kind
        return f"{kind} ({size})"
    return kind


def c_directives(text: str) -> Directives:
    """The arguments of a c-format string (``%s``, ``%ld``, ``%2$s``, ``%*d``).

    As in C, arguments are taken all by number (``%2$s``) or all in order, and
    numbered ones leave none out: ``%2$s`` alone is no valid format string.
    """
    arguments = _Arguments()
    position = 0
    numbered: set[bool] = set()
    try:
        for match in _percent_directives(_C, text):
            conversion = match["conversion"]
            if conversion in "%m":
                continue  # a literal percent sign, and glibc's error text: no argument
            for star in (match["width"], match["precision"]):
                if star and star.startswith("*"):
                    number = star[1:-1]
                    position = int(number) if number else position + 1
                    numbered.add(bool(number))
                    arguments.take(position, "int", "*")
            position = int(match["number"]) if match["number"] else position + 1
            numbered.add(bool(match["number"]))
            arguments.take(position, _c_type(match["size"], conversion), match.group())
        if numbered == {True, False}:
            raise _Invalid("arguments are taken both by number and in order")
        unused = set(range(1, max(arguments.types, default=0) + 1)) - arguments.types.keys()
        if unused:
            raise _Invalid(f"argument {min(unused)} is never used")
    except _Invalid as error:
        return Directives(error=str(error))
    return Directives(arguments.types, arguments.written)


#: How each format flag reads its strings.
READERS = {
    "python-format": python_directives,
    "python-brace-format": brace_directives,
    "c-format": c_directives,
}


def has_placeholders(text: str, flag: str) -> bool:
    """Whether ``text`` takes any argument under format ``flag``."""
    return bool(READERS[flag](text).types)


def format_flags(message: Message) -> list[str]:
    return [flag for flag in READERS if flag in message.flags]


def _argument(key: Key) -> str:
    return f"argument {key!r}" if isinstance(key, str) else f"argument {key}"


def compare(source: Directives, translation: Directives, may_omit: bool = False) -> list[str]:
    """How ``translation`` takes other arguments than ``source``, as phrases.

    ``may_omit``: a plural form may leave out an argument, not add one.
    """
    if translation.error and not source.error:
        return [f"is no valid format string: {translation.error}"]
    if source.error:
        return []  # the source is the program's: nothing to compare with
    if translation.types and source.types and source.mapping != translation.mapping:
        ways = ("position", "name") if source.mapping else ("name", "position")
        return ["takes its arguments by {}, the source by {}".format(*ways)]
    problems = []
    missing = [k for k in source.types if k not in translation.types]
    if missing and not may_omit:
        problems.append("lacks " + ", ".join(source.written[k] for k in missing))
    extra = [k for k in translation.types if k not in source.types]
    if extra:
        problems.append(
            "has " + ", ".join(translation.written[k] for k in extra) + " not in the source"
        )
    for key, kind in translation.types.items():
        expected = source.types.get(key)
        if expected is not None and expected != kind:
            problems.append(
                f"has {translation.written[key]} ({kind}) for {_argument(key)}, where the "
                f"source has {source.written[key]} ({expected})"
            )
    return problems


class PlaceholderMismatch(Check):
    """The translation's format placeholders differ from the source's."""

    id = "placeholder-mismatch"
    severity = Severity.ERROR
    blocks_compile = True

    def check_message(self, message: Message, context: CheckContext) -> Iterable[str]:
        for flag in format_flags(message):
            read = READERS[flag]
            source = read(message.msgid)
            plural_source = read(message.msgid_plural) if message.msgid_plural else source
            for index, form in enumerate(message.translations):
                if not form:
                    continue
                expected = plural_source if (message.pluralizable and index > 0) else source
                where = f"msgstr[{index}]" if message.pluralizable else "translation"
                for problem in compare(expected, read(form), may_omit=message.pluralizable):
                    yield f"{where} {problem} ({flag})"


class NewlineMismatch(Check):
    """The source and translation do not both start, or both end, with a newline."""

    id = "newline-mismatch"
    severity = Severity.ERROR
    blocks_compile = True

    def check_message(self, message: Message, context: CheckContext) -> Iterable[str]:
        for form in message.translations:
            if not form:
                continue
            if message.msgid.startswith("\n") != form.startswith("\n"):
                yield "source and translation do not both begin with '\\n'"
            if message.msgid.endswith("\n") != form.endswith("\n"):
                yield "source and translation do not both end with '\\n'"
