"""Test settings shared by every test.

Qt is told to draw offscreen before anything imports it: without a display, pytest would abort.
The per-user data folder is redirected into the test's temporary folder.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
import pytest

import app  # noqa: F401  (before anything loads onnxruntime: telemetry off)

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
HARDENING = Path(__file__).resolve().parent / "hardening"

pytest_plugins = ["pytester"]  # tests/ui/test_guards.py runs the guards in a pytest of its own


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The hardening runs (tests/hardening: corpora, power cuts, soak, no network) take minutes:
    they are ``slow``, left out of the everyday ``python -m pytest`` and run by CI (.ci/run),
    one after the other in one worker process (they watch the whole machine while they run)."""
    for item in items:
        if HARDENING in item.path.parents:
            item.add_marker(pytest.mark.slow)
            item.add_marker(pytest.mark.xdist_group("hardening"))


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMEARCOUNT_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setenv("SMEARCOUNT_CONFIG_DIR", str(tmp_path / "user-config"))


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(1234)


def save_rgb(path: Path, image: np.ndarray) -> Path:
    from PIL import Image

    Image.fromarray(image).save(path)
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest):
    """The store's engine: every test using it runs on SQLite and on a lab server."""
    from tests.engines import engine_for

    chosen = engine_for(request.param)
    yield chosen
    for store in chosen.opened:
        store.close()


def pytest_sessionfinish(session: pytest.Session) -> None:
    from tests.engines import drop_test_databases

    drop_test_databases()


@pytest.fixture
def cluster():
    """A PostgreSQL server of the test's own, set up for SmearCount, to stop and start."""
    from tests.pg_cluster import Cluster

    made = Cluster()
    yield made
    made.remove()


class RealDialogOpened(AssertionError):
    """A test reached a dialog that waits for a person: it would hang, or pass by luck."""


# The dialogs a person answers. The app's own go through app.ui.questions, app.ui.errors and
# the ask_* functions of app.ui.export, which the UI fixtures replace; anything reaching these
# in a test is a dialog nobody will answer.
_REAL_DIALOGS = {
    "QMessageBox": ("exec", "question", "warning", "critical", "information", "about"),
    "QFileDialog": ("exec", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
                    "getExistingDirectory"),
    "QInputDialog": ("exec", "getText", "getInt", "getDouble", "getItem"),
    "QColorDialog": ("exec", "getColor"),
    "QFontDialog": ("exec", "getFont"),
}  # fmt: skip


@pytest.fixture(autouse=True)
def _no_real_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fails the test when a real dialog would open (Qt tests only: Qt is loaded)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6 import QtWidgets

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def opened(*_args: object, **_kwargs: object) -> None:
            raise RealDialogOpened(f"a real dialog opened in a test: {name}")

        return opened

    for class_name, methods in _REAL_DIALOGS.items():
        cls = getattr(QtWidgets, class_name)
        for method in methods:
            monkeypatch.setattr(cls, method, refuse(f"{class_name}.{method}"))
    if "PySide6.QtPrintSupport" in sys.modules:
        from PySide6.QtPrintSupport import QPrintDialog

        monkeypatch.setattr(QPrintDialog, "exec", refuse("QPrintDialog.exec"))


@pytest.fixture(autouse=True)
def _no_widget_left() -> Iterator[None]:
    """Fails the test when it leaves a top-level widget behind (a window or dialog still alive
    once the test's own objects are gone): each one keeps its slide, images and workers."""
    if "PySide6.QtWidgets" not in sys.modules:
        yield
        return
    from PySide6.QtWidgets import QApplication

    before = _top_levels()
    yield
    if QApplication.instance() is None:
        return
    left = _left_since(before)
    if left:  # collecting costs a few tenths of a second: only when something seems left
        del left
        _collect_deleted()
        left = _left_since(before)
    assert not left, "widgets left alive by the test: " + ", ".join(
        sorted({type(w).__name__ for w in left})
    )


def _left_since(before: dict[int, object]) -> list[object]:
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what qtbot closed
    return [w for key, w in _top_levels().items() if key not in before]


def _top_levels() -> dict[int, object]:
    import shiboken6
    from PySide6.QtWidgets import QApplication

    return {shiboken6.getCppPointer(w)[0]: w for w in QApplication.topLevelWidgets()}


def _collect_deleted() -> None:
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):  # deleteLater, then what that deletion let go
        gc.collect()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
