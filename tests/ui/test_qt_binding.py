"""The Qt binding must not leak or drop references on the hot path of the overlay.

PySide6 6.12.0 under Python 3.11 drops a reference to None on every call returning nothing; a
counting session makes hundreds of thousands of such calls and the process then dies
("deallocating None"). This guards the pin in pyproject.toml.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsRectItem


def test_void_calls_keep_none_alive(qapp):
    item = QGraphicsRectItem()
    before = sys.getrefcount(None)
    for _ in range(2000):
        item.setRect(QRectF(0, 0, 10, 10))
        item.setVisible(True)
    assert abs(sys.getrefcount(None) - before) < 50
