"""The guards every test runs under (tests/conftest.py): a real dialog fails the test at once,
and so does a widget the test left alive."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.conftest import RealDialogOpened

ROOT = Path(__file__).resolve().parents[2]


def test_a_real_message_box_or_file_dialog_fails_the_test(qapp):
    with pytest.raises(RealDialogOpened, match=r"QMessageBox\.warning"):
        QMessageBox.warning(None, "Title", "Nobody will press OK in a test.")
    with pytest.raises(RealDialogOpened, match=r"QFileDialog\.getOpenFileName"):
        QFileDialog.getOpenFileName(None, "Open")
    with pytest.raises(RealDialogOpened, match=r"QMessageBox\.exec"):
        QMessageBox().exec()


@pytest.mark.slow  # a pytest run in a process of its own
def test_a_widget_left_alive_fails_the_test(pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    pytester.makepyfile(
        """
        from PySide6.QtWidgets import QWidget

        from tests.conftest import _no_widget_left  # noqa: F401  (the guard under test)

        KEPT = []


        def test_closes_what_it_opens(qtbot):
            widget = QWidget()
            qtbot.addWidget(widget)


        def test_keeps_a_window(qapp):
            KEPT.append(QWidget())
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*widgets left alive by the test: QWidget*"])


def test_a_warning_from_the_apps_own_code_is_an_error():
    """pyproject's filterwarnings: a warning raised in an ``app`` module fails the test; one
    from elsewhere (a library's own) stays a warning."""
    code = compile(
        "import warnings\nwarnings.warn('deprecated call', DeprecationWarning)", "x", "exec"
    )
    with pytest.raises(DeprecationWarning, match="deprecated call"):
        exec(code, {"__name__": "app.core.example"})
    with pytest.warns(DeprecationWarning):
        exec(code, {"__name__": "somelibrary.module"})
