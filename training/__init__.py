"""Training, evaluation and export of SmearCount's default models (never imported by ``app``).

``app`` is imported here first of all, only for its side effect: it switches onnxruntime's
telemetry off before the export and evaluation code loads onnxruntime.
"""

import app  # noqa: F401
