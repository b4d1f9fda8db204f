"""Where glossary terms occur in a text, whatever their inflection.

A glossary lists "NMDA receptor" once; an article says "NMDA receptors", a
Spanish translation "receptores NMDA", an Arabic one "ومستقبلات NMDA". Matching
therefore happens on normalised tokens, never on strings: each word is
lemmatised (simplemma) and then stemmed (Snowball, PyStemmer), so that
"ansiedades" and "ansiedad", "depresiva" and "depresivo", "therapieresistenter"
and "therapieresistente" meet. Every term of a language goes into one
Aho-Corasick automaton over those token sequences, so a text is scanned once
however large the glossary is.

Stemmers over-conflate ("traumático" and "traumatismo" share the stem
"traumat"): a candidate is kept only if, word for word, the lemmatiser does
not know both words as different lemmas. The rest is small, documented
pre-normalisation, one rule per language feature:

* words made of capitals (``NMDA``, ``TEPT``, ``mRNA``) are acronyms: matched
  case-sensitively and never stemmed, with an English plural ``s`` dropped
  (``SSRIs``); every other word is matched case-insensitively. A text wholly
  in capitals (a heading, a warning) is read in lower case but for the
  glossary's own acronyms, so its inflected words meet their terms
  ("KETAMIN GEGEN DEPRESSIONEN");
* articles are dropped and article-preposition contractions split into the
  preposition ("del" = "de", "dos" = "de", "du"/"des" = "de", "zum" = "zu"),
  so "antagonismo de los receptores NMDA" meets "antagonismo del receptor NMDA";
* French and Italian elision is undone (``l'anesthésie``, ``d'anxiété``, with a
  straight or a typographic apostrophe), and English possessives dropped
  (``ketamine's``);
* hyphens separate words ("treatment-resistant" = "treatment resistant"), and a
  hyphenated term also matches written solid ("post-traumatic" = "posttraumatic");
* German compounds: a German noun of the glossary also matches inside a
  compound, as its head or as a modifier ("Rezeptor" in "Serotoninrezeptor",
  "Ketamin" in "Ketamintherapie"), because German writes as one word what
  English writes as two;
* Arabic: diacritics and tatweel are removed, alif forms unified, the
  proclitics و ف ب ك ل and the article ال peeled off, and the plural ات and a
  final ي removed before lemmatising (the lemmatiser is not trusted to veto a
  stem match there: its Arabic dictionary is too noisy);
* Chinese, Japanese, Korean, Thai (scripts written without spaces): each
  character is a token, so a term matches wherever its characters stand;
* URLs, Markdown link destinations, e-mail addresses, HTML tags and inline
  code are not prose: a translation keeps ``…/drug-rehab/ketamine/`` as the
  source wrote it, and no check should read a deprecated French "ketamine" in it.

Occurrences are reported with their position in the original text, so a
check can quote what the translator wrote.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import accumulate, repeat
from operator import add
from typing import NamedTuple

import ahocorasick
import simplemma
import Stemmer

from toolkit.charclass import class_body
from toolkit.glossary import Concept, Glossary, Term

# --- tokens ----------------------------------------------------------------------------------

# Scripts written without spaces between words: one character, one token.
_UNSEGMENTED = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1100-\u11ff"  # Hangul Jamo
    "\u1780-\u17ff"  # Khmer
    "\u3005-\u3007"  # ideographic iteration and closing marks, ideographic zero
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3100-\u318f"  # Bopomofo, Hangul compatibility Jamo
    "\u31f0-\u31ff"  # Katakana extensions
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff66-\uff9f"  # halfwidth Katakana
    "\U00020000-\U0003134f"  # CJK extensions B to G
)
_UNSEGMENTED_CHAR = re.compile(f"[{_UNSEGMENTED}]")


def _mark_class() -> str:
    """Combining marks outside unsegmented scripts, as a regex class body.

    Python's ``\\w`` leaves out combining marks, which would cut Arabic words
    with harakat, Hindi words and decomposed accents in two.
    """
    body = class_body(
        lambda char: unicodedata.category(char)[0] == "M" and not _UNSEGMENTED_CHAR.match(char),
        0xFFFF,  # the marks of living scripts are all in the BMP
    )
    return body + "\u00ad\u200c\u200d"  # soft hyphen and (non-)joiners stay inside a word


# A run of letters and digits, or of combining marks; the look-ahead lets ASCII
# text skip the long (and linearly scanned) class of marks.
_MARKS = _mark_class()
_WORD = rf"(?:[^\W_{_UNSEGMENTED}]+|(?=[^\x00-\x7f])[{_MARKS}]+)+"
_APOSTROPHE = "\u2019"  # the typographic apostrophe, as word processors write it
_TOKEN = re.compile(rf"[{_UNSEGMENTED}]|{_WORD}(?:['{_APOSTROPHE}]{_WORD})*")
_SPLIT = re.compile(f"({_TOKEN.pattern})")
#: ``_SPLIT`` for text with no character of an unsegmented script and no combining
#: mark (most text: all ASCII, most Latin, Cyrillic, Greek), where it comes down to
#: this and runs twice as fast.
_SPLIT_SIMPLE = re.compile(rf"([^\W_]+(?:['{_APOSTROPHE}][^\W_]+)*)")
_NEEDS_FULL_SPLIT = re.compile(f"[{_UNSEGMENTED}{_MARKS}]")


def _split(text: str) -> list[str]:
    """``text`` cut into gaps and pieces, alternately: ``_SPLIT.split(text)``."""
    if text.isascii() or not _NEEDS_FULL_SPLIT.search(text):
        return _SPLIT_SIMPLE.split(text)
    return _SPLIT.split(text)


#: A run of letters of the scripts that have capitals (Latin, Greek, Cyrillic, Armenian),
#: with digits: what a text in capitals holds in capitals ("NMDA", "HT2A", "KÉTAMINE").
_CASED_RUN = re.compile(
    "[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0531-\u0587\u1e00-\u1fff]+"
)
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200c\u200d"))
_SEPARATOR = " "

# What is not prose and must not match: a translation keeps a link's URL as the
# source wrote it ("…/drug-rehab/ketamine/"), and its words are no terminology.
_NOT_PROSE = re.compile(
    r"\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"  # Markdown link destination and title
    r"|\b(?:https?|ftp)://[^\s<>()\[\]]+|\bwww\.[^\s<>()\[\]]+"  # bare URLs
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"  # e-mail addresses
    r"|</?[A-Za-z][^<>\n]*>"  # HTML tags and autolinks
    r"|`[^`\n]+`"  # inline code
)
_NOT_PROSE_HINTS = ("](", "://", "www.", "@", "<", "`")


def _prose(text: str) -> str:
    """``text`` with what is not prose blanked out, every offset kept."""
    if not any(hint in text for hint in _NOT_PROSE_HINTS):
        return text
    return _NOT_PROSE.sub(lambda match: " " * len(match.group()), text)


# --- languages -------------------------------------------------------------------------------

_ES_WORDS = {"el": "", "la": "", "los": "", "las": "", "lo": "", "un": "", "una": ""}
_ES_WORDS |= {"unos": "", "unas": "", "del": "de", "al": "a"}
_PT_WORDS = dict.fromkeys(("o", "a", "os", "as", "um", "uma", "uns", "umas"), "")
_PT_WORDS |= dict.fromkeys(("ao", "aos", "à", "às"), "")
_PT_WORDS |= dict.fromkeys(("do", "da", "dos", "das", "dum", "duma"), "de")
_PT_WORDS |= dict.fromkeys(("no", "na", "nos", "nas", "num", "numa"), "em")
_PT_WORDS |= dict.fromkeys(("pelo", "pela", "pelos", "pelas"), "por")
_FR_WORDS = {"le": "", "la": "", "les": "", "l": "", "un": "", "une": "", "du": "de"}
_FR_WORDS |= {"des": "de", "d": "de", "au": "à", "aux": "à", "qu": "que", "j": "je", "m": "me"}
_FR_WORDS |= {"n": "ne", "s": "se", "t": "te", "c": "ce", "jusqu": "jusque", "lorsqu": "lorsque"}
_FR_WORDS |= {"puisqu": "puisque", "quoiqu": "quoique", "presqu": "presque"}
_IT_WORDS = dict.fromkeys(("il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una"), "")
for _preposition, _base in (("de", "di"), ("a", "a"), ("da", "da"), ("ne", "in"), ("su", "su")):
    for _ending in ("l", "llo", "lla", "i", "gli", "lle", "ll"):
        _IT_WORDS[_preposition + _ending] = _base
_DE_WORDS = dict.fromkeys(("der", "die", "das", "den", "dem", "des", "ein", "eine"), "")
_DE_WORDS |= dict.fromkeys(("einer", "eines", "einem", "einen"), "")
_DE_WORDS |= {"zum": "zu", "zur": "zu", "im": "in", "ins": "in", "am": "an", "ans": "an"}
_DE_WORDS |= {"vom": "von", "beim": "bei"}


@dataclass(frozen=True)
class _Profile:
    """How words of one language are normalised."""

    snowball: str | None = None
    lemmatize: bool = False
    function_words: Mapping[str, str] = field(default_factory=dict)
    elided: frozenset[str] = frozenset()
    possessive: bool = False
    compounds: bool = False
    arabic: bool = False
    #: Check stem matches against the lemmatiser (off where its dictionary is too noisy).
    verify: bool = True


# The lemmatiser runs where it was checked to repair Snowball's inflection splits
# ("ansiedad"/"ansiedades", "مستقبل"/"مستقبلات"); loading its dictionary costs
# 0.1-0.9 s once per language, so it is not switched on blindly elsewhere.
_PROFILES: dict[str, _Profile] = {
    "en": _Profile("english", True, {"the": "", "a": "", "an": ""}, possessive=True),
    "es": _Profile("spanish", True, _ES_WORDS),
    "pt": _Profile("portuguese", True, _PT_WORDS),
    "fr": _Profile("french", True, _FR_WORDS, elided=frozenset(_FR_WORDS) - {"du", "des"}),
    "it": _Profile(
        "italian",
        True,
        _IT_WORDS,
        elided=frozenset({"l", "un", "d", "c"}) | {w for w in _IT_WORDS if w.endswith("ll")},
    ),
    "de": _Profile("german", True, _DE_WORDS, compounds=True),
    # simplemma's Arabic dictionary relates unrelated words and splits plurals
    # ("صدمات" from "صدمة"): it helps build keys, but is not trusted to veto.
    "ar": _Profile("arabic", True, arabic=True, verify=False),
}
_SNOWBALL = {
    "ca": "catalan", "cs": "czech", "da": "danish", "el": "greek", "et": "estonian",
    "eu": "basque", "fa": "persian", "fi": "finnish", "ga": "irish", "hi": "hindi",
    "hu": "hungarian", "hy": "armenian", "id": "indonesian", "lt": "lithuanian",
    "nb": "norwegian", "ne": "nepali", "nl": "dutch", "nn": "norwegian", "no": "norwegian",
    "pl": "polish", "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish",
    "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}  # fmt: skip
_AVAILABLE = frozenset(Stemmer.algorithms())

# Arabic pre-normalisation.
_ARABIC_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTERS = str.maketrans("أإآٱى", "ااااي")
_ARABIC_PROCLITICS = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف")
_ARABIC_ARTICLE = "ال"
_ARABIC_TAA_PRONOUNS = ("تهما", "تهم", "تهن", "تها", "ته", "تكم", "تك", "تنا", "تي")

# German compound matching: only nouns of at least this many normalised letters.
_COMPOUND_MIN = 5
# Bound on each language's word cache (a long-running preview sees unbounded text).
_CACHE_LIMIT = 200_000


def _profile(language: str) -> _Profile:
    base = language.split("_")[0].split("@")[0].lower()
    if base in _PROFILES:
        return _PROFILES[base]
    return _Profile(_SNOWBALL.get(base))


def _acronym(word: str) -> str | None:
    """The case-sensitive form of an acronym-like word (``SSRIs`` -> ``SSRI``), else None."""
    if sum(c.isupper() for c in word) < 2:
        return None
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        return word[:-1]
    return word


def _arabic_letters(word: str) -> str:
    """Without diacritics and tatweel, with one alif and one final ya (ى written ي)."""
    return _ARABIC_DIACRITICS.sub("", word).translate(_ARABIC_LETTERS)


def _peel_arabic(word: str) -> str:
    """The word without its clitics and plural ending, as a glossary would list it.

    Peeling is repeated, so "والمستقبلات" and "مستقبلات" both become "مستقبل";
    a word is never cut below three letters. A final ي goes too: it ends the
    definite form of a defective noun ("التعافي" for "تعافٍ") and the nisba
    adjective, which Snowball strips anyway; a taa marbuta before a pronoun
    comes back ("فعاليته" is "فعالية").
    """
    word = _arabic_letters(word)
    peeled = True
    while peeled:
        peeled = False
        for prefix in _ARABIC_PROCLITICS:
            if word.startswith(prefix) and len(word) - len(prefix) >= 3:
                word, peeled = word[len(prefix) :], True
                break
    for suffix in _ARABIC_TAA_PRONOUNS:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + "ة"
            break
    if word.endswith("ات") and len(word) >= 5:
        word = word[:-2]
    if word.endswith("ي") and len(word) >= 4:
        word = word[:-1]
    return word


#: One token of a piece of text: (key, word, start, end), offsets within the piece.
_Sub = tuple[str, str, int, int]


def _is_number(piece: str) -> bool:
    """ASCII digits only: a number, which every language keys as written.

    Each catalog entry holds numbers no other entry has (its own, a line, a
    year), so remembering them would fill the cache with what never recurs.
    """
    return piece.isdigit() and piece.isascii()


class _PieceCache(dict[str, str]):
    """Piece of text -> its keys joined by the separator ("" when it has none).

    A ``dict`` so that a text's pieces are looked up by C code
    (``map(cache.__getitem__, pieces)``); a miss normalises the piece and also
    records its tokens in ``subs``.
    """

    def __init__(self, normaliser: _Normaliser):
        super().__init__()
        self.normaliser = normaliser
        self.subs: dict[str, tuple[_Sub, ...]] = {}

    def __missing__(self, piece: str) -> str:
        if _is_number(piece):
            return piece  # its own key, as ``split`` would say: nothing to keep
        subs = self.normaliser.split(piece)
        keys = _SEPARATOR.join(sub[0] for sub in subs)
        with self.normaliser.lock:
            if len(self) >= _CACHE_LIMIT:
                self.clear()
                self.subs.clear()
            self.subs[piece] = subs
            self[piece] = keys
        return keys

    def subs_of(self, piece: str) -> tuple[_Sub, ...]:
        subs = self.subs.get(piece)
        if subs is None and _is_number(piece):
            return ((piece, piece, 0, len(piece)),)
        if subs is None:  # not seen yet, or forgotten when the cache was emptied
            self.__missing__(piece)
            subs = self.subs[piece]
        return subs


class _Normaliser:
    """Turns the text of one language into tokens ``(start, end, key, word)``.

    ``key`` is what the automaton matches (lemma, then stem; an acronym as
    written); ``word`` is the lowered form before lemmatising, which
    ``same_word`` compares to reject stemmer over-conflation. A "piece" is what
    the tokenising regex finds; elision makes two tokens of one piece
    (``l'anesthésie``), a dropped article none.
    """

    def __init__(self, language: str):
        self.profile = _profile(language)
        algorithm = self.profile.snowball
        self._stemmer = Stemmer.Stemmer(algorithm) if algorithm in _AVAILABLE else None
        self._lemma_language = language.split("_")[0] if self.profile.lemmatize else None
        self._lemmas: dict[str, tuple[str, bool]] = {}
        self.lock = threading.RLock()
        self.pieces = _PieceCache(self)

    def tokens(self, text: str) -> list[tuple[int, int, str, str]]:
        tokens = []
        for match in _TOKEN.finditer(text):
            start = match.start()
            for key, word, first, last in self.pieces.subs_of(match.group()):
                tokens.append((start + first, start + last, key, word))
        return tokens

    def split(self, piece: str) -> tuple[_Sub, ...]:
        """The tokens of one piece: elision and possessives undone, dropped words left out."""
        first, last = 0, len(piece)
        subs: list[_Sub] = []
        if "'" in piece or _APOSTROPHE in piece:
            head, _, rest = piece.replace(_APOSTROPHE, "'").partition("'")
            if head.lower() in self.profile.elided and rest:
                key, word = self.key(head)
                if key:
                    subs.append((key, word, 0, len(head)))
                first = len(head) + 1
            elif self.profile.possessive and piece[-2:].lower() in ("'s", _APOSTROPHE + "s"):
                last -= 2
        key, word = self.key(piece[first:last])
        if key:
            subs.append((key, word, first, last))
        return tuple(subs)

    def key(self, word: str) -> tuple[str, str]:
        """``(key, word)`` for one word as written; an empty key drops the word."""
        with self.lock:
            return self._normalise(word)

    def _normalise(self, piece: str) -> tuple[str, str]:
        piece = unicodedata.normalize("NFKC", piece).translate(_INVISIBLE).replace(_APOSTROPHE, "'")
        acronym = _acronym(piece)
        if acronym is not None:
            return acronym, acronym
        word = piece.lower()
        word = self.profile.function_words.get(word, word)
        if not word:
            return "", ""
        if self.profile.arabic:
            word = _peel_arabic(word)
        # A number is its own lemma (simplemma says so too): no dictionary lookup.
        lemma = word if word.isnumeric() else self.lemma(word)[0]
        if self.profile.arabic:
            lemma = _arabic_letters(lemma)
        key = self._stem(lemma)
        return key.replace(_SEPARATOR, ""), word

    def _stem(self, word: str) -> str:
        if self._stemmer is None:
            return word
        if self.profile.arabic:
            # Snowball strips noun suffixes only from words it sees as nouns: give
            # it the article too and keep the shorter stem.
            return min(
                self._stemmer.stemWord(word),
                self._stemmer.stemWord(_ARABIC_ARTICLE + word),
                key=len,
            )
        return self._stemmer.stemWord(word)

    def lemma(self, word: str) -> tuple[str, bool]:
        """``(lemma, known)``: the lemmatiser's lemma and whether it knows the word."""
        if self._lemma_language is None:
            return word, False
        cached = self._lemmas.get(word)
        if cached is None:
            lang = self._lemma_language
            with self.lock:
                cached = (
                    simplemma.lemmatize(word, lang=lang).lower(),
                    simplemma.is_known(word, lang),
                )
                if len(self._lemmas) >= _CACHE_LIMIT:
                    self._lemmas.clear()
                self._lemmas[word] = cached
        return cached

    def _lemma_set(self, word: str) -> tuple[set[str], bool]:
        """The word's lemmas, lower-case and capitalised, and whether either is known.

        Asking for the capitalised form too finds German nouns: "ängste" alone
        reads as the verb "ängsten", "Ängste" is the plural of "Angst".
        """
        lemma, known = self.lemma(word)
        noun, known_noun = self.lemma(word.capitalize())
        return {lemma, noun}, known or known_noun

    def same_word(self, a: str, b: str) -> bool:
        """Whether two words with one key are forms of one word, as far as the lemmatiser knows.

        Rejected only when the lemmatiser knows both words and neither their
        lemmas nor their lemmas' lemmas meet ("depressive"/"depression",
        "traumático"/"traumatismo"); a participle whose lemma is its verb
        ("generalizado" -> "generalizar", "generalizada" -> "generalizado")
        meets through the second step.
        """
        if a == b or not self.profile.verify or self._lemma_language is None:
            return True
        if _plural_of(a, b) or _plural_of(b, a):
            return True
        (lemmas_a, known_a), (lemmas_b, known_b) = self._lemma_set(a), self._lemma_set(b)
        if lemmas_a & (lemmas_b | {b}) or a in lemmas_b or not (known_a and known_b):
            return True
        second_a = {self.lemma(lemma)[0] for lemma in lemmas_a}
        return bool(second_a & {self.lemma(lemma)[0] for lemma in lemmas_b})


def _plural_of(plural: str, singular: str) -> bool:
    """The regular -s/-es plural, trusted even where the lemmatiser's dictionary is wrong.

    simplemma's Portuguese dictionary, for one, lists "memórias" as a lemma of
    its own; without this a "memórias traumáticas" would not be a "memória
    traumática".
    """
    return plural in (singular + "s", singular + "es")


@lru_cache(maxsize=64)
def _normaliser(language: str) -> _Normaliser:
    return _Normaliser(language)


# --- the automaton ---------------------------------------------------------------------------


class TermOccurrence(NamedTuple):
    """One glossary term found in a text: ``text[start:end]`` is what was written.

    A tuple, not a dataclass: a scan makes one per term found, and a catalog
    scan finds hundreds of thousands.
    """

    concept_id: str
    term: Term
    start: int
    end: int


@dataclass(frozen=True)
class _Entry:
    concept_id: str
    term: Term
    words: tuple[str, ...]
    primary: bool
    order: int


class _Candidate(NamedTuple):
    start: int  # in the normalised text: overlaps are decided there
    end: int
    entry: _Entry
    occurrence: TermOccurrence


def _variants(text: str) -> Iterator[tuple[str, bool]]:
    """The term as written, written solid when it has hyphens, and in capitals.

    Capitals: a word set in capitals in a text that is not ("KETAMINE and
    its uses") is still the term. Acronyms are matched as written, case and
    all, so a capitalised word reads like one; the term in capitals is
    therefore a variant of its own (an acronym-like term has none: "NMDA" is
    already in capitals, and "nmda" stays something else). A text wholly in
    capitals is read in lower case instead (``_Index.unshouted``).
    """
    solid = re.sub("(?<=\\w)[-\u2010\u2011](?=\\w)", "", text)
    written = (text, solid) if solid != text else (text,)
    yield text, True
    for form in written[1:]:
        yield form, False
    if not any(_acronym(word) for word in text.split()):
        for form in written:
            if form.upper() != form:
                yield form.upper(), False


class _Tokens:
    """The tokens of a scanned text, made only for the positions a match needs.

    ``parts`` alternates gaps and pieces, so running sums of their lengths
    give each piece's offset, and running sums of tokens per piece (the
    separators in its keys, plus one) find the piece of a token. Most texts
    have one token per piece (nothing elided or dropped): then a token's
    index is its piece's.
    """

    def __init__(
        self, parts: list[str], pieces: list[str], keys: list[str], tokens: int, cache: _PieceCache
    ):
        self.pieces, self.cache = pieces, cache
        self.offsets = list(accumulate(map(len, parts)))
        self.ends: list[int] | None = None  # tokens up to and including each piece
        if tokens != len(keys) or "" in keys:
            counts = map(add, map(str.count, keys, repeat(_SEPARATOR)), map(bool, keys))
            self.ends = list(accumulate(counts))
        self.made: dict[int, tuple[int, int, str, str]] = {}

    def __getitem__(self, index: int) -> tuple[int, int, str, str]:
        token = self.made.get(index)
        if token is None:
            if self.ends is None:
                piece = before = index
            else:
                piece = bisect_right(self.ends, index)
                before = self.ends[piece - 1] if piece else 0
            subs = self.cache.subs_of(self.pieces[piece])
            key, word, first, last = subs[index - before]
            start = self.offsets[2 * piece]
            token = self.made[index] = (start + first, start + last, key, word)
        return token


class _Index:
    """The automaton of one glossary language."""

    def __init__(self, glossary: Glossary, language: str):
        self.normaliser = normaliser = _normaliser(language)
        patterns: dict[str, list[_Entry]] = {}
        # The glossary's own acronyms, as written: they stay acronyms in a text in capitals.
        acronyms: set[str] = set()
        order = 0
        for concept in glossary:
            for term in concept.terms_in(language):
                for text, primary in _variants(term.text):
                    tokens = normaliser.tokens(text)
                    if not tokens:
                        continue
                    if primary:
                        acronyms.update(w for w in _CASED_RUN.findall(text) if _acronym(w) == w)
                    keys = [key for _, _, key, _ in tokens]
                    left = self._open(text, tokens[0])
                    right = self._open(text, tokens[-1])
                    pattern = (
                        ("" if left else _SEPARATOR)
                        + _SEPARATOR.join(keys)
                        + ("" if right else _SEPARATOR)
                    )
                    words = tuple(word for _, _, _, word in tokens)
                    entry = _Entry(concept.id, term, words, primary, order)
                    patterns.setdefault(pattern, []).append(entry)
                    order += 1
        self.acronyms = frozenset(acronyms)
        # Whether a stem match needs the lemmatiser's consent (``same_word``); where
        # it does not, a hit needs no look at the words it covers.
        profile = normaliser.profile
        self.verifies = profile.verify and profile.lemmatize
        self.automaton: ahocorasick.Automaton | None = None
        if patterns:
            automaton = ahocorasick.Automaton()
            for pattern, entries in patterns.items():
                # Known now, not per hit: its length, how many tokens follow its first,
                # and whether it starts and ends with a separator (a whole word).
                span = len(entries[0].words) - 1
                lead, trail = pattern[0] == _SEPARATOR, pattern[-1] == _SEPARATOR
                automaton.add_word(pattern, (len(pattern), span, tuple(entries), lead, trail))
            automaton.make_automaton()
            self.automaton = automaton

    def unshouted(self, text: str) -> str:
        """A text in capitals with its words in lower case, but for the glossary's acronyms.

        In a heading or a warning set in capitals ("KETAMIN GEGEN
        DEPRESSIONEN") every word reads like an acronym, which is matched as
        written; in lower case its inflected forms meet the glossary's terms
        again. Each word keeps its length, so positions stay those of ``text``.
        """
        return _CASED_RUN.sub(self._unshouted_word, text)

    def _unshouted_word(self, match: re.Match[str]) -> str:
        word = match.group()
        if word in self.acronyms:
            return word
        if word[-1] == "S" and word[:-1] in self.acronyms:
            return word[:-1] + "s"  # an English plural: SSRIS is SSRIs
        lowered = word.lower()
        return lowered if len(lowered) == len(word) else word

    def _open(self, text: str, token: tuple[int, int, str, str]) -> bool:
        """Whether this edge word of a term may match inside a compound (German nouns)."""
        start, _, key, _ = token
        return (
            self.normaliser.profile.compounds
            and text[start].isupper()
            and key == key.lower()
            and len(key) >= _COMPOUND_MIN
        )

    def candidates(self, text: str) -> list[_Candidate]:
        if self.automaton is None:
            return []
        cache = self.normaliser.pieces
        # Everything up to the automaton runs in C, word by word: a text without
        # a term costs no Python work per word.
        parts = _split(text)  # gap, piece, gap, piece, ..., gap
        pieces = parts[1::2]
        keys = list(map(cache.__getitem__, pieces))
        normalised = _SEPARATOR + _SEPARATOR.join(filter(None, keys)) + _SEPARATOR
        hits = list(self.automaton.iter(normalised))
        if not hits:
            return []
        tokens = _Tokens(parts, pieces, keys, normalised.count(_SEPARATOR) - 1, cache)
        found: dict[tuple[int, int, str], _Candidate] = {}
        verified = self._verified if self.verifies else None
        count = normalised.count
        for last, (length, span, entries, lead, trail) in hits:
            inner_start = last - length + 1 + lead
            inner_end = last + 1 - trail
            i = count(_SEPARATOR, 0, inner_start) - 1
            j = i + span
            whole_first = whole_last = True  # only verification looks at the edges
            if verified is not None:
                whole_first = normalised[inner_start - 1] == _SEPARATOR
                whole_last = normalised[inner_end] == _SEPARATOR
            for entry in entries:
                if verified and not verified(tokens, i, j, entry.words, whole_first, whole_last):
                    continue
                slot = (inner_start, inner_end, entry.concept_id)
                known = found.get(slot)
                if known is not None and (not entry.primary or known.entry.primary):
                    continue
                occurrence = TermOccurrence(
                    entry.concept_id, entry.term, tokens[i][0], tokens[j][1]
                )
                found[slot] = _Candidate(inner_start, inner_end, entry, occurrence)
        if len(found) == 1:
            return list(found.values())
        return sorted(found.values(), key=_candidate_order)

    def _verified(
        self,
        tokens: _Tokens,
        i: int,
        j: int,
        words: tuple[str, ...],
        whole_first: bool,
        whole_last: bool,
    ) -> bool:
        same_word = self.normaliser.same_word
        for offset, word in enumerate(words):
            index = i + offset
            if (index == i and not whole_first) or (index == j and not whole_last):
                continue  # part of a compound: nothing to compare
            if not same_word(tokens[index][3], word):
                return False
        return True


def _candidate_order(candidate: _Candidate) -> tuple[int, int, int]:
    """Text order; at one place, longer first, then the glossary's order."""
    return candidate.start, -candidate.end, candidate.entry.order


def _longest(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longer ones first; equal spans are all kept.

    "Peace Valley Recovery" hides "recovery" inside it, "NMDA receptor
    antagonism" hides "NMDA receptor"; two concepts that share a term at the
    same place ("BDNF") are both reported.
    """
    kept: list[_Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.start)):
        if all(
            (candidate.start, candidate.end) == (k.start, k.end)
            or candidate.end <= k.start
            or k.end <= candidate.start
            for k in kept
        ):
            kept.append(candidate)
    return sorted(kept, key=_candidate_order)


#: What a scan of one text finds: every occurrence, and the longest where they overlap.
_Scan = tuple[tuple[TermOccurrence, ...], tuple[TermOccurrence, ...]]
# Texts whose scan each matcher remembers: source texts recur across catalogs.
_SOURCE_SCANS = 1 << 16
_TARGET_SCANS = 8192


def _scan(index: _Index | None, text: str) -> _Scan:
    if index is None:
        return (), ()
    prose = _prose(text)
    if prose.isupper():
        prose = index.unshouted(prose)
    candidates = index.candidates(prose)
    if not candidates:
        return (), ()
    every = tuple(c.occurrence for c in candidates)
    if len(candidates) == 1:
        return every, every
    return every, tuple(c.occurrence for c in _longest(candidates))


class TermMatcher:
    """Finds the glossary's terms in source texts and translations.

    Automata are built for the source and target languages when the matcher
    is made, and for any other language on first use. Results are cached, so
    several checks asking about the same entry cost one scan.
    """

    def __init__(
        self, glossary: Glossary, source_language: str = "en", target_language: str | None = None
    ):
        self.glossary = glossary
        self.source_language = source_language
        self.target_language = target_language
        self._indexes: dict[str, _Index | None] = {}
        self._scanners: dict[str, Callable[[str], _Scan]] = {}
        self._lock = threading.Lock()
        for language in (source_language, target_language):
            if language:
                self._scanner(language)

    def _index(self, language: str) -> _Index | None:
        """The automaton of the glossary language serving ``language``, shared by its codes."""
        glossary_language = self.glossary.match_language(language)
        if glossary_language is None:
            return None
        if glossary_language not in self._indexes:
            with self._lock:
                if glossary_language not in self._indexes:
                    self._indexes[glossary_language] = _Index(self.glossary, glossary_language)
        return self._indexes[glossary_language]

    def _scanner(self, language: str) -> Callable[[str], _Scan]:
        """``text -> (every occurrence, longest ones)`` in ``language``, cached per text.

        Source texts recur in every catalog of a project (one per language), so
        the source language keeps many more texts than a translation's.
        """
        scanner = self._scanners.get(language)
        if scanner is None:
            index = self._index(language)
            size = _SOURCE_SCANS if language == self.source_language else _TARGET_SCANS
            scanner = lru_cache(maxsize=size)(partial(_scan, index))
            with self._lock:
                scanner = self._scanners.setdefault(language, scanner)
        return scanner

    def find(self, text: str, language: str | None = None) -> list[TermOccurrence]:
        """The terms of ``text``, longest first where they overlap, in text order.

        ``language`` (a gettext code) defaults to the source language.
        """
        return list(self._scanner(language or self.source_language)(text)[1])

    def find_all(self, text: str, language: str | None = None) -> list[TermOccurrence]:
        """Every term of ``text``, overlapping ones too ("NMDA" inside "NMDA receptor")."""
        return list(self._scanner(language or self.source_language)(text)[0])

    def concept(self, concept_id: str) -> Concept:
        return self.glossary.concept(concept_id)

    def glossary_language(self, language: str) -> str | None:
        """The glossary's language serving ``language`` (see ``Glossary.match_language``)."""
        return self.glossary.match_language(language)


# --- hints for translators -------------------------------------------------------------------


def renderings(concept: Concept, source_term: Term, language: str) -> tuple[Term, ...]:
    """The target terms a translator should use for ``source_term`` of ``concept``.

    An acronym is rendered by the target's acronym ("PTSD" by "TSPT"), a full
    form by a full form; preferred terms first, admitted ones only when the
    glossary prefers none of that kind.
    """
    approved = concept.approved(language)
    if not approved:
        return ()
    same_kind = [t for t in approved if t.is_abbreviation == source_term.is_abbreviation]
    pool = same_kind or list(approved)
    preferred = [t for t in pool if t.status == "preferred"]
    return tuple(preferred or pool[:1])


def glossary_hint(msgid: str, matcher: TermMatcher, target_language: str) -> str | None:
    """A comment for translators: each glossary term of ``msgid`` and its approved translation.

    ``glossary: NMDA receptor = récepteur NMDA; PTSD = TSPT; BDNF (do not
    translate)``, in order of appearance; a concept comes once as a full form
    and once as an acronym at most. ``None`` when the text holds no term the
    glossary translates.
    """
    language = matcher.glossary_language(target_language)
    parts: list[str] = []
    seen: set[tuple[str, bool]] = set()
    occurrences = matcher.find(msgid)
    dnt_spans = {
        (o.start, o.end) for o in occurrences if matcher.concept(o.concept_id).do_not_translate
    }
    for occurrence in occurrences:
        concept = matcher.concept(occurrence.concept_id)
        slot = (concept.id, occurrence.term.is_abbreviation)
        if slot in seen:
            continue
        if concept.do_not_translate:
            parts.append(f"{msgid[occurrence.start : occurrence.end]} (do not translate)")
        elif (occurrence.start, occurrence.end) in dnt_spans or language is None:
            continue
        else:
            targets = renderings(concept, occurrence.term, language)
            if not targets:
                continue
            parts.append(f"{occurrence.term.text} = {' / '.join(t.text for t in targets)}")
        seen.add(slot)
    return "glossary: " + "; ".join(parts) if parts else None
