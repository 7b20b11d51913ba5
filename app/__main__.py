"""Entry point: ``python -m app [command ...]``.

onnxruntime is imported before anything imports PySide6: on Windows, Qt's bundled DLLs loaded
first can shadow the ones onnxruntime needs (MSVC runtime, DirectML).
"""

import sys

import onnxruntime  # noqa: F401  (import order, see above)

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
