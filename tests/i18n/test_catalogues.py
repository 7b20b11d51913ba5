"""The core's gettext catalogues: every message the code marks is translated in every
language, with the same placeholders, and nothing the code no longer says is kept."""

from __future__ import annotations

import re
import string

import pytest

from app.core.i18n import LANGUAGES, N_, _, catalogue, po_dir, use_language
from app.core.i18n.po import mo_bytes, parse_po, read_po
from app.i18n_build import TRANSLATED, core_messages, plural_count

MESSAGES = core_messages()


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_core_message_is_translated(code):
    entries = {e.msgid: e for e in read_po(po_dir() / f"{code}.po") if e.msgid}
    missing = sorted(set(MESSAGES) - set(entries))
    obsolete = sorted(set(entries) - set(MESSAGES))
    unfinished = sorted(m for m, e in entries.items() if not e.translated)
    assert not missing, f"{code}.po lacks (run python -m app.i18n_build --update): {missing}"
    assert not obsolete, f"{code}.po keeps messages the code no longer has: {obsolete}"
    assert not unfinished, f"{code}.po has untranslated or fuzzy entries: {unfinished}"
    for msgid, entry in entries.items():
        if MESSAGES[msgid].plural:
            assert len(entry.msgstr) == plural_count(code), (code, msgid)
        for text in entry.msgstr:
            assert _fields(text) == _fields(msgid), (code, msgid, text)
            # Excel's footer codes and the cell marks stay as they are.
            assert re.findall(r"&[PN]", text) == re.findall(r"&[PN]", msgid), (code, msgid)


def test_the_marked_messages_are_found_in_the_code():
    assert "Neutrophils" in MESSAGES and "the disk is full" in MESSAGES
    assert MESSAGES["{n} cell ({ids})"].plural == "{n} cells ({ids})"
    assert MESSAGES["Neutrophils"].where.startswith("app/core/categories.py:")


def test_translation_follows_the_language_of_the_thread():
    assert _("Neutrophils") == "Neutrophils"
    with use_language("ru"):
        assert _("Neutrophils") == "Нейтрофилы"
        with use_language("th"):
            assert _("Neutrophils") == "เม็ดเลือดขาวชนิดนิวโทรฟิล"
        assert _("Platelets") == "Тромбоциты"
    assert _("Neutrophils") == N_("Neutrophils")


def test_russian_plurals_take_three_forms():
    with use_language("ru"):
        forms = [
            catalogue("ru").ngettext("{n} cell ({ids})", "{n} cells ({ids})", n)
            for n in (1, 3, 5, 21)
        ]
    assert forms == [
        "{n} клетка ({ids})",
        "{n} клетки ({ids})",
        "{n} клеток ({ids})",
        "{n} клетка ({ids})",
    ]


def test_po_reader_and_mo_writer_agree_with_gettext():
    import gettext
    import io

    entries = parse_po(
        'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        'msgid "a \\"b\\"\\n"\n"c"\nmsgstr "x"\n"y"\n\n'
        '#, fuzzy\nmsgid "fuzzy"\nmsgstr "never shown"\n\n'
        'msgid "untranslated"\nmsgstr ""\n'
    )
    assert [e.msgid for e in entries] == ["", 'a "b"\nc', "fuzzy", "untranslated"]
    found = gettext.GNUTranslations(io.BytesIO(mo_bytes(entries)))
    assert found.gettext('a "b"\nc') == "xy"
    assert found.gettext("fuzzy") == "fuzzy" and found.gettext("untranslated") == "untranslated"


def test_every_language_has_its_catalogue():
    assert set(TRANSLATED) | {"en"} == set(LANGUAGES)
    for code in TRANSLATED:
        assert catalogue(code).gettext("Blasts") != "Blasts", code


def test_the_messages_a_technician_meets_speak_the_language(tmp_path):
    """Errors and warnings from the core come in the current language."""
    from app.core.errors import ExportError, ImageReadError
    from app.core.imaging import read_image
    from app.core.slide_checks import finish_warnings

    (tmp_path / "empty.png").write_bytes(b"")

    class Result:
        total, target = 40, 100

    with use_language("ru"):
        assert finish_warnings(Result(), 3) == [  # type: ignore[arg-type]
            "Подсчитано только 40 из 100 клеток цели.",
            "3 клетки ещё отмечены для проверки.",
        ]
        with pytest.raises(ImageReadError, match="файл пуст"):
            read_image(tmp_path / "empty.png")
    with use_language("th"), pytest.raises(ExportError, match="โฟลเดอร์"):
        from app.core.atomic import write_text_atomic

        write_text_atomic(tmp_path / "missing" / "x.txt", "x")


def test_update_carries_translations_over_when_code_moves(tmp_path):
    """A string that moved to another class keeps its translation (lupdate sees a new
    context and would leave it unfinished)."""
    import xml.etree.ElementTree as ET

    from app.i18n_build import carry_over

    ts = tmp_path / "x_ru.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="ru">'
        "<context><name>Old</name><message><source>Use</source>"
        '<translation type="vanished">Использование</translation></message></context>'
        "<context><name>New</name><message><source>Use</source>"
        '<translation type="unfinished"></translation></message>'
        "<message><source>Other</source>"
        '<translation type="unfinished"></translation></message></context></TS>',
        encoding="utf-8",
    )
    assert carry_over(ts) == 1
    contexts = {c.findtext("name"): c for c in ET.parse(ts).getroot()}
    moved, other = contexts["New"].iter("translation")
    assert (moved.text, moved.get("type")) == ("Использование", None)
    assert other.get("type") == "unfinished"
