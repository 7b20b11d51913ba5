"""SmearCount: offline blood-smear cell counting.

onnxruntime 1.31 and newer send usage telemetry from native code as soon as a session exists
(DNS lookups and TLS connections to a Microsoft collector, plus a device id and an event queue
written under ~/.cache/Microsoft/DeveloperTools/.onnxruntime). Its switch is read when the
library loads, so it is set here: every way into SmearCount (window, command line, bundle, tests,
benchmarks, training) imports this package before onnxruntime. SECURITY.md tells the whole story.
"""

import os
import sys
import warnings

os.environ["ORT_DISABLE_TELEMETRY"] = "1"
if "onnxruntime" in sys.modules:  # too late for the switch: whoever imported it first decides
    warnings.warn(
        "onnxruntime was imported before SmearCount: its telemetry may be on. Import app first.",
        RuntimeWarning,
        stacklevel=2,
    )

__version__ = "0.1.0"
