"""What keeps SmearCount offline beyond its own code: onnxruntime's telemetry (switched off in
``app/__init__.py`` before the library loads) and the telemetry cache an earlier onnxruntime, or
another program's onnxruntime, left in the user's cache folder."""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path

log = logging.getLogger(__name__)

TELEMETRY_SWITCH = "ORT_DISABLE_TELEMETRY"


def telemetry_cache() -> Path:
    """Where onnxruntime's telemetry keeps its device id and event queue."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "Microsoft" / "DeveloperTools" / ".onnxruntime"


def remove_telemetry_cache() -> None:
    """Remove what onnxruntime's telemetry wrote before it was switched off (at every start:
    another program's onnxruntime may have written it since)."""
    folder = telemetry_cache()
    if folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)
        log.info("Removed onnxruntime's telemetry cache %s", folder)
        for parent in (folder.parent, folder.parent.parent):  # DeveloperTools, Microsoft
            try:
                parent.rmdir()  # only when empty: other programs may keep things there
            except OSError:
                break
