"""The window in the technician's language: every string of the window is in the .ts files and
translated, Settings → Language takes effect at the next start, and a pseudo-language 40%
longer than English (accented) leaves no text cut in the main screens."""

from __future__ import annotations

import math
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QWidget,
)

from app.core.categories import DEFAULT_CATEGORY_MAP
from app.core.i18n import set_language
from app.core.settings import load_settings
from app.i18n_build import TRANSLATED, lrelease, lupdate, qtbase_sources, ts_path
from app.ui import dialogs as dialogs_module
from app.ui.translations import install_language

PLACEHOLDERS = re.compile(r"\{\d\}|%\d|<[^>]+>")
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots-i18n"


@pytest.fixture
def english_afterwards():
    yield
    install_language(QApplication.instance(), "en")
    set_language("en")


def test_every_window_string_is_translated(tmp_path):
    """lupdate over the code finds nothing new, nothing unfinished and nothing obsolete."""
    copies = [Path(shutil.copy(ts_path(code), tmp_path)) for code in TRANSLATED]
    report = lupdate(copies, obsolete=True)
    assert "0 new" in report, report
    for path in copies:
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            state = translation.get("type")
            assert state is None, (
                f"{path.name}: {state} entry {source!r} (run python -m app.i18n_build --update)"
            )
            text = translation.text or ""
            assert text, (path.name, source)
            assert sorted(PLACEHOLDERS.findall(text)) == sorted(PLACEHOLDERS.findall(source)), (
                path.name, source, text)  # fmt: skip
            assert ("&" in text) == ("&" in source), (path.name, source, text)


_CANCEL = {"th": "ยกเลิก", "ru": "Отмена", "es": "Cancelar", "fr": "Annuler", "pt": "Cancelar",
           "id": "Batal"}  # fmt: skip


@pytest.mark.parametrize("code", TRANSLATED)
def test_qt_own_buttons_and_menus_speak_every_language(qapp, code, english_afterwards):
    """Qt's standard buttons and line-edit menu: Qt's catalogue, or SmearCount's for the
    languages Qt ships none for (Thai, Indonesian)."""
    assert install_language(qapp, code)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text().replace("&", "") == _CANCEL[code]
    assert QCoreApplication.translate("QLineEdit", "&Copy") != "&Copy"
    buttons.deleteLater()


def test_smearcount_qtbase_catalogues_translate_qt_own_strings():
    """Each message of our qtbase_th/_id is one Qt really asks for (Qt's Russian catalogue
    knows its context and words), finished, with the same placeholders and accelerator."""
    russian = QTranslator()
    assert russian.load("qtbase_ru", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    sources = qtbase_sources()
    assert {p.stem for p in sources} == {"qtbase_th", "qtbase_id"}
    for path in sources:
        for context in ET.parse(path).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                text = message.findtext("translation") or ""
                assert russian.translate(name, source), (path.name, name, source)
                assert text and message.find("translation").get("type") is None, (name, source)
                assert sorted(PLACEHOLDERS.findall(text)) == sorted(PLACEHOLDERS.findall(source))
                assert ("&" in text) == ("&" in source), (path.name, source, text)


def test_language_chosen_in_settings_speaks_at_the_next_start(
    make_window, qtbot, tmp_path, english_afterwards
):
    window = make_window()
    assert window.menuBar().actions()[0].text() == "&File"
    dialog = dialogs_module.SettingsDialog(window.settings, DEFAULT_CATEGORY_MAP, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.accept()
    assert window.apply_settings(dialog.chosen)
    window.close()
    # The next start: SmearCount reads Settings and installs the language before any widget.
    chosen = load_settings(tmp_path / "config").language
    assert chosen == "ru"
    assert install_language(QApplication.instance(), chosen)
    again = make_window()
    menus = [a.text() for a in again.menuBar().actions()]
    assert menus[0] == "&Файл" and "&Справка" in menus, menus
    # The core speaks it too: category names in the count panel, the keypad and the report.
    assert DEFAULT_CATEGORY_MAP.by_key["neutrophil"].name == "Нейтрофилы"


# ----- the pseudo-language ---------------------------------------------------------------------
_ACCENTS = str.maketrans("aceinousyAEIOUCNSY", "áçéíñöüšýÅÉÎÖÜÇÑŠÝ")


def pseudo(text: str) -> str:
    """Accented and 40% longer; placeholders, markup and accelerators kept as they are."""
    parts = re.split(r"(\{\w*\}|%\d|<[^>]+>|&.|\n)", text)
    body = "".join(p if i % 2 else p.translate(_ACCENTS) for i, p in enumerate(parts))
    return f"[{body}{'·' * math.ceil(0.4 * len(text))}]"


def _pseudo_translator(tmp_path) -> QTranslator:
    tree = ET.parse(ts_path("ru"))
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.text = pseudo(message.findtext("source") or "")
    ts = tmp_path / "smearcount_pseudo.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease(ts, tmp_path / "smearcount_pseudo.qm")
    translator = QTranslator()
    assert translator.load(str(tmp_path / "smearcount_pseudo.qm"))
    return translator


def _pseudo_core(monkeypatch) -> None:
    """The core's messages (category names, report words) in the pseudo-language too."""
    import gettext
    import io

    from app.core.i18n import translate
    from app.core.i18n.po import Entry, mo_bytes
    from app.i18n_build import core_messages

    header = "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n"
    entries = [Entry("", msgstr=[header])] + [
        Entry(m.msgid, m.plural, [pseudo(m.msgid)] + ([pseudo(m.plural)] if m.plural else []))
        for m in core_messages().values()
    ]
    found = gettext.GNUTranslations(io.BytesIO(mo_bytes(entries)))
    monkeypatch.setattr(translate, "catalogue", lambda _code: found)


def _cut_texts(root: QWidget) -> list[str]:
    """Visible labels, buttons and table headers whose text is wider than their room (taller,
    for a wrapped label)."""
    cut = []
    for widget in root.findChildren(QWidget):
        if widget.isVisible():
            cut += [f"{type(widget).__name__} {text!r}: {needed} > {room}"
                    for text, needed, room in _texts_and_room(widget) if needed > room]  # fmt: skip
    return cut


def _texts_and_room(widget: QWidget) -> list[tuple[str, int, int]]:
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
        # A wrapped line is cut when its lines need more height than its row gives it.
        return [(widget.text(), widget.heightForWidth(widget.width()), widget.height() + 1)]
    if isinstance(widget, QLabel) and widget.text():
        if "<" in widget.text():
            return []  # rich text lays itself out
        text = widget.text().replace("&", "")
        return [(text, metrics.horizontalAdvance(text), widget.contentsRect().width() + 1)]
    if isinstance(widget, QAbstractButton) and widget.text():
        return [(widget.text(), widget.sizeHint().width(), widget.width() + 1)]
    if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
        titles = [(s, str(widget.model().headerData(s, Qt.Orientation.Horizontal) or ""))
                  for s in range(widget.count()) if not widget.isSectionHidden(s)]  # fmt: skip
        return [(t, metrics.horizontalAdvance(t) + 8, widget.sectionSize(s)) for s, t in titles]
    return []


def test_pseudo_language_cuts_no_text(
    make_window, qtbot, tmp_path, images, english_afterwards, monkeypatch
):
    app = QApplication.instance()
    _pseudo_core(monkeypatch)
    translator = _pseudo_translator(tmp_path)
    app.installTranslator(translator)
    try:
        SHOTS.mkdir(parents=True, exist_ok=True)
        window = make_window()
        window.resize(1366, 768)
        qtbot.wait(50)
        assert window.menuBar().actions()[0].text().startswith("[&F")
        window.grab().save(str(SHOTS / "pseudo-start.png"))
        assert not _cut_texts(window), _cut_texts(window)
        settings = dialogs_module.SettingsDialog(window.settings, DEFAULT_CATEGORY_MAP, window)
        qtbot.addWidget(settings)
        settings.show()
        qtbot.wait(50)
        settings.grab().save(str(SHOTS / "pseudo-settings.png"))
        assert not _cut_texts(settings), _cut_texts(settings)
        new = dialogs_module.NewSlideDialog(window.settings, window)
        qtbot.addWidget(new)
        new.show()
        qtbot.wait(50)
        new.grab().save(str(SHOTS / "pseudo-new-slide.png"))
        assert not _cut_texts(new), _cut_texts(new)
        from tests.ui.conftest import wait_analysed

        window.create_slide("ana", {"sample_id": "PB-1", "target": 100})
        window.open_images(images)
        wait_analysed(qtbot, window, 2)
        qtbot.wait(100)
        window.grab().save(str(SHOTS / "pseudo-counting.png"))
        assert not _cut_texts(window), _cut_texts(window)
    finally:
        app.removeTranslator(translator)


@pytest.mark.parametrize("language", ["th", "ru"])
def test_counting_window_in_thai_and_russian(
    make_window, images, qtbot, language, english_afterwards
):
    """A slide counted in the language: menus, count panel and keypad speak it, nothing is cut
    (screenshots under build/screenshots-i18n were looked at: Thai and Cyrillic, no boxes)."""
    from tests.ui.conftest import wait_analysed

    assert install_language(QApplication.instance(), language)
    window = make_window()
    window.resize(1366, 768)
    window.create_slide("ana", {"sample_id": "PB-1", "target": 100})
    window.open_images(images)
    wait_analysed(qtbot, window, 2)
    qtbot.wait(100)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / f"{language}-counting.png"))
    rows = window.slide_view.counts.model
    first = rows.data(rows.index(0, 0))
    expected = {"th": "เม็ดเลือดขาวชนิดนิวโทรฟิล", "ru": "Нейтрофилы"}[language]
    assert expected in first, first
    # A name the narrow panel elides ("Лейкоциты, не классифицированные") shows whole on hover.
    tips = [rows.data(rows.index(r, 0), Qt.ItemDataRole.ToolTipRole) for r in range(len(rows.rows))]
    assert tips == [row.category.name for row in rows.rows]
    assert not _cut_texts(window), _cut_texts(window)


def test_an_unexpected_failure_is_named_in_the_window_language(qapp, english_afterwards):
    from app.ui.translations import tr
    from app.ui.workers import failure_message

    assert install_language(qapp, "ru")
    said = failure_message(tr("Loading the models"), KeyError("x"))
    assert said == (
        "Загрузка моделей: остановка из-за непредвиденной ошибки (KeyError: 'x'). "
        "Подробности в журнале."
    )
