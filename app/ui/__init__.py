"""Qt user interface (PySide6): thin over app.core."""
