"""The reports are drawn by Qt: these tests start a full QApplication first (pytest-qt's), so
the bare QGuiApplication app.printing makes for the command line never takes its place and the
window tests that follow in the same run can still make widgets."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    return qapp
