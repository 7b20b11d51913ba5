"""``SmearCount --self-test``: is this installation intact and working? Exit 0, or say what failed.

Runs in throw-away data and settings folders, so it never touches the lab's slides, and draws the
window offscreen, so it also runs over a remote shell or in CI.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TextIO

from app.core.i18n import _
from app.core.paths import CONFIG_DIR_ENV, DATA_DIR_ENV


def run_self_test(out: TextIO | None = None) -> int:
    """Print each check's verdict; a windowed Windows build has no console, so it writes a file."""
    if out is None and sys.stdout is None:
        with open(Path.home() / "SmearCount-self-test.txt", "w", encoding="utf-8") as file:
            return run_self_test(file)
    out = out or sys.stdout
    from app import __version__
    from app.core.install_checks import Check, check_analysis_and_report, check_model_files, timed

    start = time.perf_counter()
    print(_("SmearCount {version} self-test").format(version=__version__), file=out)
    with tempfile.TemporaryDirectory(prefix="smearcount-self-test-") as tmp:
        folder = Path(tmp)
        os.environ[DATA_DIR_ENV] = str(folder / "data")
        os.environ[CONFIG_DIR_ENV] = str(folder / "config")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        checks: list[Check] = [
            timed("shipped models", check_model_files),
            timed("analysis and report", lambda: check_analysis_and_report(folder)),
        ]

        def window() -> str:
            from app.ui.window_check import open_and_close_window

            return open_and_close_window()

        checks.append(timed("window", window))
    for check in checks:
        verdict = "ok  " if check.ok else "FAIL"
        print(f"  {verdict} {check.name}: {check.detail} ({check.seconds:.1f} s)", file=out)
    failed = [c.name for c in checks if not c.ok]
    total = time.perf_counter() - start
    if failed:
        print(
            _("Self-test FAILED ({checks}) in {seconds} s.").format(
                checks=", ".join(failed), seconds=f"{total:.1f}"
            ),
            file=out,
        )
        return 1
    print(_("Self-test passed in {seconds} s.").format(seconds=f"{total:.1f}"), file=out)
    return 0
