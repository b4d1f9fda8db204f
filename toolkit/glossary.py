"""The glossary: concepts, their terms in each language, and TBX and CSV files.

A glossary is concept-oriented, as ISO 30042 (TBX) models terminology: one
concept (an idea, with an id and a definition) has terms in several languages,
and each term carries the terminologist's verdict (preferred, admitted,
deprecated, superseded). Checks ask the concept, not the string, so "PTSD" and
"post-traumatic stress disorder" count as the same thing.

The model opens no file. ``read_tbx``/``write_tbx`` speak TBX-Basic (reading
both the TBX v2 ``martif`` dialect and TBX v3 ``tbx``), ``read_csv``/
``write_csv`` a one-row-per-term sheet a terminologist can edit in a
spreadsheet. Readers refuse a bad file with a ``GlossaryError`` that names its
line: expat, not ElementTree, does the parsing because only expat reports
where each element starts, and it is told to refuse entity declarations so a
glossary can neither expand itself into gigabytes nor make us fetch a URL.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from xml.parsers import expat

from toolkit.collector import collector_paused
from toolkit.errors import GlossaryError, LocaleError
from toolkit.locales import get_language

#: The verdicts TBX's ``administrativeStatus`` can give a term, as stored in ``Term.status``.
STATUSES = ("preferred", "admitted", "deprecated", "superseded")
#: Terms a translator may use (a term without a verdict is usable too).
APPROVED = frozenset({"preferred", "admitted", None})
#: Terms a translator must not use.
FORBIDDEN = frozenset({"deprecated", "superseded"})

_TBX_STATUS = {f"{status}Term-admn-sts": status for status in STATUSES}
# The pre-TBX-Basic data category some older exports still use.
_NORMATIVE_STATUS = {f"{status}Term": status for status in STATUSES}

_XML_LANG = "http://www.w3.org/XML/1998/namespace lang"
_DNT_TYPES = frozenset({"translation needed", "translationneeded"})
_CSV_COLUMNS = (
    "concept",
    "subject_field",
    "definition",
    "note",
    "do_not_translate",
    "language",
    "term",
    "status",
    "term_type",
)
_YES = frozenset({"yes", "y", "true", "1", "x"})
_NO = frozenset({"no", "n", "false", "0", ""})


@dataclass(frozen=True)
class Term:
    """One designation of a concept in one language (gettext code, e.g. ``pt_BR``)."""

    text: str
    language: str
    status: str | None = None
    term_type: str | None = None

    @property
    def approved(self) -> bool:
        return self.status in APPROVED

    @property
    def forbidden(self) -> bool:
        return self.status in FORBIDDEN

    @cached_property
    def is_abbreviation(self) -> bool:
        """An acronym or short form, which is rendered by the target's short form.

        Remembered: checks ask it of every term they find.
        """
        if self.term_type in ("acronym", "abbreviation", "initialism", "shortForm"):
            return True
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(frozen=True)
class Concept:
    """One idea and its terms in every language the glossary covers.

    ``do_not_translate`` marks names and symbols (a clinic's name, "BDNF") that
    every translation must reproduce exactly as the source writes them.
    """

    id: str
    terms: tuple[Term, ...] = ()
    subject_field: str | None = None
    definition: str | None = None
    note: str | None = None
    do_not_translate: bool = False

    def terms_in(self, language: str) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.language == language)

    def approved(self, language: str) -> tuple[Term, ...]:
        """The terms a translator may use, preferred ones first."""
        usable = [t for t in self.terms_in(language) if t.approved]
        return tuple(sorted(usable, key=lambda t: t.status != "preferred"))

    def forbidden(self, language: str) -> tuple[Term, ...]:
        return tuple(t for t in self.terms_in(language) if t.forbidden)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.language for t in self.terms))


@dataclass(frozen=True)
class Glossary:
    """All concepts of a termbase, in file order; ids are unique."""

    concepts: tuple[Concept, ...] = ()
    _index: dict[str, Concept] = field(default_factory=dict, init=False, repr=False, compare=False)
    _languages: dict[str, None] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for concept in self.concepts:
            if concept.id in self._index:
                raise ValueError(f"two concepts share the id {concept.id!r}")
            self._index[concept.id] = concept
            self._languages.update(dict.fromkeys(concept.languages))

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def __len__(self) -> int:
        return len(self.concepts)

    def concept(self, concept_id: str) -> Concept:
        """The concept with ``concept_id``; ``KeyError`` when there is none."""
        try:
            return self._index[concept_id]
        except KeyError:
            raise KeyError(f"no concept {concept_id!r} in the glossary") from None

    @property
    def languages(self) -> tuple[str, ...]:
        """Every language some term is in, in order of first appearance."""
        return tuple(self._languages)

    def match_language(self, code: str) -> str | None:
        """The glossary language to use for a catalog in ``code``.

        The exact code first; then the bare language (a ``pt`` glossary serves
        ``pt_BR``); then the only regional variant of that language (a
        ``zh_CN`` glossary serves ``zh``). ``None`` when the glossary has no
        terms in that language, so checks stay silent rather than guess.
        """
        languages = self.languages
        if code in languages:
            return code
        base = code.split("_")[0].split("@")[0]
        if base in languages:
            return base
        variants = [lang for lang in languages if lang.split("_")[0] == base]
        return variants[0] if len(variants) == 1 else None


# --- TBX reading -----------------------------------------------------------------------------


class _Node:
    """An XML element with the line it starts on, which ElementTree cannot give."""

    __slots__ = ("attrs", "children", "line", "parts", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], line: int) -> None:
        self.tag = tag
        self.attrs = attrs
        self.line = line
        self.children: list[_Node] = []
        self.parts: list[str] = []

    @property
    def text(self) -> str:
        """All text inside the element (inline markup dropped), whitespace collapsed."""
        return _collapse("".join(self.parts))

    def find(self, *tags: str) -> Iterator[_Node]:
        return (child for child in self.children if child.tag in tags)


def _collapse(text: str | None) -> str:
    return " ".join((text or "").split())


@lru_cache(maxsize=512)
def _local(name: str) -> str:
    """An element or attribute name without its namespace (a glossary uses a few dozen)."""
    return name.rsplit(" ", 1)[-1]


#: The parser's callbacks, in the order ``_parse_xml`` sets them.
_HANDLERS = (
    "StartElementHandler",
    "EndElementHandler",
    "CharacterDataHandler",
    "EntityDeclHandler",
    "UnparsedEntityDeclHandler",
    "ExternalEntityRefHandler",
)


def _parse_xml(data: bytes, path: str) -> _Node:
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True  # one call per text run, not one per line
    stack: list[_Node] = []
    root: list[_Node] = []

    def refuse_entity(*_args: object) -> None:
        raise GlossaryError(
            "entity declarations are not allowed in a glossary", path, parser.CurrentLineNumber
        )

    def start(name: str, attrs: dict[str, str]) -> None:
        attributes = {("xml:lang" if k == _XML_LANG else _local(k)): v for k, v in attrs.items()}
        node = _Node(_local(name), attributes, parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(node)
        else:
            root.append(node)
        stack.append(node)

    def end(_name: str) -> None:
        node = stack.pop()
        if stack:
            # Inline markup (<hi>, <sup>) inside a term stays part of its parent's text.
            stack[-1].parts.append("".join(node.parts))

    def characters(text: str) -> None:
        if stack:
            stack[-1].parts.append(text)

    handlers = (start, end, characters, refuse_entity, refuse_entity, refuse_entity)
    for name, handler in zip(_HANDLERS, handlers, strict=True):
        setattr(parser, name, handler)
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        raise GlossaryError(
            f"malformed XML: {expat.ErrorString(error.code)}", path, error.lineno
        ) from None
    finally:
        # The handlers refer to the parser and it to them: left in place, that cycle
        # would keep the whole tree alive until a collector pass has to find it.
        for handler in _HANDLERS:
            setattr(parser, handler, None)
    return root[0]


def _data_categories(node: _Node) -> Iterator[tuple[str, _Node]]:
    """``(data category, element)`` pairs directly under ``node``.

    TBX writes a data category either as ``<descrip type="definition">``
    (the "DCA" style of TBX v2 and most v3 files) or as an element named after
    it (``<definition>``, the v3 "DCT" style); groups (``descripGrp``,
    ``termNoteGrp``, ``adminGrp``) are looked into.
    """
    for child in node.children:
        if child.tag in ("descrip", "termNote", "admin", "transac"):
            yield child.attrs.get("type", ""), child
        elif child.tag.endswith("Grp") and child.tag not in ("termGrp",):
            yield from _data_categories(child)
        else:
            yield child.tag, child


def _language(node: _Node, path: str) -> str:
    code = node.attrs.get("xml:lang", "").strip()
    if not code:
        raise GlossaryError(f"<{node.tag}> has no xml:lang", path, node.line)
    try:
        return get_language(code).code
    except LocaleError as error:
        raise GlossaryError(error.message, path, node.line) from None


def _dnt(node: _Node, path: str) -> bool | None:
    """What a "Translation needed" descrip directly under ``node`` says, if there is one."""
    for category, element in _data_categories(node):
        if category.lower() in _DNT_TYPES:
            value = element.text.lower()
            if value in ("no", "false"):
                return True
            if value in ("yes", "true"):
                return False
            raise GlossaryError(
                f"'Translation needed' must be Yes or No, not {element.text!r}", path, element.line
            )
    return None


def _read_term(group: _Node, language: str, path: str) -> Term:
    if group.tag == "ntig":
        # TBX v2's <ntig> keeps the term and its notes one level down, in <termGrp>.
        group = next(group.find("termGrp"), group)
    term_node = next(group.find("term"), None)
    if term_node is None:
        raise GlossaryError(f"<{group.tag}> has no <term>", path, group.line)
    if not term_node.text:
        raise GlossaryError("<term> has no text", path, term_node.line)
    status = term_type = None
    for category, element in _data_categories(group):
        if category == "administrativeStatus":
            status = _TBX_STATUS.get(element.text)
            if status is None:
                expected = ", ".join(_TBX_STATUS)
                raise GlossaryError(
                    f"unknown administrativeStatus {element.text!r} (expected one of {expected})",
                    path,
                    element.line,
                )
        elif category == "normativeAuthorization" and status is None:
            status = _NORMATIVE_STATUS.get(element.text)
            if status is None:
                raise GlossaryError(
                    f"unknown normativeAuthorization {element.text!r}", path, element.line
                )
        elif category == "termType":
            term_type = element.text or None
    return Term(text=term_node.text, language=language, status=status, term_type=term_type)


def _read_concept(entry: _Node, source_language: str | None, path: str) -> Concept:
    """One concept entry; its source language set is the root's ``xml:lang``, else its first."""
    concept_id = entry.attrs.get("id", "").strip()
    if not concept_id:
        raise GlossaryError(f"<{entry.tag}> has no id", path, entry.line)
    fields: dict[str, str] = {}
    for category, element in _data_categories(entry):
        if category in ("subjectField", "definition", "note") and element.text:
            fields.setdefault(category, element.text)
    dnt = _dnt(entry, path)
    terms: list[Term] = []
    definitions: list[str] = []
    for language_set in entry.find("langSet", "langSec"):
        language = _language(language_set, path)
        source_language = source_language or language
        is_source = language.split("_")[0] == source_language.split("_")[0]
        if is_source and dnt is None:
            dnt = _dnt(language_set, path)
        for category, element in _data_categories(language_set):
            # A definition may sit at language level: the source's is preferred.
            if category == "definition" and element.text:
                definitions.insert(0 if is_source else len(definitions), element.text)
        for group in language_set.find("tig", "ntig", "termSec"):
            terms.append(_read_term(group, language, path))
    return Concept(
        id=concept_id,
        terms=tuple(terms),
        subject_field=fields.get("subjectField"),
        definition=fields.get("definition") or next(iter(definitions), None),
        note=fields.get("note"),
        do_not_translate=bool(dnt),
    )


def parse_tbx(data: bytes, path: str = "<tbx>") -> Glossary:
    """The glossary a TBX document holds (TBX-Basic v2 ``martif`` or TBX v3 ``tbx``)."""
    with collector_paused():
        return _glossary(_parse_xml(data, path), path)


def _glossary(root: _Node, path: str) -> Glossary:
    if root.tag not in ("martif", "tbx"):
        raise GlossaryError(f"not a TBX file: the root element is <{root.tag}>", path, root.line)
    source_language = None
    if root.attrs.get("xml:lang"):
        source_language = _language(root, path)
    concepts: list[Concept] = []
    seen: dict[str, int] = {}
    for text in root.find("text"):
        for body in text.find("body"):
            for entry in body.find("termEntry", "conceptEntry"):
                concept = _read_concept(entry, source_language, path)
                if concept.id in seen:
                    raise GlossaryError(
                        f"concept id {concept.id!r} is also used on line {seen[concept.id]}",
                        path,
                        entry.line,
                    )
                seen[concept.id] = entry.line
                concepts.append(concept)
    return Glossary(tuple(concepts))


def read_tbx(path: str | Path) -> Glossary:
    """The glossary in the TBX file at ``path``; ``GlossaryError`` (with line) if unreadable."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise GlossaryError(f"cannot read the glossary: {error.strerror}", path) from None
    return parse_tbx(data, str(path))


# --- TBX writing -----------------------------------------------------------------------------


def _bcp47(code: str) -> str:
    return code.split("@")[0].replace("_", "-")


def write_tbx(glossary: Glossary, source_language: str = "en") -> bytes:
    """The glossary as a TBX-Basic v2 (``martif``) document, UTF-8."""
    root = ET.Element("martif", {"type": "TBX-Basic", "xml:lang": _bcp47(source_language)})
    header = ET.SubElement(ET.SubElement(root, "martifHeader"), "fileDesc")
    ET.SubElement(
        ET.SubElement(header, "sourceDesc"), "p"
    ).text = "Written by the medical-l10n-toolkit"
    encoding = ET.SubElement(root[0], "encodingDesc")
    ET.SubElement(encoding, "p", {"type": "XCSURI"}).text = "TBXBasicXCSV02.xcs"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for concept in glossary:
        entry = ET.SubElement(body, "termEntry", {"id": concept.id})
        if concept.subject_field:
            ET.SubElement(entry, "descrip", {"type": "subjectField"}).text = concept.subject_field
        if concept.do_not_translate:
            ET.SubElement(entry, "descrip", {"type": "Translation needed"}).text = "No"
        if concept.definition:
            ET.SubElement(entry, "descrip", {"type": "definition"}).text = concept.definition
        if concept.note:
            ET.SubElement(entry, "note").text = concept.note
        for language in concept.languages:
            language_set = ET.SubElement(entry, "langSet", {"xml:lang": _bcp47(language)})
            for term in concept.terms_in(language):
                tig = ET.SubElement(language_set, "tig")
                ET.SubElement(tig, "term").text = term.text
                if term.term_type:
                    ET.SubElement(tig, "termNote", {"type": "termType"}).text = term.term_type
                if term.status:
                    ET.SubElement(
                        tig, "termNote", {"type": "administrativeStatus"}
                    ).text = f"{term.status}Term-admn-sts"
    ET.indent(root)
    document = ET.tostring(root, encoding="unicode")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n' + document + "\n"
    ).encode("utf-8")


# --- CSV -------------------------------------------------------------------------------------


def write_csv(glossary: Glossary) -> str:
    """The glossary as CSV, one row per term, concept columns repeated on each row.

    Repeating the concept's columns lets a terminologist sort and filter the
    sheet without losing which concept a row belongs to; a concept without
    terms still gets one row, with empty term columns.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for concept in glossary:
        common = [
            concept.id,
            concept.subject_field or "",
            concept.definition or "",
            concept.note or "",
            "yes" if concept.do_not_translate else "",
        ]
        rows = [[t.language, t.text, t.status or "", t.term_type or ""] for t in concept.terms]
        for row in rows or [["", "", "", ""]]:
            writer.writerow(common + row)
    return out.getvalue()


def _csv_rows(text: str, path: str) -> Iterator[tuple[int, dict[str, str]]]:
    """``(line, row)`` for each non-blank data row; the header names the columns."""
    reader = csv.reader(io.StringIO(text))
    line = 1
    header: list[str] | None = None
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if header is None:
                header = [cell.strip().lower() for cell in record]
                missing = [c for c in ("concept", "language", "term") if c not in header]
                if missing:
                    raise GlossaryError(
                        f"the header has no {', '.join(missing)} column", path, start
                    )
                continue
            cells = dict(zip(header, record, strict=False))
            yield start, {name: _collapse(cells.get(name)) for name in _CSV_COLUMNS}
    except csv.Error as error:
        raise GlossaryError(f"malformed CSV: {error}", path, line) from None


def parse_csv(text: str, path: str = "<csv>") -> Glossary:
    """The glossary a CSV sheet (as ``write_csv`` lays it out) holds."""
    order: list[str] = []
    fields: dict[str, dict[str, str]] = {}
    flags: dict[str, bool] = {}
    terms: dict[str, list[Term]] = {}
    for line, row in _csv_rows(text.removeprefix("\ufeff"), path):
        concept_id = row["concept"]
        if not concept_id:
            raise GlossaryError("the row has no concept id", path, line)
        if concept_id not in fields:
            order.append(concept_id)
            fields[concept_id], terms[concept_id] = {}, []
        for name in ("subject_field", "definition", "note"):
            value, known = row[name], fields[concept_id].get(name)
            if value and known and value != known:
                raise GlossaryError(
                    f"{name} of {concept_id!r} differs from an earlier row's", path, line
                )
            if value:
                fields[concept_id][name] = value
        dnt = row["do_not_translate"].lower()
        if dnt not in _YES | _NO:
            raise GlossaryError(f"do_not_translate must be yes or no, not {dnt!r}", path, line)
        flags[concept_id] = flags.get(concept_id, False) or dnt in _YES
        if not row["term"] and not row["language"]:
            continue
        if not row["term"] or not row["language"]:
            raise GlossaryError("a term needs both a language and a text", path, line)
        status = row["status"].lower() or None
        if status is not None and status not in STATUSES:
            expected = ", ".join(STATUSES)
            raise GlossaryError(f"unknown status {status!r} (expected {expected})", path, line)
        try:
            language = get_language(row["language"]).code
        except LocaleError as error:
            raise GlossaryError(error.message, path, line) from None
        terms[concept_id].append(Term(row["term"], language, status, row["term_type"] or None))
    return Glossary(
        tuple(
            Concept(
                id=concept_id,
                terms=_grouped(terms[concept_id]),
                subject_field=fields[concept_id].get("subject_field"),
                definition=fields[concept_id].get("definition"),
                note=fields[concept_id].get("note"),
                do_not_translate=flags[concept_id],
            )
            for concept_id in order
        )
    )


def _grouped(terms: Iterable[Term]) -> tuple[Term, ...]:
    """Terms grouped by language (first appearance), as a TBX language set keeps them."""
    terms = list(terms)
    languages = dict.fromkeys(t.language for t in terms)
    return tuple(t for language in languages for t in terms if t.language == language)


def read_csv(path: str | Path) -> Glossary:
    """The glossary in the CSV file at ``path`` (UTF-8, with or without a BOM)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except OSError as error:
        raise GlossaryError(f"cannot read the glossary: {error.strerror}", path) from None
    except UnicodeDecodeError:
        raise GlossaryError("the glossary is not UTF-8 text", path) from None
    return parse_csv(text, str(path))
