"""Which of an ONNX model's outputs SmearCount reads: the one its manifest names, or the one
usable output it has; and a classifier's declared pooled-feature output (the lab adaptation's)."""

from __future__ import annotations

from typing import Any

import onnxruntime as ort

from app.core.errors import ModelLoadError
from app.core.i18n import _


def declared_output(session: ort.InferenceSession, name: str, output: str) -> Any:
    found = {o.name: o for o in session.get_outputs()}
    if output not in found:
        raise ModelLoadError(
            _(
                "{name}: its manifest names the output '{output}', which the model does not "
                "have (it has: {found})."
            ).format(name=name, output=output, found=", ".join(found))
        )
    return found[output]


def pick_output(session: ort.InferenceSession, name: str, declared: dict[str, str] | None) -> Any:
    if declared is not None:
        return declared_output(session, name, declared["scores"])
    outputs = session.get_outputs()
    usable = [o for o in outputs if len(o.shape) in (2, 3)]
    if len(outputs) == 1 and usable:
        return usable[0]
    named = [o for o in usable if o.name in ("output0", "output")]
    if len(named) == 1:
        return named[0]
    found = ", ".join(f"{o.name} {list(o.shape)}" for o in outputs)
    raise ModelLoadError(
        _(
            "{name}: unsupported output layout. SmearCount reads one detector output [1, N, C] "
            "or one classifier output [1, C]; this model has: {found}."
        ).format(name=name, found=found)
    )


def embedding_output(
    session: ort.InferenceSession, name: str, declared: dict[str, str] | None
) -> str | None:
    """The declared pooled-feature output, checked to be one row of features per image."""
    output_name = (declared or {}).get("embedding")
    if output_name is None:
        return None
    output = declared_output(session, name, output_name)
    if len(output.shape) != 2:
        raise ModelLoadError(
            _(
                "{name}: the embedding output '{output}' has shape {shape}; one row of features "
                "per image [batch, features] is needed."
            ).format(name=name, output=output_name, shape=list(output.shape))
        )
    return output_name
