"""Entry point: ``python -m app`` opens the window; ``python -m app COMMAND ...`` runs headless.

onnxruntime is imported before anything imports PySide6: on Windows, Qt's bundled DLLs loaded
first can shadow the ones onnxruntime needs (MSVC runtime, DirectML).
"""

import sys

import onnxruntime  # noqa: F401  (import order, see above)


def main() -> int:
    if len(sys.argv) > 1:
        from app.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from app.ui.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
