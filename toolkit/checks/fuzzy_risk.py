"""Is a fuzzy entry's carried-over translation dangerous, not merely stale?

When a source paragraph is edited, ``update`` keeps the old translation as a
fuzzy suggestion. If the edit changed a dose, added a "not" or named another
drug, that suggestion now says something the source does not; a reviewer who
skims and unmarks it publishes a wrong medical statement. This check compares
the old translation with the *new* source using the same rules as the
number, negation and terminology checks, and names each sentence the edit
added (from the entry's previous source, ``#| msgid``): the old translation
cannot say it.
"""

from __future__ import annotations

from collections.abc import Iterable

from toolkit.catalog import Message
from toolkit.checks.base import Check, CheckContext
from toolkit.checks.negation import negation_problems
from toolkit.checks.numbers import number_problems
from toolkit.checks.sentences import added_sentences
from toolkit.checks.terminology import TermMissing
from toolkit.findings import Severity


class FuzzyRisk(Check):
    """A fuzzy translation contradicts the new source: numbers, negation, terms, added sentences."""

    id = "fuzzy-risk"
    severity = Severity.ERROR
    skip_fuzzy = False

    def applies_to(self, message: Message) -> bool:
        return message.fuzzy and message.has_translation

    def check_message(self, message: Message, context: CheckContext) -> Iterable[str]:
        code = context.code
        sources = (message.msgid, message.msgid_plural or message.msgid)
        for index, translation in enumerate(message.translations):
            if not translation:
                continue
            source = sources[min(index, 1)] if message.pluralizable else message.msgid
            problems = [*number_problems(source, translation, code)]
            problems += negation_problems(source, translation, code)
            for problem in problems:
                yield f"the old translation no longer matches the source: {problem}"
        for problem in TermMissing().check_message(message, context):
            yield f"the old translation no longer matches the source: {problem}"
        if message.previous_msgid is not None:
            for sentence in added_sentences(message.previous_msgid, message.msgid):
                yield f"the source gained a sentence the old translation lacks: “{sentence}”"
