"""The window's language: SmearCount's own ``.qm`` and Qt's ``qtbase_*.qm`` (file dialogs,
standard buttons; SmearCount's own where Qt has none: Thai, Indonesian), installed before the
first widget is made. Settings → Language takes effect
at the next start: widgets take their words when they are built.
"""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.i18n import ENGLISH, compiled_dir, resolve_language, set_language
from app.core.paths import is_frozen

log = logging.getLogger(__name__)

#: The translators installed last, removed before others are (a second window in one process).
_installed: list[QTranslator] = []
#: Qt ships Brazilian Portuguese only; it is closer to what a lusophone lab reads than English.
_QT_FALLBACK = {"pt": "pt_BR"}


def tr(text: str) -> str:
    """Translate outside a class's ``self.tr()``: lupdate files these calls (``_tr(...)``,
    ``QT_TRANSLATE_NOOP("", ...)``) in Qt's empty context, so they are looked up there."""
    return QCoreApplication.translate("", text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate where it is defined (lupdate knows this name); ``tr``
    translates it where it is shown. Qt's own returns ``object`` to the type checker."""
    return text


def window_language(setting: str) -> str:
    """Settings' language, or the system's (Qt knows the Windows and macOS one too)."""
    return resolve_language(setting, QLocale.system().uiLanguages())


def install_language(app: QCoreApplication, setting: str) -> list[QTranslator]:
    """Speak Settings' language in the window, the core's messages and the reports; returns
    the translators installed (the application owns them)."""
    code = window_language(setting)
    set_language(code)
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale(code))  # numbers and dates in spin boxes and tables
    if code == ENGLISH:
        return []
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"smearcount_{code}", str(_own_catalogue(code).parent)),
        (f"qtbase_{code}", qt_folder),
        (f"qtbase_{_QT_FALLBACK.get(code, code)}", qt_folder),
        (f"qtbase_{code}", str(_own_catalogue(code, "qtbase").parent)),  # none in Qt: ours
    ):
        translator = QTranslator(app)
        if translator.load(name, folder) and app.installTranslator(translator):
            installed.append(translator)
            if name.startswith("qtbase"):
                break
    if not installed:
        log.warning("No translation of the window for %s was found; English is shown", code)
    _installed.extend(installed)
    return installed


def _own_catalogue(code: str, catalogue: str = "smearcount") -> Path:
    """The compiled ``.qm``; a source checkout builds it when it is missing or older than its
    ``.ts`` (an install or a bundle has it built already)."""
    qm = compiled_dir() / f"{catalogue}_{code}.qm"
    if is_frozen():
        return qm
    from app import i18n_build  # the build step: only a checkout ever needs it here

    ts = i18n_build.ts_path(code, catalogue)
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        try:
            qm.parent.mkdir(parents=True, exist_ok=True)
            i18n_build.lrelease(ts, qm)
        except (OSError, StopIteration, subprocess.CalledProcessError) as exc:
            log.warning("The %s translation could not be built (%s)", code, exc)
    return qm
