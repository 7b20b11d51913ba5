"""PyInstaller runtime hook: on Windows, let onnxruntime find its DLLs inside the bundle.

Runs before the app's code. Qt's own DLLs sit elsewhere in the bundle; without this, a DirectML
or MSVC runtime DLL of the wrong version may be picked up first.
"""

import os
import sys

# Before anything can load onnxruntime (app/__init__.py sets it too): no telemetry, ever.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

if sys.platform == "win32" and hasattr(sys, "_MEIPASS"):
    capi = os.path.join(sys._MEIPASS, "onnxruntime", "capi")
    if os.path.isdir(capi):
        os.add_dll_directory(capi)
