"""The PDF and printing tests share the process with the window tests: they use the test
session's QApplication, or ``ensure_gui`` would make a bare QGuiApplication (as the command line
needs) and every window test after them could not make a widget."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _the_test_application(qapp):
    return qapp
