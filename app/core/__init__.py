"""Qt-free core of SmearCount: models, pipeline, storage, rules, reports.

Nothing under ``app.core`` may import PySide6 (checked by tests/core/test_core_is_qt_free.py).
"""
