"""Merging a template into a translation: nothing a translator wrote is lost."""

from __future__ import annotations

from toolkit.catalog import Catalog, Message
from toolkit.locales import get_language
from toolkit.merge import init_catalog, merge_catalog

HEADER = Message(msgid="", msgstr="Language: fr\nPlural-Forms: nplurals=2; plural=(n > 1);\n")


def template(*msgids: str) -> Catalog:
    return Catalog(
        (
            Message(msgid="", msgstr="POT-Creation-Date: 2026-01-02 03:04+0000\n"),
            *(Message(msgid=m, references=(f"a.md:{i}",)) for i, m in enumerate(msgids, 1)),
        )
    )


def translated(*pairs: tuple[str, str]) -> Catalog:
    return Catalog((HEADER, *(Message(msgid=s, msgstr=t) for s, t in pairs)))


def by_id(catalog: Catalog) -> dict[str, Message]:
    return {m.msgid: m for m in catalog.messages if not m.is_header}


def test_unchanged_entries_keep_translation_and_take_new_references():
    merged = merge_catalog(translated(("Hello", "Bonjour")), template("Hello"), 2)
    entry = by_id(merged)["Hello"]
    assert entry.msgstr == "Bonjour"
    assert not entry.fuzzy
    assert entry.references == ("a.md:1",)


def test_edited_source_becomes_fuzzy_with_old_translation_and_previous_msgid():
    old = "Ketamine blocks the NMDA receptor in the brain."
    new = "Ketamine blocks the NMDA receptor in the human brain."
    merged = merge_catalog(
        translated((old, "La kétamine bloque le récepteur NMDA.")), template(new), 2
    )
    entry = by_id(merged)[new]
    assert entry.fuzzy
    assert entry.msgstr == "La kétamine bloque le récepteur NMDA."
    assert entry.previous_msgid == old
    assert not merged.obsolete


def test_unrelated_new_entry_is_empty_not_a_bad_guess():
    merged = merge_catalog(
        translated(("Side Effects", "Effets indésirables")), template("Conclusion"), 2
    )
    assert by_id(merged)["Conclusion"].msgstr == ""
    assert [m.msgid for m in merged.obsolete] == ["Side Effects"]
    assert merged.obsolete[0].msgstr == "Effets indésirables"


def test_removed_untranslated_entries_are_not_kept_as_obsolete_noise():
    merged = merge_catalog(translated(("Gone", "")), template("Other"), 2)
    assert merged.obsolete == ()


def test_merge_is_idempotent():
    old = translated(("One sentence here.", "Une phrase ici."), ("Removed", "Supprimé"))
    tpl = template("One sentence here, edited.", "New")
    once = merge_catalog(old, tpl, 2)
    assert merge_catalog(once, tpl, 2) == once


def test_restored_paragraph_gets_its_old_translation_back_as_fuzzy():
    tpl_without = template("Kept")
    tpl_with = template("Kept", "A paragraph that comes back.")
    start = translated(
        ("Kept", "Gardé"), ("A paragraph that comes back.", "Un paragraphe qui revient.")
    )
    removed = merge_catalog(start, tpl_without, 2)
    assert [m.msgid for m in removed.obsolete] == ["A paragraph that comes back."]
    restored = merge_catalog(removed, tpl_with, 2)
    entry = by_id(restored)["A paragraph that comes back."]
    assert entry.msgstr == "Un paragraphe qui revient."
    assert entry.fuzzy
    assert restored.obsolete == ()


def test_translator_comments_and_own_flags_survive():
    old = Catalog(
        (
            HEADER,
            Message(
                msgid="Hi",
                msgstr="Salut",
                translator_comments=("informal ok",),
                flags=("ignore-fuzzy",),
            ),
        )
    )
    entry = by_id(merge_catalog(old, template("Hi"), 2))["Hi"]
    assert entry.translator_comments == ("informal ok",)
    assert entry.flags == ("ignore-fuzzy",)


def test_header_takes_template_date_and_keeps_the_rest():
    merged = merge_catalog(translated(), template(), 2)
    assert merged.header_fields["POT-Creation-Date"] == "2026-01-02 03:04+0000"
    assert merged.header_fields["Language"] == "fr"


def test_init_sets_language_plural_forms_and_empty_plural_forms():
    tpl = Catalog(
        (
            Message(msgid="", msgstr="Project-Id-Version: x\n", flags=("fuzzy",)),
            Message(msgid="one file", msgid_plural="%d files"),
        )
    )
    catalog = init_catalog(tpl, get_language("ar"), "2026-11-28 00:00+0000")
    assert catalog.language == "ar"
    assert catalog.nplurals == 6
    assert not catalog.header.fuzzy
    assert next(iter(catalog)).msgstr_plural == ("",) * 6
