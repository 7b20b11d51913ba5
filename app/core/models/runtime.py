"""ONNX Runtime sessions: provider choice with silent fallback, tuned options, file hashing."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import onnxruntime as ort

from app.core.errors import ModelLoadError
from app.core.i18n import _

log = logging.getLogger(__name__)

#: Tried in this order when available; the CPU always closes the list.
PREFERRED_PROVIDERS = (
    "CUDAExecutionProvider",
    "DmlExecutionProvider",
    "CoreMLExecutionProvider",
    "CPUExecutionProvider",
)

PROVIDER_NAMES = {
    "CUDAExecutionProvider": "CUDA",
    "DmlExecutionProvider": "DirectML",
    "CoreMLExecutionProvider": "CoreML",
    "CPUExecutionProvider": "CPU",
}

#: Set to "cpu" to keep every model on the CPU (e.g. a GPU shared with other software).
FORCE_CPU_ENV = "SMEARCOUNT_FORCE_CPU"


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def session_options() -> ort.SessionOptions:
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    # A lab PC has 2-4 cores shared with the window and the camera: use them, but do not spin
    # idle threads between fields, which would keep the CPU busy while the technician reads.
    options.intra_op_num_threads = max(1, min(4, os.cpu_count() or 1))
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3  # errors only: ORT's warnings are not for technicians
    return options


def wanted_providers() -> list[str]:
    available = set(ort.get_available_providers())
    if os.environ.get(FORCE_CPU_ENV, "").lower() in ("1", "cpu", "true", "yes"):
        return ["CPUExecutionProvider"]
    return [p for p in PREFERRED_PROVIDERS if p in available or p == "CPUExecutionProvider"]


def create_session(path: Path) -> ort.InferenceSession:
    """Open ``path`` on the best available provider, falling back to the CPU without fuss."""
    providers = wanted_providers()
    try:
        return ort.InferenceSession(str(path), session_options(), providers=providers)
    except Exception as exc:  # ORT raises its own untyped exceptions
        if providers != ["CPUExecutionProvider"]:
            log.warning("Falling back to the CPU for %s: %s", path.name, exc)
            try:
                return ort.InferenceSession(
                    str(path), session_options(), providers=["CPUExecutionProvider"]
                )
            except Exception as cpu_exc:
                exc = cpu_exc
        raise ModelLoadError(_describe_failure(path, exc)) from exc


def _describe_failure(path: Path, exc: Exception) -> str:
    text = str(exc)
    if "INVALID_PROTOBUF" in text or "Protobuf parsing failed" in text:
        return _("{name} is not an ONNX model file (it may be damaged or of another kind).").format(
            name=path.name
        )
    first_line = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return _("{name} could not be opened by ONNX Runtime: {reason}").format(
        name=path.name, reason=first_line
    )


def provider_name(session: ort.InferenceSession) -> str:
    """The provider that runs the session, in words ("CPU", "CUDA", ...)."""
    first = str(session.get_providers()[0])
    return PROVIDER_NAMES.get(first, first.removesuffix("ExecutionProvider"))
