"""Entry point: ``python -m app`` opens the window; ``python -m app COMMAND ...`` runs headless;
``python -m app --self-test`` checks the installation; ``--portable`` keeps data beside the program.

onnxruntime is imported before anything imports PySide6: on Windows, Qt's bundled DLLs loaded
first can shadow the ones onnxruntime needs (MSVC runtime, DirectML). The package ``app`` itself
is imported first of all (this module lives in it), which switches onnxruntime's telemetry off.
"""

import os
import sys

import onnxruntime  # noqa: F401  (import order, see above)

from app.core.offline import remove_telemetry_cache
from app.core.paths import PORTABLE_ENV
from app.core.store.server import DATABASE_URL_ENV


def main() -> int:
    remove_telemetry_cache()
    args = sys.argv[1:]
    if "--portable" in args:  # data and settings next to the program (a USB stick)
        args.remove("--portable")
        os.environ[PORTABLE_ENV] = "1"
    if args[:1] == ["--database"] and len(args) >= 2:  # the window on a lab server
        os.environ[DATABASE_URL_ENV] = args[1]
        del args[:2]
    if args == ["--self-test"]:
        from app.selftest import run_self_test

        return run_self_test()
    if args:
        from app.cli import main as cli_main

        return cli_main(args)
    from app.ui.app import run

    return run(sys.argv[:1])


if __name__ == "__main__":
    sys.exit(main())
